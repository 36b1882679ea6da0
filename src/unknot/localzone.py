"""The system's time zone as an IANA zone (Europe/Berlin), for the real clock.

Sessions are stored with the zone they were recorded in, so a name that
`zoneinfo` knows matters: an abbreviation such as "CET" would not survive a
daylight-saving change. When the system will not say (a bare container, an odd
`TZ` value), a fixed-offset zone with today's offset keeps local dates right for
now, which is better than plain UTC hours off.
"""

from __future__ import annotations

import time
import warnings
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import tzlocal

from unknot.core.clock import SystemClock

UTC_NAME = "UTC"


def local_zone_name() -> str | None:
    """The IANA name the system is set to, or None when it cannot be found or
    `zoneinfo` does not know it."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            name = tzlocal.get_localzone_name()
        except (OSError, LookupError, ValueError):
            return None
    # tzlocal warns and guesses UTC when the configuration disagrees with itself;
    # a guess is worth less than the offset the C library is actually using.
    if caught or not isinstance(name, str) or not name:
        return None
    return name if _known(name) else None


def local_zone() -> ZoneInfo:
    """The system's zone; failing that, the Etc/GMT zone with the system's current
    offset; failing that (half-hour offsets have no Etc zone), UTC."""
    name = local_zone_name()
    if name is not None:
        return ZoneInfo(name)
    return ZoneInfo(fixed_offset_zone_name(time.localtime().tm_gmtoff))


def fixed_offset_zone_name(offset_seconds: int) -> str:
    """The Etc zone for a UTC offset. The Etc names count the other way round:
    UTC+2 is Etc/GMT-2."""
    hours, rest = divmod(offset_seconds, 3600)
    if rest or not -12 <= hours <= 14:
        return UTC_NAME
    if hours == 0:
        return UTC_NAME
    return f"Etc/GMT{-hours:+d}"


def system_clock() -> SystemClock:
    return SystemClock(local_zone())


def follow_system_zone(clock: SystemClock) -> None:
    """Give `clock` the zone the system is set to now (asked again from time to
    time while the app runs, so a trip moves "today" with it)."""
    zone = local_zone()
    if zone != clock.zone():
        clock.set_zone(zone)


def _known(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True
