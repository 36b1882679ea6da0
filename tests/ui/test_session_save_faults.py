"""A hold that ends while the history cannot be written is kept, said and saved later.

The whole road: the real session engine, the window's `HistorySaver` and
`HistoryService`, and a real history in a temporary folder, with SQLite itself
refusing the write of the hold at the moment its time is up:

- disk full: the history may not grow by one page (`PRAGMA max_page_count`),
  and the room left in its pages is used up first, so the hold needs a new one;
- read-only: SQLite refuses every write (`PRAGMA query_only`). A folder made
  read-only does not stop a connection that is already open, so the refusal is
  set on the connections the history uses;
- busy: another connection holds the write lock, as a long import does.

While the fault lasts the session stops in its not-saved phase, says why in
the store's own plain words, and keeps the hold. Once the fault is gone the
hold is saved (on request, or on its own at `next_wake`), the session goes on,
and the history ends with exactly the holds of the same session without the
fault. The clock is a fake one; nothing sleeps.
"""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from tests.faults import held_by_another_writer, short_busy_wait
from unknot.core.areas import AreaId, Side, Tool
from unknot.core.clock import FakeClock
from unknot.core.plans import Plan, Selection, Spot, focus_plan
from unknot.core.records import HoldRecord, Outcome, SessionKind
from unknot.core.session_engine import (
    RETRY_SECONDS,
    Action,
    Cue,
    Display,
    Phase,
    SessionEngine,
    stitched,
)
from unknot.core.session_texts import CAPTION_NOT_SAVED, SAVE_BLOCKED_HINT
from unknot.store import History
from unknot.store.errors import (
    HistoryBusyError,
    HistoryFaultError,
    HistoryFullError,
    HistoryReadOnlyError,
)
from unknot.ui.history.history_service import HistoryService
from unknot.ui.session.saver import HistorySaver

HOLD_SECONDS = 120
START = datetime(2026, 3, 2, 17, 0, tzinfo=UTC)
# What the history says it could not do when a hold is refused.
SAVING_A_HOLD = "save the hold in"
FINISHING = "finish the session in"


def _plan() -> Plan:
    return focus_plan(
        [Selection(Spot(AreaId.CALVES, Side.LEFT), 6), Selection(Spot(AreaId.ARMS, Side.RIGHT))],
        HOLD_SECONDS,
    )


class Shown:
    """The engine's view: what the person would see."""

    def __init__(self) -> None:
        self.displays: list[Display] = []

    def show(self, display: Display) -> None:
        self.displays.append(display)

    def announce(self, text: str, *, urgent: bool) -> None:
        pass

    def cue(self, cue: Cue) -> None:
        pass


class Refusals:
    """SQLite's own refusals, switched on and off on every connection the
    history takes from its pool, including those opened before."""

    def __init__(self) -> None:
        self.full = False
        self.read_only = False
        self._limits: dict[sqlite3.Connection, int] = {}

    def on_checkout(self, connection: sqlite3.Connection, _record: Any, _proxy: Any) -> None:
        if self.full:
            (pages,) = connection.execute("PRAGMA page_count").fetchone()
            (limit,) = connection.execute("PRAGMA max_page_count").fetchone()
            self._limits.setdefault(connection, int(limit))
            connection.execute(f"PRAGMA max_page_count = {int(pages)}")
        elif connection in self._limits:
            # Space was freed.
            connection.execute(f"PRAGMA max_page_count = {self._limits.pop(connection)}")
        connection.execute(f"PRAGMA query_only = {int(self.read_only)}")


@pytest.fixture
def refusals() -> Iterator[Refusals]:
    refusing = Refusals()
    event.listen(Engine, "checkout", refusing.on_checkout)
    try:
        yield refusing
    finally:
        event.remove(Engine, "checkout", refusing.on_checkout)


def _small_hold(like: HoldRecord) -> HoldRecord:
    """A hold no bigger than any the session writes, on the same date."""
    return dataclasses.replace(
        like,
        tool=Tool.HANDS,
        tools_tried=(Tool.HANDS,),
        tenderness_before=None,
        tenderness_after=None,
    )


