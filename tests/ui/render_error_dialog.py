"""Render the "Something went wrong" dialog offscreen, in a light and a dark palette,
over a 900x600 window, the smallest the app is made for.

    python tests/ui/render_error_dialog.py [folder]

writes error-light.png and error-dark.png (default folder: assets/screenshots).
The tests render the same pictures into a temporary folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if not __package__:
    # Run as `python tests/ui/render_error_dialog.py`: `tests` is found from the checkout.
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QPoint, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPalette

from tests.ui.rendering import fusion_pictures, palettes, render_main
from unknot.ui.window.error_dialog import ErrorDialog

WINDOW = QSize(900, 600)
SAMPLE_LOG = Path("/home/sam/.local/share/unknot/unknot.log")
SAMPLE_DETAILS = """Traceback (most recent call last):
  File "/usr/lib/unknot/ui/progress/progress_view.py", line 212, in refresh
    self._fill(progress)
RuntimeError: an example of a failure
"""


def sample_error() -> ErrorDialog:
    return ErrorDialog(SAMPLE_DETAILS, SAMPLE_LOG)


def render(folder: Path) -> list[Path]:
    written: list[Path] = []
    with fusion_pictures(folder) as app:
        for shade, palette in palettes():
            app.setPalette(palette)
            dialog = sample_error()
            dialog.setPalette(palette)
            dialog.show()
            app.processEvents()
            picture = dialog.grab().toImage()
            dialog.close()
            dialog.deleteLater()
            if picture.width() > WINDOW.width() or picture.height() > WINDOW.height():
                raise ValueError(f"the dialog ({picture.size()}) does not fit {WINDOW}")
            written.append(_over_a_window(picture, palette, folder / f"error-{shade}.png"))
    return written


def _over_a_window(dialog: QImage, palette: QPalette, target: Path) -> Path:
    """The dialog centred over a dimmed 900x600 window, as it opens over the app."""
    canvas = QImage(WINDOW, QImage.Format.Format_RGB32)
    canvas.fill(palette.color(QPalette.ColorRole.Window))
    painter = QPainter(canvas)
    shade = QColor(0, 0, 0, 60)
    painter.fillRect(canvas.rect(), shade)
    corner = QPoint(
        (WINDOW.width() - dialog.width()) // 2, (WINDOW.height() - dialog.height()) // 2
    )
    painter.setPen(palette.color(QPalette.ColorRole.Mid))
    painter.drawRect(corner.x() - 1, corner.y() - 1, dialog.width() + 1, dialog.height() + 1)
    painter.drawImage(corner, dialog)
    painter.end()
    if not canvas.save(str(target)):
        raise OSError(f"could not write {target}")
    return target


if __name__ == "__main__":
    sys.exit(render_main(sys.argv, render))
