"""Tenderness over time and consistency in the progress view: what they show
against the history, the span, and the way from the per-spot table to a
spot's chart by keyboard."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui import test_progress_view as progress_tests
from tests.ui.test_progress_view import TODAY, MakeRig, shown
from unknot.core.areas import AreaId, Side
from unknot.core.practice_log import spot_ratings
from unknot.core.tenderness import Span, day_ratings, weeks_of_practice
from unknot.ui.progress.progress_view import CONSISTENCY_WEEKS
from unknot.ui.progress.spot_stats_model import SPOT_ROLE

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

# The progress view's own rig, on a real history.
make_rig = progress_tests.make_rig


def test_the_charts_show_the_history(make_rig: MakeRig) -> None:
    rig = shown(make_rig())
    view = rig.view
    panel = view.tenderness
    log = view.model
    assert log is not None
    sessions = log.log.oldest_first()
    first = Span.WEEKS_6.first_day(TODAY)
    ratings = spot_ratings(sessions, first, TODAY, rig.settings.day_start)
    # Every rated spot of the span, the most rated days first, each with its days.
    assert {story.spot for story in panel.stories} == set(ratings)
    counts = [len(story.days) for story in panel.stories]
    assert counts == sorted(counts, reverse=True)
    for story in panel.stories:
        assert story.days == day_ratings(ratings[story.spot])
    # The large chart is the first spot, its trend in words beside it.
    assert panel.chart.story == panel.stories[0]
    assert panel.words.text() == panel.chart.text_alternative()
    assert panel.stories[0].name in panel.words.text()
    # Small charts for the spots worked most.
    shown_small = [small.story for small in panel.small if small.isVisible()]
    assert shown_small == list(panel.stories[: len(shown_small)])
    # A longer span reaches further back.
    panel.set_span(Span.YEAR)
    started = view.progress.first_day if view.progress is not None else None
    assert started is not None
    assert all(story.first == Span.YEAR.first_day(TODAY, started) for story in panel.stories)
    # The demo history began less than a year ago: the year's chart begins with it.
    assert all(story.first == started for story in panel.stories)

    progress = view.progress
    assert progress is not None
    expected = weeks_of_practice(
        progress.seconds_by_day,
        progress.rest_days,
        TODAY,
        rig.settings.week_start,
        rig.settings.weekly_goal,
        CONSISTENCY_WEEKS,
        since=min(progress.seconds_by_day),
    )
    assert view.consistency.weeks == expected
    assert view.consistency_words.text() == view.consistency.text_alternative()


def test_a_row_of_the_spot_table_opens_its_chart(make_rig: MakeRig, qtbot: QtBot) -> None:
    rig = shown(make_rig())
    view = rig.view
    table = view.spot_table
    model = view.spot_model
    # The least worked rated spot: not the one shown at first.
    shown_first = view.tenderness.chart.story
    assert shown_first is not None
    row = next(
        r
        for r in range(model.rowCount())
        if (
            model.data(model.index(r, 0), SPOT_ROLE).area,
            model.data(model.index(r, 0), SPOT_ROLE).side,
        )
        in {story.spot for story in view.tenderness.stories[1:]}
    )
    stats = model.data(model.index(row, 0), SPOT_ROLE)
    table.setFocus()
    table.setCurrentIndex(model.index(row, 0))
    QTest.keyClick(table, Qt.Key.Key_Return)
    chosen = view.tenderness.chart.story
    assert chosen is not None and chosen.spot == (stats.area, stats.side)
    assert view.tenderness.chart.hasFocus()
    assert stats.name in view.tenderness.chart.accessibleDescription()


def test_a_spot_rated_only_long_ago_opens_in_a_longer_span(make_rig: MakeRig) -> None:
    rig = make_rig(demo=False)
    long_ago = TODAY - timedelta(days=60)
    rig.record_session(datetime(long_ago.year, long_ago.month, long_ago.day, 8, tzinfo=UTC))
    shown(rig)
    panel = rig.view.tenderness
    assert panel.stories == ()
    assert "No spot was rated" in panel.words.text()
    feet = (AreaId.FEET, Side.LEFT)
    panel.show_spot(feet)
    assert panel.span is Span.MONTHS_3
    assert panel.chart.story is not None and panel.chart.story.spot == feet
    assert panel.chart.story.days[0].day == long_ago


def test_every_story_control_is_reachable_and_named(make_rig: MakeRig) -> None:
    rig = shown(make_rig())
    panel = rig.view.tenderness
    for widget in (panel.span_box, panel.spot_box, panel.chart, rig.view.consistency):
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert widget.accessibleName()
    assert timedelta(days=Span.MONTHS_3.days) > timedelta(days=Span.WEEKS_6.days)
