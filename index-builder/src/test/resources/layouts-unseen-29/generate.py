"""Builds the TWENTY-NINTH unseen page-layout check: 18 real corpus articles laid out as six
NEWSPAPERS' OWN DESKTOP ARTICLE PAGES that no earlier set uses, each page as HTML and as the
visible text a scraper saves from it, with labels: two provincial papers (Báo Hà Nam: the BYLINE
AND THE DATE ON ONE LINE UNDER THE SAPO; Báo Lai Châu: a PHOTO STORY, long captions between short
paragraphs, 'Bài, ảnh: <name>'), a ministry's magazine online (Tạp chí Dân chủ và Pháp luật, of
the Ministry of Justice, on an older CMS: no OpenGraph, a heading bar, 'Các bài đã đăng'), a
sector paper (Báo Công an TP. Hồ Chí Minh: an og:title that is not the headline, the date with
'(GMT+7)', comments), a mass organisation's paper (Báo Văn nghệ, of the Vietnam Writers'
Association, on WordPress with sidebars: the CATEGORY ONLY IN THE URL PATH AND THE <title>, the
day without an hour) and an online newspaper (Báo Đất Việt: JSON-LD and no OpenGraph, 'Tác giả:'
over the date line).

  python3 index-builder/src/test/resources/layouts-unseen-29/generate.py   # from the repository root

Reads ../shared/corpus (beside the repository; VNNEWS_CORPUS names another folder). Writes,
beside this script:
  <site>/<n>.html   the page as the site serves it
  <site>/<n>.txt    its visible text, saved with that site's scraper convention (see the README)
  labels.jsonl      one line per page, the schema of ../layouts-opened-25/labels.jsonl,
                    "half": "unseen"

Written from what the real sites look like, without reading the extractor's rules and never tuned
on. Labels come from the corpus article's fields and from what the template prints. The articles
are picked at run time (pick()): the candidates of each corpus file that meet the twenty-fifth
set's criteria and no other layout set names, shuffled with the seed 29 (random.Random(29), so the
same every run) and kept at ODD 0-based positions. The article, paragraph, date and page plumbing
is the twenty-fifth set's (../layouts-opened-25/generate.py), unchanged but for the teaser order's
salt; a few of its helpers are kept though no template here calls them.
Deterministic (hashes, a seeded shuffle, no clock). Standard library only.
"""
import datetime
import gzip
import hashlib
import html
import json
import os
import random
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[4]
CORPUS = Path(os.environ.get("VNNEWS_CORPUS", ROOT.parent / "shared" / "corpus"))

# The sites, in order; pick() fills ARTICLES (site -> three ids, in page order). vietnews-labour
# pages: the first page of baohanam and of baolaichau reports a signing (A), printed on the page.
LABOUR_SITES = ["baohanam-desktop", "baolaichau-photo", "danchuphapluat"]
DANTRI_SITES = ["congantphcm", "baovannghe", "baodatviet"]
ARTICLES = {}
STORY_PARAS = {}
LABOUR_PARAS = {}
AGREEMENTS = set()
UNSIGNED = set()
# labour pages whose text (or the event it reports) fixes the date the hashed rule would miss, read
# by hand on the pages' own text BEFORE the one extractor run: the subsidies to Huawei, after the
# Wall Street Journal's inquiry of late December 2019 (the campus, loans repaid 'đến năm 2023')
# (27 December 2019); the appeal of the PVN case 'phiên xử sáng nay 9-5' with Đinh La Thăng (9
# May 2018); the Youth Union's eleventh congress 'Hôm nay 10/12' for the term '2017-2022' (10
# December 2017); ADB's 'Triển vọng phát triển châu Á 2018' published 'tháng 4-2018' (May 2018);
# the saw maker followed 'Những ngày cuối tháng 5' (June 2016). The other four keep the rule's date.
PRINTED_IN = {"vietnews-train-084929": (2018, 5), "vietnews-val-017697": (2016, 6)}
PRINTED_ON = {"vietnews-train-035320": datetime.date(2019, 12, 27),
              "vietnews-test-003068": datetime.date(2018, 5, 9),
              "vietnews-train-089242": datetime.date(2017, 12, 10)}
