"""The progress page in the main window: how a person gets there, the File menu's
data items, and the daily backup after a session ends."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStackedWidget, QWidget

from tests.records import session
from tests.ui.window_rig import make_window, with_history
from unknot.store import History
from unknot.store.backup_files import backup_name, backups_dir, list_backups
from unknot.store.daily_backups import BackupResult
from unknot.ui.history.auto_backup import AutoBackup
from unknot.ui.window.page_bar import PageBar

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")

TODAY = date(2026, 3, 11)


def menu_actions(window: QMainWindow, title: str) -> list[QAction]:
    for action in window.menuBar().actions():
        menu = action.menu()
        if action.text() == title and isinstance(menu, QMenu):
            return menu.actions()
    raise AssertionError(f"no menu {title}")


def menu_texts(window: QMainWindow, title: str) -> list[str]:
    return [action.text() for action in menu_actions(window, title)]


def page(window: QMainWindow) -> QWidget | None:
    pages = getattr(window, "pages", None)
    assert isinstance(pages, QStackedWidget)
    return pages.currentWidget()


def test_the_file_menu_holds_the_data_items(qtbot: QtBot, tmp_path: Path) -> None:
    rig = make_window(qtbot, tmp_path)
    texts = menu_texts(rig.window, "&File")
    assert texts[:3] == ["&Back up to file…", "&Restore from file…", "&Export CSV…"]
    assert texts[-1] == "&Quit"
    assert "&Progress" in menu_texts(rig.window, "&View")


def test_ctrl_2_and_the_page_bar_open_the_progress_view(qtbot: QtBot, tmp_path: Path) -> None:
    rig = make_window(qtbot, tmp_path)
    window = rig.window
    window.show()
    bar = window.page_bar
    assert isinstance(bar, PageBar)
    assert bar.home_action.isChecked() and not bar.progress_action.isChecked()
    (progress_item,) = [a for a in menu_actions(window, "&View") if a.text() == "&Progress"]
    assert progress_item.shortcut() == QKeySequence("Ctrl+2")
    progress_item.trigger()
    assert page(window) is window.progress
    assert bar.progress_action.isChecked() and not bar.home_action.isChecked()
    bar.home_action.trigger()
    assert page(window) is window.home
    assert bar.home_action.isChecked()
    bar.progress_action.trigger()
    assert page(window) is window.progress
    for action in (bar.home_action, bar.progress_action):
        button = bar.widgetForAction(action)
        assert button.accessibleName() == action.text()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_the_window_fills_the_progress_view_once_the_history_opens(
    qtbot: QtBot, tmp_path: Path
) -> None:
    rig = make_window(qtbot, tmp_path)
    with History.open(rig.data_dir) as history:
        history.import_history([session("a", datetime(2026, 3, 1, 8, tzinfo=UTC))], [])
    with with_history(rig):
        window = rig.window
        window.show()
        window.show_progress()
        model = window.progress.model
        assert model is not None and model is window.practice_log
        qtbot.waitUntil(lambda: window.progress.progress is not None, timeout=10_000)
        progress = window.progress.progress
        assert progress is not None and progress.session_count == 1
        assert str(backups_dir(rig.data_dir)) in window.progress.backups_note.text()
        model.wait()


def test_a_session_that_ends_makes_the_days_backup(qtbot: QtBot, tmp_path: Path) -> None:
    rig = make_window(qtbot, tmp_path)
    with with_history(rig):
        window = rig.window
        screen = window.session_screen
        assert screen is not None
        with qtbot.waitSignal(window.auto_backup.backed_up, timeout=10_000):
            screen.session_finished.emit("any")
        made = list_backups(backups_dir(rig.data_dir))
        assert list(made) == [window.today()]
        # A second session the same day makes the day's copy again.
        with qtbot.waitSignal(window.auto_backup.backed_up, timeout=10_000) as second:
            screen.session_finished.emit("another")
        assert second.args is not None and second.args[0].made == made[window.today()]
        assert not window.auto_backup.running
        window.auto_backup.wait()
        model = window.progress.model
        assert model is not None
        model.wait()
        QCoreApplication.processEvents()


def test_a_backup_runs_after_every_session_and_says_when_it_fails(
    qtbot: QtBot, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    today = [TODAY]
    backup = AutoBackup(data_dir, lambda: today[0], threaded=False)
    done: list[BackupResult] = []
    failed: list[str] = []
    backup.backed_up.connect(done.append)
    backup.failed.connect(failed.append)
    data_dir.mkdir()
    backup.session_ended("x")  # no history in the folder yet
    assert done == [] and failed and "could not be made" in failed[0]
    with History.open(data_dir) as history:
        history.import_history([session("a", datetime(2026, 3, 1, 8, tzinfo=UTC))], [])
    backup.session_ended("x")
    assert len(done) == 1
    with History.open(data_dir) as history:
        history.import_history([session("b", datetime(2026, 3, 11, 8, tzinfo=UTC))], [])
    backup.session_ended("y")
    # The day's copy again, with the day's last session in it.
    assert len(done) == 2 and done[1].made == done[0].made and done[1].sessions == 2
    today[0] = date(2026, 3, 12)
    backup.session_ended("z")
    assert len(done) == 3
    names = sorted(p.name for p in list_backups(backups_dir(data_dir)).values())
    assert names == [backup_name(TODAY), backup_name(date(2026, 3, 12))]
    backup.deleteLater()


def test_a_session_ending_during_a_backup_is_backed_up_after_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    with History.open(data_dir) as history:
        history.import_history([session("a", datetime(2026, 3, 1, 8, tzinfo=UTC))], [])
    backup = AutoBackup(data_dir, lambda: TODAY)
    done: list[BackupResult] = []
    backup.backed_up.connect(done.append)
    backup.session_ended("a")
    running_then = backup.running
    backup.session_ended("b")  # while the first copy is being made
    qtbot.waitUntil(lambda: len(done) == 2, timeout=10_000)
    assert running_then and not backup.running
    backup.wait()
    backup.deleteLater()


def test_the_window_clears_copies_cut_short_when_the_history_opens(
    qtbot: QtBot, tmp_path: Path
) -> None:
    rig = make_window(qtbot, tmp_path)
    folder = backups_dir(rig.data_dir)
    folder.mkdir(parents=True)
    cut_short = [
        ".history-2026-03-10.sqlite3.partial",
        ".history-2026-03-10.sqlite3.partial-journal",
    ]
    strangers = ["history-2026-03-09.sqlite3", "notes.partial-journal"]
    for name in cut_short + strangers:
        (folder / name).write_bytes(b"x")
    with with_history(rig):
        assert sorted(p.name for p in folder.iterdir()) == sorted(strangers)


def test_during_a_session_the_page_bar_shows_no_page_that_is_not_on_screen(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from unknot.core.areas import AreaId, Side
    from unknot.core.plans import Selection, Spot, focus_plan
    from unknot.core.session_engine import Action
    from unknot.settings import Settings

    answered = Settings(safety_confirmed_on=date(2026, 3, 1), sound_on=False)
    rig = make_window(qtbot, tmp_path, settings=answered)
    with with_history(rig):
        window = rig.window
        screen = window.session_screen
        assert screen is not None
        window.start_session(focus_plan([Selection(Spot(AreaId.FEET, Side.LEFT))]))
        bar = window.page_bar
        for action in (bar.progress_action, bar.home_action):
            action.trigger()
            assert screen.isVisibleTo(window)
            assert not bar.home_action.isChecked() and not bar.progress_action.isChecked()
        # The Session menu lists the session's own actions.
        menus = {action.text(): action.menu() for action in window.menuBar().actions()}
        session_menu = menus["&Session"]
        assert isinstance(session_menu, QMenu)
        assert screen.session_actions[Action.STOP_PAIN] in session_menu.actions()
        screen.abandon()


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_every_session_state_fits_the_smallest_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """900x600 with the menu, the page bar and the status bar: the window never
    asks for more, whatever the session shows."""
    from unknot.core.areas import AreaId, Side
    from unknot.core.plans import Selection, Spot, focus_plan, scan_plan
    from unknot.core.session_engine import Action
    from unknot.settings import Settings
    from unknot.ui.history.history_service import SaveError

    answered = Settings(safety_confirmed_on=date(2026, 3, 1), sound_on=False)
    rig = make_window(qtbot, tmp_path, settings=answered)
    with with_history(rig):
        window = rig.window
        window.resize(900, 600)
        window.show()
        qtbot.waitExposed(window)
        screen = window.session_screen
        assert screen is not None and window.service is not None
        seen: list[str] = []

        def check(state: str) -> None:
            QCoreApplication.processEvents()
            hint = window.minimumSizeHint()
            assert hint.width() <= 900 and hint.height() <= 600, (state, hint)
            seen.append(state)

        def run(seconds: int) -> None:
            for _ in range(seconds):
                rig.clock.advance(1)
                screen.tick()

        # The longest instructions: the shoulder's and the lower back's.
        plan = focus_plan(
            [
                Selection(Spot(AreaId.SHOULDERS, Side.LEFT), 5),
                Selection(Spot(AreaId.LOWER_BACK, Side.LEFT)),
            ]
        )
        window.start_session(plan)
        check("ready")
        screen.toggle_pause()
        screen.session_actions[Action.MORE_PRESSURE].trigger()
        check("holding")
        run(120)
        check("time up")
        screen.session_actions[Action.NEXT].trigger()
        screen.toggle_pause()
        run(30)
        service = window.service

        def refuse(*_args: object) -> None:
            raise SaveError("the disk is full")

        monkeypatch.setattr(service, "record_hold", refuse)
        screen.session_actions[Action.RELEASED].trigger()
        check("not saved")
        monkeypatch.undo()
        screen.session_actions[Action.RETRY_SAVE].trigger()
        check("released")
        screen.session_actions[Action.NEXT].trigger()
        check("summary")
        screen.summary.back_button.click()
        window.start_session(scan_plan())
        check("scan")
        screen.abandon()
        assert seen == ["ready", "holding", "time up", "not saved", "released", "summary", "scan"]
