"""Build the store from source files: extract, turn into RDF, load one file per transaction.

For each file: hash its bytes; if the store already holds that file's graph with
the same hash and extractor version, skip it (a no-op); else extract it, build its
triples and replace its graph in one transaction (:meth:`GraphStore.replace_file`).
A file that fails is reported and the batch goes on (``keep_going``; otherwise the
build stops there, leaving every file loaded so far whole). Folders are walked by the
one input finder of every command (:func:`policykg.extract.readers.find_inputs`), which
notes the files of unsupported types it skipped. Extraction can run in ``jobs`` worker
processes; loading stays in this process (one writer). After any change the derived
graphs are recomputed: validity statuses for today, and the positions that let a page of
``targets-due-by`` be read without sorting the corpus (:mod:`policykg.graph.ranks`).
They are also recomputed when they do not match the files the store holds (a build
stopped after loading), so a rerun repairs them. A build that adds many files
compacts the store before computing them (``Store.optimize``: about 14 s on 1,000
files; without it the first queries on the fresh store run two to three times slower).

Files the store holds that are no longer where they were read from (deleted, or their
folder moved or renamed) are reported in the summary; with ``prune`` they are dropped,
so building a moved folder with ``prune`` leaves exactly what a clean build of the new
place holds. :func:`remove` drops named files (or every file under a named folder).

Files the store does not hold yet are added in batches with the bulk loader
(:meth:`GraphStore.add_files`), a third of the cost of one transaction per file; a
batch whose load fails is retried file by file in transactions, so one bad file still
fails alone. Workers hand back N-Triples text (one string, cheap to pickle) and at
most two batches of files wait in memory, so memory stays flat however many files
are built.

A very large file (more than :data:`SPILL_RECORDS` records: a 50 MB text has 236,000)
is not turned into strings in memory: its triples are written to two N-Triples files
in a spill folder of the store as they are made (:func:`policykg.graph.rdf.spill_parts`)
and the bulk loader reads them from there, so the build needs about what extraction
needs (a 50 MB text: 1.2 GB at most instead of 6.6 GB). Its file record is still
written last; a file replaced this way is dropped first (:meth:`GraphStore.replace_spilled`).
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from policykg import __version__
from policykg.errors import InputError, PolicyKGError
from policykg.extract.readers import find_inputs
from policykg.graph import iri, ranks
from policykg.graph.rdf import FileTriples, record_parts, spill_parts
from policykg.graph.sparql import refresh_ranks
from policykg.graph.store import GraphStore, NewFile
from policykg.graph.validity import refresh_status

log = logging.getLogger(__name__)


#: New files loaded together by the bulk loader (one batch ≈ 150,000 triples for gazettes).
BATCH_FILES = 32
#: A build that adds this many files compacts the store afterwards: bulk loads leave
#: many overlapping table files, and until they are merged every read looks into each
#: (measured on 1,000 files: corpus-wide queries in fresh processes 2-3× slower).
COMPACT_AFTER = 200
#: Files handed to the worker processes ahead of the one the writer waits for: two batches,
#: so that the workers prepare the next batch while the writer bulk-loads one (with four
#: files per worker they stood idle during each load: 1,000 files took 57-59 s against
#: 51-52 s with --jobs 2).
AHEAD_FILES = 2 * BATCH_FILES
#: ... unless the files waiting are this large together (their N-Quads are about 20 times
#: the size of a text file).
AHEAD_BYTES = 16 * 2**20
#: A file with more records than this has its triples spilled to disk (a gazette has about
#: 240 records; the figure is reached by a text of about 4 MB).
SPILL_RECORDS = 20_000


@dataclass(frozen=True, slots=True)
class FileResult:
    """What happened to one file."""

    path: str
    status: str  # "added" | "replaced" | "unchanged" | "failed"
    triples: int = 0
    error: str | None = None
    records: dict[str, int] | None = None  # record type → count, for files extracted in this build


@dataclass
class BuildSummary:
    """The outcome of a build."""

    results: list[FileResult] = field(default_factory=list)
    total_triples: int = 0
    notes: list[str] = field(default_factory=list)
    stopped: bool = False  # a failure stopped the build early (fail fast)
    #: Files the store held that no longer exist (deleted or moved), as paths.
    missing: list[str] = field(default_factory=list)
    #: Whether they were dropped (``prune``).
    pruned: bool = False

    def count(self, status: str) -> int:
        """How many files ended with ``status``.

        Args:
            status: ``added``, ``replaced``, ``unchanged`` or ``failed``.

        Returns:
            The number of files.
        """
        return sum(1 for r in self.results if r.status == status)

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.status == "failed"]

    def records(self) -> dict[str, int]:
        """Records extracted in this build, by type (files left unchanged are not read).

        Returns:
            Record type (``document``, ``task``, ``target`` …) → count.
        """
        out: dict[str, int] = {}
        for r in self.results:
            for kind, n in (r.records or {}).items():
                out[kind] = out.get(kind, 0) + n
        return out

    def line(self) -> str:
        """A one-line summary for the CLI.

        Returns:
            e.g. ``3 files: 2 added, 0 replaced, 1 unchanged, 0 failed; 4 documents, 40 tasks,
            9 targets read; 12,345 triples in the store``.
        """
        n = len(self.results)
        read = self.records()
        found = ", ".join(
            f"{read.get(kind, 0):,} {kind}{'s' if read.get(kind, 0) != 1 else ''}"
            for kind in ("document", "task", "target")
        )
        dropped = len(self.missing) if self.pruned else 0
        return (
            f"{n} file{'s' if n != 1 else ''}: {self.count('added')} added, {self.count('replaced')} replaced, "
            f"{self.count('unchanged')} unchanged, {self.count('failed')} failed"
            + (f", {dropped} missing dropped" if dropped else "")
            + f"; {found} read; {self.total_triples:,} triples in the store"
        )


def expand(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files to build: each file as given, each folder's supported files recursively.

    Args:
        paths: files and folders.

    Returns:
        Files in a stable order, without repeats (see :func:`policykg.extract.readers.find_inputs`,
        which also words what it skipped).
    """
    return find_inputs(paths)[0]


