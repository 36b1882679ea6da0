"""What to do after "Sharp pain: stop", in plain words and nothing else on the
page, so it is read rather than skimmed past."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from unknot.core import session_texts as texts
from unknot.core.translation import translate
from unknot.ui.session.tool_card import scaled_font
from unknot.ui.shared.style_sheets import set_sheet

# White text on it reads at 4.5:1; as a mark it stands out 3:1 on light and dark.
STOP_RED = "#d83a3a"


class PainAdvice(QWidget):
    summary_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        band = QFrame(self)
        band.setFixedWidth(10)
        set_sheet(band, f"background: {STOP_RED}; border-radius: 5px;")
        title = QLabel(texts.PAIN_TITLE, self)
        title.setFont(scaled_font(self.font(), 2.4, QFont.Weight.Bold))
        title.setWordWrap(True)
        text = QVBoxLayout()
        text.setSpacing(14)
        text.addWidget(title)
        for paragraph in texts.pain_advice():
            label = QLabel(paragraph, self)
            label.setWordWrap(True)
            label.setFont(scaled_font(self.font(), 1.6))
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.addWidget(label)
        saved = QLabel(texts.PAIN_SAVED, self)
        saved.setFont(scaled_font(self.font(), 1.3, QFont.Weight.DemiBold))
        # Wraps like the advice above it: in a longer language one line would
        # push the window past its narrowest size.
        saved.setWordWrap(True)
        text.addWidget(saved)
        text.addSpacing(12)

        self.summary_button = QPushButton(
            translate("PainAdvice", "See what was saved (Enter)"), self
        )
        self.back_button = QPushButton(translate("PainAdvice", "Back to body map (Esc)"), self)
        for button in (self.summary_button, self.back_button):
            button.setFont(scaled_font(self.font(), 1.3, QFont.Weight.DemiBold))
            button.setMinimumHeight(52)
        self.summary_button.clicked.connect(self.summary_requested)
        self.back_button.clicked.connect(self.back_requested)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self.summary_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        text.addLayout(buttons)

        column = QWidget(self)
        column.setLayout(text)
        # Long lines are hard to follow from a distance.
        column.setMaximumWidth(1000)
        row = QHBoxLayout()
        row.setSpacing(24)
        row.addWidget(band)
        row.addWidget(column, 1)
        row.addStretch(0)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(40, 32, 40, 32)
        inner.addLayout(row)
        inner.addStretch(1)
        # Large text on a short window: the advice scrolls rather than its
        # lines being squeezed into each other.
        scroll = QScrollArea(self)
        scroll.setWidget(content)
        scroll.setAccessibleName(translate("PainAdvice", "What to do now"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.setAccessibleName(texts.PAIN_TITLE)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton) and focused is not self.summary_button:
                focused.click()
            else:
                self.summary_button.click()
        elif key == Qt.Key.Key_Escape:
            self.back_button.click()
        else:
            super().keyPressEvent(event)
