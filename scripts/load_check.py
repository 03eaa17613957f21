"""Load check: many people on one hosted server at once. Not a timed test: it reports figures.

    .venv/bin/python scripts/load_check.py --db data/fujian.duckdb --sessions 20 --client ws
    .venv/bin/python scripts/load_check.py --db data/fujian.duckdb --sessions 20 --client browser

Starts hosted mode (scripts/serve-hosted.sh, a throwaway local user with a random password)
on a free port, warms the server up with one session, then opens `--sessions` concurrent
sessions that each sign in and walk every page: overview, city, topic, the indicator explorer
with a query, full-text search with a query, a source document, the map and data quality.

Two kinds of client:
- `ws` (default): websocket clients speaking Streamlit's own protocol, as the browser does (the
  login form's widgets filled and submitted, pages switched with their query strings). They
  cost the machine almost nothing, so the page time is the server's: from the request to the
  end of the script run.
- `browser`: Playwright contexts in one headless Chromium, clicking the sidebar and typing into
  the query boxes. A page time runs until the content is on screen, so on a small machine it is
  mostly the browsers' own rendering.

Reports: errors (exceptions on a page, failed runs, timeouts, tracebacks in the server log: must
be zero), the server's resident memory with one session and with all open (and per added
session), p50/p95/max page times, and the server's CPU time per page view.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import secrets
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import duckdb
import psutil
import websockets
from playwright.async_api import async_playwright, expect
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ui.passwords import user_line  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]
TIMEOUT_MS = 120_000


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_healthy(url: str, process: subprocess.Popen, deadline_s: float = 90) -> None:
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"server did not answer within {deadline_s}s")


def cpu_s(pid: int) -> float:
    """CPU seconds the server has used so far (user + system)."""
    times = psutil.Process(pid).cpu_times()
    return times.user + times.system


def rss_mb(pid: int) -> float:
    """Resident memory of the server and its children, in MiB."""
    process = psutil.Process(pid)
    total = process.memory_info().rss
    for child in process.children(recursive=True):
        try:
            total += child.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total / 2**20


class BrowserSession:
    """One reader in a browser tab."""

    def __init__(self, browser, url: str, password: str, name: str):
        self.browser, self.url, self.password, self.name = browser, url, password, name
        self.think = 0.0
        self.times: list[tuple[str, float]] = []
        self.errors: list[str] = []

    async def open(self) -> None:
        self.context = await self.browser.new_context(viewport={"width": 1280, "height": 1000})
        self.page = await self.context.new_page()
        self.page.set_default_timeout(TIMEOUT_MS)
        self.page.on("pageerror", lambda error: self.errors.append(f"{self.name}: page error {error}"))

    async def settled(self) -> None:
        await expect(self.page.get_by_test_id("stApp")).to_have_attribute(
            "data-test-script-state", "notRunning", timeout=TIMEOUT_MS
        )
        main = self.page.get_by_test_id("stMainBlockContainer")
        await expect(main.locator("h1, h2, [data-testid=stAlert]").first).to_be_visible(timeout=TIMEOUT_MS)

    async def sign_in(self) -> None:
        start = time.perf_counter()
        await self.page.goto(self.url)
        await self.settled()
        await self.page.get_by_role("textbox", name="用户名").fill("loadcheck")
        await self.page.get_by_role("textbox", name="密码").fill(self.password)
        await self.page.get_by_role("button", name="登录").click()
        await expect(self.page.get_by_test_id("stMetric").first).to_be_visible(timeout=TIMEOUT_MS)
        await self.settled()
        self.times.append(("sign in", time.perf_counter() - start))

    async def step(self, name: str, action, url_part: str) -> None:
        """Do `action`, then wait until the URL's path and query show `url_part` (the server has
        answered) and the script has finished."""
        await asyncio.sleep(pause(self.think))
        start = time.perf_counter()
        try:
            await action()
            await self.page.wait_for_function(
                "part => decodeURIComponent(location.pathname + location.search).startsWith(part)"
                " && (part !== '/' || location.pathname === '/')",
                arg=url_part,
            )
            await self.settled()
        except Exception as error:  # a timeout is an error to report, not a crash
            self.errors.append(f"{self.name} {name}: {type(error).__name__}: {str(error)[:200]}")
            return
        if await self.page.get_by_test_id("stException").count():
            self.errors.append(f"{self.name} {name}: exception on the page")
        self.times.append((name, time.perf_counter() - start))

    def nav(self, title: str):
        return lambda: self.page.get_by_test_id("stSidebarNav").get_by_role("link", name=title, exact=True).click()

    def query(self, label: str, words: str):
        async def type_words():
            box = self.page.get_by_role("textbox", name=label)
            await box.fill(words)
            await box.press("Enter")

        return type_words

    async def walk(self) -> None:
        """Every page, within one session as a reader goes: the sidebar, the query boxes, and a
        search hit opened at its source. (A local sign-in lasts for the browser tab's session.)"""
        await self.step("city", self.nav("城市"), "/city")
        await self.step("topic", self.nav("主题"), "/topic")
        await self.step("explorer", self.nav("指标查询"), "/explorer")
        await self.step("explorer query", self.query("指标名称", "感染者"), "/explorer?q=感染者")
        await self.step("search", self.nav("全文搜索"), "/search")
        await self.step("search query", self.query("搜索段落", "核酸检测"), "/search?q=核酸检测")
        await self.step(
            "source", lambda: self.page.get_by_role("button", name="打开原文").first.click(), "/source?paragraph="
        )
        await self.step("map", self.nav("地图"), "/map")
        await self.step("quality", self.nav("数据质量"), "/quality")
        await self.step("overview", self.nav("总览"), "/")

    async def close(self) -> None:
        await self.context.close()


# Every page and the query string a reader's link gives it (the source page: a search hit).
WS_VIEWS = [
    ("city", "city", "place=福州市"),
    ("topic", "topic", "topic=covid"),
    ("explorer", "explorer", ""),
    ("explorer query", "explorer", "q=感染者"),
    ("search", "search", ""),
    ("search query", "search", "q=核酸检测"),
    ("source", "source", "paragraph={paragraph}"),
    ("map", "map", "level=county"),
    ("quality", "quality", ""),
    ("overview", "", ""),
]


class WsSession:
    """One reader as a websocket client: the messages a browser sends, no rendering."""

    def __init__(self, url: str, password: str, name: str, paragraph: str):
        self.url, self.password, self.name, self.paragraph = url, password, name, paragraph
        self.times: list[tuple[str, float]] = []
        self.errors: list[str] = []
        self.pages: dict[str, str] = {}  # url path → page script hash
        self.think = 0.0  # seconds a reader looks at a page before the next one
        self.page_hash = ""

    async def open(self) -> None:
        stream = self.url.replace("http://", "ws://") + "/_stcore/stream"
        self.ws = await websockets.connect(stream, subprotocols=["streamlit"], max_size=None, open_timeout=60)

    async def rerun(self, page_hash: str = "", query: str = "", widgets: list[WidgetState] = ()) -> list:
        """Ask for a run and collect the elements it draws until the last run ends."""
        msg = BackMsg()
        msg.rerun_script.query_string = query
        msg.rerun_script.page_script_hash = page_hash
        msg.rerun_script.widget_states.widgets.extend(widgets)
        await self.ws.send(msg.SerializeToString())
        elements = []
        while True:
            forward = ForwardMsg()
            forward.ParseFromString(await asyncio.wait_for(self.ws.recv(), TIMEOUT_MS / 1000))
            kind = forward.WhichOneof("type")
            if kind == "delta" and forward.delta.WhichOneof("type") == "new_element":
                elements.append(forward.delta.new_element)
            elif kind == "navigation":
                self.pages = {p.url_pathname: p.page_script_hash for p in forward.navigation.app_pages}
                self.page_hash = forward.navigation.page_script_hash
            elif kind == "script_finished":
                if forward.script_finished == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                    elements = []  # st.rerun / st.switch_page: the next run follows by itself
                    continue
                if forward.script_finished != ForwardMsg.FINISHED_SUCCESSFULLY:
                    raise RuntimeError(f"run ended with {forward.script_finished}")
                return elements

    def check(self, name: str, elements: list) -> None:
        for element in elements:
            if element.WhichOneof("type") == "exception":
                self.errors.append(f"{self.name} {name}: {element.exception.type}: {element.exception.message[:200]}")

    async def sign_in(self) -> None:
        start = time.perf_counter()
        form = await self.rerun()
        inputs = {e.text_input.label: e.text_input.id for e in form if e.WhichOneof("type") == "text_input"}
        submit = next(e.button.id for e in form if e.WhichOneof("type") == "button" and e.button.is_form_submitter)
        widgets = [
            WidgetState(id=inputs["用户名"], string_value="loadcheck"),
            WidgetState(id=inputs["密码"], string_value=self.password),
            WidgetState(id=submit, trigger_value=True),
        ]
        shown = await self.rerun(self.page_hash, widgets=widgets)
        self.check("sign in", shown)
        if not any(e.WhichOneof("type") == "metric" for e in shown):
            raise RuntimeError("the overview did not follow the sign-in")
        self.times.append(("sign in", time.perf_counter() - start))

    async def walk(self) -> None:
        for name, path, query in WS_VIEWS:
            await asyncio.sleep(pause(self.think))
            start = time.perf_counter()
            try:
                elements = await self.rerun(self.pages[path], query.format(paragraph=self.paragraph))
            except Exception as error:
                self.errors.append(f"{self.name} {name}: {type(error).__name__}: {str(error)[:200]}")
                continue
            self.times.append((name, time.perf_counter() - start))
            self.check(name, elements)
            if not elements:
                self.errors.append(f"{self.name} {name}: nothing drawn")

    async def close(self) -> None:
        await self.ws.close()


RANDOM = random.Random(6)  # the same pauses in every run


def pause(think: float) -> float:
    """A reader's pause between pages: `think` seconds on average, 0 to twice that."""
    return RANDOM.uniform(0, 2 * think) if think else 0.0


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


async def run(args: argparse.Namespace) -> int:
    db = Path(args.db).resolve()
    if not db.exists():
        raise SystemExit(f"{db} does not exist: python -m etl build data/raw --db {args.db}")
    password = secrets.token_urlsafe(16)
    work = Path(tempfile.mkdtemp(prefix="load_check-"))
    users = work / "users.toml"
    users.write_text(f"[users]\n{user_line('loadcheck', password)}\n", encoding="utf-8")
    port = args.port or free_port()
    url = f"http://localhost:{port}"
    log = work / "server.log"
    env = {**os.environ, "PORT": str(port), "HOST": "127.0.0.1", "FUJIAN_USERS": str(users),
           "FUJIAN_DB": str(db), "PYTHON": sys.executable}  # fmt: skip
    with log.open("w") as out:
        server = subprocess.Popen(["bash", "scripts/serve-hosted.sh"], cwd=ROOT, env=env, stdout=out,
                                  stderr=subprocess.STDOUT, start_new_session=True)  # fmt: skip
    with duckdb.connect(str(db), read_only=True) as con:  # a search hit's paragraph, for the source page
        hit = con.execute("SELECT paragraph_id FROM paragraphs WHERE text_simplified LIKE '%核酸%' LIMIT 1").fetchone()
    paragraph = hit[0] if hit else ""
    try:
        wait_healthy(url, server)
        async with async_playwright() as playwright:
            browser = None
            if args.client == "browser":
                browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)

            def session(name: str):
                if browser is not None:
                    return BrowserSession(browser, url, password, name)
                return WsSession(url, password, name, paragraph)

            started = rss_mb(server.pid)
            first = session("warm-up")
            await first.open()
            await first.sign_in()
            await first.walk()  # imports, caches and the first database handle
            one = rss_mb(server.pid)

            sessions = [session(f"s{i:02d}") for i in range(args.sessions)]
            await asyncio.gather(*(s.open() for s in sessions))
            began, cpu_began = time.perf_counter(), cpu_s(server.pid)

            async def user(s) -> None:
                s.think = args.think
                await asyncio.sleep(RANDOM.uniform(0, 4 * args.think))  # readers arrive at different times
                try:
                    await s.sign_in()
                except Exception as error:
                    s.errors.append(f"{s.name} sign in: {type(error).__name__}: {str(error)[:200]}")
                    return
                for _ in range(args.rounds):
                    await s.walk()

            await asyncio.gather(*(user(s) for s in sessions))
            wall, server_cpu = time.perf_counter() - began, cpu_s(server.pid) - cpu_began
            peak = rss_mb(server.pid)  # every session still open
            for s in [*sessions, first]:
                await s.close()
            if browser is not None:
                await browser.close()
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()

    errors = [e for s in [first, *sessions] for e in s.errors]
    tracebacks = log.read_text(errors="replace").count("Traceback")
    if tracebacks:
        errors.append(f"{tracebacks} tracebacks in the server log {log}")
    page_times = [t for s in sessions for name, t in s.times if name != "sign in"]
    sign_ins = [t for s in sessions for name, t in s.times if name == "sign in"]
    by_page: dict[str, list[float]] = {}
    for name, t in (pair for s in sessions for pair in s.times if pair[0] != "sign in"):
        by_page.setdefault(name, []).append(t)

    clients = "websocket clients" if args.client == "ws" else "Chromium contexts"
    print(f"machine: {os.cpu_count()} CPUs; server and {clients} on the same machine")
    print(f"database: {db}")
    print(
        f"sessions: {args.sessions} concurrent (+1 warm-up), each signs in and walks every page {args.rounds} time(s), "
        f"{args.think:g} s between pages"
    )
    print(f"errors: {len(errors)}")
    for error in errors[:20]:
        print(f"  {error}")
    print(
        f"server RSS: {started:.0f} MiB at start, {one:.0f} MiB with 1 session, {peak:.0f} MiB with {args.sessions + 1}"
    )
    print(f"server RSS per added session: {(peak - one) / args.sessions:.1f} MiB")
    if page_times:
        print(
            f"page time over {len(page_times)} page views: p50 {statistics.median(page_times):.2f} s, "
            f"p95 {percentile(page_times, 0.95):.2f} s, max {max(page_times):.2f} s"
        )
        print(
            f"sign-in (load, form, overview): p50 {statistics.median(sign_ins):.2f} s, p95 {percentile(sign_ins, 0.95):.2f} s"
        )
        print("per page p50 / p95 (s): " + ", ".join(
            f"{n} {statistics.median(v):.2f}/{percentile(v, 0.95):.2f}" for n, v in by_page.items() if v))  # fmt: skip
        print(f"wall time of the concurrent part: {wall:.1f} s; server CPU in it: {server_cpu:.1f} s, "
              f"{server_cpu / (len(page_times) + len(sign_ins)):.2f} s per page view")  # fmt: skip
    return 1 if errors else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="data/fujian.duckdb")
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=1, help="walks of every page per session")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--client", choices=["ws", "browser"], default="ws")
    parser.add_argument("--think", type=float, default=0.0, help="mean seconds between pages (0: back to back)")
    return asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    sys.exit(main())
