"""What a report for a clinician holds, as plain values from the history.

`report_of` gathers, for a period of practice dates (first and last
included): how often and how long the person practised, which spots with
which tools, each rated spot's tenderness story, the sessions stopped for
sharp pain, the person's notes, and the safety check's answers with its date.
The window and `unknot report` both build it with `report_for` (the period
checked by `period_problem`) and paint it with `ui/report/`; nothing here knows
about pages or Qt.

What counts is what counts everywhere (`records.counts_as_practice`): a
session whose every spot was skipped is in no figure and no note; a stop for
sharp pain is listed all the same. Time held adds whole seconds per hold
(`records.whole_seconds_held`), so the total is the sum of the spots' times and
of the weeks'. No figure covers days before the first session or after today
(`days_in_period`, the weeks of the chart).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Protocol

from unknot.core.areas import AreaId, Tool
from unknot.core.formats import seconds_held
from unknot.core.practice_log import PainStop, pain_stops, practice_sessions, spot_ratings
from unknot.core.progress import spot_name
from unknot.core.records import SessionRecord, practice_date
from unknot.core.safety import Condition
from unknot.core.streaks import (
    DAYS_IN_WEEK,
    PRACTICE_DAY_SECONDS,
    StreakSettings,
    week_of,
)
from unknot.core.tenderness import Spot, SpotStory, WeekPractice, stories, weeks_of_practice

# Weeks the consistency chart of a report shows at most.
REPORT_WEEKS_MAX = 26
# The period a report covers when its first day is not given: about three months.
DEFAULT_REPORT_DAYS = 91


class PeriodProblem(StrEnum):
    """Why a period cannot be reported; each place words it for how the days
    are given there (`unknot report --from/--to`, the window's dialog)."""

    FIRST_AFTER_TODAY = "first_after_today"
    LAST_AFTER_TODAY = "last_after_today"
    FIRST_AFTER_LAST = "first_after_last"


def period_problem(first: date, last: date, today: date) -> PeriodProblem | None:
    """What is wrong with reporting `first` to `last` on `today`, if anything:
    a report covers days up to today, first day first."""
    if last > today:
        return PeriodProblem.LAST_AFTER_TODAY
    if first > today:
        return PeriodProblem.FIRST_AFTER_TODAY
    if first > last:
        return PeriodProblem.FIRST_AFTER_LAST
    return None


def default_period(
    today: date, first: date | None = None, last: date | None = None
) -> tuple[date, date]:
    """The period when a day is not given: it ends today and begins
    DEFAULT_REPORT_DAYS before its end."""
    end = today if last is None else last
    return (end - timedelta(days=DEFAULT_REPORT_DAYS - 1) if first is None else first), end


class SafetyAnswers(Protocol):
    """The safety check's answers as the settings hold them."""

    @property
    def safety_confirmed_on(self) -> date | None: ...

    @property
    def safety_conditions(self) -> Sequence[Condition]: ...


@dataclass(frozen=True)
class SpotWork:
    """A spot's work over the period: holds, seconds held, tools used (in the
    order first used), and practice dates worked."""

    spot: Spot
    holds: int
    seconds: float
    tools: tuple[Tool, ...]
    days: frozenset[date]

    @property
    def name(self) -> str:
        return spot_name(*self.spot)


@dataclass(frozen=True)
class Note:
    day: date
    started_at: datetime
    text: str


@dataclass(frozen=True)
class ReportData:
    first: date
    last: date
    sessions: int
    practice_days: int
    # Days in the period from the first session on (`counted_from`) up to the day
    # the report was made (a period may end later).
    days_in_period: int
    total_seconds: float
    weekly_goal: int
    spots: tuple[SpotWork, ...]
    stories: tuple[SpotStory, ...]
    weeks: tuple[WeekPractice, ...]
    pain_stops: tuple[PainStop, ...]
    notes: tuple[Note, ...]
    safety_answered_on: date | None
    safety_conditions: tuple[Condition, ...]
    # The first day the figures count from: the period's first day, or the first
    # session's practice date when that is later (None: no session by the end).
    counted_from: date | None = None

    @property
    def minutes_per_practice_day(self) -> float:
        return 0.0 if not self.practice_days else self.total_seconds / 60 / self.practice_days


def report_for(
    sessions: Sequence[SessionRecord],
    rest_days: Iterable[date],
    first: date,
    last: date,
    *,
    today: date,
    rules: StreakSettings,
    safety: SafetyAnswers,
) -> ReportData:
    """The report of `first` to `last` from the whole history (every session,
    in any order), the person's streak settings and the safety check's answers
    (the settings): the one way the window and `unknot report` make it.
    ValueError when `last` is before `first`."""
    return report_of(
        sessions,
        rest_days,
        first,
        last,
        today=today,
        day_start=rules.day_start,
        week_start=rules.week_start,
        weekly_goal=rules.weekly_goal,
        safety_answered_on=safety.safety_confirmed_on,
        safety_conditions=safety.safety_conditions,
    )


def report_of(
    sessions: Sequence[SessionRecord],
    rest_days: Iterable[date],
    first: date,
    last: date,
    *,
    today: date,
    day_start: time,
    week_start: int,
    weekly_goal: int,
    safety_answered_on: date | None,
    safety_conditions: Sequence[Condition],
) -> ReportData:
    """The report of the practice dates `first` to `last`. ValueError when
    `last` is before `first`."""
    if last < first:
        raise ValueError(f"the period ends on {last}, before it begins on {first}")
    counting = practice_sessions(sessions)
    started = min(
        (practice_date(record.started_at, day_start) for record in counting), default=None
    )
    end = min(last, today)
    since = None if started is None or started > end else max(first, started)
    seconds_by_day: dict[date, int] = {}
    work: dict[Spot, tuple[int, int, list[Tool], set[date]]] = {}
    notes: list[Note] = []
    count = 0
    for record in counting:
        day = practice_date(record.started_at, day_start)
        if not first <= day <= end:
            continue
        count += 1
        seconds_by_day[day] = seconds_by_day.get(day, 0) + record.hold_seconds
        if record.note and record.note.strip():
            notes.append(Note(day, record.started_at, record.note.strip()))
        for hold in record.holds:
            spot = (hold.area, hold.side)
            holds, held, tools, days = work.get(spot, (0, 0, [], set()))
            for tool in hold.tools_tried or (hold.tool,):
                if tool not in tools:
                    tools.append(tool)
            days.add(day)
            work[spot] = (holds + 1, held + seconds_held(hold.held_seconds), tools, days)
    practised = [day for day, seconds in seconds_by_day.items() if seconds >= PRACTICE_DAY_SECONDS]
    area_order = {area: index for index, area in enumerate(AreaId)}
    spots = sorted(
        (
            SpotWork(spot, holds, held, tuple(tools), frozenset(days))
            for spot, (holds, held, tools, days) in work.items()
        ),
        key=lambda w: (-w.seconds, area_order[w.spot[0]]),
    )
    worked = {w.spot: w.days for w in spots}
    rated = spot_ratings(counting, first, last, day_start)
    weeks: tuple[WeekPractice, ...] = ()
    if since is not None:
        # Every week from the one that holds `since`, at most half a year.
        spanned = (week_of(end, week_start) - week_of(since, week_start)).days // DAYS_IN_WEEK + 1
        weeks = weeks_of_practice(
            seconds_by_day,
            frozenset(rest_days),
            end,
            week_start,
            weekly_goal,
            max(1, min(REPORT_WEEKS_MAX, spanned)),
            since=since,
            today_is_now=end == today,
        )
    notes.sort(key=lambda note: note.started_at)
    return ReportData(
        first=first,
        last=last,
        sessions=count,
        practice_days=len(practised),
        days_in_period=0 if since is None else (end - since).days + 1,
        total_seconds=sum(seconds_by_day.values()),
        weekly_goal=weekly_goal,
        spots=tuple(spots),
        # From the first session on, like every figure: a chart's axis too.
        stories=() if since is None else stories(rated, since, end, worked),
        weeks=weeks,
        pain_stops=pain_stops(sessions, first, last, day_start),
        notes=tuple(notes),
        safety_answered_on=safety_answered_on,
        safety_conditions=tuple(safety_conditions),
        counted_from=since,
    )
