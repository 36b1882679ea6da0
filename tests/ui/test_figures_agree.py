"""The window and `unknot stats` count from one set of functions: the same
histories give the same numbers on the home line, the progress page and the
command line."""

from __future__ import annotations

import json
import os
import random
from datetime import UTC, datetime, time, timedelta, timezone
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.records import hold, session
from tests.ui.window_rig import make_window, with_history
from unknot.cli import main
from unknot.core.clock import FakeClock
from unknot.core.records import SessionRecord
from unknot.core.streaks import Streaks
from unknot.settings import Settings, save_settings
from unknot.store import History
from unknot.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")

NOW = datetime(2026, 6, 14, 10, 0, tzinfo=UTC)
ZONES = (("Europe/Berlin", 2), ("America/Los_Angeles", -7), ("Australia/Sydney", 10))


def a_history(seed: int) -> tuple[list[SessionRecord], list[datetime]]:
    """Some weeks of practice with gaps, short tries, trips across the date line
    and rest days, the same for every run of one seed."""
    rng = random.Random(seed)
    sessions: list[SessionRecord] = []
    rest: list[datetime] = []
    day = NOW - timedelta(days=rng.randint(20, 90))
    number = 0
    while day < NOW + timedelta(days=1):
        roll = rng.random()
        if roll < 0.65:
            zone, offset = ZONES[rng.randrange(len(ZONES))] if rng.random() < 0.2 else ZONES[0]
            local = day.replace(hour=rng.choice([1, 3, 7, 19, 23]), tzinfo=UTC)
            start = local.replace(tzinfo=timezone(timedelta(hours=offset)))
            held = rng.choice([30.0, 59.0, 60.0, 95.5, 240.0])
            sessions.append(
                session(
                    f"s{number}",
                    start,
                    time_zone=zone,
                    holds=(hold(start + timedelta(seconds=10), held_seconds=held),),
                )
            )
            number += 1
        elif roll < 0.75:
            rest.append(day)
        elif roll < 0.85:
            # A session whose every spot was skipped: no hold, or holds of a few
            # seconds (an older file kept them). It counts for nothing anywhere.
            start = day.replace(hour=12, tzinfo=UTC).astimezone(timezone(timedelta(hours=2)))
            few = tuple(
                hold(start + timedelta(seconds=10 * n), held_seconds=rng.choice([0.0, 3.5]))
                for n in range(rng.randint(0, 3))
            )
            sessions.append(session(f"s{number}", start, time_zone="Europe/Berlin", holds=few))
            number += 1
        day += timedelta(days=1)
    return sessions, rest


def session_summary_streaks(window: MainWindow) -> Streaks:
    """The streaks the session summary would show now (from the read model)."""
    screen = window.session_screen
    assert screen is not None
    return screen._glance().streaks


@pytest.mark.parametrize("seed", range(4))
def test_the_window_and_unknot_stats_give_the_same_numbers(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str], seed: int
) -> None:
    sessions, rest = a_history(seed)
    settings = Settings(
        weekly_goal=1 + seed % 7,
        week_start=(None, 7, 3, 1)[seed],
        day_start=(time(0, 0), time(4, 0), time(2, 30), time(0, 0))[seed],
    )
    data_dir = tmp_path / "data"
    with History.open(data_dir) as history:
        history.import_history(sessions, [day.date() for day in rest])
    config_dir = Path(os.environ["UNKNOT_CONFIG_DIR"])
    save_settings(config_dir, settings)

    clock = FakeClock(NOW, zone="Europe/Berlin")
    assert main(["stats", "--json", "--data-dir", str(data_dir)], clock=clock) == 0
    stats = json.loads(capsys.readouterr().out)

    rig = make_window(qtbot, tmp_path / "window", settings, clock)
    rig.data_dir = data_dir
    window = rig.window
    with with_history(rig):
        window.show()
        service = window.service
        assert service is not None
        shown: list[object] = []
        window.streaks_shown.connect(lambda: shown.append(None))
        window.wait_for_streaks()
        qtbot.waitUntil(lambda: window.glance is not None)
        glance = window.glance
        assert glance is not None
        home = glance.streaks
        window.show_progress()
        model = window.progress.model
        assert model is not None and model is window.practice_log
        model.wait()
        qtbot.waitUntil(lambda: window.progress.progress is not None)
        progress = window.progress.progress
        assert progress is not None
        qtbot.waitUntil(lambda: bool(window.home.streak_label.text()))
        summary = session_summary_streaks(window)

    # Histories that say something: a streak and a best to agree on.
    assert stats["best_day_streak"] >= 2 and stats["total_sessions"] > 10
    for streaks in (home, progress.streaks, summary):
        assert {
            "day_streak": streaks.day_streak,
            "best_day_streak": streaks.best_day_streak,
            "week_streak": streaks.week_streak,
            "best_week_streak": streaks.best_week_streak,
            "weekly_goal": streaks.weekly_goal,
            "week_start": streaks.week_start,
            "this_week_days": streaks.this_week_days,
        } == {
            key: stats[key]
            for key in (
                "day_streak",
                "best_day_streak",
                "week_streak",
                "best_week_streak",
                "weekly_goal",
                "week_start",
                "this_week_days",
            )
        }
    assert progress.today.isoformat() == stats["today"] == window.today().isoformat()
    counting = [record for record in sessions if record.counts]
    assert len(counting) < len(sessions)
    assert progress.session_count == stats["total_sessions"] == len(counting)
    assert window.progress.sessions_model.rowCount() == len(counting)
    assert progress.total_seconds == stats["total_hold_seconds"]
    assert stats["total_hold_seconds"] == sum(record.hold_seconds for record in counting)
    assert window.home.streak_label.text().startswith(
        "No day streak" if home.day_streak == 0 else f"{home.day_streak} day"
    )
    # This week against what it asks (the goal less rest days and days before the
    # first session), on the home line as on the tray, the summary and the page.
    assert f"{home.this_week_days} of {home.this_week_needed} day" in (
        window.home.streak_label.text()
    )
