"""Source: one document as a clean article, every mention marked.

URL: `?doc=<doc_id>`, `?paragraph=<paragraph_id>` or `?mention=<mention_id>`; the paragraph
(of the mention) is emphasised and scrolled into view.
"""

import html
import json

import pandas as pd
import streamlit as st

from ui import entry, queries, state, widgets
from ui.format import Span, format_date, formatted_values, marked_html, or_dash, plain_markdown
from ui.i18n import t

entry.through_dashboard()


def mention_spans(found: pd.DataFrame, selected: str | None) -> dict[str, list[Span]]:
    """Marks per paragraph id, each with its indicator and formatted value as the tooltip."""
    spans: dict[str, list[Span]] = {}
    for m, value in zip(found.itertuples(), formatted_values(found), strict=True):
        span = Span(int(m.start), int(m.end), f"{or_dash(m.indicator)}: {value}", m.mention_id == selected)
        spans.setdefault(m.paragraph_id, []).append(span)
    return spans


def article_html(paragraphs: pd.DataFrame, spans: dict[str, list[Span]], chosen: str | None) -> str:
    """The paragraphs as HTML, a rule between articles, the `chosen` paragraph emphasised."""
    parts = []
    previous_article = None
    for p in paragraphs.itertuples():
        if previous_article is not None and p.article_id != previous_article:
            parts.append("<hr>")
        previous_article = p.article_id
        tag = "h4" if p.is_heading else "p"
        emphasis = ' class="selected-paragraph"' if p.paragraph_id == chosen else ""
        lost = f' title="{html.escape(t("source.lost_chars"))}"' if p.has_lost_chars else ""
        body = marked_html(p.text, spans.get(p.paragraph_id, []))
        parts.append(f'<{tag} id="{html.escape(p.paragraph_id)}"{emphasis}{lost}>{body}</{tag}>')
    return "".join(parts)


def scroll_to(element_id: str) -> None:
    """Bring the chosen paragraph into view; the script carries only our own id, JSON-encoded."""
    script = f"document.getElementById({json.dumps(element_id)})?.scrollIntoView({{block: 'center'}});"
    st.html(f"<script>{script}</script>", unsafe_allow_javascript=True)


mention = state.param("mention")
paragraph = state.param("paragraph")
doc = state.param("doc")
if mention or paragraph:
    located = queries.locate(mention=mention, paragraph=paragraph)
    if located.empty:
        st.warning(t("source.unknown", value=mention or paragraph))
        mention = paragraph = None
    else:
        doc, paragraph = located["doc_id"].iloc[0], located["paragraph_id"].iloc[0]

documents = queries.document_list()
titles = dict(zip(documents["doc_id"], documents["title"].map(or_dash), strict=True))
doc = state.choice(
    t("source.document"),
    ["", *titles],
    "doc",
    current=doc or "",
    format_func=lambda d: f"{titles[d]} · {d}" if d else "—",
    clears=("paragraph", "mention"),
)
if not doc:
    st.info(t("source.choose"))
    st.stop()

row = queries.document(doc).iloc[0]
st.title(plain_markdown(or_dash(row["title"])))
meta = t(
    "source.meta",
    publisher=or_dash(row["publisher"]),
    date=format_date(row["pub_date"]),
    place=or_dash(row["place"]),
    file=row["file_name"],
)
st.caption(plain_markdown(meta))

found = queries.mentions(queries.MentionFilter(doc=doc))
if state.flag(t("source.original"), "original"):
    st.code(row["original_text"], language=None, wrap_lines=True)
else:
    widgets.text_style()
    widgets.text_block(article_html(queries.paragraphs(doc), mention_spans(found, mention), paragraph))
    if paragraph:
        scroll_to(paragraph)

st.subheader(t("source.mentions"))
if found.empty:
    st.info(t("source.no_mentions"))
else:
    widgets.mention_table(found, key="source_table")
