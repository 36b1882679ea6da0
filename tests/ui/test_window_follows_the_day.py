"""The window follows the practice calendar with no write to prompt it: a new day
at the day-start hour, a machine that slept through it, a new time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.records import session
from tests.ui.window_rig import WindowRig, make_window, with_history
from unknot.core.clock import FakeClock
from unknot.settings import Settings
from unknot.store.exchange import ParsedHistory

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")

# Monday 2 March 2026 to Sunday 8 March: a whole week of practice, in UTC.
MONDAY = date(2026, 3, 2)
SUNDAY_EVENING = datetime(2026, 3, 8, 20, 0, tzinfo=UTC)
TUESDAY_MORNING = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
SETTINGS = Settings(weekly_goal=5, week_start=1)


class AwakeClock:
    """CLOCK_MONOTONIC as the day watch reads it: it stops while the machine sleeps."""

    def __init__(self) -> None:
        self.seconds = 5000.0

    def __call__(self) -> float:
        return self.seconds


def a_week_of_practice() -> ParsedHistory:
    return ParsedHistory(
        tuple(
            session(
                f"day{offset}",
                datetime.combine(MONDAY + timedelta(days=offset), datetime.min.time(), UTC)
                + timedelta(hours=18),
                time_zone="UTC",
            )
            for offset in range(7)
        ),
        (),
    )


def open_on_sunday_evening(qtbot: QtBot, tmp_path: Path, awake: AwakeClock) -> WindowRig:
    clock = FakeClock(SUNDAY_EVENING, zone="UTC")
    return make_window(qtbot, tmp_path, SETTINGS, clock, awake_seconds=awake)


@pytest.mark.parametrize("slept", [False, True], ids=["awake", "slept"])
def test_sunday_evening_to_tuesday_morning_moves_every_figure(
    qtbot: QtBot, tmp_path: Path, slept: bool
) -> None:
    awake = AwakeClock()
    rig = open_on_sunday_evening(qtbot, tmp_path, awake)
    window, clock = rig.window, rig.clock
    with with_history(rig):
        window.show()
        service = window.service
        assert service is not None
        with qtbot.waitSignal(window.streaks_shown, timeout=10_000):
            service.import_history(a_week_of_practice())
        qtbot.waitUntil(
            lambda: (
                window.home.streak_label.text()
                == "7 days in a row · 7 of 5 days this week, goal met"
            )
        )
        window.show_progress()
        progress = window.progress
        assert progress.model is not None
        progress.model.wait()
        qtbot.waitUntil(lambda: progress.progress is not None and progress.is_current)
        assert progress.progress is not None
        assert progress.progress.today == date(2026, 3, 8)

        watch = window.day_watch
        deadline = watch.deadline()
        # The next day begins at midnight (day start 00:00) in the clock's zone.
        assert deadline == datetime(2026, 3, 9, 0, 0, tzinfo=UTC)
        assert watch.timer.isActive()
        woke: list[bool] = []
        watch.woke.connect(lambda: woke.append(True))

        gap = (TUESDAY_MORNING - SUNDAY_EVENING).total_seconds()
        if slept:
            # Asleep from Sunday evening: the wall clock moved, the awake one did not.
            clock.sleep_machine(gap)
        else:
            # Awake all along: the timer fired at each boundary on its way.
            clock.advance(gap)
            awake.seconds += gap
        with qtbot.waitSignal(window.streaks_shown, timeout=10_000):
            watch.timer.timeout.emit()

        assert woke == ([True] if slept else [])
        assert watch.today == date(2026, 3, 10)
        assert window.home.streak_label.text() == "No day streak yet · 0 of 5 days this week"
        # The open Progress page shows Tuesday without being shown again.
        assert progress.isVisible()
        assert progress.progress is not None
        assert progress.progress.today == date(2026, 3, 10)
        assert progress.progress.streaks.day_streak == 0
        assert progress.week_line.text() == "0 of 5 practice days so far this week."
        # Re-armed for Wednesday's start, or the longest wait before it.
        assert watch.timer.isActive()
        assert watch.deadline() == datetime(2026, 3, 11, 0, 0, tzinfo=UTC)


def test_a_new_time_zone_moves_today(qtbot: QtBot, tmp_path: Path) -> None:
    awake = AwakeClock()
    # 23:30 on Sunday in UTC is already 08:30 on Monday in Tokyo.
    clock = FakeClock(datetime(2026, 3, 8, 23, 30, tzinfo=UTC), zone="UTC")
    rig = make_window(qtbot, tmp_path, SETTINGS, clock, awake_seconds=awake)
    watch = rig.window.day_watch
    changed: list[object] = []
    watch.day_changed.connect(changed.append)
    watch.check()
    assert changed == []
    clock.set_zone("Asia/Tokyo")
    watch.check()
    assert changed == [date(2026, 3, 9)]
    assert watch.deadline() == datetime(2026, 3, 9, 15, 0, tzinfo=UTC)


def test_a_later_day_start_hour_keeps_the_evening_and_moves_the_boundary(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from datetime import time

    clock = FakeClock(datetime(2026, 3, 9, 2, 0, tzinfo=UTC), zone="UTC")
    rig = make_window(qtbot, tmp_path, Settings(day_start=time(4, 0)), clock)
    window = rig.window
    assert window.today() == date(2026, 3, 8)
    assert window.day_watch.deadline() == datetime(2026, 3, 9, 4, 0, tzinfo=UTC)
    window.apply_settings(Settings(day_start=time(1, 0)))
    assert window.today() == date(2026, 3, 9)
    assert window.day_watch.deadline() == datetime(2026, 3, 10, 1, 0, tzinfo=UTC)


def test_the_watch_asks_for_the_systems_zone_before_each_look(qtbot: QtBot, tmp_path: Path) -> None:
    from unknot.ui.window.day_watch import DayWatch

    # 22:30 on Sunday in UTC; the system moves to Auckland (already Monday).
    clock = FakeClock(datetime(2026, 3, 8, 22, 30, tzinfo=UTC), zone="UTC")
    system_zone = ["UTC"]
    rig = make_window(qtbot, tmp_path, SETTINGS, clock)
    watch = DayWatch(
        lambda: rig.window.calendar,
        rig.window,
        awake_seconds=AwakeClock(),
        follow_zone=lambda: clock.set_zone(system_zone[0]),
    )
    watch.start()
    changed: list[object] = []
    watch.day_changed.connect(changed.append)
    system_zone[0] = "Pacific/Auckland"
    watch.check()
    assert changed == [date(2026, 3, 9)]


def test_the_system_clock_follows_the_systems_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    from zoneinfo import ZoneInfo

    from unknot import localzone
    from unknot.core.clock import SystemClock

    clock = SystemClock(ZoneInfo("UTC"))
    monkeypatch.setattr(localzone, "local_zone", lambda: ZoneInfo("Asia/Tokyo"))
    localzone.follow_system_zone(clock)
    assert clock.zone() == ZoneInfo("Asia/Tokyo")
