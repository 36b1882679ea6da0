"""The practice calendar: today, the week start and the next day's start in one place."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unknot.core.clock import FakeClock
from unknot.core.practice_calendar import PracticeCalendar, locale_week_start, resolve_week_start
from unknot.core.streaks import today_for, week_of


@pytest.mark.parametrize(
    ("environ", "first"),
    [
        ({"LANG": "en_US.UTF-8"}, 7),
        ({"LANG": "de_DE.UTF-8"}, 1),
        ({"LC_ALL": "ar_EG.UTF-8", "LANG": "de_DE.UTF-8"}, 6),
        ({"LC_TIME": "pt_BR", "LANG": "en_GB.UTF-8"}, 7),
        ({"LANG": "sr_RS.UTF-8@latin"}, 1),
        ({"LANG": "C"}, 1),
        ({"LANG": "C.UTF-8"}, 1),
        ({}, 1),
        ({"LANG": "dv_MV"}, 5),
    ],
)
def test_the_locale_week_start_comes_from_the_territory(
    environ: dict[str, str], first: int
) -> None:
    assert locale_week_start(environ) == first


@pytest.mark.parametrize("bad", [0, 8, -1, True, "1", 1.0])
def test_a_week_start_out_of_range_is_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="ISO weekday"):
        resolve_week_start(bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="ISO weekday"):
        PracticeCalendar(FakeClock(), week_start=bad)  # type: ignore[arg-type]


def test_no_chosen_week_start_follows_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    assert PracticeCalendar(FakeClock()).first_weekday() == 7
    assert PracticeCalendar(FakeClock(), week_start=3).first_weekday() == 3


instants = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2040, 1, 1), timezones=st.just(UTC)
)
zones = st.sampled_from(
    ["UTC", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Pacific/Kiritimati"]
)
day_starts = st.builds(time, st.integers(0, 5), st.sampled_from([0, 30]))


@given(instants, zones, day_starts, st.integers(1, 7))
def test_today_and_the_next_day_start_agree(
    now: datetime, zone: str, day_start: time, week_start: int
) -> None:
    clock = FakeClock(now, zone=zone)
    calendar = PracticeCalendar(clock, week_start=week_start, day_start=day_start)
    today = calendar.today()
    assert today == today_for(now, clock.zone(), day_start)
    assert calendar.week_of(today) == week_of(today, week_start)
    boundary = calendar.next_day_starts()
    assert boundary > now
    # Just before the boundary it is still today; at it, a later day.
    assert calendar.day_of(boundary - timedelta(microseconds=1)) == today
    assert calendar.day_of(boundary) > today


def test_a_skipped_day_start_hour_begins_the_day_after_the_gap() -> None:
    # Summer time starts in Berlin at 02:00 on 29 March 2026: 02:30 never shows.
    clock = FakeClock(datetime(2026, 3, 28, 12, 0, tzinfo=UTC), zone="Europe/Berlin")
    calendar = PracticeCalendar(clock, day_start=time(2, 30))
    assert calendar.today() == date(2026, 3, 28)
    boundary = calendar.next_day_starts()
    assert calendar.day_of(boundary) == date(2026, 3, 29)
    assert calendar.day_of(boundary - timedelta(microseconds=1)) == date(2026, 3, 28)