def sha256_of(path: Path) -> str:
    """Hex SHA-256 of a file's bytes.

    Args:
        path: the file.

    Returns:
        The digest.

    Raises:
        InputError: the file cannot be read.
    """
    h = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    except FileNotFoundError:
        raise InputError("no such file", path=str(path)) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file", path=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=str(path)) from None
    return h.hexdigest()


def extraction_triples(extraction: Any) -> tuple[str, str, FileTriples]:
    """The file IRI, sha256 and triples (own and shared N-Triples lines) of one extraction.

    Args:
        extraction: a :class:`policykg.extract.pipeline.Extraction`.

    Returns:
        ``(file IRI, sha256, triples)``.
    """
    file_iri = iri.source_file(extraction.path)
    return (
        file_iri,
        extraction.sha256,
        record_parts(extraction.records, file_iri=file_iri, raw=extraction.raw),
    )


def _ntriples(lines: list[str]) -> str:
    return " .\n".join(lines) + " .\n" if lines else ""


def _prepare(path: str, spill: str | None = None) -> tuple[NewFile, dict[str, int]]:
    """Worker: extract one file and build its triples (picklable results only).

    The own triples come back as UTF-8 N-Quads in the file's graph, ready for the bulk
    loader: writing them out is work the single writer would otherwise do for every file.
    A file of more than :data:`SPILL_RECORDS` records has them written into the folder
    ``spill`` instead (when given), as two N-Triples files the bulk loader reads.

    Returns:
        The file's :class:`NewFile` and its records by type.
    """
    from policykg.extract.pipeline import extract_path

    extraction = extract_path(path)
    name = Path(path).name
    if spill is not None and len(extraction.records) > SPILL_RECORDS:
        file_iri = iri.source_file(extraction.path)
        own_path = os.path.join(spill, hashlib.sha256(file_iri.encode("utf-8")).hexdigest())
        spilled = (own_path + ".own.nt", own_path + ".shared.nt")
        # Only the records and the raw text are needed now: the normalised text and its
        # offset map go, and spill_parts frees each record once it is mapped.
        records, raw, sha, counts = extraction.records, extraction.raw, extraction.sha256, extraction.counts()
        del extraction
        try:
            with (
                open(spilled[0], "w", encoding="utf-8") as own,
                open(spilled[1], "w", encoding="utf-8") as shared,
            ):
                count = spill_parts(records, file_iri=file_iri, raw=raw, own=own, shared=shared)
        except BaseException:
            NewFile(file_iri, "", 0, "", spilled=spilled).discard()
            raise
        return NewFile(file_iri, "", count, sha, name, spilled=spilled), counts
    file_iri, sha, parts = extraction_triples(extraction)
    suffix = f" <{file_iri}> .\n"
    nquads = (suffix.join(parts.own) + suffix).encode("utf-8") if parts.own else b""
    new = NewFile(file_iri, "", len(parts.own), sha, name, _ntriples(parts.shared), nquads)
    return new, extraction.counts()


