"""Word .docx reader (python-docx): paragraphs and tables in document order.

A task table (``序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限`` and its column-name
variants) becomes one line a row in the annotation style the task extractor reads
(:func:`policykg.extract.readers.tables.render_table`); other tables one line a row.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path
from typing import Any

from policykg.errors import InputError
from policykg.extract.readers.base import ReadResult, read_bytes
from policykg.extract.readers.tables import cell_span, render_table

KIND = "docx"
SUFFIXES = (".docx", ".docm", ".dotx")
_EMPTY_ZIP = b"PK\x05\x06"


def sniff(head: bytes, suffix: str) -> bool:
    """Whether a file is a ZIP package: :func:`read` then looks for ``word/document.xml``,
    so a Word document saved under another name is read too.
    """
    # An empty package has no entry: it starts with its end-of-directory record.
    return head.startswith((b"PK\x03\x04", _EMPTY_ZIP))


def looks_like_word(head: bytes, suffix: str) -> bool:
    """Whether a ZIP package shows itself as Word before it is opened: named .docx or ``word/`` near its start."""
    return suffix in SUFFIXES or b"word/" in head


def read(path: Path, head: bytes) -> ReadResult:
    """Read a Word .docx file (see :func:`docx_text`)."""
    data = read_bytes(path)
    try:
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    except (zipfile.BadZipFile, OSError, EOFError):
        names = []
    if "word/document.xml" not in names:
        if data.startswith(_EMPTY_ZIP):
            raise InputError("an empty document package: the ZIP holds no files", path=str(path))
        if suffix_is_docx(path):
            raise InputError("damaged Word .docx file: no word/document.xml", path=str(path))
        raise InputError("a ZIP archive, not a document (unpack it first)", path=str(path))
    return ReadResult(raw=docx_text(data, path=str(path)), sha256=hashlib.sha256(data).hexdigest(), kind=KIND)


def suffix_is_docx(path: Path) -> bool:
    """Whether a file is named as a Word package."""
    return path.suffix.lower() in SUFFIXES


def docx_text(data: bytes, *, path: str | None = None) -> str:
    """Paragraphs and tables of a Word .docx document, in document order.

    Args:
        data: the file's bytes.
        path: the file's name, for messages.

    Returns:
        The text, one paragraph or table row a line (see :func:`render_table`).

    Raises:
        InputError: not a readable .docx, or it holds no text.
    """
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
        blocks = list(document.iter_inner_content())
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError) as exc:
        raise InputError(f"damaged Word .docx file: {exc}", path=path) from None
    except Exception as exc:  # python-docx and lxml raise their own types on damaged packages
        raise InputError(f"damaged Word .docx file: {type(exc).__name__}: {exc}", path=path) from None
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Table):
            lines.extend(render_table(_docx_table_rows(block)))
        else:
            lines.extend(block.text.split("\n"))
    raw = "\n".join(li.strip(" \t\u3000\xa0") for li in lines if li.strip())
    if not raw.strip():
        raise InputError("the Word document holds no text", path=path)
    return raw


def _docx_table_rows(table: Any) -> list[list[tuple[str, tuple[int, int]]]]:
    """A Word table's grid from its XML, merged cells repeated with the key of their first slot."""
    from docx.oxml.ns import qn
    from docx.table import _Cell

    grid: list[list[tuple[str, tuple[int, int]]]] = []
    for r, tr in enumerate(table._tbl.tr_lst):
        row: list[tuple[str, tuple[int, int]]] = []
        c = 0
        trpr = tr.find(qn("w:trPr"))
        before = trpr.find(qn("w:gridBefore")) if trpr is not None else None
        if before is not None:
            for _ in range(cell_span(before.get(qn("w:val")))):
                row.append(("", (r, c)))
                c += 1
        for tc in tr.findall(qn("w:tc")):
            tcpr = tc.find(qn("w:tcPr"))
            span = 1
            vmerge = None
            if tcpr is not None:
                gs = tcpr.find(qn("w:gridSpan"))
                span = cell_span(gs.get(qn("w:val"))) if gs is not None else 1
                vm = tcpr.find(qn("w:vMerge"))
                if vm is not None:
                    vmerge = vm.get(qn("w:val")) or "continue"
            if vmerge == "continue" and r > 0 and c < len(grid[r - 1]):
                cell = grid[r - 1][c]
            else:
                text = "\n".join(p.text for p in _Cell(tc, table).paragraphs).strip()
                cell = (text, (r, c))
            for _ in range(span):
                row.append(cell)
                c += 1
        grid.append(row)
    return grid

