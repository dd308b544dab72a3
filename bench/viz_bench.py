"""How big the explorer page gets and how long headless Chromium takes to settle it.

For each size (1,000 and 5,000 nodes by default) a synthetic graph shaped like the
gazette's is drawn: per document about 3 tasks and 11 targets, 1–3 agencies a task,
agencies shared across documents, a few citations, one gazette issue per 40
documents, a few people, and each document's text with its spans. The page is
rendered as ``policykg viz`` renders it, twice: with vis-network's physics
settling the precomputed positions (200 stabilisation iterations, straight
edges; the default up to 1,000 nodes) and with physics off (the default above).
Debian's Chromium opens each page from ``file://``; the time from navigation
start until the page reports a stable layout (physics stopped, or the first frame
drawn) is read from the page.

Usage::

    .venv/bin/python bench/viz_bench.py            # 1000 and 5000 nodes
    .venv/bin/python bench/viz_bench.py 500 2000   # other sizes

Prints a table and writes ``bench/results/viz.json``. Not part of the test suite.
"""

from __future__ import annotations

import json
import platform
import random
import sys
import tempfile
import time
from pathlib import Path

from policykg.viz import annotate
from policykg.viz.explorer import PHYSICS_LIMIT, DocText, Edge, ExplorerGraph, Node, layout, render

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]  # fmt: skip
RESULTS = Path(__file__).resolve().parent / "results" / "viz.json"
AGENCY_WORDS = ["发展改革委", "经信局", "科技局", "财政局", "人力社保局", "商务局", "教育局", "卫生健康委", "市场监管局",
                "生态环境局", "住房城乡建设局", "交通运输局", "农业农村局", "文化广电旅游局", "金融办", "统计局"]  # fmt: skip
CLAUSE = "加快推进{w}重点项目建设，完善工作机制，到{y}年，培育企业{n}家。"


