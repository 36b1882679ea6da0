"""How much room painted text really takes above and below its baseline.

A font's ascent is not the top of its tallest letters: in DejaVu Sans, the
desktop's usual face, "Ü", "É" and "Å" reach a pixel above it, so a line
placed at `top + ascent` in a box exactly `height()` tall loses the dots of
its umlauts. Everything painted with QPainter places its baselines and sizes
its boxes with these measures instead, taken from the letters themselves.
"""

from __future__ import annotations

import math

from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QLabel

# Capitals with marks above, and letters that reach furthest down, in the
# languages Unknot speaks and their neighbours.
TALL_LETTERS = "ÂÄÅÉÊÖÜÑŚŻÍ"
DEEP_LETTERS = "gjpqyÇ"


def ink_ascent(metrics: QFontMetricsF) -> float:
    """Pixels from the baseline up to the top of the tallest accented capital
    (at least the font's ascent)."""
    return max(metrics.ascent(), -metrics.tightBoundingRect(TALL_LETTERS).top() + 0.5)


def ink_descent(metrics: QFontMetricsF) -> float:
    """Pixels from the baseline down to the lowest descender (at least the
    font's descent)."""
    return max(metrics.descent(), metrics.tightBoundingRect(DEEP_LETTERS).bottom() + 0.5)


def line_room(metrics: QFontMetricsF) -> float:
    """The height one painted line of text needs, accents and descenders included."""
    return ink_ascent(metrics) + ink_descent(metrics)


def baseline_below(top: float, metrics: QFontMetricsF) -> float:
    """The baseline for a line whose tallest letters start at `top`."""
    return top + ink_ascent(metrics)


def room_for_accents(label: QLabel) -> None:
    """Give `label` room above its first line for the marks over capitals:
    Qt sizes a label by the font's ascent, so an "Ü" at the start of a line
    loses its dots at the label's top edge."""
    metrics = QFontMetricsF(label.font())
    rise = math.ceil(ink_ascent(metrics) - metrics.ascent())
    margins = label.contentsMargins()
    if margins.top() < rise:
        label.setContentsMargins(margins.left(), rise, margins.right(), margins.bottom())
