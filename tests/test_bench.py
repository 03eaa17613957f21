"""The benchmark command runs end to end on a small size and writes comparable JSON."""

import json
import subprocess
import sys

from conftest import ROOT


def test_bench_writes_build_and_query_figures(tmp_path):
    out = tmp_path / "bench.json"
    run = subprocess.run(
        [sys.executable, "-m", "etl", "bench", "--sizes", "0.2", "--mentions", "3000", "--jobs", "2", "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    report = json.loads(out.read_text(encoding="utf-8"))
    build = report["build"][0]
    assert build["documents"] > 5 and build["mentions"] > 100
    assert set(build["stages_s"]) == {"decode", "clean", "segment", "extract", "load", "regex_scan"}
    assert build["recall"] >= 0.99  # every synthetic figure is known
    assert build["build_1_core_mb_per_s"] > 0 and build["peak_rss_mb"] > 0
    assert len(build["incremental_1pct_rounds_s"]) == 3
    assert build["incremental_1pct_s"] == sorted(build["incremental_1pct_rounds_s"])[1]
    queries = report["queries"][0]
    assert queries["mentions"] >= 2500
    assert {"overview.summary", "search(核酸检测)", "source.locate"} <= set(queries["queries"])
    assert all(v["p95_ms"] >= v["p50_ms"] > 0 for v in queries["queries"].values())
    assert queries["app_peak_rss_mb"] > 0
    assert report["machine"]["fixed_work"]["p95_ms"] >= report["machine"]["fixed_work"]["p50_ms"] > 0
    assert "queries at" in run.stdout and "MB/s" in run.stdout and "fixed work" in run.stdout
