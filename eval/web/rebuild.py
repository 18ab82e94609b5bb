#!/usr/bin/env python3
"""Rebuilds a web half's articles.jsonl from the search tool's excerpts, checked against the recipes.

The excerpt text is third-party and is not committed. For each recipe, run its `query` with the
development environment's search tool (corpus `pages`), take the result whose `url` is the
recipe's, and save that result's `excerpt` as a JSON string literal, exactly as the tool's answer
writes it (escapes kept), in DIR/raw/ID.json. Then:

    python3 eval/web/rebuild.py build RECIPES ID DIR    # DIR/built/ID.json, and the hash checks
    python3 eval/web/rebuild.py collect RECIPES HALF DIR  # DIR/articles.jsonl, in recipe order

`build` says whether the excerpt is the one the collector copied (`excerptSha1`) and whether the
title, lead and body it builds match the recorded hashes. It tries the shapes of COLLECTING.md
(headline, leading menu or date lines dropped, the first paragraph after the headline as the lead,
the rest as the body; or no headline, the whole excerpt as the body), then picks each field on its
own among the excerpt's lines when no shape matches all three; a field that still differs is the
nearest shape's (the collectors copied by hand and sometimes dropped a line).
"""
import hashlib
import json
import os
import re
import sys

DATE = re.compile(r"^\s*date \d{4}(?:-\d{2}){0,2}\s*")


def sha(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def recipes(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def texts(excerpt):
    """The excerpt, and without the store's leading "date YYYY-MM-DD" marker when it has one."""
    out = [excerpt]
    m = DATE.match(excerpt)
    if m:
        out.append(excerpt[m.end():])
    return out


def shapes(excerpt):
    """(title, lead, body) in the shapes COLLECTING.md describes."""
    for t in texts(excerpt):
        for body in (t, t.strip(), t.rstrip(), t.lstrip()):
            yield "", "", body
        for strip in (True, False):
            lines = t.split("\n")
            for k in range(min(8, len(lines))):
                rest = lines[k:]
                if not rest[0].strip():
                    continue
                title = rest[0].strip() if strip else rest[0]
                paras = [p for p in ((l.strip() if strip else l) for l in rest[1:]) if p.strip()]
                if not paras:
                    continue
                yield title, paras[0], "\n".join(paras[1:])
                yield title, "", "\n".join(paras)
                parts = "\n".join(rest[1:]).split("\n", 1)
                yield title, parts[0].strip(), parts[1].strip() if len(parts) > 1 else ""


def each_field(excerpt, r):
    """Each field found on its own among the excerpt's lines, by its recorded hash."""
    found = {}
    for t in texts(excerpt):
        for strip in (True, False):
            lines = [l.strip() if strip else l for l in t.split("\n")]
            paras = [(i, l) for i, l in enumerate(lines) if l.strip()]
            for _, line in [(-1, "")] + paras[:40]:
                for field in ("title", "lead"):
                    if field not in found and sha(line) == r[field + "Sha1"]:
                        found[field] = line
            bodies = [t, t.strip(), t.rstrip(), t.lstrip()]
            for j in range(len(paras)):
                joined = "\n".join(lines[paras[j][0]:])
                bodies += ["\n".join(p for _, p in paras[j:]), joined, joined.strip()]
            for body in bodies:
                if "body" not in found and sha(body) == r["bodySha1"]:
                    found["body"] = body
    return found


def score(fields, r):
    return sum(
        (2 if f == "body" else 1) for f, v in zip(("title", "lead", "body"), fields)
        if sha(v) == r[f + "Sha1"])


def build(path, rid, folder):
    r = next((x for x in recipes(path) if x["id"] == rid), None)
    if r is None:
        sys.exit(f"{path}: no recipe {rid}")
    raw = os.path.join(folder, "raw", rid + ".json")
    try:
        with open(raw, encoding="utf-8") as f:
            excerpt = json.loads(f.read())
    except (OSError, ValueError) as e:
        sys.exit(f"{raw}: {e}")
    best = max(shapes(excerpt), key=lambda fields: score(fields, r))
    if score(best, r) < 4:
        found = each_field(excerpt, r)
        best = tuple(found.get(f, v) for f, v in zip(("title", "lead", "body"), best))
    title, lead, body = best
    os.makedirs(os.path.join(folder, "built"), exist_ok=True)
    with open(os.path.join(folder, "built", rid + ".json"), "w", encoding="utf-8") as f:
        article = {"id": rid, "url": r["url"], "title": title, "lead": lead, "body": body}
        f.write(json.dumps(article, ensure_ascii=False))
    ok = {f: sha(v) == r[f + "Sha1"] for f, v in zip(("title", "lead", "body"), best)}
    print(f"{rid}: excerpt {'OK' if sha(excerpt) == r['excerptSha1'] else 'DIFFERS'}; "
          + ", ".join(f"{f} {'OK' if v else 'no'}" for f, v in ok.items()))


def collect(path, half, folder):
    out, missing = [], []
    for r in recipes(path):
        if r["half"] != half:
            continue
        p = os.path.join(folder, "built", r["id"] + ".json")
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                out.append(f.read().strip())
        else:
            missing.append(r["id"])
    with open(os.path.join(folder, "articles.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"{len(out)} articles written to {folder}/articles.jsonl; missing: {missing or 'none'}")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "build":
        build(sys.argv[2], sys.argv[3], sys.argv[4])
    elif len(sys.argv) == 5 and sys.argv[1] == "collect":
        collect(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit(__doc__)
