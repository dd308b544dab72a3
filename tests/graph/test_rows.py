"""The one read layer (policykg.graph.rows): reports and the explorer resolve names alike and read the same rows.

The store is built from the shared gazette and the development corpus
(``shared/corpus/dev``: real documents of several provinces and levels), so the
aliases checked are every name the extractor stored for every agency.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from policykg.cli import cli
from policykg.errors import NotFoundError
from policykg.graph import reports, rows
from policykg.graph.build import build
from policykg.graph.store import GraphStore
from policykg.viz import explorer

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory: pytest.TempPathFactory, shared: Path, gazette_path: Path) -> Path:
    """The gazette and the development corpus built into one store."""
    folder = tmp_path_factory.mktemp("rows")
    src = folder / "src"
    shutil.copytree(shared / "corpus" / "dev", src)
    shutil.copy(gazette_path, src / gazette_path.name)
    summary = build([src], store=folder / "store")
    assert not summary.failed, summary.failed
    return folder / "store"


@pytest.fixture(scope="module")
def gs(corpus_store: Path):
    with GraphStore.open(corpus_store) as opened:
        yield opened


def _outcome(fn, *args, **kwargs) -> tuple[str, str]:
    """``("ok", IRI)`` or ``("error", message)``."""
    try:
        return "ok", fn(*args, **kwargs).iri
    except NotFoundError as exc:
        return "error", str(exc)


def _explorer_agency(gs: GraphStore, name: str) -> tuple[str, str]:
    """The agency the explorer's ``--agency`` filter settles on, read from the note it writes."""
    try:
        g = explorer.collect(gs, view="responsibilities", agency=name)
    except NotFoundError as exc:
        if "holds nothing" in str(exc):
            return "nothing", name
        return "error", str(exc)
    (note,) = [n for n in g.notes if "--agency" in n]
    (shown,) = re.findall(r"“(.+?)”", note)
    return "ok", shown


def test_every_alias_the_reports_resolve_the_explorer_resolves_to_the_same_agency(gs: GraphStore) -> None:
    known = rows.agencies(gs)
    assert len(known) > 100
    checked = 0
    for agency in known.values():
        for name in (agency.name, *agency.aliases):
            status, found = _outcome(reports.resolve_agency, gs, name, known=known)
            # Every name an agency carries finds it, unless another agency carries the name too.
            assert found == agency.iri or (status == "error" and "more than one agency" in found), name
            checked += status == "ok"
    assert checked > 100


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("嘉兴市人社局", id="short-form-known-to-the-agency-tables"),
        pytest.param("市人力社保局", id="alias-written-in-the-gazette"),
        pytest.param("嘉兴市人力资源和社会保障局", id="canonical-name"),
        pytest.param("市科技局", id="short-form-of-a-busy-agency"),
    ],
)
def test_report_agency_and_viz_agency_settle_on_the_same_agency(gs: GraphStore, name: str) -> None:
    status, iri = _outcome(reports.resolve_agency, gs, name)
    assert status == "ok", iri
    assert _explorer_agency(gs, name) == ("ok", rows.agencies(gs)[iri].name)


def test_the_explorer_filter_follows_the_report_for_a_sample_of_every_agencys_aliases(gs: GraphStore) -> None:
    # One full explorer run per agency holding tasks (its last alias: the least obvious spelling).
    holders = {h.agency for h in rows.responsibilities(gs)}
    known = rows.agencies(gs)
    sample = sorted(holders)[::60]
    for a in sample:
        name = (known[a].aliases or (known[a].name,))[-1]
        status, iri = _outcome(reports.resolve_agency, gs, name)
        if status != "ok":  # an alias two agencies share: both refuse it
            assert _explorer_agency(gs, name) == (status, iri)
            continue
        assert _explorer_agency(gs, name) == ("ok", known[iri].name), name


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("嘉兴市人事局", id="near-a-real-bureau"),
        pytest.param("市科学局", id="short-form-of-no-agency"),
        pytest.param("无此机关XYZ", id="matches-nothing"),
    ],
)
def test_report_and_viz_suggest_the_same_near_names(gs: GraphStore, name: str, corpus_store: Path) -> None:
    report_status, report_message = _outcome(reports.resolve_agency, gs, name)
    assert report_status == "error"
    assert _explorer_agency(gs, name) == ("error", report_message)
    runner = CliRunner()
    by_report = runner.invoke(cli, ["report", "agency", name, "--store", str(corpus_store)])
    by_viz = runner.invoke(cli, ["viz", "--agency", name, "--store", str(corpus_store), "-o", "-"])
    assert by_report.exit_code == by_viz.exit_code == 1
    assert by_report.stderr == by_viz.stderr
    assert report_message in by_viz.stderr


