"""Rows → a new version of the DuckDB database, published by moving a pointer.

Readers (the dashboard) open the database read-only and never see a half-written file: every build
writes a new file under `NAME.versions/`, and only when it is complete the path `NAME` — a symbolic
link — is switched to it with an atomic rename. DuckDB caches open databases by path inside a
process, so each version has its own file name; a reader resolves the link to notice a new one.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from collections.abc import Iterable
from dataclasses import astuple
from pathlib import Path

import duckdb
import pandas as pd

from . import DATA_DIR, rows, search_index
from .gazetteer import load_gazetteer
from .records import Reject
from .schema import SCHEMA
from .topics import TOPICS, load_lexicon

KEEP_OLD_VERSIONS = 2
# DuckDB would keep up to 80% of the machine in its buffer pool while it loads: 2.1 GB at 200 MB of
# text. Under this limit it evicts written blocks (and spills beside the file): 1.1 GB, as fast.
BUILD_MEMORY_LIMIT = "512MB"

DOC_TABLES = ("mentions", "paragraphs", "articles", "documents")
# Mentions are stored oldest first, as the dashboard lists them newest first: the rows it reads
# then lie in a few row groups at the table's end (a later build's new documents, newest as a rule,
# are appended there too). At a million mentions the explorer's list took half the time.
LOAD_ORDER = {"mentions": "ORDER BY pub_date NULLS FIRST, mention_id"}


def extractor_version() -> str:
    """Hash of the ETL's code and data: a database built by another version is rebuilt whole."""
    h = hashlib.sha256()
    root = DATA_DIR.parent
    for path in sorted([*root.glob("*.py"), *DATA_DIR.iterdir()]):
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]


def current_version(target: Path) -> Path | None:
    """The file the pointer designates now (a plain file from an older layout counts too)."""
    if not target.exists():
        return None
    return target.resolve()


def previous_build(path: Path | None) -> tuple[dict[tuple[str, str], str], set[tuple[str, str]]] | None:
    """What the version at `path` holds, if built by this extractor version: {(file, sha): doc_id}
    for documents and {(file, sha)} for rejects. None when a full build is needed."""
    if path is None:
        return None
    try:
        with duckdb.connect(str(path), read_only=True) as con:
            version = con.execute("SELECT value FROM build_info WHERE key = 'extractor_version'").fetchone()
            if version is None or version[0] != extractor_version():
                return None
            docs = {(f, s): d for d, f, s in con.execute("SELECT doc_id, file_name, sha256 FROM documents").fetchall()}
            rejects = set(con.execute("SELECT file_name, sha256 FROM rejects WHERE sha256 IS NOT NULL").fetchall())
    except duckdb.Error:
        return None
    return docs, rejects


class Draft:
    """The file of the next version, under `NAME.versions/`. From a `base` (the live version) it
    starts as a copy, made and flushed to disk while the workers extract: at 200 MB of text that
    copy costs as much as the rest of a daily update. It runs in a child process, not a thread,
    because the build forks its workers after this starts (a fork copies no running thread, and
    whatever locks it held would stay held in the child)."""

    def __init__(self, target: Path, base: Path | None = None):
        versions = target.with_name(target.name + ".versions")
        versions.mkdir(parents=True, exist_ok=True)
        stamp = f"{time.strftime('%Y%m%dT%H%M%S')}-{time.monotonic_ns() % 10**9:09d}-{os.getpid()}"
        self.target, self.base, self.path = target, base, versions / f"{stamp}.duckdb"
        command = [sys.executable, "-c", _COPY, str(base), str(self.path)]
        self._copying = subprocess.Popen(command) if base else None

    def wait(self) -> None:
        """Until the copy is complete."""
        if self._copying and self._copying.wait() != 0:
            raise OSError(f"could not copy {self.base} to {self.path}")

    def discard(self) -> None:
        """The file goes (the copy is stopped first); the live version stays as it was."""
        if self._copying and self._copying.poll() is None:
            self._copying.kill()
            self._copying.wait()
        for path in (self.path, Path(f"{self.path}.wal")):
            path.unlink(missing_ok=True)


# The copy, in a fresh interpreter that imports nothing else: copied, then flushed.
_COPY = "; ".join((
    "import os, shutil, sys",
    "shutil.copyfile(sys.argv[1], sys.argv[2])",
    "os.fsync(os.open(sys.argv[2], os.O_RDONLY))",
))  # fmt: skip


