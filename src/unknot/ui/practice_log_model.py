"""The window's read model of the practice history, fed by the typed changes.

It holds a `PracticeLog` (per session its start and the seconds of its holds,
and the rest days: `core/practice_log.py`), read whole once on a worker when the
history opens. After that each `HistoryChange` is applied from what it names:
the sessions it added or updated and the owners of the holds it saved are read
again (two indexed queries, well under a millisecond), the rest days when it
touched rest days; a note, a routine or a setting reads nothing. A change that
could have touched anything (a restore, another program) reads the whole log
again in the background. So the log is current as soon as a write through the
app is announced, and the home streak line and the session summary count from
it without reading the history.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from unknot.core.history_change import HistoryChange
from unknot.core.practice_log import PracticeLog
from unknot.ui.background import Task, Worker
from unknot.ui.history_service import HistoryService


class PracticeLogModel(QObject):
    # After the log in memory changed (read whole, or a change applied).
    changed = Signal()
    # A read failed; str is one line for the person.
    load_failed = Signal(str)

    def __init__(
        self, service: HistoryService, parent: QObject | None = None, *, threaded: bool = True
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._worker = Worker(self, threaded=threaded)
        self._log = PracticeLog()
        self._loaded = False
        self._loading = False
        # A change arrived while the whole log was being read, or a change could
        # not be applied: read it all again.
        self._stale = False
        service.changed.connect(self._history_changed)

    @property
    def log(self) -> PracticeLog:
        """The log as it stands; it never changes, so a worker may count from it."""
        return self._log

    @property
    def loaded(self) -> bool:
        return self._loaded

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def current(self) -> bool:
        """Whether the log is the history as committed: read, and no read since
        the last change still under way or failed."""
        return self._loaded and not self._loading and not self._stale

    def load(self) -> None:
        """Read the whole log in the background; `changed` fires when done."""
        if self._loading:
            self._stale = True
            return
        self._loading = True
        self._stale = False
        service = self._service

        def read() -> PracticeLog:
            return PracticeLog.of(service.session_sums(), service.rest_days())

        task = Task(read)
        task.succeeded.connect(self._loaded_all)
        task.failed.connect(self._failed)
        self._worker.start(task)

    def wait(self, milliseconds: int = -1) -> bool:
        """Block until a background read has finished (tests, benchmarks, shutdown)."""
        return self._worker.wait(milliseconds)

    @Slot(object)
    def _history_changed(self, change: HistoryChange) -> None:
        if not change.touches_practice:
            return  # a note, a routine, a setting: nothing here moved
        if self._loading:
            self._stale = True
            return
        if not self._loaded or change.everything or self._stale:
            # Never read (its first read failed), anything may differ, or a
            # change was missed: read it whole again, in the background.
            self.load()
            return
        service = self._service
        try:
            sessions = (
                service.session_sums(change.sessions_added + change.sessions_updated, change.holds)
                if change.touches_sessions
                else {}
            )
            rest_days = service.rest_days() if change.rest_days else None
        except Exception as error:  # any failed read: told, and read whole next time
            self._stale = True
            self.load_failed.emit(str(error))
            return
        self._log = self._log.updated(sessions, rest_days)
        self.changed.emit()

    @Slot(object)
    def _loaded_all(self, result: object) -> None:
        assert isinstance(result, PracticeLog)
        self._log = result
        self._loaded = True
        self._loading = False
        if self._stale:
            # Changes came in while it was read; they may be missing from it.
            self.load()
            return
        self.changed.emit()

    @Slot(object)
    def _failed(self, error: object) -> None:
        self._loading = False
        # What is held may be behind the file: not current, read whole next time.
        self._stale = True
        self.load_failed.emit(str(error))
