"""The progress view's numbers: streaks through DST changes and rest days, the
week in marks and bars, every spot's figures and trend, and the nudge rule."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.records import hold
from unknot.core.areas import AreaId, Side, Tool
from unknot.core.progress import (
    CALENDAR_WEEKS,
    CHART_WEEKS,
    NUDGE_MIN_TENDERNESS,
    RECENT_DAYS,
    DayState,
    Progress,
    Trend,
    build_progress,
    calendar_start,
    halves,
    has_eased,
    nudges_for,
    sessions_by_day,
    shade_level,
    trend_of,
    week_marks,
    weekly_totals,
)
from unknot.core.records import Outcome, SessionKind, SessionRecord
from unknot.core.streaks import StreakSettings

BERLIN = ZoneInfo("Europe/Berlin")
_ids = itertools.count()

# (area, side, seconds held, rating before, rating after)
Hold = tuple[AreaId, Side | None, float, int | None, int | None]
NECK_LEFT: Hold = (AreaId.NECK, Side.LEFT, 120.0, 6, 4)


def session(
    local: datetime,
    holds: Sequence[Hold] = (NECK_LEFT,),
    zone: ZoneInfo = BERLIN,
    kind: SessionKind = SessionKind.FOCUS,
) -> SessionRecord:
    """A session starting at the wall time `local` in `zone` (its offset the one
    in force there then), its holds one after another."""
    started = local.replace(tzinfo=zone)
    moment = started
    records = []
    for area_id, side, seconds, before, after in holds:
        records.append(
            hold(
                moment,
                area=area_id,
                side=side,
                tools_tried=(Tool.HANDS,),
                held_seconds=seconds,
                tenderness_before=before,
                tenderness_after=after,
            )
        )
        moment += timedelta(seconds=seconds + 20)
    return SessionRecord(
        id=f"s{next(_ids)}",
        kind=kind,
        outcome=Outcome.COMPLETED,
        started_at=started,
        time_zone=zone.key,
        local_date=local.date(),
        ended_at=moment,
        holds=tuple(records),
    )


def on(day: date, hour: int = 8, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def progress(
    sessions: Sequence[SessionRecord],
    today: date,
    rest: Sequence[date] = (),
    **settings: object,
) -> Progress:
    return build_progress(sessions, rest, today, StreakSettings(**settings))  # type: ignore[arg-type]


# --- the method's measure ---------------------------------------------------------


@pytest.mark.parametrize(
    ("earlier", "later", "eased"),
    [
        (6, 4, True),  # two points
        (6, 5, False),
        (3, 1, True),  # two points
        (2, 1, True),  # half
        (3, 2, False),
        (1, 0, True),  # half (and more)
        (0, 0, False),  # nothing to ease
        (5, 5, False),
        (4, 6, False),
        (7.5, 5.6, False),
        (7.5, 5.5, True),
    ],
)
def test_a_rating_eases_when_it_drops_two_points_or_by_half(
    earlier: float, later: float, eased: bool
) -> None:
    assert has_eased(earlier, later) is eased


def test_trend_is_improving_flat_or_worse() -> None:
    assert trend_of(6, 4) is Trend.IMPROVING
    assert trend_of(6, 5) is Trend.FLAT
    assert trend_of(4, 5.9) is Trend.FLAT
    assert trend_of(4, 6) is Trend.WORSE


def test_halves_leave_the_middle_day_out() -> None:
    assert halves([]) is None
    assert halves([5]) is None
    assert halves([6, 2]) == (6, 2)
    assert halves([6, 100, 2]) == (6, 2)
    assert halves([6, 4, 3, 1]) == (5, 2)


@given(st.lists(st.integers(0, 10), min_size=2, max_size=40))
def test_halves_average_equal_counts_of_days(ratings: list[int]) -> None:
    split = halves(ratings)
    assert split is not None
    half = len(ratings) // 2
    assert split[0] == pytest.approx(sum(ratings[:half]) / half)
    assert split[1] == pytest.approx(sum(ratings[-half:]) / half)


# --- days, weeks and shades ---------------------------------------------------------


def test_shade_levels_follow_fixed_minute_steps() -> None:
    assert [shade_level(s) for s in (0, 1, 299, 300, 599, 600, 1199, 1200, 99999)] == [
        0,
        1,
        1,
        2,
        2,
        3,
        3,
        4,
        4,
    ]


@pytest.mark.parametrize("week_start", [1, 7, 6])
def test_the_calendar_starts_on_the_chosen_weekday_a_year_back(week_start: int) -> None:
    today = date(2026, 3, 11)  # a Wednesday
    first = calendar_start(today, week_start)
    assert first.isoweekday() == week_start
    last = first + timedelta(days=CALENDAR_WEEKS * 7 - 1)
    assert last >= today > last - timedelta(days=7)
    assert (today - first).days >= 364


def test_this_week_as_seven_marks() -> None:
    today = date(2026, 3, 11)  # Wednesday
    seconds = {date(2026, 3, 9): 300.0, date(2026, 3, 10): 30.0}
    marks = week_marks(today, 1, seconds, {date(2026, 3, 10), date(2026, 3, 14)})
    assert [m.day for m in marks] == [date(2026, 3, 9) + timedelta(days=i) for i in range(7)]
    assert [m.state for m in marks] == [
        DayState.PRACTISED,
        DayState.REST,  # half a minute is a try, and it was marked rest
        DayState.TODAY,
        DayState.TO_COME,
        DayState.TO_COME,
        DayState.REST,  # a rest day planned ahead
        DayState.TO_COME,
    ]
    assert [m.is_today for m in marks] == [False, False, True, False, False, False, False]


def test_this_week_starting_on_sunday_shows_a_missed_day() -> None:
    today = date(2026, 3, 11)
    marks = week_marks(today, 7, {date(2026, 3, 11): 90.0}, ())
    assert marks[0].day == date(2026, 3, 8)
    assert [m.state for m in marks[:5]] == [
        DayState.MISSED,
        DayState.MISSED,
        DayState.MISSED,
        DayState.PRACTISED,
        DayState.TO_COME,
    ]
    assert marks[3].is_today


def test_weekly_totals_cover_twelve_weeks_ending_with_this_one() -> None:
    today = date(2026, 3, 11)
    seconds = {
        date(2026, 3, 9): 600.0,
        date(2026, 3, 11): 30.0,
        date(2026, 3, 12): 999.0,  # after today: not counted
        date(2026, 3, 8): 120.0,  # the Sunday before: last week
        date(2025, 12, 22): 60.0,  # the first week shown
        date(2025, 12, 21): 500.0,  # before it
    }
    weeks = weekly_totals(seconds, today, 1, since=date(2025, 12, 21))
    assert len(weeks) == CHART_WEEKS
    assert weeks[-1].first_day == date(2026, 3, 9)
    assert weeks[0].first_day == date(2025, 12, 22)
    assert weeks[-1].seconds == 630.0
    assert weeks[-1].practice_days == 1
    assert weeks[-2].seconds == 120.0
    assert weeks[0].seconds == 60.0
    assert sum(w.seconds for w in weeks) == 810.0


def test_weekly_totals_begin_with_the_week_of_the_first_session() -> None:
    today = date(2026, 3, 11)
    seconds = {date(2026, 2, 25): 300.0, date(2026, 3, 9): 600.0}
    weeks = weekly_totals(seconds, today, 1, since=date(2026, 2, 25))
    assert [week.first_day for week in weeks] == [
        date(2026, 2, 23),
        date(2026, 3, 2),
        date(2026, 3, 9),
    ]
    assert weekly_totals(seconds, today, 1, since=None) == ()


# --- streaks through clock changes and rest days -------------------------------------


def test_streaks_hold_across_the_spring_change_with_a_late_day_start() -> None:
    # Berlin moves from +01:00 to +02:00 at 02:00 on Sunday 29 March 2026. Sessions
    # at 00:30 count for the evening before when days start at 03:00.
    sessions = [
        session(on(date(2026, 3, 27), 22)),
        session(on(date(2026, 3, 29), 0, 30)),  # Saturday's, before the change
        session(on(date(2026, 3, 30), 0, 30)),  # Sunday's, after it
        session(on(date(2026, 3, 30), 21)),
    ]
    result = progress(sessions, date(2026, 3, 30), day_start=time(3, 0))
    assert sorted(result.practice_days) == [date(2026, 3, d) for d in (27, 28, 29, 30)]
    assert result.streaks.day_streak == 4
    assert sessions[1].started_at.utcoffset() == timedelta(hours=1)
    assert sessions[2].started_at.utcoffset() == timedelta(hours=2)


def test_streaks_hold_across_the_autumn_change_and_its_repeated_hour() -> None:
    # 25 October 2026: 02:00-03:00 happens twice in Berlin. Two sessions an hour
    # apart on the UTC clock show the same wall time and count for the same day.
    first = session(on(date(2026, 10, 25), 2, 30))
    second_start = first.started_at.astimezone(ZoneInfo("UTC")) + timedelta(hours=1)
    second = session(second_start.astimezone(BERLIN).replace(tzinfo=None, fold=1))
    second = SessionRecord(
        id="repeated-hour",
        kind=second.kind,
        outcome=second.outcome,
        started_at=second_start.astimezone(BERLIN),
        time_zone="Europe/Berlin",
        local_date=date(2026, 10, 25),
        ended_at=second.ended_at,
        holds=second.holds,
    )
    sessions = [session(on(date(2026, 10, 24))), first, second]
    result = progress(sessions, date(2026, 10, 25))
    assert result.seconds_by_day[date(2026, 10, 25)] == 240.0
    assert result.streaks.day_streak == 2


def test_rest_days_bridge_the_day_streak_and_lower_the_weekly_goal() -> None:
    today = date(2026, 3, 13)  # Friday
    practised = [date(2026, 3, d) for d in (2, 3, 4, 5, 6, 9, 11, 12, 13)]
    rest = [date(2026, 3, 7), date(2026, 3, 8), date(2026, 3, 10)]
    sessions = [session(on(day)) for day in practised]
    result = progress(sessions, today, rest)
    assert result.streaks.day_streak == 9
    # Last week reached the goal; this one, four days in, is still open.
    assert result.streaks.week_streak == 1
    assert result.streaks.this_week_days == 4
    assert result.streaks.this_week_needed == 5
    states = [m.state for m in result.this_week]
    assert states[:5] == [
        DayState.PRACTISED,
        DayState.REST,
        DayState.PRACTISED,
        DayState.PRACTISED,
        DayState.PRACTISED,
    ]
    # Without the rest marks the gaps break both streaks.
    bare = progress(sessions, today)
    assert bare.streaks.day_streak == 3
    assert bare.streaks.best_day_streak == 5


def test_sessions_by_day_follows_the_day_start() -> None:
    late = session(on(date(2026, 3, 3), 1, 0))
    early = session(on(date(2026, 3, 3), 7, 0))
    days = sessions_by_day([late, early], time(3, 0))
    assert days == {date(2026, 3, 2): [late], date(2026, 3, 3): [early]}


def test_sessions_in_any_order_give_the_same_progress() -> None:
    sessions = [session(on(date(2026, 3, d), 8 + d % 3)) for d in range(1, 20)]
    today = date(2026, 3, 20)
    assert progress(sessions[::-1], today) == progress(sessions, today)


# --- per spot -------------------------------------------------------------------


def test_spot_stats_count_sessions_minutes_and_ratings() -> None:
    calf: Hold = (AreaId.CALVES, Side.LEFT, 150.0, 5, 3)
    sessions = [
        session(on(date(2026, 3, 2)), [NECK_LEFT, calf]),
        # Two holds on one spot in one session count as one session.
        session(on(date(2026, 3, 3)), [(AreaId.NECK, Side.LEFT, 60.0, 4, None), NECK_LEFT]),
        session(on(date(2026, 3, 4)), [(AreaId.NECK, Side.LEFT, 90.0, None, 2)]),
    ]
    result = progress(sessions, date(2026, 3, 4))
    by_name = {stats.name: stats for stats in result.spots}
    neck = by_name["Left side of the neck"]
    assert neck.sessions == 3
    assert neck.total_seconds == 390.0
    assert neck.first_day == date(2026, 3, 2)
    assert neck.last_day == date(2026, 3, 4)
    assert neck.last_before == 6
    assert neck.last_after == 2
    assert neck.average_before == pytest.approx((6 + 4 + 6) / 3)
    assert neck.average_after == pytest.approx((4 + 4 + 2) / 3)
    # Each day's first rating before a hold: 6 on the 2nd, 4 on the 3rd.
    assert neck.recent_days == 2
    assert (neck.earlier_average, neck.later_average) == (6, 4)
    assert neck.trend is Trend.IMPROVING
    calf_stats = by_name["Left calf"]
    assert calf_stats.sessions == 1
    assert calf_stats.trend is None
    # Head to feet.
    assert [s.area for s in result.spots] == [AreaId.NECK, AreaId.CALVES]


def test_scan_ratings_make_a_spot_of_the_whole_area() -> None:
    scan = session(
        on(date(2026, 3, 2)),
        [(AreaId.SHOULDERS, Side.BOTH, 40.0, 6, None), (AreaId.HEAD, Side.BOTH, 20.0, 1, None)],
        kind=SessionKind.SCAN,
    )
    focus = session(on(date(2026, 3, 2), 9), [(AreaId.SHOULDERS, Side.RIGHT, 120.0, 6, 3)])
    result = progress([scan, focus], date(2026, 3, 2))
    assert [(s.area, s.side) for s in result.spots] == [
        (AreaId.HEAD, Side.BOTH),
        (AreaId.SHOULDERS, Side.BOTH),
        (AreaId.SHOULDERS, Side.RIGHT),
    ]
    assert result.spots[1].name == "Shoulders"


def test_the_trend_reads_only_the_recent_weeks() -> None:
    today = date(2026, 3, 31)
    old = [session(on(today - timedelta(days=RECENT_DAYS + d)), [NECK_LEFT]) for d in range(5)]
    recent_hold: Hold = (AreaId.NECK, Side.LEFT, 120.0, 2, 1)
    recent = [session(on(today - timedelta(days=d)), [recent_hold]) for d in (20, 3)]
    stats = progress(old + recent, today).spots[0]
    assert stats.recent_days == 2
    assert stats.trend is Trend.FLAT
    assert stats.sessions == 7
    assert stats.average_before == pytest.approx((5 * 6 + 2 * 2) / 7)


# --- the nudge --------------------------------------------------------------------------


def nudged(ratings: dict[int, int], today: date = date(2026, 3, 31)) -> list[str]:
    """Names of the spots nudged when the left neck was rated `ratings[days ago]`."""
    sessions = [
        session(on(today - timedelta(days=ago)), [(AreaId.NECK, Side.LEFT, 120.0, rating, 3)])
        for ago, rating in sorted(ratings.items(), reverse=True)
    ]
    return [nudge.name for nudge in progress(sessions, today).nudges]


def test_a_spot_that_stays_tender_for_two_weeks_is_nudged() -> None:
    assert nudged({20: 6, 10: 6, 6: 6}) == ["Left side of the neck"]


def test_a_spot_getting_worse_is_nudged() -> None:
    assert nudged({20: 4, 10: 5, 6: 7}) == ["Left side of the neck"]


def test_two_days_are_not_enough_for_a_nudge() -> None:
    assert nudged({20: 6, 6: 6}) == []


def test_three_days_within_two_weeks_are_not_enough_for_a_nudge() -> None:
    assert nudged({19: 6, 10: 6, 6: 6}) == []
    assert nudged({20: 6, 10: 6, 6: 6}) != []


def test_a_spot_that_eased_is_not_nudged() -> None:
    assert nudged({20: 6, 10: 5, 6: 4}) == []  # down two points
    assert nudged({30: 8, 20: 7, 10: 5, 3: 4}) == []  # 7.5 -> 4.5


def test_a_spot_that_hardly_hurts_is_not_nudged() -> None:
    assert nudged({20: 3, 10: 3, 6: 3}) == []
    assert NUDGE_MIN_TENDERNESS == 4
    assert nudged({20: 4, 10: 4, 6: 4}) == ["Left side of the neck"]


def test_old_practice_does_not_count_towards_a_nudge() -> None:
    long_ago = {RECENT_DAYS + 10: 6, RECENT_DAYS + 5: 6}
    assert nudged({**long_ago, 6: 6}) == []


def test_unrated_holds_do_not_count_towards_a_nudge() -> None:
    today = date(2026, 3, 31)
    unrated: Hold = (AreaId.NECK, Side.LEFT, 120.0, None, None)
    rated: Hold = (AreaId.NECK, Side.LEFT, 120.0, 6, None)
    sessions = [
        session(on(today - timedelta(days=20)), [rated]),
        session(on(today - timedelta(days=12)), [unrated]),
        session(on(today - timedelta(days=3)), [rated]),
    ]
    assert progress(sessions, today).nudges == ()


def test_a_side_is_named_rather_than_its_whole_area_from_scans() -> None:
    today = date(2026, 3, 31)
    sessions = []
    for ago in (20, 10, 3):
        day = today - timedelta(days=ago)
        sessions.append(
            session(on(day), [(AreaId.NECK, Side.BOTH, 30.0, 6, None)], kind=SessionKind.SCAN)
        )
        sessions.append(session(on(day, 9), [NECK_LEFT]))
        sessions.append(session(on(day, 10), [(AreaId.FEET, Side.BOTH, 30.0, 7, None)]))
    names = [nudge.name for nudge in progress(sessions, today).nudges]
    # Most tender first; the neck scan row is covered by the left side.
    assert names == ["Feet", "Left side of the neck"]


def test_nudges_for_is_the_rule_on_spot_stats() -> None:
    today = date(2026, 3, 31)
    sessions = [session(on(today - timedelta(days=a)), [NECK_LEFT]) for a in (20, 10, 3)]
    result = progress(sessions, today)
    assert nudges_for(result.spots) == result.nudges
    (nudge,) = result.nudges
    assert (nudge.days, nudge.first_day, nudge.last_day) == (
        3,
        today - timedelta(days=20),
        today - timedelta(days=3),
    )
    assert (nudge.earlier_average, nudge.later_average) == (6, 6)


def test_an_empty_history_shows_nothing_and_breaks_nothing() -> None:
    result = progress([], date(2026, 3, 11))
    assert result.spots == () and result.nudges == ()
    assert result.session_count == 0 and result.total_seconds == 0
    assert result.streaks.day_streak == 0
    # No week before the first session: none at all yet.
    assert result.weeks == () and result.goal_weeks == () and result.first_day is None
    assert [m.state for m in result.this_week][2] is DayState.TODAY