PRINTED_AT = {}
# Every id the other layout sets name (the "id" of every labels.jsonl under ../layout*/ when this
# set was written, layouts-unseen-27 included: 543 ids): never picked, never a teaser.
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
    "dantri-news_entertainment_002",
    "dantri-news_entertainment_004",
    "dantri-news_entertainment_005",
    "dantri-news_entertainment_006",
    "dantri-news_entertainment_008",
    "dantri-news_entertainment_009",
    "dantri-news_entertainment_010",
    "dantri-news_entertainment_011",
    "dantri-news_entertainment_012",
    "dantri-news_entertainment_014",
    "dantri-news_entertainment_016",
    "dantri-news_entertainment_017",
    "dantri-news_entertainment_018",
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
    "dantri-news_health_266",
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
    "dantri-news_science_199",
    "dantri-news_society_002",
    "dantri-news_society_003",
    "dantri-news_society_004",
    "dantri-news_society_005",
    "dantri-news_society_006",
    "dantri-news_society_008",
    "dantri-news_society_009",
    "dantri-news_society_010",
    "dantri-news_society_011",
    "dantri-news_society_012",
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
    "dantri-news_sport_004",
    "dantri-news_sport_005",
    "dantri-news_sport_007",
    "dantri-news_sport_008",
    "dantri-news_sport_009",
    "dantri-news_sport_011",
    "dantri-news_sport_012",
    "dantri-news_sport_019",
    "dantri-news_sport_199",
    "dantri-news_tech_001",
    "dantri-news_tech_002",
    "dantri-news_tech_003",
    "dantri-news_tech_004",
    "dantri-news_tech_005",
    "dantri-news_tech_006",
    "dantri-news_tech_007",
    "dantri-news_tech_008",
    "dantri-news_tech_009",
    "dantri-news_tech_010",
    "dantri-news_tech_012",
    "dantri-news_tech_013",
    "dantri-news_tech_014",
    "dantri-news_tech_015",
    "dantri-news_tech_016",
    "dantri-news_tech_017",
    "dantri-news_tech_018",
    "dantri-news_tech_019",
    "dantri-news_tech_020",
    "dantri-news_tech_076",
    "dantri-news_tech_078",
    "dantri-news_tech_080",
    "dantri-news_tech_110",
    "dantri-news_tech_115",
    "dantri-news_tech_163",
    "dantri-news_tech_184",
    "dantri-news_tech_228",
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
    "dantri-news_travel_251",
    "dantri-news_world_001",
    "dantri-news_world_002",
    "dantri-news_world_003",
    "dantri-news_world_004",
    "dantri-news_world_005",
    "dantri-news_world_006",
    "dantri-news_world_007",
    "dantri-news_world_008",
    "dantri-news_world_009",
    "dantri-news_world_010",
    "dantri-news_world_011",
    "dantri-news_world_012",
    "dantri-news_world_013",
    "dantri-news_world_014",
    "dantri-news_world_015",
    "dantri-news_world_016",
    "dantri-news_world_017",
    "dantri-news_world_018",
    "dantri-news_world_019",
    "dantri-news_world_020",
    "vietnews-test-000670",
    "vietnews-test-002083",
    "vietnews-test-002199",
    "vietnews-test-002262",
    "vietnews-test-002277",
    "vietnews-test-002330",
    "vietnews-test-002377",
    "vietnews-test-002465",
    "vietnews-test-002514",
    "vietnews-test-002581",
    "vietnews-test-002811",
    "vietnews-test-002979",
    "vietnews-test-003604",
    "vietnews-test-003765",
    "vietnews-test-003910",
    "vietnews-test-003946",
    "vietnews-test-004290",
    "vietnews-test-004374",
    "vietnews-test-004622",
    "vietnews-test-005016",
    "vietnews-test-005614",
    "vietnews-test-005681",
    "vietnews-test-007353",
    "vietnews-test-012133",
    "vietnews-test-013647",
    "vietnews-test-014182",
    "vietnews-test-014385",
    "vietnews-test-015464",
    "vietnews-test-015774",
    "vietnews-test-016067",
    "vietnews-test-016199",
    "vietnews-test-016226",
    "vietnews-test-017223",
    "vietnews-test-017614",
    "vietnews-test-017655",
    "vietnews-test-017840",
    "vietnews-test-017847",
    "vietnews-test-018086",
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
    "vietnews-test-020701",
    "vietnews-test-021338",
    "vietnews-test-021691",
    "vietnews-test-021858",
    "vietnews-test-022125",
    "vietnews-test-022443",
    "vietnews-test-022450",
    "vietnews-test-022542",
    "vietnews-train-002429",
    "vietnews-train-002768",
    "vietnews-train-009730",
    "vietnews-train-010210",
    "vietnews-train-010224",
    "vietnews-train-010255",
    "vietnews-train-010611",
    "vietnews-train-010709",
    "vietnews-train-010778",
    "vietnews-train-011150",
    "vietnews-train-011209",
    "vietnews-train-011227",
    "vietnews-train-012243",
    "vietnews-train-012330",
    "vietnews-train-012544",
    "vietnews-train-012682",
    "vietnews-train-012847",
    "vietnews-train-012985",
    "vietnews-train-012997",
    "vietnews-train-013042",
    "vietnews-train-013209",
    "vietnews-train-013248",
    "vietnews-train-013894",
    "vietnews-train-014331",
    "vietnews-train-014633",
    "vietnews-train-014864",
    "vietnews-train-015127",
    "vietnews-train-015555",
    "vietnews-train-015654",
    "vietnews-train-015745",
    "vietnews-train-015780",
    "vietnews-train-016019",
    "vietnews-train-016130",
    "vietnews-train-016549",
    "vietnews-train-016803",
    "vietnews-train-017392",
    "vietnews-train-017801",
    "vietnews-train-017926",
    "vietnews-train-018175",
    "vietnews-train-018225",
    "vietnews-train-018918",
    "vietnews-train-019113",
    "vietnews-train-020360",
    "vietnews-train-020398",
    "vietnews-train-020787",
    "vietnews-train-020986",
    "vietnews-train-021754",
    "vietnews-train-021872",
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
    "vietnews-train-036663",
    "vietnews-train-037465",
    "vietnews-train-040295",
    "vietnews-train-048196",
    "vietnews-train-053438",
    "vietnews-train-055323",
    "vietnews-train-060865",
    "vietnews-train-060882",
    "vietnews-train-061588",
    "vietnews-train-061642",
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
    "vietnews-train-067718",
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
    "vietnews-train-073283",
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
    "vietnews-train-080447",
    "vietnews-train-080868",
    "vietnews-train-081265",
    "vietnews-train-081391",
    "vietnews-train-081773",
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
    "vietnews-train-093693",
    "vietnews-train-093737",
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
    "vietnews-train-098338",
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
    "vietnews-train-104451",
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
    "vietnews-val-016399",
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


