"""`policykg serve` as a real process: a SPARQL client gets the embedded rows; updates and builds are refused."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from graph_records import gazette_records, raw_text
from policykg.errors import StoreError
from policykg.graph import sparql
from policykg.graph.build import load_records
from policykg.graph.serve import wait_until_up
from policykg.graph.store import GraphStore
from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore

pytestmark = pytest.mark.server


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(tmp_path: Path, gazette_copy: Path, **popen: object) -> tuple[Path, int, subprocess.Popen]:
    """Build the gazette's store and start `policykg serve` on it, on a free port."""
    store = tmp_path / "kg"
    with GraphStore.open(store, write=True) as gs:
        raw = raw_text(gazette_copy)
        load_records(gs, gazette_records(raw), path=gazette_copy, raw=raw)
    port = _free_port()
    policykg = Path(sys.executable).with_name("policykg")
    proc = subprocess.Popen(
        [str(policykg), "serve", "--store", str(store), "--port", str(port), "--timeout", "10"],
        stderr=subprocess.PIPE, text=True, **popen,
    )  # type: ignore[call-overload]  # fmt: skip
    wait_until_up(f"http://127.0.0.1:{port}/", timeout=15, process=proc)
    return store, port, proc


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
    _, port, proc = _start(tmp_path, gazette_copy, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    try:
        proc.send_signal(sig)
        assert proc.wait(timeout=10) == 0
        with pytest.raises((urllib.error.URLError, ConnectionError, OSError)):
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)  # the oxigraph child is gone too
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
