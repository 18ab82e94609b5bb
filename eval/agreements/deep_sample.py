#!/usr/bin/env python3
# Draws the articles behind eval/agreements/deep-60.md: vietnews articles outside the dev set whose
# title and lead carry NO signing phrase but whose body does (DEEP_SIGN; not `đăng ký kết hôn`),
# split by whether the extractor gives an agreement; each drawn one is read by hand (does the
# article report that signing as news of its story, or as background; is a detected one real).
#   python3 eval/agreements/deep_sample.py SUBSET.jsonl PARSED.jsonl [N_UNDETECTED] [N_DETECTED] [SEED]
#       prints the counts, then N_UNDETECTED (default 40) articles without an agreement and
#       N_DETECTED (default 20) with one, drawn with SEED (default 3101); the undetected draw leaves
#       out every id named in eval/agreements/*.md (read before; no detected one is left unread,
#       so the detected draw takes from all): id, title, lead, the extracted agreement and
#       each body sentence with the phrase together with the sentence before and after it
import glob, json, os, random, re, sys

DEEP_SIGN = re.compile(r"(?<!\w)(?<!đăng )(k[ýí] kết(?! hôn)|lễ k[ýí]|k[ýí] (thỏa|thoả) thuận|biên bản ghi nhớ"
                       r"|(đã|vừa|mới) k[ýí] (các |một |bản |hai |những )?(thỏa thuận|thoả thuận|hợp đồng"
                       r"|hiệp định|hiệp ước|biên bản|bản ghi nhớ|ghi nhớ|chương trình|quy chế|kế hoạch"
                       r"|văn kiện|thỏa ước|thoả ước|MoU|MOU|tuyên bố chung))", re.I)
SENTENCE = re.compile(r"(?<=[.!?…])\s+|\n")


def read_before():
    here = os.path.dirname(os.path.abspath(__file__))
    ids = set()
    for f in glob.glob(os.path.join(here, "*.md")):
        if not f.endswith("deep-60.md"):
            ids |= set(re.findall(r"vietnews-(?:train|val|test)-\d+", open(f, encoding="utf-8").read()))
    return ids


def show(a, p):
    print("=" * 100, "\n" + a["id"], "|", a["title"])
    print("LEAD:", a.get("lead"))
    print("AGREEMENT:", json.dumps(p.get("agreement"), ensure_ascii=False), "| PARTIES:", p.get("parties"))
    sentences = [s for s in SENTENCE.split(a.get("body") or "") if s.strip()]
    print("P1:", sentences[0][:300] if sentences else "")
    for k, s in enumerate(sentences):
        if DEEP_SIGN.search(s):
            print("  [%d/%d]" % (k + 1, len(sentences)))
            if k > 0:
                print("    before:", sentences[k - 1][:300])
            print("    * " + s[:600])
            if k + 1 < len(sentences):
                print("    after:", sentences[k + 1][:300])


def main(subset, parsed, n_undetected=40, n_detected=20, seed=3101):
    articles = {}
    for line in open(subset, encoding="utf-8"):
        a = json.loads(line)
        articles[a["id"]] = a
    before = read_before()
    pools = {True: [], False: []}
    unread = {True: 0, False: 0}
    for line in open(parsed, encoding="utf-8"):
        p = json.loads(line)
        a = articles[p["id"]]
        if DEEP_SIGN.search((a["title"] or "") + "\n" + (a.get("lead") or "")):
            continue
        if not DEEP_SIGN.search(a.get("body") or ""):
            continue
        detected = p.get("agreement") is not None
        pools[detected].append(p)
        if p["id"] not in before:
            unread[detected] += 1
    print("title and lead without a signing phrase, body with one:",
          len(pools[False]) + len(pools[True]), "articles;", len(pools[True]), "detected,",
          len(pools[False]), "undetected; unread", unread[True], "detected,", unread[False], "undetected")
    rng = random.Random(seed)
    for detected, n in ((False, n_undetected), (True, n_detected)):
        # every detected one is named in an earlier file, so the detected draw takes them all
        pool = sorted((p for p in pools[detected] if detected or p["id"] not in before), key=lambda p: p["id"])
        print("\n#####", "DETECTED" if detected else "UNDETECTED", min(n, len(pool)), "of", len(pool))
        for p in rng.sample(pool, min(n, len(pool))):
            show(articles[p["id"]], p)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], *(int(x) for x in sys.argv[3:]))
