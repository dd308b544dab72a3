"""Run every benchmark, print a table per benchmark and write JSON under ``bench/results/``.

``python -m bench.run`` (``make bench``) runs the full set on the 10/100/1,000-file
corpora; ``python -m bench.run --quick`` runs each benchmark once on the 10-file
corpus (a smoke run, about half a minute). Each benchmark measures policykg against a
named alternative in the same run, so that the ratio holds however busy the machine is:

* ``extraction`` — characters per second of ``extract_text`` (single process) against
  the five-regex scan of :mod:`bench.limit` over the same texts;
* ``build`` — wall time and peak memory of ``policykg build DIR --jobs N`` for each
  corpus size, one process against two, with every file's graph checked against its
  recorded triple count and the two builds checked to hold the same counts;
* ``queries`` — every named query on the largest store against the same query (same
  parameters, bound with ``VALUES``) in rdflib's in-memory ``Dataset`` loaded from
  ``policykg export --format nq`` of that store;
* ``hotspots`` — where extraction spends its time, per module and function (cProfile).

The explorer benchmark times ``policykg.viz``'s page against pyvis's stock page for the same graph.
``copies`` (:mod:`bench.copies`) times ``report agencies`` and ``viz`` on stores holding 1, 3
and 10 copies of the same files against one copy's. ``bigfile`` (:mod:`bench.bigfile`, not
in the quick run) measures the peak memory of ``build`` on one 50 MB text beside
``extract`` alone on the same file.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import json
import os
import platform
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import limit
from bench.measure import measured
from bench.multiply import ROOT, make_corpus

RESULTS = ROOT / "bench" / "results"
BIN = Path(sys.executable).parent
#: Values given to the named queries' parameters when the store offers nothing better.
DEFAULT_PARAMS = {"date": "2024-06-01", "year": "2025"}


def machine() -> dict[str, Any]:
    """What the figures were measured on.

    Returns:
        Cores, memory, Python, load average and time.
    """
    mem_gb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_gb = round(int(line.split()[1]) / 2**20, 1)
    except OSError:
        pass
    return {
        "cores": os.cpu_count(),
        "memory_gb": mem_gb,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "when": dt.datetime.now().isoformat(timespec="seconds"),
    }


def _texts(folder: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


def _table(title: str, header: list[str], rows: list[list[Any]]) -> str:
    cells = [[str(c) for c in row] for row in [header, *rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = [title, "  ".join(h.ljust(w) for h, w in zip(cells[0], widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.rjust(w) for c, w in zip(r, widths, strict=True)) for r in cells[1:]]
    return "\n".join(lines)


# -- extraction --------------------------------------------------------------------------


def bench_extraction(folder: Path, *, repeat: int) -> dict[str, Any]:
    """Characters per second of the extractor and of the limit scan over the same texts.

    Args:
        folder: the corpus.
        repeat: how many times each side runs (the best of each is kept; the extraction runs at most 3 times).

    Returns:
        The figures.
    """
    from policykg.extract.pipeline import extract_text

    texts = _texts(folder)
    chars = sum(map(len, texts))
    extract_text(texts[0])  # load data files and build patterns outside the timing
    scan_times = []
    for _ in range(repeat):
        start = time.perf_counter()
        matches = limit.scan_all(texts)
        scan_times.append(time.perf_counter() - start)
    # Both sides are timed the same way, best of several runs, so that a burst of load
    # from other processes on a shared machine does not land on one side only.
    extract_times = []
    for _ in range(max(1, min(repeat, 3))):
        start = time.perf_counter()
        records = sum(len(extract_text(t).records) for t in texts)
        extract_times.append(time.perf_counter() - start)
    extract_seconds = min(extract_times)
    # The scan once more after the extraction, so that a change in machine load during
    # the extraction shows up as two different scan figures.
    start = time.perf_counter()
    limit.scan_all(texts)
    scan_times.append(time.perf_counter() - start)
    scan_seconds = min(scan_times)
    return {
        "files": len(texts),
        "characters": chars,
        "extract_seconds": round(extract_seconds, 3),
        "extract_seconds_all": [round(t, 3) for t in extract_times],
        "extract_chars_per_s": round(chars / extract_seconds),
        "records": records,
        "limit_seconds": round(scan_seconds, 4),
        "limit_seconds_all": [round(t, 4) for t in scan_times],
        "limit_chars_per_s": round(chars / scan_seconds),
        "limit_matches": matches,
        "ratio": round((chars / extract_seconds) / (chars / scan_seconds), 4),
        "target_ratio": 0.2,
    }


def bench_hotspots(folder: Path, *, files: int, top: int = 25) -> dict[str, Any]:
    """Where extraction spends its time: own time per function, grouped by module too.

    Args:
        folder: the corpus.
        files: how many of its files to profile.
        top: how many functions to list.

    Returns:
        ``{"functions": [...], "modules": [...]}`` with percentages of the total.
    """
    from policykg.extract.pipeline import extract_text

    texts = _texts(folder)[:files]
    extract_text(texts[0])
    profile = cProfile.Profile()
    profile.enable()
    for t in texts:
        extract_text(t)
    profile.disable()
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    total = sum(v[2] for v in stats.values()) or 1.0
    functions, modules, cumulative = [], {}, []
    for (filename, line, name), (_, _, tottime, cumtime, _) in stats.items():
        where = _short(filename)
        functions.append(
            {"function": f"{where}:{name}", "line": line, "self_pct": round(100 * tottime / total, 1)}
        )
        modules[where] = modules.get(where, 0.0) + tottime
        if where.startswith(("extract/", "graph/")):
            cumulative.append({"function": f"{where}:{name}", "cum_pct": round(100 * cumtime / total, 1)})
    functions.sort(key=lambda f: -f["self_pct"])
    cumulative.sort(key=lambda f: -f["cum_pct"])
    return {
        "files": len(texts),
        "seconds": round(total, 3),
        "functions": functions[:top],
        "cumulative": cumulative[:top],
        "modules": [
            {"module": m, "self_pct": round(100 * t / total, 1)}
            for m, t in sorted(modules.items(), key=lambda kv: -kv[1])[:top]
        ],
    }


def _short(filename: str) -> str:
    path = Path(filename)
    for root in ("extract", "graph", "core"):
        if root in path.parts and str(ROOT) in filename:
            i = path.parts.index(root)
            return "/".join(path.parts[i:])
    if "site-packages" in path.parts:
        i = path.parts.index("site-packages")
        return path.parts[i + 1] if len(path.parts) > i + 1 else filename
    if filename.startswith("<") or filename == "~":
        return "builtins"
    return "stdlib:" + path.name


# -- build -------------------------------------------------------------------------------


def _store_counts(store: Path) -> dict[str, Any]:
    from policykg.graph.store import GraphStore

    with GraphStore.open(store) as gs:
        files = gs.files()
        return {
            "files": len(files),
            "triples": gs.count(),
            "problems": gs.verify(),
            "per_file": {Path(s.iri).name: s.triples for s in files},
        }


def bench_build(folder: Path, work: Path, *, jobs: tuple[int, ...]) -> list[dict[str, Any]]:
    """Build one corpus with each number of jobs into a fresh store.

    Args:
        folder: the corpus.
        work: a scratch folder for the stores.
        jobs: the ``--jobs`` values to run.

    Returns:
        One entry per run; the store of the last run is kept in ``work``.
    """
    n = len(list(folder.glob("*.txt")))
    chars = sum(len(t) for t in _texts(folder))
    runs = []
    per_file: dict[str, int] | None = None
    for j in jobs:
        store = work / f"store-{n}-j{j}"
        shutil.rmtree(store, ignore_errors=True)
        m = measured([str(BIN / "policykg"), "build", str(folder), "--store", str(store), "--jobs", str(j)])
        counts = _store_counts(store)
        same = per_file is None or per_file == counts["per_file"]
        per_file = counts["per_file"]
        runs.append(
            {
                "files": n,
                "characters": chars,
                "jobs": j,
                "seconds": m["seconds"],
                "files_per_s": round(n / m["seconds"], 2),
                "max_rss_mb": m["max_rss_mb"],
                "tree_rss_mb": m["tree_rss_mb"],
                "cpu_seconds": m["cpu_seconds"],
                "returncode": m["returncode"],
                "summary": m["stdout"].strip().splitlines()[-1]
                if m["stdout"].strip()
                else m["stderr"][-300:],
                "files_in_store": counts["files"],
                "triples": counts["triples"],
                "verify_problems": len(counts["problems"]),
                "counts_match_other_jobs": same,
                "complete": m["returncode"] == 0 and counts["files"] == n and not counts["problems"] and same,
            }
        )
    return runs


# -- queries -----------------------------------------------------------------------------


def query_params(store: Path) -> dict[str, str]:
    """Parameter values that select something in this store (busiest agency, most cited number …).

    Args:
        store: the store.

    Returns:
        Parameter name → value.
    """
    from policykg.graph import sparql
    from policykg.graph.store import GraphStore

    params = dict(DEFAULT_PARAMS)
    with GraphStore.open(store) as gs:
        busiest = sparql.run_named("tasks-per-agency", store=gs).values()
        if busiest:
            params["agency"] = busiest[0][1]
        cited = sparql.run_named("most-cited", store=gs).values()
        numbered = [row[1] for row in cited if row[1]]
        if numbered:
            params["number"] = numbered[0]
        # evidence wants a document whose own text is in the store (the most cited one
        # is usually known only by citation).
        titled = {
            row[0]
            for row in sparql.run("SELECT ?n WHERE { ?d eli:id_local ?n ; eli:title ?t }", store=gs).values()
        }
        documented = [n for n in numbered if n in titled] or sorted(titled)
        if documented:
            params["documented"] = documented[0]
        implementing = sparql.run(
            "SELECT ?n WHERE { ?d eli:implements ?x ; eli:id_local ?n } LIMIT 1", store=gs
        ).values()
        if implementing:
            params["implementing"] = implementing[0][0]
    return params


def _params_for(query: Any, available: dict[str, str]) -> dict[str, str]:
    out = {}
    for p in query.params:
        if query.name == "implements" and p.name == "number" and "implementing" in available:
            out[p.name] = available["implementing"]
        elif query.name == "evidence" and p.name == "number" and "documented" in available:
            out[p.name] = available["documented"]
        elif p.name in available and not p.optional:
            out[p.name] = available[p.name]
    return out


def _time(fn: Callable[[], Any], *, repeat: int) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


#: Seconds for one named query's process on the store (first page and whole answer,
#: three runs each); a query that takes longer has a bad plan and is reported as such.
STORE_TIMEOUT = 120.0

# The first page is what `policykg sparql --name …` answers by default (a table of
# TABLE_LIMIT rows); the whole answer is what --limit 0 or --format csv gives.
STORE_SCRIPT = """
import json, sys, time
from policykg.graph import sparql
from policykg.commands_graph import TABLE_LIMIT
from policykg.graph.store import GraphStore
store, name, params, repeat = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), int(sys.argv[4])
out = {}
with GraphStore.open(store) as gs:
    for label, limit in (("page", TABLE_LIMIT), ("whole", None)):
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            result = sparql.run_named(name, params, store=gs, limit=limit)
            best = min(best, time.perf_counter() - start)
        out[label] = {"seconds": round(best, 4), "rows": len(result.rows)}
