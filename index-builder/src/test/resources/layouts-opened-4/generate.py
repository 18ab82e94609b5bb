"""Builds the fourth opened page-layout set (formerly the fourth unseen check): 18 real corpus articles laid out as six more
Vietnamese news sites lay them out (Báo Mới, Người Đô Thị, Báo Quảng Ninh, Nông nghiệp Việt Nam,
Báo Phụ nữ TP.HCM, Báo Biên phòng), each page as HTML and as the visible text a scraper saves from
it, with labels. The HTML varies most: an aggregator page that credits the source paper, div soup
with ad slots and scripts inside the body, <article> on two sites only, the sapo in <h2>, in a
bare <div>, in <strong>, with a 'BP - ' tag; bylines at the top on one line with the date, at the
end right-aligned, 'Bài, ảnh: TÊN' in capitals, 'Nhóm PV', a wire credit alone; related boxes as
<table>s of bare links or <div>s with a heading inside the body; lazy images with captions in
<figure> or table cells.

  python3 index-builder/src/test/resources/layouts-opened-4/generate.py   # from the repository root

Reads ../shared/corpus (beside the repository). Writes, beside this script:
  <site>/<n>.html   the page as the site serves it
  <site>/<n>.txt    its visible text, saved with that site's scraper convention (see the README)
  labels.jsonl      one line per page, the schema of ../layouts-opened-3/labels.jsonl,
                    "half": "opened"

Written from what the real sites look like, without reading the extractor's rules; opened for
tuning on 2026-12-05 from 14:51, when layouts-unseen-5 replaced it as the unseen check. Labels come from the corpus article's fields and from what the template prints. The articles
are named below (ARTICLES), not searched for, so the set cannot drift when the corpus grows.
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
# ../layouts-opened-2/ or ../layouts-opened-3/. dantri: pages that end with the reporter's name,
# whose first line (the lead) has 20 words or more and that keep five or more body paragraphs.
# vietnews-labour: a clean title, a full-sentence lead of 18 words or more, a photo caption. The
# three marked (A) are agreement signings, and the signing is printed on the page.
ARTICLES = {
    "baomoi": ["dantri-news_society_160", "vietnews-train-010709",
               "dantri-news_health_250"],  # (A) four hospitals sign cooperation agreements
    "nguoidothi": ["vietnews-train-066577", "dantri-news_business_072", "vietnews-train-073315"],
    "baoquangninh": ["dantri-news_travel_244",
                     "vietnews-val-013261",  # (A) BSR and Nghi Son sign a cooperation agreement
                     "dantri-news_society_059"],
    "nongnghiep": ["vietnews-train-016019",  # (A) Viet Nam and Korea sign the EPS memorandum
                   "dantri-news_health_065", "vietnews-train-016803"],
    "phunuonline": ["dantri-news_education_147", "vietnews-val-021994",
                    "dantri-news_education_217"],
    "bienphong": ["vietnews-train-091138", "dantri-news_travel_070", "vietnews-val-019350"],
}
AGREEMENTS = {"dantri-news_health_250", "vietnews-val-013261", "vietnews-train-016019"}
# Every id the other layout sets name (grep -o over ../layouts*/): teasers never come from these,
# and an article named above must not be one of them.
USED_ELSEWHERE = {
    "dantri-news_business_051", "dantri-news_business_054", "dantri-news_business_064",
    "dantri-news_business_093", "dantri-news_business_095", "dantri-news_business_121",
    "dantri-news_business_197", "dantri-news_business_231", "dantri-news_business_239",
    "dantri-news_education_035", "dantri-news_education_059", "dantri-news_education_097",
    "dantri-news_education_098", "dantri-news_education_113", "dantri-news_education_146",
    "dantri-news_education_160", "dantri-news_education_210", "dantri-news_education_212",
    "dantri-news_education_222", "dantri-news_education_263", "dantri-news_education_267",
    "dantri-news_health_056", "dantri-news_health_072", "dantri-news_health_137",
    "dantri-news_health_157", "dantri-news_health_163", "dantri-news_health_264",
    "dantri-news_health_265", "dantri-news_science_046", "dantri-news_science_086",
    "dantri-news_society_032", "dantri-news_society_060", "dantri-news_society_097",
    "dantri-news_society_109", "dantri-news_society_110", "dantri-news_society_113",
    "dantri-news_society_139", "dantri-news_society_157", "dantri-news_society_177",
    "dantri-news_society_185", "dantri-news_society_220", "dantri-news_society_261",
    "dantri-news_travel_057", "dantri-news_travel_103", "dantri-news_travel_125",
    "dantri-news_travel_191", "vietnews-test-000670", "vietnews-test-002199",
    "vietnews-test-002277", "vietnews-test-002330", "vietnews-test-002377", "vietnews-test-002465",
    "vietnews-test-002581", "vietnews-test-002811", "vietnews-test-004622", "vietnews-test-005681",
    "vietnews-test-016067", "vietnews-test-016199", "vietnews-test-017223", "vietnews-test-019720",
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
    "vietnews-val-004258", "vietnews-val-013882", "vietnews-val-013936", "vietnews-val-014159",
    "vietnews-val-014663", "vietnews-val-015999", "vietnews-val-016357", "vietnews-val-022111",
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
    teasers = sorted(set(teasers), key=lambda t: h(t, "teaser4"))
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


def gpt_slot(p, n):
    """A Google Publisher Tag slot with its script, inside the body: no visible text."""
    p.raw(f'<div id="div-gpt-ad-{1600000000000 + n}-0" class="ads-inread" style="min-height:250px">'
          f'<script>googletag.cmd.push(function() {{ googletag.display("div-gpt-ad-{1600000000000 + n}'
          '-0"); });</script></div>')


def baomoi(a, n, tz):
    """Báo Mới (an aggregator): JSON-LD NewsArticle (author a Person, isBasedOn the source paper's
    URL) and OpenGraph with the date; two-crumb breadcrumb; the SOURCE PAPER's name as a link above
    the title and '12/11/2024 08:30 GMT+7' beside it; sapo in <h3 class="bm-sapo">, no tag; div
    soup body (<p class="body-text">) with ad slots and scripts between paragraphs, lazy <figure>
    photos; reporter bold at the end, then 'Nguồn Báo: URL' and 'Xem bài gốc'; 'Cùng chủ đề' and
    'Tin mới' after; one block a line, menu one item a line."""
    crumbs = [["Xã hội", "Giao thông"], ["Kinh tế", "Lao động - Việc làm"], ["Sức khỏe", "Y tế"]][n - 1]
    url = f"https://baomoi.com/{slug(a['title'])}-c{38000000 + h(a['id'], 'bm') % 999999}.epi"
    date = f"{dmy(a)} {hm(a)} GMT+7"
    src, srcurl = source_of(a), source_url(a)
    nguon = f"Nguồn {src}: {srcurl}"
    p = Page()
    p.raw(head(a["title"] + " | Báo Mới", og(a, url, "Báo Mới") + jsonld({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
        "description": a["lead"], "datePublished": iso(a), "dateModified": iso(a),
        "author": {"@type": "Person", "name": a["author"]}, "isBasedOn": srcurl,
        "publisher": {"@type": "Organization", "name": "Báo Mới"}})))
    p.raw('<body><div id="__next"><header class="bm-header"><div class="bm-header__inner">')
    p.el("a", "Báo Mới", 'class="bm-logo" href="/" title="Báo Mới"')
    menu = ["Nóng", "Mới", "Video", "Chủ đề", "Thế giới", "Xã hội", "Văn hóa", "Kinh tế",
            "Giáo dục", "Thể thao", "Giải trí", "Pháp luật", "Công nghệ", "Khoa học", "Đời sống",
            "Xe cộ", "Nhà đất"]
    p.group(('<nav class="bm-menu"><ul>', "</ul></nav>"), '<li><a href="#">{t}</a></li>', menu)
    p.raw('</div></header>\n<main class="bm-main"><div class="bm-content-main">')
    p.group(('<div class="bm-breadcrumb">', "</div>"), '<a href="#">{t}</a>', crumbs)
    p.raw('<div class="bm-article">')
    p.raw('<div class="bm-article-info">')
    p.el("a", src, f'class="bm-source" href="{html.escape(srcurl)}" rel="nofollow"')
    p.el("time", date, f'datetime="{iso(a)}"')
    p.raw("</div>")
    p.el("h1", a["title"], 'class="bm-title"')
    p.el("h3", a["lead"], 'class="bm-sapo"')
    p.raw('<div class="bm-article-body">')

    def photo():
        p.raw('<figure class="body-image"><div class="bm-image">'
              f'<img {LAZY} data-src="https://photo-baomoi.bmcdn.me/w700_r1/{h(a["id"]) % 99999}.jpg"'
              ' alt=""></div>')
        p.el("figcaption", a["caption"] or "Ảnh minh họa", 'class="body-image-caption"')
        p.raw("</figure>")

    def between(i):
        if i in (1, 4):
            p.raw(f'<div class="bm-ad-inpage" data-zone="inpage{i}"><div id="ads-{i}"></div>'
                  f'<script>(window.adsbm = window.adsbm || []).push({{zone: "inpage{i}"}});'
                  "</script></div>")

    body(p, a, photo, None, para=lambda t: ("p", t, 'class="body-text"'), between=between)
    p.raw('<p class="body-text body-author">')
    p.el("strong", a["author"])
    p.raw("</p>")
    p.raw('<p class="bm-source-link">')
    p.el("a", nguon, f'href="{html.escape(srcurl)}" rel="nofollow" target="_blank"')
    p.raw("</p>")
    p.el("a", "Xem bài gốc", f'class="bm-origin" href="{html.escape(srcurl)}"')
    p.raw("</div></div>")
    p.group(('<div class="bm-keywords">', "</div>"), '<a href="#">{t}</a>',
            ["Từ khóa:", crumbs[-1], src])
    p.el("h2", "Cùng chủ đề", 'class="bm-section-title"')
    p.group(('<div class="bm-list">', "</div>"), '<h4><a href="#">{t}</a></h4>', tz[0:3])
    p.el("h2", "Tin mới", 'class="bm-section-title"')
    p.group(('<div class="bm-list">', "</div>"), '<h4><a href="#">{t}</a></h4>', tz[3:5])
    p.raw("</div></main>\n")
    foot = ["Cơ quan chủ quản: Công ty Cổ phần Công nghệ EPI",
            "Giấy phép số 2215/GP-TTĐT do Sở Thông tin và Truyền thông Hà Nội cấp",
            "Báo Mới không chịu trách nhiệm về nội dung các bài viết được tổng hợp từ báo chí",
            "Chỉ đăng lại thông tin khi có sự đồng ý bằng văn bản của các cơ quan báo chí"]
    footer(p, foot, ('<footer class="bm-footer">', "</footer></div>"))
    fur = ["Xe cộ", src, date, nguon, "Xem bài gốc", "Cùng chủ đề", "Tin mới", *tz[0:5], *foot]
    return p, text_of(p, True, False), url, crumbs[-1], a["author"], fur


def nguoidothi(a, n, tz):
    """Người Đô Thị: <article>, <meta name="author"> and OpenGraph without a date, <time datetime>;
    a 'Trang chủ / Section' breadcrumb; the byline and '08:30 | 12/11/2024' on ONE line between
    title and sapo ('Nhóm PV' on page 3: author null); sapo a bare <div class="sapo"> (italic by
    CSS), no tag; <figure> photo whose <figcaption> ends with the photographer; a 'Đọc thêm' box
    with a heading inside the body; 'Từ khóa', comment form, 'Bài viết cùng chủ đề' after; blank
    line between blocks, menus on one line."""
    crumbs = [["Trang chủ", "Xã hội"], ["Trang chủ", "Kinh tế"], ["Trang chủ", "Đời sống"]][n - 1]
    url = f"https://nguoidothi.net.vn/{slug(a['title'])}-{30000 + h(a['id'], 'ndt') % 9000}.html"
    group = n == 3
    by = "Nhóm PV" if group else a["author"]
    meta_line = f"{by} - {hm(a)} | {dmy(a)}"
    cap, shot = caption_with(a, ["Ảnh: Hữu Khoa", "Ảnh: Tư liệu", "Ảnh: Hoàng Triều"][n - 1])
    p = Page()
    p.raw(head(a["title"] + " - Người Đô Thị",
               f'<meta name="author" content="{html.escape(by)}">\n'
               + og(a, url, "Người Đô Thị", published=False)))
    p.raw('<body class="single">\n<div class="site-header"><div class="container">')
    p.el("a", "Người Đô Thị", 'class="brand" href="/"')
    menu = ["Thời sự", "Đô thị", "Kinh tế", "Xã hội", "Văn hóa", "Đời sống", "Thế giới",
            "Người Đô Thị Media", "Tạp chí in"]
    p.group(('<ul class="main-nav">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('</div></div>\n<div class="container"><article class="post">')
    p.group(('<div class="breadcrumbs">', "</div>"), '<a href="#">{t}</a>', crumbs, " / ")
    p.el("h1", a["title"], 'class="post-title"')
    p.raw('<div class="post-meta">')
    p.raw(f'<span class="author">{html.escape(by)}</span> - <time datetime="{iso(a)}">'
          f"{hm(a)} | {dmy(a)}</time>")
    p.blocks.append(meta_line)
    p.raw("</div>")
    p.el("div", a["lead"], 'class="sapo"')
    p.raw('<div class="post-content">')

    def photo():
        p.raw(f'<figure class="wp-caption aligncenter"><img {LAZY} '
              f'data-lazy-src="/wp-content/uploads/2019/{h(a["id"]) % 12 + 1:02d}/ndt.jpg">')
        p.el("figcaption", cap, 'class="wp-caption-text"')
        p.raw("</figure>")

    def inline():
        p.raw('<div class="related-inline">')
        p.el("p", "Đọc thêm", 'class="related-title"')
        p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[0:2], " ")
        p.raw("</div>")

    body(p, a, photo, inline, at=2)
    p.raw("</div>")
    p.group(('<div class="post-tags">', "</div>"), '<a href="#">{t}</a>',
            ["Từ khóa:", crumbs[-1].lower(), "người lao động" if n != 2 else "doanh nghiệp"], " ")
    p.raw("</article>")
    p.raw('<div id="comments"><form class="comment-form">')
    p.el("label", "Ý kiến của bạn")
    p.el("button", "Gửi ý kiến")
    p.raw("</form></div>")
    p.el("h3", "Bài viết cùng chủ đề", 'class="widget-title"')
    p.group(('<ul class="same-topic">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:5], " ")
    p.raw("</div>\n")
    foot = ["Người Đô Thị - Tạp chí điện tử của Hội Kiến trúc sư Việt Nam",
            "Giấy phép số 345/GP-BTTTT",
            "Tòa soạn: 23 Đinh Tiên Hoàng, Hoàn Kiếm, Hà Nội",
            "© Người Đô Thị. Ghi rõ nguồn khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<footer class="site-footer">', "</footer>"))
    fur = ["Người Đô Thị Media", meta_line, *filter(None, [shot]), "Đọc thêm", *tz[0:5], "Ý kiến của bạn",
           "Gửi ý kiến", "Bài viết cùng chủ đề", *foot]
    return p, text_of(p, False, True), url, crumbs[-1], None if group else a["author"], fur


def baoquangninh(a, n, tz):
    """Báo Quảng Ninh: OpenGraph without a date, no author anywhere in the metadata, no
    <article>; 'Văn hóa > Du lịch' breadcrumb; 'Thứ Năm, 22/4/2021 | 08:30' (day and month not
    padded) under the title; sapo a bare <div class="chapeau"> (bold by CSS), no tag; table
    layout: photo in a <table> with the caption and credit in the cell below; a <table> of bare
    related links, no heading, inside the body; byline bold right-aligned at the end, with the
    source paper for a reprint ('Tên (Theo Báo Lao Động)'); 'In bài', 'Tin khác' with dates;
    CRLF, one block a line, menus on one line."""
    crumbs = [["Văn hóa", "Du lịch"], ["Kinh tế", "Công nghiệp"], ["Xã hội", "Y tế"]][n - 1]
    url = f"https://baoquangninh.vn/{slug(a['title'])}-{3100000 + h(a['id'], 'bqn') % 90000}.html"
    d = a["date"]
    date = f"{weekday(a)}, {d.day}/{d.month}/{d.year} | {hm(a)}"
    byline = f"{a['author']} (Theo Báo Lao Động)" if a["corpus"] == "vietnews-labour" else a["author"]
    cap, credit = caption_with(a, ["Ảnh: Thu Chung", "Ảnh: BSR", "Ảnh: Đỗ Phương"][n - 1])
    p = Page()
    p.raw(head(a["title"] + " - Báo Quảng Ninh điện tử",
               og(a, url, "Báo Quảng Ninh điện tử", published=False)
               + f'<meta name="keywords" content="{html.escape(crumbs[-1].lower())}, Quảng Ninh">\n'))
    p.raw('<body>\r\n<table class="wrapper" width="1000" align="center"><tr><td>'
          '<div class="banner-top">')
    p.el("a", "Báo Quảng Ninh", 'class="logo"')
    p.raw('</div><div class="menu-top">')
    menu = ["Trang chủ", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao", "Biển đảo",
            "Quốc tế", "Pháp luật", "Quảng Ninh TV", "English"]
    p.group(("", ""), '<a href="#" class="mnu">{t}</a>', menu, " | ")
    p.raw('</div></td></tr>\r\n<tr><td><div class="col-main">')
    p.group(('<div class="path">', "</div>"), '<a href="#">{t}</a>', crumbs, " > ")
    p.el("h1", a["title"], 'class="title-detail"')
    p.el("div", date, 'class="date-detail"')
    p.el("div", a["lead"], 'class="chapeau"')
    p.raw('<div id="content-detail" class="content-detail">')

    def photo():
        p.raw('<table class="image" align="center" border="0" cellpadding="3" cellspacing="0">'
              f'<tbody><tr><td><img src="/upload/news/{h(a["id"]) % 9999}.jpg" width="600"></td>'
              "</tr><tr>")
        p.el("td", cap, 'class="image-caption" style="text-align:center"')
        p.raw("</tr></tbody></table>")

    def inline():
        p.raw('<table class="related-inline" width="100%"><tbody>')
        for t in tz[0:2]:
            p.raw('<tr><td>&bull; ')
            p.el("a", t, 'href="#"')
            p.raw("</td></tr>")
        p.raw("</tbody></table>")

    body(p, a, photo, inline, at=2, para=lambda t: ("p", t, 'style="text-align: justify;"'))
    p.raw('<p style="text-align: right;"><strong>')
    p.el("span", byline)
    p.raw("</strong></p></div>")
    p.group(('<div class="tool">', "</div>"), '<a href="#">{t}</a>', ["Chia sẻ", "In bài",
                                                                     "Gửi phản hồi"], " ")
    p.el("div", "Tin khác", 'class="other-title"')
    others = [f"{t} ({(d - datetime.timedelta(days=i + 1)).day:02d}/"
              f"{(d - datetime.timedelta(days=i + 1)).month:02d}/"
              f"{(d - datetime.timedelta(days=i + 1)).year})" for i, t in enumerate(tz[2:5])]
    p.group(('<ul class="other-news">', "</ul>"), '<li><a href="#">{t}</a></li>', others, "\r\n")
    p.raw("</div></td></tr></table>\r\n")
    foot = ["Báo Quảng Ninh điện tử",
            "Giấy phép xuất bản số 78/GP-BTTTT",
            "Địa chỉ: Số 71 đường 25/4, TP Hạ Long, tỉnh Quảng Ninh",
            "Ghi rõ nguồn \"Báo Quảng Ninh\" khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<div class="footer">', "</div>"), tag="div")
    fur = ["Quảng Ninh TV", date, *filter(None, [credit]), *tz[0:2], "Chia sẻ In bài Gửi phản hồi", "Tin khác",
           *others, *foot]
    if byline != a["author"]:
        fur.append(byline)
    return p, text_of(p, False, False, "\r\n"), url, crumbs[-1], a["author"], fur


def nongnghiep(a, n, tz):
    """Nông nghiệp Việt Nam: OpenGraph with article:published_time and article:section, a JSON-LD
    BreadcrumbList (no NewsArticle); breadcrumb; 'Thứ Sáu 10/05/2019 , 08:30 (GMT+7)' (the stray
    space before the comma is the site's); the author's name on its own line above the sapo, or a
    wire credit alone after the body on page 3 ('Theo TTXVN', author null); sapo in <h2
    class="main-intro">, no tag; div soup body with GPT ad slots and a 'Xem thêm' box with
    thumbnails inside; <figure> caption ending 'Ảnh: Tên.'; '#' tags, 'Tin khác', a comment box;
    CRLF with a blank line between blocks, menu one item a line."""
    crumbs = [["Xã hội", "Lao động - Việc làm"], ["Xã hội", "Sức khỏe"], ["Thời sự"]][n - 1]
    url = f"https://nongnghiep.vn/{slug(a['title'])}-d{240000 + h(a['id'], 'nn') % 90000}.html"
    date = f"{weekday(a)} {dmy(a)} , {hm(a)} (GMT+7)"
    wire = n == 3
    cap, credit = caption_with(a, ["Ảnh: Chí Tuệ.", "Ảnh: Tùng Đinh.", "Ảnh: Lam Giang."][n - 1])
    p = Page()
    p.raw(head(a["title"] + " - Báo Nông nghiệp Việt Nam",
               og(a, url, "Báo Nông nghiệp Việt Nam", section=crumbs[-1]) + jsonld({
                   "@context": "https://schema.org", "@type": "BreadcrumbList",
                   "itemListElement": [{"@type": "ListItem", "position": i + 1, "name": c,
                                        "item": "https://nongnghiep.vn/" + slug(c)}
                                       for i, c in enumerate(crumbs)]})))
    p.raw('<body>\r\n<header class="header"><div class="header-top">')
    p.el("a", "Nông nghiệp Việt Nam", 'class="logo"')
    p.raw('</div><nav class="menu-main"><ul>')
    menu = ["Thời sự", "Kinh tế", "Nông thôn mới", "Chăn nuôi", "Trồng trọt", "Thủy sản",
            "Lâm nghiệp", "Xã hội", "Pháp luật", "Môi trường", "Nhà nông"]
    p.group(("", ""), '<li><a href="#">{t}</a></li>', menu)
    p.raw('</ul></nav></header>\r\n<div class="main-detail">')
    p.group(('<div class="breadcrumb-detail">', "</div>"), '<a href="#">{t}</a>', crumbs)
    p.el("h1", a["title"], 'class="main-title main-title-super detail-title"')
    p.el("span", date, 'class="time-detail"')
    if not wire:
        p.el("span", a["author"], 'class="author-detail"')
    p.el("h2", a["lead"], 'class="main-intro detail-intro"')
    p.raw('<div class="content" id="content-detail">')

    def photo():
        p.raw(f'<figure class="image"><img {LAZY} data-src="https://nongnghiep.vn/upload/'
              f'{h(a["id"]) % 99999}.jpg">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    def inline():
        p.raw('<div class="article-relate">')
        p.el("h3", "Xem thêm")
        for i, t in enumerate(tz[0:2]):
            p.raw(f'<div class="item"><img src="/thumb{i}.jpg">')
            p.el("a", t, 'href="#"')
            p.raw("</div>")
        p.raw("</div>")

    def between(i):
        if i == 1:
            gpt_slot(p, h(a["id"], "gpt") % 999999)

    body(p, a, photo, inline, at=2, between=between)
    if wire:
        p.raw('<p style="text-align: right;">')
        p.el("strong", "Theo TTXVN")
        p.raw("</p>")
    p.raw("</div>")
    tags = ["#" + crumbs[-1].lower(), "#" + ["xuất khẩu lao động", "covid-19", "mỏ titan"][n - 1]]
    p.group(('<div class="tag-detail">', "</div>"), '<a href="#">{t}</a>', tags)
    p.el("div", "Bình luận của bạn", 'class="comment-title"')
    p.el("button", "Gửi bình luận")
    p.el("h3", "Tin khác", 'class="title-cate"')
    p.group(('<ul class="list-other">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:5])
    p.raw("</div>\r\n")
    foot = ["Báo Nông nghiệp Việt Nam - Cơ quan của Bộ Nông nghiệp và Phát triển nông thôn",
            "Giấy phép số 45/GP-BTTTT",
            "Tòa soạn: Số 14 Ngô Quyền, Hoàn Kiếm, Hà Nội",
            "Bản quyền thuộc về Báo Nông nghiệp Việt Nam."]
    footer(p, foot, ('<footer class="footer">', "</footer>"))
    fur = ["Nông thôn mới", date, *filter(None, [credit]), "Xem thêm", *tz[0:5], "Bình luận của bạn",
           "Gửi bình luận", "Tin khác", *foot]
    if wire:
        fur.append("Theo TTXVN")
    return (p, text_of(p, True, True, "\r\n"), url, crumbs[-1], None if wire else a["author"],
            fur)


def phunuonline(a, n, tz):
    """Báo Phụ nữ TP.HCM: JSON-LD NewsArticle (author an ARRAY of Person) and <article>, no
    OpenGraph date; breadcrumb with '›'; '12/11/2024 - 08:30' under the title; sapo a
    <div class="summary"><strong>, no tag; lazy <figure> with caption ' - Ảnh: Tên'; a
    'Xem thêm: ' teaser paragraph (bold label + link) inside the body; byline bold
    right-aligned at the end; tags on one line, comment form, 'Tin cùng chuyên mục'; one block a
    line, menus on one line."""
    crumbs = [["Giáo dục"], ["Thời sự", "Xã hội"], ["Giáo dục", "Tuyển sinh"]][n - 1]
    url = f"https://www.phunuonline.com.vn/{slug(a['title'])}-a{1400000 + h(a['id'], 'pn') % 90000}.html"
    date = f"{dmy(a)} - {hm(a)}"
    cap, credit = caption_with(a, ["Ảnh minh họa", "Ảnh: Quốc Thái", "Ảnh: Tam Nguyên"][n - 1],
                               " - ")
    teaser = "Xem thêm: " + tz[0]
    p = Page()
    p.raw(head(a["title"] + " - Báo Phụ Nữ", og(a, url, "Báo Phụ Nữ", published=False) + jsonld({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
        "datePublished": iso(a), "articleSection": crumbs[-1],
        "author": [{"@type": "Person", "name": a["author"]}],
        "publisher": {"@type": "Organization", "name": "Báo Phụ Nữ Thành phố Hồ Chí Minh"}})))
    p.raw('<body><div class="header">')
    p.el("a", "Phụ Nữ", 'class="logo"')
    menu = ["Thời sự", "Pháp luật", "Kinh tế", "Giáo dục", "Sức khỏe", "Văn hóa - Giải trí",
            "Phụ nữ sống đẹp", "Làm mẹ", "Gia đình", "Quốc tế", "Bạn đọc"]
    p.group(('<ul class="navbar">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('</div>\n<div class="container"><article class="detail">')
    p.group(('<nav class="breadcrumb">', "</nav>"), '<a href="#">{t}</a>', crumbs, " › ")
    p.el("h1", a["title"], 'class="detail__title"')
    p.el("span", date, 'class="detail__date"')
    p.raw('<div class="summary detail__sapo"><strong>')
    p.el("span", a["lead"])
    p.raw("</strong></div>")
    p.raw('<div class="detail__content">')

    def photo():
        p.raw(f'<figure class="expNoEdit"><img {LAZY} data-src="https://image.phunuonline.com.vn/'
              f'fckeditor/upload/{h(a["id"]) % 9999}.jpg">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    def inline():
        p.raw('<p class="xem-them"><strong>Xem thêm: </strong><a href="#">'
              + html.escape(tz[0], quote=False) + "</a></p>")
        p.blocks.append(teaser)

    body(p, a, photo, inline, at=3)
    p.raw('<p style="text-align: right;"><strong>')
    p.el("span", a["author"])
    p.raw("</strong></p></div>")
    tags = ["Từ khóa:", crumbs[-1].lower(), "giáo viên" if n != 2 else "lương tối thiểu"]
    p.group(('<div class="detail__tags">', "</div>"), '<a href="#">{t}</a>', tags, " ")
    p.raw("</article>")
    p.raw('<div class="comment-box">')
    p.el("p", "Ý kiến của bạn về bài viết này...")
    p.el("button", "Gửi ý kiến")
    p.raw("</div>")
    p.el("h3", "Tin cùng chuyên mục", 'class="box-title"')
    p.group(('<ul class="same-cate">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[1:4], " ")
    p.raw("</div>\n")
    foot = ["Báo Phụ nữ Thành phố Hồ Chí Minh - Cơ quan của Hội Liên hiệp Phụ nữ TP.HCM",
            "Giấy phép số 211/GP-BTTTT",
            "Tòa soạn: 16 Hoàng Văn Thụ, phường 9, quận Phú Nhuận, TP.HCM",
            "Ghi rõ nguồn \"Báo Phụ nữ\" khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<div class="footer">', "</div>"))
    fur = ["Phụ nữ sống đẹp", date, *filter(None, [credit]), teaser, *tz[1:4], "Ý kiến của bạn về bài viết này...",
           "Gửi ý kiến", "Tin cùng chuyên mục", *foot]
    return p, text_of(p, False, False), url, crumbs[-1], a["author"], fur


def bienphong(a, n, tz):
    """Báo Biên phòng: schema.org microdata (itemscope NewsArticle, <meta itemprop=
    "datePublished">), no OpenGraph, no <article>; section label; 'Cập nhật lúc 08:30, Thứ Ba,
    12/11/2024' under the title; sapo in <h2> with a 'BP - ' tag in the same text; photo in a
    <table> whose caption cell has no credit; a 'Tin liên quan' <div> with a heading and an ad
    script inside the body; 'Bài, ảnh: TÊN' in capitals, bold, right-aligned at the end (page 3:
    'Nhóm PV', author null); 'Thẻ', 'Ý kiến bạn đọc', 'Tin cùng chuyên mục'; a blank line between
    blocks, menu one item a line."""
    section = ["Kinh tế", "Văn hóa - Du lịch", "Xã hội"][n - 1]
    url = f"https://www.bienphong.com.vn/{slug(a['title'])}-post{420000 + h(a['id'], 'bp') % 90000}.html"
    date = f"Cập nhật lúc {hm(a)}, {weekday(a)}, {dmy(a)}"
    group = n == 3
    byline = "Nhóm PV" if group else "Bài, ảnh: " + a["author"].upper()
    p = Page()
    p.raw(head(a["title"] + " - Báo Biên phòng",
               f'<meta name="description" content="{html.escape(a["lead"])}">\n'))
    p.raw('<body><div class="header">')
    p.el("a", "Biên phòng", 'class="logo"')
    menu = ["Thời sự", "Biên giới biển đảo", "Quốc phòng - An ninh", "Kinh tế", "Xã hội",
            "Văn hóa - Du lịch", "Pháp luật", "Quốc tế", "Thể thao", "Đảng trong cuộc sống"]
    p.group(('<ul class="menu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu)
    p.raw('</div>\n<div class="main" itemscope itemtype="https://schema.org/NewsArticle">'
          f'<meta itemprop="datePublished" content="{iso(a)}">'
          f'<meta itemprop="headline" content="{html.escape(a["title"])}">')
    p.el("a", section, 'class="cate-title" href="#"')
    p.el("h1", a["title"], 'class="detail-title" itemprop="name"')
    p.el("div", date, 'class="detail-date"')
    p.el("h2", "BP - " + a["lead"], 'class="detail-sapo" itemprop="description"')
    p.raw('<div class="detail-body" itemprop="articleBody">')

    def photo():
        p.raw('<table class="tplCaption" align="center"><tbody><tr><td>'
              f'<img {LAZY} data-original="/images/news/{h(a["id"]) % 9999}.jpg"></td></tr><tr>')
        p.el("td", a["caption"] or "Ảnh minh họa.", 'class="caption"')
        p.raw("</tr></tbody></table>")

    def inline():
        p.raw('<div class="box-tinlienquan">')
        p.el("h4", "Tin liên quan")
        p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[0:2])
        p.raw('</div><div class="qc-inread"><script async src="https://securepubads.g.doubleclick.'
              'net/tag/js/gpt.js"></script><div id="qc-inread-1"></div></div>')

    body(p, a, photo, inline, at=1)
    p.raw('<p style="text-align: right;"><strong>')
    p.el("span", byline)
    p.raw("</strong></p></div></div>")
    p.group(('<div class="detail-tags">', "</div>"), '<a href="#">{t}</a>',
            ["Thẻ", section.lower(), ["thu nhập", "Cửa Lò", "giáo viên"][n - 1]])
    p.raw('<form class="comment">')
    p.el("label", "Ý kiến bạn đọc")
    p.el("button", "Gửi ý kiến")
    p.raw("</form>")
    p.el("div", "Tin cùng chuyên mục", 'class="title-box"')
    p.group(('<ul class="list-samecate">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:5])
    foot = ["Báo Biên phòng - Cơ quan của Đảng ủy, Bộ Tư lệnh Bộ đội Biên phòng",
            "Giấy phép số 98/GP-BTTTT",
            "Tòa soạn: Số 40 Hàng Bài, Hoàn Kiếm, Hà Nội",
            "Ghi rõ nguồn \"Báo Biên phòng\" khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<div class="footer">', "</div>"))
    fur = ["Đảng trong cuộc sống", date, "BP -", "Tin liên quan", *tz[0:5], byline,
           "Ý kiến bạn đọc", "Gửi ý kiến", "Tin cùng chuyên mục", *foot]
    return p, text_of(p, True, True), url, section, None if group else a["author"], fur


# ---------------------------------------------------------------- plan and output

TEMPLATES = {"baomoi": baomoi, "nguoidothi": nguoidothi, "baoquangninh": baoquangninh,
             "nongnghiep": nongnghiep, "phunuonline": phunuonline, "bienphong": bienphong}


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
