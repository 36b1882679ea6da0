"""The person's own words, made to wrap anywhere when shown.

A cue, a session note or a routine name may be one long run with no space
("aaaa…" 120 times, a pasted address). A label wraps only where the line
breaking rules allow, so such a run would set the label's least width to the
whole run and push the window's layout wider than the screen. For display
only, `breakable` puts a zero-width space between the characters of every run
longer than `LONGEST_RUN`: the words look the same and wrap where they must.
The stored text is never changed.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

ZERO_WIDTH_SPACE = "\u200b"
# Runs up to this long stay whole (an ordinary long word such as
# "Oberschenkelvorderseite" still breaks only at its end).
LONGEST_RUN = 24
_RUN = re.compile(rf"\S{{{LONGEST_RUN + 1},}}")
# Characters that belong to the one before (accents, joiners, variation
# selectors): never separated from it.
_JOINERS = {"\u200d", "\ufe0e", "\ufe0f"}


def _joins(previous: str, current: str) -> bool:
    return (
        unicodedata.combining(current) != 0
        or current in _JOINERS
        or previous == "\u200d"
        or unicodedata.category(current) in ("Mn", "Me", "Mc")
    )


def _break_run(match: re.Match[str]) -> str:
    run = match.group(0)
    pieces = [run[0]]
    for previous, current in itertools.pairwise(run):
        if not _joins(previous, current):
            pieces.append(ZERO_WIDTH_SPACE)
        pieces.append(current)
    return "".join(pieces)


def breakable(text: str) -> str:
    """`text` with a zero-width space inside every run of more than
    `LONGEST_RUN` characters without a space, so a label can wrap it anywhere."""
    return _RUN.sub(_break_run, text)


class ElidingButton(QPushButton):
    """A push button for the person's own words (a routine's name): never
    wider than its place asks, the words cut with "…" where they do not fit
    and whole in its accessible name and tooltip. A button cannot wrap, and a
    long name would otherwise widen the window."""

    # Room the style keeps between the words and the button's edges.
    _PADDING = 20
    # The widest it asks to be, in average characters.
    _WIDEST = 28

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = text
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        wanted = metrics.horizontalAdvance(self._full) + self._PADDING
        widest = metrics.averageCharWidth() * self._WIDEST + self._PADDING
        return QSize(min(wanted, widest), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * 8 + self._PADDING, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(0, self.width() - self._PADDING)
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        if shown != self.text():
            self.setText(shown)
