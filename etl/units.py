"""The unit table (data/units.csv): units as written after a number, with their dimension."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache

from . import DATA_DIR


@dataclass(frozen=True)
class Unit:
    written: str
    canonical: str
    dimension: str


@cache
def _table() -> tuple[dict[str, Unit], re.Pattern[str]]:
    with open(DATA_DIR / "units.csv", encoding="utf-8", newline="") as f:
        rows = [r for r in csv.reader(f) if r and not r[0].startswith("#")][1:]
    units = {w: Unit(w, c, d) for w, c, d in rows}
    alternatives = sorted(units, key=len, reverse=True)
    # ASCII units (kg, km) must not run on into a word (kgs, kmh).
    return units, re.compile("|".join(re.escape(u) + ("(?![A-Za-z])" if u.isascii() else "") for u in alternatives))


def match_unit(text: str, pos: int) -> Unit | None:
    """The longest unit starting at `pos`, if any."""
    units, pattern = _table()
    m = pattern.match(text, pos)
    return units[m.group()] if m else None


def unit_pattern() -> re.Pattern[str]:
    """Any unit as written, longest first."""
    return _table()[1]


def unit_starts() -> frozenset[str]:
    """The first characters of the units as written."""
    return frozenset(written[0] for written in _table()[0])


def unit_by_canonical(canonical: str) -> Unit | None:
    return next((u for u in _table()[0].values() if u.canonical == canonical), None)
