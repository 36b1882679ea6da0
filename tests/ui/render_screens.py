"""Render the home screen offscreen in a light and a dark palette.

    python tests/ui/render_screens.py [folder]

writes home-light.png and home-dark.png (default folder: assets/screenshots),
the pictures the README shows. The tests use the same functions to render into
a temporary folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if not __package__:
    # Run as `python tests/ui/render_screens.py`: `tests` is found from the checkout.
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QSize

from tests.ui.rendering import palettes, render_main, render_widget
from unknot.core.areas import AreaId, Side
from unknot.core.plans import Routine, Selection, Spot
from unknot.ui.home.home_screen import HomeScreen

README_SIZE = QSize(1200, 760)


def sample_home(size: QSize = README_SIZE) -> HomeScreen:
    """The home screen as a person sees it after picking two spots."""
    screen = HomeScreen()
    screen.resize(size)
    screen.set_streak_line(4, 3, 5)
    screen.set_routines(
        [
            Routine(
                "desk neck",
                (Selection(Spot(AreaId.NECK, Side.LEFT)), Selection(Spot(AreaId.NECK, Side.RIGHT))),
            ),
            Routine(
                "after a run",
                (
                    Selection(Spot(AreaId.CALVES, Side.LEFT)),
                    Selection(Spot(AreaId.CALVES, Side.RIGHT)),
                    Selection(Spot(AreaId.QUADS, Side.LEFT)),
                ),
            ),
        ]
    )
    body_map = screen.body_map
    body_map.set_tenderness(Spot(AreaId.SHOULDERS, Side.RIGHT), 4)
    body_map.set_tenderness(Spot(AreaId.CALVES, Side.LEFT), 6)
    body_map.set_current_spot(Spot(AreaId.CALVES, Side.LEFT))
    return screen


def render_pair(folder: Path, size: QSize = README_SIZE, empty: bool = False) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, palette in palettes():
        screen = HomeScreen() if empty else sample_home(size)
        screen.resize(size)
        written.append(render_widget(screen, palette, folder / f"home-{name}.png"))
        screen.deleteLater()
    return written


if __name__ == "__main__":
    sys.exit(render_main(sys.argv, render_pair))
