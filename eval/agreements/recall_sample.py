#!/usr/bin/env python3
# Draws the articles behind eval/agreements/recall-50.md: vietnews articles of the corpus subset
# (party_diff.py subset, outside the dev set) that the extractor gives an agreement, WITH or
# without parties; each signing sentence is then read by hand (the parties a reader names against
# the extractor's parties and organisations).
#   python3 eval/agreements/recall_sample.py PARSED.jsonl [N] [SEED]     (recall-50.md: 50, 2105;
#       recall-50b.md: 50, 2291)
import json, random, sys

from sides_sample import show


def main(parsed, n=50, seed=2105):
    rows = [json.loads(l) for l in open(parsed, encoding="utf-8")]
    signed = sorted(p["id"] for p in rows if p.get("agreement"))
    byid = {p["id"]: p for p in rows}
    print(len(signed), "articles with an agreement\n")
    for i in random.Random(seed).sample(signed, min(n, len(signed))):
        show(byid[i])


if __name__ == "__main__":
    main(sys.argv[1], *(int(x) for x in sys.argv[2:]))
