"""The one output mechanism (:mod:`policykg.files`) in process: kinds of paths, failures, permissions."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from policykg.errors import OutputError
from policykg.files import describe, is_stdout, output_file, regular_size, write_output


def test_a_regular_file_is_replaced_whole_and_keeps_its_permissions(tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o600)
    write_output(out, "新的内容\n")
    assert out.read_text(encoding="utf-8") == "新的内容\n"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_a_new_file_gets_the_permissions_of_a_plain_open(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        write_output(tmp_path / "new.bin", b"\x00\x01")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.bin").stat().st_mode) == 0o644


def test_an_error_while_writing_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    out.write_text("old", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt), output_file(out) as fh:
        fh.write("half")
        raise KeyboardInterrupt
    assert out.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_a_dangling_symlink_gets_its_target_created(tmp_path: Path) -> None:
    link = tmp_path / "link"
    link.symlink_to(tmp_path / "sub" / "target")
    write_output(link, "x")
    assert link.is_symlink() and (tmp_path / "sub" / "target").read_text(encoding="utf-8") == "x"


def test_a_chain_of_symlinks_is_followed_to_the_end(tmp_path: Path) -> None:
    target = tmp_path / "target"
    target.write_text("old", encoding="utf-8")
    (tmp_path / "one").symlink_to(target)
    (tmp_path / "two").symlink_to(tmp_path / "one")
    write_output(tmp_path / "two", "new")
    assert (tmp_path / "two").is_symlink() and (tmp_path / "one").is_symlink()
    assert target.read_text(encoding="utf-8") == "new"


@pytest.mark.parametrize(
    "make, words",
    [
        pytest.param(lambda t: (t / "dir").mkdir() or t / "dir", "is a folder", id="a-folder"),
        pytest.param(lambda t: (t / "f").write_text("x") and t / "f" / "out", "cannot create its folder",
                     id="a-file-where-the-folder-should-be"),
        pytest.param(lambda t: (t / "to-dir").symlink_to(t) or t / "to-dir", "is a folder", id="a-link-to-a-folder"),
    ],
)  # fmt: skip
def test_what_cannot_be_written_is_one_output_error(tmp_path: Path, make, words: str) -> None:
    path = make(tmp_path)
    with pytest.raises(OutputError) as info:
        write_output(path, "x")
    assert words in str(info.value) and str(path) in str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anything")
def test_a_read_only_file_is_refused_not_replaced(tmp_path: Path) -> None:
    out = tmp_path / "ro.txt"
    out.write_text("keep", encoding="utf-8")
    out.chmod(0o444)
    with pytest.raises(OutputError, match="not writable"):
        write_output(out, "x")
    assert out.read_text(encoding="utf-8") == "keep"


def test_dash_names_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    write_output("-", "行\n")
    assert capsys.readouterr().out == "行\n"
    assert is_stdout("-") and is_stdout(Path("-")) and not is_stdout("./-") and not is_stdout(None)
    assert describe("-") == "standard output" and regular_size("-") is None


def test_a_fifo_is_written_in_place(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader, so opening for writing does not wait
    try:
        write_output(fifo, b"bytes")
        assert os.read(fd, 100) == b"bytes"
    finally:
        os.close(fd)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and regular_size(fifo) is None
