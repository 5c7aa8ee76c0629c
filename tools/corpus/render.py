#!/usr/bin/env python3
"""Render the invented sample corpus from the hand-written story sheets in tools/corpus/stories/.

Usage: python3 tools/corpus/render.py   (writes src/main/resources/sample/corpus.jsonl)

Each sheet holds stories in a compact form (see README.md). Every article gets its own hand-written
title and lead; the body is drawn from the story's facts, quotes, forecasts, background and
significance items, each rendered through several phrasings so that no sentence appears twice in
the corpus. The output is deterministic.
"""
import datetime as dt
import glob
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check import sentences  # noqa: E402

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "..", "..", "src", "main", "resources", "sample", "corpus.jsonl")

# key: (name, domain, section order, (min, max) sentences, (min, max) sentences per paragraph, dateline)
OUTLETS = {
    "ledger": ("The Harbor Ledger", "harborledger.example", "LFBQDSP", (9, 12), (2, 3), None),
    "courier": ("Northgate Courier", "northgatecourier.example", "LQFBPS", (7, 9), (2, 2), None),
    "wire": ("Civic Wire", "civicwire.example", "LFQPS", (5, 7), (1, 1), "{place} (Civic Wire) — "),
    "standard": ("The Meridian Standard", "meridianstandard.example", "LFQDSBP", (8, 11), (2, 2),
                 "{place} — "),
    "lantern": ("Lantern Daily", "lanterndaily.example", "LQSFP", (5, 7), (1, 1), None),
    "brightwater": ("Brightwater Business Review", "brightwaterreview.example", "LFPQBS", (7, 10),
                    (2, 2), None),
    "tavor": ("Tavor Valley Tribune", "tavortribune.example", "LFQBPS", (6, 9), (2, 2), None),
    "vessenpost": ("The Vessen Post", "vessenpost.example", "LSFQBP", (7, 10), (2, 3), None),
    "signal": ("Signal & Circuit", "signalcircuit.example", "LFBQPS", (7, 10), (2, 2), None),
    "fieldstone": ("Fieldstone Gazette", "fieldstonegazette.example", "LFQSPB", (6, 8), (1, 2), None),
}

QUOTE_FRAMES = [
    '"{q}," said {N}.',
    '{N} argued that {r}.',
    '"{q}," {N} told reporters.',
    'According to {N}, {r}.',
    '{N} insisted that {r}.',
    '"{q}," {N} said in a statement.',
    '{N} maintained that {r}.',
    '"{q}," {N} told {outlet}.',
    '{N} warned that {r}.',
    'Speaking to reporters, {N} said {r}.',
    '"{q}," {N} said.',
    'In an interview, {N} said {r}.',
]
OUTLOOK_FRAMES = [
    "{S} is expected to {p}{w}.",
    "Analysts say {s} will {p}{w}.",
    "{S} is likely to {p}{w}, according to analysts.",
    "Most observers expect {s} to {p}{w}.",
    "{S} could {p}{w}, some analysts predict.",
    "People following the matter said {s} would probably {p}{w}.",
]
PLAN_FRAMES = [
    "{S} plans to {p}{w}.",
    "{S} is expected to {p}{w}.",
    "{S} intends to {p}{w}.",
    "{S} is preparing to {p}{w}.",
    "{S} has said it will {p}{w}.",
]
BACK_FRAMES = ["In {d}, {c}.", "{C} in {d}.", "Back in {d}, {c}.", "It was in {d} that {c}."]
REL_BACK_FRAMES = ["{D}, {c}.", "{C} {d}."]
DEF_FRAMES = ["{N} is {a}."]


APPOSITIVE_STOP = set("a an the and or of to in on at by for with from as is its it their that this has had have was about"
                      " were be who which".split())


