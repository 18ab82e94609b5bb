#!/usr/bin/env python3
# Draws the articles behind eval/agreements/sides-30.md and sides-30b.md: vietnews articles outside
# the dev set (party_diff.py subset) that the extractor gives an agreement but NO party; each is
# then read by hand (who signed, which sentence names them, why the extractor names none).
#   python3 eval/agreements/sides_sample.py PARSED.jsonl [N] [SEED] [--skip FILE.md ...]
#       --skip leaves out every article id an earlier reading (a markdown file) names
#       (sides-30b.md: 30, seed 2067, --skip eval/agreements/sides-30.md);
#       prints the N drawn (default 30, seed 2066): id, title, lead, agreement, organisations,
#       signatories and every sentence with the verb
#   python3 eval/agreements/sides_sample.py --partial PARSED.jsonl [N] [SEED] [--skip FILE.md ...]
#       the draw behind eval/agreements/lists-30.md (default seed 2070): articles WITH parties whose
#       signing sentence (the one with the verb naming most of the parties) names a body that is
#       not among them, by a head word (Công ty, Tập đoàn, Ngân hàng, Bộ, UBND ...) and a capital,
#       or a state of states.tsv; prints the same, the signing sentence, the bodies it names beyond
#       the parties and the sentence after it (sides-30c.md: 30, seed 2083, --skip lists-30.md)
import json, random, re, sys, unicodedata

VERB = re.compile(r"(?<!\w)k[ýí](?!\w)", re.I)
ID = re.compile(r"vietnews-(?:train|val|test)-\d+")
SENTENCES = re.compile(r"(?<=[.!?])\s+|\n")
HEAD = re.compile(r"(?<!\w)(Tổng công ty|Công ty|Tập đoàn|Ngân hàng|Tổng cục|Bộ|Cục|UBND|Ủy ban|Uỷ ban"
                  r"|Sở|Hãng|Đại học|Trường|Viện|Hiệp hội|Hội|Liên đoàn|Quỹ|Tổ chức|Nhà đầu tư)\s+"
                  r"([A-ZĐÀ-Ỹ0-9][\w&.-]*(?:\s+(?!(?:và|với|cùng|ký|kí|đã|vừa|sẽ|về|tại|để|là|trong)\b)[\w&.-]+){0,7})")
# Words before a state that make it no body of the signing: a place, an owner, a leader's title.
NOT_BODY = re.compile(r"(?:tại|ở|của|từ|tới|sang|đến|trên|cho|nước|khắp|thị trường|Tổng thống|Thủ tướng"
                      r"|Chủ tịch|Bộ trưởng|lãnh đạo|Quốc vương|Đại sứ|Thủ đô|người|\()\s*$", re.I)
CAPITAL = re.compile(r"[A-ZĐÀ-Ỹ][\w-]*\s+$")
STATES = "index-builder/src/main/resources/vn/newssearch/extract/gazetteer/states.tsv"


def fold(text):
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).lower().split())


def states():
    names = []
    for line in open(STATES, encoding="utf-8"):
        if not line.startswith("#") and line.strip():
            name, *rest = line.rstrip("\n").split("\t")
            names.append((name, [name] + [a for a in (rest[0].split("|") if rest else []) if len(a) > 3]))
    return names


def mentioned(party, sentence):
    """Whether the folded sentence names the party: in full, or its name past the head word."""
    words = fold(party).split()
    return any(" ".join(words[k:]) in sentence for k in range(0, max(1, len(words) - 1)))


def extras(p, known):
    """The signing sentence and the bodies it names beyond the parties, or None."""
    parties = p["parties"]
    sentences = [p.get("title") or ""] + SENTENCES.split((p.get("lead") or "") + "\n" + (p.get("body") or ""))
    best, score, at = None, 0, -1
    for i, s in enumerate(sentences):
        if VERB.search(s):
            n = sum(mentioned(x, fold(s)) for x in parties)
            if n > score:
                best, score, at = s, n, i
    if best is None or 2 * score < len(parties):
        return None
    folded_parties = [fold(x) for x in parties]
    found = []
    for m in HEAD.finditer(best):
        if CAPITAL.search(best[:m.start()]):
            continue  # "Phạm Trường Long": a person's name, or a unit of the body before
        name = (m.group(1) + " " + m.group(2)).strip().rstrip(".,")
        syllables = fold(m.group(2)).split()
        pairs = [" ".join(syllables[k:k + 2]) for k in range(max(1, len(syllables) - 1))]
        if not any(w in x for w in pairs for x in folded_parties):
            found.append(name)
    for state, spellings in known:
        if state in parties or any(fold(state) in x for x in folded_parties):
            continue
        for w in spellings:
            for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", best):
                if not NOT_BODY.search(best[:m.start()]) and not best[m.end():].startswith(")") \
                        and state not in found:
                    found.append(state)
    return (best, found, sentences[at + 1] if at + 1 < len(sentences) else "") if found else None


def show(p):
    print("=" * 100, "\n" + p["id"], "|", p["title"], "\nLEAD:", p.get("lead"))
    print("AGREEMENT:", p["agreement"], "\nPARTIES:", p.get("parties"), "\nORGS:", p.get("organisations"),
          "\nSIGNATORIES:", p.get("signatories"))
    body = p.get("body") or ""
    print("P1:", body.split("\n")[0][:400])
    for s in SENTENCES.split(body):
        if VERB.search(s):
            print("  *", s[:500])


def partial(parsed, n=30, seed=2070, skip=()):
    read = {i for f in skip for i in ID.findall(open(f, encoding="utf-8").read())}
    rows = [json.loads(l) for l in open(parsed, encoding="utf-8")]
    known = states()
    found = {p["id"]: e for p in rows if p.get("parties") and p["id"] not in read
             for e in [extras(p, known)] if e}
    byid = {p["id"]: p for p in rows}
    print(len(found), "of", sum(1 for p in rows if p.get("parties")),
          "articles with parties whose signing sentence names more bodies\n")
    for i in random.Random(seed).sample(sorted(found), min(n, len(found))):
        show(byid[i])
        best, more, after = found[i]
        print("SIGNING:", best[:700], "\nBEYOND:", more, "\nNEXT:", after[:400])


def main(parsed, n=30, seed=2066, skip=()):
    read = {i for f in skip for i in ID.findall(open(f, encoding="utf-8").read())}
    rows = [json.loads(l) for l in open(parsed, encoding="utf-8")]
    bare = sorted(p["id"] for p in rows if p.get("agreement") and not p.get("parties"))
    byid = {p["id"]: p for p in rows}
    print(len(bare), "articles with an agreement and no party,", len(set(bare) - read), "not read before\n")
    bare = [i for i in bare if i not in read]
    for i in random.Random(seed).sample(bare, min(n, len(bare))):
        show(byid[i])


if __name__ == "__main__":
    args = sys.argv[1:]
    skip = args[args.index("--skip") + 1:] if "--skip" in args else []
    args = args[:args.index("--skip")] if "--skip" in args else args
    if args[0] == "--partial":
        partial(args[1], *(int(x) for x in args[2:]), skip=skip)
    else:
        main(args[0], *(int(x) for x in args[1:]), skip=skip)
