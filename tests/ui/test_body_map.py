"""The body map widget: clicks, keys, ratings and what a screen reader hears."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QAccessible, QContextMenuEvent, QHelpEvent, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QToolTip, QVBoxLayout, QWidget

from tests.ui.body_map_helpers import interior_point, just_outside
from unknot.core.areas import AreaId, Side
from unknot.core.plans import Selection, Spot
from unknot.ui.home.body_map import BodyMap, describe
from unknot.ui.home.body_map_renderer import View
from unknot.ui.shared.assets import asset_path

# The offscreen platform says it cannot pass on a window's size hints, raise a
# tooltip or let a menu grab the keyboard; none of it matters here.
pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "does not support grabbing"
)

LEFT_CALF = Spot(AreaId.CALVES, Side.LEFT)
RIGHT_SHOULDER = Spot(AreaId.SHOULDERS, Side.RIGHT)


@pytest.fixture
def body_map(qtbot: QtBot) -> Iterator[BodyMap]:
    widget = BodyMap()
    qtbot.addWidget(widget)
    widget.resize(900, 620)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def _all_region_ids() -> list[str]:
    # Read straight from the figure files: no Qt while tests are collected.
    ids = []
    for view in View:
        root = ET.parse(asset_path(f"body/{view.value}.svg")).getroot()
        ids += [e.attrib["id"] for e in root.iter() if "data-area" in e.attrib]
    return ids


def _point(body_map: BodyMap, region_id: str) -> QPoint:
    return interior_point(body_map.renderer.region_path(region_id)).toPoint()


def _click(qtbot: QtBot, body_map: BodyMap, point: QPoint) -> None:
    QTest.mouseClick(body_map, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


@pytest.mark.parametrize("region_id", _all_region_ids())
def test_a_click_inside_a_region_toggles_exactly_its_spot(
    qtbot: QtBot, body_map: BodyMap, region_id: str
) -> None:
    spot = body_map.renderer.region(region_id).spot
    point = _point(body_map, region_id)
    with qtbot.waitSignal(body_map.region_toggled) as toggled:
        _click(qtbot, body_map, point)
    assert toggled.args == [spot]
    assert body_map.selections() == [Selection(spot)]
    assert body_map.current_spot() == spot
    _click(qtbot, body_map, point)
    assert body_map.selections() == []


@pytest.mark.parametrize("region_id", _all_region_ids())
def test_a_click_just_outside_a_region_leaves_it_alone(
    qtbot: QtBot, body_map: BodyMap, region_id: str
) -> None:
    path = body_map.renderer.region_path(region_id)
    spot = body_map.renderer.region(region_id).spot
    inside = interior_point(path)
    for step in (QPointF(1, 0), QPointF(-1, 0), QPointF(0, 1), QPointF(0, -1)):
        outside = just_outside(path, inside, step, beyond=1.5)
        # Only points that are outside after rounding to a whole pixel count.
        point = outside.toPoint()
        while path.contains(QPointF(point)):
            outside += step
            point = outside.toPoint()
        other = body_map.region_at(point)
        _click(qtbot, body_map, point)
        picked = [s.spot for s in body_map.selections()]
        assert spot not in picked or (other is not None and other.spot == spot), step
        body_map.clear()


def test_a_click_on_empty_space_does_nothing(qtbot: QtBot, body_map: BodyMap) -> None:
    with qtbot.assertNotEmitted(body_map.selection_changed):
        for point in (QPoint(3, 3), QPoint(450, 610), QPoint(890, 300)):
            assert body_map.region_at(point) is None
            _click(qtbot, body_map, point)
    assert body_map.selections() == []


def test_a_press_in_one_region_and_release_in_another_picks_nothing(
    qtbot: QtBot, body_map: BodyMap
) -> None:
    press_at = _point(body_map, "back-calves-left")
    release_at = _point(body_map, "back-calves-right")
    no_keys = Qt.KeyboardModifier.NoModifier
    QTest.mousePress(body_map, Qt.MouseButton.LeftButton, no_keys, press_at)
    QTest.mouseRelease(body_map, Qt.MouseButton.LeftButton, no_keys, release_at)
    assert body_map.selections() == []


def _move_mouse(widget: QWidget, point: QPoint) -> None:
    # Sent straight to the widget: QTest's move is skipped when the pointer
    # already rests where an earlier test left it.
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(point),
        QPointF(widget.mapToGlobal(point)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, move)


def test_hover_highlights_and_names_the_region(qtbot: QtBot, body_map: BodyMap) -> None:
    point = _point(body_map, "back-calves-left")
    _move_mouse(body_map, point)
    assert body_map.cursor().shape() == Qt.CursorShape.PointingHandCursor
    help_event = QHelpEvent(QEvent.Type.ToolTip, point, body_map.mapToGlobal(point))
    QApplication.sendEvent(body_map, help_event)
    assert QToolTip.text() == "Left calf: click to add"
    body_map.set_tenderness(LEFT_CALF, 6)
    assert body_map.tooltip_text(LEFT_CALF).startswith("Left calf (tenderness 6)")
    _move_mouse(body_map, QPoint(3, 3))
    assert body_map.cursor().shape() == Qt.CursorShape.ArrowCursor


def test_the_quick_picker_rates_a_spot(qtbot: QtBot, body_map: BodyMap) -> None:
    menu = body_map.tenderness_menu(LEFT_CALF)
    rate = {a.data(): a for a in menu.actions() if isinstance(a.data(), int)}
    assert sorted(rate) == list(range(11))
    rate[6].trigger()
    assert body_map.selections() == [Selection(LEFT_CALF, 6)]
    menu = body_map.tenderness_menu(LEFT_CALF)
    checked = [a.data() for a in menu.actions() if a.isChecked()]
    assert checked == [6]
    by_text = {a.text(): a for a in menu.actions()}
    by_text["Not rated"].trigger()
    assert body_map.tenderness(LEFT_CALF) is None
    body_map.tenderness_menu(LEFT_CALF).actions()[-1].trigger()
    assert body_map.selections() == []


@pytest.fixture
def field_and_map(qtbot: QtBot) -> Iterator[tuple[QLineEdit, BodyMap]]:
    """A text field, then the map: Tab from the field goes into the map."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    field = QLineEdit(window)
    body_map = BodyMap(window)
    layout.addWidget(field)
    layout.addWidget(body_map, 1)
    window.resize(900, 660)
    window.show()
    window.activateWindow()
    QApplication.processEvents()
    assert window.isActiveWindow()
    field.setFocus()
    yield field, body_map


