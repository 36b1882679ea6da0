"""Streaks as pure functions over local calendar dates.

A session counts for the date on which it started where it was recorded (the
stored start carries its own UTC offset), so travelling or a clock change never
moves a day that is already in the history. Everything below works on whole
dates: nothing here asks for "now" except `today_for`, which is handed it.

Dates become ordinals (whole days since 0001-01-01, a Monday) inside
`compute_streaks`, so a week is an integer division and the history is read in
one sorted pass however long it is.

Flying across the date line skips a calendar date (or repeats one). A repeated
date costs nothing; a skipped one would look like a missed day, so
`travel_bridges` finds the days a trip skipped and they count like rest days.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from unknot.core.records import (
    SessionRecord,
    counts_as_practice,
    practice_date,
    whole_seconds_held,
)

# Less than a minute of holds in a day is a try, not practice.
PRACTICE_DAY_SECONDS = 60

DEFAULT_WEEKLY_GOAL = 5
DAYS_IN_WEEK = 7
MONDAY = 1
SUNDAY = 7


def check_week_start(week_start: object) -> int:
    """`week_start` as an ISO weekday 1 (Monday) - 7 (Sunday); ValueError otherwise."""
    if isinstance(week_start, bool) or not isinstance(week_start, int):
        raise ValueError(f"a week starts on an ISO weekday 1-7, not {week_start!r}")
    if not MONDAY <= week_start <= SUNDAY:
        raise ValueError(f"a week starts on an ISO weekday 1-7 (Monday-Sunday), not {week_start}")
    return week_start


@dataclass(frozen=True)
class StreakSettings:
    """The person's choices that change how days and weeks are counted."""

    weekly_goal: int = DEFAULT_WEEKLY_GOAL
    # ISO weekday: 1 = Monday ... 7 = Sunday.
    week_start: int = MONDAY
    # Sessions before this wall time count for the day before, so a late night
    # stays with the evening it belongs to.
    day_start: time = time(0, 0)

    def __post_init__(self) -> None:
        goal = self.weekly_goal
        if isinstance(goal, bool) or not isinstance(goal, int):
            raise ValueError(f"the weekly goal is a whole number of days, not {goal!r}")
        if not 1 <= goal <= DAYS_IN_WEEK:
            raise ValueError(f"the weekly goal is 1-7 days, not {goal}")
        check_week_start(self.week_start)
        start = self.day_start
        if not isinstance(start, time):
            raise ValueError(f"the day start is a time of day, not {start!r}")
        if start.tzinfo is not None:
            # It is a wall time wherever the session happened, never a fixed zone.
            raise ValueError("the day start is a wall time and takes no time zone")
        if start.second or start.microsecond:
            raise ValueError(f"the day start is whole minutes (HH:MM), not {start.isoformat()}")


@dataclass(frozen=True)
class Streaks:
    day_streak: int
    best_day_streak: int
    week_streak: int
    best_week_streak: int
    # Practice days so far in the week that holds today.
    this_week_days: int
    # What this week asks for: the goal, lowered by rest days nobody practised on
    # (0 when the whole week is rest).
    this_week_needed: int
    weekly_goal: int
    week_start: int


def seconds_by_day(sessions: Iterable[SessionRecord], day_start: time) -> dict[date, int]:
    """Whole seconds held per practice date, for every date that has a session
    counting as practice (`records.counts_as_practice`; the rule for time held
    is `records.whole_seconds_held`).

    Sessions of any outcome count: holds of an interrupted session were held.
    """
    return seconds_by_day_of_totals(
        (
            (session.started_at, [hold.held_seconds for hold in session.holds])
            for session in sessions
        ),
        day_start,
    )


def seconds_by_day_of_totals(
    starts: Iterable[tuple[datetime, Iterable[float]]], day_start: time
) -> dict[date, int]:
    """The same from (local start, seconds held) pairs, which the store can sum
    up without reading every hold. A session that does not count as practice
    (every spot skipped) is left out: its date gets nothing from it."""
    shift = timedelta(hours=day_start.hour, minutes=day_start.minute)
    held: dict[date, int] = {}
    for started_at, seconds in starts:
        holds = tuple(seconds)
        if not counts_as_practice(holds):
            continue
        # The rule of records.practice_date, inlined because this runs once per
        # session in the whole history: shifting an aware datetime moves its wall
        # time and keeps its offset, so no replace() is needed (several times faster).
        day = (started_at - shift).date()
        # Whole seconds: the sum is exact, so it cannot depend on the order the
        # sessions arrive in, and a day's total is the sum of its sessions' as shown.
        held[day] = held.get(day, 0) + whole_seconds_held(holds)
    return held


