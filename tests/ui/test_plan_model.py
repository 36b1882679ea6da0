"""Today's plan as one model: the body map and the plan list both view it, and
every way of editing the plan shows in both."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.body_map_helpers import interior_point
from unknot.core.areas import AreaId, Side
from unknot.core.plans import Routine, Selection, Spot, order_by_position
from unknot.ui.home.home_screen import HomeScreen
from unknot.ui.home.plan_model import PLAN_ROWS_MIME, PlanModel, PlanRole

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")

LEFT_CALF = Spot(AreaId.CALVES, Side.LEFT)
RIGHT_SHOULDER = Spot(AreaId.SHOULDERS, Side.RIGHT)
LEFT_NECK = Spot(AreaId.NECK, Side.LEFT)
HEAD = Spot(AreaId.HEAD, Side.BOTH)
SPOTS = [LEFT_CALF, RIGHT_SHOULDER, LEFT_NECK, HEAD, Spot(AreaId.CALVES, Side.RIGHT)]


@pytest.fixture
def home(qtbot: QtBot) -> Iterator[HomeScreen]:
    screen = HomeScreen()
    qtbot.addWidget(screen)
    screen.resize(900, 600)
    screen.show()
    QApplication.processEvents()
    yield screen


def _list_rows(home: HomeScreen) -> list[str]:
    # What the plan list shows, read through the list view itself.
    model = home.plan_list.model()
    return [
        str(model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole))
        for row in range(model.rowCount())
    ]


def _map_picks(home: HomeScreen) -> dict[Spot, int | None]:
    # What the map shows: each spot, picked or not, and its rating.
    body_map = home.body_map
    return {
        spot: body_map.tenderness(spot)
        for spot in body_map.accessible_spots()
        if body_map.is_selected(spot)
    }


def _assert_views_agree(home: HomeScreen) -> None:
    selections = home.plan_model.selections()
    assert _map_picks(home) == {s.spot: s.tenderness for s in selections}
    rows = _list_rows(home)
    assert len(rows) == len(selections)
    for number, (row, selection) in enumerate(zip(rows, selections, strict=True), start=1):
        assert row.startswith(f"{number}. {selection.spot.name}: ")
        rated = (
            "not rated" if selection.tenderness is None else f"tenderness {selection.tenderness}"
        )
        assert row.endswith(rated)


def _click(home: HomeScreen, region_id: str) -> None:
    point = interior_point(home.body_map.renderer.region_path(region_id)).toPoint()
    QTest.mouseClick(
        home.body_map, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )


def test_the_model_keeps_qts_rules_through_every_edit(qtmodeltester: ModelTester) -> None:
    model = PlanModel()
    qtmodeltester.check(model, force_py=True)  # type: ignore[no-untyped-call]
    model.set_selected(LEFT_CALF, True)
    model.set_tenderness(RIGHT_SHOULDER, 4)
    model.set_selected(LEFT_NECK, True)
    assert model.move(0, 2)
    model.set_tenderness(LEFT_CALF, 7)
    model.set_avoided([LEFT_NECK])
    model.set_hold_seconds(150)
    model.set_selected(RIGHT_SHOULDER, False)
    model.set_selections([Selection(HEAD, 2), Selection(LEFT_CALF)])
    qtmodeltester.check(model, force_py=True)  # type: ignore[no-untyped-call]


def test_rows_carry_spot_name_tenderness_tool_and_hold() -> None:
    model = PlanModel(hold_seconds=150)
    model.set_tenderness(LEFT_CALF, 6)
    model.set_avoided([LEFT_CALF])
    index = model.index(0)
    step = model.plan().steps[0]
    assert index.data(PlanRole.SPOT) == LEFT_CALF
    assert index.data(PlanRole.NAME) == "Left calf"
    assert index.data(PlanRole.TENDERNESS) == 6
    assert index.data(PlanRole.TOOL) == step.tool
    assert index.data(PlanRole.HOLD_SECONDS) == 150
    assert index.data(PlanRole.AVOIDED) is True
    assert index.data(PlanRole.NUMBER) == 1
    assert b"tenderness" in bytes(model.roleNames()[PlanRole.TENDERNESS].data())


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["pick", "drop", "rate", "move", "load"]),
            st.sampled_from(SPOTS),
            st.integers(0, 10),
            st.integers(0, 5),
        ),
        max_size=25,
    )
)
def test_any_edits_keep_one_row_per_spot_in_the_body_order_until_reordered(
    edits: list[tuple[str, Spot, int, int]],
) -> None:
    model = PlanModel()
    reordered = False
    for kind, spot, value, row in edits:
        if kind == "pick":
            model.set_selected(spot, True)
        elif kind == "drop":
            model.set_selected(spot, False)
        elif kind == "rate":
            model.set_tenderness(spot, value)
        elif kind == "move":
            reordered |= model.move(row % 3, row % 2)
        else:
            model.set_selections([Selection(spot, value)])
            reordered = True
        if not model.spots():
            reordered = False
        spots = model.spots()
        assert len(spots) == len(set(spots)) == model.rowCount()
        if not reordered:
            assert spots == order_by_position(spots)
        numbers = [model.index(r).data(PlanRole.NUMBER) for r in range(model.rowCount())]
        assert numbers == list(range(1, model.rowCount() + 1))


def test_clicking_and_keys_on_the_map_show_in_the_list(qtbot: QtBot, home: HomeScreen) -> None:
    _click(home, "back-calves-left")
    _assert_views_agree(home)
    assert home.current_row() == 0
    QTest.keyClick(home.body_map, Qt.Key.Key_6)
    assert home.plan_model.tenderness(LEFT_CALF) == 6
    _assert_views_agree(home)
    QTest.keyClick(home.body_map, Qt.Key.Key_Plus)
    assert _list_rows(home)[0].endswith("tenderness 7")
    QTest.keyClick(home.body_map, Qt.Key.Key_Minus)
    QTest.keyClick(home.body_map, Qt.Key.Key_Minus)
    assert _list_rows(home)[0].endswith("tenderness 5")
    QTest.keyClick(home.body_map, Qt.Key.Key_Backspace)
    assert _list_rows(home)[0].endswith("not rated")
    _click(home, "back-shoulders-right")
    _assert_views_agree(home)
    # Space on the map drops the spot under the keyboard, from the list too.
    QTest.keyClick(home.body_map, Qt.Key.Key_Space)
    assert not home.plan_model.contains(RIGHT_SHOULDER)
    _assert_views_agree(home)
    _click(home, "back-calves-left")
    assert _list_rows(home) == []
    assert home.empty_label.isVisible()


def test_the_picker_and_the_list_rate_through_the_model(home: HomeScreen) -> None:
    for spot in (LEFT_NECK, LEFT_CALF):
        home.body_map.set_selected(spot, True)
    home.set_current_row(1)
    assert home.body_map.current_spot() == LEFT_CALF
    home.picker.pick(8)
    assert home.body_map.tenderness(LEFT_CALF) == 8
    _assert_views_agree(home)


def test_alt_arrows_and_drags_in_the_list_show_on_the_map_and_in_the_plan(
    home: HomeScreen,
) -> None:
    for spot in (LEFT_NECK, RIGHT_SHOULDER, LEFT_CALF):
        home.body_map.set_tenderness(spot, 3)
    home.set_current_row(0)
    home.plan_list.setFocus()
    QTest.keyClick(home.plan_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert home.plan_model.spots() == [RIGHT_SHOULDER, LEFT_NECK, LEFT_CALF]
    assert home.current_row() == 1
    assert home.body_map.selections() == home.plan_model.selections()
    _assert_views_agree(home)
    # A drag: the list's own MIME data dropped at the top.
    model = home.plan_list.model()
    data = model.mimeData([model.index(2, 0)])
    assert data.hasFormat(PLAN_ROWS_MIME)
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert [s.spot for s in home.plan().steps] == [LEFT_CALF, RIGHT_SHOULDER, LEFT_NECK]
    assert home.body_map.selections()[0].spot == LEFT_CALF
    _assert_views_agree(home)
    # A drop to the end (row -1) and one that is not a plan's rows.
    model.dropMimeData(
        model.mimeData([model.index(0, 0)]), Qt.DropAction.MoveAction, -1, 0, QModelIndex()
    )
    assert home.plan_model.spots() == [RIGHT_SHOULDER, LEFT_NECK, LEFT_CALF]
    assert not model.canDropMimeData(data, Qt.DropAction.CopyAction, 0, 0, QModelIndex())
    # A spot picked after the reordering joins at the end.
    home.body_map.set_selected(HEAD, True)
    assert home.plan_model.spots()[-1] == HEAD
    _assert_views_agree(home)


def test_loading_a_routine_fills_both_views(qtbot: QtBot, home: HomeScreen) -> None:
    home.body_map.set_tenderness(LEFT_CALF, 5)
    home.set_routines([Routine("desk neck", (Selection(LEFT_NECK), Selection(RIGHT_SHOULDER)))])
    assert home.load_routine("desk neck")
    assert not home.load_routine("no such routine")
    assert home.plan_model.spots() == [LEFT_NECK, RIGHT_SHOULDER]
    _assert_views_agree(home)
    start, _ = home.routine_buttons("desk neck")
    with qtbot.waitSignal(home.start_requested) as started:
        QTest.mouseClick(start, Qt.MouseButton.LeftButton)
    assert [s.spot for s in started.args[0].steps] == [LEFT_NECK, RIGHT_SHOULDER]


def test_areas_to_keep_off_live_in_the_plan(home: HomeScreen) -> None:
    home.body_map.set_selected(LEFT_CALF, True)
    home.body_map.set_avoided([LEFT_CALF])
    assert home.plan_model.avoided() == frozenset({LEFT_CALF})
    assert home.plan_model.index(0).data(PlanRole.AVOIDED) is True


def test_a_screen_reader_hears_each_rows_place(home: HomeScreen) -> None:
    for spot in (LEFT_NECK, LEFT_CALF):
        home.body_map.set_tenderness(spot, 2)
    home.plan_model.move(1, 0)
    names = []
    for row in range(home.plan_model.rowCount()):
        index = home.plan_model.index(row)
        rect = home.plan_list.visualRect(index)
        point = home.plan_list.viewport().mapToGlobal(rect.center())
        list_interface = QAccessible.queryAccessibleInterface(home.plan_list)
        assert list_interface is not None
        cell = list_interface.childAt(point.x(), point.y())
        assert cell is not None
        names.append(cell.text(QAccessible.Text.Name))
    assert names == [
        "1. Left calf: Tennis ball · hold 2 min · tenderness 2",
        "2. Left side of the neck: Hands · hold 2 min · tenderness 2",
    ]
