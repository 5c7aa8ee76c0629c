#!/usr/bin/env python3
"""Count the sample pages that tell one fact twice.

The story files give each fact, quote and significance line in several phrasings (`||`): the outlets'
wordings of one thing. This maps every line a running service shows on its story pages (Why It Matters, Key
Points, summary, explainer, Sides, Forecast) back to the story line it renders, and counts two lines of one
page from the same story line: within a section, and across sections. Leads (`L:` lines) are one event told
by each outlet, so they are counted apart.

Usage: python3 tools/corpus/repeats.py [BASE_URL] [--examples]
       (BASE_URL defaults to http://localhost:8080; start the service with ./mvnw spring-boot:run first)
"""
import collections
import glob
import json
import os
import re
import sys
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
STOP = set("""a an the and or but if of to in on at by for with from as is are was were be been being has have had
do does did not no that this these those it its he she they them his her their we our you your i me my will would
can could should may might must said says say than then there here also more most such which who whom whose what
when where why how all any some other into over about after before up out off down again once both each few only
same too very just""".split())
ITEM = re.compile(r"^(F|Q\+?-?|S|P+|B|L):\s*(.*)")
SECTIONS = ("why", "key points", "summary", "explainer", "sides", "forecast")


def words(text):
    text = re.sub(r"\{@?([^}]*)\}", r"\1", text)
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOP and len(w) > 1}


def items():
    """(story, kind, line number) -> the word sets of its phrasings."""
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, "stories", "*.txt"))):
        story = None
        for number, line in enumerate(open(path, encoding="utf-8")):
            if line.startswith("@story"):
                story = line.split()[1]
                continue
            m = ITEM.match(line.rstrip("\n"))
            if not m or not story:
                continue
            kind, body = m.group(1)[0], m.group(2)
            if kind == "Q":
                fields = body.split("|")
                phrasings = [fields[2], fields[3]]
            elif kind in "PB":
                phrasings = [body.replace("|", " ")]
            else:
                phrasings = body.split("||")
            key = (story, "L", 0) if kind == "L" else (story, kind, number)
            out.append((key, [w for w in map(words, phrasings) if len(w) >= 2]))
    return out


def source(text, all_items):
    """The story line a page line renders: the phrasing most of whose words it holds (75 % or more)."""
    w = words(text)
    best, share = None, 0.0
    for key, phrasings in all_items:
        for p in phrasings:
            s = len(p & w) / len(p)
            if s > share:
                best, share = key, s
    return best if share >= 0.75 else None


def lines(page):
    yield from (("why", x["text"]) for x in page["why_it_matters"])
    yield from (("key points", x["text"]) for x in page["key_points"])
    yield from (("summary", x["text"]) for x in page["summary"])
    yield from (("explainer", x["text"]) for x in page["explainer"]["lines"])
    yield from (("sides", s["line"]["text"]) for c in page["sides"] for s in c["stances"])
    yield from (("forecast", i["line"]["text"]) for i in page["forecast"]["items"])


def get(url):
    with urllib.request.urlopen(url, timeout=30) as r:
        return json.load(r)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    base = (args[0] if args else "http://localhost:8080").rstrip("/")
    all_items = items()
    stories = get(base + "/api/stories?limit=200")["stories"]
    within, across = collections.Counter(), collections.Counter()
    examples = []
    for s in stories:
        page = get(base + "/api/stories/" + s["id"])
        seen = {}
        for section, text in lines(page):
            key = source(text, all_items)
            if key is None:
                continue
            if key in seen:
                first_section, first = seen[key]
                kind = "lead" if key[1] == "L" else "fact"
                pair = section if first_section == section else first_section + " / " + section
                (within if first_section == section else across)[(kind, pair)] += 1
                examples.append((page["headline"]["text"], pair, first, text))
            else:
                seen[key] = (section, text)
    print(f"{len(stories)} pages")
    for name, counts in (("within a section", within), ("across sections", across)):
        facts = sum(n for (kind, _), n in counts.items() if kind == "fact")
        leads = sum(n for (kind, _), n in counts.items() if kind == "lead")
        print(f"one line told twice {name}: {facts} facts, quotes or significance lines; {leads} leads")
        for (kind, pair), n in counts.most_common():
            print(f"  {n:4d}  {kind:4s}  {pair}")
    if "--examples" in sys.argv:
        for headline, pair, first, text in examples:
            print(f"# {headline} [{pair}]\n    {first}\n    {text}")


if __name__ == "__main__":
    main()
