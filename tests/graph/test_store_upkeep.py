"""What leaves the store, and what the store leaves behind.

Files deleted or moved are named by ``build`` and dropped with ``--prune`` (or by
``policykg remove``): a moved folder built with ``--prune`` leaves exactly what a clean
build of the new place holds. A bulk load killed midway leaves table files that the next
writer removes, and ``--store`` never writes into a folder of someone's own files.
"""

from __future__ import annotations

import glob
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from graph_records import CORPUS, GAZETTE
from policykg.commands_graph import main
from policykg.errors import StoreError
from policykg.graph.build import build, remove
from policykg.graph.iri import SHARED_GRAPH
from policykg.graph.store import BULK_FILES, LOCK_NAME, GraphStore

DAY = "2024-06-01"  # validity statuses are computed for one day, so two stores can be compared
#: Real files of different forms: the gazette, two State Council notices, a provincial one.
SOURCES = [
    GAZETTE,
    CORPUS / "dev" / "02_stcouncil_zero_waste_city.txt",
    CORPUS / "dev" / "03_stcouncil_consumption_poverty.txt",
    CORPUS / "dev" / "36_shandong_2016_repeal_rules_by_order_number.txt",
]

if not GAZETTE.exists():
    pytest.skip("the shared corpus is not next to this checkout", allow_module_level=True)


def folder_of_sources(folder: Path, sources: list[Path] = SOURCES) -> Path:
    folder.mkdir(parents=True)
    for src in sources:
        shutil.copy(src, folder / src.name)
    return folder


def quads(store: Path) -> set[str]:
    with GraphStore.open(store) as gs:
        return {str(q) for q in gs.quads()}


def test_a_moved_folder_built_with_prune_equals_a_clean_build(tmp_path: Path) -> None:
    old = folder_of_sources(tmp_path / "corpus")
    store = tmp_path / "kg"
    first = build([old], store=store, status_date=DAY)
    assert first.count("added") == len(SOURCES) and not first.missing
    new = tmp_path / "renamed"
    old.rename(new)

    kept = build([new], store=store, status_date=DAY)  # without --prune: named, kept
    assert sorted(kept.missing) == sorted(str(old / s.name) for s in SOURCES) and not kept.pruned
    with GraphStore.open(store) as gs:
        assert len(gs.files()) == 2 * len(SOURCES)

    pruned = build([new], store=store, status_date=DAY, prune=True)
    assert pruned.pruned and len(pruned.missing) == len(SOURCES)
    assert "4 missing dropped" in pruned.line()

    clean = tmp_path / "clean"
    build([new], store=clean, status_date=DAY)
    assert quads(store) == quads(clean)
    with GraphStore.open(store) as gs:
        assert gs.verify() == [] and gs.missing_files() == []


def test_remove_drops_a_file_a_folder_and_names_what_it_does_not_hold(tmp_path: Path) -> None:
    corpus = folder_of_sources(tmp_path / "corpus", SOURCES[1:])
    extra = folder_of_sources(tmp_path / "extra", SOURCES[:1])
    store = tmp_path / "kg"
    build([corpus, extra], store=store, status_date=DAY)
    shutil.rmtree(extra)  # a folder deleted: its files can still be named through it

    outcome = remove([extra, corpus / SOURCES[1].name, tmp_path / "never-built.txt"], store=store, status_date=DAY)
    assert sorted(outcome.removed) == sorted([str(extra / GAZETTE.name), str(corpus / SOURCES[1].name)])
    assert outcome.unknown == [str(tmp_path / "never-built.txt")]

    clean = tmp_path / "clean"
    build([corpus / s.name for s in SOURCES[2:]], store=clean, status_date=DAY)
    kept, fresh = quads(store), quads(clean)
    assert fresh <= kept
    # What is left over is only shared descriptions (an alias the removed file gave) of
    # nodes the remaining files still mention: by design, see policykg.graph.store.
    extra = kept - fresh
    mentioned = {q.split(" ", 1)[0] for q in fresh}
    assert all(q.endswith(f"<{SHARED_GRAPH}>") and q.split(" ", 1)[0] in mentioned for q in extra), extra


