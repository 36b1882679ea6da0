"""The tables of the history file, as SQLAlchemy typed ORM classes.

These rows never leave the store: `convert` turns them into the plain records of
`unknot.core`. The tables themselves are created by the steps in `migrations`,
not from these classes; a test checks that both describe the same schema.

Every instant is two columns: the UTC time as fixed-width ISO text (it sorts, and
reads well in any SQLite browser) and the UTC offset in seconds that was in force
where it was recorded, so a time comes back exactly as it was written.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from unknot.core.areas import AreaId, Side, Tool
from unknot.core.cues import MAX_CUE_LENGTH
from unknot.core.records import TENDERNESS_MAX, TENDERNESS_MIN, Outcome, SessionKind

# Python's own limit for a UTC offset: strictly less than a day either way.
MAX_OFFSET_SECONDS = 86_399


class UtcInstant(TypeDecorator[datetime]):
    """An aware datetime stored as UTC ISO text with microseconds, e.g.
    2026-01-05T09:00:00.000000+00:00. Always 32 characters, so text order is time
    order."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"a stored time must carry its UTC offset, not {value!r}")
        return value.astimezone(UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return datetime.fromisoformat(value).astimezone(UTC)


def _one_of(column: str, values: type[StrEnum]) -> str:
    return f"{column} IN ({', '.join(repr(v.value) for v in values)})"


def _offset_check(column: str) -> str:
    return f"{column} BETWEEN {-MAX_OFFSET_SECONDS} AND {MAX_OFFSET_SECONDS}"


def _tenderness_check(column: str) -> str:
    return f"{column} BETWEEN {TENDERNESS_MIN} AND {TENDERNESS_MAX}"


class Base(DeclarativeBase):
    pass


class SessionRow(Base):
    __tablename__ = "sessions"

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    kind: Mapped[str] = mapped_column(Text)
    # NULL while the session runs; a NULL left by a crash is closed at the next open.
    outcome: Mapped[str | None] = mapped_column(Text)
    started_at_utc: Mapped[datetime] = mapped_column(UtcInstant)
    started_offset_seconds: Mapped[int] = mapped_column(Integer)
    time_zone: Mapped[str] = mapped_column(Text)
    local_date: Mapped[date] = mapped_column()
    ended_at_utc: Mapped[datetime | None] = mapped_column(UtcInstant)
    ended_offset_seconds: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)

    holds: Mapped[list[HoldRow]] = relationship(
        back_populates="session",
        order_by="HoldRow.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )

    __table_args__ = (
        CheckConstraint(_one_of("kind", SessionKind), name="ck_sessions_kind"),
        CheckConstraint(
            f"outcome IS NULL OR {_one_of('outcome', Outcome)}", name="ck_sessions_outcome"
        ),
        CheckConstraint(_offset_check("started_offset_seconds"), name="ck_sessions_started_offset"),
        CheckConstraint(
            "(ended_at_utc IS NULL) = (ended_offset_seconds IS NULL)", name="ck_sessions_ended"
        ),
        CheckConstraint(
            f"ended_offset_seconds IS NULL OR {_offset_check('ended_offset_seconds')}",
            name="ck_sessions_ended_offset",
        ),
        CheckConstraint("length(time_zone) > 0", name="ck_sessions_time_zone"),
        Index("ix_sessions_local_date", "local_date"),
        Index("ix_sessions_started_at_utc", "started_at_utc"),
    )


class HoldRow(Base):
    __tablename__ = "holds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[str] = mapped_column(Text, ForeignKey("sessions.id", ondelete="CASCADE"))
    # Order within the session, from 0.
    position: Mapped[int] = mapped_column(Integer)
    area: Mapped[str] = mapped_column(Text)
    side: Mapped[str | None] = mapped_column(Text)
    tool: Mapped[str] = mapped_column(Text)
    # Comma-separated tool ids in the order they were used; the last is `tool`.
    tools_tried: Mapped[str] = mapped_column(Text)
    planned_seconds: Mapped[int] = mapped_column(Integer)
    held_seconds: Mapped[float] = mapped_column(Float)
    released: Mapped[bool] = mapped_column()
    tenderness_before: Mapped[int | None] = mapped_column(Integer)
    tenderness_after: Mapped[int | None] = mapped_column(Integer)
    started_at_utc: Mapped[datetime] = mapped_column(UtcInstant)
    started_offset_seconds: Mapped[int] = mapped_column(Integer)
    ended_at_utc: Mapped[datetime] = mapped_column(UtcInstant)
    ended_offset_seconds: Mapped[int] = mapped_column(Integer)
    time_zone: Mapped[str] = mapped_column(Text)
    local_date: Mapped[date] = mapped_column()

    session: Mapped[SessionRow] = relationship(back_populates="holds")

    __table_args__ = (
        UniqueConstraint("session_id", "position", name="uq_holds_session_position"),
        CheckConstraint("position >= 0", name="ck_holds_position"),
        CheckConstraint(_one_of("area", AreaId), name="ck_holds_area"),
        CheckConstraint(f"side IS NULL OR {_one_of('side', Side)}", name="ck_holds_side"),
        CheckConstraint(_one_of("tool", Tool), name="ck_holds_tool"),
        CheckConstraint("planned_seconds > 0", name="ck_holds_planned_seconds"),
        CheckConstraint("held_seconds >= 0", name="ck_holds_held_seconds"),
        CheckConstraint("released IN (0, 1)", name="ck_holds_released"),
        CheckConstraint(
            f"tenderness_before IS NULL OR {_tenderness_check('tenderness_before')}",
            name="ck_holds_tenderness_before",
        ),
        CheckConstraint(
            f"tenderness_after IS NULL OR {_tenderness_check('tenderness_after')}",
            name="ck_holds_tenderness_after",
        ),
        CheckConstraint(_offset_check("started_offset_seconds"), name="ck_holds_started_offset"),
        CheckConstraint(_offset_check("ended_offset_seconds"), name="ck_holds_ended_offset"),
        CheckConstraint("length(time_zone) > 0", name="ck_holds_time_zone"),
        Index("ix_holds_local_date", "local_date"),
    )


class RestDayRow(Base):
    __tablename__ = "rest_days"

    day: Mapped[date] = mapped_column(primary_key=True)


class RoutineRow(Base):
    __tablename__ = "routines"

    name: Mapped[str] = mapped_column(Text, primary_key=True)

    spots: Mapped[list[RoutineSpotRow]] = relationship(
        back_populates="routine",
        order_by="RoutineSpotRow.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )

    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="ck_routines_name"),)


