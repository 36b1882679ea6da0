"""What can go wrong with the history file, in words a person can act on."""

from __future__ import annotations

import errno
import os
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


class HistoryFaultError(HistoryError):
    """The history could not be written for a reason outside it: the disk, the
    folder's permissions, another program writing. Nothing was changed, and the
    same change may well work later, so a caller keeps it and tries again.

    `path` is the history file and `doing` what was being done, in the words of
    "could not {doing} the history" ("save the hold in", "import into")."""

    def __init__(self, message: str, path: Path, doing: str) -> None:
        self.path = path
        self.doing = doing
        super().__init__(message)


class HistoryFullError(HistoryFaultError):
    """The disk (or the quota) is full."""

    def __init__(self, path: Path, doing: str) -> None:
        super().__init__(
            f"The disk is full, so Unknot could not {doing} the history {path}. Free some "
            "space and try again; what was saved before is unchanged.",
            path,
            doing,
        )


class HistoryReadOnlyError(HistoryFaultError):
    """The data folder or the history file may be read but not written."""

    def __init__(self, path: Path, doing: str) -> None:
        super().__init__(
            f"The data folder {path.parent} is read-only, so Unknot could not {doing} the "
            "history in it. Make the folder writable and try again; what was saved before "
            "is unchanged.",
            path,
            doing,
        )


class HistoryBusyError(HistoryFaultError):
    """Another connection held the write lock for longer than Unknot waits."""

    def __init__(self, path: Path, doing: str) -> None:
        super().__init__(
            f"The history {path} is busy: another Unknot (or another program) is writing "
            f"to it, so this one could not {doing} it. Try again when that has finished; "
            "nothing was changed.",
            path,
            doing,
        )


# When an error carries no code (older Pythons), SQLite's own wording.
_FULL_WORDS = ("database or disk is full", "disk is full")
_READ_ONLY_WORDS = ("readonly database", "read-only database", "read-only file system")
_BUSY_WORDS = ("database is locked", "database table is locked", "database is busy")


def classify(error: BaseException, path: Path, doing: str) -> HistoryError:
    """The HistoryError to raise for `error`, met while trying to `doing` the
    history file at `path`.

    `error` is what the database driver or the operating system raised (for
    SQLAlchemy, its `orig`). A full disk, a read-only folder and another writer
    holding the file each get their own class and a plain line; anything else a
    plain HistoryError that quotes the cause."""
    if isinstance(error, HistoryError):
        return error
    kind = _fault_kind(error, path)
    if kind is not None:
        return kind(path, doing)
    return HistoryError(f"Could not {doing} the history {path}: {plain_reason(error)}")


_FaultKind = type[HistoryFullError] | type[HistoryReadOnlyError] | type[HistoryBusyError]


_FAULT_WORDS: dict[_FaultKind, str] = {
    HistoryFullError: DISK_FULL,
    HistoryReadOnlyError: READ_ONLY,
    HistoryBusyError: BUSY,
}


def _fault_kind(error: BaseException, path: Path | None) -> _FaultKind | None:
    """Which fault `error` is; with no `path`, only what the error itself says
    (permission problems need the file to tell read-only from not yours)."""
    if isinstance(error, OSError):
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            return HistoryFullError
        if error.errno == errno.EROFS:
            return HistoryReadOnlyError
        if error.errno in (errno.EACCES, errno.EPERM) and path and not _writable(path):
            return HistoryReadOnlyError
        return None
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        primary = code & 0xFF
        if primary == _SQLITE_FULL:
            return HistoryFullError
        if primary == _SQLITE_READONLY:
            return HistoryReadOnlyError
        if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
            return HistoryBusyError
        # A folder where SQLite may not create its side files cannot be opened
        # for writing; say why instead of "unable to open database file".
        if primary == _SQLITE_CANTOPEN and path and not _writable(path):
            return HistoryReadOnlyError
        return None
    words = str(error).lower()
    if any(phrase in words for phrase in _FULL_WORDS):
        return HistoryFullError
    if any(phrase in words for phrase in _READ_ONLY_WORDS):
        return HistoryReadOnlyError
    if any(phrase in words for phrase in _BUSY_WORDS):
        return HistoryBusyError
    return None


def _writable(path: Path) -> bool:
    """Whether this process may write the history file and create files beside it,
    judged with its effective ids (as the kernel will)."""
    effective = os.access in os.supports_effective_ids
    try:
        folder_ok = os.access(path.parent, os.W_OK | os.X_OK, effective_ids=effective)
        file_ok = not path.exists() or os.access(path, os.W_OK, effective_ids=effective)
    except OSError:
        return False
    return folder_ok and file_ok


def _cause(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= 300 else text[:297] + "..."


def plain_reason(error: BaseException) -> str:
    """Why a database or file operation failed, in plain words where there are
    any (read-only, disk full, busy, permission denied), else the error's own
    text on one line."""
    kind = _fault_kind(error, path=None)
    if kind is not None:
        return _FAULT_WORDS[kind]
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        primary = code & 0xFF if isinstance(code, int) else None
        if primary == _SQLITE_PERM:
            return PERMISSION_DENIED
        if primary == _SQLITE_CANTOPEN:
            return "the file cannot be opened (its folder may be missing, read-only or not yours)"
    if isinstance(error, OSError):
        if error.errno in (errno.EACCES, errno.EPERM):
            return PERMISSION_DENIED
        if error.errno == errno.EISDIR:
            return "it is a folder, not a file"
        if error.errno == errno.ENOENT:
            return "no such file or folder"
    return _cause(error)
