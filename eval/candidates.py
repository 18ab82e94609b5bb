#!/usr/bin/env python3
"""Finds candidate articles to READ when judging a query; it never judges.

Usage: python3 eval/candidates.py "lương tối thiểu" ["tiền lương" ...]
       python3 eval/candidates.py --from 2021-04-01 --to 2021-04-30 [--category society] "lao dong"

For each phrase, lists the articles of data/sample whose title, lead or body
contain it with diacritics removed ("đ" as "d"), most occurrences first, with
the title, the start of the lead and the first passage that holds the phrase.
Grep for several phrasings of a topic: an article about it may not use the
query's own words.

With a filter (--from/--to on the published day, --category), it lists instead
every article inside the filter that holds all the query's folded syllables,
anywhere, as a search without the phrase would match them: the whole pool to
read for a filtered query. Each line gives how often the syllables stand
together and apart, so passing mentions can be told from articles about it.
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


def dated():
    for f in sorted(glob.glob(os.path.join(ROOT, "*.jsonl"))):
        with open(f, encoding="utf-8") as lines:
            for line in lines:
                yield json.loads(line)


def pool(phrase, start, end, category):
    """Every article inside the filter that holds each folded syllable of the phrase."""
    words = re.findall(r"\w+", fold(phrase))
    together = re.compile(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b")
    rows = []
    for d in dated():
        day = (d.get("published") or "")[:10]
        if (start and (not day or day < start)) or (end and (not day or day > end)):
            continue
        if category and d.get("category") != category:
            continue
        text = "\n".join((d.get("title") or "", d.get("lead") or "", d.get("body") or ""))
        folded = fold(text)
        tokens = re.findall(r"\w+", folded)
        if not all(w in tokens for w in words):
            continue
        found = list(together.finditer(folded))
        apart = min(tokens.count(w) for w in words)
        rows.append((len(found), apart, len(tokens), d, text, found))
    rows.sort(key=lambda r: (-r[0], -r[1]))
    print(f"### {phrase} [{start or ''}..{end or ''} {category or ''}]: {len(rows)} articles")
    for n, apart, length, d, text, found in rows:
        print(f"{n:3d} together, {apart:3d} each, {length:5d} words  {d['id']} {d.get('published')}")
        print(f"      title: {(d.get('title') or '')[:140]}")
        print(f"      lead: {(d.get('lead') or d.get('body') or '')[:300]}")
        for m in found[:4]:
            ctx = text[max(0, m.start() - 120) : m.end() + 120].replace("\n", " ")
            print(f"      ...{ctx}...")


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
    args = sys.argv[1:] or sys.exit(__doc__)
    opts = {}
    while args and args[0] in ("--from", "--to", "--category"):
        opts[args[0][2:]] = args[1]
        args = args[2:]
    if opts:
        for phrase in args:
            pool(phrase, opts.get("from"), opts.get("to"), opts.get("category"))
    else:
        main(args)
