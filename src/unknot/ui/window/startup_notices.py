"""The notices a start can bring, shown one at a time in one order.

A start may have several things to tell: settings that were reset, files that
were kept aside, a history that could not be opened (or only for reading), and
the yearly safety check. Each arrives when its part of the start is done; shown
as they come they would pile up, the safety check on top of the notice that
explains it. Here each waits until the one before it has closed.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget
from shiboken6 import isValid


class Rank(IntEnum):
    """Which notice goes first when several wait."""

    SETTINGS_RESET = 0
    KEPT_ASIDE = 1
    HISTORY = 2
    SAFETY_CHECK = 3


# Opens the notice (non-blocking) and returns it, or None when, by the time its
# turn comes, there is nothing to say.
Show = Callable[[], QWidget | None]


class StartupNotices(QObject):
    """A queue of notices; `add` shows at once when nothing is showing."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._waiting: list[tuple[Rank, int, Show]] = []
        self._added = 0
        self._showing: QWidget | None = None

    @property
    def showing(self) -> QWidget | None:
        """The notice now open, if any."""
        return self._showing

    def waiting(self) -> list[Rank]:
        """The ranks of the notices still waiting, first to be shown first."""
        return [rank for rank, _, _ in self._waiting]

    def add(self, rank: Rank, show: Show) -> None:
        self._added += 1
        self._waiting.append((rank, self._added, show))
        self._waiting.sort(key=lambda entry: (entry[0], entry[1]))
        self._show_next()

    def _show_next(self) -> None:
        while self._showing is None and self._waiting:
            _, _, show = self._waiting.pop(0)
            widget = show()
            if widget is None:
                continue
            self._showing = widget
            # A dialog is done when it finishes; a window that closes with its
            # notice still open takes the notice (and the queue) with it.
            if isinstance(widget, QDialog):
                widget.finished.connect(lambda _result, w=widget: self._closed(w))
            else:
                widget.destroyed.connect(lambda _object=None, w=widget: self._closed(w))

    def _closed(self, widget: QWidget) -> None:
        if self._showing is not widget:
            return
        self._showing = None
        parent = self.parent()
        if parent is None or not isValid(parent):
            self._waiting.clear()
            return
        self._show_next()
