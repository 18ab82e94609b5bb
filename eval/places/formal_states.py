#!/usr/bin/env python3
"""Count the formal names of states that vietnews writes ("Cộng hòa Nhân dân Trung Hoa",
"Vương quốc Thái Lan", "Liên bang Nga", "Hợp chủng quốc Hoa Kỳ", "CHDCND Lào", ...), so that
states.tsv and countries.tsv list those that occur (branch ag-heads).

A formal name is a state-form opener followed by a run of capitalised words; the run stops at the
first lower-case word, punctuation or number.  Prints "count<TAB>name" for names seen at least
--min times, most frequent first.

    python3 eval/places/formal_states.py ../shared/corpus/vietnews.jsonl.gz [--min 3]
"""
import argparse
import collections
import gzip
import json
import re
import unicodedata

OPENERS = [
    "Cộng hòa", "Cộng hoà", "CH", "CHXHCN", "CHDCND", "CHND", "CHLB", "CHDC", "Vương quốc",
    "Liên bang", "Hợp chủng quốc", "Đại Hàn Dân Quốc", "Nhà nước", "Đại công quốc", "Công quốc",
    "Quốc gia", "Nhà nước Hồi giáo", "Cộng đồng", "Liên hiệp Vương quốc", "Đặc khu hành chính",
]
PATTERN = re.compile(
    r"(?<!\w)(" + "|".join(sorted((re.escape(o) for o in OPENERS), key=len, reverse=True))
    + r")((?: [^\W\d_][\w'-]*)+)")
# lower-case words inside formal names: "Cộng hoà Dân chủ Nhân dân Lào", "Cộng hoà Nhân dân Trung
# Hoa", "Cộng hoà Xã hội chủ nghĩa Việt Nam", "Vương quốc Liên hiệp Anh và Bắc Ireland"
JOINERS = {"dân", "chủ", "nhân", "xã", "hội", "nghĩa", "liên", "bang", "hiệp", "hồi", "giáo",
           "thống", "nhất", "và", "đa", "tộc", "ả", "rập", "arab", "hợp"}


def texts(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            yield unicodedata.normalize("NFC", " ".join(a.get(k) or "" for k in ("title", "lead", "body")))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("corpus")
    p.add_argument("--min", type=int, default=3)
    args = p.parse_args()
    counts = collections.Counter()
    for text in texts(args.corpus):
        for m in PATTERN.finditer(text):
            words = []
            for w in m.group(2).split():
                if not w[0].isupper() and w.lower() not in JOINERS:
                    break
                words.append(w)
            while words and not words[-1][0].isupper():
                words.pop()
            if not words:
                continue
            name = m.group(1) + " " + " ".join(words)
            # "Cộng hòa Séc và Slovakia" would be two states: keep the run only
            counts[name] += 1
    for name, n in counts.most_common():
        if n >= args.min:
            print(f"{n}\t{name}")


if __name__ == "__main__":
    main()
