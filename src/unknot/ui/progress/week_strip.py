"""This week as seven marks: practised, rest day, today, missed, or still to come.

Each state has its own shape as well as its colour (a filled disc with a tick,
a disc with a bar, a thick ring, a thin ring, a dotted ring), and the weekday
and state are written out for screen readers.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from unknot.core.progress import DayMark, DayState
from unknot.core.translation import QT_TRANSLATE_NOOP, translate
from unknot.ui.shared import practice_colours as colours
from unknot.ui.shared.dates import weekday_name, weekday_short
from unknot.ui.shared.text_ink import ink_ascent, line_room

STATE_WORDS = {
    DayState.PRACTISED: QT_TRANSLATE_NOOP("WeekStrip", "practised"),
    DayState.REST: QT_TRANSLATE_NOOP("WeekStrip", "rest day"),
    DayState.TODAY: QT_TRANSLATE_NOOP("WeekStrip", "today, not yet practised"),
    DayState.MISSED: QT_TRANSLATE_NOOP("WeekStrip", "no practice"),
    DayState.TO_COME: QT_TRANSLATE_NOOP("WeekStrip", "to come"),
}


def mark_text(mark: DayMark) -> str:
    words = translate("WeekStrip", STATE_WORDS[mark.state])
    if mark.is_today and mark.state is not DayState.TODAY:
        words = translate("WeekStrip", "today, {state}").format(state=words)
    return f"{weekday_name(mark.day.isoweekday())}: {words}"


class WeekStrip(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._marks: tuple[DayMark, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("WeekStrip", "This week"))
        # Read by screen readers; not a control, so it takes no keyboard focus
        # and its words are also in the accessible description.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_marks(self, marks: Sequence[DayMark]) -> None:
        self._marks = tuple(marks)
        self.setAccessibleDescription("; ".join(mark_text(mark) for mark in self._marks))
        self.setToolTip("\n".join(mark_text(mark) for mark in self._marks))
        self.update()

    @property
    def marks(self) -> tuple[DayMark, ...]:
        return self._marks

    def _disc(self) -> float:
        return QFontMetricsF(self.font()).height() * 1.7

    def sizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        disc = self._disc()
        slot = max(
            disc + 10,
            max(metrics.horizontalAdvance(weekday_short(day)) for day in range(1, 8)) + 10,
        )
        return QSize(int(slot * 7), int(line_room(metrics) + 6 + disc + 4))

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetricsF(self.font())
        disc = self._disc()
        slot = self.width() / 7
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = colours.muted(palette)
        for index, mark in enumerate(self._marks):
            center_x = slot * index + slot / 2
            name = weekday_short(mark.day.isoweekday())
            painter.setPen(text if mark.is_today else muted)
            font = painter.font()
            font.setBold(mark.is_today)
            painter.setFont(font)
            painter.drawText(
                QPointF(center_x - metrics.horizontalAdvance(name) / 2, ink_ascent(metrics)), name
            )
            font.setBold(False)
            painter.setFont(font)
            top = line_room(metrics) + 6
            rect = QRectF(center_x - disc / 2, top, disc, disc).adjusted(2, 2, -2, -2)
            self._paint_mark(painter, rect, mark, palette)
        painter.end()

    def _paint_mark(
        self, painter: QPainter, rect: QRectF, mark: DayMark, palette: QPalette
    ) -> None:
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = colours.muted(palette)
        state = mark.state
        if state is DayState.PRACTISED:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.PRACTICE)
            painter.drawEllipse(rect)
            tick = QPainterPath()
            w, h = rect.width(), rect.height()
            tick.moveTo(rect.left() + w * 0.28, rect.top() + h * 0.52)
            tick.lineTo(rect.left() + w * 0.44, rect.top() + h * 0.68)
            tick.lineTo(rect.left() + w * 0.73, rect.top() + h * 0.36)
            painter.setPen(QPen(Qt.GlobalColor.white, max(2.0, w * 0.09)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(tick)
        elif state is DayState.REST:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.faint(palette, 0.22))
            painter.drawEllipse(rect)
            bar = QPen(text, max(2.0, rect.width() * 0.08))
            bar.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(bar)
            y = rect.center().y()
            painter.drawLine(
                QPointF(rect.left() + rect.width() * 0.3, y),
                QPointF(rect.right() - rect.width() * 0.3, y),
            )
        elif state is DayState.TODAY:
            painter.setPen(QPen(colours.PRACTICE, max(2.5, rect.width() * 0.1)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(rect.adjusted(1, 1, -1, -1))
        elif state is DayState.MISSED:
            painter.setPen(QPen(muted, 1.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(rect.adjusted(1, 1, -1, -1))
        else:
            painter.setPen(QPen(muted, 1.2, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(rect.adjusted(1, 1, -1, -1))
        if mark.is_today and state is not DayState.TODAY:
            painter.setPen(QPen(text, 1.4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(rect.adjusted(-3, -3, 3, 3))
