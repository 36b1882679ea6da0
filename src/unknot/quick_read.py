"""The home screen's first figures, read before the store is loaded.

Loading SQLAlchemy and the store takes a few hundred milliseconds after the
window is painted; the streak line needs only each session's start, the seconds
of its holds and the rest days. When it is certainly safe, those are read here
with the standard library's sqlite3, the file opened read-only and immutable
(SQLite then creates no side file and takes no lock), and the store follows
for everything else.

Certainly safe means: the history file is a plain file; no `-wal`, `-journal`
or `-shm` file is beside it (one may hold commits this file lacks, or belong to
another file: only the store decides, and never replays a foreign log); its
header names Unknot and exactly the schema version this code knows; SQLite's
quick check passes; and nothing beside the file appeared and the file did not
change while it was read. Anything else gives None, and the figures come from
the store as before. Nothing here creates, moves or changes a file.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import struct
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from unknot.paths import HISTORY_FILE_NAME

# The store's APPLICATION_ID and SCHEMA_VERSION (unknot.store.migrations),
# repeated so this module needs no SQLAlchemy; a test checks they agree.
APPLICATION_ID = 0x556E4B74
SCHEMA_VERSION = 3
# The store's bound on a recorded UTC offset (unknot.store.models).
_MAX_OFFSET_SECONDS = 86_399
SIDE_SUFFIXES = ("-wal", "-journal", "-shm")
_HEADER = struct.Struct(">16s44xi4xi")
_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class QuickSums:
    """Session id -> (aware local start, seconds of each hold in order), as
    `History.session_sums()` gives them, and the rest days."""

    sessions: dict[str, tuple[datetime, list[float]]]
    rest_days: list[date]


def read_sums_quickly(data_dir: Path) -> QuickSums | None:
    """The sums of the history in `data_dir`, or None when reading them
    without the store is not certainly safe (see the module) or fails."""
    path = Path(data_dir).absolute() / HISTORY_FILE_NAME
    try:
        before = _identity(path)
        if before is None or _header(path) != (APPLICATION_ID, SCHEMA_VERSION):
            return None
        sums = _read(path)
        if _identity(path) != before:
            return None  # written to while it was read
        return sums
    except (OSError, sqlite3.Error, ValueError, TypeError, OverflowError):
        return None


def _identity(path: Path) -> tuple[int, int, int, int] | None:
    """The file's device, inode, size and change time, when it is a plain file
    with no side file beside it; else None."""
    status = os.lstat(path)
    if not stat.S_ISREG(status.st_mode):
        return None
    for suffix in SIDE_SUFFIXES:
        if os.path.lexists(f"{path}{suffix}"):
            return None
    return (status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns)


def _header(path: Path) -> tuple[int, int] | None:
    with path.open("rb") as file:
        head = file.read(100)
    if len(head) < 100:
        return None
    magic, user_version, application_id = _HEADER.unpack_from(head)
    if magic != _MAGIC:
        return None
    return application_id, user_version


def _read(path: Path) -> QuickSums | None:
    # immutable: no locks and no -wal/-shm made (read-only alone would make
    # them for a file in WAL mode); the identity check around guards change.
    uri = f"{path.as_uri()}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True)
    try:
        ((application_id,),) = connection.execute("PRAGMA application_id").fetchall()
        ((user_version,),) = connection.execute("PRAGMA user_version").fetchall()
        if (application_id, user_version) != (APPLICATION_ID, SCHEMA_VERSION):
            return None
        # A small page cache: the check reads every page once, and the figures
        # are read once; the store has its own cache for what follows.
        connection.execute("PRAGMA cache_size = -256")
        if connection.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            return None
        seconds: dict[str, list[float]] = {}
        for session_id, value in connection.execute(
            "SELECT session_id, held_seconds FROM holds ORDER BY session_id, position"
        ):
            if not isinstance(value, int | float) or value < 0:
                return None
            seconds.setdefault(str(session_id), []).append(float(value))
        sessions: dict[str, tuple[datetime, list[float]]] = {}
        for session_id, started, offset in connection.execute(
            "SELECT id, started_at_utc, started_offset_seconds FROM sessions"
        ):
            if not isinstance(offset, int) or abs(offset) > _MAX_OFFSET_SECONDS:
                return None
            utc = datetime.fromisoformat(str(started)).astimezone(UTC)
            local = utc.astimezone(timezone(timedelta(seconds=offset)))
            sessions[str(session_id)] = (local, seconds.get(str(session_id), []))
        rest = [
            date.fromisoformat(str(day))
            for (day,) in connection.execute("SELECT day FROM rest_days ORDER BY day")
        ]
    finally:
        connection.close()
    return QuickSums(sessions, rest)
