"""Builds the fifteenth opened page-layout set (formerly the FIFTEENTH unseen check): 18 real corpus articles laid out as six
publishers or captures that are NOT a newspaper's desktop article page, each page as HTML and as
the visible text a scraper saves from it, with labels: a provincial trade union's portal (Liên
đoàn Lao động tỉnh Đồng Nai) as archive.today serves it back (its header, every element flattened
to an inline-styled <div>, the capture time as article:published_time), a district portal on an
old table-and-<font> CMS (Cổng thông tin điện tử huyện Sóc Sơn: 'Cập nhật ngày: … CH', 'Lượt
xem:', a generic <title>), a university's WordPress site with sidebars (Trường Đại học Công đoàn:
a Yoast trail that ends with the title, 'Đăng ngày … bởi …', widgets, comment form), a hospital's
Joomla news page (Bệnh viện Bạch Mai: 'Chi tiết', 'Viết bởi', 'Danh mục:', the lead an unmarked
first paragraph, the <base href>), a magazine's e-mail newsletter saved from the mail client
(Diễn đàn Doanh nghiệp: the message header, a hidden preheader, 'Xem email trên trình duyệt',
'Hủy đăng ký') and a newspaper's AMP page as Google's AMP cache serves it (Lao Động: transformed
AMP, <amp-img> sizers, a hidden <amp-sidebar>, the byline and the date on one line). Metadata:
archive.today's own OpenGraph (the capture's address and time); none but a generic <title>; Yoast
OpenGraph + JSON-LD @graph; Joomla microdata; none (a mail); a canonical link + JSON-LD.

  python3 index-builder/src/test/resources/layouts-opened-15/generate.py   # from the repository root

Reads ../shared/corpus (beside the repository; VNNEWS_CORPUS names another folder). Writes,
beside this script:
  <site>/<n>.html   the page as the site serves it (or as the capture saved it)
  <site>/<n>.txt    its visible text, saved with that site's scraper convention (see the README)
  labels.jsonl      one line per page, the schema of ../layouts-opened-14/labels.jsonl,
                    "half": "opened"

Written from what the real sites look like, without reading the extractor's rules and never tuned
on. Labels come from the corpus article's fields and from what the template prints. The articles
are named below (ARTICLES), not searched for. The article, paragraph, date and page plumbing is
the fourteenth set's (../layouts-opened-14/generate.py), unchanged but for the teaser order's salt.
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
# (UNSIGNED: no byline; the site prints a reporter's name from a hash), a corpus title that is the
# slug of its dantri URL, a lead of 20 words or more that does not open with dantri's 'Dân trí'
# tag, five or more body paragraphs. vietnews-labour: a title without quotes, a lead of 18 words
# or more, 16 or more usable sentences. The three marked (A) are agreement signings, and the
# signing is printed on the page.
ARTICLES = {
    "ldldarchive": ["vietnews-train-061769", "vietnews-train-065896", "vietnews-train-015127"],
    "socsonportal": ["vietnews-train-068114",
                     "vietnews-train-020398",  # (A) 'đã ký hợp đồng bán bò cho Trung tâm Khuyến nông'
                     "vietnews-train-018918"],
    "dhcongdoan": ["dantri-news_education_006", "dantri-news_education_008", "dantri-news_education_009"],
    "bachmai": ["dantri-news_health_010", "dantri-news_health_004", "dantri-news_society_019"],
    "enternewsletter": ["dantri-news_business_007", "dantri-news_business_012", "dantri-news_business_009"],
    "laodongamp": ["vietnews-test-013647",  # (A) 'tập đoàn này đã ký hợp đồng mua lại 88% cổ phần'
                   "vietnews-train-073441",
                   "vietnews-train-064541"],  # (A) 'PVTEX tiếp tục ký hợp đồng thuê công ty bảo vệ'
}
STORY_PARAS = {}
LABOUR_PARAS = {}
AGREEMENTS = {"vietnews-train-020398", "vietnews-test-013647", "vietnews-train-064541"}
UNSIGNED = {"dantri-news_education_009", "dantri-news_education_006", "dantri-news_education_008",
            "dantri-news_health_010", "dantri-news_health_004", "dantri-news_society_019",
            "dantri-news_business_007", "dantri-news_business_012", "dantri-news_business_009"}
# labour pages whose text fixes the date the hash missed, read by hand (year, month or None)
# Bình Định's sugar company shut 'tháng 9/2018 đến nay', its workers 'gần 1 năm nay' without a
# master (August 2019); the wage-compensation hearing 'Ngày 20-11' after a decision of 'Ngày
# 14-6-2018' (November 2018); the airbase land 'có hợp đồng đến tháng 6-2018 mới hết hạn', still
# ahead, 'Sáng 3-10' (October 2017); Happyland's works begun 'Ngày 18/11' after 'đầu tháng 8/2017'
# (November 2017); the teachers to leave 'đến hết tháng 10-2018' (October 2018); PVTEX's output
# 'Trong 3 tháng đầu năm' (April; 2019, after the steering committee's 7th session under Phó Thủ
# tướng Vương Đình Huệ, read as the hash's year + 1: the least sure of these)
PRINTED_IN = {"vietnews-train-065896": (2019, 8), "vietnews-train-020398": (2018, 11),
              "vietnews-train-018918": (2017, 10), "vietnews-test-013647": (2017, 11),
              "vietnews-train-073441": (2018, 10), "vietnews-train-064541": (2019, 4)}
PRINTED_ON = {}
# the hour the hash gave falls after what the page reports as the morning's ('Phiên giao dịch
# sáng nay (1/10)', 'chỉ trong sáng nay đã được giao dịch'): printed before the session closed
PRINTED_AT = {"dantri-news_business_007": (11, 42)}
# Every id the other layout sets name (the "id" of every labels.jsonl under ../layout*/, this set
# excluded: 309 ids): teasers never come from these, and an article named above must not be one.
USED_ELSEWHERE = {
    "dantri-news_business_001", "dantri-news_business_003", "dantri-news_business_005",
    "dantri-news_business_006", "dantri-news_business_010", "dantri-news_business_011",
    "dantri-news_business_013", "dantri-news_business_018", "dantri-news_business_019",
    "dantri-news_business_049", "dantri-news_business_051", "dantri-news_business_054",
    "dantri-news_business_060", "dantri-news_business_064", "dantri-news_business_072",
    "dantri-news_business_093", "dantri-news_business_095", "dantri-news_business_121",
    "dantri-news_business_123", "dantri-news_business_170", "dantri-news_business_197",
    "dantri-news_business_202", "dantri-news_business_227", "dantri-news_business_231",
    "dantri-news_business_237", "dantri-news_business_239", "dantri-news_education_003",
    "dantri-news_education_010", "dantri-news_education_011", "dantri-news_education_020",
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
    "dantri-news_entertainment_205", "dantri-news_health_002", "dantri-news_health_005",
    "dantri-news_health_011", "dantri-news_health_016", "dantri-news_health_056",
    "dantri-news_health_065", "dantri-news_health_072", "dantri-news_health_081",
    "dantri-news_health_082", "dantri-news_health_114", "dantri-news_health_135",
    "dantri-news_health_137", "dantri-news_health_149", "dantri-news_health_157",
    "dantri-news_health_163", "dantri-news_health_167", "dantri-news_health_169",
    "dantri-news_health_170", "dantri-news_health_250", "dantri-news_health_264",
    "dantri-news_health_265", "dantri-news_science_002", "dantri-news_science_006",
    "dantri-news_science_008", "dantri-news_science_011", "dantri-news_science_012",
    "dantri-news_science_013", "dantri-news_science_014", "dantri-news_science_025",
    "dantri-news_science_046", "dantri-news_science_086", "dantri-news_science_110",
    "dantri-news_science_116", "dantri-news_society_017", "dantri-news_society_018",
    "dantri-news_society_029", "dantri-news_society_032", "dantri-news_society_059",
    "dantri-news_society_060", "dantri-news_society_097", "dantri-news_society_100",
    "dantri-news_society_106", "dantri-news_society_109", "dantri-news_society_110",
    "dantri-news_society_113", "dantri-news_society_139", "dantri-news_society_157",
    "dantri-news_society_160", "dantri-news_society_177", "dantri-news_society_185",
    "dantri-news_society_186", "dantri-news_society_200", "dantri-news_society_212",
    "dantri-news_society_220", "dantri-news_society_249", "dantri-news_society_261",
    "dantri-news_society_268", "dantri-news_sport_199", "dantri-news_tech_002",
    "dantri-news_tech_015", "dantri-news_tech_018", "dantri-news_tech_110",
    "dantri-news_tech_115", "dantri-news_tech_163", "dantri-news_tech_236",
    "dantri-news_travel_002", "dantri-news_travel_011", "dantri-news_travel_018",
    "dantri-news_travel_027", "dantri-news_travel_028", "dantri-news_travel_039",
    "dantri-news_travel_057", "dantri-news_travel_070", "dantri-news_travel_103",
    "dantri-news_travel_125", "dantri-news_travel_136", "dantri-news_travel_153",
    "dantri-news_travel_170", "dantri-news_travel_191", "dantri-news_travel_198",
    "dantri-news_travel_222", "dantri-news_travel_244", "dantri-news_world_003",
    "dantri-news_world_004", "dantri-news_world_008", "vietnews-test-000670",
    "vietnews-test-002199", "vietnews-test-002277", "vietnews-test-002330",
    "vietnews-test-002377", "vietnews-test-002465", "vietnews-test-002581",
    "vietnews-test-002811", "vietnews-test-003910", "vietnews-test-004622",
    "vietnews-test-005681", "vietnews-test-007353", "vietnews-test-012133",
    "vietnews-test-014182", "vietnews-test-016067", "vietnews-test-016199",
    "vietnews-test-017223", "vietnews-test-017614", "vietnews-test-017847",
    "vietnews-test-018632", "vietnews-test-019228", "vietnews-test-019720",
    "vietnews-test-019749", "vietnews-test-020418", "vietnews-test-020433",
    "vietnews-test-020546", "vietnews-test-020693", "vietnews-test-021691",
    "vietnews-test-021858", "vietnews-test-022542", "vietnews-train-002429",
    "vietnews-train-010224", "vietnews-train-010255", "vietnews-train-010611",
    "vietnews-train-010709", "vietnews-train-010778", "vietnews-train-011150",
    "vietnews-train-011227", "vietnews-train-012544", "vietnews-train-012997",
    "vietnews-train-014331", "vietnews-train-014633", "vietnews-train-015555",
    "vietnews-train-015780", "vietnews-train-016019", "vietnews-train-016549",
    "vietnews-train-016803", "vietnews-train-017926", "vietnews-train-018175",
    "vietnews-train-018225", "vietnews-train-020360", "vietnews-train-020986",
    "vietnews-train-021754", "vietnews-train-022332", "vietnews-train-022440",
    "vietnews-train-025487", "vietnews-train-025589", "vietnews-train-026784",
    "vietnews-train-031566", "vietnews-train-040295", "vietnews-train-048196",
    "vietnews-train-055323", "vietnews-train-060882", "vietnews-train-062000",
    "vietnews-train-062978", "vietnews-train-063447", "vietnews-train-064195",
    "vietnews-train-064537", "vietnews-train-064964", "vietnews-train-065135",
    "vietnews-train-066541", "vietnews-train-066577", "vietnews-train-067704",
    "vietnews-train-067795", "vietnews-train-068170", "vietnews-train-068192",
    "vietnews-train-068481", "vietnews-train-070223", "vietnews-train-070657",
    "vietnews-train-071236", "vietnews-train-072465", "vietnews-train-073315",
    "vietnews-train-074235", "vietnews-train-074243", "vietnews-train-074594",
    "vietnews-train-074792", "vietnews-train-074814", "vietnews-train-075766",
    "vietnews-train-076752", "vietnews-train-077673", "vietnews-train-080184",
    "vietnews-train-081391", "vietnews-train-083091", "vietnews-train-084708",
    "vietnews-train-085602", "vietnews-train-086594", "vietnews-train-086602",
    "vietnews-train-087837", "vietnews-train-089713", "vietnews-train-090104",
    "vietnews-train-090815", "vietnews-train-091138", "vietnews-train-091987",
    "vietnews-train-092481", "vietnews-train-092702", "vietnews-train-092783",
    "vietnews-train-093406", "vietnews-train-093738", "vietnews-train-094380",
    "vietnews-train-094412", "vietnews-train-095005", "vietnews-train-095220",
    "vietnews-train-095473", "vietnews-train-095767", "vietnews-train-096684",
    "vietnews-train-096742", "vietnews-train-097326", "vietnews-train-097443",
    "vietnews-train-097559", "vietnews-train-098725", "vietnews-train-098955",
    "vietnews-train-099206", "vietnews-train-099261", "vietnews-train-099546",
    "vietnews-train-099673", "vietnews-train-099700", "vietnews-train-100564",
    "vietnews-train-100914", "vietnews-train-101390", "vietnews-train-101989",
    "vietnews-train-102738", "vietnews-train-103152", "vietnews-train-103930",
    "vietnews-train-104010", "vietnews-train-104295", "vietnews-train-104438",
    "vietnews-train-104483", "vietnews-train-104851", "vietnews-train-105373",
    "vietnews-val-002862", "vietnews-val-002978", "vietnews-val-004258", "vietnews-val-008777",
    "vietnews-val-013117", "vietnews-val-013261", "vietnews-val-013882", "vietnews-val-013936",
    "vietnews-val-014159", "vietnews-val-014663", "vietnews-val-015999", "vietnews-val-016283",
    "vietnews-val-016357", "vietnews-val-017493", "vietnews-val-017694", "vietnews-val-018679",
    "vietnews-val-019350", "vietnews-val-019863", "vietnews-val-020716", "vietnews-val-021994",
    "vietnews-val-022037", "vietnews-val-022111", "vietnews-val-022403", "vietnews-val-022486",
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
    teasers = sorted(set(teasers), key=lambda t: h(t, "teaser15"))
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


def ldldarchive(a, n, tz):
    """Liên đoàn Lao động tỉnh Đồng Nai's portal as archive.today serves it back (the union's
    portal is new; the capture is what the archive gives): archive.today's own <head> (og:url the
    short archive address, article:published_time the CAPTURE time, a canonical to the dated
    archive address), its header printed before the page ('archive.today webpage capture', 'Saved
    from <original address>', the capture time in UTC, 'no other snapshots from this url', the
    tools); the archived page flattened: no scripts, no classes, every element a <div> with
    inline computed styles (no heading element, no <p>), links rewritten to archive.ph/o/<id>/;
    the trail 'Trang chủ » Tin tức - Sự kiện » Chăm lo đời sống' on one line; 'Thứ Năm,
    02/07/2019 - 10:15'; the sapo a bold div; the caption an italic centred div ('(Ảnh: CĐĐN)'
    added where the corpus credits nobody); the byline bold right-aligned; 'Các tin đã đưa' with
    '(dd/mm/yyyy)'; LF, one block a line, the menu on one line."""
    last = ["Chăm lo đời sống", "Chính sách - Pháp luật", "Bảo hiểm xã hội"][n - 1]
    crumbs = ["Trang chủ", "Tin tức - Sự kiện", last]
    orig = f"http://congdoandongnai.org.vn/tin-tuc/{slug(last)}/{slug(a['title'])}-{10000 + h(a['id'], 'dn') % 89999}.html"
    later = a["date"] + datetime.timedelta(days=1 + h(a["id"], "ar") % 30)
    hh, mm, ss = h(a["id"], "ah") % 24, h(a["id"], "am") % 60, h(a["id"], "as") % 60
    short = "".join(B62[h(a["id"], "short", str(i)) % 62] for i in range(5))
    stamp = f"{later.year}.{later.month:02d}.{later.day:02d}-{hh:02d}{mm:02d}{ss:02d}"
    shot = f"{later.day} {MONTHS_EN[later.month - 1]} {later.year} {hh:02d}:{mm:02d}:{ss:02d} UTC"
    date = f"{weekday(a)}, {dmy(a)} - {hm(a)}"
    cap, credit = caption_or(a, "Ảnh minh họa (Ảnh: CĐĐN)", "(Ảnh: CĐĐN)")

    def o(u):
        return f"https://archive.ph/o/{short}/{u}"

    DIV = "div"
    p = Page()
    p.raw('<!DOCTYPE html>\n<html prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article#" '
          'itemscope="" itemtype="http://schema.org/Article" style="margin:0;padding:0;border:0;">'
          '<head><meta http-equiv="Content-Type" content="text/html;charset=utf-8">'
          '<meta name="viewport" content="width=1024"><meta name="robots" content="index,noarchive">'
          f'<meta itemprop="url" property="og:url" content="https://archive.ph/{short}">'
          '<meta property="og:site_name" content="archive.ph">'
          f'<meta itemprop="name" property="og:title" content="{html.escape(a["title"])}">'
          f'<meta property="article:published_time" itemprop="dateCreated" content="{later.isoformat()}T{hh:02d}:{mm:02d}:{ss:02d}Z">'
          f'<meta property="article:modified_time" itemprop="dateModified" content="{later.isoformat()}T{hh:02d}:{mm:02d}:{ss:02d}Z">'
          f"<title>{html.escape(a['title'])}</title>"
          f'<link rel="canonical" href="https://archive.ph/{stamp}/{html.escape(orig)}">'
          '<link rel="bookmark" href="https://archive.ph/' + short + '"></head>\n'
          '<body style="margin:0;padding:0;border:0;"><center><div id="HEADER" style="background-color:'
          '#EEEEEE;border-bottom:1px solid #CCCCCC;"><table style="width:1024px;font-size:10px;" '
          'border="0" cellspacing="0" cellpadding="0"><tr><td style="width:140px;vertical-align:top">'
          '<a href="https://archive.ph/" style="text-decoration:none">')
    p.el("span", "archive.today webpage capture", 'style="font-size:10px;color:#000000"')
    p.raw('</a></td><td style="vertical-align:top">')
    saved = "Saved from " + orig
    p.el("div", saved, 'style="font-size:12px"')
    p.raw('<div style="font-size:12px">')
    p.el("span", shot, f'itemprop="dateCreated" title="{later.isoformat()}"')
    p.raw("</div>")
    p.el("div", "no other snapshots from this url", 'style="font-size:10px"')
    p.el("a", "All snapshots from host congdoandongnai.org.vn",
         'href="https://archive.ph/congdoandongnai.org.vn" style="font-size:10px"')
    p.raw("</td><td>")
    tools = ["Webpage", "Screenshot", "share", "download .zip", "report bug or abuse", "Buy me a coffee"]
    p.group(('<div style="font-size:10px">', "</div>"), '<a href="#" style="margin:0 4px">{t}</a>', tools, " ")
    p.raw('</td></tr></table></div></center>\n<div id="CONTENT" style="text-align:center;">'
          '<div id="SOLID" style="width:1024px;position:relative;display:inline-block;text-align:left;">'
          '<div class="html1" style="text-align:left;overflow:hidden;"><div class="body" '
          'style="margin:0;padding:0;font-family:Arial,Helvetica,sans-serif;font-size:13px;">')
    p.raw(f'<{DIV} style="height:120px;background-color:rgb(0, 84, 166);"><a href="{o("http://congdoandongnai.org.vn/")}" '
          'style="color:rgb(255, 255, 255);text-decoration:none;">')
    p.el(DIV, "LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐỒNG NAI",
         'style="font-size:26px;font-weight:700;padding:30px 0 0 150px;"')
    p.raw(f"</a></{DIV}>")
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chăm lo đời sống", "Văn bản", "Thư viện ảnh",
            "Liên hệ"]
    p.group((f'<{DIV} style="background-color:rgb(230, 240, 250);height:34px;">', f"</{DIV}>"),
            f'<a href="{o("http://congdoandongnai.org.vn/")}" style="display:inline-block;padding:8px 12px;'
            'color:rgb(0, 84, 166);font-weight:700;">{t}</a>', menu, " ")
    p.group((f'<{DIV} style="padding:10px 0;font-size:12px;color:rgb(102, 102, 102);">', f"</{DIV}>"),
            f'<a href="{o("http://congdoandongnai.org.vn/tin-tuc/")}" style="color:rgb(102, 102, 102);">' + "{t}</a>",
            crumbs, " » ")
    p.el(DIV, a["title"], 'style="font-size:22px;font-weight:700;line-height:30px;color:rgb(0, 84, 166);'
         'margin:0 0 8px;"')
    p.el(DIV, date, 'style="font-size:11px;color:rgb(153, 153, 153);margin:0 0 10px;"')
    p.el(DIV, a["lead"], 'style="font-weight:700;text-align:justify;margin:0 0 10px;"')
    p.raw(f'<{DIV} style="text-align:justify;line-height:20px;">')

    def photo():
        p.raw(f'<{DIV} style="text-align:center;margin:8px 0;"><img src="https://archive.ph/{short}/'
              f'{h(a["id"], "img") % 10**12:012x}.jpg" style="width:500px;height:333px;">')
        p.el(DIV, cap, 'style="font-style:italic;font-size:12px;text-align:center;"')
        p.raw(f"</{DIV}>")

    body(p, a, photo, para=lambda t: (DIV, t, 'style="margin:0 0 10px;"'))
    p.el(DIV, a["author"], 'style="text-align:right;font-weight:700;margin:0 0 10px;"')
    p.raw(f"</{DIV}>")
    older = teaser_dated(tz[:5], a, "dn", "{t} ({d})")
    p.el(DIV, "Các tin đã đưa", 'style="font-weight:700;color:rgb(0, 84, 166);border-bottom:1px solid '
         'rgb(0, 84, 166);margin:15px 0 5px;"')
    p.group((f'<{DIV} style="font-size:12px;">', f"</{DIV}>"),
            f'<{DIV} style="padding:3px 0;"><a href="{o("http://congdoandongnai.org.vn/tin-tuc/")}">' + "{t}</a></" + DIV + ">",
            older, "\n")
    foot = ["Bản quyền thuộc Liên đoàn Lao động tỉnh Đồng Nai",
            "Địa chỉ: 10 đường 30 Tháng 4, phường Trung Dũng, TP. Biên Hòa, tỉnh Đồng Nai",
            "Điện thoại: 0251.3822.123"]
    footer(p, foot, (f'<{DIV} style="margin-top:20px;background-color:rgb(0, 84, 166);color:rgb(255, 255, 255);'
                     'text-align:center;font-size:11px;padding:10px;">',
                     f"</{DIV}></div></div></div></div>"), DIV)
    fur = ["archive.today webpage capture", saved, shot, "no other snapshots from this url",
           "All snapshots from host congdoandongnai.org.vn", "report bug or abuse", "Buy me a coffee",
           "LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐỒNG NAI", date, "Các tin đã đưa", *older, *foot]
    if credit or not a["caption"]:
        fur.append(cap)
    return p, text_of(p, False, False), orig, last, a["author"], fur


def ampm(a):
    """'3:41:00 CH' / '8:05:00 SA': the vi-VN long time of an ASP.NET page."""
    hh, mm = a["time"]
    return f"{(hh - 1) % 12 + 1}:{mm:02d}:00 {'SA' if hh < 12 else 'CH'}"


def socsonportal(a, n, tz):
    """Cổng thông tin điện tử huyện Sóc Sơn (a district of Hà Nội) on an old ASP.NET CMS: HTML 4.01
    Transitional, tables for layout, <font> and <b>, a <marquee> of greetings; the <title> the
    portal's name (not the article's), no description, no OpenGraph, no JSON-LD; the article's
    address only in the form's action and the 'Gửi email' mailto; the section a white-on-blue
    table cell (no trail); the title in <font size="3"><b> (no heading element); 'Cập nhật ngày:
    12/03/2019 3:41:00 CH' (the 12-hour vi-VN time, 'CH' afternoon, 'SA' morning); the sapo in
    <b>; the caption a <font size="1"><i> cell ('(Ảnh minh họa)' where the corpus has none);
    the byline bold right-aligned and 'Nguồn: Tổng hợp' under it; 'Lượt xem: 1234'; '[In trang]
    [Gửi email] [Quay lại]'; 'Các tin khác:' with '(dd/mm/yyyy)'; the visitor counter in the
    footer; CRLF, one block a line, menus on one line."""
    section = ["Giáo dục - Đào tạo", "Pháp luật", "Kinh tế - Xã hội"][n - 1]
    item = 2000 + h(a["id"], "ss") % 7999
    url = f"http://socson.hanoi.gov.vn/Pages/TinTuc/ChiTiet.aspx?ItemID={item}&CatID={3 + n}"
    date = f"Cập nhật ngày: {dmy(a)} {ampm(a)}"
    cap = a["caption"] or "(Ảnh minh họa)"
    source = "Nguồn: Tổng hợp"
    views = f"Lượt xem: {120 + h(a['id'], 'lx') % 3000}"
    greet = "Chào mừng quý vị đến với Cổng thông tin điện tử huyện Sóc Sơn - thành phố Hà Nội"
    p = Page()
    p.raw('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n'
          '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
          "<title>Cổng thông tin điện tử huyện Sóc Sơn</title>\n"
          '<meta name="keywords" content="Sóc Sơn, UBND huyện Sóc Sơn, Hà Nội">\n'
          '<link href="/css/style.css" rel="stylesheet" type="text/css">\n'
          '<script language="JavaScript" src="/js/menu.js"></script>\n</head>\n'
          '<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">\n'
          f'<form name="Form1" method="post" action="{html.escape(url)}" id="Form1">'
          '<input type="hidden" name="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk">\n'
          '<table width="980" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td>'
          '<img src="/images/banner_socson.jpg" width="980" height="150" border="0" '
          'alt="UBND huyện Sóc Sơn"></td></tr><tr><td bgcolor="#0B5CAD">')
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chính quyền", "Văn bản", "Thủ tục hành chính",
            "Hỏi đáp", "Liên hệ"]
    p.group(("<table><tr>", "</tr></table>"),
            '<td class="menu">&nbsp;<a href="/"><font color="#FFFFFF"><b>{t}</b></font></a>&nbsp;</td>',
            menu, " | ")
    p.raw('</td></tr><tr><td bgcolor="#E8F0F8"><marquee scrollamount="3"><font color="#CC0000">')
    p.el("b", greet)
    p.raw("</font></marquee></td></tr></table>\n"
          '<table width="980" border="0" cellspacing="0" cellpadding="0" align="center"><tr>'
          '<td width="200" valign="top" bgcolor="#F2F6FA">')
    left = ["Giới thiệu chung", "Lịch công tác", "Thông báo", "Văn bản chỉ đạo điều hành",
            "Quy hoạch - Kế hoạch", "Thủ tục hành chính"]
    p.group(('<table width="100%">', "</table>"),
            '<tr><td class="leftmenu"><img src="/images/arrow.gif"> <a href="/">{t}</a></td></tr>', left, " | ")
    p.raw('</td><td width="10"></td><td width="770" valign="top"><table width="100%" border="0" '
          'cellspacing="0" cellpadding="4"><tr><td bgcolor="#0B5CAD" height="26"><font color="#FFFFFF">')
    p.el("b", section)
    p.raw('</font></td></tr><tr><td><font face="Arial" size="3" color="#003399">')
    p.el("b", a["title"])
    p.raw('</font></td></tr><tr><td><font size="1" color="#666666">')
    p.el("i", date)
    p.raw('</font></td></tr><tr><td align="justify"><font face="Arial" size="2">')
    p.el("b", a["lead"])
    p.raw('</font></td></tr><tr><td class="content">')

    def photo():
        p.raw(f'<table align="center" border="0" cellpadding="2"><tr><td><img src="/Uploads/Images/'
              f'{item}_{h(a["id"], "im") % 99}.jpg" width="450" border="0"></td></tr><tr><td align="center">'
              '<font size="1">')
        p.el("i", cap)
        p.raw("</font></td></tr></table>")

    body(p, a, photo, para=lambda t: ("p", t, 'align="justify"'))
    p.raw('<p align="right">')
    p.el("b", a["author"])
    p.raw('</p><p align="right">')
    p.el("i", source)
    p.raw("</p></td></tr><tr><td>")
    p.el("font", views, 'size="1" color="#666666"')
    p.raw('</td></tr><tr><td align="right">')
    mail = f"mailto:?subject={html.escape(a['title'])}&amp;body={html.escape(url)}"
    p.raw('<font size="1"><a href="javascript:window.print();">[In trang]</a> '
          f'<a href="{mail}">[Gửi email]</a> <a href="javascript:history.back();">[Quay lại]</a></font>')
    p.blocks.append("[In trang] [Gửi email] [Quay lại]")
    p.raw('</td></tr><tr><td><font color="#0B5CAD">')
    p.el("b", "Các tin khác:")
    p.raw("</font>")
    older = teaser_dated(tz[:5], a, "ss", "{t} ({d})")
    p.group(("<table>", "</table>"), '<tr><td><img src="/images/dot.gif"> <a href="#">{t}</a></td></tr>',
            older, "\n")
    p.raw("</td></tr></table></td></tr></table>\n")
    foot = ["Bản quyền thuộc Ủy ban nhân dân huyện Sóc Sơn",
            "Địa chỉ: Số 1 đường Núi Đôi, thị trấn Sóc Sơn, Hà Nội. Điện thoại: 024.3884.3188",
            f"Số lượt truy cập: {1 + h(a['id'], 'cnt') % 3}.{h(a['id'], 'cnt2') % 1000:03d}.{h(a['id'], 'cnt3') % 1000:03d}"]
    footer(p, foot, ('<table width="980" align="center" bgcolor="#0B5CAD"><tr><td align="center">',
                     "</td></tr></table></form>"), "font")
    fur = [greet, date, source, views, "[In trang] [Gửi email] [Quay lại]", "Các tin khác:", *older, *foot]
    if not a["caption"]:
        fur.append(cap)
    return p, text_of(p, False, False, "\r\n"), url, section, a["author"], fur


def dhcongdoan(a, n, tz):
    """Trường Đại học Công đoàn's news on a WordPress theme with sidebars: Yoast SEO's head
    (canonical, OpenGraph with article:published_time and a later article:modified_time,
    'Được viết bởi' twitter labels, a JSON-LD @graph with the Article, the Person and a
    BreadcrumbList), wp-emoji and block-library scripts and styles; a top bar (hotline, e-mail);
    the Yoast trail 'Trang chủ » Tin tức » Đào tạo » <the title>' (it ENDS WITH THE TITLE);
    <h1 class="entry-title">; 'Đăng ngày 01/10/2020 bởi Ngọc Anh' (the date only; the posting
    account is the reporter); the lead the content's first paragraph in <strong> (no sapo
    element); a wp-block-image figure with a figcaption ('Ảnh minh họa'); Jetpack's 'Chia sẻ:'
    and 'Thích điều này:'; 'Chuyên mục:' and 'Thẻ:'; the post navigation with the neighbours'
    titles; the comment form's labels; the sidebar AFTER the article (search, 'Bài viết mới',
    'Chuyên mục' with counts, 'Lưu trữ'); LF, a BLANK line between blocks, lists one item a line."""
    cat = ["Hoạt động sinh viên", "Tin giáo dục", "Tin giáo dục"][n - 1]
    crumbs = ["Trang chủ", "Tin tức", cat, a["title"]]
    post = 8000 + h(a["id"], "wp") % 9000
    url = f"https://dhcd.edu.vn/{slug(a['title'])}/"
    modified = a["date"] + datetime.timedelta(days=h(a["id"], "mod") % 3)
    mod_iso = f"{modified.isoformat()}T{(a['time'][0] + 2) % 24:02d}:{a['time'][1]:02d}:00+07:00"
    meta = f"Đăng ngày {dmy(a)} bởi {a['author']}"
    cap = "Ảnh minh họa"
    words = sum(len(t.split()) for t in [a["lead"], *a["paras"]])
    base = "https://dhcd.edu.vn/#"
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": base + "organization", "name": "Trường Đại học Công đoàn",
         "url": "https://dhcd.edu.vn/"},
        {"@type": "WebSite", "@id": base + "website", "url": "https://dhcd.edu.vn/",
         "name": "Trường Đại học Công đoàn", "inLanguage": "vi"},
        {"@type": "WebPage", "@id": url + "#webpage", "url": url, "name": a["title"] + " – Trường Đại học Công đoàn",
         "datePublished": iso(a), "dateModified": mod_iso, "breadcrumb": {"@id": url + "#breadcrumb"}},
        {"@type": "Article", "@id": url + "#article", "headline": a["title"],
         "author": {"@id": base + "/schema/person/" + f"{h(a['author']) % 16**32:032x}"},
         "datePublished": iso(a), "dateModified": mod_iso, "articleSection": ["Tin tức", cat],
         "wordCount": words, "inLanguage": "vi"},
        {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": i + 1, "name": c} for i, c in enumerate(crumbs)]},
        {"@type": "Person", "@id": base + "/schema/person/" + f"{h(a['author']) % 16**32:032x}",
         "name": a["author"]}]}
    p = Page()
    p.raw(head(a["title"] + " – Trường Đại học Công đoàn",
               '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
               "<!-- This site is optimized with the Yoast SEO plugin v15.1 - https://yoast.com/wordpress/plugins/seo/ -->\n"
               f'<meta name="description" content="{html.escape(a["lead"])}">\n'
               '<meta name="robots" content="index, follow">\n'
               f'<link rel="canonical" href="{url}">\n'
               '<meta property="og:locale" content="vi_VN">\n'
               + og(a, url, "Trường Đại học Công đoàn")
               + f'<meta property="article:modified_time" content="{mod_iso}">\n'
               '<meta name="twitter:card" content="summary_large_image">\n'
               '<meta name="twitter:label1" content="Được viết bởi">\n'
               f'<meta name="twitter:data1" content="{html.escape(a["author"])}">\n'
               '<meta name="twitter:label2" content="Ước tính thời gian đọc">\n'
               f'<meta name="twitter:data2" content="{max(1, words // 200)} phút">\n'
               + jsonld(graph).replace("<script ", '<script class="yoast-schema-graph" ', 1)
               + "<!-- / Yoast SEO plugin. -->\n"
               "<script>window._wpemojiSettings = {\"baseUrl\":\"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/13.0.0\\/72x72\\/\"};</script>\n"
               "<link rel='stylesheet' id='wp-block-library-css' href='https://dhcd.edu.vn/wp-includes/css/dist/block-library/style.min.css?ver=5.5.1' media='all'>\n"
               "<link rel='stylesheet' id='dhcd-style-css' href='https://dhcd.edu.vn/wp-content/themes/dhcd/style.css?ver=1.0.3' media='all'>\n"
               "<link rel='https://api.w.org/' href='https://dhcd.edu.vn/wp-json/'>\n"
               "<style>.updated:not(.published){display:none}.screen-reader-text{clip:rect(1px,1px,1px,1px);position:absolute!important}</style>\n"
               f"<link rel='shortlink' href='https://dhcd.edu.vn/?p={post}'>\n"))
    p.raw(f'<body class="post-template-default single single-post postid-{post} single-format-standard '
          'wp-embed-responsive right-sidebar"><div id="page" class="site">'
          '<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>'
          '<div class="top-bar">')
    top = "Hotline: 024.3857.3204 | Email: dhcd@dhcd.edu.vn"
    p.el("span", top)
    p.raw('</div><header id="masthead" class="site-header"><div class="site-branding">')
    p.el("p", "TRƯỜNG ĐẠI HỌC CÔNG ĐOÀN", 'class="site-title"')
    p.el("p", "VIETNAM TRADE UNION UNIVERSITY", 'class="site-description"')
    p.raw('</div><nav id="site-navigation" class="main-navigation">')
    menu = ["Trang chủ", "Giới thiệu", "Tin tức", "Tuyển sinh", "Đào tạo", "Khoa học công nghệ",
            "Hợp tác quốc tế", "Sinh viên"]
    p.group(('<ul id="primary-menu" class="menu">', "</ul>"),
            '<li class="menu-item"><a href="https://dhcd.edu.vn/">{t}</a></li>', menu, " ")
    p.raw('</nav></header><div id="content" class="site-content">')
    # one <p> of inline spans: one line of text in any scraper, the title its last, unlinked, item
    p.raw('<p id="breadcrumbs"><span><span>' + " » ".join(
        f'<span><a href="https://dhcd.edu.vn/">{html.escape(c)}</a></span>' for c in crumbs[:-1])
        + f' » <span class="breadcrumb_last" aria-current="page">{html.escape(crumbs[-1])}</span></span></span></p>')
    p.blocks.append(" » ".join(crumbs))
    p.raw(f'<div id="primary" class="content-area"><main id="main" class="site-main"><article id="post-{post}" '
          f'class="post-{post} post type-post status-publish format-standard has-post-thumbnail hentry">'
          '<header class="entry-header">')
    p.el("h1", a["title"], 'class="entry-title"')
    p.raw(f'<div class="entry-meta"><span class="posted-on">Đăng ngày <a href="{url}" rel="bookmark">'
          f'<time class="entry-date published" datetime="{iso(a)}">{dmy(a)}</time>'
          f'<time class="updated" datetime="{mod_iso}">{modified.day:02d}/{modified.month:02d}/{modified.year}</time>'
          '</a></span><span class="byline"> bởi <span class="author vcard"><a class="url fn n" '
          f'href="https://dhcd.edu.vn/author/{slug(a["author"])}/">{html.escape(a["author"])}</a></span></span></div>')
    p.blocks.append(meta)
    p.raw('</header><div class="entry-content">')
    p.raw("<p>")
    p.el("strong", a["lead"])
    p.raw("</p>")

    def photo():
        p.raw(f'<figure class="wp-block-image size-large"><img loading="lazy" width="800" height="533" '
              f'src="https://dhcd.edu.vn/wp-content/uploads/{a["date"].year}/{a["date"].month:02d}/anh-{post}.jpg" '
              f'alt="" class="wp-image-{post + 1}">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    body(p, a, photo)
    share = ["Chia sẻ:", "Facebook", "Twitter", "In"]
    p.group(('<div class="sharedaddy sd-sharing-enabled"><div class="sd-block">', "</div></div>"),
            '<span>{t}</span>', share, "\n")
    p.group(('<div class="sharedaddy sd-like">', "</div>"), "<span>{t}</span>",
            ["Thích điều này:", "Thích", "Đang tải..."], "\n")
    p.raw('</div><footer class="entry-footer">')
    cats = f"Chuyên mục: Tin tức, {cat}"
    tags = "Thẻ: " + ", ".join(["Công đoàn", "sinh viên", "giáo dục"][: 1 + n])
    p.el("span", cats, 'class="cat-links"')
    p.el("span", tags, 'class="tags-links"')
    p.raw('</footer></article><nav class="navigation post-navigation" role="navigation">')
    p.el("h2", "Điều hướng bài viết", 'class="screen-reader-text"', show=False)  # hidden by the theme's CSS
    prev_next = ["← " + tz[0], tz[1] + " →"]
    p.group(('<div class="nav-links">', "</div>"), '<div><a href="#" rel="prev">{t}</a></div>', prev_next, "\n")
    p.raw('</nav><div id="comments" class="comments-area"><div id="respond" class="comment-respond">')
    form = ["Để lại một bình luận", "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *",
            "Bình luận", "Tên *", "Email *", "Trang web", "Phản hồi"]
    p.group(('<form id="commentform" class="comment-form">', "</form>"), "<p><label>{t}</label></p>", form, "\n")
    p.raw('</div></div></main></div><aside id="secondary" class="widget-area">')
    p.group(('<section id="search-2" class="widget widget_search"><form role="search" class="search-form">',
             "</form></section>"), "<span>{t}</span>", ["Tìm kiếm cho:", "Tìm kiếm"], "\n")
    p.raw('<section id="recent-posts-2" class="widget widget_recent_entries">')
    p.el("h2", "Bài viết mới", 'class="widget-title"')
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:6], "\n")
    p.raw('</section><section id="categories-2" class="widget widget_categories">')
    p.el("h2", "Chuyên mục", 'class="widget-title"')
    counts = [f"Tin tức ({240 + h(a['id'], 'c1') % 60})", f"Đào tạo ({60 + h(a['id'], 'c2') % 40})",
              f"Hoạt động sinh viên ({30 + h(a['id'], 'c3') % 40})", f"Tin giáo dục ({20 + h(a['id'], 'c4') % 40})",
              f"Thông báo ({90 + h(a['id'], 'c5') % 40})"]
    p.group(("<ul>", "</ul>"), '<li class="cat-item"><a href="#">{t}</a></li>', counts, "\n")
    p.raw('</section><section id="archives-2" class="widget widget_archive">')
    p.el("h2", "Lưu trữ", 'class="widget-title"')
    monthname = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]
    arch = [f"Tháng {monthname[(a['date'].month - 1 - i) % 12]} {a['date'].year if a['date'].month - i > 0 else a['date'].year - 1}"
            for i in range(3)]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', arch, "\n")
    p.raw("</section></aside></div>")
    foot = ["© 2020 Trường Đại học Công đoàn", "Địa chỉ: 169 Tây Sơn, Đống Đa, Hà Nội",
            "Vận hành bởi WordPress"]
    footer(p, foot, ('<footer id="colophon" class="site-footer"><div class="site-info">', "</div></footer></div>"))
    fur = [top, "TRƯỜNG ĐẠI HỌC CÔNG ĐOÀN", meta, cap, "Chia sẻ:", "Thích điều này:", cats, tags,
           *prev_next, "Để lại một bình luận", form[1], "Tìm kiếm cho:",
           "Bài viết mới", *tz[2:6], *counts, *arch, *foot]
    return p, text_of(p, True, True), url, cat, a["author"], fur


VI_MONTHS = ["Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6", "Tháng 7", "Tháng 8",
             "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12"]


def bachmai(a, n, tz):
    """Bệnh viện Bạch Mai's news on Joomla 3: a <base href> that is the article's address (no
    canonical), 'Joomla! - Open Source Content Management' as generator, the description the lead,
    no OpenGraph, no JSON-LD, schema.org microdata in the body (itemprop headline, author,
    datePublished, articleBody); the trail 'Bạn đang ở: Trang chủ / Tin tức / <category> /
    <title>' (it ends with the title, unlinked); the title an <h2 itemprop="headline">; the
    article-info list, each on a line: 'Chi tiết', 'Viết bởi Ngọc Anh', 'Danh mục: Sức khỏe cộng
    đồng', 'Ngày đăng: Thứ năm, 01 Tháng 10 2020 10:15', 'Lượt xem: 1234'; the lead an UNMARKED
    first paragraph of the body (no sapo element, no bold, no italic), the photo after it with an
    italic caption ('Ảnh minh họa'); the office bold right-aligned after the body ('Phòng Công tác
    xã hội'); the pager '« Trước' / 'Tiếp »'; 'Tin liên quan'; the hotline in the footer; CRLF, one
    block a line, lists one item a line."""
    cat = ["Sức khỏe cộng đồng", "Truyền thông giáo dục sức khỏe", "Tin hoạt động"][n - 1]
    crumbs = ["Trang chủ", "Tin tức", cat, a["title"]]
    aid = 5000 + h(a["id"], "bm") % 4000
    url = f"http://bachmai.gov.vn/tin-tuc-va-su-kien/{slug(cat)}/{aid}-{slug(a['title'])}.html"
    d = a["date"]
    wd = weekday(a).split()[0] + " " + weekday(a).split()[1].lower()  # Joomla's 'Thứ năm', 'Chủ nhật'
    date = f"Ngày đăng: {wd}, {d.day:02d} {VI_MONTHS[d.month - 1]} {d.year} {hm(a)}"
    views = f"Lượt xem: {300 + h(a['id'], 'hits') % 4000}"
    office = "Phòng Công tác xã hội"
    cap = "Ảnh minh họa"
    p = Page()
    p.raw('<!DOCTYPE html>\n<html lang="vi-vn" dir="ltr">\n<head>\n'
          f'<base href="{url}">\n<meta http-equiv="content-type" content="text/html; charset=utf-8">\n'
          f'<meta name="author" content="{html.escape(a["author"])}">\n'
          f'<meta name="description" content="{html.escape(a["lead"])}">\n'
          '<meta name="generator" content="Joomla! - Open Source Content Management">\n'
          f"<title>{html.escape(a['title'])}</title>\n"
          '<link href="/templates/bachmai/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon">\n'
          '<script src="/media/jui/js/jquery.min.js?a1b2c3"></script>\n'
          '<script src="/media/system/js/caption.js?a1b2c3"></script>\n'
          "<script>jQuery(window).on('load',  function() {new JCaption('img.caption');});</script>\n"
          "</head>\n")
    p.raw('<body class="site com_content view-article no-layout no-task itemid-112"><div class="body">'
          '<header class="header"><a class="brand" href="/">')
    p.el("span", "BỆNH VIỆN BẠCH MAI", 'class="site-title"')
    p.el("span", "BACH MAI HOSPITAL", 'class="site-description"')
    p.raw('</a></header><nav class="navigation">')
    menu = ["Trang chủ", "Giới thiệu", "Tin tức", "Khám chữa bệnh", "Đào tạo", "Nghiên cứu khoa học",
            "Chỉ đạo tuyến", "Liên hệ"]
    p.group(('<ul class="nav menu">', "</ul>"), '<li><a href="/">{t}</a></li>', menu, "\n")
    p.raw('</nav><div class="moduletable"><ul class="breadcrumb">')
    p.el("li", "Bạn đang ở:", 'class="active"')
    p.group(("", ""), '<li><a href="/" class="pathway">{t}</a><span class="divider">/</span></li>', crumbs[:-1], " / ")
    p.el("li", crumbs[-1], 'class="active"')
    p.raw('</ul></div><main id="content" role="main"><div class="item-page" itemscope '
          'itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN">'
          '<div class="page-header">')
    p.el("h2", a["title"], 'itemprop="headline"')
    p.raw('</div><dl class="article-info muted">')
    p.el("dt", "Chi tiết", 'class="article-info-term"')
    p.raw('<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
          f'Viết bởi <span itemprop="name">{html.escape(a["author"])}</span></dd>')
    p.blocks.append("Viết bởi " + a["author"])
    p.raw(f'<dd class="category-name">Danh mục: <a href="/tin-tuc-va-su-kien/{slug(cat)}.html" '
          f'itemprop="genre">{html.escape(cat)}</a></dd>')
    p.blocks.append("Danh mục: " + cat)
    p.raw(f'<dd class="published"><span class="icon-calendar" aria-hidden="true"></span>'
          f'<time datetime="{iso(a)}" itemprop="datePublished">{html.escape(date)}</time></dd>')
    p.blocks.append(date)
    p.raw(f'<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span>'
          f'<meta itemprop="interactionCount" content="UserPageVisits:{views.split()[-1]}">{views}</dd></dl>')
    p.blocks.append(views)
    p.raw('<div itemprop="articleBody">')
    p.el("p", a["lead"], 'style="text-align: justify;"')

    def photo():
        p.raw(f'<p style="text-align: center;"><img src="/images/tin-tuc/{d.year}/{aid}.jpg" alt="" '
              'width="600" height="400"></p>')
        p.raw('<p style="text-align: center;"><em>')
        p.el("span", cap)
        p.raw("</em></p>")

    photo()
    body(p, a, None, para=lambda t: ("p", t, 'style="text-align: justify;"'))
    p.raw('<p style="text-align: right;"><strong>')
    p.el("span", office)
    p.raw("</strong></p></div>")
    pager = ["« Trước", "Tiếp »"]
    p.group(('<ul class="pager pagenav">', "</ul>"), '<li><a href="#">{t}</a></li>', pager, "\n")
    p.raw("</div>")
    related_div(p, "moduletable related", "Tin liên quan", tz[:4])
    p.raw("</main>")
    foot = ["BỆNH VIỆN BẠCH MAI", "Địa chỉ: 78 Giải Phóng, Phương Mai, Đống Đa, Hà Nội",
            "Đường dây nóng: 0969.851.616"]
    footer(p, foot, ('<footer class="footer"><div class="container">', "</div></footer></div>"))
    fur = ["BACH MAI HOSPITAL", "Bạn đang ở:", "Chi tiết", "Viết bởi " + a["author"], "Danh mục: " + cat,
           date, views, cap, office, "« Trước", "Tiếp »", "Tin liên quan", *tz[:4], *foot]
    return p, text_of(p, True, False, "\r\n"), url, cat, a["author"], fur


def enternewsletter(a, n, tz):
    """Tạp chí Diễn đàn Doanh nghiệp's (VCCI's magazine) e-mail newsletter, saved from the mail
    client as HTML: the client's message header first ('Chủ đề:', 'Từ:', 'Ngày:' the SENDING
    time, the next morning, 'Đến:'); then the mail: a hidden preheader (display:none, not in the
    text), 'Xem email trên trình duyệt', the masthead and the issue line ('Số 275 | Thứ Sáu,
    02/10/2020'), a kicker (the section, own case) over the title link, the article's own date
    ('01/10/2020 10:15'), the sapo bold, the photo and its caption, the paragraphs in nested
    600px tables with inline styles, the byline bold right-aligned, a button 'Đọc bài trên
    website' whose link carries utm_ parameters (the title link does not: the label's url), 'Tin
    khác trong số này', the social links, the unsubscribe footer; no <meta> but the charset, no
    OpenGraph, no JSON-LD; the <title> the subject; LF, a BLANK line between blocks."""
    kicker = ["Chứng khoán", "Thị trường", "Ô tô - Xe máy"][n - 1]
    url = f"https://enternews.vn/{slug(a['title'])}-{180000 + h(a['id'], 'en') % 20000}.html"
    utm = f"{url}?utm_source=newsletter&utm_medium=email&utm_campaign=ban-tin-{a['date'] + datetime.timedelta(days=1):%Y%m%d}"
    sent = a["date"] + datetime.timedelta(days=1)
    issue = 200 + (sent - datetime.date(2020, 1, 1)).days // 1
    subject = f"Bản tin Diễn đàn Doanh nghiệp số {issue} - {sent.day:02d}/{sent.month:02d}/{sent.year}"
    wd = WEEKDAYS[sent.weekday()]
    header = [f"Chủ đề: {subject}", "Từ: Diễn đàn Doanh nghiệp <bantin@enternews.vn>",
              f"Ngày: {sent.day:02d}/{sent.month:02d}/{sent.year} 07:00",
              "Đến: bandoc@example.vn"]
    date = f"{dmy(a)} {hm(a)}"
    issue_line = f"Số {issue} | {wd}, {sent.day:02d}/{sent.month:02d}/{sent.year}"
    cap = "Ảnh minh họa"
    T = '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" align="center" style="width:600px;">'
    td = '<tr><td style="padding:0 24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:24px;color:#222222;">'
    p = Page()
    p.raw("<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv=\"content-type\" content=\"text/html; charset=UTF-8\">\n"
          f"<title>{html.escape(subject)}</title>\n</head>\n<body text=\"#000000\" bgcolor=\"#FFFFFF\">\n"
          '<table class="moz-header-part1 moz-main-header" border="0" cellspacing="0" cellpadding="0" width="100%">')
    for line in header[:3]:
        k, v = line.split(": ", 1)
        p.raw(f'<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">{k}: </th><td>{html.escape(v)}</td></tr>')
        p.blocks.append(line)
    p.raw('</table><table class="moz-header-part2 moz-main-header" border="0" cellspacing="0" cellpadding="0" width="100%">')
    k, v = header[3].split(": ", 1)
    p.raw(f'<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">{k}: </th><td>{html.escape(v)}</td></tr></table><br>\n')
    p.blocks.append(header[3])
    p.raw('<div class="moz-text-html" lang="x-unicode"><center style="width:100%;background-color:#F2F2F2;">')
    pre = " ".join(a["lead"].split()[:12]) + " …"
    p.el("div", pre, 'style="display:none;font-size:1px;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;"',
         show=False)
    p.raw(T + '<tr><td align="right" style="padding:8px 24px;font-family:Arial,sans-serif;font-size:11px;">'
          f'<a href="https://enternews.vn/newsletter/view/{issue}" style="color:#888888;">')
    p.el("span", "Xem email trên trình duyệt")
    p.raw('</a></td></tr><tr><td align="center" style="background-color:#0E4C92;padding:16px;">'
          '<img src="https://enternews.vn/images/logo-white.png" width="220" alt="Diễn đàn Doanh nghiệp" '
          'style="display:block;border:0;"></td></tr><tr><td align="center" style="padding:6px;font-family:Arial,'
          'sans-serif;font-size:12px;color:#0E4C92;">')
    p.el("strong", "BẢN TIN DIỄN ĐÀN DOANH NGHIỆP")
    p.raw("<br>")
    p.el("span", issue_line)
    p.raw("</td></tr></table>\n" + T + '<tr><td style="padding:16px 24px 0;font-family:Arial,sans-serif;'
          'font-size:12px;color:#C8102E;text-transform:uppercase;">')
    p.el("span", kicker)
    p.raw('</td></tr><tr><td style="padding:4px 24px;font-family:Georgia,serif;font-size:24px;line-height:30px;">'
          f'<a href="{html.escape(url)}" style="color:#111111;text-decoration:none;">')
    p.el("span", a["title"])
    p.raw('</a></td></tr><tr><td style="padding:0 24px 8px;font-family:Arial,sans-serif;font-size:12px;color:#888888;">')
    p.el("span", date)
    p.raw("</td></tr>" + td)
    p.el("strong", a["lead"])
    p.raw("</td></tr>")

    def photo():
        p.raw(f'<tr><td style="padding:12px 24px 0;"><img src="https://enternews.vn/uploads/{h(a["id"]) % 99999}.jpg" '
              'width="552" style="display:block;width:552px;max-width:100%;border:0;" alt=""></td></tr>'
              '<tr><td style="padding:4px 24px 12px;font-family:Arial,sans-serif;font-size:12px;font-style:italic;'
              'color:#666666;text-align:center;">')
        p.el("span", cap)
        p.raw("</td></tr>")

    body(p, a, photo, para=lambda t: ("p", t, 'style="margin:0 0 14px;"'))
    p.raw(td.replace("<tr><td style=\"", "<tr><td align=\"right\" style=\""))
    p.el("strong", a["author"])
    p.raw('</td></tr><tr><td align="center" style="padding:16px 24px;"><a href="' + html.escape(utm)
          + '" style="background-color:#C8102E;color:#FFFFFF;padding:10px 22px;font-family:Arial,sans-serif;'
          'font-size:14px;text-decoration:none;border-radius:3px;">')
    p.el("span", "Đọc bài trên website")
    p.raw("</a></td></tr></table>\n" + T + '<tr><td style="padding:8px 24px;font-family:Arial,sans-serif;">')
    p.el("strong", "Tin khác trong số này")
    p.group(("", ""), '<p style="margin:6px 0;font-size:14px;"><a href="https://enternews.vn/" '
            'style="color:#0E4C92;">{t}</a></p>', tz[:4], "\n")
    p.raw('</td></tr><tr><td align="center" style="padding:12px;font-family:Arial,sans-serif;font-size:12px;">')
    social = ["Facebook", "YouTube", "Zalo"]
    p.group(("", ""), '<a href="#" style="color:#0E4C92;">{t}</a>', social, " | ")
    p.raw("</td></tr></table>\n")
    foot = ["Tạp chí Diễn đàn Doanh nghiệp - Cơ quan của Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI)",
            "Bạn nhận được email này vì đã đăng ký nhận bản tin trên enternews.vn.",
            "Hủy đăng ký | Cập nhật tùy chọn nhận tin"]
    footer(p, foot, (T + '<tr><td align="center" style="padding:12px 24px;font-family:Arial,sans-serif;'
                     'font-size:11px;color:#888888;">', "</td></tr></table></center></div>"))
    fur = [*header, "Xem email trên trình duyệt", "BẢN TIN DIỄN ĐÀN DOANH NGHIỆP", issue_line, date, cap,
           "Đọc bài trên website", "Tin khác trong số này", *tz[:4], "Facebook | YouTube | Zalo", *foot]
    return p, text_of(p, False, True), url, kicker, a["author"], fur


def laodongamp(a, n, tz):
    """Báo Lao Động's AMP page as Google's AMP cache serves it (laodong-vn.cdn.ampproject.org;
    the desktop page was used by earlier sets, the AMP capture is new): transformed AMP
    (<html ⚡ i-amphtml-layout transformed="google;v=1">, <style amp-runtime>, no boilerplate,
    <amp-img> with <i-amphtml-sizer>, images rewritten to the cache's /i/s/ addresses), a
    canonical to the desktop page (the label's url), a JSON-LD NewsArticle with a Person author;
    a hidden <amp-sidebar> menu (not in the text); the section a link above the title; ONE line
    under the title with the byline and the date ('Ngọc Anh | Thứ Ba, 10/10/2017 10:15
    (GMT+7)'); the sapo <h2 class="chappeau">, no tag; <amp-social-share> buttons (no text);
    <figure> with <figcaption> ('Ảnh: LĐO' added where the corpus credits nobody); <amp-ad> slots
    between paragraphs; 'TIN LIÊN QUAN' in the body after paragraph 2; 'Xem bản đầy đủ' and the
    footer; LF, one block a line."""
    section = ["Bất động sản", "Giáo dục", "Kinh doanh"][n - 1]
    num = 500000 + h(a["id"], "ld") % 400000
    url = f"https://laodong.vn/{slug(section)}/{slug(a['title'])}-{num}.ldo"
    cache = "https://laodong-vn.cdn.ampproject.org"
    line = f"{a['author']} | {weekday(a)}, {dmy(a)} {hm(a)} (GMT+7)"
    cap, credit = caption_or(a, "Ảnh minh họa. Ảnh: LĐO", "Ảnh: LĐO")
    sizer = '<i-amphtml-sizer style="display:block;padding-top:66.6667%"></i-amphtml-sizer>'
    p = Page()
    p.raw('<!doctype html>\n<html ⚡ lang="vi" i-amphtml-layout="" i-amphtml-no-boilerplate="" transformed="google;v=1">'
          '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">'
          '<style amp-runtime="" i-amphtml-version="012010301711000">html{overflow-x:hidden!important}'
          'body{-webkit-text-size-adjust:100%}</style>'
          f'<link rel="preload" as="script" href="{cache}/v0.js">'
          f'<script async src="{cache}/v0.js"></script>'
          f'<script async custom-element="amp-sidebar" src="{cache}/v0/amp-sidebar-0.1.js"></script>'
          f'<script async custom-element="amp-social-share" src="{cache}/v0/amp-social-share-0.1.js"></script>'
          f'<script async custom-element="amp-ad" src="{cache}/v0/amp-ad-0.1.js"></script>'
          '<style amp-custom>.chappeau{font-weight:700}.meta{color:#888;font-size:13px}</style>\n'
          f"<title>{html.escape(a['title'])}</title>\n"
          f'<link rel="canonical" href="{html.escape(url)}">\n'
          f'<meta name="description" content="{html.escape(a["lead"])}">\n'
          + jsonld({"@context": "http://schema.org", "@type": "NewsArticle",
                    "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "headline": a["title"],
                    "datePublished": iso(a), "dateModified": iso(a),
                    "author": {"@type": "Person", "name": a["author"]},
                    "publisher": {"@type": "Organization", "name": "Báo Lao Động",
                                  "logo": {"@type": "ImageObject", "url": "https://laodong.vn/images/logo-amp.png"}},
                    "image": {"@type": "ImageObject", "url": f"https://media.laodong.vn/Storage/NewsPortal/{num}.jpg"}})
          + "</head>\n")
    p.raw('<body><amp-sidebar id="sidebar" layout="nodisplay" side="left" class="i-amphtml-layout-nodisplay" '
          'hidden="hidden" i-amphtml-layout="nodisplay">')
    side = ["Thời sự", "Công đoàn", "Xã hội", "Kinh doanh", "Bất động sản", "Giáo dục", "Thế giới"]
    p.group(("<ul>", "</ul>"), '<li><a href="https://laodong.vn/">{t}</a></li>', side, " ")
    p.blocks.pop()  # hidden: not in the saved text
    p.raw('</amp-sidebar><header class="header"><button on="tap:sidebar.toggle" class="btn-menu" '
          'aria-label="Menu"></button><a href="https://laodong.vn/" class="logo">'
          '<amp-img src="' + cache + '/i/s/laodong.vn/images/logo.png" width="150" height="40" alt="Báo Lao Động" '
          'class="i-amphtml-layout-fixed i-amphtml-layout-size-defined" i-amphtml-layout="fixed" '
          'style="width:150px;height:40px"></amp-img></a></header>\n<article class="article">')
    p.el("a", section, f'class="cat" href="https://laodong.vn/{slug(section)}/"')
    p.el("h1", a["title"], 'class="title"')
    p.raw('<div class="meta"><span class="author">' + html.escape(a["author"]) + '</span> | <span class="time">'
          + html.escape(f"{weekday(a)}, {dmy(a)} {hm(a)} (GMT+7)") + "</span></div>")
    p.blocks.append(line)
    p.raw('<div class="share"><amp-social-share type="facebook" width="32" height="32" class="i-amphtml-layout-fixed" '
          'i-amphtml-layout="fixed" style="width:32px;height:32px"></amp-social-share><amp-social-share type="email" '
          'width="32" height="32" class="i-amphtml-layout-fixed" i-amphtml-layout="fixed" '
          'style="width:32px;height:32px"></amp-social-share></div>')
    p.el("h2", a["lead"], 'class="chappeau"')
    p.raw('<div class="article-content">')

    def photo():
        p.raw(f'<figure><amp-img src="{cache}/i/s/media.laodong.vn/Storage/NewsPortal/{num}.jpg" width="600" '
              'height="400" layout="responsive" class="i-amphtml-layout-responsive i-amphtml-layout-size-defined" '
              f'i-amphtml-layout="responsive">{sizer}</amp-img><figcaption>')
        p.el("span", cap)
        p.raw("</figcaption></figure>")

    def inline():
        p.raw('<div class="related-inline">')
        p.el("strong", "TIN LIÊN QUAN")
        p.group(("<ul>", "</ul>"), '<li><a href="https://laodong.vn/">{t}</a></li>', tz[:2], "\n")
        p.raw("</div>")

    def ad(i):
        if i in (1, 4):
            p.raw(f'<amp-ad width="300" height="250" type="adsense" data-ad-client="ca-pub-7263{h(a["id"]) % 999999:06d}" '
                  'data-ad-slot="8123456789" class="i-amphtml-layout-fixed i-amphtml-layout-size-defined" '
                  'i-amphtml-layout="fixed" style="width:300px;height:250px"></amp-ad>')

    body(p, a, photo, inline, at=1, between=ad)
    p.raw("</div></article>\n")
    p.el("a", "Xem bản đầy đủ", f'class="full" href="{html.escape(url)}"')
    related_div(p, "news-more", "Tin mới nhất", tz[2:6])
    foot = ["Báo Lao Động - Cơ quan của Tổng Liên đoàn Lao động Việt Nam",
            "Giấy phép số 1231/GP-BTTTT", "Địa chỉ: Số 6 Phạm Văn Bạch, Cầu Giấy, Hà Nội"]
    footer(p, foot)
    fur = [line, "TIN LIÊN QUAN", *tz[:2], "Xem bản đầy đủ", "Tin mới nhất", *tz[2:6], *foot]
    if credit or not a["caption"]:
        fur.append(cap)
    return p, text_of(p, False, False), url, section, a["author"], fur


# ---------------------------------------------------------------- plan and output

TEMPLATES = {"ldldarchive": ldldarchive, "socsonportal": socsonportal, "dhcongdoan": dhcongdoan,
             "bachmai": bachmai, "enternewsletter": enternewsletter, "laodongamp": laodongamp}

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
