"""Real processes for the browser tests: free ports, health polling with a deadline, process
groups that are always ended, and Debian's headless Chromium."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = Path(sys.executable)  # the interpreter running the tests has the project installed
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, deadline_s: float = 60) -> None:
    """Poll `url` until it answers 200, the process dies, or the deadline passes."""
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[:3]} exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer within {deadline_s}s")


def stop(process: subprocess.Popen) -> None:
    """End the process and its whole group (started with start_new_session=True)."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    else:  # the leader is gone; children in its group may not be
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)


@contextlib.contextmanager
def running(
    args: list[str], log: Path, health_url: str, env: dict[str, str] | None = None
) -> Iterator[subprocess.Popen]:
    """A process in its own group, healthy at `health_url`, ended on exit whatever happens."""
    with log.open("w") as out:
        process = subprocess.Popen(
            args,
            cwd=ROOT,
            env={**os.environ, **(env or {})},
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        try:
            wait_for(health_url, process)
        except (RuntimeError, TimeoutError) as error:
            raise RuntimeError(f"{error}\n--- {log} ---\n{log.read_text()[-3000:]}") from None
        yield process
    finally:
        stop(process)


# Inside a private mount namespace: `$1` becomes a read-only view of `$0`, proven read-only
# before the server starts, as a container's `-v folder:/var/lib/fujian:ro` would make it.
READ_ONLY_VIEW = (
    'mount --bind "$0" "$1" && mount -o remount,bind,ro "$1" '
    '&& if touch "$1/.write-probe" 2>/dev/null; then echo "$1 is writable" >&2; exit 3; fi '
    "&& exec bash scripts/serve-hosted.sh"
)


def can_mount_read_only(scratch: Path) -> bool:
    """True when this process may make a read-only bind mount (root with CAP_SYS_ADMIN)."""
    (scratch / "a").mkdir(parents=True, exist_ok=True)
    (scratch / "b").mkdir(parents=True, exist_ok=True)
    probe = ["unshare", "-m", "--propagation", "private", "bash", "-c", READ_ONLY_VIEW.replace(
        "exec bash scripts/serve-hosted.sh", "true"), str(scratch / "a"), str(scratch / "b")]  # fmt: skip
    try:
        return subprocess.run(probe, capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@contextlib.contextmanager
def serve_hosted(port: int, log: Path, read_only: tuple[Path, Path] | None = None, **env: str) -> Iterator[str]:
    """scripts/serve-hosted.sh on 127.0.0.1:`port`; yields the app's URL (as localhost).

    With `read_only=(folder, view)`, the server sees `folder` only through a read-only mount at
    `view` (see `can_mount_read_only`)."""
    env = {"PORT": str(port), "HOST": "127.0.0.1", "PYTHON": str(PYTHON), **env}
    url = f"http://localhost:{port}"
    args = ["bash", "scripts/serve-hosted.sh"]
    if read_only is not None:
        folder, view = read_only
        view.mkdir(parents=True, exist_ok=True)
        args = ["unshare", "-m", "--propagation", "private", "bash", "-c", READ_ONLY_VIEW, str(folder), str(view)]
    with running(args, log, f"{url}/_stcore/health", env):
        yield url
