"""A row of buttons 0-10: how tender a spot feels, in one tap (skippable).

Each number is its own button, so a mouse user taps once, a keyboard user tabs
in and presses a digit, and a screen reader hears "Tenderness 6, checked".
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from unknot.core.records import TENDERNESS_MAX, TENDERNESS_MIN, check_tenderness
from unknot.core.translation import QT_TRANSLATE_NOOP, translate
from unknot.ui.shared import practice_colours as colours
from unknot.ui.shared.style_sheets import set_sheet

_HINTS = {
    0: QT_TRANSLATE_NOOP("TendernessPicker", "not tender at all"),
    10: QT_TRANSLATE_NOOP("TendernessPicker", "as tender as it gets"),
}


def checked_style(palette: QPalette) -> str:
    """The chosen number must stand out in any palette: filled, bold and
    framed, not just a shade darker; its number readable at 4.5:1 on the fill."""
    text = palette.color(QPalette.ColorRole.HighlightedText)
    fill = colours.behind(text, palette.color(QPalette.ColorRole.Highlight))
    return (
        f"QToolButton:checked {{ background: {fill.name()}; color: {text.name()};"
        " border: 2px solid palette(window-text); border-radius: 4px; font-weight: bold; }"
    )


class TendernessPicker(QWidget):
    # A number the person picked.
    rated = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, large: bool = False) -> None:
        """`large`: numbers big enough to hit and read from a mat on the floor."""
        super().__init__(parent)
        self._value: int | None = None
        self._prompt = QLabel(self)
        self._prompt.setWordWrap(True)
        row = QHBoxLayout()
        row.setSpacing(3)
        self._buttons: list[QToolButton] = []
        for value in range(TENDERNESS_MIN, TENDERNESS_MAX + 1):
            button = QToolButton(self)
            button.setText(str(value))
            button.setCheckable(True)
            button.setMinimumSize(QSize(46, 46) if large else QSize(30, 28))
            button.setAccessibleName(
                translate("TendernessPicker", "Tenderness {value}").format(value=value)
            )
            hint = _HINTS.get(value)
            button.setToolTip(
                f"{value}: {translate('TendernessPicker', hint)}" if hint else str(value)
            )
            # In a session a tap must leave Space meaning "pause", so the
            # buttons there take focus from Tab only.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus if large else Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(lambda _checked=False, v=value: self.pick(v))
            if large:
                button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            row.addWidget(button)
            self._buttons.append(button)
        if not large:
            row.addStretch(1)
        set_sheet(self, checked_style)
        if large:
            self._enlarge()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._prompt)
        layout.addLayout(row)
        self.setAccessibleName(translate("TendernessPicker", "Tenderness, 0 to 10"))

    def _enlarge(self) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 1.0) * 1.3)
        font.setWeight(QFont.Weight.DemiBold)
        for button in self._buttons:
            button.setFont(font)
        prompt_font = QFont(self.font())
        prompt_font.setPointSizeF(max(prompt_font.pointSizeF(), 1.0) * 1.15)
        prompt_font.setWeight(QFont.Weight.DemiBold)
        self._prompt.setFont(prompt_font)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    @property
    def value(self) -> int | None:
        return self._value

    def set_prompt(self, text: str) -> None:
        self._prompt.setText(text)
        self.setAccessibleDescription(text)

    def set_value(self, value: int | None) -> None:
        """Show a rating without announcing it (None: nothing picked)."""
        self._value = check_tenderness(value)
        for number, button in enumerate(self._buttons):
            button.setChecked(number == value)

    def pick(self, value: int) -> None:
        """The person's choice: shown and announced through `rated`."""
        self.set_value(value)
        self.rated.emit(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if len(text) == 1 and text.isdigit():
            self.pick(int(text))
            event.accept()
            return
        super().keyPressEvent(event)
