"""File > Export CSV, Back up to file and Restore from file, with their dialogs.

The files themselves are written and read by `unknot.store.data_files`; this
asks where, says what happened in plain words, and never leaves a person
guessing whether something was written. Exports hold health data, and every
dialog on the way says so.

Dialogs go through small replaceable functions (`choose_save`, `choose_open`,
`confirm`, `tell`) so tests can answer them without a person.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from unknot.core.formats import count_text as count_text
from unknot.core.translation import QT_TRANSLATE_NOOP, translate
from unknot.ui.history.history_service import (
    HistoryService,
    SaveError,
    UnreadableBackupError,
    read_only_reason,
)
from unknot.ui.history.practice_log_model import HeldHistory as HeldHistory
from unknot.ui.history.practice_log_model import read_whole_history
from unknot.ui.shared.background import Task, Worker
from unknot.ui.shared.dates import number

if TYPE_CHECKING:
    from unknot.store.exchange import ParsedHistory
    from unknot.store.history import ImportReport

# Marked for the translation files, translated where shown.
HEALTH_DATA_WARNING = QT_TRANSLATE_NOOP(
    "DataActions",
    "The file will hold health data: your sessions, the spots you worked on and how "
    "tender they were. Keep it somewhere private.",
)

CSV_FILTER = QT_TRANSLATE_NOOP("DataActions", "CSV table (*.csv)")
JSON_FILTER = QT_TRANSLATE_NOOP("DataActions", "Unknot backup (*.json)")
RESTORE_FILTER = QT_TRANSLATE_NOOP(
    "DataActions", "Unknot backups (*.json *.sqlite3);;All files (*)"
)

# How many of a bad file's problems a message lists before "and N more".
_PROBLEMS_SHOWN = 8


@dataclass(frozen=True)
class Message:
    title: str
    text: str
    problem: bool = False


def _qt_save(parent: QWidget, caption: str, suggested: Path, file_filter: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, caption, str(suggested), file_filter)
    return Path(name) if name else None


def _qt_open(parent: QWidget, caption: str, folder: Path, file_filter: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, caption, str(folder), file_filter)
    return Path(name) if name else None


def _qt_confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def _qt_tell(parent: QWidget, message: Message) -> None:
    if message.problem:
        QMessageBox.warning(parent, message.title, message.text)
    else:
        QMessageBox.information(parent, message.title, message.text)


def _documents() -> Path:
    """Where the file dialogs open first: the Documents folder where there is
    one; the home folder otherwise (a dialog opened in a folder that does not
    exist greys out Open until the person finds their way out)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    try:
        usable = bool(found) and Path(found).is_dir()
    except OSError:  # a folder on the way that may not be looked into
        usable = False
    return Path(found) if usable else Path.home()


def report_text(report: ImportReport) -> str:
    lines = [
        translate(
            "DataActions", "Sessions added: {sessions} (%Ln hold(s))", None, report.holds_added
        ).format(sessions=number(report.sessions_added)),
        translate(
            "DataActions", "Sessions already in your history, left as they were: {count}"
        ).format(count=number(report.sessions_skipped)),
    ]
    if report.sessions_differing == 1:
        lines.append(
            translate(
                "DataActions",
                "1 of them differs from yours (other holds, another ending or note); "
                "yours was kept as it is.",
            )
        )
    elif report.sessions_differing:
        lines.append(
            translate(
                "DataActions",
                "%Ln of them differ from yours (other holds, another ending or note); "
                "yours were kept as they are.",
                None,
                report.sessions_differing,
            )
        )
    lines += [
        translate("DataActions", "Rest days added: {count}").format(
            count=number(report.rest_days_added)
        ),
        translate("DataActions", "Routines added: {count}").format(
            count=number(report.routines_added)
        ),
    ]
    if report.routines_skipped:
        lines.append(
            translate(
                "DataActions", "Routines not added because one of the same name is saved: {count}"
            ).format(count=number(report.routines_skipped))
        )
    # Only when the file held any: older backups have none to speak of.
    if report.cues_added or report.cues_skipped:
        lines.append(
            translate("DataActions", "Your own cues added: {count}").format(
                count=number(report.cues_added)
            )
        )
    if report.cues_skipped:
        lines.append(
            translate(
                "DataActions",
                "Cues not added because you already have one for that position: {count}",
            ).format(count=number(report.cues_skipped))
        )
    return "\n".join(lines)


