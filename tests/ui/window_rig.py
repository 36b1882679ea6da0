"""A main window on a fake clock, with its own config and data folders, and a
real history when a test asks for one."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QDialog, QWidget

from unknot.core.clock import FakeClock
from unknot.settings import Settings, load_settings
from unknot.ui.window.main_window import MainWindow

# 09:00 in Berlin on a Monday in winter.
START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


@dataclasses.dataclass
class WindowRig:
    window: MainWindow
    clock: FakeClock
    config_dir: Path
    data_dir: Path

    def saved(self) -> Settings:
        loaded = load_settings(self.config_dir, repair=False)
        assert loaded.problems == []
        return loaded.settings


def make_window(
    qtbot: QtBot,
    root: Path,
    settings: Settings | None = None,
    clock: FakeClock | None = None,
    *,
    awake_seconds: Callable[[], float] | None = None,
) -> WindowRig:
    clock = clock or FakeClock(START, zone="Europe/Berlin")
    config_dir, data_dir = root / "config", root / "data"
    window = MainWindow(
        clock=clock,
        settings=settings or Settings(),
        config_dir=config_dir,
        data_dir=data_dir,
        awake_seconds=awake_seconds or time.monotonic,
    )
    qtbot.add_widget(window)
    return WindowRig(window, clock, config_dir, data_dir)


@contextmanager
def with_history(rig: WindowRig) -> Iterator[None]:
    """Open a real history in the rig's data folder and hand it to the window."""
    from unknot.store import History
    from unknot.ui.history.history_service import HistoryService

    history = History.open(rig.data_dir)
    try:
        rig.window.attach_history(HistoryService(history))
        yield
    finally:
        # A session left running would ask "leave it?" when the window closes.
        screen = rig.window.made_session_screen
        if screen is not None and screen.is_running():
            screen.abandon()
        # The streak line is read on a worker thread: let it finish first.
        rig.window.wait_for_streaks()
        history.close()


def open_dialog_of(window: MainWindow) -> QDialog | None:
    """The window's dialog now open; a call, so a check before does not narrow it."""
    return window.open_dialog


def showing(window: MainWindow) -> QWidget | None:
    """The start-up notice now open; a call, so a check before does not narrow it."""
    return window.notices.showing
