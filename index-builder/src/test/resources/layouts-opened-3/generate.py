"""Builds the third opened page-layout set (formerly the third unseen check): 18 real corpus
articles laid out as six more
Vietnamese news sites lay them out (Soha, Đại Đoàn Kết, Báo Pháp luật Việt Nam, Công Thương,
Sức khỏe & Đời sống, Giáo dục & Thời đại), each page as HTML and as the visible text a scraper
saves from it, with labels. The HTML varies most: div soup with ad slots and scripts inside the
body, <article> or not, the sapo in <h2>, <p><strong> or as the body's first bold paragraph,
bylines right-aligned at the end or above the sapo, related boxes as <table> or <div> inside the
body, lazy images with captions in <figure> or tables.

  python3 index-builder/src/test/resources/layouts-opened-3/generate.py   # from the repository root

Reads ../shared/corpus (beside the repository). Writes, beside this script:
  <site>/<n>.html   the page as the site serves it
  <site>/<n>.txt    its visible text, saved with that site's scraper convention (see the README)
  labels.jsonl      one line per page, the schema of ../layouts-opened-2/labels.jsonl,
                    "half": "opened"

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
# The 18 articles, by site, in page order. None is used by ../layouts/, ../layouts-opened/ or
# ../layouts-opened-2/. dantri: health, science, society, education, business and travel pages
# that end with the reporter's name, whose title words are in the URL slug and whose first line
# (the lead) has 20 words or more. vietnews-labour: clean title, a full-sentence lead of 12 words
# or more. The three marked (A) are agreement signings.
ARTICLES = {
    "soha": ["dantri-news_health_072", "vietnews-test-002811", "dantri-news_science_046"],
    "daidoanket": ["vietnews-val-014663",  # (A) cooperation and exchange agreements signed
                   "dantri-news_society_139", "vietnews-test-002581"],
    "baophapluat": ["dantri-news_society_157", "vietnews-test-000670",
                    "dantri-news_education_160"],
    "congthuong": ["vietnews-val-004258",  # (A) provinces sign agreements on seasonal work in Korea
                   "dantri-news_business_197", "vietnews-test-002465"],
    "suckhoedoisong": ["dantri-news_health_137",
                       "vietnews-val-022111",  # (A) Viet Nam and Korea re-sign the EPS MOU
                       "dantri-news_travel_057"],
    "giaoducthoidai": ["dantri-news_society_032", "vietnews-test-002199", "vietnews-test-002277"],
}
AGREEMENTS = {"vietnews-val-014663", "vietnews-val-004258", "vietnews-val-022111"}
# Every id the other three layout sets name (their labels and generators): teasers never come
# from these, and an article named above must not be one of them.
USED_ELSEWHERE = {
    # every id named in ../layouts/, ../layouts-opened/ and ../layouts-opened-2/ (grep -o)
    "dantri-news_business_051", "dantri-news_business_054", "dantri-news_business_064",
    "dantri-news_business_093", "dantri-news_business_095", "dantri-news_business_121",
    "dantri-news_business_231", "dantri-news_business_239", "dantri-news_education_035",
    "dantri-news_education_059", "dantri-news_education_097", "dantri-news_education_098",
    "dantri-news_education_113", "dantri-news_education_146", "dantri-news_education_210",
    "dantri-news_education_212", "dantri-news_education_222", "dantri-news_education_263",
    "dantri-news_education_267", "dantri-news_health_056", "dantri-news_health_157",
    "dantri-news_health_163", "dantri-news_health_264", "dantri-news_health_265",
    "dantri-news_science_086", "dantri-news_society_060", "dantri-news_society_097",
    "dantri-news_society_109", "dantri-news_society_110", "dantri-news_society_113",
    "dantri-news_society_177", "dantri-news_society_185", "dantri-news_society_220",
    "dantri-news_society_261", "dantri-news_travel_103", "dantri-news_travel_125",
    "dantri-news_travel_191", "vietnews-test-002330", "vietnews-test-002377",
    "vietnews-test-004622", "vietnews-test-005681", "vietnews-test-016067",
    "vietnews-test-016199", "vietnews-test-017223", "vietnews-test-019720",
    "vietnews-test-020418", "vietnews-test-021858", "vietnews-train-002429",
    "vietnews-train-010224", "vietnews-train-010255", "vietnews-train-011150",
    "vietnews-train-015555", "vietnews-train-017926", "vietnews-train-018225",
    "vietnews-train-020360", "vietnews-train-022332", "vietnews-train-025589",
    "vietnews-train-031566", "vietnews-train-063447", "vietnews-train-064195",
    "vietnews-train-065135", "vietnews-train-068481", "vietnews-train-070223",
    "vietnews-train-071236", "vietnews-train-072465", "vietnews-train-077673",
    "vietnews-train-084708", "vietnews-train-086602", "vietnews-train-087837",
    "vietnews-train-089713", "vietnews-train-091987", "vietnews-train-092481",
    "vietnews-train-092702", "vietnews-train-092783", "vietnews-train-093406",
    "vietnews-train-093738", "vietnews-train-095005", "vietnews-train-095220",
    "vietnews-train-095767", "vietnews-train-096684", "vietnews-train-096742",
    "vietnews-train-097326", "vietnews-train-098955", "vietnews-train-099673",
    "vietnews-train-100564", "vietnews-train-101390", "vietnews-train-103930",
    "vietnews-val-013882", "vietnews-val-013936", "vietnews-val-014159",
    "vietnews-val-015999", "vietnews-val-016357", "vietnews-val-022626",
}

REPORTERS = ["Minh Châu", "Phương Thảo", "Đức Anh", "Lan Hương", "Trọng Tùng", "Hải Yến",
             "Việt Hùng", "Thu Trang", "Bảo Ngọc", "Văn Long", "Khánh Linh", "Tiến Dũng"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
SIGNING = re.compile(r"(ký|kí) (kết|thỏa thuận|thoả thuận)", re.I)


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
    if floor and d <= floor:  # never dated before the event the story opens with
        d = floor + datetime.timedelta(days=1 + h(a["id"], "after") % 3)
    dm = re.search(r"(?:ngày|sáng|trưa|chiều|tối|đêm|nay|\()\s*(\d{1,2})[/-](\d{1,2})(?![\d/-])",
                   " ".join([a["title"], a["lead"], *paras[:1]]), re.I)
    if dm:
        # the title, lead or first paragraph names a day without a year ('chiều 29-1',
        # 'Ngày mai (25/7)'): that day of the hashed year, the page printed the day after (the
        # same day for 'hôm nay', the day before for 'Ngày mai')
        try:
            day = datetime.date(d.year, int(dm[2]), int(dm[1]))
        except ValueError:
            day = None
        if day:
            ahead = "ngày mai" in (a["title"] + " " + a["lead"]).lower()
            d = day + datetime.timedelta(days=-1 if ahead else 0 if "nay" in dm[0].lower() else 1)
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
    teasers.sort(key=lambda t: h(t, "teaser3"))
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

LAZY = 'src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" class="lazyload"'


def ad_slot(p, zone):
    """An ad slot with its script, inside the body: no visible text."""
    p.raw(f'<div class="ads-slot" id="adzone{zone}"><div id="admzone{zone}"></div>'
          f'<script>window.admicroAD = window.admicroAD || []; admicroAD.unshift(function () '
          f'{{ admicroAD.show("admzone{zone}"); }});</script></div>')


def soha(a, n, tz):
    """Soha: OpenGraph with article:published_time + JSON-LD; breadcrumb; '26-04-2021 - 17:16 PM'
    (24-hour clock with an AM/PM suffix) under the title; sapo in <h2>, no tag; div soup body
    with ad slots and scripts, lazy photos with caption divs, a related box of bare links with
    no heading; 'Theo Tên | Báo X' right-aligned and bold at the end; one block a line, menu
    one item a line."""
    crumbs = [["Sống khỏe", "Tin Y tế"], ["Thời sự", "Xã hội"], ["Khám phá", "Thế giới tự nhiên"]][n - 1]
    url = f"https://soha.vn/{slug(a['title'])}-{20210000000000 + h(a['id'], 'soha') % 9000000}.htm"
    hh = a["time"][0]
    date = f"{dmy(a, '-')} - {hm(a)} {'PM' if hh >= 12 else 'AM'}"
    source = "Lao Động" if a["corpus"] == "vietnews-labour" else "Dân trí"
    credit = f"Theo {a['author']} | {source}"
    p = Page()
    p.raw(head(a["title"], og(a, url, "Soha") + jsonld({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
        "datePublished": iso(a), "author": {"@type": "Person", "name": a["author"]},
        "publisher": {"@type": "Organization", "name": "Soha"}})))
    p.raw('<body><div class="header"><div class="header-top">')
    p.el("a", "Soha", 'class="logo" href="/"')
    menu = ["Thời sự", "Kinh doanh", "Quân sự", "Quốc tế", "Thể thao", "Giải trí", "Sống khỏe",
            "Công nghệ", "Khám phá", "Đời sống", "Video"]
    p.group(('<div class="menu"><ul>', "</ul></div>"), '<li><a href="#">{t}</a></li>', menu)
    p.raw('</div></div>\n<div class="w1040"><div class="detail-top">')
    p.group(('<div class="breadcrumb">', "</div>"), '<a href="#">{t}</a>', crumbs, " ")
    p.raw("</div>")
    p.el("h1", a["title"], 'class="news-title" data-role="title"')
    p.raw('<div class="news-info">')
    p.el("span", date, 'class="pdate" data-role="publishdate"')
    p.raw("</div>")
    p.el("h2", a["lead"], 'class="news-sapo" data-role="sapo"')
    p.raw('<div class="clearfix"><div class="news-content" data-role="content">')

    def photo():
        p.raw('<div class="VCSortableInPreviewMode" type="Photo"><div>'
              f'<img {LAZY} data-src="https://sohanews.sohacdn.com/{h(a["id"]) % 99999}.jpg">'
              '</div><div class="PhotoCMS_Caption">')
        p.el("p", (a["caption"] + " Ảnh minh họa") if a["caption"] else "Ảnh minh họa")
        p.raw("</div></div>")
        ad_slot(p, 35)

    def inline():
        p.raw('<div class="VCSortableInPreviewMode" type="RelatedNewsBox">'
              '<div class="kbwscwl-relatedbox">')
        for t in tz[0:2]:
            p.el("a", t, 'href="#" class="relatednews"')
        p.raw("</div></div>")

    body(p, a, photo, inline, at=2, para=lambda t: ("p", t))
    p.raw('<p style="text-align: right;"><b>')
    p.el("span", credit)
    p.raw("</b></p>")
    p.raw("</div></div>")
    ad_slot(p, 36)
    p.el("div", "Chia sẻ Lưu bài", 'class="social-share"')
    p.el("h3", "Tin cùng chuyên mục", 'class="box-title"')
    p.group(('<ul class="box-news">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:5])
    p.el("a", "Xem theo ngày", 'class="viewbydate"')
    p.raw("</div>\n")
    foot = ["Cơ quan chủ quản: Công ty Cổ phần VCCorp",
            "Giấy phép thiết lập trang thông tin điện tử tổng hợp số 2215/GP-TTĐT do Sở TT&TT "
            "Hà Nội cấp",
            "Chịu trách nhiệm quản lý nội dung: Ông Nguyễn Thế Tân",
            "© Copyright 2007 - 2024 – Công ty Cổ phần VCCorp"]
    footer(p, foot, ('<div class="footer">', "</div>"))
    fur = ["Quân sự", crumbs[-1], *tz[0:5], credit, "Chia sẻ Lưu bài", "Tin cùng chuyên mục",
           "Xem theo ngày", *foot]
    return p, text_of(p, True, False), url, crumbs[-1], a["author"], fur


def daidoanket(a, n, tz):
    """Đại Đoàn Kết: OpenGraph without a date, <time datetime> round the date; no <article>;
    'Thứ Ba, 12/11/2024 - 08:30' under the title; sapo a bold <p class="sapo"><strong>; photo
    in a <table> with its caption cell; related stories as a <table> inside the body; byline in
    CAPITALS, bold, right-aligned at the end; CRLF, blank line between blocks, menu on one line."""
    crumbs = [["Giáo dục", "Tuyển sinh"], ["Xã hội", "Đời sống"], ["Xã hội", "Lao động - Việc làm"]][n - 1]
    url = f"https://daidoanket.vn/{slug(a['title'])}-{500000 + h(a['id'], 'ddk') % 300000}.html"
    date = f"{weekday(a)}, {dmy(a)} - {hm(a)}"
    byline = a["author"].upper()
    p = Page()
    p.raw(head(a["title"] + " - Báo Đại Đoàn Kết", og(a, url, "Báo Đại Đoàn Kết", published=False)))
    p.raw('<body>\r\n<div id="wrapper"><div class="top">')
    p.el("a", "Đại Đoàn Kết", 'class="logo"')
    menu = ["Chính trị", "Mặt trận", "Xã hội", "Kinh tế", "Văn hóa", "Giáo dục", "Pháp luật",
            "Sức khỏe", "Thế giới", "Thể thao", "Đời sống", "Đại đoàn kết cuối tuần"]
    p.group(('<ul class="nav">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('</div>\r\n<div class="col-left"><div class="cate-path">')
    p.group(("", ""), '<a href="#">{t}</a>', crumbs, " ")
    p.raw("</div>")
    p.el("h1", a["title"], 'class="title"')
    p.raw(f'<div class="date"><time datetime="{iso(a)}">')
    p.el("span", date)
    p.raw("</time></div>")
    p.raw('<p class="sapo"><strong>')
    p.el("span", a["lead"])
    p.raw("</strong></p>")
    p.raw('<div id="content" class="detail-content">')

    def photo():
        p.raw('<table class="picture" align="center"><tbody><tr><td>'
              f'<img data-original="/ddk{h(a["id"]) % 9999}.jpg" {LAZY}></td></tr><tr>')
        p.el("td", (a["caption"] + " Ảnh: Quang Vinh.") if a["caption"] else "Ảnh: Quang Vinh.",
             'class="image_desc"')
        p.raw("</tr></tbody></table>")

    def inline():
        p.raw('<table class="tbl-related" width="100%"><tbody><tr>')
        p.el("td", "Đọc thêm", 'class="tbl-related-title"')
        p.raw("</tr>")
        for t in tz[0:2]:
            p.raw("<tr>")
            p.el("td", t)
            p.raw("</tr>")
        p.raw("</tbody></table>")

    body(p, a, photo, inline, at=2)
    p.raw('<p style="text-align:right"><strong>')
    p.el("span", byline)
    p.raw("</strong></p></div>")
    p.group(('<div class="tags">', "</div>"), '<a href="#">{t}</a>',
            ["Từ khóa", crumbs[-1].lower(), "việc làm" if n == 3 else "đời sống"], " ")
    p.raw('<form class="comment">')
    p.el("label", "Bình luận của bạn")
    p.el("button", "Gửi bình luận")
    p.raw("</form>")
    p.el("div", "Tin cùng chuyên mục", 'class="title-box"')
    p.group(('<ul class="cungchuyenmuc">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:5],
            "\r\n\r\n")
    p.raw("</div></div>\r\n")
    foot = ["Báo Đại Đoàn Kết - Cơ quan Trung ương của Mặt trận Tổ quốc Việt Nam",
            "Giấy phép số 247/GP-BTTTT",
            "Tòa soạn: 66 Bà Triệu, Hoàn Kiếm, Hà Nội - Điện thoại: 024 3822 9999",
            "Ghi rõ nguồn \"Báo Đại Đoàn Kết\" khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<div class="footer">', "</div>"))
    fur = ["Đại đoàn kết cuối tuần", "Đọc thêm", *tz[0:5], byline, "Ảnh: Quang Vinh.",
           "Bình luận của bạn", "Gửi bình luận", "Tin cùng chuyên mục", *foot]
    return p, text_of(p, False, True, "\r\n"), url, crumbs[-1], a["author"], fur


def baophapluat(a, n, tz):
    """Báo Pháp luật Việt Nam: <article>; <meta name="author"> and <meta property=
    "article:published_time">, no other OpenGraph; byline ABOVE the date, both between title and
    sapo; 'Thứ Ba, 12/11/2024, 08:30' ; sapo in <h2> tagged '(PLVN) - '; lazy <figure> photos whose
    caption ends with the photographer; 'Tin liên quan' box with a heading inside the body and an
    ad script; '#' tags; one block a line, menus on one line."""
    crumbs = [["Xã hội", "Y tế"], ["Pháp luật", "Hồ sơ vụ án"], ["Giáo dục"]][n - 1]
    url = f"https://baophapluat.vn/{slug(a['title'])}-post{300000 + h(a['id'], 'plvn') % 200000}.html"
    date = f"{weekday(a)}, {dmy(a)}, {hm(a)}"
    shot = ["Ảnh: Đăng Khoa", "Ảnh: Hải Đăng", "Ảnh minh họa: PLVN"][n - 1]
    p = Page()
    p.raw(head(a["title"] + " | Báo Pháp luật Việt Nam",
               f'<meta name="author" content="{html.escape(a["author"])}">\n'
               f'<meta name="description" content="{html.escape(a["lead"])}">\n'
               f'<meta property="article:published_time" content="{iso(a)}">\n'))
    p.raw('<body><header class="site-header">')
    p.el("a", "Pháp luật Việt Nam", 'class="site-logo"')
    menu = ["Thời sự", "Pháp luật", "Bạn đọc", "Kinh tế", "Bất động sản", "Văn hóa - Giải trí",
            "Giáo dục", "Sức khỏe", "Quốc tế", "Thể thao", "Multimedia"]
    p.group(('<nav class="menu"><ul>', "</ul></nav>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('</header>\n<main><article class="article">')
    p.group(('<ol class="breadcrumb">', "</ol>"), '<li><a href="#">{t}</a></li>', crumbs, " » ")
    p.el("h1", a["title"], 'class="article__title"')
    p.raw('<div class="article__meta">')
    p.el("a", a["author"], 'class="article__author" rel="author" href="#"')
    p.el("time", date, f'datetime="{iso(a)}" class="article__time"')
    p.raw("</div>")
    p.el("h2", "(PLVN) - " + a["lead"], 'class="article__sapo"')
    p.raw('<div class="article__body">')

    def photo():
        p.raw(f'<figure class="picture"><img {LAZY} data-src="/plvn{h(a["id"]) % 9999}.jpg" alt="">')
        p.el("figcaption", (a["caption"] + " " + shot) if a["caption"] else shot)
        p.raw("</figure>")
        ad_slot(p, 12)

    def inline():
        p.raw('<div class="related-news">')
        p.el("h3", "Tin liên quan")
        p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[0:3], "\n")
        p.raw("</div>")

    body(p, a, photo, inline, at=1)
    p.raw("</div>")
    tags = ["#" + crumbs[-1], "#bảo mẫu" if n == 2 else "#PLVN"]
    p.group(('<div class="article__tags">', "</div>"), '<a href="#">{t}</a>', tags, " ")
    p.el("div", "Chia sẻ Facebook Twitter Copy link", 'class="article__share"')
    p.raw("</article>")
    p.el("h3", "Đọc nhiều", 'class="box-heading"')
    p.group(('<ol class="most-read">', "</ol>"), '<li><a href="#">{t}</a></li>', tz[3:5], "\n")
    p.raw("</main>\n")
    foot = ["Báo Pháp luật Việt Nam - Cơ quan ngôn luận của Bộ Tư pháp",
            "Giấy phép số 126/GP-BTTTT",
            "Tòa soạn: 42/2 Nguyễn Chí Thanh, Ba Đình, Hà Nội",
            "Bản quyền thuộc về Báo Pháp luật Việt Nam. Cấm sao chép dưới mọi hình thức nếu không "
            "có sự chấp thuận bằng văn bản."]
    footer(p, foot, ('<footer class="site-footer">', "</footer>"))
    fur = ["Bất động sản", "(PLVN) -", shot, "Tin liên quan", *tz[0:5], tags[-1],
           "Chia sẻ Facebook Twitter Copy link", "Đọc nhiều", *foot]
    return p, text_of(p, False, False), url, crumbs[-1], a["author"], fur


def congthuong(a, n, tz):
    """Công Thương: JSON-LD (author the Organization, not a person) and a bare '12/11/2024 08:30'
    under the section label; the sapo is the FIRST paragraph of the body container, bold
    (<p><strong>), no tag; '>> ' teaser paragraphs inside the body; photo in a <figure>; byline
    bold right-aligned at the end, or 'Theo TTXVN' alone (author null); 'Tin liên quan' after the
    body; blank line between blocks, menus one item a line."""
    section = ["Xuất nhập khẩu", "Thị trường", "Kinh tế"][n - 1]
    url = f"https://congthuong.vn/{slug(a['title'])}-{150000 + h(a['id'], 'ct') % 200000}.html"
    date = f"{dmy(a)} {hm(a)}"
    wire = n == 3
    byline = "Theo TTXVN" if wire else a["author"]
    p = Page()
    p.raw(head(a["title"], jsonld({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
        "datePublished": iso(a), "articleSection": section,
        "author": {"@type": "Organization", "name": "Báo Công Thương"},
        "publisher": {"@type": "Organization", "name": "Báo Công Thương"}})))
    p.raw('<body><div class="header">')
    p.el("a", "Báo Công Thương", 'class="logo"')
    menu = ["Thời sự", "Kinh tế", "Thị trường", "Xuất nhập khẩu", "Năng lượng", "Công nghiệp",
            "Doanh nghiệp", "Bảo vệ người tiêu dùng", "Sống khỏe", "Media"]
    p.group(('<ul class="menu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu)
    p.raw('</div>\n<div class="main"><div class="detail">')
    p.el("a", section, 'class="detail-cate" href="#"')
    p.el("h1", a["title"], 'class="detail-title"')
    p.el("span", date, 'class="detail-time"')
    p.raw('<div class="detail-content">')
    p.raw("<p><strong>")
    p.el("span", a["lead"])
    p.raw("</strong></p>")

    def photo():
        p.raw(f'<figure class="image align-center"><img src="/ct{h(a["id"]) % 9999}.jpg">')
        p.el("figcaption", a["caption"] or "Ảnh minh họa")
        p.raw("</figure>")

    def inline():
        p.raw('<p class="xemthem"><strong>&gt;&gt; </strong><a href="#">'
              + html.escape(tz[0], quote=False) + "</a></p>")
        p.blocks.append(">> " + tz[0])

    body(p, a, photo, inline, at=2)
    p.raw('<p style="text-align: right;"><strong>')
    p.el("span", byline)
    p.raw("</strong></p></div>")
    p.group(('<div class="tags">', "</div>"), '<a href="#">{t}</a>',
            ["Tags:", section.lower(), "lao động" if a["corpus"] == "vietnews-labour" else "xăng dầu"])
    p.el("div", "Tin liên quan", 'class="box-title"')
    p.group(('<ul class="box-related">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[1:4])
    p.raw("</div></div>\n")
    foot = ["Báo Công Thương - Cơ quan ngôn luận của Bộ Công Thương",
            "Giấy phép số 71/GP-BTTTT",
            "Tòa soạn: Tầng 8, số 655 Phạm Văn Đồng, Bắc Từ Liêm, Hà Nội",
            "Ghi rõ nguồn \"Báo Công Thương\" khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<div class="footer">', "</div>"))
    fur = ["Bảo vệ người tiêu dùng", ">> " + tz[0], *tz[1:4], "Tags:", "Tin liên quan", *foot]
    if wire:
        fur.append(byline)
    return p, text_of(p, True, True), url, section, None if wire else a["author"], fur


def suckhoedoisong(a, n, tz):
    """Sức khỏe & Đời sống: JSON-LD + OpenGraph + <meta name="author">; breadcrumb; author and
    '12-11-2024 08:30' (dashes) on two lines between title and sapo; sapo tagged 'SKĐS - ' in
    <h2>; a visible 'ADVERTISEMENT' label and 'Mời bạn đọc xem thêm:' teaser inside the body;
    caption in two <p> in the <figcaption> (text, then the credit); 'Tin cùng chuyên mục' after;
    CRLF, one block a line, menu one item a line."""
    crumbs = [["Y tế", "Thời sự y tế"], ["Xã hội", "Việc làm"], ["Đời sống", "Du lịch"]][n - 1]
    url = f"https://suckhoedoisong.vn/{slug(a['title'])}-{169210000 + h(a['id'], 'skds') % 90000}.htm"
    date = f"{dmy(a, '-')} {hm(a)}"
    p = Page()
    p.raw(head(a["title"], og(a, url, "Báo Sức khỏe & Đời sống")
               + f'<meta name="author" content="{html.escape(a["author"])}">\n' + jsonld({
                   "@context": "https://schema.org", "@type": "NewsArticle",
                   "headline": a["title"], "datePublished": iso(a),
                   "author": {"@type": "Person", "name": a["author"]},
                   "publisher": {"@type": "Organization", "name": "Báo Sức khỏe & Đời sống"}})))
    p.raw('<body>\r\n<div class="header">')
    p.el("a", "Sức khỏe & Đời sống", 'class="logo"')
    menu = ["Thời sự", "Y tế", "Dược", "Bệnh thường gặp", "Y học cổ truyền", "Dinh dưỡng",
            "Giới tính", "Đời sống", "Xã hội", "Thể thao", "Giải trí"]
    p.group(('<ul class="menu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu)
    p.raw('</div>\r\n<div class="detail-container">')
    p.group(('<div class="detail-cate">', "</div>"), '<a href="#">{t}</a>', crumbs, " ")
    p.el("h1", a["title"], 'class="detail-title" data-role="title"')
    p.raw('<div class="detail-author">')
    p.el("a", a["author"], 'class="author-name" href="#"')
    p.el("span", date, 'class="publish-date" data-role="publishdate"')
    p.raw("</div>")
    p.raw('<h2 class="detail-sapo" data-role="sapo">')
    p.el("b", "SKĐS - ", show=False)
    p.raw(html.escape(a["lead"], quote=False) + "</h2>")
    p.blocks.append("SKĐS - " + a["lead"])
    p.raw('<div class="detail-content afcbc-body" data-role="content">')
    credit = ["Ảnh: BVCC", "Ảnh: TL", "Ảnh: Toàn Vũ"][n - 1]

    def photo():
        p.raw('<figure class="VCSortableInPreviewMode" type="Photo">'
              f'<img {LAZY} data-src="/skds.jpg"><figcaption>')
        if a["caption"]:
            p.el("p", a["caption"])
        p.el("p", credit, 'class="credit"')
        p.raw("</figcaption></figure>")
        p.raw('<div class="ad-container">')
        p.el("span", "ADVERTISEMENT", 'class="ad-label"')
        p.raw('<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js">'
              "</script><ins class=\"adsbygoogle\"></ins></div>")

    def inline():
        p.raw('<div class="VCSortableInPreviewMode" type="RelatedOneNews">')
        p.el("p", "Mời bạn đọc xem thêm:", 'class="rel-label"')
        p.el("a", tz[0], 'href="#"')
        p.raw("</div>")

    body(p, a, photo, inline, at=2)
    p.raw("</div>")
    p.group(('<div class="detail-tags">', "</div>"), '<a href="#">{t}</a>',
            ["Từ khóa:", crumbs[-1].lower(), "sức khỏe"])
    p.el("div", "Xem thêm", 'class="box-title"')
    p.group(('<ul class="box-related">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[1:3])
    p.el("div", "Tin cùng chuyên mục", 'class="box-title"')
    p.group(('<ul class="box-samecate">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[3:5])
    p.raw("</div>\r\n")
    foot = ["Cơ quan chủ quản: Bộ Y tế",
            "Báo Sức khỏe & Đời sống - Giấy phép số 02/GP-BTTTT",
            "Tòa soạn: 138A Giảng Võ, Ba Đình, Hà Nội",
            "Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản."]
    footer(p, foot, ('<div class="footer">', "</div>"))
    fur = ["Y học cổ truyền", "SKĐS -", credit, "ADVERTISEMENT", "Mời bạn đọc xem thêm:",
           *tz[0:5], "Từ khóa:", "Tin cùng chuyên mục", *foot]
    return p, text_of(p, True, False, "\r\n"), url, crumbs[-1], a["author"], fur


def giaoducthoidai(a, n, tz):
    """Giáo dục & Thời đại: NO metadata (title and description only); section label; '08:30
    12/11/2024' (time first) under the title; byline under the date, with an agency on page 2
    ('Tên/TTXVN') and a wire credit alone on page 3 ('Theo VOV', author null); sapo a <p> opened
    by a bold 'GD&TĐ - ' tag; photo in a <table> with the caption in a cell below; 'Bài liên quan'
    box with a heading inside the body; blank line between blocks, menu one item a line."""
    section = ["Đời sống", "Xã hội", "Thời sự"][n - 1]
    url = f"https://giaoducthoidai.vn/{slug(a['title'])}-post{400000 + h(a['id'], 'gd') % 200000}.html"
    date = f"{hm(a)} {dmy(a)}"
    wire = n == 3
    byline = ["", f"{a['author']}/TTXVN", "Theo VOV"][n - 1] or a["author"]
    p = Page()
    p.raw(head(a["title"] + " | Báo Giáo dục và Thời đại Online",
               f'<meta name="description" content="{html.escape(a["lead"])}">\n'))
    p.raw('<body><div id="header">')
    p.el("a", "Giáo dục & Thời đại", 'class="logo"')
    menu = ["Thời sự", "Giáo dục", "Tuyển sinh", "Trao đổi", "Học đường", "Nhân ái",
            "Pháp luật", "Đời sống", "Văn hóa", "Thế giới", "Thể thao"]
    p.group(('<ul class="navigation">', "</ul>"), '<li><a href="#">{t}</a></li>', menu)
    p.raw('</div>\n<div class="container"><div class="article-detail">')
    p.el("a", section, 'class="cat-name" href="#"')
    p.el("h1", a["title"], 'class="article-title"')
    p.el("span", date, 'class="article-date"')
    p.el("div", byline, 'class="article-author"')
    p.raw('<p class="article-sapo"><strong>GD&amp;TĐ - </strong>'
          + html.escape(a["lead"], quote=False) + "</p>")
    p.blocks.append("GD&TĐ - " + a["lead"])
    p.raw('<div class="article-content">')

    def photo():
        p.raw('<table class="image" align="center"><tbody><tr><td>'
              f'<img src="/gd{h(a["id"]) % 9999}.jpg"></td></tr><tr>')
        p.el("td", a["caption"] or "Ảnh minh họa/INT.", 'class="caption"')
        p.raw("</tr></tbody></table>")

    def inline():
        p.raw('<div class="box-related-inline">')
        p.el("h4", "Bài liên quan")
        p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[0:2])
        p.raw("</div>")
        ad_slot(p, 7)

    body(p, a, photo, inline, at=1)
    p.raw("</div>")
    p.group(('<div class="tags">', "</div>"), '<a href="#">{t}</a>',
            ["Tags", section.lower(), "Tết" if n == 2 else "tin tức"])
    p.el("div", "Bình luận (0)", 'class="comment-count"')
    p.el("div", "Xem nhiều", 'class="box-title"')
    p.group(('<ul class="most-view">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:5])
    p.raw("</div></div>\n")
    foot = ["Báo Giáo dục & Thời đại - Cơ quan của Bộ Giáo dục và Đào tạo",
            "Giấy phép số 479/GP-BTTTT",
            "Tòa soạn: 15 Hai Bà Trưng, Hoàn Kiếm, Hà Nội",
            "Ghi rõ nguồn \"Báo Giáo dục & Thời đại\" khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<div class="footer">', "</div>"))
    fur = ["Nhân ái", "GD&TĐ -", "Bài liên quan", *tz[0:5], "Bình luận (0)", "Xem nhiều", *foot]
    if n == 2:
        fur.append(byline)
    if wire:
        fur.append(byline)
    return p, text_of(p, True, True), url, section, None if wire else a["author"], fur


# ---------------------------------------------------------------- plan and output

TEMPLATES = {"soha": soha, "daidoanket": daidoanket, "baophapluat": baophapluat,
             "congthuong": congthuong, "suckhoedoisong": suckhoedoisong,
             "giaoducthoidai": giaoducthoidai}
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
