"""The safety check dialog on its own: ticking, the advice page, the answer."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QPushButton

from unknot.core.areas import AreaId
from unknot.core.safety import CONDITIONS, Condition
from unknot.ui.safety.safety_screen import (
    NOT_MEDICAL_ADVICE,
    Occasion,
    SafetyAnswer,
    SafetyScreen,
    advice_html,
)

TODAY = date(2026, 3, 2)


def _screen(qtbot: QtBot, **kwargs: object) -> tuple[SafetyScreen, list[SafetyAnswer]]:
    screen = SafetyScreen(TODAY, **kwargs)  # type: ignore[arg-type]
    qtbot.add_widget(screen)
    answers: list[SafetyAnswer] = []
    screen.answered.connect(answers.append)
    return screen, answers


def test_lists_every_condition_and_the_note(qtbot: QtBot) -> None:
    screen, _ = _screen(qtbot)
    shown = [box.text() for box in screen.condition_boxes.values()]
    assert shown == [info.label for info in CONDITIONS]
    assert screen.note.text() == NOT_MEDICAL_ADVICE
    assert "not medical advice" in screen.note.text()
    assert screen.windowTitle() == "Safety check"


def test_none_applies_answers_with_todays_date(qtbot: QtBot) -> None:
    screen, answers = _screen(qtbot)
    assert screen.none_button.isEnabled()
    assert not screen.some_button.isEnabled()
    screen.none_button.click()
    assert answers == [SafetyAnswer(TODAY)]
    assert screen.result() == SafetyScreen.DialogCode.Accepted


def test_ticking_something_means_it_cannot_be_answered_with_none(qtbot: QtBot) -> None:
    screen, _ = _screen(qtbot)
    screen.condition_boxes[Condition.FEVER].setChecked(True)
    assert not screen.none_button.isEnabled()
    assert screen.some_button.isEnabled()
    screen.condition_boxes[Condition.FEVER].setChecked(False)
    assert screen.none_button.isEnabled()


def test_a_possible_clot_says_ask_first_and_locks_the_legs(qtbot: QtBot) -> None:
    screen, answers = _screen(qtbot)
    screen.condition_boxes[Condition.CLOT].setChecked(True)
    screen.some_button.click()
    assert screen.on_advice_page()
    assert "talk to your doctor or physiotherapist" in screen.advice.text()
    assert "No pressure on your legs" in screen.advice.text()
    for leg in (AreaId.CALVES, AreaId.QUADS):
        assert screen.area_boxes[leg].isChecked()
        assert not screen.area_boxes[leg].isEnabled()
    assert screen.where_label.isVisibleTo(screen)
    assert "because of a possible clot" in screen.locked_label.text()

    screen.save_button.click()
    # The legs come from the condition, so only what the person marked is stored.
    assert answers == [SafetyAnswer(TODAY, (Condition.CLOT,), ())]


def test_a_bruise_asks_where(qtbot: QtBot) -> None:
    screen, answers = _screen(qtbot)
    screen.condition_boxes[Condition.LARGE_BRUISE].setChecked(True)
    screen.condition_boxes[Condition.PREGNANCY].setChecked(True)
    screen.show_advice()
    assert screen.where_label.isVisibleTo(screen)
    assert not screen.locked_label.isVisibleTo(screen)
    assert all(box.isEnabled() and not box.isChecked() for box in screen.area_boxes.values())
    screen.area_boxes[AreaId.ARMS].setChecked(True)
    screen.save_button.click()
    assert answers == [
        SafetyAnswer(TODAY, (Condition.LARGE_BRUISE, Condition.PREGNANCY), (AreaId.ARMS,))
    ]


def test_whole_body_conditions_ask_no_place(qtbot: QtBot) -> None:
    screen, answers = _screen(qtbot, marked_areas=[AreaId.FEET])
    screen.condition_boxes[Condition.FEVER].setChecked(True)
    screen.show_advice()
    assert not screen.where_label.isVisibleTo(screen)
    assert not any(box.isVisibleTo(screen) for box in screen.area_boxes.values())
    screen.save_button.click()
    # Nothing local was ticked, so no area is kept from before.
    assert answers == [SafetyAnswer(TODAY, (Condition.FEVER,), ())]


def test_back_keeps_what_was_marked(qtbot: QtBot) -> None:
    screen, _ = _screen(qtbot)
    screen.condition_boxes[Condition.OPEN_WOUND].setChecked(True)
    screen.show_advice()
    screen.area_boxes[AreaId.FEET].setChecked(True)
    screen.back_button.click()
    assert not screen.on_advice_page()
    screen.show_advice()
    assert screen.area_boxes[AreaId.FEET].isChecked()


def test_reopened_it_shows_the_last_answer(qtbot: QtBot) -> None:
    screen, _ = _screen(
        qtbot,
        occasion=Occasion.ON_REQUEST,
        conditions=[Condition.CLOT, Condition.OPEN_WOUND],
        marked_areas=[AreaId.ARMS],
        last_answered=date(2025, 11, 3),
    )
    assert screen.ticked() == (Condition.OPEN_WOUND, Condition.CLOT)
    assert "3 November 2025" in screen.lead.text()
    screen.show_advice()
    assert screen.marked_areas() == (AreaId.ARMS,)


def test_not_now_answers_nothing(qtbot: QtBot) -> None:
    screen, answers = _screen(qtbot)
    screen.later_button.click()
    assert answers == []
    assert screen.result() == SafetyScreen.DialogCode.Rejected


def test_the_yearly_check_says_why_it_is_back(qtbot: QtBot) -> None:
    screen, _ = _screen(qtbot, occasion=Occasion.YEARLY)
    assert "A year has passed" in screen.lead.text()


def test_every_control_has_a_name_and_takes_the_keyboard(qtbot: QtBot) -> None:
    screen, _ = _screen(qtbot)
    for widget in screen.findChildren(QCheckBox) + screen.findChildren(QPushButton):
        assert widget.accessibleName(), widget.text()
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_advice_is_escaped_and_in_the_order_given() -> None:
    text = advice_html([Condition.FEVER, Condition.BLOOD_THINNERS])
    assert text.index("A fever") < text.index("Blood thinners")
    assert "<script" not in text
