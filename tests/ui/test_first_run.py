"""The safety check in the window: first start, the stored answer, the yearly
re-check on a fake clock, the body map and sessions that respect the answer."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QMenu, QWidget

from tests.ui.window_rig import make_window, with_history
from unknot.core.areas import AreaId, Side
from unknot.core.plans import Selection, Spot, focus_plan
from unknot.core.safety import Condition
from unknot.settings import Settings
from unknot.ui.safety import safety_screen as safety_screen_module
from unknot.ui.safety.safety_screen import SafetyScreen

DAY = 24 * 3600
LEGS = {Spot(area, Side.BOTH) for area in (AreaId.CALVES, AreaId.QUADS, AreaId.FEET)}


def _safety_screen(window: QWidget) -> SafetyScreen:
    dialog = window.open_dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, SafetyScreen)
    return dialog


def _calf_and_neck() -> object:
    return focus_plan(
        [Selection(Spot(AreaId.CALVES, Side.LEFT), 6), Selection(Spot(AreaId.NECK, Side.RIGHT))]
    )


def test_first_start_offers_the_check_and_stores_the_answer(qtbot: QtBot, tmp_path: Path) -> None:
    rig = make_window(qtbot, tmp_path)
    rig.window.show()
    assert rig.window.offer_safety_check_if_due()
    screen = _safety_screen(rig.window)
    assert screen.isVisible()
    assert screen.isModal()
    assert screen.heading.text() == "Before your first session"

    screen.none_button.click()

    # 08:00 UTC is 09:00 in Berlin: the date on the person's clock.
    assert rig.saved().safety_confirmed_on == date(2026, 3, 2)
    assert rig.saved().safety_conditions == ()
    assert rig.window.settings.safety_confirmed_on == date(2026, 3, 2)
    assert rig.window.open_dialog is None
    assert "saved" in rig.window.statusBar().currentMessage()


def test_the_check_comes_back_after_twelve_months(qtbot: QtBot, tmp_path: Path) -> None:
    rig = make_window(qtbot, tmp_path)
    rig.window.offer_safety_check_if_due()
    _safety_screen(rig.window).none_button.click()

    rig.clock.advance(364 * DAY)
    assert not rig.window.offer_safety_check_if_due()
    assert rig.window.open_dialog is None

    # 2 March 2027: a year to the day.
    rig.clock.advance(1 * DAY)
    assert rig.window.local_today() == date(2027, 3, 2)
    assert rig.window.offer_safety_check_if_due()
    screen = _safety_screen(rig.window)
    assert "A year has passed" in screen.lead.text()
    screen.none_button.click()
    assert rig.saved().safety_confirmed_on == date(2027, 3, 2)
    assert not rig.window.offer_safety_check_if_due()


def test_a_restarted_window_remembers_the_answer(qtbot: QtBot, tmp_path: Path) -> None:
    rig = make_window(qtbot, tmp_path)
    rig.window.offer_safety_check_if_due()
    _safety_screen(rig.window).none_button.click()

    later = make_window(qtbot, tmp_path, settings=rig.saved(), clock=rig.clock)
    assert not later.window.offer_safety_check_if_due()


def test_a_possible_clot_marks_the_legs_on_the_map(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rig = make_window(qtbot, tmp_path)
    marked: list[frozenset[Spot]] = []
    original = rig.window.home.body_map.set_avoided

    def spy(spots: Sequence[Spot]) -> None:
        marked.append(frozenset(spots))
        original(spots)

    monkeypatch.setattr(rig.window.home.body_map, "set_avoided", spy)
    rig.window.offer_safety_check_if_due()
    screen = _safety_screen(rig.window)
    screen.condition_boxes[Condition.CLOT].setChecked(True)
    screen.some_button.click()
    screen.area_boxes[AreaId.LOWER_BACK].setChecked(True)
    screen.save_button.click()

    saved = rig.saved()
    assert saved.safety_conditions == (Condition.CLOT,)
    assert saved.avoided_areas == (AreaId.LOWER_BACK,)
    assert saved.safety_confirmed_on == date(2026, 3, 2)
    assert marked[-1] == LEGS | {Spot(AreaId.LOWER_BACK, Side.BOTH)}

    # After a restart the map shows them from the start.
    later = make_window(qtbot, tmp_path, settings=saved)
    assert set(later.window.avoided_spots()) == marked[-1]


def test_the_help_menu_reopens_the_check_with_the_last_answer(qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings(
        safety_confirmed_on=date(2026, 1, 10), safety_conditions=(Condition.PREGNANCY,)
    )
    rig = make_window(qtbot, tmp_path, settings=settings)
    (action,) = [a for a in rig.window.menuBar().actions() if a.text() == "&Help"]
    menu = action.menu()
    assert isinstance(menu, QMenu)
    (safety,) = [a for a in menu.actions() if "Safety" in a.text()]
    safety.trigger()
    screen = _safety_screen(rig.window)
    assert screen.ticked() == (Condition.PREGNANCY,)
    assert "10 January 2026" in screen.lead.text()
    screen.condition_boxes[Condition.PREGNANCY].setChecked(False)
    screen.none_button.click()
    assert rig.saved().safety_conditions == ()
    assert rig.saved().safety_confirmed_on == date(2026, 3, 2)


def test_not_now_stores_nothing_and_the_first_session_waits(qtbot: QtBot, tmp_path: Path) -> None:
    rig = make_window(qtbot, tmp_path, settings=Settings(sound_on=False))
    with with_history(rig):
        rig.window.offer_safety_check_if_due()
        _safety_screen(rig.window).later_button.click()
        assert not (rig.config_dir / "settings.json").exists()

        rig.window.start_session(_calf_and_neck())  # type: ignore[arg-type]
        screen = rig.window.session_screen
        assert screen is not None
        assert not screen.is_running()
        assert "safety check" in rig.window.statusBar().currentMessage()
        _safety_screen(rig.window).none_button.click()

        rig.window.start_session(_calf_and_neck())  # type: ignore[arg-type]
        assert screen.is_running()
        screen.abandon()


def test_a_session_on_an_avoided_area_leaves_it_out(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[AreaId, ...]] = []

    def leave_out(parent: QWidget | None, areas: Sequence[AreaId]) -> bool:
        asked.append(tuple(areas))
        return True

    monkeypatch.setattr(safety_screen_module, "confirm_leaving_out", leave_out)
    settings = Settings(
        safety_confirmed_on=date(2026, 3, 1), safety_conditions=(Condition.CLOT,), sound_on=False
    )
    rig = make_window(qtbot, tmp_path, settings=settings)
    with with_history(rig):
        rig.window.start_session(_calf_and_neck())  # type: ignore[arg-type]
        screen = rig.window.session_screen
        assert screen is not None and screen.engine is not None
        assert asked == [(AreaId.CALVES,)]
        assert [step.spot for step in screen.engine.plan.steps] == [Spot(AreaId.NECK, Side.RIGHT)]
        screen.abandon()


def test_declining_to_leave_it_out_starts_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(safety_screen_module, "confirm_leaving_out", lambda parent, areas: False)
    settings = Settings(
        safety_confirmed_on=date(2026, 3, 1), avoided_areas=(AreaId.NECK,), sound_on=False
    )
    rig = make_window(qtbot, tmp_path, settings=settings)
    with with_history(rig):
        rig.window.start_session(_calf_and_neck())  # type: ignore[arg-type]
        screen = rig.window.session_screen
        assert screen is not None
        assert not screen.is_running()


def test_a_check_answered_on_a_wrong_future_date_is_asked_again(
    qtbot: QtBot, tmp_path: Path
) -> None:
    future = date(2026, 3, 2) + timedelta(days=40)
    rig = make_window(qtbot, tmp_path, settings=Settings(safety_confirmed_on=future))
    assert rig.window.offer_safety_check_if_due()
