"""What a finished hold and a session are, as plain values.

The store saves and returns these; the UI and the streaks read them. No ORM row
ever leaves the store.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from itertools import pairwise

from unknot.core.areas import AreaId, Side, Tool
from unknot.core.formats import seconds_held
from unknot.core.translation import QT_TRANSLATE_NOOP, translate


class SessionKind(StrEnum):
    FOCUS = "focus"
    SCAN = "scan"


class Outcome(StrEnum):
    COMPLETED = "completed"
    STOPPED_PAIN = "stopped_pain"
    INTERRUPTED = "interrupted"

    @property
    def label(self) -> str:
        """The outcome's one name wherever the person reads it (the window, the
        summary): the same word as the value in an exported file."""
        return translate("Records", _OUTCOME_LABELS[self])


_OUTCOME_LABELS = {
    Outcome.COMPLETED: QT_TRANSLATE_NOOP("Records", "Completed"),
    Outcome.STOPPED_PAIN: QT_TRANSLATE_NOOP("Records", "Stopped for pain"),
    Outcome.INTERRUPTED: QT_TRANSLATE_NOOP("Records", "Interrupted"),
}


TENDERNESS_MIN = 0
TENDERNESS_MAX = 10

# What the history keeps, shared by the store and the backup format so that
# anything the store takes, a backup of it reads back. A hold is five minutes at
# most, with a few "+1 min"; an hour is far beyond any real one and near enough
# to catch garbage.
MAX_RECORDED_SECONDS = 3600
MAX_NOTE_LENGTH = 10_000
MAX_ROUTINE_NAME_LENGTH = 200


# --- what counts as practice ----------------------------------------------------------
#
# The one rule every figure counts by: the home line, the tray, the session
# summary, the progress page, the report and `unknot stats`.
#
# A hold held for less than WORKED_SECONDS did nothing (`skipped`): the session
# does not save it, and one read back from an older or a foreign file adds a spot
# to nothing. A session counts as practice when at least one of its holds was
# worked (`counts_as_practice`); one whose every spot was skipped (no hold saved,
# or only skipped ones) counts for nothing anywhere: it is in no list, no session
# count, no time held, no day and no streak. It stays in the history, in exports
# and backups, as everything the person did. A session stopped for sharp pain is
# still reported as such (a pain stop is a safety event, not practice).
#
# Time held is counted in whole seconds per hold, rounded down as the hold's clock
# showed it (`formats.seconds_held`), and every total adds those whole seconds
# (`whole_seconds_held`): a session's time is the sum of its holds as listed, a
# day's the sum of its sessions, a week's the sum of its days, a spot's the sum of
# its holds. So whoever checks a total with a pencil against the parts shown beside
# it gets the same number, whichever way the parts are grouped.

# A hold shorter than this did nothing (see `skipped`).
WORKED_SECONDS = 5.0


def skipped(held_seconds: float) -> bool:
    """The one rule for a skipped hold: held for less than WORKED_SECONDS, it did
    nothing. A skipped hold is not saved, is not a spot worked in a summary, and
    a session made only of skipped holds is not completed and does not count as
    practice. A hold left ("Skip") after longer is saved and shown as held."""
    return held_seconds < WORKED_SECONDS


def counts_as_practice(held_seconds: Iterable[float]) -> bool:
    """Whether a session with holds of these seconds counts as practice: at least
    one of them was worked (not `skipped`)."""
    return any(not skipped(seconds) for seconds in held_seconds)


def whole_seconds_held(held_seconds: Iterable[float]) -> int:
    """The time held of holds of these seconds, as every total counts it: each
    hold in whole seconds rounded down (as its clock showed it), then added."""
    return sum(seconds_held(seconds) for seconds in held_seconds)


def check_tenderness(value: int | None) -> int | None:
    """Tenderness is the 0-10 scale trials use; None means "not rated"."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"tenderness must be a whole number 0-10, not {value!r}")
    if not TENDERNESS_MIN <= value <= TENDERNESS_MAX:
        raise ValueError(f"tenderness must be 0-10, not {value}")
    return value


# --- a hold's tool history -----------------------------------------------------------
#
# The tools tried on a hold are the tools that were on the body, in order: the one
# it started with, then each one switched to. Going back to a tool after another
# lists it again (tennis ball, lacrosse ball, tennis ball), and the record's `tool`
# is always the last of them. A tool picked before the hold started replaces the
# starting tool rather than adding to it: it was never on the body. The hold timer
# writes the history with `with_tool`; whatever reads one back (a backup, a row of
# an older file) passes it through `tool_history`; `HoldRecord` checks the rule.


class ToolHistoryError(ValueError):
    """A tool history that breaks the rule above; str() says how."""


def with_tool(tools_tried: tuple[Tool, ...], tool: Tool) -> tuple[Tool, ...]:
    """The tools tried once `tool` is on the body: appended, unless it is the one
    already there (the last)."""
    if tools_tried and tools_tried[-1] == tool:
        return tools_tried
    return (*tools_tried, tool)


