"""Date labels under a chart never run into each other, for any days.

With one day of data the first and last date are the same day, and with days
close together (or a narrow chart, or a long date in German) two labels want
the same room: the charts drew "30 Nov" over "30 Nov". Each chart is painted
here for any span of days and any width, in English and German, and the boxes
of the labels drawn under it must not meet.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter

from tests.ui.rendering import in_language
from unknot.core.areas import AreaId, Side
from unknot.core.progress import WeekTotal
from unknot.core.streaks import WeekPractice
from unknot.core.tenderness import DayRating, SpotStory
from unknot.ui.charts.axis_labels import place_labels
from unknot.ui.charts.consistency_renderer import paint_consistency
from unknot.ui.charts.ink import ChartInk
from unknot.ui.charts.tenderness_renderer import paint_tenderness
from unknot.ui.progress.week_chart import WeekChart

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

EXAMPLES = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
FIRST = date(2026, 11, 30)
LANGUAGES = st.sampled_from(["en", "de"])


def _overlaps(boxes: list[tuple[str, QRectF]]) -> list[str]:
    return [
        f"{a!r} {ra.getRect()} meets {b!r} {rb.getRect()}"
        for index, (a, ra) in enumerate(boxes)
        for b, rb in boxes[index + 1 :]
        if ra.intersects(rb)
    ]


class _Recorder:
    """The point-placed texts a painter draws, as (text, box of its advance)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.drawn: list[tuple[str, QRectF]] = []
        original = QPainter.drawText
        recorder = self

        def recording(painter: QPainter, *args: Any) -> Any:
            if len(args) == 2 and isinstance(args[0], QPointF) and isinstance(args[1], str):
                metrics = QFontMetricsF(painter.font())
                point, text = args
                box = QRectF(
                    point.x(),
                    point.y() - metrics.ascent(),
                    metrics.horizontalAdvance(text),
                    metrics.height(),
                )
                recorder.drawn.append((text, painter.transform().mapRect(box)))
            return original(painter, *args)

        monkeypatch.setattr(QPainter, "drawText", recording)

    def below(self, y: float) -> list[tuple[str, QRectF]]:
        return [(text, box) for text, box in self.drawn if box.top() >= y]


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> Iterator[_Recorder]:
    yield _Recorder(monkeypatch)


def _painter(width: int, height: int) -> tuple[QImage, QPainter]:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    font = QFont()
    font.setPixelSize(12)
    painter.setFont(font)
    return image, painter


@EXAMPLES
@given(
    texts=st.lists(st.text(min_size=1, max_size=14), min_size=1, max_size=8),
    marks=st.lists(st.floats(-50, 900, allow_nan=False), min_size=8, max_size=8),
    width=st.floats(10, 800, allow_nan=False),
)
def test_placed_labels_never_meet(
    qapp: object, texts: list[str], marks: list[float], width: float
) -> None:
    metrics = QFontMetricsF(QFont())
    placed = place_labels(list(zip(texts, marks, strict=False)), 20, 20 + width, 30, metrics)
    assert placed and placed[0].text == texts[0]
    assert len({label.text for label in placed}) == len(placed)
    assert not _overlaps([(label.text, label.rect) for label in placed])


@EXAMPLES
@given(
    span=st.integers(0, 400),
    offsets=st.lists(st.integers(0, 400), min_size=1, max_size=12),
    width=st.integers(120, 900),
    language=LANGUAGES,
)
def test_the_tenderness_chart_dates_never_meet(
    qapp: object,
    recorder: _Recorder,
    span: int,
    offsets: list[int],
    width: int,
    language: str,
) -> None:
    last = FIRST + timedelta(days=span)
    days = sorted({FIRST + timedelta(days=min(span, offset)) for offset in offsets})
    story = SpotStory(
        (AreaId.CALVES, Side.LEFT),
        FIRST,
        last,
        tuple(DayRating(day, 6, 4) for day in days),
        frozenset(days),
        None,
        None,
        None,
    )
    recorder.drawn.clear()
    with in_language(language):
        _image, painter = _painter(width, 200)
        layout = paint_tenderness(painter, story, QRectF(0, 0, width, 200), ChartInk.printed())
        painter.end()
    dates = recorder.below(layout.strip.bottom())
    assert dates
    assert not _overlaps(dates), _overlaps(dates)


@EXAMPLES
@given(
    weeks=st.integers(1, 12),
    in_progress=st.booleans(),
    width=st.integers(160, 900),
    language=LANGUAGES,
)
def test_the_consistency_chart_dates_never_meet(
    qapp: object, recorder: _Recorder, weeks: int, in_progress: bool, width: int, language: str
) -> None:
    shown = [
        WeekPractice(FIRST + timedelta(weeks=n), 3, 5, 1800.0, in_progress and n == weeks - 1)
        for n in range(weeks)
    ]
    recorder.drawn.clear()
    with in_language(language):
        _image, painter = _painter(width, 220)
        layout = paint_consistency(painter, shown, QRectF(0, 0, width, 220), ChartInk.printed())
        painter.end()
    bottom = max(layout.days_plot.bottom(), layout.minutes_plot.bottom())
    dates = recorder.below(bottom)
    assert dates
    assert not _overlaps(dates), _overlaps(dates)


@EXAMPLES
@given(weeks=st.integers(1, 12), width=st.integers(200, 900), language=LANGUAGES)
def test_the_week_chart_dates_never_meet(
    qtbot: QtBot, recorder: _Recorder, weeks: int, width: int, language: str
) -> None:
    with in_language(language):
        chart = WeekChart()
        qtbot.addWidget(chart)
        chart.resize(width, 220)
        chart.set_weeks([WeekTotal(FIRST + timedelta(weeks=n), 900.0, 3) for n in range(weeks)])
        recorder.drawn.clear()
        chart.grab()
    dates = recorder.below(chart._plot().bottom())
    assert dates
    assert not _overlaps(dates), _overlaps(dates)