def _prepared_in_order(todo: list[Path], jobs: int, spill: str | None = None) -> Iterable[tuple[Path, Any]]:
    """Each file with its :func:`_prepare` result or the exception it raised, in order.

    With ``jobs`` > 1 the work runs in that many processes, with at most
    :data:`AHEAD_FILES` results (or :data:`AHEAD_BYTES` of input) waiting, so that memory
    does not grow with the number of files.
    """
    if jobs <= 1 or len(todo) <= 1:
        for path in todo:
            try:
                yield path, _prepare(str(path), spill)
            except Exception as exc:  # noqa: BLE001 - one bad file must not stop the batch
                log.debug("build failed on %s", path, exc_info=True)
                yield path, exc
        return
    pool = ProcessPoolExecutor(max_workers=jobs)
    try:
        pending: deque[tuple[Path, Future[Any], int]] = deque()
        ahead_bytes = 0
        queue = deque(todo)
        while queue or pending:
            # Hand out files until AHEAD_FILES wait or their inputs pass AHEAD_BYTES (a
            # few big files), but never fewer than two per worker.
            while queue and (
                len(pending) < 2 * jobs or (len(pending) < AHEAD_FILES and ahead_bytes < AHEAD_BYTES)
            ):
                path = queue.popleft()
                size = _size(path)
                pending.append((path, pool.submit(_prepare, str(path), spill), size))
                ahead_bytes += size
            path, future, size = pending.popleft()
            ahead_bytes -= size
            try:
                result: Any = future.result()
            except Exception as exc:  # noqa: BLE001 - one bad file must not stop the batch
                result = exc
            yield path, result
    finally:
        # A build that stops early (fail fast, Ctrl-C) does not wait for the files queued ahead.
        pool.shutdown(wait=True, cancel_futures=True)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # the worker reports what is wrong with it


def _describe(exc: BaseException, path: Path) -> str:
    if isinstance(exc, PolicyKGError):
        text = exc.message
        if exc.document:
            text = f"{exc.document}: {text}"
        return text
    return f"{type(exc).__name__}: {exc}"


