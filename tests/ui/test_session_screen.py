"""Whole guided sessions on a fake clock, checking the history after every hold."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from tests.ui.session_rig import Rig, calf_and_shoulder, session_rig
from unknot.core import session_texts as texts
from unknot.core.areas import AreaId, Side, Tool
from unknot.core.plans import FOCUS_THRESHOLD, Spot, order_by_position, scan_plan
from unknot.core.records import Outcome, SessionKind
from unknot.core.session_engine import KEEPALIVE_SECONDS, Action, Phase
from unknot.ui.history.history_service import SaveError
from unknot.ui.session.actions import shortcut_hint
from unknot.ui.session.session_screen import SessionScreen

Key = Qt.Key


@pytest.fixture
def rig(qtbot: QtBot, tmp_path: Path) -> Iterator[Rig]:
    with session_rig(tmp_path / "data") as made:
        qtbot.addWidget(made.screen)
        yield made


def test_a_normal_session_saves_each_hold_as_it_ends(rig: Rig, qtbot: QtBot) -> None:
    screen = rig.screen
    screen.start(calf_and_shoulder())
    assert rig.phase() is Phase.READY
    assert rig.shown().spot_name == "Left calf"
    assert rig.saved().holds == ()
    assert rig.saved().outcome is None

    rig.key(Key.Key_Space)
    assert rig.phase() is Phase.HOLDING
    rig.run(119)
    assert rig.saved().holds == ()
    assert screen.hold_page.ring.state.remaining == pytest.approx(1)

    rig.run(1)
    # Time is up: saved at once, before any answer.
    assert rig.phase() is Phase.TIME_UP
    (pending,) = rig.saved().holds
    assert pending.area is AreaId.CALVES and pending.side is Side.LEFT
    assert pending.held_seconds == 120 and not pending.released
    assert pending.tenderness_before == 6 and pending.tenderness_after is None
    assert rig.notices == ["Left calf: time is up."]

    rig.key(Key.Key_3)
    (rated,) = rig.saved().holds
    assert rated.tenderness_after == 3 and not rated.released

    rig.key(Key.Key_N)
    (answered,) = rig.saved().holds
    assert answered.released and answered.tenderness_after == 3
    assert rig.phase() is Phase.READY
    assert rig.shown().spot_name == "Right shoulder"

    rig.key(Key.Key_Space)
    rig.run(50)
    with qtbot.waitSignal(screen.session_finished, raising=False, timeout=0) as finished:
        rig.key(Key.Key_N)
        assert not finished.signal_triggered
    assert rig.phase() is Phase.RELEASED
    first, second = rig.saved().holds
    assert first == answered
    assert second.area is AreaId.SHOULDERS and second.released
    assert second.held_seconds == 50 and second.tenderness_before == 4

    rig.key(Key.Key_2)
    assert rig.saved().holds[1].tenderness_after == 2

    with qtbot.waitSignal(screen.session_finished) as finished:
        rig.key(Key.Key_Return)
    assert finished.args == [screen.session_id]
    saved = rig.saved()
    assert saved.outcome is Outcome.COMPLETED
    assert len(saved.holds) == 2
    assert rig.phase() is Phase.SUMMARY
    summary = screen.summary
    assert summary.time_tile.value_label.text() == "2 min 50 s"
    assert summary.spots_tile.value_label.text() == "2"
    # 170 s on Monday: the first practice day.
    assert summary.streak_tile.value_label.text() == "1 day"
    assert summary.soreness_label.text() == texts.SORENESS
    assert summary.tools_label.text() == "Tools used: Tennis ball"
    assert not screen.is_running()


def test_the_page_shows_what_the_engine_displays(rig: Rig) -> None:
    """The binding, checked once: every label and button follows the display."""
    screen = rig.screen
    page = screen.hold_page
    screen.start(calf_and_shoulder())
    for step in ("ready", "holding", "time up", "released"):
        shown = rig.shown()
        assert page.area_label.text() == shown.spot_name
        assert page.step_label.text() == f"Step {shown.step_number} of {shown.step_count}"
        assert page.spot_map.accessibleName() == f"Working on: {shown.spot_name}"
        assert page.tool_card.name_label.text() == shown.tool.label
        assert page.coach_label.text() == shown.status
        assert page.question_label.text() == shown.question
        assert page.question.isVisibleTo(page) is shown.ended
        assert page.ring.state.remaining == pytest.approx(shown.clock_seconds)
        assert page.ring.state.caption == shown.clock_caption
        for action in Action:
            button = page.button(action)
            qaction = screen.session_actions[action]
            assert qaction.isEnabled() is (action in shown.enabled), (step, action)
            if action in (Action.STOP_PAIN, Action.WHEN_TO_STOP):
                assert button is not None
                continue
            assert (button is not None) is (action in shown.offered), (step, action)
            if button is not None:
                # The key in brackets, after the words or on a line under them.
                text = button.text().replace("\n", "  ")
                assert text == f"{shown.labels[action]}  ({shortcut_hint(qaction)})"
                assert button.isEnabled() is (action in shown.enabled)
        if step == "ready":
            rig.key(Key.Key_Space)
        elif step == "holding":
            rig.run(120)
        elif step == "time up":
            rig.key(Key.Key_N)
            rig.key(Key.Key_Space)
            rig.run(10)
            rig.key(Key.Key_N)


def test_shortcut_hints_come_from_the_actions(rig: Rig) -> None:
    screen = rig.screen
    screen.start(calf_and_shoulder())
    pause = screen.session_actions[Action.START_PAUSE]
    assert shortcut_hint(pause) == QKeySequence("Space").toString(
        QKeySequence.SequenceFormat.NativeText
    )
    button = screen.hold_page.button(Action.START_PAUSE)
    assert button is not None and button.text().endswith(f"({shortcut_hint(pause)})")
    pain = screen.session_actions[Action.STOP_PAIN]
    assert shortcut_hint(pain) == QKeySequence("Ctrl+X").toString(
        QKeySequence.SequenceFormat.NativeText
    )


def test_the_screen_reader_hears_milestones_only(rig: Rig) -> None:
    rig.screen.start(calf_and_shoulder())
    rig.key(Key.Key_Space)
    rig.run(120)
    assert rig.announcements == [
        "Left calf: hold started, 2 minutes.",
        "Halfway. 1 minute left.",
        "Ten seconds left.",
        "Time is up on the left calf.",
    ]
    assert rig.screen.hold_page.live_label.text() == "Time is up on the left calf."


def test_the_announcement_line_and_the_note_follow_the_moment(rig: Rig) -> None:
    """The line under the buttons shows only what describes the hold now."""
    page = rig.screen.hold_page
    rig.screen.start(calf_and_shoulder())

    def lines() -> tuple[str, str]:
        shown = rig.shown()
        assert page.live_label.text() == shown.announcement
        assert page.note_label.text() == shown.note
        return shown.announcement, shown.note

    rig.key(Key.Key_Space)
    assert lines() == ("Left calf: hold started.", "")
    rig.run(12)
    rig.key(Key.Key_M)
    # Heard with the time left; on screen the coach line says it, the ring shows the time.
    assert rig.announcements[-1] == texts.extended("2 minutes 48 seconds")
    assert lines() == ("", "")
    assert page.coach_label.text() == texts.EXTENDED
    rig.run(168)
    assert lines()[0] == "Time is up on the left calf."
    rig.key(Key.Key_M)
    rig.key(Key.Key_M)
    assert lines() == ("", texts.EXTEND_LIMIT)
    rig.run(20)
    rig.act(Action.RELEASED)
    assert lines() == ("", ""), "the hold is over: nothing of it stays on the line"


def _skip_to_the_summary(rig: Rig) -> None:
    rig.screen.start(calf_and_shoulder())
    rig.key(Key.Key_Space)
    rig.run(30)
    rig.act(Action.SKIP)
    rig.act(Action.SKIP)
    assert rig.phase() is Phase.SUMMARY


def test_the_note_is_saved_with_the_session(rig: Rig) -> None:
    _skip_to_the_summary(rig)
    summary = rig.screen.summary
    summary.note_edit.setText("  after gardening ")
    summary.commit_note()
    assert rig.saved().note == "after gardening"
    assert summary.note_status.text() == "Note saved."


def test_back_to_the_map_saves_an_unsaved_note(rig: Rig, qtbot: QtBot) -> None:
    _skip_to_the_summary(rig)
    summary = rig.screen.summary
    summary.note_edit.setText("slept badly")
    with qtbot.waitSignal(rig.screen.back_to_map_requested):
        summary.back_button.click()
    assert rig.saved().note == "slept badly"
    assert rig.phase() is Phase.IDLE


def test_a_session_of_skips_is_not_counted(rig: Rig) -> None:
    screen = rig.screen
    screen.start(calf_and_shoulder())
    rig.act(Action.SKIP)
    rig.key(Key.Key_Space)
    rig.run(2)
    rig.act(Action.SKIP)
    assert rig.phase() is Phase.SUMMARY
    saved = rig.saved()
    assert saved.holds == () and saved.outcome is Outcome.INTERRUPTED
    assert screen.summary.title_label.text() == texts.TITLE_NOTHING_HELD
    assert screen.summary.soreness_label.text() == texts.NOTHING_HELD


def test_more_pressure_and_extra_minutes_up_to_five(rig: Rig) -> None:
    screen = rig.screen
    screen.start(calf_and_shoulder())
    rig.key(Key.Key_Space)
    rig.run(30)

    rig.key(Key.Key_P)
    # Tennis ball, then the lacrosse ball: the two balls the method asks for.
    assert rig.shown().tool is Tool.LACROSSE_BALL
    assert rig.shown().status == texts.switch_up(Tool.LACROSSE_BALL)
    rig.key(Key.Key_P)
    # Top of the calf's ladder: no stronger tool, and no push for more.
    assert "More pressure is not the goal" in rig.shown().status
    assert rig.shown().tool is Tool.LACROSSE_BALL

    rig.key(Key.Key_M)
    assert rig.shown().planned_seconds == 180
    rig.run(149)
    assert rig.saved().holds == ()
    rig.run(1)
    (first,) = rig.saved().holds
    assert (first.planned_seconds, first.held_seconds) == (180, 180)
    assert first.tools_tried == (Tool.TENNIS_BALL, Tool.LACROSSE_BALL)
    assert first.tool is Tool.LACROSSE_BALL and not first.released

    # "+1 min" after the time is up reopens the same hold; the row is replaced.
    rig.key(Key.Key_M)
    assert rig.phase() is Phase.HOLDING
    rig.run(60)
    (second,) = rig.saved().holds
    assert (second.planned_seconds, second.held_seconds) == (240, 240)
    assert second.started_at == first.started_at

    rig.key(Key.Key_M)
    rig.run(60)
    (third,) = rig.saved().holds
    assert third.held_seconds == 300
    # Five minutes is the most for one spot.
    assert Action.EXTEND not in rig.shown().enabled
    assert not screen.session_actions[Action.EXTEND].isEnabled()
    assert screen.hold_page.note_label.text() == texts.EXTEND_LIMIT
    rig.key(Key.Key_M)
    assert rig.phase() is Phase.TIME_UP

    rig.key(Key.Key_S)
    (answered,) = rig.saved().holds
    assert not answered.released and answered.held_seconds == 300
    assert rig.shown().spot_name == "Right shoulder"

    # The shoulder starts on the tennis ball, the gentle end of its ladder.
    rig.key(Key.Key_Space)
    rig.key(Key.Key_P)
    rig.key(Key.Key_T)
    assert rig.shown().status == texts.switch_down(Tool.TENNIS_BALL)
    rig.key(Key.Key_T)
    assert rig.shown().status == texts.bottom_of_ladder()


def test_extend_during_a_hold_stops_at_five_minutes(rig: Rig) -> None:
    rig.screen.start(calf_and_shoulder(hold_seconds=240))
    rig.key(Key.Key_Space)
    rig.key(Key.Key_M)
    assert not rig.screen.session_actions[Action.EXTEND].isEnabled()
    assert rig.shown().note == texts.EXTEND_LIMIT
    assert rig.shown().planned_seconds == 300


def test_sharp_pain_ends_the_session_at_once(rig: Rig, qtbot: QtBot) -> None:
    screen = rig.screen
    screen.start(calf_and_shoulder())
    rig.key(Key.Key_Space)
    rig.run(120)
    rig.key(Key.Key_N)
    assert len(rig.saved().holds) == 1

    rig.key(Key.Key_Space)
    rig.run(40)
    with qtbot.waitSignal(screen.session_finished):
        rig.key(Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    saved = rig.saved()
    assert saved.outcome is Outcome.STOPPED_PAIN
    first, second = saved.holds
    assert first.released
    assert second.held_seconds == 40 and not second.released
    assert rig.phase() is Phase.STOPPED
    assert not screen.is_running()
    advice = " ".join(label.text() for label in screen.pain_page.findChildren(QLabel))
    assert "doctor or physiotherapist" in advice
    assert "numbness" in advice
    assert rig.announcements[-1] == "Stopped. Take the pressure off."

    screen.pain_page.summary_button.click()
    assert rig.phase() is Phase.SUMMARY
    assert screen.summary.title_label.text() == "Stopped for pain"
    assert screen.summary.soreness_label.text() == texts.PAIN_SUMMARY
    cells = [label.text() for label in screen.summary.findChildren(QLabel)]
    assert "stopped" in cells


def test_sharp_pain_while_the_question_is_open_replaces_the_saved_hold(rig: Rig) -> None:
    rig.screen.start(calf_and_shoulder())
    rig.key(Key.Key_Space)
    rig.run(120)
    rig.key(Key.Key_9)
    assert rig.shown().status == texts.ease_off_after()
    pain = rig.screen.hold_page.button(Action.STOP_PAIN)
    assert pain is not None
    pain.click()
    saved = rig.saved()
    assert saved.outcome is Outcome.STOPPED_PAIN
    (only,) = saved.holds
    assert only.held_seconds == 120 and only.tenderness_after == 9


def test_plain_x_or_escape_do_not_stop_the_session(rig: Rig) -> None:
    rig.screen.start(calf_and_shoulder())
    rig.key(Key.Key_Space)
    rig.key(Key.Key_X)
    rig.key(Key.Key_Escape)
    assert rig.phase() is Phase.HOLDING


def test_a_high_rating_before_the_hold_prompts_to_ease_off(rig: Rig) -> None:
    rig.screen.start(calf_and_shoulder())
    rig.key(Key.Key_8)
    assert rig.shown().status == f"{texts.ease_off_before()} {texts.START_HINT}"
    rig.key(Key.Key_Space)
    rig.run(120)
    assert rig.saved().holds[0].tenderness_before == 8


def test_skipping_before_starting_saves_nothing(rig: Rig) -> None:
    rig.screen.start(calf_and_shoulder())
    rig.key(Key.Key_N)  # nothing to release yet
    assert rig.phase() is Phase.READY
    rig.key(Key.Key_S)
    assert rig.saved().holds == ()
    assert rig.shown().spot_name == "Right shoulder"
    rig.key(Key.Key_Space)
    rig.run(15)
    rig.key(Key.Key_S)
    (skipped,) = rig.saved().holds
    assert skipped.held_seconds == 15 and not skipped.released
    assert rig.saved().outcome is Outcome.COMPLETED


def test_pause_stops_the_countdown(rig: Rig) -> None:
    screen = rig.screen
    screen.start(calf_and_shoulder())
    rig.key(Key.Key_Space)
    rig.run(10)
    rig.key(Key.Key_Space)
    assert rig.phase() is Phase.PAUSED
    assert screen.session_actions[Action.START_PAUSE].text() == "Resume"
    rig.run(300)
    assert screen.hold_page.ring.state.remaining == pytest.approx(110)
    rig.key(Key.Key_Space)
    rig.run(110)
    assert rig.phase() is Phase.TIME_UP
    assert rig.saved().holds[0].held_seconds == 120


def test_a_sleeping_machine_pauses_the_hold(rig: Rig) -> None:
    screen = rig.screen
    screen.start(calf_and_shoulder())
    rig.key(Key.Key_Space)
    rig.run(20)
    rig.clock.sleep_machine(3600)
    screen.tick()
    assert rig.phase() is Phase.PAUSED
    assert screen.hold_page.coach_label.text() == texts.SLEPT
    assert rig.saved().holds == ()
    rig.key(Key.Key_Space)
    rig.run(100)
    assert rig.saved().holds[0].held_seconds == 120


def test_while_hidden_the_timer_still_wakes_in_time_for_the_cue(rig: Rig) -> None:
    screen = rig.screen
    screen.start(calf_and_shoulder())
    rig.key(Key.Key_Space)
    ticker = screen.findChild(QTimer, "tickTimer")
    assert ticker is not None and ticker.isActive()
    # Hidden: no second-by-second repaint, but well within the sleep gap.
    assert not screen.isVisible()
    assert ticker.interval() <= KEEPALIVE_SECONDS * 1000 + 10
    rig.run(120, step=KEEPALIVE_SECONDS)
    assert rig.phase() is Phase.TIME_UP
    assert len(rig.saved().holds) == 1
    assert rig.notices == ["Left calf: time is up."]


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_while_shown_the_wake_up_follows_the_displayed_second(rig: Rig, qtbot: QtBot) -> None:
    screen = rig.screen
    screen.resize(1000, 700)
    screen.show()
    qtbot.waitExposed(screen)
    screen.start(calf_and_shoulder())
    rig.key(Key.Key_Space)
    ticker = screen.findChild(QTimer, "tickTimer")
    assert ticker is not None
    assert 1000 <= ticker.interval() <= 1010
    rig.clock.advance(0.4)
    screen.tick()
    # 119.6 s left shows 02:00 until 119 s: wake in 0.6 s, not a second later.
    assert 600 <= ticker.interval() <= 610
    assert screen.hold_page.ring.state.remaining == pytest.approx(119.6)
    screen.hide()
    assert ticker.interval() > 1010


def test_the_chime_follows_the_settings(rig: Rig) -> None:
    rig.screen.start(calf_and_shoulder())
    rig.key(Key.Key_Space)
    rig.run(120)
    assert rig.chime.played == []
    rig.key(Key.Key_N)
    rig.set_settings(sound_on=True, volume=35)
    rig.key(Key.Key_Space)
    rig.run(120)
    assert rig.chime.played == [35]


def test_auto_advance_starts_the_next_hold_in_the_same_position(rig: Rig) -> None:
    rig.set_settings(auto_advance=True)
    plan = calf_and_shoulder()
    rig.screen.start(dataclasses.replace(plan, steps=(plan.steps[0], plan.steps[0])))
    rig.key(Key.Key_Space)
    rig.run(120)
    rig.key(Key.Key_N)
    assert rig.phase() is Phase.HOLDING
    assert rig.shown().step_number == 2


def test_the_tray_line_shows_what_is_left(rig: Rig) -> None:
    screen = rig.screen
    lines: list[str] = []
    screen.status_changed.connect(lines.append)
    screen.start(calf_and_shoulder())
    rig.key(Key.Key_Space)
    rig.run(2)
    assert lines[-1] == "Left calf · 01:58 left"
    rig.key(Key.Key_Space)
    assert lines[-1] == "Left calf · paused"
    rig.screen.abandon()
    assert lines[-1] == ""


def test_a_failed_save_blocks_the_screen_until_it_goes_through(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = rig.screen
    screen.start(calf_and_shoulder())
    rig.key(Key.Key_Space)

    def refuse(*_args: object) -> int:
        raise SaveError("the disk is full")

    with monkeypatch.context() as patch:
        patch.setattr(rig.service, "record_hold", refuse)
        rig.run(120)
        assert rig.phase() is Phase.SAVE_FAILED
        page = screen.hold_page
        assert "the disk is full" in page.question_label.text()
        assert page.button(Action.RETRY_SAVE) is not None
        rig.key(Key.Key_N)
        assert rig.phase() is Phase.SAVE_FAILED, "the session does not move on"
        assert rig.saved().holds == ()
    rig.key(Key.Key_R)
    assert rig.phase() is Phase.TIME_UP
    (hold,) = rig.saved().holds
    assert hold.held_seconds == 120


def test_closing_asks_first_and_keeps_the_holds(
    rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = rig.screen
    assert screen.confirm_abandon()  # nothing running: no question

    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton) -> object:
        def question(_parent: object, _title: str, text: str, *_args: object) -> object:
            asked.append(text)
            return reply

        return question

    screen.start(calf_and_shoulder())
    rig.key(Key.Key_Space)
    rig.run(120)
    rig.key(Key.Key_N)
    rig.key(Key.Key_Space)
    rig.run(25)

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert not screen.confirm_abandon()
    assert asked == [texts.ABANDON_KEEPS_RUNNING], "the hold under way is kept too"
    assert screen.is_running()

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(screen.session_finished):
        assert screen.confirm_abandon()
    saved = rig.saved()
    assert saved.outcome is Outcome.INTERRUPTED
    first, second = saved.holds
    assert first.released and first.held_seconds == 120
    assert second.held_seconds == 25 and not second.released
    assert not screen.is_running()


def test_a_daily_scan_leads_to_a_focus_session(rig: Rig) -> None:
    screen = rig.screen
    plan = scan_plan()
    ratings = {
        AreaId.JAW: 2,
        AreaId.HEAD: None,
        AreaId.NECK: 6,
        AreaId.ARMS: 1,
        AreaId.SHOULDERS: 5,
        AreaId.LOWER_BACK: 3,
        AreaId.HIPS: 7,
        AreaId.QUADS: 4,
        AreaId.CALVES: 0,
        AreaId.FEET: 2,
    }
    screen.start(plan)
    assert screen.hold_page.step_label.text() == "Daily scan · Step 1 of 10"
    assert screen.hold_page.button(Action.MORE_PRESSURE) is None
    waited: list[AreaId] = []
    for index, step in enumerate(plan.steps):
        if rig.phase() is Phase.READY:
            # The scan waits for the person to change position.
            waited.append(step.spot.area)
            rig.key(Key.Key_Space)
        assert rig.phase() is Phase.HOLDING
        engine = screen.engine
        assert engine is not None and engine.index == index
        rating = ratings[step.spot.area]
        if rating is not None:
            # Rated during the stop: the scan moves on by itself at the chime.
            rig.run(5)
            rig.key(getattr(Key, f"Key_{rating}"))
            rig.run(step.planned_seconds - 5)
        else:
            rig.run(step.planned_seconds)
            assert rig.phase() is Phase.TIME_UP
            assert rig.shown().question == texts.TIME_UP_SCAN
            rig.key(Key.Key_N)
        holds = rig.saved().holds
        assert len(holds) == index + 1
        assert holds[-1].area is step.spot.area and holds[-1].side is Side.BOTH
        assert holds[-1].held_seconds == step.planned_seconds
        assert holds[-1].tenderness_before == rating
    assert waited == [AreaId.JAW, AreaId.SHOULDERS, AreaId.HIPS, AreaId.FEET]

    saved = rig.saved()
    assert saved.kind is SessionKind.SCAN and saved.outcome is Outcome.COMPLETED
    assert saved.hold_seconds == 300
    # Start and end of each short stop, nothing in between.
    assert len(rig.announcements) == 2 * len(plan.steps) + 1

    offer = screen.summary.offer
    assert offer is not None and offer.kind is SessionKind.FOCUS
    wanted = [a for a, r in ratings.items() if r is not None and r >= FOCUS_THRESHOLD]
    expected = order_by_position(Spot(a, s) for a in wanted for s in (Side.LEFT, Side.RIGHT))
    assert [step.spot for step in offer.steps] == expected
    assert [step.tenderness_before for step in offer.steps] == [
        ratings[spot.area] for spot in expected
    ]
    assert all(step.planned_seconds == rig.settings.hold_seconds for step in offer.steps)
    assert screen.summary.offer_frame.isVisibleTo(screen.summary)
    assert "Neck 6/10" in screen.summary.offer_label.text()

    scan_id = screen.session_id
    screen.summary.focus_button.click()
    assert rig.phase() is Phase.READY
    assert screen.session_id != scan_id
    assert rig.shown().spot_name == expected[0].name
    rig.key(Key.Key_Space)
    rig.run(120)
    rig.key(Key.Key_N)
    focus = rig.saved()
    assert focus.kind is SessionKind.FOCUS and len(focus.holds) == 1
    assert focus.holds[0].tenderness_before == ratings[expected[0].area]
    assert [s.kind for s in rig.history.sessions()] == [SessionKind.SCAN, SessionKind.FOCUS]


def test_a_calm_scan_offers_no_focus_session(rig: Rig) -> None:
    screen = rig.screen
    plan = scan_plan()
    screen.start(plan)
    for step in plan.steps:
        if rig.phase() is Phase.READY:
            rig.key(Key.Key_Space)
        rig.run(1)
        rig.key(Key.Key_2)
        rig.run(step.planned_seconds - 1)
    assert rig.phase() is Phase.SUMMARY
    assert screen.summary.offer is None
    assert not screen.summary.focus_button.isVisibleTo(screen.summary)


def test_a_second_start_while_running_is_refused(rig: Rig) -> None:
    rig.screen.start(calf_and_shoulder())
    with pytest.raises(RuntimeError):
        rig.screen.start(calf_and_shoulder())


@pytest.mark.parametrize("key", [Key.Key_P, Key.Key_T, Key.Key_S, Key.Key_N, Key.Key_Space])
def test_a_key_pressed_after_the_deadline_but_before_the_wake_up(rig: Rig, key: Qt.Key) -> None:
    """Hidden, the screen wakes every few seconds; the time may run out in between.
    The key then meets the question, and the hold ends at its deadline."""
    screen = rig.screen
    screen.start(calf_and_shoulder())
    rig.key(Key.Key_Space)
    rig.run(115, step=5)
    rig.clock.advance(8)  # the deadline passes; no wake-up yet
    rig.key(key)
    assert rig.phase() is Phase.TIME_UP
    (saved,) = rig.saved().holds
    assert saved.held_seconds == 120 and not saved.released
    assert saved.tool is Tool.TENNIS_BALL


def test_a_foam_roller_is_offered_to_people_who_have_one(rig: Rig) -> None:
    rig.set_settings(tools=(Tool.TENNIS_BALL, Tool.LACROSSE_BALL, Tool.FOAM_ROLLER))
    plan = calf_and_shoulder()
    rig.screen.start(plan)
    # The plan said tennis ball; the engine keeps to it, and the roller is below it.
    assert rig.shown().tool is Tool.TENNIS_BALL
    rig.key(Key.Key_T)
    assert rig.shown().tool is Tool.FOAM_ROLLER
    rig.set_settings(tools=(Tool.LACROSSE_BALL,))
    rig.screen.abandon()
    rig.screen.start(plan)
    # No tennis ball: the calf starts where this person can.
    assert rig.shown().tool is Tool.LACROSSE_BALL
    rig.key(Key.Key_T)
    # Nothing is on the spot yet: how to begin, and how to start.
    gentlest = texts.gentlest_to_start(Tool.LACROSSE_BALL)
    assert rig.shown().status == f"{gentlest} {texts.START_HINT}"


class _EventSpy(QObject):
    """Which widgets get paint and layout events, from the whole application."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: set[QWidget] = set()
        self.laid_out: set[QObject] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            self.painted.add(watched)
        elif event.type() == QEvent.Type.LayoutRequest:
            self.laid_out.add(watched)
        return False


