"""Rows → a new DuckDB file, moved into place only when complete.

Readers (the dashboard) open the database read-only. A build never writes into the live file: it
writes `NAME.duckdb.building-PID` beside it and renames it over the target, which is atomic on
POSIX, so a reader sees either the old database or the new one, never half of one.
"""

from __future__ import annotations

import os
from dataclasses import astuple
from pathlib import Path

import duckdb
import pandas as pd

from .gazetteer import load_gazetteer
from .records import Document, Mention, Reject
from .topics import TOPICS, load_lexicon

SCHEMA = """
CREATE TABLE places (
    name VARCHAR PRIMARY KEY, level VARCHAR NOT NULL, parent VARCHAR, city VARCHAR,
    short VARCHAR, lon DOUBLE, lat DOUBLE);
CREATE TABLE topics (topic VARCHAR PRIMARY KEY, label_zh VARCHAR NOT NULL, label_en VARCHAR NOT NULL);
CREATE TABLE documents (
    doc_id VARCHAR PRIMARY KEY, file_name VARCHAR NOT NULL, sha256 VARCHAR NOT NULL,
    encoding VARCHAR NOT NULL, script VARCHAR NOT NULL, title VARCHAR, publisher VARCHAR,
    pub_date DATE, place VARCHAR, city VARCHAR, original_text VARCHAR NOT NULL,
    clean_text VARCHAR NOT NULL, n_articles INTEGER, n_paragraphs INTEGER, n_mentions INTEGER);
CREATE TABLE articles (
    article_id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL REFERENCES documents(doc_id),
    seq INTEGER NOT NULL, title VARCHAR, start INTEGER NOT NULL, "end" INTEGER NOT NULL);
CREATE TABLE paragraphs (
    paragraph_id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL REFERENCES articles(article_id),
    doc_id VARCHAR NOT NULL REFERENCES documents(doc_id), seq INTEGER NOT NULL,
    text VARCHAR NOT NULL, text_simplified VARCHAR NOT NULL, start INTEGER NOT NULL,
    "end" INTEGER NOT NULL, is_heading BOOLEAN NOT NULL, has_lost_chars BOOLEAN NOT NULL);
CREATE TABLE mentions (
    mention_id VARCHAR PRIMARY KEY,
    paragraph_id VARCHAR NOT NULL REFERENCES paragraphs(paragraph_id),
    article_id VARCHAR NOT NULL REFERENCES articles(article_id),
    doc_id VARCHAR NOT NULL REFERENCES documents(doc_id),
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, quote VARCHAR NOT NULL,
    value DOUBLE NOT NULL, value_high DOUBLE, unit VARCHAR, dimension VARCHAR NOT NULL,
    value_yuan DOUBLE, indicator VARCHAR, kind VARCHAR NOT NULL, qualifier VARCHAR NOT NULL,
    city VARCHAR, place VARCHAR, topic VARCHAR NOT NULL REFERENCES topics(topic), period VARCHAR,
    period_start DATE, period_end DATE, confidence DOUBLE NOT NULL, doubt VARCHAR);
CREATE TABLE rejects (file_name VARCHAR NOT NULL, sha256 VARCHAR, reason VARCHAR NOT NULL);
CREATE INDEX mentions_place ON mentions(place);
CREATE INDEX mentions_topic ON mentions(topic);
CREATE INDEX mentions_paragraph ON mentions(paragraph_id);
"""


def write_database(target: Path, documents: list[tuple[Document, list[Mention]]], rejects: list[Reject]) -> Path:
    """Write everything to a fresh file and atomically move it to `target`."""
    target.parent.mkdir(parents=True, exist_ok=True)
    building = target.with_name(f"{target.name}.building-{os.getpid()}")
    building.unlink(missing_ok=True)
    try:
        con = duckdb.connect(str(building))
        try:
            con.execute("BEGIN")
            con.execute(SCHEMA)
            _insert_dimensions(con)
            _insert_documents(con, sorted(documents, key=lambda d: d[0].doc_id))
            _insert(con, "rejects", [astuple(r) for r in sorted(rejects, key=lambda r: r.file_name)])
            con.execute("COMMIT")
            con.execute("CHECKPOINT")
        finally:
            con.close()
        os.replace(building, target)
    finally:
        building.unlink(missing_ok=True)
        Path(f"{building}.wal").unlink(missing_ok=True)
    return target


def _insert_dimensions(con: duckdb.DuckDBPyConnection) -> None:
    gaz = load_gazetteer()
    rows = [(p.name, p.level, p.parent, gaz.city_of(p.name), p.short, p.lon, p.lat) for p in gaz.places.values()]
    _insert(con, "places", rows)
    labels = load_lexicon().labels
    _insert(con, "topics", [(t, *labels[t]) for t in TOPICS])


def _insert_documents(con: duckdb.DuckDBPyConnection, documents: list[tuple[Document, list[Mention]]]) -> None:
    doc_rows, article_rows, paragraph_rows, mention_rows = [], [], [], []
    for doc, mentions in documents:
        paragraphs = doc.paragraphs
        doc_rows.append(
            (
                doc.doc_id,
                doc.file_name,
                doc.sha256,
                doc.encoding,
                doc.script,
                doc.title,
                doc.publisher,
                doc.pub_date,
                doc.place,
                doc.city,
                doc.original_text,
                doc.clean_text,
                len(doc.articles),
                len(paragraphs),
                len(mentions),
            )
        )
        article_rows += [(a.article_id, doc.doc_id, a.seq, a.title, a.start, a.end) for a in doc.articles]
        paragraph_rows += [
            (
                p.paragraph_id,
                p.article_id,
                doc.doc_id,
                p.seq,
                p.text,
                p.text_simplified,
                p.start,
                p.end,
                p.is_heading,
                p.has_lost_chars,
            )
            for p in paragraphs
        ]
        mention_rows += [astuple(m) for m in mentions]
    _insert(con, "documents", doc_rows)
    _insert(con, "articles", article_rows)
    _insert(con, "paragraphs", paragraph_rows)
    _insert(con, "mentions", mention_rows)


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple]) -> None:
    """Bulk insert through a DataFrame: row-by-row inserts are far slower in DuckDB."""
    columns = [c[0] for c in con.execute(f"DESCRIBE {table}").fetchall()]
    frame = pd.DataFrame.from_records(rows, columns=columns)
    if frame.empty:
        return
    con.register("incoming", frame)
    try:
        con.execute(f"INSERT INTO {table} SELECT * FROM incoming")
    finally:
        con.unregister("incoming")
