#!/usr/bin/env python3
"""Picks the agreement development set from ../shared/corpus, deterministically.

Writes eval/agreements/articles.jsonl: one corpus article a line, as the corpus has it, plus
"corpus" (the file it came from), "pick" (why it was picked) and "half" ("tune" or "holdout").
The labels are written by reading each article (labels-*.jsonl), never from the extractor.

  python3 eval/agreements/select.py            # from the repository root, ../shared beside it
"""
import gzip
import hashlib
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
OUT = Path(__file__).resolve().parent / "articles.jsonl"

# A signing phrase: the verb with a document noun, a ceremony, or the document nouns themselves.
SIGNING = re.compile(
    r"(k[ýí] k[ếe]t|k[ýí] (thỏa|thoả|bản|biên|chương trình|quy chế|kế hoạch|hợp tác|nghị quyết"
    r"|hiệp định|mou|phối hợp|thỏa ước|thoả ước)|lễ k[ýí]|bản ghi nh[ớậ]|thỏa thuận hợp tác"
    r"|thoả thuận hợp tác)",
    re.I,
)
# A signing the article reports, said the way a body sentence says it.
REPORTED = re.compile(
    r"(lễ k[ýí]|vừa k[ýí]|đã k[ýí] kết|tổ chức k[ýí]|tiến hành k[ýí]|chính thức k[ýí]|đã k[ýí] (thỏa|thoả|bản|biên|chương trình|quy chế|kế hoạch|hợp tác))",
    re.I,
)
# Near misses: signing words that report no agreement between bodies.
NEGATIVE = re.compile(
    r"(hợp đồng lao động|chữ k[ýí]|k[ýí] quyết định|đăng k[ýí]|k[ýí] hợp đồng|đã k[ýí] (năm|từ))",
    re.I,
)
# The by-reading checks that came before the fifth round; their articles are left out of it.
READ_BEFORE = (
    "judged-50.md", "judged-50b.md", "judged-50c.md", "judged-50d.md", "judged-50e.md",
    "judged-50f.md", "judged-50g.md", "judged-50h.md", "judged-50i.md", "detect-40.md",
    "detect-30b.md", "detect-40b.md", "detect-40c.md", "detect-40d.md", "sides-30.md",
    "sides-30b.md", "sides-30c.md", "lists-30.md", "names-60.md", "places-30.md",
)
ARTICLE_ID = re.compile(r"vietnews-(?:train|test|val)-\d+|dantri-[\w-]+")


def read(name):
    with gzip.open(CORPUS / name, "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            a["corpus"] = name
            yield a


def head(a):
    return (a.get("title") or "") + "\n" + (a.get("lead") or "")


def main():
    rng = random.Random(20261203)
    picked = {}

    def take(a, why):
        if a["id"] not in picked and len(a.get("body") or "") < 12000:
            a["pick"] = why
            picked[a["id"]] = a

    small_head, small_body, small_neg = [], [], []
    for name in ("vietnews-labour.jsonl.gz", "dantri-unc.jsonl.gz"):
        for a in read(name):
            if SIGNING.search(head(a)):
                small_head.append(a)
            elif SIGNING.search(a.get("body") or ""):
                small_body.append(a)
            elif NEGATIVE.search(a.get("body") or ""):
                small_neg.append(a)
    big_head, big_deep = [], []
    seen = {a["id"] for a in small_head + small_body + small_neg}
    for a in read("vietnews.jsonl.gz"):
        if a["id"] in seen:
            continue
        if SIGNING.search(head(a)):
            big_head.append(a)
        elif any(REPORTED.search(s) for s in (a.get("body") or "").split("\n")[3:]):
            big_deep.append(a)

    for a in small_head:
        take(a, "signing phrase in title or lead")
    for a in rng.sample(big_head, 70):
        take(a, "signing phrase in title or lead")
    for a in rng.sample(small_body, 40):
        take(a, "signing phrase in the body only")
    for a in rng.sample(small_neg, 30):
        take(a, "near miss: contract, registration, signature or decision")

    rows = sorted(picked.values(), key=lambda a: hashlib.sha256(a["id"].encode()).hexdigest())
    # Added later, so that the set measures signings reported deep in the body; appended with
    # halves of their own, so that the first 161 articles keep theirs.
    deep = []
    for a in rng.sample(big_deep, 40):
        if a["id"] not in picked and len(deep) < 30 and len(a.get("body") or "") < 12000:
            a["pick"] = "reported signing past the third body sentence, none in title or lead"
            deep.append(a)
    deep.sort(key=lambda a: hashlib.sha256(a["id"].encode()).hexdigest())
    # Added in a third round, so that each half has more reported signings to read: 80 more
    # title-or-lead picks from vietnews, drawn with a seed of their own so that the earlier
    # groups keep their articles and halves.
    taken = set(picked) | {a["id"] for a in deep}
    more = [a for a in big_head if a["id"] not in taken and len(a.get("body") or "") < 12000]
    more = random.Random(20261204).sample(more, 80)
    for a in more:
        a["pick"] = "signing phrase in title or lead (third round)"
    more.sort(key=lambda a: hashlib.sha256(a["id"].encode()).hexdigest())
    # A fourth round, drawn the same way with a seed of its own: 135 holdout articles still left
    # the holdout figures resting on 49 reported signings.
    taken |= {a["id"] for a in more}
    fourth = [a for a in big_head if a["id"] not in taken and len(a.get("body") or "") < 12000]
    fourth = random.Random(20261205).sample(fourth, 80)
    for a in fourth:
        a["pick"] = "signing phrase in title or lead (fourth round)"
    fourth.sort(key=lambda a: hashlib.sha256(a["id"].encode()).hexdigest())
    # A fifth round with a seed of its own: the tune half had few failures left to learn from. 40
    # title-or-lead picks and 40 picks that report a signing past the third body sentence, none
    # of them an article that an earlier by-reading check (the files named in READ_BEFORE) read,
    # because rules were written from those readings.
    taken |= {a["id"] for a in fourth}
    read_before = set()
    for name in READ_BEFORE:
        read_before |= set(ARTICLE_ID.findall((OUT.parent / name).read_text(encoding="utf-8")))
    fresh = taken | read_before
    rng5 = random.Random(20261206)
    fifth = rng5.sample([a for a in big_head if a["id"] not in fresh and len(a.get("body") or "") < 12000], 40)
    fifth += rng5.sample([a for a in big_deep if a["id"] not in fresh and len(a.get("body") or "") < 12000], 40)
    for a in fifth:
        a["pick"] = "fifth round: " + ("signing phrase in title or lead" if SIGNING.search(head(a))
                                      else "reported signing past the third body sentence")
    fifth.sort(key=lambda a: hashlib.sha256(a["id"].encode()).hexdigest())
    with OUT.open("w", encoding="utf-8") as f:
        for group in (rows, deep, more, fourth, fifth):
            for i, a in enumerate(group):
                a["half"] = "tune" if i % 2 == 0 else "holdout"
                f.write(json.dumps(a, ensure_ascii=False) + "\n")
    print(f"{len(rows) + len(deep) + len(more) + len(fourth) + len(fifth)} articles -> {OUT}")


if __name__ == "__main__":
    main()
