"""A side file is used only when it belongs to this very history file; any other
is kept aside (never deleted) and the history opens without it."""

from __future__ import annotations

import re
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.store.damage_cases import (
    CASES,
    HISTORY,
    SESSIONS,
    DamageCase,
    Kind,
    add_sessions,
    crash_copy,
    folder_digest,
    running,
    sound_history,
)
from tests.store.fixtures.make_fixtures import EXPECTED_SESSIONS, FIXTURES
from unknot.store import DamagedHistoryError, History, HistoryBusyError
from unknot.store.side_files import (
    apply_wal,
    read_history_files,
    read_wal,
    set_aside_side_files,
    wal_belongs,
)

CHECKPOINTS = ("PASSIVE", "RESTART", "TRUNCATE")
FOREIGN_NAME = re.compile(r"history\.foreign-\d{8}-\d{6}(-\d+)?\.sqlite3(-wal|-shm|-journal)")
FOREIGN_CASES = [case for case in CASES if case.kind is Kind.FOREIGN_SIDE_FILE]


def _sessions(history: History) -> list[str]:
    return [record.id for record in history.sessions()]


def _integrity(path: Path) -> list[str]:
    raw = sqlite3.connect(path)
    try:
        return [str(row[0]) for row in raw.execute("PRAGMA integrity_check")]
    finally:
        raw.close()


# --- a log of this very file is always used ----------------------------------------------


def test_a_crash_leaves_a_log_that_is_replayed(tmp_path: Path) -> None:
    sound_history(tmp_path / "app")
    with running(tmp_path / "app") as history:
        add_sessions(history, 3, first_day=20)
        expected = _sessions(history)
        crash_copy(history.path, tmp_path / "crashed", ("", "-wal", "-shm"))
    assert (tmp_path / "crashed" / f"{HISTORY}-wal").stat().st_size > 0

    with History.open_snapshot(tmp_path / "crashed" / HISTORY) as snapshot:
        assert _sessions(snapshot) == expected
        assert snapshot.side_files_left_out == ()
    with History.open(tmp_path / "crashed") as history:
        assert _sessions(history) == expected
        assert history.side_files_set_aside == ()
        assert history.set_aside is None
    assert not [p for p in (tmp_path / "crashed").iterdir() if "foreign" in p.name]


@settings(
    max_examples=10,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    steps=st.lists(
        st.one_of(st.integers(min_value=1, max_value=2), st.sampled_from(CHECKPOINTS)),
        min_size=1,
        max_size=5,
    ),
    copy_at=st.integers(min_value=0, max_value=5),
    torn=st.one_of(st.none(), st.integers(min_value=1, max_value=4096 + 23)),
)
def test_any_crash_log_belongs_and_any_stale_log_never_makes_a_malformed_file(
    tmp_path_factory: pytest.TempPathFactory,
    steps: list[int | str],
    copy_at: int,
    torn: int | None,
) -> None:
    """Writes (n sessions) and checkpoints of every kind in any order (after a
    restart the log holds frames of an older generation behind the new ones); a
    crash at the end, perhaps in the middle of writing one more frame (`torn`
    bytes of it), leaves a log and its index that are always replayed whole and
    never set aside. A copy taken at any point and put in place of the file with
    that log either ignores the log or gives exactly the crashed history: never a
    mix, never a malformed file."""
    root = tmp_path_factory.mktemp("wal")
    source = root / "app"
    copy = root / "copy.sqlite3"
    day = 0
    with running(source) as history:
        for index, step in enumerate(steps):
            if index == copy_at:
                shutil.copyfile(history.path, copy)
                copied_wal = Path(f"{history.path}-wal").read_bytes()
            if isinstance(step, int):
                add_sessions(history, step, first_day=day)
                day += step
            else:
                raw = sqlite3.connect(history.path)
                try:
                    raw.execute(f"PRAGMA wal_checkpoint({step})")
                finally:
                    raw.close()
        if copy_at >= len(steps):
            shutil.copyfile(history.path, copy)
            copied_wal = Path(f"{history.path}-wal").read_bytes()
        expected = _sessions(history)
        crash_copy(history.path, root / "crashed", ("", "-wal", "-shm"))
    crash_wal = (root / "crashed" / f"{HISTORY}-wal").read_bytes()
    if torn is not None:
        crash_wal = _torn_frame_written(crash_wal, torn)
        (root / "crashed" / f"{HISTORY}-wal").write_bytes(crash_wal)

    with History.open(root / "crashed") as crashed:
        assert _sessions(crashed) == expected
        assert crashed.side_files_set_aside == ()

    # The copy with its own log of that moment reads as the history did then.
    stale = root / "stale"
    stale.mkdir()
    shutil.copyfile(copy, stale / HISTORY)
    copy_only = wal_belongs(copy.read_bytes(), copied_wal) is None
    assert copy_only
    (stale / f"{HISTORY}-wal").write_bytes(crash_wal)
    with History.open(stale) as history:
        found = _sessions(history)
        kept_aside = history.side_files_set_aside
    assert _integrity(stale / HISTORY) == ["ok"]
    log = read_wal(crash_wal)
    if kept_aside or log is None or not log.commits:
        # The copy as it was: an older state, never a mix.
        assert set(found) <= set(expected)
    else:
        assert found == expected