def practice_days(seconds_by_day: Mapping[date, float]) -> frozenset[date]:
    """The dates with at least PRACTICE_DAY_SECONDS held."""
    return frozenset(
        day for day, seconds in seconds_by_day.items() if seconds >= PRACTICE_DAY_SECONDS
    )


def week_of(day: date, week_start: int) -> date:
    """The first day of the week that holds `day`."""
    check_week_start(week_start)
    return day - timedelta(days=(day.isoweekday() - week_start) % DAYS_IN_WEEK)


def today_for(now: datetime, zone: ZoneInfo, day_start: time) -> date:
    """The practice date a session started at `now` in `zone` would count for."""
    if now.tzinfo is None or now.utcoffset() is None:
        # A naive time would silently be read in the process's zone.
        raise ValueError("now must be timezone-aware")
    return practice_date(now.astimezone(zone), day_start)


def travel_bridges(
    starts: Iterable[datetime],
    practice_days: Collection[date],
    rest_days: Collection[date],
    day_start: time,
) -> frozenset[date]:
    """The dates a journey skipped: they count like rest days for both streaks.

    `starts` are the aware start instants of every session, each in the offset
    where it was recorded (SessionRecord.started_at), in any order. The dates
    between two practice days, when none of them is a rest day, are bridged if
    the last session of the earlier day and the first session of the later day
    fall on the same or consecutive practice dates read in the zone of either one
    (with the day-start hour applied). Practising in Los Angeles at 20:00 and, 17
    hours later, in Sydney at 08:00 two dates on is one day's step in either zone.
    Staying in one zone never bridges anything: a gap there is a real one.
    """
    shift = timedelta(hours=day_start.hour, minutes=day_start.minute)
    practised = frozenset(practice_days)
    first: dict[date, datetime] = {}
    last: dict[date, datetime] = {}
    for started_at in starts:
        # records.practice_date, inlined as in seconds_by_day_of_totals.
        day = (started_at - shift).date()
        if day not in practised:
            continue
        if day not in first or started_at < first[day]:
            first[day] = started_at
        if day not in last or started_at > last[day]:
            last[day] = started_at
    rest = frozenset(rest_days)
    bridged: set[date] = set()
    ordered = sorted(first)
    for earlier, later in itertools.pairwise(ordered):
        skipped = [earlier + timedelta(days=i) for i in range(1, (later - earlier).days)]
        if not skipped or any(day in rest for day in skipped):
            continue
        if _a_step_apart(last[earlier], first[later], shift):
            bridged.update(skipped)
    return frozenset(bridged)


def _a_step_apart(before: datetime, after: datetime, shift: timedelta) -> bool:
    """Whether two instants fall on the same or neighbouring practice dates, read in
    the zone (the UTC offset recorded) of either one."""
    if abs(after - before) >= timedelta(days=3):
        # Too far apart to be neighbouring dates in any zone, even across a DST
        # change: no need to look closer.
        return False
    for zone in (before.tzinfo, after.tzinfo):
        one = (before.astimezone(zone) - shift).date()
        other = (after.astimezone(zone) - shift).date()
        if abs((other - one).days) <= 1:
            return True
    return False


