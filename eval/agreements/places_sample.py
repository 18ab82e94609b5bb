#!/usr/bin/env python3
# Draws the articles behind eval/agreements/places-60.md: vietnews articles outside the dev set
# (the corpus subset) that the extractor gives an agreement, N WITHOUT a place and M WITH one, to
# read by hand where the signing took place and which province or city the guide wants.
#   python3 eval/agreements/places_sample.py SUBSET.jsonl PARSED.jsonl [N] [M] [SEED]
#       defaults N=40, M=20, seed 1313; ids named in eval/agreements/places-*.md (places read
#       before) are left out (every agreement of the subset is named in some other *.md, read for its
#       parties); prints id, title, lead, the extracted agreement, and every sentence of the body and
#       captions that carries a signing verb or a place cue (tại, ở, thăm, diễn ra, trụ sở)
import glob, json, os, random, re, sys

VERB = re.compile(r"(?<!\w)k[ýí](?!\w)", re.I)
CUE = re.compile(r"(?<!\w)(tại|ở|thăm|diễn ra|trụ sở|hội đàm|hội nghị|hội thảo|diễn đàn)(?!\w)", re.I)


def read_before():
    here = os.path.dirname(os.path.abspath(__file__))
    ids = set()
    for f in glob.glob(os.path.join(here, "places-*.md")):
        if os.path.basename(f) != "places-60.md":
            ids |= set(re.findall(r"vietnews-(?:train|val|test)-\d+", open(f, encoding="utf-8").read()))
    return ids


def show(a, p):
    print("=" * 100, "\n" + a["id"], "|", a["title"], "| published", a.get("published"))
    print("LEAD:", a.get("lead"))
    print("AGREEMENT:", json.dumps(p["agreement"], ensure_ascii=False))
    print("PARTIES:", p.get("parties"))
    for s in re.split(r"(?<=[.!?])\s+|\n", (a.get("body") or "") + "\n" + "\n".join(a.get("captions") or [])):
        if VERB.search(s) or CUE.search(s):
            print("  *", s[:600])


def main(subset, parsed, n=40, m=20, seed=1313):
    articles = {json.loads(l)["id"]: json.loads(l) for l in open(subset, encoding="utf-8")}
    before = read_before()
    none, some = {}, {}
    for line in open(parsed, encoding="utf-8"):
        p = json.loads(line)
        if p["id"] in before or p.get("agreement") is None:
            continue
        (some if p["agreement"].get("place") else none)[p["id"]] = p
    print(len(none), "agreements without a place,", len(some), "with one; none named in eval/agreements/places-*.md\n")
    rnd = random.Random(seed)
    for title, got, k in (("WITHOUT A PLACE", none, n), ("WITH A PLACE", some, m)):
        print("#" * 40, title)
        for i in rnd.sample(sorted(got), min(k, len(got))):
            show(articles[i], got[i])


if __name__ == "__main__":
    a = sys.argv[1:]
    main(a[0], a[1], *(int(x) for x in a[2:]))
