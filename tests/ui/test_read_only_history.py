"""A data folder that can be read but not written, met by the window at start:
the history is shown read-only, everything that would write is disabled with
the reason, and the person is told once, before anything else is asked. One
that cannot even be read says that sessions cannot start."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QLabel, QMessageBox

from tests.faults import read_only_folder, sessions_to_add, shared_folder
from tests.ui.window_rig import make_window, open_dialog_of
from unknot.app import open_history
from unknot.launch_options import LaunchOptions
from unknot.store import History
from unknot.ui.history.data_actions import Message
from unknot.ui.window.main_window import MainWindow
from unknot.ui.window.startup_notices import Rank

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")

SEEDED = 3


def _digest(folder: Path) -> list[tuple[str, str]]:
    return sorted(
        (str(path.relative_to(folder)), hashlib.sha256(path.read_bytes()).hexdigest())
        for path in folder.rglob("*")
        if path.is_file()
    )


@pytest.fixture
def root() -> Iterator[Path]:
    with shared_folder() as folder:
        with History.open(folder / "data") as history:
            history.import_history(sessions_to_add(SEEDED), [])
        yield folder


def _open(qtbot: QtBot, root: Path) -> tuple[MainWindow, bool]:
    rig = make_window(qtbot, root)
    rig.window.show()
    options = LaunchOptions(data_dir=rig.data_dir, config_dir=rig.config_dir)
    opened = open_history(rig.window, options) is not None
    # What start-up asks next waits behind what it tells.
    rig.window.offer_safety_check_if_due()
    return rig.window, opened


def _notice_text(window: MainWindow) -> str:
    box = window.notices.showing
    assert isinstance(box, QMessageBox)
    return f"{box.windowTitle()}\n{box.text()}"


def _close_history(window: MainWindow) -> None:
    window.wait_for_streaks()
    if window.progress.model is not None:
        window.progress.model.wait()
    if window.service is not None:
        window.service.close()


def test_a_read_only_folder_opens_read_only_and_says_so_once(qtbot: QtBot, root: Path) -> None:
    data = root / "data"
    before = _digest(data)
    with read_only_folder(data):
        window, opened = _open(qtbot, root)
        try:
            assert opened
            service = window.service
            assert service is not None and service.read_only
            # Told first, once, in plain words; the safety check waits behind it.
            text = _notice_text(window)
            assert "read-only" in text and "cannot be written" in text
            assert "Make the folder writable" in text
            assert text.lower().count("unchanged") + text.lower().count("nothing was") <= 1
            assert window.notices.waiting() == [Rank.SAFETY_CHECK]
            assert window.open_dialog is None

            # The home line and Progress come from the history as it stands.
            qtbot.waitUntil(lambda: window.home.streak_label.isVisible(), timeout=10_000)
            window.show_progress()
            view = window.progress
            qtbot.waitUntil(lambda: view.progress is not None, timeout=10_000)
            progress = view.progress
            assert progress is not None and progress.session_count == SEEDED

            # Everything that would write is disabled, and says why.
            reason = window.read_only_reason
            assert reason is not None and "read-only" in reason
            home = window.home
            writers = [home.start_button, home.scan_button, home.save_routine_button]
            writers.append(view.restore_button)
            for control in writers:
                assert not control.isEnabled()
                assert control.toolTip() == reason
            line = window.findChild(QLabel, "read_only_line")
            assert line is not None and line.isVisible() and "Read-only" in line.text()
            # Rest days: the menu's entry is off and says why; R marks nothing.
            marked: list[object] = []
            view.calendar.rest_day_requested.connect(lambda *args: marked.append(args))
            menu = view.calendar.rest_day_menu(view.calendar.last_day)
            mark = menu.actions()[0]
            assert not mark.isEnabled() and mark.toolTip() == reason
            view.calendar.toggle_rest_day(view.calendar.last_day)
            assert marked == []
            # A screen turning its own button back on does not undo it.
            home.start_button.setEnabled(True)
            assert not home.start_button.isEnabled()
            # The keyboard shortcut's way in says why, not "still opening".
            window.start_scan()
            assert window.statusBar().currentMessage() == reason
            assert window.session_screen is not None
            assert not window.session_screen.is_running()
            told: list[Message] = []
            window.data_actions.tell = told.append
            assert window.data_actions.restore_from_file() is None
            assert told and "read-only" in told[0].text

            # Then the safety check, once the notice is closed.
            box = window.notices.showing
            assert box is not None
            box.close()
            safety = open_dialog_of(window)
            assert safety is not None
            assert window.notices.showing is safety
            safety.close()
        finally:
            _close_history(window)
        assert _digest(data) == before


def test_a_folder_that_cannot_be_read_says_sessions_cannot_start(qtbot: QtBot, root: Path) -> None:
    data = root / "data"
    with read_only_folder(data):
        data.chmod(0)
        try:
            window, opened = _open(qtbot, root)
        finally:
            data.chmod(0o500)
        assert not opened
        text = _notice_text(window)
        assert "could not be opened" in text and "cannot be read either" in text
        assert text.lower().count("unchanged") + text.lower().count("nothing was") <= 1
        window.start_scan()
        message = window.statusBar().currentMessage()
        assert message.startswith("Sessions cannot start")
        assert "still opening" not in message
        told: list[Message] = []
        window.data_actions.tell = told.append
        window.data_actions.export_csv()
        assert told and "still opening" not in told[0].text
        assert "could not be opened" in told[0].title
