"""Clean text: converter artefacts repaired, page furniture dropped, broken lines joined.

The cleaned text keeps the document's own script (traditional stays traditional) so that what the
dashboard shows is what the publisher wrote; `to_simplified` gives the same-length simplified text
used for analysis.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

import numpy as np
import opencc

from . import DATA_DIR, tables
from .words import cut

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
# `現(xiàn)` — a character followed by its pinyin, left by a bad traditional converter. `?zhí)` is the
# same artefact with the bracket itself lost. The pattern starts at the bracket and only then looks
# behind it for the character, so a search skips from bracket to bracket.
_PINYIN = re.compile(rf"[(（?](?<=[\u4e00-\u9fff?？][(（?])([a-z{_TONED}]*[{_TONED}][a-z{_TONED}]*)[)）]")
_FURNITURE_MAX = 200
_BODY_BEFORE_FURNITURE = 20  # characters of sentences before furniture on their line, to keep them
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SCRIPT_BLOCK = re.compile(r"<(script|style)\b.*?</\1\s*>", re.S | re.I)
_TAG = re.compile(r"<[^>]{0,500}>")
_BLOCK_TAG = re.compile(r"<\s*(br|/p|/div|/h\d|/li|/tr)\b[^>]*>", re.I)
_CELL_BODY = re.compile(r"<\s*t[dh]\b[^>]*>.*?(?=<\s*/?t[dhr]\b)", re.I | re.S)
_BREAK = re.compile(r"<\s*br\b[^>]*>", re.I)
_HEADING_OPEN = re.compile(r"<\s*h[1-6]\b[^>]*>", re.I)
_CELL_TAG = re.compile(r"<\s*/?t[dh]\b[^>]*>", re.I)  # a table's cells apart: 215.4</td><td>7.9 is no 215.47.9
_HEADING_MARK = re.compile(r"^#{1,6}\s+")
_END_PUNCT = "。！？!?；;：:…”」』）)】—-↓"
_CLAUSE_PUNCT = re.compile(r"[，,、；;]")
_ENUM_START = re.compile(r"^([一二三四五六七八九十]+、|\d+[.、．]|[（(][一二三四五六七八九十\d]+[）)])")
# every alternative is anchored: `match`, since `search` would try them at every position
_BYLINE = re.compile(r"^(■|□|◆|●)|^本报讯|^本报记者|^记者\s|^\S{0,10}?\d{1,2}月\d{1,2}日电")
_SENTENCE_STOP = re.compile("[。！？!?]")
_CJK_OR_DIGIT = re.compile(r"[\u4e00-\u9fff\d]")


@dataclass(frozen=True)
class Block:
    """One cleaned line: a paragraph or a heading of the document."""

    text: str
    marked_heading: bool  # the source marked it as a heading (markdown `#`)
    # to_simplified(text); `clean` passes it in from its one conversion of the whole text
    simplified: str = field(default=None, compare=False, repr=False)
    indented: bool = False  # its first line opens with an indent (　　), as a printed paragraph does

    def __post_init__(self):
        if self.simplified is None:
            object.__setattr__(self, "simplified", to_simplified(self.text))


class LinePatterns:
    """Patterns matched against a line: those anchored with `^` are tried at its start only, the
    others searched together (one search over `^a|b` would try `^a` at every position)."""

    def __init__(self, patterns: Iterable[str]):
        patterns = list(patterns)
        self._start = _union([p[1:] for p in patterns if p.startswith("^")])
        self._anywhere = _union([p for p in patterns if not p.startswith("^")])

    def search(self, line: str) -> bool:
        return bool(self._start.match(line) or self._anywhere.search(line))

    def start_of(self, line: str) -> int | None:
        """Where the first pattern matches in `line`, or None."""
        if self._start.match(line):
            return 0
        found = self._anywhere.search(line)
        return found.start() if found else None


def _union(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns) if patterns else "(?!)")


# an editor line ends an article; a page's editor (本版责任编辑) heads a page and ends nothing
_EDITOR = LinePatterns(["(?<!本版)责任编辑", "^[（(]责编"])
# a list of links to other stories (往期推荐) ends an article as an editor line does
_LINKS_HEAD = LinePatterns(["^(相关新闻|相关阅读|推荐阅读|延伸阅读|往期推荐|往期回顾|精彩推荐|猜你喜欢)[:：]?$"])
_HEADLINES_BEFORE_BYLINE = 3  # kicker, headline and subtitle of the next article on a page


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


# Full-width digits and decimal point (１．２万人) as ASCII, one character for one.
HALF_WIDTH_NUMERALS = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)}, "．": "."})
_FULL_WIDTH_NUMERAL = re.compile("[０-９．]")
# a full-width comma between full-width digits, three after it, groups thousands: １，０２３例
_FULL_WIDTH_THOUSANDS = re.compile("(?<=[０-９])，(?=[０-９]{3}(?![０-９]))")


def to_simplified(text: str) -> str:
    """Simplified text of exactly the same length, so offsets found in it index the original;
    full-width numerals in ASCII, as the number patterns read them."""
    converted = _t2s().convert(text)
    if len(converted) != len(text):
        converted = "".join(_t2s().convert(ch) if len(_t2s().convert(ch)) == 1 else ch for ch in text)
    # searched first: translate() looks up every character, at twice the cost of the conversion
    if not _FULL_WIDTH_NUMERAL.search(converted):
        return converted
    return _FULL_WIDTH_THOUSANDS.sub(",", converted).translate(HALF_WIDTH_NUMERALS)


def detect_script(text: str) -> str:
    sample = text[:5_000]
    simplified = to_simplified(sample)
    codes = _code_points(sample)  # counted as arrays: a Python loop over 5,000 characters costs more
    is_cjk = (codes >= 0x4E00) & (codes <= 0x9FFF)
    changed = np.count_nonzero((codes != _code_points(simplified)) & is_cjk)  # not full-width digits
    return "traditional" if changed / (np.count_nonzero(is_cjk) or 1) > 0.03 else "simplified"


def _code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype="<u4")


def strip_html(text: str, tag_gap: str = "") -> str:
    """Markup out, entities decoded; script and style bodies dropped whole. Other tags leave
    `tag_gap`: a header's `<span>2023-04-25</span><span>10:30</span>` needs a space between."""
    if not re.search(r"</?(p|div|br|span|script|style|html|body|img|a|table|tr|td|th|li|h\d)\b", text, re.I):
        return text
    text = _SCRIPT_BLOCK.sub("", text)
    text = _CELL_BODY.sub(lambda m: _BREAK.sub("", m.group()), text)  # <td>“海峡号”<br/>航次</td>: one cell
    text = _HEADING_OPEN.sub("\n# ", text)  # <h1>: a heading, as markdown marks one
    text = _CELL_TAG.sub("\t", _BLOCK_TAG.sub("\n", text))  # a tab: a table's cells, as etl/tables.py reads them
    return html.unescape(_TAG.sub(tag_gap, text))


