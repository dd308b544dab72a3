"""Writing what a command produces to the place a user named, without harming what is there.

One mechanism for every ``-o PATH`` of the command line and every library function that
writes a file (the explorer page, workbooks, exports, records):

- ``-`` is standard output;
- a path that exists and is not a regular file (a device such as ``/dev/null``, a named
  pipe, a socket, a terminal) is opened and written as it is, never replaced: replacing
  ``/dev/null`` with a regular file would break every program on the machine, and a
  pipe's reader would get nothing;
- a symbolic link is followed, and its target is what gets written;
- a regular file (or a new one) is written atomically: the bytes go to a temporary file
  in the same folder, renamed onto the path only when everything was written, so an
  interrupted run leaves the old file whole and never half a new one; a file replaced
  keeps its permissions;
- a missing parent folder is created; a folder, or a parent that cannot be made, is an
  :class:`~policykg.errors.OutputError` in one line.

This module knows nothing about the command line (no click), so the library uses it too.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from policykg.errors import OutputError

#: The path that means standard output.
STDOUT = "-"


def is_stdout(path: str | os.PathLike[str] | None) -> bool:
    """Whether ``path`` names standard output (``-``).

    Args:
        path: an output path or None.

    Returns:
        True for ``-``.
    """
    return path is not None and os.fspath(path) == STDOUT


def describe(path: str | os.PathLike[str]) -> str:
    """How to name an output in a message: ``standard output`` for ``-``, else the path.

    Args:
        path: an output path.

    Returns:
        The words.
    """
    return "standard output" if is_stdout(path) else os.fspath(path)


def regular_size(path: str | os.PathLike[str]) -> int | None:
    """The size of the regular file at ``path`` (a symbolic link followed), or None for anything else.

    Args:
        path: an output path, ``-`` included.

    Returns:
        Bytes, or None for standard output, a device, a pipe or a missing path.
    """
    if is_stdout(path):
        return None
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size if stat.S_ISREG(st.st_mode) else None


def is_atomic(path: str | os.PathLike[str]) -> bool:
    """Whether :func:`output_file` writes ``path`` atomically (a regular file or a new one).

    An interrupted writer then leaves whatever was there before; to standard output, a
    device or a pipe what was written before the interruption has gone out.

    Args:
        path: an output path, ``-`` included.

    Returns:
        True unless ``path`` is standard output or exists as something else than a file.
    """
    if is_stdout(path):
        return False
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return True  # missing: a new file, written whole or not at all


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


@contextmanager
def output_file(path: str | os.PathLike[str], mode: str = "w") -> Iterator[IO]:
    """An open handle for writing to ``path`` as the module docstring describes.

    Args:
        path: the destination; ``-`` for standard output.
        mode: ``"w"`` (UTF-8 text) or ``"wb"``.

    Yields:
        The handle (standard output's own, flushed but not closed at the end).

    Raises:
        OutputError: the path is a folder, its folder cannot be created, or it cannot
            be opened or replaced.
    """
    binary = "b" in mode
    text_args = {} if binary else {"encoding": "utf-8"}
    if is_stdout(path):
        fh = sys.stdout.buffer if binary else sys.stdout
        yield fh
        fh.flush()
        return
    given = os.fspath(path)
    # A symbolic link (or a chain of them) is followed: its target is what the user means.
    target = Path(os.path.realpath(given)) if os.path.islink(given) else Path(given)
    try:
        st: os.stat_result | None = os.stat(target)
    except (FileNotFoundError, NotADirectoryError):
        st = None  # (a file where a folder of the path should be is reported when making the folder)
    except OSError as exc:
        raise OutputError(f"cannot write here: {_reason(exc)}", path=given) from None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise OutputError("is a folder; give a file name", path=given)
    if st is not None and not stat.S_ISREG(st.st_mode):
        # A device, pipe or socket: written in place, never replaced.
        try:
            fh = open(target, mode, **text_args)  # noqa: SIM115 - closed below
        except OSError as exc:
            raise OutputError(f"cannot write: {_reason(exc)}", path=given) from None
        with fh:
            yield fh
        return
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create its folder: {_reason(exc)}", path=given) from None
    if st is not None and not os.access(target, os.W_OK):
        raise OutputError("not writable (permission denied)", path=given)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=str(target.parent))
    except OSError as exc:
        raise OutputError(f"cannot write in its folder: {_reason(exc)}", path=given) from None
    try:
        if st is not None:
            permissions = stat.S_IMODE(st.st_mode)
        else:
            # mkstemp makes the file private (0600); give it the permissions a plain open() would.
            umask = os.umask(0)
            os.umask(umask)
            permissions = 0o666 & ~umask
        os.fchmod(fd, permissions)
        with os.fdopen(fd, mode, **text_args) as fh:
            yield fh
        try:
            os.replace(tmp, target)
        except OSError as exc:
            raise OutputError(f"cannot replace: {_reason(exc)}", path=given) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_output(path: str | os.PathLike[str], data: str | bytes) -> None:
    """Write ``data`` to ``path`` (see :func:`output_file`).

    Args:
        path: the destination; ``-`` for standard output.
        data: text (written as UTF-8) or bytes.

    Raises:
        OutputError: see :func:`output_file`.
    """
    with output_file(path, "wb" if isinstance(data, bytes) else "w") as fh:
        fh.write(data)


__all__ = ["STDOUT", "describe", "is_atomic", "is_stdout", "output_file", "regular_size", "write_output"]
