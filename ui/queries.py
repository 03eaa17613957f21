"""Every SQL statement the dashboard runs.

User input only ever reaches DuckDB as `?` parameters. Results are cached per database
identity, so a rebuilt file is re-read and an unchanged one is never queried twice.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from etl import search_index
from ui import db
from ui.terms import with_synonyms

COUNTY_LEVELS = ("district", "county", "county_city", "zone")
EXPLORER_LIMIT = 5000
SEARCH_LIMIT = 50


@st.cache_data(max_entries=512, show_spinner=False)
def _run(ident: db.DbIdentity, sql: str, params: tuple) -> pd.DataFrame:
    """Through Arrow: at a million mentions the explorer's 5,000 newest took 36 ms with DuckDB's own
    `.df()`, 26 ms this way."""
    return db.cursor(ident).sql(sql, params=list(params)).to_arrow_table().to_pandas(date_as_object=False)


def _query(sql: str, *params: object) -> pd.DataFrame:
    return _run(db.require(), sql, params)


# A place and everything below it in the gazetteer (宁德市 → 福安市 → its towns).
_SUBTREE = """(
    WITH RECURSIVE subtree(name) AS (
        SELECT CAST(? AS VARCHAR)
        UNION SELECT p.name FROM places p JOIN subtree s ON p.parent = s.name
    ) SELECT name FROM subtree)"""

# Each place paired with itself and every ancestor, to count mentions at a chosen level.
_ANCESTORS = """
    WITH RECURSIVE up(place, name, level, parent) AS (
        SELECT name, name, level, parent FROM places
        UNION ALL
        SELECT up.place, p.name, p.level, p.parent FROM up JOIN places p ON p.name = up.parent
    )"""


# --- overview ---------------------------------------------------------------------------


def summary() -> pd.Series:
    """Headline counts: documents, mentions, places, topics, first and last date."""
    return _query(
        """SELECT
            (SELECT count(*) FROM documents) AS documents,
            (SELECT count(*) FROM mentions) AS mentions,
            (SELECT count(DISTINCT place) FROM mentions) AS places,
            (SELECT count(DISTINCT topic) FROM mentions) AS topics,
            (SELECT min(pub_date) FROM documents) AS first_date,
            (SELECT max(pub_date) FROM documents) AS last_date"""
    ).iloc[0]


def city_topic_counts() -> pd.DataFrame:
    """Mentions per prefecture city and topic (mentions without a city are left out)."""
    return _query(
        """SELECT m.city, m.topic, t.label_zh AS topic_zh, t.label_en AS topic_en,
                  count(*) AS n
           FROM mentions m JOIN topics t USING (topic)
           WHERE m.city IS NOT NULL
           GROUP BY ALL ORDER BY m.city, m.topic"""
    )


def newest_documents(limit: int = 20) -> pd.DataFrame:
    """The latest documents first; undated ones last."""
    return _query(
        """SELECT doc_id, title, publisher, pub_date, place, n_mentions
           FROM documents ORDER BY pub_date DESC NULLS LAST, file_name LIMIT ?""",
        limit,
    )


def documents_by_date() -> pd.DataFrame:
    """Documents per publication date, with their titles for the tooltip."""
    return _query(
        """SELECT pub_date, count(*) AS n,
                  array_to_string(list(title ORDER BY title)[1:5], ' / ')
                      || CASE WHEN count(*) > 5 THEN ' / …' ELSE '' END AS titles
           FROM documents WHERE pub_date IS NOT NULL GROUP BY pub_date ORDER BY pub_date"""
    )


# --- dimensions -------------------------------------------------------------------------


def places() -> pd.DataFrame:
    """The gazetteer, with the number of mentions placed at or below each place.

    Mentions are counted per place first, so only those counts (not a million rows) are joined
    to each place's ancestors."""
    return _query(
        f"""{_ANCESTORS},
        per_place AS (SELECT place, count(*) AS n FROM mentions GROUP BY place)
        SELECT p.name, p.level, p.parent, p.city, p.short,
               coalesce(sum(c.n), 0)::BIGINT AS n_mentions
        FROM places p
        LEFT JOIN up ON up.name = p.name
        LEFT JOIN per_place c ON c.place = up.place
        GROUP BY ALL ORDER BY p.city NULLS FIRST, p.level, p.name"""
    )


