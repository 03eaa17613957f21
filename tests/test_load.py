"""The DuckDB file: schema, provenance, idempotent and atomic builds, rejects."""

import shutil
import threading

import duckdb
import pytest
from conftest import RAW

from etl import load, pipeline
from etl.pipeline import build

TABLES = {
    "documents": {
        "doc_id",
        "file_name",
        "sha256",
        "encoding",
        "script",
        "title",
        "publisher",
        "pub_date",
        "place",
        "city",
        "original_text",
        "clean_text",
        "n_articles",
        "n_paragraphs",
        "n_mentions",
    },
    "articles": {"article_id", "doc_id", "seq", "title", "start", "end"},
    "paragraphs": {
        "paragraph_id",
        "article_id",
        "doc_id",
        "seq",
        "text",
        "text_simplified",
        "start",
        "end",
        "is_heading",
        "has_lost_chars",
    },
    "mentions": {
        "mention_id",
        "paragraph_id",
        "article_id",
        "doc_id",
        "start",
        "end",
        "quote",
        "value",
        "value_high",
        "unit",
        "dimension",
        "value_yuan",
        "indicator",
        "kind",
        "qualifier",
        "city",
        "place",
        "topic",
        "period",
        "period_start",
        "period_end",
        "confidence",
        "doubt",
        "pub_date",
    },
    "rejects": {"file_name", "sha256", "reason"},
    "places": {"name", "level", "parent", "city", "short", "lon", "lat"},
    "topics": {"topic", "label_zh", "label_en"},
}


@pytest.fixture
def con(seed_db):
    c = duckdb.connect(str(seed_db), read_only=True)
    yield c
    c.close()


def test_schema(con):
    for table, columns in TABLES.items():
        assert {r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()} == columns, table


def test_counts_and_keys(con):
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 5
    assert con.execute("SELECT count(*) FROM mentions").fetchone()[0] > 250
    orphans = con.execute("""
        SELECT count(*) FROM mentions m
        LEFT JOIN paragraphs p USING (paragraph_id) LEFT JOIN articles a ON a.article_id = p.article_id
        LEFT JOIN documents d ON d.doc_id = a.doc_id
        WHERE d.doc_id IS NULL OR m.article_id <> p.article_id OR m.doc_id <> d.doc_id""").fetchone()[0]
    assert orphans == 0
    for table, key in (("documents", "doc_id"), ("articles", "article_id"), ("paragraphs", "paragraph_id"),
                       ("mentions", "mention_id")):  # fmt: skip
        assert con.execute(f"SELECT count(*) = count(DISTINCT {key}) FROM {table}").fetchone()[0], table


def test_mentions_carry_their_documents_date_and_are_stored_oldest_first(con):
    differ = con.execute("""SELECT count(*) FROM mentions m JOIN documents d USING (doc_id)
        WHERE m.pub_date IS DISTINCT FROM d.pub_date""").fetchone()[0]
    assert differ == 0
    stored = con.execute("SELECT mention_id FROM mentions ORDER BY rowid").fetchall()
    by_date = con.execute("SELECT mention_id FROM mentions ORDER BY pub_date NULLS FIRST, mention_id").fetchall()
    assert stored == by_date
    assert con.execute("SELECT count(DISTINCT pub_date) FROM mentions").fetchone()[0] >= 3  # an order to check


def test_provenance_from_mention_to_characters(con):
    bad = con.execute("""
        SELECT count(*) FROM mentions m JOIN paragraphs p USING (paragraph_id) JOIN documents d ON d.doc_id = p.doc_id
        WHERE substr(p.text, m.start + 1, m."end" - m.start) <> m.quote
           OR substr(d.clean_text, p.start + 1, p."end" - p.start) <> p.text""").fetchone()[0]
    assert bad == 0
    row = con.execute("""
        SELECT d.file_name, p.text, m.start, m."end" FROM mentions m JOIN paragraphs p USING (paragraph_id)
        JOIN documents d ON d.doc_id = m.doc_id WHERE m.quote = '124萬畝' ORDER BY p.seq LIMIT 1""").fetchone()
    assert row[0] == "001_94b74bfb5a05e8dd.txt" and row[1][row[2] : row[3]] == "124萬畝"


def test_dimensions(con):
    assert con.execute("SELECT parent, city FROM places WHERE name = '福安市'").fetchone() == ("宁德市", "宁德市")
    # the nine cities: 平潭综合实验区 is a zone of 福州市
    assert con.execute("SELECT count(*) FROM places WHERE level = 'prefecture'").fetchone()[0] == 9
    assert {r[0] for r in con.execute("SELECT topic FROM topics").fetchall()} == {
        "covid",
        "livelihood",
        "digital_gov",
        "economy",
        "environment",
        "safety",
        "other",
    }
    assert con.execute("SELECT count(*) FROM mentions WHERE place NOT IN (SELECT name FROM places)").fetchone()[0] == 0


def _dump(path):
    with duckdb.connect(str(path), read_only=True) as c:
        return {t: c.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES}


def test_building_twice_gives_the_same_rows_and_ids(tmp_path, seed_db, monkeypatch):
    monkeypatch.setattr(pipeline, "BYTES_PER_WORKER", 1)  # two workers, even for the small seeds
    again = tmp_path / "again.duckdb"
    build([RAW], again, jobs=2, incremental=False)
    assert _dump(again) == _dump(seed_db)
    first = again.resolve()
    build([RAW], again, jobs=1, incremental=False)  # over an existing database
    assert _dump(again) == _dump(seed_db)
    assert again.is_symlink() and again.resolve() != first  # a new version, the pointer moved
    leftovers = [p.name for p in tmp_path.iterdir() if p.name not in ("again.duckdb", "again.duckdb.versions")]
    assert leftovers == []  # nothing half-built left


