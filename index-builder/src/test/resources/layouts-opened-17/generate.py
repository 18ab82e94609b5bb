"""Builds the seventeenth opened page-layout set (formerly the SEVENTEENTH unseen check): 18 real corpus articles laid out as six
publishers or captures that are NOT a newspaper's desktop article page, each page as HTML and as
the visible text a scraper saves from it, with labels: a provincial government portal on Liferay
(Cổng thông tin điện tử tỉnh Bình Phước: a generic <title>, 'Chuyên mục:', 'Ngày đăng: … | Lượt
xem:'), a labour-rights NGO's WordPress blog with sidebars (Trung tâm Phát triển và Hội nhập, CDI:
Yoast's JSON-LD, 'Đăng ngày 12 Tháng Ba, 2019 bởi …', 'Chuyên mục:' after the post), a magazine's
article in Telegram's Instant View (Tạp chí Lao động và Công đoàn: the kicker, the English date,
'Xem bài gốc'), a ministry's page saved by Cốc Cốc (Bộ Tư pháp: the 'saved from url' comment,
absolute addresses, inline scripts, '15:41 | 01/11/2020'), a sector newspaper's lite edition (Báo
Đấu thầu: text only, JSON-LD, the author before the sapo) and a provincial department on an older
ASP CMS (Sở Khoa học và Công nghệ tỉnh Hậu Giang: tables, <font>, 'Cập nhật ngày', 'Lượt xem:',
no metadata at all). Metadata: a canonical only; OpenGraph and JSON-LD; Telegram's OpenGraph;
OpenGraph without a time; JSON-LD and a canonical; none.

  python3 index-builder/src/test/resources/layouts-opened-17/generate.py   # from the repository root

Reads ../shared/corpus (beside the repository; VNNEWS_CORPUS names another folder). Writes,
beside this script:
  <site>/<n>.html   the page as the site serves it (or as the capture saved it)
  <site>/<n>.txt    its visible text, saved with that site's scraper convention (see the README)
  labels.jsonl      one line per page, the schema of ../layouts-opened-15/labels.jsonl,
                    "half": "opened"

Written from what the real sites look like, without reading the extractor's rules and never tuned
on. Labels come from the corpus article's fields and from what the template prints. The articles
are named below (ARTICLES), not searched for. The article, paragraph, date and page plumbing is
the sixteenth set's (../layouts-unseen-16/generate.py, now ../layouts-opened-16/generate.py, itself the fifteenth's), unchanged but for
the teaser order's salt.
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
# every labels.jsonl under ../layout*/). dantri: nine of the October-November 2020 crawl
# (UNSIGNED: no byline; the site prints a reporter's name from a hash), a lead of 20 words or
# more that does not open with dantri's 'Dân trí' tag, five or more body paragraphs.
# vietnews-labour: a title without quotes, a lead of 18 words or more, 16 or more usable
# sentences. The two marked (A) are agreement signings, and the signing is printed on the page.
ARTICLES = {
    "binhphuocportal": ["vietnews-train-074150",
                        "vietnews-train-074885",  # (A) 'trưởng Phòng Giáo dục ... ký hợp đồng đối với 12 người'
                        "vietnews-train-082126"],
    "cdiwordpress": ["vietnews-train-089054", "vietnews-test-005614", "vietnews-train-061588"],
    "ldcdtelegram": ["vietnews-train-060865",  # (A) 'Sau khi ký hợp đồng mua độc quyền, ...'
                     "vietnews-train-073007", "vietnews-train-081888"],
    "mojcoccoc": ["dantri-news_society_005", "dantri-news_society_006", "dantri-news_society_014"],
    "baodauthaulite": ["dantri-news_business_004", "dantri-news_business_008", "dantri-news_business_016"],
    "sokhcnoldcms": ["dantri-news_science_003", "dantri-news_science_009", "dantri-news_science_015"],
}
STORY_PARAS = {}
LABOUR_PARAS = {}
AGREEMENTS = {"vietnews-train-074885", "vietnews-train-060865"}
UNSIGNED = {i for s in ("mojcoccoc", "baodauthaulite", "sokhcnoldcms") for i in ARTICLES[s]}
# labour pages whose text fixes the date the hash missed, read by hand on the pages' own text
# BEFORE the one extractor run: the interns who left their jobs in Japan, figures 'công bố hôm
# 29-3' that count 'tháng 12-2018' (30 March 2019); the twelve teachers' suit, 'Sáng 19-4' after
# notices of '15-8-2017' and a suit filed 'Cuối tháng 9-2017' (April 2018, 'Sáng 19-4' then names
# 19 April 2018); women in the fourth industrial revolution, a workshop 'hôm 19-12' (the day after,
# 20 December 2017, not five weeks later)
PRINTED_IN = {"vietnews-train-074885": (2018, 4)}
PRINTED_ON = {"vietnews-test-005614": datetime.date(2019, 3, 30),
              "vietnews-train-081888": datetime.date(2017, 12, 20)}
# "Sáng 1/11, ... đón nhận Huân chương": printed late in the morning it reports
PRINTED_AT = {"dantri-news_society_005": (11, 40)}
# Every id the other layout sets name (the "id" of every labels.jsonl under ../layout*/, this set
# excluded: 345 ids): teasers never come from these, and an article named above must not be one.
USED_ELSEWHERE = {
    "dantri-news_business_001", "dantri-news_business_003", "dantri-news_business_005",
    "dantri-news_business_006", "dantri-news_business_007", "dantri-news_business_009",
    "dantri-news_business_010", "dantri-news_business_011", "dantri-news_business_012",
    "dantri-news_business_013", "dantri-news_business_015", "dantri-news_business_017",
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
    "dantri-news_science_002", "dantri-news_science_006", "dantri-news_science_008",
    "dantri-news_science_011", "dantri-news_science_012", "dantri-news_science_013",
    "dantri-news_science_014", "dantri-news_science_025", "dantri-news_science_046",
    "dantri-news_science_086", "dantri-news_science_110", "dantri-news_science_116",
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
    "vietnews-test-005681", "vietnews-test-007353", "vietnews-test-012133", "vietnews-test-013647",
    "vietnews-test-014182", "vietnews-test-016067", "vietnews-test-016199", "vietnews-test-017223",
    "vietnews-test-017614", "vietnews-test-017847", "vietnews-test-018632", "vietnews-test-019228",
    "vietnews-test-019720", "vietnews-test-019749", "vietnews-test-020418", "vietnews-test-020433",
    "vietnews-test-020546", "vietnews-test-020693", "vietnews-test-021691", "vietnews-test-021858",
    "vietnews-test-022542", "vietnews-train-002429", "vietnews-train-010224",
    "vietnews-train-010255", "vietnews-train-010611", "vietnews-train-010709",
    "vietnews-train-010778", "vietnews-train-011150", "vietnews-train-011227",
    "vietnews-train-012544", "vietnews-train-012997", "vietnews-train-014331",
    "vietnews-train-014633", "vietnews-train-015127", "vietnews-train-015555",
    "vietnews-train-015780", "vietnews-train-016019", "vietnews-train-016549",
    "vietnews-train-016803", "vietnews-train-017926", "vietnews-train-018175",
    "vietnews-train-018225", "vietnews-train-018918", "vietnews-train-020360",
    "vietnews-train-020398", "vietnews-train-020986", "vietnews-train-021754",
    "vietnews-train-022332", "vietnews-train-022440", "vietnews-train-024776",
    "vietnews-train-025487", "vietnews-train-025589", "vietnews-train-026784",
    "vietnews-train-031566", "vietnews-train-040295", "vietnews-train-048196",
    "vietnews-train-055323", "vietnews-train-060882", "vietnews-train-061769",
    "vietnews-train-062000", "vietnews-train-062978", "vietnews-train-063447",
    "vietnews-train-064195", "vietnews-train-064537", "vietnews-train-064541",
    "vietnews-train-064964", "vietnews-train-065135", "vietnews-train-065896",
    "vietnews-train-066541", "vietnews-train-066577", "vietnews-train-067704",
    "vietnews-train-067795", "vietnews-train-068114", "vietnews-train-068170",
    "vietnews-train-068192", "vietnews-train-068481", "vietnews-train-070223",
    "vietnews-train-070657", "vietnews-train-071236", "vietnews-train-072465",
    "vietnews-train-073315", "vietnews-train-073441", "vietnews-train-073597",
    "vietnews-train-074235", "vietnews-train-074243", "vietnews-train-074594",
    "vietnews-train-074792", "vietnews-train-074814", "vietnews-train-075766",
    "vietnews-train-076752", "vietnews-train-077214", "vietnews-train-077673",
    "vietnews-train-078289", "vietnews-train-079045", "vietnews-train-080184",
    "vietnews-train-081391", "vietnews-train-083091", "vietnews-train-084708",
    "vietnews-train-085602", "vietnews-train-086594", "vietnews-train-086602",
    "vietnews-train-087837", "vietnews-train-088888", "vietnews-train-089713",
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
    teasers = sorted(set(teasers), key=lambda t: h(t, "teaser17"))
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


def binhphuocportal(a, n, tz):
    """Cổng thông tin điện tử tỉnh Bình Phước on Liferay: a generic <title> ('Tin tức - Sự kiện -
    Cổng thông tin điện tử tỉnh Bình Phước'), no OpenGraph, no JSON-LD, a canonical (the label's
    url); Liferay's portlet markup (portlet-boundary, portlet-title-text, journal-content-article);
    'Đăng nhập' and the top menu; the portlet's title 'Tin tức - Sự kiện' over 'Chuyên mục: <section>'
    (the category); the title an <h3>; ONE line 'Ngày đăng: 12/03/2019 | 15:41 | Lượt xem: 1234';
    the sapo an italic <div class="summary">; the photo in a table with its caption cell; the byline
    bold right-aligned '<name> (Báo Bình Phước)' (the label is the name); 'Tin liên quan' with
    ' - dd/mm/yyyy'; the footer of the province; LF, one block a line, menus one line."""
    section = ["Giáo dục - Đào tạo", "Pháp luật", "Văn hóa - Xã hội"][n - 1]
    aid = 400000 + h(a["id"], "bp") % 99999
    url = f"https://binhphuoc.gov.vn/vi/news/{slug(section)}/{slug(a['title'])}-{aid}.html"
    when = f"Ngày đăng: {dmy(a)} | {hm(a)} | Lượt xem: {150 + h(a['id'], 'lx') % 3000}"
    cap = a["caption"] or "Ảnh minh họa"
    by = f"{a['author']} (Báo Bình Phước)"
    cat = f"Chuyên mục: {section}"
    p = Page()
    p.raw(head("Tin tức - Sự kiện - Cổng thông tin điện tử tỉnh Bình Phước",
               f'<link rel="canonical" href="{html.escape(url)}">\n'
               '<link href="/o/binhphuoc-theme/css/main.css" rel="stylesheet">\n'
               '<script src="/o/frontend-js-web/liferay/aui_deprecated.js"></script>\n'))
    p.raw('<body class="controls-visible yui3-skin-sam guest-site signed-out public-page site">'
          '<div id="wrapper"><header id="banner" role="banner"><img src="/o/binhphuoc-theme/images/banner.png" '
          'alt="Cổng thông tin điện tử tỉnh Bình Phước">')
    p.el("a", "Đăng nhập", 'href="/c/portal/login" id="sign-in"')
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chính quyền", "Văn bản", "Dịch vụ công",
            "Hỏi đáp", "Liên hệ"]
    p.group(('<nav id="navigation"><ul>', "</ul></nav>"), '<li><a href="/">{t}</a></li>', menu, " | ")
    p.raw('</header><section id="content"><div id="p_p_id_tintuc_WAR_bpportlet_" '
          'class="portlet-boundary portlet-boundary_tintuc_WAR_bpportlet_ portlet-journal-content">'
          '<div class="portlet-topper">')
    p.el("h2", "Tin tức - Sự kiện", 'class="portlet-title-text"')
    p.raw('</div><div class="portlet-content">')
    p.el("div", cat, 'class="news-category"')
    p.el("h3", a["title"], 'class="title-detail"')
    p.el("div", when, 'class="date-detail"')
    p.el("div", a["lead"], 'class="summary" style="font-style:italic;font-weight:bold"')
    p.raw('<div class="journal-content-article">')

    def photo():
        p.raw('<table class="image" align="center"><tbody><tr><td><img src="/documents/10181/'
              f'{aid}/{slug(a["title"])[:24]}.jpg" width="500"></td></tr><tr>')
        p.el("td", cap, 'class="image_desc" style="text-align:center"')
        p.raw("</tr></tbody></table>")

    body(p, a, photo, para=lambda t: ("p", t, 'style="text-align:justify"'))
    p.raw('<p style="text-align:right"><strong>')
    p.el("span", by)
    p.raw("</strong></p></div></div></div>")
    rel = teaser_dated(tz[:4], a, "bp", "{t} - {d}")
    related_div(p, "related-news", "Tin liên quan", rel, "h4")
    p.raw("</section>")
    foot = ["Cơ quan chủ quản: Ủy ban nhân dân tỉnh Bình Phước",
            "Đơn vị quản lý: Sở Thông tin và Truyền thông tỉnh Bình Phước",
            "Địa chỉ: Đường Trần Hưng Đạo, phường Tân Phú, thành phố Đồng Xoài, tỉnh Bình Phước"]
    footer(p, foot, ('<footer id="footer">', "</footer></div>"), "div")
    fur = ["Đăng nhập", "Tin tức - Sự kiện", cat, when, by, "Tin liên quan", *rel, *foot]
    if not a["caption"]:
        fur.append(cap)
    return p, text_of(p, False, False), url, section, a["author"], fur


def cdiwordpress(a, n, tz):
    """Trung tâm Phát triển và Hội nhập (CDI, a labour-rights NGO), a WordPress blog with sidebars:
    Yoast's OpenGraph and JSON-LD @graph (WebPage, Article with datePublished), the theme's
    header ('Trung tâm Phát triển và Hội nhập', the tagline) and menu; the title an
    <h1 class="entry-title">; the post meta ONE line 'Đăng ngày 12 Tháng Ba, 2019 bởi <name>' (the
    time only in the JSON-LD and article:published_time); the sapo the first <p> in bold; the photo a
    [caption] figure (wp-caption-text); 'Chuyên mục: <section>' and 'Thẻ:' AFTER the post (the
    category); the share buttons; 'Bài viết liên quan'; the sidebar after the post ('Tìm kiếm',
    'Bài viết mới', 'Lưu trữ', 'Chuyên mục'); LF, a BLANK line between blocks."""
    section = ["An toàn lao động", "Lao động di cư", "Quyền của người lao động"][n - 1]
    url = f"https://cdivietnam.org/{a['date'].year}/{a['date'].month:02d}/{slug(a['title'])}/"
    d = a["date"]
    meta = f"Đăng ngày {d.day} Tháng {MONTHS_VI[d.month - 1]}, {d.year} bởi {a['author']}"
    cap = a["caption"] or "Ảnh minh họa"
    cat = f"Chuyên mục: {section}"
    tags = "Thẻ: công nhân, người lao động, công đoàn"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": url, "url": url, "name": a["title"], "inLanguage": "vi"},
        {"@type": "Article", "headline": a["title"], "datePublished": iso(a), "dateModified": iso(a),
         "author": {"@type": "Person", "name": a["author"]}, "articleSection": [section],
         "mainEntityOfPage": {"@id": url},
         "publisher": {"@type": "Organization", "name": "Trung tâm Phát triển và Hội nhập"}}]}
    p = Page()
    p.raw(head(f"{a['title']} - Trung tâm Phát triển và Hội nhập",
               '<meta name="robots" content="index, follow">\n'
               f'<link rel="canonical" href="{html.escape(url)}">\n'
               + og(a, url, "Trung tâm Phát triển và Hội nhập", section=section) + jsonld(ld)
               + "<link rel='stylesheet' id='generatepress-css' href='https://cdivietnam.org/wp-content/themes/"
               "generatepress/style.min.css' media='all'>\n"))
    p.raw('<body class="post-template-default single single-post right-sidebar">'
          '<header class="site-header"><div class="site-branding">')
    p.el("p", "Trung tâm Phát triển và Hội nhập", 'class="main-title"')
    p.el("p", "Vì quyền của người lao động và cộng đồng yếu thế", 'class="site-description"')
    p.raw("</div>")
    menu = ["Trang chủ", "Về chúng tôi", "Hoạt động", "Tin tức", "Ấn phẩm", "Liên hệ"]
    p.group(('<nav class="main-navigation"><ul id="menu-main">', "</ul></nav>"),
            '<li class="menu-item"><a href="#">{t}</a></li>', menu, " ")
    p.raw('</header><div class="site-content"><main class="content-area"><article class="post type-post">'
          '<header class="entry-header">')
    p.el("h1", a["title"], 'class="entry-title"')
    p.el("div", meta, 'class="entry-meta"')
    p.raw('</header><div class="entry-content">')
    p.raw("<p><strong>")
    p.el("span", a["lead"])
    p.raw("</strong></p>")

    def photo():
        p.raw(f'<figure class="wp-caption aligncenter" style="width: 640px"><img class="size-large" '
              f'src="https://cdivietnam.org/wp-content/uploads/{d.year}/{d.month:02d}/{slug(a["title"])[:20]}.jpg">')
        p.el("figcaption", cap, 'class="wp-caption-text"')
        p.raw("</figure>")

    body(p, a, photo)
    p.raw('</div><footer class="entry-meta">')
    p.el("span", cat, 'class="cat-links"')
    p.el("span", tags, 'class="tags-links"')
    p.raw("</footer>")
    share = ["Chia sẻ:", "Facebook", "Twitter", "Email"]
    p.group(('<div class="sharedaddy">', "</div>"), '<a href="#">{t}</a>', share, " ")
    p.raw("</article>")
    related_div(p, "jp-relatedposts", "Bài viết liên quan", tz[:3], "h3")
    p.raw('</main><aside class="widget-area sidebar">')
    p.el("h2", "Tìm kiếm", 'class="widget-title"')
    p.el("h2", "Bài viết mới", 'class="widget-title"')
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[3:6], "\n")
    p.el("h2", "Lưu trữ", 'class="widget-title"')
    arch = []
    for k in range(3):
        m = (d.month - 1 - k) % 12
        arch.append(f"Tháng {MONTHS_VI[m]} {d.year - (1 if d.month - 1 - k < 0 else 0)}")
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', arch, "\n")
    p.el("h2", "Chuyên mục", 'class="widget-title"')
    cats = ["An toàn lao động", "Lao động di cư", "Quyền của người lao động", "Tin hoạt động"]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', cats, "\n")
    p.raw("</aside></div>")
    foot = ["© 2019 Trung tâm Phát triển và Hội nhập", "Xây dựng bằng GeneratePress"]
    footer(p, foot, ('<footer class="site-info">', "</footer>"), "div")
    fur = ["Vì quyền của người lao động và cộng đồng yếu thế", meta, cat, tags, "Chia sẻ: Facebook Twitter Email",
           "Bài viết liên quan", "Bài viết mới", "Lưu trữ", *arch, *foot]
    if not a["caption"]:
        fur.append(cap)
    return p, text_of(p, False, True), url, section, a["author"], fur


def ldcdtelegram(a, n, tz):
    """Tạp chí Lao động và Công đoàn's article as Telegram's Instant View showed it, saved from the
    browser (t.me/iv?url=…): og:site_name 'Telegram', og:title, article:published_time, the
    original address only as the IV's 'url' parameter and the 'Xem bài gốc' link (the label's
    url: the original); the IV header ('Instant View', the channel's name); the kicker
    <h6 class="kicker"> (the category) over the <h1>; the sapo an <h2>; <address> with the author
    link and the date printed in English ('March 12, 2019', the time only in <time datetime>);
    <figure> with <figcaption> and its <cite> credit; 'Bài viết liên quan' (the IV's related
    block); 'Xem bài gốc' and 'Mở trong Telegram'; LF, one block a line."""
    section = ["Kinh tế", "Giáo dục nghề nghiệp", "Bình đẳng giới"][n - 1]
    url = f"https://laodongcongdoan.vn/{slug(a['title'])}-{9000 + h(a['id'], 'lc') % 9999}.html"
    iv = f"https://t.me/iv?url={url.replace(':', '%3A').replace('/', '%2F')}&rhash={h(a['id'], 'rh') % 16**14:014x}"
    d = a["date"]
    printed = f"{MONTHS_LONG[d.month - 1]} {d.day}, {d.year}"
    cap = a["caption"] or "Ảnh minh họa"
    # the credit <cite>, unless the caption names its own photographer
    credit = "" if re.search(r"Ảnh ?:", cap) else "Ảnh: Tạp chí Lao động và Công đoàn"
    channel = "Tạp chí Lao động và Công đoàn"
    p = Page()
    p.raw(head(a["title"],
               '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
               '<meta property="og:site_name" content="Telegram">\n'
               f'<meta property="og:title" content="{html.escape(a["title"])}">\n'
               f'<meta property="og:description" content="{html.escape(a["lead"])}">\n'
               f'<meta property="og:url" content="{html.escape(iv)}">\n'
               f'<meta property="article:published_time" content="{iso(a)}">\n'
               '<link rel="stylesheet" href="https://telegram.org/css/instantview.css">\n'))
    p.raw('<body><div class="tl_page_wrap"><div class="tl_page"><div class="iv-header">')
    trail(p, ('<div class="iv-logo">', "</div>"), '<span>{t}</span>', ["Instant View", channel], " · ")
    p.raw('</div><main class="tl_article"><header class="tl_article_header">')
    p.el("h6", section, 'class="kicker"')
    p.el("h1", a["title"])
    p.el("h2", a["lead"])
    p.raw(f'<address><a rel="author">{html.escape(a["author"])}</a> '
          f'<a href="{html.escape(url)}" target="_blank"><time datetime="{iso(a)}">{html.escape(printed)}</time></a>'
          "</address>")
    p.blocks.append(f"{a['author']} {printed}")
    p.raw('</header><article class="tl_article_content" id="_tl_editor">')

    def photo():
        p.raw(f'<figure><img src="https://cdn4.telesco.pe/file/{h(a["id"], "im") % 10**12}.jpg">'
              f'<figcaption>{html.escape(cap)}' + (f' <cite>{html.escape(credit)}</cite>' if credit else '')
              + '</figcaption></figure>')
        p.blocks.append(f"{cap} {credit}".strip())

    body(p, a, photo)
    p.raw('<section class="related">')
    p.el("h4", "Bài viết liên quan", 'class="related_title"')
    p.group(('<div class="related_items">', "</div>"), '<a class="related_item" href="#">{t}</a>', tz[:3], "\n")
    p.raw("</section></article></main>")
    p.raw(f'<div class="tl_footer"><a href="{html.escape(url)}">')
    p.el("span", "Xem bài gốc")
    p.raw("</a>")
    p.el("a", "Mở trong Telegram", 'href="tg://resolve"')
    p.raw("</div></div></div>\n</body>\n</html>\n")
    fur = [f"Instant View · {channel}", f"{a['author']} {printed}", f"{cap} {credit}".strip(), "Bài viết liên quan", *tz[:3],
           "Xem bài gốc", "Mở trong Telegram"]
    return p, text_of(p, False, False), url, section, a["author"], fur


def mojcoccoc(a, n, tz):
    """Cổng thông tin điện tử Bộ Tư pháp's news page saved by Cốc Cốc ('Lưu trang thành…',
    complete): the Chromium 'saved from url' comment before <html> (the label's url), every
    stylesheet, script and image an absolute address, inline scripts (analytics) and styles kept;
    OpenGraph without a time; the ministry's header ('BỘ TƯ PHÁP', 'CỔNG THÔNG TIN ĐIỆN TỬ'); the
    trail 'Trang chủ » Tin tức » <section>' (one line, the category the last item); the title an
    <h1>; '15:41 | 01/11/2020' (time first); the sapo a bold <div>; the caption an italic
    centred <p>; the byline '<name> (t/h)' bold right-aligned (the label is the name); 'Các tin
    đã đưa' with ' (dd/mm/yyyy)'; CRLF, one block a line, menus one item a line."""
    section = ["Tin hoạt động", "Tin tổng hợp", "Tin tổng hợp"][n - 1]
    url = f"https://moj.gov.vn/qt/tintuc/Pages/{slug(section)}.aspx?ItemID={3200 + h(a['id'], 'mj') % 999}"
    when = f"{hm(a)} | {dmy(a)}"
    cap = "Ảnh minh họa"
    by = f"{a['author']} (t/h)"
    p = Page()
    p.raw(f"<!DOCTYPE html>\n<!-- saved from url=({len(url):04d}){url} -->\n")
    p.raw('<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
          f"<title>{html.escape(a['title'])}</title>\n"
          + og(a, url, "Cổng thông tin điện tử Bộ Tư pháp", published=False)
          + '<link rel="stylesheet" type="text/css" href="https://moj.gov.vn/_layouts/15/moj/css/style.css">'
          '<style type="text/css">.ms-rteElement-Caption{font-style:italic}.news-date{color:#888}</style>'
          '<script type="text/javascript" async src="https://www.googletagmanager.com/gtag/js?id=UA-52394521-1">'
          "</script><script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
          "gtag('js',new Date());gtag('config','UA-52394521-1');</script></head>\n<body>"
          '<div class="header"><img src="https://moj.gov.vn/_layouts/15/moj/images/quochuy.png" width="80">')
    p.el("div", "BỘ TƯ PHÁP", 'class="ministry-name"')
    p.el("div", "CỔNG THÔNG TIN ĐIỆN TỬ", 'class="portal-name"')
    p.raw("</div>")
    menu = ["Trang chủ", "Giới thiệu", "Tin tức", "Chỉ đạo điều hành", "Văn bản pháp luật",
            "Thủ tục hành chính", "Hỏi đáp"]
    p.group(('<ul class="mainmenu">', "</ul>"), '<li><a href="https://moj.gov.vn/">{t}</a></li>', menu, "\n")
    trail(p, ('<div class="breadcrumb">', "</div>"), '<a href="https://moj.gov.vn/">{t}</a>',
          ["Trang chủ", "Tin tức", section], " » ")
    p.raw('<div class="news-detail">')
    p.el("h1", a["title"], 'class="title"')
    p.el("div", when, 'class="news-date"')
    p.el("div", a["lead"], 'class="sapo" style="font-weight:bold"')
    p.raw('<div class="ms-rtestate-field">')

    def photo():
        p.raw(f'<p style="text-align:center"><img src="https://moj.gov.vn/qt/tintuc/PublishingImages/'
              f'{h(a["id"], "im") % 10**7}.jpg" width="550"></p>')
        p.parts.append(f'<p style="text-align:center"><em>{cap}</em></p>')
        p.blocks.append(cap)

    body(p, a, photo, para=lambda t: ("p", t, 'style="text-align:justify"'))
    p.raw('</div><p style="text-align:right"><strong>')
    p.el("span", by)
    p.raw("</strong></p></div>")
    older = teaser_dated(tz[:5], a, "mj", "{t} ({d})")
    related_div(p, "other-news", "Các tin đã đưa", older, "h3")
    foot = ["CỔNG THÔNG TIN ĐIỆN TỬ BỘ TƯ PHÁP", "Địa chỉ: 60 Trần Phú, Ba Đình, Hà Nội",
            "Giấy phép số 28/GP-TTĐT do Bộ Thông tin và Truyền thông cấp"]
    footer(p, foot, ('<div class="footer">', "</div>"), "div")
    fur = ["BỘ TƯ PHÁP", "CỔNG THÔNG TIN ĐIỆN TỬ", when, by, "Các tin đã đưa", *older, *foot, cap]
    return p, text_of(p, True, False, "\r\n"), url, section, a["author"], fur


def baodauthaulite(a, n, tz):
    """Báo Đấu thầu's lite edition (baodauthau.vn/lite/…, a text-only page for slow connections):
    no images, no scripts but the JSON-LD NewsArticle (datePublished, author), a canonical to the
    full page (the label's url), no OpenGraph; 'BÁO ĐẤU THẦU' and 'Phiên bản rút gọn'; the section
    a plain link (the category); the title an <h1>; '01/10/2020 15:41' then the author on its own
    line BEFORE the sapo; the sapo a bold <p>; no photo, no caption; 'Tin khác' of four titles;
    'Xem phiên bản đầy đủ', 'Lên đầu trang'; LF, a BLANK line between blocks."""
    section = ["Đầu tư", "Doanh nghiệp", "Đầu tư"][n - 1]
    pid = 70000 + h(a["id"], "dt") % 29999
    url = f"https://baodauthau.vn/{slug(a['title'])}-post{pid}.html"
    when = f"{dmy(a)} {hm(a)}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": iso(a), "author": {"@type": "Person", "name": a["author"]},
          "articleSection": section, "mainEntityOfPage": url,
          "publisher": {"@type": "Organization", "name": "Báo Đấu thầu"}}
    p = Page()
    p.raw(head(f"{a['title']} | Báo Đấu thầu",
               '<meta name="viewport" content="width=device-width">\n'
               f'<link rel="canonical" href="{html.escape(url)}">\n' + jsonld(ld)
               + "<style>body{font:16px/1.5 Georgia,serif;max-width:640px;margin:auto}</style>\n"))
    p.raw('<body><div class="lite-header">')
    p.el("a", "BÁO ĐẤU THẦU", 'href="/lite/"')
    p.el("span", "Phiên bản rút gọn", 'class="lite-label"')
    p.raw("</div><article>")
    p.el("a", section, f'href="/lite/{slug(section)}/" class="cat"')
    p.el("h1", a["title"])
    p.el("div", when, 'class="time"')
    p.el("div", a["author"], 'class="author"')
    p.el("p", a["lead"], 'class="sapo" style="font-weight:bold"')
    body(p, a)
    p.raw("</article>")
    related_div(p, "lite-related", "Tin khác", tz[:4], "h2")
    foot = ["Xem phiên bản đầy đủ", "Lên đầu trang", "© Báo Đấu thầu - Cơ quan của Bộ Kế hoạch và Đầu tư"]
    footer(p, foot, ('<div class="lite-footer">', "</div>"), "div")
    fur = ["BÁO ĐẤU THẦU", "Phiên bản rút gọn", when, "Tin khác", *tz[:4], *foot]
    return p, text_of(p, False, True), url, section, a["author"], fur


