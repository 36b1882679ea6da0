"""Practice days per week against the weekly goal, next to the minutes held
per week, drawn with a QPainter into a rectangle.

Left: a bar per week, 0-7 days, with the week's goal (less its rest days) as a
short bar across it; a week that met its goal is filled and ticked, one that
did not is hollow, so it reads at a glance and in black and white. Right: the
same weeks' minutes as thin bars. The week in progress is drawn hatched.
`consistency_plot` works out where everything goes; `paint_consistency` draws it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetricsF, QPainter, QPen

from unknot.core.formats import minutes_held
from unknot.core.streaks import DAYS_IN_WEEK
from unknot.core.tenderness import WeekPractice
from unknot.core.translation import translate
from unknot.ui.charts.axis_labels import draw_labels, place_labels
from unknot.ui.charts.ink import ChartInk
from unknot.ui.shared.dates import short_date
from unknot.ui.shared.text_ink import baseline_below, line_room

_MINUTE_STEPS = (10, 20, 30, 60, 120, 180, 300, 600)


@dataclass(frozen=True)
class ConsistencyPlot:
    days_plot: QRectF
    minutes_plot: QRectF
    top_minutes: int
    # Per week: its days bar, the y of its goal, its minutes bar.
    day_bars: tuple[QRectF, ...]
    goal_ys: tuple[float, ...]
    minute_bars: tuple[QRectF, ...]

    def index_at(self, point: QPointF) -> int | None:
        for plot in (self.days_plot, self.minutes_plot):
            if plot.left() <= point.x() <= plot.right() and self.day_bars:
                slot = plot.width() / len(self.day_bars)
                return min(len(self.day_bars) - 1, int((point.x() - plot.left()) / slot))
        return None


def _label_room(metrics: QFontMetricsF) -> float:
    """The width of the widest minutes label."""
    return metrics.horizontalAdvance(translate("Consistency", "{minutes} min").format(minutes=600))


def top_minutes(weeks: Sequence[WeekPractice]) -> int:
    highest = max((week.minutes for week in weeks), default=0.0)
    for step in _MINUTE_STEPS:
        if highest <= step:
            return step
    return int(math.ceil(highest / 60) * 60)


def consistency_plot(weeks: Sequence[WeekPractice], area: QRectF, font: QFont) -> ConsistencyPlot:
    metrics = QFontMetricsF(font)
    line = line_room(metrics)
    gap = 28.0
    label_width = _label_room(metrics) + 8
    # Room under the titles for the ticks over a full week's bar.
    top = area.top() + line + 16
    bottom = area.bottom() - line - 6
    usable = area.width() - gap
    days_width = usable * 0.55
    days_plot = QRectF(
        area.left() + metrics.horizontalAdvance("7") + 8,
        top,
        max(10.0, days_width - metrics.horizontalAdvance("7") - 8),
        max(10.0, bottom - top),
    )
    minutes_left = area.left() + days_width + gap + label_width
    minutes_plot = QRectF(
        minutes_left, top, max(10.0, area.right() - minutes_left - 4), max(10.0, bottom - top)
    )
    count = max(1, len(weeks))
    ceiling = top_minutes(weeks)
    day_bars, goal_ys, minute_bars = [], [], []
    for index, week in enumerate(weeks):
        slot = days_plot.width() / count
        width = slot * 0.64
        x = days_plot.left() + slot * index + (slot - width) / 2
        height = days_plot.height() * week.practice_days / DAYS_IN_WEEK
        day_bars.append(QRectF(x, days_plot.bottom() - height, width, height))
        goal_ys.append(days_plot.bottom() - days_plot.height() * week.needed / DAYS_IN_WEEK)
        slot = minutes_plot.width() / count
        width = slot * 0.56
        x = minutes_plot.left() + slot * index + (slot - width) / 2
        height = minutes_plot.height() * min(week.minutes, ceiling) / ceiling
        minute_bars.append(QRectF(x, minutes_plot.bottom() - height, width, height))
    return ConsistencyPlot(
        days_plot, minutes_plot, ceiling, tuple(day_bars), tuple(goal_ys), tuple(minute_bars)
    )


def paint_consistency(
    painter: QPainter,
    weeks: Sequence[WeekPractice],
    area: QRectF,
    ink: ChartInk,
    *,
    current: int | None = None,
    focused: bool = False,
) -> ConsistencyPlot:
    font = painter.font()
    metrics = QFontMetricsF(font)
    layout = consistency_plot(weeks, area, font)
    days, minutes = layout.days_plot, layout.minutes_plot
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)

    painter.setPen(ink.text)
    painter.drawText(
        QPointF(area.left(), baseline_below(area.top(), metrics)),
        translate("Consistency", "Practice days a week, against the goal"),
    )
    painter.drawText(
        QPointF(minutes.left() - _label_room(metrics) - 8, baseline_below(area.top(), metrics)),
        translate("Consistency", "Minutes held a week"),
    )

    for value in (0, DAYS_IN_WEEK):
        y = days.bottom() - days.height() * value / DAYS_IN_WEEK
        painter.setPen(QPen(ink.grid, 1))
        painter.drawLine(QPointF(days.left(), y), QPointF(days.right(), y))
        painter.setPen(ink.muted)
        painter.drawText(QPointF(area.left(), y + metrics.capHeight() / 2), str(value))
    for value in (0, layout.top_minutes):
        y = minutes.bottom() - minutes.height() * value / layout.top_minutes
        painter.setPen(QPen(ink.grid, 1))
        painter.drawLine(QPointF(minutes.left(), y), QPointF(minutes.right(), y))
        painter.setPen(ink.muted)
        text = translate("Consistency", "{minutes} min").format(minutes=value)
        painter.drawText(
            QPointF(
                minutes.left() - 6 - metrics.horizontalAdvance(text), y + metrics.capHeight() / 2
            ),
            text,
        )

    for week, bar, goal_y, minute_bar in zip(
        weeks, layout.day_bars, layout.goal_ys, layout.minute_bars, strict=True
    ):
        if week.in_progress:
            painter.setPen(QPen(ink.practice, 1.4))
            painter.setBrush(QBrush(ink.practice, Qt.BrushStyle.BDiagPattern))
        elif week.goal_met:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ink.practice)
        else:
            painter.setPen(QPen(ink.practice, 1.4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        if bar.height() > 0:
            painter.drawRect(bar)
        # The goal: a short bar across the slot.
        painter.setPen(QPen(ink.text, 2))
        painter.drawLine(QPointF(bar.left() - 2, goal_y), QPointF(bar.right() + 2, goal_y))
        if week.goal_met and not week.in_progress:
            # A tick above the bar: met, without relying on colour.
            cx, ty = bar.center().x(), min(bar.top(), goal_y) - 5
            painter.setPen(QPen(ink.text, 1.5))
            painter.drawLine(QPointF(cx - 3, ty - 2), QPointF(cx - 1, ty))
            painter.drawLine(QPointF(cx - 1, ty), QPointF(cx + 3, ty - 5))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink.after)
        if minute_bar.height() > 0:
            if week.in_progress:
                painter.setPen(QPen(ink.after, 1.2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(minute_bar)

    # First and last week under each plot.
    if weeks:
        painter.setPen(ink.muted)
        baseline = baseline_below(days.bottom() + 4, metrics)
        for plot in (days, minutes):
            first = short_date(weeks[0].first_day)
            last = (
                translate("Consistency", "this week")
                if weeks[-1].in_progress
                else short_date(weeks[-1].first_day)
            )
            # One week is one label: its first day and "this week" would meet.
            wanted = [(first, plot.left()), (last, plot.right())]
            draw_labels(
                painter,
                place_labels(wanted, plot.left(), plot.right(), baseline, metrics),
                baseline,
            )

    if focused and current is not None and 0 <= current < len(layout.day_bars):
        painter.setPen(QPen(ink.focus, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for plot, bar in ((days, layout.day_bars[current]), (minutes, layout.minute_bars[current])):
            painter.drawRoundedRect(
                QRectF(bar.left() - 4, plot.top() - 2, bar.width() + 8, plot.height() + 4), 4, 4
            )
    painter.restore()
    return layout


def week_sentence(week: WeekPractice) -> str:
    """One week in words."""
    if week.in_progress:
        text = translate(
            "Consistency",
            "This week so far: {days} of %n practice day(s), {minutes} min held.",
            None,
            week.needed,
        )
    elif week.goal_met:
        text = translate(
            "Consistency",
            "Week of {week}: {days} of %n practice day(s), goal met; {minutes} min held.",
            None,
            week.needed,
        )
    else:
        text = translate(
            "Consistency",
            "Week of {week}: {days} of %n practice day(s), goal not met; {minutes} min held.",
            None,
            week.needed,
        )
    return text.format(
        week=short_date(week.first_day), days=week.practice_days, minutes=minutes_held(week.seconds)
    )
