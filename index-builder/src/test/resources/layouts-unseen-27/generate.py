"""Builds the twenty-seventh unseen page-layout set: 18 real corpus articles laid out as six
NEWSPAPERS' OWN DESKTOP ARTICLE PAGES that no earlier set uses, each page as HTML and as the
visible text a scraper saves from it, with labels: two provincial papers (Báo Cao Bằng: the trail
'Trang chủ » ...', the date under the title, the sapo an <h2>, 'Bài liên quan' inside the body,
CRLF with menus one item a line; Báo Đồng Tháp: the BYLINE BEFORE THE BODY 'Bài, ảnh: <name>',
the date line above the title, an OpenGraph block without a time, the site's name BEFORE the
headline in the <title>), a sector paper (Báo Khoa học & Phát triển, of the Ministry of Science
and Technology: the time before the date, an og:title that is not the headline, the name and a
SOURCE LINE 'Theo Dân trí' after the body), a mass organisation's paper (Thiếu niên Tiền phong và
Nhi đồng, of the Hồ Chí Minh Young Pioneers: the date and the time under the title with the views,
an italic sapo, the name as '<name> (T/h)'), an association's paper (Môi trường và Cuộc sống: no
OpenGraph and no JSON-LD, a canonical link, the date line above the title, a 'Xem thêm:' link
inside the body) and an online-only magazine (Giáo dục Việt Nam, giaoduc.net.vn: JSON-LD only, no
OpenGraph, the author's box with the date before the body, tags with '#').

  python3 index-builder/src/test/resources/layouts-unseen-27/generate.py   # from the repository root

Reads ../shared/corpus (beside the repository; VNNEWS_CORPUS names another folder). Writes,
beside this script:
  <site>/<n>.html   the page as the site serves it
  <site>/<n>.txt    its visible text, saved with that site's scraper convention (see the README)
  labels.jsonl      one line per page, the schema of ../layouts-opened-25/labels.jsonl,
                    "half": "unseen"

Written from what the real sites look like, without reading the extractor's rules and never tuned
on. Labels come from the corpus article's fields and from what the template prints. The articles
are named below (ARTICLES), not searched for at run time; they were picked at ODD 1-based line
numbers of their corpus files. The article, paragraph, date and page plumbing is the twenty-fifth
set's (../layouts-opened-25/generate.py), unchanged but for the teaser order's salt; a few of its
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
# every labels.jsonl under ../layout*/), each at an odd line of its corpus file. dantri: nine
# (UNSIGNED: the corpus keeps no byline; the site prints a reporter's name from a hash) whose
# corpus title is a real headline (the 2021 crawl often keeps a caption or a subheading there:
# those were passed over), a lead of 20 words or more that does not open with dantri's 'Dân trí'
# tag, five or more body paragraphs. vietnews-labour: a title without quotes, a lead of 18 words
# or more, 16 or more usable sentences. The two marked (A) report a signing, and the signing is
# printed on the page.
ARTICLES = {
    "baocaobang": ["vietnews-train-061642",  # (A) 'UBND xã Thạch Châu vẫn đứng ra ký hợp đồng'
                   "vietnews-test-020701", "vietnews-train-013894"],
    "baodongthap": ["vietnews-val-016399",  # (A) 'để thoả thuận ký kết những hợp đồng dạy nghề'
                    "vietnews-train-015745", "vietnews-train-093737"],
    "khoahocphattrien": ["dantri-news_science_199", "dantri-news_tech_184", "dantri-news_tech_228"],
    "thieunien": ["dantri-news_entertainment_014", "dantri-news_tech_080", "dantri-news_tech_078"],
    "moitruong": ["dantri-news_travel_251", "dantri-news_tech_076", "dantri-news_health_266"],
    "giaoducvn": ["vietnews-test-015774", "vietnews-train-073283", "vietnews-train-021872"],
}
STORY_PARAS = {}
LABOUR_PARAS = {}
AGREEMENTS = {"vietnews-train-061642", "vietnews-val-016399"}
UNSIGNED = {i for s in ("khoahocphattrien", "thieunien", "moitruong") for i in ARTICLES[s]}
# labour pages whose text (or the event it reports) fixes the date the hashed rule would miss, read
# by hand on the pages' own text BEFORE the one extractor run: KL Texwell Vina's wages paid 'ngày
# 10-2' and 'vào ngày mai 11-2', before Tết (10 February 2018); the union's workshop on the draft
# Labour Code (retirement at 60, sexual harassment) 'ngày 15-5' (16 May 2019, the draft of 2019);
# the early-retirement list explained 'Chiều 6/8' and due 'tháng 9/2019' (7 August 2019); China Labor
# Watch's report 'ngay trước' Apple's launch 'ngày 10-9' (9 September 2019); the vocational
# training department's plans for 'năm 2019' (printed in 2019). The other four keep the rule's date (WorldSkills
# Kazan 2019's page, whose experts are 'đang có mặt' at the contests of 23 to 26 August, keeps the
# rule's 23 August 2019).
PRINTED_IN = {"vietnews-train-073283": (2019, None)}
PRINTED_ON = {"vietnews-train-013894": datetime.date(2018, 2, 10),
              "vietnews-train-015745": datetime.date(2019, 5, 16),
              "vietnews-train-093737": datetime.date(2019, 8, 7),
              "vietnews-train-021872": datetime.date(2019, 9, 9)}
PRINTED_AT = {}
# Every id the other layout sets name (the "id" of every labels.jsonl under ../layout*/, this set
# excluded: 525 ids): teasers never come from these, and an article named above must not be one.
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
    "vietnews-train-019113",
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
    teasers = sorted(set(teasers), key=lambda t: h(t, "teaser27"))
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





def baocaobang(a, n, tz):
    """Báo Cao Bằng (baocaobang.vn, a provincial paper): OpenGraph with article:published_time and
    article:section, JSON-LD NewsArticle with author; the <title> adding ' - Báo Cao Bằng'; the
    trail 'Trang chủ » <group> » <section>' (the category, last); the <h1>; the DATE UNDER THE
    TITLE 'Thứ Ba, 12/03/2019 - 08:15'; the sapo an <h2 class="sapo">; a <figure> with the corpus
    caption or 'Ảnh minh họa'; a 'Bài liên quan' box INSIDE the body after the third paragraph;
    the name bold right-aligned at the end; 'Từ khóa:' one line; 'Tin khác' with '(dd/mm)';
    CRLF, one block a line, menus ONE ITEM A LINE."""
    group = ["Kinh tế", "Xã hội", "Xã hội"][n - 1]
    section = ["Đầu tư", "Lao động - Việc làm", "Lao động - Việc làm"][n - 1]
    aid = 120000 + h(a["id"], "cb") % 70000
    url = f"https://baocaobang.vn/{slug(a['title'])}-{aid}.html"
    when = f"{weekday(a)}, {dmy(a)} - {hm(a)}"
    cap = a["caption"] or "Ảnh minh họa"
    tags = "Từ khóa: " + ", ".join(["lao động", "việc làm", "đời sống"])
    meta = og(a, url, "Báo Cao Bằng", section=section) + jsonld({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
        "datePublished": iso(a), "dateModified": iso(a), "articleSection": section,
        "author": {"@type": "Person", "name": a["author"]},
        "publisher": {"@type": "Organization", "name": "Báo Cao Bằng"},
        "mainEntityOfPage": url})
    p = Page()
    p.raw(head(f"{a['title']} - Báo Cao Bằng", meta))
    p.raw('<body><div id="header"><a href="/"><img src="/Content/images/logo-cb.png" alt="Báo Cao Bằng"></a></div>')
    menu = ["Trang chủ", "Thời sự", "Kinh tế", "Xã hội", "Văn hóa", "Quốc phòng - An ninh", "Cao Bằng ngày mới"]
    p.group(('<ul class="mainmenu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('<div class="container"><div class="col-main">')
    trail(p, ('<div class="breadcrumb">', "</div>"), '<a href="#">{t}</a>',
          ["Trang chủ", group, section], " » ")
    p.el("h1", a["title"], 'class="article-title"')
    p.el("div", when, 'class="article-date"')
    p.el("h2", a["lead"], 'class="sapo"')
    p.raw('<div class="article-body">')
    rel = tz[:2]

    def photo():
        p.raw(f'<figure class="image"><img src="https://baocaobang.vn/Uploads/images/{aid}.jpg" alt="">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    def inline():
        p.raw('<div class="box-related">')
        p.el("p", "Bài liên quan", 'class="title"')
        p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', rel, "\n")
        p.raw("</div>")

    body(p, a, photo, inline, at=2)
    byline_p(p, a["author"], "strong")
    p.raw("</div>")
    p.el("div", tags, 'class="tags"')
    more = teaser_dated(tz[2:6], a, "cb", "{t} ({d})")
    more = [re.sub(r"/\d{4}\)$", ")", t) for t in more]
    related_div(p, "other-news", "Tin khác", more, "h3")
    p.raw("</div></div>")
    foot = ["Báo Cao Bằng - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Cao Bằng",
            "Địa chỉ: Số 2 Hoàng Đình Giong, TP. Cao Bằng",
            "Giấy phép số 212/GP-BTTTT"]
    footer(p, foot, ('<div id="footer">', "</div>"), "p")
    fur = [when, tags, "Bài liên quan", *rel, "Tin khác", *more, *foot]
    if not a["caption"]:
        fur.append(cap)
    return p, text_of(p, True, False, "\r\n"), url, section, a["author"], fur


def baodongthap(a, n, tz):
    """Báo Đồng Tháp (baodongthap.vn, a provincial paper): OpenGraph WITHOUT a time (no
    article:published_time), no JSON-LD; the <title> with the site's name BEFORE the headline
    ('Báo Đồng Tháp Online - <headline>'); the section a heading bar (the category); the DATE
    LINE ABOVE THE TITLE 'Cập nhật ngày: 12/03/2019 08:15'; the <h1>; the BYLINE BEFORE THE
    BODY 'Bài, ảnh: <name>' (the label is the name) under the title, then the sapo bold; a photo
    in a <table> with its caption; NO name at the end; 'Tin liên quan' after the body; 'Chia sẻ'
    and 'In bài'; 'Tin đọc nhiều' sidebar; LF, a BLANK line between blocks, menus one line."""
    section = ["Pháp luật", "Lao động - Việc làm", "Lao động - Việc làm"][n - 1]
    aid = 90000 + h(a["id"], "dt") % 60000
    url = f"https://baodongthap.vn/{slug(section)}/{slug(a['title'])}-{aid}.aspx"
    when = f"Cập nhật ngày: {dmy(a)} {hm(a)}"
    by = f"Bài, ảnh: {a['author']}"
    cap = a["caption"] or "Ảnh minh họa"
    p = Page()
    p.raw(head(f"Báo Đồng Tháp Online - {a['title']}", og(a, url, "Báo Đồng Tháp Online", published=False)
               + '<meta name="description" content="' + html.escape(a["lead"]) + '">\n'))
    p.raw('<body><div class="banner"><a href="/"><img src="/images/banner-bdt.jpg" alt="Báo Đồng Tháp"></a></div>')
    menu = ["Trang chủ", "Chính trị", "Kinh tế", "Xã hội", "Pháp luật", "Văn hóa - Văn nghệ", "Thể thao", "Đồng Tháp ngày mới"]
    p.group(('<div class="menu-top">', "</div>"), '<a href="#">{t}</a>', menu, " | ")
    p.raw('<div class="main-content"><div class="left-col">')
    p.el("div", section, 'class="title-cate"')
    p.el("div", when, 'class="ngaydang"')
    p.el("h1", a["title"], 'class="tieude"')
    p.raw('<div class="tacgia">Bài, ảnh: <b>' + html.escape(a["author"], quote=False) + "</b></div>")
    p.blocks.append(by)
    p.raw(f'<div class="tomtat"><b>{html.escape(a["lead"], quote=False)}</b></div>')
    p.blocks.append(a["lead"])
    p.raw('<div class="noidung">')

    def photo():
        p.raw(f'<table class="image" align="center"><tbody><tr><td><img src="/uploads/{a["date"].year}/{aid}.jpg"></td></tr><tr>')
        p.el("td", cap, 'class="image-caption"')
        p.raw("</tr></tbody></table>")

    body(p, a, photo)
    p.raw("</div>")
    p.group(('<div class="tools">', "</div>"), '<a href="#">{t}</a>', ["Chia sẻ", "In bài"], " ")
    rel = tz[:4]
    related_div(p, "tinlienquan", "Tin liên quan", rel, "h3")
    p.raw('</div><div class="right-col">')
    hot = tz[4:7]
    related_div(p, "docnhieu", "Tin đọc nhiều", hot, "h3")
    p.raw("</div></div>")
    foot = ["BÁO ĐỒNG THÁP ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Đồng Tháp",
            "Địa chỉ: Số 3 Đặng Văn Bình, Phường 1, TP. Cao Lãnh, Đồng Tháp",
            "Giấy phép số 56/GP-BTTTT"]
    footer(p, foot, ('<div class="footer">', "</div>"), "p")
    fur = [when, by, "Chia sẻ", "In bài", "Tin liên quan", *rel, "Tin đọc nhiều", *hot, *foot]
    if not a["caption"]:
        fur.append(cap)
    return p, text_of(p, False, True), url, section, a["author"], fur


def khoahocphattrien(a, n, tz):
    """Báo Khoa học & Phát triển (khoahocphattrien.vn, the Ministry of Science and Technology's
    paper): OpenGraph with article:published_time, its og:title NOT the headline ('<headline> -
    Khoa học & Phát triển'), JSON-LD NewsArticle with author; the <title> adding ' | Báo Khoa học
    và Phát triển'; the trail 'Khoa học / <section>' (the category, last); the <h1>; under the
    title the TIME BEFORE THE DATE '08:15 | Thứ Ba, 12/03/2019'; the sapo bold; an italic caption
    'Ảnh minh họa. Nguồn: Internet'; the name bold right-aligned at the end and a SOURCE LINE
    'Theo Dân trí' under it (the label is the name); 'Từ khóa' tags one item a line; 'Cùng
    chuyên mục'; LF, one block a line, menus one line."""
    section = ["Vũ trụ", "Công nghệ", "Công nghệ"][n - 1]
    aid = 21000 + h(a["id"], "khpt") % 9000
    url = f"https://khoahocphattrien.vn/{slug(section)}/{slug(a['title'])}/2021{aid}.html"
    when = f"{hm(a)} | {weekday(a)}, {dmy(a)}"
    cap = "Ảnh minh họa. Nguồn: Internet"
    source = "Theo Dân trí"
    social = f"{a['title']} - Khoa học & Phát triển"
    tags = ["khoa học", "công nghệ", section.lower()]
    meta = og(a, url, "Báo Khoa học & Phát triển", section=section).replace(
        f'content="{html.escape(a["title"])}"', f'content="{html.escape(social)}"', 1) + jsonld({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
        "datePublished": iso(a), "articleSection": section,
        "author": {"@type": "Person", "name": a["author"]},
        "publisher": {"@type": "Organization", "name": "Báo Khoa học & Phát triển"}})
    p = Page()
    p.raw(head(f"{a['title']} | Báo Khoa học và Phát triển", meta))
    p.raw('<body><header class="site-header"><a href="/"><img src="/images/logo-khpt.svg" alt="Khoa học & Phát triển"></a>')
    menu = ["Chính sách", "Khoa học", "Công nghệ", "Đổi mới sáng tạo", "Vũ trụ", "Môi trường", "Đời sống"]
    p.group(('<nav><ul class="menu">', "</ul></nav></header>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('<main class="detail">')
    trail(p, ('<div class="breadcrumbs">', "</div>"), '<a href="#">{t}</a>', ["Khoa học", section], " / ")
    p.el("h1", a["title"], 'class="detail__title"')
    p.raw(f'<div class="detail__meta"><span class="time">{hm(a)}</span> | '
          f'<span class="date">{weekday(a)}, {dmy(a)}</span></div>')
    p.blocks.append(when)
    p.raw(f'<div class="detail__sapo"><strong>{html.escape(a["lead"], quote=False)}</strong></div>')
    p.blocks.append(a["lead"])
    p.raw('<div class="detail__content">')

    def photo():
        p.raw(f'<figure class="expNoEdit"><img src="https://khoahocphattrien.vn/Images/Uploaded/Share/2021/{aid}.jpg">')
        p.raw(f"<figcaption><em>{html.escape(cap, quote=False)}</em></figcaption></figure>")
        p.blocks.append(cap)

    body(p, a, photo)
    byline_p(p, a["author"], "strong")
    p.el("p", source, 'class="source" style="text-align: right;"')
    p.raw("</div>")
    p.raw('<div class="detail__tags">')
    p.el("span", "Từ khóa")
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tags, "\n")
    p.raw("</div>")
    more = tz[:5]
    related_div(p, "same-cate", "Cùng chuyên mục", more, "h3")
    p.raw("</main>")
    foot = ["Báo Khoa học & Phát triển - Cơ quan của Bộ Khoa học và Công nghệ",
            "Tòa soạn: 70 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội",
            "Giấy phép số 249/GP-BTTTT"]
    footer(p, foot, ('<footer class="site-footer">', "</footer>"), "p")
    fur = [when, cap, source, "Từ khóa", "Cùng chuyên mục", *more, *foot]  # the tags are words of the text
    return p, text_of(p, False, False), url, section, a["author"], fur


def thieunien(a, n, tz):
    """Thiếu niên Tiền phong và Nhi đồng (thieunien.vn, the Hồ Chí Minh Young Pioneers' paper):
    OpenGraph with article:published_time and its og:title NOT the headline ('<headline> |
    Thiếu niên Tiền phong và Nhi đồng'), JSON-LD NewsArticle; a BARE <title> (the headline
    alone); the section a single link over the title (the category); the <h1>; under the title
    the DATE, THE TIME AND THE VIEWS '12/03/2019 | 08:15 | 1234 lượt xem'; the sapo italic; a
    lazy image with a caption in a <p class="caption"> 'Ảnh minh họa'; the name at the end as
    '<name> (T/h)' (the label is the name); 'Bài viết cùng chủ đề' after the body; 'Xem thêm'
    sidebar; LF, a BLANK line between blocks, menus one line."""
    section = ["Văn hóa - Giải trí", "Cộng đồng", "Cộng đồng"][n - 1]
    aid = 300000 + h(a["id"], "tn") % 90000
    url = f"https://thieunien.vn/{slug(section)}/{slug(a['title'])}-{aid}.htm"
    views = 300 + h(a["id"], "tn-views") % 5000
    when = f"{dmy(a)} | {hm(a)} | {views} lượt xem"
    cap = "Ảnh minh họa"
    sign = f"{a['author']} (T/h)"
    social = f"{a['title']} | Thiếu niên Tiền phong và Nhi đồng"
    meta = og(a, url, "Thiếu niên Tiền phong và Nhi đồng", section=section).replace(
        f'content="{html.escape(a["title"])}"', f'content="{html.escape(social)}"', 1) + jsonld({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
        "datePublished": iso(a), "author": {"@type": "Person", "name": a["author"]},
        "publisher": {"@type": "Organization", "name": "Báo Thiếu niên Tiền phong và Nhi đồng"}})
    p = Page()
    p.raw(head(a["title"], meta))
    p.raw('<body><div class="header"><a href="/"><img src="/static/logo-tntp.png" alt="Thiếu niên Tiền phong và Nhi đồng"></a></div>')
    menu = ["Thời sự", "Giáo dục", "Cộng đồng", "Văn hóa - Giải trí", "Khám phá", "Đội ta", "Tuổi hồng"]
    p.group(('<ul class="nav">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('<div class="wrapper"><div class="main-col"><article class="article">')
    p.el("a", section, 'class="article-cate" href="#"')
    p.el("h1", a["title"], 'class="article-title"')
    p.raw(f'<div class="article-info"><span>{dmy(a)}</span> | <span>{hm(a)}</span> | '
          f'<span>{views} lượt xem</span></div>')
    p.blocks.append(when)
    p.raw(f'<div class="article-sapo"><em>{html.escape(a["lead"], quote=False)}</em></div>')
    p.blocks.append(a["lead"])
    p.raw('<div class="article-content">')

    def photo():
        p.raw(f'<p style="text-align:center"><img {LAZY} data-src="https://thieunien.vn/uploads/{aid}.jpg"></p>')
        p.el("p", cap, 'class="caption"')

    body(p, a, photo)
    p.el("p", sign, 'class="author" style="text-align: right;"')
    p.raw("</div></article>")
    rel = tz[:4]
    related_div(p, "same-topic", "Bài viết cùng chủ đề", rel, "h3")
    p.raw('</div><div class="side-col">')
    side = tz[4:7]
    related_div(p, "more", "Xem thêm", side, "h3")
    p.raw("</div></div>")
    foot = ["Báo Thiếu niên Tiền phong và Nhi đồng - Cơ quan của Trung ương Đoàn TNCS Hồ Chí Minh",
            "Tòa soạn: Số 5 Hòa Mã, Hai Bà Trưng, Hà Nội",
            "Giấy phép số 38/GP-BTTTT"]
    footer(p, foot, ('<div class="footer">', "</div>"), "p")
    fur = [when, cap, sign, "Bài viết cùng chủ đề", *rel, "Xem thêm", *side, *foot]
    return p, text_of(p, False, True), url, section, a["author"], fur


def moitruong(a, n, tz):
    """Môi trường và Cuộc sống (moitruong.net.vn, an association's paper): NO OpenGraph, no
    JSON-LD: a <meta name="description">, a <link rel="canonical"> (the label's url) and a
    <title> adding ' - Môi trường và Cuộc sống'; the trail 'Trang chủ > <section>' (the
    category, last); the DATE LINE ABOVE THE TITLE 'Thứ Bảy, 12/03/2019, 08:15 (GMT+7)'; the <h1>;
    the sapo bold in a <p class="lead">; a caption under the photo with its credit 'Ảnh minh họa.
    (Ảnh: Internet)'; a single 'Xem thêm: <title>' link INSIDE the body after the second
    paragraph; the name bold right-aligned at the end; 'Tags:' one line; 'Bình luận' with a form;
    'Tin mới'; LF, one block a line, menus one line."""
    section = ["Thế giới", "Đời sống", "Sức khỏe"][n - 1]
    aid = 50000 + h(a["id"], "mt") % 40000
    url = f"https://moitruong.net.vn/{slug(a['title'])}-{aid}.html"
    when = f"{weekday(a)}, {dmy(a)}, {hm(a)} (GMT+7)"
    cap = "Ảnh minh họa. (Ảnh: Internet)"
    see = f"Xem thêm: {tz[0]}"
    tags = "Tags: " + ", ".join(["môi trường", "cuộc sống", section.lower()])
    p = Page()
    p.raw(head(f"{a['title']} - Môi trường và Cuộc sống",
               f'<meta name="description" content="{html.escape(a["lead"])}">\n'
               f'<link rel="canonical" href="{html.escape(url)}">\n'))
    p.raw('<body><div id="wrapper"><div class="logo"><a href="/"><img src="/themes/mtcs/logo.png" alt="Môi trường và Cuộc sống"></a></div>')
    menu = ["Thời sự", "Môi trường", "Đời sống", "Sức khỏe", "Thế giới", "Pháp luật", "Bạn đọc"]
    p.group(('<ul id="menu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('<div id="main"><div class="node-article">')
    trail(p, ('<div class="breadcrumb">', "</div>"), '<a href="#">{t}</a>', ["Trang chủ", section], " > ")
    p.el("div", when, 'class="submitted"')
    p.el("h1", a["title"], 'class="page-title"')
    p.raw(f'<p class="lead"><b>{html.escape(a["lead"], quote=False)}</b></p>')
    p.blocks.append(a["lead"])
    p.raw('<div class="field-body">')

    def photo():
        p.raw(f'<div class="image-center"><img src="/sites/default/files/{aid}.jpg" alt="">')
        p.el("div", cap, 'class="image-caption"')
        p.raw("</div>")

    def inline():
        p.raw(f'<p class="see-also"><strong>Xem thêm: <a href="#">{html.escape(tz[0], quote=False)}</a></strong></p>')
        p.blocks.append(see)

    body(p, a, photo, inline, at=1)
    byline_p(p, a["author"], "strong")
    p.raw("</div>")
    p.el("div", tags, 'class="field-tags"')
    p.raw('<div class="comments">')
    p.el("h3", "Bình luận")
    p.raw('<form><input type="text" placeholder="Họ tên"><textarea></textarea>')
    p.el("button", "Gửi")
    p.raw("</form></div></div>")
    news = tz[1:6]
    related_div(p, "block-latest", "Tin mới", news, "h2")
    p.raw("</div>")
    foot = ["Môi trường và Cuộc sống - Cơ quan của Hội Bảo vệ Thiên nhiên và Môi trường Việt Nam",
            "Tòa soạn: 85 Nguyễn Chí Thanh, Đống Đa, Hà Nội",
            "Giấy phép số 465/GP-BTTTT"]
    footer(p, foot, ('<div id="footer">', "</div></div>"), "p")
    fur = [when, cap, see, tags, "Bình luận", "Gửi", "Tin mới", *news, *foot]
    return p, text_of(p, False, False), url, section, a["author"], fur


def giaoducvn(a, n, tz):
    """Giáo dục Việt Nam (giaoduc.net.vn, an online-only magazine): NO OpenGraph; JSON-LD
    NewsArticle with datePublished and author; the <title> adding ' - Giáo dục Việt Nam'; the
    category and its parent over the title 'Giáo dục 360 › <section>' (the category, last); the
    <h1>; the AUTHOR'S BOX BEFORE THE BODY: the name a link on its own line, then '12/03/2019
    08:15 GMT+7' on the next (the label is the name); the sapo bold; a caption '<corpus caption>'
    or 'Ảnh minh họa: giaoduc.net.vn'; 'Tin liên quan' INSIDE the body after the fourth
    paragraph; NO name at the end; tags with '#' one line; 'Đọc tiếp' after the body; LF, a
    BLANK line between blocks, menus one line."""
    section = ["Tuyển sinh - Hướng nghiệp", "Tuyển sinh - Hướng nghiệp", "Thế giới"][n - 1]
    aid = 700000 + h(a["id"], "gd") % 90000
    url = f"https://giaoduc.net.vn/{slug(section)}/{slug(a['title'])}-post{aid}.gd"
    when = f"{dmy(a)} {hm(a)} GMT+7"
    cap = a["caption"] or "Ảnh minh họa: giaoduc.net.vn"
    tags = " ".join(["#lao động", "#việc làm", "#đào tạo nghề"])
    meta = jsonld({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
        "description": a["lead"], "datePublished": iso(a), "url": url,
        "author": [{"@type": "Person", "name": a["author"]}],
        "publisher": {"@type": "Organization", "name": "Tạp chí điện tử Giáo dục Việt Nam"}})
    p = Page()
    p.raw(head(f"{a['title']} - Giáo dục Việt Nam", meta))
    p.raw('<body><div class="header"><a href="/"><img src="/assets/logo-gdvn.svg" alt="Giáo dục Việt Nam"></a></div>')
    menu = ["Giáo dục 360", "Tuyển sinh - Hướng nghiệp", "Gia đình", "Kết nối", "Sức khỏe", "Thế giới"]
    p.group(('<ul class="menu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('<div class="article"><div class="article__cate">')
    trail(p, ("", ""), '<a href="#">{t}</a>', ["Giáo dục 360", section], " › ")
    p.raw("</div>")
    p.el("h1", a["title"], 'class="article__title"')
    p.raw('<div class="article__author">')
    p.el("a", a["author"], 'class="author-name" href="#"')
    p.el("time", when, f'datetime="{iso(a)}"')
    p.raw("</div>")
    p.raw(f'<div class="article__sapo"><b>{html.escape(a["lead"], quote=False)}</b></div>')
    p.blocks.append(a["lead"])
    p.raw('<div class="article__body">')
    rel = tz[:3]

    def photo():
        p.raw(f'<table class="picture"><tr><td><img src="https://giaoduc.net.vn/uploads/{aid}.jpg"></td></tr><tr>')
        p.el("td", cap, 'class="caption"')
        p.raw("</tr></table>")

    def inline():
        p.raw('<div class="related-inline">')
        p.el("h4", "Tin liên quan")
        p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', rel, "\n")
        p.raw("</div>")

    body(p, a, photo, inline, at=3)
    p.raw("</div>")
    p.el("div", tags, 'class="article__tags"')
    more = tz[3:7]
    related_div(p, "read-more", "Đọc tiếp", more, "h3")
    p.raw("</div>")
    foot = ["Tạp chí điện tử Giáo dục Việt Nam - Cơ quan của Hiệp hội các trường đại học, cao đẳng Việt Nam",
            "Tòa soạn: Tầng 3, Số 2 Trần Thánh Tông, Hai Bà Trưng, Hà Nội",
            "Giấy phép số 76/GP-BTTTT"]
    footer(p, foot, ('<div class="footer">', "</div>"), "p")
    fur = [when, tags, "Tin liên quan", *rel, "Đọc tiếp", *more, *foot]
    if not a["caption"]:
        fur.append(cap)
    return p, text_of(p, False, True), url, section, a["author"], fur


# ---------------------------------------------------------------- plan and output

TEMPLATES = {"baocaobang": baocaobang, "baodongthap": baodongthap, "khoahocphattrien": khoahocphattrien,
             "thieunien": thieunien, "moitruong": moitruong, "giaoducvn": giaoducvn}


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
