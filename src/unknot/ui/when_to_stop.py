"""The "When to stop" page: the warning signs, one click away from anywhere.

Kept as plain sentences in a tuple so the wording can be reviewed in one place
and a test can check that every sign is on screen.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from unknot.ui.dialog_size import centre_on, fit_height
from unknot.ui.read_only_text import make_read_only

TITLE = "When to stop"

INTRO = (
    "Self-release should feel like firm, useful pressure: about 4 to 6 out of 10. "
    "At 8 or more, ease off. Mild soreness the next day is normal."
)

# (what you notice, what to do)
WARNING_SIGNS: tuple[tuple[str, str], ...] = (
    (
        "Sharp or shooting pain that does not fade while you hold",
        "Stop. If it does not settle, contact a doctor or physiotherapist.",
    ),
    (
        "Pins and needles, numbness, dizziness, ear pain, a headache that keeps getting "
        "worse, or a pulse under the ball",
        "Come off the spot straight away and do not go back to it today.",
    ),
    (
        "A calf or leg that is swollen, warm or red on one side",
        "No pressure at all: it could be a clot. Get it checked the same day.",
    ),
    (
        "Chest pain or trouble breathing",
        "Call emergency services.",
    ),
    (
        "Back pain together with weakness in a leg, trouble controlling bladder or "
        "bowel, or a fever",
        "See a doctor promptly.",
    ),
    (
        "A long-standing problem that is no better after a couple of weeks of daily practice",
        "Book a visit with a physiotherapist or doctor.",
    ),
)


def when_to_stop_html() -> str:
    items = "".join(
        f"<li style='margin-bottom:8px'><b>{escape(sign)}</b><br>{escape(action)}</li>"
        for sign, action in WARNING_SIGNS
    )
    lead = "<p><b>Stop, and get advice, when you notice:</b></p>"
    return f"<p>{escape(INTRO)}</p>{lead}<ul>{items}</ul>"


class WhenToStopDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.setAccessibleName(TITLE)
        self.setMinimumWidth(560)
        self.text = QLabel(when_to_stop_html(), self)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        make_read_only(self.text)
        self.text.setAccessibleName("Warning signs")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName("Close")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        # The height the text needs at this width, larger text included.
        fit_height(self)


def show_when_to_stop(parent: QWidget | None) -> None:
    dialog = WhenToStopDialog(parent)
    if parent is not None:
        centre_on(dialog, parent.window())
    dialog.exec()
