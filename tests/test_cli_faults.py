"""The command line when the files around it fail: every refusal is one plain
line on stderr and a non-zero exit, never a traceback, and the history is left
as it was; every place the system lets `export -o` write to works."""

from __future__ import annotations

import contextlib
import os
import stat
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.faults import (
    answers_at_once,
    disk_full,
    held_by_another_writer,
    read_only_folder,
    sessions_to_add,
    shared_folder,
    short_busy_wait,
)
from unknot import cli
from unknot.cli import main
from unknot.store.exchange import to_json_text
from unknot.store.history import History


def _run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    with answers_at_once():
        status = main([str(arg) for arg in argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _one_line(err: str) -> str:
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("unknot: error: ")
    assert "unexpected problem" not in lines[0]
    return lines[0]


@pytest.fixture
def root() -> Iterator[Path]:
    with shared_folder() as folder:
        yield folder


@pytest.fixture
def data(root: Path) -> Path:
    folder = root / "data"
    with History.open(folder) as history:
        history.import_history(sessions_to_add(3), [])
    return folder


@pytest.fixture
def backup(root: Path) -> Path:
    """A backup with sessions the history does not have yet, readable by anyone."""
    path = root / "more.json"
    path.write_text(to_json_text(sessions_to_add(60), frozenset(), []), encoding="utf-8")
    path.chmod(0o644)
    return path


def _export(capsys: pytest.CaptureFixture[str], data: Path) -> str:
    status, out, err = _run(capsys, "export", "--data-dir", data)
    assert (status, err) == (0, "")
    return out


# --- import under each fault -----------------------------------------------------------

Fault = Callable[[Path, pytest.MonkeyPatch], contextlib.AbstractContextManager[object]]


def _full(data: Path, monkeypatch: pytest.MonkeyPatch) -> contextlib.AbstractContextManager[object]:
    return disk_full()


def _read_only(
    data: Path, monkeypatch: pytest.MonkeyPatch
) -> contextlib.AbstractContextManager[object]:
    return read_only_folder(data)


def _busy(data: Path, monkeypatch: pytest.MonkeyPatch) -> contextlib.AbstractContextManager[object]:
    short_busy_wait(monkeypatch)
    return held_by_another_writer(data / "history.sqlite3")


@pytest.mark.parametrize(
    ("fault", "words"),
    [
        (_full, "The disk is full"),
        (_read_only, "is read-only"),
        (_busy, "is busy: another Unknot"),
    ],
    ids=["disk full", "read-only folder", "another writer"],
)
def test_import_under_a_fault_is_one_line_and_changes_nothing(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    data: Path,
    backup: Path,
    fault: Fault,
    words: str,
) -> None:
    before = _export(capsys, data)
    with fault(data, monkeypatch):
        status, out, err = _run(capsys, "import", "--data-dir", data, backup)
    assert status == 1
    assert out == ""
    line = _one_line(err)
    assert words in line
    assert _export(capsys, data) == before
    # Once the fault is gone, the same command works.
    status, out, err = _run(capsys, "import", "--data-dir", data, backup)
    assert (status, err) == (0, "")
    assert "Sessions added: 60" in out


# --- import reads regular files only ----------------------------------------------------


def _fifo(root: Path) -> Path:
    path = root / "pipe.json"
    os.mkfifo(path)
    return path


def _too_big(root: Path) -> Path:
    path = root / "huge.json"
    with path.open("wb") as file:
        # Sparse: no disk space is used, but the size is what a reader sees.
        file.truncate(cli.MAX_IMPORT_BYTES + 1)
    return path


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (_fifo, "it is a named pipe, not a regular file"),
        (lambda root: Path("/dev/zero"), "it is a device, not a regular file"),
        (lambda root: root, "it is a folder, not a file"),
        (_too_big, "it is larger than 256 MiB"),
        (lambda root: root / "missing.json", "no such file or folder"),
    ],
    ids=["named pipe", "/dev/zero", "folder", "too big", "missing"],
)
def test_import_answers_at_once_for_what_is_not_a_backup_file(
    capsys: pytest.CaptureFixture[str],
    root: Path,
    make: Callable[[Path], Path],
    words: str,
) -> None:
    source = make(root)
    data = root / "data"
    status, out, err = _run(capsys, "import", "--data-dir", data, source)
    assert status == 1
    assert out == ""
    assert words in _one_line(err)
    assert not data.exists()


