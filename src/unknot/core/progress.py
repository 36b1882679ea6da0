"""What the progress view shows, as plain values worked out from the history.

Everything here is a pure function of the sessions, the rest days, the date
that counts as today and the streak settings, so the view can be tested without
a window and the rules below hold wherever they are read.

Easing (the method's measure)
    A rating counts as easing when it has dropped by 2 points or more, or to
    half of what it was or less: 6 -> 4 eases, 3 -> 1 eases, 5 -> 4 does not.

The rated days of a spot
    A spot is an area on one side ("left calf"); scans rate an area on both
    sides at once and are a spot of their own ("calves"). A day's rating of a
    spot is the tenderness before its first rated hold that day: how it felt
    before that day's pressure. Holds without a rating before are left out.

Trend (improving, flat, worse)
    Over the recent window (the 42 days up to and including today), take the
    spot's rated days in date order. With fewer than two there is no trend.
    Otherwise split them into an earlier and a later half (with an odd count the
    middle day belongs to neither) and compare the halves' averages: improving
    when the later average has eased from the earlier one (see above), worse
    when it is 2 points or more higher, flat otherwise.

The nudge
    A spot gets a gentle suggestion to have it looked at by a physiotherapist or
    doctor when, in the same recent window, it was rated on at least three days,
    the first and the last of them at least fourteen days apart, and its trend
    is not improving, while the later average is still 4 or more (a spot that
    hardly hurts needs no appointment). When both a side of an area and the
    area as a whole (from scans) qualify, the side is named and the whole left
    out, so one spot is not mentioned twice.

Speed: one pass over the sessions and their holds, dictionaries keyed by date;
ten years of daily use (3,650 sessions, 20,000 holds) takes a few tens of
milliseconds.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from enum import StrEnum

from unknot.core.areas import AreaId, Side, area
from unknot.core.formats import seconds_held
from unknot.core.practice_log import PracticeLog, practice_sessions
from unknot.core.records import SessionRecord
from unknot.core.streaks import (
    DAYS_IN_WEEK,
    PRACTICE_DAY_SECONDS,
    Streaks,
    StreakSettings,
    WeekPractice,
    practice_record,
    session_totals,
    week_of,
    weeks_of_practice,
)

# The domain's measure of a spot that is easing.
EASING_POINTS = 2
# A rise this large is read as getting worse.
WORSE_POINTS = 2

RECENT_DAYS = 42
NUDGE_MIN_DAYS = 3
NUDGE_MIN_SPAN_DAYS = 14
NUDGE_MIN_TENDERNESS = 4

CHART_WEEKS = 12
# The weeks of the consistency chart (practice days against the goal): six months.
GOAL_WEEKS = 26
# A year of columns, plus the week in progress.
CALENDAR_WEEKS = 53

# Shades of the calendar by minutes held that day. Fixed steps, not relative to
# the busiest day, so a colour means the same thing this month and next year.
SHADE_MINUTES = (5.0, 10.0, 20.0)
SHADE_LEVELS = len(SHADE_MINUTES) + 2  # 0 (nothing), a try, and one per step


class Trend(StrEnum):
    IMPROVING = "improving"
    FLAT = "flat"
    WORSE = "worse"


class DayState(StrEnum):
    """How a day of this week looks in the row of seven marks."""

    PRACTISED = "practised"
    REST = "rest"
    # Today, not yet practised: still open.
    TODAY = "today"
    # A day gone by without practice or a rest mark.
    MISSED = "missed"
    TO_COME = "to_come"


@dataclass(frozen=True)
class DayMark:
    day: date
    state: DayState
    is_today: bool
    seconds: float


@dataclass(frozen=True)
class WeekTotal:
    # The first day of the week, by the week start setting.
    first_day: date
    seconds: float
    practice_days: int

    @property
    def minutes(self) -> float:
        return self.seconds / 60


@dataclass(frozen=True)
class SpotStats:
    area: AreaId
    # None only for holds recorded without a side by an older or foreign file.
    side: Side | None
    sessions: int
    total_seconds: float
    first_day: date
    last_day: date
    last_before: int | None
    last_after: int | None
    average_before: float | None
    average_after: float | None
    # Rated days in the recent window, and the two halves' averages.
    recent_days: int
    recent_first: date | None
    recent_last: date | None
    earlier_average: float | None
    later_average: float | None
    # None when fewer than two days were rated in the recent window.
    trend: Trend | None

    @property
    def name(self) -> str:
        return spot_name(self.area, self.side)

    @property
    def total_minutes(self) -> float:
        return self.total_seconds / 60


@dataclass(frozen=True)
class Nudge:
    area: AreaId
    side: Side | None
    days: int
    first_day: date
    last_day: date
    earlier_average: float
    later_average: float

    @property
    def name(self) -> str:
        return spot_name(self.area, self.side)


@dataclass(frozen=True)
class Progress:
    today: date
    settings: StreakSettings
    streaks: Streaks
    seconds_by_day: Mapping[date, float]
    practice_days: frozenset[date]
    rest_days: frozenset[date]
    this_week: tuple[DayMark, ...]
    # Minutes per week (at most CHART_WEEKS) and practice days against the goal
    # (at most GOAL_WEEKS), from the week of the first session on.
    weeks: tuple[WeekTotal, ...]
    goal_weeks: tuple[WeekPractice, ...]
    spots: tuple[SpotStats, ...]
    nudges: tuple[Nudge, ...]
    # The sessions that count as practice, and their whole seconds held.
    session_count: int
    total_seconds: float
    # The practice date of the first session (None: none yet).
    first_day: date | None = None


def spot_name(area_id: AreaId, side: Side | None) -> str:
    """ "Left calf"; the area's own name ("Calves") for both sides or none."""
    return area(area_id).spot_name(Side.BOTH if side is None else side)


