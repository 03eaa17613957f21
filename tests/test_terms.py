"""Search words from a reader's query, and where they occur."""

from ui.format import Span
from ui.terms import MAX_QUERY_CHARS, MAX_TERMS, query_terms, term_spans, with_synonyms


def test_query_terms_are_jieba_words_in_simplified_chinese():
    # 无症状感染者 stays whole: the ETL's user dictionary is loaded too.
    assert query_terms("新增本土無症狀感染者") == ("新增", "本土", "无症状感染者")


def test_query_terms_drop_punctuation_and_repeats():
    assert query_terms("' OR 1=1 --") == ("or", "1")
    assert query_terms("  %  _ \\ ") == ()
    assert query_terms("核酸 核酸") == ("核酸",)


def test_query_terms_are_bounded():
    assert sum(map(len, query_terms("福" * 10_000))) <= MAX_QUERY_CHARS
    assert len(query_terms(" ".join(f"词{i}" for i in range(50)))) == MAX_TERMS


def test_term_spans_merge_touching_words():
    text = "继续开展核酸检测，核酸"
    assert term_spans(text, ("核酸", "检测")) == [Span(4, 8), Span(9, 11)]


def test_term_spans_ignore_case_and_regex_characters():
    assert term_spans("Covid (COVID) a.b", ("covid", ".")) == [Span(0, 5), Span(7, 12), Span(15, 16)]


def test_synonyms_widen_each_word():
    assert with_synonyms(("快递", "比例")) == (("快递", "快件", "寄递"), ("比例",))


def test_full_width_numerals_in_a_query_are_read_as_the_etl_stores_them():
    # text_simplified holds １．２万 as 1.2万 (etl.clean.to_simplified)
    assert query_terms("１．２万人")[0] == "1.2"
