#!/usr/bin/env python3
"""Rebuilds data/sample/ from ../shared: the two seed pages plus a deterministic pick of labour and
social articles. Run from the repository root: python3 data/sample/make_sample.py"""
import gzip, hashlib, json, os, re, shutil

SHARED = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared")
OUT = os.path.dirname(os.path.abspath(__file__))
LABOUR = re.compile(r"lao động|công đoàn|bảo hiểm xã hội|bảo hiểm thất nghiệp|việc làm|tiền lương|"
                    r"lương tối thiểu|trẻ em|phụ nữ|ký kết|phối hợp", re.I)
AGREEMENT = re.compile(r"ký kết|ký phối hợp|chương trình phối hợp|quy chế phối hợp|thỏa thuận hợp tác|biên bản ghi nhớ", re.I)

def key(d):
    return hashlib.sha256(d["id"].encode()).hexdigest()

def read(name):
    with gzip.open(os.path.join(SHARED, "corpus", name), "rt", encoding="utf-8") as f:
        return [json.loads(l) for l in f]

def text(d):
    return " ".join([d.get("title") or "", d.get("lead") or "", d.get("body") or ""])

dantri = read("dantri-unc.jsonl.gz")
society = [d for d in dantri if d.get("category") == "society"]
labourish = [d for d in dantri if d.get("category") != "society" and len(LABOUR.findall(text(d))) >= 3]
dantri_pick = sorted(society, key=key)[:150] + sorted(labourish, key=key)[:50]

vietnews = read("vietnews-labour.jsonl.gz")
agreements = sorted([d for d in vietnews if AGREEMENT.search(text(d))], key=key)[:80]
chosen = {d["id"] for d in agreements}
rest = sorted([d for d in vietnews if d["id"] not in chosen], key=key)[:170]
vietnews_pick = agreements + rest

def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for d in sorted(rows, key=lambda d: d["id"]):
            f.write(json.dumps(d, ensure_ascii=False) + "\n")

write(os.path.join(OUT, "dantri-sample.jsonl"), dantri_pick)
write(os.path.join(OUT, "vietnews-labour-sample.jsonl"), vietnews_pick)
os.makedirs(os.path.join(OUT, "pages"), exist_ok=True)
for name in sorted(os.listdir(os.path.join(SHARED, "seeds"))):
    shutil.copy(os.path.join(SHARED, "seeds", name), os.path.join(OUT, "pages", name))
print(len(dantri_pick), "dantri,", len(vietnews_pick), "vietnews-labour")
