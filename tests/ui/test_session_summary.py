"""The summary's sums, and the focus session a scan offers."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QLabel

from unknot.core.areas import AreaId, Side, Tool
from unknot.core.formats import clock_text, seconds_held
from unknot.core.plans import Spot, focus_offer
from unknot.core.records import WORKED_SECONDS, HoldRecord, Outcome, SessionKind, SessionRecord
from unknot.ui.session.session_summary import (
    SessionSummary,
    duration_text,
    tenderness_text,
    tools_used,
)

START = datetime(2026, 3, 2, 17, 0, tzinfo=UTC)


def hold(
    area: AreaId,
    side: Side | None = Side.BOTH,
    *,
    before: int | None = None,
    after: int | None = None,
    tools: tuple[Tool, ...] = (Tool.TENNIS_BALL,),
    held: float = 30.0,
) -> HoldRecord:
    return HoldRecord(
        area=area,
        side=side,
        tool=tools[-1],
        tools_tried=tools,
        planned_seconds=30,
        held_seconds=held,
        released=False,
        tenderness_before=before,
        tenderness_after=after,
        started_at=START,
        ended_at=START + timedelta(seconds=held),
    )


def record(kind: SessionKind, outcome: Outcome, *holds: HoldRecord) -> SessionRecord:
    return SessionRecord(
        id="abc",
        kind=kind,
        outcome=outcome,
        started_at=START,
        time_zone="UTC",
        local_date=date(2026, 3, 2),
        holds=holds,
    )


def test_durations_read_naturally() -> None:
    assert duration_text(45) == "45 s"
    assert duration_text(120) == "2 min"
    assert duration_text(270.4) == "4 min 30 s"


def test_tenderness_before_and_after() -> None:
    assert tenderness_text(6, 3) == "6 → 3"
    assert tenderness_text(6, None) == "6 → -"
    assert tenderness_text(None, None) == "not rated"


def test_tools_in_the_order_they_came_up() -> None:
    holds = [
        hold(AreaId.CALVES, tools=(Tool.FOAM_ROLLER, Tool.LACROSSE_BALL)),
        hold(AreaId.FEET, tools=(Tool.TENNIS_BALL,)),
        hold(AreaId.HIPS, tools=(Tool.LACROSSE_BALL,)),
    ]
    assert tools_used(holds) == [Tool.FOAM_ROLLER, Tool.LACROSSE_BALL, Tool.TENNIS_BALL]


def test_the_offer_takes_both_sides_of_the_tender_areas_in_position_order() -> None:
    holds = (
        hold(AreaId.HEAD, before=5),
        hold(AreaId.CALVES, before=8),
        hold(AreaId.SHOULDERS, before=4),
        hold(AreaId.JAW, before=6),
    )
    offer = focus_offer(holds, 180)
    assert offer is not None and offer.kind is SessionKind.FOCUS
    assert [step.spot for step in offer.steps] == [
        Spot(AreaId.JAW, Side.LEFT),
        Spot(AreaId.JAW, Side.RIGHT),
        Spot(AreaId.HEAD, Side.BOTH),
        Spot(AreaId.CALVES, Side.LEFT),
        Spot(AreaId.CALVES, Side.RIGHT),
    ]
    assert [step.tenderness_before for step in offer.steps] == [6, 6, 5, 8, 8]
    assert {step.planned_seconds for step in offer.steps} == {180}


def test_no_offer_when_nothing_reached_the_threshold() -> None:
    assert focus_offer((hold(AreaId.NECK, before=4), hold(AreaId.FEET)), 120) is None


def test_a_stopped_session_shows_no_offer(qtbot: QtBot) -> None:
    summary = SessionSummary()
    qtbot.addWidget(summary)
    stopped = record(SessionKind.SCAN, Outcome.STOPPED_PAIN, hold(AreaId.NECK, before=9))
    summary.show_session(stopped, None)
    assert summary.title_label.text() == "Stopped for pain"
    assert not summary.offer_frame.isVisibleTo(summary)
    assert summary.streak_tile.value_label.text() == "-"
    # Shown twice: the table is rebuilt, not stacked.
    summary.show_session(stopped, None)
    assert summary.time_tile.value_label.text() == "30 s"


def test_time_held_and_skipped_follow_the_core_rules(qtbot: QtBot) -> None:
    """127.9 s is "2 min 7 s", as the clock showed "02:07"; a hold shorter than a
    skip's threshold is "skipped" and not a spot worked, a longer one is "held"."""
    summary = SessionSummary()
    qtbot.addWidget(summary)
    session = record(
        SessionKind.FOCUS,
        Outcome.COMPLETED,
        hold(AreaId.CALVES, Side.LEFT, held=127.9),
        hold(AreaId.NECK, Side.LEFT, held=WORKED_SECONDS - 1),
    )
    summary.show_session(session, None)
    assert summary.spots_tile.value_label.text() == "1"
    assert summary.time_tile.value_label.text() == duration_text(131.9) == "2 min 11 s"
    cells = [label.text() for label in summary.findChildren(QLabel)]
    assert "2 min 7 s" in cells and "held" in cells and "skipped" in cells
    assert clock_text(seconds_held(127.9)) == "02:07"


def test_the_summary_names_an_interrupted_session_as_progress_does(qtbot: QtBot) -> None:
    summary = SessionSummary()
    qtbot.addWidget(summary)
    summary.show_session(
        record(SessionKind.FOCUS, Outcome.INTERRUPTED, hold(AreaId.CALVES, Side.LEFT)), None
    )
    assert Outcome.INTERRUPTED.label.lower() in summary.title_label.text().lower()


@pytest.mark.parametrize(("short", "told"), [(32.0, True), (None, False)])
def test_a_session_short_of_a_practice_day_says_what_makes_one(
    qtbot: QtBot, short: float | None, told: bool
) -> None:
    """A short session reads "well done" beside a streak of 0 days; the summary
    says why, unless today already counts."""
    summary = SessionSummary()
    qtbot.addWidget(summary)
    session = record(SessionKind.FOCUS, Outcome.COMPLETED, hold(AreaId.CALVES, Side.LEFT))
    summary.show_session(session, None, short_of_a_day=short)
    text = summary.soreness_label.text()
    assert ("from one minute held; today has 32 s so far" in text) is told
