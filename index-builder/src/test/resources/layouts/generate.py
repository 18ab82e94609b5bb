#!/usr/bin/env python3
"""Builds the page-layout development set: real corpus articles laid out as Vietnamese news sites
lay them out, each page as HTML and as the text a scraper saves from it, with its labels.

  python3 index-builder/src/test/resources/layouts/generate.py   # from the repository root

Reads ../shared/corpus (beside the repository). Writes, beside this script:
  <site>/<n>.html   the page as the site serves it (header, nav, article, asides, footer)
  <site>/<n>.txt    its visible text, one block per line, as a scraper saves it
  labels.jsonl      one line per page: site, half, file stem and the expected fields

Labels come from the corpus article's own fields and from the template (the date, section and
byline the template prints), never from the extractor. Deterministic: no clock, no randomness
beyond a seeded generator. Standard library only.

Each site is one template function written from the site's real layout (its menu, date line,
breadcrumb, byline, sapo tag, related boxes, share bar, tags, comments and footer). The sites are
split in two halves: "holdout" templates were written and committed first; rules are tuned only
on the "tune" half.
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
PER_SITE = 3
MAX_PARAGRAPHS = 8

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
# Reporters' names for articles whose corpus record has no author (the template prints one).
REPORTERS = [
    "Hoàng Anh", "Minh Thu", "Ngọc Lan", "Thanh Hùng", "Phạm Hương", "Quốc Tuấn", "Lê Minh",
    "Hải Yến", "Đức Thành", "Thu Hà", "Văn Long", "Bảo Ngọc", "Trần Dũng", "Khánh Linh",
]


def h(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def pick(seq, key):
    return seq[int(h(key), 16) % len(seq)]


# ---------------------------------------------------------------- articles from the corpus

def is_name(line):
    words = line.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not line.endswith(".")


def good_title(t):
    return 30 <= len(t) <= 170 and not t.rstrip().endswith((".", ":")) and "\n" not in t


def ends_sentence(s):
    return s.rstrip("\"”’)»").endswith((".", "!", "?", "…"))


def paragraphs_of_vietnews(body):
    """VietNews holds one sentence a line: two sentences make a paragraph. Lines that do not end
    like a sentence are photo captions or subheadings the corpus merged into the text: left out."""
    sents = [s.strip() for s in body.split("\n") if len(s.split()) >= 6 and ends_sentence(s)]
    out = []
    for i in range(0, len(sents), 2):
        out.append(" ".join(sents[i:i + 2]))
    return out


def load_articles():
    """24 labour and 12 dantri articles, deterministic: labour-news and dantri articles with usable titles."""
    labour, dantri = [], []
    with gzip.open(CORPUS / "vietnews-labour.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            paras = paragraphs_of_vietnews(a["body"])
            lead = (a.get("lead") or "").strip()
            if good_title(a["title"]) and 4 <= len(paras) and len(lead.split()) >= 12 \
                    and lead.endswith("."):
                labour.append({
                    "id": a["id"], "corpus": "vietnews-labour", "title": a["title"].strip(),
                    "lead": lead, "paragraphs": paras[:MAX_PARAGRAPHS], "author": None,
                    "date": None, "section": None,
                    "caption": next((c.split("\n")[0].strip() for c in a.get("captions") or []
                                     if 6 <= len(c.split("\n")[0].split()) <= 30), None),
                })
    keep = {"society": "Xã hội", "education": "Giáo dục", "health": "Sức khỏe",
            "business": "Kinh doanh"}
    with gzip.open(CORPUS / "dantri-unc.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if a["category"] not in keep or not good_title(a["title"]):
                continue
            lines = [x.strip() for x in a["body"].split("\n") if x.strip()]
            if len(lines) < 6 or not is_name(lines[-1]) or lines[0] == a["title"]:
                continue
            paras = [x for x in lines[1:-1] if len(x.split()) >= 8 and x.endswith((".", "”", '"'))]
            if len(paras) < 4 or not lines[0].endswith(".") or len(lines[0].split()) < 12:
                continue
            dantri.append({
                "id": a["id"], "corpus": "dantri-unc", "title": a["title"].strip(),
                "lead": lines[0], "paragraphs": paras[:MAX_PARAGRAPHS], "author": lines[-1],
                "date": a["published"], "section": keep[a["category"]], "caption": None,
            })
    labour.sort(key=lambda a: h(a["id"]))
    dantri.sort(key=lambda a: h(a["id"]))
    return labour[:24 + 2 * 6 + 2], dantri[:12 + 7]


# ---------------------------------------------------------------- one page: blocks → html, text

class Page:
    """A page as a list of blocks; each block is one visible line in the scraped text."""

    def __init__(self, site):
        self.site = site
        self.head = []      # extra <head> markup
        self.parts = []     # (html, [text lines])

    def meta(self, markup):
        self.head.append(markup)

    def raw(self, markup, lines=()):
        self.parts.append((markup, list(lines)))

    def block(self, tag, text, cls=None, attrs=""):
        c = f' class="{cls}"' if cls else ""
        self.raw(f"<{tag}{c}{attrs}>{html.escape(text, quote=False)}</{tag}>", [text])

    def links(self, tag, items, cls=None, sep=None):
        """A menu: one link a line in the text (or one line joined by sep when the site's menu is
        one run of inline links that a scraper saves as one block)."""
        c = f' class="{cls}"' if cls else ""
        inner = "".join(f'<li><a href="/{slug(i)}">{html.escape(i)}</a></li>' for i in items)
        text = [sep.join(items)] if sep is not None else list(items)
        self.raw(f"<{tag}{c}><ul>{inner}</ul></{tag}>", text)

    def figure(self, caption, cls="figure"):
        if not caption:
            return
        self.raw(
            f'<figure class="{cls}"><img src="/img/{h(caption)[:10]}.jpg" alt="">'
            f"<figcaption>{html.escape(caption)}</figcaption></figure>", [caption])

    def related(self, heading, titles, cls="related", tag="div"):
        inner = "".join(f'<li><a href="/{slug(t)}.html">{html.escape(t)}</a></li>' for t in titles)
        head = [heading] if heading else []
        hh = f"<h3>{html.escape(heading)}</h3>" if heading else ""
        self.raw(f'<{tag} class="{cls}">{hh}<ul>{inner}</ul></{tag}>', head + list(titles))

    def render(self, title, lang="vi"):
        body = "\n".join(p for p, _ in self.parts)
        head = "\n".join(self.head)
        page_html = (
            f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{html.escape(title)}</title>\n{head}\n</head>\n<body>\n{body}\n</body>\n</html>\n")
        text = "\n".join(line for _, lines in self.parts for line in lines) + "\n"
        return page_html, text


def slug(s):
    s = s.lower()
    s = re.sub(r"[^a-z0-9àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]+",
               "-", s)
    return s.strip("-")[:60]


def json_ld(page, a, url, section, author):
    d = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
         "datePublished": a["when"].isoformat(), "articleSection": section,
         "mainEntityOfPage": url}
    if author:
        d["author"] = {"@type": "Person", "name": author}
    page.meta('<script type="application/ld+json">' + json.dumps(d, ensure_ascii=False)
              + "</script>")


def open_graph(page, a, url, with_time=True):
    page.meta(f'<meta property="og:title" content="{html.escape(a["title"])}">')
    page.meta(f'<meta property="og:url" content="{url}">')
    page.meta(f'<meta property="og:description" content="{html.escape(a["lead"])}">')
    page.meta(f'<link rel="canonical" href="{url}">')
    if with_time:
        page.meta(f'<meta property="article:published_time" content="{a["when"].isoformat()}">')


def body_with_figure(page, a, cls="body", related=None, related_after=2):
    """The paragraphs, a photo after the first one, and optionally a related box inside."""
    page.raw(f'<div class="{cls}">')
    for i, p in enumerate(a["paragraphs"]):
        page.block("p", p)
        if i == 0:
            page.figure(a["caption"])
        if related and i + 1 == related_after and i + 1 < len(a["paragraphs"]):
            related()
    page.raw("</div>")


def dmy(d):
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def hm(d):
    return f"{d.hour:02d}:{d.minute:02d}"


def teasers(a, n, salt):
    """Other stories' titles for related boxes: fixed strings, picked by the article id."""
    pool = [
        "Hơn 1.000 lao động được hỗ trợ tìm việc làm sau dịch",
        "Tăng lương tối thiểu vùng từ ngày 1/1: doanh nghiệp cần chuẩn bị gì",
        "Công đoàn tặng quà Tết cho công nhân có hoàn cảnh khó khăn",
        "Bảo hiểm xã hội một lần: những điều người lao động cần biết",
        "Hà Nội tổ chức phiên giao dịch việc làm đầu năm",
        "Xuất khẩu lao động sang Nhật Bản tăng mạnh trong quý III",
        "Đề xuất giảm giờ làm việc của người lao động xuống 44 giờ mỗi tuần",
        "Nhiều doanh nghiệp thiếu lao động có tay nghề sau Tết",
        "Trợ cấp thất nghiệp: thủ tục mới áp dụng từ tháng tới",
        "Khánh thành nhà văn hóa công nhân tại khu công nghiệp",
    ]
    start = int(h(a["id"] + salt), 16) % len(pool)
    return [pool[(start + k) % len(pool)] for k in range(n)]


