"""An exception nobody caught shows a plain dialog and goes to the log, and the log
never holds what the person entered.

pytest-qt turns an exception in a slot into a test failure by replacing
sys.excepthook itself; the tests of the app's own hook switch that off
(`qt_no_exception_capture`) and install the hook for their length only.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.window_rig import WindowRig, make_window, with_history
from unknot.core.areas import AREAS, AreaId, Side, Tool
from unknot.core.plans import Selection, Spot, focus_plan
from unknot.core.records import Outcome
from unknot.core.session_engine import Action, Phase
from unknot.diagnostics import LOG_FILE_NAME, current_log, start_log, stop_log
from unknot.settings import Settings
from unknot.ui.window.error_dialog import (
    COPIED,
    HEADING,
    NO_LOG,
    SAFE,
    ErrorDialog,
    ExceptionHook,
)

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

Key = Qt.Key
ANSWERED = Settings(safety_confirmed_on=date(2026, 3, 1), sound_on=False)
NOTE = "Knees sore after the long run to the lake"


@pytest.fixture
def hook(tmp_path: Path) -> Iterator[ExceptionHook]:
    start_log(tmp_path / "data")
    installed = ExceptionHook(current_log)
    installed.install()
    yield installed
    installed.uninstall()
    if installed.dialog is not None:
        installed.dialog.close()
    stop_log()


def _log_text(tmp_path: Path) -> str:
    return (tmp_path / "data" / LOG_FILE_NAME).read_text(encoding="utf-8")


def _shown(qtbot: QtBot, hook: ExceptionHook) -> ErrorDialog:
    qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible())
    assert hook.dialog is not None
    return hook.dialog


def _fail_in_a_slot(message: str) -> None:
    def slot() -> None:
        raise RuntimeError(message)

    QTimer.singleShot(0, slot)


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_a_plain_dialog(
    qtbot: QtBot, tmp_path: Path, hook: ExceptionHook
) -> None:
    secret = "the value 4711 in a note"
    _fail_in_a_slot(secret)
    dialog = _shown(qtbot, hook)

    texts = [label.text() for label in (dialog.safe_label, dialog.advice_label)]
    assert dialog.windowTitle() == "Something went wrong"
    assert HEADING == "Something went wrong in Unknot."
    assert texts[0] == SAFE
    assert "close Unknot and start it again" in texts[1]
    assert str(tmp_path / "data" / LOG_FILE_NAME) in dialog.log_label.text()
    assert not dialog.repeat_label.isVisible()

    # "Copy details" hands over the whole traceback, message and all.
    QGuiApplication.clipboard().clear()
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "Traceback" in copied and "RuntimeError" in copied and secret in copied
    assert dialog.copy_button.text() == COPIED

    # The log says where, not what.
    log = _log_text(tmp_path)
    assert "ERROR unknot.errors: unexpected error" in log
    assert "RuntimeError" in log and "in slot" in log
    assert "4711" not in log and secret not in log

    # Keyboard: the copy button and the close button are reached with Tab.
    names = set()
    for _ in range(6):
        QTest.keyClick(dialog, Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is not None:
            names.add(focused.accessibleName())
    assert {COPIED, "Close", "Where the log is"} <= names


@pytest.mark.qt_no_exception_capture
def test_more_failures_while_it_is_open_share_one_dialog(qtbot: QtBot, hook: ExceptionHook) -> None:
    _fail_in_a_slot("first")
    dialog = _shown(qtbot, hook)
    _fail_in_a_slot("second")
    qtbot.waitUntil(dialog.repeat_label.isVisible)
    assert hook.dialog is dialog
    assert dialog.repeat_label.text() == "It has happened 2 times since this message opened."
    assert "first" in dialog.details and "second" in dialog.details
    dialog.close()
    qtbot.waitUntil(lambda: hook.dialog is None)
    _fail_in_a_slot("third")
    again = _shown(qtbot, hook)
    assert "third" in again.details and "first" not in again.details


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_thread_shows_the_dialog_from_the_event_loop(
    qtbot: QtBot, tmp_path: Path, hook: ExceptionHook
) -> None:
    def work() -> None:
        raise OSError("worker failed")

    worker = threading.Thread(target=work, name="history reader")
    worker.start()
    worker.join()
    dialog = _shown(qtbot, hook)
    assert "worker failed" in dialog.details
    assert "unexpected error in history reader" in _log_text(tmp_path)


def test_start_up_keeps_a_log_and_installs_the_hook(tmp_path: Path) -> None:
    from unknot.app import start_diagnostics
    from unknot.launch_options import LaunchOptions

    before = (sys.excepthook, threading.excepthook)
    hook = start_diagnostics(LaunchOptions(tmp_path / "data", tmp_path / "config"))
    try:
        assert sys.excepthook == hook.handle
        assert current_log() == tmp_path / "data" / LOG_FILE_NAME
        assert " INFO unknot.app: Unknot " in _log_text(tmp_path)
    finally:
        hook.uninstall()
        stop_log()
    assert (sys.excepthook, threading.excepthook) == before


def test_the_hook_puts_the_old_ones_back(tmp_path: Path) -> None:
    before = (sys.excepthook, threading.excepthook)
    hook = ExceptionHook(lambda: None)
    hook.install()
    assert sys.excepthook == hook.handle
    hook.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_without_a_log_the_dialog_says_so(qtbot: QtBot) -> None:
    dialog = ErrorDialog("Traceback ...", None)
    qtbot.add_widget(dialog)
    assert dialog.log_label.text() == NO_LOG


# -- a whole session through the window, then the log -----------------------------

# Words that would mean a spot, a tool, a rating or an outcome reached the log.
_FORBIDDEN = (
    *(area.value for area in AreaId),
    *(word for area in AREAS.values() for word in (area.name, area.side_name)),
    *(AREAS[area].spot_name(side) for area in AreaId for side in AREAS[area].sides),
    *(tool.value for tool in Tool),
    *(tool.label for tool in Tool),
    *(outcome.value for outcome in Outcome),
    "tender",
    "rating",
    "rated",
    "pain",
    "sore",
    NOTE,
)
_ID = re.compile(r"[0-9a-f]{32}")


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _practise_a_whole_session(rig: WindowRig, qtbot: QtBot) -> str:
    window = rig.window
    screen = window.session_screen
    assert screen is not None
    plan = focus_plan(
        [
            Selection(Spot(AreaId.CALVES, Side.LEFT), 7),
            Selection(Spot(AreaId.SHOULDERS, Side.RIGHT), 9),
        ],
        120,
    )
    window.start_session(plan)

    def run(seconds: int) -> None:
        for _ in range(seconds):
            rig.clock.advance(1)
            screen.tick()

    def phase() -> Phase:
        # Read afresh at each check.
        return screen.phase

    # The keys and the actions the screen offers, as a person would press them.
    QTest.keyClick(screen, Key.Key_P)  # more pressure
    screen.session_actions[Action.TOO_MUCH].trigger()
    QTest.keyClick(screen, Key.Key_Space)
    assert phase() is Phase.HOLDING
    run(120)
    assert phase() is Phase.TIME_UP
    QTest.keyClick(screen, Key.Key_3)  # tenderness after
    QTest.keyClick(screen, Key.Key_N)  # yes, next
    assert phase() is Phase.READY
    screen.session_actions[Action.START_PAUSE].trigger()
    run(20)
    QTest.keyClick(screen, Key.Key_N)  # released early
    assert phase() is Phase.RELEASED
    QTest.keyClick(screen, Key.Key_8)
    QTest.keyClick(screen, Key.Key_Return)
    assert phase() is Phase.SUMMARY
    screen.summary.note_edit.setText(NOTE)
    screen.summary.commit_note()
    session_id = screen.session_id
    assert session_id is not None
    service = window.service
    assert service is not None
    service.set_rest_day(date(2026, 3, 3), True)
    return session_id


@pytest.mark.qt_no_exception_capture
def test_a_whole_session_leaves_only_ids_and_counts_in_the_log(
    qtbot: QtBot, tmp_path: Path
) -> None:
    rig = make_window(qtbot, tmp_path, settings=ANSWERED)
    log_file = start_log(rig.data_dir)
    assert log_file is not None
    records = _Records()
    logging.getLogger("unknot").addHandler(records)
    hook = ExceptionHook(current_log, lambda: rig.window)
    hook.install()
    try:
        with with_history(rig):
            session_id = _practise_a_whole_session(rig, qtbot)
            service = rig.window.service
            assert service is not None
            saved = service.session(session_id)
            assert saved is not None and len(saved.holds) == 2 and saved.note == NOTE
            # What the log must not hold did reach the history.
            assert [(h.tenderness_before, h.tenderness_after) for h in saved.holds] == [
                (7, 3),
                (9, 8),
            ]

            # A failure in a slot, with the note in its message: the dialog opens,
            # the saved holds stay as they were.
            _fail_in_a_slot(f"could not show {NOTE!r} rated 9")
            dialog = _shown(qtbot, hook)
            assert NOTE in dialog.details
            assert service.session(session_id) == saved
            dialog.close()
    finally:
        hook.uninstall()
        logging.getLogger("unknot").removeHandler(records)
        stop_log()

    log = log_file.read_text(encoding="utf-8")
    assert f"session {session_id} started" in log
    assert f"session {session_id} finished" in log
    assert log.count(" saved in session ") == 2
    assert "unexpected error" in log
    lowered = log.lower()
    for word in _FORBIDDEN:
        assert word.lower() not in lowered, word
    # Every value handed to the log is a count, a number or an id.
    assert records.records
    for record in records.records:
        for value in record.args or ():
            if isinstance(value, str):
                assert _ID.fullmatch(value) or record.name == "unknot.errors", record.msg
            else:
                assert isinstance(value, int), record.msg
    # Ratings (7, 9 before; 3, 8 after) reach the log only inside an id or a time.
    without_ids = _ID.sub("", log)
    without_times = re.sub(r"^\S+ ", "", without_ids, flags=re.MULTILINE)
    without_lines = re.sub(r"line \d+", "", without_times)
    assert not re.search(r"(?<![\w.])[3789](?![\w.])", without_lines), without_lines


# -- how it looks ------------------------------------------------------------------


def test_it_renders_in_both_palettes_and_fits_the_smallest_window(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtGui import QImage

    from tests.ui.render_error_dialog import WINDOW, render, sample_error

    written = render(tmp_path)
    assert [path.name for path in written] == ["error-light.png", "error-dark.png"]
    for path in written:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (WINDOW.width(), WINDOW.height())
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 3)
            for y in range(0, image.height(), 3)
        }
        assert len(colours) > 20, path
    # Every line of text has the room it asks for at the width it opens with.
    dialog = sample_error()
    qtbot.add_widget(dialog)
    dialog.show()
    for label in (dialog.safe_label, dialog.advice_label, dialog.log_label):
        assert label.height() >= label.heightForWidth(label.width()), label.text()
