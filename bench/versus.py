"""Extraction of the same texts by this checkout and by an earlier revision, side by side.

``python -m bench.versus REV [--files N] [--rounds R] [--instructions | --interleave]``

The earlier code is checked out into a temporary git worktree and imported from a package
folder of links (``policykg`` → its ``core/``, with ``extract``, ``graph``, ``viz`` and
``ontology`` beside), so both run in this virtual environment on the same texts
(``bench/corpus/100``, made by ``bench/multiply.py``). Each round runs one process per
revision, alternately, and each process extracts every text three times after a warm-up;
the best time of each revision is compared, and the median of each round's ratio. A shared machine's speed drifts by the hour;
alternating rounds in one run keeps the comparison fair.

``--interleave`` keeps one process of each revision running and hands them the same text in
turn, alternating which goes first: both meet the machine in the same second, so a shared
machine's drift (which moves single runs by a third) cancels out. It prints the sum over the
texts of each revision's best time, the median of the rounds' ratios, and the ratio on the
gazette copies and on the development documents apart.

``--instructions`` counts the instructions each revision executes instead (valgrind's
cachegrind, ``--cache-sim=no``): an import-only run is subtracted, so the figure is the
extraction's own. Counts do not drift with the machine's load; they take about a minute a
revision for 20 texts.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "bench" / "corpus" / "100"
_SUBPACKAGES = ("extract", "graph", "viz", "ontology")

_TIMER = """
import json, sys, time
from pathlib import Path
import policykg.extract.pipeline as p
texts = [f.read_text(encoding='utf-8') for f in sorted(Path(sys.argv[1]).glob('*.txt'))[: int(sys.argv[2])]]
p.extract_text('关于印发实施方案的通知')  # the same warm-up in every run, so an import-only count subtracts it
if sys.argv[3] == 'count':
    for t in texts:
        p.extract_text(t)
else:
    best = float('inf')
    for _ in range(3):
        t0 = time.perf_counter()
        for t in texts:
            p.extract_text(t)
        best = min(best, time.perf_counter() - t0)
    print(json.dumps({'seconds': best, 'module': p.__file__}))
"""


def _package(tree: Path, into: Path) -> Path:
    """A folder whose ``policykg`` is the checkout at ``tree`` laid out as installed."""
    pkg = into / "policykg"
    pkg.mkdir(parents=True)
    for entry in (tree / "core").iterdir():
        (pkg / entry.name).symlink_to(entry)
    for sub in _SUBPACKAGES:
        (pkg / sub).symlink_to(tree / sub)
    return into


def _run(pythonpath: Path | None, n: int, mode: str, valgrind: bool = False) -> dict | int:
    """One process extracting the first ``n`` texts: its best time of three, or its instruction count."""
    env = dict(os.environ)
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    cmd = [sys.executable, "-c", _TIMER, str(CORPUS), str(n), mode]
    if valgrind:
        cmd = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null", *cmd]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    if valgrind:
        m = re.search(r"I\s+refs:\s+([\d,]+)", out.stderr)
        if m is None:
            raise RuntimeError("valgrind gave no instruction count")
        return int(m.group(1).replace(",", ""))
    return json.loads(out.stdout.strip().splitlines()[-1])


_WORKER = """
import sys, time
from pathlib import Path
import policykg.extract.pipeline as p
texts = [f.read_text(encoding='utf-8') for f in sorted(Path(sys.argv[1]).glob('*.txt'))]
for t in texts[:3]:
    p.extract_text(t)
print(p.__file__, flush=True)
for line in sys.stdin:
    t0 = time.perf_counter()
    p.extract_text(texts[int(line)])
    print(time.perf_counter() - t0, flush=True)
