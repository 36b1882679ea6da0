"""The guided session as a state machine: a plan walked spot by spot.

The engine owns the whole flow: its phases, which actions each allows, when a
hold is saved, what the person is told and when. It never waits and never
draws. Time comes from an injected `Clock`; after every call the engine says
when it next needs waking (`next_wake`, on the monotonic clock) and the caller
wakes it then with `wake()`. It speaks to two small protocols:

- a `Saver` that writes the history (begin, record a hold, replace it, finish);
- a `SessionView` that is told what to display (plain data, no widgets), what
  to announce and which cue to play. The screen is one view, the tray another.

Save policy. A hold whose time is up is saved at that moment, right after its
end is shown and cued and before the person can answer "did it release?", so
walking away or a crash cannot lose it and a slow disk cannot delay the cue; the answer
and a tenderness rating afterwards replace that same hold. A hold ended early is
saved when it ends. A sharp-pain stop keeps the part already held. A hold of
only a few seconds that was skipped is not saved: nothing was done (`skipped`).

A save that fails is a phase (`Phase.SAVE_FAILED`), not a message: the hold is
kept in memory and the session does not move on until the save goes through
(tried again on its own every `RETRY_SECONDS` and on request) or the person
chooses to go on without it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from unknot.core import session_texts as texts
from unknot.core.areas import DEFAULT_TOOLS, Tool, area
from unknot.core.clock import Clock
from unknot.core.formats import spoken_duration_text
from unknot.core.hold_timer import SLEEP_GAP_SECONDS, HoldEnd, HoldState, HoldTimer
from unknot.core.plans import (
    DEFAULT_HOLD_SECONDS,
    MAX_HOLD_SECONDS,
    Plan,
    Step,
    focus_offer,
)

# `skipped` (the rule for a hold that did nothing) lives with what counts as
# practice, in records.
from unknot.core.records import HoldRecord, Outcome, SessionKind, check_tenderness, skipped
from unknot.core.translation import translate

# Stops shorter than this (the scan's) announce only their start and end.
MILESTONE_MIN_SECONDS = 60
TEN_SECONDS = 10
# A failed save is tried again on its own after this long.
RETRY_SECONDS = 15.0
# The hold timer takes a silence longer than its sleep gap for a sleeping
# machine, so a running hold is woken well within it even when nothing is due.
KEEPALIVE_SECONDS = SLEEP_GAP_SECONDS / 3


class Phase(StrEnum):
    IDLE = "idle"
    # A spot is shown; the person gets into position.
    READY = "ready"
    HOLDING = "holding"
    PAUSED = "paused"
    # Time ran out; the hold is saved and "did it release?" is open.
    TIME_UP = "time_up"
    # Ended early as released; saved, waiting for "next".
    RELEASED = "released"
    # A write did not go through; nothing moves until it does or is given up.
    SAVE_FAILED = "save_failed"
    # Sharp pain: the stop advice is on screen.
    STOPPED = "stopped"
    SUMMARY = "summary"


# The phases of a session that is still under way.
IN_SESSION = frozenset(
    {Phase.READY, Phase.HOLDING, Phase.PAUSED, Phase.TIME_UP, Phase.RELEASED, Phase.SAVE_FAILED}
)
# The phases in which `rate` takes a rating: before the hold while it is ready
# or running, after it once it has ended.
RATING_PHASES = frozenset({Phase.READY, Phase.HOLDING, Phase.PAUSED, Phase.TIME_UP, Phase.RELEASED})


class Action(StrEnum):
    """Everything the person can ask for during a session."""

    # Start, pause or resume: one key, one button.
    START_PAUSE = "start_pause"
    MORE_PRESSURE = "more_pressure"
    TOO_MUCH = "too_much"
    EXTEND = "extend"
    # "Released" while the hold runs.
    RELEASED = "released"
    SKIP = "skip"
    # "Yes, next" after time up, or "Next spot" after a release.
    NEXT = "next"
    # "Not yet, move on" after time up.
    MOVE_ON = "move_on"
    STOP_PAIN = "stop_pain"
    WHEN_TO_STOP = "when_to_stop"
    RETRY_SAVE = "retry_save"
    GO_ON_UNSAVED = "go_on_unsaved"


class Cue(StrEnum):
    """Moments worth a sound or a notice, for views that have them."""

    TIME_UP = "time_up"
    STOPPED = "stopped"
    FINISHED = "finished"


class SaveFailedError(Exception):
    """Raised by a `Saver` when a write did not go through; `str()` is the
    reason in plain words, shown to the person."""


class Saver(Protocol):
    def begin_session(self, kind: SessionKind, started_at: datetime, time_zone: str) -> str:
        """The new session's id. Raises SaveFailedError."""
        ...

    def record_hold(self, session_id: str, hold: HoldRecord) -> int:
        """The new hold's id. Raises SaveFailedError."""
        ...

    def replace_hold(self, hold_id: int, hold: HoldRecord) -> None:
        """Raises SaveFailedError."""
        ...

    def finish_session(self, session_id: str, outcome: Outcome, ended_at: datetime) -> None:
        """Raises SaveFailedError."""
        ...


