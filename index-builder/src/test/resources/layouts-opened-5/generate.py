"""Builds the fifth opened page-layout set (formerly the fifth unseen check): 18 real corpus articles laid out as six more
Vietnamese news sites lay them out (VnEconomy, Báo Thanh Hóa, Báo Đồng Nai, Báo Xây dựng, Báo Văn
hóa, Báo Cần Thơ), each page as HTML and as the visible text a scraper saves from it, with labels.
The HTML varies most: div soup with ad slots and scripts inside the body, <article> on one site
only, an ASP.NET table layout, the sapo in <div><p><b>, in <p class>, in a bare <strong> as the
first paragraph of the body, in <h2> and in <span id=...>, tagged '(Baothanhhoa.vn) - ', '(Xây
dựng) - ' or 'VHO - '; bylines above the date, in capitals at the end, with an agency or source,
'Nhóm PV', 'PV', a wire or source credit alone; related boxes as a <table> with a header row, a
<div> with thumbnails, a bare <ul> inside the body; captions in <figure>, in table cells and as an
italic centred paragraph of the body.

  python3 index-builder/src/test/resources/layouts-opened-5/generate.py   # from the repository root

Reads ../shared/corpus (beside the repository). Writes, beside this script:
  <site>/<n>.html   the page as the site serves it
  <site>/<n>.txt    its visible text, saved with that site's scraper convention (see the README)
  labels.jsonl      one line per page, the schema of ../layouts-opened-4/labels.jsonl,
                    "half": "opened"

Written from what the real sites look like, without reading the extractor's rules; opened for
tuning on 2026-12-05 from 17:30, when the next unseen set was being written. Labels come from the corpus article's fields and from what the template prints. The articles
are named below (ARTICLES), not searched for, so the set cannot drift when the corpus grows. The
article, paragraph and page plumbing is the fourth set's (../layouts-opened-4/generate.py).
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

# The 18 articles, by site, in page order. None is used by ../layouts/, ../layouts-opened/,
# ../layouts-opened-2/, ../layouts-opened-3/ or ../layouts-opened-4/. dantri: pages that end with
# the reporter's name, whose first line (the lead) has 20 words or more, that keep five or more
# body paragraphs and whose title is a headline (not a caption or a sentence of the text).
# vietnews-labour: a clean title, a full-sentence lead of 18 words or more, a photo caption. The
# three marked (A) are agreement signings, and the signing is printed on the page.
ARTICLES = {
    "vneconomy": ["vietnews-val-008777",  # (A) firms of the two countries sign cooperation agreements
                  "dantri-news_business_049", "vietnews-train-012544"],
    "baothanhhoa": ["dantri-news_travel_039", "vietnews-test-020546", "dantri-news_health_149"],
    "baodongnai": ["vietnews-val-018679",  # (A) HAGL and Thaco sign an annex to their agreement
                   "dantri-news_society_212", "vietnews-val-022403"],
    "baoxaydung": ["dantri-news_society_106", "vietnews-train-012997", "dantri-news_travel_153"],
    "baovanhoa": ["dantri-news_society_249",
                  "vietnews-train-097443",  # (A) Viet Nam and Korea re-signed the EPS memorandum
                  "dantri-news_education_209"],
    "baocantho": ["vietnews-train-068192", "dantri-news_health_114", "vietnews-train-090815"],
}
AGREEMENTS = {"vietnews-val-008777", "vietnews-val-018679", "vietnews-train-097443"}
# Every id the other layout sets name (grep -o over ../layouts*/): teasers never come from these,
# and an article named above must not be one of them.
USED_ELSEWHERE = {
    "dantri-news_business_051", "dantri-news_business_054", "dantri-news_business_064",
    "dantri-news_business_072", "dantri-news_business_093", "dantri-news_business_095",
    "dantri-news_business_121", "dantri-news_business_197", "dantri-news_business_231",
    "dantri-news_business_239", "dantri-news_education_035", "dantri-news_education_059",
    "dantri-news_education_097", "dantri-news_education_098", "dantri-news_education_113",
    "dantri-news_education_146", "dantri-news_education_147", "dantri-news_education_160",
    "dantri-news_education_210", "dantri-news_education_212", "dantri-news_education_217",
    "dantri-news_education_222", "dantri-news_education_263", "dantri-news_education_267",
    "dantri-news_health_056", "dantri-news_health_065", "dantri-news_health_072",
    "dantri-news_health_137", "dantri-news_health_157", "dantri-news_health_163",
    "dantri-news_health_250", "dantri-news_health_264", "dantri-news_health_265",
    "dantri-news_science_046", "dantri-news_science_086", "dantri-news_society_032",
    "dantri-news_society_059", "dantri-news_society_060", "dantri-news_society_097",
    "dantri-news_society_109", "dantri-news_society_110", "dantri-news_society_113",
    "dantri-news_society_139", "dantri-news_society_157", "dantri-news_society_160",
    "dantri-news_society_177", "dantri-news_society_185", "dantri-news_society_220",
    "dantri-news_society_261", "dantri-news_travel_057", "dantri-news_travel_070",
    "dantri-news_travel_103", "dantri-news_travel_125", "dantri-news_travel_191",
    "dantri-news_travel_244", "vietnews-test-000670", "vietnews-test-002199",
    "vietnews-test-002277", "vietnews-test-002330", "vietnews-test-002377",
    "vietnews-test-002465", "vietnews-test-002581", "vietnews-test-002811",
    "vietnews-test-004622", "vietnews-test-005681", "vietnews-test-016067",
    "vietnews-test-016199", "vietnews-test-017223", "vietnews-test-019720",
    "vietnews-test-020418", "vietnews-test-021858", "vietnews-train-002429",
    "vietnews-train-010224", "vietnews-train-010255", "vietnews-train-010709",
    "vietnews-train-011150", "vietnews-train-015555", "vietnews-train-016019",
    "vietnews-train-016803", "vietnews-train-017926", "vietnews-train-018225",
    "vietnews-train-020360", "vietnews-train-022332", "vietnews-train-025589",
    "vietnews-train-031566", "vietnews-train-063447", "vietnews-train-064195",
    "vietnews-train-065135", "vietnews-train-066577", "vietnews-train-068481",
    "vietnews-train-070223", "vietnews-train-071236", "vietnews-train-072465",
    "vietnews-train-073315", "vietnews-train-077673", "vietnews-train-084708",
    "vietnews-train-086602", "vietnews-train-087837", "vietnews-train-089713",
    "vietnews-train-091138", "vietnews-train-091987", "vietnews-train-092481",
    "vietnews-train-092702", "vietnews-train-092783", "vietnews-train-093406",
    "vietnews-train-093738", "vietnews-train-095005", "vietnews-train-095220",
    "vietnews-train-095767", "vietnews-train-096684", "vietnews-train-096742",
    "vietnews-train-097326", "vietnews-train-098955", "vietnews-train-099673",
    "vietnews-train-100564", "vietnews-train-101390", "vietnews-train-103930",
    "vietnews-val-004258", "vietnews-val-013261", "vietnews-val-013882", "vietnews-val-013936",
    "vietnews-val-014159", "vietnews-val-014663", "vietnews-val-015999", "vietnews-val-016357",
    "vietnews-val-019350", "vietnews-val-021994", "vietnews-val-022111", "vietnews-val-022626",
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
    teasers = sorted(set(teasers), key=lambda t: h(t, "teaser5"))
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


def vneconomy(a, n, tz):
    """VnEconomy (Tạp chí Kinh tế Việt Nam): JSON-LD NewsArticle (author a Person) and OpenGraph
    with article:published_time; a section label above the title, no breadcrumb; the author's name
    alone on the line above '08:30 12/11/2024' (no weekday, no label); sapo a <div class="news-sapo">
    holding <p><b>, no tag; div soup body with an ad slot and its script between paragraphs, a
    'Tin liên quan' <div> with a heading inside the body; <figure> caption without a credit;
    'Chia sẻ' bar, 'Từ khóa' tags, 'Tin mới nhất', 'Đọc nhiều' after; one block a line, menu one
    item a line."""
    section = ["Thị trường", "Doanh nghiệp", "Dân sinh"][n - 1]
    url = f"https://vneconomy.vn/{slug(a['title'])}.htm"
    date = f"{hm(a)} {dmy(a)}"
    cap, _ = caption_or(a, "Ảnh minh họa.")
    p = Page()
    p.raw(head(a["title"] + " - Nhịp sống kinh tế Việt Nam & Thế giới",
               og(a, url, "VnEconomy", section=section) + jsonld({
                   "@context": "https://schema.org", "@type": "NewsArticle",
                   "mainEntityOfPage": url, "headline": a["title"], "description": a["lead"],
                   "datePublished": iso(a), "dateModified": iso(a),
                   "author": {"@type": "Person", "name": a["author"]},
                   "publisher": {"@type": "Organization", "name": "VnEconomy",
                                 "logo": {"@type": "ImageObject",
                                          "url": "https://vneconomy.vn/images/logo.png"}}})))
    p.raw('<body>\n<div class="wrapper"><header class="header"><div class="header__top">')
    p.el("a", "VnEconomy", 'class="header__logo" href="/"')
    p.el("span", "Nhịp sống kinh tế Việt Nam & Thế giới", 'class="header__slogan"')
    p.raw('</div><nav class="header__menu"><ul>')
    menu = ["Số liệu", "Tài chính", "Chứng khoán", "Đầu tư", "Thị trường", "Doanh nghiệp",
            "Bất động sản", "Kinh tế số", "Dân sinh", "Kinh tế xanh", "Thế giới", "Tiêu điểm"]
    p.group(("", ""), '<li class="menu-item"><a href="#">{t}</a></li>', menu)
    p.raw('</ul></nav></header>\n<div class="container"><div class="detail__content">')
    p.el("a", section, 'class="detail__category" href="#"')
    p.el("h1", a["title"], 'class="detail__title"')
    p.raw('<div class="detail__author-time">')
    p.el("a", a["author"], 'class="detail__author" href="#"')
    p.el("div", date, 'class="detail__time"')
    p.raw("</div>")
    p.raw('<div class="news-sapo detail__summary" data-field="sapo"><p><b>')
    p.el("span", a["lead"])
    p.raw("</b></p></div>")
    p.raw('<div class="detail__content-body" data-field="body">')

    def photo():
        p.raw('<figure class="detail__image image"><img '
              f'{LAZY} data-src="https://media.vneconomy.vn/images/upload/2019/{h(a["id"]) % 9999}.jpg"'
              ' alt="">')
        p.raw("<figcaption><p>")
        p.el("span", cap)
        p.raw("</p></figcaption></figure>")

    def inline():
        p.raw('<div class="detail__related"><h4 class="related__title">')
        p.el("span", "Tin liên quan")
        p.raw("</h4>")
        p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[0:2])
        p.raw("</div>")

    def between(i):
        if i == 1:
            ad_script(p, f"vne-inread-{h(a['id'], 'ad') % 9999}")

    body(p, a, photo, inline, at=2, between=between)
    p.raw("</div>")
    p.group(('<div class="detail__share">', "</div>"), '<a href="#">{t}</a>',
            ["Chia sẻ", "Facebook", "Zalo", "Sao chép liên kết"])
    tags = ["Từ khóa:", ["xuất nhập khẩu", "gạo ST25", "Bộ luật Lao động"][n - 1],
            ["thương mại Việt - Trung", "xuất khẩu gạo", "giờ làm thêm"][n - 1]]
    p.group(('<div class="detail__tags">', "</div>"), '<a href="#">{t}</a>', tags)
    p.raw('</div><aside class="sidebar">')
    p.el("h3", "Tin mới nhất", 'class="box-title"')
    p.group(('<ul class="box-list">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:4])
    p.el("h3", "Đọc nhiều", 'class="box-title"')
    p.group(('<ul class="box-list">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[4:6])
    p.raw("</aside></div>\n")
    foot = ["Tạp chí Kinh tế Việt Nam - Cơ quan của Hội Khoa học Kinh tế Việt Nam",
            "Giấy phép số 411/GP-BTTTT do Bộ Thông tin và Truyền thông cấp",
            "Tòa soạn: 96 Hoàng Quốc Việt, Cầu Giấy, Hà Nội",
            "© Bản quyền thuộc về VnEconomy. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản."]
    footer(p, foot, ('<footer class="footer">', "</footer></div>"))
    fur = ["Nhịp sống kinh tế Việt Nam & Thế giới", "Kinh tế xanh", date, "Tin liên quan", *tz[0:6],
           "Sao chép liên kết", "Tin mới nhất", "Đọc nhiều", *foot]
    return p, text_of(p, True, False), url, section, a["author"], fur


def baothanhhoa(a, n, tz):
    """Báo Thanh Hóa: OpenGraph with article:published_time, <meta name="author"> naming the
    PAPER (not the reporter), no <article>; breadcrumb 'Trang chủ > Section > Sub'; 'Thứ Ba,
    12/11/2024 - 08:30'; sapo a <p class="sapo"> tagged '(Baothanhhoa.vn) - ' in the same text;
    photo in a <table> with the caption cell; a 'Bài liên quan' <div> after the body; byline at the
    end, bold, right-aligned, in CAPITALS ('HỮU TÀI', 'BÀI VÀ ẢNH: ...' on page 3); share bar,
    'Tin cùng chuyên mục', comment form; CRLF with a blank line between blocks, menus on one
    line."""
    crumbs = [["Trang chủ", "Văn hóa", "Du lịch"], ["Trang chủ", "Xã hội"],
              ["Trang chủ", "Sức khỏe"]][n - 1]
    url = (f"https://baothanhhoa.vn/{slug(crumbs[-1])}/"
           f"{slug(a['title'])}-{150000 + h(a['id'], 'bth') % 90000}.htm")
    date = f"{weekday(a)}, {dmy(a)} - {hm(a)}"
    tag = "(Baothanhhoa.vn) - "
    byline = (f"Bài và ảnh: {a['author']}" if n == 3 else a["author"]).upper()
    cap, credit = caption_or(a, "Ảnh minh họa", f"Ảnh: {a['author']}" if n == 2 else None)
    p = Page()
    p.raw(head(a["title"] + " - Báo Thanh Hóa điện tử",
               og(a, url, "Báo Thanh Hóa") + '<meta name="author" content="Báo Thanh Hóa">\n'
               + '<meta name="copyright" content="Báo Thanh Hóa">\n'))
    p.raw('<body>\r\n<div id="wrapper"><div class="header">')
    p.el("a", "Báo Thanh Hóa", 'class="logo" href="/"')
    p.el("span", "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", 'class="slogan"')
    p.raw('</div><div class="nav">')
    menu = ["Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Pháp luật",
            "Thể thao", "Sức khỏe", "Bạn đọc", "Media"]
    p.group(('<ul class="menu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('</div>\r\n<div class="main-content"><div class="detail-left">')
    p.group(('<div class="breadcrumb">', "</div>"), '<a href="#">{t}</a>', crumbs,
            " > ")
    p.el("h1", a["title"], 'class="title-detail"')
    p.el("div", date, 'class="date-time"')
    p.el("p", tag + a["lead"], 'class="sapo"')
    p.raw('<div class="content-detail" id="abody">')

    def photo():
        p.raw('<table class="picture" align="center"><tbody><tr><td class="pic">'
              f'<img src="https://baothanhhoa.vn/photos/image/{h(a["id"]) % 99999}.jpg" width="640">'
              "</td></tr><tr>")
        p.el("td", cap, 'class="pCaption caption"')
        p.raw("</tr></tbody></table>")

    body(p, a, photo, None, para=lambda t: ("p", t, 'style="text-align: justify;"'))
    p.raw('<p style="text-align: right;"><strong>')
    p.el("span", byline)
    p.raw("</strong></p></div>")
    p.group(('<div class="share-tool">', "</div>"), '<a href="#">{t}</a>',
            ["Chia sẻ", "In bài viết", "Gửi email"], " ")
    p.raw('<div class="box-related">')
    p.el("div", "Bài liên quan", 'class="title-related"')
    p.group(('<ul>', "</ul>"), '<li><a href="#">{t}</a></li>', tz[0:2], " ")
    p.raw("</div>")
    p.el("div", "Tin cùng chuyên mục", 'class="title-related"')
    p.group(('<ul class="list-cungchuyenmuc">', "</ul>"), '<li><a href="#">{t}</a></li>',
            tz[2:5], " ")
    p.raw('<form class="comment-form">')
    p.el("h4", "Gửi bình luận")
    p.el("button", "Gửi")
    p.raw("</form></div></div>\r\n")
    foot = ["Báo Thanh Hóa điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa",
            "Giấy phép hoạt động báo chí điện tử số 123/GP-BTTTT",
            "Địa chỉ: 248 Trần Phú, phường Ba Đình, TP Thanh Hóa",
            "Ghi rõ nguồn Báo Thanh Hóa điện tử khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<div class="footer">', "</div></div>"), tag="div")
    fur = ["Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", date, tag.strip(),
           *filter(None, [credit]), byline, "Chia sẻ In bài viết Gửi email", "Bài liên quan",
           *tz[0:5], "Tin cùng chuyên mục", "Gửi bình luận", *foot]
    return p, text_of(p, False, True, "\r\n"), url, crumbs[-1], a["author"], fur


def baodongnai(a, n, tz):
    """Báo Đồng Nai: no OpenGraph, no JSON-LD, no <article>: only <title>, <meta name=
    "description"> with the lead and <meta name="keywords">; breadcrumb 'Trang chủ » Section';
    'Thứ ba, 12-11-2024, 08:30' (weekday in lower case, dashes); the sapo is the FIRST paragraph
    of the body container, a bare <p><strong>, no class, no tag; captions as an italic centred
    <p> of the body under the photo; a 'Tin liên quan' <table> with a header row inside the body;
    byline bold right-aligned at the end ('Nhóm PV' on page 2: author null); 'Chia sẻ', 'Các tin
    khác' with their dates; one block a line, menus on one line."""
    crumbs = [["Trang chủ", "Kinh tế"], ["Trang chủ", "Thời sự"], ["Trang chủ", "Xã hội"]][n - 1]
    url = f"http://baodongnai.com.vn/{slug(crumbs[-1])}/2019{h(a['id'], 'bdn') % 12 + 1:02d}/{slug(a['title'])}-{2900000 + h(a['id'], 'bdn2') % 90000}/"
    d = a["date"]
    date = f"{WEEKDAYS_LOWER[d.weekday()]}, {d.day:02d}-{d.month:02d}-{d.year}, {hm(a)}"
    group = n == 2
    byline = "Nhóm PV" if group else a["author"]
    cap, credit = caption_or(a, "Ảnh minh họa", "(Ảnh: Bảo Ngọc)" if n == 3 else None)
    p = Page()
    p.raw(head(a["title"] + " | Báo Đồng Nai điện tử",
               f'<meta name="description" content="{html.escape(a["lead"])}">\n'
               f'<meta name="keywords" content="{html.escape(crumbs[-1].lower())}, Đồng Nai, tin tức">\n'))
    p.raw('<body>\n<div id="header">')
    p.el("a", "Báo Đồng Nai", 'id="logo" href="/"')
    p.raw('</div><div id="menu">')
    menu = ["Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao",
            "Pháp luật", "Quốc tế", "Đồng Nai cuối tuần", "Tiếng Hoa", "Truyền hình"]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', menu, " | ")
    p.raw('</div>\n<div id="main"><div class="left-col">')
    p.group(('<div class="breadcrumb">', "</div>"), '<a href="#">{t}</a>', crumbs, " » ")
    p.el("div", date, 'class="ngay"')
    p.el("h1", a["title"], 'class="tieude"')
    p.raw('<div class="noidung">')
    p.raw("<p>")
    p.el("strong", a["lead"])
    p.raw("</p>")

    def photo():
        p.raw(f'<p style="text-align: center;"><img src="/uploads/2019/{h(a["id"]) % 9999}.jpg"'
              ' width="600" alt=""></p>')
        p.raw(f'<p style="text-align: center;"><em>{html.escape(cap, quote=False)}</em></p>')
        p.blocks.append(cap)

    def inline():
        p.raw('<table class="tinlienquan" border="1" cellpadding="4" width="100%"><tbody>'
              '<tr><th>')
        p.el("span", "Tin liên quan")
        p.raw("</th></tr>")
        for t in tz[0:2]:
            p.raw("<tr><td>")
            p.el("a", t, 'href="#"')
            p.raw("</td></tr>")
        p.raw("</tbody></table>")

    body(p, a, photo, inline, at=1)
    p.raw('<p style="text-align: right;"><strong>')
    p.el("span", byline)
    p.raw("</strong></p></div>")
    p.el("div", "Chia sẻ", 'class="share"')
    p.el("div", "Các tin khác", 'class="tinkhac-title"')
    others = [f"{t} ({(d - datetime.timedelta(days=i)).day:02d}-"
              f"{(d - datetime.timedelta(days=i)).month:02d})" for i, t in enumerate(tz[2:5])]
    p.group(('<ul class="tinkhac">', "</ul>"), '<li><a href="#">{t}</a></li>', others, "\n")
    p.raw("</div></div>\n")
    foot = ["BÁO ĐỒNG NAI ĐIỆN TỬ",
            "Giấy phép số 56/GP-BTTTT do Bộ Thông tin và Truyền thông cấp",
            "Tòa soạn: 81 Đường 30 Tháng 4, phường Thanh Bình, TP Biên Hòa, tỉnh Đồng Nai",
            "Bản quyền thuộc về Báo Đồng Nai. Ghi rõ nguồn Báo Đồng Nai khi phát hành lại thông tin."]
    footer(p, foot, ('<div id="footer">', "</div>"))
    # the caption is an italic <p> of the body itself: it must not be taken for a paragraph
    fur = ["Đồng Nai cuối tuần", date, cap, *filter(None, [credit]), "Tin liên quan", *tz[0:2],
           "Chia sẻ", "Các tin khác", *others, *foot]
    if group:
        fur.append(byline)
    return p, text_of(p, False, False), url, crumbs[-1], None if group else a["author"], fur