@contextlib.contextmanager
def disk_full(history: History, refusals: Refusals, like: HoldRecord) -> Iterator[None]:
    """The disk fills up: the file may not grow, and the room left in its last
    pages is taken by another session's holds, so the next hold needs a page."""
    filler = history.begin_session(SessionKind.FOCUS, like.started_at, "UTC")
    refusals.full = True
    with pytest.raises(HistoryFullError):
        for _ in range(10_000):
            history.record_hold(filler, _small_hold(like))
    try:
        yield
    finally:
        refusals.full = False


@contextlib.contextmanager
def read_only(refusals: Refusals) -> Iterator[None]:
    refusals.read_only = True
    try:
        yield
    finally:
        refusals.read_only = False


@dataclasses.dataclass
class Run:
    clock: FakeClock
    history: History
    engine: SessionEngine
    shown: Shown

    def run(self, seconds: float) -> None:
        """Let time pass, waking the engine whenever it asks, as the screen does."""
        end = self.clock.monotonic() + seconds
        while self.clock.monotonic() < end:
            due = self.engine.next_wake()
            step = end - self.clock.monotonic() if due is None else due - self.clock.monotonic()
            self.clock.advance(max(min(step, end - self.clock.monotonic()), 0.001))
            self.engine.wake()

    def phase(self) -> Phase:
        # A call, not the property: each check reads the engine afresh.
        return self.engine.phase

    def do(self, action: Action) -> None:
        assert self.engine.do(action), f"{action} not allowed in {self.engine.phase}"

    def saved(self) -> tuple[HoldRecord, ...]:
        session_id = self.engine.session_id
        assert session_id is not None
        record = self.history.session(session_id)
        assert record is not None
        return record.holds


@contextlib.contextmanager
def a_run(folder: Path) -> Iterator[Run]:
    clock = FakeClock(START, zone="Europe/Berlin")
    with History.open(folder) as history:
        shown = Shown()
        engine = SessionEngine(_plan(), clock, HistorySaver(HistoryService(history)), shown)
        engine.begin()
        yield Run(clock, history, engine, shown)


def _the_rest(run: Run) -> None:
    """After the first hold's question: rated, the next spot held until it
    releases, rated, and the end."""
    run.engine.rate(3)
    run.do(Action.NEXT)
    assert run.phase() is Phase.READY
    run.do(Action.START_PAUSE)
    run.run(25)
    run.do(Action.RELEASED)
    run.engine.rate(1)
    run.do(Action.NEXT)
    assert run.phase() is Phase.SUMMARY


def _without_the_fault(folder: Path, waited: float) -> tuple[HoldRecord, ...]:
    """The same session on a history that takes every write: the person waits
    at the question as long as the fault made them wait."""
    with a_run(folder) as run:
        run.do(Action.START_PAUSE)
        run.run(HOLD_SECONDS)
        assert run.phase() is Phase.TIME_UP
        run.clock.advance(waited)
        _the_rest(run)
        assert run.engine.outcome is Outcome.COMPLETED
        return run.saved()


Fault = Callable[[Run, Refusals], contextlib.AbstractContextManager[None]]


def _disk_full(run: Run, refusals: Refusals) -> contextlib.AbstractContextManager[None]:
    # A hold like the one about to end, to size the filler by it.
    sample = HoldRecord(
        area=AreaId.CALVES,
        side=Side.LEFT,
        tool=Tool.HANDS,
        tools_tried=(Tool.HANDS,),
        planned_seconds=HOLD_SECONDS,
        held_seconds=0.0,
        released=False,
        tenderness_before=None,
        tenderness_after=None,
        started_at=run.clock.now(),
        ended_at=run.clock.now(),
    )
    return disk_full(run.history, refusals, sample)


def _read_only(run: Run, refusals: Refusals) -> contextlib.AbstractContextManager[None]:
    return read_only(refusals)


def _busy(run: Run, refusals: Refusals) -> contextlib.AbstractContextManager[None]:
    return held_by_another_writer(run.history.path)


FAULTS: dict[str, tuple[Fault, Callable[[Path, str], HistoryFaultError], str]] = {
    "disk full": (_disk_full, HistoryFullError, "The disk is full"),
    "read-only": (_read_only, HistoryReadOnlyError, "is read-only"),
    "busy": (_busy, HistoryBusyError, "is busy"),
}