def contents_text(parsed: ParsedHistory) -> str:
    sessions = parsed.sessions
    holds = sum(len(session.holds) for session in sessions)
    counts = {
        "sessions": translate("DataActions", "%Ln session(s)", None, len(sessions)),
        "holds": translate("DataActions", "%Ln hold(s)", None, holds),
        "rest_days": translate("DataActions", "%Ln rest day(s)", None, len(parsed.rest_days)),
        "routines": translate("DataActions", "%Ln saved routine(s)", None, len(parsed.routines)),
    }
    if parsed.cues:
        # Said only when there are some: files from before cues never hold any.
        counts["cues"] = translate("DataActions", "%Ln cue(s) of your own", None, len(parsed.cues))
        if not sessions:
            return translate(
                "DataActions", "{sessions} ({holds}), {rest_days}, {routines} and {cues}"
            ).format(**counts)
    if not sessions:
        return translate("DataActions", "{sessions} ({holds}), {rest_days} and {routines}").format(
            **counts
        )
    first = min(session.local_date for session in sessions)
    last = max(session.local_date for session in sessions)
    if parsed.cues:
        return translate(
            "DataActions",
            "{sessions} ({holds}) from {first} to {last}, {rest_days}, {routines} and {cues}",
        ).format(first=first.isoformat(), last=last.isoformat(), **counts)
    return translate(
        "DataActions", "{sessions} ({holds}) from {first} to {last}, {rest_days} and {routines}"
    ).format(first=first.isoformat(), last=last.isoformat(), **counts)


