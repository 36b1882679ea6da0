"""The reminder's next instant: wall time in the person's zone, across DST."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unknot.core.reminders import next_reminder, still_today

BERLIN = ZoneInfo("Europe/Berlin")


def _berlin(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN)


def test_later_today() -> None:
    now = _berlin(2026, 3, 2, 18, 0)
    assert next_reminder(now, BERLIN, time(19, 0)) == _berlin(2026, 3, 2, 19, 0)


def test_at_or_after_the_time_means_tomorrow() -> None:
    assert next_reminder(_berlin(2026, 3, 2, 19, 0), BERLIN, time(19, 0)) == _berlin(
        2026, 3, 3, 19, 0
    )
    assert next_reminder(_berlin(2026, 3, 2, 22, 0), BERLIN, time(19, 0)) == _berlin(
        2026, 3, 3, 19, 0
    )


def test_the_answer_is_in_utc() -> None:
    answer = next_reminder(datetime(2026, 3, 2, 12, 0, tzinfo=UTC), BERLIN, time(19, 0))
    assert answer.tzinfo is UTC
    assert answer == datetime(2026, 3, 2, 18, 0, tzinfo=UTC)


def test_a_skipped_time_comes_an_hour_later() -> None:
    # Summer time begins in Berlin at 02:00 on 29 March 2026: 02:30 never shows.
    answer = next_reminder(_berlin(2026, 3, 29, 0, 0), BERLIN, time(2, 30))
    assert answer == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert answer.astimezone(BERLIN).time() == time(3, 30)


def test_a_time_shown_twice_reminds_the_first_time() -> None:
    # Summer time ends at 03:00 on 25 October 2026: 02:30 shows twice.
    answer = next_reminder(_berlin(2026, 10, 25, 0, 0), BERLIN, time(2, 30))
    assert answer == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    # After the first, the next is the following night, not the repeat.
    assert next_reminder(answer, BERLIN, time(2, 30)) == _berlin(2026, 10, 26, 2, 30)


def test_needs_an_aware_now_and_a_wall_time() -> None:
    with pytest.raises(ValueError, match="aware"):
        next_reminder(datetime(2026, 3, 2, 12, 0), BERLIN, time(19, 0))
    with pytest.raises(ValueError, match="wall time"):
        next_reminder(_berlin(2026, 3, 2, 12, 0), BERLIN, time(19, 0, tzinfo=UTC))


@given(
    st.datetimes(
        min_value=datetime(2000, 1, 1),
        max_value=datetime(2100, 1, 1),
        timezones=st.just(UTC),
    ),
    st.sampled_from(["Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "UTC"]),
    st.times(),
)
def test_always_after_now_and_within_a_day_and_a_bit(
    now: datetime, zone_name: str, at: time
) -> None:
    zone = ZoneInfo(zone_name)
    at = at.replace(second=0, microsecond=0)
    answer = next_reminder(now, zone, at)
    assert now < answer <= now + timedelta(hours=25, minutes=1)


def test_still_today_follows_the_day_start() -> None:
    deadline = _berlin(2026, 3, 2, 23, 30)
    assert still_today(deadline, _berlin(2026, 3, 2, 23, 59), BERLIN, time(0, 0))
    assert not still_today(deadline, _berlin(2026, 3, 3, 0, 30), BERLIN, time(0, 0))
    # With the day starting at 04:00, half past midnight is still the evening before.
    assert still_today(deadline, _berlin(2026, 3, 3, 0, 30), BERLIN, time(4, 0))
    assert not still_today(deadline, _berlin(2026, 3, 3, 8, 0), BERLIN, time(4, 0))
