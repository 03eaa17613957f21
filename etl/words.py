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
from importlib.resources import files
from types import ModuleType
from typing import NamedTuple

from . import DATA_DIR
from .gazetteer import load_gazetteer

PLACE_TAG = "nsfj"  # the part-of-speech tag given to the gazetteer's names
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+")


class Word(NamedTuple):
    word: str
    flag: str  # jieba's part of speech


class _Segmenter(NamedTuple):
    jieba: ModuleType  # rjieba, whose module functions use the one dictionary it loads on import
    user_tags: dict[str, str]


@cache
def _segmenter() -> _Segmenter:
    """Indicator terms and place names as user words, so that 无症状感染者 stays whole; loaded once
    per process, before any cut, so that a cut never depends on what ran before it. rjieba is
    imported here, not with this module: its import loads a dictionary of 30 MB, which the
    dashboard (importing etl.clean for its numeral table) never uses."""
    import rjieba as jieba

    calls = user_words()
    known = _dictionary_freqs({word for word, _, _ in calls})
    replaced = 0
    for word, freq, flag in calls:
        replaced += known.get(word, 0)  # jieba-rs takes a word's old count off the total, jieba doesn't
        known[word] = freq
        jieba.add_word(word, freq, flag)
    jieba.add_word(_BALANCE, replaced, "x")  # so the total, and with it every cut, is jieba's
    return _Segmenter(jieba, {word: flag for word, _, flag in calls if flag})


_BALANCE = "\ue000\ue000"  # a word of private-use characters, which no text holds


def user_words() -> list[tuple[str, int, str | None]]:
    """(word, count, tag) as they are added to jieba: data/userdict.txt, then the gazetteer's names."""
    return [*_user_dict(), *_place_words()]


def _user_dict() -> list[tuple[str, int, str | None]]:
    """(word, count, tag) of data/userdict.txt, in jieba's format: `word [count] [tag]`."""
    entries = []
    for line in (DATA_DIR / "userdict.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if parts and not line.startswith("#"):
            count = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 1
            flag = parts[-1] if len(parts) > 1 and not parts[-1].isdigit() else None
            entries.append((parts[0], count, flag))
    return entries


def _place_words() -> list[tuple[str, int, str]]:
    """The gazetteer's names, without townships in 乡 (长乐乡 would cut 长乐乡村振兴 wrongly)."""
    return [
        (form, 1000, PLACE_TAG)
        for place in load_gazetteer().places.values()
        for form in (place.name, place.short, *place.aliases)
        if form and not (place.level == "town" and form.endswith("乡"))
    ]


def _dictionary_freqs(words: set[str]) -> dict[str, int]:
    """The counts jieba's dictionary gives `words` (the same dictionary rjieba carries)."""
    found = {}
    with (files("jieba") / "dict.txt").open(encoding="utf-8") as f:
        for line in f:
            word, count, _ = line.split(" ", 2)
            if word in words:
                found[word] = int(count)
    return found


def load_segmenter() -> None:
    """Load the words now (in each worker, before its first document), not at the first cut."""
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
