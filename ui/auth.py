"""The login wall of hosted mode: nothing of the data is shown before a user signs in.

Hosted mode is on when the environment says `FUJIAN_HOSTED=1` or the secrets say
`hosted = true`. Two ways in, either or both:

- OpenID Connect through Streamlit's own `st.login`, configured by an `[auth]` section in the
  secrets (one provider, or named ones under `[auth.NAME]`);
- a local user list of salted scrypt hashes, from the file named by `FUJIAN_USERS` and/or a
  `[users]` table in the secrets (see `ui/passwords.py`; add a user with
  `python -m ui.auth add-user NAME --file users.toml`).

`require_login()` runs in `dashboard.py` before the page is run, so with the wall up no page
module runs and no query is executed, whatever path or query string the link carries; the
navigation is built (hidden) first, so a deep link opens its page once the user signs in.
Local mode (neither setting) asks for nothing.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

import streamlit as st
from streamlit.errors import StreamlitSecretNotFoundError

from ui.i18n import LANG_KEY, current_lang
from ui.passwords import (
    MAX_PASSWORD_CHARS,
    Lockout,
    check_user,
    hash_password,
    load_users,
    parse_users,
    user_line,
    users_file_from_env,
)

HOSTED_ENV = "FUJIAN_HOSTED"
USER_KEY = "auth_user"  # session state: the name of the signed-in local user
MAX_NAME_CHARS = 100

# A session gets 5 tries per minute; a user name 10 per quarter hour, whichever session tries.
SESSION_LOCKOUT = Lockout(max_failures=5, window_s=60, lockout_s=60)
USER_LOCKOUT = Lockout(max_failures=10, window_s=900, lockout_s=300)

LABELS: dict[str, tuple[str, str]] = {
    "title": ("福建城市指标", "Fujian city indicators"),
    "sign_in": ("请登录", "Sign in"),
    "sign_in_with": ("通过 {provider} 登录", "Sign in with {provider}"),
    "or_local": ("或使用本地账号", "Or with a local account"),
    "user": ("用户名", "User name"),
    "password": ("密码", "Password"),
    "submit": ("登录", "Sign in"),
    "wrong": ("用户名或密码不正确。", "Wrong user name or password."),
    "locked": (
        "错误次数过多，请 {seconds} 秒后再试。",
        "Too many wrong attempts: try again in {seconds} s.",
    ),
    "signed_in": ("已登录：{user}", "Signed in as {user}"),
    "sign_out": ("退出登录", "Sign out"),
    "no_method": (
        "已开启托管模式，但没有配置任何登录方式。请在 secrets 中配置 [auth]（OIDC），"
        "或用 FUJIAN_USERS 指定本地用户文件。详见 docs/hosting.md。",
        "Hosted mode is on but no way to sign in is configured: add an [auth] section (OIDC) "
        "to the secrets, or name a local users file with FUJIAN_USERS. See docs/hosting.md.",
    ),
    "bad_users": (
        "本地用户文件无法读取：{error}",
        "The local users file cannot be read: {error}",
    ),
}


def _label(key: str, **values: object) -> str:
    zh, en = LABELS[key]
    return (en if current_lang() == "en" else zh).format(**values)


def _secret(name: str, default: object = None) -> object:
    """A top-level secret, or `default` when there is no secrets file or no such key."""
    try:
        return st.secrets.get(name, default)
    except (StreamlitSecretNotFoundError, FileNotFoundError):
        return default


def _truthy(value: object) -> bool:
    return str(value).strip().lower() in {"1", "true", "yes", "on"}


def hosted() -> bool:
    """Hosted mode: on when either the environment or the secrets turn it on."""
    return _truthy(os.environ.get(HOSTED_ENV, "")) or _truthy(_secret("hosted", False))


def oidc_providers() -> list[str | None]:
    """Providers configured under `[auth]`: None for the default one, else each `[auth.NAME]`."""
    auth = _secret("auth")
    if not isinstance(auth, Mapping):
        return []
    if "client_id" in auth:
        return [None]
    return [name for name, section in auth.items() if isinstance(section, Mapping) and "client_id" in section]


@lru_cache(maxsize=4)
def _users_from_file(path: str, mtime_ns: int) -> dict[str, str]:
    """Keyed on the file's mtime, so a user added while the app serves can sign in at once."""
    return load_users(Path(path))


def local_users() -> dict[str, str]:
    """{name: hash} from the `FUJIAN_USERS` file and the secrets' `[users]` table."""
    users: dict[str, str] = {}
    path = users_file_from_env()
    if path is not None:
        users.update(_users_from_file(str(path), path.stat().st_mtime_ns))
    table = _secret("users")
    if table is not None:
        users.update(parse_users(dict(table)))
    return users


def _oidc_user() -> str | None:
    if not st.user.get("is_logged_in", False):
        return None
    return str(st.user.get("email") or st.user.get("name") or st.user.get("sub") or "?")


def _local_user() -> str | None:
    """The session's local user while still in the users list: a user removed from the file
    is signed out at their next click (and so is everyone if the file becomes unreadable)."""
    name = st.session_state.get(USER_KEY)
    if not isinstance(name, str):
        return None
    try:
        listed = name in local_users()
    except (OSError, ValueError):
        listed = False
    if not listed:
        del st.session_state[USER_KEY]
        return None
    return name


