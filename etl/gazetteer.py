"""Fujian's places (data/places.csv) and finding them in text."""

from __future__ import annotations

import copy
import csv
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache
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
_VILLAGE_SUFFIX = re.compile("村|社区")
_TOWN_SUFFIX = re.compile("镇(?![村区街])|乡(?![村镇土亲贤愁])|街道")
# Towns named for where they lie in their county (城关镇, 城东街道): in many counties, whatever the list says.
_POSITIONAL = ("城关", "城东", "城西", "城南", "城北", "城郊")
# Village names that are also common nouns (中心村: a village at the centre; 城中村) would be found
# where no village is meant, as would names of two characters (东村, 新村), which are left out too.
# a village's name of two or three characters right after its town's (才溪镇下王村), not 各村, 村民, 村委
_UNLISTED_VILLAGE = re.compile(
    r"(?![各每全该本我其这那诸多两三四五六七八九十一])[\u4e00-\u9fff]{2,3}村(?![民委级落庄里部组集务干道])"
)
_COMMON_NOUNS = frozenset({"中心村", "城中村", "新农村", "中心社区"})


class Village(NamedTuple):
    name: str
    level: str  # village or community
    town: str
    county: str


class Gazetteer:
    def __init__(
        self, places: list[Place], not_places: list[str], towns: list[Place] = (), villages: list[Village] = ()
    ):
        """`towns` (a thousand, by their full names only) are found from their suffix: as
        alternatives of the one pattern they would make every paragraph's scan ten times slower.
        A town whose name another county's town shares, or that is positional (城关镇), and the
        `villages` (seventeen thousand, many of one name) are found only in a document whose place
        says which is meant: see `for_document`."""
        self.places = {p.name: p for p in places}
        shared = Counter(t.name for t in towns)
        local = [t for t in towns if shared[t.name] > 1 or t.name.startswith(_POSITIONAL)]
        self._towns = {t.name: t for t in towns if t not in local and t.name not in self.places}
        self._local_towns: dict[str, list[Place]] = defaultdict(list)  # by county
        for t in local:
            if t.name not in self.places:
                self._local_towns[t.parent].append(t)
        self._villages_of_county: dict[str, list[Village]] = defaultdict(list)
        for v in villages:
            if len(v.name) > 2 and v.name not in _COMMON_NOUNS and v.name not in self.places:
                self._villages_of_county[v.county].append(v)
        self._local: ahocorasick_rs.AhoCorasick | None = None  # a document's own places, see for_document
        self._local_names: list[str] = []
        self._home: frozenset[str] = frozenset()  # the county whose villages are among them
        self._by_place: dict[str, Gazetteer] = {}
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
        if self._local is not None:
            towns += [(start, end, self._local_names[i]) for i, start, end in self._local.find_matches_as_indexes(text)]
        if towns:
            named = _first_longest(named + towns)
        hits = [
            PlaceHit(start, end, self.places[self._forms[form]])
            for start, end, form in named
            if form not in self._not_places
        ]
        return [h for i, h in enumerate(hits) if not (i and self._short_form_inside(hits[i - 1], h, text))]

    def _short_form_inside(self, before: PlaceHit, hit: PlaceHit, text: str) -> bool:
        """A short form right after a county's or city's full name, of a place not inside it, is a
        name of a place in it (仙游县鲤城片区: not 鲤城区 of 泉州)."""
        if before.end != hit.start or text[hit.start : hit.end] == hit.place.name:
            return False
        if (
            before.place.level not in COUNTY_LEVELS | {"prefecture"}
            or text[before.start : before.end] != before.place.name
        ):
            return False
        return before.place.name not in self.ancestors(hit.place.name)

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

    def for_document(self, place: str | None, text: str) -> Gazetteer:
        """The gazetteer as a document of `place` reads it: with the towns of its city whose names
        are shared or positional (each name taken if its city has it once), and the villages and
        communities of its county, or, for a city's document, of the towns `text` names; and, for
        any document, those written right after their county's or town's name (each name taken if
        it is one village's there), and a village the list lacks written right after its town's
        name (才溪镇下王村)."""
        if self.city_of(place) is None:
            local = self  # a province's paper: only the villages written after their county or town
            villages: dict[str, list[Village]] = defaultdict(list)
            hits = local.find(text) if _VILLAGE_SUFFIX.search(text) else []
        else:
            local = self._for_place(place)
            if local._home:
                return local  # a county's document: its villages are there; those it names elsewhere are few
            hits = local.find(text)
            named = {h.place.name for h in hits if h.place.level in ("town", "street")}
            villages = defaultdict(list)
            for county in {local.places[t].parent for t in named}:
                for v in self._villages_of_county.get(county, ()):
                    if v.town in named and v.name not in local.places:
                        villages[v.name].append(v)
        for h in hits:  # a village written right after its county's or town's name: 将乐县常口村, 熙岭乡龙潭村
            listed = False
            for v in self._villages_by_first().get((h.place.name, text[h.end : h.end + 1]), ()):
                if text.startswith(v.name, h.end) and v.name not in local.places and v not in villages[v.name]:
                    villages[v.name].append(v)
                    listed = True
            if (
                not listed
                and h.place.level in ("town", "street")
                and (unlisted := _UNLISTED_VILLAGE.match(text, h.end))
            ):
                v = Village(unlisted.group(), "village", h.place.name, h.place.parent or "")
                if v.name not in local.places and v not in villages[v.name]:
                    villages[v.name].append(v)  # 才溪镇下王村: a village the list lacks, named after its town
        return local._with(_village_places(villages, local.places)) if villages else local

    def _for_place(self, place: str) -> Gazetteer:
        """`for_document` but for the towns named in the text: the same for every document of a place."""
        if (cached := self._by_place.get(place)) is not None:
            return cached
        city = self.city_of(place)
        own: dict[str, list[Place]] = defaultdict(list)
        for county, towns in self._local_towns.items():
            if self.city_of(county) == city:
                for t in towns:
                    own[t.name].append(t)
        local = self._with({name: ts[0] for name, ts in own.items() if len(ts) == 1})
        home = {c for c in local.ancestors(place) if c in self._villages_of_county}  # the document's county
        villages: dict[str, list[Village]] = defaultdict(list)
        for county in home:
            for v in self._villages_of_county[county]:
                villages[v.name].append(v)
        if villages:
            local = local._with(_village_places(villages, local.places))
        local._home = frozenset(home)
        self._by_place[place] = local
        return local

    def local_place(self, name: str, city: str | None) -> Place | None:
        """The one town or village called `name` in `city` that only a document's gazetteer knows
        (see `for_document`), or None."""
        towns = [
            t for ts in self._local_towns.values() for t in ts if t.name == name and self.city_of(t.parent) == city
        ]
        if towns:
            return towns[0] if len(towns) == 1 else None
        villages = [v for v in self._villages_named().get(name, ()) if self.city_of(v.county) == city]
        return next(iter(_village_places({name: villages}, self.places).values()), None) if villages else None

    @cache  # noqa: B019 - the gazetteer is loaded once
    def _villages_by_first(self) -> dict[tuple[str, str], list[Village]]:
        """Villages by their county, and by their town, and the first character of their name."""
        by_first: dict[tuple[str, str], list[Village]] = defaultdict(list)
        for county, villages in self._villages_of_county.items():
            for v in villages:
                by_first[(county, v.name[0])].append(v)
                by_first[(v.town, v.name[0])].append(v)
        return by_first

    @cache  # noqa: B019 - the gazetteer is loaded once
    def _villages_named(self) -> dict[str, list[Village]]:
        named: dict[str, list[Village]] = defaultdict(list)
        for villages in self._villages_of_county.values():
            for v in villages:
                named[v.name].append(v)
        return named

    def _with(self, extra: dict[str, Place]) -> Gazetteer:
        """A copy that also finds the places `extra` names."""
        local = copy.copy(self)
        local.places = {**self.places, **extra}
        local._local_names = self._local_names + sorted(extra)
        local._local = _finder(tuple(local._local_names)) if local._local_names else None
        local._forms = {**self._forms, **{name: name for name in extra}}
        return local

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

    def innermost(self, names: list[str]) -> str | None:
        """The one of `names` that lies inside all the others, as a heading names a district with
        its city (厦门市思明区 → 思明区), or None (鼓楼区、台江区)."""
        return next((n for n in names if set(names) <= set(self.ancestors(n))), None)

    def common_parent(self, names: list[str]) -> str | None:
        """The most specific place containing all of `names` (龙山街道 + 海口镇 → 福清市)."""
        chains = [self.ancestors(n) for n in names]
        if not chains or not all(chains):
            return None
        shared = set(chains[0]).intersection(*chains[1:])
        return next((n for n in chains[0] if n in shared), None)


