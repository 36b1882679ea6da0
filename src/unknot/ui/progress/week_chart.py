"""Minutes held per week, as bars: the last twelve weeks, this week on the right.

Painted with QPainter rather than QtCharts: twelve bars need no chart engine,
and the colours follow the palette like the rest of the view. The week in
progress is drawn hollow, so a short bar on a Tuesday does not read as a bad
week. Left and Right pick a bar; its numbers go to the tooltip and to screen
readers.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QWidget

from unknot.core.formats import minutes_held
from unknot.core.progress import WeekTotal
from unknot.core.translation import translate
from unknot.ui.charts.axis_labels import AxisLabel, place_labels
from unknot.ui.charts.painted_chart import PaintedChart
from unknot.ui.shared import practice_colours as colours
from unknot.ui.shared.dates import short_date
from unknot.ui.shared.text_ink import ink_ascent, line_room

_NICE_STEPS = (5, 10, 15, 20, 30, 60, 90, 120, 180, 240, 300, 600)


def week_label(first_day: date) -> str:
    return short_date(first_day)


def week_text(week: WeekTotal, *, in_progress: bool) -> str:
    minutes = minutes_held(week.seconds)
    days = week.practice_days
    if in_progress:
        return translate(
            "WeekChart", "this week so far: {minutes} min held on %n practice day(s)", None, days
        ).format(minutes=minutes)
    return translate(
        "WeekChart", "week of {week}: {minutes} min held on %n practice day(s)", None, days
    ).format(week=week_label(week.first_day), minutes=minutes)


def bar_caption(week: WeekTotal) -> str:
    """The number over a week's bar: whole minutes held, as everywhere."""
    return f"{minutes_held(week.seconds)}"


def grid_step(top: float) -> int:
    """A round number of minutes for the grid lines, three or four of them."""
    for step in _NICE_STEPS:
        if top / step <= 4:
            return step
    return int(math.ceil(top / 4 / 60) * 60)


