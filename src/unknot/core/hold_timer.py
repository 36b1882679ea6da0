"""The hold timer: one spot, one tool at a time, two to five minutes.

Nothing here counts ticks. A running hold keeps a deadline on the monotonic clock
and every question ("how long is left?") is answered from it, so the display can
never drift, a skipped repaint costs nothing and a wall-clock change cannot
stretch or shorten a hold.

A long silence between two questions means the machine slept (or the process was
frozen): the hold is paused where it was last seen running, instead of finishing
unattended or counting the sleep as time on the spot.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from unknot.core.areas import Area, Tool
from unknot.core.clock import Clock
from unknot.core.plans import EXTEND_SECONDS, MAX_HOLD_SECONDS
from unknot.core.records import with_tool

# The UI asks at least once a second while a hold runs; half a minute of silence
# cannot be a busy event loop.
SLEEP_GAP_SECONDS = 30.0


class HoldState(StrEnum):
    READY = "ready"
    HOLDING = "holding"
    PAUSED = "paused"
    DONE = "done"


class HoldEnd(StrEnum):
    TIME_UP = "time_up"
    RELEASED = "released"
    SKIPPED = "skipped"
    STOPPED_PAIN = "stopped_pain"


class HoldTimerError(RuntimeError):
    """An action that makes no sense in the current state: a bug in the caller."""


class HoldTimer:
    def __init__(
        self,
        clock: Clock,
        area: Area,
        planned_seconds: int,
        tool: Tool | None = None,
        *,
        max_seconds: int = MAX_HOLD_SECONDS,
        sleep_gap: float = SLEEP_GAP_SECONDS,
    ) -> None:
        if planned_seconds <= 0:
            raise ValueError("a hold needs a positive length")
        self._clock = clock
        self._area = area
        self._tool = tool if tool is not None else area.starting_tool
        if self._tool not in area.ladder:
            raise ValueError(f"{self._tool} is not used on the {area.name.lower()}")
        self._tools_tried: tuple[Tool, ...] = (self._tool,)
        self._planned = float(planned_seconds)
        # The cap never cuts a plan shorter than asked (the scan's short stops
        # are far below it); it only limits "+1 min".
        self._max = float(max(max_seconds, planned_seconds))
        self._sleep_gap = sleep_gap

        self._state = HoldState.READY
        self._end: HoldEnd | None = None
        self._paused_by_sleep = False
        # Held time banked before the current run, and where that run began.
        self._banked = 0.0
        self._run_began = 0.0
        self._last_seen = 0.0
        self._started_mono: float | None = None
        self._ended_mono: float | None = None
        self._started_wall: datetime | None = None

    # -- what the hold is ---------------------------------------------------

    @property
    def area(self) -> Area:
        return self._area

    @property
    def tool(self) -> Tool:
        return self._tool

    @property
    def tools_tried(self) -> tuple[Tool, ...]:
        """The tools that were on the body, in order, ending with `tool` (the rule
        of `unknot.core.records`): a tool picked before the start replaces the
        starting one, and going back to a tool lists it again."""
        return self._tools_tried

    @property
    def planned_seconds(self) -> int:
        return round(self._planned)

    @property
    def state(self) -> HoldState:
        self.poll()
        return self._state

    @property
    def end(self) -> HoldEnd | None:
        self.poll()
        return self._end

    @property
    def paused_by_sleep(self) -> bool:
        """True when the last pause was the timer's own, after a gap."""
        self.poll()
        return self._paused_by_sleep

    @property
    def can_extend(self) -> bool:
        if self.state is HoldState.DONE:
            return self._can_reopen()
        return self._planned + EXTEND_SECONDS <= self._max

    @property
    def started_at(self) -> datetime | None:
        return self._started_wall

    @property
    def ended_at(self) -> datetime | None:
        """The wall time it ended: its start plus the monotonic time that passed,
        so a clock change during the hold cannot make it longer or shorter."""
        if self._started_wall is None or self._started_mono is None:
            return None
        if self._ended_mono is None:
            return None
        return self._started_wall + timedelta(seconds=self._ended_mono - self._started_mono)

    # -- the questions a display asks -----------------------------------------

    def held_seconds(self) -> float:
        """Time on the spot so far, pauses and sleeps excluded."""
        self.poll()
        if self._state is HoldState.HOLDING:
            return self._banked + (self._clock.monotonic() - self._run_began)
        return self._banked

    def remaining_seconds(self) -> float:
        return max(0.0, self._planned - self.held_seconds())

    def moment_left(self, seconds: float) -> float | None:
        """The monotonic time at which `seconds` will be left of the plan, while
        the hold runs (None otherwise). Computed as `poll` computes the end, so
        a clock set to the moment has reached it exactly: `now + remaining`
        can fall a rounding error short of it, and a caller waking at that time
        would find nothing due, again and again."""
        if self._state is not HoldState.HOLDING:
            return None
        return self._run_began + (self._planned - self._banked) - seconds

    def poll(self) -> HoldState:
        """Bring the state up to date with the clock; safe to call at any rate."""
        now = self._clock.monotonic()
        if self._state is HoldState.HOLDING:
            gap = now - self._last_seen > self._sleep_gap
            # A hold that ran out before the gap began still finished on time.
            seen_until = self._last_seen if gap else now
            deadline = self._run_began + (self._planned - self._banked)
            if deadline <= seen_until:
                self._banked = self._planned
                self._finish(HoldEnd.TIME_UP, at=deadline)
            elif gap:
                self._banked += self._last_seen - self._run_began
                self._state = HoldState.PAUSED
                self._paused_by_sleep = True
        self._last_seen = now
        return self._state

    # -- what the person does -------------------------------------------------

    def start(self) -> None:
        self._expect(HoldState.READY)
        now = self._clock.monotonic()
        self._started_mono = now
        self._started_wall = self._clock.now()
        self._run(now)

    def pause(self) -> None:
        self._expect(HoldState.HOLDING)
        now = self._clock.monotonic()
        self._banked += now - self._run_began
        self._state = HoldState.PAUSED
        self._paused_by_sleep = False

    def resume(self) -> None:
        self._expect(HoldState.PAUSED)
        self._run(self._clock.monotonic())

    def toggle_pause(self) -> None:
        if self.state is HoldState.HOLDING:
            self.pause()
        else:
            self.resume()

    def extend(self) -> bool:
        """ "Still tight: +1 min". Also reopens a hold whose time just ran out.
        False when it would go past the cap; nothing changes then."""
        state = self.state
        if state is HoldState.DONE:
            if not self._can_reopen():
                return False
            self._planned += EXTEND_SECONDS
            self._end = None
            self._ended_mono = None
            self._run(self._clock.monotonic())
            return True
        if self._planned + EXTEND_SECONDS > self._max:
            return False
        self._planned += EXTEND_SECONDS
        return True

    def more_pressure(self) -> Tool | None:
        """Move up the ladder; None (and no change) when already at the top.
        The time keeps running: the spot is the same."""
        self._expect_not_done()
        stronger = self._area.stronger_tool(self._tool)
        if stronger is not None:
            self._use(stronger)
        return stronger

    def too_much(self) -> Tool | None:
        """Move down the ladder; None when already on the gentlest tool, where
        the answer is less body weight rather than another tool."""
        self._expect_not_done()
        gentler = self._area.gentler_tool(self._tool)
        if gentler is not None:
            self._use(gentler)
        return gentler

    def release(self) -> None:
        """The spot let go before the time was up."""
        self._end_early(HoldEnd.RELEASED)

    def skip(self) -> None:
        self._end_early(HoldEnd.SKIPPED)

    def stop_for_pain(self) -> None:
        """Sharp pain: ends the hold at once. A hold that had already ended keeps
        its ending; the session records the stop."""
        if self.state is not HoldState.DONE:
            self._end_early(HoldEnd.STOPPED_PAIN)

    # -- inside -----------------------------------------------------------------

    def _can_reopen(self) -> bool:
        return (
            self._state is HoldState.DONE
            and self._end is HoldEnd.TIME_UP
            and self._planned + EXTEND_SECONDS <= self._max
        )

    def _run(self, now: float) -> None:
        self._run_began = now
        self._last_seen = now
        self._state = HoldState.HOLDING
        self._paused_by_sleep = False

    def _use(self, tool: Tool) -> None:
        self._tool = tool
        if self._started_mono is None:
            # Not on the body yet: this is the tool the hold starts with.
            self._tools_tried = (tool,)
        else:
            self._tools_tried = with_tool(self._tools_tried, tool)

    def _end_early(self, end: HoldEnd) -> None:
        self._expect_not_done()
        now = self._clock.monotonic()
        if self._state is HoldState.HOLDING:
            self._banked += now - self._run_began
        if self._started_mono is None:
            # Ended before it began (skipped from READY): zero length.
            self._started_mono = now
            self._started_wall = self._clock.now()
        self._finish(end, at=now)

    def _finish(self, end: HoldEnd, at: float) -> None:
        self._state = HoldState.DONE
        self._end = end
        self._ended_mono = at

    def _expect(self, state: HoldState) -> None:
        if self.state is not state:
            raise HoldTimerError(f"expected a {state} hold, this one is {self._state}")

    def _expect_not_done(self) -> None:
        if self.state is HoldState.DONE:
            raise HoldTimerError("this hold has already ended")
