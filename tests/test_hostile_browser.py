"""Hostile documents and hostile queries in a real Chromium.

A database is built from a folder holding an HTML page with a live `<script>`, an `<img onerror>`
and the same markup written as entities (so that the cleaned text carries it as characters).
The Source page, in its article view and its original-text view, must show all of it as text and
run none of it; SQL-injection and oversized queries typed into the search box or put in the URL
give ordinary pages or a message, never an error.
"""

from __future__ import annotations

from urllib.parse import quote, urlparse

import duckdb
import pytest
from playwright.sync_api import expect
from servers import CHROMIUM, LOCAL_HOSTS, PYTHON, free_port, running

from etl.pipeline import build

TIMEOUT_MS = 30_000
expect.set_options(timeout=TIMEOUT_MS)

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium")

EVIL_HTML = (
    "<html><head><title>福州通报</title></head><body>"
    "<p>福州市新增本土确诊病例7例。原文写着 &lt;script&gt;window.__xss=4&lt;/script&gt; "
    "和 &lt;img src=x onerror=&quot;window.__xss=5&quot;&gt; 两段代码。</p>"
    "<script>window.__xss=1</script>"
    '<img src=x onerror="window.__xss=2">'
    "<p>全市划定中风险区12个。</p>"
    "</body></html>"
)
INJECTION = "' OR 1=1 --"
DROP = "核酸'); DROP TABLE paragraphs; --"


@pytest.fixture(scope="module")
def evil_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("evil")
    raw = folder / "raw"
    raw.mkdir()
    (raw / "evil.html").write_text(EVIL_HTML, encoding="utf-8")
    (raw / "news.txt").write_text("福州市新增本土无症状感染者35例，核酸检测全覆盖。\n", encoding="utf-8")
    db = folder / "evil.duckdb"
    build([raw], db, jobs=1)
    with duckdb.connect(str(db), read_only=True) as con:
        doc = con.execute("SELECT doc_id FROM documents WHERE file_name = 'evil.html'").fetchone()[0]
    return db, doc


@pytest.fixture(scope="module")
def server(evil_db, tmp_path_factory):
    db, _ = evil_db
    port = free_port()
    log = tmp_path_factory.mktemp("server") / "server.log"
    args = [str(PYTHON), "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true"]
    args += ["--server.port", str(port), "--browser.gatherUsageStats", "false"]
    url = f"http://localhost:{port}"
    with running(args, log, f"{url}/_stcore/health", {"FUJIAN_DB": str(db), "FUJIAN_HOSTED": "0"}):
        yield url


@pytest.fixture
def page(browser):
    """A fresh profile that records dialogs (an executed alert would open one) and asks nothing
    of any other host."""
    context = browser.new_context(viewport={"width": 1400, "height": 1600})
    context.route("**/*", lambda r: r.continue_() if urlparse(r.request.url).hostname in LOCAL_HOSTS else r.abort())
    tab = context.new_page()
    tab.set_default_timeout(TIMEOUT_MS)
    tab.dialogs = []
    tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
    yield tab
    context.close()


def settled(page) -> None:
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning")
    main = page.get_by_test_id("stMainBlockContainer")
    expect(main.locator("h1, h2, [data-testid=stAlert]").first).to_be_visible()


def nothing_ran(page) -> None:
    for frame in page.frames:
        assert frame.evaluate("typeof window.__xss") == "undefined", frame.url
    assert page.dialogs == []
    expect(page.get_by_test_id("stException")).to_have_count(0)


def test_script_document_is_shown_as_text_and_never_run(server, evil_db, page):
    _, doc = evil_db
    page.goto(f"{server}/source?doc={doc}")
    settled(page)
    article = page.locator(".doc-text").last
    expect(article).to_contain_text("<script>window.__xss=4</script>")
    expect(article).to_contain_text('<img src=x onerror="window.__xss=5">')
    expect(article.locator("script, img")).to_have_count(0)
    nothing_ran(page)

    page.get_by_test_id("stCheckbox").get_by_text("显示原始文本").click()  # the original-text toggle
    page.wait_for_url("**original=1**")
    settled(page)
    original = page.get_by_test_id("stCode")
    expect(original).to_contain_text("<script>window.__xss=1</script>")
    expect(original).to_contain_text('<img src=x onerror="window.__xss=2">')
    expect(original.locator("script, img")).to_have_count(0)
    nothing_ran(page)

    page.goto(f"{server}/search?q=script")  # search marks words inside the escaped text too
    settled(page)
    expect(page.locator(".doc-text mark").first).to_have_text("script")
    nothing_ran(page)


@pytest.mark.parametrize(
    "path",
    [
        "search?q=" + quote(INJECTION),
        "search?q=" + quote("福" * 1000),
        "explorer?q=" + quote(INJECTION) + "&place=" + quote(INJECTION),
        "source?mention=" + quote(INJECTION),
        "city?place=" + quote("福" * 1000),
    ],
)
def test_hostile_url_gives_an_ordinary_page_or_a_message(server, page, path):
    page.goto(f"{server}/{path}")
    settled(page)
    nothing_ran(page)
    shown = page.get_by_test_id("stDataFrame").or_(page.get_by_test_id("stAlert")).or_(page.locator(".doc-text"))
    expect(shown.first).to_be_visible()


def test_hostile_words_typed_into_the_search_box(server, page, evil_db):
    db, _ = evil_db
    page.goto(f"{server}/search")
    settled(page)
    box = page.get_by_role("textbox", name="搜索段落")
    box.fill("福" * 10_000)  # pasted: more than the box takes
    assert len(box.input_value()) <= 200
    for words, extra in ((INJECTION, ""), (DROP, ""), ("福" * 200, "州市新增")):
        box.fill(words)
        if extra:
            box.press_sequentially(extra)  # typed past the limit: not taken
        box.press("Enter")
        page.wait_for_function(
            "prefix => (new URLSearchParams(location.search).get('q') || '').startsWith(prefix)", arg=words[:20]
        )
        settled(page)
        nothing_ran(page)
        query = page.evaluate("new URLSearchParams(location.search).get('q')")
        assert query == words  # the box and the URL hold at most 200 characters
        expect(page.get_by_test_id("stAlert").or_(page.locator(".doc-text")).first).to_be_visible()
    with duckdb.connect(str(db), read_only=True) as con:  # and the database is as it was
        assert con.execute("SELECT count(*) FROM paragraphs").fetchone()[0] > 0
