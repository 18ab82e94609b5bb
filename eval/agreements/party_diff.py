#!/usr/bin/env python3
# The corpus check behind the party rules' commit messages (docs/agreements.md, "clause shapes"):
#   python3 eval/agreements/party_diff.py subset OUT.jsonl     picks the vietnews articles outside the
#       dev set whose title, lead or body carries a signing phrase (5,452 at commit 12d3f3e)
#   bin/index-builder parse OUT.jsonl > before.jsonl            (at the old commit; again for after)
#   python3 eval/agreements/party_diff.py diff before.jsonl after.jsonl
#       prints every article whose parties changed, to be read by hand
#   python3 eval/agreements/party_diff.py places before.jsonl after.jsonl
#       the same for the agreement's place, date and period
#   python3 eval/agreements/party_diff.py orgs before.jsonl after.jsonl
#       every article whose organisations (the facets' source) changed: the names lost and gained
import gzip, json, re, sys

PHRASE = re.compile(r"(k[ýí] kết|k[ýí] (thỏa|thoả) thuận|lễ k[ýí]|bản ghi nhớ|k[ýí] (biên bản|hợp đồng"
                    r"|hiệp định|chương trình|quy chế|kế hoạch|hợp tác|MoU|MOU))", re.I)


def subset(out):
    dev = {json.loads(l)["id"] for l in open("eval/agreements/articles.jsonl", encoding="utf-8") if l.strip()}
    n = 0
    with open(out, "w", encoding="utf-8") as w:
        for line in gzip.open("../shared/corpus/vietnews.jsonl.gz", "rt", encoding="utf-8"):
            a = json.loads(line)
            text = "\n".join(a.get(k) or "" for k in ("title", "lead", "body"))
            if a["id"] not in dev and PHRASE.search(text):
                w.write(line)
                n += 1
    print(n, "articles")


def load(path):
    return {json.loads(l)["id"]: json.loads(l) for l in open(path, encoding="utf-8")}


def changed(before, after, key):
    """Prints every article whose list under key differs, as key(before, after) shows it."""
    a, b = load(before), load(after)
    n = 0
    for i in a:
        shown = key(a[i], b[i])
        if shown:
            n += 1
            print(i, "|", a[i]["title"][:80], *shown)
    return a, b, n


def diff(before, after):
    parties = lambda x: x.get("parties") or []
    a, b, n = changed(before, after, lambda x, y: parties(x) != parties(y)
                      and ["\n   -", parties(x), "\n   +", parties(y)])
    count = lambda d: sum(1 for x in d.values() if x.get("parties"))
    print(n, "changed;", count(a), "->", count(b), "with parties")


def places(before, after):
    field = lambda d, k: (d.get("agreement") or {}).get(k)
    shown = lambda x, y: [s for k in ("place", "signedOn", "period") if field(x, k) != field(y, k)
                          for s in ("\n  ", k, field(x, k), "->", field(y, k))]
    a, b, n = changed(before, after, shown)
    count = lambda d: sum(1 for x in d.values() if field(x, "place"))
    print(n, "changed;", count(a), "->", count(b), "with a place")


def orgs(before, after):
    names = lambda x: x.get("organisations") or []
    shown = lambda x, y: names(x) != names(y) and [
        "\n   -", [o for o in names(x) if o not in names(y)],
        "\n   +", [o for o in names(y) if o not in names(x)]]
    a, b, n = changed(before, after, shown)
    count = lambda d: sum(len(names(x)) for x in d.values())
    print(n, "changed;", count(a), "->", count(b), "organisations")


if __name__ == "__main__":
    {"subset": subset, "diff": diff, "places": places, "orgs": orgs}[sys.argv[1]](*sys.argv[2:])
