"""The layers: the command line lives under core/ and the library never needs click.

Like sqlite-utils, the library is usable without its command line: importing the
ledger or the explorer does not pull click in, and only the modules of
``core/`` (the CLI and its command groups) import it. Drawing (``viz/``) reads the
store only: no module of it imports the extractor.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_IMPORTS_CLICK = re.compile(r"^\s*(?:import click\b|from click\b)", re.MULTILINE)
_OUTSIDE_CORE = [
    p for folder in ("graph", "viz", "extract", "ontology") for p in sorted((ROOT / folder).rglob("*.py"))
]


_VIZ = sorted((ROOT / "viz").rglob("*.py"))


def _imported_modules(path: Path) -> set[str]:
    """Every module a file imports, at its top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


@pytest.mark.parametrize("path", _VIZ, ids=[str(p.relative_to(ROOT)) for p in _VIZ])
def test_drawing_never_imports_the_extractor(path: Path) -> None:
    # The explorer and the annotated view draw what the store holds; they never read text again.
    extract = sorted(m for m in _imported_modules(path) if m == "policykg.extract" or m.startswith("policykg.extract."))
    assert not extract, f"{path.relative_to(ROOT)} imports {extract}"


@pytest.mark.parametrize(
    "source",
    [
        pytest.param("from policykg.extract.docnum import find_docnums\n", id="from-import"),
        pytest.param("def f():\n    import policykg.extract.text as t\n", id="import-inside-a-function"),
        pytest.param("from policykg import extract\n", id="package-import"),
    ],
)
def test_the_import_reader_sees_every_way_of_importing_the_extractor(source: str, tmp_path: Path) -> None:
    path = tmp_path / "module.py"
    path.write_text(source, encoding="utf-8")
    assert any(m == "policykg.extract" or m.startswith("policykg.extract.") for m in _imported_modules(path))


@pytest.mark.parametrize(
    "modules",
    [
        pytest.param("policykg.graph.ledger, policykg.viz.explorer", id="ledger-and-explorer"),
        pytest.param(
            "policykg.graph.reports, policykg.graph.rows, policykg.graph.views", id="read-layer-and-reports"
        ),
        pytest.param("policykg.viz.annotate, policykg.files", id="annotate-and-file-writing"),
    ],
)
def test_library_modules_import_without_click(modules: str) -> None:
    code = f"import sys, {modules}; assert 'click' not in sys.modules, 'click was imported'"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("path", _OUTSIDE_CORE, ids=[str(p.relative_to(ROOT)) for p in _OUTSIDE_CORE])
def test_no_module_outside_core_imports_click(path: Path) -> None:
    assert not _IMPORTS_CLICK.search(path.read_text(encoding="utf-8")), (
        f"{path.relative_to(ROOT)} imports click"
    )


def test_the_click_pattern_finds_the_command_modules() -> None:
    commands = sorted((ROOT / "core").glob("commands_*.py"))
    assert len(commands) >= 3
    assert all(_IMPORTS_CLICK.search(p.read_text(encoding="utf-8")) for p in commands)


def test_commands_are_registered_without_importlib() -> None:
    text = (ROOT / "core" / "cli.py").read_text(encoding="utf-8")
    assert "importlib" not in text
    from policykg.cli import cli

    assert {"build", "sparql", "export", "report", "viz", "serve", "validate", "remove", "extract"} <= set(
        cli.commands
    )


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(("sparql",), id="sparql"),
        pytest.param(("export",), id="export"),
        pytest.param(("report", "agencies"), id="report-agencies"),
        pytest.param(("report", "targets"), id="report-targets"),
    ],
)
def test_sparql_report_and_export_share_one_set_of_output_options(path: tuple[str, ...]) -> None:
    from policykg.cli import cli

    command = cli
    for name in path:
        command = command.commands[name]  # type: ignore[attr-defined]
    options = {p.name: sorted(p.opts) for p in command.params}
    assert options["fmt"] == ["--format", "-f"]
    assert options["output"] == ["--output", "-o"]
