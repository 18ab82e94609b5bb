#!/usr/bin/env python3
# Draws the articles behind eval/agreements/detect-40.md: vietnews articles outside the dev set
# (party_diff.py subset) that the extractor gives NO agreement although their title or lead speaks
# of a signing; each is then read by hand (does it report a signing as news, and why is it missed).
#   python3 eval/agreements/detect_sample.py SUBSET.jsonl PARSED.jsonl [N] [SEED]
#       prints the N drawn (default 40, seed 2051): id, title, lead and every sentence with the verb;
#       every mode leaves out the ids named in eval/agreements/*.md (read before)
#   python3 eval/agreements/detect_sample.py --body SUBSET.jsonl PARSED.jsonl [N] [SEED]
#       draws instead (behind detect-30b.md) articles without an agreement whose title and lead carry
#       no ký/kí at all but whose body tells a signing (BODY_SIGN: vừa ký, đã ký kết, lễ ký, ...)
#   python3 eval/agreements/detect_sample.py --agreed SUBSET.jsonl PARSED.jsonl [N] [SEED]
#       draws instead (behind detect-40b.md) articles that DO get an agreement, with or without
#       parties, leaving out every id named in eval/agreements/*.md (read before); prints the
#       extracted agreement and parties too, to judge whether the article reports a signing at all
#   python3 eval/agreements/detect_sample.py --sixty SUBSET.jsonl PARSED.jsonl [N] [SEED]
#       draws instead (behind detect-60.md) N articles that get an agreement and N that get none
#       although their title, lead, body or captions carry ký/kí (kết) + a document noun (DOC_SIGN),
#       leaving out every id named in eval/agreements/*.md; prints what --agreed prints for both
#   python3 eval/agreements/detect_sample.py --noplace SUBSET.jsonl PARSED.jsonl [N] [SEED]
#       draws instead (behind places-30.md) articles WITH an agreement but no place, and prints
#       the whole head and body, to read where the signing took place
import glob, json, os, random, re, sys

SIGN = re.compile(r"(k[ýí] kết|lễ k[ýí]|vừa k[ýí]|đã k[ýí]|k[ýí] (thỏa|thoả) thuận|bản ghi nhớ"
                  r"|k[ýí] (hợp đồng|hiệp định|biên bản|chương trình|quy chế|kế hoạch|hợp tác|MoU))", re.I)
BODY_SIGN = re.compile(r"(?<!\w)(vừa k[ýí]|đã k[ýí] kết|lễ k[ýí]|tổ chức k[ýí]|k[ýí] kết (thỏa|thoả) thuận"
                       r"|k[ýí] (thỏa|thoả) thuận|k[ýí] (kết )?biên bản ghi nhớ|k[ýí] kết hợp (đồng|tác)"
                       r"|k[ýí] hợp đồng|k[ýí] kết hiệp định|k[ýí] hiệp định)", re.I)
DOC_SIGN = re.compile(r"(?<!\w)k[ýí] (kết )?(các |một |bản |hai |những )?(thỏa thuận|thoả thuận|hợp đồng"
                      r"|hiệp định|hiệp ước|biên bản|bản ghi nhớ|ghi nhớ|chương trình|quy chế|kế hoạch"
                      r"|hợp tác|văn kiện|thỏa ước|thoả ước|MoU|MOU|công ước|tuyên bố chung)", re.I)
VERB = re.compile(r"(?<!\w)k[ýí](?!\w)", re.I)


def read_before():
    here = os.path.dirname(os.path.abspath(__file__))
    ids = set()
    for f in glob.glob(os.path.join(here, "*.md")):
        ids |= set(re.findall(r"vietnews-(?:train|val|test)-\d+", open(f, encoding="utf-8").read()))
    return ids


def agreed(articles, parsed, n, seed, unagreed=False):
    before = read_before()
    got = {}
    for line in open(parsed, encoding="utf-8"):
        p = json.loads(line)
        if p["id"] in before or (p.get("agreement") is not None) == unagreed:
            continue
        a = articles[p["id"]]
        text = "\n".join([a["title"] or "", a.get("lead") or "", a.get("body") or ""] + (a.get("captions") or []))
        if not unagreed or DOC_SIGN.search(text):
            got[p["id"]] = p
    print(len(got), "articles", "without an agreement but with ký + a document noun" if unagreed
          else "with an agreement", "none named in eval/agreements/*.md\n")
    for i in random.Random(seed).sample(sorted(got), min(n, len(got))):
        a, p = articles[i], got[i]
        print("=" * 100, "\n" + i, "|", a["title"], "| published", a.get("published"))
        print("LEAD:", a.get("lead"))
        print("AGREEMENT:", json.dumps(p["agreement"], ensure_ascii=False))
        print("PARTIES:", p.get("parties"), "| SIGNATORIES:", json.dumps(p.get("signatories"), ensure_ascii=False))
        body = a.get("body") or ""
        print("P1:", body.split("\n")[0][:500])
        for s in re.split(r"(?<=[.!?])\s+|\n", body + "\n" + "\n".join(a.get("captions") or [])):
            if VERB.search(s):
                print("  *", s[:500])


def main(subset, parsed, n=40, seed=2051, body_only=False, agreed_only=False, no_place=False,
         sixty=False):
    articles = {json.loads(l)["id"]: json.loads(l) for l in open(subset, encoding="utf-8")}
    if sixty:
        agreed(articles, parsed, n, seed)
        return agreed(articles, parsed, n, seed, unagreed=True)
    if agreed_only:
        return agreed(articles, parsed, n, seed)
    missed = []
    seen = read_before()  # ids already read in eval/agreements/*.md are not drawn again
    for line in open(parsed, encoding="utf-8"):
        p = json.loads(line)
        if p["id"] in seen:
            continue
        head = (p["title"] or "") + "\n" + (p.get("lead") or "")
        if no_place:
            if p.get("agreement") is not None and not p["agreement"].get("place"):
                missed.append(p["id"])
            continue
        if p.get("agreement") is not None:
            continue
        if body_only:
            if not VERB.search(head) and BODY_SIGN.search(p.get("body") or ""):
                missed.append(p["id"])
        elif SIGN.search(head):
            missed.append(p["id"])
    if no_place:
        print(len(missed), "articles with an agreement and no place\n")
    else:
        print(len(missed), "articles without an agreement whose",
              "body only" if body_only else "title or lead", "speaks of a signing\n")
    for i in random.Random(seed).sample(sorted(missed), min(n, len(missed))):
        a = articles[i]
        print("=" * 100, "\n" + i, "|", a["title"], "\nLEAD:", a.get("lead"))
        body = a.get("body") or ""
        if no_place:
            print(body[:6000])
            continue
        print("P1:", body.split("\n")[0][:400])
        for s in re.split(r"(?<=[.!?])\s+|\n", body):
            if (BODY_SIGN if body_only else VERB).search(s):
                print("  *", s[:400])


if __name__ == "__main__":
    args = sys.argv[1:]
    body_only = "--body" in args
    agreed_only = "--agreed" in args
    no_place = "--noplace" in args
    sixty = "--sixty" in args
    args = [a for a in args if a not in ("--body", "--agreed", "--noplace", "--sixty")]
    main(args[0], args[1], *(int(x) for x in args[2:]), body_only=body_only, agreed_only=agreed_only,
         no_place=no_place, sixty=sixty)