def compute_streaks(
    practice_days: Iterable[date],
    rest_days: Iterable[date],
    today: date,
    settings: StreakSettings,
    *,
    bridged: Iterable[date] = (),
    started: date | None = None,
) -> Streaks:
    """Day and week streaks as they stand on `today`.

    Rest days neither break nor extend a run; a practised rest day is a practice
    day. Today without practice yet, like the week in progress short of its
    goal, is still open and breaks nothing. Practice after today is ignored.
    `bridged` are dates a journey skipped (`travel_bridges`): they count like rest
    days once the practice day that closes the gap is not after today.
    `started` is the practice date of the first session (None: none yet): the
    days of its week before it lower that week's goal (`week_needed`).
    """
    if isinstance(today, datetime) or not isinstance(today, date):
        raise ValueError(f"today is a calendar date, not {today!r}")
    last_day = today.toordinal()
    practised = {day.toordinal() for day in practice_days}
    practised = {day for day in practised if day <= last_day}
    # Rest days nobody practised on; later ones may still lower this week's goal.
    idle_rest = {day.toordinal() for day in rest_days}
    # A bridged date lies between two practice days with none in between, so the
    # later one is not after today exactly when some practice day up to today
    # follows the bridged date.
    latest = max(practised, default=0)
    idle_rest |= {ordinal for ordinal in (day.toordinal() for day in bridged) if ordinal < latest}
    idle_rest -= practised

    day_streak, best_day_streak = _day_streaks(practised, idle_rest, last_day)

    start = settings.week_start
    this_week = _week_number(last_day, start)
    practised_in_week = Counter(_week_number(day, start) for day in practised)
    # Days a week could not hold practice: its rest days, and in the first week
    # the days before the first session.
    off_days = idle_rest | _unstarted(started, start)
    rest_in_week = Counter(
        week for week in (_week_number(day, start) for day in off_days) if week <= this_week
    )
    week_streak, best_week_streak = _week_streaks(
        practised_in_week, rest_in_week, this_week, settings.weekly_goal
    )
    return Streaks(
        day_streak=day_streak,
        best_day_streak=best_day_streak,
        week_streak=week_streak,
        best_week_streak=best_week_streak,
        this_week_days=practised_in_week[this_week],
        this_week_needed=week_needed(settings.weekly_goal, rest_in_week[this_week]),
        weekly_goal=settings.weekly_goal,
        week_start=start,
    )


def week_needed(weekly_goal: int, days_off: int) -> int:
    """What a week asks for: the weekly goal, lowered so that it never asks for
    more days than the week had to give. `days_off` are its days that could not
    hold practice: rest days nobody practised on, and days before the first
    session (or outside a report's period).

    Why the first week is counted this way: someone who starts on a Saturday
    has two days of that week; asking the whole goal would mark their first
    week as missed for days before they began, and leaving the week out would
    drop the days they did practise. It is the rule rest days already follow.
    """
    return max(0, min(weekly_goal, DAYS_IN_WEEK - days_off))


def _unstarted(started: date | None, week_start: int) -> set[int]:
    """The ordinals of the days of the first session's week before it."""
    if started is None:
        return set()
    first = started.toordinal()
    return set(range(week_of(started, week_start).toordinal(), first))


def _week_number(ordinal: int, week_start: int) -> int:
    # Ordinal 1 is a Monday, so ordinal - week_start is a multiple of 7 exactly
    # on the weekday the weeks start on.
    return (ordinal - week_start) // DAYS_IN_WEEK


def _day_streaks(practised: set[int], idle_rest: set[int], today: int) -> tuple[int, int]:
    run = best = 0
    previous: int | None = None
    # Only marked days can extend or bridge a run; any day between two of them
    # is unmarked and breaks it.
    for day in sorted(practised | {day for day in idle_rest if day <= today}):
        if previous is not None and day - previous > 1:
            run = 0
        previous = day
        if day in practised:
            run += 1
            best = max(best, run)
    # The run is still going if nothing unmarked lies between it and today;
    # today itself is open until it ends.
    current = run if previous is not None and today - previous <= 1 else 0
    return current, best


def _week_streaks(
    practised_in_week: Mapping[int, int],
    rest_in_week: Mapping[int, int],
    this_week: int,
    goal: int,
) -> tuple[int, int]:
    run = best = 0
    previous: int | None = None
    for week in sorted(practised_in_week.keys() | rest_in_week.keys()):
        if previous is not None and week - previous > 1:
            # A week with nothing in it in between.
            run = 0
        previous = week
        rest = rest_in_week.get(week, 0)
        if rest == DAYS_IN_WEEK:
            continue
        if practised_in_week.get(week, 0) >= week_needed(goal, rest):
            run += 1
            best = max(best, run)
        elif week != this_week:
            run = 0
    current = run if previous is not None and this_week - previous <= 1 else 0
    return current, best


