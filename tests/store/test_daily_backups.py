"""Daily backups: a checked copy once a day, private files, and the thinning rule."""

from __future__ import annotations

import sqlite3
import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from tests.records import session
from tests.store.helpers import digest
from unknot.core.records import SessionKind
from unknot.store import History
from unknot.store import daily_backups as backups
from unknot.store.daily_backups import (
    BackupError,
    back_up_daily,
    backup_due,
    backup_name,
    backups_dir,
    backups_to_keep,
    list_backups,
    thin_backups,
    verify_copy,
)
from unknot.store.data_files import read_backup_file

TODAY = date(2026, 3, 11)


def fill(history: History, count: int = 3) -> None:
    start = datetime(2026, 3, 1, 7, 30, tzinfo=UTC)
    history.import_history(
        [session(f"s{i}", start + timedelta(days=i)) for i in range(count)],
        [date(2026, 3, 8)],
    )


def test_a_backup_is_a_checked_private_copy(history: History, data_dir: Path) -> None:
    fill(history)
    result = back_up_daily(data_dir, TODAY)
    folder = backups_dir(data_dir)
    assert result.made == folder / "history-2026-03-11.sqlite3"
    assert (result.sessions, result.holds) == (3, 3)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(result.made.stat().st_mode) == 0o600
    # One self-contained file: no log beside it, and not in write-ahead mode.
    assert sorted(p.name for p in folder.iterdir()) == ["history-2026-03-11.sqlite3"]
    with sqlite3.connect(result.made) as copy:
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert verify_copy(result.made) == backups.CopyCheck(3, 3)


def test_the_copy_reads_back_as_the_same_history(history: History, data_dir: Path) -> None:
    fill(history, 5)
    made = back_up_daily(data_dir, TODAY).made
    assert made is not None
    parsed = read_backup_file(made)
    assert list(parsed.sessions) == history.sessions()
    assert set(parsed.rest_days) == history.rest_days()


def test_at_most_one_backup_a_day(history: History, data_dir: Path) -> None:
    fill(history)
    first = back_up_daily(data_dir, TODAY)
    assert first.made is not None
    before = digest(first.made)
    assert not backup_due(data_dir, TODAY)
    fill(history, 6)  # more sessions later the same day
    again = back_up_daily(data_dir, TODAY)
    assert again.made is None
    assert digest(first.made) == before
    assert backup_due(data_dir, TODAY + timedelta(days=1))


def test_a_copy_taken_while_a_session_is_open_is_whole(history: History, data_dir: Path) -> None:
    fill(history)
    history.begin_session(SessionKind.FOCUS, datetime(2026, 3, 11, 7, 0, tzinfo=UTC), "UTC")
    result = back_up_daily(data_dir, TODAY)
    assert result.sessions == 4


def test_a_copy_that_fails_its_check_is_not_kept(
    history: History, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(history)
    folder = backups_dir(data_dir)
    folder.mkdir(mode=0o700)
    older = folder / backup_name(TODAY - timedelta(days=1))
    older.write_bytes(b"yesterday's copy")

    def damaged(path: Path) -> backups.CopyCheck:
        raise BackupError(f"The backup copy {path.name} is damaged: page 3 is wrong")

    monkeypatch.setattr(backups, "verify_copy", damaged)
    with pytest.raises(BackupError, match="damaged"):
        back_up_daily(data_dir, TODAY)
    assert sorted(p.name for p in folder.iterdir()) == [older.name]
    assert older.read_bytes() == b"yesterday's copy"


def test_a_copy_with_rows_missing_is_refused(
    history: History, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(history)
    monkeypatch.setattr(backups, "verify_copy", lambda path: backups.CopyCheck(2, 3))
    with pytest.raises(BackupError, match="holds 2 sessions"):
        back_up_daily(data_dir, TODAY)
    assert list_backups(backups_dir(data_dir)) == {}


def test_verify_copy_finds_a_damaged_file(tmp_path: Path) -> None:
    broken = tmp_path / "history-2026-03-11.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(BackupError):
        verify_copy(broken)
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    with pytest.raises(BackupError, match="not an Unknot history"):
        verify_copy(other)


def test_a_copy_cut_short_is_cleared_away(history: History, data_dir: Path) -> None:
    fill(history)
    folder = backups_dir(data_dir)
    folder.mkdir(mode=0o700)
    partial = folder / ".history-2026-03-10.sqlite3.partial"
    partial.write_bytes(b"half a copy")
    back_up_daily(data_dir, TODAY)
    assert not partial.exists()


def test_no_history_no_backup(data_dir: Path) -> None:
    data_dir.mkdir()
    with pytest.raises(BackupError, match="no history"):
        back_up_daily(data_dir, TODAY)


# --- thinning ------------------------------------------------------------------------


def days_back(*offsets: int) -> list[date]:
    return [TODAY - timedelta(days=offset) for offset in offsets]


def test_thinning_keeps_seven_days_and_four_weeks() -> None:
    # A copy every day for sixty days; TODAY is a Wednesday.
    every_day = days_back(*range(60))
    kept = sorted(backups_to_keep(every_day))
    daily = days_back(*range(7))
    # The newest copy of each of the last four Monday-Sunday weeks: this week's
    # (today), then the Sundays before it.
    weekly = [TODAY, date(2026, 3, 8), date(2026, 3, 1), date(2026, 2, 22)]
    assert kept == sorted(set(daily) | set(weekly))
    assert len(kept) == 9


def test_thinning_counts_weeks_that_have_a_copy() -> None:
    # Practice stopped for a month: the weeks kept are the last four with a copy.
    copies = days_back(0, 40, 41, 50, 60, 70, 80)
    kept = backups_to_keep(copies, daily=2, weekly=4)
    assert kept == set(days_back(0, 40, 50, 60))


def test_thinning_keeps_everything_while_there_is_little() -> None:
    copies = days_back(0, 3, 9, 20)
    assert backups_to_keep(copies) == set(copies)
    assert backups_to_keep([]) == set()


def test_thinning_removes_only_its_own_files(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    for day in days_back(*range(40)):
        (folder / backup_name(day)).write_bytes(b"copy")
    strangers = [
        "notes.txt",
        "history-2026-02-30.sqlite3",  # not a date
        "history.before-upgrade-v1-20260101-120000.sqlite3",
        "history-2026-01-01.sqlite3.bak",
    ]
    for name in strangers:
        (folder / name).write_bytes(b"keep me")
    removed = thin_backups(folder)
    left = {p.name for p in folder.iterdir()}
    assert set(strangers) <= left
    kept_days = set(list_backups(folder))
    assert kept_days == backups_to_keep(days_back(*range(40)))
    assert len(removed) == 40 - len(kept_days)
    assert all(not path.exists() for path in removed)


def test_a_daily_run_thins_after_copying(history: History, data_dir: Path) -> None:
    fill(history)
    folder = backups_dir(data_dir)
    folder.mkdir(mode=0o700)
    for day in days_back(*range(1, 30)):
        (folder / backup_name(day)).write_bytes(b"old copy")
    result = back_up_daily(data_dir, TODAY)
    assert result.made is not None and result.made.exists()
    assert set(list_backups(folder)) == backups_to_keep(days_back(*range(30)))
    assert len(result.removed) == 30 - len(list_backups(folder))
