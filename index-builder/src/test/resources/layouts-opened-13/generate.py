"""Builds the thirteenth opened page-layout set (formerly the thirteenth unseen check): 18 real
corpus articles laid out as six publishers or captures that are NOT a newspaper's desktop
article page, each page as HTML and as the visible text a scraper saves from it, with labels: a provincial government portal (Cổng
Thông tin điện tử tỉnh Quảng Trị, Liferay), a provincial trade union's site on an older CMS
(Liên đoàn Lao động tỉnh Tiền Giang: tables, <font>, 'Cập nhật ngày:', 'Lượt xem:'), a
ministry's news page (Bộ Kế hoạch và Đầu tư, SharePoint: the clock in SA/CH, the author in a
field table after the body), a magazine saved by a browser's 'Save page as' (Tạp chí Doanh
nghiệp Việt Nam: the 'saved from url' comment, inline styles and scripts, './<name>_files/'
images), a newspaper's AMP page (Người Lao Động, whose desktop page an earlier set used) and a
newspaper's print view (Dân trí, likewise). Metadata: OpenGraph without a date and a <title>
that is the portal's name; NONE (not even a description); OpenGraph with a date + a keywords
meta; OpenGraph with a date + a JSON-LD NewsArticle; a JSON-LD NewsArticle and no OpenGraph; a
robots meta and a canonical link only.

  python3 index-builder/src/test/resources/layouts-opened-13/generate.py   # from the repository root

Reads ../shared/corpus (beside the repository; VNNEWS_CORPUS names another folder). Writes,
beside this script:
  <site>/<n>.html   the page as the site serves it (or as the browser saved it)
  <site>/<n>.txt    its visible text, saved with that site's scraper convention (see the README)
  labels.jsonl      one line per page, the schema of ../layouts-opened-12/labels.jsonl
                    (opened as layouts-opened-12/ in the same round), "half": "opened"

Written from what the real sites look like, without reading the extractor's rules and never tuned
on. Labels come from the corpus article's fields and from what the template prints. The articles
are named below (ARTICLES), not searched for. The article, paragraph, date and page plumbing is
the twelfth set's (../layouts-opened-12/generate.py), unchanged but for the teaser order's salt
and 'quy chế' added to the signing pattern (a union 'đã ký Quy chế phối hợp').
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
# (UNSIGNED: no byline; the site prints a hashed reporter), a corpus title that is the slug of its
# dantri URL, a lead of 20 words or more that does not open with dantri's 'Dân trí' tag, five or
# more body paragraphs. vietnews-labour: a clean title (no quotes), a lead of 18 words or more, 16
# or more usable sentences. The two marked (A) are agreement signings, and the signing is printed
# on the page.
ARTICLES = {
    "quangtri": ["vietnews-train-101989", "dantri-news_health_002", "vietnews-train-014331"],
    "ldldtiengiang": ["vietnews-train-062978",  # (A) 'LĐLĐ tỉnh, thành phố đã ký Quy chế phối hợp'
                      "vietnews-train-074235", "dantri-news_science_002"],
    "mpi": ["vietnews-train-086594",  # (A) 'Việt Nam đã ký kết, tham gia 12 hiệp định thương mại tự do'
            "dantri-news_business_001", "vietnews-train-060882"],
    "doanhnghiepvn": ["dantri-news_business_011", "vietnews-train-022440", "dantri-news_science_008"],
    "nldamp": ["vietnews-test-017614", "dantri-news_science_013", "vietnews-val-019863"],
    "dantriprint": ["dantri-news_science_014", "dantri-news_business_006", "dantri-news_education_020"],
}
STORY_PARAS = {}
LABOUR_PARAS = {}
AGREEMENTS = {"vietnews-train-062978", "vietnews-train-086594"}
UNSIGNED = {"dantri-news_health_002", "dantri-news_science_002", "dantri-news_business_001",
            "dantri-news_business_011", "dantri-news_science_008", "dantri-news_business_006",
            "dantri-news_science_014", "dantri-news_science_013", "dantri-news_education_020"}
# labour pages whose text fixes the date the hash missed, read by hand (year, month or None):
# the oil and gas union's culture week opened 'Sáng 26/8' of 2017 (the title's year); the Prime
# Minister at the Vietnam Business Summit, 'Sáng 7-11', APEC 2017 in Đà Nẵng; the teachers'
# social insurance handed to the district 'từ quý 4 năm 2016' (so 2017); Tokyo's farm-work tests
# announced soon after Abe's cabinet sent its immigration plan to the Diet, to open 'từ tháng
# 4-2019' (November 2018); the children-online workshop of 'Sáng 12-7' after the Facebook leak
# (2018)
PRINTED_IN = {"vietnews-train-062978": (2017, 8), "vietnews-train-086594": (2017, 11),
              "vietnews-train-074235": (2017, None), "vietnews-train-022440": (2018, 11),
              "vietnews-test-017614": (2018, 7)}
PRINTED_ON = {}
# Every id the other layout sets name (the "id" of every labels.jsonl under ../layout*/, this set
# excluded: 273 ids): teasers never come from these, and an article named above must not be one.
USED_ELSEWHERE = {
    "dantri-news_business_003", "dantri-news_business_005", "dantri-news_business_013",
    "dantri-news_business_018", "dantri-news_business_019", "dantri-news_business_049",
    "dantri-news_business_051", "dantri-news_business_054", "dantri-news_business_060",
    "dantri-news_business_064", "dantri-news_business_072", "dantri-news_business_093",
    "dantri-news_business_095", "dantri-news_business_121", "dantri-news_business_123",
    "dantri-news_business_170", "dantri-news_business_197", "dantri-news_business_202",
    "dantri-news_business_227", "dantri-news_business_231", "dantri-news_business_237",
    "dantri-news_business_239", "dantri-news_education_010", "dantri-news_education_011",
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
    "dantri-news_entertainment_205", "dantri-news_health_056", "dantri-news_health_065",
    "dantri-news_health_072", "dantri-news_health_081", "dantri-news_health_082",
    "dantri-news_health_114", "dantri-news_health_135", "dantri-news_health_137",
    "dantri-news_health_149", "dantri-news_health_157", "dantri-news_health_163",
    "dantri-news_health_167", "dantri-news_health_169", "dantri-news_health_170",
    "dantri-news_health_250", "dantri-news_health_264", "dantri-news_health_265",
    "dantri-news_science_006", "dantri-news_science_011", "dantri-news_science_025",
    "dantri-news_science_046", "dantri-news_science_086", "dantri-news_science_110",
    "dantri-news_science_116", "dantri-news_society_017", "dantri-news_society_029",
    "dantri-news_society_032", "dantri-news_society_059", "dantri-news_society_060",
    "dantri-news_society_097", "dantri-news_society_100", "dantri-news_society_106",
    "dantri-news_society_109", "dantri-news_society_110", "dantri-news_society_113",
    "dantri-news_society_139", "dantri-news_society_157", "dantri-news_society_160",
    "dantri-news_society_177", "dantri-news_society_185", "dantri-news_society_186",
    "dantri-news_society_200", "dantri-news_society_212", "dantri-news_society_220",
    "dantri-news_society_249", "dantri-news_society_261", "dantri-news_society_268",
    "dantri-news_sport_199", "dantri-news_tech_015", "dantri-news_tech_018",
    "dantri-news_tech_110", "dantri-news_tech_115", "dantri-news_tech_163", "dantri-news_tech_236",
    "dantri-news_travel_002", "dantri-news_travel_011", "dantri-news_travel_018",
    "dantri-news_travel_027", "dantri-news_travel_028", "dantri-news_travel_039",
    "dantri-news_travel_057", "dantri-news_travel_070", "dantri-news_travel_103",
    "dantri-news_travel_125", "dantri-news_travel_136", "dantri-news_travel_153",
    "dantri-news_travel_170", "dantri-news_travel_191", "dantri-news_travel_198",
    "dantri-news_travel_222", "dantri-news_travel_244", "dantri-news_world_004",
    "dantri-news_world_008", "vietnews-test-000670", "vietnews-test-002199",
    "vietnews-test-002277", "vietnews-test-002330", "vietnews-test-002377", "vietnews-test-002465",
    "vietnews-test-002581", "vietnews-test-002811", "vietnews-test-004622", "vietnews-test-005681",
    "vietnews-test-007353", "vietnews-test-012133", "vietnews-test-014182", "vietnews-test-016067",
    "vietnews-test-016199", "vietnews-test-017223", "vietnews-test-017847", "vietnews-test-018632",
    "vietnews-test-019228", "vietnews-test-019720", "vietnews-test-019749", "vietnews-test-020418",
    "vietnews-test-020433", "vietnews-test-020546", "vietnews-test-020693", "vietnews-test-021691",
    "vietnews-test-021858", "vietnews-test-022542", "vietnews-train-002429",
    "vietnews-train-010224", "vietnews-train-010255", "vietnews-train-010611",
    "vietnews-train-010709", "vietnews-train-010778", "vietnews-train-011150",
    "vietnews-train-011227", "vietnews-train-012544", "vietnews-train-012997",
    "vietnews-train-014633", "vietnews-train-015555", "vietnews-train-015780",
    "vietnews-train-016019", "vietnews-train-016803", "vietnews-train-017926",
    "vietnews-train-018225", "vietnews-train-020360", "vietnews-train-020986",
    "vietnews-train-021754", "vietnews-train-022332", "vietnews-train-025487",
    "vietnews-train-025589", "vietnews-train-026784", "vietnews-train-031566",
    "vietnews-train-040295", "vietnews-train-048196", "vietnews-train-055323",
    "vietnews-train-063447", "vietnews-train-064195", "vietnews-train-064537",
    "vietnews-train-064964", "vietnews-train-065135", "vietnews-train-066541",
    "vietnews-train-066577", "vietnews-train-067704", "vietnews-train-068170",
    "vietnews-train-068192", "vietnews-train-068481", "vietnews-train-070223",
    "vietnews-train-071236", "vietnews-train-072465", "vietnews-train-073315",
    "vietnews-train-074243", "vietnews-train-074594", "vietnews-train-074792",
    "vietnews-train-074814", "vietnews-train-075766", "vietnews-train-076752",
    "vietnews-train-077673", "vietnews-train-080184", "vietnews-train-081391",
    "vietnews-train-083091", "vietnews-train-084708", "vietnews-train-085602",
    "vietnews-train-086602", "vietnews-train-087837", "vietnews-train-089713",
    "vietnews-train-090104", "vietnews-train-090815", "vietnews-train-091138",
    "vietnews-train-091987", "vietnews-train-092481", "vietnews-train-092702",
    "vietnews-train-092783", "vietnews-train-093406", "vietnews-train-093738",
    "vietnews-train-094380", "vietnews-train-094412", "vietnews-train-095005",
    "vietnews-train-095220", "vietnews-train-095473", "vietnews-train-095767",
    "vietnews-train-096684", "vietnews-train-096742", "vietnews-train-097326",
    "vietnews-train-097443", "vietnews-train-097559", "vietnews-train-098725",
    "vietnews-train-098955", "vietnews-train-099206", "vietnews-train-099261",
    "vietnews-train-099546", "vietnews-train-099673", "vietnews-train-099700",
    "vietnews-train-100564", "vietnews-train-100914", "vietnews-train-101390",
    "vietnews-train-103152", "vietnews-train-103930", "vietnews-train-104010",
    "vietnews-train-104438", "vietnews-train-104483", "vietnews-train-104851",
    "vietnews-train-105373", "vietnews-val-002862", "vietnews-val-002978", "vietnews-val-004258",
    "vietnews-val-008777", "vietnews-val-013117", "vietnews-val-013261", "vietnews-val-013882",
    "vietnews-val-013936", "vietnews-val-014159", "vietnews-val-014663", "vietnews-val-015999",
    "vietnews-val-016283", "vietnews-val-016357", "vietnews-val-017493", "vietnews-val-017694",
    "vietnews-val-018679", "vietnews-val-019350", "vietnews-val-020716", "vietnews-val-021994",
    "vietnews-val-022037", "vietnews-val-022111", "vietnews-val-022403", "vietnews-val-022626",
}

REPORTERS = ["Ngọc Anh", "Quang Huy", "Thanh Hà", "Mai Phương", "Duy Khánh", "Thùy Linh",
             "Hữu Tài", "Kim Ngân", "Đình Phú", "Hoài Thu", "Xuân Bách", "Diệu Linh"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
SIGNING = re.compile(r"(ký|kí) (kết|thỏa thuận|thoả thuận|bản ghi nhớ|biên bản ghi nhớ|quy chế)", re.I)


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
        "date": d, "time": (6 + h(a["id"], "hh") % 16, h(a["id"], "mm") % 60),
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
        "time": (6 + h(a["id"], "hh") % 16, h(a["id"], "mm") % 60), "caption": None,
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
    teasers = sorted(set(teasers), key=lambda t: h(t, "teaser13"))
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


def quangtri(a, n, tz):
    """Cổng Thông tin điện tử tỉnh Quảng Trị, a provincial government portal (Liferay): a <title>
    that is the portal's name, not the article's; OpenGraph WITHOUT a date; no JSON-LD, no <time>,
    no <article>; a portlet heading 'Tin tức - Sự kiện' and the trail 'Trang chủ » Tin tức - Sự
    kiện » Lao động - Việc làm' saved on one line; the title an <h3> (no <h1>); 'Thứ hai,
    14/03/2016 09:12'; NO sapo element: the lead is the first paragraph of the content, in
    <strong>; the photo and its caption as two centred <p>s (the caption in <em>); the byline
    bold right-aligned with the office it works for ('Ngọc Anh - Trung tâm Truyền thông tỉnh');
    'In trang | Gửi email | Quay lại'; 'Các tin khác' with dates; LF, one block a line, menus on
    one line."""
    last = ["Lao động - Việc làm", "Y tế", "Kinh tế"][n - 1]
    crumbs = ["Trang chủ", "Tin tức - Sự kiện", last]
    url = (f"https://www.quangtri.gov.vn/tin-tuc-su-kien/-/asset_publisher/TtL4/content/"
           f"{slug(a['title'])}")
    date = f"{weekday(a).replace('Thứ ', 'Thứ ').capitalize()}, {dmy(a)} {hm(a)}"
    cap, credit = caption_or(a, "Ảnh minh họa", "- Ảnh: Internet")
    byline = a["author"] + " - Trung tâm Truyền thông tỉnh"
    p = Page()
    meta = (f'<meta name="description" content="{html.escape(a["lead"])}">\n'
            + og(a, url, "Cổng Thông tin điện tử tỉnh Quảng Trị", published=False))
    p.raw(head("Tin tức - Sự kiện - Cổng Thông tin điện tử tỉnh Quảng Trị", meta))
    p.raw('<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">\n'
          '<div id="wrapper"><header id="banner" role="banner">')
    p.el("a", "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ", 'class="logo" href="/"')
    menu = ["Giới thiệu", "Tin tức - Sự kiện", "Chính quyền", "Công dân", "Doanh nghiệp",
            "Du khách", "Văn bản", "Thủ tục hành chính", "Hỏi đáp"]
    p.group(('<nav id="navigation"><ul>', "</ul></nav>"), '<li><a href="#"><span>{t}</span></a></li>',
            menu, " ")
    p.el("label", "Tìm kiếm", 'for="keywords"')
    p.raw('<input id="keywords" type="text"></header>\n<div id="content"><div class="portlet-boundary">')
    p.el("h2", "Tin tức - Sự kiện", 'class="portlet-title"')
    p.group(('<ul class="breadcrumbs">', "</ul>"), '<li><a href="#">{t}</a></li>', crumbs, " » ")
    p.raw('<div class="asset-full-content">')
    p.el("h3", a["title"], 'class="header-title"')
    p.el("div", date, 'class="metadata-entry metadata-publish-date"')
    p.raw('<div class="journal-content-article">')
    p.raw('<p style="text-align: justify;"><strong>')
    p.el("span", a["lead"])
    p.raw("</strong></p>")

    def photo():
        p.raw(f'<p style="text-align: center;"><img alt="" src="/documents/10180/{h(a["id"]) % 999999}'
              '/anh.jpg" style="width: 600px;"></p>')
        p.raw('<p style="text-align: center;"><em>')
        p.el("span", cap)
        p.raw("</em></p>")

    body(p, a, photo, para=lambda t: ("p", t))
    p.raw('<p style="text-align: right;"><strong>')
    p.el("span", byline)
    p.raw("</strong></p></div>")
    p.group(('<div class="taglib-icon-list">', "</div>"), '<a href="#">{t}</a>',
            ["In trang", "|", "Gửi email", "|", "Quay lại"], " ")
    p.raw("</div>")
    p.el("h4", "Các tin khác")
    others = [f"{t} ({(a['date'] - datetime.timedelta(days=i + 1)).strftime('%d/%m/%Y')})"
              for i, t in enumerate(tz[:4])]
    p.group(('<ul class="other-news">', "</ul>"), '<li><a href="#">{t}</a></li>', others, "\n")
    p.raw("</div></div>\n")
    foot = ["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ",
            "Cơ quan chủ quản: Ủy ban nhân dân tỉnh Quảng Trị",
            "Đơn vị quản lý: Văn phòng UBND tỉnh Quảng Trị",
            "Giấy phép số 15/GP-TTĐT",
            "Địa chỉ: 45 Hùng Vương, TP Đông Hà, tỉnh Quảng Trị"]
    footer(p, foot, ('<footer id="footer" role="contentinfo">', "</footer></div>"))
    fur = ["Thủ tục hành chính", "Tìm kiếm", date, cap, byline, "In trang | Gửi email | Quay lại",
           "Các tin khác", *others, *foot]
    if credit:
        fur.append(credit)
    return p, text_of(p, False, False), url, last, a["author"], fur


def ldldtiengiang(a, n, tz):
    """Liên đoàn Lao động tỉnh Tiền Giang, a provincial trade union's site on an older CMS: HTML
    4.01, tables for layout, <font>, <b>; NO metadata (a <title> that is the union's name, no
    description, no OpenGraph, no JSON-LD); a left column ('DANH MỤC') before the article; the
    section a red <font><b> cell ('Hoạt động Công đoàn'), no trail; the title a <font size="4">
    (no heading element); 'Cập nhật ngày: 27/08/2017 - 09:12 | Lượt xem: 356'; the sapo a bold
    <font> ended by <br><br>, untagged; paragraphs <p align="justify"><font>; the photo in a table
    with an italic small caption; the byline bold right-aligned, then an italic '(Ban Tuyên giáo
    LĐLĐ tỉnh)' on the next line; 'In bản tin', 'Các tin đã đưa:'; a visit counter; CRLF, a blank
    line between blocks, menus and lists one item a line."""
    section = ["Hoạt động Công đoàn", "Chính sách - Pháp luật", "Sức khỏe - Đời sống"][n - 1]
    url = f"http://ldldtiengiang.org.vn/index.php?option=com_content&id={2000 + h(a['id'], 'tg') % 5000}"
    date = f"Cập nhật ngày: {dmy(a)} - {hm(a)}"
    views = f"Lượt xem: {120 + h(a['id'], 'views') % 900}"
    office = "(Ban Tuyên giáo LĐLĐ tỉnh)"
    cap, credit = caption_or(a, "Ảnh minh họa", "(Ảnh: ST)")
    p = Page()
    p.raw('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n'
          '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
          "<title>LIÊN ĐOÀN LAO ĐỘNG TỈNH TIỀN GIANG</title>\n"
          '<link href="css/style.css" rel="stylesheet" type="text/css">\n</head>\n')
    p.raw('<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">\n'
          '<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">\n'
          '<tr><td colspan="2"><img src="images/banner.jpg" width="980" height="150"></td></tr>\n'
          '<tr><td colspan="2" class="menu" bgcolor="#0066CC">')
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Hoạt động Công đoàn",
            "Chính sách - Pháp luật", "Văn bản", "Liên hệ"]
    p.group(("<font color=\"#FFFFFF\"><b>", "</b></font>"), '<a href="#">{t}</a> ', menu, " ")
    p.raw('</td></tr>\n<tr><td width="200" valign="top" bgcolor="#EEF4FB">')
    p.el("font", "DANH MỤC", 'color="#CC0000"')
    cats = ["Tin tức - Sự kiện", "Hoạt động Công đoàn", "Chính sách - Pháp luật",
            "Gương điển hình", "Sức khỏe - Đời sống", "Thư viện ảnh"]
    p.group(('<table width="100%">', "</table>"), '<tr><td>» <a href="#">{t}</a></td></tr>',
            cats, "\n")
    p.raw('</td>\n<td width="780" valign="top"><table width="100%" cellpadding="5"><tr>'
          '<td class="title_cate">')
    p.raw('<font color="#CC0000">')
    p.el("b", section)
    p.raw("</font></td></tr>\n<tr><td>")
    p.raw('<font class="title_news" size="4" color="#003399">')
    p.el("b", a["title"])
    p.raw("</font><br>")
    p.el("font", f"{date} | {views}", 'color="#666666" size="1"')
    p.raw("<br><br>")
    p.raw('<font size="2">')
    p.el("b", a["lead"])
    p.raw("</font><br><br>")

    def photo():
        p.raw(f'<table align="center" width="420" border="0"><tr><td><img src="uploads/news/'
              f'{h(a["id"]) % 99999}.jpg" width="420"></td></tr><tr><td align="center">'
              '<font size="1">')
        p.el("i", cap)
        p.raw("</font></td></tr></table>")

    body(p, a, photo, para=lambda t: ("p", t))
    p.parts[:] = [x.replace("<p>", '<p align="justify"><font face="Arial" size="2">', 1)
                  .replace("</p>", "</font></p>") if x.startswith("<p>") else x for x in p.parts]
    p.raw('<p align="right">')
    p.el("b", a["author"])
    p.raw("<br>")
    p.el("i", office)
    p.raw("</p>")
    p.group(("<div>", "</div>"), '<img src="images/icon.gif"> <a href="#">{t}</a>',
            ["In bản tin", "Gửi bản tin", "Trở về"], "\n")
    p.el("b", "Các tin đã đưa:")
    others = [f"{t} - {(a['date'] - datetime.timedelta(days=2 * i + 1)).strftime('%d/%m/%Y')}"
              for i, t in enumerate(tz[:4])]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', others, "\n")
    p.raw("</td></tr></table></td></tr>\n")
    counter = f"Số lượt truy cập: {1200000 + h(a['id'], 'visits') % 90000:,}".replace(",", ".")
    foot = ["Bản quyền thuộc Liên đoàn Lao động tỉnh Tiền Giang",
            "Địa chỉ: 41 Lê Lợi, phường 1, TP Mỹ Tho, tỉnh Tiền Giang",
            "Điện thoại: (0273) 3 872 127", counter]
    p.raw('<tr><td colspan="2" align="center" bgcolor="#0066CC"><font color="#FFFFFF" size="1">')
    for t in foot:
        p.parts.append(html.escape(t, quote=False) + "<br>")
        p.blocks.append(t)
    p.raw("</font></td></tr>\n</table>\n</body>\n</html>\n")
    fur = ["DANH MỤC", "Gương điển hình", "Thư viện ảnh", date, views, cap, office, "In bản tin",
           "Gửi bản tin", "Các tin đã đưa:", *others, *foot]
    if credit:
        fur.append(credit)
    text = text_of(p, True, True, "\r\n").replace("\r\n", "\n").replace("\n", "\r\n")
    return p, text, url, section, a["author"], fur


def sa_ch(a):
    """A SharePoint clock in Vietnamese: '10:15 SA' (morning), '02:05 CH' (afternoon)."""
    hh, mm = a["time"]
    return f"{(hh - 1) % 12 + 1:02d}:{mm:02d} {'SA' if hh < 12 else 'CH'}"


def mpi(a, n, tz):
    """Bộ Kế hoạch và Đầu tư (mpi.gov.vn), a ministry's news page (SharePoint): OpenGraph with
    article:published_time; a keywords meta; no JSON-LD, no <time>, no <article>; 'Trang chủ >
    Tin tức > Tin tổng hợp' saved on one line; the title an <h2> (no <h1>); the date on a
    12-hour clock with SA/CH ('08/11/2017 10:15 SA', '23/04/2021 02:05 CH'); the sapo a <div
    class="sapo"><p> tagged '(MPI) - '; the photo in an MsoTableGrid table with an italic centred
    MsoNormal caption; NO byline in the body: a field table after it, 'Tác giả' / the name /
    'Nguồn tin' / the source, one cell a line; 'Các tin khác' with dates; LF, a blank line between
    blocks, lists one item a line."""
    last = ["Tin tổng hợp", "Doanh nghiệp", "Tin Kinh tế - Xã hội"][n - 1]
    crumbs = ["Trang chủ", "Tin tức", last]
    url = f"https://www.mpi.gov.vn/Pages/tinbai.aspx?idTin={30000 + h(a['id'], 'mpi') % 20000}&idcm=188"
    date = f"{dmy(a)} {sa_ch(a)}"
    tag = "(MPI) - "
    source = "Trung tâm Thông tin và Dự báo kinh tế - xã hội quốc gia"
    cap, credit = caption_or(a, "Ảnh minh họa", "(Ảnh: MPI)")
    p = Page()
    meta = (og(a, url, "Cổng thông tin điện tử Bộ Kế hoạch và Đầu tư")
            + '<meta name="keywords" content="Bộ Kế hoạch và Đầu tư, MPI, tin tức">\n')
    p.raw(head(a["title"], meta))
    p.raw('<body><form method="post" action="./tinbai.aspx" id="aspnetForm">\n'
          '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk">\n'
          '<div id="s4-workspace"><div class="header">')
    p.el("a", "BỘ KẾ HOẠCH VÀ ĐẦU TƯ", 'class="logo" href="/"')
    p.el("div", "MINISTRY OF PLANNING AND INVESTMENT", 'class="logo-en"')
    menu = ["Trang chủ", "Giới thiệu", "Tin tức", "Văn bản pháp quy", "Thủ tục hành chính",
            "Chiến lược - Quy hoạch", "Thống kê", "Dịch vụ công", "English"]
    p.group(('<ul class="topmenu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, "\n")
    p.raw('</div>\n<div class="content">')
    p.group(('<div class="breadcrumb">', "</div>"), '<a href="#">{t}</a>', crumbs, " > ")
    p.el("h2", a["title"], 'class="title-detail"')
    p.el("span", date, 'class="date-detail"')
    p.raw('<div class="sapo"><p>')
    p.el("span", tag + a["lead"])
    p.raw("</p></div>")
    p.raw('<div class="ms-rtestate-field">')

    def photo():
        p.raw('<table class="MsoTableGrid" align="center" border="0"><tr><td><img src="/Portals/0/'
              f'Images/{h(a["id"]) % 99999}.jpg" width="550"></td></tr><tr><td>'
              '<p class="MsoNormal" align="center"><i>')
        p.el("span", cap)
        p.raw("</i></p></td></tr></table>")

    body(p, a, photo, para=lambda t: ("p", t))
    p.raw("</div>")
    fields = ["Tác giả", a["author"], "Nguồn tin", source]
    p.group(('<table class="ms-formtable">', "</table>"), '<tr><td class="ms-formbody">{t}</td></tr>',
            fields, "\n")
    p.el("h3", "Các tin khác")
    others = [f"{t} ({(a['date'] - datetime.timedelta(days=i)).strftime('%d/%m/%Y')})"
              for i, t in enumerate(tz[:4])]
    p.group(('<ul class="othernews">', "</ul>"), '<li><a href="#">{t}</a></li>', others, "\n")
    p.raw("</div></div></form>\n")
    foot = ["Bản quyền thuộc Bộ Kế hoạch và Đầu tư",
            "Địa chỉ: 6B Hoàng Diệu, Ba Đình, Hà Nội",
            "Chịu trách nhiệm chính: Giám đốc Trung tâm Thông tin và Dự báo kinh tế - xã hội quốc gia"]
    footer(p, foot, ('<div class="footer">', "</div>"))
    fur = ["MINISTRY OF PLANNING AND INVESTMENT", "Văn bản pháp quy", date, tag.strip(), cap,
           "Nguồn tin", source, "Các tin khác", *others, *foot]
    if credit:
        fur.append(credit)
    return p, text_of(p, True, True), url, last, a["author"], fur


def doanhnghiepvn(a, n, tz):
    """Tạp chí Doanh nghiệp Việt Nam, a magazine, as a browser's 'Save page as' (complete) keeps
    it: the '<!-- saved from url=(NNNN)... -->' line, the browser's http-equiv charset, inline
    <style> and <script> blocks (gtag, a dataLayer, a lazy-load), a GTM <noscript> iframe,
    absolute links, images rewritten to './<name>_files/'; OpenGraph with article:published_time
    and a JSON-LD NewsArticle with a Person; <article>; 'Kinh tế' / 'Thế giới' saved one crumb a
    line, no home; under the title the reporter (a link) and, on its own line, 'Thứ Bảy,
    01/10/2020 09:15 (GMT+7)'; share links; the sapo a <div class="sapo"> in bold by CSS,
    untagged; <figure class="image"> with a <figcaption>; a 'Xem thêm:' line after paragraph 3;
    nothing at the end of the body; 'Tags:' and the tags one a line; 'Tin cùng chuyên mục'; LF, one block a
    line, share links and tags too."""
    crumbs = [["Kinh tế", "Thế giới"], ["Xã hội", "Lao động - Việc làm"],
              ["Công nghệ", "Khoa học"]][n - 1]
    url = f"https://doanhnghiepvn.vn/{slug(crumbs[-1])}/{slug(a['title'])}/{20200000000 + h(a['id'], 'dn') % 99999999}"
    files = f"./{slug(a['title'])[:40]}_files"
    date = f"{weekday(a)}, {dmy(a)} {hm(a)} (GMT+7)"
    cap, credit = caption_or(a, "Ảnh minh họa", "(Ảnh: TL)")
    more = "Xem thêm: " + tz[0]
    p = Page()
    p.raw("<!DOCTYPE html>\n"
          f"<!-- saved from url=({len(url):04d}){url} -->\n"
          '<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
          f"<title>{html.escape(a['title'])}</title>\n"
          '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
          + og(a, url, "Tạp chí Doanh nghiệp Việt Nam", section=crumbs[-1])
          + jsonld({"@context": "https://schema.org", "@type": "NewsArticle",
                    "mainEntityOfPage": url, "headline": a["title"], "datePublished": iso(a),
                    "image": [f"https://doanhnghiepvn.vn/uploads/{h(a['id']) % 99999}.jpg"],
                    "author": {"@type": "Person", "name": a["author"]},
                    "publisher": {"@type": "Organization", "name": "Tạp chí Doanh nghiệp Việt Nam",
                                  "logo": {"@type": "ImageObject",
                                           "url": "https://doanhnghiepvn.vn/logo.png"}}})
          + f'<link rel="stylesheet" href="{files}/style.min.css">\n'
          "<style>.sapo{font-weight:700;font-size:17px}.article-body p{line-height:1.6}"
          ".share a{margin-right:8px}figure.image figcaption{font-style:italic;color:#555}</style>\n"
          '<script async="" src="https://www.googletagmanager.com/gtag/js?id=G-DNVN2020"></script>\n'
          "<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}"
          "gtag('js', new Date());gtag('config', 'G-DNVN2020');</script>\n</head>\n")
    p.raw('<body class="single-post"><noscript><iframe src="https://www.googletagmanager.com/ns.html'
          '?id=GTM-DNVN" height="0" width="0" style="display:none;visibility:hidden"></iframe>'
          '</noscript>\n<header class="site-header">')
    p.el("a", "DOANH NGHIỆP VIỆT NAM", 'class="logo" href="https://doanhnghiepvn.vn/"')
    menu = ["Thời sự", "Kinh tế", "Doanh nghiệp", "Doanh nhân", "Xã hội", "Công nghệ",
            "Địa phương", "Multimedia"]
    p.group(('<ul class="main-menu">', "</ul>"),
            '<li><a href="https://doanhnghiepvn.vn/#">{t}</a></li>', menu, " ")
    p.raw('</header>\n<main><article class="article">')
    p.group(('<ul class="breadcrumb">', "</ul>"),
            '<li><a href="https://doanhnghiepvn.vn/#">{t}</a></li>', crumbs, "\n")
    p.el("h1", a["title"], 'class="article-title"')
    p.raw('<div class="article-meta">')
    p.el("a", a["author"], 'class="author" href="https://doanhnghiepvn.vn/tac-gia"')
    p.el("div", date, 'class="time"')
    p.raw("</div>")
    p.group(('<div class="share">', "</div>"), '<a href="https://doanhnghiepvn.vn/#">{t}</a>',
            ["Chia sẻ", "Facebook", "Zalo"], " ")
    p.el("div", a["lead"], 'class="sapo"')
    p.raw('<div class="article-body">')

    def photo():
        p.raw(f'<figure class="image"><img src="{files}/{h(a["id"]) % 99999}.jpg" '
              f'data-src="https://doanhnghiepvn.vn/uploads/{h(a["id"]) % 99999}.jpg" alt="">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    def inline():
        p.raw("<p><strong>Xem thêm: </strong>")
        p.parts.append(f'<a href="https://doanhnghiepvn.vn/#">{html.escape(tz[0], quote=False)}</a></p>')
        p.blocks.append(more)

    body(p, a, photo, inline, at=2)
    p.raw("</div>")
    tags = ["Tags:", crumbs[-1], "doanh nghiệp"]
    p.group(('<div class="tags">', "</div>"), '<a href="https://doanhnghiepvn.vn/#">{t}</a>', tags, " ")
    p.raw("</article>")
    p.el("h3", "Tin cùng chuyên mục")
    p.group(('<ul class="same-cat">', "</ul>"), '<li><a href="https://doanhnghiepvn.vn/#">{t}</a></li>',
            tz[2:5], "\n")
    p.raw('<script>document.querySelectorAll("img[data-src]").forEach(function(i){i.src=i.dataset.src;});'
          "</script></main>\n")
    foot = ["TẠP CHÍ DOANH NGHIỆP VIỆT NAM",
            "Giấy phép số 342/GP-BTTTT",
            "Tòa soạn: 12 Nguyễn Thượng Hiền, Hai Bà Trưng, Hà Nội"]
    footer(p, foot, ('<footer class="site-footer">', "</footer>"))
    fur = ["Multimedia", date, "Zalo", cap, more, "Tags:",
           "Tin cùng chuyên mục", *tz[2:5], *foot]
    if credit:
        fur.append(credit)
    return p, text_of(p, True, False), url, crumbs[-1], a["author"], fur


def nldamp(a, n, tz):
    """Người Lao Động as its AMP page (the desktop page was used by an earlier set; the AMP capture
    is new): <html ⚡>, the AMP boilerplate <style>s, the runtime and custom-element scripts, a
    canonical link; a JSON-LD NewsArticle with a Person and no OpenGraph; <amp-analytics> holding
    a JSON <script>; an <amp-sidebar> menu (layout nodisplay: in the HTML, NOT in the saved text);
    the section a linked <div class="cate"> above the title, no trail; '08-11-2017 - 10:15'; the
    sapo an <h2 class="sapo"> tagged '(NLĐO) - ' in plain text; <amp-img> whose alt repeats the
    caption, the caption a <div class="caption">; an <amp-ad> after paragraph 3; the byline at the
    end as 'Bài và ảnh: Ngọc Anh' ('Bài: Ngọc Anh' where the caption credits a photographer); 'Xem phiên bản đầy đủ'; 'Tin liên quan'; LF, one block a line,
    lists one item a line."""
    section = ["Giáo dục", "Khoa học", "Công đoàn"][n - 1]
    canonical = f"https://nld.com.vn/{slug(section)}/{slug(a['title'])}-{20170000000000 + h(a['id'], 'nld') % 9999999999}.htm"
    url = canonical.replace("https://nld.com.vn/", "https://amp.nld.com.vn/")
    date = f"{dmy(a, '-')} - {hm(a)}"
    tag = "(NLĐO) - "
    # 'Bài và ảnh:' where the photo credits nobody; 'Bài:' where the caption names its photographer
    byline = ("Bài: " if re.search(r"Ảnh ?:", a["caption"] or "") else "Bài và ảnh: ") + a["author"]
    cap = a["caption"] or "Ảnh minh họa"
    p = Page()
    p.raw('<!doctype html>\n<html ⚡ lang="vi">\n<head>\n<meta charset="utf-8">\n'
          f"<title>{html.escape(a['title'])}</title>\n"
          f'<link rel="canonical" href="{html.escape(canonical)}">\n'
          '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">\n'
          '<script async src="https://cdn.ampproject.org/v0.js"></script>\n'
          '<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>\n'
          '<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>\n'
          '<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>\n'
          '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;'
          "animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:"
          "hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:"
          "none;animation:none}</style></noscript>\n"
          "<style amp-custom>.sapo{font-weight:bold}.caption{font-size:13px;color:#666}"
          ".author{text-align:right;font-weight:bold}</style>\n"
          + jsonld({"@context": "https://schema.org", "@type": "NewsArticle",
                    "mainEntityOfPage": {"@type": "WebPage", "@id": canonical},
                    "headline": a["title"], "description": a["lead"], "datePublished": iso(a),
                    "dateModified": iso(a), "author": {"@type": "Person", "name": a["author"]},
                    "image": {"@type": "ImageObject", "url": f"https://nld.mediacdn.vn/{h(a['id']) % 99999}.jpg",
                              "width": 660, "height": 440},
                    "publisher": {"@type": "Organization", "name": "Báo Người Lao Động",
                                  "logo": {"@type": "ImageObject", "url": "https://nld.com.vn/logo.png"}}})
          + "</head>\n")
    p.raw('<body>\n<amp-analytics type="gtag" data-credentials="include"><script type="application/json">'
          '{"vars":{"gtag_id":"UA-1234567-1","config":{"UA-1234567-1":{"groups":"default"}}}}'
          "</script></amp-analytics>\n")
    p.raw('<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul>'
          + "".join(f'<li><a href="https://nld.com.vn/{slug(t)}.htm">{html.escape(t)}</a></li>'
                    for t in ["Thời sự", "Quốc tế", "Công đoàn", "Kinh tế", "Giáo dục", "Pháp luật",
                              "Sức khỏe", "Thể thao", "Bạn đọc"])
          + "</ul></amp-sidebar>\n")
    p.raw('<header class="amp-header"><button on="tap:sidebar.toggle" aria-label="Menu"></button>'
          '<a href="https://amp.nld.com.vn/"><amp-img src="https://nld.com.vn/logo.png" width="120" '
          'height="32" alt="Báo Người Lao Động"></amp-img></a></header>\n<main>')
    p.raw('<div class="cate">')
    p.el("a", section, f'href="https://amp.nld.com.vn/{slug(section)}.htm"')
    p.raw("</div>")
    p.el("h1", a["title"], 'class="title"')
    p.el("div", date, 'class="date"')
    p.el("h2", tag + a["lead"], 'class="sapo"')
    p.raw('<div class="content">')

    def photo():
        p.raw(f'<amp-img src="https://nld.mediacdn.vn/{h(a["id"]) % 99999}.jpg" width="660" '
              f'height="440" layout="responsive" alt="{html.escape(cap)}"></amp-img>')
        p.el("div", cap, 'class="caption"')

    def ad(i):
        if i == 2:
            p.raw('<amp-ad width="300" height="250" type="doubleclick" '
                  'data-slot="/21722213160/nld_amp/inread"></amp-ad>')

    body(p, a, photo, between=ad)
    p.el("p", byline, 'class="author"')
    p.raw("</div>")
    p.el("a", "Xem phiên bản đầy đủ", f'class="full" href="{html.escape(canonical)}"')
    p.el("h3", "Tin liên quan")
    p.group(('<ul class="related">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[:4], "\n")
    p.raw("</main>\n")
    foot = ["Báo Người Lao Động điện tử",
            "Cơ quan chủ quản: Thành ủy TP Hồ Chí Minh",
            "Giấy phép số 115/GP-BTTTT"]
    footer(p, foot)
    fur = [date, tag.strip(), cap, byline, "Xem phiên bản đầy đủ", "Tin liên quan", *tz[:4], *foot]
    return p, text_of(p, True, False), canonical, section, a["author"], fur


def dantriprint(a, n, tz):
    """Dân trí's print view (the desktop page was used by earlier sets; the print capture is new):
    <body onload="window.print()">, a robots noindex meta and a canonical link, NO OpenGraph, no
    JSON-LD; the logo, then the section alone on a line ('Khoa học - Công nghệ'), no trail; the
    address of the article printed under it; 'Thứ Bảy, 03/10/2020 - 09:15'; the sapo an <h2
    class="sapo"> tagged '(Dân trí) - '; <figure>/<figcaption><p>, '(Ảnh: Internet)' added where
    the corpus credits nobody; the byline bold right-aligned; 'In bài viết' and 'Đóng' (links
    hidden only when printing, so on the saved screen text); the copyright lines; LF, one block a
    line."""
    section = ["Khoa học - Công nghệ", "Kinh doanh", "Giáo dục - Khuyến học"][n - 1]
    url = f"https://dantri.com.vn/{slug(section)}/{slug(a['title'])}-{20201000000000 + h(a['id'], 'dt') % 99999999}.htm"
    print_url = url.replace(".htm", ".print")
    date = f"{weekday(a)}, {dmy(a)} - {hm(a)}"
    tag = "(Dân trí) - "
    cap, credit = caption_or(a, "Ảnh minh họa (Ảnh: Internet)", "(Ảnh: Internet)")
    p = Page()
    p.raw(head(a["title"], '<meta name="robots" content="noindex, nofollow">\n'
               f'<link rel="canonical" href="{html.escape(url)}">\n'
               "<style>body{font-family:Arial;width:700px;margin:auto}"
               "@media print{.no-print{display:none}}</style>\n"))
    p.raw('<body onload="window.print()">\n<div class="print-header"><img src="https://dantri.com.vn/'
          'logo.png" alt="Báo điện tử Dân trí">')
    p.el("div", section, 'class="print-cate"')
    p.el("div", url, 'class="print-url"')
    p.raw("</div>\n<div class=\"print-body\">")
    p.el("h1", a["title"])
    p.el("div", date, 'class="date"')
    p.el("h2", tag + a["lead"], 'class="sapo"')

    def photo():
        p.raw(f'<figure><img src="https://icdn.dantri.com.vn/{h(a["id"]) % 99999}.jpg"><figcaption>')
        p.el("p", cap)
        p.raw("</figcaption></figure>")

    body(p, a, photo)
    p.raw('<p style="text-align: right;"><strong>')
    p.el("span", a["author"])
    p.raw("</strong></p></div>")
    p.group(('<div class="no-print">', "</div>"), '<a href="javascript:void(0)">{t}</a>',
            ["In bài viết", "Đóng"], " ")
    foot = ["Bản quyền © 2005-2020 Báo điện tử Dân trí",
            "Cơ quan chủ quản: Trung ương Hội Khuyến học Việt Nam",
            "Giấy phép số 298/GP-BTTTT"]
    footer(p, foot, ('<div class="print-footer">', "</div>"))
    fur = [url, date, tag.strip(), cap, "In bài viết Đóng", *foot]
    if credit:
        fur.append(credit)
    return p, text_of(p, False, False), url, section, a["author"], fur


# ---------------------------------------------------------------- plan and output

TEMPLATES = {"quangtri": quangtri, "ldldtiengiang": ldldtiengiang, "mpi": mpi,
             "doanhnghiepvn": doanhnghiepvn, "nldamp": nldamp, "dantriprint": dantriprint}


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
