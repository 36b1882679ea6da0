"""The number keys rate how tender a spot is in every state of a session that
asks for a rating, on every spot (the last above all), whatever has the
keyboard focus in the window: a control of the session, the page bar, a line
in the status bar (the voice offer), or nothing at all."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget

from tests.ui.window_rig import WindowRig, make_window, with_history
from unknot.core.areas import AreaId, Side
from unknot.core.plans import Plan, Selection, Spot, focus_plan
from unknot.core.session_engine import Action, Phase
from unknot.settings import Settings
from unknot.ui.session.session_screen import SessionScreen

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")

SPOTS = 3


def _plan() -> Plan:
    return focus_plan(
        [
            Selection(Spot(AreaId.NECK, Side.LEFT), 3),
            Selection(Spot(AreaId.SHOULDERS, Side.RIGHT), 4),
            Selection(Spot(AreaId.CALVES, Side.LEFT), 6),
        ],
        120,
    )


@pytest.fixture
def window_rig(qtbot: QtBot, tmp_path: Path) -> Iterator[WindowRig]:
    settings = Settings(sound_on=False, safety_confirmed_on=date(2026, 3, 1))
    rig = make_window(qtbot, tmp_path, settings=settings)
    with with_history(rig):
        window = rig.window
        window.resize(900, 600)
        window.show()
        window.activateWindow()
        qtbot.waitExposed(window)
        # A control in the status bar that takes the focus when clicked, as the
        # voice offer's buttons do.
        stray = QPushButton("Not now", window)
        window.statusBar().addPermanentWidget(stray)
        yield rig


@contextmanager
def _left_after(screen: SessionScreen) -> Iterator[None]:
    """Leave the session however the test ends: pytest-qt closes the window
    before the fixtures end, and the close would ask about a running session."""
    try:
        yield
    finally:
        if screen.is_running():
            screen.abandon()


def _screen(rig: WindowRig) -> SessionScreen:
    screen = rig.window.session_screen
    assert screen is not None
    return screen


def _act(screen: SessionScreen, action: Action) -> None:
    assert screen.engine is not None
    assert screen.engine.do(action), f"{action} refused in {screen.phase}"


def _run(rig: WindowRig, seconds: int) -> None:
    screen = _screen(rig)
    for _ in range(seconds):
        rig.clock.advance(1)
        screen.tick()
    QApplication.processEvents()


def _states(rig: WindowRig, spot: int, end: str) -> Iterator[str]:
    """Start a session, go to `spot` and walk its hold through each state that
    asks for a rating, ending it by `end` ("time up" or "released"); yields the
    name of each state once it is on screen."""
    screen = _screen(rig)
    rig.window.start_session(_plan())
    for _ in range(spot):
        _act(screen, Action.SKIP)
    QApplication.processEvents()
    yield "ready"
    _act(screen, Action.START_PAUSE)
    _run(rig, 20)
    yield "holding"
    _act(screen, Action.START_PAUSE)
    yield "paused"
    _act(screen, Action.START_PAUSE)
    if end == "time up":
        _run(rig, 100)
        yield "time up"
        _act(screen, Action.EXTEND)
        _run(rig, 3)
        yield "one more minute"
    else:
        _act(screen, Action.RELEASED)
        yield "released"


def _focus_targets(window: QWidget) -> list[QWidget | None]:
    """Every control the focus can rest on now (text fields aside: they type
    the digits), and None for no focus at all."""
    targets: list[QWidget | None] = [
        widget
        for widget in window.findChildren(QWidget)
        if widget.isVisible()
        and widget.isEnabled()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(widget, QLineEdit)
    ]
    return [*targets, None]


def _name(widget: QWidget | None) -> str:
    if widget is None:
        return "no focus"
    return f"{type(widget).__name__}({widget.objectName() or widget.accessibleName()!r})"


def _press(window: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    """A key as the window gets it: to the focused widget, or the window itself."""
    target = QApplication.focusWidget() or window
    QTest.keyClick(target, key, modifier)
    QApplication.processEvents()


@pytest.mark.parametrize("end", ["time up", "released"])
@pytest.mark.parametrize("spot", range(SPOTS), ids=["first", "middle", "last"])
def test_the_rating_keys_rate_in_every_state_whatever_has_the_focus(
    window_rig: WindowRig, spot: int, end: str
) -> None:
    window = window_rig.window
    screen = _screen(window_rig)
    values = itertools.cycle(range(10))
    modifiers = itertools.cycle(
        [Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier]
    )
    with _left_after(screen):
        for state in _states(window_rig, spot, end):
            engine = screen.engine
            assert engine is not None and engine.index == spot
            assert engine.display().rating_open, state
            missed = []
            for target in _focus_targets(window):
                if target is None:
                    focused = QApplication.focusWidget()
                    if focused is not None:
                        focused.clearFocus()
                else:
                    target.setFocus(Qt.FocusReason.TabFocusReason)
                value = next(values)
                if engine.display().tenderness == value:
                    value = next(values)
                _press(window, Qt.Key(Qt.Key.Key_0.value + value), next(modifiers))
                if engine.display().tenderness != value:
                    missed.append(_name(target))
            assert missed == [], f"{state} on spot {spot + 1}: no rating with {missed}"
            assert screen.hold_page.picker.value == engine.display().tenderness


def test_a_cue_being_typed_keeps_its_digits(window_rig: WindowRig) -> None:
    screen = _screen(window_rig)
    with _left_after(screen):
        states = _states(window_rig, 0, "released")
        next(states)
        next(states)
        line = screen.hold_page.tool_card.cue_line
        line.open_editor()
        line.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        engine = screen.engine
        assert engine is not None
        before = engine.display().tenderness
        _press(window_rig.window, Qt.Key.Key_7, Qt.KeyboardModifier.NoModifier)
        assert line.editor.text().endswith("7")
        assert engine.display().tenderness == before


def test_no_rating_key_works_while_a_hold_is_not_saved(
    window_rig: WindowRig, monkeypatch: pytest.MonkeyPatch
) -> None:
    from unknot.ui.history.history_service import SaveError

    screen = _screen(window_rig)
    with _left_after(screen):
        states = _states(window_rig, 0, "released")
        next(states)
        next(states)

        def refuse(*_args: object) -> int:
            raise SaveError("the disk is full")

        service = window_rig.window.service
        assert service is not None
        monkeypatch.setattr(service, "record_hold", refuse)
        _act(screen, Action.RELEASED)
        assert screen.phase is Phase.SAVE_FAILED
        assert not screen.hold_page.picker.isEnabled()
        assert not any(action.isEnabled() for action in screen.rating_keys.all())
