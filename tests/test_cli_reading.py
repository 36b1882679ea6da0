"""Reading never needs to write: `stats`, `export` and `check` work on a read-only
data folder and with the disk full; a stray writer makes them wait a bounded
time at most; `restore` reads a copy with its own log."""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.records import hold, session
from tests.store.damage_cases import (
    HISTORY,
    SESSIONS,
    add_sessions,
    crash_copy,
    folder_digest,
    running,
    sound_history,
)
from unknot.cli import main
from unknot.core.records import Outcome, SessionKind
from unknot.store import History, database, side_files
from unknot.store.exchange import to_json

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
_WRITE_EVENTS = {
    "os.mkdir",
    "os.rename",
    "os.remove",
    "os.rmdir",
    "os.chmod",
    "os.truncate",
    "os.symlink",
    "os.link",
}
# While set: (folder, errno) — every write-ish call under the folder fails
# with that error, as on a read-only mount or a full disk.
_GUARD: dict[str, Any] = {}


def _audit(event: str, args: tuple[Any, ...]) -> None:
    guard = _GUARD.get("folder")
    if guard is None:
        return
    touched: list[object] = []
    if event == "open":
        path, mode, flags = args
        writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and flags & _WRITE_FLAGS
        )
        if writing:
            touched.append(path)
    elif event in _WRITE_EVENTS:
        touched.extend(args[:2])
    elif event == "sqlite3.connect" and args[0] not in (":memory:", b":memory:"):
        # Only private copies in memory may be opened.
        touched.append(args[0])
    for item in touched:
        if isinstance(item, str | bytes | os.PathLike):
            where = Path(os.fsdecode(item)).absolute()
            if where == guard or guard in where.parents:
                raise OSError(_GUARD["errno"], os.strerror(_GUARD["errno"]), str(where))


sys.addaudithook(_audit)


@pytest.fixture
def guarded() -> Iterator[Any]:
    def guard(folder: Path, number: int) -> None:
        _GUARD.update(folder=folder.absolute(), errno=number)

    yield guard
    _GUARD.clear()


def _run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    status = main([str(arg) for arg in argv])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert "unexpected problem" not in captured.err
    return status, captured.out, captured.err


def _read_all(capsys: pytest.CaptureFixture[str], data_dir: Path, elsewhere: Path) -> int:
    """Every reading command; returns the sessions exported to `elsewhere`."""
    for argv in (["stats"], ["stats", "--json"], ["export", "--format", "csv"], ["check"]):
        status, out, err = _run(capsys, *argv, "--data-dir", data_dir)
        assert (status, err) == (0, ""), argv
        assert out
    target = elsewhere / "backup.json"
    status, out, err = _run(capsys, "export", "-o", target, "--data-dir", data_dir)
    assert (status, err) == (0, "")
    return len(json.loads(target.read_text(encoding="utf-8"))["sessions"])


@pytest.mark.parametrize("number", [errno.EROFS, errno.ENOSPC, errno.EACCES])
def test_reading_a_crashed_history_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, guarded: Any, number: int
) -> None:
    # A session left open, its holds still in the log, as a crash leaves them.
    with running(tmp_path / "app") as app:
        add_sessions(app, 2)
        session_id = app.begin_session(SessionKind.FOCUS, app.sessions()[0].started_at, "UTC")
        expected = len(app.sessions())
        crash_copy(app.path, tmp_path / "data", ("", "-wal", "-shm"))
    assert session_id
    data_dir = tmp_path / "data"
    elsewhere = tmp_path / "other-disk"
    elsewhere.mkdir()
    before = folder_digest(data_dir)
    guarded(data_dir, number)

    assert _read_all(capsys, data_dir, elsewhere) == expected
    assert folder_digest(data_dir) == before


def test_reading_while_the_app_holds_a_session_open_on_a_full_disk(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, guarded: Any
) -> None:
    data_dir = tmp_path / "data"
    elsewhere = tmp_path / "other-disk"
    elsewhere.mkdir()
    with running(data_dir) as app:
        add_sessions(app, 2)
        app.begin_session(SessionKind.FOCUS, app.sessions()[0].started_at, "UTC")
        expected = len(app.sessions())
        guarded(data_dir, errno.ENOSPC)
        assert _read_all(capsys, data_dir, elsewhere) == expected
        _GUARD.clear()


