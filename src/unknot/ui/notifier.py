"""Telling a person who is not looking that a hold has ended.

A tray message where the desktop has a tray and the app shows an icon there;
otherwise `QApplication.alert`, which flashes the taskbar entry. Nothing is
sent while the window is active: the chime and the screen say it already.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

MESSAGE_MS = 8000


class NoticeWay(StrEnum):
    TRAY = "tray"
    ALERT = "alert"


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
        tray = self._tray
        if (
            tray is not None
            and tray.isVisible()
            and QSystemTrayIcon.isSystemTrayAvailable()
            and QSystemTrayIcon.supportsMessages()
        ):
            tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
            way = NoticeWay.TRAY
        else:
            # Zero: keep flagging until the person comes back to the window.
            QApplication.alert(window, 0)
            way = NoticeWay.ALERT
        self.notified.emit(way.value, message)
        return way
