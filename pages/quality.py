"""Data quality: files not loaded, doubtful mentions with their reasons, doubt per document."""

import streamlit as st

from ui import entry, queries, state, widgets
from ui.format import labelled
from ui.i18n import current_lang, t

entry.through_dashboard()

lang = current_lang()
st.title(t("page.quality"))

st.subheader(t("quality.rejects"))
rejects = queries.rejects()
if rejects.empty:
    st.success(t("quality.no_rejects"))
else:
    st.dataframe(
        labelled(rejects, {"file_name": "col.file", "reason": "col.reason"}, lang),
        hide_index=True,
    )

st.subheader(t("quality.doubtful"))
doubtful = queries.mentions(queries.MentionFilter(doubtful=True))
if doubtful.empty:
    st.success(t("quality.no_doubtful"))
else:
    st.caption(t("open_hint"))
    widgets.mention_table(doubtful, key="quality_doubtful")

st.subheader(t("quality.per_document"))
per_document = queries.doubt_by_document()
row = widgets.table(
    labelled(
        per_document,
        {
            "title": "col.title",
            "file_name": "col.file",
            "mentions": "col.mentions",
            "doubtful": "col.doubtful",
        },
        lang,
    ),
    key="quality_documents",
)
if row is not None:
    state.open_source(doc=per_document["doc_id"].iloc[row])
