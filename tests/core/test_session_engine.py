"""Whole guided sessions through the engine: a fake clock, a saver in memory and a
view that only writes down what it is told. No display, no database, no sleeping."""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unknot.core import session_texts as texts
from unknot.core.areas import AreaId, Position, Side, Tool, area
from unknot.core.clock import FakeClock
from unknot.core.plans import Plan, Routine, Selection, Spot, focus_plan, scan_plan
from unknot.core.records import WORKED_SECONDS, HoldRecord, Outcome, SessionKind, skipped
from unknot.core.session_engine import (
    IN_SESSION,
    KEEPALIVE_SECONDS,
    RETRY_SECONDS,
    Action,
    Cue,
    Display,
    Phase,
    SaveFailedError,
    SessionEngine,
    SessionEngineError,
    hold_result,
    save_reason,
    summary_words,
)


class MemorySaver:
    """The history as a dict; `failing` makes every write fail until cleared."""

    def __init__(self) -> None:
        self.sessions: dict[str, list[int]] = {}
        self.holds: dict[int, HoldRecord] = {}
        self.outcomes: dict[str, Outcome] = {}
        self.failing = False
        self.writes = 0

    def _write(self) -> None:
        self.writes += 1
        if self.failing:
            raise SaveFailedError("the disk is full")

    def begin_session(self, kind: SessionKind, started_at: datetime, time_zone: str) -> str:
        self._write()
        session_id = f"s{len(self.sessions) + 1}"
        self.sessions[session_id] = []
        return session_id

    def record_hold(self, session_id: str, hold: HoldRecord) -> int:
        self._write()
        hold_id = len(self.holds) + 1
        self.holds[hold_id] = hold
        self.sessions[session_id].append(hold_id)
        return hold_id

    def replace_hold(self, hold_id: int, hold: HoldRecord) -> None:
        self._write()
        self.holds[hold_id] = hold

    def finish_session(self, session_id: str, outcome: Outcome, ended_at: datetime) -> None:
        self._write()
        self.outcomes[session_id] = outcome

    def saved(self, session_id: str = "s1") -> list[HoldRecord]:
        return [self.holds[hold_id] for hold_id in self.sessions[session_id]]


class NotingView:
    def __init__(self) -> None:
        self.displays: list[Display] = []
        self.announced: list[tuple[str, bool]] = []
        self.cues: list[Cue] = []

    def show(self, display: Display) -> None:
        self.displays.append(display)

    def announce(self, text: str, *, urgent: bool) -> None:
        self.announced.append((text, urgent))

    def cue(self, cue: Cue) -> None:
        self.cues.append(cue)

    @property
    def last(self) -> Display:
        return self.displays[-1]


@dataclasses.dataclass
class Rig:
    engine: SessionEngine
    clock: FakeClock
    saver: MemorySaver
    view: NotingView

    def run(self, seconds: float) -> None:
        """Let time pass, waking the engine exactly when it asks (as the screen's
        timer does) and never more often."""
        end = self.clock.monotonic() + seconds
        while True:
            wake = self.engine.next_wake()
            if wake is None or wake > end:
                break
            self.clock.advance(max(0.0, wake - self.clock.monotonic()))
            self.engine.wake()
        self.clock.advance(end - self.clock.monotonic())
        self.engine.wake()

    def do(self, *actions: Action) -> None:
        for action in actions:
            assert self.engine.do(action), f"{action} refused in {self.engine.phase}"

    # Calls, not properties: each check reads the engine afresh.
    def phase(self) -> Phase:
        return self.engine.phase

    def shown(self) -> Display:
        return self.engine.display()


def make(plan: Plan, *, auto_advance: bool = False, failing: bool = False) -> Rig:
    clock = FakeClock(datetime(2026, 3, 2, 17, 0, tzinfo=UTC), zone="Europe/Berlin")
    saver = MemorySaver()
    view = NotingView()
    engine = SessionEngine(plan, clock, saver, view, auto_advance=auto_advance, hold_seconds=180)
    engine.begin()
    saver.failing = failing
    return Rig(engine, clock, saver, view)


def arm_and_shoulder(hold_seconds: int = 120) -> Plan:
    return focus_plan(
        [
            Selection(Spot(AreaId.ARMS, Side.LEFT), 6),
            Selection(Spot(AreaId.SHOULDERS, Side.RIGHT), 4),
        ],
        hold_seconds,
    )


# -- a focus session, start to end -------------------------------------------------


def test_a_focus_session_saves_each_hold_as_it_ends() -> None:
    rig = make(arm_and_shoulder())
    assert rig.phase() is Phase.READY
    assert rig.shown().step_number == 1 and rig.shown().step_count == 2
    assert rig.shown().status == texts.READY_FOCUS
    assert rig.saver.saved() == []

    rig.do(Action.START_PAUSE)
    rig.run(119)
    assert rig.saver.saved() == []
    assert rig.shown().clock_seconds == pytest.approx(1)

    rig.run(1)
    # Time is up: saved at once, before the question is answered.
    assert rig.phase() is Phase.TIME_UP
    assert rig.view.cues == [Cue.TIME_UP]
    (pending,) = rig.saver.saved()
    assert pending.held_seconds == 120 and not pending.released
    assert pending.tenderness_before == 6 and pending.tenderness_after is None

    rig.engine.rate(3)
    (rated,) = rig.saver.saved()
    assert rated.tenderness_after == 3 and not rated.released
    rig.do(Action.NEXT)
    (answered,) = rig.saver.saved()
    assert answered.released and answered.tenderness_after == 3
    assert len(rig.saver.holds) == 1, "the answer replaces the hold, it is not a second one"

    assert rig.phase() is Phase.READY
    assert rig.shown().spot_name == "Right shoulder"
    rig.do(Action.START_PAUSE)
    rig.run(50)
    rig.do(Action.RELEASED)
    assert rig.phase() is Phase.RELEASED
    rig.engine.rate(2)
    first, second = rig.saver.saved()
    assert first == answered
    assert second.released and second.held_seconds == 50 and second.tenderness_after == 2

    rig.do(Action.NEXT)
    assert rig.phase() is Phase.SUMMARY
    assert rig.saver.outcomes == {"s1": Outcome.COMPLETED}
    summary = rig.engine.summary()
    assert summary.counted and summary.title == texts.TITLE_FOCUS
    assert summary.closing == texts.SORENESS
    assert summary.holds == (answered, rig.saver.saved()[1])
    assert rig.view.cues == [Cue.TIME_UP, Cue.FINISHED]


def test_a_session_is_dated_where_it_was_done() -> None:
    clock = FakeClock(datetime(2026, 3, 28, 23, 30, tzinfo=UTC), zone="Europe/Berlin")
    engine = SessionEngine(arm_and_shoulder(), clock, MemorySaver(), NotingView())
    assert engine.time_zone == "Europe/Berlin"
    assert engine.started_at.date() == date(2026, 3, 29)


def test_milestones_come_on_time_when_woken_only_when_asked() -> None:
    rig = make(arm_and_shoulder())
    rig.do(Action.START_PAUSE)
    heard: list[tuple[float, str]] = []
    start = rig.clock.monotonic()
    while rig.phase() is Phase.HOLDING:
        wake = rig.engine.next_wake()
        assert wake is not None
        # Never more than the keep-alive apart, so a sleep can be told apart.
        assert wake - rig.clock.monotonic() <= 10 + 1e-9
        rig.clock.advance(wake - rig.clock.monotonic())
        before = len(rig.view.announced)
        rig.engine.wake()
        heard += [(rig.clock.monotonic() - start, t) for t, _ in rig.view.announced[before:]]
    assert heard == [
        (60.0, "Halfway. 1 minute left."),
        (110.0, texts.TEN_LEFT),
        (120.0, texts.time_up("Left arm")),
    ]
    assert rig.view.announced[0] == (texts.hold_started("Left arm", "2 minutes"), False)
    assert rig.view.announced[-1] == (texts.time_up("Left arm"), True)


