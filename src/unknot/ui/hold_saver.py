"""Saving what a session produces, even when the history cannot take it yet.

A hold is committed the moment it ends. When that write fails (the disk is
full, the data folder turned read-only, another Unknot is importing a large
backup and holds the file), the hold must not be lost: the saver keeps it in
memory, in order with the session's other writes, and tries again, at once when
asked and otherwise on a timer whose waits grow from a couple of seconds to a
minute. The session screen reads `state()` to tell the person what is waiting
and why, and listens to `state_changed`.

Order matters: a correction of a hold, the session's end and its note wait
behind the holds still unsaved, so the history never shows a session finished
without holds it had. Nothing is ever dropped; a write that keeps failing keeps
being tried, and the pending count says so.

Retries run on deadlines read from the injected clock's monotonic time: the Qt
timer only wakes the saver up, and tests call `tick()` after moving a fake
clock instead of waiting.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from unknot.core.clock import Clock
from unknot.core.records import HoldRecord, Outcome
from unknot.ui.history_service import HistoryService, SaveError

# The first retry comes this soon after a failure; each further failure doubles
# the wait, up to the longest.
FIRST_RETRY_SECONDS = 2.0
LONGEST_RETRY_SECONDS = 60.0


class HoldTicket:
    """One hold handed to the saver. `hold_id` is the store's id once the hold is
    saved, None while it waits; pass the ticket to `HoldSaver.replace_hold`."""

    def __init__(self) -> None:
        self.hold_id: int | None = None

    @property
    def saved(self) -> bool:
        return self.hold_id is not None


@dataclass(frozen=True)
class SaverState:
    # Writes not yet in the history (holds, corrections, a session's end, notes).
    pending_count: int
    # Of those, finished holds.
    pending_holds: int
    # Why the last try failed, one plain line; None once everything is saved.
    last_error: str | None
    # Seconds until the next automatic try, None when nothing waits.
    next_retry_in: float | None

    @property
    def all_saved(self) -> bool:
        return self.pending_count == 0


@dataclass
class _Hold:
    session_id: str
    hold: HoldRecord
    ticket: HoldTicket


@dataclass
class _Correction:
    ticket: HoldTicket
    hold: HoldRecord


@dataclass(frozen=True)
class _Other:
    # A session's end or note: written as it is, in its turn.
    write: Callable[[HistoryService], object]


_Write = _Hold | _Correction | _Other


class HoldSaver(QObject):
    """Writes a running session through `service`, keeping in memory, in order,
    whatever the history refused, and retrying it.

    Each write method returns at once and never raises for a refused write: the
    write is kept and `state()` says why it waits."""

    state_changed = Signal()

    def __init__(
        self,
        service: HistoryService,
        clock: Clock,
        parent: QObject | None = None,
        *,
        first_retry_seconds: float = FIRST_RETRY_SECONDS,
        longest_retry_seconds: float = LONGEST_RETRY_SECONDS,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._clock = clock
        self._first_wait = first_retry_seconds
        self._longest_wait = longest_retry_seconds
        self._queue: list[_Write] = []
        self._last_error: str | None = None
        self._wait = first_retry_seconds
        # Monotonic seconds of the next automatic try; None when nothing waits.
        self._due: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.tick)

    # -- writes ------------------------------------------------------------------

    def record_hold(self, session_id: str, hold: HoldRecord) -> HoldTicket:
        """Save a finished hold now, or keep it until the history takes it."""
        ticket = HoldTicket()
        self._add(_Hold(session_id, hold, ticket))
        return ticket

    def replace_hold(self, ticket: HoldTicket, hold: HoldRecord) -> None:
        """Put the final record in place of the one given for `ticket`. A hold
        still waiting is simply saved in its final form."""
        for write in self._queue:
            if isinstance(write, _Hold | _Correction) and write.ticket is ticket:
                write.hold = hold  # the latest record wins; its place stays
                self._changed()
                return
        self._add(_Correction(ticket, hold))

    def finish_session(self, session_id: str, outcome: Outcome, ended_at: datetime) -> None:
        """End the session, after every hold of it that still waits."""
        self._add(_Other(lambda service: service.finish_session(session_id, outcome, ended_at)))

    def set_session_note(self, session_id: str, note: str | None) -> None:
        self._add(_Other(lambda service: service.set_session_note(session_id, note)))

    # -- retrying ----------------------------------------------------------------

    def retry(self) -> bool:
        """Try every waiting write now, in order; True when nothing waits any more."""
        self._flush()
        return not self._queue

    def tick(self) -> None:
        """Retry if the deadline has come (the timer calls this; so may tests)."""
        if self._due is None:
            return
        if self._clock.monotonic() >= self._due:
            self._flush()
        else:
            self._arm_timer()

    def state(self) -> SaverState:
        next_in = None
        if self._due is not None:
            next_in = max(0.0, self._due - self._clock.monotonic())
        return SaverState(
            pending_count=len(self._queue),
            pending_holds=sum(isinstance(write, _Hold) for write in self._queue),
            last_error=self._last_error,
            next_retry_in=next_in,
        )

    @property
    def pending_count(self) -> int:
        return len(self._queue)

    @property
    def last_error(self) -> str | None:
        return self._last_error

    # -- inside ----------------------------------------------------------------

    def _add(self, write: _Write) -> None:
        self._queue.append(write)
        if len(self._queue) == 1:
            self._flush()  # nothing ahead of it: write it now
        else:
            self._changed()  # behind a write that is waiting: keep the order

    def _flush(self) -> None:
        while self._queue:
            try:
                self._save(self._queue[0])
            except SaveError as error:
                self._failed(str(error))
                return
            self._queue.pop(0)
        self._last_error = None
        self._wait = self._first_wait
        self._due = None
        self._timer.stop()
        self._changed()

    def _save(self, write: _Write) -> None:
        if isinstance(write, _Hold):
            write.ticket.hold_id = self._service.record_hold(write.session_id, write.hold)
        elif isinstance(write, _Correction):
            # A correction waits behind its hold, so the hold has its id by now.
            assert write.ticket.hold_id is not None
            self._service.replace_hold(write.ticket.hold_id, write.hold)
        else:
            write.write(self._service)

    def _failed(self, message: str) -> None:
        self._last_error = message
        self._due = self._clock.monotonic() + self._wait
        self._wait = min(self._wait * 2, self._longest_wait)
        self._arm_timer()
        self._changed()

    def _arm_timer(self) -> None:
        if self._due is None:
            return
        remaining = max(0.0, self._due - self._clock.monotonic())
        self._timer.start(math.ceil(remaining * 1000))

    def _changed(self) -> None:
        self.state_changed.emit()
