"""Real documents re-set in the forms other copies of them take: the same facts must come out.

A development document (../shared/corpus/dev) is printed the ways real sources print documents
(:mod:`bench.forms`: PDF text hard-wrapped at 28 characters a line with page numbers and a running
head, PDF text printing each digit run on a line of its own or letter-spaced, full stops typed as ASCII points, a
markdown copy, a web copy with its character references left unescaped), and its documents, tasks
(text and owners) and targets are compared with those of the plain copy. The re-settings are
written by hand, as the forms are; the documents are real.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from policykg.extract.pipeline import extract_text

from bench.forms import FORMS

DEV = (Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "dev").resolve()


# The documents and the forms whose facts come out the same: a State Council opinion with
# 负责 annotations, a city plan with a lead-rule, a district plan of labelled tasks, a task list
# flattened one cell a line, a Guangzhou plan with 牵头/参与 annotations, a ministry's 函.
CASES = [
    ("05_stcouncil_employment", ("pdf28", "digits", "spaced", "points", "markdown", "references")),
    ("13_shanghai_city_sponge", ("pdf28", "digits", "spaced", "points", "markdown", "references")),
    ("19_shanghai_jingan_urban_renewal", ("pdf28", "digits", "spaced", "points", "markdown", "references")),
    ("24_shanghai_yangpu_fire_safety_task_list", ("pdf28", "digits", "spaced", "points", "markdown", "references")),
    ("32_guangzhou_science_innovation_lead_support", ("pdf28", "digits", "spaced", "points", "markdown", "references")),
    ("38_miit_gongxintingyunxinghan_2016_293_metadata", ("pdf28", "digits", "spaced", "points", "markdown", "references")),
]


def _facts(text: str) -> set[tuple]:
    out: set[tuple] = set()
    for d in extract_text(text, path="copy.txt").dicts():
        if d["type"] == "document":
            out.add(("document", d["number"], d["title"], d["date"]))
        elif d["type"] == "task":
            owners = tuple(sorted((a["name"], a["role"]) for a in d["agencies"]))
            out.add(("task", re.sub(r"\s", "", d["text"]).replace(".", "。"), owners))
        elif d["type"] == "target":
            out.add(("target", d["value"], d["unit"], d["comparator"], d["deadline"]))
    return out


@pytest.mark.parametrize(
    ("name", "form"), [pytest.param(name, form, id=f"{name[:2]}-{form}") for name, forms in CASES for form in forms]
)
def test_a_real_document_in_another_copys_form_gives_the_same_facts(name: str, form: str) -> None:
    path = DEV / f"{name}.txt"
    if not path.exists():
        pytest.skip("the shared corpus (../shared) is not next to this checkout")
    plain = path.read_text(encoding="utf-8")
    assert _facts(FORMS[form](plain)) == _facts(plain)
