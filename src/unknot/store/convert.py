"""Records to rows and back.

A time goes in as the UTC instant plus the offset it carried and comes back in
that same offset, so what the store is given is what it returns: a hold started
at 07:30+05:30 reads back as 07:30+05:30, not as 02:00 UTC or in today's zone.
"""

from __future__ import annotations

import functools
import math
from datetime import UTC, date, datetime, timedelta, timezone
from enum import StrEnum
from typing import Protocol

from unknot.core.areas import AreaId, Side, Tool
from unknot.core.plans import Routine, Selection, Spot
from unknot.core.records import (
    MAX_NOTE_LENGTH,
    MAX_RECORDED_SECONDS,
    MAX_ROUTINE_NAME_LENGTH,
    HoldRecord,
    Outcome,
    SessionKind,
    SessionRecord,
    ToolHistoryError,
    check_tenderness,
    check_text,
    check_tool_history,
    tool_history,
)
from unknot.store.errors import HistoryError
from unknot.store.models import (
    MAX_OFFSET_SECONDS,
    HoldRow,
    RoutineRow,
    RoutineSpotRow,
    SessionRow,
)

TOOLS_SEPARATOR = ","
# Session ids and time zone names: far longer than any real one.
MAX_NAME_LENGTH = 200


def offset_seconds(moment: datetime, what: str) -> int:
    """The UTC offset of an aware datetime in whole seconds."""
    offset = moment.utcoffset() if moment.tzinfo is not None else None
    if offset is None:
        raise HistoryError(f"The {what} {moment.isoformat()} has no UTC offset.")
    seconds = offset.total_seconds()
    if seconds != int(seconds) or abs(seconds) > MAX_OFFSET_SECONDS:
        raise HistoryError(f"The {what} {moment.isoformat()} has an offset the store cannot keep.")
    try:
        moment.astimezone(UTC)
    except OverflowError:
        raise HistoryError(f"The {what} {moment.isoformat()} is out of range.") from None
    return int(seconds)


def in_offset(utc: datetime, seconds: int) -> datetime:
    return utc.astimezone(_fixed_offset(seconds))


@functools.cache
def _fixed_offset(seconds: int) -> timezone:
    return timezone(timedelta(seconds=seconds))


def new_session_row(
    session_id: str, kind: SessionKind, started_at: datetime, time_zone: str
) -> SessionRow:
    check_time_zone(time_zone)
    offset = offset_seconds(started_at, "start time")
    return SessionRow(
        id=session_id,
        kind=_enum(SessionKind, kind, "session kind"),
        outcome=None,
        started_at_utc=started_at,
        started_offset_seconds=offset,
        time_zone=time_zone,
        local_date=started_at.date(),
        ended_at_utc=None,
        ended_offset_seconds=None,
        note=None,
    )


def session_row(record: SessionRecord) -> SessionRow:
    """A whole session, holds included, as rows (for import)."""
    check_session_id(record.id)
    check_time_zone(record.time_zone)
    row = SessionRow(
        id=record.id,
        kind=_enum(SessionKind, record.kind, "session kind"),
        outcome=None if record.outcome is None else _enum(Outcome, record.outcome, "outcome"),
        started_at_utc=record.started_at,
        started_offset_seconds=offset_seconds(record.started_at, "start time"),
        time_zone=record.time_zone,
        local_date=_date(record.local_date),
        note=check_note(record.note),
    )
    set_ended(row, record.ended_at)
    row.holds = [
        hold_row(hold, position, record.time_zone) for position, hold in enumerate(record.holds)
    ]
    return row


def set_ended(row: SessionRow, ended_at: datetime | None) -> None:
    if ended_at is None:
        row.ended_at_utc = None
        row.ended_offset_seconds = None
    else:
        row.ended_offset_seconds = offset_seconds(ended_at, "end time")
        row.ended_at_utc = ended_at


