"""Hard inputs: every stage fed arbitrary and damaged text never raises, evidence stays inside the text,
and a 50 MB file finishes with bounded memory.

Damaged text is the real gazette with random deletions, duplications and page breaks
inserted, the way PDF conversion and copy-paste mangle documents.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from policykg.extract.records import Source, map_sources
from policykg.extract.text import normalise

ROOT = Path(__file__).resolve().parents[1]
GAZETTE = ROOT / "examples" / "jiaxing-gazette-2024-03.txt"
GAZETTE_TEXT = GAZETTE.read_text(encoding="utf-8")
GAZETTE_NORM = normalise(GAZETTE_TEXT).text

FUZZ = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


def _optional(module: str, name: str) -> Callable[..., Any] | None:
    try:
        return getattr(importlib.import_module(f"policykg.extract.{module}"), name)
    except (ModuleNotFoundError, AttributeError):
        return None


def _stages() -> list[tuple[str, Callable[[str], Any]]]:
    from policykg.extract.docnum import find_docnums
    from policykg.extract.split import document_facts, split_layout

    stages: list[tuple[str, Callable[[str], Any]]] = [
        ("split_layout", split_layout),
        ("document_facts", lambda t: document_facts(t, title=None)),
        ("find_docnums", find_docnums),
    ]
    optional = [
        ("find_citations", "citations", lambda f: lambda t: f(t, document=None, own_number=None)),
        ("parse_sections", "structure", lambda f: lambda t: f(t, document=None)),
        ("find_tasks", "responsibilities", lambda f: lambda t: f(t, document=None)),
        ("find_targets", "targets", lambda f: lambda t: f(t, document=None)),
    ]
    for name, module, bind in optional:
        fn = _optional(module, name)
        if fn is not None:
            stages.append((name, bind(fn)))
    return stages


STAGES = _stages()


def _sources(obj: Any) -> list[Source]:
    """Every Source inside a stage's result (records, tuples, lists, layouts)."""
    found: list[Source] = []

    def collect(src: Source) -> Source:
        found.append(src)
        return src

    def walk(o: Any) -> None:
        if isinstance(o, Source):
            found.append(o)
        elif isinstance(o, (list, tuple)):
            for x in o:
                walk(x)
        elif dataclasses.is_dataclass(o) and not isinstance(o, type):
            if any(isinstance(getattr(o, f.name), Source) for f in dataclasses.fields(o)):
                map_sources(o, collect)
            for f in dataclasses.fields(o):
                v = getattr(o, f.name)
                if isinstance(v, (list, tuple)) or (
                    dataclasses.is_dataclass(v) and not isinstance(v, Source)
                ):
                    walk(v)

    walk(obj)
    return found


def _spans(obj: Any) -> list[tuple[int, int]]:
    """``(start, end)`` pairs of records that carry offsets directly (DocNumMatch, DocumentSpan)."""
    out = []
    items = obj if isinstance(obj, (list, tuple)) else getattr(obj, "documents", [])
    for x in items:
        if isinstance(getattr(x, "start", None), int) and isinstance(getattr(x, "end", None), int):
            out.append((x.start, x.end))
    return out


def _check_stage(name: str, fn: Callable[[str], Any], text: str) -> None:
    result = fn(text)
    for src in _sources(result):
        assert 0 <= src.start <= src.end <= len(text), (name, src)
    for start, end in _spans(result):
        assert 0 <= start <= end <= len(text), (name, start, end)


# ---------------------------------------------------------------------------
# Strategies

any_text = st.text(max_size=400)
# Text made of what documents are made of, so that patterns get exercised.
PIECES = [
    "嘉政发〔2024〕8号",
    "（责任单位：市科技局、市金融办）",
    "一、",
    "（一）",
    "1.",
    "到2025年",
    "达到",
    "50%",
    "以上",
    "\n",
    "\n\n",
    "。",
    "；",
    "：",
    "《",
    "》",
    "关于",
    "的通知",
    "市政府",
    "牵头",
    "配合",
    "负责",
    "〔",
    "〕",
    "[",
    "]",
    "（",
    "）",
    "2024年2月8日",
    "万元",
    "亿元",
    "各县（市、区）人民政府：",
    "【市政府文件】",
    "任",
    "免去",
    "职务",
    "-",
    "—",
    " ",
    "\u3000",
    "\r\n",
    "第",
    "条",
    "附件",
    "列第一位者为牵头单位",
]
document_like = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=80).map("".join)


@st.composite
def damaged_gazette(draw: st.DrawFn) -> str:
    """A slice of the real gazette with deletions, duplications and page breaks inserted."""
    n = len(GAZETTE_NORM)
    start = draw(st.integers(0, n - 1))
    length = draw(st.integers(0, 6000))
    text = GAZETTE_NORM[start : start + length]
    for _ in range(draw(st.integers(0, 12))):
        if not text:
            break
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 60)))
        op = draw(st.sampled_from(["delete", "duplicate", "page-break", "footer"]))
        if op == "delete":
            text = text[:i] + text[j:]
        elif op == "duplicate":
            text = text[:j] + text[i:j] + text[j:]
        elif op == "page-break":
            text = text[:i] + "\n\n" + text[i:]
        else:
            text = text[:i] + f"\n\n— {draw(st.integers(1, 99))} —\n\n嘉兴市人民政府公报\n\n" + text[i:]
    return text


# ---------------------------------------------------------------------------
# Every stage, every kind of text


