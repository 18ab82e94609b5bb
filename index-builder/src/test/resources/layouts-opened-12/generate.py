"""Builds the twelfth opened page-layout set (formerly the twelfth unseen check): 18 real corpus
articles laid out as six more Vietnamese news sites lay them out (Báo Tây Ninh, Báo Bạc Liêu, Báo Điện Biên Phủ, Báo Sóc Trăng,
Báo Vĩnh Phúc, Tạp chí Thương trường), each page as HTML and as the visible text a scraper saves
from it, with labels. Bylines: at the end in capitals; UNDER THE TITLE after 'Tác giả:' with
nothing at the end; at the end bold and italic; at the end after 'Tin, ảnh:'; at the end followed
by a 'Nguồn:' line; on the date's line under the title ('Ngọc Anh | 08:30 23/01/2017'). Metadata:
OpenGraph with a date and a JSON-LD NewsArticle; <time datetime> + OpenGraph without a date;
nothing but <title> and a description; a JSON-LD @graph and no OpenGraph; <article> + OpenGraph
with a date + <meta name="author">; <article> + OpenGraph + a JSON-LD whose author is a list.

  python3 index-builder/src/test/resources/layouts-opened-12/generate.py   # from the repository root

Reads ../shared/corpus (beside the repository; VNNEWS_CORPUS names another folder). Writes,
beside this script:
  <site>/<n>.html   the page as the site serves it
  <site>/<n>.txt    its visible text, saved with that site's scraper convention (see the README)
  labels.jsonl      one line per page, the schema of ../layouts-opened-11/labels.jsonl
                    (then layouts-unseen-11/), "half": "opened"

Written from what the real sites look like, without reading the extractor's rules and never tuned
on. Labels come from the corpus article's fields and from what the template prints. The articles
are named below (ARTICLES), not searched for. The article, paragraph, date and page plumbing is
the eleventh set's (../layouts-opened-11/generate.py, then layouts-unseen-11/), unchanged but for the teaser order's salt and
PRINTED_ON (a labour page's exact day, read by hand).
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
# every labels.jsonl under ../layout*/). dantri: all nine of the October-November 2020 crawl
# (UNSIGNED: no byline; the site prints a hashed reporter), a corpus title that is the slug of its
# dantri URL, a lead of 20 words or more, five or more body paragraphs. vietnews-labour: a clean
# title, a lead of 18 words or more, 16 or more usable sentences. The two marked (A) are agreement
# signings, and the signing is printed on the page.
ARTICLES = {
    "baotayninh": ["vietnews-test-007353",  # (A) TPP 'được ký kết tại Auckland ... tháng 2/2016'
                   "dantri-news_tech_015", "vietnews-train-097559"],
    "baobaclieu": ["dantri-news_travel_011", "vietnews-train-014633", "dantri-news_education_011"],
    "baodienbienphu": ["vietnews-train-090104",  # (A) the unions 'đã ký kết được 27.866 bản thoả ước'
                       "dantri-news_science_006", "vietnews-train-040295"],
    "baosoctrang": ["dantri-news_society_017", "vietnews-train-076752", "dantri-news_science_011"],
    "baovinhphuc": ["vietnews-train-099700", "dantri-news_business_018", "vietnews-train-020986"],
    "thuongtruong": ["dantri-news_business_019", "vietnews-test-019749", "dantri-news_world_004"],
}
STORY_PARAS = {}
# the signing pages are printed ten paragraphs long so that the signing is on them
LABOUR_PARAS = {"vietnews-test-007353": 10, "vietnews-train-090104": 10}
AGREEMENTS = {"vietnews-test-007353", "vietnews-train-090104"}
UNSIGNED = {"dantri-news_tech_015", "dantri-news_travel_011", "dantri-news_education_011",
            "dantri-news_science_006", "dantri-news_society_017", "dantri-news_science_011",
            "dantri-news_business_018", "dantri-news_business_019", "dantri-news_world_004"}
# labour pages whose text fixes the date the hash missed, read by hand (year, month or None):
# Trump's order of 'ngày 23/1' withdrawing from TPP (January 2017); the Union congress 'lần thứ
# XII nhiệm kỳ 2018 – 2023' (2018); Yên Tử, whose cable cars run 'Từ năm 2018' (2019); Malaysia a
# year after the 2018 election ('vào năm ngoái'), its Shared Prosperity Vision (October 2019)
PRINTED_IN = {"vietnews-test-007353": (2017, 1), "vietnews-train-090104": (2018, None),
              "vietnews-train-099700": (2019, None), "vietnews-train-020986": (2019, 10)}
# a labour page printed on a day its text fixes, read by hand: the bus stations on the afternoon
# of the last day of the lunar year ('Chiều 30 Tết'), printed the next day (Tết 2019)
PRINTED_ON = {"vietnews-test-019749": datetime.date(2019, 2, 5)}
# Every id the other layout sets name (the "id" of every labels.jsonl under ../layout*/, this set
# excluded: 255 ids): teasers never come from these, and an article named above must not be one.
USED_ELSEWHERE = {
    "dantri-news_business_003", "dantri-news_business_005", "dantri-news_business_013",
    "dantri-news_business_049", "dantri-news_business_051", "dantri-news_business_054",
    "dantri-news_business_060", "dantri-news_business_064", "dantri-news_business_072",
    "dantri-news_business_093", "dantri-news_business_095", "dantri-news_business_121",
    "dantri-news_business_123", "dantri-news_business_170", "dantri-news_business_197",
    "dantri-news_business_202", "dantri-news_business_227", "dantri-news_business_231",
    "dantri-news_business_237", "dantri-news_business_239", "dantri-news_education_010",
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
    "dantri-news_science_025", "dantri-news_science_046", "dantri-news_science_086",
    "dantri-news_science_110", "dantri-news_science_116", "dantri-news_society_029",
    "dantri-news_society_032", "dantri-news_society_059", "dantri-news_society_060",
    "dantri-news_society_097", "dantri-news_society_100", "dantri-news_society_106",
    "dantri-news_society_109", "dantri-news_society_110", "dantri-news_society_113",
    "dantri-news_society_139", "dantri-news_society_157", "dantri-news_society_160",
    "dantri-news_society_177", "dantri-news_society_185", "dantri-news_society_186",
    "dantri-news_society_200", "dantri-news_society_212", "dantri-news_society_220",
    "dantri-news_society_249", "dantri-news_society_261", "dantri-news_society_268",
    "dantri-news_sport_199", "dantri-news_tech_018", "dantri-news_tech_110",
    "dantri-news_tech_115", "dantri-news_tech_163", "dantri-news_tech_236",
    "dantri-news_travel_002", "dantri-news_travel_018", "dantri-news_travel_027",
    "dantri-news_travel_028", "dantri-news_travel_039", "dantri-news_travel_057",
    "dantri-news_travel_070", "dantri-news_travel_103", "dantri-news_travel_125",
    "dantri-news_travel_136", "dantri-news_travel_153", "dantri-news_travel_170",
    "dantri-news_travel_191", "dantri-news_travel_198", "dantri-news_travel_222",
    "dantri-news_travel_244", "dantri-news_world_008", "vietnews-test-000670",
    "vietnews-test-002199", "vietnews-test-002277", "vietnews-test-002330", "vietnews-test-002377",
    "vietnews-test-002465", "vietnews-test-002581", "vietnews-test-002811", "vietnews-test-004622",
    "vietnews-test-005681", "vietnews-test-012133", "vietnews-test-014182", "vietnews-test-016067",
    "vietnews-test-016199", "vietnews-test-017223", "vietnews-test-017847", "vietnews-test-018632",
    "vietnews-test-019228", "vietnews-test-019720", "vietnews-test-020418", "vietnews-test-020433",
    "vietnews-test-020546", "vietnews-test-020693", "vietnews-test-021691", "vietnews-test-021858",
    "vietnews-test-022542", "vietnews-train-002429", "vietnews-train-010224",
    "vietnews-train-010255", "vietnews-train-010611", "vietnews-train-010709",
    "vietnews-train-010778", "vietnews-train-011150", "vietnews-train-011227",
    "vietnews-train-012544", "vietnews-train-012997", "vietnews-train-015555",
    "vietnews-train-015780", "vietnews-train-016019", "vietnews-train-016803",
    "vietnews-train-017926", "vietnews-train-018225", "vietnews-train-020360",
    "vietnews-train-021754", "vietnews-train-022332", "vietnews-train-025487",
    "vietnews-train-025589", "vietnews-train-026784", "vietnews-train-031566",
    "vietnews-train-048196", "vietnews-train-055323", "vietnews-train-063447",
    "vietnews-train-064195", "vietnews-train-064537", "vietnews-train-064964",
    "vietnews-train-065135", "vietnews-train-066541", "vietnews-train-066577",
    "vietnews-train-067704", "vietnews-train-068170", "vietnews-train-068192",
    "vietnews-train-068481", "vietnews-train-070223", "vietnews-train-071236",
    "vietnews-train-072465", "vietnews-train-073315", "vietnews-train-074243",
    "vietnews-train-074594", "vietnews-train-074792", "vietnews-train-074814",
    "vietnews-train-075766", "vietnews-train-077673", "vietnews-train-080184",
    "vietnews-train-081391", "vietnews-train-083091", "vietnews-train-084708",
    "vietnews-train-085602", "vietnews-train-086602", "vietnews-train-087837",
    "vietnews-train-089713", "vietnews-train-090815", "vietnews-train-091138",
    "vietnews-train-091987", "vietnews-train-092481", "vietnews-train-092702",
    "vietnews-train-092783", "vietnews-train-093406", "vietnews-train-093738",
    "vietnews-train-094380", "vietnews-train-094412", "vietnews-train-095005",
    "vietnews-train-095220", "vietnews-train-095473", "vietnews-train-095767",
    "vietnews-train-096684", "vietnews-train-096742", "vietnews-train-097326",
    "vietnews-train-097443", "vietnews-train-098725", "vietnews-train-098955",
    "vietnews-train-099206", "vietnews-train-099261", "vietnews-train-099546",
    "vietnews-train-099673", "vietnews-train-100564", "vietnews-train-100914",
    "vietnews-train-101390", "vietnews-train-103152", "vietnews-train-103930",
    "vietnews-train-104010", "vietnews-train-104438", "vietnews-train-104483",
    "vietnews-train-104851", "vietnews-train-105373", "vietnews-val-002862", "vietnews-val-002978",
    "vietnews-val-004258", "vietnews-val-008777", "vietnews-val-013117", "vietnews-val-013261",
    "vietnews-val-013882", "vietnews-val-013936", "vietnews-val-014159", "vietnews-val-014663",
    "vietnews-val-015999", "vietnews-val-016283", "vietnews-val-016357", "vietnews-val-017493",
    "vietnews-val-017694", "vietnews-val-018679", "vietnews-val-019350", "vietnews-val-020716",
    "vietnews-val-021994", "vietnews-val-022037", "vietnews-val-022111", "vietnews-val-022403",
    "vietnews-val-022626",
}

REPORTERS = ["Ngọc Anh", "Quang Huy", "Thanh Hà", "Mai Phương", "Duy Khánh", "Thùy Linh",
             "Hữu Tài", "Kim Ngân", "Đình Phú", "Hoài Thu", "Xuân Bách", "Diệu Linh"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
SIGNING = re.compile(r"(ký|kí) (kết|thỏa thuận|thoả thuận|bản ghi nhớ|biên bản ghi nhớ)", re.I)


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
    # (this set) a page the corpus keeps without a byline (UNSIGNED): every line after the lead
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
    teasers = sorted(set(teasers), key=lambda t: h(t, "teaser12"))
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


def baotayninh(a, n, tz):
    """Báo Tây Ninh: OpenGraph with article:published_time and a JSON-LD NewsArticle with a Person;
    breadcrumb 'Trang chủ / Quốc tế' as <a>s, saved on one line; 'Thứ Ba, 24/01/2017 - 08:30'; the
    sapo a <p class="sapo"> with the tag '(BTN) - ' in <strong> and the lead plain; a photo <div>
    with an italic <p class="img-caption">; a 'Tin liên quan' list (<h4> + <ul>) after paragraph 2;
    the byline bold right-aligned in CAPITALS; 'Tin khác'; LF, one block a line, menus on one
    line."""
    crumbs = [["Trang chủ", "Quốc tế"], ["Trang chủ", "Khoa học - Công nghệ"],
              ["Trang chủ", "Xã hội"]][n - 1]
    url = f"https://baotayninh.vn/{slug(a['title'])}-a{100000 + h(a['id'], 'tn') % 90000}.html"
    date = f"{weekday(a)}, {dmy(a)} - {hm(a)}"
    tag = "(BTN) - "
    cap, credit = caption_or(a, "Ảnh minh họa", "(Ảnh: Internet)")
    byline = a["author"].upper()
    p = Page()
    p.raw(head(a["title"] + " - Báo Tây Ninh Online",
               og(a, url, "Báo Tây Ninh Online", section=crumbs[-1]) + jsonld({
                   "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                   "datePublished": iso(a), "author": {"@type": "Person", "name": a["author"]},
                   "publisher": {"@type": "Organization", "name": "Báo Tây Ninh"}})))
    p.raw('<body>\n<header>')
    p.el("a", "Báo Tây Ninh Online", 'class="logo" href="/"')
    menu = ["Chính trị", "Kinh tế", "Xã hội", "Văn hóa - Thể thao", "Quốc phòng - An ninh",
            "Pháp luật", "Quốc tế", "Khoa học - Công nghệ", "Tây Ninh đất nước con người"]
    p.group(('<ul class="nav">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('</header>\n<div class="main"><div class="article">')
    p.group(('<div class="breadcrumb">', "</div>"), '<a href="#">{t}</a>', crumbs, " / ")
    p.el("h1", a["title"], 'class="title"')
    p.el("div", date, 'class="date"')
    p.raw('<p class="sapo"><strong>(BTN) - </strong>')
    p.parts.append(html.escape(a["lead"], quote=False) + "</p>")
    p.blocks.append(tag + a["lead"])

    def photo():
        p.raw(f'<div class="img"><img {LAZY} data-src="https://baotayninh.vn/image/'
              f'{h(a["id"]) % 99999}.jpg" alt="">')
        p.el("p", cap, 'class="img-caption" style="font-style: italic;"')
        p.raw("</div>")

    def inline():
        related_div(p, "related", "Tin liên quan", tz[:2], "h4")

    body(p, a, photo, inline, at=2)
    byline_p(p, byline)
    p.raw("</div>")
    p.el("h3", "Tin khác", 'class="box-title"')
    p.group(('<ul class="other">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:5], "\n")
    p.raw("</div>\n")
    foot = ["BÁO TÂY NINH ONLINE",
            "Cơ quan chủ quản: Tỉnh ủy Tây Ninh",
            "Giấy phép số 402/GP-BTTTT",
            "Địa chỉ: 52 Phạm Tung, phường 3, TP Tây Ninh"]
    footer(p, foot)
    fur = ["Tây Ninh đất nước con người", date, tag.strip(), cap, "Tin liên quan", *tz[:5],
           "Tin khác", *foot]
    if byline != a["author"]:
        fur.append(byline)
    if credit:
        fur.append(credit)
    return p, text_of(p, False, False), url, crumbs[-1], a["author"], fur


def baobaclieu(a, n, tz):
    """Báo Bạc Liêu: <time datetime>; OpenGraph WITHOUT a date; no JSON-LD; no breadcrumb: the
    section a linked <a class="cate"> above the title; under the title 'Tác giả: Ngọc Anh' (a
    link) and 'Cập nhật lúc: 08:30, 24/01/2017', nothing at the end of the body; the sapo a plain
    <h2 class="sapo">, untagged; <figure>/<figcaption>, 'Ảnh: Internet' on a line of its own where
    the corpus credits nobody; 'Bài viết liên quan' after the body; 'Từ khóa:' tags on one line;
    CRLF, a blank line between blocks, menus one item a line."""
    section = ["Du lịch", "Xã hội", "Giáo dục"][n - 1]
    url = f"https://www.baobaclieu.vn/{slug(section)}/{slug(a['title'])}-{40000 + h(a['id'], 'bl') % 50000}.html"
    byline = "Tác giả: " + a["author"]
    date = f"Cập nhật lúc: {hm(a)}, {dmy(a)}"
    cap, credit = caption_or(a, "Ảnh minh họa", "Ảnh: Internet")
    if credit:
        cap = a["caption"]
    p = Page()
    p.raw(head(a["title"] + " | Báo Bạc Liêu", og(a, url, "Báo Bạc Liêu", published=False)))
    p.raw('<body>\n<div class="top">')
    p.el("a", "BÁO BẠC LIÊU", 'class="logo" href="/"')
    menu = ["Trang chủ", "Thời sự", "Kinh tế", "Xã hội", "Văn hóa - Văn nghệ", "Du lịch",
            "Giáo dục", "Thể thao", "Bạc Liêu 24h"]
    p.group(('<ul class="menu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('</div>\n<div class="content"><div class="news-detail">')
    p.el("a", section, 'class="cate" href="#"')
    p.el("h1", a["title"])
    p.raw('<div class="info"><span class="author">')
    p.el("a", byline, 'href="#"')
    p.raw(f'</span><time datetime="{iso(a)}">')
    p.el("span", date)
    p.raw("</time></div>")
    p.el("h2", a["lead"], 'class="sapo"')
    p.raw('<div class="body">')

    def photo():
        p.raw(f'<figure><img src="https://www.baobaclieu.vn/uploads/{h(a["id"]) % 99999}.jpg" '
              'alt=""><figcaption>')
        p.el("span", cap)
        if credit:
            p.el("p", credit, 'class="credit"')
        p.raw("</figcaption></figure>")

    body(p, a, photo)
    p.raw("</div>")
    p.el("h3", "Bài viết liên quan")
    p.group(('<ul class="related">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[:4], "\n")
    tags = ["Bạc Liêu", section, "tin tức"]
    p.raw('<div class="tags">')
    p.group(("<span>", "</span>"), '<a href="#">{t}</a>', ["Từ khóa:", *tags], " ")
    p.raw("</div></div></div>\n")
    foot = ["Báo Bạc Liêu - Cơ quan của Đảng bộ tỉnh Bạc Liêu",
            "Giấy phép số 27/GP-BTTTT",
            "Địa chỉ: 5 Hai Bà Trưng, phường 3, TP Bạc Liêu"]
    footer(p, foot, ('<div class="footer">', "</div>"))
    fur = ["Bạc Liêu 24h", byline, date, cap, "Bài viết liên quan", *tz[:4],
           "Từ khóa:", *foot]
    if credit:
        fur.append(credit)
    return p, text_of(p, True, True, "\r\n"), url, section, a["author"], fur


def baodienbienphu(a, n, tz):
    """Báo Điện Biên Phủ: NO OpenGraph, no JSON-LD, no <time>: only <title> and a meta
    description; breadcrumb 'Trang chủ » Xã hội' as an <ul>, saved one crumb a line; '24/01/2017
    08:30' alone; the sapo a <div class="sapo"> whose tag 'ĐBP - ' alone is bold; photo in a
    <table class="image"> with a <td class="image_caption">; a GPT slot after paragraph 1; the
    byline right-aligned bold AND italic; 'Bình luận' form; 'Tin cùng chuyên mục'; LF, one block a
    line, menus one item a line."""
    crumbs = [["Trang chủ", "Xã hội"], ["Trang chủ", "Khoa học"], ["Trang chủ", "Quốc tế"]][n - 1]
    url = f"https://www.baodienbienphu.com.vn/tin-tuc/{slug(crumbs[-1])}/{200000 + h(a['id'], 'db') % 90000}/{slug(a['title'])}"
    date = f"{dmy(a)} {hm(a)}"
    tag = "ĐBP - "
    cap, credit = caption_or(a, "Ảnh minh họa", "- Ảnh: TL", " ")
    p = Page()
    p.raw(head(a["title"],
               f'<meta name="description" content="{html.escape(a["lead"])}">\n'))
    p.raw('<body>\n<div id="header">')
    p.el("a", "Báo Điện Biên Phủ điện tử", 'class="logo" href="/"')
    menu = ["Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Quốc phòng - An ninh",
            "Quốc tế", "Khoa học", "Điện Biên Phủ - Lịch sử"]
    p.group(('<ul id="menu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('</div>\n<div id="main">')
    p.group(('<ul class="breadcrumb">', "</ul>"), '<li><a href="#">{t}</a></li>', crumbs, " » ")
    p.el("h1", a["title"], 'class="title-detail"')
    p.el("div", date, 'class="date-detail"')
    p.raw(f'<div class="sapo"><b>{tag}</b>')
    p.parts.append(html.escape(a["lead"], quote=False) + "</div>")
    p.blocks.append(tag + a["lead"])
    p.raw('<div class="content-detail">')

    def photo():
        p.raw('<table class="image" align="center"><tbody><tr><td><img src="https://www.'
              f'baodienbienphu.com.vn/uploads/{h(a["id"]) % 99999}.jpg"></td></tr><tr>')
        p.el("td", cap, 'class="image_caption"')
        p.raw("</tr></tbody></table>")

    body(p, a, photo, between=lambda i: i == 1 and ad_gpt(p, f"dbp-{n}"))
    p.raw('<p style="text-align: right;"><strong><em>')
    p.el("span", a["byline"])
    p.raw("</em></strong></p></div>")
    p.el("h3", "Bình luận")
    p.group(('<form class="comment">', "</form>"), "<label>{t}</label>",
            ["Họ tên", "Email", "Gửi"], " ")
    p.el("h3", "Tin cùng chuyên mục")
    p.group(('<ul class="same">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[:4], "\n")
    p.raw("</div>\n")
    foot = ["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ",
            "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Điện Biên",
            "Giấy phép số 75/GP-BTTTT",
            "Địa chỉ: Tổ dân phố 9, phường Mường Thanh, TP Điện Biên Phủ"]
    footer(p, foot, ('<div id="footer">', "</div>"))
    fur = ["Điện Biên Phủ - Lịch sử", date, cap, "Bình luận", "Tin cùng chuyên mục", *tz[:4], *foot]
    if credit:
        fur.append(credit)
    return p, text_of(p, True, False), url, crumbs[-1], a["author"], fur


def baosoctrang(a, n, tz):
    """Báo Sóc Trăng: a JSON-LD @graph (WebPage, BreadcrumbList, NewsArticle with a Person), no
    OpenGraph, no <time>; breadcrumb 'Trang chủ > Pháp luật' an <ol> whose '>' is CSS (saved with
    ' > '); 'Ngày đăng: 24/01/2017 08:30' then 'Lượt xem: 1.234'; the sapo a <div class="sapo"><p>
    in italics, tagged 'STO - '; photo <figure> with the caption in a <p class="caption">; a 'Xem
    thêm' box (<strong> + <ul>) after paragraph 2; the byline bold right-aligned after 'Tin, ảnh:';
    'Tin mới'; CRLF, one block a line, menus on one line."""
    crumbs = [["Trang chủ", "Pháp luật"], ["Trang chủ", "Xã hội"], ["Trang chủ", "Khoa học"]][n - 1]
    url = f"https://baosoctrang.org.vn/{slug(crumbs[-1])}/{a['date'].year}{a['date'].month:02d}/{slug(a['title'])}-{h(a['id'], 'st') % 9999}/"
    date = f"Ngày đăng: {dmy(a)} {hm(a)}"
    views = f"Lượt xem: {500 + h(a['id'], 'views') % 9000:,}".replace(",", ".")
    tag = "STO - "
    byline = "Tin, ảnh: " + a["author"]
    cap, credit = caption_or(a, "Ảnh minh họa", None)
    p = Page()
    p.raw(head(a["title"] + " - Báo Sóc Trăng", jsonld({
        "@context": "https://schema.org", "@graph": [
            {"@type": "WebPage", "@id": url, "url": url, "name": a["title"]},
            {"@type": "BreadcrumbList", "itemListElement": [
                {"@type": "ListItem", "position": i + 1, "name": c} for i, c in enumerate(crumbs)]},
            {"@type": "NewsArticle", "headline": a["title"], "datePublished": iso(a),
             "author": {"@type": "Person", "name": a["author"]},
             "publisher": {"@type": "Organization", "name": "Báo Sóc Trăng"}}]})))
    p.raw('<body>\n<header>')
    p.el("a", "Báo Sóc Trăng", 'class="logo" href="/"')
    menu = ["Thời sự", "Kinh tế", "Xã hội", "Pháp luật", "Văn hóa - Văn nghệ", "Thể thao",
            "Khoa học", "Đời sống", "Tiếng Khmer"]
    p.group(('<ul class="menu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('</header>\n<main>')
    p.group(('<ol class="breadcrumb">', "</ol>"), '<li><a href="#">{t}</a></li>', crumbs, " > ")
    p.el("h1", a["title"], 'class="entry-title"')
    p.el("span", date, 'class="entry-date"')
    p.el("span", views, 'class="entry-views"')
    p.raw('<div class="sapo"><p><em>')
    p.el("span", tag + a["lead"])
    p.raw("</em></p></div>")
    p.raw('<div class="entry-content">')

    def photo():
        p.raw(f'<figure><img src="https://baosoctrang.org.vn/wp-content/uploads/{h(a["id"]) % 99999}'
              '.jpg" alt="">')
        p.el("p", cap, 'class="caption"')
        p.raw("</figure>")

    def inline():
        p.raw('<div class="xem-them">')
        p.el("strong", "Xem thêm")
        p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[:2], "\n")
        p.raw("</div>")

    body(p, a, photo, inline, at=2)
    byline_p(p, byline)
    p.raw("</div>")
    p.el("h3", "Tin mới")
    p.group(('<ul class="new">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:5], "\n")
    p.raw("</main>\n")
    foot = ["BÁO SÓC TRĂNG - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sóc Trăng",
            "Giấy phép số 09/GP-BTTTT",
            "Địa chỉ: 11 Hai Bà Trưng, phường 1, TP Sóc Trăng"]
    footer(p, foot)
    fur = ["Tiếng Khmer", date, views, tag.strip(), cap, "Xem thêm", *tz[:5], "Tin mới", byline,
           *foot]
    # CRLF throughout, the related lists' own line breaks too
    text = text_of(p, False, False, "\r\n").replace("\r\n", "\n").replace("\n", "\r\n")
    return p, text, url, crumbs[-1], a["author"], fur


def baovinhphuc(a, n, tz):
    """Báo Vĩnh Phúc: <article>; OpenGraph with article:published_time; <meta name="author">; no
    JSON-LD, no <time>; breadcrumb 'Văn hóa | Di sản' (the last crumb the category) as <a>s with a
    visible ' | ', saved on one line; 'Thứ Ba, ngày 24/01/2017 08:30' (with 'ngày'); the sapo a
    <div class="sapo"><strong>, untagged; a CMS photo block (<div type="Photo"> with a
    PhotoCMS_Caption <p>); an AdSense unit after paragraph 3; the byline bold right-aligned, then a
    'Nguồn:' line in italics; 'Chia sẻ', 'Tin liên quan' after the body; LF, a blank line between
    blocks, menus on one line."""
    crumbs = [["Văn hóa", "Di sản"], ["Kinh tế", "Thị trường"], ["Quốc tế", "Thế giới"]][n - 1]
    url = f"http://www.baovinhphuc.com.vn/{slug(crumbs[0])}/{60000 + h(a['id'], 'vp') % 30000}/{slug(a['title'])}.html"
    date = f"{weekday(a)}, ngày {dmy(a)} {hm(a)}"
    source = "Nguồn: Báo Vĩnh Phúc"
    cap, credit = caption_or(a, "Ảnh minh họa", "Ảnh: " + a["author"], ". ")
    p = Page()
    p.raw(head(a["title"] + " - Báo Vĩnh Phúc",
               og(a, url, "Báo Vĩnh Phúc")
               + f'<meta name="author" content="{html.escape(a["author"])}">\n'))
    p.raw('<body>\n<div class="header">')
    p.el("a", "BÁO VĨNH PHÚC ĐIỆN TỬ", 'class="logo" href="/"')
    menu = ["Thời sự", "Chính trị", "Kinh tế", "Văn hóa", "Xã hội", "Quốc tế", "Thể thao",
            "Bạn đọc", "Vĩnh Phúc 24h"]
    p.group(('<ul class="menu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('</div>\n<article class="detail">')
    p.group(('<div class="path">', "</div>"), '<a href="#">{t}</a>', crumbs, " | ")
    p.el("h1", a["title"])
    p.el("p", date, 'class="time"')
    p.raw('<div class="sapo"><strong>')
    p.el("span", a["lead"])
    p.raw("</strong></div>")
    p.raw('<div class="detail-body">')

    def photo():
        p.raw(f'<div type="Photo" style="text-align:center"><img src="http://www.baovinhphuc.com.vn/'
              f'Uploads/{h(a["id"]) % 99999}.jpg"><div class="PhotoCMS_Caption">')
        p.el("p", cap)
        p.raw("</div></div>")

    body(p, a, photo, between=lambda i: i == 2 and ad_ins(p, "3411290567212345"))
    byline_p(p, a["byline"])
    p.raw('<p style="text-align: right;"><em>')
    p.el("span", source)
    p.raw("</em></p></div>")
    p.group(('<div class="share">', "</div>"), '<a href="#">{t}</a>', ["Chia sẻ", "In bài"], " ")
    p.el("h3", "Tin liên quan")
    p.group(('<ul class="related">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[:4], " ")
    p.raw("</article>\n")
    foot = ["Báo Vĩnh Phúc điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Vĩnh Phúc",
            "Giấy phép số 186/GP-BTTTT",
            "Địa chỉ: 17 Ngô Quyền, phường Ngô Quyền, TP Vĩnh Yên"]
    footer(p, foot, ('<div class="footer">', "</div>"))
    fur = ["Vĩnh Phúc 24h", date, cap, source, "Chia sẻ In bài", "Tin liên quan", *tz[:4], *foot]
    if credit:
        fur.append(credit)
    return p, text_of(p, False, True), url, crumbs[-1], a["author"], fur


def thuongtruong(a, n, tz):
    """Tạp chí Thương trường: <article>; OpenGraph with article:published_time; a JSON-LD
    NewsArticle whose author is a LIST of one Person; breadcrumb 'Thị trường › Tiêu dùng' (an <ul>
    whose '›' is CSS, saved one crumb a line); under the title the reporter as a link and the date
    on ONE line ('Ngọc Anh | 08:30 24/01/2017'), nothing at the end of the body; the sapo an <h2
    class="sapo"><strong>, untagged; plain <figure>/<figcaption>; a one-link 'Đọc thêm' box after
    paragraph 1; 'Từ khóa' tags one a line; 'Đọc nhiều'; LF, one block a line."""
    crumbs = [["Thị trường", "Tiêu dùng"], ["Xã hội", "Đời sống"], ["Thế giới", "Kinh tế thế giới"]][n - 1]
    url = f"https://thuongtruong.com.vn/news/{slug(crumbs[-1])}/{slug(a['title'])}-{50000 + h(a['id'], 'tt') % 40000}.html"
    dateline = f"{a['author']} | {hm(a)} {dmy(a)}"
    cap, credit = caption_or(a, "Ảnh minh họa", "(Ảnh: TL)")
    p = Page()
    p.raw(head(a["title"] + " - Thương Trường",
               og(a, url, "Tạp chí Thương Trường") + jsonld({
                   "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                   "datePublished": iso(a), "author": [{"@type": "Person", "name": a["author"]}],
                   "publisher": {"@type": "Organization", "name": "Tạp chí Thương Trường"}})))
    p.raw('<body>\n<header>')
    p.el("a", "THƯƠNG TRƯỜNG", 'class="logo" href="/"')
    menu = ["Thời sự", "Doanh nghiệp", "Thị trường", "Tài chính", "Bất động sản", "Đời sống",
            "Thế giới", "Pháp luật", "Doanh nhân"]
    p.group(('<ul class="menu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('</header>\n<article class="article">')
    p.group(('<ul class="breadcrumbs">', "</ul>"), '<li><a href="#">{t}</a></li>', crumbs, " › ")
    p.el("h1", a["title"], 'class="article-title"')
    p.raw('<div class="article-meta"><a class="author" href="#">')
    p.parts.append(html.escape(a["author"], quote=False) + "</a> | ")
    p.parts.append(f"<span>{hm(a)} {dmy(a)}</span></div>")
    p.blocks.append(dateline)
    p.raw('<h2 class="sapo"><strong>')
    p.el("span", a["lead"])
    p.raw("</strong></h2>")
    p.raw('<div class="article-body">')

    def photo():
        p.raw(f'<figure><img src="https://thuongtruong.com.vn/uploads/{h(a["id"]) % 99999}.jpg">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    def inline():
        p.raw('<div class="read-more">')
        p.el("strong", "Đọc thêm")
        p.el("a", tz[0], 'href="#"')
        p.raw("</div>")

    body(p, a, photo, inline, at=1)
    p.raw("</div>")
    p.raw('<div class="tags">')
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>',
            ["Từ khóa", crumbs[-1], "Thương trường"], " ")
    p.raw("</div>")
    p.el("h3", "Đọc nhiều")
    p.group(('<ul class="most-read">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:5], " ")
    p.raw("</article>\n")
    foot = ["TẠP CHÍ THƯƠNG TRƯỜNG - Cơ quan của Viện Nghiên cứu Thương mại",
            "Giấy phép số 258/GP-BTTTT",
            "Địa chỉ: 46 Ngô Quyền, Hoàn Kiếm, Hà Nội"]
    footer(p, foot)
    fur = ["Bất động sản", dateline, cap, "Đọc thêm", tz[0], *tz[2:5], "Đọc nhiều", *foot]
    if credit:
        fur.append(credit)
    return p, text_of(p, True, False), url, crumbs[-1], a["author"], fur


# ---------------------------------------------------------------- plan and output

TEMPLATES = {"baotayninh": baotayninh, "baobaclieu": baobaclieu, "baodienbienphu": baodienbienphu,
             "baosoctrang": baosoctrang, "baovinhphuc": baovinhphuc, "thuongtruong": thuongtruong}


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
