"""The same build on a Dask cluster, for corpora that outgrow one machine.

Workers read the files where they lie (a path every worker can see), run the same stages as a
local build, and write their rows as Parquet partitioned by city and month. The DuckDB database is
then built from those Parquet files, which the dashboard or any engine can also query directly.
"""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import duckdb

from . import load
from .pipeline import BuildResult, collect, process_file
from .records import Reject

TABLES = ("documents", "articles", "paragraphs", "mentions", "rejects")
# Partition keys per table: the city and month (of the document's date) the rows belong to.
# Hive layout `city=…/month=…/part-….parquet`; a table's own `city` column becomes the directory.
_PARTITION_SQL = {
    "documents": "SELECT *, strftime(pub_date, '%Y-%m') AS month FROM documents",
    "articles": "SELECT a.*, d.city, strftime(d.pub_date, '%Y-%m') AS month FROM articles a JOIN documents d USING (doc_id)",
    "paragraphs": "SELECT p.*, d.city, strftime(d.pub_date, '%Y-%m') AS month FROM paragraphs p JOIN documents d USING (doc_id)",
    "mentions": "SELECT m.*, strftime(d.pub_date, '%Y-%m') AS month FROM mentions m JOIN documents d USING (doc_id)",
}


def process_batch(files: list[tuple[str, str | None]], parquet_dir: str) -> tuple[int, int]:
    """On a worker: files → rows → Parquet parts under `parquet_dir`. Returns (documents, rejects)."""
    outcomes = [process_file(Path(f), Path(root) if root else None) for f, root in files]
    documents = [o for o in outcomes if not isinstance(o, Reject)]
    rejects = [o for o in outcomes if isinstance(o, Reject)]
    con = duckdb.connect()
    try:
        con.execute(load.SCHEMA)
        load._insert_documents(con, documents)
        load._insert(con, "rejects", [(r.file_name, r.sha256, r.reason) for r in rejects])
        part = uuid.uuid4().hex
        for table, sql in _PARTITION_SQL.items():
            if con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]:
                target = Path(parquet_dir) / table
                con.execute(
                    f"COPY ({sql}) TO '{target}' (FORMAT parquet, PARTITION_BY (city, month), "
                    f"FILENAME_PATTERN 'part-{part}-{{i}}', OVERWRITE_OR_IGNORE)"
                )
        if rejects:
            (Path(parquet_dir) / "rejects").mkdir(parents=True, exist_ok=True)
            con.execute(f"COPY rejects TO '{Path(parquet_dir) / 'rejects' / f'part-{part}.parquet'}' (FORMAT parquet)")
    finally:
        con.close()
    return len(documents), len(rejects)


def build_on_dask(
    paths: list[Path], database: Path, scheduler: str | None, parquet_dir: Path, batch_size: int = 16
) -> BuildResult:
    """Run the extraction on the cluster at `scheduler` (a LocalCluster of two workers if None)."""
    from dask.distributed import Client, LocalCluster

    files = [(str(f.resolve()), str(root.resolve()) if root else None) for f, root in collect(paths)]
    shutil.rmtree(parquet_dir, ignore_errors=True)
    parquet_dir.mkdir(parents=True)
    batches = [files[i : i + batch_size] for i in range(0, len(files), batch_size)]
    cluster = (
        None if scheduler else LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    )
    client = Client(scheduler or cluster)
    try:
        futures = client.map(process_batch, batches, parquet_dir=str(parquet_dir.resolve()), pure=False)
        counts = client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    result = BuildResult(None, reused=0)
    if sum(n for n, _ in counts):
        load.publish_from_parquet(database, parquet_dir)
        result.database = database
    return result
