"""The saved routines on the home screen are what the history holds: a routine
the history refuses is never shown, and so can never be started."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QDialog, QMessageBox

from tests.ui.window_rig import WindowRig, make_window, with_history
from unknot.core.areas import AreaId, Side
from unknot.core.plans import Routine, Selection, Spot
from unknot.core.records import MAX_ROUTINE_NAME_LENGTH
from unknot.ui.history.history_service import HistoryService, SaveError
from unknot.ui.home import home_screen as home_screen_module
from unknot.ui.home.routine_name import RoutineNameDialog, name_problem

CALF = Spot(AreaId.CALVES, Side.LEFT)


def _routine(name: str) -> Routine:
    return Routine(name, (Selection(CALF),))


@pytest.fixture
def rig(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> WindowRig:
    rig = make_window(qtbot, tmp_path)
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda parent, title, text, *a: told.append(text))
    )
    rig.told = told  # type: ignore[attr-defined]
    return rig


def _held(rig: WindowRig) -> list[Routine]:
    service = rig.window._service
    assert service is not None
    return sorted(service.routines(), key=lambda r: (r.name.casefold(), r.name))


def _shown(rig: WindowRig) -> list[Routine]:
    return rig.window.home.routines()


def _save_as(rig: WindowRig, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Save today's plan as a routine the way the person does, with `name` typed
    (past the name question, so names it would refuse reach the history too)."""
    home = rig.window.home
    home.plan_model.set_selections([Selection(CALF)])
    monkeypatch.setattr(home_screen_module, "ask_routine_name", lambda parent: name)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes)
    )
    home.save_routine()


def test_a_name_too_long_is_refused_and_not_shown(
    rig: WindowRig, monkeypatch: pytest.MonkeyPatch
) -> None:
    with with_history(rig):
        _save_as(rig, monkeypatch, "n" * (MAX_ROUTINE_NAME_LENGTH + 1))
        assert _held(rig) == []
        assert _shown(rig) == []
        assert rig.told  # type: ignore[attr-defined]
        with pytest.raises(KeyError):
            rig.window.home.routine_buttons("n" * (MAX_ROUTINE_NAME_LENGTH + 1))


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    # Any name a routine can carry (one with letters); the history refuses some.
    names=st.lists(
        st.text(max_size=MAX_ROUTINE_NAME_LENGTH + 5).filter(str.strip) | st.just("x" * 201),
        max_size=3,
    )
)
def test_after_any_save_the_list_is_what_the_history_holds(
    rig: WindowRig, monkeypatch: pytest.MonkeyPatch, names: list[str]
) -> None:
    with with_history(rig):
        for name in names:
            _save_as(rig, monkeypatch, name)
            assert _shown(rig) == _held(rig)


@pytest.mark.parametrize("write", ["save_routine", "delete_routine"])
def test_a_failed_write_leaves_the_list_as_the_history_holds_it(
    rig: WindowRig, monkeypatch: pytest.MonkeyPatch, write: str
) -> None:
    with with_history(rig):
        _save_as(rig, monkeypatch, "desk neck")
        assert [r.name for r in _shown(rig)] == ["desk neck"]

        def refuse(*args: object) -> None:
            raise SaveError("The disk is full.")

        monkeypatch.setattr(HistoryService, write, refuse)
        if write == "save_routine":
            _save_as(rig, monkeypatch, "after a run")
        else:
            rig.window.home.delete_routine("desk neck")
        assert rig.told == ["The disk is full."]  # type: ignore[attr-defined]
        assert _shown(rig) == _held(rig) == [_routine("desk neck")]


@given(text=st.text(max_size=MAX_ROUTINE_NAME_LENGTH + 10) | st.just(" " * 3 + "y" * 201))
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_ok_is_on_only_for_a_name_the_history_can_keep(qtbot: QtBot, text: str) -> None:
    dialog = RoutineNameDialog()
    qtbot.add_widget(dialog)
    dialog.line_edit.setText(text)
    keepable = 0 < len(text.strip()) <= MAX_ROUTINE_NAME_LENGTH
    assert dialog.ok_button.isEnabled() == keepable
    assert (name_problem(text) is None) == keepable
    if not keepable and text.strip():
        assert "longer than" in dialog.problem_label.text()
        assert dialog.problem_label.isVisibleTo(dialog)
    # Enter in the field cannot get round a switched-off OK.
    dialog.accept()
    assert (dialog.result() == QDialog.DialogCode.Accepted) == keepable


def test_an_empty_name_keeps_ok_off(qtbot: QtBot) -> None:
    dialog = RoutineNameDialog()
    qtbot.add_widget(dialog)
    assert not dialog.ok_button.isEnabled()
    assert not dialog.problem_label.isVisibleTo(dialog)
    dialog.line_edit.setText("   ")
    assert not dialog.ok_button.isEnabled()
    dialog.line_edit.setText("desk neck")
    assert dialog.ok_button.isEnabled()
    dialog.accept()
    assert dialog.name() == "desk neck"
