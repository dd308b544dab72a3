"""Fixtures for the graph tests (helpers live in ``graph_records.py``)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from graph_records import GAZETTE, gazette_records, raw_text
from policykg.graph.build import load_records
from policykg.graph.store import GraphStore


@pytest.fixture(scope="session")
def raw() -> str:
    return raw_text()


@pytest.fixture
def gazette_copy(tmp_path: Path) -> Path:
    """A private copy of the shared gazette (the store names graphs by resolved path)."""
    target = tmp_path / "src" / GAZETTE.name
    target.parent.mkdir()
    shutil.copy(GAZETTE, target)
    return target


@pytest.fixture
def built(tmp_path: Path, gazette_copy: Path):
    """A writable on-disk store holding the hand-made records of the gazette copy."""
    raw = raw_text(gazette_copy)
    gs = GraphStore.open(tmp_path / "store", write=True)
    load_records(gs, gazette_records(raw), path=gazette_copy, raw=raw)
    yield gs
    gs.close()