def test_a_file_as_big_as_allowed_is_still_read(
    capsys: pytest.CaptureFixture[str], root: Path, monkeypatch: pytest.MonkeyPatch, backup: Path
) -> None:
    monkeypatch.setattr(cli, "MAX_IMPORT_BYTES", backup.stat().st_size)
    status, _, err = _run(capsys, "import", "--data-dir", root / "data", backup)
    assert (status, err) == (0, "")
    monkeypatch.setattr(cli, "MAX_IMPORT_BYTES", backup.stat().st_size - 1)
    status, _, err = _run(capsys, "import", "--data-dir", root / "data", backup)
    assert status == 1
    assert "more than Unknot reads" in _one_line(err)


# --- export -o: every place the system accepts ------------------------------------------


def test_export_to_standard_output_by_any_name(
    capsys: pytest.CaptureFixture[str], data: Path
) -> None:
    expected = _export(capsys, data)
    for name in ("-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"):
        status, out, err = _run(capsys, "export", "--data-dir", data, "-o", name)
        assert (status, out, err) == (0, expected, ""), name


def test_export_to_a_relative_path(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _export(capsys, data)
    monkeypatch.chdir(tmp_path)
    status, out, err = _run(capsys, "export", "--data-dir", data, "-o", "backup.json")
    assert (status, err) == (0, "")
    assert "Wrote 3 sessions to backup.json" in out
    assert (tmp_path / "backup.json").read_text(encoding="utf-8") == expected
    assert stat.S_IMODE((tmp_path / "backup.json").stat().st_mode) == 0o600


def test_export_through_a_symlink_replaces_its_target_and_keeps_the_link(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    expected = _export(capsys, data)
    target = tmp_path / "backups" / "latest.json"
    target.parent.mkdir()
    target.write_text("the old backup", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    status, _, err = _run(capsys, "export", "--data-dir", data, "-o", link)
    assert (status, err) == (0, "")
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == expected
    assert sorted(p.name for p in target.parent.iterdir()) == ["latest.json"]


def test_export_to_an_open_descriptor_and_to_dev_null(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    expected = _export(capsys, data)
    with (tmp_path / "out.json").open("wb") as file:
        file.write(b"before:")
        file.flush()
        status, out, err = _run(
            capsys, "export", "--data-dir", data, "-o", f"/dev/fd/{file.fileno()}"
        )
    assert (status, out, err) == (0, "", "")
    assert (tmp_path / "out.json").read_text(encoding="utf-8") == "before:" + expected
    status, out, err = _run(capsys, "export", "--data-dir", data, "-o", "/dev/null")
    assert (status, out, err) == (0, "", "")


def test_export_into_a_named_pipe(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    expected = _export(capsys, data)
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    status, out, err = _run(capsys, "export", "--data-dir", data, "-o", pipe)
    reader.join(timeout=5)
    assert (status, out, err) == (0, "", "")
    assert received == [expected.encode("utf-8")]
    assert stat.S_ISFIFO(pipe.stat().st_mode)


def test_export_to_a_full_disk_is_one_line(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    status, out, err = _run(capsys, "export", "--data-dir", data, "-o", "/dev/full")
    assert (status, out) == (1, "")
    assert _one_line(err) == "unknot: error: cannot write /dev/full: the disk is full"


def test_export_where_it_cannot_write_is_one_line_and_leaves_the_old_file(
    capsys: pytest.CaptureFixture[str], root: Path, data: Path
) -> None:
    folder = root / "backups"
    folder.mkdir()
    old = folder / "backup.json"
    old.write_text("the last good backup", encoding="utf-8")
    new = folder / "new.json"
    with read_only_folder(folder, usable=[data]):
        status, out, err = _run(capsys, "export", "--data-dir", data, "-o", old)
        assert (status, out) == (1, "")
        assert _one_line(err) == (
            f"unknot: error: cannot write {old}: its folder may not be written, "
            "so it cannot be replaced safely"
        )
        status, out, err = _run(capsys, "export", "--data-dir", data, "-o", new)
        assert (status, out) == (1, "")
        assert _one_line(err) == f"unknot: error: cannot write {new}: permission denied"
    assert old.read_text(encoding="utf-8") == "the last good backup"
    assert sorted(p.name for p in folder.iterdir()) == ["backup.json"]


def test_export_to_a_folder_is_one_line(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    status, out, err = _run(capsys, "export", "--data-dir", data, "-o", data)
    assert (status, out) == (2, "")
    assert _one_line(err) == f"unknot: error: cannot write {data}: it is a folder, not a file"


def test_on_a_full_disk_the_history_still_reads_and_exports(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    before = _export(capsys, data)
    with disk_full():
        assert _export(capsys, data) == before
        status, _, err = _run(capsys, "export", "--data-dir", data, "-o", tmp_path / "b.json")
        assert (status, err) == (0, "")
        status, out, err = _run(capsys, "stats", "--json", "--data-dir", data)
        assert (status, err) == (0, "")
        assert '"total_sessions": 3' in out
    assert (tmp_path / "b.json").read_text(encoding="utf-8") == before
