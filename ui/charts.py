"""Figures built from query results: pure functions, DataFrame in, plotly Figure out.

Every selectable point carries ids in `customdata` so a click can open the paragraph the
number comes from. Axes never show SI prefixes (7G): the formatted value (70亿元) is
printed on the mark instead.
"""

from __future__ import annotations

import html
import itertools
import math
from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go
from plotly.colors import sample_colorscale
from plotly.subplots import make_subplots

from ui.format import format_date, formatted_values
from ui.i18n import text

# Targets are hatched and orange so they never read as achievements.
KIND_STYLE = {
    "actual": {"color": "#1f5fa8", "pattern": ""},
    "baseline": {"color": "#9aa5b1", "pattern": ""},
    "change": {"color": "#2e9e5b", "pattern": ""},
    "target": {"color": "#e08a1e", "pattern": "/"},
}
KIND_ORDER = ("baseline", "actual", "change", "target")
MENTION_IDS = ["mention_id", "paragraph_id", "doc_id"]
BAR_PX = 30
# Light to dark blue: the lightest step still stands apart from areas without data.
COLORSCALE = [[0.0, "#c6dbef"], [1.0, "#08306b"]]
NO_VALUE_FILL = "#eceff3"


def _empty(message: str) -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(text=message, showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper")
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return fig.update_layout(height=160)


def _when(df: pd.DataFrame) -> pd.Series:
    """When a value held: the end of its period, else the publication date."""
    return df["period_end"].fillna(df["pub_date"])


def _hover_fields(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Columns used by every mention tooltip, after the ids in customdata."""
    return pd.DataFrame(
        {
            "formatted": formatted_values(df),
            "indicator": df["indicator"].fillna("—").map(html.escape),
            "place": df["place"].fillna("—"),
            "kind": [text(f"kind.{k}", lang) if k in KIND_STYLE else "—" for k in df["kind"]],
            "period": df["period"].fillna("—"),
            "date": [format_date(d) for d in df["pub_date"]],
        },
        index=df.index,
    )


MENTION_HOVER = (
    "<b>%{customdata[4]}</b><br>%{customdata[3]}<br>%{customdata[5]} · %{customdata[6]}"
    "<br>%{customdata[7]} · %{customdata[8]}<extra></extra>"
)


def _mention_customdata(df: pd.DataFrame, lang: str) -> list[list]:
    """[mention_id, paragraph_id, doc_id, formatted, indicator, place, kind, period, date]."""
    return pd.concat([df[MENTION_IDS], _hover_fields(df, lang)], axis=1).values.tolist()


# --- overview ---------------------------------------------------------------------------


def city_topic_matrix(counts: pd.DataFrame, topic_order: Sequence[str], lang: str) -> go.Figure:
    """Squares of mention counts, one per city and topic; customdata is [city, topic]."""
    if counts.empty:
        return _empty(text("overview.no_city", lang))
    label = "topic_en" if lang == "en" else "topic_zh"
    top = counts["n"].max()
    shade = [n / top for n in counts["n"]]
    fig = go.Figure(
        go.Scatter(
            x=counts[label],
            y=counts["city"],
            mode="markers+text",
            marker={
                "symbol": "square",
                "size": 44,
                "color": counts["n"],
                "colorscale": COLORSCALE,
                "cmin": 0,
                "line": {"width": 1, "color": "#c9d3df"},
            },
            text=counts["n"],
            textfont={"color": ["white" if s > 0.55 else "#1b2733" for s in shade], "size": 14},
            customdata=counts[["city", "topic", "n"]].values.tolist(),
            hovertemplate="%{y} · %{x}: %{customdata[2]}<extra></extra>",
        )
    )
    labels = dict(zip(counts["topic"], counts[label], strict=False))
    order = [labels[t] for t in topic_order if t in labels]
    fig.update_xaxes(categoryorder="array", categoryarray=order, side="top", showgrid=False)
    fig.update_yaxes(autorange="reversed", showgrid=False)
    n_cities = counts["city"].nunique()
    return fig.update_layout(height=120 + 56 * n_cities, margin={"l": 10, "r": 10, "t": 40, "b": 10})


def documents_timeline(by_date: pd.DataFrame, lang: str) -> go.Figure:
    """Documents per publication date as lollipops (a day-wide bar is invisible over years)."""
    if by_date.empty:
        return _empty(text("overview.empty", lang))
    # all stems in one trace (a shape per date grows quadratically slow over years of dates)
    stems_x = [x for date in by_date["pub_date"] for x in (date, date, None)]
    stems_y = [y for n in by_date["n"] for y in (0, n, None)]
    fig = go.Figure(
        go.Scatter(x=stems_x, y=stems_y, mode="lines", line={"color": "#9aa5b1", "width": 1}, hoverinfo="skip")
    )
    fig.add_trace(
        go.Scatter(
            x=by_date["pub_date"],
            y=by_date["n"],
            mode="markers",
            marker={"size": 12, "color": KIND_STYLE["actual"]["color"]},
            customdata=[[html.escape(titles)] for titles in by_date["titles"].fillna("")],
            hovertemplate="%{x|%Y-%m-%d}: %{y}<br>%{customdata[0]}<extra></extra>",
        )
    )
    fig.update_yaxes(
        rangemode="tozero", dtick=1 if by_date["n"].max() <= 8 else None, title=text("col.documents", lang)
    )
    return fig.update_layout(height=220, margin={"l": 10, "r": 10, "t": 10, "b": 10}, showlegend=False)


# --- bars of values ---------------------------------------------------------------------


def _bar_labels(df: pd.DataFrame, label_columns: Sequence[str]) -> list[str]:
    """Row labels, made unique within a kind by the place (a city's page holds its counties'
    figures), then the period, then a counter.

    A baseline and an actual of one indicator keep the same label so they sit side by side.
    """
    base = df[list(label_columns)].fillna("—").astype(str).agg(" · ".join, axis=1).map(html.escape)
    places = df["place"].fillna("") if "place" in df and "place" not in label_columns else [""] * len(df)
    used: set[tuple[str, str]] = set()
    first_place: dict[tuple[str, str], str] = {}  # the place of the first bar of each label
    labels = []
    for label, kind, period, place in zip(base, df["kind"], df["period"].fillna(""), places, strict=True):
        other_place = place and first_place.setdefault((label, kind), place) != place
        candidates = [
            label,
            f"{label} · {html.escape(place)}" if other_place else "",
            f"{label} ({period})" if period else "",
        ]
        numbered = (f"{label} #{n}" for n in itertools.count(2))
        chosen = next(c for c in itertools.chain(candidates, numbered) if c and (c, kind) not in used)
        used.add((chosen, kind))
        labels.append(chosen)
    return labels


def value_bars(
    df: pd.DataFrame,
    lang: str,
    label_columns: Sequence[str] = ("indicator",),
) -> go.Figure:
    """Horizontal bars of mention values, one panel per unit, one colour/pattern per kind.

    Values in different units never share an axis; the formatted value is printed on each bar.
    """
    if df.empty:
        return _empty("")
    df = df.assign(
        unit=df["unit"].fillna(""),
        label=_bar_labels(df, label_columns),
        customdata=_mention_customdata(df, lang),  # built once: per-trace pandas work is slow
    )
    panels = [(unit, part) for unit, part in df.groupby("unit", sort=False)]
    panels.sort(key=lambda panel: -len(panel[1]))  # the most mentioned unit first
    # A row holding a pair (baseline and actual, say) needs room for two readable bars.
    heights = [part["label"].nunique() * (1 + 0.6 * (part["kind"].nunique() - 1)) for _, part in panels]
    fig = make_subplots(
        rows=len(panels),
        cols=1,
        row_heights=heights,
        vertical_spacing=min(0.12, 0.5 / len(panels)),
        subplot_titles=[unit or (text("col.unit", lang) + ": —") for unit, _ in panels],
    )
    in_legend: set[str] = set()
    for row_number, (_, part) in enumerate(panels, start=1):
        for kind, subset in part.groupby("kind", sort=False):
            style = KIND_STYLE.get(kind, KIND_STYLE["actual"])
            customdata = subset["customdata"].tolist()
            fig.add_trace(
                go.Bar(
                    x=subset["value"].tolist(),
                    y=subset["label"].tolist(),
                    orientation="h",
                    name=text(f"kind.{kind}", lang) if kind in KIND_STYLE else str(kind),
                    legendgroup=kind,
                    legendrank=KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER),
                    showlegend=kind not in in_legend,
                    marker={"color": style["color"], "pattern": {"shape": style["pattern"]}},
                    text=[c[3] for c in customdata],  # the formatted value
                    textposition="outside",
                    textfont={"size": 11},
                    constraintext="none",  # keep values legible on the thin bars of a pair
                    cliponaxis=False,
                    customdata=customdata,
                    hovertemplate=MENTION_HOVER,
                ),
                row=row_number,
                col=1,
            )
            in_legend.add(kind)
        # Room right of the longest bar (and left of a negative one) for its printed value.
        low, high = min(part["value"].min(), 0), max(part["value"].max(), 0)
        pad = 0.25 * ((high - low) or 1)
        suffix = row_number if row_number > 1 else ""
        fig.layout[f"xaxis{suffix}"].range = [low - (pad if low < 0 else 0), high + pad]
        fig.layout[f"yaxis{suffix}"].autorange = "reversed"
    fig.update_xaxes(showticklabels=False, showgrid=False, zeroline=True)
    fig.update_yaxes(automargin=True)
    return fig.update_layout(
        barmode="group",
        height=int(90 + BAR_PX * sum(heights) + 40 * len(panels)),
        margin={"l": 10, "r": 10, "t": 40, "b": 10},
        legend={"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0},
    )


def distinct_dates(df: pd.DataFrame) -> int:
    """How many different dates the values of `df` hold at: a trend needs two."""
    return _when(df).nunique()


def latest_by_place(df: pd.DataFrame) -> pd.DataFrame:
    """Each place's most recent mention (by period end, then publication date)."""
    return (
        df.assign(when=_when(df))
        .sort_values(["when", "mention_id"], na_position="first")
        .drop_duplicates("place", keep="last")
        .drop(columns="when")
        .sort_values("value", ascending=False)
    )


def repeated_indicators(df: pd.DataFrame) -> list[pd.DataFrame]:
    """The mentions of each (indicator, unit) mentioned more than once; comparable ones first.

    Indicators reported by several places come first, then those reported at several dates,
    then by number of mentions.
    """
    labelled = df.dropna(subset=["indicator"])
    groups = [part for _, part in labelled.groupby(["indicator", labelled["unit"].fillna("")]) if len(part) > 1]
    return sorted(groups, key=lambda part: (-part["place"].nunique(), -distinct_dates(part), -len(part)))


# --- over time --------------------------------------------------------------------------


def indicator_trend(df: pd.DataFrame, lang: str) -> go.Figure:
    """One indicator over time, a line with markers per place (markers make points selectable)."""
    if df.empty:
        return _empty("")
    df = df.assign(when=_when(df)).sort_values("when")
    fig = go.Figure()
    for place, part in df.groupby("place", sort=True):
        fig.add_trace(
            go.Scatter(
                x=part["when"],
                y=part["value"],
                # A line between two values of one day would be a misleading vertical stroke.
                mode="lines+markers" if part["when"].nunique() > 1 else "markers",
                name=str(place),
                marker={
                    "size": 11,
                    "symbol": ["diamond-open" if k == "target" else "circle" for k in part["kind"]],
                },
                customdata=_mention_customdata(part, lang),
                hovertemplate=MENTION_HOVER,
            )
        )
    unit = df["unit"].dropna().iloc[0] if df["unit"].notna().any() else ""
    # At least a month of axis, so ticks never fall on hours of one day.
    margin = pd.Timedelta(days=15)
    fig.update_xaxes(tickformat="%Y-%m-%d", range=[df["when"].min() - margin, df["when"].max() + margin])
    fig.update_yaxes(title=unit, tickformat=",~r", rangemode="tozero")
    return fig.update_layout(
        height=300,
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        legend={"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0},
    )


# --- map --------------------------------------------------------------------------------


def _rings(geometry: dict) -> list[list[list[float]]]:
    """Outer rings of a Polygon or MultiPolygon (holes are too small to matter here)."""
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"][0]]
    if geometry["type"] == "MultiPolygon":
        return [polygon[0] for polygon in geometry["coordinates"]]
    return []


def _ring_area_centroid(ring: Sequence[Sequence[float]]) -> tuple[float, float, float]:
    """Signed area and centroid of a ring by the shoelace formula."""
    area = cx = cy = 0.0
    for (x0, y0, *_), (x1, y1, *_) in zip(ring, ring[1:], strict=False):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if area == 0:
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        return 0.0, sum(xs) / len(xs), sum(ys) / len(ys)
    return area / 2, cx / (3 * area), cy / (3 * area)


def feature_centre(geometry: dict) -> tuple[float, float]:
    """Centroid of the largest ring: where a county's dot and label go."""
    best = max((_ring_area_centroid(r) for r in _rings(geometry)), key=lambda a: abs(a[0]))
    return best[1], best[2]


def area_map(geojson: dict, values: pd.DataFrame) -> go.Figure:
    """Areas filled by `values.value`, drawn as lon/lat polygons on plain axes.

    No base map is needed, so the browser requests nothing from outside. `values` has
    columns place, value, formatted and optionally mention_id. Each area with a value gets
    a dot at its centre: the selectable point, with customdata [place, mention_id].
    """
    by_place = values.set_index("place")
    features = [f for f in geojson.get("features", []) if f.get("geometry")]
    low, high = by_place["value"].min(), by_place["value"].max()
    span = (high - low) or 1
    fig = go.Figure()
    dots = []
    for feature in features:
        name = feature["properties"]["name"]
        value = by_place["value"].get(name)
        xs: list[float | None] = []
        ys: list[float | None] = []
        for ring in _rings(feature["geometry"]):
            xs += [p[0] for p in ring] + [None]
            ys += [p[1] for p in ring] + [None]
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                fill="toself",
                # min(): float rounding can push the top value past 1, which plotly rejects.
                fillcolor=NO_VALUE_FILL
                if value is None
                else sample_colorscale(COLORSCALE, [min(1.0, (value - low) / span)])[0],
                mode="lines",
                line={"color": "white", "width": 1},
                hoveron="fills",
                text=f"{name}: {by_place['formatted'].get(name, '—')}",
                hoverinfo="text",
                showlegend=False,
            )
        )
        if value is not None:
            dots.append((name, value, *feature_centre(feature["geometry"])))
    names = [d[0] for d in dots]
    mention_ids = by_place["mention_id"] if "mention_id" in by_place else pd.Series(dtype=str)
    fig.add_trace(
        go.Scatter(
            x=[d[2] for d in dots],
            y=[d[3] for d in dots],
            mode="markers",
            marker={"size": 11, "color": "white", "line": {"width": 2, "color": "#1b2733"}},
            text=[f"{n} {by_place['formatted'][n]}" for n in names],
            customdata=[[n, mention_ids.get(n)] for n in names],
            hovertemplate="%{text}<extra></extra>",
            showlegend=False,
        )
    )
    for name, _, x, y in dots:
        fig.add_annotation(
            x=x,
            y=y,
            yshift=-18,
            showarrow=False,
            text=f"{name} {by_place['formatted'][name]}",
            bgcolor="rgba(255,255,255,0.85)",
            font={"size": 12, "color": "#1b2733"},
        )
    # An empty trace that only carries the colour bar of the fills.
    fig.add_trace(
        go.Scatter(
            x=[None],
            y=[None],
            mode="markers",
            marker={
                "colorscale": COLORSCALE,
                "cmin": low,
                "cmax": high if high > low else low + 1,
                "color": [low],
                "showscale": True,
                "colorbar": {"thickness": 12, "len": 0.5, "tickformat": ",~r"},
            },
            hoverinfo="skip",
            showlegend=False,
        )
    )
    centres = [feature_centre(f["geometry"]) for f in features]
    mid_lat = sum(c[1] for c in centres) / len(centres) if centres else 26.0
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False, scaleanchor="x", scaleratio=1 / math.cos(math.radians(mid_lat)))
    return fig.update_layout(height=720, margin={"l": 0, "r": 0, "t": 0, "b": 0}, plot_bgcolor="white")
