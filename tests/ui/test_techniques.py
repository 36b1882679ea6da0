"""The technique guide: every area, each tool of its ladder with its picture,
and a button that starts a session for a spot; reachable from the menu, the
plan, the body map's menu and the summary without starting a session."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import cast

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from tests.ui.window_rig import make_window, with_history
from unknot.core.areas import AREAS, DEFAULT_TOOLS, OWNABLE_TOOLS, AreaId, Side, Tool
from unknot.core.plans import Selection, Spot, focus_plan
from unknot.settings import Settings
from unknot.ui.techniques.guide_page import TechniquesPage
from unknot.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")

# The safety check answered today, so a session starts without asking.
CHECKED = Settings(sound_on=False, safety_confirmed_on=date(2026, 3, 2))


def _page(window: MainWindow) -> QWidget | None:
    """The window's page now shown; a call, so a check before does not narrow it."""
    return window.pages.currentWidget()


def _area(page: TechniquesPage) -> AreaId:
    """The area the guide shows now."""
    return page.guide.area.id


def test_the_guide_lists_every_area_and_each_ladder_in_order(qtbot: QtBot) -> None:
    page = TechniquesPage()
    qtbot.add_widget(page)
    assert page.areas_listed() == list(AREAS)
    for area in AREAS.values():
        page.show_area(area.id)
        guide = page.guide
        assert guide.area is area
        assert [step.tool for step in guide.steps] == list(area.ladder_for(DEFAULT_TOOLS))
        for step in guide.steps:
            shown = step.picture.picture
            assert shown is not None
            assert (shown.area, shown.tool) == (area.id, step.tool)
            assert step.picture.accessibleName()
        assert set(guide.practise_buttons) == {Spot(area.id, side) for side in area.sides}


def test_the_practise_button_asks_for_its_spot(qtbot: QtBot) -> None:
    page = TechniquesPage()
    qtbot.add_widget(page)
    page.show_area(AreaId.CALVES)
    asked: list[Spot] = []
    page.practise_requested.connect(asked.append)
    right = Spot(AreaId.CALVES, Side.RIGHT)
    page.guide.practise_buttons[right].click()
    assert asked == [right]


def test_the_areas_are_browsed_by_keyboard(qtbot: QtBot) -> None:
    page = TechniquesPage()
    qtbot.add_widget(page)
    page.show()
    page.area_list.setFocus()
    QTest.keyClick(page.area_list, Qt.Key.Key_Down)
    assert page.guide.area.id is AreaId.JAW
    backs: list[bool] = []
    page.back_requested.connect(lambda: backs.append(True))
    QTest.keyClick(page, Qt.Key.Key_Escape)
    assert backs == [True]
    for button in page.findChildren(QPushButton):
        assert button.text() or button.accessibleName()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_the_menu_opens_the_guide_without_a_session(qtbot: QtBot, tmp_path: Path) -> None:
    rig = make_window(qtbot, tmp_path, settings=CHECKED)
    window = rig.window
    actions = {a.text(): a for a in window.menuBar().actions()}
    view = cast(QMenu, actions["&View"].menu())
    techniques = {a.text(): a for a in view.actions()}["&Techniques"]
    assert techniques.shortcut().toString() == "Ctrl+3"
    techniques.trigger()
    assert _page(window) is window.techniques


def test_practise_now_starts_a_session_of_that_spot(qtbot: QtBot, tmp_path: Path) -> None:
    rig = make_window(qtbot, tmp_path, settings=CHECKED)
    with with_history(rig):
        window = rig.window
        window.show_techniques(AreaId.FEET)
        assert _area(window.techniques) is AreaId.FEET
        left_foot = Spot(AreaId.FEET, Side.LEFT)
        window.techniques.guide.practise_buttons[left_foot].click()
        screen = window.session_screen
        assert screen is not None and screen.is_running()
        engine = screen.engine
        assert engine is not None
        assert [step.spot for step in engine.plan.steps] == [left_foot]
        assert _page(window) is screen


def test_the_plan_and_the_body_map_open_the_guide_at_their_area(
    qtbot: QtBot, tmp_path: Path
) -> None:
    rig = make_window(qtbot, tmp_path, settings=CHECKED)
    window = rig.window
    home = window.home
    home.body_map.set_selected(Spot(AreaId.HIPS, Side.LEFT), True)
    home.set_current_row(0)
    home.how_button.click()
    assert _page(window) is window.techniques
    assert _area(window.techniques) is AreaId.HIPS
    window.show_home()
    menu = home.body_map.tenderness_menu(Spot(AreaId.NECK, Side.RIGHT))
    how = [a for a in menu.actions() if a.text() == "How to work this spot…"]
    assert len(how) == 1
    how[0].trigger()
    assert _area(window.techniques) is AreaId.NECK


