"""Clean text: converter artefacts repaired, page furniture dropped, broken lines joined.

The cleaned text keeps the document's own script (traditional stays traditional) so that what the
dashboard shows is what the publisher wrote; `to_simplified` gives the same-length simplified text
used for analysis.
"""

from __future__ import annotations

import html
import operator
import re
from dataclasses import dataclass
from functools import cache

import opencc

from . import DATA_DIR

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
# `現(xiàn)` — a character followed by its pinyin, left by a bad traditional converter. `?zhí)` is the
# same artefact with the bracket itself lost.
_PINYIN = re.compile(rf"(?<=[\u4e00-\u9fff?？])[(（?]([a-z{_TONED}]*[{_TONED}][a-z{_TONED}]*)[)）]")
_FURNITURE_MAX = 200
_CJK = re.compile("[\u4e00-\u9fff]")
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SCRIPT_BLOCK = re.compile(r"<(script|style)\b.*?</\1\s*>", re.S | re.I)
_TAG = re.compile(r"<[^>]{0,500}>")
_BLOCK_TAG = re.compile(r"<\s*(br|/p|/div|/h\d|/li|/tr)\b[^>]*>", re.I)
_HEADING_MARK = re.compile(r"^#{1,6}\s+")
_END_PUNCT = "。！？!?；;：:…”」』）)】—-↓"
_CLAUSE_PUNCT = re.compile(r"[，,、；;]")
_ENUM_START = re.compile(r"^([一二三四五六七八九十]+、|\d+[.、．]|[（(][一二三四五六七八九十\d]+[）)])")
_BYLINE = re.compile(r"^(■|□|◆|●)|^本报讯|^本报记者|^记者\s|^\S{0,10}?\d{1,2}月\d{1,2}日电")
_EDITOR = re.compile(r"责任编辑|^[（(]责编")


@dataclass(frozen=True)
class Block:
    """One cleaned line: a paragraph or a heading of the document."""

    text: str
    marked_heading: bool  # the source marked it as a heading (markdown `#`)


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Simplified text of exactly the same length, so offsets found in it index the original."""
    converted = _t2s().convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(_t2s().convert(ch) if len(_t2s().convert(ch)) == 1 else ch for ch in text)


def detect_script(text: str) -> str:
    sample = text[:5_000]
    changed = sum(map(operator.ne, sample, to_simplified(sample)))
    cjk = len(_CJK.findall(sample)) or 1
    return "traditional" if changed / cjk > 0.03 else "simplified"


def strip_html(text: str) -> str:
    """Markup out, entities decoded; script and style bodies dropped whole."""
    if not re.search(r"</?(p|div|br|span|script|style|html|body|img|a)\b", text, re.I):
        return text
    text = _SCRIPT_BLOCK.sub("", text)
    text = _BLOCK_TAG.sub("\n", text)
    return html.unescape(_TAG.sub("", text))


def repair_artefacts(text: str) -> str:
    """`現(xiàn)` → `現`; invisible and control characters out. Lost characters (`?`) stay."""
    text = _INVISIBLE.sub("", text)
    return _PINYIN.sub("", text)


@cache
def _furniture() -> re.Pattern[str]:
    lines = (DATA_DIR / "furniture.txt").read_text(encoding="utf-8").splitlines()
    patterns = [ln for ln in lines if ln.strip() and not ln.startswith("#")]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


def is_furniture(line: str) -> bool:
    return bool(_furniture().search(to_simplified(line.strip())))


def clean(text: str) -> list[Block]:
    """Raw decoded text → cleaned blocks, one per paragraph or heading."""
    text = repair_artefacts(strip_html(text.replace("\r\n", "\n").replace("\r", "\n")))
    lines = [ln.strip() for ln in text.split("\n")]
    # one conversion and one furniture scan over the whole text, not one per line
    simplified = to_simplified("\n".join(lines)).split("\n")  # one conversion, not one per line
    pattern = _furniture()
    # furniture is a short line: a long one is a paragraph, and searching it costs the most
    furniture = {i for i, ln in enumerate(simplified) if len(ln) <= _FURNITURE_MAX and pattern.search(ln)}
    blocks = _drop_furniture(lines, simplified, furniture)
    return _join_broken(blocks)


def _drop_furniture(lines: list[str], simplified_lines: list[str], furniture: set[int]) -> list[Block]:
    kept: list[Block] = []
    seen_short: set[str] = set()
    after_editor = False
    for number, (line, simplified) in enumerate(zip(lines, simplified_lines)):
        if not line:
            kept.append(Block("", False))
            continue
        if _EDITOR.search(simplified):
            after_editor = True
            continue
        if after_editor and not _BYLINE.search(simplified):
            continue
        after_editor = False
        if number in furniture:
            continue
        heading = bool(_HEADING_MARK.match(line))
        body = _HEADING_MARK.sub("", line).strip()
        if len(body) <= 60:  # captions repeated under every photo
            if body in seen_short and not _BYLINE.search(simplified):
                continue
            seen_short.add(body)
        kept.append(Block(body, heading))
    return kept


def _join_broken(blocks: list[Block]) -> list[Block]:
    """Join a paragraph that a layout break cut mid-sentence (`筑牢` / `严密防线`)."""
    out: list[Block] = []
    for block in blocks:
        if not block.text:
            continue
        if out and _cut_mid_sentence(out[-1], block):
            out[-1] = Block(out[-1].text + block.text, False)
        else:
            out.append(block)
    return out


def _cut_mid_sentence(prev: Block, nxt: Block) -> bool:
    a, b = prev.text, to_simplified(nxt.text)
    if prev.marked_heading or nxt.marked_heading or a[-1] in _END_PUNCT:
        return False
    if " " in a or "\u3000" in a or _BYLINE.search(to_simplified(a)):
        return False
    if _ENUM_START.match(a) and len(a) < 30 and not re.search("[。！？!?]", a):
        return False  # a numbered heading (一、让群众喝好“放心水”), not a numbered paragraph
    if not re.match(r"[\u4e00-\u9fff\d]", b) or _BYLINE.search(b) or _ENUM_START.match(b):
        return False
    if not (len(b) >= 20 and _CLAUSE_PUNCT.search(b)):
        return False
    # A headline has no commas; a cut sentence has them, or runs long and resumes mid-word.
    return bool(_CLAUSE_PUNCT.search(a)) or (len(a) >= 12 and not b[0].isdigit()) or a[-1].isdigit()
