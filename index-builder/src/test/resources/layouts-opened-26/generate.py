"""Builds the twenty-sixth opened page-layout set (formerly the TWENTY-SIXTH unseen check): 18 real corpus articles laid out as six
CAPTURES THAT ARE NOT A NEWSPAPER'S DESKTOP PAGE, of kinds no earlier set used, each page as HTML
and as the visible text a scraper saves from it, with labels: Báo Quảng Trị's article saved by the
SingleFile extension (everything inlined, the save date in a comment, the sapo opening with the
paper's tag '(QT) - '); Báo Hậu Giang's article clipped into Evernote and exported as HTML (the
export's Created/Source table above the clip); Báo Ninh Thuận's article in Chrome's simplified
reading view saved from the phone (no metadata, the date line kept as a paragraph, no section);
a press release of Sở LĐ-TB&XH tỉnh Trà Vinh written in Microsoft Word and put on the site as
Word's HTML (the administrative header table, 'Trà Vinh, ngày 12 tháng 3 năm 2019' with no hour,
the signature block); a news forum post on the Moodle of Trường Đại học Lao động - Xã hội ('bởi
<name> - Thứ ba, 12 Tháng ba 2019, 08:15 AM'); a news page of LĐLĐ huyện Củ Chi on the new Google
Sites (a <title> that is the page's short name, a typed 'Ngày đăng:' line and 'Tin, ảnh: <name>').

  python3 index-builder/src/test/resources/layouts-opened-26/generate.py   # from the repository root

Reads ../shared/corpus (beside the repository; VNNEWS_CORPUS names another folder). Writes,
beside this script:
  <site>/<n>.html   the page as it was captured
  <site>/<n>.txt    its visible text, saved with that capture's scraper convention (see the README)
  labels.jsonl      one line per page, the schema of ../layouts-opened-25/labels.jsonl,
                    "half": "opened"

Written from what the real captures look like, without reading the extractor's rules and never
tuned on. Labels come from the corpus article's fields and from what the template prints. The
articles are named below (ARTICLES), not searched for at run time; they were picked at ODD 1-based
line numbers of their corpus files. The article, paragraph, date and page plumbing is the
twenty-fifth set's (../layouts-opened-25/generate.py), unchanged but for the teaser order's salt
and a label's "published" that a template may give as the day alone (a page that prints no hour);
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
import textwrap
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[4]
CORPUS = Path(os.environ.get("VNNEWS_CORPUS", ROOT.parent / "shared" / "corpus"))

# The 18 articles, by capture, in page order. None is used by any earlier layout set (the "id" of
# every labels.jsonl under ../layout*/), each at an odd line of its corpus file. dantri: nine of
# the October-November 2020 crawl (UNSIGNED: no byline; the page prints a reporter's name from a
# hash), a lead of 20 words or more that does not open with dantri's 'Dân trí' tag, five or more
# body paragraphs. vietnews-labour: a title without quotes, a lead of 18 words or more, 16 or more
# usable sentences. The two marked (A) report a signing, and the signing is printed on the page.
ARTICLES = {
    "baoquangtri-singlefile": ["dantri-news_society_004", "dantri-news_society_010",
                               "dantri-news_society_012"],
    "baohaugiang-evernote": ["dantri-news_entertainment_004", "dantri-news_entertainment_006",
                             "dantri-news_entertainment_012"],
    "baoninhthuan-reader": ["dantri-news_sport_011", "dantri-news_sport_019", "dantri-news_tech_004"],
    "soldtbxh-travinh-word": ["vietnews-train-019113",  # (A) 'chỉ được ký hợp đồng lao động có thời hạn'
                              "vietnews-test-002514", "vietnews-test-003604"],
    "ulsa-moodle": ["vietnews-train-009730",  # (A) 'Công ty Nhật Hào ký hợp đồng với UBND xã Lộc Hiệp'
                    "vietnews-test-003946", "vietnews-test-002262"],
    "ldld-cuchi-googlesites": ["vietnews-test-003765", "vietnews-test-002083", "vietnews-test-005016"],
}
STORY_PARAS = {}
LABOUR_PARAS = {"vietnews-train-019113": 10}  # its signing is in the 22nd usable sentence
AGREEMENTS = {"vietnews-train-019113", "vietnews-train-009730"}
UNSIGNED = {i for s in ("baoquangtri-singlefile", "baohaugiang-evernote", "baoninhthuan-reader")
            for i in ARTICLES[s]}
# labour pages whose text (or the event it reports) fixes the date the hashed rule would miss, read
# by hand on the pages' own text BEFORE the one extractor run: HCMC's council to meet 'ngày 15 và
# 16-3' on the extra income 'từ 1-4' under the special-mechanism resolution (13 March 2018); the
# Government's resolution on the wage reform just issued (28 August 2018); the Labour Code draft
# heard in HCMC 'ngày 16-7' (17 July 2019); Nhật Hào's case, won in 2017, told on a day the lead
# cuts ('0-11', 1 December 2017); the ASEAN consensus on migrant workers just adopted (15 November
# 2017); 'ngày cuối năm 2018' (31 December 2018); Foxconn's students hired for Amazon's speakers,
# the Guardian's documents (9 August 2019). The other two keep the rule's date.
PRINTED_IN = {}
PRINTED_ON = {"vietnews-train-019113": datetime.date(2018, 3, 13),
              "vietnews-test-002514": datetime.date(2018, 8, 28),
              "vietnews-test-003604": datetime.date(2019, 7, 17),
              "vietnews-train-009730": datetime.date(2017, 12, 1),
              "vietnews-test-003946": datetime.date(2017, 11, 15),
              "vietnews-test-002083": datetime.date(2018, 12, 31),
              "vietnews-test-005016": datetime.date(2019, 8, 9)}
PRINTED_AT = {}
# Every id the other layout sets name (the "id" of every labels.jsonl under ../layout*/, this set
# excluded: 507 ids, the twenty-fourth and twenty-fifth sets' included): teasers never come from
# these, and an article named above must not be one.
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
    "dantri-news_entertainment_005",
    "dantri-news_entertainment_008",
    "dantri-news_entertainment_009",
    "dantri-news_entertainment_010",
    "dantri-news_entertainment_011",
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
    "dantri-news_sport_004",
    "dantri-news_sport_005",
    "dantri-news_sport_007",
    "dantri-news_sport_008",
    "dantri-news_sport_009",
    "dantri-news_sport_012",
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
    "dantri-news_tech_012",
    "dantri-news_tech_013",
    "dantri-news_tech_014",
    "dantri-news_tech_015",
    "dantri-news_tech_016",
    "dantri-news_tech_017",
    "dantri-news_tech_018",
    "dantri-news_tech_019",
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
    "vietnews-test-021338",
    "vietnews-test-021691",
    "vietnews-test-021858",
    "vietnews-test-022125",
    "vietnews-test-022443",
    "vietnews-test-022450",
    "vietnews-test-022542",
    "vietnews-train-002429",
    "vietnews-train-002768",
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
    "vietnews-train-017392",
    "vietnews-train-017801",
    "vietnews-train-017926",
    "vietnews-train-018175",
    "vietnews-train-018225",
    "vietnews-train-018918",
    "vietnews-train-020360",
    "vietnews-train-020398",
    "vietnews-train-020787",
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
    "vietnews-train-036663",
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
    teasers = sorted(set(teasers), key=lambda t: h(t, "teaser26"))
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




WEEKDAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
B64 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
SURNAMES = ["Nguyễn Thị", "Trần Văn", "Lê Thị", "Phạm Minh", "Hoàng Thị", "Võ Văn", "Đặng Thị", "Bùi Quốc"]
MOODLE_MONTHS = ["Tháng một", "Tháng hai", "Tháng ba", "Tháng tư", "Tháng năm", "Tháng sáu", "Tháng bảy",
                 "Tháng tám", "Tháng chín", "Tháng mười", "Tháng mười một", "Tháng mười hai"]
MOODLE_DAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def day_only(a):
    return a["date"].isoformat()


def baoquangtri_singlefile(a, n, tz):
    """Báo Quảng Trị (baoquangtri.vn, a provincial paper) SAVED BY THE SINGLEFILE EXTENSION: the
    comment 'Page saved with SingleFile' with the url and a SAVED DATE (a day or more after the
    article's) right after <html>; the CSP meta SingleFile adds; every stylesheet inlined in a
    <style>, every image a data: URI, no script left; OpenGraph kept with article:published_time and
    a canonical link; the trail 'Trang chủ » <section>' (the category, last); the <h1>; the date
    line 'Cập nhật lúc 08:15 ngày 01/11/2020' under the title; the sapo bold OPENING WITH THE
    PAPER'S TAG '(QT) - ' (the label's lead is the corpus lead, without the tag); a <figure> whose
    caption is 'Ảnh minh họa'; the name bold right-aligned at the end; 'Chia sẻ' buttons as text;
    'Tin cùng chuyên mục'; LF, one block a line, menus one line."""
    section = "Xã hội"
    aid = 150000 + h(a["id"], "qt") % 40000
    url = f"https://baoquangtri.vn/{slug(section)}/{slug(a['title'])}-{aid}.htm"
    when = f"Cập nhật lúc {hm(a)} ngày {dmy(a)}"
    saved = a["date"] + datetime.timedelta(days=1 + h(a["id"], "qt-saved") % 9)
    cap = "Ảnh minh họa"
    sapo = f"(QT) - {a['lead']}"
    p = Page()
    p.raw('<!DOCTYPE html> <html lang="vi"><!--\n Page saved with SingleFile \n url: ' + url +
          f' \n saved date: {WEEKDAYS_EN[saved.weekday()]} {MONTHS_EN[saved.month - 1]} {saved.day:02d} '
          f'{saved.year} 21:{h(a["id"], "qt-m") % 60:02d}:07 GMT+0700 (Giờ Đông Dương)\n-->')
    p.raw('<head><meta charset="utf-8">\n<title>' + html.escape(a["title"]) + ' - Báo Quảng Trị</title>\n'
          + og(a, url, "Báo Quảng Trị", section=section)
          + f'<link rel="canonical" href="{html.escape(url)}">\n'
          "<style>body{margin:0;font-family:Arial,sans-serif}.main-nav li{display:inline-block;padding:0 8px}"
          ".breadcrumb a{color:#0a4c8c}.detail-title{font-size:28px;line-height:36px}.sapo{font-weight:700}"
          ".share{float:right}.same-cate li{border-bottom:1px dotted #ccc}</style>\n"
          "<meta http-equiv=\"content-security-policy\" content=\"default-src 'none'; font-src 'self' data:; "
          "img-src 'self' data:; style-src 'unsafe-inline'; media-src 'self' data:; script-src 'unsafe-inline' data:; "
          "object-src 'self' data:; frame-src 'self' data:;\"><style>img[src=\"data:,\"],source[src=\"data:,\"]"
          "{display:none!important}</style></head>\n")
    p.raw(f'<body><div class="header"><a href="https://baoquangtri.vn/"><img src="data:image/png;base64,{B64}" alt="Báo Quảng Trị"></a></div>')
    menu = ["Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Pháp luật", "Thể thao", "Quốc tế", "Quảng Trị ngày nay"]
    p.group(('<ul class="main-nav">', "</ul>"), '<li><a href="https://baoquangtri.vn/">{t}</a></li>', menu, " ")
    trail(p, ('<div class="breadcrumb">', "</div>"), '<a href="https://baoquangtri.vn/">{t}</a>',
          ["Trang chủ", section], " » ")
    p.raw('<div class="detail">')
    p.el("h1", a["title"], 'class="detail-title"')
    p.el("div", when, 'class="detail-time"')
    p.raw(f'<div class="sapo"><strong>{html.escape(sapo, quote=False)}</strong></div>')
    p.blocks.append(sapo)
    p.raw('<div class="detail-content">')

    def photo():
        p.raw(f'<figure class="image"><img src="data:image/png;base64,{B64}" alt="" width="640" height="400">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    body(p, a, photo)
    byline_p(p, a["author"])
    p.raw("</div>")
    share = ["Chia sẻ", "Facebook", "Zalo", "In bài"]
    p.group(('<div class="share">', "</div>"), "<span>{t}</span>", share, " ")
    p.raw("</div>")
    more = tz[:5]
    related_div(p, "same-cate", "Tin cùng chuyên mục", more, "h3")
    foot = ["Báo Quảng Trị - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Trị",
            "Địa chỉ: 128 Hùng Vương, thành phố Đông Hà, tỉnh Quảng Trị",
            "Giấy phép số 276/GP-BTTTT"]
    footer(p, foot, ('<div class="footer">', "</div>"), "p")
    fur = [when, cap, " ".join(share), "Tin cùng chuyên mục", *more, *foot]
    return p, text_of(p, False, False), url, section, a["author"], fur, iso(a)


def baohaugiang_evernote(a, n, tz):
    """Báo Hậu Giang (baohaugiang.com.vn, a provincial paper) CLIPPED INTO EVERNOTE ('Simplified
    article') and EXPORTED AS HTML: <meta name="exporter-version">, "created" and "source-url"
    metas; no OpenGraph, no JSON-LD; the <title> the note's title, '<headline> - Báo Hậu Giang'; the
    export's table above the note: 'Created:' with the clip's time (days after the article, in the
    US form '10/3/2020 9:12 PM'), 'Source:' with the address; the note's <h1> the note title (the
    headline and the site's name); the clip keeps the section line (the category), the date line
    'Thứ Năm, 01/10/2020, 08:15', the sapo italic, an <img> whose caption is an <em> line 'Ảnh:
    Internet', the paragraphs as <div>s (Evernote's ENML), the name bold right-aligned at the end;
    nothing after; LF, a BLANK line between blocks."""
    section = "Văn hóa - Văn nghệ"
    aid = 50000 + h(a["id"], "hg") % 40000
    url = f"https://baohaugiang.com.vn/{slug(section)}/{slug(a['title'])}-{aid}.html"
    clip = a["date"] + datetime.timedelta(days=2 + h(a["id"], "hg-clip") % 20)
    ch = 7 + h(a["id"], "hg-h") % 12
    created = f"{clip.month}/{clip.day}/{clip.year} {ch % 12 or 12}:{h(a['id'], 'hg-m') % 60:02d} {'AM' if ch < 12 else 'PM'}"
    note = f"{a['title']} - Báo Hậu Giang"
    when = f"{weekday(a)}, {dmy(a)}, {hm(a)}"
    cap = "Ảnh: Internet"
    p = Page()
    p.raw('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
          '<meta name="exporter-version" content="Evernote Windows/308091 (vi-VN, DDL); Windows/10.0.19041 (Win64);">\n'
          f'<meta name="created" content="{clip.isoformat()} {ch:02d}:{h(a["id"], "hg-m") % 60:02d}:00 +0700">\n'
          f'<meta name="source-url" content="{html.escape(url)}">\n'
          f"<title>{html.escape(note)}</title>\n</head>\n")
    p.raw('<body><table bgcolor="#D4DDE5" border="0"><tr><td><b>')
    p.el("span", "Created:")
    p.raw("</b></td><td><i>")
    p.el("span", created)
    p.raw(f'</i></td></tr><tr><td><b>')
    p.el("span", "Source:")
    p.raw(f'</b></td><td><a href="{html.escape(url)}"><i>')
    p.el("span", url)
    p.raw("</i></a></td></tr></table>")
    p.el("h1", note)
    p.raw(f'<div><div style="--en-clipped-content:article; --en-clipped-source-url:{html.escape(url)}; '
          f'--en-clipped-source-title:{html.escape(note)};">')
    p.el("div", section, 'style="color:#0d6d3a;font-weight:bold;"')
    p.el("div", when, 'style="color:#888;"')
    p.raw(f'<div><i>{html.escape(a["lead"], quote=False)}</i></div>')
    p.blocks.append(a["lead"])

    # the caption is an <em> inside a centred <div>
    def photo():
        p.raw(f'<div><img src="{aid}_files/Image.jpg" width="600" height="400"></div>'
              f'<div style="text-align:center;"><em>{html.escape(cap, quote=False)}</em></div>')
        p.blocks.append(cap)

    body(p, a, photo, para=lambda t: ("div", t))
    p.raw(f'<div style="text-align:right;"><b>{html.escape(a["author"], quote=False)}</b></div>')
    p.blocks.append(a["author"])
    p.raw("</div></div>\n</body>\n</html>\n")
    fur = ["Created:", created, "Source:", url, note, when, cap]
    return p, text_of(p, False, True), url, section, a["author"], fur, iso(a)


def baoninhthuan_reader(a, n, tz):
    """Báo Ninh Thuận (baoninhthuan.com.vn, a provincial paper) in CHROME'S SIMPLIFIED READING VIEW
    on Android, saved as a page: the '<!-- saved from url=(NNNN)chrome-distiller://...?url=... -->'
    comment (the only place the address is, percent-encoded); the distiller's own markup
    (<body class="light sans-serif">, <h1 id="title-holder">, <div id="content">, <p dir="auto">);
    NO metadata at all, the <title> the headline; the section and menus dropped (no category); the
    site's date line kept as a plain paragraph BEFORE THE SAPO, '01/10/2020 | 08:15'; the sapo a
    bold paragraph; a <figure> with its <figcaption> 'Ảnh: Internet'; the name bold at the end; the
    view's own footer 'Xem bản gốc'; LF, one block a line."""
    section = None
    aid = 120000 + h(a["id"], "nt") % 60000
    url = f"https://baoninhthuan.com.vn/news/{aid}p{n + 23}c{150 + n}/{slug(a['title'])}.htm"
    from urllib.parse import quote
    distilled = f"chrome-distiller://{h(a['id'], 'nt-d') % 16 ** 8:08x}_{h(url, 'nt-k') % 16 ** 8:08x}/?url={quote(url, safe='')}"
    when = f"{dmy(a)} | {hm(a)}"
    cap = "Ảnh: Internet"
    p = Page()
    p.raw(f"<!DOCTYPE html>\n<!-- saved from url=({len(distilled):04d}){distilled} -->\n"
          '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
          '<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1, maximum-scale=1, user-scalable=no">'
          f"<title>{html.escape(a['title'])}</title>"
          '<link rel="stylesheet" href="chrome://dom-distiller/dom_distiller_viewer.css"></head>\n')
    p.raw('<body class="light sans-serif"><div id="top-toolbar" hidden></div><div id="content">'
          '<article><header>')
    p.el("h1", a["title"], 'dir="auto" id="title-holder"')
    p.raw('</header><div id="content" dir="auto">')
    p.el("p", when, 'dir="auto"')
    p.raw(f'<p dir="auto"><strong>{html.escape(a["lead"], quote=False)}</strong></p>')
    p.blocks.append(a["lead"])

    def photo():
        p.raw(f'<figure><img src="https://baoninhthuan.com.vn/dataimages/{a["date"].year}{a["date"].month:02d}/original/images{aid}_a1.jpg">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    body(p, a, photo, para=lambda t: ("p", t, 'dir="auto"'))
    p.raw(f'<p dir="auto"><strong>{html.escape(a["author"], quote=False)}</strong></p>')
    p.blocks.append(a["author"])
    p.raw('</div></article></div><div id="loading-indicator" class="hidden"></div>')
    p.el("a", "Xem bản gốc", f'id="view-original" href="{html.escape(url)}"')
    p.raw("\n</body></html>\n")
    fur = [when, cap, "Xem bản gốc"]
    return p, text_of(p, False, False), url, section, a["author"], fur, iso(a)


def word_wrap(s):
    """Word's HTML breaks a paragraph's source at about 76 columns (the browser joins the lines)."""
    return "\n".join(textwrap.wrap(html.escape(s, quote=False), 76, break_long_words=False,
                                   break_on_hyphens=False))


def soldtbxh_travinh_word(a, n, tz):
    """A PRESS RELEASE of Sở LĐ-TB&XH tỉnh Trà Vinh written in MICROSOFT WORD and put on the site as
    Word's own HTML ('Web Page', .htm): the Office namespaces, <meta name=Generator content="Microsoft
    Word 15">, the document properties in an <xml> block inside a conditional comment (an Author who
    is the clerk, a Created date), MsoNormal paragraphs with <span lang=VI> and <o:p>, SOURCE LINES
    BROKEN inside a paragraph, unquoted attributes; NO OpenGraph, no JSON-LD; the <title> Word's
    (the first words of the document, 'UBND TỈNH TRÀ VINH'); the ADMINISTRATIVE HEADER TABLE (the
    authority and 'Số: 45/TCBC-SLĐTBXH' left, the national motto and 'Trà Vinh, ngày 12 tháng 3
    năm 2019' right: the date, NO HOUR, the label gives the day); 'THÔNG CÁO BÁO CHÍ' then the
    headline, both bold centred (no <h1>); the sapo italic; the paragraphs indented; after them
    'Nơi nhận:' with its list and the SIGNATURE BLOCK 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '(Đã ký)',
    the name (the label's author); no category; CRLF, one block a line."""
    section = None
    no = 20 + h(a["id"], "tv-no") % 160
    url = f"https://soldtbxh.travinh.gov.vn/Upload/TCBC/{a['date'].year}/TCBC-{no}-{a['date'].year}.htm"
    d = a["date"]
    place = f"Trà Vinh, ngày {d.day} tháng {d.month} năm {d.year}"
    number = f"Số: {no}/TCBC-SLĐTBXH"
    signer = f"{SURNAMES[h(a['id'], 'tv-s') % 8]} {a['author']}"
    clerk = "Văn phòng Sở"
    span = "<span lang=VI style='font-size:14.0pt;line-height:115%;font-family:\"Times New Roman\",serif'>"
    p = Page()
    p.raw("<html xmlns:v=\"urn:schemas-microsoft-com:vml\"\nxmlns:o=\"urn:schemas-microsoft-com:office:office\"\n"
          "xmlns:w=\"urn:schemas-microsoft-com:office:word\"\nxmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\"\n"
          "xmlns=\"http://www.w3.org/TR/REC-html40\">\n\n<head>\n"
          "<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n"
          "<meta name=ProgId content=Word.Document>\n<meta name=Generator content=\"Microsoft Word 15\">\n"
          "<meta name=Originator content=\"Microsoft Word 15\">\n"
          f"<link rel=File-List href=\"TCBC-{no}-{d.year}_files/filelist.xml\">\n"
          "<title>UBND TỈNH TRÀ VINH</title>\n<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n"
          f"  <o:Author>{clerk}</o:Author>\n  <o:LastAuthor>{clerk}</o:LastAuthor>\n  <o:Revision>3</o:Revision>\n"
          f"  <o:Created>{(d - datetime.timedelta(days=1)).isoformat()}T02:11:00Z</o:Created>\n"
          "  <o:Pages>2</o:Pages>\n  <o:Company>SLDTBXH</o:Company>\n  <o:Version>16.00</o:Version>\n"
          " </o:DocumentProperties>\n</xml><![endif]-->\n<style>\n<!--\n p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
          "\t{mso-style-unhide:no;margin-top:0cm;margin-right:0cm;margin-bottom:6.0pt;margin-left:0cm;\n"
          "\tline-height:115%;font-size:14.0pt;font-family:\"Times New Roman\",serif;}\n"
          "@page WordSection1\n\t{size:595.3pt 841.9pt;margin:2.0cm 2.0cm 2.0cm 3.0cm;}\n"
          "div.WordSection1\n\t{page:WordSection1;}\n-->\n</style>\n</head>\n\n"
          "<body lang=EN-US style='tab-interval:36.0pt;word-wrap:break-word'>\n\n<div class=WordSection1>\n\n")

    def cell(lines, width, bold_from=0):
        p.raw(f"<td width={width} valign=top style='width:{width * 0.75:.1f}pt;padding:0cm 5.4pt 0cm 5.4pt'>\n")
        for i, (t, b, it) in enumerate(lines):
            inner = html.escape(t, quote=False)
            if b:
                inner = f"<b>{inner}</b>"
            if it:
                inner = f"<i>{inner}</i>"
            p.raw(f"<p class=MsoNormal align=center style='text-align:center'>{span}{inner}<o:p></o:p></span></p>\n")
            p.blocks.append(t)
        p.raw("</td>\n")

    p.raw("<table class=MsoTableGrid border=0 cellspacing=0 cellpadding=0\n style='border-collapse:collapse;border:none'>\n<tr>\n")
    cell([("UBND TỈNH TRÀ VINH", False, False), ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", True, False),
          (number, False, False)], 250)
    cell([("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
          (place, False, True)], 370)
    p.raw("</tr>\n</table>\n\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n\n")
    p.raw(f"<p class=MsoNormal align=center style='text-align:center'><b>{span}THÔNG CÁO BÁO CHÍ<o:p></o:p></span></b></p>\n")
    p.blocks.append("THÔNG CÁO BÁO CHÍ")
    p.raw(f"<p class=MsoNormal align=center style='text-align:center'><b>{span}{word_wrap(a['title'])}<o:p></o:p></span></b></p>\n\n")
    p.blocks.append(a["title"])
    p.raw(f"<p class=MsoNormal style='text-align:justify;text-indent:36.0pt'><i>{span}{word_wrap(a['lead'])}<o:p></o:p></span></i></p>\n\n")
    p.blocks.append(a["lead"])
    for t in a["paras"]:
        p.raw(f"<p class=MsoNormal style='text-align:justify;text-indent:36.0pt'>{span}{word_wrap(t)}<o:p></o:p></span></p>\n\n")
        p.blocks.append(t)
    p.raw("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n\n")
    p.raw("<table class=MsoTableGrid border=0 cellspacing=0 cellpadding=0\n style='border-collapse:collapse;border:none'>\n<tr>\n")
    recv = ["Nơi nhận:", "- Các cơ quan báo chí;", "- Ban Giám đốc Sở;", "- Lưu: VT, VP."]
    p.raw("<td width=290 valign=top style='width:217.5pt;padding:0cm 5.4pt 0cm 5.4pt'>\n")
    for i, t in enumerate(recv):
        inner = f"<b><i>{html.escape(t, quote=False)}</i></b>" if i == 0 else html.escape(t, quote=False)
        p.raw(f"<p class=MsoNormal style='margin-bottom:0cm'><span lang=VI style='font-size:11.0pt'>{inner}<o:p></o:p></span></p>\n")
        p.blocks.append(t)
    p.raw("</td>\n")
    sign = [("KT. GIÁM ĐỐC", True, False), ("PHÓ GIÁM ĐỐC", True, False), ("(Đã ký)", False, True),
            (signer, True, False)]
    cell(sign, 330)
    p.raw("</tr>\n</table>\n\n</div>\n\n</body>\n\n</html>\n")
    fur = ["UBND TỈNH TRÀ VINH", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", number,
           "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", place, "THÔNG CÁO BÁO CHÍ",
           *recv, "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)"]
    return p, text_of(p, False, False, "\r\n"), url, section, signer, fur, day_only(a)


def ulsa_moodle(a, n, tz):
    """A NEWS FORUM POST on the MOODLE (3.x, Boost theme) of Trường Đại học Lao động - Xã hội
    (elearning.ulsa.edu.vn): no OpenGraph, no JSON-LD; the <title> 'ULSA E-learning: Tin tức của
    trang: <headline>'; the navbar trail 'Trang chủ / Tin tức của trang / <headline>' (the forum,
    the category); the forum name an <h2>; the discussion navigation; the post's subject an <h3>
    (no <h1> holds the headline: the <h1> is the site's name); the post header 'bởi <full name> -
    Thứ ba, 12 Tháng ba 2019, 08:15 AM' (Moodle's Vietnamese date, a 12-HOUR CLOCK with AM/PM; the
    label is the name); the lead the post's bold first paragraph; the post's own links 'Liên kết
    cố định' 'Trả lời'; the older and newer discussions '◄ <title>' '<title> ►'; a 'Tin tức mới'
    block; the login footer 'Bạn chưa đăng nhập. (Đăng nhập)'; LF, a BLANK line between blocks,
    menus one line."""
    forum = "Tin tức của trang"
    did = 300 + h(a["id"], "ulsa") % 900
    url = f"https://elearning.ulsa.edu.vn/mod/forum/discuss.php?d={did}"
    poster = f"{SURNAMES[h(a['id'], 'ulsa-s') % 8]} {a['author']}"
    d = a["date"]
    hh, mm = a["time"]
    when = (f"{MOODLE_DAYS[d.weekday()]}, {d.day:02d} {MOODLE_MONTHS[d.month - 1]} {d.year}, "
            f"{(hh % 12 or 12):02d}:{mm:02d} {'AM' if hh < 12 else 'PM'}")
    header = f"bởi {poster} - {when}"
    p = Page()
    p.raw(head(f"ULSA E-learning: {forum}: {a['title']}",
               '<meta name="keywords" content="moodle, ULSA E-learning: Tin tức của trang">\n'
               '<link rel="shortcut icon" href="https://elearning.ulsa.edu.vn/theme/image.php/boost/theme/1552358731/favicon">\n'))
    p.raw(f'<body id="page-mod-forum-discuss" class="format-site path-mod path-mod-forum chrome dir-ltr lang-vi '
          f'yui-skin-sam yui3-skin-sam elearning-ulsa-edu-vn pagelayout-incourse course-1 context-{2000 + did} cmid-2 '
          f'notloggedin"><div id="page-wrapper"><nav class="fixed-top navbar navbar-light bg-white navbar-expand moodle-has-zindex">')
    p.el("span", "ULSA E-learning", 'class="site-name d-none d-md-inline"')
    nav = ["Trang chủ", "Khóa học", "Hướng dẫn", "Tiếng Việt (vi)"]
    p.group(('<ul class="navbar-nav">', "</ul>"), '<li class="nav-item"><a class="nav-link" href="#">{t}</a></li>', nav, " ")
    p.raw('</nav><div id="page" class="container-fluid"><header id="page-header" class="row"><div class="col-12 pt-3 pb-3"><div class="card"><div class="card-body">')
    p.el("h1", "Trường Đại học Lao động - Xã hội - Hệ thống học tập trực tuyến")
    trail(p, ('<div id="page-navbar"><nav role="navigation" aria-label="Thanh điều hướng"><ol class="breadcrumb">', "</ol></nav></div>"),
          '<li class="breadcrumb-item"><a href="#">{t}</a></li>', ["Trang chủ", forum, a["title"]], " / ")
    p.raw('</div></div></div></header><div id="page-content" class="row"><div id="region-main-box" class="col-12">'
          '<section id="region-main"><div role="main"><span id="maincontent"></span>')
    p.el("h2", forum)
    older, newer = tz[0], tz[1]
    p.raw('<div class="discussion-nav clearfix"><ul>')
    p.el("li", f"◄ {older}", 'class="prev-discussion"')
    p.el("li", f"{newer} ►", 'class="next-discussion"')
    p.raw("</ul></div>")
    p.raw(f'<div id="p{did * 3}" class="forumpost clearfix firstpost starter" role="region" aria-label="{html.escape(a["title"])} bởi {html.escape(poster)}">'
          '<div class="row header clearfix"><div class="left picture"><img src="https://elearning.ulsa.edu.vn/theme/image.php/boost/core/1552358731/u/f2" class="userpicture defaultuserpic" width="35" height="35" alt=""></div>'
          '<div class="topic firstpost starter">')
    p.el("div", a["title"], 'class="subject" role="heading" aria-level="2"')
    p.raw(f'<div class="author" role="heading" aria-level="2">bởi <a href="https://elearning.ulsa.edu.vn/user/view.php?id={40 + did % 50}&amp;course=1">'
          f'{html.escape(poster, quote=False)}</a> - {html.escape(when, quote=False)}</div></div></div>')
    p.blocks.append(header)
    p.raw('<div class="row maincontent clearfix"><div class="left"><div class="grouppictures">&nbsp;</div></div>'
          '<div class="no-overflow"><div class="content"><div class="posting fullpost">')
    p.raw(f'<p dir="ltr" style="text-align: justify;"><strong>{html.escape(a["lead"], quote=False)}</strong></p>')
    p.blocks.append(a["lead"])
    body(p, a, para=lambda t: ("p", t, 'dir="ltr" style="text-align: justify;"'))
    p.raw("</div></div></div></div>")
    links = ["Liên kết cố định", "Trả lời"]
    p.group(('<div class="row side"><div class="options clearfix"><div class="commands">', "</div></div></div></div>"),
            f'<a href="{url}#p{did * 3}">{{t}}</a>', links, " | ")
    p.raw('<div class="discussion-nav clearfix"><ul>')
    p.el("li", f"◄ {older}", 'class="prev-discussion"')
    p.el("li", f"{newer} ►", 'class="next-discussion"')
    p.raw("</ul></div></div></section>")
    p.raw('<section data-region="blocks-column" class="d-print-none"><aside id="block-region-side-pre" class="block-region">'
          '<section class="block_news_items block card mb-3"><div class="card-body p-3">')
    p.el("h5", "Tin tức mới", 'class="card-title d-inline"')
    news = []
    for i, t in enumerate(tz[2:5]):
        nd = d - datetime.timedelta(days=3 + 4 * i + h(t, "ulsa-n") % 3)
        news.append(f"{nd.day} Thg {nd.month}, {(7 + i) % 12 or 12}:{h(t, 'ulsa-m') % 60:02d} AM")
        news.append(t)
    p.group(('<ul class="unlist">', "</ul>"), '<li class="post">{t}</li>', news, "\n")
    p.el("div", "Các chủ đề cũ...", 'class="footer"')
    p.raw("</div></section></aside></section></div></div></div>")
    foot = ["Bạn chưa đăng nhập. (Đăng nhập)", "Trang chủ", "Tải ứng dụng di động"]
    footer(p, foot, ('<footer id="page-footer" class="py-3 bg-dark text-light"><div class="container">', "</div></footer></div>"), "div")
    fur = [header, when, "Liên kết cố định", f"◄ {older}", f"{newer} ►", "Tin tức mới", *tz[2:5],
           "Các chủ đề cũ...", "Bạn chưa đăng nhập. (Đăng nhập)", "Tải ứng dụng di động"]
    return p, text_of(p, False, True), url, forum, poster, fur, iso(a)


def ldld_cuchi_googlesites(a, n, tz):
    """A news page of Liên đoàn Lao động huyện Củ Chi on the NEW GOOGLE SITES
    (sites.google.com/view/ldld-cuchi/...): Google's obfuscated classes, every text a <span> in a
    <p dir="ltr">; og:title, og:description ('Trang tin của Công đoàn huyện Củ Chi', not the
    lead), og:url and og:type website (NO time); the <title> 'LĐLĐ huyện Củ Chi - <page name>', the
    page's SHORT NAME from the navigation ('Bản tin số 7/2019'), not the headline; the header banner
    the page name again; navigation one item a line (Trang chủ, Giới thiệu, Tin tức with its
    sub-pages, Văn bản, Liên hệ); no category; the headline a text box in 'Tiêu đề' style (an
    <h2>); a TYPED DATE LINE 'Ngày đăng: 12/03/2019' (no hour: the label gives the day); the sapo
    bold; an image with a typed caption '(Ảnh minh họa)'; the paragraphs; the credit typed at the
    end 'Tin, ảnh: <name>' (the label is the name); Google's footer 'Google Sites', 'Báo cáo lạm
    dụng', 'Chi tiết trang', 'Đã cập nhật trang'; LF, one block a line, menus ONE ITEM A LINE."""
    page_name = f"Bản tin số {n + 4 + h(a['id'], 'cc-no') % 8}/{a['date'].year}"
    url = f"https://sites.google.com/view/ldld-cuchi/tin-tuc/{slug(page_name)}"
    typed = f"Ngày đăng: {dmy(a)}"
    cap = "(Ảnh minh họa)"
    credit = f"Tin, ảnh: {a['author']}"
    desc = "Trang tin của Công đoàn huyện Củ Chi"
    meta = (f'<meta property="og:title" content="{html.escape(page_name)}">\n'
            '<meta property="og:type" content="website">\n'
            f'<meta property="og:url" content="{html.escape(url)}">\n'
            f'<meta property="og:description" content="{desc}">\n'
            f'<meta itemprop="name" content="{html.escape(page_name)}">\n'
            f'<meta itemprop="description" content="{desc}">\n'
            '<meta name="referrer" content="strict-origin-when-cross-origin">\n')
    p = Page()
    p.raw(head(f"LĐLĐ huyện Củ Chi - {page_name}", meta))
    p.raw('<body dir="ltr" itemscope itemtype="http://schema.org/WebPage" id="yDmH0d" css="yDmH0d">'
          '<div jscontroller="pc62j" jsmodel="iTeaXe" jsaction="rcuQ6b:WYd;" class="Fx4vi wHaque GG5h2e">'
          '<div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1"><div class="hUphyc"><div class="tyJCtd baZpAe">')
    p.el("div", "LĐLĐ huyện Củ Chi", 'class="Zjiec oNsfjf"')
    nav = ["Trang chủ", "Giới thiệu", "Tin tức", "Bản tin số 1/2019", page_name, "Văn bản", "Liên hệ"]
    p.group(('<nav class="JzO0Vc" role="navigation"><ul role="list" class="jYxBte Fpy8Db">', "</ul></nav>"),
            '<li jsname="ibnC6b" class="VsJjtf"><div class="PsKE7e qV4dIc Qrrb5 YSH9J"><a class="aJHbb dk90Ob hDrhEe HlqNPb" href="#">{t}</a></div></li>',
            nav, " ")
    p.raw('</div></div><div role="main" tabindex="-1" class="UtePc RCETm" dir="ltr">'
          '<section id="h.INITIAL_GRID.banner" class="yaqOZd LB7kq cJgDec nyKByd O13XJf KEFykf"><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc">')
    p.el("h1", page_name, f'id="h.{h(page_name, "cc") % 16 ** 12:012x}" dir="ltr" class="zfr3Q duRjpb CDt4Ke"')
    p.raw('</div></div></section><section class="yaqOZd"><div class="IFuOkc"></div><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb">'
          '<div class="JNdkSc-SmKAyb LkDMRd"><div class="tyJCtd mGzaTb Depvyb baZpAe">')

    def gp(t, cls="zfr3Q CDt4Ke", inner=None, style=""):
        st = f' style="{style}"' if style else ""
        body_html = inner if inner is not None else f'<span class="C9DxTc ">{html.escape(t, quote=False)}</span>'
        p.raw(f'<p dir="ltr" class="{cls}"{st}>{body_html}</p>')
        p.blocks.append(t)

    p.raw(f'<h2 id="h.{h(a["title"], "cc") % 16 ** 12:012x}" dir="ltr" class="zfr3Q OmQG5e CDt4Ke"><span class="C9DxTc aw5Odc">'
          f'{html.escape(a["title"], quote=False)}</span></h2>')
    p.blocks.append(a["title"])
    gp(typed, inner=f'<span class="C9DxTc " style="font-style: italic;">{html.escape(typed, quote=False)}</span>')
    gp(a["lead"], style="text-align: justify;",
       inner=f'<span class="C9DxTc " style="font-weight: 700;">{html.escape(a["lead"], quote=False)}</span>')
    p.raw('</div></div></div></div></div></section><section class="yaqOZd"><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc">'
          f'<div class="t3iYD"><img src="https://lh3.googleusercontent.com/{"".join(B62[h(a["id"], "cc-i", str(i)) % 62] for i in range(40))}=w1280" class="CENy8b" role="img"></div>')
    gp(cap, style="text-align: center;", inner=f'<span class="C9DxTc " style="font-style: italic;">{cap}</span>')
    p.raw('<div class="tyJCtd mGzaTb Depvyb baZpAe">')
    for t in a["paras"]:
        gp(t, style="text-align: justify;")
    gp(credit, style="text-align: right;",
       inner=f'<span class="C9DxTc " style="font-weight: 700; font-style: italic;">{html.escape(credit, quote=False)}</span>')
    p.raw("</div></div></div></section></div>")
    foot = ["Google Sites", "Báo cáo lạm dụng", "Chi tiết trang", "Đã cập nhật trang"]
    p.group(('<div class="dZA9kd ynRLnc" data-last-updated-at-time="" role="contentinfo">', "</div>"),
            '<span class="VsJjtf">{t}</span>', foot, " ")
    p.raw("</div></div>\n</body>\n</html>\n")
    fur = [page_name, "LĐLĐ huyện Củ Chi", typed, cap, credit, *foot]
    return p, text_of(p, True, False), url, None, a["author"], fur, day_only(a)

# ---------------------------------------------------------------- plan and output

TEMPLATES = {"baoquangtri-singlefile": baoquangtri_singlefile, "baohaugiang-evernote": baohaugiang_evernote,
             "baoninhthuan-reader": baoninhthuan_reader, "soldtbxh-travinh-word": soldtbxh_travinh_word,
             "ulsa-moodle": ulsa_moodle, "ldld-cuchi-googlesites": ldld_cuchi_googlesites}


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
            for f in fur:  # furniture must be checkable: never a substring of the article itself
                assert f and f not in article_text, (site, n, f)
                assert f in text.replace("\r\n", "\n"), (site, n, f)  # and really printed
            for t in [a["title"], a["lead"], *a["paras"]]:
                assert t in text, (site, n, t[:40])
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


if __name__ == "__main__":
    main()
