"""Records to feed the store, and small checks shared by the store's tests."""

from __future__ import annotations

import hashlib
from dataclasses import fields, is_dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from unknot.core.areas import AreaId, Side, Tool
from unknot.core.records import HoldRecord, Outcome, SessionKind, SessionRecord

KOLKATA = timezone(timedelta(hours=5, minutes=30))
ST_JOHNS_WINTER = timezone(timedelta(hours=-3, minutes=-30))


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


def assert_same_instants_and_offsets(got: object, expected: object) -> None:
    """Equal records, with every datetime the same instant in the same offset.

    `==` is not enough: it ignores the offset, and (PEP 495) it calls a time in a
    repeated hour unequal to any time in another zone, even the same instant.
    """
    if isinstance(expected, datetime):
        assert isinstance(got, datetime)
        assert got.astimezone(UTC) == expected.astimezone(UTC)
        assert got.utcoffset() == expected.utcoffset()
        assert got.isoformat() == expected.isoformat()
    elif isinstance(expected, tuple | list):
        assert isinstance(got, tuple | list)
        assert len(got) == len(expected)
        for got_item, expected_item in zip(got, expected, strict=True):
            assert_same_instants_and_offsets(got_item, expected_item)
    elif is_dataclass(expected):
        assert type(got) is type(expected)
        for field in fields(expected):
            assert_same_instants_and_offsets(
                getattr(got, field.name), getattr(expected, field.name)
            )
    else:
        assert got == expected
        assert type(got) is type(expected) or isinstance(expected, int | float)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