def sokhcnoldcms(a, n, tz):
    """Sở Khoa học và Công nghệ tỉnh Hậu Giang on an older ASP CMS: HTML 4.01 Transitional,
    tables for layout, <font> everywhere, the generic <title> 'SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HẬU
    GIANG', no metadata at all; the banner and a left menu table; the section's header cell in
    capitals over the article ('TIN KHOA HỌC - CÔNG NGHỆ'), the section in title case on the
    trail line 'Trang chủ > <section>' (the category); the title a bold <font>;
    'Cập nhật ngày 03/10/2020 15:41:00'; the sapo bold in a <font>; the paragraphs bare <p align="justify">;
    the name bold italic right-aligned, then 'Nguồn: Báo điện tử Dân trí'; 'Lượt xem: 523';
    '[Trở về] [In trang] [Gửi bạn bè]' (the address only in the mailto link, the label's url);
    'Các tin khác:' with '(dd/mm/yyyy)'; LF, one block a line, menus one item a line."""
    section = ["Tin khoa học - công nghệ", "Khoa học và đời sống", "Tin khoa học - công nghệ"][n - 1]
    nid = 1200 + h(a["id"], "kh") % 3000
    url = f"http://sokhcn.haugiang.gov.vn/tintuc/chitiet.asp?id={nid}&catid={3 + n}"
    when = f"Cập nhật ngày {dmy(a)} {hm(a)}:00"
    views = f"Lượt xem: {80 + h(a['id'], 'lx') % 900}"
    src = "Nguồn: Báo điện tử Dân trí"
    tools = "[Trở về] [In trang] [Gửi bạn bè]"
    p = Page()
    p.raw('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html><head>'
          '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
          "<title>SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HẬU GIANG</title>"
          '<link href="../css/style.css" rel="stylesheet" type="text/css"></head>\n'
          '<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0"><table width="990" border="0" cellspacing="0" '
          'cellpadding="0" align="center"><tr><td colspan="2"><img src="../images/banner.jpg" width="990" '
          'height="140"></td></tr><tr><td width="200" valign="top" bgcolor="#EAF2FB">')
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Tin khoa học - công nghệ", "Khoa học và đời sống",
            "Văn bản pháp quy", "Thủ tục hành chính", "Liên hệ"]
    p.group(('<table width="100%" cellpadding="4">', "</table>"),
            '<tr><td><font face="Arial" size="2"><a href="#">{t}</a></font></td></tr>', menu, "\n")
    p.raw('</td><td width="790" valign="top"><table width="100%" cellpadding="6"><tr><td bgcolor="#1F5FA8">'
          '<font face="Arial" size="2" color="#FFFFFF"><b>')
    p.el("span", section.upper())
    p.raw("</b></font></td></tr><tr><td>")
    trail(p, ('<font face="Arial" size="1">', "</font>"), '<a href="#">{t}</a>', ["Trang chủ", section], " > ")
    p.raw('<br><font face="Arial" size="3" color="#003399"><b>')
    p.el("span", a["title"])
    p.raw('</b></font><br><font face="Arial" size="1" color="#808080"><i>')
    p.el("span", when)
    p.raw('</i></font><p align="justify"><font face="Arial" size="2"><b>')
    p.el("span", a["lead"])
    p.raw("</b></font></p>")
    body(p, a, para=lambda t: ("p", t, 'align="justify"'))
    p.raw('<p align="right"><font face="Arial" size="2"><b><i>')
    p.el("span", a["author"])
    p.raw("</i></b></font></p>")
    p.el("p", src, 'align="right"')
    p.el("div", views)
    p.raw(f'<div><a href="javascript:history.back()">[Trở về]</a> <a href="javascript:window.print()">[In trang]'
          f'</a> <a href="mailto:?subject=Tin%20hay&amp;body={html.escape(url)}">[Gửi bạn bè]</a></div>')
    p.blocks.append(tools)
    p.el("p", "Các tin khác:", 'style="font-weight:bold"')
    older = teaser_dated(tz[:5], a, "kh", "{t} ({d})")
    p.group(("<ul>", "</ul>"), '<li><font face="Arial" size="2"><a href="#">{t}</a></font></li>', older, "\n")
    p.raw("</td></tr></table></td></tr></table>")
    foot = ["Bản quyền thuộc Sở Khoa học và Công nghệ tỉnh Hậu Giang",
            "Địa chỉ: Số 9, đường Trần Hưng Đạo, phường V, thành phố Vị Thanh, tỉnh Hậu Giang",
            "Thiết kế và xây dựng: Trung tâm Ứng dụng tiến bộ khoa học và công nghệ"]
    footer(p, foot, ('<table width="990" align="center" bgcolor="#1F5FA8"><tr><td align="center">'
                     '<font face="Arial" size="1" color="#FFFFFF">', "</font></td></tr></table>"), "div")
    fur = [section.upper(), when, src, views, tools, "Các tin khác:", *older, *foot]
    return p, text_of(p, True, False), url, section, a["author"], fur

# ---------------------------------------------------------------- plan and output

TEMPLATES = {"binhphuocportal": binhphuocportal, "cdiwordpress": cdiwordpress, "ldcdtelegram": ldcdtelegram,
             "mojcoccoc": mojcoccoc, "baodauthaulite": baodauthaulite, "sokhcnoldcms": sokhcnoldcms}

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
