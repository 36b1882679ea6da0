"""Streaks: worked examples for every rule, a plain day-by-day reference to check
the one-pass version against, sessions recorded across zones and DST changes, and
journeys across the date line."""

from __future__ import annotations

import itertools
import os
import time as time_module
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, timezone
from functools import cache
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.records import hold
from unknot.core.areas import Tool
from unknot.core.clock import FakeClock
from unknot.core.records import (
    WORKED_SECONDS,
    Outcome,
    SessionKind,
    SessionRecord,
    practice_date,
)
from unknot.core.streaks import (
    PRACTICE_DAY_SECONDS,
    Streaks,
    StreakSettings,
    compute_streaks,
    practice_days,
    seconds_by_day,
    today_for,
    travel_bridges,
    week_of,
)

ONE_DAY = timedelta(days=1)
MONDAY = date(2026, 3, 2)
SUNDAY = date(2026, 3, 1)
_ids = itertools.count()


def span(first: date, last: date) -> set[date]:
    """Every date from first to last, both included."""
    return {first + timedelta(days=i) for i in range((last - first).days + 1)}


def march(*days: int) -> set[date]:
    return {date(2026, 3, day) for day in days}


def streaks(
    practised: Iterable[date],
    today: date,
    rest: Iterable[date] = (),
    goal: int = 5,
    week_start: int = 1,
) -> Streaks:
    settings = StreakSettings(weekly_goal=goal, week_start=week_start)
    return compute_streaks(set(practised), set(rest), today, settings)


def recorded(instant: datetime, zone: str) -> datetime:
    """The start as the store keeps it: wall time with the UTC offset then in force."""
    local = instant.astimezone(ZoneInfo(zone))
    offset = local.utcoffset()
    assert offset is not None
    return local.replace(tzinfo=timezone(offset))


def session(started_at: datetime, *held: float, zone: str = "UTC") -> SessionRecord:
    holds = tuple(
        hold(
            started_at,
            tools_tried=(Tool.TENNIS_BALL,),
            held_seconds=seconds,
            tenderness_before=None,
            tenderness_after=None,
        )
        for seconds in held
    )
    return SessionRecord(
        id=f"s{next(_ids)}",
        kind=SessionKind.FOCUS,
        outcome=Outcome.COMPLETED,
        started_at=started_at,
        time_zone=zone,
        local_date=started_at.date(),
        holds=holds,
    )


def session_at(instant: datetime, zone: str, *held: float) -> SessionRecord:
    return session(recorded(instant, zone), *held, zone=zone)


def wall(year: int, month: int, day: int, hour: int, minute: int, zone: str) -> datetime:
    """An unambiguous wall time in a zone, recorded with its offset."""
    return recorded(datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(zone)), zone)


# --- settings and helpers ------------------------------------------------------


def test_default_settings() -> None:
    settings = StreakSettings()
    assert (settings.weekly_goal, settings.week_start, settings.day_start) == (5, 1, time(0, 0))


