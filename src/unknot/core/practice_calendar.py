"""The practice calendar: which day it is, where weeks begin, when a day ends.

Every figure that speaks of "today" or "this week" asks one calendar, built
from the injected clock and the person's settings, so the window, the session
summary and `unknot stats` cannot count a day differently. Standard library
only: the command line resolves the locale's first weekday without Qt.

The week start comes from the settings, else from the locale's territory (the
`LC_ALL`, `LC_TIME` or `LANG` variable, as glibc and Qt read them), else Monday.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from unknot.core.clock import Clock
from unknot.core.records import practice_date
from unknot.core.streaks import (
    DEFAULT_WEEKLY_GOAL,
    MONDAY,
    SUNDAY,
    StreakSettings,
    check_week_start,
    week_of,
)

SATURDAY = 6
FRIDAY = 5


def _territories(codes: str) -> list[str]:
    return codes.split()


# Territories whose weeks do not start on Monday (CLDR's weekData "firstDay").
_FIRST_DAY_BY_TERRITORY: dict[str, int] = {
    **dict.fromkeys(
        _territories(
            "AG AS BD BR BS BT BW BZ CA CN CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA "
            "MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE "
            "ZA ZW"
        ),
        SUNDAY,
    ),
    **dict.fromkeys(
        _territories("AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY"),
        SATURDAY,
    ),
    "MV": FRIDAY,
}


def locale_week_start(environ: Mapping[str, str] | None = None) -> int:
    """The ISO weekday weeks start on in the locale the environment names.

    "en_US.UTF-8" starts on Sunday, "de_DE" on Monday; a locale with no
    territory ("C", "POSIX", "en") or one not known starts on Monday.
    """
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_TIME", "LANG"):
        value = env.get(name, "")
        if value:
            # language[_TERRITORY][.codeset][@modifier]
            head = value.split(".", 1)[0].split("@", 1)[0]
            _, _, territory = head.partition("_")
            return _FIRST_DAY_BY_TERRITORY.get(territory.upper(), MONDAY)
    return MONDAY


def resolve_week_start(chosen: int | None, environ: Mapping[str, str] | None = None) -> int:
    """The week start in force: the chosen one (range-checked), else the locale's."""
    if chosen is None:
        return locale_week_start(environ)
    return check_week_start(chosen)


@dataclass(frozen=True)
class PracticeCalendar:
    """Today, the week start, the day-start hour and the streak rules in one place.

    `week_start` is None to follow the locale. Raises ValueError for a week
    start outside 1-7, a weekly goal outside 1-7 or a day start that is not a
    whole-minute wall time (the checks of StreakSettings).
    """

    clock: Clock
    weekly_goal: int = DEFAULT_WEEKLY_GOAL
    week_start: int | None = None
    day_start: time = time(0, 0)

    def __post_init__(self) -> None:
        # One check, at construction: a calendar that exists is a valid one.
        self.streak_settings()

    def first_weekday(self) -> int:
        """The ISO weekday weeks start on (1 Monday - 7 Sunday)."""
        return resolve_week_start(self.week_start)

    def streak_settings(self) -> StreakSettings:
        return StreakSettings(
            weekly_goal=self.weekly_goal,
            week_start=self.first_weekday(),
            day_start=self.day_start,
        )

    def today(self) -> date:
        """The practice date a session started now would count for."""
        return self.day_of(self.clock.now())

    def day_of(self, instant: datetime) -> date:
        """The practice date of `instant` (aware) in the clock's zone."""
        if instant.tzinfo is None or instant.utcoffset() is None:
            raise ValueError("the instant must be timezone-aware")
        return practice_date(instant.astimezone(self.clock.zone()), self.day_start)

    def week_of(self, day: date) -> date:
        """The first day of the week that holds `day`."""
        return week_of(day, self.first_weekday())

    def next_day_starts(self) -> datetime:
        """The first instant (UTC) after now at which `today()` changes, read in
        the clock's zone as it is now. A day-start hour the clocks skip (02:30 on
        the night summer time starts) lets the day begin when the gap ends."""
        now = self.clock.now()
        zone = self.clock.zone()
        today = self.day_of(now)
        later = now
        for offset in (1, 2, 3):
            wall = datetime.combine(today + timedelta(days=offset), self.day_start, tzinfo=zone)
            later = max(later, wall.astimezone(UTC))
            if self.day_of(later) > today:
                break
        else:  # pragma: no cover - a day start recurs every day
            raise AssertionError("unreachable: no later day within three days")
        # The wall-clock guess can miss by a skipped hour: the first instant of
        # the later day lies between now and it, found to the microsecond.
        low, high = 0, (later - now) // timedelta(microseconds=1)
        while high - low > 1:
            middle = (low + high) // 2
            if self.day_of(now + timedelta(microseconds=middle)) > today:
                high = middle
            else:
                low = middle
        return now + timedelta(microseconds=high)
