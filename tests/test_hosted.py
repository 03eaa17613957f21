"""Hosted mode for real: scripts/serve-hosted.sh, the login wall in Chromium, and OpenID Connect
sign-in and sign-out against a local provider (`oidc-provider-mock`).

The local user's password is made up at run time; the provider accepts any client and asks only
for a subject, so no credential of any real system is involved.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import secrets
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path
from urllib.parse import quote, urlparse

import duckdb
import pytest
from conftest import RAW
from playwright.sync_api import expect
from servers import (
    CHROMIUM,
    LOCAL_HOSTS,
    PYTHON,
    ROOT,
    can_mount_read_only,
    free_port,
    running,
    serve_hosted,
)

from ui import passwords

TIMEOUT_MS = 30_000
expect.set_options(timeout=TIMEOUT_MS)

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium")


@pytest.fixture(scope="module")
def password() -> str:
    return secrets.token_urlsafe(12)


@pytest.fixture(scope="module")
def hosted_db(seed_db, tmp_path_factory) -> Path:
    """A copy of the seed database's folder (link and versions) that the ETL may rebuild."""
    folder = tmp_path_factory.mktemp("db") / "rw"
    shutil.copytree(seed_db.parent, folder, symlinks=True)
    return folder / seed_db.name


@pytest.fixture(scope="module")
def hosted(hosted_db, tmp_path_factory, password):
    """serve-hosted.sh with one local user, `analyst`, on a free port; where this machine
    allows it, the database folder is mounted read-only for the server, as in the container."""
    folder = tmp_path_factory.mktemp("hosted")
    users = folder / "users.toml"
    users.write_text(f"[users]\n{passwords.user_line('analyst', password)}\n", encoding="utf-8")
    if can_mount_read_only(folder / "probe"):
        view = folder / "ro"
        read_only, db = (hosted_db.parent, view), view / hosted_db.name
    else:
        read_only, db = None, hosted_db
    with serve_hosted(
        free_port(), folder / "server.log", read_only=read_only, FUJIAN_USERS=str(users), FUJIAN_DB=str(db)
    ) as url:
        yield url


@pytest.fixture
def page(browser):
    """A fresh browser profile (no cookies) whose requests never leave this machine."""
    context = browser.new_context(viewport={"width": 1400, "height": 1600})
    context.route(
        "**/*",
        lambda route: route.continue_() if urlparse(route.request.url).hostname in LOCAL_HOSTS else route.abort(),
    )
    tab = context.new_page()
    tab.set_default_timeout(TIMEOUT_MS)
    yield tab
    context.close()


def settled(page) -> None:
    """Wait until Streamlit has finished running the script for what is on screen."""
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning")


def expect_login_wall(page) -> None:
    settled(page)
    expect(page.get_by_role("textbox", name="用户名")).to_be_visible()
    expect(page.get_by_role("textbox", name="密码")).to_be_visible()
    for test_id in ("stMetric", "stDataFrame", "stPlotlyChart", "stCode", "stDownloadButton", "stSidebarNav"):
        expect(page.get_by_test_id(test_id)).to_have_count(0)
    expect(page.locator(".doc-text")).to_have_count(0)


def sign_in(page, name: str, password: str) -> None:
    page.get_by_role("textbox", name="用户名").fill(name)
    page.get_by_role("textbox", name="密码").fill(password)
    page.get_by_role("button", name="登录").click()


def test_health_endpoint_answers_without_login(hosted):
    with urllib.request.urlopen(f"{hosted}/_stcore/health", timeout=5) as answer:
        assert answer.status == 200
        assert answer.read() == b"ok"


def test_login_wall_on_every_link_then_sign_in_and_out(hosted, page, seed_db, password):
    with duckdb.connect(str(seed_db), read_only=True) as con:
        mention, quote_text = con.execute("SELECT mention_id, quote FROM mentions WHERE quote = '35例'").fetchone()
    for path in ("", "quality", "explorer?q=" + quote("粮食"), f"source?mention={mention}&original=1"):
        page.goto(f"{hosted}/{path}")
        expect_login_wall(page)

    page.goto(f"{hosted}/source?mention={mention}")
    expect_login_wall(page)
    sign_in(page, "analyst", password + "-wrong")
    expect(page.get_by_text("用户名或密码不正确")).to_be_visible()
    expect_login_wall(page)

    sign_in(page, "analyst", password)
    expect(page.locator("mark.selected")).to_have_text(quote_text)  # the deep link's page, once signed in
    assert urlparse(page.url).path == "/source"
    expect(page.get_by_text("已登录：analyst")).to_be_visible()

    page.get_by_role("button", name="退出登录").click()
    expect_login_wall(page)
    page.goto(f"{hosted}/source?mention={mention}")  # a new tab of the same browser: signed out
    expect_login_wall(page)


def test_a_deep_link_to_a_fresh_server_meets_the_login_wall(seed_db, page, password, tmp_path):
    """The first run of a new server is in Streamlit's v1 multipage mode (`pages/` beside
    dashboard.py), which would run pages/source.py alone, without the wall (ui/entry.py)."""
    users = tmp_path / "users.toml"
    users.write_text(f"[users]\n{passwords.user_line('analyst', password)}\n", encoding="utf-8")
    with duckdb.connect(str(seed_db), read_only=True) as con:
        mention = con.execute("SELECT mention_id FROM mentions WHERE quote = '35例'").fetchone()[0]
    with serve_hosted(free_port(), tmp_path / "server.log", FUJIAN_USERS=str(users), FUJIAN_DB=str(seed_db)) as url:
        page.goto(f"{url}/source?mention={mention}")
        expect_login_wall(page)
        sign_in(page, "analyst", password)
        expect(page.locator("mark.selected")).to_have_text("35例")


