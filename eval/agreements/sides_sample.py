#!/usr/bin/env python3
# Draws the articles behind eval/agreements/sides-30.md: vietnews articles outside the dev set
# (party_diff.py subset) that the extractor gives an agreement but NO party; each is then read by
# hand (who signed, which sentence names them, why the extractor names none).
#   python3 eval/agreements/sides_sample.py PARSED.jsonl [N] [SEED]
#       prints the N drawn (default 30, seed 2066): id, title, lead, agreement, organisations,
#       signatories and every sentence with the verb
import json, random, re, sys

VERB = re.compile(r"(?<!\w)k[ýí](?!\w)", re.I)


def main(parsed, n=30, seed=2066):
    rows = [json.loads(l) for l in open(parsed, encoding="utf-8")]
    bare = sorted(p["id"] for p in rows if p.get("agreement") and not p.get("parties"))
    byid = {p["id"]: p for p in rows}
    print(len(bare), "articles with an agreement and no party\n")
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
    main(sys.argv[1], *(int(x) for x in sys.argv[2:]))
