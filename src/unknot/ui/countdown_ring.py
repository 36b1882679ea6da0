"""The countdown: a ring that empties as the hold runs, with mm:ss in the middle,
big enough to read from a mat two metres away.

The drawing lives in `RingRenderer`, a plain class that paints a `RingState`
on any painter; `CountdownRing` only forwards paint events and runs the short
pulse that marks the end of a hold. The widget never asks the clock anything:
the session screen hands it a new state once a second.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QEasingCurve, QRectF, QSize, Qt, QVariantAnimation
from PySide6.QtGui import (
    QColor,
    QFont,
    QHideEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget


class RingPhase(StrEnum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    DONE = "done"


@dataclass(frozen=True)
class RingState:
    remaining: float
    planned: float
    phase: RingPhase
    # A word under the digits, so the state never rests on colour alone.
    caption: str = ""


def clock_text(seconds: float) -> str:
    """mm:ss, rounded up: "00:01" shows until the last second is over."""
    whole = max(0, math.ceil(seconds - 1e-9))
    return f"{whole // 60:02d}:{whole % 60:02d}"


# A calm green for "done" that reads on light and dark backgrounds alike.
DONE_GREEN = "#2ea05c"
_DONE = QColor(DONE_GREEN)


class RingRenderer:
    def paint(
        self,
        painter: QPainter,
        rect: QRectF,
        palette: QPalette,
        state: RingState,
        pulse: float = 0.0,
    ) -> None:
        side = min(rect.width(), rect.height())
        if side <= 0:
            return
        center = rect.center()
        stroke = side * 0.055
        # Room for the pulse halo outside the ring.
        radius = side / 2 - stroke * 1.6
        ring = QRectF(center.x() - radius, center.y() - radius, 2 * radius, 2 * radius)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

        text_color = palette.color(QPalette.ColorRole.WindowText)
        track = QColor(text_color)
        track.setAlphaF(0.12)
        painter.setPen(QPen(track, stroke, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(ring)

        accent = self._accent(palette, state.phase)
        fraction = (
            1.0 if state.planned <= 0 else max(0.0, min(1.0, state.remaining / state.planned))
        )
        if state.phase is RingPhase.DONE:
            fraction = 1.0
        if fraction > 0:
            pen = QPen(accent, stroke, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            # From twelve o'clock, clockwise; Qt counts sixteenths of a degree.
            painter.drawArc(ring, 90 * 16, -round(fraction * 360 * 16))

        if pulse > 0:
            halo = QColor(accent)
            halo.setAlphaF(0.45 * pulse)
            grow = stroke * (0.6 + 0.8 * pulse)
            painter.setPen(QPen(halo, stroke * 0.5))
            painter.drawEllipse(ring.adjusted(-grow, -grow, grow, grow))

        digits = QFont(painter.font())
        digits.setPixelSize(max(8, round(side * 0.22)))
        digits.setWeight(QFont.Weight.DemiBold)
        painter.setFont(digits)
        painter.setPen(text_color)
        digits_box = QRectF(ring.left(), center.y() - side * 0.17, ring.width(), side * 0.28)
        painter.drawText(digits_box, Qt.AlignmentFlag.AlignCenter, clock_text(state.remaining))

        if state.caption:
            caption = QFont(painter.font())
            caption.setPixelSize(max(8, round(side * 0.065)))
            caption.setWeight(QFont.Weight.Normal)
            painter.setFont(caption)
            muted = QColor(text_color)
            muted.setAlphaF(0.75)
            painter.setPen(muted)
            caption_box = QRectF(ring.left(), center.y() + side * 0.12, ring.width(), side * 0.1)
            painter.drawText(caption_box, Qt.AlignmentFlag.AlignCenter, state.caption)
        painter.restore()

    @staticmethod
    def _accent(palette: QPalette, phase: RingPhase) -> QColor:
        if phase is RingPhase.DONE:
            return _DONE
        if phase is RingPhase.PAUSED:
            muted = QColor(palette.color(QPalette.ColorRole.WindowText))
            muted.setAlphaF(0.45)
            return muted
        return palette.color(QPalette.ColorRole.Highlight)


class CountdownRing(QWidget):
    PULSE_MS = 900
    PULSE_LOOPS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer = RingRenderer()
        self._state = RingState(0.0, 0.0, RingPhase.READY)
        self._pulse = 0.0
        self._animation = QVariantAnimation(self)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.setDuration(self.PULSE_MS)
        self._animation.setLoopCount(self.PULSE_LOOPS)
        self._animation.setEasingCurve(QEasingCurve.Type.Linear)
        self._animation.valueChanged.connect(self._on_pulse)
        self._animation.finished.connect(self._on_pulse_finished)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(180, 180)
        self.setAccessibleName("Countdown")

    @property
    def state(self) -> RingState:
        return self._state

    @property
    def pulsing(self) -> bool:
        return self._animation.state() is QVariantAnimation.State.Running

    def sizeHint(self) -> QSize:
        return QSize(340, 340)

    def set_state(self, state: RingState) -> None:
        if state == self._state:
            return
        self._state = state
        self.update()

    def start_pulse(self) -> None:
        """A few soft beats around the ring, only where someone can see them."""
        window = self.window()
        if not self.isVisible() or window.isMinimized():
            return
        self._animation.stop()
        self._animation.start()

    def stop_pulse(self) -> None:
        if self.pulsing:
            self._animation.stop()
        self._on_pulse_finished()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self._renderer.paint(painter, QRectF(self.rect()), self.palette(), self._state, self._pulse)
        painter.end()

    def hideEvent(self, event: QHideEvent) -> None:
        self.stop_pulse()
        super().hideEvent(event)

    def _on_pulse(self, value: object) -> None:
        progress = float(value) if isinstance(value, float | int) else 0.0
        self._pulse = math.sin(math.pi * progress)
        self.update()

    def _on_pulse_finished(self) -> None:
        if self._pulse:
            self._pulse = 0.0
            self.update()


__all__ = ["DONE_GREEN", "CountdownRing", "RingPhase", "RingRenderer", "RingState", "clock_text"]
