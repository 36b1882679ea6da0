"""Automatic backups: a verified copy of the history after every session.

After a session ends the history is copied into the `backups` folder beside it
(in the data folder, see `unknot.paths.data_dir`) as
`history-YYYY-MM-DD.sqlite3`, the date being the day of the copy; a later
session the same day replaces that day's copy, so it always holds the day's
last session:

1. SQLite's backup API copies the database from one consistent snapshot, so a
   hold being written at that moment cannot tear the copy. It goes to a hidden
   `.history-YYYY-MM-DD.sqlite3.partial` file first, created readable by the
   owner only (0600), in a folder created for the owner only (0700).
2. The copy is switched out of write-ahead logging, so it is one self-contained
   file, then opened again on its own, read-only, and checked: `PRAGMA
   integrity_check`, the file's application id and schema version, and every
   row of every session and hold read back, as many as the history held at the
   moment of the copy.
3. Only a copy that passes takes its name, in one rename: the day's copy before
   it stays whole until then. One that fails is deleted and a BackupError
   raised; the copies already there are left alone. A copy cut short by a crash
   leaves `.partial` files, cleared at the next start (`remove_partials`).

Thinning keeps the newest copy of each of the last 7 days that have one
(daily), of each of the last 4 calendar weeks, Monday to Sunday, that have one
(weekly), and of each of the last 12 calendar months that have one (monthly);
with daily practice that is about twenty files reaching back a year.

A damaged history is kept aside in the data folder (`unknot.store.kept_aside`)
and a new one started, whose copies soon outnumber the good ones. So, for each
kept-aside file still in the data folder, the newest copy made before it was
put aside (by the copy's modification time) is pinned: thinning never deletes
it, and nothing replaces it. When today's copy is the pinned one, the day's next
session still gets its copy: the pinned copy is first renamed, its modification
time kept, to `history-YYYY-MM-DD-before-YYYYmmdd-HHMMSS.sqlite3` (its own day,
then the stamp of the kept-aside file it comes before, as in that file's name),
and the new copy takes the day's usual name. `list_pinned_backups` finds such
copies and `newest_verified_backup` offers them like any other. Deleting the
kept file (once it is no longer needed) lets its pinned copy go: a day's copy
the usual way, a renamed one at the next thinning (the day's own copy stays).
Nothing else in the folder is touched, nor are the copies the store makes
before a schema upgrade (`unknot.store.backup`).

A copy is an ordinary history file: File > Restore from file (or `unknot
restore`) reads it and adds what is missing.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from unknot.files import make_private_dir, sync_directory
from unknot.paths import HISTORY_FILE_NAME
from unknot.store.backup_files import (
    PINNED_NAME,
    STAMP,
    backup_name,
    backups_dir,
    list_backups,
    list_pinned_backups,
)
from unknot.store.data_files import read_backup_file
from unknot.store.database import BUSY_TIMEOUT_SECONDS, create_private_file
from unknot.store.errors import HistoryError
from unknot.store.exchange import ExchangeError, ParsedHistory
from unknot.store.kept_aside import set_aside_times
from unknot.store.migrations import APPLICATION_ID, current_version

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12

_PARTIAL_SUFFIX = ".partial"
# A copy cut short, and the journal or log SQLite kept beside it while writing.
_PARTIAL_NAME = re.compile(r"\.history-\d{4}-\d{2}-\d{2}\.sqlite3\.partial(?:-wal|-shm|-journal)?")


class BackupError(HistoryError):
    """A copy that could not be made or did not pass its check; str() is one line."""


@dataclass(frozen=True)
class CopyCheck:
    sessions: int
    holds: int


@dataclass(frozen=True)
class VerifiedBackup:
    """A copy that read back whole, with what it holds and when it was made."""

    path: Path
    history: ParsedHistory
    made_at: datetime


@dataclass(frozen=True)
class BackupResult:
    # The copy made now, under the day's name.
    made: Path
    sessions: int
    holds: int
    removed: tuple[Path, ...]
    # Today's pinned copy, renamed out of the day's name before this copy took it.
    kept_pinned: Path | None = None


def made_at(path: Path) -> datetime:
    """When a copy was made: its modification time, in local time like the stamp
    of a kept-aside file. Raises OSError."""
    return datetime.fromtimestamp(path.stat().st_mtime)


def pinned_copies(found: Mapping[date, Path], data_dir: Path) -> frozenset[date]:
    """The days of the copies in `found` that the kept-aside files in `data_dir`
    pin: for each, the newest copy made before it was put aside, of these and of
    the renamed pinned copies in its backups folder (see `pinned_days`)."""
    with contextlib.suppress(OSError):
        renamed = list_pinned_backups(backups_dir(data_dir))
        made = _made_times([*found.values(), *renamed])
        pins = _pins(made, set_aside_times(data_dir))
        return frozenset(day for day, path in found.items() if path in pins)
    # The renamed copies cannot be listed: judge by the day's copies alone.
    made_on: dict[date, datetime] = {}
    for day, path in found.items():
        with contextlib.suppress(OSError):
            made_on[day] = made_at(path)
    return pinned_days(made_on, set_aside_times(data_dir))


def pinned_days(made: Mapping[date, datetime], set_asides: Iterable[datetime]) -> frozenset[date]:
    """For each moment a file was put aside, the day of the newest copy made
    before it: the last one that holds the history as it was before the damage."""
    pinned: set[date] = set()
    for moment in set_asides:
        before = [day for day, when in made.items() if when < moment]
        if before:
            pinned.add(max(before))
    return frozenset(pinned)


def back_up_daily(data_dir: Path, today: date) -> BackupResult:
    """Make (or replace) today's copy, then thin the folder. When today's copy is
    pinned it is first renamed out of the day's name (see the module docstring).
    Raises BackupError (the folder keeps what it had, the pinned copy under one
    name or the other) when the copy fails its check or the rename fails."""
    folder = backups_dir(data_dir)
    set_asides = set_aside_times(data_dir)
    todays = list_backups(folder).get(today)
    kept_pinned: Path | None = None
    if todays is not None:
        pins = _pins(_made_times([todays, *list_pinned_backups(folder)]), set_asides)
        if todays in pins:
            kept_pinned = _rename_pinned(todays, today, pins[todays])
    made, check = make_backup(data_dir / HISTORY_FILE_NAME, folder, today)
    removed = thin_backups(folder, pinned_copies(list_backups(folder), data_dir))
    removed += _thin_pinned(folder, set_asides)
    return BackupResult(made, check.sessions, check.holds, tuple(removed), kept_pinned)


def _made_times(paths: Iterable[Path]) -> dict[Path, datetime]:
    made: dict[Path, datetime] = {}
    for path in paths:
        with contextlib.suppress(OSError):
            made[path] = made_at(path)
    return made


def _pins(made: Mapping[Path, datetime], set_asides: Iterable[datetime]) -> dict[Path, datetime]:
    """The copies in `made` pinned by the moments in `set_asides` (the newest copy
    made before each), each with the first moment that pins it."""
    pins: dict[Path, datetime] = {}
    for moment in sorted(set_asides):
        before = [path for path, when in made.items() if when < moment]
        if before:
            newest = max(before, key=lambda path: (made[path], path.name))
            pins.setdefault(newest, moment)
    return pins


def _rename_pinned(path: Path, day: date, moment: datetime) -> Path:
    # A rename keeps the modification time, so the copy stays the one pinned.
    stem = f"history-{day.isoformat()}-before-{moment.strftime(STAMP)}"
    target = path.with_name(f"{stem}.sqlite3")
    counter = 1
    while target.exists():  # the same kept-aside moment twice: a rare clash
        counter += 1
        target = path.with_name(f"{stem}-{counter}.sqlite3")
    try:
        path.rename(target)
    except OSError as error:
        raise BackupError(
            f"The backup from before the damage, {path.name}, could not be kept "
            f"under its own name: {error.strerror}"
        ) from error
    sync_directory(path.parent)
    return target


def _thin_pinned(folder: Path, set_asides: Iterable[datetime]) -> list[Path]:
    """Delete the renamed pinned copies no kept-aside file pins any more: their
    day's own copy, newer, stays under the usual rule."""
    renamed = list_pinned_backups(folder)
    if not renamed:
        return []
    everything = _made_times([*list_backups(folder).values(), *renamed])
    pins = _pins(everything, set_asides)
    removed: list[Path] = []
    for path in renamed:
        if path in pins or path not in everything:
            continue
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed.append(path)
    return removed


