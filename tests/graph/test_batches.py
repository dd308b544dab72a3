"""Batches: skipped file types noted, keep going or fail fast, and a build killed halfway completed by the next one."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from policykg.commands_graph import main
from policykg.graph.build import build, expand
from policykg.graph.store import GraphStore
from policykg.ontology.namespace import PKG

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.multiply import make_corpus  # noqa: E402

pytest.importorskip("policykg.extract.pipeline")

FILES = 40


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """Three gazette copies, a file of an unsupported type and an empty text file (which fails)."""
    corpus = make_corpus(3, tmp_path / "copies")
    folder = tmp_path / "batch"
    shutil.copytree(corpus, folder)
    (folder / "notes.xyz").write_text("not a policy document", encoding="utf-8")
    (folder / "00000-aa-empty.txt").write_bytes(b"")
    return folder


def test_one_input_finder_skips_other_types_with_a_note(mixed):
    summary = build([mixed], store=mixed.parent / "kg")
    assert len(expand([mixed])) == 4
    assert summary.notes == [f"{mixed}: skipped 1 files of unsupported types (1 .xyz)"]
    assert summary.count("added") == 3 and summary.count("failed") == 1


def test_build_keeps_going_past_a_broken_file_by_default(mixed):
    store = mixed.parent / "kg"
    result = CliRunner().invoke(main, ["build", str(mixed), "--store", str(store)])
    assert result.exit_code == 1
    assert "Note:" in result.output and "unsupported types" in result.output
    assert "Error:" in result.output and "00000-aa-empty.txt" in result.output
    assert "4 files: 3 added, 0 replaced, 0 unchanged, 1 failed" in result.output
    with GraphStore.open(store) as gs:
        assert len(gs.files()) == 3 and gs.verify() == []


def test_fail_fast_stops_at_the_first_failure_and_stores_nothing_broken(mixed):
    store = mixed.parent / "kg"
    result = CliRunner().invoke(main, ["build", str(mixed), "--store", str(store), "--fail-fast"])
    assert result.exit_code == 1
    assert "--fail-fast" in result.output and "3 files not read" in result.output
    with GraphStore.open(store) as gs:
        assert gs.files() == [] and gs.verify() == []


def _loaded(store: Path) -> int | None:
    """File records in a store being written, read without taking its lock (None: not there yet)."""
    if not (store / "CURRENT").exists():
        return None
    try:
        snapshot = ox.Store.read_only(str(store))
        rows = snapshot.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?g a <{PKG.SourceFile}> }} }}")
        return int(next(iter(rows))["n"].value)
    except (OSError, RuntimeError):  # the store is still being created
        return None


def _count(store: Path) -> int:
    with GraphStore.open(store) as gs:
        return int(next(iter(gs.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")))["n"].value)


@pytest.mark.slow
def test_build_killed_halfway_then_rerun_equals_an_uninterrupted_build(tmp_path):
    corpus = make_corpus(FILES, tmp_path / "corpus")
    command = [sys.executable, "-m", "policykg", "build", str(corpus), "--jobs", "1", "--store"]
    killed_at = None
    for attempt in range(4):  # the timing is retried when the build finished first
        store = tmp_path / f"killed-{attempt}"
        proc = subprocess.Popen([*command, str(store)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while proc.poll() is None:
                loaded = _loaded(store)
                if loaded and loaded < FILES:
                    os.kill(proc.pid, signal.SIGKILL)
                    break
                time.sleep(0.02)
        finally:
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
        after = _loaded(store)
        if proc.returncode == -signal.SIGKILL and after and after < FILES:
            killed_at = after
            break
    assert killed_at is not None, "the build finished before it could be killed"

    rerun = subprocess.run([*command, str(store)], capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{FILES - killed_at} added, 0 replaced, {killed_at} unchanged, 0 failed" in rerun.stdout
    whole = tmp_path / "uninterrupted"
    subprocess.run([*command, str(whole)], check=True, capture_output=True, timeout=120)
    assert _count(store) == _count(whole)
    with GraphStore.open(store) as gs:
        assert len(gs.files()) == FILES and gs.verify() == []