def content_words(text):
    return {w for w in re.findall(r"[a-z0-9]+", re.sub(r"\{@?=?([^}]*)\}", r"\1", text).lower())
            if w not in APPOSITIVE_STOP and len(w) > 2}


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def parse_sheets():
    stories, cur = [], None
    for path in sorted(glob.glob(os.path.join(ROOT, "stories", "*.txt"))):
        for raw in open(path, encoding="utf-8"):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@story "):
                cur = {"id": line[7:].strip(), "actors": {}, "attrib": [], "T": [], "L": [], "F": [],
                       "Q": [], "P": [], "B": [], "S": [], "file": path}
                stories.append(cur)
                continue
            key, _, val = line.partition(":")
            key, val = key.strip(), val.strip()
            if key in ("storyline", "date", "place"):
                cur[key] = val
            elif key == "days":
                cur["days"] = int(val)
            elif key == "outlets":
                cur["outlets"] = [o.strip() for o in val.split(",")]
            elif key == "attrib":
                cur["attrib"] = [a.strip() for a in val.split("|")]
            elif key == "actor":
                name, _, apps = val.partition("=")
                name = name.strip()
                if name.startswith("the "):
                    name = name[4:]
                    cur.setdefault("the", set()).add(name)
                cur["actors"][name] = [a.strip() for a in apps.split("||")]
            elif key in ("T", "L"):
                cur[key].append(val)
            elif key in ("F", "S"):
                cur[key].append([v.strip() for v in val.split("||")])
            elif key in ("Q", "Q+", "Q-"):
                parts = [p.strip() for p in val.split("|")]
                if len(parts) != 4:
                    sys.exit(f"bad quote in {cur['id']}: {val}")
                quote = dict(zip(("name", "role", "q", "r"), parts))
                quote["side"] = key[1:]
                cur["Q"].append(quote)
            elif key in ("P", "PP"):
                parts = [p.strip() for p in val.split("|")] + [""]
                cur["P"].append({"s": parts[0], "p": parts[1], "w": parts[2], "plan": key == "PP"})
            elif key == "B":
                d, _, c = val.partition("|")
                cur["B"].append((d.strip(), c.strip()))
            else:
                sys.exit(f"unknown key {key!r} in {cur['id'] if cur else path}")
    return stories


class ArticleWriter:
    """Expands {@Actor} tokens (appositive on first mention; {@=Actor} a first mention without one) and
    people's roles (first mention)."""

    def __init__(self, story, k):
        self.story, self.k, self.seen = story, k, set()

    def expand(self, text, max_appositives=99, context=""):
        """`context`: words around the text (a background line's date) an appositive must not repeat."""
        text = text.replace("{day}", self.story["weekday"])
        budget = [max_appositives]
        def repl(m):
            shown = m.group(1)
            bare = shown.startswith("=")  # {@=Name}: a first mention that has its own appositive
            shown = shown[1:] if bare else shown
            name = shown[4:] if shown.startswith("the ") else shown
            if bare:
                self.seen.add(name)
                return shown
            if name in self.seen:
                return shown
            if budget[0] <= 0:
                return shown
            budget[0] -= 1
            self.seen.add(name)
            if name not in self.story["actors"]:
                sys.exit(f"{self.story['id']}: unknown actor {name}")
            apps = self.story["actors"][name]
            # no appositive that tells what the sentence already says ("Gullwing Power, the developer
            # of the Sorrel Bay wind farm" in a line about the wind farm): the next phrasing, or none
            rest = content_words(text[:m.start()] + " " + text[m.end():] + " " + context) - content_words(name)
            for i in range(len(apps)):
                app = apps[(self.k + i) % len(apps)]
                shared = content_words(app) & rest
                if len(shared) < 2 and not any(w.isdigit() for w in shared):
                    return f"{shown}, {app},"
            return shown
        return re.sub(r"\{@([^}]+)\}", repl, text)

    def person(self, quote):
        name, role = quote["name"], quote["role"]
        if not role:
            return name
        if name in self.seen:
            return name.split()[-1]
        self.seen.add(name)
        return f"{name}, {role},"


def tidy(s):
    s = re.sub(r",\s*([.,;:?!])", r"\1", s)
    s = re.sub(r",\"", '"', s) if False else s
    s = re.sub(r"\s+", " ", s).strip()
    s = s.replace('?,"', '?"').replace('!,"', '!"')
    return cap(s)