def newest_verified_backup(data_dir: Path, before: datetime | None = None) -> VerifiedBackup | None:
    """The newest automatic copy that reads back whole (through
    `data_files.read_backup_file`, as a restore reads it), or None. With
    `before` (local time, as `made_at`), the newest such copy made before then
    if there is one: the history as it was before a file was put aside. A copy
    that does not read back is passed over, never changed; a backups folder
    that cannot be listed has none."""
    folder = backups_dir(data_dir)
    try:
        found = list_backups(folder)
        renamed = list_pinned_backups(folder)
    except OSError:
        return None
    days = {path: day for day, path in found.items()}
    for path in renamed:
        match = PINNED_NAME.fullmatch(path.name)
        assert match is not None  # listed by that pattern
        days[path] = date.fromisoformat(match[1])
    made = _made_times(days)
    # By the day in the name, then (two copies of one day) by when it was made.
    newest_first = sorted(made, key=lambda path: (days[path], made[path]), reverse=True)
    if before is not None:
        # Those made before first, then the rest, each newest first.
        newest_first.sort(key=lambda path: made[path] >= before)
    for path in newest_first:
        try:
            parsed = read_backup_file(path)
        except (ExchangeError, HistoryError, OSError):
            continue
        return VerifiedBackup(path, parsed, made[path])
    return None


def remove_partials(folder: Path) -> list[Path]:
    """Delete what copies cut short (the app was killed mid-way) left in the
    backups `folder`: only names a copy in progress has. Returns what went; a
    file that cannot be removed is left for the next time."""
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        if _PARTIAL_NAME.fullmatch(entry.name) is None or not entry.is_file():
            continue
        with contextlib.suppress(OSError):
            entry.unlink()
            removed.append(entry)
    return removed


