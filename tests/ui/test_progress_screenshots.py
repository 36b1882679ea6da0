"""The progress view with demo data renders in a light and a dark palette (the
pictures in assets/screenshots come from the same code)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtGui import QImage

from tests.ui.render_progress import README_SIZE, render_pair


def _mean_lightness(image: QImage) -> float:
    step = 9
    values = [
        image.pixelColor(x, y).lightnessF()
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
    ]
    return sum(values) / len(values)


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_progress_view_renders_in_both_palettes(qtbot: QtBot, tmp_path: Path) -> None:
    written = render_pair(tmp_path)
    assert [path.name for path in written] == ["progress-light.png", "progress-dark.png"]
    light, dark = (QImage(str(path)) for path in written)
    assert light.size() == dark.size() == README_SIZE
    assert _mean_lightness(light) > 0.7
    assert _mean_lightness(dark) < 0.3
