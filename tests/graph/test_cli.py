"""The graph commands end to end through click."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from graph_records import gazette_records, raw_text
from policykg.commands_graph import COMMANDS, main
from policykg.graph.build import load_records
from policykg.graph.store import GraphStore


@pytest.fixture
def store(tmp_path, gazette_copy):
    path = tmp_path / "kg"
    with GraphStore.open(path, write=True) as gs:
        raw = raw_text(gazette_copy)
        load_records(gs, gazette_records(raw), path=gazette_copy, raw=raw)
    return path


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.name)
def test_every_command_has_help_ending_with_an_example(command):
    result = CliRunner().invoke(main, [command.name, "--help"])
    assert result.exit_code == 0
    assert (
        "Example:" in result.output.strip().splitlines()[-1]
        or "Example:" in result.output.split("Options:")[0]
    )


def test_sparql_list_shows_every_query():
    result = CliRunner().invoke(main, ["sparql", "--list", "--format", "csv"])
    assert result.exit_code == 0
    assert "tasks-per-agency" in result.output and "agency=agency" in result.output


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_sparql_formats(store, fmt):
    result = CliRunner().invoke(
        main, ["sparql", "-n", "tasks-of-agency", "-p", "agency=市科技局", "--store", str(store), "-f", fmt]
    )
    assert result.exit_code == 0, result.output
    assert "推动设立科技企业孵化器联合基金" in result.output
    if fmt == "json":
        rows = json.loads(result.output)
        assert rows[0]["index"] == 0 and rows[0]["number"] == "嘉政办发〔2024〕7号"


def test_sparql_error_is_one_line(store):
    result = CliRunner().invoke(main, ["sparql", "-n", "tasks-of-agency", "--store", str(store)])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and "--param agency" in result.output


def test_export_then_validate_the_file(store, tmp_path):
    out = tmp_path / "kg.nq"
    assert (
        CliRunner()
        .invoke(main, ["export", "--format", "nq", "-o", str(out), "--store", str(store)])
        .exit_code
        == 0
    )
    result = CliRunner().invoke(main, ["validate", str(out)])
    assert result.exit_code == 0 and result.output.startswith("conforms")


@pytest.mark.parametrize(
    ("args", "code"),
    [(["validate", "--store", "{tmp}/missing"], 2), (["validate", "{tmp}/missing.ttl"], 2)],
    ids=["missing-store", "missing-file"],
)
def test_validate_input_errors_exit_2(tmp_path, args, code):
    result = CliRunner().invoke(main, [a.format(tmp=tmp_path) for a in args])
    assert result.exit_code == code and "Error:" in result.output


def test_validate_violations_exit_1(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<urn:t> a <https://w3id.org/policykg/ontology#Task> .\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(bad)])
    assert result.exit_code == 1 and "Constraint Violation" in result.output


def test_build_reports_a_bad_file_and_goes_on(tmp_path, gazette_copy):
    missing = tmp_path / "nope.txt"
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = CliRunner().invoke(main, ["build", str(missing), str(empty), "--store", str(tmp_path / "kg")])
    assert result.exit_code == 1
    assert f"Error: {missing}: no such file" in result.output
    assert "2 files: 0 added, 0 replaced, 0 unchanged, 2 failed" in result.output