def repair_artefacts(text: str) -> str:
    """`現(xiàn)` → `現`; invisible and control characters out. Lost characters (`?`) stay."""
    text = _INVISIBLE.sub("", text)
    return _PINYIN.sub("", text)


@cache
def _furniture() -> LinePatterns:
    lines = (DATA_DIR / "furniture.txt").read_text(encoding="utf-8").splitlines()
    return LinePatterns(ln for ln in lines if ln.strip() and not ln.startswith("#"))


def _is_furniture_simplified(line: str) -> bool:
    """Furniture is a short line: a long one is a paragraph, and searching it costs the most.
    Lower case stands in for re.I, which would keep `re` from skipping ahead to first characters."""
    return len(line) <= _FURNITURE_MAX and _furniture().search(line.lower())


def is_furniture(line: str) -> bool:
    return _is_furniture_simplified(to_simplified(line.strip()))


def clean(text: str) -> list[Block]:
    """Raw decoded text → cleaned blocks, one per paragraph or heading."""
    text = repair_artefacts(strip_html(text.replace("\r\n", "\n").replace("\r", "\n")))
    raw_lines = text.split("\n")
    lines = [ln.strip() for ln in raw_lines]
    # One conversion, not one per line. OpenCC converts each line on its own (no dictionary entry
    # holds a line break) and keeps lengths, so each line of it is to_simplified of that line.
    simplified = to_simplified("\n".join(lines)).split("\n")
    indented = [_INDENT.match(ln) is not None for ln in raw_lines]
    return _join_broken(_drop_furniture(lines, simplified, indented))