def test_nothing_needs_waking_while_the_engine_waits_for_the_person() -> None:
    rig = make(arm_and_shoulder())
    assert rig.engine.next_wake() is None
    rig.do(Action.START_PAUSE, Action.START_PAUSE)
    assert rig.phase() is Phase.PAUSED
    assert rig.engine.next_wake() is None


def test_pause_stops_the_countdown() -> None:
    rig = make(arm_and_shoulder())
    rig.do(Action.START_PAUSE)
    rig.run(30)
    rig.do(Action.START_PAUSE)
    assert rig.shown().labels[Action.START_PAUSE] == "Resume"
    assert rig.shown().status == texts.PAUSED
    rig.run(500)
    assert rig.phase() is Phase.PAUSED
    assert rig.shown().clock_seconds == pytest.approx(90)
    rig.do(Action.START_PAUSE)
    assert rig.shown().status == ""
    rig.run(90)
    assert rig.phase() is Phase.TIME_UP


def test_a_sleeping_machine_pauses_the_hold() -> None:
    rig = make(arm_and_shoulder())
    rig.do(Action.START_PAUSE)
    rig.run(20)
    rig.clock.sleep_machine(3600)
    rig.engine.wake()
    assert rig.phase() is Phase.PAUSED
    assert rig.shown().status == texts.SLEPT
    assert rig.shown().clock_seconds == pytest.approx(100)
    assert rig.saver.saved() == []
    rig.do(Action.START_PAUSE)
    rig.run(100)
    (hold,) = rig.saver.saved()
    assert hold.held_seconds == 120


def test_a_key_after_the_deadline_but_before_the_wake_up_finds_time_up() -> None:
    rig = make(arm_and_shoulder())
    rig.do(Action.START_PAUSE)
    rig.run(100)
    rig.clock.advance(25)
    # "Released" came too late: the time was already up, and is saved as such.
    assert not rig.engine.do(Action.RELEASED)
    assert rig.phase() is Phase.TIME_UP
    (hold,) = rig.saver.saved()
    assert hold.held_seconds == 120 and not hold.released


# -- what is offered when ----------------------------------------------------------


def _phase_walk(rig: Rig) -> dict[Phase, frozenset[Action]]:
    seen = {Phase.READY: rig.engine.allowed()}
    rig.do(Action.START_PAUSE)
    seen[Phase.HOLDING] = rig.engine.allowed()
    rig.do(Action.START_PAUSE)
    seen[Phase.PAUSED] = rig.engine.allowed()
    rig.do(Action.START_PAUSE)
    rig.run(120)
    seen[Phase.TIME_UP] = rig.engine.allowed()
    rig.do(Action.NEXT, Action.START_PAUSE)
    rig.run(10)
    rig.do(Action.RELEASED)
    seen[Phase.RELEASED] = rig.engine.allowed()
    return seen


def test_one_more_minute_only_while_a_hold_runs_or_has_just_ended() -> None:
    seen = _phase_walk(make(arm_and_shoulder()))
    offered = {phase for phase, allowed in seen.items() if Action.EXTEND in allowed}
    assert offered == {Phase.HOLDING, Phase.PAUSED, Phase.TIME_UP}


def test_extend_before_the_start_changes_nothing() -> None:
    rig = make(arm_and_shoulder())
    assert not rig.engine.do(Action.EXTEND)
    assert rig.shown().planned_seconds == 120
    assert Action.EXTEND not in rig.shown().enabled


def test_every_offered_action_is_labelled_and_only_allowed_ones_are_enabled() -> None:
    rig = make(arm_and_shoulder())
    for _ in _phase_walk(rig).items():
        display = rig.shown()
        assert set(display.offered) <= set(display.labels)
        assert display.enabled == rig.engine.allowed()


def test_extra_minutes_stop_at_five_and_the_limit_is_said_only_then() -> None:
    rig = make(arm_and_shoulder(180))
    rig.do(Action.START_PAUSE)
    assert rig.shown().note == ""
    rig.do(Action.EXTEND)
    assert rig.shown().status == texts.EXTENDED
    assert rig.shown().note == ""
    rig.do(Action.EXTEND)
    assert rig.shown().planned_seconds == 300
    assert rig.shown().note == texts.EXTEND_LIMIT
    assert not rig.engine.do(Action.EXTEND)


def test_one_more_minute_reopens_a_hold_and_replaces_the_saved_one() -> None:
    rig = make(arm_and_shoulder())
    rig.do(Action.START_PAUSE)
    rig.run(120)
    rig.engine.rate(5)
    rig.do(Action.EXTEND)
    assert rig.phase() is Phase.HOLDING
    assert rig.shown().question == ""
    rig.run(60)
    assert rig.phase() is Phase.TIME_UP
    assert rig.shown().tenderness is None, "the rating was for the hold before the extra minute"
    rig.do(Action.NEXT)
    (hold,) = rig.saver.saved()
    assert hold.planned_seconds == 180 and hold.held_seconds == 180 and hold.released


def test_the_released_state_shows_the_time_held_once() -> None:
    rig = make(arm_and_shoulder())
    rig.do(Action.START_PAUSE)
    rig.run(44)
    rig.do(Action.RELEASED)
    display = rig.shown()
    assert display.clock_seconds == pytest.approx(44)
    assert display.clock_caption == texts.CAPTION_HELD
    words = [display.status, display.question, display.note]
    assert words.count(texts.RELEASED) == 1
    assert display.note == ""


# -- tools ---------------------------------------------------------------------------


def test_a_tool_chosen_before_the_hold_is_the_starting_tool() -> None:
    rig = make(focus_plan([Selection(Spot(AreaId.SHOULDERS, Side.LEFT))]))
    assert rig.shown().tool is Tool.TENNIS_BALL
    rig.do(Action.MORE_PRESSURE)
    assert rig.shown().tool is Tool.LACROSSE_BALL
    assert "clock" not in rig.shown().status
    assert rig.shown().planned_seconds == 120
    rig.do(Action.START_PAUSE)
    rig.run(30)
    rig.do(Action.RELEASED)
    (hold,) = rig.saver.saved()
    assert hold.tools_tried == (Tool.LACROSSE_BALL,)
    assert hold.tool is Tool.LACROSSE_BALL


def test_tools_tried_are_the_tools_on_the_body_in_order_and_the_last_is_the_tool() -> None:
    rig = make(focus_plan([Selection(Spot(AreaId.ARMS, Side.LEFT))]))
    rig.do(Action.MORE_PRESSURE)  # before the start: tennis ball to begin with
    rig.do(Action.START_PAUSE, Action.MORE_PRESSURE, Action.TOO_MUCH)
    rig.run(20)
    rig.do(Action.RELEASED)
    (hold,) = rig.saver.saved()
    assert hold.tools_tried == (Tool.TENNIS_BALL, Tool.LACROSSE_BALL, Tool.TENNIS_BALL)
    assert hold.tool is hold.tools_tried[-1]


def test_the_top_and_bottom_of_the_ladder_say_so_and_change_nothing() -> None:
    rig = make(focus_plan([Selection(Spot(AreaId.SHOULDERS, Side.LEFT))]))
    rig.do(Action.START_PAUSE, Action.TOO_MUCH)
    assert rig.shown().status == texts.bottom_of_ladder()
    rig.do(Action.MORE_PRESSURE, Action.MORE_PRESSURE)
    shoulders = area(AreaId.SHOULDERS)
    assert rig.shown().status == texts.top_of_ladder(shoulders, Tool.LACROSSE_BALL)
    rig.run(10)
    rig.do(Action.RELEASED)
    assert rig.saver.saved()[0].tools_tried == (Tool.TENNIS_BALL, Tool.LACROSSE_BALL)


# -- each step starts clean ------------------------------------------------------------


