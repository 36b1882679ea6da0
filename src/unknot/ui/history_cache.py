"""The whole history in memory, kept current by reading only what changed.

Reading every session of ten years of daily use with its holds takes the best
part of a second, far too long to repeat each time a hold is saved. So the
history is read once, on a worker thread, and after each committed change
(`HistoryService.changed`) that touches sessions, holds, notes or rest days,
only the sessions of the last days are read again: changes made through the
app are always there (a session being recorded, its note, a rest day). A
session count that no longer matches means something else added or removed
sessions, and the whole history is read again in the background, as it is
at once for a restore or a change from outside the app.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QObject, Signal, Slot

from unknot.core.history_change import HistoryChange
from unknot.core.records import SessionRecord
from unknot.ui.background import Task, Worker
from unknot.ui.history_service import HistoryService

# Re-read from the day before the newest session: one that started before
# midnight may still be taking holds.
_OVERLAP = timedelta(days=1)


@dataclass(frozen=True)
class _Snapshot:
    sessions: list[SessionRecord]
    rest_days: frozenset[date]


@dataclass(frozen=True)
class _Recent:
    """The last days as read after a change, with what to check them against."""

    since: date | None
    sessions: list[SessionRecord]
    rest_days: frozenset[date]
    session_count: int


class HistoryCache(QObject):
    # After the sessions or rest days in memory changed.
    changed = Signal()
    # A read failed; str is one line for the person.
    load_failed = Signal(str)

    def __init__(
        self, service: HistoryService, parent: QObject | None = None, *, threaded: bool = True
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._worker = Worker(self, threaded=threaded)
        self._sessions: list[SessionRecord] = []
        self._rest_days: frozenset[date] = frozenset()
        self._loaded = False
        self._loading = False
        # A change arrived while a full read was under way; it may have missed it.
        self._stale = False
        # Reads of the last days started and not yet merged.
        self._pending = 0
        service.changed.connect(self._history_changed)

    @property
    def loaded(self) -> bool:
        return self._loaded

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def current(self) -> bool:
        """Whether what is held here is the history as committed: loaded, and
        no read started since the last change is still under way. Exports and
        backups use it then instead of reading everything again."""
        return self._loaded and not self._loading and not self._stale and self._pending == 0

    @property
    def sessions(self) -> Sequence[SessionRecord]:
        """Oldest first, as the store returns them."""
        return self._sessions

    @property
    def rest_days(self) -> frozenset[date]:
        return self._rest_days

    def load(self) -> None:
        """Read the whole history in the background; `changed` fires when done."""
        if self._loading:
            self._stale = True
            return
        self._loading = True
        self._stale = False
        service = self._service

        def read() -> _Snapshot:
            return _Snapshot(service.sessions(), service.rest_days())

        task = Task(read)
        task.succeeded.connect(self._loaded_all)
        task.failed.connect(self._failed)
        self._worker.start(task)

    def wait(self, milliseconds: int = -1) -> bool:
        """Block until a background read has finished (for tests and shutdown)."""
        return self._worker.wait(milliseconds)

    @Slot(object)
    def _history_changed(self, change: HistoryChange) -> None:
        if change.everything:
            # A restore or another program: anything may differ, read it all
            # again (in the background; the figures shown stay until then).
            self._read_all_again()
        elif change.touches_practice or change.notes:
            self.refresh()
        # A routine or a setting: nothing held here moved.

    def _read_all_again(self) -> None:
        if not self._loaded and not self._loading:
            return  # never read: the first load will find it all
        self.load()

    @Slot()
    def refresh(self) -> None:
        """Bring the memory up to date after a change; cheap when it was made here.
        The read runs on the worker like the whole read (10-15 ms after each saved
        hold on ten years, which the window's thread no longer waits for); the
        results come back in order, and only the merge runs on the window's thread."""
        if self._loading:
            self._stale = True
            return
        if not self._loaded:
            return
        if self._stale:
            # A read of the last days failed: what is held may be behind.
            self.load()
            return
        sessions = self._sessions
        since = sessions[-1].local_date - _OVERLAP if sessions else None
        service = self._service

        def read() -> _Recent:
            return _Recent(
                since, service.sessions(since), service.rest_days(), service.session_count()
            )

        task = Task(read)
        task.succeeded.connect(self._merge_recent)
        task.failed.connect(self._recent_failed)
        self._pending += 1
        self._worker.start(task)

    @Slot(object)
    def _recent_failed(self, error: object) -> None:
        self._pending -= 1
        # What is held may now be behind the file: the next change reads it all.
        self._stale = True
        self.load_failed.emit(str(error))

    @Slot(object)
    def _merge_recent(self, result: object) -> None:
        assert isinstance(result, _Recent)
        self._pending -= 1
        if self._loading:
            return  # a whole read started since, and it is newer than this one
        since, fresh = result.since, result.sessions
        if since is None:
            kept: list[SessionRecord] = []
        else:
            kept = [s for s in self._sessions if s.local_date < since]
        merged = kept + fresh
        if kept and fresh and fresh[0].started_at < kept[-1].started_at:
            # Sessions recorded in zones far apart can cross over at the seam.
            merged.sort(key=lambda s: (s.started_at, s.id))
        self._sessions = merged
        self._rest_days = result.rest_days
        if len(merged) != result.session_count:
            self.load()
            return
        self.changed.emit()

    @Slot(object)
    def _loaded_all(self, result: object) -> None:
        assert isinstance(result, _Snapshot)
        self._sessions = result.sessions
        self._rest_days = result.rest_days
        self._loaded = True
        self._loading = False
        if self._stale:
            self._stale = False
            self.refresh()
            return
        self.changed.emit()

    @Slot(object)
    def _failed(self, error: object) -> None:
        self._loading = False
        self.load_failed.emit(str(error))
