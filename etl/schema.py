"""The database's tables: the one place their columns and types are defined (docs/schema.md
explains them). `load` creates them; `rows` derives the Arrow schemas of staged rows from them.

Every incremental build copies the database file, so it is kept small:
- paragraph texts are compressed with zstd, as DuckDB already does for whole documents (its default
  for short strings, FSST, kept them at half the file);
- the ids of documents, articles, paragraphs and mentions are unique by construction (they derive
  from the content hash; tests check it) and carry no PRIMARY KEY: DuckDB would keep an ART index
  of each, a third of the file, rewritten at every checkpoint. No other index helps the dashboard's
  queries either (measured at a million mentions).

`mentions.pub_date` repeats its document's date: the newest-first lists then sort the mentions
alone, with no join before the LIMIT (at a million mentions, 60 ms → 17 ms for the sort)."""

SCHEMA = """
CREATE TABLE build_info (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
CREATE TABLE places (
    name VARCHAR PRIMARY KEY, level VARCHAR NOT NULL, parent VARCHAR, city VARCHAR,
    short VARCHAR, lon DOUBLE, lat DOUBLE);
CREATE TABLE topics (topic VARCHAR PRIMARY KEY, label_zh VARCHAR NOT NULL, label_en VARCHAR NOT NULL);
CREATE TABLE documents (
    doc_id VARCHAR NOT NULL, file_name VARCHAR NOT NULL, sha256 VARCHAR NOT NULL,
    encoding VARCHAR NOT NULL, script VARCHAR NOT NULL, title VARCHAR, publisher VARCHAR,
    pub_date DATE, place VARCHAR, city VARCHAR, original_text VARCHAR NOT NULL,
    clean_text VARCHAR NOT NULL, n_articles INTEGER, n_paragraphs INTEGER, n_mentions INTEGER);
CREATE TABLE articles (
    article_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, seq INTEGER NOT NULL, title VARCHAR,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL);
CREATE TABLE paragraphs (
    paragraph_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL,
    seq INTEGER NOT NULL, text VARCHAR NOT NULL USING COMPRESSION zstd,
    text_simplified VARCHAR NOT NULL USING COMPRESSION zstd,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, is_heading BOOLEAN NOT NULL,
    has_lost_chars BOOLEAN NOT NULL);
CREATE TABLE mentions (
    mention_id VARCHAR NOT NULL, paragraph_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL,
    doc_id VARCHAR NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, quote VARCHAR NOT NULL,
    value DOUBLE NOT NULL, value_high DOUBLE, unit VARCHAR, dimension VARCHAR NOT NULL,
    value_yuan DOUBLE, indicator VARCHAR, kind VARCHAR NOT NULL, qualifier VARCHAR NOT NULL,
    city VARCHAR, place VARCHAR, topic VARCHAR NOT NULL, period VARCHAR,
    period_start DATE, period_end DATE, confidence DOUBLE NOT NULL, doubt VARCHAR,
    pub_date DATE);
CREATE TABLE rejects (file_name VARCHAR NOT NULL, sha256 VARCHAR, reason VARCHAR NOT NULL);
"""
