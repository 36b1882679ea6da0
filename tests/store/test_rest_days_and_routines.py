"""Rest days and saved routines live in the history file with the sessions."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from unknot.core.areas import AreaId, Side
from unknot.core.plans import Routine, Selection, Spot
from unknot.store import History, HistoryError

DESK_NECK = Routine(
    "desk neck",
    (
        Selection(Spot(AreaId.NECK, Side.LEFT), 6),
        Selection(Spot(AreaId.NECK, Side.RIGHT)),
        Selection(Spot(AreaId.SHOULDERS, Side.LEFT), 0),
    ),
)


def test_rest_days_are_set_and_unset_any_number_of_times(history: History) -> None:
    ill = date(2026, 1, 7)
    travelling = date(2026, 1, 9)
    history.set_rest_day(ill, rest=True)
    history.set_rest_day(ill, rest=True)
    history.set_rest_day(travelling, rest=True)
    assert history.rest_days() == {ill, travelling}

    history.set_rest_day(ill, rest=False)
    history.set_rest_day(ill, rest=False)
    history.set_rest_day(date(2030, 1, 1), rest=False)
    assert history.rest_days() == {travelling}


def test_a_rest_day_must_be_a_date(history: History) -> None:
    with pytest.raises(HistoryError):
        history.set_rest_day(datetime(2026, 1, 7, 12, 0), rest=True)
    assert history.rest_days() == frozenset()


def test_rest_days_survive_reopening(data_dir: Path) -> None:
    with History.open(data_dir) as history:
        history.set_rest_day(date(2026, 1, 7), rest=True)
    with History.open(data_dir) as history:
        assert history.rest_days() == {date(2026, 1, 7)}


def test_a_routine_comes_back_with_its_spots_in_order(history: History) -> None:
    history.save_routine(DESK_NECK)
    assert history.routines() == [DESK_NECK]


def test_saving_under_the_same_name_replaces(history: History) -> None:
    history.save_routine(DESK_NECK)
    shorter = Routine("desk neck", (Selection(Spot(AreaId.JAW, Side.BOTH), 4),))

    history.save_routine(shorter)

    assert history.routines() == [shorter]


def test_routines_are_listed_by_name_ignoring_case(history: History) -> None:
    names = ["evening", "Before bed", "after run", "Zen"]
    for name in names:
        history.save_routine(Routine(name, DESK_NECK.selections))

    assert [r.name for r in history.routines()] == ["after run", "Before bed", "evening", "Zen"]


def test_deleting_a_routine_removes_it_and_its_spots(history: History) -> None:
    history.save_routine(DESK_NECK)
    history.save_routine(Routine("feet", (Selection(Spot(AreaId.FEET, Side.LEFT)),)))

    history.delete_routine("desk neck")
    history.delete_routine("never saved")

    assert [r.name for r in history.routines()] == ["feet"]
    with history._engine.connect() as connection:
        spots = connection.exec_driver_sql("SELECT routine_name FROM routine_spots").all()
    assert spots == [("feet",)]


def test_routines_survive_reopening(data_dir: Path) -> None:
    with History.open(data_dir) as history:
        history.save_routine(DESK_NECK)
    with History.open(data_dir) as history:
        assert history.routines() == [DESK_NECK]
