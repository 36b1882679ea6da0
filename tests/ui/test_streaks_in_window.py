"""The home screen's streak line follows every change: counted off the window's
thread from the read model in memory, which each change feeds."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.records import session
from tests.ui.window_rig import START, make_window, with_history
from unknot.core.history_change import HistoryChange, outside_change
from unknot.core.practice_log import PracticeLog
from unknot.core.streaks import Streaks, StreakSettings
from unknot.store.exchange import ParsedHistory
from unknot.ui.history.history_service import HistoryService
from unknot.ui.window.main_window import MainWindow


def test_a_restore_updates_the_streak_line_counted_on_a_worker_thread(
    qtbot: QtBot, tmp_path: Path
) -> None:
    rig = make_window(qtbot, tmp_path)
    window = rig.window
    counted_on: list[threading.Thread] = []
    real_streaks = PracticeLog.streaks

    def spy(self: PracticeLog, today: object, settings: StreakSettings) -> Streaks:
        counted_on.append(threading.current_thread())
        return real_streaks(self, today, settings)  # type: ignore[arg-type]

    PracticeLog.streaks = spy  # type: ignore[method-assign]
    try:
        with with_history(rig):
            window.show()
            window.wait_for_streaks()  # the line as the history opened
            qtbot.waitUntil(lambda: "No day streak" in window.home.streak_label.text())
            service = window.service
            assert service is not None
            with qtbot.waitSignal(window.streaks_shown, timeout=10_000):
                service.import_history(ParsedHistory((session("today", START),), ()))
            assert window.home.streak_label.text().startswith("1 day in a row")
    finally:
        PracticeLog.streaks = real_streaks  # type: ignore[method-assign]
    assert counted_on, "the streaks were never counted from the log"
    assert threading.main_thread() not in counted_on


def test_a_saved_hold_reaches_the_line_without_reading_the_whole_history(
    qtbot: QtBot, tmp_path: Path
) -> None:
    rig = make_window(qtbot, tmp_path)
    window = rig.window
    wholes: list[bool] = []
    real_sums = HistoryService.session_sums

    def spy(
        self: HistoryService, session_ids: Iterable[str] | None = None, hold_ids: Iterable[int] = ()
    ) -> dict[str, tuple[datetime, list[float]]]:
        wholes.append(session_ids is None)
        return real_sums(self, session_ids, hold_ids)

    HistoryService.session_sums = spy  # type: ignore[method-assign]
    try:
        with with_history(rig):
            window.show()
            window.wait_for_streaks()
            assert wholes == [True]  # read whole once, as the history opened
            service = window.service
            log = window.practice_log
            assert service is not None and log is not None
            record = session("today", START)
            session_id = service.begin_session(record.kind, record.started_at, record.time_zone)
            hold_id = service.record_hold(session_id, record.holds[0])
            window.wait_for_streaks()
            qtbot.waitUntil(
                lambda: window.home.streak_label.text().startswith("1 day in a row"), timeout=10_000
            )
            assert log.log.sessions[session_id].held_seconds == (record.holds[0].held_seconds,)
            # A tenderness tap replaces the hold: named by the hold alone.
            rated = dataclasses.replace(record.holds[0], held_seconds=30.0)
            service.replace_hold(hold_id, rated)
            assert log.log.sessions[session_id].held_seconds == (30.0,)
            assert wholes == [True, False, False, False]
    finally:
        HistoryService.session_sums = real_sums  # type: ignore[method-assign]


def test_a_log_that_cannot_be_read_keeps_the_line_and_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    from unknot.store import HistoryError

    rig = make_window(qtbot, tmp_path)
    window = rig.window
    real_sums = HistoryService.session_sums

    def broken(
        self: HistoryService, session_ids: Iterable[str] | None = None, hold_ids: Iterable[int] = ()
    ) -> dict[str, tuple[datetime, list[float]]]:
        raise HistoryError("The history file could not be read: disk I/O error")

    with with_history(rig):
        window.show()
        window.wait_for_streaks()
        qtbot.waitUntil(lambda: "No day streak" in window.home.streak_label.text())
        before = window.home.streak_label.text()
        service = window.service
        assert service is not None
        HistoryService.session_sums = broken  # type: ignore[method-assign]
        try:
            # Another program wrote: the log is read whole again, and that fails.
            service.changed.emit(_outside())
            window.wait_for_streaks()
            qtbot.waitUntil(lambda: "streak could not be worked out" in status(window))
        finally:
            HistoryService.session_sums = real_sums  # type: ignore[method-assign]
        assert "disk I/O error" in status(window)
        assert window.home.streak_label.text() == before
        log = window.practice_log
        assert log is not None and not log.current
        # The next change reads it whole again, and this time it can.
        service.changed.emit(_outside())
        window.wait_for_streaks()
        assert log.current


def _outside() -> HistoryChange:
    return outside_change()


def status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()
