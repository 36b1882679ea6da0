"""Start-up's notices come one at a time, in one order, whatever order their
parts of the start finish in: nothing opens on top of a notice that explains it."""

from __future__ import annotations

import functools
import itertools
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from tests.ui.window_rig import make_window, open_dialog_of, showing
from unknot.app import create_window
from unknot.launch_options import LaunchOptions
from unknot.ui.window.startup_notices import Rank, StartupNotices

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


@pytest.mark.parametrize("order", list(itertools.permutations(Rank)), ids=str)
def test_notices_show_one_at_a_time_in_rank_order(qtbot: QtBot, order: tuple[Rank, ...]) -> None:
    parent = QWidget()
    qtbot.add_widget(parent)
    notices = StartupNotices(parent)
    shown: list[Rank] = []

    def opener(rank: Rank) -> QDialog:
        dialog = QDialog(parent)
        shown.append(rank)
        dialog.open()
        return dialog

    # The first to arrive is shown at once; the others wait for it, and then
    # go in rank order.
    for rank in order:
        notices.add(rank, functools.partial(opener, rank))
        assert len(shown) == 1
    assert notices.waiting() == sorted(order[1:])
    while isinstance(notices.showing, QDialog):
        open_now = [w for w in parent.findChildren(QDialog) if w.isVisible()]
        assert open_now == [notices.showing]
        notices.showing.accept()
    assert shown == [order[0], *sorted(order[1:])]
    assert notices.waiting() == []


def test_a_notice_with_nothing_to_say_lets_the_next_one_through(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.add_widget(parent)
    notices = StartupNotices(parent)
    notices.add(Rank.KEPT_ASIDE, lambda: None)
    dialog = QDialog(parent)

    def open_dialog() -> QDialog:
        dialog.open()
        return dialog

    notices.add(Rank.SAFETY_CHECK, open_dialog)
    assert notices.showing is dialog
    dialog.close()
    assert notices.showing is None


def test_garbage_settings_are_told_before_the_safety_check(qtbot: QtBot, tmp_path: Path) -> None:
    config_dir = tmp_path / "config"
    config_dir.mkdir()
    (config_dir / "settings.json").write_text("{ garbage", encoding="utf-8")
    options = LaunchOptions(data_dir=tmp_path / "data", config_dir=config_dir)
    window = create_window(options)
    qtbot.add_widget(window)
    window.show()
    # As `run_gui` does: the notice from a timer, then the check.
    qtbot.waitUntil(lambda: window.notices.showing is not None, timeout=5_000)
    assert window.offer_safety_check_if_due()
    box = window.notices.showing
    assert isinstance(box, QMessageBox)
    assert box.windowTitle() == "Some settings were reset"
    assert window.open_dialog is None
    assert window.notices.waiting() == [Rank.SAFETY_CHECK]
    box.accept()
    safety = open_dialog_of(window)
    assert safety is not None and window.notices.showing is safety
    safety.close()


def test_the_history_notice_comes_before_the_safety_check(qtbot: QtBot, tmp_path: Path) -> None:
    rig = make_window(qtbot, tmp_path)
    window = rig.window
    window.show()
    window.offer_safety_check_if_due()
    # The check arrived first and is open; a later notice waits for it.
    assert window.open_dialog is not None
    window.history_unavailable("The history is damaged; nothing was changed.")
    assert window.notices.waiting() == [Rank.HISTORY]
    window.open_dialog.close()
    box = showing(window)
    assert isinstance(box, QMessageBox)
    # The reason said it already: not a second time.
    assert box.text().lower().count("nothing was changed") == 1
    assert "Sessions cannot start" in box.text()
    box.accept()
    assert window.notices.showing is None
    assert window.notices.waiting() == []
