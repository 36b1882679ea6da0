"""Notice a history changed by another process while the window is open.

`unknot import` or a restore from the command line writes to the same file.
The history's folder, the file and its write-ahead log are watched; each
event only starts a short single-shot timer, so a burst of writes costs one
look, and that look reads one row (the commit count, `HistoryService.
check_outside`). A watcher that misses an event (some file systems send none)
is covered by the look the window takes each time it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer, Slot

from unknot.ui.history.history_service import HistoryService

# Long enough for a writer's burst of events to settle into one look.
SETTLE_MS = 300


class OutsideWatch(QObject):
    def __init__(self, service: HistoryService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._settle = QTimer(self)
        self._settle.setObjectName("outsideWatchTimer")
        self._settle.setSingleShot(True)
        self._settle.setTimerType(Qt.TimerType.CoarseTimer)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.check)
        path = service.path
        self._files = [str(path), f"{path}-wal"]
        self._watcher = QFileSystemWatcher(self)
        # The folder tells of a log made or removed; the files of writes to them.
        self._watcher.addPath(str(path.parent))
        self._watch_files()
        self._watcher.fileChanged.connect(self._touched)
        self._watcher.directoryChanged.connect(self._touched)

    @property
    def settle_timer(self) -> QTimer:
        return self._settle

    @Slot(str)
    def _touched(self, _path: str) -> None:
        # A file replaced or removed drops out of the watch: add it back.
        self._watch_files()
        self._settle.start()

    def _watch_files(self) -> None:
        watched = set(self._watcher.files())
        for name in self._files:
            if name not in watched:
                # Adding a file that is not there yet fails quietly (returns False).
                self._watcher.addPath(name)

    @Slot()
    def check(self) -> None:
        self._service.check_outside()
