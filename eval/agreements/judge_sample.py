#!/usr/bin/env python3
# Draws the articles of eval/agreements/judged-50b.md and judged-50c.md (issue 12): see those files
# for the commands.
"""Usage: python3 eval/agreements/judge_sample.py OUTPUT.jsonl DEVSET.jsonl JUDGED.md [JUDGED.md ...] [N]
         [--seed S] [--every-id]
Prints N (default 50) drawn articles with parties whose id is neither in the dev set nor judged in a
JUDGED file, random.Random(S).sample (S default 2027) over the list sorted by id; N=0 prints all.
An id counts as judged when it opens a row of a JUDGED file's tables ("| 12 | vietnews-... |");
with --every-id, when it appears anywhere in a JUDGED file (notes and appendices too)."""
import argparse, json, random, re

p = argparse.ArgumentParser()
p.add_argument("out")
p.add_argument("dev")
p.add_argument("rest", nargs="+", metavar="JUDGED.md [N]")
p.add_argument("--seed", type=int, default=2027)
p.add_argument("--every-id", action="store_true")
args = p.parse_args()
judged, n = args.rest, 50
if len(judged) > 1 and judged[-1].isdigit():
    judged, n = judged[:-1], int(judged[-1])
pattern = r"vietnews-[a-z]+-\d+" if args.every_id else r"^\| \d+ \| (vietnews-[a-z]+-\d+) \|"
devids = {json.loads(l)["id"] for l in open(args.dev, encoding="utf-8") if l.strip()}
old = set()
for path in judged:
    old |= set(re.findall(pattern, open(path, encoding="utf-8").read(), re.M))
arts = [a for a in map(json.loads, open(args.out, encoding="utf-8")) if a.get("parties")]
total = len(arts)
arts = sorted((a for a in arts if a["id"] not in devids and a["id"] not in old), key=lambda a: a["id"])
drawn = arts if n == 0 else random.Random(args.seed).sample(arts, n)
print(f"# {total} with parties, {len(arts)} outside the dev set and the {len(old)} judged before, {len(drawn)} drawn (seed {args.seed})\n")
for i, a in enumerate(sorted(drawn, key=lambda a: a["id"]), 1):
    print(f"## {i}. {a['id']}: {a['title']}")
    print(f"parties: {a['parties']}")
    print(f"agreement: {json.dumps(a.get('agreement'), ensure_ascii=False)}")
    print(f"LEAD: {a.get('lead')}")
    print(f"signatories: {a.get('signatories')}")
    print(f"BODY:\n{a.get('body')}")
    print(f"CAPTIONS: {a.get('captions')}\n")