def topics() -> pd.DataFrame:
    """Topic codes with their labels, in the schema's order."""
    return _query("SELECT topic, label_zh, label_en FROM topics ORDER BY rowid")


_FILTER_COLUMNS = {
    "place": "place",
    "topic": "topic",
    "kind": "kind",
    "unit": "unit",
    "period": "period",
}


def distinct_values(column: str) -> list[str]:
    """The values a mention filter can take, most frequent first."""
    name = _FILTER_COLUMNS[column]  # a fixed name from the table above, never user input
    frame = _query(
        f"""SELECT {name} AS value FROM mentions WHERE {name} IS NOT NULL
            GROUP BY 1 ORDER BY count(*) DESC, 1"""
    )
    return frame["value"].tolist()


# --- mentions ---------------------------------------------------------------------------


@dataclass(frozen=True)
class MentionFilter:
    """Which mentions to list; an empty field does not filter."""

    place: str | None = None  # the place or anything below it
    topic: str | None = None
    kind: str | None = None
    unit: str | None = None
    period: str | None = None
    indicator: str | None = None  # exact label
    terms: tuple[str, ...] = ()  # words of the label
    all_terms: bool = False  # every word must match, else any
    doc: str | None = None
    doubtful: bool = False  # confidence below 0.7 or a reason for doubt


DOUBT_CONFIDENCE = 0.7


def _mention_conditions(f: MentionFilter) -> tuple[list[str], list[object]]:
    conditions: list[str] = []
    params: list[object] = []
    if f.place:
        conditions.append(f"m.place IN {_SUBTREE}")
        params.append(f.place)
    for column, value in (
        ("topic", f.topic),
        ("kind", f.kind),
        ("unit", f.unit),
        ("period", f.period),
        ("indicator", f.indicator),
        ("doc_id", f.doc),
    ):
        if value:
            conditions.append(f"m.{column} = ?")
            params.append(value)
    if f.terms:
        # a word is matched when it or one of its synonyms is in the label; plain `contains` calls,
        # as a lambda over a list parameter took ten times as long at a million mentions
        groups = with_synonyms(f.terms)
        label = _folded("m.indicator", [w for g in groups for w in g])
        matched = ["(" + " OR ".join([f"contains({label}, ?)"] * len(g)) + ")" for g in groups]
        conditions.append("(" + (" AND " if f.all_terms else " OR ").join(matched) + ")")
        params += [w for g in groups for w in g]
    if f.doubtful:
        conditions.append("(m.confidence < ? OR m.doubt IS NOT NULL)")
        params.append(DOUBT_CONFIDENCE)
    return conditions, params


def _folded(column: str, words: list[str]) -> str:
    """`column` lowercased for a case-insensitive match, unless no word has a letter with case:
    then lowering changes nothing a word can match, and `lower` is most of the cost (38 of 46 ms
    over the 23 thousand candidate paragraphs of a search at a million mentions)."""
    caseless = all(w == w.lower() == w.upper() for w in words)
    return column if caseless else f"lower({column})"


def mentions(f: MentionFilter, limit: int = EXPLORER_LIMIT) -> pd.DataFrame:
    """Mentions matching `f` with their document date and topic labels, newest first.

    The newest `limit` are chosen on their date and id alone, then only their rows are read
    whole: sorting every matching row with all its columns costs twice as much. The date is the
    mention's copy of its document's, so that no join comes before the LIMIT. Mentions of one date
    keep the order they were loaded in (`load` inserts them by date and id): a row id sorts in a
    third of the time of an id string, and the newest rows lie together at the table's end."""
    conditions, params = _mention_conditions(f)
    where = "WHERE " + " AND ".join(conditions) if conditions else ""
    return _query(
        f"""WITH newest AS (
            SELECT m.rowid AS row FROM mentions m
            {where}
            ORDER BY m.pub_date DESC NULLS LAST, m.rowid
            LIMIT ?)
        SELECT m.mention_id, m.paragraph_id, m.doc_id, m.indicator, m.value,
               m.value_high, m.unit, m.dimension, m.kind, m.qualifier, m.place, m.city,
               m.topic, t.label_zh AS topic_zh, t.label_en AS topic_en, m.period,
               m.period_start, m.period_end, m.pub_date, d.title AS doc_title,
               m.quote, m.confidence, m.doubt, m.start, m."end"
        FROM mentions m
        JOIN documents d USING (doc_id)
        LEFT JOIN topics t ON t.topic = m.topic
        WHERE m.rowid IN (SELECT row FROM newest)
        ORDER BY m.pub_date DESC NULLS LAST, m.rowid""",
        *params,
        limit,
    )


