"""Fixtures for the explorer tests (the injected-markup document lives in ``injected.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from injected import load_injected
from policykg.graph.store import GraphStore


@pytest.fixture
def small_store(tmp_path: Path):
    """An in-memory store holding the injected document only."""
    gs = GraphStore.memory()
    load_injected(gs, tmp_path)
    yield gs
    gs.close()
