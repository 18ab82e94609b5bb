#!/usr/bin/env python3
# Draws the articles behind eval/agreements/dates-40.md: articles the extractor gives an agreement
# whose signing sentence (a sentence with ký/kí), or the sentence before or after it, carries a
# date or a period, from two real sources: dantri-unc (it has `published`, so a day without a year
# can be dated) and the vietnews subset (mostly no `published`: a date needs its year written).
# Each drawn article is then read by hand: what signedOn and period should be (the labelling
# guide, eval/agreements/README.md) against what the extractor gave.
#   python3 eval/agreements/dantri_sample.py select DANTRI.jsonl
#   bin/index-builder parse DANTRI.jsonl > DANTRI-parsed.jsonl
#   python3 eval/agreements/dates_sample.py DANTRI-parsed.jsonl SUBSET-parsed.jsonl [N] [SEED]
#       (dates-40.md: N 40, seed 4024; SUBSET-parsed is /work/wt/subset.jsonl parsed); up to half
#       the draw from dantri, the rest from the subset; prints id, published, title, the extracted
#       agreement, and the dated sentences next to a signing sentence
import json, random, re, sys

VERB = re.compile(r"(?<!\w)k[ýí](?!\w)", re.I)
DATED = re.compile(r"(?<!\w)(\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)|ngày \d|(sáng|chiều|trưa|tối|hôm) (nay|qua)"
                   r"|giai đoạn|nhiệm kỳ|(19|20)\d\d\s*[-–]\s*(19|20)\d\d|đến (hết )?năm|từ năm|thời hạn)", re.I)
SENTENCES = re.compile(r"(?<=[.!?])\s+|\n")


def sentences(a):
    text = "\n".join([a.get("title") or "", a.get("lead") or "", a.get("body") or ""])
    return [s for s in SENTENCES.split(text) if s.strip()]


def dated(a):
    """The sentences with a date or a period next to (or in) a signing sentence, in order."""
    ss = sentences(a)
    keep = set()
    for k, s in enumerate(ss):
        if VERB.search(s):
            for j in (k - 1, k, k + 1):
                if 0 <= j < len(ss) and DATED.search(ss[j]):
                    keep.add(j)
    return [ss[j] for j in sorted(keep)]


def pool(path):
    out = []
    for line in open(path, encoding="utf-8"):
        a = json.loads(line)
        if a.get("agreement") and dated(a):
            out.append(a)
    return sorted(out, key=lambda a: a["id"])


def main(dantri, subset, n=40, seed=4024):
    rng = random.Random(seed)
    d, v = pool(dantri), pool(subset)
    print(len(d), "dantri and", len(v), "subset articles with an agreement and a dated signing sentence\n")
    drawn = rng.sample(d, min(n // 2, len(d)))
    drawn += rng.sample(v, n - len(drawn))
    for k, a in enumerate(drawn, 1):
        g = a["agreement"]
        print("=" * 100, f"\n#{k}", a["id"], "| published", a.get("published"), "|", a["title"][:200])
        print("GOT signedOn", g.get("signedOn"), "| period", json.dumps(g.get("period")), "| kind", g.get("kind"))
        for s in dated(a):
            print("  *", s[:700])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], *(int(x) for x in sys.argv[3:]))
