"""Builds the tenth opened page-layout set (formerly the tenth unseen check): 18 real corpus
articles laid out as six more
Vietnamese news sites lay them out (Báo Đại biểu Nhân dân, Báo Nam Định, Báo Sơn La, Báo Kiên
Giang, Báo Vĩnh Long, Báo Pháp luật & Xã hội), each page as HTML and as the visible text a scraper
saves from it, with labels. The HTML varies most: OpenGraph with a JSON-LD whose author is the
paper (an Organization), not the reporter; description and keywords <meta>s only; JSON-LD in two
scripts (a NewsArticle, a BreadcrumbList) with no breadcrumb trail on the page but a row of
sub-sections with the page's own marked active; OpenGraph only; <article> with <time>, OpenGraph
and a JSON-LD Person; schema.org microdata only. The sapo as a plain <div class="sapo">, as the
body's first <p><strong><em>, as a plain <h4 class="sapo">, as a <div class="sapo"><em> tagged
'(BKG) - ', as a <div class="sapo"><p> tagged '(VLO) - ' followed by a related box before the
first paragraph, and as an <h2> wholly <strong> tagged '(PL&XH) - '; bylines in normal case,
'Bài và ảnh: ...' with two reporters, '(TH)' after the name, capitals, a wire credit alone.

  python3 index-builder/src/test/resources/layouts-opened-10/generate.py   # from the repository root

Reads ../shared/corpus (beside the repository; VNNEWS_CORPUS names another folder). Writes,
beside this script:
  <site>/<n>.html   the page as the site serves it
  <site>/<n>.txt    its visible text, saved with that site's scraper convention (see the README)
  labels.jsonl      one line per page, the schema of ../layouts-opened-9/labels.jsonl
                    (then layouts-unseen-9/), "half": "opened"

Written from what the real sites look like, without reading the extractor's rules and never tuned
on. Labels come from the corpus article's fields and from what the template prints. The articles
are named below (ARTICLES), not searched for. The article, paragraph, date and page plumbing is
the ninth set's (../layouts-opened-9/generate.py, then layouts-unseen-9/), unchanged but for the teaser order's salt,
PRINTED_IN (four labour pages whose text fixes their year) and the corpus folder's override.
Deterministic (hashes, no clock, no randomness). Standard library only.
"""
import datetime
import gzip
import hashlib
import html
import json
import os
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[4]
CORPUS = Path(os.environ.get("VNNEWS_CORPUS", ROOT.parent / "shared" / "corpus"))

# The 18 articles, by site, in page order. None is used by any earlier layout set (../layouts/,
# ../layouts-opened/ .. ../layouts-opened-8/, ../layouts-unseen-9/ (now ../layouts-opened-9/)). dantri: pages that end with
# the reporter's name (alone, two names, or with '(tổng hợp)'), whose first line (the lead) has 20
# words or more, that keep five or more body paragraphs, and whose corpus title is a headline
# (picked by hand). vietnews-labour: a clean title, a lead of 18 words or more, 14 or more usable
# sentences. The three marked (A) are agreement signings, and the signing is printed on the page.
ARTICLES = {
    "daibieunhandan": ["vietnews-val-002862",  # (A) the food-safety board signed a coordination
                       "dantri-news_business_170", "vietnews-train-098725"],  # rule with two bodies
    "baonamdinh": ["dantri-news_society_200", "vietnews-train-074243", "dantri-news_health_082"],
    "baosonla": ["vietnews-train-010611", "dantri-news_society_186", "vietnews-train-104483"],
    "baokiengiang": ["dantri-news_travel_028",
                     "vietnews-test-014182",  # (A) Vietjet signed partner contracts with Airbus, Boeing
                     "vietnews-train-015780"],
    "baovinhlong": ["dantri-news_health_170",
                    "vietnews-val-002978",  # (A) a union and Trường Thịnh company signed a project (1997)
                    "dantri-news_business_202"],
    "phapluatxahoi": ["vietnews-train-094412", "dantri-news_business_237", "dantri-news_travel_136"],
}
# dantri pages that go on with other stories after the headline's own: only the story's own
# paragraphs are printed (none in this set).
STORY_PARAS = {}
# a labour page printed longer so that the signing is on it (none needed in this set)
LABOUR_PARAS = {}
AGREEMENTS = {"vietnews-val-002862", "vietnews-test-014182", "vietnews-val-002978"}
# (this set) labour pages whose text fixes the year the hashed date missed, read by hand: the food
# board piloted 'Từ tháng 3-2017' and reviews one year ('Năm 2018, ban sẽ ...'); the labour
# bulletin of 'quý I / 2015' released 'Ngày 20/7'; the booklet on 'tuyển sinh ... năm 2018'
# (printed in March); Hà Tĩnh's fish-death aid 'từ 1/7 đến cuối tháng 12/2016'. (year, month or
# None)
PRINTED_IN = {"vietnews-val-002862": (2018, None), "vietnews-train-098725": (2015, None),
              "vietnews-train-074243": (2018, 3), "vietnews-train-104483": (2016, None)}
