"""Builds the sixth opened page-layout set (formerly the sixth unseen check): 18 real corpus
articles laid out as six more Vietnamese news sites lay them out (Báo Đà Nẵng, Báo Hà Tĩnh, Thời
báo Ngân hàng, Báo Tài nguyên và Môi trường, Báo Gia Lai, Báo Khánh Hòa), each page as HTML and as the visible text a scraper saves
from it, with labels. The HTML varies most: div soup with ad slots and scripts inside the body,
<article> on one site only, microdata on one, metadata reduced to <title> and <meta> on one; the
sapo in <div class="sapo"><strong>, <h2 class="sapo">, <p class="sapo"><strong>, <div><p><strong>,
<p class="sapo"><em><strong> and as the bare text of a <div>, tagged 'ĐNO - ', '(Baohatinh.vn) - ',
'(TN&MT) - ' or '(GLO)- ' or untagged; the date above the title on one site, the reporter's name
and the date on one line above the sapo on another; bylines in capitals or normal case at the end,
with an agency, with a source paper after the name, a source credit alone, 'P.V (tổng hợp)';
related links as a 'Xem thêm:' paragraph of the body, a one-cell <table>, <div>s with headings;
captions in <figure>, in table cells, with the photographer's credit in capitals, in italics or
in a <p> of its own.

  python3 index-builder/src/test/resources/layouts-opened-6/generate.py   # from the repository root

Reads ../shared/corpus (beside the repository). Writes, beside this script:
  <site>/<n>.html   the page as the site serves it
  <site>/<n>.txt    its visible text, saved with that site's scraper convention (see the README)
  labels.jsonl      one line per page, the schema of ../layouts-opened-5/labels.jsonl (then layouts-unseen-5/),
                    "half": "opened"

Written from what the real sites look like, without reading the extractor's rules; opened for
tuning on 2026-12-05 from 19:40, when the next unseen set (layouts-unseen-7/) was written. Labels come from the corpus article's fields and from what the template prints. The articles
are named below (ARTICLES), not searched for, so the set cannot drift when the corpus grows. The
article, paragraph and page plumbing is the fifth set's (../layouts-opened-5/generate.py, then layouts-unseen-5/),
unchanged. Deterministic (hashes, no clock, no randomness). Standard library only.
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
# ../layouts-opened-4/ or ../layouts-opened-5/ (then ../layouts-unseen-5/). dantri: pages that end with the reporter's name,
# whose first line (the lead) has 20 words or more, that keep five or more body paragraphs and
# whose title is a headline (not a photo caption, and whose first paragraph belongs to the story).
# vietnews-labour: a clean title, a lead of 18 words or more, a photo caption, 14 or more usable
# sentences. The three marked (A) are agreement signings, and the signing is printed on the page.
ARTICLES = {
    "baodanang": ["dantri-news_business_123", "vietnews-train-105373",
                  "vietnews-train-074792"],  # (A) the college signed cooperation with firms
    "baohatinh": ["dantri-news_society_029", "vietnews-test-022542", "dantri-news_education_127"],
    "thoibaonganhang": ["vietnews-test-019228",  # (A) Viet Nam and Saudi Arabia signed an MoU
                        "dantri-news_business_227", "vietnews-test-021691"],
    "baotnmt": ["dantri-news_travel_198",
                "vietnews-val-022037",  # (A) Korea's labour ministry signed MoUs with 15 countries
                "dantri-news_education_225"],
    "baogialai": ["vietnews-test-012133", "dantri-news_entertainment_180", "vietnews-train-094380"],
    "baokhanhhoa": ["dantri-news_education_136", "vietnews-train-099261", "dantri-news_travel_027"],
}
AGREEMENTS = {"vietnews-train-074792", "vietnews-test-019228", "vietnews-val-022037"}
# Every id the other layout sets name (grep -o over ../layouts*/, ../layouts-opened-5/ (then ../layouts-unseen-5/) included):
# teasers never come from these, and an article named above must not be one of them.
USED_ELSEWHERE = {
    "dantri-news_business_049", "dantri-news_business_051", "dantri-news_business_054",
    "dantri-news_business_064", "dantri-news_business_072", "dantri-news_business_093",
    "dantri-news_business_095", "dantri-news_business_121", "dantri-news_business_197",
    "dantri-news_business_231", "dantri-news_business_239", "dantri-news_education_035",
    "dantri-news_education_059", "dantri-news_education_097", "dantri-news_education_098",
    "dantri-news_education_113", "dantri-news_education_146", "dantri-news_education_147",
    "dantri-news_education_160", "dantri-news_education_209", "dantri-news_education_210",
    "dantri-news_education_212", "dantri-news_education_217", "dantri-news_education_222",
    "dantri-news_education_263", "dantri-news_education_267", "dantri-news_health_056",
    "dantri-news_health_065", "dantri-news_health_072", "dantri-news_health_114",
    "dantri-news_health_137", "dantri-news_health_149", "dantri-news_health_157",
    "dantri-news_health_163", "dantri-news_health_250", "dantri-news_health_264",
    "dantri-news_health_265", "dantri-news_science_046", "dantri-news_science_086",
    "dantri-news_society_032", "dantri-news_society_059", "dantri-news_society_060",
    "dantri-news_society_097", "dantri-news_society_106", "dantri-news_society_109",
    "dantri-news_society_110", "dantri-news_society_113", "dantri-news_society_139",
    "dantri-news_society_157", "dantri-news_society_160", "dantri-news_society_177",
    "dantri-news_society_185", "dantri-news_society_212", "dantri-news_society_220",
    "dantri-news_society_249", "dantri-news_society_261", "dantri-news_travel_039",
    "dantri-news_travel_057", "dantri-news_travel_070", "dantri-news_travel_103",
    "dantri-news_travel_125", "dantri-news_travel_153", "dantri-news_travel_191",
    "dantri-news_travel_244", "vietnews-test-000670", "vietnews-test-002199",
    "vietnews-test-002277", "vietnews-test-002330", "vietnews-test-002377",
    "vietnews-test-002465", "vietnews-test-002581", "vietnews-test-002811",
    "vietnews-test-004622", "vietnews-test-005681", "vietnews-test-016067",
    "vietnews-test-016199", "vietnews-test-017223", "vietnews-test-019720",
    "vietnews-test-020418", "vietnews-test-020546", "vietnews-test-021858",
    "vietnews-train-002429", "vietnews-train-010224", "vietnews-train-010255",
    "vietnews-train-010709", "vietnews-train-011150", "vietnews-train-012544",
    "vietnews-train-012997", "vietnews-train-015555", "vietnews-train-016019",
    "vietnews-train-016803", "vietnews-train-017926", "vietnews-train-018225",
    "vietnews-train-020360", "vietnews-train-022332", "vietnews-train-025589",
    "vietnews-train-031566", "vietnews-train-063447", "vietnews-train-064195",
    "vietnews-train-065135", "vietnews-train-066577", "vietnews-train-068192",
    "vietnews-train-068481", "vietnews-train-070223", "vietnews-train-071236",
    "vietnews-train-072465", "vietnews-train-073315", "vietnews-train-077673",
    "vietnews-train-084708", "vietnews-train-086602", "vietnews-train-087837",
    "vietnews-train-089713", "vietnews-train-090815", "vietnews-train-091138",
    "vietnews-train-091987", "vietnews-train-092481", "vietnews-train-092702",
    "vietnews-train-092783", "vietnews-train-093406", "vietnews-train-093738",
    "vietnews-train-095005", "vietnews-train-095220", "vietnews-train-095767",
    "vietnews-train-096684", "vietnews-train-096742", "vietnews-train-097326",
    "vietnews-train-097443", "vietnews-train-098955", "vietnews-train-099673",
    "vietnews-train-100564", "vietnews-train-101390", "vietnews-train-103930",
    "vietnews-val-004258", "vietnews-val-008777", "vietnews-val-013261", "vietnews-val-013882",
    "vietnews-val-013936", "vietnews-val-014159", "vietnews-val-014663", "vietnews-val-015999",
    "vietnews-val-016357", "vietnews-val-018679", "vietnews-val-019350", "vietnews-val-021994",
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
        "paras": paras[:7], "author": lines[-1],
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
    teasers = sorted(set(teasers), key=lambda t: h(t, "teaser6"))
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


def caption_with(a, credit, sep=" "):
    """The caption with the credit the site adds, and the credit as printed (None when the
    caption already credits its photographer)."""
    if not a["caption"]:
        return credit, credit
    if re.search(r"Ảnh ?:", a["caption"]):
        return a["caption"], None
    return a["caption"] + sep + credit, credit


def source_of(a):
    return "Lao Động" if a["corpus"] == "vietnews-labour" else "Dân trí"


def source_url(a):
    if a["corpus"] == "vietnews-labour":
        return f"https://laodong.vn/cong-doan/{slug(a['title'])}-{600000 + h(a['id'], 'ld') % 300000}.ldo"
    return f"https://dantri.com.vn/{slug(a['title'])}-{20210000000000 + h(a['id'], 'dt') % 9999999}.htm"


# ---------------------------------------------------------------- the six sites

LAZY = 'src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" class="lazyload"'
WEEKDAYS_LOWER = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def ad_script(p, zone):
    """An ad slot with its script inside the body: no visible text."""
    p.raw(f'<div class="ads-zone" id="{zone}"><script type="text/javascript">'
          f'(function(){{var s=document.createElement("script");s.async=true;'
          f's.src="https://static.adtima.vn/z/{zone}.js";document.body.appendChild(s);}})();'
          "</script></div>")


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


def baodanang(a, n, tz):
    """Báo Đà Nẵng: OpenGraph with article:published_time and JSON-LD NewsArticle (author a
    Person) plus a BreadcrumbList; no <article>; breadcrumb 'Kinh tế › Doanh nghiệp' as a <ul>;
    'Thứ Ba, 12/11/2024, 08:30 [GMT+7]' under the title; sapo a <div class="sapo"><strong> tagged
    'ĐNO - ' in the same text; a lazy <figure> whose caption carries the credit in capitals ('Ảnh:
    HOÀNG HIỆP'); an ad slot with its script and a 'Tin liên quan' <div> with an <h3> inside the
    body; byline bold right-aligned in CAPITALS at the end ('BÀI VÀ ẢNH: ...' on page 2); 'Chia
    sẻ', 'Tin mới nhất', 'Xem thêm'; one block a line, menu on one line with ' | '."""
    crumbs = [["Kinh tế", "Doanh nghiệp"], ["Xã hội", "Đời sống"], ["Giáo dục"]][n - 1]
    url = f"https://baodanang.vn/channel/{5400 + h(a['id'], 'ch') % 300}/{a['date'].year}{a['date'].month:02d}/{slug(a['title'])}-{3100000 + h(a['id'], 'bdna') % 90000}/"
    date = f"{weekday(a)}, {dmy(a)}, {hm(a)} [GMT+7]"
    tag = "ĐNO - "
    byline = (f"Bài và ảnh: {a['author']}" if n == 2 else a["author"]).upper()
    cap, printed_credit = caption_or(a, "Ảnh minh họa", "Ảnh: HOÀNG HIỆP")
    p = Page()
    crumb_ld = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": i + 1, "name": c,
         "item": f"https://baodanang.vn/{slug(c)}/"} for i, c in enumerate(crumbs)]}
    p.raw(head(a["title"] + " | Báo Đà Nẵng",
               og(a, url, "Báo Đà Nẵng") + jsonld({
                   "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                   "description": a["lead"], "datePublished": iso(a), "dateModified": iso(a),
                   "author": {"@type": "Person", "name": a["author"]},
                   "publisher": {"@type": "Organization", "name": "Báo Đà Nẵng"}})
               + jsonld(crumb_ld)))
    p.raw('<body>\n<div id="wrapper"><div class="header"><div class="header-top">')
    p.el("a", "Báo Đà Nẵng", 'class="logo" href="/"')
    p.el("span", "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Đà Nẵng", 'class="slogan"')
    p.raw('</div><div class="mainmenu">')
    menu = ["Trang chủ", "Chính trị", "Xã hội", "Kinh tế", "Văn hóa - Văn nghệ", "Giáo dục",
            "Thể thao", "Quốc tế", "Pháp luật", "Nhịp cầu bạn đọc", "Biển đảo", "Đà Nẵng cuối tuần"]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', menu, " | ")
    p.raw('</div></div>\n<div class="main"><div class="col-left">')
    p.group(('<ul class="breadcrumb">', "</ul>"), '<li><a href="#">{t}</a></li>', crumbs, " › ")
    p.el("h1", a["title"], 'class="post-title"')
    p.el("div", date, 'class="post-date"')
    p.raw('<div class="sapo"><strong>')
    p.el("span", tag + a["lead"])
    p.raw('</strong></div>\n<div class="post-content" id="postContent">')

    def photo():
        p.raw(f'<figure class="image align-center"><img {LAZY} data-src="https://baodanang.vn/'
              f'dataimages/{a["date"].year}{a["date"].month:02d}/original/images{1400000 + h(a["id"]) % 99999}_a.jpg"'
              ' alt="">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    def inline():
        p.raw('<div class="box-relate"><h3 class="box-relate__title">')
        p.el("span", "Tin liên quan")
        p.raw("</h3>")
        p.group(('<ul>', "</ul>"), '<li><a href="#">{t}</a></li>', tz[0:2], "\n")
        p.raw("</div>")

    def between(i):
        if i == 0:
            ad_script(p, f"dng-inpage-{h(a['id'], 'ad') % 9999}")

    body(p, a, photo, inline, at=2, between=between)
    byline_p(p, byline)
    p.raw("</div>")
    p.group(('<div class="share">', "</div>"), '<a href="#">{t}</a>', ["Chia sẻ", "Facebook", "Zalo", "In"],
            " ")
    p.el("h3", "Tin mới nhất", 'class="box-title"')
    p.group(('<ul class="list-news">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:4], "\n")
    p.el("h3", "Xem thêm", 'class="box-title"')
    p.group(('<ul class="list-news">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[4:6], "\n")
    p.raw("</div></div>\n")
    foot = ["BÁO ĐÀ NẴNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM THÀNH PHỐ ĐÀ NẴNG",
            "Giấy phép số 212/GP-BTTTT do Bộ Thông tin và Truyền thông cấp",
            "Tòa soạn: 40 Hùng Vương, quận Hải Châu, TP Đà Nẵng",
            "Ghi rõ nguồn \"Báo Đà Nẵng\" khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<div class="footer">', "</div></div>"), tag="div")
    fur = ["Nhịp cầu bạn đọc", "Đà Nẵng cuối tuần", date, tag.strip(), cap, *filter(None, [printed_credit]), byline,
           "Tin liên quan", *tz[0:6], "Chia sẻ Facebook Zalo In", "Tin mới nhất", *foot]
    return p, text_of(p, False, False), url, crumbs[-1], a["author"], fur


def baohatinh(a, n, tz):
    """Báo Hà Tĩnh: no OpenGraph, no JSON-LD: <meta name="author"> naming the REPORTER and
    microdata <meta itemprop="datePublished">; breadcrumb 'Section / Sub'; 'Thứ ba, 12/11/2024 -
    08:30' (weekday in lower case); sapo an <h2 class="sapo"> tagged '(Baohatinh.vn) - ' in the
    same text; photo in a <table class="image"> with the caption cell; a 'Xem thêm: <title>'
    paragraph of the body (bold label, linked title) and an ad slot; byline bold right-aligned in
    normal case at the end, page 3 with '(Theo Báo Dân trí)' in italics on its own line after
    the name; 'Bình luận', 'Tin cùng chuyên mục'; CRLF with a blank line between blocks, menu one
    item a line."""
    crumbs = [["Thời sự", "Phòng chống dịch"], ["Xã hội", "Lao động - Việc làm"],
              ["Giáo dục"]][n - 1]
    url = f"https://baohatinh.vn/{slug(crumbs[-1])}/{slug(a['title'])}/{190000 + h(a['id'], 'bht') % 90000}.htm"
    d = a["date"]
    date = f"{WEEKDAYS_LOWER[d.weekday()]}, {dmy(a)} - {hm(a)}"
    tag = "(Baohatinh.vn) - "
    cap, credit = caption_or(a, "Ảnh minh họa", "Ảnh: Hữu Tài" if n == 2 else None)
    p = Page()
    p.raw(head(a["title"] + " | Báo Hà Tĩnh",
               f'<meta name="description" content="{html.escape(a["lead"])}">\n'
               f'<meta name="author" content="{html.escape(a["author"])}">\n'
               f'<meta itemprop="datePublished" content="{iso(a)}">\n'
               f'<meta itemprop="articleSection" content="{html.escape(crumbs[-1])}">\n'))
    p.raw('<body>\r\n<div class="wrap"><div class="header">')
    p.el("a", "Báo Hà Tĩnh", 'class="logo" href="/"')
    p.raw('</div><div class="nav"><ul>')
    menu = ["Chính trị", "Kinh tế", "Xã hội", "Văn hóa - Giải trí", "Thể thao", "Pháp luật",
            "Giáo dục", "Phòng chống dịch", "Quốc tế", "Du lịch", "Bạn đọc", "Ảnh"]
    p.group(("", ""), '<li><a href="#">{t}</a></li>', menu)
    p.raw('</ul></div>\r\n<div class="main" itemscope itemtype="https://schema.org/NewsArticle">'
          '<div class="detail">')
    p.group(('<div class="breadcrumbs">', "</div>"), '<a href="#">{t}</a>', crumbs, " / ")
    p.el("h1", a["title"], 'class="detail-title" itemprop="headline"')
    p.el("span", date, 'class="detail-time"')
    p.el("h2", tag + a["lead"], 'class="sapo" itemprop="description"')
    p.raw('<div class="detail-content" itemprop="articleBody">')

    def photo():
        p.raw('<table class="image center"><tbody><tr><td>'
              f'<img src="https://cdn.baohatinh.vn/images/{h(a["id"]) % 99999}.jpg" alt=""></td></tr><tr>')
        p.el("td", cap, 'class="image-caption"')
        p.raw("</tr></tbody></table>")

    def inline():
        p.raw('<p><strong>Xem thêm:</strong> ')
        p.raw(f'<a href="#">{html.escape(tz[0], quote=False)}</a></p>')
        p.blocks.append("Xem thêm: " + tz[0])

    def between(i):
        if i == 3:
            ad_script(p, f"bht-{h(a['id'], 'ad') % 9999}")

    body(p, a, photo, inline, at=1, between=between,
         para=lambda t: ("p", t, 'style="text-align: justify;"'))
    byline_p(p, a["author"])
    src = f"(Theo Báo {source_of(a)})" if n == 3 else None
    if src:
        byline_p(p, src, em=True)
    p.raw("</div>")
    p.group(('<div class="tags">', "</div>"), '<a href="#">{t}</a>',
            ["Từ khóa", ["An Giang", "nhà ở công nhân", "học nghề"][n - 1],
             ["nhập cảnh trái phép", "Tổng LĐLĐ", "chương trình 9+"][n - 1]])
    p.el("div", "Bình luận", 'class="comment-title"')
    p.el("button", "Gửi bình luận")
    p.el("div", "Tin cùng chuyên mục", 'class="box-title"')
    p.group(('<ul class="same">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[1:5])
    p.raw("</div></div>\r\n")
    foot = ["Báo Hà Tĩnh - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh",
            "Giấy phép số 364/GP-BTTTT",
            "Địa chỉ: 52 Phan Đình Phùng, TP Hà Tĩnh",
            "Ghi rõ nguồn Báo Hà Tĩnh khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<div class="footer">', "</div></div>"))
    fur = ["Văn hóa - Giải trí", date, tag.strip(), cap, "Xem thêm:", *tz[0:5], "Gửi bình luận",
           "Tin cùng chuyên mục", *foot]
    if credit:
        fur.append(credit)
    if src:
        fur.append(src)
    return p, text_of(p, True, True, "\r\n"), url, crumbs[-1], a["author"], fur


def thoibaonganhang(a, n, tz):
    """Thời báo Ngân hàng: OpenGraph with article:published_time and article:section, JSON-LD
    NewsArticle whose author is the ORGANIZATION (the paper) though the page names a reporter; a
    section label above the title, no breadcrumb; the reporter's name and '08:30 | 12/11/2024' on
    one line above the sapo; sapo a <p class="sapo"> holding <strong>, no tag; div soup body with
    two ad slots (scripts), photo in a table with the caption cell; a 'Tin liên quan' box <div>
    with a heading after paragraph 2; page 3 ends with 'Theo Lao Động' after the body (the
    reporter above is the author); share bar, 'Tags', 'Tin khác'; one block a line, menu one item a
    line."""
    section = ["An sinh", "Ngân hàng", "Chính sách"][n - 1]
    url = f"https://thoibaonganhang.vn/{slug(a['title'])}-{100000 + h(a['id'], 'tbnh') % 90000}.html"
    date = f"{hm(a)} | {dmy(a)}"
    cap, _ = caption_or(a, "Ảnh minh họa")
    p = Page()
    p.raw(head(a["title"] + " - Thời báo Ngân hàng",
               og(a, url, "Thời báo Ngân hàng", section=section) + jsonld({
                   "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                   "datePublished": iso(a), "image": [f"https://thoibaonganhang.vn/stores/news_dataimages/{h(a['id']) % 9999}.jpg"],
                   "author": {"@type": "Organization", "name": "Thời báo Ngân hàng"},
                   "publisher": {"@type": "Organization", "name": "Thời báo Ngân hàng"}})))
    p.raw('<body>\n<div class="site"><header><div class="topbar">')
    p.el("span", "Cơ quan thông tin của Ngân hàng Nhà nước Việt Nam", 'class="topbar__slogan"')
    p.raw("</div>")
    p.el("a", "Thời báo Ngân hàng", 'class="logo" href="/"')
    p.raw('<nav><ul class="menu">')
    menu = ["Thời sự", "Ngân hàng", "Tài chính", "Doanh nghiệp", "Chính sách", "Công nghệ",
            "Bất động sản", "An sinh", "Quốc tế", "Thị trường", "Multimedia"]
    p.group(("", ""), '<li><a href="#">{t}</a></li>', menu)
    p.raw('</ul></nav></header>\n<div class="content"><div class="main-col">')
    p.el("a", section, 'class="article-cate" href="#"')
    p.el("h1", a["title"], 'class="article-title"')
    p.raw('<div class="article-meta">')
    # the name and the date are inline spans of one <div>: one line of text
    p.raw(f'<span class="author"><a href="#">{html.escape(a["author"])}</a></span> '
          f'<span class="date">{html.escape(date)}</span></div>')
    p.blocks.append(f"{a['author']} {date}")
    p.raw('<p class="sapo"><strong>')
    p.el("span", a["lead"])
    p.raw('</strong></p>\n<div class="article-body" id="article-body">')

    def photo():
        p.raw('<table class="image"><tbody><tr><td>'
              f'<img {LAZY} data-src="https://thoibaonganhang.vn/stores/news_dataimages/{h(a["id"]) % 9999}.jpg"></td></tr><tr>')
        p.el("td", cap, 'class="image_desc"')
        p.raw("</tr></tbody></table>")

    def inline():
        p.raw('<div class="related-in"><div class="related-in__head">')
        p.el("span", "Tin liên quan")
        p.raw("</div>")
        for t in tz[0:2]:
            p.raw('<div class="related-in__item">')
            p.el("a", t, 'href="#"')
            p.raw("</div>")
        p.raw("</div>")

    def between(i):
        if i in (0, 3):
            p.raw(f'<div class="adv" data-zone="tbnh-{i}"><script async src="https://adservice.'
                  f'thoibaonganhang.vn/ads.js?z={h(a["id"], "ad", str(i)) % 9999}"></script>'
                  '<ins class="adsbygoogle" style="display:block"></ins></div>')

    body(p, a, photo, inline, at=2, between=between)
    src = "Theo Lao Động" if n == 3 else None
    if src:
        p.raw('<p style="text-align: right;">')
        p.el("em", src)
        p.raw("</p>")
    p.raw("</div>")
    p.group(('<div class="share">', "</div>"), '<a href="#">{t}</a>',
            ["Chia sẻ", "Facebook", "Twitter", "Gửi bài viết"])
    p.group(('<div class="tags">', "</div>"), '<a href="#">{t}</a>',
            ["Tags", ["giúp việc gia đình", "FE Credit", "phi công"][n - 1],
             ["lao động nữ", "công ty tài chính", "hàng không"][n - 1]])
    p.el("h3", "Tin khác", 'class="box-title"')
    p.group(('<ul class="list">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:5])
    p.raw("</div></div>\n")
    foot = ["Thời báo Ngân hàng - Cơ quan thông tin của Ngân hàng Nhà nước Việt Nam",
            "Giấy phép số 480/GP-BTTTT",
            "Tòa soạn: 10 Chu Văn An, Ba Đình, Hà Nội",
            "Bản quyền thuộc về Thời báo Ngân hàng. Cấm sao chép khi chưa được sự đồng ý bằng văn bản."]
    footer(p, foot, ('<footer class="footer">', "</footer></div>"))
    fur = ["Cơ quan thông tin của Ngân hàng Nhà nước Việt Nam", "Multimedia", date, cap,
           "Tin liên quan", *tz[0:5], "Gửi bài viết", "Tin khác", *foot]
    if src:
        fur.append(src)
    return p, text_of(p, True, False), url, section, a["author"], fur


def baotnmt(a, n, tz):
    """Báo Tài nguyên và Môi trường: <article> with <time datetime>, OpenGraph with
    article:published_time and <meta property="article:author"> naming the reporter, no JSON-LD;
    breadcrumb as an <ol>; '12/11/2024 08:30 GMT+7'; sapo the bare text of a <div class=
    "article__sapo"> (no <p>, no <strong>) tagged '(TN&MT) - '; a lazy <figure> whose caption ends
    with an italic credit '(Ảnh: Hoàng Minh)'; a 'Tin liên quan' <table> (one cell, a bold label
    and a <ul>) after paragraph 1; byline bold right-aligned in normal case at the end, with the
    agency after the name on page 2 ('Thanh Hà (TTXVN)'); 'Từ khóa:', share bar, 'Tin cùng
    chuyên mục'; a blank line between blocks, menus on one line."""
    crumbs = [["Du lịch", "Ẩm thực"], ["Xã hội", "Lao động"], ["Xã hội", "Giáo dục"]][n - 1]
    url = f"https://baotainguyenmoitruong.vn/{slug(a['title'])}-{250000 + h(a['id'], 'tnmt') % 90000}.html"
    date = f"{dmy(a)} {hm(a)} GMT+7"
    tag = "(TN&MT) - "
    byline = f"{a['author']} (TTXVN)" if n == 2 else a["author"]
    credit = "(Ảnh: Hoàng Minh)"
    cap, _ = caption_or(a, "Ảnh minh họa")
    p = Page()
    p.raw(head(a["title"] + " - Báo Tài nguyên & Môi trường",
               og(a, url, "Báo Tài nguyên & Môi trường", section=crumbs[0])
               + f'<meta property="article:author" content="{html.escape(a["author"])}">\n'))
    p.raw('<body>\n<header class="header"><div class="container">')
    p.el("a", "Báo Tài nguyên & Môi trường", 'class="header__logo" href="/"')
    p.el("span", "Cơ quan ngôn luận của Bộ Tài nguyên và Môi trường", 'class="header__slogan"')
    p.raw('</div><nav class="nav">')
    menu = ["Thời sự", "Đất đai", "Môi trường", "Tài nguyên nước", "Biển - Hải đảo",
            "Khí tượng thủy văn", "Kinh tế", "Xã hội", "Pháp luật", "Du lịch", "Bạn đọc"]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('</nav></header>\n<main class="container"><article class="article">')
    p.group(('<ol class="breadcrumb">', "</ol>"), '<li><a href="#">{t}</a></li>', crumbs, " > ")
    p.el("h1", a["title"], 'class="article__title"')
    p.raw(f'<div class="article__meta"><time datetime="{iso(a)}">{html.escape(date)}</time></div>')
    p.blocks.append(date)
    p.raw(f'<div class="article__sapo">{html.escape(tag + a["lead"], quote=False)}</div>')
    p.blocks.append(tag + a["lead"])
    p.raw('<div class="article__body">')

    def photo():
        p.raw(f'<figure class="image"><img {LAZY} data-src="https://baotainguyenmoitruong.vn/'
              f'upload/{h(a["id"]) % 99999}.jpg" alt="">')
        p.raw(f"<figcaption>{html.escape(cap, quote=False)} <em>{html.escape(credit)}</em></figcaption>")
        p.blocks.append(cap + " " + credit)
        p.raw("</figure>")

    def inline():
        p.raw('<table class="related" width="100%"><tbody><tr><td><p><strong>')
        p.el("span", "Tin liên quan")
        p.raw("</strong></p>")
        p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[0:2], "\n\n")
        p.raw("</td></tr></tbody></table>")

    body(p, a, photo, inline, at=1)
    byline_p(p, byline)
    p.raw("</div>")
    p.group(('<div class="article__tags">', "</div>"), '<a href="#">{t}</a>',
            ["Từ khóa:", ["bánh mì", "lao động Hàn Quốc", "tuyển sinh 2021"][n - 1],
             ["phố cổ Hà Nội", "EPS", "chọn ngành"][n - 1]], " ")
    p.group(('<div class="article__share">', "</div>"), '<a href="#">{t}</a>',
            ["Chia sẻ", "Facebook", "Zalo", "Sao chép link"], " ")
    p.raw("</article>")
    p.el("h2", "Tin cùng chuyên mục", 'class="section-title"')
    p.group(('<div class="list">', "</div>"), '<h3><a href="#">{t}</a></h3>', tz[2:5], "\n\n")
    p.raw("</main>\n")
    foot = ["Báo Tài nguyên & Môi trường - Cơ quan ngôn luận của Bộ Tài nguyên và Môi trường",
            "Giấy phép số 2069/GP-BTTTT",
            "Tòa soạn: 85 Nguyễn Chí Thanh, Đống Đa, Hà Nội",
            "Bản quyền thuộc Báo Tài nguyên & Môi trường. Ghi rõ nguồn khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<footer class="footer">', "</footer>"))
    fur = ["Khí tượng thủy văn", date, tag.strip(), cap + " " + credit, "Tin liên quan", *tz[0:5],
           "Chia sẻ Facebook Zalo Sao chép link", "Tin cùng chuyên mục", *foot]
    if n == 2:
        fur.append(byline)
    return p, text_of(p, False, True), url, crumbs[-1], a["author"], fur


def baogialai(a, n, tz):
    """Báo Gia Lai: no OpenGraph, no JSON-LD, no <article>, no <time>: only <title>, <meta
    name="description"> with the lead and <meta name="keywords">; breadcrumb 'Section » Sub'; 'Thứ Ba, 12/11/2024,
    08:30'; sapo a <div class="sapo"><p><strong> tagged '(GLO)- ' (no space before the dash) in the
    same text; div soup body with two ad slots and their scripts; photo in a <table> whose caption
    cell ends with the credit in capitals ('Ảnh: MINH ANH'); a 'Đọc thêm' <div> with thumbnails
    inside the body; byline bold right-aligned in CAPITALS at the end, page 3 a source credit
    alone ('Theo Lao Động', author null); 'Chia sẻ', 'Tin liên quan' after the body, 'Đọc nhiều';
    CRLF, one block a line, menu one item a line."""
    crumbs = [["Quốc tế", "Thế giới"], ["Văn hóa", "Văn nghệ"], ["Xã hội", "Lao động"]][n - 1]
    url = f"https://baogialai.com.vn/channel/{720 + h(a['id'], 'c') % 60}/{a['date'].year}{a['date'].month:02d}/{slug(a['title'])}-{2900000 + h(a['id'], 'glo') % 90000}/"
    date = f"{weekday(a)}, {dmy(a)}, {hm(a)}"
    tag = "(GLO)- "
    src = n == 3
    byline = "Theo Lao Động" if src else a["author"].upper()
    cap, credit = caption_or(a, "Ảnh minh họa", "Ảnh: MINH ANH")
    p = Page()
    p.raw(head(a["title"] + " | Báo Gia Lai điện tử",
               f'<meta name="description" content="{html.escape(a["lead"])}">\n'
               f'<meta name="keywords" content="{html.escape(crumbs[-1].lower())}, Gia Lai, Pleiku">\n'))
    p.raw('<body>\r\n<div id="page"><div id="header">')
    p.el("a", "Báo Gia Lai", 'class="logo" href="/"')
    p.el("span", "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Gia Lai", 'class="slogan"')
    p.raw('</div><div id="menu"><ul>')
    menu = ["Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Quốc tế",
            "Thể thao", "Pháp luật", "Phóng sự", "Bạn đọc", "Ẩm thực Gia Lai"]
    p.group(("", ""), '<li><a href="#">{t}</a></li>', menu)
    p.raw('</ul></div>\r\n<div id="content"><div class="col-main">')
    p.group(('<div class="breadcrumb">', "</div>"), '<a href="#">{t}</a>', crumbs, " » ")
    p.el("h1", a["title"], 'class="title"')
    p.el("div", date, 'class="date"')
    p.raw('<div class="sapo"><p><strong>')
    p.el("span", tag + a["lead"])
    p.raw('</strong></p></div>\r\n<div class="detail" id="abody">')

    def photo():
        p.raw('<table class="image" align="center" width="100%"><tbody><tr><td>'
              f'<img src="https://baogialai.com.vn/dataimages/{a["date"].year}/{h(a["id"]) % 99999}.jpg" width="620"></td></tr><tr>')
        p.el("td", cap, 'class="caption" style="text-align: center;"')
        p.raw("</tr></tbody></table>")

    def inline():
        p.raw('<div class="docthem"><div class="docthem-title">')
        p.el("span", "Đọc thêm")
        p.raw("</div>")
        for i, t in enumerate(tz[0:2]):
            p.raw(f'<div class="docthem-item"><img src="/thumb/{h(a["id"], str(i)) % 9999}.jpg" width="120">')
            p.el("a", t, 'href="#"')
            p.raw("</div>")
        p.raw("</div>")

    def between(i):
        if i in (1, 4):
            ad_script(p, f"glo-{i}-{h(a['id'], 'ad') % 999}")

    body(p, a, photo, inline, at=2, between=between,
         para=lambda t: ("p", t, 'style="text-align: justify;"'))
    byline_p(p, byline)
    p.raw("</div>")
    p.group(('<div class="share">', "</div>"), '<a href="#">{t}</a>', ["Chia sẻ", "Facebook", "Zalo"])
    p.el("div", "Tin liên quan", 'class="box-title"')
    p.group(('<ul class="related">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:4])
    p.el("div", "Đọc nhiều", 'class="box-title"')
    p.group(('<ul class="mostview">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[4:6])
    p.raw("</div></div>\r\n")
    foot = ["BÁO GIA LAI ĐIỆN TỬ",
            "Giấy phép số 88/GP-BTTTT do Bộ Thông tin và Truyền thông cấp",
            "Địa chỉ: 10 Trần Hưng Đạo, TP Pleiku, tỉnh Gia Lai",
            "Ghi rõ nguồn \"Báo Gia Lai\" khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<div id="footer">', "</div></div>"), tag="div")
    fur = ["Ẩm thực Gia Lai", date, tag.strip(), cap, "Đọc thêm", *tz[0:6],
           byline, "Đọc nhiều", *foot]
    return p, text_of(p, True, False, "\r\n"), url, crumbs[-1], None if src else a["author"], fur


def baokhanhhoa(a, n, tz):
    """Báo Khánh Hòa: OpenGraph without a date, <meta name="author"> naming the PAPER, no JSON-LD,
    no <time>, no <article>; breadcrumb 'Trang chủ - Section'; the DATE ABOVE THE TITLE,
    'Cập nhật lúc 08:30, 12/11/2024'; sapo a <p class="sapo"><em><strong>, no tag; a <figure>
    whose caption is followed by the credit in its own <p class="credit"> ('Ảnh: Tên'); a 'Bài
    liên quan' <div> with an <h4> inside the body; byline bold right-aligned in normal case at the
    end, page 2 'P.V (tổng hợp)' (author null); 'Bình luận', 'Tin cùng chuyên mục' with '(dd/mm)'
    dates; one block a line, menus on one line with ' - '."""
    crumbs = [["Trang chủ", "Giáo dục"], ["Trang chủ", "Xã hội"], ["Trang chủ", "Du lịch"]][n - 1]
    url = f"https://baokhanhhoa.vn/{slug(crumbs[-1])}/{a['date'].year}{a['date'].month:02d}/{slug(a['title'])}-{8200000 + h(a['id'], 'bkh') % 90000}/"
    date = f"Cập nhật lúc {hm(a)}, {dmy(a)}"
    pv = n == 2
    byline = "P.V (tổng hợp)" if pv else a["author"]
    cap, _ = caption_or(a, "Ảnh minh họa")
    credit = f"Ảnh: {a['author']}" if not pv else "Ảnh: Internet"
    p = Page()
    p.raw(head(a["title"] + " - Báo Khánh Hòa điện tử",
               og(a, url, "Báo Khánh Hòa", published=False)
               + '<meta name="author" content="Báo Khánh Hòa">\n'
               + f'<meta name="keywords" content="{html.escape(crumbs[-1].lower())}, Khánh Hòa, Nha Trang">\n'))
    p.raw('<body>\n<div class="page"><div class="top">')
    p.el("a", "Báo Khánh Hòa", 'class="logo" href="/"')
    p.raw('</div><div class="menu">')
    menu = ["Trang chủ", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Giáo dục", "Du lịch",
            "Thể thao", "Pháp luật", "Biển đảo", "Khánh Hòa ngày nay", "Tiếng Anh"]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', menu, " - ")
    p.raw('</div>\n<div class="main"><div class="left">')
    p.group(('<div class="path">', "</div>"), '<a href="#">{t}</a>', crumbs, " - ")
    p.el("div", date, 'class="date-update"')
    p.el("h1", a["title"], 'class="title-news"')
    p.raw('<p class="sapo"><em><strong>')
    p.el("span", a["lead"])
    p.raw('</strong></em></p>\n<div class="content-news" id="newscontent">')

    def photo():
        p.raw(f'<figure class="tplCaption"><img src="https://baokhanhhoa.vn/dataimages/{a["date"].year}/{h(a["id"]) % 99999}.jpg" alt="">')
        p.el("figcaption", cap)
        p.raw("</figure>")
        p.el("p", credit, 'class="credit" style="text-align: right;"')

    def inline():
        p.raw('<div class="lienquan">')
        p.el("h4", "Bài liên quan")
        p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[0:2], "\n")
        p.raw("</div>")

    body(p, a, photo, inline, at=3)
    byline_p(p, byline)
    p.raw("</div>")
    p.el("div", "Bình luận", 'class="binhluan"')
    p.el("div", "Tin cùng chuyên mục", 'class="box-title"')
    d = a["date"]
    others = [f"{t} ({(d - datetime.timedelta(days=i)).day:02d}/"
              f"{(d - datetime.timedelta(days=i)).month:02d})" for i, t in enumerate(tz[2:5])]
    p.group(('<ul class="cungchuyenmuc">', "</ul>"), '<li><a href="#">{t}</a></li>', others, "\n")
    p.raw("</div></div>\n")
    foot = ["Báo Khánh Hòa điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Khánh Hòa",
            "Giấy phép số 34/GP-BTTTT",
            "Tòa soạn: 3 Hàn Thuyên, Nha Trang, Khánh Hòa",
            "Ghi rõ nguồn \"Báo Khánh Hòa\" khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<div class="footer">', "</div></div>"))
    fur = ["Khánh Hòa ngày nay", date, cap, credit, "Bài liên quan", *tz[0:2], "Tin cùng chuyên mục",
           *others, *foot]
    if pv:
        fur.append(byline)
    return p, text_of(p, False, False), url, crumbs[-1], None if pv else a["author"], fur


# ---------------------------------------------------------------- plan and output

TEMPLATES = {"baodanang": baodanang, "baohatinh": baohatinh, "thoibaonganhang": thoibaonganhang,
             "baotnmt": baotnmt, "baogialai": baogialai, "baokhanhhoa": baokhanhhoa}
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
