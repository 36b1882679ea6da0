"""On a screen smaller than the window is made for (1366x768 at
QT_SCALE_FACTOR=1.5 is 910x512, less its panel), the window fits the screen
and its pages keep the least size they fit in and scroll: every control is
there to reach and no words are cut."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from tests.ui import layout_check
from tests.ui.layout_rig import add_long_words
from tests.ui.render_session_screens import STEPS
from tests.ui.rendering import save_grab
from tests.ui.test_window_place import fake_screens
from tests.ui.window_rig import WindowRig, make_window, with_history
from unknot.core.areas import AreaId, Side
from unknot.core.plans import Selection, Spot
from unknot.core.session_engine import Action
from unknot.settings import Settings
from unknot.ui.session.hold_page import ActionButton
from unknot.ui.window.main_window import MainWindow
from unknot.ui.window.window_place import SMALLEST_SIZE, PageScroll, room_on

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")

# 1366x768 at 150 %, less a 32 px panel at the bottom, in logical pixels; and a
# screen as wide as the window is made for and only 480 high.
SCALED_LAPTOP = QRect(0, 0, 910, 512 - 21)
SCALED_SMALL = QRect(0, 0, 900, 480)


@pytest.fixture(params=[SCALED_LAPTOP, SCALED_SMALL], ids=["1366x768-at-150", "900x480"])
def small(
    request: pytest.FixtureRequest, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[WindowRig, QRect]]:
    fake_screens(monkeypatch, request.param)
    settings = Settings(sound_on=False, safety_confirmed_on=date(2026, 3, 1))
    rig = make_window(qtbot, tmp_path, settings=settings)
    with with_history(rig):
        service = rig.window.service
        assert service is not None
        add_long_words(service)
        rig.window.show()
        QApplication.processEvents()
        yield rig, request.param


def _scroll(window: MainWindow) -> QScrollArea:
    scroll = window.centralWidget()
    assert isinstance(scroll, QScrollArea)
    return scroll


def _check(window: MainWindow, name: str, folder: Path) -> list[str]:
    """What is wrong with the page on show: squeezed below its least size,
    words cut, a control out of reach; its picture is left in `folder`."""
    QApplication.processEvents()
    QApplication.processEvents()
    save_grab(window, folder / f"{name}.png")
    pages = window.pages
    scroll = _scroll(window)
    found = [f"{name}: {problem}" for problem in layout_check.problems(pages)]
    # The page on show at its least size or more (the others are laid out
    # when they are shown).
    assert isinstance(scroll, PageScroll)
    least = scroll.least_size()
    if pages.height() < least.height() or pages.width() < least.width():
        found.append(f"{name}: squeezed to {pages.size()} below {least}")
    view = scroll.viewport().size()
    # All of the page can be scrolled to; sideways only on a screen narrower
    # than the pages are made for.
    if scroll.verticalScrollBar().maximum() < pages.height() - view.height():
        found.append(f"{name}: the foot of the page cannot be scrolled to")
    if scroll.horizontalScrollBar().maximum() < pages.width() - view.width():
        found.append(f"{name}: the right of the page cannot be scrolled to")
    if window.width() >= SMALLEST_SIZE.width() - 20 and scroll.horizontalScrollBar().maximum():
        found.append(f"{name}: scrolls sideways by {scroll.horizontalScrollBar().maximum()} px")
    return found


def test_every_page_keeps_its_size_and_scrolls_on_a_small_screen(
    small: tuple[WindowRig, QRect], tmp_path: Path
) -> None:
    rig, available = small
    window = rig.window
    screen_room = room_on(available).size()
    # The window fits the screen, and its minimum does too.
    assert window.width() <= screen_room.width() and window.height() <= screen_room.height()
    assert window.minimumSize().boundedTo(screen_room) == window.minimumSize()
    assert window.minimumSize() == SMALLEST_SIZE.boundedTo(screen_room)
    found = _check(window, "home", tmp_path)
    window.home.plan_model.set_selections(
        [
            Selection(Spot(AreaId.CALVES, Side.LEFT), 6),
            Selection(Spot(AreaId.SHOULDERS, Side.RIGHT), 4),
            Selection(Spot(AreaId.NECK, Side.LEFT), 5),
        ]
    )
    window.home.set_current_row(0)
    found += _check(window, "home-plan", tmp_path)
    window.home.clear_plan()
    window.show_techniques(AreaId.SHOULDERS)
    found += _check(window, "techniques", tmp_path)
    screen = window.session_screen
    assert screen is not None
    for state in ("session", "session-time-up", "session-top-of-ladder", "summary"):
        STEPS[state](screen, rig.clock)
        window.pages.setCurrentWidget(screen)
        found += _check(window, state, tmp_path)
        if screen.is_running():
            screen.abandon()
        window.show_home()
    assert found == [], "\n".join(found)


def test_the_window_at_its_usual_size_does_not_scroll(qtbot: QtBot, tmp_path: Path) -> None:
    rig = make_window(qtbot, tmp_path, settings=Settings(sound_on=False))
    window = rig.window
    window.resize(QSize(900, 600))
    window.show()
    QApplication.processEvents()
    scroll = _scroll(window)
    assert not layout_check.scrolls(scroll)
    assert window.size() == QSize(900, 600)


def _seen_in_view(window: MainWindow, widget: QWidget) -> bool:
    """All of `widget` inside the visible part of the window's page scroll, as
    it stands (no scrolling)."""
    view = _scroll(window).viewport()
    shown = QRect(view.mapTo(window, QPoint(0, 0)), view.size())
    where = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return widget.isVisible() and shown.adjusted(-2, -2, 2, 2).contains(where)


def test_every_session_state_opens_with_the_stop_and_the_name_in_view(
    small: tuple[WindowRig, QRect],
) -> None:
    """The sharp-pain stop is always on screen: at every state of a hold on a
    small screen, it, the spot's name and the controls the person answers
    with are seen whole without scrolling."""
    rig, _ = small
    window = rig.window
    screen = window.session_screen
    assert screen is not None
    service = window.service
    found: list[str] = []
    states = [state for state in STEPS if state.startswith(("session", "scan"))]
    for state in states:
        STEPS[state](screen, rig.clock)
        window.pages.setCurrentWidget(screen)
        QApplication.processEvents()
        QApplication.processEvents()
        page = screen.hold_page
        try:
            if not page.isVisible():
                continue
            must_see: list[tuple[str, QWidget | None]] = [
                ("the sharp-pain stop", page.button(Action.STOP_PAIN)),
                ("the spot's name", page.area_label),
            ]
            row = page.question if page.question.isVisible() else page.controls
            answers = [b for b in row.findChildren(ActionButton) if b.isVisible()]
            must_see += [(f"the button {b.text()!r}", b) for b in answers]
            if not answers:
                found.append(f"{state}: no control to answer with")
            for what, widget in must_see:
                if widget is None or not _seen_in_view(window, widget):
                    found.append(f"{state}: {what} is not seen whole without scrolling")
        finally:
            if screen.is_running():
                screen.abandon()
            # The not-saved states stand in a full disk on the service.
            for name in ("record_hold", "finish_session"):
                service.__dict__.pop(name, None)
            window.show_home()
    assert found == [], "\n".join(found)
