#!/usr/bin/env python3
"""Fit PartyRanker's weights on the tune half (docs/agreements.md, "A learned ranker").

    python3 eval/agreements/party_ranker.py [--jar index-builder/target/index-builder.jar] [--write]

Parses the tune articles with the jar and the system property vn.newssearch.partyFeatures, which
dumps every candidate body of a reported signing with its structural features; a candidate is
right when a tune label names it (folded, as the dev-set test compares names). Fits an L2
logistic regression (numpy, batch gradient descent), scores every candidate out of fold (5 folds
by article, seeded), and picks the lowest threshold at which the candidates the model ADDS to the
rules' parties are right at least 90 % of the time out of fold. With --write, refits on the whole
tune half and writes index-builder/src/main/resources/.../gazetteer/party-ranker.tsv with that
threshold as @add (or @add 2, the ranker off, when no threshold reaches 90 % with at least 3
additions). Only the tune half is read.
"""
import os
import sys

# select.py beside this script would shadow the standard module that subprocess imports
sys.path = [p for p in sys.path if os.path.abspath(p or ".") != os.path.dirname(os.path.abspath(__file__))]

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import subprocess  # noqa: E402
import tempfile
import unicodedata

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
WEIGHTS = os.path.join(
    ROOT,
    "index-builder/src/main/resources/vn/newssearch/extract/gazetteer/party-ranker.tsv",
)
FOLDS = 5
L2 = 1.0
PRECISION = 0.9
MIN_ADDED = 3


def fold(text):
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join("".join(c if c.isalnum() else " " for c in text).split())


def dump(jar):
    java = os.path.join(os.environ.get("JAVA_HOME", ""), "bin", "java")
    with tempfile.TemporaryDirectory() as tmp:
        tune = os.path.join(tmp, "tune.jsonl")
        with open(os.path.join(HERE, "articles.jsonl"), encoding="utf-8") as f, open(
            tune, "w", encoding="utf-8"
        ) as out:
            for line in f:
                if json.loads(line)["half"] == "tune":
                    out.write(line)
        features = os.path.join(tmp, "features.jsonl")
        subprocess.run(
            [java, "--add-modules", "jdk.incubator.vector",
             "-Dvn.newssearch.partyFeatures=" + features, "-jar", jar, "parse", tune],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        with open(features, encoding="utf-8") as f:
            return [json.loads(line) for line in f]


def labels():
    want = {}
    with open(os.path.join(HERE, "labels-tune.jsonl"), encoding="utf-8") as f:
        for line in f:
            label = json.loads(line)
            names = set()
            for p in label["parties"]:
                names.add(fold(p["canonical"]))
                names.add(fold(p["written"]))
            want[label["id"]] = names
    return want


def fit(x, y):
    w = np.zeros(x.shape[1])
    b = 0.0
    rate = 0.5
    for _ in range(3000):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        g = p - y
        w -= rate * (x.T @ g / len(y) + L2 * w / len(y))
        b -= rate * g.mean()
    return w, b


def threshold(scores, y, given):
    """The lowest threshold whose additions (not given, score >= t) are right >= PRECISION."""
    best = None
    for t in sorted(set(np.round(scores[given == 0], 4)), reverse=True):
        added = (given == 0) & (scores >= t)
        n = int(added.sum())
        right = int((added & (y == 1)).sum())
        if n >= MIN_ADDED and right / n >= PRECISION:
            best = (t, right, n)
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jar", default=os.path.join(ROOT, "index-builder/target/index-builder.jar"))
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--without-rules", action="store_true",
                    help="leave out the features that say what the rules gave (given, rules-*)")
    args = ap.parse_args()
    rows = dump(args.jar)
    want = labels()
    names = sorted({k for r in rows for k in r["features"]})
    if args.without_rules:
        names = [k for k in names if k != "given" and not k.startswith("rules-")]
    x = np.array([[r["features"].get(k, 0.0) for k in names] for r in rows])
    y = np.array([1 if {fold(n) for n in r["forms"]} & want.get(r["id"], set()) else 0
                  for r in rows])
    given = np.array([r["features"].get("given", 0.0) for r in rows])
    ids = sorted({r["id"] for r in rows})
    random.Random(20261204).shuffle(ids)
    fold_of = {a: i % FOLDS for i, a in enumerate(ids)}
    part = np.array([fold_of[r["id"]] for r in rows])
    print(f"{len(rows)} candidates in {len(ids)} articles; {int(y.sum())} labelled parties;"
          f" given {int(given.sum())} ({int((given * y).sum())} right);"
          f" not given {int((1 - given).sum())} ({int(((1 - given) * y).sum())} right)")
    oof = np.zeros(len(y))
    for k in range(FOLDS):
        w, b = fit(x[part != k], y[part != k])
        oof[part == k] = 1 / (1 + np.exp(-(x[part == k] @ w + b)))
    for t in (0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3):
        added = (given == 0) & (oof >= t)
        dropped = (given == 1) & (oof < 1 - t)
        print(f"  out of fold, t={t}: adds {int(added.sum())} ({int((added & (y == 1)).sum())} right);"
              f" below {1 - t:.1f} among given {int(dropped.sum())}"
              f" ({int((dropped & (y == 0)).sum())} wrong)")
    order = [i for i in np.argsort(-oof) if given[i] == 0][:15]
    print("  best-scored candidates the rules do not give (out of fold):")
    for i in order:
        print(f"    {oof[i]:.2f} {'right' if y[i] else 'wrong'}  {rows[i]['name']}")
    best = threshold(oof, y, given)
    print("threshold (out of fold, precision >= %.2f on additions): %s" % (PRECISION, best))
    w, b = fit(x, y)
    for k, v in sorted(zip(names, w), key=lambda p: -abs(p[1])):
        print(f"  {k:20s} {v:+.3f}")
    if args.write:
        add = round(float(best[0]), 4) if best else 2
        with open(WEIGHTS, "w", encoding="utf-8") as out:
            out.write(
                "# PartyRanker's weights: feature TAB weight; @bias; @add the score from which a"
                " candidate body is\n# added to the parties (above 1: never, the ranker is off)."
                " Written by\n# eval/agreements/party_ranker.py --write (docs/agreements.md,"
                ' "A learned ranker").\n'
            )
            out.write(f"@bias\t{b:.4f}\n@add\t{add}\n")
            for k, v in zip(names, w):
                out.write(f"{k}\t{v:.4f}\n")
        print("wrote", WEIGHTS)


if __name__ == "__main__":
    sys.exit(main())
