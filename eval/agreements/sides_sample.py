#!/usr/bin/env python3
# Draws the articles behind eval/agreements/sides-30.md and sides-30b.md: vietnews articles outside
# the dev set (party_diff.py subset) that the extractor gives an agreement but NO party; each is
# then read by hand (who signed, which sentence names them, why the extractor names none).
#   python3 eval/agreements/sides_sample.py PARSED.jsonl [N] [SEED] [--skip FILE.md ...]
#       prints the N drawn (default 30, seed 2066): id, title, lead, agreement, organisations,
#       signatories and every sentence with the verb; --skip leaves out every article id that an
#       earlier reading (a markdown file) names, so that a new draw reads new articles
#       (sides-30b.md: 30, seed 2067, --skip eval/agreements/sides-30.md)
import json, random, re, sys

VERB = re.compile(r"(?<!\w)k[ýí](?!\w)", re.I)
ID = re.compile(r"vietnews-(?:train|val|test)-\d+")


def main(parsed, n=30, seed=2066, skip=()):
    read = {i for f in skip for i in ID.findall(open(f, encoding="utf-8").read())}
    rows = [json.loads(l) for l in open(parsed, encoding="utf-8")]
    bare = sorted(p["id"] for p in rows if p.get("agreement") and not p.get("parties"))
    byid = {p["id"]: p for p in rows}
    print(len(bare), "articles with an agreement and no party,", len(set(bare) - read), "not read before\n")
    bare = [i for i in bare if i not in read]
    for i in random.Random(seed).sample(bare, min(n, len(bare))):
        p = byid[i]
        print("=" * 100, "\n" + i, "|", p["title"], "\nLEAD:", p.get("lead"))
        print("AGREEMENT:", p["agreement"], "\nORGS:", p.get("organisations"), "\nSIGNATORIES:", p.get("signatories"))
        body = p.get("body") or ""
        print("P1:", body.split("\n")[0][:400])
        for s in re.split(r"(?<=[.!?])\s+|\n", body):
            if VERB.search(s):
                print("  *", s[:500])


if __name__ == "__main__":
    args = sys.argv[1:]
    skip = args[args.index("--skip") + 1:] if "--skip" in args else []
    args = args[:args.index("--skip")] if "--skip" in args else args
    main(args[0], *(int(x) for x in args[1:]), skip=skip)
