"""`policykg serve` as a real process: a SPARQL client gets the embedded rows; updates and builds are refused."""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

import pytest
from graph_records import gazette_records, raw_text
from policykg.errors import QueryError, StoreError
from policykg.graph import serve as serve_module
from policykg.graph import sparql
from policykg.graph.build import load_records
from policykg.graph.store import GraphStore
from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore

pytestmark = pytest.mark.server


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _build(tmp_path: Path, gazette_copy: Path) -> Path:
    store = tmp_path / "kg"
    if not store.exists():
        with GraphStore.open(store, write=True) as gs:
            raw = raw_text(gazette_copy)
            load_records(gs, gazette_records(raw), path=gazette_copy, raw=raw)
    return store


def _serve(store: Path, port: int, timeout: int = 10, **popen: object) -> subprocess.Popen:
    policykg = Path(sys.executable).with_name("policykg")
    return subprocess.Popen(
        [str(policykg), "serve", "--store", str(store), "--port", str(port), "--timeout", str(timeout)],
        stderr=subprocess.PIPE, text=True, **popen,
    )  # type: ignore[call-overload]  # fmt: skip


def _ready_line(proc: subprocess.Popen, within: float = 15) -> str:
    """The first line `serve` prints on standard error, read without waiting longer than ``within``."""
    ready, _, _ = select.select([proc.stderr], [], [], within)
    assert ready, "serve printed nothing"
    return proc.stderr.readline()


def _start(
    tmp_path: Path, gazette_copy: Path, timeout: int = 10, **popen: object
) -> tuple[Path, int, subprocess.Popen]:
    """Build the gazette's store and start `policykg serve` on it, on a free port; return once it says it is ready."""
    store = _build(tmp_path, gazette_copy)
    port = _free_port()
    proc = _serve(store, port, timeout, **popen)
    try:
        line = _ready_line(proc)
        assert line.startswith("SPARQL endpoint:"), line
    except BaseException:
        _stop(proc)  # leave no server behind
        raise
    return store, port, proc


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found |= {int(c) for c in (task / "children").read_text().split()}
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _stop(proc: subprocess.Popen) -> None:
    """Kill `serve` and whatever it started, whether or not the children would die with it."""
    children = _children(proc.pid)
    if proc.poll() is None:
        proc.kill()
        proc.wait()
    for child in children:
        if _alive(child):
            with contextlib.suppress(OSError):
                os.kill(child, signal.SIGKILL)


@pytest.fixture
def server(tmp_path, gazette_copy):
    store, port, proc = _start(tmp_path, gazette_copy)
    try:
        yield store, f"http://127.0.0.1:{port}", proc
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()  # leave no server behind; the test of Ctrl-C fails on its own
                proc.wait()
                raise


def _embedded(store: Path, name: str, params: dict[str, str]) -> list[list[str | None]]:
    with GraphStore.open(store) as gs:
        return sparql.run_named(name, params, store=gs).values()


@pytest.mark.parametrize(
    ("name", "params"),
    [
        ("tasks-per-agency", {}),
        ("tasks-of-agency", {"agency": "市人社保局"}),
        ("status-on", {"date": "2024-06-01"}),
    ],
    ids=["tasks-per-agency", "tasks-of-agency", "status-on"],
)
def test_endpoint_gives_the_embedded_rows(server, name, params):
    store, base, _ = server
    over_http = sparql.run_named(name, params, endpoint=f"{base}/query").values()
    assert over_http == _embedded(store, name, params)
    assert over_http


def test_a_real_sparql_client_gets_the_same_rows(server):
    store, base, _ = server
    client = Graph(SPARQLStore(query_endpoint=f"{base}/query", returnFormat="json"))
    query = sparql.prefix_block() + sparql.get_query("tasks-per-agency").text
    rows = [[None if v is None else str(v) for v in row] for row in client.query(query)]
    assert rows == _embedded(store, "tasks-per-agency", {})


def test_update_is_refused(server):
    store, base, _ = server
    before = None
    request = urllib.request.Request(
        f"{base}/update", data=b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        headers={"Content-Type": "application/sparql-update"}, method="POST",
    )  # fmt: skip
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(request, timeout=5)
    assert 400 <= caught.value.code < 500
    ask = sparql.run("ASK { <urn:a> <urn:b> <urn:c> }", endpoint=f"{base}/query").values()
    assert ask == [["false"]] and before is None


def test_build_refuses_a_served_store(server):
    store, _, _ = server
    with pytest.raises(StoreError, match="serve"):
        GraphStore.open(store, write=True)


def test_ctrl_c_stops_the_server_cleanly(server):
    _, base, proc = server
    proc.send_signal(signal.SIGINT)  # stops it even when it was started with SIGINT ignored
    assert proc.wait(timeout=10) == 0
    with pytest.raises((urllib.error.URLError, ConnectionError, OSError)):
        urllib.request.urlopen(f"{base}/", timeout=2)
    assert os.path.exists(proc.args[3])


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["sigint", "sigterm"])
def test_a_server_started_with_sigint_ignored_still_stops_with_its_child(tmp_path, gazette_copy, sig):
    # A shell starts background jobs with SIGINT ignored, and the process inherits that.
    _, port, proc = _start(
        tmp_path, gazette_copy, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN)
    )
    try:
        proc.send_signal(sig)
        assert proc.wait(timeout=10) == 0
        with pytest.raises((urllib.error.URLError, ConnectionError, OSError)):
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)  # the oxigraph child is gone too
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


