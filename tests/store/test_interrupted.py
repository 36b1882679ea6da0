"""A session left open by a crash is closed as interrupted at the next open, with
every hold that was committed; a session still running elsewhere is left alone."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.records import hold
from tests.store.helpers import KOLKATA
from unknot.core.records import Outcome, SessionKind
from unknot.store import History

START = datetime(2026, 1, 5, 7, 0, tzinfo=KOLKATA)


def test_an_open_session_is_closed_where_its_last_hold_ended(data_dir: Path) -> None:
    holds = [hold(START + timedelta(minutes=3 * i), held_seconds=100.0 + i) for i in range(3)]
    with History.open(data_dir) as history:
        session_id = history.begin_session(SessionKind.FOCUS, START, "Asia/Kolkata")
        for each in holds:
            history.record_hold(session_id, each)
        finished_id = history.begin_session(SessionKind.SCAN, START, "Asia/Kolkata")
        history.finish_session(finished_id, Outcome.COMPLETED, START + timedelta(hours=1))

    with History.open(data_dir) as history:
        record = history.session(session_id)
        finished = history.session(finished_id)

    assert history.interrupted_closed == 1
    assert record is not None
    assert record.outcome is Outcome.INTERRUPTED
    assert record.holds == tuple(holds)
    assert record.ended_at is not None
    assert record.ended_at.isoformat() == holds[-1].ended_at.isoformat()
    assert finished is not None
    assert finished.outcome is Outcome.COMPLETED
    assert finished.ended_at == START + timedelta(hours=1)


def test_an_open_session_without_holds_ends_where_it_started(data_dir: Path) -> None:
    with History.open(data_dir) as history:
        session_id = history.begin_session(SessionKind.SCAN, START, "Asia/Kolkata")

    with History.open(data_dir) as history:
        record = history.session(session_id)

    assert record is not None
    assert record.outcome is Outcome.INTERRUPTED
    assert record.ended_at is not None
    assert record.ended_at.isoformat() == START.isoformat()


def test_a_session_running_in_another_window_is_left_running(data_dir: Path) -> None:
    with History.open(data_dir) as running:
        session_id = running.begin_session(SessionKind.FOCUS, START, "Asia/Kolkata")
        running.record_hold(session_id, hold(START))

        with History.open(data_dir) as command_line:
            assert command_line.interrupted_closed == 0
            record = command_line.session(session_id)
            assert record is not None
            assert record.outcome is None

        running.record_hold(session_id, hold(START + timedelta(minutes=3)))
        running.finish_session(session_id, Outcome.COMPLETED, START + timedelta(minutes=7))

    with History.open(data_dir) as history:
        record = history.session(session_id)
    assert history.interrupted_closed == 0
    assert record is not None
    assert record.outcome is Outcome.COMPLETED
    assert len(record.holds) == 2


def test_no_lock_file_outlives_its_session(data_dir: Path) -> None:
    with History.open(data_dir) as history:
        session_id = history.begin_session(SessionKind.FOCUS, START, "Asia/Kolkata")
        assert (data_dir / f"history.session-{session_id}.lock").exists()
        history.finish_session(session_id, Outcome.COMPLETED, START)
        assert not (data_dir / f"history.session-{session_id}.lock").exists()
    # One left behind by a process killed right after finishing its session.
    (data_dir / "history.session-0123abcd.lock").touch()

    with History.open(data_dir):
        pass

    assert not list(data_dir.glob("*.lock"))


_CHILD = """
import sys
from datetime import datetime, timedelta
from pathlib import Path

from tests.records import hold
from tests.store.helpers import KOLKATA
from unknot.core.records import SessionKind
from unknot.store import History

START = datetime(2026, 1, 5, 7, 0, tzinfo=KOLKATA)
history = History.open(Path(sys.argv[1]))
session_id = history.begin_session(SessionKind.FOCUS, START, "Asia/Kolkata")
print("session", session_id, flush=True)
for i in range(3):
    history.record_hold(session_id, hold(START + timedelta(minutes=3 * i), held_seconds=90.0))
    print("committed", i, flush=True)

# The fourth hold is half-written when the kill comes: its transaction is open.
with history._writer.begin() as connection:
    connection.exec_driver_sql(
        "INSERT INTO holds (session_id, position, area, side, tool, tools_tried, "
        "planned_seconds, held_seconds, released, tenderness_before, tenderness_after, "
        "started_at_utc, started_offset_seconds, ended_at_utc, ended_offset_seconds, "
        "time_zone, local_date) "
        "SELECT session_id, 3, area, side, tool, tools_tried, planned_seconds, "
        "held_seconds, released, tenderness_before, tenderness_after, started_at_utc, "
        "started_offset_seconds, ended_at_utc, ended_offset_seconds, time_zone, local_date "
        "FROM holds WHERE position = 2"
    )
    print("writing", flush=True)
    sys.stdin.readline()
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_process_killed_mid_session_keeps_every_committed_hold(data_dir: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    assert child.stdout is not None
    try:
        lines = []
        for _ in range(5):
            line = child.stdout.readline()
            assert line, f"the child ended early: {child.communicate()[1]}"
            lines.append(line.split())
        assert [line[0] for line in lines] == ["session", *["committed"] * 3, "writing"]
        session_id = lines[0][1]

        child.send_signal(signal.SIGKILL)
        assert child.wait() == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
        child.communicate()

    with History.open(data_dir) as history:
        record = history.session(session_id)

    assert history.interrupted_closed == 1
    assert record is not None
    assert record.outcome is Outcome.INTERRUPTED
    assert len(record.holds) == 3
    assert record.ended_at is not None
    assert record.ended_at.isoformat() == "2026-01-05T07:07:30+05:30"
