#!/usr/bin/env python3
"""Builds the OPENED page-layout set: real corpus articles laid out as six Vietnamese news sites
lay them out (ZNews, Kenh14, CafeF, VietnamPlus, Sài Gòn Giải Phóng, Pháp Luật TP.HCM), each page
as HTML and as the visible text a scraper saves from it, with its labels.

  python3 index-builder/src/test/resources/layouts-opened/generate.py   # from the repository root

Reads ../shared/corpus (beside the repository). Writes, beside this script:
  <site>/<n>.html   the page as the site serves it
  <site>/<n>.txt    its visible text, saved with that site's scraper convention (see SITES)
  labels.jsonl      one line per page, same schema as layouts/labels.jsonl, "half": "opened"

Written from what the real sites look like, without reading the extractor's rules, as the unseen
check (layouts-unseen/). Opened for tuning on 2026-12-05: it is now a tuning set like layouts/,
and a new unseen set takes its place. Labels come from the corpus article's fields and from what
the template prints. Deterministic (hashes, no clock, no randomness). Standard library only.
"""
import datetime
import gzip
import hashlib
import html
import json
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[4]
CORPUS = ROOT.parent / "shared" / "corpus"

# Articles the tuned set (layouts/) already uses: never picked here.
TAKEN = {
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
}
# Agreement-signing articles (a memorandum, a strategic cooperation deal, job-guarantee contracts).
AGREEMENTS = ["vietnews-train-101390", "vietnews-train-084708", "vietnews-test-016067"]

REPORTERS = ["Quang Huy", "Ngọc Ánh", "Thanh Tâm", "Bích Ngọc", "Hữu Phước", "Diệu Linh",
             "Mạnh Cường", "Thùy Dung", "Anh Vũ", "Kim Oanh", "Xuân Trường", "Hồng Nhung"]
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
SCRAPED = datetime.date(2024, 11, 12)  # the day the pages were "saved": the header clocks show it


def h(*parts):
    return int(hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest(), 16)


def ends_sentence(s):
    return s.rstrip("\"”’)»").endswith((".", "!", "?", "…"))


def looks_like_name(line):
    w = line.split()
    return 2 <= len(w) <= 4 and all(x[:1].isupper() for x in w) and not ends_sentence(line)


def clean_title(t):
    t = t.strip()
    return 25 <= len(t) <= 140 and not t.endswith((".", ":", ",")) and " ' " not in t \
        and t != t.upper()


# ---------------------------------------------------------------- articles

def labour_article(a):
    caps = [c.split("\n")[0].strip() for c in a.get("captions") or []]
    sents = [s.strip() for s in a["body"].split("\n")
             if len(s.split()) >= 7 and ends_sentence(s) and s.strip() not in caps]
    paras, i, k = [], 0, 0
    while i < len(sents) and len(paras) < 7:  # two or three sentences a paragraph
        n = 2 + h(a["id"], str(k)) % 2
        paras.append(" ".join(sents[i:i + n]))
        i, k = i + n, k + 1
    d = datetime.date(2016, 3, 1) + datetime.timedelta(days=h(a["id"], "d") % 1300)
    return {
        "id": a["id"], "corpus": "vietnews-labour", "title": a["title"].strip(),
        "lead": a["lead"].strip(), "paras": paras, "author": REPORTERS[h(a["id"], "a") % 12],
        "date": d, "time": (6 + h(a["id"], "h") % 16, h(a["id"], "m") % 60),
        "caption": caps[0] if caps and 5 <= len(caps[0].split()) <= 35 else None,
        "topic": "labour",
    }


def folded(s):
    s = unicodedata.normalize("NFD", s.lower().replace("đ", "d"))
    return "".join(c if c.isalnum() else " " for c in s if not unicodedata.combining(c)).split()


def title_in_url(a):
    """The corpus recovered some dantri titles from a subheading or a roundup's first item: keep
    those whose words are mostly in the URL slug (the slug is made from the real headline)."""
    slug_words = set(folded(a["url"].rsplit("/", 1)[-1].replace(".", "")))
    words = folded(a["title"].replace(".", ""))
    return sum(w in slug_words for w in words) >= 0.7 * len(words)


