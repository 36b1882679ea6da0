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

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from unknot.core.areas import AreaId, Side
from unknot.core.plans import Routine, Selection, Spot
from unknot.ui.home_screen import HomeScreen

README_SIZE = QSize(1200, 760)


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    return style.standardPalette()


def dark_palette() -> QPalette:
    """A dark palette as a desktop in dark mode hands Qt, disabled colours
    included."""
    palette = QPalette()
    active = {
        QPalette.ColorRole.Window: "#232427",
        QPalette.ColorRole.WindowText: "#e6e7ea",
        QPalette.ColorRole.Base: "#1a1b1e",
        QPalette.ColorRole.AlternateBase: "#26272b",
        QPalette.ColorRole.Text: "#e6e7ea",
        QPalette.ColorRole.Button: "#303136",
        QPalette.ColorRole.ButtonText: "#e6e7ea",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: "#5b9cf0",
        QPalette.ColorRole.HighlightedText: "#0e0f11",
        QPalette.ColorRole.ToolTipBase: "#303136",
        QPalette.ColorRole.ToolTipText: "#e6e7ea",
        QPalette.ColorRole.PlaceholderText: "#8c8f96",
        QPalette.ColorRole.Link: "#7fb2f5",
        QPalette.ColorRole.Light: "#45464c",
        QPalette.ColorRole.Midlight: "#3a3b40",
        QPalette.ColorRole.Mid: "#2a2b2f",
        QPalette.ColorRole.Dark: "#18191b",
        QPalette.ColorRole.Shadow: "#0b0b0c",
    }
    for role, colour in active.items():
        palette.setColor(role, QColor(colour))
    disabled = {
        QPalette.ColorRole.WindowText: "#76787e",
        QPalette.ColorRole.Text: "#76787e",
        QPalette.ColorRole.ButtonText: "#76787e",
        QPalette.ColorRole.Button: "#2a2b2f",
        QPalette.ColorRole.Highlight: "#3d4350",
        QPalette.ColorRole.HighlightedText: "#9a9ca2",
    }
    for role, colour in disabled.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


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


def render(screen: HomeScreen, palette: QPalette, target: Path) -> Path:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old = app.palette()
    app.setPalette(palette)
    try:
        screen.setPalette(palette)
        screen.show()
        app.processEvents()
        if not screen.grab().save(str(target)):
            raise OSError(f"could not write {target}")
    finally:
        screen.hide()
        app.setPalette(old)
    return target


def render_pair(folder: Path, size: QSize = README_SIZE, empty: bool = False) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, palette in (("light", light_palette()), ("dark", dark_palette())):
        screen = HomeScreen() if empty else sample_home(size)
        screen.resize(size)
        written.append(render(screen, palette, folder / f"home-{name}.png"))
        screen.deleteLater()
    return written


def main(argv: list[str]) -> int:
    app = QApplication.instance() or QApplication(argv[:1])
    assert isinstance(app, QApplication)
    app.setStyle(QStyleFactory.create("Fusion"))
    folder = (
        Path(argv[1])
        if len(argv) > 1
        else Path(__file__).resolve().parents[2] / "assets" / "screenshots"
    )
    for path in render_pair(folder):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
