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
from PySide6.QtGui import QFont, QShowEvent
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
from unknot.core.translation import QT_TRANSLATE_NOOP, in_sentence, translate
from unknot.ui.shared.dates import long_date
from unknot.ui.shared.dialog_size import fit_height

NOT_MEDICAL_ADVICE = QT_TRANSLATE_NOOP(
    "SafetyScreen",
    "Unknot is a guide for looking after yourself, not medical advice. It cannot "
    "examine you or know your history. If something worries you, or your body says "
    "something the app does not, a clinician's word comes first.",
)


class Occasion(StrEnum):
    FIRST_RUN = "first_run"
    YEARLY = "yearly"
    ON_REQUEST = "on_request"


_HEADINGS = {
    Occasion.FIRST_RUN: QT_TRANSLATE_NOOP("SafetyScreen", "Before your first session"),
    Occasion.YEARLY: QT_TRANSLATE_NOOP("SafetyScreen", "A yearly check"),
    Occasion.ON_REQUEST: QT_TRANSLATE_NOOP("SafetyScreen", "Safety check"),
}

_LEADS = {
    Occasion.FIRST_RUN: QT_TRANSLATE_NOOP(
        "SafetyScreen",
        "Steady pressure on a tight muscle is safe for most people. For some it is "
        "not, or only once a doctor or physiotherapist has said so. Does any of "
        "this apply to you now? Tick what does.",
    ),
    Occasion.YEARLY: QT_TRANSLATE_NOOP(
        "SafetyScreen",
        "A year has passed since you last answered, and health changes. Does any of "
        "this apply to you now? Tick what does.",
    ),
    Occasion.ON_REQUEST: QT_TRANSLATE_NOOP(
        "SafetyScreen",
        "Pressing on a muscle is not for everyone at every time. Does any of this "
        "apply to you now? Tick what does.",
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
    """Ask, explain, and hand back a `SafetyAnswer` through `answered`.

    An answer here decides where pressure is safe, so it is never given by a
    stray Enter: no button is the default (QDialog would otherwise make the first
    auto-default one so), focus opens on the first question, and a button answers
    only when the person moves to it and presses it (Space, or a click).
    """

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
        self.setWindowTitle(translate("SafetyScreen", "Safety check"))
        self.setAccessibleName(translate("SafetyScreen", "Safety check"))
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

        self.heading = QLabel(translate("SafetyScreen", _HEADINGS[self._occasion]), page)
        self.heading.setFont(_heading_font(self.font()))
        self.heading.setAccessibleName(self.heading.text())
        layout.addWidget(self.heading)
        lead = translate("SafetyScreen", _LEADS[self._occasion])
        if last_answered is not None and self._occasion is Occasion.ON_REQUEST:
            lead += " " + translate("SafetyScreen", "You last answered on {day}.").format(
                day=long_date(last_answered)
            )
        self.lead = _wrapped(lead, page, translate("SafetyScreen", "What this check is for"))
        layout.addWidget(self.lead)

        self.condition_boxes: dict[Condition, QCheckBox] = {}
        boxes = QVBoxLayout()
        boxes.setSpacing(4)
        boxes.setContentsMargins(6, 4, 0, 4)
        for info in CONDITIONS:
            box = QCheckBox(translate("Safety", info.label), page)
            box.setObjectName(f"condition_{info.condition.value}")
            box.setAccessibleName(translate("Safety", info.label))
            box.setToolTip(translate("Safety", info.advice))
            self.condition_boxes[info.condition] = box
            boxes.addWidget(box)
        layout.addLayout(boxes)

        self.note = _wrapped(
            translate("SafetyScreen", NOT_MEDICAL_ADVICE),
            page,
            translate("SafetyScreen", "This app is not medical advice"),
        )
        self.note.setObjectName("not_medical_advice")
        self.note.setFrameShape(QFrame.Shape.StyledPanel)
        self.note.setMargin(10)
        layout.addWidget(self.note)
        layout.addStretch(1)

        self.later_button = QPushButton(translate("SafetyScreen", "Not now"), page)
        self.later_button.setAccessibleName(translate("SafetyScreen", "Not now"))
        self.later_button.setAutoDefault(False)
        self.later_button.clicked.connect(self.reject)
        self.some_button = QPushButton(translate("SafetyScreen", "Some of this applies…"), page)
        self.some_button.setAccessibleName(translate("SafetyScreen", "Some of this applies"))
        self.some_button.setAutoDefault(False)
        self.some_button.clicked.connect(self.show_advice)
        self.none_button = QPushButton(
            translate("SafetyScreen", "None of this applies to me"), page
        )
        self.none_button.setAccessibleName(translate("SafetyScreen", "None of this applies to me"))
        self.none_button.setAutoDefault(False)
        self.none_button.clicked.connect(self._answer_none)
        layout.addLayout(_button_row(self.later_button, self.some_button, self.none_button))
        self._question_page = page
        self._pages.addWidget(page)

    def _build_advice_page(self) -> None:
        page = QWidget(self._pages)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.setSpacing(10)

        heading = QLabel(translate("SafetyScreen", "Ask a clinician first"), page)
        heading.setFont(_heading_font(self.font()))
        heading.setAccessibleName(heading.text())
        layout.addWidget(heading)
        self.advice = _wrapped(
            "", page, translate("SafetyScreen", "What to do until a clinician says it is fine")
        )
        self.advice.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.advice)

        self.where_label = _wrapped(
            translate(
                "SafetyScreen",
                "Tick the areas to keep pressure off. The body map marks them, and Unknot "
                "asks before a session presses on one.",
            ),
            page,
            translate("SafetyScreen", "Areas to keep pressure off"),
        )
        self.where_label.setObjectName("where_label")
        layout.addWidget(self.where_label)
        self.area_boxes: dict[AreaId, QCheckBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(6, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        for index, area_id in enumerate(AREAS):
            box = QCheckBox(area(area_id).title, page)
            box.setObjectName(f"area_{area_id.value}")
            box.setAccessibleName(
                translate("SafetyScreen", "Keep pressure off: {area}").format(
                    area=area(area_id).title
                )
            )
            self.area_boxes[area_id] = box
            grid.addWidget(box, index % 5, index // 5)
        layout.addLayout(grid)
        self.locked_label = _wrapped("", page, translate("SafetyScreen", "Areas ticked for you"))
        self.locked_label.setObjectName("locked_label")
        layout.addWidget(self.locked_label)
        layout.addStretch(1)

        self.back_button = QPushButton(translate("SafetyScreen", "Back"), page)
        self.back_button.setAccessibleName(translate("SafetyScreen", "Back to the list"))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.show_question)
        self.save_button = QPushButton(translate("SafetyScreen", "Save my answer"), page)
        self.save_button.setAccessibleName(translate("SafetyScreen", "Save my answer"))
        self.save_button.setAutoDefault(False)
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
                box.setToolTip(
                    translate("SafetyScreen", "Kept free of pressure because of what you ticked.")
                )
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
        first_area = next(
            (box for box in self.area_boxes.values() if box.isVisibleTo(self) and box.isEnabled()),
            None,
        )
        (first_area or self.back_button).setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def show_question(self) -> None:
        self._marked = frozenset(self.marked_areas())
        self._pages.setCurrentWidget(self._question_page)
        self._conditions_changed()
        self._focus_first_question()

    def _focus_first_question(self) -> None:
        next(iter(self.condition_boxes.values())).setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        # Focus starts on the first question, never on an answer; see the class note.
        super().showEvent(event)
        if not self.on_advice_page():
            self._focus_first_question()

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
        f"{escape(translate('Safety', condition_info(condition).advice))}</li>"
        for condition in conditions
    )
    lead = translate(
        "SafetyScreen",
        "Please talk to your doctor or physiotherapist before you use Unknot, and "
        "show them what it asks you to do. Until they say it is fine:",
    )
    return f"<p>{escape(lead)}</p><ul>{items}</ul>"


def locked_text(conditions: Sequence[Condition]) -> str:
    """Why some areas are ticked and cannot be unticked."""
    lines = []
    for condition in conditions:
        kept = condition_info(condition).keep_off
        if kept:
            names = listed([in_sentence(area(a).title) for a in AREAS if a in kept])
            line = translate("SafetyScreen", "{areas} stay ticked because of {reason}.").format(
                areas=names, reason=in_sentence(_short(condition))
            )
            lines.append(line[:1].upper() + line[1:])
    return " ".join(lines)


_SHORT = {
    Condition.BLOOD_THINNERS: QT_TRANSLATE_NOOP("SafetyScreen", "Blood thinners"),
    Condition.TUMOUR: QT_TRANSLATE_NOOP("SafetyScreen", "A tumour"),
    Condition.METABOLIC: QT_TRANSLATE_NOOP("SafetyScreen", "A metabolic condition"),
    Condition.OPEN_WOUND: QT_TRANSLATE_NOOP("SafetyScreen", "An open wound"),
    Condition.WEAK_OR_BROKEN_BONE: QT_TRANSLATE_NOOP("SafetyScreen", "A broken or weak bone"),
    Condition.CLOT: QT_TRANSLATE_NOOP("SafetyScreen", "A possible clot"),
    Condition.INFLAMMATION: QT_TRANSLATE_NOOP("SafetyScreen", "Inflammation or infection"),
    Condition.FEVER: QT_TRANSLATE_NOOP("SafetyScreen", "A fever"),
    Condition.BONE_INFECTION: QT_TRANSLATE_NOOP("SafetyScreen", "A bone infection"),
    Condition.OSTEOPOROSIS: QT_TRANSLATE_NOOP("SafetyScreen", "Osteoporosis"),
    Condition.RECENT_SURGERY: QT_TRANSLATE_NOOP("SafetyScreen", "Recent surgery or stitches"),
    Condition.LARGE_BRUISE: QT_TRANSLATE_NOOP("SafetyScreen", "A large bruise"),
    Condition.REDUCED_FEELING: QT_TRANSLATE_NOOP("SafetyScreen", "Less feeling"),
    Condition.PREGNANCY: QT_TRANSLATE_NOOP("SafetyScreen", "Pregnancy"),
}


def _short(condition: Condition) -> str:
    return translate("SafetyScreen", _SHORT[condition])


def listed(names: Sequence[str]) -> str:
    """ "calves", "calves and thighs", "arms, calves and feet"."""
    if len(names) < 2:
        return "".join(names)
    return translate("SafetyScreen", "{list} and {last}").format(
        list=", ".join(names[:-1]), last=names[-1]
    )


def _button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 6, 0, 0)
    row.addWidget(buttons[0])
    row.addStretch(1)
    for button in buttons[1:]:
        row.addWidget(button)
    return row


def tell_all_left_out(parent: QWidget | None, areas: Sequence[AreaId]) -> None:
    """Before a session that presses only on avoided areas: there is nothing to
    choose, so one message says so and nothing starts."""
    names = ", ".join(in_sentence(area(a).title) for a in areas)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("SafetyScreen", "Areas to keep pressure off"))
    box.setText(
        translate(
            "SafetyScreen",
            "This session presses only on areas you marked to keep pressure off: {areas}. "
            "It does not start.",
        ).format(areas=names)
    )
    box.setInformativeText(
        translate(
            "SafetyScreen",
            "If a clinician has said they are fine again, update your answer under "
            "Help ▸ Safety check.",
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def confirm_leaving_out(parent: QWidget | None, areas: Sequence[AreaId]) -> bool:
    """Before a session that presses on an avoided area: True to start without
    those areas, False to go back to the map."""
    names = ", ".join(in_sentence(area(a).title) for a in areas)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("SafetyScreen", "Areas to keep pressure off"))
    box.setText(
        translate(
            "SafetyScreen", "This session includes areas you marked to keep pressure off: {areas}."
        ).format(areas=names)
    )
    box.setInformativeText(
        translate(
            "SafetyScreen",
            "Unknot can leave them out. If a clinician has said they are fine again, "
            "update your answer under Help ▸ Safety check.",
        )
    )
    leave_out = box.addButton(
        translate("SafetyScreen", "Leave them out"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(leave_out)
    box.exec()
    return box.clickedButton() is leave_out
