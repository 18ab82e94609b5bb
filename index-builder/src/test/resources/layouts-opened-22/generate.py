"""Builds the twenty-second opened page-layout set (formerly the TWENTY-SECOND unseen check): 18 real corpus articles laid out as six
CAPTURES OF OTHER KINDS than a newspaper's desktop page, each page as HTML and as the visible text
a scraper saves from it, with labels: a magazine served through Google Translate's proxy
(ictvietnam.vn via *.translate.goog, its toolbar first), a paper saved from Pocket's reader view
(Thể thao & Văn hóa: English UI, the date in English without a time, no metadata, no section),
the party's paper saved from Microsoft Edge's Immersive Reader (dangcongsan.vn: the reader's
toolbar, the source and reading time, no section), a vocational college on Joomla 3 (Trường Cao
đẳng Cơ điện Hà Nội: a breadcrumb ending with the headline, Joomla's article-info list, 'Nguồn:'),
a women's union's press digest converted from PDF by pdftohtml (Hội LHPN tỉnh Bình Thuận: every
PDF line an absolutely positioned <p>, paragraphs broken into lines, a running head and a page
foot between paragraphs) and a party committee's site on an older ASP.NET WebForms suite (Đảng bộ
tỉnh Hà Giang: table layout, the <title> the site's name, a 'Hôm nay:' line with the day of the
visit, a left menu column before the article).

  python3 index-builder/src/test/resources/layouts-opened-22/generate.py   # from the repository root

Reads ../shared/corpus (beside the repository; VNNEWS_CORPUS names another folder). Writes,
beside this script:
  <site>/<n>.html   the page as it was captured
  <site>/<n>.txt    its visible text, saved with that capture's scraper convention (see the README)
  labels.jsonl      one line per page, the schema of ../layouts-opened-21/labels.jsonl,
                    "half": "opened"; "published" is the day alone where the page prints no time,
                    "category" null where the capture prints no section

Written from what the real captures look like, without reading the extractor's rules and never
tuned on. Labels come from the corpus article's fields and from what the template prints. The
articles are named below (ARTICLES), not searched for at run time; they were picked at EVEN 1-based
line numbers of their corpus files. The article, paragraph, date and page plumbing is the
twenty-first set's (../layouts-unseen-21/generate.py, now ../layouts-opened-21/), unchanged but for the teaser order's salt;
a few of its helpers are kept though no template here calls them.
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
# every labels.jsonl under ../layout*/), each at an EVEN line of its corpus file. dantri: nine of
# the October-December 2020 crawl (UNSIGNED: no byline; the page prints a reporter's name from a
# hash), a lead of 20 words or more that does not open with dantri's 'Dân trí' tag, five or more
# body paragraphs. vietnews-labour: a title without quotes, a lead of 18 words or more, 16 or more
# usable sentences. The two marked (A) report an agreement signing, printed on the page.
ARTICLES = {
    "ictvietnam_gt": ["dantri-news_tech_003", "dantri-news_tech_005", "dantri-news_tech_007"],
    "thethaovanhoa_pocket": ["dantri-news_entertainment_001", "dantri-news_sport_008",
                             "dantri-news_entertainment_017"],
    "dangcongsan_edge": ["dantri-news_society_003", "dantri-news_world_005", "dantri-news_sport_002"],
    "cdcodien_joomla": ["vietnews-train-073158", "vietnews-test-017840", "vietnews-train-070784"],
    "hlhpn_pdf": ["vietnews-train-081265", "vietnews-train-016130", "vietnews-train-092272"],
    "dangbo_aspnet": ["vietnews-train-035470",  # (A) 'các công ty Việt Nam đã ký hợp đồng trị giá 2,6 tỷ USD'
                      "vietnews-train-078853",  # (A) 'việc ký hợp đồng 33 cho PVPower'
                      "vietnews-train-099191"],
}
STORY_PARAS = {}
LABOUR_PARAS = {}
AGREEMENTS = {"vietnews-train-035470", "vietnews-train-078853"}
UNSIGNED = {i for s in ("ictvietnam_gt", "thethaovanhoa_pocket", "dangcongsan_edge") for i in ARTICLES[s]}
# labour pages whose text (or the event it reports) fixes the date the hashed rule would miss, read
# by hand on the pages' own text BEFORE the one extractor run: Trump 'hôm nay đến Việt Nam' for APEC
# (10 November 2017); the Trịnh Xuân Thanh pleadings 'Sáng nay, 16-1' of the PVN trial (16 January
# 2018); Japan's amended immigration law 'đã thông qua' (passed 8 December 2018; printed 10
# December); the 36th session of the NA Standing Committee 'Sáng 14/8' on the Labour Code draft
# (14 August 2019; printed 15 August); the Tết story of the workers far from home (before Tết
# 2017: 25 January 2017); the Vũng Áng inspection after the scaffolding collapse 'đêm 25/3' (2015:
# the year only). The other three keep the rule's date.
PRINTED_IN = {"vietnews-train-092272": (2015, None)}
PRINTED_ON = {"vietnews-train-035470": datetime.date(2017, 11, 10),
              "vietnews-train-078853": datetime.date(2018, 1, 16),
              "vietnews-test-017840": datetime.date(2018, 12, 10),
              "vietnews-train-070784": datetime.date(2019, 8, 15),
              "vietnews-train-081265": datetime.date(2017, 1, 25)}
PRINTED_AT = {}
# Every id the other layout sets name (the "id" of every labels.jsonl under ../layout*/, this set
# excluded: 435 ids): teasers never come from these, and an article named above must not be one.
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
    "dantri-news_education_002",
    "dantri-news_education_003",
    "dantri-news_education_006",
    "dantri-news_education_007",
    "dantri-news_education_008",
    "dantri-news_education_009",
    "dantri-news_education_010",
    "dantri-news_education_011",
    "dantri-news_education_013",
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
    "dantri-news_science_001",
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
    "dantri-news_science_018",
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
    "dantri-news_society_020",
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
    "dantri-news_tech_001",
    "dantri-news_tech_002",
    "dantri-news_tech_006",
    "dantri-news_tech_008",
    "dantri-news_tech_009",
    "dantri-news_tech_010",
    "dantri-news_tech_015",
    "dantri-news_tech_017",
    "dantri-news_tech_018",
    "dantri-news_tech_020",
    "dantri-news_tech_110",
    "dantri-news_tech_115",
    "dantri-news_tech_163",
    "dantri-news_tech_236",
    "dantri-news_travel_002",
    "dantri-news_travel_003",
    "dantri-news_travel_004",
    "dantri-news_travel_007",
    "dantri-news_travel_011",
    "dantri-news_travel_014",
    "dantri-news_travel_016",
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
    "dantri-news_world_001",
    "dantri-news_world_002",
    "dantri-news_world_003",
    "dantri-news_world_004",
    "dantri-news_world_006",
    "dantri-news_world_008",
    "dantri-news_world_009",
    "dantri-news_world_010",
    "dantri-news_world_011",
    "dantri-news_world_012",
    "dantri-news_world_013",
    "dantri-news_world_015",
    "dantri-news_world_017",
    "vietnews-test-000670",
    "vietnews-test-002199",
    "vietnews-test-002277",
    "vietnews-test-002330",
    "vietnews-test-002377",
    "vietnews-test-002465",
    "vietnews-test-002581",
    "vietnews-test-002811",
    "vietnews-test-002979",
    "vietnews-test-003910",
    "vietnews-test-004290",
    "vietnews-test-004374",
    "vietnews-test-004622",
    "vietnews-test-005614",
    "vietnews-test-005681",
    "vietnews-test-007353",
    "vietnews-test-012133",
    "vietnews-test-013647",
    "vietnews-test-014182",
    "vietnews-test-014385",
    "vietnews-test-015464",
    "vietnews-test-016067",
    "vietnews-test-016199",
    "vietnews-test-016226",
    "vietnews-test-017223",
    "vietnews-test-017614",
    "vietnews-test-017655",
    "vietnews-test-017847",
    "vietnews-test-018632",
    "vietnews-test-019228",
    "vietnews-test-019720",
    "vietnews-test-019749",
    "vietnews-test-020163",
    "vietnews-test-020418",
    "vietnews-test-020433",
    "vietnews-test-020546",
    "vietnews-test-020693",
    "vietnews-test-021338",
    "vietnews-test-021691",
    "vietnews-test-021858",
    "vietnews-test-022125",
    "vietnews-test-022450",
    "vietnews-test-022542",
    "vietnews-train-002429",
    "vietnews-train-002768",
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
    "vietnews-train-026165",
    "vietnews-train-026553",
    "vietnews-train-026784",
    "vietnews-train-031566",
    "vietnews-train-037465",
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
    "vietnews-train-066474",
    "vietnews-train-066541",
    "vietnews-train-066577",
    "vietnews-train-066946",
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
    "vietnews-train-073930",
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
    "vietnews-train-084261",
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
    "vietnews-train-091238",
    "vietnews-train-091987",
    "vietnews-train-092481",
    "vietnews-train-092702",
    "vietnews-train-092783",
    "vietnews-train-093178",
    "vietnews-train-093406",
    "vietnews-train-093583",
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
    "vietnews-train-102654",
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
    teasers = sorted(set(teasers), key=lambda t: h(t, "teaser22"))
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




def wrap_lines(text, width):
    """Lines of at most `width` characters, broken at spaces, as a PDF's text lines are."""
    out, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        out.append(cur)
    return out


