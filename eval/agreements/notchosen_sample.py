#!/usr/bin/env python3
# Draws the sentences behind eval/agreements/notchosen-40.md: for every article of a parse with an
# agreement, each sentence with a signing verb (ký/kí + kết or a document noun) and the article's
# organisations that the sentence names (in full or past its head word) but that are not parties.
#   python3 eval/agreements/notchosen_sample.py PARSED.jsonl SEED N   (notchosen-40.md: 2121, 40)
import json, random, re, sys
sys.path.insert(0,'eval/agreements')
from sides_sample import fold, mentioned
VERB = re.compile(r"(?<!\w)k[ýí]\s+(?:kết|thỏa|thoả|biên|bản|hợp|chương|quy|kế|nghị|hiệp|MoU|MOU|văn|thư|thỏa|thoả|giao)", re.I)
SENT = re.compile(r"(?<=[.!?])\s+|\n")
rows=[]
for line in open(sys.argv[1]):
    p=json.loads(line)
    if not p.get("agreement"): continue
    sents=[p.get("title") or ""]+SENT.split((p.get("lead") or "")+"\n"+(p.get("body") or ""))
    pf=[fold(x) for x in p["parties"]]
    for s in sents:
        if not VERB.search(s): continue
        fs=fold(s)
        miss=[o for o in p.get("organisations",[]) if o not in p["parties"] and mentioned(o,fs)]
        if miss: rows.append((p["id"],p["parties"],miss,s))
print(len(rows), len({r[0] for r in rows}), file=sys.stderr)
seed=int(sys.argv[2]); n=int(sys.argv[3])
rng=random.Random(seed)
pick=rng.sample(rows,min(n,len(rows)))
for i,(id,par,miss,s) in enumerate(pick,1):
    print(f"## {i} {id}\nparties: {par}\nmissed: {miss}\nS: {s}\n")
