"""Render the technique guide and a gallery of every position offscreen.

    python -m tests.ui.render_techniques [folder] [--all]

writes techniques-{light,dark}.png (the guide at the calves, 1200x780) and
positions-{light,dark}.png (every position, as the guide shows it, with its
area and tool) into the folder (default: assets/screenshots); `--all` also
renders the guide at 900x600 and 1200x780 for every area, to look at.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QImage, QPainter, QPalette

from tests.ui.rendering import fusion_pictures, palettes, render_main, render_widget
from unknot.core.areas import AREAS, AreaId
from unknot.core.positions import POSITIONS
from unknot.core.translation import translate
from unknot.ui.session.position_picture import art_for, motion, paint_position
from unknot.ui.techniques.guide_page import TechniquesPage

# One cell of the gallery: the guide's picture size and a line for its name.
CELL_WIDTH, CELL_HEIGHT, CAPTION = 300, 170, 22
COLUMNS = 4


def render_gallery(palette: QPalette, target: Path) -> Path:
    keys = [(area.id, tool) for area in AREAS.values() for tool in area.ladder]
    assert set(keys) == set(POSITIONS)
    rows = (len(keys) + COLUMNS - 1) // COLUMNS
    image = QImage(COLUMNS * CELL_WIDTH, rows * (CELL_HEIGHT + CAPTION), QImage.Format.Format_RGB32)
    image.fill(palette.color(QPalette.ColorRole.Window))
    painter = QPainter(image)
    font = QFont(painter.font())
    font.setPixelSize(14)
    painter.setFont(font)
    for index, (area_id, tool) in enumerate(keys):
        x = (index % COLUMNS) * CELL_WIDTH
        y = (index // COLUMNS) * (CELL_HEIGHT + CAPTION)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        name = f"{translate('Areas', AREAS[area_id].name)} · {translate('Tools', tool.label)}"
        painter.drawText(QRectF(x, y, CELL_WIDTH, CAPTION), Qt.AlignmentFlag.AlignCenter, name)
        cell = QRectF(x + 8, y + CAPTION, CELL_WIDTH - 16, CELL_HEIGHT - 8)
        paint_position(painter, cell, art_for(area_id, tool), palette)
    painter.end()
    if not image.save(str(target)):
        raise OSError(f"could not write {target}")
    return target


def render(folder: Path, every_area: bool = False) -> list[Path]:
    written = []
    # Still pictures show the position that is held, not a moment of the movement.
    motion().set_allowed(False)
    with fusion_pictures(folder):
        for name, palette in palettes():
            page = TechniquesPage()
            page.resize(1200, 780)
            page.show_area(AreaId.CALVES)
            written.append(render_widget(page, palette, folder / f"techniques-{name}.png", True))
            written.append(render_gallery(palette, folder / f"positions-{name}.png"))
            if every_area:
                for width, height in ((900, 600), (1200, 780)):
                    page.resize(width, height)
                    for area in AREAS:
                        page.show_area(area)
                        target = folder / f"techniques-{area.value}-{width}x{height}-{name}.png"
                        written.append(render_widget(page, palette, target))
            page.close()
            page.deleteLater()
    return written


if __name__ == "__main__":
    every = "--all" in sys.argv
    sys.exit(render_main([a for a in sys.argv if a != "--all"], lambda f: render(f, every)))
