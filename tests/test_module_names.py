"""A module-level name of the product is bound once.

Two patterns of one name in a module (two branches each adding a ``_FIGURE_BEFORE`` of its own)
do not fail to import: the later silently replaces the earlier, and every use of the earlier
reads the later's groups. Rebinding a name from its own value (``_TAIL = re.compile(f"…{_TAIL.pattern}")``)
is a refinement, not a second definition, and is allowed.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted(p for layer in ("extract", "graph", "viz", "ontology") for p in (ROOT / layer).rglob("*.py"))


def _bindings(tree: ast.Module) -> list[tuple[str, int, ast.AST]]:
    found = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            found += [(t.id, node.lineno, node.value) for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            found.append((node.target.id, node.lineno, node.value))
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            found.append((node.name, node.lineno, node))
    return found


def rebound_names(source: str) -> list[tuple[str, int, int]]:
    """The names a module binds twice at its top level, with both lines, but for a rebinding that
    reads the name's own earlier value."""
    seen: dict[str, int] = {}
    twice = []
    for name, line, value in _bindings(ast.parse(source)):
        refines = any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(value))
        if name in seen and not refines:
            twice.append((name, seen[name], line))
        seen[name] = line
    return twice


def test_a_second_pattern_of_one_name_is_found() -> None:
    source = 'import re\n_A = re.compile(r"(?P<n>1)")\n_B = 1\n_A = re.compile(r"(?P<unit>2)")\n'
    assert rebound_names(source) == [("_A", 2, 4)]
    assert rebound_names('import re\n_A = re.compile("a")\n_A = re.compile(f"(?={_A.pattern})")\n') == []


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_each_module_level_name_is_bound_once(path: Path) -> None:
    assert rebound_names(path.read_text(encoding="utf-8")) == []
