"""The README a newcomer reads: its demo lines run as printed, its sample figures are current, and
the Makefile keeps the promises the README makes about `make demo` and `make test`.

The demo block's ``$ policykg …`` lines are run in a scratch folder (with the bundled
``examples/``); every other line of the block is the output the README shows, and its
figures must be what the commands print now. A table the README cuts short (``…``) is
compared row by row for the rows it shows. The JSON Lines sample must be records of the
extraction. When the extractor improves, update the README's sample with the figures
this test reports.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
POLICYKG = Path(sys.executable).with_name("policykg")
#: A number as the outputs print it: 6,985 or 1.07.
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
#: Sizes vary with any change to the explorer's page; they are compared within this share.
_SIZE_SLACK = 0.1


def _section(title: str) -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(title)
    end = text.find("\n## ", start + len(title))
    return text[start : end if end > 0 else None]


def _demo_block() -> list[tuple[str, list[str]]]:
    """The demo's commands, each with the output lines the README shows under it."""
    block = re.search(r"```\n(.*?)```", _section("## What `make demo` does"), re.DOTALL)
    assert block, "no demo block in the README"
    steps: list[tuple[str, list[str]]] = []
    for line in block.group(1).splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        elif steps:
            steps[-1][1].append(line)
    return steps


DEMO = _demo_block()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """Every demo command run in a scratch folder: the folder, and command → what it printed (stdout and stderr)."""
    work = tmp_path_factory.mktemp("demo")
    (work / "examples").symlink_to(ROOT / "examples")
    printed = {}
    env = {**os.environ, "COLUMNS": "160", "NO_COLOR": "1"}
    for command, _ in DEMO:
        args = command.split()
        assert args[0] == "policykg", command
        proc = subprocess.run(
            [str(POLICYKG), *args[1:]], cwd=work, env=env, capture_output=True, text=True, timeout=600
        )
        assert proc.returncode == 0, f"{command}\n{proc.stderr}"
        printed[command] = proc.stderr + proc.stdout
    return work, printed


def _numbers(line: str) -> list[float]:
    return [float(n.replace(",", "")) for n in _NUMBER.findall(line)]


def _same_figures(shown: str, printed: str) -> bool:
    a, b = _numbers(shown), _numbers(printed)
    if len(a) != len(b) or _NUMBER.sub("#", shown).split() != _NUMBER.sub("#", printed).split():
        return False
    sized = "MB" in shown
    return all(x == y or (sized and abs(x - y) <= _SIZE_SLACK * max(x, y)) for x, y in zip(a, b, strict=True))


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("│┃").split("│" if "│" in line else "┃")]


def test_the_demo_block_runs_the_demo_of_the_makefile() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = re.search(r"^demo:.*?\n((?:\t.*\n)+)", makefile, re.MULTILINE)
    assert recipe
    made = [
        line.strip().replace("$(BIN)/", "").replace("$(EXAMPLE)", "examples/jiaxing-gazette-2024-03.txt")
        .replace("$(OUT)", "out")
        for line in recipe.group(1).splitlines()
        if line.strip().startswith("$(BIN)/policykg")
    ]  # fmt: skip
    assert [command for command, _ in DEMO] == made


@pytest.mark.parametrize("step", range(len(DEMO)), ids=[c.split()[1] for c, _ in DEMO])
def test_the_readme_shows_what_the_demo_prints(demo: tuple[Path, dict[str, str]], step: int) -> None:
    command, shown = DEMO[step]
    printed = [line for line in demo[1][command].splitlines() if line.strip()]
    table = [line for line in shown if line.startswith("│")]
    for line in shown:
        if line.startswith(("┏", "┡", "└", "┗", "│", "┃")):
            continue
        assert any(_same_figures(line, p) for p in printed), (
            f"`{command}`: the README shows\n  {line}\nbut the command now prints\n  " + "\n  ".join(printed)
        )
    if not table:
        return
    header = next(_cells(line) for line in shown if line.startswith("┃"))
    rows = {_cells(p)[0]: _cells(p) for p in printed if p.startswith("│")}
    printed_header = next(_cells(p) for p in printed if p.startswith("┃"))
    for line in table:
        cells = _cells(line)
        if cells[0] == "…":
            continue
        assert cells[0] in rows, f"`{command}`: no row {cells[0]} any more"
        now = dict(zip(printed_header, rows[cells[0]], strict=True))
        assert dict(zip(header, cells, strict=True)) == {k: now[k] for k in header}, cells[0]


def _jsonl_sample() -> list[dict[str, Any]]:
    block = re.search(r"```json\n(.*?)```", _section("## What `make demo` does"), re.DOTALL)
    assert block
    return [json.loads(line) for line in block.group(1).splitlines() if line.strip()]


def _fits(sample: Any, record: Any) -> bool:
    """The sample shows some of the record's fields (nested objects too), each as the record has it."""
    if isinstance(sample, dict):
        return isinstance(record, dict) and all(
            k in record and _fits(v, record[k]) for k, v in sample.items()
        )
    if isinstance(sample, list):
        return (
            isinstance(record, list)
            and len(sample) == len(record)
            and all(_fits(a, b) for a, b in zip(sample, record, strict=True))
        )
    return sample == record


def test_the_json_lines_sample_is_records_of_the_extraction(demo: tuple[Path, dict[str, str]]) -> None:
    (out,) = [c.split("-o ")[1] for c, _ in DEMO if c.startswith("policykg extract")]
    work = demo[0]
    records = [json.loads(line) for line in (work / out).read_text(encoding="utf-8").splitlines()]
    for sample in _jsonl_sample():
        source = sample.pop("source")
        found = [r for r in records if _fits(sample, r)]
        assert found, f"no record like {sample}"
        if "start" in source:
            assert any(
                r["source"]["start"] == source["start"] and r["source"]["end"] == source["end"] for r in found
            )


def test_the_readme_says_how_to_run_policykg_and_open_the_explorer() -> None:
    text = README.read_text(encoding="utf-8")
    start = text[: text.index("## What `make demo` does")]
    assert ".venv/bin/policykg" in start and "source .venv/bin/activate" in start
    assert "out/explorer.html" in start


def _make(*args: str, **env: str) -> subprocess.CompletedProcess:
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    return subprocess.run(
        ["make", "-s", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=120,
    )


def test_make_demo_installs_only_what_the_product_needs(tmp_path: Path) -> None:
    fresh = str(tmp_path / "venv")
    demo = _make("-n", "demo", f"VENV={fresh}").stdout
    test = _make("-n", "test", f"VENV={fresh}").stdout
    assert "pip install -q -e ." in demo and "[test]" not in demo
    assert "[test]" in test


def test_make_test_goes_on_when_chromium_cannot_be_installed(tmp_path: Path) -> None:
    # apt-get that fails as it does offline; as root the Makefile tries it and must go on.
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "apt-get").write_text('#!/bin/sh\necho "E: could not resolve deb.debian.org" >&2\nexit 100\n')
    (fake / "apt-get").chmod(0o755)
    (fake / "id").write_text("#!/bin/sh\necho 0\n")  # as root
    (fake / "id").chmod(0o755)
    proc = _make("browser", f"CHROMIUM={tmp_path / 'no-chromium'}", PATH=f"{fake}:{os.environ['PATH']}")
    assert proc.returncode == 0, proc.stderr
    assert "note:" in proc.stdout and "skipped" in proc.stdout
