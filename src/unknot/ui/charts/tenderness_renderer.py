"""A spot's tenderness over time, drawn with a QPainter into a rectangle.

Days run left to right from the period's first day to its last; tenderness
0-10 bottom to top. The rating before each day's holds is a solid line with
filled dots, the rating after a dashed line with hollow squares; the easing
line (a drop of 2 points or by half from where the spot began, see
`core.tenderness`) is dotted and labelled; each day with practice gets a small
tick on a strip under the plot. `tenderness_plot` works out where everything
goes, so tests check the drawing against the history without a window;
`paint_tenderness` draws it, on a widget or on a PDF page alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen

from unknot.core.records import TENDERNESS_MAX
from unknot.core.tenderness import SpotStory
from unknot.core.translation import translate
from unknot.ui.charts.axis_labels import AxisLabel, draw_labels, place_labels
from unknot.ui.charts.ink import ChartInk
from unknot.ui.shared.dates import decimal, short_date
from unknot.ui.shared.text_ink import baseline_below, line_room

_DOT = 3.2


@dataclass(frozen=True)
class TendernessPlot:
    """Where a story's marks go in the rectangle it was laid out in."""

    area: QRectF
    plot: QRectF
    strip: QRectF
    first: date
    last: date
    before: tuple[tuple[date, int, QPointF], ...]
    after: tuple[tuple[date, int, QPointF], ...]
    practice: tuple[tuple[date, float], ...]
    easing_y: float | None

    def x_of(self, day: date) -> float:
        span = max(1, (self.last - self.first).days)
        return self.plot.left() + self.plot.width() * (day - self.first).days / span

    def y_of(self, rating: float) -> float:
        return self.plot.bottom() - self.plot.height() * rating / TENDERNESS_MAX

    def day_near(self, x: float) -> date | None:
        """The rated day whose mark is nearest to `x`, when within the plot."""
        if not self.before and not self.after:
            return None
        if not self.plot.left() - 8 <= x <= self.plot.right() + 8:
            return None
        days = {day for day, _, _ in self.before} | {day for day, _, _ in self.after}
        return min(days, key=lambda day: abs(self.x_of(day) - x))


def tenderness_plot(
    story: SpotStory, area: QRectF, font: QFont, *, title: bool = True
) -> TendernessPlot:
    """Lay `story` out in `area` (its title on top when `title`)."""
    metrics = QFontMetricsF(font)
    line = line_room(metrics)
    left = area.left() + metrics.horizontalAdvance("10") + 8
    top = area.top() + (line + 6 if title else 4) + line * 0.5
    bottom = area.bottom() - line - 4 - 8  # date labels, then the practice strip
    right = area.right() - 6
    plot = QRectF(left, top, max(10.0, right - left), max(10.0, bottom - 6 - top))
    strip = QRectF(plot.left(), plot.bottom() + 3, plot.width(), 6)
    shell = TendernessPlot(area, plot, strip, story.first, story.last, (), (), (), None)
    before = tuple(
        (d.day, d.before, QPointF(shell.x_of(d.day), shell.y_of(d.before)))
        for d in story.days
        if d.before is not None
    )
    after = tuple(
        (d.day, d.after, QPointF(shell.x_of(d.day), shell.y_of(d.after)))
        for d in story.days
        if d.after is not None
    )
    practice = tuple((day, shell.x_of(day)) for day in sorted(story.practice_days))
    easing = story.easing_line
    easing_y = None if easing is None else shell.y_of(easing)
    return TendernessPlot(
        area, plot, strip, story.first, story.last, before, after, practice, easing_y
    )


def easing_label(story: SpotStory) -> str:
    line = story.easing_line
    if line is None:
        return ""
    return translate("Tenderness", "easing at {rating} or lower").format(rating=decimal(line))


def date_labels(layout: TendernessPlot, metrics: QFontMetricsF, baseline: float) -> list[AxisLabel]:
    """The dates under the plot: its first and last day, then the middle,
    each only where it does not run into another (one day is one date)."""
    first, last = layout.first, layout.last
    middle = first + (last - first) / 2
    wanted = [(short_date(day), layout.x_of(day)) for day in (first, last, middle)]
    plot = layout.plot
    return place_labels(wanted, plot.left(), plot.right(), baseline, metrics)


