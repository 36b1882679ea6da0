"""Tenderness stories, weeks of practice and the report's figures, against
histories whose answers are known."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.records import hold, session
from unknot.core.areas import AreaId, Side, Tool
from unknot.core.practice_log import spot_ratings
from unknot.core.progress import Trend, has_eased
from unknot.core.records import Outcome
from unknot.core.report import report_of
from unknot.core.safety import Condition
from unknot.core.tenderness import (
    Span,
    consistency_sentence,
    easing_line,
    plain_decimal,
    relief_sentence,
    spot_story,
    stories,
    trend_sentence,
    weeks_of_practice,
)

MIDNIGHT = time(0, 0)
NECK = (AreaId.NECK, Side.LEFT)


def _at(day: date, hour: int = 8) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def _neck_history(befores: list[int], afters: list[int], first: date) -> list:  # type: ignore[type-arg]
    found = []
    for index, (before, after) in enumerate(zip(befores, afters, strict=True)):
        day = first + timedelta(days=2 * index)
        found.append(
            session(
                f"s{index}",
                _at(day),
                holds=(
                    hold(
                        _at(day),
                        area=AreaId.NECK,
                        side=Side.LEFT,
                        tools_tried=(Tool.HANDS,),
                        tenderness_before=before,
                        tenderness_after=None,
                    ),
                    hold(
                        _at(day) + timedelta(minutes=3),
                        area=AreaId.NECK,
                        side=Side.LEFT,
                        tools_tried=(Tool.HANDS, Tool.TENNIS_BALL),
                        tenderness_before=None,
                        tenderness_after=after,
                    ),
                ),
            )
        )
    return found


@given(
    start=st.integers(min_value=1, max_value=20).map(lambda n: n / 2),
    later=st.integers(min_value=0, max_value=10),
)
def test_the_easing_line_is_exactly_where_the_method_says_easing_begins(
    start: float, later: int
) -> None:
    assert (later <= easing_line(start)) == has_eased(start, later)


def test_a_spot_that_eased_says_so_with_its_numbers() -> None:
    first = date(2026, 2, 2)
    sessions = _neck_history([7, 7, 6, 4, 3, 3], [5, 5, 4, 3, 2, 1], first)
    last = first + timedelta(days=20)
    ratings = spot_ratings(sessions, first, last, MIDNIGHT)
    story = spot_story(NECK, ratings[NECK], first, last)
    # The day's before is the first hold's, its after the last hold's.
    assert [(d.before, d.after) for d in story.days] == [
        (7, 5),
        (7, 5),
        (6, 4),
        (4, 3),
        (3, 2),
        (3, 1),
    ]
    assert story.earlier == pytest.approx(20 / 3)
    assert story.later == pytest.approx(10 / 3)
    assert story.trend is Trend.IMPROVING
    assert story.easing_line == pytest.approx(20 / 3 - 2)
    words = trend_sentence(story, plain_decimal)
    assert "easing" in words and "6.7" in words and "3.3" in words and "6 days" in words
    assert "brought it down by 1.7 points" in relief_sentence(story, plain_decimal)


def test_a_spot_that_did_not_ease_names_the_line_it_must_reach() -> None:
    first = date(2026, 2, 2)
    sessions = _neck_history([6, 6, 6, 6], [5, 5, 5, 5], first)
    story = spot_story(
        NECK,
        spot_ratings(sessions, first, first + timedelta(days=10), MIDNIGHT)[NECK],
        first,
        first + timedelta(days=10),
    )
    assert story.trend is Trend.FLAT
    assert "not easing yet" in trend_sentence(story, plain_decimal)
    assert "4 or lower" in trend_sentence(story, plain_decimal)


def test_one_rated_day_has_no_trend_but_still_says_the_rating() -> None:
    first = date(2026, 2, 2)
    sessions = _neck_history([5], [2], first)
    story = spot_story(NECK, spot_ratings(sessions, first, first, MIDNIGHT)[NECK], first, first)
    assert story.trend is None and story.easing_line is None
    assert "one day only, 5 of 10" in trend_sentence(story, plain_decimal)


def test_stories_put_the_spots_worked_most_first() -> None:
    first = date(2026, 2, 2)
    neck = _neck_history([6, 6, 6], [4, 4, 4], first)
    calf = [session("c", _at(first), holds=(hold(_at(first)),))]
    last = first + timedelta(days=10)
    found = stories(spot_ratings(neck + calf, first, last, MIDNIGHT), first, last)
    assert [story.spot for story in found] == [NECK, (AreaId.CALVES, Side.LEFT)]


def test_spans_end_on_today() -> None:
    today = date(2026, 3, 11)
    assert [span.first_day(today) for span in Span] == [
        today - timedelta(days=41),
        today - timedelta(days=90),
        today - timedelta(days=364),
    ]


def test_no_span_reaches_back_before_the_first_session() -> None:
    today = date(2026, 3, 11)
    started = today - timedelta(days=10)
    assert [span.first_day(today, started) for span in Span] == [started] * len(Span)
    assert Span.WEEKS_6.first_day(today, today - timedelta(days=100)) == today - timedelta(days=41)


def test_weeks_count_practice_days_against_the_goal_less_rest_days() -> None:
    monday = date(2026, 3, 2)
    seconds = {monday + timedelta(days=i): 300.0 for i in range(3)}  # three days, 5 min each
    seconds[monday + timedelta(days=9)] = 600.0  # the next week: one day
    rest = frozenset({monday + timedelta(days=7 + i) for i in range(4)})  # four rest days
    weeks = weeks_of_practice(seconds, rest, monday + timedelta(days=10), 1, 5, 2, since=monday)
    assert [w.first_day for w in weeks] == [monday, monday + timedelta(days=7)]
    assert [w.practice_days for w in weeks] == [3, 1]
    # A practised rest day is a practice day, as the streaks count it: three days off.
    assert [w.needed for w in weeks] == [5, 4]
    assert [w.goal_met for w in weeks] == [False, False]
    assert [w.minutes for w in weeks] == [15, 10]
    assert [w.in_progress for w in weeks] == [False, True]
    assert "0 of 1 full week" in consistency_sentence(weeks)


def test_a_report_counts_the_period_only() -> None:
    first = date(2026, 2, 2)
    sessions = _neck_history([7, 6, 4, 3], [5, 4, 3, 2], first)
    sessions.append(
        session(
            "pain",
            _at(first + timedelta(days=3), 19),
            outcome=Outcome.STOPPED_PAIN,
            note="  Sharp pain down the arm.  ",
            holds=(
                hold(_at(first + timedelta(days=3), 19), area=AreaId.SHOULDERS, side=Side.RIGHT),
            ),
        )
    )
    sessions.append(session("before", _at(first - timedelta(days=5)), note="not in the period"))
    data = report_of(
        sessions,
        [],
        first,
        first + timedelta(days=13),
        today=first + timedelta(days=20),
        day_start=MIDNIGHT,
        week_start=1,
        weekly_goal=3,
        safety_answered_on=date(2026, 1, 20),
        safety_conditions=(Condition.PREGNANCY,),
    )
    assert data.sessions == 5
    assert data.practice_days == 5
    assert data.days_in_period == 14
    assert [(w.name, w.holds, w.tools) for w in data.spots] == [
        ("Left side of the neck", 8, (Tool.HANDS, Tool.TENNIS_BALL)),
        ("Right shoulder", 1, (Tool.FOAM_ROLLER,)),
    ]
    assert [stop.day for stop in data.pain_stops] == [first + timedelta(days=3)]
    assert [note.text for note in data.notes] == ["Sharp pain down the arm."]
    assert data.stories[0].spot == NECK
    assert data.stories[0].trend is Trend.IMPROVING
    assert not any(week.in_progress for week in data.weeks)
    with pytest.raises(ValueError, match="before it begins"):
        report_of(
            sessions,
            [],
            first,
            first - timedelta(days=1),
            today=first,
            day_start=MIDNIGHT,
            week_start=1,
            weekly_goal=3,
            safety_answered_on=None,
            safety_conditions=(),
        )