# ---------------------------------------------------------------- holdout templates

def tuoitre(a):
    """tuoitre.vn: nav of single links, date 'dd/mm/yyyy hh:mm GMT+7', sapo 'TTO - ', byline in
    capitals at the end, 'TIN LIÊN QUAN' box inside the text, 'TỪ KHÓA' tags, comment box."""
    p = Page("tuoitre")
    url = f"https://tuoitre.vn/{slug(a['title'])}-{a['when']:%Y%m%d%H%M}.htm"
    open_graph(p, a, url)
    json_ld(p, a, url, a["section"], a["author"])
    p.raw('<header class="header">')
    p.block("a", "Tuổi Trẻ Online", "logo")
    p.block("span", f"{WEEKDAYS[a['page_clock'].weekday()]}, {dmy(a['page_clock'])}", "date-now")
    p.links("nav", ["Thời sự", "Thế giới", "Pháp luật", "Kinh doanh", "Công nghệ", "Xe",
                    "Nhịp sống trẻ", "Văn hóa", "Giải trí", "Thể thao", "Giáo dục", "Sức khỏe"],
            "menu-nav")
    p.block("a", "Đăng nhập", "login")
    p.raw("</header>")
    p.raw('<main><article class="detail">')
    p.links("div", ["Thời sự", a["section"]], "bread-crumbs")
    p.block("div", f"{dmy(a['when'])} {hm(a['when'])} GMT+7", "date-time")
    p.block("h1", a["title"], "article-title")
    p.block("h2", "TTO - " + a["lead"], "sapo")
    body_with_figure(p, a, related=lambda: p.related("TIN LIÊN QUAN", teasers(a, 2, "tt")))
    p.block("div", a["author"].upper(), "author")
    p.links("div", ["TỪ KHÓA", "lao động", "việc làm", "công đoàn"], "tags")
    p.block("div", "Gửi bình luận", "comment-title")
    p.block("div", "Bình luận của bạn sẽ được biên tập trước khi đăng", "comment-note")
    p.raw("</article></main>")
    p.related("Đọc thêm", teasers(a, 3, "tt2"), "read-more", "aside")
    p.raw('<footer class="footer">')
    p.block("p", "Tổng biên tập: Lê Thế Chữ")
    p.block("p", "Giấy phép số 585/GP-BTTTT cấp ngày 11/12/2019")
    p.block("p", "© Copyright 2019 TuoiTre Online, Tạp chí Tuổi Trẻ, All rights reserved")
    p.raw("</footer>")
    return p, url, {"category": a["section"], "author": a["author"],
                    "furniture": ["Gửi bình luận", "TIN LIÊN QUAN", "Tổng biên tập: Lê Thế Chữ",
                                  "TỪ KHÓA"] + teasers(a, 2, "tt")}


def laodong(a):
    """laodong.vn: nav as one inline run, breadcrumb, date with (GMT+7) under the title, the
    author's link above the sapo, 'TIN LIÊN QUAN' box right under the sapo, tags and footer."""
    p = Page("laodong")
    url = f"https://laodong.vn/{slug(a['section'])}/{slug(a['title'])}-{int(h(a['id']), 16) % 999999}.ldo"
    open_graph(p, a, url)
    p.raw('<header>')
    p.block("a", "Báo Lao Động", "logo")
    p.block("div", "Hotline: 0961 223 344 | Email: toasoan@laodong.com.vn", "hotline")
    p.links("nav", ["Thời sự", "Công đoàn", "Xã hội", "Thế giới", "Kinh tế", "Bạn đọc",
                    "Pháp luật", "Văn hóa - Giải trí", "Thể thao"], "main-menu", sep=" ")
    p.raw("</header>")
    p.raw('<div class="article">')
    p.links("div", ["Trang chủ", a["section"]], "breadcrumbs", sep=" > ")
    p.block("h1", a["title"], "title")
    p.block("span", f"{WEEKDAYS[a['when'].weekday()]}, {dmy(a['when'])} {hm(a['when'])} (GMT+7)",
            "time")
    p.block("a", a["author"], "author", ' href="/tac-gia/x"')
    p.block("div", a["lead"], "chappeau")
    p.related("TIN LIÊN QUAN", teasers(a, 3, "ld"), "box-related")
    body_with_figure(p, a)
    p.links("div", ["Tag:", "Lao động", "Việc làm"], "tags", sep=" ")
    p.block("div", "Chia sẻ", "share")
    p.raw("</div>")
    p.related("Tin mới nhất", teasers(a, 3, "ld2"), "latest", "aside")
    p.raw("<footer>")
    p.block("p", "Cơ quan của Tổng Liên đoàn Lao động Việt Nam")
    p.block("p", "Tổng Biên tập: Nguyễn Ngọc Hiển")
    p.block("p", "Giấy phép số 1779/GP-BTTTT")
    p.raw("</footer>")
    return p, url, {"category": a["section"], "author": a["author"],
                    "furniture": ["TIN LIÊN QUAN", "Chia sẻ", "Tổng Biên tập: Nguyễn Ngọc Hiển",
                                  "Hotline: 0961 223 344 | Email: toasoan@laodong.com.vn"]
                    + teasers(a, 3, "ld")}


