"""The benchmarks run on the 10-file corpus and write their JSON (no timing is asserted)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import limit, multiply  # noqa: E402


@pytest.mark.parametrize(
    ("text", "pattern", "found"),
    [
        ("(嘉政发[2024]8 号)", limit.DOCNUM, "嘉政发[2024]8 号"),
        ("（责任单位：市发展改革委、市财政局）", limit.RESPONSIBLE, "（责任单位：市发展改革委、市财政局）"),
        ("实现固定资产投资增长6%以上", limit.QUANTITY, "6%"),
        ("到2025年底，本市建成区", limit.DEADLINE, "到2025年"),
        ("根据《中华人民共和国劳动法》", limit.TITLE, "《中华人民共和国劳动法》"),
    ],
    ids=["docnum-toc", "responsible", "percent", "deadline", "title"],
)
def test_limit_scan_patterns_find_real_snippets(text, pattern, found):
    assert pattern.findall(text) == [found]


def test_gazette_copy_renames_city_code_year_and_serial():
    text = "嘉兴市人民政府关于调整全市最低工资标准的通知\n嘉政发〔2024〕9号\n深化杭嘉、嘉湖合作，参照浙政发〔2023〕5号。\n2024 年 2 月 29 日"
    city = next(c for c in multiply.CITIES if c.name == "湖州")
    out = multiply.gazette_copy(text, city=city, year=2023, issue=3)
    assert "湖州市人民政府关于调整全市最低工资标准的通知" in out
    assert "湖政发〔2023〕99号" in out  # issue 3 moves serials by 90
    assert "浙政发〔2022〕5号" in out  # a provincial document keeps its code and serial
    assert "杭嘉、嘉湖" in out  # 嘉 outside a 文号 is not the code
    assert "2023 年 2 月 28 日" in out  # no 29 February in 2023


def test_corpus_files_are_distinct(tmp_path):
    folder = multiply.make_corpus(8, tmp_path / "c")
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    assert len(texts) == 8 and len(set(texts)) == 8


@pytest.mark.slow
def test_quick_benchmarks_run_and_write_json(tmp_path):
    from bench import run

    assert run.main(["--quick", "--out", str(tmp_path), "--rdflib-timeout", "20"]) == 0
    for name in ("extraction", "hotspots", "build", "queries"):
        data = json.loads((tmp_path / f"{name}-quick.json").read_text(encoding="utf-8"))
        assert data["machine"]["cores"]
    build = json.loads((tmp_path / "build-quick.json").read_text(encoding="utf-8"))
    assert all(r["complete"] for r in build["runs"])
    queries = json.loads((tmp_path / "queries-quick.json").read_text(encoding="utf-8"))
    assert {q["query"] for q in queries["queries"]} >= {"tasks-per-agency", "documents"}
