"""The one base of the painted charts (the calendar, the weekly bars, the
tenderness and consistency charts): keyboard focus, the focus ring repainted
as focus comes and goes, tooltips from what lies under the pointer, and the
arrow keys stepping through the chart's items.

A chart says how many items it has (`item_count`), which one the keyboard is
on (`current_index`, `set_current_index`) and what lies under a point
(`tip_at`); the base does the rest. Charts with other keys (the calendar's
rows) handle those first and pass the rest on.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QFocusEvent, QHelpEvent, QKeyEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget


class PaintedChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    # -- what a chart says about itself -------------------------------------------------

    def item_count(self) -> int:
        """How many items Left and Right step through (bars, days)."""
        return 0

    def current_index(self) -> int:
        return -1

    def set_current_index(self, index: int) -> None:
        """Put the keyboard on item `index` (already within range)."""

    def tip_at(self, point: QPointF) -> str | None:
        """The words for what lies under `point`; None for nothing."""
        return None

    # -- shared behaviour ----------------------------------------------------------------

    def step_to(self, index: int) -> None:
        count = self.item_count()
        if count:
            self.set_current_index(max(0, min(count - 1, index)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        current = self.current_index()
        if key == Qt.Key.Key_Left:
            self.step_to(current - 1)
        elif key == Qt.Key.Key_Right:
            self.step_to(current + 1)
        elif key == Qt.Key.Key_Home:
            self.step_to(0)
        elif key == Qt.Key.Key_End:
            self.step_to(self.item_count() - 1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.tip_at(QPointF(event.pos()))
            if tip is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), tip, self)
            return True
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)
