"""Daily backups: a checked copy once a day, private files, and the thinning rule."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.records import session
from tests.store.helpers import digest
from unknot.core.clock import FakeClock
from unknot.core.records import SessionKind
from unknot.paths import HISTORY_FILE_NAME
from unknot.store import History
from unknot.store import daily_backups as backups
from unknot.store.backup_files import backup_name, backups_dir, list_backups, list_pinned_backups
from unknot.store.daily_backups import (
    BackupError,
    back_up_daily,
    backups_to_keep,
    thin_backups,
    verify_copy,
)
from unknot.store.damaged import set_aside
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


def test_every_session_of_the_day_refreshes_the_days_copy(history: History, data_dir: Path) -> None:
    fill(history)
    first = back_up_daily(data_dir, TODAY)
    assert first.made is not None
    assert read_backup_file(first.made).sessions == tuple(history.sessions())
    fill(history, 6)  # more sessions later the same day
    again = back_up_daily(data_dir, TODAY)
    assert again.made == first.made
    assert (again.sessions, again.holds) == (6, 6)
    assert read_backup_file(first.made).sessions == tuple(history.sessions())
    # Still one copy for the day, and nothing else left in the folder.
    assert sorted(p.name for p in backups_dir(data_dir).iterdir()) == [backup_name(TODAY)]


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
    todays = back_up_daily(data_dir, TODAY).made
    assert todays is not None
    before = digest(todays)

    def damaged(path: Path) -> backups.CopyCheck:
        raise BackupError(f"The backup copy {path.name} is damaged: page 3 is wrong")

    monkeypatch.setattr(backups, "verify_copy", damaged)
    with pytest.raises(BackupError, match="damaged"):
        back_up_daily(data_dir, TODAY)
    # The copy made earlier today stays whole: a new one takes its name only
    # once it has passed.
    assert sorted(p.name for p in folder.iterdir()) == [older.name, todays.name]
    assert older.read_bytes() == b"yesterday's copy"
    assert digest(todays) == before


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
    kept = sorted(backups_to_keep(every_day, monthly=0))
    daily = days_back(*range(7))
    # The newest copy of each of the last four Monday-Sunday weeks: this week's
    # (today), then the Sundays before it.
    weekly = [TODAY, date(2026, 3, 8), date(2026, 3, 1), date(2026, 2, 22)]
    assert kept == sorted(set(daily) | set(weekly))
    assert len(kept) == 9


def test_thinning_counts_weeks_that_have_a_copy() -> None:
    # Practice stopped for a month: the weeks kept are the last four with a copy.
    copies = days_back(0, 40, 41, 50, 60, 70, 80)
    kept = backups_to_keep(copies, daily=2, weekly=4, monthly=0)
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


def test_what_copies_cut_short_left_is_cleared_and_nothing_else(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    ours = [
        ".history-2026-03-10.sqlite3.partial",
        ".history-2026-03-10.sqlite3.partial-journal",
        ".history-2026-03-09.sqlite3.partial-wal",
        ".history-2026-03-09.sqlite3.partial-shm",
    ]
    strangers = [
        "history-2026-03-10.sqlite3",
        ".history-2026-03-10.sqlite3.partial.txt",
        ".history-2026-03-10.sqlite3.partial-notes",
        ".notes.partial",
        "history-2026-03-10.sqlite3.partial",
        "history.damaged-20260310-080000.sqlite3",
    ]
    for name in ours + strangers:
        (folder / name).write_bytes(b"x")
    (folder / ".history-2026-03-08.sqlite3.partial").mkdir()  # not a file: not ours
    removed = backups.remove_partials(folder)
    assert sorted(path.name for path in removed) == sorted(ours)
    left = {path.name for path in folder.iterdir()}
    assert left == set(strangers) | {".history-2026-03-08.sqlite3.partial"}
    assert backups.remove_partials(tmp_path / "missing") == []


def test_thinning_keeps_the_newest_copy_of_each_of_twelve_months() -> None:
    every_day = [TODAY - timedelta(days=offset) for offset in range(500)]
    kept = backups_to_keep(every_day)
    months = {(day.year, day.month) for day in kept}
    assert len(months) == 12
    last_of_month = [day for day in kept if (day + timedelta(days=1)).day == 1]
    assert len(last_of_month) == 11  # this month's newest is today
    assert len(kept) <= 7 + 4 + 12
    assert min(kept) == date(2025, 4, 30)


# --- copies made before a file was put aside -------------------------------------


def set_made(path: Path, moment: datetime) -> None:
    stamp = moment.timestamp()
    os.utime(path, (stamp, stamp))


def local(moment: datetime) -> datetime:
    """`moment` as the naive local time a kept-aside name and `made_at` use."""
    return datetime.fromtimestamp(moment.timestamp())


def put_aside(data_dir: Path, moment: datetime) -> Path:
    """What the store does with a damaged history: rename it with its side files
    to a name stamped with the local time."""
    return set_aside(data_dir / HISTORY_FILE_NAME, local(moment))


def test_the_copy_from_before_a_damage_outlives_a_year_of_new_copies(data_dir: Path) -> None:
    # Weeks of daily use on a fake clock, a damage, then more than a year of
    # use of the new history: the last copy from before the damage stays,
    # and reads back with every session it had.
    clock = FakeClock(datetime(2026, 1, 5, 19, 0, tzinfo=UTC), zone="Europe/Berlin")
    folder = backups_dir(data_dir)
    history = History.open(data_dir)
    number = 0

    def practise_and_back_up() -> None:
        nonlocal number
        number += 1
        history.import_history([session(f"s{number}", clock.now())], [])
        result = back_up_daily(data_dir, clock.now().astimezone(clock.zone()).date())
        if result.made is not None:
            set_made(result.made, clock.now())

    for _ in range(20):
        practise_and_back_up()
        clock.advance(86_400)
    before_damage = history.sessions()
    history.close()
    last_good = clock.now() - timedelta(days=1)
    clock.advance(-10 * 3600)  # 09:00 the next day: the file is found damaged
    put_aside(data_dir, clock.now())
    history = History.open(data_dir)
    clock.advance(10 * 3600)
    try:
        # Once a week (every copy costs disk syncs): more than the twelve months
        # the monthly copies reach back.
        for _ in range(60):
            practise_and_back_up()
            clock.advance(7 * 86_400)
    finally:
        history.close()
    found = list_backups(folder)
    pinned_day = last_good.astimezone(clock.zone()).date()
    assert pinned_day in found
    assert list(read_backup_file(found[pinned_day]).sessions) == before_damage
    # The rule still thins: a year of copies, and the pinned one.
    assert len(found) <= 7 + 4 + 12 + 1


def test_sessions_after_a_damage_are_backed_up_and_the_copy_from_before_is_kept(
    data_dir: Path,
) -> None:
    # A copy in the morning, the history found damaged at noon, two sessions of
    # the new history after it: each is in a verified copy the same day, and the
    # morning's copy stays, whole, offered as the history from before the damage.
    clock = FakeClock(datetime(2026, 3, 11, 7, 0, tzinfo=UTC))
    folder = backups_dir(data_dir)
    with History.open(data_dir) as history:
        fill(history, 4)
        before_damage = history.sessions()
    morning = back_up_daily(data_dir, TODAY).made
    assert morning is not None
    set_made(morning, clock.now())
    morning_bytes = digest(morning)
    clock.advance(5 * 3600)
    noon = clock.now()
    put_aside(data_dir, noon)

    kept_as: list[Path] = []
    for session_id in ("after-1", "after-2"):
        clock.advance(2 * 3600)  # 14:00, then 16:00
        with History.open(data_dir) as history:
            history.import_history([session(session_id, clock.now())], [])
            expected = sorted(record.id for record in history.sessions())
        result = back_up_daily(data_dir, TODAY)
        assert result.made == folder / backup_name(TODAY)
        set_made(result.made, clock.now())
        assert sorted(record.id for record in read_backup_file(result.made).sessions) == expected
        if result.kept_pinned is not None:
            kept_as.append(result.kept_pinned)

    # Renamed once, before the first session after the damage; never replaced.
    stamp = local(noon).strftime("%Y%m%d-%H%M%S")  # as in the kept-aside file's name
    assert [path.name for path in kept_as] == [f"history-2026-03-11-before-{stamp}.sqlite3"]
    (pinned,) = kept_as
    assert list_pinned_backups(folder) == [pinned]
    assert digest(pinned) == morning_bytes
    offer = backups.newest_verified_backup(data_dir, before=local(noon))
    assert offer is not None and offer.path == pinned
    assert list(offer.history.sessions) == before_damage
    newest = backups.newest_verified_backup(data_dir)
    assert newest is not None and newest.path == folder / backup_name(TODAY)
    assert {"after-1", "after-2"} <= {record.id for record in newest.history.sessions}

    # Days later, thinning keeps it while the kept-aside file is there...
    for day in range(1, 30):
        clock.advance(86_400)
        result = back_up_daily(data_dir, TODAY + timedelta(days=day))
        assert result.made is not None
        set_made(result.made, clock.now())
    assert pinned.exists()
    # ...and lets it go once that file is deleted; the day's own copy follows the rule.
    for kept in data_dir.glob("history.*-*.sqlite3*"):
        kept.unlink()
    clock.advance(86_400)
    result = back_up_daily(data_dir, TODAY + timedelta(days=30))
    assert pinned in result.removed
    assert list_pinned_backups(folder) == []


_moments = st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31))


@settings(max_examples=200, deadline=None)
@given(
    made=st.dictionaries(st.dates(date(2025, 1, 1), date(2027, 12, 31)), _moments, max_size=80),
    set_asides=st.lists(_moments, max_size=4),
    daily=st.integers(0, 8),
    weekly=st.integers(0, 5),
    monthly=st.integers(0, 13),
)
def test_thinning_never_loses_the_newest_copy_from_before_a_set_aside(
    made: dict[date, datetime],
    set_asides: list[datetime],
    daily: int,
    weekly: int,
    monthly: int,
) -> None:
    # Copies dated by day (the made time is that day's, as a real copy's is).
    made = {day: datetime.combine(day, when.time()) for day, when in made.items()}
    pinned = backups.pinned_days(made, set_asides)
    kept = backups_to_keep(made, daily, weekly, monthly, pinned=pinned)
    assert kept <= set(made)
    for moment in set_asides:
        before = [day for day, when in made.items() if when < moment]
        if before:
            assert max(before) in kept
    newest_first = sorted(made, reverse=True)
    assert set(newest_first[:daily]) <= kept


def copy_of(source: Path, folder: Path, day: date, moment: datetime) -> Path:
    folder.mkdir(mode=0o700, exist_ok=True)
    target = folder / backup_name(day)
    shutil.copyfile(source, target)
    set_made(target, moment)
    return target


def test_the_offer_is_the_newest_copy_that_reads_back(data_dir: Path) -> None:
    folder = backups_dir(data_dir)
    assert backups.newest_verified_backup(data_dir) is None
    with History.open(data_dir) as history:
        fill(history, 2)
    made = back_up_daily(data_dir, TODAY - timedelta(days=2)).made
    assert made is not None
    noon = datetime(2026, 3, 9, 12, 0, tzinfo=UTC)
    set_made(made, noon)
    good = copy_of(made, folder, TODAY - timedelta(days=1), noon + timedelta(days=1))
    # Newer, but damaged in the middle: passed over, and left as it was.
    broken = copy_of(made, folder, TODAY, noon + timedelta(days=2))
    size = broken.stat().st_size
    with broken.open("r+b") as file:
        file.seek(size // 2)
        file.write(b"\xff" * (size - size // 2))
    set_made(broken, noon + timedelta(days=2))
    broken_bytes = digest(broken)
    offer = backups.newest_verified_backup(data_dir)
    assert offer is not None
    assert offer.path == good
    assert len(offer.history.sessions) == 2
    assert offer.made_at == local(noon + timedelta(days=1))
    assert digest(broken) == broken_bytes
    # Asked for one made before a moment: the newest before it, if any.
    offer = backups.newest_verified_backup(data_dir, before=local(noon + timedelta(hours=1)))
    assert offer is not None and offer.path == made
    offer = backups.newest_verified_backup(data_dir, before=local(noon - timedelta(days=9)))
    assert offer is not None and offer.path == good


def test_a_file_in_place_of_the_backups_folder_is_said_and_kept(
    history: History, data_dir: Path
) -> None:
    fill(history)
    backups_dir(data_dir).write_bytes(b"not a folder")
    with pytest.raises(BackupError, match="backups folder"):
        back_up_daily(data_dir, TODAY)
    assert backups_dir(data_dir).read_bytes() == b"not a folder"
    assert backups.newest_verified_backup(data_dir) is None
