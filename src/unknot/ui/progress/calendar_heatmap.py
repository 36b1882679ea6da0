"""A year of practice as a calendar: a cell a day, shaded by the minutes held.

Columns are weeks, oldest on the left, starting on the weekday the person chose;
rows are the days of the week. A rest day carries a small ring, today a frame.
The layout (where each cell is, which day a point falls on) lives in
`HeatmapLayout`, apart from the widget, so it can be tested and reused.

Keyboard: the arrows move a day (up, down) or a week (left, right); Page Up and
Page Down move four weeks; Home and End go to the first day and to today. R (or
the context menu) marks or unmarks the day as a rest day; Enter asks for the
day's sessions. The widget itself never writes: it emits what the person asked.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QMenu, QSizePolicy, QWidget

from unknot.core.formats import minutes_held
from unknot.core.progress import CALENDAR_WEEKS, SHADE_LEVELS, calendar_start, shade_level
from unknot.core.streaks import DAYS_IN_WEEK
from unknot.core.translation import QT_TRANSLATE_NOOP, translate
from unknot.ui.charts.painted_chart import PaintedChart
from unknot.ui.shared import practice_colours as colours
from unknot.ui.shared.dates import day_label, month_short, weekday_short
from unknot.ui.shared.text_ink import ink_ascent, line_room

# Marked for the translation files, translated where shown.
MARK_REST = QT_TRANSLATE_NOOP("CalendarHeatmap", "Mark as a rest day")
UNMARK_REST = QT_TRANSLATE_NOOP("CalendarHeatmap", "Remove the rest-day mark")


@dataclass(frozen=True)
class HeatmapLayout:
    """Where the cells of a calendar of `weeks` columns go."""

    first_day: date
    weeks: int
    left: float
    top: float
    cell: float
    gap: float

    @property
    def step(self) -> float:
        return self.cell + self.gap

    def day_at(self, column: int, row: int) -> date:
        return self.first_day + timedelta(days=column * DAYS_IN_WEEK + row)

    def place_of(self, day: date) -> tuple[int, int] | None:
        offset = (day - self.first_day).days
        if not 0 <= offset < self.weeks * DAYS_IN_WEEK:
            return None
        return divmod(offset, DAYS_IN_WEEK)

    def cell_rect(self, column: int, row: int) -> QRectF:
        return QRectF(
            self.left + column * self.step, self.top + row * self.step, self.cell, self.cell
        )

    def rect_of(self, day: date) -> QRectF | None:
        place = self.place_of(day)
        return None if place is None else self.cell_rect(*place)

    def day_under(self, point: QPointF) -> date | None:
        x = point.x() - self.left
        y = point.y() - self.top
        if x < 0 or y < 0:
            return None
        column, within_x = divmod(x, self.step)
        row, within_y = divmod(y, self.step)
        if within_x > self.cell or within_y > self.cell:
            return None  # in the gap between cells
        if column >= self.weeks or row >= DAYS_IN_WEEK:
            return None
        return self.day_at(int(column), int(row))

    @property
    def grid_width(self) -> float:
        return self.weeks * self.step - self.gap

    @property
    def grid_bottom(self) -> float:
        return self.top + DAYS_IN_WEEK * self.step - self.gap


class CalendarHeatmap(PaintedChart):
    # The day the keyboard (or a click) is on.
    current_day_changed = Signal(object)
    # (day, rest): the person asked to mark (True) or unmark (False) a rest day.
    rest_day_requested = Signal(object, bool)
    # Enter or a double click on a day.
    day_activated = Signal(object)

    MIN_CELL = 9.0
    MAX_CELL = 17.0
    GAP = 3.0

    def __init__(self, parent: QWidget | None = None, *, weeks: int = CALENDAR_WEEKS) -> None:
        super().__init__(parent)
        self._weeks = weeks
        self._today = date.today()
        self._week_start = 1
        self._seconds: Mapping[date, float] = {}
        self._rest: frozenset[date] = frozenset()
        self._current = self._today
        self._hovered: date | None = None
        self._describe: Callable[[date], str] = self._plain_description
        # Why rest days cannot be marked (a read-only history), or None.
        self._rest_locked: str | None = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(
            translate("CalendarHeatmap", "Practice calendar of the last twelve months")
        )
        self._update_description()

    # -- data -----------------------------------------------------------------------

    def set_data(
        self,
        today: date,
        week_start: int,
        seconds_by_day: Mapping[date, float],
        rest_days: frozenset[date],
    ) -> None:
        moved_today = today != self._today
        self._today = today
        self._week_start = week_start
        self._seconds = seconds_by_day
        self._rest = rest_days
        if moved_today or self.layout_now().place_of(self._current) is None:
            self._current = today
        self._update_description()
        self.updateGeometry()
        self.update()

    def set_describer(self, describe: Callable[[date], str]) -> None:
        """What the tooltip and screen readers say about a day."""
        self._describe = describe
        self._update_description()

    @property
    def today(self) -> date:
        return self._today

    @property
    def current_day(self) -> date:
        return self._current

    def set_current_day(self, day: date) -> None:
        first = self.layout_now().first_day
        last = self.last_day
        day = min(max(day, first), last)
        if day == self._current:
            return
        self._current = day
        self._update_description()
        self.update()
        self.current_day_changed.emit(day)

    @property
    def last_day(self) -> date:
        """The end of the week that holds today: the last cell."""
        return self.layout_now().day_at(self._weeks - 1, DAYS_IN_WEEK - 1)

    def is_rest_day(self, day: date) -> bool:
        return day in self._rest

    def describe(self, day: date) -> str:
        return self._describe(day)

    # -- geometry -------------------------------------------------------------------

    def _label_width(self) -> float:
        metrics = QFontMetricsF(self.font())
        return max(metrics.horizontalAdvance(weekday_short(day)) for day in range(1, 8)) + 8

    def _label_height(self) -> float:
        # The month names' line, umlauts included ("Mär."), and a gap to the cells.
        return line_room(QFontMetricsF(self.font())) + 6

    def layout_now(self) -> HeatmapLayout:
        left = self._label_width()
        room = (self.width() - left - 2) / self._weeks - self.GAP
        cell = max(self.MIN_CELL, min(self.MAX_CELL, room))
        return HeatmapLayout(
            first_day=calendar_start(self._today, self._week_start, self._weeks),
            weeks=self._weeks,
            left=left,
            top=self._label_height(),
            cell=cell,
            gap=self.GAP,
        )

    def _legend_height(self) -> float:
        return line_room(QFontMetricsF(self.font())) + 12

    def sizeHint(self) -> QSize:
        step = self.MAX_CELL + self.GAP
        width = self._label_width() + self._weeks * step + 2
        height = self._label_height() + DAYS_IN_WEEK * step + self._legend_height()
        return QSize(int(width), int(height))

    def minimumSizeHint(self) -> QSize:
        step = self.MIN_CELL + self.GAP
        width = self._label_width() + self._weeks * step + 2
        height = self._label_height() + DAYS_IN_WEEK * (self.MAX_CELL + self.GAP)
        return QSize(int(width), int(height + self._legend_height()))

    # -- painting -------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        layout = self.layout_now()
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_labels(painter, layout, palette)
        self._paint_cells(painter, layout, palette)
        self._paint_legend(painter, layout, palette)
        painter.end()

    def month_labels(self) -> list[tuple[float, str]]:
        """Each month's short name and the x it starts at, over the column of its
        first day: moved left to end at the widget's edge where it would be cut
        ("De" for "Dec" when December starts in the last week), and where two
        would run into each other the later month kept."""
        layout = self.layout_now()
        metrics = QFontMetricsF(self.font())
        wanted: list[tuple[float, str]] = []
        for column in range(layout.weeks):
            week_days = [layout.day_at(column, row) for row in range(DAYS_IN_WEEK)]
            firsts = [day for day in week_days if day.day == 1]
            if column == 0 and not firsts:
                # The first column names its month unless one starts right after.
                firsts = [week_days[0]] if week_days[-1].day > 14 else []
            if not firsts:
                continue
            text = month_short(firsts[0].month)
            x = layout.left + column * layout.step
            wanted.append((min(x, self.width() - metrics.horizontalAdvance(text) - 1), text))
        kept: list[tuple[float, str]] = []
        # No gap needed after the last one: the widget's edge.
        next_start = float(self.width()) + 4
        for x, text in reversed(wanted):
            if x + metrics.horizontalAdvance(text) + 4 <= next_start:
                kept.append((x, text))
                next_start = x
        return kept[::-1]

    def _paint_labels(self, painter: QPainter, layout: HeatmapLayout, palette: QPalette) -> None:
        painter.setPen(colours.muted(palette))
        metrics = QFontMetricsF(self.font())
        baseline = 1 + ink_ascent(metrics)
        for x, text in self.month_labels():
            painter.drawText(QPointF(x, baseline), text)
        for row in range(0, DAYS_IN_WEEK, 2):
            weekday = (self._week_start - 1 + row) % DAYS_IN_WEEK
            rect = layout.cell_rect(0, row)
            y = rect.center().y() + metrics.capHeight() / 2
            painter.drawText(QPointF(0, y), weekday_short(weekday + 1))

    def _paint_cells(self, painter: QPainter, layout: HeatmapLayout, palette: QPalette) -> None:
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = colours.muted(palette)
        faint = colours.faint(palette, 0.25)
        radius = max(2.0, layout.cell * 0.2)
        for column in range(layout.weeks):
            for row in range(DAYS_IN_WEEK):
                day = layout.day_at(column, row)
                rect = layout.cell_rect(column, row)
                if day > self._today:
                    # Days to come: an outline only.
                    painter.setPen(QPen(faint, 1))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
                else:
                    level = shade_level(self._seconds.get(day, 0.0))
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(colours.shade(palette, level))
                    painter.drawRoundedRect(rect, radius, radius)
                if day in self._rest:
                    painter.setPen(QPen(muted if day > self._today else text, 1.4))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    ring = layout.cell * 0.22
                    painter.drawEllipse(rect.center(), ring, ring)
        today_rect = layout.rect_of(self._today)
        if today_rect is not None:
            painter.setPen(QPen(text, 1.6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(today_rect.adjusted(-1.5, -1.5, 1.5, 1.5), radius, radius)
        if self._hovered is not None and (hover := layout.rect_of(self._hovered)) is not None:
            painter.setPen(QPen(muted, 1))
            painter.drawRoundedRect(hover.adjusted(-1, -1, 1, 1), radius, radius)
        if self.hasFocus() and (focus := layout.rect_of(self._current)) is not None:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2.4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(focus.adjusted(-2.5, -2.5, 2.5, 2.5), radius + 1, radius + 1)

    def _paint_legend(self, painter: QPainter, layout: HeatmapLayout, palette: QPalette) -> None:
        metrics = QFontMetricsF(self.font())
        cell = min(layout.cell, 12.0)
        y = layout.grid_bottom + 10
        text_y = y + cell / 2 + metrics.capHeight() / 2
        painter.setPen(colours.muted(palette))
        x = layout.left
        less, more = translate("CalendarHeatmap", "Less"), translate("CalendarHeatmap", "More")
        painter.drawText(QPointF(x, text_y), less)
        x += metrics.horizontalAdvance(less) + 6
        for level in range(SHADE_LEVELS):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.shade(palette, level))
            painter.drawRoundedRect(QRectF(x, y, cell, cell), 2, 2)
            x += cell + 3
        painter.setPen(colours.muted(palette))
        painter.drawText(QPointF(x + 3, text_y), more)
        x += metrics.horizontalAdvance(more) + 24
        painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 1.4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(x + cell / 2, y + cell / 2), cell * 0.22, cell * 0.22)
        painter.setPen(colours.muted(palette))
        rest_day = translate("CalendarHeatmap", "rest day")
        painter.drawText(QPointF(x + cell + 5, text_y), rest_day)
        x += cell + 5 + metrics.horizontalAdvance(rest_day) + 20
        painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 1.6))
        painter.drawRoundedRect(QRectF(x, y, cell, cell), 2, 2)
        painter.setPen(colours.muted(palette))
        today = translate("CalendarHeatmap", "today")
        painter.drawText(QPointF(x + cell + 5, text_y), today)
        x += cell + 5 + metrics.horizontalAdvance(today) + 20
        hint = (
            translate(
                "CalendarHeatmap",
                "Enter: the day's sessions · rest days cannot be marked (read-only)",
            )
            if self._rest_locked is not None
            else translate(
                "CalendarHeatmap", "R or right-click: mark a rest day · Enter: the day's sessions"
            )
        )
        painter.drawText(QPointF(x, text_y), hint)

    def lock_rest_days(self, reason: str) -> None:
        """Rest days can no longer be marked: the menu's entry is disabled with
        `reason` as its tooltip, R does nothing and the legend says so."""
        self._rest_locked = reason
        self.update()

    # -- input ----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        moves = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Left: -DAYS_IN_WEEK,
            Qt.Key.Key_Right: DAYS_IN_WEEK,
            Qt.Key.Key_PageUp: -4 * DAYS_IN_WEEK,
            Qt.Key.Key_PageDown: 4 * DAYS_IN_WEEK,
        }
        if key in moves:
            self.set_current_day(self._current + timedelta(days=moves[Qt.Key(key)]))
        elif key == Qt.Key.Key_Home:
            self.set_current_day(self.layout_now().first_day)
        elif key == Qt.Key.Key_End:
            self.set_current_day(self._today)
        elif key == Qt.Key.Key_R and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.toggle_rest_day(self._current)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.day_activated.emit(self._current)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def toggle_rest_day(self, day: date) -> None:
        if self._rest_locked is None:
            self.rest_day_requested.emit(day, day not in self._rest)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.layout_now().day_under(event.position())
        if day is not None and day <= self.last_day:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.set_current_day(day)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        day = self.layout_now().day_under(event.position())
        if day is not None:
            self.day_activated.emit(day)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        day = self.layout_now().day_under(event.position())
        if day != self._hovered:
            self._hovered = day
            self.update()

    def leaveEvent(self, event: QEvent) -> None:
        self._hovered = None
        self.update()
        super().leaveEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        layout = self.layout_now()
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            day = layout.day_under(QPointF(event.pos()))
            if day is None:
                return
            self.set_current_day(day)
            where = event.globalPos()
        else:
            day = self._current
            rect = layout.rect_of(day)
            local = rect.center().toPoint() if rect is not None else QPoint(0, 0)
            where = self.mapToGlobal(local)
        menu = self.rest_day_menu(day)
        menu.exec(where)

    def rest_day_menu(self, day: date) -> QMenu:
        menu = QMenu(self)
        menu.setAccessibleName(
            translate("CalendarHeatmap", "Actions for {day}").format(day=day_label(day))
        )
        resting = day in self._rest
        action = menu.addAction(translate("CalendarHeatmap", UNMARK_REST if resting else MARK_REST))
        action.triggered.connect(lambda: self.rest_day_requested.emit(day, not resting))
        if self._rest_locked is not None:
            action.setEnabled(False)
            action.setToolTip(self._rest_locked)
            menu.setToolTipsVisible(True)
        sessions = menu.addAction(translate("CalendarHeatmap", "Show the day's sessions"))
        sessions.triggered.connect(lambda: self.day_activated.emit(day))
        return menu

    def tip_at(self, point: QPointF) -> str | None:
        day = self.layout_now().day_under(point)
        if day is None or day > self.last_day:
            return None
        return self._describe(day)

    # -- words ----------------------------------------------------------------------

    def _update_description(self) -> None:
        # The day the keyboard is on first (it changes as the arrows move), then
        # what the whole picture shows.
        self.setAccessibleDescription(f"{self._describe(self._current)}. {self.summary()}")

    def summary(self) -> str:
        """The calendar in words: the days with practice and the rest days it shows."""
        first, last = self.layout_now().first_day, self.last_day
        practised = sum(
            1 for day, held in self._seconds.items() if held > 0 and first <= day <= last
        )
        rest = sum(1 for day in self._rest if first <= day <= last)
        return " ".join(
            (
                translate(
                    "Calendar", "%n day(s) with practice in these twelve months.", None, practised
                ),
                translate("Calendar", "%n rest day(s).", None, rest),
            )
        )

    def _plain_description(self, day: date) -> str:
        seconds = self._seconds.get(day, 0.0)
        parts = [day_label(day)]
        if day == self._today:
            parts.append(translate("CalendarHeatmap", "today"))
        if seconds > 0:
            parts.append(
                translate("CalendarHeatmap", "{minutes} min held").format(
                    minutes=minutes_held(seconds)
                )
            )
        elif day <= self._today:
            parts.append(translate("CalendarHeatmap", "no practice"))
        if day in self._rest:
            parts.append(translate("CalendarHeatmap", "rest day"))
        return ", ".join(parts)