def current_user() -> str | None:
    """Who is signed in to this session (an OIDC identity or a local user), or None."""
    return _oidc_user() or _local_user()


def _session_key() -> str:
    ctx = st.runtime.scriptrunner.get_script_run_ctx()
    return ctx.session_id if ctx is not None else "bare"


def _sign_out() -> None:
    """End the session: OIDC through Streamlit (new session), local by forgetting everything
    but the reader's language."""
    if _oidc_user():
        st.logout()
        st.stop()
    english = st.session_state.get(LANG_KEY)
    for key in list(st.session_state):
        del st.session_state[key]
    if english is not None:
        st.session_state[LANG_KEY] = english
    st.rerun()


def _account(user: str) -> None:
    st.sidebar.caption(_label("signed_in", user=user))
    if st.sidebar.button(_label("sign_out"), key="auth_sign_out", icon=":material/logout:"):
        _sign_out()


def _local_form(users: dict[str, str]) -> None:
    with st.form("auth_login", clear_on_submit=True, enter_to_submit=True):
        name = st.text_input(_label("user"), max_chars=MAX_NAME_CHARS, autocomplete="username")
        password = st.text_input(
            _label("password"), type="password", max_chars=MAX_PASSWORD_CHARS, autocomplete="current-password"
        )
        submitted = st.form_submit_button(_label("submit"), type="primary")
    if not submitted:
        return
    name = name.strip()
    session = _session_key()
    wait = max(SESSION_LOCKOUT.locked_for(session), USER_LOCKOUT.locked_for(name))
    if wait > 0:  # no hash is checked while locked, so a guess costs the same as no guess
        st.error(_label("locked", seconds=int(wait) + 1))
        return
    if check_user(users, name, password):
        SESSION_LOCKOUT.succeeded(session)
        USER_LOCKOUT.succeeded(name)
        st.session_state[USER_KEY] = name
        st.rerun()
    SESSION_LOCKOUT.failed(session)
    USER_LOCKOUT.failed(name)
    st.error(_label("wrong"))


def _login_page() -> None:
    st.title(_label("title"))
    st.subheader(_label("sign_in"))
    providers = oidc_providers()
    try:
        users = local_users()
    except (OSError, ValueError) as error:  # fail closed, and say why
        st.error(_label("bad_users", error=error))
        users = {}
    if not providers and not users:
        st.error(_label("no_method"))
        return
    for provider in providers:
        shown = provider or "OpenID Connect"
        if st.button(_label("sign_in_with", provider=shown), key=f"auth_oidc_{provider}", type="primary"):
            if provider is None:
                st.login()
            else:
                st.login(provider)
    if users:
        if providers:
            st.caption(_label("or_local"))
        _local_form(users)


def signed_in() -> bool:
    """True in local mode, or when someone is signed in to this session."""
    return not hosted() or current_user() is not None


def require_login() -> str | None:
    """In hosted mode, stop the run with the login form unless someone is signed in.

    Returns the signed-in user (None in local mode). Call before running any page.
    """
    if not hosted():
        return None
    user = current_user()
    if user is None:
        _login_page()
        st.stop()
    _account(user)
    return user


# --- command line: python -m ui.auth add-user NAME ------------------------------------------


def _read_new_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Repeat: "):
        raise SystemExit("the passwords differ")
    return first


def _write_users(path: Path, users: dict[str, str]) -> None:
    """Rewrite the users file (hashes only), readable by its owner alone."""
    lines = [
        "# Dashboard users: name = salted scrypt hash. Made by `python -m ui.auth add-user`.",
        "[users]",
        *(f"{json.dumps(name, ensure_ascii=False)} = {json.dumps(stored)}" for name, stored in sorted(users.items())),
    ]
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    os.replace(tmp, path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.auth", description="Manage the dashboard's local users.")
    commands = parser.add_subparsers(dest="command", required=True)
    add = commands.add_parser("add-user", help="hash a password for NAME (prompted, never echoed)")
    add.add_argument("name")
    add.add_argument("--file", type=Path, help="users file to add (or replace) NAME in; without it, print the line")
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    remove = commands.add_parser("remove-user", help="remove NAME from a users file")
    remove.add_argument("name")
    remove.add_argument("--file", type=Path, required=True)
    args = parser.parse_args(argv)

    name = args.name.strip()
    if not name or len(name) > MAX_NAME_CHARS:
        parser.error(f"NAME must be 1 to {MAX_NAME_CHARS} characters")
    if args.command == "remove-user":
        users = load_users(args.file)
        if users.pop(name, None) is None:
            raise SystemExit(f"no user {name!r} in {args.file}")
        _write_users(args.file, users)
        print(f"removed {name} from {args.file}", file=sys.stderr)
        return 0

    password = _read_new_password(args.password_stdin)
    if len(password) < 8:
        raise SystemExit("a password needs at least 8 characters")
    if args.file is None:
        print("[users]  # paste the line below under this table in the users file or secrets.toml")
        print(user_line(name, password))
        return 0
    users = load_users(args.file) if args.file.exists() else {}
    verb = "replaced" if name in users else "added"
    users[name] = hash_password(password)
    _write_users(args.file, users)
    print(f"{verb} {name} in {args.file}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
