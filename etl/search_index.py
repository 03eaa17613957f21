"""An inverted index of the paragraphs' character bigrams, for full-text search.

A `contains` over every paragraph costs a second at a million mentions, and DuckDB's `fts`
extension cannot be installed offline. Chinese has no spaces to cut words at, so the index holds
every pair of adjacent characters of `lower(text_simplified)`, once per paragraph: a paragraph
can contain a term only if it holds each of the term's bigrams, so the search verifies `contains`
on those few paragraphs alone. The last character of a paragraph is paired with `END`, so that
every character starts a bigram and a one-character term is a range of bigrams.

A bigram is one BIGINT, `first << 21 | second` (code points have 21 bits), and a paragraph a
small INTEGER key. Rows are written in runs sorted by bigram, one run per chunk of paragraphs
indexed together, so DuckDB's zone maps skip the row groups that cannot hold the bigrams looked
for. The layout of the tables is in docs/schema.md.
"""

from __future__ import annotations

from collections.abc import Iterator

import duckdb
import numpy as np
import pyarrow as pa

CODE_BITS = 21
END = 0  # paired with the last character; a NUL in a text would only add candidates, never lose one
# The sort key of one bigram row is (bigram << KEY_BITS | position of the paragraph in its chunk).
KEY_BITS = 22
CHUNK_ROWS = 1 << KEY_BITS
CHUNK_CHARS = 8_000_000  # about 300 MB of arrays; each chunk is one sorted run, so not much smaller

# Rows of `search_grams` whose key has left `search_keys` are unreachable (searches join the keys)
# and are deleted only once they reach this share of the keys ever given: deleting them means a
# scan of the whole table, which would cost a daily update more than everything else it does.
STALE_SHARE = 0.25

TABLES = """
CREATE TABLE IF NOT EXISTS search_keys (pkey INTEGER NOT NULL, paragraph_id VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS search_grams (gram BIGINT NOT NULL, pkey INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS search_state (next_pkey INTEGER NOT NULL, stale_keys INTEGER NOT NULL);
"""
# Paragraphs not indexed yet, with the text the search matches against.
_FRESH = """SELECT paragraph_id, text, length(text) AS length FROM (
                SELECT paragraph_id, lower(text_simplified) AS text FROM paragraphs p
                WHERE NOT EXISTS (SELECT 1 FROM search_keys k WHERE k.paragraph_id = p.paragraph_id))"""
# Index keys whose paragraph is gone (its document was dropped or replaced).
_GONE = """SELECT pkey FROM search_keys k
           WHERE NOT EXISTS (SELECT 1 FROM paragraphs p WHERE p.paragraph_id = k.paragraph_id)"""


def refresh(con: duckdb.DuckDBPyConnection) -> None:
    """Bring the index up to date with `paragraphs`: keys of paragraphs that are gone are deleted
    (their bigram rows later, see STALE_SHARE), paragraphs not indexed yet are added. A build copies the previous version and changes a few
    documents, so the work follows the changed paragraphs, not the size of the corpus. A kept id
    keeps its rows: ids derive from the document's content hash, so an id names one text."""
    con.execute(TABLES)
    first, stale = con.execute("SELECT max(next_pkey), max(stale_keys) FROM search_state").fetchone()
    first, stale = first or 0, stale or 0  # keys are never given twice: stale rows stay unreachable
    stale += con.execute(f"DELETE FROM search_keys WHERE pkey IN ({_GONE})").fetchone()[0]
    if stale > STALE_SHARE * first:
        con.execute("DELETE FROM search_grams WHERE pkey NOT IN (SELECT pkey FROM search_keys)")
        stale = 0
    fresh = con.sql(_FRESH).to_arrow_table()
    pkeys = np.arange(first, first + fresh.num_rows, dtype=np.int32)
    _append(con, "search_keys", pa.table({"pkey": pkeys, "paragraph_id": fresh["paragraph_id"]}))
    lengths = fresh["length"].to_numpy()
    for part in _chunks(lengths):
        text = "".join(fresh["text"][part].to_pylist())
        grams, keys = bigrams(text, lengths[part], pkeys[part])
        _append(con, "search_grams", pa.table({"gram": grams, "pkey": keys}))
    con.execute("DELETE FROM search_state")
    con.execute("INSERT INTO search_state VALUES (?, ?)", [first + fresh.num_rows, stale])


def bigrams(text: str, lengths: np.ndarray, pkeys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct (bigram, key) pairs, sorted, of paragraphs `pkeys` whose texts of `lengths`
    characters are joined in `text`.

    Vectorised: each code point is paired with the next one (`END` at the end of a paragraph)
    and one sort of packed integers both orders the rows and brings a paragraph's repeated
    bigrams together. Computed in place, as the arrays are large."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    following = np.empty_like(codes)
    following[:-1] = codes[1:]
    following[np.cumsum(lengths[lengths > 0]) - 1] = END
    packed = codes.astype(np.uint64)
    packed <<= CODE_BITS
    packed |= following
    packed <<= KEY_BITS
    packed |= np.repeat(np.arange(len(lengths), dtype=np.uint32), lengths)  # the paragraph
    packed.sort()
    packed = packed[np.concatenate(([True], packed[1:] != packed[:-1]))]  # faster than np.unique
    keys = pkeys[packed & (CHUNK_ROWS - 1)]
    packed >>= KEY_BITS
    return packed.view(np.int64), keys


def term_ranges(term: str) -> list[tuple[int, int]]:
    """Bigram ranges a paragraph must hold, each of them, to contain `term` (lowercase).

    A longer term needs each of its distinct bigrams; one character needs any bigram it starts."""
    codes = [ord(c) for c in term]
    if len(codes) == 1:
        return [(codes[0] << CODE_BITS, ((codes[0] + 1) << CODE_BITS) - 1)]
    grams = sorted({a << CODE_BITS | b for a, b in zip(codes, codes[1:], strict=False)})
    return [(g, g) for g in grams]


def _chunks(lengths: np.ndarray) -> Iterator[slice]:
    """Consecutive slices of about CHUNK_CHARS characters (and fewer than CHUNK_ROWS paragraphs,
    the positions a packed sort key holds), so that memory stays bounded."""
    ends = np.cumsum(lengths)
    start = 0
    while start < len(lengths):
        budget = (ends[start - 1] if start else 0) + CHUNK_CHARS
        stop = min(max(int(np.searchsorted(ends, budget, side="right")), start + 1), start + CHUNK_ROWS)
        yield slice(start, stop)
        start = stop


def _append(con: duckdb.DuckDBPyConnection, table: str, rows: pa.Table) -> None:
    """Bulk insert of an Arrow table (zero copy, three times faster than a DataFrame), in order."""
    if not rows.num_rows:
        return
    con.register("search_index_rows", rows)
    try:
        con.execute(f"INSERT INTO {table} SELECT * FROM search_index_rows")
    finally:
        con.unregister("search_index_rows")
