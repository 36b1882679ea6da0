"""A journey across the date line, recorded through the real store, reads the same
streak in every place that shows one: the window's streak line, the progress
view and `unknot stats`."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.records import hold
from unknot.cli import main
from unknot.core.clock import FakeClock
from unknot.core.progress import DayState, build_progress
from unknot.core.records import Outcome, SessionKind
from unknot.core.streaks import StreakSettings, today_for
from unknot.settings import Settings, save_settings
from unknot.store import History
from unknot.ui.history.history_service import HistoryService
from unknot.ui.history.practice_log_model import read_glance

LOS_ANGELES = ZoneInfo("America/Los_Angeles")
SYDNEY = ZoneInfo("Australia/Sydney")
SETTINGS = StreakSettings(weekly_goal=5, week_start=1)


@pytest.fixture
def travelled(tmp_path: Path) -> Iterator[tuple[History, datetime]]:
    """Five evenings in Los Angeles (5-9 January 2026, 20:00), then 08:00 in Sydney
    17 hours after the last: Sunday 11 January there, Saturday skipped."""
    history = History.open(tmp_path / "data")
    starts = [datetime(2026, 1, 5 + i, 20, 0, tzinfo=LOS_ANGELES) for i in range(5)]
    sydney = (starts[-1] + timedelta(hours=17)).astimezone(SYDNEY)
    assert (sydney.day, sydney.hour) == (11, 8)
    for started, zone in [*((s, LOS_ANGELES) for s in starts), (sydney, SYDNEY)]:
        session_id = history.begin_session(SessionKind.FOCUS, started, zone.key)
        history.record_hold(session_id, hold(started, held_seconds=300))
        history.finish_session(session_id, Outcome.COMPLETED, started + timedelta(minutes=6))
    yield history, sydney + timedelta(hours=1)
    history.close()


def test_every_view_keeps_the_streak_over_the_skipped_date(
    travelled: tuple[History, datetime], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    history, now = travelled
    today = today_for(now, SYDNEY, SETTINGS.day_start)
    assert today == date(2026, 1, 11)

    assert read_glance(HistoryService(history), today, SETTINGS).streaks.day_streak == 6
    progress = build_progress(history.sessions(), history.rest_days(), today, SETTINGS)
    assert (progress.streaks.day_streak, progress.streaks.week_streak) == (6, 1)
    # The week's marks agree: the skipped Saturday is not shown as missed.
    marks = {mark.day: mark.state for mark in progress.this_week}
    assert marks[date(2026, 1, 10)] is DayState.REST
    assert DayState.MISSED not in marks.values()

    save_settings(Path(os.environ["UNKNOT_CONFIG_DIR"]), Settings(weekly_goal=5, week_start=1))
    clock = FakeClock(now=now, zone=SYDNEY.key)
    status = main(["stats", "--json", "--data-dir", str(tmp_path / "data")], clock=clock)
    stats = json.loads(capsys.readouterr().out)
    assert status == 0
    assert (stats["today"], stats["day_streak"], stats["week_streak"]) == ("2026-01-11", 6, 1)