@pytest.mark.parametrize(
    "kwargs",
    [
        {"weekly_goal": 0},
        {"weekly_goal": 8},
        {"weekly_goal": True},
        {"weekly_goal": 5.0},
        {"week_start": 0},
        {"week_start": 8},
        {"week_start": "monday"},
        {"day_start": time(3, 0, tzinfo=UTC)},
        {"day_start": time(3, 0, 30)},
        {"day_start": 3},
    ],
)
def test_settings_refuse_nonsense(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        StreakSettings(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("week_start", "first_day"),
    [
        (1, date(2026, 3, 2)),  # Monday
        (2, date(2026, 3, 3)),
        (3, date(2026, 3, 4)),  # Wednesday: the day itself
        (4, date(2026, 2, 26)),
        (5, date(2026, 2, 27)),
        (6, date(2026, 2, 28)),
        (7, date(2026, 3, 1)),  # Sunday
    ],
)
def test_week_of(week_start: int, first_day: date) -> None:
    assert week_of(date(2026, 3, 4), week_start) == first_day
    assert week_of(first_day + timedelta(days=6), week_start) == first_day


def test_week_of_refuses_a_bad_weekday() -> None:
    with pytest.raises(ValueError):
        week_of(MONDAY, 0)


def test_compute_streaks_wants_a_date_not_a_datetime() -> None:
    with pytest.raises(ValueError):
        compute_streaks(set(), set(), datetime(2026, 3, 2, 12, 0), StreakSettings())


# --- which day a session counts for ---------------------------------------------


def test_day_start_moves_a_late_night_session_to_the_day_before() -> None:
    late = session(wall(2026, 3, 3, 0, 30, "Europe/Berlin"), 120, zone="Europe/Berlin")
    assert seconds_by_day([late], time(0, 0)) == {date(2026, 3, 3): 120}
    assert seconds_by_day([late], time(3, 0)) == {date(2026, 3, 2): 120}


def test_day_start_boundary_belongs_to_the_new_day() -> None:
    on_time = session(wall(2026, 3, 3, 3, 0, "Europe/Berlin"), 120, zone="Europe/Berlin")
    just_before = session(wall(2026, 3, 3, 2, 59, "Europe/Berlin"), 120, zone="Europe/Berlin")
    assert seconds_by_day([on_time, just_before], time(3, 0)) == {
        date(2026, 3, 3): 120,
        date(2026, 3, 2): 120,
    }


def test_59_seconds_is_not_a_practice_day_and_60_is() -> None:
    day = wall(2026, 3, 2, 9, 0, "UTC")
    assert PRACTICE_DAY_SECONDS == 60
    assert practice_days(seconds_by_day([session(day, 59)], time(0, 0))) == frozenset()
    assert practice_days(seconds_by_day([session(day, 59.999)], time(0, 0))) == frozenset()
    assert practice_days(seconds_by_day([session(day, 60)], time(0, 0))) == {day.date()}


def test_a_day_adds_up_every_session_and_hold() -> None:
    morning = session(wall(2026, 3, 2, 8, 0, "UTC"), 20.5, 9.5)
    evening = session(wall(2026, 3, 2, 21, 0, "UTC"), 30)
    next_day = session(wall(2026, 3, 3, 8, 0, "UTC"), 45)
    totals = seconds_by_day([morning, evening, next_day], time(0, 0))
    # Whole seconds per hold: 20 + 9 + 30, as the holds' clocks showed them.
    assert totals == {date(2026, 3, 2): 59, date(2026, 3, 3): 45}
    assert practice_days(totals) == frozenset()
    more = session(wall(2026, 3, 2, 22, 0, "UTC"), 6)
    assert practice_days(seconds_by_day([morning, evening, more], time(0, 0))) == {date(2026, 3, 2)}


def test_the_sum_does_not_depend_on_the_order() -> None:
    # A minute held in pieces with fractions: whole seconds per hold add up exactly.
    parts = [5.1] * 10 + [10.0]
    start = wall(2026, 3, 2, 8, 0, "UTC")
    sessions = [session(start + timedelta(seconds=i), part) for i, part in enumerate(parts)]
    forward = seconds_by_day(sessions, time(0, 0))
    backward = seconds_by_day(reversed(sessions), time(0, 0))
    assert forward == backward == {date(2026, 3, 2): 60}
    assert practice_days(forward) == {date(2026, 3, 2)}


def test_a_session_without_holds_gives_no_practice_day() -> None:
    empty = session(wall(2026, 3, 2, 8, 0, "UTC"))
    skipped_only = session(wall(2026, 3, 2, 9, 0, "UTC"), 4.9, 4.9)
    totals = seconds_by_day([empty, skipped_only], time(0, 0))
    # Neither counts as practice: the date gets nothing from them.
    assert totals == {}
    assert practice_days(totals) == frozenset()


def test_today_for_follows_the_zone_and_the_day_start() -> None:
    now = datetime(2026, 3, 2, 23, 30, tzinfo=UTC)
    berlin = ZoneInfo("Europe/Berlin")  # 00:30 on 3 March there
    assert today_for(now, berlin, time(0, 0)) == date(2026, 3, 3)
    assert today_for(now, berlin, time(3, 0)) == date(2026, 3, 2)
    assert today_for(now, ZoneInfo("America/New_York"), time(0, 0)) == date(2026, 3, 2)
    with pytest.raises(ValueError):
        today_for(datetime(2026, 3, 2, 12, 0), berlin, time(0, 0))


# --- day streak -------------------------------------------------------------------


def test_consecutive_days_up_to_today() -> None:
    result = streaks(march(2, 3, 4, 5), today=date(2026, 3, 5))
    assert (result.day_streak, result.best_day_streak) == (4, 4)


def test_today_not_yet_practised_does_not_break_the_streak() -> None:
    assert streaks(march(2, 3, 4, 5), today=date(2026, 3, 6)).day_streak == 4


def test_a_missed_day_breaks_the_streak() -> None:
    result = streaks(march(2, 3, 4, 5), today=date(2026, 3, 7))
    assert (result.day_streak, result.best_day_streak) == (0, 4)
    result = streaks(march(2, 3, 5, 6), today=date(2026, 3, 6))
    assert (result.day_streak, result.best_day_streak) == (2, 2)


def test_rest_days_inside_a_run_neither_break_nor_count() -> None:
    result = streaks(march(2, 3, 6), rest=march(4, 5), today=date(2026, 3, 6))
    assert (result.day_streak, result.best_day_streak) == (3, 3)


def test_rest_days_at_the_end_keep_the_streak_open() -> None:
    assert streaks(march(2, 3), rest=march(4, 5), today=date(2026, 3, 6)).day_streak == 2
    assert streaks(march(2, 3), rest=march(4, 5, 6), today=date(2026, 3, 6)).day_streak == 2
    # 6 March was neither practised nor marked: by the 7th the run is over.
    assert streaks(march(2, 3), rest=march(4, 5), today=date(2026, 3, 7)).day_streak == 0


def test_only_rest_is_no_streak() -> None:
    result = streaks(set(), rest=march(2, 3, 4, 5), today=date(2026, 3, 5))
    assert (result.day_streak, result.best_day_streak) == (0, 0)


def test_a_practised_rest_day_is_a_practice_day() -> None:
    result = streaks(march(2, 3, 4), rest=march(3), today=date(2026, 3, 4))
    assert result.day_streak == 3


def test_practice_after_today_is_ignored() -> None:
    result = streaks(span(date(2026, 3, 2), date(2026, 3, 20)), today=date(2026, 3, 5))
    assert (result.day_streak, result.best_day_streak) == (4, 4)
    assert result.this_week_days == 4


def test_best_day_streak_remembers_an_earlier_longer_run() -> None:
    result = streaks(march(2, 3, 4, 5, 6, 10, 11), today=date(2026, 3, 11))
    assert (result.day_streak, result.best_day_streak) == (2, 5)


def test_nothing_at_all() -> None:
    result = streaks(set(), today=MONDAY)
    assert result == Streaks(
        day_streak=0,
        best_day_streak=0,
        week_streak=0,
        best_week_streak=0,
        this_week_days=0,
        this_week_needed=5,
        weekly_goal=5,
        week_start=1,
    )


# --- week streak (weeks from Monday 2 March 2026 unless said) ---------------------


def test_weeks_meeting_the_goal_in_a_row() -> None:
    practised = march(2, 3, 4) | march(9, 11, 13) | march(16, 17, 18)
    result = streaks(practised, today=date(2026, 3, 18), goal=3)
    assert (result.week_streak, result.best_week_streak, result.this_week_days) == (3, 3, 3)


def test_the_week_in_progress_counts_only_once_it_has_met_the_goal() -> None:
    practised = march(2, 3, 4) | march(9, 11, 13) | march(16)
    result = streaks(practised, today=date(2026, 3, 18), goal=3)
    assert (result.week_streak, result.best_week_streak, result.this_week_days) == (2, 2, 1)
    # Nothing yet this week breaks nothing either.
    result = streaks(march(2, 3, 4) | march(9, 11, 13), today=date(2026, 3, 18), goal=3)
    assert (result.week_streak, result.this_week_days) == (2, 0)


def test_a_week_short_of_the_goal_breaks_the_streak() -> None:
    practised = march(2, 3, 4) | march(9, 11) | march(16, 17, 18)
    result = streaks(practised, today=date(2026, 3, 18), goal=3)
    assert (result.week_streak, result.best_week_streak) == (1, 1)


def test_an_empty_week_breaks_the_streak() -> None:
    practised = march(2, 3, 4) | march(16)
    result = streaks(practised, today=date(2026, 3, 18), goal=3)
    assert (result.week_streak, result.best_week_streak) == (0, 1)


def test_an_empty_last_week_ends_the_streak() -> None:
    result = streaks(march(2, 3, 4), today=date(2026, 3, 16), goal=3)
    assert (result.week_streak, result.best_week_streak) == (0, 1)


def test_a_week_of_only_rest_days_is_skipped() -> None:
    practised = march(2, 3, 4) | march(9, 10, 11) | march(23, 24, 25)
    rest = span(date(2026, 3, 16), date(2026, 3, 22))
    result = streaks(practised, rest=rest, today=date(2026, 3, 25), goal=3)
    assert (result.week_streak, result.best_week_streak) == (3, 3)
    result = streaks(practised, rest=rest, today=date(2026, 3, 23), goal=3)
    assert (result.week_streak, result.best_week_streak) == (2, 2)


def test_a_week_of_rest_to_come_is_skipped_too() -> None:
    result = streaks(
        march(2, 3, 4),
        rest=span(date(2026, 3, 9), date(2026, 3, 15)),
        today=date(2026, 3, 9),
        goal=3,
    )
    assert (result.week_streak, result.this_week_needed) == (1, 0)


def test_rest_days_lower_what_a_week_needs() -> None:
    rest = march(2, 3, 4)
    assert streaks(march(5, 6, 7, 8), rest=rest, today=date(2026, 3, 8)).week_streak == 1
    assert streaks(march(5, 6, 7), rest=rest, today=date(2026, 3, 8)).week_streak == 0


def test_goal_seven_with_two_rest_days_needs_five() -> None:
    rest = march(4, 7)
    assert streaks(march(2, 3, 5, 6, 8), rest=rest, today=date(2026, 3, 8), goal=7).week_streak == 1
    result = streaks(march(2, 3, 5, 6), rest=rest, today=date(2026, 3, 8), goal=7)
    assert (result.week_streak, result.this_week_needed) == (0, 5)


def test_a_practised_rest_day_does_not_lower_the_goal() -> None:
    # Seven days asked, six practised; marking two of them as rest changes nothing.
    practised = march(2, 3, 4, 5, 6, 7)
    result = streaks(practised, rest=march(2, 3), today=date(2026, 3, 9), goal=7)
    assert result.best_week_streak == 0
    result = streaks(practised | march(8), rest=march(2, 3), today=date(2026, 3, 9), goal=7)
    assert result.best_week_streak == 1


def test_rest_days_later_this_week_lower_this_weeks_need() -> None:
    result = streaks(march(2, 3), rest=march(6, 7, 8), today=date(2026, 3, 4))
    assert (result.this_week_days, result.this_week_needed) == (2, 4)
    result = streaks(march(2, 3, 4, 5), rest=march(6, 7, 8), today=date(2026, 3, 5))
    assert result.week_streak == 1


def test_rest_days_after_this_week_change_nothing() -> None:
    result = streaks(
        march(2, 3), rest=span(date(2026, 3, 9), date(2026, 3, 15)), today=date(2026, 3, 4)
    )
    assert result == streaks(march(2, 3), today=date(2026, 3, 4))


def test_week_start_sunday_versus_monday() -> None:
    practised = march(1, 2, 8, 9)  # Sunday, Monday, Sunday, Monday
    today = date(2026, 3, 10)
    # Weeks from Monday: {1}, {2, 8}, {9} so far.
    by_monday = streaks(practised, today=today, goal=2, week_start=1)
    assert (by_monday.week_streak, by_monday.this_week_days) == (1, 1)
    # Weeks from Sunday: {1, 2}, {8, 9}.
    by_sunday = streaks(practised, today=today, goal=2, week_start=7)
    assert (by_sunday.week_streak, by_sunday.this_week_days) == (2, 2)
    assert by_sunday.week_start == 7


def test_best_week_streak_remembers_an_earlier_longer_run() -> None:
    practised = set[date]()
    for week in range(4):
        practised |= span(MONDAY + timedelta(weeks=week), MONDAY + timedelta(weeks=week, days=4))
    practised |= span(MONDAY + timedelta(weeks=5), MONDAY + timedelta(weeks=5, days=4))
    result = streaks(practised, today=MONDAY + timedelta(weeks=5, days=4))
    assert (result.week_streak, result.best_week_streak) == (1, 4)


def test_ten_years_of_daily_practice() -> None:
    first = date(2016, 1, 4)  # a Monday, so every week is whole
    sessions = [
        session(datetime(2016, 1, 4, 18, 0, tzinfo=UTC) + timedelta(days=i), 120, 60)
        for i in range(520 * 7)
    ]
    last = first + timedelta(days=520 * 7 - 1)
    days = practice_days(seconds_by_day(sessions, time(0, 0)))
    result = compute_streaks(days, set(), last, StreakSettings())
    assert (result.day_streak, result.best_day_streak) == (3640, 3640)
    assert (result.week_streak, result.best_week_streak, result.this_week_days) == (520, 520, 7)


# --- the rules again, checked against a plain day-by-day reference ------------------


def reference_week_start(day: date, week_start: int) -> date:
    while day.isoweekday() != week_start:
        day -= ONE_DAY
    return day


def reference(
    practised: set[date], rest: set[date], today: date, goal: int, week_start: int
) -> Streaks:
    """The rules read literally: walk back day by day and week by week from every
    possible end, with plain loops and lists."""
    practised = {day for day in practised if day <= today}

    def day_streak_on(day: date) -> int:
        count = 0
        if day not in practised:
            day -= ONE_DAY  # the day itself is still open
        while day in practised or day in rest:
            if day in practised:
                count += 1
            day -= ONE_DAY
        return count

    first = min([*practised, *rest, today]) - timedelta(days=7)
    all_days: list[date] = []
    day = first
    while day <= today:
        all_days.append(day)
        day += ONE_DAY

    this_week = reference_week_start(today, week_start)
    weeks: list[list[date]] = []
    start = reference_week_start(first, week_start)
    while start <= this_week:
        weeks.append([start + timedelta(days=i) for i in range(7)])
        start += timedelta(days=7)

    def needed(week: list[date]) -> int:
        idle_rest = [day for day in week if day in rest and day not in practised]
        return min(goal, 7 - len(idle_rest))

    def done(week: list[date]) -> int:
        return len([day for day in week if day in practised])

    statuses: list[str] = []
    for week in weeks:
        if needed(week) == 0:
            statuses.append("rest")
        elif done(week) >= needed(week):
            statuses.append("met")
        else:
            statuses.append("missed")

    def week_streak_on(index: int) -> int:
        count = 0
        if statuses[index] == "missed":
            index -= 1  # the week itself is still open
        while index >= 0 and statuses[index] != "missed":
            if statuses[index] == "met":
                count += 1
            index -= 1
        return count

    return Streaks(
        day_streak=day_streak_on(today),
        best_day_streak=max(day_streak_on(day) for day in all_days),
        week_streak=week_streak_on(len(weeks) - 1),
        best_week_streak=max(week_streak_on(i) for i in range(len(weeks))),
        this_week_days=done(weeks[-1]),
        this_week_needed=needed(weeks[-1]),
        weekly_goal=goal,
        week_start=week_start,
    )


@dataclass(frozen=True)
class History:
    practised: set[date]
    rest: set[date]
    today: date
    goal: int
    week_start: int


DAY_KINDS = ("practised", "rest", "practised and rest", "nothing")


@st.composite
def histories(draw: st.DrawFn) -> History:
    # Drawing the mix first gives histories of every density: all practice, mostly
    # rest, sparse, and everything between. Stretches of up to two weeks of one
    # kind make whole weeks of rest and unbroken runs common.
    mix = draw(st.lists(st.sampled_from(DAY_KINDS), min_size=1, max_size=6))
    stretches = draw(st.lists(st.tuples(st.sampled_from(mix), st.integers(1, 14)), max_size=30))
    kinds = [kind for kind, length in stretches for _ in range(length)]
    first = draw(st.dates(date(2020, 1, 1), date(2030, 12, 31)))
    return _history(draw, first, kinds)


def _history(draw: st.DrawFn, first: date, kinds: list[str]) -> History:
    days = [(first + timedelta(days=i), kind) for i, kind in enumerate(kinds)]
    return History(
        practised={day for day, kind in days if kind.startswith("practised")},
        rest={day for day, kind in days if kind.endswith("rest")},
        today=first + timedelta(days=draw(st.integers(-10, len(kinds) + 10))),
        goal=draw(st.integers(1, 7)),
        week_start=draw(st.integers(1, 7)),
    )


@given(histories())
def test_matches_the_reference(history: History) -> None:
    expected = reference(
        history.practised, history.rest, history.today, history.goal, history.week_start
    )
    actual = streaks(
        history.practised,
        today=history.today,
        rest=history.rest,
        goal=history.goal,
        week_start=history.week_start,
    )
    assert actual == expected


@given(histories())
def test_best_is_never_below_current(history: History) -> None:
    result = streaks(
        history.practised, history.today, history.rest, history.goal, history.week_start
    )
    assert result.best_day_streak >= result.day_streak >= 0
    assert result.best_week_streak >= result.week_streak >= 0
    assert 0 <= result.this_week_days <= 7
    assert 0 <= result.this_week_needed <= result.weekly_goal


@given(histories(), st.integers(1, 30))
def test_nothing_after_today_matters(history: History, later: int) -> None:
    today = history.today
    past = {day for day in history.practised if day <= today}
    with_future = past | {today + timedelta(days=i) for i in range(1, later + 1)}
    assert streaks(with_future, today, history.rest, history.goal, history.week_start) == streaks(
        past, today, history.rest, history.goal, history.week_start
    )


# --- sessions across zones and DST changes ----------------------------------------

ZONES = (
    "Europe/Berlin",
    "America/New_York",
    "Australia/Lord_Howe",  # moves by half an hour
    "Pacific/Apia",  # skipped 30 December 2011, dropped DST in 2021
    "Asia/Kolkata",  # +05:30, no DST
    "UTC",
)
FIRST_INSTANT = datetime(2010, 1, 1, tzinfo=UTC)
LAST_INSTANT = datetime(2027, 12, 31, tzinfo=UTC)


@cache
def offset_changes(zone_name: str) -> tuple[datetime, ...]:
    """The instants (to the minute) at which the zone's UTC offset changed."""
    zone = ZoneInfo(zone_name)

    def offset(instant: datetime) -> timedelta | None:
        return instant.astimezone(zone).utcoffset()

    changes: list[datetime] = []
    before = FIRST_INSTANT
    while before < LAST_INSTANT:
        after = before + ONE_DAY
        if offset(before) != offset(after):
            low, high = before, after
            while high - low > timedelta(minutes=1):
                middle = low + (high - low) / 2
                if offset(middle) == offset(low):
                    low = middle
                else:
                    high = middle
            changes.append(high.replace(second=0, microsecond=0))
        before = after
    return tuple(changes)


def test_the_zones_do_change_offsets() -> None:
    assert len(offset_changes("Europe/Berlin")) >= 30
    assert len(offset_changes("Australia/Lord_Howe")) >= 30
    assert datetime(2011, 12, 30, 10, 0, tzinfo=UTC) in offset_changes("Pacific/Apia")
    assert offset_changes("Asia/Kolkata") == ()


@st.composite
def instants_in_zones(draw: st.DrawFn) -> tuple[datetime, str]:
    """A moment and the zone it was recorded in, often within hours of a DST change."""
    zone = draw(st.sampled_from(ZONES))
    changes = offset_changes(zone)
    near_a_change = bool(changes) and draw(st.booleans())
    if near_a_change:
        change = draw(st.sampled_from(changes))
        instant = change + timedelta(minutes=draw(st.integers(-36 * 60, 36 * 60)))
    else:
        instant = draw(
            st.datetimes(
                FIRST_INSTANT.replace(tzinfo=None),
                LAST_INSTANT.replace(tzinfo=None),
                timezones=st.just(UTC),
            )
        )
    return instant, zone


day_starts = st.builds(time, st.integers(0, 6), st.sampled_from([0, 15, 30]))


def expected_date(instant: datetime, zone: str, day_start: time) -> date:
    local = instant.astimezone(ZoneInfo(zone))
    if local.time() < day_start:
        return local.date() - ONE_DAY
    return local.date()


@given(st.lists(st.tuples(instants_in_zones(), st.integers(0, 400)), max_size=12), day_starts)
def test_each_session_counts_for_its_local_date(
    recorded_sessions: list[tuple[tuple[datetime, str], int]], day_start: time
) -> None:
    sessions = [
        session_at(instant, zone, seconds) for (instant, zone), seconds in recorded_sessions
    ]
    expected: dict[date, float] = {}
    for ((instant, zone), seconds), recorded_session in zip(
        recorded_sessions, sessions, strict=True
    ):
        day = expected_date(instant, zone, day_start)
        assert day == practice_date(recorded_session.local_start, day_start)
        if seconds >= WORKED_SECONDS:
            expected[day] = expected.get(day, 0) + seconds
    assert seconds_by_day(sessions, day_start) == expected


@given(instants_in_zones(), day_starts)
def test_today_is_the_day_a_session_started_now_counts_for(
    moment: tuple[datetime, str], day_start: time
) -> None:
    instant, zone = moment
    counted_for = seconds_by_day([session_at(instant, zone, 90)], day_start)
    assert counted_for == {today_for(instant, ZoneInfo(zone), day_start): 90}


@given(instants_in_zones(), day_starts)
def test_a_zone_aware_start_counts_like_a_fixed_offset(
    moment: tuple[datetime, str], day_start: time
) -> None:
    instant, zone = moment
    with_zone = session(instant.astimezone(ZoneInfo(zone)), 90, zone=zone)
    with_offset = session_at(instant, zone, 90)
    assert seconds_by_day([with_zone], day_start) == seconds_by_day([with_offset], day_start)


@contextmanager
def process_zone(name: str) -> Iterator[None]:
    saved = os.environ.get("TZ")
    os.environ["TZ"] = name
    time_module.tzset()
    try:
        yield
    finally:
        if saved is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = saved
        time_module.tzset()


@pytest.mark.skipif(not hasattr(time_module, "tzset"), reason="needs time.tzset")
@given(st.lists(instants_in_zones(), min_size=1, max_size=8), day_starts)
def test_the_machines_zone_does_not_move_recorded_days(
    moments: list[tuple[datetime, str]], day_start: time
) -> None:
    sessions = [session_at(instant, zone, 90) for instant, zone in moments]
    here = seconds_by_day(sessions, day_start)
    for zone in ("Pacific/Kiritimati", "America/Los_Angeles", "Pacific/Apia"):
        with process_zone(zone):
            assert seconds_by_day(sessions, day_start) == here


@given(
    instants_in_zones(),
    st.sampled_from(ZONES),
    st.integers(-3 * 24 * 60, 3 * 24 * 60),
    day_starts,
)
def test_travel_or_a_clock_change_does_not_move_recorded_days(
    first: tuple[datetime, str], new_zone: str, wall_shift: int, day_start: time
) -> None:
    instant, zone = first
    clock = FakeClock(now=instant, zone=zone)
    history = [session_at(clock.now(), clock.zone().key, 120)]
    before = seconds_by_day(history, day_start)

    clock.set_zone(new_zone)
    clock.set_wall(clock.now() + timedelta(minutes=wall_shift))
    later = session_at(clock.now(), clock.zone().key, 90)
    after = seconds_by_day([*history, later], day_start)

    later_day = today_for(clock.now(), clock.zone(), day_start)
    assert after.get(later_day) == before.get(later_day, 0) + 90
    assert {day: seconds for day, seconds in after.items() if day != later_day} == {
        day: seconds for day, seconds in before.items() if day != later_day
    }


def test_dst_changes_keep_sessions_on_their_local_date() -> None:
    def days(zone: str, *utc: datetime, day_start: time = time(0, 0)) -> dict[date, int]:
        return seconds_by_day([session_at(instant, zone, 60) for instant in utc], day_start)

    # New York springs forward at 02:00: 01:50 EST and 03:10 EDT, twenty minutes apart.
    spring = (datetime(2026, 3, 8, 6, 50, tzinfo=UTC), datetime(2026, 3, 8, 7, 10, tzinfo=UTC))
    assert days("America/New_York", *spring) == {date(2026, 3, 8): 120}
    assert days("America/New_York", *spring, day_start=time(3, 0)) == {
        date(2026, 3, 7): 60,
        date(2026, 3, 8): 60,
    }
    # Berlin falls back: 02:30 happens twice, an hour apart, both on 25 October.
    autumn = (datetime(2026, 10, 25, 0, 30, tzinfo=UTC), datetime(2026, 10, 25, 1, 30, tzinfo=UTC))
    assert days("Europe/Berlin", *autumn) == {date(2026, 10, 25): 120}
    assert days("Europe/Berlin", *autumn, day_start=time(3, 0)) == {date(2026, 10, 24): 120}
    # Lord Howe goes back half an hour: 01:45 twice.
    half = (datetime(2026, 4, 4, 14, 45, tzinfo=UTC), datetime(2026, 4, 4, 15, 15, tzinfo=UTC))
    assert days("Australia/Lord_Howe", *half) == {date(2026, 4, 5): 120}
    assert days("Australia/Lord_Howe", *half, day_start=time(2, 0)) == {date(2026, 4, 4): 120}
    # Samoa skipped 30 December 2011: an hour apart, two calendar days apart.
    leap = (datetime(2011, 12, 30, 9, 30, tzinfo=UTC), datetime(2011, 12, 30, 10, 30, tzinfo=UTC))
    assert days("Pacific/Apia", *leap) == {date(2011, 12, 29): 60, date(2011, 12, 31): 60}
    # India is half an hour off the hour: 00:30 with the day starting at 01:00.
    kolkata = datetime(2026, 3, 1, 19, 0, tzinfo=UTC)
    assert days("Asia/Kolkata", kolkata) == {date(2026, 3, 2): 60}
    assert days("Asia/Kolkata", kolkata, day_start=time(1, 0)) == {date(2026, 3, 1): 60}


def test_a_trip_keeps_each_day_where_it_was_practised() -> None:
    berlin = [
        session(wall(2026, 3, 2, 21, 0, "Europe/Berlin"), 120, zone="Europe/Berlin"),
        # 00:30 in Berlin is still the evening of 3 March in New York: it stays on 4 March.
        session(wall(2026, 3, 4, 0, 30, "Europe/Berlin"), 120, zone="Europe/Berlin"),
    ]
    new_york = [
        session(wall(2026, 3, 4, 20, 0, "America/New_York"), 120, zone="America/New_York"),
    ]
    totals = seconds_by_day([*berlin, *new_york], time(0, 0))
    assert totals == {date(2026, 3, 2): 120, date(2026, 3, 4): 240}

    now = datetime(2026, 3, 5, 14, 0, tzinfo=UTC)
    today = today_for(now, ZoneInfo("America/New_York"), time(0, 0))
    assert today == date(2026, 3, 5)
    result = compute_streaks(practice_days(totals), set(), today, StreakSettings())
    assert result.day_streak == 1  # 3 March had nothing
    result = compute_streaks(practice_days(totals), {date(2026, 3, 3)}, today, StreakSettings())
    assert result.day_streak == 2


# --- journeys across the date line ----------------------------------------------------


def trip_streaks(
    sessions: list[SessionRecord],
    today: date,
    rest: Iterable[date] = (),
    day_start: time = time(0, 0),
    goal: int = 5,
    week_start: int = 1,
) -> Streaks:
    """The whole way from recorded sessions, as the app and `unknot stats` go."""
    rest = set(rest)
    days = practice_days(seconds_by_day(sessions, day_start))
    starts = [session.started_at for session in sessions]
    bridged = travel_bridges(starts, days, rest, day_start)
    settings = StreakSettings(weekly_goal=goal, week_start=week_start, day_start=day_start)
    return compute_streaks(days, rest, today, settings, bridged=bridged)


def evenings(zone: str, first: date, count: int, hour: int = 20) -> list[SessionRecord]:
    return [
        session(wall(first.year, first.month, first.day + i, hour, 0, zone), 600, zone=zone)
        for i in range(count)
    ]


LOS_ANGELES = "America/Los_Angeles"
SYDNEY = "Australia/Sydney"


@pytest.mark.parametrize("day_start", [time(0, 0), time(3, 0)])
def test_flying_west_over_the_date_line_keeps_the_streak(day_start: time) -> None:
    # Five evenings in Los Angeles, Monday 5 to Friday 9 January, at 20:00 (UTC-8).
    los_angeles = evenings(LOS_ANGELES, date(2026, 1, 5), 5)
    # The flight leaves that night; 17 hours after the last session it is 08:00 on
    # Sunday 11 January in Sydney (UTC+11). Saturday 10 January never happened there.
    last = los_angeles[-1].started_at
    sydney_morning = last + timedelta(hours=17)
    sydney = session_at(sydney_morning, SYDNEY, 600)
    assert sydney.started_at.replace(tzinfo=None) == datetime(2026, 1, 11, 8, 0)
    history = [*los_angeles, sydney]
    today = today_for(sydney_morning, ZoneInfo(SYDNEY), day_start)
    assert today == date(2026, 1, 11)

    days = practice_days(seconds_by_day(history, day_start))
    skipped = travel_bridges([s.started_at for s in history], days, set(), day_start)
    assert skipped == {date(2026, 1, 10)}
    result = trip_streaks(history, today, day_start=day_start)
    assert (result.day_streak, result.best_day_streak) == (6, 6)
    # The skipped Saturday counts like a rest day for the week too: five of six.
    assert (result.week_streak, result.this_week_days, result.this_week_needed) == (1, 6, 5)
    # Before the rule, the calendar date the flight skipped broke the run.
    plain = compute_streaks(days, set(), today, StreakSettings(day_start=day_start))
    assert plain.day_streak == 1

    # And it goes on from Sydney the next morning.
    next_morning = session_at(sydney_morning + ONE_DAY, SYDNEY, 600)
    assert trip_streaks([*history, next_morning], today + ONE_DAY).day_streak == 7


def test_flying_east_repeats_a_date_and_counts_it_once() -> None:
    # Five evenings in Sydney, then the flight east lands in Los Angeles on the
    # same Friday: practising there that evening is Friday 9 January again.
    sydney = evenings(SYDNEY, date(2026, 1, 5), 5)
    again = session(wall(2026, 1, 9, 20, 0, LOS_ANGELES), 600, zone=LOS_ANGELES)
    assert again.started_at - sydney[-1].started_at == timedelta(hours=19)
    saturday = session(wall(2026, 1, 10, 20, 0, LOS_ANGELES), 600, zone=LOS_ANGELES)
    history = [*sydney, again, saturday]
    days = practice_days(seconds_by_day(history, time(0, 0)))
    assert days == span(date(2026, 1, 5), date(2026, 1, 10))
    assert travel_bridges([s.started_at for s in history], days, set(), time(0, 0)) == set()
    result = trip_streaks(history, date(2026, 1, 10))
    assert (result.day_streak, result.this_week_days) == (6, 6)


def test_flying_east_and_missing_a_day_is_a_missed_day() -> None:
    sydney = evenings(SYDNEY, date(2026, 1, 5), 5)
    # Friday evening in Sydney, then nothing until Sunday evening in Los Angeles,
    # 55 hours later: Saturday was there to practise on, in either zone.
    sunday = session(wall(2026, 1, 11, 20, 0, LOS_ANGELES), 600, zone=LOS_ANGELES)
    history = [*sydney, sunday]
    assert trip_streaks(history, date(2026, 1, 11)).day_streak == 1


def test_a_gap_at_home_is_never_bridged() -> None:
    for zone in (LOS_ANGELES, SYDNEY, "Pacific/Kiritimati", "Pacific/Pago_Pago"):
        # The latest evening and the earliest morning the zone has, a day apart.
        history = [
            session(wall(2026, 1, 9, 23, 59, zone), 600, zone=zone),
            session(wall(2026, 1, 11, 0, 0, zone), 600, zone=zone),
        ]
        assert trip_streaks(history, date(2026, 1, 11)).day_streak == 1, zone


def test_a_rest_day_in_the_gap_leaves_the_gap_to_the_rest_days() -> None:
    # 23:30 on the 9th at UTC-12, then 00:30 on the 12th at UTC+14, 23 hours later:
    # two dates skipped, the 10th and the 11th.
    west = session(datetime(2026, 1, 9, 23, 30, tzinfo=timezone(-timedelta(hours=12))), 600)
    east = session(datetime(2026, 1, 12, 0, 30, tzinfo=timezone(timedelta(hours=14))), 600)
    days = practice_days(seconds_by_day([west, east], time(0, 0)))
    starts = [west.started_at, east.started_at]
    assert travel_bridges(starts, days, set(), time(0, 0)) == {
        date(2026, 1, 10),
        date(2026, 1, 11),
    }
    assert trip_streaks([west, east], date(2026, 1, 12)).day_streak == 2
    # Marking one of them as rest means the person counted the gap themselves.
    assert travel_bridges(starts, days, {date(2026, 1, 10)}, time(0, 0)) == set()
    result = trip_streaks([west, east], date(2026, 1, 12), rest={date(2026, 1, 10)})
    assert result.day_streak == 1


def test_a_bridge_waits_for_the_practice_that_closes_it() -> None:
    los_angeles = evenings(LOS_ANGELES, date(2026, 1, 5), 5)
    sydney = session_at(los_angeles[-1].started_at + timedelta(hours=17), SYDNEY, 600)
    history = [*los_angeles, sydney]
    # Seen from Saturday the 10th, the Sydney session has not happened yet: the
    # Saturday is still open, and a goal of seven still asks for seven days.
    saturday = trip_streaks(history, date(2026, 1, 10), goal=7)
    assert (saturday.day_streak, saturday.this_week_needed) == (5, 7)
    sunday = trip_streaks(history, date(2026, 1, 11), goal=7)
    assert (sunday.day_streak, sunday.this_week_needed, sunday.week_streak) == (6, 6, 1)


# The reference again, now from sessions: the journey rule read literally, day by day.

OFFSETS = tuple(
    timezone(timedelta(minutes=minutes))
    for minutes in (-12 * 60, -10 * 60, -8 * 60, -5 * 60, 0, 60, 330, 9 * 60, 11 * 60, 765, 14 * 60)
)


@dataclass(frozen=True)
class Journey:
    history: History
    day_start: time
    sessions: list[SessionRecord]


# What follows a stay somewhere: the next stay at once, a day or two of nothing
# (a flight, or just missed days), or days marked or practised as rest.
AFTER_A_STAY = (
    (),
    ("nothing",),
    ("nothing",),
    ("nothing", "nothing"),
    ("rest",),
    ("nothing", "rest"),
    ("practised and rest",),
    ("nothing",) * 8,
)


@st.composite
def journeys(draw: st.DrawFn) -> Journey:
    """Stays of a few practice days in one of the world's offsets, at any hour,
    with short gaps between them, so the days around a gap often lie a step
    apart in one of the two zones. Days without practice may hold a try under a
    minute, and a practice day may have tries before or after its minute."""
    places = draw(st.lists(st.sampled_from(OFFSETS), min_size=1, max_size=4, unique=True))
    stays = draw(
        st.lists(
            st.tuples(st.sampled_from(places), st.integers(1, 6), st.sampled_from(AFTER_A_STAY)),
            min_size=1,
            max_size=10,
        )
    )
    kinds: list[str] = []
    zones: list[timezone] = []
    for zone, days, after in stays:
        kinds += ["practised"] * days + list(after)
        zones += [zone] * (days + len(after))
    first = draw(st.dates(date(2020, 1, 1), date(2030, 12, 31)))
    history = _history(draw, first, kinds)
    # Often today is in a gap, before the practice that would close it.
    gaps = [first + timedelta(days=i) for i, kind in enumerate(kinds) if kind == "nothing"]
    in_a_gap = draw(st.booleans())
    if gaps and in_a_gap:
        history = replace(history, today=draw(st.sampled_from(gaps)))
    # A goal of seven feels every day that counts like rest.
    history = replace(history, goal=draw(st.sampled_from([7, history.goal])))
    day_start = draw(day_starts)
    minutes = st.one_of(st.integers(0, 24 * 60 - 1), st.sampled_from([0, 60, 20 * 60, 1439]))
    sessions: list[SessionRecord] = []
    for offset, zone in enumerate(zones):
        day = first + timedelta(days=offset)
        if day in history.practised:
            held = [60.0, 0.0, 30.0][: draw(st.integers(1, 3))]
        elif draw(st.integers(0, 4)) == 0:
            held = [draw(st.floats(0, 59.9))]
        else:
            continue
        for seconds in held:
            local = datetime.combine(day, day_start) + timedelta(minutes=draw(minutes))
            sessions.append(session(local.replace(tzinfo=zone), seconds))
    return Journey(history, day_start, sessions)


def reference_bridges(journey: Journey) -> set[date]:
    """Every unmarked day between two practice days, none of the days between them
    a rest day, whose neighbouring sessions are a date or less apart in either zone."""
    history, day_start = journey.history, journey.day_start
    practised = {day for day in history.practised if day <= history.today}
    by_day: dict[date, list[datetime]] = {}
    for recorded_session in journey.sessions:
        day = practice_date(recorded_session.started_at, day_start)
        by_day.setdefault(day, []).append(recorded_session.started_at)
    bridged: set[date] = set()
    for day in sorted(practised):
        later = day + ONE_DAY
        while later not in practised and later <= history.today:
            later += ONE_DAY
        if later > history.today or later == day + ONE_DAY:
            continue
        gap = span(day + ONE_DAY, later - ONE_DAY)
        if gap & history.rest:
            continue
        before, after = max(by_day[day]), min(by_day[later])
        for zone in (before.tzinfo, after.tzinfo):
            one = practice_date(before.astimezone(zone), day_start)
            other = practice_date(after.astimezone(zone), day_start)
            if abs((other - one).days) <= 1:
                bridged |= gap
    return bridged


@given(journeys())
def test_journeys_match_the_reference(journey: Journey) -> None:
    history = journey.history
    days = practice_days(seconds_by_day(journey.sessions, journey.day_start))
    assert days == history.practised
    expected = reference(
        history.practised,
        history.rest | reference_bridges(journey),
        history.today,
        history.goal,
        history.week_start,
    )
    actual = trip_streaks(
        journey.sessions,
        history.today,
        rest=history.rest,
        day_start=journey.day_start,
        goal=history.goal,
        week_start=history.week_start,
    )
    assert actual == expected


@given(journeys())
def test_a_journey_never_costs_a_streak(journey: Journey) -> None:
    history = journey.history
    settings = StreakSettings(
        weekly_goal=history.goal, week_start=history.week_start, day_start=journey.day_start
    )
    without = compute_streaks(history.practised, history.rest, history.today, settings)
    with_journeys = trip_streaks(
        journey.sessions,
        history.today,
        rest=history.rest,
        day_start=journey.day_start,
        goal=history.goal,
        week_start=history.week_start,
    )
    for field in ("day_streak", "best_day_streak", "week_streak", "best_week_streak"):
        assert getattr(with_journeys, field) >= getattr(without, field)
    assert with_journeys.this_week_days == without.this_week_days


@given(journeys())
def test_nothing_after_today_matters_on_a_journey(journey: Journey) -> None:
    history, day_start = journey.history, journey.day_start

    def streaks_of(sessions: list[SessionRecord]) -> Streaks:
        return trip_streaks(
            sessions, history.today, history.rest, day_start, history.goal, history.week_start
        )

    so_far = [
        s for s in journey.sessions if practice_date(s.started_at, day_start) <= history.today
    ]
    assert streaks_of(journey.sessions) == streaks_of(so_far)


@given(journeys(), st.sampled_from(OFFSETS))
def test_staying_in_one_zone_bridges_nothing(journey: Journey, home: timezone) -> None:
    at_home = [s.started_at.replace(tzinfo=home) for s in journey.sessions]
    days = practice_days(seconds_by_day(journey.sessions, journey.day_start))
    assert travel_bridges(at_home, days, set(), journey.day_start) == set()


@given(journeys())
def test_bridges_lie_between_practice_days_and_off_rest_days(journey: Journey) -> None:
    history = journey.history
    starts = [s.started_at for s in journey.sessions]
    bridged = travel_bridges(starts, history.practised, history.rest, journey.day_start)
    assert not bridged & history.practised
    assert not bridged & history.rest
    for day in bridged:
        assert min(history.practised) < day < max(history.practised)
