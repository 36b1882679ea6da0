"""Sessions and holds for the tests: every field has a default, so a test names
only what it is about."""

from __future__ import annotations

from datetime import datetime, timedelta

from unknot.core.areas import AreaId, Side, Tool
from unknot.core.records import HoldRecord, Outcome, SessionKind, SessionRecord


def hold(
    started_at: datetime,
    *,
    area: AreaId = AreaId.CALVES,
    side: Side | None = Side.LEFT,
    tools_tried: tuple[Tool, ...] = (Tool.FOAM_ROLLER,),
    planned_seconds: int = 120,
    held_seconds: float = 118.25,
    released: bool = False,
    tenderness_before: int | None = 6,
    tenderness_after: int | None = 3,
    ended_at: datetime | None = None,
) -> HoldRecord:
    return HoldRecord(
        area=area,
        side=side,
        tool=tools_tried[-1],
        tools_tried=tools_tried,
        planned_seconds=planned_seconds,
        held_seconds=held_seconds,
        released=released,
        tenderness_before=tenderness_before,
        tenderness_after=tenderness_after,
        started_at=started_at,
        ended_at=ended_at if ended_at is not None else started_at + timedelta(seconds=held_seconds),
    )


def session(
    session_id: str,
    started_at: datetime,
    *,
    time_zone: str = "Asia/Kolkata",
    kind: SessionKind = SessionKind.FOCUS,
    outcome: Outcome | None = Outcome.COMPLETED,
    holds: tuple[HoldRecord, ...] | None = None,
    ended_at: datetime | None = None,
    note: str | None = None,
) -> SessionRecord:
    if holds is None:
        holds = (hold(started_at + timedelta(seconds=30)),)
    if ended_at is None and outcome is not None:
        ended_at = holds[-1].ended_at if holds else started_at
    return SessionRecord(
        id=session_id,
        kind=kind,
        outcome=outcome,
        started_at=started_at,
        time_zone=time_zone,
        local_date=started_at.date(),
        ended_at=ended_at,
        note=note,
        holds=holds,
    )
