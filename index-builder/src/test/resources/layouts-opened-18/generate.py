"""Builds the eighteenth opened page-layout set (formerly the EIGHTEENTH unseen check): 18 real corpus articles laid out as six
publishers or captures that are NOT a newspaper's desktop article page, each page as HTML and as
the visible text a scraper saves from it, with labels: a provincial government portal on VNPT's
Vportal (Cổng thông tin điện tử tỉnh Quảng Ngãi: 'Thứ Tư, 06/12/2017 - 07:47', 'Tác giả:' then
'Nguồn:'), a provincial trade union's page as Bing's cache kept it (Liên đoàn Lao động tỉnh Nghệ
An: Bing's English banner with the snapshot's day month first, a <base href>, '(09/03/2016
10:28)', 'Tin, ảnh: …'), a ministry's magazine's MOBILE page (Tạp chí Tổ chức nhà nước: '☰',
the section link over the title, JSON-LD), a weekly's article on its ZALO Official Account (Báo
Người cao tuổi: 'Quan tâm', the meta line 'Báo Người cao tuổi · 10:13 01/11/2020', 'Xem bài viết
gốc'), a hospital's news page on an older ASP.NET WebForms CMS (Bệnh viện Chợ Rẫy: __VIEWSTATE,
<span id="ctl00_…">, 'Cập nhật: 05-11-2020 18:38', '<name> (theo Dân trí)', CRLF) and a
magazine's page saved by SAFARI as a web archive and turned into HTML by Cocoa's writer (Tạp
chí Kinh tế và Dự báo: every block a <p class="pN">, an empty <title>, no metadata). Metadata:
OpenGraph without a time; a description only; OpenGraph, JSON-LD and a canonical; Zalo's
OpenGraph without a time; keywords only; none.

  python3 index-builder/src/test/resources/layouts-opened-18/generate.py   # from the repository root

Reads ../shared/corpus (beside the repository; VNNEWS_CORPUS names another folder). Writes,
beside this script:
  <site>/<n>.html   the page as the site serves it (or as the capture saved it)
  <site>/<n>.txt    its visible text, saved with that site's scraper convention (see the README)
  labels.jsonl      one line per page, the schema of ../layouts-opened-17/labels.jsonl,
                    "half": "opened"

Written from what the real sites look like, without reading the extractor's rules and never tuned
on. Labels come from the corpus article's fields and from what the template prints. The articles
are named below (ARTICLES), not searched for. The article, paragraph, date and page plumbing is
the seventeenth set's (../layouts-unseen-17/generate.py, now ../layouts-opened-17/), unchanged but for the teaser order's
salt; a few of its helpers are kept though no template here calls them.
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
# every labels.jsonl under ../layout*/). dantri: nine of the October-November 2020 crawl (UNSIGNED: no
# byline; the site prints a reporter's name from a hash), a lead of 20 words or more that does not
# open with dantri's 'Dân trí' tag, five or more body paragraphs. vietnews-labour: a title without
# quotes, a lead of 18 words or more, 16 or more usable sentences. The two marked (A) are
# agreement signings, and the signing is printed on the page.
ARTICLES = {
    "quangngaivportal": ["vietnews-train-072925",
                         "vietnews-train-098801",  # (A) teachers' contracts ('ký hợp đồng')
                         "vietnews-train-014864"],
    "ldldnabingcache": ["vietnews-test-021338",
                          "vietnews-train-093178",  # (A) lecturers' contracts ('ký hợp đồng')
                          "vietnews-train-088766"],
    "tcnnmobile": ["vietnews-train-053438", "vietnews-train-101212", "vietnews-train-080868"],
    "nctzalooa": ["dantri-news_society_009", "dantri-news_society_011", "dantri-news_society_016"],
    "chorayaspnet": ["dantri-news_science_020", "dantri-news_society_015", "dantri-news_world_015"],
    "ktdbsafari": ["dantri-news_tech_006", "dantri-news_travel_007", "dantri-news_tech_020"],
}
STORY_PARAS = {}
LABOUR_PARAS = {}
AGREEMENTS = {"vietnews-train-098801", "vietnews-train-093178"}
UNSIGNED = {i for s in ("nctzalooa", "chorayaspnet", "ktdbsafari") for i in ARTICLES[s]}
# labour pages whose text fixes the date the hash would miss, read by hand on the pages' own text
# BEFORE the one extractor run: the Hải Dương teachers, 'Chiều 5/12' at a conference of the
# 2017-2018 school year (6 December 2017); the Hùng Vương lecturers, 'ngày 8/3' after notices
# given before Tết 2016 (9 March 2016); Long Thành's resettlement, 'Ngày 27-10' at the National
# Assembly's debate of the land clearance (28 October 2017); article 60 of the 2014 social
# insurance law, debated before the Assembly's resolution of June 2015; the Formosa scaffold that
# fell 'đêm 25/3' 2015, the investigators' report some weeks later (June 2015)
PRINTED_IN = {"vietnews-test-021338": (2015, 6), "vietnews-train-101212": (2015, 6)}
PRINTED_ON = {"vietnews-train-098801": datetime.date(2017, 12, 6),
              "vietnews-train-093178": datetime.date(2016, 3, 9),
              "vietnews-train-014864": datetime.date(2017, 10, 28)}
PRINTED_AT = {}
# Every id the other layout sets name (the "id" of every labels.jsonl under ../layout*/, this set
# excluded: 363 ids): teasers never come from these, and an article named above must not be one.
USED_ELSEWHERE = {
    "dantri-news_business_001", "dantri-news_business_003", "dantri-news_business_004",
    "dantri-news_business_005", "dantri-news_business_006", "dantri-news_business_007",
    "dantri-news_business_008", "dantri-news_business_009", "dantri-news_business_010",
    "dantri-news_business_011", "dantri-news_business_012", "dantri-news_business_013",
    "dantri-news_business_015", "dantri-news_business_016", "dantri-news_business_017",
    "dantri-news_business_018", "dantri-news_business_019", "dantri-news_business_020",
    "dantri-news_business_049", "dantri-news_business_051", "dantri-news_business_054",
    "dantri-news_business_060", "dantri-news_business_064", "dantri-news_business_072",
    "dantri-news_business_093", "dantri-news_business_095", "dantri-news_business_121",
    "dantri-news_business_123", "dantri-news_business_170", "dantri-news_business_197",
    "dantri-news_business_202", "dantri-news_business_227", "dantri-news_business_231",
    "dantri-news_business_237", "dantri-news_business_239", "dantri-news_education_001",
    "dantri-news_education_003", "dantri-news_education_006", "dantri-news_education_007",
    "dantri-news_education_008", "dantri-news_education_009", "dantri-news_education_010",
    "dantri-news_education_011", "dantri-news_education_016", "dantri-news_education_020",
    "dantri-news_education_028", "dantri-news_education_035", "dantri-news_education_045",
    "dantri-news_education_059", "dantri-news_education_088", "dantri-news_education_095",
    "dantri-news_education_097", "dantri-news_education_098", "dantri-news_education_113",
    "dantri-news_education_127", "dantri-news_education_136", "dantri-news_education_144",
    "dantri-news_education_146", "dantri-news_education_147", "dantri-news_education_160",
    "dantri-news_education_179", "dantri-news_education_195", "dantri-news_education_209",
    "dantri-news_education_210", "dantri-news_education_212", "dantri-news_education_217",
    "dantri-news_education_222", "dantri-news_education_225", "dantri-news_education_227",
    "dantri-news_education_263", "dantri-news_education_267", "dantri-news_entertainment_033",
    "dantri-news_entertainment_073", "dantri-news_entertainment_180",
    "dantri-news_entertainment_205", "dantri-news_health_001", "dantri-news_health_002",
    "dantri-news_health_003", "dantri-news_health_004", "dantri-news_health_005",
    "dantri-news_health_010", "dantri-news_health_011", "dantri-news_health_014",
    "dantri-news_health_016", "dantri-news_health_056", "dantri-news_health_065",
    "dantri-news_health_072", "dantri-news_health_081", "dantri-news_health_082",
    "dantri-news_health_114", "dantri-news_health_135", "dantri-news_health_137",
    "dantri-news_health_149", "dantri-news_health_157", "dantri-news_health_163",
    "dantri-news_health_167", "dantri-news_health_169", "dantri-news_health_170",
    "dantri-news_health_250", "dantri-news_health_264", "dantri-news_health_265",
    "dantri-news_science_002", "dantri-news_science_003", "dantri-news_science_006",
    "dantri-news_science_008", "dantri-news_science_009", "dantri-news_science_011",
    "dantri-news_science_012", "dantri-news_science_013", "dantri-news_science_014",
    "dantri-news_science_015", "dantri-news_science_025", "dantri-news_science_046",
    "dantri-news_science_086", "dantri-news_science_110", "dantri-news_science_116",
    "dantri-news_society_005", "dantri-news_society_006", "dantri-news_society_014",
    "dantri-news_society_017", "dantri-news_society_018", "dantri-news_society_019",
    "dantri-news_society_029", "dantri-news_society_032", "dantri-news_society_059",
    "dantri-news_society_060", "dantri-news_society_097", "dantri-news_society_100",
    "dantri-news_society_106", "dantri-news_society_109", "dantri-news_society_110",
    "dantri-news_society_113", "dantri-news_society_139", "dantri-news_society_157",
    "dantri-news_society_160", "dantri-news_society_177", "dantri-news_society_185",
    "dantri-news_society_186", "dantri-news_society_200", "dantri-news_society_212",
    "dantri-news_society_220", "dantri-news_society_249", "dantri-news_society_261",
    "dantri-news_society_268", "dantri-news_sport_199", "dantri-news_tech_002",
    "dantri-news_tech_015", "dantri-news_tech_018", "dantri-news_tech_110", "dantri-news_tech_115",
    "dantri-news_tech_163", "dantri-news_tech_236", "dantri-news_travel_002",
    "dantri-news_travel_011", "dantri-news_travel_018", "dantri-news_travel_027",
    "dantri-news_travel_028", "dantri-news_travel_039", "dantri-news_travel_057",
    "dantri-news_travel_070", "dantri-news_travel_103", "dantri-news_travel_125",
    "dantri-news_travel_136", "dantri-news_travel_153", "dantri-news_travel_170",
    "dantri-news_travel_191", "dantri-news_travel_198", "dantri-news_travel_222",
    "dantri-news_travel_244", "dantri-news_world_003", "dantri-news_world_004",
    "dantri-news_world_008", "vietnews-test-000670", "vietnews-test-002199", "vietnews-test-002277",
    "vietnews-test-002330", "vietnews-test-002377", "vietnews-test-002465", "vietnews-test-002581",
    "vietnews-test-002811", "vietnews-test-003910", "vietnews-test-004374", "vietnews-test-004622",
    "vietnews-test-005614", "vietnews-test-005681", "vietnews-test-007353", "vietnews-test-012133",
    "vietnews-test-013647", "vietnews-test-014182", "vietnews-test-016067", "vietnews-test-016199",
    "vietnews-test-017223", "vietnews-test-017614", "vietnews-test-017847", "vietnews-test-018632",
    "vietnews-test-019228", "vietnews-test-019720", "vietnews-test-019749", "vietnews-test-020418",
    "vietnews-test-020433", "vietnews-test-020546", "vietnews-test-020693", "vietnews-test-021691",
    "vietnews-test-021858", "vietnews-test-022542", "vietnews-train-002429",
    "vietnews-train-010224", "vietnews-train-010255", "vietnews-train-010611",
    "vietnews-train-010709", "vietnews-train-010778", "vietnews-train-011150",
    "vietnews-train-011227", "vietnews-train-012544", "vietnews-train-012997",
    "vietnews-train-014331", "vietnews-train-014633", "vietnews-train-015127",
    "vietnews-train-015555", "vietnews-train-015780", "vietnews-train-016019",
    "vietnews-train-016549", "vietnews-train-016803", "vietnews-train-017926",
    "vietnews-train-018175", "vietnews-train-018225", "vietnews-train-018918",
    "vietnews-train-020360", "vietnews-train-020398", "vietnews-train-020986",
    "vietnews-train-021754", "vietnews-train-022332", "vietnews-train-022440",
    "vietnews-train-024776", "vietnews-train-025487", "vietnews-train-025589",
    "vietnews-train-026784", "vietnews-train-031566", "vietnews-train-040295",
    "vietnews-train-048196", "vietnews-train-055323", "vietnews-train-060865",
    "vietnews-train-060882", "vietnews-train-061588", "vietnews-train-061769",
    "vietnews-train-062000", "vietnews-train-062978", "vietnews-train-063447",
    "vietnews-train-064195", "vietnews-train-064537", "vietnews-train-064541",
    "vietnews-train-064964", "vietnews-train-065135", "vietnews-train-065896",
    "vietnews-train-066541", "vietnews-train-066577", "vietnews-train-067704",
    "vietnews-train-067795", "vietnews-train-068114", "vietnews-train-068170",
    "vietnews-train-068192", "vietnews-train-068481", "vietnews-train-070223",
    "vietnews-train-070657", "vietnews-train-071236", "vietnews-train-072465",
    "vietnews-train-073007", "vietnews-train-073315", "vietnews-train-073441",
    "vietnews-train-073597", "vietnews-train-074150", "vietnews-train-074235",
    "vietnews-train-074243", "vietnews-train-074594", "vietnews-train-074792",
    "vietnews-train-074814", "vietnews-train-074885", "vietnews-train-075766",
    "vietnews-train-076752", "vietnews-train-077214", "vietnews-train-077673",
    "vietnews-train-078289", "vietnews-train-079045", "vietnews-train-080184",
    "vietnews-train-081391", "vietnews-train-081888", "vietnews-train-082126",
    "vietnews-train-083091", "vietnews-train-084708", "vietnews-train-085602",
    "vietnews-train-086594", "vietnews-train-086602", "vietnews-train-087837",
    "vietnews-train-088888", "vietnews-train-089054", "vietnews-train-089713",
    "vietnews-train-090104", "vietnews-train-090815", "vietnews-train-091138",
    "vietnews-train-091987", "vietnews-train-092481", "vietnews-train-092702",
    "vietnews-train-092783", "vietnews-train-093406", "vietnews-train-093738",
    "vietnews-train-094380", "vietnews-train-094412", "vietnews-train-095005",
    "vietnews-train-095220", "vietnews-train-095473", "vietnews-train-095767",
    "vietnews-train-096684", "vietnews-train-096742", "vietnews-train-097326",
    "vietnews-train-097443", "vietnews-train-097559", "vietnews-train-098465",
    "vietnews-train-098725", "vietnews-train-098955", "vietnews-train-099206",
    "vietnews-train-099261", "vietnews-train-099546", "vietnews-train-099673",
    "vietnews-train-099700", "vietnews-train-100564", "vietnews-train-100914",
    "vietnews-train-101390", "vietnews-train-101989", "vietnews-train-102738",
    "vietnews-train-103152", "vietnews-train-103930", "vietnews-train-104010",
    "vietnews-train-104295", "vietnews-train-104438", "vietnews-train-104483",
    "vietnews-train-104851", "vietnews-train-105373", "vietnews-val-002862", "vietnews-val-002978",
    "vietnews-val-004258", "vietnews-val-008777", "vietnews-val-013117", "vietnews-val-013261",
    "vietnews-val-013882", "vietnews-val-013936", "vietnews-val-014159", "vietnews-val-014663",
    "vietnews-val-015999", "vietnews-val-016283", "vietnews-val-016357", "vietnews-val-017493",
    "vietnews-val-017694", "vietnews-val-018679", "vietnews-val-019350", "vietnews-val-019863",
    "vietnews-val-020716", "vietnews-val-021840", "vietnews-val-021994", "vietnews-val-022037",
    "vietnews-val-022111", "vietnews-val-022403", "vietnews-val-022486", "vietnews-val-022626",
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
    teasers = sorted(set(teasers), key=lambda t: h(t, "teaser18"))
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


def quangngaivportal(a, n, tz):
    """Cổng thông tin điện tử tỉnh Quảng Ngãi on VNPT's Vportal: OpenGraph WITHOUT a time, a
    <meta name="keywords">, no JSON-LD; the portal's banner ('CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG
    NGÃI'), the menu one line; the trail 'Trang chủ / Tin tức - Sự kiện / <section>' (the
    category, last); the title an <h1 class="vp-title">; the date line 'Thứ Hai, 12/03/2019 -
    08:15' with the weekday first; the sapo a bold <div class="vp-sapo">; the photo a <figure>
    whose caption is a <p class="vp-caption">; at the end 'Tác giả: <name>' then 'Nguồn: Báo
    Quảng Ngãi' right-aligned (the label is the name); the tool row 'In bài | Gửi email |
    Lượt xem: 2345'; 'Các tin cùng chuyên mục' with '(dd/mm/yyyy)'; LF, one block a line."""
    section = ["Giáo dục", "Lao động - Việc làm", "Kinh tế"][n - 1]
    aid = 20000 + h(a["id"], "qn") % 9999
    url = f"https://www.quangngai.gov.vn/tin-tuc/{slug(section)}/{slug(a['title'])}-{aid}.html"
    when = f"{weekday(a)}, {dmy(a)} - {hm(a)}"
    cap = a["caption"] or "Ảnh minh họa"
    by = f"Tác giả: {a['author']}"
    src = "Nguồn: Báo Quảng Ngãi"
    tools = f"In bài | Gửi email | Lượt xem: {300 + h(a['id'], 'lx') % 4000}"
    p = Page()
    p.raw(head(f"{a['title']} - Cổng thông tin điện tử tỉnh Quảng Ngãi",
               f'<meta name="keywords" content="{html.escape(section)}, Quảng Ngãi">\n'
               + og(a, url, "Cổng thông tin điện tử tỉnh Quảng Ngãi", published=False)
               + '<link href="/Portals/_default/Skins/vportal/css/main.css" rel="stylesheet">\n'
               '<script src="/Portals/_default/Skins/vportal/js/jquery.min.js"></script>\n'))
    p.raw('<body class="vportal"><div class="vp-header"><img src="/Portals/_default/Skins/vportal/images/'
          'quochuy.png" alt="">')
    p.el("div", "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NGÃI", 'class="vp-portal-name"')
    p.raw("</div>")
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chỉ đạo điều hành", "Văn bản",
            "Dịch vụ công trực tuyến", "Hỏi đáp", "Sơ đồ cổng"]
    p.group(('<div class="vp-menu"><ul>', "</ul></div>"), '<li><a href="#">{t}</a></li>', menu, " | ")
    trail(p, ('<div class="vp-breadcrumb">', "</div>"), '<a href="#">{t}</a>',
          ["Trang chủ", "Tin tức - Sự kiện", section], " / ")
    p.raw('<div class="vp-news-detail">')
    p.el("h1", a["title"], 'class="vp-title"')
    p.el("div", when, 'class="vp-date"')
    p.el("div", a["lead"], 'class="vp-sapo" style="font-weight:bold"')
    p.raw('<div class="vp-content">')

    def photo():
        p.raw(f'<figure class="vp-image"><img src="/Uploads/images/tintuc/{a["date"].year}/{aid}.jpg" width="600">')
        p.el("p", cap, 'class="vp-caption"')
        p.raw("</figure>")

    body(p, a, photo, para=lambda t: ("p", t, 'style="text-align:justify"'))
    p.raw("</div>")
    p.el("p", by, 'style="text-align:right;font-weight:bold"')
    p.el("p", src, 'style="text-align:right;font-style:italic"')
    p.el("div", tools, 'class="vp-tools"')
    p.raw("</div>")
    rel = teaser_dated(tz[:5], a, "qn", "{t} ({d})")
    related_div(p, "vp-related", "Các tin cùng chuyên mục", rel, "h3")
    foot = ["Cơ quan chủ quản: Ủy ban nhân dân tỉnh Quảng Ngãi",
            "Địa chỉ: 52 Hùng Vương, thành phố Quảng Ngãi, tỉnh Quảng Ngãi",
            "Ghi rõ nguồn Cổng thông tin điện tử tỉnh Quảng Ngãi khi phát hành lại thông tin từ website này"]
    footer(p, foot, ('<div class="vp-footer">', "</div>"), "div")
    fur = ["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NGÃI", when, by, src, tools, "Các tin cùng chuyên mục", *rel, *foot]
    if not a["caption"]:
        fur.append(cap)
    return p, text_of(p, False, False), url, section, a["author"], fur


