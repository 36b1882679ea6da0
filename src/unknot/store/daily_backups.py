"""Automatic backups: a verified copy of the history each day a session ends.

After a session ends, at most once a day, the history is copied into the
`backups` folder beside it (in the data folder, see `unknot.paths.data_dir`) as
`history-YYYY-MM-DD.sqlite3`, the date being the day of the copy:

1. SQLite's backup API copies the database from one consistent snapshot, so a
   hold being written at that moment cannot tear the copy. It goes to a hidden
   `.partial` file first, created readable by the owner only (0600), in a
   folder created for the owner only (0700).
2. The copy is switched out of write-ahead logging, so it is one self-contained
   file, then opened again on its own, read-only, and checked: `PRAGMA
   integrity_check`, the file's application id and schema version, and every
   row of every session and hold read back, as many as the history held at the
   moment of the copy.
3. Only a copy that passes takes its name. One that fails is deleted and a
   BackupError raised; the copies already there are left alone.

Thinning keeps the newest copy of each of the last 7 days that have one
(daily) and the newest copy of each of the last 4 calendar weeks, Monday to
Sunday, that have one (weekly); a copy kept by either rule stays, every other
`history-YYYY-MM-DD.sqlite3` goes. With daily practice that is about ten files
reaching back four weeks. Nothing else in the folder is touched, nor are the
copies the store makes before a schema upgrade (`unknot.store.backup`).

A copy is an ordinary history file: File > Restore from file reads it, or it
can take the place of `history.sqlite3` while Unknot is closed.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from unknot.files import make_private_dir, sync_directory
from unknot.paths import HISTORY_FILE_NAME
from unknot.store.database import BUSY_TIMEOUT_SECONDS, create_private_file
from unknot.store.errors import HistoryError
from unknot.store.migrations import APPLICATION_ID, current_version

BACKUP_DIR_NAME = "backups"
KEEP_DAILY = 7
KEEP_WEEKLY = 4

_BACKUP_NAME = re.compile(r"history-(\d{4}-\d{2}-\d{2})\.sqlite3")
_PARTIAL_SUFFIX = ".partial"


class BackupError(HistoryError):
    """A copy that could not be made or did not pass its check; str() is one line."""


@dataclass(frozen=True)
class CopyCheck:
    sessions: int
    holds: int


@dataclass(frozen=True)
class BackupResult:
    # The copy made now, or None when today's was already there.
    made: Path | None
    sessions: int
    holds: int
    removed: tuple[Path, ...]


def backups_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR_NAME


def backup_name(day: date) -> str:
    return f"history-{day.isoformat()}.sqlite3"


def list_backups(folder: Path) -> dict[date, Path]:
    """The automatic copies in `folder` by the day in their name; other files,
    and names that are not a real date, are not ours and are left out."""
    found: dict[date, Path] = {}
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return found
    for entry in entries:
        match = _BACKUP_NAME.fullmatch(entry.name)
        if match is None or not entry.is_file():
            continue
        try:
            found[date.fromisoformat(match[1])] = entry
        except ValueError:
            continue
    return found


def backup_due(data_dir: Path, today: date) -> bool:
    return not (backups_dir(data_dir) / backup_name(today)).exists()


def back_up_daily(data_dir: Path, today: date) -> BackupResult:
    """Make today's copy unless there is one, then thin the folder. Raises
    BackupError (the folder keeps what it had) when the copy fails its check."""
    folder = backups_dir(data_dir)
    made: Path | None = None
    check = CopyCheck(0, 0)
    if backup_due(data_dir, today):
        made, check = make_backup(data_dir / HISTORY_FILE_NAME, folder, today)
    removed = thin_backups(folder)
    return BackupResult(made, check.sessions, check.holds, tuple(removed))


def make_backup(database: Path, folder: Path, day: date) -> tuple[Path, CopyCheck]:
    """Copy `database` to `folder/history-<day>.sqlite3`, checked (see the module
    docstring); replaces a copy of the same day."""
    if not database.is_file():
        raise BackupError(f"There is no history at {database} to back up.")
    _make_private_dir(folder)
    _remove_partials(folder)
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
    days: Iterable[date], daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY
) -> frozenset[date]:
    """The days whose copies stay: the newest `daily` days, and the newest day of
    each of the newest `weekly` Monday-to-Sunday weeks."""
    newest_first = sorted(set(days), reverse=True)
    keep = set(newest_first[:daily])
    weeks_seen: set[date] = set()
    for day in newest_first:
        monday = day - timedelta(days=day.weekday())
        if monday in weeks_seen:
            continue
        if len(weeks_seen) == weekly:
            break
        weeks_seen.add(monday)
        keep.add(day)
    return frozenset(keep)


def thin_backups(folder: Path) -> list[Path]:
    """Delete the automatic copies `backups_to_keep` lets go; returns them."""
    found = list_backups(folder)
    keep = backups_to_keep(found)
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


def _remove_partials(folder: Path) -> None:
    # Left by a copy that was cut short (the app was killed mid-way).
    for partial in folder.glob(f".history-*.sqlite3{_PARTIAL_SUFFIX}"):
        with contextlib.suppress(OSError):
            partial.unlink()


def _make_private_dir(folder: Path) -> None:
    try:
        make_private_dir(folder)
    except OSError as error:
        raise BackupError(
            f"The backups folder {folder} cannot be used: {error.strerror}"
        ) from error