def test_the_keyboard_path(field_and_map: tuple[QLineEdit, BodyMap]) -> None:
    field, body_map = field_and_map
    assert field.hasFocus()
    QTest.keyClick(field, Qt.Key.Key_Tab)
    assert body_map.hasFocus()
    assert body_map.current_spot() == Spot(AreaId.HEAD, Side.BOTH)

    # Down to the jaw, across to the person's left jaw (the viewer's right).
    QTest.keyClick(body_map, Qt.Key.Key_Down)
    assert body_map.current_spot() is not None
    assert body_map.current_spot().area is AreaId.JAW  # type: ignore[union-attr]
    QTest.keyClick(body_map, Qt.Key.Key_Left)
    assert body_map.current_spot() == Spot(AreaId.JAW, Side.RIGHT)
    QTest.keyClick(body_map, Qt.Key.Key_Right)
    assert body_map.current_spot() == Spot(AreaId.JAW, Side.LEFT)

    QTest.keyClick(body_map, Qt.Key.Key_Space)
    assert body_map.selections() == [Selection(Spot(AreaId.JAW, Side.LEFT))]
    QTest.keyClick(body_map, Qt.Key.Key_6)
    assert body_map.tenderness(Spot(AreaId.JAW, Side.LEFT)) == 6
    QTest.keyClick(body_map, Qt.Key.Key_1)
    QTest.keyClick(body_map, Qt.Key.Key_0)
    assert body_map.tenderness(Spot(AreaId.JAW, Side.LEFT)) == 10
    QTest.keyClick(body_map, Qt.Key.Key_Minus)
    assert body_map.tenderness(Spot(AreaId.JAW, Side.LEFT)) == 9
    QTest.keyClick(body_map, Qt.Key.Key_Plus, Qt.KeyboardModifier.ShiftModifier)
    assert body_map.tenderness(Spot(AreaId.JAW, Side.LEFT)) == 10
    QTest.keyClick(body_map, Qt.Key.Key_Backspace)
    assert body_map.tenderness(Spot(AreaId.JAW, Side.LEFT)) is None
    QTest.keyClick(body_map, Qt.Key.Key_Return)
    assert body_map.selections() == []

    # To the back of the body and down to the left calf.
    for _ in range(6):
        QTest.keyClick(body_map, Qt.Key.Key_Right)
    assert body_map.current_spot() is not None
    region = body_map.renderer.region(body_map._focused or "")
    assert region.view is View.BACK
    QTest.keyClick(body_map, Qt.Key.Key_End)
    QTest.keyClick(body_map, Qt.Key.Key_Up)
    QTest.keyClick(body_map, Qt.Key.Key_Left)
    assert body_map.current_spot() == LEFT_CALF
    QTest.keyClick(body_map, Qt.Key.Key_3)
    assert body_map.selections() == [Selection(LEFT_CALF, 3)]

    # Tab leaves the map again.
    QTest.keyClick(body_map, Qt.Key.Key_Tab)
    assert not body_map.hasFocus()