@dataclass(frozen=True)
class Display:
    """Everything a view shows, as plain data."""

    phase: Phase
    kind: SessionKind
    step: Step
    # 1-based.
    step_number: int
    step_count: int
    tool: Tool
    # What the clock shows, in seconds, with its caption: the time left while a
    # hold is ready or running, the time held once it was released.
    clock_seconds: float
    clock_caption: str
    planned_seconds: int
    # The coach's line; empty when there is nothing to say.
    status: str
    # The question or message once a hold has ended; empty before.
    question: str
    rate_prompt: str
    # The rating to show: before the hold, or after it once it has ended.
    tenderness: int | None
    # What is offered now, in order, with its words; `enabled` is the subset that
    # can be done at this moment.
    offered: tuple[Action, ...]
    labels: dict[Action, str]
    enabled: frozenset[Action]
    # Shown quietly beside the controls, e.g. the five-minute limit.
    note: str
    # The last announcement, in words that stay true while it is shown (no
    # time left), for a view to show quietly where a screen reader can find it.
    # Empty once anything else has happened since: an action, a new phase.
    announcement: str = ""
    # True while `rate` takes a rating: every view offers its rating (buttons,
    # keys) exactly then. Not while a write is blocked: the rating would
    # change a hold that is not saved.
    rating_open: bool = False

    @property
    def spot_name(self) -> str:
        return self.step.spot.name

    @property
    def ended(self) -> bool:
        """True once the hold's question is open (time up, released, not saved)."""
        return self.phase in (Phase.TIME_UP, Phase.RELEASED, Phase.SAVE_FAILED)


@dataclass(frozen=True)
class Summary:
    """How a session ended, in words any view can use."""

    outcome: Outcome
    kind: SessionKind
    title: str
    # The soreness note, the pain advice, or why nothing counted.
    closing: str
    # Holds of at least WORKED_SECONDS: what counts as practice.
    counted: bool
    holds: tuple[HoldRecord, ...]
    # After a completed scan: the focus session it offers, if any area was tender.
    offer: Plan | None
    # Why something was not saved, if it was not.
    unsaved: str


class SessionView(Protocol):
    def show(self, display: Display) -> None: ...

    def announce(self, text: str, *, urgent: bool) -> None: ...

    def cue(self, cue: Cue) -> None: ...


class SessionEngineError(RuntimeError):
    """An action not allowed in the current phase: a bug in the caller."""


# Spoken at each milestone; one wording with the rest of the app.
spoken_duration = spoken_duration_text


def save_reason(error: SaveFailedError) -> str:
    """Why a write failed, to stand inside one of the engine's sentences after a
    colon: a saver's reason may be whole sentences itself (the store's are), so
    the full stop it ends with is left to the sentence around it, and its first
    word loses its capital unless it is a name or an acronym ("SQLite", "I/O")."""
    return stitched(str(error).strip().rstrip("."))


def stitched(reason: str) -> str:
    """`reason` ready to follow a colon inside a sentence: "The disk is full"
    becomes "the disk is full"; "SQLite said no" and "I/O error" stay."""
    word = reason.split(" ", 1)[0]
    if len(word) > 1 and word[0].isupper() and word[1:].islower() and word[1:].isalpha():
        return reason[0].lower() + reason[1:]
    return reason


def summary_words(outcome: Outcome, kind: SessionKind, counted: bool) -> tuple[str, str]:
    """The title and closing note for a session that ended this way."""
    if outcome is Outcome.STOPPED_PAIN:
        return texts.TITLE_PAIN, texts.PAIN_SUMMARY
    if not counted:
        return texts.TITLE_NOTHING_HELD, texts.NOTHING_HELD
    if outcome is Outcome.INTERRUPTED:
        return texts.TITLE_EARLY, texts.SORENESS
    if kind is SessionKind.SCAN:
        return texts.TITLE_SCAN, texts.SORENESS
    return texts.TITLE_FOCUS, texts.SORENESS


def hold_result(hold: HoldRecord, *, stopped_for_pain: bool = False) -> str:
    """One word for a hold in a summary; `stopped_for_pain` for the hold that a
    sharp-pain stop ended."""
    if stopped_for_pain:
        return translate("SessionEngine", "stopped")
    if hold.released:
        return translate("SessionEngine", "released")
    if skipped(hold.held_seconds):
        return translate("SessionEngine", "skipped")
    return translate("SessionEngine", "held")


class _Milestone(StrEnum):
    HALFWAY = "halfway"
    TEN_LEFT = "ten_left"


@dataclass
class _Blocked:
    """A write that failed, what to do once it is through, and when to retry."""

    write: Callable[[], None]
    # The phase the session was in, and what follows once the write is settled.
    back_to: Phase
    then: Callable[[], None]
    reason: str
    retry_at: float
    # What the screen asks while blocked, and the clock's caption: what is not saved.
    message: str
    caption: str


