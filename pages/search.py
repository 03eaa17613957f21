"""Search: paragraphs containing the words of a query, matched words marked. URL: `?q=核酸`."""

import html

import streamlit as st

from ui import entry, queries, state, widgets
from ui.format import format_date, marked_html
from ui.i18n import t
from ui.terms import query_terms, term_spans

entry.through_dashboard()

st.title(t("page.search"))
query = state.text_query(t("search.query"), "q", t("search.placeholder"))
terms = query_terms(query)
if not terms:
    st.info(t("search.prompt"))
    st.stop()

hits = queries.search_paragraphs(terms)
shown_terms = " / ".join(terms)
if hits.empty:
    st.info(t("search.empty", terms=shown_terms))
    st.stop()

st.caption(t("search.count", n=len(hits), terms=shown_terms))
widgets.text_style()
for hit in hits.itertuples():
    with st.container(border=True):
        # Matches are found in the simplified text, which has the same length as the
        # displayed text, so the same offsets mark the original script.
        spans = term_spans(hit.text_simplified, terms)
        meta = " · ".join(v for v in (hit.title, hit.publisher, format_date(hit.pub_date)) if isinstance(v, str))
        widgets.text_block(f'<div class="meta">{html.escape(meta)}</div><p>{marked_html(hit.text, spans)}</p>')
        if st.button(t("search.open"), key=f"open_{hit.paragraph_id}"):
            state.open_source(paragraph=hit.paragraph_id)
