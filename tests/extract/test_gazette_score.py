"""The shared scorer on the shared gazette, run exactly as a user would (``python -m policykg extract``)."""

from __future__ import annotations


def test_documents_all_found_with_every_field_right(gazette_score: dict) -> None:
    d = gazette_score["documents"]
    assert (d["found"], d["field_accuracy"], d["spurious"]) == ("6/6", 1.0, 0)


def test_citations_typed_f1_is_perfect(gazette_score: dict) -> None:
    assert gazette_score["citations"]["typed"]["f1"] == 1.0


def test_appointments_f1_is_perfect(gazette_score: dict) -> None:
    assert gazette_score["appointments"]["f1"] == 1.0
