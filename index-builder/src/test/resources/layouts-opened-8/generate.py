"""Builds the eighth opened page-layout set (formerly the eighth unseen check): 18 real corpus
articles laid out as six more
Vietnamese news sites lay them out (Báo Hải Dương, Báo Lâm Đồng, VietnamFinance, Báo Long An,
Báo Thái Nguyên, Báo Quảng Nam), each page as HTML and as the visible text a scraper saves from
it, with labels. The HTML varies most: <article> on three sites; JSON-LD whose author is the
site (an Organization), JSON-LD with a Person, a JSON-LD BreadcrumbList only, schema.org
microdata, <meta name="author"> naming the site, <time datetime>, OpenGraph with and without a
date; the sapo in <h2 class="sapo">, in <p class="lead"> with the tag in <strong>, in a <div
class="sapo"> with nothing marking it, in an <h2> with no class inside the body <div>, as a bare
<strong class="sapo">, and in <p class="sapo"> tagged 'QNO - '; bylines at the end in capitals,
in normal case, as 'Bài và ảnh: ...', with '(tổng hợp)', a wire credit alone, or the reporter's
name beside the date above the sapo; related links as a <table>, <div> boxes, 'Đọc thêm:'
paragraphs; captions in <figure>, table cells, <p class="caption">.

  python3 index-builder/src/test/resources/layouts-opened-8/generate.py   # from the repository root

Reads ../shared/corpus (beside the repository). Writes, beside this script:
  <site>/<n>.html   the page as the site serves it
  <site>/<n>.txt    its visible text, saved with that site's scraper convention (see the README)
  labels.jsonl      one line per page, the schema of ../layouts-opened-7/labels.jsonl (then layouts-unseen-7/),
                    "half": "opened"

Written from what the real sites look like, without reading the extractor's rules; opened for
tuning on 2026-12-05 from 21:27, when the next unseen set (layouts-unseen-9/) was written. Labels come from the corpus article's fields and from what the template prints. The articles
are named below (ARTICLES), not searched for, so the set cannot drift when the corpus grows. The
article, paragraph, date and page plumbing is the seventh set's (../layouts-opened-7/generate.py, then layouts-unseen-7/),
unchanged but for the teaser order's salt.
Deterministic (hashes, no clock, no randomness). Standard library only.
"""
import datetime
import gzip
import hashlib
import html
import json
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[4]
CORPUS = ROOT.parent / "shared" / "corpus"

