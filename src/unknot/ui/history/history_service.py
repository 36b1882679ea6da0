"""The one door through which the UI reads and changes the history.

Every screen that changes data calls a method here; every screen that shows
data listens to `changed`, which carries a `HistoryChange` (what the write
touched, who started it, whether it came from outside the app) after each
write has been committed. No view polls the database and no widget holds a
store object; a commit by another process is noticed by `check_outside`.

The store itself is handed in already opened: importing SQLAlchemy is slow, so
this module only names the store's types for the type checker and start-up
can paint the window before the store is loaded.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from unknot.core.areas import AreaId, Tool
from unknot.core.cues import Cue, CueError, sorted_cues
from unknot.core.history_change import ChangedBy, HistoryChange, outside_change
from unknot.core.plans import Routine
from unknot.core.records import HoldRecord, Outcome, SessionKind, SessionRecord
from unknot.core.translation import translate

if TYPE_CHECKING:
    from unknot.store.exchange import ParsedHistory
    from unknot.store.history import History, ImportReport

_T = TypeVar("_T")

# Ids and counts only: never a spot, a rating, a note, a routine's name or a date
# (see unknot.diagnostics).
_log = logging.getLogger("unknot.history")


class SaveError(Exception):
    """A write the store refused; str() is one plain line for the person."""


def read_only_reason(data_dir: Path) -> str:
    """Why nothing can be saved in a history opened read-only, and what to do."""
    return translate(
        "HistoryService",
        "The data folder {folder} cannot be written, so your history is open "
        "read-only: you can look at it and export it, but nothing new can be saved. "
        "Make the folder writable (or start Unknot as the user who owns it), then "
        "start Unknot again.",
    ).format(folder=data_dir)


def _history_error() -> type[Exception]:
    # Looked up only when something went wrong: by then the store is loaded,
    # since the History we were given came from it.
    try:
        from unknot.store.history import HistoryError
    except ImportError:
        return _NoStoreError
    return HistoryError


class UnreadableBackupError(Exception):
    """A backup file that cannot be restored; `problems` says why, one line each."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__(problems[0] if problems else "the file cannot be read")
        self.problems = tuple(problems)


class _NoStoreError(Exception):
    """Stands in for the store's error type where the store is not installed."""