def publish(
    draft: Draft,
    staging: Path,
    rejects: list[Reject],
    skip_files: Iterable[str] = (),
    drop_doc_ids: Iterable[str] = (),
    drop_rejects: Iterable[tuple[str, str | None]] = (),
) -> Path:
    """The draft — its base with rows dropped and added, or a fresh file — made complete and
    published at its target by moving the pointer. New rows come from the Parquet parts under
    `staging` (see `rows`), less those of the files in `skip_files`. Returns the new version's path."""
    new = draft.path
    try:
        draft.wait()
        con = duckdb.connect(str(new), config={"memory_limit": BUILD_MEMORY_LIMIT})
        con.execute("SET enable_progress_bar = false")
        try:
            con.execute("BEGIN")
            if draft.base is None:
                con.execute(SCHEMA)
                _insert_dimensions(con)
            _drop(con, list(drop_doc_ids), list(drop_rejects))
            _insert_staged(con, staging, list(skip_files))
            _insert_local_places(con)
            _insert(con, "rejects", [astuple(r) for r in rejects])
            con.execute("DELETE FROM build_info")
            _insert(con, "build_info", [("extractor_version", extractor_version())])
            con.execute("COMMIT")
            # outside the transaction, which would hold every new index row in memory until COMMIT;
            # readers see nothing of this version before the pointer moves, so it stays atomic
            search_index.refresh(con)
            con.execute("CHECKPOINT")
        finally:
            con.close()
        _point(draft.target, new)
    except BaseException:
        draft.discard()
        raise
    finally:
        Path(f"{new}.wal").unlink(missing_ok=True)
    _prune(new.parent, keep=new)
    return new


def _insert_staged(con: duckdb.DuckDBPyConnection, staging: Path, skip_files: list[str]) -> None:
    """Every staged table into its database table, in the order of the parts' paths.
    Parts may sit in Hive partition folders (`city=…/month=…`), as the Dask engine writes them."""
    con.register("skipped", pd.DataFrame({"file_name": pd.Series(skip_files, dtype="string")}))
    try:
        for table in rows.STAGED_TABLES:
            if not any((staging / table).rglob("*.parquet")):
                continue
            columns = ", ".join(f'"{c}"' for c in _columns(con, table))
            con.execute(
                f"""INSERT INTO {table} SELECT {columns}
                FROM read_parquet(?, hive_partitioning = true)
                WHERE {rows.SOURCE_COLUMN} NOT IN (SELECT file_name FROM skipped)
                {LOAD_ORDER.get(table, "")}""",
                [str(staging / table / "**" / "*.parquet")],
            )
    finally:
        con.unregister("skipped")


def _point(target: Path, new: Path) -> None:
    """Atomically make `target` a relative symbolic link to `new`."""
    link = target.with_name(f".{target.name}.link-{os.getpid()}")
    link.unlink(missing_ok=True)
    os.symlink(os.path.relpath(new, target.parent), link)
    os.replace(link, target)


def _prune(versions: Path, keep: Path) -> None:
    """Old versions go; the newest few stay for readers that still have them open."""
    old = sorted((p for p in versions.glob("*.duckdb") if p != keep), key=lambda p: p.name)
    for path in old[: max(0, len(old) - KEEP_OLD_VERSIONS)]:
        path.unlink(missing_ok=True)


def _drop(con: duckdb.DuckDBPyConnection, doc_ids: list[str], rejects: list[tuple[str, str | None]]) -> None:
    if doc_ids:
        con.register("dropped", pd.DataFrame({"doc_id": doc_ids}))
        for table in DOC_TABLES:
            con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT doc_id FROM dropped)")
        con.unregister("dropped")
    if rejects:
        con.register("dropped", pd.DataFrame(rejects, columns=["file_name", "sha256"]))
        con.execute("DELETE FROM rejects WHERE file_name IN (SELECT file_name FROM dropped)")
        con.unregister("dropped")


def _insert_dimensions(con: duckdb.DuckDBPyConnection) -> None:
    gaz = load_gazetteer()
    places = [(p.name, p.level, p.parent, gaz.city_of(p.name), p.short, p.lon, p.lat) for p in gaz.places.values()]
    _insert(con, "places", places)
    labels = load_lexicon().labels
    _insert(con, "topics", [(t, *labels[t]) for t in TOPICS])


def _insert_local_places(con: duckdb.DuckDBPyConnection) -> None:
    """The places that only a document's gazetteer knew (a village, a town whose name other
    counties share), so that a place's subtree holds the mentions placed there. A name is entered
    once, as the place of the city its first mentions give."""
    gaz = load_gazetteer()
    missing = con.execute(
        """SELECT place, any_value(city) FROM mentions
           WHERE place IS NOT NULL AND place NOT IN (SELECT name FROM places) GROUP BY place"""
    ).fetchall()
    found = [(place, city) for name, city in missing if (place := gaz.local_place(name, city))]
    _insert(con, "places", [(p.name, p.level, p.parent, city, None, None, None) for p, city in found])


def _insert(con: duckdb.DuckDBPyConnection, table: str, records: list[tuple]) -> None:
    """Bulk insert through a DataFrame: row-by-row inserts are far slower in DuckDB."""
    if not records:
        return
    con.register("incoming", pd.DataFrame.from_records(records, columns=_columns(con, table)))
    try:
        con.execute(f"INSERT INTO {table} SELECT * FROM incoming")
    finally:
        con.unregister("incoming")


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    return [c[0] for c in con.execute(f"DESCRIBE {table}").fetchall()]
