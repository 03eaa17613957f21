"""Topic: indicators of one topic compared across places and over time. URL: `?topic=covid`."""

import pandas as pd
import streamlit as st

from ui import charts, entry, queries, state, widgets
from ui.format import plain_markdown
from ui.i18n import current_lang, t

entry.through_dashboard()

MAX_COMPARED = 8


def compare(same: pd.DataFrame, number: int, lang: str) -> None:
    """One indicator over time (or each of its mentions), and across places if several report it."""
    indicator, unit = same["indicator"].iloc[0], same["unit"].iloc[0]
    st.markdown(f"**{plain_markdown(indicator)}**" + (f"（{plain_markdown(unit)}）" if isinstance(unit, str) else ""))
    if charts.distinct_dates(same) > 1:
        st.caption(t("topic.over_time"))
        figure = charts.indicator_trend(same, lang)
    else:
        st.caption(t("topic.mentions"))
        figure = charts.value_bars(same, lang, label_columns=("place",))
    widgets.mention_chart(figure, key=f"topic_trend_{number}")
    if same["place"].nunique() > 1:
        st.caption(t("topic.across_places"))
        latest = charts.value_bars(charts.latest_by_place(same), lang, label_columns=("place",))
        widgets.mention_chart(latest, key=f"topic_bars_{number}")


lang = current_lang()
topics = queries.topics()
labels = dict(zip(topics["topic"], topics["label_en" if lang == "en" else "label_zh"], strict=True))
topic = state.choice(t("topic.choose"), list(labels), "topic", format_func=labels.get)
st.title(labels[topic])

found = queries.mentions(queries.MentionFilter(topic=topic))
if found.empty:
    st.info(t("topic.empty", topic=labels[topic]))
    st.stop()

st.caption(t("open_hint"))
repeated = charts.repeated_indicators(found)
st.subheader(t("topic.compare"))
if not repeated:
    st.info(t("topic.no_repeats"))
shown = list(enumerate(repeated[:MAX_COMPARED]))
for pair in (shown[i : i + 2] for i in range(0, len(shown), 2)):  # two indicators a row
    for column, (number, same) in zip(st.columns(2), pair, strict=False):
        with column:
            compare(same, number, lang)

st.subheader(t("topic.all_mentions"))
widgets.mention_table(found, key="topic_table")
