"""Data folders with the history damaged, or with side files that are not its own,
built the way real machines produce them; shared by the tests of every way in
(the command line, the store, the window).

Each case builds a data folder holding a real history of `SESSIONS` sessions
(before the damage), a verified automatic copy in `backups/` named by
`BACKUP_NAME`, and then the damage. `DamageCase.kind` says what Unknot must make
of it. Adding a case is one line in `CASES`.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from pathlib import Path

from tests.records import hold
from unknot.core.records import Outcome, SessionKind
from unknot.store import History
from unknot.store.backup_files import backups_dir
from unknot.store.daily_backups import make_backup

HISTORY = "history.sqlite3"
SESSIONS = 6
BACKUP_DAY = date(2026, 1, 4)
BACKUP_NAME = f"history-{BACKUP_DAY.isoformat()}.sqlite3"
START = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)


class Kind(StrEnum):
    # The history file itself cannot be read: kept aside (damaged name) on repair.
    DAMAGED = "damaged"
    # The history is sound, but a side file beside it is not its own: left out when
    # reading, kept aside (foreign name) on repair.
    FOREIGN_SIDE_FILE = "foreign side file"
    # Written by a newer Unknot: refused and never moved.
    NEWER = "newer"


@dataclass(frozen=True)
class DamageCase:
    name: str
    kind: Kind
    build: Callable[[Path], None]

    def __str__(self) -> str:
        return self.name


def add_sessions(history: History, count: int, first_day: int = 0) -> None:
    for n in range(first_day, first_day + count):
        started = START + timedelta(days=n)
        session_id = history.begin_session(SessionKind.FOCUS, started, "UTC")
        for minute in range(3):
            history.record_hold(session_id, hold(started + timedelta(minutes=minute)))
        history.set_session_note(session_id, f"session {n}: " + "calves and feet " * 30)
        history.finish_session(session_id, Outcome.COMPLETED, started + timedelta(minutes=5))


def sound_history(data_dir: Path, sessions: int = SESSIONS) -> Path:
    """A history of `sessions` sessions, closed cleanly, and a verified copy of it
    in the backups folder; returns the history file."""
    with History.open(data_dir) as history:
        add_sessions(history, sessions)
        path = history.path
    make_backup(path, backups_dir(data_dir), BACKUP_DAY)
    return path


@contextmanager
def running(data_dir: Path) -> Iterator[History]:
    """A history open as the app holds it: its newest commits are still in its
    write-ahead log, which `crash_copy` copies as a crash would leave it."""
    history = History.open(data_dir)
    try:
        yield history
    finally:
        history.close()


def crash_copy(source: Path, target_dir: Path, suffixes: tuple[str, ...] = ("", "-wal")) -> None:
    """The files of the history at `source` as a crash leaves them at this moment
    (call while it is open), copied into `target_dir`."""
    target_dir.mkdir(parents=True, exist_ok=True)
    for suffix in suffixes:
        shutil.copyfile(f"{source}{suffix}", target_dir / f"{HISTORY}{suffix}")


def _truncated(data_dir: Path) -> None:
    path = sound_history(data_dir)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _zeroed_header(data_dir: Path) -> None:
    path = sound_history(data_dir)
    data = path.read_bytes()
    path.write_bytes(bytes(100) + data[100:])


def _overwritten_page(data_dir: Path) -> None:
    path = sound_history(data_dir)
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    middle = (len(data) // page_size // 2) * page_size
    data[middle : middle + page_size] = b"\xa5\x5a" * (page_size // 2)
    path.write_bytes(bytes(data))


def _text_file(data_dir: Path) -> None:
    sound_history(data_dir)
    (data_dir / HISTORY).write_text("shopping list\nmilk\nbread\n", encoding="utf-8")


def _empty_file(data_dir: Path) -> None:
    sound_history(data_dir)
    (data_dir / HISTORY).write_bytes(b"")


def _folder_in_place(data_dir: Path) -> None:
    sound_history(data_dir)
    (data_dir / HISTORY).unlink()
    (data_dir / HISTORY).mkdir()
    (data_dir / HISTORY / "note.txt").write_text("not a history", encoding="utf-8")


def _wal_of_another_history(data_dir: Path) -> None:
    sound_history(data_dir)
    other = data_dir.parent / f"{data_dir.name}-other"
    with running(other) as history:
        add_sessions(history, 2, first_day=100)
        shutil.copyfile(f"{history.path}-wal", data_dir / f"{HISTORY}-wal")


def _wal_of_an_unrelated_file(data_dir: Path) -> None:
    sound_history(data_dir)
    other = data_dir.parent / f"{data_dir.name}-unrelated.sqlite3"
    connection = sqlite3.connect(other, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA wal_autocheckpoint = 0")
        connection.execute("CREATE TABLE notes (body TEXT)")
        connection.executemany("INSERT INTO notes VALUES (?)", [("x" * 500,) for _ in range(200)])
        shutil.copyfile(f"{other}-wal", data_dir / f"{HISTORY}-wal")
    finally:
        connection.close()


def _stale_wal_after_a_copy(data_dir: Path) -> None:
    # The README once said a daily copy may take the place of the history while
    # Unknot is closed; after a crash the history's log is still there.
    path = sound_history(data_dir)
    copy = backups_dir(data_dir) / BACKUP_NAME
    crashed = data_dir.parent / f"{data_dir.name}-crashed"
    shutil.copytree(data_dir, crashed, ignore=shutil.ignore_patterns("backups"))
    with running(crashed) as history:
        add_sessions(history, 3, first_day=50)
        # The app's log was copied into the file and started again since the copy.
        raw = sqlite3.connect(history.path)
        try:
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()
        add_sessions(history, 2, first_day=60)
        shutil.copyfile(f"{history.path}-wal", data_dir / f"{HISTORY}-wal")
    shutil.copyfile(copy, path)


def _damaged_wal(damage: Callable[[bytes], bytes]) -> Callable[[Path], None]:
    """The sound history with its newest sessions still in its log, as a crash
    leaves it (with the log's index), and then `damage` done to the log."""

    def build(data_dir: Path) -> None:
        sound_history(data_dir)
        crashed = data_dir.parent / f"{data_dir.name}-crashed"
        with running(data_dir) as history:
            add_sessions(history, 3, first_day=40)
            crash_copy(history.path, crashed, ("", "-wal", "-shm"))
        for suffix in ("", "-wal", "-shm"):
            shutil.copyfile(crashed / f"{HISTORY}{suffix}", data_dir / f"{HISTORY}{suffix}")
        wal = data_dir / f"{HISTORY}-wal"
        wal.write_bytes(damage(wal.read_bytes()))

    return build


def _flip(offset: int) -> Callable[[bytes], bytes]:
    def damage(data: bytes) -> bytes:
        return data[:offset] + bytes([data[offset] ^ 0x01]) + data[offset + 1 :]

    return damage


def _random_bytes(data: bytes) -> bytes:
    return random.Random(9).randbytes(40 * 1024)


def _stray_journal(data_dir: Path) -> None:
    sound_history(data_dir)
    other = data_dir.parent / f"{data_dir.name}-journalled.sqlite3"
    connection = sqlite3.connect(other, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute("PRAGMA cache_size = 1")
        connection.execute("CREATE TABLE notes (body TEXT)")
        connection.executemany("INSERT INTO notes VALUES (?)", [("y" * 900,) for _ in range(50)])
        connection.execute("BEGIN")
        # Enough changed pages to spill: the journal is on disk, hot, mid-way.
        connection.execute("UPDATE notes SET body = upper(body)")
        shutil.copyfile(f"{other}-journal", data_dir / f"{HISTORY}-journal")
        connection.execute("ROLLBACK")
    finally:
        connection.close()


def _user_version(value: int) -> Callable[[Path], None]:
    """Through SQLite, which stores 0 for a value past 2**31 - 1."""

    def build(data_dir: Path) -> None:
        path = sound_history(data_dir)
        connection = sqlite3.connect(path)
        try:
            connection.execute(f"PRAGMA user_version = {value}")
        finally:
            connection.close()

    return build


def _user_version_bytes(value: int) -> Callable[[Path], None]:
    """Straight into the header's four bytes, as a program that does not go
    through SQLite would; past 2**31 it reads back negative."""

    def build(data_dir: Path) -> None:
        path = sound_history(data_dir)
        with path.open("r+b") as file:
            file.seek(60)
            file.write((value % 2**32).to_bytes(4, "big"))

    return build


CASES: tuple[DamageCase, ...] = (
    DamageCase("truncated file", Kind.DAMAGED, _truncated),
    DamageCase("zeroed header", Kind.DAMAGED, _zeroed_header),
    DamageCase("overwritten page in the middle", Kind.DAMAGED, _overwritten_page),
    DamageCase("text file", Kind.DAMAGED, _text_file),
    # SQLite would call it a new database; with backups beside it, a history was lost.
    DamageCase("0-byte file", Kind.DAMAGED, _empty_file),
    DamageCase("folder in its place", Kind.DAMAGED, _folder_in_place),
    DamageCase("-wal of another history", Kind.FOREIGN_SIDE_FILE, _wal_of_another_history),
    DamageCase("-wal of an unrelated file", Kind.FOREIGN_SIDE_FILE, _wal_of_an_unrelated_file),
    DamageCase("stale -wal after a copy", Kind.FOREIGN_SIDE_FILE, _stale_wal_after_a_copy),
    DamageCase(
        "-wal with its header checksum flipped", Kind.FOREIGN_SIDE_FILE, _damaged_wal(_flip(28))
    ),
    DamageCase(
        "-wal with a flipped first frame header", Kind.FOREIGN_SIDE_FILE, _damaged_wal(_flip(40))
    ),
    DamageCase("-wal of random bytes", Kind.FOREIGN_SIDE_FILE, _damaged_wal(_random_bytes)),
    DamageCase("stray -journal", Kind.FOREIGN_SIDE_FILE, _stray_journal),
    DamageCase("user_version 2**31 - 1", Kind.NEWER, _user_version(2**31 - 1)),
    DamageCase("user_version 2**31 + 7", Kind.NEWER, _user_version(2**31 + 7)),
    DamageCase("user_version 2**40", Kind.NEWER, _user_version(2**40)),
    DamageCase("user_version -1", Kind.NEWER, _user_version(-1)),
    DamageCase("header version 2**31 + 7", Kind.NEWER, _user_version_bytes(2**31 + 7)),
    DamageCase("header version 2**32 - 1", Kind.NEWER, _user_version_bytes(2**32 - 1)),
)


def folder_digest(data_dir: Path) -> dict[str, str]:
    """Every file under `data_dir` (and each folder, as such) by its path: a
    reading command must leave this exactly as it was."""
    import hashlib

    found: dict[str, str] = {}
    for entry in sorted(data_dir.rglob("*")):
        key = str(entry.relative_to(data_dir))
        if entry.is_dir():
            found[key] = "folder"
        else:
            found[key] = hashlib.sha256(entry.read_bytes()).hexdigest()
    return found
