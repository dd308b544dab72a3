"""Generate :mod:`policykg.ontology.namespace` from ``ontology/policykg.ttl``.

The Turtle is the source of truth; the Python module is derived from it so that
code refers to terms the ontology declares. Run ``python -m policykg.ontology.generate``
after editing the Turtle; ``--check`` exits 1 when the module has drifted (the
test suite runs the same comparison).
"""

from __future__ import annotations

import argparse
import keyword
import sys
from importlib import resources
from pathlib import Path

from policykg.errors import OntologyError
from rdflib import OWL, RDF, Graph, URIRef

#: Namespaces that get a generated closed class: prefix -> class name.
GENERATED = {"pkg": "PKG", "eli": "ELI", "oa": "OA"}


def ontology_text() -> str:
    """The Turtle of the ontology as shipped in the package.

    Returns:
        The text of ``policykg.ttl``.
    """
    return resources.files("policykg.ontology").joinpath("policykg.ttl").read_text(encoding="utf-8")


def _parse(text: str) -> Graph:
    graph = Graph()
    try:
        graph.parse(data=text, format="turtle")
    except Exception as exc:  # rdflib raises several unrelated types on bad Turtle
        raise OntologyError(f"cannot parse the ontology: {exc}", path="policykg.ttl") from exc
    return graph


def render(text: str) -> str:
    """Render the namespace module for an ontology.

    Args:
        text: the Turtle of ``policykg.ttl``.

    Returns:
        The Python source of ``namespace.py``.
    """
    graph = _parse(text)
    prefixes = {p: str(ns) for p, ns in graph.namespaces() if p in _declared_prefixes(text)}
    lines = [
        '"""Terms and prefixes of the policykg ontology.',
        "",
        "GENERATED from ontology/policykg.ttl by ``python -m policykg.ontology.generate``.",
        "Do not edit by hand: edit the Turtle and regenerate; a test fails when they differ.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from rdflib import URIRef",
        "from rdflib.namespace import DefinedNamespace, Namespace",
        "",
        "#: Every prefix the ontology binds; the one place prefixes are defined.",
        "PREFIXES: dict[str, str] = {",
    ]
    lines += [f'    "{p}": "{prefixes[p]}",' for p in sorted(prefixes)]
    lines += ["}", ""]
    declared = {s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef)} | {
        s for s in graph.subjects(None, None) if isinstance(s, URIRef)
    }
    for prefix, cls in GENERATED.items():
        base = prefixes.get(prefix)
        if base is None:
            raise OntologyError(f"prefix {prefix}: is not bound", path="policykg.ttl")
        names = sorted(str(s)[len(base) :] for s in declared if str(s).startswith(base) and str(s) != base)
        plain = [n for n in names if n.isidentifier() and not keyword.iskeyword(n)]
        extras = [n for n in names if n not in plain]
        lines += [
            "",
            f"class {cls}(DefinedNamespace):",
            f'    """Terms of ``{prefix}:`` ({base}) that the ontology declares."""',
            "",
        ]
        lines += ["    _fail = True", f'    _NS = Namespace("{base}")', ""]
        for name in plain:
            kind = _kind(graph, URIRef(base + name))
            lines.append(f"    {name}: URIRef  # {kind}")
        if extras:
            lines.append("")
            lines.append("    _extras = [" + ", ".join(f'"{n}"' for n in extras) + "]")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _declared_prefixes(text: str) -> set[str]:
    return {line.split()[1].rstrip(":") for line in text.splitlines() if line.startswith("@prefix")}


def _kind(graph: Graph, term: URIRef) -> str:
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual):
        if (term, RDF.type, kind) in graph:
            return kind.fragment
    return "term"


def module_path() -> Path:
    """Where the generated module lives in the source tree.

    Returns:
        The path of ``namespace.py`` next to this file.
    """
    return Path(__file__).with_name("namespace.py")


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check`` compare) the generated module.

    Args:
        argv: command-line arguments, without the program name.

    Returns:
        The exit code: 0 written or up to date, 1 drift found by ``--check``.
    """
    parser = argparse.ArgumentParser(prog="python -m policykg.ontology.generate", description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 if namespace.py differs from the Turtle")
    args = parser.parse_args(argv)
    source = render(ontology_text())
    path = module_path()
    if args.check:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != source:
            print(f"{path} is out of date; run python -m policykg.ontology.generate", file=sys.stderr)
            return 1
        return 0
    path.write_text(source, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
