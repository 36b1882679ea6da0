"""A guided session: a plan walked spot by spot, one hold timer at a time.

It hands out a `HoldRecord` for every hold that ends, for the caller to save at
once; it saves nothing itself, so the whole flow is testable without a database.
"""

from __future__ import annotations

from datetime import datetime

from unknot.core.areas import area
from unknot.core.clock import Clock
from unknot.core.hold_timer import HoldEnd, HoldState, HoldTimer
from unknot.core.plans import MAX_HOLD_SECONDS, Plan, Step
from unknot.core.records import HoldRecord, Outcome, SessionKind, check_tenderness


class GuidedSessionError(RuntimeError):
    """An action that makes no sense at this point of the session."""


class GuidedSession:
    def __init__(self, plan: Plan, clock: Clock, max_hold_seconds: int = MAX_HOLD_SECONDS):
        if not plan.steps:
            raise ValueError("a session needs at least one spot")
        self._plan = plan
        self._clock = clock
        self._max_hold = max_hold_seconds
        zone = clock.zone()
        # Aware in the local offset of the moment: the session's date is the
        # date where it was done, whatever zone the machine moves to later.
        self._started_at = clock.now().astimezone(zone)
        self._time_zone = zone.key
        self._index = 0
        self._timer = self._timer_for(plan.steps[0])
        self._tenderness_before: int | None = plan.steps[0].tenderness_before
        self._records: list[HoldRecord] = []
        self._outcome: Outcome | None = None

    @property
    def plan(self) -> Plan:
        return self._plan

    @property
    def kind(self) -> SessionKind:
        return self._plan.kind

    @property
    def started_at(self) -> datetime:
        return self._started_at

    @property
    def time_zone(self) -> str:
        return self._time_zone

    @property
    def index(self) -> int:
        return self._index

    @property
    def step(self) -> Step:
        return self._plan.steps[self._index]

    @property
    def timer(self) -> HoldTimer:
        return self._timer

    @property
    def is_last_step(self) -> bool:
        return self._index == len(self._plan.steps) - 1

    @property
    def records(self) -> tuple[HoldRecord, ...]:
        return tuple(self._records)

    @property
    def outcome(self) -> Outcome | None:
        return self._outcome

    @property
    def is_over(self) -> bool:
        return self._outcome is not None

    @property
    def tenderness_before(self) -> int | None:
        return self._tenderness_before

    def set_tenderness_before(self, value: int | None) -> None:
        self._tenderness_before = check_tenderness(value)

    def end_hold(self, *, released: bool, tenderness_after: int | None = None) -> HoldRecord:
        """Close the current hold and hand out its record, ready to save.

        A running hold ends as released (or skipped when `released` is False);
        one whose time is up just gets its answer recorded.
        """
        self._expect_running()
        check_tenderness(tenderness_after)
        if self._timer.state is not HoldState.DONE:
            if released:
                self._timer.release()
            else:
                self._timer.skip()
        record = self._record(released=released, tenderness_after=tenderness_after)
        self._records.append(record)
        return record

    def pending_record(self) -> HoldRecord:
        """The record of a hold whose time is up but whose question ("did it
        release?") is not answered yet, to save at once so that walking away or
        a crash cannot lose it. The answer later replaces it."""
        self._expect_running()
        if self._timer.state is not HoldState.DONE:
            raise GuidedSessionError("the hold is still under way")
        return self._record(released=False, tenderness_after=None)

    def next_step(self) -> bool:
        """Move to the next spot once the current hold is closed. False when the
        plan is finished: the session is then complete."""
        self._expect_running()
        if len(self._records) <= self._index:
            raise GuidedSessionError("end the current hold before moving on")
        if self.is_last_step:
            self._outcome = Outcome.COMPLETED
            return False
        self._index += 1
        self._timer = self._timer_for(self.step)
        self._tenderness_before = self.step.tenderness_before
        return True

    def stop_for_pain(self) -> HoldRecord | None:
        """End everything now. Returns the record of a hold that was under way
        (so the time already spent is kept), or None if there was none."""
        self._expect_running()
        record = None
        held_current = len(self._records) > self._index
        if not held_current and self._timer.state is not HoldState.READY:
            self._timer.stop_for_pain()
            record = self._record(released=False, tenderness_after=None)
            self._records.append(record)
        self._outcome = Outcome.STOPPED_PAIN
        return record

    def _record(self, *, released: bool, tenderness_after: int | None) -> HoldRecord:
        timer = self._timer
        started_at, ended_at = timer.started_at, timer.ended_at
        if started_at is None or ended_at is None:
            # Skipped before it began: a zero-length hold at this instant.
            started_at = ended_at = self._clock.now()
        spot = self.step.spot
        zone = self._clock.zone()
        return HoldRecord(
            area=spot.area,
            side=spot.side,
            tool=timer.tool,
            tools_tried=timer.tools_tried,
            planned_seconds=timer.planned_seconds,
            held_seconds=round(timer.held_seconds(), 3),
            released=released and timer.end is not HoldEnd.SKIPPED,
            tenderness_before=self._tenderness_before,
            tenderness_after=tenderness_after,
            started_at=started_at.astimezone(zone),
            ended_at=ended_at.astimezone(zone),
        )

    def _timer_for(self, step: Step) -> HoldTimer:
        return HoldTimer(
            self._clock,
            area(step.spot.area),
            step.planned_seconds,
            step.tool,
            max_seconds=self._max_hold,
        )

    def _expect_running(self) -> None:
        if self._outcome is not None:
            raise GuidedSessionError(f"the session is over ({self._outcome})")
