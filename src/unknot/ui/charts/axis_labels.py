"""Labels along a chart's x axis that never run into each other.

A chart asks for its labels in the order they matter (the first and last day,
then the middle) and gets back the ones that fit: each centred on its mark,
moved inside the axis, and left out when it would touch one already placed or
repeat its text (one day of data is one date, not "30 Nov" twice over).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFontMetricsF, QPainter

# The least room between two labels, in pixels.
LABEL_GAP = 8.0


@dataclass(frozen=True)
class AxisLabel:
    """A label's text and the box its advance takes, top at its ascent."""

    text: str
    rect: QRectF


def place_labels(
    wanted: Sequence[tuple[str, float]],
    left: float,
    right: float,
    baseline: float,
    metrics: QFontMetricsF,
    *,
    gap: float = LABEL_GAP,
) -> list[AxisLabel]:
    """`wanted` as (text, x of its mark), most wanted first, laid between
    `left` and `right` on `baseline`. The first always gets a place (at
    `left` when the axis is narrower than it); every other label is dropped
    when its box, widened by `gap`, meets a placed one, or when its text is
    already there."""
    placed: list[AxisLabel] = []
    for text, x in wanted:
        if any(label.text == text for label in placed):
            continue
        width = metrics.horizontalAdvance(text)
        start = max(left, min(x - width / 2, right - width))
        rect = QRectF(start, baseline - metrics.ascent(), width, metrics.height())
        if placed and (
            rect.left() < left - 0.5
            or rect.right() > right + 0.5
            or any(rect.adjusted(-gap, 0, gap, 0).intersects(label.rect) for label in placed)
        ):
            continue
        placed.append(AxisLabel(text, rect))
    return placed


def draw_labels(painter: QPainter, labels: Sequence[AxisLabel], baseline: float) -> None:
    """Draw what `place_labels` placed, with the painter's pen and font."""
    for label in labels:
        painter.drawText(QPointF(label.rect.left(), baseline), label.text)
