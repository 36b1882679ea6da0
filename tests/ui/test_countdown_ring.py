"""The countdown ring: mm:ss from what is left, drawn without a window."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPalette

from unknot.ui.countdown_ring import CountdownRing, RingPhase, RingRenderer, RingState, clock_text


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