@pytest.mark.parametrize(
    "first",
    [
        (Action.START_PAUSE, Action.TOO_MUCH, Action.SKIP),
        (Action.START_PAUSE, Action.START_PAUSE, Action.SKIP),
        (Action.MORE_PRESSURE, Action.SKIP),
        (Action.START_PAUSE, Action.EXTEND, Action.RELEASED, Action.NEXT),
    ],
)
def test_each_step_starts_with_a_clean_status_line(first: tuple[Action, ...]) -> None:
    rig = make(arm_and_shoulder())
    for action in first:
        rig.run(10)
        rig.do(action)
    assert rig.shown().spot_name == "Right shoulder"
    # From the table to the wall: the line says where to go, and nothing else.
    assert rig.shown().status == texts.move_to(Position.WALL)
    assert rig.shown().question == "" and rig.shown().note == ""
    assert rig.shown().announcement == "", "nothing announced about the last spot"


def test_after_time_up_the_next_spot_says_nothing_of_the_last() -> None:
    rig = make(arm_and_shoulder())
    rig.do(Action.START_PAUSE)
    rig.run(120)
    rig.engine.rate(9)
    assert rig.shown().status == texts.ease_off_after()
    rig.do(Action.MOVE_ON)
    display = rig.shown()
    assert display.status == texts.move_to(Position.WALL)
    assert display.tenderness == 4, "the rating given for this spot in the plan"


# -- what counts --------------------------------------------------------------------------


def test_a_session_of_skips_is_not_completed_and_does_not_count() -> None:
    rig = make(arm_and_shoulder())
    rig.do(Action.SKIP)  # before the start
    rig.do(Action.START_PAUSE)
    rig.run(3)
    rig.do(Action.SKIP)  # a few seconds do nothing
    assert rig.phase() is Phase.SUMMARY
    assert rig.saver.saved() == []
    assert rig.saver.outcomes == {"s1": Outcome.INTERRUPTED}
    summary = rig.engine.summary()
    assert not summary.counted
    assert summary.title == texts.TITLE_NOTHING_HELD
    assert summary.closing == texts.NOTHING_HELD


def test_a_skip_after_real_time_on_the_spot_keeps_it() -> None:
    rig = make(arm_and_shoulder())
    rig.do(Action.START_PAUSE)
    rig.run(40)
    rig.do(Action.SKIP)
    (hold,) = rig.saver.saved()
    assert hold.held_seconds == 40 and not hold.released
    assert hold_result(hold) == "held"


# -- sharp pain ----------------------------------------------------------------------------


def test_sharp_pain_keeps_the_part_held_and_gives_the_stop_advice() -> None:
    rig = make(arm_and_shoulder())
    rig.do(Action.START_PAUSE)
    rig.run(37)
    rig.do(Action.STOP_PAIN)
    assert rig.phase() is Phase.STOPPED
    assert rig.view.cues == [Cue.STOPPED]
    assert (texts.STOPPED, True) in rig.view.announced
    (hold,) = rig.saver.saved()
    assert hold.held_seconds == 37 and not hold.released
    assert rig.saver.outcomes == {"s1": Outcome.STOPPED_PAIN}
    summary = rig.engine.summary()
    assert summary.title == "Stopped for pain"
    assert summary.closing == texts.PAIN_SUMMARY
    assert texts.SORENESS not in summary.closing
    assert hold_result(hold, stopped_for_pain=True) == "stopped"
    rig.engine.show_summary()
    assert rig.phase() is Phase.SUMMARY
    assert rig.engine.next_wake() is None


def test_sharp_pain_while_the_question_is_open_replaces_the_saved_hold() -> None:
    rig = make(arm_and_shoulder())
    rig.do(Action.START_PAUSE)
    rig.run(120)
    rig.engine.rate(7)
    rig.do(Action.STOP_PAIN)
    (hold,) = rig.saver.saved()
    assert len(rig.saver.holds) == 1
    assert hold.held_seconds == 120 and hold.tenderness_after == 7


def test_sharp_pain_before_a_hold_starts_saves_no_hold() -> None:
    rig = make(arm_and_shoulder())
    rig.do(Action.STOP_PAIN)
    assert rig.saver.saved() == []
    assert rig.engine.summary().title == texts.TITLE_PAIN


def test_nothing_is_allowed_once_the_session_is_over() -> None:
    rig = make(arm_and_shoulder())
    rig.do(Action.STOP_PAIN)
    assert rig.engine.allowed() == frozenset()
    with pytest.raises(SessionEngineError):
        rig.engine.stop_for_pain()


# -- a save that fails -----------------------------------------------------------------------


def test_a_failed_save_at_time_up_blocks_until_retried_on_its_own() -> None:
    rig = make(arm_and_shoulder())
    rig.do(Action.START_PAUSE)
    rig.saver.failing = True
    rig.run(120)
    assert rig.phase() is Phase.SAVE_FAILED
    assert "the disk is full" in rig.shown().question
    assert rig.engine.allowed() >= {Action.RETRY_SAVE, Action.GO_ON_UNSAVED}
    assert not rig.engine.do(Action.NEXT), "the session does not move on"
    assert rig.engine.next_wake() == pytest.approx(rig.clock.monotonic() + RETRY_SECONDS)
    rig.run(RETRY_SECONDS)
    assert rig.phase() is Phase.SAVE_FAILED, "still failing: still blocked"
    rig.saver.failing = False
    rig.run(RETRY_SECONDS)
    assert rig.phase() is Phase.TIME_UP
    (hold,) = rig.saver.saved()
    assert hold.held_seconds == 120


def test_a_failed_save_is_retried_on_request() -> None:
    rig = make(arm_and_shoulder())
    rig.do(Action.START_PAUSE)
    rig.run(30)
    rig.saver.failing = True
    rig.do(Action.RELEASED)
    assert rig.phase() is Phase.SAVE_FAILED
    rig.do(Action.RETRY_SAVE)
    assert rig.phase() is Phase.SAVE_FAILED
    rig.saver.failing = False
    rig.do(Action.RETRY_SAVE)
    assert rig.phase() is Phase.RELEASED
    assert rig.saver.saved()[0].released


def test_going_on_without_the_save_moves_on() -> None:
    rig = make(arm_and_shoulder(), failing=False)
    rig.do(Action.START_PAUSE)
    rig.run(30)
    rig.saver.failing = True
    rig.do(Action.SKIP)
    assert rig.phase() is Phase.SAVE_FAILED
    rig.do(Action.GO_ON_UNSAVED)
    assert rig.phase() is Phase.READY
    assert rig.shown().spot_name == "Right shoulder"
    assert rig.engine.next_wake() is None


def test_a_failed_end_of_session_waits_before_the_summary() -> None:
    rig = make(focus_plan([Selection(Spot(AreaId.ARMS, Side.LEFT))]))
    rig.do(Action.START_PAUSE)
    rig.run(30)
    rig.do(Action.RELEASED)
    rig.saver.failing = True
    rig.do(Action.NEXT)
    assert rig.phase() is Phase.SAVE_FAILED
    assert "end of this session" in rig.shown().question
    rig.saver.failing = False
    rig.run(RETRY_SECONDS)
    assert rig.phase() is Phase.SUMMARY
    assert rig.saver.outcomes == {"s1": Outcome.COMPLETED}


def test_a_pain_stop_with_a_failing_saver_still_stops_and_keeps_trying() -> None:
    rig = make(arm_and_shoulder())
    rig.do(Action.START_PAUSE)
    rig.run(50)
    rig.saver.failing = True
    rig.do(Action.STOP_PAIN)
    assert rig.phase() is Phase.STOPPED, "the stop advice comes first"
    assert "the disk is full" in rig.engine.summary().unsaved
    rig.saver.failing = False
    rig.run(RETRY_SECONDS)
    (hold,) = rig.saver.saved()
    assert hold.held_seconds == 50
    assert rig.saver.outcomes == {"s1": Outcome.STOPPED_PAIN}
    assert rig.engine.summary().unsaved == ""


