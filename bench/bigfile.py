"""One very large file: peak memory of ``build`` beside ``extract`` alone on the same file.

The file is the scale corpus's files (:mod:`bench.multiply`) written one after another
into one text, until it holds the size asked for (the 1,000 files together are 51 MB,
18.9 M characters). Both commands run as their own process through :mod:`bench.measure`
(wall time, CPU time and the largest sampled RSS of the process tree), in the same run:

* ``policykg extract FILE --format jsonl -o OUT`` — what extraction alone needs;
* ``policykg build FILE --store S --jobs N`` into a fresh store, for each ``N``.

``python -m bench.bigfile --mb 50`` prints the table; ``python -m bench.run --only bigfile``
also writes ``bench/results/bigfile.json``. The target (issue 18): the build's tree stays
under 1.5 GB on a 50 MB file.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.measure import measured
from bench.multiply import make_corpus

BIN = Path(sys.executable).parent
#: Build peak memory (RSS of the process tree) allowed on the 50 MB file.
TARGET_MB = 1536


def make_bigfile(mb: float, folder: Path) -> Path:
    """Write one text of at least ``mb`` MB (or the whole 1,000-file corpus) from the scale corpus.

    Args:
        mb: the size wanted, in 10^6 bytes.
        folder: where to write ``big-{mb}mb.txt``.

    Returns:
        The file (rewritten only when missing).
    """
    out = folder / f"big-{mb:g}mb.txt"
    if out.exists():
        return out
    folder.mkdir(parents=True, exist_ok=True)
    wanted = int(mb * 1_000_000)
    written = 0
    tmp = out.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        for path in sorted(make_corpus(1000).glob("*.txt")):
            text = path.read_text(encoding="utf-8") + "\n\n"
            f.write(text)
            written += len(text.encode("utf-8"))
            if written >= wanted:
                break
    tmp.replace(out)
    return out


def run(mb: float, *, work: Path, jobs: tuple[int, ...] = (1, 2)) -> list[dict[str, Any]]:
    """Measure ``extract`` alone, then ``build`` with each number of jobs, on one file of ``mb`` MB.

    Args:
        mb: the file's size in MB.
        work: a scratch folder (the file, the JSON Lines, the stores).
        jobs: the ``--jobs`` values of the builds.

    Returns:
        One row per command.
    """
    from policykg.graph.store import GraphStore

    big = make_bigfile(mb, work)
    size = big.stat().st_size
    rows = []
    jsonl = work / "big.jsonl"
    m = measured([str(BIN / "policykg"), "extract", str(big), "--format", "jsonl", "-o", str(jsonl)])
    rows.append({"command": "extract", "jobs": 1, "bytes": size, **_fields(m)})
    jsonl.unlink(missing_ok=True)
    for j in jobs:
        store = work / f"store-j{j}"
        shutil.rmtree(store, ignore_errors=True)
        m = measured([str(BIN / "policykg"), "build", str(big), "--store", str(store), "--jobs", str(j)])
        with GraphStore.open(store) as gs:
            triples, problems = gs.count(), gs.verify()
        rows.append(
            {
                "command": "build",
                "jobs": j,
                "bytes": size,
                **_fields(m),
                "triples": triples,
                "whole": not problems,
            }
        )
        shutil.rmtree(store, ignore_errors=True)
    return rows


def _fields(m: dict[str, Any]) -> dict[str, Any]:
    return {
        "seconds": m["seconds"],
        "cpu_seconds": m["cpu_seconds"],
        "max_rss_mb": m["max_rss_mb"],
        "tree_rss_mb": m["tree_rss_mb"],
        "returncode": m["returncode"],
        "summary": (m["stdout"].strip() or m["stderr"].strip()).splitlines()[-1:],
    }


def print_rows(rows: list[dict[str, Any]]) -> None:
    """Print the rows as a table."""
    print("\nOne large file")
    header = ["command", "jobs", "MB", "seconds", "CPU s", "tree RSS MB", "triples", "whole"]
    cells = [header] + [
        [
            r["command"],
            str(r["jobs"]),
            f"{r['bytes'] / 1e6:.1f}",
            f"{r['seconds']:.1f}",
            f"{r['cpu_seconds']:.1f}",
            f"{r['tree_rss_mb']:.0f}",
            f"{r.get('triples', '–')}",
            {True: "yes", False: "NO"}.get(r.get("whole"), "–"),
        ]
        for r in rows
    ]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    for row in cells:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))


def ok(rows: list[dict[str, Any]], mb: float) -> bool:
    """Whether every command succeeded, every store is whole and (at 50 MB or less) under the target.

    Args:
        rows: from :func:`run`.
        mb: the file's size.

    Returns:
        True when all holds.
    """
    fine = all(r["returncode"] == 0 and r.get("whole", True) for r in rows)
    return fine and (mb > 50 or all(r["tree_rss_mb"] <= TARGET_MB for r in rows if r["command"] == "build"))


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m bench.bigfile [--mb 50] [--jobs 1 2]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50.0, help="size of the file in MB")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="policykg-bigfile-"))
    try:
        rows = run(args.mb, work=work, jobs=tuple(args.jobs))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print_rows(rows)
    return 0 if ok(rows, args.mb) else 1


if __name__ == "__main__":
    raise SystemExit(main())