def baoxaydung(a, n, tz):
    """Báo Xây dựng: <article> with <time datetime>, JSON-LD NewsArticle (author a Person, or the
    Organization when the page prints 'PV') and OpenGraph with the date; two-crumb breadcrumb;
    the author as a link with 'Theo dõi' on the line above the date '12/11/2024 08:30'; sapo a <div
    class="sapo"> whose tag '(Xây dựng) - ' sits in its own <strong>; div soup body with a GPT slot,
    a 'Xem thêm' box with thumbnails; <figure> caption; on page 2 the source
    paper after the body ('Theo Tuổi Trẻ'); page 3 signed 'PV' at the end with no name above
    (author null); share bar, tags, 'Tin cùng chuyên mục'; a blank line between blocks, menu one
    item a line."""
    crumbs = [["Đô thị", "Quy hoạch"], ["Xã hội"], ["Quy hoạch - Kiến trúc", "Kiến trúc"]][n - 1]
    url = f"https://baoxaydung.com.vn/{slug(a['title'])}-{300000 + h(a['id'], 'bxd') % 90000}.html"
    date = f"{dmy(a)} {hm(a)}"
    tag = "(Xây dựng) - "
    pv = n == 3
    cap, credit = caption_or(a, "Ảnh minh họa")
    author_ld = ({"@type": "Organization", "name": "Báo Xây dựng"} if pv
                 else {"@type": "Person", "name": a["author"]})
    p = Page()
    p.raw(head(a["title"] + " | Báo Xây dựng", og(a, url, "Báo Xây dựng", section=crumbs[0]) + jsonld({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
        "description": a["lead"], "datePublished": iso(a), "author": author_ld,
        "publisher": {"@type": "Organization", "name": "Báo Xây dựng"}})))
    p.raw('<body>\n<header class="site-header"><div class="top-bar">')
    p.el("span", "Cơ quan ngôn luận của Bộ Xây dựng", 'class="top-bar__text"')
    p.raw("</div>")
    p.el("a", "Báo Xây dựng", 'class="logo" href="/"')
    p.raw('<nav class="main-menu"><ul>')
    menu = ["Thời sự", "Quy hoạch - Kiến trúc", "Hạ tầng", "Bất động sản", "Vật liệu xây dựng",
            "Đô thị", "Xã hội", "Pháp luật", "Văn hóa - Thể thao", "Kinh tế"]
    p.group(("", ""), '<li><a href="#">{t}</a></li>', menu)
    p.raw('</ul></nav></header>\n<main class="main"><article class="article">')
    p.group(('<ol class="breadcrumb">', "</ol>"), '<li><a href="#">{t}</a></li>', crumbs)
    p.el("h1", a["title"], 'class="article__title"')
    p.raw('<div class="article__meta">')
    if not pv:
        p.raw('<div class="article__author">')
        p.el("a", a["author"], 'href="#" rel="author"')
        p.el("button", "Theo dõi", 'class="follow"')
        p.raw("</div>")
    p.el("time", date, f'datetime="{iso(a)}"')
    p.raw("</div>")
    p.raw(f'<div class="sapo"><strong>{html.escape(tag)}</strong>'
          f"{html.escape(a['lead'], quote=False)}</div>")
    p.blocks.append(tag + a["lead"])
    p.raw('<div class="article__body" id="content">')

    def photo():
        p.raw(f'<figure class="image align-center"><img {LAZY} data-src="https://media.baoxaydung'
              f'.com.vn/upload/images/2019/{h(a["id"]) % 99999}.jpg">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    def inline():
        p.raw('<div class="box-xemthem">')
        p.el("div", "Xem thêm", 'class="box-xemthem__title"')
        for i, t in enumerate(tz[0:2]):
            p.raw(f'<div class="box-xemthem__item"><a href="#"><img {LAZY} data-src="/thumb/{i}.jpg"></a>')
            p.el("a", t, 'href="#" class="title"')
            p.raw("</div>")
        p.raw("</div>")

    def between(i):
        if i == 2:
            p.raw(f'<div id="div-gpt-ad-{1500000000000 + h(a["id"], "gpt") % 999999}-0">'
                  '<script>googletag.cmd.push(function(){googletag.display("inpage");});'
                  "</script></div>")

    body(p, a, photo, inline, at=1, between=between)
    end = "PV" if pv else ("Theo Tuổi Trẻ" if n == 2 else None)
    if end:
        p.raw('<p style="text-align: right;">')
        p.el("strong", end)
        p.raw("</p>")
    p.raw("</div>")
    p.group(('<div class="article__tags">', "</div>"), '<a href="#">{t}</a>',
            ["Tags", ["xã đảo", "bảo vệ trẻ em", "lâu đài"][n - 1], ["Thạnh An", "bạo hành trẻ em",
                                                                        "Hưng Yên"][n - 1]])
    p.group(('<div class="article__share">', "</div>"), '<a href="#">{t}</a>',
            ["Chia sẻ", "Facebook", "Twitter", "Zalo"])
    p.raw("</article>")
    p.el("h2", "Tin cùng chuyên mục", 'class="section-title"')
    p.group(('<div class="list-news">', "</div>"), '<h3><a href="#">{t}</a></h3>', tz[2:5])
    p.raw("</main>\n")
    foot = ["Báo Xây dựng - Cơ quan ngôn luận của Bộ Xây dựng",
            "Giấy phép số 472/GP-BTTTT",
            "Tòa soạn: 37 Lê Đại Hành, Hai Bà Trưng, Hà Nội",
            "Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản."]
    footer(p, foot, ('<footer class="footer">', "</footer>"))
    fur = ["Cơ quan ngôn luận của Bộ Xây dựng", "Vật liệu xây dựng", date, tag.strip(),
           *filter(None, [credit]), "Xem thêm", *tz[0:5], "Tin cùng chuyên mục", *foot]
    if not pv:
        fur.append("Theo dõi")
    if n == 2:
        fur.append("Theo Tuổi Trẻ")
    return p, text_of(p, True, True), url, crumbs[-1], None if pv else a["author"], fur


def baovanhoa(a, n, tz):
    """Báo Văn hóa: OpenGraph without a date, <time datetime> in the page, no <article>, no
    author in the metadata; a section label above the title; 'Thứ Ba, 12/11/2024 08:30 (GMT+07:00)';
    sapo in <h2 class="sapo"> tagged 'VHO - ' in the same text; lazy <figure> caption without a
    credit; a bare <ul> of two related links, no heading, inside the body; byline bold,
    right-aligned, in CAPITALS at the end; page 3 a source credit alone ('Theo Dân trí', author
    null); 'Từ khóa', 'Bình luận', 'Cùng chuyên mục'; CRLF, one block a line, menu one item a
    line."""
    section = ["Văn hóa", "Xã hội", "Giáo dục"][n - 1]
    url = f"http://baovanhoa.vn/{slug(section)}/articletype/articleview/articleid/{400000 + h(a['id'], 'bvh') % 90000}/{slug(a['title'])}"
    date = f"{weekday(a)}, {dmy(a)} {hm(a)} (GMT+07:00)"
    tag = "VHO - "
    src = n == 3
    byline = "Theo Dân trí" if src else a["author"].upper()
    cap, _ = caption_or(a, "Ảnh minh họa")
    p = Page()
    p.raw(head(a["title"] + " - Báo Văn Hóa Online", og(a, url, "Báo Văn Hóa", published=False)))
    p.raw('<body>\r\n<div class="header">')
    p.el("a", "Báo Văn Hóa", 'class="logo" href="/"')
    p.raw('</div><div class="menu"><ul>')
    menu = ["Thời sự", "Văn hóa", "Gia đình", "Thể thao", "Du lịch", "Văn nghệ", "Xã hội",
            "Giáo dục", "Kinh tế", "Pháp luật", "Bạn đọc", "Đời sống"]
    p.group(("", ""), '<li><a href="#">{t}</a></li>', menu)
    p.raw('</ul></div>\r\n<div class="detail">')
    p.el("a", section, 'class="cate-name" href="#"')
    p.el("h1", a["title"], 'class="detail-title"')
    p.raw(f'<time class="detail-time" datetime="{iso(a)}">{html.escape(date, quote=False)}</time>')
    p.blocks.append(date)
    p.el("h2", tag + a["lead"], 'class="sapo"')
    p.raw('<div class="detail-content" id="main-detail">')

    def photo():
        p.raw(f'<figure class="image"><img {LAZY} data-src="http://baovanhoa.vn/Portals/0/'
              f'{h(a["id"]) % 99999}.jpg" alt="">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    def inline():
        p.group(('<ul class="related-news-inline">', "</ul>"), '<li><a href="#">{t}</a></li>',
                tz[0:2])

    body(p, a, photo, inline, at=2)
    p.raw('<p style="text-align: right;"><strong>')
    p.el("span", byline)
    p.raw("</strong></p></div>")
    p.group(('<div class="tags">', "</div>"), '<a href="#">{t}</a>',
            ["Từ khóa", ["Sa Pa", "thi tiếng Hàn", "cao đẳng"][n - 1],
             ["tượng nữ thần tự do", "EPS", "hướng nghiệp"][n - 1]])
    p.raw('<div class="comment">')
    p.el("div", "Bình luận", 'class="comment-title"')
    p.el("textarea", "Nội dung bình luận", 'placeholder=""')
    p.el("button", "Gửi bình luận")
    p.raw("</div>")
    p.el("div", "Cùng chuyên mục", 'class="box-title"')
    p.group(('<ul class="same-cate">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:5])
    p.raw("</div>\r\n")
    foot = ["Báo Văn Hóa - Cơ quan của Bộ Văn hóa, Thể thao và Du lịch",
            "Giấy phép số 23/GP-BTTTT",
            "Tòa soạn: 124 Nguyễn Văn Cừ, Long Biên, Hà Nội",
            "Ghi rõ nguồn \"Báo Văn Hóa\" khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<div class="footer">', "</div>"))
    fur = ["Văn nghệ", date, tag.strip(), *tz[0:5], byline, "Nội dung bình luận",
           "Gửi bình luận", "Cùng chuyên mục", *foot]
    return p, text_of(p, True, False, "\r\n"), url, section, None if src else a["author"], fur


def baocantho(a, n, tz):
    """Báo Cần Thơ: an ASP.NET page laid out in tables, no metadata beyond <title>, <meta
    name="keywords"> and a <meta name="description"> that is the SITE's, not the lead; breadcrumb
    'Section » Sub' in a table cell; 'Cập nhật: 12-11-2024 08:30:00'; sapo a bold
    <span id="...lblTomTat">, no tag; photo in a <table>, caption in the cell below; no related
    box in the body; byline at the end in normal case with 'Bài, ảnh:' or 'Tin:'; page 1 a wire
    credit alone ('Theo TTXVN/Vietnam+', author null); 'Gửi bạn bè', 'In', 'Các tin, bài đã đăng'
    with dates; a blank line between blocks, menus on one line."""
    crumbs = [["Kinh tế", "Doanh nghiệp"], ["Y tế", "Sức khỏe"], ["Chính trị", "Thời sự"]][n - 1]
    url = f"https://baocantho.com.vn/{slug(a['title'])}-a{110000 + h(a['id'], 'bct') % 90000}.html"
    date = f"Cập nhật: {a['date'].day:02d}-{a['date'].month:02d}-{a['date'].year} {hm(a)}:00"
    wire = n == 1
    byline = "Theo TTXVN/Vietnam+" if wire else (f"Bài, ảnh: {a['author']}" if n == 2
                                                 else f"Tin: {a['author']}")
    cap, credit = caption_or(a, "Ảnh minh họa: Internet")
    p = Page()
    p.raw(head(a["title"] + " - Báo Cần Thơ Online",
               '<meta name="description" content="Báo Cần Thơ Online - Cơ quan của Đảng bộ Đảng '
               'Cộng sản Việt Nam thành phố Cần Thơ">\n'
               f'<meta name="keywords" content="{html.escape(crumbs[-1])}, Cần Thơ, tin tức">\n'))
    p.raw('<body>\n<form method="post" action="./" id="form1">'
          '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWAg==">'
          '<table id="tblMain" width="980" cellspacing="0" cellpadding="0" align="center"><tr><td>')
    p.el("a", "Báo Cần Thơ Online", 'id="hplLogo" href="/"')
    p.raw('</td></tr><tr><td class="menu">')
    menu = ["Trang nhất", "Chính trị", "Kinh tế", "Xã hội", "Y tế", "Giáo dục", "Văn hóa",
            "Thể thao", "Quốc tế", "Khoa học - Công nghệ", "Đô thị", "Cần Thơ Xưa và Nay"]
    p.group(("", ""), '<a href="#" class="menu-item">{t}</a>', menu, " | ")
    p.raw('</td></tr>\n<tr><td><table width="100%"><tr><td valign="top" width="660">')
    p.group(('<div class="path">', "</div>"), '<a href="#">{t}</a>', crumbs, " » ")
    p.el("span", a["title"], 'id="ContentPlaceHolder1_lblTitle" class="title"')
    p.el("span", date, 'id="ContentPlaceHolder1_lblDate" class="date"')
    p.raw('<div class="tomtat"><b>')
    p.el("span", a["lead"], 'id="ContentPlaceHolder1_lblTomTat"')
    p.raw('</b></div><span id="ContentPlaceHolder1_lblNoiDung" class="noidung">')

    def photo():
        p.raw('<table width="500" align="center" cellpadding="3"><tr><td>'
              f'<img src="/uploads/news/2019_{h(a["id"]) % 9999}.jpg" width="500" border="0"></td></tr><tr>')
        p.el("td", cap, 'align="center" class="chuthich"')
        p.raw("</tr></table>")

    body(p, a, photo, None, para=lambda t: ("div", t, 'align="justify"'))
    p.raw('<div align="right"><b>')
    p.el("span", byline)
    p.raw("</b></div></span>")
    p.group(('<div class="congcu">', "</div>"), '<a href="#">{t}</a>', ["Gửi bạn bè", "In"], " ")
    p.el("div", "Các tin, bài đã đăng", 'class="cactinkhac"')
    d = a["date"]
    others = [f"{t} ({(d - datetime.timedelta(days=i + 1)).day:02d}/"
              f"{(d - datetime.timedelta(days=i + 1)).month:02d})" for i, t in enumerate(tz[0:4])]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', others, "\n\n")
    p.raw("</td></tr></table></td></tr></table></form>\n")
    foot = ["BÁO CẦN THƠ ONLINE - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM THÀNH PHỐ CẦN THƠ",
            "Giấy phép số 91/GP-BTTTT",
            "Địa chỉ: 12 Hòa Bình, phường Tân An, quận Ninh Kiều, TP Cần Thơ",
            "Ghi rõ nguồn Báo Cần Thơ khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<div class="footer">', "</div>"), tag="div")
    fur = ["Cần Thơ Xưa và Nay", date, byline, "Gửi bạn bè In", "Các tin, bài đã đăng", *others,
           *foot]
    if not a["caption"]:
        fur.append(cap)
    return p, text_of(p, False, True), url, crumbs[-1], None if wire else a["author"], fur


# ---------------------------------------------------------------- plan and output

TEMPLATES = {"vneconomy": vneconomy, "baothanhhoa": baothanhhoa, "baodongnai": baodongnai,
             "baoxaydung": baoxaydung, "baovanhoa": baovanhoa, "baocantho": baocantho}

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
