"""Builds the nineteenth opened page-layout set (formerly the NINETEENTH unseen check): 18 real corpus articles laid out as six
NEWSPAPERS' OWN DESKTOP ARTICLE PAGES that no earlier set uses, each page as HTML and as the visible
text a scraper saves from it, with labels: a sector paper (Báo Thanh tra: the date line ABOVE the
title, 'Tin liên quan' inside the body, comments), a provincial paper (Báo Quảng Bình: the section
link over the title, the DATE UNDER THE TITLE 'Cập nhật lúc: 08:15, 12/03/2019', og:title not the
headline), a provincial paper on an older table CMS (Báo Bắc Ninh: no metadata, the <title> with
the site's name first, '08:15 | Thứ Năm, 12/3/2019', a source line 'Theo Báo Lao Động'), a mass
organisation's paper (Dân Việt: the BYLINE BEFORE THE BODY, '... 08:15 AM (GMT+7)', a social
og:title), an online-only paper (Kiến Thức: a bare <title>, 'Xem thêm:' inside the body) and a
sector paper with JSON-LD only (Báo Bảo vệ pháp luật: the name then 'Theo Dân trí').

  python3 index-builder/src/test/resources/layouts-opened-19/generate.py   # from the repository root

Reads ../shared/corpus (beside the repository; VNNEWS_CORPUS names another folder). Writes,
beside this script:
  <site>/<n>.html   the page as the site serves it
  <site>/<n>.txt    its visible text, saved with that site's scraper convention (see the README)
  labels.jsonl      one line per page, the schema of ../layouts-opened-18/labels.jsonl,
                    "half": "opened"

Written from what the real sites look like, without reading the extractor's rules and never tuned
on. Labels come from the corpus article's fields and from what the template prints. The articles
are named below (ARTICLES), not searched for. The article, paragraph, date and page plumbing is
the eighteenth set's (../layouts-unseen-18/generate.py, now ../layouts-opened-18/), unchanged but for the teaser order's
salt; a few of its helpers are kept though no template here calls them.
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
# every labels.jsonl under ../layout*/). dantri: nine of the October-November 2020 crawl (UNSIGNED: no
# byline; the site prints a reporter's name from a hash), a lead of 20 words or more that does not
# open with dantri's 'Dân trí' tag, five or more body paragraphs. vietnews-labour: a title without
# quotes, a lead of 18 words or more, 16 or more usable sentences. The two marked (A) are
# agreement signings, and the signing is printed on the page.
ARTICLES = {
    "thanhtra": ["vietnews-test-016226",  # (A) a principal's labour contracts ('ký hợp đồng lao động')
                 "vietnews-val-021342", "vietnews-train-013209"],
    "baoquangbinh": ["vietnews-train-101696",
                     "vietnews-train-026553",  # (A) a trainee's contract ('ký hợp đồng với một công ty')
                     "vietnews-train-102627"],
    "baobacninh": ["vietnews-train-015654", "vietnews-train-072381", "vietnews-val-015208"],
    "danviet": ["dantri-news_society_008", "dantri-news_world_013", "dantri-news_science_004"],
    "kienthuc": ["dantri-news_science_007", "dantri-news_science_016", "dantri-news_travel_014"],
    "baovephapluat": ["dantri-news_world_010", "dantri-news_world_011", "dantri-news_tech_017"],
}
STORY_PARAS = {}
LABOUR_PARAS = {}
AGREEMENTS = {"vietnews-test-016226", "vietnews-train-026553"}
UNSIGNED = {i for s in ("danviet", "kienthuc", "baovephapluat") for i in ARTICLES[s]}
# labour pages whose text fixes the date the hash would miss, read by hand on the pages' own
# text BEFORE the one extractor run: the trainee sent to Fukushima, who quit 'tháng 11-2017',
# the story told 'ngày 7-3' (8 March 2018); the Chu Lai factory hall felled by a whirlwind,
# the company's word 'Lúc 19h30 tối 6-9' 2017, printed that evening (6 September 2017, 21:05)
PRINTED_IN = {}
PRINTED_ON = {"vietnews-train-026553": datetime.date(2018, 3, 8),
              "vietnews-train-015654": datetime.date(2017, 9, 6)}
PRINTED_AT = {"vietnews-train-015654": (21, 5)}
# Every id the other layout sets name (the "id" of every labels.jsonl under ../layout*/, this set
# excluded: 381 ids): teasers never come from these, and an article named above must not be one.
USED_ELSEWHERE = {
    "dantri-news_business_001",
    "dantri-news_business_003",
    "dantri-news_business_004",
    "dantri-news_business_005",
    "dantri-news_business_006",
    "dantri-news_business_007",
    "dantri-news_business_008",
    "dantri-news_business_009",
    "dantri-news_business_010",
    "dantri-news_business_011",
    "dantri-news_business_012",
    "dantri-news_business_013",
    "dantri-news_business_015",
    "dantri-news_business_016",
    "dantri-news_business_017",
    "dantri-news_business_018",
    "dantri-news_business_019",
    "dantri-news_business_020",
    "dantri-news_business_049",
    "dantri-news_business_051",
    "dantri-news_business_054",
    "dantri-news_business_060",
    "dantri-news_business_064",
    "dantri-news_business_072",
    "dantri-news_business_093",
    "dantri-news_business_095",
    "dantri-news_business_121",
    "dantri-news_business_123",
    "dantri-news_business_170",
    "dantri-news_business_197",
    "dantri-news_business_202",
    "dantri-news_business_227",
    "dantri-news_business_231",
    "dantri-news_business_237",
    "dantri-news_business_239",
    "dantri-news_education_001",
    "dantri-news_education_003",
    "dantri-news_education_006",
    "dantri-news_education_007",
    "dantri-news_education_008",
    "dantri-news_education_009",
    "dantri-news_education_010",
    "dantri-news_education_011",
    "dantri-news_education_016",
    "dantri-news_education_020",
    "dantri-news_education_028",
    "dantri-news_education_035",
    "dantri-news_education_045",
    "dantri-news_education_059",
    "dantri-news_education_088",
    "dantri-news_education_095",
    "dantri-news_education_097",
    "dantri-news_education_098",
    "dantri-news_education_113",
    "dantri-news_education_127",
    "dantri-news_education_136",
    "dantri-news_education_144",
    "dantri-news_education_146",
    "dantri-news_education_147",
    "dantri-news_education_160",
    "dantri-news_education_179",
    "dantri-news_education_195",
    "dantri-news_education_209",
    "dantri-news_education_210",
    "dantri-news_education_212",
    "dantri-news_education_217",
    "dantri-news_education_222",
    "dantri-news_education_225",
    "dantri-news_education_227",
    "dantri-news_education_263",
    "dantri-news_education_267",
    "dantri-news_entertainment_033",
    "dantri-news_entertainment_073",
    "dantri-news_entertainment_180",
    "dantri-news_entertainment_205",
    "dantri-news_health_001",
    "dantri-news_health_002",
    "dantri-news_health_003",
    "dantri-news_health_004",
    "dantri-news_health_005",
    "dantri-news_health_010",
    "dantri-news_health_011",
    "dantri-news_health_014",
    "dantri-news_health_016",
    "dantri-news_health_056",
    "dantri-news_health_065",
    "dantri-news_health_072",
    "dantri-news_health_081",
    "dantri-news_health_082",
    "dantri-news_health_114",
    "dantri-news_health_135",
    "dantri-news_health_137",
    "dantri-news_health_149",
    "dantri-news_health_157",
    "dantri-news_health_163",
    "dantri-news_health_167",
    "dantri-news_health_169",
    "dantri-news_health_170",
    "dantri-news_health_250",
    "dantri-news_health_264",
    "dantri-news_health_265",
    "dantri-news_science_002",
    "dantri-news_science_003",
    "dantri-news_science_006",
    "dantri-news_science_008",
    "dantri-news_science_009",
    "dantri-news_science_011",
    "dantri-news_science_012",
    "dantri-news_science_013",
    "dantri-news_science_014",
    "dantri-news_science_015",
    "dantri-news_science_020",
    "dantri-news_science_025",
    "dantri-news_science_046",
    "dantri-news_science_086",
    "dantri-news_science_110",
    "dantri-news_science_116",
    "dantri-news_society_005",
    "dantri-news_society_006",
    "dantri-news_society_009",
    "dantri-news_society_011",
    "dantri-news_society_014",
    "dantri-news_society_015",
    "dantri-news_society_016",
    "dantri-news_society_017",
    "dantri-news_society_018",
    "dantri-news_society_019",
    "dantri-news_society_029",
    "dantri-news_society_032",
    "dantri-news_society_059",
    "dantri-news_society_060",
    "dantri-news_society_097",
    "dantri-news_society_100",
    "dantri-news_society_106",
    "dantri-news_society_109",
    "dantri-news_society_110",
    "dantri-news_society_113",
    "dantri-news_society_139",
    "dantri-news_society_157",
    "dantri-news_society_160",
    "dantri-news_society_177",
    "dantri-news_society_185",
    "dantri-news_society_186",
    "dantri-news_society_200",
    "dantri-news_society_212",
    "dantri-news_society_220",
    "dantri-news_society_249",
    "dantri-news_society_261",
    "dantri-news_society_268",
    "dantri-news_sport_199",
    "dantri-news_tech_002",
    "dantri-news_tech_006",
    "dantri-news_tech_015",
    "dantri-news_tech_018",
    "dantri-news_tech_020",
    "dantri-news_tech_110",
    "dantri-news_tech_115",
    "dantri-news_tech_163",
    "dantri-news_tech_236",
    "dantri-news_travel_002",
    "dantri-news_travel_007",
    "dantri-news_travel_011",
    "dantri-news_travel_018",
    "dantri-news_travel_027",
    "dantri-news_travel_028",
    "dantri-news_travel_039",
    "dantri-news_travel_057",
    "dantri-news_travel_070",
    "dantri-news_travel_103",
    "dantri-news_travel_125",
    "dantri-news_travel_136",
    "dantri-news_travel_153",
    "dantri-news_travel_170",
    "dantri-news_travel_191",
    "dantri-news_travel_198",
    "dantri-news_travel_222",
    "dantri-news_travel_244",
    "dantri-news_world_003",
    "dantri-news_world_004",
    "dantri-news_world_008",
    "dantri-news_world_015",
    "vietnews-test-000670",
    "vietnews-test-002199",
    "vietnews-test-002277",
    "vietnews-test-002330",
    "vietnews-test-002377",
    "vietnews-test-002465",
    "vietnews-test-002581",
    "vietnews-test-002811",
    "vietnews-test-003910",
    "vietnews-test-004374",
    "vietnews-test-004622",
    "vietnews-test-005614",
    "vietnews-test-005681",
    "vietnews-test-007353",
    "vietnews-test-012133",
    "vietnews-test-013647",
    "vietnews-test-014182",
    "vietnews-test-016067",
    "vietnews-test-016199",
    "vietnews-test-017223",
    "vietnews-test-017614",
    "vietnews-test-017847",
    "vietnews-test-018632",
    "vietnews-test-019228",
    "vietnews-test-019720",
    "vietnews-test-019749",
    "vietnews-test-020418",
    "vietnews-test-020433",
    "vietnews-test-020546",
    "vietnews-test-020693",
    "vietnews-test-021338",
    "vietnews-test-021691",
    "vietnews-test-021858",
    "vietnews-test-022542",
    "vietnews-train-002429",
    "vietnews-train-010224",
    "vietnews-train-010255",
    "vietnews-train-010611",
    "vietnews-train-010709",
    "vietnews-train-010778",
    "vietnews-train-011150",
    "vietnews-train-011227",
    "vietnews-train-012544",
    "vietnews-train-012997",
    "vietnews-train-014331",
    "vietnews-train-014633",
    "vietnews-train-014864",
    "vietnews-train-015127",
    "vietnews-train-015555",
    "vietnews-train-015780",
    "vietnews-train-016019",
    "vietnews-train-016549",
    "vietnews-train-016803",
    "vietnews-train-017926",
    "vietnews-train-018175",
    "vietnews-train-018225",
    "vietnews-train-018918",
    "vietnews-train-020360",
    "vietnews-train-020398",
    "vietnews-train-020986",
    "vietnews-train-021754",
    "vietnews-train-022332",
    "vietnews-train-022440",
    "vietnews-train-024776",
    "vietnews-train-025487",
    "vietnews-train-025589",
    "vietnews-train-026784",
    "vietnews-train-031566",
    "vietnews-train-040295",
    "vietnews-train-048196",
    "vietnews-train-053438",
    "vietnews-train-055323",
    "vietnews-train-060865",
    "vietnews-train-060882",
    "vietnews-train-061588",
    "vietnews-train-061769",
    "vietnews-train-062000",
    "vietnews-train-062978",
    "vietnews-train-063447",
    "vietnews-train-064195",
    "vietnews-train-064537",
    "vietnews-train-064541",
    "vietnews-train-064964",
    "vietnews-train-065135",
    "vietnews-train-065896",
    "vietnews-train-066541",
    "vietnews-train-066577",
    "vietnews-train-067704",
    "vietnews-train-067795",
    "vietnews-train-068114",
    "vietnews-train-068170",
    "vietnews-train-068192",
    "vietnews-train-068481",
    "vietnews-train-070223",
    "vietnews-train-070657",
    "vietnews-train-071236",
    "vietnews-train-072465",
    "vietnews-train-072925",
    "vietnews-train-073007",
    "vietnews-train-073315",
    "vietnews-train-073441",
    "vietnews-train-073597",
    "vietnews-train-074150",
    "vietnews-train-074235",
    "vietnews-train-074243",
    "vietnews-train-074594",
    "vietnews-train-074792",
    "vietnews-train-074814",
    "vietnews-train-074885",
    "vietnews-train-075766",
    "vietnews-train-076752",
    "vietnews-train-077214",
    "vietnews-train-077673",
    "vietnews-train-078289",
    "vietnews-train-079045",
    "vietnews-train-080184",
    "vietnews-train-080868",
    "vietnews-train-081391",
    "vietnews-train-081888",
    "vietnews-train-082126",
    "vietnews-train-083091",
    "vietnews-train-084708",
    "vietnews-train-085602",
    "vietnews-train-086594",
    "vietnews-train-086602",
    "vietnews-train-087837",
    "vietnews-train-088766",
    "vietnews-train-088888",
    "vietnews-train-089054",
    "vietnews-train-089713",
    "vietnews-train-090104",
    "vietnews-train-090815",
    "vietnews-train-091138",
    "vietnews-train-091987",
    "vietnews-train-092481",
    "vietnews-train-092702",
    "vietnews-train-092783",
    "vietnews-train-093178",
    "vietnews-train-093406",
    "vietnews-train-093738",
    "vietnews-train-094380",
    "vietnews-train-094412",
    "vietnews-train-095005",
    "vietnews-train-095220",
    "vietnews-train-095473",
    "vietnews-train-095767",
    "vietnews-train-096684",
    "vietnews-train-096742",
    "vietnews-train-097326",
    "vietnews-train-097443",
    "vietnews-train-097559",
    "vietnews-train-098465",
    "vietnews-train-098725",
    "vietnews-train-098801",
    "vietnews-train-098955",
    "vietnews-train-099206",
    "vietnews-train-099261",
    "vietnews-train-099546",
    "vietnews-train-099673",
    "vietnews-train-099700",
    "vietnews-train-100564",
    "vietnews-train-100914",
    "vietnews-train-101212",
    "vietnews-train-101390",
    "vietnews-train-101989",
    "vietnews-train-102738",
    "vietnews-train-103152",
    "vietnews-train-103930",
    "vietnews-train-104010",
    "vietnews-train-104295",
    "vietnews-train-104438",
    "vietnews-train-104483",
    "vietnews-train-104851",
    "vietnews-train-105373",
    "vietnews-val-002862",
    "vietnews-val-002978",
    "vietnews-val-004258",
    "vietnews-val-008777",
    "vietnews-val-013117",
    "vietnews-val-013261",
    "vietnews-val-013882",
    "vietnews-val-013936",
    "vietnews-val-014159",
    "vietnews-val-014663",
    "vietnews-val-015999",
    "vietnews-val-016283",
    "vietnews-val-016357",
    "vietnews-val-017493",
    "vietnews-val-017694",
    "vietnews-val-018679",
    "vietnews-val-019350",
    "vietnews-val-019863",
    "vietnews-val-020716",
    "vietnews-val-021840",
    "vietnews-val-021994",
    "vietnews-val-022037",
    "vietnews-val-022111",
    "vietnews-val-022403",
    "vietnews-val-022486",
    "vietnews-val-022626",
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
    teasers = sorted(set(teasers), key=lambda t: h(t, "teaser19"))
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


MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
B62 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"



def trail(p, wrap, item, texts, sep):
    """A trail or bar whose separator is printed between the items, in the HTML as in the text."""
    p.raw(wrap[0] + f"<span> {html.escape(sep.strip(), quote=False)} </span>".join(
        item.format(t=html.escape(t, quote=False)) for t in texts) + wrap[1])
    p.blocks.append(sep.join(texts))


MONTHS_VI = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]
MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]


def thanhtra(a, n, tz):
    """Báo Thanh tra (thanhtra.com.vn, the Government Inspectorate's paper): OpenGraph with
    article:published_time, JSON-LD NewsArticle, the <title> adding ' - Báo Thanh tra'; the
    banner 'THANH TRA' and its motto; the trail 'Trang chủ › Xã hội › <section>' (the category,
    last); the date line ABOVE the title 'Thứ Năm, 12/03/2019 08:15 (GMT+7)'; the sapo a bold
    <h2 class="sapo">; a <figure> with <figcaption>; a 'Tin liên quan' box INSIDE the body after
    the third paragraph; the byline '<name>' bold right-aligned at the end; 'Từ khóa:' tags;
    'Bình luận' with the form's labels; 'Tin cùng chuyên mục'; LF, one block a line."""
    section = ["Giáo dục", "Pháp luật", "Thời sự"][n - 1]
    aid = 140000 + h(a["id"], "tt") % 60000
    url = f"https://thanhtra.com.vn/xa-hoi/{slug(section)}/{slug(a['title'])}-{aid}.html"
    when = f"{weekday(a)}, {dmy(a)} {hm(a)} (GMT+7)"
    cap = a["caption"] or "Ảnh minh họa"
    tags = ["Từ khóa:", "thanh tra", section.lower(), "sai phạm"]
    p = Page()
    p.raw(head(f"{a['title']} - Báo Thanh tra",
               og(a, url, "Báo Thanh tra", section=section)
               + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                         "datePublished": iso(a), "author": {"@type": "Person", "name": a["author"]},
                         "publisher": {"@type": "Organization", "name": "Báo Thanh tra"},
                         "mainEntityOfPage": url})))
    p.raw('<body><header class="tt-header"><a href="/" class="logo"><img src="/images/logo.png" alt="Báo Thanh tra"></a>')
    p.el("div", "THANH TRA", 'class="brand"')
    p.el("div", "Cơ quan của Thanh tra Chính phủ - Diễn đàn phòng, chống tham nhũng", 'class="motto"')
    p.raw("</header>")
    menu = ["Thời sự", "Chống tham nhũng", "Thanh tra", "Tiếp dân", "Pháp luật", "Xã hội", "Kinh tế", "Văn hóa"]
    p.group(('<nav class="tt-menu"><ul>', "</ul></nav>"), '<li><a href="#">{t}</a></li>', menu, " ")
    trail(p, ('<div class="breadcrumb">', "</div>"), '<a href="#">{t}</a>', ["Trang chủ", "Xã hội", section], " › ")
    p.raw('<article class="detail">')
    p.el("div", when, 'class="detail-time"')
    p.el("h1", a["title"], 'class="detail-title"')
    p.el("h2", a["lead"], 'class="sapo"')
    p.raw('<div class="detail-content">')
    rel = tz[:3]

    def photo():
        p.raw(f'<figure class="image"><img src="https://thanhtra.com.vn/uploads/{a["date"].year}/{aid}.jpg">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    def inline():
        related_div(p, "related-inline", "Tin liên quan", rel, "div")

    body(p, a, photo, inline, at=2)
    p.raw('<p style="text-align: right;"><strong>')
    p.el("span", a["author"])
    p.raw("</strong></p></div>")
    p.group(('<div class="tags">', "</div>"), '<a href="#">{t}</a>', tags, " ")
    p.raw("</article>")
    p.raw('<div class="comments">')
    p.el("h3", "Bình luận")
    p.el("label", "Họ và tên")
    p.el("label", "Email")
    p.el("button", "Gửi bình luận")
    p.raw("</div>")
    more = teaser_dated(tz[3:6], a, "tt", "{t}")
    related_div(p, "same-cat", "Tin cùng chuyên mục", more, "h3")
    foot = ["Báo Thanh tra - Cơ quan của Thanh tra Chính phủ",
            "Giấy phép số 174/GP-BTTTT do Bộ Thông tin và Truyền thông cấp",
            "Tòa soạn: 220 Đội Cấn, Ba Đình, Hà Nội"]
    footer(p, foot, ('<footer class="tt-footer">', "</footer>"), "p")
    fur = ["THANH TRA", "Cơ quan của Thanh tra Chính phủ - Diễn đàn phòng, chống tham nhũng", when,
           "Tin liên quan", *rel, " ".join(tags), "Gửi bình luận", "Tin cùng chuyên mục", *more, *foot]
    if not a["caption"]:
        fur.append(cap)
    return p, text_of(p, False, False), url, section, a["author"], fur


def baoquangbinh(a, n, tz):
    """Báo Quảng Bình (baoquangbinh.vn, a provincial paper): OpenGraph WITHOUT a time and with an
    og:title that differs from the headline (the social title, the section before it), no
    JSON-LD, the <title> adding ' - Báo Quảng Bình điện tử'; the banner 'BÁO QUẢNG BÌNH ĐIỆN
    TỬ' and its licence; the section a single link over the title (the category); the DATE
    UNDER THE TITLE 'Cập nhật lúc: 08:15, 12/03/2019'; the sapo bold italic; the caption an
    italic <p>; the name bold right-aligned at the end; 'Các tin, bài viết khác' with
    '(dd/mm/yyyy)'; LF, a BLANK line between blocks, the menu one line."""
    section = ["Xã hội", "Lao động - Việc làm", "Xã hội"][n - 1]
    aid = 160000 + h(a["id"], "qb") % 30000
    url = f"https://www.baoquangbinh.vn/xa-hoi/{a['date'].year}{a['date'].month:02d}/{slug(a['title'])}-{aid}/"
    when = f"Cập nhật lúc: {hm(a)}, {dmy(a)}"
    cap = a["caption"] or "Ảnh minh họa"
    meta = og(a, url, "Báo Quảng Bình điện tử", published=False).replace(
        f'content="{html.escape(a["title"])}"', f'content="{html.escape(section + " - " + a["title"])}"', 1)
    p = Page()
    p.raw(head(f"{a['title']} - Báo Quảng Bình điện tử", meta))
    p.raw('<body><div id="header"><img src="/images/banner.jpg" alt="">')
    p.el("div", "BÁO QUẢNG BÌNH ĐIỆN TỬ", 'class="sitename"')
    p.el("div", "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Bình - Tiếng nói của nhân dân Quảng Bình", 'class="slogan"')
    p.raw("</div>")
    menu = ["Trang chủ", "Chính trị", "Kinh tế", "Xã hội", "Quốc phòng - An ninh", "Văn hóa", "Thể thao", "Bạn đọc"]
    p.group(('<ul class="menu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " | ")
    p.raw('<div class="news-detail">')
    p.el("a", section, 'class="cat-link" href="#"')
    p.el("h1", a["title"])
    p.el("div", when, 'class="date"')
    p.raw('<div class="sapo"><strong><em>')
    p.el("span", a["lead"])
    p.raw("</em></strong></div>")

    def photo():
        p.raw(f'<p style="text-align:center"><img src="/uploads/news/{aid}.jpg" alt=""></p>')
        p.el("p", cap, 'style="text-align:center"><em')  # closed below
        p.parts[-1] = f'<p style="text-align:center"><em>{html.escape(cap, quote=False)}</em></p>'

    body(p, a, photo, para=lambda t: ("p", t, 'style="text-align:justify"'))
    p.el("p", a["author"], 'style="text-align:right;font-weight:bold"')
    p.raw("</div>")
    older = teaser_dated(tz[:5], a, "qb", "{t} ({d})")
    related_div(p, "other", "Các tin, bài viết khác", older, "h3")
    foot = ["Tổng Biên tập: Lê Văn Minh",
            "Tòa soạn: 06 Hương Giang, thành phố Đồng Hới, tỉnh Quảng Bình",
            "Giấy phép số 56/GP-BTTTT"]
    footer(p, foot, ('<div id="footer">', "</div>"), "div")
    fur = ["BÁO QUẢNG BÌNH ĐIỆN TỬ",
           "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Bình - Tiếng nói của nhân dân Quảng Bình",
           when, "Các tin, bài viết khác", *older, *foot]
    if not a["caption"]:
        fur.append(cap)
    return p, text_of(p, False, True), url, section, a["author"], fur


def baobacninh(a, n, tz):
    """Báo Bắc Ninh (baobacninh.vn, a provincial paper on an older table CMS): NO OpenGraph, NO
    JSON-LD, a <meta name="description"> only, the <title> with the site's name FIRST ('Báo Bắc
    Ninh - <title>'); the page a <table>; the trail 'Trang chủ >> <section>' (the category);
    the date line ABOVE the title '08:15 | Thứ Năm, 12/3/2019' (time first, no leading zeros);
    the title a bold <div>; the sapo a bold <p>; the caption a <td> under the photo's <td>; the
    name bold right-aligned with 'Theo <paper>' italic under it (the source line); 'Gửi cho bạn
    bè | In bài viết' and a Like button whose data-href is the address (the label's url); 'Các
    tin khác'; LF, one block a line, menus one item a line."""
    section = ["Xã hội", "Thời sự", "Xã hội"][n - 1]
    nid = 200000 + h(a["id"], "bn") % 90000
    url = f"http://baobacninh.com.vn/news/-/details/20182/{slug(a['title'])}-{nid}"
    d = a["date"]
    when = f"{hm(a)} | {weekday(a)}, {d.day}/{d.month}/{d.year}"
    cap = a["caption"] or "Ảnh minh họa"
    src = "Theo Báo Lao Động"
    tools = "Gửi cho bạn bè | In bài viết"
    p = Page()
    p.raw(head(f"Báo Bắc Ninh - {a['title']}",
               f'<meta name="description" content="{html.escape(a["lead"])}">\n'))
    p.raw('<body><table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td class="banner">')
    p.el("div", "BÁO BẮC NINH", 'class="ten-bao"')
    p.raw("</td></tr><tr><td>")
    menu = ["Trang chủ", "Thời sự", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao", "Bạn đọc"]
    p.group(('<table class="menu"><tr>', "</tr></table>"), '<td><a href="#">{t}</a></td>', menu, " ")
    p.raw("</td></tr><tr><td>")
    trail(p, ('<div class="duongdan">', "</div>"), '<a href="#">{t}</a>', ["Trang chủ", section], " >> ")
    p.el("div", when, 'class="ngaydang"')
    p.el("div", a["title"], 'class="tieude" style="font-weight:bold;font-size:20px"')
    p.el("p", a["lead"], 'style="font-weight:bold"')

    def photo():
        p.raw(f'<table align="center"><tr><td><img src="/documents/20182/{nid}.jpg" width="500"></td></tr><tr>')
        p.el("td", cap, 'class="chuthich"')
        p.raw("</tr></table>")

    body(p, a, photo)
    p.el("p", a["author"], 'align="right"><b')
    p.parts[-1] = f'<p align="right"><b>{html.escape(a["author"], quote=False)}</b></p>'
    p.el("p", src, 'align="right"><i')
    p.parts[-1] = f'<p align="right"><i>{html.escape(src, quote=False)}</i></p>'
    p.el("div", tools, 'class="congcu"')
    # the article's address (the label's url) only in the Like button's data-href
    p.raw(f'<div class="fb-like" data-href="{html.escape(url)}" data-layout="button_count"></div>')
    p.raw("</td></tr><tr><td>")
    older = teaser_dated(tz[:4], a, "bn", "{t} - {d}")
    related_div(p, "tinkhac", "Các tin khác", older, "div")
    p.raw("</td></tr></table>")
    foot = ["BÁO BẮC NINH - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bắc Ninh",
            "Địa chỉ: Số 11 Lý Thái Tổ, thành phố Bắc Ninh"]
    footer(p, foot, ('<div class="chantrang">', "</div>"), "div")
    fur = ["BÁO BẮC NINH", f"Trang chủ >> {section}", when, src, tools, "Các tin khác", *older, *foot]
    if not a["caption"]:
        fur.append(cap)
    return p, text_of(p, True, False), url, section, a["author"], fur


def danviet(a, n, tz):
    """Dân Việt (danviet.vn, Báo Nông thôn Ngày nay, the Farmers' Union's paper): OpenGraph
    whose og:title is a longer social title (not the headline), article:published_time, JSON-LD
    NewsArticle; the <title> adding ' | Báo Dân Việt'; the trail 'Trang chủ > <section>' (the
    category); the <h1>; the BYLINE BEFORE THE BODY (an author link, then the date line 'Thứ
    năm, ngày 12/03/2019 08:15 AM (GMT+7)'); the sapo bold; 'Tin liên quan' links INSIDE the
    body after the first paragraph; <figcaption>; 'Từ khóa' as '#' tags; 'Bình luận (0)';
    'Đọc thêm'; LF, one block a line."""
    section = ["Xã hội", "Thế giới", "Khoa học"][n - 1]
    aid = 1300000 + h(a["id"], "dv") % 99999
    url = f"https://danviet.vn/{slug(a['title'])}-{a['date'].year}{a['date'].month:02d}{a['date'].day:02d}{aid}.htm"
    hh, mm = a["time"]
    when = (f"{weekday(a).lower().capitalize()}, ngày {dmy(a)} "
            f"{(hh - 1) % 12 + 1:02d}:{mm:02d} {'AM' if hh < 12 else 'PM'} (GMT+7)")
    social = f"{a['title'].rstrip('.')}: tin {section.lower()} mới nhất"
    cap = "Ảnh minh họa"
    tags = ["#" + section.lower(), "#tin nóng", "#dân việt"]
    p = Page()
    meta = og(a, url, "Báo Dân Việt").replace(f'content="{html.escape(a["title"])}"',
                                              f'content="{html.escape(social)}"', 1)
    p.raw(head(f"{a['title']} | Báo Dân Việt", meta
               + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                         "datePublished": iso(a), "dateModified": iso(a), "articleSection": section,
                         "author": {"@type": "Person", "name": a["author"]},
                         "publisher": {"@type": "Organization", "name": "Báo Dân Việt"}})))
    p.raw('<body><header><a class="logo" href="/"><img src="/images/logo-danviet.svg" alt="Dân Việt"></a>')
    menu = ["Nhà nông", "Thời sự", "Kinh tế", "Xã hội", "Pháp luật", "Thế giới", "Khoa học", "Thể thao"]
    p.group(('<nav><ul class="menu">', "</ul></nav>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw("</header><main>")
    trail(p, ('<ul class="breadcrumb">', "</ul>"), '<li><a href="#">{t}</a></li>', ["Trang chủ", section], " > ")
    p.el("h1", a["title"], 'class="title"')
    p.raw('<div class="author-info"><a class="author" href="#">')
    p.el("span", a["author"])
    p.raw("</a>")
    p.el("span", when, 'class="time"')
    p.raw("</div>")
    p.el("div", a["lead"], 'class="sapo" style="font-weight:700"')
    p.raw('<div class="entry-body">')
    rel = tz[:3]

    def photo():
        p.raw(f'<figure><img src="https://danviet.mediacdn.vn/{aid}.jpg" alt="">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    def inline():
        related_div(p, "tinlienquan", "Tin liên quan", rel, "div")

    body(p, a, photo, inline, at=0)
    p.raw("</div>")
    p.group(('<div class="tags">', "</div>"), '<a href="#">{t}</a>', tags, " ")
    p.el("div", "Bình luận (0)", 'class="comment-count"')
    more = tz[3:6]
    related_div(p, "docthem", "Đọc thêm", more, "h3")
    p.raw("</main>")
    foot = ["Cơ quan chủ quản: Trung ương Hội Nông dân Việt Nam",
            "Tòa soạn: Số 9 Đào Duy Anh, Đống Đa, Hà Nội"]
    footer(p, foot, ("<footer>", "</footer>"), "p")
    fur = [when, "Tin liên quan", *rel, " ".join(tags), "Bình luận (0)", "Đọc thêm", *more, *foot, cap]
    return p, text_of(p, False, False), url, section, a["author"], fur


def kienthuc(a, n, tz):
    """Kiến Thức (kienthuc.net.vn, an online-only paper): OpenGraph with article:published_time,
    no JSON-LD, a bare <title> (the headline alone); the category a tab over the title; the
    <h1>; the date line under it '12/03/2019 08:15'; the sapo an <h2>; the caption a <p
    class="caption"> with ' (Ảnh: Internet)' credit; 'Xem thêm:' one link INSIDE the body; the
    name bold right-aligned at the end; 'Từ khóa:'; 'TIN LIÊN QUAN' after the body; 'Tin mới
    nhất'; LF, a BLANK line between blocks, menus one line."""
    section = ["Khoa học", "Khoa học", "Đời sống"][n - 1]
    aid = 1500000 + h(a["id"], "kt") % 90000
    url = f"https://kienthuc.net.vn/{slug(section)}/{slug(a['title'])}-{aid}.html"
    when = f"{dmy(a)} {hm(a)}"
    cap = "Ảnh minh họa (Ảnh: Internet)"
    more1 = f"Xem thêm: {tz[0]}"
    tags = "Từ khóa: " + ", ".join([section, "bí ẩn", "phát hiện"])
    p = Page()
    p.raw(head(a["title"], og(a, url, "Kiến Thức", section=section)))
    p.raw('<body><div class="top"><a href="/"><img src="/img/logo.png" alt="Kiến Thức"></a>')
    menu = ["Trang chủ", "Khoa học", "Đời sống", "Xã hội", "Thế giới", "Giải trí", "Công nghệ"]
    p.group(('<ul class="nav">', "</ul></div>"), '<li><a href="#">{t}</a></li>', menu, " · ")
    p.raw('<div class="article">')
    p.el("a", section, 'class="cate-tab" href="#"')
    p.el("h1", a["title"])
    p.el("div", when, 'class="time"')
    p.el("h2", a["lead"], 'class="sapo"')

    def photo():
        p.raw(f'<div class="img"><img {LAZY} data-src="https://cdn.kienthuc.net.vn/{aid}.jpg">')
        p.el("p", cap, 'class="caption"')
        p.raw("</div>")

    def inline():
        p.raw('<p class="xemthem"><a href="#"><strong>')
        p.el("span", more1)
        p.raw("</strong></a></p>")

    body(p, a, photo, inline, at=1)
    byline_p(p, a["author"])
    p.el("div", tags, 'class="tags"')
    p.raw("</div>")
    rel = tz[1:4]
    related_div(p, "lienquan", "TIN LIÊN QUAN", rel, "h3")
    new = tz[4:6]
    related_div(p, "moinhat", "Tin mới nhất", new, "h3")
    foot = ["Cơ quan chủ quản: Hội Phổ biến Kiến thức Việt Nam",
            "Giấy phép số 89/GP-BTTTT"]
    footer(p, foot, ('<div class="footer">', "</div>"), "p")
    fur = [when, cap, more1, tags, "TIN LIÊN QUAN", *rel, "Tin mới nhất", *new, *foot]
    return p, text_of(p, False, True), url, section, a["author"], fur


def baovephapluat(a, n, tz):
    """Bảo vệ pháp luật (baovephapluat.vn, the Supreme People's Procuracy's paper): JSON-LD
    NewsArticle ONLY (no OpenGraph), the <title> adding ' - Báo Bảo vệ pháp luật'; the trail
    'Trang chủ / <section>' (the category); the <h1>; the date line under it 'Thứ Năm,
    12/03/2019 - 08:15'; the sapo bold; an italic caption; the name bold right-aligned, then
    a SOURCE LINE 'Theo Dân trí' italic; 'Tin liên quan' after the body; a Facebook comments
    box; LF, one block a line."""
    section = ["Quốc tế", "Quốc tế", "Công nghệ"][n - 1]
    aid = 100000 + h(a["id"], "bv") % 20000
    url = f"https://baovephapluat.vn/{slug(section)}/{slug(a['title'])}-{aid}.html"
    when = f"{weekday(a)}, {dmy(a)} - {hm(a)}"
    cap = "Ảnh minh họa"
    src = "Theo Dân trí"
    p = Page()
    p.raw(head(f"{a['title']} - Báo Bảo vệ pháp luật",
               jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                       "description": a["lead"], "datePublished": iso(a), "url": url,
                       "author": {"@type": "Person", "name": a["author"]},
                       "publisher": {"@type": "Organization", "name": "Báo Bảo vệ pháp luật"}})))
    p.raw('<body><div class="header"><img src="/images/logo-bvpl.png" alt="">')
    p.el("div", "BẢO VỆ PHÁP LUẬT", 'class="logo-text"')
    p.el("div", "Cơ quan của Viện kiểm sát nhân dân tối cao", 'class="logo-sub"')
    p.raw("</div>")
    menu = ["Kiểm sát 24h", "Pháp luật", "Hình sự", "Dân sự", "Quốc tế", "Công nghệ", "Văn hóa"]
    p.group(('<ul class="main-menu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    trail(p, ('<div class="breadcrumbs">', "</div>"), '<a href="#">{t}</a>', ["Trang chủ", section], " / ")
    p.raw('<div class="article-detail">')
    p.el("h1", a["title"])
    p.el("span", when, 'class="post-date"')
    p.el("p", a["lead"], 'class="lead" style="font-weight:bold"')

    def photo():
        p.raw(f'<table class="image center"><tr><td><img src="/stores/news_dataimages/{aid}.jpg"></td></tr>')
        p.raw(f'<tr><td class="image_desc"><em>{html.escape(cap, quote=False)}</em></td></tr></table>')
        p.blocks.append(cap)

    body(p, a, photo)
    p.el("p", a["author"], 'style="text-align:right;font-weight:bold"')
    p.el("p", src, 'style="text-align:right;font-style:italic"')
    p.raw("</div>")
    rel = teaser_dated(tz[:4], a, "bv", "{t}")
    related_div(p, "related", "Tin liên quan", rel, "h3")
    p.raw('<div class="fb-comments" data-href="' + html.escape(url) + '" data-width="100%"></div>')
    foot = ["Báo Bảo vệ pháp luật - Cơ quan của Viện kiểm sát nhân dân tối cao",
            "Tòa soạn: Số 2, ngõ 7 Tôn Thất Thuyết, Cầu Giấy, Hà Nội"]
    footer(p, foot, ('<div class="footer">', "</div>"), "p")
    fur = ["BẢO VỆ PHÁP LUẬT", "Cơ quan của Viện kiểm sát nhân dân tối cao", when, src, cap,
           "Tin liên quan", *rel, *foot]
    return p, text_of(p, False, False), url, section, a["author"], fur


# ---------------------------------------------------------------- plan and output

TEMPLATES = {"thanhtra": thanhtra, "baoquangbinh": baoquangbinh, "baobacninh": baobacninh,
             "danviet": danviet, "kienthuc": kienthuc, "baovephapluat": baovephapluat}


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
