"""The report's days are taken exactly as typed: text that names no real day
(2026-02-30, 2026-2-3, anything else) is refused in words with no period
offered, never turned into a near day."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from unknot.ui.report.report_action import PeriodDialog, typed_day

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

TODAY = date(2026, 3, 11)
EARLIEST = date(2000, 1, 1)
_ISO = re.compile(r"\d{4}-\d\d-\d\d")


def _names_a_day(text: str) -> bool:
    try:
        return bool(_ISO.fullmatch(text.strip())) and bool(date.fromisoformat(text.strip()))
    except ValueError:
        return False


# Text shaped almost like a day (the slips people make) and any text at all.
_DIGITS = st.integers(0, 9999).map(str)
_NEAR_DAYS = st.builds(
    lambda y, m, d: f"{y}-{m}-{d}",
    st.integers(0, 9999).map(lambda n: f"{n:04d}"),
    st.integers(0, 99).map(lambda n: f"{n:02d}") | _DIGITS,
    st.integers(0, 99).map(lambda n: f"{n:02d}") | _DIGITS,
)
_TYPED = _NEAR_DAYS | st.text(max_size=14) | st.just("2026-02-30") | st.just("2026-02-")

_FAST = settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@_FAST
@given(typed=_TYPED, field=st.sampled_from(["first", "last"]))
def test_text_that_names_no_day_is_refused_with_words(qtbot: QtBot, typed: str, field: str) -> None:
    dialog = PeriodDialog(TODAY)
    qtbot.addWidget(dialog)
    edit = dialog.first if field == "first" else dialog.last
    edit.line_edit.setText(typed)
    if _names_a_day(typed):
        return  # covered below
    assert dialog.period() is None
    assert dialog.problem_text()
    assert dialog.problem.isVisibleTo(dialog)
    assert not dialog.ok.isEnabled()
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    # What was typed stays as typed: nothing corrects it.
    assert edit.text() == typed


@_FAST
@given(day=st.dates(EARLIEST, TODAY), field=st.sampled_from(["first", "last"]))
def test_a_real_day_is_taken_exactly(qtbot: QtBot, day: date, field: str) -> None:
    dialog = PeriodDialog(TODAY)
    qtbot.addWidget(dialog)
    edit = dialog.first if field == "first" else dialog.last
    edit.line_edit.setText(day.isoformat())
    assert typed_day(day.isoformat()) == day
    period = dialog.period()
    assert period is not None
    assert (period[0] if field == "first" else period[1]) == day


def test_the_reported_day_is_refused_after_typing_and_leaving_the_field(qtbot: QtBot) -> None:
    dialog = PeriodDialog(TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    edit = dialog.first.line_edit
    edit.setFocus()
    edit.selectAll()
    QTest.keyClicks(edit, "2026-02-30")
    QTest.keyClick(edit, Qt.Key.Key_Tab)
    assert dialog.first.text() == "2026-02-30"
    assert dialog.period() is None
    assert "2026-02-30" in dialog.problem.text()
    assert not dialog.ok.isEnabled()


def test_a_day_picked_on_the_calendar_is_typed_in(qtbot: QtBot) -> None:
    dialog = PeriodDialog(TODAY)
    qtbot.addWidget(dialog)
    dialog.first.calendar.clicked.emit(QDate(2026, 2, 14))
    assert dialog.first.text() == "2026-02-14"
    assert dialog.period() == (date(2026, 2, 14), TODAY)
    assert dialog.ok.isEnabled()


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_dialog_grows_to_show_what_is_wrong_and_cuts_no_words(qtbot: QtBot) -> None:
    """The lines saying what is wrong with a day take room of their own: every
    label keeps the height its words need at its width, in the open dialog."""
    from tests.ui.layout_check import problems

    dialog = PeriodDialog(TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for text in ("2026-02-30", "2026-13-01", "not a day at all, typed by mistake", "2026-03-01"):
        dialog.first.line_edit.setText(text)
        dialog.first.line_edit.editingFinished.emit()
        QApplication.processEvents()
        assert [line for line in problems(dialog) if line.startswith("text cut")] == []
        for label in (dialog.intro, dialog.problem):
            if label.isVisible():
                assert label.height() >= label.heightForWidth(label.width())