def vietnamnet(a):
    """vietnamnet.vn: nav links, breadcrumb 'Thời sự > section', date with (GMT+07:00), sapo
    without tag, 'Tin liên quan' list under the sapo, byline at the end, comment block."""
    p = Page("vietnamnet")
    url = f"https://vietnamnet.vn/vn/thoi-su/{slug(a['title'])}-{int(h(a['id']), 16) % 999999}.html"
    json_ld(p, a, url, a["section"], a["author"])
    p.raw("<header>")
    p.block("a", "VietNamNet", "logo")
    p.links("nav", ["Thời sự", "Kinh doanh", "Giải trí", "Thế giới", "Giáo dục", "Đời sống",
                    "Pháp luật", "Thể thao", "Công nghệ", "Sức khỏe", "Bất động sản"], "menu")
    p.raw("</header>")
    p.raw('<div class="ArticleDetail">')
    p.links("div", ["Thời sự", a["section"]], "breadcrumb", sep=" > ")
    p.block("h1", a["title"], "title")
    p.block("span", f"{dmy(a['when'])}  {hm(a['when'])} (GMT+07:00)", "ArticleDate")
    p.block("div", a["lead"], "ArticleLead")
    p.related("Tin liên quan:", teasers(a, 2, "vnn"), "inner-article")
    body_with_figure(p, a)
    p.block("p", a["author"], "author")
    p.links("div", ["Từ khóa:", "lao động", "việc làm"], "tags", sep=" ")
    p.block("div", "Bình luận", "comment-head")
    p.block("div", "Gửi", "btn")
    p.raw("</div>")
    p.related("Tin nổi bật", teasers(a, 3, "vnn2"), "hot", "aside")
    p.raw("<footer>")
    p.block("p", "Báo VietNamNet - Cơ quan chủ quản: Bộ Thông tin và Truyền thông")
    p.block("p", "Tổng biên tập: Nguyễn Văn Bá")
    p.block("p", "© 1997 Báo VietNamNet. All rights reserved.")
    p.raw("</footer>")
    return p, url, {"category": a["section"], "author": a["author"],
                    "furniture": ["Tin liên quan:", "Bình luận", "Tổng biên tập: Nguyễn Văn Bá"]
                    + teasers(a, 2, "vnn")}


def vov(a):
    """vov.vn: menu on one line, date 'Thứ Năm, 07:15, 17/10/2019', sapo 'VOV.VN - ', byline
    'Name/VOV-Region' at the end, 'Tin liên quan' after it, comments, footer."""
    p = Page("vov")
    url = f"https://vov.vn/xa-hoi/{slug(a['title'])}-{int(h(a['id']), 16) % 999999}.vov"
    open_graph(p, a, url, with_time=False)
    p.raw("<header>")
    p.block("a", "VOV.VN", "logo")
    p.links("nav", ["Chính trị", "Đời sống", "Thế giới", "Kinh tế", "Xã hội", "Pháp luật",
                    "Thể thao", "Văn hóa", "Quân sự"], "menu", sep=" ")
    p.raw("</header>")
    p.raw('<div class="article-content">')
    p.links("div", [a["section"].upper()], "cate")
    p.block("h1", a["title"])
    p.block("div", f"{WEEKDAYS[a['when'].weekday()]}, {hm(a['when'])}, {dmy(a['when'])}",
            "article-date")
    p.block("div", "VOV.VN - " + a["lead"], "sapo")
    body_with_figure(p, a)
    p.block("p", f"{a['author']}/VOV-{a['region']}", "author")
    p.related("Tin liên quan", teasers(a, 3, "vov"), "related-news")
    p.block("div", "Bình luận", "comment")
    p.raw("</div>")
    p.raw("<footer>")
    p.block("p", "Cơ quan chủ quản: Đài Tiếng nói Việt Nam")
    p.block("p", "Bản quyền thuộc về Báo điện tử VOV")
    p.raw("</footer>")
    return p, url, {"category": a["section"], "author": a["author"],
                    "furniture": ["Tin liên quan", "Bình luận", "Đài Tiếng nói Việt Nam"]
                    + teasers(a, 3, "vov")}


def nhandan(a):
    """nhandan.vn: page clock 'Thứ Năm, 17-10-2019' in the header, menu as separate links,
    category in capitals, date 'dd-mm-yyyy, hh:mm', author in capitals above the sapo, sapo
    'NDO - ', 'Xem thêm' list at the end."""
    p = Page("nhandan")
    url = f"https://nhandan.vn/{slug(a['title'])}-post{int(h(a['id']), 16) % 999999}.html"
    p.raw("<header>")
    p.block("div", f"{WEEKDAYS[a['page_clock'].weekday()]}, {a['page_clock']:%d-%m-%Y}", "today")
    p.block("a", "Báo Nhân Dân", "logo")
    p.links("nav", ["Chính trị", "Kinh tế", "Văn hóa", "Xã hội", "Pháp luật", "Du lịch",
                    "Thế giới", "Thể thao", "Giáo dục", "Y tế"], "nav")
    p.raw("</header>")
    p.raw('<article class="article">')
    p.block("div", a["section"].upper(), "box-title")
    p.block("h1", a["title"], "article__title")
    p.block("div", f"{a['when']:%d-%m-%Y}, {hm(a['when'])}", "article__meta")
    p.block("div", a["author"].upper(), "article__author")
    p.block("div", "NDO - " + a["lead"], "article__sapo")
    body_with_figure(p, a, "article__body")
    p.block("div", "Chia sẻ", "share")
    p.related("Xem thêm", teasers(a, 3, "nd"), "more")
    p.raw("</article>")
    p.raw("<footer>")
    p.block("p", "Báo Nhân Dân - Cơ quan Trung ương của Đảng Cộng sản Việt Nam")
    p.block("p", "Tổng Biên tập: Lê Quốc Minh")
    p.raw("</footer>")
    return p, url, {"category": a["section"], "author": a["author"],
                    "furniture": ["Xem thêm", "Chia sẻ", "Tổng Biên tập: Lê Quốc Minh"]
                    + teasers(a, 3, "nd")}


def tienphong(a):
    """tienphong.vn: menu as one line, breadcrumb, date 'dd/mm/yyyy | hh:mm', author under the
    title, sapo 'TPO - ', '#tag' links, 'Xem thêm' box inside the text, footer."""
    p = Page("tienphong")
    url = f"https://tienphong.vn/{slug(a['title'])}-post{int(h(a['id']), 16) % 999999}.tpo"
    open_graph(p, a, url)
    json_ld(p, a, url, a["section"], a["author"])
    p.raw("<header>")
    p.block("a", "Tiền Phong", "logo")
    p.links("nav", ["Xã hội", "Kinh tế", "Thế giới", "Giới trẻ", "Pháp luật", "Thể thao",
                    "Văn hóa", "Giải trí", "Giáo dục", "Sức khỏe"], "menu", sep=" ")
    p.raw("</header>")
    p.raw('<div class="article">')
    p.links("div", ["Trang chủ", a["section"]], "breadcrumb", sep=" » ")
    p.block("h1", a["title"], "article__title")
    p.block("span", a["author"], "article__author")
    p.block("span", f"{dmy(a['when'])} | {hm(a['when'])}", "article__time")
    p.block("div", "TPO - " + a["lead"], "article__sapo")
    body_with_figure(p, a, related=lambda: p.related("Xem thêm", teasers(a, 2, "tp")),
                     related_after=3)
    p.links("div", ["#lao động", "#việc làm", "#công nhân"], "tags", sep=" ")
    p.block("div", "Bình luận", "comment")
    p.raw("</div>")
    p.raw("<footer>")
    p.block("p", "Cơ quan chủ quản: Trung ương Đoàn TNCS Hồ Chí Minh")
    p.block("p", "Tổng Biên tập: Phùng Công Sưởng")
    p.raw("</footer>")
    return p, url, {"category": a["section"], "author": a["author"],
                    "furniture": ["Xem thêm", "Bình luận", "Tổng Biên tập: Phùng Công Sưởng",
                                  "#lao động"] + teasers(a, 2, "tp")}


