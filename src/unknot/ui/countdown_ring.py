"""The countdown: a ring that empties as the hold runs, with mm:ss in the middle,
big enough to read from a mat two metres away.

The drawing lives in `RingRenderer`, a plain class that paints a `RingState`
on any painter; `CountdownRing` only forwards paint events and runs the short
pulse that marks the end of a hold. The widget never asks the clock anything:
the session screen hands it a new state once a second.

A hold repaints once a second for minutes, so a tick repaints only what it
changed: the digits and the piece of arc between the old and the new end. The
widget is opaque (it fills its own background), so the widgets behind it are not
painted again either. Each tick used to repaint the whole ring and everything
under it; Qt's raster engine splits a tall blend (a whole-widget background, or
a pixmap copied back, measured alike) across its pooled threads, so every tick
woke them all. Solid fills, glyphs and the small pieces of arc of a tick stay on
the window thread.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import cast

from PySide6.QtCore import QEasingCurve, QRect, QRectF, QSize, Qt, QVariantAnimation
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHideEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QRegion,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from unknot.core.session_texts import clock_text
from unknot.core.translation import translate
from unknot.ui.practice_colours import DONE_GREEN


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


_DONE = QColor(DONE_GREEN)


@dataclass(frozen=True)
class RingGeometry:
    """Where the parts of the ring go in a widget's rectangle (pixels)."""

    ring: QRectF
    stroke: float
    side: float
    digits: QRectF
    caption: QRectF

    @classmethod
    def of(cls, rect: QRectF) -> RingGeometry:
        side = max(0.0, min(rect.width(), rect.height()))
        center = rect.center()
        stroke = side * 0.055
        # Room for the pulse halo outside the ring.
        radius = max(0.0, side / 2 - stroke * 1.6)
        ring = QRectF(center.x() - radius, center.y() - radius, 2 * radius, 2 * radius)
        digits = QRectF(ring.left(), center.y() - side * 0.17, ring.width(), side * 0.28)
        caption = QRectF(ring.left(), center.y() + side * 0.12, ring.width(), side * 0.1)
        return cls(ring, stroke, side, digits, caption)

    def arc_between(self, start: float, end: float) -> QRect:
        """Pixels the arc touches between two fractions of a full turn (either
        order), round caps included."""
        low, high = sorted((max(0.0, min(1.0, start)), max(0.0, min(1.0, end))))
        center = self.ring.center()
        radius = self.ring.width() / 2
        # Points every two degrees at most, and both ends: the bounding box of
        # an arc is that of its points plus the extremes it passes.
        steps = max(1, math.ceil((high - low) * 180))
        xs, ys = [], []
        for n in range(steps + 1):
            angle = math.pi / 2 - 2 * math.pi * (low + (high - low) * n / steps)
            xs.append(center.x() + radius * math.cos(angle))
            ys.append(center.y() - radius * math.sin(angle))
        # Half the stroke for the cap, and the angle between two sampled points.
        grow = self.stroke / 2 + radius * (1 - math.cos(math.pi / 180)) + 2
        box = QRectF(min(xs) - grow, min(ys) - grow, max(xs) - min(xs) + 2 * grow, 0)
        box.setHeight(max(ys) - min(ys) + 2 * grow)
        return box.toAlignedRect()


@functools.lru_cache(maxsize=4)
def _degree_grid(cx: float, cy: float, radius: float) -> tuple[tuple[float, float], ...]:
    """The ring's points at every whole degree from twelve o'clock, clockwise."""
    return tuple(
        (
            cx + radius * math.cos(math.radians(90 - degrees)),
            cy - radius * math.sin(math.radians(90 - degrees)),
        )
        for degrees in range(361)
    )