def paint_tenderness(
    painter: QPainter,
    story: SpotStory,
    area: QRectF,
    ink: ChartInk,
    *,
    title: bool = True,
    current: date | None = None,
    focused: bool = False,
) -> TendernessPlot:
    """Draw `story` into `area` and return where its marks went. `current`
    is the day the keyboard is on, ringed when `focused`."""
    font = painter.font()
    metrics = QFontMetricsF(font)
    layout = tenderness_plot(story, area, font, title=title)
    plot = layout.plot
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)

    if title:
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(ink.text)
        painter.drawText(
            QPointF(area.left(), baseline_below(area.top(), QFontMetricsF(bold))), story.name
        )
        painter.setFont(font)

    # The scale: 0, 5 and 10, with faint lines.
    for rating in (0, 5, 10):
        y = layout.y_of(rating)
        painter.setPen(QPen(ink.grid, 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(ink.muted)
        text = str(rating)
        painter.drawText(
            QPointF(plot.left() - 6 - metrics.horizontalAdvance(text), y + metrics.capHeight() / 2),
            text,
        )

    # The easing line, dotted, with its words at the right end.
    if layout.easing_y is not None:
        painter.setPen(QPen(ink.easing, 1.3, Qt.PenStyle.DotLine))
        painter.drawLine(
            QPointF(plot.left(), layout.easing_y), QPointF(plot.right(), layout.easing_y)
        )

    # Practice days: a tick each on the strip under the plot.
    painter.setPen(QPen(ink.practice, 1.4))
    for _, x in layout.practice:
        painter.drawLine(QPointF(x, layout.strip.top()), QPointF(x, layout.strip.bottom()))

    # After: dashed line, hollow squares. Before on top: solid line, filled dots.
    if layout.after:
        painter.setPen(QPen(ink.after, 1.6, Qt.PenStyle.DashLine))
        for (_, _, a), (_, _, b) in zip(layout.after, layout.after[1:], strict=False):
            painter.drawLine(a, b)
        painter.setPen(QPen(ink.after, 1.4))
        painter.setBrush(ink.background)
        for _, _, point in layout.after:
            painter.drawRect(QRectF(point.x() - _DOT, point.y() - _DOT, 2 * _DOT, 2 * _DOT))
    if layout.before:
        painter.setPen(QPen(ink.before, 2.0))
        for (_, _, a), (_, _, b) in zip(layout.before, layout.before[1:], strict=False):
            painter.drawLine(a, b)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink.before)
        for _, _, point in layout.before:
            painter.drawEllipse(point, _DOT, _DOT)

    if layout.easing_y is not None:
        # Named on the title line, right-aligned: over the plot it would hide
        # the latest ratings. The dotted mark before it ties the words to the line.
        label = easing_label(story)
        width = metrics.horizontalAdvance(label)
        y = baseline_below(area.top(), metrics)
        mid = y - metrics.capHeight() / 2
        painter.setPen(QPen(ink.easing, 1.3, Qt.PenStyle.DotLine))
        painter.drawLine(
            QPointF(area.right() - width - 24, mid), QPointF(area.right() - width - 6, mid)
        )
        painter.setPen(ink.muted)
        painter.drawText(QPointF(area.right() - width, y), label)

    # Dates: the first and last day, and the middle when there is room.
    painter.setPen(ink.muted)
    baseline = baseline_below(layout.strip.bottom() + 4, metrics)
    draw_labels(painter, date_labels(layout, metrics, baseline), baseline)

    if focused and current is not None:
        x = layout.x_of(current)
        painter.setPen(QPen(ink.focus, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(x - 6, plot.top() - 2, 12, plot.height() + 4), 4, 4)
    painter.restore()
    return layout


def paint_tenderness_legend(
    painter: QPainter, origin: QPointF, ink: ChartInk, max_width: float = 1e9
) -> float:
    """The key to the marks from `origin` (the first line's baseline, left),
    wrapped to `max_width`; returns the height it took."""
    metrics = QFontMetricsF(painter.font())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    x = origin.x()
    baseline = origin.y()
    entries = (
        ("before", translate("Tenderness", "before the holds")),
        ("after", translate("Tenderness", "after the holds")),
        ("easing", translate("Tenderness", "easing line (2 points lower, or half)")),
        ("practice", translate("Tenderness", "practice day")),
    )
    for kind, text in entries:
        width = 24 + metrics.horizontalAdvance(text)
        if x > origin.x() and x + width > origin.x() + max_width:
            x = origin.x()
            baseline += line_room(metrics) + 4
        mid = baseline - metrics.capHeight() / 2
        if kind == "before":
            painter.setPen(QPen(ink.before, 2.0))
            painter.drawLine(QPointF(x, mid), QPointF(x + 18, mid))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ink.before)
            painter.drawEllipse(QPointF(x + 9, mid), _DOT, _DOT)
        elif kind == "after":
            painter.setPen(QPen(ink.after, 1.6, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, mid), QPointF(x + 18, mid))
            painter.setPen(QPen(ink.after, 1.4))
            painter.setBrush(ink.background)
            painter.drawRect(QRectF(x + 9 - _DOT, mid - _DOT, 2 * _DOT, 2 * _DOT))
        elif kind == "easing":
            painter.setPen(QPen(ink.easing, 1.3, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(x, mid), QPointF(x + 18, mid))
        else:
            painter.setPen(QPen(ink.practice, 1.4))
            painter.drawLine(QPointF(x + 9, mid - 3), QPointF(x + 9, mid + 3))
        painter.setPen(ink.muted)
        painter.drawText(QPointF(x + 24, baseline), text)
        x += width + 18
    painter.restore()
    return baseline - origin.y() + line_room(metrics)
