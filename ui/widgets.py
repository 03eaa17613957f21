"""Selectable tables and charts that open the paragraph behind the number clicked."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from ui import state
from ui.format import mention_table as readable_mentions
from ui.i18n import current_lang

# No mode bar logo and no box/lasso tools: a click on a point is the only selection.
PLOTLY_CONFIG = {
    "displaylogo": False,
    "modeBarButtonsToRemove": ["select2d", "lasso2d", "autoScale2d"],
}


def picked_point(event) -> list | None:
    """customdata of the first selected chart point, or None."""
    for point in event["selection"]["points"] if event else []:
        if point.get("customdata"):
            return point["customdata"]
    return None


def picked_row(event) -> int | None:
    """Position of the selected table row, or None."""
    rows = event["selection"]["rows"] if event else []
    return rows[0] if rows else None


def chart(fig: go.Figure, key: str):
    """Draw a figure whose points can be clicked; returns the picked customdata or None."""
    event = st.plotly_chart(fig, key=key, on_select="rerun", selection_mode="points", config=PLOTLY_CONFIG)
    return picked_point(event)


def table(display: pd.DataFrame, key: str) -> int | None:
    """Draw a one-row-selectable table; returns the picked row position or None."""
    event = st.dataframe(display, key=key, on_select="rerun", selection_mode="single-row", hide_index=True)
    return picked_row(event)


def mention_chart(fig: go.Figure, key: str) -> None:
    """A chart of mentions (customdata starts with the mention id): a click opens its source."""
    picked = chart(fig, key)
    if picked:
        state.open_source(mention=picked[0])


def mention_table(df: pd.DataFrame, key: str) -> None:
    """The mentions as a reader's table: a selected row opens its source."""
    row = table(readable_mentions(df, current_lang()), key)
    if row is not None:
        state.open_source(mention=df["mention_id"].iloc[row])


# Marks and the chosen paragraph stand out; everything else reads like a printed article.
TEXT_CSS = """<style>
.doc-text { font-size: 1.05rem; line-height: 1.9; }
.doc-text p { margin: 0 0 .9em 0; padding: .15em .6em; }
.doc-text h4 { margin: 1.2em 0 .5em 0; }
.doc-text .meta { color: #5b6b7c; font-size: .85rem; }
.doc-text mark { background: #fff1a8; padding: 0 .1em; border-radius: 2px; }
.doc-text mark.selected { background: #ffc46b; outline: 2px solid #e08a1e; }
.doc-text .selected-paragraph { background: #fff8ec; border-left: 4px solid #e08a1e; }
.doc-text hr { border: none; border-top: 1px solid #d9e0e8; margin: 1.5em 0; }
</style>"""


def text_style() -> None:
    """Add the stylesheet used by `text_block` (once per page run)."""
    st.html(TEXT_CSS)


def text_block(body: str) -> None:
    """Show HTML built from escaped document text (see `format.marked_html`)."""
    st.html(f'<div class="doc-text">{body}</div>')
