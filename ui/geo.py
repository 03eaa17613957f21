"""Fujian boundaries for the Map page, read from GeoJSON files under `data/geo/`."""

from __future__ import annotations

import json
from pathlib import Path

import streamlit as st

from ui.db import PROJECT_ROOT

GEO_DIR = PROJECT_ROOT / "data" / "geo"
FILES = {"city": "fujian_cities.geojson", "county": "fujian_counties.geojson"}


def geojson_path(level: str) -> Path:
    """File with the areas of `level` (`city` or `county`)."""
    return GEO_DIR / FILES[level]


@st.cache_data(max_entries=4, show_spinner=False)
def _read(path: str, mtime_ns: int) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def load(level: str) -> dict | None:
    """The FeatureCollection of `level`, re-read when the file changes; None when missing."""
    path = geojson_path(level)
    try:
        mtime_ns = path.stat().st_mtime_ns
    except FileNotFoundError:
        return None
    return _read(str(path), mtime_ns)
