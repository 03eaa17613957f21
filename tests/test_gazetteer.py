"""Checks on the hand-maintained gazetteer (etl/data/places.csv) and the boundary
files in data/geo/. Reads the files with csv/json only, independent of the etl package.

Expected county-level counts are the official division as of 2021-2023: Fujian
Statistical Yearbook table 1-1 (2009) updated with the later changes (建阳区,
永定区 2014; 长乐区 2017; 2021: 梅列区+三元区 -> 三元区, 沙县区, 龙海区, 长泰区).
84 units in all (31 districts, 11 county-level cities, 42 counties incl. 金门县).
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PLACES_CSV = ROOT / "etl" / "data" / "places.csv"
CITIES_GEOJSON = ROOT / "data" / "geo" / "fujian_cities.geojson"
COUNTIES_GEOJSON = ROOT / "data" / "geo" / "fujian_counties.geojson"

HEADER = ["name", "level", "parent", "short", "aliases", "lon", "lat"]
LEVELS = {
    "country",
    "province",
    "prefecture",
    "district",
    "county",
    "county_city",
    "zone",
    "town",
    "street",
    "community",
}
COUNTY_LEVELS = {"district", "county", "county_city"}
PROVINCE = "福建省"

# (districts, county-level cities, counties) per prefecture-level city.
EXPECTED_COUNTY_LEVEL = {
    "福州市": (6, 1, 6),  # 鼓楼 台江 仓山 马尾 晋安 长乐; 福清; 闽侯 连江 罗源 闽清 永泰 平潭
    "厦门市": (6, 0, 0),  # 思明 海沧 湖里 集美 同安 翔安
    "莆田市": (4, 0, 1),  # 城厢 涵江 荔城 秀屿; 仙游
    "三明市": (2, 1, 8),  # 三元 沙县; 永安; 明溪 清流 宁化 大田 尤溪 将乐 泰宁 建宁
    "泉州市": (4, 3, 5),  # 鲤城 丰泽 洛江 泉港; 石狮 晋江 南安; 惠安 安溪 永春 德化 金门
    "漳州市": (4, 0, 7),  # 芗城 龙文 龙海 长泰; 云霄 漳浦 诏安 东山 南靖 平和 华安
    "南平市": (2, 3, 5),  # 延平 建阳; 邵武 武夷山 建瓯; 顺昌 浦城 光泽 松溪 政和
    "龙岩市": (2, 1, 4),  # 新罗 永定; 漳平; 长汀 上杭 武平 连城
    "宁德市": (1, 2, 6),  # 蕉城; 福安 福鼎; 霞浦 古田 屏南 寿宁 周宁 柘荣
}
# 平潭综合实验区 is a zone of 福州市, as 平潭县 is in the official division: the spec's city is the
# prefecture-level city.
PREFECTURES = set(EXPECTED_COUNTY_LEVEL)


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    with PLACES_CSV.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == HEADER
        return list(reader)


@pytest.fixture(scope="module")
def by_name(rows) -> dict[str, dict]:
    return {r["name"]: r for r in rows}


def load_features(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        collection = json.load(f)
    assert collection["type"] == "FeatureCollection"
    return collection["features"]


def test_no_duplicate_or_blank_names(rows):
    names = [r["name"] for r in rows]
    assert all(n and n == n.strip() for n in names)
    dupes = [n for n, c in Counter(names).items() if c > 1]
    assert dupes == []


def test_levels_allowed(rows):
    bad = {r["name"]: r["level"] for r in rows if r["level"] not in LEVELS}
    assert bad == {}


def test_root_rows(rows, by_name):
    assert rows[0]["name"] == "全国" and rows[0]["level"] == "country"
    assert rows[0]["parent"] == ""
    assert rows[1]["name"] == PROVINCE and rows[1]["level"] == "province"
    assert by_name[PROVINCE]["parent"] == "全国"
    assert [r["name"] for r in rows if r["parent"] == ""] == ["全国"]


def test_every_parent_exists_and_comes_first(rows):
    seen: set[str] = set()
    for r in rows:
        if r["parent"]:
            assert r["parent"] in seen, f"{r['name']}: parent {r['parent']} missing or later"
        seen.add(r["name"])


def test_prefectures(rows, by_name):
    prefectures = {r["name"] for r in rows if r["level"] == "prefecture"}
    assert prefectures == PREFECTURES
    for name in PREFECTURES:
        assert by_name[name]["parent"] == PROVINCE


def test_county_level_units_per_prefecture(rows, by_name):
    counts = Counter()
    for r in rows:
        if r["level"] in COUNTY_LEVELS:
            assert by_name[r["parent"]]["level"] == "prefecture", r["name"]
            counts[(r["parent"], r["level"])] += 1
    actual = {p: (counts[(p, "district")], counts[(p, "county_city")], counts[(p, "county")]) for p in PREFECTURES}
    assert actual == EXPECTED_COUNTY_LEVEL
    assert sum(counts.values()) == 84


def test_county_level_suffixes(rows):
    suffix = {"district": "区", "county": "县", "county_city": "市"}
    for r in rows:
        if r["level"] in suffix:
            assert r["name"].endswith(suffix[r["level"]]), r["name"]


@pytest.mark.parametrize(
    "name,parent",
    [
        ("福安市", "宁德市"),
        ("福清市", "福州市"),
        ("湾坞镇", "福安市"),
        ("东侨经济技术开发区", "宁德市"),
        ("平潭县", "福州市"),
        ("龙山街道", "福清市"),
        ("融东社区", "龙山街道"),
        ("金门县", "泉州市"),
    ],
)
def test_known_parents(by_name, name, parent):
    assert by_name[name]["parent"] == parent


def test_short_forms_unique_and_long_enough(rows):
    shorts = [r["short"] for r in rows if r["short"]]
    assert all(len(s) >= 2 for s in shorts)
    assert [s for s, c in Counter(shorts).items() if c > 1] == []
    for r in rows:
        if r["short"]:
            assert r["short"] != r["name"]


def test_aliases_do_not_clash(rows):
    owner: dict[str, str] = {}
    for r in rows:
        for term in [r["name"], r["short"]]:
            if term:
                owner[term] = r["name"]
    for r in rows:
        aliases = r["aliases"].split("|") if r["aliases"] else []
        assert all(len(a) >= 2 and a == a.strip() for a in aliases), r["name"]
        for a in aliases:
            assert owner.setdefault(a, r["name"]) == r["name"], f"{a} used twice"


def test_coordinates(rows):
    for r in rows:
        if r["level"] in COUNTY_LEVELS | {"prefecture", "province"}:
            assert r["lon"] and r["lat"], r["name"]
        if not r["lon"]:
            assert not r["lat"]
            continue
        lon, lat = float(r["lon"]), float(r["lat"])
        if r["level"] == "country":
            assert 73 < lon < 136 and 3 < lat < 54
        else:  # inside Fujian's bounding box
            assert 115.8 < lon < 120.8 and 23.4 < lat < 28.4, r["name"]


@pytest.mark.parametrize("path", [CITIES_GEOJSON, COUNTIES_GEOJSON])
def test_geojson_small(path):
    assert path.stat().st_size < 1_000_000


@pytest.mark.parametrize("path", [CITIES_GEOJSON, COUNTIES_GEOJSON])
def test_geojson_properties_match_places(path, by_name):
    for feat in load_features(path):
        props = feat["properties"]
        place = by_name.get(props["name"])
        assert place is not None, props["name"]
        assert (props["level"], props["parent"]) == (place["level"], place["parent"])
        assert feat["geometry"]["type"] in ("Polygon", "MultiPolygon")


def test_counties_geojson_matches_places(rows):
    names = [f["properties"]["name"] for f in load_features(COUNTIES_GEOJSON)]
    assert len(names) == len(set(names))
    expected = {r["name"] for r in rows if r["level"] in COUNTY_LEVELS}
    assert set(names) == expected
    assert {"福清市", "福安市"} <= set(names)


def test_cities_geojson_matches_places():
    names = [f["properties"]["name"] for f in load_features(CITIES_GEOJSON)]
    assert len(names) == len(set(names))
    # 平潭 lies inside 福州市 in the source data, so it has no feature of its own.
    assert set(names) == set(EXPECTED_COUNTY_LEVEL)


def test_towns_are_fujian_townships_under_known_counties():
    with open(PLACES_CSV, encoding="utf-8", newline="") as f:
        places = {r["name"]: r for r in csv.DictReader(f)}
    with open(ROOT / "etl" / "data" / "towns.csv", encoding="utf-8", newline="") as f:
        towns = list(csv.DictReader(f))
    assert len(towns) > 1000
    for t in towns:
        assert t["name"].endswith(("镇", "乡", "街道")) and t["level"] in ("town", "street"), t
        assert places[t["parent"]]["level"] in COUNTY_LEVELS, t
        assert t["name"] not in places, t
    assert len({(t["name"], t["parent"]) for t in towns}) == len(towns)  # a name once per county
    with open(ROOT / "etl" / "data" / "villages.csv", encoding="utf-8", newline="") as f:
        villages = list(csv.DictReader(f))
    assert len(villages) > 15000
    town_pairs = {(t["name"], t["parent"]) for t in [*towns, *places.values()]}
    for v in villages:
        assert v["name"].endswith(("村", "社区")) and v["level"] in ("village", "community"), v
        assert (v["town"], v["county"]) in town_pairs, v


def test_towns_are_found_in_text_and_win_over_a_county_inside_them():
    from etl.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    hits = gaz.find("晋江市陈埭镇、安海镇和上杭县古田镇，福清市海口镇")
    assert [(h.place.name, h.place.level) for h in hits] == [
        ("晋江市", "county_city"),
        ("陈埭镇", "town"),
        ("安海镇", "town"),
        ("上杭县", "county"),
        ("古田镇", "town"),  # not 古田县 from 古田
        ("福清市", "county_city"),
        ("海口镇", "town"),
    ]
    assert (gaz.city_of("陈埭镇"), gaz.ancestors("古田镇")[:2]) == ("泉州市", ["古田镇", "上杭县"])
    assert gaz.find("乡镇卫生院和城镇居民") == []


def test_words_in_xiang_and_zhen_are_no_townships():
    from etl.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    assert [h.place.name for h in gaz.find("长乐乡村振兴示范村、建设乡镇和同安镇村两级")] == ["长乐区", "同安区"]


def test_no_place_form_starts_inside_a_township_and_runs_past_it():
    """Towns are matched apart from the other forms and merged first-longest; that equals one
    leftmost-longest scan as long as no other form begins inside a town's name and ends after it."""
    from etl.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    forms = (set(gaz._forms) | gaz._not_places) - set(gaz._towns)
    prefixes = {f[:i] for f in forms for i in range(1, len(f))}
    for town in gaz._towns:
        assert not any(town[i:] in prefixes for i in range(1, len(town))), town


