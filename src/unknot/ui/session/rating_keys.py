"""The number keys that rate how tender a spot is, as the window's shortcuts.

A rating is asked in most states of a session, and the person's hands are on
a ball, not on the mouse: the keys must rate whatever has the keyboard focus
(the voice offer in the status bar, the page bar, a header button, nothing at
all). So each digit is a `QAction` with a window-wide shortcut, like the
session's other keys, rather than a key the focused widget may or may not pass
on. They are enabled exactly while the engine takes a rating
(`Display.rating_open`); a line being typed (a cue) keeps its digits, as Qt
gives text fields the keys they type before any shortcut.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence

from unknot.core.session_engine import Display

# The keys rate 0 to 9; 10 is a tap or Tab and Space on the picker.
KEY_VALUES = range(10)


class RatingKeys(QObject):
    # The number pressed.
    rated = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions: list[QAction] = []
        for value in KEY_VALUES:
            action = QAction(str(value), self)
            action.setObjectName(f"session_rate_{value}")
            digit = Qt.Key(Qt.Key.Key_0.value + value)
            # The row of digits and the number pad alike.
            action.setShortcuts(
                [
                    QKeySequence(digit),
                    QKeySequence(Qt.KeyboardModifier.KeypadModifier | digit),
                ]
            )
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setEnabled(False)
            action.triggered.connect(lambda _checked=False, v=value: self.rated.emit(v))
            self._actions.append(action)

    def all(self) -> list[QAction]:
        return list(self._actions)

    def show(self, display: Display | None) -> None:
        """Enabled while the engine takes a rating; None when no session runs."""
        wanted = display is not None and display.rating_open
        for action in self._actions:
            if action.isEnabled() != wanted:
                action.setEnabled(wanted)

    def for_key(self, sequence: QKeySequence) -> QAction | None:
        """The enabled rating that `sequence` means, if any."""
        exact = QKeySequence.SequenceMatch.ExactMatch
        for action in self._actions:
            if action.isEnabled() and any(
                key.matches(sequence) == exact for key in action.shortcuts()
            ):
                return action
        return None
