"""Search words from what a reader typed, and where they occur in a text.

This reads only the reader's query, never document text: the documents are already
segmented and converted to simplified Chinese by the ETL.
"""

from __future__ import annotations

import logging
import re
from functools import cache
from pathlib import Path

import jieba
from opencc import OpenCC

from etl.clean import HALF_WIDTH_NUMERALS
from ui.format import Span

MAX_TERMS = 12
MAX_QUERY_CHARS = 200
# A word made only of spaces or punctuation would match almost every paragraph.
_PUNCTUATION_ONLY = re.compile(r"^[\s\W_]+$")

# The ETL's own word list (无症状感染者, 核酸检测…), so a query is cut as the labels were.
USER_DICT = Path(__file__).resolve().parent.parent / "etl" / "data" / "userdict.txt"
SYNONYMS = USER_DICT.with_name("synonyms.txt")

jieba.setLogLevel(logging.WARNING)


@cache
def _to_simplified() -> OpenCC:
    return OpenCC("t2s")


@cache
def _load_user_words() -> None:
    if USER_DICT.exists():
        jieba.load_userdict(str(USER_DICT))
    for word in _synonyms():  # a synonym typed whole is looked up whole (在线办理, not 在线 + 办理)
        jieba.add_word(word)


def query_terms(query: str) -> tuple[str, ...]:
    """Distinct jieba words of `query`, in order, converted to simplified Chinese.

    The indicator labels and `text_simplified` are simplified, so a reader typing
    traditional characters (無症狀) still finds them (无症状).
    """
    _load_user_words()
    simplified = _to_simplified().convert(query[:MAX_QUERY_CHARS].strip()).translate(HALF_WIDTH_NUMERALS)
    words = (w.strip().lower() for w in jieba.lcut(simplified))
    distinct = dict.fromkeys(w for w in words if w and not _PUNCTUATION_ONLY.match(w))
    return tuple(distinct)[:MAX_TERMS]


@cache
def _synonyms() -> dict[str, tuple[str, ...]]:
    groups: dict[str, tuple[str, ...]] = {}
    for line in SYNONYMS.read_text(encoding="utf-8").splitlines():
        words = tuple(line.split())
        if words and not line.startswith("#"):
            for word in words:
                groups[word] = tuple(dict.fromkeys(groups.get(word, ()) + words))
    return groups


def with_synonyms(terms: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Each term with the words that mean the same in labels (网办 → 网上办理, 在线办理…)."""
    return tuple(tuple(dict.fromkeys((term, *_synonyms().get(term, ())))) for term in terms)


def term_spans(text: str, terms: tuple[str, ...]) -> list[Span]:
    """Where any term occurs in `text`, case-insensitively; touching matches become one span.

    jieba cuts 核酸检测 into 核酸 + 检测, and one mark over the phrase reads better than two.
    """
    found = sorted(
        (match.start(), match.end()) for term in terms for match in re.finditer(re.escape(term), text, re.IGNORECASE)
    )
    merged: list[list[int]] = []
    for start, end in found:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [Span(start, end) for start, end in merged]
