"""``make accuracy`` writes the accuracy page from the shared scorers (skipped without ../shared)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import accuracy  # noqa: E402


def test_page_holds_every_dev_file_the_totals_and_the_gazette(shared: Path, tmp_path: Path) -> None:
    out = tmp_path / "accuracy.md"
    assert accuracy.main(["--shared", str(shared), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    gold = sorted(p.stem for p in (shared / "eval" / "gold" / "dev").glob("*.json"))
    rows = re.findall(r"^\| (\d\d_\S+) \|", page, flags=re.M)
    assert [r[:20] for r in rows] == [g[:20] for g in gold]
    for measure in (
        "documents found",
        "citations (typed)",
        "agency pairs",
        "segments exact",
        "lead roles",
        "targets",
    ):
        assert re.search(rf"^\| {re.escape(measure)}[^|]*\| \S", page, flags=re.M), measure
    assert "## Gazette" in page and re.search(r"^\| targets \| \d+/\d+ found", page, flags=re.M)


def test_missing_scorer_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    assert accuracy.main(["--shared", str(tmp_path), "-o", str(tmp_path / "x.md")]) == 2
    assert not (tmp_path / "x.md").exists()
