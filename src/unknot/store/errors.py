"""What can go wrong with the history file, in words a person can act on."""

from __future__ import annotations

import errno
import os
from pathlib import Path


class HistoryError(Exception):
    """Any problem with the history a person must be told about; str() is one
    plain line."""


class NewerSchemaError(HistoryError):
    """The file was written by a newer Unknot. It is refused and left exactly as it
    was, so the newer version can still read it."""

    def __init__(self, path: Path, found_version: int, known_version: int) -> None:
        self.path = path
        self.found_version = found_version
        self.known_version = known_version
        super().__init__(
            f"{path} was written by a newer version of Unknot (history format "
            f"{found_version}; this version reads up to {known_version}). Update Unknot "
            f"to open it; the file has not been changed."
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
            f"Another Unknot is writing to the history {path}, so this one could not "
            f"{doing} it. Try again when that has finished; nothing was changed.",
            path,
            doing,
        )


# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14

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
    return HistoryError(f"Could not {doing} the history {path}: {_cause(error)}")


_FaultKind = type[HistoryFullError] | type[HistoryReadOnlyError] | type[HistoryBusyError]


def _fault_kind(error: BaseException, path: Path) -> _FaultKind | None:
    if isinstance(error, OSError):
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            return HistoryFullError
        if error.errno == errno.EROFS:
            return HistoryReadOnlyError
        if error.errno in (errno.EACCES, errno.EPERM) and not _writable(path):
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
        if primary == _SQLITE_CANTOPEN and not _writable(path):
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
