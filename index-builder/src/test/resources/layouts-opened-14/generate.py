"""Builds the fourteenth opened page-layout set (formerly the FOURTEENTH unseen check): 18 real corpus articles laid out as six
publishers or captures that are NOT a newspaper's desktop article page, each page as HTML and as
the visible text a scraper saves from it, with labels: the Vietnam General Confederation of
Labour's portal as the Wayback Machine serves it (the toolbar insert, every address rewritten to
web.archive.org, the 'FILE ARCHIVED ON' comment), a provincial labour department on DotNetNuke
(Sở Lao động - Thương binh và Xã hội tỉnh Bình Dương: ASP.NET ids, 'Ngày đăng:', 'Số lượt xem:',
'Tin, ảnh:'), a ministry's news page (Bộ Y tế: the author and office under the title, 'Ngày
đăng', no sapo element), a political and economic magazine (Tạp chí Cộng sản: a degree before the
author's name, the author's institution on a line of its own, footnote-style 'Nguồn:' after the
body, 'Ngày 01-10-2020'), a newspaper article saved through Firefox's Reader View (Thanh Niên:
readability markup, the domain, the reading time, no menu, no footer, no metadata) and a
newspaper's mobile page (Tuổi Trẻ's m. page: the 'TTO - ' tag, the byline in CSS uppercase,
'GMT+7'). Metadata: none but the archived page's OpenGraph; a DNN <title> and a description
only; OpenGraph without a date; Dublin Core (DC.date, DC.creator) and no OpenGraph; nothing but a
<title>; OpenGraph + a JSON-LD NewsArticle whose author is an Organization.

  python3 index-builder/src/test/resources/layouts-opened-14/generate.py   # from the repository root

Reads ../shared/corpus (beside the repository; VNNEWS_CORPUS names another folder). Writes,
beside this script:
  <site>/<n>.html   the page as the site serves it (or as the capture saved it)
  <site>/<n>.txt    its visible text, saved with that site's scraper convention (see the README)
  labels.jsonl      one line per page, the schema of ../layouts-opened-13/labels.jsonl,
                    "half": "opened"

Written from what the real sites look like, without reading the extractor's rules and never tuned
on. Labels come from the corpus article's fields and from what the template prints. The articles
are named below (ARTICLES), not searched for. The article, paragraph, date and page plumbing is
the thirteenth set's (../layouts-opened-13/generate.py), unchanged but for the teaser order's salt
and 'hợp đồng' / '<n> phụ lục' added to the signing pattern (companies that 'ký 10 phụ lục' of a
contract, 'đã ký hợp đồng chuyển nhượng').
Deterministic (hashes, no clock, no randomness). Standard library only.
"""
import datetime
import gzip
import hashlib
import html
import json
import os
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[4]
CORPUS = Path(os.environ.get("VNNEWS_CORPUS", ROOT.parent / "shared" / "corpus"))

# The 18 articles, by site, in page order. None is used by any earlier layout set (the "id" of
# every labels.jsonl under ../layout*/). dantri: nine of the October-November 2020 crawl
# (UNSIGNED: no byline; the site prints a reporter's name from a hash), a corpus title that is the
# slug of its dantri URL, a lead of 20 words or more that does not open with dantri's 'Dân trí'
# tag, five or more body paragraphs. vietnews-labour: a clean title (no quotes), a lead of 18
# words or more, 16 or more usable sentences. The three marked (A) are agreement signings, and
# the signing is printed on the page.
ARTICLES = {
    "congdoanwayback": ["vietnews-train-018175",  # (A) 'CPTPP và EVFTA mà Việt Nam vừa ký kết'
                        "vietnews-train-067795", "vietnews-test-003910"],
    "sldtbxhbinhduong": ["vietnews-train-070657", "vietnews-train-102738", "vietnews-train-016549"],
    "moh": ["dantri-news_health_011", "dantri-news_health_005", "dantri-news_health_016"],
    "tapchicongsan": ["vietnews-train-104295",  # (A) 'TISCO và MCC ký 10 phụ lục' of the EPC contract
                      "dantri-news_business_010",
                      "vietnews-train-062000"],  # (A) 'VietinBank Capital đã ký hợp đồng chuyển nhượng'
    "thanhnienreader": ["dantri-news_science_012", "dantri-news_tech_002", "dantri-news_world_003"],
    "tuoitremobile": ["dantri-news_education_003", "vietnews-val-022486", "dantri-news_society_018"],
}
# dantri-news_education_003: its seventh line repeats the lead (a caption of the sapo);
# dantri-news_health_011: its seventh is a dashed list item
STORY_PARAS = {"dantri-news_education_003": 6, "dantri-news_health_011": 6}
LABOUR_PARAS = {}
AGREEMENTS = {"vietnews-train-018175", "vietnews-train-104295", "vietnews-train-062000"}
UNSIGNED = {"dantri-news_health_011", "dantri-news_health_005", "dantri-news_health_016",
            "dantri-news_business_010", "dantri-news_science_012", "dantri-news_tech_002",
            "dantri-news_world_003", "dantri-news_education_003", "dantri-news_society_018"}
# labour pages whose text fixes the date the hash missed, read by hand (year, month or None)
# the union federation's 90th anniversary, 'Đúng 90 năm trước, ngày 28/7/1929' (2019); the wage
# council's second meeting of 'chiều 11-7' on the 2020 minimum wage (2019; printed that day: 'phiên
# họp chiều nay'), and its decision 'Chiều nay 11/7' (2019); 10.000 workers laid off before 'Tết
# 2019' (January 2019); the equitisation plan for 2018 'tính đến hết tháng 5' (June 2018); the
# TISCO inspection endorsed by Phó thủ tướng Trương Hoà Bình 'Ngày 20/2' (Deputy PM from April
# 2016; the conclusion went out in February 2019)
PRINTED_IN = {"vietnews-train-067795": (2019, 7), "vietnews-train-070657": (2019, 7),
              "vietnews-train-016549": (2019, 1), "vietnews-train-062000": (2018, 6),
              "vietnews-train-104295": (2019, 2)}
# printed before a day it names ahead: the wage council meeting 'chiều nay' (11 July 2019); the
# unemployment-insurance cut of Nghị định 44 (April 2017) 'từ 1/6/2017', to go to the Assembly's
# third session 'vào tháng 5 tới'; Thông tư 59/2015 'vừa ban hành', contributions 'từ ngày 15/2/2016'
PRINTED_ON = {"vietnews-test-003910": datetime.date(2019, 7, 11),
              "vietnews-val-022486": datetime.date(2017, 4, 20),
              "vietnews-train-102738": datetime.date(2016, 1, 6)}
