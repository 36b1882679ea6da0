"""A damaged history file is moved aside, never deleted, and a new one started."""

from __future__ import annotations

import random
import re
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.records import hold
from unknot.core.records import SessionKind
from unknot.store import History
from unknot.store.damaged import set_aside

NOW = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
SET_ASIDE_NAME = re.compile(r"history\.damaged-\d{8}-\d{6}(-\d+)?\.sqlite3")
FOREIGN_NAME = re.compile(r"history\.foreign-\d{8}-\d{6}(-\d+)?\.sqlite3")


def _real_history(data_dir: Path, sessions: int = 40) -> Path:
    with History.open(data_dir) as history:
        for n in range(sessions):
            started = NOW + timedelta(days=n)
            session_id = history.begin_session(SessionKind.FOCUS, started, "UTC")
            for minute in range(5):
                history.record_hold(session_id, hold(started + timedelta(minutes=minute)))
            history.set_session_note(session_id, "a note long enough to fill pages " * 20)
        return history.path


def _assert_fresh_and_working(data_dir: Path, history: History) -> None:
    assert history.session_count() == 0
    session_id = history.begin_session(SessionKind.FOCUS, NOW, "UTC")
    history.record_hold(session_id, hold(NOW))
    assert history.session(session_id) is not None
    assert (data_dir / "history.sqlite3").stat().st_size > 0


@pytest.mark.parametrize(
    "content",
    [
        random.Random(7).randbytes(5000),
        b"hello",
        b"SQLite format 3\x00" + b"\xff" * 4080,
    ],
    ids=["garbage", "too-short", "bad-header"],
)
def test_a_file_that_is_not_a_database_is_set_aside(data_dir: Path, content: bytes) -> None:
    data_dir.mkdir()
    (data_dir / "history.sqlite3").write_bytes(content)

    with History.open(data_dir) as history:
        assert history.set_aside is not None
        assert history.set_aside.parent == data_dir
        assert SET_ASIDE_NAME.fullmatch(history.set_aside.name)
        assert history.set_aside.read_bytes() == content
        assert history.damage
        _assert_fresh_and_working(data_dir, history)


def test_a_truncated_database_is_set_aside_whole(data_dir: Path) -> None:
    path = _real_history(data_dir)
    content = path.read_bytes()
    assert len(content) > 8 * 4096
    truncated = content[: len(content) // 2]
    path.write_bytes(truncated)

    with History.open(data_dir) as history:
        assert history.set_aside is not None
        assert SET_ASIDE_NAME.fullmatch(history.set_aside.name)
        assert history.set_aside.read_bytes() == truncated
        assert history.damage is not None
        assert "malformed" in history.damage
        _assert_fresh_and_working(data_dir, history)


def test_a_database_with_a_scribbled_page_is_set_aside(data_dir: Path) -> None:
    path = _real_history(data_dir)
    content = bytearray(path.read_bytes())
    # Overwrite the middle of a b-tree page deep in the file, headers untouched.
    page = len(content) // 4096 // 2
    content[page * 4096 + 8 : page * 4096 + 4000] = random.Random(3).randbytes(3992)
    path.write_bytes(bytes(content))

    with History.open(data_dir) as history:
        assert history.set_aside is not None
        assert history.set_aside.read_bytes() == bytes(content)
        _assert_fresh_and_working(data_dir, history)


def test_the_side_files_go_with_it(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "history.sqlite3").write_bytes(b"x" * 4096)
    (data_dir / "history.sqlite3-wal").write_bytes(b"log")
    (data_dir / "history.sqlite3-shm").write_bytes(b"shm")

    with History.open(data_dir) as history:
        moved = history.set_aside
        assert moved is not None
        assert moved.with_name(moved.name + "-wal").read_bytes() == b"log"
        assert moved.with_name(moved.name + "-shm").read_bytes() == b"shm"
        _assert_fresh_and_working(data_dir, history)


def test_a_log_without_its_database_is_set_aside(data_dir: Path) -> None:
    source = data_dir.parent / "source"
    _real_history(source, sessions=2)
    raw = sqlite3.connect(source / "history.sqlite3", isolation_level=None)
    raw.execute("PRAGMA wal_autocheckpoint = 0")
    raw.execute("DELETE FROM holds")
    data_dir.mkdir()
    wal = (source / "history.sqlite3-wal").read_bytes()
    raw.close()
    assert wal
    (data_dir / "history.sqlite3-wal").write_bytes(wal)

    with History.open(data_dir) as history:
        # Not damage of the history (there was none): a side file kept aside.
        assert history.set_aside is None
        (kept,) = history.side_files_set_aside
        assert FOREIGN_NAME.fullmatch(kept.name.removesuffix("-wal"))
        assert kept.name.endswith(".sqlite3-wal")
        assert kept.read_bytes() == wal
        _assert_fresh_and_working(data_dir, history)


def test_a_shared_memory_file_alone_is_no_damage(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "history.sqlite3-shm").write_bytes(b"\0" * 32768)

    with History.open(data_dir) as history:
        assert history.set_aside is None
        _assert_fresh_and_working(data_dir, history)


def test_nothing_damaged_is_ever_overwritten(data_dir: Path) -> None:
    data_dir.mkdir()
    path = data_dir / "history.sqlite3"
    stamp = datetime(2026, 1, 5, 8, 0, 0)
    moved = []
    for n in range(3):
        path.write_bytes(f"damaged {n}".encode() * 100)
        moved.append(set_aside(path, stamp))

    assert [p.name for p in moved] == [
        "history.damaged-20260105-080000.sqlite3",
        "history.damaged-20260105-080000-2.sqlite3",
        "history.damaged-20260105-080000-3.sqlite3",
    ]
    assert [p.read_bytes() for p in moved] == [f"damaged {n}".encode() * 100 for n in range(3)]
    assert not path.exists()


def test_an_empty_file_is_simply_a_new_history(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "history.sqlite3").touch()

    with History.open(data_dir) as history:
        assert history.set_aside is None
        assert history.found_version == 0
        _assert_fresh_and_working(data_dir, history)