def test_a_session_that_cannot_begin_raises_and_shows_nothing() -> None:
    clock = FakeClock()
    saver = MemorySaver()
    saver.failing = True
    view = NotingView()
    engine = SessionEngine(arm_and_shoulder(), clock, saver, view)
    with pytest.raises(SaveFailedError):
        engine.begin()
    assert engine.phase is Phase.IDLE and view.displays == []


# -- auto-advance, the scan, routines -----------------------------------------------------------


def test_auto_advance_starts_the_next_hold_in_the_same_position() -> None:
    plan = focus_plan(
        [Selection(Spot(AreaId.ARMS, Side.LEFT)), Selection(Spot(AreaId.ARMS, Side.RIGHT))]
    )
    rig = make(plan, auto_advance=True)
    rig.do(Action.START_PAUSE)
    rig.run(120)
    rig.do(Action.NEXT)
    assert rig.phase() is Phase.HOLDING
    assert rig.shown().spot_name == "Right arm"


def test_without_auto_advance_each_spot_waits() -> None:
    plan = focus_plan(
        [Selection(Spot(AreaId.ARMS, Side.LEFT)), Selection(Spot(AreaId.ARMS, Side.RIGHT))]
    )
    rig = make(plan)
    rig.do(Action.START_PAUSE)
    rig.run(120)
    rig.do(Action.NEXT)
    assert rig.phase() is Phase.READY


def test_a_routine_runs_its_spots_and_waits_where_the_position_changes() -> None:
    routine = Routine(
        "desk and wall",
        (
            Selection(Spot(AreaId.ARMS, Side.LEFT), 5),
            Selection(Spot(AreaId.SHOULDERS, Side.LEFT), 6),
        ),
    )
    rig = make(focus_plan(routine.selections), auto_advance=True)
    rig.do(Action.START_PAUSE)
    rig.run(120)
    rig.do(Action.NEXT)
    # From the table to the wall: auto-advance waits for the person to get there.
    assert rig.phase() is Phase.READY
    assert rig.shown().status == texts.move_to(Position.WALL)
    rig.do(Action.START_PAUSE)
    rig.run(120)
    rig.do(Action.NEXT)
    assert rig.phase() is Phase.SUMMARY
    assert [hold.tenderness_before for hold in rig.saver.saved()] == [5, 6]


def test_the_scan_waits_at_every_change_of_position() -> None:
    rig = make(scan_plan())
    rig.do(Action.START_PAUSE)
    waits: list[tuple[AreaId, str]] = []
    while rig.engine.is_running:
        if rig.phase() is Phase.READY:
            waits.append((rig.shown().step.spot.area, rig.shown().status))
            rig.do(Action.START_PAUSE)
        rig.engine.rate(3)
        rig.run(rig.shown().planned_seconds)
    assert rig.phase() is Phase.SUMMARY
    positions = [area(step.spot.area).position for step in scan_plan().steps]
    changes = [i for i in range(1, len(positions)) if positions[i] != positions[i - 1]]
    assert [a for a, _ in waits] == [scan_plan().steps[i].spot.area for i in changes]
    for (area_id, status), i in zip(waits, changes, strict=True):
        assert status == texts.move_to(positions[i]), area_id
    assert len(rig.saver.saved()) == 10
    assert rig.engine.summary().title == texts.TITLE_SCAN


def test_a_scan_stop_rated_after_time_up_moves_on() -> None:
    rig = make(scan_plan())
    rig.do(Action.START_PAUSE)
    rig.run(20)
    assert rig.phase() is Phase.TIME_UP
    assert rig.shown().question == texts.TIME_UP_SCAN
    assert rig.engine.allowed() >= {Action.NEXT} and Action.MOVE_ON not in rig.engine.allowed()
    rig.engine.rate(6)
    assert rig.phase() is Phase.HOLDING
    assert rig.saver.saved()[0].tenderness_before == 6


def test_a_scan_offers_a_focus_session_on_the_tender_areas() -> None:
    rig = make(scan_plan())
    ratings = {AreaId.NECK: 6, AreaId.CALVES: 5, AreaId.FEET: 4}
    rig.do(Action.START_PAUSE)
    while rig.engine.is_running:
        if rig.phase() is Phase.READY:
            rig.do(Action.START_PAUSE)
        if rig.phase() is Phase.TIME_UP:
            rig.do(Action.NEXT)
            continue
        rating = ratings.get(rig.shown().step.spot.area)
        if rating is not None and rig.shown().tenderness is None:
            rig.engine.rate(rating)
        rig.run(rig.shown().planned_seconds)
    offer = rig.engine.summary().offer
    assert offer is not None
    assert [step.spot for step in offer.steps] == [
        Spot(AreaId.NECK, Side.LEFT),
        Spot(AreaId.NECK, Side.RIGHT),
        Spot(AreaId.CALVES, Side.LEFT),
        Spot(AreaId.CALVES, Side.RIGHT),
    ]
    assert {step.planned_seconds for step in offer.steps} == {180}
    assert [step.tenderness_before for step in offer.steps] == [6, 6, 5, 5]


def test_leaving_keeps_what_was_held() -> None:
    rig = make(arm_and_shoulder())
    rig.do(Action.START_PAUSE)
    rig.run(45)
    rig.engine.abandon()
    assert rig.phase() is Phase.IDLE
    (hold,) = rig.saver.saved()
    assert hold.held_seconds == 45
    assert rig.saver.outcomes == {"s1": Outcome.INTERRUPTED}


def test_another_view_follows_the_same_session() -> None:
    rig = make(arm_and_shoulder())
    tray = NotingView()
    rig.engine.add_view(tray)
    rig.do(Action.START_PAUSE)
    rig.run(120)
    assert tray.last.phase is Phase.TIME_UP
    assert tray.cues == [Cue.TIME_UP]


# -- any sequence at all ----------------------------------------------------------------------

_steps = st.lists(
    st.tuples(
        st.sampled_from([*Action, "rate", "wait", "sleep", "fail", "heal"]),
        st.integers(min_value=0, max_value=10),
    ),
    max_size=60,
)


@settings(max_examples=150, deadline=None)
@given(steps=_steps, scan=st.booleans())
def test_any_sequence_keeps_the_engine_consistent(
    steps: list[tuple[Action | str, int]], scan: bool
) -> None:
    rig = make(scan_plan() if scan else arm_and_shoulder())
    ever_failed = False
    for what, n in steps:
        if isinstance(what, Action):
            done = rig.engine.do(what)
            # Refused only when not allowed (the clock may have had its say first).
            assert done or what not in rig.engine.allowed()
        elif what == "rate":
            if rig.engine.is_running:
                rig.engine.rate(n)
        elif what == "wait":
            rig.run(n * 7)
        elif what == "sleep":
            rig.clock.sleep_machine(100)
            rig.engine.wake()
        else:
            rig.saver.failing = what == "fail"
            ever_failed |= rig.saver.failing
        display = rig.engine.display()
        assert display.enabled == rig.engine.allowed()
        assert set(display.offered) <= set(display.labels)
        if rig.phase() is Phase.READY:
            assert display.announcement == ""
            assert display.status in {
                texts.READY_FOCUS,
                texts.READY_SCAN,
                *(texts.move_to(position) for position in Position),
            } or display.status.startswith(("Start with", "The ", "Take some", "That is"))
        if rig.phase() not in IN_SESSION:
            assert rig.engine.allowed() == frozenset()
        if rig.phase() is Phase.SAVE_FAILED:
            assert rig.engine.next_wake() is not None
    # One rule for a few seconds, whichever key ended them (Skip, Released, +1 min,
    # leaving): a hold shorter than WORKED_SECONDS is never kept, unless a sharp-pain
    # stop ended it (what was done before the pain is kept, as said).
    short = [hold for hold in rig.saver.saved() if skipped(hold.held_seconds)]
    assert not short or (
        rig.engine.outcome is Outcome.STOPPED_PAIN and short == [rig.saver.saved()[-1]]
    ), short
    if not ever_failed:
        # What the engine kept is exactly what the history holds.
        assert rig.saver.saved() == list(rig.engine.records)
        if rig.engine.outcome is not None:
            assert rig.saver.outcomes == {"s1": rig.engine.outcome}


