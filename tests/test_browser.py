"""The dashboard in a real headless Chromium: click from the overview to a source paragraph.

Starts `streamlit run dashboard.py` on a free port against the seed database, saves a
screenshot of every page to `screenshots/`, and checks that the browser asks nothing of any
host but the dashboard itself.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, urlparse

import duckdb
import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect, sync_playwright
from servers import CHROMIUM, CHROMIUM_ARGS, LOCAL_HOSTS, free_port, running

ROOT = Path(__file__).resolve().parents[1]
SCREENSHOTS = ROOT / "screenshots"
TIMEOUT_MS = 30_000
expect.set_options(timeout=TIMEOUT_MS)  # a cold first run imports plotly, jieba and pandas

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium")


@contextlib.contextmanager
def dashboard(db: Path, log: Path) -> Iterator[str]:
    """URL of a new dashboard server on `db`; the process group is always ended."""
    port = free_port()
    url = f"http://localhost:{port}"
    args = [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true",
            "--server.port", str(port), "--browser.gatherUsageStats", "false"]  # fmt: skip
    with running(args, log, f"{url}/_stcore/health", {"FUJIAN_DB": str(db)}):
        yield url


@pytest.fixture(scope="module")
def server(seed_db, tmp_path_factory):
    with dashboard(seed_db, tmp_path_factory.mktemp("streamlit") / "server.log") as url:
        yield url


@pytest.fixture
def page():
    """A Chromium page that records the host of every request it makes."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            tab = browser.new_page(viewport={"width": 1400, "height": 2000})
            tab.set_default_timeout(TIMEOUT_MS)
            tab.requested_hosts = set()
            tab.on("request", lambda request: tab.requested_hosts.add(urlparse(request.url).hostname))
            yield tab
        finally:
            browser.close()


def open_page(page, url: str) -> None:
    """Go to `url` and wait until Streamlit has finished running the page."""
    page.goto(url)
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning")
    expect(page.get_by_test_id("stMainBlockContainer").locator("h1, h2").first).to_be_visible()


def only_local(hosts: set[str | None]) -> set[str | None]:
    return {h for h in hosts if h not in LOCAL_HOSTS and h is not None}


def seed_value(db: Path, sql: str, *params):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, list(params)).fetchone()[0]


def click_through(page, target, url_glob: str, attempts: int = 5) -> None:
    """Click a chart's point until the page goes to `url_glob`. A point is drawn before plotly
    listens to clicks on it, and on a loaded machine a first click can land in between; a
    second click on a selected point unselects it, so a few attempts are allowed."""
    expect(target).to_be_visible()
    for _ in range(attempts):
        target.click(force=True)  # plotly's drag layer takes the click
        with contextlib.suppress(PlaywrightTimeoutError):
            page.wait_for_url(url_glob, timeout=TIMEOUT_MS / attempts)
            return
    raise AssertionError(f"clicking {target} never led to {url_glob}")


def test_click_from_overview_to_the_source_paragraph(server, page, seed_db):
    open_page(page, server)
    click_through(page, page.get_by_test_id("stPlotlyChart").first.locator("g.points path").first, "**/explorer?**")
    open_page(page, page.url)
    click_through(
        page, page.get_by_test_id("stPlotlyChart").first.locator("g.point path").first, "**/source?**mention=**"
    )
    mention = urlparse(page.url).query.split("mention=")[1].split("&")[0]
    quote_text = seed_value(seed_db, "SELECT quote FROM mentions WHERE mention_id = ?", mention)
    marked = page.locator("mark.selected")
    expect(marked).to_be_visible()
    expect(marked).to_have_text(quote_text)
    assert any(ch.isdigit() for ch in quote_text)
    expect(page.locator(".selected-paragraph")).to_be_in_viewport()
    assert only_local(page.requested_hosts) == set()


def test_a_deep_link_to_a_fresh_server_runs_through_the_dashboard(seed_db, page, tmp_path):
    """The first run of a new server, with `pages/` beside dashboard.py, is in Streamlit's v1
    multipage mode, which would run pages/source.py alone (ui/entry.py)."""
    mention = seed_value(seed_db, "SELECT mention_id FROM mentions WHERE quote = '35例'")
    with dashboard(seed_db, tmp_path / "server.log") as url:
        open_page(page, f"{url}/source?mention={mention}&lang=en")
        expect(page.get_by_test_id("stSidebar").get_by_text("English")).to_be_visible()  # dashboard.py's toggle
        expect(page.get_by_test_id("stSidebarNav").get_by_text("Indicator explorer")).to_be_visible()
        expect(page.locator("mark.selected")).to_have_text("35例")
        assert urlparse(page.url).path == "/source"


def test_screenshot_of_every_page(server, page, seed_db):
    mention = seed_value(seed_db, "SELECT mention_id FROM mentions WHERE quote = '35例'")
    views = {
        "overview": "",
        "city": "city?place=" + quote("福州市"),
        "topic": "topic?topic=livelihood",
        "explorer": "explorer?q=" + quote("粮食"),
        "search": "search?q=" + quote("核酸检测"),
        "map": "map?level=county",
        "source": f"source?mention={mention}",
        "quality": "quality",
        "overview_en": "?lang=en",
    }
    SCREENSHOTS.mkdir(exist_ok=True)
    for name, path in views.items():
        open_page(page, f"{server}/{path}")
        assert not page.get_by_test_id("stException").count(), name
        # Streamlit scrolls inside its main block, so grow the window to the content for the shot.
        height = page.get_by_test_id("stMain").evaluate("main => main.scrollHeight")
        page.set_viewport_size({"width": 1400, "height": min(max(height, 800), 10_000)})
        page.screenshot(path=SCREENSHOTS / f"{name}.png")
        page.set_viewport_size({"width": 1400, "height": 2000})
    assert only_local(page.requested_hosts) == set()
