"""The read model's base counts like the whole history, however it was built."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.records import hold, session
from unknot.core.areas import AreaId, Side
from unknot.core.practice_log import PracticeLog, SessionSum, pain_stops, spot_ratings
from unknot.core.records import Outcome, SessionRecord, counts_as_practice, whole_seconds_held
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
    counting = [held for _, held in whole.values() if counts_as_practice(held)]
    assert log.session_count == len(counting)
    assert log.total_seconds == sum(whole_seconds_held(held) for held in counting)
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


# -- the full records ---------------------------------------------------------------------

DAY_ONE = datetime(2026, 3, 1, 7, 0, tzinfo=timezone(timedelta(hours=1)))


def _record(
    sid: str,
    day: int,
    *ratings: tuple[int | None, int | None],
    outcome: Outcome = Outcome.COMPLETED,
) -> SessionRecord:
    start = DAY_ONE + timedelta(days=day)
    holds = tuple(
        hold(start + timedelta(minutes=3 * n), tenderness_before=b, tenderness_after=a)
        for n, (b, a) in enumerate(ratings)
    )
    return session(sid, start, holds=holds, outcome=outcome)


records_strategy = st.lists(
    st.builds(
        _record,
        st.sampled_from([f"s{n}" for n in range(8)]),
        st.integers(0, 19),
        st.tuples(
            st.one_of(st.none(), st.integers(0, 10)), st.one_of(st.none(), st.integers(0, 10))
        ),
        outcome=st.sampled_from(list(Outcome)),
    ),
    max_size=10,
)


@settings(max_examples=60, deadline=None)
@given(records_strategy, st.lists(records_strategy, max_size=4), rest_strategy)
def test_records_fed_change_by_change_are_the_whole_history(
    first: list[SessionRecord], changes: list[list[SessionRecord]], rest: frozenset[date]
) -> None:
    log = PracticeLog.of_records(first, rest)
    whole = {record.id: record for record in first}
    for records in changes:
        log = log.updated(records=records)
        whole.update({record.id: record for record in records})
    expected = PracticeLog.of_records(whole.values(), rest)
    # The sums always follow the records, so every figure counts alike.
    assert log.sessions == expected.sessions
    assert log.records == expected.records
    rules = StreakSettings(weekly_goal=2)
    assert log.streaks(TODAY, rules) == expected.streaks(TODAY, rules)
    ordered = log.oldest_first()
    assert [r.started_at for r in ordered] == sorted(r.started_at for r in whole.values())
    assert log.total_seconds == pytest.approx(sum(r.hold_seconds for r in whole.values()))


def test_a_log_of_sums_takes_no_records() -> None:
    with pytest.raises(ValueError, match="no records"):
        PracticeLog().updated(records=[_record("a", 0, (5, 3))])
    with pytest.raises(ValueError, match="only the sums"):
        PracticeLog().oldest_first()


def test_ratings_per_spot_per_day_over_a_period() -> None:
    records = [
        _record("a", 0, (6, 4), (None, None)),
        _record("b", 1, (5, 3), (None, 2)),
        _record("c", 5, (3, 1)),
    ]
    found = spot_ratings(records, date(2026, 3, 1), date(2026, 3, 2), time(0, 0))
    days = found[(AreaId.CALVES, Side.LEFT)]
    assert list(days) == [date(2026, 3, 1), date(2026, 3, 2)]
    assert [(r.before, r.after) for r in days[date(2026, 3, 1)]] == [(6, 4)]
    assert [(r.before, r.after) for r in days[date(2026, 3, 2)]] == [(5, 3), (None, 2)]
    assert spot_ratings(records, date(2026, 3, 3), date(2026, 3, 4), time(0, 0)) == {}
    with pytest.raises(ValueError, match="period"):
        spot_ratings(records, date(2026, 3, 2), date(2026, 3, 1), time(0, 0))


def test_sessions_stopped_for_pain_with_their_dates() -> None:
    late = session(
        "late",
        datetime(2026, 3, 4, 1, 30, tzinfo=timezone(timedelta(hours=1))),
        outcome=Outcome.STOPPED_PAIN,
    )
    records = [
        _record("a", 0, (6, None), outcome=Outcome.STOPPED_PAIN),
        _record("b", 1, (5, 3)),
        late,
    ]
    stops = pain_stops(records, date(2026, 3, 1), date(2026, 3, 31), time(3, 0))
    # 01:30 with the day starting at 03:00 counts for the evening before.
    assert [(stop.session_id, stop.day) for stop in stops] == [
        ("a", date(2026, 3, 1)),
        ("late", date(2026, 3, 3)),
    ]
    assert stops[0].spots == ((AreaId.CALVES, Side.LEFT),)