def candidates(story, sec, item, w, outlet_name):
    """All phrasings of one item, as functions of the article writer (so mentions stay consistent)."""
    out = []
    if sec == "F" or sec == "S":
        for v in item:
            out.append(lambda w, v=v: w.expand(v))
        out.append(None)  # marker: attributed phrasings follow
        attribs = story["attrib"] or ["officials said"]
        if sec == "S":
            attribs = ["analysts said", "several observers noted"]
        for a in attribs:
            for v in item:
                out.append(lambda w, v=v, a=a: w.expand(v).rstrip(".") + f", {a}.")
    elif sec == "Q":
        for f in QUOTE_FRAMES:
            if ("{q}" in f and not item["q"]) or ("warned" in f and item["side"] != "-"):
                continue
            if not item["role"] and f.startswith(("Speaking", "In an interview")):
                continue  # organisations neither speak to reporters nor give interviews
            def fn(w, f=f):
                q = item["q"]
                body = f.replace("{q}", q).replace("{r}", w.expand(item["r"]))
                body = body.replace("{outlet}", outlet_name)
                if q.endswith(("?", "!")):
                    body = body.replace(q + ',"', q + '"')
                return body.replace("{N}", w.person(item))
            out.append(fn)
    elif sec == "P":
        frames = PLAN_FRAMES if item["plan"] else OUTLOOK_FRAMES
        plural = item["s"].startswith("+")
        for f in frames:
            if plural:
                f = (f.replace("{S} is ", "{S} are ").replace("plans to", "plan to")
                     .replace("intends to", "intend to").replace("has said it will", "have said they will"))
            def fn(w, f=f):
                s = w.expand(item["s"].lstrip("+"))
                wh = (" " + item["w"]) if item["w"] else ""
                return f.replace("{S}", cap(s)).replace("{s}", s).replace("{p}", w.expand(item["p"])) \
                    .replace("{w}", wh)
            out.append(fn)
    elif sec == "B":
        d, c = item
        frames = REL_BACK_FRAMES if d[:1].islower() else BACK_FRAMES
        for f in frames:
            def fn(w, f=f):
                cc = w.expand(c, context=d)
                # a clause that ends in an appositive takes a comma before its date:
                # "…, their first trophy since 2008, in May 2022."
                if f.startswith("{C} ") and re.search(r", (the|a|an|their|its|his|her) [^,]*$", cc):
                    f = "{C}, " + f[4:]
                return f.replace("{D}", cap(d)).replace("{d}", d).replace("{C}", cap(cc)).replace("{c}", cc)
            out.append(fn)
    elif sec == "D":
        name, apps = item
        for a in apps:
            if a.split()[0] in ("which", "who", "whose"):
                continue
            the = "The " if name in story.get("the", ()) else ""
            out.append(lambda w, a=a, the=the: (w.seen.add(name), f"{the}{name} is {a}.")[1])
    return out


def items_of(story, sec):
    if sec == "D":
        return list(story["actors"].items())
    return list(story[sec])


QUOTAS = {"F": 3, "Q": 3, "B": 2, "S": 1, "P": 2, "D": 1}


