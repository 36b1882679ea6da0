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

from unknot.store.backup_files import backups_dir, list_backups, list_pinned_backups
from unknot.store.database import SIDE_FILE_SUFFIXES, side_files
from unknot.store.errors import HistoryError, plain_reason
from unknot.store.migrations import (
    APPLICATION_ID,
    SQLITE_HEADER_SIZE,
    check_not_newer,
    check_version,
    parse_header,
)
from unknot.store.side_files import (
    HistoryFiles,
    keep_private,
    memory_connection,
    read_history_files,
)


# The names files kept aside get in the data folder: a damaged history (with
# its own side files beside it under the same name), and side files that did
# not belong to the history (`unknot.store.side_files`).
@dataclass(frozen=True)
class Verdict:
    """What the file at a path is: absent (or empty, which SQLite treats as a new
    database), damaged (with why), or sound at some schema version."""

    exists: bool
    damage: str | None = None
    user_version: int = 0
    # A sound SQLite file with no tables at all: no Unknot history was written
    # into it yet (or its first writes are in a log that was not used).
    has_tables: bool = True


def inspect_file(path: Path) -> Verdict:
    """Judge the file (with the side files that belong to it) without changing
    anything; see `inspect_files`."""
    return inspect_files(read_history_files(path))


def inspect_files(found: HistoryFiles) -> Verdict:
    """Judge the history as read by `read_history_files`, in memory.

    Raises NewerSchemaError for a file from a newer release (before its contents
    are checked: such a file is refused, never moved aside) and HistoryError for a
    SQLite file that belongs to some other program.
    """
    path = found.path
    if found.is_folder:
        return Verdict(exists=True, damage="a folder stands where the history file should be")
    image = found.image
    if not image:
        if _has_backups(path) and path.is_file():
            # SQLite would take it for a new database; but Unknot only leaves a
            # file empty before its first write, long before any backup. So a
            # history was lost here, and the person must hear of it.
            return Verdict(
                exists=True,
                damage="the file is empty (0 bytes), although backups of a history are beside it",
            )
        return Verdict(exists=False)
    if len(image) < SQLITE_HEADER_SIZE:
        return Verdict(exists=True, damage="shorter than a SQLite header")
    header = parse_header(image[:SQLITE_HEADER_SIZE])
    if header is None:
        return Verdict(exists=True, damage="not a SQLite database")
    _check_ours(path, header.application_id)
    # Versions only ever grow, so a newer header is enough to refuse.
    check_not_newer(path, header.user_version)
    return _check_with_sqlite(path, image)


def _has_backups(path: Path) -> bool:
    """Whether automatic copies of a history are in the backups folder beside
    the history file at `path`."""
    folder = backups_dir(path.parent)
    try:
        return bool(list_backups(folder) or list_pinned_backups(folder))
    except OSError:
        return False


def _check_ours(path: Path, application_id: int) -> None:
    if application_id not in (0, APPLICATION_ID):
        raise HistoryError(
            f"{path} is a database of another program, not an Unknot history; "
            f"move it away or choose another data folder."
        )


def _check_with_sqlite(path: Path, image: bytes) -> Verdict:
    # In memory: SQLite neither writes the file nor needs its folder.
    try:
        connection = memory_connection(image)
    except sqlite3.DatabaseError as error:
        return Verdict(exists=True, damage=str(error))
    try:
        (application_id,) = connection.execute("PRAGMA application_id").fetchone()
        _check_ours(path, int(application_id))
        (user_version,) = connection.execute("PRAGMA user_version").fetchone()
        (tables,) = connection.execute(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table'"
        ).fetchone()
        check_version(path, int(user_version), int(application_id), int(tables))
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as error:
        # "file is not a database", "database disk image is malformed": the file.
        return Verdict(exists=True, damage=str(error))
    finally:
        connection.close()
    problems = [str(row[0]) for row in rows]
    if problems != ["ok"]:
        return Verdict(exists=True, damage="; ".join(problems[:3]))
    return Verdict(exists=True, user_version=int(user_version), has_tables=int(tables) > 0)


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
            f"{path} is damaged and could not be moved aside: {plain_reason(error)}"
        ) from error
    for kept in moved:
        keep_private(kept)
    return moved[0] if moved else target
