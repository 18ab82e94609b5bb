"""Builds the twenty-first opened page-layout set (formerly the TWENTY-FIRST unseen check): 18 real corpus articles laid out as six
NEWSPAPERS' OWN DESKTOP ARTICLE PAGES that no earlier set uses, each page as HTML and as the visible
text a scraper saves from it, with labels: two provincial papers (Báo Cà Mau: the date under the
title, an og:title with the site's name, 'Tin cùng chuyên mục' dated; Báo Hòa Bình on an older CMS:
the site's name in the <h1> and the headline an <h2>, the date ABOVE the title, the sapo opening
'(HBĐT) - ', CRLF text), a provincial paper on WordPress with Yoast (Báo Tuyên Quang: JSON-LD
@graph, 'Bài, ảnh: <name>', sidebars after the article), a mass organisation's paper (Lao động
Thủ đô, of the Hà Nội union federation: the date and time in two spans, 'Tin liên quan' inside the
body, 'Tags:'), an online-only paper (Tổ Quốc: the BYLINE BEFORE THE BODY on one line with the date,
'<name> | Thứ Năm, 12/03/2019 08:15', a blank line between blocks) and an association's paper
(Đời sống & Pháp luật: JSON-LD only, the date above the title, the name then '(Theo Dân trí)' on
one line).

  python3 index-builder/src/test/resources/layouts-opened-21/generate.py   # from the repository root

Reads ../shared/corpus (beside the repository; VNNEWS_CORPUS names another folder). Writes,
beside this script:
  <site>/<n>.html   the page as the site serves it
  <site>/<n>.txt    its visible text, saved with that site's scraper convention (see the README)
  labels.jsonl      one line per page, the schema of ../layouts-opened-19/labels.jsonl,
                    "half": "opened"

Written from what the real sites look like, without reading the extractor's rules and never tuned
on. Labels come from the corpus article's fields and from what the template prints. The articles
are named below (ARTICLES), not searched for at run time; they were picked at ODD 1-based line
numbers of their corpus files. The article, paragraph, date and page plumbing is the nineteenth
set's (../layouts-unseen-19/generate.py, now ../layouts-opened-19/), unchanged but for the teaser order's salt; a few of its
helpers are kept though no template here calls them.
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
# every labels.jsonl under ../layout*/), each at an odd line of its corpus file. dantri: nine of
# the October-November 2020 crawl (UNSIGNED: no byline; the site prints a reporter's name from a
# hash), a lead of 20 words or more that does not open with dantri's 'Dân trí' tag, five or more
# body paragraphs. vietnews-labour: a title without quotes, a lead of 18 words or more, 16 or more
# usable sentences. The two marked (A) are agreement signings, and the signing is printed on the
# page.
ARTICLES = {
    "baocamau": ["vietnews-train-066474",
                 "vietnews-train-102654",  # (A) 'chỉ có 5 doanh nghiệp ký hợp đồng lao động'
                 "vietnews-test-014385"],
    "baohoabinh": ["vietnews-train-037465", "vietnews-train-093583", "vietnews-train-073930"],
    "laodongthudo": ["vietnews-train-084261",  # (A) 'đã được ký kết hợp đồng lao động'
                     "vietnews-train-026165", "vietnews-train-066946"],
    "toquoc": ["dantri-news_travel_003", "dantri-news_science_001", "dantri-news_society_020"],
    "doisongphapluat": ["dantri-news_education_002", "dantri-news_world_006", "dantri-news_world_012"],
    "baotuyenquang": ["dantri-news_tech_008",  # (A) MobiFone and FPT, 'Lễ ký kết diễn ra sáng 2/10'
                      "dantri-news_tech_010", "dantri-news_world_002"],
}
STORY_PARAS = {}
LABOUR_PARAS = {}
AGREEMENTS = {"vietnews-train-102654", "vietnews-train-084261", "dantri-news_tech_008"}
UNSIGNED = {i for s in ("toquoc", "doisongphapluat", "baotuyenquang") for i in ARTICLES[s]}
# labour pages whose text (or the event it reports) fixes the date the hashed rule would miss, read
# by hand on the pages' own text BEFORE the one extractor run: the brick works whose books were
# empty 'Đến cuối 2017' (printed early in 2018, not January 2017); the union federation's review
# of 'năm 2014' and its plan for 'năm 2015', held 'Chiều 8/4' (9 April 2015); the Sihanoukville
# collapse 'rạng sáng 22/6' (the building fell on 22 June 2019; printed 24 June); the bus
# stations 'từ sáng 30/8' before the holiday of '31/8/2019' to '2/9/2019' (printed 30 August 2019,
# 'Hôm nay, lượng người ...', not after the holiday). The other five keep the rule's date.
PRINTED_IN = {}
PRINTED_ON = {"vietnews-train-066474": datetime.date(2018, 1, 4),
              "vietnews-train-102654": datetime.date(2015, 4, 9),
              "vietnews-train-037465": datetime.date(2019, 6, 24),
              "vietnews-train-066946": datetime.date(2019, 8, 30)}
PRINTED_AT = {}
# Every id the other layout sets name (the "id" of every labels.jsonl under ../layout*/, this set
# excluded: 399 ids): teasers never come from these, and an article named above must not be one.
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
    "dantri-news_science_004",
    "dantri-news_science_006",
    "dantri-news_science_007",
    "dantri-news_science_008",
    "dantri-news_science_009",
    "dantri-news_science_011",
    "dantri-news_science_012",
    "dantri-news_science_013",
    "dantri-news_science_014",
    "dantri-news_science_015",
    "dantri-news_science_016",
    "dantri-news_science_020",
    "dantri-news_science_025",
    "dantri-news_science_046",
    "dantri-news_science_086",
    "dantri-news_science_110",
    "dantri-news_science_116",
    "dantri-news_society_005",
    "dantri-news_society_006",
    "dantri-news_society_008",
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
    "dantri-news_tech_017",
    "dantri-news_tech_018",
    "dantri-news_tech_020",
    "dantri-news_tech_110",
    "dantri-news_tech_115",
    "dantri-news_tech_163",
    "dantri-news_tech_236",
    "dantri-news_travel_002",
    "dantri-news_travel_007",
    "dantri-news_travel_011",
    "dantri-news_travel_014",
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
    "dantri-news_world_010",
    "dantri-news_world_011",
    "dantri-news_world_013",
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
    "vietnews-test-016226",
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
    "vietnews-train-013209",
    "vietnews-train-014331",
    "vietnews-train-014633",
    "vietnews-train-014864",
    "vietnews-train-015127",
    "vietnews-train-015555",
    "vietnews-train-015654",
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
    "vietnews-train-026553",
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
    "vietnews-train-072381",
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
    "vietnews-train-101696",
    "vietnews-train-101989",
    "vietnews-train-102627",
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
    "vietnews-val-015208",
    "vietnews-val-015999",
    "vietnews-val-016283",
    "vietnews-val-016357",
    "vietnews-val-017493",
    "vietnews-val-017694",
    "vietnews-val-018679",
    "vietnews-val-019350",
    "vietnews-val-019863",
    "vietnews-val-020716",
    "vietnews-val-021342",
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
    teasers = sorted(set(teasers), key=lambda t: h(t, "teaser21"))
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




def baocamau(a, n, tz):
    """Báo Cà Mau (baocamau.vn, a provincial paper): OpenGraph with article:published_time, its
    og:title the headline WITH the site's name (' | Báo Cà Mau'), JSON-LD NewsArticle; the
    <title> the same as og:title; the banner 'BÁO CÀ MAU' and its masthead line; the trail
    'Trang chủ » <section>' (the category); the <h1>; the DATE UNDER THE TITLE 'Ngày đăng:
    12/03/2019 | 08:15'; the sapo bold in a <div>; an <img> then its caption an italic <p>; the
    name bold right-aligned at the end; 'Chia sẻ:' bar; 'Tin cùng chuyên mục' with '
    (dd/mm/yyyy)'; LF, one block a line, menus one line."""
    section = ["Xã hội", "Lao động - Việc làm", "Xã hội"][n - 1]
    aid = 50000 + h(a["id"], "cm") % 40000
    url = f"https://baocamau.vn/{slug(section)}/{slug(a['title'])}-{aid}.html"
    when = f"Ngày đăng: {dmy(a)} | {hm(a)}"
    cap = a["caption"] or "Ảnh minh họa"
    share = "Chia sẻ: Facebook | Zalo | In bài"
    full = f"{a['title']} | Báo Cà Mau"
    meta = og(a, url, "Báo Cà Mau", section=section).replace(
        f'content="{html.escape(a["title"])}"', f'content="{html.escape(full)}"', 1)
    p = Page()
    p.raw(head(full, meta + jsonld({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
        "datePublished": iso(a), "articleSection": section, "mainEntityOfPage": url,
        "author": {"@type": "Person", "name": a["author"]},
        "publisher": {"@type": "Organization", "name": "Báo Cà Mau"}})))
    p.raw('<body><div class="header"><a href="/"><img src="/images/logo-cm.png" alt="Báo Cà Mau"></a>')
    p.el("div", "BÁO CÀ MAU", 'class="site-name"')
    p.el("div", "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Cà Mau - Tiếng nói của Đảng bộ, chính quyền và nhân dân Cà Mau", 'class="masthead"')
    p.raw("</div>")
    menu = ["Trang chủ", "Chính trị", "Kinh tế", "Xã hội", "Lao động - Việc làm", "Pháp luật", "Văn hóa", "Thể thao"]
    p.group(('<div class="menu"><ul>', "</ul></div>"), '<li><a href="#">{t}</a></li>', menu, " ")
    trail(p, ('<div class="breadcrumb">', "</div>"), '<a href="#">{t}</a>', ["Trang chủ", section], " » ")
    p.raw('<div class="detail">')
    p.el("h1", a["title"], 'class="detail-title"')
    p.el("div", when, 'class="detail-date"')
    p.el("div", a["lead"], 'class="detail-sapo" style="font-weight:bold"')
    p.raw('<div class="detail-content">')

    def photo():
        p.raw(f'<p style="text-align:center"><img src="/upload/{a["date"].year}/{aid}.jpg" alt="" width="600"></p>')
        p.raw(f'<p style="text-align:center"><em>{html.escape(cap, quote=False)}</em></p>')
        p.blocks.append(cap)

    body(p, a, photo, para=lambda t: ("p", t, 'style="text-align:justify"'))
    p.el("p", a["author"], 'style="text-align:right;font-weight:bold"')
    p.raw("</div>")
    p.el("div", share, 'class="share"')
    p.raw("</div>")
    older = teaser_dated(tz[:4], a, "cm", "{t} ({d})")
    related_div(p, "cungchuyenmuc", "Tin cùng chuyên mục", older, "h3")
    foot = ["BÁO CÀ MAU - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Cà Mau",
            "Địa chỉ: Số 83 Lý Thường Kiệt, Phường 7, TP Cà Mau",
            "Giấy phép số 129/GP-BTTTT"]
    footer(p, foot, ('<div class="footer">', "</div>"), "p")
    fur = ["BÁO CÀ MAU", when, share, "Tin cùng chuyên mục", *older, *foot]
    if not a["caption"]:
        fur.append(cap)
    return p, text_of(p, False, False), url, section, a["author"], fur


