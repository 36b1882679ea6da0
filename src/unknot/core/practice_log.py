"""The practice history held in memory: the one read model's records, and the
pure functions every figure of the window and of `unknot stats` counts from.

A `PracticeLog` has two depths. Its base is small: per session only its start
and the seconds of its holds, and the rest days (a few hundred kilobytes for
ten years of daily practice), enough for every streak, week and day total, so
the home screen, the session summary and the tray keep it from the start. Its
full records (each hold's spot, tools and ratings: tens of megabytes on ten
years) are added when something needs them (the progress page, an export, a
report for a clinician); from then on both are kept up to date together, the
base always made from the records.

A `PracticeLog` never changes: an update makes a new one, so a worker thread
can count from one while the window's thread makes the next.

Queries over the records that a report needs are plain functions here too:
`spot_ratings` (tenderness before and after per spot per day over a period) and
`pain_stops` (sessions stopped for sharp pain, with their dates).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time

from unknot.core.areas import AreaId, Side
from unknot.core.records import (
    Outcome,
    SessionRecord,
    counts_as_practice,
    practice_date,
    whole_seconds_held,
)
from unknot.core.streaks import (
    PracticeRecord,
    Streaks,
    StreakSettings,
    practice_days,
    practice_record,
    seconds_by_day_of_totals,
)

_NO_SUMS: Mapping[str, tuple[datetime, Iterable[float]]] = {}


@dataclass(frozen=True)
class SessionSum:
    """One session as the streaks see it: its aware local start (in the offset
    it was recorded in) and the seconds held in each of its holds."""

    started_at: datetime
    held_seconds: tuple[float, ...]

    def __post_init__(self) -> None:
        if self.started_at.tzinfo is None:
            raise ValueError("a session's start needs its UTC offset")

    @staticmethod
    def of(record: SessionRecord) -> SessionSum:
        return SessionSum(record.started_at, tuple(hold.held_seconds for hold in record.holds))


@dataclass(frozen=True)
class Glance:
    """Today at a glance, for the home line, the tray and the reminder."""

    streaks: Streaks
    # Seconds held so far on today's practice date.
    today_seconds: float
    # Whether today already counts as a practice day.
    practised_today: bool


@dataclass(frozen=True)
class PracticeLog:
    """Sessions by id, the rest days and, once read, the full records by id.
    Build it with `of`, `of_records` or `updated`."""

    sessions: Mapping[str, SessionSum] = field(default_factory=dict)
    rest_days: frozenset[date] = frozenset()
    # None while only the base is held; else every session, oldest first as read.
    records: Mapping[str, SessionRecord] | None = None

    @staticmethod
    def of(
        sessions: Mapping[str, tuple[datetime, Iterable[float]]], rest_days: Iterable[date]
    ) -> PracticeLog:
        """The base only, from the store's sums: session id -> (aware local
        start, seconds held)."""
        return PracticeLog(
            {sid: SessionSum(start, tuple(held)) for sid, (start, held) in sessions.items()},
            frozenset(rest_days),
        )

    @staticmethod
    def of_records(records: Iterable[SessionRecord], rest_days: Iterable[date]) -> PracticeLog:
        """Both depths, from full records (the window's progress page, `unknot stats`)."""
        by_id = {record.id: record for record in records}
        sums = {sid: SessionSum.of(record) for sid, record in by_id.items()}
        return PracticeLog(sums, frozenset(rest_days), by_id)

    def updated(
        self,
        sessions: Mapping[str, tuple[datetime, Iterable[float]]] = _NO_SUMS,
        rest_days: Iterable[date] | None = None,
        records: Iterable[SessionRecord] = (),
    ) -> PracticeLog:
        """A new log with these sessions put in (added or replacing theirs) and,
        when given, these rest days instead of the old ones. `records` are full
        records read again after a change, for a log that holds records (their
        sums follow from them); ValueError for a log that does not."""
        merged = dict(self.sessions)
        for sid, (start, held) in sessions.items():
            merged[sid] = SessionSum(start, tuple(held))
        full = self.records
        fresh = list(records)
        if fresh:
            if full is None:
                raise ValueError("this log holds no records to update")
            kept = dict(full)
            for record in fresh:
                kept[record.id] = record
                merged[record.id] = SessionSum.of(record)
            full = kept
        rest = self.rest_days if rest_days is None else frozenset(rest_days)
        return PracticeLog(merged, rest, full)

    def without_records(self) -> PracticeLog:
        return PracticeLog(self.sessions, self.rest_days)

    @property
    def session_count(self) -> int:
        """The sessions that count as practice (`records.counts_as_practice`)."""
        return sum(1 for s in self.sessions.values() if counts_as_practice(s.held_seconds))

    @property
    def total_seconds(self) -> int:
        """Whole seconds held in the sessions that count, as every total adds
        them up (`records.whole_seconds_held`)."""
        return sum(
            whole_seconds_held(s.held_seconds)
            for s in self.sessions.values()
            if counts_as_practice(s.held_seconds)
        )

    def starts(self) -> list[tuple[datetime, tuple[float, ...]]]:
        """(start, seconds per hold) of every session that counts as practice,
        as `practice_record` takes them."""
        return [
            (s.started_at, s.held_seconds)
            for s in self.sessions.values()
            if counts_as_practice(s.held_seconds)
        ]

    def record(self, settings: StreakSettings) -> PracticeRecord:
        return practice_record(self.starts(), self.rest_days, settings.day_start)

    def streaks(self, today: date, settings: StreakSettings) -> Streaks:
        """The streaks on `today`, counted the one way `core.streaks` counts."""
        return self.record(settings).streaks(today, settings)

    def seconds_on(self, day: date, day_start: time) -> int:
        """Seconds held on the practice date `day`, from the sessions started
        within a day of it only."""
        return seconds_by_day_of_totals(self._near(day), day_start).get(day, 0)

    def practised_on(self, day: date, day_start: time) -> bool:
        """Whether `day` is a practice day (as the streaks count it), from the
        sessions started within a day of it only."""
        return day in practice_days(seconds_by_day_of_totals(self._near(day), day_start))

    def glance(self, today: date, settings: StreakSettings) -> Glance:
        """The streaks and today's time held, as the home line and the tray show them."""
        seconds = self.seconds_on(today, settings.day_start)
        return Glance(
            self.streaks(today, settings),
            seconds,
            self.practised_on(today, settings.day_start),
        )

    def practice_oldest_first(self) -> Sequence[SessionRecord]:
        """The full records of the sessions that count as practice, oldest first:
        what every list and figure shows. ValueError when they are not held."""
        return practice_sessions(self.oldest_first())

    def oldest_first(self) -> Sequence[SessionRecord]:
        """Every full record, oldest first, those that count for nothing too (an
        export, a backup); ValueError when they are not held."""
        if self.records is None:
            raise ValueError("this log holds only the sums of its sessions, not their records")
        records = list(self.records.values())
        if any(a.started_at > b.started_at for a, b in itertools.pairwise(records)):
            # A session added out of order (recorded in a zone far ahead, or
            # merged in by a restore): rare, so sorted only then.
            records.sort(key=lambda record: (record.started_at, record.id))
        return records

    def _near(self, day: date) -> list[tuple[datetime, tuple[float, ...]]]:
        return [
            (s.started_at, s.held_seconds)
            for s in self.sessions.values()
            if abs((s.started_at.date() - day).days) <= 1 and counts_as_practice(s.held_seconds)
        ]


def practice_sessions(sessions: Iterable[SessionRecord]) -> list[SessionRecord]:
    """The sessions that count as practice (`records.counts_as_practice`), in
    the order given: the one filter every list and count of sessions uses."""
    return [record for record in sessions if record.counts]


# -- queries for a report over a period -------------------------------------------------


@dataclass(frozen=True)
class HoldRating:
    """One rated hold of a spot on a day: tenderness 0-10 before and after
    (None when not rated) and the seconds held."""

    session_id: str
    started_at: datetime
    before: int | None
    after: int | None
    held_seconds: float


@dataclass(frozen=True)
class PainStop:
    """A session stopped for sharp pain: its practice date, when it began,
    and the spots of its holds in order (the last is where it was stopped)."""

    day: date
    session_id: str
    started_at: datetime
    spots: tuple[tuple[AreaId, Side | None], ...]


def _in_period(
    sessions: Iterable[SessionRecord], first: date, last: date, day_start: time
) -> Iterable[tuple[date, SessionRecord]]:
    if last < first:
        raise ValueError(f"a period ends on or after its first day, not {last} before {first}")
    for record in sessions:
        day = practice_date(record.started_at, day_start)
        if first <= day <= last:
            yield day, record


def spot_ratings(
    sessions: Iterable[SessionRecord], first: date, last: date, day_start: time
) -> dict[tuple[AreaId, Side | None], dict[date, tuple[HoldRating, ...]]]:
    """Per spot (area, side), per practice date from `first` to `last`
    inclusive, its holds rated before or after, in the order held, from the
    sessions that count as practice. Holds rated neither way are left out, and
    so are spots with none rated. ValueError when `last` is before `first`."""
    found: dict[tuple[AreaId, Side | None], dict[date, list[HoldRating]]] = {}
    for day, record in _in_period(practice_sessions(sessions), first, last, day_start):
        for hold in record.holds:
            if hold.tenderness_before is None and hold.tenderness_after is None:
                continue
            rating = HoldRating(
                record.id,
                hold.started_at,
                hold.tenderness_before,
                hold.tenderness_after,
                hold.held_seconds,
            )
            found.setdefault((hold.area, hold.side), {}).setdefault(day, []).append(rating)
    return {
        spot: {day: tuple(sorted(ratings, key=lambda r: r.started_at)) for day, ratings in days}
        for spot, days in ((spot, sorted(days.items())) for spot, days in found.items())
    }


def pain_stops(
    sessions: Iterable[SessionRecord], first: date, last: date, day_start: time
) -> tuple[PainStop, ...]:
    """The sessions from `first` to `last` (practice dates, inclusive) stopped
    for sharp pain, oldest first, whether or not they count as practice: a stop
    for pain is told for safety even when it came before anything was held.
    ValueError when `last` is before `first`."""
    stops = [
        PainStop(day, record.id, record.started_at, tuple((h.area, h.side) for h in record.holds))
        for day, record in _in_period(sessions, first, last, day_start)
        if record.outcome is Outcome.STOPPED_PAIN
    ]
    stops.sort(key=lambda stop: (stop.started_at, stop.session_id))
    return tuple(stops)