class DataActions(QObject):
    # One line for the status bar after something was written.
    done = Signal(str)
    # After a restore added anything: every view should read the history again.
    restored = Signal()
    # An export or backup file is done: its path when written, None when not.
    written = Signal(object)

    def __init__(self, window: QWidget, *, threaded: bool = True) -> None:
        """With `threaded`, export and backup files are written on a worker:
        formatting ten years into a file takes a fifth of a second, which the
        window's thread does not wait for. The sessions handed to it never change."""
        super().__init__(window)
        self._window = window
        # One file at a time, in the order asked.
        self._worker = Worker(self, threaded=threaded)
        # The files being written, by the task writing each.
        self._files: dict[Task, _FileBeingWritten] = {}
        self._service: HistoryService | None = None
        self._today: Callable[[], date] = date.today
        self._history: Callable[[], Callable[[], HeldHistory]] | None = None
        self._unavailable: str | None = None
        self.choose_save: Callable[[str, Path, str], Path | None] = (
            lambda caption, suggested, file_filter: _qt_save(
                self._window, caption, suggested, file_filter
            )
        )
        self.choose_open: Callable[[str, Path, str], Path | None] = (
            lambda caption, folder, file_filter: _qt_open(
                self._window, caption, folder, file_filter
            )
        )
        self.confirm: Callable[[str, str], bool] = lambda title, text: _qt_confirm(
            self._window, title, text
        )
        self.tell: Callable[[Message], None] = lambda message: _qt_tell(self._window, message)
        self.folder = _documents()

    def attach(
        self,
        service: HistoryService,
        today: Callable[[], date] | None = None,
        history: Callable[[], Callable[[], HeldHistory]] | None = None,
    ) -> None:
        """`history` says, when a file is asked for, how to get the whole
        history for it: the window's read model's
        (`PracticeLogModel.whole_history_reader`), from memory when it holds it,
        so an export need not read ten years again. Without it, the file is
        read each time (on the worker, like the writing)."""
        self._service = service
        if today is not None:
            self._today = today
        self._history = history

    def unavailable(self, reason: str) -> None:
        """The history could not be opened, for `reason`: say so, not "one moment"."""
        self._unavailable = reason

    def _reader(self, service: HistoryService) -> Callable[[], HeldHistory]:
        # Decided on this thread; what it returns may run on the worker.
        if self._history is not None:
            return self._history()
        return lambda: read_whole_history(service)

    @property
    def ready(self) -> bool:
        return self._service is not None

    # -- the three actions ------------------------------------------------------------

    def export_csv(self) -> Path | None:
        """Ask where, then write the table. Returns the path once written (or,
        on a worker, being written: `written` and a message say how it went);
        None when nothing is written."""
        service = self._require_service()
        if service is None:
            return None
        path = self._ask_save(
            translate("DataActions", "Export CSV (the file will hold health data)"),
            "csv",
            translate("DataActions", CSV_FILTER),
        )
        if path is None:
            return None
        read = self._reader(service)

        def write() -> int:
            sessions = _read_for_file(read).sessions
            service.export_csv(path, sessions)
            return len(sessions)

        def told(count: int) -> tuple[str, str]:
            return (
                translate("DataActions", "%Ln session(s) exported as a table to:", None, count),
                translate(
                    "DataActions", "%Ln session(s) exported as a table to {file}", None, count
                ),
            )

        return self._write(path, write, told)

    def back_up_to_file(self) -> Path | None:
        service = self._require_service()
        if service is None:
            return None
        path = self._ask_save(
            translate("DataActions", "Back up to file (the file will hold health data)"),
            "json",
            translate("DataActions", JSON_FILTER),
        )
        if path is None:
            return None
        read = self._reader(service)
        # A few rows, read here: the read model does not hold the routines.
        routines = service.routines()
        cues = service.cues()

        def write() -> int:
            held = _read_for_file(read)
            service.back_up_to_file(path, held.sessions, held.rest_days, routines, cues)
            return len(held.sessions)

        def told(count: int) -> tuple[str, str]:
            return (
                translate("DataActions", "%Ln session(s) backed up to:", None, count),
                translate("DataActions", "%Ln session(s) backed up to {file}", None, count),
            )

        return self._write(path, write, told)

    def wait(self, milliseconds: int = -1) -> bool:
        """Block until the files being written are done (tests, shutdown)."""
        return self._worker.wait(milliseconds)

    def restore_from_file(self) -> ImportReport | None:
        service = self._require_service()
        if service is None:
            return None
        if service.read_only:
            self.tell(
                Message(
                    translate("DataActions", "Nothing can be restored"),
                    read_only_reason(service.path.parent),
                    True,
                )
            )
            return None
        path = self.choose_open(
            translate("DataActions", "Restore from file"),
            self.folder,
            translate("DataActions", RESTORE_FILTER),
        )
        if path is None:
            return None
        try:
            with _busy():
                parsed = service.read_backup_file(path)
        except UnreadableBackupError as error:
            self.tell(
                Message(
                    translate("DataActions", "This file cannot be restored"),
                    _problems_text(path, error),
                    True,
                )
            )
            return None
        except OSError as error:
            reason = error.strerror or str(error)
            self.tell(
                Message(
                    translate("DataActions", "This file cannot be read"),
                    f"{path}: {reason}",
                    True,
                )
            )
            return None
        empty = service.nothing_to_restore(path, parsed)
        if empty is not None:
            self.tell(Message(translate("DataActions", "Nothing to restore"), f"{empty}.", True))
            return None
        question = translate(
            "DataActions",
            "{file} holds {contents}.\n\n"
            "They are added to your history. Sessions that are already there stay as "
            "they are; nothing is overwritten or deleted.\n\nRestore them?",
        ).format(file=path.name, contents=contents_text(parsed))
        if not self.confirm(translate("DataActions", "Restore from file"), question):
            return None
        try:
            with _busy():
                report = service.import_history(parsed)
        except SaveError as error:
            text = f"{error}\n\n" + translate("DataActions", "Your history is unchanged.")
            self.tell(Message(translate("DataActions", "Nothing was restored"), text, problem=True))
            return None
        self.folder = path.parent
        self.tell(
            Message(
                translate("DataActions", "Restored"),
                translate("DataActions", "From {file}:").format(file=path)
                + f"\n\n{report_text(report)}",
            )
        )
        self.done.emit(
            translate(
                "DataActions",
                "Restored from {file}: %Ln session(s) added",
                None,
                report.sessions_added,
            ).format(file=path.name)
        )
        self.restored.emit()
        return report

    # -- inside -------------------------------------------------------------------------

    def _require_service(self) -> HistoryService | None:
        if self._service is None and self._unavailable is not None:
            self.tell(
                Message(
                    translate("DataActions", "Your history could not be opened"),
                    self._unavailable,
                    True,
                )
            )
        elif self._service is None:
            self.tell(
                Message(
                    translate("DataActions", "One moment"),
                    translate(
                        "DataActions", "Your history is still opening; try again in a moment."
                    ),
                )
            )
        return self._service

    def _ask_save(self, caption: str, suffix: str, file_filter: str) -> Path | None:
        suggested = self.folder / f"unknot-history-{self._today().isoformat()}.{suffix}"
        path = self.choose_save(caption, suggested, file_filter)
        if path is None:
            return None
        if path.suffix.lower() != f".{suffix}":
            path = path.with_name(f"{path.name}.{suffix}")
        return path

    def _write(
        self, path: Path, write: Callable[[], int], told: Callable[[int], tuple[str, str]]
    ) -> Path | None:
        """Run `write` (it returns how many sessions it wrote) on the worker;
        `told` gives the two texts of `_saved` for that count."""
        task = Task(write)
        file = _FileBeingWritten(path, told)
        self._files[task] = file
        # Bound slots, not lambdas: Qt drops them with these actions, so a file
        # finished after the window is gone (at quit) finds nothing to update.
        task.succeeded.connect(self._file_written)
        task.failed.connect(self._file_failed)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._worker.start(task)
        # Without a worker the task has reported before `start` returns.
        return file.outcome[0] if file.outcome else path

    def _reported(self) -> _FileBeingWritten | None:
        sender = self.sender()
        file = self._files.pop(sender, None) if isinstance(sender, Task) else None
        if file is not None:
            QApplication.restoreOverrideCursor()
        return file

    def _file_written(self, count: object) -> None:
        file = self._reported()
        if file is None:
            return
        path = file.path
        file.outcome.append(path)
        self._saved(path, *file.told(int(cast(int, count))))
        self.written.emit(path)

    def _file_failed(self, error: object) -> None:
        file = self._reported()
        if file is None:
            return
        path = file.path
        file.outcome.append(None)
        if isinstance(error, _HistoryUnreadError):
            text = translate(
                "DataActions", "Your history could not be read for {file}: {reason}"
            ).format(file=path.name, reason=error)
        else:
            reason = (error.strerror if isinstance(error, OSError) else None) or str(error)
            text = translate("DataActions", "{file} could not be written: {reason}").format(
                file=path, reason=reason
            )
        self.tell(Message(translate("DataActions", "Not saved"), text, True))
        self.written.emit(None)

    def _saved(self, path: Path, told: str, line: str) -> None:
        """`told`: what was written, ending "to:" (the path follows on its own
        line); `line`: the same for the status bar, with {file} for the name."""
        self.folder = path.parent
        warning = translate("DataActions", HEALTH_DATA_WARNING)
        self.tell(Message(translate("DataActions", "Saved"), f"{told}\n{path}\n\n{warning}"))
        self.done.emit(line.format(file=path.name))


@dataclass
class _FileBeingWritten:
    path: Path
    # The two texts of `_saved` for the number of sessions written.
    told: Callable[[int], tuple[str, str]]
    # The written path (or None when it failed) once the task has reported.
    outcome: list[Path | None] = field(default_factory=list)


class _HistoryUnreadError(Exception):
    """Reading the history for a file failed; str() is the store's one line."""


def _read_for_file(read: Callable[[], HeldHistory]) -> HeldHistory:
    try:
        return read()
    except Exception as error:  # any failed read: said as a read, not a write
        raise _HistoryUnreadError(str(error)) from error


def _problems_text(path: Path, error: UnreadableBackupError) -> str:
    problems = list(error.problems)
    shown = "\n".join(f"• {problem}" for problem in problems[:_PROBLEMS_SHOWN])
    more = len(problems) - _PROBLEMS_SHOWN
    if more > 0:
        shown += "\n• " + translate("DataActions", "and %Ln more problem(s)", None, more)
    return translate(
        "DataActions",
        "{file} is not a backup Unknot can read:\n\n{problems}\n\nNothing was changed.",
    ).format(file=path.name, problems=shown)


@contextlib.contextmanager
def _busy() -> Iterator[None]:
    """The wait cursor while a file is read or written."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
