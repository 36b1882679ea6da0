"""What a report for a clinician holds, as plain values from the history.

`report_of` gathers, for a period of practice dates (first and last
included): how often and how long the person practised, which spots with
which tools, each rated spot's tenderness story, the sessions stopped for
sharp pain, the person's notes, and the safety check's answers with its date.
The window and `unknot report` both build it here and paint it with
`ui/report/`; nothing here knows about pages or Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from unknot.core.areas import AreaId, Tool
from unknot.core.practice_log import PainStop, pain_stops, spot_ratings
from unknot.core.progress import spot_name
from unknot.core.records import SessionRecord, practice_date
from unknot.core.safety import Condition
from unknot.core.streaks import PRACTICE_DAY_SECONDS, week_of
from unknot.core.tenderness import Spot, SpotStory, WeekPractice, stories, weeks_of_practice

# Weeks the consistency chart of a report shows at most.
REPORT_WEEKS_MAX = 26


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
    # Days in the period up to the day the report was made (a period may end later).
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

    @property
    def minutes_per_practice_day(self) -> float:
        return 0.0 if not self.practice_days else self.total_seconds / 60 / self.practice_days


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
    seconds_by_day: dict[date, float] = {}
    work: dict[Spot, tuple[int, float, list[Tool], set[date]]] = {}
    notes: list[Note] = []
    count = 0
    for record in sessions:
        day = practice_date(record.started_at, day_start)
        if not first <= day <= last:
            continue
        count += 1
        seconds_by_day[day] = seconds_by_day.get(day, 0.0) + record.hold_seconds
        if record.note and record.note.strip():
            notes.append(Note(day, record.started_at, record.note.strip()))
        for hold in record.holds:
            spot = (hold.area, hold.side)
            holds, held, tools, days = work.get(spot, (0, 0.0, [], set()))
            for tool in hold.tools_tried or (hold.tool,):
                if tool not in tools:
                    tools.append(tool)
            days.add(day)
            work[spot] = (holds + 1, held + hold.held_seconds, tools, days)
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
    rated = spot_ratings(sessions, first, last, day_start)
    end = min(last, today)
    # Every week the period touches (the first may begin before it), at most half a year.
    spanned = (week_of(end, week_start) - week_of(first, week_start)).days // 7 + 1
    weeks_shown = max(1, min(REPORT_WEEKS_MAX, spanned))
    weeks = weeks_of_practice(
        seconds_by_day,
        frozenset(rest_days),
        end,
        week_start,
        weekly_goal,
        weeks_shown,
        today_is_now=end == today,
    )
    notes.sort(key=lambda note: note.started_at)
    return ReportData(
        first=first,
        last=last,
        sessions=count,
        practice_days=len(practised),
        days_in_period=max(0, (end - first).days + 1),
        total_seconds=sum(seconds_by_day.values()),
        weekly_goal=weekly_goal,
        spots=tuple(spots),
        stories=stories(rated, first, last, worked),
        weeks=weeks,
        pain_stops=pain_stops(sessions, first, last, day_start),
        notes=tuple(notes),
        safety_answered_on=safety_answered_on,
        safety_conditions=tuple(safety_conditions),
    )
