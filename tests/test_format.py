"""Numbers for people, marked-up document text, and the reader's tables."""

import datetime as dt
import math

import pandas as pd
import pytest

from ui.format import (
    Span,
    format_count,
    format_date,
    format_number,
    format_value,
    labelled,
    marked_html,
    mention_table,
    plain_markdown,
)


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (1240000, "亩", "124万亩"),  # 124萬畝 in the Fuzhou report
        (97.85, "%", "97.85%"),
        (7000000000, "元", "70亿元"),
        (3, "例", "3例"),
        (35, "例", "35例"),
        (26881, "人", "2.6881万人"),
        (1127130000, "元", "11.2713亿元"),
        (5700, "吨", "5700吨"),
        (0.5, None, "0.5"),
        (-2.5, "%", "-2.5%"),
        (10000, "个", "1万个"),
    ],
)
def test_format_value_puts_the_magnitude_word_back(value, unit, expected):
    assert format_value(value, unit) == expected


def test_format_value_ranges_and_qualifiers():
    assert format_value(30000, "人", value_high=50000) == "3万–5万人"
    assert format_value(1e4, "人", qualifier="at_least") == "≥1万人"
    assert format_value(8000, "亩", qualifier="approx") == "约8000亩"
    assert format_value(8000, "亩", qualifier="exact") == "8000亩"


@pytest.mark.parametrize("missing", [None, math.nan, pd.NA])
def test_missing_values_are_a_dash(missing):
    assert format_value(missing, "亩") == "—"
    assert format_number(missing) == "—"
    assert format_date(missing) == "—"


def test_counts_and_dates():
    assert format_count(12345) == "12,345"
    assert format_date(pd.Timestamp("2022-11-07")) == "2022-11-07"
    assert format_date(dt.date(2021, 10, 26)) == "2021-10-26"


def test_marked_html_escapes_every_segment_and_keeps_offsets():
    text = "<b>新增</b>本土病例35例&"
    start = text.index("35例")
    html = marked_html(text, [Span(start, start + 3, 'a"b', selected=True)])
    assert html == '&lt;b&gt;新增&lt;/b&gt;本土病例<mark class="selected" title="a&quot;b">35例</mark>&amp;'


def test_marked_html_drops_overlapping_and_out_of_range_spans():
    assert marked_html("abcdef", [Span(0, 3), Span(2, 4), Span(5, 99), Span(4, 4)]) == "<mark>abc</mark>def"


def test_plain_markdown_escapes_markdown_punctuation():
    assert plain_markdown("*粗* [链接](x) :smile: #1") == r"\*粗\* \[链接\]\(x\) \:smile\: \#1"


def mentions_frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "value": [1240000.0, 35.0],
            "value_high": [None, None],
            "unit": ["亩", "例"],
            "qualifier": ["exact", "at_least"],
            "indicator": ["粮食播种面积", None],
            "place": ["福州市", "福州市"],
            "topic_zh": ["民生", "新冠疫情"],
            "topic_en": ["Livelihood", "COVID"],
            "kind": ["actual", "target"],
            "period": ["2021", None],
            "pub_date": pd.to_datetime(["2022-05-10", "2022-11-07"]),
            "confidence": [1.0, 0.6],
            "doubt": [None, "no label"],
            "quote": ["124萬畝", "35例"],
        }
    )


def test_mention_table_in_chinese_and_english():
    zh = mention_table(mentions_frame(), "zh")
    assert zh["数值"].tolist() == ["124万亩", "≥35例"]
    assert zh["类型"].tolist() == ["实际", "目标"]
    assert zh["发布日期"].tolist() == ["2022-05-10", "2022-11-07"]
    assert zh["指标"].tolist() == ["粮食播种面积", ""]
    en = mention_table(mentions_frame(), "en")
    assert en["Topic"].tolist() == ["Livelihood", "COVID"]
    assert en["Qualifier"].tolist() == ["exact", "at least"]


def test_labelled_renames_picks_and_formats_dates():
    table = labelled(mentions_frame(), {"place": "col.place", "pub_date": "col.date"}, "en")
    assert list(table.columns) == ["Place", "Published"]
    assert table["Published"].tolist() == ["2022-05-10", "2022-11-07"]