def ictvietnam_gt(a, n, tz):
    """Tạp chí Thông tin và Truyền thông (ictvietnam.vn) served THROUGH GOOGLE TRANSLATE'S PROXY
    (ictvietnam-vn.translate.goog, '?_x_tr_sl=auto&_x_tr_tl=vi&_x_tr_hl=vi'): the page is already
    Vietnamese, so nothing is translated, but the proxy puts its TOOLBAR first ('Google Dịch',
    'Gốc' / 'Đã dịch', the languages) and rewrites every link to the proxy's host; OpenGraph of
    the magazine kept (og:url the ORIGINAL address, the label's url), a <link rel="canonical">
    to the original too; the trail 'Trang chủ > <section>' (the category); the <h1>; the date
    '01/10/2020 | 19:50' under it; the sapo bold; the name bold right-aligned; 'Tin liên quan'
    and 'Tin cùng chuyên mục'; LF, one block a line, menus one line."""
    section = ["Chuyển đổi số", "Viễn thông", "Chuyển đổi số"][n - 1]
    aid = 10000 + h(a["id"], "ict") % 30000
    path = f"/{slug(section)}/{slug(a['title'])}-{aid}.html"
    url = "https://ictvietnam.vn" + path
    proxy = "https://ictvietnam-vn.translate.goog" + path + "?_x_tr_sl=auto&_x_tr_tl=vi&_x_tr_hl=vi&_x_tr_pto=wapp"
    when = f"{dmy(a)} | {hm(a)}"
    bar = ["Google Dịch", "Gốc", "Đã dịch", "Ngôn ngữ gốc: Tiếng Việt", "Dịch sang: Tiếng Việt"]
    p = Page()
    p.raw(head(f"{a['title']} | Tạp chí Thông tin và Truyền thông",
               og(a, url, "Tạp chí Thông tin và Truyền thông", section=section)
               + f'<link rel="canonical" href="{html.escape(url)}">\n'
               '<script src="https://translate.google.com/_/TranslateWebserverUi/_/js/k=te_proxy"></script>\n'))
    p.raw('<body><div id="gt-nvframe" class="gt-toolbar" style="position:fixed;top:0;width:100%;height:56px">')
    p.group(('<div class="gt-bar">', "</div>"), '<span class="gt-item">{t}</span>', bar, " ")
    p.raw("</div>")
    p.raw(f'<div class="header" style="margin-top:56px"><a href="https://ictvietnam-vn.translate.goog/?_x_tr_sl=auto&amp;_x_tr_tl=vi">'
          '<img src="https://ictvietnam-vn.translate.goog/images/logo.png" alt="ICTVietnam"></a>')
    menu = ["Chính sách", "Chuyển đổi số", "Viễn thông", "An toàn thông tin", "Công nghệ số", "Báo chí", "Xuất bản"]
    p.group(('<ul class="menu">', "</ul></div>"), '<li><a href="#">{t}</a></li>', menu, " ")
    trail(p, ('<div class="breadcrumb">', "</div>"), '<a href="#">{t}</a>', ["Trang chủ", section], " > ")
    p.el("h1", a["title"], 'class="article-title"')
    p.el("div", when, 'class="article-date"')
    p.el("div", a["lead"], 'class="article-sapo" style="font-weight:bold"')
    rel = tz[:3]
    p.raw('<div class="article-body">')

    def inline():
        p.raw('<div class="box-related">')
        p.el("div", "Tin liên quan", 'class="box-title"')
        p.group(("<ul>", "</ul>"), '<li><a href="https://ictvietnam-vn.translate.goog/#">{t}</a></li>', rel, "\n")
        p.raw("</div>")

    body(p, a, None, inline, at=2)
    p.el("p", a["author"], 'style="text-align:right;font-weight:bold"')
    p.raw("</div>")
    more = tz[3:7]
    related_div(p, "same-cate", "Tin cùng chuyên mục", more, "h3")
    foot = ["Tạp chí Thông tin và Truyền thông - Cơ quan của Bộ Thông tin và Truyền thông",
            "Giấy phép số 90/GP-BTTTT",
            "Địa chỉ: Tầng 7, số 115 Trần Duy Hưng, Cầu Giấy, Hà Nội"]
    footer(p, foot, ('<div class="footer">', "</div>"), "p")
    fur = [*bar, when, "Tin liên quan", *rel, "Tin cùng chuyên mục", *more, *foot]
    return p, text_of(p, False, False), url, section, a["author"], fur, iso(a)