def hold_row(hold: HoldRecord, position: int, time_zone: str) -> HoldRow:
    try:
        tenderness_before = check_tenderness(hold.tenderness_before)
        tenderness_after = check_tenderness(hold.tenderness_after)
    except ValueError as error:
        raise HistoryError(f"A hold has a bad rating: {error}.") from None
    planned = hold.planned_seconds
    if (
        isinstance(planned, bool)
        or not isinstance(planned, int)
        or not 0 < planned <= MAX_RECORDED_SECONDS
    ):
        raise HistoryError(
            f"A hold's planned time must be whole seconds from 1 to {MAX_RECORDED_SECONDS}, "
            f"not {_short(planned)}."
        )
    held = hold.held_seconds
    # Compared before any float(): an integer too large for a float overflows.
    if (
        isinstance(held, bool)
        or not isinstance(held, int | float)
        or not 0 <= held <= MAX_RECORDED_SECONDS
    ):
        raise HistoryError(
            f"A hold's held time must be from 0 to {MAX_RECORDED_SECONDS} seconds, "
            f"not {_short(held)}."
        )
    if not isinstance(hold.released, bool):
        raise HistoryError(f"A hold's 'released' must be true or false, not {hold.released!r}.")
    tools = [_enum(Tool, tool, "tool") for tool in hold.tools_tried]
    try:
        check_tool_history(hold.tools_tried, hold.tool)
    except ToolHistoryError as error:
        raise HistoryError(f"A hold's tools do not add up: {error}.") from None
    return HoldRow(
        position=position,
        area=_enum(AreaId, hold.area, "area"),
        side=None if hold.side is None else _enum(Side, hold.side, "side"),
        tool=_enum(Tool, hold.tool, "tool"),
        tools_tried=TOOLS_SEPARATOR.join(tools),
        planned_seconds=planned,
        # + 0.0: a -0.0 is kept as 0.0, as a backup reads it.
        held_seconds=float(held) + 0.0,
        released=hold.released,
        tenderness_before=tenderness_before,
        tenderness_after=tenderness_after,
        started_at_utc=hold.started_at,
        started_offset_seconds=offset_seconds(hold.started_at, "hold start"),
        ended_at_utc=hold.ended_at,
        ended_offset_seconds=offset_seconds(hold.ended_at, "hold end"),
        time_zone=time_zone,
        local_date=hold.started_at.date(),
    )


def update_hold_row(row: HoldRow, hold: HoldRecord) -> None:
    """Put `hold` in place of what `row` held, keeping its session and position."""
    new = hold_row(hold, row.position, row.time_zone)
    for column in _HOLD_RECORD_COLUMNS:
        setattr(row, column, getattr(new, column))


# The columns of a hold that come from its record.
_HOLD_RECORD_COLUMNS = (
    "area",
    "side",
    "tool",
    "tools_tried",
    "planned_seconds",
    "held_seconds",
    "released",
    "tenderness_before",
    "tenderness_after",
    "started_at_utc",
    "started_offset_seconds",
    "ended_at_utc",
    "ended_offset_seconds",
    "local_date",
)


# Reading goes through plain column tuples rather than ORM objects: ten years of
# daily sessions is some 20,000 holds, and building ORM objects for them first
# would more than double the time the progress view waits.
SESSION_COLUMNS = (
    SessionRow.id,
    SessionRow.kind,
    SessionRow.outcome,
    SessionRow.started_at_utc,
    SessionRow.started_offset_seconds,
    SessionRow.time_zone,
    SessionRow.local_date,
    SessionRow.ended_at_utc,
    SessionRow.ended_offset_seconds,
    SessionRow.note,
)

HOLD_COLUMNS = (
    HoldRow.session_id,
    HoldRow.area,
    HoldRow.side,
    HoldRow.tool,
    HoldRow.tools_tried,
    HoldRow.planned_seconds,
    HoldRow.held_seconds,
    HoldRow.released,
    HoldRow.tenderness_before,
    HoldRow.tenderness_after,
    HoldRow.started_at_utc,
    HoldRow.started_offset_seconds,
    HoldRow.ended_at_utc,
    HoldRow.ended_offset_seconds,
)


class SessionColumns(Protocol):
    """A row of SESSION_COLUMNS."""

    id: str
    kind: str
    outcome: str | None
    started_at_utc: datetime
    started_offset_seconds: int
    time_zone: str
    local_date: date
    ended_at_utc: datetime | None
    ended_offset_seconds: int | None
    note: str | None


class HoldColumns(Protocol):
    """A row of HOLD_COLUMNS."""

    session_id: str
    area: str
    side: str | None
    tool: str
    tools_tried: str
    planned_seconds: int
    held_seconds: float
    released: bool
    tenderness_before: int | None
    tenderness_after: int | None
    started_at_utc: datetime
    started_offset_seconds: int
    ended_at_utc: datetime
    ended_offset_seconds: int


_KINDS = {kind.value: kind for kind in SessionKind}
_OUTCOMES = {outcome.value: outcome for outcome in Outcome}
_AREAS = {area.value: area for area in AreaId}
_SIDES = {side.value: side for side in Side}
_TOOLS = {tool.value: tool for tool in Tool}


