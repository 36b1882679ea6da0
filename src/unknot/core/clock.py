"""Time as a parameter: everything that needs "now" is handed a Clock.

Hold lengths come from `monotonic()`, which a wall-clock change cannot move;
dates and times that people read come from `now()` and `zone()`.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds on a clock that only moves forward, sleep included where the
        platform offers it."""
        ...

    def now(self) -> datetime:
        """The current instant, timezone-aware in UTC."""
        ...

    def zone(self) -> ZoneInfo:
        """The person's local time zone."""
        ...


def _suspend_aware_monotonic() -> float:
    # CLOCK_MONOTONIC stops while a Linux machine sleeps, so a hold would not see
    # the gap; CLOCK_BOOTTIME keeps counting and lets the timer pause instead.
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        return time.clock_gettime(boottime)
    return time.monotonic()


class SystemClock:
    """The real clock. The zone is passed in because finding the system's IANA
    zone name is the start-up code's job, not the method's."""

    def __init__(self, zone: ZoneInfo) -> None:
        self._zone = zone

    def monotonic(self) -> float:
        return _suspend_aware_monotonic()

    def now(self) -> datetime:
        return datetime.now(UTC)

    def zone(self) -> ZoneInfo:
        return self._zone

    def set_zone(self, zone: ZoneInfo) -> None:
        """The system moved to another zone while the app runs (a trip)."""
        self._zone = zone


class FakeClock:
    """A clock that moves only when told to: tests and benchmarks never sleep."""

    def __init__(
        self,
        now: datetime | None = None,
        zone: str = "UTC",
        monotonic: float = 1000.0,
    ) -> None:
        self._now = now if now is not None else datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
        if self._now.tzinfo is None:
            raise ValueError("FakeClock needs a timezone-aware datetime")
        self._zone = ZoneInfo(zone)
        self._monotonic = monotonic

    def monotonic(self) -> float:
        return self._monotonic

    def now(self) -> datetime:
        return self._now.astimezone(UTC)

    def zone(self) -> ZoneInfo:
        return self._zone

    def advance(self, seconds: float) -> None:
        """Let time pass: both clocks move together."""
        self._monotonic += seconds
        self._now += timedelta(seconds=seconds)

    def set_wall(self, now: datetime) -> None:
        """Change the wall clock only, as a person or NTP would."""
        self._now = now

    def sleep_machine(self, seconds: float) -> None:
        """The machine sleeps: both clocks move but nothing ran in between."""
        self.advance(seconds)

    def set_zone(self, zone: str) -> None:
        self._zone = ZoneInfo(zone)


class ScaledClock:
    """Another clock run `factor` times faster from the moment this one is made:
    `unknot --self-check` lets a two-minute hold end in a few real seconds.
    Both clocks keep their pace; the zone is the base clock's. Raises ValueError
    for a factor that is not positive."""

    def __init__(self, base: Clock, factor: float) -> None:
        if not factor > 0:
            raise ValueError(f"a clock runs forward: the factor must be positive, not {factor}")
        self._base = base
        self._factor = factor
        self._monotonic_start = base.monotonic()
        self._now_start = base.now()

    @property
    def factor(self) -> float:
        return self._factor

    def monotonic(self) -> float:
        return self._monotonic_start + self._elapsed()

    def now(self) -> datetime:
        return self._now_start + timedelta(seconds=self._elapsed())

    def zone(self) -> ZoneInfo:
        return self._base.zone()

    def _elapsed(self) -> float:
        # Scaled seconds since the start, measured on the base's monotonic
        # clock so a wall-clock change cannot move it.
        return (self._base.monotonic() - self._monotonic_start) * self._factor
