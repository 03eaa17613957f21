"""The bigram index of paragraphs: it finds what a scan of every paragraph finds, and stays exact
when a build replaces documents."""

from __future__ import annotations

import shutil

import duckdb
import numpy as np
import pytest
import streamlit as st
from conftest import RAW

from etl import search_index
from etl.pipeline import build
from etl.schema import SCHEMA
from ui import queries

TERMS = ["核酸检测", "公园", "绿地", "无症状感染者", "亿元", "市", "的", "1", "2022", "%", "or", "哈哈哈", "不存在的词"]
SCAN = "SELECT paragraph_id FROM paragraphs WHERE contains(lower(text_simplified), ?)"


def index_rows(con: duckdb.DuckDBPyConnection) -> set[tuple[str, int]]:
    """The index as (paragraph id, bigram) pairs, which do not depend on the internal keys."""
    return set(
        con.execute("SELECT k.paragraph_id, g.gram FROM search_grams g JOIN search_keys k USING (pkey)").fetchall()
    )


def rebuilt_rows(con: duckdb.DuckDBPyConnection) -> set[tuple[str, int]]:
    """The index built from nothing, on the same paragraphs."""
    con.execute("DROP TABLE search_grams; DROP TABLE search_keys; DROP TABLE search_state")
    search_index.refresh(con)
    return index_rows(con)


def candidates(con: duckdb.DuckDBPyConnection, term: str) -> set[str]:
    """Paragraphs whose bigrams allow `term`, found through the index alone."""
    sql, params = queries._indexed(term)
    return {
        r[0] for r in con.execute(f"SELECT paragraph_id FROM ({sql}) JOIN search_keys USING (pkey)", params).fetchall()
    }


def scan(con: duckdb.DuckDBPyConnection, term: str) -> set[str]:
    return {r[0] for r in con.execute(SCAN, [term]).fetchall()}


@pytest.fixture
def seed_copy(seed_db, tmp_path):
    path = tmp_path / "copy.duckdb"
    shutil.copyfile(seed_db.resolve(), path)
    with duckdb.connect(str(path)) as con:
        yield con


def test_the_build_indexes_every_paragraph(seed_db):
    with duckdb.connect(str(seed_db), read_only=True) as con:
        keys = con.execute("SELECT count(*), count(DISTINCT paragraph_id), count(DISTINCT pkey) FROM search_keys")
        assert keys.fetchone() == (con.execute("SELECT count(*) FROM paragraphs").fetchone()[0],) * 3
        assert (
            con.execute(
                "SELECT count(*) FROM search_grams WHERE pkey NOT IN (SELECT pkey FROM search_keys)"
            ).fetchone()[0]
            == 0
        )


@pytest.mark.parametrize("term", TERMS)
def test_the_index_misses_no_paragraph_a_scan_finds(seed_db, term):
    with duckdb.connect(str(seed_db), read_only=True) as con:
        found = scan(con, term)
        assert found <= candidates(con, term)
        if len(term) > 1 and found:
            assert len(candidates(con, term)) < con.execute("SELECT count(*) FROM paragraphs").fetchone()[0]


def test_search_ranks_exactly_the_paragraphs_containing_a_term(seed_db, monkeypatch):
    monkeypatch.setenv("FUJIAN_DB", str(seed_db))
    st.cache_data.clear()
    with duckdb.connect(str(seed_db), read_only=True) as con:
        for terms in [(t,) for t in TERMS] + [("公园", "绿地"), ("福州", "市"), ("感染者", "本土", "新增")]:
            found = set().union(*(scan(con, t) for t in terms))
            hits = queries.search_paragraphs(terms, limit=10_000)
            assert set(hits["paragraph_id"]) == found, terms
            order = list(zip(hits["matched"], hits["hits"], hits["paragraph_id"], strict=True))
            assert order == sorted(order, key=lambda r: (-r[0], -r[1], r[2]))


