"""``extract`` keeps the command-line conventions ``build`` keeps: one damaged file never loses the batch.

A damaged file of any format (its library's own error: pdfium, lxml, zip, python-docx)
is one ``Error:`` line naming it, and the good files' records are written; an empty
folder says there is nothing to read; a reader that stops reading (``| head``) ends the
command quietly; Ctrl-C says what was written.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
INPUTS = ROOT / "tests" / "data" / "inputs"
SHARED = (ROOT / ".." / "shared").resolve()
GAZETTE = SHARED / "corpus" / "jiaxing-gazette-2024-03.txt"
SMALL = SHARED / "corpus" / "dev" / "36_shandong_2016_repeal_rules_by_order_number.txt"

if not GAZETTE.exists():
    pytest.skip("the shared corpus (../shared) is not next to this checkout", allow_module_level=True)


def run(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "policykg", *args], capture_output=True, text=True,
                          timeout=300, **kwargs)  # fmt: skip


def pdf_with_broken_pages(folder: Path) -> Path:
    """The gazette PDF with a valid header and %%EOF whose page objects no longer say they are pages."""
    data = (INPUTS / "jiaxing-gazette-2024-03.pdf").read_bytes()
    broken = re.sub(rb"/Type\s*/Page(?![s\w])", lambda m: m.group(0)[:-4] + b"Xage", data)
    assert broken != data and broken.startswith(b"%PDF-") and b"%%EOF" in broken[-64:]
    out = folder / "broken-pages.pdf"
    out.write_bytes(broken)
    return out


def docx_with_broken_xml(folder: Path) -> Path:
    """The task-table .docx with its document part cut in the middle of an element."""
    src = zipfile.ZipFile(INPUTS / "task-table.docx")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        for item in src.infolist():
            data = src.read(item)
            out.writestr(item, data[: len(data) // 2] if item.filename == "word/document.xml" else data)
    path = folder / "broken-xml.docx"
    path.write_bytes(buf.getvalue())
    return path


def docx_with_broken_directory(folder: Path) -> Path:
    """A .docx whose ZIP central directory is gone (a cut copy that kept its first entries)."""
    data = (INPUTS / "task-table.docx").read_bytes()
    path = folder / "cut.docx"
    path.write_bytes(data[: len(data) * 2 // 3])
    return path


def empty_zip_docx(folder: Path) -> Path:
    path = folder / "empty.docx"
    zipfile.ZipFile(path, "w").close()
    return path


def html_with_only_a_doctype(folder: Path) -> Path:
    """A saved page cut after its first line (lxml: "Document is empty")."""
    html = (INPUTS / "portal-guofa-2018-39.html").read_bytes()
    path = folder / "cut.html"
    path.write_bytes(html[: html.index(b">") + 1])
    assert path.read_bytes().lower().startswith(b"<!doctype html")
    return path


@pytest.mark.parametrize(
    "make, words",
    [
        pytest.param(pdf_with_broken_pages, "pdf", id="pdf-with-broken-page-objects"),
        pytest.param(docx_with_broken_xml, "docx", id="docx-with-cut-xml"),
        pytest.param(docx_with_broken_directory, "docx", id="docx-cut-short"),
        pytest.param(empty_zip_docx, "empty document package", id="empty-zip-named-docx"),
        pytest.param(html_with_only_a_doctype, "HTML", id="html-cut-after-its-doctype"),
    ],
)
def test_a_damaged_file_is_one_line_and_the_good_files_are_written(
    tmp_path: Path, make: Callable[[Path], Path], words: str
) -> None:
    bad = make(tmp_path)
    out = tmp_path / "out" / "records.jsonl"
    proc = run("extract", str(bad), str(SMALL), "-o", str(out))
    errors = [line for line in proc.stderr.splitlines() if line.startswith("Error: ")]
    assert proc.returncode == 1, proc.stderr
    assert len(errors) == 1 and str(bad) in errors[0] and words in errors[0], proc.stderr
    assert "internal error" not in proc.stderr and "Traceback" not in proc.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["source"]["file"] for r in records} >= {str(SMALL)}
    assert any(r["type"] == "document" for r in records)


def test_the_damaged_pdf_page_objects_are_reported_not_recovered(tmp_path: Path) -> None:
    # The form the issue reproduced: header and %%EOF intact, pages unloadable.
    bad = pdf_with_broken_pages(tmp_path)
    proc = run("extract", str(bad), "-q")
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.startswith(f"Error: {bad}: damaged pdf file") and proc.stderr.count("\n") == 1


def test_an_empty_folder_says_there_are_no_files(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    proc = run("extract", str(tmp_path / "empty"))
    assert proc.returncode == 1 and proc.stderr.strip() == "Error: no files to extract"
    build = run("build", str(tmp_path / "empty"), "--store", str(tmp_path / "kg"))
    assert build.returncode == 1 and build.stderr.strip() == "Error: no files to build"


def test_a_reader_that_stops_reading_ends_the_command_quietly(tmp_path: Path) -> None:
    # The gazette's records are far more than a pipe holds: the writer meets the closed pipe.
    proc = subprocess.Popen([sys.executable, "-m", "policykg", "extract", str(GAZETTE), str(GAZETTE), "-q"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert json.loads(first)["type"]
    assert proc.returncode == 0 and err == ""


@pytest.mark.slow
@pytest.mark.parametrize("to_file", [True, False], ids=["to-a-file", "to-standard-output"])
def test_ctrl_c_says_what_was_written(tmp_path: Path, to_file: bool) -> None:
    folder = tmp_path / "copies"
    folder.mkdir()
    for i in range(30):
        shutil.copy(GAZETTE, folder / f"copy-{i:02}.txt")
    out = tmp_path / "out.jsonl"
    args = ["-o", str(out)] if to_file else []
    # Standard output goes to a file of its own: a pipe nobody reads would stop the writer.
    with open(tmp_path / "stdout", "wb") as sink:
        proc = subprocess.Popen([sys.executable, "-m", "policykg", "extract", str(folder), *args],
                                stdout=sink, stderr=subprocess.PIPE, text=True)  # fmt: skip
        # Wait for the first file's summary line, then interrupt as Ctrl-C does.
        assert proc.stderr.readline().startswith(str(folder))
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=120)
    stdout = (tmp_path / "stdout").read_text(encoding="utf-8")
    assert proc.returncode == 130, stderr
    line = [li for li in stderr.splitlines() if li.startswith("Interrupted")]
    assert len(line) == 1 and "Traceback" not in stderr, stderr
    done = int(re.match(r"Interrupted after (\d+) of 30 files", line[0]).group(1))
    if to_file:
        assert f"nothing written to {out} (no file was made)" in line[0]
        assert not out.exists() and sorted(os.listdir(tmp_path)) == ["copies", "stdout"]
    else:
        assert f"the records of those {done} were written" in line[0]
        files = {json.loads(li)["source"]["file"] for li in stdout.splitlines() if '"source"' in li}
        assert len(files) == done


def test_a_build_interrupted_says_what_it_loaded(tmp_path: Path) -> None:
    folder = tmp_path / "copies"
    folder.mkdir()
    for i in range(12):
        shutil.copy(GAZETTE, folder / f"copy-{i:02}.txt")
    store = tmp_path / "kg"
    proc = subprocess.Popen([sys.executable, "-m", "policykg", "build", str(folder), "--store", str(store)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    deadline = time.monotonic() + 60
    while not (store / "CURRENT").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(1.0)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stderr
    found = re.search(r"Interrupted: (\d+) of 12 files were loaded, each whole.*Run the same build again", stderr)
    assert found and "Traceback" not in stderr, stderr
    from policykg.graph.store import GraphStore

    with GraphStore.open(store) as gs:
        assert len(gs.files()) == int(found.group(1)) and gs.verify() == []
    again = run("build", str(folder), "--store", str(store))
    assert again.returncode == 0 and f"{12 - int(found.group(1))} added" in again.stdout


def test_ctrl_c_inside_code_run_from_a_string_still_exits_130_under_python_m(tmp_path: Path) -> None:
    """A Ctrl-C that lands while a module builds code from a string (``dataclasses``,
    ``namedtuple`` at import time) is handled like any other: exit 130, not death by SIGINT."""
    (tmp_path / "interrupted_in_exec.py").write_text(
        "from policykg.cli import cli, main\n"
        "@cli.command('interrupted-in-exec')\n"
        "def _command():\n"
        "    exec('raise KeyboardInterrupt', {})\n"
        "main(['interrupted-in-exec'])\n",
        encoding="utf-8",
    )
    proc = subprocess.run([sys.executable, "-m", "interrupted_in_exec"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert proc.returncode == 130, proc.stderr
    assert proc.stderr.strip().splitlines()[-1] == "Aborted." and "Traceback" not in proc.stderr, proc.stderr
