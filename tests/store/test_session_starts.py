"""The streaks' cheap read gives the same days as reading every session whole."""

from __future__ import annotations

from datetime import date, time

from unknot.core.streaks import seconds_by_day, seconds_by_day_of_totals
from unknot.store import History
from unknot.store.demo import fill_demo_history


def test_session_starts_add_up_like_the_full_records(history: History) -> None:
    fill_demo_history(history, date(2026, 3, 29))
    for day_start in (time(0, 0), time(3, 30)):
        full = seconds_by_day(history.sessions(), day_start)
        cheap = seconds_by_day_of_totals(history.session_starts(), day_start)
        assert cheap == full
    starts = history.session_starts()
    assert len(starts) == history.session_count()
    assert [s for s, _ in starts] == [r.started_at for r in history.sessions()]
    assert all(s.utcoffset() is not None for s, _ in starts)


def test_an_empty_history_has_no_starts(history: History) -> None:
    assert history.session_starts() == []


def test_session_sums_by_id_and_by_hold_match_the_whole_read(history: History) -> None:
    fill_demo_history(history, date(2026, 3, 29))
    every = history.session_sums()
    records = history.sessions()
    assert sorted(every) == sorted(r.id for r in records)
    for record in records:
        start, held = every[record.id]
        assert start == record.started_at and start.utcoffset() == record.started_at.utcoffset()
        assert held == [h.held_seconds for h in record.holds]
    some = [records[0].id, records[-1].id, "no such session"]
    assert history.session_sums(some) == {sid: every[sid] for sid in some[:2]}
    assert history.session_sums([]) == {}
    # A hold names its session: what a tenderness tap's change carries.
    fresh = records[-1]
    session_id = history.begin_session(fresh.kind, fresh.started_at, fresh.time_zone)
    hold_id = history.record_hold(session_id, fresh.holds[0])
    assert history.session_sums([], [hold_id]) == {
        session_id: (fresh.started_at, [fresh.holds[0].held_seconds])
    }