def tool_history(tools_tried: Iterable[Tool], tool: Tool) -> tuple[Tool, ...]:
    """A tool history as written somewhere, brought under the rule: a tool listed
    twice in a row once, and `tool` appended when it is not the last.

    Unknot 0.1 listed each tool only the first time it was used, so a hold that
    went tennis ball, lacrosse ball, tennis ball was written as tennis ball,
    lacrosse ball with `tool` the tennis ball; this reads it as it happened.
    """
    history: tuple[Tool, ...] = ()
    for each in tools_tried:
        history = with_tool(history, each)
    return with_tool(history, tool)


def check_tool_history(tools_tried: tuple[Tool, ...], tool: Tool) -> None:
    """Raise ToolHistoryError unless `tools_tried` is a tool history as the rule
    has it, ending with `tool`."""
    if not isinstance(tools_tried, tuple) or not tools_tried:
        raise ToolHistoryError(f"the tools tried must list at least {tool!s}, not {tools_tried!r}")
    if tools_tried[-1] != tool:
        raise ToolHistoryError(
            f"the last tool tried is {tools_tried[-1]!s}, but the tool is {tool!s}"
        )
    if any(first == second for first, second in pairwise(tools_tried)):
        listed = ", ".join(str(each) for each in tools_tried)
        raise ToolHistoryError(f"a tool is listed twice in a row in {listed}")


def check_text(text: str, max_length: int) -> str:
    """`text` if it can be kept as it is; raises ValueError saying why not, in
    words that follow a field's name ("the note: ...").

    Too long, or holding a lone UTF-16 surrogate: half of a character, which a
    broken copy and paste or a file edited by hand can hold, and which no UTF-8
    file (the history, a backup) can store. Or holding a NUL character, which
    ends the text early for many programs that read a CSV table or the history.
    """
    if not isinstance(text, str):
        raise ValueError(f"expected text, not {type(text).__name__}")
    if len(text) > max_length:
        raise ValueError(f"it is longer than {max_length} characters")
    nul = text.find("\x00")
    if nul >= 0:
        raise ValueError(f"character {nul + 1} is a NUL character (\\u0000), which cannot be saved")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        half = ord(text[error.start])
        raise ValueError(
            f"character {error.start + 1} is half of a character (a lone surrogate, "
            f"\\u{half:04x}), which cannot be saved"
        ) from None
    return text


@dataclass(frozen=True)
class HoldRecord:
    """One hold as it ended. Raises ToolHistoryError when `tools_tried` does not
    follow the rule above (non-empty, no tool twice in a row, ending with `tool`)."""

    area: AreaId
    side: Side | None
    tool: Tool
    # The tools that were on the body, in order; `tool` is the last of them.
    tools_tried: tuple[Tool, ...]
    planned_seconds: int
    # Measured on the monotonic clock, pauses excluded.
    held_seconds: float
    released: bool
    tenderness_before: int | None
    tenderness_after: int | None
    # Timezone-aware instants.
    started_at: datetime
    ended_at: datetime

    def __post_init__(self) -> None:
        check_tool_history(self.tools_tried, self.tool)


@dataclass(frozen=True)
class SessionRecord:
    id: str
    kind: SessionKind
    outcome: Outcome | None  # None while the session is still running
    # Timezone-aware, carrying the UTC offset in force where it was recorded.
    started_at: datetime
    time_zone: str
    # The calendar date where it started, before any day-start hour is applied.
    local_date: date
    ended_at: datetime | None = None
    note: str | None = None
    holds: tuple[HoldRecord, ...] = field(default=())

    @property
    def hold_seconds(self) -> int:
        """Whole seconds held in all, the sum of the holds as listed
        (`whole_seconds_held`)."""
        return whole_seconds_held(hold.held_seconds for hold in self.holds)

    @property
    def counts(self) -> bool:
        """Whether it counts as practice (`counts_as_practice`)."""
        return counts_as_practice(hold.held_seconds for hold in self.holds)

    @property
    def local_start(self) -> datetime:
        """The wall time where it started, without a zone."""
        return self.started_at.replace(tzinfo=None)


def closed_as_interrupted(session: SessionRecord) -> SessionRecord:
    """`session` as a history keeps one that nobody is recording any more: without
    an outcome, it is interrupted and ends where its last hold ended (where it
    started, with no holds), unless its end is known. Any other session is
    returned as it is. An import or a restore stores sessions through this, so it
    never creates a running session, and a round trip through a backup is stable."""
    if session.outcome is not None:
        return session
    ended_at = session.ended_at
    if ended_at is None:
        ended_at = session.holds[-1].ended_at if session.holds else session.started_at
    return replace(session, outcome=Outcome.INTERRUPTED, ended_at=ended_at)


def practice_date(local_start: datetime, day_start: time) -> date:
    """The day a session counts for: a session at 00:30 with the day starting at
    03:00 belongs to the evening before."""
    shift = timedelta(hours=day_start.hour, minutes=day_start.minute)
    return (local_start.replace(tzinfo=None) - shift).date()
