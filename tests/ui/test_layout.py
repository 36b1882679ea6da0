"""Every screen and every state of a session, at 900x600, 1200x780 and
1920x1080, with the usual text and with text half as large again, and in German: no text
cut, no widgets drawn over each other, nothing cut at an edge, no table that
scrolls sideways, the little body map in its place. The pictures are left in
build/layout/ to look at."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.layout_rig import GUIDE_AREAS, LAYOUT_FOLDER, SESSION_STATES, SIZES, run_all
from tests.ui.rendering import in_language

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


@pytest.mark.parametrize(
    ("language", "scale"),
    [("en", 1.0), ("en", 1.5), ("de", 1.0)],
    ids=["text-100", "text-150", "german-100"],
)
def test_every_screen_fits_at_every_size(qtbot: QtBot, language: str, scale: float) -> None:
    # German's longer words ("Übungstagen", "Haltephasen") at the usual size.
    with in_language(language):
        folder = LAYOUT_FOLDER if language == "en" else LAYOUT_FOLDER / language
        findings, pictures = run_all(folder, (scale,))
    # Four pages (home empty and with a plan), the guide at some areas and each
    # state at each size, and the five dialogs.
    assert len(pictures) == (4 + len(GUIDE_AREAS) + len(SESSION_STATES)) * len(SIZES) + 5
    assert all(picture.stat().st_size > 0 for picture in pictures)
    assert [str(finding) for finding in findings] == []


def test_the_check_finds_a_cut_button_and_an_overlap(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel, QPushButton, QWidget

    from tests.ui.layout_check import problems

    parent = QWidget()
    qtbot.add_widget(parent)
    parent.resize(400, 200)
    button = QPushButton("Need more pressure (P)", parent)
    button.setGeometry(0, 0, 60, 40)
    label = QLabel("Right shoulder", parent)
    label.setGeometry(30, 10, 200, 30)
    wrapped = QLabel("How tender is it now? " * 6, parent)
    wrapped.setWordWrap(True)
    wrapped.setGeometry(0, 100, 120, 20)
    parent.show()
    found = problems(parent)
    assert any(line.startswith("text cut: QPushButton") for line in found)
    assert any("needs" in line and "of height" in line for line in found)
    # Placed by hand, not by a layout: not counted as an overlap...
    assert not any(line.startswith("overlap") for line in found)
    from PySide6.QtWidgets import QHBoxLayout

    laid = QWidget()
    qtbot.add_widget(laid)
    row = QHBoxLayout(laid)
    first, second = QLabel("one"), QLabel("two")
    row.addWidget(first)
    row.addWidget(second)
    laid.resize(300, 40)
    laid.show()
    second.setGeometry(first.geometry().translated(10, 0))
    # ...but two widgets of one layout drawn over each other are.
    assert any(line.startswith("overlap") for line in problems(laid))


def test_the_check_finds_an_umlaut_cut_at_a_labels_top(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from tests.ui.layout_check import problems
    from unknot.ui.shared.text_ink import room_for_accents

    parent = QWidget()
    qtbot.add_widget(parent)
    layout = QVBoxLayout(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    label = QLabel("2 von 5 Übungstagen", parent)
    layout.addWidget(label)
    layout.addStretch(1)
    parent.resize(400, 200)
    parent.show()
    # Laid out at its size hint, the font's height: the dots of "Ü" are cut.
    assert label.height() == label.sizeHint().height()
    assert [p for p in problems(parent) if p.startswith("accents cut")] != []
    # Given the room above it, the line is whole.
    room_for_accents(label)
    layout.activate()
    assert [p for p in problems(parent) if p.startswith("accents cut")] == []


def test_the_check_finds_a_line_that_must_be_read_cut_in_a_scroll_area(qtbot: QtBot) -> None:
    """The coach's line once sat under the card in a scroll area and was cut
    at its fold: the general check forgives a scroll area's content, so the
    session page is held to more, only its card may scroll."""
    from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

    from tests.ui.layout_check import seen_whole

    page = QWidget()
    qtbot.add_widget(page)
    layout = QVBoxLayout(page)
    card = QScrollArea(page)
    card.setWidget(QLabel("The card may scroll. " * 40))
    middle = QScrollArea(page)
    inner = QWidget()
    column = QVBoxLayout(inner)
    tall = QLabel("Use the lacrosse ball the same way against the wall.")
    tall.setMinimumHeight(300)
    coach = QLabel("Switch to the lacrosse ball. The clock keeps running.")
    column.addWidget(tall)
    column.addWidget(coach)
    middle.setWidget(inner)
    middle.setWidgetResizable(True)
    layout.addWidget(card)
    layout.addWidget(middle)
    page.resize(400, 300)
    page.show()
    found = seen_whole(page, page, may_scroll=card)
    assert any("not seen whole: QLabel(''" in line and "Switch to" in line for line in found)
    assert any(line.startswith("scrolls: QScrollArea") for line in found)
    # With the line out of the scroll area and the card alone scrolling, nothing.
    middle.hide()
    layout.addWidget(coach)
    assert seen_whole(page, page, may_scroll=card) == []
