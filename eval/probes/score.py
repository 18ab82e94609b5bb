#!/usr/bin/env python3
"""Scores a parse of the written probes against the answers written before any run.

    bin/index-builder parse eval/probes/labour.jsonl > /tmp/labour-out.jsonl
    python3 eval/probes/score.py eval/probes/labour-expected.jsonl /tmp/labour-out.jsonl

Prints every article that differs (agreement, kind, parties as a set, and place or signatories
where the answer gives them), then the count of articles fully right and per-field counts. The
comparison is strict: a party must be the name the gazetteer gives (see README.md).
"""
import json
import re
import sys
import unicodedata

# the tone mark on the first vowel of an open "oa", "oe", "uy" (new style) and on the second (old
# style) spell the same syllable: "Hoà" is "Hòa", "Thuỷ" is "Thủy"
TONED = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ"}
BASE = {"o": "òóỏõọ", "u": "ùúủũụ"}
OLD = re.compile(r"(?<=[oOuU])([àáảãạèéẻẽẹỳýỷỹỵ])(?![\w])")


def folded(name):
    """A party's name compared without case and old-or-new tone placement."""
    name = unicodedata.normalize("NFC", name).lower()

    def move(m):
        ch = m.group(1)
        for plain, marks in TONED.items():
            if ch in marks:
                return "\0" + str(marks.index(ch)) + plain
        return ch

    name = OLD.sub(move, name)
    out = []
    for i, part in enumerate(re.split(r"(\0\d)", name)):
        if part.startswith("\0") and out:
            tone = int(part[1])
            prev = out[-1]
            out[-1] = prev[:-1] + BASE[prev[-1]][tone] if prev and prev[-1] in BASE else prev
        elif not part.startswith("\0"):
            out.append(part)
    return "".join(out)


def key(name):
    """A party's name as the dev set compares it (VietnameseAnalysis.foldKey): lower-case base
    letters and digits, "đ" as "d", every other character one space."""
    name = unicodedata.normalize("NFD", name).lower().replace("đ", "d")
    name = "".join(c for c in name if unicodedata.category(c) != "Mn")
    return " ".join(re.sub(r"[^0-9a-z]+", " ", name).split())


def load(path):
    return {json.loads(l)["id"]: json.loads(l) for l in open(path, encoding="utf-8") if l.strip()}


def main(expected_path, out_path, quiet=False):
    expected, out = load(expected_path), load(out_path)
    missing = sorted(set(expected) - set(out))
    if missing:
        sys.exit(f"{out_path}: no output for {len(missing)} probes, first {missing[0]}")
    right = 0
    tally = {"agreement": 0, "kind": 0, "parties": 0, "party names": [0, 0, 0], "folded": 0,
             "keys": [0, 0, 0]}
    for pid, e in expected.items():
        o = out[pid]
        ag = o.get("agreement")
        problems = []
        if (ag is not None) != e["agreement"]:
            problems.append(f"agreement: got {ag is not None}, want {e['agreement']}")
        else:
            tally["agreement"] += 1
        if e["agreement"] and ag is not None:
            if ag.get("kind") == e["kind"]:
                tally["kind"] += 1
            else:
                problems.append(f"kind: got {ag.get('kind')!r}, want {e['kind']!r}")
            if e.get("place") and ag.get("place") != e["place"]:
                problems.append(f"place: got {ag.get('place')!r}, want {e['place']!r}")
        got, want = set(o.get("parties") or []), set(e["parties"] if e["agreement"] else [])
        names = tally["party names"]
        names[0] += len(got & want)
        names[1] += len(got)
        names[2] += len(want)
        keys, got_keys, want_keys = tally["keys"], {key(x) for x in got}, {key(x) for x in want}
        keys[0] += len(got_keys & want_keys)
        keys[1] += len(got_keys)
        keys[2] += len(want_keys)
        if {folded(x) for x in got} == {folded(x) for x in want}:
            tally["folded"] += 1
        if got == want:
            tally["parties"] += 1
        else:
            problems.append(f"parties: got {sorted(got)}, want {sorted(want)}")
        signers = {s["name"] for s in o.get("signatories") or []}
        if e.get("signatories") and signers != set(e["signatories"]):
            problems.append(f"signatories: got {sorted(signers)}, want {sorted(e['signatories'])}")
        if problems:
            if not quiet:
                print(pid, "—", e.get("shape", ""))
                for p in problems:
                    print("   ", p)
        else:
            right += 1
    n = len(expected)
    c, g, w = tally["party names"]
    print(f"fully right {right}/{n}; agreement {tally['agreement']}/{n}; kind {tally['kind']};"
          f" parties as a set {tally['parties']}/{n} (without case and tone placement"
          f" {tally['folded']}/{n}); party names {c}/{g}/{w} (right/given/written; as the dev set"
          f" folds them {'/'.join(map(str, tally['keys']))})")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-q"]
    if len(args) != 2:
        sys.exit("usage: score.py [-q] EXPECTED.jsonl OUT.jsonl")
    main(args[0], args[1], quiet="-q" in sys.argv)
