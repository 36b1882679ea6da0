"""When the daily reminder is due, as pure functions of the clock's readings.

The reminder is a wall-clock time ("19:00") in the person's zone. The Qt side
keeps one deadline, an instant, and asks these functions again whenever it
wakes, so a clock that jumps, a zone that changes or a machine that slept only
moves the deadline; nothing accumulates.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from unknot.core.records import practice_date


def next_reminder(now: datetime, zone: ZoneInfo, at: time) -> datetime:
    """The first instant strictly after `now` at which the clock in `zone` shows
    `at`, in UTC.

    A time the clocks skip (02:30 on the night summer time starts) becomes the
    same moment an hour later; a time they show twice becomes the first one.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    if at.tzinfo is not None:
        raise ValueError("the reminder time is a wall time and takes no time zone")
    local_day = now.astimezone(zone).date()
    # Two days ahead covers any zone: a day can be 23 to 25 hours long.
    for offset in range(3):
        wall = datetime.combine(local_day + timedelta(days=offset), at, tzinfo=zone)
        instant = wall.astimezone(UTC)
        if instant > now:
            return instant
    raise AssertionError("unreachable: a wall time recurs every day")  # pragma: no cover


def still_today(deadline: datetime, now: datetime, zone: ZoneInfo, day_start: time) -> bool:
    """Whether a reminder due at `deadline` still speaks of today at `now`.

    A machine that slept through the reminder and wakes the next morning must
    not say "you have not practised today" about a day that has only begun.
    """
    return practice_date(deadline.astimezone(zone), day_start) == practice_date(
        now.astimezone(zone), day_start
    )
