"""Time every query the dashboard issues on databases of 10 thousand to a million mentions.

The large databases are the seed database inflated: its documents, paragraphs and mentions are
copied with new ids, spread over Fujian's places and over the calendar, so that filters select
realistic fractions. Called by `python -m etl bench`; each query runs with the cache cleared.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from etl.load import LOAD_ORDER

ROOT = Path(__file__).resolve().parents[1]


def inflate(seed_db: Path, out: Path, n_mentions: int) -> None:
    """Copy the seed rows until the mention count reaches `n_mentions` (about), indexed for search
    as a build indexes them."""
    out.unlink(missing_ok=True)
    with duckdb.connect(str(out)) as con:
        con.execute("ATTACH ? AS seed (READ_ONLY)", [str(seed_db)])
        for table in ("build_info", "places", "topics", "rejects"):
            con.execute(f"CREATE TABLE {table} AS SELECT * FROM seed.{table}")
        per_copy = con.execute("SELECT count(*) FROM seed.mentions").fetchone()[0]
        copies = max(1, round(n_mentions / per_copy))
        con.execute("CREATE TEMP TABLE k AS SELECT range AS k FROM range(?)", [copies])
        # each copy moves to another county-level place of the same kind and another month
        con.execute("""CREATE TEMP TABLE spread AS
            SELECT name, city, row_number() OVER (ORDER BY name) - 1 AS i FROM seed.places
            WHERE level IN ('district', 'county', 'county_city')""")
        n_places = con.execute("SELECT count(*) FROM spread").fetchone()[0]
        suffix = "'-c' || k.k"
        place = f"(SELECT name FROM spread WHERE i = k.k % {n_places})"
        city = f"(SELECT city FROM spread WHERE i = k.k % {n_places})"
        con.execute(f"""CREATE TABLE documents AS SELECT d.* REPLACE (
                d.doc_id || {suffix} AS doc_id, d.file_name || {suffix} AS file_name,
                CASE WHEN k.k = 0 THEN d.original_text ELSE '' END AS original_text,
                CASE WHEN k.k = 0 THEN d.clean_text ELSE '' END AS clean_text,
                CAST(d.pub_date - INTERVAL (k.k % 900) DAY AS DATE) AS pub_date,
                CASE WHEN k.k = 0 THEN d.place ELSE {place} END AS place,
                CASE WHEN k.k = 0 THEN d.city ELSE {city} END AS city)
            FROM seed.documents d, k""")
        con.execute(f"""CREATE TABLE articles AS SELECT a.* REPLACE (
                a.article_id || {suffix} AS article_id, a.doc_id || {suffix} AS doc_id)
            FROM seed.articles a, k""")
        # copies' texts differ (a tag at the end) so that DuckDB cannot scan one string for many
        con.execute(f"""CREATE TABLE paragraphs AS SELECT p.* REPLACE (
                p.paragraph_id || {suffix} AS paragraph_id, p.article_id || {suffix} AS article_id,
                p.doc_id || {suffix} AS doc_id, p.text || ' #' || k.k AS text,
                p.text_simplified || ' #' || k.k AS text_simplified)
            FROM seed.paragraphs p, k""")
        con.execute(f"""CREATE TABLE mentions AS SELECT m.* REPLACE (
                m.mention_id || {suffix} AS mention_id, m.paragraph_id || {suffix} AS paragraph_id,
                m.article_id || {suffix} AS article_id, m.doc_id || {suffix} AS doc_id,
                CASE WHEN k.k = 0 THEN m.place ELSE {place} END AS place,
                CASE WHEN k.k = 0 THEN m.city ELSE {city} END AS city,
                CAST(m.pub_date - INTERVAL (k.k % 900) DAY AS DATE) AS pub_date)
            FROM seed.mentions m, k {LOAD_ORDER["mentions"]}""")  # stored as a build stores them
        from etl import search_index

        search_index.refresh(con)
        con.execute("DETACH seed")
        con.execute("CHECKPOINT")


def _cases(q) -> dict:
    """Every query of every page, with arguments a user would give. The ids a page is opened with
    are looked up here, before any timing."""
    f = q.MentionFilter
    doc = q.document_list()["doc_id"].iloc[0]
    mention = q.mentions(f(), limit=1)["mention_id"].iloc[0]
    return {
        "overview.summary": lambda: q.summary(),
        "overview.city_topic": lambda: q.city_topic_counts(),
        "overview.newest": lambda: q.newest_documents(),
        "overview.timeline": lambda: q.documents_by_date(),
        "city.places": lambda: q.places(),
        "city.mentions(福州市)": lambda: q.mentions(f(place="福州市")),
        "topic.mentions(covid)": lambda: q.mentions(f(topic="covid")),
        "explorer.label(感染者)": lambda: q.mentions(f(terms=("感染者",))),
        "explorer.filters": lambda: q.mentions(f(place="宁德市", topic="environment", kind="actual", unit="个")),
        "explorer.units": lambda: q.distinct_values("unit"),
        "explorer.all": lambda: q.mentions(f()),
        "search(核酸检测)": lambda: q.search_paragraphs(("核酸检测",)),
        "search(公园,绿地)": lambda: q.search_paragraphs(("公园", "绿地")),
        "map.counts": lambda: q.mention_counts_by_area(q.COUNTY_LEVELS),
        "map.indicators": lambda: q.mapped_indicators(),
        "map.indicator(粮食播种面积)": lambda: q.indicator_by_area("粮食播种面积", "亩", q.COUNTY_LEVELS),
        "source.documents": lambda: q.document_list(),
        "source.locate": lambda: q.locate(mention=mention),
        "source.paragraphs": lambda: q.paragraphs(doc),
        "source.document": lambda: q.document(doc),
        "quality.rejects": lambda: q.rejects(),
        "quality.doubt": lambda: q.doubt_by_document(),
        "quality.doubtful": lambda: q.mentions(f(doubtful=True)),
    }


def time_queries(n_mentions: int, repeats: int = 20) -> dict:
    """p50 and p95 of each query, uncached, on a database of about `n_mentions`."""
    import streamlit as st
    from streamlit.logger import set_log_level

    from etl.bench import percentiles

    set_log_level("error")  # each query warns "no runtime" outside the app: every Streamlit logger
    from etl.pipeline import build

    with tempfile.TemporaryDirectory(prefix="bench-queries-") as tmp:
        work = Path(tmp)
        seed = work / "seed.duckdb"
        build([ROOT / "data" / "raw"], seed, jobs=1, incremental=False)
        big = work / f"m{n_mentions}.duckdb"
        t0 = time.perf_counter()
        inflate(seed.resolve(), big, n_mentions)
        made = time.perf_counter() - t0
        os.environ["FUJIAN_DB"] = str(big)
        from ui import queries as q

        results = {}
        for name, call in _cases(q).items():
            samples = []
            for _ in range(repeats):
                st.cache_data.clear()
                start = time.perf_counter()
                call()
                samples.append(time.perf_counter() - start)
            results[name] = percentiles(samples)
        st.cache_resource.clear()  # let go of the file before it is deleted
        with duckdb.connect(str(big), read_only=True) as con:
            actual = con.execute("SELECT count(*) FROM mentions").fetchone()[0]
        rss = _app_memory(big)
    return {"mentions": actual, "build_db_s": round(made, 1), "app_peak_rss_mb": rss, "queries": results}


def _app_memory(db: Path) -> float | None:
    """Peak memory of a process rendering every page once (Streamlit's AppTest), in MB; the
    search page with a query, as its reads are the largest.

    The peak is the process's own high-water mark (VmHWM). `ru_maxrss` is not: the kernel
    carries the parent's peak over into the child at exec, so it reported the benchmark's own
    memory, 1.9 GB at a million mentions, instead of the app's."""
    script = (
        "from streamlit.testing.v1 import AppTest\n"
        "from etl.memory import own_peak_mb\n"
        "at = AppTest.from_file('dashboard.py', default_timeout=300); at.run()\n"
        "for page in ('city', 'topic', 'explorer', 'search', 'map', 'source', 'quality'):\n"
        "    if page == 'search':\n"
        "        at.query_params['q'] = '公园 绿地'\n"
        "    at.switch_page(f'pages/{page}.py'); at.run()\n"
        "    at.query_params.pop('q', None)\n"
        "    assert not at.exception, at.exception\n"
        "print(own_peak_mb())\n"
    )
    run = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env={**os.environ, "FUJIAN_DB": str(db)},
                         capture_output=True, text=True, timeout=900)  # fmt: skip
    if run.returncode != 0:
        print(run.stderr[-2000:], file=sys.stderr)
        return None
    return round(float(run.stdout.strip().splitlines()[-1]), 1)
