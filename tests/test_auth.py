"""Hosted mode's login wall (ui/auth.py) with AppTest, the password hashes and the users CLI.

The users file is written at run time with a random throwaway password: no password is kept in
this repository, in plain text or otherwise.
"""

from __future__ import annotations

import os
import secrets
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from ui import auth, db, passwords

ROOT = Path(__file__).resolve().parents[1]
PAGES = ["overview", "city", "topic", "explorer", "search", "map", "source", "quality"]
DEEP_LINKS = {
    "city": {"place": "福州市"},
    "explorer": {"q": "粮食"},
    "search": {"q": "核酸检测"},
    "source": {"doc": "x", "original": "1"},
    "map": {"level": "county"},
}


@pytest.fixture(autouse=True)
def fresh_lockouts():
    auth.SESSION_LOCKOUT.clear()
    auth.USER_LOCKOUT.clear()
    yield
    auth.SESSION_LOCKOUT.clear()
    auth.USER_LOCKOUT.clear()


@pytest.fixture
def password() -> str:
    return secrets.token_urlsafe(12)


@pytest.fixture
def hosted(seed_db, tmp_path, monkeypatch, password) -> Path:
    """Hosted mode with one local user, `analyst`, whose password is the `password` fixture."""
    users = tmp_path / "users.toml"
    users.write_text(f"[users]\n{passwords.user_line('analyst', password)}\n", encoding="utf-8")
    monkeypatch.setenv("FUJIAN_DB", str(seed_db))
    monkeypatch.setenv("FUJIAN_HOSTED", "1")
    monkeypatch.setenv("FUJIAN_USERS", str(users))
    return users


@pytest.fixture
def queries_run(monkeypatch) -> list:
    """Every query the app sends to the database (AppTest runs the script in this process)."""
    st.cache_data.clear()  # no answer from an earlier test stands in for a query
    sent = []
    real = db.cursor

    def counting(ident):
        sent.append(ident)
        return real(ident)

    monkeypatch.setattr(db, "cursor", counting)
    return sent


