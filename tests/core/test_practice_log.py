"""The read model's base counts like the whole history, however it was built."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unknot.core.practice_log import PracticeLog, SessionSum
from unknot.core.streaks import (
    StreakSettings,
    history_streaks,
    practice_days,
    seconds_by_day_of_totals,
)

START = datetime(2026, 3, 1, 7, 0, tzinfo=timezone(timedelta(hours=1)))
TODAY = date(2026, 3, 20)

sessions_strategy = st.dictionaries(
    st.sampled_from([f"s{n}" for n in range(12)]),
    st.tuples(
        st.integers(0, 19 * 24 * 60).map(lambda minutes: START + timedelta(minutes=minutes)),
        st.lists(st.floats(0, 900, allow_nan=False), max_size=3),
    ),
    max_size=12,
)
rest_strategy = st.frozensets(
    st.integers(0, 19).map(lambda n: date(2026, 3, 1) + timedelta(days=n)), max_size=4
)


@settings(max_examples=80, deadline=None)
@given(
    sessions_strategy,
    rest_strategy,
    st.lists(st.tuples(sessions_strategy, st.one_of(st.none(), rest_strategy)), max_size=5),
    st.sampled_from([time(0, 0), time(4, 0)]),
)
def test_a_log_fed_change_by_change_counts_like_the_whole_history(
    first: dict[str, tuple[datetime, list[float]]],
    rest: frozenset[date],
    changes: list[tuple[dict[str, tuple[datetime, list[float]]], frozenset[date] | None]],
    day_start: time,
) -> None:
    log = PracticeLog.of(first, rest)
    whole = dict(first)
    for sessions, rest_days in changes:
        log = log.updated(sessions, rest_days)
        whole.update(sessions)
        if rest_days is not None:
            rest = rest_days
    rules = StreakSettings(weekly_goal=3, day_start=day_start)
    expected = history_streaks(list(whole.values()), rest, TODAY, rules)
    assert log.streaks(TODAY, rules) == expected
    assert log.session_count == len(whole)
    assert log == PracticeLog.of(whole, rest)
    days = practice_days(seconds_by_day_of_totals(list(whole.values()), day_start))
    for offset in range(21):
        day = date(2026, 3, 1) + timedelta(days=offset)
        assert log.practised_on(day, day_start) == (day in days)


def test_an_update_leaves_the_old_log_as_it_was() -> None:
    old = PracticeLog.of({"a": (START, [120.0])}, [])
    new = old.updated({"a": (START, [120.0, 60.0])}, [date(2026, 3, 2)])
    assert old.sessions["a"] == SessionSum(START, (120.0,))
    assert old.rest_days == frozenset()
    assert new.sessions["a"].held_seconds == (120.0, 60.0)
    assert new.rest_days == {date(2026, 3, 2)}


def test_a_start_without_its_offset_is_refused() -> None:
    with pytest.raises(ValueError, match="offset"):
        SessionSum(datetime(2026, 3, 1, 7, 0), ())
