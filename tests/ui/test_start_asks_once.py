"""Starting a session asks at most once about the areas the person marked to
keep pressure off (the safety check), from any plan: the home screen's, a
routine, or "Practise now" in the technique guide."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton

from tests.ui.window_rig import WindowRig, make_window, with_history
from unknot.core.areas import AreaId, Side
from unknot.core.plans import Selection, Spot, focus_plan
from unknot.settings import Settings
from unknot.ui.session.session_screen import SessionScreen

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")

AREAS = (AreaId.NECK, AreaId.SHOULDERS, AreaId.CALVES)


@contextmanager
def answering(accept: bool) -> Iterator[list[str]]:
    """Every modal box opened inside, answered as it shows (its default button,
    or its way out); yields the texts of the boxes, in order."""
    seen: list[str] = []
    answered: set[int] = set()

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QDialog) or id(box) in answered:
            return
        answered.add(id(box))
        seen.append(box.text() if isinstance(box, QMessageBox) else box.windowTitle())
        if isinstance(box, QMessageBox) and accept:
            button = box.defaultButton() or box.button(QMessageBox.StandardButton.Ok)
            if isinstance(button, QPushButton):
                button.click()
                return
        box.reject()

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(answer)
    timer.start()
    try:
        yield seen
    finally:
        timer.stop()


@pytest.fixture
def window_rig(qtbot: QtBot, tmp_path: Path) -> Iterator[WindowRig]:
    settings = Settings(sound_on=False, safety_confirmed_on=date(2026, 3, 1))
    rig = make_window(qtbot, tmp_path, settings=settings)
    with with_history(rig):
        rig.window.show()
        yield rig


def _screen(rig: WindowRig) -> SessionScreen:
    screen = rig.window.session_screen
    assert screen is not None
    return screen


def _subsets(items: tuple[AreaId, ...]) -> list[tuple[AreaId, ...]]:
    return [
        combo for size in range(len(items) + 1) for combo in itertools.combinations(items, size)
    ]


@pytest.mark.parametrize("accept", [True, False], ids=["leave-out", "cancel"])
def test_any_plan_with_any_avoided_areas_asks_at_most_once(
    window_rig: WindowRig, accept: bool
) -> None:
    window = window_rig.window
    screen = _screen(window_rig)
    for avoided in _subsets(AREAS):
        window.change_settings(dataclasses.replace(window.settings, avoided_areas=avoided))
        for spots in _subsets(AREAS)[1:]:
            plan = focus_plan([Selection(Spot(a, Side.LEFT)) for a in spots])
            with answering(accept) as boxes:
                window.start_session(plan)
            left = [a for a in spots if a not in avoided]
            case = f"plan {[a.value for a in spots]}, avoided {[a.value for a in avoided]}"
            assert len(boxes) <= 1, f"{case}: asked {boxes}"
            assert len(boxes) == (1 if len(left) < len(spots) else 0), case
            # It starts with the areas left, when there are any and the person agreed.
            started = bool(left) and (accept or len(left) == len(spots))
            assert screen.is_running() is started, case
            if started:
                engine = screen.engine
                assert engine is not None
                assert [step.spot.area for step in engine.plan.steps] == left, case
                screen.abandon()
                window.show_home()


def test_practise_now_on_an_avoided_area_tells_once_and_starts_nothing(
    window_rig: WindowRig,
) -> None:
    window = window_rig.window
    window.change_settings(dataclasses.replace(window.settings, avoided_areas=(AreaId.CALVES,)))
    window.show_techniques(AreaId.CALVES)
    with answering(True) as boxes:
        window.techniques.practise_requested.emit(Spot(AreaId.CALVES, Side.LEFT))
    assert len(boxes) == 1, boxes
    assert "calves" in boxes[0]
    assert not _screen(window_rig).is_running()