# --- map --------------------------------------------------------------------------------


def mention_counts_by_area(levels: tuple[str, ...]) -> pd.DataFrame:
    """Mentions counted at the ancestor of each mention's place that has one of `levels`.

    Counted per place first, as in `places()`: joining a million mentions to every place's
    ancestors took 8 times longer once the gazetteer had its thousand townships."""
    return _query(
        f"""{_ANCESTORS},
        per_place AS (SELECT place, count(*) AS n FROM mentions GROUP BY place)
        SELECT up.name AS place, sum(c.n)::BIGINT AS n
        FROM per_place c JOIN up ON up.place = c.place
        WHERE list_contains(?::VARCHAR[], up.level)
        GROUP BY 1 ORDER BY 1""",
        list(levels),
    )


def mapped_indicators() -> pd.DataFrame:
    """Actual-value indicators to colour the map by, those reported by most places first."""
    return _query(
        """SELECT indicator, unit, count(DISTINCT place) AS places, count(*) AS n
           FROM mentions
           WHERE kind = 'actual' AND indicator IS NOT NULL
           GROUP BY ALL
           ORDER BY places DESC, n DESC, indicator LIMIT 200"""
    )


def indicator_by_area(indicator: str, unit: str | None, levels: tuple[str, ...]) -> pd.DataFrame:
    """Latest actual value of one indicator per area at `levels`, with the mention it is from
    (one `arg_max` over both, so that a tie of dates cannot pair one row's value with another's id)."""
    return _query(
        f"""{_ANCESTORS},
        latest AS (
            SELECT up.name AS place,
                   arg_max({{'value': m.value, 'mention_id': m.mention_id}},
                           (coalesce(m.period_end, m.pub_date), m.mention_id)) AS row
            FROM mentions m
            JOIN up ON up.place = m.place
            WHERE m.kind = 'actual' AND m.indicator = ? AND m.unit IS NOT DISTINCT FROM ?
              AND list_contains(?::VARCHAR[], up.level)
            GROUP BY 1)
        SELECT place, row.value AS value, row.mention_id AS mention_id FROM latest ORDER BY 1""",
        indicator,
        unit,
        list(levels),
    )


# --- search -----------------------------------------------------------------------------


