"""The history in memory: read once, then only what changed; read again whole
when something outside the app changed the count."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.records import hold, session
from unknot.core.records import Outcome, SessionKind, SessionRecord
from unknot.store import History
from unknot.ui.history_cache import HistoryCache
from unknot.ui.history_service import HistoryService

START = datetime(2026, 3, 1, 7, 0, tzinfo=UTC)


@pytest.fixture
def history(tmp_path: Path) -> Iterator[History]:
    opened = History.open(tmp_path / "data")
    opened.import_history([session(f"s{i}", START + timedelta(days=i)) for i in range(5)], [])
    yield opened
    opened.close()


def test_a_change_reads_only_the_last_days(
    history: History, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = HistoryService(history)
    cache = HistoryCache(service, threaded=False)
    changes: list[None] = []
    cache.changed.connect(lambda: changes.append(None))
    cache.load()
    assert cache.loaded and len(cache.sessions) == 5 and len(changes) == 1

    asked: list[date | None] = []
    read = service.sessions

    def counted(since: date | None = None) -> list[SessionRecord]:
        asked.append(since)
        return read(since)

    monkeypatch.setattr(service, "sessions", counted)
    when = START + timedelta(days=5)
    session_id = service.begin_session(SessionKind.FOCUS, when, "UTC")
    service.record_hold(session_id, hold(when + timedelta(seconds=10)))
    service.finish_session(session_id, Outcome.COMPLETED, when + timedelta(minutes=3))
    service.set_rest_day(date(2026, 3, 7), True)
    assert asked and None not in asked  # never the whole history again
    assert asked[0] == date(2026, 3, 4)  # the day before the newest session
    assert [s.id for s in cache.sessions][-1] == session_id
    assert cache.sessions[-1].holds and cache.sessions[-1].outcome is Outcome.COMPLETED
    assert len(cache.sessions) == 6
    assert cache.rest_days == {date(2026, 3, 7)}
    assert len(changes) == 1 + 4


def test_sessions_added_elsewhere_mean_a_whole_new_read(
    history: History, tmp_path: Path, qtbot: QtBot
) -> None:
    service = HistoryService(history)
    cache = HistoryCache(service, threaded=False)
    cache.load()
    # An older session arrives by another door (the command line's import).
    with History.open(tmp_path / "data") as other:
        other.import_history([session("old", START - timedelta(days=30))], [])
    service.set_rest_day(date(2026, 3, 7), True)
    assert cache.sessions[0].id == "old"
    assert len(cache.sessions) == 6


def test_a_change_during_the_first_read_is_not_lost(history: History, qtbot: QtBot) -> None:
    service = HistoryService(history)
    cache = HistoryCache(service)
    with qtbot.waitSignal(cache.changed, timeout=10_000):
        cache.load()
        assert cache.loading
        # Committed while the worker may already have read: caught up afterwards.
        service.set_rest_day(date(2026, 3, 7), True)
    cache.wait()
    qtbot.waitUntil(lambda: not cache.loading and cache.rest_days == {date(2026, 3, 7)})
    assert len(cache.sessions) == 5


def test_a_failed_read_is_told(history: History, qtbot: QtBot) -> None:
    service = HistoryService(history)
    cache = HistoryCache(service, threaded=False)
    history.close()
    with qtbot.waitSignal(cache.load_failed) as failed:
        cache.load()
    assert "closed" in str(failed.args[0])
    assert not cache.loaded and not cache.loading


def test_the_reads_after_a_change_run_off_the_window_thread(
    history: History, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = HistoryService(history)
    cache = HistoryCache(service)
    cache.load()
    cache.wait()
    qtbot.waitUntil(lambda: cache.loaded)

    read_on: list[threading.Thread] = []
    read = service.sessions

    def spied(since: date | None = None) -> list[SessionRecord]:
        read_on.append(threading.current_thread())
        return read(since)

    monkeypatch.setattr(service, "sessions", spied)
    when = START + timedelta(days=5)
    with qtbot.waitSignal(cache.changed, timeout=10_000):
        session_id = service.begin_session(SessionKind.FOCUS, when, "UTC")
    with qtbot.waitSignal(cache.changed, timeout=10_000):
        service.record_hold(session_id, hold(when + timedelta(seconds=10)))
    cache.wait()
    assert read_on and threading.main_thread() not in read_on
    assert [s.id for s in cache.sessions][-1] == session_id
    assert cache.sessions[-1].holds
