"""Serve the store over HTTP, read-only, with a time limit every query keeps.

Oxigraph's own server (``oxigraph serve-read-only --location STORE
--union-default-graph``, the ``oxigraph`` command from PyPI) answers the queries, as
a child process on a private loopback port. In front of it a small proxy from the
standard library listens on the address the user asked for and:

- answers every query within ``--timeout`` seconds or refuses it with HTTP 503: the
  child's answer is read whole before anything is sent, so a client never gets a
  truncated body with status 200, and a query that overruns is stopped by
  restarting the child (Oxigraph's own ``--timeout-s`` does not stop every query:
  a three-way cross join ran for minutes and then answered 200 with a cut body);
- refuses updates (``/update``, HTTP 403);
- serves its own query page at ``/``, which loads nothing from the internet (the
  predeclared prefixes, a text box and the ``/query`` address);
- forwards everything else (``/query`` by GET or POST, the graph store's reads).

Queries without ``GRAPH`` see every source file's graph, as the embedded ``sparql``
command does. The policykg process holds a shared lock on the store and passes it to
the child, so ``policykg build`` refuses to write the store while it is served (the
lock's note names this process). The child dies with this process, even on
``kill -9`` (Linux: ``PR_SET_PDEATHSIG``), and is started without ``RUST_BACKTRACE``
so that its errors stay one line. Ctrl-C and SIGTERM stop both cleanly. The success
line is printed only once a query through the proxy has been answered.
"""

from __future__ import annotations

import ctypes
import errno
import html
import http.client
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from policykg.errors import StoreError
from policykg.graph.store import StoreLock, store_path

#: Seconds Oxigraph's own limit is set above ours: it is only a backstop, never the
#: limit a client meets (its cancellation answers 200 with a cut body).
_CHILD_GRACE_S = 5
#: The largest request body forwarded (a query, not data: updates are refused).
_MAX_BODY = 10 * 1024 * 1024
#: Request headers passed on to Oxigraph; answers keep only their content type.
_FORWARDED = ("Accept", "Content-Type")
#: Environment variables not passed to the child: a backtrace turns a one-line error
#: (a busy port, a locked store) into a screenful.
_CHILD_ENV_DROPPED = ("RUST_BACKTRACE", "RUST_LIB_BACKTRACE")
_PR_SET_PDEATHSIG = 1


def oxigraph_command() -> str:
    """The ``oxigraph`` executable: next to this Python's, else on ``PATH``.

    Returns:
        Its path.

    Raises:
        StoreError: it is not installed.
    """
    local = Path(sys.executable).with_name("oxigraph")
    if local.is_file() and os.access(local, os.X_OK):
        return str(local)
    found = shutil.which("oxigraph")
    if not found:
        raise StoreError("the `oxigraph` command is missing; install it with `pip install oxigraph`")
    return found


def server_command(store: Path, *, host: str = "127.0.0.1", port: int = 7878, timeout: int = 30) -> list[str]:
    """The command line of the Oxigraph server behind the proxy.

    Args:
        store: the store folder.
        host: the address to bind.
        port: the TCP port.
        timeout: the proxy's time limit in seconds (Oxigraph's is set a little above it).

    Returns:
        The argument list.
    """
    return [
        oxigraph_command(), "serve-read-only", "--location", str(store), "--bind", f"{host}:{port}",
        "--union-default-graph", "--timeout-s", str(timeout + _CHILD_GRACE_S),
    ]  # fmt: skip


