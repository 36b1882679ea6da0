"""The session screens render in a light and a dark palette (the pictures in
assets/screenshots come from the same code)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from tests.ui.render_session_screens import ALL_STATES, render_all

# The smallest window the app supports: every state must fit it as it is.
SMALLEST = QSize(900, 600)


def _mean_lightness(image: QImage) -> float:
    step = 7
    total = 0.0
    count = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            total += image.pixelColor(x, y).lightnessF()
            count += 1
    return total / count


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_every_state_renders_in_both_palettes(qtbot: QtBot, tmp_path: Path) -> None:
    written = render_all(tmp_path, ALL_STATES, (SMALLEST,))
    assert len(written) == 2 * len(ALL_STATES)
    for path in written:
        image = QImage(str(path))
        # Larger would mean the screen asked for more room than the window has.
        assert image.size() == SMALLEST, path.name
        lightness = _mean_lightness(image)
        if path.stem.endswith("-dark"):
            assert lightness < 0.3, path.name
        else:
            assert lightness > 0.7, path.name