def tiny_db(path, texts: dict[str, str]) -> duckdb.DuckDBPyConnection:
    """A database of one document whose paragraphs are `texts` (id → text), indexed."""
    con = duckdb.connect(str(path))
    con.execute(SCHEMA)
    con.execute("""INSERT INTO documents (doc_id, file_name, sha256, encoding, script, original_text, clean_text)
                   VALUES ('d', 'd.txt', '', 'utf-8', 'simplified', '', '')""")
    for seq, (pid, text) in enumerate(texts.items()):
        con.execute(
            "INSERT INTO paragraphs VALUES (?, 'd-a00', 'd', ?, ?, ?, 0, 0, false, false)", [pid, seq, text, text]
        )
    search_index.refresh(con)
    return con


def test_a_candidate_holding_the_bigrams_but_not_the_term_is_left_out(tmp_path, monkeypatch):
    path = tmp_path / "tiny.duckdb"
    texts = {"p-true": "全市开展核酸检测。", "p-false": "核酸很多，酸检两次，检测完毕。", "p-none": "公园绿地"}
    with tiny_db(path, texts) as con:
        assert candidates(con, "核酸检测") == {"p-true", "p-false"}
    monkeypatch.setenv("FUJIAN_DB", str(path))
    assert queries.search_paragraphs(("核酸检测",))["paragraph_id"].tolist() == ["p-true"]


def test_letters_match_whatever_their_case_and_chinese_terms_skip_the_lowering(tmp_path, monkeypatch):
    """Terms come lowercased (ui.terms); texts and labels keep the publisher's GDP and 5G."""
    path = tmp_path / "tiny.duckdb"
    with tiny_db(path, {"p-gdp": "全市GDP增长6%。", "p-5g": "新建5G基站1200个。", "p-none": "公园绿地"}) as con:
        con.execute("""INSERT INTO mentions (mention_id, paragraph_id, article_id, doc_id, start, "end", quote,
                           value, dimension, indicator, kind, qualifier, topic, confidence)
                       VALUES ('m1', 'p-gdp', 'd-a00', 'd', 7, 9, '6%', 6, 'percent', 'GDP增长', 'change',
                               'exact', 'economy', 1.0)""")
    monkeypatch.setenv("FUJIAN_DB", str(path))
    st.cache_data.clear()
    assert queries.search_paragraphs(("gdp",))["paragraph_id"].tolist() == ["p-gdp"]
    assert queries.search_paragraphs(("5g", "基站"))[["paragraph_id", "matched"]].values.tolist() == [["p-5g", 2]]
    assert queries.search_paragraphs(("增长",))["paragraph_id"].tolist() == ["p-gdp"]
    for terms in (("gdp",), ("增长",), ("gdp", "增长")):
        found = queries.mentions(queries.MentionFilter(terms=terms, all_terms=True))
        assert found["mention_id"].tolist() == ["m1"], terms
    assert queries.mentions(queries.MentionFilter(terms=("gdp", "基站"), all_terms=True)).empty


def test_refresh_after_replacing_a_document_equals_a_fresh_index(seed_copy):
    con = seed_copy
    doc = con.execute("SELECT doc_id FROM documents ORDER BY doc_id LIMIT 1").fetchone()[0]
    con.execute("BEGIN")
    con.execute(
        """CREATE TEMP TABLE replaced AS SELECT * REPLACE (paragraph_id || '-v2' AS paragraph_id,
               text_simplified || '新增核酸检测点' AS text_simplified)
           FROM paragraphs WHERE doc_id = ?""",
        [doc],
    )
    con.execute("DELETE FROM paragraphs WHERE doc_id = ?", [doc])
    con.execute("DELETE FROM paragraphs WHERE paragraph_id IN (SELECT paragraph_id FROM paragraphs LIMIT 3)")
    con.execute("INSERT INTO paragraphs SELECT * FROM replaced")
    search_index.refresh(con)
    con.execute("COMMIT")
    refreshed = index_rows(con)
    assert {pid for pid, _ in refreshed} == {
        r[0] for r in con.execute("SELECT paragraph_id FROM paragraphs").fetchall()
    }
    assert con.execute("SELECT count(*) FROM search_keys").fetchone()[0] == len({pid for pid, _ in refreshed})
    assert refreshed == rebuilt_rows(con)
    for term in ("核酸检测", "检测点", "市"):
        assert scan(con, term) <= candidates(con, term)


