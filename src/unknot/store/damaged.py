"""Telling a damaged history file from a good one, and moving it out of the way.

A damaged file is never deleted: it is renamed, with its side files, to a name
that says so, where a person (or a recovery tool) can still get at it. Nothing
here writes to a file it is judging, so the renamed copy is exactly what was
found.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from unknot.store.database import SIDE_FILE_SUFFIXES, side_files
from unknot.store.errors import HistoryError, classify
from unknot.store.migrations import (
    APPLICATION_ID,
    SQLITE_HEADER_SIZE,
    check_not_newer,
    read_header,
)


@dataclass(frozen=True)
class Verdict:
    """What the file at a path is: absent (or empty, which SQLite treats as a new
    database), damaged (with why), or sound at some schema version."""

    exists: bool
    damage: str | None = None
    user_version: int = 0


def inspect_file(path: Path) -> Verdict:
    """Judge the file before anything opens it for writing.

    Raises NewerSchemaError for a file from a newer release (before its contents
    are checked: such a file is refused, never moved aside) and HistoryError for a
    SQLite file that belongs to some other program.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return Verdict(exists=False)
    if size == 0:
        return Verdict(exists=False)
    if size < SQLITE_HEADER_SIZE:
        return Verdict(exists=True, damage="shorter than a SQLite header")
    header = read_header(path)
    if header is None:
        return Verdict(exists=True, damage="not a SQLite database")
    _check_ours(path, header.application_id)
    # Versions only ever grow, so a newer header is enough to refuse; an older one
    # may be stale when the newest transactions still sit in the write-ahead log.
    check_not_newer(path, header.user_version)
    return _check_with_sqlite(path)


def _check_ours(path: Path, application_id: int) -> None:
    if application_id not in (0, APPLICATION_ID):
        raise HistoryError(
            f"{path} is a database of another program, not an Unknot history; "
            f"move it away or choose another data folder."
        )


def _check_with_sqlite(path: Path) -> Verdict:
    # Read-only: SQLite will neither write the file nor change its journal mode.
    uri = f"{path.absolute().as_uri()}?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as error:
        raise classify(error, path, "read") from error
    try:
        (application_id,) = connection.execute("PRAGMA application_id").fetchone()
        _check_ours(path, int(application_id))
        (user_version,) = connection.execute("PRAGMA user_version").fetchone()
        check_not_newer(path, int(user_version))
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as error:
        # "file is not a database", "database disk image is malformed": the file.
        # Errors about the disk or permissions are not the file's fault.
        if isinstance(error, sqlite3.OperationalError) and "malformed" not in str(error):
            raise classify(error, path, "read") from error
        return Verdict(exists=True, damage=str(error))
    finally:
        connection.close()
    problems = [str(row[0]) for row in rows]
    if problems != ["ok"]:
        return Verdict(exists=True, damage="; ".join(problems[:3]))
    return Verdict(exists=True, user_version=int(user_version))


def set_aside(path: Path, now: datetime) -> Path:
    """Rename the file at `path`, and its side files, to
    `history.damaged-YYYYmmdd-HHMMSS.sqlite3` (with a counter if that is taken);
    returns where the main file went (or, when there was none, its log)."""
    stem, suffix = path.stem, path.suffix
    stamp = now.strftime("%Y%m%d-%H%M%S")
    for attempt in range(1, 1000):
        counter = "" if attempt == 1 else f"-{attempt}"
        target = path.with_name(f"{stem}.damaged-{stamp}{counter}{suffix}")
        taken = [target, *side_files(target)]
        if not any(candidate.exists() for candidate in taken):
            break
    else:
        raise HistoryError(f"Could not find a free name to move the damaged {path} to.")
    moved: list[Path] = []
    try:
        # Side files first: a WAL left next to a fresh database of the same name
        # could be replayed into it.
        for side_suffix in SIDE_FILE_SUFFIXES:
            side = path.with_name(path.name + side_suffix)
            if side.exists():
                moved.append(side.rename(target.with_name(target.name + side_suffix)))
        if path.exists():
            moved.insert(0, path.rename(target))
    except OSError as error:
        raise HistoryError(
            f"{path} is damaged and could not be moved aside: {error.strerror}"
        ) from error
    return moved[0] if moved else target


def has_orphan_side_files(path: Path) -> bool:
    """A WAL or journal with content but no database (or an empty one): left by a
    file someone deleted or moved by hand. SQLite could replay it into a new
    database of the same name. (Switching to WAL writes the database's first page,
    so a real database is never empty while its WAL has content.)"""
    if _size(path) > 0:
        return False
    # A shared-memory file alone is harmless: SQLite rebuilds it from the log.
    return any(_size(side) > 0 for side in side_files(path) if not side.name.endswith("-shm"))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0
