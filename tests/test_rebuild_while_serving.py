"""Rebuilds while the app serves: readers never see an error, a half-built file or a mix.

A reader process queries in a loop from several threads through the app's own access path
(`ui.db.identity()` → `ui.db.cursor()`: the link resolved, the version attached read-only),
while this test runs `python -m etl build --full` again and again into the same target,
alternating between two corpora so that every rebuild changes what a reader must see.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from conftest import RAW

ROOT = Path(__file__).resolve().parents[1]
REBUILDS = 5
READER_THREADS = 3

# One statement, so each answer comes from one snapshot of one version file.
CHECK_SQL = """
SELECT (SELECT count(*) FROM documents),
       (SELECT count(*) FROM mentions),
       (SELECT coalesce(sum(n_mentions), 0) FROM documents),
       (SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.doc_id = m.doc_id)),
       (SELECT count(*) FROM paragraphs p WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.doc_id = p.doc_id)),
       (SELECT count(*) FROM build_info)
"""

READER = r"""
import json, logging, os, sys, threading, time, traceback
logging.disable(logging.WARNING)  # bare mode: Streamlit warns that no runtime is running
sys.path.insert(0, os.getcwd())
from ui import db

CHECK_SQL, THREADS, STOP = json.loads(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
lock = threading.Lock()
result = {"reads": 0, "errors": [], "partial": [], "seen": {}, "versions": set()}

def read_loop():
    while not os.path.exists(STOP):
        try:
            ident = db.identity()
            if ident is None:
                raise RuntimeError("database missing")
            docs, mentions, declared, orphan_mentions, orphan_paragraphs, info = (
                db.cursor(ident).execute(CHECK_SQL).fetchone()
            )
        except Exception:
            with lock:
                result["errors"].append(traceback.format_exc(limit=3))
            continue
        whole = docs > 0 and mentions == declared and orphan_mentions == 0 and orphan_paragraphs == 0 and info == 1
        with lock:
            result["reads"] += 1
            result["versions"].add(ident.path)
            key = f"{docs}/{mentions}"
            result["seen"][key] = result["seen"].get(key, 0) + 1
            if not whole:
                result["partial"].append([docs, mentions, declared, orphan_mentions, orphan_paragraphs, info])

threads = [threading.Thread(target=read_loop) for _ in range(THREADS)]
for t in threads:
    t.start()
print("reading", flush=True)
for t in threads:
    t.join()
result["versions"] = len(result["versions"])
result["errors"] = result["errors"][:5] + [f"... {len(result['errors'])} in all"]
print(json.dumps(result), flush=True)
"""


def build(corpus: Path, target: Path) -> tuple[int, int]:
    """`python -m etl build --full` as an operator runs it; returns the new version's counts."""
    subprocess.run(
        [sys.executable, "-m", "etl", "build", str(corpus), "--db", str(target), "--full", "--jobs", "1"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=120,
    )
    with duckdb.connect(str(target.resolve()), read_only=True) as con:
        return con.execute("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM mentions)").fetchone()


@pytest.fixture
def corpora(tmp_path) -> tuple[Path, Path]:
    """All the seeds, and the first three of them."""
    whole, part = tmp_path / "whole", tmp_path / "part"
    shutil.copytree(RAW, whole)
    part.mkdir()
    for path in sorted(RAW.iterdir())[:3]:
        shutil.copy(path, part)
    return whole, part


def test_readers_see_only_whole_versions_while_rebuilds_run(corpora, tmp_path):
    whole, part = corpora
    target = tmp_path / "live" / "fujian.duckdb"
    target.parent.mkdir()
    built = {build(whole, target)}
    stop = tmp_path / "stop"
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, json.dumps(CHECK_SQL), str(READER_THREADS), str(stop)],
        cwd=ROOT,
        env={**os.environ, "FUJIAN_DB": str(target)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        assert reader.stdout.readline().strip() == "reading"
        for i in range(REBUILDS):
            built.add(build(part if i % 2 == 0 else whole, target))
        stop.touch()
        out, err = reader.communicate(timeout=60)
    finally:
        if reader.poll() is None:
            os.killpg(reader.pid, signal.SIGKILL)
            reader.wait()
    assert reader.returncode == 0, err
    result = json.loads(out.strip().splitlines()[-1])
    assert result["errors"] == ["... 0 in all"]
    assert result["partial"] == []
    assert result["reads"] > 100
    seen = {tuple(int(n) for n in key.split("/")) for key in result["seen"]}
    assert seen <= built  # every answer is the answer of one complete build
    assert len(seen) == 2  # and the readers picked up the rebuilds without a restart
    assert result["versions"] >= 2
    versions = list((target.parent / "fujian.duckdb.versions").glob("*.duckdb"))
    assert len(versions) <= 3  # old versions are pruned while readers hold them


def test_a_query_in_flight_survives_two_newer_versions(seed_db, tmp_path):
    """The handle cache keeps two versions; a cursor taken from an older one that is dropped
    meanwhile (two rebuilds during one long query) still answers instead of failing with
    "Connection already closed"."""
    from ui import db

    idents = []
    for name in ("v1", "v2", "v3"):
        path = tmp_path / f"{name}.duckdb"
        shutil.copy(seed_db, path)
        stat = path.stat()
        idents.append(db.DbIdentity(str(path), stat.st_ino, stat.st_mtime_ns))
    in_flight = db.cursor(idents[0])
    db.cursor(idents[1])
    db.cursor(idents[2])  # the first version's handle leaves the cache
    assert in_flight.execute("SELECT count(*) FROM documents").fetchone()[0] > 0