def app(page: str = "overview", **params: str) -> AppTest:
    """The app as a browser opens `/<page>?<params>`."""
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    for name, value in params.items():
        at.query_params[name] = value
    at.run()
    if page != "overview":
        at.switch_page(f"pages/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def shows_only_the_login_form(at: AppTest) -> bool:
    data = [*at.metric, *at.dataframe, *at.get("plotly_chart"), *at.get("html"), *at.get("download_button"), *at.code]
    inputs = [(w.label, w.proto.type) for w in at.text_input]
    return not data and inputs == [("用户名", 0), ("密码", 1)] and at.title[0].value == "福建城市指标"


def sign_in(at: AppTest, name: str, password: str) -> AppTest:
    at.text_input[0].input(name)
    at.text_input[1].input(password)
    next(b for b in at.button if b.label == "登录").click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def errors(at: AppTest) -> str:
    return "\n".join(e.value for e in at.error)


# --- the wall ----------------------------------------------------------------------------


@pytest.mark.parametrize("page", PAGES)
def test_every_page_shows_only_the_login_form(hosted, queries_run, page):
    at = app(page, **DEEP_LINKS.get(page, {}))
    assert shows_only_the_login_form(at)
    assert queries_run == []  # no page ran, so no query did
    assert not at.sidebar.button  # no navigation, no sign-out


def test_wrong_password_is_refused(hosted, queries_run, password):
    at = sign_in(app(), "analyst", password + "x")
    assert "用户名或密码不正确" in errors(at)
    assert shows_only_the_login_form(at)
    at = sign_in(at, "nobody", password)
    assert "用户名或密码不正确" in errors(at)
    assert shows_only_the_login_form(at)
    assert queries_run == []


def test_right_password_shows_the_page_and_sign_out_ends_the_session(hosted, queries_run, password):
    at = sign_in(app(), "analyst", password)
    assert not at.error
    assert {m.label for m in at.metric} >= {"文档", "指标提及"}
    assert queries_run  # the overview read the database once signed in
    assert "已登录：analyst" in [c.value for c in at.sidebar.caption]
    at.switch_page("pages/city.py").run()
    assert at.title[0].value.endswith("的指标")

    next(b for b in at.sidebar.button if b.label == "退出登录").click()
    at.run()
    assert shows_only_the_login_form(at)
    assert auth.USER_KEY not in at.session_state
    at.switch_page("pages/quality.py").run()  # the old page is not reachable any more
    assert shows_only_the_login_form(at)


def test_a_deep_link_opens_its_page_after_sign_in(hosted, password, seed_db):
    at = app("city", place="福州市")
    assert shows_only_the_login_form(at)
    at = sign_in(at, "analyst", password)
    assert at.title[0].value == "福州市的指标"


def test_a_user_removed_from_the_file_is_signed_out_at_the_next_click(hosted, password):
    at = sign_in(app(), "analyst", password)
    assert at.metric
    hosted.write_text(f"[users]\n{passwords.user_line('someone.else', password)}\n", encoding="utf-8")
    os.utime(hosted, ns=(0, 10**18))  # a new mtime even on a coarse clock
    at.run()
    assert shows_only_the_login_form(at)


def test_repeated_wrong_passwords_lock_the_form(hosted, password):
    at = app()
    for _ in range(auth.SESSION_LOCKOUT.max_failures):
        at = sign_in(at, "analyst", "wrong-" + password)
    at = sign_in(at, "analyst", password)  # even the right password waits out the lock
    assert "错误次数过多" in errors(at)
    assert shows_only_the_login_form(at)


def test_hosted_by_secrets_with_users_in_the_secrets(seed_db, monkeypatch, password):
    monkeypatch.setenv("FUJIAN_DB", str(seed_db))
    monkeypatch.delenv("FUJIAN_HOSTED", raising=False)
    monkeypatch.delenv("FUJIAN_USERS", raising=False)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.secrets["hosted"] = True
    at.secrets["users"] = {"analyst": passwords.hash_password(password)}
    at.run()
    assert shows_only_the_login_form(at)
    at = sign_in(at, "analyst", password)
    assert at.metric


def test_oidc_configured_shows_its_sign_in_button_and_no_data(seed_db, monkeypatch):
    monkeypatch.setenv("FUJIAN_DB", str(seed_db))
    monkeypatch.setenv("FUJIAN_HOSTED", "1")
    monkeypatch.delenv("FUJIAN_USERS", raising=False)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.secrets["auth"] = {
        "redirect_uri": "http://localhost:8501/oauth2callback",
        "cookie_secret": secrets.token_hex(16),
        "client_id": "dashboard",
        "client_secret": secrets.token_hex(16),
        "server_metadata_url": "http://127.0.0.1:9/.well-known/openid-configuration",
    }
    at.run()
    assert [b.label for b in at.button] == ["通过 OpenID Connect 登录"]
    assert not at.text_input and not at.metric and not at.dataframe


def test_hosted_without_any_login_method_fails_closed(seed_db, monkeypatch):
    monkeypatch.setenv("FUJIAN_DB", str(seed_db))
    monkeypatch.setenv("FUJIAN_HOSTED", "1")
    monkeypatch.delenv("FUJIAN_USERS", raising=False)
    at = app()
    assert "没有配置任何登录方式" in errors(at)
    assert not at.metric and not at.text_input


def test_plain_text_in_the_users_file_is_refused(hosted):
    hosted.write_text('[users]\nanalyst = "not-a-hash"\n', encoding="utf-8")
    at = app()
    assert "本地用户文件无法读取" in errors(at)
    assert not at.metric and not at.text_input


def test_local_mode_needs_no_login(seed_db, monkeypatch):
    monkeypatch.setenv("FUJIAN_DB", str(seed_db))
    monkeypatch.delenv("FUJIAN_HOSTED", raising=False)
    monkeypatch.delenv("FUJIAN_USERS", raising=False)
    at = app()
    assert at.metric
    assert not at.text_input
    assert not [c for c in at.sidebar.caption if "已登录" in c.value]


# --- hashes, lockout and the CLI ---------------------------------------------------------


def test_hashes_are_salted_and_verified(password):
    first, second = passwords.hash_password(password), passwords.hash_password(password)
    assert first != second and password not in first
    assert passwords.verify_password(password, first) and passwords.verify_password(password, second)
    assert not passwords.verify_password(password + "x", first)
    for broken in ("", "plain", "scrypt$1$2$3$%%%$%%%", first.replace("scrypt", "md5"), "scrypt$x$8$1$aa$bb"):
        assert not passwords.verify_password(password, broken)
    assert not passwords.check_user({"a": first}, "b", password)


def test_lockout_expires():
    now = [0.0]
    lockout = passwords.Lockout(max_failures=3, window_s=60, lockout_s=30, clock=lambda: now[0])
    for _ in range(3):
        assert lockout.locked_for("k") == 0
        lockout.failed("k")
    assert lockout.locked_for("k") == 30
    assert lockout.locked_for("other") == 0
    now[0] = 31
    assert lockout.locked_for("k") == 0
    lockout.failed("k")
    lockout.succeeded("k")
    assert lockout.locked_for("k") == 0


def test_add_user_cli_writes_only_a_hash(tmp_path, password):
    users = tmp_path / "users.toml"
    for name in ("analyst", "王丽", "analyst"):
        done = subprocess.run(
            [sys.executable, "-m", "ui.auth", "add-user", name, "--file", str(users), "--password-stdin"],
            input=password + "\n",
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=True,
        )
        assert password not in done.stdout + done.stderr
    text = users.read_text(encoding="utf-8")
    assert password not in text
    assert stat.S_IMODE(os.stat(users).st_mode) == 0o600
    loaded = passwords.load_users(users)
    assert set(loaded) == {"analyst", "王丽"}
    assert all(passwords.verify_password(password, h) for h in loaded.values())
    subprocess.run(
        [sys.executable, "-m", "ui.auth", "remove-user", "analyst", "--file", str(users)], cwd=ROOT, check=True
    )
    assert set(passwords.load_users(users)) == {"王丽"}
    printed = subprocess.run(
        [sys.executable, "-m", "ui.auth", "add-user", "x", "--password-stdin"],
        input="short\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert printed.returncode != 0 and "8 characters" in printed.stderr
