"""Importing writes everything in one transaction and skips what is already there."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from tests.records import hold, session
from tests.store.fixtures.make_fixtures import (
    EXPECTED_REST_DAYS,
    EXPECTED_ROUTINES,
    EXPECTED_SESSIONS,
)
from tests.store.helpers import ST_JOHNS_WINTER, assert_same_instants_and_offsets
from unknot.core.areas import AreaId, Side
from unknot.core.plans import Routine, Selection, Spot
from unknot.core.records import Outcome, SessionKind, SessionRecord
from unknot.store import History, HistoryError, ImportReport, convert
from unknot.store import history as history_module

START = datetime(2026, 2, 1, 18, 0, tzinfo=ST_JOHNS_WINTER)


def _sessions(count: int) -> list[SessionRecord]:
    return [
        session(
            f"imported-{n}",
            START + timedelta(days=n),
            time_zone="America/St_Johns",
            holds=tuple(hold(START + timedelta(days=n, minutes=m)) for m in range(n % 3 + 1)),
        )
        for n in range(count)
    ]


def test_an_import_into_an_empty_history_reads_back_the_same(history: History) -> None:
    report = history.import_history(EXPECTED_SESSIONS, EXPECTED_REST_DAYS, EXPECTED_ROUTINES)

    assert report == ImportReport(
        sessions_added=len(EXPECTED_SESSIONS),
        sessions_skipped=0,
        holds_added=sum(len(s.holds) for s in EXPECTED_SESSIONS),
        rest_days_added=len(EXPECTED_REST_DAYS),
        routines_added=len(EXPECTED_ROUTINES),
        routines_skipped=0,
    )
    assert_same_instants_and_offsets(history.sessions(), list(EXPECTED_SESSIONS))
    assert history.rest_days() == EXPECTED_REST_DAYS
    assert history.routines() == sorted(EXPECTED_ROUTINES, key=lambda r: r.name.casefold())


def test_what_is_already_there_is_skipped_and_kept(history: History) -> None:
    mine = history.begin_session(SessionKind.FOCUS, START, "America/St_Johns")
    history.set_rest_day(date(2026, 2, 1), rest=True)
    history.save_routine(Routine("desk neck", (Selection(Spot(AreaId.JAW, Side.BOTH)),)))
    incoming = _sessions(3)
    clash = replace(incoming[0], id=mine, note="from the file")

    report = history.import_history(
        [clash, *incoming, incoming[1]],  # incoming[1] twice
        [date(2026, 2, 1), date(2026, 2, 2), date(2026, 2, 2)],
        EXPECTED_ROUTINES,
    )

    assert report == ImportReport(
        sessions_added=3,
        sessions_skipped=2,
        holds_added=sum(len(s.holds) for s in incoming),
        rest_days_added=1,
        routines_added=1,
        routines_skipped=1,
        sessions_differing=1,  # the clash; the repeat was added by this import
    )
    kept = history.session(mine)
    assert kept is not None
    assert kept.note is None
    assert kept.holds == ()
    assert history.session_count() == 4
    assert history.rest_days() == {date(2026, 2, 1), date(2026, 2, 2)}
    desk_neck = [r for r in history.routines() if r.name == "desk neck"]
    assert desk_neck == [Routine("desk neck", (Selection(Spot(AreaId.JAW, Side.BOTH)),))]

    again = history.import_history(incoming, [date(2026, 2, 2)], EXPECTED_ROUTINES)
    assert again == ImportReport(0, 3, 0, 0, 0, 2)


def test_a_failure_midway_leaves_nothing_written(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Hand every session to SQLite as soon as it is added, so the ones before the
    # bad one really are in the database's transaction when it fails.
    monkeypatch.setattr(history_module, "IMPORT_FLUSH_EVERY", 1)
    incoming = _sessions(5)
    bad_hold = hold(START, tenderness_after=12)
    incoming[3] = replace(incoming[3], holds=(*incoming[3].holds, bad_hold))

    with History.open(data_dir) as history:
        before = history.begin_session(SessionKind.SCAN, START, "America/St_Johns")
        with pytest.raises(HistoryError, match="0-10"):
            history.import_history(incoming, [date(2026, 2, 9)], EXPECTED_ROUTINES)

        assert [s.id for s in history.sessions()] == [before]
        assert history.rest_days() == frozenset()
        assert history.routines() == []

    raw = sqlite3.connect(data_dir / "history.sqlite3")
    try:
        assert raw.execute("SELECT count(*) FROM holds").fetchone() == (0,)
        assert raw.execute("SELECT id FROM sessions").fetchall() == [(before,)]
    finally:
        raw.close()


def test_a_failure_in_the_database_also_leaves_nothing(
    history: History, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(history_module, "IMPORT_FLUSH_EVERY", 1)
    incoming = _sessions(4)
    # Python-side checks pass; the schema's CHECK on the time zone does not.
    incoming[2] = replace(incoming[2], time_zone="")
    monkeypatch.setattr(convert, "check_time_zone", lambda zone: None)

    with pytest.raises(HistoryError, match="CHECK constraint failed"):
        history.import_history(incoming, [], [])

    assert history.session_count() == 0
    assert history.total_hold_seconds() == 0.0


def test_an_import_never_creates_a_running_session(data_dir: Path) -> None:
    # Stored as the next open would close it: interrupted, ending with its last hold.
    running = session("still-running", START, outcome=None, time_zone="America/St_Johns")
    with History.open(data_dir) as history:
        history.import_history([running], [])
        record = history.session("still-running")
    assert record is not None
    assert record.outcome is Outcome.INTERRUPTED
    assert record.ended_at == running.holds[-1].ended_at
    with History.open(data_dir) as history:
        assert history.interrupted_closed == 0
        assert history.session("still-running") == record


def test_many_sessions_import_in_one_go(history: History) -> None:
    incoming = _sessions(1000)

    report = history.import_history(incoming, [])

    assert report.sessions_added == 1000
    assert history.session_count() == 1000
    assert [s.id for s in history.sessions()] == [s.id for s in incoming]


def test_a_fuller_copy_of_a_session_is_skipped_but_counted_as_differing(
    history: History,
) -> None:
    # A copy taken mid-session (one hold, then closed as interrupted) was restored
    # first; the day's later copy has the same session with three holds and its
    # real ending.
    holds = tuple(hold(START + timedelta(minutes=m)) for m in range(3))
    early = session("s-1", START, time_zone="America/St_Johns", outcome=None, holds=holds[:1])
    later = replace(
        session("s-1", START, time_zone="America/St_Johns", holds=holds),
        outcome=Outcome.STOPPED_PAIN,
    )
    same = _sessions(2)
    history.import_history([early, *same], [])
    kept = history.sessions()

    report = history.import_history([later, *same], [])

    assert (report.sessions_skipped, report.sessions_differing) == (3, 1)
    assert history.sessions() == kept  # nothing written over


def _changes(record: SessionRecord) -> list[SessionRecord]:
    """`record` changed in one thing a person would miss each: holds, outcome, end, note."""
    assert record.ended_at is not None
    return [
        replace(record, holds=(*record.holds, hold(START + timedelta(hours=1)))),
        replace(record, holds=()),
        replace(record, holds=(replace(record.holds[0], tenderness_after=1),)),
        replace(record, outcome=Outcome.STOPPED_PAIN),
        replace(record, ended_at=record.ended_at + timedelta(minutes=5)),
        replace(record, note="calves burned"),
    ]


@pytest.mark.parametrize("change", range(6))
def test_each_kind_of_difference_is_counted_and_nothing_else(history: History, change: int) -> None:
    incoming = _sessions(4)
    history.import_history(incoming, [])
    before = history.sessions()

    # The same sessions again, as read back: none differs.
    assert history.import_history(before, []).sessions_differing == 0
    changed = [_changes(incoming[1])[change], _changes(incoming[3])[change], incoming[0]]
    report = history.import_history(changed, [])

    assert (report.sessions_skipped, report.sessions_differing) == (3, 2)
    assert history.sessions() == before


def test_an_open_session_already_closed_as_interrupted_does_not_differ(
    history: History,
) -> None:
    open_copy = session("s-open", START, time_zone="America/St_Johns", outcome=None)
    history.import_history([open_copy], [])

    assert history.import_history([open_copy, open_copy], []).sessions_differing == 0
