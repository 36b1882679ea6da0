"""Killed in the middle of a session, the app loses no finished hold.

A child process runs the real session screen offscreen on a fake clock against a
real history, finishes two holds (saying so after each has been saved), starts a
third and waits. The test kills it outright, as a crash or power cut would, then
opens the history the way the next start does.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from unknot.core.areas import AreaId
from unknot.core.records import Outcome, SessionKind
from unknot.store import History

ROOT = Path(__file__).resolve().parent.parent
# Only a guard against a child that hangs; a healthy run takes a second or two.
WATCHDOG_SECONDS = 120

pytestmark = pytest.mark.slow


def child_main(data_dir: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from unknot.core.areas import Side
    from unknot.core.clock import FakeClock
    from unknot.core.plans import Selection, Spot, focus_plan
    from unknot.core.session_engine import Action
    from unknot.settings import Settings
    from unknot.ui.history.history_service import HistoryService
    from unknot.ui.session.session_screen import SessionScreen

    app = QApplication([])
    clock = FakeClock(datetime(2026, 3, 2, 17, 0, tzinfo=UTC), zone="Europe/Berlin")
    history = History.open(data_dir)
    screen = SessionScreen(HistoryService(history), clock, lambda: Settings(sound_on=False))

    def run(seconds: int) -> None:
        for _ in range(seconds):
            clock.advance(1)
            screen.tick()

    screen.start(
        focus_plan(
            [
                Selection(Spot(AreaId.CALVES, Side.LEFT), 6),
                Selection(Spot(AreaId.SHOULDERS, Side.RIGHT), 4),
                Selection(Spot(AreaId.FEET, Side.LEFT)),
            ]
        )
    )
    screen.toggle_pause()
    run(120)
    screen.session_actions[Action.NEXT].trigger()
    print("hold 1 saved", flush=True)
    screen.toggle_pause()
    run(30)
    screen.session_actions[Action.RELEASED].trigger()
    print("hold 2 saved", flush=True)
    screen.session_actions[Action.NEXT].trigger()
    screen.toggle_pause()
    run(10)
    state = "holding" if screen.is_running() else "not running"
    print(f"{state}: {screen.hold_page.area_label.text()}", flush=True)
    app.exec()


def test_killed_mid_session_keeps_every_finished_hold(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.test_kill_mid_session", str(data_dir)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    watchdog = threading.Timer(WATCHDOG_SECONDS, child.kill)
    watchdog.start()
    try:
        assert child.stdout is not None
        lines = [child.stdout.readline().strip() for _ in range(3)]
    finally:
        watchdog.cancel()
        # SIGKILL on POSIX, TerminateProcess on Windows: no clean-up runs.
        child.kill()
        _, errors = child.communicate()
    assert lines == ["hold 1 saved", "hold 2 saved", "holding: Left foot"], errors

    with History.open(data_dir) as history:
        assert history.interrupted_closed == 1
        (session,) = history.sessions()
        assert session.kind is SessionKind.FOCUS
        assert session.outcome is Outcome.INTERRUPTED
        first, second = session.holds
        assert first.area is AreaId.CALVES and first.released and first.held_seconds == 120
        assert second.area is AreaId.SHOULDERS and second.released
        assert second.held_seconds == 30


if __name__ == "__main__":
    child_main(Path(sys.argv[1]))
