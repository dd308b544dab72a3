"""The explorer page without a browser: what it draws, that it is self-contained, that it escapes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from injected import IMG, NUMBER, SCRIPT, TASK, TITLE
from policykg.errors import InputError, NotFoundError
from policykg.graph import iri
from policykg.viz import annotate
from policykg.viz.explorer import collect, render

# Attributes through which a browser fetches or navigates.
URL_ATTRS = {
    "src",
    "href",
    "action",
    "formaction",
    "poster",
    "data",
    "srcset",
    "background",
    "xlink:href",
    "manifest",
}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[tuple[str, str]] = []
        self._open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        while self._open and self._open.pop() != tag:
            pass

    def handle_data(self, data: str) -> None:
        self.text.append((self._open[-1] if self._open else "", data))


def _parse(page: str) -> _Tags:
    p = _Tags()
    p.feed(page)
    return p


@pytest.fixture
def page(small_store) -> str:
    return render(collect(small_store))


def _payload(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="pk-data">(.*?)</script>', page, re.S)
    assert m, "no data block"
    return json.loads(m.group(1))


def test_page_requests_nothing_from_another_origin(page: str) -> None:
    parsed = _parse(page)
    for tag, attrs in parsed.tags:
        for name, value in attrs.items():
            if name in URL_ATTRS and value:
                assert not re.match(r"\s*(https?:|//|ftp:)", value, re.I), (tag, name, value)
    assert not any(tag in ("link", "iframe", "object", "embed", "base") for tag, _ in parsed.tags)
    # Stylesheets: every url() is a data: URL, no @import.
    for css in (d for t, d in parsed.text if t == "style"):
        assert "@import" not in css
        for url in re.findall(r"url\(\s*['\"]?([^'\")]*)", css):
            assert url.startswith("data:"), url
    # Every script is either data or carries the page's nonce, which the CSP requires.
    scripts = [attrs for tag, attrs in parsed.tags if tag == "script"]
    assert len(scripts) == 3
    nonce = re.search(r"script-src 'nonce-([0-9a-f]+)'", page).group(1)
    assert sum(a.get("nonce") == nonce for a in scripts) == 2
    assert sum(a.get("type") == "application/json" for a in scripts) == 1
    assert "default-src 'none'" in page and "connect-src 'none'" in page


def test_our_script_makes_no_requests() -> None:
    from importlib import resources

    js = (resources.files("policykg.viz") / "static" / "explorer.js").read_text(encoding="utf-8")
    for word in (
        "fetch(",
        "XMLHttpRequest",
        "import(",
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "eval(",
        "new Function",
        "document.write",
    ):
        assert word not in js, word


@pytest.mark.parametrize("markup", [SCRIPT, IMG], ids=["script-tag", "img-onerror"])
def test_document_markup_is_escaped_everywhere(page: str, markup: str) -> None:
    assert markup not in page
    escaped = markup.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    # The annotated text shows the markup as characters ...
    assert escaped in page
    # ... and the data block still holds it as text, for the panel's textContent.
    data = _payload(page)
    texts = json.dumps(data["meta"], ensure_ascii=False)
    assert markup in texts
    parsed = _parse(page)
    assert not any(tag == "img" for tag, _ in parsed.tags)
    assert not any("onerror" in attrs for _, attrs in parsed.tags)


def test_graph_of_the_small_document(small_store) -> None:
    g = collect(small_store)
    kinds = {n.kind for n in g.nodes.values()}
    assert g.counts() == {
        "document": 2,
        "agency": 3,
        "task": 1,
        "target": 1,
        "gazette": 0,
        "person": 0,
        "edges": 6,
    }
    assert kinds == {"document", "agency", "task", "target"}
    rels = sorted(e.relation for e in g.edges)
    assert rels == ["based_on", "issued_by", "part_of", "responsible", "responsible", "target_of"]
    task = next(n for n in g.nodes.values() if n.kind == "task")
    assert task.evidence == TASK and task.years == {"2025"}
    doc = g.nodes[iri.document(NUMBER)]
    assert doc.name == TITLE and doc.label == NUMBER
    agency = g.nodes[iri.agency("测试市人力资源和社会保障局")]
    assert agency.tasks == 1 and "测试市人社局" in agency.names


def test_views_and_filters(small_store) -> None:
    citations = collect(small_store, view="citations")
    assert {n.kind for n in citations.nodes.values()} == {"document", "agency"}  # the issuer
    assert sorted(e.relation for e in citations.edges) == ["based_on", "issued_by"]
    resp = collect(small_store, view="responsibilities")
    assert {n.kind for n in resp.nodes.values()} == {"document", "agency", "task", "target"}
    assert not any(e.relation in ("based_on", "issued_by") for e in resp.edges)
    by_alias = collect(small_store, agency="测试市人社局")
    assert {n.name for n in by_alias.nodes.values() if n.kind == "agency"} == {
        "测试市人力资源和社会保障局",
        "测试市科学技术局",
    }
    assert by_alias.notes and "--agency" in by_alias.notes[0]
    cited = collect(small_store, document="浙政发[2024]3号")  # any spelling
    assert {n.label for n in cited.nodes.values() if n.kind == "document"} == {NUMBER, "浙政发〔2024〕3号"}
    assert not any(n.kind == "task" for n in cited.nodes.values())


def test_unknown_names_and_bad_options_are_errors(small_store) -> None:
    with pytest.raises(NotFoundError):
        collect(small_store, agency="市不存在局")
    with pytest.raises(NotFoundError):
        collect(small_store, document="嘉政发〔2099〕1号")
    with pytest.raises(InputError):
        collect(small_store, view="everything")
    with pytest.raises(InputError):
        collect(small_store, max_nodes=0)


def test_above_max_nodes_the_page_starts_aggregated_and_says_so(small_store) -> None:
    g = collect(small_store, max_nodes=4)
    assert g.aggregated and g.total == 7
    assert not any(n.kind in ("task", "target") for n in g.nodes.values())
    assert len(g.nodes) <= 4
    assert "超过上限 4" in g.notes[0] and "--max-nodes" in g.notes[0]
    folded = [e for e in g.edges if e.relation == "tasks"]
    assert folded and all(e.weight == 1 and e.label == "1项" for e in folded)
    assert _payload(render(g))["notes"] == g.notes


def test_annotated_text_links_spans_to_nodes(small_store) -> None:
    g = collect(small_store)
    ids = {k: i for i, k in enumerate(g.nodes)}
    text = g.texts[iri.document(NUMBER)]
    kinds = sorted(s.kind for s in text.spans)
    assert kinds == ["agency", "agency", "citation", "docnum", "docnum", "target", "task"]
    page = render(g)
    agency_id = ids[iri.agency("测试市人力资源和社会保障局")]
    assert f'data-node="{agency_id}"' in page
    # The cited number inside the citation is a 文号 span linked to the cited document's node.
    assert f'data-node="{ids[iri.document("浙政发〔2024〕3号")]}"' in page


# -- annotate: nesting and escaping on real snippets -------------------------------------------------

SNIPPET = "推动设立科技企业孵化器联合基金，重点支持20个孵化平台。（责任单位：市科技局、市金融办）"


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        pytest.param(
            [annotate.Span(0, 27, "task", 1), annotate.Span(35, 39, "agency", 2)],
            [("task", 0, 27, []), ("agency", 35, 39, [])],
            id="clause-then-agency",
        ),
        pytest.param(
            [annotate.Span(0, 27, "task", 1), annotate.Span(15, 22, "target", 3)],
            [("task", 0, 27, [("target", 15, 22, [])])],
            id="target-inside-clause",
        ),
        pytest.param(
            [annotate.Span(0, 20, "task", 1), annotate.Span(15, 25, "target", 3)],
            [("task", 0, 20, [("target", 15, 20, [])])],
            id="crossing-span-is-cut",
        ),
        pytest.param(
            [annotate.Span(5, 9, "agency", 1), annotate.Span(5, 9, "task", 2)],
            [("task", 5, 9, [("agency", 5, 9, [])])],
            id="same-extent-clause-outside",
        ),
        pytest.param(
            [annotate.Span(5, 5, "agency", 1), annotate.Span(40, 99, "agency", 2)],
            [],
            id="empty-and-out-of-range",
        ),
    ],
)
def test_nesting(spans: list[annotate.Span], expected: list) -> None:
    def shape(pieces):
        return [(p.span.kind, p.start, p.end, shape(p.children)) for p in pieces]

    assert shape(annotate.nest(spans, len(SNIPPET))) == expected


def test_render_is_well_formed_and_keeps_the_text() -> None:
    spans = [
        annotate.Span(0, 20, "task", 1),
        annotate.Span(15, 25, "target", 3),
        annotate.Span(35, 39, "agency", 2),
    ]
    out = annotate.render(SNIPPET, spans)
    assert out.count("<mark") == out.count("</mark>") == 3
    plain = re.sub(r'<span class="pk-tag">[^<]*</span>', "", out)
    assert re.sub(r"<[^>]+>", "", plain) == SNIPPET


def test_render_escapes_markup() -> None:
    text = f"标题{SCRIPT}正文{IMG}"
    out = annotate.render(
        text, [annotate.Span(2, 2 + len(SCRIPT), "citation", '1" onmouseover="x', 'a"b<c>')]
    )
    assert "<script" not in out and "<img" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out and "&lt;img src=x onerror=alert(1)&gt;" in out
    assert 'data-node="1&quot; onmouseover=&quot;x"' in out and 'title="a&quot;b&lt;c&gt;"' in out


def test_place_drops_facts_whose_quote_disagrees() -> None:
    text = "（责任单位：市科技局、市金融办）"
    spans = annotate.place(
        text,
        100,
        [
            (106, 110, "市科技局", "agency", 1, ""),
            (111, 115, "市商务局", "agency", 2, ""),
            (90, 104, "", "task", 3, ""),
        ],
    )
    assert [(s.start, s.end, s.node) for s in spans] == [(6, 10, 1)]


# -- the command -----------------------------------------------------------------------------------------


def _cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "policykg", *args], capture_output=True, text=True, cwd=cwd)


def test_viz_help_ends_with_an_example() -> None:
    proc = _cli("viz", "--help")
    assert proc.returncode == 0
    description = proc.stdout.split("Options:")[0].rstrip().splitlines()
    assert "Example:" in proc.stdout and description[-1].strip().startswith("policykg viz")
    for option in ("--store", "--view", "--agency", "--document", "--max-nodes", "--output"):
        assert option in proc.stdout


def test_viz_writes_the_page(tmp_path: Path) -> None:
    from injected import load_injected
    from policykg.graph.store import GraphStore

    with GraphStore.open(tmp_path / "store", write=True) as gs:
        load_injected(gs, tmp_path)
    out = tmp_path / "graph.html"
    proc = _cli("viz", "--store", str(tmp_path / "store"), "--view", "responsibilities", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "wrote" in proc.stderr and "1 task" in proc.stderr
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    missing = _cli(
        "viz", "--store", str(tmp_path / "store"), "--agency", "市不存在局", "-o", str(tmp_path / "x.html")
    )
    assert (
        missing.returncode == 1
        and missing.stderr.startswith("Error: ")
        and not (tmp_path / "x.html").exists()
    )
    no_store = _cli("viz", "--store", str(tmp_path / "nothing"), "-o", str(tmp_path / "y.html"))
    assert no_store.returncode == 1 and "Error:" in no_store.stderr
