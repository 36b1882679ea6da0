"""Controls that would write, kept disabled while the history is read-only.

Screens turn their own buttons on and off as their content changes (a plan
with spots enables "Start session"); while the lock holds, a control it holds
goes back to disabled whenever it is enabled, and its tooltip says why.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget


class WriteLock(QObject):
    def __init__(self, reason: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reason = reason
        self._held: list[QWidget] = []

    def hold(self, controls: Iterable[QWidget | QAction]) -> None:
        """Disable each of `controls` for good, its tooltip saying why."""
        for control in controls:
            control.setToolTip(self.reason)
            control.setStatusTip(self.reason)
            control.setEnabled(False)
            if isinstance(control, QWidget) and control not in self._held:
                self._held.append(control)
                control.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.EnabledChange
            and isinstance(watched, QWidget)
            and watched.isEnabled()
        ):
            watched.setEnabled(False)
        return False
