"""Write etl/data/towns.csv: Fujian's townships and sub-districts (镇, 乡, 街道) with their county.

The source is the location dictionary of JioNLP (Apache-2.0, https://github.com/dongrixinyu/JioNLP),
`jionlp/dictionary/china_location.zip` in its wheel: `pip download --no-deps jionlp`, unzip the
wheel, then that archive, and pass `china_location.txt`. Names found under more than one county
are left out, as are positional names (城关镇): a name alone could not say which one is meant.

    python scripts/import_towns.py china_location.txt
"""

import csv
import sys
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "etl" / "data"
LEVELS = (("街道", "street"), ("镇", "town"), ("乡", "town"))
RENAMED = {"长泰县": "长泰区"}  # made a district in 2021
GENERIC = ("城关", "城东", "城西", "城南", "城北", "城郊")  # in many counties, whatever the list says


def fujian_towns(lines: list[str]) -> dict[str, set[str]]:
    """{town: {counties}} from the tab-indented tree: province, city, county, town, village."""
    towns: dict[str, set[str]] = defaultdict(set)
    in_fujian, county = False, None
    for line in lines:
        depth = len(line) - len(line.lstrip("\t"))
        name = line.strip().split("\t")[0]
        if depth == 0:
            in_fujian = name == "福建省"
        elif in_fujian and depth == 2:
            county = RENAMED.get(name, name)
        elif in_fujian and depth == 3 and name.endswith(tuple(s for s, _ in LEVELS)):
            towns[name].add(county)
    return towns


def main(source: str) -> None:
    with open(DATA / "places.csv", encoding="utf-8", newline="") as f:
        known = {row["name"] for row in csv.DictReader(f)}
    towns = fujian_towns(Path(source).read_text(encoding="utf-8").splitlines())
    rows = sorted(
        (name, next(level for s, level in LEVELS if name.endswith(s)), next(iter(counties)))
        for name, counties in towns.items()
        if len(counties) == 1 and name not in known and next(iter(counties)) in known and not name.startswith(GENERIC)
    )
    with open(DATA / "towns.csv", "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(("name", "level", "parent"))
        writer.writerows(rows)
    print(f"{len(rows)} towns written to {DATA / 'towns.csv'}")


if __name__ == "__main__":
    main(sys.argv[1])