@dataclass(frozen=True)
class PracticeRecord:
    """A whole history reduced to what every streak and week figure is made of."""

    seconds_by_day: Mapping[date, float]
    practice_days: frozenset[date]
    rest_days: frozenset[date]
    # Dates a journey skipped (`travel_bridges`).
    bridged: frozenset[date]

    @property
    def first_day(self) -> date | None:
        """The practice date of the first session that counts (None: none yet):
        no figure covers time before it."""
        return min(self.seconds_by_day, default=None)

    def streaks(self, today: date, settings: StreakSettings) -> Streaks:
        return compute_streaks(
            self.practice_days,
            self.rest_days,
            today,
            settings,
            bridged=self.bridged,
            started=self.first_day,
        )


def practice_record(
    starts: Sequence[tuple[datetime, Iterable[float]]],
    rest_days: Collection[date],
    day_start: time,
) -> PracticeRecord:
    """`starts` are (aware local start, seconds held) per session, in any order:
    `session_totals` of full records, or the store's own sums. Sessions that do
    not count as practice are left out of everything."""
    counting = [(start, tuple(held)) for start, held in starts]
    counting = [(start, held) for start, held in counting if counts_as_practice(held)]
    by_day = seconds_by_day_of_totals(counting, day_start)
    days = practice_days(by_day)
    rest = frozenset(rest_days)
    bridged = travel_bridges((start for start, _ in counting), days, rest, day_start)
    return PracticeRecord(by_day, days, rest, bridged)


def history_streaks(
    starts: Sequence[tuple[datetime, Iterable[float]]],
    rest_days: Collection[date],
    today: date,
    settings: StreakSettings,
) -> Streaks:
    """The streaks of a whole history as they stand on `today`: the one way the
    window, the session summary, the progress page and `unknot stats` count."""
    return practice_record(starts, rest_days, settings.day_start).streaks(today, settings)


def session_totals(sessions: Iterable[SessionRecord]) -> list[tuple[datetime, list[float]]]:
    """(start, seconds held per hold) for each session, as `history_streaks` takes them."""
    return [
        (session.started_at, [hold.held_seconds for hold in session.holds]) for session in sessions
    ]


@dataclass(frozen=True)
class WeekPractice:
    """A week: its first day, practice days, days needed for the goal
    (`week_needed`) and whole seconds held. `in_progress` for the week that
    holds today."""

    first_day: date
    practice_days: int
    needed: int
    seconds: float
    in_progress: bool

    @property
    def goal_met(self) -> bool:
        return self.practice_days >= self.needed

    @property
    def minutes(self) -> float:
        return self.seconds / 60


def weeks_of_practice(
    seconds_by_day: Mapping[date, float],
    rest_days: frozenset[date],
    today: date,
    week_start: int,
    weekly_goal: int,
    weeks: int,
    *,
    since: date | None,
    today_is_now: bool = True,
) -> tuple[WeekPractice, ...]:
    """At most the last `weeks` weeks (the last one holds `today`), oldest
    first, from the week that holds `since` on: the practice date of the first
    session (or the first day of a report, when later). None when there is no
    session: no weeks. No week covers time before `since` or after `today`:
    days outside count for nothing and lower the week's goal like rest days
    (`week_needed`), except the days to come of the week in progress, which is
    still open. The last week is in progress unless `today_is_now` is False (a
    report of a period that ended earlier)."""
    if weeks < 1:
        raise ValueError(f"at least one week, not {weeks}")
    if since is None or since > today:
        return ()
    last = week_of(today, week_start)
    first = max(last - timedelta(days=DAYS_IN_WEEK * (weeks - 1)), week_of(since, week_start))
    result = []
    start = first
    while start <= last:
        days = [start + timedelta(days=offset) for offset in range(DAYS_IN_WEEK)]
        inside = [day for day in days if since <= day <= today]
        held = [seconds_by_day.get(day, 0) for day in inside]
        practised = sum(1 for seconds in held if seconds >= PRACTICE_DAY_SECONDS)
        in_progress = today_is_now and start == last
        off = sum(
            1
            for day in days
            if day < since
            or (day > today and not in_progress)
            # A practised rest day is a practice day, as the streaks count it.
            or (day in rest_days and seconds_by_day.get(day, 0) < PRACTICE_DAY_SECONDS)
        )
        result.append(
            WeekPractice(start, practised, week_needed(weekly_goal, off), sum(held), in_progress)
        )
        start += timedelta(days=DAYS_IN_WEEK)
    return tuple(result)
