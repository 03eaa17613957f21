"""Map: mention counts or one indicator per prefecture or county, drawn from local GeoJSON.

URL: `?level=county&indicator=粮食播种面积`. Polygons are plain lon/lat shapes, so the
browser fetches no tiles and no base map.
"""

import pandas as pd
import streamlit as st

from ui import charts, entry, geo, queries, state, widgets
from ui.format import format_count, format_value, labelled
from ui.i18n import current_lang, t

entry.through_dashboard()

LEVELS = {"city": ("prefecture",), "county": queries.COUNTY_LEVELS}


def open_place(place: str, mention_id: str | None) -> None:
    """A shown value opens its source paragraph; a count opens the place's indicators."""
    if isinstance(mention_id, str):
        state.open_source(mention=mention_id)
    state.go("pages/city.py", place=place)


lang = current_lang()
st.title(t("page.map"))
left, right = st.columns([1, 3])
with left:
    level = state.choice(t("map.level"), list(LEVELS), "level", format_func=lambda v: t(f"map.{v}"))
indicators = queries.mapped_indicators().drop_duplicates("indicator")
units = {r.indicator: r.unit if isinstance(r.unit, str) else None for r in indicators.itertuples()}
with right:
    indicator = state.choice(
        t("map.measure"),
        ["", *units],
        "indicator",
        format_func=lambda v: v or t("map.count"),
    )

if indicator:
    found = queries.indicator_by_area(indicator, units[indicator], LEVELS[level])
    values = found.assign(formatted=[format_value(v, units[indicator]) for v in found["value"]])
else:
    found = queries.mention_counts_by_area(LEVELS[level])
    values = found.rename(columns={"n": "value"}).assign(formatted=lambda d: d["value"].map(format_count))


if values.empty:
    st.info(t("map.empty"))
    st.stop()

shapes = geo.load(level)
if shapes is None:
    st.warning(t("map.missing", path=geo.geojson_path(level)))
else:
    st.caption(t("map.hint"))
    picked = widgets.chart(charts.area_map(shapes, values), key="map_chart")
    if picked:
        open_place(picked[0], picked[1])

table = values.sort_values("value", ascending=False).reset_index(drop=True)
row = widgets.table(labelled(table, {"place": "col.place", "formatted": "col.value"}, lang), "map_table")
if row is not None:
    open_place(table["place"].iloc[row], table.get("mention_id", pd.Series(dtype=str)).get(row))
