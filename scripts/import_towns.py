"""Write etl/data/towns.csv and villages.csv: Fujian's townships and sub-districts (镇, 乡, 街道)
with their county, and its villages and communities (村, 社区) with their town and county.

The source is the location dictionary of JioNLP (Apache-2.0, https://github.com/dongrixinyu/JioNLP),
`jionlp/dictionary/china_location.zip` in its wheel: `pip download --no-deps jionlp`, unzip the
wheel, then that archive, and pass `china_location.txt`. A name found under more than one county is
written once for each: the gazetteer takes such a name, and a village's, only for the document of a
place that says which one is meant (etl/gazetteer.py).

    python scripts/import_towns.py china_location.txt
"""

import csv
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "etl" / "data"
TOWN_LEVELS = (("街道", "street"), ("镇", "town"), ("乡", "town"))
VILLAGE_LEVELS = (("社区", "community"), ("村", "village"))
RENAMED = {"长泰县": "长泰区"}  # made a district in 2021


def fujian_tree(lines: list[str]) -> tuple[set[tuple[str, str]], set[tuple[str, str, str]]]:
    """(town, county) and (village, town, county) from the tab-indented tree: province, city,
    county, town, village."""
    towns, villages = set(), set()
    in_fujian, county, town = False, None, None
    for line in lines:
        depth = len(line) - len(line.lstrip("\t"))
        name = line.strip().split("\t")[0]
        if depth == 0:
            in_fujian = name == "福建省"
        elif not in_fujian:
            continue
        elif depth == 2:
            county = RENAMED.get(name, name)
        elif depth == 3:
            town = name if name.endswith(tuple(s for s, _ in TOWN_LEVELS)) else None
            if town:
                towns.add((town, county))
        elif depth == 4 and town and name.endswith(tuple(s for s, _ in VILLAGE_LEVELS)):
            villages.add((name, town, county))
    return towns, villages


def _level(name: str, levels: tuple[tuple[str, str], ...]) -> str:
    return next(level for suffix, level in levels if name.endswith(suffix))


def main(source: str) -> None:
    with open(DATA / "places.csv", encoding="utf-8", newline="") as f:
        known = {row["name"] for row in csv.DictReader(f)}
    towns, villages = fujian_tree(Path(source).read_text(encoding="utf-8").splitlines())
    town_rows = sorted(
        (name, _level(name, TOWN_LEVELS), county) for name, county in towns if name not in known and county in known
    )
    village_rows = sorted(
        (name, _level(name, VILLAGE_LEVELS), town, county)
        for name, town, county in villages
        if name not in known and county in known
    )
    _write(DATA / "towns.csv", ("name", "level", "parent"), town_rows)
    _write(DATA / "villages.csv", ("name", "level", "town", "county"), village_rows)
    print(f"{len(town_rows)} towns and {len(village_rows)} villages written to {DATA}")


def _write(path: Path, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


if __name__ == "__main__":
    main(sys.argv[1])
