"""The log in the data folder: private, small, and without what the person entered."""

from __future__ import annotations

import logging
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from unknot.diagnostics import (
    LOG_BACKUPS,
    LOG_FILE_NAME,
    LOG_MAX_BYTES,
    current_log,
    full_details,
    outline,
    start_log,
    stop_log,
)


@pytest.fixture
def log_in(tmp_path: Path) -> Iterator[Path]:
    path = start_log(tmp_path / "data")
    assert path is not None
    yield path
    stop_log()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_log_is_the_owners_only_and_in_the_data_folder(log_in: Path, tmp_path: Path) -> None:
    logging.getLogger("unknot.test").info("session %s started", "abc")
    assert log_in == tmp_path / "data" / LOG_FILE_NAME
    assert current_log() == log_in
    assert _mode(log_in) == 0o600
    assert _mode(log_in.parent) == 0o700
    (line,) = log_in.read_text(encoding="utf-8").splitlines()
    assert line.endswith("INFO unknot.test: session abc started")


def test_a_wider_log_left_behind_is_made_private(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / LOG_FILE_NAME).write_text("old line\n")
    (folder / LOG_FILE_NAME).chmod(0o644)
    path = start_log(folder)
    try:
        assert path is not None and _mode(path) == 0o600
    finally:
        stop_log()


def test_it_rotates_and_keeps_two_small_files(log_in: Path) -> None:
    logger = logging.getLogger("unknot.test")
    for number in range(3 * LOG_MAX_BYTES // 60):
        logger.info("hold %d saved in session %s", number, "0" * 32)
    files = sorted(log_in.parent.glob(f"{LOG_FILE_NAME}*"))
    assert [f.name for f in files] == [LOG_FILE_NAME, f"{LOG_FILE_NAME}.1"]
    assert LOG_BACKUPS == 1
    for path in files:
        assert path.stat().st_size <= LOG_MAX_BYTES
        assert _mode(path) == 0o600


def test_a_second_start_replaces_the_handler_and_stop_closes_it(
    log_in: Path, tmp_path: Path
) -> None:
    other = start_log(tmp_path / "other")
    assert other is not None and current_log() == other
    logging.getLogger("unknot.test").info("once")
    assert log_in.read_text() == ""
    assert other.read_text().count("once") == 1
    stop_log()
    assert current_log() is None


def test_a_folder_that_cannot_take_a_file_means_no_log(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    assert start_log(blocked) is None
    assert current_log() is None


def _raise_with_values(rating: int, note: str) -> None:
    # As the app's own errors do: the values are in the message, not in the code.
    try:
        raise ValueError(f"tenderness must be 0-10, not {rating}")
    except ValueError as error:
        raise RuntimeError(f"could not save the note {note!r}") from error


def test_the_outline_says_where_but_never_the_message() -> None:
    rating, note = 4711, "sore after the run"
    with pytest.raises(RuntimeError) as raised:
        _raise_with_values(rating, note)
    error = raised.value
    text = outline(type(error), error, error.__traceback__)
    assert "RuntimeError" in text and "ValueError" in text
    assert "_raise_with_values" in text and "test_diagnostics.py" in text
    assert "4711" not in text
    assert "sore after the run" not in text
    details = full_details(type(error), error, error.__traceback__)
    assert "sore after the run" in details and "not 4711" in details