def test_need_more_pressure_on_a_calf_is_the_lacrosse_ball_not_a_third_tool() -> None:
    rig = make(focus_plan([Selection(Spot(AreaId.CALVES, Side.LEFT))]))
    assert rig.shown().tool is Tool.TENNIS_BALL
    rig.do(Action.START_PAUSE, Action.MORE_PRESSURE)
    assert rig.shown().tool is Tool.LACROSSE_BALL
    rig.do(Action.TOO_MUCH, Action.TOO_MUCH)
    assert rig.shown().tool is Tool.TENNIS_BALL
    assert rig.shown().status == texts.bottom_of_ladder()


@pytest.mark.parametrize(
    ("tools", "start", "gentler"),
    [
        (
            {Tool.TENNIS_BALL, Tool.LACROSSE_BALL, Tool.FOAM_ROLLER},
            Tool.TENNIS_BALL,
            Tool.FOAM_ROLLER,
        ),
        ({Tool.LACROSSE_BALL}, Tool.LACROSSE_BALL, None),
        ({Tool.FOAM_ROLLER}, Tool.FOAM_ROLLER, None),
    ],
)
def test_the_ladder_has_only_the_tools_the_person_has(
    tools: set[Tool], start: Tool, gentler: Tool | None
) -> None:
    clock = FakeClock()
    plan = focus_plan([Selection(Spot(AreaId.CALVES, Side.LEFT))])
    engine = SessionEngine(plan, clock, MemorySaver(), NotingView(), tools=tools)
    engine.begin()
    assert engine.display().tool is start
    engine.do(Action.TOO_MUCH)
    assert engine.display().tool is (gentler or start)
    engine.do(Action.START_PAUSE)
    for _ in range(3):
        engine.do(Action.MORE_PRESSURE)
    assert engine.display().tool in {Tool.HANDS, *tools}


def test_a_pain_stop_while_a_release_waits_to_be_saved_keeps_the_release() -> None:
    rig = make(arm_and_shoulder())
    rig.do(Action.START_PAUSE)
    rig.run(40)
    rig.saver.failing = True
    rig.do(Action.RELEASED)
    assert rig.phase() is Phase.SAVE_FAILED
    rig.do(Action.STOP_PAIN)
    assert rig.phase() is Phase.STOPPED
    rig.saver.failing = False
    rig.run(RETRY_SECONDS)
    (hold,) = rig.saver.saved()
    assert hold.released and hold.held_seconds == 40
    assert rig.saver.outcomes == {"s1": Outcome.STOPPED_PAIN}


# -- the line under the buttons describes the moment ------------------------------------------


_NUMBER_WORDS = {
    word: n
    for n, word in enumerate(
        (
            *("zero", "one", "two", "three", "four", "five", "six"),
            *("seven", "eight", "nine", "ten", "eleven", "twelve"),
        )
    )
}
_DURATION = re.compile(r"\b(\d+|[a-z]+) (minute|second)s?\b", re.IGNORECASE)


def seconds_mentioned(text: str) -> int | None:
    """The length a sentence names ("2 minutes 59 seconds left": 179), or None."""
    found = [
        (int(n) if n.isdigit() else _NUMBER_WORDS[n.lower()], unit)
        for n, unit in _DURATION.findall(text)
        if n.isdigit() or n.lower() in _NUMBER_WORDS
    ]
    if not found:
        return None
    return sum(n * (60 if unit == "minute" else 1) for n, unit in found)


class PhaseLog:
    """A view that writes down each announcement with the phase it was made in,
    the line it left on screen, and the step of the run it was made in."""

    def __init__(self, engine: SessionEngine) -> None:
        self.engine = engine
        # (what was heard, the line shown, phase, step, when), in order.
        self.said: list[tuple[str, str, Phase, int, int]] = []
        # (phase, when) of each display shown.
        self.shown_phases: list[tuple[Phase, int]] = []
        self.step = 0

    def show(self, display: Display) -> None:
        self.shown_phases.append((display.phase, len(self.shown_phases) + len(self.said)))

    def announce(self, text: str, *, urgent: bool) -> None:
        when = len(self.shown_phases) + len(self.said)
        line = self.engine.display().announcement
        self.said.append((text, line, self.engine.phase, self.step, when))

    def cue(self, cue: Cue) -> None:
        pass

    def check(self, before: Display, after: Display, acted: bool) -> None:
        """After one action or one wake: the visible line is empty, or was set
        by this step, the latest thing that happened, in the phase on screen; a
        step in which nothing but the clock moved leaves it as it was."""
        line = after.announcement
        said_now = [entry for entry in self.said if entry[3] == self.step]
        changed = acted or (
            dataclasses.replace(
                before, clock_seconds=after.clock_seconds, announcement=after.announcement
            )
            != after
        )
        if line:
            if said_now:
                text, shown, phase, _, when = said_now[-1]
                assert line == shown, f"{line!r} is not the line {text!r} left"
                assert phase is after.phase, f"{text!r} was made in {phase}, shown in {after.phase}"
                later = {p for p, seen in self.shown_phases if seen > when}
                assert later <= {after.phase}, f"{line!r} outlived a change to {later}"
            else:
                assert not changed, f"{line!r} outlived an action or a change"
                assert line == before.announcement, f"{line!r} came from nowhere"
                assert after.phase is before.phase
        # No figure that has since changed: any length named is the one shown
        # (the note names the five-minute limit, a rule and not the clock).
        for words in (line, after.status):
            named = seconds_mentioned(words)
            if named is not None:
                assert named == math.ceil(after.clock_seconds - 1e-9), (
                    f"{words!r} while the clock shows {texts.clock_text(after.clock_seconds)}"
                )
        # Nothing said twice: the line, the coach's line and the note each say their own.
        present = [t for t in (line, after.status, after.note) if t]
        for a, b in itertools.permutations(present, 2):
            assert a not in b, f"{a!r} is said twice"


@settings(max_examples=200, deadline=None)
@given(steps=_steps, scan=st.booleans())
def test_the_announcement_line_always_describes_the_latest_moment(
    steps: list[tuple[Action | str, int]], scan: bool
) -> None:
    rig = make(scan_plan() if scan else arm_and_shoulder(180))
    log = PhaseLog(rig.engine)
    rig.engine.add_view(log)

    def step(what: Callable[[], object], *, acted: bool) -> None:
        log.step += 1
        before = rig.engine.display()
        done = what()
        after = rig.engine.display()
        log.check(before, after, acted and done is not False)
        # The quiet note (the five-minute limit) only stands beside "+1 min".
        assert after.note == "" or Action.EXTEND in after.offered

    for what, n in steps:
        if isinstance(what, Action):
            step(lambda what=what: rig.engine.do(what), acted=True)  # type: ignore[misc]
        elif what == "rate":
            if rig.engine.is_running:
                step(lambda n=n: rig.engine.rate(n), acted=True)  # type: ignore[misc]
        elif what == "wait":
            # Every wake the screen would make, one by one, and a tick each second.
            end = rig.clock.monotonic() + n * 13
            while rig.clock.monotonic() < end:
                wake = rig.engine.next_wake()
                now = rig.clock.monotonic()
                to = min(end, now + 1.0 if wake is None else max(now, min(wake, now + 1.0)))
                rig.clock.advance(max(to - now, 1e-3))
                step(rig.engine.wake, acted=False)
        elif what == "sleep":
            rig.clock.sleep_machine(100)
            step(rig.engine.wake, acted=False)
        else:
            rig.saver.failing = what == "fail"