def session_record(row: SessionColumns, holds: tuple[HoldRecord, ...]) -> SessionRecord:
    ended_at = None
    if row.ended_at_utc is not None and row.ended_offset_seconds is not None:
        ended_at = in_offset(row.ended_at_utc, row.ended_offset_seconds)
    return SessionRecord(
        id=row.id,
        kind=_KINDS[row.kind],
        outcome=None if row.outcome is None else _OUTCOMES[row.outcome],
        started_at=in_offset(row.started_at_utc, row.started_offset_seconds),
        time_zone=row.time_zone,
        local_date=row.local_date,
        ended_at=ended_at,
        note=row.note,
        holds=holds,
    )


def hold_record(row: HoldColumns) -> HoldRecord:
    tool = _TOOLS[row.tool]
    return HoldRecord(
        area=_AREAS[row.area],
        side=None if row.side is None else _SIDES[row.side],
        tool=tool,
        # Files written by 0.1 may end the list on another tool: read as it happened.
        tools_tried=tool_history(
            (_TOOLS[each] for each in row.tools_tried.split(TOOLS_SEPARATOR) if each), tool
        ),
        planned_seconds=row.planned_seconds,
        held_seconds=row.held_seconds,
        released=bool(row.released),
        tenderness_before=row.tenderness_before,
        tenderness_after=row.tenderness_after,
        started_at=in_offset(row.started_at_utc, row.started_offset_seconds),
        ended_at=in_offset(row.ended_at_utc, row.ended_offset_seconds),
    )


def routine_row(routine: Routine) -> RoutineRow:
    if not isinstance(routine.name, str) or not routine.name.strip():
        raise HistoryError("A routine needs a name.")
    try:
        check_text(routine.name, MAX_ROUTINE_NAME_LENGTH)
    except ValueError as error:
        raise HistoryError(f"The routine's name cannot be saved: {error}.") from None
    spots = []
    for position, selection in enumerate(routine.selections):
        try:
            tenderness = check_tenderness(selection.tenderness)
        except ValueError as error:
            raise HistoryError(f"The routine {routine.name!r} has a bad rating: {error}.") from None
        spots.append(
            RoutineSpotRow(
                position=position,
                area=_enum(AreaId, selection.spot.area, "area"),
                side=_enum(Side, selection.spot.side, "side"),
                tenderness=tenderness,
            )
        )
    return RoutineRow(name=routine.name, spots=spots)


def routine_record(row: RoutineRow) -> Routine:
    return Routine(
        name=row.name,
        selections=tuple(
            Selection(Spot(AreaId(spot.area), Side(spot.side)), spot.tenderness)
            for spot in row.spots
        ),
    )


def check_session_id(session_id: str) -> None:
    if not isinstance(session_id, str) or not session_id.strip():
        raise HistoryError(f"A session needs an id, not {_short(session_id)}.")
    try:
        check_text(session_id, MAX_NAME_LENGTH)
    except ValueError as error:
        raise HistoryError(f"The session id cannot be saved: {error}.") from None


def check_time_zone(time_zone: str) -> None:
    # Not looked up in the zone database: a history moved from another machine may
    # name a zone this one lacks, and the name is only ever shown, never computed with.
    if not isinstance(time_zone, str) or not time_zone.strip():
        raise HistoryError(f"A session needs the name of its time zone, not {_short(time_zone)}.")
    try:
        check_text(time_zone, MAX_NAME_LENGTH)
    except ValueError as error:
        raise HistoryError(f"The time zone's name cannot be saved: {error}.") from None


def check_note(note: str | None) -> str | None:
    """`note` if the store can keep it (None clears it); raises HistoryError."""
    if note is None:
        return None
    try:
        return check_text(note, MAX_NOTE_LENGTH)
    except ValueError as error:
        raise HistoryError(f"The note cannot be saved: {error}.") from None


def _short(value: object) -> str:
    """A value for a message: one line, cut short, whatever it is (an integer too
    long to print, text with half a character)."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
        return f"a number of about {int(value.bit_length() * math.log10(2)) + 1} digits"
    try:
        text = repr(value)
    except ValueError:
        text = type(value).__name__
    return text if len(text) <= 60 else text[:57] + "..."


def _date(value: date) -> date:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise HistoryError(f"A local date must be a date, not {value!r}.")
    return value


def outcome_value(outcome: Outcome) -> str:
    return _enum(Outcome, outcome, "outcome")


def _enum(kind: type[StrEnum], value: object, what: str) -> str:
    if isinstance(value, str):
        try:
            return kind(value).value
        except ValueError:
            pass
    raise HistoryError(f"Unknown {what} {value!r}.")