HOLDOUT = {"tuoitre": tuoitre, "laodong": laodong, "vietnamnet": vietnamnet, "vov": vov,
           "nhandan": nhandan, "tienphong": tienphong}

# ---------------------------------------------------------------- tune templates

def dantri(a):
    """dantri.com.vn: menu links, breadcrumb in the section's case, date 'Thứ Năm, 17/10/2019 -
    21:50', sapo '(Dân trí) - ', byline at the end, 'Tin liên quan' after it, tags, footer."""
    p = Page("dantri")
    url = f"https://dantri.com.vn/{slug(a['section'])}/{slug(a['title'])}-{a['when']:%Y%m%d%H%M%S}.htm"
    open_graph(p, a, url)
    json_ld(p, a, url, a["section"], a["author"])
    p.raw("<header>")
    p.block("a", "Dân trí", "logo")
    p.links("nav", ["Xã hội", "Thế giới", "Kinh doanh", "Bất động sản", "Thể thao", "Lao động -"
                    " Việc làm", "Tấm lòng nhân ái", "Sức khỏe", "Văn hóa", "Giải trí"], "menu")
    p.block("a", "Đăng nhập", "login")
    p.raw("</header>")
    p.raw('<article class="singular-container">')
    p.links("ul", [a["section"]], "dt-breadcrumb")
    p.block("h1", a["title"], "title-page detail")
    p.raw('<time class="author-time" datetime="' + a["when"].isoformat() + '">'
          + f"{WEEKDAYS[a['when'].weekday()]}, {dmy(a['when'])} - {hm(a['when'])}</time>",
          [f"{WEEKDAYS[a['when'].weekday()]}, {dmy(a['when'])} - {hm(a['when'])}"])
    p.block("h2", "(Dân trí) - " + a["lead"], "singular-sapo")
    body_with_figure(p, a, "singular-content")
    p.block("div", a["author"], "author-name")
    p.links("div", ["Tags:", "lao động", "việc làm"], "tags-wrap", sep=" ")
    p.related("Tin liên quan", teasers(a, 3, "dt"), "article-related")
    p.block("div", "Bình luận (0)", "comment-count")
    p.raw("</article>")
    p.raw("<footer>")
    p.block("p", "Cơ quan chủ quản: Bộ Lao động - Thương binh và Xã hội")
    p.block("p", "Tổng biên tập: Phạm Tuấn Anh")
    p.block("p", "Hotline: 0973 567 567")
    p.raw("</footer>")
    return p, url, {"category": a["section"], "author": a["author"],
                    "furniture": ["Tin liên quan", "Bình luận (0)", "Tổng biên tập: Phạm Tuấn Anh",
                                  "Đăng nhập"] + teasers(a, 3, "dt")}


def vnexpress(a):
    """vnexpress.net: breadcrumb and the date 'Thứ tư, 3/4/2019, 08:42 (GMT+7)' above the title,
    description without a tag, byline at the end (right aligned), tags, 'Xem thêm' list,
    comments 'Ý kiến', footer with the site's claim."""
    p = Page("vnexpress")
    url = f"https://vnexpress.net/{slug(a['title'])}-{int(h(a['id']), 16) % 9999999}.html"
    open_graph(p, a, url)
    p.meta('<meta name="pubdate" content="' + a["when"].isoformat() + '">')
    p.raw("<header>")
    p.block("a", "VnExpress", "logo")
    p.block("span", f"{WEEKDAYS[a['page_clock'].weekday()].replace('Thứ T', 'Thứ t')}, "
            f"{a['page_clock'].day}/{a['page_clock'].month}/{a['page_clock'].year}", "time-now")
    p.links("nav", ["Mới nhất", "Thời sự", "Góc nhìn", "Thế giới", "Video", "Podcasts",
                    "Kinh doanh", "Bất động sản", "Khoa học", "Giải trí", "Thể thao", "Pháp luật",
                    "Giáo dục", "Sức khỏe", "Đời sống", "Du lịch"], "main-nav", sep=" ")
    p.raw("</header>")
    p.raw('<section class="section page-detail"><div class="header-content">')
    p.links("ul", ["Thời sự", a["section"]], "breadcrumb", sep=" › ")
    wd = WEEKDAYS[a["when"].weekday()].replace("Thứ ", "Thứ ").lower().capitalize()
    p.block("span", f"{wd}, {a['when'].day}/{a['when'].month}/{a['when'].year}, "
            f"{hm(a['when'])} (GMT+7)", "date")
    p.raw("</div>")
    p.block("h1", a["title"], "title-detail")
    p.block("p", a["lead"], "description")
    body_with_figure(p, a, "fck_detail")
    p.block("p", a["author"], "Normal author")
    p.links("div", ["lao động", "việc làm"], "tags")
    p.related("Xem thêm", teasers(a, 3, "vne"), "box-morelink")
    p.block("div", "Ý kiến (0)", "box-comment")
    p.block("div", "Chia sẻ ý kiến của bạn", "comment-input")
    p.raw("</section>")
    p.raw("<footer>")
    p.block("p", "Báo điện tử VnExpress - Báo tiếng Việt nhiều người xem nhất")
    p.block("p", "Thuộc Bộ Khoa học và Công nghệ")
    p.block("p", "Số giấy phép: 548/GP-BTTTT ngày 24/08/2021")
    p.raw("</footer>")
    return p, url, {"category": a["section"], "author": a["author"],
                    "furniture": ["Xem thêm", "Ý kiến (0)", "Chia sẻ ý kiến của bạn",
                                  "Báo tiếng Việt nhiều người xem nhất"] + teasers(a, 3, "vne")}


def thanhnien(a):
    """thanhnien.vn: menu links, breadcrumb, author under the title, date 'dd/mm/yyyy hh:mm
    GMT+7', sapo without a tag, a 'Xem thêm' box inside the text, comments, footer."""
    p = Page("thanhnien")
    url = f"https://thanhnien.vn/{slug(a['title'])}-post{int(h(a['id']), 16) % 999999}.html"
    json_ld(p, a, url, a["section"], a["author"])
    p.raw("<header>")
    p.block("a", "Thanh Niên", "logo")
    p.links("nav", ["Thời sự", "Chính trị", "Thế giới", "Kinh tế", "Đời sống", "Sức khỏe",
                    "Giới trẻ", "Giáo dục", "Du lịch", "Văn hóa", "Giải trí", "Thể thao"],
            "menu-nav")
    p.raw("</header>")
    p.raw('<div class="detail__cmain">')
    p.links("div", ["Thời sự", a["section"]], "detail-cate", sep=" > ")
    p.block("h1", a["title"], "detail-title")
    p.block("div", a["author"], "detail-author")
    p.block("div", f"{dmy(a['when'])} {hm(a['when'])} GMT+7", "detail-time")
    p.block("h2", a["lead"], "detail-sapo")
    body_with_figure(p, a, "detail-content",
                     related=lambda: p.related("Xem thêm", teasers(a, 2, "tn")), related_after=2)
    p.links("div", ["lao động", "việc làm", "công nhân"], "detail-tag")
    p.block("div", "Bình luận (0)", "comment")
    p.block("div", "Gửi bình luận", "btn")
    p.raw("</div>")
    p.raw("<footer>")
    p.block("p", "Cơ quan chủ quản: Trung ương Hội Liên hiệp Thanh niên Việt Nam")
    p.block("p", "Tổng biên tập: Nguyễn Ngọc Toàn")
    p.raw("</footer>")
    return p, url, {"category": a["section"], "author": a["author"],
                    "furniture": ["Xem thêm", "Bình luận (0)", "Gửi bình luận",
                                  "Tổng biên tập: Nguyễn Ngọc Toàn"] + teasers(a, 2, "tn")}


