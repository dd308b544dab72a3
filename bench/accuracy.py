"""Write ``docs/accuracy.md``: extraction accuracy on the development set and the gazette.

``python -m bench.accuracy`` (``make accuracy``) runs the shared scorers, which live
outside this repository (``../shared/eval``), against the installed extractor:

* ``score_corpus.py GOLD_DIR CORPUS_DIR --json`` over the development set, for its
  per-file table and micro-averaged totals;
* ``policykg extract`` of the annotated gazette, scored by ``score.py --json`` with the
  gazette's target gold;
* the development set re-set in the forms other copies of documents take (:mod:`bench.forms`:
  PDF text hard-wrapped with page numbers, digit runs on their own lines, letter-spaced, markdown, unescaped
  character references), each scored against the same gold.

Only this script reads ``../shared``; the product itself never needs it. The page
names the commit it was generated from and says whether the tree held uncommitted
changes. ``--shared`` points at another copy of the shared folder; ``-o -`` prints the
page instead of writing it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = ROOT.parent / "shared"
DEFAULT_OUT = ROOT / "docs" / "accuracy.md"

#: Columns of score_corpus.py's per-file table, in its order.
_FILE_COLUMNS = ("docs", "cit F1", "pairs F1", "segs", "lead", "tgt F1")


def _run(cmd: list[str]) -> str:
    """Run ``cmd`` from the repository root and return its standard output."""
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode:
        tail = done.stderr.strip().splitlines()[-3:]
        raise SystemExit(f"{' '.join(cmd[:3])} … exited {done.returncode}: {' / '.join(tail)}")
    return done.stdout


#: The forms of :mod:`bench.forms` the development set is scored in. (Not ``points``: the export quotes a
#: stop typed as a point as typed, and the gold, made from the plain copy, quotes 。.)
_SCORED_FORMS = ("pdf28", "digits", "spaced", "markdown", "references")


def dev_scores(shared: Path, corpus: Path | None = None) -> tuple[list[list[str]], dict[str, Any]]:
    """Per-file rows and the totals of the development set.

    Args:
        shared: the shared folder holding ``eval/`` and ``corpus/``.
        corpus: the folder of the texts scored (default the development corpus itself).

    Returns:
        One row per file (its name, then :data:`_FILE_COLUMNS`) and the totals object.
    """
    out = _run(
        [
            sys.executable,
            str(shared / "eval" / "score_corpus.py"),
            str(shared / "eval" / "gold" / "dev"),
            str(corpus or shared / "corpus" / "dev"),
            "--json",
        ]
    )
    lines = [ln for ln in out.splitlines() if ln.strip()]
    totals = json.loads(lines[-1])
    # A row is a gold file's name and its columns; anything else the scorer prints is not.
    names = {p.stem[:44] for p in (shared / "eval" / "gold" / "dev").glob("*.json")}
    rows = [ln.split() for ln in lines[:-1]]
    rows = [[r[0], *r[-len(_FILE_COLUMNS) :]] for r in rows if len(r) > len(_FILE_COLUMNS) and r[0] in names]
    if len(rows) != totals.get("files"):
        raise SystemExit(f"read {len(rows)} file rows from score_corpus.py for {totals.get('files')} files")
    return rows, totals


def gazette_scores(shared: Path) -> dict[str, Any]:
    """score.py's report for the annotated gazette, with its target gold.

    Args:
        shared: the shared folder holding ``eval/`` and ``corpus/``.
    """
    with tempfile.TemporaryDirectory() as tmp:
        export = Path(tmp) / "gazette.jsonl"
        _run(
            [
                sys.executable,
                "-m",
                "policykg",
                "extract",
                str(shared / "corpus" / "jiaxing-gazette-2024-03.txt"),
                "--format",
                "jsonl",
                "-o",
                str(export),
            ]
        )
        out = _run(
            [
                sys.executable,
                str(shared / "eval" / "score.py"),
                str(export),
                str(shared / "eval" / "gold" / "seed.json"),
                "--targets",
                str(shared / "eval" / "gold" / "seed-targets.json"),
                "--json",
            ]
        )
    return json.loads(out)


def form_scores(shared: Path) -> dict[str, dict[str, Any]]:
    """The development set's totals with every text re-set in each of :data:`_SCORED_FORMS`."""
    from bench.forms import FORMS

    out = {}
    for name in _SCORED_FORMS:
        with tempfile.TemporaryDirectory() as tmp:
            for path in sorted((shared / "corpus" / "dev").glob("*.txt")):
                (Path(tmp) / path.name).write_text(FORMS[name](path.read_text(encoding="utf-8")), encoding="utf-8")
            out[name] = dev_scores(shared, Path(tmp))[1]
    return out


def _commit() -> str:
    """The commit the page describes, marked when the tree held uncommitted changes."""
    try:
        head = _run(["git", "rev-parse", "--short", "HEAD"]).strip()
        dirty = _run(["git", "status", "--porcelain", "--untracked-files=no"]).strip()
    except (SystemExit, OSError):
        return "unknown"
    return f"`{head}`" + (" with uncommitted changes in the tree" if dirty else "")


