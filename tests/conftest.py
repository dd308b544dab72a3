"""Shared fixtures: the shared corpus and gold, the example gazette, a scorer over an extraction."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = (ROOT / ".." / "shared").resolve()
EXAMPLE = ROOT / "examples" / "jiaxing-gazette-2024-03.txt"
DEV = SHARED / "corpus" / "dev"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite the golden files under tests/data/ from the current output")


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip("the shared corpus and gold (../shared) are not next to this checkout")
    return SHARED


@pytest.fixture(scope="session")
def gazette_path(shared: Path) -> Path:
    return shared / "corpus" / "jiaxing-gazette-2024-03.txt"


@pytest.fixture(scope="session")
def gazette_extraction(gazette_path: Path):
    from policykg.extract.pipeline import extract_path

    return extract_path(gazette_path)


@pytest.fixture(scope="session")
def gazette_jsonl(tmp_path_factory: pytest.TempPathFactory, gazette_path: Path) -> Path:
    """The export made exactly as a user would: ``python -m policykg extract FILE --format jsonl -o OUT``."""
    out = tmp_path_factory.mktemp("export") / "out.jsonl"
    subprocess.run([sys.executable, "-m", "policykg", "extract", str(gazette_path), "--format", "jsonl", "-o", str(out)],
                   check=True, capture_output=True)
    return out


@pytest.fixture(scope="session")
def gazette_score(shared: Path, gazette_jsonl: Path) -> dict:
    """The shared scorer's figures for the gazette export (``score.py --json``)."""
    proc = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), str(gazette_jsonl), str(shared / "eval" / "gold" / "seed.json"),
         "--targets", str(shared / "eval" / "gold" / "seed-targets.json"), "--json"],
        check=True, capture_output=True, text=True)
    return json.loads(proc.stdout)
