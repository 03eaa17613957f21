"""Numbers and marked-up text for people.

Values are stored with their magnitude applied in the unit as written (124万亩 is stored as
1240000 亩), so the magnitude word is put back here: readers of Chinese reports think in
万 and 亿, not in millions.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterable
from typing import NamedTuple

import pandas as pd

from ui.i18n import TEXT, text

# Largest first: 亿 (1e8) before 万 (1e4).
MAGNITUDES = ((1e8, "亿"), (1e4, "万"))

QUALIFIER_PREFIX = {"approx": "约", "at_least": "≥", "at_most": "≤"}


def _plain(number: float, decimals: int) -> str:
    """`number` with at most `decimals` decimals and no trailing zeros."""
    text = f"{number:.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_number(value: float) -> str:
    """124万, 70亿, 1.2345万, 97.85, 3 — exact to four decimals of the magnitude word."""
    if pd.isna(value):
        return "—"
    for size, word in MAGNITUDES:
        if abs(value) >= size:
            return _plain(value / size, 4) + word
    return _plain(value, 2)


def format_value(
    value: float,
    unit: str | None = None,
    value_high: float | None = None,
    qualifier: str | None = None,
) -> str:
    """A mention's value as a reader writes it: `124万亩`, `97.85%`, `约3–5万人`, `≥70亿元`."""
    if pd.isna(value):
        return "—"
    number = format_number(value)
    if not pd.isna(value_high):
        number = f"{number}–{format_number(value_high)}"
    prefix = QUALIFIER_PREFIX.get(qualifier, "") if isinstance(qualifier, str) else ""
    return prefix + number + (unit if isinstance(unit, str) else "")


def formatted_values(mentions: pd.DataFrame) -> list[str]:
    """`format_value` of every row of a mentions DataFrame."""
    return [
        format_value(r.value, r.unit, r.value_high, r.qualifier)
        for r in mentions[["value", "unit", "value_high", "qualifier"]].itertuples()
    ]


def format_count(n: int) -> str:
    """A count with thousands separators (counts of rows, not report figures)."""
    return f"{int(n):,}"


def or_dash(value: object) -> str:
    """Text as it is, or a dash for a missing or empty value (None, NaN, "")."""
    return value if isinstance(value, str) and value else "—"


def format_date(value: dt.date | str | None) -> str:
    """ISO date, or a dash when unknown."""
    if pd.isna(value):
        return "—"
    return value.isoformat()[:10] if hasattr(value, "isoformat") else str(value)[:10]


class Span(NamedTuple):
    """A stretch of text to mark; `title` becomes the mark's tooltip."""

    start: int
    end: int
    title: str = ""
    selected: bool = False


def marked_html(text: str, spans: Iterable[Span]) -> str:
    """HTML of `text` with `<mark>` around each span.

    The text is escaped segment by segment between the offsets, so offsets into the raw text
    stay right and nothing from the document can become markup. Spans that overlap an
    earlier one or fall outside the text are dropped.
    """
    pieces: list[str] = []
    position = 0
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.start < position or span.end > len(text) or span.start >= span.end:
            continue
        pieces.append(html.escape(text[position : span.start]))
        attrs = ' class="selected"' if span.selected else ""
        if span.title:
            attrs += f' title="{html.escape(span.title)}"'
        pieces.append(f"<mark{attrs}>{html.escape(text[span.start : span.end])}</mark>")
        position = span.end
    pieces.append(html.escape(text[position:]))
    return "".join(pieces)


def mention_table(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Mentions as a reader's table: formatted value first, labels in the reader's language.

    Rows stay in the order of `df`, so a selected row number indexes `df` too.
    """
    topic = df["topic_en"] if lang == "en" else df["topic_zh"]
    vocab = {k: text(k, lang) for k in TEXT if k.startswith(("kind.", "qualifier."))}
    columns = {
        "col.value": formatted_values(df),
        "col.indicator": df["indicator"],
        "col.place": df["place"],
        "col.topic": topic,
        "col.kind": df["kind"].map(lambda k: vocab.get(f"kind.{k}", k)),
        "col.period": df["period"],
        "col.date": df["pub_date"].map(format_date),
        "col.qualifier": df["qualifier"].map(lambda q: vocab.get(f"qualifier.{q}", q)),
        "col.confidence": df["confidence"],
        "col.doubt": df["doubt"],
        "col.quote": df["quote"],
        "col.unit": df["unit"],
    }
    table = pd.DataFrame({text(k, lang): v for k, v in columns.items()}).reset_index(drop=True)
    return table.fillna("")  # an empty cell reads better than "None"


def labelled(df: pd.DataFrame, columns: dict[str, str], lang: str) -> pd.DataFrame:
    """The chosen `columns` (name → label key) under labels in `lang`, dates as ISO days."""
    picked = df[list(columns)].copy()
    for name in columns:
        if pd.api.types.is_datetime64_any_dtype(picked[name]):
            picked[name] = picked[name].map(format_date)
    return picked.rename(columns={n: text(k, lang) for n, k in columns.items()}).reset_index(drop=True)


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def plain_markdown(value: object) -> str:
    """`value` with Markdown punctuation escaped, so document text shows as it stands."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(value))
