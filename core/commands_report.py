"""The ``policykg report`` commands: thin wrappers around :mod:`policykg.graph.reports`.

Each subcommand opens the store read-only, calls one report function and renders
its rows with :func:`policykg.output.render_rows` (a rich table on a terminal;
csv, tsv, json, jsonl and markdown undecorated) or, with ``--format xlsx``, as an
Excel workbook (:mod:`policykg.graph.ledger`). The CLI registers the group
through :func:`register`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sys
from collections.abc import Iterator, Sequence
from typing import Any

import click
from policykg.errors import QueryError
from policykg.files import describe
from policykg.graph import ledger, reports, sparql
from policykg.graph.store import GraphStore
from policykg.output import TEXT_FORMATS, emit, exit_on_error, output_options, render_rows, store_option

REPORT_FORMATS = (*TEXT_FORMATS, "xlsx")


class Checked(click.ParamType):
    """An option value checked by :func:`policykg.graph.sparql.parse_value`, as ``sparql --param`` is."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.name = kind

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        try:
            return sparql.parse_value(value, self.kind)
        except QueryError as exc:
            self.fail(str(exc), param, ctx)


_DATE = Checked("date")
_YEAR = Checked("year")


@contextlib.contextmanager
def _progress(message: str) -> Iterator[None]:
    """A spinner on standard error while a report runs, when standard error is a terminal."""
    if not sys.stderr.isatty():
        yield
        return
    from rich.console import Console

    with Console(stderr=True).status(message):
        yield


def _write(
    rows: Sequence[dict[str, Any]],
    columns: Sequence[str],
    fmt: str,
    output: str | None,
    *,
    title: str,
    workbook: Any = None,
    sheet: str = "报表",
) -> None:
    if fmt == "xlsx":
        if not output:
            raise click.UsageError("--format xlsx writes a file: give -o FILE.xlsx (or -o - for standard output)")
        wb = workbook if workbook is not None else ledger.table_workbook(rows, columns, title=sheet)
        ledger.save(wb, output)
        click.echo(f"wrote {describe(output)}", err=True)
        return
    emit(render_rows(rows, columns, fmt, title=title if fmt in ("table", "markdown") else None), output)


@click.group()
def report() -> None:
    """Reports for analysts: tasks per agency, one agency's profile, targets, documents, the agency network.

    Every report reads the store built by `policykg build` (never the source
    files) and prints a table, or writes csv, tsv, json, jsonl, markdown or an
    Excel workbook (--format xlsx -o FILE.xlsx; tasks come out as a 任务分解表).

    \b
    Example:
      policykg report agencies --store policykg-store --format markdown
    """


@report.command("agencies")
@click.option(
    "--document", default=None, metavar="NUMBER", help="Only tasks of this document (文号, any spelling)."
)
@click.option(
    "--issuer", default=None, metavar="NAME", help="Only tasks of documents this agency issued (any alias)."
)
@click.option(
    "--since",
    type=_DATE,
    default=None,
    metavar="YYYY-MM-DD",
    help="Only tasks of documents dated on or after this day.",
)
@store_option
@output_options(REPORT_FORMATS)
@exit_on_error
def agencies_command(
    document: str | None,
    issuer: str | None,
    since: dt.date | None,
    store: str | None,
    fmt: str,
    output: str | None,
) -> None:
    """Tasks per agency: one row per agency, busiest first.

    tasks counts tasks under a responsibility annotation (责任单位/牵头单位…),
    split into lead, support and responsible by the agency's role; prose counts
    tasks assigned in running text, kept apart. targets are the quantified
    targets of its tasks; earliest and latest are its deadlines. Every alias of an
    agency is counted under its canonical name. With --format xlsx the file is the
    task ledger (任务分解表) plus a sheet with this table.

    \b
    Example:
      policykg report agencies --since 2024-01-01 --format csv -o agencies.csv
    """
    with GraphStore.open(store) as gs, _progress("Counting tasks per agency…"):
        rows = reports.agencies_report(gs, document=document, issuer=issuer, since=since)
        workbook = None
        if fmt == "xlsx":
            keep = reports.select_documents(gs, document=document, issuer=issuer, since=since)
            tasks = reports.ledger_rows(gs, documents=keep)
            workbook = ledger.ledger_workbook(tasks, extra={"单位统计": (rows, reports.AGENCIES_COLUMNS)})
    _write(rows, reports.AGENCIES_COLUMNS, fmt, output, title="Tasks per agency", workbook=workbook)


