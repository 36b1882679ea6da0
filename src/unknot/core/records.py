"""What a finished hold and a session are, as plain values.

The store saves and returns these; the UI and the streaks read them. No ORM row
ever leaves the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from unknot.core.areas import AreaId, Side, Tool


class SessionKind(StrEnum):
    FOCUS = "focus"
    SCAN = "scan"


class Outcome(StrEnum):
    COMPLETED = "completed"
    STOPPED_PAIN = "stopped_pain"
    INTERRUPTED = "interrupted"


TENDERNESS_MIN = 0
TENDERNESS_MAX = 10


def check_tenderness(value: int | None) -> int | None:
    """Tenderness is the 0-10 scale trials use; None means "not rated"."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"tenderness must be a whole number 0-10, not {value!r}")
    if not TENDERNESS_MIN <= value <= TENDERNESS_MAX:
        raise ValueError(f"tenderness must be 0-10, not {value}")
    return value


@dataclass(frozen=True)
class HoldRecord:
    area: AreaId
    side: Side | None
    tool: Tool
    # Every tool used on this spot, in order; `tool` is the last of them.
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
    def hold_seconds(self) -> float:
        return sum(hold.held_seconds for hold in self.holds)

    @property
    def local_start(self) -> datetime:
        """The wall time where it started, without a zone."""
        return self.started_at.replace(tzinfo=None)


def practice_date(local_start: datetime, day_start: time) -> date:
    """The day a session counts for: a session at 00:30 with the day starting at
    03:00 belongs to the evening before."""
    shift = timedelta(hours=day_start.hour, minutes=day_start.minute)
    return (local_start.replace(tzinfo=None) - shift).date()
