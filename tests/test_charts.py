"""Figures from query-shaped DataFrames, checked without Streamlit."""

import json

import pandas as pd
import plotly.graph_objects as go
import pytest

from ui import charts


def mention_rows(**columns) -> pd.DataFrame:
    """Mention rows as `queries.mentions` returns them; keyword lists override the defaults."""
    n = len(next(iter(columns.values())))
    defaults = {
        "mention_id": [f"d-p000-m{i:02d}" for i in range(n)],
        "paragraph_id": ["d-p000"] * n,
        "doc_id": ["d"] * n,
        "indicator": ["粮食播种面积"] * n,
        "value": [1240000.0] * n,
        "value_high": [None] * n,
        "unit": ["亩"] * n,
        "qualifier": ["exact"] * n,
        "kind": ["actual"] * n,
        "place": ["福州市"] * n,
        "period": [None] * n,
        "period_end": pd.to_datetime([None] * n),
        "pub_date": pd.to_datetime(["2022-05-10"] * n),
    }
    return pd.DataFrame({**defaults, **columns})


def test_matrix_is_a_scatter_of_squares_with_city_and_topic_in_customdata():
    counts = pd.DataFrame(
        {
            "city": ["福州市", "宁德市"],
            "topic": ["covid", "economy"],
            "topic_zh": ["新冠疫情", "经济"],
            "topic_en": ["COVID", "Economy"],
            "n": [29, 55],
        }
    )
    fig = charts.city_topic_matrix(counts, ["economy", "covid"], "en")
    (trace,) = fig.data
    assert isinstance(trace, go.Scatter) and trace.marker.symbol == "square"
    assert [list(c[:2]) for c in trace.customdata] == [["福州市", "covid"], ["宁德市", "economy"]]
    assert list(fig.layout.xaxis.categoryarray) == ["Economy", "COVID"]


def test_empty_inputs_give_a_message_not_an_error():
    empty = pd.DataFrame(columns=["city", "topic", "topic_zh", "topic_en", "n"])
    assert charts.city_topic_matrix(empty, [], "zh").layout.annotations
    assert charts.documents_timeline(pd.DataFrame(columns=["pub_date", "n", "titles"]), "zh").layout.annotations


def test_timeline_escapes_titles_in_the_tooltip():
    by_date = pd.DataFrame({"pub_date": pd.to_datetime(["2022-11-07"]), "n": [1], "titles": ["<b>x</b>"]})
    points = next(trace for trace in charts.documents_timeline(by_date, "zh").data if trace.mode == "markers")
    assert points.customdata[0][0] == "&lt;b&gt;x&lt;/b&gt;"


def test_value_bars_one_panel_per_unit_and_a_trace_per_kind():
    df = mention_rows(
        indicator=["粮食播种面积", "人均期望寿命", "人均期望寿命", "新增病例"],
        value=[1240000.0, 79.0, 80.0, 35.0],
        unit=["亩", "岁", "岁", "例"],
        kind=["actual", "baseline", "target", "actual"],
    )
    fig = charts.value_bars(df, "zh")
    assert [a.text for a in fig.layout.annotations] == ["岁", "亩", "例"]  # most mentioned unit first
    names = [(t.name, t.yaxis) for t in fig.data]
    assert names == [("基数", "y"), ("目标", "y"), ("实际", "y2"), ("实际", "y3")]
    target = next(t for t in fig.data if t.name == "目标")
    assert target.marker.pattern.shape == "/"  # targets never look like achievements
    assert [t.showlegend for t in fig.data] == [True, True, True, False]
    assert list(fig.data[2].text) == ["124万亩"]
    assert list(fig.data[2].customdata[0][:3]) == ["d-p000-m00", "d-p000", "d"]


