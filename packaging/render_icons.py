"""Renders the app icon to PNG for the icon theme: `render_icons.py ICON.svg FOLDER`.

Writes FOLDER/SIZExSIZE/io.github.unknot.Unknot.png for each size a desktop
asks for, 16 to 512. Needs a Qt platform; run with QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICON_NAME = "io.github.unknot.Unknot"


def main(argv: list[str]) -> int:
    svg, folder = Path(argv[0]), Path(argv[1])
    _app = QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        print(f"{svg} is not an SVG image Qt can draw", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        target = folder / f"{size}x{size}" / f"{ICON_NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target)):
            print(f"could not write {target}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