def arc_path(ring: QRectF, fraction: float, within: Sequence[QRectF] | None = None) -> QPainterPath:
    """The accent arc from twelve o'clock, clockwise, over `fraction` of a turn.

    Points on a fixed grid of whole degrees, then the exact end: the arcs of two
    ticks share every point but the last few, so they draw the same pixels
    except near the end that moved (Qt's own arcs are split into curves from
    their length, and their pixels shift all along). A degree's chord strays
    from the circle by less than a tenth of a pixel at any size a screen holds.

    With `within` (the pen's width included), only the pieces of the arc that
    can touch those rectangles, each a point longer at both ends: a tick draws
    a few segments instead of the whole ring, with the same pixels inside them.
    """
    center = ring.center()
    radius = ring.width() / 2
    sweep = max(0.0, min(1.0, fraction)) * 360
    grid = _degree_grid(center.x(), center.y(), radius)
    angle = math.radians(90 - sweep)
    points = [*grid[: max(1, math.ceil(sweep))]]
    points.append((center.x() + radius * math.cos(angle), center.y() - radius * math.sin(angle)))
    wanted: Sequence[int] = range(len(points))
    if within is not None:
        boxes = [(r.left(), r.top(), r.right(), r.bottom()) for r in within]
        if not boxes:
            return QPainterPath()
        # One test against the boxes' bounds first: most points fail it.
        left, top = min(b[0] for b in boxes), min(b[1] for b in boxes)
        right, bottom = max(b[2] for b in boxes), max(b[3] for b in boxes)
        kept: set[int] = set()
        for n, (x, y) in enumerate(points):
            inside = left <= x <= right and top <= y <= bottom
            if inside and any(a <= x <= c and b <= y <= d for a, b, c, d in boxes):
                # The point with its neighbours on both sides.
                kept.update((n - 1, n, n + 1))
        wanted = sorted(n for n in kept if 0 <= n < len(points))
    path = QPainterPath()
    previous = -2
    for n in wanted:
        x, y = points[n]
        if n != previous + 1:
            path.moveTo(x, y)
        else:
            path.lineTo(x, y)
        previous = n
    return path


def arc_fraction(state: RingState) -> float:
    """How much of the ring the accent covers: what is left of the plan."""
    if state.phase is RingPhase.DONE or state.planned <= 0:
        return 1.0
    return max(0.0, min(1.0, state.remaining / state.planned))