def test_value_bars_keep_a_baseline_and_its_actual_on_one_row():
    df = mention_rows(kind=["baseline", "actual", "actual"], period=["2020", "2021", "2022"])
    fig = charts.value_bars(df, "zh")
    rows = {t.name: list(t.y) for t in fig.data}
    assert rows == {"基数": ["粮食播种面积"], "实际": ["粮食播种面积", "粮食播种面积 (2022)"]}


def test_value_bars_escape_labels():
    fig = charts.value_bars(mention_rows(indicator=["<img src=x>"]), "zh")
    assert list(fig.data[0].y) == ["&lt;img src=x&gt;"]


def test_latest_by_place_and_repeated_indicators():
    df = mention_rows(
        place=["福州市", "福州市", "宁德市"],
        value=[1.0, 2.0, 3.0],
        pub_date=pd.to_datetime(["2021-01-01", "2022-01-01", "2020-01-01"]),
    )
    latest = charts.latest_by_place(df)
    assert dict(zip(latest["place"], latest["value"], strict=True)) == {"福州市": 2.0, "宁德市": 3.0}
    single = mention_rows(indicator=["单个", "重复", "重复"])
    repeated = charts.repeated_indicators(pd.concat([df, single], ignore_index=True))
    assert [(part["indicator"].iloc[0], len(part)) for part in repeated] == [("粮食播种面积", 3), ("重复", 2)]
    assert charts.distinct_dates(df) == 3


def test_trend_has_markers_so_points_are_selectable():
    df = mention_rows(
        place=["福州市", "福州市"],
        kind=["actual", "target"],
        value=[1.0, 2.0],
        period_end=pd.to_datetime(["2021-12-31", "2025-12-31"]),
    )
    (trace,) = charts.indicator_trend(df, "zh").data
    assert "markers" in trace.mode and list(trace.marker.symbol) == ["circle", "diamond-open"]
    assert [c[0] for c in trace.customdata] == ["d-p000-m00", "d-p000-m01"]


SQUARE = {"type": "Polygon", "coordinates": [[[119, 26], [120, 26], [120, 27], [119, 27], [119, 26]]]}


def test_feature_centre_of_the_largest_ring():
    far_islet = [[[130, 30], [130.1, 30], [130.1, 30.1], [130, 30]]]
    multi = {"type": "MultiPolygon", "coordinates": [SQUARE["coordinates"], far_islet]}
    assert charts.feature_centre(multi) == pytest.approx((119.5, 26.5))


def test_area_map_draws_offline_shapes_with_selectable_dots():
    geojson = {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "properties": {"name": "福州市"}, "geometry": SQUARE},
            {"type": "Feature", "properties": {"name": "宁德市"}, "geometry": SQUARE},
        ],
    }
    values = pd.DataFrame({"place": ["福州市"], "value": [137], "formatted": ["137"], "mention_id": ["m1"]})
    fig = charts.area_map(geojson, values)
    shapes = [t for t in fig.data if t.fill == "toself"]
    assert len(shapes) == 2 and shapes[1].fillcolor == charts.NO_VALUE_FILL
    dots = next(t for t in fig.data if t.customdata is not None)
    assert [list(c) for c in dots.customdata] == [["福州市", "m1"]]
    assert not any(isinstance(t, go.Choropleth | go.Scattergeo | go.Scattermap) for t in fig.data)
    assert "topojson" not in json.dumps(fig.to_plotly_json(), default=str)


def test_repeated_labels_are_told_apart_by_place_then_period_then_a_counter():
    rows = mention_rows(
        indicator=["新增学位"] * 5,
        place=["泉州市", "晋江市", "南安市", "南安市", "南安市"],
        period=[None, None, None, "2023", None],
        value=[24000.0, 5200.0, 3100.0, 3000.0, 2900.0],
        unit=["个"] * 5,
    )
    labels = list(charts.value_bars(rows, "zh").data[0].y)
    assert labels == ["新增学位", "新增学位 · 晋江市", "新增学位 · 南安市", "新增学位 (2023)", "新增学位 #2"]
