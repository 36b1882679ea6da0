"""Every view counts the history by the same rules, for any history.

- What counts as practice: a session whose every spot was skipped (no hold, or
  only holds under `records.WORKED_SECONDS`) changes no figure anywhere, and
  every view lists and counts the same sessions, practice days and streaks.
- Totals add up: every total shown is the sum of the parts shown beside it,
  to the second (the session summary, the holds of a session, a day of the
  calendar, the sessions table against `unknot stats`, the weeks, the table
  by area, the report).
- No figure covers time before the first session or after today.

The views are the progress page's (`core.progress`, the calendar's day text,
the sessions table, the week charts), the session summary, the read model's
glance (the home line and the tray), `unknot stats` and the report.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.records import hold, session
from unknot.cli import _stats_table, stats_summary
from unknot.core.areas import AreaId, Side
from unknot.core.formats import duration_text, minutes_held, total_duration_text
from unknot.core.practice_log import PracticeLog, practice_sessions
from unknot.core.progress import Progress, build_progress, sessions_by_day
from unknot.core.records import (
    WORKED_SECONDS,
    HoldRecord,
    Outcome,
    SessionRecord,
    practice_date,
)
from unknot.core.report import ReportData, report_of
from unknot.core.streaks import (
    DAYS_IN_WEEK,
    PRACTICE_DAY_SECONDS,
    StreakSettings,
    week_needed,
    week_of,
)
from unknot.ui.progress.progress_view import day_details
from unknot.ui.progress.session_holds_dialog import hold_cells
from unknot.ui.progress.sessions_model import COL_HELD, SessionsModel
from unknot.ui.progress.spot_stats_model import COL_HELD as SPOT_COL_HELD
from unknot.ui.progress.spot_stats_model import SpotStatsModel
from unknot.ui.progress.week_chart import bar_caption
from unknot.ui.session.session_summary import SessionSummary

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

TODAY = date(2026, 6, 17)  # a Wednesday
OFFSET = timezone(timedelta(hours=2))
SPOTS = ((AreaId.NECK, Side.LEFT), (AreaId.CALVES, Side.RIGHT), (AreaId.HEAD, Side.BOTH))

# Seconds held: skipped, just over, and real holds with fractions.
WORKED = st.one_of(
    st.floats(WORKED_SECONDS, 600, allow_nan=False),
    st.integers(5, 400).map(float),
    st.sampled_from([59.9, 60.0, 119.99, 3599.5]),
)
SKIPPED = st.floats(0, WORKED_SECONDS, allow_nan=False, exclude_max=True)


def _start(days_back: int, minute: int) -> datetime:
    day = TODAY - timedelta(days=days_back)
    return datetime(day.year, day.month, day.day, tzinfo=OFFSET) + timedelta(minutes=minute)


@st.composite
def _holds(
    draw: st.DrawFn, start: datetime, held: st.SearchStrategy[float]
) -> tuple[HoldRecord, ...]:
    found = []
    at = start + timedelta(seconds=20)
    for seconds in draw(st.lists(held, max_size=4)):
        area, side = draw(st.sampled_from(SPOTS))
        rated = draw(st.booleans())
        found.append(
            hold(
                at,
                area=area,
                side=side,
                held_seconds=seconds,
                tenderness_before=draw(st.integers(0, 10)) if rated else None,
                tenderness_after=draw(st.integers(0, 10)) if rated else None,
            )
        )
        at += timedelta(seconds=seconds + 10)
    return tuple(found)


@st.composite
def histories(draw: st.DrawFn, *, prefix: str = "s", skipped: bool = False) -> list[SessionRecord]:
    """Sessions over the last ten weeks up to today. `skipped`: only sessions
    whose every spot was skipped (none stopped for pain: that is told apart)."""
    found = []
    for number in range(draw(st.integers(0, 14 if not skipped else 4))):
        start = _start(draw(st.integers(0, 70)), draw(st.integers(0, 24 * 60 - 60)))
        if skipped:
            holds = draw(_holds(start, SKIPPED))
            outcome = draw(st.sampled_from([Outcome.COMPLETED, Outcome.INTERRUPTED]))
        else:
            holds = draw(_holds(start, st.one_of(WORKED, WORKED, SKIPPED)))
            outcome = draw(st.sampled_from(list(Outcome)))
        note = draw(st.sampled_from([None, "stiff after the drive"]))
        found.append(
            session(
                f"{prefix}{number}",
                start,
                time_zone="Europe/Berlin",
                outcome=outcome,
                holds=holds,
                note=note,
            )
        )
    return found


REST = st.frozensets(st.integers(0, 75).map(lambda n: TODAY - timedelta(days=n)), max_size=6)
RULES = st.builds(
    StreakSettings,
    weekly_goal=st.integers(1, 7),
    week_start=st.integers(1, 7),
    day_start=st.sampled_from([time(0, 0), time(4, 0)]),
)
EXAMPLES = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _seconds(text: str) -> int:
    """The seconds a duration as shown says: "1 h 02 min 05 s", "4 min 30 s"."""
    units = {"h": 3600, "min": 60, "s": 1}
    return sum(
        int(number.replace(",", "")) * units[unit]
        for number, unit in re.findall(r"([\d,]+) (h|min|s)\b", text)
    )


def _report(
    sessions: Sequence[SessionRecord],
    rest: Iterable[date],
    rules: StreakSettings,
    first: date = TODAY - timedelta(days=90),
    last: date = TODAY,
) -> ReportData:
    return report_of(
        sessions,
        rest,
        first,
        last,
        today=TODAY,
        day_start=rules.day_start,
        week_start=rules.week_start,
        weekly_goal=rules.weekly_goal,
        safety_answered_on=None,
        safety_conditions=(),
    )


def _listed(sessions: Sequence[SessionRecord]) -> list[str]:
    """The ids in the progress page's sessions table, newest first, as the view
    fills it from the read model."""
    log = PracticeLog.of_records(sessions, ())
    model = SessionsModel()
    model.set_sessions(log.practice_oldest_first())
    return [model.session_at(row).id for row in range(model.rowCount())]


def _day_texts(
    sessions: Sequence[SessionRecord], rest: frozenset[date], rules: StreakSettings
) -> dict[date, str]:
    by_day = sessions_by_day(
        PracticeLog.of_records(sessions, rest).practice_oldest_first(), rules.day_start
    )
    first = TODAY - timedelta(days=80)
    return {
        day: day_details(day, by_day.get(day, []), day in rest, TODAY)
        for day in (first + timedelta(days=n) for n in range((TODAY - first).days + 1))
    }


def _figures(
    sessions: Sequence[SessionRecord], rest: frozenset[date], rules: StreakSettings
) -> tuple[object, ...]:
    """Everything every view shows of a history."""
    log = PracticeLog.of_records(sessions, rest)
    base = PracticeLog.of(
        {s.id: (s.started_at, [h.held_seconds for h in s.holds]) for s in sessions}, rest
    )
    return (
        build_progress(sessions, rest, TODAY, rules),
        _report(sessions, rest, rules),
        log.glance(TODAY, rules),
        base.glance(TODAY, rules),
        stats_summary(log, TODAY, rules),
        stats_summary(base, TODAY, rules),
        _listed(sessions),
        _day_texts(sessions, rest, rules),
    )


# --- what counts as practice ---------------------------------------------------------------


@EXAMPLES
@given(histories(), histories(prefix="skip", skipped=True), REST, RULES)
def test_a_session_whose_every_spot_was_skipped_counts_nowhere(
    qapp: object,
    sessions: list[SessionRecord],
    skipped: list[SessionRecord],
    rest: frozenset[date],
    rules: StreakSettings,
) -> None:
    assert not any(record.counts for record in skipped)
    assert _figures(sessions, rest, rules) == _figures(sessions + skipped, rest, rules)


@EXAMPLES
@given(histories(), REST, RULES)
def test_every_view_counts_the_same_sessions_days_and_streaks(
    qapp: object, sessions: list[SessionRecord], rest: frozenset[date], rules: StreakSettings
) -> None:
    counting = [record for record in sessions if record.counts]
    log = PracticeLog.of_records(sessions, rest)
    progress = build_progress(sessions, rest, TODAY, rules)
    report = _report(sessions, rest, rules)
    stats = stats_summary(log, TODAY, rules)
    listed = _listed(sessions)
    by_day = sessions_by_day(log.practice_oldest_first(), rules.day_start)

    # Sessions: the progress page, its table and calendar, the report and stats.
    assert sorted(listed) == sorted(record.id for record in counting)
    assert progress.session_count == stats["total_sessions"] == report.sessions == len(listed)
    assert sum(len(day) for day in by_day.values()) == len(listed)
    # Practice days: the page, its weeks, the consistency weeks and the report.
    assert len(progress.practice_days) == report.practice_days
    assert sum(week.practice_days for week in progress.weeks) == report.practice_days
    assert sum(week.practice_days for week in progress.goal_weeks) == report.practice_days
    assert set(by_day) == set(progress.seconds_by_day)
    # Streaks: the page, the home line and tray (the glance, from records or sums), stats.
    glance = log.glance(TODAY, rules)
    assert progress.streaks == glance.streaks
    assert {key: stats[key] for key in ("day_streak", "week_streak", "this_week_days")} == {
        "day_streak": glance.streaks.day_streak,
        "week_streak": glance.streaks.week_streak,
        "this_week_days": glance.streaks.this_week_days,
    }
    # This week as the streaks count it is the consistency chart's last week.
    if progress.goal_weeks:
        this_week = progress.goal_weeks[-1]
        assert this_week.in_progress
        assert this_week.practice_days == progress.streaks.this_week_days
        assert this_week.needed == progress.streaks.this_week_needed
    # The week streak is the run of weeks the consistency chart marks as met.
    run = 0
    for week in reversed(progress.goal_weeks):
        if week.needed == 0 or (week.in_progress and not week.goal_met):
            continue
        if not week.goal_met:
            break
        run += 1
    assert progress.streaks.week_streak == run


# --- totals add up ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def summary(qapp: object) -> SessionSummary:
    return SessionSummary()


@EXAMPLES
@given(histories(), REST, RULES)
def test_every_total_shown_is_the_sum_of_the_parts_shown(
    summary: SessionSummary,
    sessions: list[SessionRecord],
    rest: frozenset[date],
    rules: StreakSettings,
) -> None:
    log = PracticeLog.of_records(sessions, rest)
    # The session summary and a session's holds: the total against its rows.
    for record in sessions:
        summary.show_session(record, None)
        rows = [duration_text(h.held_seconds) for h in record.holds]
        assert _seconds(summary.time_tile.value_label.text()) == sum(map(_seconds, rows))
        assert [hold_cells(h)[2] for h in record.holds] == rows
    # The calendar's day: its total against its sessions.
    days = _day_texts(sessions, rest, rules)
    day_totals: dict[date, int] = {}
    for day, text in days.items():
        lines = text.splitlines()
        if len(lines) > 1 and " held" in lines[1]:
            parts = [re.search(r"\(([^()]*)\)$", line) for line in lines[2:]]
            shown = [_seconds(part.group(1)) for part in parts if part is not None]
            total = _seconds(lines[1].split(",", 1)[1])
            assert total == sum(shown), text
            day_totals[day] = total
    # The sessions table against `unknot stats` (JSON and table).
    model = SessionsModel()
    model.set_sessions(log.practice_oldest_first())
    held = [_seconds(model.data(model.index(r, COL_HELD))) for r in range(model.rowCount())]
    stats = stats_summary(log, TODAY, rules)
    table = _stats_table(stats, 0)
    held_line = next(line for line in table.splitlines() if line.startswith("Time held"))
    assert stats["total_hold_seconds"] == sum(held) == _seconds(held_line)
    assert sum(day_totals.values()) == sum(held)
    # The weeks: each bar is the minutes of the days shown in it.
    progress = build_progress(sessions, rest, TODAY, rules)
    assert progress.total_seconds == sum(held)
    for week in progress.weeks:
        days_in_week = [week.first_day + timedelta(days=n) for n in range(DAYS_IN_WEEK)]
        week_total = sum(day_totals.get(day, 0) for day in days_in_week)
        assert week.seconds == week_total
        assert bar_caption(week) == str(minutes_held(week_total))
    for goal_week in progress.goal_weeks:
        days_in_week = [goal_week.first_day + timedelta(days=n) for n in range(DAYS_IN_WEEK)]
        assert goal_week.seconds == sum(day_totals.get(day, 0) for day in days_in_week)
    # The table by area: its rows against the page's total time held.
    spot_model = SpotStatsModel()
    spot_model.set_stats(progress.spots)
    by_area = [
        _seconds(spot_model.data(spot_model.index(r, SPOT_COL_HELD)))
        for r in range(spot_model.rowCount())
    ]
    assert sum(by_area) == _seconds(total_duration_text(progress.total_seconds))
    # The report: its total against its spots, its weeks and its days.
    report = _report(sessions, rest, rules)
    total = _seconds(total_duration_text(report.total_seconds))
    assert total == sum(_seconds(total_duration_text(spot.seconds)) for spot in report.spots)
    assert total == sum(week.seconds for week in report.weeks) == sum(day_totals.values())


# --- no figure before the first session or after today -----------------------------------------


@EXAMPLES
@given(
    histories(),
    REST,
    RULES,
    st.integers(0, 100).map(lambda n: TODAY - timedelta(days=n)),
    st.integers(0, 100),
)
def test_no_figure_covers_time_before_the_first_session_or_after_today(
    sessions: list[SessionRecord],
    rest: frozenset[date],
    rules: StreakSettings,
    first: date,
    length: int,
) -> None:
    counting = practice_sessions(sessions)
    started = min(
        (practice_date(record.started_at, rules.day_start) for record in counting), default=None
    )
    progress: Progress = build_progress(sessions, rest, TODAY, rules)
    assert progress.first_day == started
    for weeks in (progress.weeks, progress.goal_weeks):
        if started is None:
            assert weeks == ()
            continue
        assert weeks[0].first_day == week_of(started, rules.week_start)
        assert weeks[-1].first_day == week_of(TODAY, rules.week_start)
    # The first week asks only for the days it had from the first session on.
    if progress.goal_weeks and len(progress.goal_weeks) > 1:
        assert started is not None
        opening = progress.goal_weeks[0]
        days = [opening.first_day + timedelta(days=n) for n in range(DAYS_IN_WEEK)]
        off = sum(
            1
            for day in days
            if day < started
            or (day in rest and progress.seconds_by_day.get(day, 0) < PRACTICE_DAY_SECONDS)
        )
        assert opening.needed == week_needed(rules.weekly_goal, off)
    # A report of any period up to today: from the first session on, at the earliest.
    last = min(TODAY, first + timedelta(days=length))
    report = _report(sessions, rest, rules, first, last)
    if started is None or started > last:
        assert report.counted_from is None and report.weeks == ()
        assert report.sessions == report.practice_days == report.total_seconds == 0
        return
    since = max(first, started)
    assert report.counted_from == since
    assert report.days_in_period == (last - since).days + 1
    assert report.practice_days <= report.days_in_period
    assert report.weeks[0].first_day >= week_of(since, rules.week_start)
    assert report.weeks[-1].first_day == week_of(last, rules.week_start)
    in_period = [
        record
        for record in counting
        if since <= practice_date(record.started_at, rules.day_start) <= last
    ]
    assert report.sessions == len(in_period)
    for story in report.stories:
        assert since <= story.first and story.last <= last
        assert all(since <= day.day <= last for day in story.days)
    assert report.total_seconds == sum(record.hold_seconds for record in in_period)


def test_a_first_week_begun_on_a_saturday_asks_for_the_days_it_had() -> None:
    """Started on Saturday with a goal of five days (weeks from Monday): the
    weekend is the whole first week, and practising both days meets it."""
    saturday = date(2026, 6, 13)
    rules = StreakSettings(weekly_goal=5, week_start=1)
    sessions = [
        session(f"d{n}", datetime(2026, 6, 13 + n, 8, tzinfo=OFFSET), time_zone="Europe/Berlin")
        for n in range(2)
    ]
    progress = build_progress(sessions, (), TODAY, rules)
    first = progress.goal_weeks[0]
    assert (first.first_day, first.practice_days, first.needed) == (
        saturday - timedelta(days=5),
        2,
        2,
    )
    assert first.goal_met
    assert progress.streaks.week_streak == 1
    # The week before the first session is on no chart.
    assert [week.first_day for week in progress.weeks] == [date(2026, 6, 8), date(2026, 6, 15)]
    assert replace(progress.streaks, week_streak=0).this_week_needed == 5
