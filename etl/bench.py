"""`python -m etl bench`: speed, memory and recall of the build, and the dashboard's query times.

Every measurement of the build runs in a fresh child process, so that its peak memory is its own.
Figures are printed as a table and written as JSON to compare from run to run.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import platform
import random
import re
import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from .clean import clean
from .extract import extract_document
from .load import Draft, publish
from .memory import own_peak_mb
from .pipeline import batches, build, collect
from .read import decode
from .rows import write_batch
from .segment import build_document
from .synth import generate
from .units import unit_pattern

MB = 1_000_000
INCREMENTAL_ROUNDS = 3


def _write_corpus(folder: Path, size_mb: float, seed: int = 0) -> tuple[int, dict[str, tuple]]:
    folder.mkdir(parents=True, exist_ok=True)
    expected, total = {}, 0
    for doc in generate(int(size_mb * MB), seed):
        (folder / doc.file_name).write_bytes(doc.data)
        expected[doc.file_name] = doc.expected
        total += len(doc.data)
    return total, expected


def _stages(folder: Path) -> dict:
    """One core, stage by stage: decode, clean, segment, extract, load; and a bare regex scan.
    Documents go to the load in batches, as in a build, so memory stays bounded."""
    t = dict.fromkeys(("decode", "clean", "segment", "extract", "load", "regex_scan"), 0.0)
    documents = mentions = 0
    scan = re.compile(r"\d+(?:\.\d+)?[万亿]?(?:" + unit_pattern().pattern + ")")
    with tempfile.TemporaryDirectory() as tmp:
        staging = Path(tmp) / "staging"
        for i, batch in enumerate(batches(collect([folder]), jobs=1)):
            results = []
            for f, _ in batch:
                data = f.read_bytes()
                t0 = time.perf_counter()
                raw = decode(f.name, data)
                t1 = time.perf_counter()
                if not hasattr(raw, "text"):
                    continue
                for _ in scan.finditer(raw.text):
                    pass
                t2 = time.perf_counter()
                clean(raw.text)
                t3 = time.perf_counter()
                doc = build_document(raw)  # cleans again: its clean time is subtracted below
                t4 = time.perf_counter()
                ms = extract_document(doc)
                t5 = time.perf_counter()
                t["decode"] += t1 - t0
                t["regex_scan"] += t2 - t1
                t["clean"] += t3 - t2
                t["segment"] += max(0.0, (t4 - t3) - (t3 - t2))
                t["extract"] += t5 - t4
                results.append((doc, ms))
                documents, mentions = documents + 1, mentions + len(ms)
            t0 = time.perf_counter()
            write_batch(results, staging, f"{i:06d}")
            t["load"] += time.perf_counter() - t0
        t0 = time.perf_counter()
        publish(Draft(Path(tmp) / "bench.duckdb"), staging, [])
        t["load"] += time.perf_counter() - t0
    return {"seconds": t, "documents": documents, "mentions": mentions}


def _timed(target, *args) -> dict:
    """`target(*args)` in a fresh process: its seconds and the peak memory of that process and
    of its workers (each build's memory is its own, not what the benchmark itself holds)."""
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    child = ctx.Process(target=_run_timed, args=(target, args, queue))
    child.start()
    result = queue.get()
    child.join()
    return result


def _run_timed(target, args, queue) -> None:
    t0 = time.perf_counter()
    target(*args)
    seconds = time.perf_counter() - t0
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # forked: their own peaks
    queue.put({"seconds": seconds, "peak_rss_mb": round(own_peak_mb(), 1), "worker_peak_rss_mb": round(workers, 1)})


def _build(corpus: Path, db: Path, jobs: int, incremental: bool) -> None:
    build([corpus], db, jobs=jobs, incremental=incremental)


def _recall(folder: Path, db: Path, expected: dict[str, tuple]) -> dict:
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "SELECT d.file_name, m.value, m.unit, m.place FROM mentions m JOIN documents d USING (doc_id)"
        ).fetchall()
    found: dict[str, list] = {}
    for name, value, unit, place in rows:
        found.setdefault(name, []).append((value, unit, place))
    hit = place_ok = total = 0
    for name, wanted in expected.items():
        got = found.get(name, [])
        for e in wanted:
            total += 1
            match = [g for g in got if g[1] == e.unit and abs(g[0] - e.value) <= 1e-6 * max(1.0, abs(e.value))]
            if match:
                hit += 1
                place_ok += any(g[2] == e.place for g in match)
    return {
        "expected": total,
        "recall": hit / total if total else None,
        "place_agreement": place_ok / hit if hit else None,
    }