@report.command("agency")
@click.argument("name")
@click.option(
    "--partners", is_flag=True, help="For csv, tsv and jsonl: list the partners instead of the tasks."
)
@store_option
@output_options(REPORT_FORMATS)
@exit_on_error
def agency_command(name: str, partners: bool, store: str | None, fmt: str, output: str | None) -> None:
    """One agency's tasks, then its partners ranked by shared tasks.

    NAME is the canonical name or any alias (市人社保局, 市人力社保局 and
    嘉兴市人力资源和社会保障局 give the same report); an unknown name fails with
    the closest names in the store. Each task shows its document, section, the
    agency's role, the text, the other agencies and their roles, linked targets,
    deadline and where it was read (file:start-end). The table and markdown show
    both parts and json has both; csv, tsv and jsonl show the tasks, or the
    partners with --partners; xlsx writes the agency's task ledger.

    \b
    Example:
      policykg report agency 市科技局 --format markdown -o keji.md
    """
    with GraphStore.open(store) as gs, _progress(f"Reading the tasks of {name}…"):
        result = reports.agency_report(gs, name)
        tasks = reports.ledger_rows(gs, agency=result.agency.name) if fmt == "xlsx" else []
    a = result.agency
    if fmt == "xlsx":
        workbook = ledger.ledger_workbook(
            tasks, extra={"合作单位": (result.partners, reports.AGENCY_PARTNER_COLUMNS)}
        )
        _write(result.tasks, reports.AGENCY_TASK_COLUMNS, fmt, output, title=a.name, workbook=workbook)
        return
    if fmt == "json":
        emit(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n", output)
        return
    if fmt in ("table", "markdown"):
        about = (
            f"{a.name} ({a.type or 'type unknown'}); also written: {'、'.join(a.aliases) or 'no other name'}"
        )
        parts = [
            render_rows(result.tasks, reports.AGENCY_TASK_COLUMNS, fmt, title=f"Tasks of {a.name}"),
            render_rows(result.partners, reports.AGENCY_PARTNER_COLUMNS, fmt, title=f"Partners of {a.name}"),
        ]
        head = f"# {about}\n\n" if fmt == "markdown" else f"{about}\n"
        emit(head + "\n".join(parts), output)
        return
    if partners:
        emit(render_rows(result.partners, reports.AGENCY_PARTNER_COLUMNS, fmt), output)
    else:
        emit(render_rows(result.tasks, reports.AGENCY_TASK_COLUMNS, fmt), output)


@report.command("targets")
@click.option(
    "--due", type=_YEAR, default=None, metavar="YEAR", help="Only targets due in or before this year."
)
@click.option(
    "--agency", default=None, metavar="NAME", help="Only targets of tasks this agency holds (any alias)."
)
@click.option(
    "--document", default=None, metavar="NUMBER", help="Only targets of this document (文号, any spelling)."
)
@store_option
@output_options(REPORT_FORMATS)
@exit_on_error
def targets_command(
    due: int | None, agency: str | None, document: str | None, store: str | None, fmt: str, output: str | None
) -> None:
    """Quantified targets: indicator, comparator, value, unit, deadline, recurrence, commitment and owners.

    The owners are the agencies of the task a target belongs to; a target not
    placed under a task has none. commitment says how firmly it is worded
    (binding 确保, planned 达到, aspirational 力争).

    \b
    Example:
      policykg report targets --due 2025 --agency 市科技局 --format csv
    """
    with GraphStore.open(store) as gs, _progress("Reading targets…"):
        rows = reports.targets_report(gs, due=due, agency=agency, document=document)
    _write(rows, reports.TARGETS_COLUMNS, fmt, output, title="Targets", sheet="目标指标")


@report.command("documents")
@click.option(
    "--on",
    "on",
    type=_DATE,
    default=None,
    metavar="YYYY-MM-DD",
    help="Judge each status on this day (default today).",
)
@click.option("--cited", is_flag=True, help="Also list documents known only because another cites them.")
@store_option
@output_options(REPORT_FORMATS)
@exit_on_error
def documents_command(
    on: dt.date | None, cited: bool, store: str | None, fmt: str, output: str | None
) -> None:
    """Documents: number, title, issuer, date, status, how often cited and citing, what they implement.

    status is in force, not yet in force, expired, repealed or unknown on the
    day given (today by default). implements shows each chain of documents the
    document carries out, up to the highest one in the store (A → B).

    \b
    Example:
      policykg report documents --on 2025-01-01 --format markdown
    """
    with GraphStore.open(store) as gs, _progress("Reading documents…"):
        rows = reports.documents_report(gs, on=on, cited=cited)
    _write(rows, reports.DOCUMENTS_COLUMNS, fmt, output, title="Documents", sheet="文件")


@report.command("network")
@store_option
@output_options(REPORT_FORMATS)
@exit_on_error
def network_command(store: str | None, fmt: str, output: str | None) -> None:
    """The agency co-responsibility network: hubs, communities and agencies that never lead.

    Agencies are linked when they share tasks. Rows are ranked by degree
    centrality (how many of the other agencies one works with), then betweenness
    centrality (how often it bridges two others); community numbers the groups
    found by greedy modularity; never_leads marks agencies never named as lead and
    never holding a task alone.

    \b
    Example:
      policykg report network --format csv -o network.csv
    """
    with GraphStore.open(store) as gs, _progress("Building the agency network…"):
        rows = reports.network_report(gs)
    _write(rows, reports.NETWORK_COLUMNS, fmt, output, title="Agency network", sheet="协同网络")


def register(cli: click.Group) -> None:
    """Add the ``report`` group to the command line.

    Args:
        cli: the top-level group.
    """
    cli.add_command(report)