def has_eased(earlier: float, later: float) -> bool:
    """The method's measure: down by 2 points or more, or to half or less."""
    if later >= earlier:
        return False
    return earlier - later >= EASING_POINTS or later <= earlier / 2


def trend_of(earlier: float, later: float) -> Trend:
    if has_eased(earlier, later):
        return Trend.IMPROVING
    if later - earlier >= WORSE_POINTS:
        return Trend.WORSE
    return Trend.FLAT


def shade_level(seconds: float) -> int:
    """0 for a day without holds, 1 for under a minute's try up to the first
    step, then one level per step of `SHADE_MINUTES`."""
    if seconds <= 0:
        return 0
    minutes = seconds / 60
    level = 1
    for step in SHADE_MINUTES:
        if minutes >= step:
            level += 1
    return level


def calendar_start(today: date, week_start: int, weeks: int = CALENDAR_WEEKS) -> date:
    """The first day of the calendar's first column: `weeks` columns end with the
    week that holds today."""
    return week_of(today, week_start) - timedelta(days=DAYS_IN_WEEK * (weeks - 1))


def week_marks(
    today: date,
    week_start: int,
    seconds: Mapping[date, float],
    rest_days: Iterable[date],
) -> tuple[DayMark, ...]:
    """The seven days of the week that holds today, first day first."""
    first = week_of(today, week_start)
    rest = frozenset(rest_days)
    marks: list[DayMark] = []
    for offset in range(DAYS_IN_WEEK):
        day = first + timedelta(days=offset)
        held = seconds.get(day, 0.0)
        if held >= PRACTICE_DAY_SECONDS:
            state = DayState.PRACTISED
        elif day in rest:
            state = DayState.REST
        elif day == today:
            state = DayState.TODAY
        elif day < today:
            state = DayState.MISSED
        else:
            state = DayState.TO_COME
        marks.append(DayMark(day, state, day == today, held))
    return tuple(marks)


