"""Serve the store over HTTP with Oxigraph's own server, read-only.

Runs ``oxigraph serve-read-only --location STORE --bind 127.0.0.1:PORT
--union-default-graph --timeout-s N`` (the ``oxigraph`` command from PyPI) as a
child process: SPARQL 1.1 Protocol at ``/query`` and a query page at ``/``;
``/update`` is refused. Queries without ``GRAPH`` see every source file's graph,
as the embedded ``sparql`` command does. The policykg process holds a shared
lock on the store and passes it to the server, so ``policykg build`` refuses to
write the store while it is being served. Ctrl-C stops the server cleanly.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

from policykg.errors import StoreError
from policykg.graph.store import StoreLock, store_path


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
    """The command line that serves ``store``.

    Args:
        store: the store folder.
        host: the address to bind.
        port: the TCP port.
        timeout: seconds before a query is cancelled.

    Returns:
        The argument list.
    """
    return [
        oxigraph_command(), "serve-read-only", "--location", str(store), "--bind", f"{host}:{port}",
        "--union-default-graph", "--timeout-s", str(timeout),
    ]  # fmt: skip


def wait_until_up(url: str, *, timeout: float = 10.0, process: subprocess.Popen | None = None) -> None:
    """Wait until an HTTP server answers.

    Args:
        url: a URL on the server.
        timeout: seconds to wait.
        process: the server process, to notice it dying early.

    Raises:
        StoreError: it did not come up in time or exited.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
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
        timeout: seconds before the server cancels a query.
        on_ready: called with the endpoint URL once the server answers.

    Returns:
        0 after a clean stop, else the server's exit code.

    Raises:
        StoreError: no store, a build is writing it, or the server failed to start.
    """
    folder = store_path(store)
    if not (folder / "CURRENT").exists():
        raise StoreError("no store here; run `policykg build FILE…` first", path=str(folder))
    lock = StoreLock(
        folder, exclusive=False, create=True, note=f"policykg serve, pid {os.getpid()}, port {port}"
    ).acquire()
    fd = lock.fileno()
    restore = _stop_on_signals()
    try:
        process = subprocess.Popen(
            server_command(folder, host=host, port=port, timeout=timeout),
            pass_fds=(fd,) if fd is not None else (),
        )
        try:
            wait_until_up(f"http://{host}:{port}/", process=process)
            if on_ready:
                on_ready(f"http://{host}:{port}/query")
            return process.wait() or 0
        except KeyboardInterrupt:
            return 0
        finally:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
    finally:
        restore()
        lock.release()


def _interrupted(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _stop_on_signals() -> Callable[[], None]:
    """Make Ctrl-C (SIGINT) and SIGTERM stop the server cleanly, in the main thread.

    A process started in the background by a shell inherits SIGINT ignored, and Python's
    default SIGTERM ends the process without stopping its child; both now raise
    ``KeyboardInterrupt`` so that the server process is stopped and the lock released.

    Returns:
        A function that puts the previous handlers back.
    """
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    previous = {s: signal.signal(s, _interrupted) for s in (signal.SIGINT, signal.SIGTERM)}

    def restore() -> None:
        for s, handler in previous.items():
            signal.signal(s, handler)

    return restore
