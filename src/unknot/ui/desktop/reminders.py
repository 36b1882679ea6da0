"""The daily reminder while the app runs, and how it reaches the person.

`DailyReminder` keeps one deadline computed from the injected clock and a
single-shot timer that wakes at the deadline or every few minutes, whichever is
sooner. Each wake-up asks the clock again, so a wall clock set back or forward,
a new time zone or a machine that slept is noticed within minutes; a timer that
fires early only re-arms.

`send_desktop_notice` picks the best way the desktop offers: a tray message
where a tray icon shows, the notification portal on Linux desktops without a
tray (GNOME), and otherwise a flashing taskbar entry. It never opens a window
of its own over what the person is doing.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime, time
from enum import StrEnum

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from unknot.core.clock import Clock
from unknot.core.reminders import next_reminder, still_today
from unknot.core.translation import QT_TRANSLATE_NOOP, translate

# The longest the reminder sleeps before looking at the clock again.
MAX_WAIT_MS = 5 * 60 * 1000
MESSAGE_MS = 10_000

# Marked for the translation files, translated where shown.
REMINDER_TITLE = QT_TRANSLATE_NOOP("Reminders", "Time to unknot?")
REMINDER_TEXT = QT_TRANSLATE_NOOP(
    "Reminders", "You have not practised today. A few minutes on one tight spot is plenty."
)


class DailyReminder(QObject):
    """Emits `reminded` at the chosen time each day, unless today has practice."""

    reminded = Signal()

    def __init__(
        self,
        clock: Clock,
        practised_today: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._practised_today = practised_today
        self._at: time | None = None
        self._day_start = time(0, 0)
        self._deadline: datetime | None = None
        self._timer = QTimer(self)
        self._timer.setObjectName("reminderTimer")
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.timeout.connect(self.check)

    @property
    def timer(self) -> QTimer:
        return self._timer

    def deadline(self) -> datetime | None:
        """When the next reminder is due (UTC), or None when it is off."""
        return self._deadline

    def set_time(self, at: time | None, day_start: time = time(0, 0)) -> None:
        """Remind at `at` each day (None: never). `day_start` says which day an
        hour after midnight belongs to, as it does for streaks."""
        self._at = at
        self._day_start = day_start
        if at is None:
            self._deadline = None
            self._timer.stop()
            return
        now = self._clock.now()
        self._deadline = next_reminder(now, self._clock.zone(), at)
        self._arm(now)

    @Slot()
    def check(self) -> None:
        """Look at the clock: remind if the deadline has passed, then re-arm."""
        at, deadline = self._at, self._deadline
        if at is None or deadline is None:
            return
        now = self._clock.now()
        zone = self._clock.zone()
        due = now >= deadline and still_today(deadline, now, zone, self._day_start)
        # Asked only when due: it reads the history.
        if due and not self._practised_today():
            self.reminded.emit()
        # Recomputed from now, not from the old deadline: a clock set back finds
        # today's reminder again, a new zone finds its own evening.
        self._deadline = next_reminder(now, zone, at)
        self._arm(now)

    def _arm(self, now: datetime) -> None:
        assert self._deadline is not None
        remaining_ms = (self._deadline - now).total_seconds() * 1000
        # +1 ms so a timer that fires on the dot finds the deadline reached.
        self._timer.start(int(min(max(remaining_ms, 0), MAX_WAIT_MS)) + 1)


class NoticeWay(StrEnum):
    TRAY = "tray"
    PORTAL = "portal"
    ALERT = "alert"


def send_desktop_notice(
    window: QWidget,
    tray: QSystemTrayIcon | None,
    title: str = REMINDER_TITLE,
    text: str = REMINDER_TEXT,
    *,
    use_portal: bool = True,
    message_ms: int = MESSAGE_MS,
) -> NoticeWay:
    """Tell the person, by the most visible means the desktop offers."""
    title, text = translate("Reminders", title), translate("Reminders", text)
    if (
        tray is not None
        and tray.isVisible()
        and QSystemTrayIcon.isSystemTrayAvailable()
        and QSystemTrayIcon.supportsMessages()
    ):
        tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, message_ms)
        return NoticeWay.TRAY
    if use_portal and sys.platform.startswith("linux") and _send_by_portal(title, text):
        return NoticeWay.PORTAL
    # Zero: the taskbar entry keeps asking until the person looks.
    QApplication.alert(window, 0)
    return NoticeWay.ALERT


_PORTAL = "org.freedesktop.portal.Desktop"


def _send_by_portal(title: str, text: str) -> bool:
    """A notification through xdg-desktop-portal, which every current Linux
    desktop runs, tray or not. Sent without waiting for an answer: the app
    never stalls on the session bus."""
    try:
        from PySide6.QtDBus import QDBusConnection, QDBusMessage
    except ImportError:
        return False
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    names = bus.interface()
    running = names.isServiceRegistered(_PORTAL).value()
    if not running and _PORTAL not in (names.activatableServiceNames().value() or []):
        return False
    message = QDBusMessage.createMethodCall(
        _PORTAL,
        "/org/freedesktop/portal/desktop",
        "org.freedesktop.portal.Notification",
        "AddNotification",
    )
    # "sa{sv}": an id (a new reminder replaces an old one) and the notification.
    message.setArguments(["daily-reminder", {"title": title, "body": text}])
    return bool(bus.send(message))
