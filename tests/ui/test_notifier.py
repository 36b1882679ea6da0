"""A hold's end reaches a person who is looking elsewhere, and only then."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from unknot.ui.desktop.notifier import Notifier
from unknot.ui.desktop.reminders import NoticeWay


def test_without_a_tray_the_window_asks_for_attention(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    alerts: list[QWidget] = []
    monkeypatch.setattr(QApplication, "alert", lambda widget, _ms=0: alerts.append(widget))
    notifier = Notifier()
    with qtbot.waitSignal(notifier.notified) as sent:
        assert notifier.notify(window, "Unknot", "Left calf: time is up.") is NoticeWay.ALERT
    assert sent.args == ["alert", "Left calf: time is up."]
    assert alerts == [window]


def test_a_hidden_tray_icon_is_not_used(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    monkeypatch.setattr(QApplication, "alert", lambda _widget, _ms=0: None)
    notifier = Notifier()
    notifier.set_tray_icon(QSystemTrayIcon(window))
    assert notifier.notify(window, "Unknot", "Time is up.") is NoticeWay.ALERT


def test_nothing_is_sent_to_a_person_who_is_looking(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    monkeypatch.setattr(window, "isActiveWindow", lambda: True)
    notifier = Notifier()
    with qtbot.assertNotEmitted(notifier.notified):
        assert notifier.notify(window, "Unknot", "Time is up.") is None
