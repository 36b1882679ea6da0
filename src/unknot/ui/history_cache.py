"""The whole history in memory, kept current by reading only what changed.

Reading every session of ten years of daily use with its holds takes the best
part of a second, far too long to repeat each time a hold is saved. So the
history is read once, on a worker thread, and after each committed change
(`HistoryService.history_changed`) only the sessions of the last days are read
again: changes made through the app are always there (a session being recorded,
its note, a rest day). A session count that no longer matches means something
else added or removed sessions (a restore, the command line), and the whole
history is read again in the background.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QObject, Signal, Slot

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
        service.history_changed.connect(self.refresh)

    @property
    def loaded(self) -> bool:
        return self._loaded

    @property
    def loading(self) -> bool:
        return self._loading

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

    @Slot()
    def refresh(self) -> None:
        """Bring the memory up to date after a change; cheap when it was made here."""
        if self._loading:
            self._stale = True
            return
        if not self._loaded:
            return
        try:
            self._read_recent()
        except Exception as error:  # the store's error, told as one line
            self.load_failed.emit(str(error))
            return
        if len(self._sessions) != self._service.session_count():
            self.load()
            return
        self.changed.emit()

    def _read_recent(self) -> None:
        sessions = self._sessions
        since = sessions[-1].local_date - _OVERLAP if sessions else None
        fresh = self._service.sessions(since)
        if since is None:
            kept: list[SessionRecord] = []
        else:
            kept = [s for s in sessions if s.local_date < since]
        merged = kept + fresh
        if kept and fresh and fresh[0].started_at < kept[-1].started_at:
            # Sessions recorded in zones far apart can cross over at the seam.
            merged.sort(key=lambda s: (s.started_at, s.id))
        self._sessions = merged
        self._rest_days = self._service.rest_days()

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