class RoutineSpotRow(Base):
    __tablename__ = "routine_spots"

    routine_name: Mapped[str] = mapped_column(
        Text,
        ForeignKey("routines.name", ondelete="CASCADE", onupdate="CASCADE"),
        primary_key=True,
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    area: Mapped[str] = mapped_column(Text)
    side: Mapped[str] = mapped_column(Text)
    tenderness: Mapped[int | None] = mapped_column(Integer)

    routine: Mapped[RoutineRow] = relationship(back_populates="spots")

    __table_args__ = (
        CheckConstraint("position >= 0", name="ck_routine_spots_position"),
        CheckConstraint(_one_of("area", AreaId), name="ck_routine_spots_area"),
        CheckConstraint(_one_of("side", Side), name="ck_routine_spots_side"),
        CheckConstraint(
            f"tenderness IS NULL OR {_tenderness_check('tenderness')}",
            name="ck_routine_spots_tenderness",
        ),
    )


class HistoryIdentityRow(Base):
    """The history's random id and its count of write transactions (one row):
    how the store tells this file's side files from any other's
    (`unknot.store.side_files`). Written by migrations and by every write."""

    __tablename__ = "history_identity"

    slot: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    id: Mapped[str] = mapped_column(Text)
    commits: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        CheckConstraint("slot = 1", name="ck_history_identity_slot"),
        CheckConstraint("length(id) = 32", name="ck_history_identity_id"),
    )


class CueRow(Base):
    """A person's own cue for the position of one tool on one area."""

    __tablename__ = "cues"

    area: Mapped[str] = mapped_column(Text, primary_key=True)
    tool: Mapped[str] = mapped_column(Text, primary_key=True)
    text: Mapped[str] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint(_one_of("area", AreaId), name="ck_cues_area"),
        CheckConstraint(_one_of("tool", Tool), name="ck_cues_tool"),
        CheckConstraint(
            f"length(text) BETWEEN 1 AND {MAX_CUE_LENGTH} AND text = trim(text)",
            name="ck_cues_text",
        ),
    )
