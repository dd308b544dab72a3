"""Shared pieces of the CLI: the ``--format``/``-o`` and ``--store`` options, error handling, one writer for rows.

Reports and query results are lists of rows (dicts with the same keys). They
print as a rich table on a terminal (fitting its width, Chinese aligned) or as
undecorated machine formats: csv, tsv, json, jsonl, markdown. Every ``-o PATH`` goes through
:mod:`policykg.files`: ``-`` is standard output, a device or pipe is written in
place, a regular file is replaced atomically (an interrupted run never leaves half
a file).
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import click
from policykg.files import is_stdout, output_file, write_output

#: The names this module gave the writers before they moved to :mod:`policykg.files`.
atomic_file = output_file
atomic_write = write_output

TEXT_FORMATS = ("table", "csv", "tsv", "json", "jsonl", "markdown")


#: ``--store PATH`` for every command that reads or writes the store.
store_option = click.option(
    "--store", "store", type=click.Path(file_okay=False, path_type=Path), default=None,
    help="Store folder [default: $POLICYKG_STORE or ./policykg-store].",
)  # fmt: skip


def exit_on_error(fn: Callable) -> Callable:
    """Turn a :class:`~policykg.errors.PolicyKGError` into one ``Error: …`` line and exit code 1.

    ``policykg.cli.main`` does the same for the whole program; this keeps it true
    however a command is invoked (click's test runner, another program).
    """
    from policykg.errors import PolicyKGError

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except PolicyKGError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(1)

    return wrapper


def output_option(*, required: bool = False, help: str = "Write to this file instead of standard output.",
                  path_type: type | None = None) -> Callable:
    """The ``-o/--output PATH`` option of every command that writes (``-``: standard output).

    What is at PATH is never harmed: see :mod:`policykg.files`.

    Args:
        required: whether the command needs it (e.g. ``viz``, which writes one page).
        help: the help text; the part about ``-`` and devices is added.
        path_type: the type the value arrives as (``pathlib.Path``), else ``str``.

    Returns:
        A decorator.
    """
    return click.option(
        "-o", "--output", type=click.Path(dir_okay=False, allow_dash=True, path_type=path_type),
        required=required, default=None,
        help=f"{help} '-' is standard output; a device or pipe is written in place, a file replaced whole.",
    )  # fmt: skip


def output_options(formats: Sequence[str] = TEXT_FORMATS, default: str | None = "table", *,
                   help: str = "Output format.", output_help: str = "Write to this file instead of standard output.",
                   path_type: type | None = None) -> Callable:
    """Add ``--format/-f`` and ``-o/--output``: the one set of output options of sparql, report and export.

    Args:
        formats: the formats the command offers.
        default: the one used when none is given (None: the command decides, e.g. from -o's suffix).
        help: the help text of ``--format``.
        output_help: the help text of ``-o`` (see :func:`output_option`).
        path_type: the type ``-o`` arrives as (``pathlib.Path``), else ``str``.

    Returns:
        A decorator.
    """

    def deco(f: Callable) -> Callable:
        f = output_option(help=output_help, path_type=path_type)(f)
        f = click.option("--format", "-f", "fmt", type=click.Choice(list(formats)), default=default,
                         show_default=default is not None, help=help)(f)
        return f

    return deco


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, (list, tuple)):
        return "、".join(_cell(x) for x in v)
    return str(v)


def render_rows(rows: Iterable[dict[str, Any]], columns: Sequence[str] | None, fmt: str, *, title: str | None = None) -> str:
    """Rows as text in one of :data:`TEXT_FORMATS` (``table`` renders with rich, no colour).

    Args:
        rows: dicts sharing keys.
        columns: the keys to show, in order; all keys of the first row when None.
        fmt: the format.
        title: a caption for the table format.

    Returns:
        The rendered text, ending with a newline.
    """
    rows = list(rows)
    cols = list(columns) if columns else (list(rows[0].keys()) if rows else [])
    if fmt in ("json", "jsonl"):
        data = [{c: r.get(c) for c in cols} for r in rows]
        if fmt == "json":
            return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in data)
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow([_cell(r.get(c)) for c in cols])
        return buf.getvalue()
    if fmt == "markdown":
        def esc(s: str) -> str:
            return s.replace("|", "\\|").replace("\n", " ")

        lines = ["| " + " | ".join(esc(c) for c in cols) + " |", "|" + "|".join(" --- " for _ in cols) + "|"]
        lines += ["| " + " | ".join(esc(_cell(r.get(c))) for c in cols) + " |" for r in rows]
        return ("## " + title + "\n\n" if title else "") + "\n".join(lines) + "\n"
    if fmt == "table":
        from rich.console import Console
        from rich.table import Table

        table = Table(title=title, show_lines=False, expand=False)
        for c in cols:
            table.add_column(c, overflow="fold")
        for r in rows:
            table.add_row(*[_cell(r.get(c)) for c in cols])
        buf = io.StringIO()
        width = None
        try:
            width = os.get_terminal_size().columns
        except OSError:
            width = 160
        Console(file=buf, width=width, color_system=None, highlight=False).print(table)
        return buf.getvalue()
    raise click.BadParameter(f"unknown format {fmt!r}")


def emit(text: str, output: str | os.PathLike[str] | None) -> None:
    """Print ``text``, or write it to ``output`` (see :func:`policykg.files.output_file`)."""
    if output and not is_stdout(output):
        write_output(output, text)
    else:
        click.echo(text, nl=False)
