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
from unknot.ui.shared.practice_colours import DONE_GREEN


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

    def near(self, dirty: Sequence[QRectF] | None) -> list[QRectF] | None:
        """The repainted rectangles grown by a segment (under 2 % of the
        radius) and half the pen, so no cut end of a piece of ring drawn for
        them shows inside them; None (draw everything) stays None."""
        if dirty is None:
            return None
        margin = self.stroke / 2 + self.ring.width() * math.pi / 360 + 2
        return [r.adjusted(-margin, -margin, margin, margin) for r in dirty]


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


_Box = tuple[float, float, float, float]


def _degrees_near(cx: float, cy: float, radius: float, box: _Box) -> Iterable[int] | None:
    """The whole degrees (clockwise from twelve o'clock, may run past 359 or
    below 0) whose ring points can lie in `box` (left, top, right, bottom): an
    empty range when the box misses the circle, None when it holds the centre
    and every degree must be tried.

    A box that does not hold the centre is seen from it under less than half a
    turn, between the angles of its corners; a tick's boxes are small, so this
    gives a few degrees instead of 361 points to test.
    """
    left, top, right, bottom = box
    near_x = min(max(cx, left), right)
    near_y = min(max(cy, top), bottom)
    far_x = max(abs(cx - left), abs(cx - right))
    far_y = max(abs(cy - top), abs(cy - bottom))
    # A hair of slack: the grid's points lie on the circle to rounding.
    slack = 1e-6 * max(1.0, radius)
    if (
        math.hypot(near_x - cx, near_y - cy) > radius + slack
        or math.hypot(far_x, far_y) < radius - slack
    ):
        return range(0)
    if left <= cx <= right and top <= cy <= bottom:
        return None
    middle = math.degrees(math.atan2((left + right) / 2 - cx, cy - (top + bottom) / 2))
    offsets = [
        (math.degrees(math.atan2(x - cx, cy - y)) - middle + 180) % 360 - 180
        for x in (left, right)
        for y in (top, bottom)
    ]
    return range(math.floor(middle + min(offsets)) - 1, math.ceil(middle + max(offsets)) + 2)


@functools.lru_cache(maxsize=64)
def _grid_inside(cx: float, cy: float, radius: float, box: _Box) -> frozenset[int]:
    """The whole degrees whose points of the ring's grid lie in `box`. Kept:
    a hold repaints the same digits every second, and trying every degree
    against them was most of a tick's drawing time."""
    grid = _degree_grid(cx, cy, radius)
    degrees = _degrees_near(cx, cy, radius, box)
    candidates = range(360) if degrees is None else {d % 360 for d in degrees}
    left, top, right, bottom = box
    return frozenset(
        n for n in candidates if left <= grid[n][0] <= right and top <= grid[n][1] <= bottom
    )


def _inside(
    on_grid: int,
    end: tuple[float, float] | None,
    within: Sequence[QRectF],
    center: tuple[float, float],
    radius: float,
) -> set[int]:
    """Which of a piece of ring's points lie inside any of the rectangles: its
    first `on_grid` points are the grid's whole degrees from twelve o'clock,
    and `end`, when given, is one more point after them (index `on_grid`)."""
    boxes = [(r.left(), r.top(), r.right(), r.bottom()) for r in within]
    inside: set[int] = set()
    for box in boxes:
        inside.update(n for n in _grid_inside(center[0], center[1], radius, box) if n < on_grid)
    if end is not None and any(a <= end[0] <= c and b <= end[1] <= d for a, b, c, d in boxes):
        inside.add(on_grid)
    return inside


def _polyline(points: Sequence[tuple[float, float]], wanted: Iterable[int]) -> QPainterPath:
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
    if sweep >= 360:
        # A whole turn is the closed circle, so a part of it drawn alone
        # matches it across twelve o'clock too (two caps met there before).
        return circle_path(ring, within)
    grid = _degree_grid(center.x(), center.y(), radius)
    angle = math.radians(90 - sweep)
    points = [*grid[: max(1, math.ceil(sweep))]]
    points.append((center.x() + radius * math.cos(angle), center.y() - radius * math.sin(angle)))
    if within is None:
        return _polyline(points, range(len(points)))
    inside = _inside(len(points) - 1, points[-1], within, (center.x(), center.y()), radius)
    # Each point with its neighbours on both sides.
    kept = {m for n in inside for m in (n - 1, n, n + 1) if 0 <= m < len(points)}
    return _polyline(points, sorted(kept))


def circle_path(ring: QRectF, within: Sequence[QRectF] | None = None) -> QPainterPath:
    """The whole circle on the grid of whole degrees, closed (the arc of a
    whole turn); with `within`, only its pieces that can touch those
    rectangles, with the same pixels inside them as the whole circle."""
    center = ring.center()
    radius = ring.width() / 2
    grid = _degree_grid(center.x(), center.y(), radius)
    if within is None:
        path = _polyline(grid, range(360))
        path.closeSubpath()
        return path
    inside = _inside(360, None, within, (center.x(), center.y()), radius)
    # Each point with its neighbours on both sides, round the circle.
    kept = {m % 360 for n in inside for m in (n - 1, n, n + 1)}
    if len(kept) == 360:
        return circle_path(ring)
    # Pieces start after a gap, so one across twelve o'clock stays whole.
    gap = next(n for n in range(360) if n not in kept)
    wanted = [gap + k for k in range(1, 361) if (gap + k) % 360 in kept]
    ring_points = [*grid[:360], *grid[:360]]
    return _polyline(ring_points, wanted)


def arc_fraction(state: RingState) -> float:
    """How much of the ring the accent covers: what is left of the plan."""
    if state.phase is RingPhase.DONE or state.planned <= 0:
        return 1.0
    return max(0.0, min(1.0, state.remaining / state.planned))


# The digits' font and its metrics by base font and size: a hold asks for them
# every second, and making them anew each time was most of a tick's own work.
_DIGITS: dict[tuple[str, int], tuple[QFont, QFontMetricsF]] = {}


def _digits(base: QFont, side: float) -> tuple[QFont, QFontMetricsF]:
    pixels = max(8, round(side * 0.22))
    key = (base.toString(), pixels)
    found = _DIGITS.get(key)
    if found is None:
        digits = QFont(base)
        digits.setPixelSize(pixels)
        digits.setWeight(QFont.Weight.DemiBold)
        if len(_DIGITS) >= 16:
            _DIGITS.clear()
        found = _DIGITS[key] = (digits, QFontMetricsF(digits))
    return found


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
        """The part that never changes with the state: the faint full circle.
        Qt's own ellipse, clipped to what is repainted: drawn whole it costs
        less than a piece of the grid's polyline (measured)."""
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
            painter.drawPath(arc_path(ring, fraction, shape.near(dirty)))

        if pulse > 0:
            halo = QColor(accent)
            halo.setAlphaF(0.45 * pulse)
            grow = stroke * (0.6 + 0.8 * pulse)
            painter.setPen(QPen(halo, stroke * 0.5))
            painter.drawEllipse(ring.adjusted(-grow, -grow, grow, grow))

        if dirty is None or any(r.intersects(shape.digits) for r in dirty):
            painter.setFont(_digits(painter.font(), side)[0])
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
            metrics = _digits(self.font(), shape.side)[1]
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