def labour_ok(a):
    """The twenty-fifth set's criteria: a title without quotes, a lead of 18 words or more, 16 or
    more usable sentences."""
    t = a["title"].strip()
    lead = (a.get("lead") or "").strip()
    if any(q in t for q in "\"'“”‘’") or len(lead.split()) < 18 or lead[:1].islower():
        # (this set) nor a lead the corpus cut inside its first word ('ững sinh viên ...')
        return False
    caps = [c.split("\n")[0].strip() for c in a.get("captions") or []]
    sents = [s for s in a["body"].split("\n")
             if len(s.split()) >= 7 and ends_sentence(s) and s.strip() not in caps]
    return len(sents) >= 16


def dantri_ok(a):
    """A lead of 20 words or more that does not open with 'Dân trí', five or more body paragraphs
    (the unsigned rule of dantri_article), and a title that reads as a headline: 5 to 20 words,
    not upper case, no photo credit '(Ảnh', no closing full stop or colon, no list number (many titles of the
    April 2021 crawl were recovered from the text's first line, a sentence). Any month of the
    crawl: the earlier sets have used all but four of the October-November 2020 articles."""
    lines = [x.strip() for x in a["body"].split("\n") if x.strip()]
    t = a["title"].strip()
    if not lines or not 5 <= len(t.split()) <= 20 or len(t) > 110 or t == t.upper() \
            or "(Ảnh" in t or t.endswith((".", ":", ";", ",", "…")) or t in a["body"] \
            or re.match(r"\d+[.)] |\w{1,4}: ", t) or len(t) >= 80 or "(" in t \
            or re.search(r"\b(Ảnh|Nguồn)\b", t) \
            or re.search(r"\b[A-ZĐÂÊÔƠƯÁÀẠ]{2,} [A-ZĐÂÊÔƠƯÁÀẠ]{2,}\b", t):
        # nor a numbered list item ('1. Ba Khan, Hòa Bình'), an interview question ('PV: ...'),
        # a cut one (the crawl cut some at 80 characters), a photo caption ('... (Ảnh: AFP)',
        # '... Ảnh: Sưu tầm', '(Nguồn video: RT)'), nor a call in capitals ('TẠI ĐÂY')
        return False
    if len(lines[0].split()) < 20 or lines[0].startswith("Dân trí"):
        return False
    paras = [x for x in lines[1:] if len(x.split()) >= 15 and ends_sentence(x) and "(Ảnh" not in x]
    return len(paras) >= 5


def odd_positions(ids):
    """The candidates in corpus order, shuffled with the seed 29, kept at the ODD 0-based
    positions (1, 3, 5, ...); the twenty-eighth set's writer takes the even ones."""
    ids = list(ids)
    random.Random(29).shuffle(ids)
    return ids[1::2]


# The two signing pages (A), read by hand among the kept labour candidates whose text holds a
# signing (SIGNING): the only two that report one that happened, deep in the body (the others
# name contracts in general: 'những người lao động ký hợp đồng ngắn hạn', 'không ký hợp đồng').
# Their pages print as many paragraphs as it takes to reach it (LABOUR_PARAS, set in pick()).
SIGNED_PICKS = ["vietnews-train-035320",  # (A) Oi S.A's delegation 'để ký thoả thuận vay 1,2 tỷ USD với CDB'
                "vietnews-test-003068"]   # (A) 'anh Khánh mới ký hợp đồng chuyển chủ thể'