# the hour the hash gave falls before what the page reports as done that afternoon ('Chiều nay
# 11/7, Hội đồng Tiền lương Quốc gia đã có phiên họp'; 'Chiều nay 1/10, Đặc phái viên ...')
PRINTED_AT = {"vietnews-train-070657": (18, 27), "dantri-news_world_003": (17, 51)}
# Every id the other layout sets name (the "id" of every labels.jsonl under ../layout*/, this set
# excluded: 291 ids): teasers never come from these, and an article named above must not be one.
USED_ELSEWHERE = {
    "dantri-news_business_001", "dantri-news_business_003", "dantri-news_business_005",
    "dantri-news_business_006", "dantri-news_business_011", "dantri-news_business_013",
    "dantri-news_business_018", "dantri-news_business_019", "dantri-news_business_049",
    "dantri-news_business_051", "dantri-news_business_054", "dantri-news_business_060",
    "dantri-news_business_064", "dantri-news_business_072", "dantri-news_business_093",
    "dantri-news_business_095", "dantri-news_business_121", "dantri-news_business_123",
    "dantri-news_business_170", "dantri-news_business_197", "dantri-news_business_202",
    "dantri-news_business_227", "dantri-news_business_231", "dantri-news_business_237",
    "dantri-news_business_239", "dantri-news_education_010", "dantri-news_education_011",
    "dantri-news_education_020", "dantri-news_education_028", "dantri-news_education_035",
    "dantri-news_education_045", "dantri-news_education_059", "dantri-news_education_088",
    "dantri-news_education_095", "dantri-news_education_097", "dantri-news_education_098",
    "dantri-news_education_113", "dantri-news_education_127", "dantri-news_education_136",
    "dantri-news_education_144", "dantri-news_education_146", "dantri-news_education_147",
    "dantri-news_education_160", "dantri-news_education_179", "dantri-news_education_195",
    "dantri-news_education_209", "dantri-news_education_210", "dantri-news_education_212",
    "dantri-news_education_217", "dantri-news_education_222", "dantri-news_education_225",
    "dantri-news_education_227", "dantri-news_education_263", "dantri-news_education_267",
    "dantri-news_entertainment_033", "dantri-news_entertainment_073",
    "dantri-news_entertainment_180", "dantri-news_entertainment_205", "dantri-news_health_002",
    "dantri-news_health_056", "dantri-news_health_065", "dantri-news_health_072",
    "dantri-news_health_081", "dantri-news_health_082", "dantri-news_health_114",
    "dantri-news_health_135", "dantri-news_health_137", "dantri-news_health_149",
    "dantri-news_health_157", "dantri-news_health_163", "dantri-news_health_167",
    "dantri-news_health_169", "dantri-news_health_170", "dantri-news_health_250",
    "dantri-news_health_264", "dantri-news_health_265", "dantri-news_science_002",
    "dantri-news_science_006", "dantri-news_science_008", "dantri-news_science_011",
    "dantri-news_science_013", "dantri-news_science_014", "dantri-news_science_025",
    "dantri-news_science_046", "dantri-news_science_086", "dantri-news_science_110",
    "dantri-news_science_116", "dantri-news_society_017", "dantri-news_society_029",
    "dantri-news_society_032", "dantri-news_society_059", "dantri-news_society_060",
    "dantri-news_society_097", "dantri-news_society_100", "dantri-news_society_106",
    "dantri-news_society_109", "dantri-news_society_110", "dantri-news_society_113",
    "dantri-news_society_139", "dantri-news_society_157", "dantri-news_society_160",
    "dantri-news_society_177", "dantri-news_society_185", "dantri-news_society_186",
    "dantri-news_society_200", "dantri-news_society_212", "dantri-news_society_220",
    "dantri-news_society_249", "dantri-news_society_261", "dantri-news_society_268",
    "dantri-news_sport_199", "dantri-news_tech_015", "dantri-news_tech_018",
    "dantri-news_tech_110", "dantri-news_tech_115", "dantri-news_tech_163", "dantri-news_tech_236",
    "dantri-news_travel_002", "dantri-news_travel_011", "dantri-news_travel_018",
    "dantri-news_travel_027", "dantri-news_travel_028", "dantri-news_travel_039",
    "dantri-news_travel_057", "dantri-news_travel_070", "dantri-news_travel_103",
    "dantri-news_travel_125", "dantri-news_travel_136", "dantri-news_travel_153",
    "dantri-news_travel_170", "dantri-news_travel_191", "dantri-news_travel_198",
    "dantri-news_travel_222", "dantri-news_travel_244", "dantri-news_world_004",
    "dantri-news_world_008", "vietnews-test-000670", "vietnews-test-002199",
    "vietnews-test-002277", "vietnews-test-002330", "vietnews-test-002377", "vietnews-test-002465",
    "vietnews-test-002581", "vietnews-test-002811", "vietnews-test-004622", "vietnews-test-005681",
    "vietnews-test-007353", "vietnews-test-012133", "vietnews-test-014182", "vietnews-test-016067",
    "vietnews-test-016199", "vietnews-test-017223", "vietnews-test-017614", "vietnews-test-017847",
    "vietnews-test-018632", "vietnews-test-019228", "vietnews-test-019720", "vietnews-test-019749",
    "vietnews-test-020418", "vietnews-test-020433", "vietnews-test-020546", "vietnews-test-020693",
    "vietnews-test-021691", "vietnews-test-021858", "vietnews-test-022542",
    "vietnews-train-002429", "vietnews-train-010224", "vietnews-train-010255",
    "vietnews-train-010611", "vietnews-train-010709", "vietnews-train-010778",
    "vietnews-train-011150", "vietnews-train-011227", "vietnews-train-012544",
    "vietnews-train-012997", "vietnews-train-014331", "vietnews-train-014633",
    "vietnews-train-015555", "vietnews-train-015780", "vietnews-train-016019",
    "vietnews-train-016803", "vietnews-train-017926", "vietnews-train-018225",
    "vietnews-train-020360", "vietnews-train-020986", "vietnews-train-021754",
    "vietnews-train-022332", "vietnews-train-022440", "vietnews-train-025487",
    "vietnews-train-025589", "vietnews-train-026784", "vietnews-train-031566",
    "vietnews-train-040295", "vietnews-train-048196", "vietnews-train-055323",
    "vietnews-train-060882", "vietnews-train-062978", "vietnews-train-063447",
    "vietnews-train-064195", "vietnews-train-064537", "vietnews-train-064964",
    "vietnews-train-065135", "vietnews-train-066541", "vietnews-train-066577",
    "vietnews-train-067704", "vietnews-train-068170", "vietnews-train-068192",
    "vietnews-train-068481", "vietnews-train-070223", "vietnews-train-071236",
    "vietnews-train-072465", "vietnews-train-073315", "vietnews-train-074235",
    "vietnews-train-074243", "vietnews-train-074594", "vietnews-train-074792",
    "vietnews-train-074814", "vietnews-train-075766", "vietnews-train-076752",
    "vietnews-train-077673", "vietnews-train-080184", "vietnews-train-081391",
    "vietnews-train-083091", "vietnews-train-084708", "vietnews-train-085602",
    "vietnews-train-086594", "vietnews-train-086602", "vietnews-train-087837",
    "vietnews-train-089713", "vietnews-train-090104", "vietnews-train-090815",
    "vietnews-train-091138", "vietnews-train-091987", "vietnews-train-092481",
    "vietnews-train-092702", "vietnews-train-092783", "vietnews-train-093406",
    "vietnews-train-093738", "vietnews-train-094380", "vietnews-train-094412",
    "vietnews-train-095005", "vietnews-train-095220", "vietnews-train-095473",
    "vietnews-train-095767", "vietnews-train-096684", "vietnews-train-096742",
    "vietnews-train-097326", "vietnews-train-097443", "vietnews-train-097559",
    "vietnews-train-098725", "vietnews-train-098955", "vietnews-train-099206",
    "vietnews-train-099261", "vietnews-train-099546", "vietnews-train-099673",
    "vietnews-train-099700", "vietnews-train-100564", "vietnews-train-100914",
    "vietnews-train-101390", "vietnews-train-101989", "vietnews-train-103152",
    "vietnews-train-103930", "vietnews-train-104010", "vietnews-train-104438",
    "vietnews-train-104483", "vietnews-train-104851", "vietnews-train-105373",
    "vietnews-val-002862", "vietnews-val-002978", "vietnews-val-004258", "vietnews-val-008777",
    "vietnews-val-013117", "vietnews-val-013261", "vietnews-val-013882", "vietnews-val-013936",
    "vietnews-val-014159", "vietnews-val-014663", "vietnews-val-015999", "vietnews-val-016283",
    "vietnews-val-016357", "vietnews-val-017493", "vietnews-val-017694", "vietnews-val-018679",
    "vietnews-val-019350", "vietnews-val-019863", "vietnews-val-020716", "vietnews-val-021994",
    "vietnews-val-022037", "vietnews-val-022111", "vietnews-val-022403", "vietnews-val-022626",
}

