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
# Dark enough for 3:1 against a light window, light enough for it on a dark one.
DONE_GREEN = "#2b9a57"

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


def luminance(colour: QColor) -> float:
    """Relative luminance as WCAG defines it, 0 (black) to 1 (white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two opaque colours, 1 to 21."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def behind(text: QColor, background: QColor, ratio: float = 4.5) -> QColor:
    """`background`, darkened or lightened (away from `text`) just enough for
    `text` on it to have `ratio` contrast: the desktop's highlight under its
    highlighted text, which not every palette pairs that well."""
    target = QColor("black") if luminance(text) > 0.5 else QColor("white")
    shade = QColor(background)
    share = 0.0
    while contrast(text, shade) < ratio and share < 1.0:
        share = min(1.0, share + 0.05)
        shade = mix(background, target, share)
    return shade
