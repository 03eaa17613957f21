"""Local user list for hosted mode: salted scrypt hashes, never a password in plain text.

A users file is TOML with one table, `[users]`, mapping a user name to a hash made by
`python -m ui.auth add-user NAME`:

    [users]
    "wang.li" = "scrypt$16384$8$1$<salt, base64>$<key, base64>"

Pure functions and one small lockout store, no Streamlit: the gate in `ui/auth.py` uses them.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import threading
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

SCHEME = "scrypt"
# scrypt's cost: 2^14 × 8 × 128 bytes = 16 MiB and about 50 ms per check — slow enough to make
# guessing from a stolen file expensive, fast enough for a login form.
N, R, P = 2**14, 8, 1
SALT_BYTES = 16
KEY_BYTES = 32
MAX_PASSWORD_CHARS = 1024  # a longer "password" is refused before it reaches scrypt


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(password: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=length, maxmem=64 * 2**20)


def hash_password(password: str) -> str:
    """`scrypt$N$r$p$salt$key` with a fresh random salt: the same password never hashes alike."""
    if not password:
        raise ValueError("empty password")
    if len(password) > MAX_PASSWORD_CHARS:
        raise ValueError(f"password longer than {MAX_PASSWORD_CHARS} characters")
    salt = secrets.token_bytes(SALT_BYTES)
    key = _derive(password, salt, N, R, P, KEY_BYTES)
    return f"{SCHEME}${N}${R}${P}${_b64(salt)}${_b64(key)}"


# Checked against unknown user names so that a wrong name costs as long as a wrong password.
_DUMMY_HASH = hash_password(secrets.token_urlsafe(16))


def verify_password(password: str, stored: str) -> bool:
    """True when `password` hashes to `stored`; False for anything malformed."""
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != SCHEME or len(password) > MAX_PASSWORD_CHARS:
            return False
        expected = base64.b64decode(key, validate=True)
        derived = _derive(password, base64.b64decode(salt, validate=True), int(n), int(r), int(p), len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(derived, expected)


def check_user(users: dict[str, str], name: str, password: str) -> bool:
    """True when `name` is in `users` and `password` is theirs; the same work either way."""
    stored = users.get(name)
    ok = verify_password(password, stored or _DUMMY_HASH)
    return ok and stored is not None


def parse_users(table: object) -> dict[str, str]:
    """The `[users]` table as {name: hash}; entries that are not scrypt hashes are refused."""
    if not isinstance(table, dict):
        raise ValueError("[users] must be a table of name = hash")
    users = {}
    for name, stored in table.items():
        if not isinstance(stored, str) or not stored.startswith(f"{SCHEME}$") or stored.count("$") != 5:
            raise ValueError(f"user {name!r}: not a hash made by `python -m ui.auth add-user` (plain text?)")
        users[str(name)] = stored
    return users


def load_users(path: Path) -> dict[str, str]:
    """{name: hash} from a users file (see the module docstring)."""
    with path.open("rb") as f:
        data = tomllib.load(f)
    return parse_users(data.get("users", {}))


def user_line(name: str, password: str) -> str:
    """The line to paste under `[users]`: the name quoted as a TOML key, then its hash."""
    return f"{json.dumps(name, ensure_ascii=False)} = {json.dumps(hash_password(password))}"


class Lockout:
    """Refuse a key (a session, a user name) for `lockout_s` after `max_failures` failures
    within `window_s`. Thread-safe; entries older than the window are forgotten."""

    def __init__(
        self,
        max_failures: int,
        window_s: float,
        lockout_s: float,
        clock: Callable[[], float] = time.monotonic,
        max_keys: int = 10_000,
    ):
        self.max_failures = max_failures
        self.window_s = window_s
        self.lockout_s = lockout_s
        self.clock = clock
        self.max_keys = max_keys
        self._failures: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> list[float]:
        keep = max(self.window_s, self.lockout_s)
        times = [t for t in self._failures.get(key, []) if now - t < keep]
        if times:
            self._failures[key] = times
        else:
            self._failures.pop(key, None)
        return times

    def locked_for(self, key: str) -> float:
        """Seconds until `key` may try again (0 when it may try now)."""
        with self._lock:
            now = self.clock()
            times = self._recent(key, now)
            in_window = [t for t in times if times[-1] - t < self.window_s]
            if len(in_window) < self.max_failures:
                return 0.0
            return max(0.0, times[-1] + self.lockout_s - now)

    def failed(self, key: str) -> None:
        with self._lock:
            now = self.clock()
            if len(self._failures) >= self.max_keys:  # forget the idle ones before growing further
                for other in list(self._failures):
                    self._recent(other, now)
            self._recent(key, now)
            self._failures.setdefault(key, []).append(now)

    def succeeded(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)

    def clear(self) -> None:
        with self._lock:
            self._failures.clear()


def users_file_from_env() -> Path | None:
    """The users file named by `FUJIAN_USERS`, if set."""
    value = os.environ.get("FUJIAN_USERS", "").strip()
    return Path(value) if value else None
