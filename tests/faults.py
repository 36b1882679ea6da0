"""Real faults for the history file, the way machines produce them.

Each is raised by SQLite or the kernel itself, not by a stand-in:

- `disk_full`: every new SQLite connection may not grow the file past its size
  (`PRAGMA max_page_count`), so the next write that needs a page gets SQLITE_FULL.
- `read_only_folder`: the folder loses its write permission. Root ignores
  permissions, so when the tests run as root the process also takes the identity
  of an unprivileged user (effective ids only, given back on leaving) for the
  time the folder is read-only: the kernel then refuses as it would anyone.
- `held_by_another_writer`: a second connection holds the write lock, as a long
  import in another process does (`short_busy_wait` keeps the test quick).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

# The user root becomes while a folder is read-only ("nobody" on most systems).
UNPRIVILEGED_ID = 65534


@contextlib.contextmanager
def disk_full() -> Iterator[None]:
    """While inside, no history opened (or reconnected) may grow by one page."""

    def cap(dbapi_connection: Any, _record: Any) -> None:
        (pages,) = dbapi_connection.execute("PRAGMA page_count").fetchone()
        dbapi_connection.execute(f"PRAGMA max_page_count = {max(int(pages), 1)}")

    event.listen(Engine, "connect", cap)
    try:
        yield
    finally:
        event.remove(Engine, "connect", cap)


@contextlib.contextmanager
def shared_folder() -> Iterator[Path]:
    """A fresh folder an unprivileged user can reach (pytest's own are private to
    the user running the tests), removed afterwards."""
    root = Path(tempfile.mkdtemp(prefix="unknot-faults-"))
    try:
        root.chmod(0o711)
        yield root
    finally:
        shutil.rmtree(root, ignore_errors=True)


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """While inside, `folder` and the files in it may be read but not written or
    added to. As root, `folder` must lie in a `shared_folder`."""
    as_root = os.geteuid() == 0
    if as_root:
        for path in (folder, *folder.iterdir()):
            os.chown(path, UNPRIVILEGED_ID, UNPRIVILEGED_ID)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        if as_root:
            os.setegid(UNPRIVILEGED_ID)
            os.seteuid(UNPRIVILEGED_ID)
        try:
            yield
        finally:
            if as_root:
                os.seteuid(0)
                os.setegid(0)
    finally:
        folder.chmod(0o700)
        if as_root:
            for path in (folder, *folder.iterdir()):
                os.chown(path, 0, 0)


def short_busy_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """Histories opened from now on wait a moment, not seconds, for another writer."""
    monkeypatch.setattr("unknot.store.database.BUSY_TIMEOUT_SECONDS", 0.05)


@contextlib.contextmanager
def held_by_another_writer(history_file: Path) -> Iterator[None]:
    """While inside, another connection holds the write lock of `history_file`."""
    other = sqlite3.connect(history_file, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        yield
        other.execute("ROLLBACK")
    finally:
        other.close()
