"""The guided session: one spot at a time, followed from the floor.

The screen walks a `GuidedSession` from the core and saves through the
`HistoryService` the moment anything is final:

- a hold whose time runs out is saved at once, before the person answers
  "did it release?", so walking away or a crash cannot lose it; the answer
  (and a tenderness tapped afterwards) replaces that same row;
- a hold ended early ("Released", "Skip") is saved when it ends;
- "Sharp pain: stop" saves the hold under way and closes the session.

Time comes from the core's hold timer, which keeps a deadline on the monotonic
clock. The screen never counts ticks: a single-shot timer wakes it just after
the displayed second would change (or, while hidden, often enough for the
timer to tell a busy machine from a sleeping one), and each wake-up asks the
hold timer what is left.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from datetime import datetime, time
from enum import StrEnum
from typing import Protocol

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QFont,
    QHideEvent,
    QKeyEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from unknot.core import session_texts as texts
from unknot.core.areas import Side
from unknot.core.areas import area as area_of
from unknot.core.clock import Clock
from unknot.core.guided_session import GuidedSession
from unknot.core.hold_timer import HoldState
from unknot.core.plans import Plan, Spot, focus_offer
from unknot.core.records import HoldRecord, Outcome, SessionKind, SessionRecord
from unknot.core.streaks import Streaks, StreakSettings, today_for
from unknot.ui.body_map import BodyMap
from unknot.ui.chime import Chime
from unknot.ui.countdown_ring import (
    DONE_GREEN,
    CountdownRing,
    RingPhase,
    RingState,
    clock_text,
)
from unknot.ui.history_service import HistoryService, SaveError
from unknot.ui.notifier import Notifier
from unknot.ui.pain_advice import STOP_RED, PainAdvice
from unknot.ui.session_summary import SessionSummary
from unknot.ui.tenderness_picker import TendernessPicker
from unknot.ui.tool_card import ToolCard, scaled_font

# While the screen is hidden or minimised nothing is drawn, but the hold timer
# must still be asked well within its sleep gap (30 s), or it would take a busy
# event loop for a sleeping machine.
HIDDEN_POLL_SECONDS = 10.0
# Wake a little after the second turns, never just before it.
TICK_MARGIN_MS = 5
# Stops shorter than this (the scan's) announce only their start and end.
MILESTONE_MIN_SECONDS = 60
TEN_SECONDS = 10
# Below this the little body map is too small to read and is left out.
SPOT_MAP_MIN_HEIGHT = 150


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


class Phase(StrEnum):
    IDLE = "idle"
    READY = "ready"
    HOLDING = "holding"
    PAUSED = "paused"
    # Time ran out; the hold is saved and "did it release?" is open.
    TIME_UP = "time_up"
    # Ended early as released; saved, waiting for "next".
    RELEASED = "released"
    STOPPED = "stopped"
    SUMMARY = "summary"


_IN_SESSION = frozenset({Phase.READY, Phase.HOLDING, Phase.PAUSED, Phase.TIME_UP, Phase.RELEASED})


# While a hold can still be changed: before it starts, running or paused.
_BEFORE_THE_END = frozenset({Phase.READY, Phase.HOLDING, Phase.PAUSED})


class Milestone(StrEnum):
    HALFWAY = "halfway"
    TEN_LEFT = "ten_left"


def spoken_duration(seconds: int) -> str:
    minutes, rest = divmod(seconds, 60)
    parts = []
    if minutes:
        parts.append(f"{minutes} minute" + ("s" if minutes != 1 else ""))
    if rest or not minutes:
        parts.append(f"{rest} second" + ("s" if rest != 1 else ""))
    return " ".join(parts)


def locale_week_start() -> int:
    """The ISO weekday weeks start on where the person lives (Qt numbers the
    days as ISO does), read as the home screen reads it."""
    return QLocale.system().firstDayOfWeek().value


def _button(text: str, parent: QWidget, *, big: bool = False) -> QPushButton:
    button = QPushButton(text, parent)
    button.setFont(scaled_font(parent.font(), 1.3 if big else 1.15, QFont.Weight.DemiBold))
    button.setMinimumHeight(56)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    # A click must not take the keyboard focus, or Space would press the last
    # button clicked instead of pausing; Tab still reaches every button.
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


class SessionScreen(QWidget):
    # The session's id, once it is over in any way (done, stopped, left).
    session_finished = Signal(str)
    back_to_map_requested = Signal()
    # The "when to stop" page belongs to the window; this only asks for it.
    when_to_stop_requested = Signal()
    # One line for a tray tooltip ("Left calf · 01:23 left"); empty when idle.
    status_changed = Signal(str)
    # Each milestone spoken to a screen reader, for whoever wants to listen.
    announced = Signal(str)

    def __init__(
        self,
        service: HistoryService,
        clock: Clock,
        settings_provider: Callable[[], SessionSettings],
        parent: QWidget | None = None,
        *,
        chime: Chime | None = None,
        notifier: Notifier | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._clock = clock
        self._settings = settings_provider
        self.chime = chime if chime is not None else Chime(parent=self)
        self.notifier = notifier if notifier is not None else Notifier(self)

        self._session: GuidedSession | None = None
        self._session_id: str | None = None
        self._phase = Phase.IDLE
        # The saved row of the current hold and what it holds now.
        self._hold_id: int | None = None
        self._saved: HoldRecord | None = None
        self._after: int | None = None
        self._milestones: set[Milestone] = set()
        self._watched_window: QWidget | None = None
        self._status = ""

        self._tick_timer = QTimer(self)
        self._tick_timer.setObjectName("tickTimer")
        self._tick_timer.setSingleShot(True)
        self._tick_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._tick_timer.timeout.connect(self.tick)

        self._build()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Guided session")

    # -- the public face -------------------------------------------------------

    @property
    def phase(self) -> Phase:
        return self._phase

    @property
    def session(self) -> GuidedSession | None:
        return self._session

    @property
    def session_id(self) -> str | None:
        return self._session_id

    def is_running(self) -> bool:
        return self._phase in _IN_SESSION

    def start(self, plan: Plan) -> None:
        """Begin a session on `plan`. Raises SaveError when the history will not
        take a new session (nothing starts then)."""
        if self.is_running():
            raise RuntimeError("a session is already running")
        session = GuidedSession(plan, self._clock)
        session_id = self._service.begin_session(
            session.kind, session.started_at, session.time_zone
        )
        self._session = session
        self._session_id = session_id
        self._reset_hold()
        if self._settings().sound_on:
            self.chime.prepare()
        self._pages.setCurrentWidget(self._hold_page)
        self._show_step()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def confirm_abandon(self) -> bool:
        """For the window's close event: True when it may close. Asks first while
        a session runs, and closes the session (keeping its holds) on yes."""
        if not self.is_running():
            return True
        answer = QMessageBox.question(
            self,
            texts.ABANDON_TITLE,
            texts.ABANDON_QUESTION,
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
        session = self._session
        if session is None or not self.is_running():
            return
        if self._phase in (Phase.HOLDING, Phase.PAUSED):
            if session.timer.held_seconds() >= 1:
                self._save(session.end_hold(released=False))
        elif self._phase is Phase.TIME_UP:
            self._save(session.end_hold(released=False, tenderness_after=self._after))
        self._phase = Phase.IDLE
        self._close_session(Outcome.INTERRUPTED)
        self._pages.setCurrentWidget(self._hold_page)
        self._emit_status()

    def set_tray_icon(self, tray: QSystemTrayIcon | None) -> None:
        """Hand over the window's tray icon for end-of-hold messages."""
        self.notifier.set_tray_icon(tray)

    @Slot()
    def toggle_pause(self) -> None:
        """Start, pause or resume: Space, and the tray menu."""
        session = self._session
        if session is None:
            return
        self._catch_up()
        if self._phase is Phase.READY:
            self._begin_hold()
        elif self._phase is Phase.HOLDING:
            session.timer.pause()
            self._phase = Phase.PAUSED
            self._tick_timer.stop()
            self._say(texts.PAUSED)
            self._render()
        elif self._phase is Phase.PAUSED:
            session.timer.resume()
            self._phase = Phase.HOLDING
            self._say("")
            self.tick()

    @Slot()
    def tick(self) -> None:
        """Bring the screen up to date with the clock; safe to call at any time."""
        session = self._session
        if session is None or self._phase is not Phase.HOLDING:
            return
        timer = session.timer
        state = timer.poll()
        if state is HoldState.DONE:
            self._on_time_up()
            return
        if state is HoldState.PAUSED:
            # The machine slept: the hold stopped where it was last seen.
            self._phase = Phase.PAUSED
            self._say(texts.SLEPT)
            self._render()
            return
        self._check_milestones()
        self._render()
        self._schedule_tick()

    # -- building the page -------------------------------------------------------

    def _build(self) -> None:
        page = QWidget(self)
        self._hold_page = page
        self.area_label = QLabel(page)
        self.area_label.setFont(scaled_font(self.font(), 2.3, QFont.Weight.Bold))
        self.step_label = QLabel(page)
        self.step_label.setFont(scaled_font(self.font(), 1.3))
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.area_label)
        titles.addWidget(self.step_label)

        self.when_to_stop_button = QPushButton("When to stop", page)
        self.when_to_stop_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.when_to_stop_button.setMinimumHeight(56)
        self.when_to_stop_button.setFont(scaled_font(self.font(), 1.15))
        self.when_to_stop_button.clicked.connect(self.when_to_stop_requested)
        self.pain_button = _button("Sharp pain: stop  (Ctrl+X)", page, big=True)
        self.pain_button.setObjectName("sharpPain")
        self.pain_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.pain_button.setAccessibleName("Sharp pain: stop the session")
        self.pain_button.setStyleSheet(
            f"QPushButton#sharpPain {{ background: {STOP_RED}; color: white;"
            " border: 2px solid #8e0000; border-radius: 8px; padding: 8px 20px; }"
            " QPushButton#sharpPain:focus { border: 3px solid palette(highlight); }"
            " QPushButton#sharpPain:pressed { background: #8e0000; }"
        )
        self.pain_button.clicked.connect(self._on_pain)
        header = QHBoxLayout()
        header.addLayout(titles, 1)
        header.addWidget(self.when_to_stop_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addSpacing(12)
        header.addWidget(self.pain_button, 0, Qt.AlignmentFlag.AlignTop)

        self.ring = CountdownRing(page)
        self.tool_card = ToolCard(page)
        self.coach_label = QLabel(page)
        self.coach_label.setWordWrap(True)
        self.coach_label.setFont(scaled_font(self.font(), 1.3, QFont.Weight.DemiBold))
        self.coach_label.setMinimumHeight(56)
        self.coach_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.picker = TendernessPicker(page, large=True)
        self.picker.rated.connect(self._on_rated)
        # Where on the body, at a glance: the map from the home screen, showing only.
        self.spot_map = BodyMap(page)
        self.spot_map.set_interactive(False)
        # It takes only the height left over, so a short window loses the map
        # before it loses any control.
        self.spot_map.setMinimumSize(150, 0)
        self.spot_map.setMaximumSize(260, 240)
        self.spot_map.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self._coach_box = QWidget(page)
        self._coach_box.installEventFilter(self)
        coach_row = QHBoxLayout(self._coach_box)
        coach_row.setContentsMargins(0, 0, 0, 0)
        coach_row.setSpacing(16)
        coach_row.addWidget(self.coach_label, 1, Qt.AlignmentFlag.AlignTop)
        coach_row.addWidget(self.spot_map)
        side = QVBoxLayout()
        side.setSpacing(14)
        side.addWidget(self.tool_card)
        side.addWidget(self._coach_box, 1)
        side.addWidget(self.picker)
        middle = QHBoxLayout()
        middle.setSpacing(28)
        middle.addWidget(self.ring, 5)
        middle.addLayout(side, 6)

        # What can be done while a hold is ready or running.
        self.controls = QWidget(page)
        self.primary_button = _button("Start  (Space)", self.controls, big=True)
        self.more_button = _button("Need more pressure  (P)", self.controls)
        self.less_button = _button("Too much  (T)", self.controls)
        self.extend_button = _button("+1 min, still tight  (M)", self.controls)
        self.release_button = _button("Released: next  (N)", self.controls)
        self.skip_button = _button("Skip  (S)", self.controls)
        self.primary_button.clicked.connect(self.toggle_pause)
        self.more_button.clicked.connect(self._on_more_pressure)
        self.less_button.clicked.connect(self._on_too_much)
        self.extend_button.clicked.connect(self._on_extend)
        self.release_button.clicked.connect(self._on_release)
        self.skip_button.clicked.connect(self._on_skip)
        grid = QHBoxLayout(self.controls)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        for button in (
            self.primary_button,
            self.more_button,
            self.less_button,
            self.extend_button,
            self.release_button,
            self.skip_button,
        ):
            grid.addWidget(button)

        # What is asked once a hold has ended.
        self.question = QFrame(page)
        self.question.setObjectName("holdEnded")
        # The end of a hold is marked by words, the ring's colour and this frame.
        self.question.setStyleSheet(
            f"QFrame#holdEnded {{ border: 3px solid {DONE_GREEN}; border-radius: 8px; }}"
        )
        self.question_label = QLabel(self.question)
        self.question_label.setFont(scaled_font(self.font(), 1.6, QFont.Weight.Bold))
        self.question_label.setWordWrap(True)
        self.yes_button = _button("Yes, next  (N)", self.question, big=True)
        self.again_button = _button("+1 min  (M)", self.question, big=True)
        self.move_on_button = _button("Not yet, move on  (S)", self.question, big=True)
        self.next_button = _button("Next spot  (N)", self.question, big=True)
        self.yes_button.clicked.connect(self._on_yes)
        self.again_button.clicked.connect(self._on_extend)
        self.move_on_button.clicked.connect(self._on_move_on)
        self.next_button.clicked.connect(self._on_next)
        answers = QHBoxLayout()
        answers.setSpacing(10)
        for button in (self.yes_button, self.again_button, self.move_on_button, self.next_button):
            answers.addWidget(button)
        question = QVBoxLayout(self.question)
        question.setContentsMargins(18, 12, 18, 14)
        question.addWidget(self.question_label)
        question.addLayout(answers)

        self.extend_note = QLabel(page)
        self.extend_note.setFont(scaled_font(self.font(), 1.05))
        # The milestone line a screen reader is told about; also shown, quietly.
        self.live_label = QLabel(page)
        self.live_label.setAccessibleName("Session announcements")
        footer = QHBoxLayout()
        footer.addWidget(self.live_label, 1)
        footer.addWidget(self.extend_note)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(32, 20, 32, 16)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addLayout(middle, 1)
        layout.addWidget(self.question)
        layout.addWidget(self.controls)
        layout.addLayout(footer)

        self.pain_page = PainAdvice(self)
        self.pain_page.summary_requested.connect(self._show_summary_page)
        self.pain_page.back_requested.connect(self._on_back_to_map)
        self.summary = SessionSummary(self)
        self.summary.back_requested.connect(self._on_back_to_map)
        self.summary.focus_requested.connect(self._on_focus_offer)
        self.summary.note_edited.connect(self._on_note_edited)

        self._pages = QStackedWidget(self)
        for widget in (page, self.pain_page, self.summary):
            self._pages.addWidget(widget)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._pages)

    # -- one step ------------------------------------------------------------------

    def _show_step(self) -> None:
        session = self._require_session()
        step = session.step
        area = area_of(step.spot.area)
        self._reset_hold()
        self.area_label.setText(step.spot.name)
        spot = step.spot
        # The scan checks both sides of an area together: point at both.
        shown = [Spot(spot.area, side) for side in area.sides] if spot.side is Side.BOTH else [spot]
        self.spot_map.set_highlighted(shown)
        self.spot_map.setAccessibleName(f"Working on: {spot.name}")
        count = len(session.plan.steps)
        kind = "Daily scan · " if session.kind is SessionKind.SCAN else ""
        self.step_label.setText(f"{kind}Step {session.index + 1} of {count}")
        self.tool_card.show_tool(area, session.timer.tool)
        self.picker.set_value(session.tenderness_before)
        self._phase = Phase.READY
        ready = texts.READY_SCAN if self._is_scan() else texts.READY_FOCUS
        self._say(ready)
        self._render()

    def _begin_hold(self) -> None:
        session = self._require_session()
        session.timer.start()
        self._phase = Phase.HOLDING
        if self.coach_label.text() in (texts.READY_FOCUS, texts.READY_SCAN):
            self._say(texts.SCAN_COACH if self._is_scan() else "")
        length = spoken_duration(session.timer.planned_seconds)
        self._announce(f"{session.step.spot.name}: hold started, {length}.")
        self.tick()

    def _on_time_up(self) -> None:
        session = self._require_session()
        self._tick_timer.stop()
        self._save(self._with_after(session.pending_record()))
        self._phase = Phase.TIME_UP
        self._say("")
        self._cue(session)
        if self._is_scan() and session.tenderness_before is not None:
            # Already rated during the stop: nothing left to ask.
            self._end_and_advance(released=False)
            return
        self._render()

    def _cue(self, session: GuidedSession) -> None:
        """Chime, pulse, a notice if the window is out of sight, and the words."""
        settings = self._settings()
        if settings.sound_on:
            self.chime.play(settings.volume)
        self.ring.start_pulse()
        name = session.step.spot.name
        self.notifier.notify(self.window(), "Unknot", f"{name}: time is up.")
        self._announce(f"Time is up on the {name.lower()}.", assertive=True)

    def _advance(self) -> None:
        session = self._require_session()
        if session.next_step():
            self._show_step()
            if self._auto_start():
                self._begin_hold()
        else:
            self._finish(Outcome.COMPLETED)

    def _end_and_advance(self, *, released: bool) -> None:
        session = self._require_session()
        self._save(session.end_hold(released=released, tenderness_after=self._after))
        self._advance()

    # -- the buttons ------------------------------------------------------------

    def _on_more_pressure(self) -> None:
        session = self._require_session()
        if not self._catch_up(_BEFORE_THE_END):
            return
        timer = session.timer
        stronger = timer.more_pressure()
        if stronger is None:
            self._say(texts.top_of_ladder(timer.area, timer.tool))
        else:
            self.tool_card.show_tool(timer.area, stronger)
            self._say(texts.switch_up(stronger))
        self._render()

    def _on_too_much(self) -> None:
        session = self._require_session()
        if not self._catch_up(_BEFORE_THE_END):
            return
        timer = session.timer
        gentler = timer.too_much()
        if gentler is None:
            self._say(texts.bottom_of_ladder())
        else:
            self.tool_card.show_tool(timer.area, gentler)
            self._say(texts.switch_down(gentler))
        self._render()

    def _on_extend(self) -> None:
        session = self._require_session()
        if not self._catch_up(_BEFORE_THE_END | {Phase.TIME_UP}):
            return
        timer = session.timer
        reopened = self._phase is Phase.TIME_UP
        if not timer.extend():
            self._say(texts.EXTEND_LIMIT)
            self._render()
            return
        self._milestones.discard(Milestone.TEN_LEFT)
        self._say("One more minute on this spot.")
        if reopened:
            # The saved row stays until the hold ends again, then is replaced.
            self.ring.stop_pulse()
            self._after = None
            self._phase = Phase.HOLDING
            self.picker.set_value(session.tenderness_before)
            self.tick()
        else:
            self._render()

    def _on_release(self) -> None:
        session = self._require_session()
        if not self._catch_up(frozenset({Phase.HOLDING, Phase.PAUSED})):
            return
        self._tick_timer.stop()
        self._save(session.end_hold(released=True))
        self._phase = Phase.RELEASED
        self.picker.set_value(None)
        self._say(texts.RELEASED)
        self._render()

    def _on_skip(self) -> None:
        session = self._require_session()
        if not self._catch_up(_BEFORE_THE_END):
            return
        self._tick_timer.stop()
        started = self._phase is not Phase.READY
        record = session.end_hold(released=False)
        if started:
            self._save(record)
        self._advance()

    def _on_yes(self) -> None:
        self._end_and_advance(released=True)

    def _on_move_on(self) -> None:
        self._end_and_advance(released=False)

    def _on_next(self) -> None:
        if self._phase is Phase.TIME_UP:
            # A scan stop that was not rated.
            self._end_and_advance(released=False)
        else:
            self._advance()

    def _on_rated(self, value: int) -> None:
        session = self._require_session()
        if self._phase in (Phase.READY, Phase.HOLDING, Phase.PAUSED):
            session.set_tenderness_before(value)
            if value >= texts.EASE_OFF_AT:
                self._say(texts.ease_off_scan() if self._is_scan() else texts.ease_off_before())
            return
        if self._is_scan() and self._phase is Phase.TIME_UP:
            session.set_tenderness_before(value)
            self._end_and_advance(released=False)
            return
        self._after = value
        saved = self._saved
        if saved is not None:
            self._save(dataclasses.replace(saved, tenderness_after=value))
        if value >= texts.EASE_OFF_AT:
            self._say(texts.ease_off_after())

    def _on_pain(self) -> None:
        session = self._session
        if session is None or not self.is_running():
            return
        self._tick_timer.stop()
        self.ring.stop_pulse()
        record = session.stop_for_pain()
        if record is not None:
            self._save(self._with_after(record))
        self._announce("Stopped. Take the pressure off.", assertive=True)
        self._finish(Outcome.STOPPED_PAIN)

    # -- the end ---------------------------------------------------------------------

    def _finish(self, outcome: Outcome) -> None:
        self._close_session(outcome)
        session_id = self._session_id
        record = self._service.session(session_id) if session_id is not None else None
        if record is None:
            record = self._record_from_memory(outcome)
        settings = self._settings()
        offer = None
        if record.kind is SessionKind.SCAN and outcome is Outcome.COMPLETED:
            offer = focus_offer(record.holds, settings.hold_seconds)
        self.summary.show_session(record, self._streaks(settings), offer)
        if outcome is Outcome.STOPPED_PAIN:
            self._phase = Phase.STOPPED
            self._pages.setCurrentWidget(self.pain_page)
            self.pain_page.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            if record.kind is SessionKind.FOCUS or outcome is not Outcome.COMPLETED:
                self._announce("Session done.", assertive=True)
            else:
                self._announce("Scan done.", assertive=True)
            self._show_summary_page()
        self._emit_status()

    def _close_session(self, outcome: Outcome) -> None:
        self._tick_timer.stop()
        self.ring.stop_pulse()
        session_id = self._session_id
        if session_id is None:
            return
        try:
            self._service.finish_session(session_id, outcome, self._local_now())
        except SaveError as error:
            self._say(texts.SAVE_FAILED.format(reason=error))
        self.session_finished.emit(session_id)

    def _show_summary_page(self) -> None:
        self._phase = Phase.SUMMARY
        self._pages.setCurrentWidget(self.summary)
        self.summary.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_back_to_map(self) -> None:
        self._phase = Phase.IDLE
        self._pages.setCurrentWidget(self._hold_page)
        self._emit_status()
        self.back_to_map_requested.emit()

    def _on_focus_offer(self) -> None:
        offer = self.summary.offer
        if offer is None:
            return
        self.summary.commit_note()
        self._phase = Phase.IDLE
        try:
            self.start(offer)
        except SaveError as error:
            self._phase = Phase.SUMMARY
            self.summary.offer_label.setText(f"The focus session could not start: {error}")

    def _on_note_edited(self, note: str) -> None:
        session_id = self._session_id
        if session_id is None:
            return
        try:
            self._service.set_session_note(session_id, note or None)
        except SaveError as error:
            self.summary.show_note_failed(str(error))
            return
        self.summary.show_note_saved(note)

    def _streaks(self, settings: SessionSettings) -> Streaks:
        week_start = settings.week_start or locale_week_start()
        streak_settings = StreakSettings(
            weekly_goal=settings.weekly_goal,
            week_start=week_start,
            day_start=settings.day_start,
        )
        today = today_for(self._clock.now(), self._clock.zone(), settings.day_start)
        return self._service.streaks(streak_settings, today)

    def _record_from_memory(self, outcome: Outcome) -> SessionRecord:
        # Only when the store cannot give the session back: show what we know.
        session = self._require_session()
        return SessionRecord(
            id=self._session_id or "",
            kind=session.kind,
            outcome=outcome,
            started_at=session.started_at,
            time_zone=session.time_zone,
            local_date=session.started_at.date(),
            holds=session.records,
        )

    # -- saving ------------------------------------------------------------------------

    def _save(self, record: HoldRecord) -> None:
        session_id = self._session_id
        if session_id is None:
            return
        try:
            if self._hold_id is None:
                self._hold_id = self._service.record_hold(session_id, record)
            else:
                self._service.replace_hold(self._hold_id, record)
        except SaveError as error:
            self._say(texts.SAVE_FAILED.format(reason=error))
            return
        self._saved = record

    def _with_after(self, record: HoldRecord) -> HoldRecord:
        if self._after is None:
            return record
        return dataclasses.replace(record, tenderness_after=self._after)

    def _reset_hold(self) -> None:
        self._hold_id = None
        self._saved = None
        self._after = None
        self._milestones = set()

    # -- time and display ------------------------------------------------------------

    def _schedule_tick(self) -> None:
        session = self._require_session()
        remaining = session.timer.remaining_seconds()
        if self._display_live():
            # Wake when the whole seconds left change: that is when mm:ss does.
            delay = remaining - math.floor(remaining)
            if delay <= 0.001:
                delay = min(1.0, remaining)
        else:
            delay = min(remaining, HIDDEN_POLL_SECONDS)
        self._tick_timer.start(max(1, math.ceil(delay * 1000) + TICK_MARGIN_MS))

    def _display_live(self) -> bool:
        return self.isVisible() and not self.window().isMinimized()

    def _check_milestones(self) -> None:
        session = self._require_session()
        timer = session.timer
        planned = timer.planned_seconds
        if planned < MILESTONE_MIN_SECONDS:
            return
        remaining = timer.remaining_seconds()
        if remaining <= TEN_SECONDS and Milestone.TEN_LEFT not in self._milestones:
            self._milestones.update((Milestone.TEN_LEFT, Milestone.HALFWAY))
            self._announce("Ten seconds left.")
        elif remaining <= planned / 2 and Milestone.HALFWAY not in self._milestones:
            self._milestones.add(Milestone.HALFWAY)
            self._announce(f"Halfway. {spoken_duration(math.ceil(remaining))} left.")

    def _render(self) -> None:
        session = self._session
        phase = self._phase
        if session is None or phase not in _IN_SESSION:
            self._emit_status()
            return
        timer = session.timer
        scan = self._is_scan()
        last = session.is_last_step
        remaining = timer.remaining_seconds()
        ring_phase, caption = {
            Phase.READY: (RingPhase.READY, "ready"),
            Phase.HOLDING: (RingPhase.RUNNING, "left"),
            Phase.PAUSED: (RingPhase.PAUSED, "paused"),
            Phase.TIME_UP: (RingPhase.DONE, "time is up"),
            Phase.RELEASED: (RingPhase.DONE, "released"),
        }[phase]
        self.ring.set_state(RingState(remaining, timer.planned_seconds, ring_phase, caption))

        holding = phase in (Phase.READY, Phase.HOLDING, Phase.PAUSED)
        self.controls.setVisible(holding)
        self.question.setVisible(not holding)
        self.primary_button.setText(
            {
                Phase.READY: "Start  (Space)",
                Phase.HOLDING: "Pause  (Space)",
                Phase.PAUSED: "Resume  (Space)",
            }.get(phase, "Pause  (Space)")
        )
        for button in (self.more_button, self.less_button, self.extend_button):
            button.setVisible(not scan)
        self.release_button.setVisible(not scan)
        self.release_button.setEnabled(phase in (Phase.HOLDING, Phase.PAUSED))
        self.skip_button.setText("Next area  (N)" if scan else "Skip  (S)")
        can_extend = timer.can_extend
        self.extend_button.setEnabled(can_extend)
        self.again_button.setEnabled(can_extend)
        limit = "" if can_extend or scan else texts.EXTEND_LIMIT
        for button in (self.extend_button, self.again_button):
            button.setToolTip(limit)
        self.extend_note.setText(limit)

        next_text = ("Finish" if last else "Next spot") + "  (N)"
        if phase is Phase.TIME_UP and scan:
            self.question_label.setText(texts.TIME_UP_SCAN)
            self._show_answers(self.next_button)
            self.next_button.setText(("Finish" if last else "Next area") + "  (N)")
        elif phase is Phase.TIME_UP:
            self.question_label.setText(texts.TIME_UP_QUESTION)
            self._show_answers(self.yes_button, self.again_button, self.move_on_button)
            self.yes_button.setText(("Yes, finish" if last else "Yes, next") + "  (N)")
        elif phase is Phase.RELEASED:
            self.question_label.setText(texts.RELEASED)
            self._show_answers(self.next_button)
            self.next_button.setText(next_text)

        if scan:
            self.picker.set_prompt(texts.SCAN_RATE)
        elif holding:
            self.picker.set_prompt(texts.RATE_BEFORE)
        else:
            self.picker.set_prompt(texts.RATE_AFTER)
        if not holding and not scan and self.picker.value != self._after:
            self.picker.set_value(self._after)
        self._emit_status()

    def _show_answers(self, *shown: QPushButton) -> None:
        for button in (self.yes_button, self.again_button, self.move_on_button, self.next_button):
            button.setVisible(button in shown)

    def _emit_status(self) -> None:
        session = self._session
        phase = self._phase
        if session is None or phase not in _IN_SESSION:
            status = ""
        else:
            name = session.step.spot.name
            if phase is Phase.HOLDING:
                status = f"{name} · {clock_text(session.timer.remaining_seconds())} left"
            else:
                status = f"{name} · {phase.value.replace('_', ' ')}"
        if status != self._status:
            self._status = status
            self.status_changed.emit(status)

    def _say(self, text: str) -> None:
        self.coach_label.setText(text)

    def _announce(self, text: str, *, assertive: bool = False) -> None:
        """Tell a screen reader, at milestones only."""
        self.live_label.setText(text)
        if QAccessible.isActive():
            event = QAccessibleAnnouncementEvent(self.live_label, text)
            event.setPoliteness(
                QAccessible.AnnouncementPoliteness.Assertive
                if assertive
                else QAccessible.AnnouncementPoliteness.Polite
            )
            QAccessible.updateAccessibility(event)
        self.announced.emit(text)

    # -- keys and visibility ------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._pages.currentWidget() is not self._hold_page:
            super().keyPressEvent(event)
            return
        button = self._button_for(event)
        if button is not None:
            button.click()
            event.accept()
            return
        text = event.text()
        if text.isdigit() and self.is_running():
            self.picker.pick(int(text))
            event.accept()
            return
        super().keyPressEvent(event)

    def _button_for(self, event: QKeyEvent) -> QAbstractButton | None:
        key = event.key()
        modifiers = event.modifiers()
        if key == Qt.Key.Key_X and modifiers & Qt.KeyboardModifier.ControlModifier:
            return self.pain_button
        if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return None
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            # Enter presses the button that has the keyboard focus, as people expect.
            if isinstance(focused, QAbstractButton) and focused.isVisibleTo(self):
                return focused
            key = Qt.Key.Key_N
        candidates: dict[int, tuple[QAbstractButton, ...]] = {
            Qt.Key.Key_Space: (self.primary_button,),
            Qt.Key.Key_P: (self.more_button,),
            Qt.Key.Key_T: (self.less_button,),
            Qt.Key.Key_M: (self.extend_button, self.again_button),
            Qt.Key.Key_N: (
                self.release_button,
                self.yes_button,
                self.next_button,
                *((self.skip_button,) if self._is_scan() else ()),
            ),
            Qt.Key.Key_S: (self.skip_button, self.move_on_button),
        }
        for button in candidates.get(key, ()):
            if button.isVisibleTo(self) and button.isEnabled():
                return button
        return None

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
        elif watched is self._coach_box and event.type() == QEvent.Type.Resize:
            # Too small to recognise a body, the map would only be clutter.
            self.spot_map.setVisible(self._coach_box.height() >= SPOT_MAP_MIN_HEIGHT)
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        # A top-level screen (tests, screenshots) sees its own minimising here.
        if event.type() == QEvent.Type.WindowStateChange:
            self._visibility_changed()
        super().changeEvent(event)

    def _visibility_changed(self) -> None:
        if not self._display_live():
            self.ring.stop_pulse()
        if self._phase is Phase.HOLDING:
            # Repaint now if we just came into view; either way re-plan the wake-up.
            self.tick()

    # -- small helpers ----------------------------------------------------------------

    def _catch_up(self, allowed: frozenset[Phase] = _IN_SESSION) -> bool:
        """Let the clock have its say before acting on a key: while hidden the
        screen wakes only every few seconds, so the time may be up already.
        True when the action still makes sense in the phase that results."""
        if self._phase is Phase.HOLDING:
            self.tick()
        return self._phase in allowed

    def _require_session(self) -> GuidedSession:
        if self._session is None:
            raise RuntimeError("no session has been started")
        return self._session

    def _is_scan(self) -> bool:
        return self._session is not None and self._session.kind is SessionKind.SCAN

    def _auto_start(self) -> bool:
        # The scan flows from one short stop to the next; a focus session waits
        # for the person to get into position unless they asked otherwise.
        return self._is_scan() or self._settings().auto_advance

    def _local_now(self) -> datetime:
        return self._clock.now().astimezone(self._clock.zone())
