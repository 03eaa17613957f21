"""Cleaned blocks → a Document of articles and paragraphs with ids, offsets and metadata."""

from __future__ import annotations

import csv
import re
from collections import Counter
from datetime import date
from functools import cache

from . import DATA_DIR
from .clean import Block, clean, detect_script, repair_artefacts, strip_html, to_simplified
from .gazetteer import COUNTY_LEVELS, Gazetteer, document_gazetteer, load_gazetteer
from .records import Article, Document, Paragraph, RawText
from .tables import has_number_cells

# every alternative is anchored: `match`, since `search` would try them at every position
_BYLINE = re.compile(r"^(■|□|◆|●)\s*(记者|据|通讯员)?|^本报讯|^本报记者|^\S{0,10}?\d{1,2}月\d{1,2}日电")
# a feature's section heading (■一栋老屋带来的改变), not a brief's byline (■记者, ■本报讯)
_SUBHEAD = re.compile(r"[■□◆●]\s*(?!记者|据|通讯员|本报)")
_FULL_DATE = re.compile(r"(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})(?!\d*月)")  # not 2023年1-8月
_META_DATE = re.compile(r"<meta[^>]*(?:pubdate|publishdate|firstpublishedtime)[^>]*content=[\"']([^\"']+)", re.I)
_LIST_NUMBER = re.compile(r"\s*(?:\d{1,2}[.、．](?!\d)|[（(][一二三四五六七八九十\d]{1,2}[）)]|[①-⑳])")
_MONTH_DAY = re.compile(r"(\d{1,2})月(\d{1,2})日")
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)年")
_SENTENCE_END = re.compile(r"[。！？!]")  # an ASCII ? is a lost character (Paragraph.has_lost_chars)
_CLAUSE = re.compile(r"[，,、；;]")
# A dateline, source line or breadcrumb trail above the body is not the headline; a headline may
# hold a date (2022年11月7日福州市新冠肺炎疫情情况), a dateline holds little else (2023-04-10 福州日报).
_META_LINE = re.compile(
    r"来源[:：]|发布时间|作者[:：]|\S\s*>\s*\S|第\S{1,4}版"
    r"|(?:^|\s)(?:本报)?(?:记者|通讯员)\s+[\u4e00-\u9fff]{2,3}(?:\s|$)"  # a byline: 记者 陈晓东 通讯员 林立
)
_DATELINE = re.compile(
    r"^\s*(?:\S{0,10}?(?:报|网|台|社)\s*)?\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}日?"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:星期.|周.)?\s*(?:\S{0,10}(?:报|网|台|社|办))?\s*$"
)
_MASTHEAD = re.compile(r"\S{2,10}(?:报|网|新闻网)")  # a paper's or site's name alone on a line
_SENTENCE_UNDER = re.compile(r"^.{25,}。$")  # 现将…运行情况通报如下。 (a headline with a full stop is short)
_ADDRESSEES = re.compile(r"各[^：:]{1,60}[：:]$")  # 各设区市数字办、平潭综合实验区数字办：, a notice's addressees
_SPEAKER = re.compile(r"^\S{2,4}[（(][^）)]{4,}[）)][:：]?$")
_BRACKETED = re.compile(r"【.*】|[（(][^（()）]*[）)]")  # 【视频】, （2023年第10期）
# phrases set apart by a space, one with a figure, as a subtitle under a headline lists its facts
_SUBTITLE = re.compile(r"^(?=.*\d)\S+[ \u3000]+\S")
# A local office or media centre named for its place (not 全市…, 我市…), not a headline's 新局
# (全市上下合力开新局); on a line of its own it is a source line, never the headline.
_LOCAL_OFFICE = (
    r"(?![全我本各])[\u4e00-\u9fff]{2,6}[省市县区][\u4e00-\u9fff]{0,12}?(?:[^新\s]局|办公室|办|委|融媒体中心)"
)
_AND_DATE = r"(?:\s+\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}日?)?"
_SOURCE_LINE = re.compile(
    rf"^\s*{_LOCAL_OFFICE}{_AND_DATE}\s*$"
    r"|^\s*\S{2,20}(?:省长|市长|县长|区长|书记|主任|局长|主席)\s+[\u4e00-\u9fff]{2,3}\s*$"  # the speaker: …市长 王永礼
    r"|^\s*——"  # a speech's occasion under its title: ——2023年1月10日在…会议上
    r"|^\s*国家统计局\S{2,8}调查队\s*$"  # the statistics bureau's survey team, co-publisher of a bulletin
)
_PUBLISHER_PATTERNS = (
    re.compile(r"来源[:：]\s*([^\s|｜]{2,12})"),
    re.compile(r"位置[:：]\s*([^>\s]{2,12})\s*>"),
    re.compile(r"《([^》]{2,10})》"),
    # a masthead line: the paper's name alone, or before the date or page (福建日报 2022年12月02日 第03版)
    # (not a document's kind: 疫情通报, 统计公报, 工作简报, 天气预报)
    re.compile(
        r"^\s*#?\s*(\S{2,10}(?:(?<![通简预])(?<!统计公|状况公|工作汇|疫情快|统计月)报|网|新闻网))(?:\s*$|\s+(?=\d{4}[年./-]|第\S{1,4}版))",
        re.M,
    ),
    # a county paper's masthead on the first line (今日福安, 今日永春; a headline 今日立冬 comes later)
    re.compile(r"\A\s*(今日[\u4e00-\u9fff]{2,4})[ \t]*$", re.M),
    # an office's name alone on a line (福建省卫生健康委员会), or before the kind of its paper
    # (卫健委通报, 南平市卫生健康委员会关于新冠肺炎疫情的通报)
    re.compile(
        r"^\s*(\S{2,14}?(?:委员会|人民政府|新闻办公室|卫健委))(?:关于\S{2,30}?的)?(?:通报|公报|发布)?\s*$", re.M
    ),
    # a local office or media centre alone on a line, or with the date (泉州市应急管理局, 安溪县融媒体中心,
    # 莆田市卫健委 2022-08-15)
    re.compile(rf"^\s*({_LOCAL_OFFICE}){_AND_DATE}\s*$", re.M),
    re.compile(r"([\u4e00-\u9fff]{1,4}[省市县区][\u4e00-\u9fff]{0,4}?新闻办)"),
)
_HEADER_CHARS = 1500
_SIBLINGS_OF_A_CITY = 3  # counties of one city named on a page that make it the city's page
_PLACE_LEVELS = {"prefecture", "zone"} | COUNTY_LEVELS


