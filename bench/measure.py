"""Run one command and report its wall time and peak memory as JSON on stdout.

``python -m bench.measure -- policykg build DIR --store S --jobs 2`` prints
``{"seconds": …, "max_rss_mb": …, "tree_rss_mb": …, "returncode": …}``:

* ``max_rss_mb`` — ``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` once the command
  has ended: the largest resident set of any one process of the command (the build
  process or one of its workers). It is read in this fresh process so that no earlier
  command's peak is mixed in.
* ``tree_rss_mb`` — the largest sum of the resident sets of the command and all its
  descendants, sampled every 0.1 s from ``/proc`` (what the machine had to hold at once).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any


def _tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and its descendants, from ``/proc``."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            statm = (entry / "statm").read_text().split()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        pid = int(entry.name)
        parents[pid] = int(fields[1])
        rss[pid] = int(statm[1]) * page
    total = 0
    for pid in rss:
        p = pid
        while p and p != root:
            p = parents.get(p, 0)
        if p == root:
            total += rss[pid]
    return total


def measured(args: list[str], *, cwd: Path | None = None) -> dict[str, Any]:
    """Run ``args`` under this module in a fresh process and return what it reports.

    Args:
        args: the command and its arguments (``["policykg", "build", …]``).
        cwd: where to run it (the repository root by default).

    Returns:
        ``{"seconds", "max_rss_mb", "tree_rss_mb", "returncode"}``.
    """
    out = subprocess.run(
        [sys.executable, "-m", "bench.measure", "--", *args],
        cwd=cwd or Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    """Run the command after ``--`` and print its measures."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "--":
        args = args[1:]
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss(proc.pid))
        time.sleep(0.1)
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        json.dumps(
            {
                "seconds": round(seconds, 3),
                "max_rss_mb": round(usage.ru_maxrss / 1024, 1),
                "tree_rss_mb": round(peak / 2**20, 1),
                "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2),
                "returncode": proc.returncode,
                "stdout": out[-2000:],
                "stderr": err[-2000:],
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
