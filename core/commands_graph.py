"""The knowledge-graph commands of the ``policykg`` CLI: build, sparql, export, validate, serve.

Each command calls one library function; :func:`register` adds them to the CLI group.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import click
import pyoxigraph as ox
from policykg.errors import InputError, PolicyKGError, StoreError
from policykg.files import output_file
from policykg.graph.sparql import Result
from policykg.output import emit, exit_on_error, output_options, store_option

#: Rows a table shows unless --limit says otherwise.
TABLE_LIMIT = 1000
#: What ``sparql --format`` writes.
SPARQL_FORMATS = ("table", "csv", "tsv", "json")
#: What ``export --format`` writes.
EXPORT_FORMATS = ("ttl", "nt", "nq", "trig", "jsonld")

_NUMERIC = {
    "http://www.w3.org/2001/XMLSchema#integer",
    "http://www.w3.org/2001/XMLSchema#decimal",
    "http://www.w3.org/2001/XMLSchema#double",
    "http://www.w3.org/2001/XMLSchema#float",
}




# -- output ------------------------------------------------------------------


def _plain(term: Any, *, readable: bool = False) -> Any:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return unquote(term.value) if readable else term.value
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def _json_value(term: Any) -> Any:
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype else ""
        if dt == "http://www.w3.org/2001/XMLSchema#boolean":
            return term.value == "true"
        if dt in _NUMERIC:
            try:
                number = float(term.value)
                return int(number) if dt.endswith("#integer") else number
            except ValueError:
                return term.value
    return _plain(term)


def render(result: Result, fmt: str) -> str:
    """Render rows as ``table``, ``csv``, ``tsv`` or ``json``.

    Args:
        result: the rows.
        fmt: the format.

    Returns:
        The text (for ``table`` a rich rendering without colours).
    """
    if fmt == "json":
        rows = [{c: _json_value(v) for c, v in zip(result.columns, row, strict=True)} for row in result.rows]
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.columns)
        for row in result.rows:
            cells = [_plain(v) or "" for v in row]
            if fmt == "tsv":
                cells = [c.replace("\t", " ").replace("\n", " ") for c in cells]
            writer.writerow(cells)
        return buffer.getvalue()
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for column in result.columns:
        table.add_column(column, overflow="fold")
    for row in result.rows:
        table.add_row(*["" if v is None else str(_plain(v, readable=True)) for v in row])
    console = Console(file=io.StringIO(), width=200, color_system=None)
    console.print(table)
    console.print(page_note(result) or f"{len(result.rows)} row{'s' if len(result.rows) != 1 else ''}")
    return console.file.getvalue()  # type: ignore[attr-defined]


def page_note(result: Result) -> str:
    """Where a page of rows sits in the whole answer, and how to get the rest.

    Args:
        result: the rows, with ``total`` set when they are a page.

    Returns:
        E.g. ``rows 1–1,000 of 48,564; next page: --offset 1000; every row: --limit 0``,
        or "" when the rows are the whole answer.
    """
    if result.total is None or (result.offset == 0 and len(result.rows) >= result.total):
        return ""
    shown = len(result.rows)
    if shown == 0:
        return f"no rows from {result.offset:,} on (the answer has {result.total:,})"
    first, last = result.offset + 1, result.offset + shown
    note = f"rows {first:,}–{last:,} of {result.total:,}"
    if last < result.total:
        note += f"; next page: --offset {last}; every row: --limit 0"
    return note


# -- commands ----------------------------------------------------------------


@click.command("build")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Extraction worker processes.",
)
@click.option("--force", is_flag=True, help="Rebuild files even when unchanged.")
@click.option(
    "--keep-going/--fail-fast",
    default=True,
    show_default=True,
    help="Go on past a file that fails (the default), or stop at the first; files loaded stay whole.",
)
@click.option(
    "--compact/--no-compact",
    default=None,
    help="Compact the store after loading (about 15 s for 1,000 files; queries then run faster). "
    "Default: when at least 200 files were added.",
)
@click.option(
    "--prune", is_flag=True, help="Drop the files the store holds that no longer exist (deleted or moved)."
)
@exit_on_error
def build_command(
    paths: tuple[Path, ...], store: Path | None, jobs: int, force: bool, keep_going: bool, compact: bool | None,
    prune: bool,
) -> None:  # fmt: skip
    """Extract FILE|DIR… and load them into the RDF store.

    Folders are walked for .txt/.md/.pdf/.html/.docx files; other files are skipped
    with a note. Each file becomes its own named graph, loaded whole or not at all; an
    unchanged file is skipped, a changed one replaced in one transaction. A file that
    fails gets one error line and the rest go on (--fail-fast stops there); the summary
    counts files, documents, tasks and targets, and the exit code is 1 if any file
    failed. A build interrupted (Ctrl-C, a crash) is completed by running it again.
    Files the store holds that no longer exist (deleted, or their folder moved) are
    named; --prune drops them (see also `policykg remove`). Refuses to write a store
    that `policykg serve` is serving, or into a folder of other files.

    Example: policykg build gazettes/ --store kg --jobs 2
    """
    from policykg.extract.readers import find_inputs
    from policykg.graph.build import build
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    files, notes = find_inputs(paths)
    for note in notes:
        click.echo(f"Note: {note}", err=True)
    if not files:
        raise InputError("no files to build")
    progress = Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        transient=True, disable=len(files) < 2, console=Console(stderr=True),
    )  # fmt: skip
    failures: list[tuple[str, str]] = []
    with progress:
        bar = progress.add_task("building", total=len(files))

        seen: list[Any] = []

        def on_file(result: Any) -> None:
            seen.append(result)
            if result.status == "failed":
                failures.append((result.path, result.error or "failed"))
                progress.console.print(
                    f"Error: {result.path}: {result.error}", markup=False, highlight=False, soft_wrap=True
                )
            progress.advance(bar)

        try:
            summary = build(
                files, store=store, jobs=jobs, force=force, keep_going=keep_going, on_file=on_file,
                compact=compact, prune=prune,
            )  # fmt: skip
        except KeyboardInterrupt:
            progress.stop()
            loaded = sum(1 for r in seen if r.status in ("added", "replaced"))
            click.echo(
                f"Interrupted: {loaded} of {len(files)} files were loaded, each whole"
                f"{f' ({len(seen) - loaded} unchanged or failed)' if len(seen) > loaded else ''}; "
                "the rest were not. Run the same build again to finish it.",
                err=True,
            )
            sys.exit(130)
    if summary.stopped:
        click.echo(
            f"Stopped at the first failure (--fail-fast); {len(files) - len(summary.results)} files not read.",
            err=True,
        )
    click.echo(summary.line())
    _report_missing(summary.missing, dropped=summary.pruned)
    if failures and len(failures) > 1:
        click.echo(f"{len(failures)} files failed:", err=True)
        for path, reason in failures:
            click.echo(f"  {path}: {reason}", err=True)
    if summary.failed:
        sys.exit(1)


#: Paths named in a message about missing or removed files before "… and N more".
SHOW_PATHS = 10


def _report_missing(paths: list[str], *, dropped: bool) -> None:
    """Name the files the store holds that no longer exist, on standard error."""
    if not paths:
        return
    n = len(paths)
    files = f"{n} file{'s' if n != 1 else ''}"
    if dropped:
        click.echo(f"Dropped {files} that no longer exist:", err=True)
    else:
        click.echo(f"Note: the store holds {files} that no longer exist (deleted or moved); "
                   "`build --prune` or `policykg remove` drops them:", err=True)  # fmt: skip
    _echo_paths(paths)


def _echo_paths(paths: list[str]) -> None:
    """The first :data:`SHOW_PATHS` paths, one a line and indented, on standard error."""
    for path in paths[:SHOW_PATHS]:
        click.echo(f"  {path}", err=True)
    if len(paths) > SHOW_PATHS:
        click.echo(f"  … and {len(paths) - SHOW_PATHS} more", err=True)


@click.command("remove")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option
@exit_on_error
def remove_command(paths: tuple[Path, ...], store: Path | None) -> None:
    """Drop FILE|DIR… from the store: each file named, or every file under a folder named.

    The files need not exist any more. Their facts go, and what other files share with
    them stays. The exit code is 1 if a path names nothing the store holds.

    Example: policykg remove old-gazettes/ --store kg
    """
    from policykg.graph.build import remove

    outcome = remove(paths, store=store)
    for path in outcome.unknown:
        click.echo(f"Error: {path}: not in the store", err=True)
    n = len(outcome.removed)
    click.echo(f"removed {n} file{'s' if n != 1 else ''}")
    _echo_paths(outcome.removed)
    if outcome.unknown:
        sys.exit(1)


@click.command("sparql")
@click.argument("query", required=False)
@click.option(
    "--file",
    "query_file",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="Read the query from a .rq file.",
)
@click.option("--name", "-n", "name", help="Run a named query (see --list).")
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="A query parameter, bound as an RDF term (repeatable).",
)
@click.option("--list", "list_", is_flag=True, help="List the named queries and their parameters.")
@store_option
@click.option("--endpoint", metavar="URL", help="Query a SPARQL 1.1 endpoint instead of the store.")
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    default=None,
    help=f"At most this many rows (0: all). Default: {TABLE_LIMIT:,} for --format table, all otherwise.",
)
@click.option(
    "--offset", type=click.IntRange(min=0), default=0, show_default=True, help="Skip this many first rows."
)
@click.option(
    "--timeout", type=float, default=60.0, show_default=True, help="Seconds to wait for an endpoint."
)
@output_options(SPARQL_FORMATS, output_help="Write the rows to this file instead of standard output.")
@exit_on_error
def sparql_command(
    query: str | None, query_file: Path | None, name: str | None, params: tuple[str, ...], list_: bool,
    store: Path | None, endpoint: str | None, fmt: str, limit: int | None, offset: int, timeout: float,
    output: str | None,
) -> None:  # fmt: skip
    """Run a SPARQL query (text, --file or --name) over every source file's graph.

    The ontology's prefixes (pkg:, eli:, org:, skos:, oa:, prov:, schema: …) are
    predeclared. Parameters are bound as RDF terms, never pasted into the text.

    A table shows the first 1,000 rows and says how to page on (--offset, --limit);
    csv, tsv and json give every row unless --limit says otherwise. Queries that list
    the corpus (targets-due-by) read only the page asked for.

    Example: policykg sparql --name tasks-of-agency --param agency=市科技局 --format csv
    """
    from policykg.graph import sparql
    from policykg.graph.store import GraphStore

    if list_:
        queries = sparql.named_queries()
        rows = [
            [ox.Literal(q.name), ox.Literal(" ".join(f"{p.name}={p.type}{'?' if p.optional else ''}" for p in q.params)),
             ox.Literal(q.description)]
            for q in queries.values()
        ]  # fmt: skip
        emit(render(Result(["name", "params", "description"], rows), fmt), output)
        return
    given = [x for x in (query, query_file, name) if x]
    if len(given) != 1:
        raise InputError("give exactly one of QUERY, --file or --name (or --list)")
    if store and endpoint:
        raise InputError("give --store or --endpoint, not both")
    values: dict[str, str] = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise InputError(f"--param wants NAME=VALUE, got {item!r}")
        values[key.strip()] = value
    named = sparql.get_query(name) if name else None
    text = named.text if named else (query_file.read_text(encoding="utf-8") if query_file else query)  # type: ignore[union-attr]
    if limit is None:
        limit = TABLE_LIMIT if fmt == "table" else 0
    page = {"limit": limit or None, "offset": offset}
    if endpoint:
        result = sparql.run(text, params=values, query=named, endpoint=endpoint, timeout=timeout, **page)  # type: ignore[arg-type]
    else:
        with GraphStore.open(store) as gs:
            result = sparql.run(text, params=values, query=named, store=gs, **page)  # type: ignore[arg-type]
    emit(render(result, fmt), output)
    more = page_note(result)
    if more and fmt != "table":
        click.echo(more, err=True)


@click.command("export")
@output_options(
    EXPORT_FORMATS,
    default=None,
    help="Default: the one -o's suffix names (.ttl .nt .nq .trig .jsonld), else nq.",
    output_help="Write here instead of standard output.",
    path_type=Path,
)
@store_option
@exit_on_error
def export_command(fmt: str | None, output: Path | None, store: Path | None) -> None:
    """Export the whole store as RDF.

    nq and trig keep one named graph per source file; ttl, nt and jsonld merge them.
    Load the N-Quads into any SPARQL 1.1 server and query it with --endpoint.

    Example: policykg export --format nq -o policykg.nq
    """
    from policykg.graph.export import export, export_format
    from policykg.graph.store import GraphStore

    fmt = export_format(fmt, output)  # a contradicting suffix is refused before the store is read
    with GraphStore.open(store) as gs, output_file(output or "-", "wb") as fh:
        export(gs, fmt, fh)


@click.command("validate")
@click.argument("data", required=False, type=click.Path(path_type=Path))
@store_option
def validate_command(data: Path | None, store: Path | None) -> None:
    """Check the store (or an RDF file DATA) against the SHACL shapes.

    Exit 0 when it conforms, 1 with a report of violations, 2 on an input error.

    Example: policykg validate --store kg
    """
    from policykg.graph.export import file_graph, store_graph, validate_graph
    from policykg.graph.store import GraphStore

    try:
        if data is not None:
            graph = file_graph(data)
        else:
            with GraphStore.open(store) as gs:
                graph = store_graph(gs)
        outcome = validate_graph(graph)
    except (InputError, StoreError) as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(2)
    except PolicyKGError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(2)
    if outcome.conforms:
        click.echo(f"conforms ({len(graph):,} triples)")
        return
    click.echo(outcome.report)
    click.echo(f"{outcome.violations} violation{'s' if outcome.violations != 1 else ''}", err=True)
    sys.exit(1)


@click.command("serve")
@store_option
@click.option("--port", type=click.IntRange(1, 65535), default=7878, show_default=True)
@click.option(
    "--timeout",
    type=click.IntRange(1),
    default=30,
    show_default=True,
    help="Seconds a query may run; a longer one is stopped and refused (HTTP 503).",
)
@exit_on_error
def serve_command(store: Path | None, port: int, timeout: int) -> None:
    """Serve the store read-only as a SPARQL 1.1 endpoint on 127.0.0.1 (Ctrl-C stops it).

    Runs Oxigraph's server; queries see every source file's graph. Query page at
    http://127.0.0.1:PORT/, endpoint at /query; updates are refused.

    Example: policykg serve --store kg --port 7878
    """
    from policykg.graph.serve import serve

    def ready(url: str) -> None:
        click.echo(f"SPARQL endpoint: {url}  (query page http://127.0.0.1:{port}/; Ctrl-C stops)", err=True)

    sys.exit(serve(store, port=port, timeout=timeout, on_ready=ready))


COMMANDS = (build_command, remove_command, sparql_command, export_command, validate_command, serve_command)


def register(cli: click.Group) -> None:
    """Add the knowledge-graph commands to the CLI group.

    Args:
        cli: the ``policykg`` click group.
    """
    for command in COMMANDS:
        cli.add_command(command)


@click.group()
def main() -> None:
    """policykg knowledge-graph commands (also available under the main `policykg` CLI)."""


register(main)

if __name__ == "__main__":
    main()
