"""The ``policykg viz`` command: write the interactive graph explorer as one HTML file."""

from __future__ import annotations

from pathlib import Path

import click
from policykg.files import describe, regular_size
from policykg.output import exit_on_error, output_option, store_option
from policykg.viz.explorer import DEFAULT_MAX_NODES, VIEWS


@click.command()
@store_option
@click.option(
    "--view",
    type=click.Choice(list(VIEWS)),
    default="all",
    show_default=True,
    help="responsibilities: agencies, tasks, targets; citations: documents and how they cite each other.",
)
@click.option(
    "--agency",
    default=None,
    metavar="NAME",
    help="Only this agency's tasks, their documents and targets (any name or alias, e.g. 市科技局).",
)
@click.option(
    "--document",
    default=None,
    metavar="NUMBER",
    help="Only this document's part (its 文号, any spelling, e.g. 嘉政办发〔2024〕7号).",
)
@click.option(
    "--max-nodes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_NODES,
    show_default=True,
    help="Above this many nodes the page starts from an aggregated view and says so.",
)
@output_option(
    required=True, path_type=Path, help="The HTML file to write (one self-contained page; open it from disk)."
)
@click.option("--quiet", "-q", is_flag=True, help="No summary on standard error.")
@exit_on_error
def viz(
    store: Path | None,
    view: str,
    agency: str | None,
    document: str | None,
    max_nodes: int,
    output: Path,
    quiet: bool,
) -> None:
    """Write an interactive graph explorer: one HTML file that works offline.

    Nodes are documents, agencies, tasks, targets, gazette issues and people;
    edges are responsibilities (lead, support, responsible) and citations
    (based on, implements, repeals, forwards …). The page has a search box
    (agency aliases, 文号, words), filters by kind, agency, document and
    deadline year, a side panel with each fact's evidence, and each document's
    text with its facts highlighted. It loads nothing from the network.

    \b
    Example:
      policykg build examples/jiaxing-gazette-2024-03.txt
      policykg viz --view responsibilities --agency 市科技局 -o graph.html
    """
    from policykg.graph.store import GraphStore
    from policykg.viz.explorer import write_explorer

    with GraphStore.open(store) as gs:
        g = write_explorer(output, store=gs, view=view, agency=agency, document=document, max_nodes=max_nodes)
    if not quiet:
        counts = g.counts()
        plural = {"agency": "agencies", "person": "people", "gazette": "gazette issues"}
        kinds = ", ".join(
            f"{v} {k if v == 1 else plural.get(k, k + 's')}" for k, v in counts.items() if k != "edges" and v
        )
        extra = f" (aggregated from {g.total:,} nodes)" if g.aggregated else ""
        size = regular_size(output)
        click.echo(
            f"wrote {describe(output)}: {len(g.nodes):,} nodes{extra} ({kinds or 'none'}), {counts['edges']:,} edges"
            + (f", {size / 1e6:.2f} MB" if size is not None else ""),
            err=True,
        )


def register(cli: click.Group) -> None:
    """Add ``viz`` to the CLI group.

    Args:
        cli: the ``policykg`` group.
    """
    cli.add_command(viz)
