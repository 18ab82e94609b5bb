#!/usr/bin/env python3
# Draws the articles behind eval/agreements/recall-50.md: vietnews articles of the corpus subset
# (party_diff.py subset, outside the dev set) that the extractor gives an agreement, WITH or
# without parties; each signing sentence is then read by hand (the parties a reader names against
# the extractor's parties and organisations).
#   python3 eval/agreements/recall_sample.py PARSED.jsonl [N] [SEED] [--skip FILE.md ...]
#       (recall-50.md: 50, 2105; recall-50b.md: 50, 2291; recall-50c.md: 50, 3303;
#       recall-50d.md: 50, 4404, --skip eval/agreements/*.md)
#       --skip leaves out every vietnews id an earlier reading (a markdown file) names
import json, random, sys

from sides_sample import ID, show


def main(parsed, n=50, seed=2105, skip=()):
    read = {i for f in skip for i in ID.findall(open(f, encoding="utf-8").read())}
    rows = [json.loads(l) for l in open(parsed, encoding="utf-8")]
    signed = sorted(p["id"] for p in rows if p.get("agreement"))
    byid = {p["id"]: p for p in rows}
    if skip:
        print(len(signed), "articles with an agreement,", len(set(signed) - read), "not read before\n")
        signed = [i for i in signed if i not in read]
    else:
        print(len(signed), "articles with an agreement\n")
    for i in random.Random(seed).sample(signed, min(n, len(signed))):
        show(byid[i])


if __name__ == "__main__":
    args = sys.argv[1:]
    skip = args[args.index("--skip") + 1:] if "--skip" in args else []
    args = args[:args.index("--skip")] if "--skip" in args else args
    main(args[0], *(int(x) for x in args[1:]), skip=skip)
