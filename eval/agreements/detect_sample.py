#!/usr/bin/env python3
# Draws the articles behind eval/agreements/detect-40.md: vietnews articles outside the dev set
# (party_diff.py subset) that the extractor gives NO agreement although their title or lead speaks
# of a signing; each is then read by hand (does it report a signing as news, and why is it missed).
#   python3 eval/agreements/detect_sample.py SUBSET.jsonl PARSED.jsonl [N] [SEED]
#       prints the N drawn (default 40, seed 2051): id, title, lead and every sentence with the verb
import json, random, re, sys

SIGN = re.compile(r"(k[ýí] kết|lễ k[ýí]|vừa k[ýí]|đã k[ýí]|k[ýí] (thỏa|thoả) thuận|bản ghi nhớ"
                  r"|k[ýí] (hợp đồng|hiệp định|biên bản|chương trình|quy chế|kế hoạch|hợp tác|MoU))", re.I)
VERB = re.compile(r"(?<!\w)k[ýí](?!\w)", re.I)


def main(subset, parsed, n=40, seed=2051):
    articles = {json.loads(l)["id"]: json.loads(l) for l in open(subset, encoding="utf-8")}
    missed = []
    for line in open(parsed, encoding="utf-8"):
        p = json.loads(line)
        if p.get("agreement") is None and SIGN.search((p["title"] or "") + "\n" + (p.get("lead") or "")):
            missed.append(p["id"])
    print(len(missed), "articles without an agreement whose title or lead speaks of a signing\n")
    for i in random.Random(seed).sample(sorted(missed), min(n, len(missed))):
        a = articles[i]
        print("=" * 100, "\n" + i, "|", a["title"], "\nLEAD:", a.get("lead"))
        body = a.get("body") or ""
        print("P1:", body.split("\n")[0][:400])
        for s in re.split(r"(?<=[.!?])\s+|\n", body):
            if VERB.search(s):
                print("  *", s[:400])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], *(int(x) for x in sys.argv[3:]))
