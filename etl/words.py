"""jieba with the project's words (data/userdict.txt and the gazetteer's names), loaded before
any cut the ETL makes: a cut must not depend on what ran earlier in the process."""

from __future__ import annotations

from functools import cache

import jieba

from . import DATA_DIR
from .gazetteer import load_gazetteer

PLACE_TAG = "nsfj"  # the part-of-speech tag given to the gazetteer's names


@cache
def load_jieba() -> None:
    """Place names and indicator terms as user words, so jieba keeps 无症状感染者 whole."""
    jieba.setLogLevel(60)  # its dictionary load is not news
    jieba.load_userdict(str(DATA_DIR / "userdict.txt"))
    for place in load_gazetteer().places.values():
        for form in (place.name, place.short, *place.aliases):
            if form:
                jieba.add_word(form, 1000, PLACE_TAG)
