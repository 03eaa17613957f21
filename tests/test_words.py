"""The fast segmenter (rjieba) cuts and tags exactly as jieba does, with the same user words, on
every clause of the seeds and of a synthetic corpus: the proof that it may replace jieba."""

from __future__ import annotations

import re
from pathlib import Path

import jieba
import jieba.posseg as pseg
import pytest

from etl import DATA_DIR
from etl.clean import to_simplified
from etl.gazetteer import load_gazetteer
from etl.read import decode
from etl.synth import generate
from etl.words import PLACE_TAG, cut, pos_tag

SEEDS = Path(__file__).resolve().parents[1] / "data" / "raw"
_CLAUSE_ENDS = re.compile(r"[，,。；;：:！？!\n（）()、“”]")


@pytest.fixture(scope="module")
def reference():
    """jieba itself, with the project's words added the way jieba's documentation does it."""
    jieba.setLogLevel(60)
    tokenizer = jieba.Tokenizer()
    tokenizer.load_userdict(str(DATA_DIR / "userdict.txt"))
    for place in load_gazetteer().places.values():
        for form in (place.name, place.short, *place.aliases):
            if form:
                tokenizer.add_word(form, 1000, PLACE_TAG)
    return pseg.POSTokenizer(tokenizer)


def _clauses(texts):
    return sorted({c for t in texts for c in _CLAUSE_ENDS.split(to_simplified(t)) if c.strip()})


def _check(reference, clauses):
    assert len(clauses) > 1000
    for clause in clauses:
        expected = [(w.word, w.flag) for w in reference.cut(clause, HMM=False)]
        assert list(pos_tag(clause)) == expected, clause
        assert cut(clause) == [w for w, _ in expected], clause


def test_same_words_and_tags_as_jieba_on_the_seeds(reference):
    texts = [f.read_bytes().decode("utf-8", errors="replace") for f in sorted(SEEDS.glob("*.txt"))]
    _check(reference, _clauses(texts))


def test_same_words_and_tags_as_jieba_on_a_synthetic_corpus(reference):
    raws = [decode(doc.file_name, doc.data) for doc in generate(1_000_000, seed=3)]
    texts = [raw.text for raw in raws if hasattr(raw, "text")]  # in every encoding the corpus uses
    _check(reference, _clauses(texts))


def test_same_words_and_tags_as_jieba_on_ascii_digits_and_spaces(reference):
    for text in (
        "新建5G基站4968个",
        "PM2.5平均浓度",
        "e福州APP注册用户",
        "10℃~13℃",
        "COVID-19 疫苗",
        " 全市 ",
        "１２３万",
    ):
        assert list(pos_tag(text)) == [(w.word, w.flag) for w in reference.cut(text, HMM=False)], text