class NothingLeft(ValueError):
    """Cleaning left no text: the file holds page furniture only."""


def build_document(raw: RawText) -> Document:
    """The whole segment stage: clean, split, find metadata."""
    blocks = clean(raw.text)
    if not blocks:
        raise NothingLeft("no text left once page furniture is removed")
    clean_text, spans = _join_blocks(blocks)
    doc_id = raw.sha256[:16]
    gaz = load_gazetteer()
    head = raw.text[:_HEADER_CHARS]
    meta_dates = " ".join(m.group(1) for m in _META_DATE.finditer(head))  # <meta name="PubDate" content=…>
    header = to_simplified(repair_artefacts(meta_dates + "\n" + strip_html(head, tag_gap=" ")))
    simplified = "\n".join(b.simplified for b in blocks)  # = to_simplified(clean_text), see clean()
    doc = Document(
        doc_id=doc_id,
        file_name=raw.file_name,
        sha256=raw.sha256,
        encoding=raw.encoding,
        script=detect_script(raw.text),
        original_text=raw.text,
        clean_text=clean_text,
    )
    doc.publisher = find_publisher(header)
    doc.pub_date = find_date(header, simplified)
    doc.place = find_publisher_place(doc.publisher, header, simplified, gaz)
    doc.city = gaz.city_of(doc.place)
    doc.articles = split_articles(doc_id, blocks, spans, document_gazetteer(doc.place, simplified))
    doc.title = doc.articles[0].title if doc.articles else None
    return doc


