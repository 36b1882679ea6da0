"""The guided session on screen: a view of the session engine.

Everything that decides (phases, what each allows, when a hold is saved, what
is said and when) lives in `unknot.core.session_engine`. This screen builds an
engine for each session, saves through the history service (`HistorySaver`),
shows what the engine displays, plays its cues, and wakes it when it asks.

It never counts ticks: a single-shot timer wakes the engine at its `next_wake`
or, while the screen is in view, just after the displayed second changes.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import time
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QSystemTrayIcon, QVBoxLayout, QWidget

from unknot.core import session_texts as texts
from unknot.core.areas import Tool
from unknot.core.clock import Clock
from unknot.core.plans import Plan
from unknot.core.practice_calendar import PracticeCalendar
from unknot.core.practice_log import Glance
from unknot.core.records import SessionRecord
from unknot.core.session_engine import (
    IN_SESSION,
    Action,
    Cue,
    Display,
    Phase,
    SaveFailedError,
    SessionEngine,
)
from unknot.core.translation import translate
from unknot.ui.desktop.notifier import Notifier
from unknot.ui.desktop.tray import status_line
from unknot.ui.history.history_service import HistoryService, SaveError
from unknot.ui.history.practice_log_model import PracticeLogModel, read_glance, read_session
from unknot.ui.session.actions import SessionActions
from unknot.ui.session.chime import Chime
from unknot.ui.session.hold_page import ActionButton, HoldPage
from unknot.ui.session.pain_advice import PainAdvice
from unknot.ui.session.rating_keys import RatingKeys
from unknot.ui.session.saver import HistorySaver
from unknot.ui.session.session_summary import SessionSummary

# Wake a little after the second turns, never just before it.
TICK_MARGIN_MS = 5


class SessionSettings(Protocol):
    """What the session reads from the person's settings (`unknot.settings.Settings`
    has all of it)."""

    @property
    def hold_seconds(self) -> int: ...
    @property
    def sound_on(self) -> bool: ...
    @property
    def volume(self) -> int: ...
    @property
    def auto_advance(self) -> bool: ...
    @property
    def weekly_goal(self) -> int: ...
    @property
    def week_start(self) -> int | None: ...
    @property
    def day_start(self) -> time: ...
    @property
    def tools(self) -> tuple[Tool, ...]: ...


class _EngineView:
    """The screen as the engine's `SessionView`, kept apart so that the
    widget's own `show()` keeps its meaning."""

    def __init__(self, screen: SessionScreen) -> None:
        self._screen = screen

    def show(self, display: Display) -> None:
        self._screen.show_display(display)

    def announce(self, text: str, *, urgent: bool = False) -> None:
        self._screen.announce(text, urgent=urgent)

    def cue(self, cue: Cue) -> None:
        self._screen.play_cue(cue)


