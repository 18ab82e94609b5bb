"""Builds the twentieth opened page-layout set (formerly the TWENTIETH unseen check): 18 real corpus articles laid out by six
publishers that are NOT newspapers, or captured as something other than a newspaper's desktop
page, of kinds no earlier set uses, each page as HTML and as the visible text a scraper saves
from it, with labels: a provincial labour department on Drupal 7 (Sở LĐ-TB&XH Đắk Nông: the
date only in a 'Gửi bởi <account> vào ...' line and an RDFa dc:date, the name in a 'Tác giả:'
field), a ward portal on an e-government suite (UBND phường Trung Hòa: a <title> that is the
ward's name only, the headline an <h2>, a 'Văn bản mới' column BEFORE the article, the byline
'<name> (Tổng hợp)'), an industry union (Công đoàn Giáo dục Việt Nam: microdata only, the name
and source in one line '<name> (Theo Báo Lao Động)'), a federation of associations on a custom
PHP portal (VUSTA: og:title the site's name, the headline an <h3>, the source 'Nguồn: Dân trí'
by the date, the name italic at the end), a Feedly reader view saved from the browser (English
furniture, a relative age '2y' with the date only in a tooltip in GMT, 'Visit Website') and an
MSN Tin tức copy of a partner's article (the provider's name over the title, a <time> in UTC,
the byline a plain last paragraph).

  python3 index-builder/src/test/resources/layouts-opened-20/generate.py   # from the repository root

Reads ../shared/corpus (beside the repository; VNNEWS_CORPUS names another folder). Writes,
beside this script:
  <site>/<n>.html   the page as the site serves it (or as the capture saved it)
  <site>/<n>.txt    its visible text, saved with that site's scraper convention (see the README)
  labels.jsonl      one line per page, the schema of ../layouts-opened-19/labels.jsonl,
                    "half": "opened"

Written from what the real sites look like, without reading the extractor's rules and never tuned
on. Labels come from the corpus article's fields and from what the template prints. The articles
are named below (ARTICLES), not searched for; each is at an EVEN 1-based line of its corpus file.
The article, paragraph, date and page plumbing is the nineteenth set's
(../layouts-unseen-19/generate.py, now ../layouts-opened-19/), unchanged but for the teaser order's salt; a few of its
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

# The 18 articles, by site, in page order, each at an EVEN 1-based line of its corpus file. None is
# used by any earlier layout set (the "id" of every labels.jsonl under ../layout*/). dantri: nine
# of the October-November 2020 crawl (UNSIGNED: no byline; the page prints a reporter's name from
# a hash), a lead of 20 words or more that does not open with dantri's 'Dân trí' tag, five or more
# body paragraphs. vietnews-labour: a title without quotes, a lead of 18 words or more, 16 or more
# usable sentences. The two marked (A) are agreement signings, and the signing is printed.
ARTICLES = {
    "sldtbxh": ["vietnews-test-002979",
                "vietnews-train-091238",  # (A) a factory's catering contract ('ký hợp đồng với Công ty Bảo Châu')
                "vietnews-test-020163"],
    "phuongtrunghoa": ["vietnews-test-017655", "vietnews-train-002768", "vietnews-test-022450"],
    "congdoangd": ["vietnews-test-022125",  # (A) schools' contracts ('ký hợp đồng với 214 lao động')
                   "vietnews-test-015464", "vietnews-test-004290"],
    "vusta": ["dantri-news_science_018", "dantri-news_tech_009", "dantri-news_education_013"],
    "feedly": ["dantri-news_world_001", "dantri-news_world_009", "dantri-news_world_017"],
    "msn": ["dantri-news_travel_004", "dantri-news_tech_001", "dantri-news_travel_016"],
}
STORY_PARAS = {}
LABOUR_PARAS = {}
AGREEMENTS = {"vietnews-train-091238", "vietnews-test-022125"}
UNSIGNED = {i for s in ("vusta", "feedly", "msn") for i in ARTICLES[s]}
# labour pages whose text fixes the date the hash would miss, read by hand on the pages' own text
# BEFORE the one extractor run: the job fair 'Sau Tết Nguyên đán' (printed after Tết, February
# 2018, not the hash's December 2017); the factory poisoning 'Chiều 28/12', told 'chiều nay' and
# 'Đến 18h' (printed that evening, 28 December 2018, 19:40, not the next day); the pension talk
# 'Chiều 15/5' before the Assembly's session 'khai mạc 20/5' on Article 60 of the 2014 law (May
# 2015); the Kỳ Anh teachers' hearing 'Ngày 26/10', the contracts of 2010-2014 under the
# 'Kỳ Anh cũ' (October 2016); the wage council's vote 'Sáng 13/8' on the minimum wage 'năm
# 2019', 'so với năm 2018' (August 2018)
PRINTED_IN = {"vietnews-test-017655": (2018, 2)}
PRINTED_ON = {"vietnews-train-091238": datetime.date(2018, 12, 28),
              "vietnews-test-020163": datetime.date(2015, 5, 16),
              "vietnews-test-022125": datetime.date(2016, 10, 27),
              "vietnews-test-022450": datetime.date(2018, 8, 14)}
PRINTED_AT = {"vietnews-train-091238": (19, 40)}

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
    teasers = sorted(set(teasers), key=lambda t: h(t, "teaser20"))
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


WEEKDAYS_SHORT = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]
DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def utc(a):
    """The page's local time (+07:00) as a UTC datetime."""
    return (datetime.datetime(a["date"].year, a["date"].month, a["date"].day, *a["time"])
            - datetime.timedelta(hours=7))


