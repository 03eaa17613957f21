"""Fujian's places (data/places.csv) and finding them in text."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

import ahocorasick_rs

from . import DATA_DIR

COUNTY_LEVELS = {"district", "county", "county_city"}
# Levels whose short form is safe to look for in running text; a province's short form (福建)
# mostly appears inside names of organisations (国家粮食福建交易中心).
_SHORT_FORM_LEVELS = {"prefecture", "district", "county", "county_city", "zone", "town"}


@dataclass(frozen=True)
class Place:
    name: str
    level: str
    parent: str | None
    short: str | None
    aliases: tuple[str, ...]
    lon: float | None
    lat: float | None


class PlaceHit(NamedTuple):  # a tuple: made for every place named in every paragraph
    start: int
    end: int
    place: Place


# not 乡村, 乡镇, 镇村 or 镇区 (长乐乡村振兴 is about 长乐区, 建设乡镇 no township 建设乡)
_TOWN_SUFFIX = re.compile("镇(?![村区街])|乡(?![村镇土亲贤愁])|街道")


class Gazetteer:
    def __init__(self, places: list[Place], not_places: list[str], towns: list[Place] = ()):
        """`towns` (a thousand, by their full names only) are found from their suffix: as
        alternatives of the one pattern they would make every paragraph's scan ten times slower."""
        self.places = {p.name: p for p in places}
        self._towns = {t.name: t for t in towns if t.name not in self.places}
        self._town_lengths = sorted({len(name) for name in self._towns}, reverse=True)
        self.places.update(self._towns)
        forms: dict[str, str] = {}
        for p in places:
            forms[p.name] = p.name
            for alias in p.aliases:
                forms.setdefault(alias, p.name)
            if p.short and p.level in _SHORT_FORM_LEVELS:
                forms.setdefault(p.short, p.name)
        self._forms = forms
        # At each place the longest form wins (福州市 over 福州); organisation names that contain a
        # place (宁德时代) are matched too, and then ignored.
        self._not_places = set(not_places)
        self._alternatives = sorted(set(forms) | self._not_places)
        self._finder = ahocorasick_rs.AhoCorasick(
            self._alternatives, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest
        )  # as a regex of the alternatives, longest first, but without trying each at every position
        forms.update({name: name for name in self._towns})

    def find(self, text: str) -> list[PlaceHit]:
        """Places named in simplified text, in order, without overlaps (the first and longest)."""
        named = [(start, end, self._alternatives[i]) for i, start, end in self._finder.find_matches_as_indexes(text)]
        towns = self._find_towns(text)
        if towns:
            named = _first_longest(named + towns)
        return [
            PlaceHit(start, end, self.places[self._forms[form]])
            for start, end, form in named
            if form not in self._not_places
        ]

    def _find_towns(self, text: str) -> list[tuple[int, int, str]]:
        found = []
        for m in _TOWN_SUFFIX.finditer(text):
            end = m.end()
            name = next(
                (text[end - n : end] for n in self._town_lengths if n <= end and text[end - n : end] in self._towns),
                None,
            )
            if name:
                found.append((end - len(name), end, name))
        return found

    def city_of(self, name: str | None) -> str | None:
        """The prefecture-level city a place belongs to (None above prefecture level)."""
        place = self.places.get(name or "")
        while place is not None:
            if place.level == "prefecture":
                return place.name
            place = self.places.get(place.parent or "")
        return None

    def ancestors(self, name: str) -> list[str]:
        chain, place = [], self.places.get(name)
        while place is not None:
            chain.append(place.name)
            place = self.places.get(place.parent or "")
        return chain

    def common_parent(self, names: list[str]) -> str | None:
        """The most specific place containing all of `names` (龙山街道 + 海口镇 → 福清市)."""
        chains = [self.ancestors(n) for n in names]
        if not chains or not all(chains):
            return None
        shared = set(chains[0]).intersection(*chains[1:])
        return next((n for n in chains[0] if n in shared), None)


def _first_longest(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Of overlapping spans, the one starting first (and, at one start, the longest)."""
    kept, end = [], 0
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        if span[0] >= end:
            kept.append(span)
            end = span[1]
    return kept


def _float(s: str) -> float | None:
    return float(s) if s.strip() else None


@cache
def load_gazetteer() -> Gazetteer:
    with open(DATA_DIR / "places.csv", encoding="utf-8", newline="") as f:
        places = [
            Place(
                name=row["name"],
                level=row["level"],
                parent=row["parent"] or None,
                short=row["short"] or None,
                aliases=tuple(a for a in row["aliases"].split("|") if a),
                lon=_float(row["lon"]),
                lat=_float(row["lat"]),
            )
            for row in csv.DictReader(f)
        ]
    with open(DATA_DIR / "towns.csv", encoding="utf-8", newline="") as f:  # from scripts/import_towns.py
        towns = [Place(row["name"], row["level"], row["parent"], None, (), None, None) for row in csv.DictReader(f)]
    not_places = (DATA_DIR / "not_places.txt").read_text(encoding="utf-8").split()
    return Gazetteer(places, [w for w in not_places if not w.startswith("#")], towns)
