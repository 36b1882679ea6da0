"""What can go wrong with the history file, in words a person can act on."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

# SQLite's primary result codes that have a plain meaning for a person
# (https://sqlite.org/rescode.html); the extended codes keep these in the low byte.
_SQLITE_PERM = 3
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14

READ_ONLY = "the data folder or the history file is read-only, so nothing can be saved there"
DISK_FULL = "the disk is full; free some space and try again"
BUSY = "the history is busy: another program is writing to it; try again in a moment"
PERMISSION_DENIED = "permission denied: this user may not use the file or its folder"


class HistoryError(Exception):
    """Any problem with the history a person must be told about; str() is one
    plain line."""


class NewerSchemaError(HistoryError):
    """The file was written by a newer Unknot. It is refused and left exactly as it
    was, so the newer version can still read it."""

    def __init__(self, path: Path, found_version: int, known_version: int) -> None:
        self.path = path
        # SQLite keeps the version as a signed 32-bit number; a version past 2**31
        # reads back negative, and is shown as the number that was written.
        self.found_version = found_version & 0xFFFFFFFF if found_version < 0 else found_version
        self.known_version = known_version
        # 0 in a file that already holds tables: SQLite's answer to a version
        # past 2**31.
        found = str(self.found_version) if self.found_version else "past 2147483647"
        super().__init__(
            f"{path} was written by a newer version of Unknot (history format "
            f"{found}; this version reads up to {known_version}). Update "
            f"Unknot to open it; the file has not been changed."
        )


class DamagedHistoryError(HistoryError):
    """The history file is damaged and was only looked at: nothing was moved or
    changed. `damage` says why, in SQLite's words or ours."""

    def __init__(self, path: Path, damage: str) -> None:
        self.path = path
        self.damage = damage
        super().__init__(
            f"The history {path} is damaged ({damage}); it has not been changed. "
            "Run `unknot check --repair` to keep it aside under another name and start "
            "a new history, or open the Unknot window, which does the same and offers "
            "your newest backup."
        )


class HistoryBusyError(HistoryError):
    """Another program kept the history changing (or locked) longer than Unknot
    waits."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"Could not read the history {path}: {BUSY}.")


def plain_reason(error: BaseException) -> str:
    """Why a database or file operation failed, in plain words where there are
    any (read-only, disk full, busy, permission denied), else the error's own
    text on one line."""
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        primary = code & 0xFF if isinstance(code, int) else None
        text = str(error).lower()
        if primary == _SQLITE_READONLY or "readonly database" in text:
            return READ_ONLY
        if primary == _SQLITE_FULL or "disk is full" in text:
            return DISK_FULL
        if primary in (_SQLITE_BUSY, _SQLITE_LOCKED) or "database is locked" in text:
            return BUSY
        if primary == _SQLITE_PERM:
            return PERMISSION_DENIED
        if primary == _SQLITE_CANTOPEN:
            return "the file cannot be opened (its folder may be missing, read-only or not yours)"
    if isinstance(error, OSError):
        if error.errno == errno.EROFS:
            return READ_ONLY
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            return DISK_FULL
        if error.errno in (errno.EACCES, errno.EPERM):
            return PERMISSION_DENIED
        if error.errno == errno.EISDIR:
            return "it is a folder, not a file"
        if error.errno == errno.ENOENT:
            return "no such file or folder"
        return error.strerror or str(error)
    text = " ".join(str(error).split())
    return text if len(text) <= 300 else text[:297] + "..."