def test_one_more_minute_is_heard_with_the_time_left_and_leaves_no_figure_on_screen() -> None:
    rig = make(focus_plan([Selection(Spot(AreaId.CALVES, Side.LEFT))]))
    rig.do(Action.START_PAUSE)
    assert rig.view.announced[-1] == ("Left calf: hold started, 2 minutes.", False)
    assert rig.shown().announcement == "Left calf: hold started."
    rig.run(1)
    rig.do(Action.EXTEND)
    # Heard with the new length; on screen the coach says it and the ring shows the time.
    assert rig.view.announced[-1] == (texts.extended("2 minutes 59 seconds"), False)
    assert rig.shown().announcement == ""
    assert rig.shown().status == texts.EXTENDED
    rig.run(10)
    rig.do(Action.MORE_PRESSURE)
    assert rig.shown().status == texts.switch_up(Tool.LACROSSE_BALL)
    assert rig.shown().announcement == ""
    rig.do(Action.EXTEND, Action.EXTEND)
    assert rig.shown().note == texts.EXTEND_LIMIT
    assert rig.shown().announcement == "", "the limit is said once, by the note"
    rig.run(300)
    assert rig.shown().announcement == texts.time_up("Left calf")
    rig.engine.rate(3)
    assert rig.shown().announcement == "", "the rating is the latest thing that happened"


def test_one_more_minute_while_paused_keeps_the_way_to_carry_on() -> None:
    rig = make(focus_plan([Selection(Spot(AreaId.CALVES, Side.LEFT))]))
    rig.do(Action.START_PAUSE)
    rig.run(5)
    rig.do(Action.START_PAUSE)
    assert rig.shown().status == texts.PAUSED
    rig.do(Action.EXTEND)
    assert rig.phase() is Phase.PAUSED
    assert rig.shown().status == f"{texts.EXTENDED} {texts.PAUSED_HINT}"
    rig.do(Action.MORE_PRESSURE)
    # Paused, the clock does not keep running.
    assert rig.shown().status == f"Switch to the lacrosse ball. {texts.PAUSED_HINT}"


def test_milestones_are_heard_with_the_time_left_and_shown_without_it() -> None:
    rig = make(focus_plan([Selection(Spot(AreaId.CALVES, Side.LEFT))]))
    rig.do(Action.START_PAUSE)
    rig.run(60)
    assert rig.view.announced[-1] == (texts.halfway("1 minute"), False)
    assert rig.shown().announcement == texts.HALFWAY_SHOWN
    rig.run(5)
    assert rig.shown().announcement == texts.HALFWAY_SHOWN, "a tick of the clock changes nothing"
    rig.engine.rate(4)
    assert rig.shown().announcement == "", "a rating is the latest thing that happened"
    rig.run(50)
    assert rig.view.announced[-1] == (texts.TEN_LEFT, False)
    assert rig.shown().announcement == texts.TEN_LEFT_SHOWN


def test_the_five_minute_note_goes_when_the_hold_ends() -> None:
    rig = make(focus_plan([Selection(Spot(AreaId.CALVES, Side.LEFT))], 180))
    rig.do(Action.START_PAUSE, Action.EXTEND, Action.EXTEND)
    assert rig.shown().note == texts.EXTEND_LIMIT
    rig.run(300)
    assert rig.phase() is Phase.TIME_UP
    assert rig.shown().note == texts.EXTEND_LIMIT, "still beside the disabled +1 min"
    rig.do(Action.MOVE_ON)
    rig.saver.failing = True
    assert rig.shown().note == ""


def test_the_note_is_gone_once_released() -> None:
    rig = make(focus_plan([Selection(Spot(AreaId.CALVES, Side.LEFT))], 180))
    rig.do(Action.START_PAUSE, Action.EXTEND, Action.EXTEND)
    rig.run(30)
    rig.do(Action.RELEASED)
    assert rig.phase() is Phase.RELEASED
    assert rig.shown().note == "" and rig.shown().announcement == ""


# -- what is not saved, said plainly ----------------------------------------------------------


def test_a_failed_end_says_the_end_is_not_saved_and_not_the_hold() -> None:
    rig = make(focus_plan([Selection(Spot(AreaId.ARMS, Side.LEFT))]))
    rig.do(Action.START_PAUSE)
    rig.run(8)
    rig.do(Action.RELEASED)
    assert rig.saver.saved(), "the hold itself is saved"
    rig.saver.failing = True
    rig.do(Action.NEXT)
    display = rig.shown()
    assert display.phase is Phase.SAVE_FAILED
    assert display.clock_caption == texts.CAPTION_END_NOT_SAVED
    assert "hold" not in display.clock_caption


def test_a_failed_hold_says_the_hold_is_not_saved() -> None:
    rig = make(arm_and_shoulder(), failing=True)
    rig.do(Action.START_PAUSE)
    rig.run(120)
    assert rig.shown().clock_caption == texts.CAPTION_NOT_SAVED
    assert "hold" in texts.CAPTION_NOT_SAVED


@pytest.mark.parametrize(
    ("reason", "stitched_in"),
    [
        ("The disk is full.", "the disk is full"),
        ("the disk is full", "the disk is full"),
        ("SQLite says the file is locked.", "SQLite says the file is locked"),
        ("I/O error on the disk.", "I/O error on the disk"),
        ("I cannot write.", "I cannot write"),
        ("", ""),
    ],
)
def test_a_stitched_in_reason_loses_its_capital_and_full_stop(
    reason: str, stitched_in: str
) -> None:
    assert save_reason(SaveFailedError(reason)) == stitched_in


class CapitalSaver(MemorySaver):
    def _write(self) -> None:
        self.writes += 1
        if self.failing:
            raise SaveFailedError("The disk is full. Free some space.")


@pytest.mark.parametrize("where", ["hold", "end", "pain"])
def test_no_sentence_has_a_capital_after_its_colon(where: str) -> None:
    clock = FakeClock(datetime(2026, 3, 2, 17, 0, tzinfo=UTC), zone="Europe/Berlin")
    saver = CapitalSaver()
    engine = SessionEngine(
        focus_plan([Selection(Spot(AreaId.ARMS, Side.LEFT))]), clock, saver, NotingView()
    )
    engine.begin()
    engine.do(Action.START_PAUSE)
    clock.advance(30)
    engine.wake()
    saver.failing = where == "hold"
    engine.do(Action.RELEASED)
    saver.failing = True
    if where == "pain":
        engine.stop_for_pain()
        text = engine.summary().unsaved
    else:
        if where == "end":
            engine.do(Action.NEXT)
        text = engine.display().question
    assert "saved" in text
    assert ": the disk is full. Free some space." in text, text


# -- skipped, once ---------------------------------------------------------------------------


@given(held=st.floats(min_value=0, max_value=300, allow_nan=False))
@settings(max_examples=60, deadline=None)
def test_a_skip_is_saved_and_shown_by_one_rule(held: float) -> None:
    rig = make(focus_plan([Selection(Spot(AreaId.ARMS, Side.LEFT))]))
    rig.do(Action.START_PAUSE)
    rig.run(held)
    if rig.phase() is not Phase.HOLDING:
        return
    rig.do(Action.SKIP)
    saved = rig.saver.saved()
    assert bool(saved) is not skipped(rig.engine.timer.held_seconds())
    for hold in saved:
        assert hold_result(hold) == "held"
    summary = rig.engine.summary()
    assert summary.counted is bool(saved)
    assert (summary.outcome is Outcome.COMPLETED) is bool(saved)


def test_a_short_hold_from_elsewhere_is_skipped_by_the_same_rule() -> None:
    rig = make(arm_and_shoulder())
    rig.do(Action.START_PAUSE)
    rig.run(40)
    rig.do(Action.SKIP)
    (hold,) = rig.saver.saved()
    assert hold_result(dataclasses.replace(hold, held_seconds=WORKED_SECONDS - 0.5)) == "skipped"
    assert hold_result(dataclasses.replace(hold, held_seconds=WORKED_SECONDS)) == "held"


# -- time held, rounded once -------------------------------------------------------------------


