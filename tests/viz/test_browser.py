"""The explorer in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

The page is built from the shared gazette (through the graph layer's build) plus one
document carrying ``<script>`` and ``<img onerror>`` markup, and opened from
``file://``. Expected counts are computed from the store with SPARQL, independently
of the explorer's own queries.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from injected import IMG, NUMBER, SCRIPT, TASK, TITLE, load_injected
from policykg.graph import iri
from policykg.graph.sparql import run

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]  # fmt: skip
BUSIEST = "嘉政办发〔2024〕7号"  # the gazette's action plan: most tasks
HRSS = "嘉兴市人力资源和社会保障局"

if not CHROMIUM.exists():
    pytest.skip(
        "/usr/bin/chromium is missing (apt-get install -y chromium fonts-noto-cjk)", allow_module_level=True
    )
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory, gazette_path: Path) -> Path:
    from policykg.graph.build import build
    from policykg.graph.store import GraphStore

    tmp = tmp_path_factory.mktemp("explorer")
    source = tmp / "src" / gazette_path.name
    source.parent.mkdir()
    shutil.copy(gazette_path, source)
    summary = build([source], store=tmp / "store")
    if summary.failed:
        pytest.skip(f"the gazette did not build: {summary.failed[0].error}")
    with GraphStore.open(tmp / "store", write=True) as gs:
        load_injected(gs, tmp / "src")
    return tmp / "store"


@pytest.fixture(scope="module")
def store(store_dir: Path):
    from policykg.graph.store import GraphStore

    with GraphStore.open(store_dir) as gs:
        yield gs


@pytest.fixture(scope="module")
def page_file(store, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from policykg.viz.explorer import write_explorer

    out = tmp_path_factory.mktemp("page") / "graph.html"
    write_explorer(out, store=store)
    return out


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Opened:
    """A page with everything it did recorded."""

    def __init__(self, browser, path: Path) -> None:
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []

        def route(r) -> None:
            url = r.request.url
            self.requests.append(url)
            if url.startswith(("file://", "data:")):
                r.continue_()
            else:
                self.outside.append(url)
                r.abort()

        self.context.route("**/*", route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("requestfailed", lambda r: self.errors.append(f"failed: {r.url}"))

        def dialog(d) -> None:
            self.dialogs.append(d.message)
            d.dismiss()

        self.page.on("dialog", dialog)
        self.page.goto(path.as_uri())
        self.page.wait_for_function("() => window.pkExplorer && window.pkExplorer.stable", timeout=120_000)

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def opened(browser, page_file: Path):
    o = Opened(browser, page_file)
    yield o
    o.close()


def _count(store, query: str) -> int:
    return int(run(f"SELECT (COUNT(*) AS ?n) WHERE {{ {query} }}", store=store).rows[0][0].value)


def _node_id(o: Opened, node_iri: str) -> int:
    return o.js("(iri) => pkExplorer.meta.findIndex(m => m.iri === iri)", node_iri)


def _need_tasks(store) -> None:
    if (
        _count(
            store,
            "SELECT DISTINCT ?t WHERE { ?t a pkg:Task ; pkg:document ?d . ?d eli:id_local ?n . FILTER(STRSTARTS(?n, '嘉')) }",
        )
        == 0
    ):
        pytest.skip("the store holds no task of the gazette: the task extractor produced none")


def test_loads_offline_without_errors(opened: Opened) -> None:
    assert opened.errors == []
    assert opened.outside == []
    assert opened.requests and all(u.startswith("file://") for u in opened.requests)
    # The canvas is drawn on: some pixels are not background.
    inked = opened.js("""() => {
        const c = document.querySelector('#mynetwork canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 3; i < d.length; i += 4 * 7) if (d[i] > 0) n++; return n; }""")
    assert inked > 500
    assert opened.js("() => pkExplorer.network.physics.physicsEnabled") is False  # stopped once stable


def test_counts_match_the_store(opened: Opened, store) -> None:
    expected = {
        "document": _count(store, "SELECT DISTINCT ?x WHERE { ?x a eli:LegalResource }"),
        "agency": _count(store, "SELECT DISTINCT ?x WHERE { ?x a org:Organization }"),
        "task": _count(store, "SELECT DISTINCT ?x WHERE { ?x a pkg:Task }"),
        "target": _count(store, "SELECT DISTINCT ?x WHERE { ?x a pkg:Target }"),
        "gazette": _count(store, "SELECT DISTINCT ?x WHERE { ?x a pkg:GazetteIssue }"),
        "person": _count(store, "SELECT DISTINCT ?x WHERE { ?x a schema:Person }"),
    }
    edges = sum(_count(store, q) for q in (
        "SELECT DISTINCT ?t ?a ?role WHERE { ?t pkg:qualifiedResponsibility ?r . ?r pkg:agency ?a ; pkg:role ?role }",
        "SELECT DISTINCT ?t WHERE { ?t a pkg:Task ; pkg:document ?d }",
        "SELECT DISTINCT ?g WHERE { ?g a pkg:Target ; pkg:document ?d }",
        "SELECT DISTINCT ?f ?p ?to WHERE { ?c a pkg:Citation ; pkg:document ?f ; pkg:relation ?p ; pkg:citedDocument ?to }",
        "SELECT DISTINCT ?d ?a WHERE { ?d eli:passed_by ?a }",
        "SELECT DISTINCT ?d ?g WHERE { ?d eli:is_part_of ?g }",
        "SELECT DISTINCT ?g ?a WHERE { ?g a pkg:GazetteIssue ; schema:publisher ?a }",
        "SELECT DISTINCT ?p ?o ?action ?post WHERE { ?ap a pkg:Appointment ; pkg:person ?p ; pkg:post ?x ;"
        " pkg:organization ?o . ?x skos:prefLabel ?post OPTIONAL { ?ap pkg:action ?action } }",
    ))  # fmt: skip
    on_page = opened.js("""() => {
        const out = {}; pkExplorer.nodes.get().forEach(n => { out[n.kind] = (out[n.kind] || 0) + 1; });
        out.edges = pkExplorer.edges.length; return out; }""")
    assert on_page == {**{k: v for k, v in expected.items() if v}, "edges": edges}
    assert opened.js("() => pkExplorer.network.body.nodeIndices.length") == sum(expected.values())
    assert opened.js("() => pkExplorer.network.body.edgeIndices.length") == edges
    assert expected["document"] >= 6 and expected["gazette"] == 1


def test_search_by_alias_focuses_the_one_agency(opened: Opened, store) -> None:
    _need_tasks(store)
    opened.page.fill("#pk-search", "市人力社保局")
    opened.page.press("#pk-search", "Enter")
    hrss = _node_id(opened, iri.agency(HRSS))
    assert hrss >= 0
    assert opened.js("() => pkExplorer.network.getSelectedNodes()") == [hrss]
    assert opened.page.locator("#pk-results li").count() == 1
    assert opened.page.locator("#pk-panel h2").inner_text() == HRSS
    # Focused: the view is centred on the node (once the 300 ms animation and any settling physics are done).
    centre = [float("inf")] * 2
    for _ in range(30):
        opened.page.wait_for_timeout(100)
        centre = opened.js(
            """(id) => { const p = pkExplorer.network.getPositions([id])[id];
            const d = pkExplorer.network.canvasToDOM(p); const c = document.getElementById('mynetwork');
            return [d.x - c.clientWidth / 2, d.y - c.clientHeight / 2]; }""",
            hrss,
        )
        if abs(centre[0]) < 5 and abs(centre[1]) < 5:
            break
    assert abs(centre[0]) < 5 and abs(centre[1]) < 5


def test_document_filter_shows_that_document_only(opened: Opened, store) -> None:
    doc = iri.document(BUSIEST)
    expected = {
        r[0].value
        for r in run(
            f"""SELECT DISTINCT ?x WHERE {{
        VALUES ?d {{ <{doc}> }}
        {{ VALUES ?x {{ <{doc}> }} }} UNION {{ ?x a pkg:Task ; pkg:document ?d }} UNION {{ ?x a pkg:Target ; pkg:document ?d }}
        UNION {{ ?t pkg:document ?d ; pkg:responsibleAgency ?x }} UNION {{ ?d eli:passed_by ?x }}
        UNION {{ ?c pkg:document ?d ; pkg:citedDocument ?x }} UNION {{ ?c pkg:citedDocument ?d ; pkg:document ?x }}
        UNION {{ ?d eli:is_part_of ?x }} UNION {{ ?ap pkg:document ?d ; pkg:person ?x }} }}""",
            store=store,
        ).rows
    }
    total = opened.js("() => pkExplorer.nodes.length")
    opened.page.select_option("#pk-document", str(_node_id(opened, doc)))
    visible = opened.js("() => pkExplorer.visibleNodeIds().map(i => pkExplorer.meta[i].iri)")
    assert set(visible) == expected
    assert len(visible) < total
    assert f"显示 {len(visible)} / {total} 个节点" in opened.page.locator("#pk-status").inner_text()
    opened.page.click("#pk-reset")
    assert len(opened.js("() => pkExplorer.visibleNodeIds()")) == total


def test_clicking_a_task_shows_its_evidence(opened: Opened, store) -> None:
    _need_tasks(store)
    doc = iri.document(BUSIEST)
    rows = run(
        f"""SELECT ?t ?quote WHERE {{ ?t a pkg:Task ; pkg:document <{doc}> ; pkg:index ?i ; pkg:evidence ?s .
        ?s oa:hasSelector ?q . ?q a oa:TextQuoteSelector ; oa:exact ?quote }} ORDER BY ?i LIMIT 1""",
        store=store,
    ).rows
    task, quote = rows[0][0].value, rows[0][1].value
    tid = _node_id(opened, task)
    # Only tasks drawn, the task in the middle of the canvas; then a real mouse click on it.
    opened.js("""(id) => { pkExplorer.setFilter({kinds: ['task']});
        pkExplorer.network.moveTo({position: pkExplorer.network.getPositions([id])[id], scale: 1.5, animation: false}); }""",
              tid)  # fmt: skip
    opened.page.wait_for_timeout(200)
    box = opened.page.locator("#mynetwork").bounding_box()
    opened.page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    opened.page.wait_for_selector("#pk-panel blockquote")
    assert opened.js("() => pkExplorer.selected") == tid
    assert opened.page.locator("#pk-panel blockquote").text_content() == quote
    assert len(quote) > 10


def test_markup_in_documents_stays_text(opened: Opened) -> None:
    opened.page.fill("#pk-search", NUMBER)
    opened.page.press("#pk-search", "Enter")
    assert opened.page.locator("#pk-panel h2").text_content() == TITLE
    opened.page.click("#pk-panel a.pk-open-text")
    body = opened.page.locator("#pk-doc-body")
    body.wait_for()
    text = body.text_content()
    assert SCRIPT in text and IMG in text
    # The task's evidence in the side panel, and the tooltip element, are text as well.
    opened.page.locator("#pk-doc-body mark.pk-task").first.click()
    assert opened.page.locator("#pk-panel blockquote").text_content() == TASK
    opened.page.wait_for_timeout(300)
    assert opened.dialogs == []
    assert opened.js("() => document.querySelectorAll('img').length") == 0
    assert opened.js("() => document.querySelectorAll('script').length") == 3
    assert opened.errors == []


def test_screenshot(opened: Opened, store, update_golden: bool) -> None:
    """A picture for people: the action plan's agencies and tasks, one agency selected."""
    _need_tasks(store)
    opened.page.select_option("#pk-document", str(_node_id(opened, iri.document(BUSIEST))))
    opened.page.uncheck("#pk-kinds input[value=target]")
    opened.page.uncheck("#pk-kinds input[value=gazette]")
    opened.js(
        "(id) => { pkExplorer.network.selectNodes([id]); pkExplorer.showNode(id); }",
        _node_id(opened, iri.agency(HRSS)),
    )
    opened.js(
        "() => pkExplorer.network.fit({nodes: pkExplorer.visibleNodeIds(), animation: false, maxZoomLevel: 2})"
    )
    opened.page.wait_for_timeout(400)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "explorer.png"
    opened.page.screenshot(path=str(shot))
    assert shot.stat().st_size > 20_000
    if update_golden:
        (ROOT / "docs").mkdir(exist_ok=True)
        shutil.copy(shot, ROOT / "docs" / "explorer.png")


# Fields whose values are recorded as English codes (kind, commitment, recurrence, agency type, roles).
CODED_FIELDS = ("类别", "承诺程度", "周期", "机关类型")
ZH_EN = r"^[\u4e00-\u9fff]+ [a-z][a-z' -]*$"


def test_recorded_values_are_shown_in_chinese_with_english_beside(opened: Opened, store) -> None:
    _need_tasks(store)
    facts = opened.js("""(fields) => pkExplorer.meta.flatMap(m => m.facts.filter(f => fields.includes(f[0])))""",
                      list(CODED_FIELDS))  # fmt: skip
    seen = {f for f, _ in facts}
    assert {"类别", "承诺程度", "机关类型"} <= seen
    for field, value in facts:
        assert re.match(ZH_EN, value), (field, value)
    roles = opened.js("() => pkExplorer.meta.flatMap(m => m.facts.filter(f => f[0] === '责任单位').map(f => f[1]))")
    assert roles
    for held in roles:
        written = re.findall(r"\(([^()]*)\)(?:、|$)", held)  # each agency's role, after its name
        assert written, held
        for role in written:
            assert re.match(ZH_EN, role), held
    # The side panel shows them so: a target's commitment.
    target = opened.js("() => pkExplorer.meta.findIndex(m => m.facts.some(f => f[0] === '承诺程度'))")
    opened.js("(i) => pkExplorer.showNode(i)", target)
    dts = opened.page.locator("#pk-panel dt").all_text_contents()
    dds = opened.page.locator("#pk-panel dd").all_text_contents()
    assert re.match(ZH_EN, dict(zip(dts, dds, strict=True))["承诺程度"])


def test_side_panel_clears_when_the_filter_hides_its_node(opened: Opened, store) -> None:
    _need_tasks(store)
    hrss = _node_id(opened, iri.agency(HRSS))
    opened.js("(id) => { pkExplorer.network.selectNodes([id]); pkExplorer.showNode(id); }", hrss)
    assert opened.page.locator("#pk-panel h2").inner_text() == HRSS
    # Hiding another kind keeps it; hiding agencies clears it.
    opened.page.uncheck("#pk-kinds input[value=target]")
    assert opened.page.locator("#pk-panel").is_visible()
    assert opened.js("() => pkExplorer.selected") == hrss
    opened.page.uncheck("#pk-kinds input[value=agency]")
    assert opened.page.locator("#pk-panel").is_hidden()
    assert opened.page.locator("#pk-panel h2").count() == 0
    assert opened.js("() => [pkExplorer.selected, pkExplorer.network.getSelectedNodes()]") == [None, []]
    # A document filter that leaves a selected task out clears it too.
    opened.page.click("#pk-reset")
    other = opened.js(
        """(busiest) => pkExplorer.meta.findIndex((m, i) => pkExplorer.nodes.get(i).kind === 'task' && !m.docs.includes(busiest))""",
        _node_id(opened, iri.document(BUSIEST)),
    )
    if other >= 0:
        opened.js("(id) => pkExplorer.showNode(id)", other)
        assert opened.page.locator("#pk-panel").is_visible()
        opened.page.select_option("#pk-document", str(_node_id(opened, iri.document(BUSIEST))))
        assert opened.page.locator("#pk-panel").is_hidden()


YEAR_LONE = """() => { const vis = new Set(pkExplorer.visibleNodeIds()); const linked = new Set();
    pkExplorer.edges.get().forEach(e => { if (vis.has(e.from) && vis.has(e.to)) { linked.add(e.from); linked.add(e.to); } });
    return [...vis].filter(i => !linked.has(i)).map(i => pkExplorer.meta[i].name); }"""


@pytest.fixture(scope="module")
def aggregated_file(store, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same store drawn from the aggregated view (tasks and targets folded into agency → document edges)."""
    from policykg.viz.explorer import write_explorer

    out = tmp_path_factory.mktemp("page") / "aggregated.html"
    g = write_explorer(out, store=store, max_nodes=20)
    assert g.aggregated
    return out


def _years(o: Opened) -> list[str]:
    return o.js("() => Array.from(document.querySelectorAll('#pk-year option')).map(o => o.value).filter(Boolean)")


def test_year_filter_keeps_targets_tasks_and_agencies_as_context(opened: Opened, store) -> None:
    _need_tasks(store)
    years = _years(opened)
    assert years
    for year in years:
        opened.page.select_option("#pk-year", year)
        assert opened.js(YEAR_LONE) == [], year
        # Every target of the year is drawn with its task, every task with the agencies that hold it.
        missing = opened.js("""() => { const vis = new Set(pkExplorer.visibleNodeIds());
            return pkExplorer.edges.get().filter(e => vis.has(e.from) && !vis.has(e.to) && e.relation === 'target_of'
                || vis.has(e.to) && !vis.has(e.from) && ['lead', 'support', 'responsible'].includes(e.relation)
                    && pkExplorer.nodes.get(e.to).kind === 'task').length; }""")
        assert missing == 0, year
        # The year's own targets and tasks are all there.
        own = opened.js("""(y) => pkExplorer.meta.map((m, i) => i).filter(i => ['task', 'target'].includes(pkExplorer.nodes.get(i).kind)
            && pkExplorer.meta[i].years.includes(y) && pkExplorer.nodes.get(i).hidden)""", year)  # fmt: skip
        assert own == [], year


def test_year_filter_on_the_aggregated_view_leaves_no_lone_node(browser, aggregated_file: Path, store) -> None:
    _need_tasks(store)
    o = Opened(browser, aggregated_file)
    try:
        years = _years(o)
        assert years
        for year in years:
            o.page.select_option("#pk-year", year)
            assert o.js(YEAR_LONE) == [], year
            assert o.js("() => pkExplorer.visibleNodeIds().length") > 0
        assert o.errors == []
    finally:
        o.close()


def test_search_unfolds_an_agency_folded_into_the_summary(browser, aggregated_file: Path, store) -> None:
    _need_tasks(store)
    o = Opened(browser, aggregated_file)
    try:
        folded = o.js("() => pkExplorer.meta.map((m, i) => i).filter(i => pkExplorer.meta[i].folded)")
        agencies = [i for i in folded if o.js("(i) => pkExplorer.nodes.get(i).kind", i) == "agency"]
        assert agencies, "the aggregated page cut no agency"
        assert all(o.js("(i) => pkExplorer.nodes.get(i).hidden", i) for i in folded)
        assert not set(folded) & set(o.js("() => pkExplorer.visibleNodeIds()"))
        agency = agencies[-1]
        name = o.js("(i) => pkExplorer.meta[i].name", agency)
        o.page.fill("#pk-search", name)
        o.page.press("#pk-search", "Enter")
        said = o.page.locator("#pk-results li.pk-folded").inner_text()
        assert "并入汇总" in said and "unfolded" in said
        assert agency in o.js("() => pkExplorer.visibleNodeIds()")
        assert o.js("() => pkExplorer.network.getSelectedNodes()") == [agency]
        assert o.page.locator("#pk-panel h2").inner_text() == name
        # Searching again finds it drawn: nothing more to say.
        o.page.press("#pk-search", "Enter")
        assert o.page.locator("#pk-results li.pk-folded").count() == 0
        assert o.errors == []
    finally:
        o.close()


# Pairs of drawn nodes whose shapes (a dot's circle as its square, a document's box) overlap.
OVERLAPS = """() => { const net = pkExplorer.network; const ids = pkExplorer.visibleNodeIds(); const pos = net.getPositions(ids);
    const box = {}; ids.forEach(i => { const n = net.body.nodes[i];
        box[i] = [n.shape.width || 2 * n.shape.radius, n.shape.height || 2 * n.shape.radius]; });
    const out = [];
    for (let a = 0; a < ids.length; a++) for (let b = a + 1; b < ids.length; b++) {
        const i = ids[a], j = ids[b];
        if (Math.abs(pos[i].x - pos[j].x) < (box[i][0] + box[j][0]) / 2 && Math.abs(pos[i].y - pos[j].y) < (box[i][1] + box[j][1]) / 2)
            out.push([pkExplorer.meta[i].name, pkExplorer.meta[j].name]);
    } return out; }"""


def test_no_two_nodes_overlap_at_the_first_view(opened: Opened, store) -> None:
    _need_tasks(store)
    sizes = opened.js("() => pkExplorer.visibleNodeIds().map(i => pkExplorer.network.body.nodes[i].shape.radius || 0)")
    assert max(sizes) > 2 * sorted(sizes)[len(sizes) // 2]  # there are hubs, drawn larger than most nodes
    assert opened.js(OVERLAPS) == []
    assert opened.js("() => pkExplorer.network.physics.physicsEnabled") is False
