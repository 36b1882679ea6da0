"""The tray icon, where the desktop has a tray: a glance at the running hold and
three commands.

Nothing depends on it. GNOME and many Wayland sessions have no tray, so every
command here is also in the window and its menus; `create_tray` returns None
there and the rest of the app carries on unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

APP_NAME = "Unknot"


# The session phases in which the pause entry does something, and what.
_PAUSE_TEXT = {"ready": "&Start the hold", "holding": "&Pause", "paused": "&Resume"}


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def tooltip_for(status: str) -> str:
    """ "Unknot" when idle; "Unknot · Left calf · 01:23 left" during a hold."""
    return f"{APP_NAME} · {status}" if status else APP_NAME


class AppTray(QObject):
    """The icon and its menu. It only asks; the window does."""

    show_requested = Signal()
    pause_requested = Signal()
    quit_requested = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = QMenu()
        self.menu.setAccessibleName("Unknot")
        self.show_action = QAction("&Show Unknot", self)
        self.show_action.triggered.connect(self.show_requested)
        self.pause_action = QAction("&Pause", self)
        self.pause_action.setEnabled(False)
        self.pause_action.triggered.connect(self.pause_requested)
        self.quit_action = QAction("&Quit", self)
        self.quit_action.triggered.connect(self.quit_requested)
        self.menu.addAction(self.show_action)
        self.menu.addAction(self.pause_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)

        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setContextMenu(self.menu)
        self.icon.setToolTip(APP_NAME)
        self.icon.activated.connect(self._activated)

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def is_visible(self) -> bool:
        return self.icon.isVisible()

    def dispose(self) -> None:
        """Take the icon off the tray now rather than when Python collects it."""
        self.icon.hide()
        self.icon.setContextMenu(None)  # type: ignore[arg-type]
        self.menu.deleteLater()
        self.deleteLater()

    @Slot(str)
    def set_status(self, status: str) -> None:
        """The session screen's one-line status, shown as the tooltip."""
        self.icon.setToolTip(tooltip_for(status))

    def set_phase(self, phase: str) -> None:
        """What the pause entry does now, from the session screen's phase."""
        text = _PAUSE_TEXT.get(phase)
        self.pause_action.setEnabled(text is not None)
        self.pause_action.setText(text or "&Pause")

    def tooltip(self) -> str:
        return self.icon.toolTip()

    @Slot(QSystemTrayIcon.ActivationReason)
    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        # A plain click or double click opens the window; the menu has the rest.
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_requested.emit()


def create_tray(icon: QIcon, parent: QObject | None = None) -> AppTray | None:
    """A tray icon where the desktop has a tray; None where it has not."""
    if not tray_available():
        return None
    return AppTray(icon, parent)
