"""Errors of the file and the disk reach the person in plain words: read-only,
disk full, busy, permission denied; never SQLite's own phrasing."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.pool import ConnectionPoolEntry

from unknot.store import History, HistoryError, database
from unknot.store.errors import BUSY, DISK_FULL, PERMISSION_DENIED, READ_ONLY, plain_reason


def _sqlite_error(tmp_path: Path, kind: str) -> sqlite3.Error:
    path = tmp_path / f"{kind}.sqlite3"
    setup = sqlite3.connect(path, isolation_level=None)
    setup.execute("CREATE TABLE t (x TEXT)")
    try:
        if kind == "read-only":
            reader = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
            with pytest.raises(sqlite3.Error) as caught:
                reader.execute("INSERT INTO t VALUES ('a')")
            reader.close()
        elif kind == "full":
            setup.execute("PRAGMA max_page_count = 2")
            with pytest.raises(sqlite3.Error) as caught:
                setup.executemany("INSERT INTO t VALUES (?)", [("x" * 1000,)] * 50)
        else:
            setup.execute("BEGIN EXCLUSIVE")
            other = sqlite3.connect(path, timeout=0)
            with pytest.raises(sqlite3.Error) as caught:
                other.execute("SELECT * FROM t").fetchall()
            other.close()
            setup.execute("ROLLBACK")
    finally:
        setup.close()
    return caught.value


@pytest.mark.parametrize(
    ("kind", "words"), [("read-only", READ_ONLY), ("full", DISK_FULL), ("busy", BUSY)]
)
def test_sqlite_errors_in_plain_words(tmp_path: Path, kind: str, words: str) -> None:
    assert plain_reason(_sqlite_error(tmp_path, kind)) == words


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (errno.EROFS, READ_ONLY),
        (errno.ENOSPC, DISK_FULL),
        (errno.EDQUOT, DISK_FULL),
        (errno.EACCES, PERMISSION_DENIED),
        (errno.EPERM, PERMISSION_DENIED),
    ],
)
def test_os_errors_in_plain_words(number: int, words: str) -> None:
    assert plain_reason(OSError(number, "raw system text", "/some/file")) == words


def _with_pragma(monkeypatch: pytest.MonkeyPatch, pragma: str) -> None:
    set_up = database._set_up_connection

    def limited(dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
        set_up(dbapi_connection, record)
        dbapi_connection.execute(pragma)

    monkeypatch.setattr(database, "_set_up_connection", limited)


@pytest.mark.parametrize(
    ("pragma", "words"),
    [("PRAGMA query_only = ON", "read-only"), ("PRAGMA max_page_count = 1", "disk is full")],
)
def test_the_history_says_it_plainly(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, pragma: str, words: str
) -> None:
    _with_pragma(monkeypatch, pragma)
    with pytest.raises(HistoryError) as refused:
        History.open(data_dir)
    message = str(refused.value)
    assert words in message
    assert str(data_dir) in message
    assert "attempt to write" not in message
    assert "database or disk is full" not in message
    assert "\n" not in message
