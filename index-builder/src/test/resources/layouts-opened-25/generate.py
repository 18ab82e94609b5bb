"""Builds the twenty-fifth opened page-layout set (formerly the TWENTY-FIFTH unseen check): 18 real corpus articles laid out as six
NEWSPAPERS' OWN DESKTOP ARTICLE PAGES that no earlier set uses, each page as HTML and as the visible
text a scraper saves from it, with labels: two provincial papers (Báo Lào Cai: the date under the
title, JSON-LD, 'Tin liên quan' inside the body; Báo Bình Thuận on an older CMS: no metadata but
the <title> and a canonical link, the date line 'Ngày đăng: ...' above the title, the name and a
SOURCE LINE 'Theo ...' after the body), two sector papers (Báo Bảo hiểm xã hội: an og:title that is
not the headline, a caption with a credit, tags and comments; Báo Hải quan: the BYLINE BEFORE THE
BODY with the date on its line), a mass organisation's paper (Tuổi trẻ Thủ đô, of the Hà Nội youth
union, on WordPress: 'Đăng bởi <name>' and the date before the body, a sidebar) and an online-only
site (Một Thế Giới: a bare <title>, the category and the time on one line, '(tổng hợp)').

  python3 index-builder/src/test/resources/layouts-opened-25/generate.py   # from the repository root

Reads ../shared/corpus (beside the repository; VNNEWS_CORPUS names another folder). Writes,
beside this script:
  <site>/<n>.html   the page as the site serves it
  <site>/<n>.txt    its visible text, saved with that site's scraper convention (see the README)
  labels.jsonl      one line per page, the schema of ../layouts-opened-23/labels.jsonl,
                    "half": "opened"

Written from what the real sites look like, without reading the extractor's rules and never tuned
on. Labels come from the corpus article's fields and from what the template prints. The articles
are named below (ARTICLES), not searched for at run time; they were picked at ODD 1-based line
numbers of their corpus files. The article, paragraph, date and page plumbing is the twenty-third
set's (../layouts-opened-23/generate.py, then layouts-unseen-23), unchanged but for the teaser order's salt; a few of its
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
    "baolaocai": ["vietnews-test-018086",  # (A) 'đều được ký hợp đồng lao động'
                  "vietnews-train-011209", "vietnews-train-012330"],
    "baobinhthuan": ["vietnews-train-093693",  # (A) 'công ty ký hợp đồng với Công ty Bảo Châu'
                     "vietnews-train-012682", "vietnews-train-012847"],
    "baobaohiemxahoi": ["vietnews-train-010210", "vietnews-train-013042", "vietnews-train-012985"],
    "haiquan": ["dantri-news_sport_005", "dantri-news_tech_012", "dantri-news_world_016"],
    "tuoitrethudo": ["dantri-news_entertainment_002", "dantri-news_entertainment_010",
                     "dantri-news_entertainment_018"],
    "motthegioi": ["dantri-news_sport_007", "dantri-news_tech_014", "dantri-news_world_018"],
}
STORY_PARAS = {}
LABOUR_PARAS = {}
AGREEMENTS = {"vietnews-test-018086", "vietnews-train-093693"}
UNSIGNED = {i for s in ("haiquan", "tuoitrethudo", "motthegioi") for i in ARTICLES[s]}
# labour pages whose text (or the event it reports) fixes the date the hashed rule would miss, read
# by hand on the pages' own text BEFORE the one extractor run: Samsung's answer to the NGO report,
# the labour safety department 'chiều 22-11' after 'tháng 10-2017' (23 November 2017); the revised
# Labour Code's retirement age examined 'chiều 19-5' before the Assembly's seventh session 'từ ngày
# 20-5' (20 May 2019, the session of 2019); the draft's 27 July holiday the minister confirmed
# 'tối 28-4' under a photo of 'năm 2017', with retirement options 'từ ngày 1-1-2021' (29 April
# 2019). The other six keep the rule's date.
PRINTED_IN = {}
PRINTED_ON = {"vietnews-test-018086": datetime.date(2017, 11, 23),
              "vietnews-train-011209": datetime.date(2019, 5, 20),
              "vietnews-train-012330": datetime.date(2019, 4, 29)}
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
    teasers = sorted(set(teasers), key=lambda t: h(t, "teaser25"))
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




def baolaocai(a, n, tz):
    """Báo Lào Cai (baolaocai.vn, a provincial paper): OpenGraph with article:published_time and
    article:section, JSON-LD NewsArticle with author; the <title> adding ' - Báo Lào Cai điện
    tử'; the trail 'Trang chủ / <section>' (the category, last); the <h1>; the DATE UNDER THE
    TITLE 'Thứ Hai, 12/03/2019 08:15 [GMT+7]'; the sapo bold; a <figure> with the corpus caption
    or 'Ảnh minh họa'; a 'Tin liên quan' box INSIDE the body after the second paragraph; the name
    bold right-aligned at the end; 'Từ khóa' tags one item a line; 'Tin cùng chuyên mục'; LF,
    one block a line, menus one line."""
    section = ["Lao động - Việc làm", "Xã hội", "Xã hội"][n - 1]
    aid = 300000 + h(a["id"], "lc") % 90000
    url = f"https://baolaocai.vn/{slug(section)}/{slug(a['title'])}-{aid}.html"
    when = f"{weekday(a)}, {dmy(a)} {hm(a)} [GMT+7]"
    cap = a["caption"] or "Ảnh minh họa"
    tags = ["lao động", "việc làm", slug(section).replace("-", " ")]
    meta = og(a, url, "Báo Lào Cai điện tử", section=section) + jsonld({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
        "datePublished": iso(a), "dateModified": iso(a), "articleSection": section,
        "author": {"@type": "Person", "name": a["author"]},
        "publisher": {"@type": "Organization", "name": "Báo Lào Cai"}})
    p = Page()
    p.raw(head(f"{a['title']} - Báo Lào Cai điện tử", meta))
    p.raw('<body><div class="header"><a href="/"><img src="/assets/logo-blc.png" alt="Báo Lào Cai"></a></div>')
    menu = ["Thời sự", "Kinh tế", "Xã hội", "Lao động - Việc làm", "Văn hóa", "Du lịch", "Pháp luật", "Thể thao"]
    p.group(('<ul class="main-nav">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    trail(p, ('<div class="breadcrumbs">', "</div>"), '<a href="#">{t}</a>', ["Trang chủ", section], " / ")
    p.raw('<article class="article">')
    p.el("h1", a["title"], 'class="article-title"')
    p.el("div", when, 'class="article-date"')
    p.raw(f'<div class="article-sapo"><strong>{html.escape(a["lead"], quote=False)}</strong></div>')
    p.blocks.append(a["lead"])
    p.raw('<div class="article-content">')
    rel = tz[:2]

    def photo():
        p.raw(f'<figure class="image"><img src="https://cdn.baolaocai.vn/{a["date"].year}/{aid}.jpg" alt="">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    def inline():
        p.raw('<div class="box-related">')
        p.el("h4", "Tin liên quan")
        p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', rel, "\n")
        p.raw("</div>")

    body(p, a, photo, inline, at=1)
    byline_p(p, a["author"])
    p.raw("</div>")
    p.raw('<div class="tags">')
    p.el("span", "Từ khóa")
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tags, "\n")
    p.raw("</div></article>")
    more = tz[2:6]
    related_div(p, "same-cate", "Tin cùng chuyên mục", more, "h3")
    foot = ["Báo Lào Cai điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lào Cai",
            "Địa chỉ: Đường Hoàng Liên, phường Cốc Lếu, thành phố Lào Cai",
            "Giấy phép số 425/GP-BTTTT"]
    footer(p, foot, ('<div class="footer">', "</div>"), "p")
    fur = [when, "Tin liên quan", *rel, "Từ khóa", "Tin cùng chuyên mục", *more, *foot]
    if not a["caption"]:
        fur.append(cap)
    return p, text_of(p, False, False), url, section, a["author"], fur


def baobinhthuan(a, n, tz):
    """Báo Bình Thuận (baobinhthuan.com.vn, a provincial paper on an older ASP CMS): NO OpenGraph,
    no JSON-LD, only a <title> adding ' - Báo Bình Thuận Online', a <meta name="keywords"> and a
    <link rel="canonical"> (the only place the address is printed);
    the section a heading bar over the article (the category); the date line 'Ngày đăng: 12/03/2019
    - 08:15' ABOVE THE TITLE; the title a <div class="title"> (no <h1>); the sapo bold italic; the
    photo in a <table> and its caption; the name bold right-aligned at the end and a SOURCE LINE
    'Theo Sở LĐ-TB&XH' under it; 'Lượt xem'; 'In bài' and 'Gửi bạn bè'; 'Các tin khác' with
    ' (dd/mm/yyyy)'; the address a ?id= query; CRLF, one block a line, menus ONE ITEM A LINE."""
    section = ["Xã hội", "Pháp luật", "Xã hội"][n - 1]
    aid = 110000 + h(a["id"], "bt") % 80000
    url = f"https://baobinhthuan.com.vn/{slug(section)}/tin-tuc.aspx?id={aid}"
    when = f"Ngày đăng: {dmy(a)} - {hm(a)}"
    cap = a["caption"] or "Ảnh minh họa"
    source = ["Theo Sở LĐ-TB&XH", "Theo Báo Lao động", "Theo Thông tấn xã Việt Nam"][n - 1]
    hits = f"Lượt xem: {200 + h(a['id'], 'bt-hits') % 3000}"
    p = Page()
    p.raw(head(f"{a['title']} - Báo Bình Thuận Online",
               f'<meta name="keywords" content="{html.escape(section)}, Bình Thuận, tin tức">\n'
               f'<link rel="canonical" href="{html.escape(url)}">\n'))
    p.raw('<body><form name="aspnetForm" method="post" action="tin-tuc.aspx" id="aspnetForm">'
          '<table id="banner" width="1000"><tr><td><img src="/images/bannerbbt.jpg" alt="Báo Bình Thuận"></td></tr></table>')
    menu = ["Trang chủ", "Chính trị", "Kinh tế", "Xã hội", "Pháp luật", "Văn hóa", "Thể thao", "Quốc tế"]
    p.group(('<ul class="topmenu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('<table class="content" width="1000"><tr><td valign="top" width="680">')
    p.el("div", section, 'class="cate-title"')
    p.el("div", when, 'class="date"')
    p.el("div", a["title"], 'class="title"')
    p.raw(f'<div class="sapo"><b><i>{html.escape(a["lead"], quote=False)}</i></b></div>')
    p.blocks.append(a["lead"])
    p.raw('<div class="detail">')

    def photo():
        p.raw(f'<table align="center" class="tbl-img"><tr><td><img src="/uploads/{aid}.jpg"></td></tr><tr>')
        p.el("td", cap, 'class="caption"')
        p.raw("</tr></table>")

    body(p, a, photo)
    byline_p(p, a["author"], "b")
    p.el("p", source, 'style="text-align: right;" class="source"')
    p.raw("</div>")
    p.el("div", hits, 'class="hits"')
    p.group(('<div class="tools">', "</div>"), '<a href="#">{t}</a>', ["In bài", "Gửi bạn bè"], " ")
    more = teaser_dated(tz[:5], a, "bt", "{t} ({d})")
    related_div(p, "othernews", "Các tin khác", more, "h3")
    p.raw('</td></tr></table>')
    foot = ["Báo Bình Thuận Online - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bình Thuận",
            "Địa chỉ: 36 Trần Hưng Đạo, Phan Thiết, Bình Thuận",
            "Giấy phép số 116/GP-BTTTT"]
    footer(p, foot, ('<div id="footer">', "</div></form>"), "p")
    fur = [when, source, hits, "In bài", "Gửi bạn bè", "Các tin khác", *more, *foot]
    if not a["caption"]:
        fur.append(cap)
    return p, text_of(p, True, False, "\r\n"), url, section, a["author"], fur


def baobaohiemxahoi(a, n, tz):
    """Báo Bảo hiểm xã hội (baobaohiemxahoi.vn, the social insurance agency's sector paper):
    OpenGraph with article:published_time, its og:title NOT the headline ('<headline> - Báo Bảo
    hiểm xã hội'), JSON-LD NewsArticle; the <title> '<headline> | baobaohiemxahoi.vn'; the trail
    'Trang chủ › <group> › <section>' (the category, last); the <h1>; the date and time on the
    line UNDER THE TITLE with the views '08:15 | 12/03/2019 | 1234 lượt xem'; the sapo an <h2>;
    a caption with its credit on one line '<caption>. Ảnh: Tư liệu'; a 'Xem thêm:' link INSIDE
    the body after the third paragraph; the name bold right-aligned at the end; 'Tags:' one line;
    'Bình luận' with a form; 'Tin mới nhất' sidebar; LF, a BLANK line between blocks, menus one
    line."""
    group, section = [("Chính sách", "Lao động - Việc làm"), ("Chính sách", "Hỏi đáp chính sách"),
                      ("Xã hội", "Pháp luật")][n - 1]
    aid = 20000 + h(a["id"], "bhxh") % 40000
    url = f"https://baobaohiemxahoi.vn/{slug(a['title'])}-{aid}.html"
    views = f"{dmy(a)}"
    when = f"{hm(a)} | {dmy(a)} | {400 + h(a['id'], 'bh-v') % 5000} lượt xem"
    base = (a["caption"] or "Ảnh minh họa").rstrip(".")
    cap = base if re.search(r"Ảnh ?:", base) else f"{base}. Ảnh: Tư liệu"
    social = f"{a['title']} - Báo Bảo hiểm xã hội"
    see = f"Xem thêm: {tz[0]}"
    tags = "Tags: " + ", ".join(["bảo hiểm xã hội", "người lao động", section.lower()])
    meta = og(a, url, "Báo Bảo hiểm xã hội").replace(
        f'content="{html.escape(a["title"])}"', f'content="{html.escape(social)}"', 1) + jsonld({
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
            "description": a["lead"], "datePublished": iso(a), "mainEntityOfPage": url,
            "author": {"@type": "Person", "name": a["author"]},
            "publisher": {"@type": "Organization", "name": "Báo Bảo hiểm xã hội"}})
    p = Page()
    p.raw(head(f"{a['title']} | baobaohiemxahoi.vn", meta))
    p.raw('<body><header><a href="/" class="logo"><img src="/images/logo-bhxh.png" alt="Báo Bảo hiểm xã hội"></a></header>')
    menu = ["Thời sự", "Chính sách", "Bảo hiểm y tế", "Xã hội", "Hỏi đáp chính sách", "Góc nhìn", "Media"]
    p.group(('<nav><ul class="menu">', "</ul></nav>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('<div class="container"><div class="main-col">')
    trail(p, ('<ol class="breadcrumb">', "</ol>"), '<li><a href="#">{t}</a></li>', ["Trang chủ", group, section], " › ")
    p.el("h1", a["title"], 'class="post-title"')
    p.el("div", when, 'class="post-meta"')
    p.el("h2", a["lead"], 'class="post-sapo"')
    p.raw('<div class="post-body">')

    def photo():
        p.raw(f'<figure class="wp-caption"><img src="https://baobaohiemxahoi.vn/upload/{aid}.jpg" alt="">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    def inline():
        p.raw(f'<p class="see-more"><strong>Xem thêm: <a href="#">{html.escape(tz[0], quote=False)}</a></strong></p>')
        p.blocks.append(see)

    body(p, a, photo, inline, at=2)
    byline_p(p, a["author"])
    p.raw("</div>")
    p.el("div", tags, 'class="post-tags"')
    p.raw('<div class="comments">')
    p.el("h3", "Bình luận")
    p.raw('<form><textarea placeholder="Nội dung bình luận"></textarea>')
    p.el("button", "Gửi bình luận")
    p.raw("</form></div></div>")
    p.raw('<aside class="side-col">')
    hot = tz[1:6]
    related_div(p, "latest", "Tin mới nhất", hot, "h3")
    p.raw("</aside></div>")
    foot = ["Báo Bảo hiểm xã hội - Cơ quan của Bảo hiểm xã hội Việt Nam",
            "Tòa soạn: Số 7 Tràng Thi, Hoàn Kiếm, Hà Nội",
            "Giấy phép số 153/GP-BTTTT"]
    footer(p, foot, ('<footer class="site-footer">', "</footer>"), "p")
    fur = [when, cap, see, tags, "Bình luận", "Gửi bình luận", "Tin mới nhất", *hot, *foot]
    return p, text_of(p, False, True), url, section, a["author"], fur


def haiquan(a, n, tz):
    """Báo Hải quan (haiquanonline.com.vn, the customs' sector paper): OpenGraph with
    article:published_time and JSON-LD NewsArticle; the <title> adding ' | Báo Hải quan';
    the trail '<section>' a single link over the title (the category); the <h1>; the BYLINE
    BEFORE THE BODY: one line under the title 'Kim Ngân | 12/03/2019 08:15' (the name the first
    part), then the sapo bold; an italic caption 'Ảnh minh họa: Internet'; 'Tin liên quan' INSIDE
    the body after the second paragraph; NO name at the end; 'Tin cùng chuyên mục'; 'Đọc nhiều'
    sidebar; LF, one block a line, menus one line."""
    section = ["Thể thao", "Khoa học - Công nghệ", "Quốc tế"][n - 1]
    aid = 130000 + h(a["id"], "hq") % 60000
    url = f"https://haiquanonline.com.vn/{slug(a['title'])}-{aid}.html"
    line = f"{a['author']} | {dmy(a)} {hm(a)}"
    cap = "Ảnh minh họa: Internet"
    meta = og(a, url, "Báo Hải quan") + jsonld({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
        "datePublished": iso(a), "articleSection": section,
        "author": {"@type": "Person", "name": a["author"]},
        "publisher": {"@type": "Organization", "name": "Báo Hải quan"}})
    p = Page()
    p.raw(head(f"{a['title']} | Báo Hải quan", meta))
    p.raw('<body><div class="top-header"><a href="/"><img src="/images/logo-haiquan.png" alt="Báo Hải quan"></a></div>')
    menu = ["Thời sự", "Hải quan", "Kinh tế", "Doanh nghiệp", "Quốc tế", "Khoa học - Công nghệ", "Thể thao"]
    p.group(('<ul class="nav-main">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('<div class="detail-page"><div class="cate-link">')
    p.el("a", section, 'href="#"')
    p.raw("</div>")
    p.el("h1", a["title"], 'class="detail-title"')
    p.raw(f'<div class="detail-author"><span class="author">{html.escape(a["author"], quote=False)}</span>'
          f' | <span class="date">{dmy(a)} {hm(a)}</span></div>')
    p.blocks.append(line)
    p.raw(f'<div class="detail-sapo"><strong>{html.escape(a["lead"], quote=False)}</strong></div>')
    p.blocks.append(a["lead"])
    p.raw('<div class="detail-content">')
    rel = tz[:3]

    def photo():
        p.raw(f'<p style="text-align:center"><img src="https://haiquanonline.com.vn/stores/news_dataimages/{aid}.jpg"></p>')
        p.raw(f'<p style="text-align:center"><em>{html.escape(cap, quote=False)}</em></p>')
        p.blocks.append(cap)

    def inline():
        p.raw('<div class="tinlienquan">')
        p.el("strong", "Tin liên quan")
        p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', rel, "\n")
        p.raw("</div>")

    body(p, a, photo, inline, at=1)
    p.raw("</div>")
    more = tz[3:7]
    related_div(p, "same-cate", "Tin cùng chuyên mục", more, "h3")
    p.raw('<div class="sidebar">')
    hot = tz[7:8] + tz[:1]
    related_div(p, "most-read", "Đọc nhiều", hot, "h3")
    p.raw("</div>")
    foot = ["Báo Hải quan - Cơ quan của Tổng cục Hải quan",
            "Tòa soạn: Số 9 Dương Đình Nghệ, Cầu Giấy, Hà Nội",
            "Giấy phép số 71/GP-BTTTT"]
    footer(p, foot, ('<div class="footer">', "</div>"), "p")
    fur = [line, cap, "Tin liên quan", *rel, "Tin cùng chuyên mục", *more, "Đọc nhiều", *hot, *foot]
    return p, text_of(p, False, False), url, section, a["author"], fur


def tuoitrethudo(a, n, tz):
    """Tuổi trẻ Thủ đô (tuoitrethudo.vn, the Hà Nội youth union's paper, on WordPress):
    OpenGraph from Yoast with article:published_time, JSON-LD as a Yoast '@graph' (WebPage and
    Article, the author a Person); the <title> adding ' - Tuổi trẻ Thủ đô'; the category links
    over the title (one item, the category); the <h1 class="entry-title">; 'Đăng bởi <name>' and
    the date '12/03/2019 08:15' on the entry-meta line BEFORE THE BODY; the sapo a bold first
    paragraph inside the entry content; a wp-caption; 'Bài viết liên quan' after the body; the
    WordPress tag list 'Thẻ:'; the comment form 'Để lại bình luận'; a sidebar with 'Tin mới' and
    'Chuyên mục'; LF, a BLANK line between blocks, menus one line."""
    section = "Văn hóa - Giải trí"
    aid = 180000 + h(a["id"], "tttd") % 70000
    url = f"https://tuoitrethudo.vn/{slug(a['title'])}-{aid}.html"
    meta_line = f"Đăng bởi {a['author']} - {dmy(a)} {hm(a)}"
    cap = "Ảnh minh họa (Nguồn: Internet)"
    tags = "Thẻ: " + ", ".join(["sao", "giải trí", "showbiz"])
    meta = og(a, url, "Tuổi trẻ Thủ đô", section=section) + jsonld({
        "@context": "https://schema.org", "@graph": [
            {"@type": "WebPage", "@id": url, "url": url, "name": f"{a['title']} - Tuổi trẻ Thủ đô"},
            {"@type": "Article", "headline": a["title"], "datePublished": iso(a),
             "author": {"@type": "Person", "name": a["author"]}, "articleSection": [section],
             "mainEntityOfPage": {"@id": url}}]})
    p = Page()
    p.raw(head(f"{a['title']} - Tuổi trẻ Thủ đô", meta + '<meta name="generator" content="WordPress 5.5.3">\n'))
    p.raw('<body class="post-template-default single single-post"><div id="page" class="site">'
          '<header id="masthead"><a href="/" rel="home"><img src="/wp-content/uploads/logo-tttd.png" alt="Tuổi trẻ Thủ đô"></a>')
    menu = ["Thời sự", "Đoàn - Hội - Đội", "Xã hội", "Giáo dục", "Văn hóa - Giải trí", "Thể thao", "Bạn đọc"]
    p.group(('<nav id="site-navigation"><ul id="primary-menu" class="menu">', "</ul></nav></header>"),
            '<li class="menu-item"><a href="#">{t}</a></li>', menu, " ")
    p.raw(f'<div id="content" class="site-content"><main id="main" class="site-main"><article id="post-{aid}" class="post-{aid} post type-post">')
    p.raw(f'<header class="entry-header"><div class="cat-links"><a href="#" rel="category tag">{html.escape(section, quote=False)}</a></div>')
    p.blocks.append(section)
    p.el("h1", a["title"], 'class="entry-title"')
    p.raw(f'<div class="entry-meta"><span class="byline">Đăng bởi <span class="author vcard">'
          f'<a class="url fn n" href="#">{html.escape(a["author"], quote=False)}</a></span></span> - '
          f'<span class="posted-on"><time class="entry-date published" datetime="{iso(a)}">{dmy(a)} {hm(a)}</time></span></div></header>')
    p.blocks.append(meta_line)
    p.raw('<div class="entry-content">')
    p.raw(f"<p><strong>{html.escape(a['lead'], quote=False)}</strong></p>")
    p.blocks.append(a["lead"])

    def photo():
        p.raw(f'<div class="wp-caption aligncenter"><img class="size-full wp-image-{aid}" src="/wp-content/uploads/{a["date"].year}/{a["date"].month:02d}/{aid}.jpg">')
        p.el("p", cap, 'class="wp-caption-text"')
        p.raw("</div>")

    body(p, a, photo)
    p.raw("</div>")
    p.el("footer", tags, 'class="entry-footer"')
    p.raw("</article>")
    rel = tz[:4]
    related_div(p, "related-posts", "Bài viết liên quan", rel, "h3")
    p.raw('<div id="comments" class="comments-area"><div id="respond" class="comment-respond">')
    p.el("h3", "Để lại bình luận", 'class="comment-reply-title"')
    p.raw('<form class="comment-form"><textarea name="comment"></textarea>')
    p.el("button", "Phản hồi")
    p.raw("</form></div></div></main>")
    p.raw('<aside id="secondary" class="widget-area">')
    side = tz[4:8]
    related_div(p, "widget widget_recent_entries", "Tin mới", side, "h2")
    p.raw('<section class="widget widget_categories">')
    p.el("h2", "Chuyên mục", 'class="widget-title"')
    cats = ["Đoàn - Hội - Đội", "Giáo dục", "Văn hóa - Giải trí"]
    p.group(("<ul>", "</ul>"), '<li class="cat-item"><a href="#">{t}</a></li>', cats, "\n")
    p.raw("</section></aside></div>")
    foot = ["Tuổi trẻ Thủ đô - Cơ quan của Thành đoàn Hà Nội",
            "Tòa soạn: Số 5 Đinh Lễ, Hoàn Kiếm, Hà Nội",
            "Giấy phép số 447/GP-BTTTT"]
    footer(p, foot, ('<footer id="colophon" class="site-footer">', "</footer></div>"), "p")
    fur = [meta_line, cap, tags, "Bài viết liên quan", *rel, "Để lại bình luận", "Phản hồi",
           "Tin mới", *side, "Chuyên mục", *foot]
    return p, text_of(p, False, True), url, section, a["author"], fur


def motthegioi(a, n, tz):
    """Một Thế Giới (1thegioi.vn, online only): OpenGraph with article:published_time, no JSON-LD;
    a BARE <title> (the headline alone), and an og:title that is not the headline ('<headline> |
    Một Thế Giới'); the CATEGORY AND THE TIME ON ONE LINE above the title '<section> - 08:15
    12/03/2019' (the category the first part); the <h1>; the sapo bold; a <figure> and its
    caption 'Ảnh: Internet'; the name at the end as '<name> (tổng hợp)' (the label is the name);
    'Có thể bạn quan tâm' after the body; 'Tin nóng' box; LF, one block a line, menus one line."""
    section = ["Thể thao", "Công nghệ", "Thế giới"][n - 1]
    aid = 400000 + h(a["id"], "1tg") % 90000
    url = f"https://1thegioi.vn/{slug(a['title'])}-{aid}.html"
    line = f"{section} - {hm(a)} {dmy(a)}"
    cap = "Ảnh: Internet"
    sign = f"{a['author']} (tổng hợp)"
    social = f"{a['title']} | Một Thế Giới"
    meta = og(a, url, "Một Thế Giới").replace(
        f'content="{html.escape(a["title"])}"', f'content="{html.escape(social)}"', 1)
    p = Page()
    p.raw(head(a["title"], meta))
    p.raw('<body><div class="header"><a href="/"><img src="/images/1thegioi-logo.svg" alt="Một Thế Giới"></a></div>')
    menu = ["Thời sự", "Thế giới", "Kinh tế", "Công nghệ", "Giải trí", "Thể thao", "Sức khỏe"]
    p.group(('<ul class="menu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('<div class="article-detail">')
    p.raw(f'<div class="cate-time"><a href="#">{html.escape(section, quote=False)}</a> - '
          f'<span>{hm(a)} {dmy(a)}</span></div>')
    p.blocks.append(line)
    p.el("h1", a["title"], 'class="title-detail"')
    p.raw(f'<p class="sapo-detail"><b>{html.escape(a["lead"], quote=False)}</b></p>')
    p.blocks.append(a["lead"])
    p.raw('<div class="content-detail">')

    def photo():
        p.raw(f'<figure><img {LAZY} data-src="https://1thegioi.vn/uploads/{aid}.jpg">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    body(p, a, photo)
    p.el("p", sign, 'class="author-detail" style="text-align:right"')
    p.raw("</div></div>")
    rel = tz[:4]
    related_div(p, "maybe-care", "Có thể bạn quan tâm", rel, "h3")
    hot = tz[4:7]
    related_div(p, "hot-news", "Tin nóng", hot, "h3")
    foot = ["Một Thế Giới - Trang thông tin tổng hợp, tin tức trực tuyến",
            "Tòa soạn: Số 53 Nguyễn Du, Hai Bà Trưng, Hà Nội",
            "Giấy phép số 93/GP-BTTTT"]
    footer(p, foot, ('<div class="footer">', "</div>"), "p")
    fur = [line, cap, sign, "Có thể bạn quan tâm", *rel, "Tin nóng", *hot, *foot]
    return p, text_of(p, False, False), url, section, a["author"], fur


# ---------------------------------------------------------------- plan and output

TEMPLATES = {"baolaocai": baolaocai, "baobinhthuan": baobinhthuan, "baobaohiemxahoi": baobaohiemxahoi,
             "haiquan": haiquan, "tuoitrethudo": tuoitrethudo, "motthegioi": motthegioi}


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