def wait_until_up(
    url: str,
    *,
    timeout: float = 10.0,
    process: subprocess.Popen | None = None,
    stop: threading.Event | None = None,
) -> None:
    """Wait until an HTTP server answers.

    Args:
        url: a URL on the server.
        timeout: seconds to wait.
        process: the server process, to notice it dying early.
        stop: set when the wait should end early (returns without an error).

    Raises:
        StoreError: it did not come up in time or exited.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if stop is not None and stop.is_set():
            return
        if process is not None and process.poll() is not None:
            raise StoreError(f"the server exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except urllib.error.HTTPError:
            return  # it answered, if only with an error
        except (urllib.error.URLError, OSError):
            time.sleep(0.05)
    raise StoreError(f"the server did not answer at {url} within {timeout:.0f} s")


def query_page() -> str:
    """The page served at ``/``: a query box with the predeclared prefixes; nothing loaded from outside.

    Returns:
        The HTML.
    """
    from policykg.graph.sparql import prefix_block

    example = (
        prefix_block()
        + "\nSELECT ?number ?title WHERE {\n  ?d eli:id_local ?number ; eli:title ?title\n}\nLIMIT 20\n"
    )
    return _PAGE.replace("{query}", html.escape(example))


_PAGE = """<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>policykg SPARQL</title>
<style>
body{font-family:sans-serif;margin:1.5em;max-width:70em}
textarea{width:100%;height:20em;font-family:monospace}
table{border-collapse:collapse;margin-top:1em}td,th{border:1px solid #ccc;padding:.2em .5em;vertical-align:top}
pre{white-space:pre-wrap}
</style></head><body>
<h1>policykg SPARQL endpoint</h1>
<p>Read-only SPARQL 1.1 endpoint at <code>/query</code> (GET or POST). Queries see every source file's
graph; the prefixes below are declared for you in <code>policykg sparql</code>, here they are written out.</p>
<form id="f" method="post" action="/query">
<textarea name="query" id="q">{query}</textarea><br>
<button type="submit">Run</button>
</form>
<div id="out"></div>
<script>
const out = document.getElementById("out");
function cell(b){ return b === undefined ? "" : b.value; }
document.getElementById("f").addEventListener("submit", async (e) => {
  e.preventDefault();
  out.textContent = "running…";
  const r = await fetch("/query", {method: "POST",
    headers: {"Content-Type": "application/x-www-form-urlencoded",
              "Accept": "application/sparql-results+json, application/n-triples;q=0.9"},
    body: new URLSearchParams({query: document.getElementById("q").value})});
  const text = await r.text();
  out.textContent = "";
  if (!r.ok || !(r.headers.get("Content-Type") || "").includes("json")) {
    const pre = document.createElement("pre"); pre.textContent = (r.ok ? "" : r.status + ": ") + text;
    out.appendChild(pre); return;
  }
  const data = JSON.parse(text);
  if ("boolean" in data) { out.textContent = String(data.boolean); return; }
  const t = document.createElement("table"), head = t.insertRow();
  for (const v of data.head.vars) { const th = document.createElement("th"); th.textContent = v; head.appendChild(th); }
  for (const b of data.results.bindings) { const row = t.insertRow();
    for (const v of data.head.vars) row.insertCell().textContent = cell(b[v]); }
  out.appendChild(t);
});
</script>
</body></html>
"""


def _die_with_parent(parent: int) -> Callable[[], None]:
    """A ``preexec_fn`` that makes the child get SIGKILL when this process ends, however it ends."""
    prctl = ctypes.CDLL(None, use_errno=True).prctl if sys.platform.startswith("linux") else None

    def arm() -> None:
        if prctl is not None:
            prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() != parent:  # the parent died before the signal was armed
            os._exit(1)

    return arm


def _free_port(host: str) -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


class _Backend:
    """The Oxigraph child: started by the main thread, stopped from any thread when a query overruns."""

    def __init__(self, folder: Path, timeout: int, fd: int | None, stop: threading.Event) -> None:
        self.folder, self.timeout, self.fd, self.stopping = folder, timeout, fd, stop
        self.host = "127.0.0.1"
        self.lock = threading.Lock()
        self.ready = threading.Event()
        self.restart = threading.Event()
        self.process: subprocess.Popen | None = None
        self.port = 0
        self.generation = 0
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 - the child's stderr, kept for its last line

    def start(self) -> None:
        """Start the child and wait until it answers (call from the main thread: the child
        dies with the thread that started it); a stop asked for meanwhile ends the wait
        and leaves the child to :meth:`stop`."""
        env = {k: v for k, v in os.environ.items() if k not in _CHILD_ENV_DROPPED}
        for attempt in range(3):
            port = _free_port(self.host)
            self.log.seek(0)
            self.log.truncate()
            process = subprocess.Popen(
                server_command(self.folder, host=self.host, port=port, timeout=self.timeout),
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self.log, env=env,
                pass_fds=(self.fd,) if self.fd is not None else (), preexec_fn=_die_with_parent(os.getpid()),
            )  # fmt: skip
            try:
                wait_until_up(f"http://{self.host}:{port}/", timeout=15, process=process, stop=self.stopping)
            except StoreError:
                _stop(process)
                if attempt == 2 or "in use" not in self.last_error():
                    raise StoreError(f"the Oxigraph server did not start: {self.last_error()}") from None
                continue
            with self.lock:
                self.process, self.port = process, port
                self.generation += 1
            self.ready.set()
            return

    def last_error(self) -> str:
        """The child's last line on standard error (its error message)."""
        self.log.seek(0)
        lines = [ln for ln in self.log.read().decode("utf-8", "replace").splitlines() if ln.strip()]
        return lines[-1].strip() if lines else "no message"

    def current(self) -> tuple[int, int]:
        """The child's generation and port."""
        with self.lock:
            return self.generation, self.port

    def cancel(self, generation: int) -> None:
        """Stop the child that answers an overrunning query, and ask the main thread for a new one."""
        with self.lock:
            if generation != self.generation or self.process is None:
                return  # already replaced
            self.ready.clear()
            self.process.kill()
            self.restart.set()

    def died(self) -> int | None:
        """The exit code of a child that stopped without being asked to, else None."""
        with self.lock:
            if self.process is None or not self.ready.is_set():
                return None
            return self.process.poll()

    def stop(self) -> None:
        """Stop the child."""
        with self.lock:
            self.ready.clear()
            process, self.process = self.process, None
        if process is not None:
            _stop(process)
        self.log.close()


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class _Proxy(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], backend: _Backend, timeout: int) -> None:
        self.backend, self.limit = backend, timeout
        self.page = query_page().encode("utf-8")
        super().__init__(address, _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away is no error; anything else is one line, not a traceback."""
        exc = sys.exc_info()[1]
        if isinstance(exc, (ConnectionError, TimeoutError)):
            return
        sys.stderr.write(f"policykg serve: a request from {client_address[0]} failed: {exc}\n")


class _Handler(BaseHTTPRequestHandler):
    server: _Proxy
    server_version = "policykg"
    timeout = 60  # seconds a client may take to send its request

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        pass  # no line per request on the terminal

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._handle()

    def do_HEAD(self) -> None:  # noqa: N802
        self._handle()

    def do_POST(self) -> None:  # noqa: N802
        self._handle()

    def do_PUT(self) -> None:  # noqa: N802
        self._reply(403, "updates are not allowed here: the endpoint is read-only\n")

    do_DELETE = do_PATCH = do_PUT  # noqa: N815

    def _reply(self, status: int, body: bytes | str, content_type: str = "text/plain; charset=utf-8") -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _handle(self) -> None:
        path = urllib.parse.urlsplit(self.path).path
        if path == "/" and self.command in ("GET", "HEAD"):
            self._reply(200, self.server.page, "text/html; charset=utf-8")
            return
        content_type = self.headers.get("Content-Type", "")
        if path.rstrip("/").endswith("/update") or "sparql-update" in content_type:
            self._reply(403, "updates are not allowed here: the endpoint is read-only\n")
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            self._reply(400, "bad Content-Length\n")
            return
        if length > _MAX_BODY:
            self._reply(413, f"a request body is limited to {_MAX_BODY // 1024 // 1024} MB\n")
            return
        body = self.rfile.read(length) if length else None
        self._forward(body)

    def _forward(self, body: bytes | None) -> None:
        limit = self.server.limit
        backend = self.server.backend
        deadline = time.monotonic() + limit
        if not backend.ready.wait(limit):
            self._reply(503, "the server is restarting after a query overran its time limit; try again\n")
            return
        generation, port = backend.current()
        headers = {h: self.headers[h] for h in _FORWARDED if self.headers.get(h)}
        answer: dict[str, Any] = {}

        def fetch() -> None:
            conn = http.client.HTTPConnection(backend.host, port, timeout=limit + 2 * _CHILD_GRACE_S)
            try:
                conn.request(self.command, self.path, body=body, headers=headers)
                response = conn.getresponse()
                answer["reply"] = (response.status, response.getheader("Content-Type"), response.read())
            except (OSError, http.client.HTTPException) as exc:
                answer["error"] = exc
            finally:
                conn.close()

        worker = threading.Thread(target=fetch, daemon=True)
        worker.start()
        worker.join(max(0.0, deadline - time.monotonic()))
        if worker.is_alive():
            backend.cancel(generation)  # stops the computation; the worker then ends on a closed socket
            self._reply(
                503,
                f"query stopped: it ran longer than this server's limit of {limit} s "
                f"(policykg serve --timeout {limit}); narrow it or add a LIMIT\n",
            )
            return
        if "error" in answer:
            self._reply(
                503,
                "the query was interrupted (the server restarted after another query overran); try again\n",
            )
            return
        status, content_type, data = answer["reply"]
        self._reply(status, data, content_type or "application/octet-stream")


def _listen(host: str, port: int, backend: _Backend, timeout: int) -> _Proxy:
    try:
        return _Proxy((host, port), backend, timeout)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise StoreError(
                f"port {port} on {host} is already in use (another server?); choose another with --port"
            ) from None
        if exc.errno == errno.EACCES:
            raise StoreError(
                f"not allowed to listen on {host}:{port}; choose a port above 1023 with --port"
            ) from None
        raise StoreError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def serve(
    store: str | os.PathLike[str] | None = None,
    *,
    port: int = 7878,
    host: str = "127.0.0.1",
    timeout: int = 30,
    on_ready: Callable[[str], None] | None = None,
) -> int:
    """Serve the store until interrupted.

    Args:
        store: the store folder (see :func:`policykg.graph.store.store_path`).
        port: the TCP port.
        host: the address to bind (loopback by default).
        timeout: seconds a query may run; a longer one is stopped and refused (HTTP 503).
        on_ready: called with the endpoint URL once a query through it has been answered.

    Returns:
        0 after a clean stop.

    Raises:
        StoreError: no store, a build is writing it, the port is taken, or the server
            failed to start or stopped by itself.
    """
    folder = store_path(store)
    if not (folder / "CURRENT").exists():
        raise StoreError("no store here; run `policykg build FILE…` first", path=str(folder))
    lock = StoreLock(
        folder, exclusive=False, create=True, note=f"policykg serve, pid {os.getpid()}, port {port}"
    ).acquire()
    stop = threading.Event()
    backend = _Backend(folder, timeout, lock.fileno(), stop)
    restore = _stop_on_signals(stop)
    proxy: _Proxy | None = None
    thread: threading.Thread | None = None
    try:
        proxy = _listen(host, port, backend, timeout)
        backend.start()
        if stop.is_set():
            return 0
        thread = threading.Thread(target=proxy.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True)
        thread.start()
        endpoint = f"http://{host}:{port}/query"
        _check(endpoint)
        if on_ready and not stop.is_set():
            on_ready(endpoint)
        while not stop.wait(0.2):
            if backend.restart.is_set():
                backend.restart.clear()
                with backend.lock:
                    old = backend.process
                if old is not None:
                    old.wait()
                backend.start()
            code = backend.died()
            if code is not None:
                raise StoreError(f"the Oxigraph server stopped (exit code {code}): {backend.last_error()}")
        return 0
    except KeyboardInterrupt:
        return 0  # a Ctrl-C from a caller that runs serve() outside the main thread's handler
    finally:
        if proxy is not None:
            if thread is not None:
                proxy.shutdown()
            proxy.server_close()
        backend.stop()
        restore()
        lock.release()


def _check(endpoint: str) -> None:
    """Ask the endpoint a trivial question, so that "ready" means it answers queries."""
    url = endpoint + "?" + urllib.parse.urlencode({"query": "ASK {}"})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            response.read()
    except (urllib.error.URLError, OSError) as exc:
        raise StoreError(f"the endpoint does not answer queries: {getattr(exc, 'reason', exc)}") from None


def _stop_on_signals(stop: threading.Event) -> Callable[[], None]:
    """Make Ctrl-C (SIGINT) and SIGTERM stop the server cleanly, in the main thread.

    A process started in the background by a shell inherits SIGINT ignored, and Python's
    default SIGTERM ends the process without stopping its child; both now set ``stop``,
    which the main loop reads, so that the server process is stopped and the lock
    released. The handler raises nothing: an exception raised wherever a signal lands
    can land inside ``subprocess`` between taking a lock and the ``try`` that frees it
    (``Popen.poll``), and the next ``wait`` on that child then blocks for ever.

    Returns:
        A function that puts the previous handlers back.
    """
    if threading.current_thread() is not threading.main_thread():
        return lambda: None

    def asked_to_stop(signum: int, frame: object) -> None:
        stop.set()

    previous = {s: signal.signal(s, asked_to_stop) for s in (signal.SIGINT, signal.SIGTERM)}

    def restore() -> None:
        for s, handler in previous.items():
            signal.signal(s, handler)

    return restore