def synthetic(n_nodes: int, *, seed: int = 1) -> ExplorerGraph:
    """A graph of about ``n_nodes`` nodes with the gazette's proportions.

    Args:
        n_nodes: how many nodes to aim for.
        seed: random seed.

    Returns:
        The graph, with document texts.
    """
    rnd = random.Random(seed)
    g = ExplorerGraph(view="all")
    n_docs = max(1, n_nodes // 16)
    n_agencies = max(3, n_nodes // 14)
    base = "https://w3id.org/policykg/id/"
    agencies = []
    for i in range(n_agencies):
        name = f"第{i // len(AGENCY_WORDS) + 1}市{AGENCY_WORDS[i % len(AGENCY_WORDS)]}"
        k = f"{base}agency/a{i}"
        g.nodes[k] = Node(k, "agency", name, name, names={name}, agencies={k})
        agencies.append(k)
    gazettes = []
    for i in range(max(1, n_docs // 40)):
        k = f"{base}gazette/g{i}"
        g.nodes[k] = Node(k, "gazette", f"公报 2024年第{i + 1}期", f"公报 2024年第{i + 1}期")
        gazettes.append(k)
    docs = []
    while len(g.nodes) < n_nodes:
        d = len(docs)
        number = f"测政发〔2024〕{d + 1}号"
        dk = f"{base}document/d{d}"
        doc = Node(dk, "document", number, f"关于推进第{d + 1}项工作的通知", names={number}, docs={dk})
        g.nodes[dk] = doc
        docs.append(dk)
        gz = gazettes[d % len(gazettes)]
        g.edges[Edge(dk, gz, "published_in")] = None
        g.nodes[gz].docs.add(dk)
        if d and rnd.random() < 0.3:
            cited = docs[rnd.randrange(d)]
            g.edges[Edge(dk, cited, rnd.choice(["based_on", "implements", "cites"]))] = None
        text_parts, spans = [f"{doc.name}\n{number}\n"], []
        for t in range(3):
            tk = f"{dk}/task/{t}"
            year = str(rnd.choice([2024, 2025, 2026]))
            clause = CLAUSE.format(w=rnd.choice(AGENCY_WORDS), y=year, n=rnd.randint(5, 500))
            held = rnd.sample(agencies, rnd.randint(1, 3))
            at = sum(map(len, text_parts))
            spans.append(annotate.Span(at, at + len(clause), "task", tk))
            annotation = "（责任单位：" + "、".join(g.nodes[a].name for a in held) + "）"
            text_parts += [clause, annotation, "\n"]
            task = Node(tk, "task", clause[:11] + "…", clause, evidence=clause, text=clause, docs={dk},
                        agencies=set(held), years={year})  # fmt: skip
            g.nodes[tk] = task
            g.edges[Edge(tk, dk, "part_of")] = None
            for a in held:
                g.edges[Edge(a, tk, rnd.choice(["responsible", "responsible", "lead", "support"]))] = None
                g.nodes[a].tasks += 1
                g.nodes[a].docs.add(dk)
                g.nodes[a].years.add(year)
            for j in range(rnd.randint(2, 5)):
                if len(g.nodes) >= n_nodes:
                    break
                gk = f"{dk}/target/{t}-{j}"
                label = f"指标{j}>={rnd.randint(1, 900)}家"
                g.nodes[gk] = Node(gk, "target", label, label, evidence=clause, text=clause, docs={dk},
                                   agencies=set(held), years={year})  # fmt: skip
                g.edges[Edge(gk, tk, "target_of")] = None
        if rnd.random() < 0.1:
            pk = f"{base}person/p{d}"
            g.nodes[pk] = Node(pk, "person", f"张{d}", f"张{d}")
            g.edges[Edge(pk, rnd.choice(agencies), "appoint", "副局长")] = None
        text = "".join(text_parts) * 4  # documents run to a few thousand characters
        g.texts[dk] = DocText(dk, doc.name, text, spans)
    for n in g.nodes.values():
        if n.kind == "agency":
            n.size = 12 + 7 * n.tasks**0.5
    g.total = len(g.nodes)
    return g


def settle(page_path: Path, *, timeout_s: float = 600) -> dict[str, float]:
    """Open the page in Chromium and time it.

    Args:
        page_path: the HTML file.
        timeout_s: give up after this long.

    Returns:
        ``stable_s`` (navigation start → stable layout) and ``wall_s`` (goto → stable, measured here).
    """
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        t0 = time.perf_counter()
        page.goto(page_path.as_uri(), timeout=timeout_s * 1000)
        page.wait_for_function(
            "() => window.pkExplorer && window.pkExplorer.stable", timeout=timeout_s * 1000
        )
        wall = time.perf_counter() - t0
        stable_ms = page.evaluate("() => pkExplorer.stableAt")
        browser.close()
    if errors:
        raise RuntimeError(f"page errors: {errors[:3]}")
    return {"stable_s": round(stable_ms / 1000, 2), "wall_s": round(wall, 2)}


def main(sizes: list[int]) -> list[dict[str, object]]:
    """Run the benchmark for each size, print a table, write the JSON results.

    Args:
        sizes: node counts.

    Returns:
        One result per size.
    """
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n, physics in [(n, p) for n in sizes for p in (True, False)]:
            g = synthetic(n)
            t0 = time.perf_counter()
            positions = layout(g)
            t1 = time.perf_counter()
            page = render(g, positions=positions, physics=physics)
            t2 = time.perf_counter()
            path = Path(tmp) / f"graph-{n}.html"
            path.write_text(page, encoding="utf-8")
            timing = settle(path)
            rows.append({
                "nodes": len(g.nodes),
                "edges": len(g.edges),
                "documents_with_text": len(g.texts),
                "html_mb": round(path.stat().st_size / 1e6, 2),
                "layout_s": round(t1 - t0, 2),
                "render_s": round(t2 - t1, 2),
                "physics": physics,
                "default_mode": physics == (len(g.nodes) <= PHYSICS_LIMIT),
                **timing,
            })  # fmt: skip
    head = f"{'nodes':>6} {'edges':>6} {'HTML MB':>8} {'layout s':>9} {'render s':>9} {'physics':>8} {'stable s':>9} {'wall s':>7}"
    print(head)
    for r in rows:
        print(f"{r['nodes']:>6} {r['edges']:>6} {r['html_mb']:>8} {r['layout_s']:>9} {r['render_s']:>9} "
              f"{str(r['physics']):>8} {r['stable_s']:>9} {r['wall_s']:>7}")  # fmt: skip
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"machine": platform.platform(), "python": platform.python_version(),
                                   "chromium": CHROMIUM, "results": rows}, indent=1) + "\n", encoding="utf-8")  # fmt: skip
    print(f"wrote {RESULTS}")
    return rows


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 5000])