def search_paragraphs(terms: tuple[str, ...], limit: int = SEARCH_LIMIT) -> pd.DataFrame:
    """Paragraphs containing any of `terms`, most distinct words matched first, then most hits.

    The bigram index (etl/search_index.py) names the few paragraphs that can contain a term.
    Their row ids come first, so that DuckDB reads the text of those rows only; they are scored
    on their simplified text, and only the best are read whole. A candidate without any term
    scores 0 matched words: that check comes after the LIMIT, which DuckDB cannot push it
    through (it would scan every paragraph with it), and such candidates sort after every hit.
    Hits are counted in bytes, the same count as in characters without decoding the text."""
    if not terms:
        return _query("SELECT NULL AS paragraph_id WHERE false")
    lookups, lookup_params = zip(*map(_indexed, terms), strict=True)
    return _query(
        f"""WITH indexed AS ({" UNION ".join(lookups)}),
        found AS (
            SELECT p.rowid AS row
            FROM indexed JOIN search_keys k USING (pkey) JOIN paragraphs p USING (paragraph_id)),
        candidates AS (
            SELECT p.rowid AS row, p.paragraph_id, {_folded("p.text_simplified", list(terms))} AS low
            FROM paragraphs p WHERE p.rowid IN (SELECT row FROM found)),
        best AS (
            SELECT c.row, c.paragraph_id,
                   list_count(list_filter(?::VARCHAR[], lambda w: contains(c.low, w))) AS matched,
                   list_sum(list_transform(?::VARCHAR[],
                       lambda w: (strlen(c.low) - strlen(replace(c.low, w, ''))) // strlen(w)))::BIGINT AS hits
            FROM candidates c
            ORDER BY matched DESC, hits DESC, c.paragraph_id
            LIMIT ?)
        SELECT p.paragraph_id, p.doc_id, p.text, p.text_simplified, b.matched, b.hits,
               d.title, d.publisher, d.pub_date, d.place
        FROM best b JOIN paragraphs p ON p.rowid = b.row JOIN documents d USING (doc_id)
        WHERE b.matched > 0
        ORDER BY b.matched DESC, b.hits DESC, b.paragraph_id""",
        *[param for params in lookup_params for param in params],
        list(terms),
        list(terms),
        limit,
    )


def _indexed(term: str) -> tuple[str, list[int]]:
    """SQL (and its parameters) for the keys of the paragraphs whose bigrams allow `term`.

    Each range is a filter on the sorted `gram` column, so DuckDB reads only the row groups
    that hold it. A paragraph holds a bigram once, so it holds all n bigrams of a longer term
    when n rows match; the one range of a single character may match several of its rows."""
    ranges = search_index.term_ranges(term)
    where = " OR ".join(["gram BETWEEN ? AND ?"] * len(ranges))
    sql = f"SELECT pkey FROM search_grams WHERE {where} GROUP BY pkey HAVING count(*) >= ?"
    return sql, [bound for r in ranges for bound in r] + [len(ranges)]


# --- source -----------------------------------------------------------------------------


def document(doc_id: str) -> pd.DataFrame:
    """One document's row (empty when the id is unknown)."""
    return _query("SELECT * FROM documents WHERE doc_id = ?", doc_id)


def document_list() -> pd.DataFrame:
    """Every document, for choosing one to read."""
    return _query(
        """SELECT doc_id, title, pub_date, file_name FROM documents
           ORDER BY pub_date DESC NULLS LAST, file_name"""
    )


def paragraphs(doc_id: str) -> pd.DataFrame:
    """A document's paragraphs in reading order."""
    return _query(
        """SELECT paragraph_id, article_id, seq, text, is_heading, has_lost_chars
           FROM paragraphs WHERE doc_id = ? ORDER BY seq""",
        doc_id,
    )


def locate(mention: str | None = None, paragraph: str | None = None) -> pd.DataFrame:
    """Document and paragraph of a mention id or a paragraph id (empty when unknown)."""
    if mention:
        return _query("SELECT doc_id, paragraph_id FROM mentions WHERE mention_id = ?", mention)
    return _query("SELECT doc_id, paragraph_id FROM paragraphs WHERE paragraph_id = ?", paragraph)


# --- data quality -----------------------------------------------------------------------


def rejects() -> pd.DataFrame:
    """Files the ETL did not load, with its reason."""
    return _query("SELECT file_name, reason, sha256 FROM rejects ORDER BY file_name")


def doubt_by_document() -> pd.DataFrame:
    """Per document: mentions, doubtful mentions and their share.

    Counted per document id first, so that the grouping does not carry titles and file names."""
    return _query(
        """WITH per_doc AS (
               SELECT doc_id, count(*) AS mentions,
                      count(*) FILTER (confidence < ? OR doubt IS NOT NULL) AS doubtful
               FROM mentions GROUP BY doc_id)
           SELECT d.doc_id, d.title, d.file_name, coalesce(c.mentions, 0) AS mentions,
                  coalesce(c.doubtful, 0) AS doubtful
           FROM documents d LEFT JOIN per_doc c USING (doc_id)
           ORDER BY doubtful DESC, mentions DESC, d.file_name""",
        DOUBT_CONFIDENCE,
    )