def _measure_size(size_mb: float, jobs: int, queue) -> None:
    """In a child process: generate, time the stages, the whole build on one and on all cores,
    an incremental rebuild with 1% of files changed, and recall."""
    work = Path(tempfile.mkdtemp(prefix=f"bench-{size_mb}mb-"))
    try:
        corpus = work / "corpus"
        t0 = time.perf_counter()
        nbytes, expected = _write_corpus(corpus, size_mb)
        gen = time.perf_counter() - t0
        stages = _stages(corpus)
        one = _timed(_build, corpus, work / "one.duckdb", 1, False)
        many_db = work / "many.duckdb"
        many = _timed(_build, corpus, many_db, jobs, False)
        files = sorted(corpus.iterdir())
        rounds = []  # the median of a few: one copy of the database to a shared disk can stall
        for seed in range(INCREMENTAL_ROUNDS):
            for f in random.Random(seed).sample(files, max(1, len(files) // 100)):
                f.write_bytes(f.read_bytes() + b"\n")  # new content hash, same text
            rounds.append(_timed(_build, corpus, many_db, jobs, True)["seconds"])
        incremental = statistics.median(rounds)
        recall = _recall(corpus, many_db, expected)
        mb = nbytes / MB
        queue.put({
            "size_mb": round(mb, 2),
            "documents": stages["documents"],
            "mentions": stages["mentions"],
            "generate_s": round(gen, 2),
            "stages_s": {k: round(v, 3) for k, v in stages["seconds"].items()},
            "stage_mb_per_s": {k: round(mb / v, 2) for k, v in stages["seconds"].items() if v > 0},
            "build_1_core_s": round(one["seconds"], 2),
            "build_1_core_mb_per_s": round(mb / one["seconds"], 2),
            "build_1_core_docs_per_s": round(stages["documents"] / one["seconds"], 1),
            "build_1_core_mentions_per_s": round(stages["mentions"] / one["seconds"]),
            f"build_{jobs}_cores_s": round(many["seconds"], 2),
            f"build_{jobs}_cores_mb_per_s": round(mb / many["seconds"], 2),
            "speedup": round(one["seconds"] / many["seconds"], 2),
            "incremental_1pct_s": round(incremental, 2),
            "incremental_1pct_rounds_s": [round(r, 2) for r in rounds],
            "incremental_vs_full": round(many["seconds"] / incremental, 1),
            "vs_regex_scan": round(one["seconds"] / stages["seconds"]["regex_scan"], 1),
            "peak_rss_mb": one["peak_rss_mb"],
            f"peak_rss_mb_{jobs}_cores": {"main": many["peak_rss_mb"], "largest_worker": many["worker_peak_rss_mb"]},
            **recall,
        })  # fmt: skip
    finally:
        shutil.rmtree(work, ignore_errors=True)


def bench_build(sizes: list[float], jobs: int) -> list[dict]:
    ctx = mp.get_context("spawn")
    rows = []
    for size in sizes:
        queue = ctx.Queue()
        child = ctx.Process(target=_measure_size, args=(size, jobs, queue))
        child.start()
        rows.append(queue.get())
        child.join()
        print(_row(rows[-1]), flush=True)
    return rows


def _row(r: dict) -> str:
    cores = next(k for k in r if k.startswith("build_") and k.endswith("_cores_mb_per_s"))
    return (
        f"{r['size_mb']:>8.1f} MB {r['documents']:>7} docs {r['mentions']:>9} mentions | "
        f"build 1 core {r['build_1_core_mb_per_s']:>5.2f} MB/s ({r['build_1_core_docs_per_s']:.0f} docs/s, "
        f"{r['build_1_core_mentions_per_s']} mentions/s), {r['vs_regex_scan']:.1f}× a regex scan | "
        f"all cores {r[cores]:.2f} MB/s (×{r['speedup']:.2f}) | "
        f"incremental 1%: {r['incremental_1pct_s']:.1f} s ({r['incremental_vs_full']:.0f}× faster) | "
        f"peak {r['peak_rss_mb']:.0f} MB | recall {r['recall']:.4f} place {r['place_agreement']:.3f}"
    )


def bench_queries(counts: list[int], repeats: int = 20) -> list[dict]:
    """Time every dashboard query at each mention count (p50, p95 in ms)."""
    from ui.bench_queries import time_queries

    return [time_queries(n, repeats) for n in counts]


def steadiness(repeats: int = 40) -> dict[str, float]:
    """The same fixed work (summing two million integers, about 50 ms) timed again and again.

    On a shared machine its p95 may be twice its p50: that spread is the machine's, and the
    queries' p95 figures carry it too."""
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        sum(range(2_000_000))
        samples.append(time.perf_counter() - start)
    return percentiles(samples)


def run_bench(args) -> int:
    sizes = [float(s) for s in args.sizes.split(",") if s]
    counts = [int(c) for c in args.mentions.split(",") if c]
    jobs = args.jobs or os.cpu_count() or 1
    print(f"build benchmark on {platform.processor() or platform.machine()}, {os.cpu_count()} cores, jobs={jobs}")
    build_rows = bench_build(sizes, jobs)
    query_rows = bench_queries(counts) if counts else []
    for q in query_rows:
        print(
            f"queries at {q['mentions']:>9} mentions: p95 max {max(v['p95_ms'] for v in q['queries'].values()):.1f} ms"
        )
        for name, v in q["queries"].items():
            print(f"    {name:28} p50 {v['p50_ms']:7.1f} ms   p95 {v['p95_ms']:7.1f} ms")
    fixed = steadiness()
    print(f"fixed work on this machine: p50 {fixed['p50_ms']:.1f} ms   p95 {fixed['p95_ms']:.1f} ms")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    report = {
        "machine": {"cores": os.cpu_count(), "python": platform.python_version(), "fixed_work": fixed},
        "build": build_rows,
        "queries": query_rows,
    }
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"written to {args.out}")
    return 0


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "p50_ms": round(statistics.median(ordered) * 1000, 2),
        "p95_ms": round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))] * 1000, 2),
    }