# Every id the other layout sets name (the "id" of every labels.jsonl under ../layout*/, this set
# excluded): teasers never come from these, and an article named above must not be one of them.
USED_ELSEWHERE = {
    "dantri-news_business_049", "dantri-news_business_051", "dantri-news_business_054",
    "dantri-news_business_060", "dantri-news_business_064", "dantri-news_business_072",
    "dantri-news_business_093", "dantri-news_business_095", "dantri-news_business_121",
    "dantri-news_business_123", "dantri-news_business_197", "dantri-news_business_227",
    "dantri-news_business_231", "dantri-news_business_239", "dantri-news_education_028",
    "dantri-news_education_035", "dantri-news_education_045", "dantri-news_education_059",
    "dantri-news_education_088", "dantri-news_education_095", "dantri-news_education_097",
    "dantri-news_education_098", "dantri-news_education_113", "dantri-news_education_127",
    "dantri-news_education_136", "dantri-news_education_144", "dantri-news_education_146",
    "dantri-news_education_147", "dantri-news_education_160", "dantri-news_education_179",
    "dantri-news_education_195", "dantri-news_education_209", "dantri-news_education_210",
    "dantri-news_education_212", "dantri-news_education_217", "dantri-news_education_222",
    "dantri-news_education_225", "dantri-news_education_227", "dantri-news_education_263",
    "dantri-news_education_267", "dantri-news_entertainment_033", "dantri-news_entertainment_073",
    "dantri-news_entertainment_180", "dantri-news_entertainment_205", "dantri-news_health_056",
    "dantri-news_health_065", "dantri-news_health_072", "dantri-news_health_081",
    "dantri-news_health_114", "dantri-news_health_135", "dantri-news_health_137",
    "dantri-news_health_149", "dantri-news_health_157", "dantri-news_health_163",
    "dantri-news_health_167", "dantri-news_health_169", "dantri-news_health_250",
    "dantri-news_health_264", "dantri-news_health_265", "dantri-news_science_025",
    "dantri-news_science_046", "dantri-news_science_086", "dantri-news_science_110",
    "dantri-news_science_116", "dantri-news_society_029", "dantri-news_society_032",
    "dantri-news_society_059", "dantri-news_society_060", "dantri-news_society_097",
    "dantri-news_society_106", "dantri-news_society_109", "dantri-news_society_110",
    "dantri-news_society_113", "dantri-news_society_139", "dantri-news_society_157",
    "dantri-news_society_160", "dantri-news_society_177", "dantri-news_society_185",
    "dantri-news_society_212", "dantri-news_society_220", "dantri-news_society_249",
    "dantri-news_society_261", "dantri-news_society_268", "dantri-news_sport_199",
    "dantri-news_tech_110", "dantri-news_tech_115", "dantri-news_tech_163", "dantri-news_tech_236",
    "dantri-news_travel_027", "dantri-news_travel_039", "dantri-news_travel_057",
    "dantri-news_travel_070", "dantri-news_travel_103", "dantri-news_travel_125",
    "dantri-news_travel_153", "dantri-news_travel_170", "dantri-news_travel_191",
    "dantri-news_travel_198", "dantri-news_travel_222", "dantri-news_travel_244",
    "vietnews-test-000670", "vietnews-test-002199", "vietnews-test-002277", "vietnews-test-002330",
    "vietnews-test-002377", "vietnews-test-002465", "vietnews-test-002581", "vietnews-test-002811",
    "vietnews-test-004622", "vietnews-test-005681", "vietnews-test-012133", "vietnews-test-016067",
    "vietnews-test-016199", "vietnews-test-017223", "vietnews-test-017847", "vietnews-test-018632",
    "vietnews-test-019228", "vietnews-test-019720", "vietnews-test-020418", "vietnews-test-020433",
    "vietnews-test-020546", "vietnews-test-020693", "vietnews-test-021691", "vietnews-test-021858",
    "vietnews-test-022542", "vietnews-train-002429", "vietnews-train-010224",
    "vietnews-train-010255", "vietnews-train-010709", "vietnews-train-011150",
    "vietnews-train-011227", "vietnews-train-012544", "vietnews-train-012997",
    "vietnews-train-015555", "vietnews-train-016019", "vietnews-train-016803",
    "vietnews-train-017926", "vietnews-train-018225", "vietnews-train-020360",
    "vietnews-train-021754", "vietnews-train-022332", "vietnews-train-025487",
    "vietnews-train-025589", "vietnews-train-026784", "vietnews-train-031566",
    "vietnews-train-048196", "vietnews-train-055323", "vietnews-train-063447",
    "vietnews-train-064195", "vietnews-train-064537", "vietnews-train-064964",
    "vietnews-train-065135", "vietnews-train-066541", "vietnews-train-066577",
    "vietnews-train-068170", "vietnews-train-068192", "vietnews-train-068481",
    "vietnews-train-070223", "vietnews-train-071236", "vietnews-train-072465",
    "vietnews-train-073315", "vietnews-train-074594", "vietnews-train-074792",
    "vietnews-train-074814", "vietnews-train-075766", "vietnews-train-077673",
    "vietnews-train-083091", "vietnews-train-084708", "vietnews-train-086602",
    "vietnews-train-087837", "vietnews-train-089713", "vietnews-train-090815",
    "vietnews-train-091138", "vietnews-train-091987", "vietnews-train-092481",
    "vietnews-train-092702", "vietnews-train-092783", "vietnews-train-093406",
    "vietnews-train-093738", "vietnews-train-094380", "vietnews-train-095005",
    "vietnews-train-095220", "vietnews-train-095767", "vietnews-train-096684",
    "vietnews-train-096742", "vietnews-train-097326", "vietnews-train-097443",
    "vietnews-train-098955", "vietnews-train-099206", "vietnews-train-099261",
    "vietnews-train-099546", "vietnews-train-099673", "vietnews-train-100564",
    "vietnews-train-101390", "vietnews-train-103152", "vietnews-train-103930",
    "vietnews-train-104010", "vietnews-train-104438", "vietnews-train-105373",
    "vietnews-val-004258", "vietnews-val-008777", "vietnews-val-013117", "vietnews-val-013261",
    "vietnews-val-013882", "vietnews-val-013936", "vietnews-val-014159", "vietnews-val-014663",
    "vietnews-val-015999", "vietnews-val-016283", "vietnews-val-016357", "vietnews-val-017694",
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
        # (ninth set) a page is never printed before a day it names anywhere in its paragraphs
        d = late + datetime.timedelta(days=1 + h(a["id"], "after") % 3)
    review = re.search(r"tháng đầu năm (20\d\d)", " ".join([a["lead"], *paras]))
    if review and d.year < int(review[1]):
        # (ninth set) a mid-year review ('5 tháng đầu năm 2018') is printed in that year
        d = d.replace(year=int(review[1]), day=min(d.day, 28))
    if a["id"] in PRINTED_IN:
        year, month = PRINTED_IN[a["id"]]
        d = d.replace(year=year, month=month or d.month, day=min(d.day, 28))
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
    teasers = sorted(set(teasers), key=lambda t: h(t, "teaser10"))
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

def daibieunhandan(a, n, tz):
    """Báo Đại biểu Nhân dân: OpenGraph with article:published_time; a JSON-LD NewsArticle whose
    author is the ORGANISATION (the paper), not the reporter; breadcrumb 'Xã hội / Lao động -
    Việc làm' as an <ul> of <li><a>, saved on one line with ' / '; '08:30 | Thứ Ba, 12/11/2024';
    the sapo a <div class="sapo"> in plain text (nothing bold, no tag); lazy <figure> whose
    <figcaption> adds ' - Ảnh: ...' where the corpus caption credits nobody; an 'Đọc thêm' box
    (<h4> + <ul>) after paragraph 3; byline bold right-aligned in normal case, page 2 dantri's
    'Mai Chi(tổng hợp)' as printed; 'Từ khóa:' and the tags on one line, 'Tin khác'; one block a
    line, menus on one line."""
    crumbs = [["Xã hội", "Đời sống"], ["Kinh tế", "Thị trường"], ["Xã hội", "Lao động - Việc làm"]][n - 1]
    url = f"https://daibieunhandan.vn/{slug(a['title'])}-post{300000 + h(a['id'], 'dbnd') % 90000}.html"
    date = f"{hm(a)} | {weekday(a)}, {dmy(a)}"
    cap, credit = caption_or(a, "Ảnh minh họa", "- Ảnh: " + a["author"])
    p = Page()
    p.raw(head(a["title"] + " | Báo Đại biểu Nhân dân",
               og(a, url, "Báo Đại biểu Nhân dân") + jsonld({
                   "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                   "datePublished": iso(a),
                   "author": {"@type": "Organization", "name": "Báo Đại biểu Nhân dân"},
                   "publisher": {"@type": "Organization", "name": "Báo Đại biểu Nhân dân"}})))
    p.raw('<body>\n<header class="site-header">')
    p.el("a", "Đại biểu Nhân dân", 'class="logo" href="/"')
    p.raw("<nav>")
    menu = ["Thời sự", "Quốc hội", "Hội đồng nhân dân", "Kinh tế", "Xã hội", "Pháp luật",
            "Văn hóa", "Quốc tế", "Đại biểu - Cử tri", "Media"]
    p.group(('<ul class="main-menu">', "</ul>"), '<li><a href="#">{t}</a></li>', menu, " ")
    p.raw('</nav></header>\n<main class="detail">')
    p.group(('<ul class="breadcrumb">', "</ul>"), '<li><a href="#">{t}</a></li>', crumbs, " / ")
    p.el("h1", a["title"], 'class="detail-title"')
    p.el("div", date, 'class="detail-time"')
    p.el("div", a["lead"], 'class="sapo"')
    p.raw('<div class="detail-content">')

    def photo():
        p.raw(f'<figure class="image"><img {LAZY} data-src="https://daibieunhandan.vn/images/'
              f'{h(a["id"]) % 999999}.jpg" alt="">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    def inline():
        related_div(p, "box-readmore", "Đọc thêm", tz[0:2], head_tag="h4")

    body(p, a, photo, inline, at=2)
    byline_p(p, a["byline"])
    p.raw("</div>")
    tags = [["an toàn thực phẩm", "TP Hồ Chí Minh"], ["gạo ST25", "thương hiệu"], ["thất nghiệp", "cử nhân"]][n - 1]
    p.group(('<div class="tags">', "</div>"), '<a href="#">{t}</a>', ["Từ khóa:", *tags], " ")
    p.el("h3", "Tin khác", 'class="box-title"')
    p.group(('<ul class="other-news">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:5], "\n")
    p.raw("</main>\n")
    foot = ["BÁO ĐẠI BIỂU NHÂN DÂN - Cơ quan của Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam",
            "Giấy phép số 95/GP-BTTTT",
            "Tòa soạn: 37 Hùng Vương, Ba Đình, Hà Nội",
            "Ghi rõ nguồn \"Báo Đại biểu Nhân dân\" khi phát hành lại thông tin từ website này."]
    footer(p, foot)
    fur = ["Đại biểu - Cử tri", date, cap, "Đọc thêm", *tz[0:5], "Từ khóa:", "Tin khác", *foot]
    if credit:
        fur.append(credit)
    if a["byline"] != a["author"]:
        fur.append(a["byline"])
    return p, text_of(p, False, False), url, crumbs[-1], a["author"], fur


def baonamdinh(a, n, tz):
    """Báo Nam Định: no OpenGraph, no JSON-LD, no <article>, no <time>: a <meta name="description">
    and <meta name="keywords"> only; NO breadcrumb, the section as plain text (not a link) in a
    <div class="cat-name"> above the title; 'Thứ Ba, ngày 12/11/2024 - 08:30' (day and month not
    padded); NO sapo element: the lead is the FIRST <p> of the content, wholly <strong><em>,
    untagged; photo in a <table class="image"> with the caption <td class="image_desc">; a
    'Bài liên quan:' paragraph then two linked <p>s after paragraph 3; byline bold right-aligned,
    page 1 'Bài và ảnh: ...' with two reporters; 'Tin cùng chuyên mục'; CRLF, a blank line
    between blocks, lists one item a line."""
    section = ["Giao thông", "Giáo dục", "Y tế"][n - 1]
    url = f"https://baonamdinh.vn/channel/{5000 + n}/{a['date'].year}{a['date'].month:02d}/{slug(a['title'])}-{2400000 + h(a['id'], 'nd') % 90000}/"
    d = a["date"]
    date = f"{weekday(a)}, ngày {d.day}/{d.month}/{d.year} - {hm(a)}"
    byline = f"Bài và ảnh: {a['byline']}" if n == 1 else a["byline"]
    cap, _ = caption_or(a, "Ảnh minh họa")
    p = Page()
    p.raw(head(a["title"] + " - Báo Nam Định điện tử",
               f'<meta name="description" content="{html.escape(a["lead"])}">\n'
               + f'<meta name="keywords" content="{html.escape(section)}, Nam Định">\n'))
    p.raw('<body>\r\n<div id="header">')
    p.el("a", "Báo Nam Định", 'class="logo" href="/"')
    p.raw('</div><div id="menu">')
    menu = ["Trang chủ", "Chính trị", "Kinh tế", "Xã hội", "Giáo dục", "Y tế", "Văn hóa",
            "Thể thao", "Đất và người Nam Định", "Ảnh"]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', menu, "\n")
    p.raw('</div>\r\n<div id="main"><div class="detail">')
    p.el("div", section, 'class="cat-name"')
    p.el("h1", a["title"], 'class="title"')
    p.el("div", date, 'class="date"')
    p.raw('<div class="content">')
    p.raw("<p><strong><em>")
    p.el("span", a["lead"])
    p.raw("</em></strong></p>")

    def photo():
        p.raw('<table class="image" align="center" border="0" cellpadding="0" cellspacing="0"><tbody><tr><td>'
              f'<img src="https://baonamdinh.vn/file/{a["date"].year}/{h(a["id"]) % 99999}.jpg"></td></tr><tr>')
        p.el("td", cap, 'class="image_desc"')
        p.raw("</tr></tbody></table>")

    def inline():
        p.raw("<p><strong>")
        p.el("span", "Bài liên quan:")
        p.raw("</strong></p>")
        for t in tz[0:2]:
            p.raw('<p><a href="#">')
            p.el("span", t)
            p.raw("</a></p>")

    body(p, a, photo, inline, at=2, para=lambda t: ("p", t, 'style="text-align: justify;"'))
    byline_p(p, byline)
    p.raw("</div>")
    p.el("div", "Tin cùng chuyên mục", 'class="title-box"')
    p.group(('<ul class="same-cate">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:5], "\n")
    p.raw("</div></div>\r\n")
    foot = ["BÁO NAM ĐỊNH ĐIỆN TỬ",
            "Cơ quan chủ quản: Tỉnh ủy Nam Định",
            "Giấy phép số 488/GP-BTTTT",
            "Địa chỉ: 70 Quang Trung, TP Nam Định",
            "Ghi rõ nguồn \"Báo Nam Định\" khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<div id="footer">', "</div>"), tag="p")
    fur = ["Đất và người Nam Định", date, cap, "Bài liên quan:", *tz[0:5], "Tin cùng chuyên mục", *foot]
    if byline != a["author"]:
        fur.append(byline)
    return p, text_of(p, True, True, "\r\n"), url, section, a["author"], fur


def baosonla(a, n, tz):
    """Báo Sơn La: OpenGraph without a date; JSON-LD in two scripts, a NewsArticle with a Person
    and a BreadcrumbList; no <time>, no <article>; NO breadcrumb trail on the page: the section
    'Xã hội' and its sub-sections as a row of links, the page's own marked class="active" (saved
    on one line: every sub-section is printed); '12-11-2024 | 08:30'; the sapo an <h4
    class="sapo"> in plain text, untagged; <figure> with a <figcaption> holding a <p>; an AdSense
    unit after paragraph 1 and a 'Tin liên quan' <ul> after paragraph 4; byline bold right-aligned
    in normal case, page 2 two reporters, page 3 '(TH)' after the name; 'Tin cùng chuyên mục';
    one block a line, menu and lists one item a line."""
    subs = ["Giáo dục", "Y tế", "Lao động - Việc làm", "Đô thị - Giao thông"]
    active = ["Đô thị - Giao thông", "Đô thị - Giao thông", "Y tế"][n - 1]
    url = f"https://baosonla.vn/xa-hoi/{slug(a['title'])}-{h(a['id'], 'sl') % 90000 + 10000}"
    date = f"{dmy(a, '-')} | {hm(a)}"
    byline = f"{a['byline']} (TH)" if n == 3 else a["byline"]
    cap, credit = caption_or(a, "Ảnh minh họa")
    p = Page()
    p.raw(head(a["title"] + " - Báo Sơn La điện tử",
               og(a, url, "Báo Sơn La", published=False)
               + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                         "datePublished": iso(a), "author": {"@type": "Person", "name": a["author"]}})
               + jsonld({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
                   {"@type": "ListItem", "position": 1, "name": "Xã hội"},
                   {"@type": "ListItem", "position": 2, "name": active}]})))
    p.raw('<body>\n<div class="header">')
    p.el("a", "Báo Sơn La", 'class="logo" href="/"')
    p.raw('</div><div class="menu">')
    menu = ["Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Quốc phòng - An ninh",
            "Thể thao", "Sơn La 360°", "Bạn đọc", "Multimedia"]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', menu, "\n")
    p.raw('</div>\n<div class="main">')
    p.raw('<div class="cate-row"><a class="cate-parent" href="#">Xã hội</a><ul class="cate-sub">')
    for s in subs:
        mark = ' class="active"' if s == active else ""
        p.raw(f'<li{mark}><a href="#">{html.escape(s, quote=False)}</a></li>')
    p.raw("</ul></div>")
    p.blocks.append(("group", ["Xã hội", *subs], " "))
    p.el("h1", a["title"], 'class="article-title"')
    p.el("div", date, 'class="article-date"')
    p.el("h4", a["lead"], 'class="sapo"')
    p.raw('<div class="article-body">')

    def photo():
        p.raw(f'<figure class="expNoEdit"><img src="https://baosonla.vn/upload/{a["date"].year}/{h(a["id"]) % 99999}.jpg">'
              "<figcaption>")
        p.el("p", cap)
        p.raw("</figcaption></figure>")

    def inline():
        related_div(p, "tin-lien-quan", "Tin liên quan", tz[0:2], head_tag="strong")

    def between(i):
        if i == 0:
            ad_ins(p, f"{5000000000 + h(a['id'], 'ad') % 99999999}")

    body(p, a, photo, inline, at=3, between=between)
    byline_p(p, byline)
    p.raw("</div>")
    p.el("div", "Tin cùng chuyên mục", 'class="title-box"')
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:5], "\n")
    p.raw("</div>\n")
    foot = ["BÁO SƠN LA ĐIỆN TỬ",
            "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sơn La",
            "Giấy phép số 271/GP-BTTTT",
            "Địa chỉ: Đường Tô Hiệu, TP Sơn La",
            "Ghi rõ nguồn \"Báo Sơn La\" khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<div class="footer">', "</div>"), tag="p")
    fur = ["Sơn La 360°", date, cap, "Tin liên quan", *tz[0:5], "Tin cùng chuyên mục", *foot]
    if byline != a["author"]:
        fur.append(byline)
    return p, text_of(p, True, False), url, active, a["author"], fur


def baokiengiang(a, n, tz):
    """Báo Kiên Giang: OpenGraph with article:published_time, nothing else; breadcrumb an <ul> of
    <li><a> with no visible separator, saved one crumb a line; 'Ngày đăng: 12/11/2024 - 08:30';
    the sapo a <div class="sapo"> wholly in <em>, tagged '(BKG) - '; the photo a centred <p>
    holding the image, then a centred <p><em>caption</em></p> in the body; a 'Tin liên quan'
    <div> of <h3> links after paragraph 2; byline bold right-aligned in CAPITALS, page 3 the wire
    credit 'Theo TTXVN' alone in italics (author null); 'Tin mới'; LF, a blank line between
    blocks, lists one item a line."""
    crumbs = [["Trang chủ", "Du lịch"], ["Trang chủ", "Kinh tế", "Doanh nghiệp"], ["Trang chủ", "Xã hội", "Lao động"]][n - 1]
    url = f"https://baokiengiang.vn/{slug(crumbs[-1])}/{slug(a['title'])}-{h(a['id'], 'kg') % 90000 + 10000}.html"
    date = f"Ngày đăng: {dmy(a)} - {hm(a)}"
    tag = "(BKG) - "
    wire = n == 3
    byline = "Theo TTXVN" if wire else a["author"].upper()
    cap, credit = caption_or(a, "Ảnh minh họa")
    p = Page()
    p.raw(head(a["title"] + " - Báo Kiên Giang", og(a, url, "Báo Kiên Giang")))
    p.raw('<body>\n<div class="header">')
    p.el("a", "Báo Kiên Giang", 'class="logo" href="/"')
    p.raw('</div><div class="nav">')
    menu = ["Trang chủ", "Thời sự", "Kinh tế", "Xã hội", "Du lịch", "Văn hóa", "Thể thao",
            "Biển đảo", "Phú Quốc", "Pháp luật"]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', menu, "\n")
    p.raw('</div>\n<div class="container">')
    p.group(('<ul class="breadcrumb">', "</ul>"), '<li><a href="#">{t}</a></li>', crumbs, " ")
    p.el("h1", a["title"], 'class="title-news"')
    p.el("div", date, 'class="date-news"')
    p.raw('<div class="sapo"><em>')
    p.el("span", tag + a["lead"])
    p.raw("</em></div>")
    p.raw('<div class="content-news">')

    def photo():
        p.raw(f'<p style="text-align: center;"><img src="https://baokiengiang.vn/upload/images/{a["date"].year}/{h(a["id"]) % 99999}.jpg"></p>')
        p.raw('<p style="text-align: center;"><em>')
        p.el("span", cap)
        p.raw("</em></p>")

    def inline():
        p.raw('<div class="box-tinlienquan">')
        p.el("div", "Tin liên quan", 'class="tlq-head"')
        for t in tz[0:2]:
            p.raw('<h3><a href="#">')
            p.el("span", t)
            p.raw("</a></h3>")
        p.raw("</div>")

    body(p, a, photo, inline, at=1)
    byline_p(p, byline, em=wire)
    p.raw("</div>")
    p.el("div", "Tin mới", 'class="title-box"')
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:5], "\n")
    p.raw("</div>\n")
    foot = ["BÁO KIÊN GIANG ĐIỆN TỬ",
            "Cơ quan chủ quản: Tỉnh ủy Kiên Giang",
            "Giấy phép số 72/GP-BTTTT",
            "Địa chỉ: 3 Lạc Hồng, TP Rạch Giá, Kiên Giang",
            "Ghi rõ nguồn \"Báo Kiên Giang\" khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<div class="footer">', "</div>"), tag="p")
    fur = ["Biển đảo", date, tag.strip(), cap, "Tin liên quan", *tz[0:5], "Tin mới", byline, *foot]
    return p, text_of(p, True, True), url, crumbs[-1], None if wire else a["author"], fur


def baovinhlong(a, n, tz):
    """Báo Vĩnh Long: <article>; OpenGraph with article:published_time; JSON-LD NewsArticle with a
    Person; NO breadcrumb: the section link and the <time> on ONE line ('Sức khỏe | 12/11/2024
    08:30'); the sapo a <div class="sapo"> holding one plain <p> tagged '(VLO) - '; a 'Tin liên
    quan' box (<h3> + <ul>) BETWEEN the sapo and the first paragraph; <figure class="tplCaption">
    with a <figcaption> and ' (Ảnh: ...)' where the corpus caption credits nobody; a GPT slot after
    paragraph 3; byline bold right-aligned in normal case; 'Chia sẻ' links, 'Xem nhiều'; one
    block a line, menu on one line with ' | '."""
    section = ["Sức khỏe", "Xã hội", "Kinh tế"][n - 1]
    url = f"https://baovinhlong.vn/{slug(section)}/{a['date'].year}{a['date'].month:02d}/{slug(a['title'])}-{h(a['id'], 'vl') % 90000 + 10000}/"
    date = f"{dmy(a)} {hm(a)}"
    dline = f"{section} | {date}"
    tag = "(VLO) - "
    cap, credit = caption_or(a, "Ảnh minh họa", "(Ảnh: " + a["author"] + ")")
    p = Page()
    p.raw(head(a["title"] + " | Báo Vĩnh Long Online",
               og(a, url, "Báo Vĩnh Long") + jsonld({
                   "@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                   "datePublished": iso(a), "author": {"@type": "Person", "name": a["author"]}})))
    p.raw('<body>\n<div class="header">')
    p.el("a", "Báo Vĩnh Long", 'class="logo" href="/"')
    p.raw('</div><div class="nav">')
    menu = ["Thời sự", "Kinh tế", "Xã hội", "Sức khỏe", "Văn hóa", "Giáo dục", "Thể thao",
            "Nông nghiệp - Nông thôn", "Pháp luật", "Phóng sự"]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', menu, " | ")
    p.raw('</div>\n<div class="main"><article class="post">')
    p.el("h1", a["title"], 'class="post-title"')
    p.raw(f'<div class="post-meta"><a class="cat" href="#">{html.escape(section)}</a> | '
          f'<time datetime="{iso(a)}">{html.escape(date)}</time></div>')
    p.blocks.append(dline)
    p.raw('<div class="sapo">')
    p.el("p", tag + a["lead"])
    p.raw("</div>")
    related_div(p, "related-news", "Tin liên quan", tz[0:2])
    p.raw('<div class="post-content">')

    def photo():
        p.raw(f'<figure class="tplCaption"><img src="https://baovinhlong.vn/wp-content/uploads/{a["date"].year}/'
              f'{h(a["id"]) % 99999}.jpg">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    def between(i):
        if i == 2:
            ad_gpt(p, f"vlo-{h(a['id'], 'gpt') % 9999}")

    body(p, a, photo, between=between)
    byline_p(p, a["byline"])
    p.raw("</div></article>")
    p.group(('<div class="share">', "</div>"), '<a href="#">{t}</a>', ["Chia sẻ:", "Facebook", "Zalo", "In"], " ")
    p.el("h3", "Xem nhiều", 'class="title-box"')
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:5], "\n")
    p.raw("</div>\n")
    foot = ["BÁO VĨNH LONG ONLINE",
            "Cơ quan chủ quản: Tỉnh ủy Vĩnh Long",
            "Giấy phép số 35/GP-BTTTT",
            "Địa chỉ: 36 Lê Văn Tám, phường 1, TP Vĩnh Long",
            "Ghi rõ nguồn \"Báo Vĩnh Long Online\" khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<div class="footer">', "</div>"), tag="p")
    fur = ["Phóng sự", dline, tag.strip(), cap, "Tin liên quan", *tz[0:5], "Chia sẻ:", "Xem nhiều", *foot]
    if credit:
        fur.append(credit)
    return p, text_of(p, False, False), url, section, a["author"], fur


def phapluatxahoi(a, n, tz):
    """Báo Pháp luật & Xã hội: schema.org MICRODATA only (itemscope NewsArticle with <meta
    itemprop="datePublished"> and the byline in itemprop="author"); no OpenGraph, no JSON-LD, no
    <time>; breadcrumb 'Xã hội | Dân sinh' as <a>s with ' | '; 'Thứ Ba, 12/11/2024 | 08:30
    (GMT+7)'; the sapo an <h2 class="article-sapo"> wholly <strong>, tagged '(PL&XH) - '; photo in
    a <table class="image center"> whose caption <td> holds a <p>; two '>> title' related links
    (a bold '>>' then a link, one <p> each) after paragraph 3; byline bold right-aligned in
    CAPITALS; 'Ý kiến bạn đọc' form, 'Tin cùng chuyên mục'; CRLF, one block a line, lists one
    item a line."""
    crumbs = [["Xã hội", "Dân sinh"], ["Kinh tế", "Tài chính"], ["Đời sống", "Du lịch"]][n - 1]
    url = f"https://phapluatxahoi.kinhtedothi.vn/{slug(a['title'])}-{400000 + h(a['id'], 'plxh') % 90000}.html"
    date = f"{weekday(a)}, {dmy(a)} | {hm(a)} (GMT+7)"
    tag = "(PL&XH) - "
    byline = a["author"].upper()
    cap, credit = caption_or(a, "Ảnh minh họa")
    p = Page()
    p.raw(head(a["title"] + " - Báo Pháp luật & Xã hội"))
    p.raw('<body>\r\n<div class="header">')
    p.el("a", "Pháp luật & Xã hội", 'class="logo" href="/"')
    p.raw('</div><div class="menu">')
    menu = ["Thời sự", "Pháp luật", "Kinh tế", "Xã hội", "Đời sống", "Văn hóa - Giải trí",
            "Bạn đọc", "Hồ sơ vụ án", "Thế giới", "Video"]
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', menu, "\r\n")
    p.raw('</div>\r\n<div class="main" itemscope itemtype="https://schema.org/NewsArticle">'
          f'<meta itemprop="datePublished" content="{iso(a)}">')
    p.group(('<div class="breadcrumb">', "</div>"), '<a href="#">{t}</a>', crumbs, " | ")
    p.el("h1", a["title"], 'class="article-title" itemprop="headline"')
    p.el("div", date, 'class="article-date"')
    p.raw('<h2 class="article-sapo" itemprop="description"><strong>')
    p.el("span", tag + a["lead"])
    p.raw("</strong></h2>")
    p.raw('<div class="article-content" itemprop="articleBody">')

    def photo():
        p.raw('<table class="image center"><tbody><tr><td>'
              f'<img src="https://phapluatxahoi.kinhtedothi.vn/stores/news_dataimages/{a["date"].year}/{h(a["id"]) % 99999}.jpg"></td></tr><tr><td>')
        p.el("p", cap)
        p.raw("</td></tr></tbody></table>")

    def inline():
        for t in tz[0:2]:
            p.raw("<p><strong>&gt;&gt; </strong>")
            p.parts.append(f'<a href="#">{html.escape(t, quote=False)}</a></p>')
            p.blocks.append(f">> {t}")

    body(p, a, photo, inline, at=2)
    p.raw('<p style="text-align: right;"><strong itemprop="author">')
    p.el("span", byline)
    p.raw("</strong></p>")
    p.raw("</div>")
    p.el("div", "Ý kiến bạn đọc", 'class="title-box"')
    p.group(("<form>", "</form>"), "<label>{t}</label>", ["Họ tên", "Email", "Nội dung bình luận", "Gửi ý kiến"], "\r\n")
    p.el("div", "Tin cùng chuyên mục", 'class="title-box"')
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', tz[2:5], "\r\n")
    p.raw("</div>\r\n")
    foot = ["BÁO PHÁP LUẬT & XÃ HỘI",
            "Cơ quan chủ quản: UBND TP Hà Nội",
            "Giấy phép số 209/GP-BTTTT",
            "Tòa soạn: 38 Hai Bà Trưng, Hoàn Kiếm, Hà Nội",
            "Ghi rõ nguồn \"Pháp luật & Xã hội\" khi phát hành lại thông tin từ website này."]
    footer(p, foot, ('<div class="footer">', "</div>"), tag="p")
    fur = ["Hồ sơ vụ án", date, tag.strip(), cap, *[">> " + t for t in tz[0:2]], *tz[2:5],
           "Ý kiến bạn đọc", "Gửi ý kiến", "Tin cùng chuyên mục", byline, *foot]
    return p, text_of(p, True, False, "\r\n"), url, crumbs[-1], a["author"], fur


# ---------------------------------------------------------------- plan and output

TEMPLATES = {"daibieunhandan": daibieunhandan, "baonamdinh": baonamdinh, "baosonla": baosonla,
             "baokiengiang": baokiengiang, "baovinhlong": baovinhlong,
             "phapluatxahoi": phapluatxahoi}


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