def test_a_digit_on_an_unpicked_spot_picks_and_rates_it(
    field_and_map: tuple[QLineEdit, BodyMap],
) -> None:
    field, body_map = field_and_map
    QTest.keyClick(field, Qt.Key.Key_Tab)
    QTest.keyClick(body_map, Qt.Key.Key_0)
    assert body_map.selections() == [Selection(Spot(AreaId.HEAD, Side.BOTH), 0)]
    # "0" after a plain "0" stays 0; only "1" then "0" makes 10.
    QTest.keyClick(body_map, Qt.Key.Key_0)
    assert body_map.tenderness(Spot(AreaId.HEAD, Side.BOTH)) == 0


def test_focus_ring_only_after_the_keyboard(
    qtbot: QtBot, field_and_map: tuple[QLineEdit, BodyMap]
) -> None:
    _, body_map = field_and_map
    _click(qtbot, body_map, _point(body_map, "back-calves-left"))
    assert body_map.hasFocus()
    assert not body_map._focus_visible
    QTest.keyClick(body_map, Qt.Key.Key_Up)
    assert body_map._focus_visible


def test_accessible_children_name_each_spot_and_its_state(body_map: BodyMap) -> None:
    interface = QAccessible.queryAccessibleInterface(body_map)
    assert interface is not None
    assert interface.text(QAccessible.Text.Name) == "Body map"
    assert interface.role() == QAccessible.Role.List
    names = [interface.child(i).text(QAccessible.Text.Name) for i in range(interface.childCount())]
    assert len(names) == 19 == len(set(names))
    assert names[:4] == ["Head", "Left jaw", "Right jaw", "Left side of the neck"]
    assert "Left calf" in names and "Right shoulder" in names

    body_map.set_tenderness(LEFT_CALF, 6)
    body_map.set_selected(RIGHT_SHOULDER, True)
    calf = interface.child(names.index("Left calf"))
    assert calf.text(QAccessible.Text.Description) == "Left calf, selected, tenderness 6"
    assert calf.text(QAccessible.Text.Value) == "tenderness 6"
    assert calf.state().selected
    assert calf.role() == QAccessible.Role.ListItem
    shoulder = interface.child(names.index("Right shoulder"))
    assert shoulder.text(QAccessible.Text.Description) == (
        "Right shoulder, selected, tenderness not rated"
    )
    foot = interface.child(names.index("Left foot"))
    assert not foot.state().selected
    assert foot.text(QAccessible.Text.Description) == "Left foot, not selected"
    assert interface.indexOfChild(calf) == names.index("Left calf")
    assert calf.parent() is interface

    # The child under a point is the spot drawn there.
    rect = calf.rect()
    assert rect.isValid()
    global_point = body_map.mapToGlobal(_point(body_map, "back-calves-left"))
    under = interface.childAt(global_point.x(), global_point.y())
    assert under is calf


def test_the_focused_child_follows_the_keyboard(
    field_and_map: tuple[QLineEdit, BodyMap],
) -> None:
    field, body_map = field_and_map
    QTest.keyClick(field, Qt.Key.Key_Tab)
    interface = QAccessible.queryAccessibleInterface(body_map)
    assert interface is not None
    focused = interface.focusChild()
    assert focused is not None
    assert focused.text(QAccessible.Text.Name) == "Head"
    assert focused.state().focused


def test_describe_reads_like_a_sentence() -> None:
    assert describe(LEFT_CALF, True, 6) == "Left calf, selected, tenderness 6"
    assert describe(LEFT_CALF, False, None) == "Left calf, not selected"


