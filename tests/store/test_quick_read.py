"""The home screen's first figures, read without the store: only when certainly
safe, the same as the store's, and never a file created or changed."""

from __future__ import annotations

import os
import sqlite3
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.records import hold
from tests.store.damage_cases import CASES, DamageCase, folder_digest, running, sound_history
from unknot import quick_read
from unknot.core.records import Outcome, SessionKind
from unknot.quick_read import read_sums_quickly
from unknot.store import History
from unknot.store.migrations import APPLICATION_ID, SCHEMA_VERSION
from unknot.store.models import MAX_OFFSET_SECONDS

# Python's own writes under the watched folder, as the audit hook sees them
# (SQLite's own file calls are C and are caught by the folder's digest instead).
_WATCHED: list[Path] = []
_WRITES: list[str] = []
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
_WRITE_EVENTS = {"os.rename", "os.remove", "os.rmdir", "os.chmod", "os.truncate", "os.mkdir"}


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if not _WATCHED:
        return
    touched: list[object] = []
    if event == "open":
        path, mode, flags = args
        if (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and flags & _WRITE_FLAGS
        ):
            touched.append(path)
    elif event in _WRITE_EVENTS:
        touched.extend(args[:2])
    elif event == "sqlite3.connect":
        # Only read-only, immutable opens of the file.
        target = os.fsdecode(args[0])
        if "mode=ro" not in target or "immutable=1" not in target:
            touched.append(target.removeprefix("file:").partition("?")[0])
    for item in touched:
        if isinstance(item, str | bytes | os.PathLike):
            where = Path(os.fsdecode(item)).absolute()
            if any(where == folder or folder in where.parents for folder in _WATCHED):
                _WRITES.append(f"{event} {where}")


sys.addaudithook(_audit)


def read_watched(data_dir: Path) -> quick_read.QuickSums | None:
    """The quick read, failing the test if it wrote or created anything."""
    before = folder_digest(data_dir)
    _WATCHED.append(data_dir.absolute())
    _WRITES.clear()
    try:
        sums = read_sums_quickly(data_dir)
    finally:
        _WATCHED.clear()
    assert _WRITES == []
    assert folder_digest(data_dir) == before
    return sums


def test_its_constants_are_the_stores() -> None:
    assert quick_read.APPLICATION_ID == APPLICATION_ID
    assert quick_read.SCHEMA_VERSION == SCHEMA_VERSION


@pytest.mark.parametrize("case", CASES, ids=str)
def test_it_refuses_every_damaged_or_foreign_folder(tmp_path: Path, case: DamageCase) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    case.build(data_dir)
    assert read_watched(data_dir) is None


def test_it_refuses_while_the_history_is_open(tmp_path: Path) -> None:
    sound_history(tmp_path)
    with running(tmp_path):
        assert read_watched(tmp_path) is None


@pytest.mark.parametrize("suffix", quick_read.SIDE_SUFFIXES)
def test_any_side_file_sends_it_to_the_store(tmp_path: Path, suffix: str) -> None:
    path = sound_history(tmp_path)
    # Even an empty one: what it means is the store's to judge.
    Path(f"{path}{suffix}").touch()
    assert read_watched(tmp_path) is None


def test_it_refuses_a_missing_file_and_creates_none(tmp_path: Path) -> None:
    assert read_watched(tmp_path) is None
    assert read_sums_quickly(tmp_path / "not here") is None
    assert not (tmp_path / "not here").exists()


@pytest.mark.parametrize(
    ("pragma", "value"),
    [
        ("user_version", SCHEMA_VERSION - 1),  # older: the store upgrades it first
        ("user_version", SCHEMA_VERSION + 1),
        ("application_id", 0),
        ("application_id", APPLICATION_ID + 1),
    ],
)
def test_it_reads_only_the_schema_it_knows(tmp_path: Path, pragma: str, value: int) -> None:
    path = sound_history(tmp_path)
    connection = sqlite3.connect(path)
    try:
        connection.execute(f"PRAGMA {pragma} = {value}")
    finally:
        connection.close()
    assert read_watched(tmp_path) is None


def test_a_file_written_while_it_is_read_is_not_trusted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = sound_history(tmp_path)
    real_read = quick_read._read

    def read_then_written(target: Path) -> quick_read.QuickSums | None:
        sums = real_read(target)
        with History.open(tmp_path) as history:
            history.set_rest_day(date(2026, 2, 1), True)
        return sums

    monkeypatch.setattr(quick_read, "_read", read_then_written)
    assert read_sums_quickly(tmp_path) is None
    assert path.is_file()


def _full(data_dir: Path) -> tuple[dict[str, tuple[datetime, list[float]]], list[date]]:
    with History.open(data_dir) as history:
        return history.session_sums(), sorted(history.rest_days())


def test_a_sound_history_reads_the_same_as_through_the_store(tmp_path: Path) -> None:
    sound_history(tmp_path)
    sums = read_watched(tmp_path)
    assert sums is not None and len(sums.sessions) > 0
    assert (sums.sessions, sums.rest_days) == _full(tmp_path)


_SESSION = st.tuples(
    st.integers(0, 3000),  # days after the first
    st.integers(0, 86_399),  # seconds into the day
    st.sampled_from(["UTC", "Europe/Berlin", "America/St_Johns", "Pacific/Kiritimati"]),
    st.lists(st.floats(0, 900, allow_nan=False), max_size=4),
)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    sessions=st.lists(_SESSION, max_size=6),
    rest=st.lists(st.integers(0, 3000), max_size=4, unique=True),
    left_open=st.booleans(),
)
def test_any_history_reads_the_same_as_through_the_store(
    tmp_path_factory: pytest.TempPathFactory,
    sessions: list[tuple[int, int, str, list[float]]],
    rest: list[int],
    left_open: bool,
) -> None:
    data_dir = tmp_path_factory.mktemp("history")
    first = datetime(2016, 3, 1, tzinfo=UTC)
    with History.open(data_dir) as history:
        for number, (day, second, zone, held) in enumerate(sessions):
            started = first + timedelta(days=day, seconds=second)
            session_id = history.begin_session(SessionKind.FOCUS, started, zone)
            for minute, seconds in enumerate(held):
                history.record_hold(
                    session_id,
                    hold(started + timedelta(minutes=minute), held_seconds=seconds),
                )
            # The last may be left open, as by a crash: the store closes it on
            # opening, and its sums stay the same.
            if not (left_open and number == len(sessions) - 1):
                history.finish_session(session_id, Outcome.COMPLETED, started + timedelta(hours=1))
        for day in rest:
            history.set_rest_day(first.date() + timedelta(days=day), True)
    sums = read_watched(data_dir)
    assert sums is not None
    assert (sums.sessions, sums.rest_days) == _full(data_dir)
    for start, _held in sums.sessions.values():
        offset = start.utcoffset()
        assert offset is not None and abs(offset.total_seconds()) <= MAX_OFFSET_SECONDS