def dantri_article(a):
    lines = [x.strip() for x in a["body"].split("\n") if x.strip()]
    author = lines[-1]
    paras = [x for x in lines[1:] if len(x.split()) >= 9 and ends_sentence(x) and "(Ảnh" not in x]
    return {
        "id": a["id"], "corpus": "dantri-unc", "title": a["title"].strip(), "lead": lines[0],
        "paras": paras[:7], "author": author,
        "date": datetime.date.fromisoformat(a["published"]),
        "time": (6 + h(a["id"], "h") % 16, h(a["id"], "m") % 60), "caption": None,
        "topic": a["category"],
    }


def load():
    """Returns (agreement articles, other labour articles, dantri articles, teaser titles)."""
    agree, labour, teasers = {}, [], []
    with gzip.open(CORPUS / "vietnews-labour.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if a["id"] in TAKEN or not clean_title(a["title"]):
                continue
            lead = (a.get("lead") or "").strip()
            ok = len(lead.split()) >= 12 and lead[:1].isupper() and lead.endswith(".")
            if a["id"] in AGREEMENTS:
                agree[a["id"]] = labour_article(a)
            elif ok and len(labour_article(a)["paras"]) >= 4:
                labour.append(labour_article(a))
            else:
                teasers.append(a["title"].strip())
    dantri = []
    with gzip.open(CORPUS / "dantri-unc.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if a["id"] in TAKEN or a["category"] not in ("society", "business", "education") or not clean_title(a["title"]):
                continue
            lines = [x.strip() for x in a["body"].split("\n") if x.strip()]
            if len(lines) < 7 or lines[0] == a["title"].strip() or not lines[0].endswith(".") \
                    or len(lines[0].split()) < 14 or not looks_like_name(lines[-1]) \
                    or lines[-1].startswith("Theo ") or not title_in_url(a):
                continue
            d = dantri_article(a)
            words = sorted(len(x.split()) for x in d["paras"])
            if len(d["paras"]) >= 4 and words[len(words) // 2] >= 25:  # not a photo story
                dantri.append(d)
    labour.sort(key=lambda x: h(x["id"], "pick"))
    dantri.sort(key=lambda x: h(x["id"], "pick"))
    teasers.sort(key=lambda t: h(t, "teaser"))
    return [agree[i] for i in AGREEMENTS], labour, dantri, teasers


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


def head(title, meta):
    return ("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{html.escape(title)}</title>\n{meta}</head>\n")


def jsonld(a, url, section, author, publisher):
    d = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
         "description": a["lead"], "datePublished": iso(a), "dateModified": iso(a),
         "articleSection": section, "mainEntityOfPage": url,
         "publisher": {"@type": "Organization", "name": publisher}}
    if author:
        d["author"] = {"@type": "Person", "name": author}
    return ('<script type="application/ld+json">' + json.dumps(d, ensure_ascii=False)
            + "</script>\n")


def og(a, url, site_name, published=True):
    m = [f'<meta property="og:site_name" content="{html.escape(site_name)}">',
         '<meta property="og:type" content="article">',
         f'<meta property="og:title" content="{html.escape(a["title"])}">',
         f'<meta property="og:description" content="{html.escape(a["lead"])}">',
         f'<meta property="og:url" content="{html.escape(url)}">']
    if published:
        m.append(f'<meta property="article:published_time" content="{iso(a)}">')
    return "\n".join(m) + "\n"


def iso(a):
    return f"{a['date'].isoformat()}T{a['time'][0]:02d}:{a['time'][1]:02d}:00+07:00"


def dmy(a, sep="/"):
    d = a["date"]
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def hm(a):
    return f"{a['time'][0]:02d}:{a['time'][1]:02d}"


def slug(title):
    keep = "".join(c if c.isalnum() else "-" for c in title.lower())
    return "-".join(x for x in keep.split("-") if x)[:70]


def body(p, a, para, photo=None, inline=None, at=2):
    """The article's paragraphs, a photo after the first, an inline box after paragraph `at`."""
    for i, t in enumerate(a["paras"]):
        p.el(*para(t))
        if i == 0 and photo:
            photo()
        if i == at and inline:
            inline()


# ---------------------------------------------------------------- the six sites

def znews(a, n, tz):
    """ZNews: JSON-LD + OpenGraph; author and date line ABOVE the title; inline teaser with no
    label; topics; comments; one block per line, menus joined on one line."""
    section = {"labour": "Xã hội", "society": "Xã hội", "business": "Kinh doanh",
               "education": "Giáo dục", "health": "Sức khỏe"}[a["topic"]]
    url = f"https://znews.vn/{slug(a['title'])}-post{100000 + h(a['id']) % 900000}.html"
    date = f"{dmy(a)} {hm(a)} (GMT+7)"
    p = Page()
    p.raw(head(a["title"] + " - ZNews", og(a, url, "ZNEWS") + jsonld(
        a, url, section, a["author"], "ZNEWS")))
    p.raw('<body class="z-site">\n<header id="z-top">')
    p.el("a", "ZNEWS", 'class="z-logo" href="/"')
    menu = ["Thời sự", "Thế giới", "Kinh doanh", "Công nghệ", "Sức khỏe", "Thể thao",
            "Giải trí", "Đời sống", "Giáo dục", "Du lịch", "Pháp luật", "Xe", "Xuất bản"]
    p.group(('<nav class="z-menu"><ul>', "</ul></nav>"), '<li><a href="#">{t}</a></li>', menu)
    p.raw("</header>\n<main><section class=\"z-article\">")
    p.group(('<p class="z-crumb">', "</p>"), '<a href="#">{t}</a>', [section])
    p.raw('<ul class="z-byline">')
    p.el("li", a["author"], 'class="z-author"')
    p.raw(f'<li class="z-time"><time datetime="{iso(a)}">{date}</time></li></ul>')
    p.blocks.append(date)
    p.el("h1", a["title"], 'class="z-headline"')
    p.el("p", a["lead"], 'class="z-summary"')
    inl = tz[0]

    def photo():
        p.raw('<table class="z-pic"><tr><td><img src="/x.jpg" alt=""></td></tr>')
        p.el("td", a["caption"] or "Ảnh: ZNews.", 'class="z-cap"')
        p.raw("</table>")

    def inline():
        p.raw('<div class="z-inner"><a href="#">')
        p.el("strong", inl)
        p.raw("</a></div>")

    p.raw('<div class="z-body">')
    body(p, a, lambda t: ("p", t), photo, inline)
    p.raw("</div>")
    p.group(('<div class="z-topics"><b>', "</b></div>"), "<a href=\"#\">{t}</a>",
            ["Chủ đề:", section.lower(), "lao động" if a["topic"] == "labour" else "đời sống"])
    p.el("div", "Bình luận", 'class="z-cmt"')
    p.el("div", "Bạn có thể quan tâm", 'class="z-more-h"')
    p.group(('<ul class="z-more">', "</ul>"), "<li><a href=\"#\">{t}</a></li>", tz[1:4], "\n")
    p.raw("</section></main>\n<footer>")
    foot = ["Tạp chí điện tử ZNEWS - Hội Xuất bản Việt Nam",
            "Giấy phép báo chí điện tử số 60/GP-BTTTT",
            "Địa chỉ: Tầng 2, số 7 Nguyễn Thị Minh Khai, Quận 1, TP.HCM"]
    for t in foot:
        p.el("p", t)
    p.raw("</footer>\n</body>\n</html>\n")
    fur = ["Thời sự Thế giới Kinh doanh Công nghệ", inl, "Bạn có thể quan tâm", *tz[1:4],
           "Bình luận", *foot, "ZNEWS"]
    return p, text_of(p, False, False), url, section, a["author"], fur


def kenh14(a, n, tz):
    """Kenh14: OpenGraph only; menu saved one item per line; author and clock (time first) under
    the title; source credit 'Theo …' at the end; teasers with their own times."""
    section = {"labour": "Xã hội", "society": "Xã hội", "business": "Money-Z",
               "education": "Học đường", "health": "Sức khỏe"}[a["topic"]]
    url = f"https://kenh14.vn/{slug(a['title'])}-{2019 + h(a['id']) % 5}{h(a['id']) % 10**12:012d}.chn"
    date = f"{hm(a)} {dmy(a)}"
    p = Page()
    p.raw(head(a["title"], og(a, url, "Kenh14.vn")))
    p.raw('<body><div class="kbw-header">')
    p.el("div", "Kenh14.vn", 'class="kbw-logo"')
    menu = ["Star", "Ciné", "Musik", "Beauty & Fashion", "Đời sống", "Money-Z", "Ăn - Quẩy - Đi",
            "Xã hội", "Sức khỏe", "Tek-Life", "Học đường", "Xem Mua Luôn", "Video"]
    p.group(('<ul class="kbw-menu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu)
    p.raw('</div>\n<div class="kbwc-body"><div class="kbwc-header">')
    p.el("div", section, 'class="kbwc-cate"')
    p.el("h1", a["title"], 'class="kbwc-title"')
    p.raw('<div class="kbwc-meta">')
    p.el("span", a["author"], 'class="kbwcm-author"')
    p.el("span", date, f'class="kbwcm-time" title="{iso(a)}"')
    p.raw("</div></div>")
    p.el("h2", a["lead"], 'class="knc-sapo"')
    p.raw('<div class="knc-content">')

    def photo():
        p.raw('<div class="VCSortableInPreviewMode" type="Photo"><img src="/p.jpg">')
        p.el("div", a["caption"] or "Ảnh minh họa", 'class="PhotoCMS_Caption"')
        p.raw("</div>")

    def inline():
        p.raw('<div class="knc-relate-wrapper">')
        p.el("div", "Xem thêm", 'class="krw-title"')
        p.group(('<ul>', "</ul>"), '<li><a href="#">{t}</a></li>', tz[0:2])
        p.raw("</div>")

    body(p, a, lambda t: ("p", t), photo, inline, at=1)
    p.raw("</div>")
    credit = "Theo Lao Động" if a["topic"] == "labour" else "Theo Dân trí"
    p.el("p", credit, 'class="knc-source"')
    p.el("div", "Chia sẻ", 'class="kbwc-share"')
    p.el("div", "Tin cùng chuyên mục", 'class="kbws-title"')
    p.raw('<ul class="kbws-list">')
    for i, t in enumerate(tz[2:5]):
        p.raw("<li>")
        p.el("a", t, 'href="#"')
        p.el("span", f"{(a['time'][0] + 23 - i) % 24:02d}:{(17 * i) % 60:02d} {dmy(a)}",
             'class="time"')
        p.raw("</li>")
    p.raw("</ul></div>\n<div class=\"kbw-footer\">")
    foot = ["Tạp chí Kenh14.vn - Giấy phép số 2215/GP-BTTTT",
            "Chịu trách nhiệm quản lý nội dung: Bà Nguyễn Bích Minh",
            "Hotline: 0942 86 11 33 - Email: giaitrixahoi@kenh14.vn",
            "© Copyright 2007 - 2024 – Công ty Cổ phần VCCorp"]
    for t in foot:
        p.el("p", t)
    p.raw("</div>\n</body>\n</html>\n")
    fur = ["Xem thêm", *tz[0:5], "Tin cùng chuyên mục", "Chia sẻ", credit, *foot, "Beauty & Fashion"]
    return p, text_of(p, True, False), url, section, a["author"], fur


def cafef(a, n, tz):
    """CafeF: JSON-LD + OpenGraph; ticker line; caps menu on one line; section and CafeF's own
    date form above the title; 'Xem thêm' box; author then 'Theo …' at the end; blank lines."""
    section = {"labour": "Xã hội", "society": "Xã hội", "business": "Doanh nghiệp",
               "education": "Xã hội", "health": "Sống"}[a["topic"]]
    url = f"https://cafef.vn/{slug(a['title'])}-188{h(a['id']) % 10**15:015d}.chn"
    hh, mm = a["time"]
    date = f"{dmy(a, '-')} - {hh:02d}:{mm:02d} {'PM' if hh >= 12 else 'AM'}"
    p = Page()
    p.raw(head(a["title"], og(a, url, "CafeF") + jsonld(a, url, section, a["author"], "CafeF")
               + f'<meta name="author" content="{html.escape(a["author"])}">\n'))
    p.raw('<body><div id="cf-top">')
    ticker = "VN-INDEX 1.243,51 +4,18 (+0,34%)"
    p.el("span", ticker, 'class="cf-ticker"')
    p.el("a", "CafeF", 'class="cf-logo" href="/"')
    menu = ["XÃ HỘI", "CHỨNG KHOÁN", "BẤT ĐỘNG SẢN", "DOANH NGHIỆP", "NGÂN HÀNG",
            "TÀI CHÍNH QUỐC TẾ", "VĨ MÔ", "KINH TẾ SỐ", "THỊ TRƯỜNG", "SỐNG", "LIFESTYLE"]
    p.group(('<ul class="cf-nav">', "</ul>"), '<li><a href="#">{t}</a></li>', menu)
    p.raw('</div>\n<div class="cf-detail">')
    p.el("a", section, 'class="cf-cat" href="#"')
    p.el("span", date, 'class="pdate" data-role="publishdate"')
    p.el("h1", a["title"], 'class="cf-title" data-role="title"')
    p.el("h2", a["lead"], 'class="sapo" data-role="sapo"')
    p.raw('<div class="detail-content afcbc-body" data-role="content">')

    def photo():
        p.raw('<figure class="VCSortableInPreviewMode"><img src="/a.jpg">')
        p.el("figcaption", a["caption"] or "Ảnh minh họa")
        p.raw("</figure>")

    def inline():
        p.raw('<div class="cf-xemthem">')
        p.el("b", "Xem thêm")
        p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[0:3], "\n\n")
        p.raw("</div>")

    body(p, a, lambda t: ("p", t), photo, inline, at=2)
    p.raw("</div>")
    credit = "Theo Người Lao Động" if a["topic"] == "labour" else "Theo Nhịp sống thị trường"
    p.el("p", a["author"], 'class="author" data-role="author"')
    p.el("p", credit, 'class="source" data-role="source"')
    p.el("div", "Cùng chuyên mục", 'class="cf-rel-h"')
    p.group(('<ul class="cf-rel">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[3:6], "\n\n")
    p.raw('</div>\n<div class="cf-footer">')
    foot = ["Trang thông tin điện tử tổng hợp CafeF", "Giấy phép số 2216/GP-TTĐT do Sở TT&TT Hà Nội cấp",
            "Chịu trách nhiệm nội dung: Ông Nguyễn Thế Tân",
            "Địa chỉ: Tầng 20, Center Building, 1 Nguyễn Huy Tưởng, Thanh Xuân, Hà Nội"]
    for t in foot:
        p.el("p", t)
    p.raw("</div>\n</body>\n</html>\n")
    fur = [ticker, "CHỨNG KHOÁN BẤT ĐỘNG SẢN", "Xem thêm", *tz[0:6], "Cùng chuyên mục", credit,
           *foot]
    return p, text_of(p, False, True), url, section, a["author"], fur


def vietnamplus(a, n, tz):
    """VietnamPlus: OpenGraph only; page clock in the header; date line BELOW the title;
    'Tin liên quan' right under the sapo; byline 'Tên (TTXVN/Vietnam+)' or the wire credit alone."""
    section = {"labour": "Xã hội", "society": "Xã hội", "business": "Kinh tế",
               "education": "Xã hội", "health": "Đời sống"}[a["topic"]]
    crumbs = ["Xã hội", "Lao động - Việc làm"] if a["topic"] == "labour" else [section]
    url = f"https://www.vietnamplus.vn/{slug(a['title'])}-post{500000 + h(a['id']) % 400000}.vnp"
    wd = WEEKDAYS[a["date"].weekday()]
    wd = wd[:4] + wd[4].upper() + wd[5:]  # VietnamPlus capitalises both syllables
    date = f"{wd}, {dmy(a)} - {hm(a)}"
    wire = n == 1  # the first page is a TTXVN wire story: no reporter named
    byline = "(TTXVN/Vietnam+)" if wire else f"{a['author']} (Vietnam+)"
    p = Page()
    p.raw(head(a["title"] + " | Vietnam+ (VietnamPlus)", og(a, url, "Vietnam+ (VietnamPlus)")))
    p.raw('<body><div class="vnp-head">')
    clock = f"Thứ Ba, {SCRAPED.day}/{SCRAPED.month}/{SCRAPED.year}"
    p.el("span", clock, 'class="vnp-today"')
    p.el("a", "VietnamPlus", 'class="vnp-logo"')
    menu = ["Chính trị", "Kinh tế", "Xã hội", "Đời sống", "Thế giới", "Văn hóa", "Thể thao",
            "Khoa học", "Công nghệ", "Môi trường", "Du lịch", "Bất động sản", "Multimedia"]
    p.group(('<nav class="vnp-nav"><ul>', "</ul></nav>"), '<li><a href="#">{t}</a></li>', menu)
    p.raw('</div>\n<article class="vnp-story">')
    p.group(('<div class="vnp-bread">', "</div>"), '<a href="#">{t}</a>', crumbs, " › ")
    p.el("h1", a["title"], 'class="vnp-h1"')
    p.el("div", date, f'class="vnp-time" data-time="{iso(a)}"')
    p.el("h2", a["lead"], 'class="vnp-sapo"')
    p.raw('<div class="vnp-related-top">')
    p.el("h3", "Tin liên quan")
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[0:2], "\n")
    p.raw('</div>\n<div class="vnp-content">')

    def photo():
        p.raw('<div class="vnp-img"><img src="/v.jpg">')
        p.el("em", f"{a['caption']} (Ảnh: TTXVN)" if a["caption"] and "Ảnh" not in a["caption"]
             else a["caption"] or "Ảnh minh họa (Ảnh: TTXVN)")
        p.raw("</div>")

    body(p, a, lambda t: ("p", t), photo)
    p.el("p", byline, 'class="vnp-author" style="text-align:right"')
    p.raw("</div>")
    p.group(('<div class="vnp-tags">', "</div>"), '<a href="#">{t}</a>',
            ["#lao động", "#việc làm", "#Vietnam+"] if a["topic"] == "labour"
            else ["#" + section.lower(), "#Vietnam+"])
    p.el("div", "Xem tiếp", 'class="vnp-more-h"')
    p.group(('<ul class="vnp-more">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:5], "\n")
    p.raw('</article>\n<div class="vnp-foot">')
    foot = ["Báo điện tử VietnamPlus, cơ quan của Thông tấn xã Việt Nam (TTXVN)",
            "Giấy phép số 1374/GP-BTTTT",
            "Địa chỉ: Số 5 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội",
            "Bản quyền thuộc về VietnamPlus. Ghi rõ nguồn khi phát hành lại thông tin từ website này."]
    for t in foot:
        p.el("p", t)
    p.raw("</div>\n</body>\n</html>\n")
    fur = [clock, "Chính trị Kinh tế Xã hội Đời sống", "Tin liên quan", *tz[0:5], "Xem tiếp",
           byline, "#Vietnam+", *foot]
    return p, text_of(p, False, False), url, crumbs[-1], None if wire else a["author"], fur


def sggp(a, n, tz):
    """Sài Gòn Giải Phóng: NO metadata at all; clock and hotline bar; 'Cập nhật:' date; inline
    'Tin liên quan' box inside the body; byline in CAPITALS at the end; blank lines between
    blocks."""
    crumbs = {"labour": ["Xã hội", "Lao động - Việc làm"], "society": ["Xã hội"],
              "business": ["Kinh tế", "Doanh nghiệp"], "education": ["Giáo dục"],
              "health": ["Y tế - Sức khỏe"]}[a["topic"]]
    url = f"https://www.sggp.org.vn/{slug(a['title'])}-post{600000 + h(a['id']) % 300000}.html"
    date = f"Cập nhật: {dmy(a)} | {hm(a)}"
    p = Page()
    p.raw("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
          f"<title>{html.escape(a['title'])}</title>\n</head>\n")
    p.raw('<body><div class="sg-bar">')
    clock = f"Thứ Ba, {SCRAPED.day:02d}-{SCRAPED.month:02d}-{SCRAPED.year}"
    hotline = "Đường dây nóng: 0918 033 133 - Email: toasoan@sggp.org.vn"
    p.el("span", clock)
    p.el("span", hotline)
    p.raw('</div><div class="sg-nav">')
    p.el("a", "SGGP", 'class="sg-logo"')
    menu = ["Chính trị", "Xã hội", "Kinh tế", "Thế giới", "Pháp luật", "Giáo dục", "Y tế",
            "Văn hóa - Văn nghệ", "Thể thao", "Khoa học - Công nghệ", "Thông tin đa chiều"]
    p.group(("<ul>", "</ul>"), "<li><a href=\"#\">{t}</a></li>", menu)
    p.raw('</div>\n<div class="sg-main"><div class="sg-story">')
    p.group(('<div class="sg-cate">', "</div>"), '<a href="#">{t}</a>', crumbs, " / ")
    p.el("div", date, 'class="sg-date"')
    p.el("h1", a["title"], 'class="sg-title"')
    p.el("div", a["lead"], 'class="sg-lead"')

    def photo():
        p.raw('<table class="sg-img"><tr><td><img src="/s.jpg"></td></tr><tr>')
        p.el("td", f"{a['caption']} Ảnh: SGGP" if a["caption"] and "Ảnh" not in a["caption"]
             else a["caption"] or "Ảnh minh họa", 'class="sg-cap"')
        p.raw("</tr></table>")

    def inline():
        p.raw('<div class="sg-rela">')
        p.el("div", "Tin liên quan")
        p.group(("<ul>", "</ul>"), "<li><a href=\"#\">{t}</a></li>", tz[0:2], "\n\n")
        p.raw("</div>")

    p.raw('<div class="sg-content">')
    body(p, a, lambda t: ("p", t), photo, inline, at=1)
    p.el("p", a["author"].upper(), 'class="sg-author" align="right"')
    p.raw("</div>")
    p.el("div", "Tin khác", 'class="sg-other-h"')
    p.group(('<ul class="sg-other">', "</ul>"), "<li><a href=\"#\">{t}</a></li>", tz[2:5], "\n\n")
    p.el("div", "Ý kiến bạn đọc", 'class="sg-cmt"')
    p.raw('</div></div>\n<div class="sg-foot">')
    foot = ["Báo Sài Gòn Giải Phóng - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam TP Hồ Chí Minh",
            "Giấy phép số 530/GP-BTTTT",
            "Địa chỉ: 432-434 Nguyễn Thị Minh Khai, Quận 3, TP Hồ Chí Minh",
            "Ghi rõ nguồn “Sài Gòn Giải Phóng” khi phát hành lại thông tin từ website này"]
    for t in foot:
        p.el("p", t)
    p.raw("</div>\n</body>\n</html>\n")
    fur = [clock, hotline, "Tin liên quan", *tz[0:5], "Tin khác", "Ý kiến bạn đọc", *foot,
           "Văn hóa - Văn nghệ", a["author"].upper()]
    return p, text_of(p, False, True), url, crumbs[-1], a["author"], fur


def plo(a, n, tz):
    """Pháp Luật TP.HCM: JSON-LD + OpenGraph; site tag '(PLO)- ' in front of the sapo; byline in
    CAPITALS between sapo and body; 'Đọc thêm' box; CRLF line ends, one block per line."""
    section = {"labour": "Thời sự", "society": "Xã hội", "business": "Kinh tế",
               "education": "Giáo dục", "health": "Sức khỏe"}[a["topic"]]
    crumbs = [section, "Lao động"] if a["topic"] == "labour" else [section]
    url = f"https://plo.vn/{slug(a['title'])}-post{700000 + h(a['id']) % 200000}.html"
    date = f"{WEEKDAYS[a['date'].weekday()]}, {dmy(a)} - {hm(a)}"
    p = Page()
    p.raw(head(a["title"], og(a, url, "Báo Pháp Luật TP. Hồ Chí Minh")
               + jsonld(a, url, crumbs[-1], a["author"], "Báo Pháp Luật TP.HCM")))
    p.raw('<body><div class="plo-header">')
    p.el("a", "PLO", 'class="plo-logo"')
    menu = ["Thời sự", "Pháp luật", "Bạn đọc", "Kinh tế", "Quốc tế", "Giáo dục", "Sức khỏe",
            "Thể thao", "Văn hóa", "Giải trí", "Đô thị", "Xe", "Công nghệ"]
    p.group(('<ul class="plo-menu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu)
    p.raw('</div>\n<div class="plo-detail">')
    p.group(('<ol class="plo-crumb">', "</ol>"), '<li><a href="#">{t}</a></li>', crumbs, " > ")
    p.el("h1", a["title"], 'class="plo-title"')
    p.el("span", date, 'class="plo-time"')
    p.el("h2", "(PLO)- " + a["lead"], 'class="plo-sapo"')
    p.el("div", a["author"].upper(), 'class="plo-author"')

    def photo():
        p.raw('<figure class="plo-fig"><img src="/plo.jpg">')
        p.el("figcaption", a["caption"] or "Ảnh minh họa: PLO")
        p.raw("</figure>")

    def inline():
        p.raw('<div class="plo-box">')
        p.el("span", "Đọc thêm")
        p.el("a", tz[0], 'href="#"')
        p.raw("</div>")

    p.raw('<div class="plo-body">')
    body(p, a, lambda t: ("p", t), photo, inline, at=2)
    p.raw("</div>")
    p.group(('<div class="plo-tags">', "</div>"), '<a href="#">{t}</a>',
            ["Từ khóa:", "người lao động", "doanh nghiệp"] if a["topic"] == "labour"
            else ["Từ khóa:", crumbs[-1].lower()], " ")
    p.group(('<div class="plo-share">', "</div>"), "<a>{t}</a>", ["Chia sẻ", "Facebook", "Zalo"],
            " ")
    p.el("div", "Bình luận (0)", 'class="plo-cmt"')
    p.el("div", "Đọc nhiều", 'class="plo-hot-h"')
    p.group(('<ul class="plo-hot">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[1:4], "\r\n")
    p.raw('</div>\n<div class="plo-footer">')
    foot = ["Cơ quan chủ quản: UBND TP Hồ Chí Minh",
            "Giấy phép hoạt động báo điện tử số 447/GP-BTTTT",
            "Địa chỉ: 232 Nguyễn Văn Cừ, phường Nguyễn Cư Trinh, Quận 1, TP.HCM",
            "Bản quyền thuộc về Báo Pháp Luật TP.HCM"]
    for t in foot:
        p.el("p", t)
    p.raw("</div>\n</body>\n</html>\n")
    fur = ["Thời sự Pháp luật Bạn đọc Kinh tế", "(PLO)-", "Đọc thêm", *tz[0:4], "Từ khóa:",
           "Chia sẻ Facebook Zalo", "Bình luận (0)", "Đọc nhiều", *foot, a["author"].upper()]
    return p, text_of(p, False, False, "\r\n"), url, crumbs[-1], a["author"], fur


# ---------------------------------------------------------------- plan and output

def main():
    agree, labour, dantri, teasers = load()
    plan = {  # 3 articles a site: agreement articles on the three sites that run such news
        "znews": [dantri[0], labour[0], dantri[1]],
        "kenh14": [labour[1], dantri[2], labour[2]],
        "cafef": [dantri[3], labour[3], dantri[4]],
        "vietnamplus": [labour[4], agree[0], dantri[5]],
        "sggp": [agree[2], dantri[6], labour[5]],
        "plo": [dantri[7], agree[1], dantri[8]],
    }
    templates = {"znews": znews, "kenh14": kenh14, "cafef": cafef, "vietnamplus": vietnamplus,
                 "sggp": sggp, "plo": plo}
    labels, ti = [], 0
    for site, arts in plan.items():
        (HERE / site).mkdir(exist_ok=True)
        for n, a in enumerate(arts, 1):
            tz = teasers[ti:ti + 6]
            ti += 4  # neighbouring pages of a site share two teasers, as real related lists do
            page, text, url, category, author, fur = templates[site](a, n, tz)
            (HERE / site / f"{n}.html").write_text("".join(
                x if x.endswith("\n") else x + "\n" for x in page.parts), encoding="utf-8")
            (HERE / site / f"{n}.txt").write_bytes(text.encode("utf-8"))
            article_text = "\n".join([a["title"], a["lead"], *a["paras"]])
            for f in fur:  # furniture must be checkable: never a substring of the article itself
                assert f not in article_text, (site, n, f)
            labels.append({
                "site": site, "half": "opened", "page": f"{site}/{n}", "corpus": a["corpus"],
                "id": a["id"], "url": url, "title": a["title"], "published": iso(a),
                "category": category, "lead": a["lead"], "author": author,
                "first": a["paras"][0], "last": a["paras"][-1], "furniture": fur,
            })
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} pages of {len(plan)} sites to {HERE}")


if __name__ == "__main__":
    main()
