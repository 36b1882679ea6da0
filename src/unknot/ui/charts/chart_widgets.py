"""The progress view's tenderness and consistency charts as widgets: thin
shells over the plain renderers, with keyboard, tooltips and words for screen
readers from `PaintedChart`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from unknot.core.tenderness import SpotStory, WeekPractice, consistency_sentence, trend_sentence
from unknot.core.translation import translate
from unknot.ui.charts.consistency_renderer import (
    ConsistencyPlot,
    consistency_plot,
    paint_consistency,
    week_sentence,
)
from unknot.ui.charts.ink import ChartInk
from unknot.ui.charts.painted_chart import PaintedChart
from unknot.ui.charts.tenderness_renderer import paint_tenderness, tenderness_plot
from unknot.ui.shared.dates import day_label, decimal


def day_sentence(story: SpotStory, day: date) -> str:
    """One rated day of a spot in words."""
    found = next((d for d in story.days if d.day == day), None)
    if found is None:
        return translate("Tenderness", "{day}: not rated").format(day=day_label(day))
    before = "-" if found.before is None else str(found.before)
    after = "-" if found.after is None else str(found.after)
    return translate("Tenderness", "{day}: {before} before the holds, {after} after").format(
        day=day_label(day), before=before, after=after
    )


class TendernessChart(PaintedChart):
    """One spot's tenderness over the chosen span. Left and Right step through
    its rated days; Enter asks for the spot (a small multiple opens it large)."""

    activated = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, title: bool = True) -> None:
        super().__init__(parent)
        self._story: SpotStory | None = None
        self._title = title
        self._current = -1
        self.setMinimumSize(200, 130)
        self.setAccessibleName(translate("Tenderness", "Tenderness over time"))

    @property
    def story(self) -> SpotStory | None:
        return self._story

    def set_story(self, story: SpotStory | None) -> None:
        self._story = story
        days = self._days()
        self._current = len(days) - 1
        if story is not None:
            self.setAccessibleName(
                translate("Tenderness", "Tenderness of {spot} over time").format(spot=story.name)
            )
        self._describe()
        self.update()

    def _days(self) -> list[date]:
        return [] if self._story is None else [d.day for d in self._story.days]

    def text_alternative(self) -> str:
        if self._story is None:
            return translate("Tenderness", "No spot was rated in this period.")
        return trend_sentence(self._story, decimal)

    def sizeHint(self) -> QSize:
        return QSize(420, 200)

    def item_count(self) -> int:
        return len(self._days())

    def current_index(self) -> int:
        return self._current

    def set_current_index(self, index: int) -> None:
        self._current = index
        self._describe()
        self.update()

    def tip_at(self, point: QPointF) -> str | None:
        if self._story is None:
            return None
        layout = tenderness_plot(self._story, QRectF(self.rect()), self.font(), title=self._title)
        day = layout.day_near(point.x())
        return None if day is None else day_sentence(self._story, day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self._story is not None:
                self.activated.emit(self._story.spot)
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self._story is not None:
            self.activated.emit(self._story.spot)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._story is None:
            return
        painter = QPainter(self)
        days = self._days()
        current = days[self._current] if 0 <= self._current < len(days) else None
        paint_tenderness(
            painter,
            self._story,
            QRectF(self.rect()).adjusted(2, 2, -2, -2),
            ChartInk.of(self.palette()),
            title=self._title,
            current=current,
            focused=self.hasFocus(),
        )
        painter.end()

    def _describe(self) -> None:
        text = self.text_alternative()
        days = self._days()
        if self._story is not None and 0 <= self._current < len(days):
            text = f"{day_sentence(self._story, days[self._current])}. {text}"
        self.setAccessibleDescription(text)
        self.setToolTip("")


class ConsistencyChart(PaintedChart):
    """Practice days per week against the goal, next to the minutes per week."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._weeks: tuple[WeekPractice, ...] = ()
        self._current = -1
        self.setMinimumSize(360, 170)
        self.setAccessibleName(
            translate("Consistency", "Practice days a week against the goal, and minutes a week")
        )
        self._describe()

    def set_weeks(self, weeks: Sequence[WeekPractice]) -> None:
        self._weeks = tuple(weeks)
        if not 0 <= self._current < len(self._weeks):
            self._current = len(self._weeks) - 1
        self._describe()
        self.update()

    @property
    def weeks(self) -> tuple[WeekPractice, ...]:
        return self._weeks

    def sizeHint(self) -> QSize:
        return QSize(620, 200)

    def item_count(self) -> int:
        return len(self._weeks)

    def current_index(self) -> int:
        return self._current

    def set_current_index(self, index: int) -> None:
        self._current = index
        self._describe()
        self.update()

    def layout_now(self) -> ConsistencyPlot:
        return consistency_plot(
            self._weeks, QRectF(self.rect()).adjusted(2, 2, -2, -2), self.font()
        )

    def tip_at(self, point: QPointF) -> str | None:
        index = self.layout_now().index_at(point)
        return None if index is None else week_sentence(self._weeks[index])

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.layout_now().index_at(event.position())
        if index is not None:
            self.step_to(index)
        super().mousePressEvent(event)

    def text_alternative(self) -> str:
        if not self._weeks:
            return translate("Consistency", "No weeks to show yet.")
        return consistency_sentence(self._weeks)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_consistency(
            painter,
            self._weeks,
            QRectF(self.rect()).adjusted(2, 2, -2, -2),
            ChartInk.of(self.palette()),
            current=self._current,
            focused=self.hasFocus(),
        )
        painter.end()

    def _describe(self) -> None:
        text = self.text_alternative()
        if 0 <= self._current < len(self._weeks):
            text = f"{week_sentence(self._weeks[self._current])} {text}"
        self.setAccessibleDescription(text)
