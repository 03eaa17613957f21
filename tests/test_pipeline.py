"""The build's plumbing: batches of files, staged Parquet, duplicates across batches and workers."""

import shutil

import duckdb
import pyarrow.parquet as pq
from conftest import RAW

from etl import pipeline, rows
from etl.pipeline import batches, build, collect, process_batch
from etl.schema import SCHEMA


def test_batches_keep_every_file_once_in_order(tmp_path):
    for i in range(40):
        (tmp_path / f"{i:02d}.txt").write_bytes(b"x" * (1000 + i))
    files = collect([tmp_path])
    for jobs in (1, 2, 8):
        cut = batches(files, jobs)
        assert [f for batch in cut for f in batch] == files
        if jobs > 1:  # small batches so that every worker has work until the end
            assert len(cut) >= jobs * pipeline.BATCHES_PER_JOB


def test_a_big_corpus_is_cut_into_batches_of_a_few_megabytes(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "BATCH_BYTES", 10_000)
    for i in range(9):
        (tmp_path / f"{i}.txt").write_bytes(b"x" * 4_000)
    (tmp_path / "5big.txt").write_bytes(b"x" * 30_000)
    sizes = [len(b) for b in batches(collect([tmp_path]), jobs=1)]
    assert sizes == [2, 2, 2, 1, 2, 1]  # 4+4 kB, 4+4, 4+4, 30 alone, 4+4, 4


def test_staged_parquet_has_the_database_types_and_the_source_file(tmp_path):
    summary = process_batch(collect([RAW]), tmp_path, "000000")
    assert [name for name, _, _ in summary.documents] == sorted(p.name for p in RAW.iterdir())
    with duckdb.connect() as con:
        con.execute(SCHEMA)
        for table in rows.STAGED_TABLES:
            staged = pq.read_schema(tmp_path / table / "part-000000.parquet")
            expected = con.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table().schema
            assert staged.names == [*expected.names, rows.SOURCE_COLUMN]
            assert [staged.field(n).type for n in expected.names] == list(expected.types)


def test_a_file_repeating_another_is_loaded_once_whichever_worker_reads_it(tmp_path, monkeypatch):
    folder = tmp_path / "raw"
    shutil.copytree(RAW, folder)
    shutil.copy(folder / "004_bf5087a809f52b81.txt", folder / "zzz_copy.txt")
    monkeypatch.setattr(pipeline, "BATCH_BYTES", 1)  # one file per batch: the copy has its own batch
    monkeypatch.setattr(pipeline, "BYTES_PER_WORKER", 1)  # and two workers even for small files
    for jobs in (1, 2):
        db = tmp_path / f"db{jobs}.duckdb"
        result = build([folder], db, jobs=jobs)
        assert [(r.file_name, r.reason) for r in result.rejects] == [
            ("zzz_copy.txt", "duplicate of another file's content")
        ]
        with duckdb.connect(str(db), read_only=True) as con:
            assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 5
            assert con.execute("SELECT count(DISTINCT mention_id) = count(*) FROM mentions").fetchone()[0]
        again = build([folder], db, jobs=jobs)  # the copy is known: nothing to read again
        assert (again.processed, again.reused) == (0, 6)


def test_a_file_of_page_furniture_only_is_rejected_with_its_reason(tmp_path):
    (tmp_path / "furniture.txt").write_text("分享\n打印\n版权所有 福州日报社\n", encoding="utf-8")
    outcome = pipeline.process_file(tmp_path / "furniture.txt")
    assert outcome.reason == "no text left once page furniture is removed"


def test_a_killed_build_leaves_no_staging_behind_the_next_one(tmp_path):
    db = tmp_path / "db.duckdb"
    abandoned = tmp_path / ".db.duckdb.staging-999999999"  # no such process
    (abandoned / "mentions").mkdir(parents=True)
    build([RAW], db, jobs=1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db.duckdb", "db.duckdb.versions"]
