#!/usr/bin/env python3
# Draws the articles behind eval/agreements/dantri-40.md: dantri-unc articles (the second real
# outlet, barely used in tuning) outside the dev set whose title, lead or body carries a signing
# phrase; each drawn article is then read by hand (does it report a signing as news, which bodies
# sign, what the extractor gave, why it missed).
#   python3 eval/agreements/dantri_sample.py select OUT.jsonl
#       writes the dantri-unc articles with a signing phrase, none of the dev set (dev holdout
#       articles must never be read)
#   bin/index-builder parse OUT.jsonl > parsed.jsonl
#   python3 eval/agreements/dantri_sample.py sample OUT.jsonl parsed.jsonl [N] [SEED]
#       prints the N drawn (dantri-40.md: 40, seed 2404): id, title, lead, the extractor's
#       agreement, parties, organisations and signatories, and every sentence with ký/kí
import gzip, json, random, re, sys

# party_diff.py's signing phrases, with kí for ký and the memorandum and `lễ ký` forms
PHRASE = re.compile(r"(?<!\w)(k[ýí] kết|k[ýí] (thỏa|thoả) thuận|lễ k[ýí]|bản ghi nhớ|k[ýí] (biên bản"
                    r"|hợp đồng|hiệp định|chương trình|quy chế|kế hoạch|hợp tác|MoU|MOU))", re.I)
VERB = re.compile(r"(?<!\w)k[ýí](?!\w)", re.I)
SENTENCES = re.compile(r"(?<=[.!?])\s+|\n")


def select(out):
    dev = {json.loads(l)["id"] for l in open("eval/agreements/articles.jsonl", encoding="utf-8") if l.strip()}
    n = 0
    with open(out, "w", encoding="utf-8") as w:
        for line in gzip.open("../shared/corpus/dantri-unc.jsonl.gz", "rt", encoding="utf-8"):
            a = json.loads(line)
            text = "\n".join([a.get("title") or "", a.get("lead") or "", a.get("body") or ""]
                             + (a.get("captions") or []))
            if a["id"] not in dev and PHRASE.search(text):
                w.write(line)
                n += 1
    print(n, "articles")


def sample(selected, parsed, n=40, seed=2404):
    articles = {json.loads(l)["id"]: json.loads(l) for l in open(selected, encoding="utf-8")}
    rows = {json.loads(l)["id"]: json.loads(l) for l in open(parsed, encoding="utf-8")}
    ids = sorted(articles)
    print(len(ids), "dantri articles with a signing phrase;",
          sum(1 for i in ids if rows[i].get("agreement")), "with an agreement\n")
    for k, i in enumerate(random.Random(seed).sample(ids, min(n, len(ids))), 1):
        a, p = articles[i], rows[i]
        print("=" * 100, f"\n#{k}", i, "|", a.get("published"), "|", a["title"][:300])
        print("LEAD:", (a.get("lead") or "")[:400])
        print("AGREEMENT:", json.dumps(p.get("agreement"), ensure_ascii=False))
        print("PARTIES:", p.get("parties"), "| SIGNATORIES:", json.dumps(p.get("signatories"), ensure_ascii=False))
        print("ORGS:", p.get("organizations") or p.get("organisations"))
        text = "\n".join([a.get("body") or ""] + (a.get("captions") or []))
        for s in SENTENCES.split(text):
            if VERB.search(s):
                print("  *", s[:600])


if __name__ == "__main__":
    if sys.argv[1] == "select":
        select(sys.argv[2])
    else:
        sample(sys.argv[2], sys.argv[3], *(int(x) for x in sys.argv[4:]))