@given(held=st.floats(min_value=5, max_value=119, allow_nan=False))
@settings(max_examples=60, deadline=None)
def test_the_clock_shows_whole_seconds_held_never_more(held: float) -> None:
    rig = make(focus_plan([Selection(Spot(AreaId.ARMS, Side.LEFT))]))
    rig.do(Action.START_PAUSE)
    rig.run(held)
    rig.do(Action.RELEASED)
    display = rig.shown()
    (hold,) = rig.saver.saved()
    whole = texts.seconds_held(hold.held_seconds)
    assert whole <= hold.held_seconds + 1e-6
    # What the ring draws is what a summary says.
    assert texts.clock_text(display.clock_seconds) == f"{whole // 60:02d}:{whole % 60:02d}"


def test_time_held_is_rounded_down() -> None:
    assert texts.seconds_held(127.1) == 127
    assert texts.seconds_held(127.9) == 127
    assert texts.seconds_held(119.9999999999) == 120
    assert texts.clock_text(float(texts.seconds_held(127.1))) == "02:07"


# -- before the start ------------------------------------------------------------------------


@pytest.mark.parametrize("action", [Action.TOO_MUCH, Action.MORE_PRESSURE])
@pytest.mark.parametrize("presses", [1, 2, 3])
def test_tool_changes_before_the_start_keep_the_start_hint(action: Action, presses: int) -> None:
    rig = make(focus_plan([Selection(Spot(AreaId.SHOULDERS, Side.LEFT))]))
    for _ in range(presses):
        rig.do(action)
        status = rig.shown().status
        assert "press space" in status.lower(), status
        assert "off the spot" not in status, "nothing is on the spot yet"
        assert "clock" not in status


def test_too_much_on_the_gentlest_tool_before_the_start_says_start_with_it() -> None:
    rig = make(focus_plan([Selection(Spot(AreaId.SHOULDERS, Side.LEFT))]))
    rig.do(Action.TOO_MUCH)
    assert rig.shown().status == (f"{texts.gentlest_to_start(Tool.TENNIS_BALL)} {texts.START_HINT}")
    rig.do(Action.START_PAUSE, Action.TOO_MUCH)
    assert rig.shown().status == texts.bottom_of_ladder(), "now something is on the spot"


# -- leaving says what it keeps -------------------------------------------------------------------


@settings(max_examples=80, deadline=None)
@given(steps=_steps)
def test_the_leave_question_says_what_leaving_keeps(steps: list[tuple[Action | str, int]]) -> None:
    rig = make(arm_and_shoulder())
    for what, n in steps:
        if isinstance(what, Action):
            if what is not Action.STOP_PAIN:
                rig.engine.do(what)
        elif what == "wait":
            rig.run(n * 3)
        elif what in ("fail", "heal"):
            rig.saver.failing = what == "fail"
    if not rig.engine.is_running:
        return
    question = rig.engine.leave_question()
    before = rig.engine.records
    spot = rig.engine.step.spot

    def on_this_spot(holds: tuple[HoldRecord, ...]) -> list[HoldRecord]:
        return [hold for hold in holds if (hold.area, hold.side) == (spot.area, spot.side)]

    rig.engine.abandon()
    after = rig.engine.records
    if question == texts.ABANDON_KEEPS_RUNNING:
        assert on_this_spot(after), "it promised to keep the hold under way"
    elif question == texts.ABANDON_NOTHING_HELD:
        assert all(skipped(hold.held_seconds) for hold in after), "it said nothing was held"
    else:
        assert question == texts.ABANDON_KEEPS_FINISHED
        assert len(after) == len(before), "it kept a hold it did not mention"
        assert any(not skipped(hold.held_seconds) for hold in before), "nothing was finished"


# -- one name per outcome ----------------------------------------------------------------------


@pytest.mark.parametrize("outcome", list(Outcome))
@pytest.mark.parametrize("kind", list(SessionKind))
def test_each_outcome_has_one_name(outcome: Outcome, kind: SessionKind) -> None:
    title, _ = summary_words(outcome, kind, counted=True)
    if outcome is not Outcome.COMPLETED:
        assert outcome.label.lower() in title.lower()
    # The name the person reads is the word in an exported file.
    assert outcome.label.lower().replace(" ", "_").replace("_for_", "_") == outcome.value


def test_no_view_keeps_its_own_outcome_words() -> None:
    import pathlib

    ui = pathlib.Path(__file__).parents[2] / "src" / "unknot" / "ui"
    for source in ui.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        for other in ("Ended early", "Finished"):
            assert f'"{other}"' not in text, f"{source.name} names an outcome its own way"


