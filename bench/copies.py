"""One document however many files carry it: report and explorer times at 1, 3 and 10 copies.

A store that holds the same documents from several files (a gazette as PDF and as text,
a copy in another encoding, a folder built again after a move) must answer as fast as
with one copy, and give the same rows. This benchmark builds, for each number of copies,
a store from that many copies of every input and times ``policykg report agencies`` and
``policykg viz`` on it, each as its own process (:mod:`bench.measure`).

The inputs are the Jiaxing gazette and the development corpus
(``/work/shared/corpus/dev/``, ``--quick``: the gazette alone). Copy 0 is the files as
they are; copy 1 of the gazette is the repository's PDF of it
(``tests/data/inputs/jiaxing-gazette-2024-03.pdf``); every other copy is the text
re-encoded as GB18030 in a folder of its own (``copy-{k}/``). Each row also records
whether the report's rows are the same as with one copy (csv, compared byte for byte).

    python -m bench.copies             # 1, 3 and 10 copies of 42 files
    python -m bench.copies --quick     # 1 and 3 copies of the gazette

The JSON goes to ``bench/results/copies.json`` (``copies-quick.json``).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.measure import measured
from bench.multiply import ROOT

BIN = Path(sys.executable).parent
RESULTS = ROOT / "bench" / "results"
SHARED = ROOT.parent / "shared" / "corpus"
GAZETTE = SHARED / "jiaxing-gazette-2024-03.txt"
GAZETTE_PDF = ROOT / "tests" / "data" / "inputs" / "jiaxing-gazette-2024-03.pdf"
DEV = SHARED / "dev"


def inputs(*, quick: bool) -> list[Path]:
    """The files every copy holds: the gazette, and unless ``quick`` the development corpus.

    Returns:
        Paths of UTF-8 texts.
    """
    files = [GAZETTE]
    if not quick and DEV.is_dir():
        files += sorted(DEV.glob("*.txt"))
    return files


def make_copies(files: list[Path], copies: int, folder: Path) -> Path:
    """A folder holding ``copies`` copies of ``files``, one sub-folder per copy.

    Args:
        files: the UTF-8 inputs.
        copies: how many copies of each.
        folder: where to write them (emptied first).

    Returns:
        ``folder``.
    """
    shutil.rmtree(folder, ignore_errors=True)
    for k in range(copies):
        target = folder / f"copy-{k}"
        target.mkdir(parents=True)
        for f in files:
            if k == 0:
                shutil.copy(f, target / f.name)
            elif k == 1 and f == GAZETTE and GAZETTE_PDF.is_file():
                shutil.copy(GAZETTE_PDF, target / GAZETTE_PDF.name)
            else:
                (target / f.name).write_bytes(f.read_text(encoding="utf-8").encode("gb18030"))
    return folder


def run(counts: tuple[int, ...], *, quick: bool, work: Path) -> list[dict[str, Any]]:
    """Build a store per number of copies and time the report and the explorer on it.

    Args:
        counts: numbers of copies, e.g. ``(1, 3, 10)``.
        quick: the gazette alone.
        work: a scratch folder.

    Returns:
        One row per number of copies.
    """
    from policykg.graph.store import GraphStore

    files = inputs(quick=quick)
    policykg = str(BIN / "policykg")
    rows: list[dict[str, Any]] = []
    first_rows: bytes | None = None
    for n in counts:
        folder = make_copies(files, n, work / f"inputs-{n}")
        store = work / f"store-{n}"
        shutil.rmtree(store, ignore_errors=True)
        built = measured([policykg, "build", str(folder), "--store", str(store), "--jobs", "2"])
        with GraphStore.open(store) as gs:
            triples = gs.count()
        csv = work / f"agencies-{n}.csv"
        report = measured(
            [policykg, "report", "agencies", "--store", str(store), "--format", "csv", "-o", str(csv)]
        )
        page = work / f"explorer-{n}.html"
        viz = measured([policykg, "viz", "--store", str(store), "-o", str(page)])
        got = csv.read_bytes() if csv.is_file() else b""
        if first_rows is None:
            first_rows = got
        rows.append(
            {
                "copies": n,
                "files": n * len(files),
                "triples": triples,
                "build_s": built["seconds"],
                "report_agencies_s": report["seconds"],
                "viz_s": viz["seconds"],
                "returncodes": [built["returncode"], report["returncode"], viz["returncode"]],
                "agencies_rows": max(got.count(b"\n") - 1, 0),
                "same_rows_as_one_copy": got == first_rows,
            }
        )
    return rows


def print_rows(rows: list[dict[str, Any]]) -> None:
    """Print the rows as a table.

    Args:
        rows: from :func:`run`.
    """
    print(
        f"{'copies':>6} {'files':>6} {'triples':>9} {'build s':>8} {'report agencies s':>18} {'viz s':>6} same rows"
    )
    for r in rows:
        print(
            f"{r['copies']:>6} {r['files']:>6} {r['triples']:>9} {r['build_s']:>8} "
            f"{r['report_agencies_s']:>18} {r['viz_s']:>6} {r['same_rows_as_one_copy']}"
        )


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m bench.copies [--quick] [--out DIR] [--keep DIR]``.

    Returns:
        0, or 1 when a command failed or the rows differ from one copy's.
    """
    from bench.run import _write, machine

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1 and 3 copies of the gazette")
    parser.add_argument("--out", type=Path, default=RESULTS, help="folder for the JSON result")
    parser.add_argument("--keep", type=Path, help="keep the inputs and stores in this folder")
    args = parser.parse_args(argv)
    work = args.keep or Path(tempfile.mkdtemp(prefix="policykg-copies-"))
    work.mkdir(parents=True, exist_ok=True)
    info = machine()
    try:
        rows = run((1, 3) if args.quick else (1, 3, 10), quick=args.quick, work=work)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    _write(args.out, "copies-quick" if args.quick else "copies", {"machine": info, "runs": rows})
    print_rows(rows)
    ok = all(r["same_rows_as_one_copy"] and not any(r["returncodes"]) for r in rows)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
