#!/usr/bin/env python3
"""Check the sample corpus: print its counts and assert the minimums it promises.

Usage: python3 tools/corpus/check.py [path/to/corpus.jsonl]
"""
import collections
import json
import os
import re
import sys

DEFAULT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "main", "resources",
                       "sample", "corpus.jsonl")
FIELDS = ("id", "source", "url", "published", "title", "text", "story", "meta")
TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
URL = re.compile(r"^https://[a-z0-9.-]+\.example/\d{4}/\d{2}/[a-z0-9-]+$")


def sentences(text):
    """Split on . ! ? (optionally closed by a quote) followed by a space and a capital or a quote."""
    parts = re.split(r'(?<=[.!?])["”]?\s+(?=["“A-Z0-9])|\n\n', text)
    return [p.strip() for p in parts if p.strip()]


def main(path):
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    problems = []
    for r in rows:
        if tuple(r) != FIELDS:
            problems.append(f"{r.get('id')}: fields {tuple(r)}")
        if not TIME.match(r["published"]):
            problems.append(f"{r['id']}: published {r['published']}")
        if not URL.match(r["url"]):
            problems.append(f"{r['id']}: url {r['url']}")
        if not isinstance(r["meta"], dict) or not r["meta"].get("storyline"):
            problems.append(f"{r['id']}: meta")
        n_sent, n_words = len(sentences(r["text"])), len(r["text"].split())
        if not 5 <= n_sent <= 12:
            problems.append(f"{r['id']}: {n_sent} sentences")
        if not 90 <= n_words <= 300:
            problems.append(f"{r['id']}: {n_words} words")
        if "{" in r["text"] or "}" in r["text"] or ",." in r["text"] or ", ," in r["text"]:
            problems.append(f"{r['id']}: unrendered or broken text")
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    if len({r["url"] for r in rows}) != len(rows):
        problems.append("duplicate urls")
    if [r["published"] for r in rows] != sorted(r["published"] for r in rows):
        problems.append("lines not sorted by published")
    seen = {}
    for r in rows:
        for s in sentences(r["text"]):
            if s in seen and seen[s] != r["id"]:
                problems.append(f"sentence shared by {seen[s]} and {r['id']}: {s[:60]}")
            seen.setdefault(s, r["id"])
    if len({r["text"] for r in rows}) != len(rows) or len({(r["source"], r["title"]) for r in rows}) != len(rows):
        problems.append("duplicate text or title")

    by_story = collections.defaultdict(list)
    for r in rows:
        by_story[r["story"]].append(r)
    storylines = collections.defaultdict(set)
    for s, arts in by_story.items():
        storylines[arts[0]["meta"]["storyline"]].add(s)
        if len({a["meta"]["storyline"] for a in arts}) != 1:
            problems.append(f"{s}: several storylines")
        if len({a["title"] for a in arts}) != len(arts):
            problems.append(f"{s}: repeated title")
        if len({a["source"] for a in arts}) < 2:
            problems.append(f"{s}: fewer than 2 outlets")
    outlets = collections.Counter(r["source"] for r in rows)
    dates = sorted(r["published"] for r in rows)
    newest = dates[-1][:10]
    sizes = [len(a) for a in by_story.values()]
    loud = {s: a for s, a in by_story.items() if len(a) >= 8}
    latest = {s for s, a in by_story.items() if any(x["published"].startswith(newest) for x in a)}
    years = {d[:4] for d in dates}

    print(f"articles:            {len(rows)}")
    print(f"outlets:             {len(outlets)}  ({', '.join(f'{k} {v}' for k, v in outlets.most_common())})")
    print(f"storylines:          {len(storylines)}")
    print(f"stories:             {len(by_story)}")
    print(f"date range:          {dates[0]} .. {dates[-1]}  (years: {', '.join(sorted(years))})")
    print(f"articles per story:  min {min(sizes)}, max {max(sizes)}, mean {sum(sizes) / len(sizes):.1f}")
    spl = sorted(len(v) for v in storylines.values())
    print(f"stories/storyline:   min {spl[0]}, max {spl[-1]}")
    for name in sorted(storylines):
        stories = sorted(storylines[name], key=lambda s: min(a["published"] for a in by_story[s]))
        print(f"  {name}: " + ", ".join(f"{s} ({len(by_story[s])})" for s in stories))
    print(f"loud stories (>=8):  " + ", ".join(
        f"{s} ({len(a)} articles, {len({x['source'] for x in a})} outlets, "
        f"{len({x['published'][:10] for x in a})} days)" for s, a in sorted(loud.items())))
    print(f"newest day {newest}: {len(latest)} stories: {', '.join(sorted(latest))}")
    words = [len(r["text"].split()) for r in rows]
    sents = [len(sentences(r["text"])) for r in rows]
    print(f"words per article:   min {min(words)}, max {max(words)}; sentences: min {min(sents)}, max {max(sents)}")

    cues = {
        "direct quote": re.compile(r'"[^"]+[,?!]" '),
        "reported speech": re.compile(r"\b(argued|insisted|maintained|warned) that\b|\bAccording to [A-Z]|told reporters"),
        "forward-looking": re.compile(r"\b(is|are) (expected|likely) to\b|\bplans? to\b|\bwill\b|next year"),
        "significance": re.compile(r"\bmarks?\b|\bcould (reshape|undermine|decide|force|open|mean)\b|\bmeans?\b"
                                  r"|\bsignals?\b|\b(first|largest|worst|biggest|deadliest|most expensive)\b"),
    }
    for name, cue in cues.items():
        n = sum(1 for r in rows if cue.search(r["text"]))
        print(f"with {name + ':':17} {n} articles")
        for s, arts in by_story.items():
            if not any(cue.search(a["text"]) for a in arts):
                problems.append(f"{s}: no {name}")
    past = sum(1 for r in rows if any(int(y) < int(r["published"][:4])
                                      for y in re.findall(r"\b(19\d\d|20[0-2]\d)\b", r["text"])))
    print(f"with past-year background: {past} articles")
    if len(rows) < 220: problems.append("fewer than 220 articles")
    if len(outlets) < 8: problems.append("fewer than 8 outlets")
    if len(storylines) < 15: problems.append("fewer than 15 storylines")
    if len(years) < 3: problems.append("fewer than 3 years")
    if newest != "2026-11-24": problems.append("newest day is not 2026-11-24")
    if not 6 <= len(latest) <= 8: problems.append("newest day should hold 6-8 stories")
    if len({by_story[s][0]["meta"]["storyline"] for s in latest}) != len(latest):
        problems.append("newest day stories should come from different storylines")
    if max(sizes) > 12: problems.append("story with more than 12 articles")
    if len(loud) < 3: problems.append("fewer than 3 loud stories")
    for s, a in loud.items():
        days = sorted({x["published"][:10] for x in a})
        if not 6 <= len({x["source"] for x in a}) <= 9 or len(days) > 3:
            problems.append(f"loud story {s} not 6-9 outlets within 1-3 days")
    if sum(1 for n in sizes if n <= 4) < len(sizes) / 2: problems.append("too few quiet stories")
    if sum(1 for v in storylines.values() if len(v) >= 2) < 15: problems.append("storylines need several stories")
    if problems:
        print("PROBLEMS:")
        for p in problems[:50]:
            print("  " + p)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else DEFAULT)
