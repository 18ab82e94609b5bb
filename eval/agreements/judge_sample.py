#!/usr/bin/env python3
# Draws the articles of eval/agreements/judged-50b.md and judged-50c.md (issue 12): see those files
# for the commands. With --names (eval/agreements/names-60.md), draws names instead: one party name
# from each of N articles with parties, then one name of the organisations list from each of
# --orgs more articles (outside those), and prints each with the sentences that write it.
"""Usage: python3 eval/agreements/judge_sample.py OUTPUT.jsonl DEVSET.jsonl JUDGED.md [JUDGED.md ...] [N]
         [--seed S] [--every-id] [--names [--orgs M]]
Prints N (default 50) drawn articles with parties whose id is neither in the dev set nor judged in a
JUDGED file, random.Random(S).sample (S default 2027) over the list sorted by id; N=0 prints all.
An id counts as judged when it opens a row of a JUDGED file's tables ("| 12 | vietnews-... |");
with --every-id, when it appears anywhere in a JUDGED file (notes and appendices too).
With --names no JUDGED file is needed: N party names (one per article, default 50) and M names of
the organisations list (default 30, one per article, other articles), the name drawn with the same
seeded random.Random."""
import argparse, json, random, re

p = argparse.ArgumentParser()
p.add_argument("out")
p.add_argument("dev")
p.add_argument("rest", nargs="*", metavar="JUDGED.md [N]")
p.add_argument("--seed", type=int, default=2027)
p.add_argument("--every-id", action="store_true")
p.add_argument("--names", action="store_true")
p.add_argument("--orgs", type=int, default=30)
args = p.parse_args()
judged, n = args.rest, 50
if judged and judged[-1].isdigit():
    judged, n = judged[:-1], int(judged[-1])
pattern = r"vietnews-[a-z]+-\d+" if args.every_id else r"^\| \d+ \| (vietnews-[a-z]+-\d+) \|"
devids = {json.loads(l)["id"] for l in open(args.dev, encoding="utf-8") if l.strip()}
old = set()


def sentences(a):
    text = [a.get("title") or "", a.get("lead") or "", a.get("body") or ""] + (a.get("captions") or [])
    return [s.strip() for t in text for s in re.split(r"(?<=[.!?])\s+|\n", t) if s.strip()]


def writes(name, sentence):
    """Whether the sentence writes two words of the name in a row (or its one word)."""
    words = name.split()
    pairs = [" ".join(words[k:k + 2]) for k in range(max(1, len(words) - 1))]
    return any(w.lower() in sentence.lower() for w in pairs if w.lower() not in ("việt nam", "công ty"))


def show(i, a, name, field):
    print(f"## {i}. {a['id']}: {a['title']}")
    print(f"{field}: {name}")
    print(f"parties: {a.get('parties')}")
    shown = [s for s in sentences(a) if writes(name, s)]
    for s in shown[:4]:
        print(f"  > {s[:600]}")
    print()


def names(everything):
    rng = random.Random(args.seed)
    pool = sorted((a for a in everything if a.get("parties") and a["id"] not in devids), key=lambda a: a["id"])
    drawn = sorted(rng.sample(pool, min(n, len(pool))), key=lambda a: a["id"])
    print(f"# {len(pool)} articles with parties outside the dev set, {len(drawn)} drawn (seed {args.seed})\n")
    for i, a in enumerate(drawn, 1):
        show(i, a, rng.choice(a["parties"]), "party")
    taken = {a["id"] for a in drawn}
    rest = sorted((a for a in everything if a.get("organisations") and a["id"] not in devids
                   and a["id"] not in taken), key=lambda a: a["id"])
    more = sorted(rng.sample(rest, min(args.orgs, len(rest))), key=lambda a: a["id"])
    print(f"# {len(rest)} more articles with organisations, {len(more)} drawn\n")
    for i, a in enumerate(more, len(drawn) + 1):
        show(i, a, rng.choice(a["organisations"]), "organisation")


for path in judged:
    old |= set(re.findall(pattern, open(path, encoding="utf-8").read(), re.M))
everything = list(map(json.loads, open(args.out, encoding="utf-8")))
if args.names:
    names(everything)
    raise SystemExit
arts = [a for a in everything if a.get("parties")]
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