class WeekChart(PaintedChart):
    current_week_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._weeks: tuple[WeekTotal, ...] = ()
        self._current = -1
        self.setAccessibleName(translate("WeekChart", "Minutes held per week, last twelve weeks"))
        self.setMinimumHeight(180)
        # Words for what it shows from the start, before any weeks come in.
        self._update_description()

    def set_weeks(self, weeks: Sequence[WeekTotal]) -> None:
        self._weeks = tuple(weeks)
        if not 0 <= self._current < len(self._weeks):
            self._current = len(self._weeks) - 1
        self._update_description()
        self.update()

    @property
    def weeks(self) -> tuple[WeekTotal, ...]:
        return self._weeks

    @property
    def current_week(self) -> int:
        return self._current

    def set_current_week(self, index: int) -> None:
        if not self._weeks:
            return
        index = max(0, min(len(self._weeks) - 1, index))
        if index == self._current:
            return
        self._current = index
        self._update_description()
        self.update()
        self.current_week_changed.emit(index)

    def describe(self, index: int) -> str:
        return week_text(self._weeks[index], in_progress=index == len(self._weeks) - 1)

    def summary(self) -> str:
        """Every week in words, oldest first, for screen readers."""
        return "; ".join(self.describe(index) for index in range(len(self._weeks)))

    def sizeHint(self) -> QSize:
        return QSize(520, 220)

    # -- geometry -------------------------------------------------------------------

    def _plot(self) -> QRectF:
        metrics = QFontMetricsF(self.font())
        left = metrics.horizontalAdvance("000 min") + 10
        top = line_room(metrics) + 6
        bottom = line_room(metrics) * 1.6 + 6
        return QRectF(left, top, max(10.0, self.width() - left - 8), self.height() - top - bottom)

    def _bar_rect(self, plot: QRectF, index: int, top_minutes: float) -> QRectF:
        count = max(1, len(self._weeks))
        slot = plot.width() / count
        width = slot * 0.62
        x = plot.left() + slot * index + (slot - width) / 2
        minutes = self._weeks[index].minutes
        height = 0.0 if top_minutes <= 0 else plot.height() * minutes / top_minutes
        return QRectF(x, plot.bottom() - height, width, height)

    def _top_minutes(self) -> tuple[float, int]:
        highest = max((week.minutes for week in self._weeks), default=0.0)
        step = grid_step(max(highest, 10.0))
        return max(step, math.ceil(highest / step) * step), step

    def _index_at(self, point: QPointF) -> int | None:
        plot = self._plot()
        if not self._weeks or not plot.left() <= point.x() <= plot.right():
            return None
        slot = plot.width() / len(self._weeks)
        return min(len(self._weeks) - 1, int((point.x() - plot.left()) / slot))

    def week_labels(
        self, plot: QRectF, metrics: QFontMetricsF, baseline: float
    ) -> dict[int, AxisLabel]:
        """The label under each week's bar that has room, by week: "now" and
        the weeks counted from it first, each left out where it would run into
        a neighbour's (a narrow chart or a long date shows every other one)."""
        last = len(self._weeks) - 1
        texts = {
            index: translate("WeekChart", "now") if index == last else week_label(week.first_day)
            for index, week in enumerate(self._weeks)
        }
        top, _ = self._top_minutes()
        wanted = [
            (texts[index], self._bar_rect(plot, index, top).center().x())
            for index in range(last, -1, -1)
        ]
        placed = place_labels(wanted, plot.left(), plot.right(), baseline, metrics, gap=6)
        by_text = {label.text: label for label in placed}
        return {index: by_text[text] for index, text in texts.items() if text in by_text}

    # -- painting -------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self._plot()
        metrics = QFontMetricsF(self.font())
        top, step = self._top_minutes()
        muted = colours.muted(palette)
        grid = colours.faint(palette, 0.14)

        for minutes in range(0, int(top) + 1, step):
            y = plot.bottom() - plot.height() * minutes / top
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(muted)
            text = translate("WeekChart", "{minutes} min").format(minutes=minutes)
            painter.drawText(
                QPointF(
                    plot.left() - 8 - metrics.horizontalAdvance(text), y + metrics.capHeight() / 2
                ),
                text,
            )

        text_colour = palette.color(QPalette.ColorRole.WindowText)
        last = len(self._weeks) - 1
        baseline = plot.bottom() + 4 + ink_ascent(metrics)
        labels = self.week_labels(plot, metrics, baseline)
        for index, week in enumerate(self._weeks):
            bar = self._bar_rect(plot, index, top)
            in_progress = index == last
            if in_progress:
                painter.setPen(QPen(colours.PRACTICE, 1.6))
                painter.setBrush(colours.shade(palette, 1))
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colours.PRACTICE)
            if bar.height() > 0:
                painter.drawRoundedRect(bar, 3, 3)
            painter.setPen(text_colour)
            value = bar_caption(week)
            painter.drawText(
                QPointF(bar.center().x() - metrics.horizontalAdvance(value) / 2, bar.top() - 4),
                value,
            )
            label = labels.get(index)
            if label is not None:
                painter.setPen(text_colour if in_progress else muted)
                painter.drawText(QPointF(label.rect.left(), baseline), label.text)
            if self.hasFocus() and index == self._current:
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                focus = QRectF(bar.left() - 4, plot.top(), bar.width() + 8, plot.height() + 4)
                painter.drawRoundedRect(focus, 4, 4)
        painter.end()

    # -- input (keys, tooltip and focus come from PaintedChart) ------------------------

    def item_count(self) -> int:
        return len(self._weeks)

    def current_index(self) -> int:
        return self._current

    def set_current_index(self, index: int) -> None:
        self.set_current_week(index)

    def tip_at(self, point: QPointF) -> str | None:
        index = self._index_at(point)
        return None if index is None else self.describe(index)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self._index_at(event.position())
        if index is not None:
            self.set_current_week(index)
        super().mousePressEvent(event)

    def _update_description(self) -> None:
        if not self._weeks:
            self.setAccessibleDescription(translate("WeekChart", "No weeks to show yet."))
            return
        self.setAccessibleDescription(self.describe(self._current) + ". " + self.summary())
