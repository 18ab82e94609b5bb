#!/usr/bin/env python3
"""Draws the 50 vietnews-labour articles that issue 12 asks to judge by reading.

Reads `parse` output (JSON Lines) on stdin, keeps the articles that get parties, draws 50 of them
with a fixed seed and prints, for each, its id, title, parties and the sentences that name a party
or carry a signing word, so that a reader can judge whether every party belongs to an agreement
the article reports. The verdicts themselves are written by a person (eval/agreements/labour-50.md).

  bin/index-builder parse ../shared/corpus/vietnews-labour.jsonl.gz 2>/dev/null \
    | python3 eval/agreements/labour_sample.py > /tmp/labour-50.txt
"""
import json
import random
import re
import sys

SIGN = re.compile(r"\b(k[ýí]|thỏa thuận|thoả thuận|ghi nhớ|MoU|MOU|phối hợp|hiệp định)\b", re.I)


def sentences(text):
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n", text or "") if s.strip()]


def main():
    with_parties = []
    total = 0
    for line in sys.stdin:
        a = json.loads(line)
        total += 1
        if a.get("parties"):
            with_parties.append(a)
    rng = random.Random(50)
    drawn = rng.sample(with_parties, min(50, len(with_parties)))
    print(f"# {len(with_parties)} of {total} articles get parties; {len(drawn)} drawn (seed 50)\n")
    for i, a in enumerate(sorted(drawn, key=lambda a: a["id"]), 1):
        print(f"## {i}. {a['id']}: {a['title']}")
        print(f"parties: {a['parties']}")
        print(f"agreement: {json.dumps(a.get('agreement'), ensure_ascii=False)}")
        text = [a.get("title") or "", a.get("lead") or ""] + sentences(a.get("body"))
        shown = 0
        for s in text:
            if shown < 8 and (SIGN.search(s) or any(p.split()[0] in s for p in a["parties"])):
                print(f"  > {s[:400]}")
                shown += 1
        print()


if __name__ == "__main__":
    main()