def test_build_and_remove_on_the_command_line(tmp_path: Path) -> None:
    corpus = folder_of_sources(tmp_path / "corpus", SOURCES[2:])
    store = tmp_path / "kg"
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(corpus), "--store", str(store)]).exit_code == 0
    (corpus / SOURCES[2].name).unlink()

    result = runner.invoke(main, ["build", str(corpus), "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert "the store holds 1 file that no longer exist" in result.output and SOURCES[2].name in result.output

    result = runner.invoke(main, ["build", str(corpus), "--store", str(store), "--prune"])
    assert result.exit_code == 0 and "1 missing dropped" in result.output
    assert "Dropped 1 file that no longer exist" in result.output

    result = runner.invoke(main, ["remove", str(corpus / SOURCES[2].name), "--store", str(store)])
    assert result.exit_code == 1 and f"Error: {corpus / SOURCES[2].name}: not in the store" in result.output
    result = runner.invoke(main, ["remove", str(corpus), "--store", str(store)])
    assert result.exit_code == 0 and "removed 1 file" in result.output
    with GraphStore.open(store) as gs:
        assert gs.files() == []


KILLED_BUILD = (
    "import sys; from policykg.graph import build; build.BATCH_FILES = 4; "
    "from policykg.cli import main; main(['build', sys.argv[1], '--store', sys.argv[2]])"
)


@pytest.mark.slow
def test_a_bulk_load_killed_midway_leaves_nothing_after_the_next_build(tmp_path: Path) -> None:
    corpus = tmp_path / "copies"
    corpus.mkdir()
    for i in range(8):
        shutil.copy(GAZETTE, corpus / f"copy-{i}.txt")
    store = tmp_path / "kg"
    left: list[str] = []
    for _ in range(3):  # the load lasts a fraction of a second; catch it in the act
        shutil.rmtree(store, ignore_errors=True)
        proc = subprocess.Popen([sys.executable, "-c", KILLED_BUILD, str(corpus), str(store)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        try:
            deadline = time.monotonic() + 120
            while proc.poll() is None and time.monotonic() < deadline:
                if glob.glob(str(store / BULK_FILES)):
                    os.kill(proc.pid, signal.SIGKILL)
                    break
                time.sleep(0.001)
        finally:
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
        left = glob.glob(str(store / BULK_FILES))
        if left:
            break
    assert left, "the build was never caught during a bulk load"

    summary = build([corpus], store=store, status_date=DAY)
    assert not summary.failed
    assert glob.glob(str(store / BULK_FILES)) == []
    with GraphStore.open(store) as gs:
        assert gs.verify() == [] and len(gs.files()) == 8


def test_compact_alone_removes_what_a_killed_bulk_load_left(tmp_path: Path) -> None:
    store = tmp_path / "kg"
    build([SOURCES[3]], store=store, status_date=DAY)
    leftover = store / "bulk-123456789.sst"
    leftover.write_bytes(b"\x00" * 1024)
    build([SOURCES[3]], store=store, compact=True)
    assert not leftover.exists()


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda p: (p / "notes.txt").write_text("mine", encoding="utf-8"), id="a-folder-of-files"),
        pytest.param(lambda p: (p / "sub").mkdir(), id="a-folder-with-a-folder"),
    ],
)
def test_store_refuses_a_folder_that_is_not_a_store(tmp_path: Path, make) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    make(folder)
    before = sorted(p.name for p in folder.iterdir())
    with pytest.raises(StoreError, match="not a policykg store"):
        GraphStore.open(folder, write=True)
    result = CliRunner().invoke(main, ["build", str(SOURCES[3]), "--store", str(folder)])
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert result.exit_code == 1 and len(lines) == 1 and lines[0].startswith("Error: ")
    assert "not a policykg store" in lines[0]
    assert sorted(p.name for p in folder.iterdir()) == before  # not even a lock file


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda p: None, id="a-new-folder"),
        pytest.param(lambda p: p.mkdir(), id="an-empty-folder"),
        pytest.param(lambda p: p.mkdir() or (p / LOCK_NAME).write_text(""), id="a-folder-with-only-the-lock"),
    ],
)
def test_store_accepts_a_new_or_empty_folder(tmp_path: Path, make) -> None:
    folder = tmp_path / "kg"
    make(folder)
    GraphStore.open(folder, write=True).close()
    GraphStore.open(folder, write=True).close()  # and a store, once made


def test_store_refuses_a_file(tmp_path: Path) -> None:
    path = tmp_path / "file"
    path.write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="is a file"):
        GraphStore.open(path, write=True)
