"""Builds the seventh opened page-layout set (formerly the seventh unseen check): 18 real corpus
articles laid out as six more
Vietnamese news sites lay them out (Báo Bắc Giang, Nhà báo & Công luận, Luật sư Việt Nam (the
Bar Federation's magazine), Báo Lạng Sơn, Tạp chí Tài chính, Báo Bình Định), each page as HTML and
as the visible text a scraper saves from it, with labels. The HTML varies most: <article> on two
sites, JSON-LD only on one, microdata on none, nothing but <title> on the old table-layout site;
the sapo in <p class="sapo"> with only the site tag bold, in <h2 class="sapo">, in <div
class="sapo"><b>, as the FIRST BOLD PARAGRAPH of the body (no class), in <div class="sapo"><p><em>
and in a <span class="sapo"><b> inside a table cell; tagged 'BGĐT - ', '(NB&CL) ' (no dash),
'(LSVN) - ', '(LSO) - ', '(BĐ) - ' or untagged; bylines at the end in normal case or capitals,
with '(t/h)', '(tổng hợp)', '(TTXVN)', '(Theo Dân trí)' after the name, 'Nhóm PV', a source credit
alone, or the reporter's name above the sapo with a source credit after the body; related links as
<div> boxes, a '>> title' paragraph pair and a <table>; captions in <figure>, <figcaption><em>,
table cells, with credits ('Ảnh: TL', 'Nguồn: Internet', 'Ảnh: T.L').

  python3 index-builder/src/test/resources/layouts-opened-7/generate.py   # from the repository root

Reads ../shared/corpus (beside the repository). Writes, beside this script:
  <site>/<n>.html   the page as the site serves it
  <site>/<n>.txt    its visible text, saved with that site's scraper convention (see the README)
  labels.jsonl      one line per page, the schema of ../layouts-opened-6/labels.jsonl (then layouts-unseen-6/),
                    "half": "opened"

Written from what the real sites look like, without reading the extractor's rules; opened for
tuning on 2026-12-05 from 20:40, when the next unseen set (layouts-unseen-8/) was written. Labels come from the corpus article's fields and from what the template prints. The articles
are named below (ARTICLES), not searched for, so the set cannot drift when the corpus grows. The
article, paragraph and page plumbing is the sixth set's (../layouts-opened-6/generate.py, then layouts-unseen-6/),
unchanged but for two things: a dantri byline that carries '(tổng hợp)' after the name keeps it as
printed ('byline') while the label is the bare name ('author'), and the teaser order's salt.
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
# ../layouts-opened-5/ or ../layouts-unseen-6/. dantri: pages that end with the reporter's name
# (alone or with '(tổng hợp)'), whose first line (the lead) has 20 words or more and is not a photo
# caption, that keep five or more body paragraphs, and whose title is a headline (not a photo
# caption nor a sentence of the story; picked by hand). vietnews-labour: a clean title, a lead of
# 18 words or more, a photo caption, 14 or more usable sentences. The three marked (A) are
# agreement signings, and the signing is printed on the page.
ARTICLES = {
    "baobacgiang": ["vietnews-val-017694", "dantri-news_education_088",
                    "vietnews-train-064964"],  # (A) the Đông Á university signed with Japanese firms
    "congluan": ["dantri-news_society_268",
                 "vietnews-test-020693",  # (A) Korea's labour ministry signed an MoU with Viet Nam
                 "dantri-news_sport_199"],
    "lsvn": ["vietnews-train-099206", "dantri-news_education_195", "vietnews-train-104010"],
    "baolangson": ["dantri-news_travel_170", "vietnews-val-020716", "dantri-news_science_110"],
    "tapchitaichinh": ["vietnews-train-025487",  # (A) the social security agreement the two signed
                       "dantri-news_business_060", "vietnews-train-074594"],
    "baobinhdinh": ["dantri-news_education_095", "vietnews-train-048196", "dantri-news_science_025"],
}
AGREEMENTS = {"vietnews-train-064964", "vietnews-test-020693", "vietnews-train-025487"}
# Every id the other layout sets name (grep -o over ../layouts*/, ../layouts-unseen-6/ included):
# teasers never come from these, and an article named above must not be one of them.
USED_ELSEWHERE = {
    "dantri-news_business_049", "dantri-news_business_051", "dantri-news_business_054",
    "dantri-news_business_064", "dantri-news_business_072", "dantri-news_business_093",
    "dantri-news_business_095", "dantri-news_business_121", "dantri-news_business_123",
    "dantri-news_business_197", "dantri-news_business_227", "dantri-news_business_231",
    "dantri-news_business_239", "dantri-news_education_035", "dantri-news_education_059",
    "dantri-news_education_097", "dantri-news_education_098", "dantri-news_education_113",
    "dantri-news_education_127", "dantri-news_education_136", "dantri-news_education_146",
    "dantri-news_education_147", "dantri-news_education_160", "dantri-news_education_209",
    "dantri-news_education_210", "dantri-news_education_212", "dantri-news_education_217",
    "dantri-news_education_222", "dantri-news_education_225", "dantri-news_education_263",
    "dantri-news_education_267", "dantri-news_entertainment_180", "dantri-news_health_056",
    "dantri-news_health_065", "dantri-news_health_072", "dantri-news_health_114",
    "dantri-news_health_137", "dantri-news_health_149", "dantri-news_health_157",
    "dantri-news_health_163", "dantri-news_health_250", "dantri-news_health_264",
    "dantri-news_health_265", "dantri-news_science_046", "dantri-news_science_086",
    "dantri-news_society_029", "dantri-news_society_032", "dantri-news_society_059",
    "dantri-news_society_060", "dantri-news_society_097", "dantri-news_society_106",
    "dantri-news_society_109", "dantri-news_society_110", "dantri-news_society_113",
    "dantri-news_society_139", "dantri-news_society_157", "dantri-news_society_160",
    "dantri-news_society_177", "dantri-news_society_185", "dantri-news_society_212",
    "dantri-news_society_220", "dantri-news_society_249", "dantri-news_society_261",
    "dantri-news_travel_027", "dantri-news_travel_039", "dantri-news_travel_057",
    "dantri-news_travel_070", "dantri-news_travel_103", "dantri-news_travel_125",
    "dantri-news_travel_153", "dantri-news_travel_191", "dantri-news_travel_198",
    "dantri-news_travel_244", "vietnews-test-000670", "vietnews-test-002199",
    "vietnews-test-002277", "vietnews-test-002330", "vietnews-test-002377", "vietnews-test-002465",
    "vietnews-test-002581", "vietnews-test-002811", "vietnews-test-004622", "vietnews-test-005681",
    "vietnews-test-012133", "vietnews-test-016067", "vietnews-test-016199", "vietnews-test-017223",
    "vietnews-test-019228", "vietnews-test-019720", "vietnews-test-020418", "vietnews-test-020546",
    "vietnews-test-021691", "vietnews-test-021858", "vietnews-test-022542",
    "vietnews-train-002429", "vietnews-train-010224", "vietnews-train-010255",
    "vietnews-train-010709", "vietnews-train-011150", "vietnews-train-012544",
    "vietnews-train-012997", "vietnews-train-015555", "vietnews-train-016019",
    "vietnews-train-016803", "vietnews-train-017926", "vietnews-train-018225",
    "vietnews-train-020360", "vietnews-train-022332", "vietnews-train-025589",
    "vietnews-train-031566", "vietnews-train-063447", "vietnews-train-064195",
    "vietnews-train-065135", "vietnews-train-066577", "vietnews-train-068192",
    "vietnews-train-068481", "vietnews-train-070223", "vietnews-train-071236",
    "vietnews-train-072465", "vietnews-train-073315", "vietnews-train-074792",
    "vietnews-train-077673", "vietnews-train-084708", "vietnews-train-086602",
    "vietnews-train-087837", "vietnews-train-089713", "vietnews-train-090815",
    "vietnews-train-091138", "vietnews-train-091987", "vietnews-train-092481",
    "vietnews-train-092702", "vietnews-train-092783", "vietnews-train-093406",
    "vietnews-train-093738", "vietnews-train-094380", "vietnews-train-095005",
    "vietnews-train-095220", "vietnews-train-095767", "vietnews-train-096684",
    "vietnews-train-096742", "vietnews-train-097326", "vietnews-train-097443",
    "vietnews-train-098955", "vietnews-train-099261", "vietnews-train-099673",
    "vietnews-train-100564", "vietnews-train-101390", "vietnews-train-103930",
    "vietnews-train-105373", "vietnews-val-004258", "vietnews-val-008777", "vietnews-val-013261",
    "vietnews-val-013882", "vietnews-val-013936", "vietnews-val-014159", "vietnews-val-014663",
    "vietnews-val-015999", "vietnews-val-016357", "vietnews-val-018679", "vietnews-val-019350",
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
        "paras": paras[:7], "byline": lines[-1],
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
    teasers = sorted(set(teasers), key=lambda t: h(t, "teaser7"))
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


def baobacgiang(a, n, tz):
    """Báo Bắc Giang: <article>, OpenGraph with article:published_time, JSON-LD NewsArticle
    whose author is a Person (on page 3 the Person is 'Nhóm PV'); breadcrumb 'Xã hội | Lao động -
    Việc làm' as <a>s in a <div>; 'Thứ Ba, 12/11/2024 - 08:30'; sapo <p class="sapo"> with only
    the tag 'BGĐT - ' in <strong> (the lead itself not bold); lazy <figure> whose caption is an
    <em> inside the <figcaption>; a GPT ad slot after paragraph 1 and a 'Tin liên quan' <div>
    after paragraph 3; byline bold right-aligned in normal case at the end, page 3 'Nhóm PV'
    (author null); 'Từ khóa:', a comment form, 'Tin cùng chuyên mục'; one block a line, menus on
    one line."""
    crumbs = [["Xã hội", "Lao động - Việc làm"], ["Giáo dục"], ["Kinh tế", "Đầu tư"]][n - 1]
    url = (f"https://baobacgiang.vn/bg/{slug(crumbs[0])}/{300000 + h(a['id'], 'bbg') % 90000}/"
           f"{slug(a['title'])}.html")
    date = f"{weekday(a)}, {dmy(a)} - {hm(a)}"
    tag = "BGĐT - "
    pv = n == 3
    byline = "Nhóm PV" if pv else a["byline"]
    cap, _ = caption_or(a, "Ảnh minh họa")
    p = Page()
    p.raw(head(a["title"] + " - Báo Bắc Giang điện tử",
               og(a, url, "Báo Bắc Giang") + jsonld({
                   "@context": "https://schema.org", "@type": "NewsArticle",
                   "mainEntityOfPage": url, "headline": a["title"], "description": a["lead"],
                   "datePublished": iso(a), "dateModified": iso(a),
                   "author": {"@type": "Person", "name": byline},
                   "publisher": {"@type": "Organization", "name": "Báo Bắc Giang",
                                 "logo": {"@type": "ImageObject",
                                          "url": "https://baobacgiang.vn/images/logo.png"}}})))
    p.raw('<body>\n<div class="wrapper"><header class="site-header"><div class="top-bar">')
    p.el("a", "Báo Bắc Giang điện tử", 'class="logo" href="/"')
    p.raw('</div><nav class="main-nav"><ul>')
    menu = ["Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Giáo dục", "Văn hóa",
            "Thể thao", "Pháp luật", "Quốc tế", "Bạn đọc", "Bắc Giang 24h", "Video"]
    p.group(("", ""), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('</ul></nav></header>\n<div class="container"><div class="col-main"><article class="detail">')
    p.group(('<div class="cat-breadcrumb">', "</div>"), '<a href="#">{t}</a>', crumbs, " | ")
    p.el("h1", a["title"], 'class="detail-title"')
    p.el("div", date, 'class="detail-date"')
    p.raw(f'<p class="sapo"><strong>{html.escape(tag, quote=False)}</strong>'
          f'{html.escape(a["lead"], quote=False)}</p>')
    p.blocks.append(tag + a["lead"])
    p.raw('<div class="detail-content">')

    def photo():
        p.raw(f'<figure class="expNoEdit"><img {LAZY} data-src="https://baobacgiang.vn/dataimages/'
              f'{a["date"].year}{a["date"].month:02d}/original/{h(a["id"]) % 999999}.jpg" alt="">'
              "<figcaption>")
        p.el("em", cap)
        p.raw("</figcaption></figure>")

    def inline():
        p.raw('<div class="box-tinlienquan"><div class="box-tinlienquan__title">')
        p.el("span", "Tin liên quan")
        p.raw("</div><ul>")
        for t in tz[0:2]:
            p.raw("<li>")
            p.el("a", t, 'href="#"')
            p.raw("</li>")
        p.raw("</ul></div>")

    def between(i):
        if i == 0:
            ad_gpt(p, f"bbg-inread-{h(a['id'], 'ad') % 99999}")

    body(p, a, photo, inline, at=3, between=between)
    byline_p(p, byline)
    p.raw("</div>")
    p.group(('<div class="tags">', "</div>"), '<a href="#">{t}</a>',
            ["Từ khóa:", ["ASEAN", "trực tuyến", "Đà Nẵng"][n - 1],
             ["việc làm", "Covid-19", "Nhật Bản"][n - 1]], " ")
    p.raw("</article>")
    p.raw('<form class="comment-form">')
    p.el("div", "Ý kiến bạn đọc", 'class="comment-title"')
    p.el("label", "Họ và tên")
    p.el("label", "Email")
    p.el("button", "Gửi ý kiến", 'type="submit"')
    p.raw("</form>")
    p.el("h3", "Tin cùng chuyên mục", 'class="box-title"')
    p.group(('<ul class="list-news">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:5], "\n")
    p.raw("</div></div>\n")
    foot = ["BÁO BẮC GIANG ĐIỆN TỬ",
            "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bắc Giang",
            "Giấy phép số 120/GP-BTTTT do Bộ Thông tin và Truyền thông cấp",
            "Địa chỉ: 34 Nguyễn Thị Lưu, TP Bắc Giang",
            "© Bản quyền thuộc Báo Bắc Giang. Ghi rõ nguồn khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<footer class="site-footer">', "</footer></div>"), tag="div")
    fur = ["Bắc Giang 24h", date, tag.strip(), cap, "Tin liên quan", *tz[0:5], "Ý kiến bạn đọc",
           "Gửi ý kiến", "Tin cùng chuyên mục", *foot]
    if pv:
        fur.append(byline)
    return p, text_of(p, False, False), url, crumbs[-1], None if pv else a["author"], fur


def congluan(a, n, tz):
    """Nhà báo & Công luận: JSON-LD NewsArticle only (author a Person, articleSection) and <meta
    name="description">; no OpenGraph, no <article>, no <time>; breadcrumb as an <ol>; 'Thứ Ba,
    12/11/2024 08:30 (GMT+7)'; sapo an <h2 class="sapo"> tagged '(NB&CL) ' (no dash); photo in a
    <table> whose caption cell ends with ' - Ảnh: TL'; an 'ĐỌC THÊM' <div> box after paragraph 2
    and an AdSense unit after paragraph 4; byline bold right-aligned in normal case at the end,
    page 2 with '(t/h)' after the name; 'Tags:', share bar, 'Tin khác'; CRLF with a blank line
    between blocks, menu one item a line."""
    crumbs = [["Xã hội"], ["Xã hội", "Lao động - Việc làm"], ["Thể thao", "Bóng đá quốc tế"]][n - 1]
    url = f"https://www.congluan.vn/{slug(a['title'])}-post{130000 + h(a['id'], 'ncl') % 90000}.html"
    date = f"{weekday(a)}, {dmy(a)} {hm(a)} (GMT+7)"
    tag = "(NB&CL) "
    byline = f"{a['byline']} (t/h)" if n == 2 else a["byline"]
    cap, credit = caption_or(a, "Ảnh minh họa - Ảnh: TL", "- Ảnh: TL")
    p = Page()
    p.raw(head(a["title"] + " | Báo Công luận",
               f'<meta name="description" content="{html.escape(a["lead"])}">\n' + jsonld({
                   "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                   "datePublished": iso(a), "articleSection": crumbs[-1],
                   "author": [{"@type": "Person", "name": a["author"]}],
                   "publisher": {"@type": "Organization", "name": "Báo Nhà báo và Công luận"}})))
    p.raw('<body>\r\n<div id="main-wrapper"><div class="header">')
    p.el("a", "Nhà báo & Công luận", 'class="logo" href="/"')
    p.el("span", "Cơ quan Trung ương của Hội Nhà báo Việt Nam", 'class="slogan"')
    p.raw('</div><div class="menu-main"><ul>')
    menu = ["Thời sự", "Chính trị", "Nhà báo", "Kinh tế", "Xã hội", "Pháp luật", "Thể thao",
            "Văn hóa - Giải trí", "Quốc tế", "Sức khỏe", "Bạn đọc"]
    p.group(("", ""), '<li><a href="#">{t}</a></li>', menu)
    p.raw('</ul></div></div>\r\n<div class="content-wrap"><div class="detail-left">')
    p.group(('<ol class="breadcrumb">', "</ol>"), '<li><a href="#">{t}</a></li>', crumbs, " / ")
    p.el("h1", a["title"], 'class="article-title"')
    p.el("span", date, 'class="article-date"')
    p.el("h2", tag + a["lead"], 'class="sapo"')
    p.raw('<div class="article-content" id="__MB_MASTERCMS_EL_3">')

    def photo():
        p.raw('<table class="picture" align="center"><tbody><tr><td class="pic">'
              f'<img src="https://img.congluan.vn/{h(a["id"]) % 99999}.jpg" alt="{html.escape(a["title"])}">'
              "</td></tr><tr>")
        p.el("td", cap, 'class="caption"')
        p.raw("</tr></tbody></table>")

    def inline():
        p.raw('<div class="box-read-more"><div class="box-read-more__title">')
        p.el("span", "ĐỌC THÊM")
        p.raw("</div>")
        for t in tz[0:2]:
            p.raw('<div class="box-read-more__item">')
            p.el("a", t, 'href="#"')
            p.raw("</div>")
        p.raw("</div>")

    def between(i):
        if i == 3:
            ad_ins(p, f"{4000000000 + h(a['id'], 'ad') % 99999999}")

    body(p, a, photo, inline, at=1, between=between)
    byline_p(p, byline)
    p.raw("</div>")
    p.group(('<div class="tags">', "</div>"), '<a href="#">{t}</a>',
            ["Tags:", ["Quảng Ninh", "EPS", "Super League"][n - 1],
             ["karaoke", "tiếng Hàn", "Real Madrid"][n - 1]])
    p.group(('<div class="share">', "</div>"), '<a href="#">{t}</a>',
            ["Chia sẻ:", "Facebook", "Twitter", "Zalo"])
    p.el("div", "Tin khác", 'class="title-box"')
    p.group(('<ul class="other-news">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:5])
    p.raw("</div></div>\r\n")
    foot = ["Báo Nhà báo và Công luận - Cơ quan Trung ương của Hội Nhà báo Việt Nam",
            "Giấy phép hoạt động báo điện tử số 469/GP-BTTTT",
            "Tòa soạn: 59 Lý Thái Tổ, Hoàn Kiếm, Hà Nội",
            "Không được sao chép, sử dụng lại khi chưa có sự đồng ý bằng văn bản của Báo Nhà báo và Công luận."]
    footer(p, foot, ('<div class="footer">', "</div></div>"))
    fur = ["Văn hóa - Giải trí", date, tag.strip(), cap, "ĐỌC THÊM", *tz[0:5],
           "Chia sẻ:", "Tin khác", *foot]
    if credit:
        fur.append(credit)
    if n == 2:
        fur.append(byline)
    return p, text_of(p, True, True, "\r\n"), url, crumbs[-1], a["author"], fur


def lsvn(a, n, tz):
    """Luật sư Việt Nam (lsvn.vn): <article>, <time datetime>, OpenGraph with
    article:published_time and article:section, <meta name="author"> naming the reporter; a
    section label above the title, no breadcrumb; the REPORTER'S NAME ABOVE THE SAPO on its own
    line ('Lệ Thu (tổng hợp)' on page 2), then the date '12/11/2024 08:30'; sapo <div
    class="sapo"><b> tagged '(LSVN) - '; <figure> with a plain <figcaption>; two '>> title'
    paragraphs (linked) after paragraph 4; page 3 ends with 'Theo Lao Động' in italics (the
    reporter above is the author); 'Từ khóa' one a line, 'Bài viết liên quan', 'Ý kiến bạn đọc';
    one block a line, menu one item a line."""
    section = ["Xã hội", "Giáo dục", "Chính sách mới"][n - 1]
    url = f"https://lsvn.vn/{slug(a['title'])}-a{100000 + h(a['id'], 'lsvn') % 90000}.html"
    date = f"{dmy(a)} {hm(a)}"
    tag = "(LSVN) - "
    cap, _ = caption_or(a, "Ảnh minh họa")
    p = Page()
    p.raw(head(a["title"] + " - Tạp chí Luật sư Việt Nam",
               og(a, url, "Luật sư Việt Nam", section=section)
               + f'<meta name="author" content="{html.escape(a["author"])}">\n'))
    p.raw('<body>\n<header id="header"><div class="container">')
    p.el("a", "Luật sư Việt Nam", 'class="logo" href="/"')
    p.el("span", "Cơ quan ngôn luận của Liên đoàn Luật sư Việt Nam", 'class="slogan"')
    p.raw('</div><nav><ul class="menu">')
    menu = ["Tin tức - Sự kiện", "Luật sư", "Pháp luật", "Chính sách mới", "Xã hội", "Giáo dục",
            "Kinh tế", "Bạn đọc", "Hỏi đáp pháp luật", "Multimedia"]
    p.group(("", ""), '<li><a href="#">{t}</a></li>', menu)
    p.raw('</ul></nav></header>\n<main class="container"><article class="article-detail">')
    p.el("a", section, 'class="article-detail__cate" href="#"')
    p.el("h1", a["title"], 'class="article-detail__title"')
    p.raw('<div class="article-detail__meta">')
    p.el("div", a["byline"], 'class="author"')
    p.raw(f'<time datetime="{iso(a)}">{html.escape(date)}</time></div>')
    p.blocks.append(date)
    p.raw(f'<div class="sapo"><b>{html.escape(tag + a["lead"], quote=False)}</b></div>')
    p.blocks.append(tag + a["lead"])
    p.raw('<div class="article-detail__body entry-content">')

    def photo():
        p.raw(f'<figure class="wp-block-image"><img src="https://lsvn.vn/uploads/{a["date"].year}/'
              f'{h(a["id"]) % 99999}.jpg" alt="">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    def inline():
        for t in tz[0:2]:
            p.raw(f'<p><strong>&gt;&gt; </strong><a href="#">{html.escape(t, quote=False)}</a></p>')
            p.blocks.append(">> " + t)

    body(p, a, photo, inline, at=3)
    src = "Theo Lao Động" if n == 3 else None
    if src:
        byline_p(p, src, em=True)
    p.raw("</div>")
    p.group(('<div class="article-detail__tags">', "</div>"), '<a href="#">{t}</a>',
            ["Từ khóa", ["lương tối thiểu", "giáo dục thường xuyên", "tuổi nghỉ hưu"][n - 1],
             ["kinh phí công đoàn", "hệ 9+", "Bộ luật Lao động"][n - 1]])
    p.raw("</article>")
    p.el("h2", "Bài viết liên quan", 'class="block-title"')
    p.raw('<div class="related-grid">')
    for t in tz[2:5]:
        p.raw('<div class="related-grid__item">')
        p.el("h3", t)
        p.raw("</div>")
    p.raw("</div>")
    p.el("h2", "Ý kiến bạn đọc", 'class="block-title"')
    p.el("button", "Gửi bình luận")
    p.raw("</main>\n")
    foot = ["Tạp chí điện tử Luật sư Việt Nam",
            "Cơ quan chủ quản: Liên đoàn Luật sư Việt Nam",
            "Giấy phép số 95/GP-BTTTT",
            "Địa chỉ tòa soạn: Tầng 7, 124 Nguyễn Văn Cừ, Long Biên, Hà Nội",
            "Ghi rõ nguồn \"Luật sư Việt Nam\" khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<footer id="footer">', "</footer>"))
    fur = ["Hỏi đáp pháp luật", date, tag.strip(), cap, *[">> " + t for t in tz[0:2]], *tz[2:5],
           "Bài viết liên quan", "Ý kiến bạn đọc", "Gửi bình luận", *foot]
    if a["byline"] != a["author"]:
        fur.append(a["byline"])
    if src:
        fur.append(src)
    return p, text_of(p, True, False), url, section, a["author"], fur


def baolangson(a, n, tz):
    """Báo Lạng Sơn: OpenGraph without a date and <meta name="description">; no JSON-LD, no
    <time>, no <article>; breadcrumb 'Trang chủ > Section > Sub' as <a>s; '08:30 | Thứ Ba,
    12/11/2024'; NO SAPO ELEMENT: the lead is the first paragraph of the body, bold, tagged
    '(LSO) - '; an AdSense unit after paragraph 1 and a GPT slot after paragraph 4; photo in a
    <table> with an italic caption cell; a 'TIN LIÊN QUAN' <table> after paragraph 2; byline bold
    right-aligned in CAPITALS at the end, 'DUY KHÁNH (TTXVN)'-style on page 2, page 3 'Theo Dân
    trí' alone (author null); 'Chia sẻ bài viết', 'Các tin khác', 'Ý kiến bạn đọc'; CRLF, one
    block a line, menu on one line with ' | '."""
    crumbs = [["Trang chủ", "Văn hóa", "Du lịch"], ["Trang chủ", "Quốc phòng - An ninh"],
              ["Trang chủ", "Thời sự", "Trong nước"]][n - 1]
    url = f"https://baolangson.vn/{slug(a['title'])}-{500000 + h(a['id'], 'lso') % 90000}.html"
    date = f"{hm(a)} | {weekday(a)}, {dmy(a)}"
    tag = "(LSO) - "
    src = n == 3
    byline = "Theo Dân trí" if src else (f"{a['byline']} (TTXVN)" if n == 2 else a["byline"]).upper()
    cap, credit = caption_or(a, "Ảnh minh họa")
    p = Page()
    p.raw(head(a["title"] + " - Báo Lạng Sơn",
               og(a, url, "Báo Lạng Sơn", published=False)
               + f'<meta name="description" content="{html.escape(a["lead"])}">\n'))
    p.raw('<body>\r\n<div class="page-wrap"><div class="header">')
    p.el("a", "Báo Lạng Sơn", 'class="logo" href="/"')
    p.raw('</div><div class="nav-main">')
    menu = ["Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Quốc phòng - An ninh", "Văn hóa",
            "Xã hội", "Thể thao", "Cửa khẩu", "Xứ Lạng", "Media"]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', menu, " | ")
    p.raw('</div>\r\n<div class="content"><div class="content-left">')
    p.group(('<div class="breadcrumb">', "</div>"), '<a href="#">{t}</a>', crumbs, " > ")
    p.el("h1", a["title"], 'class="title-detail"')
    p.el("div", date, 'class="time-detail"')
    p.raw('<div class="content-detail" id="content-detail">')
    p.raw("<p><strong>")
    p.el("span", tag + a["lead"])
    p.raw("</strong></p>")

    def photo():
        p.raw('<table class="tplCaption" border="0" cellpadding="0" cellspacing="0" align="center">'
              f'<tr><td><img src="https://baolangson.vn/uploads/{a["date"].year}/{h(a["id"]) % 99999}.jpg" '
              'width="600"></td></tr><tr><td class="Image">')
        p.el("em", cap)
        p.raw("</td></tr></table>")

    def inline():
        p.raw('<table class="tinlienquan" width="100%"><tr><td>')
        p.el("b", "TIN LIÊN QUAN")
        p.raw("</td></tr>")
        for t in tz[0:2]:
            p.raw('<tr><td>')
            p.el("a", t, 'href="#"')
            p.raw("</td></tr>")
        p.raw("</table>")

    def between(i):
        if i == 0:
            ad_ins(p, f"{7000000000 + h(a['id'], 'ad') % 99999999}")
        if i == 3:
            ad_gpt(p, f"lso-{h(a['id'], 'gpt') % 9999}")

    body(p, a, photo, inline, at=2, between=between,
         para=lambda t: ("p", t, 'style="text-align: justify;"'))
    byline_p(p, byline, em=src)
    p.raw("</div>")
    p.group(('<div class="share">', "</div>"), '<a href="#">{t}</a>',
            ["Chia sẻ bài viết", "Facebook", "Zalo"], " ")
    p.el("div", "Các tin khác", 'class="title-cate"')
    p.group(('<ul class="list-other">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:5], "\n")
    p.el("div", "Ý kiến bạn đọc", 'class="title-cate"')
    p.raw("</div></div>\r\n")
    foot = ["BÁO LẠNG SƠN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LẠNG SƠN",
            "Giấy phép số 06/GP-BTTTT",
            "Địa chỉ: 30 Bắc Sơn, TP Lạng Sơn",
            "Ghi rõ nguồn Báo Lạng Sơn khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<div class="footer">', "</div></div>"), tag="div")
    fur = ["Cửa khẩu", "Xứ Lạng", date, tag.strip(), cap, "TIN LIÊN QUAN", *tz[0:5],
           "Chia sẻ bài viết Facebook Zalo", "Các tin khác", "Ý kiến bạn đọc", byline, *foot]
    return p, text_of(p, False, False, "\r\n"), url, crumbs[-1], None if src else a["author"], fur


def tapchitaichinh(a, n, tz):
    """Tạp chí Tài chính: OpenGraph with article:published_time, JSON-LD NewsArticle whose author
    is a Person (the reporter), <meta name="keywords">; no <article>, no <time>; breadcrumb as a
    <ul> ('Kinh tế › Kinh tế thế giới', one crumb on page 3); '08:30 12/11/2024' in a <span>
    beside a view count, ONE line; sapo <div class="sapo"><p><em> (italic), no tag; <figure>
    whose caption ends 'Nguồn: Internet'; a 'Tin liên quan' <div> with a <span> heading after
    paragraph 2 and two GPT slots; byline bold right-aligned in normal case at the end, page 2
    'Mai Chi (tổng hợp)'; 'Tags:', 'Chia sẻ', 'Bài viết cùng chuyên mục'; a blank line between
    blocks, menus on one line."""
    crumbs = [["Kinh tế", "Kinh tế thế giới"], ["Doanh nghiệp", "Thị trường"],
              ["Kinh tế - Xã hội"]][n - 1]
    url = f"https://tapchitaichinh.vn/{slug(crumbs[-1])}/{slug(a['title'])}-{300000 + h(a['id'], 'tctc') % 90000}.html"
    date = f"{hm(a)} {dmy(a)}"
    views = f"Lượt xem: {1000 + h(a['id'], 'views') % 9000}"
    cap, credit = caption_or(a, "Ảnh minh họa. Nguồn: Internet", "Nguồn: Internet")
    p = Page()
    p.raw(head(a["title"] + " - Tạp chí Tài chính",
               og(a, url, "Tạp chí Tài chính")
               + f'<meta name="keywords" content="{html.escape(crumbs[-1].lower())}, tài chính, kinh tế">\n'
               + jsonld({"@context": "https://schema.org", "@type": "NewsArticle",
                         "headline": a["title"], "description": a["lead"],
                         "datePublished": iso(a), "author": {"@type": "Person", "name": a["author"]},
                         "publisher": {"@type": "Organization", "name": "Tạp chí Tài chính"}})))
    p.raw('<body>\n<div class="site-wrap"><div class="header">')
    p.el("a", "Tạp chí Tài chính", 'class="logo" href="/"')
    p.el("span", "Cơ quan của Bộ Tài chính", 'class="slogan"')
    p.raw('</div><div class="menu">')
    menu = ["Kinh tế", "Tài chính", "Doanh nghiệp", "Chứng khoán", "Bảo hiểm", "Kinh tế - Xã hội",
            "Tài chính quốc tế", "Nghiên cứu - Trao đổi", "Tạp chí in", "English"]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('</div>\n<div class="main"><div class="main-left">')
    p.group(('<ul class="breadcrumb">', "</ul>"), '<li><a href="#">{t}</a></li>', crumbs, " › ")
    p.el("h1", a["title"], 'class="post-title"')
    p.raw(f'<div class="post-meta"><span class="post-time">{html.escape(date)}</span> '
          f'<span class="post-view">{html.escape(views)}</span></div>')
    p.blocks.append(f"{date} {views}")
    p.raw('<div class="sapo"><p><em>')
    p.el("span", a["lead"])
    p.raw('</em></p></div>\n<div class="post-content">')

    def photo():
        p.raw(f'<figure class="image"><img src="https://tapchitaichinh.vn/Uploaded/{a["date"].year}/'
              f'{h(a["id"]) % 99999}.jpg" alt="">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    def inline():
        p.raw('<div class="tinlienquan"><span class="tinlienquan__head">')
        p.el("span", "Tin liên quan")
        p.raw("</span>")
        p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[0:2], "\n\n")
        p.raw("</div>")

    def between(i):
        if i in (1, 4):
            ad_gpt(p, f"tctc-{i}-{h(a['id'], 'ad') % 999}")

    body(p, a, photo, inline, at=2, between=between)
    byline_p(p, a["byline"])
    p.raw("</div>")
    p.group(('<div class="tags">', "</div>"), '<a href="#">{t}</a>',
            ["Tags:", ["Hàn Quốc", "Nội Bài", "sư phạm"][n - 1],
             ["thương mại", "hàng không", "tuyển sinh"][n - 1]], " ")
    p.group(('<div class="share">', "</div>"), '<a href="#">{t}</a>', ["Chia sẻ", "Facebook", "Email"],
            " ")
    p.el("h3", "Bài viết cùng chuyên mục", 'class="title-box"')
    p.group(('<div class="same-cate">', "</div>"), '<h4><a href="#">{t}</a></h4>', tz[2:5], "\n\n")
    p.raw("</div></div>\n")
    foot = ["TẠP CHÍ TÀI CHÍNH - CƠ QUAN CỦA BỘ TÀI CHÍNH",
            "Giấy phép số 90/GP-BTTTT do Bộ Thông tin và Truyền thông cấp",
            "Tòa soạn: Tầng 9, 28 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội",
            "Bản quyền thuộc Tạp chí Tài chính. Ghi rõ nguồn khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<div class="footer">', "</div></div>"), tag="div")
    fur = ["Nghiên cứu - Trao đổi", date, views, cap, "Tin liên quan", *tz[0:5],
           "Chia sẻ Facebook Email", "Bài viết cùng chuyên mục", *foot]
    if credit:
        fur.append(credit)
    if a["byline"] != a["author"]:
        fur.append(a["byline"])
    return p, text_of(p, False, True), url, crumbs[-1], a["author"], fur


def baobinhdinh(a, n, tz):
    """Báo Bình Định, the old table layout: no metadata but <title> and the charset; no <h1>, no
    <article>, no <time>: the page is nested <table>s, the section name in a cell above the
    title, the title a <span class="title">, '(Cập nhật: 12/11/2024, 08:30)' under it, the sapo
    a <span class="sapo"><b> in its own cell tagged '(BĐ) - '; paragraphs <p align="justify">;
    photo in a centred <table> whose caption cell is italic and ends with 'Ảnh: T.L' (a labour
    caption that already credits keeps its own); byline bold right-aligned in CAPITALS at the end,
    page 2 '(Tổng hợp)' after it, page 3 '(Theo Dân trí)'; 'In bài viết | Gửi cho bạn bè', 'Các
    tin, bài đã đưa' with '(dd/mm/yyyy)' dates; CRLF, one block a line, menu on one line."""
    section = ["Giáo dục", "Quốc tế", "Khoa học - Công nghệ"][n - 1]
    url = f"https://baobinhdinh.vn/viewnews.aspx?newsid={200000 + h(a['id'], 'bd') % 90000}"
    date = f"(Cập nhật: {dmy(a)}, {hm(a)})"
    tag = "(BĐ) - "
    byline = a["byline"].upper() + [" ", " (Tổng hợp)", " (Theo Dân trí)"][n - 1]
    byline = byline.strip()
    cap, credit = caption_or(a, "Ảnh minh họa", "Ảnh: T.L", sep=" - ")
    p = Page()
    p.raw(head(a["title"] + " - Báo Bình Định",
               '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'))
    p.raw('<body topmargin="0" leftmargin="0">\r\n<table width="1000" align="center" cellpadding="0" '
          'cellspacing="0"><tr><td class="banner">')
    p.el("a", "Báo Bình Định", 'href="/" class="logo"')
    p.el("span", "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bình Định", 'class="slogan"')
    p.raw('</td></tr><tr><td class="menu">')
    menu = ["Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Giáo dục", "Văn hóa - Nghệ thuật",
            "Thể thao", "Quốc tế", "Khoa học - Công nghệ", "Bình Định đất võ", "Điện tử"]
    p.group(("", ""), '<a href="#" class="menulink">{t}</a>', menu, " | ")
    p.raw('</td></tr></table>\r\n<table width="1000" align="center"><tr><td width="680" valign="top">'
          '<table width="100%"><tr>')
    p.el("td", section, 'class="cate_title"')
    p.raw("</tr><tr><td>")
    p.el("span", a["title"], 'class="title"')
    p.raw("</td></tr><tr><td>")
    p.el("span", date, 'class="date"')
    p.raw('</td></tr><tr><td><span class="sapo"><b>')
    p.el("span", tag + a["lead"])
    p.raw('</b></span></td></tr><tr><td class="content" id="content">')

    def photo():
        p.raw('<table align="center" width="500" border="0" cellpadding="3"><tr><td align="center">'
              f'<img src="/Uploads/Images/{a["date"].year}/{h(a["id"]) % 99999}.jpg" width="500" border="0">'
              '</td></tr><tr><td align="center" class="caption">')
        p.el("i", cap)
        p.raw("</td></tr></table>")

    body(p, a, photo, para=lambda t: ("p", t, 'align="justify"'))
    p.raw('<p align="right"><b>')
    p.el("span", byline)
    p.raw("</b></p></td></tr>")
    p.raw('<tr><td class="tools">')
    p.group(("", ""), '<a href="#">{t}</a>', ["In bài viết", "Gửi cho bạn bè"], " | ")
    p.raw("</td></tr><tr><td>")
    p.el("div", "Các tin, bài đã đưa", 'class="other_title"')
    d = a["date"]
    others = [f"{t} ({(d - datetime.timedelta(days=i + 1)).day:02d}/"
              f"{(d - datetime.timedelta(days=i + 1)).month:02d}/{(d - datetime.timedelta(days=i + 1)).year})"
              for i, t in enumerate(tz[0:4])]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', others, "\n")
    p.raw('</td></tr></table></td><td width="300" valign="top" class="right">')
    p.el("div", "Đọc nhiều nhất", 'class="other_title"')
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[4:6], "\n")
    p.raw("</td></tr></table>\r\n")
    foot = ["BÁO BÌNH ĐỊNH ĐIỆN TỬ",
            "Giấy phép số 71/GP-BTTTT",
            "Tòa soạn: 72 Tăng Bạt Hổ, TP Quy Nhơn, Bình Định",
            "Ghi rõ nguồn \"Báo Bình Định\" khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<table width="1000" align="center"><tr><td class="footer">', "</td></tr></table>"),
           tag="div")
    fur = ["Bình Định đất võ", date, tag.strip(), cap, "In bài viết | Gửi cho bạn bè",
           "Các tin, bài đã đưa", *others, "Đọc nhiều nhất", *tz[4:6], *foot]
    if credit:
        fur.append(credit)
    fur.append(byline)
    return p, text_of(p, False, False, "\r\n"), url, section, a["author"], fur


# ---------------------------------------------------------------- plan and output

TEMPLATES = {"baobacgiang": baobacgiang, "congluan": congluan, "lsvn": lsvn,
             "baolangson": baolangson, "tapchitaichinh": tapchitaichinh, "baobinhdinh": baobinhdinh}


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
