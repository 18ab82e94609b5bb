"""Builds the eleventh opened page-layout set (formerly the eleventh unseen check): 18 real corpus
articles laid out as six more
Vietnamese news sites lay them out (Báo Hưng Yên, Báo Yên Bái, Báo An Giang, Báo Ninh Bình, Báo
Công lý, Báo Dân tộc và Phát triển), each page as HTML and as the visible text a scraper saves from
it, with labels. It leans on where the byline stands: at the end (bold, italic, capitals, 'Bài,
ảnh: ...'), ABOVE the sapo in capitals on one line with the date, and under the title as an author
link with nothing at the end. Metadata: OpenGraph with a JSON-LD NewsArticle; nothing but <title>;
<article> + <time> + OpenGraph without a date; a JSON-LD @graph (WebPage, BreadcrumbList,
NewsArticle) and no OpenGraph; OpenGraph with <meta name="author"> and article:author; <article> +
<time> + a JSON-LD whose author is a plain string. The sapo tagged 'HYO - ' in a <div>, tagged
'YBĐT - ' in <strong>, a plain <p><strong>, a <p><em>, a plain <h2>, tagged '(DTPT) - ' in
<strong>.

  python3 index-builder/src/test/resources/layouts-opened-11/generate.py   # from the repository root

Reads ../shared/corpus (beside the repository; VNNEWS_CORPUS names another folder). Writes,
beside this script:
  <site>/<n>.html   the page as the site serves it
  <site>/<n>.txt    its visible text, saved with that site's scraper convention (see the README)
  labels.jsonl      one line per page, the schema of ../layouts-opened-10/labels.jsonl
                    (then layouts-unseen-10/), "half": "opened"

Written from what the real sites look like, without reading the extractor's rules and never tuned
on. Labels come from the corpus article's fields and from what the template prints. The articles
are named below (ARTICLES), not searched for. The article, paragraph, date and page plumbing is
the tenth set's (../layouts-opened-10/generate.py, then layouts-unseen-10/), unchanged but for the teaser order's salt and
UNSIGNED (dantri pages the corpus keeps without a byline: the site prints a hashed reporter, as for
labour pages). Deterministic (hashes, no clock, no randomness). Standard library only.
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
# every labels.jsonl under ../layout*/). dantri: a corpus title that is the page's headline (picked
# by hand, against the slug of its dantri URL), a lead of 20 words or more, five or more body
# paragraphs; one ends with the reporters' names, eight (UNSIGNED, the October-November 2020
# crawl) carry no byline at all. vietnews-labour:
# a clean title, a lead of 18 words or more, 16 or more usable sentences. The two marked (A) are
# agreement signings, and the signing is printed on the page.
ARTICLES = {
    "baohungyen": ["vietnews-train-067704",  # (A) Tân Hoàng Thắng and SCB signed a loan contract
                   "dantri-news_business_003", "vietnews-train-010778"],
    "baoyenbai": ["dantri-news_society_100", "vietnews-train-100914", "dantri-news_tech_018"],
    "baoangiang": ["vietnews-train-080184",  # (A) the Youth Union signed a coordination programme
                   "dantri-news_travel_018", "vietnews-val-017493"],
    "baoninhbinh": ["dantri-news_business_005", "vietnews-train-085602", "dantri-news_world_008"],
    "congly": ["vietnews-train-081391", "dantri-news_business_013", "vietnews-train-104851"],
    "baodantoc": ["dantri-news_education_010", "vietnews-train-095473", "dantri-news_travel_002"],
}
# dantri pages that go on with other stories after the headline's own: only the story's own
# paragraphs are printed (none in this set).
STORY_PARAS = {}
# a labour page printed longer so that the signing is on it: the loan contract is the corpus's
# nineteenth sentence
LABOUR_PARAS = {"vietnews-train-067704": 10}
AGREEMENTS = {"vietnews-train-067704", "vietnews-train-080184"}
# dantri pages of the 2020 crawl that end without a byline (the site prints a hashed reporter)
UNSIGNED = {"dantri-news_business_003", "dantri-news_tech_018", "dantri-news_travel_018",
            "dantri-news_business_005", "dantri-news_world_008", "dantri-news_business_013",
            "dantri-news_education_010", "dantri-news_travel_002"}
# labour pages whose text fixes the year the hashed date missed, read by hand (year, month or
# None): the climate workshop 'ngày 3-11' where the French minister says 'năm 2018 là năm chủ
# chốt'; the community walk whose sponsor reviews 'Riêng năm 2017'
PRINTED_IN = {"vietnews-train-080184": (2018, None), "vietnews-train-104851": (2018, None)}
# Every id the other layout sets name (the "id" of every labels.jsonl under ../layout*/, this set
# excluded: 237 ids): teasers never come from these, and an article named above must not be one.
USED_ELSEWHERE = {
    "dantri-news_business_049", "dantri-news_business_051", "dantri-news_business_054",
    "dantri-news_business_060", "dantri-news_business_064", "dantri-news_business_072",
    "dantri-news_business_093", "dantri-news_business_095", "dantri-news_business_121",
    "dantri-news_business_123", "dantri-news_business_170", "dantri-news_business_197",
    "dantri-news_business_202", "dantri-news_business_227", "dantri-news_business_231",
    "dantri-news_business_237", "dantri-news_business_239", "dantri-news_education_028",
    "dantri-news_education_035", "dantri-news_education_045", "dantri-news_education_059",
    "dantri-news_education_088", "dantri-news_education_095", "dantri-news_education_097",
    "dantri-news_education_098", "dantri-news_education_113", "dantri-news_education_127",
    "dantri-news_education_136", "dantri-news_education_144", "dantri-news_education_146",
    "dantri-news_education_147", "dantri-news_education_160", "dantri-news_education_179",
    "dantri-news_education_195", "dantri-news_education_209", "dantri-news_education_210",
    "dantri-news_education_212", "dantri-news_education_217", "dantri-news_education_222",
    "dantri-news_education_225", "dantri-news_education_227", "dantri-news_education_263",
    "dantri-news_education_267", "dantri-news_entertainment_033", "dantri-news_entertainment_073",
    "dantri-news_entertainment_180", "dantri-news_entertainment_205", "dantri-news_health_056",
    "dantri-news_health_065", "dantri-news_health_072", "dantri-news_health_081",
    "dantri-news_health_082", "dantri-news_health_114", "dantri-news_health_135",
    "dantri-news_health_137", "dantri-news_health_149", "dantri-news_health_157",
    "dantri-news_health_163", "dantri-news_health_167", "dantri-news_health_169",
    "dantri-news_health_170", "dantri-news_health_250", "dantri-news_health_264",
    "dantri-news_health_265", "dantri-news_science_025", "dantri-news_science_046",
    "dantri-news_science_086", "dantri-news_science_110", "dantri-news_science_116",
    "dantri-news_society_029", "dantri-news_society_032", "dantri-news_society_059",
    "dantri-news_society_060", "dantri-news_society_097", "dantri-news_society_106",
    "dantri-news_society_109", "dantri-news_society_110", "dantri-news_society_113",
    "dantri-news_society_139", "dantri-news_society_157", "dantri-news_society_160",
    "dantri-news_society_177", "dantri-news_society_185", "dantri-news_society_186",
    "dantri-news_society_200", "dantri-news_society_212", "dantri-news_society_220",
    "dantri-news_society_249", "dantri-news_society_261", "dantri-news_society_268",
    "dantri-news_sport_199", "dantri-news_tech_110", "dantri-news_tech_115",
    "dantri-news_tech_163", "dantri-news_tech_236", "dantri-news_travel_027",
    "dantri-news_travel_028", "dantri-news_travel_039", "dantri-news_travel_057",
    "dantri-news_travel_070", "dantri-news_travel_103", "dantri-news_travel_125",
    "dantri-news_travel_136", "dantri-news_travel_153", "dantri-news_travel_170",
    "dantri-news_travel_191", "dantri-news_travel_198", "dantri-news_travel_222",
    "dantri-news_travel_244", "vietnews-test-000670", "vietnews-test-002199",
    "vietnews-test-002277", "vietnews-test-002330", "vietnews-test-002377", "vietnews-test-002465",
    "vietnews-test-002581", "vietnews-test-002811", "vietnews-test-004622", "vietnews-test-005681",
    "vietnews-test-012133", "vietnews-test-014182", "vietnews-test-016067", "vietnews-test-016199",
    "vietnews-test-017223", "vietnews-test-017847", "vietnews-test-018632", "vietnews-test-019228",
    "vietnews-test-019720", "vietnews-test-020418", "vietnews-test-020433", "vietnews-test-020546",
    "vietnews-test-020693", "vietnews-test-021691", "vietnews-test-021858", "vietnews-test-022542",
    "vietnews-train-002429", "vietnews-train-010224", "vietnews-train-010255",
    "vietnews-train-010611", "vietnews-train-010709", "vietnews-train-011150",
    "vietnews-train-011227", "vietnews-train-012544", "vietnews-train-012997",
    "vietnews-train-015555", "vietnews-train-015780", "vietnews-train-016019",
    "vietnews-train-016803", "vietnews-train-017926", "vietnews-train-018225",
    "vietnews-train-020360", "vietnews-train-021754", "vietnews-train-022332",
    "vietnews-train-025487", "vietnews-train-025589", "vietnews-train-026784",
    "vietnews-train-031566", "vietnews-train-048196", "vietnews-train-055323",
    "vietnews-train-063447", "vietnews-train-064195", "vietnews-train-064537",
    "vietnews-train-064964", "vietnews-train-065135", "vietnews-train-066541",
    "vietnews-train-066577", "vietnews-train-068170", "vietnews-train-068192",
    "vietnews-train-068481", "vietnews-train-070223", "vietnews-train-071236",
    "vietnews-train-072465", "vietnews-train-073315", "vietnews-train-074243",
    "vietnews-train-074594", "vietnews-train-074792", "vietnews-train-074814",
    "vietnews-train-075766", "vietnews-train-077673", "vietnews-train-083091",
    "vietnews-train-084708", "vietnews-train-086602", "vietnews-train-087837",
    "vietnews-train-089713", "vietnews-train-090815", "vietnews-train-091138",
    "vietnews-train-091987", "vietnews-train-092481", "vietnews-train-092702",
    "vietnews-train-092783", "vietnews-train-093406", "vietnews-train-093738",
    "vietnews-train-094380", "vietnews-train-094412", "vietnews-train-095005",
    "vietnews-train-095220", "vietnews-train-095767", "vietnews-train-096684",
    "vietnews-train-096742", "vietnews-train-097326", "vietnews-train-097443",
    "vietnews-train-098725", "vietnews-train-098955", "vietnews-train-099206",
    "vietnews-train-099261", "vietnews-train-099546", "vietnews-train-099673",
    "vietnews-train-100564", "vietnews-train-101390", "vietnews-train-103152",
    "vietnews-train-103930", "vietnews-train-104010", "vietnews-train-104438",
    "vietnews-train-104483", "vietnews-train-105373", "vietnews-val-002862", "vietnews-val-002978",
    "vietnews-val-004258", "vietnews-val-008777", "vietnews-val-013117", "vietnews-val-013261",
    "vietnews-val-013882", "vietnews-val-013936", "vietnews-val-014159", "vietnews-val-014663",
    "vietnews-val-015999", "vietnews-val-016283", "vietnews-val-016357", "vietnews-val-017694",
    "vietnews-val-018679", "vietnews-val-019350", "vietnews-val-020716", "vietnews-val-021994",
    "vietnews-val-022037", "vietnews-val-022111", "vietnews-val-022403", "vietnews-val-022626",
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
    teasers = sorted(set(teasers), key=lambda t: h(t, "teaser11"))
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


def baohungyen(a, n, tz):
    """Báo Hưng Yên: OpenGraph with article:published_time and a JSON-LD NewsArticle with a Person
    and articleSection; breadcrumb 'Trang chủ › Kinh tế' as <a>s with a visible ' › ', saved on one
    line; '08:30 | 12/11/2024' then 'Lượt xem: 1.234'; the sapo a <div class="sapo"> tagged
    'HYO - ', nothing bold; <figure> whose <figcaption> is wholly <em>, '(Ảnh: ...)' added where the
    corpus credits nobody; a one-line 'Xem thêm: title' paragraph (bold label, linked title) after
    paragraph 2; byline bold right-aligned in normal case; 'Tin cùng chuyên mục', a comment form;
    LF, one block a line, menus on one line."""
    crumbs = [["Trang chủ", "Kinh tế"], ["Trang chủ", "Kinh tế"], ["Trang chủ", "Xã hội"]][n - 1]
    url = f"https://baohungyen.vn/{slug(a['title'])}-{3000000 + h(a['id'], 'hy') % 900000}.html"
    date = f"{hm(a)} | {dmy(a)}"
    views = f"Lượt xem: {1000 + h(a['id'], 'views') % 8000:,}".replace(",", ".")
    tag = "HYO - "
    cap, credit = caption_or(a, "Ảnh minh họa", "(Ảnh: " + a["author"] + ")")
    p = Page()
    p.raw(head(a["title"] + " - Báo Hưng Yên điện tử",
               og(a, url, "Báo Hưng Yên") + jsonld({
                   "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                   "datePublished": iso(a), "articleSection": crumbs[-1],
                   "author": {"@type": "Person", "name": a["author"]},
                   "publisher": {"@type": "Organization", "name": "Báo Hưng Yên"}})))
    p.raw('<body>\n<header class="header">')
    p.el("a", "Báo Hưng Yên", 'class="logo" href="/"')
    p.raw("<nav>")
    menu = ["Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao", "Pháp luật",
            "Quốc tế", "Phố Hiến xưa và nay", "Video"]
    p.group(('<ul class="menu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('</nav></header>\n<div class="container"><div class="detail">')
    p.group(('<div class="breadcrumb">', "</div>"), '<a href="#">{t}</a>', crumbs, " › ")
    p.el("h1", a["title"], 'class="detail-title"')
    p.el("div", date, 'class="detail-time"')
    p.el("div", views, 'class="detail-views"')
    p.el("div", tag + a["lead"], 'class="sapo"')
    p.raw('<div class="detail-content">')

    def photo():
        p.raw(f'<figure class="image"><img src="https://baohungyen.vn/uploads/{a["date"].year}/'
              f'{h(a["id"]) % 999999}.jpg" alt=""><figcaption><em>')
        p.el("span", cap)
        p.raw("</em></figcaption></figure>")

    def inline():
        p.raw('<p class="see-more"><strong>Xem thêm:</strong> ')
        p.parts.append(f'<a href="#">{html.escape(tz[0], quote=False)}</a></p>')
        p.blocks.append(f"Xem thêm: {tz[0]}")

    body(p, a, photo, inline, at=1)
    byline_p(p, a["byline"])
    p.raw("</div>")
    p.el("h3", "Tin cùng chuyên mục", 'class="box-title"')
    p.group(('<ul class="same-cate">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:5], "\n")
    p.el("h3", "Ý kiến bạn đọc", 'class="box-title"')
    p.group(('<form class="comment">', "</form>"), "<label>{t}</label>",
            ["Họ và tên", "Email", "Gửi bình luận"], " ")
    p.raw("</div></div>\n")
    foot = ["BÁO HƯNG YÊN ĐIỆN TỬ",
            "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hưng Yên",
            "Giấy phép số 118/GP-BTTTT",
            "Địa chỉ: 275 Nguyễn Văn Linh, TP Hưng Yên",
            "Ghi rõ nguồn \"Báo Hưng Yên\" khi phát hành lại thông tin từ website này."]
    footer(p, foot)
    fur = ["Phố Hiến xưa và nay", date, views, tag.strip(), cap, "Xem thêm: " + tz[0], *tz[2:5],
           "Tin cùng chuyên mục", "Ý kiến bạn đọc", "Gửi bình luận", *foot]
    if credit:
        fur.append(credit)
    return p, text_of(p, False, False), url, crumbs[-1], a["author"], fur


def baoyenbai(a, n, tz):
    """Báo Yên Bái: NO metadata but the <title> (no OpenGraph, no JSON-LD, no description, no
    <time>, no <article>); no breadcrumb: the section as a linked <h2 class="title-cat"> bar above
    the title; 'Cập nhật: Thứ Ba, 12/11/2024 | 08:30'; the sapo a <div class="sapo"> wholly
    <strong>, tagged 'YBĐT - '; photo in a <div class="photo"> with the caption a <p
    class="caption">; an AdSense unit after paragraph 1; a 'Tin liên quan' box (<b> + <ul>) after
    paragraph 3; byline bold right-aligned in normal case, page 1 the two reporters dantri names
    ('Quân Đỗ - Bá Đoàn'); 'Các tin khác'; CRLF, a blank line between blocks, menu and lists one
    item a line."""
    section = ["Giao thông", "Xã hội", "Khoa học - Công nghệ"][n - 1]
    url = f"http://baoyenbai.com.vn/{200 + n}/{200000 + h(a['id'], 'yb') % 90000}/{slug(a['title'])}.aspx"
    date = f"Cập nhật: {weekday(a)}, {dmy(a)} | {hm(a)}"
    tag = "YBĐT - "
    cap, credit = caption_or(a, "Ảnh minh họa")
    p = Page()
    p.raw(head(a["title"] + " - Báo Yên Bái điện tử"))
    p.raw('<body>\r\n<div id="header">')
    p.el("a", "Báo Yên Bái", 'class="logo" href="/"')
    p.raw('</div><div id="menu">')
    menu = ["Trang chủ", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Khoa học - Công nghệ",
            "Thể thao", "Quốc phòng - An ninh", "Yên Bái 4 phương", "Bạn đọc"]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', menu, "\r\n")
    p.raw('</div>\r\n<div id="content">')
    p.raw('<h2 class="title-cat"><a href="#">')
    p.el("span", section)
    p.raw("</a></h2>")
    p.el("h1", a["title"], 'class="title-detail"')
    p.el("div", date, 'class="date-detail"')
    p.raw('<div class="sapo"><strong>')
    p.el("span", tag + a["lead"])
    p.raw("</strong></div>")
    p.raw('<div class="content-detail">')

    def photo():
        p.raw(f'<div class="photo" style="text-align:center"><img src="http://baoyenbai.com.vn/Upload/'
              f'{a["date"].year}/{h(a["id"]) % 99999}.jpg" width="500">')
        p.el("p", cap, 'class="caption"')
        p.raw("</div>")

    def inline():
        p.raw('<div class="tinlienquan">')
        p.el("b", "Tin liên quan")
        p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[0:2], "\r\n")
        p.raw("</div>")

    def between(i):
        if i == 0:
            ad_ins(p, f"{6000000000 + h(a['id'], 'ad') % 99999999}")

    body(p, a, photo, inline, at=2, between=between)
    byline_p(p, a["byline"])
    p.raw("</div>")
    p.el("div", "Các tin khác", 'class="title-box"')
    p.group(('<ul class="other">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:5], "\r\n")
    p.raw("</div>\r\n")
    foot = ["BÁO YÊN BÁI ĐIỆN TỬ",
            "Cơ quan chủ quản: Tỉnh ủy Yên Bái",
            "Giấy phép số 290/GP-BTTTT",
            "Địa chỉ: Đường Yên Ninh, TP Yên Bái",
            "Ghi rõ nguồn \"Báo Yên Bái\" khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<div id="footer">', "</div>"), tag="p")
    fur = ["Yên Bái 4 phương", date, tag.strip(), cap, "Tin liên quan", *tz[0:5], "Các tin khác", *foot]
    return p, text_of(p, True, True, "\r\n"), url, section, a["author"], fur


def baoangiang(a, n, tz):
    """Báo An Giang: <article>; <time datetime>; OpenGraph WITHOUT a date; no JSON-LD; breadcrumb
    'Xã hội » Giáo dục' as an <ol> whose '»' is a <span>, saved on one line; the byline ABOVE the
    sapo, in CAPITALS, on one line with the date ('NGỌC ANH - Thứ Ba, 12/11/2024 - 08:30') and
    nothing at the end of the body; the sapo a <div class="sapo"><p><strong>, untagged; <figure>
    whose <figcaption> holds the caption and, where the corpus credits nobody, a second <p>
    ('Ảnh: NGỌC ANH', or 'Nguồn: Internet' under 'Ảnh minh họa'); an <aside> 'Tin liên quan'
    (<h4> + <ul>) after paragraph 1; 'Chia sẻ',
    'Tin cùng chuyên mục'; LF, one block a line, menu and lists one item a line."""
    crumbs = [["Xã hội", "Môi trường"], ["Du lịch", "Khám phá"], ["Xã hội", "Lao động - Việc làm"]][n - 1]
    url = f"https://baoangiang.com.vn/{slug(a['title'])}-a{400000 + h(a['id'], 'ag') % 90000}.html"
    d = a["date"]
    date = f"{weekday(a)}, {dmy(a)} - {hm(a)}"
    meta = f"{a['byline'].upper()} - {date}"
    cap, _ = caption_or(a, "Ảnh minh họa")
    # a second <p> credits the photo where the corpus caption credits nobody: the reporter, or
    # 'Nguồn: Internet' under an illustration
    credit = (None if a["caption"] and re.search(r"Ảnh ?:", a["caption"])
              else "Ảnh: " + a["byline"].upper() if a["caption"] else "Nguồn: Internet")
    p = Page()
    p.raw(head(a["title"] + " - Báo An Giang Online", og(a, url, "Báo An Giang", published=False)))
    p.raw('<body>\n<div class="header">')
    p.el("a", "Báo An Giang", 'class="logo" href="/"')
    p.raw('</div><nav class="nav">')
    menu = ["Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Du lịch", "Thể thao",
            "Tam nông", "An Giang ngày nay", "Video"]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', menu, "\n")
    p.raw('</nav>\n<div class="main"><article class="article">')
    p.raw('<ol class="breadcrumb">')
    p.raw(f'<li><a href="#">{html.escape(crumbs[0])}</a></li><span class="sep">»</span>'
          f'<li><a href="#">{html.escape(crumbs[1])}</a></li></ol>')
    p.blocks.append(" » ".join(crumbs))
    p.el("h1", a["title"], 'class="article-title"')
    p.raw(f'<div class="article-meta"><span class="author">{html.escape(a["byline"].upper())}</span> - '
          f'<time datetime="{iso(a)}">{html.escape(date)}</time></div>')
    p.blocks.append(meta)
    p.raw('<div class="sapo"><p><strong>')
    p.el("span", a["lead"])
    p.raw("</strong></p></div>")
    p.raw('<div class="article-body">')

    def photo():
        p.raw(f'<figure class="image"><img src="https://baoangiang.com.vn/image/fckeditor/upload/'
              f'{d.year}/{h(a["id"]) % 99999}.jpg"><figcaption>')
        p.el("p", cap)
        if credit:
            p.el("p", credit, 'class="photo-credit"')
        p.raw("</figcaption></figure>")

    def inline():
        p.raw('<aside class="related">')
        p.el("h4", "Tin liên quan")
        p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[0:2], "\n")
        p.raw("</aside>")

    body(p, a, photo, inline, at=0)
    p.raw("</div></article>")
    p.group(('<div class="share">', "</div>"), '<a href="#">{t}</a>', ["Chia sẻ", "Facebook", "Zalo"], "\n")
    p.el("h3", "Tin cùng chuyên mục", 'class="title-box"')
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:5], "\n")
    p.raw("</div>\n")
    foot = ["BÁO AN GIANG ONLINE",
            "Cơ quan của Đảng bộ tỉnh An Giang",
            "Giấy phép số 154/GP-BTTTT",
            "Địa chỉ: 8/18 Lý Thường Kiệt, TP Long Xuyên, An Giang",
            "Ghi rõ nguồn \"Báo An Giang Online\" khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<div class="footer">', "</div>"), tag="p")
    fur = ["An Giang ngày nay", meta, cap, "Tin liên quan", *tz[0:5], "Chia sẻ", "Tin cùng chuyên mục", *foot]
    if credit:
        fur.append(credit)
    return p, text_of(p, True, False), url, crumbs[-1], a["author"], fur


def baoninhbinh(a, n, tz):
    """Báo Ninh Bình: a JSON-LD @graph (WebPage, BreadcrumbList, NewsArticle with a Person) and no
    OpenGraph, no <time>, no <article>; breadcrumb an <ul> saved on one line with ' / '; '08:30
    12/11/2024 (GMT+07:00)'; the sapo a <div class="sapo"><p><em>, untagged, nothing bold; photo
    in a <table class="image"> with an italic <td class="image_caption">; a GPT slot after
    paragraph 2; byline bold right-aligned, page 1 'Bài, ảnh: ...'; a 'Tin liên quan' list AFTER
    the byline, then 'Từ khóa:' and the tags on one line; 'Tin mới nhất'; LF, a blank line
    between blocks, menus on one line."""
    crumbs = [["Kinh tế", "Tài chính - Ngân hàng"], ["Xã hội", "Lao động - Việc làm"], ["Quốc tế", "Người Việt bốn phương"]][n - 1]
    url = f"https://baoninhbinh.org.vn/{slug(a['title'])}-d{50000 + h(a['id'], 'nb') % 40000}.html"
    date = f"{hm(a)} {dmy(a)} (GMT+07:00)"
    byline = f"Bài, ảnh: {a['byline']}" if n == 1 else a["byline"]
    cap, _ = caption_or(a, "Ảnh minh họa")
    p = Page()
    p.raw(head(a["title"] + " - Báo Ninh Bình", jsonld({
        "@context": "https://schema.org", "@graph": [
            {"@type": "WebPage", "@id": url, "name": a["title"]},
            {"@type": "BreadcrumbList", "itemListElement": [
                {"@type": "ListItem", "position": i + 1, "name": c} for i, c in enumerate(crumbs)]},
            {"@type": "NewsArticle", "headline": a["title"], "datePublished": iso(a),
             "author": {"@type": "Person", "name": a["author"]}, "mainEntityOfPage": {"@id": url}}]})))
    p.raw('<body>\n<div class="header">')
    p.el("a", "Báo Ninh Bình", 'class="logo" href="/"')
    p.raw('</div><div class="menu">')
    menu = ["Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Du lịch", "Quốc phòng - An ninh",
            "Quốc tế", "Tràng An - Tam Cốc", "Media"]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('</div>\n<div class="wrapper">')
    p.group(('<ul class="breadcrumb">', "</ul>"), '<li><a href="#">{t}</a></li>', crumbs, " / ")
    p.el("h1", a["title"], 'class="title"')
    p.el("div", date, 'class="time"')
    p.raw('<div class="sapo"><p><em>')
    p.el("span", a["lead"])
    p.raw("</em></p></div>")
    p.raw('<div class="detail">')

    def photo():
        p.raw('<table class="image" align="center"><tbody><tr><td>'
              f'<img src="https://baoninhbinh.org.vn/DATA/IMAGES/{a["date"].year}/{h(a["id"]) % 99999}.jpg"></td></tr><tr>'
              '<td class="image_caption"><em>')
        p.el("span", cap)
        p.raw("</em></td></tr></tbody></table>")

    def between(i):
        if i == 1:
            ad_gpt(p, f"nb-{h(a['id'], 'gpt') % 9999}")

    body(p, a, photo, between=between)
    byline_p(p, byline)
    p.raw("</div>")
    p.raw('<div class="related">')
    p.el("h3", "Tin liên quan")
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[0:2], " ")
    p.raw("</div>")
    tags = [["tín dụng đen", "giáo dục tài chính"], ["đình công", "taxi"], ["Trung thu", "Nam Phi"]][n - 1]
    p.group(('<div class="tags">', "</div>"), '<a href="#">{t}</a>', ["Từ khóa:", *tags], " ")
    p.el("h3", "Tin mới nhất", 'class="title-box"')
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:5], " ")
    p.raw("</div>\n")
    foot = ["BÁO NINH BÌNH",
            "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Ninh Bình",
            "Giấy phép số 430/GP-BTTTT",
            "Địa chỉ: Đường Lê Hồng Phong, TP Ninh Bình",
            "Ghi rõ nguồn \"Báo Ninh Bình\" khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<div class="footer">', "</div>"), tag="p")
    fur = ["Tràng An - Tam Cốc", date, cap, "Tin liên quan", *tz[0:5], "Từ khóa:", "Tin mới nhất", *foot]
    if byline != a["author"]:
        fur.append(byline)
    return p, text_of(p, False, True), url, crumbs[-1], a["author"], fur


def congly(a, n, tz):
    """Báo Công lý: OpenGraph with article:published_time, <meta name="author"> and article:author
    (the reporter); no JSON-LD, no <time>, no <article>; breadcrumb an <ul> whose first item is a
    home ICON with no text, saved one crumb a line; the byline UNDER THE TITLE as an author link
    (normal case), the date on its own line below ('Thứ Ba, 12/11/2024 08:30 (GMT+7)'), nothing at
    the end of the body; the sapo a plain <h2 class="sapo">, untagged; the photo a CMS block
    (<div type="Photo">) with the caption in <div class="PhotoCMS_Caption"><p>; a 'Đọc thêm' box
    (<h3> + <ul>) after paragraph 3; '. Ảnh: reporter' after a caption that credits nobody;
    'Tags:' and the tags one a line; 'Tin cùng chuyên mục';
    CRLF, one block a line, menu and lists one item a line."""
    crumbs = [["Xã hội", "Nhân ái"], ["Kinh tế", "Doanh nghiệp"], ["Xã hội", "Đời sống"]][n - 1]
    url = f"https://congly.vn/{slug(a['title'])}-{380000 + h(a['id'], 'cl') % 90000}.html"
    date = f"{weekday(a)}, {dmy(a)} {hm(a)} (GMT+7)"
    # the credit follows the caption as a sentence of its own ('... tình nguyện. Ảnh: ...')
    sep = " " if (a["caption"] or "").endswith(".") else ". "
    cap, credit = caption_or(a, "Ảnh minh họa", "Ảnh: " + a["author"], sep=sep)
    p = Page()
    p.raw(head(a["title"] + " | Báo Công lý",
               og(a, url, "Báo Công lý")
               + f'<meta name="author" content="{html.escape(a["author"])}">\n'
               + f'<meta property="article:author" content="{html.escape(a["author"])}">\n'))
    p.raw('<body>\r\n<div class="header">')
    p.el("a", "Công lý", 'class="logo" href="/"')
    p.raw('</div><div class="menu">')
    menu = ["Thời sự", "Tòa án", "Pháp luật", "Kinh tế", "Xã hội", "Bạn đọc", "Quốc tế",
            "Văn hóa - Giải trí", "Góc nhìn công lý", "Video"]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', menu, "\r\n")
    p.raw('</div>\r\n<div class="main">')
    p.raw('<ul class="breadcrumb"><li><a class="home" href="/"><i class="icon-home"></i></a></li>')
    p.group(("", "</ul>"), '<li><a href="#">{t}</a></li>', crumbs, "\r\n")
    p.el("h1", a["title"], 'class="detail-title"')
    p.raw('<div class="detail-author"><a href="#" rel="author">')
    p.el("span", a["byline"])
    p.raw("</a></div>")
    p.el("div", date, 'class="detail-time"')
    p.el("h2", a["lead"], 'class="sapo"')
    p.raw('<div class="detail-content">')

    def photo():
        p.raw('<div class="VCSortableInPreviewMode" type="Photo"><div>'
              f'<img src="https://congly.vn/stores/news_dataimages/{a["date"].year}/{h(a["id"]) % 99999}.jpg"></div>'
              '<div class="PhotoCMS_Caption">')
        p.el("p", cap)
        p.raw("</div></div>")

    def inline():
        p.raw('<div class="box-readmore">')
        p.el("h3", "Đọc thêm")
        p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[0:2], "\r\n")
        p.raw("</div>")

    body(p, a, photo, inline, at=2)
    p.raw("</div>")
    tags = [["hiến tạng", "lái xe"], ["nhà vệ sinh", "Trung Quốc"], ["Hồ Gươm", "đi bộ"]][n - 1]
    p.group(('<div class="tags">', "</div>"), '<a href="#">{t}</a>', ["Tags:", *tags], "\r\n")
    p.el("div", "Tin cùng chuyên mục", 'class="title-box"')
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:5], "\r\n")
    p.raw("</div>\r\n")
    foot = ["BÁO CÔNG LÝ",
            "Cơ quan của Tòa án nhân dân tối cao",
            "Giấy phép số 45/GP-BTTTT",
            "Tòa soạn: 262 Đội Cấn, Ba Đình, Hà Nội",
            "Ghi rõ nguồn \"Báo Công lý\" khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<div class="footer">', "</div>"), tag="p")
    fur = ["Góc nhìn công lý", date, cap, "Đọc thêm", *tz[0:5], "Tags:", "Tin cùng chuyên mục", *foot]
    if credit:
        fur.append(credit)
    return p, text_of(p, True, False, "\r\n"), url, crumbs[-1], a["author"], fur


def baodantoc(a, n, tz):
    """Báo Dân tộc và Phát triển: <article>; <time datetime>; OpenGraph with article:published_time;
    a JSON-LD NewsArticle whose author is a plain STRING (the reporter's name); breadcrumb
    'Xã hội > Giáo dục' with the '>' in <span>s, saved on one line; 'Thứ Ba, 12/11/2024, 08:30';
    the sapo a <div class="sapo"><p> wholly <strong>, tagged '(DTPT) - '; <figure> with a
    <figcaption> and ' (Ảnh: Tư liệu)' where the corpus credits nobody; a one-link 'Đọc thêm' box
    after paragraph 2; byline bold right-aligned in CAPITALS; 'Tin cùng chuyên mục'; LF, one block a line, menu and lists one item a line."""
    crumbs = [["Xã hội", "Giáo dục"], ["Xã hội", "Giao thông"], ["Văn hóa", "Du lịch"]][n - 1]
    url = f"https://baodantoc.vn/{slug(a['title'])}-{1600000000000 + h(a['id'], 'dt') % 90000000}.htm"
    date = f"{weekday(a)}, {dmy(a)}, {hm(a)}"
    tag = "(DTPT) - "
    byline = a["byline"].upper()
    cap, credit = caption_or(a, "Ảnh minh họa", "(Ảnh: Tư liệu)")
    p = Page()
    p.raw(head(a["title"] + " - Báo Dân tộc và Phát triển",
               og(a, url, "Báo Dân tộc và Phát triển") + jsonld({
                   "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                   "datePublished": iso(a), "author": a["author"]})))
    p.raw('<body>\n<div class="header">')
    p.el("a", "Dân tộc và Phát triển", 'class="logo" href="/"')
    p.raw('</div><nav class="menu">')
    menu = ["Thời sự", "Dân tộc - Tôn giáo", "Kinh tế", "Xã hội", "Văn hóa", "Pháp luật",
            "Vùng dân tộc thiểu số", "Biên giới - Biển đảo", "Multimedia"]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', menu, "\n")
    p.raw('</nav>\n<div class="main"><article>')
    p.raw(f'<nav class="breadcrumb"><a href="#">{html.escape(crumbs[0])}</a><span> &gt; </span>'
          f'<a href="#">{html.escape(crumbs[1])}</a></nav>')
    p.blocks.append(" > ".join(crumbs))
    p.el("h1", a["title"], 'class="article-title"')
    p.raw(f'<time class="article-time" datetime="{iso(a)}">{html.escape(date)}</time>')
    p.blocks.append(date)
    p.raw('<div class="sapo"><p><strong>')
    p.el("span", tag + a["lead"])
    p.raw("</strong></p></div>")
    p.raw('<div class="article-content">')

    def photo():
        p.raw(f'<figure class="image"><img src="https://baodantoc.vn/stores/news_dataimages/{a["date"].year}/'
              f'{h(a["id"]) % 99999}.jpg">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    def inline():
        p.raw('<div class="box-docthem">')
        p.el("div", "Đọc thêm", 'class="docthem-head"')
        p.raw('<a href="#">')
        p.el("span", tz[0])
        p.raw("</a></div>")

    body(p, a, photo, inline, at=1)
    byline_p(p, byline)
    p.raw("</div></article>")
    p.el("h3", "Tin cùng chuyên mục", 'class="title-box"')
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:5], "\n")
    p.raw("</div>\n")
    foot = ["BÁO DÂN TỘC VÀ PHÁT TRIỂN",
            "Cơ quan chủ quản: Ủy ban Dân tộc",
            "Giấy phép số 499/GP-BTTTT",
            "Địa chỉ: 349 Đội Cấn, Ba Đình, Hà Nội",
            "Ghi rõ nguồn \"Báo Dân tộc và Phát triển\" khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<div class="footer">', "</div>"), tag="p")
    fur = ["Vùng dân tộc thiểu số", date, tag.strip(), cap, "Đọc thêm", tz[0], *tz[2:5],
           "Tin cùng chuyên mục", byline, *foot]
    if credit:
        fur.append(credit)
    return p, text_of(p, True, False), url, crumbs[-1], a["author"], fur


# ---------------------------------------------------------------- plan and output

TEMPLATES = {"baohungyen": baohungyen, "baoyenbai": baoyenbai, "baoangiang": baoangiang,
             "baoninhbinh": baoninhbinh, "congly": congly, "baodantoc": baodantoc}


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
