#!/usr/bin/env python3
# Draws the articles behind eval/agreements/notchosen-40b.md: vietnews articles of a parse with an
# agreement and at least one party; prints each article's title, lead, agreement, parties and, for
# every party, the first sentence that names it (in full or past its head word), so that each party
# can be judged by hand: a signing side, or a body the article names that does not sign.
#   python3 eval/agreements/parties_sample.py PARSED.jsonl SEED N   (notchosen-40b.md: 4343, 40)
import json, random, re, sys
sys.path.insert(0, 'eval/agreements')
from sides_sample import fold, mentioned
SENT = re.compile(r"(?<=[.!?])\s+|\n")
arts = [p for p in map(json.loads, open(sys.argv[1])) if p.get("agreement") and p.get("parties")]
print(len(arts), file=sys.stderr)
rng = random.Random(int(sys.argv[2]))
for i, p in enumerate(rng.sample(arts, min(int(sys.argv[3]), len(arts))), 1):
    sents = [p.get("title") or ""] + SENT.split((p.get("lead") or "") + "\n" + (p.get("body") or ""))
    print(f"## {i} {p['id']}\nT: {p.get('title')}\nL: {p.get('lead')}\nA: {p['agreement']}")
    for party in p["parties"]:
        f = next((s for s in sents if mentioned(party, fold(s))), "(not found)")
        print(f"  P: {party}\n     S: {f[:600]}")
    print()
