"""The SQLite file: where it is, who may read it, and how every connection is set up.

Each connection gets write-ahead logging with `synchronous=FULL` (a commit that
returned survives a power cut, not only a crash) and enforced foreign keys.
SQLAlchemy is told to emit BEGIN itself, because Python's sqlite3 module (before
3.12) does not open a transaction before DDL or SELECT, which would leave a
migration half-applied after a crash.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool

from unknot import files
from unknot.files import PRIVATE_FILE_MODE
from unknot.store.errors import HistoryError, plain_reason
from unknot.store.side_files import memory_connection

# The files SQLite may keep beside the database while it is open or after a crash.
SIDE_FILE_SUFFIXES = ("-wal", "-shm", "-journal")

# How long a write waits for another Unknot process (the command line while the
# window is open) to finish its own, before giving up.
BUSY_TIMEOUT_SECONDS = 10.0

# Execution option read by the BEGIN hook below.
BEGIN_MODE = "unknot_begin"


def side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in SIDE_FILE_SUFFIXES]


def make_private_dir(path: Path) -> None:
    """The data folder, for the owner only (see `unknot.files.make_private_dir`);
    a failure is told as a HistoryError."""
    try:
        files.make_private_dir(path)
    except OSError as error:
        raise HistoryError(
            f"Could not create the data folder {path}: {plain_reason(error)}"
        ) from error


def create_private_file(path: Path) -> None:
    """Create an empty database file readable by its owner only, before SQLite
    creates it with the umask's mode. Does nothing if the file exists."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except FileExistsError:
        return
    except OSError as error:
        raise HistoryError(f"Could not create {path}: {plain_reason(error)}") from error
    try:
        # os.open's mode passes through the umask; set it outright.
        if sys.platform != "win32":
            os.fchmod(fd, PRIVATE_FILE_MODE)
    finally:
        os.close(fd)


def make_files_private(path: Path) -> None:
    """0600 for the database and whichever of its side files exist, whatever the
    umask was when SQLite made them."""
    for file in (path, *side_files(path)):
        # A side file may vanish between the check and the chmod: SQLite removes
        # the WAL when the last connection closes.
        with contextlib.suppress(FileNotFoundError):
            if file.stat().st_mode & 0o777 != PRIVATE_FILE_MODE:
                file.chmod(PRIVATE_FILE_MODE)


def create_history_engine(path: Path) -> Engine:
    url = URL.create("sqlite+pysqlite", database=str(path))
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_SECONDS})
    event.listen(engine, "connect", _set_up_connection)
    event.listen(engine, "begin", _begin)
    return engine


def create_image_engine(image: bytes) -> Engine:
    """An engine on a private in-memory copy of a database image (see
    `unknot.store.side_files`): reading it opens nothing on disk, and migrating
    it changes only the copy. An empty image is a new, empty database."""
    # One connection, since the copy lives in it (a migration changes only that
    # connection's copy), lent to one thread at a time: the window reads it from
    # worker threads too, and one SQLite connection holds one transaction.
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: memory_connection(image),
        poolclass=QueuePool,
        pool_size=1,
        max_overflow=0,
        pool_timeout=BUSY_TIMEOUT_SECONDS,
    )
    event.listen(engine, "connect", _set_up_memory_connection)
    event.listen(engine, "begin", _begin)
    return engine


def _set_up_memory_connection(
    dbapi_connection: Any, connection_record: ConnectionPoolEntry
) -> None:
    assert isinstance(dbapi_connection, sqlite3.Connection)
    dbapi_connection.isolation_level = None
    dbapi_connection.execute("PRAGMA foreign_keys = ON")


def writer(engine: Engine) -> Engine:
    """The same engine, but each transaction takes the write lock at BEGIN, so two
    processes writing at once wait their turn instead of failing at the first
    INSERT with "database is locked"."""
    return engine.execution_options(**{BEGIN_MODE: "IMMEDIATE"})


def _set_up_connection(dbapi_connection: Any, connection_record: ConnectionPoolEntry) -> None:
    assert isinstance(dbapi_connection, sqlite3.Connection)
    # Let the BEGIN hook below, not the driver, decide where transactions start.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        (mode,) = cursor.execute("PRAGMA journal_mode = WAL").fetchone()
        if str(mode).lower() != "wal":
            raise HistoryError(
                f"The history file could not use write-ahead logging (journal mode {mode})."
            )
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def _begin(connection: Connection) -> None:
    mode = connection.get_execution_options().get(BEGIN_MODE, "DEFERRED")
    if mode not in ("DEFERRED", "IMMEDIATE"):
        raise ValueError(f"unknown BEGIN mode {mode!r}")
    connection.exec_driver_sql(f"BEGIN {mode}")
