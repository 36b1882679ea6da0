"""Every colour pair the app paints or styles has WCAG AA contrast in the light
and the dark palette: 4.5:1 for text, 3:1 for marks and graphics that carry
meaning (the ring, frames, bars, outlines)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from PySide6.QtGui import QColor, QPalette

from tests.ui.rendering import palettes
from unknot.ui.home import body_map_renderer
from unknot.ui.progress.progress_view import NUDGE_COLOUR
from unknot.ui.session.pain_advice import STOP_RED
from unknot.ui.shared import practice_colours as colours

TEXT = 4.5
GRAPHIC = 3.0
Role = QPalette.ColorRole


# The app's own WCAG formula, checked against known ratios below.
contrast = colours.contrast


def over(colour: QColor, alpha: float, background: QColor) -> QColor:
    """`colour` at `alpha`, painted on `background`."""
    return colours.mix(background, colour, alpha)


def role(palette: QPalette, which: QPalette.ColorRole) -> QColor:
    return palette.color(QPalette.ColorGroup.Active, which)


# name -> (foreground, background, the ratio it needs), from a palette.
Pair = Callable[[QPalette], tuple[QColor, QColor, float]]
PAIRS: dict[str, Pair] = {
    # Text.
    "body text": lambda p: (role(p, Role.WindowText), role(p, Role.Window), TEXT),
    "secondary text (calendar, week, chart labels)": lambda p: (
        colours.muted(p),
        role(p, Role.Window),
        TEXT,
    ),
    "countdown caption": lambda p: (
        over(role(p, Role.WindowText), 0.75, role(p, Role.Window)),
        role(p, Role.Window),
        TEXT,
    ),
    "plan row's quiet line": lambda p: (
        over(role(p, Role.Text), 0.72, role(p, Role.Base)),
        role(p, Role.Base),
        TEXT,
    ),
    "chosen tenderness number": lambda p: (
        role(p, Role.HighlightedText),
        colours.behind(role(p, Role.HighlightedText), role(p, Role.Highlight)),
        TEXT,
    ),
    "sharp pain button": lambda p: (QColor("white"), QColor(STOP_RED), TEXT),
    "text in the progress nudge": lambda p: (
        role(p, Role.WindowText),
        colours.mix(role(p, Role.Window), NUDGE_COLOUR, 0.12),
        TEXT,
    ),
    # Marks and graphics.
    "finished hold, practice days": lambda p: (
        QColor(colours.DONE_GREEN),
        role(p, Role.Window),
        GRAPHIC,
    ),
    "running countdown": lambda p: (role(p, Role.Highlight), role(p, Role.Window), GRAPHIC),
    "paused countdown": lambda p: (
        over(role(p, Role.WindowText), 0.45, role(p, Role.Window)),
        role(p, Role.Window),
        GRAPHIC,
    ),
    "stop band, not-saved frame": lambda p: (QColor(STOP_RED), role(p, Role.Window), GRAPHIC),
    "nudge bar": lambda p: (NUDGE_COLOUR, role(p, Role.Window), GRAPHIC),
    "tool outline": lambda p: (
        over(role(p, Role.WindowText), 0.75, role(p, Role.Window)),
        role(p, Role.Window),
        GRAPHIC,
    ),
    "spot to keep pressure off": lambda p: (
        body_map_renderer._CAUTION,
        role(p, Role.Window),
        GRAPHIC,
    ),
}


@pytest.mark.parametrize("shade", [name for name, _ in palettes()])
@pytest.mark.parametrize("pair", list(PAIRS))
def test_colour_pairs_have_aa_contrast(shade: str, pair: str) -> None:
    palette = dict(palettes())[shade]
    foreground, background, needed = PAIRS[pair](palette)
    ratio = contrast(foreground, background)
    assert ratio >= needed, (
        f"{pair} in the {shade} palette: {foreground.name()} on {background.name()} "
        f"is {ratio:.2f}:1, needs {needed}:1"
    )


def test_the_ratio_is_wcag_s() -> None:
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert colours.contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
