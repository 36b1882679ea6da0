"""The daily reminder on a fake clock: it speaks only when today has no practice."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from pytestqt.qtbot import QtBot

from unknot.core.clock import FakeClock
from unknot.ui.desktop.reminders import MAX_WAIT_MS, DailyReminder, NoticeWay, send_desktop_notice

# 17:00 UTC is 18:00 in Berlin in winter.
START = datetime(2026, 3, 2, 17, 0, tzinfo=UTC)


class Practice:
    def __init__(self) -> None:
        self.done = False
        self.asked = 0

    def __call__(self) -> bool:
        self.asked += 1
        return self.done


def _reminder(
    qtbot: QtBot, clock: FakeClock, practice: Practice
) -> tuple[DailyReminder, list[int]]:
    reminder = DailyReminder(clock, practice)
    fired: list[int] = []
    reminder.reminded.connect(lambda: fired.append(1))
    return reminder, fired


def _run_until(clock: FakeClock, reminder: DailyReminder, until: datetime) -> None:
    """Let time pass the way the timer would wake it."""
    while clock.now() < until:
        clock.advance(reminder.timer.interval() / 1000)
        reminder.check()


def test_reminds_when_nothing_was_practised(qtbot: QtBot) -> None:
    clock = FakeClock(START, zone="Europe/Berlin")
    practice = Practice()
    reminder, fired = _reminder(qtbot, clock, practice)
    reminder.set_time(time(19, 0))
    assert reminder.deadline() == datetime(2026, 3, 2, 18, 0, tzinfo=UTC)
    # An hour away: the timer sleeps no longer than its longest wait.
    assert reminder.timer.isActive()
    assert reminder.timer.interval() == MAX_WAIT_MS + 1

    clock.advance(59 * 60)
    reminder.check()
    assert fired == []
    assert practice.asked == 0
    # A minute left: the timer is set to it.
    assert reminder.timer.interval() == 60_000 + 1

    clock.advance(60)
    reminder.check()
    assert fired == [1]
    # Re-armed for tomorrow evening.
    assert reminder.deadline() == datetime(2026, 3, 3, 18, 0, tzinfo=UTC)
    assert reminder.timer.isActive()


def test_silent_when_practised_and_re_armed_for_tomorrow(qtbot: QtBot) -> None:
    clock = FakeClock(START, zone="Europe/Berlin")
    practice = Practice()
    practice.done = True
    reminder, fired = _reminder(qtbot, clock, practice)
    reminder.set_time(time(19, 0))
    clock.advance(3600)
    reminder.check()
    assert fired == []
    assert practice.asked == 1
    assert reminder.deadline() == datetime(2026, 3, 3, 18, 0, tzinfo=UTC)

    # Tomorrow nothing was done: it speaks.
    practice.done = False
    clock.advance(24 * 3600)
    reminder.check()
    assert fired == [1]


def test_once_a_day_however_often_it_wakes(qtbot: QtBot) -> None:
    clock = FakeClock(START, zone="Europe/Berlin")
    reminder, fired = _reminder(qtbot, clock, Practice())
    reminder.set_time(time(19, 0))
    _run_until(clock, reminder, START + timedelta(days=3))
    assert fired == [1, 1, 1]


def test_a_timer_that_fires_early_only_re_arms(qtbot: QtBot) -> None:
    clock = FakeClock(START, zone="Europe/Berlin")
    reminder, fired = _reminder(qtbot, clock, Practice())
    reminder.set_time(time(19, 0))
    clock.advance(3600 - 0.2)
    reminder.check()
    assert fired == []
    assert reminder.timer.interval() == 201
    clock.advance(0.2)
    reminder.check()
    assert fired == [1]


def test_a_clock_set_back_finds_todays_reminder_again(qtbot: QtBot) -> None:
    clock = FakeClock(START, zone="Europe/Berlin")
    reminder, _ = _reminder(qtbot, clock, Practice())
    reminder.set_time(time(19, 0))
    # The person fixes a clock that ran a day ahead.
    clock.set_wall(START - timedelta(days=1))
    reminder.check()
    assert reminder.deadline() == datetime(2026, 3, 1, 18, 0, tzinfo=UTC)


def test_a_clock_set_forward_past_the_time_reminds_once(qtbot: QtBot) -> None:
    clock = FakeClock(START, zone="Europe/Berlin")
    reminder, fired = _reminder(qtbot, clock, Practice())
    reminder.set_time(time(19, 0))
    clock.set_wall(START + timedelta(hours=2))
    reminder.check()
    reminder.check()
    assert fired == [1]


def test_a_machine_asleep_through_the_evening_stays_quiet_next_morning(qtbot: QtBot) -> None:
    clock = FakeClock(START, zone="Europe/Berlin")
    reminder, fired = _reminder(qtbot, clock, Practice())
    reminder.set_time(time(19, 0))
    clock.sleep_machine(15 * 3600)  # 18:00 to 09:00 the next day
    reminder.check()
    assert fired == []
    assert reminder.deadline() == datetime(2026, 3, 3, 18, 0, tzinfo=UTC)


def test_a_new_zone_has_its_own_evening(qtbot: QtBot) -> None:
    clock = FakeClock(START, zone="Europe/Berlin")
    reminder, _ = _reminder(qtbot, clock, Practice())
    reminder.set_time(time(19, 0))
    clock.set_zone("America/New_York")  # 12:00 there
    reminder.check()
    assert reminder.deadline() == datetime(2026, 3, 3, 0, 0, tzinfo=UTC)


def test_off_means_no_timer(qtbot: QtBot) -> None:
    clock = FakeClock(START, zone="Europe/Berlin")
    reminder, fired = _reminder(qtbot, clock, Practice())
    reminder.set_time(time(19, 0))
    reminder.set_time(None)
    assert reminder.deadline() is None
    assert not reminder.timer.isActive()
    clock.advance(2 * 3600)
    reminder.check()
    assert fired == []


def test_without_a_tray_the_taskbar_entry_asks_for_attention(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.add_widget(window)
    assert send_desktop_notice(window, None, use_portal=False) is NoticeWay.ALERT
