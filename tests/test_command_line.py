"""The command line as users run it: real subprocesses, real files, one-line errors."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "policykg", *args], capture_output=True, text=True, cwd=cwd)


def bad_files(tmp: Path) -> dict[str, Path]:
    files = {
        "empty": tmp / "empty.txt",
        "binary": tmp / "binary.txt",
        "undecodable": tmp / "undecodable.txt",
        "missing": tmp / "missing.txt",
    }
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(bytes(range(256)) * 64)
    files["undecodable"].write_bytes(b"\x89PNG\r\n\x1a\n" + bytes([0x80, 0x81, 0xFE, 0xFF]) * 200)
    return files


@pytest.mark.parametrize("kind", ["empty", "binary", "undecodable", "missing"])
def test_bad_input_gives_one_error_line_and_exit_1(tmp_path: Path, kind: str) -> None:
    path = bad_files(tmp_path)[kind]
    proc = run("extract", str(path))
    assert proc.returncode == 1
    lines = [li for li in proc.stderr.splitlines() if li.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: ") and str(path) in lines[0]
    assert "Traceback" not in proc.stderr and proc.stdout == ""


def test_batch_goes_on_past_bad_files(tmp_path: Path) -> None:
    bad_files(tmp_path)
    good = tmp_path / "good.txt"
    good.write_text("关于做好春季安全生产工作的通知\n各镇人民政府：\n请认真做好春季安全生产工作。\n某某县人民政府\n2023年3月1日\n",
                    encoding="utf-8")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    out = tmp_path / "out.jsonl"
    proc = run("extract", str(tmp_path), "-o", str(out))
    assert proc.returncode == 1  # something failed
    assert proc.stderr.count("Error: ") == 3  # empty, binary, undecodable; the folder holds no missing file
    assert "skipped 1 files of unsupported types" in proc.stderr
    docs = [json.loads(li) for li in out.read_text(encoding="utf-8").splitlines()]
    assert [d["title"] for d in docs if d["type"] == "document"] == ["关于做好春季安全生产工作的通知"]


def test_extract_jsonl_evidence_matches_raw_file(gazette_jsonl: Path, gazette_path: Path) -> None:
    raw = gazette_path.read_text(encoding="utf-8")
    records = [json.loads(li) for li in gazette_jsonl.read_text(encoding="utf-8").splitlines()]
    assert records, "no records"
    for rec in records:
        src = rec["source"]
        assert raw[src["start"]:src["end"]] == src["text"], rec["type"]


def test_console_script_and_module_agree(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("policykg")
    if not exe.exists():
        pytest.skip("console script not installed next to this interpreter")
    a = subprocess.run([str(exe), "--version"], capture_output=True, text=True)
    b = run("--version")
    assert a.returncode == b.returncode == 0 and a.stdout == b.stdout and re.search(r"\d+\.\d+", a.stdout)


def test_every_command_has_help_with_example_and_is_in_readme() -> None:
    from policykg.cli import cli

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    names = []

    def walk(group, prefix):
        for name, cmd in group.commands.items():
            full = f"{prefix} {name}".strip()
            names.append(full)
            assert cmd.help and "Example" in cmd.help, f"{full}: help without an example"
            if hasattr(cmd, "commands"):
                walk(cmd, full)

    walk(cli, "")
    for full in names:
        assert f"policykg {full}" in readme, f"`policykg {full}` is not in the README"


def test_fail_fast_stops_and_leaves_the_old_output_whole(tmp_path: Path) -> None:
    files = bad_files(tmp_path)
    good = tmp_path / "good.txt"
    good.write_text("关于做好春季安全生产工作的通知\n各镇人民政府：\n请认真做好。\n某某县人民政府\n2023年3月1日\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    proc = run("extract", str(files["empty"]), str(good), "--fail-fast", "-o", str(out))
    assert proc.returncode == 1 and proc.stderr.count("Error: ") == 1
    assert out.read_text(encoding="utf-8") == "old\n"  # not replaced, not half-written
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.jsonl")] == []


def test_a_batch_of_only_bad_files_keeps_the_old_output(tmp_path: Path) -> None:
    # --keep-going writes what the good files give; when not one file is read, an output file
    # already there is kept rather than replaced by an empty one, and the exit code says so.
    files = bad_files(tmp_path)
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    proc = run("extract", str(files["empty"]), str(files["binary"]), "-o", str(out))
    assert proc.returncode == 1 and "nothing written" in proc.stderr and "the old file is kept" in proc.stderr
    assert out.read_text(encoding="utf-8") == "old\n"
    fresh = tmp_path / "fresh.jsonl"
    proc = run("extract", str(files["empty"]), "-o", str(fresh))
    assert proc.returncode == 1 and "no file was made" in proc.stderr and not fresh.exists()


def test_json_array_output(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("关于做好春季安全生产工作的通知\n各镇人民政府：\n请认真做好。\n某某县人民政府\n2023年3月1日\n", encoding="utf-8")
    proc = run("extract", str(good), "--format", "json", "-q")
    data = json.loads(proc.stdout)
    assert proc.returncode == 0 and [d["type"] for d in data] == ["document"]