@pytest.mark.parametrize(
    ("number", "words"),
    [(errno.EROFS, "read-only"), (errno.ENOSPC, "disk is full"), (errno.EACCES, "permission")],
)
def test_writing_says_why_in_plain_words(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, guarded: Any, number: int, words: str
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    backup = tmp_path / "backup.json"
    backup.write_text(json.dumps(to_json([], [date(2026, 1, 1)])), encoding="utf-8")
    guarded(data_dir, number)
    for argv in (["import", backup], ["restore", backup], ["check", "--repair"]):
        status, _, err = _run(capsys, *argv, "--data-dir", data_dir)
        if argv[0] == "check":
            assert status == 0  # nothing there, nothing to repair, nothing written
            continue
        assert status == 1, argv
        assert words in err, err
        assert "attempt to write" not in err
    assert list(data_dir.iterdir()) == []


# --- a stray writer ---------------------------------------------------------------------------

_STRAY_WRITER = textwrap.dedent(
    """
    import sqlite3, sys
    path, mode = sys.argv[1], sys.argv[2]
    connection = sqlite3.connect(path, isolation_level=None)
    if mode == "rollback":
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute("PRAGMA cache_size = 1")
        connection.execute("BEGIN EXCLUSIVE")
        # Enough pages changed that some are written into the file itself.
        connection.execute("UPDATE sessions SET note = upper(note)")
    else:
        connection.execute("BEGIN EXCLUSIVE")
        connection.execute("UPDATE sessions SET note = 'not committed'")
    print("ready", flush=True)
    sys.stdin.readline()
    connection.execute("ROLLBACK")
    connection.close()
    """
)


@pytest.fixture
def stray_writer(tmp_path: Path) -> Iterator[Any]:
    started: list[subprocess.Popen[str]] = []

    def start(path: Path, mode: str) -> None:
        process = subprocess.Popen(
            [sys.executable, "-c", _STRAY_WRITER, str(path), mode],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        started.append(process)
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready"

    yield start
    for process in started:
        assert process.stdin is not None and process.stdout is not None
        process.stdin.close()
        process.wait(timeout=30)
        process.stdout.close()


def test_a_stray_writer_in_write_ahead_mode_does_not_stop_reading(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    stray_writer: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data_dir = tmp_path / "data"
    path = sound_history(data_dir)
    stray_writer(path, "wal")

    # What is committed reads at once; nothing uncommitted shows.
    status, out, err = _run(capsys, "export", "--data-dir", data_dir)
    assert (status, err) == (0, "")
    sessions = json.loads(out)["sessions"]
    assert len(sessions) == SESSIONS
    assert all(s.get("note") != "not committed" for s in sessions)

    # A write waits its bounded time, then says the history is busy.
    monkeypatch.setattr(database, "BUSY_TIMEOUT_SECONDS", 0.2)
    backup = tmp_path / "backup.json"
    backup.write_text(json.dumps(to_json([], [date(2026, 1, 1)])), encoding="utf-8")
    status, out, err = _run(capsys, "import", backup, "--data-dir", data_dir)
    assert status == 1
    assert "busy" in err
    assert "database is locked" not in err


def test_a_stray_writer_mid_write_makes_reading_wait_then_say_busy(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    stray_writer: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data_dir = tmp_path / "data"
    path = sound_history(data_dir)
    stray_writer(path, "rollback")
    assert (data_dir / f"{HISTORY}-journal").exists()
    before = folder_digest(data_dir)
    monkeypatch.setattr(side_files, "STEADY_WAIT_SECONDS", 0.2)

    for argv in (["stats"], ["export"], ["check"]):
        status, out, err = _run(capsys, *argv, "--data-dir", data_dir)
        assert (status, out) == (1, ""), argv
        assert "busy" in err
    assert folder_digest(data_dir) == before


# --- restore ----------------------------------------------------------------------------------


def test_restore_reads_a_copy_with_its_own_log(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # A folder copied while the app ran: the newest sessions are in the log.
    with running(tmp_path / "app") as app:
        add_sessions(app, 4)
        expected = sorted(record.id for record in app.sessions())
        crash_copy(app.path, tmp_path / "copied", ("", "-wal"))
    copy = tmp_path / "copied" / HISTORY
    assert (tmp_path / "copied" / f"{HISTORY}-wal").stat().st_size > 0
    before = folder_digest(tmp_path / "copied")

    status, out, err = _run(capsys, "restore", copy, "--data-dir", tmp_path / "data")

    assert (status, err) == (0, "")
    assert "Sessions added: 4" in out
    with History.open_snapshot(tmp_path / "data" / HISTORY) as restored:
        assert sorted(record.id for record in restored.sessions()) == expected
    assert folder_digest(tmp_path / "copied") == before


def test_restore_leaves_out_a_log_that_is_not_the_copys(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    copy = sound_history(tmp_path / "copy")
    with running(tmp_path / "other") as other:
        add_sessions(other, 2, first_day=300)
        shutil.copyfile(f"{other.path}-wal", f"{copy}-wal")

    status, out, err = _run(capsys, "restore", copy, "--data-dir", tmp_path / "data")

    assert status == 0
    assert "beside the copy was left out (a write-ahead log of another" in err
    assert f"Sessions added: {SESSIONS}" in out


def test_a_copy_without_its_log_is_said_to_hold_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # Only history.sqlite3 copied while the app ran: a young history's sessions
    # are all in the log that was not copied.
    with running(tmp_path / "app") as app:
        add_sessions(app, 3)
        crash_copy(app.path, tmp_path / "copied", ("",))
    copy = tmp_path / "copied" / HISTORY

    status, out, err = _run(capsys, "--data-dir", tmp_path / "copied", "check")
    # A file written since the first open holds its schema: sound, but empty,
    # and said so.
    assert "holds 0 sessions" in out

    status, out, err = _run(capsys, "restore", copy, "--data-dir", tmp_path / "data")
    assert (status, out) == (1, "")
    assert len(err.splitlines()) == 1
    assert "holds no sessions; nothing was restored" in err
    assert f"{HISTORY}-wal" in err
    assert not (tmp_path / "data" / HISTORY).exists()

    empty = tmp_path / "empty.json"
    empty.write_text(json.dumps(to_json([], [])), encoding="utf-8")
    status, out, err = _run(capsys, "restore", empty, "--data-dir", tmp_path / "data")
    assert (status, out) == (1, "")
    assert "holds no sessions; nothing was restored" in err
    assert "-wal" not in err


@pytest.mark.parametrize("command", ["restore", "import"])
def test_a_refused_file_is_named_once_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str
) -> None:
    copy = sound_history(tmp_path / "copy")
    raw = sqlite3.connect(copy)
    try:
        raw.execute("PRAGMA user_version = 999")
    finally:
        raw.close()
    json_backup = tmp_path / "backup.json"
    json_backup.write_text('{"format": "unknot-history", "version": 1,', encoding="utf-8")
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(copy.read_bytes()[:6000])
    foreign = tmp_path / "other-program.sqlite3"
    raw = sqlite3.connect(foreign)
    try:
        raw.execute("PRAGMA application_id = 123")
        raw.execute("CREATE TABLE things (name TEXT)")
        raw.commit()
    finally:
        raw.close()
    refused = [json_backup] + ([copy, damaged, foreign] if command == "restore" else [])
    for path in refused:
        status, out, err = _run(capsys, command, path, "--data-dir", tmp_path / "data")
        assert (status, out) == (1, "")
        assert len(err.splitlines()) == 1, err
        assert err.count(path.name) == 1, err
        assert err.count(str(path)) == 1, err


def test_a_csv_table_is_told_apart_from_a_backup(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    sound_history(tmp_path / "data")
    table = tmp_path / "a.csv"
    assert (
        _run(capsys, "export", "--format", "csv", "-o", table, "--data-dir", tmp_path / "data")[0]
        == 0
    )
    for command in ("import", "restore"):
        status, out, err = _run(capsys, command, table, "--data-dir", tmp_path / "other")
        assert (status, out) == (1, "")
        assert "CSV table" in err
        assert "JSON backup" in err
        assert "not valid JSON" not in err


def test_restore_refuses_what_is_not_a_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for target in (tmp_path / "missing.json", tmp_path):
        status, out, err = _run(capsys, "restore", target, "--data-dir", tmp_path / "data")
        assert (status, out) == (1, "")
        assert "cannot read" in err
    assert not (tmp_path / "data").exists()


# --- export never replaces a backup with nothing ---------------------------------------------


def test_an_empty_history_never_replaces_an_existing_export(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    with History.open(data_dir):
        pass
    backup = tmp_path / "backup.json"
    backup.write_text("the last good backup\n", encoding="utf-8")

    status, out, err = _run(capsys, "export", "-o", backup, "--data-dir", data_dir)

    assert (status, out) == (1, "")
    assert "empty" in err
    assert backup.read_text(encoding="utf-8") == "the last good backup\n"
    # A new file is still written, empty as the history is.
    status, _, _ = _run(capsys, "export", "-o", tmp_path / "new.json", "--data-dir", data_dir)
    assert status == 0


def test_check_on_a_sound_or_missing_history(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, out, _ = _run(capsys, "check", "--data-dir", tmp_path / "nowhere")
    assert status == 0
    assert "no history" in out
    assert not (tmp_path / "nowhere").exists()

    sound_history(tmp_path / "data")
    before = folder_digest(tmp_path / "data")
    status, out, _ = _run(capsys, "check", "--data-dir", tmp_path / "data")
    assert status == 0
    assert "is sound" in out
    status, out, _ = _run(capsys, "check", "--repair", "--data-dir", tmp_path / "data")
    assert status == 0
    assert "nothing to repair" in out
    assert folder_digest(tmp_path / "data") == before


@pytest.mark.parametrize("command", ["restore", "import"])
def test_a_later_copy_of_a_session_already_restored_is_told_not_dropped(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str
) -> None:
    # Restored first: a copy taken mid-session, one hold in. Then the day's later
    # copy, where that session has three holds and stopped for pain.
    start = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)
    holds = tuple(hold(start + timedelta(minutes=3 * n)) for n in range(3))
    other = session("other", start - timedelta(days=1))
    early = session("s-1", start, outcome=None, holds=holds[:1])
    later = session("s-1", start, outcome=Outcome.STOPPED_PAIN, holds=holds)
    mid_copy, daily_copy = tmp_path / "mid.json", tmp_path / "daily.json"
    mid_copy.write_text(json.dumps(to_json([early, other], [])), encoding="utf-8")
    daily_copy.write_text(json.dumps(to_json([later, other], [])), encoding="utf-8")
    data = tmp_path / "data"
    assert _run(capsys, command, mid_copy, "--data-dir", data)[0] == 0

    status, out, err = _run(capsys, command, daily_copy, "--data-dir", data)

    assert (status, err) == (0, "")
    assert "Sessions already in the history, skipped: 2" in out
    assert (
        "1 of the skipped sessions differs from the one in the history "
        "(other holds, another ending or note); the history's was kept as it is."
    ) in out.splitlines()
    with History.open(data) as history:
        kept = history.session("s-1")
    assert kept is not None
    assert (len(kept.holds), kept.outcome) == (1, Outcome.INTERRUPTED)

    # The same daily copy again against itself says nothing of the kind.
    fresh = tmp_path / "fresh"
    assert _run(capsys, command, daily_copy, "--data-dir", fresh)[0] == 0
    status, out, err = _run(capsys, command, daily_copy, "--data-dir", fresh)
    assert (status, err) == (0, "")
    assert "differ" not in out


def _zeroed_log(log: Path) -> None:
    data = log.read_bytes()
    log.write_bytes(bytes(32) + data[32:])


@pytest.mark.parametrize("log", ["missing", "damaged", "another's"])
def test_the_advice_for_a_copy_holding_nothing_fits_its_log(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, log: str
) -> None:
    # A young history copied while the app ran: its sessions are all in the log.
    with running(tmp_path / "app") as app:
        add_sessions(app, 3)
        crash_copy(app.path, tmp_path / "copied", ("", "-wal"))
    copy = tmp_path / "copied" / HISTORY
    wal = tmp_path / "copied" / f"{HISTORY}-wal"
    if log == "missing":
        wal.unlink()
    elif log == "damaged":
        _zeroed_log(wal)
    else:
        # An empty history closed cleanly, so its file says whose it is.
        copy = sound_history(tmp_path / "empty", sessions=0)
        wal = Path(f"{copy}-wal")
        with running(tmp_path / "other") as other:
            add_sessions(other, 2, first_day=300)
            shutil.copyfile(f"{other.path}-wal", wal)

    status, out, err = _run(capsys, "restore", copy, "--data-dir", tmp_path / "data")

    assert (status, out) == (1, "")
    *notes, error = err.splitlines()
    assert error.startswith(f"unknot: error: {copy} holds no sessions; nothing was restored.")
    assert error.endswith(".")
    if log == "missing":
        assert notes == []
        assert f"copy that file too, as {HISTORY}-wal next to the copy" in error
    else:
        assert len(notes) == 1
        assert "was left out" in notes[0]
        assert f"{HISTORY}-wal, was left out because it is damaged or another file's" in error
        assert "copy that file too" not in error
    assert not (tmp_path / "data" / HISTORY).exists()
