"""The progress view on real histories: what it shows, how it follows changes,
and that every part of it works from the keyboard."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QTableView, QWidget

from tests.records import hold, session
from unknot.core.areas import AreaId, Side
from unknot.core.progress import CHART_WEEKS, DayState, Progress
from unknot.core.records import Outcome, SessionKind
from unknot.core.streaks import StreakSettings
from unknot.store import History
from unknot.store.demo import fill_demo_history
from unknot.ui.history.history_service import HistoryService
from unknot.ui.progress.calendar_heatmap import MARK_REST, UNMARK_REST
from unknot.ui.progress.progress_view import EMPTY_HISTORY, ProgressView, nudge_text
from unknot.ui.progress.session_holds_dialog import SessionHoldsDialog
from unknot.ui.progress.sessions_model import COL_WHEN, SESSION_ROLE, SessionsModel
from unknot.ui.progress.spot_stats_model import SpotStatsModel

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

TODAY = date(2026, 3, 11)  # a Wednesday


@dataclass
class Rig:
    view: ProgressView
    history: History
    service: HistoryService
    settings: StreakSettings

    def record_session(self, when: datetime, seconds: float = 150.0) -> str:
        service = self.service
        session_id = service.begin_session(SessionKind.FOCUS, when, "UTC")
        service.record_hold(
            session_id, hold(when + timedelta(seconds=5), held_seconds=seconds, area=AreaId.FEET)
        )
        service.finish_session(session_id, Outcome.COMPLETED, when + timedelta(minutes=5))
        return session_id


MakeRig = Callable[..., Rig]


@pytest.fixture
def make_rig(qtbot: QtBot, tmp_path: Path) -> Iterator[MakeRig]:
    opened: list[History] = []

    def make(
        demo: bool = True, settings: StreakSettings | None = None, threaded: bool = False
    ) -> Rig:
        history = History.open(tmp_path / f"data{len(opened)}")
        opened.append(history)
        if demo:
            fill_demo_history(history, TODAY - timedelta(days=1))
        service = HistoryService(history)
        chosen = settings or StreakSettings()
        view = ProgressView(lambda: chosen, lambda: TODAY, threaded=threaded)
        qtbot.add_widget(view)
        view.resize(1200, 900)
        view.attach(service, tmp_path / "backups")
        return Rig(view, history, service, chosen)

    yield make
    for history in opened:
        history.close()


def progress_of(view: ProgressView) -> Progress | None:
    # Read afresh: the view works it out again when it changes.
    return view.progress


def shown(rig: Rig) -> Rig:
    rig.view.show()
    QApplication.processEvents()
    return rig


def test_the_view_shows_the_demo_history(make_rig: MakeRig) -> None:
    rig = shown(make_rig())
    view = rig.view
    progress = view.progress
    assert progress is not None
    streaks = progress.streaks
    assert view.day_tile.value.text().split()[0] == str(streaks.day_streak)
    assert f"best {streaks.best_day_streak}" in view.day_tile.caption.text()
    assert f"goal of {streaks.weekly_goal} days" in view.week_tile.caption.text()
    assert f"{streaks.this_week_days} of {streaks.this_week_needed}" in view.week_line.text()
    marks = view.week_strip.marks
    assert [m.day.isoweekday() for m in marks] == [1, 2, 3, 4, 5, 6, 7]
    assert marks[2].state is DayState.TODAY
    assert "Wednesday: today, not yet practised" in view.week_strip.accessibleDescription()
    assert len(view.chart.weeks) == CHART_WEEKS
    assert view.spot_model.rowCount() == len(progress.spots) >= 10
    assert view.sessions_model.rowCount() == progress.session_count
    assert view.calendar.today == TODAY
    assert view.backups_note.text().endswith("backups")


def test_the_nudge_names_the_spot_that_does_not_ease(make_rig: MakeRig) -> None:
    view = shown(make_rig()).view
    assert view.nudge.isVisible()
    text = view.nudge_label.text()
    assert "Left side of the neck" in text
    assert "physiotherapist or doctor" in text
    assert view.nudge_label.accessibleDescription() == text


def test_an_empty_history_says_what_will_come(make_rig: MakeRig) -> None:
    view = shown(make_rig(demo=False)).view
    assert view.status.text() == EMPTY_HISTORY
    assert not view.nudge.isVisible()
    assert view.sessions_model.rowCount() == 0
    assert not view.open_button.isEnabled()
    assert view.open_current_session() is None
    assert nudge_text([]) == ""


def test_sessions_are_listed_newest_first(make_rig: MakeRig) -> None:
    view = shown(make_rig()).view
    model = view.sessions_model
    starts = [model.session_at(row).started_at for row in range(model.rowCount())]
    assert starts == sorted(starts, reverse=True)
    newest = model.index(0, COL_WHEN).data(SESSION_ROLE)
    assert newest.local_date == TODAY - timedelta(days=1)


def test_a_finished_session_shows_at_once_while_the_view_is_open(make_rig: MakeRig) -> None:
    rig = shown(make_rig(demo=False))
    view = rig.view
    assert view.progress is not None and view.progress.session_count == 0
    when = datetime(2026, 3, 11, 7, 0, tzinfo=UTC)
    session_id = rig.record_session(when)
    progress = view.progress
    assert progress is not None
    assert progress.session_count == 1
    assert progress.this_week[2].state is DayState.PRACTISED
    assert view.sessions_model.session_at(0).id == session_id
    assert view.day_tile.value.text() == "1 day"


def test_a_hidden_view_waits_to_be_shown(make_rig: MakeRig) -> None:
    rig = make_rig(demo=False)
    view = rig.view
    assert not view.isVisible()
    assert view.progress is None  # nothing worked out for a view nobody sees
    rig.record_session(datetime(2026, 3, 11, 7, 0, tzinfo=UTC))
    assert not view.is_current
    shown(rig)
    progress = progress_of(view)
    assert progress is not None and progress.session_count == 1


def test_r_marks_and_unmarks_a_rest_day_from_the_calendar(make_rig: MakeRig, qtbot: QtBot) -> None:
    rig = shown(make_rig(demo=False))
    calendar = rig.view.calendar
    calendar.setFocus()
    QTest.keyClick(calendar, Qt.Key.Key_Up)
    day = TODAY - timedelta(days=1)
    assert calendar.current_day == day
    QTest.keyClick(calendar, Qt.Key.Key_R)
    assert rig.history.rest_days() == {day}
    assert calendar.is_rest_day(day)
    assert rig.view.progress is not None
    assert rig.view.progress.this_week[1].state is DayState.REST
    assert "rest day" in rig.view.describe_day(day)
    assert calendar.accessibleDescription().startswith(rig.view.describe_day(day))
    assert "1 rest day." in calendar.accessibleDescription()
    QTest.keyClick(calendar, Qt.Key.Key_R)
    assert rig.history.rest_days() == frozenset()
    assert not calendar.is_rest_day(day)


def test_the_calendar_menu_marks_a_rest_day(make_rig: MakeRig) -> None:
    rig = shown(make_rig(demo=False))
    calendar = rig.view.calendar
    day = TODAY + timedelta(days=3)  # Saturday: a rest day planned ahead
    menu = calendar.rest_day_menu(day)
    texts = [action.text() for action in menu.actions()]
    assert texts == [MARK_REST, "Show the day's sessions"]
    menu.actions()[0].trigger()
    assert rig.history.rest_days() == {day}
    progress = rig.view.progress
    assert progress is not None
    assert progress.streaks.this_week_needed == 5
    assert progress.this_week[5].state is DayState.REST
    again = calendar.rest_day_menu(day)
    assert again.actions()[0].text() == UNMARK_REST
    menu.deleteLater()
    again.deleteLater()


def test_the_calendar_moves_by_day_and_week_and_stays_in_range(make_rig: MakeRig) -> None:
    rig = shown(make_rig())
    calendar = rig.view.calendar
    calendar.setFocus()
    moved: list[object] = []
    calendar.current_day_changed.connect(moved.append)
    assert calendar.current_day == TODAY
    QTest.keyClick(calendar, Qt.Key.Key_Left)
    assert calendar.current_day == TODAY - timedelta(days=7)
    QTest.keyClick(calendar, Qt.Key.Key_Down)
    assert calendar.current_day == TODAY - timedelta(days=6)
    QTest.keyClick(calendar, Qt.Key.Key_PageUp)
    assert calendar.current_day == TODAY - timedelta(days=34)
    QTest.keyClick(calendar, Qt.Key.Key_Home)
    first = calendar.layout_now().first_day
    assert calendar.current_day == first
    assert first.isoweekday() == 1
    QTest.keyClick(calendar, Qt.Key.Key_Up)
    assert calendar.current_day == first  # not before the first cell
    QTest.keyClick(calendar, Qt.Key.Key_End)
    assert calendar.current_day == TODAY
    for _ in range(5):
        QTest.keyClick(calendar, Qt.Key.Key_Right)
    assert calendar.current_day == calendar.last_day == date(2026, 3, 15)
    # Left, Down, Page Up, Home, End, and the first Right; the rest moved nothing.
    assert len(moved) == 6


def test_a_day_tells_its_sessions(make_rig: MakeRig) -> None:
    rig = shown(make_rig())
    view = rig.view
    yesterday = TODAY - timedelta(days=1)
    sessions = [s for s in rig.history.sessions() if s.local_date == yesterday]
    text = view.describe_day(yesterday)
    assert text.startswith("Tuesday, 10 March 2026")
    assert f"{len(sessions)} session" in text
    for found in sessions:
        assert found.local_start.strftime("%H:%M") in text
    view.calendar.set_current_day(yesterday)
    assert view.day_label.text().startswith("Tuesday, 10 March 2026 · ")
    assert view.calendar.accessibleDescription() == f"{text}. {view.calendar.summary()}"
    assert "no practice" in view.describe_day(TODAY)


def test_hovering_a_day_outlines_it_and_clicking_chooses_it(make_rig: MakeRig) -> None:
    rig = shown(make_rig())
    calendar = rig.view.calendar
    layout = calendar.layout_now()
    target = TODAY - timedelta(days=15)
    rect = layout.rect_of(target)
    assert rect is not None
    point = rect.center().toPoint()
    QTest.mouseMove(calendar, point)
    assert layout.day_under(rect.center()) == target
    QTest.mouseClick(calendar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert calendar.current_day == target
    assert calendar.hasFocus()
    # The gap between cells is no day.
    gap = QPoint(int(rect.right() + layout.gap / 2 + 0.5), int(rect.center().y()))
    assert layout.day_under(gap.toPointF()) is None


def test_enter_on_a_day_lists_its_sessions(make_rig: MakeRig) -> None:
    rig = shown(make_rig())
    view = rig.view
    view.calendar.setFocus()
    QTest.keyClick(view.calendar, Qt.Key.Key_Up)
    QTest.keyClick(view.calendar, Qt.Key.Key_Return)
    assert view.tabs.currentIndex() == 1
    chosen = view.current_session()
    assert chosen is not None and chosen.local_date == TODAY - timedelta(days=1)


def test_a_session_opens_with_its_holds(make_rig: MakeRig, qtbot: QtBot) -> None:
    rig = shown(make_rig())
    view = rig.view
    view.tabs.setCurrentIndex(1)
    table = view.sessions_table
    table.setFocus()
    table.selectRow(0)
    with qtbot.waitSignal(table.activated):
        QTest.keyClick(table.viewport(), Qt.Key.Key_Return)
    dialogs = view.findChildren(SessionHoldsDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    session = view.sessions_model.session_at(0)
    assert dialog.table.rowCount() == len(session.holds)
    first = dialog.table.item(0, 0)
    assert first is not None and first.text()
    dialog.close()
    opened = view.open_current_session()
    assert opened is not None and opened.session == session
    opened.close()


def test_the_week_chart_speaks_its_bars(make_rig: MakeRig) -> None:
    rig = shown(make_rig())
    chart = rig.view.chart
    chart.setFocus()
    assert chart.current_week == CHART_WEEKS - 1
    assert chart.accessibleDescription().startswith("this week so far:")
    QTest.keyClick(chart, Qt.Key.Key_Left)
    assert chart.current_week == CHART_WEEKS - 2
    assert chart.accessibleDescription().startswith("week of 2 Mar:")
    QTest.keyClick(chart, Qt.Key.Key_Home)
    assert chart.current_week == 0


def test_weeks_follow_the_week_start_setting(make_rig: MakeRig) -> None:
    rig = shown(make_rig(settings=StreakSettings(week_start=7)))
    view = rig.view
    assert view.week_strip.marks[0].day == date(2026, 3, 8)
    assert view.calendar.layout_now().first_day.isoweekday() == 7
    assert view.chart.weeks[-1].first_day == date(2026, 3, 8)


def test_the_history_can_load_in_the_background(make_rig: MakeRig, qtbot: QtBot) -> None:
    rig = make_rig(threaded=True)
    rig.view.show()
    qtbot.waitUntil(lambda: rig.view.progress is not None, timeout=10_000)
    assert rig.view.progress is not None
    assert rig.view.progress.session_count == rig.history.session_count()


def test_every_control_has_a_name_and_takes_the_keyboard(make_rig: MakeRig) -> None:
    view = shown(make_rig()).view
    focusable = [
        widget
        for widget in view.findChildren(QWidget)
        if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    names = {type(w).__name__ for w in focusable}
    assert {"CalendarHeatmap", "WeekChart", "QTableView", "QPushButton"} <= names
    for widget in focusable:
        if isinstance(widget, QAbstractButton):
            assert widget.text() or widget.accessibleName(), widget
        elif isinstance(widget, QTableView | type(view.calendar) | type(view.chart)):
            assert widget.accessibleName(), widget
    labels = {b.text() for b in view.findChildren(QAbstractButton)}
    assert {"Export &CSV…", "&Back up to file…", "&Restore from file…"} <= labels


def test_the_data_buttons_ask_the_window(make_rig: MakeRig) -> None:
    view = shown(make_rig(demo=False)).view
    asked: list[str] = []
    view.export_csv_requested.connect(lambda: asked.append("csv"))
    view.back_up_requested.connect(lambda: asked.append("backup"))
    view.restore_requested.connect(lambda: asked.append("restore"))
    for button in (view.export_button, view.backup_button, view.restore_button):
        button.click()
    assert asked == ["csv", "backup", "restore"]


def test_model_testers_pass(make_rig: MakeRig, qtmodeltester: ModelTester) -> None:
    rig = shown(make_rig())
    sessions = SessionsModel()
    sessions.set_sessions(rig.history.sessions())
    qtmodeltester.check(sessions)  # type: ignore[no-untyped-call]
    spots = SpotStatsModel()
    progress = rig.view.progress
    assert progress is not None
    spots.set_stats(progress.spots)
    qtmodeltester.check(spots)  # type: ignore[no-untyped-call]
    qtmodeltester.check(SessionsModel())  # type: ignore[no-untyped-call]


def test_the_spot_table_reads_out_each_spot(make_rig: MakeRig) -> None:
    rig = make_rig(demo=False)
    start = datetime(2026, 3, 2, 8, tzinfo=UTC)
    rig.history.import_history(
        [
            session(
                "a",
                start,
                holds=(hold(start, area=AreaId.CALVES, side=Side.LEFT, tenderness_before=6),),
            ),
            session(
                "b",
                start + timedelta(days=3),
                holds=(
                    hold(
                        start + timedelta(days=3),
                        area=AreaId.CALVES,
                        side=Side.LEFT,
                        tenderness_before=3,
                        tenderness_after=1,
                    ),
                ),
            ),
        ],
        [],
    )
    # Written around the service, as another program would: it is seen all the same.
    assert rig.service.check_outside() is not None
    view = shown(rig).view
    model = view.spot_model
    row = [model.index(0, column).data() for column in range(model.columnCount())]
    # Two holds of 118.25 s: 3 min 56 s held, 3 whole minutes as everywhere.
    assert row == ["Calves", "left", "2", "3 min 56 s", "3 → 1", "4.5 → 2.0", "↓ easing"]
    tip = model.index(0, 6).data(Qt.ItemDataRole.ToolTipRole)
    assert "about 6.0 on the earlier days and 3.0 on the later ones" in tip
    header_tip = model.headerData(4, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "before → after" in header_tip
