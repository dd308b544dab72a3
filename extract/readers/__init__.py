"""Read a document file of any supported kind into one text with page and portal facts.

One reader per input format, each a module with ``KIND``, ``sniff(head, suffix)`` and
``read(path, head)``, registered in :data:`READERS` in the order they are tried:

- :mod:`~policykg.extract.readers.pdf` (pypdfium2): pages, running headers dropped;
- :mod:`~policykg.extract.readers.docx` (python-docx): paragraphs and tables;
- :mod:`~policykg.extract.readers.html` (lxml): a portal page's article and metadata
  table, also when saved under a text suffix;
- :mod:`~policykg.extract.readers.txt`: everything else, decoded.

Files are recognised by their content first and their suffix second. Every reader
returns a :class:`ReadResult`; what a document says about itself (its number, title,
issuer and date, from front matter, portal metadata lines or tables, the reader's
metadata, or its body) is settled afterwards by one stage every format shares,
:mod:`policykg.extract.metadata`.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

from policykg.errors import InputError, PolicyKGError
from policykg.extract.metadata import apply_read_result
from policykg.extract.readers import docx, html, pdf, txt
from policykg.extract.readers.base import ReadResult, with_path
from policykg.extract.readers.docx import docx_text
from policykg.extract.readers.html import html_text
from policykg.extract.readers.pdf import pdf_text
from policykg.extract.readers.tables import render_table

__all__ = [
    "HTML_SUFFIXES",
    "READERS",
    "SUPPORTED_SUFFIXES",
    "ReadResult",
    "apply_read_result",
    "docx_text",
    "find_inputs",
    "html_text",
    "pdf_text",
    "read_document",
    "render_table",
    "sniff",
]

#: The readers, in the order their ``sniff`` is asked; the text reader takes the rest.
READERS: tuple[ModuleType, ...] = (pdf, docx, html, txt)

#: Suffixes a folder walk takes; a file named explicitly is always tried.
SUPPORTED_SUFFIXES = frozenset({".txt", ".text", ".md", ".pdf", ".docx", *html.SUFFIXES})
HTML_SUFFIXES = html.SUFFIXES

log = logging.getLogger(__name__)

_OLD_OFFICE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def find_inputs(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[str]]:
    """The files a command should read: each file as named, each folder's supported files.

    Args:
        paths: files and folders.

    Returns:
        ``(files, notes)``: files in a stable order without repeats (hidden files and
        folders left out), and one note per folder that held files of other types.
    """
    seen: dict[Path, None] = {}
    notes: list[str] = []
    for p in map(Path, paths):
        if not p.is_dir():
            seen.setdefault(p, None)
            continue
        skipped: dict[str, int] = {}
        for f in sorted(x for x in p.rglob("*") if x.is_file()):
            if any(part.startswith(".") for part in f.relative_to(p).parts):
                continue
            suffix = f.suffix.lower()
            if suffix in SUPPORTED_SUFFIXES:
                seen.setdefault(f, None)
            else:
                skipped[suffix or "(none)"] = skipped.get(suffix or "(none)", 0) + 1
        if skipped:
            kinds = ", ".join(f"{n} {s}" for s, n in sorted(skipped.items(), key=lambda kv: -kv[1]))
            notes.append(f"{p}: skipped {sum(skipped.values())} files of unsupported types ({kinds})")
    return list(seen), notes


def read_document(path: str | Path) -> ReadResult:
    """Read a text, PDF, HTML or Word .docx file with the reader its content calls for.

    Args:
        path: the file.

    Returns:
        A :class:`ReadResult`.

    Raises:
        InputError: the file is missing, empty, too large, of an unsupported
            kind, damaged, or holds no text (a PDF without a text layer).
    """
    p = Path(path)
    name = str(path)
    if not p.is_file():
        return txt.read(p, b"")  # the text reader words the error (missing, a folder …)
    try:
        with p.open("rb") as f:
            head = f.read(8192)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=name) from None
    try:
        reader = reader_for(head, p.suffix.lower())
    except InputError as exc:
        raise with_path(exc, name) from None
    try:
        return reader.read(p, head)
    except PolicyKGError:
        raise
    except MemoryError:
        raise
    except Exception as exc:  # noqa: BLE001 - the one boundary where a library reads the file
        # pdfium, lxml, zipfile, python-docx each raise their own types on a damaged file;
        # whatever the library, the user gets one line naming the file.
        log.debug("the %s reader failed on %s", reader.KIND, name, exc_info=True)
        reason = str(exc).strip().rstrip(".") or "no reason given"
        raise InputError(
            f"damaged {reader.KIND} file: {type(exc).__name__}: {reason}", path=name
        ) from None


def reader_for(head: bytes, suffix: str) -> ModuleType:
    """The reader module of a file, from its first bytes and its suffix.

    Raises:
        InputError: the content is a format we do not read (old binary Word), or
            contradicts a ``.pdf``/``.docx`` suffix.
    """
    if head.startswith(_OLD_OFFICE):
        raise InputError("an old binary Office file (.doc/.wps/.xls): save it as .docx or PDF first")
    for reader in READERS:
        if reader.sniff(head, suffix):
            if reader is not pdf and suffix == ".pdf":
                raise InputError("not a PDF: the file does not start with %PDF")
            if reader is not docx and suffix in docx.SUFFIXES:
                raise InputError("not a Word .docx file: it is not a ZIP package")
            return reader
    return txt


def sniff(head: bytes, suffix: str) -> str:
    """The kind of a file from its first bytes and its suffix.

    Args:
        head: the first few kilobytes.
        suffix: the lower-case suffix with its dot (``".pdf"``), or ``""``.

    Returns:
        ``"pdf"``, ``"docx"``, ``"html"``, ``"text"``, or ``"zip"`` for a ZIP
        package that may hold a Word document under another name.

    Raises:
        InputError: see :func:`reader_for`.
    """
    reader = reader_for(head, suffix)
    if reader is docx and not docx.looks_like_word(head, suffix):
        return "zip"
    return reader.KIND
