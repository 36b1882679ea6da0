"""The hold timer against a fake clock: deadlines, caps, the ladder, sleeps."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unknot.core.areas import AREAS, AreaId, Tool, area
from unknot.core.clock import FakeClock
from unknot.core.hold_timer import (
    SLEEP_GAP_SECONDS,
    HoldEnd,
    HoldState,
    HoldTimer,
    HoldTimerError,
)
from unknot.core.records import check_tool_history


def run_for(clock: FakeClock, timer: HoldTimer, seconds: float) -> None:
    """Let time pass the way the app lets it: the display asks every second."""
    while seconds > 0:
        step = min(1.0, seconds)
        clock.advance(step)
        timer.poll()
        seconds -= step


def started(clock: FakeClock, area_id: AreaId = AreaId.SHOULDERS, seconds: int = 120) -> HoldTimer:
    timer = HoldTimer(clock, area(area_id), seconds)
    timer.start()
    return timer


def test_a_new_hold_waits_on_the_starting_tool() -> None:
    timer = HoldTimer(FakeClock(), area(AreaId.SHOULDERS), 120)
    assert timer.poll() is HoldState.READY
    assert timer.tool is Tool.TENNIS_BALL
    assert timer.remaining_seconds() == 120
    assert timer.held_seconds() == 0


def test_remaining_time_comes_from_the_deadline() -> None:
    clock = FakeClock()
    timer = started(clock)
    run_for(clock, timer, 45.5)
    assert timer.remaining_seconds() == pytest.approx(74.5)
    assert timer.held_seconds() == pytest.approx(45.5)
    assert timer.poll() is HoldState.HOLDING


def test_time_up_ends_exactly_at_the_planned_length_however_late_it_is_noticed() -> None:
    clock = FakeClock()
    timer = started(clock)
    run_for(clock, timer, 125)
    assert timer.poll() is HoldState.DONE
    assert timer.end is HoldEnd.TIME_UP
    assert timer.held_seconds() == 120
    assert timer.remaining_seconds() == 0
    assert timer.started_at is not None
    assert timer.ended_at == timer.started_at + timedelta(seconds=120)


def test_pause_stops_the_time_and_resume_carries_on() -> None:
    clock = FakeClock()
    timer = started(clock)
    clock.advance(30)
    timer.pause()
    clock.advance(20)  # well under the sleep gap, and paused anyway
    assert timer.held_seconds() == pytest.approx(30)
    timer.resume()
    clock.advance(10)
    assert timer.held_seconds() == pytest.approx(40)
    timer.toggle_pause()
    assert timer.poll() is HoldState.PAUSED
    timer.toggle_pause()
    assert timer.poll() is HoldState.HOLDING


def test_a_wall_clock_change_never_changes_the_length() -> None:
    clock = FakeClock()
    timer = started(clock)
    run_for(clock, timer, 10)
    clock.set_wall(datetime(2031, 1, 1, tzinfo=UTC))
    clock.advance(10)
    clock.set_wall(datetime(2020, 1, 1, tzinfo=UTC))
    assert timer.held_seconds() == pytest.approx(20)
    run_for(clock, timer, 100)
    assert timer.poll() is HoldState.DONE
    assert timer.ended_at is not None and timer.started_at is not None
    assert timer.ended_at - timer.started_at == timedelta(seconds=120)


def test_a_long_gap_pauses_where_the_hold_was_last_seen() -> None:
    clock = FakeClock()
    timer = started(clock)
    clock.advance(20)
    assert timer.remaining_seconds() == pytest.approx(100)
    clock.sleep_machine(3600)
    assert timer.poll() is HoldState.PAUSED
    assert timer.paused_by_sleep is True
    assert timer.held_seconds() == pytest.approx(20)
    timer.resume()
    assert (timer.poll(), timer.paused_by_sleep) == (HoldState.HOLDING, False)
    run_for(clock, timer, 100)
    assert timer.end is HoldEnd.TIME_UP
    assert timer.held_seconds() == 120


def test_a_sleep_with_a_second_left_keeps_that_second() -> None:
    clock = FakeClock()
    timer = started(clock, seconds=120)
    run_for(clock, timer, 119)
    clock.sleep_machine(SLEEP_GAP_SECONDS + 1)
    assert timer.poll() is HoldState.PAUSED
    assert timer.remaining_seconds() == pytest.approx(1)


def test_a_gap_just_under_the_limit_is_ordinary_time() -> None:
    clock = FakeClock()
    timer = started(clock)
    clock.advance(SLEEP_GAP_SECONDS - 1)
    assert timer.poll() is HoldState.HOLDING
    assert timer.held_seconds() == pytest.approx(SLEEP_GAP_SECONDS - 1)


def test_plus_one_minute_is_capped_at_five_minutes() -> None:
    clock = FakeClock()
    timer = started(clock, seconds=120)
    assert timer.extend()
    assert timer.extend()
    assert timer.planned_seconds == 240
    assert timer.extend()
    assert timer.planned_seconds == 300
    assert not timer.can_extend
    assert not timer.extend()
    assert timer.planned_seconds == 300


def test_plus_one_minute_after_time_up_reopens_the_hold() -> None:
    clock = FakeClock()
    timer = started(clock, seconds=120)
    run_for(clock, timer, 121)
    assert timer.poll() is HoldState.DONE
    assert timer.can_extend
    assert timer.extend()
    assert timer.poll() is HoldState.HOLDING
    assert timer.remaining_seconds() == pytest.approx(60)
    run_for(clock, timer, 60)
    assert timer.end is HoldEnd.TIME_UP
    assert timer.held_seconds() == 180


def test_a_five_minute_hold_cannot_be_extended_after_time_up() -> None:
    clock = FakeClock()
    timer = started(clock, seconds=300)
    run_for(clock, timer, 300)
    assert not timer.can_extend
    assert not timer.extend()
    assert timer.poll() is HoldState.DONE


def test_more_pressure_climbs_the_ladder_and_keeps_the_time() -> None:
    clock = FakeClock()
    timer = started(clock, AreaId.QUADS)
    clock.advance(30)
    assert timer.more_pressure() is Tool.TENNIS_BALL
    assert timer.more_pressure() is Tool.LACROSSE_BALL
    assert timer.more_pressure() is None
    assert timer.tool is Tool.LACROSSE_BALL
    assert timer.tools_tried == (Tool.FOAM_ROLLER, Tool.TENNIS_BALL, Tool.LACROSSE_BALL)
    assert timer.held_seconds() == pytest.approx(30)


def test_too_much_steps_down_and_stops_at_the_gentlest_tool() -> None:
    timer = started(FakeClock(), AreaId.FEET)
    timer.more_pressure()
    assert timer.too_much() is Tool.TENNIS_BALL
    assert timer.too_much() is None
    assert timer.tool is Tool.TENNIS_BALL
    # Back on the tennis ball: it was on the body again, so it is listed again.
    assert timer.tools_tried == (Tool.TENNIS_BALL, Tool.LACROSSE_BALL, Tool.TENNIS_BALL)


def test_a_tool_picked_before_the_start_is_the_tool_it_starts_with() -> None:
    clock = FakeClock()
    timer = HoldTimer(clock, area(AreaId.FEET), 120)
    assert timer.more_pressure() is Tool.LACROSSE_BALL
    assert list(timer.tools_tried) == [Tool.LACROSSE_BALL]
    # "Need more pressure" then "Too much" before the start: back where it began.
    assert timer.too_much() is Tool.TENNIS_BALL
    assert list(timer.tools_tried) == [Tool.TENNIS_BALL]
    timer.start()
    run_for(clock, timer, 10)
    timer.more_pressure()
    timer.pause()
    timer.too_much()
    after_the_start = timer.tools_tried
    assert after_the_start == (Tool.TENNIS_BALL, Tool.LACROSSE_BALL, Tool.TENNIS_BALL)


@pytest.mark.parametrize("area_id", [AreaId.HEAD, AreaId.JAW, AreaId.NECK])
def test_head_jaw_and_neck_never_reach_a_lacrosse_ball(area_id: AreaId) -> None:
    timer = started(FakeClock(), area_id)
    while timer.more_pressure() is not None:
        pass
    assert Tool.LACROSSE_BALL not in timer.tools_tried


def test_released_ends_early_with_the_time_actually_held() -> None:
    clock = FakeClock()
    timer = started(clock)
    run_for(clock, timer, 70)
    timer.release()
    assert timer.end is HoldEnd.RELEASED
    assert timer.held_seconds() == pytest.approx(70)
    run_for(clock, timer, 500)
    assert timer.held_seconds() == pytest.approx(70)


def test_sharp_pain_ends_a_paused_hold_too() -> None:
    clock = FakeClock()
    timer = started(clock)
    clock.advance(15)
    timer.pause()
    timer.stop_for_pain()
    assert timer.end is HoldEnd.STOPPED_PAIN
    assert timer.held_seconds() == pytest.approx(15)


def test_skipping_before_the_start_holds_nothing() -> None:
    clock = FakeClock()
    timer = HoldTimer(clock, area(AreaId.HIPS), 120)
    timer.skip()
    assert timer.end is HoldEnd.SKIPPED
    assert timer.held_seconds() == 0
    assert timer.started_at == timer.ended_at


def test_actions_out_of_turn_are_refused() -> None:
    clock = FakeClock()
    timer = HoldTimer(clock, area(AreaId.HIPS), 120)
    with pytest.raises(HoldTimerError):
        timer.pause()
    with pytest.raises(HoldTimerError):
        timer.resume()
    timer.start()
    with pytest.raises(HoldTimerError):
        timer.start()
    timer.release()
    with pytest.raises(HoldTimerError):
        timer.more_pressure()
    with pytest.raises(HoldTimerError):
        timer.release()


def test_a_tool_outside_the_ladder_is_refused() -> None:
    with pytest.raises(ValueError, match="not used"):
        HoldTimer(FakeClock(), area(AreaId.HEAD), 120, Tool.LACROSSE_BALL)


_ACTIONS = st.lists(
    st.tuples(
        st.sampled_from(["advance", "pause", "resume", "extend", "poll", "sleep"]),
        st.floats(min_value=0.0, max_value=90.0),
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(area_id=st.sampled_from(list(AREAS)), planned=st.integers(20, 300), actions=_ACTIONS)
def test_held_time_never_exceeds_the_plan_nor_the_cap(
    area_id: AreaId, planned: int, actions: list[tuple[str, float]]
) -> None:
    clock = FakeClock()
    timer = HoldTimer(clock, area(area_id), planned)
    timer.start()
    held_before = 0.0
    for action, amount in actions:
        state = timer.state
        if action == "advance":
            clock.advance(min(amount, SLEEP_GAP_SECONDS))
        elif action == "sleep":
            clock.sleep_machine(SLEEP_GAP_SECONDS + amount + 0.001)
        elif action == "pause" and state is HoldState.HOLDING:
            timer.pause()
        elif action == "resume" and state is HoldState.PAUSED:
            timer.resume()
        elif action == "extend":
            timer.extend()
        timer.poll()
        held = timer.held_seconds()
        assert held >= held_before - 1e-9, "held time never goes backwards"
        assert held <= timer.planned_seconds + 1e-9
        assert timer.planned_seconds <= max(300, planned)
        assert timer.remaining_seconds() == pytest.approx(
            max(0.0, timer.planned_seconds - held), abs=1e-6
        )
        held_before = held


_LADDER_ACTIONS = st.lists(
    st.sampled_from(["more", "less", "start", "pause", "resume", "advance"]), max_size=30
)


@settings(max_examples=200, deadline=None)
@given(area_id=st.sampled_from(list(AREAS)), actions=_LADDER_ACTIONS)
def test_the_tools_tried_are_the_tools_that_were_on_the_body(
    area_id: AreaId, actions: list[str]
) -> None:
    clock = FakeClock()
    timer = HoldTimer(clock, area(area_id), 120)
    on_body: list[Tool] = []  # what an observer of the person would write down
    for action in actions:
        state = timer.state
        if action in ("more", "less") and state is not HoldState.DONE:
            changed = timer.more_pressure() if action == "more" else timer.too_much()
            if changed is not None and on_body:
                on_body.append(changed)
        elif action == "start" and state is HoldState.READY:
            timer.start()
            on_body.append(timer.tool)
        elif action == "pause" and state is HoldState.HOLDING:
            timer.pause()
        elif action == "resume" and state is HoldState.PAUSED:
            timer.resume()
        elif action == "advance":
            clock.advance(7)
        tried = timer.tools_tried
        assert tried[-1] is timer.tool
        assert tried == (tuple(on_body) if on_body else (timer.tool,))
        assert all(tool in area(area_id).ladder for tool in tried)
        # The record the session builds from it passes the record's own check.
        check_tool_history(tried, timer.tool)
