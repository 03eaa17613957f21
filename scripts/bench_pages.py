"""Time the render of every dashboard page with Streamlit's AppTest.

    .venv/bin/python scripts/bench_pages.py --db data/fujian.duckdb 2>/dev/null

"cold" is the first render with every cache cleared (queries run, figures built); "warm" is
the render right after it, served from the query cache. Imports are paid once before timing,
and jieba loads its dictionary on the first page that cuts a query (the explorer).
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import duckdb
import streamlit as st
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
PAGES = {
    "overview": {},
    "city": {"place": "福州市"},
    "topic": {"topic": "livelihood"},
    "explorer": {"q": "感染者"},
    "search": {"q": "核酸检测"},
    "map": {"level": "county"},
    "source": {"doc": ""},  # filled with the newest document
    "quality": {},
}


def timed_run(at: AppTest) -> float:
    start = time.perf_counter()
    at.run()
    if at.exception:
        raise RuntimeError(at.exception[0].value)
    return time.perf_counter() - start


def bench(page: str, params: dict[str, str]) -> tuple[float, float]:
    """(cold, warm) seconds for one page."""
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    for name, value in params.items():
        at.query_params[name] = value
    at.run()
    if page != "overview":
        at.switch_page(f"pages/{page}.py")
    st.cache_data.clear()
    st.cache_resource.clear()
    return timed_run(at), timed_run(at)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=os.environ.get("FUJIAN_DB", "data/fujian.duckdb"))
    os.environ["FUJIAN_DB"] = str(Path(parser.parse_args().db).resolve())

    start = time.perf_counter()
    AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120).run()
    print(f"{'imports + first run':<12} {time.perf_counter() - start:7.3f} s")

    with duckdb.connect(os.environ["FUJIAN_DB"], read_only=True) as con:
        PAGES["source"]["doc"] = con.execute("SELECT doc_id FROM documents ORDER BY pub_date DESC LIMIT 1").fetchone()[
            0
        ]
    print(f"{'page':<12} {'cold s':>7} {'warm s':>7}")
    for page, params in PAGES.items():
        cold, warm = bench(page, params)
        print(f"{page:<12} {cold:7.3f} {warm:7.3f}")


if __name__ == "__main__":
    main()