def pick():
    """Fills ARTICLES, AGREEMENTS, LABOUR_PARAS and UNSIGNED: nine labour articles (the two signing
    pages, then the first seven of the kept order whose text holds no signing) and nine dantri
    articles (the first nine of the kept order)."""
    labour, signs, dantri, raw = [], set(), [], {}
    with gzip.open(CORPUS / "vietnews-labour.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if a["id"] not in USED_ELSEWHERE and labour_ok(a):
                labour.append(a["id"])
                raw[a["id"]] = a
                if any(SIGNING.search(t) for t in [a["lead"], *a["body"].split("\n")]):
                    signs.add(a["id"])
    with gzip.open(CORPUS / "dantri-unc.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if a["id"] not in USED_ELSEWHERE and dantri_ok(a):
                dantri.append(a["id"])
    labour, dantri = odd_positions(labour), odd_positions(dantri)[:9]
    assert all(i in labour and i in signs for i in SIGNED_PICKS)
    AGREEMENTS.update(SIGNED_PICKS)
    for i in SIGNED_PICKS:  # enough paragraphs to print the signing
        LABOUR_PARAS[i] = 8
        while not any(SIGNING.search(t) for t in labour_article(raw[i])["paras"]):
            LABOUR_PARAS[i] += 1
    other = [i for i in labour if i not in signs][:7]
    lab = iter([SIGNED_PICKS[0], other[0], other[1], SIGNED_PICKS[1], *other[2:]])
    for site in LABOUR_SITES:
        ARTICLES[site] = [next(lab) for _ in range(3)]
    for k, site in enumerate(DANTRI_SITES):
        ARTICLES[site] = dantri[3 * k:3 * k + 3]
    UNSIGNED.update(dantri)


def load():
    """Returns ({id: article}, teaser titles)."""
    pick()
    wanted = {i for ids in ARTICLES.values() for i in ids}
    assert len(wanted) == 18 and not wanted & USED_ELSEWHERE
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
    teasers = sorted(set(teasers) - {found[i]["title"] for i in wanted}, key=lambda t: h(t, "teaser29"))
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


# ---------------------------------------------------------------- the six sites

SECTIONS = {"business": ("Kinh tế", "kinh-te"), "education": ("Giáo dục", "giao-duc"),
            "entertainment": ("Giải trí", "giai-tri"), "health": ("Sức khỏe", "suc-khoe"),
            "science": ("Khoa học", "khoa-hoc"), "society": ("Xã hội", "xa-hoi"),
            "sport": ("Thể thao", "the-thao"), "tech": ("Công nghệ", "cong-nghe"),
            "travel": ("Du lịch", "du-lich"), "world": ("Thế giới", "the-gioi")}


def baohanam(a, n, tz):
    """Báo Hà Nam (baohanam.com.vn, provincial): OpenGraph with article:published_time and
    article:section, JSON-LD NewsArticle; the <title> adding ' - Báo Hà Nam'; the trail 'Trang chủ
    > Xã hội > Lao động - Việc làm' (the category, last); the <h1>; the sapo an <h2>; the BYLINE
    AND THE DATE ON ONE LINE UNDER THE SAPO '<name> - 08:15, 12/03/2019' (the label is the name);
    a <figure> and its caption; 'Tin liên quan' INSIDE the body after the third paragraph; NO name
    at the end; 'Từ khóa:' one line; 'Tin cùng chuyên mục'; LF, one block a line, menus one line."""
    section = "Lao động - Việc làm"
    aid = 120000 + h(a["id"], "bhn") % 60000
    url = f"https://baohanam.com.vn/xa-hoi/lao-dong-viec-lam/{slug(a['title'])}-{aid}.html"
    line = f"{a['author']} - {hm(a)}, {dmy(a)}"
    cap, _ = caption_or(a, "Ảnh minh họa")
    tags = "Từ khóa: người lao động, việc làm, công đoàn"
    meta = og(a, url, "Báo Hà Nam", section=section) + jsonld({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
        "datePublished": iso(a), "author": {"@type": "Person", "name": a["author"]},
        "publisher": {"@type": "Organization", "name": "Báo Hà Nam"}, "mainEntityOfPage": url})
    p = Page()
    p.raw(head(f"{a['title']} - Báo Hà Nam", meta))
    p.raw('<body><div class="header"><a href="/"><img src="/images/logo-baohanam.png" alt="Báo Hà Nam"></a></div>')
    menu = ["Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao", "Pháp luật", "Quốc tế"]
    p.group(('<ul class="main-menu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    trail(p, ('<div class="breadcrumb">', "</div>"), '<a href="#">{t}</a>',
          ["Trang chủ", "Xã hội", section], " > ")
    p.raw('<div class="detail">')
    p.el("h1", a["title"], 'class="detail-title"')
    p.el("h2", a["lead"], 'class="detail-sapo"')
    p.raw(f'<div class="detail-author"><span class="author">{html.escape(a["author"], quote=False)}</span> - '
          f'<span class="time">{hm(a)}, {dmy(a)}</span></div>')
    p.blocks.append(line)
    p.raw('<div class="detail-content">')
    rel = tz[:2]

    def photo():
        p.raw(f'<figure class="image"><img src="https://baohanam.com.vn/uploads/{a["date"].year}/{aid}.jpg" alt="">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    def inline():
        related_div(p, "box-related", "Tin liên quan", rel, "h4")

    body(p, a, photo, inline, at=2)
    p.raw("</div>")
    p.el("p", tags, 'class="detail-tags"')
    p.raw("</div>")
    more = tz[2:6]
    related_div(p, "same-category", "Tin cùng chuyên mục", more, "h3")
    foot = ["Báo Hà Nam - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Nam",
            "Địa chỉ: Số 1 đường Trần Phú, thành phố Phủ Lý, tỉnh Hà Nam",
            "Giấy phép số 318/GP-BTTTT"]
    footer(p, foot, ('<div class="footer">', "</div>"), "p")
    fur = [line, cap, "Tin liên quan", *rel, tags, "Tin cùng chuyên mục", *more, *foot]
    return p, text_of(p, False, False), url, section, a["author"], fur


PHOTO_CAPTIONS = [
    "Quang cảnh buổi làm việc; nhiều ý kiến đã được các đại biểu thẳng thắn nêu ra và được cơ quan "
    "chức năng ghi nhận để tiếp tục nghiên cứu, hoàn thiện.",
    "Người dân theo dõi thông tin trên các phương tiện truyền thông; nhiều người mong các quy định "
    "mới sớm đi vào cuộc sống.",
    "Lãnh đạo địa phương trao đổi với bà con tại cơ sở; những kiến nghị chính đáng được tiếp thu và "
    "chuyển tới các cơ quan có thẩm quyền giải quyết.",
    "Một góc thành phố Lai Châu nhìn từ trên cao; diện mạo đô thị của tỉnh đã có nhiều đổi thay "
    "trong những năm gần đây.",
    "Cán bộ và người dân cùng tham gia hoạt động tại bản; phong trào được đông đảo bà con các dân "
    "tộc trên địa bàn hưởng ứng.",
    "Các đại biểu tham quan gian trưng bày bên lề hội nghị; nhiều mô hình hay, cách làm sáng tạo "
    "được giới thiệu tới khách tham quan.",
    "Quang cảnh một phiên thảo luận tại hội trường; các ý kiến tập trung vào những vấn đề được cử "
    "tri và dư luận quan tâm.",
    "Người dân làm thủ tục tại bộ phận một cửa; cải cách thủ tục hành chính giúp tiết kiệm thời "
    "gian và chi phí cho người dân, doanh nghiệp.",
]


def baolaichau(a, n, tz):
    """Báo Lai Châu (baolaichau.vn, provincial): a PHOTO STORY ('Photo' layout): OpenGraph with
    article:published_time, no JSON-LD; the <title> adding ' | Báo Lai Châu điện tử'; a 'Photo'
    badge beside the section link (the category); the date line 'Cập nhật: 08:15 Thứ Năm,
    23/11/2017' above the title; the <h1>; the sapo italic; a full-width photo with a LONG CAPTION
    after every paragraph but the last; the name at the end as 'Bài, ảnh: <name>' (the label is
    the name); 'Tin khác'; CRLF, a BLANK line between blocks, menus ONE ITEM A LINE."""
    section = "Xã hội"
    aid = 60000 + h(a["id"], "blc") % 30000
    url = f"https://baolaichau.vn/xa-hoi/{slug(a['title'])}-{aid}"
    line = f"Cập nhật: {hm(a)} {weekday(a)}, {dmy(a)}"
    sign = f"Bài, ảnh: {a['author']}"
    start = h(a["id"], "caps") % len(PHOTO_CAPTIONS)
    caps = [PHOTO_CAPTIONS[(start + i) % len(PHOTO_CAPTIONS)] for i in range(len(a["paras"]) - 1)]
    p = Page()
    p.raw(head(f"{a['title']} | Báo Lai Châu điện tử", og(a, url, "Báo Lai Châu điện tử")))
    p.raw('<body class="photo-story"><div class="top"><a href="/"><img src="/Content/images/logo-blc.png" alt="Báo Lai Châu"></a></div>')
    menu = ["Thời sự", "Kinh tế", "Xã hội", "Văn hóa", "Quốc phòng - An ninh", "Multimedia"]
    p.group(('<ul class="nav">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('<div class="emagazine photo">')
    p.raw('<div class="story-cate"><span class="badge">')
    p.el("span", "Photo", show=False)
    p.raw("</span>")
    p.el("a", section, 'href="/xa-hoi" class="cate"', show=False)
    p.raw("</div>")
    p.blocks.append(f"Photo {section}")
    p.el("p", line, 'class="story-time"')
    p.el("h1", a["title"], 'class="story-title"')
    p.raw(f'<p class="story-sapo"><em>{html.escape(a["lead"], quote=False)}</em></p>')
    p.blocks.append(a["lead"])
    p.raw('<div class="story-body">')
    for i, t in enumerate(a["paras"]):
        p.el("p", t, 'class="story-text"')
        if i < len(caps):
            p.raw(f'<figure class="story-photo full"><img src="https://baolaichau.vn/uploads/{aid}-{i + 1}.jpg" alt="">')
            p.el("figcaption", caps[i])
            p.raw("</figure>")
    p.el("p", sign, 'class="story-author" style="text-align:right"')
    p.raw("</div></div>")
    more = tz[:5]
    related_div(p, "other-news", "Tin khác", more, "h3")
    foot = ["Báo Lai Châu điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lai Châu",
            "Địa chỉ: Phường Tân Phong, thành phố Lai Châu, tỉnh Lai Châu",
            "Giấy phép số 41/GP-BTTTT"]
    footer(p, foot, ('<div class="footer">', "</div>"), "p")
    fur = [f"Photo {section}", line, *caps, sign, "Tin khác", *more, *foot]
    return p, text_of(p, True, True, "\r\n"), url, section, a["author"], fur


def danchuphapluat(a, n, tz):
    """Tạp chí Dân chủ và Pháp luật (danchuphapluat.vn, the Ministry of Justice's magazine, on an
    older CMS): NO OpenGraph, no JSON-LD: a <meta name="description"> (the lead) and a <link
    rel="canonical"> (the label's url); the <title> adding ' - Tạp chí Dân chủ và Pháp luật'; the
    section a heading bar (the category); the <h1>; the date line under the title 'Thứ Năm,
    23/11/2017 | 12:12'; the sapo bold; the photo in a <table> with its caption; the name bold
    right-aligned; 'Từ khóa:' one line; 'In bài' 'Gửi cho bạn bè'; 'Các bài đã đăng' with
    ' (dd/mm/yyyy)'; LF, one block a line, menus ONE ITEM A LINE."""
    section = "Pháp luật và Đời sống"
    aid = 30000 + h(a["id"], "dcpl") % 20000
    url = f"https://danchuphapluat.vn/{slug(a['title'])}-{aid}.html"
    line = f"{weekday(a)}, {dmy(a)} | {hm(a)}"
    cap, _ = caption_or(a, "Ảnh minh họa")
    tags = "Từ khóa: lao động, chính sách, pháp luật"
    meta = (f'<meta name="description" content="{html.escape(a["lead"])}">\n'
            '<meta name="keywords" content="lao động, chính sách, pháp luật">\n'
            f'<link rel="canonical" href="{html.escape(url)}">\n')
    p = Page()
    p.raw(head(f"{a['title']} - Tạp chí Dân chủ và Pháp luật", meta))
    p.raw('<body><table width="1000" align="center"><tr><td><div id="banner"><img src="/images/banner-dcpl.jpg" alt="Dân chủ và Pháp luật"></div>')
    menu = ["Trang chủ", "Nghiên cứu - Trao đổi", "Thực tiễn pháp luật", "Pháp luật và Đời sống",
            "Văn bản mới", "Hỏi đáp pháp luật"]
    p.group(('<div id="menu"><ul>', "</ul></div>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('</td></tr><tr><td valign="top"><div class="news-detail">')
    p.el("h2", section, 'class="cate-bar"')
    p.el("h1", a["title"], 'class="news-title"')
    p.el("div", line, 'class="news-date"')
    p.raw(f'<div class="news-sapo"><b>{html.escape(a["lead"], quote=False)}</b></div>')
    p.blocks.append(a["lead"])
    p.raw('<div class="news-content">')

    def photo():
        p.raw(f'<table class="image" align="center"><tr><td><img src="/Uploads/{aid}.jpg"></td></tr><tr><td class="caption">')
        p.el("span", cap)
        p.raw("</td></tr></table>")

    body(p, a, photo)
    byline_p(p, a["author"])
    p.raw("</div>")
    p.el("p", tags, 'class="tags"')
    p.raw('<div class="tools">')
    p.group(("", ""), '<a href="#">{t}</a>', ["In bài", "Gửi cho bạn bè"], " ")
    p.raw("</div></div>")
    more = teaser_dated(tz[:5], a, "dcpl", "{t} ({d})")
    p.raw('<div class="other-news">')
    p.el("h3", "Các bài đã đăng")
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', more, "\n")
    p.raw("</div></td></tr></table>")
    foot = ["Tạp chí Dân chủ và Pháp luật - Cơ quan của Bộ Tư pháp",
            "Địa chỉ: Số 58-60 Trần Phú, Ba Đình, Hà Nội",
            "Giấy phép số 79/GP-BTTTT"]
    footer(p, foot, ('<div id="footer">', "</div>"), "p")
    fur = [section, line, cap, tags, "In bài", "Gửi cho bạn bè", "Các bài đã đăng", *more, *foot]
    return p, text_of(p, True, False), url, section, a["author"], fur


def congantphcm(a, n, tz):
    """Báo Công an TP. Hồ Chí Minh (congan.com.vn, the city police's paper): OpenGraph with
    article:published_time, its og:title NOT the headline ('<headline> | Công an TP.HCM'), the
    <title> another ('<headline> - Báo Công an TP. Hồ Chí Minh'); JSON-LD NewsArticle with
    articleSection; the trail 'Tin tức › <section>' (the category, last); the <h1>; the date under
    the title 'Thứ Hai, 12/10/2020 08:15 (GMT+7)'; the sapo bold in a <div>; a caption 'Ảnh minh
    họa'; the name bold right-aligned; 'Bài liên quan' after the body; 'Ý kiến bạn đọc' with a
    form; 'Đọc nhiều nhất'; LF, a BLANK line between blocks, menus one line."""
    section, sslug = SECTIONS[a["topic"]]
    aid = 550000 + h(a["id"], "catp") % 90000
    url = f"https://congan.com.vn/{sslug}/{slug(a['title'])}_{aid}.html"
    line = f"{weekday(a)}, {dmy(a)} {hm(a)} (GMT+7)"
    cap = "Ảnh minh họa"
    social = f"{a['title']} | Công an TP.HCM"
    meta = og(a, url, "Báo Công an TP. Hồ Chí Minh").replace(
        f'content="{html.escape(a["title"])}"', f'content="{html.escape(social)}"', 1) + jsonld({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
        "datePublished": iso(a), "articleSection": section,
        "author": {"@type": "Person", "name": a["author"]},
        "publisher": {"@type": "Organization", "name": "Báo Công an TP. Hồ Chí Minh"}})
    p = Page()
    p.raw(head(f"{a['title']} - Báo Công an TP. Hồ Chí Minh", meta))
    p.raw('<body><header class="site-header"><a href="/" class="logo"><img src="/images/logo-catp.png" alt="Công an TP. Hồ Chí Minh"></a>')
    menu = ["Tin tức", "Vụ án", "Pháp luật", "Thế giới", "Kinh tế", "Thể thao", "Giải trí", "Đời sống"]
    p.group(('<nav><ul class="menu">', "</ul></nav></header>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('<main><article class="article">')
    trail(p, ('<div class="breadcrumbs">', "</div>"), '<a href="#">{t}</a>', ["Tin tức", section], " › ")
    p.el("h1", a["title"], 'class="article-title"')
    p.el("div", line, 'class="article-date"')
    p.raw(f'<div class="article-sapo"><strong>{html.escape(a["lead"], quote=False)}</strong></div>')
    p.blocks.append(a["lead"])
    p.raw('<div class="article-body">')

    def photo():
        p.raw(f'<figure class="expNoEdit"><img src="https://cdn.congan.com.vn/files/{aid}.jpg" alt="">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    body(p, a, photo, between=lambda i: ad_gpt(p, f"catp-{i}") if i == 3 else None)
    byline_p(p, a["author"])
    p.raw("</div></article>")
    rel = tz[:3]
    related_div(p, "related", "Bài liên quan", rel, "h3")
    p.raw('<div class="comments">')
    p.el("h3", "Ý kiến bạn đọc")
    p.raw('<form><textarea placeholder=""></textarea>')
    p.el("button", "Gửi ý kiến")
    p.raw("</form></div></main>")
    hot = tz[3:7]
    p.raw('<aside class="sidebar">')
    related_div(p, "most-read", "Đọc nhiều nhất", hot, "h3")
    p.raw("</aside>")
    foot = ["Báo Công an Thành phố Hồ Chí Minh - Cơ quan của Công an TP. Hồ Chí Minh",
            "Tòa soạn: 161 Nguyễn Trãi, Quận 1, TP. Hồ Chí Minh",
            "Giấy phép số 207/GP-BTTTT"]
    footer(p, foot, ('<footer class="site-footer">', "</footer>"), "p")
    fur = [line, cap, "Bài liên quan", *rel, "Ý kiến bạn đọc", "Gửi ý kiến", "Đọc nhiều nhất", *hot, *foot]
    return p, text_of(p, False, True), url, section, a["author"], fur


def baovannghe(a, n, tz):
    """Báo Văn nghệ (baovannghe.vn, the Vietnam Writers' Association's paper, on WordPress with
    sidebars): the CATEGORY ONLY IN THE URL PATH AND THE <title> ('<headline> - <section> - Báo Văn
    nghệ'; nothing on the page names it); OpenGraph WITHOUT a time, no JSON-LD; a <meta
    name="generator" content="WordPress ...">; the <h1 class="entry-title">; the entry-meta line
    '12/10/2020 | 0 bình luận', the DAY WITHOUT AN HOUR (the label gives the day alone); the sapo
    an italic excerpt; a wp-caption; the name bold right-aligned; 'Chia sẻ:'; 'Bài viết liên
    quan'; sidebars 'Bài mới' and 'Xem nhiều'; LF, one block a line, menus one line."""
    section, sslug = SECTIONS[a["topic"]]
    aid = 20000 + h(a["id"], "bvn") % 30000
    url = f"https://baovannghe.vn/{sslug}/{slug(a['title'])}-{aid}/"
    line = f"{dmy(a)} | 0 bình luận"
    cap = "Ảnh minh họa: Internet"
    share = "Chia sẻ: Facebook Zalo Twitter"
    meta = og(a, url, "Báo Văn nghệ", published=False) + '<meta name="generator" content="WordPress 5.4.2">\n'
    p = Page()
    p.raw(head(f"{a['title']} - {section} - Báo Văn nghệ", meta))
    p.raw('<body class="post-template-default single single-post"><div id="page" class="site">'
          '<header id="masthead" class="site-header"><a href="/" rel="home"><img src="/wp-content/themes/vannghe/logo.png" alt="Báo Văn nghệ"></a>')
    menu = ["Tin tức", "Văn học", "Lý luận - Phê bình", "Nghệ thuật", "Đời sống", "Văn học nước ngoài"]
    p.group(('<nav class="main-navigation"><ul class="menu">', "</ul></nav></header>"),
            '<li class="menu-item"><a href="#">{t}</a></li>', menu, " ")
    p.raw(f'<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main">'
          f'<article id="post-{aid}" class="post type-post status-publish"><header class="entry-header">')
    p.el("h1", a["title"], 'class="entry-title"')
    p.raw(f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" '
          f'datetime="{a["date"].isoformat()}">{dmy(a)}</time></span> | '
          '<span class="comments-link"><a href="#respond">0 bình luận</a></span></div></header>')
    p.blocks.append(line)
    p.raw('<div class="entry-content">')
    p.raw(f'<p class="excerpt"><em>{html.escape(a["lead"], quote=False)}</em></p>')
    p.blocks.append(a["lead"])

    def photo():
        p.raw(f'<div class="wp-caption aligncenter"><img class="size-large wp-image-{aid}" src="/wp-content/uploads/2020/{a["date"].month:02d}/{aid}.jpg">')
        p.el("p", cap, 'class="wp-caption-text"')
        p.raw("</div>")

    body(p, a, photo)
    byline_p(p, a["author"])
    p.raw("</div>")
    p.el("div", share, 'class="sharedaddy"')
    p.raw("</article>")
    rel = tz[:3]
    related_div(p, "jp-relatedposts", "Bài viết liên quan", rel, "h3")
    p.raw('</main></div><aside id="secondary" class="widget-area">')
    side = tz[3:7]
    related_div(p, "widget widget_recent_entries", "Bài mới", side, "h2")
    most = tz[7:8] + tz[:1]
    related_div(p, "widget widget_top-posts", "Xem nhiều", most, "h2")
    p.raw("</aside></div>")
    foot = ["Báo Văn nghệ - Cơ quan của Hội Nhà văn Việt Nam",
            "Tòa soạn: 17 Trần Quốc Toản, Hoàn Kiếm, Hà Nội",
            "Giấy phép số 156/GP-BTTTT"]
    footer(p, foot, ('<footer id="colophon" class="site-footer">', "</footer></div>"), "p")
    fur = [line, cap, share, "Bài viết liên quan", *rel, "Bài mới", *side, "Xem nhiều", *most, *foot]
    return p, text_of(p, False, False), url, section, a["author"], fur


def baodatviet(a, n, tz):
    """Báo Đất Việt (baodatviet.vn, an online newspaper): JSON-LD NewsArticle and NO OpenGraph; the
    <title> adding ' | Báo Đất Việt'; the section a tab over the title (the category); the <h1>;
    under the title the AUTHOR ON A LINE OF ITS OWN 'Tác giả: <name>' (the label is the name),
    then the date 'Thứ hai, 12/10/2020 - 08:15' (the weekday in lower case); the sapo bold; a
    caption with its credit 'Ảnh minh họa. (Nguồn: Internet)'; NO name at the end; 'Tags:' one
    line; 'Cùng chuyên mục' and 'Tin mới nhất'; CRLF, one block a line, menus one line."""
    section, sslug = SECTIONS[a["topic"]]
    aid = 3400000 + h(a["id"], "bdv") % 90000
    url = f"https://baodatviet.vn/{sslug}/{slug(a['title'])}-{aid}/"
    who = f"Tác giả: {a['author']}"
    line = f"{weekday(a).capitalize()}, {dmy(a)} - {hm(a)}"
    cap = "Ảnh minh họa. (Nguồn: Internet)"
    tags = "Tags: " + ", ".join(["tin nóng", section.lower(), "đất việt"])
    meta = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                   "description": a["lead"], "datePublished": iso(a), "dateModified": iso(a),
                   "author": {"@type": "Person", "name": a["author"]}, "url": url,
                   "publisher": {"@type": "Organization", "name": "Báo Đất Việt"}})
    p = Page()
    p.raw(head(f"{a['title']} | Báo Đất Việt", meta))
    p.raw('<body><div id="header"><a href="/" class="logo"><img src="/images/logo-datviet.png" alt="Đất Việt"></a></div>')
    menu = ["Tin tức", "Quốc phòng", "Kinh tế", "Thế giới", "Công nghệ", "Giải trí", "Thể thao"]
    p.group(('<ul id="menu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('<div class="detail-wrap">')
    p.el("a", section, 'class="cate-tab" href="#"')
    p.el("h1", a["title"], 'class="title"')
    p.el("div", who, 'class="author"')
    p.el("div", line, 'class="date"')
    p.raw(f'<h2 class="lead"><strong>{html.escape(a["lead"], quote=False)}</strong></h2>')
    p.blocks.append(a["lead"])
    p.raw('<div id="abody">')

    def photo():
        p.raw(f'<table class="tplCaption"><tr><td><img src="https://image.baodatviet.vn/w660/{aid}.jpg"></td></tr><tr><td>')
        p.el("p", cap, 'class="Image"')
        p.raw("</td></tr></table>")

    body(p, a, photo, between=lambda i: ad_ins(p, "6049327331") if i == 2 else None)
    p.raw("</div>")
    p.el("div", tags, 'class="tags"')
    p.raw("</div>")
    more = tz[:4]
    related_div(p, "same-cate", "Cùng chuyên mục", more, "h3")
    new = tz[4:7]
    related_div(p, "latest", "Tin mới nhất", new, "h3")
    foot = ["Báo Đất Việt - Cơ quan của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam",
            "Tòa soạn: 53 Nguyễn Du, Hai Bà Trưng, Hà Nội",
            "Giấy phép số 186/GP-BTTTT"]
    footer(p, foot, ('<div id="footer">', "</div>"), "p")
    fur = [section, who, line, cap, tags, "Cùng chuyên mục", *more, "Tin mới nhất", *new, *foot]
    return p, text_of(p, False, False, "\r\n"), url, section, a["author"], fur


# ---------------------------------------------------------------- plan and output

# pages that print the day without an hour: the label gives the day alone
DAY_ONLY = {"baovannghe"}

TEMPLATES = {"baohanam-desktop": baohanam, "baolaichau-photo": baolaichau, "danchuphapluat": danchuphapluat,
             "congantphcm": congantphcm, "baovannghe": baovannghe, "baodatviet": baodatviet}


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
                "site": site, "half": "unseen", "page": f"{site}/{n}", "corpus": a["corpus"],
                "id": a["id"], "url": url, "title": a["title"], "published": a["date"].isoformat() if site in DAY_ONLY else iso(a),
                "category": category, "lead": a["lead"], "author": author,
                "first": a["paras"][0], "last": a["paras"][-1], "furniture": fur,
            })
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} pages of {len(ARTICLES)} sites to {HERE}")


if __name__ == "__main__":
    main()
