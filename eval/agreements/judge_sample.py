#!/usr/bin/env python3
# Draws the articles of eval/agreements/judged-50b.md (issue 12): see that file for the commands.
"""Usage: python3 eval/agreements/judge_sample.py OUTPUT.jsonl DEVSET.jsonl JUDGED.md [N]
Prints N (default 50) drawn articles with parties, id neither in the dev set nor judged in JUDGED.md,
random.Random(2027).sample over the list sorted by id; N=0 prints all."""
import json, random, re, sys
out, dev, judged = sys.argv[1], sys.argv[2], sys.argv[3]
n = int(sys.argv[4]) if len(sys.argv) > 4 else 50
devids = {json.loads(l)["id"] for l in open(dev, encoding="utf-8") if l.strip()}
old = set(re.findall(r"^\| \d+ \| (vietnews-[a-z]+-\d+) \|", open(judged, encoding="utf-8").read(), re.M))
arts = [a for a in map(json.loads, open(out, encoding="utf-8")) if a.get("parties")]
total = len(arts)
arts = sorted((a for a in arts if a["id"] not in devids and a["id"] not in old), key=lambda a: a["id"])
drawn = arts if n == 0 else random.Random(2027).sample(arts, n)
print(f"# {total} with parties, {len(arts)} outside the dev set and the {len(old)} judged before, {len(drawn)} drawn (seed 2027)\n")
for i, a in enumerate(sorted(drawn, key=lambda a: a["id"]), 1):
    print(f"## {i}. {a['id']}: {a['title']}")
    print(f"parties: {a['parties']}")
    print(f"agreement: {json.dumps(a.get('agreement'), ensure_ascii=False)}")
    print(f"LEAD: {a.get('lead')}")
    print(f"signatories: {a.get('signatories')}")
    print(f"BODY:\n{a.get('body')}")
    print(f"CAPTIONS: {a.get('captions')}\n")