def _village_places(villages: dict[str, list[Village]], places: dict[str, Place]) -> dict[str, Place]:
    """A place for each name that is one village's (under its town, where the town is known)."""
    return {
        name: Place(name, v.level, v.town if v.town in places else v.county, None, (), None, None)
        for name, (v, *others) in villages.items()
        if not others
    }


@lru_cache(maxsize=256)
def _finder(names: tuple[str, ...]) -> ahocorasick_rs.AhoCorasick:
    """One automaton per set of a document's own places: documents of one county share it."""
    return ahocorasick_rs.AhoCorasick(list(names), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)


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
    with open(DATA_DIR / "villages.csv", encoding="utf-8", newline="") as f:  # from scripts/import_towns.py
        villages = [Village(row["name"], row["level"], row["town"], row["county"]) for row in csv.DictReader(f)]
    not_places = (DATA_DIR / "not_places.txt").read_text(encoding="utf-8").split()
    return Gazetteer(places, [w for w in not_places if not w.startswith("#")], towns, villages)


@lru_cache(maxsize=2)
def document_gazetteer(place: str | None, text: str) -> Gazetteer:
    """The gazetteer as a document of `place` with simplified `text` reads it (see `for_document`),
    made once for both the segment stage, which places a document's sections, and extraction."""
    return load_gazetteer().for_document(place, text)
