"""When the desktop switches between light and dark while Unknot runs, every
screen looks exactly as it would have had it started in the new palette:
painted widgets, style sheets and hand-picked colours included."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication

from tests.ui.layout_rig import LAYOUT_FOLDER, LayoutRun, _wait_until
from tests.ui.render_session_screens import STEPS
from tests.ui.rendering import dark_palette, fusion_pictures, light_palette

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")

SIZE = QSize(1200, 780)
ALLOWED = 400
SCREENS = (
    "home",
    "progress",
    "session",
    "session-time-up",
    "session-not-saved",
    "scan-moving",
    "session-pain",
    "summary",
)


def _show(run: LayoutRun, screen: str) -> None:
    window = run.window
    window.resize(SIZE)
    window.show()
    if screen == "home":
        window.show_home()
    elif screen == "progress":
        window.show_progress()
        progress = window.progress
        _wait_until(lambda: progress.progress is not None)
    else:
        session = window.session_screen
        assert session is not None
        if session.is_running():
            session.abandon()
        STEPS[screen](session, run.clock)
        window.pages.setCurrentWidget(session)
        # The end-of-hold pulse is an animation: a still ring compares.
        session.hold_page.ring.stop_pulse()
    for _ in range(3):
        QApplication.processEvents()


def _pictures(palette_first: QPalette, palette_then: QPalette | None) -> dict[str, QImage]:
    """Each screen grabbed in a window started in `palette_first`, switched to
    `palette_then` (if any) once everything is built."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    pictures: dict[str, QImage] = {}
    with fusion_pictures(LAYOUT_FOLDER), tempfile.TemporaryDirectory() as scratch:
        app.setPalette(palette_first)
        run = LayoutRun(LAYOUT_FOLDER, 1.0, Path(scratch))
        try:
            for screen in SCREENS:
                _show(run, screen)
                if palette_then is not None:
                    app.setPalette(palette_then)
                    # As the event loop would, a few turns on.
                    for _ in range(3):
                        QApplication.processEvents()
                pictures[screen] = run.window.grab().toImage()
                if palette_then is not None:
                    app.setPalette(palette_first)
                    QApplication.processEvents()
        finally:
            run.close()
    return pictures


def _differing_pixels(first: QImage, second: QImage) -> int:
    assert first.size() == second.size()
    a = first.convertToFormat(QImage.Format.Format_RGB32)
    b = second.convertToFormat(QImage.Format.Format_RGB32)
    if a == b:
        return 0
    width, height = a.width(), a.height()
    return sum(
        1 for y in range(0, height, 2) for x in range(0, width, 2) if a.pixel(x, y) != b.pixel(x, y)
    )


@pytest.mark.parametrize(
    ("before", "after"),
    [(light_palette, dark_palette), (dark_palette, light_palette)],
    ids=["light-to-dark", "dark-to-light"],
)
def test_a_palette_change_reaches_every_widget(
    qtbot: QtBot, before: Callable[[], QPalette], after: Callable[[], QPalette]
) -> None:
    switched = _pictures(before(), after())
    fresh = _pictures(after(), None)
    for screen in SCREENS:
        switched[screen].save(str(LAYOUT_FOLDER / f"palette-switched-{screen}.png"))
        fresh[screen].save(str(LAYOUT_FOLDER / f"palette-fresh-{screen}.png"))
    differing = {screen: _differing_pixels(switched[screen], fresh[screen]) for screen in SCREENS}
    # A few hundred of the 234,000 pixels looked at differ in the edges of
    # anti-aliased text; a widget that kept the old palette differs in
    # thousands (the tenderness buttons alone: over 20,000).
    assert differing == {screen: min(count, ALLOWED) for screen, count in differing.items()}
