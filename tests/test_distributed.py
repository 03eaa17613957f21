"""The Dask engine: the same rows as a single-process build, with Parquet by city and month."""

import duckdb
import pytest
from conftest import RAW
from test_load import TABLES, _dump

from etl.distributed import build_on_dask

pytest.importorskip("dask.distributed")


def test_dask_build_equals_the_local_build_row_for_row(tmp_path, seed_db):
    db, parquet = tmp_path / "dask.duckdb", tmp_path / "parquet"
    result = build_on_dask([RAW], db, scheduler=None, parquet_dir=parquet)  # LocalCluster, two workers
    assert result.database == db
    assert _dump(db) == _dump(seed_db)
    cities = {p.name for p in (parquet / "mentions").iterdir()}
    assert {"city=%E7%A6%8F%E5%B7%9E%E5%B8%82", "city=%E5%AE%81%E5%BE%B7%E5%B8%82"} <= cities  # 福州市, 宁德市
    months = {p.name for p in (parquet / "mentions").glob("*/*")}
    assert "month=2022-11" in months
    # the dashboard (or any engine) can query the Parquet directly
    with duckdb.connect() as con:
        n = con.execute(
            "SELECT count(*) FROM read_parquet(?, hive_partitioning = true)",
            [str(parquet / "mentions" / "**" / "*.parquet")],
        ).fetchone()[0]
    assert n == len(_dump(seed_db)["mentions"])
    assert set(TABLES) >= {"mentions", "documents"}
