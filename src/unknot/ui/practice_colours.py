"""The colours the progress view paints practice in, worked out from the palette.

One green for practice (the same as a finished hold), shaded towards the window
colour for lighter days, so the shades read on a light and a dark desktop alike.
Nothing rests on colour alone: every painted mark also has a shape or a word.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

# A calm green for practice and for "done" (the countdown's finished hold), which
# reads on light and dark backgrounds alike. Defined here rather than with the
# countdown, so the home screen's body map does not import the countdown.
DONE_GREEN = "#2ea05c"

PRACTICE = QColor(DONE_GREEN)

# Share of the green in each shade level; level 0 is an empty day.
SHARES = (0.0, 0.4, 0.58, 0.78, 1.0)


def mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    keep = 1.0 - share_of_b
    return QColor.fromRgbF(
        a.redF() * keep + b.redF() * share_of_b,
        a.greenF() * keep + b.greenF() * share_of_b,
        a.blueF() * keep + b.blueF() * share_of_b,
        1.0,
    )


def faint(palette: QPalette, share: float = 0.1) -> QColor:
    """The text colour faded into the window: empty cells, grid lines."""
    return mix(
        palette.color(QPalette.ColorRole.Window),
        palette.color(QPalette.ColorRole.WindowText),
        share,
    )


def shade(palette: QPalette, level: int) -> QColor:
    """The calendar colour of a day at `level` (see `core.progress.shade_level`)."""
    if level <= 0:
        return faint(palette, 0.09)
    return mix(
        palette.color(QPalette.ColorRole.Window), PRACTICE, SHARES[min(level, len(SHARES) - 1)]
    )


def muted(palette: QPalette) -> QColor:
    """Secondary text and marks: rest days, days to come."""
    return faint(palette, 0.55)
