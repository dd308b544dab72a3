"""The persistent on-disk store: one pyoxigraph ``Store``, one named graph per source file.

Default location ``./policykg-store``, or ``$POLICYKG_STORE``, or an explicit path.

Each source file's facts live in a named graph whose name is the file's IRI (its
resolved path as a ``file:`` URI). The graph also describes the file itself:
``pkg:sha256`` of its bytes, ``pkg:extractorVersion`` and ``pkg:tripleCount``, the
number of triples the graph holds. Loading a file is one SPARQL update request
(``DROP SILENT GRAPH`` then ``INSERT DATA``), which Oxigraph applies in one
transaction: after a crash the store holds each file's graph whole or not at all,
which :meth:`GraphStore.verify` checks by comparing every graph with its count.

Nodes that many files mention (agencies, documents' type and number, selectors,
people, posts) are described once, in the shared graph
(:data:`policykg.graph.iri.SHARED_GRAPH`), not in every file's graph: in the union of
all graphs their triples would otherwise come once per file and every join over them
would multiply by the number of files. A file's load writes its shared triples in the
same transaction as its graph; they depend only on the nodes' keys, so writing them
again is a no-op and a crash after writing them leaves nothing wrong. Replacing or
removing a file also removes the shared descriptions of nodes that no other file
mentions any more (an alias an agency is known by stays while any file mentions the
agency). The file's recorded triple count covers its own graph only.

New files can instead be added in batches with :meth:`GraphStore.add_files`, which is
several times faster at corpus scale: Oxigraph's transactional writes cost about
0.1 s per gazette (≈6,000 triples), its bulk loader about a third of that. The bulk
loader is not transactional, so the file records (``pkg:SourceFile``, hash, count) are
written only after the content, in one transaction: a graph whose record is missing
was interrupted, :meth:`GraphStore.verify` reports it, :meth:`GraphStore.files` does
not list it (so the next build loads that file again) and the build drops it first.

The bulk loader writes its table files (``bulk-*.sst``) into the store folder and hands
them to the database; a process killed in between leaves them behind (80 MB after a
50 MB build). Only a writer bulk-loads, and only while it holds the database, so every
writer that opens the store removes such files first: the next build (``--compact``
included) leaves none. The same holds for the spill folders (``spill-*``) in which a
build writes the triples of a very large file, so that they reach the bulk loader from
disk instead of as one string in memory (:meth:`GraphStore.spill_folder`).

A store folder is a policykg store when it holds a database (``CURRENT``) or nothing
but the lock file; opening any other folder that is not empty for writing is refused,
so ``--store`` never writes into a folder of the user's own files.

Locking: Oxigraph itself locks a store against a second writer, but its read-only
server (``oxigraph serve-read-only``) takes no lock, so a build could write under
a running server (undefined behaviour per Oxigraph). Every policykg process
therefore takes an ``flock`` on ``policykg.lock`` inside the store folder: shared
for readers and ``serve`` (whose server process inherits it), exclusive for
writers. A writer that finds the lock held raises :class:`StoreError`.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit
from urllib.request import url2pathname

import pyoxigraph as ox
from policykg import __version__
from policykg.errors import StoreError
from policykg.graph.iri import RANK_GRAPH, SHARED_GRAPH, STATUS_GRAPH
from policykg.ontology.namespace import PKG
from rdflib import RDF, RDFS, SDO, XSD

try:  # POSIX only; elsewhere the lock is a no-op.
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

DEFAULT_STORE = "policykg-store"
STORE_ENV = "POLICYKG_STORE"
LOCK_NAME = "policykg.lock"
#: What a bulk load leaves in the store folder until the database takes it over.
BULK_FILES = "bulk-*.sst"
#: Folders of spilled triples (:meth:`GraphStore.spill_folder`); only a writer makes them.
SPILL_FOLDERS = "spill-*"
#: Shared-graph lines remembered by one writer before the memory is reset (≈ 100 MB at most).
WRITTEN_LIMIT = 500_000


def store_path(path: str | os.PathLike[str] | None = None) -> Path:
    """Where the store is: ``path``, else ``$POLICYKG_STORE``, else ``./policykg-store``.

    Args:
        path: an explicit location or None.

    Returns:
        The store folder (it may not exist yet).
    """
    return Path(path or os.environ.get(STORE_ENV) or DEFAULT_STORE)


@dataclass(frozen=True, slots=True)
class FileState:
    """What the store knows about one loaded source file."""

    iri: str
    sha256: str | None
    version: str | None
    triples: int | None

    @property
    def path(self) -> Path | None:
        """The file's path on this machine (the inverse of :func:`policykg.graph.iri.source_file`).

        Returns:
            The path, or None for an IRI that is not a ``file:`` URI.
        """
        parts = urlsplit(self.iri)
        if parts.scheme != "file":
            return None
        return Path(url2pathname(parts.path))

    def exists(self) -> bool:
        """Whether the file is still where it was read from.

        Returns:
            True when a file is at :attr:`path`.
        """
        path = self.path
        try:
            return path is not None and path.is_file()
        except OSError:
            return False


@dataclass(frozen=True, slots=True)
class NewFile:
    """One file's graph, ready for :meth:`GraphStore.add_files`.

    Attributes:
        iri: the file's IRI, which names its graph.
        ntriples: its own distinct triples as N-Triples text, one per line, each ending `` .\\n``.
        count: how many lines ``ntriples`` has.
        sha256: hex SHA-256 of the file's bytes.
        name: the file's name for ``schema:name``.
        shared: its triples for the shared graph, in the same form.
        nquads: its own triples already as UTF-8 N-Quads in its graph (workers make them,
            so the one writer does not); when given, ``ntriples`` is not read.
        spilled: for a very large file, the paths of two N-Triples files on disk holding
            its own and its shared triples (see :func:`spill`); ``ntriples``, ``shared``
            and ``nquads`` are then empty, and the bulk loader reads the files.
    """

    iri: str
    ntriples: str
    count: int
    sha256: str
    name: str | None = None
    shared: str = ""
    nquads: bytes = b""
    spilled: tuple[str, str] | None = None

    def lines(self) -> list[str]:
        """The own triples as N-Triples lines without the final dot.

        Returns:
            The lines.
        """
        if self.spilled:
            with open(self.spilled[0], encoding="utf-8") as f:
                return [line[:-2] for line in f.read().splitlines()]
        if self.nquads:
            cut = len(f" <{self.iri}> .")
            return [line[:-cut] for line in self.nquads.decode("utf-8").splitlines()]
        return self.ntriples.split(" .\n")[:-1]

    def discard(self) -> None:
        """Delete the spilled files, if any (once the file is loaded or has failed)."""
        for name in self.spilled or ():
            try:
                os.unlink(name)
            except OSError:
                pass


#: Bytes of a spill file bulk-loaded at a time (about 150,000 triples, like a batch of 32 gazettes).
LOAD_PIECE = 32 * 2**20
#: Lines written to a spill file at a time (one string of at most a few MB).
SPILL_CHUNK = 20_000


def spill(lines: list[str], path: str | os.PathLike[str]) -> None:
    """Write N-Triples lines (without the final dot) to a file, a chunk at a time.

    Args:
        lines: the lines.
        path: the file to write.
    """
    with open(path, "w", encoding="utf-8") as f:
        for start in range(0, len(lines), SPILL_CHUNK):
            f.write(" .\n".join(lines[start : start + SPILL_CHUNK]) + " .\n")


class StoreLock:
    """An ``flock`` on the store's lock file, shared or exclusive.

    Args:
        folder: the store folder (created for exclusive locks).
        exclusive: True for writers, False for readers and servers.
        note: what the holder is doing, written into the lock file for error messages.
        create: create the lock file if missing (always for exclusive locks).
    """

    def __init__(self, folder: Path, *, exclusive: bool, note: str = "", create: bool = False) -> None:
        self.folder = folder
        self.exclusive = exclusive
        self.note = note
        self.create = create or exclusive
        self.handle: IO[str] | None = None

    @property
    def path(self) -> Path:
        return self.folder / LOCK_NAME

    def acquire(self) -> StoreLock:
        """Take the lock or raise :class:`StoreError` at once (never waits).

        Returns:
            self.
        """
        if fcntl is None:
            return self
        if self.create:
            self.folder.mkdir(parents=True, exist_ok=True)
        elif not self.path.exists():
            return self  # a store written by another tool: nothing to coordinate with
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held until release()
        try:
            fcntl.flock(handle.fileno(), (fcntl.LOCK_EX if self.exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip() or "another policykg process"
            handle.close()
            if self.exclusive:
                raise StoreError(
                    f"the store is in use ({holder}); stop `policykg serve` or wait for the other "
                    "process before writing, or build into another --store",
                    path=str(self.folder),
                ) from None
            raise StoreError(
                f"the store is being written ({holder}); try again when it finishes", path=str(self.folder)
            ) from None
        if self.note:
            handle.seek(0)
            handle.truncate()
            handle.write(self.note)
            handle.flush()
        self.handle = handle
        return self

    def fileno(self) -> int | None:
        """The lock file's descriptor, to hand to a child process that must keep the lock.

        Returns:
            The descriptor, or None when no lock is held.
        """
        return self.handle.fileno() if self.handle else None

    def release(self) -> None:
        """Drop the lock (closing the file releases it)."""
        if self.handle is not None:
            self.handle.close()
            self.handle = None


class GraphStore:
    """A policykg store: a pyoxigraph ``Store`` plus the lock that guards it.

    Open with :meth:`open`; use as a context manager so the lock is released.

    Args:
        path: the store folder.
        store: the opened pyoxigraph store.
        lock: the lock held.
        writable: whether the store was opened for writing.
    """

    def __init__(self, path: Path, store: ox.Store, lock: StoreLock, *, writable: bool) -> None:
        self.path = path
        self.store = store
        self.lock = lock
        self.writable = writable
        #: Shared-graph lines this object has bulk-loaded (never sent twice in one build);
        #: cleared whenever shared triples may have been removed.
        self._written: set[str] = set()

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None, *, write: bool = False) -> GraphStore:
        """Open the store for reading (it must exist) or for writing (created if missing).

        Args:
            path: the folder; see :func:`store_path`.
            write: open read-write with an exclusive lock.

        Returns:
            The opened store.

        Raises:
            StoreError: missing store (read), locked by a server or another writer,
                or unreadable.
        """
        folder = store_path(path)
        if not write and not (folder / "CURRENT").exists():
            raise StoreError("no store here; run `policykg build FILE…` first", path=str(folder))
        if write:
            _check_folder(folder)
        lock = StoreLock(
            folder, exclusive=write, note=f"policykg build, pid {os.getpid()}" if write else ""
        ).acquire()
        try:
            store = ox.Store(str(folder)) if write else ox.Store.read_only(str(folder))
        except OSError as exc:
            lock.release()
            if "lock" in str(exc).lower():
                raise StoreError(
                    "the store is open in another process (a build or `oxigraph serve`)", path=str(folder)
                ) from None
            raise StoreError(f"cannot open the store: {exc}", path=str(folder)) from None
        if write:
            # The database is ours alone now: no bulk load of another process can be running.
            _remove_bulk_leftovers(folder)
        return cls(folder, store, lock, writable=write)

    @classmethod
    def memory(cls) -> GraphStore:
        """An in-memory store with the same interface (for tests and one-off work).

        Returns:
            The store.
        """
        return cls(Path(":memory:"), ox.Store(), StoreLock(Path("."), exclusive=False), writable=True)

    def close(self) -> None:
        """Flush and release the lock (the pyoxigraph store closes when collected)."""
        if self.store is None:
            return
        if self.writable and str(self.path) != ":memory:":
            try:
                self.store.flush()
            except OSError:
                pass
        self.store = None  # type: ignore[assignment]
        self.lock.release()

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading -------------------------------------------------------------

    def query(
        self, sparql: str, *, substitutions: Mapping[str, Any] | None = None, union: bool = True
    ) -> Any:
        """Run a SPARQL query over the union of every graph.

        Args:
            sparql: the query text (prefixes included).
            substitutions: variable name → pyoxigraph term, bound before evaluation.
            union: query the union of all named graphs as the default graph.

        Returns:
            pyoxigraph's solutions, boolean or triples.
        """
        subs = {ox.Variable(k): v for k, v in (substitutions or {}).items()}
        return self.store.query(sparql, use_default_graph_as_union=union, substitutions=subs or None)

    def count(self, graph: str | None = None) -> int:
        """How many triples the named graphs hold (counted with SPARQL, duplicates across graphs included).

        Args:
            graph: one graph's IRI, or None for every named graph.

        Returns:
            The count.
        """
        if graph is None:
            # Every quad is in a named graph (nothing is written to the default graph);
            # len() counts them in half the time of a COUNT query.
            return len(self.store)
        else:
            rows = self.store.query(
                "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
                substitutions={ox.Variable("g"): ox.NamedNode(graph)},
            )
            first = next(iter(rows), None)
            return int(first["n"].value) if first is not None else 0

    def files(self) -> list[FileState]:
        """Every source file loaded, with its recorded hash, version and triple count.

        Returns:
            One state per file graph, sorted by IRI.
        """
        rows = self.store.query(
            f"""SELECT ?g ?sha ?version ?n WHERE {{ GRAPH ?g {{ ?g a <{PKG.SourceFile}> .
                OPTIONAL {{ ?g <{PKG.sha256}> ?sha }} OPTIONAL {{ ?g <{PKG.extractorVersion}> ?version }}
                OPTIONAL {{ ?g <{PKG.tripleCount}> ?n }} }} }} ORDER BY ?g"""
        )
        return [
            FileState(
                r["g"].value,
                r["sha"].value if r["sha"] else None,
                r["version"].value if r["version"] else None,
                int(r["n"].value) if r["n"] else None,
            )
            for r in rows
        ]

    def file_state(self, file_iri: str) -> FileState | None:
        """The recorded state of one file, or None when it was never loaded.

        Args:
            file_iri: the file's IRI.

        Returns:
            The state or None.
        """
        for state in self.files():
            if state.iri == file_iri:
                return state
        return None

    def verify(self) -> list[str]:
        """Check that every file graph holds exactly the triples it recorded.

        Returns:
            One line per problem; empty when the store is whole.
        """
        problems = [
            f"{g}: holds triples but no file record (an interrupted load; the next build reloads it)"
            for g in self.orphans()
        ]
        # One pass grouping every graph, not one query per file (1,000 files: 2 s, not 20).
        counts = {
            r["g"].value: int(r["n"].value)
            for r in self.store.query(
                "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
            )
        }
        for state in self.files():
            actual = counts.get(state.iri, 0)
            if state.triples != actual:
                problems.append(f"{state.iri}: recorded {state.triples} triples, holds {actual}")
        return problems

    # -- writing -------------------------------------------------------------

    def _require_write(self) -> None:
        if not self.writable:
            raise StoreError("the store was opened read-only", path=str(self.path))

    def replace_file(
        self,
        file_iri: str,
        triples: Iterable[ox.Triple | str],
        *,
        sha256: str,
        name: str | None = None,
        shared: Iterable[ox.Triple | str] = (),
    ) -> int:
        """Replace one file's graph with ``triples`` and its metadata, in one transaction.

        Args:
            file_iri: the file's IRI, which names its graph.
            triples: pyoxigraph triples or N-Triples lines (without the final dot): the file's own part.
            sha256: hex SHA-256 of the file's bytes.
            name: the file's name for ``schema:name``.
            shared: the file's triples for the shared graph, in the same forms.

        Returns:
            The number of triples the file's graph now holds.

        Raises:
            StoreError: the update failed; the store is unchanged.
        """
        self._require_write()
        g = f"<{file_iri}>"
        body = {str(t): None for t in triples}
        meta, total = self._meta(file_iri, len(body), sha256, name)
        lines = " .\n".join([*body, *meta])
        described = " .\n".join({str(t): None for t in shared})
        insert_shared = f"GRAPH <{SHARED_GRAPH}> {{\n{described} .\n}}" if described else ""
        update = (
            f"{_forget([file_iri])} ;\nDROP SILENT GRAPH {g} ;\n"
            f"INSERT DATA {{ GRAPH {g} {{\n{lines} .\n}}\n{insert_shared} }}"
        )
        try:
            self.store.update(update)
        except (OSError, SyntaxError, RuntimeError, ValueError) as exc:
            raise StoreError(f"loading failed, store unchanged: {exc}", path=file_iri) from None
        self._written.clear()
        return total

    def _meta(self, file_iri: str, body_count: int, sha256: str, name: str | None) -> tuple[list[str], int]:
        """The file record's N-Triples lines (without the final dot) and the graph's total count."""
        g = f"<{file_iri}>"
        meta = [
            f"{g} <{RDF.type}> <{PKG.SourceFile}>",
            f"{g} <{PKG.sha256}> {ox.Literal(sha256)}",
            f"{g} <{PKG.extractorVersion}> {ox.Literal(__version__)}",
        ]
        if name:
            meta.append(f"{g} <{SDO.name}> {ox.Literal(name)}")
            meta.append(f"{g} <{RDFS.label}> {ox.Literal(name)}")
        total = body_count + len(meta) + 1
        meta.append(
            f"{g} <{PKG.tripleCount}> {ox.Literal(str(total), datatype=ox.NamedNode(str(XSD.integer)))}"
        )
        return meta, total

    def add_files(self, files: Iterable[NewFile]) -> list[int]:
        """Add the graphs of files the store does not hold yet, with the bulk loader.

        The content of every file (its graph and its shared triples) goes in first (not
        transactionally), then every file record in one transaction; until that record is
        written a graph does not count as loaded (see the module docstring). Call
        :meth:`drop_orphans` before loading a file again whose earlier load was interrupted.
        Shared triples this store object has already written are not sent again.

        Args:
            files: the files; each one's graph must not exist yet.

        Returns:
            The number of triples in each file's graph, in order.

        Raises:
            StoreError: the load failed; the graphs of these files were removed again.
        """
        self._require_write()
        files = list(files)
        if not files:
            return []
        bodies: list[bytes] = []
        metas, totals = [], []
        written = self._written
        fresh: dict[str, None] = {}
        for f in files:
            suffix = f" <{f.iri}> .\n"
            meta, total = self._meta(f.iri, f.count, f.sha256, f.name)
            metas.append("".join(line + suffix for line in meta))
            totals.append(total)
            if f.spilled:
                continue  # read from disk below
            # N-Triples escapes line breaks inside literals, so " .\n" only ever ends a line.
            bodies.append(f.nquads or f.ntriples.replace(" .\n", suffix).encode("utf-8"))
            for line in f.shared.split(" .\n"):
                if line and line not in written:
                    fresh[line] = None
        if fresh:
            shared_suffix = f" <{SHARED_GRAPH}> .\n"
            bodies.append((shared_suffix.join(fresh) + shared_suffix).encode("utf-8"))
        try:
            # lenient: every term was built (and so validated) by pyoxigraph in the extractor.
            if bodies:
                self.store.bulk_load(b"".join(bodies), format=ox.RdfFormat.N_QUADS, lenient=True)
            del bodies
            for f in files:
                if f.spilled:
                    own, shared = f.spilled
                    for name, graph in ((own, f.iri), (shared, SHARED_GRAPH)):
                        self._bulk_load_file(name, ox.NamedNode(graph))
            self.store.load("".join(metas), format=ox.RdfFormat.N_QUADS)
        except (OSError, SyntaxError, RuntimeError, ValueError) as exc:
            self._written.clear()
            iris = [f.iri for f in files]
            self.store.update(_forget(iris) + " ;\n" + " ;\n".join(f"DROP SILENT GRAPH <{i}>" for i in iris))
            raise StoreError(f"loading failed, files left out: {exc}", path=files[0].iri) from None
        written.update(fresh)
        if len(written) > WRITTEN_LIMIT:
            written.clear()
        return totals

    def _bulk_load_file(self, name: str, graph: ox.NamedNode) -> None:
        """Bulk-load an N-Triples file into ``graph`` a piece at a time.

        One bulk load of millions of triples holds about a million of them per thread in
        memory (2 GB for a 50 MB text's triples); pieces of :data:`LOAD_PIECE` bytes keep
        it near what a batch of ordinary files needs.
        """
        with open(name, "rb") as f:
            while piece := f.readlines(LOAD_PIECE):
                self.store.bulk_load(
                    b"".join(piece), format=ox.RdfFormat.N_TRIPLES, to_graph=graph, lenient=True
                )

    def replace_spilled(self, new: NewFile) -> int:
        """Replace a file's graph with a spilled file's triples, without holding them in memory.

        The old graph (and the shared descriptions only it needed) is dropped in one
        transaction, then the new one is added by :meth:`add_files`, its record last: a
        process killed in between leaves the file absent, never half there, and the next
        build adds it.

        Args:
            new: the file, with :attr:`NewFile.spilled` set.

        Returns:
            The number of triples in the file's graph.

        Raises:
            StoreError: the load failed; the file is absent from the store.
        """
        self.remove_files([new.iri])
        return self.add_files([new])[0]

    def spill_folder(self) -> Path:
        """A new empty folder for spilled triples: in the store folder, else a temporary one.

        A writer removes the ones a killed build left when it opens the store.

        Returns:
            The folder; the caller removes it.
        """
        import tempfile

        here = self.path if self.path.is_dir() else None
        return Path(tempfile.mkdtemp(prefix=SPILL_FOLDERS[:-1], dir=here))

    def orphans(self) -> list[str]:
        """Source-file graphs that hold triples but no file record (a bulk load was interrupted).

        Returns:
            Their IRIs, sorted.
        """
        known = {s.iri for s in self.files()}
        names = (g.value for g in self.store.named_graphs() if isinstance(g, ox.NamedNode))
        return sorted(n for n in names if n.startswith("file:") and n not in known)

    def drop_orphans(self) -> list[str]:
        """Remove the graphs :meth:`orphans` finds, and shared descriptions only they needed.

        Returns:
            The IRIs removed.
        """
        self._require_write()
        found = self.orphans()
        self.remove_files(found)
        return found

    def remove_file(self, file_iri: str) -> None:
        """Remove one file's graph, and the shared descriptions no other file needs.

        Args:
            file_iri: the file's IRI.
        """
        self.remove_files([file_iri])

    def remove_files(self, file_iris: Iterable[str]) -> None:
        """Remove files' graphs, and the shared descriptions no other file needs, in one transaction.

        Args:
            file_iris: the files' IRIs.
        """
        self._require_write()
        iris = list(dict.fromkeys(file_iris))
        if not iris:
            return
        self.store.update(_forget(iris) + " ;\n" + " ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in iris))
        self._written.clear()

    def missing_files(self) -> list[FileState]:
        """Files the store holds that are no longer where they were read from (deleted or moved).

        Returns:
            Their states, sorted by IRI.
        """
        return [state for state in self.files() if not state.exists()]

    def replace_graph(self, graph_iri: str, triples: Iterable[ox.Triple]) -> None:
        """Replace a derived graph (e.g. statuses) in one transaction.

        Args:
            graph_iri: the graph's IRI.
            triples: its new content.
        """
        self._require_write()
        lines = " .\n".join({str(t): None for t in triples})
        insert = f"INSERT DATA {{ GRAPH <{graph_iri}> {{\n{lines} .\n}} }}" if lines else ""
        self.store.update(f"DROP SILENT GRAPH <{graph_iri}> ;\n{insert}".rstrip().rstrip(";"))

    def bulk_replace_graph(self, graph_iri: str, nquads: bytes, last: ox.Quad) -> None:
        """Replace a large derived graph: drop it, bulk load its N-Quads, then add ``last``.

        Not one transaction (the bulk loader writes files directly): a reader that must
        not use a half-written graph checks for ``last``, written only after the rest.

        Args:
            graph_iri: the graph's IRI (every quad of ``nquads`` must be in it).
            nquads: its new content.
            last: a quad written after everything else (e.g. a digest of what it derives from).
        """
        self._require_write()
        self.store.update(f"DROP SILENT GRAPH <{graph_iri}>")
        if nquads:
            self.store.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
        self.store.add(last)

    def optimize(self) -> None:
        """Compact the on-disk store (RocksDB), worth it after loading many files."""
        self._require_write()
        self.store.optimize()

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad in the store.

        Returns:
            An iterator of quads.
        """
        return iter(self.store.quads_for_pattern(None, None, None, None))


def _check_folder(folder: Path) -> None:
    """Refuse to write a store into a file, or into a folder of other things.

    Raises:
        StoreError: ``folder`` is a file, or a folder that is not empty and not a store.
    """
    if folder.exists() and not folder.is_dir():
        raise StoreError("is a file, not a store folder; give --store a folder", path=str(folder))
    if not folder.is_dir() or (folder / "CURRENT").exists():
        return
    try:
        names = {entry.name for entry in os.scandir(folder)}
    except OSError as exc:
        raise StoreError(f"cannot read the folder: {exc.strerror or exc}", path=str(folder)) from None
    if names - {LOCK_NAME}:
        raise StoreError(
            "this folder holds other files and is not a policykg store; give --store a new or empty folder",
            path=str(folder),
        )


def _remove_bulk_leftovers(folder: Path) -> None:
    """Delete the table files an interrupted bulk load left in the store folder, and spill folders."""
    for leftover in folder.glob(BULK_FILES):
        try:
            leftover.unlink()
        except OSError:  # pragma: no cover - gone already, or not ours to delete
            continue
    for leftover in folder.glob(SPILL_FOLDERS):
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)