class RingRenderer:
    def paint(
        self,
        painter: QPainter,
        rect: QRectF,
        palette: QPalette,
        state: RingState,
        pulse: float = 0.0,
    ) -> None:
        self.paint_track(painter, rect, palette)
        self.paint_state(painter, rect, palette, state, pulse)

    def paint_track(self, painter: QPainter, rect: QRectF, palette: QPalette) -> None:
        """The part that never changes with the state: the faint full circle."""
        shape = RingGeometry.of(rect)
        if shape.side <= 0:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QColor(palette.color(QPalette.ColorRole.WindowText))
        track.setAlphaF(0.12)
        painter.setPen(QPen(track, shape.stroke, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(shape.ring)
        painter.restore()

    def paint_state(
        self,
        painter: QPainter,
        rect: QRectF,
        palette: QPalette,
        state: RingState,
        pulse: float = 0.0,
        dirty: Sequence[QRectF] | None = None,
    ) -> None:
        """The arc, the halo, the digits and the caption, over the track; with
        `dirty`, only what may show inside those rectangles."""
        shape = RingGeometry.of(rect)
        side, stroke, ring = shape.side, shape.stroke, shape.ring
        if side <= 0:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_color = palette.color(QPalette.ColorRole.WindowText)

        accent = self._accent(palette, state.phase)
        fraction = arc_fraction(state)
        if fraction > 0:
            pen = QPen(accent, stroke, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            # A segment (under 2 % of the radius) and half the pen beyond what
            # is repainted, so no cut end shows inside it.
            margin = stroke / 2 + ring.width() * math.pi / 360 + 2
            near = (
                None
                if dirty is None
                else [r.adjusted(-margin, -margin, margin, margin) for r in dirty]
            )
            painter.drawPath(arc_path(ring, fraction, near))

        if pulse > 0:
            halo = QColor(accent)
            halo.setAlphaF(0.45 * pulse)
            grow = stroke * (0.6 + 0.8 * pulse)
            painter.setPen(QPen(halo, stroke * 0.5))
            painter.drawEllipse(ring.adjusted(-grow, -grow, grow, grow))

        if dirty is None or any(r.intersects(shape.digits) for r in dirty):
            painter.setFont(self.digits_font(painter.font(), side))
            painter.setPen(text_color)
            text = clock_text(state.remaining)
            painter.drawText(shape.digits, Qt.AlignmentFlag.AlignCenter, text)

        if state.caption and (dirty is None or any(r.intersects(shape.caption) for r in dirty)):
            caption = QFont(painter.font())
            caption.setPixelSize(max(8, round(side * 0.065)))
            caption.setWeight(QFont.Weight.Normal)
            painter.setFont(caption)
            muted = QColor(text_color)
            muted.setAlphaF(0.75)
            painter.setPen(muted)
            painter.drawText(shape.caption, Qt.AlignmentFlag.AlignCenter, state.caption)
        painter.restore()

    @staticmethod
    def digits_font(base: QFont, side: float) -> QFont:
        digits = QFont(base)
        digits.setPixelSize(max(8, round(side * 0.22)))
        digits.setWeight(QFont.Weight.DemiBold)
        return digits

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
        self._preferred_side = 340
        self.setAccessibleName(translate("CountdownRing", "Countdown"))
        # Every pixel is painted here (background from the cached pixmap), so Qt
        # need not paint the widgets behind the ring on each tick.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    @property
    def state(self) -> RingState:
        return self._state

    @property
    def pulsing(self) -> bool:
        return self._animation.state() is QVariantAnimation.State.Running

    def sizeHint(self) -> QSize:
        return QSize(self._preferred_side, self._preferred_side)

    def set_preferred_side(self, side: int) -> None:
        """The side the ring asks for (it grows into more room when there is
        some): small where a page must fit a short window without scrolling."""
        self._preferred_side = side
        self.updateGeometry()

    def set_state(self, state: RingState) -> None:
        if state == self._state:
            return
        before, self._state = self._state, state
        self.update(self.changed_region(before, state))

    def changed_region(self, before: RingState, after: RingState) -> QRegion:
        """What a change of state repaints: while only the time left moves (a
        tick), the digits and the arc between its old and new ends; otherwise
        the whole ring."""
        whole = QRegion(self.rect())
        if (before.phase, before.planned, before.caption) != (
            after.phase,
            after.planned,
            after.caption,
        ) or self._pulse:
            return whole
        shape = RingGeometry.of(QRectF(self.rect()))
        region = QRegion()
        old_text, new_text = clock_text(before.remaining), clock_text(after.remaining)
        if old_text != new_text:
            # The width of the wider text, not of the ring: the track at the
            # sides is left alone.
            metrics = QFontMetricsF(RingRenderer.digits_font(self.font(), shape.side))
            width = max(metrics.horizontalAdvance(old_text), metrics.horizontalAdvance(new_text))
            digits = QRectF(shape.digits)
            digits.setLeft(shape.digits.center().x() - width / 2 - 4)
            digits.setWidth(width + 8)
            region += digits.toAlignedRect()
        old_end, new_end = arc_fraction(before), arc_fraction(after)
        if old_end != new_end:
            region += shape.arc_between(old_end, new_end)
        return region.intersected(whole)

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
        background = self.palette().color(self.backgroundRole())
        # Solid fills, rectangle by rectangle; Qt clips the drawing that follows
        # to the same region.
        dirty = [QRectF(rect) for rect in cast(Iterable[QRect], event.region())]
        for rect in dirty:
            painter.fillRect(rect, background)
        whole = QRectF(self.rect())
        self._renderer.paint_track(painter, whole, self.palette())
        self._renderer.paint_state(
            painter, whole, self.palette(), self._state, self._pulse, dirty=dirty
        )
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


__all__ = [
    "DONE_GREEN",
    "CountdownRing",
    "RingGeometry",
    "RingPhase",
    "RingRenderer",
    "RingState",
    "arc_fraction",
    "clock_text",
]
