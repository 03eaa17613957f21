"""The database's tables: the one place their columns and types are defined (docs/schema.md
explains them). `load` creates them; `rows` derives the Arrow schemas of staged rows from them.

Paragraph texts are compressed with zstd, as DuckDB already does for whole documents: its default
for short strings (FSST) kept them at half the database, which every incremental build copies."""

SCHEMA = """
CREATE TABLE build_info (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
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
    article_id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, seq INTEGER NOT NULL, title VARCHAR,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL);
CREATE TABLE paragraphs (
    paragraph_id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL,
    seq INTEGER NOT NULL, text VARCHAR NOT NULL USING COMPRESSION zstd,
    text_simplified VARCHAR NOT NULL USING COMPRESSION zstd,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, is_heading BOOLEAN NOT NULL,
    has_lost_chars BOOLEAN NOT NULL);
CREATE TABLE mentions (
    mention_id VARCHAR PRIMARY KEY, paragraph_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL,
    doc_id VARCHAR NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, quote VARCHAR NOT NULL,
    value DOUBLE NOT NULL, value_high DOUBLE, unit VARCHAR, dimension VARCHAR NOT NULL,
    value_yuan DOUBLE, indicator VARCHAR, kind VARCHAR NOT NULL, qualifier VARCHAR NOT NULL,
    city VARCHAR, place VARCHAR, topic VARCHAR NOT NULL, period VARCHAR,
    period_start DATE, period_end DATE, confidence DOUBLE NOT NULL, doubt VARCHAR);
CREATE TABLE rejects (file_name VARCHAR NOT NULL, sha256 VARCHAR, reason VARCHAR NOT NULL);
"""
# Built after the bulk load: indexes maintained row by row would slow the load down.
INDEXES = """
CREATE INDEX IF NOT EXISTS mentions_place ON mentions(place);
CREATE INDEX IF NOT EXISTS mentions_topic ON mentions(topic);
CREATE INDEX IF NOT EXISTS mentions_paragraph ON mentions(paragraph_id);
CREATE INDEX IF NOT EXISTS paragraphs_doc ON paragraphs(doc_id);
"""
