"""A whole session walked through the core, no UI and no database."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from unknot.core.areas import AreaId, Side, Tool
from unknot.core.clock import FakeClock
from unknot.core.guided_session import GuidedSession, GuidedSessionError
from unknot.core.hold_timer import HoldState
from unknot.core.plans import Selection, Spot, focus_plan, scan_plan
from unknot.core.records import Outcome, SessionKind


def tick(clock: FakeClock, session: GuidedSession, seconds: int) -> None:
    for _ in range(seconds):
        clock.advance(1)
        session.timer.poll()


def plan_calf_and_shoulder() -> GuidedSession:
    clock = FakeClock(datetime(2026, 3, 28, 23, 30, tzinfo=UTC), zone="Europe/Berlin")
    plan = focus_plan(
        [
            Selection(Spot(AreaId.CALVES, Side.LEFT), 6),
            Selection(Spot(AreaId.SHOULDERS, Side.RIGHT), 4),
        ]
    )
    session = GuidedSession(plan, clock)
    session.__dict__["test_clock"] = clock
    return session


def clock_of(session: GuidedSession) -> FakeClock:
    clock = session.__dict__["test_clock"]
    assert isinstance(clock, FakeClock)
    return clock


def test_a_session_is_dated_where_it_was_done() -> None:
    session = plan_calf_and_shoulder()
    assert session.time_zone == "Europe/Berlin"
    assert session.started_at.utcoffset() is not None
    assert session.started_at.replace(tzinfo=None) == datetime(2026, 3, 29, 0, 30)
    assert session.started_at.date() == date(2026, 3, 29)


def test_a_normal_session_hands_out_one_record_per_spot() -> None:
    session = plan_calf_and_shoulder()
    clock = clock_of(session)
    session.timer.start()
    tick(clock, session, 120)
    assert session.timer.state is HoldState.DONE
    pending = session.pending_record()
    assert not pending.released
    first = session.end_hold(released=True, tenderness_after=3)
    assert first.area is AreaId.CALVES and first.side is Side.LEFT
    assert first.tool is Tool.FOAM_ROLLER
    assert first.held_seconds == 120
    assert first.tenderness_before == 6 and first.tenderness_after == 3
    assert first.released
    assert first.started_at == pending.started_at
    assert session.next_step()
    session.timer.start()
    tick(clock, session, 50)
    second = session.end_hold(released=True)
    assert second.held_seconds == 50
    assert second.tenderness_before == 4
    assert not session.next_step()
    assert session.outcome is Outcome.COMPLETED
    assert session.records == (first, second)


def test_more_pressure_and_extra_minute_show_in_the_record() -> None:
    session = plan_calf_and_shoulder()
    clock = clock_of(session)
    session.timer.start()
    tick(clock, session, 30)
    session.timer.more_pressure()
    session.timer.extend()
    tick(clock, session, 150)
    record = session.end_hold(released=True)
    assert record.tool is Tool.LACROSSE_BALL
    assert record.tools_tried == (Tool.FOAM_ROLLER, Tool.LACROSSE_BALL)
    assert record.planned_seconds == 180
    assert record.held_seconds == 180


def test_sharp_pain_keeps_the_time_already_spent() -> None:
    session = plan_calf_and_shoulder()
    clock = clock_of(session)
    session.timer.start()
    tick(clock, session, 40)
    record = session.stop_for_pain()
    assert record is not None and record.held_seconds == 40 and not record.released
    assert session.outcome is Outcome.STOPPED_PAIN
    with pytest.raises(GuidedSessionError):
        session.next_step()


def test_sharp_pain_before_a_hold_starts_records_nothing_new() -> None:
    session = plan_calf_and_shoulder()
    clock = clock_of(session)
    session.timer.start()
    tick(clock, session, 120)
    session.end_hold(released=True)
    session.next_step()
    assert session.stop_for_pain() is None
    assert len(session.records) == 1


def test_skip_is_not_a_release() -> None:
    session = plan_calf_and_shoulder()
    record = session.end_hold(released=False)
    assert not record.released and record.held_seconds == 0


def test_moving_on_needs_the_hold_closed() -> None:
    session = plan_calf_and_shoulder()
    session.timer.start()
    with pytest.raises(GuidedSessionError):
        session.next_step()
    with pytest.raises(GuidedSessionError):
        session.pending_record()


def test_tenderness_can_be_rated_at_the_spot() -> None:
    session = plan_calf_and_shoulder()
    session.set_tenderness_before(8)
    assert session.end_hold(released=False).tenderness_before == 8
    with pytest.raises(ValueError):
        session.set_tenderness_before(11)


def test_the_scan_runs_its_short_stops() -> None:
    clock = FakeClock()
    session = GuidedSession(scan_plan(), clock)
    assert session.kind is SessionKind.SCAN
    total = 0.0
    while True:
        session.timer.start()
        tick(clock, session, session.step.planned_seconds)
        total += session.end_hold(released=True).held_seconds
        if not session.next_step():
            break
    assert total == 300
