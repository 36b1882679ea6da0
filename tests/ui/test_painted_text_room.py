"""Painted text keeps its accents: every line a QPainter draws in the progress
page, the body map and the home screen's plan fits, tallest accent and deepest
descender included, inside the widget (and inside the box it is drawn in).

Every text is read in German with "ÄÖÜÉ" put before it, and every weekday and
month name with "Ü", so a baseline placed at `top + ascent`, or
a box exactly `QFontMetrics.height()` tall, cuts the dots off the umlauts and
is caught here (DejaVu Sans draws "Ü" above its ascent).
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QLocale, QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from tests.ui.body_map_helpers import interior_point
from tests.ui.render_progress import demo_view
from tests.ui.rendering import in_language
from unknot.core import translation
from unknot.ui.home.body_map import BodyMap
from unknot.ui.home.home_screen import HomeScreen

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

ACCENTS = "ÄÖÜÉ "


@dataclass(frozen=True)
class Cut:
    text: str
    ink: QRectF
    room: QRectF

    def __str__(self) -> str:
        ink, room = self.ink, self.room
        return (
            f"{self.text!r}: ink {ink.top():.1f}..{ink.bottom():.1f}, "
            f"room {room.top():.1f}..{room.bottom():.1f}"
        )


def _ink_of(painter: QPainter, args: tuple[Any, ...]) -> tuple[str, QRectF, QRectF | None] | None:
    """The text, its ink in the painter's coordinates and the box it must stay
    in (None: only the device), for the drawText forms Unknot uses."""
    metrics = QFontMetricsF(painter.font())
    if len(args) == 2 and isinstance(args[0], (QPointF, QPoint)):
        point, text = QPointF(args[0]), args[1]
        return text, metrics.tightBoundingRect(text).translated(point), None
    if len(args) == 3 and isinstance(args[0], (int, float)):
        point, text = QPointF(args[0], args[1]), args[2]
        return text, metrics.tightBoundingRect(text).translated(point), None
    if len(args) == 3 and isinstance(args[0], (QRectF, QRect)):
        box = QRectF(args[0])
        flags, text = args[1], args[2]
        if not isinstance(flags, int):
            flags = int(flags.value) if hasattr(flags, "value") else 0
        laid = painter.boundingRect(box, flags, text)
        lines = text.split("\n")
        first = metrics.tightBoundingRect(lines[0])
        last = metrics.tightBoundingRect(lines[-1])
        top = laid.top() + metrics.ascent() + first.top()
        bottom = laid.bottom() - metrics.descent() + last.bottom()
        ink = QRectF(laid.left(), top, laid.width(), bottom - top)
        keep = None if flags & int(Qt.TextFlag.TextDontClip.value) else box
        return text, ink, keep
    return None


def _accented_name(named: Any) -> Any:
    def accented(self: QLocale, *args: Any) -> str:
        return "Ü" + str(named(self, *args))

    return accented


@pytest.fixture
def painted_lines(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Cut]]:
    """Every line drawn while the test runs that does not fit, read in German
    with accents before every text."""
    cuts: list[Cut] = []
    original = QPainter.drawText

    def recording(self: QPainter, *args: Any) -> Any:
        found = _ink_of(self, args)
        if found is not None:
            text, ink, box = found
            device = self.device()
            whole = QRectF(0, 0, device.width(), device.height())
            seen = self.transform().mapRect(ink)
            if seen.top() < whole.top() or seen.bottom() > whole.bottom():
                cuts.append(Cut(text, seen, whole))
            elif box is not None and (ink.top() < box.top() or ink.bottom() > box.bottom()):
                cuts.append(Cut(text, ink, box))
        return original(self, *args)

    with in_language("de"):
        german = translation._backend

        def accented(context: str, source: str, disambiguation: str | None, n: int) -> str:
            text = german(context, source, disambiguation, n)
            return text if source in {"lower", "keep"} else ACCENTS + text

        translation.install_backend(accented)
        monkeypatch.setattr(QPainter, "drawText", recording)
        # Weekday and month names come from the locale, not from translate().
        for name in ("dayName", "monthName", "standaloneDayName", "standaloneMonthName"):
            named = getattr(QLocale, name)
            monkeypatch.setattr(QLocale, name, _accented_name(named))
        try:
            yield cuts
        finally:
            translation.install_backend(german)


@pytest.mark.parametrize("size", [QSize(900, 600), QSize(1200, 780)])
def test_the_progress_page_paints_accents_whole(
    qtbot: QtBot, painted_lines: list[Cut], size: QSize
) -> None:
    with (
        tempfile.TemporaryDirectory() as scratch,
        demo_view(Path(scratch) / "data", size=QSize(size.width(), 2400)) as view,
    ):
        view.show()
        qtbot.waitExposed(view)
        painted: list[QWidget] = [
            view.week_strip,
            view.calendar,
            view.chart,
            *view.findChildren(QWidget),
        ]
        for widget in painted:
            if widget.isVisible():
                widget.grab()
    assert not painted_lines, "\n".join(map(str, painted_lines))


def test_the_body_map_paints_accents_whole(qtbot: QtBot, painted_lines: list[Cut]) -> None:
    body_map = BodyMap()
    qtbot.addWidget(body_map)
    for width, height in ((300, 200), (520, 420)):
        body_map.resize(width, height)
        body_map.show()
        body_map.grab()
    assert not painted_lines, "\n".join(map(str, painted_lines))


def test_the_plan_list_paints_accents_whole(qtbot: QtBot, painted_lines: list[Cut]) -> None:
    home = HomeScreen()
    qtbot.addWidget(home)
    home.resize(900, 600)
    home.show()
    for region in ("back-calves-left", "back-shoulders-right"):
        point = interior_point(home.body_map.renderer.region_path(region)).toPoint()
        QTest.mouseClick(home.body_map, Qt.MouseButton.LeftButton, pos=point)
        home.picker.pick(6)
    assert home.plan_list.model().rowCount() == 2
    home.plan_list.viewport().grab()
    assert not painted_lines, "\n".join(map(str, painted_lines))
