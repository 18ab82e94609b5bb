"""Builds the ninth opened page-layout set (formerly the ninth unseen check): 18 real corpus
articles laid out as six more
Vietnamese news sites lay them out (Doanh nghiệp & Tiếp thị, Báo Bình Dương, Báo Đắk Lắk, Báo Phú
Thọ, Tạp chí Kinh tế Sài Gòn, Báo Thừa Thiên Huế), each page as HTML and as the visible text a
scraper saves from it, with labels. The HTML varies most: JSON-LD with a Person and <time
datetime> inside <article>; OpenGraph only; <meta name="author"> naming the reporter; a JSON-LD
@graph (NewsArticle + BreadcrumbList) whose author is a list; WordPress markup (wp-caption) with
OpenGraph and a JSON-LD Person; no metadata at all. The sapo as a bold <p class="sapo"><strong>,
as the first <p><strong>(BDO) ...</strong> of the body, as a <div class="sapo"> holding a <p>
with a <b>, as <p class="sapo"> tagged 'Baophutho.vn - ' in a <span>, as the body's first
<p><strong>(KTSG Online) - ...</strong>, and as <h2 class="desc"> tagged 'TTH - '; bylines in
capitals, in normal case, 'Bài, ảnh: ...', '(Tổng hợp)', a <div class="author"> above the body.

  python3 index-builder/src/test/resources/layouts-opened-9/generate.py   # from the repository root

Reads ../shared/corpus (beside the repository). Writes, beside this script:
  <site>/<n>.html   the page as the site serves it
  <site>/<n>.txt    its visible text, saved with that site's scraper convention (see the README)
  labels.jsonl      one line per page, the schema of ../layouts-opened-8/labels.jsonl
                    (then layouts-unseen-8/), "half": "opened"

Written from what the real sites look like, without reading the extractor's rules and never tuned
on. Labels come from the corpus article's fields and from what the template prints. The articles
are named below (ARTICLES), not searched for. The article, paragraph, date and page plumbing is
the eighth set's (../layouts-opened-8/generate.py, then layouts-unseen-8/), unchanged but for the teaser order's salt.
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
# ../layouts-opened-7/ or ../layouts-unseen-8/ (now ../layouts-opened-8/). dantri: pages that end with the reporter's name
# (alone or with '(Tổng hợp)'), whose first line (the lead) has 20 words or more, that keep five
# or more body paragraphs, and whose corpus title is a headline (picked by hand).
# vietnews-labour: a clean title, a lead of 18 words or more, 14 or more usable sentences. The
# three marked (A) are agreement signings, and the signing is printed on the page.
ARTICLES = {
    "dntt": ["dantri-news_health_169", "vietnews-test-020433", "dantri-news_health_135"],
    "baobinhduong": ["vietnews-val-016283",  # (A) the college signs job contracts / with firms
                     "dantri-news_travel_222", "vietnews-train-011227"],
    "baodaklak": ["dantri-news_entertainment_073",
                  "vietnews-train-066541",  # (A) the cooperation signing HaUI - KPU
                  "dantri-news_tech_110"],
    "baophutho": ["vietnews-train-068170", "dantri-news_education_144", "vietnews-train-074814"],
    "thesaigontimes": ["vietnews-train-064537",  # (A) Vinamilk and BPC signed the joint venture
                       "dantri-news_tech_115", "vietnews-train-083091"],
    "baothuathienhue": ["dantri-news_health_167", "vietnews-train-103152", "dantri-news_tech_236"],
}
# dantri pages that go on with other stories after the headline's own: only the story's own
# paragraphs are printed.
STORY_PARAS = {"dantri-news_entertainment_073": 5}
# a labour page printed longer so that the signing (sentence 20 of 22) is on it
LABOUR_PARAS = {"vietnews-train-066541": 10}
AGREEMENTS = {"vietnews-val-016283", "vietnews-train-066541", "vietnews-train-064537"}
# Every id the other layout sets name (grep -o over ../layouts*/, ../layouts-unseen-8/ (now ../layouts-opened-8/) included):
# teasers never come from these, and an article named above must not be one of them.
USED_ELSEWHERE = {
    "dantri-news_business_049", "dantri-news_business_051", "dantri-news_business_054",
    "dantri-news_business_060", "dantri-news_business_064", "dantri-news_business_072",
    "dantri-news_business_093", "dantri-news_business_095", "dantri-news_business_121",
    "dantri-news_business_123", "dantri-news_business_197", "dantri-news_business_227",
    "dantri-news_business_231", "dantri-news_business_239", "dantri-news_education_028",
    "dantri-news_education_035", "dantri-news_education_045", "dantri-news_education_059",
    "dantri-news_education_088", "dantri-news_education_095", "dantri-news_education_097",
    "dantri-news_education_098", "dantri-news_education_113", "dantri-news_education_127",
    "dantri-news_education_136", "dantri-news_education_146", "dantri-news_education_147",
    "dantri-news_education_160", "dantri-news_education_179", "dantri-news_education_195",
    "dantri-news_education_209", "dantri-news_education_210", "dantri-news_education_212",
    "dantri-news_education_217", "dantri-news_education_222", "dantri-news_education_225",
    "dantri-news_education_227", "dantri-news_education_263", "dantri-news_education_267",
    "dantri-news_entertainment_033", "dantri-news_entertainment_180",
    "dantri-news_entertainment_205", "dantri-news_health_056", "dantri-news_health_065",
    "dantri-news_health_072", "dantri-news_health_081", "dantri-news_health_114",
    "dantri-news_health_137", "dantri-news_health_149", "dantri-news_health_157",
    "dantri-news_health_163", "dantri-news_health_250", "dantri-news_health_264",
    "dantri-news_health_265", "dantri-news_science_025", "dantri-news_science_046",
    "dantri-news_science_086", "dantri-news_science_110", "dantri-news_science_116",
    "dantri-news_society_029", "dantri-news_society_032", "dantri-news_society_059",
    "dantri-news_society_060", "dantri-news_society_097", "dantri-news_society_106",
    "dantri-news_society_109", "dantri-news_society_110", "dantri-news_society_113",
    "dantri-news_society_139", "dantri-news_society_157", "dantri-news_society_160",
    "dantri-news_society_177", "dantri-news_society_185", "dantri-news_society_212",
    "dantri-news_society_220", "dantri-news_society_249", "dantri-news_society_261",
    "dantri-news_society_268", "dantri-news_sport_199", "dantri-news_tech_163",
    "dantri-news_travel_027", "dantri-news_travel_039", "dantri-news_travel_057",
    "dantri-news_travel_070", "dantri-news_travel_103", "dantri-news_travel_125",
    "dantri-news_travel_153", "dantri-news_travel_170", "dantri-news_travel_191",
    "dantri-news_travel_198", "dantri-news_travel_244", "vietnews-test-000670",
    "vietnews-test-002199", "vietnews-test-002277", "vietnews-test-002330", "vietnews-test-002377",
    "vietnews-test-002465", "vietnews-test-002581", "vietnews-test-002811", "vietnews-test-004622",
    "vietnews-test-005681", "vietnews-test-012133", "vietnews-test-016067", "vietnews-test-016199",
    "vietnews-test-017223", "vietnews-test-017847", "vietnews-test-018632", "vietnews-test-019228",
    "vietnews-test-019720", "vietnews-test-020418", "vietnews-test-020546", "vietnews-test-020693",
    "vietnews-test-021691", "vietnews-test-021858", "vietnews-test-022542",
    "vietnews-train-002429", "vietnews-train-010224", "vietnews-train-010255",
    "vietnews-train-010709", "vietnews-train-011150", "vietnews-train-012544",
    "vietnews-train-012997", "vietnews-train-015555", "vietnews-train-016019",
    "vietnews-train-016803", "vietnews-train-017926", "vietnews-train-018225",
    "vietnews-train-020360", "vietnews-train-021754", "vietnews-train-022332",
    "vietnews-train-025487", "vietnews-train-025589", "vietnews-train-026784",
    "vietnews-train-031566", "vietnews-train-048196", "vietnews-train-055323",
    "vietnews-train-063447", "vietnews-train-064195", "vietnews-train-064964",
    "vietnews-train-065135", "vietnews-train-066577", "vietnews-train-068192",
    "vietnews-train-068481", "vietnews-train-070223", "vietnews-train-071236",
    "vietnews-train-072465", "vietnews-train-073315", "vietnews-train-074594",
    "vietnews-train-074792", "vietnews-train-075766", "vietnews-train-077673",
    "vietnews-train-084708", "vietnews-train-086602", "vietnews-train-087837",
    "vietnews-train-089713", "vietnews-train-090815", "vietnews-train-091138",
    "vietnews-train-091987", "vietnews-train-092481", "vietnews-train-092702",
    "vietnews-train-092783", "vietnews-train-093406", "vietnews-train-093738",
    "vietnews-train-094380", "vietnews-train-095005", "vietnews-train-095220",
    "vietnews-train-095767", "vietnews-train-096684", "vietnews-train-096742",
    "vietnews-train-097326", "vietnews-train-097443", "vietnews-train-098955",
    "vietnews-train-099206", "vietnews-train-099261", "vietnews-train-099546",
    "vietnews-train-099673", "vietnews-train-100564", "vietnews-train-101390",
    "vietnews-train-103930", "vietnews-train-104010", "vietnews-train-104438",
    "vietnews-train-105373", "vietnews-val-004258", "vietnews-val-008777", "vietnews-val-013117",
    "vietnews-val-013261", "vietnews-val-013882", "vietnews-val-013936", "vietnews-val-014159",
    "vietnews-val-014663", "vietnews-val-015999", "vietnews-val-016357", "vietnews-val-017694",
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
        # (this set) a page is never printed before a day it names anywhere in its paragraphs
        d = late + datetime.timedelta(days=1 + h(a["id"], "after") % 3)
    review = re.search(r"tháng đầu năm (20\d\d)", " ".join([a["lead"], *paras]))
    if review and d.year < int(review[1]):
        # (this set) a mid-year review ('5 tháng đầu năm 2018') is printed in that year
        d = d.replace(year=int(review[1]), day=min(d.day, 28))
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
    teasers = sorted(set(teasers), key=lambda t: h(t, "teaser9"))
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


def dntt(a, n, tz):
    """Doanh nghiệp & Tiếp thị: <article>; JSON-LD NewsArticle with a Person (the reporter) and
    <time datetime>; OpenGraph without a date; breadcrumb 'Doanh nghiệp › Lao động' as <a>s in a
    <div> with ' › '; 'Thứ Ba, 12/11/2024 - 08:30' in the <time>; the sapo <p class="sapo"> whose
    whole text is in a <strong>, untagged; a GPT slot with its script after paragraph 1, a 'Tin
    liên quan' <div> (<h3> + <ul>) after paragraph 2; lazy <figure>/<figcaption>; the byline at
    the end in a <p class="author"> (normal case, not right-aligned), then 'Nguồn: DNTT'; tags
    on one line; one block a line, menus on one line."""
    crumbs = [["Tiêu dùng", "Sống khỏe"], ["Doanh nghiệp", "Lao động"], ["Sức khỏe"]][n - 1]
    url = f"https://doanhnghiepvatiepthi.vn/{slug(a['title'])}-{900000 + h(a['id'], 'dntt') % 90000}.html"
    date = f"{weekday(a)}, {dmy(a)} - {hm(a)}"
    cap, _ = caption_or(a, "Ảnh minh họa")
    p = Page()
    p.raw(head(a["title"] + " - Doanh nghiệp & Tiếp thị",
               og(a, url, "Doanh nghiệp & Tiếp thị", published=False) + jsonld({
                   "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                   "datePublished": iso(a), "dateModified": iso(a),
                   "author": {"@type": "Person", "name": a["author"]},
                   "publisher": {"@type": "Organization", "name": "Doanh nghiệp & Tiếp thị"}})))
    p.raw('<body>\n<div id="top-ads"><script>var adsTop = 1;</script></div>\n<header>')
    p.el("a", "Doanh nghiệp & Tiếp thị", 'class="logo" href="/"')
    p.raw("<nav>")
    menu = ["Thời sự", "Doanh nghiệp", "Tài chính", "Bất động sản", "Thị trường", "Công nghệ",
            "Sức khỏe", "Tiêu dùng", "Marketing", "Multimedia"]
    p.group(('<ul class="menu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw("</nav></header>\n<div class=\"container\">")
    p.group(('<div class="breadcrumb">', "</div>"), '<a href="#">{t}</a>', crumbs, " › ")
    p.raw('<article class="article-detail">')
    p.el("h1", a["title"], 'class="title-detail"')
    p.el("time", date, f'datetime="{iso(a)}" class="date"')
    p.raw('<p class="sapo"><strong>')
    p.el("span", a["lead"])
    p.raw("</strong></p>")
    p.raw('<div class="content-detail">')

    def photo():
        p.raw(f'<figure class="image"><img {LAZY} data-src="https://doanhnghiepvatiepthi.vn/images/'
              f'{h(a["id"]) % 999999}.jpg" alt="">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    def between(i):
        if i == 0:
            ad_gpt(p, f"dntt-{h(a['id'], 'gpt') % 9999}")
        if i == 1:
            related_div(p, "box-related", "Tin liên quan", tz[0:2])

    body(p, a, photo, between=between)
    p.el("p", a["byline"], 'class="author"')
    p.el("p", "Nguồn: DNTT", 'class="source"')
    p.raw("</div></article>")
    tags = [["gan", "rượu bia"], ["giờ làm việc", "Bộ luật Lao động"], ["ung thư", "khối u"]][n - 1]
    p.group(('<div class="tags">', "</div>"), '<a href="#">{t}</a>', ["Tags:", *tags], " ")
    p.group(('<div class="share">', "</div>"), '<a href="#">{t}</a>', ["Chia sẻ:", "Facebook", "Twitter", "Zalo"], " ")
    p.el("h3", "Đọc nhiều", 'class="title-box"')
    p.group(('<div class="most-read">', "</div>"), '<h4><a href="#">{t}</a></h4>', tz[2:5], "\n")
    p.raw("</div>\n")
    foot = ["Tạp chí Doanh nghiệp & Tiếp thị - Cơ quan chủ quản: Hội Doanh nghiệp hàng Việt Nam chất lượng cao",
            "Giấy phép hoạt động báo chí điện tử số 301/GP-BTTTT",
            "Tòa soạn: 24 Lý Tự Trọng, Quận 1, TP Hồ Chí Minh",
            "© Bản quyền thuộc về Doanh nghiệp & Tiếp thị. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản."]
    footer(p, foot)
    fur = ["Marketing", date, cap, "Tin liên quan", *tz[0:5], "Nguồn: DNTT", "Chia sẻ:", "Đọc nhiều", *foot]
    return p, text_of(p, False, False), url, crumbs[-1], a["author"], fur


def baobinhduong(a, n, tz):
    """Báo Bình Dương: OpenGraph with article:published_time, nothing else; no <article>, no
    <time>; breadcrumb 'Trang chủ > Xã hội' as <a>s with ' > '; 'Cập nhật: 08:30, 12/11/2024'
    and a print link in the same <div>, one line; the sapo is the FIRST <p> of the content
    <div>, wholly bold, tagged '(BDO) ' (no dash); photo in a <table class="tplCaption"> with
    the caption in a <td> and ' (Ảnh: ...)'; a bordered <table> 'TIN LIÊN QUAN' after paragraph 3;
    byline bold right-aligned in CAPITALS, page 2 '... (tổng hợp)', page 3 the wire credit
    'Theo Lao Động' alone in italics (author null); 'Các tin khác', a comment
    form; CRLF, a blank line between blocks, lists one item a line."""
    crumbs = [["Trang chủ", "Giáo dục"], ["Trang chủ", "Du lịch"], ["Trang chủ", "Xã hội"]][n - 1]
    url = f"https://baobinhduong.vn/{slug(a['title'])}-a{250000 + h(a['id'], 'bd') % 90000}.html"
    date = f"Cập nhật: {hm(a)}, {dmy(a)}"
    dline = f"{date} In bài"
    tag = "(BDO) "
    wire = n == 3  # a Ho Chi Minh City story the provincial paper reprints
    byline = "Theo Lao Động" if wire else (a["author"].upper() + " (tổng hợp)") if n == 2 else a["author"].upper()
    cap, credit = caption_or(a, "Ảnh minh họa", "(Ảnh: " + a["author"] + ")")
    p = Page()
    p.raw(head(a["title"] + " | Báo Bình Dương Online", og(a, url, "Báo Bình Dương")))
    p.raw('<body>\r\n<div class="wrapper"><div class="header">')
    p.el("a", "Báo Bình Dương Online", 'class="logo" href="/"')
    p.raw('</div><div class="nav">')
    menu = ["Trang chủ", "Chính trị", "Kinh tế", "Xã hội", "Giáo dục", "Văn hóa", "Du lịch",
            "Thể thao", "Pháp luật", "Bình Dương 24h", "Bạn đọc"]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', menu, "\n")
    p.raw('</div>\r\n<div class="main"><div class="col-left">')
    p.group(('<div class="path">', "</div>"), '<a href="#">{t}</a>', crumbs, " > ")
    p.el("h1", a["title"], 'class="title"')
    p.raw(f'<div class="date-print"><span>{html.escape(date)}</span> <a href="#" class="print">In bài</a></div>')
    p.blocks.append(dline)
    p.raw('<div class="news-content">')
    p.raw("<p><strong>")
    p.el("span", tag + a["lead"])
    p.raw("</strong></p>")

    def photo():
        p.raw('<table class="tplCaption" align="center" border="0" cellpadding="3" cellspacing="0"><tbody><tr><td>'
              f'<img src="https://baobinhduong.vn/image/news/{a["date"].year}/{h(a["id"]) % 99999}.jpg"></td></tr><tr>')
        p.el("td", cap, 'align="center"')
        p.raw("</tr></tbody></table>")

    def inline():
        p.raw('<table border="1" cellpadding="5" align="left" width="40%"><tbody><tr><td>')
        p.el("strong", "TIN LIÊN QUAN")
        p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[0:2], "\n")
        p.raw("</td></tr></tbody></table>")

    body(p, a, photo, inline, at=2, para=lambda t: ("p", t, 'style="text-align: justify;"'))
    byline_p(p, byline, em=wire)
    p.raw("</div>")
    p.el("div", "Các tin khác", 'class="title-box"')
    p.group(('<ul class="others">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:5], "\n")
    p.el("div", "Gửi bình luận", 'class="title-box"')
    p.group(("<form>", "</form>"), "<label>{t}</label>", ["Họ và tên", "Email", "Nội dung", "Gửi"], "\n")
    p.raw("</div></div>\r\n")
    foot = ["BÁO BÌNH DƯƠNG ONLINE",
            "Cơ quan chủ quản: Tỉnh ủy Bình Dương",
            "Giấy phép số 91/GP-BTTTT",
            "Địa chỉ: Số 6 Quang Trung, phường Phú Cường, TP Thủ Dầu Một, Bình Dương",
            "Ghi rõ nguồn Báo Bình Dương Online khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<div class="footer">', "</div></div>"), tag="p")
    fur = ["Bình Dương 24h", date, dline, tag.strip(), cap, "TIN LIÊN QUAN", *tz[0:5], "Các tin khác",
           "Gửi bình luận", byline, *foot]
    if credit:
        fur.append(credit)
    return p, text_of(p, True, True, "\r\n"), url, crumbs[-1], None if wire else a["author"], fur


def baodaklak(a, n, tz):
    """Báo Đắk Lắk: <meta name="author"> naming the REPORTER, OpenGraph without a date; no
    JSON-LD, no <article>, no <time>; no breadcrumb, one section link above the title in an
    <h2 class="cate">; 'Thứ Ba, 12/11/2024, 08:30' under the title; the sapo a <div class="sapo">
    holding one <p> with the lead in <b>, untagged; lazy <figure> whose <figcaption> holds an
    <em>; a 'Xem thêm:' paragraph after paragraph 2 (an <em> label and a link) and an AdSense
    unit after paragraph 3; byline bold right-aligned in normal case, '(Tổng hợp)' kept as
    printed on page 1; 'Tin cùng chuyên mục' as a <table> after the body; one block a line,
    menu one item a line."""
    section = ["Văn hóa - Giải trí", "Xã hội", "Khoa học - Công nghệ"][n - 1]
    url = f"https://baodaklak.vn/{slug(section)}/{a['date'].year}{a['date'].month:02d}/{slug(a['title'])}-{h(a['id'], 'dl') % 90000 + 10000}/"
    date = f"{weekday(a)}, {dmy(a)}, {hm(a)}"
    cap, _ = caption_or(a, "Ảnh minh họa")
    p = Page()
    p.raw(head(a["title"] + " - Báo Đắk Lắk điện tử",
               f'<meta name="author" content="{html.escape(a["author"])}">\n'
               + f'<meta name="description" content="{html.escape(a["lead"])}">\n'
               + og(a, url, "Báo Đắk Lắk", published=False)))
    p.raw('<body>\n<div class="header">')
    p.el("a", "Báo Đắk Lắk", 'class="logo" href="/"')
    p.raw('</div><div class="menu">')
    menu = ["Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Giáo dục", "Văn hóa - Giải trí",
            "Khoa học - Công nghệ", "Thể thao", "Buôn Ma Thuột", "Cà phê"]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', menu, "\n")
    p.raw('</div>\n<div class="main"><div class="detail">')
    p.raw('<h2 class="cate">')
    p.el("a", section, 'href="#"')
    p.raw("</h2>")
    p.el("h1", a["title"])
    p.el("div", date, 'class="date-time"')
    p.raw('<div class="sapo"><p><b>')
    p.el("span", a["lead"])
    p.raw("</b></p></div>")
    p.raw('<div class="detail-content">')

    def photo():
        p.raw(f'<figure class="image"><img {LAZY} data-src="https://baodaklak.vn/file/{h(a["id"]) % 999999}.jpg">'
              "<figcaption>")
        p.el("em", cap)
        p.raw("</figcaption></figure>")

    def between(i):
        if i == 1:
            p.raw('<p><em>Xem thêm:</em> ')
            p.parts.append(f'<a href="#">{html.escape(tz[0], quote=False)}</a></p>')
            p.blocks.append(f"Xem thêm: {tz[0]}")
        if i == 2:
            ad_ins(p, f"{7000000000 + h(a['id'], 'ad') % 99999999}")

    body(p, a, photo, between=between)
    byline_p(p, a["byline"])
    p.raw("</div>")
    p.raw('<table class="same-cate" width="100%"><tbody><tr><td>')
    p.el("strong", "Tin cùng chuyên mục")
    p.raw("</td></tr>")
    for t in tz[1:4]:
        p.raw("<tr>")
        p.el("td", t)
        p.raw("</tr>")
    p.raw("</tbody></table>")
    p.raw("</div></div>\n")
    foot = ["BÁO ĐẮK LẮK ĐIỆN TỬ",
            "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Đắk Lắk",
            "Giấy phép số 180/GP-BTTTT",
            "Địa chỉ: 33 Nguyễn Tất Thành, TP Buôn Ma Thuột, Đắk Lắk",
            "Bản quyền thuộc về Báo Đắk Lắk. Không sao chép khi chưa có sự đồng ý."]
    footer(p, foot, ('<div class="footer">', "</div>"), tag="p")
    fur = ["Buôn Ma Thuột", "Cà phê", date, cap, "Xem thêm:", *tz[0:4], "Tin cùng chuyên mục", *foot]
    if a["byline"] != a["author"]:
        fur.append(a["byline"])
    return p, text_of(p, True, False), url, section, a["author"], fur


def baophutho(a, n, tz):
    """Báo Phú Thọ: a JSON-LD @graph holding a NewsArticle (author a LIST of one Person) and a
    BreadcrumbList; no OpenGraph, no <article>, no <time>; breadcrumb 'Xã hội » Lao động' in a
    <ol>; 'Thứ Ba, 12/11/2024 08:30 (GMT+7)'; the sapo <p class="sapo"> with the tag
    'Baophutho.vn - ' in a bold <span>, the lead plain; photo in a <table> whose caption cell
    holds an <em> with '- Ảnh: ...' on labour pages; a 'Tin liên quan' <table> after paragraph
    3; byline bold right-aligned in normal case, page 1 'Bài, ảnh: ...'; 'Tin cùng chuyên mục';
    CRLF, a blank line between blocks, menus on one line."""
    crumbs = [["Xã hội", "Giao thông"], ["Giáo dục"], ["Xã hội", "Lao động - Việc làm"]][n - 1]
    url = f"https://baophutho.vn/{slug(a['title'])}-{170000 + h(a['id'], 'pt') % 90000}.htm"
    date = f"{weekday(a)}, {dmy(a)} {hm(a)} (GMT+7)"
    tag = "Baophutho.vn - "
    byline = f"Bài, ảnh: {a['byline']}" if n == 1 else a["byline"]
    cap, credit = caption_or(a, "Ảnh minh họa", "- Ảnh: " + a["author"])
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "headline": a["title"], "datePublished": iso(a),
         "author": [{"@type": "Person", "name": a["author"]}],
         "publisher": {"@type": "Organization", "name": "Báo Phú Thọ"}},
        {"@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": i + 1, "name": c} for i, c in enumerate(crumbs)]}]}
    p = Page()
    p.raw(head(a["title"] + " - Báo Phú Thọ điện tử", jsonld(graph)))
    p.raw('<body>\r\n<div id="header">')
    p.el("a", "Báo Phú Thọ", 'class="logo" href="/"')
    p.raw('</div><div id="nav">')
    menu = ["Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Giáo dục", "Văn hóa", "Đất Tổ",
            "Thể thao", "Pháp luật", "Bạn đọc"]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', menu, " | ")
    p.raw('</div>\r\n<div id="content">')
    p.group(('<ol class="breadcrumb">', "</ol>"), '<li><a href="#">{t}</a></li>', crumbs, " » ")
    p.el("h1", a["title"], 'class="title-detail"')
    p.el("div", date, 'class="time-detail"')
    p.raw(f'<p class="sapo"><span style="font-weight:bold">{html.escape(tag)}</span>')
    p.parts.append(html.escape(a["lead"], quote=False) + "</p>")
    p.blocks.append(tag + a["lead"])
    p.raw('<div class="content-detail">')

    def photo():
        p.raw('<table class="picture" align="center"><tbody><tr><td>'
              f'<img src="https://baophutho.vn/uploads/{a["date"].year}/{h(a["id"]) % 99999}.jpg"></td></tr><tr><td class="caption">')
        p.el("em", cap)
        p.raw("</td></tr></tbody></table>")

    def inline():
        p.raw('<table class="tin-lien-quan" border="0" width="100%"><tbody><tr>')
        p.el("th", "Tin liên quan")
        p.raw("</tr>")
        for t in tz[0:2]:
            p.raw('<tr><td><a href="#">')
            p.el("span", t)
            p.raw("</a></td></tr>")
        p.raw("</tbody></table>")

    body(p, a, photo, inline, at=3)
    byline_p(p, byline)
    p.raw("</div>")
    p.group(('<div class="share">', "</div>"), '<a href="#">{t}</a>', ["Chia sẻ", "In", "Gửi bài"], " ")
    p.el("div", "Tin cùng chuyên mục", 'class="title-box"')
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:5], "\r\n")
    p.raw("</div>\r\n")
    foot = ["BÁO PHÚ THỌ ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH PHÚ THỌ",
            "Giấy phép số 312/GP-BTTTT",
            "Địa chỉ: Đường Trần Phú, phường Tân Dân, TP Việt Trì, Phú Thọ",
            "Ghi rõ nguồn \"Báo Phú Thọ\" khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<div id="footer">', "</div>"), tag="p")
    fur = ["Đất Tổ", date, tag.strip(), cap, "Tin liên quan", *tz[0:5], "Chia sẻ In Gửi bài",
           "Tin cùng chuyên mục", *foot]
    if credit:
        fur.append(credit)
    if byline != a["author"]:
        fur.append(byline)
    return p, text_of(p, False, True, "\r\n"), url, crumbs[-1], a["author"], fur


def thesaigontimes(a, n, tz):
    """Tạp chí Kinh tế Sài Gòn (WordPress): <article>; OpenGraph with article:published_time and
    article:section; JSON-LD NewsArticle with a Person; one category link above the title; the
    reporter in a <div class="author"> ABOVE the body ('Ngọc Anh' with a link, then the date
    '12/11/2024, 08:30' on its own line; no byline after the body); the sapo the body's first
    <p>, wholly in <strong>, tagged '(KTSG Online) - '; photo a WordPress <div class="wp-caption">
    with a <p class="wp-caption-text"> (a '. Ảnh: Internet' credit only where a corpus caption credits
    nobody: none of these three pages); a 'Xem thêm:' <ul> of links after
    paragraph 2 and a <blockquote class="wp-embedded-content"> of a related story after
    paragraph 4; 'Tags:', 'Bài viết liên quan'; a blank line between blocks, menu one item a
    line."""
    section = ["Kinh doanh", "Tiêu dùng", "Xã hội"][n - 1]
    url = f"https://thesaigontimes.vn/{slug(a['title'])}/"
    date = f"{dmy(a)}, {hm(a)}"
    tag = "(KTSG Online) - "
    cap, credit = caption_or(a, "Ảnh minh họa", "Ảnh: Internet", sep=". ")
    p = Page()
    p.raw(head(a["title"] + " - Thời báo Kinh tế Sài Gòn",
               og(a, url, "Thời báo Kinh tế Sài Gòn", section=section) + jsonld({
                   "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                   "datePublished": iso(a), "author": {"@type": "Person", "name": a["author"]},
                   "articleSection": section})))
    p.raw('<body class="post-template-default single single-post">\n<div class="td-header">')
    p.el("a", "Thời báo Kinh tế Sài Gòn", 'class="td-logo" href="/"')
    p.raw('</div><div class="td-menu">')
    menu = ["Thời sự", "Kinh doanh", "Tài chính", "Bất động sản", "Công nghệ", "Tiêu dùng",
            "Văn hóa - Xã hội", "Thế giới", "Ý kiến", "Báo in"]
    p.group(('<ul id="menu-main">', "</ul>"), '<li class="menu-item"><a href="#">{t}</a></li>', menu, "\n")
    p.raw('</div>\n<div class="td-container"><article class="post">')
    p.raw('<div class="td-category">')
    p.el("a", section, 'href="#" class="entry-category"')
    p.raw("</div>")
    p.el("h1", a["title"], 'class="entry-title"')
    p.raw('<div class="td-module-meta-info"><div class="author">')
    p.el("a", a["byline"], 'href="#"')
    p.raw(f'</div><time class="entry-date" datetime="{iso(a)}">{html.escape(date)}</time></div>')
    p.blocks.append(date)
    p.raw('<div class="td-post-content">')
    p.raw("<p><strong>")
    p.el("span", tag + a["lead"])
    p.raw("</strong></p>")

    def photo():
        p.raw(f'<div class="wp-caption aligncenter" style="width: 710px"><img loading="lazy" '
              f'src="https://thesaigontimes.vn/wp-content/uploads/{a["date"].year}/{a["date"].month:02d}/'
              f'{h(a["id"]) % 99999}.jpg" width="700">')
        p.el("p", cap, 'class="wp-caption-text"')
        p.raw("</div>")

    def between(i):
        if i == 1:
            p.el("p", "Xem thêm:")
            p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[0:2], "\n")
        if i == 3:
            p.raw('<blockquote class="wp-embedded-content"><a href="#">')
            p.el("span", tz[2])
            p.raw("</a></blockquote>")

    body(p, a, photo, between=between)
    p.raw("</div></article>")
    tags = [["Vinamilk", "Campuchia"], ["quạt điện", "bụi mịn"], ["Sabeco", "hợp đồng lao động"]][n - 1]
    p.group(('<div class="td-tags">', "</div>"), '<a href="#">{t}</a>', ["Tags:", *tags], " ")
    p.el("h4", "Bài viết liên quan", 'class="block-title"')
    p.group(('<div class="td-related">', "</div>"), '<h3><a href="#">{t}</a></h3>', tz[3:6], "\n")
    p.raw("</div>\n")
    foot = ["Thời báo Kinh tế Sài Gòn - Cơ quan chủ quản: UBND TP Hồ Chí Minh",
            "Giấy phép số 24/GP-BTTTT",
            "Tòa soạn: 35 Nam Kỳ Khởi Nghĩa, Quận 1, TP Hồ Chí Minh",
            "Copyright © Thời báo Kinh tế Sài Gòn. Ghi rõ nguồn khi phát hành lại thông tin."]
    footer(p, foot, ('<footer class="td-footer">', "</footer>"), tag="p")
    fur = ["Báo in", date, tag.strip(), cap, "Xem thêm:", *tz[0:6], "Bài viết liên quan", *foot]
    if credit:
        fur.append(credit)
    return p, text_of(p, True, True), url, section, a["author"], fur


def baothuathienhue(a, n, tz):
    """Báo Thừa Thiên Huế: NO metadata (a <title> and nothing else); no <article>, no <time>;
    breadcrumb 'Trang chủ > Đời sống > Y tế' as <a>s in a <div> with ' > '; '12/11/2024 - 08:30'
    in a <span> with a 'Chia sẻ' link beside it (one line); the sapo <h2
    class="desc"> with the tag 'TTH - ' in a <span class="tag"> (no bold); photo in a <table
    class="image"> with the caption <td> as the corpus gives it; a 'Tin liên
    quan' <div> of bold links after paragraph 2 and a GPT slot after paragraph 4; byline bold
    right-aligned in CAPITALS, page 2 'Bài, ảnh: ...' in capitals; 'Từ khóa:', 'Cùng chuyên mục';
    CRLF, one block a line, lists one item a line."""
    crumbs = [["Trang chủ", "Đời sống", "Y tế"], ["Trang chủ", "Xã hội"], ["Trang chủ", "Khoa học - Công nghệ"]][n - 1]
    url = f"https://baothuathienhue.vn/{slug(crumbs[-1])}/{slug(a['title'])}-a{100000 + h(a['id'], 'tth') % 90000}.html"
    date = f"{dmy(a)} - {hm(a)}"
    dline = f"{date} Chia sẻ"
    tag = "TTH - "
    byline = ("Bài, ảnh: " + a["author"].upper()) if n == 2 else a["author"].upper()
    cap, credit = caption_or(a, "Ảnh minh họa")
    p = Page()
    p.raw(head(a["title"] + " - Báo Thừa Thiên Huế Online"))
    p.raw('<body>\r\n<div class="header">')
    p.el("a", "Báo Thừa Thiên Huế", 'class="logo" href="/"')
    p.raw('</div><div class="menu">')
    menu = ["Chính trị", "Kinh tế", "Xã hội", "Đời sống", "Văn hóa", "Du lịch",
            "Khoa học - Công nghệ", "Thể thao", "Huế xưa & nay", "Bạn đọc"]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', menu, "\r\n")
    p.raw('</div>\r\n<div class="main">')
    p.group(('<div class="breadcrumb">', "</div>"), '<a href="#">{t}</a>', crumbs, " > ")
    p.el("h1", a["title"], 'class="title-detail"')
    p.raw(f'<div class="info"><span class="date">{html.escape(date)}</span> <a class="share" href="#">Chia sẻ</a></div>')
    p.blocks.append(dline)
    p.raw(f'<h2 class="desc"><span class="tag">{html.escape(tag)}</span>')
    p.parts.append(html.escape(a["lead"], quote=False) + "</h2>")
    p.blocks.append(tag + a["lead"])
    p.raw('<div class="content">')

    def photo():
        p.raw('<table class="image" align="center"><tbody><tr><td>'
              f'<img src="https://baothuathienhue.vn/image/fckeditor/upload/{a["date"].year}/{h(a["id"]) % 99999}.jpg"></td></tr><tr>')
        p.el("td", cap, 'class="image-caption"')
        p.raw("</tr></tbody></table>")

    def inline():
        p.raw('<div class="tinlienquan">')
        p.el("p", "Tin liên quan", 'class="tlq-title"')
        for t in tz[0:2]:
            p.raw('<p><a href="#"><b>')
            p.el("span", t)
            p.raw("</b></a></p>")
        p.raw("</div>")

    def between(i):
        if i == 3:
            ad_gpt(p, f"tth-{h(a['id'], 'gpt') % 9999}")

    body(p, a, photo, inline, at=1, between=between)
    byline_p(p, byline)
    p.raw("</div>")
    tags = [["nghỉ lễ", "Covid-19"], ["công nhân", "ngộ độc thực phẩm"], ["điều hòa", "lọc khí"]][n - 1]
    p.group(('<div class="tags">', "</div>"), '<a href="#">{t}</a>', ["Từ khóa:", *tags], "\r\n")
    p.el("div", "Cùng chuyên mục", 'class="title-box"')
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:5], "\r\n")
    p.raw("</div>\r\n")
    foot = ["BÁO THỪA THIÊN HUẾ ONLINE",
            "Cơ quan chủ quản: Tỉnh ủy Thừa Thiên Huế",
            "Giấy phép số 43/GP-BTTTT",
            "Địa chỉ: 35 Lý Thường Kiệt, TP Huế",
            "Ghi rõ nguồn \"Báo Thừa Thiên Huế Online\" khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<div class="footer">', "</div>"), tag="p")
    fur = ["Huế xưa & nay", date, dline, tag.strip(), cap, "Tin liên quan", *tz[0:5], "Từ khóa:",
           "Cùng chuyên mục", byline, *foot]
    if credit:
        fur.append(credit)
    return p, text_of(p, True, False, "\r\n"), url, crumbs[-1], a["author"], fur


# ---------------------------------------------------------------- plan and output

TEMPLATES = {"dntt": dntt, "baobinhduong": baobinhduong, "baodaklak": baodaklak,
             "baophutho": baophutho, "thesaigontimes": thesaigontimes,
             "baothuathienhue": baothuathienhue}
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
