"""A safety answer is never given by a stray Enter: no button on the safety
check is a default one, and focus opens on a question, not on an answer."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton, QWidget

from unknot.core.safety import Condition
from unknot.ui.safety.safety_screen import Occasion, SafetyAnswer, SafetyScreen

TODAY = date(2026, 3, 2)
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _shown(qtbot: QtBot, occasion: Occasion) -> tuple[SafetyScreen, list[SafetyAnswer]]:
    screen = SafetyScreen(TODAY, occasion, last_answered=date(2025, 3, 1))
    qtbot.add_widget(screen)
    answers: list[SafetyAnswer] = []
    screen.answered.connect(answers.append)
    screen.show()
    screen.activateWindow()
    qtbot.waitExposed(screen)
    return screen, answers


def _focused(screen: SafetyScreen) -> QWidget:
    focused = QApplication.focusWidget() or screen.focusWidget()
    assert focused is not None
    return focused


def _no_default_buttons(screen: SafetyScreen) -> None:
    for button in screen.findChildren(QPushButton):
        assert not button.isDefault(), button.text()
        assert not button.autoDefault(), button.text()


@pytest.mark.parametrize("occasion", list(Occasion))
@pytest.mark.parametrize("key", ENTER_KEYS)
def test_enter_right_after_opening_records_nothing(
    qtbot: QtBot, occasion: Occasion, key: Qt.Key
) -> None:
    screen, answers = _shown(qtbot, occasion)
    _no_default_buttons(screen)
    focused = _focused(screen)
    assert not isinstance(focused, QPushButton)
    assert focused is next(iter(screen.condition_boxes.values()))
    QTest.keyClick(focused, key)
    QTest.keyClick(screen, key)
    assert answers == []
    assert screen.isVisible()
    _no_default_buttons(screen)


@pytest.mark.parametrize("key", ENTER_KEYS)
def test_enter_on_the_advice_page_records_nothing(qtbot: QtBot, key: Qt.Key) -> None:
    screen, answers = _shown(qtbot, Occasion.FIRST_RUN)
    screen.condition_boxes[Condition.LARGE_BRUISE].setChecked(True)
    _no_default_buttons(screen)
    QTest.keyClick(_focused(screen), key)
    assert not screen.on_advice_page()
    screen.some_button.click()
    assert screen.on_advice_page()
    _no_default_buttons(screen)
    focused = _focused(screen)
    assert focused not in (screen.save_button,)
    QTest.keyClick(focused, key)
    QTest.keyClick(screen, key)
    assert answers == []
    # Back on the list, focus is on a question again.
    screen.back_button.click()
    assert isinstance(_focused(screen), QCheckBox)
    QTest.keyClick(_focused(screen), key)
    assert answers == []


def test_a_button_the_person_moved_to_answers_with_space(qtbot: QtBot) -> None:
    screen, answers = _shown(qtbot, Occasion.FIRST_RUN)
    screen.none_button.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(screen.none_button, Qt.Key.Key_Space)
    assert answers == [SafetyAnswer(TODAY)]
