"""Every dashboard page rendered with Streamlit's AppTest against the seed database.

Expected figures are read from the database directly, so the tests check that the pages
show the data, not a copy of it typed into the test.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from etl import search_index

ROOT = Path(__file__).resolve().parents[1]
INJECTION = "' OR 1=1 --"
HUGE = "福" * 10_000
SCRIPT_TEXT = "警惕<script>alert('x')</script>：全市新增本土病例12例。"


@pytest.fixture
def db(seed_db, monkeypatch) -> Path:
    monkeypatch.setenv("FUJIAN_DB", str(seed_db))
    return seed_db


def scalar(path: Path, sql: str, *params):
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql, list(params)).fetchone()[0]


def render(page: str | None = None, **params: str) -> AppTest:
    """Run the app as a browser would open `/<page>?<params>`; fail on any exception."""
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    for name, value in params.items():
        at.query_params[name] = value
    at.run()
    if page:  # the first run registered the pages, so switch_page can find them
        at.switch_page(f"pages/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def select_row(at: AppTest, key: str, row: int) -> AppTest:
    """Select a table row as a click would, and rerun."""
    at.session_state[key] = {"selection": {"rows": [row], "columns": []}}
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def cells(at: AppTest) -> set[str]:
    """Every cell of every table on the page, as text."""
    return {str(v) for frame in at.dataframe for v in frame.value.to_numpy().ravel()}


def html(at: AppTest) -> str:
    return "\n".join(h.proto.body for h in at.get("html"))


def messages(at: AppTest) -> str:
    return "\n".join(m.value for kind in (at.info, at.warning, at.error, at.success) for m in kind)


# --- overview ---------------------------------------------------------------------------


def test_overview_counts_come_from_the_database(db):
    at = render()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["文档"] == str(scalar(db, "SELECT count(*) FROM documents"))
    assert metrics["指标提及"] == f"{scalar(db, 'SELECT count(*) FROM mentions'):,}"
    assert metrics["时间范围"].startswith(str(scalar(db, "SELECT min(pub_date) FROM documents")))


def test_overview_matrix_cell_opens_the_explorer_for_that_city_and_topic(db):
    at = render()
    at.session_state["matrix_chart"] = {
        "selection": {"points": [{"customdata": ["福州市", "covid", 1]}], "point_indices": [0]}
    }
    at.run()
    assert dict(at.query_params) == {"place": "福州市", "topic": "covid"}
    assert at.title[0].value == "指标查询"
    expected = scalar(db, "SELECT count(*) FROM mentions WHERE city = '福州市' AND topic = 'covid'")
    assert len(at.dataframe[0].value) == expected


def test_newest_document_row_opens_its_source(db):
    at = select_row(render(), "newest_table", 0)
    newest = scalar(db, "SELECT doc_id FROM documents ORDER BY pub_date DESC LIMIT 1")
    assert at.query_params["doc"] == newest
    assert "<mark" in html(at)


def test_english_toggle_from_the_url(db):
    at = render(lang="en")
    assert {m.label for m in at.metric} >= {"Documents", "Mentions"}
    assert at.query_params["lang"] == "en"


# --- city -------------------------------------------------------------------------------


def test_city_shows_fuzhou_grain_area_formatted(db):
    at = render("city", place="福州市")
    assert at.title[0].value == "福州市的指标"
    assert "124万亩" in cells(at)
    assert "粮食播种面积" in cells(at)


def test_city_county_narrows_the_figures(db):
    at = render("city", place="福清市")
    places = {v for frame in at.dataframe for v in frame.value["地点"]}
    assert places == {"福清市"}
    rows = sum(len(frame.value) for frame in at.dataframe)
    assert rows == scalar(db, "SELECT count(*) FROM mentions WHERE place = '福清市'")


def test_city_without_figures_suggests_what_to_try(db):
    at = render("city", place="鼓楼区")
    assert "鼓楼区暂无指标" in messages(at)
    assert "福州市" in messages(at)


def test_city_unknown_or_hostile_place_is_a_message(db):
    for value in ("火星市", INJECTION, HUGE):
        at = render("city", place=value)
        assert "不存在" in messages(at)
        assert at.dataframe  # the default city is shown instead


def test_city_table_row_opens_the_paragraph(db):
    at = render("city", place="福清市")
    key = next(frame.key for frame in at.dataframe)
    at = select_row(at, key, 0)
    mention = at.query_params["mention"]
    assert 'class="selected-paragraph"' in html(at)
    quote = scalar(db, "SELECT quote FROM mentions WHERE mention_id = ?", mention)
    assert f">{quote}</mark>" in html(at)


# --- topic ------------------------------------------------------------------------------


def test_topic_covid_lists_the_asymptomatic_cases(db):
    at = render("topic", topic="covid")
    assert at.title[0].value == "新冠疫情"
    assert {"35例", "新增本土无症状感染者"} <= cells(at)


def test_topic_choice_changes_the_figures(db):
    at = render("topic", topic="covid")
    at.selectbox(key="url_topic").set_value("livelihood").run()
    assert at.query_params["topic"] == "livelihood"
    assert "124万亩" in cells(at) and "35例" not in cells(at)


# --- explorer ---------------------------------------------------------------------------


def test_explorer_search_and_filters(db):
    at = render("explorer", q="感染者")
    assert "35例" in cells(at)
    at = render("explorer", q="感染者", topic="economy")
    assert "没有符合条件的指标" in messages(at)
    at = render("explorer", unit="亩")
    assert set(at.dataframe[0].value["单位"]) == {"亩"}
    assert len(at.dataframe[0].value) == scalar(db, "SELECT count(*) FROM mentions WHERE unit = '亩'")


def test_explorer_match_all_words(db):
    any_word = render("explorer", q="本土 感染者")
    all_words = render("explorer", q="本土 感染者", all="1")
    assert len(all_words.dataframe[0].value) < len(any_word.dataframe[0].value)


def test_explorer_folds_synonyms(db):
    # 在线办理 and 网办 are one group in etl/data/synonyms.txt: a label with 网办 is found
    at = render("explorer", q="在线办理")
    assert "40%" in cells(at)  # 全流程网办事项比例 40%
    assert scalar(db, "SELECT count(*) FROM mentions WHERE indicator LIKE '%在线办理%'") == 0


def test_explorer_downloads_exactly_the_rows_shown(db):
    at = render("explorer", q="粮食")
    assert len(at.get("download_button")) == 2
    assert len(at.dataframe[0].value) == scalar(db, "SELECT count(*) FROM mentions WHERE indicator LIKE '%粮食%'")


def test_explorer_row_opens_source(db):
    at = select_row(render("explorer", q="无症状"), "explorer_table", 0)
    quote = scalar(db, "SELECT quote FROM mentions WHERE mention_id = ?", at.query_params["mention"])
    assert f'<mark class="selected" title="新增本土无症状感染者: 35例">{quote}</mark>' in html(at)


@pytest.mark.parametrize("hostile", [INJECTION, HUGE, "%", "_", "\\"])
def test_explorer_hostile_input_is_ordinary(db, hostile):
    at = render("explorer", q=hostile, place=hostile, period=hostile)
    assert len(at.text_input(key="url_q").value) <= 200
    assert "不存在" in messages(at)  # the unknown place and period are named, then ignored


def test_explorer_injection_is_just_words(db):
    at = render("explorer", q=INJECTION)
    assert "分词：or / 1" in [c.value for c in at.caption]
    shown = len(at.dataframe[0].value) if at.dataframe else 0
    assert shown == scalar(db, "SELECT count(*) FROM mentions WHERE indicator ILIKE '%or%' OR indicator LIKE '%1%'")


# --- search -----------------------------------------------------------------------------


def test_search_marks_matched_words_and_opens_source(db):
    at = render("search", q="核酸检测")
    assert "<mark>核酸檢測</mark>" in html(at) or "<mark>核酸检测</mark>" in html(at)
    at.button[0].click().run()
    assert "paragraph" in at.query_params
    assert 'class="selected-paragraph"' in html(at)


def test_search_traditional_query_finds_simplified_text(db):
    assert render("search", q="無症狀").get("html")


@pytest.mark.parametrize("hostile", [INJECTION, HUGE, "<script>alert(1)</script>"])
def test_search_hostile_input_is_ordinary(db, hostile):
    at = render("search", q=hostile)
    assert "<script>alert" not in html(at)


# --- source -----------------------------------------------------------------------------


def test_source_highlights_the_mention_and_its_paragraph(db):
    mention = scalar(db, "SELECT mention_id FROM mentions WHERE quote = '35例'")
    at = render("source", mention=mention)
    body = html(at)
    paragraph = mention.rsplit("-m", 1)[0]
    assert f'id="{paragraph}" class="selected-paragraph"' in body
    assert '<mark class="selected" title="新增本土无症状感染者: 35例">35例</mark>' in body
    assert "35例" in cells(at)


def test_source_shows_the_original_text_on_request(db):
    doc = scalar(db, "SELECT doc_id FROM documents WHERE file_name LIKE '004%'")
    at = render("source", doc=doc, original="1")
    assert at.code[0].value == scalar(db, "SELECT original_text FROM documents WHERE doc_id = ?", doc)


@pytest.mark.parametrize("params", [{"mention": "nope"}, {"paragraph": INJECTION}, {"doc": HUGE}])
def test_source_unknown_ids_are_a_message(db, params):
    at = render("source", **params)
    assert messages(at)


@pytest.fixture
def script_db(seed_db, tmp_path, monkeypatch) -> Path:
    """The seed tables plus one document whose text carries a <script> tag, and one reject."""
    path = tmp_path / "script.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("ATTACH ? AS seed (READ_ONLY)", [str(seed_db)])
        for table in ("documents", "articles", "paragraphs", "mentions", "rejects", "places", "topics"):
            con.execute(f"CREATE TABLE {table} AS SELECT * FROM seed.{table}")
        start = SCRIPT_TEXT.index("12例")
        con.execute(
            """INSERT INTO documents (doc_id, file_name, title, publisher, pub_date, place, city,
                                      original_text, clean_text)
               VALUES ('evil', 'evil.txt', '<script>alert(1)</script>', '<b>x</b>', DATE '2024-01-01',
                       '福州市', '福州市', ?, ?)""",
            [SCRIPT_TEXT, SCRIPT_TEXT],
        )
        con.execute("INSERT INTO articles (article_id, doc_id, seq) VALUES ('evil-a00', 'evil', 0)")
        con.execute(
            """INSERT INTO paragraphs (paragraph_id, article_id, doc_id, seq, text, text_simplified,
                                       is_heading, has_lost_chars)
               VALUES ('evil-p000', 'evil-a00', 'evil', 0, ?, ?, false, false)""",
            [SCRIPT_TEXT, SCRIPT_TEXT],
        )
        con.execute(
            """INSERT INTO mentions (mention_id, paragraph_id, article_id, doc_id, start, "end", quote,
                                     value, unit, indicator, kind, qualifier, city, place, topic,
                                     confidence)
               VALUES ('evil-p000-m00', 'evil-p000', 'evil-a00', 'evil', ?, ?, '12例', 12, '例',
                       '新增本土病例', 'actual', 'exact', '福州市', '福州市', 'covid', 1.0)""",
            [start, start + 3],
        )
        con.execute("INSERT INTO rejects VALUES ('broken.bin', NULL, 'binary file')")
        search_index.refresh(con)  # as a build does, so that search finds the new paragraph
        con.execute("CHECKPOINT")  # everything in the one file, so a copy of it is complete
    monkeypatch.setenv("FUJIAN_DB", str(path))
    return path


def test_script_in_a_document_is_shown_escaped(script_db):
    at = render("source", mention="evil-p000-m00")
    body = html(at)
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in body
    assert "<script>alert" not in body
    assert '<mark class="selected" title="新增本土病例: 12例">12例</mark>' in body
    search = render("search", q="script")
    assert "&lt;<mark>script</mark>&gt;" in html(search)


# --- map and data quality ---------------------------------------------------------------


def test_map_counts_per_city(db):
    at = render("map")
    table = at.dataframe[0].value.set_index("地点")["数值"]
    assert table["福州市"] == str(scalar(db, "SELECT count(*) FROM mentions WHERE city = '福州市'"))


def test_map_by_indicator_and_county(db):
    at = render("map", level="county")
    assert "福清市" in cells(at)
    at = render("map", indicator="粮食播种面积")
    assert dict(at.dataframe[0].value.to_numpy().tolist()) == {"福州市": "124万亩"}
    at = select_row(at, "map_table", 0)  # a value opens the paragraph it comes from
    assert '<mark class="selected" title="粮食播种面积: 124万亩">124萬畝</mark>' in html(at)
    at = render("map", indicator=INJECTION)
    assert "不存在" in messages(at)


def test_quality_lists_the_doubtful_mentions(db):
    at = render("quality")
    doubtful = next(frame for frame in at.dataframe if frame.key == "quality_doubtful")
    expected = scalar(db, "SELECT count(*) FROM mentions WHERE confidence < 0.7 OR doubt IS NOT NULL")
    assert len(doubtful.value) == expected
    assert "所有文件都已导入" in messages(at) or at.dataframe[0].key is None


def test_quality_lists_rejected_files_with_their_reason(script_db):
    rejects = render("quality").dataframe[0].value
    assert rejects.to_dict("records") == [{"文件": "broken.bin", "原因": "binary file"}]


# --- the database file ------------------------------------------------------------------


def test_missing_database_says_how_to_build_it(tmp_path, monkeypatch):
    monkeypatch.setenv("FUJIAN_DB", str(tmp_path / "none.duckdb"))
    at = render()
    assert "python -m etl build" in at.code[0].value
    assert "none.duckdb" in at.error[0].value


def test_a_database_built_by_an_older_version_says_to_rebuild_it(seed_db, tmp_path, monkeypatch):
    old = tmp_path / "old.duckdb"
    shutil.copy(seed_db, old)
    with duckdb.connect(str(old)) as con:
        con.execute("ALTER TABLE mentions DROP COLUMN pub_date")
    monkeypatch.setenv("FUJIAN_DB", str(old))
    at = render()
    assert "mentions.pub_date" in at.error[0].value and "python -m etl build" in at.code[0].value


def test_rebuilt_database_is_picked_up_without_restart(seed_db, script_db, tmp_path, monkeypatch):
    live = tmp_path / "live.duckdb"
    shutil.copy(seed_db, live)
    monkeypatch.setenv("FUJIAN_DB", str(live))
    before = render().metric[0].value
    rebuilt = tmp_path / "rebuilt.duckdb"
    shutil.copy(script_db, rebuilt)
    os.replace(rebuilt, live)  # what the ETL does: build beside, then move into place
    after = render().metric[0].value
    assert int(after) == int(before) + 1
