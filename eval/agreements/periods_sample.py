#!/usr/bin/env python3
# Draws the articles behind eval/agreements/periods-40.md: real articles the extractor gives an
# agreement whose signing sentence (a sentence with ký/kí), or the sentence after it, holds a span of
# years or "giai đoạn" / "nhiệm kỳ" / "đến năm". Each drawn article is then read by hand and its
# period written down from the labelling guide (eval/agreements/README.md) BEFORE the extractor's
# answer is looked at. Leaves out every id named in an earlier eval/agreements/*.md and every
# dev-set id (eval/agreements/articles.jsonl).
#   /work/wt/slim.sh JAR VIETNEWS-slim.jsonl            (all of vietnews, agreement fields only)
#   bin/index-builder parse ../shared/corpus/dantri-unc.jsonl.gz > DANTRI-parsed.jsonl
#   python3 eval/agreements/periods_sample.py VIETNEWS-slim.jsonl DANTRI-parsed.jsonl [N] [SEED]
#       (periods-40.md: N 40, seed 1414, base jar main-s14); the first half of the draw is "A"
#       (tune on it), the second "B" (report only); prints id, title, kind, and the
#       signing sentences with the sentence after each; the extracted period only with --got (read
#       and write the wanted period first)
import gzip, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "shared", "corpus", "vietnews.jsonl.gz")
VERB = re.compile(r"(?<!\w)k[ýí](?!\w)", re.I)
PERIOD = re.compile(r"(?<!\w)(giai đoạn|nhiệm kỳ|đến (hết )?năm|(19|20)\d\d\s*[-–]\s*(19|20)\d\d)", re.I)
PERIODIC = re.compile(r"period|giai đoạn|nhiệm kỳ|đến (hết )?năm", re.I)
SENTENCES = re.compile(r"(?<=[.!?])\s+|\n")
ID = re.compile(r"(vietnews-(?:train|val|test)-\d{6}|dantri-[a-z_]+_\d+|\b\d{6}\b)")


def sentences(a):
    text = "\n".join([a.get("title") or "", a.get("lead") or "", a.get("body") or ""])
    return [s for s in SENTENCES.split(text) if s.strip()]


def near(a):
    """Each signing sentence and the sentence after it, when one of the two holds a period word."""
    ss = sentences(a)
    keep = []
    for k, s in enumerate(ss):
        if VERB.search(s):
            pair = ss[k : k + 2]
            if any(PERIOD.search(x) for x in pair):
                keep.append(pair)
    return keep


def named():
    """Ids whose period was read or fitted before, and the dev set's: every id that dates-40.md (the
    one earlier reading of periods) names, and every id of a docs/agreements.md paragraph on periods.
    The other eval/agreements/*.md files read parties, places and detection; together they name 669
    of the 678 vietnews agreements and all 11 Dân trí ones, so leaving them all out leaves no pool."""
    out = set()
    texts = [open(os.path.join(HERE, "dates-40.md"), encoding="utf-8").read()]
    docs = open(os.path.join(HERE, "..", "..", "docs", "agreements.md"), encoding="utf-8").read()
    # not the paragraphs of this reading's own branch, which cite the drawn articles
    texts += [p for p in docs.split("\n\n") if PERIODIC.search(p) and "ag-period-s14" not in p]
    for text in texts:
        for m in ID.finditer(text):
            i = m.group(1)
            out.add(i if not i.isdigit() else "six:" + i)
    for line in open(os.path.join(HERE, "articles.jsonl"), encoding="utf-8"):
        out.add(json.loads(line)["id"])
    return out


def skipped(i, seen):
    return i in seen or ("six:" + i[-6:]) in seen and i.startswith("vietnews")


def main(slim, dantri, n=40, seed=1414, got=False):
    seen = named()
    agreed = {}
    for line in open(slim, encoding="utf-8"):
        d = json.loads(line)
        if d.get("agreement") and not skipped(d["id"], seen):
            agreed[d["id"]] = d["agreement"]
    pool = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if a["id"] in agreed and near(a):
                a["agreement"] = agreed[a["id"]]
                pool.append(a)
    for line in open(dantri, encoding="utf-8"):
        a = json.loads(line)
        if a.get("agreement") and not skipped(a["id"], seen) and near(a):
            pool.append(a)
    pool.sort(key=lambda a: a["id"])
    print(len(pool), "articles with an agreement and a period word by a signing sentence\n")
    drawn = random.Random(seed).sample(pool, n)
    for k, a in enumerate(drawn, 1):
        half = "A" if k <= n // 2 else "B"
        print("=" * 100, f"\n#{k} {half}", a["id"], "|", a["title"][:200])
        if got:
            print("GOT period", json.dumps(a["agreement"].get("period")), "| kind", a["agreement"].get("kind"))
        for pair in near(a):
            for s in pair:
                print("  *", s[:800])
            print("  --")


if __name__ == "__main__":
    args = [x for x in sys.argv[1:] if x != "--got"]
    main(args[0], args[1], *(int(x) for x in args[2:]), got="--got" in sys.argv)
