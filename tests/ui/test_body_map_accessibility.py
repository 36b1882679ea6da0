"""The body map through the accessibility interfaces screen readers and voice
control use: each spot's actions and value, and the map's selection.

These go through Qt's own casts (`actionInterface()`, `valueInterface()`,
`selectionInterface()` call the C++ `interface_cast`), so they prove what the
AT-SPI bridge will find; tests/test_atspi_journey.py proves it over the bus.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleInterface,
    QAccessibleSelectionInterface,
)
from PySide6.QtWidgets import QApplication

from unknot.core.areas import AreaId, Side
from unknot.core.plans import Spot
from unknot.ui.home.body_map import BodyMap

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

TOGGLE = QAccessibleActionInterface.toggleAction()
SET_FOCUS = QAccessibleActionInterface.setFocusAction()
INCREASE = QAccessibleActionInterface.increaseAction()
DECREASE = QAccessibleActionInterface.decreaseAction()
LEFT_CALF = Spot(AreaId.CALVES, Side.LEFT)


@pytest.fixture
def body_map(qtbot: QtBot) -> Iterator[BodyMap]:
    widget = BodyMap()
    qtbot.addWidget(widget)
    widget.resize(900, 620)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def _interface(body_map: BodyMap) -> QAccessibleInterface:
    interface = QAccessible.queryAccessibleInterface(body_map)
    assert interface is not None
    return interface


def _child(body_map: BodyMap, name: str) -> QAccessibleInterface:
    interface = _interface(body_map)
    for index in range(interface.childCount()):
        child = interface.child(index)
        if child.text(QAccessible.Text.Name) == name:
            return child
    raise AssertionError(f"no spot named {name}")


def _selection(body_map: BodyMap) -> QAccessibleSelectionInterface:
    selection = _interface(body_map).selectionInterface()
    assert selection is not None
    return selection


def _picked_names(body_map: BodyMap) -> list[str]:
    return [item.text(QAccessible.Text.Name) for item in _selection(body_map).selectedItems()]


def test_every_spot_offers_toggle_and_focus_and_toggle_picks_and_drops(
    body_map: BodyMap,
) -> None:
    interface = _interface(body_map)
    for index in range(interface.childCount()):
        actions = interface.child(index).actionInterface()
        assert actions is not None
        assert actions.actionNames() == [TOGGLE, SET_FOCUS, INCREASE, DECREASE]
        assert actions.keyBindingsForAction(TOGGLE) == ["Space"]

    calf = _child(body_map, "Left calf")
    actions = calf.actionInterface()
    assert actions.localizedActionDescription(TOGGLE) == "Add to today's plan"
    actions.doAction(TOGGLE)
    assert body_map.is_selected(LEFT_CALF) and calf.state().selected
    assert actions.localizedActionDescription(TOGGLE) == "Remove from today's plan"
    actions.doAction(TOGGLE)
    assert not body_map.is_selected(LEFT_CALF) and not calf.state().selected


def test_set_focus_puts_the_keyboard_on_the_spot(body_map: BodyMap, qtbot: QtBot) -> None:
    body_map.activateWindow()
    calf = _child(body_map, "Left calf")
    calf.actionInterface().doAction(SET_FOCUS)
    qtbot.waitUntil(body_map.hasFocus)
    assert body_map.current_spot() == LEFT_CALF
    assert _interface(body_map).focusChild() is calf


def test_the_value_is_the_tenderness_and_setting_it_picks_the_spot(body_map: BodyMap) -> None:
    value = _child(body_map, "Left calf").valueInterface()
    assert value is not None
    assert (value.minimumValue(), value.maximumValue(), value.minimumStepSize()) == (0, 10, 1)
    assert value.currentValue() is None
    value.setCurrentValue(6)
    assert body_map.tenderness(LEFT_CALF) == 6 and body_map.is_selected(LEFT_CALF)
    assert value.currentValue() == 6
    # Out of range is held to the scale, never stored as given.
    value.setCurrentValue(14.0)
    assert body_map.tenderness(LEFT_CALF) == 10
    value.setCurrentValue(-3)
    assert body_map.tenderness(LEFT_CALF) == 0
    for nonsense in ("six", float("nan"), float("inf"), True):
        value.setCurrentValue(nonsense)
        assert body_map.tenderness(LEFT_CALF) == 0


def test_increase_and_decrease_step_the_rating_like_plus_and_minus(body_map: BodyMap) -> None:
    actions = _child(body_map, "Left calf").actionInterface()
    # An unrated spot has no value to step from: up starts at 1, down at 0.
    actions.doAction(INCREASE)
    assert body_map.tenderness(LEFT_CALF) == 1 and body_map.is_selected(LEFT_CALF)
    body_map.set_tenderness(LEFT_CALF, None)
    actions.doAction(DECREASE)
    assert body_map.tenderness(LEFT_CALF) == 0
    actions.doAction(DECREASE)
    assert body_map.tenderness(LEFT_CALF) == 0
    body_map.set_tenderness(LEFT_CALF, 10)
    actions.doAction(INCREASE)
    assert body_map.tenderness(LEFT_CALF) == 10
    actions.doAction(DECREASE)
    assert body_map.tenderness(LEFT_CALF) == 9
    assert actions.localizedActionDescription(INCREASE) == "One step more tender"


def test_the_map_selection_picks_drops_and_lists_the_spots(body_map: BodyMap) -> None:
    selection = _selection(body_map)
    calf, head = _child(body_map, "Left calf"), _child(body_map, "Head")
    assert selection.selectedItemCount() == 0
    assert selection.select(calf) and selection.select(head)
    # Listed in the map's order, head to feet, as the children are.
    assert _picked_names(body_map) == ["Head", "Left calf"]
    assert selection.selectedItem(1) is calf and selection.selectedItem(2) is None
    assert selection.isSelected(calf) and not selection.isSelected(_child(body_map, "Left foot"))
    assert selection.unselect(head)
    assert _picked_names(body_map) == ["Left calf"]
    assert selection.selectAll()
    assert selection.selectedItemCount() == _interface(body_map).childCount()
    assert selection.clear()
    assert body_map.selections() == []


def test_a_map_that_only_shows_offers_nothing_to_do(body_map: BodyMap) -> None:
    body_map.set_interactive(False)
    calf = _child(body_map, "Left calf")
    assert calf.actionInterface().actionNames() == []
    assert calf.valueInterface() is None
    assert not calf.state().selectable
    assert not _selection(body_map).select(calf)
    assert not _selection(body_map).selectAll()
    assert body_map.selections() == []


# One edit through the accessibility interfaces: (what, which spot, a rating).
_EDITS = st.tuples(
    st.sampled_from(["toggle", "select", "unselect", "rate", "increase", "decrease"]),
    st.integers(min_value=0, max_value=18),
    st.integers(min_value=-2, max_value=12),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(edits=st.lists(_EDITS, max_size=12))
def test_any_edits_by_assistive_technology_match_the_map(
    body_map: BodyMap, edits: list[tuple[str, int, int]]
) -> None:
    body_map.clear()
    interface = _interface(body_map)
    selection = _selection(body_map)
    expected: dict[int, int | None] = {}
    for what, index, rating in edits:
        child = interface.child(index)
        if what == "toggle":
            child.actionInterface().doAction(TOGGLE)
            if index in expected:
                del expected[index]
            else:
                expected[index] = None
        elif what == "select":
            assert selection.select(child)
            expected.setdefault(index, None)
        elif what == "unselect":
            assert selection.unselect(child)
            expected.pop(index, None)
        elif what in ("increase", "decrease"):
            child.actionInterface().doAction(INCREASE if what == "increase" else DECREASE)
            before = expected.get(index)
            if what == "increase":
                expected[index] = min(10, (before or 0) + 1)
            else:
                expected[index] = 0 if before is None else max(0, before - 1)
        else:
            child.valueInterface().setCurrentValue(rating)
            expected[index] = max(0, min(10, rating))
    QApplication.processEvents()
    picked = {interface.indexOfChild(item) for item in selection.selectedItems()}
    assert picked == set(expected)
    for index in range(interface.childCount()):
        child = interface.child(index)
        assert child.state().selected == (index in expected)
        assert selection.isSelected(child) == (index in expected)
        if index in expected:
            assert child.valueInterface().currentValue() == expected[index]


def test_a_spot_outliving_its_map_says_it_is_gone(qtbot: QtBot) -> None:
    body_map = BodyMap()
    calf = _child(body_map, "Left calf")
    assert calf.isValid()
    body_map.deleteLater()
    qtbot.waitUntil(lambda: not calf.isValid())
