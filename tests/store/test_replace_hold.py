"""A hold saved when its time ran out is replaced by the person's answer, in place."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.records import hold
from tests.store.helpers import assert_same_instants_and_offsets
from unknot.core.areas import AreaId, Side, Tool
from unknot.core.records import Outcome, SessionKind
from unknot.store import History, HistoryError

BERLIN = ZoneInfo("Europe/Berlin")
START = datetime(2026, 3, 29, 1, 30, tzinfo=BERLIN)


def test_record_hold_returns_a_distinct_id_per_hold(history: History) -> None:
    session_id = history.begin_session(SessionKind.FOCUS, START, "Europe/Berlin")
    first = history.record_hold(session_id, hold(START))
    second = history.record_hold(session_id, hold(START + timedelta(minutes=3)))
    assert isinstance(first, int) and isinstance(second, int)
    assert first != second


def test_the_answer_replaces_the_pending_hold_in_its_place(history: History) -> None:
    session_id = history.begin_session(SessionKind.FOCUS, START, "Europe/Berlin")
    pending = hold(START, released=False, tenderness_after=None, held_seconds=120.0)
    pending_id = history.record_hold(session_id, pending)
    after = hold(START + timedelta(minutes=3), area=AreaId.SHOULDERS, side=Side.RIGHT)
    history.record_hold(session_id, after)

    answered = dataclasses.replace(
        pending,
        released=True,
        tenderness_after=2,
        tool=Tool.LACROSSE_BALL,
        tools_tried=(Tool.FOAM_ROLLER, Tool.LACROSSE_BALL),
        planned_seconds=180,
        held_seconds=180.0,
        ended_at=pending.started_at + timedelta(seconds=180),
    )
    history.replace_hold(pending_id, answered)

    saved = history.session(session_id)
    assert saved is not None
    assert_same_instants_and_offsets(saved.holds, (answered, after))


def test_a_replaced_hold_survives_reopening(data_dir: Path) -> None:
    with History.open(data_dir) as history:
        session_id = history.begin_session(SessionKind.FOCUS, START, "Europe/Berlin")
        hold_id = history.record_hold(session_id, hold(START, tenderness_after=None))
        history.replace_hold(hold_id, hold(START, tenderness_after=1, released=True))
        history.finish_session(session_id, Outcome.COMPLETED, START + timedelta(minutes=5))
    with History.open(data_dir) as history:
        saved = history.session(session_id)
        assert saved is not None
        assert [h.tenderness_after for h in saved.holds] == [1]
        assert saved.holds[0].released


def test_replacing_a_hold_that_is_not_there_is_refused(history: History) -> None:
    with pytest.raises(HistoryError):
        history.replace_hold(4242, hold(START))


def test_a_bad_replacement_changes_nothing(history: History) -> None:
    session_id = history.begin_session(SessionKind.FOCUS, START, "Europe/Berlin")
    original = hold(START)
    hold_id = history.record_hold(session_id, original)
    with pytest.raises(HistoryError):
        history.replace_hold(hold_id, dataclasses.replace(original, tenderness_after=11))
    saved = history.session(session_id)
    assert saved is not None
    assert_same_instants_and_offsets(saved.holds, (original,))
