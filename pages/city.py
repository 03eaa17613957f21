"""City: one place's indicators, a bar chart and a table per topic. URL: `?place=福安市`."""

import streamlit as st

from ui import charts, entry, queries, state, widgets
from ui.i18n import current_lang, t

entry.through_dashboard()

lang = current_lang()
places = queries.places()
prefectures = places[places["level"] == "prefecture"].sort_values("n_mentions", ascending=False)
if prefectures.empty:
    st.info(t("city.no_places"))
    st.stop()

# ?place= may name a prefecture or anything below one; unknown names fall back with a warning.
wanted = state.param("place")
known = places.set_index("name")
if wanted and wanted not in known.index:
    st.warning(t("state.unknown", name=t("col.place"), value=wanted))
    wanted = None
place = wanted or prefectures["name"].iloc[0]
city = known.at[place, "city"] if isinstance(known.at[place, "city"], str) else place

left, right = st.columns(2)
with left:
    city = state.choice(
        t("city.prefecture"),
        prefectures["name"].tolist(),
        "place",
        key="city_prefecture",
        current=city if city in prefectures["name"].values else None,
    )
with right:
    below = places[(places["city"] == city) & places["level"].isin(queries.COUNTY_LEVELS)]
    county = state.choice(
        t("city.county"),
        ["", *below.sort_values("n_mentions", ascending=False)["name"]],
        "place",
        key="city_county",
        current=place if place != city else "",
        format_func=lambda name: name or t("city.whole"),
        to_param=lambda name: name or city,
    )
place = county or city

st.title(t("city.heading", place=place))
found = queries.mentions(queries.MentionFilter(place=place))
if found.empty:
    st.info(t("city.empty_county", place=place, city=city) if county else t("city.empty_city", place=place))
    st.stop()

st.caption(t("open_hint"))
topic_label = "topic_en" if lang == "en" else "topic_zh"
# The most reported topic first and open; the others one click away, to keep the page short.
for number, topic in enumerate(found["topic"].value_counts().index):
    part = found[found["topic"] == topic]
    with st.expander(t("city.topic_count", topic=part[topic_label].iloc[0], n=len(part)), expanded=number == 0):
        widgets.mention_chart(charts.value_bars(part, lang), key=f"city_chart_{topic}")
        widgets.mention_table(part, key=f"city_table_{topic}")
