"""The "When to stop" page: the warning signs, one click away from anywhere.

Kept as plain sentences in a tuple so the wording can be reviewed in one place
and a test can check that every sign is on screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from unknot.core.translation import QT_TRANSLATE_NOOP, translate
from unknot.ui.shared.dialog_size import centre_on, fit_height
from unknot.ui.shared.read_only_text import make_read_only

TITLE = QT_TRANSLATE_NOOP("WhenToStop", "When to stop")

INTRO = QT_TRANSLATE_NOOP(
    "WhenToStop",
    "Self-release should feel like firm, useful pressure: about 4 to 6 out of 10. "
    "At 8 or more, ease off. Mild soreness the next day is normal.",
)

# (what you notice, what to do)
WARNING_SIGNS: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP(
            "WhenToStop",
            "Sharp or shooting pain that does not fade while you hold",
        ),
        QT_TRANSLATE_NOOP(
            "WhenToStop",
            "Stop. If it does not settle, contact a doctor or physiotherapist.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP(
            "WhenToStop",
            "Pins and needles, numbness, dizziness, ear pain, a headache that keeps getting "
            "worse, or a pulse under the ball",
        ),
        QT_TRANSLATE_NOOP(
            "WhenToStop",
            "Come off the spot straight away and do not go back to it today.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP(
            "WhenToStop",
            "A calf or leg that is swollen, warm or red on one side",
        ),
        QT_TRANSLATE_NOOP(
            "WhenToStop",
            "No pressure at all: it could be a clot. Get it checked the same day.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP(
            "WhenToStop",
            "Chest pain or trouble breathing",
        ),
        QT_TRANSLATE_NOOP(
            "WhenToStop",
            "Call emergency services.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP(
            "WhenToStop",
            "Back pain together with weakness in a leg, trouble controlling bladder or "
            "bowel, or a fever",
        ),
        QT_TRANSLATE_NOOP(
            "WhenToStop",
            "See a doctor promptly.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP(
            "WhenToStop",
            "A long-standing problem that is no better after a couple of weeks of daily practice",
        ),
        QT_TRANSLATE_NOOP(
            "WhenToStop",
            "Book a visit with a physiotherapist or doctor.",
        ),
    ),
)


def when_to_stop_html() -> str:
    # Here, not with the module: `html` brings its table of 2,000 entities,
    # which the window does not need until the page is opened.
    from html import escape

    items = "".join(
        f"<li style='margin-bottom:8px'><b>{escape(translate('WhenToStop', sign))}</b><br>"
        f"{escape(translate('WhenToStop', action))}</li>"
        for sign, action in WARNING_SIGNS
    )
    lead = escape(translate("WhenToStop", "Stop, and get advice, when you notice:"))
    intro = escape(translate("WhenToStop", INTRO))
    return f"<p>{intro}</p><p><b>{lead}</b></p><ul>{items}</ul>"


class WhenToStopDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("WhenToStop", TITLE))
        self.setAccessibleName(translate("WhenToStop", TITLE))
        self.setMinimumWidth(560)
        self.text = QLabel(when_to_stop_html(), self)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        make_read_only(self.text)
        self.text.setAccessibleName(translate("WhenToStop", "Warning signs"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(translate("WhenToStop", "Close"))
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
