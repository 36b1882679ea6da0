"""The main window: the body map at home, the guided session, and the menus.

It owns the wiring between screens and the history service; the screens only
emit what the person asked for. The history arrives after the window is shown
(see `unknot.app`), so everything that needs it waits for `attach_history`.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QIcon, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from unknot.core.areas import AreaId, Side
from unknot.core.clock import Clock
from unknot.core.history_change import HistoryChange
from unknot.core.plans import Plan, Routine, Selection, Spot, focus_plan, scan_plan, with_tools
from unknot.core.practice_calendar import PracticeCalendar
from unknot.core.practice_log import Glance
from unknot.core.safety import areas_in_plan, areas_to_avoid, check_due, without_areas
from unknot.core.streaks import StreakSettings
from unknot.core.translation import QT_TRANSLATE_NOOP, translate
from unknot.settings import (
    ABSENT,
    FileStamp,
    Settings,
    calendar_of,
    file_stamp,
    save_settings,
)
from unknot.ui.desktop.reminders import REMINDER_TEXT, DailyReminder, send_desktop_notice
from unknot.ui.desktop.tray import AppTray, create_tray, tray_available
from unknot.ui.history.auto_backup import AutoBackup
from unknot.ui.history.data_actions import DataActions
from unknot.ui.history.history_service import HistoryService, SaveError, read_only_reason
from unknot.ui.history.outside_watch import OutsideWatch
from unknot.ui.history.practice_log_model import PracticeLogModel, glance_of_sums
from unknot.ui.home.home_screen import HomeScreen
from unknot.ui.report.report_action import ReportAction
from unknot.ui.safety.when_to_stop import show_when_to_stop
from unknot.ui.session.position_picture import motion
from unknot.ui.shared.assets import asset_path
from unknot.ui.shared.background import Task, Worker
from unknot.ui.shared.dialog_size import centre_on
from unknot.ui.window.day_watch import DayWatch
from unknot.ui.window.page_bar import PageBar
from unknot.ui.window.startup_notices import Rank, StartupNotices
from unknot.ui.window.window_place import PageScroll, place_for, saved_place
from unknot.ui.window.write_lock import WriteLock

if TYPE_CHECKING:
    # Imported where they are first needed: none of them is on screen before the
    # first paint, and importing them all up front costs start-up time.
    from unknot.core.session_engine import Display
    from unknot.ui.progress.progress_view import ProgressView
    from unknot.ui.safety.safety_screen import Occasion, SafetyAnswer, SafetyScreen
    from unknot.ui.session.actions import SessionActions
    from unknot.ui.session.session_screen import SessionScreen
    from unknot.ui.techniques.guide_page import TechniquesPage
    from unknot.ui.voice.voice_coach import VoiceCoach
    from unknot.ui.voice.voice_offer import VoiceOffer
    from unknot.ui.window.kept_aside_notice import KeptAsideNotice

_Change = Callable[[HistoryService], object]

_log = logging.getLogger("unknot.window")

# Marked for the translation files, translated where shown.
SESSIONS_CANNOT_START = QT_TRANSLATE_NOOP(
    "MainWindow", "Sessions cannot start: your history could not be opened."
)
READ_ONLY_LINE = QT_TRANSLATE_NOOP(
    "MainWindow", "Read-only: the data folder cannot be written, so nothing new is saved."
)


class MainWindow(QMainWindow):
    # Fired once the history is open and every screen can use it.
    history_attached = Signal()
    # The home screen's streak line shows the history as it now stands.
    streaks_shown = Signal()
    # The settings now in force (after the settings dialog or the safety check).
    settings_applied = Signal(object)

    def __init__(
        self,
        *,
        clock: Clock,
        settings: Settings,
        config_dir: Path,
        data_dir: Path,
        settings_stamp: FileStamp | None = None,
        parent: QWidget | None = None,
        awake_seconds: Callable[[], float] = time.monotonic,
        follow_zone: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._settings = settings
        self._calendar = calendar_of(settings, clock)
        self._config_dir = config_dir
        # The settings file as last read or written here: a file found
        # otherwise when saving was changed outside, and is never overwritten
        # unseen (see `save_settings`).
        self._settings_stamp = (
            settings_stamp if settings_stamp is not None else file_stamp(config_dir)
        )
        self._data_dir = data_dir
        self._service: HistoryService | None = None
        # The one read model of the history: the streak line, the session
        # summary, the tray, the progress page and exports count from it.
        self._practice_log: PracticeLogModel | None = None
        # Today's figures as last worked out, for a tray made later; and the
        # newest count asked for, the only one shown when it arrives.
        self._glance: Glance | None = None
        self._glance_asked: Task | None = None
        self._outside_watch: OutsideWatch | None = None
        self._session_screen: SessionScreen | None = None
        self._session_actions: SessionActions | None = None
        self._tray: AppTray | None = None
        self._dialog: QDialog | None = None
        self._kept_aside_notice: KeptAsideNotice | None = None
        # The spoken coach: made with the history, like the session screen.
        self._voice_coach: VoiceCoach | None = None
        self.voice_offer: VoiceOffer | None = None
        # Start-up's notices, one at a time (see `unknot.ui.window.startup_notices`).
        self.notices = StartupNotices(self)
        # Why the history could not be opened, once that is known.
        self._unavailable: str | None = None
        self._write_lock: WriteLock | None = None
        # The streaks count every session of the history (5 ms on ten years of
        # daily use, from the log in memory): away from the window's thread.
        self._streak_worker = Worker(self)
        self._reminder = DailyReminder(clock, self.practised_today, self)
        self._reminder.reminded.connect(self.remind)
        # Every figure on screen moves to the new day when it begins, even with
        # no write to prompt it: the app stays open all day, in the tray.
        self._day_watch = DayWatch(
            lambda: self._calendar, self, awake_seconds=awake_seconds, follow_zone=follow_zone
        )
        self._day_watch.day_changed.connect(self._new_day)

        self.setWindowTitle(translate("MainWindow", "Unknot"))
        # The size that fits the screen, or where it was last time (clamped to
        # the screens present); see unknot.ui.window.window_place.
        place, smallest = place_for(settings.window)
        self.setMinimumSize(smallest)
        self.setGeometry(place)

        self.home = HomeScreen(self, hold_seconds=settings.hold_seconds)
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self.home)
        self._build_progress()
        # Scrolled only where the screen leaves the window less than a page needs.
        self.setCentralWidget(PageScroll(self._pages, smallest, self))
        self._build_menus()

        self.home.start_requested.connect(self.start_session)
        self.home.techniques_requested.connect(self.show_techniques)
        self.home.body_map.technique_requested.connect(lambda spot: self.show_techniques(spot.area))
        self.home.scan_requested.connect(self.start_scan)
        self.home.routine_saved.connect(self._save_routine)
        self.home.routine_deleted.connect(self._delete_routine)
        self.statusBar().showMessage(translate("MainWindow", "Opening your history…"))
        self.apply_settings(settings)

    # -- the history ------------------------------------------------------------

    @property
    def service(self) -> HistoryService | None:
        return self._service

    @property
    def pages(self) -> QStackedWidget:
        """The window's pages (home, progress, the session, the guide), one shown."""
        return self._pages

    @property
    def session_screen(self) -> SessionScreen | None:
        """The session screen, made now if no session has needed it yet; None
        while there is no history to save to."""
        return self._ensure_session_screen()

    @property
    def made_session_screen(self) -> SessionScreen | None:
        """The session screen if something has needed it yet; never makes one."""
        return self._session_screen

    def _ensure_session_screen(self) -> SessionScreen | None:
        screen = self._session_screen
        service, log, actions = self._service, self._practice_log, self._session_actions
        if screen is not None or service is None or actions is None:
            return screen
        from unknot.ui.session.session_screen import SessionScreen

        screen = SessionScreen(
            service,
            self._clock,
            lambda: self._settings,
            self,
            practice_log=log,
            actions=actions,
        )
        screen.back_to_map_requested.connect(self.show_home)
        screen.when_to_stop_requested.connect(self.show_when_to_stop)
        screen.summary.techniques_requested.connect(self.show_techniques)
        self._pages.addWidget(screen)
        self._session_screen = screen
        # The tray is a second view of the session: it follows what it displays.
        screen.displayed.connect(self._session_displayed)
        self._connect_tray_to_session()
        # The voice follows every session the screen starts, as a third view.
        screen.engine_started.connect(lambda engine: self._voice_follows(screen, engine))
        screen.session_finished.connect(self.auto_backup.session_ended)
        return screen

    @property
    def settings(self) -> Settings:
        return self._settings

    def attach_history(self, service: HistoryService) -> None:
        service.setParent(self)
        self._service = service
        if self._techniques is not None:
            self._techniques.set_cue_source(service)
        from unknot.ui.session.actions import SessionActions

        # Made before any other listener, so it has taken in each change by
        # the time they hear of it.
        log = PracticeLogModel(service, self)
        self._practice_log = log
        self.report_action.attach(log)
        log.changed.connect(self._work_out_streaks)
        log.load_failed.connect(self._streaks_failed)
        log.load()
        # The session screen itself is made when first needed (most starts
        # only look at the map): its actions are here from the start, for the
        # Session menu and the tray.
        self._session_actions = SessionActions(self)
        self._build_session_menu(self._session_actions)
        self._connect_tray_to_session()
        service.changed.connect(self._history_changed)
        self._outside_watch = OutsideWatch(service, self)
        self.refresh_from_history()
        self._attach_progress(service)
        self.statusBar().clearMessage()
        if service.read_only:
            self._open_read_only(service)
        self.history_attached.emit()

    @property
    def read_only_reason(self) -> str | None:
        """Why nothing can be saved, while the history is open read-only."""
        return self._write_lock.reason if self._write_lock is not None else None

    def _open_read_only(self, service: HistoryService) -> None:
        """The history can be read but not written: show it, keep every control
        that would write disabled with the reason, and say so once."""
        reason = read_only_reason(self._data_dir)
        lock = WriteLock(reason, self)
        self._write_lock = lock
        self._lock_write_controls()
        # The home screen rebuilds its routine buttons when the routines change.
        model = self.home.routines_model
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._lock_write_controls)
        # Kept in the status bar's corner; passing messages do not hide it.
        line = QLabel(translate("MainWindow", READ_ONLY_LINE), self)
        line.setObjectName("read_only_line")
        line.setAccessibleName(translate("MainWindow", READ_ONLY_LINE))
        line.setToolTip(reason)
        self.statusBar().addPermanentWidget(line)
        self.notices.add(
            Rank.HISTORY,
            lambda: self._notice(
                QMessageBox.Icon.Warning,
                translate("MainWindow", "Your history is open read-only"),
                reason,
            ),
        )

    @Slot()
    def _lock_write_controls(self) -> None:
        lock = self._write_lock
        if lock is None:
            return
        home = self.home
        controls: list[QWidget | QAction] = [
            home.start_button,
            home.scan_button,
            home.save_routine_button,
            self._restore_action,
        ]
        for routine in home.routines():
            controls.extend(home.routine_buttons(routine.name))
        if self._progress is not None:
            controls.append(self._progress.restore_button)
            self._progress.calendar.lock_rest_days(lock.reason)
        lock.hold(controls)

    def history_unavailable(self, reason: str) -> None:
        """The history could not be opened: say why, keep the map usable."""
        self._unavailable = reason
        self.data_actions.unavailable(reason)
        self.statusBar().showMessage(translate("MainWindow", SESSIONS_CANNOT_START))
        # The reason may already say that nothing changed; say it once.
        said = "unchanged" in reason.lower() or "nothing was changed" in reason.lower()
        if not said:
            reason += "\n\n" + translate("MainWindow", "Nothing was changed.")
        text = (
            reason
            + "\n\n"
            + translate(
                "MainWindow",
                "Sessions cannot start until this is sorted out, so that no hold goes unsaved.",
            )
        )
        self.notices.add(
            Rank.HISTORY,
            lambda: self._notice(
                QMessageBox.Icon.Critical,
                translate("MainWindow", "Your history could not be opened"),
                text,
            ),
        )

    def _notice(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        """A message box that does not block: start-up goes on behind it."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    @Slot()
    def refresh_from_history(self) -> None:
        """Show everything the home screen takes from the history afresh (the
        history just opened, new settings, a new day)."""
        service = self._service
        if service is None:
            return
        self.home.set_routines(service.routines())
        self._work_out_streaks()

    @Slot(object)
    def _history_changed(self, change: HistoryChange) -> None:
        # Only what the change can have moved: a tenderness tap or a note leaves
        # the routine buttons alone, a routine leaves the streaks alone.
        service = self._service
        if service is None:
            return
        if change.touches_routines:
            self.home.set_routines(service.routines())
        log = self._practice_log
        if change.touches_practice and (log is None or not log.loaded):
            # No log to count from (its read failed): count from the history.
            self._work_out_streaks()

    def _work_out_streaks(self) -> None:
        log = self._practice_log
        if log is None:
            return
        if log.loading and not log.loaded:
            return  # the log's `changed` brings the line when it is read
        # Only the newest count is shown: one asked for before a new day or a
        # change may still be on its way, and is out of date when it arrives.
        task = Task(log.glance_task(self.today(), self.streak_settings()))
        self._glance_asked = task
        # A bound slot, not a lambda: Qt drops it with the window, so a count that
        # arrives after the window is gone (at quit) finds nothing to update.
        task.succeeded.connect(self._show_streaks)
        task.failed.connect(self._streaks_failed)
        self._streak_worker.start(task)

    def show_first_figures(
        self,
        sessions: Mapping[str, tuple[datetime, Iterable[float]]],
        rest_days: Iterable[date],
    ) -> None:
        """The streak line and the tray from sums read before the history is
        open (session id -> aware local start, seconds held; the rest days).
        Counted here, on the window's thread, so it shows before the store
        loads; the count from the history that follows gives the same figures."""
        if self._glance is not None:
            return
        self._show_glance(glance_of_sums(sessions, rest_days, self.today(), self.streak_settings()))

    def _show_streaks(self, glance: object) -> None:
        assert isinstance(glance, Glance)
        if self.sender() is not self._glance_asked:
            return
        self._show_glance(glance)

    def _show_glance(self, glance: Glance) -> None:
        self._glance = glance
        streaks = glance.streaks
        # What this week asks (the goal less its rest days, and days before the
        # first session), as the tray, the summary and the progress page say it.
        self.home.set_streak_line(
            streaks.day_streak, streaks.this_week_days, streaks.this_week_needed
        )
        if self._tray is not None:
            self._tray.show_practice(glance)
        self.streaks_shown.emit()

    @Slot(object)
    def _streaks_failed(self, error: object) -> None:
        # The line keeps what it showed; the person is told it may be behind.
        self.statusBar().showMessage(
            translate("MainWindow", "The streak could not be worked out: {reason}").format(
                reason=error
            ),
            8000,
        )

    @property
    def outside_watch(self) -> OutsideWatch | None:
        """The watch on the history file for other programs' writes, once open."""
        return self._outside_watch

    @property
    def day_watch(self) -> DayWatch:
        return self._day_watch

    @Slot(object)
    def _new_day(self, today: object) -> None:
        self.refresh_from_history()
        if self._progress is not None:
            self._progress.day_changed()

    def wait_for_streaks(self, milliseconds: int = -1) -> bool:
        """Block until the streak line's work is done (tests, benchmarks)."""
        log = self._practice_log
        if log is not None:
            if not log.wait(milliseconds):
                return False
            # Deliver the read log, which starts the count.
            QCoreApplication.sendPostedEvents()
        return self._streak_worker.wait(milliseconds)

    @property
    def glance(self) -> Glance | None:
        """Today's figures as the home line and the tray last showed them."""
        return self._glance

    @property
    def practice_log(self) -> PracticeLogModel | None:
        """The read model of the practice history, once the history is open."""
        return self._practice_log

    @property
    def calendar(self) -> PracticeCalendar:
        """Today, the week start and the streak rules, as the settings now say."""
        return self._calendar

    def streak_settings(self) -> StreakSettings:
        return self._calendar.streak_settings()

    def today(self) -> date:
        return self._calendar.today()

    # -- sessions ---------------------------------------------------------------

    @Slot(object)
    def start_session(self, plan: Plan) -> None:
        screen = self._ensure_session_screen() if self._write_lock is None else None
        if screen is None:
            self._say_why_not_saved()
            return
        checked = self._checked_plan(plan)
        if checked is None:
            return
        # Each spot starts on the gentlest tool the person has.
        plan = with_tools(checked, self._settings.tools)
        try:
            screen.start(plan)
        except SaveError as error:
            QMessageBox.critical(
                self, translate("MainWindow", "The session could not start"), str(error)
            )
            return
        self._pages.setCurrentWidget(screen)

    @Slot()
    def start_scan(self) -> None:
        self.start_session(scan_plan(self._settings.tools))

    @Slot()
    def show_home(self) -> None:
        self._pages.setCurrentWidget(self.home)
        self.home.body_map.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(object)
    def _save_routine(self, routine: Routine) -> None:
        self._write(lambda service: service.save_routine(routine))
        self._show_saved_routines()

    @Slot(str)
    def _delete_routine(self, name: str) -> None:
        self._write(lambda service: service.delete_routine(name))
        self._show_saved_routines()

    def _show_saved_routines(self) -> None:
        # Whatever a write did, refused or not, the list shows what the history
        # holds: a routine it refused must not look saved and be startable.
        if self._service is not None:
            self.home.set_routines(self._service.routines())

    def _say_why_not_saved(self) -> None:
        if self._unavailable is not None:
            self.statusBar().showMessage(translate("MainWindow", SESSIONS_CANNOT_START), 8000)
        elif self._write_lock is not None:
            self.statusBar().showMessage(self._write_lock.reason, 8000)
        else:
            self.statusBar().showMessage(
                translate("MainWindow", "One moment: the history is still opening."), 4000
            )

    def _write(self, change: _Change) -> None:
        if self._service is None or self._write_lock is not None:
            self._say_why_not_saved()
            return
        try:
            change(self._service)
        except SaveError as error:
            QMessageBox.critical(self, translate("MainWindow", "Not saved"), str(error))

    # -- settings, safety and the desktop ----------------------------------------

    def apply_settings(self, settings: Settings) -> None:
        """Put `settings` in force at once; nothing waits for a restart. The
        session screen reads them through its provider on each use."""
        self._settings = settings
        self._calendar = calendar_of(settings, self._clock)
        motion().set_allowed(settings.move_pictures)
        self.home.set_hold_seconds(settings.hold_seconds)
        self.home.set_tools(settings.tools)
        if self._techniques is not None:
            self._techniques.set_tools(settings.tools)
        self.home.body_map.set_avoided(self.avoided_spots())
        self.refresh_from_history()
        self._update_tray()
        self._reminder.set_time(settings.reminder_time, settings.day_start)
        if self._voice_coach is not None:
            self._voice_coach.apply(settings)
        # A new day-start hour moves the next boundary.
        self._day_watch.start()
        self.settings_applied.emit(settings)

    @Slot(object)
    def change_settings(self, settings: Settings) -> None:
        """Save and apply. Settings that cannot be saved still apply until the
        app closes, and the person is told why."""
        try:
            saved = save_settings(self._config_dir, settings, read_as=self._settings_stamp)
        except OSError as error:
            QMessageBox.warning(
                self,
                translate("MainWindow", "Settings not saved"),
                translate(
                    "MainWindow",
                    "Your settings could not be saved in {folder} ({reason}). They apply until "
                    "Unknot closes.",
                ).format(folder=self._config_dir, reason=error.strerror or error),
            )
        else:
            self._settings_stamp = saved.stamp
            if saved.notice is not None:
                QMessageBox.information(
                    self, translate("MainWindow", "Old settings file kept"), saved.notice
                )
        self.apply_settings(settings)

    @Slot()
    def show_settings(self) -> None:
        from unknot.ui.settings.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self._settings, tray_available=tray_available(), parent=self, voice=self.voice_coach
        )
        dialog.applied.connect(self.change_settings)
        self._open_dialog(dialog)

    # -- the voice coach -------------------------------------------------------------

    @property
    def voice_coach(self) -> VoiceCoach | None:
        """The voice coach, made when Settings or a session first needs it (not
        at start: most starts neither speak nor open Settings); None until the
        history is open."""
        if self._voice_coach is None and self._service is not None:
            from unknot.ui.voice.voice_coach import VoiceCoach

            coach = VoiceCoach(self._clock, self)
            coach.apply(self._settings)
            self._voice_coach = coach
        return self._voice_coach

    def _voice_follows(self, screen: SessionScreen, engine: object) -> None:
        from unknot.core.session_engine import SessionEngine

        coach = self.voice_coach
        assert coach is not None and isinstance(engine, SessionEngine)
        coach.follow(engine, screen.tick)
        if self._settings.voice_offered or self._settings.voice_on:
            return
        # Offered once, at a first session, and only once a voice has been
        # found working: asked on the speech thread, never waited for here.
        speech = coach.speech
        if speech.known:
            self._offer_voice(screen)
            return
        speech.found.connect(lambda: self._offer_voice(screen))
        speech.failed.connect(self._release_idle_speech)
        speech.prepare()

    def _offer_voice(self, screen: SessionScreen) -> None:
        # The engine was made only to ask whether a voice works: the answer is
        # kept, the engine let go while the voice is off.
        self._release_idle_speech()
        from unknot.ui.voice.voice_offer import VoiceOffer

        coach = self.voice_coach
        if (
            coach is None
            or coach.speech.problem() is not None
            or not coach.speech.voices()
            or self.voice_offer is not None
            or self._settings.voice_offered
            or self._settings.voice_on
            or not screen.is_running()
        ):
            return
        self.change_settings(dataclasses.replace(self._settings, voice_offered=True))
        offer = VoiceOffer(self)
        self.voice_offer = offer
        offer.answered.connect(self._voice_offer_answered)
        # Unanswered by the end of the session: not now, and not asked again.
        screen.session_finished.connect(self._drop_voice_offer)
        bar = self.statusBar()
        bar.addPermanentWidget(offer)
        bar.show()

    @Slot()
    @Slot(str)
    def _release_idle_speech(self, _problem: str = "") -> None:
        coach = self._voice_coach
        if coach is not None and not self._settings.voice_on:
            coach.speech.release()

    @Slot(bool)
    def _voice_offer_answered(self, yes: bool) -> None:
        self._drop_voice_offer()
        if yes:
            self.change_settings(dataclasses.replace(self._settings, voice_on=True))
            self.statusBar().showMessage(
                translate("MainWindow", "The voice is on. You can change it in Settings."), 6000
            )

    @Slot()
    def _drop_voice_offer(self) -> None:
        offer, self.voice_offer = self.voice_offer, None
        if offer is not None:
            bar = self.statusBar()
            bar.removeWidget(offer)
            # Out of the layout, not only hidden: the bar keeps no empty room for it.
            offer.setParent(None)
            offer.deleteLater()

    def local_today(self) -> date:
        """The calendar date on the person's clock (the safety check's dates)."""
        return self._clock.now().astimezone(self._clock.zone()).date()

    def offer_safety_check_if_due(self) -> bool:
        """At start-up: the safety check on first run and a year after the last
        answer. True when it was shown."""
        answered_on = self._settings.safety_confirmed_on
        if not check_due(answered_on, self.local_today()):
            return False
        if not self.isVisible() or self.isMinimized():
            self.bring_to_front()
        from unknot.ui.safety.safety_screen import Occasion

        occasion = Occasion.FIRST_RUN if answered_on is None else Occasion.YEARLY
        # After any notice of the start: it may explain what the check cannot.
        self.notices.add(Rank.SAFETY_CHECK, lambda: self.show_safety_check(occasion))
        return True

    def show_safety_check(self, occasion: Occasion | None = None) -> SafetyScreen:
        """The safety check; asked for from the menu unless `occasion` says why."""
        from unknot.ui.safety.safety_screen import Occasion, SafetyScreen

        settings = self._settings
        screen = SafetyScreen(
            self.local_today(),
            occasion if occasion is not None else Occasion.ON_REQUEST,
            conditions=settings.safety_conditions,
            marked_areas=settings.avoided_areas,
            last_answered=settings.safety_confirmed_on,
            parent=self,
        )
        screen.answered.connect(self._safety_answered)
        self._open_dialog(screen)
        return screen

    @Slot(object)
    def _safety_answered(self, answer: SafetyAnswer) -> None:
        self.change_settings(
            dataclasses.replace(
                self._settings,
                safety_confirmed_on=answer.answered_on,
                safety_conditions=answer.conditions,
                avoided_areas=answer.marked_areas,
            )
        )
        self.statusBar().showMessage(
            translate("MainWindow", "Your answer to the safety check is saved."), 6000
        )

    def avoided_areas(self) -> frozenset[AreaId]:
        return areas_to_avoid(self._settings.safety_conditions, self._settings.avoided_areas)

    def avoided_spots(self) -> list[Spot]:
        # Both sides: the check is about an area, not one side of it.
        return [Spot(area_id, Side.BOTH) for area_id in sorted(self.avoided_areas())]

    def _checked_plan(self, plan: Plan) -> Plan | None:
        """The plan to start after the safety check has had its say, or None."""
        if self._settings.safety_confirmed_on is None:
            self.statusBar().showMessage(
                translate(
                    "MainWindow", "Please answer the safety check before your first session."
                ),
                6000,
            )
            from unknot.ui.safety.safety_screen import Occasion

            self.show_safety_check(Occasion.FIRST_RUN)
            return None
        clash = areas_in_plan(plan, self.avoided_areas())
        if not clash:
            return plan
        from unknot.ui.safety import safety_screen

        kept = without_areas(plan, clash)
        # One question at most: with nothing left to start there is nothing to
        # choose, only something to say.
        if not kept.steps:
            safety_screen.tell_all_left_out(self, clash)
            return None
        if not safety_screen.confirm_leaving_out(self, clash):
            return None
        return kept

    def practised_today(self) -> bool:
        log = self._practice_log
        if log is None:
            return False
        return log.practised_on(self.today(), self.streak_settings())

    @Slot()
    def remind(self) -> None:
        self.statusBar().showMessage(translate("Reminders", REMINDER_TEXT))
        send_desktop_notice(self, self._tray.icon if self._tray is not None else None)

    @property
    def tray(self) -> AppTray | None:
        return self._tray

    @property
    def reminder(self) -> DailyReminder:
        return self._reminder

    def _update_tray(self) -> None:
        wanted = self._settings.show_in_tray
        if wanted and self._tray is None:
            tray = create_tray(QIcon(str(asset_path("icons/unknot.svg"))), self)
            if tray is not None:
                tray.show_requested.connect(self.bring_to_front)
                tray.quit_requested.connect(self.quit_app)
                if self._glance is not None:
                    tray.show_practice(self._glance)
                tray.show()
            self._tray = tray
        elif not wanted and self._tray is not None:
            self._tray.dispose()
            self._tray = None
            # Hidden in a tray that is gone: come back where it can be found.
            if not self.isVisible():
                self.showMinimized()
        self._connect_tray_to_session()

    def _connect_tray_to_session(self) -> None:
        tray, screen, actions = self._tray, self._session_screen, self._session_actions
        if screen is not None:
            screen.set_tray_icon(tray.icon if tray is not None else None)
        if tray is not None and actions is not None:
            from unknot.core.session_engine import Action

            tray.set_session_actions([actions[Action.START_PAUSE]])

    @Slot(object)
    def _session_displayed(self, display: object) -> None:
        if self._tray is not None:
            self._tray.show_session(cast("Display | None", display))

    def _build_session_menu(self, actions: SessionActions) -> None:
        """The Session menu: the session's own actions, with their shortcuts."""
        from unknot.ui.session.actions import MENU_ACTIONS

        session_menu = QMenu(translate("MainWindow", "&Session"), self)
        self.menuBar().insertMenu(self._help_menu.menuAction(), session_menu)
        for action in MENU_ACTIONS:
            session_menu.addAction(actions[action])

    def show_at_start(self) -> None:
        """Show the window, or start minimised: hidden in the tray where there is
        one, in the taskbar where there is not."""
        if not self._settings.start_minimised:
            self.show()
        elif self._tray is not None and self._tray.is_visible():
            self.hide()
        else:
            self.showMinimized()

    @Slot()
    @Slot(str)
    def bring_to_front(self, token: str = "") -> None:
        """Show the window above the others: from the tray, or when Unknot is
        started again. `token` is the second start's activation token, which
        Wayland compositors want before they let a window take the focus."""
        if token:
            os.environ["XDG_ACTIVATION_TOKEN"] = token
        state = self.windowState() & ~Qt.WindowState.WindowMinimized
        self.setWindowState(state | Qt.WindowState.WindowActive)
        self.show()
        # Without a window system (tests, offscreen renders) nothing can be on top.
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):
            self.raise_()
            self.activateWindow()

    @Slot()
    def quit_app(self) -> None:
        """Quit from the menu or the tray; a running session is asked about first,
        with the window shown so the question has somewhere to appear."""
        if not self.isVisible():
            self.bring_to_front()
        if self.close():
            QCoreApplication.quit()

    def remember_place(self) -> None:
        """Keep the window's place and size in the settings for the next start
        (its size before it was maximised, if it is). A place that cannot be
        saved is only logged: the next start opens where a first one would."""
        place = saved_place(self.normalGeometry() if self.isMaximized() else self.geometry())
        if place == self._settings.window:
            return
        if file_stamp(self._config_dir) not in (self._settings_stamp, ABSENT):
            # Changed outside since it was read, and nobody is left to tell at
            # quit: the person's version stays exactly as it is (the next start
            # reads it), and this place is not remembered.
            _log.warning("the settings file was changed outside; the window's place was not saved")
            return
        settings = dataclasses.replace(self._settings, window=place)
        try:
            saved = save_settings(self._config_dir, settings, read_as=self._settings_stamp)
        except OSError as error:
            _log.warning("the window's place could not be saved (%s)", type(error).__name__)
            return
        self._settings_stamp = saved.stamp
        self._settings = settings

    @Slot(int)
    def quit_for_signal(self, number: int = 0) -> None:
        """Quit because the system asked (SIGTERM, SIGINT, SIGHUP): nobody is
        there to answer a question, so a running session is closed as
        interrupted, every saved hold kept, and the app quits."""
        _log.info("quitting on signal %d", number)
        screen = self._session_screen
        if screen is not None and screen.is_running():
            screen.abandon()
        self.close()
        # Whatever is still open (a dialog's own loop included) ends too.
        QCoreApplication.quit()

    @Slot()
    def show_about(self) -> None:
        from unknot.ui.window.about_dialog import AboutDialog

        self._open_dialog(AboutDialog(self._data_dir, self._config_dir, self))

    @Slot()
    def show_data_location(self) -> None:
        from unknot.ui.window.about_dialog import DataLocationDialog

        self._open_dialog(DataLocationDialog(self._data_dir, self._config_dir, self))

    @property
    def open_dialog(self) -> QDialog | None:
        """The settings, safety, About or data dialog now open, if any."""
        dialog = self._dialog
        return dialog if dialog is not None and dialog.isVisible() else None

    def _open_dialog(self, dialog: QDialog) -> None:
        # Window-modal and non-blocking: start-up and tests never wait on exec().
        if self._dialog is not None:
            self._dialog.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: self._forget_dialog(dialog))
        self._dialog = dialog
        centre_on(dialog, self)
        dialog.open()

    def _forget_dialog(self, dialog: QDialog) -> None:
        if self._dialog is dialog:
            self._dialog = None

    # -- progress, backups and data files ----------------------------------------

    def _build_progress(self) -> None:
        # The progress page itself is built when first shown (see `progress`).
        self._progress: ProgressView | None = None
        # So is the technique guide (see `techniques`).
        self._techniques: TechniquesPage | None = None
        self.page_bar = PageBar(self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.page_bar)
        self.page_bar.home_requested.connect(self._show_home_unless_running)
        self.page_bar.progress_requested.connect(self.show_progress)
        self._pages.currentChanged.connect(self._page_changed)
        self.data_actions = DataActions(self)
        self.data_actions.done.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.auto_backup = AutoBackup(self._data_dir, self.today, self)
        self.auto_backup.failed.connect(lambda text: self.statusBar().showMessage(text, 15000))

    def _add_data_menu(self, file_menu: QMenu) -> None:
        actions = self.data_actions
        for text, run in (
            (translate("MainWindow", "&Back up to file…"), actions.back_up_to_file),
            (translate("MainWindow", "&Restore from file…"), actions.restore_from_file),
            (translate("MainWindow", "&Export CSV…"), actions.export_csv),
        ):
            action = QAction(text, self)
            action.triggered.connect(lambda _checked=False, run=run: run())
            file_menu.addAction(action)
            if run == actions.restore_from_file:
                self._restore_action = action
        file_menu.addSeparator()

    def _attach_progress(self, service: HistoryService) -> None:
        if self._progress is not None:
            self._progress.attach(service, service.backups_folder(), self._practice_log)
        log = self._practice_log
        self.data_actions.attach(
            service, today=self.today, history=log.whole_history_reader if log is not None else None
        )
        # Before any copy of this run: what a copy cut short by a crash left.
        self.auto_backup.clear_partials()

    def tell_interrupted(self, count: int) -> None:
        """Say that `count` sessions left running by an earlier run that ended
        without closing them (a crash, a power cut) are now kept as
        interrupted, with their finished holds."""
        if count <= 0:
            return
        text = translate(
            "MainWindow",
            "Kept as interrupted: %n session(s) still running when Unknot last closed, with "
            "every hold finished before.",
            None,
            count,
        )
        _log.info("sessions closed as interrupted at start: %d", count)
        self.statusBar().showMessage(text, 20_000)

    def tell_kept_aside(self) -> KeptAsideNotice | None:
        """At start, once the history is attached: the notice about kept-aside
        files the person has not acknowledged, if there are any; returns it."""
        service = self._service
        # A read-only folder can neither take a restore nor record that the
        # person has seen the notice: it is told at a start that can.
        if service is None or service.read_only:
            return None
        from unknot.ui.window.kept_aside_notice import (
            KeptAsideNotice,
            acknowledger,
            find_notice_content,
        )

        # Each copy is read back whole before it is offered: a moment, once.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            files, offer = find_notice_content(self._data_dir)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if not files:
            return None
        notice = KeptAsideNotice(
            files,
            offer,
            lambda backup: service.import_history(backup.history),
            acknowledger(self._data_dir),
            self,
        )
        notice.restored.connect(
            lambda report: self.statusBar().showMessage(
                translate(
                    "MainWindow",
                    "Backup restored: %n session(s) added",
                    None,
                    report.sessions_added,
                ),
                8000,
            )
        )
        # Apart from the settings and safety dialogs: one of those opening at
        # start must not close this one.
        notice.setWindowModality(Qt.WindowModality.WindowModal)
        notice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        notice.destroyed.connect(lambda: setattr(self, "_kept_aside_notice", None))
        self._kept_aside_notice = notice
        self.notices.add(Rank.KEPT_ASIDE, lambda: _shown(notice))
        return notice

    @property
    def kept_aside_notice(self) -> KeptAsideNotice | None:
        """The kept-aside notice now open, if any."""
        notice = self._kept_aside_notice
        return notice if notice is not None and notice.isVisible() else None

    @property
    def progress(self) -> ProgressView:
        """The progress page, built the first time it is wanted. Its module, its
        widgets and the whole history it reads into memory are not needed on the
        home screen: opening the window and the history stays quicker, and
        smaller, until the person asks for their progress."""
        view = self._progress
        if view is None:
            from unknot.ui.progress.progress_view import ProgressView

            view = ProgressView(self.streak_settings, self.today, self)
            self._pages.addWidget(view)
            view.export_csv_requested.connect(self.data_actions.export_csv)
            view.back_up_requested.connect(self.data_actions.back_up_to_file)
            view.restore_requested.connect(self.data_actions.restore_from_file)
            self._progress = view
            service = self._service
            if service is not None:
                view.attach(service, service.backups_folder(), self._practice_log)
            self._lock_write_controls()
        return view

    @Slot()
    def show_progress(self) -> None:
        screen = self._session_screen
        if screen is not None and screen.is_running():
            self._pages.setCurrentWidget(screen)
            # The bar's button was checked by the click: the page shown has not changed.
            self._page_changed(self._pages.currentIndex())
            self.statusBar().showMessage(
                translate("MainWindow", "Your progress is here when the session is over."), 4000
            )
            return
        self._pages.setCurrentWidget(self.progress)
        self.progress.calendar.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def techniques(self) -> TechniquesPage:
        """The technique guide's page, built the first time it is wanted."""
        page = self._techniques
        if page is None:
            from unknot.ui.techniques.guide_page import TechniquesPage

            page = TechniquesPage(self)
            self._pages.addWidget(page)
            page.back_requested.connect(self.show_home)
            page.practise_requested.connect(self.practise_spot)
            page.set_cue_source(self._service)
            page.set_tools(self._settings.tools)
            self._techniques = page
        return page

    @Slot(object)
    def show_techniques(self, area: AreaId | None = None) -> None:
        """The technique guide, open at `area` (or where it was). Not over a
        session under way: its own card shows how."""
        screen = self._session_screen
        if screen is not None and screen.is_running():
            self._pages.setCurrentWidget(screen)
            self._page_changed(self._pages.currentIndex())
            self.statusBar().showMessage(
                translate(
                    "MainWindow",
                    "The techniques are here when the session is over; the card shows how.",
                ),
                4000,
            )
            return
        page = self.techniques
        if area is not None:
            page.show_area(AreaId(area))
        self._pages.setCurrentWidget(page)
        page.area_list.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(object)
    def practise_spot(self, spot: Spot) -> None:
        """Start a session of this one spot now, from the technique guide."""
        plan = focus_plan([Selection(spot)], self._settings.hold_seconds, self._settings.tools)
        self.start_session(plan)

    @Slot(int)
    def _page_changed(self, index: int) -> None:
        # The minimum the window's layout keeps is the last page's until told:
        # the page now shown may need less (or more).
        self._pages.updateGeometry()
        page = self._pages.widget(index)
        if page is self.home:
            self.page_bar.show_page(PageBar.HOME)
        elif page is not None and page is self._progress:
            self.page_bar.show_page(PageBar.PROGRESS)
        else:
            self.page_bar.show_page(None)

    # -- messages ---------------------------------------------------------------

    def tell_settings_problems(self, problems: Sequence[str]) -> None:
        text = "\n\n".join(problems)
        self.notices.add(
            Rank.SETTINGS_RESET,
            lambda: self._notice(
                QMessageBox.Icon.Information,
                translate("MainWindow", "Some settings were reset"),
                text,
            ),
        )

    @Slot()
    def show_when_to_stop(self) -> None:
        show_when_to_stop(self)

    # -- the window -------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        self._add_data_menu(file_menu)
        self.report_action = ReportAction(
            self, lambda: self._settings, self.streak_settings, self.today
        )
        report = QAction(translate("MainWindow", "Report for a &physiotherapist…"), self)
        report.triggered.connect(lambda _checked=False: self.report_action.run())
        file_menu.addAction(report)
        file_menu.addSeparator()
        quit_action = QAction(translate("MainWindow", "&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.quit_app)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(translate("MainWindow", "&Edit"))
        settings_action = QAction(translate("MainWindow", "&Settings…"), self)
        settings_action.setShortcut(QKeySequence("Ctrl+,"))
        settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        settings_action.triggered.connect(self.show_settings)
        edit_menu.addAction(settings_action)

        view_menu = self.menuBar().addMenu(translate("MainWindow", "&View"))
        home_action = QAction(translate("MainWindow", "&Body map"), self)
        home_action.setShortcut(QKeySequence("Ctrl+1"))
        home_action.triggered.connect(self._show_home_unless_running)
        view_menu.addAction(home_action)
        progress_action = QAction(translate("MainWindow", "&Progress"), self)
        progress_action.setShortcut(QKeySequence("Ctrl+2"))
        progress_action.triggered.connect(self.show_progress)
        view_menu.addAction(progress_action)
        techniques_action = QAction(translate("MainWindow", "&Techniques"), self)
        techniques_action.setShortcut(QKeySequence("Ctrl+3"))
        techniques_action.triggered.connect(lambda: self.show_techniques())
        view_menu.addAction(techniques_action)

        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        self._help_menu = help_menu
        stop_action = QAction(translate("MainWindow", "&When to stop"), self)
        stop_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        stop_action.triggered.connect(self.show_when_to_stop)
        help_menu.addAction(stop_action)
        safety_action = QAction(translate("MainWindow", "&Safety check…"), self)
        safety_action.triggered.connect(lambda: self.show_safety_check())
        help_menu.addAction(safety_action)
        data_action = QAction(translate("MainWindow", "Where is my &data?"), self)
        data_action.triggered.connect(self.show_data_location)
        help_menu.addAction(data_action)
        help_menu.addSeparator()
        about_action = QAction(translate("MainWindow", "&About Unknot"), self)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    @Slot()
    def _show_home_unless_running(self) -> None:
        screen = self._session_screen
        if screen is not None and screen.is_running():
            self._pages.setCurrentWidget(screen)
            # The bar's button was checked by the click: the page shown has not changed.
            self._page_changed(self._pages.currentIndex())
            return
        self.show_home()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Back from the tray or a minimised state: the day may have turned while
        # no timer could fire (a machine asleep), another program may have written.
        self._day_watch.check()
        if self._service is not None:
            self._service.check_outside()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._day_watch.check()

    def closeEvent(self, event: QCloseEvent) -> None:
        screen = self._session_screen
        if screen is not None and not screen.confirm_abandon():
            event.ignore()
            return
        # A settings or safety dialog left open would outlive its window.
        if self._dialog is not None:
            self._dialog.close()
        event.accept()


def _shown(widget: QWidget) -> QWidget:
    widget.show()
    return widget
