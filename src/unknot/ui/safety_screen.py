"""The safety check: shown before the first session, once a year, and on request.

Two short pages. The first lists when pressing on a muscle is not for now and
asks whether any of it applies; it also carries the one honest note that the
app is a guide, not medical advice. When something applies, the second page
says, per condition, what to do until a clinician has said it is fine, and asks
where on the body a local problem sits so the map can mark it.

The dialog only reports the answer (`answered`); the window stores it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from html import escape

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from unknot.core.areas import AREAS, AreaId, area
from unknot.core.safety import (
    CONDITIONS,
    Condition,
    asks_where,
    condition_info,
    fixed_areas,
)
from unknot.ui.dialog_size import fit_height

NOT_MEDICAL_ADVICE = (
    "Unknot is a guide for looking after yourself, not medical advice. It cannot "
    "examine you or know your history. If something worries you, or your body says "
    "something the app does not, a clinician's word comes first."
)


class Occasion(StrEnum):
    FIRST_RUN = "first_run"
    YEARLY = "yearly"
    ON_REQUEST = "on_request"


_HEADINGS = {
    Occasion.FIRST_RUN: "Before your first session",
    Occasion.YEARLY: "A yearly check",
    Occasion.ON_REQUEST: "Safety check",
}

_LEADS = {
    Occasion.FIRST_RUN: (
        "Steady pressure on a tight muscle is safe for most people. For some it is "
        "not, or only once a doctor or physiotherapist has said so. Does any of "
        "this apply to you now? Tick what does."
    ),
    Occasion.YEARLY: (
        "A year has passed since you last answered, and health changes. Does any of "
        "this apply to you now? Tick what does."
    ),
    Occasion.ON_REQUEST: (
        "Pressing on a muscle is not for everyone at every time. Does any of this "
        "apply to you now? Tick what does."
    ),
}


@dataclass(frozen=True)
class SafetyAnswer:
    answered_on: date
    conditions: tuple[Condition, ...] = ()
    # The areas the person marked; the conditions may rule out more.
    marked_areas: tuple[AreaId, ...] = ()


def _heading_font(base: QFont) -> QFont:
    font = QFont(base)
    size = base.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * 1.45)
    font.setBold(True)
    return font


def _wrapped(text: str, parent: QWidget, name: str) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SafetyScreen(QDialog):
    """Ask, explain, and hand back a `SafetyAnswer` through `answered`."""

    answered = Signal(object)  # SafetyAnswer

    def __init__(
        self,
        today: date,
        occasion: Occasion = Occasion.FIRST_RUN,
        *,
        conditions: Iterable[Condition] = (),
        marked_areas: Iterable[AreaId] = (),
        last_answered: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._occasion = occasion
        self.setWindowTitle("Safety check")
        self.setAccessibleName("Safety check")
        self.setModal(True)

        self._pages = QStackedWidget(self)
        self._build_question_page(last_answered)
        self._build_advice_page()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._pages)

        ticked = frozenset(conditions)
        for condition, box in self.condition_boxes.items():
            box.setChecked(condition in ticked)
            box.toggled.connect(self._conditions_changed)
        self._marked = frozenset(marked_areas)
        self._conditions_changed()
        fit_height(self, 600)

    # -- building ---------------------------------------------------------------

    def _build_question_page(self, last_answered: date | None) -> None:
        page = QWidget(self._pages)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.setSpacing(10)

        self.heading = QLabel(_HEADINGS[self._occasion], page)
        self.heading.setFont(_heading_font(self.font()))
        self.heading.setAccessibleName(self.heading.text())
        layout.addWidget(self.heading)
        lead = _LEADS[self._occasion]
        if last_answered is not None and self._occasion is Occasion.ON_REQUEST:
            lead += f" You last answered on {last_answered:%d %B %Y}."
        self.lead = _wrapped(lead, page, "What this check is for")
        layout.addWidget(self.lead)

        self.condition_boxes: dict[Condition, QCheckBox] = {}
        boxes = QVBoxLayout()
        boxes.setSpacing(4)
        boxes.setContentsMargins(6, 4, 0, 4)
        for info in CONDITIONS:
            box = QCheckBox(info.label, page)
            box.setObjectName(f"condition_{info.condition.value}")
            box.setAccessibleName(info.label)
            box.setToolTip(info.advice)
            self.condition_boxes[info.condition] = box
            boxes.addWidget(box)
        layout.addLayout(boxes)

        self.note = _wrapped(NOT_MEDICAL_ADVICE, page, "This app is not medical advice")
        self.note.setObjectName("not_medical_advice")
        self.note.setFrameShape(QFrame.Shape.StyledPanel)
        self.note.setMargin(10)
        layout.addWidget(self.note)
        layout.addStretch(1)

        self.later_button = QPushButton("Not now", page)
        self.later_button.setAccessibleName("Not now")
        self.later_button.setAutoDefault(False)
        self.later_button.clicked.connect(self.reject)
        self.some_button = QPushButton("Some of this applies…", page)
        self.some_button.setAccessibleName("Some of this applies")
        self.some_button.setAutoDefault(False)
        self.some_button.clicked.connect(self.show_advice)
        self.none_button = QPushButton("None of this applies to me", page)
        self.none_button.setAccessibleName("None of this applies to me")
        self.none_button.setDefault(True)
        self.none_button.clicked.connect(self._answer_none)
        layout.addLayout(_button_row(self.later_button, self.some_button, self.none_button))
        self._question_page = page
        self._pages.addWidget(page)

    def _build_advice_page(self) -> None:
        page = QWidget(self._pages)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.setSpacing(10)

        heading = QLabel("Ask a clinician first", page)
        heading.setFont(_heading_font(self.font()))
        heading.setAccessibleName(heading.text())
        layout.addWidget(heading)
        self.advice = _wrapped("", page, "What to do until a clinician says it is fine")
        self.advice.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.advice)

        self.where_label = _wrapped(
            "Tick the areas to keep pressure off. The body map marks them, and Unknot "
            "asks before a session presses on one.",
            page,
            "Areas to keep pressure off",
        )
        self.where_label.setObjectName("where_label")
        layout.addWidget(self.where_label)
        self.area_boxes: dict[AreaId, QCheckBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(6, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        for index, area_id in enumerate(AREAS):
            box = QCheckBox(area(area_id).name, page)
            box.setObjectName(f"area_{area_id.value}")
            box.setAccessibleName(f"Keep pressure off: {area(area_id).name}")
            self.area_boxes[area_id] = box
            grid.addWidget(box, index % 5, index // 5)
        layout.addLayout(grid)
        self.locked_label = _wrapped("", page, "Areas ticked for you")
        self.locked_label.setObjectName("locked_label")
        layout.addWidget(self.locked_label)
        layout.addStretch(1)

        self.back_button = QPushButton("Back", page)
        self.back_button.setAccessibleName("Back to the list")
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.show_question)
        self.save_button = QPushButton("Save my answer", page)
        self.save_button.setAccessibleName("Save my answer")
        self.save_button.setAutoDefault(True)
        self.save_button.clicked.connect(self._answer_some)
        layout.addLayout(_button_row(self.back_button, self.save_button))
        self._advice_page = page
        self._pages.addWidget(page)

    # -- state ------------------------------------------------------------------

    def ticked(self) -> tuple[Condition, ...]:
        return tuple(c for c, box in self.condition_boxes.items() if box.isChecked())

    def marked_areas(self) -> tuple[AreaId, ...]:
        """The areas ticked on the second page that the conditions do not already
        rule out (those are ticked and locked)."""
        fixed = fixed_areas(self.ticked())
        return tuple(a for a, box in self.area_boxes.items() if box.isChecked() and a not in fixed)

    def on_advice_page(self) -> bool:
        return self._pages.currentWidget() is self._advice_page

    @Slot()
    def _conditions_changed(self) -> None:
        any_ticked = bool(self.ticked())
        self.none_button.setEnabled(not any_ticked)
        self.some_button.setEnabled(any_ticked)
        self.none_button.setDefault(not any_ticked)
        self.some_button.setDefault(any_ticked)

    @Slot()
    def show_advice(self) -> None:
        ticked = self.ticked()
        if not ticked:
            return
        self.advice.setText(advice_html(ticked))
        fixed = fixed_areas(ticked)
        where = asks_where(ticked)
        for area_id, box in self.area_boxes.items():
            if area_id in fixed:
                box.setChecked(True)
                box.setEnabled(False)
                box.setToolTip("Kept free of pressure because of what you ticked.")
            else:
                box.setEnabled(True)
                box.setChecked(area_id in self._marked)
                box.setToolTip("")
        local = bool(fixed) or where
        self.where_label.setVisible(local)
        self.locked_label.setVisible(bool(fixed))
        self.locked_label.setText(locked_text(ticked))
        for box in self.area_boxes.values():
            box.setVisible(local)
        self._pages.setCurrentWidget(self._advice_page)
        self.save_button.setDefault(True)
        self.save_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def show_question(self) -> None:
        self._marked = frozenset(self.marked_areas())
        self._pages.setCurrentWidget(self._question_page)
        self._conditions_changed()

    @Slot()
    def _answer_none(self) -> None:
        self._finish(SafetyAnswer(self._today))

    @Slot()
    def _answer_some(self) -> None:
        shown = self.where_label.isVisibleTo(self)
        marked = self.marked_areas() if shown else ()
        self._finish(SafetyAnswer(self._today, self.ticked(), marked))

    def _finish(self, answer: SafetyAnswer) -> None:
        self.answered.emit(answer)
        self.accept()


def advice_html(conditions: Sequence[Condition]) -> str:
    items = "".join(
        f"<li style='margin-bottom:6px'><b>{escape(_short(condition))}</b><br>"
        f"{escape(condition_info(condition).advice)}</li>"
        for condition in conditions
    )
    return (
        "<p>Please talk to your doctor or physiotherapist before you use Unknot, and "
        "show them what it asks you to do. Until they say it is fine:</p>"
        f"<ul>{items}</ul>"
    )


def locked_text(conditions: Sequence[Condition]) -> str:
    """Why some areas are ticked and cannot be unticked."""
    lines = []
    for condition in conditions:
        kept = condition_info(condition).keep_off
        if kept:
            names = " and ".join(area(a).name.lower() for a in AREAS if a in kept)
            reason = _short(condition).lower()
            lines.append(f"{names.capitalize()} stay ticked because of {reason}.")
    return " ".join(lines)


_SHORT = {
    Condition.BLOOD_THINNERS: "Blood thinners",
    Condition.TUMOUR: "A tumour",
    Condition.METABOLIC: "A metabolic condition",
    Condition.OPEN_WOUND: "An open wound",
    Condition.WEAK_OR_BROKEN_BONE: "A broken or weak bone",
    Condition.CLOT: "A possible clot",
    Condition.INFLAMMATION: "Inflammation or infection",
    Condition.FEVER: "A fever",
    Condition.BONE_INFECTION: "A bone infection",
    Condition.OSTEOPOROSIS: "Osteoporosis",
    Condition.RECENT_SURGERY: "Recent surgery or stitches",
    Condition.LARGE_BRUISE: "A large bruise",
    Condition.REDUCED_FEELING: "Less feeling",
    Condition.PREGNANCY: "Pregnancy",
}


def _short(condition: Condition) -> str:
    return _SHORT[condition]


def _button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 6, 0, 0)
    row.addWidget(buttons[0])
    row.addStretch(1)
    for button in buttons[1:]:
        row.addWidget(button)
    return row


def confirm_leaving_out(parent: QWidget | None, areas: Sequence[AreaId]) -> bool:
    """Before a session that presses on an avoided area: True to start without
    those areas, False to go back to the map."""
    names = ", ".join(area(a).name.lower() for a in areas)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Areas to keep pressure off")
    box.setText(f"This session includes areas you marked to keep pressure off: {names}.")
    box.setInformativeText(
        "Unknot can leave them out. If a clinician has said they are fine again, "
        "update your answer under Help ▸ Safety check."
    )
    leave_out = box.addButton("Leave them out", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(leave_out)
    box.exec()
    return box.clickedButton() is leave_out
