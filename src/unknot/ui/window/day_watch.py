"""Follow the practice calendar while the window stays open: a new day, a wake-up,
a new time zone.

One single-shot timer is armed for the next day boundary (the day-start hour in
the clock's zone), never further than `MAX_WAIT_MS` ahead. Qt's timers run on
a clock that stops while the machine sleeps, so a boundary slept through would
be seen late; each wake-up therefore compares how far the wall clock moved with
how long the process was awake (`awake_seconds`, CLOCK_MONOTONIC, which stops
in sleep): a gap means the machine slept or the clock was set, and the day is
looked at again at once. Each check asks the calendar afresh, so a zone change
or a clock set back only moves the next deadline; nothing accumulates.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from unknot.core.practice_calendar import PracticeCalendar

# The longest the watch sleeps before looking again: bounds how late a day
# change is seen after a wake-up or a clock set by hand.
MAX_WAIT_MS = 10 * 60 * 1000
# Wall time that ran beyond the awake time by more than this was slept (or the
# clock was set): timers fire late by that much, so look at the day now.
SLEEP_GAP_SECONDS = 30.0


class DayWatch(QObject):
    """Emits `day_changed(date)` when the calendar's today differs from the last
    one seen, and `woke()` when the machine slept or the wall clock jumped."""

    day_changed = Signal(object)
    woke = Signal()

    def __init__(
        self,
        calendar: Callable[[], PracticeCalendar],
        parent: QObject | None = None,
        *,
        awake_seconds: Callable[[], float] = time.monotonic,
        follow_zone: Callable[[], None] | None = None,
    ) -> None:
        """`follow_zone` brings the clock's zone up to date with the system's
        before each look (the real clock only; a fake one is moved by its test)."""
        super().__init__(parent)
        self._calendar = calendar
        self._follow_zone = follow_zone
        self._awake_seconds = awake_seconds
        self._timer = QTimer(self)
        self._timer.setObjectName("dayWatchTimer")
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.timeout.connect(self.check)
        self._today: date | None = None
        self._zone: ZoneInfo | None = None
        self._deadline: datetime | None = None
        self._last_wall: datetime | None = None
        self._last_awake = 0.0

    @property
    def timer(self) -> QTimer:
        return self._timer

    @property
    def today(self) -> date | None:
        """The day last seen, None before `start`."""
        return self._today

    def deadline(self) -> datetime | None:
        """When the next day begins (UTC), as last worked out."""
        return self._deadline

    def start(self) -> None:
        """Take today as it is now and arm for the next boundary."""
        calendar = self._calendar()
        self._today = calendar.today()
        self._zone = calendar.clock.zone()
        self._arm(calendar)

    @Slot()
    def check(self) -> None:
        """Look at the calendar now: say if the day changed, then re-arm. Safe
        to call at any time (when the window is shown, after a settings change)."""
        if self._follow_zone is not None:
            self._follow_zone()
        calendar = self._calendar()
        now = calendar.clock.now()
        if self._last_wall is not None:
            walled = (now - self._last_wall).total_seconds()
            awake = self._awake_seconds() - self._last_awake
            if abs(walled - awake) > SLEEP_GAP_SECONDS:
                self.woke.emit()
        today = calendar.today()
        zone = calendar.clock.zone()
        changed = today != self._today
        self._today, self._zone = today, zone
        self._arm(calendar)
        if changed:
            self.day_changed.emit(today)

    def _arm(self, calendar: PracticeCalendar) -> None:
        now = calendar.clock.now()
        self._last_wall = now
        self._last_awake = self._awake_seconds()
        self._deadline = calendar.next_day_starts()
        remaining_ms = (self._deadline - now).total_seconds() * 1000
        # +1 ms so a timer that fires on the dot finds the new day begun.
        self._timer.start(int(min(max(remaining_ms, 0), MAX_WAIT_MS)) + 1)
