"""The daily backup, started when a session ends and run off the window's thread.

What a backup is, where it goes and how old copies are thinned is the store's
business (`unknot.store.daily_backups`); this decides when: after a session
ends, once a day at most, never two at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from unknot.ui.background import Task, Worker


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

    @property
    def running(self) -> bool:
        return self._running

    @Slot()
    @Slot(str)
    def session_ended(self, session_id: str = "") -> None:
        """Back up now if today has no copy yet; a second call while one is being
        made does nothing."""
        if self._running:
            return
        # Loaded here, not at import: by the time a session ends the store is.
        from unknot.store.daily_backups import back_up_daily, backup_due

        today = self._today()
        if not backup_due(self._data_dir, today):
            return
        self._running = True
        data_dir = self._data_dir
        task = Task(lambda: back_up_daily(data_dir, today))
        task.succeeded.connect(self._succeeded)
        task.failed.connect(self._failed)
        self._worker.start(task)

    def wait(self, milliseconds: int = -1) -> bool:
        return self._worker.wait(milliseconds)

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self._running = False
        self.backed_up.emit(result)

    @Slot(object)
    def _failed(self, error: object) -> None:
        self._running = False
        self.failed.emit(f"Today's backup of your history could not be made: {error}")
