"""Overview: headline counts, the city × topic matrix, newest documents, the timeline."""

import streamlit as st

from ui import charts, entry, queries, state, widgets
from ui.format import format_count, format_date, labelled
from ui.i18n import current_lang, t

entry.through_dashboard()

lang = current_lang()
st.title(t("app.title"))

totals = queries.summary()
if totals["documents"] == 0:
    st.info(t("overview.empty"))
    st.stop()

cols = st.columns([1, 1, 1, 1, 3])
cols[0].metric(t("overview.documents"), format_count(totals["documents"]))
cols[1].metric(t("overview.mentions"), format_count(totals["mentions"]))
cols[2].metric(t("overview.places"), format_count(totals["places"]))
cols[3].metric(t("overview.topics"), format_count(totals["topics"]))
cols[4].metric(
    t("overview.dates"),
    f"{format_date(totals['first_date'])} – {format_date(totals['last_date'])}",
)

st.subheader(t("overview.matrix"))
st.caption(t("overview.matrix_hint"))
counts = queries.city_topic_counts()
left, right = st.columns([3, 2])
with left:
    picked = widgets.chart(
        charts.city_topic_matrix(counts, queries.topics()["topic"].tolist(), lang),
        key="matrix_chart",
    )
    if picked:
        state.go("pages/explorer.py", place=picked[0], topic=picked[1])
with right:
    topic_label = "topic_en" if lang == "en" else "topic_zh"
    display = labelled(counts, {"city": "col.city", topic_label: "col.topic", "n": "col.mentions"}, lang)
    row = widgets.table(display, key="matrix_table")
    if row is not None:
        picked = counts.iloc[row]
        state.go("pages/explorer.py", place=picked["city"], topic=picked["topic"])

st.subheader(t("overview.newest"))
newest = queries.newest_documents()
display = labelled(
    newest,
    {
        "title": "col.title",
        "publisher": "col.publisher",
        "pub_date": "col.date",
        "place": "col.place",
        "n_mentions": "col.mentions",
    },
    lang,
)
row = widgets.table(display, key="newest_table")
if row is not None:
    state.open_source(doc=newest["doc_id"].iloc[row])

st.subheader(t("overview.timeline"))
st.plotly_chart(charts.documents_timeline(queries.documents_by_date(), lang), config=widgets.PLOTLY_CONFIG)
