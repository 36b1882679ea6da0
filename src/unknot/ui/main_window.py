"""The main window: the body map at home, the guided session, and the menus.

It owns the wiring between screens and the history service; the screens only
emit what the person asked for. The history arrives after the window is shown
(see `unknot.app`), so everything that needs it waits for `attach_history`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QWidget

from unknot.core.clock import Clock
from unknot.core.plans import Plan, Routine, scan_plan
from unknot.core.streaks import StreakSettings, today_for
from unknot.settings import Settings, resolve_week_start
from unknot.ui.history_service import HistoryService, SaveError
from unknot.ui.home_screen import HomeScreen
from unknot.ui.session_screen import SessionScreen
from unknot.ui.when_to_stop import show_when_to_stop

_Change = Callable[[HistoryService], None]


class MainWindow(QMainWindow):
    # Fired once the history is open and every screen can use it.
    history_attached = Signal()

    def __init__(
        self,
        *,
        clock: Clock,
        settings: Settings,
        config_dir: Path,
        data_dir: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._settings = settings
        self._config_dir = config_dir
        self._data_dir = data_dir
        self._service: HistoryService | None = None
        self._session_screen: SessionScreen | None = None

        self.setWindowTitle("Unknot")
        self.setMinimumSize(900, 600)
        self.resize(1200, 780)

        self.home = HomeScreen(self, hold_seconds=settings.hold_seconds)
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self.home)
        self.setCentralWidget(self._pages)
        self._build_menus()

        self.home.start_requested.connect(self.start_session)
        self.home.scan_requested.connect(self.start_scan)
        self.home.routine_saved.connect(self._save_routine)
        self.home.routine_deleted.connect(self._delete_routine)
        self.statusBar().showMessage("Opening your history…")

    # -- the history ------------------------------------------------------------

    @property
    def service(self) -> HistoryService | None:
        return self._service

    @property
    def session_screen(self) -> SessionScreen | None:
        return self._session_screen

    @property
    def settings(self) -> Settings:
        return self._settings

    def attach_history(self, service: HistoryService) -> None:
        service.setParent(self)
        self._service = service
        screen = SessionScreen(service, self._clock, lambda: self._settings, self)
        screen.back_to_map_requested.connect(self.show_home)
        screen.when_to_stop_requested.connect(self.show_when_to_stop)
        self._pages.addWidget(screen)
        self._session_screen = screen
        service.history_changed.connect(self.refresh_from_history)
        self.refresh_from_history()
        self.statusBar().clearMessage()
        self.history_attached.emit()

    def history_unavailable(self, reason: str) -> None:
        """The history could not be opened: say why, keep the map usable."""
        self.statusBar().showMessage("History not available: sessions cannot be saved")
        QMessageBox.critical(
            self,
            "Your history could not be opened",
            f"{reason}\n\nNothing was changed. Sessions cannot start until this is "
            "sorted out, so that no hold goes unsaved.",
        )

    @Slot()
    def refresh_from_history(self) -> None:
        service = self._service
        if service is None:
            return
        streaks = service.streaks(self.streak_settings(), self.today())
        self.home.set_streak_line(streaks.day_streak, streaks.this_week_days, streaks.weekly_goal)
        self.home.set_routines(service.routines())

    def streak_settings(self) -> StreakSettings:
        return StreakSettings(
            weekly_goal=self._settings.weekly_goal,
            week_start=resolve_week_start(self._settings),
            day_start=self._settings.day_start,
        )

    def today(self) -> date:
        return today_for(self._clock.now(), self._clock.zone(), self._settings.day_start)

    # -- sessions ---------------------------------------------------------------

    @Slot(object)
    def start_session(self, plan: Plan) -> None:
        screen = self._session_screen
        if screen is None:
            self.statusBar().showMessage("One moment: the history is still opening.", 4000)
            return
        try:
            screen.start(plan)
        except SaveError as error:
            QMessageBox.critical(self, "The session could not start", str(error))
            return
        self._pages.setCurrentWidget(screen)

    @Slot()
    def start_scan(self) -> None:
        self.start_session(scan_plan())

    @Slot()
    def show_home(self) -> None:
        self._pages.setCurrentWidget(self.home)
        self.home.body_map.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(object)
    def _save_routine(self, routine: Routine) -> None:
        self._write(lambda service: service.save_routine(routine))

    @Slot(str)
    def _delete_routine(self, name: str) -> None:
        self._write(lambda service: service.delete_routine(name))

    def _write(self, change: _Change) -> None:
        if self._service is None:
            self.statusBar().showMessage("One moment: the history is still opening.", 4000)
            return
        try:
            change(self._service)
        except SaveError as error:
            QMessageBox.critical(self, "Not saved", str(error))

    # -- messages ---------------------------------------------------------------

    def tell_settings_problems(self, problems: Sequence[str]) -> None:
        QMessageBox.information(
            self,
            "Some settings were reset",
            "\n\n".join(problems),
        )

    @Slot()
    def show_when_to_stop(self) -> None:
        show_when_to_stop(self)

    # -- the window -------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu("&View")
        home_action = QAction("&Body map", self)
        home_action.setShortcut(QKeySequence("Ctrl+1"))
        home_action.triggered.connect(self._show_home_unless_running)
        view_menu.addAction(home_action)

        help_menu = self.menuBar().addMenu("&Help")
        stop_action = QAction("&When to stop", self)
        stop_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        stop_action.triggered.connect(self.show_when_to_stop)
        help_menu.addAction(stop_action)

    @Slot()
    def _show_home_unless_running(self) -> None:
        screen = self._session_screen
        if screen is not None and screen.is_running():
            self._pages.setCurrentWidget(screen)
            return
        self.show_home()

    def closeEvent(self, event: QCloseEvent) -> None:
        screen = self._session_screen
        if screen is not None and not screen.confirm_abandon():
            event.ignore()
            return
        event.accept()
