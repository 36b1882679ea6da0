"""The person's own cue: on the session's tool card every time its area and
tool come up, and beside the position in the technique guide; added, edited
and removed from either, by keyboard, through the history service."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

import unknot
from tests.ui.session_rig import Rig, calf_and_shoulder, session_rig
from unknot.core.areas import AreaId, Tool
from unknot.core.cues import MAX_CUE_LENGTH
from unknot.core.history_change import HistoryChange
from unknot.core.session_engine import Action
from unknot.ui.session.cue_line import CueLine
from unknot.ui.techniques.guide_page import TechniquesPage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")

Key = Qt.Key


@pytest.fixture
def rig(qtbot: QtBot, tmp_path: Path) -> Iterator[Rig]:
    with session_rig(tmp_path / "data") as made:
        qtbot.addWidget(made.screen)
        made.screen.resize(1200, 780)
        made.screen.show()
        yield made


def _editing(line: CueLine) -> bool:
    """Whether the editor is open; a call, so a check before does not narrow it."""
    return line.editing


def _card_cue(rig: Rig) -> CueLine:
    return rig.screen.hold_page.tool_card.cue_line


def test_the_card_shows_the_cue_whenever_its_area_and_tool_come_up(rig: Rig) -> None:
    rig.service.set_cue(AreaId.CALVES, Tool.TENNIS_BALL, "the wall by the door")
    rig.screen.start(calf_and_shoulder())
    line = _card_cue(rig)

    assert line.isVisible()
    assert line.text_label.text() == "Your cue: the wall by the door"
    assert line.edit_button.text() == "Edit cue…"
    # "Need more pressure": the lacrosse ball has no cue, so the card offers one.
    rig.key(Key.Key_Space)
    rig.act(Action.MORE_PRESSURE)
    assert line.text is None and line.text_label.isHidden()
    assert line.edit_button.text() == "Your cue…"
    rig.act(Action.TOO_MUCH)
    assert line.text == "the wall by the door"


def test_a_cue_is_added_edited_and_removed_from_the_card_by_keyboard(
    rig: Rig, qtbot: QtBot
) -> None:
    rig.screen.start(calf_and_shoulder())
    line = _card_cue(rig)
    assert line.edit_button.accessibleName() == "Add your own cue for the tennis ball on the calves"
    assert line.edit_button.focusPolicy() & Qt.FocusPolicy.TabFocus

    # Enter, since Space pauses the hold in a session.
    QTest.keyClick(line.edit_button, Key.Key_Return)
    assert _editing(line) and line.editor.hasFocus()
    assert line.editor.accessibleName() == "Your cue for the tennis ball on the calves"
    QTest.keyClicks(line.editor, "  lean a bit to the left ")
    with qtbot.waitSignal(rig.service.changed) as heard:
        QTest.keyClick(line.editor, Key.Key_Return)
    change = heard.args[0]
    assert isinstance(change, HistoryChange) and change.touches_cues
    assert not change.touches_practice  # a cue moves no streak and no figure
    assert rig.history.cues() == {(AreaId.CALVES, Tool.TENNIS_BALL): "lean a bit to the left"}
    assert not _editing(line) and line.edit_button.hasFocus()
    assert line.text_label.text() == "Your cue: lean a bit to the left"

    # Escape closes the editor unchanged, and the session goes on.
    QTest.keyClick(line.edit_button, Key.Key_Return)
    QTest.keyClicks(line.editor, "something else")
    QTest.keyClick(line.editor, Key.Key_Escape)
    assert not _editing(line)
    assert rig.screen.is_running()
    assert rig.history.cues() == {(AreaId.CALVES, Tool.TENNIS_BALL): "lean a bit to the left"}

    QTest.keyClick(line.edit_button, Key.Key_Return)
    QTest.keyClick(line.remove_button, Key.Key_Return)
    assert rig.history.cues() == {}
    assert line.text is None


def test_a_refused_cue_is_said_in_words_and_nothing_is_saved(rig: Rig) -> None:
    rig.screen.start(calf_and_shoulder())
    line = _card_cue(rig)
    line.open_editor()
    line.editor.setText("lean\tleft")  # pasted with a tab
    line.save()
    assert _editing(line)
    assert not line.problem_label.isHidden()
    assert "character 5 is a control character" in line.problem_label.text()
    assert rig.history.cues() == {}
    # The card asks for the height to show the problem in full.
    card = rig.screen.hold_page.tool_card
    closed = card.minimumHeight()
    line.close_editor()
    assert card.minimumHeight() < closed


def test_the_guide_shows_and_edits_the_cue_beside_its_position(rig: Rig, qtbot: QtBot) -> None:
    rig.service.set_cue(AreaId.CALVES, Tool.LACROSSE_BALL, "slowly")
    page = TechniquesPage()
    qtbot.add_widget(page)
    page.set_cue_source(rig.service)
    page.show_area(AreaId.CALVES)
    # The guide shows the person's ladder (no roller by default), as the session does.
    tennis, lacrosse = page.guide.steps
    assert tennis.tool is Tool.TENNIS_BALL
    assert lacrosse.cue_line.text == "slowly"
    assert tennis.cue_line.text is None and not tennis.cue_line.isHidden()

    tennis.cue_line.open_editor()
    QTest.keyClicks(tennis.cue_line.editor, "by the sofa")
    QTest.keyClick(tennis.cue_line.editor, Key.Key_Return)
    assert rig.history.cues()[(AreaId.CALVES, Tool.TENNIS_BALL)] == "by the sofa"

    # The session's card hears of it through the service.
    rig.screen.start(calf_and_shoulder())
    assert _card_cue(rig).text == "by the sofa"
    left: list[None] = []
    page.back_requested.connect(lambda: left.append(None))
    lacrosse.cue_line.open_editor()
    QTest.keyClick(lacrosse.cue_line.editor, Key.Key_Escape)
    assert left == []  # Escape closed the editor, not the guide
    assert not _editing(lacrosse.cue_line)
    lacrosse.cue_line.remove()
    assert (AreaId.CALVES, Tool.LACROSSE_BALL) not in rig.history.cues()


def test_without_a_history_the_card_and_guide_offer_no_cue(qtbot: QtBot) -> None:
    page = TechniquesPage()
    qtbot.add_widget(page)
    for step in page.guide.steps:
        assert step.cue_line.isHidden()


@pytest.mark.parametrize("cue", [None, "lean a bit to the left " * 5])
def test_the_smallest_window_still_fits_the_card_with_or_without_a_cue(
    qtbot: QtBot, tmp_path: Path, cue: str | None
) -> None:
    from datetime import date

    from PySide6.QtCore import QCoreApplication

    from tests.ui.window_rig import make_window, with_history
    from unknot.core.areas import Side
    from unknot.core.plans import Selection, Spot, focus_plan
    from unknot.settings import Settings

    answered = Settings(safety_confirmed_on=date(2026, 3, 1), sound_on=False)
    rig = make_window(qtbot, tmp_path, settings=answered)
    with with_history(rig):
        window = rig.window
        window.resize(900, 600)
        window.show()
        qtbot.waitExposed(window)
        service = window.service
        screen = window.session_screen
        assert service is not None and screen is not None
        if cue is not None:
            service.set_cue(AreaId.SHOULDERS, Tool.LACROSSE_BALL, cue.strip()[:MAX_CUE_LENGTH])
        # The shoulder's instruction is among the longest.
        window.start_session(focus_plan([Selection(Spot(AreaId.SHOULDERS, Side.LEFT), 5)]))
        screen.toggle_pause()
        screen.session_actions[Action.MORE_PRESSURE].trigger()
        QCoreApplication.processEvents()
        line = screen.hold_page.tool_card.cue_line
        assert line.edit_button.isVisibleTo(window)
        assert (line.text is not None) == (cue is not None)
        hint = window.minimumSizeHint()
        assert hint.width() <= 900 and hint.height() <= 600, hint


def test_a_cue_too_long_is_refused_in_words_and_kept_to_shorten(rig: Rig) -> None:
    rig.screen.start(calf_and_shoulder())
    line = _card_cue(rig)
    line.open_editor()
    long = "lean a bit to the left and breathe out slowly " * 4
    assert len(long.strip()) > MAX_CUE_LENGTH
    line.editor.setText(long)
    line.save()
    assert _editing(line)
    assert line.editor.text() == long
    assert line.problem_label.isVisibleTo(line)
    assert f"at most {MAX_CUE_LENGTH} characters" in line.problem_label.text()
    assert rig.history.cues() == {}


def test_no_text_field_cuts_what_is_typed_or_pasted() -> None:
    """A line edit's maxLength drops what is typed or pasted beyond it without
    a word: lengths are checked where the text is kept, which says so."""
    import ast

    source = Path(unknot.__file__).resolve().parent
    found = [
        f"{path.name}:{node.lineno}"
        for path in sorted(source.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute) and node.attr == "setMaxLength"
    ]
    assert found == []