def render_article(story, k, used, rng):
    key = story["outlets"][k]
    name, domain, order, (smin, smax), (pmin, pmax), dateline = OUTLETS[key]
    target = rng.randint(smin, smax)
    w = ArticleWriter(story, k)
    lead = w.expand(story["L"][k], max_appositives=1)
    if dateline:
        lead = dateline.format(place=story["place"]) + lead
    lead = tidy(lead)
    if lead in used:
        sys.exit(f"duplicate lead in {story['id']}")
    blocks = [[lead]]
    count = 1
    taken = set()
    attrib_left, attrib_used = [2], set()

    lead_numbers = set(re.findall(r"\d[\d,.]*\d|\d", lead))

    def repeats_lead(sec, item):
        """A fact whose every number is already in the lead adds nothing in the first pass."""
        if sec != "F":
            return False
        nums = set(re.findall(r"\d[\d,.]*\d|\d", item[0]))
        return bool(nums) and nums <= lead_numbers

    def take(sec, limit, fresh_only=False):
        nonlocal count
        block = []
        items = items_of(story, sec)
        if not items:
            return block
        start = (k * 2 + len(sec)) % len(items)
        for j in range(len(items)):
            if len(block) >= limit or count >= target:
                break
            idx = (start + j) % len(items)
            if (sec, idx) in taken or (sec == "D" and items[idx][0] in w.seen):
                continue
            if fresh_only and repeats_lead(sec, items[idx]):
                continue
            if sec == "D" and not re.search(r"\b" + re.escape(items[idx][0]) + r"\b", " ".join(map(" ".join, blocks + [block]))):
                continue
            cands = candidates(story, sec, items[idx], w, name)
            attributed = []
            if None in cands:
                cut = cands.index(None)
                cands, attributed = cands[:cut], cands[cut + 1:]
            off = (k + idx) % len(cands)
            cands = cands[off:] + cands[:off]
            n_plain = len(cands)
            if attributed and attrib_left[0] > 0:
                aoff = (k * 3 + idx) % len(attributed)
                cands += attributed[aoff:] + attributed[:aoff]
            for c in range(len(cands)):
                probe = ArticleWriter(story, k)
                probe.seen = set(w.seen)
                text = tidy(cands[c](probe))
                if c >= n_plain:
                    if attrib_left[0] <= 0:
                        continue
                    tail = text.rsplit(",", 1)[-1]
                    if tail in attrib_used:
                        continue
                if text not in used and text != lead:
                    w.seen = probe.seen
                    used.add(text)
                    if c >= n_plain:
                        attrib_left[0] -= 1
                        attrib_used.add(text.rsplit(",", 1)[-1])
                    taken.add((sec, idx))
                    story.setdefault("covered", set()).add(sec)
                    block.append(text)
                    count += 1
                    break
        return block

    secs = order[1:]
    for sec in secs:
        blocks.append(take(sec, QUOTAS[sec], fresh_only=True))
    for i, sec in enumerate(secs):  # second pass if short
        if count >= target:
            break
        blocks[1 + i] += take(sec, 9)
    for i, sec in enumerate(secs):  # every article carries a forecast, a background and a significance line
        if sec in "PBS" and not any(t[0] == sec for t in taken) and count < 11:
            target = count + 1
            blocks[1 + i] += take(sec, 1)

    def measure():
        body = " ".join(" ".join(b) for b in blocks)
        return len(sentences(body)), len(body.split())
    n_sent, n_words = measure()
    while n_words < 110 and n_sent < 11:  # too short: add one more sentence if any is left
        target = count + 1
        for i, sec in enumerate(secs):
            blocks[1 + i] += take(sec, 9)
            if count >= target:
                break
        if count < target:
            break
        n_sent, n_words = measure()
    while n_sent > 12 or n_words > 300:
        longest = max(range(1, len(blocks)), key=lambda i: len(blocks[i]))
        used.discard(blocks[longest].pop())
        n_sent, n_words = measure()
    if n_sent < 5 or n_words < 90:
        print(f"warning: {story['id']} #{k} ({key}) has {n_sent} sentences, {n_words} words", file=sys.stderr)
    paras = []
    for block in blocks:
        i = 0
        while i < len(block):
            n = rng.randint(pmin, pmax)
            paras.append(" ".join(block[i:i + n]))
            i += n
    return key, "\n\n".join(p for p in paras if p), count


def slugify(s):
    s = s.lower().replace("&", "and")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return "-".join(s.split("-")[:9])


def times(story, n, rng):
    start = dt.datetime.fromisoformat(story["date"] + "T06:00:00")
    days = story.get("days", 1)
    span = days * 24 * 60 - 7 * 60  # last article before 23:00 of the last day
    offs = sorted(rng.sample(range(0, span, 7), n))
    return [start + dt.timedelta(minutes=o) for o in offs]


def main():
    stories = parse_sheets()
    used, rows, urls = set(), [], set()
    for st in stories:
        n = len(st["outlets"])
        if not (len(st["T"]) == len(st["L"]) == n):
            sys.exit(f"{st['id']}: {n} outlets, {len(st['T'])} titles, {len(st['L'])} leads")
        rng = random.Random(st["id"])
        st["weekday"] = dt.date.fromisoformat(st["date"]).strftime("%A")
        stamps = times(st, n, rng)
        for k in range(n):
            key, text, count = render_article(st, k, used, rng)
            name, domain = OUTLETS[key][0], OUTLETS[key][1]
            ts = stamps[k]
            url = f"https://{domain}/{ts:%Y}/{ts:%m}/{slugify(st['T'][k])}"
            while url in urls:
                url += "-2"
            urls.add(url)
            rows.append({"source": name, "url": url, "published": ts.strftime("%Y-%m-%dT%H:%M:00Z"),
                         "title": st["T"][k], "text": text, "story": st["id"],
                         "meta": {"storyline": st["storyline"]}})
    for st in stories:
        missing = {"F", "Q", "P", "B", "S"} - st.get("covered", set())
        if missing:
            print(f"warning: {st['id']} never uses sections {sorted(missing)}", file=sys.stderr)
    rows.sort(key=lambda r: (r["published"], r["url"]))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            r = {"id": f"sl-{i:04d}", **r}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} articles to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
