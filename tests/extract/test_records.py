"""Record copies and span lookups on the gazette's own records."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from policykg.extract.pipeline import _SpanIndex, extract_text
from policykg.extract.records import Section, Target, Task, evolve
from policykg.extract.text import read_file

GAZETTE = Path(__file__).resolve().parents[2] / "examples" / "jiaxing-gazette-2024-03.txt"


@pytest.fixture(scope="module")
def gazette():
    return extract_text(read_file(GAZETTE)[0])


@pytest.mark.parametrize(
    ("kind", "changes"),
    [
        (Task, {"index": 7}),
        (Task, {"document": None, "path": ("一",)}),
        (Target, {"deadline": "2030", "task": None}),
        (Section, {"heading": "加强组织领导"}),
    ],
    ids=["task index", "task two fields", "target deadline", "section heading"],
)
def test_evolve_copies_like_dataclasses_replace(gazette, kind, changes) -> None:
    record = gazette.of(kind)[0]
    assert evolve(record, **changes) == dataclasses.replace(record, **changes)


def test_evolve_rejects_a_field_the_record_lacks(gazette) -> None:
    with pytest.raises(TypeError):
        evolve(gazette.of(Task)[0], indexx=1)


def _length(record) -> int | None:
    return None if record is None else record.source.end - record.source.start


def test_tightest_task_and_section_as_a_full_scan_finds_them(gazette) -> None:
    tasks, sections = gazette.of(Task), gazette.of(Section)
    by_task, by_section = _SpanIndex(tasks), _SpanIndex(sections)

    def full_scan(items, src):
        holding = [r for r in items if r.source.start <= src.start and src.end <= r.source.end]
        return min(holding, key=_length, default=None)

    for target in gazette.of(Target):
        for index, items in ((by_task, tasks), (by_section, sections)):
            assert _length(index.tightest(target.source)) == _length(full_scan(items, target.source))