def make_backup(database: Path, folder: Path, day: date) -> tuple[Path, CopyCheck]:
    """Copy `database` to `folder/history-<day>.sqlite3`, checked (see the module
    docstring); replaces a copy of the same day."""
    if not database.is_file():
        raise BackupError(f"There is no history at {database} to back up.")
    _make_private_dir(folder)
    remove_partials(folder)
    target = folder / backup_name(day)
    partial = folder / f".{target.name}{_PARTIAL_SUFFIX}"
    try:
        create_private_file(partial)
        expected = _copy(database, partial)
        check = verify_copy(partial)
        if check != expected:
            raise BackupError(
                f"The backup copy holds {check.sessions} sessions and {check.holds} holds, "
                f"but the history held {expected.sessions} and {expected.holds}."
            )
        _sync_file(partial)
        # One rename: the copy of the day before this one stays whole until now.
        partial.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    sync_directory(folder)
    return target, check


def verify_copy(path: Path) -> CopyCheck:
    """Open a copy read-only and check it through; raises BackupError."""
    try:
        connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise BackupError(f"The backup copy {path.name} cannot be opened: {error}") from error
    try:
        rows = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            raise BackupError(f"The backup copy {path.name} is damaged: {'; '.join(rows[:3])}")
        (application_id,) = connection.execute("PRAGMA application_id").fetchone()
        (version,) = connection.execute("PRAGMA user_version").fetchone()
        if application_id != APPLICATION_ID or version != current_version():
            raise BackupError(
                f"The backup copy {path.name} is not an Unknot history of this version "
                f"(id {application_id:#x}, version {version})."
            )
        # Every column of every row, not only a count: a page the integrity check
        # passed can still hold text that does not decode.
        sessions = sum(1 for _ in connection.execute("SELECT * FROM sessions"))
        holds = sum(1 for _ in connection.execute("SELECT * FROM holds"))
        connection.execute("SELECT * FROM rest_days").fetchall()
    except sqlite3.Error as error:
        raise BackupError(f"The backup copy {path.name} cannot be read: {error}") from error
    finally:
        connection.close()
    return CopyCheck(sessions, holds)


def backups_to_keep(
    days: Iterable[date],
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
    pinned: Iterable[date] = (),
) -> frozenset[date]:
    """The days whose copies stay: the newest `daily` days, the newest day of
    each of the newest `weekly` Monday-to-Sunday weeks and of each of the newest
    `monthly` calendar months, and every day in `pinned` that has a copy."""
    newest_first = sorted(set(days), reverse=True)
    keep = set(newest_first[:daily])
    keep |= _newest_of_each(newest_first, lambda day: day - timedelta(days=day.weekday()), weekly)
    keep |= _newest_of_each(newest_first, lambda day: day.replace(day=1), monthly)
    keep |= set(pinned) & set(newest_first)
    return frozenset(keep)


def _newest_of_each(
    newest_first: list[date], period: Callable[[date], date], count: int
) -> set[date]:
    # The newest day of each of the newest `count` periods that have one.
    keep: set[date] = set()
    periods_seen: set[date] = set()
    for day in newest_first:
        start = period(day)
        if start in periods_seen:
            continue
        if len(periods_seen) == count:
            break
        periods_seen.add(start)
        keep.add(day)
    return keep


def thin_backups(folder: Path, pinned: Iterable[date] = ()) -> list[Path]:
    """Delete the automatic copies `backups_to_keep` lets go (never one of the
    `pinned` days); returns them."""
    found = list_backups(folder)
    keep = backups_to_keep(found, pinned=pinned)
    removed: list[Path] = []
    for day, path in sorted(found.items()):
        if day in keep:
            continue
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed.append(path)
    return removed


def _copy(database: Path, target: Path) -> CopyCheck:
    source = sqlite3.connect(database, timeout=BUSY_TIMEOUT_SECONDS)
    try:
        copy = sqlite3.connect(target)
        try:
            # One read transaction for the counts and the copy: both see the
            # same moment, whatever the app writes meanwhile.
            source.execute("BEGIN")
            (sessions,) = source.execute("SELECT count(*) FROM sessions").fetchone()
            (holds,) = source.execute("SELECT count(*) FROM holds").fetchone()
            source.backup(copy)
            source.execute("COMMIT")
            # A copy in write-ahead mode would need its side files to be whole.
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
    except sqlite3.Error as error:
        raise BackupError(f"The history could not be copied: {error}") from error
    finally:
        source.close()
    return CopyCheck(int(sessions), int(holds))


def _sync_file(path: Path) -> None:
    # The copy's bytes on disk before its rename makes it the day's copy.
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _make_private_dir(folder: Path) -> None:
    try:
        make_private_dir(folder)
    except OSError as error:
        raise BackupError(
            f"The backups folder {folder} cannot be used: {error.strerror}"
        ) from error
