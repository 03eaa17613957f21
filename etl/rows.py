"""Documents and their mentions → Arrow tables with exactly the database's columns and types.

Workers turn their batch into these tables and write them as Parquet; the database is filled from
those files by DuckDB itself, so no row crosses a process boundary as a Python object. The Arrow
schemas are read from the SQL schema in `schema.SCHEMA`, the one place the columns are defined.
Each staged row also carries `doc_file`, the file it came from, so that the rows of a file found
to duplicate another's content can be left out when loading.
"""

from __future__ import annotations

from dataclasses import fields
from functools import cache
from operator import attrgetter
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from .records import Document, Mention
from .schema import SCHEMA

STAGED_TABLES = ("documents", "articles", "paragraphs", "mentions")
SOURCE_COLUMN = "doc_file"
_mention_row = attrgetter(*(f.name for f in fields(Mention)))  # one C call per mention


@cache
def arrow_schemas() -> dict[str, pa.Schema]:
    """The Arrow schema of every table of `SCHEMA`, with the staging column added."""
    with duckdb.connect() as con:
        con.execute(SCHEMA)
        schemas = {t: con.sql(f"SELECT * FROM {t} LIMIT 0").to_arrow_table().schema for t in STAGED_TABLES}
    return {t: s.append(pa.field(SOURCE_COLUMN, pa.string())) for t, s in schemas.items()}


def _document_row(doc: Document, n_mentions: int) -> tuple:
    return (
        doc.doc_id, doc.file_name, doc.sha256, doc.encoding, doc.script, doc.title, doc.publisher,
        doc.pub_date, doc.place, doc.city, doc.original_text, doc.clean_text,
        len(doc.articles), len(doc.paragraphs), n_mentions, doc.file_name,
    )  # fmt: skip


def batch_tables(documents: list[tuple[Document, list[Mention]]]) -> dict[str, pa.Table]:
    """Rows of a batch of documents, one Arrow table per staged table."""
    rows: dict[str, list[tuple]] = {t: [] for t in STAGED_TABLES}
    for doc, mentions in documents:
        src = doc.file_name
        rows["documents"].append(_document_row(doc, len(mentions)))
        for a in doc.articles:
            rows["articles"].append((a.article_id, doc.doc_id, a.seq, a.title, a.start, a.end, src))
            rows["paragraphs"] += [
                (p.paragraph_id, p.article_id, doc.doc_id, p.seq, p.text, p.text_simplified, p.start, p.end,
                 p.is_heading, p.has_lost_chars, src)
                for p in a.paragraphs
            ]  # fmt: skip
        rows["mentions"] += [(*_mention_row(m), doc.pub_date, src) for m in mentions]
    return {t: _table(arrow_schemas()[t], r) for t, r in rows.items()}


def _table(schema: pa.Schema, rows: list[tuple]) -> pa.Table:
    columns = list(zip(*rows)) if rows else [()] * len(schema)
    return pa.Table.from_arrays([pa.array(c, type=f.type) for c, f in zip(columns, schema)], schema=schema)


def write_batch(documents: list[tuple[Document, list[Mention]]], staging: Path, part: str) -> None:
    """The batch's tables as `staging/TABLE/part-PART.parquet` (tables without rows are skipped)."""
    for table, data in batch_tables(documents).items():
        if data.num_rows:
            (staging / table).mkdir(parents=True, exist_ok=True)
            pq.write_table(
                data, staging / table / f"part-{part}.parquet", compression="lz4"
            )  # staged briefly: speed over size
