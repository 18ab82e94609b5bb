#!/usr/bin/env python3
"""Counts where the development set's parties are lost, per half, by class only (no article is
printed, so the holdout can be read this way without tuning on it):

    bin/index-builder parse eval/agreements/articles.jsonl > out.jsonl
    python3 eval/agreements/miss_classes.py out.jsonl

For each labelled party of a signing the extractor detects: found (a given party is the label's
written or canonical name), found with a wrong boundary (a given party overlaps it), among the
article's `organisations` but not chosen, written in the text but not even an organisation (split
by the name's shape: Latin script only, a Vietnamese head noun, or neither), or not written as
labelled. Signings missed and given in error count their parties apart. Names are compared without
case, with `thoả`/`thỏa` and dashes folded, so a party the gazetteer gives under another name (a
bank's brand for its full name) counts as a miss here but may be right in AgreementDevSetTest.
"""
import collections
import json
import re
import sys
import unicodedata

HEADS = ("bộ ", "sở ", "ủy ban", "ubnd", "công ty", "tập đoàn", "tổng công ty", "ngân hàng", "trường",
         "đại học", "học viện", "liên đoàn", "hội ", "viện ", "bệnh viện", "ban ", "cục ", "tổng cục",
         "quỹ", "tỉnh", "thành phố", "huyện", "trung tâm", "đoàn", "công đoàn", "văn phòng", "báo ",
         "đài", "cơ quan", "chính phủ", "quân", "hãng", "tổ chức")
LATIN = re.compile(r"[A-Za-z0-9&.\- ()]+")


def fold(s):
    s = unicodedata.normalize("NFC", s or "").lower().replace("thoả", "thỏa")
    s = s.replace("–", "-").replace("—", "-")
    return re.sub(r"\s+", " ", re.sub(r"\s*-\s*", " - ", s)).strip()


def overlaps(a, b):
    return bool(a) and bool(b) and (a in b or b in a)


def shape(written):
    if LATIN.fullmatch(written):
        return "latin script only"
    return "vietnamese head noun" if fold(written).startswith(HEADS) else "no head noun"


def classes(labels, articles, out):
    c = collections.Counter()
    for lab in labels:
        got = out.get(lab["id"], {})
        a = articles[lab["id"]]
        text = fold(" ".join(a.get(k) or "" for k in ("title", "lead", "body")))
        given = [fold(p) for p in got.get("parties") or []]
        orgs = [fold(o) for o in got.get("organisations") or []]
        labelled = lab.get("parties") or []
        if lab["agreement"] != bool(got.get("agreement")):
            kind = "signing missed" if lab["agreement"] else "signing given in error"
            c[kind] += 1
            c[kind + ": its parties"] += len(labelled if lab["agreement"] else given)
            continue
        if not lab["agreement"]:
            continue
        matched = set()
        for p in labelled:
            canonical, written = fold(p["canonical"]), fold(p["written"])
            exact = [q for q in given if q in (canonical, written)]
            near = [q for q in given if overlaps(q, canonical) or overlaps(q, written)]
            if exact or near:
                c["party found" if exact else "party found, wrong boundary"] += 1
                matched.update(exact or near)
            elif any(overlaps(o, written) or o == canonical for o in orgs):
                c["party among organisations, not chosen"] += 1
            elif written in text:
                c["party written in text, not an organisation: " + shape(p["written"])] += 1
            else:
                c["party not written as labelled"] += 1
        for q in given:
            if q not in matched:
                c["wrong party, " + ("written in text" if q in text else "not written in text")] += 1
    return c


def main(parse):
    articles = {}
    for line in open("eval/agreements/articles.jsonl", encoding="utf-8"):
        a = json.loads(line)
        articles[a["id"]] = a
    out = {}
    for line in open(parse, encoding="utf-8"):
        d = json.loads(line)
        out[d["id"]] = d
    halves = {}
    for half in ("tune", "holdout"):
        with open(f"eval/agreements/labels-{half}.jsonl", encoding="utf-8") as f:
            halves[half] = classes([json.loads(l) for l in f if l.strip()], articles, out)
    keys = sorted(set(halves["tune"]) | set(halves["holdout"]))
    print("| class | tune | holdout |\n|---|---:|---:|")
    for k in keys:
        print(f"| {k} | {halves['tune'][k]} | {halves['holdout'][k]} |")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python3 eval/agreements/miss_classes.py PARSE.jsonl (run from the repository root)")
    main(sys.argv[1])
