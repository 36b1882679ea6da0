"""A full disk, a read-only folder and another writer: each is its own error,
told in one plain line, and leaves the history as it was."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.faults import (
    START,
    a_hold,
    disk_full,
    held_by_another_writer,
    read_only_folder,
    sessions_to_add,
    shared_folder,
    short_busy_wait,
)
from unknot.core.records import SessionKind, SessionRecord
from unknot.store import History
from unknot.store.errors import (
    HistoryBusyError,
    HistoryError,
    HistoryFaultError,
    HistoryFullError,
    HistoryReadOnlyError,
    classify,
)


def _seed(folder: Path) -> list[SessionRecord]:
    with History.open(folder) as history:
        history.import_history(sessions_to_add(3), [date(2026, 2, 1)])
        return history.sessions()


def _contents(folder: Path) -> tuple[list[SessionRecord], frozenset[date]]:
    with History.open(folder) as history:
        return history.sessions(), history.rest_days()


def _assert_plain(error: HistoryError, words: str, history_file: Path) -> None:
    message = str(error)
    assert words in message
    assert "\n" not in message
    assert str(history_file.parent) in message
    # Never SQLite's own words, which mean nothing to the person.
    words_only = message.replace(str(history_file), "").lower()
    assert "sqlite" not in words_only
    assert "attempt to write" not in words_only


def test_a_full_disk_is_said_and_a_later_try_works(data_dir: Path) -> None:
    _seed(data_dir)
    before = _contents(data_dir)
    more = sessions_to_add(200)
    with disk_full(), History.open(data_dir) as history:
        with pytest.raises(HistoryFullError) as raised:
            history.import_history(more, [])
        # The same history, still open, reads on.
        assert history.sessions() == before[0]
    _assert_plain(raised.value, "The disk is full", data_dir / "history.sqlite3")
    assert raised.value.doing == "import into"
    assert _contents(data_dir) == before
    with History.open(data_dir) as history:
        report = history.import_history(more, [])
    assert report.sessions_added == 200


def test_a_session_in_progress_on_a_full_disk_keeps_what_it_saved(data_dir: Path) -> None:
    _seed(data_dir)
    with disk_full(), History.open(data_dir) as history:
        session_id = history.begin_session(SessionKind.FOCUS, START, "UTC")
        saved = []
        with pytest.raises(HistoryFullError):
            for n in range(10_000):
                hold = a_hold(START + timedelta(minutes=3 * n))
                history.record_hold(session_id, hold)
                saved.append(hold)
        assert history.session(session_id).holds == tuple(saved)  # type: ignore[union-attr]


def test_a_read_only_folder_is_said_and_nothing_changes() -> None:
    with shared_folder() as root:
        folder = root / "data"
        _seed(folder)
        before = _contents(folder)
        with (
            read_only_folder(folder),
            pytest.raises(HistoryReadOnlyError) as raised,
            History.open(folder) as history,
        ):
            history.import_history(sessions_to_add(1), [])
        _assert_plain(raised.value, "is read-only", folder / "history.sqlite3")
        assert _contents(folder) == before


def test_another_writer_is_said_and_a_later_try_works(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _seed(data_dir)
    before = _contents(data_dir)
    short_busy_wait(monkeypatch)
    more = sessions_to_add(2)
    with History.open(data_dir) as history:
        with held_by_another_writer(history.path), pytest.raises(HistoryBusyError) as raised:
            history.import_history(more, [])
        _assert_plain(raised.value, "is busy: another Unknot", history.path)
        assert history.sessions() == before[0]
        assert history.import_history(more, []).sessions_added == 2


# --- classify: every code of a kind, not only the one met above ------------------


def _sqlite_error(code: int, text: str = "some words") -> sqlite3.Error:
    error = sqlite3.OperationalError(text)
    error.sqlite_errorcode = code
    return error


# SQLite's extended result codes for each kind (sqlite.org/rescode.html).
FULL_CODES = [13]
READ_ONLY_CODES = [8, 264, 520, 776, 1032, 1288, 1544]
BUSY_CODES = [5, 261, 517, 773, 6, 262, 518]


@pytest.mark.parametrize(
    ("error", "kind"),
    [(_sqlite_error(code), HistoryFullError) for code in FULL_CODES]
    + [(_sqlite_error(code), HistoryReadOnlyError) for code in READ_ONLY_CODES]
    + [(_sqlite_error(code), HistoryBusyError) for code in BUSY_CODES]
    + [
        (sqlite3.OperationalError("database or disk is full"), HistoryFullError),
        (sqlite3.OperationalError("attempt to write a readonly database"), HistoryReadOnlyError),
        (sqlite3.OperationalError("database is locked"), HistoryBusyError),
        (OSError(28, "No space left on device"), HistoryFullError),
        (OSError(122, "Disk quota exceeded"), HistoryFullError),
        (OSError(30, "Read-only file system"), HistoryReadOnlyError),
    ],
)
def test_each_fault_has_its_class(error: BaseException, kind: type[HistoryError]) -> None:
    path = Path("/somewhere/history.sqlite3")
    found = classify(error, path, "save the hold in")
    assert type(found) is kind
    assert isinstance(found, HistoryFaultError)
    assert "\n" not in str(found)
    assert "could not save the hold in" in str(found)


@pytest.mark.parametrize(
    "error",
    [
        _sqlite_error(11, "database disk image is malformed"),
        _sqlite_error(19, "UNIQUE constraint failed"),
        sqlite3.OperationalError("no such table: sessions"),
        OSError(5, "Input/output error"),
    ],
)
def test_other_problems_are_not_faults_but_still_one_line(error: BaseException) -> None:
    found = classify(error, Path("/somewhere/history.sqlite3"), "read")
    assert type(found) is HistoryError
    assert str(found).startswith("Could not read the history /somewhere/history.sqlite3: ")
    assert "\n" not in str(found)


def test_a_history_error_passes_as_it_is() -> None:
    error = HistoryError("already said")
    assert classify(error, Path("x"), "read") is error