@pytest.mark.parametrize("jobs", [1, 2])  # 2: workers forked while the live version is copied
def test_incremental_build_processes_only_changed_files(tmp_path, seed_db, jobs, monkeypatch):
    monkeypatch.setattr(pipeline, "BYTES_PER_WORKER", 1)  # with jobs=2, two workers even for the seeds
    folder = tmp_path / "raw"
    shutil.copytree(RAW, folder)
    db = tmp_path / "db.duckdb"
    assert build([folder], db, jobs=1).reused == 0
    unchanged = build([folder], db, jobs=jobs)
    assert (unchanged.reused, unchanged.processed) == (5, 0)
    assert _dump(db) == _dump(seed_db)
    changed = folder / "004_bf5087a809f52b81.txt"
    changed.write_text("福州市新增本土确诊病例7例。\n" + changed.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "002_a14984d36ea2706d.txt").unlink()
    result = build([folder], db, jobs=jobs)
    assert (result.reused, result.processed) == (3, 1)
    with duckdb.connect(str(db), read_only=True) as c:
        assert sorted(r[0] for r in c.execute("SELECT file_name FROM documents").fetchall()) == sorted(
            p.name for p in folder.iterdir()
        )
        assert c.execute("SELECT count(*) FROM mentions WHERE quote = '7例'").fetchone()[0] == 1
        assert (
            c.execute(
                "SELECT count(*) FROM mentions m LEFT JOIN documents d USING (doc_id) WHERE d.doc_id IS NULL"
            ).fetchone()[0]
            == 0
        )
    full = tmp_path / "full.duckdb"
    build([folder], full, jobs=1, incremental=False)
    assert _dump(full) == _dump(db)


def test_bad_files_are_recorded_and_good_ones_still_loaded(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("福州市新增本土确诊病例3例,新增本土无症状感染者35例。", encoding="gb18030")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    result = build([folder], tmp_path / "db.duckdb", jobs=1)
    with duckdb.connect(str(result.database), read_only=True) as c:
        assert c.execute("SELECT file_name, encoding FROM documents").fetchall() == [("good.txt", "gb18030")]
        assert c.execute("SELECT file_name, reason FROM rejects ORDER BY file_name").fetchall() == [
            ("empty.txt", "empty file"),
            ("image.png", "binary file"),
        ]
        assert c.execute("SELECT count(*) FROM mentions").fetchone()[0] == 2


def test_a_village_a_document_named_joins_the_places_under_its_town(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "tea.txt").write_text(
        "武夷山新闻网\n\n星村镇桐木村茶产业兴旺\n\n今年，武夷山市星村镇桐木村茶叶销售额突破2.5亿元，全村现有农户412户。",
        encoding="utf-8",
    )
    result = build([folder], tmp_path / "db.duckdb", jobs=1)
    with duckdb.connect(str(result.database), read_only=True) as c:
        assert c.execute("SELECT DISTINCT place, city FROM mentions").fetchall() == [("桐木村", "南平市")]
        assert c.execute("SELECT level, parent, city FROM places WHERE name = '桐木村'").fetchall() == [
            ("village", "星村镇", "南平市")
        ]
        assert c.execute("SELECT parent FROM places WHERE name = '星村镇'").fetchone() == ("武夷山市",)


def test_a_failed_build_leaves_the_old_database_in_place(tmp_path, seed_db):
    target = tmp_path / "live.duckdb"
    target.write_bytes(seed_db.read_bytes())
    empty = tmp_path / "nothing"
    empty.mkdir()
    (empty / "blank.txt").write_text("")
    result = build([empty], target, jobs=1)
    assert result.database is None
    assert _dump(target) == _dump(seed_db)


def test_an_update_failing_while_it_publishes_leaves_the_live_version_and_no_copy(tmp_path, seed_db, monkeypatch):
    folder = tmp_path / "raw"
    shutil.copytree(RAW, folder)
    db = tmp_path / "db.duckdb"
    build([folder], db, jobs=1)
    live, before = db.resolve(), sorted(db.with_name("db.duckdb.versions").iterdir())
    (folder / "new.txt").write_text("福州市新增本土确诊病例7例。", encoding="utf-8")

    def fail(*args):
        raise OSError("disk full")

    monkeypatch.setattr(load, "_insert_staged", fail)
    with pytest.raises(OSError, match="disk full"):
        build([folder], db, jobs=2)  # the live version was being copied while the workers ran
    assert db.resolve() == live
    assert sorted(db.with_name("db.duckdb.versions").iterdir()) == before
    assert _dump(db) == _dump(seed_db)


def test_a_draft_copies_the_live_version_in_a_child_process_not_a_thread(tmp_path, seed_db):
    """The build forks its workers while the copy runs: no thread of this process may be running."""
    threads = threading.active_count()
    draft = load.Draft(tmp_path / "live.duckdb", seed_db.resolve())
    assert threading.active_count() == threads
    draft.wait()
    assert draft.path.read_bytes() == seed_db.resolve().read_bytes()
    draft.discard()
    assert not draft.path.exists()
