"""The countdown ring: mm:ss from what is left, drawn without a window."""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, QRect, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPalette, QRegion
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from unknot.ui.session.countdown_ring import (
    CountdownRing,
    RingGeometry,
    RingPhase,
    RingRenderer,
    RingState,
    clock_text,
)


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (300, "05:00"),
        (120, "02:00"),
        (119.2, "02:00"),
        (59.0, "00:59"),
        (0.1, "00:01"),
        (0, "00:00"),
    ],
)
def test_the_clock_rounds_up_to_the_whole_second(seconds: float, text: str) -> None:
    assert clock_text(seconds) == text


@pytest.mark.parametrize("phase", list(RingPhase))
def test_the_renderer_draws_every_phase(phase: RingPhase, qtbot: QtBot) -> None:
    image = QImage(240, 240, QImage.Format.Format_ARGB32)
    background = QColor("white")
    image.fill(background)
    painter = QPainter(image)
    RingRenderer().paint(
        painter, QRectF(0, 0, 240, 240), QPalette(), RingState(45, 120, phase, "left"), 0.5
    )
    painter.end()
    # The ring's top (the arc starts at twelve o'clock) is drawn.
    assert image.pixelColor(120, 21) != background
    # And the digits in the middle.
    inked = sum(image.pixelColor(x, 120) != background for x in range(60, 180))
    assert inked > 0


def test_the_pulse_only_runs_where_it_can_be_seen(qtbot: QtBot) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.start_pulse()
    assert not ring.pulsing


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_hiding_the_ring_stops_its_pulse(qtbot: QtBot) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.show()
    qtbot.waitExposed(ring)
    ring.start_pulse()
    assert ring.pulsing
    ring.hide()
    assert not ring.pulsing


# -- a tick repaints only what it changed ---------------------------------------------


