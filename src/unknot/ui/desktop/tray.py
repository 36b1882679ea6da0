"""The tray icon, where the desktop has a tray: a glance at the running hold,
at today's practice and the streak, and three commands.

Today's practice and the streak come from the window's one read model (the
same `Glance` as the home line, worked out after each change and at each new
day); the tray only words them.

Nothing depends on it. GNOME and many Wayland sessions have no tray, so every
command here is also in the window and its menus; `create_tray` returns None
there and the rest of the app carries on unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from unknot.core.formats import duration_text
from unknot.core.practice_log import Glance
from unknot.core.session_texts import clock_text
from unknot.core.translation import translate

if TYPE_CHECKING:
    # The engine is loaded with the first session, not for the first paint.
    from unknot.core.session_engine import Display

APP_NAME = "Unknot"


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def status_line(display: Display | None) -> str:
    """One line about the hold: "Left calf · 01:23 left"; empty when idle."""
    if display is None:
        return ""
    # Loaded already: there is a display only once a session has begun.
    from unknot.core.session_engine import IN_SESSION, Phase

    if display.phase not in IN_SESSION:
        return ""
    if display.phase is Phase.HOLDING:
        return translate("Tray", "{spot} · {time} left").format(
            spot=display.spot_name, time=clock_text(display.clock_seconds)
        )
    return f"{display.spot_name} · {display.clock_caption}"


def tooltip_for(status: str, practice: Sequence[str] = ()) -> str:
    """ "Unknot · Left calf · 01:23 left" during a hold; when idle "Unknot" with
    the practice lines under it, one a line."""
    if status:
        return f"{APP_NAME} · {status}"
    return "\n".join((APP_NAME, *practice))


def today_line(glance: Glance) -> str:
    """Today's practice in one line: "Practised today: 12 min held"."""
    held = glance.today_seconds
    if glance.practised_today:
        return translate("Tray", "Practised today: {held} held").format(held=duration_text(held))
    if held > 0:
        return translate(
            "Tray", "Today: {held} held so far, a minute makes it a practice day"
        ).format(held=duration_text(held))
    return translate("Tray", "Not practised yet today")


def streak_line(glance: Glance) -> str:
    """The day streak and this week: "5 days in a row · 3 of 5 days this week"."""
    streaks = glance.streaks
    week = translate(
        "Tray", "{days} of %n day(s) this week", None, streaks.this_week_needed
    ).format(days=streaks.this_week_days)
    if streaks.day_streak <= 0:
        return translate("Tray", "No day streak yet · {week}").format(week=week)
    return translate("Tray", "%n day(s) in a row · {week}", None, streaks.day_streak).format(
        week=week
    )


class AppTray(QObject):
    """The icon and its menu: a second view of the session. Its tooltip follows
    what the session engine displays; its start/pause entry is the session's
    own action, so its words and state are the engine's."""

    show_requested = Signal()
    quit_requested = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = QMenu()
        self.menu.setAccessibleName(translate("Tray", "Unknot"))
        self.show_action = QAction(translate("Tray", "&Show Unknot"), self)
        self.show_action.triggered.connect(self.show_requested)
        self.quit_action = QAction(translate("Tray", "&Quit"), self)
        self.quit_action.triggered.connect(self.quit_requested)
        # Today's practice and the streak: read-only lines at the top.
        self.today_action = QAction("", self)
        self.streak_action = QAction("", self)
        for line in (self.today_action, self.streak_action):
            line.setEnabled(False)
            line.setVisible(False)
            self.menu.addAction(line)
        self._practice_separator = self.menu.addSeparator()
        self._practice_separator.setVisible(False)
        self._practice: tuple[str, ...] = ()
        self._status = ""
        self.menu.addAction(self.show_action)
        self._session_separator = self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self._session_actions: list[QAction] = []

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

    def set_session_actions(self, actions: Sequence[QAction]) -> None:
        """The session's actions to list (start/pause/resume): the same
        objects the screen's buttons and keys use."""
        for action in self._session_actions:
            self.menu.removeAction(action)
        self._session_actions = list(actions)
        self.menu.insertActions(self._session_separator, self._session_actions)

    @Slot(object)
    def show_session(self, display: Display | None) -> None:
        """What the session engine displays; None when no session runs."""
        self._status = status_line(display)
        self._set_tooltip()

    @Slot(object)
    def show_practice(self, glance: Glance) -> None:
        """Today's practice and the streak as the read model has them now."""
        self._practice = (today_line(glance), streak_line(glance))
        for action, text in zip(
            (self.today_action, self.streak_action), self._practice, strict=True
        ):
            action.setText(text)
            action.setVisible(True)
        self._practice_separator.setVisible(True)
        self._set_tooltip()

    def practice_lines(self) -> tuple[str, ...]:
        """What the tray says of today's practice and the streak; empty until known."""
        return self._practice

    def _set_tooltip(self) -> None:
        tooltip = tooltip_for(self._status, self._practice)
        # Set only when it changes: a paused hold shows the same display each time.
        if tooltip != self.icon.toolTip():
            self.icon.setToolTip(tooltip)

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
