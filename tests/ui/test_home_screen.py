"""The home screen: today's plan from the map, its order, routines, the streak."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.ui.body_map_helpers import interior_point
from tests.ui.render_screens import render_pair, sample_home
from tests.ui.rendering import dark_palette, light_palette, render_widget
from unknot.core.areas import AreaId, Side, Tool
from unknot.core.plans import Plan, Routine, Selection, Spot, Step
from unknot.core.records import SessionKind
from unknot.ui.home import home_screen as home_screen_module
from unknot.ui.home.home_screen import EMPTY_PLAN, HomeScreen, streak_text
from unknot.ui.session.session_summary import duration_text

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")

LEFT_CALF = Spot(AreaId.CALVES, Side.LEFT)
RIGHT_CALF = Spot(AreaId.CALVES, Side.RIGHT)
RIGHT_SHOULDER = Spot(AreaId.SHOULDERS, Side.RIGHT)
LEFT_NECK = Spot(AreaId.NECK, Side.LEFT)


@pytest.fixture
def home(qtbot: QtBot) -> Iterator[HomeScreen]:
    screen = HomeScreen()
    qtbot.addWidget(screen)
    screen.resize(900, 600)
    screen.show()
    screen.activateWindow()
    QApplication.processEvents()
    yield screen


def _click_region(qtbot: QtBot, home: HomeScreen, region_id: str) -> None:
    body_map = home.body_map
    point = interior_point(body_map.renderer.region_path(region_id)).toPoint()
    QTest.mouseClick(body_map, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def _shown_rating(home: HomeScreen) -> int | None:
    return home.picker.value


def _rows(home: HomeScreen) -> list[str]:
    model = home.plan_list.model()
    return [
        model.index(i, 0).data(Qt.ItemDataRole.AccessibleTextRole) for i in range(model.rowCount())
    ]


def test_a_first_start_says_what_to_do(home: HomeScreen) -> None:
    assert home.empty_label.isVisible()
    assert home.empty_label.text() == EMPTY_PLAN
    assert not home.plan_list.isVisible()
    assert not home.start_button.isEnabled()
    assert not home.save_routine_button.isEnabled()
    assert home.scan_button.isEnabled()
    assert home.total_label.text() == ""
    # No streak is shown before the history has said anything.
    assert not home.streak_label.isVisible()


def test_left_calf_6_and_right_shoulder_4_make_the_plan(qtbot: QtBot, home: HomeScreen) -> None:
    # Click the left calf, then tap 6 in the picker under the map.
    _click_region(qtbot, home, "back-calves-left")
    assert home.picker.isEnabled()
    home.picker.pick(6)
    # The right shoulder with the mouse, then 4 on the keyboard.
    _click_region(qtbot, home, "back-shoulders-right")
    QTest.keyClick(home.body_map, Qt.Key.Key_4)

    expected = Plan(
        SessionKind.FOCUS,
        (
            # The shoulder first: it is worked at the wall, the calf on the floor.
            Step(RIGHT_SHOULDER, Tool.TENNIS_BALL, 120, tenderness_before=4),
            Step(LEFT_CALF, Tool.TENNIS_BALL, 120, tenderness_before=6),
        ),
    )
    assert home.plan() == expected
    assert home.plan_list.isVisible()
    assert _rows(home) == [
        "1. Right shoulder: Tennis ball · hold 2 min · tenderness 4",
        "2. Left calf: Tennis ball · hold 2 min · tenderness 6",
    ]
    assert home.total_label.text() == "2 spots · 4 min of holding"
    with qtbot.waitSignal(home.start_requested) as started:
        QTest.mouseClick(home.start_button, Qt.MouseButton.LeftButton)
    assert started.args == [expected]


def test_the_picker_follows_the_spot_being_rated(qtbot: QtBot, home: HomeScreen) -> None:
    assert not home.picker.isEnabled()
    _click_region(qtbot, home, "back-calves-left")
    assert "left calf" in home.picker.accessibleDescription()
    home.picker.pick(7)
    _click_region(qtbot, home, "back-shoulders-right")
    assert "right shoulder" in home.picker.accessibleDescription()
    assert _shown_rating(home) is None
    # Choosing a row in the plan rates that spot.
    home.set_current_row(1)
    assert home.body_map.current_spot() == LEFT_CALF
    assert _shown_rating(home) == 7
    # Dropping the spot under the picker turns the picker off.
    _click_region(qtbot, home, "back-calves-left")
    assert not home.picker.isEnabled()


def test_hold_length_comes_from_the_settings(home: HomeScreen) -> None:
    home.body_map.set_tenderness(LEFT_CALF, 5)
    home.body_map.set_selected(RIGHT_CALF, True)
    home.set_hold_seconds(150)
    assert [s.planned_seconds for s in home.plan().steps] == [150, 150]
    assert home.total_label.text() == "2 spots · 5 min of holding"
    assert "hold 2 min 30 s" in _rows(home)[0]
    with pytest.raises(ValueError):
        home.set_hold_seconds(30)


def test_reorder_with_the_buttons_and_keys(qtbot: QtBot, home: HomeScreen) -> None:
    for spot in (LEFT_NECK, RIGHT_SHOULDER, LEFT_CALF):
        home.body_map.set_selected(spot, True)
    assert [s.spot for s in home.plan_selections()] == [LEFT_NECK, RIGHT_SHOULDER, LEFT_CALF]
    home.set_current_row(2)
    assert home.up_button.isEnabled() and not home.down_button.isEnabled()
    QTest.mouseClick(home.up_button, Qt.MouseButton.LeftButton)
    assert [s.spot for s in home.plan_selections()] == [LEFT_NECK, LEFT_CALF, RIGHT_SHOULDER]
    assert home.current_row() == 1
    home.plan_list.setFocus()
    QTest.keyClick(home.plan_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [s.spot for s in home.plan_selections()] == [LEFT_CALF, LEFT_NECK, RIGHT_SHOULDER]
    QTest.keyClick(home.plan_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(home.plan_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [s.spot for s in home.plan_selections()] == [LEFT_NECK, RIGHT_SHOULDER, LEFT_CALF]
    assert _rows(home)[2].startswith("3. Left calf")
    # A spot picked after reordering joins at the end instead of reshuffling.
    home.body_map.set_selected(Spot(AreaId.HEAD, Side.BOTH), True)
    assert home.plan_selections()[-1].spot == Spot(AreaId.HEAD, Side.BOTH)
    # Delete in the list takes the chosen spot out, and off the map.
    home.set_current_row(0)
    QTest.keyClick(home.plan_list, Qt.Key.Key_Delete)
    assert not home.body_map.is_selected(LEFT_NECK)
    assert home.plan_selections()[0].spot == RIGHT_SHOULDER


def test_reorder_by_dragging_rows(home: HomeScreen) -> None:
    for spot in (LEFT_NECK, RIGHT_SHOULDER, LEFT_CALF):
        home.body_map.set_selected(spot, True)
    # What an internal drag does to the list's model: move the first row last.
    model = home.plan_list.model()
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    assert [s.spot for s in home.plan_selections()] == [RIGHT_SHOULDER, LEFT_CALF, LEFT_NECK]
    assert _rows(home)[0].startswith("1. Right shoulder")
    assert [s.spot for s in home.plan().steps] == [RIGHT_SHOULDER, LEFT_CALF, LEFT_NECK]


def test_remove_button_drops_the_spot(qtbot: QtBot, home: HomeScreen) -> None:
    home.body_map.set_selected(LEFT_CALF, True)
    home.set_current_row(0)
    QTest.mouseClick(home.remove_button, Qt.MouseButton.LeftButton)
    assert home.body_map.selections() == []
    assert home.empty_label.isVisible()


def test_the_daily_scan_button(qtbot: QtBot, home: HomeScreen) -> None:
    with qtbot.waitSignal(home.scan_requested):
        QTest.mouseClick(home.scan_button, Qt.MouseButton.LeftButton)


def test_the_streak_line() -> None:
    assert streak_text(0, 0, 5) == "No day streak yet · 0 of 5 days this week"
    assert streak_text(1, 1, 5) == "1 day in a row · 1 of 5 days this week"
    assert streak_text(12, 5, 5) == "12 days in a row · 5 of 5 days this week, goal met"
    assert duration_text(45) == "45 s"
    assert duration_text(600) == "10 min"


def test_set_streak_line_shows_it(home: HomeScreen) -> None:
    home.set_streak_line(3, 2, 5)
    assert home.streak_label.isVisible()
    assert home.streak_label.text() == "3 days in a row · 2 of 5 days this week"


def _routine(name: str, *spots: Spot) -> Routine:
    return Routine(name, tuple(Selection(s) for s in spots))


def test_routines_start_in_one_click(qtbot: QtBot, home: HomeScreen) -> None:
    home.set_routines(
        [_routine("desk neck", LEFT_NECK, RIGHT_SHOULDER), _routine("after a run", LEFT_CALF)]
    )
    assert [r.name for r in home.routines()] == ["after a run", "desk neck"]
    start, delete = home.routine_buttons("desk neck")
    assert start.accessibleName() == "Start routine desk neck"
    assert delete.accessibleName() == "Delete routine desk neck"
    with qtbot.waitSignal(home.start_requested) as started:
        QTest.mouseClick(start, Qt.MouseButton.LeftButton)
    plan = started.args[0]
    assert isinstance(plan, Plan)
    assert [s.spot for s in plan.steps] == [LEFT_NECK, RIGHT_SHOULDER]
    assert [s.planned_seconds for s in plan.steps] == [120, 120]


def test_deleting_a_routine(qtbot: QtBot, home: HomeScreen) -> None:
    home.set_routines([_routine("desk neck", LEFT_NECK)])
    _, delete = home.routine_buttons("desk neck")
    with qtbot.waitSignal(home.routine_deleted) as deleted:
        QTest.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert deleted.args == ["desk neck"]
    # The list follows the history, which tells through set_routines.
    assert [r.name for r in home.routines()] == ["desk neck"]
    home.set_routines([])
    with pytest.raises(KeyError):
        home.routine_buttons("desk neck")


def test_saving_the_plan_as_a_routine(
    qtbot: QtBot, home: HomeScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    home.body_map.set_tenderness(LEFT_CALF, 6)
    home.body_map.set_selected(RIGHT_SHOULDER, True)
    monkeypatch.setattr(home_screen_module, "ask_routine_name", lambda parent: "after a run")
    with qtbot.waitSignal(home.routine_saved) as saved:
        QTest.mouseClick(home.save_routine_button, Qt.MouseButton.LeftButton)
    # Ratings belong to today; the routine keeps the spots in the plan's order.
    assert saved.args == [_routine("after a run", RIGHT_SHOULDER, LEFT_CALF)]
    # Shown once the history holds it (the window passes it on).
    assert home.routines() == []


def test_saving_under_a_taken_name_asks_first(
    qtbot: QtBot, home: HomeScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    home.set_routines([_routine("desk neck", LEFT_NECK)])
    home.body_map.set_selected(RIGHT_SHOULDER, True)
    monkeypatch.setattr(home_screen_module, "ask_routine_name", lambda parent: "desk neck")
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *args, **kwargs: answers.pop(0))
    )
    with qtbot.assertNotEmitted(home.routine_saved):
        home.save_routine()
    with qtbot.waitSignal(home.routine_saved) as saved:
        home.save_routine()
    assert saved.args == [_routine("desk neck", RIGHT_SHOULDER)]


def test_a_cancelled_name_saves_nothing(
    qtbot: QtBot, home: HomeScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    home.body_map.set_selected(RIGHT_SHOULDER, True)
    monkeypatch.setattr(home_screen_module, "ask_routine_name", lambda parent: None)
    with qtbot.assertNotEmitted(home.routine_saved):
        home.save_routine()


def test_every_control_is_reachable_by_tab_and_named(qtbot: QtBot, home: HomeScreen) -> None:
    home.set_routines([_routine("desk neck", LEFT_NECK)])
    home.body_map.set_selected(LEFT_CALF, True)
    home.body_map.set_current_spot(LEFT_CALF)
    home.body_map.setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[QWidget] = []
    for _ in range(60):
        widget = QApplication.focusWidget()
        assert widget is not None
        if widget in seen:
            break
        seen.append(widget)
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    wanted = [
        home.body_map,
        home.plan_list,
        home.up_button,
        home.start_button,
        home.scan_button,
        home.save_routine_button,
        *home.routine_buttons("desk neck"),
    ]
    for widget in wanted:
        if widget.isEnabled():
            assert widget in seen, widget
    for widget in seen:
        name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
        assert name, widget


def test_the_layout_holds_from_900_by_600_up(qtbot: QtBot, home: HomeScreen) -> None:
    home.body_map.set_tenderness(LEFT_CALF, 6)
    for size in (QSize(900, 600), QSize(1400, 900), QSize(1920, 1080)):
        home.resize(size)
        QApplication.processEvents()
        for widget in (
            home.body_map,
            home.start_button,
            home.scan_button,
            home.save_routine_button,
        ):
            top_left = widget.mapTo(home, QPoint(0, 0))
            assert home.rect().contains(top_left), (size, widget)
            assert widget.height() > 0 and widget.width() > 0
        assert not home.body_map.is_narrow()
        assert home.body_map.height() >= 400


def _mean_lightness(image: QImage) -> float:
    total = 0.0
    samples = 0
    for x in range(0, image.width(), 17):
        for y in range(0, image.height(), 17):
            total += QColor(image.pixel(x, y)).lightnessF()
            samples += 1
    return total / samples


def test_renders_offscreen_in_light_and_dark(qtbot: QtBot, tmp_path: Path) -> None:
    light, dark = render_pair(tmp_path)
    assert light.name == "home-light.png" and dark.name == "home-dark.png"
    light_image, dark_image = QImage(str(light)), QImage(str(dark))
    assert light_image.size() == QSize(1200, 760)
    assert _mean_lightness(light_image) > 0.7
    assert _mean_lightness(dark_image) < 0.3


@pytest.mark.parametrize("size", [QSize(900, 600), QSize(1400, 900)])
def test_renders_at_the_smallest_and_a_large_size(
    qtbot: QtBot, tmp_path: Path, size: QSize
) -> None:
    for name, palette in (("light", light_palette()), ("dark", dark_palette())):
        screen = sample_home(size)
        qtbot.addWidget(screen)
        path = render_widget(screen, palette, tmp_path / f"home-{size.width()}-{name}.png")
        image = QImage(str(path))
        assert image.size() == size
        window = palette.color(QPalette.ColorRole.Window)
        assert QColor(image.pixel(2, 2)).lightnessF() == pytest.approx(
            window.lightnessF(), abs=0.05
        )


def test_an_empty_home_renders_too(qtbot: QtBot, tmp_path: Path) -> None:
    for path in render_pair(tmp_path, empty=True):
        assert not QImage(str(path)).isNull()
