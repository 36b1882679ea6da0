"""A session a crash left running is closed as interrupted at the next start,
and the window says so in words (the holds it had finished are kept)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.records import hold
from tests.ui.window_rig import START, make_window
from unknot.app import open_history
from unknot.core.records import Outcome, SessionKind
from unknot.launch_options import LaunchOptions
from unknot.store import History


@pytest.mark.parametrize("left_running", [0, 1, 2])
def test_the_start_tells_of_sessions_a_crash_left_running(
    qtbot: QtBot, tmp_path: Path, left_running: int
) -> None:
    rig = make_window(qtbot, tmp_path)
    with History.open(rig.data_dir) as history:
        for number in range(left_running):
            began = START - timedelta(days=1, hours=number)
            session_id = history.begin_session(SessionKind.FOCUS, began, "Europe/Berlin")
            history.record_hold(session_id, hold(began, held_seconds=120.0))
        done = history.begin_session(SessionKind.FOCUS, START - timedelta(days=2), "Europe/Berlin")
        history.finish_session(done, Outcome.COMPLETED, START - timedelta(days=2, minutes=-5))

    service = open_history(
        rig.window, LaunchOptions(data_dir=rig.data_dir, config_dir=rig.config_dir)
    )
    assert service is not None
    try:
        told = rig.window.statusBar().currentMessage()
        if left_running == 0:
            assert "interrupted" not in told
        else:
            assert told.startswith("Kept as interrupted: ")
            assert f"{left_running} session" in told
            assert "every hold finished before" in told
    finally:
        rig.window.wait_for_streaks()
        service.close()
