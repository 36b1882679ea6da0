"""The window's one read model of the practice history, fed by the typed changes.

It holds a `PracticeLog` (`core/practice_log.py`): from the start its base (per
session its start and the seconds of its holds, and the rest days), read whole
once on a worker when the history opens; and, from the first time something
asks for them (`hold_records`: the progress page, an export), every full
record too, read whole once on the same worker. Every figure the window shows
comes from it: the home streak line, the session summary, the tray, the
progress page, and exports and backups to a file, which then read nothing.

After the first read each `HistoryChange` is applied from what it names: the
sessions it added or updated and the owners of the holds it saved are read
again (one indexed query; whole records once records are held, else their
sums), the rest days when it touched rest days; a note reads its session only
when records are held; a routine or a setting reads nothing. A change that
could have touched anything (a restore, another program) reads the whole log
again in the background. So the log is current as soon as a write through the
app is announced, and no view reads the history for itself: this is the only
module of the window that reads sessions through the history service
(`tests/ui/test_one_read_model.py` keeps it so).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QObject, Signal, Slot

from unknot.core.history_change import HistoryChange
from unknot.core.practice_log import Glance, PracticeLog
from unknot.core.records import SessionRecord
from unknot.core.streaks import StreakSettings
from unknot.ui.history.history_service import HistoryService
from unknot.ui.shared.background import Task, Worker


@dataclass(frozen=True)
class HeldHistory:
    """Sessions (oldest first) and rest days, as held in memory or just read."""

    sessions: Sequence[SessionRecord]
    rest_days: frozenset[date]


def read_whole_history(service: HistoryService) -> HeldHistory:
    """Every session whole and the rest days, read from the file now: for an
    export or backup when no read model holds them."""
    return HeldHistory(service.sessions(), service.rest_days())


def read_session(service: HistoryService, session_id: str) -> SessionRecord | None:
    """One session whole, read from the file now; None when it is not there."""
    return service.session(session_id)


def read_glance(service: HistoryService, today: date, settings: StreakSettings) -> Glance:
    """Today's figures from the store's sums read now, counted by the same
    functions as the log in memory: for when no current log is at hand."""
    return PracticeLog.of(service.session_sums(), service.rest_days()).glance(today, settings)


def glance_of_sums(
    sessions: Mapping[str, tuple[datetime, Iterable[float]]],
    rest_days: Iterable[date],
    today: date,
    settings: StreakSettings,
) -> Glance:
    """Today's figures from sums read before the history is open (session id
    -> aware local start, seconds held; see unknot.quick_read), by the same
    functions as the log in memory; nothing is kept."""
    return PracticeLog.of(sessions, rest_days).glance(today, settings)


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
        # Something asked for the full records: read and keep them from now on.
        self._want_records = False
        service.changed.connect(self._history_changed)

    @property
    def service(self) -> HistoryService:
        return self._service

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

    @property
    def records_current(self) -> bool:
        """Whether the full records are held and current: an export then reads nothing."""
        return self.current and self._log.records is not None

    def load(self) -> None:
        """Read the whole log in the background; `changed` fires when done."""
        if self._loading:
            self._stale = True
            return
        self._loading = True
        self._stale = False
        service = self._service
        read: Callable[[], PracticeLog]
        if self._want_records:

            def read() -> PracticeLog:
                return PracticeLog.of_records(service.sessions(), service.rest_days())
        else:

            def read() -> PracticeLog:
                return PracticeLog.of(service.session_sums(), service.rest_days())

        task = Task(read)
        task.succeeded.connect(self._loaded_all)
        task.failed.connect(self._failed)
        self._worker.start(task)

    def hold_records(self) -> None:
        """Keep every full record from now on (the progress page, an export):
        read them whole in the background unless they are held already."""
        if self._want_records:
            return
        self._want_records = True
        if not self._loading:
            self.load()
        # Else the read under way brings only sums: `_loaded_all` reads again.

    def wait(self, milliseconds: int = -1) -> bool:
        """Block until a background read has finished (tests, benchmarks, shutdown)."""
        return self._worker.wait(milliseconds)

    # -- what the views ask ---------------------------------------------------------------

    def glance_task(self, today: date, settings: StreakSettings) -> Callable[[], Glance]:
        """Today's figures as a function to run on a worker: counted from the
        log when it is current, else from the store's sums read afresh (the
        log's first read failed, or it is behind), by the same functions."""
        if self.current:
            log = self._log
            return lambda: log.glance(today, settings)
        service = self._service
        return lambda: read_glance(service, today, settings)

    def practised_on(self, day: date, settings: StreakSettings) -> bool:
        """Whether `day` is a practice day; from the log when it is current,
        else from the sessions of that day and the day before, read now."""
        if self.current:
            return self._log.practised_on(day, settings.day_start)
        # A day back as well: a session just after midnight may count for yesterday.
        recent = self._service.sessions(since=day - timedelta(days=1))
        return PracticeLog.of_records(recent, ()).practised_on(day, settings.day_start)

    def session(self, session_id: str) -> SessionRecord | None:
        """One session whole (the session summary's): from memory when the
        records are held and current, else read now. None when unknown."""
        records = self._log.records
        if self.current and records is not None:
            return records.get(session_id)
        return read_session(self._service, session_id)

    def whole_history_reader(self) -> Callable[[], HeldHistory]:
        """How to get every session whole (oldest first) and the rest days,
        decided now: from memory when the records are held and current (the
        records never change, so the function may run on any thread), else by
        reading the file when it is called (on a worker, for a file)."""
        if self.records_current:
            log = self._log
            held = HeldHistory(log.oldest_first(), log.rest_days)
            return lambda: held
        service = self._service
        return lambda: read_whole_history(service)

    def whole_history(self) -> HeldHistory:
        """`whole_history_reader`, run now."""
        return self.whole_history_reader()()

    # -- following the history ----------------------------------------------------------

    @Slot(object)
    def _history_changed(self, change: HistoryChange) -> None:
        holds_records = self._log.records is not None or self._want_records
        if not (change.touches_practice or (holds_records and change.notes)):
            return  # a routine, a setting, or a note the base does not keep
        if self._loading:
            self._stale = True
            return
        if not self._loaded or change.everything or self._stale:
            # Never read (its first read failed), anything may differ, or a
            # change was missed: read it whole again, in the background.
            self.load()
            return
        service = self._service
        named = change.sessions_added + change.sessions_updated
        try:
            if self._log.records is not None:
                touched = named + change.notes
                records = (
                    service.sessions_named(touched, change.holds) if touched or change.holds else []
                )
                sums = {}
            else:
                records = []
                sums = service.session_sums(named, change.holds) if change.touches_sessions else {}
            rest_days = service.rest_days() if change.rest_days else None
        except Exception as error:  # any failed read: told, and read whole next time
            self._stale = True
            self.load_failed.emit(str(error))
            return
        self._log = self._log.updated(sums, rest_days, records)
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
        if self._want_records and self._log.records is None and not self._loading:
            # Records were asked for while the base was read: its figures are
            # shown, and the records read now.
            self.load()

    @Slot(object)
    def _failed(self, error: object) -> None:
        self._loading = False
        # What is held may be behind the file: not current, read whole next time.
        self._stale = True
        self.load_failed.emit(str(error))