def _prf(triple: list[float]) -> str:
    return f"P {triple[0]} · R {triple[1]} · F1 {triple[2]}"


def render(rows: list[list[str]], totals: dict[str, Any], gazette: dict[str, Any],
           forms: dict[str, dict[str, Any]] | None = None) -> str:
    """The Markdown page.

    Args:
        rows: the development set's per-file rows, as :func:`dev_scores` returns them.
        totals: its totals.
        gazette: the gazette's report, as :func:`gazette_scores` returns it.
        forms: the development set's totals in other copies' forms, as :func:`form_scores` returns them.
    """
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    out = [
        "# Extraction accuracy",
        "",
        f"Generated by `make accuracy` (`python -m bench.accuracy`) on {when}, from commit {_commit()}.",
        "It scores the extractor with the shared scorers in `../shared/eval` (see its README for how each",
        "figure is counted and the conventions the gold follows). Do not edit by hand: run the command.",
        "",
        "## Development set (`corpus/dev`, gold `eval/gold/dev`)",
        "",
        "| measure | value |",
        "| --- | --- |",
        f"| files | {totals['files']} |",
        f"| documents found | {totals['documents']} |",
        f"| document fields right (title, date, issuer, effective, expires) | {totals['document_fields']} |",
        f"| citations (typed) | {_prf(totals['citations_PRF'])} |",
        f"| agency pairs | {_prf(totals['agency_pairs_PRF'])} |",
        f"| segments exact | {totals['segments_exact']} |",
        f"| lead roles | {totals['lead_roles']} |",
        f"| targets | {_prf(totals['targets_PRF'])} |",
    ]
    attrs = totals.get("target_attributes") or {}
    if attrs:
        out.append("| target attributes right | " + ", ".join(f"{k} {v}" for k, v in attrs.items()) + " |")
    out += [
        "",
        "Per file (F1 per kind; `-` where neither the gold nor the extractor has anything of that kind):",
        "",
        "| file | " + " | ".join(_FILE_COLUMNS) + " |",
        "| --- |" + " ---: |" * len(_FILE_COLUMNS),
    ]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    d, c, r = gazette["documents"], gazette["citations"], gazette["responsibilities"]
    t = gazette.get("targets", {})
    a = gazette.get("appointments", {})
    out += [
        "",
        "## Gazette (`corpus/jiaxing-gazette-2024-03.txt`, gold `seed.json` and `seed-targets.json`)",
        "",
        "| measure | value |",
        "| --- | --- |",
        f"| documents found | {d['found']} (fields {d['field_accuracy']}, spurious {d['spurious']}) |",
        f"| citations (typed) | P {c['typed']['precision']} · R {c['typed']['recall']} · F1 {c['typed']['f1']} |",
        f"| agency pairs | P {r['pairs']['precision']} · R {r['pairs']['recall']} · F1 {r['pairs']['f1']} |",
        f"| segments exact | {r['segments_exact']} |",
        f"| lead roles | {r['lead_roles']} |",
        f"| appointments | F1 {a.get('f1')} |",
    ]
    if t:
        found = t["tp"]
        total = t["tp"] + t["fn"]
        out.append(
            f"| targets | {found}/{total} found · P {t['precision']} · R {t['recall']} · F1 {t['f1']} |"
        )
        attrs = t.get("attribute_accuracy") or {}
        if attrs:
            out.append(
                "| target attributes right | " + ", ".join(f"{k} {v}" for k, v in attrs.items()) + " |"
            )
    if forms:
        out += [
            "",
            "## Development set in other copies' forms (`bench/forms.py`)",
            "",
            "Every development text re-set as PDF text hard-wrapped at 28 characters with page numbers and a",
            "running head (`pdf28`), as PDF text printing each digit run on a line of its own (`digits`), as PDF",
            "text with a space between every two characters (`spaced`), as a markdown copy (`markdown`) and as a",
            "web copy with its character references unescaped (`references`), scored against the same gold.",
            "",
            "| form | documents | fields | citations F1 | agency pairs F1 | segments | lead | targets F1 |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for name, tot in [("plain", totals), *forms.items()]:
            out.append(
                f"| {name} | {tot['documents']} | {tot['document_fields']} | {tot['citations_PRF'][2]} "
                f"| {tot['agency_pairs_PRF'][2]} | {tot['segments_exact']} | {tot['lead_roles']} | {tot['targets_PRF'][2]} |"
            )
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Score both sets and write the page."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder (default ../shared)"
    )
    ap.add_argument("-o", "--output", default=str(DEFAULT_OUT), help="where to write the page; - prints it")
    args = ap.parse_args(argv)
    if not (args.shared / "eval" / "score_corpus.py").is_file():
        print(f"no scorer at {args.shared / 'eval'}: pass --shared", file=sys.stderr)
        return 2
    rows, totals = dev_scores(args.shared)
    page = render(rows, totals, gazette_scores(args.shared), form_scores(args.shared))
    if args.output == "-":
        sys.stdout.write(page)
    else:
        Path(args.output).write_text(page, encoding="utf-8")
        print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
