"""The history file itself: who may read it, and how SQLite is told to keep it."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from tests.records import hold
from tests.store.helpers import digest
from unknot.core.records import SessionKind
from unknot.store import History, HistoryError
from unknot.store.database import create_history_engine, writer
from unknot.store.migrations import APPLICATION_ID, SCHEMA_VERSION

NOW = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)


@contextmanager
def umask(mask: int) -> Iterator[None]:
    previous = os.umask(mask)
    try:
        yield
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
@pytest.mark.parametrize("mask", [0o000, 0o022, 0o077, 0o277])
def test_folder_is_0700_and_files_0600_whatever_the_umask(data_dir: Path, mask: int) -> None:
    with umask(mask):
        history = History.open(data_dir)
        try:
            session_id = history.begin_session(SessionKind.FOCUS, NOW, "UTC")
            history.record_hold(session_id, hold(NOW))
            files = sorted(data_dir.iterdir())
            names = {file.name for file in files}
            assert {"history.sqlite3", "history.sqlite3-wal", "history.sqlite3-shm"} <= names
            assert f"history.session-{session_id}.lock" in names
            assert mode(data_dir) == 0o700
            for file in files:
                assert mode(file) == 0o600, file.name
        finally:
            history.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_a_folder_that_exists_keeps_its_mode_but_files_are_private(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o755)
    data_dir.chmod(0o755)
    (data_dir / "history.sqlite3").touch(mode=0o644)
    (data_dir / "history.sqlite3").chmod(0o644)

    with History.open(data_dir):
        assert mode(data_dir) == 0o755
        assert mode(data_dir / "history.sqlite3") == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_a_history_copied_in_with_loose_modes_is_made_private(data_dir: Path) -> None:
    with History.open(data_dir) as history:
        history.begin_session(SessionKind.FOCUS, NOW, "UTC")
    (data_dir / "history.sqlite3").chmod(0o644)

    with umask(0o022), History.open(data_dir):
        files = list(data_dir.iterdir())
        assert len(files) >= 3  # the database, its log and its shared memory
        for file in files:
            assert mode(file) == 0o600, file.name


def test_every_connection_has_wal_full_sync_and_foreign_keys(history: History) -> None:
    engine = history._engine
    # Two at once, so the second is a fresh connection and not the first reused.
    with engine.connect() as first, engine.connect() as second:
        for connection in (first, second):
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_the_file_says_whose_and_which_version_it_is(history: History) -> None:
    history.close()
    raw = sqlite3.connect(history.path)
    try:
        assert raw.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
        assert raw.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        raw.close()


def test_writes_take_the_lock_at_begin_and_reads_do_not(history: History) -> None:
    other = sqlite3.connect(history.path, timeout=0, isolation_level=None)
    try:
        with history._engine.begin() as reading:
            reading.exec_driver_sql("SELECT count(*) FROM sessions").scalar()
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
        with (
            writer(history._engine).begin(),
            pytest.raises(sqlite3.OperationalError, match="locked"),
        ):
            other.execute("BEGIN IMMEDIATE")
    finally:
        other.close()


def test_deleting_a_session_deletes_its_holds(history: History) -> None:
    session_id = history.begin_session(SessionKind.FOCUS, NOW, "UTC")
    history.record_hold(session_id, hold(NOW))
    with history._engine.begin() as connection:
        connection.execute(text("DELETE FROM sessions WHERE id = :id"), {"id": session_id})
        assert connection.exec_driver_sql("SELECT count(*) FROM holds").scalar() == 0


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("area", "'elbow'"),
        ("side", "'middle'"),
        ("tool", "'golf_ball'"),
        ("tenderness_before", "11"),
        ("tenderness_after", "-1"),
        ("released", "2"),
        ("held_seconds", "-0.5"),
        ("planned_seconds", "0"),
        ("started_offset_seconds", "86400"),
        ("session_id", "'no such session'"),
    ],
)
def test_the_schema_refuses_what_the_code_would_never_write(
    history: History, column: str, value: str
) -> None:
    session_id = history.begin_session(SessionKind.FOCUS, NOW, "UTC")
    history.record_hold(session_id, hold(NOW))
    columns = (
        "session_id, position, area, side, tool, tools_tried, planned_seconds, held_seconds, "
        "released, tenderness_before, tenderness_after, started_at_utc, "
        "started_offset_seconds, ended_at_utc, ended_offset_seconds, time_zone, local_date"
    )
    copy = columns.replace(column, value).replace("position", "position + 1", 1)
    with pytest.raises(IntegrityError), history._engine.begin() as connection:
        connection.exec_driver_sql(f"INSERT INTO holds ({columns}) SELECT {copy} FROM holds")


@pytest.mark.parametrize(
    ("column", "value"),
    [("kind", "'yoga'"), ("outcome", "'done'"), ("time_zone", "''")],
)
def test_the_schema_refuses_bad_sessions(history: History, column: str, value: str) -> None:
    session_id = history.begin_session(SessionKind.FOCUS, NOW, "UTC")
    with pytest.raises(IntegrityError), history._engine.begin() as connection:
        connection.exec_driver_sql(
            f"UPDATE sessions SET {column} = {value} WHERE id = '{session_id}'"
        )


def test_a_database_of_another_program_is_refused_and_untouched(data_dir: Path) -> None:
    data_dir.mkdir()
    path = data_dir / "history.sqlite3"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    raw.execute("PRAGMA application_id = 42")
    raw.commit()
    raw.close()
    before = digest(path)

    with pytest.raises(HistoryError, match="another program"):
        History.open(data_dir)

    assert digest(path) == before
    assert sorted(p.name for p in data_dir.iterdir()) == ["history.sqlite3"]


def test_an_unwritable_folder_is_one_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")

    with pytest.raises(HistoryError, match="Could not create the data folder"):
        History.open(blocker / "data")


def test_the_engine_alone_sets_up_a_new_file(tmp_path: Path) -> None:
    engine = create_history_engine(tmp_path / "plain.sqlite3")
    try:
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        engine.dispose()


def test_a_new_history_carries_its_schema_and_identity_in_the_file_itself(
    tmp_path: Path,
) -> None:
    """Not only in its log: a log of another young history must not fit it, and a
    copy of the file alone is still an Unknot history."""
    from tests.store.damage_cases import add_sessions, crash_copy, running

    with running(tmp_path / "mine") as mine:
        # The file alone, as a copy taken while the app runs would have it.
        alone = sqlite3.connect(f"{mine.path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            assert alone.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
            assert alone.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
            tables = {row[0] for row in alone.execute("SELECT name FROM sqlite_master")}
            assert "history_identity" in tables
        finally:
            alone.close()
        crash_copy(mine.path, tmp_path / "copy", suffixes=("",))
    with running(tmp_path / "theirs") as theirs:
        add_sessions(theirs, 2)
        crash_copy(theirs.path, tmp_path / "their-log", suffixes=("-wal",))
    copy = tmp_path / "copy" / "history.sqlite3"
    (tmp_path / "their-log" / "history.sqlite3-wal").rename(f"{copy}-wal")
    # Their log is left out: none of their sessions reads as this copy's.
    snapshot = History.open_snapshot(copy)
    try:
        assert snapshot.session_count() == 0
        assert snapshot.side_files_left_out == (Path(f"{copy}-wal"),)
    finally:
        snapshot.close()


def test_a_history_read_into_memory_serves_several_threads_at_once(tmp_path: Path) -> None:
    """The window reads a read-only history from worker threads as well as its own:
    each read gets the one copy in turn, never another thread's transaction."""
    from concurrent.futures import ThreadPoolExecutor

    from tests.store.damage_cases import add_sessions

    with History.open(tmp_path) as history:
        add_sessions(history, 4)
        path = history.path
    snapshot = History.open_snapshot(path)
    try:

        def read(_: int) -> tuple[int, int]:
            return len(snapshot.sessions()), len(snapshot.routines())

        with ThreadPoolExecutor(max_workers=4) as pool:
            results = list(pool.map(read, range(200)))
        assert set(results) == {(4, 0)}
    finally:
        snapshot.close()
