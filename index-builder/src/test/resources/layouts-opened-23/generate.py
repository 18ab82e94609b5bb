"""Builds the twenty-third opened page-layout set (formerly the TWENTY-THIRD unseen check): 18 real corpus articles laid out as six
NEWSPAPERS' OWN DESKTOP ARTICLE PAGES that no earlier set uses, each page as HTML and as the visible
text a scraper saves from it, with labels: two provincial papers (Báo Hà Giang on an older CMS: the
time BEFORE the date above the title '08:15, 12/03/2019', no JSON-LD, menus one item a line; Báo
Thái Bình: the date under the title, 'Tin liên quan' inside the body, CRLF text), the veterans'
association's paper (Cựu chiến binh Việt Nam on Joomla: microdata only, 'Viết bởi <name>' and
'Được đăng ngày ...' BEFORE the body, the sapo a bold first paragraph, a blank line between
blocks), a sector paper of the news agency (Thể thao & Văn hóa: an og:title that is not the
headline, a caption with a credit, 'Từ khóa:'), and two online-only papers (the Party's
dangcongsan.vn: the BYLINE BEFORE THE BODY, the sapo opening '(ĐCSVN) – ', a pubdate meta only;
VietTimes: the category and the date on one line above the title, the name with '(tổng hợp)' and a
SOURCE LINE 'Theo Dân trí' under it, a bare <title>).

  python3 index-builder/src/test/resources/layouts-opened-23/generate.py   # from the repository root

Reads ../shared/corpus (beside the repository; VNNEWS_CORPUS names another folder). Writes,
beside this script:
  <site>/<n>.html   the page as the site serves it
  <site>/<n>.txt    its visible text, saved with that site's scraper convention (see the README)
  labels.jsonl      one line per page, the schema of ../layouts-opened-21/labels.jsonl,
                    "half": "opened"

Written from what the real sites look like, without reading the extractor's rules and never tuned
on. Labels come from the corpus article's fields and from what the template prints. The articles
are named below (ARTICLES), not searched for at run time; they were picked at ODD 1-based line
numbers of their corpus files. The article, paragraph, date and page plumbing is the twenty-first
set's (../layouts-unseen-21/generate.py, now ../layouts-opened-21/), unchanged but for the teaser order's salt; a few of its
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
# the October-December 2020 crawl (UNSIGNED: no byline; the site prints a reporter's name from a
# hash), a lead of 20 words or more that does not open with dantri's 'Dân trí' tag, five or more
# body paragraphs. vietnews-labour: a title without quotes, a lead of 18 words or more, 16 or more
# usable sentences. The two marked (A) report a signing, and the signing is printed on the page.
ARTICLES = {
    "baohagiang": ["vietnews-train-013248",  # (A) 'có ký kết hợp đồng lao động với người sử dụng lao động'
                   "vietnews-test-019533", "vietnews-train-104745"],
    "baothaibinh": ["vietnews-val-021835",  # (A) 'người học được ký hợp đồng với cơ sở tiếp nhận'
                    "vietnews-train-017801", "vietnews-test-022443"],
    "cuuchienbinh": ["vietnews-train-071517", "vietnews-train-090361", "vietnews-train-091916"],
    "thethaovanhoa": ["dantri-news_entertainment_008", "dantri-news_entertainment_016",
                      "dantri-news_sport_009"],
    "dangcongsan": ["dantri-news_sport_003", "dantri-news_travel_005", "dantri-news_society_002"],
    "viettimes": ["dantri-news_world_014", "dantri-news_tech_016", "dantri-news_world_020"],
}
STORY_PARAS = {}
LABOUR_PARAS = {}
AGREEMENTS = {"vietnews-train-013248", "vietnews-val-021835"}
UNSIGNED = {i for s in ("thethaovanhoa", "dangcongsan", "viettimes") for i in ARTICLES[s]}
# labour pages whose text (or the event it reports) fixes the date the hashed rule would miss, read
# by hand on the pages' own text BEFORE the one extractor run: the German nurses' recruitment
# 'Trong tháng 5' for a course 'từ tháng 6/2016' (May 2016, not after July 2017); the wage reform
# the Central Committee's seventh plenum 'sẽ xem xét' from 7 May (printed 6 May 2018); the
# kindergarten teacher's pension of 1,3 million, 'Ngày 31/10' (the base wage of 2017: 1 November
# 2017, not after the '1/1/2018' it names ahead); the Lawyers' chapter congress 'Chiều ngày 19/8'
# for the term 2019 - 2024 (20 August 2019); the social insurance law voted 'Sáng 20/11' to take
# effect '1/1/2016' (21 November 2014); the Korean labour programme whose agreement 'Tháng
# 4/2016 ... sẽ hết hiệu lực' and whose amnesty runs 'từ ngày 1/9 đến 31/12/2015' (September 2015,
# not after the '9/2018' it names ahead). The other three keep the rule's date.
PRINTED_IN = {}
PRINTED_ON = {"vietnews-val-021835": datetime.date(2016, 5, 10),
              "vietnews-train-017801": datetime.date(2018, 5, 6),
              "vietnews-test-022443": datetime.date(2017, 11, 1),
              "vietnews-train-071517": datetime.date(2019, 8, 20),
              "vietnews-train-090361": datetime.date(2014, 11, 21),
              "vietnews-train-091916": datetime.date(2015, 9, 22)}
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
    teasers = sorted(set(teasers), key=lambda t: h(t, "teaser23"))
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




def baohagiang(a, n, tz):
    """Báo Hà Giang (baohagiang.vn, a provincial paper on an older ASP.NET CMS): OpenGraph without
    a time, no JSON-LD, a <link rel="canonical">; the <title> adding ' - Báo Hà Giang điện tử';
    the section a heading bar over the article (the category); the TIME BEFORE THE DATE above the
    title 'Cập nhật: 08:15, 12/03/2019'; the <h1>; the sapo bold; the photo in a <table> with the
    caption a <td class="image_desc">; the name bold right-aligned at the end; 'Các tin đã đưa'
    with ' (dd/mm/yyyy)'; LF, one block a line, menus ONE ITEM A LINE."""
    section = ["Xã hội", "Kinh tế", "Xã hội"][n - 1]
    aid = 40000 + h(a["id"], "hg") % 30000
    url = f"https://baohagiang.vn/{slug(section)}/{a['date'].year}{a['date'].month:02d}/{slug(a['title'])}-{aid}/"
    when = f"Cập nhật: {hm(a)}, {dmy(a)}"
    cap = a["caption"] or "Ảnh minh họa"
    full = f"{a['title']} - Báo Hà Giang điện tử"
    p = Page()
    p.raw(head(full, og(a, url, "Báo Hà Giang điện tử", published=False)
               + f'<link rel="canonical" href="{html.escape(url)}">\n'))
    p.raw('<body><form id="form1" method="post" action="./"><div id="header"><img src="/Images/banner-bhg.jpg" alt="Báo Hà Giang"></div>')
    menu = ["Trang chủ", "Thời sự", "Kinh tế", "Xã hội", "Văn hóa", "Quốc phòng - An ninh", "Thể thao", "Ảnh"]
    p.group(('<ul id="mainmenu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('<div id="content"><div class="cate-bar">')
    p.el("a", section, 'href="#" class="cate-name"')
    p.raw("</div>")
    p.el("div", when, 'class="datetime"')
    p.el("h1", a["title"], 'class="news-title"')
    p.el("div", a["lead"], 'class="news-sapo" style="font-weight:bold"')
    p.raw('<div class="news-content">')

    def photo():
        p.raw(f'<table class="image" align="center"><tr><td><img src="/Uploaded/{aid}.jpg"></td></tr><tr>')
        p.el("td", cap, 'class="image_desc"')
        p.raw("</tr></table>")

    body(p, a, photo)
    byline_p(p, a["author"])
    p.raw("</div>")
    old = teaser_dated(tz[:5], a, "hg", "{t} ({d})")
    related_div(p, "older-news", "Các tin đã đưa", old, "h3")
    p.raw("</div>")
    foot = ["Báo Hà Giang điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Giang",
            "Địa chỉ: Số 10, đường Hai Bà Trưng, thành phố Hà Giang",
            "Giấy phép số 112/GP-BTTTT"]
    footer(p, foot, ('<div id="footer">', "</div></form>"), "p")
    fur = [when, "Các tin đã đưa", *old, *foot]
    if not a["caption"]:
        fur.append(cap)
    return p, text_of(p, True, False), url, section, a["author"], fur


def baothaibinh(a, n, tz):
    """Báo Thái Bình (baothaibinh.com.vn, a provincial paper): OpenGraph with
    article:published_time and article:section, JSON-LD NewsArticle with author; the <title>
    adding ' | Báo Thái Bình điện tử'; the trail 'Trang chủ > <section>' (the category); the
    <h1>; the DATE UNDER THE TITLE 'Thứ Ba, 12/03/2019 | 08:15'; the sapo an <h2>; a caption
    with its credit ' (Ảnh: ...)'; a 'Tin liên quan' box INSIDE the body after the second
    paragraph; the name in a <p class="author"> at the end; 'Từ khóa:' tags; 'Ý kiến bạn
    đọc' with its form; 'Tin mới hơn' and 'Tin cũ hơn'; CRLF, one block a line, menus one line."""
    section = ["Việc làm", "Chính sách", "Xã hội"][n - 1]
    aid = 100000 + h(a["id"], "tb") % 90000
    url = f"https://baothaibinh.com.vn/tin-tuc/{slug(section)}/{slug(a['title'])}-{aid}"
    when = f"{weekday(a)}, {dmy(a)} | {hm(a)}"
    cap, credit = caption_or(a, "Ảnh minh họa", "(Ảnh: Tư liệu)")
    full = f"{a['title']} | Báo Thái Bình điện tử"
    tags = "Từ khóa: " + ", ".join([section.lower(), "người lao động", "thái bình"])
    p = Page()
    p.raw(head(full, og(a, url, "Báo Thái Bình điện tử", section=section) + jsonld({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
        "datePublished": iso(a), "author": {"@type": "Person", "name": a["author"]},
        "publisher": {"@type": "Organization", "name": "Báo Thái Bình"}, "mainEntityOfPage": url})))
    p.raw('<body><div class="header"><a href="/"><img src="/images/logo-tb.png" alt="Báo Thái Bình"></a></div>')
    menu = ["Trang chủ", "Chính trị", "Kinh tế", "Chính sách", "Việc làm", "Xã hội", "Văn hóa", "Thể thao"]
    p.group(('<ul class="nav">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    trail(p, ('<div class="breadcrumb">', "</div>"), '<a href="#">{t}</a>', ["Trang chủ", section], " > ")
    p.raw('<div class="detail">')
    p.el("h1", a["title"], 'class="title-detail"')
    p.el("div", when, 'class="date-detail"')
    p.el("h2", a["lead"], 'class="sapo-detail"')
    p.raw('<div class="content-detail">')
    rel = tz[:2]

    def photo():
        p.raw(f'<figure class="image"><img src="https://media.baothaibinh.com.vn/upload/{aid}.jpg">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    def inline():
        p.raw('<div class="tinlienquan">')
        p.el("p", "Tin liên quan", 'class="tlq-title"')
        p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', rel, "\n")
        p.raw("</div>")

    body(p, a, photo, inline, at=1)
    p.el("p", a["author"], 'class="author"')
    p.raw("</div>")
    p.el("div", tags, 'class="tags"')
    p.raw('<div class="comment-box">')
    p.el("h3", "Ý kiến bạn đọc")
    p.el("label", "Họ và tên")
    p.el("button", "Gửi ý kiến")
    p.raw("</div></div>")
    newer, older = tz[2:4], tz[4:7]
    related_div(p, "newer", "Tin mới hơn", newer, "h3")
    related_div(p, "older", "Tin cũ hơn", older, "h3")
    foot = ["Báo Thái Bình điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thái Bình",
            "Địa chỉ: Số 75, phố Lê Lợi, thành phố Thái Bình",
            "Giấy phép số 205/GP-BTTTT"]
    footer(p, foot, ('<div class="footer">', "</div>"), "p")
    fur = [when, "Tin liên quan", *rel, tags, "Ý kiến bạn đọc", "Gửi ý kiến", "Tin mới hơn", *newer,
           "Tin cũ hơn", *older, *foot]
    if credit:
        fur.append(credit)
    elif not a["caption"]:
        fur.append(cap)
    return p, text_of(p, False, False, "\r\n"), url, section, a["author"], fur


JOOMLA_MONTHS = ["Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6", "Tháng 7",
                 "Tháng 8", "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12"]


def cuuchienbinh(a, n, tz):
    """Cựu chiến binh Việt Nam (cuuchienbinh.com.vn, the veterans' association's paper, on
    Joomla): NO OpenGraph and no JSON-LD but schema.org MICRODATA in the body (itemprop headline,
    datePublished, author), Joomla's <base href> (the article's address, the label's url) and a
    <meta name="description">; the headline Joomla's <h2 itemprop="headline">; the <title> the headline with
    ' - Cựu chiến binh Việt Nam'; the Joomla info block BEFORE THE BODY, one item a line: 'Danh
    mục: <section>' (the category), 'Viết bởi <name>', 'Được đăng ngày Thứ ba, 12 Tháng 3 2019
    08:15', 'Lượt xem: 1234'; the sapo the body's first paragraph, bold; a centred italic
    caption; the pager '« Trước' 'Tiếp »'; 'Các bài viết khác'; LF, a BLANK line between blocks,
    menus one line."""
    section = ["Tin tức - Sự kiện", "Chính sách", "Việc làm"][n - 1]
    aid = 20000 + h(a["id"], "ccb") % 20000
    url = f"https://cuuchienbinh.com.vn/index.php/{slug(section)}/{aid}-{slug(a['title'])}"
    d = a["date"]
    jday = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"][d.weekday()]
    when = f"Được đăng ngày {jday}, {d.day:02d} {JOOMLA_MONTHS[d.month - 1]} {d.year} {hm(a)}"
    cat = f"Danh mục: {section}"
    wrote = f"Viết bởi {a['author']}"
    hits = f"Lượt xem: {300 + h(a['id'], 'hits') % 4000}"
    cap = a["caption"] or "Ảnh minh họa"
    p = Page()
    p.raw(head(f"{a['title']} - Cựu chiến binh Việt Nam",
               f'<base href="{html.escape(url)}">\n'
               f'<meta name="description" content="{html.escape(a["lead"])}">\n'
               '<meta name="generator" content="Joomla! - Open Source Content Management">\n'))
    p.raw('<body class="site com_content view-article"><header class="header"><a href="/"><img src="/images/logo-ccb.png" alt="Cựu chiến binh Việt Nam"></a></header>')
    menu = ["Trang chủ", "Tin tức - Sự kiện", "Chính sách", "Việc làm", "Gương sáng", "Quốc tế", "Văn hóa"]
    p.group(('<ul class="nav menu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('<div class="item-page" itemscope itemtype="https://schema.org/Article">'
          '<meta itemprop="inLanguage" content="vi-VN">')
    p.raw('<div class="page-header">')
    p.el("h2", a["title"], 'itemprop="headline"')
    p.raw('</div><dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>')
    p.raw(f'<dd class="category-name">Danh mục: <a href="#" itemprop="genre">{html.escape(section, quote=False)}</a></dd>')
    p.blocks.append(cat)
    p.raw(f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi '
          f'<span itemprop="name">{html.escape(a["author"], quote=False)}</span></dd>')
    p.blocks.append(wrote)
    p.raw(f'<dd class="published"><time datetime="{iso(a)}" itemprop="datePublished">'
          f'{html.escape(when, quote=False)}</time></dd>')
    p.blocks.append(when)
    p.el("dd", hits, 'class="hits"')
    p.raw('</dl><div itemprop="articleBody">')
    p.raw(f"<p><strong>{html.escape(a['lead'], quote=False)}</strong></p>")
    p.blocks.append(a["lead"])

    def photo():
        p.raw(f'<p style="text-align: center;"><img src="/images/{d.year}/{aid}.jpg" alt=""></p>')
        p.raw(f'<p style="text-align: center;"><em>{html.escape(cap, quote=False)}</em></p>')
        p.blocks.append(cap)

    body(p, a, photo)
    p.raw("</div>")
    p.raw('<ul class="pager pagenav"><li class="previous"><a href="#" rel="prev">« Trước</a></li>'
          '<li class="next"><a href="#" rel="next">Tiếp »</a></li></ul>')
    p.blocks.append("« Trước")
    p.blocks.append("Tiếp »")
    p.raw("</div>")
    more = tz[:5]
    related_div(p, "moduletable", "Các bài viết khác", more, "h3")
    foot = ["Báo Cựu chiến binh Việt Nam - Cơ quan Trung ương của Hội Cựu chiến binh Việt Nam",
            "Tòa soạn: Số 3 Hàng Chuối, Hai Bà Trưng, Hà Nội",
            "Giấy phép số 33/GP-BTTTT"]
    footer(p, foot, ('<footer class="footer">', "</footer>"), "p")
    fur = [cat, wrote, when, hits, "« Trước", "Tiếp »", "Các bài viết khác", *more, *foot]
    if not a["caption"]:
        fur.append(cap)
    return p, text_of(p, False, True), url, section, a["author"], fur


def thethaovanhoa(a, n, tz):
    """Thể thao & Văn hóa (thethaovanhoa.vn, the news agency's sector paper): OpenGraph with
    article:published_time, its og:title NOT the headline ('<headline> - Thể thao & Văn hóa'),
    JSON-LD NewsArticle; the <title> '<headline> | Báo Thể thao & Văn hóa'; the trail
    'Trang chủ » <section>' (the category); the <h1>; the DATE UNDER THE TITLE '12/03/2019 08:15
    GMT+7'; the sapo bold; a caption with a credit line in a <figcaption> ('Ảnh minh họa. Ảnh:
    TTXVN'); a 'Tin liên quan' box INSIDE the body after the third paragraph; the name bold
    right-aligned at the end; 'Từ khóa:' one line; 'Đọc thêm' after the article; LF, one block a
    line, menus one line."""
    section = ["Văn hóa - Giải trí", "Âm nhạc", "Bóng đá Việt Nam"][n - 1]
    aid = 20201000000 + h(a["id"], "ttvh") % 900000
    url = f"https://thethaovanhoa.vn/{slug(section)}/{slug(a['title'])}-n{aid}.htm"
    when = f"{dmy(a)} {hm(a)} GMT+7"
    cap = "Ảnh minh họa. Ảnh: TTXVN"
    social = f"{a['title']} - Thể thao & Văn hóa"
    tags = "Từ khóa: " + ", ".join([section.lower(), "tin nóng", "thể thao văn hóa"])
    meta = og(a, url, "Thể thao & Văn hóa").replace(
        f'content="{html.escape(a["title"])}"', f'content="{html.escape(social)}"', 1) + jsonld({
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
            "datePublished": iso(a), "articleSection": section,
            "author": {"@type": "Person", "name": a["author"]},
            "publisher": {"@type": "Organization", "name": "Báo Thể thao & Văn hóa"}})
    p = Page()
    p.raw(head(f"{a['title']} | Báo Thể thao & Văn hóa", meta))
    p.raw('<body><div class="header"><a href="/" class="logo"><img src="/images/ttvh-logo.png" alt="Thể thao & Văn hóa"></a></div>')
    menu = ["Thời sự", "Bóng đá Việt Nam", "Bóng đá quốc tế", "Thể thao", "Văn hóa - Giải trí", "Âm nhạc", "Điện ảnh"]
    p.group(('<ul class="menu-main">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    trail(p, ('<div class="breadcrumb">', "</div>"), '<a href="#">{t}</a>', ["Trang chủ", section], " » ")
    p.raw('<article class="detail">')
    p.el("h1", a["title"], 'class="detail-title"')
    p.el("span", when, 'class="detail-time"')
    p.el("p", a["lead"], 'class="detail-sapo"><b')
    p.parts[-1] = f'<p class="detail-sapo"><b>{html.escape(a["lead"], quote=False)}</b></p>'
    p.raw('<div class="detail-content">')
    rel = tz[:2]

    def photo():
        p.raw(f'<figure class="VCSortableInPreviewMode"><img src="https://thethaovanhoa.mediacdn.vn/{aid}.jpg">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    def inline():
        p.raw('<div class="relate-news">')
        p.el("p", "Tin liên quan", 'class="relate-title"')
        p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', rel, "\n")
        p.raw("</div>")

    body(p, a, photo, inline, at=2)
    byline_p(p, a["author"])
    p.raw("</div>")
    p.el("div", tags, 'class="tags"')
    p.raw("</article>")
    more = tz[2:6]
    related_div(p, "read-more", "Đọc thêm", more, "h3")
    foot = ["Báo Thể thao & Văn hóa - Cơ quan của Thông tấn xã Việt Nam",
            "Tòa soạn: Số 5 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội",
            "Giấy phép số 1046/GP-BTTTT"]
    footer(p, foot, ('<div class="footer">', "</div>"), "p")
    fur = [when, cap, "Tin liên quan", *rel, tags, "Đọc thêm", *more, *foot]
    return p, text_of(p, False, False), url, section, a["author"], fur


def dangcongsan(a, n, tz):
    """Báo điện tử Đảng Cộng sản Việt Nam (dangcongsan.vn, online only): OpenGraph WITHOUT a time
    and a <meta name="pubdate"> (no JSON-LD); the <title> adding ' | Báo điện tử Đảng Cộng sản
    Việt Nam'; the trail '<group> | <section>' (the category, last); the DATE ABOVE THE TITLE
    'Thứ Năm, 01/10/2020 - 14:05'; the <h1>; the sapo bold, opening with the paper's tag
    '(ĐCSVN) – ' (the label's lead is without it); the BYLINE BEFORE THE BODY, the name alone on
    its own line under the sapo; an italic caption; a 'Bài liên quan' box INSIDE the body after
    the second paragraph; 'Các tin khác' with ' (dd/mm/yyyy)'; LF, a BLANK line between blocks,
    menus one line."""
    group, section = [("Thể thao", "Bóng đá"), ("Văn hóa", "Du lịch"), ("Xã hội", "Pháp luật")][n - 1]
    aid = 560000 + h(a["id"], "dcs") % 90000
    url = f"https://dangcongsan.vn/{slug(group)}/{slug(a['title'])}-{aid}.html"
    when = f"{weekday(a)}, {dmy(a)} - {hm(a)}"
    sapo = f"(ĐCSVN) – {a['lead']}"
    cap = "Ảnh minh họa"
    p = Page()
    p.raw(head(f"{a['title']} | Báo điện tử Đảng Cộng sản Việt Nam",
               og(a, url, "Báo điện tử Đảng Cộng sản Việt Nam", published=False)
               + f'<meta name="pubdate" content="{iso(a)}">\n'))
    p.raw('<body><div id="header"><a href="/"><img src="/images/dcsvn-banner.png" alt="Báo điện tử Đảng Cộng sản Việt Nam"></a></div>')
    menu = ["Tin nổi bật", "Thời sự", "Kinh tế", "Văn hóa", "Xã hội", "Thể thao", "Thế giới"]
    p.group(('<ul class="mainmenu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('<div class="post-detail">')
    trail(p, ('<div class="post-cate">', "</div>"), '<a href="#">{t}</a>', [group, section], " | ")
    p.el("div", when, 'class="post-date"')
    p.el("h1", a["title"], 'class="post-title"')
    p.el("div", sapo, 'class="post-sapo" style="font-weight:bold"')
    p.el("div", a["author"], 'class="post-author"')
    p.raw('<div class="post-content">')
    rel = tz[:2]

    def photo():
        p.raw(f'<div class="image-box"><img src="https://dangcongsan.vn/DATA/0/{a["date"].year}/{aid}.jpg">')
        p.raw(f'<p class="image-caption"><i>{html.escape(cap, quote=False)}</i></p></div>')
        p.blocks.append(cap)

    def inline():
        p.raw('<div class="related-inline">')
        p.el("p", "Bài liên quan", 'class="related-title"')
        p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', rel, "\n")
        p.raw("</div>")

    body(p, a, photo, inline, at=1)
    p.raw("</div></div>")
    more = teaser_dated(tz[2:6], a, "dcs", "{t} ({d})")
    related_div(p, "other-news", "Các tin khác", more, "h3")
    foot = ["Báo điện tử Đảng Cộng sản Việt Nam - Cơ quan của Ban Chấp hành Trung ương Đảng",
            "Tòa soạn: Số 381 Đội Cấn, Ba Đình, Hà Nội",
            "Giấy phép số 270/GP-BTTTT"]
    footer(p, foot, ('<div id="footer">', "</div>"), "p")
    fur = [when, "(ĐCSVN) –", cap, "Bài liên quan", *rel, "Các tin khác", *more, *foot]
    return p, text_of(p, False, True), url, section, a["author"], fur


def viettimes(a, n, tz):
    """VietTimes (viettimes.vn, online only): OpenGraph with article:published_time, its og:title
    NOT the headline ('<headline> | VietTimes'), JSON-LD NewsArticle; a BARE <title> (the
    headline alone); the CATEGORY AND THE DATE ON ONE LINE above the title '<section> | 12/03/2019
    08:15' (the category the first part); the <h1>; the sapo an <h2>; a lazy image and its
    caption; the name at the end as '<name> (tổng hợp)' (the label is the name) and a SOURCE
    LINE 'Theo Dân trí' under it; 'Bài viết liên quan'; 'Tin nổi bật' sidebar; LF, one block a
    line, menus one line."""
    section = ["Quốc tế", "Công nghệ", "Quốc tế"][n - 1]
    aid = 400000 + h(a["id"], "vt") % 90000
    url = f"https://viettimes.vn/{slug(a['title'])}-post{aid}.html"
    when = f"{dmy(a)} {hm(a)}"
    line = f"{section} | {when}"
    sign = f"{a['author']} (tổng hợp)"
    source = "Theo Dân trí"
    cap = "Ảnh minh họa"
    social = f"{a['title']} | VietTimes"
    meta = og(a, url, "VietTimes").replace(
        f'content="{html.escape(a["title"])}"', f'content="{html.escape(social)}"', 1) + jsonld({
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
            "description": a["lead"], "datePublished": iso(a), "url": url,
            "author": {"@type": "Person", "name": a["author"]},
            "publisher": {"@type": "Organization", "name": "VietTimes"}})
    p = Page()
    p.raw(head(a["title"], meta))
    p.raw('<body><header class="site-header"><a href="/" class="logo"><img src="/assets/viettimes.svg" alt="VietTimes"></a>')
    menu = ["Thời sự", "Quốc tế", "Kinh tế", "Công nghệ", "Khoa học", "Văn hóa", "Thể thao"]
    p.group(('<nav><ul class="nav">', "</ul></nav></header>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('<main class="article"><div class="article__meta">')
    p.raw(f'<a class="article__cate" href="#">{html.escape(section, quote=False)}</a> | '
          f'<time datetime="{iso(a)}">{when}</time></div>')
    p.blocks.append(line)
    p.el("h1", a["title"], 'class="article__title"')
    p.el("h2", a["lead"], 'class="article__sapo"')
    p.raw('<div class="article__body">')

    def photo():
        p.raw(f'<figure class="picture"><img {LAZY} data-src="https://image.viettimes.vn/{aid}.jpg">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    body(p, a, photo)
    p.el("p", sign, 'class="article__author" style="text-align:right"')
    p.el("p", source, 'class="article__source" style="text-align:right;font-style:italic"')
    p.raw("</div>")
    rel = tz[:4]
    related_div(p, "article__related", "Bài viết liên quan", rel, "h3")
    p.raw('</main><aside class="sidebar">')
    hot = tz[4:7]
    related_div(p, "hot-news", "Tin nổi bật", hot, "h3")
    p.raw("</aside>")
    foot = ["VietTimes - Tạp chí điện tử của Hội Truyền thông số Việt Nam",
            "Tòa soạn: Số 4 Lê Quang Đạo, Nam Từ Liêm, Hà Nội",
            "Giấy phép số 74/GP-BTTTT"]
    footer(p, foot, ('<footer class="footer">', "</footer>"), "p")
    fur = [line, when, cap, sign, source, "Bài viết liên quan", *rel, "Tin nổi bật", *hot, *foot]
    return p, text_of(p, False, False), url, section, a["author"], fur


# ---------------------------------------------------------------- plan and output

TEMPLATES = {"baohagiang": baohagiang, "baothaibinh": baothaibinh, "cuuchienbinh": cuuchienbinh,
             "thethaovanhoa": thethaovanhoa, "dangcongsan": dangcongsan, "viettimes": viettimes}


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
