"""Running slow reads and copies away from the window's thread.

Reading ten years of history or copying the database takes long enough to make
the window stutter, so it runs on a worker thread and its result comes back as a
signal, delivered on the window's thread. Each owner keeps its own pool: when
the owner goes, its pool waits for the work to end, so a result never arrives
at something already deleted.

When the application quits, every pool waits for its work before `exec()`
returns: Python and Qt tear objects down in no set order after that, and a
worker still copying a backup or emitting its result then crashed the process
at exit.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal, SignalInstance


class Task(QObject):
    """One piece of work; connect to its signals before starting it."""

    # The function's return value, or the exception it raised.
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work

    def run(self) -> None:
        # Runs on the worker thread; the signals queue into the owner's thread.
        try:
            result = self._work()
        except Exception as error:  # handed to the owner, which tells the person
            self._emit(self.failed, error)
        else:
            self._emit(self.succeeded, result)

    def _emit(self, signal: SignalInstance, value: object) -> None:
        # RuntimeError: the owner was deleted while the work ran; nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


class Worker(QObject):
    """A one-thread pool: work runs in the order it was given, one at a time, so
    two reads never race each other to the owner."""

    def __init__(self, parent: QObject | None = None, *, threaded: bool = True) -> None:
        super().__init__(parent)
        self._threaded = threaded
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running: set[Task] = set()
        # Set once the application is quitting: later work runs at once, on
        # this thread, so none is left running while the process ends.
        self._quitting = False
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._finish_at_quit)

    def start(self, task: Task) -> None:
        # Kept until it has reported, so its queued signals have a sender.
        self._running.add(task)
        task.succeeded.connect(lambda _result: self._running.discard(task))
        task.failed.connect(lambda _error: self._running.discard(task))
        if self._threaded and not self._quitting:
            self._pool.start(task.run)
        else:
            task.run()

    def wait(self, milliseconds: int = -1) -> bool:
        """Block until all work is done; True if it is."""
        return self._pool.waitForDone(milliseconds)

    def _finish_at_quit(self) -> None:
        # A copy or a read is not cut off half way; its result, queued for an
        # event loop that has ended, is dropped with the process.
        self._quitting = True
        self._pool.waitForDone()