def _torn_frame_written(wal: bytes, length: int) -> bytes:
    """The log as a crash leaves it `length` bytes into writing one more frame
    after its valid ones, over whatever was there (end of file or frames of an
    older generation): a frame header of this generation, then part of a page."""
    log = read_wal(wal)
    if log is None:
        return wal
    frame_size = 24 + log.page_size
    start = 32 + log.valid_frames * frame_size
    header = (3).to_bytes(4, "big") + (0).to_bytes(4, "big") + log.salts + bytes(8)
    written = (header + b"\x5a" * log.page_size)[: min(length, frame_size)]
    return wal[:start] + written + wal[start + len(written) :]


class _Files(tuple[bytes, bytes, bytes]):
    def __repr__(self) -> str:
        return "<history file, its log and index>"


@pytest.fixture(scope="module")
def crashed_log(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes, bytes]:
    """The history file, its log and the log's index as a crash leaves them, with
    the newest sessions in the log; the log holds at least two commits."""
    root = tmp_path_factory.mktemp("crashed-log")
    sound_history(root / "app")
    with running(root / "app") as history:
        add_sessions(history, 3, first_day=40)
        crash_copy(history.path, root / "crashed", ("", "-wal", "-shm"))
    found = tuple((root / "crashed" / f"{HISTORY}{s}").read_bytes() for s in ("", "-wal", "-shm"))
    return _Files((found[0], found[1], found[2]))


@settings(
    max_examples=300,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    place=st.integers(min_value=0, max_value=2**31),
    change=st.integers(min_value=1, max_value=255),
    with_index=st.booleans(),
    truncate=st.booleans(),
)
def test_damage_to_a_committed_frame_is_replayed_or_kept_aside(
    crashed_log: tuple[bytes, bytes, bytes],
    place: int,
    change: int,
    with_index: bool,
    truncate: bool,
) -> None:
    """Any byte of the log's header or of a committed frame changed (or the log
    cut short inside them): the history reads exactly as before, or the log is
    kept aside and said; never read with committed frames silently dropped.
    Without its index a damaged last commit, or a log cut short, looks just
    like a crash in the middle of a write, so only changes before the last
    commit are tried then."""
    database, wal, shm = crashed_log
    log = read_wal(wal)
    assert log is not None and len(log.commits) >= 2
    committed_end = log.commits[-1].frames[-1].offset + log.page_size
    end = committed_end if with_index else log.commits[-1].frames[0].offset - 24
    # A log cut short is told from one not yet written whole only by its index; an
    # empty one holds nothing to keep.
    offset = place % (end - 1) + 1
    if truncate and with_index:
        damaged = wal[:offset]
    else:
        damaged = wal[:offset] + bytes([wal[offset] ^ change]) + wal[offset + 1 :]

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / HISTORY
        path.write_bytes(database)
        Path(f"{path}-wal").write_bytes(damaged)
        if with_index:
            Path(f"{path}-shm").write_bytes(shm)
        found = read_history_files(path)
    assert found.foreign or found.image == apply_wal(database, log, wal)


def test_a_log_of_a_file_from_before_the_identity_is_replayed(tmp_path: Path) -> None:
    # Version 1 had no identity: a crash left by 0.1 is judged by what replaying gives.
    source = tmp_path / "source"
    source.mkdir()
    shutil.copyfile(FIXTURES / "history-v1.sqlite3", source / HISTORY)
    raw = sqlite3.connect(source / HISTORY, isolation_level=None)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA wal_autocheckpoint = 0")
    raw.execute("INSERT INTO rest_days (day) VALUES ('2026-03-03')")
    crash_copy(source / HISTORY, tmp_path / "data")
    raw.close()

    with History.open(tmp_path / "data") as history:
        assert history.side_files_set_aside == ()
        assert len(history.sessions()) == len(EXPECTED_SESSIONS)
        assert any(day.isoformat() == "2026-03-03" for day in history.rest_days())


# --- anything else is kept aside ----------------------------------------------------------


@pytest.mark.parametrize("case", FOREIGN_CASES, ids=str)
def test_a_side_file_that_does_not_belong_is_kept_aside(tmp_path: Path, case: DamageCase) -> None:
    data_dir = tmp_path / "data"
    case.build(data_dir)
    sides = {
        suffix: (data_dir / f"{HISTORY}{suffix}").read_bytes()
        for suffix in ("-wal", "-shm", "-journal")
        if (data_dir / f"{HISTORY}{suffix}").exists()
    }

    with History.open(data_dir) as history:
        assert history.set_aside is None
        assert history.damage is None
        assert len(history.sessions()) == SESSIONS
        kept = history.side_files_set_aside
    assert kept
    for path in kept:
        assert FOREIGN_NAME.fullmatch(path.name), path.name
        suffix = "-" + path.name.rsplit("-", 1)[1]
        assert path.read_bytes() == sides[suffix]
    assert _integrity(data_dir / HISTORY) == ["ok"]