def _join_blocks(blocks: list[Block]) -> tuple[str, list[tuple[int, int]]]:
    spans, pos = [], 0
    for b in blocks:
        spans.append((pos, pos + len(b.text)))
        pos += len(b.text) + 1
    return "\n".join(b.text for b in blocks), spans


def is_headline(block: Block) -> bool:
    """A heading line: marked as such, or short with no sentence-ending punctuation."""
    text = block.text
    if block.marked_heading:
        return True
    if _SENTENCE_END.search(text[:-1] or text):
        return False
    if text.endswith(("。", "；", ";")) and (_CLAUSE.search(text) or _LIST_NUMBER.match(text)):
        return False  # a list's item or a sentence (鼓楼区：新建学校5所。 may head an article)
    return len(text) <= 40 or (len(text) <= 70 and not _CLAUSE.search(text))


def split_articles(doc_id: str, blocks: list[Block], spans, gaz: Gazetteer) -> list[Article]:
    """A page with several articles splits before each byline's headlines (本报讯, ■记者)."""
    starts = [0]
    is_heading = [is_headline(b) for b in blocks]
    is_byline = [
        bool(_BYLINE.match(b.simplified)) and not (heading and _SUBHEAD.match(b.simplified))
        for b, heading in zip(blocks, is_heading)
    ]
    for i in range(1, len(blocks)):
        if not is_byline[i] or is_byline[i - 1]:
            continue
        j = i
        while j > starts[-1] + 1 and j > i - 3 and is_heading[j - 1] and not is_byline[j - 1]:
            j -= 1
        if j > starts[-1]:
            starts.append(j)
    if len(starts) > 1 and all(is_heading[: starts[1]]):
        starts.pop(1)  # a masthead alone is not an article: it joins the first one
    bounds = list(zip(starts, starts[1:] + [len(blocks)]))
    articles, seq = [], 0
    for a_seq, (lo, hi) in enumerate(bounds):
        article_id = f"{doc_id}-a{a_seq:02d}"
        part = blocks[lo:hi]
        article = Article(article_id, a_seq, _title(part), spans[lo][0], spans[hi - 1][1])
        section_place = None
        for block, heading, (start, end) in zip(part, is_heading[lo:hi], spans[lo:hi]):
            simplified = block.simplified
            heads_section = heading and not _ADDRESSEES.match(simplified) and not has_number_cells(simplified)
            if (heads_section and not _DATA_LINE.search(simplified)) or _is_speaker_line(simplified):
                named = sorted({h.place.name for h in gaz.find(simplified) if h.place.level != "country"})
                if named:
                    section_place = gaz.innermost(named) or gaz.common_parent(named)
            article.paragraphs.append(
                Paragraph(
                    paragraph_id=f"{doc_id}-p{seq:03d}",
                    article_id=article_id,
                    seq=seq,
                    text=block.text,
                    text_simplified=simplified,
                    start=start,
                    end=end,
                    is_heading=heading,
                    section_place=section_place,
                )
            )
            seq += 1
        articles.append(article)
    return articles


# a short line that is a figure with its measure, not a section's heading: 1210亿元——古雷石化基地实现产值,
# 新增经营主体：9.6万户
_DATA_LINE = re.compile(r"^\s*\d[\d.,]*(?:万|亿)?(?![年月日号\d.,])\S|[：:]\s*\d[\d.,]*(?:万|亿)?[^\d\s年月日.,]")


def _is_speaker_line(text: str) -> bool:
    """`周敏(东侨经济技术开发区党工委委员、宣传部部长)` opens a speaker's section of a transcript."""
    return len(text) <= 60 and bool(_SPEAKER.match(text))


