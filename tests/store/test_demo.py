"""The example history: the same every time, valid for the store, and lifelike
enough that every part of the progress view has something to show."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from unknot.core.areas import Side, area
from unknot.core.progress import Trend, build_progress
from unknot.core.records import SessionKind
from unknot.core.streaks import StreakSettings
from unknot.store import History
from unknot.store.demo import DEMO_DAYS, fill_demo_history, make_demo_history
from unknot.store.exchange import history_from_json, to_json

LAST_DAY = date(2026, 3, 10)


def test_the_same_seed_gives_the_same_history() -> None:
    assert make_demo_history(LAST_DAY) == make_demo_history(LAST_DAY)
    assert make_demo_history(LAST_DAY, seed=2) != make_demo_history(LAST_DAY)


def test_the_demo_passes_every_check_of_the_backup_format() -> None:
    demo = make_demo_history(LAST_DAY)
    parsed = history_from_json(to_json(demo.sessions, demo.rest_days, demo.routines))
    assert parsed.sessions == demo.sessions
    assert len(parsed.routines) == 2


def test_the_demo_looks_like_a_person_who_keeps_at_it() -> None:
    demo = make_demo_history(LAST_DAY)
    first_day = LAST_DAY - timedelta(days=DEMO_DAYS - 1)
    days = {session.local_date for session in demo.sessions}
    assert min(days) >= first_day and max(days) <= LAST_DAY
    assert 0.6 * DEMO_DAYS < len(days) < 0.95 * DEMO_DAYS
    assert demo.rest_days and not set(demo.rest_days) & days
    kinds = {session.kind for session in demo.sessions}
    assert kinds == {SessionKind.FOCUS, SessionKind.SCAN}
    for session in demo.sessions:
        assert session.holds and session.ended_at is not None
        assert session.started_at <= session.holds[0].started_at
        for earlier, later in zip(session.holds, session.holds[1:], strict=False):
            assert earlier.ended_at <= later.started_at
        for hold in session.holds:
            for rating in (hold.tenderness_before, hold.tenderness_after):
                assert rating is None or 0 <= rating <= 10
            if session.kind is SessionKind.SCAN:
                assert hold.side is Side.BOTH
                assert hold.planned_seconds == area(hold.area).scan_seconds
            else:
                assert hold.planned_seconds in (120, 180)
                assert hold.tools_tried[-1] == hold.tool
                assert hold.tool in area(hold.area).ladder
                assert hold.held_seconds <= hold.planned_seconds + 1


def test_the_demo_crosses_clock_changes_with_the_right_offsets() -> None:
    demo = make_demo_history(date(2026, 4, 30), days=120, zone="Europe/Berlin")
    offsets = {s.started_at.utcoffset() for s in demo.sessions}
    assert offsets == {timedelta(hours=1), timedelta(hours=2)}


def test_every_part_of_the_progress_view_has_something_to_show() -> None:
    demo = make_demo_history(LAST_DAY)
    progress = build_progress(demo.sessions, demo.rest_days, LAST_DAY, StreakSettings())
    assert progress.streaks.best_day_streak >= 5
    assert progress.streaks.best_week_streak >= 2
    assert sum(week.seconds > 0 for week in progress.weeks) >= 10
    assert len(progress.spots) >= 10
    assert any(s.trend is Trend.IMPROVING for s in progress.spots)
    # The left side of the neck never eases.
    assert [n.name for n in progress.nudges] == ["Left side of the neck"]


def test_ten_years_is_about_the_size_the_benchmark_wants() -> None:
    demo = make_demo_history(LAST_DAY, days=3650, practice_chance=0.93)
    assert 3300 <= len(demo.sessions) <= 4000
    assert 18_000 <= demo.hold_count <= 22_000


def test_filling_a_history(tmp_path: Path) -> None:
    with History.open(tmp_path / "data") as history:
        report = fill_demo_history(history, LAST_DAY, days=30)
        assert report.sessions_added == history.session_count() > 15
        assert len(history.routines()) == 2