class OrderLog:
    """One list of what the saver and the view were asked, in order, each with
    the monotonic time it was asked at."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.events: list[tuple[str, float]] = []

    def note(self, event: str) -> None:
        self.events.append((event, self.clock.monotonic()))

    def names(self) -> list[str]:
        return [event for event, _ in self.events]


class OrderedSaver(MemorySaver):
    def __init__(self, log: OrderLog) -> None:
        super().__init__()
        self.log = log

    def record_hold(self, session_id: str, hold: HoldRecord) -> int:
        self.log.note("record_hold failed" if self.failing else "record_hold")
        return super().record_hold(session_id, hold)


class OrderedView(NotingView):
    def __init__(self, log: OrderLog) -> None:
        super().__init__()
        self.log = log

    def show(self, display: Display) -> None:
        super().show(display)
        self.log.note(f"show {display.phase}")

    def announce(self, text: str, *, urgent: bool) -> None:
        super().announce(text, urgent=urgent)
        self.log.note("announce")

    def cue(self, cue: Cue) -> None:
        super().cue(cue)
        self.log.note(f"cue {cue}")


@pytest.mark.parametrize("scan", [False, True], ids=["focus", "scan"])
@pytest.mark.parametrize("failing", [False, True], ids=["saved", "save fails"])
@pytest.mark.parametrize("found_by", ["wake-up", "key after the deadline"])
def test_the_end_of_a_hold_is_cued_before_it_is_saved_in_the_same_turn(
    scan: bool, failing: bool, found_by: str
) -> None:
    clock = FakeClock(datetime(2026, 3, 2, 17, 0, tzinfo=UTC), zone="Europe/Berlin")
    log = OrderLog(clock)
    saver = OrderedSaver(log)
    view = OrderedView(log)
    plan = scan_plan() if scan else arm_and_shoulder()
    engine = SessionEngine(plan, clock, saver, view, hold_seconds=180)
    engine.begin()
    if scan:
        # A rated scan stop moves on by itself once it is saved.
        engine.rate(2)
    engine.do(Action.START_PAUSE)
    rig = Rig(engine, clock, saver, view)
    rig.run(engine.timer.planned_seconds - 0.5)
    assert rig.phase() is Phase.HOLDING and saver.saved() == []
    saver.failing = failing
    clock.advance(0.5)
    log.events.clear()

    # One call from the event loop: nothing else can run between its steps.
    if found_by == "wake-up":
        engine.wake()
    else:
        # A key that the end of the hold makes moot: refused, but the clock
        # has had its say first.
        assert not engine.do(Action.NEXT if scan else Action.RELEASED)

    names = log.names()
    cue = names.index(f"cue {Cue.TIME_UP}")
    saved = names.index("record_hold failed" if failing else "record_hold")
    assert names[:cue] == [f"show {Phase.TIME_UP}"], "the time-up screen comes with the cue"
    assert cue < names.index("announce") < saved, names
    # The save is not put off: it happens at the same moment on the clock.
    assert {moment for _, moment in log.events} == {clock.monotonic()}
    if failing:
        assert rig.phase() is Phase.SAVE_FAILED
        assert names[-1] == f"show {Phase.SAVE_FAILED}", "the views are told the save failed"
        assert saver.saved() == []
    else:
        (hold,) = saver.saved()
        assert hold.held_seconds == engine.records[0].held_seconds
        assert rig.phase() is not Phase.SAVE_FAILED


@given(held=st.floats(min_value=0, max_value=30, allow_nan=False))
@settings(max_examples=60, deadline=None)
def test_released_within_a_few_seconds_is_a_skip_by_the_same_rule(held: float) -> None:
    rig = make(focus_plan([Selection(Spot(AreaId.ARMS, Side.LEFT))]))
    rig.do(Action.START_PAUSE)
    rig.run(held)
    rig.do(Action.RELEASED)
    saved = rig.saver.saved()
    # Kept exactly when the same seconds would have been kept by Skip.
    assert bool(saved) is not skipped(held)
    for hold in saved:
        assert hold.released and hold_result(hold) == "released"


# -- what the words on an action promise -------------------------------------------------

# Words that promise the next spot (after the released question, for "Released:
# next"), words that promise the end of the session, and words that promise
# neither. Words in none of these fail the test below: they must be placed.
_PROMISE_NEXT = {"Yes, next", "Next spot", "Next area", "Not yet, move on", "Released: next"}
_PROMISE_END = {"Yes, finish", "Finish", "Not yet, finish", "Released: finish"}
_PROMISE_NOTHING = {
    "Start",
    "Pause",
    "Resume",
    "Need more pressure",
    "Too much",
    "+1 min",
    "+1 min, still tight",
    "Skip",
    "Sharp pain: stop",
    "When to stop",
    "Try again now",
    "Go on without saving",
}
_PLANS: dict[str, Callable[[], Plan]] = {
    "one spot": lambda: focus_plan([Selection(Spot(AreaId.CALVES, Side.LEFT), 6)], 120),
    "two spots": arm_and_shoulder,
    "three spots": lambda: focus_plan(
        [
            Selection(Spot(AreaId.NECK, Side.LEFT), 3),
            Selection(Spot(AreaId.SHOULDERS, Side.RIGHT), 4),
            Selection(Spot(AreaId.CALVES, Side.LEFT), 6),
        ],
        120,
    ),
    "scan": scan_plan,
}


def _take(rig: Rig, what: Action | str, n: int) -> None:
    """One step of a random walk through a session."""
    if isinstance(what, Action):
        rig.engine.do(what)
    elif what == "rate":
        if rig.engine.is_running:
            rig.engine.rate(n)
    elif what == "wait":
        rig.run(n * 9)
    elif what == "sleep":
        rig.clock.sleep_machine(100)
        rig.engine.wake()
    else:
        rig.saver.failing = what == "fail"


def _kept_its_word(plan: str, walk: list[tuple[Action | str, int]], action: Action) -> str:
    """Replay `walk` on a fresh session, do `action` with the saves going through,
    and say where that led: "next" (the next spot), "end" or "same spot"."""
    rig = make(_PLANS[plan]())
    for what, n in walk:
        _take(rig, what, n)
    rig.saver.failing = False
    index = rig.engine.index
    assert rig.engine.do(action)
    if rig.phase() is Phase.RELEASED and rig.engine.index == index:
        # "Released: next" asks one question first; its answer moves on.
        rig.do(Action.NEXT)
    if rig.engine.outcome is not None:
        return "end"
    return "next" if rig.engine.index == index + 1 else "same spot"


@settings(max_examples=60, deadline=None)
@given(steps=_steps.map(lambda steps: steps[:30]), plan=st.sampled_from(sorted(_PLANS)))
def test_no_action_names_what_cannot_happen(
    steps: list[tuple[Action | str, int]], plan: str
) -> None:
    """The words on every action offered, in every state of every spot (the
    last above all), promise only what doing it brings: "next" only where a
    next spot follows, "finish" only where the session ends."""
    rig = make(_PLANS[plan]())
    walk: list[tuple[Action | str, int]] = []
    for step in [("wait", 0), *steps]:
        _take(rig, *step)
        walk.append(step)
        display = rig.engine.display()
        if rig.phase() not in IN_SESSION:
            break
        for action in display.offered:
            words = display.labels[action]
            assert words in _PROMISE_NEXT | _PROMISE_END | _PROMISE_NOTHING, (
                f"{words!r}: say what it promises"
            )
            if action not in display.enabled or words in _PROMISE_NOTHING:
                continue
            wanted = "next" if words in _PROMISE_NEXT else "end"
            led_to = _kept_its_word(plan, walk, action)
            assert led_to == wanted, (
                f"{words!r} on step {display.step_number} of {display.step_count} "
                f"({display.phase}) led to {led_to}"
            )


def test_the_last_spot_offers_finishing_words() -> None:
    rig = make(arm_and_shoulder())
    rig.do(Action.SKIP)
    rig.do(Action.START_PAUSE)
    assert rig.shown().labels[Action.RELEASED] == "Released: finish"
    rig.run(120)
    labels = rig.shown().labels
    assert [labels[action] for action in rig.shown().offered] == [
        "Yes, finish",
        "+1 min",
        "Not yet, finish",
    ]


def test_a_rating_is_asked_exactly_where_it_is_taken() -> None:
    rig = make(arm_and_shoulder())
    seen = set()
    for what in (Action.START_PAUSE, "fail", "wait", "heal", Action.RETRY_SAVE):
        _take(rig, what, 14)
        display = rig.shown()
        seen.add(display.phase)
        before = display.tenderness
        rig.engine.rate(1 if before != 1 else 2)
        took = rig.shown().tenderness != before
        assert took == display.rating_open, display.phase
    assert Phase.SAVE_FAILED in seen


@settings(max_examples=80, deadline=None)
@given(
    planned=st.integers(min_value=120, max_value=300),
    steps=st.lists(
        st.one_of(
            st.sampled_from([Action.START_PAUSE, Action.EXTEND]),
            # Hundredths of a second, as a timer's ticks come.
            st.integers(min_value=1, max_value=8000).map(lambda hundredths: hundredths / 100),
        ),
        max_size=12,
    ),
    uptime=st.integers(min_value=0, max_value=10_000).map(lambda hundredths: hundredths / 100),
)
def test_waking_when_the_engine_asks_always_finds_something_due(
    planned: int, steps: list[Action | float], uptime: float
) -> None:
    """The engine's next wake is a moment at which something is due (a
    milestone, the end, the keep-alive), reckoned as the engine reckons it:
    a clock set exactly to it has reached it. Computed as now plus the time
    left, it could fall a rounding error short, and a window waking then found
    nothing due and was asked for the same moment again."""
    rig = make(arm_and_shoulder(planned))
    rig.clock.advance(uptime)
    for step in [Action.START_PAUSE, *steps]:
        if isinstance(step, Action):
            rig.engine.do(step)
            continue
        end = rig.clock.monotonic() + step
        wakes = 0
        while (wake := rig.engine.next_wake()) is not None and wake <= end:
            rig.clock.advance(max(0.0, wake - rig.clock.monotonic()))
            rig.engine.wake()
            wakes += 1
            # Each wake brings a milestone, the end or a keep-alive's worth of time.
            assert wakes <= 4 + step / KEEPALIVE_SECONDS
        rig.clock.advance(end - rig.clock.monotonic())
        rig.engine.wake()


def test_the_moment_found_by_chance_is_reached() -> None:
    """A case where `now + remaining` fell short of halfway: a 134 s hold
    started 4.58 s in, then 66.92 s and 59.01 s of holding."""
    rig = make(arm_and_shoulder(134))
    rig.clock.advance(4.58)
    rig.engine.do(Action.START_PAUSE)
    for seconds in (66.92, 59.01):
        end = rig.clock.monotonic() + seconds
        for _ in range(20):
            wake = rig.engine.next_wake()
            if wake is None or wake > end:
                break
            rig.clock.advance(max(0.0, wake - rig.clock.monotonic()))
            rig.engine.wake()
        else:
            pytest.fail(f"asked to wake again and again at {wake}")
        rig.clock.advance(end - rig.clock.monotonic())
        rig.engine.wake()