def nld(a):
    """nld.com.vn: page clock in the header, menu on one line, category, date 'dd-mm-yyyy -
    hh:mm', sapo '(NLĐO) - ', byline in capitals at the end, 'Tin liên quan', footer."""
    p = Page("nld")
    url = f"https://nld.com.vn/cong-doan/{slug(a['title'])}-{a['when']:%Y%m%d%H%M}.htm"
    open_graph(p, a, url)
    json_ld(p, a, url, a["section"], a["author"])
    p.raw("<header>")
    p.block("div", f"{WEEKDAYS[a['page_clock'].weekday()]}, {a['page_clock']:%d/%m/%Y}", "date")
    p.block("a", "Người Lao Động", "logo")
    p.links("nav", ["Thời sự", "Quốc tế", "Lao động", "Công đoàn", "Kinh tế", "Sức khỏe",
                    "Giáo dục", "Pháp luật", "Văn hóa - Văn nghệ", "Thể thao"], "menu", sep=" ")
    p.raw("</header>")
    p.raw('<div class="detail-content">')
    p.links("div", [a["section"]], "category")
    p.block("h1", a["title"], "title-content")
    p.block("div", f"{a['when']:%d-%m-%Y} - {hm(a['when'])}", "date-time")
    p.block("h2", "(NLĐO) - " + a["lead"], "sapo")
    body_with_figure(p, a, "content-news-detail")
    p.block("p", a["author"].upper(), "author")
    p.related("Tin liên quan", teasers(a, 3, "nld"), "related")
    p.block("div", "Ý kiến bạn đọc", "comment")
    p.raw("</div>")
    p.raw("<footer>")
    p.block("p", "Báo Người Lao Động - Cơ quan của Thành ủy TP Hồ Chí Minh")
    p.block("p", "Tổng Biên tập: Tô Đình Tuân")
    p.raw("</footer>")
    return p, url, {"category": a["section"], "author": a["author"],
                    "furniture": ["Tin liên quan", "Ý kiến bạn đọc", "Tổng Biên tập: Tô Đình Tuân"]
                    + teasers(a, 3, "nld")}


def chinhphu(a):
    """baochinhphu.vn: portal header with a hotline bar, menu, breadcrumb, date 'dd/mm/yyyy
    hh:mm', sapo '(Chinhphu.vn) - ', byline at the end, 'Tin liên quan', no metadata."""
    p = Page("chinhphu")
    url = f"https://baochinhphu.vn/{slug(a['title'])}-{int(h(a['id']), 16) % 99999999}.htm"
    p.raw("<header>")
    p.block("a", "Báo điện tử Chính phủ", "logo")
    p.block("div", "Cơ quan của Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam", "slogan")
    p.links("nav", ["Chính phủ", "Chỉ đạo, quyết định của Chính phủ, Thủ tướng", "Chính sách mới",
                    "Kinh tế", "Xã hội", "Văn hóa", "Quốc tế"], "menu")
    p.raw("</header>")
    p.raw('<div class="detail">')
    p.links("div", ["Xã hội", a["section"]], "breadcrumb", sep=" > ")
    p.block("h1", a["title"], "detail-title")
    p.block("div", f"{dmy(a['when'])} {hm(a['when'])}", "detail-time")
    p.block("h2", "(Chinhphu.vn) - " + a["lead"], "detail-sapo")
    body_with_figure(p, a, "detail-content")
    p.block("p", a["author"], "detail-author")
    p.related("Tin liên quan", teasers(a, 3, "cp"), "related")
    p.block("div", "In bài viết", "print")
    p.raw("</div>")
    p.raw("<footer>")
    p.block("p", "Cơ quan chủ quản: Văn phòng Chính phủ")
    p.block("p", "Tổng Biên tập: Nguyễn Hồng Sâm")
    p.block("p", "Đường dây nóng: 080.43162; Email: thongtinchinhphu@chinhphu.vn")
    p.raw("</footer>")
    return p, url, {"category": a["section"], "author": a["author"],
                    "furniture": ["Tin liên quan", "In bài viết", "Tổng Biên tập: Nguyễn Hồng Sâm"]
                    + teasers(a, 3, "cp")}


