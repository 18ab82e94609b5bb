#!/usr/bin/env python3
"""Builds the second opened page-layout set (formerly the second unseen check): 18 real corpus
articles laid out as six more
Vietnamese news sites lay them out (VTC News, 24h, Báo Quốc tế, Báo Giao thông, Hà Nội Mới,
Báo Nghệ An), each page as HTML and as the visible text a scraper saves from it, with labels.

  python3 index-builder/src/test/resources/layouts-opened-2/generate.py   # from the repository root

Reads ../shared/corpus (beside the repository). Writes, beside this script:
  <site>/<n>.html   the page as the site serves it
  <site>/<n>.txt    its visible text, saved with that site's scraper convention (see the README)
  labels.jsonl      one line per page, the schema of ../layouts-opened/labels.jsonl, "half": "opened"

Written from what the real sites look like, without reading the extractor's rules and never tuned
on. Labels come from the corpus article's fields and from what the template prints. The articles
are named below (ARTICLES), not searched for, so the set cannot drift when the corpus grows.
Deterministic (hashes, no clock, no randomness). Standard library only.
"""
import datetime
import gzip
import hashlib
import html
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[4]
CORPUS = ROOT.parent / "shared" / "corpus"

# The 18 articles, by site, in page order. None is used by ../layouts/ or ../layouts-opened/.
# dantri: society, travel, science and education pages that end with the reporter's name and whose
# title words are in the URL slug. vietnews-labour: clean title, a full-sentence lead of 12 words
# or more. The three marked (A) are agreement signings (ký kết + thỏa thuận / hợp tác).
ARTICLES = {
    "vtcnews": ["dantri-news_society_185", "vietnews-train-010255", "dantri-news_travel_125"],
    "24h": ["vietnews-train-065135",  # (A) Vincommerce and the HCMC Women's Union
            "dantri-news_society_177", "vietnews-train-100564"],
    "baoquocte": ["dantri-news_science_086",
                  "vietnews-train-064195",  # (A) HAGL and THACO, strategic cooperation
                  "dantri-news_travel_103"],
    "baogiaothong": ["vietnews-val-014159",  # (A) PVN and Viettel, comprehensive cooperation
                     "dantri-news_society_113", "vietnews-train-011150"],
    "hanoimoi": ["dantri-news_education_222", "vietnews-train-092481", "vietnews-train-070223"],
    "baonghean": ["dantri-news_travel_191", "vietnews-test-005681", "dantri-news_society_261"],
}
AGREEMENTS = {"vietnews-train-065135", "vietnews-train-064195", "vietnews-val-014159"}
# Every id the other two layout sets use (their labels and generators): teasers never come from
# these, and an article named above must not be one of them.
USED_ELSEWHERE = {
    # ../layouts/
    "vietnews-train-022332", "dantri-news_business_239", "vietnews-train-092783",
    "vietnews-val-013882", "dantri-news_health_163", "vietnews-val-015999",
    "vietnews-train-002429", "dantri-news_business_064", "vietnews-train-103930",
    "vietnews-train-063447", "dantri-news_health_265", "vietnews-train-099673",
    "vietnews-train-095767", "dantri-news_education_059", "vietnews-train-096684",
    "vietnews-val-016357", "dantri-news_education_267", "vietnews-train-089713",
    "vietnews-train-093406", "dantri-news_business_093", "vietnews-val-022626",
    "vietnews-train-010224", "dantri-news_health_264", "vietnews-train-018225",
    "vietnews-train-020360", "dantri-news_business_051", "vietnews-train-025589",
    "vietnews-train-097326", "dantri-news_business_231", "vietnews-test-019720",
    "vietnews-train-093738", "dantri-news_business_095", "vietnews-train-017926",
    "vietnews-train-087837", "dantri-news_society_220", "vietnews-train-071236",
    # ../layouts-opened/
    "dantri-news_education_146", "vietnews-train-015555", "dantri-news_education_263",
    "vietnews-test-017223", "dantri-news_society_097", "vietnews-train-092702",
    "dantri-news_education_210", "vietnews-train-095220", "dantri-news_education_098",
    "vietnews-train-077673", "vietnews-train-101390", "dantri-news_society_110",
    "vietnews-test-016067", "dantri-news_education_113", "vietnews-test-020418",
    "dantri-news_education_212", "vietnews-train-084708", "dantri-news_society_109",
}

