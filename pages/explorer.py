"""Indicator explorer: search labels, filter, chart, table and download exactly those rows.

URL: `?q=感染者&all=1&place=福州市&topic=covid&kind=actual&unit=例&period=2022-11-06`.
"""

import io
from functools import partial

import streamlit as st

from ui import charts, entry, queries, state, widgets
from ui.i18n import TEXT, current_lang, t
from ui.terms import query_terms

entry.through_dashboard()

CHART_ROWS = 60


def option_label(topic_labels: dict[str, str], column: str, value: str) -> str:
    """How a filter value reads: topics and kinds by their label, the rest as stored."""
    if not value:
        return t("all")
    if column == "topic":
        return topic_labels.get(value, value)
    if column == "kind" and f"kind.{value}" in TEXT:
        return t(f"kind.{value}")
    return value


lang = current_lang()
st.title(t("page.explorer"))

search, match_all = st.columns([4, 1], vertical_alignment="bottom")
with search:
    query = state.text_query(t("explorer.query"), "q", t("explorer.placeholder"))
with match_all:
    all_terms = state.flag(t("explorer.match_all"), "all")
terms = query_terms(query)
if terms:
    st.caption(t("explorer.terms", terms=" / ".join(terms)))

topics = queries.topics()
topic_labels = dict(zip(topics["topic"], topics["label_en" if lang == "en" else "label_zh"], strict=True))
filters = {}
for column, box in zip(("place", "topic", "kind", "unit", "period"), st.columns(5), strict=True):
    with box:
        filters[column] = state.choice(
            t(f"col.{column}"),
            ["", *queries.distinct_values(column)],
            column,
            format_func=partial(option_label, topic_labels, column),
        )

chosen = queries.MentionFilter(terms=terms, all_terms=all_terms, **filters)
found = queries.mentions(chosen)
if found.empty:
    st.info(t("explorer.empty"))
    st.stop()

st.caption(t("explorer.count", n=len(found)) + "　" + t("open_hint"))
if len(found) >= queries.EXPLORER_LIMIT:
    st.warning(t("explorer.capped", n=queries.EXPLORER_LIMIT))
widgets.mention_chart(
    charts.value_bars(found.head(CHART_ROWS), lang, label_columns=("indicator", "place")),
    key="explorer_chart",
)
widgets.mention_table(found, key="explorer_table")

parquet = io.BytesIO()
found.to_parquet(parquet, index=False)
csv_column, parquet_column, _ = st.columns([1, 1, 4])
csv_column.download_button(
    t("explorer.csv"),
    found.to_csv(index=False).encode("utf-8-sig"),
    file_name="fujian_mentions.csv",
    mime="text/csv",
)
parquet_column.download_button(
    t("explorer.parquet"),
    parquet.getvalue(),
    file_name="fujian_mentions.parquet",
    mime="application/vnd.apache.parquet",
)
