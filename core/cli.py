"""The ``policykg`` command line: a thin click group of verbs, one library call each.

Errors the library raises on purpose (:class:`~policykg.errors.PolicyKGError`)
become one ``Error: …`` line on standard error and exit code 1; nothing prints
a traceback unless ``POLICYKG_DEBUG=1`` is set.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import click
from policykg import __version__
from policykg.errors import InputError, PolicyKGError
from policykg.extract.readers import find_inputs
from policykg.files import describe, is_atomic, output_file
from policykg.output import output_option


class _Group(click.Group):
    """The command group: a reader that stops reading (``| head``) ends the command quietly."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # Whatever is still buffered for the closed pipe would fail again at exit.
            try:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
            except (OSError, ValueError):  # stdout without a descriptor (a test runner)
                pass
            raise click.exceptions.Exit(0) from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="policykg")
def cli() -> None:
    """Turn Chinese government policy documents into a knowledge graph.

    \b
    Example:
      policykg extract examples/jiaxing-gazette-2024-03.txt -o out.jsonl
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True,
              help="JSON Lines (one record a line) or one JSON array.")
@output_option(help="Write the records here instead of standard output.")
@click.option("--keep-going/--fail-fast", default=True, show_default=True,
              help="Go on past a file that cannot be read (the default), or stop at the first and write nothing.")
@click.option("--quiet", "-q", is_flag=True, help="No summary on standard error.")
def extract(paths: tuple[str, ...], fmt: str, output: str | None, keep_going: bool, quiet: bool) -> None:
    """Extract documents, citations, tasks, targets and appointments from text, PDF, HTML and Word files.

    PATHS are files or folders (walked for .txt/.md/.pdf/.html/.docx files). Every record carries
    its evidence: the file, character offsets into it and the quoted text. A bad
    file gets one error line and the others go on; the exit code is 1 if any failed, and
    when none could be read an output file already there is left as it was.

    \b
    Example:
      policykg extract examples/jiaxing-gazette-2024-03.txt -o out.jsonl
    """
    from policykg.extract.pipeline import extract_path

    files, notes = find_inputs(paths)
    for n in notes:
        click.echo(f"Note: {n}", err=True)
    if not files:
        raise InputError("no files to extract")
    debug = os.environ.get("POLICYKG_DEBUG") == "1"
    failed = written = done = 0
    totals: dict[str, int] = {}
    try:
        with record_sink(output, fmt) as write:
            for f in files:
                try:
                    res = extract_path(f)
                except Exception as exc:  # one bad file must not lose the batch (as in `build`)
                    if debug and not isinstance(exc, PolicyKGError):
                        raise
                    failed += 1
                    click.echo(f"Error: {_file_error(exc, f)}", err=True)
                    if not keep_going:
                        raise SystemExit(1) from None  # the sink discards what it holds: nothing is written
                    continue
                for w in res.warnings:
                    click.echo(f"Warning: {f}: {w}", err=True)
                for d in res.dicts():
                    write(d)
                    written += 1
                done += 1
                counts = res.counts()
                for k, v in counts.items():
                    totals[k] = totals.get(k, 0) + v
                if not quiet:
                    click.echo(f"{f}: {_summary(counts)}", err=True)
            if not done:
                # Not one file read: an output file already there is kept, not replaced by an empty one.
                if output and is_atomic(output):
                    kept = "the old file is kept" if os.path.lexists(output) else "no file was made"
                    which = "the file" if len(files) == 1 else f"none of the {len(files)} files"
                    click.echo(f"Error: {which} could not be read: nothing written to {describe(output)} ({kept}).",
                               err=True)
                raise SystemExit(1)  # the sink discards what it holds
    except KeyboardInterrupt:
        if output and is_atomic(output):
            kept = "the old file is kept" if os.path.lexists(output) else "no file was made"
            click.echo(f"Interrupted after {done} of {len(files)} files: nothing written to {output} ({kept}).",
                       err=True)
        else:
            click.echo(f"Interrupted after {done} of {len(files)} files: the records of those {done} were written "
                       f"({written} records).", err=True)
        sys.exit(130)
    if not quiet and len(files) > 1:
        click.echo(f"total: {len(files) - failed} of {len(files)} files read; {_summary(totals)}", err=True)
    if output and not quiet:
        click.echo(f"wrote {written} records to {describe(output)}", err=True)
    if failed:
        sys.exit(1)


def _file_error(exc: Exception, path: object) -> str:
    """One line for a file that failed: our error as it words itself, anything else with its type."""
    if isinstance(exc, PolicyKGError):
        return str(exc) if exc.path else f"{path}: {exc}"
    return f"{path}: internal error: {type(exc).__name__}: {exc} (set POLICYKG_DEBUG=1 for a traceback)"


@contextmanager
def record_sink(output: str | None, fmt: str) -> Iterator[Callable[[dict], None]]:
    """A writer of records as JSON Lines or one JSON array, streamed, never held whole in memory.

    A regular file is replaced only when the block ends without an error, so an
    interrupted run leaves the old file whole; ``-`` (or no output) is standard output,
    and a device or pipe is written in place (:func:`~policykg.files.output_file`).
    """
    with output_file(output or "-") as fh:
        first = True

        def write(d: dict) -> None:
            nonlocal first
            line = json.dumps(d, ensure_ascii=False)
            fh.write((("[\n" if first else ",\n") + line) if fmt == "json" else line + "\n")
            first = False

        yield write
        if fmt == "json":
            fh.write("[]\n" if first else "\n]\n")


def _summary(counts: dict[str, int]) -> str:
    order = ["gazette", "document", "citation", "task", "target", "incentive", "appointment"]
    parts = []
    for k in order:
        n = counts.get(k, 0)
        if n or k in ("document", "citation", "task", "target"):
            parts.append(f"{n} {k}{'s' if n != 1 else ''}")
    return ", ".join(parts)


# Every command lives under core/, one module per group, and is added here directly.
from policykg import commands_graph, commands_report, commands_viz  # noqa: E402 - they need the group above

for _module in (commands_graph, commands_report, commands_viz):
    _module.register(cli)


def main(argv: list[str] | None = None) -> None:
    """Run the CLI, turning policykg errors into one ``Error:`` line and exit code 1."""
    debug = os.environ.get("POLICYKG_DEBUG") == "1"
    try:
        _run(argv, debug)
    finally:
        _forget_handled_interrupt()


def _forget_handled_interrupt() -> None:
    """Keep the exit code this CLI chose after a Ctrl-C it handled, under ``python -m policykg``.

    When a KeyboardInterrupt ends code run from a string (``exec``/``eval`` of source, as
    ``dataclasses`` and ``namedtuple`` do while a module is imported), CPython marks the
    interrupt as unhandled even if a caller catches it; ``python -m`` then ends the process
    by SIGINT (exit status -2) instead of the code passed to ``sys.exit``. Every string
    evaluation clears that mark first, so evaluating an empty one here clears it.
    """
    exec("", {})  # noqa: S102 - a fixed empty string, run only to clear the mark


def _run(argv: list[str] | None, debug: bool) -> None:
    try:
        cli.main(args=argv, prog_name="policykg", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except PolicyKGError as exc:
        if debug:
            raise
        click.echo(f"Error: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(130)
    except Exception as exc:  # a bug: still one line, with a way to see more
        if debug:
            raise
        click.echo(f"Error: internal error: {type(exc).__name__}: {exc} (set POLICYKG_DEBUG=1 for a traceback)",
                   err=True)
        sys.exit(3)


__all__ = ["cli", "main"]