# The three-way cross join, one pattern more: the fixture's few hundred triples
# give about 10^10 rows, minutes of work.
CROSS_JOIN = "SELECT (COUNT(*) AS ?c) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def _post(base: str, query: str, timeout: float = 30) -> tuple[int, bytes]:
    request = urllib.request.Request(
        f"{base}/query", data=urllib.parse.urlencode({"query": query}).encode(),
        headers={"Accept": "application/sparql-results+json"}, method="POST",
    )  # fmt: skip
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def test_a_query_over_the_time_limit_is_refused_within_it(tmp_path, gazette_copy):
    _, port, proc = _start(tmp_path, gazette_copy, timeout=2)
    base = f"http://127.0.0.1:{port}"
    try:
        (child,) = _children(proc.pid)
        start = time.monotonic()
        status, body = _post(base, CROSS_JOIN)
        took = time.monotonic() - start
        assert status == 503 and b"limit of 2 s" in body, (status, body[:200])
        assert took < 2 + 2.5
        deadline = time.monotonic() + 5
        while _alive(child) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(child)  # the overrunning computation is stopped, not left at full CPU
        status, body = _post(base, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        assert status == 200 and int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) > 100
        with pytest.raises(QueryError, match="HTTP 503.*limit of 2 s"):
            sparql.run(CROSS_JOIN, endpoint=f"{base}/query", timeout=30)
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=10)
        finally:
            _stop(proc)


def test_the_ready_line_comes_once_queries_are_answered(server):
    _, base, _ = server
    # no waiting or retrying: the fixture returned as soon as the line was printed
    assert sparql.run("ASK { ?s ?p ?o }", endpoint=f"{base}/query", timeout=5).values() == [["true"]]


def test_kill_9_of_serve_leaves_no_oxigraph_serving(tmp_path, gazette_copy):
    store, port, proc = _start(tmp_path, gazette_copy)
    children = _children(proc.pid)
    assert children
    proc.kill()
    proc.wait()
    deadline = time.monotonic() + 5
    while any(_alive(c) for c in children) and time.monotonic() < deadline:
        time.sleep(0.05)
    alive = [c for c in children if _alive(c)]
    for c in alive:
        os.kill(c, signal.SIGKILL)  # leave nothing behind, then fail
    assert not alive, "the Oxigraph child outlived kill -9 of serve"
    # Nothing holds the store any more: the kernel drops the lock as the child's files close,
    # which may trail the child's own state by a moment on a busy machine.
    while True:
        try:
            with GraphStore.open(store, write=True):
                break
        except StoreError:
            if time.monotonic() > deadline + 5:
                raise
            time.sleep(0.05)


def test_a_busy_port_is_one_line_without_a_backtrace(tmp_path, gazette_copy):
    store = _build(tmp_path, gazette_copy)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        proc = _serve(store, port, env={**os.environ, "RUST_BACKTRACE": "1"})
        try:
            _, err = proc.communicate(timeout=20)
        finally:
            _stop(proc)
    assert proc.returncode == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and f"port {port}" in lines[0], err
    assert "in use" in lines[0] and "backtrace" not in err.lower() and "panicked" not in err


class _Page(HTMLParser):
    """The URLs a page would load or send to, and its scripts' text."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.scripts: list[str] = []
        self.textarea: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in = tag
        self.urls += [v for k, v in attrs if k in ("src", "href", "action", "data", "poster") and v]

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "script":
            self.scripts.append(data)
        elif self._in == "textarea":
            self.textarea.append(data)


def test_the_query_page_loads_nothing_from_the_internet(server):
    _, base, _ = server
    with urllib.request.urlopen(f"{base}/", timeout=5) as response:
        assert response.headers.get_content_type() == "text/html"
        page = response.read().decode("utf-8")
    parsed = _Page()
    parsed.feed(page)
    assert all(not urllib.parse.urlsplit(u).scheme and not u.startswith("//") for u in parsed.urls), (
        parsed.urls
    )
    assert not any("//" in s or "import(" in s for s in parsed.scripts)
    assert "@import" not in page and "url(" not in page
    box = "".join(parsed.textarea)
    for line in sparql.prefix_block().splitlines():
        assert line in box
    assert '"/query"' in page


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["sigint", "sigterm"])
def test_a_stop_signal_is_recorded_not_raised_wherever_it_lands(sig):
    """The handler only asks the main loop to stop: an exception raised at an arbitrary point
    could leave a lock of ``subprocess.Popen`` taken, and stopping the child would then hang."""
    stop = threading.Event()
    restore = serve_module._stop_on_signals(stop)
    try:
        os.kill(os.getpid(), sig)
        for _ in range(100):  # the handler runs at the next bytecode boundary
            if stop.is_set():
                break
            time.sleep(0.01)
    finally:
        restore()
    assert stop.is_set()
    assert signal.getsignal(sig) in (signal.default_int_handler, signal.SIG_DFL)