def test_incremental_build_keeps_the_index_exact(tmp_path):
    folder = tmp_path / "raw"
    shutil.copytree(RAW, folder)
    db = tmp_path / "db.duckdb"
    build([folder], db, jobs=1)
    changed = folder / "004_bf5087a809f52b81.txt"
    changed.write_text("福州市新增核酸采样点12个。\n" + changed.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "002_a14984d36ea2706d.txt").unlink()
    assert build([folder], db, jobs=1).processed == 1
    with duckdb.connect(str(db.resolve())) as con:
        assert index_rows(con) == rebuilt_rows(con)
        assert set() != scan(con, "采样点") <= candidates(con, "采样点")


def test_bigrams_pair_each_character_with_the_next_once_per_paragraph():
    texts = ["哈哈哈", "", "ab", "x"]
    lengths = np.array([len(t) for t in texts])
    grams, keys = search_index.bigrams("".join(texts), lengths, np.array([10, 11, 12, 13], dtype=np.int32))

    def gram(a: str, b: str | None = None) -> int:
        return ord(a) << search_index.CODE_BITS | (ord(b) if b else search_index.END)

    assert sorted(zip(grams.tolist(), keys.tolist(), strict=True)) == sorted(
        [(gram("哈", "哈"), 10), (gram("哈"), 10), (gram("a", "b"), 12), (gram("b"), 12), (gram("x"), 13)]
    )
    assert grams.tolist() == sorted(grams.tolist())  # written in order, for the zone maps


def test_a_term_needs_its_distinct_bigrams_and_one_character_any_bigram_it_starts():
    assert search_index.term_ranges("哈哈哈") == search_index.term_ranges("哈哈")
    ((low, high),) = search_index.term_ranges("市")
    assert low >> search_index.CODE_BITS == high >> search_index.CODE_BITS == ord("市")
    assert len(search_index.term_ranges("核酸检测")) == 3


def test_rows_of_gone_paragraphs_stay_unreachable_until_many_then_go(seed_copy, monkeypatch):
    con = seed_copy
    stale = "SELECT count(*) FROM search_grams WHERE pkey NOT IN (SELECT pkey FROM search_keys)"
    doc = con.execute("SELECT doc_id FROM documents ORDER BY doc_id LIMIT 1").fetchone()[0]
    con.execute("DELETE FROM paragraphs WHERE doc_id = ?", [doc])
    search_index.refresh(con)  # one document of five: a small share, its rows are left
    assert con.execute(stale).fetchone()[0] > 0
    assert index_rows(con) == rebuilt_rows(con)  # what a search reaches is exact
    con.execute("DELETE FROM paragraphs WHERE paragraph_id IN (SELECT paragraph_id FROM paragraphs LIMIT 5)")
    search_index.refresh(con)
    monkeypatch.setattr(search_index, "STALE_SHARE", 0.0)
    con.execute("DELETE FROM paragraphs WHERE paragraph_id IN (SELECT paragraph_id FROM paragraphs LIMIT 1)")
    search_index.refresh(con)
    assert con.execute(stale).fetchone()[0] == 0
    (next_key,) = con.execute("SELECT next_pkey FROM search_state").fetchone()
    con.execute(
        "INSERT INTO paragraphs SELECT * REPLACE (paragraph_id || '-new' AS paragraph_id) FROM paragraphs LIMIT 1"
    )
    search_index.refresh(con)
    new = con.execute("SELECT pkey FROM search_keys WHERE paragraph_id LIKE '%-new'").fetchone()[0]
    assert new == next_key  # a deleted paragraph's key is never given again
    for term in ("核酸检测", "市"):
        assert scan(con, term) <= candidates(con, term)
