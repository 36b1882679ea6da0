"""The practice history as the figures at a glance need it: per session only
its start and the seconds of its holds, and the rest days.

This is the base of the window's read model. It is small (a few hundred
kilobytes for ten years of daily practice, against tens of megabytes for every
hold with its spot, tools and ratings), so the home screen can keep it in
memory from the start; the progress page's per-spot details are read only when
that page is first shown.

A `PracticeLog` never changes: an update makes a new one, so a worker thread
can count from one while the window's thread makes the next.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time

from unknot.core.streaks import (
    PracticeRecord,
    Streaks,
    StreakSettings,
    practice_days,
    practice_record,
    seconds_by_day_of_totals,
)


@dataclass(frozen=True)
class SessionSum:
    """One session as the streaks see it: its aware local start (in the offset
    it was recorded in) and the seconds held in each of its holds."""

    started_at: datetime
    held_seconds: tuple[float, ...]

    def __post_init__(self) -> None:
        if self.started_at.tzinfo is None:
            raise ValueError("a session's start needs its UTC offset")


@dataclass(frozen=True)
class PracticeLog:
    """Sessions by id, and the rest days. Build it with `of` or `updated`."""

    sessions: Mapping[str, SessionSum] = field(default_factory=dict)
    rest_days: frozenset[date] = frozenset()

    @staticmethod
    def of(
        sessions: Mapping[str, tuple[datetime, Iterable[float]]], rest_days: Iterable[date]
    ) -> PracticeLog:
        """From the store's sums: session id -> (aware local start, seconds held)."""
        return PracticeLog(
            {sid: SessionSum(start, tuple(held)) for sid, (start, held) in sessions.items()},
            frozenset(rest_days),
        )

    def updated(
        self,
        sessions: Mapping[str, tuple[datetime, Iterable[float]]] = {},
        rest_days: Iterable[date] | None = None,
    ) -> PracticeLog:
        """A new log with these sessions put in (added or replacing theirs) and,
        when given, these rest days instead of the old ones."""
        merged = dict(self.sessions)
        for sid, (start, held) in sessions.items():
            merged[sid] = SessionSum(start, tuple(held))
        rest = self.rest_days if rest_days is None else frozenset(rest_days)
        return PracticeLog(merged, rest)

    @property
    def session_count(self) -> int:
        return len(self.sessions)

    def starts(self) -> list[tuple[datetime, tuple[float, ...]]]:
        """(start, seconds per hold) of every session, as `practice_record` takes them."""
        return [(s.started_at, s.held_seconds) for s in self.sessions.values()]

    def record(self, settings: StreakSettings) -> PracticeRecord:
        return practice_record(self.starts(), self.rest_days, settings.day_start)

    def streaks(self, today: date, settings: StreakSettings) -> Streaks:
        """The streaks on `today`, counted the one way `core.streaks` counts."""
        return self.record(settings).streaks(today, settings)

    def practised_on(self, day: date, day_start: time) -> bool:
        """Whether `day` is a practice day (as the streaks count it), from the
        sessions started within a day of it only."""
        near = [
            (s.started_at, s.held_seconds)
            for s in self.sessions.values()
            if abs((s.started_at.date() - day).days) <= 1
        ]
        return day in practice_days(seconds_by_day_of_totals(near, day_start))