def baohoabinh(a, n, tz):
    """Báo Hòa Bình (baohoabinh.com.vn, a provincial paper on an older CMS): NO OpenGraph, NO
    JSON-LD, <meta name="description"> and <meta name="keywords"> only, the <title> adding '
    - Báo Hòa Bình điện tử'; the site's name is the page's <h1> ('BÁO HÒA BÌNH ĐIỆN TỬ') and the
    headline an <h2 class="title">; the section a bold link over the date; the DATE ABOVE THE
    TITLE 'Thứ Năm, 12/03/2019, 08:15 [GMT+7]'; the sapo bold opening with the paper's tag
    '(HBĐT) - ' (the label's lead is without it); the caption a <td> under the photo; the name
    bold right-aligned; 'Các tin khác' with ' (dd/mm)'; the address (the label's url) only in
    a <link rel="canonical">; CRLF, one block a line, menus one item a line."""
    section = ["Quốc tế", "Xã hội", "Xã hội"][n - 1]
    nid = 130000 + h(a["id"], "hb") % 60000
    url = f"http://www.baohoabinh.com.vn/{12 + n}/{nid}/{slug(a['title'])}.htm"
    d = a["date"]
    when = f"{weekday(a)}, {dmy(a)}, {hm(a)} [GMT+7]"
    tag = "(HBĐT) - "
    cap = a["caption"] or "Ảnh minh họa"
    p = Page()
    p.raw(head(f"{a['title']} - Báo Hòa Bình điện tử",
               f'<meta name="description" content="{html.escape(a["lead"])}">\n'
               f'<meta name="keywords" content="{html.escape(section)}, Hòa Bình, báo Hòa Bình">\n'
               f'<link rel="canonical" href="{html.escape(url)}">\n'))
    p.raw('<body><div id="wrapper"><div id="banner">')
    p.el("h1", "BÁO HÒA BÌNH ĐIỆN TỬ", 'class="logo"')
    p.el("div", "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hòa Bình", 'class="slogan"')
    p.raw("</div>")
    menu = ["Trang chủ", "Thời sự", "Kinh tế", "Xã hội", "Văn hóa", "Quốc tế", "Thể thao", "HBTV"]
    p.group(('<table class="topmenu"><tr>', "</tr></table>"), '<td><a href="#">{t}</a></td>', menu, " ")
    p.raw('<div id="content">')
    p.el("a", section, 'class="cate" href="#" style="font-weight:bold"')
    p.el("div", when, 'class="date"')
    p.el("h2", a["title"], 'class="title"')
    p.raw(f'<p class="sapo"><b>{html.escape(tag + a["lead"], quote=False)}</b></p>')
    p.blocks.append(tag + a["lead"])

    def photo():
        p.raw(f'<table class="image" align="center"><tr><td><img src="/Uploaded/{d.year}/{nid}.jpg"></td></tr><tr>')
        p.el("td", cap, 'class="caption"')
        p.raw("</tr></table>")

    body(p, a, photo)
    p.raw(f'<p align="right"><b>{html.escape(a["author"], quote=False)}</b></p>')
    p.blocks.append(a["author"])
    p.raw("</div>")
    older = []
    for i, t in enumerate(tz[:5]):
        day = d - datetime.timedelta(days=i + h(t, "hb") % 2)
        older.append(f"{t} ({day.day:02d}/{day.month:02d})")
    related_div(p, "other", "Các tin khác", older, "div")
    foot = ["Cơ quan chủ quản: Tỉnh ủy Hòa Bình",
            "Tòa soạn: Đường Trần Hưng Đạo, phường Phương Lâm, thành phố Hòa Bình",
            "Ghi rõ nguồn \"Báo Hòa Bình điện tử\" khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<div id="footer">', "</div></div>"), "div")
    fur = ["BÁO HÒA BÌNH ĐIỆN TỬ", "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hòa Bình", when,
           "(HBĐT)", "Các tin khác", *older, *foot]
    if not a["caption"]:
        fur.append(cap)
    return p, text_of(p, True, False, "\r\n"), url, section, a["author"], fur


def laodongthudo(a, n, tz):
    """Lao động Thủ đô (laodongthudo.vn, the Hà Nội union federation's paper): OpenGraph with
    article:published_time and article:section, JSON-LD NewsArticle; the <title> adding ' |
    Báo Lao động Thủ đô'; the trail 'Lao động Thủ đô > <section>' (the category); the <h1>;
    the date under it as TWO SPANS '12/03/2019' and '08:15' printed on one line; the sapo
    bold; a <figure> with <figcaption>; a 'Tin liên quan' box INSIDE the body after the
    second paragraph; the name bold right-aligned at the end; 'Tags:'; 'Tin khác'; a 'Bạn
    đọc' poll box; LF, one block a line, menus one line."""
    section = ["Công đoàn", "Xã hội", "Xã hội"][n - 1]
    aid = 80000 + h(a["id"], "ld") % 90000
    url = f"https://laodongthudo.vn/{slug(a['title'])}-{aid}.html"
    when = f"{dmy(a)} {hm(a)}"
    cap = a["caption"] or "Ảnh minh họa"
    tags = ["Tags:", "người lao động", section.lower(), "việc làm"]
    p = Page()
    p.raw(head(f"{a['title']} | Báo Lao động Thủ đô",
               og(a, url, "Báo Lao động Thủ đô", section=section)
               + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                         "description": a["lead"], "datePublished": iso(a), "dateModified": iso(a),
                         "author": {"@type": "Person", "name": a["author"]},
                         "publisher": {"@type": "Organization", "name": "Báo Lao động Thủ đô"}})))
    p.raw('<body><header><div class="logo"><a href="/"><img src="/assets/logo-ldtd.png" alt="Lao động Thủ đô"></a></div>')
    menu = ["Thời sự", "Công đoàn", "Xã hội", "Pháp luật", "Kinh tế", "Văn hóa", "Thể thao", "Bạn đọc"]
    p.group(('<nav><ul class="main-nav">', "</ul></nav>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw("</header><div class=\"container\"><div class=\"main-col\">")
    trail(p, ('<div class="breadcrumbs">', "</div>"), '<a href="#">{t}</a>', ["Lao động Thủ đô", section], " > ")
    p.el("h1", a["title"], 'class="article-title"')
    p.raw(f'<div class="article-meta"><span class="format_date">{dmy(a)}</span> '
          f'<span class="format_time">{hm(a)}</span></div>')
    p.blocks.append(when)
    p.el("div", a["lead"], 'class="article-sapo" style="font-weight:bold"')
    p.raw('<div class="article-content">')
    rel = tz[:2]

    def photo():
        p.raw(f'<figure class="image align-center"><img src="https://laodongthudo.vn/stores/news_dataimages/{aid}.jpg">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    def inline():
        p.raw('<div class="box-related"><div class="title">')
        p.el("span", "Tin liên quan")
        p.raw("</div>")
        p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', rel, "\n")
        p.raw("</div>")

    body(p, a, photo, inline, at=1)
    byline_p(p, a["author"])
    p.raw("</div>")
    p.group(('<div class="tags">', "</div>"), '<a href="#">{t}</a>', tags, " ")
    more = tz[2:6]
    related_div(p, "other-news", "Tin khác", more, "h3")
    p.raw('</div><aside class="sidebar"><div class="poll">')
    p.el("div", "Bạn đọc", 'class="poll-title"')
    p.el("div", "Bạn có hài lòng với mức lương hiện nay?", 'class="poll-question"')
    p.el("button", "Biểu quyết")
    p.raw("</div></aside></div>")
    foot = ["Cơ quan chủ quản: Liên đoàn Lao động thành phố Hà Nội",
            "Tòa soạn: Số 51 Hàng Bồ, Hoàn Kiếm, Hà Nội",
            "Giấy phép số 39/GP-BTTTT"]
    footer(p, foot, ('<footer class="footer">', "</footer>"), "p")
    fur = [when, "Tin liên quan", *rel, " ".join(tags), "Tin khác", *more,
           "Bạn có hài lòng với mức lương hiện nay?", "Biểu quyết", *foot]
    if not a["caption"]:
        fur.append(cap)
    return p, text_of(p, False, False), url, section, a["author"], fur


def toquoc(a, n, tz):
    """Tổ Quốc (toquoc.vn, an online-only paper of the culture ministry): OpenGraph with
    article:published_time, its og:title the headline with ' - Báo điện tử Tổ Quốc' (as the
    <title>); no JSON-LD; the trail 'Văn hóa › <section>' (the category, last); the <h1>; the
    BYLINE BEFORE THE BODY, the name and the date on ONE line '<name> | Thứ Năm, 12/03/2019
    08:15 (GMT+7)'; the sapo an <h2>; a lazy image and an italic caption; 'ĐỌC THÊM' links
    INSIDE the body after the second paragraph; 'Tags:'; 'Bình luận' with no comment; 'Tin
    cùng chuyên mục'; LF, a BLANK line between blocks, menus one line."""
    section = ["Du lịch", "Khám phá", "Du lịch"][n - 1]
    aid = 3000000 + h(a["id"], "tq") % 900000
    url = f"https://toquoc.vn/{slug(a['title'])}-{a['date'].year}{a['date'].month:02d}{a['date'].day:02d}{aid}.htm"
    when = f"{weekday(a)}, {dmy(a)} {hm(a)} (GMT+7)"
    line = f"{a['author']} | {when}"
    cap = "Ảnh minh họa"
    full = f"{a['title']} - Báo điện tử Tổ Quốc"
    tags = "Tags: " + ", ".join([section.lower(), "tin hay", "toquoc"])
    meta = og(a, url, "Báo điện tử Tổ Quốc").replace(
        f'content="{html.escape(a["title"])}"', f'content="{html.escape(full)}"', 1)
    p = Page()
    p.raw(head(full, meta))
    p.raw('<body><div class="header"><a href="/" class="logo"><img src="/images/toquoc-logo.svg" alt="Tổ Quốc"></a>')
    menu = ["Thời sự", "Văn hóa", "Du lịch", "Thể thao", "Khám phá", "Giải trí", "Xã hội", "Quốc tế"]
    p.group(('<ul class="menu">', "</ul></div>"), '<li><a href="#">{t}</a></li>', menu, " | ")
    p.raw('<div class="detail-wrap">')
    trail(p, ('<div class="detail-cate">', "</div>"), '<a href="#">{t}</a>', ["Văn hóa", section], " › ")
    p.el("h1", a["title"], 'class="detail-title"')
    p.raw(f'<div class="detail-author"><a class="author" href="#">{html.escape(a["author"], quote=False)}</a>'
          f' | <span class="date">{html.escape(when, quote=False)}</span></div>')
    p.blocks.append(line)
    p.el("h2", a["lead"], 'class="detail-sapo"')
    p.raw('<div class="detail-content">')
    rel = tz[:2]

    def photo():
        p.raw(f'<figure><img {LAZY} data-src="https://toquoc.mediacdn.vn/{aid}.jpg" alt="">')
        p.raw(f"<figcaption><em>{html.escape(cap, quote=False)}</em></figcaption></figure>")
        p.blocks.append(cap)

    def inline():
        p.raw('<div class="relate-box">')
        p.el("p", "ĐỌC THÊM", 'class="relate-title"')
        p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', rel, "\n")
        p.raw("</div>")

    body(p, a, photo, inline, at=1)
    p.raw("</div>")
    p.el("div", tags, 'class="tags"')
    p.raw('<div class="comment">')
    p.el("h3", "Bình luận")
    p.el("p", "Chưa có bình luận nào cho bài viết này.")
    p.raw("</div></div>")
    more = tz[2:6]
    related_div(p, "same-cate", "Tin cùng chuyên mục", more, "h3")
    foot = ["Báo điện tử Tổ Quốc - Cơ quan của Bộ Văn hóa, Thể thao và Du lịch",
            "Giấy phép số 42/GP-BTTTT",
            "Tòa soạn: Số 20 Ngô Quyền, Hoàn Kiếm, Hà Nội"]
    footer(p, foot, ('<div class="footer">', "</div>"), "p")
    fur = [line, when, cap, "ĐỌC THÊM", *rel, tags, "Chưa có bình luận nào cho bài viết này.",
           "Tin cùng chuyên mục", *more, *foot]
    return p, text_of(p, False, True), url, section, a["author"], fur


def doisongphapluat(a, n, tz):
    """Đời sống & Pháp luật (doisongphapluat.com.vn, the Vietnam Lawyers' Association's paper):
    JSON-LD NewsArticle ONLY (no OpenGraph), a bare <title> (the headline alone); the trail
    'Trang chủ / <section>' (the category); the DATE ABOVE THE TITLE '12/03/2019 08:15'; the
    <h1>; the sapo bold; an <img> in a <table> and an italic caption under it; the name and
    its source on ONE line at the end, '<name> (Theo Dân trí)' (the name bold, the source
    italic; the label is the name); 'Bài viết cùng chủ đề'; 'Bình luận' and its form; LF,
    one block a line, menus one line."""
    section = ["Giáo dục", "Thế giới", "Thế giới"][n - 1]
    aid = 700000 + h(a["id"], "ds") % 200000
    url = f"https://doisongphapluat.com.vn/{slug(a['title'])}-a{aid}.html"
    when = f"{dmy(a)} {hm(a)}"
    cap = "Ảnh minh họa"
    sign = f"{a['author']} (Theo Dân trí)"
    p = Page()
    p.raw(head(a["title"], jsonld({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
        "description": a["lead"], "datePublished": iso(a), "url": url,
        "author": {"@type": "Person", "name": a["author"]},
        "publisher": {"@type": "Organization", "name": "Đời sống & Pháp luật"}})))
    p.raw('<body><div class="top-header"><a href="/"><img src="/themes/dspl/logo.png" alt="Đời sống và Pháp luật"></a></div>')
    menu = ["Thời sự", "Pháp luật", "Đời sống", "Giáo dục", "Thế giới", "Kinh doanh", "Giải trí", "Sức khỏe"]
    p.group(('<ul class="nav-menu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    trail(p, ('<div class="breadcrumb">', "</div>"), '<a href="#">{t}</a>', ["Trang chủ", section], " / ")
    p.raw('<div class="article">')
    p.el("div", when, 'class="article-date"')
    p.el("h1", a["title"], 'class="article-title"')
    p.el("p", a["lead"], 'class="article-sapo" style="font-weight:bold"')

    def photo():
        p.raw(f'<table class="tplCaption" align="center"><tr><td><img src="/upload/{aid}.jpg"></td></tr>')
        p.raw(f'<tr><td><p style="text-align:center"><i>{html.escape(cap, quote=False)}</i></p></td></tr></table>')
        p.blocks.append(cap)

    body(p, a, photo, para=lambda t: ("p", t, 'style="text-align:justify"'))
    p.raw(f'<p style="text-align:right"><b>{html.escape(a["author"], quote=False)}</b> '
          f'<i>(Theo Dân trí)</i></p>')
    p.blocks.append(sign)
    p.raw("</div>")
    rel = tz[:4]
    related_div(p, "cung-chu-de", "Bài viết cùng chủ đề", rel, "h3")
    p.raw('<div class="comments">')
    p.el("h3", "Bình luận")
    p.el("label", "Nội dung bình luận")
    p.el("button", "Gửi")
    p.raw("</div>")
    foot = ["Báo Đời sống & Pháp luật - Cơ quan của Hội Luật gia Việt Nam",
            "Giấy phép số 178/GP-BTTTT",
            "Tòa soạn: Số 16 Vũ Ngọc Phan, Đống Đa, Hà Nội"]
    footer(p, foot, ('<div class="footer">', "</div>"), "p")
    fur = [when, cap, "(Theo Dân trí)", "Bài viết cùng chủ đề", *rel, "Nội dung bình luận", *foot]
    return p, text_of(p, False, False), url, section, a["author"], fur


def baotuyenquang(a, n, tz):
    """Báo Tuyên Quang (baotuyenquang.com.vn, a provincial paper on WordPress with Yoast):
    OpenGraph with article:published_time and article:section, a Yoast JSON-LD @graph (WebPage,
    NewsArticle, BreadcrumbList, Person); the <title> adding ' - Báo Tuyên Quang điện tử'; the
    category a pill link over the <h1> (the category); the DATE UNDER THE TITLE 'Đăng ngày
    12/03/2019 lúc 08:15'; the sapo a bold <p>; WordPress <figure class="wp-caption"> with
    <figcaption>; the name at the end as 'Bài, ảnh: <name>' (the label is the name); 'Chuyên
    mục:' and 'Thẻ:' lines; 'Bài viết liên quan'; the SIDEBAR widgets after the article ('Tin
    mới' and 'Xem nhiều'); LF, one block a line, menus one line."""
    section = ["Công nghệ", "Công nghệ", "Quốc tế"][n - 1]
    url = f"https://baotuyenquang.com.vn/{slug(section)}/{slug(a['title'])}-{180000 + h(a['id'], 'tq') % 50000}.html"
    when = f"Đăng ngày {dmy(a)} lúc {hm(a)}"
    cap = "Ảnh minh họa"
    sign = f"Bài, ảnh: {a['author']}"
    cats = f"Chuyên mục: {section}"
    tags = "Thẻ: " + ", ".join([section.lower(), "tin tức", "tuyên quang"])
    p = Page()
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{a['title']} - Báo Tuyên Quang điện tử"},
        {"@type": "NewsArticle", "headline": a["title"], "datePublished": iso(a), "dateModified": iso(a),
         "articleSection": [section], "author": {"@id": url + "#author"}, "mainEntityOfPage": {"@id": url}},
        {"@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Trang chủ"},
            {"@type": "ListItem", "position": 2, "name": section},
            {"@type": "ListItem", "position": 3, "name": a["title"]}]},
        {"@type": "Person", "@id": url + "#author", "name": a["author"]}]}
    p.raw(head(f"{a['title']} - Báo Tuyên Quang điện tử",
               og(a, url, "Báo Tuyên Quang điện tử", section=section) + jsonld(graph)))
    p.raw('<body class="post-template-default single single-post"><header id="masthead" class="site-header">')
    p.raw('<div class="site-branding"><a href="/" rel="home"><img src="/wp-content/uploads/logo-btq.png" alt="Báo Tuyên Quang"></a></div>')
    menu = ["Trang chủ", "Thời sự", "Kinh tế", "Xã hội", "Công nghệ", "Quốc tế", "Văn hóa", "Thể thao"]
    p.group(('<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">', "</ul></nav>"),
            '<li class="menu-item"><a href="#">{t}</a></li>', menu, " ")
    p.raw('</header><div id="content" class="site-content"><div id="primary" class="content-area"><main id="main">')
    p.raw(f'<article id="post-{h(a["id"], "wp") % 90000}" class="post type-post status-publish format-standard">')
    p.el("a", section, 'class="cat-pill" href="#" rel="category tag"')
    p.el("h1", a["title"], 'class="entry-title"')
    p.raw(f'<div class="entry-meta"><span class="posted-on">Đăng ngày <time class="entry-date published" '
          f'datetime="{iso(a)}">{dmy(a)}</time> lúc {hm(a)}</span></div>')
    p.blocks.append(when)
    p.raw('<div class="entry-content">')
    p.el("p", a["lead"], 'class="sapo" style="font-weight:bold"')

    def photo():
        p.raw(f'<figure class="wp-caption aligncenter"><img class="size-large" src="/wp-content/uploads/{a["date"].year}/{a["date"].month:02d}/{slug(a["title"])[:30]}.jpg">')
        p.el("figcaption", cap, 'class="wp-caption-text"')
        p.raw("</figure>")

    body(p, a, photo)
    p.el("p", sign, 'style="text-align: right;"><strong')
    p.parts[-1] = f'<p style="text-align: right;"><strong>{html.escape(sign, quote=False)}</strong></p>'
    p.raw('</div><footer class="entry-footer">')
    p.el("span", cats, 'class="cat-links"')
    p.el("span", tags, 'class="tags-links"')
    p.raw("</footer></article>")
    rel = tz[:3]
    related_div(p, "related-posts", "Bài viết liên quan", rel, "h3")
    p.raw('</main></div><aside id="secondary" class="widget-area">')
    new = tz[3:6]
    p.raw('<section class="widget widget_recent_entries">')
    p.el("h2", "Tin mới", 'class="widget-title"')
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', new, "\n")
    p.raw("</section>")
    most = tz[6:8]
    p.raw('<section class="widget widget_popular">')
    p.el("h2", "Xem nhiều", 'class="widget-title"')
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', most, "\n")
    p.raw("</section></aside></div>")
    foot = ["Báo Tuyên Quang điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Tuyên Quang",
            "Địa chỉ: Số 185, đường 17/8, phường Minh Xuân, thành phố Tuyên Quang",
            "Giấy phép số 287/GP-BTTTT"]
    footer(p, foot, ('<footer id="colophon" class="site-footer">', "</footer>"), "p")
    fur = [when, cap, sign, cats, tags, "Bài viết liên quan", *rel, "Tin mới", *new, "Xem nhiều", *most, *foot]
    return p, text_of(p, False, False), url, section, a["author"], fur


# ---------------------------------------------------------------- plan and output

TEMPLATES = {"baocamau": baocamau, "baohoabinh": baohoabinh, "laodongthudo": laodongthudo,
             "toquoc": toquoc, "doisongphapluat": doisongphapluat, "baotuyenquang": baotuyenquang}


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
            tz = teasers[ti:ti + 8]
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