def ldldnabingcache(a, n, tz):
    """Liên đoàn Lao động tỉnh Nghệ An's news page as Bing's cache kept it: Bing's banner first (in
    English, the original address and the day of the snapshot, month first, some days AFTER the
    article), a <base href> to the original (the label's url); under it the union's page: only a
    <meta name="description">, no OpenGraph, no JSON-LD; 'LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN'; the
    trail 'Trang chủ » Tin tức » <section>' (the category, last); the title an <h2>; the date
    line '(12/03/2019 08:15)' in brackets; the sapo bold italic; '<img>' then a caption <em>;
    the byline 'Tin, ảnh: <name>' bold right-aligned (the label is the name); 'Tin đã đưa';
    LF, a BLANK line between blocks."""
    section = ["Chính sách - Pháp luật", "Công đoàn cơ sở", "Chính sách - Pháp luật"][n - 1]
    nid = 5000 + h(a["id"], "na") % 9000
    url = f"http://congdoannghean.vn/tin-tuc/{slug(section)}/{slug(a['title'])}-{nid}.html"
    snap = a["date"] + datetime.timedelta(days=3 + h(a["id"], "snap") % 20)
    hh = 1 + h(a["id"], "sh") % 11
    banner = (f"This is Bing's cache of {url}. It is a snapshot of the page as it appeared on "
              f"{snap.month}/{snap.day}/{snap.year} {hh}:{h(a['id'], 'sm') % 60:02d}:17 AM.")
    note = "The current page could have changed in the meantime."
    when = f"({dmy(a)} {hm(a)})"
    cap = a["caption"] or "Ảnh minh họa"
    by = f"Tin, ảnh: {a['author']}"
    p = Page()
    p.raw("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n"
          f'<base href="{html.escape(url)}">\n<meta charset="utf-8">\n'
          f"<title>{html.escape(a['title'])}</title>\n"
          f'<meta name="description" content="{html.escape(a["lead"])}">\n'
          '<link rel="stylesheet" href="/templates/ldld/css/style.css">\n</head>\n')
    p.raw('<body><div id="b_cached" style="background:#f4f4f4;border-bottom:1px solid #ccc;padding:8px;'
          'font:13px Arial">')
    p.el("div", banner)
    p.el("div", note)
    p.raw("</div>")
    p.raw('<div id="wrapper"><div id="header"><img src="/images/logo-ldld.png" alt="">')
    p.el("div", "LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN", 'class="site-name"')
    p.raw("</div>")
    menu = ["Trang chủ", "Giới thiệu", "Tin tức", "Hoạt động công đoàn", "Tư vấn pháp luật", "Văn bản", "Liên hệ"]
    p.group(('<ul id="nav">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    trail(p, ('<div class="path">', "</div>"), '<a href="#">{t}</a>', ["Trang chủ", "Tin tức", section], " » ")
    p.raw('<div class="detail">')
    p.el("h2", a["title"], 'class="detail-title"')
    p.el("span", when, 'class="detail-date"')
    p.raw('<p class="detail-sapo"><b><i>')
    p.el("span", a["lead"])
    p.raw("</i></b></p>")

    def photo():
        p.raw(f'<p style="text-align:center"><img src="/uploads/news/{a["date"].year}/{nid}.jpg" width="520"></p>')
        p.raw('<p style="text-align:center">')
        p.el("em", cap)
        p.raw("</p>")

    body(p, a, photo)
    p.raw('<p style="text-align:right"><b>')
    p.el("span", by)
    p.raw("</b></p></div>")
    older = teaser_dated(tz[:4], a, "na", "{t} ({d})")
    related_div(p, "other-news", "Tin đã đưa", older, "h3")
    foot = ["Bản quyền thuộc Liên đoàn Lao động tỉnh Nghệ An",
            "Địa chỉ: 27 Trường Thi, thành phố Vinh, Nghệ An"]
    footer(p, foot, ('<div id="footer">', "</div></div>"), "div")
    fur = [banner, note, "LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN", when, by, "Tin đã đưa", *older, *foot]
    if not a["caption"]:
        fur.append(cap)
    return p, text_of(p, False, True), url, section, a["author"], fur


def tcnnmobile(a, n, tz):
    """Tạp chí Tổ chức nhà nước (the Ministry of Home Affairs' magazine), its MOBILE page
    (m.tcnn.vn): viewport, OpenGraph with article:published_time, JSON-LD NewsArticle
    (datePublished, author, articleSection), a canonical to the desktop page (the label's url);
    the bar '☰' and 'TỔ CHỨC NHÀ NƯỚC'; the section a link over the title (the category); the
    title an <h1>; the date line '12/03/2019 | 08:15'; the sapo an <h2>; the caption a
    <figcaption>; the byline '<name>' bold italic at the end; 'Từ khóa:' tags; 'Tin cùng chuyên
    mục'; 'Xem phiên bản máy tính' and the footer; LF, one block a line, menus one item a line."""
    section = ["Lao động - Việc làm", "Lao động - Việc làm", "Đời sống"][n - 1]
    pid = 40000 + h(a["id"], "tc") % 9999
    url = f"https://tcnn.vn/news/detail/{pid}/{slug(a['title'])}.html"
    murl = url.replace("https://tcnn.vn/", "https://m.tcnn.vn/")
    when = f"{dmy(a)} | {hm(a)}"
    cap = a["caption"] or "Ảnh minh họa"
    tags = "Từ khóa: người lao động, việc làm, chính sách"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": iso(a), "author": {"@type": "Person", "name": a["author"]},
          "articleSection": section, "mainEntityOfPage": url,
          "publisher": {"@type": "Organization", "name": "Tạp chí Tổ chức nhà nước"}}
    p = Page()
    p.raw(head(f"{a['title']} - Tạp chí Tổ chức nhà nước",
               '<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">\n'
               f'<link rel="canonical" href="{html.escape(url)}">\n'
               + og(a, murl, "Tạp chí Tổ chức nhà nước", section=section) + jsonld(ld)
               + '<link rel="stylesheet" href="https://m.tcnn.vn/css/mobile.css">\n'))
    p.raw('<body class="mobile"><div class="m-header">')
    p.el("span", "☰", 'class="m-burger"')
    p.el("a", "TỔ CHỨC NHÀ NƯỚC", 'href="/" class="m-logo"')
    p.raw('</div><nav class="m-menu" style="display:none">')
    menu = ["Trang chủ", "Nghiên cứu - Trao đổi", "Cải cách hành chính", "Lao động - Việc làm", "Đời sống"]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', menu, "\n")
    p.raw('</nav><article class="m-article">')
    p.el("a", section, f'href="/{slug(section)}/" class="m-cate"')
    p.el("h1", a["title"], 'class="m-title"')
    p.el("div", when, 'class="m-time"')
    p.el("h2", a["lead"], 'class="m-sapo"')

    def photo():
        p.raw(f'<figure class="m-photo"><img src="https://m.tcnn.vn/uploads/{pid}.jpg" width="100%">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    body(p, a, photo)
    p.raw('<p class="m-author" style="text-align:right"><b><i>')
    p.el("span", a["author"])
    p.raw("</i></b></p>")
    p.el("div", tags, 'class="m-tags"')
    p.raw("</article>")
    related_div(p, "m-related", "Tin cùng chuyên mục", tz[:4], "h3")
    foot = ["Xem phiên bản máy tính", "Tạp chí Tổ chức nhà nước - Cơ quan của Bộ Nội vụ",
            "Giấy phép số 167/GP-BTTTT"]
    footer(p, foot, ('<div class="m-footer">', "</div>"), "div")
    fur = ["☰", "TỔ CHỨC NHÀ NƯỚC", when, tags, "Tin cùng chuyên mục", *tz[:4], *foot]
    if not a["caption"]:
        fur.append(cap)
    return p, text_of(p, True, False), url, section, a["author"], fur


def nctzalooa(a, n, tz):
    """Báo Người cao tuổi's article on its Zalo Official Account (the article page Zalo shows,
    saved): og:site_name 'Zalo', og:url the Zalo address (NOT the label's url), no time in any
    metadata; the OA header (the OA's name, 'Tài khoản chính thức', 'Quan tâm'); the kicker the
    OA's editor typed over the title (the category); the title an <h1>; ONE meta line
    'Báo Người cao tuổi · 08:15 26/04/2021' (time first, no weekday); the sapo bold; the photo's
    caption a grey <p>; at the end '<name>' bold, then 'Xem bài viết gốc' linking the original
    (the label's url); 'Bài viết khác từ Báo Người cao tuổi'; the QR hint; LF, BLANK lines."""
    section = ["Xã hội", "Thời sự", "Thời sự"][n - 1]
    oa = "Báo Người cao tuổi"
    url = f"https://nguoicaotuoi.org.vn/{slug(section)}/{slug(a['title'])}-{h(a['id'], 'ct') % 99999}.html"
    zurl = f"https://zalo.me/article/{h(a['id'], 'za') % 16**16:016x}"
    meta = f"{oa} · {hm(a)} {dmy(a)}"
    cap = "Ảnh minh họa"
    p = Page()
    p.raw(head(a["title"],
               '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
               '<meta property="og:site_name" content="Zalo">\n'
               f'<meta property="og:title" content="{html.escape(a["title"])}">\n'
               f'<meta property="og:description" content="{html.escape(a["lead"])}">\n'
               f'<meta property="og:url" content="{html.escape(zurl)}">\n'
               '<link rel="stylesheet" href="https://stc-zaloprofile.zdn.vn/article/css/article.css">\n'))
    p.raw('<body><div class="za-oa-header"><img class="za-avatar" src="https://s160-ava-talk.zadn.vn/oa/nct.jpg">')
    p.el("div", oa, 'class="za-oa-name"')
    p.el("div", "Tài khoản chính thức", 'class="za-oa-verified"')
    p.el("button", "Quan tâm", 'class="za-follow"')
    p.raw('</div><div class="za-article">')
    p.el("div", section, 'class="za-kicker"')
    p.el("h1", a["title"], 'class="za-title"')
    p.el("div", meta, 'class="za-meta"')
    p.raw('<p class="za-sapo"><strong>')
    p.el("span", a["lead"])
    p.raw("</strong></p>")

    def photo():
        p.raw(f'<div class="za-image"><img src="https://photo-zmp3.zadn.vn/article/{h(a["id"], "im") % 10**9}.jpg">')
        p.el("p", cap, 'class="za-caption" style="color:#888"')
        p.raw("</div>")

    body(p, a, photo)
    p.raw("<p><strong>")
    p.el("span", a["author"])
    p.raw("</strong></p>")
    p.el("a", "Xem bài viết gốc", f'href="{html.escape(url)}" class="za-source"')
    p.raw("</div>")
    related_div(p, "za-more", f"Bài viết khác từ {oa}", tz[:3], "h3")
    foot = ["Mở Zalo, bấm Quét QR để quét và xem trên điện thoại", "© Zalo"]
    footer(p, foot, ('<div class="za-footer">', "</div>"), "div")
    fur = ["Tài khoản chính thức", "Quan tâm", meta, "Xem bài viết gốc", f"Bài viết khác từ {oa}", *tz[:3],
           *foot, cap]
    return p, text_of(p, False, True), url, section, a["author"], fur


def chorayaspnet(a, n, tz):
    """Bệnh viện Chợ Rẫy's news page on an older ASP.NET WebForms CMS: the whole page one <form>
    with __VIEWSTATE and __EVENTVALIDATION, every field a <span id="ctl00_…">; no OpenGraph, no
    JSON-LD, only <meta name="keywords">; 'BỆNH VIỆN CHỢ RẪY' and 'CHO RAY HOSPITAL'; the trail
    'Trang chủ › Tin tức › <section>' (the category, last); the title a bold span; 'Cập nhật:
    27-04-2021 09:12' (dashes); the sapo a bold span; the caption an italic centred span; the
    byline '<name> (theo Dân trí)' bold right-aligned (the label is the name); 'Số lần xem:'; the
    address (the label's url) only in the 'Chia sẻ Facebook' link;
    'Các tin đã đăng' with ' - dd/mm/yyyy'; CRLF, one block a line, menus one item a line."""
    section = ["Sức khỏe cộng đồng", "Tin tổng hợp", "Tin y tế thế giới"][n - 1]
    nid = 800 + h(a["id"], "cr") % 4000
    url = f"http://choray.vn/TinTuc/ChiTiet.aspx?NewsID={nid}&CatID={10 + n}"
    when = f"Cập nhật: {dmy(a, '-')} {hm(a)}"
    cap = "Ảnh minh họa"
    by = f"{a['author']} (theo Dân trí)"
    views = f"Số lần xem: {120 + h(a['id'], 'lx') % 5000}"
    share = "Chia sẻ Facebook"
    vs = hashlib.sha256(a["id"].encode()).hexdigest() * 3
    p = Page()
    p.raw('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
          '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
          '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" '
          'content="text/html; charset=utf-8" /><title>Bệnh viện Chợ Rẫy</title>'
          '<meta name="keywords" content="Bệnh viện Chợ Rẫy, Cho Ray Hospital, tin y tế" />'
          '<link href="../App_Themes/Default/style.css" type="text/css" rel="stylesheet" /></head>\n'
          '<body><form name="aspnetForm" method="post" action="./ChiTiet.aspx?NewsID='
          f'{nid}" id="aspnetForm"><div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" '
          f'value="/wEPDwUK{vs[:120]}" /></div><div id="header"><img src="../images/logo_cr.png" alt="" />')
    p.el("span", "BỆNH VIỆN CHỢ RẪY", 'id="ctl00_lblHospital" class="hospital-name"')
    p.el("span", "CHO RAY HOSPITAL", 'id="ctl00_lblHospitalEn" class="hospital-en"')
    p.raw("</div>")
    menu = ["Trang chủ", "Giới thiệu", "Tin tức", "Khám chữa bệnh", "Đào tạo - Chỉ đạo tuyến",
            "Nghiên cứu khoa học", "Liên hệ"]
    p.group(('<table id="ctl00_menu" class="menu"><tr>', "</tr></table>"), '<td><a href="#">{t}</a></td>', menu, "\n")
    trail(p, ('<div class="sitepath">', "</div>"), '<a href="#">{t}</a>', ["Trang chủ", "Tin tức", section], " › ")
    p.raw('<table width="100%" class="news-detail"><tr><td>')
    p.el("span", a["title"], 'id="ctl00_ContentPlaceHolder1_lblTitle" class="title" style="font-weight:bold"')
    p.raw("<br />")
    p.el("span", when, 'id="ctl00_ContentPlaceHolder1_lblDate" class="date"')
    p.raw("<br />")
    p.el("span", a["lead"], 'id="ctl00_ContentPlaceHolder1_lblSummary" style="font-weight:bold"')
    p.raw('<div id="ctl00_ContentPlaceHolder1_divContent">')

    def photo():
        p.raw(f'<p align="center"><img src="../Upload/News/{nid}_1.jpg" width="500" /><br />')
        p.el("span", cap, 'style="font-style:italic"')
        p.raw("</p>")

    body(p, a, photo, para=lambda t: ("p", t, 'align="justify"'))
    p.raw('</div><p align="right"><b>')
    p.el("span", by)
    p.raw("</b></p>")
    p.el("span", views, 'id="ctl00_ContentPlaceHolder1_lblView"')
    p.raw("<br />")
    p.el("a", share, f'href="https://www.facebook.com/sharer.php?u={html.escape(url)}" target="_blank"')
    p.raw("</td></tr></table>")
    older = teaser_dated(tz[:5], a, "cr", "{t} - {d}")
    related_div(p, "old-news", "Các tin đã đăng", older, "h4")
    p.raw(f'<div><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEW{vs[120:180]}" /></div>')
    foot = ["BỆNH VIỆN CHỢ RẪY", "201B Nguyễn Chí Thanh, Phường 12, Quận 5, TP. Hồ Chí Minh",
            "Điện thoại: (028) 3855 4137"]
    footer(p, foot, ('<div id="footer">', "</div></form>"), "div")
    fur = ["CHO RAY HOSPITAL", when, by, views, share, "Các tin đã đăng", *older, *foot, cap]
    return p, text_of(p, True, False, "\r\n"), url, section, a["author"], fur


def ktdbsafari(a, n, tz):
    """Tạp chí Kinh tế và Dự báo (the Ministry of Planning and Investment's magazine) saved by
    Safari as a web archive and turned into HTML by Cocoa's HTML writer (textutil): NO structure
    left, every block a <p class="pN"> with <span class="sN">, the styles in the head, the
    'Cocoa HTML Writer' generator, an EMPTY <title>, no metadata at all; the links kept as <a>
    (the article's address, the label's url, only as the title's own link); the header
    ('KINH TẾ VÀ DỰ BÁO', 'Cơ quan của Bộ Kế hoạch và Đầu tư'); the menu one item a block; the
    trail 'Trang chủ > <section>' (the category, last); the title a bold 18pt paragraph;
    'Thứ Ba, 20/04/2021 | 10:35' (weekday first); the sapo bold; the caption italic; the
    byline '<name>' bold right; 'Bản in | Gửi bài' then 'Tin liên quan'; LF, BLANK lines."""
    section = ["Doanh nghiệp", "Kinh tế - Dự báo", "Doanh nghiệp"][n - 1]
    pid = 200000 + h(a["id"], "kd") % 99999
    url = f"https://kinhtevadubao.vn/{slug(a['title'])}-{pid}.html"
    when = f"{weekday(a)}, {dmy(a)} | {hm(a)}"
    cap = "Ảnh minh họa"
    tools = "Bản in | Gửi bài"
    p = Page()
    p.raw('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">\n'
          '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
          '<meta http-equiv="Content-Style-Type" content="text/css">\n<title></title>\n'
          '<meta name="Generator" content="Cocoa HTML Writer">\n<meta name="CocoaVersion" content="2022.5">\n'
          '<style type="text/css">\np.p1 {margin: 0.0px 0.0px 12.0px 0.0px; font: 12.0px Times}\n'
          "p.p2 {margin: 0.0px 0.0px 12.0px 0.0px; font: 18.0px Times}\n"
          "p.p3 {margin: 0.0px 0.0px 12.0px 0.0px; text-align: right; font: 12.0px Times}\n"
          "p.p4 {margin: 0.0px 0.0px 12.0px 0.0px; text-align: center; font: 11.0px Times}\n"
          "span.s1 {font-kerning: none}\nspan.s2 {text-decoration: underline ; font-kerning: none; color: #0000ee}\n"
          "</style>\n</head>\n<body>\n")

    def para(t, cls="p1", b=False, i=False, link=None):
        inner = html.escape(t, quote=False)
        if link:
            inner = f'<a href="{html.escape(link)}"><span class="s2">{inner}</span></a>'
        else:
            inner = f'<span class="s1">{inner}</span>'
        if i:
            inner = f"<i>{inner}</i>"
        if b:
            inner = f"<b>{inner}</b>"
        p.parts.append(f'<p class="{cls}">{inner}</p>')
        p.blocks.append(t)

    para("KINH TẾ VÀ DỰ BÁO", "p2", b=True, link="https://kinhtevadubao.vn/")
    para("Cơ quan của Bộ Kế hoạch và Đầu tư")
    for t in ["Trang chủ", "Kinh tế - Dự báo", "Doanh nghiệp", "Thị trường", "Tài chính - Ngân hàng", "Đầu tư"]:
        para(t, link="https://kinhtevadubao.vn/")
    para(f"Trang chủ > {section}")
    para(a["title"], "p2", b=True, link=url)
    para(when)
    para(a["lead"], b=True)
    for i, t in enumerate(a["paras"]):
        para(t)
        if i == 0:
            p.parts.append('<p class="p4"><img src="file:///Users/Shared/KTDB.webarchive/ktdb-1.jpg"></p>')
            para(cap, "p4", i=True)
    para(a["author"], "p3", b=True)
    p.parts.append(f'<p class="p1"><a href="https://kinhtevadubao.vn/print/{pid}.html"><span class="s2">Bản in</span></a>'
                   '<span class="s1"> | </span><a href="mailto:"><span class="s2">Gửi bài</span></a></p>')
    p.blocks.append(tools)
    para("Tin liên quan", b=True)
    for t in tz[:4]:
        para(t, link="https://kinhtevadubao.vn/")
    foot = ["© Tạp chí Kinh tế và Dự báo", "Địa chỉ: 65 Văn Miếu, Đống Đa, Hà Nội"]
    for t in foot:
        para(t, "p4")
    p.parts.append("</body>\n</html>\n")
    fur = ["KINH TẾ VÀ DỰ BÁO", "Cơ quan của Bộ Kế hoạch và Đầu tư", f"Trang chủ > {section}", when, tools,
           "Tin liên quan", *tz[:4], *foot, cap]
    return p, text_of(p, False, True), url, section, a["author"], fur

# ---------------------------------------------------------------- plan and output

TEMPLATES = {"quangngaivportal": quangngaivportal, "ldldnabingcache": ldldnabingcache, "tcnnmobile": tcnnmobile,
             "nctzalooa": nctzalooa, "chorayaspnet": chorayaspnet, "ktdbsafari": ktdbsafari}

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