def test_the_explorer_document_filter_takes_what_the_reports_take(gs: GraphStore) -> None:
    docs = [d for d in rows.documents(gs).values() if d.read and d.number]
    for d in docs[:3]:
        spaced = d.number.replace("〔", "[").replace("〕", "]")  # type: ignore[union-attr]
        assert reports.resolve_document(gs, spaced).iri == d.iri
        g = explorer.collect(gs, view="citations", document=spaced)
        assert d.iri in g.nodes
    with pytest.raises(NotFoundError, match="no document"):
        explorer.collect(gs, document="无此文〔2099〕1号")


@pytest.fixture(scope="module")
def whole(gs: GraphStore) -> explorer.ExplorerGraph:
    """The explorer's responsibilities view, not aggregated."""
    return explorer.collect(gs, view="responsibilities", max_nodes=100_000)


def test_explorer_targets_show_their_recurrence(gs: GraphStore, whole: explorer.ExplorerGraph) -> None:
    annual = [t for t in rows.targets(gs) if t.recurrence]
    assert annual, "the development corpus states yearly targets"
    g = whole
    for t in annual:
        node = g.nodes[t.iri]
        assert ("周期", "每年 annual") in node.facts
        assert node.name.endswith("（每年）")


def test_explorer_and_reports_read_the_same_tasks_and_targets(
    gs: GraphStore, whole: explorer.ExplorerGraph
) -> None:
    g = whole
    held = {h.task for h in rows.responsibilities(gs)}
    assert {k for k, n in g.nodes.items() if n.kind == "task"} == set(rows.tasks(gs))
    assert len(reports.ledger_rows(gs)) == len(held)
    assert {k for k, n in g.nodes.items() if n.kind == "target"} == {t.iri for t in rows.targets(gs)}
    # The ledger's 牵头单位 of a task are the agencies the explorer draws as its leads.
    known = rows.agencies(gs)
    leads: dict[str, set[str]] = {}
    for e in g.edges:
        if e.relation == "lead":
            leads.setdefault(e.target, set()).add(known[e.source].name)
    named = [r for r in reports.ledger_rows(gs) if r["牵头单位"]]
    assert named
    drawn_leads = {frozenset(v) for v in leads.values()}
    assert {frozenset(r["牵头单位"].split("、")) for r in named if "、" not in r["牵头单位"]} & drawn_leads


# -- one home for the store's entity queries ------------------------------------------

_SELECT = re.compile(r"SELECT\b[^{]*\{[^}]*\b(?:pkg|eli|org|skos|schema|oa|prov):", re.DOTALL)
_LIBRARY = [
    p for folder in ("core", "graph", "viz", "extract") for p in sorted((ROOT / folder).rglob("*.py"))
]
#: Modules allowed to hold an entity SELECT, and why.
_ALLOWED = {
    ROOT / "graph" / "rows.py": "the read layer",
    # The endpoint page puts a sample query in its editor: text shown to analysts, not a read.
    ROOT / "graph" / "serve.py": "the endpoint page's sample query",
}


@pytest.mark.parametrize("path", _LIBRARY, ids=[str(p.relative_to(ROOT)) for p in _LIBRARY])
def test_no_library_module_but_the_read_layer_selects_entities(path: Path) -> None:
    if path in _ALLOWED:
        return
    text = path.read_text(encoding="utf-8")
    found = [m.group(0)[:80] for m in _SELECT.finditer(text)]
    assert not found, (
        f"{path.relative_to(ROOT)} selects entities itself; read them through graph/rows.py: {found}"
    )


def test_the_entity_pattern_finds_the_read_layers_own_queries() -> None:
    assert len(_SELECT.findall((ROOT / "graph" / "rows.py").read_text(encoding="utf-8"))) >= 10


def test_number_spans_quote_a_spelling_of_the_number_and_name_the_numbered_document(gs: GraphStore) -> None:
    from policykg.extract.docnum import canonical_docnum

    found = rows.number_evidence(gs)
    docs = rows.documents(gs)
    cited = {c.iri: c.cited for c in rows.citations(gs)}
    own = [n for n in found if n.fact in docs]
    mentions = [n for n in found if n.fact in cited]
    assert own and mentions and len(own) + len(mentions) == len(found)
    for n in found:
        assert n.evidence.fact == n.fact and n.evidence.end > n.evidence.start
        written = re.sub(r"\s+", "", n.evidence.quote)
        assert (canonical_docnum(written) or written) == n.number, n
    assert all(n.document == n.fact and docs[n.fact].number == n.number for n in own)
    assert all(n.document == cited[n.fact] for n in mentions)
    # One row per span, in file and text order, read from the shown files only.
    keys = [(rows.file_name(n.evidence.file), n.evidence.start, n.evidence.end) for n in found]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    assert {n.evidence.file for n in found} <= rows.shown_files(gs)
