"""What a reader returns: the text every record's offsets index and the facts around it."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from policykg.errors import InputError
from policykg.extract.text import MAX_BYTES


@dataclass(frozen=True, slots=True)
class ReadResult:
    """A file read into text.

    Attributes:
        raw: the text every record's offsets index.
        sha256: hex SHA-256 of the file's bytes.
        kind: ``"text"``, ``"pdf"``, ``"html"`` or ``"docx"``.
        pages: for a PDF, the offset in ``raw`` where each page starts (page 1 first);
            None for other kinds.
        metadata: facts the file states outside its text: a portal page's
            ``索引号``/``发布机构``/``发文字号``/``成文日期``/``发布日期``/``主题分类``/``标题``.
        warnings: what was read only in part (pages without a text layer …).
    """

    raw: str
    sha256: str
    kind: str
    pages: tuple[int, ...] | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()

    def page_of(self, offset: int) -> int | None:
        """The 1-based page holding ``raw[offset]``, or None when the file has no pages."""
        if not self.pages:
            return None
        return max(1, bisect_right(self.pages, offset))


def read_bytes(p: Path) -> bytes:
    """The bytes of a file, refused when missing, too large or empty."""
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                f"file is too large ({size / 1e6:.0f} MB; the limit is {MAX_BYTES // 2**20} MiB)", path=str(p)
            )
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=str(p)) from None
    if not data.strip():
        raise InputError("file is empty", path=str(p))
    return data


def with_path(exc: InputError, path: str) -> InputError:
    """``exc`` naming the file."""
    return InputError(exc.message, path=path) if exc.path is None else exc