def test_the_summary_offers_the_guide_at_the_first_area_held(qtbot: QtBot) -> None:
    from tests.ui.test_session_summary import hold, record
    from unknot.core.records import Outcome, SessionKind
    from unknot.ui.session.session_summary import SessionSummary

    summary = SessionSummary()
    qtbot.add_widget(summary)
    asked: list[object] = []
    summary.techniques_requested.connect(asked.append)
    summary.show_session(
        record(SessionKind.FOCUS, Outcome.COMPLETED, hold(AreaId.CALVES), hold(AreaId.NECK)),
        None,
    )
    summary.how_button.click()
    summary.show_session(record(SessionKind.FOCUS, Outcome.COMPLETED), None)
    summary.how_button.click()
    assert asked == [AreaId.CALVES, None]


# Points (body-map figure units) each area's card says to keep away from: the
# front and sides of the throat for the neck; the spine itself, on the midline,
# for the shoulders and the lower back.
_KEEP_AWAY_POINTS: dict[AreaId, list[tuple[str, float, float]]] = {
    AreaId.NECK: [
        ("front", x, y) for x in (92.0, 96.0, 100.0, 104.0, 108.0) for y in (76.0, 80.0, 85.0)
    ],
    AreaId.SHOULDERS: [("back", 100.0, float(y)) for y in range(95, 170, 5)],
    AreaId.LOWER_BACK: [("back", 100.0, float(y)) for y in range(170, 235, 5)],
}


def test_no_spot_on_the_map_covers_what_its_card_says_to_keep_away_from() -> None:
    from PySide6.QtCore import QPointF

    from unknot.ui.home.body_map_renderer import View, load_figure

    figures = {view.value: load_figure(view) for view in View}
    for area_id, points in _KEEP_AWAY_POINTS.items():
        for view, x, y in points:
            for region in figures[view].regions:
                if region.spot.area is area_id:
                    assert not region.path.contains(QPointF(x, y)), (region.id, x, y)
    # The neck can still be found from the front: on the top of the shoulder.
    assert any(r.spot.area is AreaId.NECK for r in figures["front"].regions)


def test_the_guide_waits_while_a_session_runs(qtbot: QtBot, tmp_path: Path) -> None:
    rig = make_window(qtbot, tmp_path, settings=CHECKED)
    with with_history(rig):
        window = rig.window
        window.techniques.guide.practise_buttons[Spot(AreaId.HEAD, Side.BOTH)].click()
        screen = window.session_screen
        assert screen is not None and screen.is_running()
        window.show_techniques(AreaId.CALVES)
        assert _page(window) is screen
        assert "when the session is over" in window.statusBar().currentMessage()


@pytest.mark.parametrize(
    "tools",
    [frozenset(), DEFAULT_TOOLS, frozenset(OWNABLE_TOOLS), frozenset({Tool.FOAM_ROLLER})],
    ids=["none", "default", "all", "roller-only"],
)
def test_the_guide_shows_the_ladder_the_persons_tools_give(
    qtbot: QtBot, tools: frozenset[Tool]
) -> None:
    """The first rung the guide shows is the tool a session of that area starts
    on; tools the person has not got are named once as not shown, or not at all."""
    page = TechniquesPage()
    qtbot.add_widget(page)
    page.set_tools(tools)
    for area in AREAS.values():
        page.show_area(area.id)
        guide = page.guide
        shown = [step.tool for step in guide.steps]
        plan = focus_plan([Selection(Spot(area.id, area.sides[0]))], tools=tools)
        assert shown[0] == plan.steps[0].tool
        assert shown == list(area.with_tools(tools).ladder)
        missing = [tool for tool in area.ladder if tool not in shown]
        if missing:
            assert guide.missing_label is not None
            for tool in missing:
                assert tool.label in guide.missing_label.text()
        else:
            assert guide.missing_label is None


def test_every_guide_picture_draws_its_person_large_enough() -> None:
    """A standing person at the wall gets a taller box than one lying down:
    whatever its shape, the drawing fills at least half the box's height or
    its whole width."""
    from unknot.ui.session.position_picture import art_for
    from unknot.ui.techniques.guide_page import PICTURE_WIDTH, picture_height

    for area in AREAS.values():
        for tool in area.ladder:
            bounds = art_for(area.id, tool).bounds
            height = picture_height(area.id, tool)
            scale = min(PICTURE_WIDTH / bounds.width(), height / bounds.height())
            drawn_width, drawn_height = bounds.width() * scale, bounds.height() * scale
            assert drawn_width >= PICTURE_WIDTH * 0.45 or drawn_height >= height * 0.98, (
                area.id,
                tool,
            )
            # Large in the box: a tall figure is not squeezed into a low one.
            assert drawn_width * drawn_height >= PICTURE_WIDTH * 170 * 0.3, (area.id, tool)