REPORTERS = ["Minh Châu", "Phương Thảo", "Đức Anh", "Lan Hương", "Trọng Tùng", "Hải Yến",
             "Việt Hùng", "Thu Trang", "Bảo Ngọc", "Văn Long", "Khánh Linh", "Tiến Dũng"]
PHOTOGRAPHERS = ["Hồ Sĩ Minh", "Đình Tuân", "Thành Cường"]  # Báo Nghệ An's photo credits
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
SCRAPED = datetime.date(2024, 11, 12)  # the day the pages were "saved" (a Tuesday)
SIGNING = re.compile(r"(ký|kí) kết", re.I)


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
        n = 2 + h(a["id"], "p", str(k)) % 2
        paras.append(" ".join(sents[i:i + n]))
        i, k = i + n, k + 1
    d = datetime.date(2016, 2, 1) + datetime.timedelta(days=h(a["id"], "date") % 1400)
    floor = latest_date_in(" ".join([a["lead"], *paras[:1]]))
    if floor and d <= floor:  # never dated before the event the story opens with
        d = floor + datetime.timedelta(days=1 + h(a["id"], "after") % 3)
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
            elif a["id"] not in USED_ELSEWHERE and 30 <= len(t) <= 110 and " ' " not in t \
                    and not t.startswith(("'", '"')) and t != t.upper():
                teasers.append(t)
    with gzip.open(CORPUS / "dantri-unc.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if a["id"] in wanted:
                found[a["id"]] = dantri_article(a)
    assert set(found) == wanted, wanted - set(found)
    teasers.sort(key=lambda t: h(t, "teaser2"))
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


def og(a, url, site_name, published=True):
    m = [f'<meta property="og:site_name" content="{html.escape(site_name)}">',
         '<meta property="og:type" content="article">',
         f'<meta property="og:title" content="{html.escape(a["title"])}">',
         f'<meta property="og:description" content="{html.escape(a["lead"])}">',
         f'<meta property="og:url" content="{html.escape(url)}">']
    if published:
        m.append(f'<meta property="article:published_time" content="{iso(a)}">')
    return "\n".join(m) + "\n"


def jsonld(d):
    return ('<script type="application/ld+json">' + json.dumps(d, ensure_ascii=False)
            + "</script>\n")


def slug(title):
    keep = "".join(c if c.isalnum() else "-" for c in title.lower())
    return "-".join(x for x in keep.split("-") if x)[:70]


def body(p, a, photo=None, inline=None, at=2, para=lambda t: ("p", t)):
    """The article's paragraphs, a photo after the first, an inline box after paragraph `at`."""
    for i, t in enumerate(a["paras"]):
        p.el(*para(t))
        if i == 0 and photo:
            photo()
        if i == at and inline:
            inline()


def footer(p, lines, wrap=('<footer>', "</footer>")):
    p.raw(wrap[0])
    for t in lines:
        p.el("p", t)
    p.raw(wrap[1] + "\n</body>\n</html>\n")


# ---------------------------------------------------------------- the six sites

def vtcnews(a, n, tz):
    """VTC News: JSON-LD + OpenGraph; breadcrumb and 'Thứ Năm, 15/04/2021 11:23 (GMT+07:00)'
    ABOVE the title; sapo tagged '(VTC News) - '; 'Bài liên quan' box in the body; author at the
    end, right-aligned; comment form; one block a line, menu one item a line."""
    crumbs = {"labour": ["Xã hội", "Lao động - Việc làm"], "society": ["Xã hội"],
              "travel": ["Đời sống", "Du lịch"]}[a["topic"]]
    url = f"https://vtc.vn/{slug(a['title'])}-ar{600000 + h(a['id'], 'vtc') % 300000}.html"
    date = f"{weekday(a)}, {dmy(a)} {hm(a)} (GMT+07:00)"
    byline = a["author"] + (" (Tổng hợp)" if n == 3 else "")
    p = Page()
    p.raw(head(a["title"] + " - VTC News", og(a, url, "Báo điện tử VTC News") + jsonld({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
        "description": a["lead"], "datePublished": iso(a), "dateModified": iso(a),
        "author": {"@type": "Person", "name": a["author"]},
        "publisher": {"@type": "Organization", "name": "VTC News"}, "mainEntityOfPage": url})))
    p.raw('<body><header class="vtc-header">')
    p.el("a", "VTC News", 'class="logo" href="/"')
    menu = ["Thời sự", "Thế giới", "Kinh tế", "Giải trí", "Thể thao", "Pháp luật", "Sức khỏe",
            "Khoa học - Công nghệ", "Giáo dục", "Đời sống", "Video", "Podcast"]
    p.group(('<nav><ul class="main-menu">', "</ul></nav>"), '<li><a href="#">{t}</a></li>', menu)
    p.raw('</header>\n<section class="detail-wrap"><div class="breadcrumb">')
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', crumbs, " / ")
    p.el("span", date, f'class="time-update" data-date="{iso(a)}"')
    p.raw("</div>")
    p.el("h1", a["title"], 'class="font28 bold"')
    p.raw('<h2 class="font18 bold inline-nb">')
    p.el("span", "(VTC News) - ", 'class="vtc-tag"', show=False)
    p.raw(html.escape(a["lead"], quote=False) + "</h2>")
    p.blocks.append("(VTC News) - " + a["lead"])
    p.raw('<div class="edittor-content">')

    def photo():
        p.raw('<figure class="expNoEdit"><img src="/vtc.jpg" alt="">')
        p.el("figcaption", (a["caption"] + " (Ảnh minh họa)") if a["caption"]
             else "Ảnh minh họa.")
        p.raw("</figure>")

    def inline():
        p.raw('<div class="related-inline">')
        p.el("p", "Bài liên quan", 'class="rel-title"')
        p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[0:2])
        p.raw("</div>")

    body(p, a, photo, inline, at=2)
    p.el("p", byline, 'class="author" style="text-align:right"')
    p.raw("</div>")
    p.group(('<div class="tags"><span>', "</span></div>"), '<a href="#">{t}</a>',
            ["Từ khóa:", crumbs[-1], "tin nóng"], " ")
    p.el("div", "Thích Chia sẻ", 'class="share-bar"')
    p.raw('<form class="comment-form">')
    comment = ["Bình luận", "Gửi bình luận", "Họ và tên", "Email",
               "Bình luận của bạn sẽ được biên tập trước khi đăng"]
    for t in comment:
        p.el("label", t)
    p.raw("</form>")
    p.el("h3", "Tin mới nhất", 'class="box-title"')
    p.group(('<ul class="list-news">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:5])
    p.raw("</section>\n")
    foot = ["Báo điện tử VTC News",
            "Cơ quan chủ quản: Đài Truyền hình Kỹ thuật số VTC",
            "Giấy phép hoạt động báo điện tử số 428/GP-BTTTT",
            "© Bản quyền thuộc về VTC News. Cấm sao chép dưới mọi hình thức nếu không có sự "
            "chấp thuận bằng văn bản."]
    footer(p, foot)
    fur = ["(VTC News) -", "Khoa học - Công nghệ", "Bài liên quan", *tz[0:5], byline,
           "Từ khóa:", "Thích Chia sẻ", *comment, "Tin mới nhất", *foot]
    return p, text_of(p, True, False), url, crumbs[-1], a["author"], fur


def h24(a, n, tz):
    """24h: OpenGraph without a date, the date only in <meta itemprop>; 'Trang chủ' breadcrumb;
    'Thứ Năm, ngày 15/04/2021 11:23 AM (GMT+7)' under the title (12-hour clock); bold sapo, no
    tag; '► ' teasers inside the body; 'Theo Tên (Báo X)' credit and 'Nguồn: [Link nguồn]' at
    the end, or the wire credit alone; CRLF, blank line between blocks, menu on one line."""
    crumbs = {"labour": ["Trang chủ", "Tin tức trong ngày"],
              "society": ["Trang chủ", "Tin tức trong ngày", "Đời sống đô thị"]}[a["topic"]]
    url = f"https://www.24h.com.vn/{slug(a['title'])}-c46a{1200000 + h(a['id'], '24h') % 400000}.html"
    hh, mm = a["time"]
    date = f"{weekday(a)}, ngày {dmy(a)} {(hh - 1) % 12 + 1:02d}:{mm:02d} {'PM' if hh >= 12 else 'AM'} (GMT+7)"
    wire = n == 3  # a TTXVN wire story: no reporter named
    credit = "Theo TTXVN" if wire else \
        f"Theo {a['author']} ({'Báo Lao Động' if a['topic'] == 'labour' else 'Dân trí'})"
    p = Page()
    p.raw(head(a["title"], og(a, url, "Tin tức 24h", published=False)
               + f'<meta itemprop="datePublished" content="{iso(a)}">\n'))
    p.raw('<body>\r\n<div id="header">')
    p.el("a", "24h", 'class="logo24h"')
    menu = ["Bóng đá", "Tin tức trong ngày", "Kinh doanh", "Thể thao", "Phim", "Thời trang",
            "Ẩm thực", "Làm đẹp", "Sức khỏe", "Du lịch", "Công nghệ thông tin", "Giáo dục - du học"]
    p.group(('<ul class="mnu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu)
    p.raw('</div>\r\n<div class="cate-24h-foot-arti">')
    p.group(('<div class="brmCne">', "</div>"), '<a href="#">{t}</a>', crumbs, " > ")
    p.el("h1", a["title"], 'class="clrTit bld"')
    p.el("div", date, 'class="cate-24h-foot-arti-deta-cre-post"')
    p.el("h2", a["lead"], 'class="ctTp"')
    p.raw('<article class="cate-24h-foot-arti-deta-info">')

    def photo():
        p.raw('<p class="img_chu_thich_0407"><img src="/24h.jpg">')
        p.el("i", (a["caption"] if a["caption"] else "Ảnh minh họa") + " (Ảnh: Internet)")
        p.raw("</p>")

    def inline():
        p.raw('<div class="bv-lq">')
        for t in tz[0:2]:
            p.el("a", "► " + t, 'href="#"')
        p.raw("</div>")

    body(p, a, photo, inline, at=1)
    p.el("div", credit, 'class="nguontin" align="right"')
    p.el("div", "Nguồn: [Link nguồn]", 'class="linkOrigin"')
    p.raw("</article>")
    p.group(('<div class="tag-box">', "</div>"), '<a href="#">{t}</a>',
            ["Tin bài cùng chủ đề", crumbs[-1]], " ")
    p.el("div", "Chia sẻ Facebook Zalo", 'class="share24h"')
    p.el("h3", "Tin bài cùng chuyên mục", 'class="clrTit"')
    p.group(('<ul class="lst-rel">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:5],
            "\r\n\r\n")
    p.raw("</div>\r\n")
    foot = ["Tin tức 24h - Trang thông tin điện tử tổng hợp",
            "Giấy phép số 332/GP-TTĐT do Sở Thông tin và Truyền thông Hà Nội cấp",
            "Trụ sở: Tầng 12, Tòa nhà Geleximco, 36 Hoàng Cầu, Đống Đa, Hà Nội",
            "© 2006 - 2024 Công ty Cổ phần Quảng cáo Trực tuyến 24H"]
    footer(p, foot, ('<div class="footer">', "</div>"))
    fur = ["Bóng đá Tin tức trong ngày Kinh doanh", "Trang chủ", *["► " + t for t in tz[0:2]],
           *tz[2:5], credit, "Nguồn: [Link nguồn]", "Tin bài cùng chủ đề", "Chia sẻ Facebook Zalo",
           "Tin bài cùng chuyên mục", *foot, "(Ảnh: Internet)"]
    return (p, text_of(p, False, True, "\r\n"), url, crumbs[-1], None if wire else a["author"],
            fur)


def baoquocte(a, n, tz):
    """Báo Quốc tế (Thế giới & Việt Nam): OpenGraph without a date + <time datetime>; '11:23 |
    15/04/2021' under the title; sapo opened by the 'TGVN. ' tag; photo caption with '(Nguồn: …)';
    author then '(theo …)' source at the end; 'Tin liên quan' after the body; tags; one block a
    line, menus on one line."""
    crumbs = {"labour": ["Kinh tế", "Doanh nghiệp"], "science": ["Khoa học - Công nghệ"],
              "travel": ["Văn hóa", "Du lịch"]}[a["topic"]]
    url = f"https://baoquocte.vn/{slug(a['title'])}-{100000 + h(a['id'], 'bqt') % 200000}.html"
    date = f"{hm(a)} | {dmy(a)}"
    source = {"labour": "theo Báo Lao Động", "science": "theo Dân trí", "travel": "theo Dân trí"}[
        a["topic"]]
    p = Page()
    p.raw(head(a["title"] + " | Báo Quốc tế", og(a, url, "Báo Quốc tế", published=False)))
    p.raw('<body><div class="top-bar">')
    p.el("a", "Báo Quốc tế", 'class="logo"')
    top = ["English", "中文", "Tòa soạn", "Liên hệ quảng cáo"]
    p.group(('<ul class="top-links">', "</ul>"), '<li><a href="#">{t}</a></li>', top, " | ")
    menu = ["Thời sự", "Kinh tế", "Ngoại giao", "Người Việt bốn phương", "Văn hóa",
            "Khoa học - Công nghệ", "Thế giới", "Việt Nam hội nhập", "Multimedia"]
    p.group(('<ul class="menu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu)
    p.raw('</div>\n<div class="article">')
    p.group(('<div class="breadcrumbs">', "</div>"), '<a href="#">{t}</a>', crumbs, " » ")
    p.el("h1", a["title"], 'class="article-title"')
    p.raw(f'<div class="article-meta"><time datetime="{iso(a)}">')
    p.el("span", date)
    p.raw("</time></div>")
    p.el("div", "TGVN. " + a["lead"], 'class="article-sapo"')
    p.raw('<div class="article-body">')

    def photo():
        p.raw('<div class="article-photo"><img src="/tgvn.jpg">')
        p.el("p", (a["caption"] or "Ảnh minh họa.") + " (Nguồn: TTXVN)", 'class="caption"')
        p.raw("</div>")

    body(p, a, photo)
    p.el("p", a["author"], 'class="author"')
    p.el("p", f"({source})", 'class="source"')
    p.raw("</div>")
    p.el("div", "Tin liên quan", 'class="title-related"')
    p.group(('<ul class="related">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[0:3], "\n")
    p.group(('<div class="tags">', "</div>"), '<a href="#">{t}</a>',
            ["#hợp tác", "#doanh nghiệp"] if a["topic"] == "labour"
            else ["#" + crumbs[-1].lower(), "#Việt Nam"], "  ")
    p.el("div", "Đọc thêm", 'class="title-more"')
    p.group(('<ul class="more">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[3:5], "\n")
    p.raw("</div>\n")
    foot = ["Báo Thế giới & Việt Nam - Cơ quan ngôn luận của Bộ Ngoại giao",
            "Giấy phép hoạt động báo điện tử số 362/GP-BTTTT",
            "Địa chỉ: Số 40 Trần Phú, Ba Đình, Hà Nội",
            "Bản quyền thuộc về Báo Thế giới & Việt Nam. Ghi rõ nguồn khi phát hành lại thông tin "
            "từ website này."]
    footer(p, foot, ('<div class="footer">', "</div>"))
    fur = ["English | 中文 | Tòa soạn", "Người Việt bốn phương", "TGVN.", "(Nguồn: TTXVN)",
           f"({source})", "Tin liên quan", *tz[0:5], "Đọc thêm", *foot]
    return p, text_of(p, False, False), url, crumbs[-1], a["author"], fur


def baogiaothong(a, n, tz):
    """Báo Giao thông: JSON-LD (author a list of Persons) + <meta name="author">; author and
    '15/04/2021 11:23 GMT+7' on one row BETWEEN title and sapo; bold sapo, no tag; 'Xem thêm'
    teaser inside the body; 'Tags'; share and comment bar; blank line between blocks, menu one
    item a line."""
    section = {"labour": "Xã hội", "society": "Đời sống"}[a["topic"]]
    url = f"https://www.baogiaothong.vn/{slug(a['title'])}-{192210000 + h(a['id'], 'bgt') % 90000}.htm"
    date = f"{dmy(a)} {hm(a)} GMT+7"
    p = Page()
    p.raw(head(a["title"] + " | Báo Giao thông",
               f'<meta name="author" content="{html.escape(a["author"])}">\n'
               + f'<meta name="description" content="{html.escape(a["lead"])}">\n' + jsonld({
                   "@context": "https://schema.org", "@type": "NewsArticle",
                   "headline": a["title"], "datePublished": iso(a), "articleSection": section,
                   "author": [{"@type": "Person", "name": a["author"]}],
                   "publisher": {"@type": "Organization", "name": "Báo Giao thông"}})))
    p.raw('<body><div class="header">')
    p.el("a", "Báo Giao thông", 'class="logo"')
    menu = ["Thời sự", "An toàn giao thông", "Xã hội", "Kinh tế", "Đời sống", "Pháp luật",
            "Thế giới", "Xe+", "Văn hóa - Giải trí", "Thể thao", "Bạn đọc"]
    p.group(('<ul class="nav">', "</ul>"), '<li><a href="#">{t}</a></li>', menu)
    p.raw('</div>\n<div class="detail">')
    p.el("a", section, 'class="catname" href="#"')
    p.el("h1", a["title"], 'class="detail-title"')
    p.raw('<div class="detail-author-date">')
    p.el("a", a["author"], 'class="author" href="#"')
    p.el("span", date, f'class="time" data-time="{iso(a)}"')
    p.raw("</div>")
    p.el("h2", a["lead"], 'class="detail-sapo"')
    p.raw('<div class="detail-content">')

    def photo():
        p.raw('<figure class="image"><img src="/bgt.jpg">')
        p.el("figcaption", a["caption"] or "Ảnh minh họa")
        p.raw("</figure>")

    def inline():
        p.raw('<div class="box-xemthem">')
        p.el("strong", "Xem thêm:")
        p.el("a", tz[0], 'href="#"')
        p.raw("</div>")

    body(p, a, photo, inline, at=3)
    p.raw("</div>")
    p.group(('<div class="tags">', "</div>"), '<a href="#">{t}</a>',
            ["Tags:", section.lower(), "người lao động" if a["topic"] == "labour" else "hà nội"],
            " ")
    p.el("div", "Chia sẻ Bình luận (0)", 'class="share-cmt"')
    p.el("div", "Tin cùng chuyên mục", 'class="box-title"')
    p.group(('<ul class="box-list">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[1:4], "\n\n")
    p.raw("</div>\n")
    foot = ["Báo Giao thông - Cơ quan của Bộ Giao thông Vận tải",
            "Giấy phép số 189/GP-BTTTT",
            "Tòa soạn: Số 2 Lương Văn Can, Hoàn Kiếm, Hà Nội - Đường dây nóng: 0904 557 557",
            "Ghi rõ nguồn \"Báo Giao thông\" khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<div class="footer">', "</div>"))
    fur = ["An toàn giao thông", "Văn hóa - Giải trí", "Xem thêm:", *tz[0:4], "Tags:",
           "Chia sẻ Bình luận (0)", "Tin cùng chuyên mục", *foot]
    return p, text_of(p, True, True), url, section, a["author"], fur


def hanoimoi(a, n, tz):
    """Hà Nội Mới: NO metadata; header clock (the day the page was saved) and weather in the same
    'Thứ Ba, 12/11/2024' form the article date uses ('Thứ Năm, 15/04/2021 - 11:23'); sapo tagged
    '(HNM) - '; 'Tin liên quan' list inside the body; author in bold at the end, or 'Nhóm PV'
    (no reporter named); CRLF, one block a line."""
    crumbs = {"labour": ["Xã hội", "Lao động - Việc làm"],
              "education": ["Giáo dục"]}[a["topic"]]
    url = f"https://hanoimoi.vn/{slug(a['title'])}-{500000 + h(a['id'], 'hnm') % 400000}.html"
    date = f"{weekday(a)}, {dmy(a)} - {hm(a)}"
    group = n == 3  # a team story: 'Nhóm PV', no reporter named
    byline = "Nhóm PV" if group else a["author"]
    p = Page()
    p.raw("<!DOCTYPE html>\r\n<html>\r\n<head>\r\n<meta charset=\"utf-8\">\r\n"
          f"<title>{html.escape(a['title'])}</title>\r\n</head>\r\n")
    p.raw('<body><div class="hnm-top">')
    clock = f"{WEEKDAYS[SCRAPED.weekday()]}, {SCRAPED.day:02d}/{SCRAPED.month:02d}/{SCRAPED.year}"
    weather = "Hà Nội 24°C"
    p.el("span", clock, 'class="today"')
    p.el("span", weather, 'class="weather"')
    p.el("a", "Hànộimới", 'class="logo"')
    menu = ["Chính trị", "Thời sự", "Kinh tế", "Đô thị", "Xã hội", "Văn hóa", "Giáo dục",
            "Thể thao", "Pháp luật", "Quốc tế", "Bạn đọc"]
    p.group(('<ul class="menu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " | ")
    p.raw('</div>\r\n<div class="hnm-detail">')
    p.group(('<div class="path">', "</div>"), '<a href="#">{t}</a>', crumbs, " > ")
    p.el("h1", a["title"])
    p.el("div", date, 'class="date"')
    p.el("div", "(HNM) - " + a["lead"], 'class="summary"')
    p.raw('<div class="content">')

    def inline():
        p.raw('<div class="tinlienquan">')
        p.el("b", "Tin liên quan")
        p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[0:3], "\r\n")
        p.raw("</div>")

    def photo():
        p.raw('<table class="image"><tr><td><img src="/hnm.jpg"></td></tr><tr>')
        p.el("td", a["caption"] or "Ảnh minh họa", 'class="caption"')
        p.raw("</tr></table>")

    body(p, a, photo, inline, at=1)
    p.el("p", byline, 'class="author" style="text-align:right;font-weight:bold"')
    p.raw("</div>")
    p.group(('<div class="keywords">', "</div>"), '<a href="#">{t}</a>',
            ["Từ khóa:", crumbs[-1]], " ")
    p.el("div", "Ý kiến của bạn", 'class="comment-title"')
    p.el("div", "Gửi ý kiến", 'class="comment-send"')
    p.el("div", "Các tin, bài viết khác", 'class="other-title"')
    p.group(('<ul class="other">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[3:6], "\r\n")
    p.raw("</div>\r\n")
    foot = ["Báo Hànộimới - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội",
            "Giấy phép số 485/GP-BTTTT",
            "Địa chỉ: 44 Lê Thái Tổ, Hoàn Kiếm, Hà Nội",
            "Ghi rõ nguồn \"Hànộimới\" khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<div class="footer">', "</div>"))
    fur = [clock, weather, "Chính trị | Thời sự", "(HNM) -", "Tin liên quan", *tz[0:6],
           "Từ khóa:", "Ý kiến của bạn", "Gửi ý kiến", "Các tin, bài viết khác", *foot]
    if group:
        fur.append(byline)
    return (p, text_of(p, False, False, "\r\n"), url, crumbs[-1], None if group else a["author"],
            fur)


def baonghean(a, n, tz):
    """Báo Nghệ An: OpenGraph + <meta name="pubdate"> and <meta name="author">; breadcrumb;
    'Cập nhật lúc 11:23, 15/04/2021'; byline in CAPITALS between date and sapo; sapo tagged
    '(Baonghean.vn) - '; photo captions with a photographer's credit ('Ảnh: Tên'), not the
    reporter; 'Tin liên quan' after the body; blank line between blocks, menu on one line."""
    crumbs = {"labour": ["Xã hội", "Lao động - Việc làm"], "travel": ["Văn hóa", "Du lịch"],
              "society": ["Thời sự", "Trong nước"]}[a["topic"]]
    url = f"https://baonghean.vn/{slug(a['title'])}-post{200000 + h(a['id'], 'bna') % 100000}.html"
    date = f"Cập nhật lúc {hm(a)}, {dmy(a)}"
    shot = PHOTOGRAPHERS[n - 1]
    p = Page()
    p.raw(head(a["title"] + " - Báo Nghệ An điện tử", og(a, url, "Báo Nghệ An", published=False)
               + f'<meta name="pubdate" content="{iso(a)}">\n'
               + f'<meta name="author" content="{html.escape(a["author"])}">\n'))
    p.raw('<body><div class="bna-header">')
    p.el("a", "Báo Nghệ An", 'class="logo"')
    menu = ["Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Pháp luật", "Văn hóa", "Thể thao",
            "Quốc tế", "Nghệ An 24h", "Xứ Nghệ", "Truyền hình"]
    p.group(('<ul class="menu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu)
    p.raw('</div>\n<div class="bna-detail">')
    p.group(('<ul class="breadcrumb">', "</ul>"), '<li><a href="#">{t}</a></li>', crumbs, " / ")
    p.el("h1", a["title"], 'class="title-detail"')
    p.el("div", date, 'class="date-detail"')
    p.el("div", a["author"].upper(), 'class="author-detail"')
    p.el("h2", "(Baonghean.vn) - " + a["lead"], 'class="sapo-detail"')
    p.raw('<div class="content-detail">')

    def photo():
        p.raw('<figure class="image"><img src="/bna.jpg">')
        p.el("figcaption", f"{a['caption']} Ảnh: {shot}" if a["caption"] else f"Ảnh: {shot}")
        p.raw("</figure>")

    body(p, a, photo)
    p.raw("</div>")
    p.el("div", "Tin liên quan", 'class="title-rel"')
    p.group(('<ul class="rel">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[0:3], "\n\n")
    p.el("div", "Mới nhất", 'class="title-new"')
    p.group(('<ul class="new">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[3:5], "\n\n")
    p.raw("</div>\n")
    foot = ["Báo Nghệ An - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An",
            "Giấy phép số 13/GP-BTTTT",
            "Địa chỉ: Số 5 Nguyễn Thị Minh Khai, TP. Vinh, Nghệ An",
            "Bản quyền thuộc Báo Nghệ An. Không được sao chép lại khi chưa có sự đồng ý."]
    footer(p, foot, ('<div class="footer">', "</div>"))
    fur = ["Nghệ An 24h", "(Baonghean.vn) -", a["author"].upper(), f"Ảnh: {shot}",
           "Tin liên quan", *tz[0:5], "Mới nhất", *foot]
    return p, text_of(p, False, True), url, crumbs[-1], a["author"], fur


# ---------------------------------------------------------------- plan and output

TEMPLATES = {"vtcnews": vtcnews, "24h": h24, "baoquocte": baoquocte,
             "baogiaothong": baogiaothong, "hanoimoi": hanoimoi, "baonghean": baonghean}


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
