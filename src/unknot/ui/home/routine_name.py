"""Asking for a routine's name: OK only for a name the history can keep.

An empty name or one longer than the history allows is never sent off to be
refused (or to do nothing): OK stays off until a name is typed, and a name too
long says why under the field.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from unknot.core.records import MAX_ROUTINE_NAME_LENGTH
from unknot.core.translation import translate


def name_problem(text: str) -> str | None:
    """Why `text` (as typed) cannot name a routine, or None when it can. The
    name kept is `text.strip()`."""
    name = text.strip()
    if not name:
        return translate("HomeScreen", "Type a name to save the routine.")
    if len(name) > MAX_ROUTINE_NAME_LENGTH:
        return translate(
            "HomeScreen",
            "This name is longer than %n character(s); make it shorter to save the routine.",
            None,
            MAX_ROUTINE_NAME_LENGTH,
        )
    return None


class RoutineNameDialog(QDialog):
    """The name question; `name()` is the stripped name once accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("HomeScreen", "Save as routine"))
        layout = QVBoxLayout(self)
        prompt = QLabel(
            translate("HomeScreen", "A name for this plan, such as \u201cdesk neck\u201d:"), self
        )
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        self.line_edit = QLineEdit(self)
        self.line_edit.setAccessibleName(translate("HomeScreen", "Routine name"))
        prompt.setBuddy(self.line_edit)
        layout.addWidget(self.line_edit)
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setObjectName("routine_name_problem")
        self.problem_label.setAccessibleName(translate("HomeScreen", "Problem with the name"))
        self.problem_label.hide()
        layout.addWidget(self.problem_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        self.ok_button = ok
        self.line_edit.textChanged.connect(self._show_problem)
        self.setMinimumWidth(420)
        self._show_problem("")

    @Slot(str)
    def _show_problem(self, text: str) -> None:
        problem = name_problem(text)
        # An empty field needs no telling off: the question says what to type.
        shown = problem if problem and text.strip() else None
        self.problem_label.setText(shown or "")
        self.problem_label.setVisible(shown is not None)
        self.ok_button.setEnabled(problem is None)
        # Tall enough for the wrapped problem line at the width the dialog has.
        layout = self.layout()
        width = max(self.width(), self.minimumWidth())
        if layout is not None and layout.hasHeightForWidth():
            self.setMinimumHeight(layout.totalHeightForWidth(width))

    def accept(self) -> None:
        # Enter in the field reaches here even while OK is off.
        if name_problem(self.line_edit.text()) is None:
            super().accept()

    def name(self) -> str:
        return self.line_edit.text().strip()


def ask_routine_name(parent: QWidget | None) -> str | None:
    """The name the person typed and accepted, stripped; None when cancelled."""
    dialog = RoutineNameDialog(parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    name = dialog.name()
    dialog.deleteLater()
    return name if accepted and name_problem(name) is None else None