@pytest.mark.parametrize(("name", "fn"), STAGES, ids=[n for n, _ in STAGES])
@FUZZ
@given(text=st.one_of(any_text, document_like))
def test_stage_never_raises_on_arbitrary_text(name: str, fn: Callable[[str], Any], text: str) -> None:
    _check_stage(name, fn, normalise(text).text)


@pytest.mark.parametrize(("name", "fn"), STAGES, ids=[n for n, _ in STAGES])
@FUZZ
@given(text=damaged_gazette())
def test_stage_never_raises_on_damaged_gazette(name: str, fn: Callable[[str], Any], text: str) -> None:
    _check_stage(name, fn, normalise(text).text)


@FUZZ
@given(raw=st.one_of(any_text, document_like, damaged_gazette()))
def test_normalise_map_stays_inside_raw(raw: str) -> None:
    tm = normalise(raw)
    n = len(tm.text)
    for i in sorted({0, n // 3, n // 2, max(0, n - 1)}):
        for j in (i, min(n, i + 1), min(n, i + 25)):
            s, e = tm.to_raw(i, j)
            assert 0 <= s <= e <= len(raw), (i, j, s, e)


@FUZZ
@given(raw=st.one_of(document_like, damaged_gazette()))
def test_pipeline_evidence_is_the_raw_text(raw: str) -> None:
    from policykg.extract.pipeline import extract_text

    res = extract_text(raw, path="fuzz.txt")
    for rec in res.records:
        for src in _sources(rec):
            assert 0 <= src.start <= src.end <= len(raw)
            assert raw[src.start : src.end] == src.text


# ---------------------------------------------------------------------------
# Readers on damaged files


@settings(max_examples=20, deadline=None)
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".pdf", ".html", ".docx", ".txt", ""]))
def test_reader_raises_only_input_errors(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    from policykg.errors import InputError
    from policykg.extract.readers import read_document

    f = tmp_path_factory.mktemp("bytes") / f"input{suffix}"
    f.write_bytes(data)
    try:
        read = read_document(f)
    except InputError as exc:
        assert str(f) in str(exc) and "\n" not in str(exc)
        return
    assert read.raw.strip()


@settings(max_examples=20, deadline=None)
@given(cut=st.integers(min_value=0, max_value=100))
def test_pdf_cut_anywhere_is_an_input_error(cut: int) -> None:
    import tempfile

    from policykg.errors import InputError
    from policykg.extract.readers import read_document

    data = (ROOT / "tests" / "data" / "inputs" / "jiaxing-gazette-2024-03.pdf").read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp) / "cut.pdf"
        f.write_bytes(data[: len(data) * cut // 101])
        with pytest.raises(InputError):
            read_document(f)


@settings(max_examples=25, deadline=None)
@given(
    rows=st.lists(
        st.lists(
            st.one_of(
                st.sampled_from(
                    [
                        "序号",
                        "工作任务",
                        "牵头单位",
                        "配合单位",
                        "完成时限",
                        "1",
                        "",
                        "市科技局\n市财政局",
                        "2024年",
                    ]
                ),
                st.text(max_size=8),
            ),
            min_size=1,
            max_size=6,
        ),
        max_size=6,
    )
)
def test_render_table_never_raises(rows: list[list[str]]) -> None:
    from policykg.extract.readers import render_table

    grid = [[(t, (r, c)) for c, t in enumerate(row)] for r, row in enumerate(rows)]
    lines = render_table(grid)
    assert all("\n" not in li for li in lines)


# ---------------------------------------------------------------------------
# Large files



def _extract_big(tmp_path: Path, megabytes: int) -> tuple[float, float]:
    """Extract a file of the gazette repeated to ``megabytes`` MB; its time (s) and the child's peak RSS (MB)."""
    big = tmp_path / "big.txt"
    copies = megabytes * 1024 * 1024 // len(GAZETTE_TEXT.encode("utf-8")) + 1
    with big.open("w", encoding="utf-8") as f:
        for _ in range(copies):
            f.write(GAZETTE_TEXT)
            f.write("\n")
    assert big.stat().st_size >= megabytes * 1024 * 1024
    out = tmp_path / "big.jsonl"
    t0 = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "policykg", "extract", str(big), "-q", "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    elapsed = time.monotonic() - t0
    # the largest child so far; the extract is by far the largest this test session starts
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # kilobytes on Linux
    print(f"{megabytes} MB extract: {elapsed:.1f} s, peak RSS {peak_mb:.0f} MB")
    assert proc.returncode == 0, proc.stderr[-2000:]
    with out.open(encoding="utf-8") as f:
        assert json.loads(f.readline())["type"] == "gazette"
    return elapsed, peak_mb


@pytest.mark.slow
def test_5mb_text_file_finishes_with_bounded_memory(tmp_path: Path) -> None:
    elapsed, peak_mb = _extract_big(tmp_path, 5)
    assert elapsed < 60 and peak_mb < 1024


@pytest.mark.slow
def test_50mb_text_file_finishes_with_bounded_memory(tmp_path: Path) -> None:
    elapsed, peak_mb = _extract_big(tmp_path, 50)
    assert peak_mb < 1536, f"peak RSS {peak_mb:.0f} MB"
    assert elapsed < 300, f"{elapsed:.0f} s"


def test_a_row_shorter_than_the_header_does_not_break_a_task_table():
    # Found by Hypothesis: a one-cell row under a header whose task column it lacks.
    from policykg.extract.readers import render_table

    rows = [["序号", "序号", "工作任务", "牵头单位"], ["序号", ""]]
    lines = render_table([[(t, (r, c)) for c, t in enumerate(row)] for r, row in enumerate(rows)])
    assert lines == ["序号"]