def _forget(file_iris: list[str]) -> str:
    """A SPARQL update removing the shared descriptions of nodes only these files mention.

    A node counts as mentioned by a file when it is the subject or the object of a
    triple in that file's graph. Run it before dropping the graphs, in the same request.

    Args:
        file_iris: the graphs about to be dropped or replaced.

    Returns:
        The ``DELETE … WHERE`` request.
    """
    graphs = " ".join(f"<{g}>" for g in file_iris)
    excluded = ", ".join(
        [f"<{SHARED_GRAPH}>", f"<{STATUS_GRAPH}>", f"<{RANK_GRAPH}>", *(f"<{g}>" for g in file_iris)]
    )
    return f"""DELETE {{ GRAPH <{SHARED_GRAPH}> {{ ?s ?p ?o }} }}
WHERE {{
  {{ SELECT DISTINCT ?s WHERE {{
      VALUES ?dropped {{ {graphs} }}
      GRAPH ?dropped {{ {{ ?s ?x ?y }} UNION {{ ?y ?x ?s }} }}
      FILTER (isIRI(?s))
  }} }}
  GRAPH <{SHARED_GRAPH}> {{ ?s ?p ?o }}
  FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?a ?b }} FILTER (?g NOT IN ({excluded})) }}
  FILTER NOT EXISTS {{ GRAPH ?g {{ ?b ?a ?s }} FILTER (?g NOT IN ({excluded})) }}
}}"""
