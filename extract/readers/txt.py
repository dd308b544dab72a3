"""Plain text reader: ``.txt``, ``.md`` and anything no other reader claims.

Decoding (UTF-8, UTF-16, GB18030/GBK, Big5) is :func:`policykg.extract.text.read_file`;
the repairs every text needs (PDF line wraps, digits printed one run a line, a body
on one line) are made by :func:`policykg.extract.text.normalise`, which keeps the
offsets pointing at the text as read.
"""

from __future__ import annotations

from pathlib import Path

from policykg.extract.readers.base import ReadResult
from policykg.extract.text import read_file

KIND = "text"


def sniff(head: bytes, suffix: str) -> bool:
    """Always true: the reader of last resort."""
    return True


def read(path: Path, head: bytes) -> ReadResult:
    """Read and decode a text file."""
    raw, sha = read_file(path)
    return ReadResult(raw=raw, sha256=sha, kind=KIND)
