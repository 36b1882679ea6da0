"""The tray where there is one, the window alone where there is not, and the
daily reminder reading the real history."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from tests.records import hold
from tests.ui.window_rig import make_window, with_history
from unknot.core.areas import AreaId, Side, Tool
from unknot.core.plans import Selection, Spot, focus_plan
from unknot.core.records import Outcome, SessionKind
from unknot.core.session_engine import Action
from unknot.settings import Settings
from unknot.ui.desktop import tray as tray_module
from unknot.ui.desktop.reminders import REMINDER_TEXT
from unknot.ui.desktop.tray import AppTray, create_tray, tooltip_for
from unknot.ui.session.session_screen import SessionScreen
from unknot.ui.window.main_window import MainWindow

ANSWERED = Settings(safety_confirmed_on=date(2026, 3, 1), sound_on=False)
HOUR = 3600


@pytest.fixture
def with_tray(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend the desktop has a tray (the offscreen platform has none)."""
    monkeypatch.setattr(tray_module, "tray_available", lambda: True)


# The offscreen platform, asked to show a tray icon, says it has no tray.
pretend_tray = pytest.mark.qt_log_ignore("systemTrayWindowChanged")


def _notifier_tray(screen: SessionScreen) -> QSystemTrayIcon | None:
    return screen.notifier._tray


def _tray_of(window: MainWindow) -> AppTray | None:
    # A call, so the type checker does not carry an earlier answer over.
    return window.tray


def test_the_tooltip_names_the_running_hold() -> None:
    assert tooltip_for("") == "Unknot"
    assert tooltip_for("Left calf · 01:23 left") == "Unknot · Left calf · 01:23 left"


def test_the_tray_menu_asks_the_window(qtbot: QtBot) -> None:
    tray = AppTray(QIcon())
    asked: list[str] = []
    tray.show_requested.connect(lambda: asked.append("show"))
    tray.quit_requested.connect(lambda: asked.append("quit"))
    assert [a.text() for a in tray.menu.actions() if a.text()] == ["&Show Unknot", "&Quit"]
    tray.show_action.trigger()
    tray.quit_action.trigger()
    tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Context)
    assert asked == ["show", "quit", "show"]
    tray.dispose()


