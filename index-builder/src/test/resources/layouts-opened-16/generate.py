"""Builds the sixteenth opened page-layout set (formerly the SIXTEENTH unseen check): 18 real corpus articles laid out as six
publishers or captures that are NOT a newspaper's desktop article page, each page as HTML and as
the visible text a scraper saves from it, with labels: a provincial government portal on SharePoint
(Cổng thông tin điện tử tỉnh Bến Tre: 'Ngày cập nhật', 'Tác giả:', 'Nguồn:', 'Lượt xem'), a
provincial trade union's print view (Liên đoàn Lao động thành phố Hải Phòng: '/print/', the
address printed, 'In bài viết' / 'Đóng cửa sổ'), a provincial newspaper's mobile page (Báo Bà
Rịa - Vũng Tàu, m.baobariavungtau.com.vn: the byline 'Bài, ảnh:' at the end, '[GMT+7]'), a
ministry's news page as Google's cache served it (Bộ Giáo dục và Đào tạo: the cache banner before
the page, the snapshot time in GMT), a Facebook Instant Article saved from the in-app browser (Báo
Gia đình & Xã hội: op-published, <address>, 'Mở trong trình duyệt') and an RSS item saved from a
feed reader (Tạp chí Nhà Đầu tư: the feed's name, the English date, 'Xem bài gốc'). Metadata: none
but a SharePoint <title>; none (a print view); OpenGraph; the ministry's Dublin Core under the
cache; Facebook's op-markup and a canonical; none (a feed reader).

  python3 index-builder/src/test/resources/layouts-opened-16/generate.py   # from the repository root

Reads ../shared/corpus (beside the repository; VNNEWS_CORPUS names another folder). Writes,
beside this script:
  <site>/<n>.html   the page as the site serves it (or as the capture saved it)
  <site>/<n>.txt    its visible text, saved with that site's scraper convention (see the README)
  labels.jsonl      one line per page, the schema of ../layouts-opened-15/labels.jsonl,
                    "half": "opened"

Written from what the real sites look like, without reading the extractor's rules and never tuned
on. Labels come from the corpus article's fields and from what the template prints. The articles
are named below (ARTICLES), not searched for. The article, paragraph, date and page plumbing is
the fifteenth set's (../layouts-opened-15/generate.py), unchanged but for the teaser order's salt.
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

# The 18 articles, by site, in page order. None is used by any earlier layout set (the "id" of
# every labels.jsonl under ../layout*/). dantri: nine of the October-November 2020 crawl
# (UNSIGNED: no byline; the site prints a reporter's name from a hash), a lead of 20 words or
# more that does not open with dantri's 'Dân trí' tag, five or more body paragraphs.
# vietnews-labour: a title without quotes, a lead of 18 words or more, 16 or more usable
# sentences. The two marked (A) are agreement signings, and the signing is printed on the page.
ARTICLES = {
    "bentreportal": ["vietnews-train-024776", "vietnews-test-004374",
                     "vietnews-train-088888"],  # (A) 'Phòng Lao động quận sẽ ký hợp đồng với ban quản lý chợ'
    "ldldhpprint": ["vietnews-train-098465", "vietnews-val-021840", "vietnews-train-073597"],
    "brvtmobile": ["vietnews-train-078289",  # (A) 'Licogi đã ký hợp đồng với Housing Group'
                   "vietnews-train-077214",  # not (A): its Grab contracts fall after the paragraphs printed
                   "vietnews-train-079045"],
    "moetcache": ["dantri-news_education_007", "dantri-news_education_016", "dantri-news_education_001"],
    "giadinhfbia": ["dantri-news_health_003", "dantri-news_health_001", "dantri-news_health_014"],
    "nhadauturss": ["dantri-news_business_020", "dantri-news_business_017", "dantri-news_business_015"],
}
STORY_PARAS = {}
LABOUR_PARAS = {}
AGREEMENTS = {"vietnews-train-088888", "vietnews-train-078289"}
UNSIGNED = {i for s in ("moetcache", "giadinhfbia", "nhadauturss") for i in ARTICLES[s]}
# labour pages whose text fixes the date the hash missed, read by hand after the one extractor
# run (the page was printed before what it reports): the Tết tickets, 'ngày 14/2 (26 Tết)' (26
# tháng Chạp fell on 14 February in 2015: January 2015); the Nghệ An father, 'Cuối tháng 8-2017'
# and 'Ngày 18-11' (November 2017); the Japanese visa deals, 'Nikkei Asian Review ngày 12-12'
# with the programme due 'tháng 4-2019' (13 December 2018)
PRINTED_IN = {"vietnews-val-021840": (2015, 1), "vietnews-train-079045": (2017, 11)}
PRINTED_ON = {"vietnews-train-024776": datetime.date(2018, 12, 13)}
# "Tối 1/10, Việt Nam không có ca mắc Covid-19 mới": printed in the evening it reports
PRINTED_AT = {"dantri-news_health_001": (21, 5)}
# Every id the other layout sets name (the "id" of every labels.jsonl under ../layout*/, this set
# excluded: 327 ids): teasers never come from these, and an article named above must not be one.
USED_ELSEWHERE = {
    "dantri-news_business_001", "dantri-news_business_003", "dantri-news_business_005",
    "dantri-news_business_006", "dantri-news_business_007", "dantri-news_business_009",
    "dantri-news_business_010", "dantri-news_business_011", "dantri-news_business_012",
    "dantri-news_business_013", "dantri-news_business_018", "dantri-news_business_019",
    "dantri-news_business_049", "dantri-news_business_051", "dantri-news_business_054",
    "dantri-news_business_060", "dantri-news_business_064", "dantri-news_business_072",
    "dantri-news_business_093", "dantri-news_business_095", "dantri-news_business_121",
    "dantri-news_business_123", "dantri-news_business_170", "dantri-news_business_197",
    "dantri-news_business_202", "dantri-news_business_227", "dantri-news_business_231",
    "dantri-news_business_237", "dantri-news_business_239", "dantri-news_education_003",
    "dantri-news_education_006", "dantri-news_education_008", "dantri-news_education_009",
    "dantri-news_education_010", "dantri-news_education_011", "dantri-news_education_020",
    "dantri-news_education_028", "dantri-news_education_035", "dantri-news_education_045",
    "dantri-news_education_059", "dantri-news_education_088", "dantri-news_education_095",
    "dantri-news_education_097", "dantri-news_education_098", "dantri-news_education_113",
    "dantri-news_education_127", "dantri-news_education_136", "dantri-news_education_144",
    "dantri-news_education_146", "dantri-news_education_147", "dantri-news_education_160",
    "dantri-news_education_179", "dantri-news_education_195", "dantri-news_education_209",
    "dantri-news_education_210", "dantri-news_education_212", "dantri-news_education_217",
    "dantri-news_education_222", "dantri-news_education_225", "dantri-news_education_227",
    "dantri-news_education_263", "dantri-news_education_267", "dantri-news_entertainment_033",
    "dantri-news_entertainment_073", "dantri-news_entertainment_180",
    "dantri-news_entertainment_205", "dantri-news_health_002", "dantri-news_health_004",
    "dantri-news_health_005", "dantri-news_health_010", "dantri-news_health_011",
    "dantri-news_health_016", "dantri-news_health_056", "dantri-news_health_065",
    "dantri-news_health_072", "dantri-news_health_081", "dantri-news_health_082",
    "dantri-news_health_114", "dantri-news_health_135", "dantri-news_health_137",
    "dantri-news_health_149", "dantri-news_health_157", "dantri-news_health_163",
    "dantri-news_health_167", "dantri-news_health_169", "dantri-news_health_170",
    "dantri-news_health_250", "dantri-news_health_264", "dantri-news_health_265",
    "dantri-news_science_002", "dantri-news_science_006", "dantri-news_science_008",
    "dantri-news_science_011", "dantri-news_science_012", "dantri-news_science_013",
    "dantri-news_science_014", "dantri-news_science_025", "dantri-news_science_046",
    "dantri-news_science_086", "dantri-news_science_110", "dantri-news_science_116",
    "dantri-news_society_017", "dantri-news_society_018", "dantri-news_society_019",
    "dantri-news_society_029", "dantri-news_society_032", "dantri-news_society_059",
    "dantri-news_society_060", "dantri-news_society_097", "dantri-news_society_100",
    "dantri-news_society_106", "dantri-news_society_109", "dantri-news_society_110",
    "dantri-news_society_113", "dantri-news_society_139", "dantri-news_society_157",
    "dantri-news_society_160", "dantri-news_society_177", "dantri-news_society_185",
    "dantri-news_society_186", "dantri-news_society_200", "dantri-news_society_212",
    "dantri-news_society_220", "dantri-news_society_249", "dantri-news_society_261",
    "dantri-news_society_268", "dantri-news_sport_199", "dantri-news_tech_002",
    "dantri-news_tech_015", "dantri-news_tech_018", "dantri-news_tech_110", "dantri-news_tech_115",
    "dantri-news_tech_163", "dantri-news_tech_236", "dantri-news_travel_002",
    "dantri-news_travel_011", "dantri-news_travel_018", "dantri-news_travel_027",
    "dantri-news_travel_028", "dantri-news_travel_039", "dantri-news_travel_057",
    "dantri-news_travel_070", "dantri-news_travel_103", "dantri-news_travel_125",
    "dantri-news_travel_136", "dantri-news_travel_153", "dantri-news_travel_170",
    "dantri-news_travel_191", "dantri-news_travel_198", "dantri-news_travel_222",
    "dantri-news_travel_244", "dantri-news_world_003", "dantri-news_world_004",
    "dantri-news_world_008", "vietnews-test-000670", "vietnews-test-002199",
    "vietnews-test-002277", "vietnews-test-002330", "vietnews-test-002377", "vietnews-test-002465",
    "vietnews-test-002581", "vietnews-test-002811", "vietnews-test-003910", "vietnews-test-004622",
    "vietnews-test-005681", "vietnews-test-007353", "vietnews-test-012133", "vietnews-test-013647",
    "vietnews-test-014182", "vietnews-test-016067", "vietnews-test-016199", "vietnews-test-017223",
    "vietnews-test-017614", "vietnews-test-017847", "vietnews-test-018632", "vietnews-test-019228",
    "vietnews-test-019720", "vietnews-test-019749", "vietnews-test-020418", "vietnews-test-020433",
    "vietnews-test-020546", "vietnews-test-020693", "vietnews-test-021691", "vietnews-test-021858",
    "vietnews-test-022542", "vietnews-train-002429", "vietnews-train-010224",
    "vietnews-train-010255", "vietnews-train-010611", "vietnews-train-010709",
    "vietnews-train-010778", "vietnews-train-011150", "vietnews-train-011227",
    "vietnews-train-012544", "vietnews-train-012997", "vietnews-train-014331",
    "vietnews-train-014633", "vietnews-train-015127", "vietnews-train-015555",
    "vietnews-train-015780", "vietnews-train-016019", "vietnews-train-016549",
    "vietnews-train-016803", "vietnews-train-017926", "vietnews-train-018175",
    "vietnews-train-018225", "vietnews-train-018918", "vietnews-train-020360",
    "vietnews-train-020398", "vietnews-train-020986", "vietnews-train-021754",
    "vietnews-train-022332", "vietnews-train-022440", "vietnews-train-025487",
    "vietnews-train-025589", "vietnews-train-026784", "vietnews-train-031566",
    "vietnews-train-040295", "vietnews-train-048196", "vietnews-train-055323",
    "vietnews-train-060882", "vietnews-train-061769", "vietnews-train-062000",
    "vietnews-train-062978", "vietnews-train-063447", "vietnews-train-064195",
    "vietnews-train-064537", "vietnews-train-064541", "vietnews-train-064964",
    "vietnews-train-065135", "vietnews-train-065896", "vietnews-train-066541",
    "vietnews-train-066577", "vietnews-train-067704", "vietnews-train-067795",
    "vietnews-train-068114", "vietnews-train-068170", "vietnews-train-068192",
    "vietnews-train-068481", "vietnews-train-070223", "vietnews-train-070657",
    "vietnews-train-071236", "vietnews-train-072465", "vietnews-train-073315",
    "vietnews-train-073441", "vietnews-train-074235", "vietnews-train-074243",
    "vietnews-train-074594", "vietnews-train-074792", "vietnews-train-074814",
    "vietnews-train-075766", "vietnews-train-076752", "vietnews-train-077673",
    "vietnews-train-080184", "vietnews-train-081391", "vietnews-train-083091",
    "vietnews-train-084708", "vietnews-train-085602", "vietnews-train-086594",
    "vietnews-train-086602", "vietnews-train-087837", "vietnews-train-089713",
    "vietnews-train-090104", "vietnews-train-090815", "vietnews-train-091138",
    "vietnews-train-091987", "vietnews-train-092481", "vietnews-train-092702",
    "vietnews-train-092783", "vietnews-train-093406", "vietnews-train-093738",
    "vietnews-train-094380", "vietnews-train-094412", "vietnews-train-095005",
    "vietnews-train-095220", "vietnews-train-095473", "vietnews-train-095767",
    "vietnews-train-096684", "vietnews-train-096742", "vietnews-train-097326",
    "vietnews-train-097443", "vietnews-train-097559", "vietnews-train-098725",
    "vietnews-train-098955", "vietnews-train-099206", "vietnews-train-099261",
    "vietnews-train-099546", "vietnews-train-099673", "vietnews-train-099700",
    "vietnews-train-100564", "vietnews-train-100914", "vietnews-train-101390",
    "vietnews-train-101989", "vietnews-train-102738", "vietnews-train-103152",
    "vietnews-train-103930", "vietnews-train-104010", "vietnews-train-104295",
    "vietnews-train-104438", "vietnews-train-104483", "vietnews-train-104851",
    "vietnews-train-105373", "vietnews-val-002862", "vietnews-val-002978", "vietnews-val-004258",
    "vietnews-val-008777", "vietnews-val-013117", "vietnews-val-013261", "vietnews-val-013882",
    "vietnews-val-013936", "vietnews-val-014159", "vietnews-val-014663", "vietnews-val-015999",
    "vietnews-val-016283", "vietnews-val-016357", "vietnews-val-017493", "vietnews-val-017694",
    "vietnews-val-018679", "vietnews-val-019350", "vietnews-val-019863", "vietnews-val-020716",
    "vietnews-val-021994", "vietnews-val-022037", "vietnews-val-022111", "vietnews-val-022403",
    "vietnews-val-022486", "vietnews-val-022626",
}

REPORTERS = ["Ngọc Anh", "Quang Huy", "Thanh Hà", "Mai Phương", "Duy Khánh", "Thùy Linh",
             "Hữu Tài", "Kim Ngân", "Đình Phú", "Hoài Thu", "Xuân Bách", "Diệu Linh"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
SIGNING = re.compile(r"(ký|kí) (kết|thỏa thuận|thoả thuận|bản ghi nhớ|biên bản ghi nhớ|quy chế|hợp đồng|\d+ phụ lục)", re.I)


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
    d = PRINTED_ON.get(a["id"], d)
    return {
        "id": a["id"], "corpus": "vietnews-labour", "title": a["title"].strip(),
        "lead": a["lead"].strip(), "paras": paras, "author": REPORTERS[h(a["id"], "by") % 12],
        "byline": REPORTERS[h(a["id"], "by") % 12],
        "date": d, "time": PRINTED_AT.get(a["id"], (6 + h(a["id"], "hh") % 16, h(a["id"], "mm") % 60)),
        "caption": caps[0] if caps and 5 <= len(caps[0].split()) <= 35 else None,
        "topic": "labour",
    }


def dantri_article(a):
    lines = [x.strip() for x in a["body"].split("\n") if x.strip()]
    # (twelfth set) a page the corpus keeps without a byline (UNSIGNED): every line after the lead
    # may be a paragraph, and the site prints a reporter's name from a hash, as for labour pages
    unsigned = a["id"] in UNSIGNED
    # dantri bodies carry photo captions as lines of their own: short lines are left out
    paras = [x for x in (lines[1:] if unsigned else lines[1:-1])
             if len(x.split()) >= 15 and ends_sentence(x) and "(Ảnh" not in x]
    byline = REPORTERS[h(a["id"], "by") % 12] if unsigned else lines[-1]
    return {
        "id": a["id"], "corpus": "dantri-unc", "title": a["title"].strip(), "lead": lines[0],
        "paras": paras[:STORY_PARAS.get(a["id"], 7)], "byline": byline,
        # the page prints the byline as dantri did ('Mai Chi (tổng hợp)'); the label is the name
        "author": re.sub(r"\s*\((tổng hợp|Tổng hợp)\)$", "", byline),
        "date": datetime.date.fromisoformat(a["published"]),
        "time": PRINTED_AT.get(a["id"], (6 + h(a["id"], "hh") % 16, h(a["id"], "mm") % 60)),
        "caption": None,
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
    teasers = sorted(set(teasers), key=lambda t: h(t, "teaser16"))
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



def teaser_dated(tz, a, k, fmt):
    """Related titles with a date a few days before the page's, in the site's format."""
    out = []
    for i, t in enumerate(tz):
        d = a["date"] - datetime.timedelta(days=1 + i + h(t, k) % 2)
        out.append(fmt.format(t=t, d=f"{d.day:02d}/{d.month:02d}/{d.year}"))
    return out


MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
B62 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"



def trail(p, wrap, item, texts, sep):
    """A trail or bar whose separator is printed between the items, in the HTML as in the text."""
    p.raw(wrap[0] + f"<span> {html.escape(sep.strip(), quote=False)} </span>".join(
        item.format(t=html.escape(t, quote=False)) for t in texts) + wrap[1])
    p.blocks.append(sep.join(texts))


def bentreportal(a, n, tz):
    """Cổng thông tin điện tử tỉnh Bến Tre on SharePoint 2013: the <title> 'Cổng thông tin điện
    tử tỉnh Bến Tre - <title>', no description, no OpenGraph, no JSON-LD; ASP.NET's form and
    __VIEWSTATE; the SharePoint ribbon's hidden links; the trail 'Trang chủ > Tin tức - Sự kiện >
    <section>' (one line, ' > '); the title an <h1 class="title-news">; 'Ngày cập nhật 12/03/2019'
    (the day only, the time in a separate grey span 'lúc 15:41'); the sapo in a <div
    class="sapo"><strong>; the body a ms-rtestate-field of <div>s; the caption a <div
    class="ms-rteElement-Caption">; 'Tác giả: <name>' and 'Nguồn: Báo Đồng Khởi' right-aligned
    after the body; 'Lượt xem: 1234'; 'In trang | Gửi email | Về đầu trang'; 'Tin đã đưa' with
    '(dd/mm/yyyy)'; CRLF, one block a line, menus one item a line."""
    section = ["Lao động - Việc làm", "Giáo dục", "Xã hội"][n - 1]
    url = f"https://www.bentre.gov.vn/Lists/TinTucSuKien/DispForm.aspx?ID={3000 + h(a['id'], 'bt') % 6999}"
    date = f"Ngày cập nhật {dmy(a)}"
    at = f"lúc {hm(a)}"
    cap = a["caption"] or "Ảnh minh họa"
    by = f"Tác giả: {a['author']}"
    src = "Nguồn: Báo Đồng Khởi"
    views = f"Lượt xem: {200 + h(a['id'], 'lx') % 4000}"
    p = Page()
    p.raw('<!DOCTYPE html>\n<html dir="ltr" lang="vi-VN">\n<head><meta http-equiv="X-UA-Compatible" '
          'content="IE=10"><meta name="GENERATOR" content="Microsoft SharePoint">'
          '<meta http-equiv="Content-type" content="text/html; charset=utf-8">'
          f"<title>Cổng thông tin điện tử tỉnh Bến Tre - {html.escape(a['title'])}</title>"
          '<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css">'
          '<script type="text/javascript" src="/_layouts/15/init.js"></script></head>\n'
          f'<body><form method="post" action="{html.escape(url)}" id="aspnetForm">'
          '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIB">'
          '<div id="s4-ribbonrow" style="display:none"><a href="#">Duyệt</a><a href="#">Trang</a></div>'
          '<div id="s4-workspace"><div class="header"><img src="/PublishingImages/banner.png" alt="Bến Tre">')
    p.el("div", "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẾN TRE", 'class="site-name"')
    p.raw("</div>")
    menu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chính quyền", "Công dân", "Doanh nghiệp",
            "Du khách", "Văn bản"]
    p.group(('<ul class="topmenu">', "</ul>"), '<li><a href="/">{t}</a></li>', menu, "\n")
    crumbs = ["Trang chủ", "Tin tức - Sự kiện", section]
    trail(p, ('<div class="breadcrumb">', "</div>"), '<a href="/">{t}</a>', crumbs, " > ")
    p.raw('<div class="news-detail">')
    p.el("h1", a["title"], 'class="title-news"')
    p.raw('<div class="date-news">')
    p.el("span", date)
    p.el("span", at, 'style="color:#999"')
    p.raw('</div><div class="sapo"><strong>')
    p.el("span", a["lead"])
    p.raw('</strong></div><div class="ms-rtestate-field">')

    def photo():
        p.raw(f'<div style="text-align:center"><img src="/PublishingImages/TinTuc/{slug(a["title"])[:30]}.jpg" '
              'width="500"></div>')
        p.el("div", cap, 'class="ms-rteElement-Caption" style="text-align:center"')

    body(p, a, photo, para=lambda t: ("div", t, 'style="text-align:justify"'))
    p.raw('</div><div style="text-align:right">')
    p.el("div", by)
    p.el("div", src)
    p.raw("</div>")
    p.el("div", views, 'class="view-count"')
    p.el("div", "In trang | Gửi email | Về đầu trang", 'class="tools"')
    p.raw('</div><div class="other-news">')
    p.el("h3", "Tin đã đưa")
    older = teaser_dated(tz[:5], a, "bt", "{t} ({d})")
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', older, "\n")
    p.raw("</div>")
    foot = ["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẾN TRE",
            "Cơ quan chủ quản: Ủy ban nhân dân tỉnh Bến Tre",
            "Địa chỉ: Số 07, đường Cách Mạng Tháng Tám, phường 3, thành phố Bến Tre"]
    footer(p, foot[1:], ('<div class="footer">', "</div></div></form>"), "div")
    fur = [foot[0], date, at, by, src, views, "In trang | Gửi email | Về đầu trang", "Tin đã đưa", *older,
           *foot[1:]]
    if not a["caption"]:
        fur.append(cap)
    return p, text_of(p, True, False, "\r\n"), url, section, a["author"], fur


def ldldhpprint(a, n, tz):
    """Liên đoàn Lao động thành phố Hải Phòng's print view (congdoanhaiphong.vn/print/<id>): a bare
    page, <body onload="window.print()">, the logo and the union's name, no menu, no trail;
    the category in small caps over the title; the title an <h2>; 'Thứ Năm, 02/07/2019 10:15'; the
    sapo an italic <p>; the photo and its caption; the byline bold right-aligned after the body
    ('<name> - LĐLĐ Hải Phòng'); 'Địa chỉ bài viết: <address>' printed; 'In bài viết | Đóng cửa
    sổ'; the footer's copyright; no metadata but the <title>; LF, a BLANK line between blocks."""
    section = ["Quan hệ lao động", "Chăm lo đời sống", "Tin tức - Sự kiện"][n - 1]
    aid = 20000 + h(a["id"], "hp") % 79999
    url = f"https://congdoanhaiphong.vn/tin-tuc/{slug(a['title'])}-{aid}.html"
    date = f"{weekday(a)}, {dmy(a)} {hm(a)}"
    cap = a["caption"] or "Ảnh minh họa"
    by = f"{a['author']} - LĐLĐ Hải Phòng"
    addr = f"Địa chỉ bài viết: {url}"
    p = Page()
    p.raw(head(f"{a['title']} - Bản in"))
    p.raw('<body onload="window.print()" style="font-family:Times New Roman;width:700px;margin:auto">'
          '<div class="print-header"><img src="https://congdoanhaiphong.vn/images/logo.png" height="60">')
    p.el("div", "LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HẢI PHÒNG", 'style="font-weight:bold"')
    p.raw("</div><hr>")
    p.el("div", section, 'style="font-variant:small-caps;color:#a00"')
    p.el("h2", a["title"])
    p.el("div", date, 'style="font-size:12px;color:#666"')
    p.el("p", a["lead"], 'style="font-style:italic;font-weight:bold"')

    def photo():
        p.raw(f'<p style="text-align:center"><img src="https://congdoanhaiphong.vn/upload/{aid}.jpg" width="500"></p>')
        p.el("p", cap, 'style="text-align:center;font-style:italic;font-size:12px"')

    body(p, a, photo)
    p.raw('<p style="text-align:right"><b>')
    p.el("span", by)
    p.raw("</b></p><hr>")
    p.el("div", addr, 'style="font-size:11px"')
    p.el("div", "In bài viết | Đóng cửa sổ", 'class="noprint"')
    foot = ["© Bản quyền thuộc Liên đoàn Lao động thành phố Hải Phòng",
            "Địa chỉ: Số 2 Đinh Tiên Hoàng, quận Hồng Bàng, Hải Phòng"]
    footer(p, foot, ('<div class="print-footer" style="font-size:11px">', "</div>"), "div")
    fur = ["LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HẢI PHÒNG", date, by, addr, "In bài viết | Đóng cửa sổ", *foot]
    if not a["caption"]:
        fur.append(cap)
    return p, text_of(p, False, True), url, section, a["author"], fur


def brvtmobile(a, n, tz):
    """Báo Bà Rịa - Vũng Tàu's mobile page (m.baobariavungtau.com.vn): viewport, OpenGraph with
    article:published_time, a canonical to the desktop address; a hamburger button and the logo;
    the section a link over the title; 'Thứ Năm, 2/7/2019, 10:15 [GMT+7]' (day and month without
    zeros); the sapo a bold <h2 class="sapo">; the caption a <p class="caption">; the byline at
    the END as 'Bài, ảnh: <name>' bold right-aligned; 'Chia sẻ' with Facebook and Zalo; 'Tin
    cùng chuyên mục' of four titles; a sticky 'Về trang chủ' bar and 'Xem phiên bản máy tính';
    LF, one block a line, lists one item a line."""
    section = ["Pháp luật", "Kinh tế", "Xã hội"][n - 1]
    code = 130000 + h(a["id"], "br") % 99999
    url = f"https://www.baobariavungtau.com.vn/{slug(section)}/{code}/{slug(a['title'])}"
    d = a["date"]
    date = f"{weekday(a)}, {d.day}/{d.month}/{d.year}, {hm(a)} [GMT+7]"
    cap = a["caption"] or "Ảnh minh họa"
    by = f"Bài, ảnh: {a['author']}"
    p = Page()
    p.raw(head(f"{a['title']} - Báo Bà Rịa - Vũng Tàu",
               '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
               f'<link rel="canonical" href="{html.escape(url)}">\n'
               + og(a, url.replace("www.", "m."), "Báo Bà Rịa - Vũng Tàu")))
    p.raw('<body class="mobile"><header><button class="menu-toggle" aria-label="Menu">&#9776;</button>'
          '<a href="https://m.baobariavungtau.com.vn/"><img src="/img/logo-m.png" alt="Báo Bà Rịa - Vũng Tàu"></a>'
          '</header><main><article>')
    p.el("a", section, 'class="cate" href="#"')
    p.el("h1", a["title"], 'class="title"')
    p.el("div", date, 'class="time"')
    p.el("h2", a["lead"], 'class="sapo"')
    p.raw('<div class="content">')

    def photo():
        p.raw(f'<p class="image"><img src="https://static.baobariavungtau.com.vn/{code}.jpg" width="100%"></p>')
        p.el("p", cap, 'class="caption"')

    body(p, a, photo)
    p.raw('<p style="text-align:right"><strong>')
    p.el("span", by)
    p.raw("</strong></p></div>")
    share = ["Chia sẻ", "Facebook", "Zalo"]
    p.group(('<div class="share">', "</div>"), '<a href="#">{t}</a>', share, "\n")
    p.raw("</article>")
    p.el("h3", "Tin cùng chuyên mục")
    p.group(('<ul class="related">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[:4], "\n")
    p.raw("</main>")
    foot = ["Về trang chủ", "Xem phiên bản máy tính", "Cơ quan của Đảng bộ tỉnh Bà Rịa - Vũng Tàu",
            "Giấy phép số 182/GP-BTTTT"]
    footer(p, foot, ('<footer class="m-footer">', "</footer>"), "div")
    fur = [date, by, "Tin cùng chuyên mục", *tz[:4], *foot]
    if not a["caption"]:
        fur.append(cap)
    return p, text_of(p, True, False), url, section, a["author"], fur


def moetcache(a, n, tz):
    """Bộ Giáo dục và Đào tạo's news page (moet.gov.vn, SharePoint) as Google's cache served it:
    the cache banner printed before the page ('Đây là bộ nhớ cache của Google của <address>. Đó
    là ảnh chụp nhanh của trang vì nó đã xuất hiện vào <date> GMT.', 'Phiên bản đầy đủ', 'Phiên
    bản chỉ có văn bản', 'Xem nguồn', 'Mẹo: …'), a <base href> to the original; under it the
    ministry's page: Dublin Core metas (DC.title, DC.date.issued with the day), no OpenGraph;
    the trail 'Trang chủ / Tin tức / <section>'; the title an <h1>; '01/10/2020 | 15:41' on one
    line; the sapo a bold <p>; the caption an italic centred <p>; the byline 'Ngọc Anh' bold
    right-aligned; 'Các tin khác'; LF, one block a line, the trail and the banner links one line."""
    section = ["Tin tổng hợp", "Hoạt động của lãnh đạo Bộ", "Giáo dục quốc tế"][n - 1]
    url = f"https://moet.gov.vn/tintuc/Pages/tin-tong-hop.aspx?ItemID={6800 + h(a['id'], 'mo') % 999}"
    later = a["date"] + datetime.timedelta(days=1 + h(a["id"], "gc") % 9)
    hh, mm, ss = h(a["id"], "gh") % 24, h(a["id"], "gm") % 60, h(a["id"], "gs") % 60
    banner = (f"Đây là bộ nhớ cache của Google của {url}. Đó là ảnh chụp nhanh của trang vì nó đã xuất "
              f"hiện vào {later.day} thg {later.month}, {later.year} {hh:02d}:{mm:02d}:{ss:02d} GMT.")
    tip = "Mẹo: Để tìm cụm từ tìm kiếm của bạn trên trang này một cách nhanh chóng, hãy nhấn Ctrl+F"
    date = f"{dmy(a)} | {hm(a)}"
    cap = "Ảnh minh họa"
    p = Page()
    p.raw(f'<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><base href="{html.escape(url)}">'
          '<style>#bN015htcoyT__google-cache-hdr{background:#f5f5f5;font:13px arial,sans-serif;'
          'text-align:left;color:#202020;border:0;margin:0;border-bottom:1px solid #cecece;}</style>'
          f"<title>{html.escape(a['title'])}</title>"
          f'<meta name="DC.title" content="{html.escape(a["title"])}">'
          f'<meta name="DC.date.issued" content="{a["date"].isoformat()}">'
          '<meta name="DC.language" content="vi"></head>\n<body>'
          '<div id="bN015htcoyT__google-cache-hdr"><div style="padding:8px;">')
    p.el("span", banner)
    p.raw("</div><div>")
    p.group(("<span>", "</span>"), '<a href="#">{t}</a> ', ["Phiên bản đầy đủ", "Phiên bản chỉ có văn bản",
                                                          "Xem nguồn"], " ")
    p.el("div", tip, 'style="font-size:11px"')
    p.raw('</div></div><div style="position:relative;">\n<div class="moet-header">'
          '<img src="/Style%20Library/moet/images/logo.png" alt="Bộ Giáo dục và Đào tạo">')
    p.el("div", "BỘ GIÁO DỤC VÀ ĐÀO TẠO", 'class="ministry"')
    p.raw("</div>")
    menu = ["Trang chủ", "Giới thiệu", "Tin tức", "Văn bản", "Thủ tục hành chính", "Dịch vụ công",
            "Hỏi đáp", "Liên hệ"]
    p.group(('<ul class="menu">', "</ul>"), '<li><a href="/">{t}</a></li>', menu, " ")
    trail(p, ('<div class="breadcrumb">', "</div>"), '<a href="#">{t}</a>', ["Trang chủ", "Tin tức", section],
          " / ")
    p.raw('<div class="detail">')
    p.el("h1", a["title"])
    p.el("div", date, 'class="date"')
    p.raw('<p><b>')
    p.el("span", a["lead"])
    p.raw("</b></p>")

    def photo():
        p.raw(f'<p style="text-align:center"><img src="/tintuc/PublishingImages/{h(a["id"], "im") % 10**8}.jpg"></p>')
        p.el("p", cap, 'style="text-align:center"><em')
        p.parts[-1] = f'<p style="text-align:center"><em>{cap}</em></p>'

    body(p, a, photo, para=lambda t: ("p", t, 'style="text-align:justify"'))
    p.raw('<p style="text-align:right"><strong>')
    p.el("span", a["author"])
    p.raw("</strong></p></div>")
    p.el("h3", "Các tin khác")
    older = teaser_dated(tz[:5], a, "mo", "{t} ({d})")
    p.group(("<ul>", "</ul>"), '<li><a href="#">{t}</a></li>', older, "\n")
    foot = ["Bản quyền thuộc Bộ Giáo dục và Đào tạo",
            "Địa chỉ: 35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội"]
    footer(p, foot, ('<div class="footer">', "</div></div>"), "div")
    fur = [banner, "Phiên bản chỉ có văn bản", tip, "BỘ GIÁO DỤC VÀ ĐÀO TẠO", date, "Các tin khác", *older,
           *foot, cap]
    return p, text_of(p, False, False), url, section, a["author"], fur


def giadinhfbia(a, n, tz):
    """Báo Gia đình & Xã hội's Facebook Instant Article saved from Facebook's in-app browser: the
    Instant Articles markup (<html> with op-markup, <meta property="op:markup_version">, a
    canonical to giadinh.net.vn, fb:article_style), <header> with the <h1>, an <h2> the sapo,
    <time class="op-published" datetime="…"> printed as '1 tháng 10, 2020', <address> the author,
    <figure> with <figcaption>; the in-app bar printed before ('giadinh.net.vn', 'Mở trong trình
    duyệt', 'Sao chép liên kết'), the kicker <h3 class="op-kicker"> (the category), 'Bài viết
    liên quan' as an op-related list, the page's Like button; LF, one block a line."""
    section = ["Sống khỏe", "Y tế", "Giải trí"][n - 1]
    url = f"https://giadinh.net.vn/{slug(section)}/{slug(a['title'])}-{a['date'].strftime('%Y%m%d')}{h(a['id'], 'gd') % 10**6:06d}.htm"
    months = f"{a['date'].day} tháng {a['date'].month}, {a['date'].year}"
    cap = "Ảnh minh họa"
    bar = ["giadinh.net.vn", "Mở trong trình duyệt", "Sao chép liên kết"]
    p = Page()
    p.raw('<!doctype html>\n<html lang="vi" prefix="op: http://media.facebook.com/op#"><head>'
          '<meta charset="utf-8"><meta property="op:markup_version" content="v1.0">'
          '<meta property="fb:article_style" content="default">'
          f'<link rel="canonical" href="{html.escape(url)}">'
          f"<title>{html.escape(a['title'])}</title></head>\n<body>"
          '<div class="_iab" role="toolbar">')
    trail(p, ("<div>", "</div>"), '<span>{t}</span>', bar, " · ")
    p.raw("</div><article><header>")
    p.el("h3", section, 'class="op-kicker"')
    p.el("h1", a["title"])
    p.el("h2", a["lead"])
    p.raw(f'<time class="op-published" datetime="{iso(a)}">')
    p.blocks.append(months)
    p.parts.append(html.escape(months) + "</time>")
    p.raw("<address>")
    p.el("a", a["author"])
    p.raw("</address></header>")

    def photo():
        p.raw(f'<figure><img src="https://giadinh.mediacdn.vn/{h(a["id"], "im") % 10**9}.jpg">')
        p.el("figcaption", cap)
        p.raw("</figure>")

    body(p, a, photo)
    p.el("h3", "Bài viết liên quan")
    p.group(('<ul class="op-related">', "</ul>"), '<li><a href="#">{t}</a></li>', tz[:3], "\n")
    p.raw("</article>")
    foot = ["Thích Trang", "Báo Gia đình & Xã hội"]
    footer(p, foot, ('<div class="_fb-page">', "</div>"), "div")
    fur = bar[1:] + [months, "Bài viết liên quan", *tz[:3], "Thích Trang", cap]
    return p, text_of(p, False, False), url, section, a["author"], fur


def nhadauturss(a, n, tz):
    """Tạp chí Nhà Đầu tư's RSS item saved from a feed reader (Inoreader's article view): no
    metadata but a <title> '<title> - Inoreader'; the reader's bar ('Inoreader', 'Tất cả bài
    viết', 'Đánh dấu đã đọc'); the feed's name ('Nhà Đầu tư - Tài chính') over the title; the
    title a link to the article (the label's url); 'bởi <name>' and the English date the feed
    gives ('Oct 1, 2020 3:41 PM', the article's time); the content as the feed carries it (the
    sapo a <strong> paragraph, the photo, the paragraphs), then 'Xem bài gốc' and the reader's
    buttons ('Lưu', 'Chia sẻ', 'Gắn thẻ'); LF, a BLANK line between blocks."""
    section = ["Tài chính", "Doanh nghiệp", "Thế giới"][n - 1]
    url = f"https://nhadautu.vn/{slug(a['title'])}-d{40000 + h(a['id'], 'nd') % 9999}.html"
    hh, mm = a["time"]
    d = a["date"]
    when = f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year} {(hh - 1) % 12 + 1}:{mm:02d} {'AM' if hh < 12 else 'PM'}"
    feed = f"Nhà Đầu tư - {section}"
    by = f"bởi {a['author']} · {when}"
    p = Page()
    p.raw(head(f"{a['title']} - Inoreader"))
    p.raw('<body class="reader">')
    p.group(('<div class="reader_bar">', "</div>"), '<a href="#">{t}</a>', ["Inoreader", "Tất cả bài viết",
                                                                             "Đánh dấu đã đọc"], " ")
    p.raw('<div class="article_full">')
    p.el("div", feed, 'class="feed_title"')
    p.raw(f'<h1><a href="{html.escape(url)}" target="_blank">')
    p.el("span", a["title"])
    p.raw("</a></h1>")
    p.el("div", by, 'class="article_author"')
    p.raw('<div class="article_content"><p><strong>')
    p.el("span", a["lead"])
    p.raw("</strong></p>")

    def photo():
        p.raw(f'<p><img src="https://images.nhadautu.vn/{h(a["id"], "im") % 10**8}.jpg"></p>')

    body(p, a, photo)
    p.raw("</div>")
    p.raw(f'<a href="{html.escape(url)}" class="view_original">')
    p.el("span", "Xem bài gốc")
    p.raw("</a>")
    p.group(('<div class="article_buttons">', "</div>"), '<button>{t}</button>', ["Lưu", "Chia sẻ", "Gắn thẻ"],
            " ")
    p.raw("</div>\n</body>\n</html>\n")
    fur = ["Tất cả bài viết Đánh dấu đã đọc", feed, by, "Xem bài gốc", "Lưu Chia sẻ Gắn thẻ"]
    return p, text_of(p, False, True), url, section, a["author"], fur


# ---------------------------------------------------------------- plan and output

TEMPLATES = {"bentreportal": bentreportal, "ldldhpprint": ldldhpprint, "brvtmobile": brvtmobile,
             "moetcache": moetcache, "giadinhfbia": giadinhfbia, "nhadauturss": nhadauturss}

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
