"""Numerals in Chinese text: Arabic, Chinese and mixed, with magnitude words applied."""

from __future__ import annotations

import math
import re
from functools import lru_cache

import cn2an

CN_DIGITS = "零〇一二两三四五六七八九"
CN_NUMERAL_CHARS = CN_DIGITS + "十百千万亿"
MAGNITUDES = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3, "百": 1e2}


def _numeral(grouped_by_spaces: str = "") -> re.Pattern[str]:
    return re.compile(
        rf"百分之[{CN_NUMERAL_CHARS}\d.点]+"  # 百分之九十八点五
        rf"|[{CN_NUMERAL_CHARS}]+分之[{CN_NUMERAL_CHARS}]+"
        rf"|[{CN_NUMERAL_CHARS}]+点[{CN_DIGITS}]+"  # 十四点八; the caller reads 万 of 三点五万 as of 1.3万
        r"|\d+(?:,\d{3})+(?![\d])(?:\.\d+)?"
        rf"{grouped_by_spaces}"
        r"|\d+(?:\.\d+)?"
        rf"|[{CN_NUMERAL_CHARS}]+"
    )


# One numeral token: `百分之五十`, `三分之二`, `1,200.5`, `1.3`, `一千三百`. Magnitude words after
# an Arabic number (`1.3万`) are read by the caller, since `千瓦时` starts with one too.
NUMERAL = _numeral()
# The same, with groups of three digits set apart by spaces as a yearbook writes them (46 832,
# 2 246.7): a third slower, so only for text where `SPACED_GROUPS` finds such a group.
NUMERAL_SPACED = _numeral(r"|(?<![\d.])\d{1,3}(?:[ \u2009\u00a0]\d{3})+(?!\d)(?:\.\d+)?")
SPACED_GROUPS = re.compile(r"\d[ \u2009\u00a0]\d{3}(?!\d)")


_GROUPING = str.maketrans("", "", ", \u2009\u00a0")  # what sets a number's groups of three apart


@lru_cache(maxsize=65536)  # cn2an is slow, and the same tokens come back all the time
def parse_number(token: str) -> float:
    """`1,200` and `1 200` → 1200; `一千三百` → 1300; `两` → 2; `三分之二` → 0.666…; `千分之一` → 0.001;
    `百分之五十` → 50.

    Raises ValueError for tokens that are not numbers (a bare `万`)."""
    token = token.translate(_GROUPING)
    if token.startswith("百分之"):
        rest = token[3:]
        return parse_number("一" + rest if rest[0] in "百千" else rest)  # 百分之百: one hundred
    if "分之" in token:
        denominator, numerator = token.split("分之")
        denominator = "一" + denominator if denominator in ("千", "万") else denominator  # 千分之一
        return parse_number(numerator) / parse_number(denominator)
    if re.fullmatch(r"\d+(\.\d+)?", token):
        return float(token)
    if "点" in token and token[-1] in "万亿":  # cn2an reads 三点五 but not 三点五万
        head = token.rstrip("万亿")
        return parse_number(head) * math.prod(MAGNITUDES[m] for m in token[len(head) :])
    if not any(c in CN_DIGITS + "十" for c in token):
        raise ValueError(f"not a numeral: {token}")  # a bare 万 or 千 is a word, not a number
    try:
        return float(cn2an.cn2an(token.replace("〇", "零"), "smart"))
    except (ValueError, KeyError) as e:
        raise ValueError(f"not a numeral: {token}") from e


# 一两个 is a range, 一二线城市 and 一二年级 are names
_PAIR = re.compile(r"(一(?=两)|[两二三四五六七八])([两三四五六七八九])([十百千]?)(万|亿)?")
_DIGIT_VALUES = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}
_SCALES = {"": 1, "十": 10, "百": 100, "千": 1000}


def neighbouring_pair(token: str) -> tuple[float, float] | None:
    """`七八` → (7, 8), `三四十` → (30, 40), `两三百万` → (2e6, 3e6): two neighbouring digits name a
    range, not a number of two digits (cn2an reads 七八 as 78)."""
    if len(token) < 2 or token[1] not in "两三四五六七八九":
        return None  # most numerals, at the cost of a lookup
    m = _PAIR.fullmatch(token)
    if not m or _DIGIT_VALUES[m[2]] != _DIGIT_VALUES[m[1]] + 1:
        return None
    scale = _SCALES[m[3]] * MAGNITUDES.get(m[4] or "", 1)
    return _DIGIT_VALUES[m[1]] * scale, _DIGIT_VALUES[m[2]] * scale


def tidy(value: float) -> float:
    """A value without the binary residue of its magnitude: 2.3 × 1e8 is 229999999.99999997 in
    floating point, 230000000 as written (twelve significant digits are more than any report has)."""
    return value if value.is_integer() else float(f"{value:.12g}")


def is_chinese_numeral(token: str) -> bool:
    return all(c in CN_NUMERAL_CHARS or c == "点" for c in token)