class SessionEngine:
    """One session on one plan. Make it, `begin()`, then feed it actions and
    `wake()` it at `next_wake()`."""

    def __init__(
        self,
        plan: Plan,
        clock: Clock,
        saver: Saver,
        view: SessionView,
        *,
        auto_advance: bool = False,
        hold_seconds: int = DEFAULT_HOLD_SECONDS,
        max_hold_seconds: int = MAX_HOLD_SECONDS,
        tools: Iterable[Tool] = DEFAULT_TOOLS,
    ) -> None:
        """`tools`: what the person has (hands always); "need more pressure" and
        "too much" move only between these."""
        if not plan.steps:
            raise ValueError("a session needs at least one spot")
        self._plan = plan
        self._clock = clock
        self._saver = saver
        self._views: list[SessionView] = [view]
        self._auto_advance = auto_advance
        self._hold_seconds = hold_seconds
        self._max_hold = max_hold_seconds
        self._tools_owned = frozenset(tools)
        zone = clock.zone()
        # Aware in the local offset of the moment: the session's date is the
        # date where it was done, whatever zone the machine moves to later.
        self._started_at = clock.now().astimezone(zone)
        self._time_zone = zone.key
        self._session_id: str | None = None
        self._phase = Phase.IDLE
        self._index = 0
        self._timer = self._timer_for(plan.steps[0], plan.steps[0].tool)
        self._tenderness_before: int | None = plan.steps[0].tenderness_before
        self._tenderness_after: int | None = None
        # The tools that were on the body during this hold, in order.
        self._tools: list[Tool] = []
        self._hold_id: int | None = None
        self._extended = False
        self._milestones: set[_Milestone] = set()
        self._status = ""
        self._question = ""
        self._note = ""
        self._announcement = ""
        # The phase the announcement was made in: it describes only that one.
        self._announced_in: Phase | None = None
        # Every hold as last written (or meant to be), in order; what the
        # summary reads when the store cannot give the session back.
        self._records: list[HoldRecord] = []
        self._current_record: int | None = None
        self._blocked: _Blocked | None = None
        # Writes that must not hold the person up (after a pain stop, on
        # leaving) and failed: kept, tried again at each wake-up, said.
        self._background: list[Callable[[], None]] = []
        self._unsaved = ""
        self._unsaved_retry_at = 0.0
        self._outcome: Outcome | None = None

    # -- what the session is ---------------------------------------------------

    @property
    def plan(self) -> Plan:
        return self._plan

    @property
    def kind(self) -> SessionKind:
        return self._plan.kind

    @property
    def phase(self) -> Phase:
        return self._phase

    @property
    def session_id(self) -> str | None:
        return self._session_id

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
    def records(self) -> tuple[HoldRecord, ...]:
        return tuple(self._records)

    @property
    def outcome(self) -> Outcome | None:
        return self._outcome

    @property
    def is_running(self) -> bool:
        return self._phase in IN_SESSION

    def add_view(self, view: SessionView) -> None:
        """Another view (the tray, a voice) that follows the same session."""
        self._views.append(view)
        view.show(self.display())

    # -- the flow --------------------------------------------------------------

    def begin(self) -> None:
        """Open the session in the history and show the first spot. Raises
        SaveFailedError when the history will not take it; nothing starts then."""
        if self._phase is not Phase.IDLE:
            raise SessionEngineError("this session has already begun")
        self._session_id = self._saver.begin_session(self.kind, self._started_at, self._time_zone)
        self._show_step(auto_start=False)
        self._refresh()

    def allowed(self) -> frozenset[Action]:
        """What can be done right now."""
        phase = self._phase
        scan = self.kind is SessionKind.SCAN
        allowed: set[Action] = set()
        if phase in IN_SESSION:
            allowed |= {Action.STOP_PAIN, Action.WHEN_TO_STOP}
        if phase in (Phase.READY, Phase.HOLDING, Phase.PAUSED):
            allowed |= {Action.START_PAUSE, Action.SKIP}
            if not scan:
                allowed |= {Action.MORE_PRESSURE, Action.TOO_MUCH}
        if phase in (Phase.HOLDING, Phase.PAUSED) and not scan:
            allowed.add(Action.RELEASED)
        # +1 min only while the hold runs or has just run out.
        running_or_just_ended = phase in (Phase.HOLDING, Phase.PAUSED, Phase.TIME_UP)
        if running_or_just_ended and not scan and self._timer.can_extend:
            allowed.add(Action.EXTEND)
        if phase in (Phase.TIME_UP, Phase.RELEASED):
            allowed.add(Action.NEXT)
        if phase is Phase.TIME_UP and not scan:
            allowed.add(Action.MOVE_ON)
        if phase is Phase.SAVE_FAILED:
            allowed |= {Action.RETRY_SAVE, Action.GO_ON_UNSAVED}
        return frozenset(allowed)

    def do(self, action: Action) -> bool:
        """Carry out `action` if it is allowed now (after letting the clock have
        its say: the time may have run out since the last wake-up). False, and
        nothing changes, when it is not."""
        phase = self._phase
        self._catch_up()
        if action not in self.allowed():
            if self._phase is not phase:
                # The clock moved the session on (time up, a failed save): the
                # views are told even though the action itself is refused.
                self._refresh()
            return False
        handler: dict[Action, Callable[[], None]] = {
            Action.START_PAUSE: self._start_pause,
            Action.MORE_PRESSURE: self._more_pressure,
            Action.TOO_MUCH: self._too_much,
            Action.EXTEND: self._extend,
            Action.RELEASED: self._release,
            Action.SKIP: self._skip,
            Action.NEXT: self._next,
            Action.MOVE_ON: self._move_on,
            Action.STOP_PAIN: self._stop_for_pain,
            Action.WHEN_TO_STOP: lambda: None,
            Action.RETRY_SAVE: self._retry,
            Action.GO_ON_UNSAVED: self._go_on_unsaved,
        }
        # The action is now the latest thing that happened: what was announced
        # before it no longer describes the moment, unless the action says it again.
        self._clear_announcement()
        handler[action]()
        self._refresh()
        return True

    def rate(self, value: int) -> None:
        """A tenderness rating (0-10) tapped now: before the hold while it is
        ready or running, after it once it has ended. In a scan it is the area's
        rating, and once the stop's time is up it also moves on."""
        check_tenderness(value)
        self._catch_up()
        self._clear_announcement()
        phase = self._phase
        scan = self.kind is SessionKind.SCAN
        if phase in (Phase.READY, Phase.HOLDING, Phase.PAUSED):
            self._tenderness_before = value
            if value >= texts.EASE_OFF_AT:
                self._say(texts.ease_off_scan() if scan else texts.ease_off_before())
        elif phase is Phase.TIME_UP and scan:
            self._tenderness_before = value
            self._end_hold(released=False, then=self._advance)
        elif phase in (Phase.TIME_UP, Phase.RELEASED):
            self._tenderness_after = value
            if value >= texts.EASE_OFF_AT:
                self._say(texts.ease_off_after())
            if self._current_record is not None:
                self._save(self._writer(released=phase is Phase.RELEASED), then=None)
        # Outside RATING_PHASES (a write is blocked) nothing asks for a rating.
        self._refresh()

    def wake(self) -> None:
        """Bring the session up to date with the clock; safe to call at any time."""
        self._catch_up()
        blocked = self._blocked
        if blocked is not None and self._clock.monotonic() >= blocked.retry_at:
            self._retry()
        elif self._unsaved and self._clock.monotonic() >= self._unsaved_retry_at:
            self._retry_unsaved()
        self._refresh()

    def next_wake(self) -> float | None:
        """The monotonic time at which the engine next has something to do
        (a milestone, the end of the hold, a save to try again), or None when it
        only waits for the person."""
        now = self._clock.monotonic()
        if self._blocked is not None:
            return self._blocked.retry_at
        if self._unsaved:
            return self._unsaved_retry_at
        if self._phase is not Phase.HOLDING:
            return None
        timer = self._timer
        planned = timer.planned_seconds
        lefts = [0.0]
        if planned >= MILESTONE_MIN_SECONDS:
            if _Milestone.HALFWAY not in self._milestones:
                lefts.append(planned / 2)
            if _Milestone.TEN_LEFT not in self._milestones:
                lefts.append(TEN_SECONDS)
        # Moments as the timer and the milestones reckon them (see
        # `HoldTimer.moment_left`); one already past is due now.
        moments = [timer.moment_left(left) for left in lefts]
        due = [moment for moment in moments if moment is not None]
        return max(now, min([now + KEEPALIVE_SECONDS, *due]))

    def stop_for_pain(self) -> None:
        """Sharp pain: end everything now. The time already spent on the spot is
        kept; a hold whose save fails is kept too and tried again, but the stop
        advice comes first. Raises SessionEngineError when no session runs."""
        if not self.do(Action.STOP_PAIN):
            raise SessionEngineError("no session is under way")

    def _stop_for_pain(self) -> None:
        # A hold whose final record was waiting to be saved keeps that record;
        # otherwise the hold under way is kept as far as it went.
        if not self._settle_blocked():
            if self._phase in (Phase.HOLDING, Phase.PAUSED):
                self._timer.stop_for_pain()
                self._try_in_background(self._writer(released=False))
            elif self._phase is Phase.TIME_UP:
                self._try_in_background(self._writer(released=False))
        self._finish(Outcome.STOPPED_PAIN, blocking=False)
        self._phase = Phase.STOPPED
        self._announce(texts.STOPPED, urgent=True)
        self._cue(Cue.STOPPED)

    def _settle_blocked(self) -> bool:
        """The person is leaving the flow: a blocked write goes on in the
        background. True when there was one."""
        blocked = self._blocked
        if blocked is None:
            return False
        self._blocked = None
        self._phase = blocked.back_to
        self._try_in_background(blocked.write)
        return True

    def keeps_current_hold(self) -> bool:
        """True when leaving now (`abandon`) would keep a hold for the current
        spot, beyond the holds already finished."""
        self._catch_up()
        phase = self._phase
        if phase in (Phase.HOLDING, Phase.PAUSED):
            return not skipped(self._timer.held_seconds())
        if phase is Phase.SAVE_FAILED:
            return self._blocked is not None and self._blocked.caption == texts.CAPTION_NOT_SAVED
        return phase is Phase.TIME_UP

    def leave_question(self) -> str:
        """What closing the window mid-session asks, true to what `abandon` keeps."""
        if self.keeps_current_hold():
            return texts.ABANDON_KEEPS_RUNNING
        if not any(not skipped(hold.held_seconds) for hold in self._records):
            return texts.ABANDON_NOTHING_HELD
        return texts.ABANDON_KEEPS_FINISHED

    def abandon(self) -> None:
        """Leave without asking (the window closes): what was held on the
        current spot is kept, and the session ends as interrupted."""
        if self._phase not in IN_SESSION:
            return
        self._catch_up()
        phase = self._phase
        self._settle_blocked()
        if phase in (Phase.HOLDING, Phase.PAUSED):
            if not skipped(self._timer.held_seconds()):
                self._timer.skip()
                self._try_in_background(self._writer(released=False))
        elif phase is Phase.TIME_UP:
            self._try_in_background(self._writer(released=False))
        self._finish(Outcome.INTERRUPTED, blocking=False)
        self._phase = Phase.IDLE
        self._refresh()

    def show_summary(self) -> None:
        """From the stop advice to the summary."""
        if self._phase is Phase.STOPPED:
            self._phase = Phase.SUMMARY
            self._refresh()

    def summary(self) -> Summary:
        """How the session ended; only once it has."""
        outcome = self._outcome
        if outcome is None:
            raise SessionEngineError("the session has not ended")
        holds = tuple(self._records)
        counted = self._counted()
        title, closing = summary_words(outcome, self.kind, counted)
        offer = None
        if self.kind is SessionKind.SCAN and outcome is Outcome.COMPLETED:
            offer = focus_offer(holds, self._hold_seconds, self._tools_owned)
        return Summary(outcome, self.kind, title, closing, counted, holds, offer, self._unsaved)

    # -- what the views show ------------------------------------------------------

    def display(self) -> Display:
        timer = self._timer
        phase = self._phase
        scan = self.kind is SessionKind.SCAN
        last = self._index == len(self._plan.steps) - 1
        blocked = self._blocked
        if phase is Phase.RELEASED:
            clock_seconds, caption = (
                float(texts.seconds_held(timer.held_seconds())),
                texts.CAPTION_HELD,
            )
        elif phase is Phase.SAVE_FAILED and blocked is not None:
            # Says what is not saved: the hold, or only the session's end.
            clock_seconds, caption = (
                float(texts.seconds_held(timer.held_seconds())),
                blocked.caption,
            )
        else:
            clock_seconds = timer.remaining_seconds()
            caption = {
                Phase.READY: texts.CAPTION_READY,
                Phase.HOLDING: texts.CAPTION_LEFT,
                Phase.PAUSED: texts.CAPTION_PAUSED,
                Phase.TIME_UP: texts.CAPTION_TIME_UP,
            }.get(phase, "")
        labels = self._labels(scan=scan, last=last)
        ended = phase in (Phase.TIME_UP, Phase.RELEASED, Phase.SAVE_FAILED)
        if scan:
            prompt = texts.SCAN_RATE
        elif ended:
            prompt = texts.RATE_AFTER
        else:
            prompt = texts.RATE_BEFORE
        tenderness = self._tenderness_after if ended and not scan else self._tenderness_before
        offered = self._offered(scan=scan)
        if self._announced_in is not phase:
            # A new phase with nothing announced for it: the old line is over.
            self._announcement = ""
            self._announced_in = None
        return Display(
            phase=phase,
            kind=self.kind,
            step=self.step,
            step_number=self._index + 1,
            step_count=len(self._plan.steps),
            tool=timer.tool,
            clock_seconds=clock_seconds,
            clock_caption=caption,
            planned_seconds=timer.planned_seconds,
            status=self._status,
            question=self._question_text(),
            rate_prompt=prompt,
            tenderness=tenderness,
            offered=offered,
            labels=labels,
            enabled=self.allowed(),
            # The five-minute limit speaks of "+1 min": only beside it.
            note=self._note if Action.EXTEND in offered else "",
            announcement=self._announcement,
            rating_open=phase in RATING_PHASES,
        )

    # -- the actions -------------------------------------------------------------

    def _start_pause(self) -> None:
        if self._phase is Phase.READY:
            self._begin_hold()
        elif self._phase is Phase.HOLDING:
            self._timer.pause()
            self._phase = Phase.PAUSED
            self._say(texts.PAUSED)
        elif self._phase is Phase.PAUSED:
            self._timer.resume()
            self._phase = Phase.HOLDING
            self._say("")

    def _more_pressure(self) -> None:
        self._change_tool(self._timer.area.stronger_tool(self._timer.tool), up=True)

    def _too_much(self) -> None:
        self._change_tool(self._timer.area.gentler_tool(self._timer.tool), up=False)

    def _change_tool(self, tool: Tool | None, *, up: bool) -> None:
        timer = self._timer
        ready = self._phase is Phase.READY
        if tool is None:
            if ready:
                # Nothing is on the spot yet: the advice is how to begin.
                self._say(
                    texts.firmest_to_start(timer.area, timer.tool)
                    if up
                    else texts.gentlest_to_start(timer.tool)
                )
            else:
                self._say(
                    texts.top_of_ladder(timer.area, timer.tool) if up else texts.bottom_of_ladder()
                )
            return
        if ready:
            # Nothing has touched the body yet: this is the tool the hold starts
            # with, not a tool tried, and no clock is running.
            self._timer = self._timer_for(self.step, tool)
            self._say(texts.start_with(tool))
            return
        if up:
            timer.more_pressure()
            self._say(texts.switch_up(tool, running=self._phase is Phase.HOLDING))
        else:
            timer.too_much()
            self._say(texts.switch_down(tool))
        self._tools.append(tool)

    def _extend(self) -> None:
        reopened = self._phase is Phase.TIME_UP
        if not self._timer.extend():
            self._note = texts.EXTEND_LIMIT
            return
        self._extended = True
        self._milestones.discard(_Milestone.TEN_LEFT)
        self._say(texts.EXTENDED)
        if reopened:
            # The saved hold stays until the hold ends again, then is replaced.
            self._tenderness_after = None
            self._question = ""
            self._phase = Phase.HOLDING
        # Heard with the new time left; on screen the coach line says it and
        # the ring shows the time, so the quiet line is left empty.
        left = spoken_duration(math.ceil(self._timer.remaining_seconds()))
        self._announce(texts.extended(left), shown="")
        self._update_note()

    def _release(self) -> None:
        self._timer.release()
        if skipped(self._timer.held_seconds()):
            # The one rule for a few seconds, whatever key ended them: nothing
            # was done, so nothing is kept and no spot is counted (see `skipped`).
            self._advance()
            return
        self._end_hold(released=True, then=self._to_released)

    def _to_released(self) -> None:
        self._phase = Phase.RELEASED
        self._tenderness_after = None
        self._say("")

    def _skip(self) -> None:
        timer = self._timer
        if self._phase is Phase.READY:
            self._advance()
            return
        timer.skip()
        if skipped(timer.held_seconds()):
            # A few seconds did nothing: there is nothing to keep.
            self._advance()
            return
        self._end_hold(released=False, then=self._advance)

    def _next(self) -> None:
        if self._phase is Phase.TIME_UP:
            # "Yes, next" (or a scan stop that was not rated).
            self._end_hold(released=self.kind is not SessionKind.SCAN, then=self._advance)
        else:
            self._advance()

    def _move_on(self) -> None:
        self._end_hold(released=False, then=self._advance)

    def _retry(self) -> None:
        blocked = self._blocked
        if blocked is None:
            return
        try:
            blocked.write()
        except SaveFailedError as error:
            blocked.reason = save_reason(error)
            blocked.retry_at = self._clock.monotonic() + RETRY_SECONDS
            return
        self._blocked = None
        self._phase = blocked.back_to
        blocked.then()

    def _go_on_unsaved(self) -> None:
        blocked = self._blocked
        if blocked is None:
            return
        self._blocked = None
        self._phase = blocked.back_to
        blocked.then()

    # -- inside ----------------------------------------------------------------------

    def _begin_hold(self) -> None:
        self._timer.start()
        self._tools = [self._timer.tool]
        self._phase = Phase.HOLDING
        self._say(texts.SCAN_COACH if self.kind is SessionKind.SCAN else "")
        length = spoken_duration(self._timer.planned_seconds)
        name = self.step.spot.name
        self._announce(texts.hold_started(name, length), shown=texts.hold_started_shown(name))

    def _catch_up(self) -> None:
        """Ask the timer where the hold stands and act on what changed."""
        if self._phase is not Phase.HOLDING:
            return
        state = self._timer.poll()
        if state is HoldState.DONE:
            self._time_up()
        elif state is HoldState.PAUSED:
            # The machine slept: the hold stopped where it was last seen.
            self._phase = Phase.PAUSED
            self._say(texts.SLEPT)
        else:
            self._check_milestones()

    def _time_up(self) -> None:
        self._phase = Phase.TIME_UP
        self._tenderness_after = None
        self._say("")
        name = self.step.spot.name
        # The person hears and sees that the time is up first: a commit can take
        # tens of milliseconds on a busy disk, and the cue is the deadline's
        # promise. The save follows in the same call, before anything else can
        # happen, and a failure shows the not-saved phase straight after.
        self._refresh()
        self._cue(Cue.TIME_UP)
        self._announce(texts.time_up(name), urgent=True)
        scan_rated = self.kind is SessionKind.SCAN and self._tenderness_before is not None
        then = (lambda: self._end_hold(released=False, then=self._advance)) if scan_rated else None
        self._save(self._writer(released=False), then=then)

    def _check_milestones(self) -> None:
        timer = self._timer
        planned = timer.planned_seconds
        if planned < MILESTONE_MIN_SECONDS:
            return
        remaining = timer.remaining_seconds()
        if self._reached(TEN_SECONDS, remaining):
            if _Milestone.TEN_LEFT not in self._milestones:
                self._milestones.update((_Milestone.TEN_LEFT, _Milestone.HALFWAY))
                self._announce(texts.TEN_LEFT, shown=texts.TEN_LEFT_SHOWN)
        elif self._reached(planned / 2, remaining) and _Milestone.HALFWAY not in self._milestones:
            self._milestones.add(_Milestone.HALFWAY)
            left = spoken_duration(math.ceil(remaining))
            self._announce(texts.halfway(left), shown=texts.HALFWAY_SHOWN)

    def _reached(self, left: float, remaining: float) -> bool:
        """Whether the hold is down to `left` seconds: by the same reckoning
        as `next_wake` while it runs, so waking at that moment finds it due."""
        moment = self._timer.moment_left(left)
        if moment is None:
            return remaining <= left
        return self._clock.monotonic() >= moment

    def _end_hold(self, *, released: bool, then: Callable[[], None]) -> None:
        self._save(self._writer(released=released), then=then)

    def _writer(self, *, released: bool) -> Callable[[], None]:
        """The write of the current hold as it stands now: taken at once, so a
        retry later saves this moment's record."""
        record = self._record(released=released)
        return lambda: self._write_current(record)

    def _advance(self) -> None:
        previous = self.step
        if self._index == len(self._plan.steps) - 1:
            outcome = Outcome.COMPLETED if self._counted() else Outcome.INTERRUPTED
            self._finish(outcome, blocking=True)
            return
        self._index += 1
        moved = area(previous.spot.area).position is not area(self.step.spot.area).position
        auto = self.kind is SessionKind.SCAN or self._auto_advance
        self._show_step(auto_start=auto and not moved, moved=moved)

    def _to_summary(self) -> None:
        self._phase = Phase.SUMMARY
        self._announce(
            texts.SCAN_DONE
            if self.kind is SessionKind.SCAN and self._outcome is Outcome.COMPLETED
            else texts.SESSION_DONE,
            urgent=True,
        )
        self._cue(Cue.FINISHED)

    def _show_step(self, *, auto_start: bool, moved: bool = False) -> None:
        step = self.step
        self._timer = self._timer_for(step, step.tool)
        self._tenderness_before = step.tenderness_before
        self._tenderness_after = None
        self._tools = []
        self._hold_id = None
        self._current_record = None
        self._extended = False
        self._milestones = set()
        self._note = ""
        self._question = ""
        self._announcement = ""
        self._phase = Phase.READY
        # Each spot starts with a clean line: nothing said about the last one.
        if moved:
            self._say(texts.move_to(area(step.spot.area).position))
        elif self.kind is SessionKind.SCAN:
            self._say(texts.READY_SCAN)
        else:
            self._say(texts.READY_FOCUS)
        if auto_start:
            self._begin_hold()

    def _finish(self, outcome: Outcome, *, blocking: bool) -> None:
        """Close the session in the history. `blocking`: the summary waits for
        the write (the normal end); otherwise it goes on in the background."""
        self._outcome = outcome
        session_id = self._session_id
        ended_at = self._clock.now().astimezone(self._clock.zone())

        def write() -> None:
            if session_id is not None:
                self._saver.finish_session(session_id, outcome, ended_at)

        if blocking:
            self._save(
                write,
                then=self._to_summary,
                message=texts.FINISH_BLOCKED,
                caption=texts.CAPTION_END_NOT_SAVED,
            )
        else:
            self._try_in_background(write)

    def _counted(self) -> bool:
        return any(not skipped(hold.held_seconds) for hold in self._records)

    def _save(
        self,
        write: Callable[[], None],
        *,
        then: Callable[[], None] | None,
        message: str | None = None,
        caption: str | None = None,
    ) -> None:
        """Write now; on failure block the session until it is written or given up.
        `message` and `caption` default to a hold's (read here, not at import, so
        they are in the language of the moment)."""
        message = texts.SAVE_BLOCKED if message is None else message
        caption = texts.CAPTION_NOT_SAVED if caption is None else caption
        follow = then if then is not None else (lambda: None)
        try:
            write()
        except SaveFailedError as error:
            self._blocked = _Blocked(
                write,
                self._phase,
                follow,
                save_reason(error),
                self._clock.monotonic() + RETRY_SECONDS,
                message,
                caption,
            )
            self._phase = Phase.SAVE_FAILED
            # What was said about the hold is over; the problem is said instead.
            self._say("")
            return
        follow()

    def _try_in_background(self, write: Callable[[], None]) -> None:
        """A write that must not hold the person up (the pain stop, leaving):
        kept and tried again at each wake-up, and said in the summary."""
        try:
            write()
        except SaveFailedError as error:
            self._background.append(write)
            self._unsaved = texts.NOT_SAVED.format(reason=save_reason(error))
            self._unsaved_retry_at = self._clock.monotonic() + RETRY_SECONDS

    def _retry_unsaved(self) -> None:
        waiting, self._background = self._background, []
        self._unsaved = ""
        for write in waiting:
            self._try_in_background(write)

    def _write_current(self, record: HoldRecord) -> None:
        """Save the current hold: a new row the first time, the same row after."""
        if self._current_record is None:
            self._records.append(record)
            self._current_record = len(self._records) - 1
        else:
            self._records[self._current_record] = record
        session_id = self._session_id
        if session_id is None:
            return
        if self._hold_id is None:
            self._hold_id = self._saver.record_hold(session_id, record)
        else:
            self._saver.replace_hold(self._hold_id, record)

    def _record(self, *, released: bool) -> HoldRecord:
        timer = self._timer
        started_at, ended_at = timer.started_at, timer.ended_at
        if started_at is None or ended_at is None:
            started_at = ended_at = self._clock.now()
        spot = self.step.spot
        zone = self._clock.zone()
        tools = tuple(self._tools) or (timer.tool,)
        return HoldRecord(
            area=spot.area,
            side=spot.side,
            tool=tools[-1],
            tools_tried=tools,
            planned_seconds=timer.planned_seconds,
            # To the millisecond, rounded down: rounding to the nearest could
            # turn 5.9997 s into 6.000 s, a second the clock never showed held.
            held_seconds=math.floor(timer.held_seconds() * 1000) / 1000,
            released=released and timer.end is not HoldEnd.SKIPPED,
            tenderness_before=self._tenderness_before,
            tenderness_after=self._tenderness_after,
            started_at=started_at.astimezone(zone),
            ended_at=ended_at.astimezone(zone),
        )

    def _timer_for(self, step: Step, tool: Tool) -> HoldTimer:
        worked = area(step.spot.area).with_tools(self._tools_owned)
        if tool not in worked.ladder:
            # A plan made for other tools: start where this person can.
            tool = worked.starting_tool
        return HoldTimer(
            self._clock,
            worked,
            step.planned_seconds,
            tool,
            max_seconds=self._max_hold,
        )

    def _update_note(self) -> None:
        # The limit is worth saying only to someone who has asked for more time.
        if self._extended and not self._timer.can_extend:
            self._note = texts.EXTEND_LIMIT

    def _labels(self, *, scan: bool, last: bool) -> dict[Action, str]:
        phase = self._phase
        if phase is Phase.RELEASED or (phase is Phase.TIME_UP and scan):
            if scan:
                next_label = (
                    translate("SessionEngine", "Finish")
                    if last
                    else translate("SessionEngine", "Next area")
                )
            else:
                next_label = (
                    translate("SessionEngine", "Finish")
                    if last
                    else translate("SessionEngine", "Next spot")
                )
        else:
            next_label = (
                translate("SessionEngine", "Yes, finish")
                if last
                else translate("SessionEngine", "Yes, next")
            )
        if not scan:
            skip_label = translate("SessionEngine", "Skip")
        elif last:
            skip_label = translate("SessionEngine", "Finish")
        else:
            skip_label = translate("SessionEngine", "Next area")
        start = {
            Phase.HOLDING: translate("SessionEngine", "Pause"),
            Phase.PAUSED: translate("SessionEngine", "Resume"),
        }.get(phase, translate("SessionEngine", "Start"))
        return {
            Action.START_PAUSE: start,
            Action.MORE_PRESSURE: translate("SessionEngine", "Need more pressure"),
            Action.TOO_MUCH: translate("SessionEngine", "Too much"),
            Action.EXTEND: translate("SessionEngine", "+1 min")
            if phase is Phase.TIME_UP
            else translate("SessionEngine", "+1 min, still tight"),
            # On the last spot nothing comes next: the words say the session ends.
            Action.RELEASED: translate("SessionEngine", "Released: finish")
            if last
            else translate("SessionEngine", "Released: next"),
            Action.SKIP: skip_label,
            Action.NEXT: next_label,
            Action.MOVE_ON: translate("SessionEngine", "Not yet, finish")
            if last
            else translate("SessionEngine", "Not yet, move on"),
            Action.STOP_PAIN: translate("SessionEngine", "Sharp pain: stop"),
            Action.WHEN_TO_STOP: translate("SessionEngine", "When to stop"),
            Action.RETRY_SAVE: translate("SessionEngine", "Try again now"),
            Action.GO_ON_UNSAVED: translate("SessionEngine", "Go on without saving"),
        }

    def _offered(self, *, scan: bool) -> tuple[Action, ...]:
        phase = self._phase
        if phase in (Phase.READY, Phase.HOLDING, Phase.PAUSED):
            if scan:
                return (Action.START_PAUSE, Action.SKIP)
            return (
                Action.START_PAUSE,
                Action.MORE_PRESSURE,
                Action.TOO_MUCH,
                Action.EXTEND,
                Action.RELEASED,
                Action.SKIP,
            )
        if phase is Phase.TIME_UP:
            if scan:
                return (Action.NEXT,)
            return (Action.NEXT, Action.EXTEND, Action.MOVE_ON)
        if phase is Phase.RELEASED:
            return (Action.NEXT,)
        if phase is Phase.SAVE_FAILED:
            return (Action.RETRY_SAVE, Action.GO_ON_UNSAVED)
        return ()

    def _question_text(self) -> str:
        phase = self._phase
        blocked = self._blocked
        if phase is Phase.SAVE_FAILED and blocked is not None:
            return f"{blocked.message.format(reason=blocked.reason)} {texts.SAVE_BLOCKED_HINT}"
        if phase is Phase.TIME_UP:
            if self.kind is SessionKind.SCAN:
                return texts.TIME_UP_SCAN
            return texts.TIME_UP_QUESTION
        if phase is Phase.RELEASED:
            return texts.RELEASED
        return ""

    def _say(self, text: str) -> None:
        if text and self._phase is Phase.READY and not texts.names_space(text):
            # Before a hold starts, whatever is said keeps the way to start it.
            text = f"{text} {texts.START_HINT}"
        elif text and self._phase is Phase.PAUSED and not texts.names_space(text):
            # A paused hold stays paused whatever is said: keep the way back.
            text = f"{text} {texts.PAUSED_HINT}"
        self._status = text

    def _announce(self, text: str, *, shown: str | None = None, urgent: bool = False) -> None:
        """Tell the views `text`; `shown` is what stays on the screen's quiet
        line (`text` itself unless given): no figure that the clock will change."""
        # Each announcement replaces the last, and belongs to the phase it is made in.
        self._announcement = text if shown is None else shown
        self._announced_in = self._phase
        for view in self._views:
            view.announce(text, urgent=urgent)

    def _clear_announcement(self) -> None:
        self._announcement = ""
        self._announced_in = None

    def _cue(self, cue: Cue) -> None:
        for view in self._views:
            view.cue(cue)

    def _refresh(self) -> None:
        display = self.display()
        for view in self._views:
            view.show(display)
