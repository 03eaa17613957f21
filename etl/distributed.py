"""The same build on a Dask cluster, for corpora that outgrow one machine.

Workers read the files where they lie (a path every worker can see), run the same stages as a
local build (`pipeline.process_batch`), and write their rows as Parquet partitioned by city and
month. The DuckDB database is then built from those Parquet files, which the dashboard or any
engine can also query directly.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb

from . import load, rows
from .pipeline import BuildResult, batches, collect, new_documents, process_batch
from .records import Document, Mention

# Partition keys per table: the city and month (of the document's date) the rows belong to.
# Hive layout `city=…/month=…/part-….parquet`; a table's own `city` column becomes the directory.
_PARTITION_SQL = {
    "documents": "SELECT *, strftime(pub_date, '%Y-%m') AS month FROM documents",
    "articles": "SELECT a.*, d.city, strftime(d.pub_date, '%Y-%m') AS month FROM articles a JOIN documents d USING (doc_id)",
    "paragraphs": "SELECT p.*, d.city, strftime(d.pub_date, '%Y-%m') AS month FROM paragraphs p JOIN documents d USING (doc_id)",
    "mentions": "SELECT *, strftime(pub_date, '%Y-%m') AS month FROM mentions",
}


def write_partitioned(documents: list[tuple[Document, list[Mention]]], parquet_dir: Path, part: str) -> None:
    """A batch's rows as `TABLE/city=…/month=…/part-PART-i.parquet` under `parquet_dir`."""
    with duckdb.connect() as con:
        for table, data in rows.batch_tables(documents).items():
            con.register(table, data)
        for table, sql in _PARTITION_SQL.items():
            if con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]:
                con.execute(
                    f"COPY ({sql}) TO '{parquet_dir / table}' (FORMAT parquet, PARTITION_BY (city, month), "
                    f"FILENAME_PATTERN 'part-{part}-{{i}}', OVERWRITE_OR_IGNORE)"
                )


def build_on_dask(paths: list[Path], database: Path, scheduler: str | None, parquet_dir: Path) -> BuildResult:
    """Run the extraction on the cluster at `scheduler` (a LocalCluster of two workers if None)."""
    from dask.distributed import Client, LocalCluster

    files = [(f.resolve(), root.resolve() if root else None) for f, root in collect(paths)]
    shutil.rmtree(parquet_dir, ignore_errors=True)
    parquet_dir.mkdir(parents=True)
    cluster = (
        None if scheduler else LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    )
    client = Client(scheduler or cluster)
    try:
        work = batches(files, jobs=len(client.scheduler_info()["workers"]) or 1)
        futures = [
            client.submit(process_batch, batch, parquet_dir.resolve(), f"{i:06d}", write_partitioned, pure=False)
            for i, batch in enumerate(work)
        ]
        summaries = client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    new_docs, duplicates = new_documents(summaries, kept=set())
    result = BuildResult(None, processed=len(files), rejects=[r for s in summaries for r in s.rejects] + duplicates)
    if new_docs:
        load.publish(load.Draft(database), parquet_dir, result.rejects, skip_files=[r.file_name for r in duplicates])
        result.database = database
    return result
