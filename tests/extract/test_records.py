"""Record copies and span lookups on the gazette's own records."""

from __future__ import annotations

import dataclasses
import inspect
from pathlib import Path

import pytest
from policykg.extract.pipeline import _SpanIndex, extract_text
from policykg.extract.records import (
    AgencyMention,
    Appointment,
    Citation,
    Document,
    Gazette,
    Incentive,
    Section,
    Source,
    Target,
    Task,
    evolve,
)
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


RECORD_CLASSES = [Source, Gazette, Document, Citation, Appointment, AgencyMention, Task, Target, Incentive, Section]


@pytest.mark.parametrize("kind", [Document, Citation, Task, Target, Section], ids=lambda k: k.__name__)
def test_records_rebuilt_field_by_field_equal_the_gazettes_own(gazette, kind) -> None:
    # The constructor fills every slot: positionally, by keyword, and with defaults left out.
    for record in gazette.of(kind)[:20]:
        values = {f.name: getattr(record, f.name) for f in dataclasses.fields(kind)}
        assert kind(**values) == record
        assert kind(*values.values()) == record
        non_default = {k: v for k, v in values.items()
                       if next(f for f in dataclasses.fields(kind) if f.name == k).default != v}
        assert kind(**non_default) == record


@pytest.mark.parametrize("kind", RECORD_CLASSES, ids=lambda k: k.__name__)
def test_record_constructors_keep_the_dataclass_signature_and_stay_frozen(kind) -> None:
    params = inspect.signature(kind).parameters
    fields = dataclasses.fields(kind)
    assert list(params) == [f.name for f in fields]
    assert [p.default for p in params.values()] == [
        inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default for f in fields
    ]
    record = kind(*[f"x{i}" for i, f in enumerate(fields) if f.default is dataclasses.MISSING])
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(record, fields[0].name, "changed")
    with pytest.raises(TypeError):
        kind()


def _general_map(record, fn, **also):
    """map_sources by the loop over nested fields, which each class's copier must match."""
    from policykg.extract.records import _map_fields

    return _map_fields(record, fn, dict(also))


@pytest.mark.parametrize("kind", [Task, Citation, Section, Document, Appointment, AgencyMention])
def test_map_sources_copies_like_the_general_loop(gazette, kind) -> None:
    from policykg.extract.records import map_sources

    def shift(src: Source) -> Source:
        return dataclasses.replace(src, start=src.start + 1, end=src.end + 1, file="x.txt")

    records = [r for r in gazette.records if type(r) is kind] or [
        a for t in gazette.records if type(t) is Task for a in t.agencies
    ]
    assert records
    for r in records:
        assert map_sources(r, shift) == _general_map(r, shift)
        same = map_sources(r, lambda s: s)  # nothing changed: the record itself, where the loop keeps it
        assert same == r and (same is r) == (_general_map(r, lambda s: s) is r)
        if "document_key" in {f.name for f in dataclasses.fields(kind)}:
            assert map_sources(r, shift, document_key="k") == _general_map(r, shift, document_key="k")
        # a change of a nested field that fn changes is overridden by the mapped value
        assert map_sources(r, shift, source=None) == _general_map(r, shift, source=None)
        with pytest.raises(TypeError):
            map_sources(r, shift, no_such_field=1)