def test_a_forged_widget_state_does_not_pass_the_wall(hosted):
    """A client speaking Streamlit's protocol directly (the load check's websocket client) and
    sending a widget state named like the session's sign-in key still sees only the wall."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from load_check import WsSession
    from streamlit.proto.WidgetStates_pb2 import WidgetState

    async def forge() -> list:
        client = WsSession(hosted, "", "forger", "")
        await client.open()
        try:
            shown = list(await client.rerun())
            for forged in ("auth_user", "$$ID-auth_user"):
                widgets = [WidgetState(id=forged, string_value="analyst")]
                shown += await client.rerun(client.page_hash, widgets=widgets)
                shown += await client.rerun(client.pages["quality"], "q=x", widgets=widgets)
            return shown
        finally:
            await client.close()

    # Its own thread: Playwright's sync API keeps an event loop running in this one.
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        shown = pool.submit(asyncio.run, forge()).result(timeout=120)
    kinds = {element.WhichOneof("type") for element in shown}
    assert "text_input" in kinds  # the login form
    assert not kinds & {"metric", "dataframe", "arrow_data_frame", "plotly_chart", "html", "code", "download_button"}


def test_a_rebuild_while_serving_is_picked_up_in_the_same_session(hosted, hosted_db, page, password, tmp_path):
    page.goto(hosted)
    expect_login_wall(page)
    sign_in(page, "analyst", password)
    documents = page.get_by_test_id("stMetric").filter(has_text="文档").get_by_test_id("stMetricValue")
    before = int(documents.inner_text())

    corpus = tmp_path / "raw"
    shutil.copytree(RAW, corpus)
    (corpus / "new.txt").write_text("福州市新增本土无症状感染者12例，全市开展核酸检测。\n", encoding="utf-8")
    subprocess.run(  # the operator's command, into the folder the server only reads
        [sys.executable, "-m", "etl", "build", str(corpus), "--db", str(hosted_db), "--jobs", "1"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=120,
    )
    page.get_by_test_id("stSidebarNav").get_by_role("link", name="数据质量").click()
    page.wait_for_url("**/quality")
    page.get_by_test_id("stSidebarNav").get_by_role("link", name="总览").click()
    expect(documents).to_have_text(str(before + 1))  # no restart, no second sign-in
    expect(page.get_by_text("已登录：analyst")).to_be_visible()


@pytest.fixture(scope="module")
def oidc_hosted(seed_db, tmp_path_factory):
    """A local OpenID Connect provider, and serve-hosted.sh configured for it through a secrets
    file outside the project (`--secrets.files`)."""
    folder = tmp_path_factory.mktemp("oidc")
    idp_port, app_port = free_port(), free_port()
    idp = f"http://127.0.0.1:{idp_port}"
    app = f"http://localhost:{app_port}"
    secrets_file = folder / "secrets.toml"
    secrets_file.write_text(
        "[auth]\n"
        f'redirect_uri = "{app}/oauth2callback"\n'
        f'cookie_secret = "{secrets.token_hex(32)}"\n'
        'client_id = "fujian-dashboard"\n'
        f'client_secret = "{secrets.token_hex(16)}"\n'
        f'server_metadata_url = "{idp}/.well-known/openid-configuration"\n',
        encoding="utf-8",
    )
    mock = [str(PYTHON.parent / "oidc-provider-mock"), "--port", str(idp_port)]
    with running(mock, folder / "idp.log", f"{idp}/.well-known/openid-configuration"):
        with serve_hosted(
            app_port, folder / "server.log", FUJIAN_SECRETS=str(secrets_file), FUJIAN_DB=str(seed_db)
        ) as url:
            assert url == app
            yield app, idp


def test_oidc_sign_in_shows_the_dashboard_and_sign_out_ends_it(oidc_hosted, page):
    app, idp = oidc_hosted
    page.goto(f"{app}/quality")
    settled(page)
    expect(page.get_by_test_id("stMetric")).to_have_count(0)
    expect(page.get_by_test_id("stDataFrame")).to_have_count(0)
    page.get_by_role("button", name="通过 OpenID Connect 登录").click()

    page.wait_for_url(f"{idp}/oauth2/authorize**")
    page.locator("input[name=sub]").fill("wang.li@example.org")
    page.get_by_role("button", name="Authorize").click()

    page.wait_for_url(f"{app}/**")
    settled(page)
    expect(page.get_by_text("已登录：wang.li@example.org")).to_be_visible()
    expect(page.get_by_test_id("stMetric").first).to_be_visible()
    expect(page.get_by_test_id("stSidebarNav")).to_be_visible()

    page.get_by_role("button", name="退出登录").click()
    page.wait_for_url(f"{idp}/oauth2/end_session**")  # Streamlit ends the provider's session too
    page.get_by_role("button", name="End session").click()
    page.wait_for_url(f"{app}/**")
    settled(page)
    expect(page.get_by_role("button", name="通过 OpenID Connect 登录")).to_be_visible()
    expect(page.get_by_test_id("stMetric")).to_have_count(0)
    page.goto(f"{app}/quality")  # the identity cookie is gone
    settled(page)
    expect(page.get_by_role("button", name="通过 OpenID Connect 登录")).to_be_visible()
    expect(page.get_by_test_id("stDataFrame")).to_have_count(0)


def test_serve_hosted_refuses_to_start_without_a_way_in(tmp_path):
    no_auth = tmp_path / "secrets.toml"
    no_auth.write_text("hosted = true\n", encoding="utf-8")
    done = subprocess.run(
        ["bash", "scripts/serve-hosted.sh"],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "PYTHON": str(PYTHON), "PORT": str(free_port()), "FUJIAN_SECRETS": str(no_auth)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    assert "no way to sign in" in done.stderr