class _SpyRing(CountdownRing):
    """Records the region of every paint event."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.painted: list[QRegion] = []

    def paintEvent(self, event: QPaintEvent) -> None:
        self.painted.append(QRegion(event.region()))
        super().paintEvent(event)


class _SpyParent(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1
        super().paintEvent(event)


def _area(region: QRegion) -> int:
    return sum(rect.width() * rect.height() for rect in cast(Iterable[QRect], region))


def _shown_ring(qtbot: QtBot, state: RingState) -> tuple[_SpyParent, _SpyRing]:
    parent = _SpyParent()
    qtbot.addWidget(parent)
    layout = QVBoxLayout(parent)
    ring = _SpyRing(parent)
    layout.addWidget(ring)
    parent.resize(600, 560)
    ring.set_state(state)
    parent.show()
    qtbot.waitExposed(parent)
    qtbot.waitUntil(lambda: bool(ring.painted))
    return parent, ring


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_a_tick_repaints_the_digits_and_the_arc_end_only(qtbot: QtBot) -> None:
    parent, ring = _shown_ring(qtbot, RingState(100.2, 120, RingPhase.RUNNING, "left"))
    parent.paints = 0
    ring.painted.clear()

    ring.set_state(RingState(99.2, 120, RingPhase.RUNNING, "left"))
    qtbot.waitUntil(lambda: bool(ring.painted))
    qtbot.wait(20)

    assert parent.paints == 0  # the ring is opaque: nothing behind it is painted
    assert len(ring.painted) == 1
    region = ring.painted[0]
    # A small part of the ring: the digits and a short piece of arc.
    assert _area(region) < 0.25 * ring.width() * ring.height()
    shape = RingGeometry.of(QRectF(ring.rect()))
    assert region.contains(shape.digits.center().toPoint())
    # The caption under the digits and the far side of the ring stay as they were.
    assert not region.contains(shape.caption.center().toPoint())
    assert not region.contains(QPoint(round(shape.ring.center().x()), round(shape.ring.bottom())))


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_a_change_of_phase_repaints_the_whole_ring(qtbot: QtBot) -> None:
    _, ring = _shown_ring(qtbot, RingState(60, 120, RingPhase.RUNNING, "left"))
    ring.painted.clear()
    ring.set_state(RingState(60, 120, RingPhase.PAUSED, "paused"))
    qtbot.waitUntil(lambda: bool(ring.painted))
    assert ring.painted[0].contains(ring.rect())


def _rendered(state: RingState, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    RingRenderer().paint(painter, QRectF(0, 0, size, size), QPalette(), state)
    painter.end()
    return image


@settings(max_examples=40, deadline=None)
@given(
    planned=st.integers(min_value=5, max_value=300),
    remaining=st.floats(min_value=0, max_value=300),
    step=st.floats(min_value=0.01, max_value=30),
    size=st.integers(min_value=180, max_value=420),
)
def test_every_pixel_a_change_of_time_alters_is_repainted(
    qapp: QApplication, planned: int, remaining: float, step: float, size: int
) -> None:
    """Whatever the size and the change of time left, the region a tick repaints
    holds every pixel that differs between the two states drawn whole."""
    remaining = min(remaining, planned)
    before = RingState(remaining, planned, RingPhase.RUNNING, "left")
    after = RingState(max(0.0, remaining - step), planned, RingPhase.RUNNING, "left")
    ring = CountdownRing()
    ring.resize(size, size)
    region = ring.changed_region(before, after)
    # The old picture with only the region repainted must be the new picture.
    repainted = _rendered(before, size)
    painter = QPainter(repainted)
    painter.setClipRegion(region)
    painter.drawImage(0, 0, _rendered(after, size))
    painter.end()
    assert repainted == _rendered(after, size)
    ring.deleteLater()


def _on_screen(ring: CountdownRing) -> QImage:
    """What the window system was last given for the ring: its backing store."""
    for _ in range(5):
        QApplication.processEvents()
    return ring.screen().grabWindow(ring.winId()).toImage()


@settings(max_examples=30, deadline=None)
@given(
    planned=st.integers(min_value=5, max_value=300),
    remaining=st.floats(min_value=0, max_value=300),
    step=st.floats(min_value=0.01, max_value=30),
    width=st.integers(min_value=180, max_value=520),
    height=st.integers(min_value=180, max_value=520),
)
def test_a_tick_on_screen_shows_what_a_whole_repaint_shows(
    qapp: QApplication, planned: int, remaining: float, step: float, width: int, height: int
) -> None:
    """The widget's own paint of a tick (only the changed region, drawing only
    the arc pieces and texts that reach it) leaves on screen exactly what
    repainting the whole ring leaves."""
    remaining = min(remaining, planned)
    ring = CountdownRing()
    ring.resize(width, height)
    ring.set_state(RingState(remaining, planned, RingPhase.RUNNING, "left"))
    ring.show()
    _on_screen(ring)
    ring.set_state(RingState(max(0.0, remaining - step), planned, RingPhase.RUNNING, "left"))
    ticked = _on_screen(ring)
    ring.repaint()
    assert ticked == _on_screen(ring)
    ring.close()
    ring.deleteLater()


@settings(max_examples=60, deadline=None)
@given(
    planned=st.integers(min_value=5, max_value=300),
    remaining=st.floats(min_value=0, max_value=300),
    size=st.integers(min_value=180, max_value=420),
    boxes=st.lists(
        st.tuples(
            st.floats(min_value=-0.1, max_value=1.0),
            st.floats(min_value=-0.1, max_value=1.0),
            st.floats(min_value=0.005, max_value=0.8),
            st.floats(min_value=0.005, max_value=0.8),
        ),
        min_size=1,
        max_size=3,
    ),
)
def test_any_part_repainted_alone_matches_the_whole_ring(
    qapp: QApplication,
    planned: int,
    remaining: float,
    size: int,
    boxes: list[tuple[float, float, float, float]],
) -> None:
    """Whatever part of the ring the window system asks for again (a tick, a
    window moved away, a tooltip gone), painting only that part, with only the
    pieces of arc that reach it, gives the pixels of the whole ring.
    Text cut by the edge of such a part may come out a shade apart (Qt draws a
    glyph that a clip cuts another way); a missing piece of arc is
    far more."""
    state = RingState(min(remaining, planned), planned, RingPhase.RUNNING, "left")
    whole = _rendered(state, size)
    region = QRegion()
    for x, y, w, h in boxes:
        region += QRectF(x * size, y * size, w * size, h * size).toAlignedRect()
    image = QImage(whole)
    painter = QPainter(image)
    painter.setClipRegion(region)
    rects = [QRectF(rect) for rect in cast(Iterable[QRect], region)]
    for piece in rects:
        painter.fillRect(piece, QColor("white"))
    renderer = RingRenderer()
    frame = QRectF(0, 0, size, size)
    renderer.paint_track(painter, frame, QPalette())
    renderer.paint_state(painter, frame, QPalette(), state, dirty=rects)
    painter.end()
    assert _max_difference(image, whole) <= 2


def _max_difference(one: QImage, other: QImage) -> int:
    """The largest difference of any channel of any pixel, 0-255."""
    assert one.size() == other.size()
    first = bytes(one.convertToFormat(QImage.Format.Format_ARGB32).constBits())
    second = bytes(other.convertToFormat(QImage.Format.Format_ARGB32).constBits())
    return max((abs(a - b) for a, b in zip(first, second, strict=True)), default=0)