"""


def _interleave(sides: dict[str, Path | None], rounds: int, n: int | None) -> None:
    """Each text extracted by one running process of each revision in turn (see the module's notes)."""
    names = sorted(p.name for p in CORPUS.glob("*.txt"))[: n or None]
    procs = {}
    for name, path in sides.items():
        env = dict(os.environ)
        if path is not None:
            env["PYTHONPATH"] = str(path)
        procs[name] = subprocess.Popen([sys.executable, "-c", _WORKER, str(CORPUS)], env=env, text=True,
                                       stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        module = procs[name].stdout.readline().strip()  # type: ignore[union-attr]
        if path is not None and not module.startswith(str(path)):
            raise RuntimeError(f"{name} was not imported from its worktree: {module}")
    try:
        best = {name: [float("inf")] * len(names) for name in sides}
        ratios = []
        order = list(sides)
        for r in range(rounds):
            total = dict.fromkeys(sides, 0.0)
            for i in range(len(names)):
                for name in order if (i + r) % 2 == 0 else order[::-1]:
                    proc = procs[name]
                    proc.stdin.write(f"{i}\n")  # type: ignore[union-attr]
                    proc.stdin.flush()  # type: ignore[union-attr]
                    seconds = float(proc.stdout.readline())  # type: ignore[union-attr]
                    best[name][i] = min(best[name][i], seconds)
                    total[name] += seconds
            ratios.append(total["this checkout"] / total[order[0]])
            print(f"round {r + 1}: " + ", ".join(f"{k} {v:.3f} s" for k, v in total.items()) + f", ratio {ratios[-1]:.3f}",
                  flush=True)
    finally:
        for proc in procs.values():
            proc.stdin.close()  # type: ignore[union-attr]
            proc.wait()
    rev = order[0]
    dev = [i for i, name in enumerate(names) if name.endswith("-r0.txt")]  # development documents
    for label, idx in (("all texts", range(len(names))), ("gazette copies", [i for i in range(len(names)) if i not in set(dev)]),
                       ("development documents", dev)):
        a = sum(best[rev][i] for i in idx)
        b = sum(best["this checkout"][i] for i in idx)
        if a:
            print(f"{label:>22}: {rev} {a:.3f} s, this checkout {b:.3f} s, ratio {b / a:.3f} (sums of best times)")
    print(f"median of the rounds' ratios: {statistics.median(ratios):.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev", help="the earlier revision (a commit, tag or branch)")
    parser.add_argument("--files", type=int, default=None, help="texts extracted (default 100; 20 with --instructions)")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds (default 3)")
    parser.add_argument("--instructions", action="store_true", help="count instructions with valgrind instead")
    parser.add_argument("--interleave", action="store_true",
                        help="one running process per revision, the same text to each in turn")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}: run python -m bench.multiply first", file=sys.stderr)
        return 2
    if args.instructions and shutil.which("valgrind") is None:
        print("--instructions needs valgrind", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="policykg-versus-") as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), args.rev],
                       check=True, capture_output=True)
        try:
            earlier = _package(tree, Path(tmp) / "pkg")
            sides = {args.rev: earlier, "this checkout": None}
            if args.instructions:
                n = args.files or 20
                for name, path in sides.items():
                    base = _run(path, 0, "count", valgrind=True)
                    total = _run(path, n, "count", valgrind=True)
                    sides[name] = total - base  # type: ignore[assignment]
                    print(f"{name:>16}: {total - base:,} instructions for {n} texts")
                a, b = sides[args.rev], sides["this checkout"]
                print(f"this checkout / {args.rev}: {b / a:.3f}")  # type: ignore[operator]
                return 0
            if args.interleave:
                _interleave(sides, args.rounds, args.files)
                return 0
            best = {name: float("inf") for name in sides}
            ratios = []
            for r in range(args.rounds):
                got_round = {}
                for name, path in sides.items():
                    got = _run(path, args.files or 100, "time")
                    if path is not None and not got["module"].startswith(str(path)):  # type: ignore[index]
                        raise RuntimeError(f"{args.rev} was not imported from its worktree: {got['module']}")  # type: ignore[index]
                    best[name] = min(best[name], got["seconds"])  # type: ignore[index]
                    got_round[name] = got["seconds"]  # type: ignore[index]
                    print(f"round {r + 1} {name:>16}: {got['seconds']:.3f} s", flush=True)  # type: ignore[index]
                ratios.append(got_round["this checkout"] / got_round[args.rev])
            for name, seconds in best.items():
                print(f"best {name:>16}: {seconds:.3f} s")
            print(f"this checkout / {args.rev}: {best['this checkout'] / best[args.rev]:.3f} (best against best), "
                  f"{statistics.median(ratios):.3f} (median of the rounds' ratios)")
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], capture_output=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
