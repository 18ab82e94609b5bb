"""Builds the thirtieth unseen page-layout check: 18 real corpus articles laid out as six
NEWSPAPERS' OWN DESKTOP ARTICLE PAGES that no earlier set uses, each page as HTML and as the visible
text a scraper saves from it, with labels: two provincial papers (Báo Quảng Ngãi: the BYLINE AND
THE DATE ON ONE LINE UNDER THE SAPO, 'Bài, ảnh: <name> | <time>, <date>'; Báo Phú Yên on an older
CMS: no OpenGraph nor JSON-LD, the DATE ON THE BREADCRUMB'S LINE, CAPTIONS ABOVE THEIR PHOTOS),
two sector papers (Báo Kiểm sát, of the Supreme People's Procuracy: the category ONLY in the URL
path and the <title>, a 'Đọc nhiều' column BEFORE the article in the HTML; Báo
Kiểm toán, of the State Audit Office: an og:title that is not the headline, a 'Xem thêm:' line in
the body, the name and a source line at the end), a magazine of a mass organisation (Tạp chí Mặt
trận, of the Vietnam Fatherland Front: the sapo a <blockquote>, the article SPLIT OVER TWO PAGES,
'Trang 1 2', page 1 saved) and an online-only site (Saostar: the BYLINE AT THE TOP BESIDE THE
AUTHOR'S AVATAR with the date, JSON-LD, a bare <title>).

  python3 index-builder/src/test/resources/layouts-unseen-30/generate.py   # from the repository root

Reads ../shared/corpus (beside the repository; VNNEWS_CORPUS names another folder). Writes,
beside this script:
  <site>/<n>.html   the page as the site serves it
  <site>/<n>.txt    its visible text, saved with that site's scraper convention (see the README)
  labels.jsonl      one line per page, the schema of ../layouts-opened-25/labels.jsonl,
                    "half": "unseen"

Written from what the real sites look like, without reading the extractor's rules and never tuned
on. Labels come from the corpus article's fields and from what the template prints. The articles
are PICKED at run time (pick()): the candidates at odd 1-based lines of their corpus files that
pass the twenty-fifth set's filters and are used by no earlier set, sorted by id and shuffled with
random.Random(30) (a fixed seed: the same 18 every run). The article, paragraph, date and page
plumbing is the twenty-fifth set's (../layouts-opened-25/generate.py), unchanged; a few of its
helpers are kept though no template here calls them.
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

SEED = 30
TAG = "Dân trí "  # dantri's own tag at the start of its leads, not printed by another paper
# sites in page order: the first three are given vietnews-labour articles (the first page of the
# first two a signing (A)), the last three dantri-unc articles
SITES = ["baoquangngai", "baophuyen", "baokiemtoan", "kiemsat", "tapchimattran", "saostar"]
LABOUR_SITES, DANTRI_SITES = SITES[:3], SITES[3:]
ARTICLES = {}  # filled by pick(): {site: [id, id, id]}
STORY_PARAS = {}
LABOUR_PARAS = {}
AGREEMENTS = set()  # filled by pick(): the two (A) pages
UNSIGNED = set()  # filled by pick(): the dantri articles the corpus keeps without a byline
PRINTED_IN = {}
# labour pages whose text (or the event it reports) fixes the date the hashed rule would miss,
# read by hand on the pages' own text BEFORE the one extractor run: the workers beaten in Algeria,
# the latest day named 'Ngày 15/10' (16 October 2018); 'Tin nóng thế giới ngày 7/4', Lula's
# deadline 'trước 17h ngày 6/4' (7 April 2018); the Vũng Áng scaffolding 'tối 25/3', printed
# 'Chiều nay (27/3)' (27 March 2019); the trade war after the US raised duties on '200 tỷ USD'
# and China answered on '60 tỷ USD', under a photo of the G20 dinner 'ngày 1/12' (15 May 2019);
# the youth union's awards 'Hôm nay (8-6)' (8 June, the rule's year). The other four keep the
# rule's date.
PRINTED_ON = {"vietnews-test-019806": datetime.date(2018, 10, 16),
              "vietnews-train-031469": datetime.date(2018, 4, 7),
              "vietnews-val-020535": datetime.date(2019, 3, 27),
              "vietnews-train-059620": datetime.date(2019, 5, 15),
              "vietnews-train-081030": datetime.date(2016, 6, 8)}
PRINTED_AT = {}
# a paragraph reports a signing when 'ký' follows who signed, a past marker or a day
REPORTED = re.compile(r"(đã|vừa|cùng|chính thức|tiến hành|lễ|buổi|hai bên|đơn vị|công ty|sáng|chiều|"
                      r"ngày \d+[/-]\d+,?) (ký|kí)", re.I)
# read by hand: candidates whose signing is only ahead (CPTPP's text 'trước lễ ký kết chính thức
# dự kiến diễn ra trong tháng 3 tới'; the new TPP 'tiến hành ký kết ... vào đầu tháng 3 tại Chile')
NOT_REPORTED = {"vietnews-test-018637", "vietnews-train-023761"}
DANTRI_SECTIONS = {"business": "Kinh tế", "education": "Giáo dục", "entertainment": "Giải trí",
                   "health": "Sức khỏe", "science": "Khoa học", "society": "Xã hội",
                   "sport": "Thể thao", "tech": "Công nghệ", "travel": "Du lịch", "world": "Thế giới"}
# Every id the other layout sets name (the "id" of every labels.jsonl under ../layout*/, this set
# excluded: 578 ids): teasers never come from these, and no article picked here is one.
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
    "dantri-news_business_071",
    "dantri-news_business_072",
    "dantri-news_business_093",
    "dantri-news_business_095",
    "dantri-news_business_121",
    "dantri-news_business_123",
    "dantri-news_business_170",
    "dantri-news_business_180",
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
    "dantri-news_education_031",
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
    "dantri-news_health_008",
    "dantri-news_health_009",
    "dantri-news_health_010",
    "dantri-news_health_011",
    "dantri-news_health_012",
    "dantri-news_health_014",
    "dantri-news_health_016",
    "dantri-news_health_018",
    "dantri-news_health_020",
    "dantri-news_health_056",
    "dantri-news_health_065",
    "dantri-news_health_072",
    "dantri-news_health_081",
    "dantri-news_health_082",
    "dantri-news_health_085",
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
    "dantri-news_society_013",
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
    "dantri-news_sport_013",
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
    "dantri-news_tech_217",
    "dantri-news_tech_228",
    "dantri-news_tech_236",
    "dantri-news_tech_263",
    "dantri-news_travel_002",
    "dantri-news_travel_003",
    "dantri-news_travel_004",
    "dantri-news_travel_005",
    "dantri-news_travel_007",
    "dantri-news_travel_009",
    "dantri-news_travel_011",
    "dantri-news_travel_014",
    "dantri-news_travel_015",
    "dantri-news_travel_016",
    "dantri-news_travel_018",
    "dantri-news_travel_027",
    "dantri-news_travel_028",
    "dantri-news_travel_039",
    "dantri-news_travel_057",
    "dantri-news_travel_070",
    "dantri-news_travel_103",
    "dantri-news_travel_125",
    "dantri-news_travel_134",
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
    "dantri-news_world_075",
    "dantri-news_world_112",
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
    "vietnews-test-003068",
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
    "vietnews-test-012812",
    "vietnews-test-013076",
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
    "vietnews-train-035320",
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
    "vietnews-train-066491",
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
    "vietnews-train-068536",
    "vietnews-train-070223",
    "vietnews-train-070657",
    "vietnews-train-070784",
    "vietnews-train-071236",
    "vietnews-train-071278",
    "vietnews-train-071517",
    "vietnews-train-072381",
    "vietnews-train-072465",
    "vietnews-train-072901",
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
    "vietnews-train-079608",
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
    "vietnews-train-084929",
    "vietnews-train-085602",
    "vietnews-train-086594",
    "vietnews-train-086602",
    "vietnews-train-087837",
    "vietnews-train-088766",
    "vietnews-train-088888",
    "vietnews-train-089054",
    "vietnews-train-089242",
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
    "vietnews-val-012882",
    "vietnews-val-012973",
    "vietnews-val-013117",
    "vietnews-val-013261",
    "vietnews-val-013882",
    "vietnews-val-013936",
    "vietnews-val-014013",
    "vietnews-val-014159",
    "vietnews-val-014663",
    "vietnews-val-015208",
    "vietnews-val-015384",
    "vietnews-val-015999",
    "vietnews-val-016283",
    "vietnews-val-016357",
    "vietnews-val-016399",
    "vietnews-val-017493",
    "vietnews-val-017694",
    "vietnews-val-017697",
    "vietnews-val-018679",
    "vietnews-val-019350",
    "vietnews-val-019863",
    "vietnews-val-020347",
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





def pick():
    """Fills ARTICLES, AGREEMENTS and UNSIGNED; returns ({id: article}, teaser titles).
    Candidates sit at odd 1-based lines of their file and are used by no earlier set.
    vietnews-labour: a title without quotes, a lead of 18 words or more, 16 or more usable
    sentences; a signing (A) (10 or more usable sentences) when a paragraph printed says who
    signed or when ('đều đã ký hợp đồng', 'hợp đồng đã ký kết': REPORTED), read by hand to be
    a signing that took place (NOT_REPORTED: the ones that only announce one ahead).
    dantri-unc: the October-December 2020 crawl (the 2021 part's titles were recovered from a
    line of the text, not the headline its URL names), AT ANY LINE (no unused candidate is left
    at an odd one), a title that is a headline (title_like()), a lead of 20 words or more once
    dantri's own tag 'Dân trí ' is taken off its start (a paper that runs the story does not
    print it: the lead printed and labelled is the rest), five or more body paragraphs; the last
    line a sentence (the corpus keeps no byline: UNSIGNED, the site prints a reporter's name from
    a hash) or a reporter's name (name_like(): the byline the page prints, the label's author).
    Each list is sorted by id and shuffled with random.Random(SEED)."""
    labour, signed, stories, teasers, found = [], [], [], [], {}
    with gzip.open(CORPUS / "vietnews-labour.jsonl.gz", "rt", encoding="utf-8") as f:
        for k, line in enumerate(f, 1):
            a = json.loads(line)
            t = a["title"].strip()
            if a["id"] in USED_ELSEWHERE:
                continue
            if 30 <= len(t) <= 110 and " ' " not in t and "‘ " not in t \
                    and not t.startswith(("'", '"')) and t != t.upper():
                teasers.append(t)
            if k % 2 == 0 or any(q in t for q in "\"“”'‘’") or len((a["lead"] or "").split()) < 18:
                continue
            sents = [s for s in a["body"].split("\n") if len(s.split()) >= 7 and ends_sentence(s)]
            if len(sents) < 10:
                continue
            AGREEMENTS.add(a["id"])  # built as an (A) page would be, to see the signing printed
            art = labour_article(a)
            AGREEMENTS.discard(a["id"])
            if a["id"] not in NOT_REPORTED and any(SIGNING.search(x) and REPORTED.search(x)
                                                   for x in [art["lead"], *art["paras"]]):
                signed.append((a["id"], art, a))
            if len(sents) >= 16:
                labour.append((a["id"], a))
    with gzip.open(CORPUS / "dantri-unc.jsonl.gz", "rt", encoding="utf-8") as f:
        for k, line in enumerate(f, 1):
            a = json.loads(line)
            lines = [x.strip() for x in a["body"].split("\n") if x.strip()]
            if not lines:
                continue
            lead = lines[0][len(TAG):] if lines[0].startswith(TAG) else lines[0]
            if a["id"] in USED_ELSEWHERE or not a["published"].startswith("2020-1") \
                    or len(lead.split()) < 20 or not title_like(a["title"], a["body"]):
                continue
            if ends_sentence(lines[-1]) and len(lines[-1].split()) >= 15:
                UNSIGNED.add(a["id"])
            elif not name_like(lines[-1]):
                continue  # a source ('Theo Dailymail', 'VOV'), not a reporter's name
            art = dantri_article(a)
            art["lead"] = lead
            if len(art["paras"]) >= 5:
                stories.append((a["id"], art))
    rng = random.Random(SEED)
    signed.sort(key=lambda x: x[0])
    rng.shuffle(signed)
    two = [x[0] for x in signed[:2]]
    AGREEMENTS.update(two)
    labour.sort(key=lambda x: x[0])
    rng.shuffle(labour)
    rest = [i for i, _ in labour if i not in two][:7]
    chosen = two + rest
    byid = dict(labour) | {i: a for i, _, a in signed}
    for i in chosen:
        found[i] = labour_article(byid[i])
    stories.sort(key=lambda x: x[0])
    rng.shuffle(stories)
    for i, art in stories[:9]:
        found[i] = art
    order = [two[0], rest[0], rest[1], two[1], rest[2], rest[3], rest[4], rest[5], rest[6]]
    for s, site in enumerate(LABOUR_SITES):
        ARTICLES[site] = order[3 * s:3 * s + 3]
    for s, site in enumerate(DANTRI_SITES):
        ARTICLES[site] = [x[0] for x in stories[3 * s:3 * s + 3]]
    UNSIGNED.intersection_update(x[0] for x in stories[:9])
    chosen_ids = set(found)
    assert len(chosen_ids) == 18 and not chosen_ids & USED_ELSEWHERE
    teasers = sorted({t for t in teasers if all(t != found[i]["title"] for i in chosen_ids)},
                     key=lambda t: h(t, "teaser30"))
    return found, teasers


def title_like(t, body):
    """A dantri title that is a headline: the corpus recovered some from the text's first line
    (a sentence, a numbered sub-heading, a photo caption, an interviewer's question, or a line of
    the body itself), which no page prints."""
    t = t.strip()
    return 25 <= len(t) <= 120 and not t.endswith((".", "…", ":")) and not re.match(r"\d+[.)] ", t) \
        and t not in body and t[0].isupper() and "Ảnh" not in t and not re.match(r"(PV|Phóng viên|Hỏi) ?:", t)


def name_like(line):
    """A dantri byline that is a reporter's name: two to four capitalised words, maybe with
    ' (tổng hợp)' ('Trường Thịnh', 'Mi Vân (tổng hợp)'); not a source ('Theo The Sun', 'VOV')
    nor a name run into one ('Minh PhươngTheo TASS')."""
    words = re.sub(r"\s*\((tổng hợp|Tổng hợp)\)$", "", line.strip()).split()
    return 2 <= len(words) <= 4 and all(w[0].isupper() and w.isalpha() and (w[1:].islower() or len(w) == 1)
                                        for w in words) \
        and words[0] not in ("Theo", "Tổng", "Ảnh", "Nguồn")


def by_line(a, fmt):
    return fmt.format(name=a["author"], hm=hm(a), dmy=dmy(a), wd=weekday(a))


def baoquangngai(a, n, tz):
    """Báo Quảng Ngãi (baoquangngai.vn, a provincial paper): OpenGraph with
    article:published_time and article:section, JSON-LD NewsArticle; the <title> adding ' - Báo
    Quảng Ngãi điện tử'; the trail 'Trang chủ » <group> » <section>' (the category, last); the
    <h1>; the sapo bold; the BYLINE AND THE DATE ON ONE LINE UNDER THE SAPO 'Bài, ảnh: <name> |
    08:15, 12/03/2019' (the label is the name); a <figure> with the corpus caption or 'Ảnh minh
    họa'; NO name at the end; 'Bài viết liên quan' after the body; 'Chia sẻ'; LF, one block a
    line, menus one line."""
    group, section = [("Xã hội", "Lao động - Việc làm"), ("Xã hội", "Chính sách"),
                      ("Thời sự", "Trong nước")][n - 1]
    aid = 30000 + h(a["id"], "qn") % 60000
    url = f"https://baoquangngai.vn/{slug(group)}/{slug(section)}/{a['date'].year}{a['date'].month:02d}/{slug(a['title'])}-{aid}/"
    line = by_line(a, "Bài, ảnh: {name} | {hm}, {dmy}")
    cap = a["caption"] or "Ảnh minh họa"
    meta = og(a, url, "Báo Quảng Ngãi điện tử", section=section) + jsonld({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
        "datePublished": iso(a), "articleSection": section,
        "author": {"@type": "Person", "name": a["author"]},
        "publisher": {"@type": "Organization", "name": "Báo Quảng Ngãi"}})
    p = Page()
    p.raw(head(f"{a['title']} - Báo Quảng Ngãi điện tử", meta))
    p.raw('<body><div class="header"><a href="/"><img src="/images/logo-bqn.png" alt="Báo Quảng Ngãi"></a></div>')
    menu = ["Thời sự", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao", "Pháp luật", "Quốc phòng - An ninh"]
    p.group(('<ul class="menu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    trail(p, ('<div class="breadcrumb">', "</div>"), '<a href="#">{t}</a>', ["Trang chủ", group, section], " » ")
    p.raw('<div class="detail">')
    p.el("h1", a["title"], 'class="detail-title"')
    p.raw(f'<div class="detail-sapo"><b>{html.escape(a["lead"], quote=False)}</b></div>')
    p.blocks.append(a["lead"])
    p.raw(f'<div class="detail-author"><span>Bài, ảnh: </span><b>{html.escape(a["author"], quote=False)}</b>'
          f' | <span class="time">{hm(a)}, {dmy(a)}</span></div>')
    p.blocks.append(line)
    p.raw('<div class="detail-content">')

    def photo():
        p.raw(f'<figure class="image"><img src="https://baoquangngai.vn/dataimages/{aid}.jpg" alt="">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    body(p, a, photo)
    p.raw("</div>")
    p.group(('<div class="share">', "</div>"), '<a href="#">{t}</a>', ["Chia sẻ", "Facebook", "Zalo"], " ")
    rel = tz[:4]
    related_div(p, "related", "Bài viết liên quan", rel, "h3")
    p.raw("</div>")
    foot = ["Báo Quảng Ngãi điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Ngãi",
            "Địa chỉ: 15 Lê Trung Đình, TP Quảng Ngãi",
            "Giấy phép số 290/GP-BTTTT"]
    footer(p, foot, ('<div class="footer">', "</div>"), "p")
    fur = [line, "Chia sẻ Facebook Zalo", "Bài viết liên quan", *rel, *foot]
    if not a["caption"]:
        fur.append(cap)
    return p, text_of(p, False, False), url, section, a["author"], fur


def baophuyen(a, n, tz):
    """Báo Phú Yên (baophuyen.vn, a provincial paper on an older CMS): NO OpenGraph, no JSON-LD:
    a <title> adding ' - Báo Phú Yên Online', a <meta name="description"> and a <link
    rel="canonical"> (the label's url); the DATE ON THE BREADCRUMB'S LINE, at its right: 'Trang
    chủ > <section>' then 'Thứ Hai, 12/03/2019, 08:15' in one block (the category, the trail's
    last item); the title an <h2> (no <h1>); the sapo italic; CAPTIONS ABOVE THEIR PHOTOS (the
    caption's <p> before the <img>); the name bold right-aligned at the end; 'Các tin đã đưa'
    with ' - dd/mm/yyyy'; the address a ?ID= query; CRLF, one block a line, menus ONE ITEM A
    LINE."""
    section = ["Xã hội", "Kinh tế", "Xã hội"][n - 1]
    aid = 200000 + h(a["id"], "py") % 70000
    url = f"https://baophuyen.vn/{slug(section)}/chi-tiet.aspx?ID={aid}"
    when = f"{weekday(a)}, {dmy(a)}, {hm(a)}"
    line = f"Trang chủ > {section} {when}"
    cap = a["caption"] or "Ảnh minh họa"
    p = Page()
    p.raw(head(f"{a['title']} - Báo Phú Yên Online",
               f'<meta name="description" content="{html.escape(a["lead"])}">\n'
               f'<link rel="canonical" href="{html.escape(url)}">\n'))
    p.raw('<body><table id="top" width="980"><tr><td><img src="/images/banner-py.jpg" alt="Báo Phú Yên"></td></tr></table>')
    menu = ["Trang chủ", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao", "Bạn đọc"]
    p.group(('<ul class="menu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('<table width="980"><tr><td valign="top" width="660">')
    p.raw(f'<div class="path"><a href="#">Trang chủ</a> &gt; <a href="#">{html.escape(section, quote=False)}</a>'
          f' <span class="date" style="float:right">{when}</span></div>')
    p.blocks.append(line)
    p.el("h2", a["title"], 'class="title"')
    p.raw(f'<div class="summary"><i>{html.escape(a["lead"], quote=False)}</i></div>')
    p.blocks.append(a["lead"])
    p.raw('<div class="content">')

    def photo():
        p.el("p", cap, 'class="caption" style="text-align:center"')
        p.raw(f'<p style="text-align:center"><img src="/dataimages/{a["date"].year}/{aid}.jpg" width="500"></p>')

    body(p, a, photo)
    byline_p(p, a["author"], "b")
    p.raw("</div>")
    more = teaser_dated(tz[:5], a, "py", "{t} - {d}")
    related_div(p, "othernews", "Các tin đã đưa", more, "b")
    p.raw("</td></tr></table>")
    foot = ["Báo Phú Yên Online - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Phú Yên",
            "Địa chỉ: 62 Lê Duẩn, TP Tuy Hòa, Phú Yên",
            "Giấy phép số 287/GP-BTTTT"]
    footer(p, foot, ('<div id="footer">', "</div>"), "p")
    fur = [line, "Các tin đã đưa", *more, *foot]
    if not a["caption"]:
        fur.append(cap)
    return p, text_of(p, True, False, "\r\n"), url, section, a["author"], fur


def baokiemtoan(a, n, tz):
    """Báo Kiểm toán (baokiemtoan.vn, the State Audit Office's sector paper): OpenGraph with
    article:published_time, its og:title NOT the headline ('<headline> | Báo Kiểm toán'), the
    <title> the headline with ' - Báo Kiểm toán'; JSON-LD NewsArticle; the trail 'Trang chủ /
    <section>' (the category, last); the <h1>; the date line under the title '08:15 | Thứ Hai,
    12/03/2019'; the sapo bold; a caption with its credit '<caption> (Ảnh: TL)'; a 'Xem thêm:'
    line with a link INSIDE the body after the second paragraph; the name bold right-aligned at
    the end and a source line '(Theo ...)' under it; 'Từ khóa:' one line; 'Tin cùng chuyên mục';
    LF, a BLANK line between blocks, menus one line."""
    section = ["Kinh tế - Xã hội", "Đời sống", "Kinh tế - Xã hội"][n - 1]
    aid = 50000 + h(a["id"], "kt") % 40000
    url = f"https://baokiemtoan.vn/{slug(a['title'])}-{aid}.html"
    when = f"{hm(a)} | {weekday(a)}, {dmy(a)}"
    base = a["caption"] or "Ảnh minh họa"
    cap = base if re.search(r"Ảnh ?:", base) else f"{base} (Ảnh: TL)"
    source = ["(Theo Báo Lao động)", "(Theo Thông tấn xã Việt Nam)", "(Theo Cổng TTĐT Chính phủ)"][n - 1]
    see = f"Xem thêm: {tz[0]}"
    tags = "Từ khóa: " + ", ".join(["người lao động", "bảo hiểm xã hội", section.lower()])
    social = f"{a['title']} | Báo Kiểm toán"
    meta = og(a, url, "Báo Kiểm toán").replace(
        f'content="{html.escape(a["title"])}"', f'content="{html.escape(social)}"', 1) + jsonld({
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
            "datePublished": iso(a), "mainEntityOfPage": url,
            "author": {"@type": "Person", "name": a["author"]},
            "publisher": {"@type": "Organization", "name": "Báo Kiểm toán"}})
    p = Page()
    p.raw(head(f"{a['title']} - Báo Kiểm toán", meta))
    p.raw('<body><header><a href="/" class="logo"><img src="/images/logo-baokiemtoan.png" alt="Báo Kiểm toán"></a></header>')
    menu = ["Kiểm toán", "Tài chính", "Kinh tế - Xã hội", "Chống tham nhũng", "Đời sống", "Quốc tế"]
    p.group(('<nav><ul>', "</ul></nav>"), '<li><a href="#">{t}</a></li>', menu, " ")
    trail(p, ('<div class="breadcrumb">', "</div>"), '<a href="#">{t}</a>', ["Trang chủ", section], " / ")
    p.raw('<article>')
    p.el("h1", a["title"], 'class="title"')
    p.el("div", when, 'class="date-time"')
    p.raw(f'<div class="sapo"><strong>{html.escape(a["lead"], quote=False)}</strong></div>')
    p.blocks.append(a["lead"])
    p.raw('<div class="content">')

    def photo():
        p.raw(f'<figure><img src="https://baokiemtoan.vn/Uploaded/{aid}.jpg">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    def inline():
        p.raw(f'<p class="see-more"><strong>Xem thêm: </strong><a href="#">{html.escape(tz[0], quote=False)}</a></p>')
        p.blocks.append(see)

    body(p, a, photo, inline, at=1)
    byline_p(p, a["author"])
    p.el("p", source, 'style="text-align: right;" class="source"')
    p.raw("</div>")
    p.el("div", tags, 'class="tags"')
    p.raw("</article>")
    more = tz[1:5]
    related_div(p, "same-cate", "Tin cùng chuyên mục", more, "h3")
    foot = ["Báo Kiểm toán - Cơ quan của Kiểm toán nhà nước",
            "Tòa soạn: 111 Trần Duy Hưng, Cầu Giấy, Hà Nội",
            "Giấy phép số 1553/GP-BTTTT"]
    footer(p, foot)
    fur = [when, see, source, tags, "Tin cùng chuyên mục", *more, *foot]
    if a["caption"] != cap:
        fur.append(cap)
    return p, text_of(p, False, True), url, section, a["author"], fur


def kiemsat(a, n, tz):
    """Báo Kiểm sát (kiemsat.vn, the procuracy's sector paper): OpenGraph with
    article:published_time, no JSON-LD; the category ONLY in the URL path and the <title>
    ('<headline> - <section> - Báo Kiểm sát'): no trail, no section link on the page; a left
    column 'Đọc nhiều' BEFORE the article in the HTML order; the <h1>; the date line under the
    title 'Thứ Hai, 12/03/2019 - 08:15'; the sapo bold; an italic caption 'Ảnh minh họa'; the name
    bold right-aligned at the end; 'Từ khóa' tags one item a line; 'Bài viết cùng chuyên mục';
    LF, a BLANK line between blocks, menus one line."""
    section = DANTRI_SECTIONS[a["topic"]]
    aid = 60000 + h(a["id"], "ks") % 30000
    url = f"https://kiemsat.vn/{slug(section)}/{slug(a['title'])}-{aid}.html"
    when = f"{weekday(a)}, {dmy(a)} - {hm(a)}"
    cap = "Ảnh minh họa"
    tags = ["tin tức", "thời sự", "đời sống"]
    p = Page()
    p.raw(head(f"{a['title']} - {section} - Báo Kiểm sát", og(a, url, "Báo Kiểm sát")))
    p.raw('<body><div class="header"><a href="/"><img src="/images/logo-kiemsat.png" alt="Báo Kiểm sát"></a></div>')
    menu = ["Thời sự", "Kiểm sát", "Pháp luật", "Kinh tế", "Xã hội", "Thế giới", "Bạn đọc"]
    p.group(('<ul class="nav">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('<div class="row"><aside class="col-left">')
    hot = tz[:4]
    related_div(p, "most-read", "Đọc nhiều", hot, "h3")
    p.raw('</aside><div class="col-main"><div class="news-detail">')
    p.el("h1", a["title"], 'class="news-title"')
    p.el("div", when, 'class="news-date"')
    p.raw(f'<div class="news-sapo"><b>{html.escape(a["lead"], quote=False)}</b></div>')
    p.blocks.append(a["lead"])
    p.raw('<div class="news-content">')

    def photo():
        p.raw(f'<p style="text-align:center"><img src="https://kiemsat.vn/upload/{aid}.jpg"></p>')
        p.raw(f'<p style="text-align:center"><em>{cap}</em></p>')
        p.blocks.append(cap)

    body(p, a, photo)
    byline_p(p, a["author"])
    p.raw("</div>")
    p.raw('<div class="keywords">')
    p.el("span", "Từ khóa")
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tags, "\n")
    p.raw("</div></div>")
    more = tz[4:8]
    related_div(p, "same-cate", "Bài viết cùng chuyên mục", more, "h3")
    p.raw("</div></div>")
    foot = ["Báo Kiểm sát - Cơ quan của Viện kiểm sát nhân dân tối cao",
            "Tòa soạn: 44 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội",
            "Giấy phép số 123/GP-BTTTT"]
    footer(p, foot)
    fur = [when, cap, "Đọc nhiều", *hot, "Từ khóa", "Bài viết cùng chuyên mục", *more, *foot]
    return p, text_of(p, False, True), url, section, a["author"], fur


def tapchimattran(a, n, tz):
    """Tạp chí Mặt trận (tapchimattran.vn, the Vietnam Fatherland Front's magazine): OpenGraph
    with article:published_time and article:section, no JSON-LD; the <title> adding ' - Tạp chí
    Mặt trận'; the trail 'Trang chủ › <section>' (the category, last); the <h1>; the name and the
    date under the title, two lines ('<name>', '12/03/2019 08:15'); the sapo a <blockquote>; the
    article SPLIT OVER TWO PAGES: this is page 1 (all but the last two paragraphs: the label's
    'last' is the last paragraph printed here), then the pager 'Trang: 1 2 Trang sau »'; NO name
    at the end; 'Các bài khác'; LF, one block a line, menus one line."""
    section = DANTRI_SECTIONS[a["topic"]]
    aid = 80000 + h(a["id"], "mt") % 20000
    url = f"https://tapchimattran.vn/{slug(section)}/{slug(a['title'])}-{aid}.html"
    when = f"{dmy(a)} {hm(a)}"
    pager = "Trang: 1 2 Trang sau »"
    cap = "Ảnh minh họa"
    shown = dict(a, paras=a["paras"][:-2])
    a["shown"] = shown["paras"]
    p = Page()
    p.raw(head(f"{a['title']} - Tạp chí Mặt trận", og(a, url, "Tạp chí Mặt trận", section=section)))
    p.raw('<body><div id="header"><a href="/"><img src="/images/logo-tcmt.png" alt="Tạp chí Mặt trận"></a></div>')
    menu = ["Trang chủ", "Thời sự", "Mặt trận", "Kinh tế - Xã hội", "Văn hóa", "Thế giới", "Đời sống"]
    p.group(('<ul id="menu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    trail(p, ('<div class="breadcrumb">', "</div>"), '<a href="#">{t}</a>', ["Trang chủ", section], " › ")
    p.raw('<div class="article">')
    p.el("h1", a["title"])
    p.el("div", a["author"], 'class="author"')
    p.el("div", when, 'class="date"')
    p.el("blockquote", a["lead"], 'class="sapo"')
    p.raw('<div class="article-body">')

    def photo():
        p.raw(f'<div class="img"><img src="/upload/{aid}.jpg"><div class="img-caption">')
        p.el("span", cap)
        p.raw("</div></div>")

    body(p, shown, photo)
    p.raw("</div>")
    p.raw('<div class="pager"><span>Trang: </span><b>1</b> <a href="?page=2">2</a> '
          '<a href="?page=2">Trang sau »</a></div>')
    p.blocks.append(pager)
    p.raw("</div>")
    more = tz[:4]
    related_div(p, "other", "Các bài khác", more, "h3")
    foot = ["Tạp chí Mặt trận - Cơ quan của Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
            "Địa chỉ: 46 Tràng Thi, Hoàn Kiếm, Hà Nội",
            "Giấy phép số 258/GP-BTTTT"]
    footer(p, foot, ('<div id="footer">', "</div>"), "p")
    fur = [when, cap, pager, "Các bài khác", *more, *foot]
    return p, text_of(p, False, False), url, section, a["author"], fur


def saostar(a, n, tz):
    """Saostar (saostar.vn, online only): OpenGraph with article:published_time, its og:title
    NOT the headline (the headline with ' - Saostar.vn'); JSON-LD NewsArticle with author; a BARE
    <title> (the headline alone); the category a single link over the title (the category);
    the <h1>; the BYLINE AT THE TOP BESIDE THE AUTHOR'S AVATAR: an <img> then the name, and the
    date under it 'Thứ Hai, 12/03/2019 08:15 (GMT+7)'; the sapo an <h2>; a lazy image and
    <figcaption> 'Ảnh: Internet'; 'Tin liên quan' after the body; 'Bình luận'; LF, a BLANK line
    between blocks, menus one line."""
    section = DANTRI_SECTIONS[a["topic"]]
    aid = 7000000 + h(a["id"], "ss") % 900000
    url = f"https://saostar.vn/{slug(section)}/{slug(a['title'])}-{aid}.html"
    when = f"{weekday(a)}, {dmy(a)} {hm(a)} (GMT+7)"
    cap = "Ảnh: Internet"
    social = f"{a['title']} - Saostar.vn"
    meta = og(a, url, "Saostar").replace(
        f'content="{html.escape(a["title"])}"', f'content="{html.escape(social)}"', 1) + jsonld({
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
            "datePublished": iso(a), "articleSection": section,
            "author": {"@type": "Person", "name": a["author"]},
            "publisher": {"@type": "Organization", "name": "Saostar"}})
    p = Page()
    p.raw(head(a["title"], meta))
    p.raw('<body><header class="site-header"><a href="/"><img src="/images/saostar-logo.svg" alt="Saostar"></a></header>')
    menu = ["Giải trí", "Thể thao", "Xã hội", "Thế giới", "Công nghệ", "Sức khỏe", "Du lịch"]
    p.group(('<ul class="menu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('<div class="post">')
    p.el("a", section, 'class="post-cat" href="#"')
    p.el("h1", a["title"], 'class="post-title"')
    p.raw(f'<div class="post-author"><img class="avatar" src="https://saostar.vn/avatar/{h(a["author"]) % 999}.jpg" '
          f'alt="{html.escape(a["author"])}" width="40" height="40"><div class="author-info">')
    p.el("a", a["author"], 'class="author-name" href="#"')
    p.el("span", when, 'class="post-time"')
    p.raw("</div></div>")
    p.el("h2", a["lead"], 'class="post-sapo"')
    p.raw('<div class="post-content">')

    def photo():
        p.raw(f'<figure><img {LAZY} data-src="https://img.saostar.vn/{aid}.jpg">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    body(p, a, photo)
    p.raw("</div></div>")
    rel = tz[:4]
    related_div(p, "related", "Tin liên quan", rel, "h3")
    p.raw('<div class="comments">')
    p.el("h3", "Bình luận")
    p.raw('<textarea placeholder="Viết bình luận..."></textarea></div>')
    foot = ["Saostar - Trang thông tin điện tử tổng hợp",
            "Địa chỉ: 87 Nguyễn Văn Trỗi, Phú Nhuận, TP.HCM",
            "Giấy phép số 2187/GP-TTĐT"]
    footer(p, foot, ('<footer class="site-footer">', "</footer>"), "p")
    fur = [when, cap, "Tin liên quan", *rel, "Bình luận", *foot]
    return p, text_of(p, False, True), url, section, a["author"], fur


# ---------------------------------------------------------------- plan and output

TEMPLATES = {"baoquangngai": baoquangngai, "baophuyen": baophuyen, "baokiemtoan": baokiemtoan,
             "kiemsat": kiemsat, "tapchimattran": tapchimattran, "saostar": saostar}


def main():
    found, teasers = pick()
    labels, ti = [], 0
    for site in SITES:
        (HERE / site).mkdir(exist_ok=True)
        for n, aid in enumerate(ARTICLES[site], 1):
            a = found[aid]
            assert len(a["paras"]) >= 4, aid
            if aid in AGREEMENTS:  # the signing itself is printed
                assert any(SIGNING.search(t) for t in [a["lead"], *a["paras"]]), aid
            tz = teasers[ti:ti + 8]
            ti += 4  # neighbouring pages of a site share two teasers, as real related lists do
            page, text, url, category, author, fur = TEMPLATES[site](a, n, tz)
            paras = a.get("shown", a["paras"])  # a page split in two prints its first part
            (HERE / site / f"{n}.html").write_text("".join(
                x if x.endswith("\n") else x + "\n" for x in page.parts), encoding="utf-8")
            (HERE / site / f"{n}.txt").write_bytes(text.encode("utf-8"))
            article_text = "\n".join([a["title"], a["lead"], *a["paras"]])
            for f in fur:  # furniture must be checkable: never a substring of the article itself
                assert f and f not in article_text, (site, n, f)
                assert f in text.replace("\r\n", "\n"), (site, n, f)  # and really printed
            for t in [a["title"], a["lead"], *paras]:
                assert t in text, (site, n, t[:40])
            assert aid not in AGREEMENTS or any(SIGNING.search(t) for t in [a["lead"], *paras])
            assert url in (HERE / site / f"{n}.html").read_text(encoding="utf-8")
            labels.append({
                "site": site, "half": "unseen", "page": f"{site}/{n}", "corpus": a["corpus"],
                "id": a["id"], "url": url, "title": a["title"], "published": iso(a),
                "category": category, "lead": a["lead"], "author": author,
                "first": paras[0], "last": paras[-1], "furniture": fur,
            })
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} pages of {len(SITES)} sites to {HERE}")
    for site in SITES:
        print(site, " ".join(i + (" (A)" if i in AGREEMENTS else "") for i in ARTICLES[site]))


if __name__ == "__main__":
    main()