def test_selections_round_trip_and_unknown_spots_are_refused(body_map: BodyMap) -> None:
    wanted = [Selection(RIGHT_SHOULDER, 4), Selection(LEFT_CALF, 6)]
    with pytest.raises(ValueError, match="no region"):
        body_map.set_selections([Selection(Spot(AreaId.CALVES, Side.BOTH))])
    body_map.set_selections(wanted)
    assert body_map.selections() == wanted
    body_map.set_selected(LEFT_CALF, False)
    assert body_map.selections() == wanted[:1]
    with pytest.raises(ValueError):
        body_map.set_tenderness(RIGHT_SHOULDER, 11)


def test_set_selections_says_what_changed(qtbot: QtBot, body_map: BodyMap) -> None:
    body_map.set_selections([Selection(LEFT_CALF, 2)])
    with qtbot.waitSignals([body_map.selection_changed, body_map.region_toggled]):
        body_map.set_selections([Selection(RIGHT_SHOULDER)])
    with qtbot.assertNotEmitted(body_map.selection_changed):
        body_map.set_selections([Selection(RIGHT_SHOULDER)])


def test_a_narrow_map_shows_one_view_with_a_switch(qtbot: QtBot) -> None:
    body_map = BodyMap()
    qtbot.addWidget(body_map)
    body_map.resize(260, 620)
    body_map.show()
    qtbot.waitExposed(body_map)
    assert body_map.is_narrow()
    assert body_map.shown_views() == [View.FRONT]
    switch = body_map._switch
    assert switch.isVisible()
    QTest.mouseClick(switch.button(View.BACK), Qt.MouseButton.LeftButton)
    assert body_map.shown_views() == [View.BACK]
    # Clicks land on the view that is shown.
    _click(qtbot, body_map, _point(body_map, "back-calves-left"))
    assert body_map.selections() == [Selection(LEFT_CALF)]
    # The keyboard walks on into the hidden view and brings it up.
    body_map.setFocus(Qt.FocusReason.TabFocusReason)
    body_map.set_current_spot(Spot(AreaId.HEAD, Side.BOTH))
    QTest.keyClick(body_map, Qt.Key.Key_Left)
    assert body_map.shown_views() == [View.FRONT]
    body_map.resize(900, 620)
    assert not body_map.is_narrow()
    assert body_map.shown_views() == [View.FRONT, View.BACK]
    assert not switch.isVisible()


def test_a_map_that_only_shows_takes_no_input(qtbot: QtBot, body_map: BodyMap) -> None:
    body_map.set_interactive(False)
    body_map.set_highlighted([LEFT_CALF])
    body_map.set_avoided([RIGHT_SHOULDER])
    _click(qtbot, body_map, _point(body_map, "back-calves-left"))
    QTest.keyClick(body_map, Qt.Key.Key_Space)
    assert body_map.selections() == []
    assert body_map.focusPolicy() == Qt.FocusPolicy.NoFocus
    image = body_map.grab()
    assert not image.isNull()


def test_a_small_map_that_only_shows_picks_the_view_of_the_highlight(qtbot: QtBot) -> None:
    body_map = BodyMap()
    qtbot.addWidget(body_map)
    body_map.set_interactive(False)
    body_map.resize(120, 400)
    body_map.show()
    qtbot.waitExposed(body_map)
    assert body_map.is_narrow()
    assert not body_map._switch.isVisible()
    body_map.set_highlighted([LEFT_CALF])
    assert body_map.shown_views() == [View.BACK]
    body_map.set_highlighted([Spot(AreaId.QUADS, Side.BOTH)])
    assert body_map.shown_views() == [View.FRONT]


@pytest.mark.parametrize("reason", ["mouse", "keyboard"])
def test_right_click_or_the_menu_key_opens_the_quick_picker(body_map: BodyMap, reason: str) -> None:
    point = _point(body_map, "back-calves-left")
    if reason == "mouse":
        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, point, body_map.mapToGlobal(point)
        )
    else:
        body_map.set_current_spot(LEFT_CALF)
        origin = QPoint(0, 0)
        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard, origin, body_map.mapToGlobal(origin)
        )
    QApplication.sendEvent(body_map, event)
    menu = body_map.findChild(QMenu)
    assert menu is not None and menu.isVisible()
    assert menu.title() == "Left calf"
    next(a for a in menu.actions() if a.data() == 6).trigger()
    menu.hide()
    assert body_map.selections() == [Selection(LEFT_CALF, 6)]


def test_right_click_on_empty_space_opens_nothing(body_map: BodyMap) -> None:
    point = QPoint(3, 3)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, body_map.mapToGlobal(point))
    QApplication.sendEvent(body_map, event)
    assert body_map.findChild(QMenu) is None
