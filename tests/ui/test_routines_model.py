"""The saved routines as one list model that the home screen's buttons view."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from unknot.core.areas import AreaId, Side
from unknot.core.plans import Routine, Selection, Spot
from unknot.ui.home.home_screen import HomeScreen
from unknot.ui.home.routines_model import ROUTINE_ROLE, RoutinesModel


def routine(name: str, area: AreaId = AreaId.CALVES) -> Routine:
    return Routine(name, (Selection(Spot(area, Side.LEFT)),))


def names(model: RoutinesModel) -> list[str]:
    return [model.index(row).data() for row in range(model.rowCount())]


def test_the_model_keeps_routines_by_name_and_passes_the_model_tester(
    qtmodeltester: ModelTester,
) -> None:
    model = RoutinesModel()
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    model.set_routines([routine("desk neck"), routine("After a run"), routine("calves")])
    assert names(model) == ["After a run", "calves", "desk neck"]
    model.put(routine("Back", AreaId.NECK))
    model.put(routine("calves", AreaId.QUADS))
    assert names(model) == ["After a run", "Back", "calves", "desk neck"]
    assert model.index(2).data(ROUTINE_ROLE) == routine("calves", AreaId.QUADS)
    assert model.remove("Back") and not model.remove("Back")
    assert names(model) == ["After a run", "calves", "desk neck"]
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]


def test_the_same_routines_again_rebuild_no_button(qtbot: QtBot) -> None:
    screen = HomeScreen()
    qtbot.add_widget(screen)
    saved = [routine("desk neck"), routine("after a run")]
    screen.set_routines(saved)
    start, delete = screen.routine_buttons("desk neck")
    screen.set_routines(list(reversed(saved)))
    assert screen.routine_buttons("desk neck") == (start, delete)
    deleted: list[str] = []
    screen.routine_deleted.connect(deleted.append)
    screen.delete_routine("desk neck")
    assert deleted == ["desk neck"]
    # Gone from the list only when the history says so.
    assert screen.routines_model.rowCount() == 2
    screen.set_routines([saved[1]])
    assert [r.name for r in screen.routines()] == ["after a run"]