class SessionScreen(QWidget):
    # The session's id, once it is over in any way (done, stopped, left).
    session_finished = Signal(str)
    back_to_map_requested = Signal()
    # The "when to stop" page belongs to the window; this only asks for it.
    when_to_stop_requested = Signal()
    # What the engine shows, for other views (the tray); None when no session runs.
    displayed = Signal(object)
    # The tray's one line ("Left calf · 01:23 left"); empty when idle.
    status_changed = Signal(str)
    # Each milestone spoken to a screen reader, for whoever wants to listen.
    announced = Signal(str)
    # A session's engine once it has begun, for other views to follow (the voice).
    engine_started = Signal(object)

    def __init__(
        self,
        service: HistoryService,
        clock: Clock,
        settings_provider: Callable[[], SessionSettings],
        parent: QWidget | None = None,
        *,
        chime: Chime | None = None,
        notifier: Notifier | None = None,
        practice_log: PracticeLogModel | None = None,
        actions: SessionActions | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        # The window's read model: the summary's streak counts from it.
        self._practice_log = practice_log
        self._clock = clock
        self._settings = settings_provider
        self.chime = chime if chime is not None else Chime(parent=self)
        self.notifier = notifier if notifier is not None else Notifier(self)
        self._engine: SessionEngine | None = None
        # True once the person has gone back to the map from the end pages.
        self._left = True
        self._status = ""
        self._watched_window: QWidget | None = None

        self._wake_timer = QTimer(self)
        self._wake_timer.setObjectName("tickTimer")
        self._wake_timer.setSingleShot(True)
        self._wake_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._wake_timer.timeout.connect(self.tick)

        # The window may hold the actions from the start (its Session menu
        # lists them before any session has made this screen).
        self.session_actions = actions if actions is not None else SessionActions(self)
        self.addActions(self.session_actions.all())
        self.session_actions.triggered.connect(self._on_action)
        # The number keys rate wherever the focus is in the window.
        self.rating_keys = RatingKeys(self)
        self.addActions(self.rating_keys.all())
        self.rating_keys.rated.connect(self._on_rating_key)
        self.hold_page = HoldPage(self.session_actions, self)
        self.hold_page.rated.connect(self._on_rated)
        self.hold_page.tool_card.set_cue_source(service)
        self.pain_page = PainAdvice(self)
        self.pain_page.summary_requested.connect(self._show_summary_page)
        self.pain_page.back_requested.connect(self._on_back_to_map)
        self.summary = SessionSummary(self)
        self.summary.back_requested.connect(self._on_back_to_map)
        self.summary.focus_requested.connect(self._on_focus_offer)
        self.summary.note_edited.connect(self._on_note_edited)
        self._pages = QStackedWidget(self)
        for widget in (self.hold_page, self.pain_page, self.summary):
            self._pages.addWidget(widget)
        # The window sizes its pages to the one on show (see minimumSizeHint).
        self._pages.currentChanged.connect(self.updateGeometry)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._pages)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("SessionScreen", "Guided session"))

    def minimumSizeHint(self) -> QSize:
        # The page on show, not the largest of the three as a stack reckons:
        # the summary's least height must not make a short window scroll the
        # hold page, and with it the sharp-pain stop, out of sight.
        page = self._pages.currentWidget()
        if page is None:
            return super().minimumSizeHint()
        return page.minimumSizeHint().expandedTo(page.minimumSize())

    # -- the public face -------------------------------------------------------

    @property
    def phase(self) -> Phase:
        engine = self._engine
        return Phase.IDLE if engine is None or self._left else engine.phase

    @property
    def engine(self) -> SessionEngine | None:
        return self._engine

    @property
    def session_id(self) -> str | None:
        return self._engine.session_id if self._engine is not None else None

    def is_running(self) -> bool:
        return self._engine is not None and self._engine.is_running

    def start(self, plan: Plan) -> None:
        """Begin a session on `plan`. Raises SaveError when the history will not
        take a new session (nothing starts then)."""
        if self.is_running():
            raise RuntimeError("a session is already running")
        settings = self._settings()
        engine = SessionEngine(
            plan,
            self._clock,
            HistorySaver(self._service),
            _EngineView(self),
            auto_advance=settings.auto_advance,
            hold_seconds=settings.hold_seconds,
            tools=settings.tools,
        )
        try:
            engine.begin()
        except SaveFailedError as error:
            raise SaveError(str(error)) from error
        self._engine = engine
        self._left = False
        if settings.sound_on:
            self.chime.prepare()
        self._pages.setCurrentWidget(self.hold_page)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.engine_started.emit(engine)

    def confirm_abandon(self) -> bool:
        """For the window's close event: True when it may close. Asks first while
        a session runs, and closes the session (keeping its holds) on yes."""
        engine = self._engine
        if engine is None or not self.is_running():
            return True
        answer = QMessageBox.question(
            self,
            texts.ABANDON_TITLE,
            engine.leave_question(),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.abandon()
        return True

    def abandon(self) -> None:
        """Leave without asking: time spent on the current spot is kept, and the
        session is closed as interrupted."""
        engine = self._engine
        if engine is None or not engine.is_running:
            return
        engine.abandon()
        self._wake_timer.stop()
        self._left = True
        self._pages.setCurrentWidget(self.hold_page)
        self._publish(None)
        if engine.session_id is not None:
            self.session_finished.emit(engine.session_id)

    def set_tray_icon(self, tray: QSystemTrayIcon | None) -> None:
        """Hand over the window's tray icon for end-of-hold messages."""
        self.notifier.set_tray_icon(tray)

    @Slot()
    def toggle_pause(self) -> None:
        """Start, pause or resume."""
        self.session_actions[Action.START_PAUSE].trigger()

    @Slot()
    def tick(self) -> None:
        """Bring the session up to date with the clock; safe to call at any time."""
        if self._engine is not None and self.is_running():
            self._engine.wake()

    # -- the engine's view ---------------------------------------------------------

    def show_display(self, display: Display) -> None:
        shown = display if display.phase in IN_SESSION else None
        self._publish(shown)
        if shown is not None:
            self.hold_page.show_display(display)
        self._schedule(display)

    def announce(self, text: str, *, urgent: bool = False) -> None:
        """Tell a screen reader, at milestones only."""
        label = self.hold_page.live_label
        if QAccessible.isActive():
            event = QAccessibleAnnouncementEvent(label, text)
            event.setPoliteness(
                QAccessible.AnnouncementPoliteness.Assertive
                if urgent
                else QAccessible.AnnouncementPoliteness.Polite
            )
            QAccessible.updateAccessibility(event)
        self.announced.emit(text)

    def play_cue(self, cue: Cue) -> None:
        engine = self._engine
        assert engine is not None
        if cue is Cue.TIME_UP:
            settings = self._settings()
            if settings.sound_on:
                self.chime.play(settings.volume)
            ring = self.hold_page.ring
            ring.start_pulse()
            if self._display_live():
                # The engine shows the end and cues it before it saves the hold,
                # in the same turn: paint the ring now, or the screen would
                # change only once the save is done.
                ring.repaint()
            name = engine.step.spot.name
            self.notifier.notify(self.window(), "Unknot", texts.time_up_notice(name))
            return
        self._wake_timer.stop()
        self.hold_page.ring.stop_pulse()
        self._fill_summary(engine)
        if cue is Cue.STOPPED:
            self._pages.setCurrentWidget(self.pain_page)
            self.pain_page.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._show_summary_page()
        if engine.session_id is not None:
            self.session_finished.emit(engine.session_id)

    # -- actions and keys ----------------------------------------------------------

    def _on_action(self, action: Action) -> None:
        engine = self._engine
        if action is Action.WHEN_TO_STOP:
            self.when_to_stop_requested.emit()
        elif engine is not None:
            engine.do(action)

    def _on_rated(self, value: int) -> None:
        if self._engine is not None and self.is_running():
            self._engine.rate(value)

    def _on_rating_key(self, value: int) -> None:
        # Shown on the picker at once, as a tap would be.
        self.hold_page.picker.pick(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._pages.currentWidget() is not self.hold_page or not self.is_running():
            super().keyPressEvent(event)
            return
        # The key means what the screen showed when it was pressed; the engine
        # then lets the clock have its say, so a "Skip" that comes after the time
        # ran out meets the question rather than answering it.
        key = event.key()
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            # Enter presses the button that has the keyboard focus, as people
            # expect; otherwise it is N, the key that moves on.
            focused = self.focusWidget()
            if isinstance(focused, ActionButton) and focused.isVisibleTo(self):
                focused.click()
            else:
                self._trigger_key(QKeySequence("N"))
            event.accept()
            return
        # The window's shortcuts take these keys first; a key that reaches the
        # screen itself (no active window to match shortcuts in) means the same.
        if self._trigger_key(QKeySequence(event.keyCombination())):
            event.accept()
            return
        super().keyPressEvent(event)

    def _trigger_key(self, sequence: QKeySequence) -> bool:
        qaction = self.session_actions.for_key(sequence) or self.rating_keys.for_key(sequence)
        if qaction is None:
            return False
        qaction.trigger()
        return True

    # -- the end -----------------------------------------------------------------------

    def _fill_summary(self, engine: SessionEngine) -> None:
        summary = engine.summary()
        session_id = engine.session_id
        log = self._practice_log
        record = None
        if session_id is not None:
            record = (
                log.session(session_id)
                if log is not None
                else read_session(self._service, session_id)
            )
        if record is None:
            # Only when the store cannot give the session back: show what we know.
            record = SessionRecord(
                id=session_id or "",
                kind=engine.kind,
                outcome=summary.outcome,
                started_at=engine.started_at,
                time_zone=engine.time_zone,
                local_date=engine.started_at.date(),
                holds=summary.holds,
            )
        glance = self._glance()
        self.summary.show_session(
            record,
            glance.streaks,
            summary.offer,
            unsaved=summary.unsaved,
            short_of_a_day=None if glance.practised_today else glance.today_seconds,
        )

    def _show_summary_page(self) -> None:
        if self._engine is not None:
            self._engine.show_summary()
        self._pages.setCurrentWidget(self.summary)
        self.summary.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_back_to_map(self) -> None:
        self._left = True
        self._pages.setCurrentWidget(self.hold_page)
        self._publish(None)
        self.back_to_map_requested.emit()

    def _on_focus_offer(self) -> None:
        offer = self.summary.offer
        if offer is None:
            return
        self.summary.commit_note()
        try:
            self.start(offer)
        except SaveError as error:
            self.summary.offer_label.setText(
                translate("SessionScreen", "The focus session could not start: {reason}").format(
                    reason=error
                )
            )

    def _on_note_edited(self, note: str) -> None:
        session_id = self.session_id
        if session_id is None:
            return
        try:
            self._service.set_session_note(session_id, note or None)
        except SaveError as error:
            self.summary.show_note_failed(str(error))
            return
        self.summary.show_note_saved(note)

    def _glance(self) -> Glance:
        settings = self._settings()
        calendar = PracticeCalendar(
            self._clock,
            weekly_goal=settings.weekly_goal,
            week_start=settings.week_start,
            day_start=settings.day_start,
        )
        log = self._practice_log
        if log is not None:
            # The session just finished is in it: each write is applied as
            # announced (and when the log is behind, it counts from a fresh read).
            return log.glance_task(calendar.today(), calendar.streak_settings())()
        return read_glance(self._service, calendar.today(), calendar.streak_settings())

    # -- time and visibility ----------------------------------------------------------

    def _publish(self, display: Display | None) -> None:
        self.session_actions.show(display)
        self.rating_keys.show(display)
        self.displayed.emit(display)
        status = status_line(display)
        if status != self._status:
            self._status = status
            self.status_changed.emit(status)

    def _schedule(self, display: Display) -> None:
        engine = self._engine
        wake = engine.next_wake() if engine is not None else None
        if wake is None:
            self._wake_timer.stop()
            return
        delay = wake - self._clock.monotonic()
        if display.phase is Phase.HOLDING and self._display_live():
            # Wake when the whole seconds left change: that is when mm:ss does.
            remaining = display.clock_seconds
            to_next_second = remaining - math.floor(remaining)
            if to_next_second <= 0.001:
                to_next_second = min(1.0, remaining)
            delay = min(delay, to_next_second)
        self._wake_timer.start(max(1, math.ceil(max(0.0, delay) * 1000) + TICK_MARGIN_MS))

    def _display_live(self) -> bool:
        return self.isVisible() and not self.window().isMinimized()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        window = self.window()
        if window is not self._watched_window:
            if self._watched_window is not None:
                self._watched_window.removeEventFilter(self)
            if window is not self:
                window.installEventFilter(self)
            self._watched_window = window
        if self.is_running() and self.focusWidget() is None:
            # Coming into view mid-session: the keys must reach the session.
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        self._visibility_changed()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._visibility_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched_window and event.type() == QEvent.Type.WindowStateChange:
            self._visibility_changed()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        # A top-level screen (tests, screenshots) sees its own minimising here.
        if event.type() == QEvent.Type.WindowStateChange:
            self._visibility_changed()
        super().changeEvent(event)

    def _visibility_changed(self) -> None:
        if not self._display_live():
            self.hold_page.ring.stop_pulse()
        # Repaint now if we just came into view; either way re-plan the wake-up.
        self.tick()
