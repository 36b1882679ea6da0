"""The person's own words never widen a layout: a long run with no space wraps
anywhere in a label (`breakable`), and a routine's name is cut with "…" on its
button (`ElidingButton`); the words themselves are kept whole."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QLabel, QWidget

from unknot.ui.shared.breakable import LONGEST_RUN, ZERO_WIDTH_SPACE, ElidingButton, breakable

WORDS = st.text(
    st.characters(exclude_categories=["Cs"], exclude_characters=ZERO_WIDTH_SPACE), max_size=300
)


@given(WORDS)
def test_breakable_only_adds_break_chances(text: str) -> None:
    assert breakable(text).replace(ZERO_WIDTH_SPACE, "") == text


@given(st.text(st.sampled_from("abcXYZ019-/.é"), min_size=1, max_size=300))
def test_no_run_is_left_longer_than_the_longest(text: str) -> None:
    runs = re.split(rf"[\s{ZERO_WIDTH_SPACE}]", breakable(text))
    assert max(len(run) for run in runs) <= LONGEST_RUN


def test_ordinary_words_are_left_alone() -> None:
    text = "Lean a little to the left, Oberschenkelvorderseite"
    assert breakable(text) == text


def test_a_label_of_a_long_run_wraps_in_a_narrow_place(qtbot: QtBot) -> None:
    label = QLabel(breakable("x" * 120))
    qtbot.add_widget(label)
    label.setWordWrap(True)
    whole = label.fontMetrics().horizontalAdvance("x" * 120)
    assert label.minimumSizeHint().width() < whole / 3


def test_a_long_routine_name_is_cut_on_its_button_not_widening_it(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.add_widget(parent)
    name = "Morningdeskneckandshoulderroutine" * 5
    button = ElidingButton(name, parent)
    whole = button.fontMetrics().horizontalAdvance(name)
    assert button.sizeHint().width() < whole / 3
    assert button.minimumSizeHint().width() < whole / 3
    button.resize(200, 40)
    assert button.text().endswith("…")
    assert button.fontMetrics().horizontalAdvance(button.text()) <= 200
    assert button.full_text() == name
