"""The home screen's streak line follows every change, worked out off the window's thread."""

from __future__ import annotations

import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.records import session
from tests.ui.window_rig import START, make_window, with_history
from unknot.core.streaks import Streaks, StreakSettings
from unknot.store.exchange import ParsedHistory
from unknot.ui.history_service import HistoryService
from unknot.ui.main_window import MainWindow


def test_a_saved_session_updates_the_streak_line_from_a_worker_thread(
    qtbot: QtBot, tmp_path: Path
) -> None:
    rig = make_window(qtbot, tmp_path)
    window = rig.window
    read_on: list[threading.Thread] = []
    real_streaks = HistoryService.streaks

    def spy(self: HistoryService, settings: StreakSettings, today: object) -> Streaks:
        read_on.append(threading.current_thread())
        return real_streaks(self, settings, today)  # type: ignore[arg-type]

    HistoryService.streaks = spy  # type: ignore[method-assign]
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
        HistoryService.streaks = real_streaks  # type: ignore[method-assign]
    assert read_on, "the streaks were never read"
    assert threading.main_thread() not in read_on


def test_a_streak_that_cannot_be_read_keeps_the_line_and_says_so(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from unknot.store import HistoryError

    rig = make_window(qtbot, tmp_path)
    window = rig.window
    real_streaks = HistoryService.streaks

    def broken(self: HistoryService, settings: StreakSettings, today: object) -> Streaks:
        raise HistoryError("The history file could not be read: disk I/O error")

    with with_history(rig):
        window.show()
        window.wait_for_streaks()
        qtbot.waitUntil(lambda: "No day streak" in window.home.streak_label.text())
        before = window.home.streak_label.text()
        HistoryService.streaks = broken  # type: ignore[method-assign]
        try:
            window.refresh_from_history()
            window.wait_for_streaks()
            qtbot.waitUntil(lambda: "streak could not be worked out" in status(window))
        finally:
            HistoryService.streaks = real_streaks  # type: ignore[method-assign]
        assert "disk I/O error" in status(window)
        assert window.home.streak_label.text() == before


def status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()