def build(
    paths: Iterable[str | os.PathLike[str]],
    *,
    store: str | os.PathLike[str] | GraphStore | None = None,
    jobs: int = 1,
    force: bool = False,
    keep_going: bool = True,
    on_file: Callable[[FileResult], None] | None = None,
    status_date: str | None = None,
    compact: bool | None = None,
    prune: bool = False,
) -> BuildSummary:
    """Extract and load files into the store.

    Args:
        paths: files and folders.
        store: a store path (see :func:`policykg.graph.store.store_path`) or an open writable store.
        jobs: worker processes for extraction (1: in this process).
        force: rebuild files even when unchanged.
        keep_going: go on past a file that fails (the default); when False, stop at the
            first failure (files loaded before it stay, each whole; the rest are not read).
        on_file: called after each file (for progress bars).
        status_date: the day validity statuses are computed for (default today).
        compact: compact the on-disk store after loading; None (the default) compacts
            after adding at least :data:`COMPACT_AFTER` files.
        prune: drop the files the store holds that no longer exist (they are listed in
            the summary's ``missing`` either way).

    Returns:
        The summary; failed files are in it, never raised.

    Raises:
        StoreError: the store cannot be opened for writing (e.g. it is being served).
    """
    files, notes = find_inputs(paths)
    own = not isinstance(store, GraphStore)
    gs = GraphStore.open(store, write=True) if own else store  # type: ignore[arg-type]
    summary = BuildSummary(notes=notes)
    spill = gs.spill_folder()

    class _Stop(BaseException):
        """A failure under fail-fast (not an ``Exception``, so no per-file handler takes it)."""

    def done(result: FileResult) -> None:
        summary.results.append(result)
        if on_file:
            on_file(result)
        if result.status == "failed" and not keep_going:
            raise _Stop

    try:
        known = {s.iri: s for s in gs.files()}
        gone = [state for state in known.values() if not state.exists()]
        summary.missing = [str(state.path or state.iri) for state in gone]
        if prune and gone:
            # Dropped before anything is added, so a moved folder's files are loaded anew
            # into a store that no longer holds their old copies.
            gs.remove_files(state.iri for state in gone)
            for state in gone:
                del known[state.iri]
            summary.pruned = True
        todo: list[tuple[Path, str, str]] = []
        batch: list[tuple[Path, NewFile, dict[str, int]]] = []
        try:
            for path in files:
                try:
                    sha = sha256_of(path)
                except PolicyKGError as exc:
                    done(FileResult(str(path), "failed", error=_describe(exc, path)))
                    continue
                file_iri = iri.source_file(path)
                state = known.get(file_iri)
                if state and not force and state.sha256 == sha and state.version == __version__:
                    done(FileResult(str(path), "unchanged", state.triples or 0))
                    continue
                todo.append((path, file_iri, "replaced" if state else "added"))

            kinds = {path: kind for path, _, kind in todo}
            if any(kind == "added" for kind in kinds.values()):
                # Graphs left without a file record by an interrupted bulk load are loaded anew.
                gs.drop_orphans()

            def replace_one(path: Path, new: NewFile, counts: dict[str, int]) -> None:
                try:
                    if new.spilled:
                        n = gs.replace_spilled(new)
                    else:
                        shared = new.shared.split(" .\n")[:-1]
                        n = gs.replace_file(
                            new.iri, new.lines(), shared=shared, sha256=new.sha256, name=path.name
                        )
                finally:
                    new.discard()
                done(FileResult(str(path), kinds[path], n, records=counts))

            def flush() -> None:
                if not batch:
                    return
                pending = list(batch)
                batch.clear()
                try:
                    counts = gs.add_files(new for _, new, _ in pending)
                except PolicyKGError:
                    log.debug("bulk load failed; loading the batch file by file", exc_info=True)
                    for path, new, records in pending:
                        try:
                            replace_one(path, new, records)
                        except Exception as exc:  # noqa: BLE001 - one bad file must not stop the batch
                            done(FileResult(str(path), "failed", error=_describe(exc, path)))
                else:
                    for (path, new, records), n in zip(pending, counts, strict=True):
                        new.discard()
                        done(FileResult(str(path), "added", n, records=records))

            queued = _prepared_in_order([p for p, _, _ in todo], jobs, str(spill))
            with closing(queued) as prepared_files:
                try:
                    for path, prepared in prepared_files:
                        if isinstance(prepared, BaseException):
                            done(FileResult(str(path), "failed", error=_describe(prepared, path)))
                            continue
                        new, records = prepared
                        if kinds[path] == "replaced":
                            try:
                                replace_one(path, new, records)
                            except Exception as exc:  # noqa: BLE001 - one bad file must not stop the batch
                                done(FileResult(str(path), "failed", error=_describe(exc, path)))
                            continue
                        batch.append((path, new, records))
                        if len(batch) >= BATCH_FILES or new.spilled:
                            flush()
                finally:
                    # Files prepared before a failure (or before Ctrl-C) are loaded, each whole.
                    flush()
        except _Stop:
            summary.stopped = True
        changed = sum(1 for r in summary.results if r.status in ("added", "replaced")) + (
            len(gone) if summary.pruned else 0
        )
        if compact is None:
            compact = summary.count("added") >= COMPACT_AFTER
        if compact:
            gs.optimize()
        if changed or status_date or not ranks.is_fresh(gs):
            refresh_status(gs, status_date)
            refresh_ranks(gs)
        summary.total_triples = gs.count()
    finally:
        shutil.rmtree(spill, ignore_errors=True)
        if own:
            gs.close()
    return summary


