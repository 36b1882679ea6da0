"""What the voice coach says, and when: a view of the session engine, like the
screen and the tray.

The voice follows the engine's displays (`SessionView.show`). Each display is
compared with the one before; what changed (a new spot, a hold that started,
time up, a tool change, a stop) is a moment worth saying, and the amount the
person chose decides which moments are said. Time cues (halfway, each minute
left, ten seconds left) are deadlines on the engine's own clock, worked out from
the time left that the display carries at the instant it was made; the voice
asks to be woken at the next one (`next_wake`) and speaks it only when the
engine shows the hold still running past it, so it never speaks ahead of the
screen nor of a hold the engine has paused, ended or left.

Nothing here waits: `Speaker.say` hands the words over and returns. Once the
session has stopped, ended or been left, the voice stops and says nothing more.

Standard library only: the Qt speaker is in `unknot.ui.voice.voice_coach`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from enum import StrEnum
from typing import Protocol

from unknot.core.areas import Position, Tool, area
from unknot.core.clock import Clock
from unknot.core.records import SessionKind
from unknot.core.session_engine import (
    IN_SESSION,
    MILESTONE_MIN_SECONDS,
    TEN_SECONDS,
    Cue,
    Display,
    Phase,
)
from unknot.core.translation import QT_TRANSLATE_NOOP, translate
from unknot.core.voice_amount import Amount

# The engine's clock and the voice's sums may differ in the last bits of a
# float: a cue due this close to now is due now.
_SLACK = 1e-6


class Moment(StrEnum):
    """Everything the voice can speak about."""

    SPOT = "spot"
    HOLD_STARTED = "hold_started"
    PAUSED = "paused"
    RESUMED = "resumed"
    HALFWAY = "halfway"
    MINUTES_LEFT = "minutes_left"
    TEN_LEFT = "ten_left"
    TIME_UP = "time_up"
    RELEASED = "released"
    EXTENDED = "extended"
    TOOL_CHANGED = "tool_changed"
    NOT_SAVED = "not_saved"
    STOPPED = "stopped"
    FINISHED = "finished"


_MINIMAL = frozenset(
    {
        Moment.SPOT,
        Moment.HOLD_STARTED,
        Moment.TIME_UP,
        Moment.RELEASED,
        Moment.NOT_SAVED,
        Moment.STOPPED,
        Moment.FINISHED,
    }
)
_NORMAL = _MINIMAL | {
    Moment.PAUSED,
    Moment.RESUMED,
    Moment.HALFWAY,
    Moment.TEN_LEFT,
    Moment.EXTENDED,
    Moment.TOOL_CHANGED,
}
SPOKEN: Mapping[Amount, frozenset[Moment]] = {
    Amount.MINIMAL: _MINIMAL,
    Amount.NORMAL: _NORMAL,
    Amount.EVERY_MINUTE: _NORMAL | {Moment.MINUTES_LEFT},
}


class Speaker(Protocol):
    def say(self, text: str) -> None:
        """Speak `text` now, cutting off whatever is still being said: the voice
        is never behind the screen. Returns at once."""
        ...

    def stop(self) -> None:
        """Stop speaking and drop anything not yet said."""
        ...


# -- the words -------------------------------------------------------------------


def spoken_length(seconds: int) -> str:
    """A length as it is said: "2 minutes", "1 minute 30 seconds", "40 seconds"."""
    minutes, rest = divmod(max(0, seconds), 60)
    if minutes and rest:
        return translate("Voice", "{minutes} {seconds}").format(
            minutes=translate("Voice", "%n minute(s)", None, minutes),
            seconds=translate("Voice", "%n second(s)", None, rest),
        )
    if minutes:
        return translate("Voice", "%n minute(s)", None, minutes)
    return translate("Voice", "%n second(s)", None, rest)


# A tool as it is said inside a sentence, article included, so that each
# language can say it its own way.
_TOOL_WORDS: Mapping[Tool, str] = {
    Tool.HANDS: QT_TRANSLATE_NOOP("Voice", "your hands"),
    Tool.TENNIS_BALL: QT_TRANSLATE_NOOP("Voice", "the tennis ball"),
    Tool.LACROSSE_BALL: QT_TRANSLATE_NOOP("Voice", "the lacrosse ball"),
    Tool.FOAM_ROLLER: QT_TRANSLATE_NOOP("Voice", "the foam roller"),
}


def _tool_name(tool: Tool) -> str:
    return translate("Voice", _TOOL_WORDS[tool])


def _position_words(position: Position) -> str:
    if position is Position.SEATED:
        return translate("Voice", "Time to sit down.")
    if position is Position.WALL:
        return translate("Voice", "Time to stand at a wall with your ball.")
    return translate("Voice", "Time to get down on the floor.")


def _spot_words(display: Display, *, started: bool) -> str:
    """The spot about to be worked: where, with what, how long."""
    length = spoken_length(display.planned_seconds)
    name = display.spot_name
    if display.kind is SessionKind.SCAN:
        if started:
            return translate("Voice", "{spot}, {length}.").format(spot=name, length=length)
        return translate(
            "Voice",
            "{spot}, {length}. Gentle pressure, just notice how it feels. Start when ready.",
        ).format(spot=name, length=length)
    tool = _tool_name(display.tool)
    if started:
        return translate("Voice", "{spot}, with {tool}, {length}. Hold started.").format(
            spot=name, tool=tool, length=length
        )
    return translate("Voice", "{spot}, with {tool}, {length}. Start when you are in place.").format(
        spot=name, tool=tool, length=length
    )


def _time_up_words(display: Display) -> str:
    if display.kind is SessionKind.SCAN:
        if display.tenderness is not None:
            # Rated already: the engine moves straight on to the next area.
            return translate("Voice", "Time is up.")
        return translate("Voice", "Time is up. How tender was it? Press a number, or go on.")
    return translate("Voice", "Time is up. Did it release?")


# -- the view --------------------------------------------------------------------


class VoiceCues:
    """The engine's view that speaks. Make one per session and add it to the
    engine (`SessionEngine.add_view`); `amount` may change at any time."""

    def __init__(self, clock: Clock, speaker: Speaker, amount: Amount = Amount.NORMAL) -> None:
        self._clock = clock
        self._speaker = speaker
        self.amount = amount
        self._last: Display | None = None
        # True once the session has stopped, ended or been left: silent for good.
        self._over = False
        # While a hold runs: when its time is up, on the engine's monotonic clock.
        self._deadline: float | None = None
        # The time cues already said (or passed) for this spot, as
        # (moment, seconds left when due).
        self._said: set[tuple[Moment, float]] = set()

    @property
    def over(self) -> bool:
        return self._over

    # -- SessionView ---------------------------------------------------------------

    def show(self, display: Display) -> None:
        if self._over:
            return
        last, self._last = self._last, display
        now = self._clock.monotonic()
        running = display.phase is Phase.HOLDING
        self._deadline = now + display.clock_seconds if running else None
        words = self._moments(last, display)
        if running:
            timed = self._time_cue(display, last)
            if timed is not None:
                words.append(timed)
        if display.phase not in IN_SESSION:
            self._over = True
            self._deadline = None
            if not words:
                # Left mid-session (the window closed): nothing more to say.
                self._speaker.stop()
                return
        spoken = [text for moment, text in words if moment in SPOKEN[self.amount]]
        if spoken:
            self._speaker.say(" ".join(spoken))

    def announce(self, text: str, *, urgent: bool) -> None:
        """The engine's screen-reader lines: the voice has its own words."""
        del text, urgent

    def cue(self, cue: Cue) -> None:
        """The voice follows the displays, which carry every cue's moment."""
        del cue

    def next_wake(self) -> float | None:
        """The monotonic time of the next time cue this amount says, or None.
        The caller then wakes the engine, whose display lets the voice speak."""
        deadline, display = self._deadline, self._last
        if self._over or deadline is None or display is None:
            return None
        remaining = deadline - self._clock.monotonic()
        marks = [left for moment, left in self._marks(display) if moment in SPOKEN[self.amount]]
        due = [left for left in marks if left < remaining - _SLACK]
        if not due:
            return None
        return deadline - max(due)

    # -- inside ------------------------------------------------------------------------

    def _moments(self, last: Display | None, display: Display) -> list[tuple[Moment, str]]:
        phase = display.phase
        new_spot = last is None or display.step_number != last.step_number
        if new_spot and phase in (Phase.READY, Phase.HOLDING):
            self._said = set()
            words: list[tuple[Moment, str]] = []
            if last is not None and _moved(last, display):
                words.append((Moment.SPOT, _position_words(_position(display))))
            started = phase is Phase.HOLDING
            words.append((Moment.SPOT, _spot_words(display, started=started)))
            return words
        if last is None:
            return []
        before = last.phase
        if phase is before:
            if phase in (Phase.READY, Phase.HOLDING, Phase.PAUSED) and display.tool != last.tool:
                return [(Moment.TOOL_CHANGED, self._tool_words(display))]
            if phase is Phase.HOLDING and display.planned_seconds > last.planned_seconds:
                return [(Moment.EXTENDED, self._extended_words(display))]
            return []
        if phase is Phase.HOLDING:
            if before is Phase.READY:
                text = (
                    translate("Voice", "Started.")
                    if display.kind is SessionKind.SCAN
                    else translate("Voice", "Hold started. Breathe out slowly.")
                )
                return [(Moment.HOLD_STARTED, text)]
            if before is Phase.PAUSED:
                return [(Moment.RESUMED, translate("Voice", "Carrying on."))]
            if before is Phase.TIME_UP:
                return [(Moment.EXTENDED, self._extended_words(display))]
            return []
        if phase is Phase.PAUSED:
            return [(Moment.PAUSED, translate("Voice", "Paused."))]
        if phase is Phase.TIME_UP:
            return [(Moment.TIME_UP, _time_up_words(display))]
        if phase is Phase.RELEASED:
            return [(Moment.RELEASED, translate("Voice", "Released. Well done."))]
        if phase is Phase.SAVE_FAILED:
            return [
                (
                    Moment.NOT_SAVED,
                    translate("Voice", "This could not be saved yet. Please look at the screen."),
                )
            ]
        if phase is Phase.STOPPED:
            return [
                (
                    Moment.STOPPED,
                    translate(
                        "Voice",
                        "Stopped. Take the pressure off, and leave that spot alone today.",
                    ),
                )
            ]
        if phase is Phase.SUMMARY and before in IN_SESSION:
            text = (
                translate("Voice", "Scan done. Well done.")
                if display.kind is SessionKind.SCAN
                else translate("Voice", "Session done. Well done.")
            )
            return [(Moment.FINISHED, text)]
        return []

    def _tool_words(self, display: Display) -> str:
        tool = _tool_name(display.tool)
        if display.phase is Phase.READY:
            return translate("Voice", "Start with {tool}.").format(tool=tool)
        return translate("Voice", "Switch to {tool}.").format(tool=tool)

    def _extended_words(self, display: Display) -> str:
        # The cues already said stay said, but those above the new time left
        # come round again (ten seconds left, the last minute).
        left = math.ceil(display.clock_seconds)
        self._said = {said for said in self._said if said[0] is Moment.HALFWAY or said[1] >= left}
        return translate("Voice", "One more minute. {left} left.").format(left=spoken_length(left))

    def _marks(self, display: Display) -> list[tuple[Moment, float]]:
        """The time cues of this hold not yet said, as (moment, seconds left
        when due): the engine's own milestones (halfway, ten seconds left, only
        for holds of a minute or more) and each whole minute left."""
        planned = display.planned_seconds
        if planned < MILESTONE_MIN_SECONDS:
            # A short stop (the scan's): only its start and end are said.
            return []
        marks: list[tuple[Moment, float]] = [(Moment.TEN_LEFT, float(TEN_SECONDS))]
        if not any(said[0] is Moment.HALFWAY for said in self._said):
            marks.append((Moment.HALFWAY, planned / 2))
        marks.extend(
            (Moment.MINUTES_LEFT, float(minutes * 60))
            for minutes in range(1, math.ceil(planned / 60))
        )
        return [mark for mark in marks if mark not in self._said]

    def _time_cue(self, display: Display, last: Display | None) -> tuple[Moment, str] | None:
        """The one time cue due now, if any: when several are due at once (the
        machine was busy or asleep), only the latest is true, and the rest are
        over without a word."""
        remaining = display.clock_seconds
        due = [mark for mark in self._marks(display) if mark[1] >= remaining - _SLACK]
        self._said.update(due)
        fresh = (
            last is None
            or last.phase is not Phase.HOLDING
            or last.step_number != display.step_number
            or last.planned_seconds != display.planned_seconds
        )
        if fresh:
            # Just started, resumed or extended: what is past was not due here.
            return None
        # Of the cues this amount says, the latest; halfway before a minute
        # mark at the same moment (it says the time left too).
        spoken = [mark for mark in due if mark[0] in SPOKEN[self.amount]]
        if not spoken:
            return None
        moment, left = min(spoken, key=lambda mark: (mark[1], mark[0] is not Moment.HALFWAY))
        if moment is Moment.TEN_LEFT:
            return moment, translate("Voice", "Ten seconds left.")
        if moment is Moment.HALFWAY:
            return moment, translate("Voice", "Halfway. {left} left.").format(
                left=spoken_length(math.ceil(remaining))
            )
        return moment, translate("Voice", "%n minute(s) left.", None, round(left / 60))


def _position(display: Display) -> Position:
    return area(display.step.spot.area).position


def _moved(last: Display, display: Display) -> bool:
    return _position(last) is not _position(display)
