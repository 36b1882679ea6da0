"""The voice coach, offered once at the first session: a small line in the
window's status bar, not a dialog, so the session goes on and keeps the keys."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from unknot.core.translation import translate


class VoiceOffer(QFrame):
    # True: turn the voice on; False: not now. Said once, then the line goes.
    answered = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voice_offer")
        text = translate("Voice", "Hear each step spoken aloud?")
        self.setAccessibleName(translate("Voice", "Voice coach offer"))
        self.setAccessibleDescription(text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        self.label = QLabel(text, self)
        self.yes_button = QPushButton(translate("Voice", "Turn the voice on"), self)
        self.yes_button.setAccessibleName(translate("Voice", "Turn the voice on"))
        self.no_button = QPushButton(translate("Voice", "Not now"), self)
        self.no_button.setAccessibleName(translate("Voice", "Not now, keep the voice off"))
        self.yes_button.clicked.connect(lambda: self._answer(True))
        self.no_button.clicked.connect(lambda: self._answer(False))
        # Beside the status bar's passing messages, which keep the room left of it.
        layout.addWidget(self.label)
        layout.addWidget(self.yes_button)
        layout.addWidget(self.no_button)
        # No taller than a line of the status bar's text: the window's smallest
        # size (900x600) must not grow for it.
        line = self.label.sizeHint().height()
        for button in (self.yes_button, self.no_button):
            button.setMaximumHeight(line)
        self.setMaximumHeight(line)

    def _answer(self, yes: bool) -> None:
        self.answered.emit(yes)
