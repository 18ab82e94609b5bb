"""Builds the twenty-fourth opened page-layout set (formerly the TWENTY-FOURTH unseen check): 18 real corpus articles laid out as six
captures that are NOT newspapers' desktop pages, of kinds no earlier set used, each page as HTML
and as the visible text a scraper saves from it, with labels: a commune portal on a provincial
platform (Cổng TTĐT xã Hòa Thịnh, Phú Yên: 'Ngày đăng: dd/mm/yyyy' without an hour, no
OpenGraph, 'Tác giả:' and 'Nguồn:' lines, CRLF, menus one item a line), the Red Cross society's
WordPress site (Hội Chữ thập đỏ Việt Nam: Yoast's JSON-LD graph, 'Đăng bởi <name> - <date>'
BEFORE the body, a wp-caption, a donation sidebar), a union activist's Blogspot blog (the
Blogger date header ABOVE the post title, 'Đăng bởi <name> vào lúc 19:08' and 'Nhãn:' AFTER
it, 'Lưu trữ Blog'), a provincial paper's e-paper viewer (Báo Kon Tum's báo in điện tử: the
issue's number and date, the page's number, a <title> that is NOT the headline, no metadata), an
aggregator's card page (Xem nhanh: the source's name and 'Xem bài gốc', a JSON-LD isBasedOn) and
a page saved by Firefox as 'Web Page, complete' (Doanh nhân Sài Gòn: links rewritten to
'./<name>_files/', lazy images with a placeholder, a <noscript> copy of each image).

  python3 index-builder/src/test/resources/layouts-opened-24/generate.py   # from the repository root

Reads ../shared/corpus (beside the repository; VNNEWS_CORPUS names another folder). Writes,
beside this script:
  <site>/<n>.html   the page as captured
  <site>/<n>.txt    its visible text, saved with that site's scraper convention (see the README)
  labels.jsonl      one line per page, the schema of ../layouts-opened-23/labels.jsonl,
                    "half": "opened"; "published" the day alone where the page prints no hour

Written from what the real sites look like, without reading the extractor's rules and never tuned
on. Labels come from the corpus article's fields and from what the template prints. The articles
are named below (ARTICLES), not searched for at run time; they were picked at EVEN 1-based line
numbers of their corpus files. The article, paragraph, date and page plumbing is the
twenty-third set's (../layouts-opened-23/generate.py, then layouts-unseen-23), unchanged but for the teaser order's salt;
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
# every labels.jsonl under ../layout*/), each at an even line of its corpus file. dantri: nine of
# the October-November 2020 crawl (UNSIGNED: no byline; the site prints a reporter's name from a
# hash), a lead of 20 words or more that does not open with dantri's 'Dân trí' tag nor holds a
# photo credit, five or more body paragraphs. vietnews-labour: a title without quotes, a lead of
# 18 words or more, 16 or more usable sentences. The two marked (A) report a signing, and the
# signing is printed on the page.
ARTICLES = {
    "xahoathinh": ["vietnews-train-098338", "vietnews-train-020787", "vietnews-train-036663"],
    "chuthapdo": ["vietnews-train-017392",  # (A)
                  "vietnews-train-080447", "vietnews-train-104451"],
    "blogcongdoan": ["vietnews-train-081773",  # (A)
                     "vietnews-train-067718", "vietnews-train-012243"],
    "baokontum": ["dantri-news_entertainment_005", "dantri-news_entertainment_009",
                  "dantri-news_entertainment_011"],
    "xemnhanh": ["dantri-news_world_007", "dantri-news_world_019", "dantri-news_tech_013"],
    "doanhnhansaigon": ["dantri-news_tech_019", "dantri-news_sport_004", "dantri-news_sport_012"],
}
STORY_PARAS = {}
LABOUR_PARAS = {"vietnews-train-017392": 12, "vietnews-train-081773": 12}  # the signing is late in the story
AGREEMENTS = {"vietnews-train-017392", "vietnews-train-081773"}
UNSIGNED = {i for s in ("baokontum", "xemnhanh", "doanhnhansaigon") for i in ARTICLES[s]}
# Sites whose capture prints the day without an hour: the label gives the day alone.
DAY_ONLY = {"xahoathinh", "baokontum"}
PRINTED_IN = {}
# labour pages whose text (or the event it reports) fixes the date the hashed rule would miss, read
# by hand on the pages' own text BEFORE the one extractor run: the Molise region's offer 'hôm
# 11/9' with figures to 2018 (13 September 2019); Japan's draft immigration law the cabinet
# 'thông qua ngày 2-11' (3 November 2018, not September); the Xuân tình nguyện 2019 launch 'Sáng
# 6-1' (6 January 2019, the year the rule missed); the Standing Committee's review of 2017 and the
# 2018 plan (19 September 2017, its September session); the draft decree piloting SOE managers'
# pay 'từ năm 2019' (10 October 2018, approximate: while it was being consulted). The other
# four keep the rule's date.
PRINTED_ON = {"vietnews-train-036663": datetime.date(2019, 9, 13),
              "vietnews-train-017392": datetime.date(2018, 11, 3),
              "vietnews-train-080447": datetime.date(2019, 1, 6),
              "vietnews-train-012243": datetime.date(2017, 9, 19),
              "vietnews-train-067718": datetime.date(2018, 10, 10)}
PRINTED_AT = {}

# Every id the other layout sets name (the "id" of every labels.jsonl under ../layout*/, this set
# excluded: 471 ids): teasers never come from these, and an article named above must not be one.
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
    "dantri-news_entertainment_001",
    "dantri-news_entertainment_008",
    "dantri-news_entertainment_016",
    "dantri-news_entertainment_017",
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
    "dantri-news_society_002",
    "dantri-news_society_003",
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
    "dantri-news_sport_002",
    "dantri-news_sport_003",
    "dantri-news_sport_008",
    "dantri-news_sport_009",
    "dantri-news_sport_199",
    "dantri-news_tech_001",
    "dantri-news_tech_002",
    "dantri-news_tech_003",
    "dantri-news_tech_005",
    "dantri-news_tech_006",
    "dantri-news_tech_007",
    "dantri-news_tech_008",
    "dantri-news_tech_009",
    "dantri-news_tech_010",
    "dantri-news_tech_015",
    "dantri-news_tech_016",
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
    "dantri-news_travel_005",
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
    "dantri-news_world_005",
    "dantri-news_world_006",
    "dantri-news_world_008",
    "dantri-news_world_009",
    "dantri-news_world_010",
    "dantri-news_world_011",
    "dantri-news_world_012",
    "dantri-news_world_013",
    "dantri-news_world_014",
    "dantri-news_world_015",
    "dantri-news_world_017",
    "dantri-news_world_020",
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
    "vietnews-test-017840",
    "vietnews-test-017847",
    "vietnews-test-018632",
    "vietnews-test-019228",
    "vietnews-test-019533",
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
    "vietnews-test-022443",
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
    "vietnews-train-013248",
    "vietnews-train-014331",
    "vietnews-train-014633",
    "vietnews-train-014864",
    "vietnews-train-015127",
    "vietnews-train-015555",
    "vietnews-train-015654",
    "vietnews-train-015780",
    "vietnews-train-016019",
    "vietnews-train-016130",
    "vietnews-train-016549",
    "vietnews-train-016803",
    "vietnews-train-017801",
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
    "vietnews-train-035470",
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
    "vietnews-train-070784",
    "vietnews-train-071236",
    "vietnews-train-071517",
    "vietnews-train-072381",
    "vietnews-train-072465",
    "vietnews-train-072925",
    "vietnews-train-073007",
    "vietnews-train-073158",
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
    "vietnews-train-078853",
    "vietnews-train-079045",
    "vietnews-train-080184",
    "vietnews-train-080868",
    "vietnews-train-081265",
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
    "vietnews-train-090361",
    "vietnews-train-090815",
    "vietnews-train-091138",
    "vietnews-train-091238",
    "vietnews-train-091916",
    "vietnews-train-091987",
    "vietnews-train-092272",
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
    "vietnews-train-099191",
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
    "vietnews-train-104745",
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
    "vietnews-val-021835",
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
    teasers = sorted(set(teasers), key=lambda t: h(t, "teaser24"))
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




def xahoathinh(a, n, tz):
    """Cổng thông tin điện tử xã Hòa Thịnh (huyện Tây Hòa, tỉnh Phú Yên), a commune portal on the
    province's shared platform: NO OpenGraph, no JSON-LD, a <meta name="description"> only; the
    <title> 'Cổng thông tin điện tử xã Hòa Thịnh - <headline>' (the portal's name FIRST); the
    address nowhere but a 'Bản in' link and a hidden <input> of the portal's share box; the trail
    'Trang chủ / Tin tức - Sự kiện / <section>' (the category, last); the <h1>; 'Ngày đăng:
    dd/mm/yyyy | Lượt xem: n' (NO hour: the label's published is the day); the sapo an italic
    <div>; a photo in a centred <p> and its italic caption; 'Tác giả: <name>' and 'Nguồn: Ban
    Văn hóa - Xã hội xã' at the end; 'Các tin khác' with '(dd/mm/yyyy)'; the platform's footer;
    CRLF, one block a line, menus ONE ITEM A LINE."""
    section = ["Lao động - Việc làm", "Chính sách - Pháp luật", "Kinh tế - Xã hội"][n - 1]
    aid = 1000 + h(a["id"], "xa") % 9000
    url = f"https://hoathinh.tayhoa.phuyen.gov.vn/tin-tuc-su-kien/{slug(section)}/{slug(a['title'])}-{aid}.html"
    when = f"Ngày đăng: {dmy(a)} | Lượt xem: {40 + h(a['id'], 'xv') % 900}"
    wrote, src = f"Tác giả: {a['author']}", "Nguồn: Ban Văn hóa - Xã hội xã"
    cap = a["caption"] or "Ảnh minh họa"
    p = Page()
    p.raw(head(f"Cổng thông tin điện tử xã Hòa Thịnh - {a['title']}",
               f'<meta name="description" content="{html.escape(a["lead"])}">\n'
               '<meta name="keywords" content="xã Hòa Thịnh, huyện Tây Hòa, tỉnh Phú Yên">\n'))
    p.raw('<body><div class="portal-banner"><img src="/Portals/0/banner-hoathinh.png" alt="">')
    p.el("div", "CỔNG THÔNG TIN ĐIỆN TỬ XÃ HÒA THỊNH - HUYỆN TÂY HÒA - TỈNH PHÚ YÊN", 'class="portal-name"')
    p.raw("</div>")
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Văn bản", "Thủ tục hành chính",
            "Hỏi đáp", "Liên hệ"]
    p.group(('<ul class="menu-top">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    trail(p, ('<div class="breadcrumb">', "</div>"), '<a href="#">{t}</a>',
          ["Trang chủ", "Tin tức - Sự kiện", section], " / ")
    p.raw('<div class="news-detail">')
    p.el("h1", a["title"], 'class="news-title"')
    p.el("div", when, 'class="news-date"')
    p.raw(f'<div class="news-sapo"><i>{html.escape(a["lead"], quote=False)}</i></div>')
    p.blocks.append(a["lead"])
    p.raw('<div class="news-content">')

    def photo():
        p.raw(f'<p style="text-align:center"><img src="/Uploads/images/{aid}.jpg" width="500"></p>')
        p.raw(f'<p style="text-align:center"><i>{html.escape(cap, quote=False)}</i></p>')
        p.blocks.append(cap)

    body(p, a, photo)
    p.el("p", wrote, 'class="news-author" style="text-align:right"')
    p.el("p", src, 'class="news-source" style="text-align:right"')
    p.raw("</div>")
    p.raw(f'<div class="news-tools"><a href="{html.escape(url)}?print=1">')
    p.el("span", "Bản in")
    p.raw(f'</a><input type="hidden" id="share-url" value="{html.escape(url)}"></div></div>')
    other = teaser_dated(tz[:5], a, "xa", "{t} ({d})")
    related_div(p, "other-news", "Các tin khác", other, "h3")
    foot = ["Cơ quan chủ quản: Ủy ban nhân dân xã Hòa Thịnh",
            "Địa chỉ: Thôn Mỹ Thạnh Trung 1, xã Hòa Thịnh, huyện Tây Hòa, tỉnh Phú Yên",
            "Chịu trách nhiệm chính: Chủ tịch UBND xã",
            "Phát triển bởi Sở Thông tin và Truyền thông tỉnh Phú Yên"]
    footer(p, foot, ('<div class="footer">', "</div>"), "p")
    fur = ["CỔNG THÔNG TIN ĐIỆN TỬ XÃ HÒA THỊNH - HUYỆN TÂY HÒA - TỈNH PHÚ YÊN", when, wrote, src,
           "Bản in", "Các tin khác", *other, *foot]
    if not a["caption"]:
        fur.append(cap)
    return p, text_of(p, True, False, "\r\n"), url, section, a["author"], fur


def chuthapdo(a, n, tz):
    """Hội Chữ thập đỏ Việt Nam (redcross.org.vn, a mass organisation on WordPress): OpenGraph
    with article:published_time and article:section, Yoast's JSON-LD @graph (WebPage, Article
    with author, BreadcrumbList); the <title> adding ' - Hội Chữ thập đỏ Việt Nam'; the trail
    'Trang chủ » Tin tức » <section>' (the category, last); the <h1 class="entry-title">; the
    BYLINE AND DATE BEFORE THE BODY on one line 'Đăng bởi <name> - 12/03/2019 08:15'; the sapo
    a <p class="excerpt"> in bold; a [caption] 'wp-caption-text'; share buttons; 'Bài viết
    cùng chuyên mục'; a sidebar with a donation box ('Ủng hộ ngay', an account number) and
    'Tin mới'; LF, a BLANK line between blocks, menus one line."""
    section = ["Công tác xã hội", "Tình nguyện", "Công tác xã hội"][n - 1]
    aid = 9000 + h(a["id"], "ctd") % 20000
    url = f"https://redcross.org.vn/{slug(a['title'])}.html"
    posted = f"Đăng bởi {a['author']} - {dmy(a)} {hm(a)}"
    cap = a["caption"] or "Ảnh minh họa"
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{a['title']} - Hội Chữ thập đỏ Việt Nam",
         "datePublished": iso(a), "inLanguage": "vi"},
        {"@type": "Article", "@id": url + "#article", "headline": a["title"], "datePublished": iso(a),
         "author": {"@type": "Person", "name": a["author"]}, "articleSection": [section],
         "isPartOf": {"@id": url}},
        {"@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": "https://redcross.org.vn/"},
            {"@type": "ListItem", "position": 2, "name": "Tin tức"},
            {"@type": "ListItem", "position": 3, "name": section}]}]}
    p = Page()
    p.raw(head(f"{a['title']} - Hội Chữ thập đỏ Việt Nam",
               og(a, url, "Hội Chữ thập đỏ Việt Nam", section=section)
               + f'<link rel="canonical" href="{html.escape(url)}">\n' + jsonld(graph)
               + '<meta name="generator" content="WordPress 5.8.2">\n'))
    p.raw('<body class="post-template-default single single-post"><header id="masthead"><div class="site-branding">')
    p.el("p", "Hội Chữ thập đỏ Việt Nam", 'class="site-title"')
    p.el("p", "Vì mục tiêu nhân đạo", 'class="site-description"')
    p.raw("</div>")
    menu = ["Trang chủ", "Giới thiệu", "Tin tức", "Hiến máu", "Cứu trợ", "Tình nguyện", "Liên hệ"]
    p.group(('<nav class="main-navigation"><ul id="primary-menu" class="menu">', "</ul></nav></header>"),
            '<li class="menu-item"><a href="#">{t}</a></li>', menu, " ")
    trail(p, ('<div class="breadcrumbs"><span>', "</span></div>"), '<a href="#">{t}</a>',
          ["Trang chủ", "Tin tức", section], " » ")
    p.raw(f'<main id="main"><article id="post-{aid}" class="post type-post status-publish">')
    p.el("h1", a["title"], 'class="entry-title"')
    p.raw(f'<div class="entry-meta">Đăng bởi <span class="author vcard">{html.escape(a["author"], quote=False)}'
          f'</span> - <time class="entry-date published" datetime="{iso(a)}">{dmy(a)} {hm(a)}</time></div>')
    p.blocks.append(posted)
    p.raw(f'<p class="excerpt"><strong>{html.escape(a["lead"], quote=False)}</strong></p>')
    p.blocks.append(a["lead"])
    p.raw('<div class="entry-content">')

    def photo():
        p.raw(f'<div id="attachment_{aid + 1}" class="wp-caption aligncenter" style="width: 710px">'
              f'<img class="size-full wp-image-{aid + 1}" src="https://redcross.org.vn/wp-content/uploads/'
              f'{a["date"].year}/{a["date"].month:02d}/anh-{aid}.jpg" width="700">')
        p.el("p", cap, f'id="caption-attachment-{aid + 1}" class="wp-caption-text"')
        p.raw("</div>")

    body(p, a, photo)
    p.raw('</div><div class="share-buttons">')
    share = ["Chia sẻ:", "Facebook", "Twitter", "Zalo"]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', share, " ")
    p.raw("</div></article>")
    same = tz[:4]
    related_div(p, "related-posts", "Bài viết cùng chuyên mục", same, "h3")
    p.raw('</main><aside id="secondary" class="widget-area"><section class="widget widget_text">')
    p.el("h2", "Chung tay vì cộng đồng", 'class="widget-title"')
    acct = "Tài khoản: 0011000123456 - Ngân hàng Vietcombank, Hội sở chính"
    p.el("p", acct)
    p.el("a", "Ủng hộ ngay", 'class="button" href="#"')
    p.raw("</section>")
    new = tz[4:7]
    related_div(p, "widget widget_recent_entries", "Tin mới", new, "h2")
    p.raw("</aside>")
    foot = ["Trung ương Hội Chữ thập đỏ Việt Nam", "Địa chỉ: Số 82 Nguyễn Du, Hai Bà Trưng, Hà Nội",
            "© Bản quyền thuộc Hội Chữ thập đỏ Việt Nam"]
    footer(p, foot, ('<footer id="colophon" class="site-footer">', "</footer>"), "p")
    fur = ["Vì mục tiêu nhân đạo", posted, "Chia sẻ: Facebook Twitter Zalo", "Bài viết cùng chuyên mục",
           *same, "Chung tay vì cộng đồng", acct, "Ủng hộ ngay", "Tin mới", *new, *foot]
    if not a["caption"]:
        fur.append(cap)
    return p, text_of(p, False, True), url, section, a["author"], fur


VI_MONTH_DAY = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def blogcongdoan(a, n, tz):
    """'Góc nhỏ công đoàn' (gocnhocongdoan.blogspot.com), a union activist's Blogger blog
    (Blogger's Simple theme): Blogger's OpenGraph (og:url, og:title, og:description, no time)
    and its microdata (itemprop headline, datePublished on an <abbr title=...>), no JSON-LD; the
    <title> 'Góc nhỏ công đoàn: <headline>'; the blog's header and description; the DATE HEADER
    ABOVE THE TITLE 'Thứ Năm, 14 tháng 12, 2016' (the day only: the hour is in the footer); the
    title an <h3 class="post-title">; NO sapo element: the lead is the post's first paragraph;
    a photo in Blogger's 'tr-caption-container' table; AFTER THE POST 'Đăng bởi <name> vào lúc
    19:08' (the label is the name) and 'Nhãn: <label>, công đoàn' (the category, first);
    '2 nhận xét:'; 'Bài đăng Mới hơn' 'Bài đăng Cũ hơn' 'Trang chủ'; a sidebar 'Lưu trữ Blog'
    and 'Giới thiệu về tôi'; LF, one block a line, menus ONE ITEM A LINE."""
    label = ["Việc làm", "Tiền lương", "Kinh tế"][n - 1]
    d = a["date"]
    url = f"https://gocnhocongdoan.blogspot.com/{d.year}/{d.month:02d}/{slug(a['title'])[:40].rstrip('-')}.html"
    dhead = f"{WEEKDAYS[d.weekday()]}, {d.day} tháng {d.month}, {d.year}"
    by = f"Đăng bởi {a['author']} vào lúc {hm(a)}"
    labels = f"Nhãn: {label}, công đoàn"
    cap = a["caption"] or "Ảnh: Internet"
    p = Page()
    p.raw(head(f"Góc nhỏ công đoàn: {a['title']}",
               f'<meta property="og:url" content="{html.escape(url)}">\n'
               f'<meta property="og:title" content="{html.escape(a["title"])}">\n'
               f'<meta property="og:description" content="{html.escape(a["lead"][:150])}">\n'
               '<meta name="generator" content="blogger">\n'
               f'<link rel="canonical" href="{html.escape(url)}">\n'))
    p.raw('<body class="variant-simplysimple"><div class="header-outer"><div class="Header" id="Header1">')
    p.el("h1", "Góc nhỏ công đoàn", 'class="title"')
    p.el("p", "Ghi chép của một cán bộ công đoàn cơ sở", 'class="description"')
    p.raw('</div></div><div class="PageList">')
    pages = ["Trang chủ", "Pháp luật lao động", "Hỏi đáp", "Liên hệ"]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', pages, " ")
    p.raw('</div><div class="main-outer"><div class="date-outer">')
    p.el("h2", dhead, 'class="date-header"')
    p.raw('<div class="post hentry" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting">')
    p.el("h3", a["title"], 'class="post-title entry-title" itemprop="headline"')
    p.raw('<div class="post-body entry-content" itemprop="articleBody">')
    p.el("div", a["lead"])
    aid = h(a["id"], "blog") % 10 ** 9

    def photo():
        p.raw('<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container"><tbody>'
              f'<tr><td><a href="#"><img src="https://blogger.googleusercontent.com/img/b/{aid}/s640/anh.jpg" '
              'width="640"></a></td></tr><tr>')
        p.el("td", cap, 'class="tr-caption"')
        p.raw("</tr></tbody></table>")

    body(p, a, photo, para=lambda t: ("div", t))
    p.raw('</div><div class="post-footer"><div class="post-footer-line post-footer-line-1">'
          f'<span class="post-author vcard">Đăng bởi <span class="fn" itemprop="author">'
          f'{html.escape(a["author"], quote=False)}</span></span> vào lúc <a class="timestamp-link" href="#">'
          f'<abbr class="published" itemprop="datePublished" title="{iso(a)}">{hm(a)}</abbr></a></div>')
    p.blocks.append(by)
    p.el("div", labels, 'class="post-labels"')
    p.raw("</div></div></div>")
    ncom = 1 + h(a["id"], "com") % 5
    coms = f"{ncom} nhận xét:"
    p.el("h4", coms, 'id="comment-post-message"')
    pager = ["Bài đăng Mới hơn", "Bài đăng Cũ hơn", "Trang chủ"]
    p.group(('<div class="blog-pager">', "</div>"), '<a href="#">{t}</a>', pager, " ")
    p.raw('</div><div class="sidebar"><div class="BlogArchive">')
    p.el("h2", "Lưu trữ Blog")
    arch = [f"► {d.year + 1} (9)", f"▼ {d.year} ({12 + ncom})", f"▼ tháng {d.month} ({3 + ncom})", *tz[:3]]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', arch, " ")
    p.raw('</div><div class="Profile">')
    p.el("h2", "Giới thiệu về tôi")
    me = f"{a['author']} - cán bộ công đoàn cơ sở, viết về việc làm, tiền lương và quyền lợi người lao động."
    p.el("p", me)
    p.raw("</div></div>")
    foot = ["Chủ đề Đơn giản. Được tạo bởi Blogger."]
    footer(p, foot, ('<div class="footer-outer">', "</div>"), "div")
    fur = ["Ghi chép của một cán bộ công đoàn cơ sở", dhead, by, labels, coms, "Bài đăng Mới hơn",
           "Bài đăng Cũ hơn", "Lưu trữ Blog", *tz[:3], "Giới thiệu về tôi", me, *foot]
    if not a["caption"]:
        fur.append(cap)
    return p, text_of(p, True, False), url, label, a["author"], fur


def baokontum(a, n, tz):
    """Báo Kon Tum's e-paper viewer (baokontum.com.vn/bao-in, báo in điện tử): the article as
    the viewer's reading pane shows it over the page image; NO OpenGraph, no JSON-LD, no
    description; the <title> the ISSUE, not the headline ('Báo in Kon Tum - Số 6123 - Thứ Năm,
    01/10/2020'); the viewer's toolbar (issue number and date, 'Trang trước' 'Trang sau', page
    buttons 'Trang 1' .. 'Trang 8'); the reading pane: '<Trang 5> | <section>' (the category,
    after the bar), the headline an <h2>, the sapo bold, the body, the name bold at the end;
    the issue's date the only date (NO hour: the label's published is the day); 'Các bài trên
    trang này'; LF, a BLANK line between blocks, menus one line. The article's address is the
    viewer's ?issue=&page=&article= address, in the 'Sao chép liên kết' box's hidden <input>."""
    section = ["Văn hóa - Giải trí", "Văn hóa - Giải trí", "Văn nghệ"][n - 1]
    d = a["date"]
    issue = 6100 + (d - datetime.date(2020, 9, 1)).days
    page = 5 + n % 3
    aid = 30000 + h(a["id"], "kt") % 9000
    url = f"https://baokontum.com.vn/bao-in?issue={issue}&page={page}&article={aid}"
    iss = f"Báo in Kon Tum - Số {issue} - {weekday(a)}, {dmy(a)}"
    bar = f"Trang {page} | {section}"
    p = Page()
    p.raw(head(iss))
    p.raw('<body class="epaper"><div class="ep-toolbar">')
    p.el("div", iss, 'class="ep-issue"')
    tools = ["Trang trước", "Trang sau", "Tải PDF", "Toàn màn hình"]
    p.group(('<div class="ep-tools">', "</div>"), '<button type="button">{t}</button>', tools, " ")
    pages = [f"Trang {i}" for i in range(1, 9)]
    p.group(('<div class="ep-pages">', "</div>"), '<a href="#">{t}</a>', pages, " ")
    p.raw(f'</div><div class="ep-viewer"><img class="ep-page-img" src="/EPaper/{issue}/trang-{page}.jpg" '
          f'usemap="#map{page}"><map name="map{page}"><area shape="rect" coords="12,40,560,420" href="#a{aid}">'
          '</map></div><div class="ep-reader" id="ep-reader">')
    p.raw(f'<div class="ep-reader-bar"><span class="ep-page-no">Trang {page}</span> | '
          f'<span class="ep-cate">{html.escape(section, quote=False)}</span></div>')
    p.blocks.append(bar)
    p.el("h2", a["title"], 'class="ep-title"')
    p.el("div", a["lead"], 'class="ep-sapo" style="font-weight:bold"')
    p.raw('<div class="ep-content">')
    body(p, a)
    p.raw('<p class="ep-author" style="text-align:right"><b>')
    p.el("span", a["author"])
    p.raw("</b></p></div>")
    p.raw(f'<div class="ep-share"><input type="hidden" id="ep-link" value="{html.escape(url)}">')
    p.el("button", "Sao chép liên kết", 'type="button"')
    p.raw("</div></div>")
    same = tz[:4]
    related_div(p, "ep-same-page", "Các bài trên trang này", same, "h3")
    foot = ["Báo Kon Tum - Cơ quan của Đảng bộ tỉnh Kon Tum",
            "Tòa soạn: 174 Bà Triệu, thành phố Kon Tum", "Giấy phép xuất bản số 25/GP-BTTTT"]
    footer(p, foot, ('<div class="ep-footer">', "</div>"), "p")
    fur = [iss, "Trang trước", "Trang sau", "Tải PDF", bar, "Sao chép liên kết",
           "Các bài trên trang này", *same, *foot]
    return p, text_of(p, False, True), url, section, a["author"], fur


def xemnhanh(a, n, tz):
    """Xem nhanh (xemnhanh.info, a Vietnamese news aggregator), the card page of one story:
    OpenGraph with article:published_time, og:site_name 'Xem nhanh'; JSON-LD NewsArticle with
    'isBasedOn' (the source's address) and 'sourceOrganization' Dân trí; the <title> adding ' -
    Xem nhanh'; the topic chips 'Chủ đề: <topic>' (the category); the SOURCE AND TIME ON ONE
    LINE above the title 'Dân trí · 16:05 01/10/2020'; the <h1>; the sapo bold; the full text
    the aggregator copied, the name bold at the end; 'Xem bài gốc' linking to the source; 'Tin
    cùng chủ đề' cards, each with its source and a relative age; LF, one block a line, menus one
    line. The label's url is the card page's own address (canonical and og:url)."""
    topic = ["Thế giới", "Thế giới", "Công nghệ"][n - 1]
    aid = 7000000 + h(a["id"], "xn") % 900000
    url = f"https://xemnhanh.info/{slug(topic)}/{slug(a['title'])}-{aid}"
    src = f"https://dantri.com.vn/{slug(topic)}/{slug(a['title'])}-{a['date'].year}{a['date'].month:02d}{a['date'].day:02d}.htm"
    line = f"Dân trí · {hm(a)} {dmy(a)}"
    chip = f"Chủ đề: {topic}"
    cards = [f"{t} · {['VnExpress', 'Tuổi Trẻ', 'Thanh Niên', 'VietnamPlus'][i % 4]} · {2 + i} giờ trước"
             for i, t in enumerate(tz[:5])]
    p = Page()
    p.raw(head(f"{a['title']} - Xem nhanh", og(a, url, "Xem nhanh", section=topic)
               + f'<link rel="canonical" href="{html.escape(url)}">\n' + jsonld({
                   "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                   "datePublished": iso(a), "url": url, "isBasedOn": src,
                   "author": {"@type": "Person", "name": a["author"]},
                   "sourceOrganization": {"@type": "NewsMediaOrganization", "name": "Dân trí"},
                   "publisher": {"@type": "Organization", "name": "Xem nhanh"}})))
    p.raw('<body><header class="xn-header"><a href="/" class="xn-logo">Xem nhanh</a>')
    menu = ["Mới nhất", "Nóng", "Thế giới", "Công nghệ", "Thể thao", "Giải trí", "Kinh doanh"]
    p.group(('<nav class="xn-nav">', "</nav></header>"), '<a href="#">{t}</a>', menu, " ")
    p.raw('<main class="xn-card-page"><div class="xn-chips">')
    p.el("a", chip, 'class="chip" href="#"')
    p.raw('</div><div class="xn-source"><img src="/logos/dantri.png" alt="" width="16">'
          f'<span>Dân trí</span> · <time datetime="{iso(a)}">{hm(a)} {dmy(a)}</time></div>')
    p.blocks.append(line)
    p.el("h1", a["title"], 'class="xn-title"')
    p.el("p", a["lead"], 'class="xn-sapo" style="font-weight:700"')
    p.raw('<div class="xn-content">')
    body(p, a)
    p.raw('<p class="xn-author" style="text-align:right"><strong>')
    p.el("span", a["author"])
    p.raw("</strong></p></div>")
    p.raw(f'<a class="xn-origin" href="{html.escape(src)}" rel="nofollow noopener" target="_blank">')
    p.el("span", "Xem bài gốc")
    p.raw("</a>")
    related_div(p, "xn-related", "Tin cùng chủ đề", cards, "h2")
    p.raw("</main>")
    foot = ["Xem nhanh tổng hợp tin tức tự động từ các báo điện tử.",
            "Bản quyền nội dung thuộc về báo gốc."]
    footer(p, foot, ('<footer class="xn-footer">', "</footer>"), "p")
    fur = [chip, line, "Xem bài gốc", "Tin cùng chủ đề", *cards, *foot]
    return p, text_of(p, False, False), url, topic, a["author"], fur


def doanhnhansaigon(a, n, tz):
    """Doanh nhân Sài Gòn (doanhnhansaigon.vn, the city's business association's magazine) SAVED
    BY FIREFOX as 'Web Page, complete': the page's resources rewritten to
    './<title>_files/...', scripts kept, LAZY images whose src is the saved placeholder and a
    <noscript> copy of each image (not visible text); OpenGraph with article:published_time,
    JSON-LD NewsArticle; the <title> adding ' - Doanh nhân Sài Gòn'; the trail 'Trang chủ >
    <section>' (the category, last); the <h1>; the date under the title 'Thứ Năm, 01/10/2020,
    16:05 (GMT+7)'; the sapo an <h2>; a <figure> and <figcaption>; the name bold right-aligned;
    '#tag' links; 'Tin liên quan'; 'Đọc nhiều'; LF, a BLANK line between blocks, menus one line."""
    section = ["Công nghệ", "Thể thao", "Thể thao"][n - 1]
    aid = 1090000 + h(a["id"], "dn") % 90000
    url = f"https://doanhnhansaigon.vn/{slug(section)}/{slug(a['title'])}-{aid}.html"
    files = "./" + a["title"][:40].replace("/", "_").strip() + " - Doanh nhân Sài Gòn_files"
    when = f"{weekday(a)}, {dmy(a)}, {hm(a)} (GMT+7)"
    cap = "Ảnh minh họa"
    tags = ["#" + section.lower(), "#doanh nhân", "#tin nóng"]
    p = Page()
    p.raw(head(f"{a['title']} - Doanh nhân Sài Gòn",
               f'<link rel="stylesheet" href="{html.escape(files)}/main.min.css">\n'
               + og(a, url, "Doanh nhân Sài Gòn", section=section)
               + f'<link rel="canonical" href="{html.escape(url)}">\n' + jsonld({
                   "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                   "datePublished": iso(a), "mainEntityOfPage": url,
                   "author": {"@type": "Person", "name": a["author"]},
                   "publisher": {"@type": "Organization", "name": "Doanh nhân Sài Gòn"}})
               + f'<script src="{html.escape(files)}/lazysizes.min.js.download"></script>\n'))
    p.raw(f'<body><header class="dn-header"><a href="https://doanhnhansaigon.vn/"><img src="{html.escape(files)}/logo-dnsg.svg" alt="Doanh nhân Sài Gòn"></a>')
    menu = ["Thời sự", "Kinh doanh", "Doanh nhân", "Công nghệ", "Thể thao", "Đời sống", "Quốc tế"]
    p.group(('<nav><ul class="dn-menu">', "</ul></nav></header>"),
            '<li><a href="https://doanhnhansaigon.vn/#">{t}</a></li>', menu, " ")
    trail(p, ('<div class="dn-breadcrumb">', "</div>"), '<a href="https://doanhnhansaigon.vn/#">{t}</a>',
          ["Trang chủ", section], " > ")
    p.raw('<article class="dn-detail">')
    p.el("h1", a["title"], 'class="dn-title"')
    p.el("div", when, 'class="dn-date"')
    p.el("h2", a["lead"], 'class="dn-sapo"')
    p.raw('<div class="dn-body">')

    def photo():
        p.raw(f'<figure class="dn-figure"><img src="{html.escape(files)}/placeholder.gif" '
              f'data-src="https://cdn.doanhnhansaigon.vn/{a["date"].year}/{aid}.jpg" class="lazyload">'
              f'<noscript><img src="https://cdn.doanhnhansaigon.vn/{a["date"].year}/{aid}.jpg"></noscript>')
        p.el("figcaption", cap)
        p.raw("</figure>")

    body(p, a, photo)
    byline_p(p, a["author"])
    p.raw("</div>")
    p.group(('<div class="dn-tags">', "</div>"), '<a href="https://doanhnhansaigon.vn/#">{t}</a>', tags, " ")
    p.raw("</article>")
    rel = tz[:3]
    related_div(p, "dn-related", "Tin liên quan", rel, "h3")
    most = tz[3:7]
    related_div(p, "dn-most-read", "Đọc nhiều", most, "h3")
    foot = ["Doanh nhân Sài Gòn - Cơ quan của Hiệp hội Doanh nghiệp TP.HCM",
            "Tòa soạn: 20 Phan Đình Giót, Phường 2, Quận Tân Bình, TP.HCM",
            "Giấy phép số 355/GP-BTTTT"]
    footer(p, foot, ('<footer class="dn-footer">', "</footer>"), "p")
    fur = [when, cap, " ".join(tags), "Tin liên quan", *rel, "Đọc nhiều", *most, *foot]
    return p, text_of(p, False, True), url, section, a["author"], fur



# ---------------------------------------------------------------- plan and output

TEMPLATES = {"xahoathinh": xahoathinh, "chuthapdo": chuthapdo, "blogcongdoan": blogcongdoan,
             "baokontum": baokontum, "xemnhanh": xemnhanh, "doanhnhansaigon": doanhnhansaigon}


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
                "id": a["id"], "url": url, "title": a["title"],
                "published": a["date"].isoformat() if site in DAY_ONLY else iso(a),
                "category": category, "lead": a["lead"], "author": author,
                "first": a["paras"][0], "last": a["paras"][-1], "furniture": fur,
            })
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} pages of {len(ARTICLES)} sites to {HERE}")


if __name__ == "__main__":
    main()
