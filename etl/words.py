"""Words and their parts of speech, as jieba cuts them without HMM, with the project's words
(data/userdict.txt and the gazetteer's names).

The cuts come from rjieba, a binding of jieba-rs: jieba's algorithm and dictionary in Rust, ten times
faster than jieba's own Python. Its words are jieba's; tests/test_words.py checks that both cut
the same on every clause of the seeds and of a synthetic corpus. Its tags differ in two ways, which
`pos_tag` undoes: jieba tags a run of ASCII letters and digits `eng`, and a user word's tag replaces
the dictionary's (rjieba keeps the dictionary's).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

import rjieba

from . import DATA_DIR
from .gazetteer import load_gazetteer

PLACE_TAG = "nsfj"  # the part-of-speech tag given to the gazetteer's names
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+")


class Word(NamedTuple):
    word: str
    flag: str  # jieba's part of speech


class _Segmenter(NamedTuple):
    jieba: rjieba.Jieba
    user_tags: dict[str, str]


@cache
def _segmenter() -> _Segmenter:
    """Indicator terms and place names as user words, so that 无症状感染者 stays whole; loaded once
    per process, before any cut, so that a cut never depends on what ran before it."""
    words: dict[str, tuple[int, str]] = {}
    for line in (DATA_DIR / "userdict.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, freq, flag = line.split()
            words[word] = (int(freq), flag)
    for place in load_gazetteer().places.values():
        for form in (place.name, place.short, *place.aliases):
            if form:
                words[form] = (1000, PLACE_TAG)
    jieba = rjieba.Jieba()
    for word, (freq, flag) in words.items():
        jieba.add_word(word, freq, flag)
    return _Segmenter(jieba, {word: flag for word, (_, flag) in words.items()})


def load_segmenter() -> None:
    _segmenter()


def cut(text: str) -> list[str]:
    """jieba's `lcut(text, HMM=False)`."""
    return _segmenter().jieba.cut(text, False)


def pos_tag(text: str) -> tuple[Word, ...]:
    """jieba's `posseg.cut(text, HMM=False)`, as words with their flags."""
    seg = _segmenter()
    return tuple(
        Word(word, seg.user_tags.get(word) or ("eng" if _ASCII_WORD.fullmatch(word) else flag))
        for word, flag in seg.jieba.tag(text, False)
    )
