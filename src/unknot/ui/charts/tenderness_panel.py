"""Tenderness over time in the progress view: a span to choose (6 weeks,
3 months, a year), one spot large with its trend in words, and small charts of
the spots worked most. Any spot comes large from the spot box, from a small
chart (Enter or a double click) or from its row in the per-spot table
(`show_spot`)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, time

from PySide6.QtCore import QPointF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from unknot.core.practice_log import spot_ratings
from unknot.core.records import SessionRecord
from unknot.core.tenderness import Span, Spot, SpotStory, stories
from unknot.core.translation import translate
from unknot.ui.charts.chart_widgets import TendernessChart
from unknot.ui.charts.ink import ChartInk
from unknot.ui.charts.tenderness_renderer import paint_tenderness_legend
from unknot.ui.shared.text_ink import baseline_below, line_room

# Small charts of the spots worked most.
SMALL_MULTIPLES = 4


class TendernessLegend(QWidget):
    """The key to the tenderness marks, wrapped to the width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(
            translate(
                "Tenderness",
                "Key: solid line, before the holds; dashed, after; dotted, the easing line; "
                "ticks, practice days",
            )
        )
        self.setMinimumHeight(self._height())

    def sizeHint(self) -> QSize:
        return QSize(600, self._height())

    def _height(self) -> int:
        """Two lines of the key, accents and descenders included."""
        return math.ceil(line_room(QFontMetricsF(self.font())) * 2 + 12)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_tenderness_legend(
            painter,
            QPointF(2, baseline_below(2, QFontMetricsF(self.font()))),
            ChartInk.of(self.palette()),
            self.width() - 4,
        )
        painter.end()


class TendernessPanel(QWidget):
    # The spot shown large changed.
    spot_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("Tenderness", "Tenderness over time"))
        self._sessions: Sequence[SessionRecord] = ()
        self._practice_days: frozenset[date] = frozenset()
        self._today = date.today()
        self._day_start = time(0, 0)
        self._started: date | None = None
        self._stories: tuple[SpotStory, ...] = ()
        self._chosen: Spot | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        controls = QHBoxLayout()
        span_label = QLabel(translate("Tenderness", "&Over:"), self)
        self.span_box = QComboBox(self)
        self.span_box.setAccessibleName(translate("Tenderness", "How far back the charts look"))
        for span in Span:
            self.span_box.addItem(span.label, span)
        self.span_box.setCurrentIndex(0)
        span_label.setBuddy(self.span_box)
        spot_label = QLabel(translate("Tenderness", "S&pot:"), self)
        self.spot_box = QComboBox(self)
        self.spot_box.setAccessibleName(translate("Tenderness", "The spot shown large"))
        self.spot_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        spot_label.setBuddy(self.spot_box)
        controls.addWidget(span_label)
        controls.addWidget(self.span_box)
        controls.addSpacing(16)
        controls.addWidget(spot_label)
        controls.addWidget(self.spot_box)
        controls.addStretch(1)
        layout.addLayout(controls)

        self.legend = TendernessLegend(self)
        layout.addWidget(self.legend)
        self.chart = TendernessChart(self)
        self.chart.setMinimumHeight(200)
        layout.addWidget(self.chart)
        self.words = QLabel("", self)
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words.setAccessibleName(translate("Tenderness", "The trend in words"))
        layout.addWidget(self.words)

        self.most_worked = QLabel(translate("Tenderness", "The spots worked most"), self)
        layout.addWidget(self.most_worked)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.small: list[TendernessChart] = []
        for index in range(SMALL_MULTIPLES):
            small = TendernessChart(self)
            small.setMinimumSize(180, 140)
            small.activated.connect(self.show_spot)
            grid.addWidget(small, index // 2, index % 2)
            self.small.append(small)
        layout.addLayout(grid)

        self.span_box.currentIndexChanged.connect(self._recount)
        self.spot_box.currentIndexChanged.connect(self._spot_picked)
        self.setTabOrder(self.span_box, self.spot_box)
        self.setTabOrder(self.spot_box, self.chart)
        previous: QWidget = self.chart
        for small in self.small:
            self.setTabOrder(previous, small)
            previous = small
        self._recount()

    @property
    def span(self) -> Span:
        span = self.span_box.currentData()
        assert isinstance(span, Span)
        return span

    @property
    def stories(self) -> tuple[SpotStory, ...]:
        return self._stories

    def set_history(
        self,
        sessions: Sequence[SessionRecord],
        practice_days: frozenset[date],
        today: date,
        day_start: time,
        started: date | None = None,
    ) -> None:
        """Show `sessions` (oldest first) as of `today`; `started` is the
        practice date of the first session, before which no chart reaches."""
        self._sessions = sessions
        self._practice_days = practice_days
        self._today = today
        self._day_start = day_start
        self._started = started
        self._recount()

    def set_span(self, span: Span) -> None:
        self.span_box.setCurrentIndex(list(Span).index(span))

    @Slot(object)
    def show_spot(self, spot: object) -> None:
        """Show `spot` (area, side) large and put the keyboard on its chart."""
        for index in range(self.spot_box.count()):
            if self.spot_box.itemData(index) == spot:
                self.spot_box.setCurrentIndex(index)
                break
        else:
            # Not rated in this span: a longer span may have it.
            for span in Span:
                if span.days > self.span.days:
                    self.set_span(span)
                    if any(story.spot == spot for story in self._stories):
                        self.show_spot(spot)
                        return
        self.chart.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _recount(self) -> None:
        span = self.span
        first = span.first_day(self._today, self._started)
        ratings = spot_ratings(self._sessions, first, self._today, self._day_start)
        days = frozenset(day for day in self._practice_days if first <= day <= self._today)
        worked = dict.fromkeys(ratings, days)
        self._stories = stories(ratings, first, self._today, worked)
        chosen = self._chosen
        self.spot_box.blockSignals(True)
        self.spot_box.clear()
        for story in self._stories:
            self.spot_box.addItem(story.name, story.spot)
        spots = [story.spot for story in self._stories]
        if chosen not in spots:
            chosen = spots[0] if spots else None
        if chosen is not None:
            self.spot_box.setCurrentIndex(spots.index(chosen))
        self.spot_box.blockSignals(False)
        self.spot_box.setEnabled(bool(spots))
        self._show_chosen(chosen)
        for index, small in enumerate(self.small):
            shown = self._stories[index] if index < len(self._stories) else None
            small.set_story(shown)
            small.setVisible(shown is not None)
        self.most_worked.setVisible(len(self._stories) > 1)

    @Slot(int)
    def _spot_picked(self, index: int) -> None:
        spot = self.spot_box.itemData(index)
        self._show_chosen(spot)

    def _show_chosen(self, spot: object) -> None:
        story = next((s for s in self._stories if s.spot == spot), None)
        self._chosen = None if story is None else story.spot
        self.chart.set_story(story)
        self.chart.setVisible(story is not None)
        self.legend.setVisible(story is not None)
        if story is None:
            self.words.setText(
                translate(
                    "Tenderness",
                    "No spot was rated in this span. Rate a spot before and after its holds "
                    "to see here how it changes.",
                )
            )
        else:
            self.words.setText(self.chart.text_alternative())
        self.words.setAccessibleDescription(self.words.text())
        if story is not None:
            self.spot_changed.emit(story.spot)
