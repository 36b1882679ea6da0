"""The daily backup, refreshed when a session ends and run off the window's thread.

What a backup is, where it goes and how old copies are thinned is the store's
business (`unknot.store.daily_backups`); this decides when: after every session
that ends, never two at a time. A session that ends while a copy is being made
is copied once that one is done, so the day's copy always holds the day's last
session. At start, what a copy cut short by a crash left behind is cleared.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from unknot.core.translation import translate
from unknot.ui.shared.background import Task, Worker


class AutoBackup(QObject):
    # The store's BackupResult.
    backed_up = Signal(object)
    # One line for the person.
    failed = Signal(str)

    def __init__(
        self,
        data_dir: Path,
        today: Callable[[], date],
        parent: QObject | None = None,
        *,
        threaded: bool = True,
    ) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._today = today
        self._worker = Worker(self, threaded=threaded)
        self._running = False
        # A session ended while a copy was being made: make another after it.
        self._again = False

    @property
    def running(self) -> bool:
        return self._running

    @Slot()
    @Slot(str)
    def session_ended(self, session_id: str = "") -> None:
        """Make (or replace) today's copy; while one is being made, another is
        made once it is done."""
        if self._running:
            self._again = True
            return
        # Loaded here, not at import: by the time a session ends the store is.
        from unknot.store.daily_backups import back_up_daily

        self._running = True
        self._again = False
        data_dir = self._data_dir
        today = self._today()
        task = Task(lambda: back_up_daily(data_dir, today))
        task.succeeded.connect(self._succeeded)
        task.failed.connect(self._failed)
        self._worker.start(task)

    def clear_partials(self) -> list[Path]:
        """At start, before any copy is made: remove what copies cut short left
        in the backups folder. Returns what went."""
        from unknot.store.backup_files import backups_dir
        from unknot.store.daily_backups import remove_partials

        if self._running:
            return []
        return remove_partials(backups_dir(self._data_dir))

    def wait(self, milliseconds: int = -1) -> bool:
        return self._worker.wait(milliseconds)

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self._running = False
        self.backed_up.emit(result)
        self._run_again()

    @Slot(object)
    def _failed(self, error: object) -> None:
        self._running = False
        self.failed.emit(
            translate(
                "AutoBackup", "Today's backup of your history could not be made: {reason}"
            ).format(reason=error)
        )
        self._run_again()

    def _run_again(self) -> None:
        if self._again:
            self.session_ended()