def weekly_totals(
    seconds: Mapping[date, float],
    today: date,
    week_start: int,
    weeks: int = CHART_WEEKS,
    *,
    since: date | None,
) -> tuple[WeekTotal, ...]:
    """Seconds held in each of at most the last `weeks` weeks, oldest first,
    from the week that holds `since` (the first session's practice date; None
    when there is none: no weeks); the last is the week in progress."""
    if since is None or since > today:
        return ()
    last = week_of(today, week_start)
    first = max(last - timedelta(days=DAYS_IN_WEEK * (weeks - 1)), week_of(since, week_start))
    weeks = (last - first).days // DAYS_IN_WEEK + 1
    held: list[float] = [0] * weeks
    days = [0] * weeks
    first_ordinal = first.toordinal()
    for day, value in seconds.items():
        # A day after today belongs to no bar, even inside this week: the view
        # says what was done, and "today" comes from the caller.
        if day > today:
            continue
        index = (day.toordinal() - first_ordinal) // DAYS_IN_WEEK
        if 0 <= index < weeks:
            held[index] += value
            if value >= PRACTICE_DAY_SECONDS:
                days[index] += 1
    return tuple(
        WeekTotal(first + timedelta(days=DAYS_IN_WEEK * i), held[i], days[i]) for i in range(weeks)
    )


class _SpotTally:
    """Running sums for one spot while the holds go by, oldest first."""

    __slots__ = (
        "after_count",
        "after_sum",
        "before_count",
        "before_sum",
        "first_day",
        "last_after",
        "last_before",
        "last_day",
        "last_session",
        "recent",
        "sessions",
        "total_seconds",
    )

    def __init__(self, day: date) -> None:
        self.sessions = 0
        self.last_session = ""
        self.total_seconds = 0.0
        self.first_day = day
        self.last_day = day
        self.last_before: int | None = None
        self.last_after: int | None = None
        self.before_sum = 0
        self.before_count = 0
        self.after_sum = 0
        self.after_count = 0
        # The day's first rating before a hold, for days in the recent window.
        self.recent: dict[date, int] = {}


def build_progress(
    sessions: Sequence[SessionRecord],
    rest_days: Iterable[date],
    today: date,
    settings: StreakSettings,
) -> Progress:
    """Everything the progress view shows, from the whole history: of its
    sessions, those that count as practice (`practice_log.practice_sessions`)."""
    ordered = practice_sessions(_oldest_first(sessions))
    rest = frozenset(rest_days)
    record = practice_record(session_totals(ordered), rest, settings.day_start)
    by_day, practised, bridged = record.seconds_by_day, record.practice_days, record.bridged
    streaks = record.streaks(today, settings)
    spots = _spot_stats(ordered, today, settings)
    first_day = record.first_day
    return Progress(
        today=today,
        settings=settings,
        streaks=streaks,
        seconds_by_day=by_day,
        practice_days=practised,
        rest_days=rest,
        # A date a journey skipped shows as the streaks count it: like a rest day.
        this_week=week_marks(today, settings.week_start, by_day, rest | bridged),
        weeks=weekly_totals(by_day, today, settings.week_start, since=first_day),
        goal_weeks=weeks_of_practice(
            by_day,
            rest | bridged,
            today,
            settings.week_start,
            settings.weekly_goal,
            GOAL_WEEKS,
            since=first_day,
        ),
        spots=spots,
        nudges=nudges_for(spots),
        session_count=len(ordered),
        total_seconds=sum(by_day.values()),
        first_day=first_day,
    )


def progress_of(log: PracticeLog, today: date, settings: StreakSettings) -> Progress:
    """`build_progress` over the read model's records (ValueError when the log
    holds only its sums)."""
    return build_progress(log.oldest_first(), log.rest_days, today, settings)


def sessions_by_day(
    sessions: Iterable[SessionRecord], day_start: time
) -> dict[date, list[SessionRecord]]:
    """The sessions that count as practice of each practice date, in the order given."""
    shift = timedelta(hours=day_start.hour, minutes=day_start.minute)
    days: dict[date, list[SessionRecord]] = {}
    for session in practice_sessions(sessions):
        days.setdefault((session.started_at - shift).date(), []).append(session)
    return days


