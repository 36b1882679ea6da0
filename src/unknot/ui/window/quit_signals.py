"""SIGTERM, SIGINT and SIGHUP end Unknot the way File > Quit does.

Without this, `kill` (or a logout, or Ctrl+C in a terminal) ends the process
where it stands: the demo's throw-away folder and the single-instance socket
are left behind. A signal's number is written by Python's C-level handler to
one end of a socket pair (`signal.set_wakeup_fd`); a QSocketNotifier on the
other end wakes the event loop, which then quits through its own code. Nothing
polls: an idle window stays asleep until a signal (or anything else) arrives.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, Signal, Slot

# The signals that ask a program to end.
QUIT_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)

_Handler = Callable[[int, FrameType | None], object] | int | signal.Handlers | None


def _noted(_number: int, _frame: FrameType | None) -> None:
    # The number has already been written to the wake-up socket by the time
    # this runs; the event loop acts on it there.
    return None


class QuitSignals(QObject):
    """While installed, each quit signal emits `received` (the signal's number)
    from the event loop. Install in the main thread."""

    received = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous: dict[int, _Handler] = {
            number: signal.signal(number, _noted) for number in QUIT_SIGNALS
        }

    @Slot()
    def _read(self) -> None:
        try:
            numbers = self._reader.recv(64)
        except (BlockingIOError, InterruptedError):
            return
        for number in numbers:
            if number in QUIT_SIGNALS:
                self.received.emit(number)

    def uninstall(self) -> None:
        """Give the signals back to what handled them before."""
        for number, handler in self._previous.items():
            signal.signal(number, handler if handler is not None else signal.SIG_DFL)
        self._previous = {}
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        for end in (self._reader, self._writer):
            with contextlib.suppress(OSError):
                end.close()