_SETTERS = (
    "setText",
    "setEnabled",
    "setVisible",
    "setAccessibleName",
    "setAccessibleDescription",
    "setMinimumHeight",
    "setStyleSheet",
    "setShortcuts",
    "setChecked",
)


def _spy_on_setters(screen: SessionScreen, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every call the screen makes to set a control's words, state or size
    (its own widgets and its actions), written down and passed on."""
    calls: list[str] = []
    targets: list[QObject] = [*screen.findChildren(QWidget), *screen.session_actions.all()]
    targets.remove(screen.hold_page.ring)
    for target in targets:
        for name in _SETTERS:
            method = getattr(target, name, None)
            if method is None:
                continue

            def noted(
                *args: object, _m: object = method, _n: str = name, _t: QObject = target
            ) -> object:
                calls.append(f"{type(_t).__name__} {_t.objectName()} {_n}")
                return _m(*args)  # type: ignore[operator]

            monkeypatch.setattr(target, name, noted)
    return calls


@pytest.mark.qt_log_ignore("propagateSizeHints")
@pytest.mark.parametrize("kind", ["focus", "scan"])
def test_a_tick_repaints_the_ring_alone_and_lays_out_nothing(
    rig: Rig, qtbot: QtBot, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = rig.screen
    screen.resize(1000, 700)
    screen.show()
    qtbot.waitExposed(screen)
    plan = calf_and_shoulder() if kind == "focus" else scan_plan()
    screen.start(plan)
    actions = screen.session_actions
    changed: list[str] = []
    for action in Action:
        actions[action].changed.connect(lambda a=action: changed.append(a.value))
    rig.key(Key.Key_Space)
    rig.run(1)
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()
    changed.clear()
    set_anew = _spy_on_setters(screen, monkeypatch)
    spy = _EventSpy()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(spy)
    try:
        # Past the halfway milestone: what it says is a change, and is shown.
        for _ in range(3):
            rig.run(1)
            QApplication.processEvents()
    finally:
        app.removeEventFilter(spy)
    assert rig.phase() is Phase.HOLDING
    assert spy.painted == {screen.hold_page.ring}, [
        (type(w).__name__, w.objectName(), getattr(w, "text", lambda: "")()) for w in spy.painted
    ]
    assert not spy.laid_out
    assert changed == [], "the actions' words and states stay as they were"
    assert set_anew == [], "a tick sets nothing but the ring's state"
    # Only the clock moved, and the ring shows it.
    assert screen.hold_page.ring.state.remaining == pytest.approx(rig.shown().clock_seconds)


def test_what_changes_besides_the_clock_is_still_shown(rig: Rig) -> None:
    screen = rig.screen
    page = screen.hold_page
    screen.start(calf_and_shoulder())
    rig.key(Key.Key_Space)
    rig.run(3)
    rig.key(Key.Key_P)
    assert page.coach_label.text() == rig.shown().status != ""
    assert page.tool_card.name_label.text() == rig.shown().tool.label
    rig.run(1)
    rig.key(Key.Key_Space)
    assert screen.session_actions[Action.START_PAUSE].text() == "Resume"
    assert page.coach_label.text() == texts.PAUSED
    rig.run(5)
    rig.key(Key.Key_Space)
    rig.run(200)
    assert rig.phase() is Phase.TIME_UP
    assert page.question.isVisibleTo(page) and not page.controls.isVisibleTo(page)
    assert page.question_label.text() == rig.shown().question


def test_the_summary_counts_its_streak_from_the_read_model(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with session_rig(tmp_path / "data", with_log=True) as rig:
        qtbot.addWidget(rig.screen)
        sums = rig.service.session_sums

        def no_whole_reading(session_ids: object = None, hold_ids: object = ()) -> object:
            # The log reads the sessions a change names; a whole read would be
            # the summary counting from the history instead of from the log.
            if session_ids is None:
                raise AssertionError("the summary read the history for its streak")
            return sums(session_ids, hold_ids)  # type: ignore[arg-type]

        monkeypatch.setattr(rig.service, "session_sums", no_whole_reading)
        rig.screen.start(calf_and_shoulder())
        # As a person does: the calf to its end, the shoulder released early.
        rig.key(Key.Key_Space)
        rig.run(120)
        rig.key(Key.Key_3)
        rig.key(Key.Key_N)
        rig.key(Key.Key_Space)
        rig.run(50)
        rig.key(Key.Key_N)
        rig.key(Key.Key_2)
        with qtbot.waitSignal(rig.screen.session_finished):
            rig.key(Key.Key_Return)
        # The session just finished is in the log: the first practice day.
        assert rig.screen.summary.streak_tile.value_label.text() == "1 day"