@pytest.mark.parametrize("case", FOREIGN_CASES, ids=str)
def test_reading_leaves_it_where_it_is(tmp_path: Path, case: DamageCase) -> None:
    data_dir = tmp_path / "data"
    case.build(data_dir)
    before = folder_digest(data_dir)

    with History.open_snapshot(data_dir / HISTORY) as history:
        assert len(history.sessions()) == SESSIONS
        assert history.side_files_left_out
        assert all(reason for reason in history.side_file_reasons)
        with pytest.raises(Exception, match="reading only"):
            history.set_rest_day(EXPECTED_SESSIONS[0].local_date, True)
    assert folder_digest(data_dir) == before


def test_kept_aside_names_never_collide(tmp_path: Path) -> None:
    from datetime import datetime

    path = tmp_path / HISTORY
    moment = datetime(2026, 1, 5, 8, 0)
    kept: list[Path] = []
    for n in range(3):
        wal = tmp_path / f"{HISTORY}-wal"
        wal.write_bytes(f"log {n}".encode())
        kept.extend(set_aside_side_files(path, (wal,), moment))
    assert [p.name for p in kept] == [
        "history.foreign-20260105-080000.sqlite3-wal",
        "history.foreign-20260105-080000-2.sqlite3-wal",
        "history.foreign-20260105-080000-3.sqlite3-wal",
    ]
    assert [p.read_bytes() for p in kept] == [b"log 0", b"log 1", b"log 2"]


def test_a_torn_last_commit_is_ignored_as_sqlite_ignores_it(tmp_path: Path) -> None:
    sound_history(tmp_path / "app")
    with running(tmp_path / "app") as history:
        add_sessions(history, 2, first_day=30)
        database = history.path.read_bytes()
        wal = Path(f"{history.path}-wal").read_bytes()
    log = read_wal(wal)
    assert log is not None and len(log.commits) >= 2
    torn = bytearray(wal)
    last = log.commits[-1].frames[-1]
    torn[last.offset + 10] ^= 0xFF
    torn_log = read_wal(bytes(torn))
    assert torn_log is not None
    assert len(torn_log.commits) == len(log.commits) - 1
    assert wal_belongs(database, bytes(torn)) is None
    assert apply_wal(database, torn_log, bytes(torn))[:16] == b"SQLite format 3\x00"


# --- a file in use ------------------------------------------------------------------------


def test_a_file_another_connection_has_open_keeps_its_side_files(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    sound_history(data_dir)
    with running(data_dir) as app:
        add_sessions(app, 2, first_day=40)
        expected = _sessions(app)
        found = read_history_files(app.path)
        assert found.in_use
        assert found.foreign == ()
        with History.open_snapshot(app.path) as snapshot:
            assert _sessions(snapshot) == expected
        # Another writer (the command line while the window is open) shares it.
        with History.open(data_dir) as other:
            assert other.side_files_set_aside == ()
            assert _sessions(other) == expected


def test_a_file_that_keeps_changing_is_busy_not_damaged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from unknot.store import side_files

    data_dir = tmp_path / "data"
    path = sound_history(data_dir)
    reads = 0
    original = side_files._read_once

    def changing(target: Path) -> side_files.HistoryFiles | None:
        nonlocal reads
        reads += 1
        found = original(target)
        # Another program writes while it is read.
        with path.open("ab") as file:
            file.write(b"\0" * 512)
        return found

    monkeypatch.setattr(side_files, "_read_once", changing)
    with pytest.raises(HistoryBusyError, match="busy"):
        History.open_snapshot(path, steady_wait=0.0)
    assert reads >= 1


def test_a_damaged_file_is_never_read_as_empty(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    path = sound_history(data_dir)
    path.write_bytes(path.read_bytes()[:5000])
    before = folder_digest(data_dir)
    with pytest.raises(DamagedHistoryError) as refused:
        History.open_snapshot(path)
    assert "unknot check --repair" in str(refused.value)
    assert refused.value.path == path
    assert folder_digest(data_dir) == before


def test_everything_kept_aside_is_found_by_its_name(tmp_path: Path) -> None:
    from datetime import datetime

    from unknot.store.damaged import set_aside
    from unknot.store.kept_aside import find_kept_aside

    path = tmp_path / HISTORY
    path.write_bytes(b"damaged")
    (tmp_path / f"{HISTORY}-wal").write_bytes(b"its log")
    moment = datetime(2026, 1, 5, 8, 0)
    damaged = set_aside(path, moment)
    wal = tmp_path / f"{HISTORY}-wal"
    wal.write_bytes(b"another log")
    (foreign,) = set_aside_side_files(path, (wal,), moment)
    (tmp_path / "history-2026-01-04.sqlite3").write_bytes(b"not kept aside")

    assert [kept.path for kept in find_kept_aside(tmp_path)] == [damaged, foreign]