def test_the_hold_end_notice_goes_out_as_the_reminder_does(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without a tray, the desktop's notification service, like the reminder."""
    from unknot.ui.desktop import notifier as notifier_module
    from unknot.ui.desktop.notifier import Notifier
    from unknot.ui.desktop.reminders import NoticeWay

    sent: list[tuple[object, str, bool]] = []

    def send(
        _window: object, tray: object, _title: str, text: str, *, use_portal: bool, **_: object
    ) -> NoticeWay:
        sent.append((tray, text, use_portal))
        return NoticeWay.PORTAL

    monkeypatch.setattr(notifier_module, "send_desktop_notice", send)
    window = QWidget()
    qtbot.addWidget(window)
    assert Notifier().notify(window, "Unknot", "Left calf: time is up.") is NoticeWay.PORTAL
    assert sent == [(None, "Left calf: time is up.", True)]


def test_no_tray_on_a_desktop_without_one(qtbot: QtBot, tmp_path: Path) -> None:
    # The offscreen platform has no tray, like GNOME.
    assert create_tray(QIcon()) is None
    rig = make_window(qtbot, tmp_path, settings=Settings(start_minimised=True))
    assert rig.window.tray is None
    # Start minimised goes to the taskbar: the window is never out of reach.
    rig.window.show_at_start()
    assert rig.window.isVisible()
    assert rig.window.windowState() & Qt.WindowState.WindowMinimized


@pretend_tray
def test_start_minimised_hides_in_the_tray_when_there_is_one(
    qtbot: QtBot, tmp_path: Path, with_tray: None
) -> None:
    rig = make_window(qtbot, tmp_path, settings=Settings(start_minimised=True))
    tray = rig.window.tray
    assert tray is not None and tray.is_visible()
    rig.window.show_at_start()
    assert not rig.window.isVisible()
    tray.show_action.trigger()
    assert rig.window.isVisible()
    assert not rig.window.windowState() & Qt.WindowState.WindowMinimized


@pretend_tray
def test_the_tray_follows_the_setting_at_once(
    qtbot: QtBot, tmp_path: Path, with_tray: None
) -> None:
    rig = make_window(qtbot, tmp_path, settings=ANSWERED)
    with with_history(rig):
        screen = rig.window.session_screen
        assert screen is not None
        tray = rig.window.tray
        assert tray is not None
        assert _notifier_tray(screen) is tray.icon
        rig.window.change_settings(dataclasses.replace(ANSWERED, show_in_tray=False))
        assert _tray_of(rig.window) is None
        assert _notifier_tray(screen) is None


@pretend_tray
def test_the_tray_shows_the_hold_and_pauses_it(
    qtbot: QtBot, tmp_path: Path, with_tray: None
) -> None:
    rig = make_window(qtbot, tmp_path, settings=ANSWERED)
    with with_history(rig):
        tray = rig.window.tray
        screen = rig.window.session_screen
        assert tray is not None and screen is not None
        rig.window.start_session(focus_plan([Selection(Spot(AreaId.CALVES, Side.LEFT))]))
        # The tray's entry is the session's own action: one object, the engine's words.
        start = screen.session_actions[Action.START_PAUSE]
        assert start in tray.menu.actions()
        assert start.text() == "Start" and start.isEnabled()
        start.trigger()
        for _ in range(37):
            rig.clock.advance(1)
            screen.tick()
        assert tray.tooltip() == "Unknot · Left calf · 01:23 left"
        assert start.text() == "Pause"
        start.trigger()
        assert start.text() == "Resume"
        assert "paused" in tray.tooltip()
        screen.abandon()
        # Idle again: the name, then today's practice once it is known; no hold.
        assert tray.tooltip().split("\n")[0] == "Unknot"
        assert "Left calf" not in tray.tooltip()
        assert not start.isEnabled()


@pretend_tray
def test_quit_from_the_tray_closes_the_window_first(
    qtbot: QtBot, tmp_path: Path, with_tray: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    quits: list[int] = []
    monkeypatch.setattr(QCoreApplication, "quit", lambda: quits.append(1))
    rig = make_window(qtbot, tmp_path, settings=ANSWERED)
    tray = rig.window.tray
    assert tray is not None
    tray.quit_action.trigger()
    assert quits == [1]
    assert not rig.window.isVisible()


def _practise(rig_window_service: object, started: datetime, seconds: float) -> None:
    from unknot.ui.history.history_service import HistoryService

    assert isinstance(rig_window_service, HistoryService)
    session_id = rig_window_service.begin_session(SessionKind.FOCUS, started, "Europe/Berlin")
    ended = started + timedelta(seconds=seconds)
    rig_window_service.record_hold(
        session_id,
        hold(
            started,
            area=AreaId.FEET,
            tools_tried=(Tool.TENNIS_BALL,),
            held_seconds=seconds,
            tenderness_before=None,
            tenderness_after=None,
        ),
    )
    rig_window_service.finish_session(session_id, Outcome.COMPLETED, ended)


def test_the_reminder_speaks_on_a_day_without_practice(qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings(safety_confirmed_on=date(2026, 3, 1), reminder_time=time(19, 0))
    rig = make_window(qtbot, tmp_path, settings=settings)
    with with_history(rig):
        reminded: list[int] = []
        rig.window.reminder.reminded.connect(lambda: reminded.append(1))
        # 09:00 to 19:00 in Berlin.
        rig.clock.advance(10 * HOUR)
        rig.window.reminder.check()
        assert reminded == [1]
        assert rig.window.statusBar().currentMessage() == REMINDER_TEXT


def test_the_reminder_is_quiet_after_practice(qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings(safety_confirmed_on=date(2026, 3, 1), reminder_time=time(19, 0))
    rig = make_window(qtbot, tmp_path, settings=settings)
    with with_history(rig):
        service = rig.window.service
        _practise(service, rig.clock.now(), 120)
        assert rig.window.practised_today()
        reminded: list[int] = []
        rig.window.reminder.reminded.connect(lambda: reminded.append(1))
        rig.clock.advance(10 * HOUR)
        rig.window.reminder.check()
        assert reminded == []
        # Tomorrow has no practice yet: it speaks.
        rig.clock.advance(24 * HOUR)
        assert not rig.window.practised_today()
        rig.window.reminder.check()
        assert reminded == [1]


def test_a_moment_of_practice_is_not_a_practice_day(qtbot: QtBot, tmp_path: Path) -> None:
    rig = make_window(qtbot, tmp_path, settings=ANSWERED)
    with with_history(rig):
        _practise(rig.window.service, rig.clock.now(), 20)
        assert not rig.window.practised_today()