def _drop_furniture(lines: list[str], simplified_lines: list[str], indented: list[bool]) -> list[Block]:
    kept: list[Block] = []
    seen_short: set[str] = set()
    after_editor = False
    filled = [(line, simplified, ind) for line, simplified, ind in zip(lines, simplified_lines, indented) if line]
    # a blank line separates nothing: a cut sentence is joined across it
    for i, (line, simplified, ind) in enumerate(filled):
        if _EDITOR.search(simplified) or _LINKS_HEAD.search(simplified):
            after_editor = True
            if not (cut := _body_before(simplified, _EDITOR, simplified)):
                continue
            line, simplified = line[:cut], simplified[:cut]  # …开展海上巡查。（责任编辑：林某）
        elif after_editor and not _next_article_within(filled, i):
            continue  # what follows an article up to the next one's headline: links, notices
        else:
            after_editor = False
        if _is_furniture_simplified(simplified):
            if not (cut := _body_before(simplified, _furniture(), simplified.lower())):
                continue
            line, simplified = line[:cut], simplified[:cut]  # …开展海上巡查。休渔举报电话：0591-…
        heading = bool(_HEADING_MARK.match(line))
        body = _HEADING_MARK.sub("", line).strip() if heading else line
        if len(body) <= 60:  # captions repeated under every photo
            if body in seen_short and not _BYLINE.match(simplified) and not _heads_rows(filled, i):
                continue
            seen_short.add(body)
        kept.append(Block(body, heading, None if heading else simplified, ind))  # a heading's body: converted anew
    return kept


def _body_before(simplified: str, patterns: LinePatterns, searched: str) -> int:
    """Where a paragraph's sentences end when page furniture closes it on the same line
    (…开展海上巡查。休渔举报电话：0591-…): 0 for a line that holds furniture only."""
    start = patterns.start_of(searched)
    stops = list(_SENTENCE_STOP.finditer(simplified, 0, start)) if start else []
    cut = stops[-1].end() if stops else 0
    return cut if cut >= _BODY_BEFORE_FURNITURE else 0


def _heads_rows(lines: list[tuple[str, str, bool]], i: int) -> bool:
    """Line i is a table's header, which every table of a report may repeat: a row of it follows."""
    columns = tables.header(lines[i][1])
    return columns is not None and i + 1 < len(lines) and tables.row(lines[i + 1][1], columns) is not None


def _next_article_within(lines: list[tuple[str, str, bool]], i: int) -> bool:
    """A byline or an article's body at line i or just below it: the lines between are the next
    article's headlines (a list of related links has neither)."""
    return any(
        _BYLINE.match(simplified) or _is_body(simplified)
        for _, simplified, _ in lines[i : i + _HEADLINES_BEFORE_BYLINE + 1]
    )


def _is_body(line: str) -> bool:
    """Sentences of 50 characters or more, not a link's headline."""
    return len(line) >= 50 and line.endswith(("。", "！", "？")) and ("，" in line or "," in line)


def _join_broken(blocks: list[Block]) -> list[Block]:
    """Join a paragraph that a layout break cut mid-sentence (`筑牢` / `严密防线`), or that a
    printer or OCR wrapped at the width of its column."""
    column = _column_width(blocks)
    indents = column is not None and sum(b.indented for b in blocks) >= _INDENTED_PARAGRAPHS
    out: list[Block] = []
    last_line = 0  # the display width of the last line joined into out[-1]
    for block in blocks:
        wrapped = out and column is not None and _wrapped(out[-1], last_line, block, column, indents)
        if out and (wrapped or _cut_mid_sentence(out[-1], block)):
            out[-1] = Block(out[-1].text + block.text, False, indented=out[-1].indented)
        else:
            out.append(block)
        last_line = _display_width(block.text)
    return out