def thethaovanhoa_pocket(a, n, tz):
    """Thể thao & Văn hóa (thethaovanhoa.vn) as SAVED FROM POCKET'S READER VIEW
    (getpocket.com/read/<id>): no metadata of the paper at all (the <title> is the headline
    alone, no OpenGraph, no JSON-LD, no canonical; the original address only as the 'View
    Original' link, the label's url); Pocket's own bar ('My List', 'Archive', 'Tag', 'Share')
    in ENGLISH; the <h1>; one meta line 'thethaovanhoa.vn · Mai Phương · October 1, 2020 · 4 min
    read' (the DATE IN ENGLISH, NO TIME: the label's published is the day alone); no section
    (category null); the sapo as the first paragraph, not bold; one <figure> and <figcaption>;
    no name at the end; 'Tags:' of the reader's own; LF, a BLANK line between blocks."""
    aid = 3000000000 + h(a["id"], "pk") % 900000000
    section = ["giai-tri", "the-thao", "giai-tri"][n - 1]
    url = f"https://thethaovanhoa.vn/{section}/{slug(a['title'])}-n{20201000000000 + h(a['id'], 'tt') % 99999999}.htm"
    d = a["date"]
    words = len(" ".join([a["lead"], *a["paras"]]).split())
    meta = f"thethaovanhoa.vn · {a['author']} · {MONTHS_LONG[d.month - 1]} {d.day}, {d.year} · {max(1, round(words / 230))} min read"
    bar = ["My List", "Archive", "Tag", "Share"]
    tags = "Tags: " + ", ".join(["đọc sau", "giải trí" if n != 2 else "thể thao"])
    cap = "Ảnh minh họa"
    p = Page()
    p.raw(head(a["title"], '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
               '<link rel="stylesheet" href="https://assets.getpocket.com/web-client/_next/static/css/reader.css">\n'))
    p.raw(f'<body><div id="__next"><header class="reader-toolbar"><a href="https://getpocket.com/saves">')
    p.raw('<svg class="icon back"></svg></a>')
    p.group(('<nav class="toolbar-actions">', "</nav>"), '<button type="button">{t}</button>', bar, " ")
    p.raw(f'</header><main class="reader" data-item-id="{aid}"><article class="article-content">')
    p.raw('<header class="article-header">')
    p.el("h1", a["title"], 'class="title"')
    p.raw(f'<div class="meta"><a href="{html.escape(url)}" class="domain">thethaovanhoa.vn</a> · '
          f'<span class="authors">{html.escape(a["author"], quote=False)}</span> · '
          f'<span class="date">{MONTHS_LONG[d.month - 1]} {d.day}, {d.year}</span> · '
          f'<span class="readtime">{max(1, round(words / 230))} min read</span></div>')
    p.blocks.append(meta)
    p.raw(f'<a class="view-original" href="{html.escape(url)}">')
    p.el("span", "View Original")
    p.raw("</a></header><div class=\"content\">")
    p.el("p", a["lead"])

    def photo():
        p.raw(f'<figure><img src="https://pocket-image-cache.com/direct?url=https%3A%2F%2Fimg.thethaovanhoa.vn%2F{aid}.jpg" alt="">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    body(p, a, photo)
    p.raw("</div></article>")
    p.el("div", tags, 'class="item-tags"')
    p.raw("</main></div>\n</body>\n</html>\n")
    fur = [meta, "View Original", *bar, tags, cap]
    return p, text_of(p, False, True), url, None, a["author"], fur, a["date"].isoformat()


def dangcongsan_edge(a, n, tz):
    """Báo điện tử Đảng Cộng sản Việt Nam (dangcongsan.vn) as SAVED FROM MICROSOFT EDGE'S
    IMMERSIVE READER (read://https_dangcongsan.vn/?url=...): the reader's toolbar first in
    Vietnamese ('Đọc to', 'Tùy chọn văn bản', 'Công cụ ngữ pháp', 'Tùy chọn đọc'); the <title>
    the headline alone; no OpenGraph, no JSON-LD; the original address only as a <base href>
    and the source link (the label's url); the <h1>; the source line 'dangcongsan.vn' and the
    reading time '5 phút'; the paper's own date line kept by the reader at the top of the
    content 'Thứ Năm, 01/10/2020 19:50'; the sapo bold; no section (category null); the name
    kept as the last paragraph, bold; LF, one block a line."""
    aid = 560000 + h(a["id"], "dcs") % 90000
    sec = ["xa-hoi", "the-gioi", "the-thao"][n - 1]
    url = f"https://dangcongsan.vn/{sec}/{slug(a['title'])}-{aid}.html"
    words = len(" ".join([a["lead"], *a["paras"]]).split())
    mins = f"{max(1, round(words / 200))} phút"
    when = f"{weekday(a)}, {dmy(a)} {hm(a)}"
    bar = ["Đọc to", "Tùy chọn văn bản", "Công cụ ngữ pháp", "Tùy chọn đọc"]
    p = Page()
    p.raw(head(a["title"], f'<base href="{html.escape(url)}">\n'
               '<meta name="viewport" content="width=device-width">\n'
               '<link rel="stylesheet" href="chrome-extension://immersive-reader/reader.css">\n'))
    p.raw('<body class="immersive-reader"><div id="reader-toolbar" role="toolbar">')
    p.group(("<div>", "</div>"), '<button>{t}</button>', bar, " ")
    p.raw('</div><div id="reader-content" class="reader-mode"><div class="header">')
    p.el("h1", a["title"], 'id="reader-title"')
    p.raw(f'<div class="meta"><a id="reader-domain" href="{html.escape(url)}">dangcongsan.vn</a>'
          f' <span id="reader-estimated-time">{mins}</span></div>')
    p.blocks.append(f"dangcongsan.vn {mins}")
    p.raw('</div><div class="content">')
    p.el("p", when, 'class="date"')
    p.raw(f"<p><b>{html.escape(a['lead'], quote=False)}</b></p>")
    p.blocks.append(a["lead"])
    body(p, a)
    p.raw(f"<p><b>{html.escape(a['author'], quote=False)}</b></p>")
    p.blocks.append(a["author"])
    p.raw("</div></div>\n</body>\n</html>\n")
    fur = [*bar, f"dangcongsan.vn {mins}", when]
    return p, text_of(p, False, False), url, None, a["author"], fur, iso(a)


MONTHS_JOOMLA = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười một", "Mười hai"]


def cdcodien_joomla(a, n, tz):
    """Trường Cao đẳng Cơ điện Hà Nội (a vocational college) on JOOMLA 3: the generator meta
    ('Joomla! - Open Source Content Management'), <meta name="author">, <meta
    name="description">, no OpenGraph, no JSON-LD, a canonical link (the label's url); the
    <title> the headline alone; the school's banner and a menu; the BREADCRUMB 'Bạn đang ở:
    Trang chủ / Tin tức - Sự kiện / <section> / <headline>' ending WITH THE HEADLINE (the
    category is the item before it); <h2 itemprop="headline"> (no <h1> on the page but the
    school's name); Joomla's article-info <dl> ('Chi tiết', 'Được viết bởi <name>', 'Chuyên mục:
    <section>', 'Ngày đăng: Thứ năm, 15 Tháng Tám 2019 08:15', 'Lượt xem: 1234'); the sapo the
    first <p> in <strong>; the source 'Nguồn: <paper>' italic at the end; the pager '« Trước'
    'Tiếp theo »'; a 'Tin mới hơn:' and 'Tin cũ hơn:' pair of lists; CRLF, menus one item a
    line."""
    section = ["Tuyển sinh - Đào tạo", "Tin tức tổng hợp", "Tin tức tổng hợp"][n - 1]
    aid = 400 + h(a["id"], "jm") % 1600
    url = f"https://cdcodienhanoi.edu.vn/tin-tuc-su-kien/{slug(section)}/{aid}-{slug(a['title'])}.html"
    d = a["date"]
    wd = weekday(a).replace("Thứ ", "Thứ ").lower().capitalize()
    when = f"Ngày đăng: {wd}, {d.day:02d} Tháng {MONTHS_JOOMLA[d.month - 1]} {d.year} {hm(a)}"
    views = f"Lượt xem: {200 + h(a['id'], 'hits') % 3000}"
    src = "Nguồn: " + ["Báo Lao động", "Báo Tuổi trẻ", "Báo Đại biểu Nhân dân"][n - 1]
    p = Page()
    p.raw(head(a["title"],
               '<meta name="generator" content="Joomla! - Open Source Content Management">\n'
               f'<meta name="author" content="{html.escape(a["author"])}">\n'
               f'<meta name="description" content="{html.escape(a["lead"])}">\n'
               f'<link href="{html.escape(url)}" rel="canonical">\n'))
    p.raw('<body class="site com_content view-article itemid-112"><div class="container"><header class="header">')
    p.el("h1", "TRƯỜNG CAO ĐẲNG CƠ ĐIỆN HÀ NỘI", 'class="site-title"')
    p.el("div", "Học nghề hôm nay - Việc làm ngày mai", 'class="site-description"')
    p.raw("</header>")
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Tuyển sinh", "Đào tạo", "Học sinh - Sinh viên", "Liên hệ"]
    p.group(('<nav class="navigation"><ul class="nav menu">', "</ul></nav>"), '<li><a href="#">{t}</a></li>', menu, " ")
    crumbs = ["Trang chủ", "Tin tức - Sự kiện", section, a["title"]]
    p.raw('<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>Bạn đang ở: &#160;</li>'
          + "<li><span class=\"divider\"> / </span></li>".join(
              f'<li itemprop="itemListElement"><a href="#"><span itemprop="name">{html.escape(t, quote=False)}</span></a></li>'
              for t in crumbs) + "</ul>")
    p.blocks.append("Bạn đang ở: " + " / ".join(crumbs))
    p.raw('<main id="content" role="main"><div class="item-page" itemscope itemtype="https://schema.org/Article">'
          '<div class="page-header">')
    p.el("h2", a["title"], 'itemprop="headline"')
    p.raw('</div><dl class="article-info muted">')
    info = ["Chi tiết", f"Được viết bởi {a['author']}", f"Chuyên mục: {section}", when, views]
    p.el("dt", info[0], 'class="article-info-term"')
    p.raw(f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Được viết bởi '
          f'<span itemprop="name">{html.escape(a["author"], quote=False)}</span></dd>')
    p.blocks.append(info[1])
    p.raw(f'<dd class="category-name">Chuyên mục: <a href="#" itemprop="genre">{html.escape(section, quote=False)}</a></dd>')
    p.blocks.append(info[2])
    p.raw(f'<dd class="published"><span class="icon-calendar"></span><time datetime="{iso(a)}" itemprop="datePublished">'
          f'{html.escape(when, quote=False)}</time></dd>')
    p.blocks.append(when)
    p.el("dd", views, 'class="hits"')
    p.raw('</dl><div itemprop="articleBody">')
    p.raw(f"<p><strong>{html.escape(a['lead'], quote=False)}</strong></p>")
    p.blocks.append(a["lead"])
    body(p, a, para=lambda t: ("p", t, 'style="text-align: justify;"'))
    p.raw(f'<p style="text-align: right;"><em>{html.escape(src, quote=False)}</em></p>')
    p.blocks.append(src)
    p.raw('</div><ul class="pager pagenav">')
    p.el("li", "« Trước", 'class="previous"')
    p.el("li", "Tiếp theo »", 'class="next"')
    p.raw("</ul>")
    newer, older = tz[:3], tz[3:6]
    p.raw('<div class="items-more">')
    p.el("h4", "Tin mới hơn:")
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', newer, "\n")
    p.el("h4", "Tin cũ hơn:")
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', older, "\n")
    p.raw("</div></div></main>")
    foot = ["TRƯỜNG CAO ĐẲNG CƠ ĐIỆN HÀ NỘI",
            "Địa chỉ: 160 Mai Dịch, Cầu Giấy, Hà Nội - Điện thoại: 024.3764.xxxx",
            "© 2019 Bản quyền thuộc về Trường Cao đẳng Cơ điện Hà Nội"]
    footer(p, foot, ('<footer class="footer"><div class="container">', "</div></footer></div>"), "p")
    fur = ["Học nghề hôm nay - Việc làm ngày mai", "Chi tiết", info[1], info[2], when, views, src,
           "« Trước", "Tiếp theo »", "Tin mới hơn:", "Tin cũ hơn:", *newer, *older, *foot]
    return p, text_of(p, True, False, "\r\n"), url, section, a["author"], fur, iso(a)


def hlhpn_pdf(a, n, tz):
    """A press digest of Hội Liên hiệp Phụ nữ tỉnh Bình Thuận ('BẢN TIN ĐIỂM BÁO', one
    article an issue, the women's union's weekly digest of the press) CONVERTED FROM PDF BY
    pdftohtml -c: one <div id="pageN-div"> a PDF page, EVERY PRINTED LINE an absolutely
    positioned <p> ('position:absolute;top:..;left:..'), so the text is the PDF's lines: the
    headline over two lines, every paragraph broken at about 92 characters (the first line of a
    paragraph indented), the running head 'BẢN TIN ĐIỂM BÁO - HỘI LHPN TỈNH BÌNH THUẬN' and
    the foot 'Trang 1/2' on every page, the page break BETWEEN paragraphs; the issue line
    'Số 24/2019 - Ngày 19/06/2019' (the date, NO TIME: the label's published is the day alone);
    the rubric 'LAO ĐỘNG - VIỆC LÀM' (the category, as printed); the sapo italic; the name and
    source 'Mai Phương (Theo Báo Lao động)' right-aligned (the label is the name); pdftohtml's
    <title> the PDF's file name, <meta name="generator" content="pdftohtml 0.86.1">; the
    original article's address only in a line 'Nguồn: <url>' (the label's url); LF, one PDF
    line a text line. Labels' title, lead and paragraphs are the joined lines."""
    section = "LAO ĐỘNG - VIỆC LÀM"
    papers = ["Báo Lao động", "Báo Tiền phong", "Báo Pháp luật Việt Nam"]
    hosts = ["laodong.vn", "tienphong.vn", "baophapluat.vn"]
    url = f"https://{hosts[n - 1]}/{slug(a['title'])}-{600000 + h(a['id'], 'src') % 300000}.ldo" \
        if n == 1 else f"https://{hosts[n - 1]}/{slug(a['title'])}-{1000000 + h(a['id'], 'src') % 900000}.html"
    d = a["date"]
    issue = f"Số {d.isocalendar()[1]:02d}/{d.year} - Ngày {dmy(a)}"
    runhead = "BẢN TIN ĐIỂM BÁO - HỘI LHPN TỈNH BÌNH THUẬN"
    sign = f"{a['author']} (Theo {papers[n - 1]})"
    srcline = f"Nguồn: {url}"
    fname = f"diem-bao-so-{d.isocalendar()[1]:02d}-{d.year}.pdf"
    p = Page()
    p.raw(f'<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" lang="" xml:lang="">\n<head>\n'
          f'<title>{fname}</title>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>\n'
          '<meta name="generator" content="pdftohtml 0.86.1"/>\n'
          '<style type="text/css">\n<!--\n\tp {margin: 0; padding: 0;}\t.ft10{font-size:13px;font-family:Times;color:#000000;}\n'
          '\t.ft11{font-size:20px;font-family:Times;color:#000000;font-weight:bold}\n'
          '\t.ft12{font-size:15px;font-family:Times;color:#000000;font-style:italic;font-weight:bold}\n'
          '\t.ft13{font-size:16px;font-family:Times;color:#000000;}\n-->\n</style>\n</head>\n<body bgcolor="#A0A0A0" vlink="blue" link="blue">\n')
    pages = 2
    state = {"page": 0, "top": 0}

    def line(text, cls, left):
        p.raw(f'<p style="position:absolute;top:{state["top"]}px;left:{left}px;white-space:nowrap" class="{cls}">'
              f'{html.escape(text, quote=False)}</p>')
        p.blocks.append(text)
        state["top"] += 22 if cls != "ft11" else 28

    def new_page():
        if state["page"]:
            line(f"Trang {state['page']}/{pages}", "ft10", 430)
            p.raw("</div>")
        state["page"] += 1
        state["top"] = 40
        p.raw(f'<div id="page{state["page"]}-div" style="position:relative;width:892px;height:1262px;">')
        p.raw(f'<img width="892" height="1262" src="{fname[:-4]}{state["page"]:03d}.png" alt="background image"/>')
        line(runhead, "ft10", 250)
        state["top"] += 20

    new_page()
    line(issue, "ft10", 320)
    line(section, "ft10", 108)
    for t in wrap_lines(a["title"], 42):
        line(t, "ft11", 108)
    for t in wrap_lines(a["lead"], 80):
        line(t, "ft12", 108)
    half = (len(a["paras"]) + 1) // 2
    for i, t in enumerate(a["paras"]):
        if i == half:
            new_page()
        for k, x in enumerate(wrap_lines(t, 92)):
            line(x, "ft13", 140 if k == 0 else 108)
    line(sign, "ft13", 560)
    line(srcline, "ft10", 108)
    line(f"Trang {state['page']}/{pages}", "ft10", 430)
    p.raw("</div>\n</body>\n</html>\n")
    fur = [runhead, issue, sign, srcline, "Trang 1/2", "Trang 2/2"]
    return p, text_of(p, False, False), url, section, a["author"], fur, d.isoformat()


def dangbo_aspnet(a, n, tz):
    """Trang thông tin điện tử Đảng bộ tỉnh Hà Giang (a party committee's site) on an OLDER
    ASP.NET WEBFORMS suite: a <form id="aspnetForm"> with __VIEWSTATE and __EVENTVALIDATION,
    TABLE LAYOUT, ids like 'ctl00_ContentPlaceHolder1_lblTitle'; NO metadata but <meta
    name="keywords">; the <title> the SITE'S NAME only (not the headline), the address (the
    label's url) only in the form's action and a 'Gửi email' link; the banner ('ĐẢNG BỘ TỈNH
    HÀ GIANG', 'TRANG THÔNG TIN ĐIỆN TỬ'); a TODAY LINE 'Hôm nay: Thứ Hai, 15/01/2018' (the day
    of the visit, days after the article's); a LEFT MENU COLUMN before the article; the
    section as a header cell (the category); the headline a bold <span>; the date '(Ngày đăng:
    10/11/2017 08:15)' in brackets; the sapo bold; a photo in a table with a caption cell; the
    name bold right-aligned; 'In bài viết | Gửi email | Về đầu trang'; 'Lượt xem:'; 'Các tin
    đã đưa:' with '(dd/mm/yyyy)'; a visitor counter; CRLF, menus one item a line."""
    section = ["Tin trong nước", "Tin trong nước", "Tin trong nước"][n - 1]
    aid = 20000 + h(a["id"], "hg") % 30000
    url = f"http://hagiang.dcs.vn/Default.aspx?tabid=92&ItemID={aid}"
    d = a["date"]
    today = d + datetime.timedelta(days=3 + h(a["id"], "visit") % 40)
    today_line = f"Hôm nay: {WEEKDAYS[today.weekday()]}, {today.day:02d}/{today.month:02d}/{today.year}"
    when = f"(Ngày đăng: {dmy(a)} {hm(a)})"
    tools = "In bài viết | Gửi email | Về đầu trang"
    views = f"Lượt xem: {100 + h(a['id'], 'v') % 4000}"
    counter = f"Đang truy cập: {10 + h(a['id'], 'on') % 90} | Tổng lượt truy cập: {1200000 + h(a['id'], 'tot') % 800000}"
    cap = a["caption"] or "Ảnh minh họa"
    p = Page()
    p.raw(head("TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH HÀ GIANG",
               '<meta name="keywords" content="Đảng bộ tỉnh Hà Giang, Tỉnh ủy Hà Giang, tin tức">\n'
               '<link href="/Portals/_default/default.css" type="text/css" rel="stylesheet">\n'))
    p.raw(f'<body><form name="aspnetForm" method="post" action="{html.escape(url)}" id="aspnetForm">'
          '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBGYPZBYCAgEPZBYC">'
          '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWAgLd8Ja3CgKM54rGBg==">')
    p.raw('<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td id="banner" colspan="2">')
    p.el("div", "ĐẢNG BỘ TỈNH HÀ GIANG", 'class="bn1"')
    p.el("div", "TRANG THÔNG TIN ĐIỆN TỬ", 'class="bn2"')
    p.el("span", today_line, 'id="ctl00_lblToday" class="today"')
    p.raw('</td></tr><tr><td id="left" width="220" valign="top">')
    menu = ["Trang chủ", "Giới thiệu", "Tin trong tỉnh", "Tin trong nước", "Xây dựng Đảng",
            "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Văn kiện - Văn bản", "Liên hệ"]
    p.group(('<table class="leftmenu">', "</table>"), '<tr><td><a href="#">{t}</a></td></tr>', menu, " ")
    p.raw('</td><td id="main" valign="top"><table width="100%"><tr>')
    p.el("td", section, 'class="HeaderCate" id="ctl00_ContentPlaceHolder1_lblCate"')
    p.raw("</tr><tr><td>")
    p.el("span", a["title"], 'id="ctl00_ContentPlaceHolder1_lblTitle" class="Title" style="font-weight:bold;font-size:14pt"')
    p.raw("<br>")
    p.el("span", when, 'id="ctl00_ContentPlaceHolder1_lblDate" class="Date"')
    p.raw(f'<br><span id="ctl00_ContentPlaceHolder1_lblSapo" class="Sapo"><b>{html.escape(a["lead"], quote=False)}</b></span>')
    p.blocks.append(a["lead"])
    p.raw('<div id="ctl00_ContentPlaceHolder1_pnContent" class="Content">')

    def photo():
        p.raw(f'<table align="center" width="450"><tr><td><img src="/Portals/0/Images/{d.year}/{aid}.jpg" width="450"></td></tr><tr>')
        p.el("td", cap, 'align="center" class="Caption"')
        p.raw("</tr></table>")

    body(p, a, photo, para=lambda t: ("div", t, 'style="text-align:justify"'))
    p.raw(f'<div align="right"><b>{html.escape(a["author"], quote=False)}</b></div>')
    p.blocks.append(a["author"])
    p.raw("</div>")
    p.raw(f'<div class="tools"><a href="javascript:window.print()">In bài viết</a> | '
          f'<a href="mailto:?body={html.escape(url)}">Gửi email</a> | <a href="#top">Về đầu trang</a></div>')
    p.blocks.append(tools)
    p.el("div", views, 'class="views"')
    older = teaser_dated(tz[:5], a, "hg", "{t} ({d})")
    p.el("div", "Các tin đã đưa:", 'class="OtherTitle"')
    p.group(('<table class="othernews">', "</table>"), '<tr><td>» <a href="#">{t}</a></td></tr>', older, "\n")
    p.raw("</td></tr></table></td></tr></table>")
    foot = ["Cơ quan chủ quản: Tỉnh ủy Hà Giang - Quản lý: Ban Tuyên giáo Tỉnh ủy Hà Giang",
            "Địa chỉ: Đường Nguyễn Trãi, thành phố Hà Giang", counter]
    footer(p, foot, ('<div id="footer">', "</div></form>"), "div")
    fur = ["ĐẢNG BỘ TỈNH HÀ GIANG", "TRANG THÔNG TIN ĐIỆN TỬ", today_line, when, tools, views,
           "Các tin đã đưa:", *older, *foot]
    if not a["caption"]:
        fur.append(cap)
    return p, text_of(p, True, False, "\r\n"), url, section, a["author"], fur, iso(a)


# ---------------------------------------------------------------- plan and output

TEMPLATES = {"ictvietnam_gt": ictvietnam_gt, "thethaovanhoa_pocket": thethaovanhoa_pocket,
             "dangcongsan_edge": dangcongsan_edge, "cdcodien_joomla": cdcodien_joomla,
             "hlhpn_pdf": hlhpn_pdf, "dangbo_aspnet": dangbo_aspnet}
JOINED = {"hlhpn_pdf"}  # pages whose printed lines break the article's text: checked joined


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
            page, text, url, category, author, fur, published = TEMPLATES[site](a, n, tz)
            (HERE / site / f"{n}.html").write_text("".join(
                x if x.endswith("\n") else x + "\n" for x in page.parts), encoding="utf-8")
            (HERE / site / f"{n}.txt").write_bytes(text.encode("utf-8"))
            article_text = "\n".join([a["title"], a["lead"], *a["paras"]])
            printed = text.replace("\r\n", "\n")
            seen = " ".join(printed.split()) if site in JOINED else printed
            for f in fur:  # furniture must be checkable: never a substring of the article itself
                assert f and f not in article_text, (site, n, f)
                assert f in printed, (site, n, f)  # and really printed
            for t in [a["title"], a["lead"], *a["paras"]]:
                assert (" ".join(t.split()) if site in JOINED else t) in seen, (site, n, t[:40])
            assert url in page_html(page), (site, n, url)
            labels.append({
                "site": site, "half": "opened", "page": f"{site}/{n}", "corpus": a["corpus"],
                "id": a["id"], "url": url, "title": a["title"], "published": published,
                "category": category, "lead": a["lead"], "author": author,
                "first": a["paras"][0], "last": a["paras"][-1], "furniture": fur,
            })
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} pages of {len(ARTICLES)} sites to {HERE}")


def page_html(page):
    return html.unescape("".join(page.parts))


if __name__ == "__main__":
    main()