@pytest.mark.parametrize("retried", ["on request", "on its own"])
@pytest.mark.parametrize("fault", list(FAULTS))
def test_a_hold_that_cannot_be_saved_is_kept_said_and_saved_later(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    refusals: Refusals,
    fault: str,
    retried: str,
) -> None:
    short_busy_wait(monkeypatch)
    make_fault, error_class, plain_words = FAULTS[fault]
    with a_run(tmp_path / "faulty") as run:
        engine = run.engine
        run.do(Action.START_PAUSE)
        run.run(HOLD_SECONDS - 1)
        assert run.phase() is Phase.HOLDING
        with make_fault(run, refusals):
            run.run(1)
            time_up = run.clock.monotonic()

            # Stopped at the not-saved phase, with the hold kept in memory.
            assert run.phase() is Phase.SAVE_FAILED
            (kept,) = engine.records
            assert kept.held_seconds == HOLD_SECONDS and kept.area is AreaId.CALVES
            assert run.saved() == ()
            assert engine.allowed() >= {Action.RETRY_SAVE, Action.GO_ON_UNSAVED}
            assert not engine.do(Action.NEXT), "the session does not move on"

            # Said in the store's words for this fault, as one plain paragraph.
            shown = run.shown.displays[-1]
            assert shown.phase is Phase.SAVE_FAILED
            assert shown.clock_caption == CAPTION_NOT_SAVED
            reason = str(error_class(run.history.path, SAVING_A_HOLD))
            assert plain_words in reason
            question = shown.question
            assert stitched(reason.rstrip(".")) in question
            assert question.endswith(SAVE_BLOCKED_HINT)
            assert ".." not in question and "\n" not in question
            assert "sqlite" not in question.replace(str(run.history.path), "").lower()

            # Still there: tried again on request and on its own, still kept.
            run.do(Action.RETRY_SAVE)
            assert run.phase() is Phase.SAVE_FAILED
            due = engine.next_wake()
            assert due == pytest.approx(run.clock.monotonic() + RETRY_SECONDS)
            run.run(RETRY_SECONDS)
            assert run.phase() is Phase.SAVE_FAILED
            assert engine.records == (kept,)

        # The fault is gone.
        assert run.saved() == ()
        if retried == "on request":
            run.do(Action.RETRY_SAVE)
        else:
            due = engine.next_wake()
            assert due is not None and due > run.clock.monotonic()
            run.clock.advance(due - run.clock.monotonic())
            engine.wake()
        assert run.phase() is Phase.TIME_UP
        assert run.saved() == (kept,)
        assert run.shown.displays[-1].question != question
        waited = run.clock.monotonic() - time_up

        _the_rest(run)
        assert engine.outcome is Outcome.COMPLETED
        assert engine.summary().unsaved == ""
        holds = run.saved()

    assert holds == _without_the_fault(tmp_path / "clean", waited)
    assert len(holds) == 2


@pytest.mark.parametrize("fault", list(FAULTS))
def test_a_pain_stop_during_a_fault_stops_at_once_and_saves_later(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    refusals: Refusals,
    fault: str,
) -> None:
    short_busy_wait(monkeypatch)
    make_fault, error_class, plain_words = FAULTS[fault]
    with a_run(tmp_path / "faulty") as run:
        engine = run.engine
        run.do(Action.START_PAUSE)
        run.run(50)
        with make_fault(run, refusals):
            engine.stop_for_pain()
            assert run.phase() is Phase.STOPPED, "the stop advice comes first"
            (kept,) = engine.records
            assert kept.held_seconds == 50
            assert run.saved() == ()
            unsaved = engine.summary().unsaved
            # The last write refused is named: the hold's, or the end's after it.
            reasons = [
                str(error_class(run.history.path, doing)) for doing in (SAVING_A_HOLD, FINISHING)
            ]
            assert all(plain_words in reason for reason in reasons)
            assert any(stitched(reason.rstrip(".")) in unsaved for reason in reasons), unsaved
            assert ".." not in unsaved and "\n" not in unsaved
            run.run(RETRY_SECONDS)
            assert run.saved() == ()
        due = engine.next_wake()
        assert due is not None
        run.clock.advance(due - run.clock.monotonic())
        engine.wake()
        assert run.saved() == (kept,)
        assert engine.summary().unsaved == ""
        assert engine.next_wake() is None
        session_id = engine.session_id
        assert session_id is not None
        stored = run.history.session(session_id)
        assert stored is not None and stored.outcome is Outcome.STOPPED_PAIN
