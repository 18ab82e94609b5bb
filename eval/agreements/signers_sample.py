#!/usr/bin/env python3
# Draws the articles behind eval/agreements/signers-40.md: real vietnews and dantri-unc articles the
# base jar gives an agreement, whose signing sentence (a sentence with ký/kí) or the sentence next to
# it names a person with a title ("ông", "bà", "Bộ trưởng", "Giám đốc", "Chủ tịch", ... and a
# capitalised name). Ids named in an earlier eval/agreements/*.md and the dev set's ids are left out.
# Each drawn article is then read by hand: the signers the labelling guide gives (names, role,
# party), written BEFORE the extractor's answer is looked at (`got` prints it afterwards).
#   python3 eval/agreements/signers_sample.py draw VIETNEWS-PARSED.jsonl DANTRI-PARSED.jsonl [N] [SEED]
#       (signers-40.md: N 40, seed 1440; the parsed files need id and agreement, as
#       /work/wt/slim.sh writes them); prints id, title and the titled sentences next to a signing
#       sentence, in the draw's order (A: the first half, B: the second)
#   python3 eval/agreements/signers_sample.py got PARSED.jsonl... < ids   the signatories each got
import glob, gzip, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "shared", "corpus")
VERB = re.compile(r"(?<!\w)k[ýí](?!\w)", re.I)
NAME = r"(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][\wÀ-ỹ'-]*\s+){1,4}[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][\wÀ-ỹ'-]*"
TITLED = re.compile(
    r"(?:(?<!\w)(?:[ôÔ]ng|[bB]à|Bộ trưởng|Thứ trưởng|Giám đốc|Tổng [gG]iám đốc|Chủ tịch|Phó [cC]hủ tịch"
    r"|Hiệu trưởng|Đại sứ|Thống đốc|Tỉnh trưởng|Thị trưởng|Trưởng đại diện|Tổng [bB]iên tập"
    r"|Viện trưởng|Cục trưởng|Tổng cục trưởng|Bí thư)\s+(?:[\wÀ-ỹ&.-]+\s+){0,8}?)" + NAME)
SENTENCES = re.compile(r"(?<=[.!?])\s+|\n")


def sentences(a):
    text = "\n".join([a.get("title") or "", a.get("lead") or "", a.get("body") or ""])
    return [s for s in SENTENCES.split(text) if s.strip()]


def titled(a):
    """The sentences with a titled person that are, or are next to, a signing sentence, in order."""
    ss = sentences(a)
    keep = set()
    for k, s in enumerate(ss):
        if VERB.search(s):
            for j in (k - 1, k, k + 1):
                if 0 <= j < len(ss) and TITLED.search(ss[j]):
                    keep.add(j)
    return [ss[j] for j in sorted(keep)]


def excluded():
    """Every id an earlier eval/agreements/*.md names, and the dev set's ids."""
    out = set()
    for md in glob.glob(os.path.join(HERE, "*.md")):
        if os.path.basename(md) == "signers-40.md":
            continue
        out.update(re.findall(r"(?:vietnews|dantri)[\w-]*?-\d+|dantri-[\w]+_\d+", open(md, encoding="utf-8").read()))
    for line in open(os.path.join(HERE, "articles.jsonl"), encoding="utf-8"):
        out.add(json.loads(line)["id"])
    return out


def agreed(parsed):
    return {d["id"] for d in map(json.loads, open(parsed, encoding="utf-8")) if d.get("agreement")}


def texts(ids):
    out = {}
    for name in ("vietnews.jsonl.gz", "dantri-unc.jsonl.gz"):
        with gzip.open(os.path.join(CORPUS, name), "rt", encoding="utf-8") as f:
            for line in f:
                if '"id"' in line[:80]:
                    i = json.loads(line)
                    if i["id"] in ids:
                        out[i["id"]] = i
    return out


def draw(vietnews, dantri, n=40, seed=1440):
    ids = (agreed(vietnews) | agreed(dantri)) - excluded()
    arts = texts(ids)
    pool = sorted((a for a in arts.values() if titled(a)), key=lambda a: a["id"])
    print(len(pool), "articles with an agreement and a titled person next to a signing sentence\n")
    for k, a in enumerate(random.Random(seed).sample(pool, min(n, len(pool))), 1):
        print("=" * 100, f"\n#{k} {'A' if k <= n // 2 else 'B'}", a["id"], "|", (a.get("title") or "")[:200])
        for s in titled(a):
            print("  *", s[:900])


def got(parsed_files):
    want = [l.strip() for l in sys.stdin if l.strip()]
    seen = {}
    for p in parsed_files:
        for d in map(json.loads, open(p, encoding="utf-8")):
            if d["id"] in want:
                seen[d["id"]] = d
    for i in want:
        d = seen.get(i, {})
        print(i, json.dumps([(s["name"], s.get("role"), s.get("party")) for s in d.get("signatories") or []], ensure_ascii=False))


if __name__ == "__main__":
    if sys.argv[1] == "draw":
        draw(sys.argv[2], sys.argv[3], *(int(x) for x in sys.argv[4:]))
    else:
        got(sys.argv[2:])
