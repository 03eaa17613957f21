"""The one read-only DuckDB handle the dashboard uses.

The ETL builds a new file and moves it into place, so the handle is keyed on the file's
identity (inode + mtime): a rebuild is picked up on the next rerun without a restart.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from pathlib import Path
from typing import NamedTuple

import duckdb
import streamlit as st

from ui.i18n import t

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = "data/fujian.duckdb"
BUILD_COMMAND = "python -m etl build data/raw --db data/fujian.duckdb"


class DbIdentity(NamedTuple):
    """What makes two opens of the database file the same database."""

    path: str
    inode: int
    mtime_ns: int


def db_path() -> Path:
    """Path from `FUJIAN_DB`, relative paths taken from the project root."""
    path = Path(os.environ.get("FUJIAN_DB", DEFAULT_DB))
    return path if path.is_absolute() else PROJECT_ROOT / path


def identity() -> DbIdentity | None:
    """Identity of the database file on disk now, or None when it is missing."""
    try:
        path = db_path().resolve(strict=True)  # the version file the build's pointer designates now
        stat = path.stat()
    except (FileNotFoundError, RuntimeError):
        return None
    return DbIdentity(str(path), stat.st_ino, stat.st_mtime_ns)


ALIAS = "fujian"
READ_TABLES = ("documents", "paragraphs", "mentions", "places", "topics", "rejects")
# DuckDB keeps the blocks it has read up to its memory limit, 80% of the machine by default: at a
# million mentions a search alone grew the app by 150 MB. Evicted blocks are read again from the
# OS page cache, at little cost (see docs/dashboard.md); what a query cannot hold spills to disk.
MEMORY_LIMIT = "128MB"


@st.cache_resource(max_entries=2, show_spinner=False)
def _connect(ident: DbIdentity) -> duckdb.DuckDBPyConnection:
    """A new in-memory DuckDB with the file attached read-only.

    `duckdb.connect(path)` would hand back the instance already open for that path, still
    reading the old file after a rebuild moved a new one into place; an attachment to a
    fresh in-memory instance always reads the file now at `path`.

    Not closed when it leaves the cache: a query still running on a cursor of an old version
    would fail ("Connection already closed"). Cursors keep the instance alive, and the file is
    closed when the last of them is gone. Spilled blocks go to a folder of the instance's own
    (the default, `.tmp` in the working directory, may be read-only where the app is hosted).
    """
    spill = Path(tempfile.gettempdir()) / f"fujian-duckdb-{uuid.uuid4().hex}"  # made, and removed, by DuckDB
    con = duckdb.connect(config={"memory_limit": MEMORY_LIMIT, "temp_directory": str(spill)})
    con.execute(f"ATTACH ? AS {ALIAS} (READ_ONLY)", [ident.path])
    return con


def cursor(ident: DbIdentity) -> duckdb.DuckDBPyConnection:
    """A cursor of the shared connection (one per query: cursors are not shared by threads)."""
    cur = _connect(ident).cursor()
    cur.execute(f"USE {ALIAS}")
    return cur


def require() -> DbIdentity:
    """The database identity, or stop the page with the command that builds it: when the file is
    missing, or when it lacks columns the queries read (a file built by an older version)."""
    ident = identity()
    missing = missing_columns(ident) if ident else []
    if ident is None or missing:
        message = t("db.outdated", path=str(db_path()), missing=", ".join(missing)) if missing else None
        st.error(message or t("db.missing", path=str(db_path())))
        st.code(BUILD_COMMAND, language="bash")
        st.stop()
    return ident


@st.cache_resource(max_entries=4, show_spinner=False)
def missing_columns(ident: DbIdentity) -> list[str]:
    """`table.column` of the schema (etl/schema.py) that the file at `ident` lacks, of the tables
    the dashboard reads."""
    from etl.schema import SCHEMA

    with duckdb.connect() as expected:
        expected.execute(SCHEMA)
        wanted = expected.execute(
            "SELECT table_name, column_name FROM information_schema.columns WHERE list_contains(?, table_name)",
            [list(READ_TABLES)],
        ).fetchall()
    present = set(cursor(ident).execute("SELECT table_name, column_name FROM information_schema.columns").fetchall())
    return [f"{table}.{column}" for table, column in wanted if (table, column) not in present]