class HistoryService(QObject):
    # One HistoryChange after each write is committed (or a commit by another
    # process is seen), so a listener always finds the new state and knows
    # what moved.
    changed = Signal(object)

    def __init__(self, history: History, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._history = history
        # The history's commit count as this app last saw it: a different one
        # means another process wrote (see `check_outside`).
        self._commits = self._read_commits()

    @classmethod
    def open_read_only(cls, history_file: Path) -> HistoryService:
        """The history at `history_file` read into memory, never written: for a
        data folder this user may read but not write. Raises the store's
        HistoryError when it cannot be read either."""
        from unknot.store.history import History

        return cls(History.open_snapshot(history_file))

    @property
    def path(self) -> Path:
        """The history file."""
        return self._history.path

    @property
    def read_only(self) -> bool:
        """True when the history was opened for reading only: every write is
        refused with `read_only_reason`."""
        return bool(getattr(self._history, "read_only", False))

    # -- a session as it happens ---------------------------------------------

    def close(self) -> None:
        """Close the history file; a session still running in it is closed as
        interrupted at the next open."""
        self._history.close()

    def begin_session(self, kind: SessionKind, started_at: datetime, time_zone: str) -> str:
        session_id = self._write(lambda: self._history.begin_session(kind, started_at, time_zone))
        self._announce(HistoryChange(ChangedBy.SESSION, sessions_added=(session_id,)))
        _log.info("session %s started", session_id)
        return session_id

    def record_hold(self, session_id: str, hold: HoldRecord) -> int:
        """Save a finished hold at once; returns its id for `replace_hold`."""
        hold_id = self._write(lambda: self._history.record_hold(session_id, hold))
        self._announce(
            HistoryChange(ChangedBy.SESSION, sessions_updated=(session_id,), holds=(hold_id,))
        )
        _log.info("hold %d saved in session %s", hold_id, session_id)
        return hold_id

    def replace_hold(self, hold_id: int, hold: HoldRecord) -> HistoryChange:
        """Put the final record in place of one saved earlier: a hold whose time
        ran out is saved before the person says whether it released."""
        self._write(lambda: self._history.replace_hold(hold_id, hold))
        _log.info("hold %d updated", hold_id)
        return self._announce(HistoryChange(ChangedBy.SESSION, holds=(hold_id,)))

    def finish_session(
        self, session_id: str, outcome: Outcome, ended_at: datetime
    ) -> HistoryChange:
        self._write(lambda: self._history.finish_session(session_id, outcome, ended_at))
        _log.info("session %s finished", session_id)
        return self._announce(HistoryChange(ChangedBy.SESSION, sessions_updated=(session_id,)))

    def set_session_note(self, session_id: str, note: str | None) -> HistoryChange:
        self._write(lambda: self._history.set_session_note(session_id, note))
        _log.info("note of session %s saved", session_id)
        return self._announce(HistoryChange(ChangedBy.PERSON, notes=(session_id,)))

    # -- other changes -------------------------------------------------------

    def set_rest_day(self, day: date, rest: bool) -> HistoryChange:
        self._write(lambda: self._history.set_rest_day(day, rest))
        _log.info("a rest day changed")
        return self._announce(HistoryChange(ChangedBy.PERSON, rest_days=(day,)))

    def import_history(self, parsed: ParsedHistory) -> ImportReport:
        """Restore: merge what a backup file holds, in one transaction."""
        report = self._write(
            lambda: self._history.import_history(
                parsed.sessions, parsed.rest_days, parsed.routines, parsed.cues
            )
        )
        self._announce(HistoryChange(ChangedBy.RESTORE, everything=True))
        _log.info(
            "restored: %d sessions added, %d skipped, %d holds added",
            report.sessions_added,
            report.sessions_skipped,
            report.holds_added,
        )
        return report

    def save_routine(self, routine: Routine) -> HistoryChange:
        self._write(lambda: self._history.save_routine(routine))
        _log.info("a routine saved")
        return self._announce(HistoryChange(ChangedBy.PERSON, routines=True))

    def delete_routine(self, name: str) -> HistoryChange:
        self._write(lambda: self._history.delete_routine(name))
        _log.info("a routine deleted")
        return self._announce(HistoryChange(ChangedBy.PERSON, routines=True))

    def set_cue(self, area: AreaId, tool: Tool, text: str | None) -> HistoryChange:
        """Save the person's own cue for the position of `tool` on `area`; None
        or blank text removes it. Raises SaveError saying what to change for
        text the cue rules refuse (unknot.core.cues), or when it cannot be saved."""
        try:
            self._write(lambda: self._history.set_cue(area, tool, text))
        except CueError as error:
            raise SaveError(str(error)) from error
        _log.info("a cue saved")
        return self._announce(HistoryChange(ChangedBy.PERSON, cues=True))

    # -- files of the history, written and read for the person ------------------

    def export_csv(self, path: Path, sessions: Sequence[SessionRecord]) -> None:
        """Write `sessions` as a CSV table at `path` (0600). Raises OSError."""
        from unknot.store.data_files import export_csv

        export_csv(path, sessions)

    def back_up_to_file(
        self,
        path: Path,
        sessions: Sequence[SessionRecord],
        rest_days: frozenset[date],
        routines: Sequence[Routine],
        cues: Sequence[Cue] = (),
    ) -> None:
        """Write a JSON backup at `path` (0600), read back before it is kept.
        Raises OSError."""
        from unknot.store.data_files import back_up_to_file

        back_up_to_file(path, sessions, rest_days, routines, cues)

    def read_backup_file(self, path: Path) -> ParsedHistory:
        """What a backup file (JSON or a .sqlite3 copy) holds. Raises
        UnreadableBackupError listing its problems, or OSError."""
        from unknot.store.data_files import read_backup_file
        from unknot.store.exchange import ExchangeError

        try:
            return read_backup_file(path)
        except ExchangeError as error:
            raise UnreadableBackupError(error.problems) from error

    def nothing_to_restore(self, path: Path, parsed: ParsedHistory) -> str | None:
        """Why restoring `parsed`, read from `path`, would add nothing (it holds no
        sessions, rest days or routines), in one line; None when it holds some."""
        from unknot.store.data_files import holds_nothing, nothing_to_restore

        return nothing_to_restore(path) if holds_nothing(parsed) else None

    def backups_folder(self) -> Path:
        """Where the daily checked copies of this history are kept."""
        from unknot.store.backup_files import backups_dir

        return backups_dir(self._history.path.parent)

    # -- changes from outside --------------------------------------------------

    def check_outside(self) -> HistoryChange | None:
        """Whether another process wrote to the history since this app last
        looked (one read of one row); if so, announce it and return the change.
        A history that cannot be read now is looked at again next time."""
        try:
            commits = self._read_commits()
        except _history_error():
            return None
        if commits == self._commits:
            return None
        self._commits = commits
        _log.info("the history was changed by another program")
        return self._announce(outside_change())

    # -- reading -------------------------------------------------------------

    def sessions(self, since: date | None = None) -> list[SessionRecord]:
        return self._history.sessions(since)

    def session(self, session_id: str) -> SessionRecord | None:
        return self._history.session(session_id)

    def sessions_named(
        self, session_ids: Iterable[str], hold_ids: Iterable[int] = ()
    ) -> list[SessionRecord]:
        """The sessions `session_ids` and the owners of `hold_ids`, whole, oldest
        first: what one write touched, for the read model to put in."""
        return self._history.sessions_named(session_ids, hold_ids)

    def session_count(self) -> int:
        return self._history.session_count()

    def session_sums(
        self, session_ids: Iterable[str] | None = None, hold_ids: Iterable[int] = ()
    ) -> dict[str, tuple[datetime, list[float]]]:
        """Per session its local start and the seconds of its holds (all, or
        those of `session_ids` and the owners of `hold_ids`): the read model's base."""
        return self._history.session_sums(session_ids, hold_ids)

    def total_hold_seconds(self) -> float:
        return self._history.total_hold_seconds()

    def rest_days(self) -> frozenset[date]:
        return self._history.rest_days()

    def routines(self) -> list[Routine]:
        return self._history.routines()

    def cue(self, area: AreaId, tool: Tool) -> str | None:
        """The person's own cue for the position of `tool` on `area`, if any."""
        return self._history.cues().get((area, tool))

    def cues(self) -> list[Cue]:
        """The person's own cues, in the order of areas and tools."""
        return sorted_cues(self._history.cues())

    # -- inside ----------------------------------------------------------------

    def _write(self, change: Callable[[], _T]) -> _T:
        if self.read_only:
            raise SaveError(read_only_reason(self.path.parent))
        try:
            result = change()
        except _history_error() as error:
            # The kind only: the message may quote a value that was refused.
            _log.warning("a write was refused (%s)", type(error).__name__)
            raise SaveError(str(error)) from error
        return result

    def _announce(self, change: HistoryChange) -> HistoryChange:
        if not change.from_outside:
            # Each write is one transaction and each raises the count by one:
            # a count further on than ours at the next check is another writer's.
            self._commits += 1
        self.changed.emit(change)
        return change

    def _read_commits(self) -> int:
        return self._history.commits()
