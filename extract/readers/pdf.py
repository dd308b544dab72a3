"""PDF reader (pypdfium2): page by page, without running headers and footers.

Running headers and footers (lines at the same place and with the same words on
many pages, page numbers such as ``— 3 —``, ``-3-``, ``第3页``) are dropped; lines
that a page's right margin wrapped are joined again by their geometry; pages are
joined with a blank line, so the normaliser re-joins sentences a page break cut.
``pages`` holds each page's start offset in ``raw``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from policykg.errors import InputError
from policykg.extract.readers.base import ReadResult, read_bytes

KIND = "pdf"


def sniff(head: bytes, suffix: str) -> bool:
    """Whether a file is a PDF: ``%PDF-`` in its first kilobyte, whatever its name."""
    return b"%PDF-" in head[:1024]


def read(path: Path, head: bytes) -> ReadResult:
    """Read a PDF file (see :func:`pdf_text`)."""
    data = read_bytes(path)
    raw, pages, warnings = pdf_text(data, path=str(path))
    return ReadResult(raw=raw, sha256=hashlib.sha256(data).hexdigest(), kind=KIND, pages=pages,
                      warnings=tuple(warnings))


# A line that is only a page number: — 3 —, -3-, ·3·, 3, 3/16, 第3页, 第3页 共16页, Page 3 of 16.
_PAGE_NUMBER = re.compile(
    r"^[\s\-—–－‐―~～·•]*(?:"
    r"\d{1,3}(?:\s*[/／]\s*\d{1,4})?"
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?"
    r"|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页"
    r"|[Pp](?:age|\.)?\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?"
    r")[\s\-—–－‐―~～·•]*$"
)
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")
# The start of a numbered item or heading: never the continuation of a wrapped line.
_ITEM_START = re.compile(
    r"^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百]+[)）]|\d{1,3}\s*[.、．](?!\d)|[（(]\d{1,3}[)）]"
    r"|[①-⑳]|第[一二三四五六七八九十百\d]+[条章节部分]|附件)"
)
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")
# Characters PDF text layers give in place of common ideographs (Kangxi radicals, CJK
# radical supplement, compatibility ideographs): mapped one for one by NFKC.
_PDF_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


@dataclass(slots=True)
class _Line:
    text: str
    x0: float = 0.0
    x1: float = 0.0
    y: float = 0.0  # vertical middle, PDF points from the bottom
    em: float = 0.0  # font size
    geometry: bool = False


def pdf_text(data: bytes, *, path: str | None = None) -> tuple[str, tuple[int, ...], list[str]]:
    """The text of a PDF, page by page, without running headers and footers.

    Args:
        data: the PDF's bytes.
        path: the file's name, for messages.

    Returns:
        ``(raw, pages, warnings)``: the text with pages separated by a blank line,
        the offset of each page's start in it, and notes on pages without text.

    Raises:
        InputError: the PDF is cut short, damaged, encrypted, or holds no text layer.
    """
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    if b"%%EOF" not in data[-4096:]:
        raise InputError("truncated PDF: it does not end with %%EOF (a cut download or copy?)", path=path)
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        reason = str(exc)
        if "password" in reason.lower():
            raise InputError("the PDF is encrypted (password-protected)", path=path) from None
        raise InputError(f"damaged PDF: {reason.rstrip('.')}", path=path) from None
    try:
        pages: list[list[_Line]] = []
        sizes: list[tuple[float, float]] = []
        scanned: list[int] = []
        for i in range(len(pdf)):
            page = pdf[i]
            try:
                tp = page.get_textpage()
                lines = _page_lines(tp)
                tp.close()
                if sum(len(li.text.strip()) for li in lines) < 3 and any(
                    True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2)
                ):
                    scanned.append(i + 1)
                sizes.append(page.get_size())
            except pdfium.PdfiumError as exc:
                raise InputError(f"damaged PDF: page {i + 1}: {str(exc).rstrip('.')}", path=path) from None
            finally:
                page.close()
            pages.append(lines)
    finally:
        pdf.close()
    if not pages or not any(li.text.strip() for lines in pages for li in lines):
        raise InputError("the PDF has no text layer (scanned?): needs OCR", path=path)
    _drop_running_lines(pages, sizes)
    raw_parts: list[str] = []
    starts: list[int] = []
    pos = 0
    for lines in pages:
        text = _join_lines(lines)
        if raw_parts:
            raw_parts.append("\n\n")
            pos += 2
        starts.append(pos)
        raw_parts.append(text)
        pos += len(text)
    warnings = []
    if scanned:
        listed = ", ".join(map(str, scanned[:10])) + (" …" if len(scanned) > 10 else "")
        warnings.append(
            f"page{'s' if len(scanned) > 1 else ''} {listed} of {len(pages)} "
            f"{'have' if len(scanned) > 1 else 'has'} no text layer (scanned?): "
            "their text is missing; needs OCR"
        )
    return "".join(raw_parts), tuple(starts), warnings


def _page_lines(tp: Any) -> list[_Line]:
    """The lines of one page in the order of the text layer, with their boxes."""
    n = tp.count_chars()
    if n <= 0:
        return []
    text = tp.get_text_range(0, n)
    geometry = len(text) == n  # char indices and string indices agree: boxes can be looked up
    out: list[_Line] = []
    pos = 0
    for piece in re.split(r"(\r\n|\n|\r)", text):
        if piece in ("\r\n", "\n", "\r"):
            pos += len(piece)
            continue
        clean = _clean_pdf_text(piece)
        if clean.strip():
            line = _Line(clean)
            if geometry:
                first = pos + (len(piece) - len(piece.lstrip()))
                last = pos + len(piece.rstrip()) - 1
                l0, b0, r0, t0 = tp.get_charbox(first, loose=True)
                l1, b1, r1, t1 = tp.get_charbox(last, loose=True)
                if r1 >= l0 and t0 > b0:
                    line.x0, line.x1 = l0, r1
                    line.y = (b0 + t0) / 2
                    line.em = t0 - b0
                    line.geometry = True
            out.append(line)
        pos += len(piece)
    return out


@lru_cache(maxsize=1)
def _pdf_translation() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in [*range(0x2E80, 0x2EFA), *range(0x2F00, 0x2FD6), *range(0xF900, 0xFADA)]:
        folded = unicodedata.normalize("NFKC", chr(code))
        if len(folded) == 1 and folded != chr(code):
            table[code] = folded
    return table


def _clean_pdf_text(s: str) -> str:
    return _PDF_CONTROL.sub("", s.translate(_pdf_translation()))


def _mask(text: str) -> str:
    return _DIGITS.sub("#", _SPACES.sub("", text))


def _drop_running_lines(pages: list[list[_Line]], sizes: list[tuple[float, float]]) -> None:
    """Remove running headers, footers and page numbers from every page, in place.

    A line is running when it sits in the top or bottom band of its page and either
    is a page number or has the same words (digits aside) at the same height on
    several pages. A masthead set lower on the cover is not at the header's height.
    """
    n = len(pages)
    candidates: dict[tuple[str, str], list[tuple[int, float]]] = {}
    banded: list[list[tuple[int, str]]] = []
    for i, lines in enumerate(pages):
        height = sizes[i][1] if i < len(sizes) else 842.0
        here: list[tuple[int, str]] = []
        geo = [li for li in lines if li.geometry]
        for k, li in enumerate(lines):
            if li.geometry:
                band = "top" if li.y > height * 0.86 else "bottom" if li.y < height * 0.14 else ""
            else:  # no boxes: the first and last two lines stand in for the bands
                band = "top" if k < 2 else "bottom" if k >= len(lines) - 2 else ""
            if not band or (geo and not li.geometry):
                continue
            here.append((k, band))
            candidates.setdefault((_mask(li.text), band), []).append((i, li.y))
        banded.append(here)
    needed = max(2, int(0.3 * n + 0.999)) if n > 1 else 10**9
    for i, lines in enumerate(pages):
        drop = set()
        for k, band in banded[i]:
            li = lines[k]
            if _PAGE_NUMBER.match(li.text.strip()):
                drop.add(k)
                continue
            seen = {p for p, y in candidates.get((_mask(li.text), band), ()) if abs(y - li.y) <= 4.0}
            if len(seen) >= needed:
                drop.add(k)
        if drop:
            pages[i] = [li for k, li in enumerate(lines) if k not in drop]


def _join_lines(lines: list[_Line]) -> str:
    """One page's lines, those a right margin wrapped joined again."""
    if not lines:
        return ""
    geo = [li for li in lines if li.geometry]
    left = min((li.x0 for li in geo), default=0.0)
    right = max((li.x1 for li in geo), default=0.0)
    parts = [lines[0].text.strip()]
    for a, b in zip(lines, lines[1:], strict=False):
        bt = b.text.strip()
        parts.append(_separator(a, b, left, right) + bt)
    return "".join(parts)


def _separator(a: _Line, b: _Line, left: float, right: float) -> str:
    if not (a.geometry and b.geometry) or a.em <= 0:
        return "\n"
    em = a.em
    full = a.x1 >= right - 1.2 * em
    flush_left = b.x0 <= left + 0.6 * em
    below = 0 < a.y - b.y < 2.2 * em
    same_size = abs(b.em - em) <= 0.2 * em
    if not (full and flush_left and below and same_size) or _ITEM_START.match(b.text.strip()):
        return "\n"
    at, bt = a.text.rstrip(), b.text.lstrip()
    if at and bt and _ASCII_WORD.match(at[-1]) and _ASCII_WORD.match(bt[0]):
        return " "
    return ""