# The 18 articles, by site, in page order. None is used by ../layouts/, ../layouts-opened/ ..
# ../layouts-opened-6/ or ../layouts-unseen-7/. dantri: pages that end with the reporter's name
# (alone or with '(tổng hợp)'), whose first line (the lead) has 20 words or more, that keep five
# or more body paragraphs, and whose corpus title is a headline (not a photo caption nor a
# sentence of the story; picked by hand). vietnews-labour: a clean title, a lead of 18 words or
# more, a photo caption, 14 or more usable sentences. The three marked (A) are agreement signings,
# and the signing is printed on the page.
ARTICLES = {
    "baohaiduong": ["vietnews-train-055323", "dantri-news_education_179",
                    "vietnews-train-075766"],  # (A) the college signed with 40 enterprises
    "baolamdong": ["dantri-news_science_116", "vietnews-val-013117",
                   "dantri-news_entertainment_205"],
    "vietnamfinance": ["vietnews-train-026784",  # (A) the OECD roadmap 129 countries signed
                       "dantri-news_tech_163", "vietnews-train-021754"],
    "baolongan": ["dantri-news_education_227", "vietnews-train-099546", "dantri-news_health_081"],
    "baothainguyen": ["vietnews-test-017847",  # (A) the CPTPP signing
                      "dantri-news_education_045", "vietnews-test-018632"],
    "baoquangnam": ["dantri-news_entertainment_033", "vietnews-train-104438",
                    "dantri-news_education_028"],
}
# dantri pages that go on with other stories after the headline's own (a round-up of new
# rules, an app round-up): only the story's own paragraphs are printed.
STORY_PARAS = {"dantri-news_education_179": 5, "dantri-news_tech_163": 5}
AGREEMENTS = {"vietnews-train-075766", "vietnews-train-026784", "vietnews-test-017847"}
# Every id the other layout sets name (grep -o over ../layouts*/, ../layouts-unseen-7/ included):
# teasers never come from these, and an article named above must not be one of them.
USED_ELSEWHERE = {
    "dantri-news_business_049", "dantri-news_business_051", "dantri-news_business_054",
    "dantri-news_business_060", "dantri-news_business_064", "dantri-news_business_072",
    "dantri-news_business_093", "dantri-news_business_095", "dantri-news_business_121",
    "dantri-news_business_123", "dantri-news_business_197", "dantri-news_business_227",
    "dantri-news_business_231", "dantri-news_business_239", "dantri-news_education_035",
    "dantri-news_education_059", "dantri-news_education_088", "dantri-news_education_095",
    "dantri-news_education_097", "dantri-news_education_098", "dantri-news_education_113",
    "dantri-news_education_127", "dantri-news_education_136", "dantri-news_education_146",
    "dantri-news_education_147", "dantri-news_education_160", "dantri-news_education_195",
    "dantri-news_education_209", "dantri-news_education_210", "dantri-news_education_212",
    "dantri-news_education_217", "dantri-news_education_222", "dantri-news_education_225",
    "dantri-news_education_263", "dantri-news_education_267", "dantri-news_entertainment_180",
    "dantri-news_health_056", "dantri-news_health_065", "dantri-news_health_072",
    "dantri-news_health_114", "dantri-news_health_137", "dantri-news_health_149",
    "dantri-news_health_157", "dantri-news_health_163", "dantri-news_health_250",
    "dantri-news_health_264", "dantri-news_health_265", "dantri-news_science_025",
    "dantri-news_science_046", "dantri-news_science_086", "dantri-news_science_110",
    "dantri-news_society_029", "dantri-news_society_032", "dantri-news_society_059",
    "dantri-news_society_060", "dantri-news_society_097", "dantri-news_society_106",
    "dantri-news_society_109", "dantri-news_society_110", "dantri-news_society_113",
    "dantri-news_society_139", "dantri-news_society_157", "dantri-news_society_160",
    "dantri-news_society_177", "dantri-news_society_185", "dantri-news_society_212",
    "dantri-news_society_220", "dantri-news_society_249", "dantri-news_society_261",
    "dantri-news_society_268", "dantri-news_sport_199", "dantri-news_travel_027",
    "dantri-news_travel_039", "dantri-news_travel_057", "dantri-news_travel_070",
    "dantri-news_travel_103", "dantri-news_travel_125", "dantri-news_travel_153",
    "dantri-news_travel_170", "dantri-news_travel_191", "dantri-news_travel_198",
    "dantri-news_travel_244", "vietnews-test-000670", "vietnews-test-002199",
    "vietnews-test-002277", "vietnews-test-002330", "vietnews-test-002377", "vietnews-test-002465",
    "vietnews-test-002581", "vietnews-test-002811", "vietnews-test-004622", "vietnews-test-005681",
    "vietnews-test-012133", "vietnews-test-016067", "vietnews-test-016199", "vietnews-test-017223",
    "vietnews-test-019228", "vietnews-test-019720", "vietnews-test-020418", "vietnews-test-020546",
    "vietnews-test-020693", "vietnews-test-021691", "vietnews-test-021858", "vietnews-test-022542",
    "vietnews-train-002429", "vietnews-train-010224", "vietnews-train-010255",
    "vietnews-train-010709", "vietnews-train-011150", "vietnews-train-012544",
    "vietnews-train-012997", "vietnews-train-015555", "vietnews-train-016019",
    "vietnews-train-016803", "vietnews-train-017926", "vietnews-train-018225",
    "vietnews-train-020360", "vietnews-train-022332", "vietnews-train-025487",
    "vietnews-train-025589", "vietnews-train-031566", "vietnews-train-048196",
    "vietnews-train-063447", "vietnews-train-064195", "vietnews-train-064964",
    "vietnews-train-065135", "vietnews-train-066577", "vietnews-train-068192",
    "vietnews-train-068481", "vietnews-train-070223", "vietnews-train-071236",
    "vietnews-train-072465", "vietnews-train-073315", "vietnews-train-074594",
    "vietnews-train-074792", "vietnews-train-077673", "vietnews-train-084708",
    "vietnews-train-086602", "vietnews-train-087837", "vietnews-train-089713",
    "vietnews-train-090815", "vietnews-train-091138", "vietnews-train-091987",
    "vietnews-train-092481", "vietnews-train-092702", "vietnews-train-092783",
    "vietnews-train-093406", "vietnews-train-093738", "vietnews-train-094380",
    "vietnews-train-095005", "vietnews-train-095220", "vietnews-train-095767",
    "vietnews-train-096684", "vietnews-train-096742", "vietnews-train-097326",
    "vietnews-train-097443", "vietnews-train-098955", "vietnews-train-099206",
    "vietnews-train-099261", "vietnews-train-099673", "vietnews-train-100564",
    "vietnews-train-101390", "vietnews-train-103930", "vietnews-train-104010",
    "vietnews-train-105373", "vietnews-val-004258", "vietnews-val-008777", "vietnews-val-013261",
    "vietnews-val-013882", "vietnews-val-013936", "vietnews-val-014159", "vietnews-val-014663",
    "vietnews-val-015999", "vietnews-val-016357", "vietnews-val-017694", "vietnews-val-018679",
    "vietnews-val-019350", "vietnews-val-020716", "vietnews-val-021994", "vietnews-val-022037",
    "vietnews-val-022111", "vietnews-val-022403", "vietnews-val-022626",
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
    most = 8 if a["id"] in AGREEMENTS else 7
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
    # dantri bodies carry photo captions as lines of their own: short lines are left out
    paras = [x for x in lines[1:-1] if len(x.split()) >= 15 and ends_sentence(x) and "(Ảnh" not in x]
    return {
        "id": a["id"], "corpus": "dantri-unc", "title": a["title"].strip(), "lead": lines[0],
        "paras": paras[:STORY_PARAS.get(a["id"], 7)], "byline": lines[-1],
        # the page prints the byline as dantri did ('Mai Chi (tổng hợp)'); the label is the name
        "author": re.sub(r"\s*\((tổng hợp|Tổng hợp)\)$", "", lines[-1]),
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
    teasers = sorted(set(teasers), key=lambda t: h(t, "teaser8"))
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



def baohaiduong(a, n, tz):
    """Báo Hải Dương: <article>; OpenGraph with article:published_time; JSON-LD NewsArticle whose
    author is the site (an Organization), never the reporter; breadcrumb 'Xã hội › Lao động -
    Việc làm' as a <ul>; 'Thứ Ba, 12/11/2024 08:30' in a <span class="date">; sapo <h2
    class="sapo">, untagged; lazy <figure> with a <figcaption>; a GPT slot after paragraph 1 and
    a 'Tin liên quan' <div> (heading <h3>, links in a <ul>) after paragraph 3; byline bold
    right-aligned in CAPITALS at the end, page 2 'HẢI VÂN (tổng hợp)'; 'Từ khóa:' on one line,
    share bar, 'Cùng chuyên mục'; one block a line, menus on one line."""
    crumbs = [["Xã hội", "Lao động - Việc làm"], ["Giáo dục"], ["Giáo dục", "Tuyển sinh"]][n - 1]
    url = f"https://baohaiduong.vn/{slug(crumbs[-1])}/{slug(a['title'])}-{200000 + h(a['id'], 'bhd') % 90000}.html"
    date = f"{weekday(a)}, {dmy(a)} {hm(a)}"
    byline = (a["author"].upper() + a["byline"][len(a["author"]):])
    cap, _ = caption_or(a, "Ảnh minh họa")
    p = Page()
    p.raw(head(a["title"] + " | Báo Hải Dương",
               og(a, url, "Báo Hải Dương") + jsonld({
                   "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                   "description": a["lead"], "datePublished": iso(a), "dateModified": iso(a),
                   "author": {"@type": "Organization", "name": "Báo Hải Dương"},
                   "publisher": {"@type": "Organization", "name": "Báo Hải Dương"}})))
    p.raw('<body>\n<header class="header"><div class="container">')
    p.el("a", "Báo Hải Dương", 'class="logo" href="/"')
    p.raw('<nav class="main-nav">')
    menu = ["Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Giáo dục", "Thể thao",
            "Pháp luật", "Xứ Đông", "Đô thị", "Video"]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('</nav></div></header>\n<main class="container"><div class="col-main">')
    p.group(('<ul class="breadcrumb">', "</ul>"), '<li><a href="#">{t}</a></li>', crumbs, " › ")
    p.raw('<article class="detail">')
    p.el("h1", a["title"], 'class="detail-title"')
    p.el("span", date, 'class="date"')
    p.el("h2", a["lead"], 'class="sapo"')
    p.raw('<div class="detail-content">')

    def photo():
        p.raw(f'<figure class="image"><img {LAZY} data-src="https://baohaiduong.vn/upload/images/'
              f'{a["date"].year}/{h(a["id"]) % 99999}.jpg" alt="">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    def inline():
        p.raw('<div class="box-related">')
        p.el("h3", "Tin liên quan")
        p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[0:3], "\n")
        p.raw("</div>")

    def between(i):
        if i == 0:
            ad_gpt(p, f"bhd-{h(a['id'], 'gpt') % 9999}")

    body(p, a, photo, inline, at=3, between=between)
    byline_p(p, byline)
    p.raw("</div></article>")
    p.group(('<div class="tags">', "</div>"), '<a href="#">{t}</a>',
            ["Từ khóa:", ["Đài Loan", "giáo viên", "cam kết việc làm"][n - 1], ["xuất khẩu lao động", "sư phạm", "sinh viên"][n - 1]], " ")
    p.group(('<div class="share">', "</div>"), '<a href="#">{t}</a>', ["Chia sẻ", "Facebook", "Zalo"], " ")
    p.el("h3", "Cùng chuyên mục", 'class="title-box"')
    p.group(('<div class="same-cate">', "</div>"), '<h4><a href="#">{t}</a></h4>', tz[3:6], "\n")
    p.raw("</div></main>\n")
    foot = ["BÁO HẢI DƯƠNG ĐIỆN TỬ",
            "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hải Dương",
            "Giấy phép số 215/GP-BTTTT do Bộ Thông tin và Truyền thông cấp",
            "Địa chỉ: 10 Đại lộ Hồ Chí Minh, TP Hải Dương",
            "® Ghi rõ nguồn \"Báo Hải Dương\" khi phát hành lại thông tin từ website này."]
    footer(p, foot)
    fur = ["Xứ Đông", date, cap, "Tin liên quan", *tz[0:6], "Chia sẻ Facebook Zalo",
           "Cùng chuyên mục", byline, *foot]
    return p, text_of(p, False, False), url, crumbs[-1], a["author"], fur


def baolamdong(a, n, tz):
    """Báo Lâm Đồng: <meta name="author"> naming the SITE, OpenGraph without a date; no JSON-LD,
    no <article>; the date in <time datetime> printed 'Cập nhật lúc 08:30, Thứ Ba, 12/11/2024';
    breadcrumb 'Trang chủ / Khoa học - Công nghệ'; sapo <p class="lead"> whose tag '(LĐ) - ' is
    the only bold part; photo in a <table class="image"> with the caption in a <td> and the
    site's credit ' - Ảnh: ...' on labour captions; a 'Bài liên quan' <table> after paragraph 2;
    byline bold right-aligned in normal case at the end, page 2 'Bài và ảnh: Thanh Hà'; 'In bài
    viết', 'Bình luận' form, 'Các tin khác'; CRLF, a blank line between blocks, menu one item a
    line."""
    section = ["Khoa học - Công nghệ", "Kinh tế", "Văn hóa"][n - 1]
    crumbs = ["Trang chủ", section]
    url = f"https://baolamdong.vn/{slug(section)}/{a['date'].year}{a['date'].month:02d}/{slug(a['title'])}-{h(a['id'], 'ld') % 900000 + 100000}/"
    date = f"Cập nhật lúc {hm(a)}, {weekday(a)}, {dmy(a)}"
    tag = "(LĐ) - "
    byline = f"Bài và ảnh: {a['byline']}" if n == 2 else a["byline"]
    cap, credit = caption_or(a, "Ảnh minh họa", "Ảnh: " + "".join(w[0] + "." for w in a["author"].split()),
                             sep=" - ")
    p = Page()
    p.raw(head(a["title"] + " - Báo Lâm Đồng điện tử",
               '<meta name="author" content="Báo Lâm Đồng">\n'
               + og(a, url, "Báo Lâm Đồng", published=False)))
    p.raw('<body>\r\n<div id="wrapper"><div id="header">')
    p.el("a", "Báo Lâm Đồng", 'class="logo" href="/"')
    p.raw('</div><div id="menu">')
    menu = ["Trang chủ", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Khoa học - Công nghệ",
            "Du lịch", "Đà Lạt", "Thể thao", "Bạn đọc"]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', menu, "\n")
    p.raw('</div>\r\n<div id="main"><div class="left">')
    p.group(('<div class="breadcrumb">', "</div>"), '<a href="#">{t}</a>', crumbs, " / ")
    p.el("h1", a["title"], 'class="title"')
    p.el("time", date, f'datetime="{iso(a)}"')
    p.raw('<p class="lead"><strong>')
    p.el("span", tag.strip(), show=False)
    p.raw("</strong> ")
    p.parts.append(html.escape(a["lead"], quote=False))
    p.blocks.append(tag + a["lead"])
    p.raw('</p>\r\n<div class="content">')

    def photo():
        p.raw('<table class="image" align="center"><tbody><tr><td>'
              f'<img src="https://baolamdong.vn/file/{h(a["id"]) % 999999}.jpg" width="640"></td></tr><tr>')
        p.el("td", cap, 'class="image-caption"')
        p.raw("</tr></tbody></table>")

    def inline():
        p.raw('<table class="related" width="100%" border="1" cellpadding="6"><tbody><tr><td>')
        p.el("b", "Bài liên quan")
        for t in tz[0:2]:
            p.raw("<br>")
            p.el("a", t, 'href="#"')
        p.raw("</td></tr></tbody></table>")

    body(p, a, photo, inline, at=1, para=lambda t: ("p", t, 'style="text-align: justify;"'))
    byline_p(p, byline)
    p.raw("</div>")
    p.group(('<div class="tools">', "</div>"), '<a href="#">{t}</a>', ["In bài viết", "Gửi email"], " | ")
    p.el("div", "Bình luận", 'class="title-box"')
    p.group(('<form class="comment">', "</form>"), "<label>{t}</label>",
            ["Họ và tên", "Email", "Nội dung bình luận", "Gửi bình luận"], "\n")
    p.el("div", "Các tin khác", 'class="title-box"')
    p.group(('<ul class="others">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:5], "\n")
    p.raw("</div></div>\r\n")
    foot = ["BÁO LÂM ĐỒNG ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LÂM ĐỒNG",
            "Giấy phép số 38/GP-BTTTT",
            "Tòa soạn: 38 Quang Trung, TP Đà Lạt, Lâm Đồng",
            "Bản quyền thuộc Báo Lâm Đồng. Ghi rõ nguồn khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<div id="footer">', "</div></div>"), tag="div")
    fur = ["Đà Lạt", "Bạn đọc", date, tag.strip(), cap, "Bài liên quan", *tz[0:5], "In bài viết", "Gửi email",
           "Bình luận", "Gửi bình luận", "Các tin khác", *foot]
    if credit:
        fur.append(credit)
    if byline != a["author"]:
        fur.append(byline)
    return p, text_of(p, True, True, "\r\n"), url, section, a["author"], fur


def vietnamfinance(a, n, tz):
    """VietnamFinance: <article>, <time datetime>, OpenGraph with article:published_time and
    article:section, JSON-LD NewsArticle whose author is a Person (the reporter); breadcrumb
    'Tài chính quốc tế' / 'Công nghệ' as <a>s with ' - '; the REPORTER'S NAME BESIDE THE DATE
    above the sapo, one line 'Ngọc Anh | 12/11/2024 08:30 GMT+7' (no byline at the end); sapo
    <div class="sapo"> with nothing marking it (bold by CSS), untagged; photo <figure> with the
    caption in a <p class="caption"> inside it; 'Đọc thêm:' paragraphs with a link inside the
    body (after paragraphs 2 and 4) and GPT slots; 'Từ khóa' one a line, 'Tin mới nhất'; one
    block a line, menu one item a line."""
    crumbs = [["Tài chính quốc tế"], ["Công nghệ"], ["Tài chính quốc tế"]][n - 1]
    url = f"https://vietnamfinance.vn/{slug(a['title'])}-{20180000000 + h(a['id'], 'vnf') % 999999}.htm"
    date = f"{dmy(a)} {hm(a)} GMT+7"
    meta = f"{a['byline']} | {date}"
    cap, _ = caption_or(a, "Ảnh minh họa")
    p = Page()
    p.raw(head(a["title"] + " - VietnamFinance",
               og(a, url, "VietnamFinance", section=crumbs[-1]) + jsonld({
                   "@context": "http://schema.org", "@type": "NewsArticle", "headline": a["title"],
                   "datePublished": iso(a), "author": {"@type": "Person", "name": a["author"]},
                   "publisher": {"@type": "Organization", "name": "VietnamFinance"}})))
    p.raw('<body class="detail-page">\n<div class="top-bar">')
    p.el("a", "VietnamFinance", 'class="logo" href="/"')
    p.raw('</div><nav class="nav">')
    menu = ["Tài chính", "Ngân hàng", "Đầu tư", "Bất động sản", "Doanh nghiệp", "Tài chính quốc tế",
            "Công nghệ", "Thuế", "Đời sống"]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('</nav>\n<div class="container"><article class="article">')
    p.group(('<div class="article-cate">', "</div>"), '<a href="#">{t}</a>', crumbs, " - ")
    p.el("h1", a["title"], 'class="article-title"')
    p.raw(f'<div class="article-meta"><a class="author" href="#">{html.escape(a["byline"])}</a> | '
          f'<time datetime="{iso(a)}">{html.escape(date)}</time></div>')
    p.blocks.append(meta)
    p.el("div", a["lead"], 'class="sapo"')
    p.raw('<div class="article-body">')

    def photo():
        p.raw(f'<figure class="expNoEdit"><img {LAZY} data-src="https://vietnamfinance.vn/upload/news/'
              f'{h(a["id"]) % 999999}.jpg">')
        p.el("p", cap, 'class="caption"')
        p.raw("</figure>")

    def between(i):
        if i in (1, 3):
            p.raw("<p><strong>Đọc thêm:</strong> ")
            t = tz[0 if i == 1 else 1]
            p.parts.append(f'<a href="#">{html.escape(t, quote=False)}</a></p>')
            p.blocks.append(f"Đọc thêm: {t}")
        if i == 2:
            ad_gpt(p, f"vnf-{h(a['id'], 'gpt') % 9999}")

    body(p, a, photo, between=between)
    p.raw("</div></article>")
    p.el("div", "Từ khóa", 'class="tags-title"')
    p.group(('<div class="tags">', "</div>"), '<a href="#">{t}</a>',
            [["OECD", "thuế"], ["DNS", "smartphone"], ["Nhật Bản", "lao động"]][n - 1], "\n")
    p.el("div", "Tin mới nhất", 'class="title-box"')
    p.group(('<div class="latest">', "</div>"), '<h3><a href="#">{t}</a></h3>', tz[2:5], "\n")
    p.raw("</div>\n")
    foot = ["Tạp chí điện tử VietnamFinance",
            "Giấy phép số 47/GP-BTTTT do Bộ Thông tin và Truyền thông cấp",
            "Tổng biên tập: Nguyễn Văn A",
            "© VietnamFinance. Không được sao chép lại khi chưa có sự đồng ý bằng văn bản."]
    footer(p, foot, ("<footer class=\"footer\">", "</footer>"), tag="p")
    fur = ["Bất động sản", meta, date, cap, "Đọc thêm:", *tz[0:5], "Tin mới nhất", *foot]
    return p, text_of(p, True, False), url, crumbs[-1], a["author"], fur


def baolongan(a, n, tz):
    """Báo Long An: OpenGraph without a date and <meta name="description"> only; no JSON-LD, no
    <time>, no <article>; breadcrumb 'Trang chủ » Giáo dục'; '08:30 | 12/11/2024' under the
    title; the sapo an <h2> with NO class as the first child of the content <div>, tagged '(LA) - ';
    photo in a <table> with the caption cell in <em>; a <div> 'Tin liên quan' box after
    paragraph 2 and an AdSense unit after paragraph 3; byline bold right-aligned in CAPITALS at
    the end, page 2 'NHÓM PV' (author null); 'Chia sẻ:', 'Tin cùng chuyên mục', 'Ý kiến'; CRLF,
    one block a line, menu one item a line."""
    crumbs = [["Trang chủ", "Giáo dục"], ["Trang chủ", "Thời sự", "Xã hội"], ["Trang chủ", "Sức khỏe"]][n - 1]
    url = f"https://baolongan.vn/{slug(a['title'])}-a{100000 + h(a['id'], 'la') % 90000}.html"
    date = f"{hm(a)} | {dmy(a)}"
    tag = "(LA) - "
    pv = n == 2
    byline = "NHÓM PV" if pv else a["byline"].upper()
    cap, _ = caption_or(a, "Ảnh minh họa")
    p = Page()
    p.raw(head(a["title"] + " - Báo Long An Online",
               og(a, url, "Báo Long An", published=False)
               + f'<meta name="description" content="{html.escape(a["lead"])}">\n'))
    p.raw('<body>\r\n<div class="wrapper"><div class="header">')
    p.el("a", "Báo Long An", 'class="logo" href="/"')
    p.raw('</div><div class="menu">')
    menu = ["Trang chủ", "Thời sự", "Kinh tế", "Xã hội", "Giáo dục", "Sức khỏe", "Pháp luật",
            "Văn hóa - Thể thao", "Long An đất và người", "Media"]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', menu, "\n")
    p.raw('</div>\r\n<div class="main">')
    p.group(('<div class="breadcrumbs">', "</div>"), '<a href="#">{t}</a>', crumbs, " » ")
    p.el("h1", a["title"])
    p.el("div", date, 'class="time"')
    p.raw('<div class="content">')
    p.el("h2", tag + a["lead"])

    def photo():
        p.raw('<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
              f'<img src="https://baolongan.vn/image/news/{a["date"].year}/{h(a["id"]) % 99999}.jpg"></td></tr>'
              '<tr><td align="center">')
        p.el("em", cap)
        p.raw("</td></tr></table>")

    def inline():
        p.raw('<div class="tinlienquan"><div class="tlq-title">')
        p.el("span", "Tin liên quan")
        p.raw("</div>")
        p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[0:2], "\n")
        p.raw("</div>")

    def between(i):
        if i == 3:
            ad_ins(p, f"{5000000000 + h(a['id'], 'ad') % 99999999}")

    body(p, a, photo, inline, at=2, between=between)
    byline_p(p, byline)
    p.raw("</div>")
    p.group(('<div class="share">', "</div>"), '<a href="#">{t}</a>', ["Chia sẻ:", "Facebook", "Twitter"], " ")
    p.el("div", "Tin cùng chuyên mục", 'class="title-box"')
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:5], "\n")
    p.el("div", "Ý kiến", 'class="title-box"')
    p.raw("</div></div>\r\n")
    foot = ["BÁO LONG AN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LONG AN",
            "Giấy phép số 89/GP-BTTTT",
            "Địa chỉ: 05 Võ Văn Tần, phường 2, TP Tân An, Long An",
            "Ghi rõ nguồn \"Báo Long An\" khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<div class="footer">', "</div></div>"), tag="p")
    fur = ["Long An đất và người", date, tag.strip(), cap, "Tin liên quan", *tz[0:5],
           "Chia sẻ:", "Tin cùng chuyên mục", byline, *foot]
    return p, text_of(p, True, False, "\r\n"), url, crumbs[-1], None if pv else a["author"], fur


def baothainguyen(a, n, tz):
    """Báo Thái Nguyên: schema.org microdata (itemprop headline, datePublished in a <meta>, author
    in a <span itemprop="author">) and nothing else; <article itemscope>; the section label above
    the title ('Kinh tế', 'Giáo dục'), no breadcrumb; 'Thứ Ba, 12/11/2024, 08:30
    [GMT+7]'; sapo a bare <strong class="sapo"> (no <p>), untagged; photo in a <table> with a
    <td class="image_desc"> caption; a 'Tin cùng chủ đề' <div> after paragraph 3; byline
    bold right-aligned in normal case at the end, page 3 'Theo TTXVN' (author null, italic);
    'Tags:', 'Tin khác'; a blank line between blocks, menus on one line."""
    section = ["Kinh tế", "Giáo dục", "Kinh tế"][n - 1]
    url = f"https://baothainguyen.vn/{slug(section)}/{slug(a['title'])}-{300000 + h(a['id'], 'tn') % 90000}.html"
    date = f"{weekday(a)}, {dmy(a)}, {hm(a)} [GMT+7]"
    wire = n == 3
    byline = "Theo TTXVN" if wire else a["byline"]
    cap, _ = caption_or(a, "Ảnh minh họa")
    p = Page()
    p.raw(head(a["title"] + " - Báo Thái Nguyên điện tử"))
    p.raw('<body>\n<div class="header">')
    p.el("a", "Báo Thái Nguyên", 'class="logo" href="/"')
    p.raw('</div><div class="menu">')
    menu = ["Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Khoa học - Công nghệ", "Văn hóa",
            "Thể thao", "Pháp luật", "Chè Thái Nguyên", "Multimedia"]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('</div>\n<div class="container"><article itemscope itemtype="https://schema.org/NewsArticle">'
          f'<meta itemprop="datePublished" content="{iso(a)}">')
    p.el("a", section, 'class="cate" href="#"')
    p.el("h1", a["title"], 'itemprop="headline"')
    p.el("div", date, 'class="date"')
    p.el("strong", a["lead"], 'class="sapo" itemprop="description"')
    p.raw('<div class="detail-content" itemprop="articleBody">')

    def photo():
        p.raw('<table class="image center"><tbody><tr><td>'
              f'<img src="https://baothainguyen.vn/file/oldimage/{h(a["id"]) % 999999}.jpg"></td></tr><tr>')
        p.el("td", cap, 'class="image_desc"')
        p.raw("</tr></tbody></table>")

    def inline():
        p.raw('<div class="related-news">')
        p.el("div", "Tin cùng chủ đề", 'class="related-title"')
        p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[0:3], "\n\n")
        p.raw("</div>")

    body(p, a, photo, inline, at=3)
    if wire:
        byline_p(p, byline, em=True)
    else:
        p.raw('<p style="text-align: right;"><strong><span itemprop="author">')
        p.el("span", byline)
        p.raw("</span></strong></p>")
    p.raw("</div></article>")
    p.group(('<div class="tags">', "</div>"), '<a href="#">{t}</a>',
            ["Tags:", ["CPTPP", "xét tuyển", "năng suất lao động"][n - 1]], " ")
    p.el("div", "Tin khác", 'class="title-box"')
    p.group(('<ul class="other">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[3:6], "\n\n")
    p.raw("</div>\n")
    foot = ["BÁO THÁI NGUYÊN ĐIỆN TỬ",
            "Cơ quan chủ quản: Tỉnh ủy Thái Nguyên",
            "Giấy phép số 472/GP-BTTTT",
            "Địa chỉ: Số 2, đường Đội Cấn, TP Thái Nguyên",
            "Ghi rõ nguồn Báo Thái Nguyên khi sử dụng thông tin từ website này."]
    footer(p, foot, ('<div class="footer">', "</div>"), tag="p")
    fur = ["Chè Thái Nguyên", date, cap, "Tin cùng chủ đề", *tz[0:6], "Tin khác", *foot]
    if wire:
        fur.append(byline)
    return p, text_of(p, False, True), url, section, None if wire else a["author"], fur


def baoquangnam(a, n, tz):
    """Báo Quảng Nam: OpenGraph with article:published_time and a JSON-LD BreadcrumbList (no
    article JSON-LD); no <article>, no <time>; breadcrumb 'Văn hóa › Giải trí' as <a>s;
    '12/11/2024 08:30' then a view count on the same line; sapo <p class="sapo"> tagged 'QNO - '
    (no dash before, the tag bold); photo in a <figure> whose caption is a <figcaption> with a
    site credit; related links as a <table> ('ĐỌC THÊM' in capitals) after paragraph 2 and two
    '>> title' bold links; byline bold right-aligned in CAPITALS at the end, page 1 'MI VÂN
    (Tổng hợp)'; 'Chia sẻ', comment form 'Bình luận', 'Tin liên quan' after the body; CRLF, one
    block a line, menu one item a line."""
    crumbs = [["Văn hóa", "Giải trí"], ["Xã hội", "Giao thông"], ["Giáo dục"]][n - 1]
    url = f"https://baoquangnam.vn/{slug(crumbs[0])}/{slug(a['title'])}-{150000 + h(a['id'], 'qn') % 90000}.html"
    date = f"{dmy(a)} {hm(a)}"
    views = f"{100 + h(a['id'], 'views') % 4000} lượt xem"
    tag = "QNO - "
    byline = a["author"].upper() + (" (Tổng hợp)" if a["byline"] != a["author"] else "")
    cap, credit = caption_or(a, "Ảnh minh họa", "(Ảnh: Internet)")
    p = Page()
    crumbld = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": i + 1, "name": c, "item": f"https://baoquangnam.vn/{slug(c)}"}
        for i, c in enumerate(crumbs)]}
    p.raw(head(a["title"] + " - Báo Quảng Nam Online", og(a, url, "Báo Quảng Nam") + jsonld(crumbld)))
    p.raw('<body>\r\n<div class="header">')
    p.el("a", "Báo Quảng Nam", 'class="logo" href="/"')
    p.raw('</div><div class="menu">')
    menu = ["Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao",
            "Khoa học - Công nghệ", "Du lịch", "Quảng Nam - Đà Nẵng", "Báo in"]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', menu, "\n")
    p.raw('</div>\r\n<div class="main"><div class="breadcrumb">')
    p.group(("", ""), '<a href="#">{t}</a>', crumbs, " › ")
    p.raw("</div>")
    p.el("h1", a["title"], 'class="title"')
    p.raw(f'<div class="info"><span class="date">{html.escape(date)}</span> '
          f'<span class="view">{html.escape(views)}</span></div>')
    p.blocks.append(f"{date} {views}")
    p.raw(f'<p class="sapo"><b>{html.escape(tag.strip())}</b> ')
    p.parts.append(html.escape(a["lead"], quote=False) + "</p>")
    p.blocks.append(tag + a["lead"])
    p.raw('<div class="detail">')

    def photo():
        p.raw(f'<figure class="image align-center"><img {LAZY} data-src="https://baoquangnam.vn/dataimages/'
              f'{a["date"].year}{a["date"].month:02d}/original/{h(a["id"]) % 99999}.jpg">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    def inline():
        p.raw('<table class="doc-them" width="90%" align="center"><tbody><tr><td>')
        p.el("strong", "ĐỌC THÊM")
        p.raw("</td></tr><tr><td>")
        p.el("a", tz[0], 'href="#"')
        p.raw("</td></tr></tbody></table>")

    def between(i):
        if i == 4:
            p.raw('<p><a href="#"><strong>')
            p.el("span", ">> " + tz[1])
            p.raw("</strong></a></p>")

    body(p, a, photo, inline, at=2, between=between)
    byline_p(p, byline)
    p.raw("</div>")
    p.group(('<div class="share">', "</div>"), '<a href="#">{t}</a>', ["Chia sẻ", "Facebook", "Zalo"], " ")
    p.el("div", "Bình luận", 'class="title-box"')
    p.group(('<form>', "</form>"), "<label>{t}</label>", ["Họ tên", "Email", "Gửi"], "\n")
    p.el("div", "Tin liên quan", 'class="title-box"')
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:5], "\n")
    p.raw("</div>\r\n")
    foot = ["BÁO QUẢNG NAM ONLINE",
            "Cơ quan chủ quản: Tỉnh ủy Quảng Nam",
            "Giấy phép số 12/GP-BTTTT do Bộ Thông tin và Truyền thông cấp",
            "Tòa soạn: 05 Trần Hưng Đạo, TP Tam Kỳ, Quảng Nam",
            "Ghi rõ nguồn \"Báo Quảng Nam\" khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<div class="footer">', "</div>"), tag="p")
    fur = ["Quảng Nam - Đà Nẵng", date, views, tag.strip(), cap, "ĐỌC THÊM", ">> " + tz[1], *tz[0:5],
           "Chia sẻ", "Bình luận", "Tin liên quan", byline, *foot]
    if credit:
        fur.append(credit)
    return p, text_of(p, True, False, "\r\n"), url, crumbs[-1], a["author"], fur


# ---------------------------------------------------------------- plan and output

TEMPLATES = {"baohaiduong": baohaiduong, "baolamdong": baolamdong, "vietnamfinance": vietnamfinance,
             "baolongan": baolongan, "baothainguyen": baothainguyen, "baoquangnam": baoquangnam}
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