@dataclass
class Removal:
    """The outcome of :func:`remove`."""

    #: The files dropped, as paths.
    removed: list[str] = field(default_factory=list)
    #: The paths given that name no file the store holds.
    unknown: list[str] = field(default_factory=list)


def remove(
    paths: Iterable[str | os.PathLike[str]],
    *,
    store: str | os.PathLike[str] | GraphStore | None = None,
    status_date: str | None = None,
) -> Removal:
    """Drop files from the store: each file named, or every file under a folder named.

    The paths need not exist any more (a deleted file, a moved folder). Shared
    descriptions that no other file needs go with them, and the derived graphs
    (statuses, ranks) are recomputed.

    Args:
        paths: files or folders, as given to ``build``.
        store: a store path or an open writable store.
        status_date: the day validity statuses are computed for (default today).

    Returns:
        What was removed and which paths matched nothing.

    Raises:
        StoreError: the store cannot be opened for writing.
    """
    own = not isinstance(store, GraphStore)
    gs = GraphStore.open(store, write=True) if own else store  # type: ignore[arg-type]
    outcome = Removal()
    try:
        known = {s.iri: s for s in gs.files()}
        chosen: dict[str, None] = {}
        for given in paths:
            file_iri = iri.source_file(given)
            under = [i for i in known if i.startswith(file_iri.rstrip("/") + "/")]
            matched = [file_iri] if file_iri in known else under
            if not matched:
                outcome.unknown.append(os.fspath(given))
            chosen.update(dict.fromkeys(matched))
        if chosen:
            gs.remove_files(chosen)
            outcome.removed = [str(known[i].path or i) for i in chosen]
            refresh_status(gs, status_date)
            refresh_ranks(gs)
    finally:
        if own:
            gs.close()
    return outcome


def load_records(
    gs: GraphStore,
    records: Iterable[Any],
    *,
    path: str | os.PathLike[str],
    raw: str,
    sha256: str | None = None,
) -> int:
    """Load already-extracted records as one file's graph (used by tests and other front ends).

    Args:
        gs: a writable store.
        records: record dataclasses or their dicts.
        path: the source file they came from.
        raw: the file's text (to fill empty quotes).
        sha256: the file's hash; computed from ``raw`` when None.

    Returns:
        The number of triples in the file's graph.
    """
    file_iri = iri.source_file(path)
    parts = record_parts(records, file_iri=file_iri, raw=raw)
    sha = sha256 or hashlib.sha256(raw.encode("utf-8")).hexdigest()
    return gs.replace_file(file_iri, parts.own, shared=parts.shared, sha256=sha, name=Path(path).name)