print(json.dumps({"seconds": out["page"]["seconds"], "rows": out["page"]["rows"],
                  "whole_seconds": out["whole"]["seconds"], "whole_rows": out["whole"]["rows"]}))
"""

RDFLIB_SCRIPT = """
import json, signal, sys, time, resource
import rdflib
export, queries, timeout = sys.argv[1], json.loads(open(sys.argv[2], encoding="utf-8").read()), float(sys.argv[3])
start = time.perf_counter()
ds = rdflib.Dataset(default_union=True)
ds.parse(export, format="nquads")
load = time.perf_counter() - start
class Timeout(Exception):
    pass
def alarm(*_):
    raise Timeout()
signal.signal(signal.SIGALRM, alarm)
out = {"load_seconds": round(load, 2), "queries": {}}
for name, text in queries.items():
    signal.setitimer(signal.ITIMER_REAL, timeout)
    start = time.perf_counter()
    try:
        rows = len(list(ds.query(text)))
        seconds = time.perf_counter() - start
        out["queries"][name] = {"seconds": round(seconds, 4), "rows": rows}
    except Timeout:
        out["queries"][name] = {"seconds": None, "timeout": timeout}
    except Exception as exc:
        out["queries"][name] = {"seconds": None, "error": f"{type(exc).__name__}: {exc}"[:300]}
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
out["max_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
print(json.dumps(out))
"""


def bench_queries(store: Path, work: Path, *, repeat: int, rdflib_timeout: float) -> dict[str, Any]:
    """Every named query on the store against rdflib in memory on the same export.

    Args:
        store: the store (the largest built).
        work: scratch folder for the export.
        repeat: runs per query on the store (the best is kept).
        rdflib_timeout: seconds after which an rdflib query is stopped.

    Returns:
        Per query: store seconds, rdflib seconds, rows on each side, speed-up.
    """
    from policykg.graph import sparql

    export = work / "export.nq"
    subprocess.run(
        [str(BIN / "policykg"), "export", "--format", "nq", "-o", str(export), "--store", str(store)],
        check=True,
        capture_output=True,
    )
    available = query_params(store)
    ours: dict[str, dict[str, Any]] = {}
    texts: dict[str, str] = {}
    for name, query in sparql.named_queries().items():
        params = _params_for(query, available)
        # One process per query, killed after the timeout: a bad plan in Oxigraph
        # cannot be interrupted from Python.
        try:
            done = subprocess.run(
                [sys.executable, "-c", STORE_SCRIPT, str(store), name, json.dumps(params), str(repeat)],
                capture_output=True,
                text=True,
                check=True,
                timeout=STORE_TIMEOUT,
            )
            ours[name] = {**json.loads(done.stdout.strip().splitlines()[-1]), "params": params}
        except subprocess.TimeoutExpired:
            ours[name] = {"seconds": None, "rows": None, "whole_seconds": None, "whole_rows": None, "params": params}
        bindings = sparql.bind_params(query, params)
        texts[name] = sparql.inject_values(sparql.prefix_block() + query.text, bindings)
    spec = work / "queries.json"
    spec.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", RDFLIB_SCRIPT, str(export), str(spec), str(rdflib_timeout)],
        capture_output=True,
        text=True,
        check=True,
    )
    theirs = json.loads(done.stdout.strip().splitlines()[-1])
    rows = []
    for name, mine in ours.items():
        other = theirs["queries"].get(name, {})
        rdf_seconds = other.get("seconds")
        # rdflib computes the whole answer: compare it with ours, not with our first page.
        mine_seconds = mine["whole_seconds"] if mine["whole_seconds"] is not None else STORE_TIMEOUT
        speedup = (rdf_seconds or rdflib_timeout) / max(mine_seconds, 1e-4)
        rows.append(
            {
                "query": name,
                "params": mine["params"],
                "store_seconds": mine["seconds"],
                "store_timed_out": mine["seconds"] is None,
                "store_rows": mine["rows"],
                "store_whole_seconds": mine["whole_seconds"],
                "store_whole_rows": mine["whole_rows"],
                "rdflib_seconds": rdf_seconds,
                "rdflib_rows": other.get("rows"),
                "rdflib_timed_out": rdf_seconds is None and "error" not in other,
                "rdflib_error": other.get("error"),
                # A timed-out rdflib query gives a lower bound on the speed-up.
                "speedup": round(speedup, 1),
                "speedup_is_lower_bound": rdf_seconds is None or mine["whole_seconds"] is None,
            }
        )
    # A query rdflib cannot answer (an error, not a timeout) has no speed-up to count.
    for r in rows:
        if r["rdflib_error"]:
            r["speedup"] = None
    speedups = [r["speedup"] for r in rows if r["speedup"] is not None]
    return {
        "store": str(store),
        "export_bytes": export.stat().st_size,
        "rdflib_load_seconds": theirs["load_seconds"],
        "rdflib_max_rss_mb": theirs["max_rss_mb"],
        "rdflib_run_seconds": round(time.perf_counter() - start, 1),
        "rdflib_timeout": rdflib_timeout,
        "queries": rows,
        # Answer time: the first page, as `policykg sparql` shows it by default.
        "max_store_seconds": max(r["store_seconds"] or STORE_TIMEOUT for r in rows),
        "median_store_seconds": statistics.median(r["store_seconds"] or STORE_TIMEOUT for r in rows),
        "max_store_whole_seconds": max(r["store_whole_seconds"] or STORE_TIMEOUT for r in rows),
        "median_speedup": statistics.median(speedups),
        "targets": {"max_store_seconds": 0.5, "median_speedup": 10},
    }


# -- main --------------------------------------------------------------------------------


def _print_extraction(r: dict[str, Any]) -> None:
    print(
        _table(
            f"Extraction, single process, {r['files']} files, {r['characters']:,} characters",
            ["", "seconds", "chars/s"],
            [
                ["policykg extract_text", r["extract_seconds"], f"{r['extract_chars_per_s']:,}"],
                ["limit scan (5 regexes)", r["limit_seconds"], f"{r['limit_chars_per_s']:,}"],
                ["ratio (target >= 0.2)", "", r["ratio"]],
            ],
        )
    )


def _print_build(runs: list[dict[str, Any]]) -> None:
    print(
        _table(
            "policykg build (fresh store)",
            ["files", "jobs", "seconds", "files/s", "max RSS MB", "tree RSS MB", "triples", "complete"],
            [
                [
                    r["files"],
                    r["jobs"],
                    r["seconds"],
                    r["files_per_s"],
                    r["max_rss_mb"],
                    r["tree_rss_mb"],
                    f"{r['triples']:,}",
                    r["complete"],
                ]
                for r in runs
            ],
        )
    )


def _print_queries(q: dict[str, Any]) -> None:
    print(
        _table(
            f"Named queries on {q['store']} vs rdflib Dataset in memory "
            f"(rdflib load {q['rdflib_load_seconds']} s, {q['rdflib_max_rss_mb']} MB)",
            ["query", "first page s", "rows", "whole s", "rows", "rdflib s", "rows", "speed-up"],
            [
                [
                    r["query"],
                    r["store_seconds"] if r["store_seconds"] is not None else f">{STORE_TIMEOUT}",
                    r["store_rows"],
                    r["store_whole_seconds"] if r["store_whole_seconds"] is not None else f">{STORE_TIMEOUT}",
                    r["store_whole_rows"],
                    r["rdflib_seconds"]
                    if r["rdflib_seconds"] is not None
                    else ("error" if r["rdflib_error"] else f">{q['rdflib_timeout']}"),
                    r["rdflib_rows"] if r["rdflib_rows"] is not None else "-",
                    "-"
                    if r["speedup"] is None
                    else f"{'>' if r['speedup_is_lower_bound'] else ''}{r['speedup']}x",
                ]
                for r in q["queries"]
            ],
        )
    )
    print(
        f"median speed-up {q['median_speedup']}x (whole answers); slowest first page "
        f"{q['max_store_seconds']} s; slowest whole answer {q['max_store_whole_seconds']} s"
    )


def bench_explorer(sizes: tuple[int, ...]) -> list[dict[str, Any]]:
    """Explorer generation time and HTML size against pyvis's own page for the same graph.

    The graph is ``bench/viz_bench.py``'s synthetic one, shaped like the gazette's. The
    alternative is the stock pyvis path: a ``Network`` with the same nodes and edges and
    ``generate_html()`` with inlined resources (its default template, physics on, no
    precomputed layout, and Bootstrap still fetched from a CDN when the page opens).

    Args:
        sizes: node counts.

    Returns:
        One row per size.
    """
    from policykg.viz.explorer import PHYSICS_LIMIT, layout, render
    from pyvis.network import Network

    from bench.viz_bench import synthetic

    rows = []
    for n in sizes:
        g = synthetic(n)
        t0 = time.perf_counter()
        page = render(g, positions=layout(g), physics=len(g.nodes) <= PHYSICS_LIMIT)
        ours = time.perf_counter() - t0
        t0 = time.perf_counter()
        net = Network(cdn_resources="in_line", directed=True)
        for node in g.nodes.values():
            net.add_node(node.iri, label=node.label, title=node.name, group=node.kind)
        for e in g.edges:
            net.add_edge(e.source, e.target, title=e.relation)
        stock = net.generate_html()
        theirs = time.perf_counter() - t0
        rows.append({
            "nodes": len(g.nodes), "edges": len(g.edges),
            "policykg_s": round(ours, 2), "policykg_mb": round(len(page.encode()) / 1e6, 2),
            "pyvis_stock_s": round(theirs, 2), "pyvis_stock_mb": round(len(stock.encode()) / 1e6, 2),
        })  # fmt: skip
    return rows


def _print_explorer(rows: list[dict[str, Any]]) -> None:
    print(f"{'nodes':>7} {'edges':>7} {'policykg s':>11} {'MB':>6} {'pyvis stock s':>14} {'MB':>6}")
    for r in rows:
        print(f"{r['nodes']:>7} {r['edges']:>7} {r['policykg_s']:>11} {r['policykg_mb']:>6} "
              f"{r['pyvis_stock_s']:>14} {r['pyvis_stock_mb']:>6}")  # fmt: skip


def _write(out: Path, name: str, data: Any) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{name}.json"
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    tmp.replace(path)
    return path


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m bench.run [--quick] [--out DIR] [--only NAME …]``.

    Returns:
        0, or 1 when a build did not load every file.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the 10-file smoke run")
    parser.add_argument("--out", type=Path, default=RESULTS, help="folder for the JSON results")
    parser.add_argument(
        "--only",
        nargs="+",
        choices=("extraction", "hotspots", "build", "queries", "explorer", "copies", "bigfile"),
        help="run only these",
    )
    parser.add_argument("--rdflib-timeout", type=float, default=None, help="seconds per rdflib query")
    parser.add_argument("--keep", type=Path, help="keep the stores in this folder")
    args = parser.parse_args(argv)
    which = set(args.only or ("extraction", "hotspots", "build", "queries", "explorer", "copies"))
    if not args.only and not args.quick:
        which.add("bigfile")
    sizes = (10,) if args.quick else (10, 100, 1000)
    suffix = "-quick" if args.quick else ""
    rdflib_timeout = args.rdflib_timeout or (10.0 if args.quick else 20.0)
    folders = {n: make_corpus(n) for n in sizes}
    info = machine()
    print(f"machine: {info['cores']} cores, {info['memory_gb']} GB, load {info['load_average']}")
    work = args.keep or Path(tempfile.mkdtemp(prefix="policykg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    status = 0
    try:
        if "extraction" in which:
            r = bench_extraction(folders[10 if args.quick else 100], repeat=3)
            _write(args.out, f"extraction{suffix}", {"machine": info, **r})
            _print_extraction(r)
        if "hotspots" in which:
            h = bench_hotspots(folders[10], files=4 if args.quick else 10)
            _write(args.out, f"hotspots{suffix}", {"machine": info, **h})
            print(
                _table(
                    "Extraction hot spots (own time)",
                    ["function", "%"],
                    [[f["function"], f["self_pct"]] for f in h["functions"][:12]],
                )
            )
        if "build" in which or "queries" in which:
            runs = []
            for n in sizes:
                runs += bench_build(folders[n], work, jobs=(1, 2))
            _write(
                args.out,
                f"build{suffix}",
                {
                    "machine": info,
                    "runs": runs,
                    "targets": {"files": 1000, "jobs": 2, "seconds": 90, "max_rss_mb": 1536},
                },
            )
            _print_build(runs)
            if not all(r["complete"] for r in runs):
                status = 1
            if "queries" in which:
                q = bench_queries(
                    work / f"store-{sizes[-1]}-j2", work, repeat=3, rdflib_timeout=rdflib_timeout
                )
                _write(args.out, f"queries{suffix}", {"machine": info, **q})
                _print_queries(q)
        if "explorer" in which:
            rows = bench_explorer((1000,) if args.quick else (1000, 5000, 20000))
            _write(args.out, f"explorer{suffix}", {"machine": info, "runs": rows})
            _print_explorer(rows)
        if "copies" in which:
            from bench import copies

            counts = (1, 3) if args.quick else (1, 3, 10)
            copy_rows = copies.run(counts, quick=args.quick, work=work / "copies")
            _write(args.out, f"copies{suffix}", {"machine": info, "runs": copy_rows})
            copies.print_rows(copy_rows)
            if not all(r["same_rows_as_one_copy"] and not any(r["returncodes"]) for r in copy_rows):
                status = 1
        if "bigfile" in which:
            from bench import bigfile

            big_rows = bigfile.run(50, work=work / "bigfile")
            _write(
                args.out,
                f"bigfile{suffix}",
                {
                    "machine": info,
                    "runs": big_rows,
                    "targets": {"mb": 50, "build_tree_rss_mb": bigfile.TARGET_MB},
                },
            )
            bigfile.print_rows(big_rows)
            if not bigfile.ok(big_rows, 50):
                status = 1
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