def nudges_for(spots: Iterable[SpotStats]) -> tuple[Nudge, ...]:
    """The spots the rule in this module's docstring picks, most tender first."""
    found: list[Nudge] = []
    for spot in spots:
        if (
            spot.trend is None
            or spot.trend is Trend.IMPROVING
            or spot.recent_days < NUDGE_MIN_DAYS
            or spot.recent_first is None
            or spot.recent_last is None
            or spot.earlier_average is None
            or spot.later_average is None
        ):
            continue
        if (spot.recent_last - spot.recent_first).days < NUDGE_MIN_SPAN_DAYS:
            continue
        if spot.later_average < NUDGE_MIN_TENDERNESS:
            continue
        found.append(
            Nudge(
                area=spot.area,
                side=spot.side,
                days=spot.recent_days,
                first_day=spot.recent_first,
                last_day=spot.recent_last,
                earlier_average=spot.earlier_average,
                later_average=spot.later_average,
            )
        )
    sided = {nudge.area for nudge in found if nudge.side not in (Side.BOTH, None)}
    kept = [n for n in found if n.side not in (Side.BOTH, None) or n.area not in sided]
    kept.sort(key=lambda nudge: (-nudge.later_average, nudge.name))
    return tuple(kept)


def halves(ratings: Sequence[float]) -> tuple[float, float] | None:
    """The averages of the earlier and the later half of `ratings` (in date
    order); with an odd count the middle one is in neither. None below two."""
    count = len(ratings)
    if count < 2:
        return None
    half = count // 2
    earlier = ratings[:half]
    later = ratings[count - half :]
    return sum(earlier) / len(earlier), sum(later) / len(later)


def _oldest_first(sessions: Sequence[SessionRecord]) -> Sequence[SessionRecord]:
    # The store already returns them in this order; checking costs less than
    # sorting aware datetimes of mixed offsets.
    starts = [session.started_at for session in sessions]
    if all(a <= b for a, b in itertools.pairwise(starts)):
        return sessions
    return sorted(sessions, key=lambda session: (session.started_at, session.id))


def _spot_stats(
    sessions: Sequence[SessionRecord], today: date, settings: StreakSettings
) -> tuple[SpotStats, ...]:
    shift = timedelta(hours=settings.day_start.hour, minutes=settings.day_start.minute)
    window_start = today - timedelta(days=RECENT_DAYS - 1)
    tallies: dict[tuple[AreaId, Side | None], _SpotTally] = {}
    for session in sessions:
        if not session.holds:
            continue
        # records.practice_date, inlined as in streaks.seconds_by_day.
        day = (session.started_at - shift).date()
        recent = window_start <= day <= today
        for hold in session.holds:
            key = (hold.area, hold.side)
            tally = tallies.get(key)
            if tally is None:
                tally = tallies[key] = _SpotTally(day)
            if tally.last_session != session.id:
                tally.last_session = session.id
                tally.sessions += 1
            tally.total_seconds += seconds_held(hold.held_seconds)
            tally.last_day = day
            before = hold.tenderness_before
            if before is not None:
                tally.last_before = before
                tally.before_sum += before
                tally.before_count += 1
                if recent and day not in tally.recent:
                    tally.recent[day] = before
            after = hold.tenderness_after
            if after is not None:
                tally.last_after = after
                tally.after_sum += after
                tally.after_count += 1

    stats: list[SpotStats] = []
    for (area_id, side), tally in tallies.items():
        rated_days = sorted(tally.recent)
        split = halves([tally.recent[day] for day in rated_days])
        stats.append(
            SpotStats(
                area=area_id,
                side=side,
                sessions=tally.sessions,
                total_seconds=tally.total_seconds,
                first_day=tally.first_day,
                last_day=tally.last_day,
                last_before=tally.last_before,
                last_after=tally.last_after,
                average_before=_mean(tally.before_sum, tally.before_count),
                average_after=_mean(tally.after_sum, tally.after_count),
                recent_days=len(rated_days),
                recent_first=rated_days[0] if rated_days else None,
                recent_last=rated_days[-1] if rated_days else None,
                earlier_average=None if split is None else split[0],
                later_average=None if split is None else split[1],
                trend=None if split is None else trend_of(*split),
            )
        )
    stats.sort(key=_spot_order)
    return tuple(stats)


_AREA_ORDER = {area_id: index for index, area_id in enumerate(AreaId)}
_SIDE_ORDER = {Side.BOTH: 0, None: 0, Side.LEFT: 1, Side.RIGHT: 2}


def _spot_order(stats: SpotStats) -> tuple[int, int]:
    # Head to feet, the whole area before its left and right.
    return _AREA_ORDER[stats.area], _SIDE_ORDER[stats.side]


def _mean(total: int, count: int) -> float | None:
    return total / count if count else None
