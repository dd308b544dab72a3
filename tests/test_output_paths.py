"""``-o PATH`` of every command that writes: what is at PATH keeps its kind and gets the bytes.

Each command runs once as a user runs it (a real process) to standard output (``-o -``),
and then, in this process through the same command-line code, onto a named pipe with a reader, onto a symbolic link, into a folder that does
not exist yet and (as root only) onto a character device like ``/dev/null``: the bytes
that arrive are the bytes standard output got, and the path is still a pipe, a link, a
device.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = (ROOT / ".." / "shared").resolve()
GAZETTE = SHARED / "corpus" / "jiaxing-gazette-2024-03.txt"
SMALL = SHARED / "corpus" / "dev" / "36_shandong_2016_repeal_rules_by_order_number.txt"

if not GAZETTE.exists():
    pytest.skip("the shared corpus (../shared) is not next to this checkout", allow_module_level=True)


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "policykg", *args], capture_output=True, timeout=300)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("out") / "store"
    proc = run("build", str(GAZETTE), "--store", str(path))
    assert proc.returncode == 0, proc.stderr
    return path


#: Each command that writes, with the arguments before ``-o``.
COMMANDS = {
    "extract": lambda store: ["extract", str(SMALL), "-q"],
    "report": lambda store: ["report", "agencies", "--format", "csv", "--store", str(store)],
    "report-xlsx": lambda store: ["report", "targets", "--format", "xlsx", "--store", str(store)],
    "viz": lambda store: ["viz", "--view", "citations", "-q", "--store", str(store)],
    "export": lambda store: ["export", "--format", "nq", "--store", str(store)],
    "sparql": lambda store: [
        "sparql", "SELECT ?t WHERE { ?t a pkg:Task } ORDER BY ?t", "-f", "csv", "--store", str(store)
    ],
}  # fmt: skip


def content(name: str, data: bytes) -> object:
    """What a command wrote, comparable across runs (a workbook's zip carries the time it was made)."""
    if name.endswith("xlsx"):
        import io

        from openpyxl import load_workbook

        wb = load_workbook(io.BytesIO(data))
        return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}
    return data


@pytest.fixture(scope="module")
def on_stdout(store: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """What each command writes with ``-o -`` to a real standard output (and no file named ``-``)."""
    out = {}
    cwd = tmp_path_factory.mktemp("cwd")
    for name, args in COMMANDS.items():
        proc = subprocess.run([sys.executable, "-m", "policykg", *args(store), "-o", "-"],
                              capture_output=True, cwd=cwd, timeout=300)  # fmt: skip
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout, name
        out[name] = content(name, proc.stdout)
    assert list(cwd.iterdir()) == []
    return out


def invoke(*args: str) -> None:
    """Run a command in this process (the same code as the program, without its start-up time)."""
    from click.testing import CliRunner
    from policykg.cli import cli

    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("name", COMMANDS)
def test_a_named_pipe_stays_a_pipe_and_its_reader_gets_every_byte(
    name: str, on_stdout: dict[str, bytes], tmp_path: Path, store: Path
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    invoke(*COMMANDS[name](store), "-o", str(fifo))
    reader.join(timeout=60)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert len(received) == 1 and content(name, received[0]) == on_stdout[name]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]  # no temporary file left beside it


@pytest.mark.parametrize("name", COMMANDS)
def test_a_symlink_stays_a_link_and_its_target_is_replaced(
    name: str, on_stdout: dict[str, bytes], tmp_path: Path, store: Path
) -> None:
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "target"
    target.write_bytes(b"old content")
    target.chmod(0o640)
    link = tmp_path / "link"
    link.symlink_to(target)
    invoke(*COMMANDS[name](store), "-o", str(link))
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert content(name, target.read_bytes()) == on_stdout[name]
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # the file replaced keeps its permissions
    assert sorted(p.name for p in (tmp_path / "real").iterdir()) == ["target"]


@pytest.mark.parametrize("name", COMMANDS)
def test_a_missing_folder_is_created(name: str, on_stdout: dict[str, bytes], tmp_path: Path, store: Path) -> None:
    out = tmp_path / "new" / "deeper" / "out"
    invoke(*COMMANDS[name](store), "-o", str(out))
    assert content(name, out.read_bytes()) == on_stdout[name]


@pytest.mark.parametrize("name", ["extract", "viz"])  # a streamed writer and a whole page
def test_a_file_in_the_way_of_the_folder_is_one_error_line(name: str, tmp_path: Path, store: Path) -> None:
    (tmp_path / "plain").write_text("x", encoding="utf-8")
    proc = run(*COMMANDS[name](store), "-o", str(tmp_path / "plain" / "out"))
    err = proc.stderr.decode()
    assert proc.returncode == 1 and "Traceback" not in err, err
    errors = [line for line in err.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1 and "plain" in errors[0], err
    assert (tmp_path / "plain").read_text(encoding="utf-8") == "x"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="making a device node needs root")
@pytest.mark.parametrize("name", COMMANDS)
def test_a_device_is_written_never_replaced(name: str, tmp_path: Path, store: Path) -> None:
    null = tmp_path / "null"
    os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # the same device as /dev/null
    invoke(*COMMANDS[name](store), "-o", str(null))
    assert stat.S_ISCHR(os.lstat(null).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null"]
