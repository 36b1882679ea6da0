"""The tenderness and consistency charts: drawn by plain renderers into an
image in the light and the dark palette (and the printed ink), checked
against the history they show; and the widgets over them, by keyboard."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from tests.ui.rendering import palettes
from unknot.core.areas import AreaId, Side
from unknot.core.progress import halves, trend_of
from unknot.core.tenderness import DayRating, SpotStory, WeekPractice, spot_story
from unknot.ui.charts.chart_widgets import ConsistencyChart, TendernessChart
from unknot.ui.charts.consistency_renderer import paint_consistency
from unknot.ui.charts.ink import ChartInk
from unknot.ui.charts.painted_chart import PaintedChart
from unknot.ui.charts.tenderness_renderer import paint_tenderness
from unknot.ui.progress.calendar_heatmap import CalendarHeatmap
from unknot.ui.progress.week_chart import WeekChart

FIRST = date(2026, 2, 1)
LAST = FIRST + timedelta(days=41)
INKS = [(name, ChartInk.of(palette)) for name, palette in palettes()] + [
    ("print", ChartInk.printed())
]


def _story() -> SpotStory:
    ratings = [(7, 5), (7, None), (6, 4), (None, 3), (4, 2), (3, 2)]
    days = tuple(
        DayRating(FIRST + timedelta(days=7 * i), before, after)
        for i, (before, after) in enumerate(ratings)
    )
    practice = frozenset(FIRST + timedelta(days=7 * i + k) for i in range(6) for k in (0, 2))
    story = spot_story((AreaId.NECK, Side.LEFT), {}, FIRST, LAST, practice)
    # Built from day ratings directly: the story's numbers as the core counts them.
    befores = [float(d.before) for d in days if d.before is not None]
    split = halves(befores)
    assert split is not None
    return SpotStory(
        story.spot, FIRST, LAST, days, story.practice_days, split[0], split[1], trend_of(*split)
    )


def _image(size: tuple[int, int], ink: ChartInk) -> tuple[QImage, QPainter]:
    image = QImage(size[0], size[1], QImage.Format.Format_ARGB32)
    image.fill(ink.background)
    painter = QPainter(image)
    font = QFont()
    font.setPixelSize(12)
    painter.setFont(font)
    return image, painter


def _near(image: QImage, point: QPointF, colour: QColor, reach: int = 2) -> bool:
    """Whether `colour` is painted within `reach` pixels of `point`."""
    for dx in range(-reach, reach + 1):
        for dy in range(-reach, reach + 1):
            found = image.pixelColor(int(point.x()) + dx, int(point.y()) + dy)
            if (
                abs(found.red() - colour.red())
                + abs(found.green() - colour.green())
                + abs(found.blue() - colour.blue())
                < 40
            ):
                return True
    return False


@pytest.mark.parametrize(("name", "ink"), INKS, ids=[name for name, _ in INKS])
@pytest.mark.parametrize("size", [(900, 600), (1600, 1000), (260, 160)])
def test_the_tenderness_chart_shows_each_rating_where_the_history_puts_it(
    qtbot: QtBot, name: str, ink: ChartInk, size: tuple[int, int]
) -> None:
    story = _story()
    image, painter = _image(size, ink)
    plot = paint_tenderness(painter, story, QRectF(0, 0, *size), ink)
    painter.end()
    # Every rating, before and after, has its mark, at the height of its value.
    assert [(day, value) for day, value, _ in plot.before] == [
        (d.day, d.before) for d in story.days if d.before is not None
    ]
    assert [(day, value) for day, value, _ in plot.after] == [
        (d.day, d.after) for d in story.days if d.after is not None
    ]
    for day, value, point in plot.before + plot.after:
        assert point.x() == pytest.approx(plot.x_of(day))
        assert point.y() == pytest.approx(plot.y_of(value))
        assert plot.plot.contains(point)
    for _, _, point in plot.before:
        assert _near(image, point, ink.before), (name, point)
    # A day with only an after is drawn, and only as an after.
    only_after = FIRST + timedelta(days=21)
    assert only_after not in [day for day, _, _ in plot.before]
    # Every practice day has its tick, left to right in date order.
    assert [day for day, _ in plot.practice] == sorted(story.practice_days)
    assert all(plot.strip.left() <= x <= plot.strip.right() for _, x in plot.practice)
    # The easing line is at the method's threshold from where the spot began.
    assert story.easing_line is not None
    assert plot.easing_y is not None
    assert plot.easing_y == pytest.approx(plot.y_of(story.easing_line))
    assert plot.plot.top() < plot.easing_y < plot.plot.bottom()


def _weeks() -> tuple[WeekPractice, ...]:
    start = date(2026, 1, 5)
    shape = [(5, 5, 3000.0), (2, 5, 600.0), (0, 5, 0.0), (3, 3, 1800.0), (7, 5, 4200.0)]
    weeks = [
        WeekPractice(start + timedelta(days=7 * i), days, needed, seconds, False)
        for i, (days, needed, seconds) in enumerate(shape)
    ]
    weeks.append(WeekPractice(start + timedelta(days=35), 1, 5, 300.0, True))
    return tuple(weeks)


@pytest.mark.parametrize(("name", "ink"), INKS, ids=[name for name, _ in INKS])
@pytest.mark.parametrize("size", [(900, 600), (1600, 1000), (420, 180)])
def test_the_consistency_chart_shows_each_week_against_its_goal(
    qtbot: QtBot, name: str, ink: ChartInk, size: tuple[int, int]
) -> None:
    weeks = _weeks()
    image, painter = _image(size, ink)
    plot = paint_consistency(painter, weeks, QRectF(0, 0, *size), ink)
    painter.end()
    days = plot.days_plot
    for week, bar, goal_y, minutes in zip(
        weeks, plot.day_bars, plot.goal_ys, plot.minute_bars, strict=True
    ):
        assert bar.height() == pytest.approx(days.height() * week.practice_days / 7)
        assert goal_y == pytest.approx(days.bottom() - days.height() * week.needed / 7)
        assert minutes.height() == pytest.approx(
            plot.minutes_plot.height() * week.minutes / plot.top_minutes
        )
        if bar.height() > 8:
            centre = image.pixelColor(bar.center().toPoint())
            filled = centre == ink.practice
            # A week that met its goal is filled; one that did not is hollow.
            assert filled == (week.goal_met and not week.in_progress), (name, week)
    # Bars go left to right, oldest first, and the minutes bars line up with them.
    lefts = [bar.left() for bar in plot.day_bars]
    assert lefts == sorted(lefts)
    assert plot.top_minutes >= max(week.minutes for week in weeks)


def test_printed_ink_is_grey_only() -> None:
    ink = ChartInk.printed()
    for colour in (ink.text, ink.before, ink.after, ink.practice, ink.easing, ink.grid):
        assert colour.red() == colour.green() == colour.blue()


def test_the_painted_charts_share_one_base() -> None:
    for chart in (WeekChart, CalendarHeatmap, TendernessChart, ConsistencyChart):
        assert issubclass(chart, PaintedChart)
    # The focus and tooltip code lives in the base only.
    for chart in (WeekChart, CalendarHeatmap, TendernessChart, ConsistencyChart):
        for method in ("focusInEvent", "focusOutEvent", "event"):
            assert method not in vars(chart), (chart.__name__, method)


@pytest.mark.parametrize(("name", "palette"), palettes(), ids=[n for n, _ in palettes()])
def test_the_tenderness_widget_steps_through_days_by_keyboard(
    qtbot: QtBot, name: str, palette: QPalette
) -> None:
    holder = QWidget()
    holder.setPalette(palette)
    qtbot.addWidget(holder)
    chart = TendernessChart(holder)
    chart.resize(900, 600)
    story = _story()
    chart.set_story(story)
    holder.show()
    chart.setFocus()
    assert chart.focusPolicy() == Qt.FocusPolicy.StrongFocus
    # It starts on the latest day, and says its ratings and the trend.
    assert "3 before the holds, 2 after" in chart.accessibleDescription()
    assert "easing" in chart.accessibleDescription()
    QTest.keyClick(chart, Qt.Key.Key_Home)
    assert chart.current_index() == 0
    assert "7 before the holds, 5 after" in chart.accessibleDescription()
    QTest.keyClick(chart, Qt.Key.Key_Right)
    assert "7 before the holds, - after" in chart.accessibleDescription()
    QTest.keyClick(chart, Qt.Key.Key_End)
    assert chart.current_index() == len(story.days) - 1
    with qtbot.waitSignal(chart.activated) as activated:
        QTest.keyClick(chart, Qt.Key.Key_Return)
    assert activated.args == [story.spot]
    grabbed = chart.grab().toImage()
    assert grabbed.width() >= 900


def test_the_consistency_widget_says_each_week(qtbot: QtBot) -> None:
    chart = ConsistencyChart()
    qtbot.addWidget(chart)
    chart.resize(900, 240)
    chart.set_weeks(_weeks())
    chart.show()
    assert "This week so far: 1 of 5" in chart.accessibleDescription()
    assert "goal was met in 3 of 5 full weeks" in chart.accessibleDescription()
    QTest.keyClick(chart, Qt.Key.Key_Home)
    assert "goal met" in chart.accessibleDescription()
    QTest.keyClick(chart, Qt.Key.Key_Right)
    assert "goal not met" in chart.accessibleDescription()
    plot = chart.layout_now()
    assert chart.tip_at(plot.day_bars[3].center()) is not None
    assert "Week of" in (chart.tip_at(plot.minute_bars[0].center()) or "")


@pytest.mark.parametrize("extra", [0, 7, 30, 200])
def test_month_names_are_never_cut_nor_run_together(qtbot: QtBot, extra: int) -> None:
    """Whatever day it is, every month name shown over the calendar ends inside
    it and keeps apart from the next; the month of today is always named."""
    from PySide6.QtGui import QFontMetricsF

    from unknot.ui.progress.calendar_heatmap import CalendarHeatmap
    from unknot.ui.shared.dates import month_short

    calendar = CalendarHeatmap()
    qtbot.add_widget(calendar)
    width = calendar.minimumSizeHint().width() + extra
    calendar.resize(width, calendar.sizeHint().height())
    metrics = QFontMetricsF(calendar.font())
    first = date(2026, 1, 1)
    for offset in range(0, 366, 2):
        today = first + timedelta(days=offset)
        calendar.set_data(today, 1, {}, frozenset())
        labels = calendar.month_labels()
        ends = [x + metrics.horizontalAdvance(text) for x, text in labels]
        assert all(end <= width for end in ends), today
        assert all(end + 2 <= later for end, (later, _) in zip(ends, labels[1:], strict=False)), (
            today
        )
        # The newest month is named: today's, or the next one's where it starts
        # later in this week.
        newest = {month_short(today.month), month_short(calendar.last_day.month)}
        if today.day >= 7:
            assert labels[-1][1] in newest, today