_INDENT = re.compile(r"[\u3000\t]|  ")  # a full-width space, a tab or two spaces open a printed paragraph
_INDENTED_PARAGRAPHS = 3  # paragraphs opening with an indent that make it the page's way of opening them
_WRAP_SLACK = 8  # a wrapped line falls short of its column by up to four characters (or eight digits)
_MIN_WRAPPED_LINES = 8
_MIN_COLUMN = 24  # twelve characters: narrower is a list of short lines, not a column


def _display_width(text: str) -> int:
    """Columns a line takes in print: two for a Chinese character, one for an ASCII one."""
    return 2 * len(text) - len(text.encode("ascii", "ignore").decode())


def _column_width(blocks: list[Block]) -> int | None:
    """The width of a page whose lines were wrapped at a fixed column (OCR of a printed page):
    most of its lines then end within a few characters of one width. None for other pages."""
    widths = sorted(_display_width(b.text) for b in blocks if len(b.text) >= 6)
    best, column = 0, None
    for i, w in enumerate(widths):  # the band [w - slack, w] with the most lines
        count = i + 1 - bisect.bisect_left(widths, w - _WRAP_SLACK)
        if count >= best:
            best, column = count, w
    if column is None or best < _MIN_WRAPPED_LINES or best < len(widths) / 2 or column < _MIN_COLUMN:
        return None
    return column


def _wrapped(prev: Block, prev_line: int, nxt: Block, column: int, indents: bool) -> bool:
    """The line before filled the column and the next opens no paragraph: one paragraph, wrapped.
    Where paragraphs open with an indent, an unindented line goes on the one before; elsewhere a
    line that ends a sentence may end its paragraph."""
    if prev_line < column - _WRAP_SLACK or prev.marked_heading or nxt.marked_heading:
        return False
    if tables.has_gap(prev.text.strip()) or tables.has_gap(nxt.text.strip()) or _BYLINE.match(nxt.simplified):
        return False  # a table's row (its cells apart by spaces, full-width ones too); a byline opens an article
    if indents:
        return not nxt.indented
    return prev.text[-1] not in "。！？!?" and not _ENUM_START.match(nxt.text)


def _cut_mid_sentence(prev: Block, nxt: Block) -> bool:
    a, b = prev.text, nxt.simplified
    if prev.marked_heading or nxt.marked_heading or a[-1] in _END_PUNCT:
        return False
    if " " in a or "\u3000" in a or "\t" in a or _BYLINE.match(prev.simplified):
        return False
    if tables.is_table_line(a) or tables.is_table_line(b):
        return False  # a table's row or header, its cells apart by commas (地区生产总值,亿元,3318.62,4.1)
    if _ENUM_START.match(a) and len(a) < 30 and not _SENTENCE_STOP.search(a):
        return False  # a numbered heading (一、让群众喝好“放心水”), not a numbered paragraph
    if not _CJK_OR_DIGIT.match(b) or _BYLINE.match(b) or _ENUM_START.match(b):
        return False
    if not (len(b) >= 20 and _CLAUSE_PUNCT.search(b)):
        return False
    # A headline has no commas; a cut sentence has them, or runs long and resumes mid-word.
    if _CLAUSE_PUNCT.search(a) or a[-1].isdigit():
        return True
    return len(a) >= 12 and _word_across(prev.simplified, b)


def _word_across(a: str, b: str) -> bool:
    """A word runs across the break (覆盖全 | 面的特点): the line was cut, not ended. A headline's
    last word and the body's first stay apart (地区生产总值增长 | 前三季度)."""
    if b[0].isdigit():
        return False
    end = 0
    for word in cut(a[-4:] + b[:4]):
        end += len(word)
        if end > 4:
            return end - len(word) < 4
    return False