def molisa(a):
    """molisa.gov.vn: ministry portal, header and menu of the portal, breadcrumb 'Tin tức > …',
    'Ngày đăng: dd/mm/yyyy' line, no sapo tag, 'Tin, ảnh: Name' at the end, 'Các tin khác'
    with their own dates, footer. No metadata."""
    p = Page("molisa")
    url = f"https://molisa.gov.vn/Pages/tintuc/chitiet.aspx?tintucID={int(h(a['id']), 16) % 999999}"
    p.raw("<header>")
    p.block("div", "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "banner")
    p.links("nav", ["Trang chủ", "Giới thiệu", "Tin tức", "Văn bản", "Thủ tục hành chính",
                    "Hỏi đáp", "Liên hệ"], "menu", sep=" | ")
    p.raw("</header>")
    p.raw('<div class="news-detail">')
    p.links("div", ["Tin tức", a["section"]], "breadcrumb", sep=" > ")
    p.block("h1", a["title"], "title")
    p.block("div", f"Ngày đăng: {dmy(a['when'])} {hm(a['when'])}", "date")
    p.block("div", a["lead"], "sapo")
    body_with_figure(p, a, "content")
    p.block("p", "Tin, ảnh: " + a["author"], "author")
    p.block("div", "Các tin khác", "other-title")
    p.raw('<ul class="other">', [])
    for k, t in enumerate(teasers(a, 3, "ml")):
        day = a["when"] - datetime.timedelta(days=k + 1)
        p.raw(f"<li><a href='#'>{html.escape(t)}</a> <span>({dmy(day)})</span></li>",
              [f"{t} ({dmy(day)})"])
    p.raw("</ul></div>")
    p.raw("<footer>")
    p.block("p", "Cổng thông tin điện tử Bộ Lao động - Thương binh và Xã hội")
    p.block("p", "Địa chỉ: Số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội")
    p.raw("</footer>")
    return p, url, {"category": a["section"], "author": a["author"],
                    "furniture": ["Các tin khác", "Số 12 Ngô Quyền"] + teasers(a, 3, "ml")}


TUNE = {"dantri": dantri, "vnexpress": vnexpress, "thanhnien": thanhnien, "nld": nld,
        "chinhphu": chinhphu, "molisa": molisa}


# ---------------------------------------------------------------- second batch (added later)
# Six more sites, written together before any rule was tuned on them: three more holdout
# layouts and three more tune layouts. Their articles are new ones from the corpus (slots after
# the first batch's), so the first batch's pages do not move.

def cand(a):
    """cand.com.vn: page clock with time in the header, menu one link a line, breadcrumb with
    '/', date 'hh:mm, dd/mm/yyyy', a bold sapo without a tag, 'Bài liên quan' inside the text, the
    byline at the end, tags one a line under 'Từ khóa', a comment form, footer."""
    p = Page("cand")
    url = f"https://cand.com.vn/xa-hoi/{slug(a['title'])}-i{int(h(a['id']), 16) % 999999}/"
    open_graph(p, a, url)
    p.raw("<header>")
    pc = a["page_clock"]
    p.block("div", f"{WEEKDAYS[pc.weekday()]}, {dmy(pc)} - {hm(pc)}", "top-date")
    p.block("a", "Báo Công an nhân dân điện tử", "logo")
    p.links("nav", ["Tin tức", "Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Pháp luật",
                    "Quốc tế", "Văn hóa", "Thể thao", "Bạn đọc"], "menu")
    p.raw("</header>")
    p.raw('<div class="box-detail">')
    p.links("div", ["Xã hội", a["section"]], "breadcrumb", sep=" / ")
    p.block("h1", a["title"], "box-title-detail")
    p.block("div", f"{hm(a['when'])}, {dmy(a['when'])}", "box-date")
    p.raw(f'<div class="box-des-detail"><p><strong>{html.escape(a["lead"])}</strong></p></div>',
          [a["lead"]])
    body_with_figure(p, a, "detail-content-body",
                     related=lambda: p.related("Bài liên quan", teasers(a, 2, "ca")),
                     related_after=2)
    p.block("p", a["author"], "author-detail")
    p.links("div", ["Từ khóa:", "lao động", "việc làm", "công nhân"], "tags")
    p.block("div", "Gửi bình luận của bạn", "comment-title")
    p.block("div", "Họ và tên", "comment-field")
    p.block("div", "Gửi", "comment-btn")
    p.raw("</div>")
    p.related("Tin mới", teasers(a, 3, "ca2"), "news-new", "aside")
    p.raw("<footer>")
    p.block("p", "Báo Công an nhân dân - Cơ quan của Đảng ủy Công an Trung ương, Bộ Công an")
    p.block("p", "Tổng biên tập: Thiếu tướng Nguyễn Văn Kiên")
    p.block("p", "Giấy phép số 54/GP-BTTTT")
    p.raw("</footer>")
    return p, url, {"category": a["section"], "author": a["author"],
                    "furniture": ["Bài liên quan", "Gửi bình luận của bạn", "Họ và tên",
                                  "Tổng biên tập: Thiếu tướng Nguyễn Văn Kiên"]
                    + teasers(a, 2, "ca")}


def baotintuc(a):
    """baotintuc.vn (TTXVN): agency line and logo, menu on one line, the section's name right
    above the title, date 'dd/mm/yyyy hh:mm' under it, sapo as an h2 without a tag, the byline
    'Tên - TTXVN' at the end, 'Tin cùng chủ đề' with dates, footer."""
    p = Page("baotintuc")
    url = f"https://baotintuc.vn/xa-hoi/{slug(a['title'])}-{a['when']:%Y%m%d%H%M%S}{int(h(a['id']), 16) % 999}.htm"
    json_ld(p, a, url, a["section"], a["author"])
    p.raw("<header>")
    p.block("div", "Thông tấn xã Việt Nam", "agency")
    p.block("a", "Báo Tin tức", "logo")
    p.links("nav", ["Thời sự", "Thế giới", "Kinh tế", "Xã hội", "Pháp luật", "Văn hóa",
                    "Giáo dục", "Thể thao", "Khoa học - Công nghệ"], "menu", sep=" ")
    p.raw("</header>")
    p.raw('<div class="detail-main">')
    p.block("a", a["section"], "cate-name", ' href="/xa-hoi.htm"')
    p.block("h1", a["title"], "detail-title")
    p.block("span", f"{dmy(a['when'])} {hm(a['when'])}", "date")
    p.block("h2", a["lead"], "sapo")
    body_with_figure(p, a, "contents")
    p.block("p", f"{a['author']} - TTXVN", "author")
    p.block("div", "Tin cùng chủ đề", "box-title")
    p.raw('<ul class="list-topic">', [])
    for k, t in enumerate(teasers(a, 3, "btt")):
        day = a["when"] - datetime.timedelta(days=2 * k + 1)
        p.raw(f"<li><a href='#'>{html.escape(t)}</a></li><li class='time'>{dmy(day)}</li>",
              [t, dmy(day)])
    p.raw("</ul></div>")
    p.raw("<footer>")
    p.block("p", "Báo Tin tức - Thông tấn xã Việt Nam")
    p.block("p", "Tổng Biên tập: Nguyễn Thị Sự")
    p.block("p", "Số 5 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội")
    p.raw("</footer>")
    return p, url, {"category": a["section"], "author": a["author"],
                    "furniture": ["Tin cùng chủ đề", "Thông tấn xã Việt Nam",
                                  "Tổng Biên tập: Nguyễn Thị Sự"] + teasers(a, 3, "btt")}


def vtv(a):
    """vtv.vn: logo, menu one link a line, breadcrumb 'Trang chủ > section', date 'Thứ năm,
    ngày dd/mm/yyyy hh:mm GMT+7', sapo 'VTV.vn - ', the byline 'Tên/VTV24' at the end, 'Tin
    cùng chuyên mục', a comment prompt, footer."""
    p = Page("vtv")
    url = f"https://vtv.vn/xa-hoi/{slug(a['title'])}-{a['when']:%Y%m%d%H%M%S}.htm"
    p.raw("<header>")
    p.block("a", "VTV.vn", "logo")
    p.links("nav", ["Trang chủ", "Chính trị", "Xã hội", "Pháp luật", "Thế giới", "Kinh tế",
                    "Truyền hình", "Văn hóa - Giải trí", "Thể thao", "Công nghệ"], "menu")
    p.raw("</header>")
    p.raw('<div class="noidung">')
    p.links("div", ["Trang chủ", a["section"]], "breadcrumb", sep=" > ")
    p.block("h1", a["title"], "title_detail")
    wd = WEEKDAYS[a["when"].weekday()].lower().capitalize()
    p.block("p", f"{wd}, ngày {dmy(a['when'])} {hm(a['when'])} GMT+7", "news-info")
    p.block("h2", "VTV.vn - " + a["lead"], "sapo")
    body_with_figure(p, a, "ta-justify")
    p.block("p", f"{a['author']}/VTV24", "news-info author")
    p.related("Tin cùng chuyên mục", teasers(a, 3, "vtv"), "list-news-cate")
    p.block("div", "Bạn có ý kiến? Hãy để lại bình luận", "comment-title")
    p.raw("</div>")
    p.raw("<footer>")
    p.block("p", "Bản quyền thuộc về Đài Truyền hình Việt Nam")
    p.block("p", "Chịu trách nhiệm nội dung: Trưởng Ban Truyền hình Đối ngoại")
    p.raw("</footer>")
    return p, url, {"category": a["section"], "author": a["author"],
                    "furniture": ["Tin cùng chuyên mục", "Bạn có ý kiến? Hãy để lại bình luận",
                                  "Đài Truyền hình Việt Nam"] + teasers(a, 3, "vtv")}


def baodautu(a):
    """baodautu.vn: logo, page clock, menu on one line, the section's name above the title, the
    author and date on one line 'Tên - dd/mm/yyyy hh:mm', a bold sapo without a tag, no byline at
    the end, 'Từ khóa: …' line, 'Tin cùng chuyên mục' with dates, comment form, footer."""
    p = Page("baodautu")
    url = f"https://baodautu.vn/{slug(a['title'])}-d{int(h(a['id']), 16) % 999999}.html"
    open_graph(p, a, url)
    p.raw("<header>")
    p.block("a", "Báo Đầu tư", "logo")
    pc = a["page_clock"]
    p.block("div", f"{WEEKDAYS[pc.weekday()]}, {dmy(pc)}", "today")
    p.links("nav", ["Thời sự", "Đầu tư", "Quốc tế", "Doanh nghiệp", "Ngân hàng", "Tài chính",
                    "Chứng khoán", "Địa ốc", "Đấu thầu", "Tiêu dùng"], "menu", sep=" ")
    p.raw("</header>")
    p.raw('<div class="col630">')
    p.block("a", a["section"], "cat-detail", ' href="/thoi-su-d1/"')
    p.block("h1", a["title"], "title-detail")
    p.raw(f'<div class="author-share"><a class="author" href="/tac-gia/x">'
          f'{html.escape(a["author"])}</a> - <span class="post-time">{dmy(a["when"])} '
          f'{hm(a["when"])}</span></div>',
          [f"{a['author']} - {dmy(a['when'])} {hm(a['when'])}"])
    p.raw(f'<div class="sapo_detail"><strong>{html.escape(a["lead"])}</strong></div>', [a["lead"]])
    body_with_figure(p, a, "content_detail")
    p.block("div", "Từ khóa: lao động, việc làm, doanh nghiệp", "tag-detail")
    p.block("div", "Tin cùng chuyên mục", "title-box")
    p.raw('<ul class="list-news">', [])
    for k, t in enumerate(teasers(a, 4, "bdt")):
        day = a["when"] - datetime.timedelta(hours=5 * k + 2)
        p.raw(f"<li><a href='#'>{html.escape(t)}</a><span>{dmy(day)} {hm(day)}</span></li>",
              [t, f"{dmy(day)} {hm(day)}"])
    p.raw("</ul>")
    p.block("div", "Bình luận", "comment-title")
    p.block("div", "Viết bình luận của bạn...", "comment-input")
    p.raw("</div>")
    p.raw("<footer>")
    p.block("p", "Cơ quan chủ quản: Bộ Kế hoạch và Đầu tư")
    p.block("p", "Tổng biên tập: Lê Trọng Minh")
    p.block("p", "Email: baodautu@vir.com.vn")
    p.raw("</footer>")
    return p, url, {"category": a["section"], "author": a["author"],
                    "furniture": ["Tin cùng chuyên mục", "Viết bình luận của bạn...",
                                  "Tổng biên tập: Lê Trọng Minh"] + teasers(a, 4, "bdt")}


def qdnd(a):
    """qdnd.vn: page clock, logo, menu one link a line, 'Trang chủ' then the section, the title,
    a share bar, date 'Thứ Năm, dd/mm/yyyy | hh:mm', sapo 'QĐND - ', the byline in capitals with
    a credit ('Bài và ảnh: TÊN'), the standing 'Mời bạn đọc …' line, tags, 'Tin cùng chuyên
    mục', comments, footer."""
    p = Page("qdnd")
    url = f"https://www.qdnd.vn/xa-hoi/{slug(a['title'])}-{int(h(a['id']), 16) % 999999}"
    open_graph(p, a, url, with_time=False)
    p.meta(f'<meta name="author" content="{html.escape(a["author"])}">')
    p.raw("<header>")
    pc = a["page_clock"]
    p.block("div", f"{WEEKDAYS[pc.weekday()]}, ngày {dmy(pc)}", "date-now")
    p.block("a", "Báo Quân đội nhân dân", "logo")
    p.links("nav", ["Chính trị", "Quốc phòng - An ninh", "Kinh tế", "Xã hội", "Văn hóa",
                    "Thể thao", "Quốc tế", "Pháp luật", "Bạn đọc"], "menu")
    p.raw("</header>")
    p.raw('<div class="post-content">')
    p.links("ul", ["Trang chủ", a["section"]], "breadcrumb")
    p.block("h1", a["title"], "post-title")
    p.links("div", ["Facebook", "Zalo", "In bài"], "share-tool")
    p.block("div", f"{WEEKDAYS[a['when'].weekday()]}, {dmy(a['when'])} | {hm(a['when'])}",
            "post-date")
    p.block("div", "QĐND - " + a["lead"], "post-summary")
    body_with_figure(p, a, "post-body")
    p.block("p", "Bài và ảnh: " + a["author"].upper(), "author")
    p.block("p", f"* Mời bạn đọc vào chuyên mục {a['section']} xem các tin, bài liên quan.",
            "note")
    p.links("div", ["Từ khóa", "lao động", "việc làm"], "tags")
    p.related("Tin cùng chuyên mục", teasers(a, 3, "qd"), "related")
    p.block("div", "Ý kiến bạn đọc (0)", "comment")
    p.raw("</div>")
    p.raw("<footer>")
    p.block("p", "Cơ quan của Quân ủy Trung ương và Bộ Quốc phòng")
    p.block("p", "Tổng Biên tập: Thiếu tướng Đoàn Xuân Bộ")
    p.raw("</footer>")
    return p, url, {"category": a["section"], "author": a["author"],
                    "furniture": ["Tin cùng chuyên mục", "Ý kiến bạn đọc (0)", "In bài",
                                  "Tổng Biên tập: Thiếu tướng Đoàn Xuân Bộ",
                                  "Mời bạn đọc vào chuyên mục"] + teasers(a, 3, "qd")}


def kinhtedothi(a):
    """kinhtedothi.vn: hotline bar, logo, menu on one line, the breadcrumb 'Trang chủ | Xã hội |
    section', the title, the author then the date 'dd/mm/yyyy - hh:mm' under it, sapo
    'Kinhtedothi - ', a photo credited '(Ảnh: …)', tags, 'Tin khác', comments, footer."""
    p = Page("kinhtedothi")
    url = f"https://kinhtedothi.vn/{slug(a['title'])}.html"
    json_ld(p, a, url, a["section"], a["author"])
    p.raw("<header>")
    p.block("div", "Hotline: 0904 886 888 - Email: toasoan@ktdt.com.vn", "hotline")
    p.block("a", "Kinh tế & Đô thị", "logo")
    p.links("nav", ["Thời sự", "Hà Nội", "Kinh tế", "Đô thị", "Xã hội", "Pháp luật",
                    "Văn hóa", "Thể thao", "Thế giới", "Bất động sản"], "menu", sep=" ")
    p.raw("</header>")
    p.raw('<div class="article-detail">')
    p.links("div", ["Trang chủ", "Xã hội", a["section"]], "breadcrumb", sep=" | ")
    p.block("h1", a["title"], "article-title")
    p.block("div", a["author"], "article-author")
    p.block("div", f"{dmy(a['when'])} - {hm(a['when'])}", "article-date")
    p.block("h2", "Kinhtedothi - " + a["lead"], "article-sapo")
    if a["caption"] and "Ảnh" not in a["caption"]:
        a = dict(a, caption=a["caption"].rstrip(".") + f" (Ảnh: {a['author']})")
    body_with_figure(p, a, "article-content")
    p.block("div", "Tags: lao động, việc làm", "tags")
    p.related("Tin khác", teasers(a, 3, "kt"), "other-news")
    p.block("div", "Bình luận", "comment")
    p.raw("</div>")
    p.raw("<footer>")
    p.block("p", "Cơ quan của Thành ủy Hà Nội")
    p.block("p", "Tổng Biên tập: Nguyễn Minh Đức")
    p.block("p", "Giấy phép số 160/GP-BTTTT")
    p.raw("</footer>")
    return p, url, {"category": a["section"], "author": a["author"],
                    "furniture": ["Tin khác", "Tổng Biên tập: Nguyễn Minh Đức",
                                  "Cơ quan của Thành ủy Hà Nội"] + teasers(a, 3, "kt")}



def laodongxahoi(a):
    """laodongxahoi.net: page clock, logo, a bar menu opening with 'Trang chủ', the title, the
    date line with the section after it 'Thứ Năm, 17/10/2019 | 21:50 | Section', the byline in
    capitals under it, a sapo without a tag, 'Từ khóa:' line, 'Bài viết cùng chuyên mục' with a
    summary under each title, footer. Added after the second batch, as a tune layout."""
    p = Page("laodongxahoi")
    url = f"https://laodongxahoi.net/{slug(a['title'])}-{int(h(a['id']), 16) % 9999999}.html"
    p.raw("<header>")
    pc = a["page_clock"]
    p.block("div", f"{WEEKDAYS[pc.weekday()]}, {dmy(pc)}", "today")
    p.block("a", "Báo Lao động và Xã hội", "logo")
    p.links("nav", ["Trang chủ", "Thời sự", "Lao động - Việc làm", "An sinh xã hội", "Người có công",
                    "Giáo dục nghề nghiệp", "Pháp luật", "Kinh tế"], "menu", sep=" | ")
    p.raw("</header>")
    p.raw('<div class="detail">')
    p.block("h1", a["title"], "detail-title")
    p.block("div", f"{WEEKDAYS[a['when'].weekday()]}, {dmy(a['when'])} | {hm(a['when'])} | "
            f"{a['section']}", "detail-time")
    p.block("div", a["author"].upper(), "detail-author")
    p.raw(f'<div class="detail-sapo"><b>{html.escape(a["lead"])}</b></div>', [a["lead"]])
    body_with_figure(p, a, "detail-content")
    p.block("div", "Từ khóa: lao động, việc làm, an sinh", "detail-tags")
    p.block("div", "Bài viết cùng chuyên mục", "box-title")
    for k, t in enumerate(teasers(a, 2, "ldxh")):
        p.raw(f"<div class='item'><a href='#'>{html.escape(t)}</a>"
              f"<p>{html.escape(SUMMARIES[k])}</p></div>", [t, SUMMARIES[k]])
    p.raw("</div>")
    p.raw("<footer>")
    p.block("p", "Cơ quan chủ quản: Bộ Lao động - Thương binh và Xã hội")
    p.block("p", "Tổng biên tập: Nguyễn Văn Dũng")
    p.raw("</footer>")
    return p, url, {"category": a["section"], "author": a["author"],
                    "furniture": ["Bài viết cùng chuyên mục", "Tổng biên tập: Nguyễn Văn Dũng"]
                    + teasers(a, 2, "ldxh") + SUMMARIES[:2]}


# Teaser summaries under the story titles of a box: sentences, as a related list prints them.
SUMMARIES = [
    "Nhiều địa phương đã chủ động kết nối cung cầu lao động ngay từ đầu năm.",
    "Người lao động cần nắm rõ quyền lợi của mình khi tham gia bảo hiểm xã hội.",
]

# The second batch's halves; their articles take the slots after the first batch's.
HOLDOUT2 = {"cand": cand, "baotintuc": baotintuc, "vtv": vtv}
TUNE2 = {"baodautu": baodautu, "qdnd": qdnd, "kinhtedothi": kinhtedothi,
         "laodongxahoi": laodongxahoi}
SECOND_BATCH = ["cand", "baotintuc", "vtv", "baodautu", "qdnd", "kinhtedothi", "laodongxahoi"]


LABOUR_SECTIONS = ["Lao động - Việc làm", "Xã hội", "Công đoàn", "Đời sống", "Chính sách"]
REGIONS = ["Tây Bắc", "Đông Bắc", "Miền Trung", "TP.HCM", "Tây Nguyên"]


def dress(a, site, k):
    """The template's own choices for an article: date and time, page clock, section, author."""
    key = site + a["id"]
    n = int(h(key), 16)
    if a["date"]:
        day = datetime.date.fromisoformat(a["date"])
    else:
        day = datetime.date(2017, 1, 1) + datetime.timedelta(days=n % 1000)
    when = datetime.datetime(day.year, day.month, day.day, 6 + n % 16, (n >> 8) % 60)
    out = dict(a)
    out["when"] = when
    out["page_clock"] = when + datetime.timedelta(days=30 + n % 400, hours=3)
    out["section"] = a["section"] or LABOUR_SECTIONS[(n >> 16) % len(LABOUR_SECTIONS)]
    out["author"] = a["author"] or REPORTERS[(n >> 24) % len(REPORTERS)]
    out["region"] = REGIONS[(n >> 32) % len(REGIONS)]
    return out


def main():
    labour, dantri = load_articles()
    sites = [(s, "holdout", f) for s, f in (HOLDOUT | HOLDOUT2).items()] + [
        (s, "tune", f) for s, f in (TUNE | TUNE2).items()]
    labels = []
    for i, (site, half, template) in enumerate(sorted(sites)):
        folder = HERE / site
        folder.mkdir(exist_ok=True)
        # Articles by index so that adding a site never moves another site's articles.
        if site in SECOND_BATCH:
            k2 = SECOND_BATCH.index(site)
            if k2 < 6:
                chosen = [labour[24 + k2], dantri[12 + k2], labour[30 + k2]]
            else:  # added after the batch: the next unused articles
                chosen = [labour[36 + 2 * (k2 - 6)], dantri[12 + k2], labour[37 + 2 * (k2 - 6)]]
        else:
            slot = sorted(list(HOLDOUT) + list(TUNE_NAMES)).index(site)
            chosen = [labour[slot], dantri[slot], labour[slot + 12]]
        for k, raw in enumerate(chosen, 1):
            a = dress(raw, site, k)
            page, url, lab = template(a)
            page_html, text = page.render(a["title"])
            stem = f"{k}"
            (folder / f"{stem}.html").write_text(page_html, encoding="utf-8")
            (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
            labels.append({
                "site": site, "half": half, "page": f"{site}/{stem}", "corpus": raw["corpus"],
                "id": raw["id"], "url": url, "title": a["title"],
                "published": a["when"].strftime("%Y-%m-%dT%H:%M:00+07:00"),
                "category": lab["category"], "lead": a["lead"],
                # "Theo Best Life" credits a source, not a person: no author.
                "author": None if lab["author"].startswith("Theo ") else lab["author"],
                "first": a["paragraphs"][0], "last": a["paragraphs"][-1],
                "furniture": lab["furniture"]})
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as f:
        for row in labels:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(labels)} pages -> {HERE}")


# The tune half's site names, fixed now so that article slots never move when its templates land.
TUNE_NAMES = ["dantri", "vnexpress", "thanhnien", "nld", "chinhphu", "molisa"]

if __name__ == "__main__":
    main()
