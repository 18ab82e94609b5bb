#!/usr/bin/env python3
"""Finds candidate articles to READ when judging a query; it never judges.

Usage: python3 eval/candidates.py "lương tối thiểu" ["tiền lương" ...]

For each phrase, lists the articles of data/sample whose title, lead or body
contain it with diacritics removed ("đ" as "d"), most occurrences first, with
the title, the start of the lead and the first passage that holds the phrase.
Grep for several phrasings of a topic: an article about it may not use the
query's own words.
"""
import glob
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "sample")


def fold(s):
    s = unicodedata.normalize("NFD", s or "")
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return s.replace("đ", "d").replace("Đ", "D").lower()


def articles():
    for f in sorted(glob.glob(os.path.join(ROOT, "*.jsonl"))):
        with open(f, encoding="utf-8") as lines:
            for line in lines:
                d = json.loads(line)
                yield d["id"], d.get("title") or "", d.get("lead") or "", d.get("body") or ""
    for p in sorted(glob.glob(os.path.join(ROOT, "pages", "*.txt"))):
        with open(p, encoding="utf-8") as page:
            yield "page:" + os.path.basename(p), "", "", page.read()


def main(phrases):
    docs = list(articles())
    for phrase in phrases:
        words = re.findall(r"\w+", fold(phrase))
        pattern = re.compile(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b")
        hits = []
        for doc_id, title, lead, body in docs:
            text = "\n".join((title, lead, body))
            # fold() keeps length for NFC Vietnamese text, so offsets map back to the original
            folded = fold(text)
            found = list(pattern.finditer(folded)) if len(folded) == len(text) else []
            if found:
                hits.append((len(found), doc_id, title, lead, text, found[0]))
        hits.sort(key=lambda h: -h[0])
        print(f"### {phrase}: {len(hits)} articles")
        for n, doc_id, title, lead, text, m in hits:
            ctx = text[max(0, m.start() - 100) : m.end() + 100].replace("\n", " ")
            print(f"{n:4d}  {doc_id} | {title[:100]}")
            if lead:
                print(f"      lead: {lead[:160]}")
            print(f"      ...{ctx}...")


if __name__ == "__main__":
    main(sys.argv[1:] or sys.exit(__doc__))
