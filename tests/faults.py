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
import signal
import sqlite3
import stat
import tempfile
import uuid
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from sqlalchemy import Engine, event

from tests.records import hold
from unknot.core.records import HoldRecord, Outcome, SessionKind, SessionRecord

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
def read_only_folder(folder: Path, usable: Sequence[Path] = ()) -> Iterator[None]:
    """While inside, `folder` and the files in it may be read but not written or
    added to; the folders in `usable` stay fully usable. As root, all of them
    must lie in a `shared_folder`."""
    as_root = os.geteuid() == 0
    if as_root:
        for tree in (folder, *usable):
            _hand_over(tree, UNPRIVILEGED_ID)
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
            for tree in (folder, *usable):
                _hand_over(tree, 0)


def _hand_over(tree: Path, user_id: int) -> None:
    for path in (tree, *tree.rglob("*")):
        os.chown(path, user_id, user_id, follow_symlinks=False)


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


class _Hung(BaseException):
    """Not an Exception: the command line must not be able to report it away."""


@contextlib.contextmanager
def answers_at_once(seconds: float = 5.0) -> Iterator[None]:
    """Fail the test, instead of hanging the suite, if the block blocks."""

    def give_up(signum: int, frame: FrameType | None) -> None:
        raise _Hung(f"no answer within {seconds} s")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


START = datetime(2026, 2, 2, 7, 0, tzinfo=UTC)


def a_hold(start: datetime) -> HoldRecord:
    """A whole two-minute hold that was released."""
    return hold(start, held_seconds=120.0, released=True)


def sessions_to_add(count: int) -> list[SessionRecord]:
    """`count` finished sessions of three holds and a long note each, a day apart:
    new to any history, and enough of them to need room on the disk."""
    sessions = []
    for day in range(count):
        start = START + timedelta(days=day)
        holds = tuple(a_hold(start + timedelta(minutes=3 * n)) for n in range(3))
        sessions.append(
            SessionRecord(
                id=uuid.uuid4().hex,
                kind=SessionKind.FOCUS,
                outcome=Outcome.COMPLETED,
                started_at=start,
                time_zone="UTC",
                local_date=start.date(),
                ended_at=holds[-1].ended_at,
                note="a long note to take room " * 20,
                holds=holds,
            )
        )
    return sessions
