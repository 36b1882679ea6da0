"""The dialogs render in a light and a dark palette without a Qt complaint, and
the text is readable against its background."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtGui import QImage

from tests.ui.render_dialogs import SAMPLES, render


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_every_dialog_renders_in_both_palettes(qtbot: QtBot, tmp_path: Path) -> None:
    written = render(tmp_path)
    names = {path.name for path in written}
    assert names == {f"{name}-{shade}.png" for name in SAMPLES for shade in ("light", "dark")}
    for path in written:
        image = QImage(str(path))
        assert not image.isNull(), path
        assert image.width() >= 480, path
        # Many distinct colours: text and controls, not an empty grey box.
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 3)
            for y in range(0, image.height(), 3)
        }
        assert len(colours) > 20, path
    light = QImage(str(tmp_path / "safety-light.png"))
    dark = QImage(str(tmp_path / "safety-dark.png"))
    # The dark palette really is dark behind the text.
    assert light.pixelColor(4, 4).lightness() > 180
    assert dark.pixelColor(4, 4).lightness() < 80