def test_a_documents_gazetteer_knows_the_towns_of_shared_names_and_the_villages_of_its_place():
    from etl.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    text = "东山县康美镇铜钵村完成饮水工程。城关镇新建学校。"
    assert [h.place.name for h in gaz.find(text)] == ["东山县"]  # 康美镇 is a town of 东山县 and of 南安市
    local = gaz.for_document("东山县", text)
    assert [(h.place.name, local.city_of(h.place.name)) for h in local.find(text)] == [
        ("东山县", "漳州市"),
        ("康美镇", "漳州市"),  # the one 康美镇 of the document's city
        ("铜钵村", "漳州市"),  # a village of the document's county
    ]  # 城关镇: 漳州 has more than one, so none is meant
    assert local.ancestors("铜钵村")[:3] == ["铜钵村", "康美镇", "东山县"]
    assert gaz.for_document("南安市", "康美镇").city_of("康美镇") == "泉州市"
    assert gaz.for_document("福州市", "康美镇").find("康美镇") == []
    assert gaz.for_document(None, text) is gaz
    # a city's document: the villages of the towns it names
    local = gaz.for_document("南平市", "武夷山市星村镇桐木村")
    assert [h.place.name for h in local.find("桐木村茶农")] == ["桐木村"]
    assert local.local_place("桐木村", "南平市") == gaz.local_place("桐木村", "南平市")
    assert gaz.local_place("桐木村", "南平市").parent == "星村镇"
    # a village written right after its county's name
    local = gaz.for_document("三明市", "将乐县常口村碳汇林地3.2万亩。")
    assert [h.place.name for h in local.find("常口村村民")] == ["常口村"]
    assert gaz.for_document("三明市", "常口村碳汇林地3.2万亩。").find("常口村") == []
    # and in a province's paper, a village written right after its town's or county's name
    local = gaz.for_document("福建省", "沿着盘山公路驶入屏南县熙岭乡龙潭村，溪水潺潺。")
    assert [h.place.name for h in local.find("龙潭村民宿")] == ["龙潭村"]
    assert gaz.for_document("福建省", "龙潭村民宿38家").find("龙潭村") == []


def test_a_short_form_right_after_a_county_of_another_city_is_a_place_inside_that_county():
    from etl.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    assert [h.place.name for h in gaz.find("仙游县鲤城片区1200多户居民喜迁新居")] == ["仙游县"]  # not 鲤城区
    assert [h.place.name for h in gaz.find("福州市长乐、福清")] == ["福州市", "长乐区", "福清市"]