def _title(blocks: list[Block]) -> str:
    """The headline right above the byline (kickers come before it, subtitles have commas)."""
    heads: list[Block] = []
    for b in blocks:
        if _BYLINE.match(b.simplified):
            if heads:
                break
            continue
        if is_headline(b):
            heads.append(b)
        elif heads:
            break
    candidates = [
        b
        for b in heads
        if not _BRACKETED.fullmatch(b.text)
        and "\t" not in b.text  # a table's cells
        and not _META_LINE.search(b.simplified)
        and not _DATELINE.match(b.simplified)
        and not _SOURCE_LINE.match(b.simplified)
    ]
    plain = [b for b in candidates if not _CLAUSE.search(b.text)]
    while len(plain) > 1 and (_SUBTITLE.search(plain[-1].text) or _SENTENCE_UNDER.search(plain[-1].text)):
        plain.pop()  # a subtitle (全市接待游客286.3万人次 实现旅游收入19.82亿元) or a sentence under the headline
    if plain and not _MASTHEAD.fullmatch(plain[-1].simplified):
        return plain[-1].text
    named = [b for b in candidates if not _MASTHEAD.fullmatch(b.simplified)]
    if named:  # 人民網 above 福州新增本土確診病例12例、無症狀感染者188例: the headline has a comma
        return named[0].text
    first = next((b.text for b in blocks if b.text), "")
    return heads[-1].text if heads else first[:60]


def find_publisher(header: str) -> str | None:
    for pattern in _PUBLISHER_PATTERNS:
        m = pattern.search(header)
        if m:
            return re.split(r"[－—-]", m.group(1).strip("#《》 ").lstrip("年月日"))[0]  # 人民网－福建频道
    return None


def find_date(header: str, text: str) -> date | None:
    """Masthead or dateline date; failing that, month and day with the year from context."""
    for m in _FULL_DATE.finditer(header):
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            continue
    m = _MONTH_DAY.search(header)
    year = _year_from_anchors(text)
    if m and year:
        try:
            return date(year, int(m[1]), int(m[2]))
        except ValueError:
            return None
    return None


@cache
def _year_anchors() -> list[tuple[str, int]]:
    with open(DATA_DIR / "year_anchors.csv", encoding="utf-8", newline="") as f:
        return [(row["pattern"], int(row["year"])) for row in csv.DictReader(f)]


def _year_from_anchors(text: str) -> int | None:
    """Events with known years (迎接党的二十大 → 2022); else the latest year the text names."""
    for pattern, year in _year_anchors():
        if pattern in text:
            return year
    years = [int(y) for y in _YEAR.findall(text)]
    return max(years) if years else None


@cache
def _publisher_forms(gaz: Gazetteer) -> list[tuple[str, str]]:
    """(form, place) of the places a publisher's name may start with, longest form first."""
    forms = [
        (form, p.name)
        for p in gaz.places.values()
        if p.level in _PLACE_LEVELS | {"province"}
        for form in (p.name, p.short)
        if form and len(form) >= 2
    ]
    return sorted(forms, key=lambda f: (len(f[0]), f[1]), reverse=True)


def find_publisher_place(publisher: str | None, header: str, text: str, gaz: Gazetteer) -> str | None:
    """The place named in the publisher's name, else the place the page names most (header ×3).
    A name that starts the publisher's counts even where running text would not take it for a
    place: 福建日报 (a province's short name), 福州新闻网 (an organisation's name)."""
    if publisher:
        name = to_simplified(publisher)
        named = [h.place.name for h in gaz.find(name) if h.place.level in _PLACE_LEVELS | {"province"}]
        named += [place for form, place in _publisher_forms(gaz) if name.startswith(form)]
        if named:
            return named[0]
    counts: Counter[str] = Counter()
    for weight, part in ((3, header), (1, text)):
        for hit in gaz.find(part):
            if hit.place.level in _PLACE_LEVELS - {"zone"}:
                counts[hit.place.name] += weight
    if not counts:
        return None
    top = counts.most_common(1)[0][0]
    city = gaz.city_of(top)
    siblings = {p for p in counts if gaz.places[p].level in COUNTY_LEVELS and gaz.city_of(p) == city}
    # a page that names three or more counties of one city reports on the city (闽北日报 on 南平's
    # holiday: 武夷山 most, then 建阳, 邵武, 顺昌…), as a county's own paper seldom does
    return city if top in siblings and len(siblings) >= _SIBLINGS_OF_A_CITY else top
