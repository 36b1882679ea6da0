"""The hold saver: a hold the history refuses is kept, in order, and saved when
the history takes it again; the screen can always say what waits and why."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import TypeVar
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication

from tests.faults import held_by_another_writer, short_busy_wait
from tests.records import hold
from unknot.core.clock import FakeClock
from unknot.core.records import HoldRecord, Outcome, SessionKind
from unknot.store import History
from unknot.ui.history_service import HistoryService, SaveError
from unknot.ui.hold_saver import HoldSaver, SaverState

BERLIN = ZoneInfo("Europe/Berlin")
_T = TypeVar("_T")
START = datetime(2026, 3, 2, 18, 0, tzinfo=BERLIN)


def a_hold(n: int, *, after: int | None = None) -> HoldRecord:
    return hold(
        START + timedelta(minutes=3 * n),
        held_seconds=100.0 + n,
        released=after is not None,
        tenderness_after=after,
    )


@pytest.fixture
def history(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[History]:
    short_busy_wait(monkeypatch)
    opened = History.open(tmp_path / "data")
    yield opened
    opened.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def service(history: History) -> HistoryService:
    return HistoryService(history)


@pytest.fixture
def saver(service: HistoryService, clock: FakeClock, qapp: QApplication) -> HoldSaver:
    return HoldSaver(service, clock)


def _begin(service: HistoryService) -> str:
    return service.begin_session(SessionKind.FOCUS, START, "Europe/Berlin")


def test_without_a_fault_each_write_is_saved_at_once(
    saver: HoldSaver, service: HistoryService
) -> None:
    session_id = _begin(service)
    ticket = saver.record_hold(session_id, a_hold(0))
    assert ticket.saved
    saver.replace_hold(ticket, a_hold(0, after=2))
    saver.finish_session(session_id, Outcome.COMPLETED, START + timedelta(minutes=3))
    saver.set_session_note(session_id, "after gardening")
    assert saver.state() == SaverState(0, 0, None, None)
    saved = service.session(session_id)
    assert saved is not None
    assert saved.holds == (a_hold(0, after=2),)
    assert (saved.outcome, saved.note) == (Outcome.COMPLETED, "after gardening")


def test_holds_refused_while_another_writer_holds_the_file_wait_in_order(
    saver: HoldSaver, service: HistoryService, history: History
) -> None:
    session_id = _begin(service)
    saver.record_hold(session_id, a_hold(0))
    changes: list[SaverState] = []
    saver.state_changed.connect(lambda: changes.append(saver.state()))
    with held_by_another_writer(history.path):
        tickets = [saver.record_hold(session_id, a_hold(n)) for n in (1, 2)]
        saver.finish_session(session_id, Outcome.COMPLETED, START + timedelta(minutes=9))
        state = saver.state()
        assert not any(ticket.saved for ticket in tickets)
        assert (state.pending_count, state.pending_holds) == (3, 2)
        assert state.last_error is not None
        assert "is busy: another Unknot" in state.last_error
        assert state.next_retry_in == 2.0
        # Asked to retry while the other writer still holds the file: still kept.
        assert not saver.retry()
        assert saver.pending_count == 3
    assert changes  # the screen heard about each change
    assert saver.retry()
    assert saver.state() == SaverState(0, 0, None, None)
    assert all(ticket.saved for ticket in tickets)
    saved = service.session(session_id)
    assert saved is not None
    assert saved.holds == (a_hold(0), a_hold(1), a_hold(2))
    assert saved.outcome is Outcome.COMPLETED


def test_retries_come_on_deadlines_that_grow_to_a_minute(
    saver: HoldSaver, service: HistoryService, history: History, clock: FakeClock
) -> None:
    session_id = _begin(service)
    with held_by_another_writer(history.path):
        ticket = saver.record_hold(session_id, a_hold(0))
        waits = []
        for _ in range(7):
            wait = saver.state().next_retry_in
            assert wait is not None
            waits.append(wait)
            clock.advance(wait - 0.5)
            saver.tick()  # not yet due: nothing is tried, the deadline stands
            assert saver.state().next_retry_in == 0.5
            clock.advance(0.5)
            saver.tick()
        assert waits == [2, 4, 8, 16, 32, 60, 60]
        assert saver.state().pending_holds == 1
    wait = saver.state().next_retry_in
    assert wait is not None
    clock.advance(wait)
    saver.tick()
    assert ticket.saved
    assert saver.state() == SaverState(0, 0, None, None)
    # Waits start short again after a success.
    with held_by_another_writer(history.path):
        saver.record_hold(session_id, a_hold(1))
        assert saver.state().next_retry_in == 2


def test_the_timer_retries_by_itself(
    service: HistoryService, history: History, clock: FakeClock, qtbot: QtBot
) -> None:
    saver = HoldSaver(service, clock, first_retry_seconds=0.001)
    session_id = _begin(service)
    with held_by_another_writer(history.path):
        ticket = saver.record_hold(session_id, a_hold(0))
    clock.advance(0.001)
    with qtbot.waitSignal(saver.state_changed, timeout=5000):
        pass  # the Qt timer fires and the saver tries again
    assert ticket.saved


def test_a_waiting_hold_is_saved_in_its_final_form(
    saver: HoldSaver, service: HistoryService, history: History
) -> None:
    session_id = _begin(service)
    with held_by_another_writer(history.path):
        ticket = saver.record_hold(session_id, a_hold(0))
        saver.replace_hold(ticket, a_hold(0, after=1))
        assert saver.pending_count == 1
    assert saver.retry()
    saved = service.session(session_id)
    assert saved is not None
    assert saved.holds == (a_hold(0, after=1),)


def test_a_refused_correction_of_a_saved_hold_waits_too(
    saver: HoldSaver, service: HistoryService, history: History
) -> None:
    session_id = _begin(service)
    ticket = saver.record_hold(session_id, a_hold(0))
    with held_by_another_writer(history.path):
        saver.replace_hold(ticket, a_hold(0, after=1))
        saver.replace_hold(ticket, a_hold(0, after=4))
        assert saver.pending_count == 1
    assert saver.retry()
    saved = service.session(session_id)
    assert saved is not None
    assert saved.holds == (a_hold(0, after=4),)


# --- the order and the content never depend on when faults come ----------------------


class _FlakyService(HistoryService):
    """Refuses every write while `refusing` is set, as the store does on a fault."""

    refusing = False

    def _write(self, change: Callable[[], _T]) -> _T:
        if self.refusing:
            raise SaveError("The disk is full.")
        return super()._write(change)


steps = st.lists(
    st.sampled_from(["hold", "correct", "note", "fault", "mend", "retry", "tick"]),
    max_size=25,
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(plan=steps)
def test_whatever_fails_when_the_history_ends_the_same(
    tmp_path_factory: pytest.TempPathFactory, qapp: QApplication, plan: list[str]
) -> None:
    clock = FakeClock()
    with History.open(tmp_path_factory.mktemp("data")) as history:
        service = _FlakyService(history)
        saver = HoldSaver(service, clock)
        session_id = _begin(service)
        expected: list[HoldRecord] = []
        tickets = []
        note: str | None = None
        for step in plan:
            if step == "hold":
                expected.append(a_hold(len(expected)))
                tickets.append(saver.record_hold(session_id, expected[-1]))
            elif step == "correct" and tickets:
                n = len(tickets) - 1
                expected[n] = a_hold(n, after=len(plan) % 11)
                saver.replace_hold(tickets[n], expected[n])
            elif step == "note":
                note = f"note {len(expected)}"
                saver.set_session_note(session_id, note)
            elif step in ("fault", "mend"):
                service.refusing = step == "fault"
            elif step == "retry":
                saver.retry()
            elif step == "tick":
                clock.advance(60)
                saver.tick()
            state = saver.state()
            assert (state.pending_count == 0) == (state.last_error is None)
        saver.finish_session(session_id, Outcome.COMPLETED, START + timedelta(hours=1))
        service.refusing = False
        assert saver.retry()
        saved = service.session(session_id)
        assert saved is not None
        assert saved.holds == tuple(expected)
        assert (saved.outcome, saved.note) == (Outcome.COMPLETED, note)
        assert all(ticket.saved for ticket in tickets)