REPORTERS = ["Ngọc Anh", "Quang Huy", "Thanh Hà", "Mai Phương", "Duy Khánh", "Thùy Linh",
             "Hữu Tài", "Kim Ngân", "Đình Phú", "Hoài Thu", "Xuân Bách", "Diệu Linh"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
SIGNING = re.compile(r"(ký|kí) (kết|thỏa thuận|thoả thuận|bản ghi nhớ|biên bản ghi nhớ|quy chế|hợp đồng|\d+ phụ lục)", re.I)


def h(*parts):
    return int(hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest(), 16)


def ends_sentence(s):
    return s.rstrip("\"”’)»").endswith((".", "!", "?", "…"))


# ---------------------------------------------------------------- articles

def latest_date_in(text):
    """The latest day the text names as d/m/yyyy or m/yyyy (the 1st of that month), 2015-2019."""
    days = []
    for m in re.finditer(r"(?<![\d/])(?:(\d{1,2})/)?(\d{1,2})/(20(?:1[5-9]))(?![\d/])", text):
        try:
            days.append(datetime.date(int(m[3]), int(m[2]), int(m[1] or 1)))
        except ValueError:
            pass
    return max(days, default=None)


def labour_article(a):
    caps = [c.split("\n")[0].strip() for c in a.get("captions") or []]
    sents = [s.strip() for s in a["body"].split("\n")
             if len(s.split()) >= 7 and ends_sentence(s) and s.strip() not in caps]
    most = LABOUR_PARAS.get(a["id"], 8 if a["id"] in AGREEMENTS else 7)
    paras, i, k = [], 0, 0
    while i < len(sents) and len(paras) < most:  # two or three sentences a paragraph
        n = 2 if len(sents) < 14 else 2 + h(a["id"], "p", str(k)) % 2
        paras.append(" ".join(sents[i:i + n]))
        i, k = i + n, k + 1
    d = datetime.date(2016, 2, 1) + datetime.timedelta(days=h(a["id"], "date") % 1400)
    floor = latest_date_in(" ".join([a["lead"], *paras[:1]]))
    if floor and (d <= floor or (d - floor).days > 60):
        # a story that opens with a dated event is printed 1 to 3 days after it
        d = floor + datetime.timedelta(days=1 + h(a["id"], "after") % 3)
    late = latest_date_in(" ".join([a["lead"], *paras]))
    if late and d <= late:
        # (ninth set) a page is never printed before a day it names anywhere in its paragraphs
        d = late + datetime.timedelta(days=1 + h(a["id"], "after") % 3)
    review = re.search(r"tháng đầu năm (20\d\d)", " ".join([a["lead"], *paras]))
    if review and d.year < int(review[1]):
        # (ninth set) a mid-year review ('5 tháng đầu năm 2018') is printed in that year
        d = d.replace(year=int(review[1]), day=min(d.day, 28))
    if a["id"] in PRINTED_IN:
        year, month = PRINTED_IN[a["id"]]
        d = d.replace(year=year, month=month or d.month, day=min(d.day, 28))
    named = []
    for dm in re.finditer(r"(?:ngày|sáng|trưa|chiều|tối|đêm|nay|\()\s*(\d{1,2})[/-](\d{1,2})(?![\d/-])",
                          " ".join([a["title"], a["lead"], *paras[:1]]), re.I):
        # the title, lead or first paragraph names a day without a year ('chiều 29-1',
        # 'Ngày mai (25/7)', 'Trưa 10-3'): that day of the hashed year. The latest day named
        # with a time of day ('sáng', 'trưa', 'chiều', 'tối', 'đêm', 'hôm nay': what happened)
        # counts; failing one, the first day named ('ngày 1/7' can be a deadline ahead)
        try:
            named.append((datetime.date(d.year, int(dm[2]), int(dm[1])), dm[0].lower()))
        except ValueError:
            pass
    if named:
        # the page is printed the day after the latest day named (the same day for 'hôm nay',
        # the day before for 'Ngày mai')
        timed = [x for x in named if not x[1].startswith(("ngày", "("))]
        day, said = max(timed) if timed else named[0]
        ahead = "ngày mai" in (a["title"] + " " + a["lead"]).lower()
        d = day + datetime.timedelta(days=-1 if ahead else 0 if "nay" in said else 1)
    d = PRINTED_ON.get(a["id"], d)
    return {
        "id": a["id"], "corpus": "vietnews-labour", "title": a["title"].strip(),
        "lead": a["lead"].strip(), "paras": paras, "author": REPORTERS[h(a["id"], "by") % 12],
        "byline": REPORTERS[h(a["id"], "by") % 12],
        "date": d, "time": PRINTED_AT.get(a["id"], (6 + h(a["id"], "hh") % 16, h(a["id"], "mm") % 60)),
        "caption": caps[0] if caps and 5 <= len(caps[0].split()) <= 35 else None,
        "topic": "labour",
    }


def dantri_article(a):
    lines = [x.strip() for x in a["body"].split("\n") if x.strip()]
    # (twelfth set) a page the corpus keeps without a byline (UNSIGNED): every line after the lead
    # may be a paragraph, and the site prints a reporter's name from a hash, as for labour pages
    unsigned = a["id"] in UNSIGNED
    # dantri bodies carry photo captions as lines of their own: short lines are left out
    paras = [x for x in (lines[1:] if unsigned else lines[1:-1])
             if len(x.split()) >= 15 and ends_sentence(x) and "(Ảnh" not in x]
    byline = REPORTERS[h(a["id"], "by") % 12] if unsigned else lines[-1]
    return {
        "id": a["id"], "corpus": "dantri-unc", "title": a["title"].strip(), "lead": lines[0],
        "paras": paras[:STORY_PARAS.get(a["id"], 7)], "byline": byline,
        # the page prints the byline as dantri did ('Mai Chi (tổng hợp)'); the label is the name
        "author": re.sub(r"\s*\((tổng hợp|Tổng hợp)\)$", "", byline),
        "date": datetime.date.fromisoformat(a["published"]),
        "time": PRINTED_AT.get(a["id"], (6 + h(a["id"], "hh") % 16, h(a["id"], "mm") % 60)),
        "caption": None,
        "topic": a["category"],
    }


def load():
    """Returns ({id: article}, teaser titles)."""
    wanted = {i for ids in ARTICLES.values() for i in ids}
    assert not wanted & USED_ELSEWHERE
    found, teasers = {}, []
    with gzip.open(CORPUS / "vietnews-labour.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            t = a["title"].strip()
            if a["id"] in wanted:
                found[a["id"]] = labour_article(a)
            elif a["id"] not in USED_ELSEWHERE and 30 <= len(t) <= 110 and " ' " not in t and "‘ " not in t \
                    and not t.startswith(("'", '"')) and t != t.upper():
                teasers.append(t)
    with gzip.open(CORPUS / "dantri-unc.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if a["id"] in wanted:
                found[a["id"]] = dantri_article(a)
    assert set(found) == wanted, wanted - set(found)
    teasers = sorted(set(teasers), key=lambda t: h(t, "teaser14"))
    return found, teasers


# ---------------------------------------------------------------- a page: html parts + text blocks

class Page:
    """Markup and visible text built together, so the .txt is exactly what the .html shows."""

    def __init__(self):
        self.parts, self.blocks = [], []

    def raw(self, s):
        self.parts.append(s)

    def el(self, tag, text, attrs="", show=True):
        """One element holding one visible line of text (escaped)."""
        a = " " + attrs if attrs else ""
        self.parts.append(f"<{tag}{a}>{html.escape(text, quote=False)}</{tag}>")
        if show:
            self.blocks.append(text)

    def group(self, wrap, item, texts, joiner=" "):
        """A list (menu, tags, breadcrumb): wrap is ("<ul ...>", "</ul>"), item an element format
        with {t}. The scraper's convention decides whether it is one line or one line per item."""
        self.parts.append(wrap[0])
        for t in texts:
            self.parts.append(item.format(t=html.escape(t, quote=False)))
        self.parts.append(wrap[1])
        self.blocks.append(("group", list(texts), joiner))


def text_of(page, per_item, blank, eol="\n"):
    out = []
    for b in page.blocks:
        if isinstance(b, tuple):
            out.extend(b[1] if per_item else [b[2].join(b[1])])
        else:
            out.append(b)
    return (eol + eol if blank else eol).join(out) + eol


def head(title, meta=""):
    return ("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{html.escape(title)}</title>\n{meta}</head>\n")


def iso(a):
    return f"{a['date'].isoformat()}T{a['time'][0]:02d}:{a['time'][1]:02d}:00+07:00"


def dmy(a, sep="/"):
    d = a["date"]
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def hm(a):
    return f"{a['time'][0]:02d}:{a['time'][1]:02d}"


def weekday(a):
    return WEEKDAYS[a["date"].weekday()]


def og(a, url, site_name, published=True, section=None):
    m = [f'<meta property="og:site_name" content="{html.escape(site_name)}">',
         '<meta property="og:type" content="article">',
         f'<meta property="og:title" content="{html.escape(a["title"])}">',
         f'<meta property="og:description" content="{html.escape(a["lead"])}">',
         f'<meta property="og:url" content="{html.escape(url)}">']
    if published:
        m.append(f'<meta property="article:published_time" content="{iso(a)}">')
    if section:
        m.append(f'<meta property="article:section" content="{html.escape(section)}">')
    return "\n".join(m) + "\n"


def jsonld(d):
    return ('<script type="application/ld+json">' + json.dumps(d, ensure_ascii=False)
            + "</script>\n")


def slug(title):
    """An unaccented URL slug, as the sites write them ('đ' becomes 'd')."""
    bare = unicodedata.normalize("NFD", title.lower().replace("đ", "d"))
    bare = "".join(c for c in bare if unicodedata.category(c) != "Mn")
    keep = "".join(c if c.isascii() and c.isalnum() else "-" for c in bare)
    return "-".join(x for x in keep.split("-") if x)[:70]


def body(p, a, photo=None, inline=None, at=2, para=lambda t: ("p", t), between=None):
    """The article's paragraphs, a photo after the first, an inline box after paragraph `at`,
    `between(i)` (an ad slot, a script) after paragraph i where it returns True."""
    for i, t in enumerate(a["paras"]):
        p.el(*para(t))
        if i == 0 and photo:
            photo()
        if i == at and inline:
            inline()
        if between and i < len(a["paras"]) - 1:
            between(i)


def footer(p, lines, wrap=('<footer>', "</footer>"), tag="p"):
    p.raw(wrap[0])
    for t in lines:
        p.el(tag, t)
    p.raw(wrap[1] + "\n</body>\n</html>\n")


# ---------------------------------------------------------------- the six sites

LAZY = 'src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" class="lazyload"'


def caption_or(a, fallback, credit=None, sep=" "):
    """(printed caption, credit line printed only by the site or None). dantri articles carry no
    caption: the fallback ('Ảnh minh họa') is printed."""
    if not a["caption"]:
        return fallback, None
    if credit is None or re.search(r"Ảnh ?:", a["caption"]):
        return a["caption"], None
    return a["caption"] + sep + credit, credit


def byline_p(p, text, tag="strong", em=False):
    """A right-aligned bold (or italic) byline paragraph at the end of the body."""
    inner = "em" if em else tag
    p.raw(f'<p style="text-align: right;"><{inner}>')
    p.el("span", text)
    p.raw(f"</{inner}></p>")


def ad_gpt(p, slot):
    """A Google Publisher Tag slot inside the body: a <div> holding only a script."""
    p.raw(f'<div id="div-gpt-ad-{slot}" class="ads-inread"><script>googletag.cmd.push(function()'
          f'{{googletag.display("div-gpt-ad-{slot}");}});</script></div>')


def ad_ins(p, client):
    """An AdSense unit: <ins> plus its push script, no visible text."""
    p.raw('<div class="ads"><script async src="https://pagead2.googlesyndication.com/pagead/js/'
          f'adsbygoogle.js?client=ca-pub-{client}" crossorigin="anonymous"></script>'
          '<ins class="adsbygoogle" style="display:block; text-align:center;" '
          'data-ad-layout="in-article" data-ad-format="fluid"></ins>'
          "<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>")



def related_div(p, cls, title, items, head_tag="h3"):
    p.raw(f'<div class="{cls}">')
    p.el(head_tag, title)
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', items, "\n")
    p.raw("</div>")



def teaser_dated(tz, a, k, fmt):
    """Related titles with a date a few days before the page's, in the site's format."""
    out = []
    for i, t in enumerate(tz):
        d = a["date"] - datetime.timedelta(days=1 + i + h(t, k) % 2)
        out.append(fmt.format(t=t, d=f"{d.day:02d}/{d.month:02d}/{d.year}"))
    return out


def congdoanwayback(a, n, tz):
    """Tổng Liên đoàn Lao động Việt Nam's portal as the Wayback Machine serves it (the portal is
    new; the capture is what an archive gives back): the Wayback rewrite scripts and styles in
    <head>, the toolbar inserted at the top of <body> between 'BEGIN/END WAYBACK TOOLBAR INSERT'
    comments and printed on the screen (the archived address, the capture count and range),
    every link and image rewritten to https://web.archive.org/web/<timestamp>/http://..., the
    'FILE ARCHIVED ON' and playback comments after </html>; the archived page's OpenGraph (og:url
    the original address) without a date; the trail 'Trang chủ > Tin tức > Hoạt động Công đoàn'
    on one line; the title an <h1>; '10:15 | 02/07/2019' (time first); the sapo an <h2> with no
    tag; the photo in a table, the caption a cell ('(Ảnh: congdoan.vn)' added where the corpus
    credits nobody); the byline bold right-aligned and, under it, 'Theo Báo Lao Động'; 'Các tin
    khác' with dates; LF, one block a line, menus on one line."""
    last = ["Chính sách - Pháp luật", "Hoạt động Công đoàn", "Tiền lương - Thu nhập"][n - 1]
    crumbs = ["Trang chủ", "Tin tức", last]
    orig = f"http://www.congdoan.vn/tin-tuc/{slug(last)}/{slug(a['title'])}-{400000 + h(a['id'], 'cd') % 99999}.tld"
    later = a["date"] + datetime.timedelta(days=2 + h(a["id"], "wb") % 20)
    ts = f"{later.year}{later.month:02d}{later.day:02d}{3 + h(a['id'], 'wh') % 18:02d}{h(a['id'], 'wm') % 60:02d}{h(a['id'], 'ws') % 60:02d}"
    wb = f"https://web.archive.org/web/{ts}/"

    def arch(u):
        return wb + u

    date = f"{hm(a)} | {dmy(a)}"
    cap, credit = caption_or(a, "Ảnh minh họa (Ảnh: congdoan.vn)", "(Ảnh: congdoan.vn)")
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    first = f"{later.day:02d} {months[later.month - 1]} {later.year}"
    captures = f"{3 + h(a['id'], 'cap') % 40} captures"
    span = f"{first} - {12 + h(a['id'], 'last') % 17:02d} Mar 2022"
    toolbar = ["The Wayback Machine - " + wb + orig, "INTERNET ARCHIVE", "Wayback Machine", captures, span]
    source = "Theo Báo Lao Động"
    p = Page()
    p.raw('<!DOCTYPE html>\n<html lang="vi"><head><script src="//archive.org/includes/athena.js" '
          'type="text/javascript"></script>\n<script type="text/javascript">window.addEventListener('
          '"DOMContentLoaded",function(){var v="archive.org";var e=v+".*";});</script>\n'
          '<script type="text/javascript" src="https://web-static.archive.org/_static/js/bundle-playback.js'
          '?v=1B2M2Y8A" charset="utf-8"></script>\n<script type="text/javascript" src="https://web-static.'
          'archive.org/_static/js/wombat.js?v=1B2M2Y8A" charset="utf-8"></script>\n'
          f'<script>window.RufflePlayer=window.RufflePlayer||{{}};__wm.init("https://web.archive.org/web");'
          f'__wm.wombat("{orig}","{ts}","https://web.archive.org/","web","https://web-static.archive.org/_static/",'
          '"1593418440");</script>\n<link rel="stylesheet" type="text/css" href="https://web-static.archive.org'
          '/_static/css/banner-styles.css?v=S1zqJCYt">\n<!-- End Wayback Rewrite JS Include -->\n'
          '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
          f"<title>{html.escape(a['title'])} - Tổng Liên đoàn Lao động Việt Nam</title>\n"
          + og(a, orig, "Tổng Liên đoàn Lao động Việt Nam", published=False)
          + f'<link href="{arch("http://www.congdoan.vn/styles/site.css")}" rel="stylesheet">\n</head>\n')
    p.raw('<body>\n<!-- BEGIN WAYBACK TOOLBAR INSERT -->\n<div id="wm-ipp-base" lang="en" style="display:block;'
          'direction:ltr;"><div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">'
          '<div id="wm-ipp-inside"><div id="wm-logo">')
    p.el("span", toolbar[0], 'class="wb-autocomplete-suggestions" style="position:absolute"')
    p.el("a", toolbar[1], 'href="https://archive.org/web/" title="Wayback Machine home page"')
    p.el("a", toolbar[2], 'href="https://web.archive.org/"')
    p.raw('</div><div id="wm-capinfo">')
    p.el("a", toolbar[3], f'class="t" href="https://web.archive.org/web/*/{orig}"')
    p.el("div", toolbar[4], 'id="wm-nav-captures"')
    p.raw("</div></div></div></div>\n<!-- END WAYBACK TOOLBAR INSERT -->\n")
    p.raw(f'<div id="header"><a href="{arch("http://www.congdoan.vn/")}">')
    p.el("span", "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", 'class="site-name"')
    p.raw("</a></div>")
    menu = ["Trang chủ", "Tin tức", "Hoạt động Công đoàn", "Chính sách - Pháp luật", "Quốc tế",
            "Văn bản", "Tư liệu", "Liên hệ"]
    p.group(('<ul id="menu">', "</ul>"), '<li><a href="' + arch("http://www.congdoan.vn/") + '">{t}</a></li>',
            menu, " ")
    p.raw('<div id="main"><div class="detail">')
    p.group(('<div class="breadcrumb">', "</div>"), '<a href="' + arch("http://www.congdoan.vn/tin-tuc/") + '">{t}</a>',
            crumbs, " > ")
    p.el("h1", a["title"], 'class="title-detail"')
    p.el("div", date, 'class="date-detail"')
    p.el("h2", a["lead"], 'class="sapo-detail"')
    p.raw('<div class="content-detail">')

    def photo():
        p.raw(f'<table class="image center" align="center"><tbody><tr><td><img src="'
              f'{wb[:-1]}im_/http://www.congdoan.vn/upload/{h(a["id"]) % 99999}.jpg" width="600"></td></tr>'
              '<tr><td class="image_desc">')
        p.el("span", cap)
        p.raw("</td></tr></tbody></table>")

    body(p, a, photo)
    p.raw('<p style="text-align: right;"><strong>')
    p.el("span", a["author"])
    p.raw('</strong></p><p style="text-align: right;"><em>')
    p.el("span", source)
    p.raw("</em></p></div>")
    others = teaser_dated(tz[:4], a, "cd", "{t} ({d})")
    related_div(p, "other-news", "Các tin khác", others)
    p.raw("</div></div>")
    foot = ["Cơ quan chủ quản: Tổng Liên đoàn Lao động Việt Nam",
            "Địa chỉ: 82 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội",
            "Giấy phép số 198/GP-TTĐT"]
    footer(p, foot, ('<div id="footer">', "</div>"))
    p.raw(f"<!--\n     FILE ARCHIVED ON {ts[8:10]}:{ts[10:12]}:{ts[12:14]} {first[3:6]} {first[:2]}, {later.year} "
          "AND RETRIEVED FROM THE\n     INTERNET ARCHIVE ON 18:20:41 Nov 02, 2024.\n     JAVASCRIPT "
          "APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.\n\n     ALL OTHER CONTENT MAY ALSO BE "
          "PROTECTED BY COPYRIGHT (17 U.S.C.\n     SECTION 108(a)(3)).\n-->\n<!--\nplayback timings (ms):\n"
          "  captures_list: 0.62\n  exclusion.robots: 0.021\n  load_resource: 181.4\n-->\n")
    fur = [*toolbar, "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "Tư liệu", date, cap, source, "Các tin khác",
           *others, *foot]
    if credit:
        fur.append(credit)
    return p, text_of(p, False, False), orig, last, a["author"], fur


def sldtbxhbinhduong(a, n, tz):
    """Sở Lao động - Thương binh và Xã hội tỉnh Bình Dương, a provincial department on
    DotNetNuke: the page inside an ASP.NET <form> with __VIEWSTATE, modules in 'dnn_ctrNNN'
    containers; a <title> 'Tin tức > Chi tiết' of the department, a description meta and nothing
    else; the module title (the section) a <span class="Head">; NO heading: the title a bold
    <span class="NewsTitle">; 'Ngày đăng: 11/07/2019 15:20' in italic; the sapo a bold
    <div class="NewsSummary"> with no tag; the photo and its italic caption in centred <p>s
    ('(Ảnh: ST)' added where the corpus credits nobody); the byline at the end, 'Tin, ảnh: Ngọc
    Anh' with the office on the next line ('Phòng Lao động - Tiền lương - Bảo hiểm xã hội');
    'Số lượt xem: 1245', 'In trang', 'Về đầu trang'; 'Các tin đã đăng' with '(dd/mm/yyyy)'; a
    footer with the department's name and address; CRLF, one block a line, menus on one line."""
    section = ["Tiền lương", "Bảo hiểm xã hội", "Lao động - Việc làm"][n - 1]
    url = f"https://sldtbxh.binhduong.gov.vn/tin-tuc/{slug(section)}/articleid/{3000 + h(a['id'], 'dnn') % 6999}/{slug(a['title'])}"
    date = f"Ngày đăng: {dmy(a)} {hm(a)}"
    cap, credit = caption_or(a, "Ảnh minh họa (Ảnh: ST)", "(Ảnh: ST)")
    byline = ("Tin, ảnh: " if a["caption"] else "Tin: ") + a["author"]
    office = "Phòng Lao động - Tiền lương - Bảo hiểm xã hội"
    views = f"Số lượt xem: {200 + h(a['id'], 'views') % 3000}"
    p = Page()
    p.raw('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/'
          'xhtml1-transitional.dtd">\n<html xml:lang="vi-VN" lang="vi-VN" xmlns="http://www.w3.org/1999/xhtml">\n'
          '<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type">\n'
          f'<meta id="MetaDescription" name="DESCRIPTION" content="{html.escape(a["lead"])}">\n'
          '<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke">\n'
          "<title>Tin tức &gt; Chi tiết - Sở Lao động - Thương binh và Xã hội tỉnh Bình Dương</title>\n"
          '<link href="/Portals/_default/default.css?cdv=41" type="text/css" rel="stylesheet">\n'
          '<script src="/Resources/libraries/jQuery/01_09_01/jquery.js?cdv=41" type="text/javascript"></script>\n'
          "</head>\n")
    p.raw('<body id="Body">\n<form method="post" action="' + html.escape(url) + '" id="Form" '
          'enctype="multipart/form-data"><div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" '
          'id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgYCAg9kFgICCA8WAh4EVGV4dAUXPCEtLSA="></div>\n'
          '<div id="dnn_HeaderPane">')
    p.el("span", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH BÌNH DƯƠNG", 'class="portal-name"')
    p.raw("</div>")
    menu = ["Trang chủ", "Giới thiệu", "Tin tức", "Văn bản", "Thủ tục hành chính", "Hỏi đáp",
            "Liên hệ"]
    p.group(('<div id="dnn_dnnMENU"><ul class="topLevel">', "</ul></div>"),
            '<li class="item"><a href="https://sldtbxh.binhduong.gov.vn/">{t}</a></li>', menu, " | ")
    p.raw(f'<div id="dnn_ContentPane"><div class="DnnModule DnnModule-News DnnModule-{1000 + n}">'
          f'<div class="c_head"><span id="dnn_ctr{1000 + n}_dnnTITLE_titleLabel" class="Head">')
    p.parts.append(html.escape(section, quote=False))
    p.blocks.append(section)
    p.raw(f'</span></div><div id="dnn_ctr{1000 + n}_ContentPane" class="c_content">'
          f'<div id="dnn_ctr{1000 + n}_ModuleContent" class="DNNModuleContent ModNewsC">')
    p.el("span", a["title"], 'class="NewsTitle"')
    p.raw("<br>")
    p.el("i", date, 'class="NewsDate"')
    p.el("div", a["lead"], 'class="NewsSummary" style="font-weight:bold"')
    p.raw('<div class="NewsContent">')

    def photo():
        p.raw(f'<p style="text-align: center;"><img src="/Portals/0/News/{h(a["id"]) % 99999}.jpg" '
              'alt="" width="550"></p><p style="text-align: center;"><em>')
        p.el("span", cap)
        p.raw("</em></p>")

    body(p, a, photo, para=lambda t: ("p", t))
    p.raw('<p style="text-align: right;"><strong>')
    p.el("span", byline)
    p.raw('</strong><br><em>')
    p.el("span", office)
    p.raw("</em></p></div>")
    p.el("div", views, 'class="NewsViews"')
    p.group(('<div class="NewsTools">', "</div>"), '<a href="javascript:void(0)">{t}</a>',
            ["In trang", "Về đầu trang"], " | ")
    others = teaser_dated(tz[:5], a, "dnn", "{t} ({d})")
    p.el("div", "Các tin đã đăng", 'class="OtherNewsHead"')
    p.group(('<ul class="OtherNews">', "</ul>"), '<li><a href="#">{t}</a></li>', others, "\r\n")
    p.raw("</div></div></div></div>\n")
    foot = ["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH BÌNH DƯƠNG",
            "Địa chỉ: Tầng 7, Tháp A, Trung tâm Hành chính tỉnh, TP Thủ Dầu Một, Bình Dương",
            "Ghi rõ nguồn khi phát hành lại thông tin từ website này"]
    footer(p, foot, ('<div id="dnn_FooterPane">', "</div></form>"))
    fur = ["Thủ tục hành chính | Hỏi đáp | Liên hệ", date, cap, byline, office, views,
           "In trang | Về đầu trang", "Các tin đã đăng", *others, *foot]
    if credit:
        fur.append(credit)
    return p, text_of(p, False, False, "\r\n"), url, section, a["author"], fur


def moh(a, n, tz):
    """Bộ Y tế's news page (Cổng thông tin điện tử Bộ Y tế): OpenGraph without a date, no
    JSON-LD, no <time>; a trail 'Trang chủ / Tin tức - Sự kiện / Khám chữa bệnh' one item a
    line; the title an <h1>; under it ONE line holding the byline, the office and the date
    ('Ngọc Anh - Cục Quản lý Khám, chữa bệnh | 01/10/2020 10:15'); NO sapo element: the lead is
    the content's first paragraph, in italic; the photo centred with the caption under a <br> in
    italic ('Ảnh minh họa'); nothing after the body but 'Lượt xem: 1.234', the share links and
    'Các tin khác'; LF, a blank line between blocks, lists one item a line."""
    last = ["Khám chữa bệnh", "Dinh dưỡng", "Y tế dự phòng"][n - 1]
    office = ["Cục Quản lý Khám, chữa bệnh", "Viện Dinh dưỡng", "Cục Y tế dự phòng"][n - 1]
    crumbs = ["Trang chủ", "Tin tức - Sự kiện", last]
    url = f"https://moh.gov.vn/tin-tong-hop/-/asset_publisher/k206Q9qkZOqn/content/{slug(a['title'])}"
    line = f"{a['author']} - {office} | {dmy(a)} {hm(a)}"
    cap = a["caption"] or "Ảnh minh họa"
    views = f"Lượt xem: {1 + h(a['id'], 'v') % 9}.{h(a['id'], 'vv') % 1000:03d}"
    p = Page()
    p.raw(head(f"{a['title']} - Cổng thông tin Bộ Y tế",
               og(a, url, "Cổng thông tin Bộ Y tế", published=False)))
    p.raw('<body class="portlet-layout"><div id="wrapper"><header>')
    p.el("a", "CỔNG THÔNG TIN ĐIỆN TỬ BỘ Y TẾ", 'class="logo" href="https://moh.gov.vn/"')
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Văn bản", "Dịch vụ công",
            "Thống kê y tế", "Hỏi đáp"]
    p.group(("<nav><ul>", "</ul></nav>"), '<li><a href="https://moh.gov.vn/">{t}</a></li>', menu, " ")
    p.raw('</header>\n<div class="content">')
    p.group(('<ul class="breadcrumb">', "</ul>"), '<li><a href="https://moh.gov.vn/">{t}</a></li>',
            crumbs, " / ")
    p.el("h1", a["title"], 'class="title-detail"')
    p.el("div", line, 'class="sub-time"')
    p.raw('<div class="journal-content-article">')
    p.raw('<p style="text-align: justify;"><em>')
    p.el("span", a["lead"])
    p.raw("</em></p>")

    def photo():
        p.raw(f'<p style="text-align: center;"><img src="/documents/20182/{h(a["id"]) % 999999}/anh.jpg" '
              'width="640"><br><em>')
        p.el("span", cap)
        p.raw("</em></p>")

    body(p, a, photo)
    p.raw("</div>")
    p.el("div", views, 'class="view-count"')
    p.group(('<div class="share">', "</div>"), '<a href="#">{t}</a>', ["Chia sẻ", "Facebook", "In bài"], " ")
    related_div(p, "other-news", "Các tin khác", tz[:4], "h4")
    p.raw("</div>\n")
    foot = ["CỔNG THÔNG TIN ĐIỆN TỬ BỘ Y TẾ",
            "Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội",
            "Giấy phép số 37/GP-BC"]
    footer(p, foot)
    fur = ["Thống kê y tế", line, views, "In bài", "Các tin khác", *tz[:4], *foot]
    if cap != a["caption"]:
        fur.append(cap)
    return p, text_of(p, True, True), url, last, a["author"], fur


FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi"]


def tapchicongsan(a, n, tz):
    """Tạp chí Cộng sản, a political and economic magazine: Dublin Core metas (DC.title,
    DC.creator, DC.date.issued) and NO OpenGraph, no JSON-LD; the trail 'Kinh tế > Doanh
    nghiệp' one item a line; the title an <h2>; the author at the top, a degree before the full
    name ('TS. Nguyễn Ngọc Anh') and the institution on the next line in italic; the date
    'Ngày 01-10-2020, 10:15'; the sapo <div class="sapo"> tagged 'TCCS - '; the caption in a
    <p class="caption"> with '(Ảnh: TL)' added where the corpus credits nobody; after the body a
    rule and a numbered note '(1) ...'; 'Gửi phản hồi' with the form's labels; 'Tin cùng chuyên
    mục'; LF, one block a line, menus and trail one item a line."""
    crumbs = ["Kinh tế", ["Doanh nghiệp", "Tài chính - Ngân hàng", "Doanh nghiệp"][n - 1]]
    full = FAMILY[h(a["id"], "fam") % len(FAMILY)] + " " + a["author"]
    degree = ["TS.", "ThS.", "PGS, TS."][h(a["id"], "deg") % 3]
    inst = ["Viện Kinh tế Việt Nam", "Học viện Chính trị quốc gia Hồ Chí Minh",
            "Trường Đại học Kinh tế quốc dân"][h(a["id"], "inst") % 3]
    url = f"https://www.tapchicongsan.org.vn/web/guest/kinh-te/-/{a['date'].year}/{800000 + h(a['id'], 'tc') % 99999}/{slug(a['title'])}.aspx"
    date = f"Ngày {dmy(a, '-')}, {hm(a)}"
    tag = "TCCS - "
    cap, credit = caption_or(a, "Ảnh minh họa (Ảnh: TL)", "(Ảnh: TL)")
    note = "(1) Số liệu do tác giả tổng hợp từ báo cáo của các cơ quan chức năng."
    p = Page()
    p.raw(head(a["title"],
               f'<meta name="DC.title" content="{html.escape(a["title"])}">\n'
               f'<meta name="DC.creator" content="{html.escape(full)}">\n'
               f'<meta name="DC.date.issued" content="{a["date"].isoformat()}">\n'
               '<meta name="DC.language" content="vi">\n'
               f'<meta name="description" content="{html.escape(a["lead"])}">\n'))
    p.raw('<body><div id="header">')
    p.el("a", "TẠP CHÍ CỘNG SẢN", 'class="logo" href="https://www.tapchicongsan.org.vn/"')
    p.el("div", "CƠ QUAN LÝ LUẬN VÀ CHÍNH TRỊ CỦA BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM",
         'class="slogan"')
    menu = ["Chính trị - Xây dựng Đảng", "Kinh tế", "Văn hóa - Xã hội", "Quốc phòng - An ninh",
            "Đối ngoại", "Thế giới: Vấn đề - Sự kiện", "Thực tiễn"]
    p.group(('<ul class="menu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('</div>\n<div id="content">')
    p.group(('<div class="breadcrumb">', "</div>"), '<a href="#">{t}</a>', crumbs, " > ")
    p.el("h2", a["title"], 'class="title"')
    p.raw('<div class="author">')
    p.el("strong", f"{degree} {full}")
    p.raw("<br>")
    p.el("em", inst)
    p.raw("</div>")
    p.el("div", date, 'class="date"')
    p.el("div", tag + a["lead"], 'class="sapo"')
    p.raw('<div class="body">')

    def photo():
        p.raw(f'<p style="text-align:center"><img src="/documents/{h(a["id"]) % 99999}/anh.jpg"></p>')
        p.el("p", cap, 'class="caption"')

    body(p, a, photo)
    p.raw("<hr>")
    p.el("p", note, 'class="note"')
    p.raw("</div>")
    form = ["Gửi phản hồi", "Họ và tên", "Email", "Nội dung", "Gửi"]
    p.group(('<div class="feedback">', "</div>"), "<label>{t}</label>", form, " ")
    related_div(p, "same-cat", "Tin cùng chuyên mục", tz[1:5])
    p.raw("</div>\n")
    foot = ["Tạp chí Cộng sản", "Giấy phép số 1136/GP-BTTTT",
            "Địa chỉ: Số 1 Phạm Văn Đồng, Cầu Giấy, Hà Nội"]
    footer(p, foot)
    fur = ["CƠ QUAN LÝ LUẬN VÀ CHÍNH TRỊ CỦA BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM",
           f"{degree} {full}", inst, date, tag.strip(), cap, note, "Gửi phản hồi", "Họ và tên",
           "Tin cùng chuyên mục", *tz[1:5], *foot]
    if credit:
        fur.append(credit)
    return p, text_of(p, True, False), url, crumbs[-1], full, fur


def thanhnienreader(a, n, tz):
    """A Thanh Niên article saved from Firefox's Reader View (Thanh Niên's desktop page was used
    by earlier sets; the reader capture is new): the about:reader document, a <title> and
    nothing else in <head> (no OpenGraph, no JSON-LD, no description); the domain as a link
    ('thanhnien.vn'), the title an <h1 class="reader-title">, the byline in <div
    class="reader-credits">, the reading time ('5-7 phút'); then readability's <div
    id="readability-page-1">: the section and the date ('02/10/2020 10:15 GMT+7') kept as two
    short <p>s, the sapo an <h2> with no tag, <figure>/<figcaption> ('Ảnh minh họa'), the
    paragraphs; no menu, no related links, no footer; LF, a blank line between blocks."""
    section = ["Khoa học", "Công nghệ", "Thời sự"][n - 1]
    url = f"https://thanhnien.vn/{slug(section)}/{slug(a['title'])}-{1000000 + h(a['id'], 'tn') % 999999}.html"
    date = f"{dmy(a)} {hm(a)} GMT+7"
    words = sum(len(t.split()) for t in [a["lead"], *a["paras"]])
    mins = f"{max(1, words // 230)}-{max(2, words // 180)} phút"
    cap = a["caption"] or "Ảnh minh họa"
    p = Page()
    p.raw('<!DOCTYPE html>\n<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
          '<meta name="viewport" content="width=device-width; user-scalable=0">'
          '<link rel="stylesheet" href="chrome://global/skin/aboutReader.css" type="text/css">'
          f"<title>{html.escape(a['title'])}</title></head>\n"
          '<body class="light sans-serif loaded" dir="ltr"><div class="container" '
          'style="--font-size: 20px; --content-width: 30em;"><div class="header reader-header '
          'reader-show-element">')
    p.el("a", "thanhnien.vn", f'class="domain reader-domain" href="{html.escape(url)}"')
    p.raw('<div class="domain-border"></div>')
    p.el("h1", a["title"], 'class="reader-title"')
    p.el("div", a["author"], 'class="credits reader-credits"')
    p.raw('<div class="meta-data">')
    p.el("div", mins, 'class="reader-estimated-time" data-l10n-id="about-reader-estimated-read-time"')
    p.raw('</div></div><hr><div class="content"><div class="mozReaderContent readerShowElement">'
          '<div id="readability-page-1" class="page"><div>')
    p.el("p", section)
    p.el("p", date)
    p.el("h2", a["lead"])

    def photo():
        p.raw(f'<figure><img src="https://images2.thanhnien.vn/{h(a["id"]) % 99999}.jpg" alt="">'
              "<figcaption>")
        p.el("p", cap)
        p.raw("</figcaption></figure>")

    body(p, a, photo)
    p.raw("</div></div></div></div></div></body></html>\n")
    fur = ["thanhnien.vn", mins, date]
    if cap != a["caption"]:
        fur.append(cap)
    return p, text_of(p, True, True), url, section, a["author"], fur


def tuoitremobile(a, n, tz):
    """Tuổi Trẻ's mobile page (the desktop page was used by earlier sets; the mobile capture is
    new): OpenGraph with article:published_time and a JSON-LD NewsArticle whose author is the
    Organization 'Báo Tuổi Trẻ' (not the reporter); a slim header (menu button, logo, search);
    the section a link above the title; the date '01/10/2020 10:15 GMT+7'; the sapo <h2
    class="sapo"> tagged 'TTO - '; the photo a <div type="Photo"> with a PhotoCMS caption ('Ảnh
    minh họa' where the corpus has none); an 'ĐỌC THÊM' box of one related title after paragraph
    3; the byline at the end in <div class="author"> made UPPERCASE by CSS only (the saved text
    is the text content, in its own case); 'Bình luận (0)'; 'Tin cùng chuyên mục'; 'Xem phiên bản
    desktop'; LF, one block a line."""
    section = ["Giáo dục", "Việc làm", "Thời sự"][n - 1]
    stamp = f"{a['date']:%Y%m%d}{a['time'][0]:02d}{a['time'][1]:02d}{h(a['id'], 'tt') % 99999:05d}"
    url = f"https://tuoitre.vn/{slug(a['title'])}-{stamp}.htm"
    murl = url.replace("https://tuoitre.vn/", "https://m.tuoitre.vn/")
    date = f"{dmy(a)} {hm(a)} GMT+7"
    tag = "TTO - "
    cap = a["caption"] or "Ảnh minh họa"
    p = Page()
    p.raw(head(a["title"] + " - Tuổi Trẻ Online",
               '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
               f'<link rel="canonical" href="{html.escape(url)}">\n'
               + og(a, murl, "TUOI TRE ONLINE", section=section)
               + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                         "datePublished": iso(a), "dateModified": iso(a),
                         "author": {"@type": "Organization", "name": "Báo Tuổi Trẻ"},
                         "publisher": {"@type": "Organization", "name": "Báo Tuổi Trẻ"}})
               + "<style>.author{text-transform:uppercase;text-align:right;font-weight:700}"
               ".sapo{font-weight:700}</style>\n"))
    p.raw('<body class="mobile"><header class="header-mobile"><a class="btn-menu" href="#menu"></a>'
          '<a class="logo" href="https://m.tuoitre.vn/"><img src="https://static.tuoitre.vn/logo.svg" '
          'alt="Tuổi Trẻ Online"></a><a class="btn-search" href="#search"></a></header>\n<main>')
    p.el("a", section, f'class="cate" href="https://m.tuoitre.vn/{slug(section)}.htm"')
    p.el("h1", a["title"], 'class="article-title"')
    p.el("div", date, 'class="date-time"')
    p.el("h2", tag + a["lead"], 'class="sapo"')
    p.raw('<div id="main-detail-body" class="content fck">')

    def photo():
        p.raw(f'<div class="VCSortableInPreviewMode" type="Photo"><div><img src="https://cdn.tuoitre.vn/'
              f'{h(a["id"]) % 99999}.jpg" alt="{html.escape(cap)}"></div><div class="PhotoCMS_Caption">')
        p.el("p", cap)
        p.raw("</div></div>")

    def inline():
        p.raw('<div class="VCSortableInPreviewMode" type="RelatedOneNews">')
        p.el("span", "ĐỌC THÊM", 'class="relate-label"')
        p.el("a", tz[0], 'href="#"')
        p.raw("</div>")

    body(p, a, photo, inline, at=2)
    p.raw("</div>")
    p.el("div", a["author"], 'class="author"')
    p.el("a", "Bình luận (0)", 'class="comment-btn" href="#comment"')
    related_div(p, "same-cat", "Tin cùng chuyên mục", tz[1:5])
    p.el("a", "Xem phiên bản desktop", f'class="desktop" href="{html.escape(url)}"')
    p.raw("</main>\n")
    foot = ["Tuổi Trẻ Online", "Cơ quan chủ quản: Thành Đoàn TP Hồ Chí Minh",
            "Giấy phép số 171/GP-BTTTT"]
    footer(p, foot)
    fur = [date, tag.strip(), "ĐỌC THÊM", tz[0], "Bình luận (0)", "Tin cùng chuyên mục", *tz[1:5],
           "Xem phiên bản desktop", *foot]
    if cap != a["caption"]:
        fur.append(cap)
    return p, text_of(p, False, False), url, section, a["author"], fur


# ---------------------------------------------------------------- plan and output

TEMPLATES = {"congdoanwayback": congdoanwayback, "sldtbxhbinhduong": sldtbxhbinhduong, "moh": moh,
             "tapchicongsan": tapchicongsan, "thanhnienreader": thanhnienreader,
             "tuoitremobile": tuoitremobile}

def main():
    found, teasers = load()
    labels, ti = [], 0
    for site, ids in ARTICLES.items():
        (HERE / site).mkdir(exist_ok=True)
        for n, aid in enumerate(ids, 1):
            a = found[aid]
            assert len(a["paras"]) >= 4, aid
            if aid in AGREEMENTS:  # the signing itself is printed
                assert any(SIGNING.search(t) for t in [a["lead"], *a["paras"]]), aid
            tz = teasers[ti:ti + 6]
            ti += 4  # neighbouring pages of a site share two teasers, as real related lists do
            page, text, url, category, author, fur = TEMPLATES[site](a, n, tz)
            (HERE / site / f"{n}.html").write_text("".join(
                x if x.endswith("\n") else x + "\n" for x in page.parts), encoding="utf-8")
            (HERE / site / f"{n}.txt").write_bytes(text.encode("utf-8"))
            article_text = "\n".join([a["title"], a["lead"], *a["paras"]])
            for f in fur:  # furniture must be checkable: never a substring of the article itself
                assert f and f not in article_text, (site, n, f)
                assert f in text.replace("\r\n", "\n"), (site, n, f)  # and really printed
            for t in [a["title"], a["lead"], *a["paras"]]:
                assert t in text, (site, n, t[:40])
            labels.append({
                "site": site, "half": "opened", "page": f"{site}/{n}", "corpus": a["corpus"],
                "id": a["id"], "url": url, "title": a["title"], "published": iso(a),
                "category": category, "lead": a["lead"], "author": author,
                "first": a["paras"][0], "last": a["paras"][-1], "furniture": fur,
            })
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} pages of {len(ARTICLES)} sites to {HERE}")


if __name__ == "__main__":
    main()