def sldtbxh(a, n, tz):
    """Sở Lao động - Thương binh và Xã hội tỉnh Đắk Nông (sldtbxh.daknong.gov.vn, a provincial
    department's site on DRUPAL 7): <meta name="Generator" content="Drupal 7">, a canonical
    and a shortlink '/node/<nid>', NO OpenGraph, NO JSON-LD; the date only as Drupal prints it,
    'Gửi bởi bientap vào T5, 08/03/2018 - 10:15' (the submitting ACCOUNT, not the author), with an
    RDFa 'dc:date dc:created' content attribute; the <title> '<headline> | <department>'; the
    trail 'Trang chủ » Tin tức - Sự kiện » <section>' (the category); <h1 id="page-title">; the
    sapo the body field's first paragraph in <strong>; the caption an italic centred <p>; the
    name in a Drupal field 'Tác giả: <name>' (the label is the name), then 'Nguồn tin: Tổng
    hợp'; 'Lượt xem: <n>'; 'Từ khóa:' taxonomy links; a Views block 'Tin cùng chuyên mục' with
    '(dd/mm/yyyy)'; CRLF, one block a line, menus one item a line."""
    section = ["Bảo hiểm xã hội", "An toàn vệ sinh lao động", "Bảo hiểm xã hội"][n - 1]
    nid = 2000 + h(a["id"], "dn") % 3000
    site = "Sở Lao động - Thương binh và Xã hội tỉnh Đắk Nông"
    url = f"http://sldtbxh.daknong.gov.vn/tin-tuc-su-kien/{slug(section)}/{slug(a['title'])}"
    d = a["date"]
    when = f"Gửi bởi bientap vào {WEEKDAYS_SHORT[d.weekday()]}, {dmy(a)} - {hm(a)}"
    cap = a["caption"] or "Ảnh minh họa"
    by = f"Tác giả: {a['author']}"
    src = "Nguồn tin: Tổng hợp"
    views = f"Lượt xem: {120 + h(a['id'], 'views') % 900}"
    p = Page()
    p.raw(head(f"{a['title']} | {site}",
               '<meta name="Generator" content="Drupal 7 (http://drupal.org)">\n'
               f'<link rel="canonical" href="{html.escape(url)}">\n'
               f'<link rel="shortlink" href="/node/{nid}">\n'))
    p.raw('<body class="html not-front page-node page-node-%d node-type-article">'
          '<div id="page-wrapper"><div id="header"><a href="/" id="logo"><img src="/sites/default/files/logo.png" alt="Trang chủ"></a>' % nid)
    p.el("div", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH ĐẮK NÔNG", 'id="site-name"')
    p.raw("</div>")
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Văn bản pháp quy", "Thủ tục hành chính", "Hỏi đáp", "Liên hệ"]
    p.group(('<div id="main-menu"><ul class="menu">', "</ul></div>"), '<li class="leaf"><a href="#">{t}</a></li>', menu, " ")
    trail(p, ('<div class="breadcrumb">', "</div>"), '<a href="#">{t}</a>',
          ["Trang chủ", "Tin tức - Sự kiện", section], " » ")
    p.el("h1", a["title"], 'class="title" id="page-title"')
    p.raw(f'<div id="node-{nid}" class="node node-article" about="/node/{nid}" typeof="sioc:Item foaf:Document">')
    p.raw(f'<div class="submitted"><span property="dc:date dc:created" content="{iso(a)}" datatype="xsd:dateTime">')
    p.el("span", when)
    p.raw("</span></div>")
    p.raw('<div class="field field-name-body field-type-text-with-summary"><div class="field-items"><div class="field-item even" property="content:encoded">')
    p.raw("<p><strong>")
    p.el("span", a["lead"])
    p.raw("</strong></p>")

    def photo():
        p.raw(f'<p style="text-align:center"><img src="/sites/default/files/tin-tuc/{nid}.jpg" width="600"></p>')
        p.raw(f'<p style="text-align:center"><em>{html.escape(cap, quote=False)}</em></p>')
        p.blocks.append(cap)

    body(p, a, photo, para=lambda t: ("p", t, 'style="text-align:justify"'))
    p.raw("</div></div></div>")
    p.raw('<div class="field field-name-field-tac-gia"><div class="field-label">Tác giả:&nbsp;</div>'
          f'<div class="field-items"><div class="field-item even">{html.escape(a["author"], quote=False)}</div></div></div>')
    p.blocks.append(by)
    p.el("div", src, 'class="field field-name-field-nguon-tin"')
    p.el("div", views, 'class="statistics"')
    tags = ["Từ khóa:", section.lower(), "người lao động"]
    p.group(('<div class="field field-name-field-tags">', "</div>"), '<a href="#" typeof="skos:Concept">{t}</a>', tags, " ")
    p.raw("</div>")
    older = teaser_dated(tz[:4], a, "dn", "{t} ({d})")
    related_div(p, "block block-views", "Tin cùng chuyên mục", older, "h2")
    foot = ["Bản quyền thuộc Sở Lao động - Thương binh và Xã hội tỉnh Đắk Nông",
            "Địa chỉ: Đường Lê Duẩn, phường Nghĩa Trung, thị xã Gia Nghĩa, tỉnh Đắk Nông",
            "Điện thoại: 0261 3544 188"]
    footer(p, foot, ('<div id="footer">', "</div></div>"), "div")
    fur = ["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH ĐẮK NÔNG", when, by, src, views, "Từ khóa:",
           "Tin cùng chuyên mục", *older, *foot]
    if not a["caption"]:
        fur.append(cap)
    return p, text_of(p, True, False, "\r\n"), url, section, a["author"], fur


def phuongtrunghoa(a, n, tz):
    """UBND phường Trung Hòa (trunghoa.caugiay.hanoi.gov.vn, a WARD's portal on a district's
    e-government suite): NO OpenGraph, NO JSON-LD, a <meta name="description"> that is the
    WARD'S description (not the sapo), a <title> that is the ward's name ONLY; the banner 'ỦY
    BAN NHÂN DÂN PHƯỜNG TRUNG HÒA' / 'QUẬN CẦU GIẤY - THÀNH PHỐ HÀ NỘI' (the site's <h1>);
    a LEFT COLUMN before the article in the markup (the menu, 'Văn bản mới' with document
    numbers, 'Lịch công tác'); the portlet title 'Tin tức - Sự kiện' then the section '<section>'
    (the category); the headline an <h2>; 'Ngày đăng: 08/03/2018 10:15 | Lượt xem: 45' under
    it; the sapo a plain <div class="summary">; the caption a <span>; the byline '<name> (Tổng
    hợp)' bold right-aligned (the label is the name); 'In bài | Gửi email | Chia sẻ' and a Zalo
    share button whose data-href is the address (the label's url); 'Các tin khác' with dates; a
    visit counter and the ward's footer; LF, one block a line, menus one line (' | ')."""
    section = ["Lao động - Việc làm", "Gia đình - Trẻ em", "Lao động - Việc làm"][n - 1]
    aid = 300 + h(a["id"], "th") % 900
    url = f"https://trunghoa.caugiay.hanoi.gov.vn/tin-tuc-su-kien/{slug(section)}/{slug(a['title'])}-{aid}.html"
    when = f"Ngày đăng: {dmy(a)} {hm(a)} | Lượt xem: {20 + h(a['id'], 'v') % 200}"
    cap = a["caption"] or "Ảnh minh họa"
    byline = f"{a['author']} (Tổng hợp)"
    tools = "In bài | Gửi email | Chia sẻ"
    docs = ["Số: 45/KH-UBND - Kế hoạch tổ chức Tháng hành động vì an toàn thực phẩm",
            "Số: 112/TB-UBND - Thông báo lịch tiếp công dân của Chủ tịch UBND phường",
            "Số: 87/QĐ-UBND - Quyết định kiện toàn Ban chỉ đạo công tác gia đình"]
    p = Page()
    p.raw(head("UBND phường Trung Hòa",
               '<meta name="description" content="Cổng thông tin điện tử phường Trung Hòa, quận Cầu Giấy, thành phố Hà Nội">\n'
               '<meta name="keywords" content="Trung Hòa, Cầu Giấy, UBND phường">\n'))
    p.raw('<body><form id="aspnetForm"><div class="banner">')
    p.el("h1", "ỦY BAN NHÂN DÂN PHƯỜNG TRUNG HÒA", 'class="ten-don-vi"')
    p.el("div", "QUẬN CẦU GIẤY - THÀNH PHỐ HÀ NỘI", 'class="cap-tren"')
    p.raw("</div>")
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Văn bản", "Thủ tục hành chính", "Hỏi đáp"]
    p.group(('<ul class="topmenu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " | ")
    p.raw('<table class="layout"><tr><td class="col-left" valign="top"><div class="portlet">')
    p.el("div", "Văn bản mới", 'class="portlet-title"')
    p.group(('<ul class="vanban">', "</ul>"), '<li><a href="#">{t}</a></li>', docs, "\n")
    p.el("div", "Lịch công tác", 'class="portlet-title"')
    p.raw('</div></td><td class="col-main" valign="top"><div class="portlet">')
    p.el("div", "Tin tức - Sự kiện", 'class="portlet-title"')
    p.el("div", section, 'class="chuyen-muc"')
    p.el("h2", a["title"], 'class="tieu-de"')
    p.el("div", when, 'class="ngay-dang"')
    p.el("div", a["lead"], 'class="summary"')

    def photo():
        p.raw(f'<div align="center"><img src="/Portals/0/Images/{aid}.jpg" width="480"><br>')
        p.el("span", cap, 'class="chu-thich"')
        p.raw("</div>")

    body(p, a, photo)
    p.raw('<p style="text-align:right"><b>')
    p.el("span", byline)
    p.raw("</b></p>")
    p.el("div", tools, 'class="cong-cu"')
    # the article's address (the label's url) only in the Zalo share button's data-href
    p.raw(f'<div class="zalo-share-button" data-href="{html.escape(url)}" data-oaid="579745863508352884" data-layout="1"></div>')
    older = teaser_dated(tz[:4], a, "th", "{t} ({d})")
    related_div(p, "tin-khac", "Các tin khác", older, "div")
    p.raw('</div></td></tr></table>')
    counter = f"Đang truy cập: {3 + h(a['id'], 'on') % 20} | Tổng lượt truy cập: {150000 + h(a['id'], 'tot') % 9000}"
    foot = ["Cơ quan chủ quản: Ủy ban nhân dân phường Trung Hòa",
            "Địa chỉ: Số 1 ngõ 90 Trung Kính, phường Trung Hòa, quận Cầu Giấy, Hà Nội",
            counter]
    footer(p, foot, ('<div class="footer">', "</div></form>"), "div")
    fur = ["ỦY BAN NHÂN DÂN PHƯỜNG TRUNG HÒA", "QUẬN CẦU GIẤY - THÀNH PHỐ HÀ NỘI", "Văn bản mới",
           *docs, "Lịch công tác", "Tin tức - Sự kiện", when, byline, tools, "Các tin khác", *older, *foot]
    if not a["caption"]:
        fur.append(cap)
    return p, text_of(p, False, False), url, section, a["author"], fur


def congdoangd(a, n, tz):
    """Công đoàn Giáo dục Việt Nam (congdoangdvn.org.vn, an INDUSTRY UNION's site): OpenGraph
    WITHOUT a time; schema.org MICRODATA on the <article> (itemprop headline, datePublished as
    a <meta>, author); the <title> '<headline> - Công đoàn Giáo dục Việt Nam'; the banner and
    'Trang thông tin điện tử'; the trail 'Trang chủ / Tin tức / <section>' (the category); the
    <h1 itemprop="headline">; the date under it 'Thứ năm, 08/03/2018 | 10:15'; the sapo an italic <p class="summary">; <figure>/<figcaption>; the NAME
    AND SOURCE IN ONE LINE at the end, '<name> (Theo Báo Lao Động)' italic right (the label is the
    name); 'Chia sẻ:' / 'Bản in' / 'Gửi email'; 'Các tin đã đưa' with ' (dd/mm)'; CRLF, a BLANK
    line between blocks, menus one line."""
    section = ["Tin tức - Sự kiện", "Chính sách - Pháp luật", "Chính sách - Pháp luật"][n - 1]
    aid = 5000 + h(a["id"], "cd") % 4000
    url = f"http://congdoangdvn.org.vn/tin-tuc/{slug(section)}/{slug(a['title'])}-{aid}.html"
    d = a["date"]
    when = f"{weekday(a).lower().capitalize()}, {dmy(a)} | {hm(a)}"
    cap = a["caption"] or "Ảnh minh họa"
    byline = f"{a['author']} (Theo Báo Lao Động)"
    tools = "Chia sẻ: Facebook Zalo | Bản in | Gửi email"
    p = Page()
    p.raw(head(f"{a['title']} - Công đoàn Giáo dục Việt Nam",
               og(a, url, "Công đoàn Giáo dục Việt Nam", published=False)))
    p.raw('<body><div class="wrapper"><div class="header">')
    p.el("div", "CÔNG ĐOÀN GIÁO DỤC VIỆT NAM", 'class="brand"')
    p.el("div", "Trang thông tin điện tử", 'class="brand-sub"')
    p.raw("</div>")
    menu = ["Trang chủ", "Giới thiệu", "Tin tức", "Chính sách - Pháp luật", "Nhà giáo", "Văn bản", "Thư viện ảnh"]
    p.group(('<ul class="nav">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    trail(p, ('<div class="breadcrumb">', "</div>"), '<a href="#">{t}</a>', ["Trang chủ", "Tin tức", section], " / ")
    p.raw('<article itemscope itemtype="http://schema.org/NewsArticle">')
    p.raw(f'<meta itemprop="datePublished" content="{iso(a)}"><meta itemprop="url" content="{html.escape(url)}">')
    p.el("h1", a["title"], 'itemprop="headline"')
    p.el("div", when, 'class="date"')
    p.el("p", a["lead"], 'class="summary" itemprop="description" style="font-style:italic"')
    p.raw('<div class="content" itemprop="articleBody">')

    def photo():
        p.raw(f'<figure><img src="/upload/{d.year}/{aid}.jpg" alt="">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    body(p, a, photo)
    p.raw('<p style="text-align:right"><em>')
    p.raw(f'<span itemprop="author">{html.escape(a["author"], quote=False)}</span> (Theo Báo Lao Động)')
    p.blocks.append(byline)
    p.raw("</em></p></div></article>")
    p.el("div", tools, 'class="tools"')
    older = [f"{t} ({(d - datetime.timedelta(days=1 + i)).day:02d}/{(d - datetime.timedelta(days=1 + i)).month:02d})"
             for i, t in enumerate(tz[:5])]
    related_div(p, "tin-da-dua", "Các tin đã đưa", older, "h3")
    foot = ["Công đoàn Giáo dục Việt Nam - Số 4 Đinh Lễ, Hoàn Kiếm, Hà Nội",
            "Chịu trách nhiệm nội dung: Ban Tuyên giáo - Nữ công"]
    footer(p, foot, ('<div class="footer">', "</div></div>"), "p")
    fur = ["CÔNG ĐOÀN GIÁO DỤC VIỆT NAM", "Trang thông tin điện tử", when, byline, tools,
           "Các tin đã đưa", *older, *foot]
    if not a["caption"]:
        fur.append(cap)
    return p, text_of(p, False, True, "\r\n"), url, section, a["author"], fur


def vusta(a, n, tz):
    """Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam (vusta.vn, a FEDERATION OF ASSOCIATIONS on
    a custom PHP portal, 'index.php?module=news&act=detail&id=<n>'): OpenGraph of the SITE, not
    the article (og:type website, og:title the federation's name, og:description its motto,
    og:url the site's root) with a canonical <link> that is the article's address, no time, no
    JSON-LD; the <title> '<federation> - <headline>' (the site's name FIRST); the
    banner in two languages; the trail 'Trang chủ > Tin tức > <section>' (the category); the
    headline an <h3 class="news-title"> (no <h1>); the date and the SOURCE on one line under it
    '04/11/2020 10:15 | Nguồn: Dân trí'; the sapo bold; the caption a <div>; the name ITALIC
    right-aligned at the end; 'Tin liên quan'; 'Các hội thành viên' (a sidebar after the
    article in the markup); LF, a BLANK line between blocks, menus one line."""
    section = ["Khoa học - Công nghệ", "Khoa học - Công nghệ", "Giáo dục - Đào tạo"][n - 1]
    nid = 170000 + h(a["id"], "vu") % 20000
    url = f"https://vusta.vn/index.php?module=news&act=detail&id={nid}"
    when = f"{dmy(a)} {hm(a)} | Nguồn: Dân trí"
    cap = "Ảnh minh họa"
    fed = "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam"
    p = Page()
    p.raw(head(f"{fed} - {a['title']}",
               f'<meta property="og:site_name" content="VUSTA">\n<meta property="og:type" content="website">\n'
               f'<meta property="og:title" content="{fed}">\n'
               '<meta property="og:description" content="Trí thức khoa học và công nghệ vì sự phát triển bền vững đất nước">\n'
               '<meta property="og:url" content="https://vusta.vn/">\n'
               f'<link rel="canonical" href="{html.escape(url)}">\n'))
    p.raw('<body><div id="container"><div id="banner">')
    p.el("div", "LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT VIỆT NAM", 'class="vn"')
    p.el("div", "Vietnam Union of Science and Technology Associations", 'class="en"')
    p.raw("</div>")
    menu = ["Trang chủ", "Giới thiệu", "Tin tức", "Tư vấn - Phản biện", "Hội thành viên", "Ấn phẩm", "Liên hệ"]
    p.group(('<div id="menu"><ul>', "</ul></div>"), '<li><a href="#">{t}</a></li>', menu, " | ")
    trail(p, ('<div class="path">', "</div>"), '<a href="#">{t}</a>', ["Trang chủ", "Tin tức", section], " > ")
    p.raw('<div class="news-detail">')
    p.el("h3", a["title"], 'class="news-title"')
    p.el("div", when, 'class="news-date"')
    p.el("div", a["lead"], 'class="news-sapo" style="font-weight:bold"')

    def photo():
        p.raw(f'<div class="photo" align="center"><img src="/uploads/news/{nid}.jpg">')
        p.el("div", cap, 'class="photo-caption"')
        p.raw("</div>")

    body(p, a, photo)
    byline_p(p, a["author"], em=True)
    p.raw("</div>")
    rel = tz[:3]
    related_div(p, "related", "Tin liên quan", rel, "div")
    members = ["Hội Vật lý Việt Nam", "Hội Tin học Việt Nam", "Hội Khoa học Lịch sử Việt Nam",
               "Tổng hội Địa chất Việt Nam"]
    related_div(p, "sidebar", "Các hội thành viên", members, "div")
    foot = ["Cơ quan chủ quản: Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam",
            "Trụ sở: 53 Nguyễn Du, Hai Bà Trưng, Hà Nội"]
    footer(p, foot, ('<div id="footer">', "</div></div>"), "div")
    fur = ["LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT VIỆT NAM",
           "Vietnam Union of Science and Technology Associations", when, cap, "Tin liên quan", *rel,
           "Các hội thành viên", *members, *foot]
    return p, text_of(p, False, True), url, section, a["author"], fur


def feedly(a, n, tz):
    """A Feedly reader view, saved from the browser (Ctrl+S, the live DOM): Feedly's <title>
    '(<unread>) Báo Thời Đại - Quốc tế - feedly' (NOT the headline), no article metadata; its
    English furniture (the left navigation 'Today', 'Read Later', 'FEEDS', the feed names
    with unread counts, 'Mark as Read'); the entry: the headline an <a class="entryTitle">
    inside an <h1> linking to the ORIGINAL address (the label's url, on thoidai.com.vn), then
    'Báo Thời Đại - Quốc tế / by <name> / 2y' (the source, the name, a RELATIVE age), the date
    only in the age's tooltip 'Published: Thu, 01 Oct 2020 03:15:00 GMT' (GMT); the feed's
    content: the sapo in <strong>, the paragraphs, an image whose alt is the caption and no
    visible caption; 'Visit Website'; LF, one block a line, lists one item a line. The label's
    category is the feed's section, 'Quốc tế'."""
    section = "Quốc tế"
    aid = 120000 + h(a["id"], "fd") % 30000
    url = f"https://thoidai.com.vn/{slug(a['title'])}-{aid}.html"
    feed = f"Báo Thời Đại - {section}"
    u = utc(a)
    tip = f"Published: {DAYS_EN[u.weekday()]}, {u.day:02d} {MONTHS_EN[u.month - 1]} {u.year} {u.hour:02d}:{u.minute:02d}:00 GMT"
    age = "2y"
    meta_line = [feed, f"by {a['author']}", age]
    unread = 40 + h(a["id"], "unread") % 60
    p = Page()
    p.raw(head(f"({unread}) {feed} - feedly",
               '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
               '<base href="https://feedly.com/">\n'))
    p.raw('<body><div id="feedlyFrame"><nav class="LeftnavList">')
    nav = ["Today", "Read Later", "FEEDS", "All", f"{feed} {unread}", "Báo Thời Đại - Văn hóa 12",
           "Khoa học phổ thông 7"]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', nav, "\n")
    p.raw('</nav><div id="feedlyPage"><header class="header">')
    p.el("h2", feed, 'class="feed-title"')
    p.el("button", "Mark as Read", 'type="button"')
    p.raw('</header><div class="entry-body"><div class="entryHeader"><h1>')
    p.raw(f'<a class="entryTitle" href="{html.escape(url)}" target="_blank" rel="noopener noreferrer">'
          f'{html.escape(a["title"], quote=False)}</a></h1>')
    p.blocks.append(a["title"])
    p.raw('<div class="metadata">' + "<span> / </span>".join([
        f'<a class="source" href="#">{html.escape(feed, quote=False)}</a>',
        f'<span class="authors">by {html.escape(a["author"], quote=False)}</span>',
        f'<span class="ago" title="{html.escape(tip)}&#10;Received: {html.escape(tip[11:])}">{age}</span>']) + "</div></div>")
    p.blocks.append(" / ".join(meta_line))
    p.raw('<div class="content"><div>')
    p.raw("<p><strong>")
    p.el("span", a["lead"])
    p.raw("</strong></p>")

    def photo():
        p.raw(f'<p><img src="https://img.thoidai.com.vn/{aid}.jpg" alt="{html.escape(a["title"])}"></p>')

    body(p, a, photo)
    p.raw("</div></div>")
    p.raw(f'<a class="visitWebsiteButton" href="{html.escape(url)}" target="_blank">')
    p.el("span", "Visit Website")
    p.raw("</a></div></div></div>\n</body>\n</html>\n")
    fur = ["Today", "Read Later", "FEEDS", "Mark as Read", " / ".join(meta_line), "Visit Website",
           "Khoa học phổ thông 7"]
    return p, text_of(p, True, False), url, section, a["author"], fur


def msn(a, n, tz):
    """MSN Tin tức (msn.com/vi-vn, an AGGREGATOR's own frame around a partner's article, the
    partner Người Đưa Tin): OpenGraph with the MSN address (the label's url is MSN's page),
    JSON-LD NewsArticle whose author is the PROVIDER (an organisation) and datePublished in UTC
    ('...Z'); the <title> '<headline>'; MSN's bar ('msn', 'Tìm kiếm trên web', the menu); the
    section over the title (the category); the PROVIDER'S NAME over the title ('Người Đưa
    Tin'), then a <time datetime="...Z"> printed 'd/m/yyyy'; the <h1>; the sapo a plain
    first <p>; the photo's credit '© Được cung cấp bởi Người Đưa Tin' (no caption); the
    partner's BYLINE a PLAIN LAST PARAGRAPH (the name alone); 'Xem thêm từ Người Đưa Tin'; 'Có
    thể bạn quan tâm'; MSN's footer; CRLF, one block a line, menus one line."""
    section = ["Du lịch", "Công nghệ", "Du lịch"][n - 1]
    mid = "".join(B62[h(a["id"], "msn", str(i)) % 62] for i in range(7))
    url = f"https://www.msn.com/vi-vn/{slug(section)}/tin-tuc/{slug(a['title'])[:50]}/ar-BB{mid}"
    u = utc(a)
    z = f"{u.year}-{u.month:02d}-{u.day:02d}T{u.hour:02d}:{u.minute:02d}:00.000Z"
    d = a["date"]
    shown = f"{d.day}/{d.month}/{d.year}"
    provider = "Người Đưa Tin"
    credit = f"© Được cung cấp bởi {provider}"
    p = Page()
    p.raw(head(a["title"], og(a, url, "MSN", published=False)
               + jsonld({"@context": "http://schema.org", "@type": "NewsArticle", "headline": a["title"],
                         "datePublished": z, "url": url,
                         "author": {"@type": "Organization", "name": provider},
                         "publisher": {"@type": "Organization", "name": "MSN"}})))
    p.raw('<body><header class="msn-header"><a href="/vi-vn" class="logo">')
    p.el("span", "msn")
    p.raw("</a>")
    p.el("label", "Tìm kiếm trên web", 'for="q"')
    p.raw('<input id="q" type="search"></header>')
    menu = ["Tin tức", "Giải trí", "Thể thao", "Tài chính", "Sống khỏe", "Du lịch", "Công nghệ", "Xe cộ"]
    p.group(('<nav class="nav"><ul>', "</ul></nav>"), '<li><a href="#">{t}</a></li>', menu, " | ")
    p.raw('<main><article>')
    p.el("a", section, 'class="section-label" href="#"')
    p.raw('<div class="provider"><img src="https://img-s-msn-com.akamaized.net/tenant/amp/entityid/AAnguoiduatin.img" alt="">')
    p.el("span", provider, 'class="provider-name"')
    p.raw(f'<time datetime="{z}">')
    p.el("span", shown)
    p.raw("</time></div>")
    p.el("h1", a["title"])
    p.raw('<section class="articlebody">')
    p.el("p", a["lead"])

    def photo():
        p.raw(f'<span class="image"><img src="https://img-s-msn-com.akamaized.net/tenant/amp/entityid/BB{mid}.img" alt="">')
        p.el("span", credit, 'class="attribution"')
        p.raw("</span>")

    body(p, a, photo)
    p.el("p", a["author"])
    p.raw("</section></article>")
    more = tz[:3]
    related_div(p, "provider-more", f"Xem thêm từ {provider}", more, "h2")
    also = tz[3:6]
    related_div(p, "recommended", "Có thể bạn quan tâm", also, "h2")
    p.raw("</main>")
    foot = ["© 2020 Microsoft", "Quyền riêng tư & Cookie", "Điều khoản sử dụng", "Gửi phản hồi"]
    footer(p, foot, ('<footer class="msn-footer">', "</footer>"), "span")
    fur = ["Tìm kiếm trên web", provider, shown, credit, f"Xem thêm từ {provider}", *more,
           "Có thể bạn quan tâm", *also, *foot]
    return p, text_of(p, False, False, "\r\n"), url, section, a["author"], fur


# ---------------------------------------------------------------- plan and output

TEMPLATES = {"sldtbxh": sldtbxh, "phuongtrunghoa": phuongtrunghoa, "congdoangd": congdoangd,
             "vusta": vusta, "feedly": feedly, "msn": msn}


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
