"""Telling a person who is not looking that a hold has ended.

The same way the daily reminder goes out (`reminders.send_desktop_notice`): a
tray message where the desktop has a tray and the app shows an icon there,
otherwise the desktop's notification service (the portal), and only where
neither is there `QApplication.alert`, which flashes the taskbar entry.
Nothing is sent while the window is active: the chime and the screen say it
already.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from unknot.ui.desktop.reminders import NoticeWay, send_desktop_notice

MESSAGE_MS = 8000


class Notifier(QObject):
    # How the notice went out, and its text.
    notified = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tray: QSystemTrayIcon | None = None

    def set_tray_icon(self, tray: QSystemTrayIcon | None) -> None:
        """The app's tray icon, when it has one; the window owns it."""
        self._tray = tray

    def notify(self, window: QWidget, title: str, message: str) -> NoticeWay | None:
        if window.isActiveWindow() and not window.isMinimized():
            return None
        way = send_desktop_notice(
            window, self._tray, title, message, use_portal=True, message_ms=MESSAGE_MS
        )
        self.notified.emit(way.value, message)
        return way
