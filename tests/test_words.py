"""The fast segmenter (rjieba) cuts and tags exactly as jieba does, with the same user words, on
every clause of the seeds and of a synthetic corpus: the proof that it may replace jieba."""

from __future__ import annotations

import re
from importlib.resources import files
from pathlib import Path

import jieba
import jieba.posseg as pseg
import pytest

from etl.clean import to_simplified
from etl.read import decode
from etl.synth import generate
from etl.words import cut, pos_tag, user_words

SEEDS = Path(__file__).resolve().parents[1] / "data" / "raw"
_CLAUSE_ENDS = re.compile(r"[，,。；;：:！？!\n（）()、“”]")


@pytest.fixture(scope="module")
def reference():
    """jieba itself, with the project's words added the way jieba's documentation does it."""
    jieba.setLogLevel(60)
    tokenizer = jieba.Tokenizer()
    for word, count, flag in user_words():
        tokenizer.add_word(word, count, flag)
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
        expected = [(w.word, w.flag) for w in reference.cut(text, HMM=False)]
        assert list(pos_tag(text)) == expected and cut(text) == [w for w, _ in expected], text


def test_same_cuts_as_jieba_on_dictionary_words_around_the_user_words(reference):
    """Replacing a dictionary word's count must leave every other cut as jieba's (大型活动 stays one)."""
    words = [line.split(" ", 1)[0] for line in (files("jieba") / "dict.txt").open(encoding="utf-8")]
    phrases = [w for w in words if len(w) >= 3][::7] + ["大型活动", "管理对象", "数万人", "内容丰富", "新秩序"]
    assert len(phrases) > 20_000
    for phrase in phrases:
        assert cut(phrase) == [w.word for w in reference.cut(phrase, HMM=False)], phrase


def test_phrases_in_xiang_are_no_townships():
    assert cut("长乐乡村振兴示范村")[:2] == ["长乐", "乡村"]  # not 长乐乡 + 村
