"""The page shown while a spot is worked: what the engine displays, drawn.

It decides nothing. `show_display` paints a `Display` from the session engine;
its buttons are bound to the session's `QAction`s and press them; a tapped
rating goes out as `rated`.

A running hold shows a new `Display` every second that differs from the last
only in the time left. Such a tick touches the ring alone: setting the labels,
the tool card and the buttons again, even to what they already say, costs a
pass over the page (the tool card measures its height for its width) for
nothing that shows.
"""

from __future__ import annotations

import dataclasses
import enum

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontInfo, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from unknot.core.areas import Side
from unknot.core.areas import area as area_of
from unknot.core.plans import Spot
from unknot.core.records import SessionKind
from unknot.core.session_engine import Action, Display, Phase
from unknot.core.translation import translate
from unknot.ui.home.body_map import BodyMap
from unknot.ui.home.tenderness_picker import TendernessPicker
from unknot.ui.session.actions import SessionActions, shortcut_hint
from unknot.ui.session.countdown_ring import DONE_GREEN, CountdownRing, RingPhase, RingState
from unknot.ui.session.pain_advice import STOP_RED
from unknot.ui.session.tool_card import ToolCard, scaled_font
from unknot.ui.shared.reflow_row import ReflowRow
from unknot.ui.shared.style_sheets import set_sheet

# The little body map's side: a quarter of the page's height, within these,
# and no more than the middle of the page has room for (it shrinks, painted to
# its size, rather than being cut by the middle's fold).
SPOT_MAP_SMALLEST = 90
SPOT_MAP_LARGEST = 220
# The ring's least side; the map goes beside it where the middle is too short
# for both one above the other.
RING_SMALLEST = 110
# How far the ring and the map shrink, side by side, where a screen leaves
# the window less than the page is made for (1366x768 at 150 %): the middle
# gives up the room, so that the header with the sharp-pain stop and the
# answers stay in view without scrolling.
MIDDLE_LEAST = 80
# The ring's largest side beside the map: the size it asks for.
RING_BESIDE_MAP = 150
# The coach's line, from its usual size down to the size of the card's text.
_COACH_SCALES = (1.3, 1.15, 1.0)
# The share of the middle's height the coach's line may take in its usual
# sizes; the card below keeps the rest.
_COACH_SHARE = 0.5
# The height of a big answer button ("Yes, next"), as ActionButton sets it.
_BIG_BUTTON_HEIGHT = 56
# Qt's "no maximum" for a widget's size.
QWIDGETSIZE_MAX = (1 << 24) - 1

_RING_PHASE = {
    Phase.READY: RingPhase.READY,
    Phase.HOLDING: RingPhase.RUNNING,
    Phase.PAUSED: RingPhase.PAUSED,
    # Not done: a hold that is not saved is waiting, like a paused one.
    Phase.SAVE_FAILED: RingPhase.PAUSED,
}
# The frame round the question: green once a hold ended, red while it is not saved.
_FRAME = "QFrame#holdEnded {{ border: 3px solid {colour}; border-radius: 8px; }}"

# The controls while a hold is ready or running, and the answers once it ended.
_CONTROLS = (
    Action.START_PAUSE,
    Action.MORE_PRESSURE,
    Action.TOO_MUCH,
    Action.EXTEND,
    Action.RELEASED,
    Action.SKIP,
)
_ANSWERS = (Action.NEXT, Action.EXTEND, Action.MOVE_ON, Action.RETRY_SAVE, Action.GO_ON_UNSAVED)


class _Header(enum.Enum):
    """Where the two header buttons go: beside the name and step, beside the
    step under a name as wide as the page, or on a line of their own."""

    BESIDE_TITLES = enum.auto()
    BESIDE_STEP = enum.auto()
    OWN_LINE = enum.auto()


def only_the_clock_moved(before: Display, after: Display) -> bool:
    """True when two displays differ at most in the time on the clock: a tick."""
    return dataclasses.replace(before, clock_seconds=after.clock_seconds) == after


class ActionButton(QPushButton):
    """A button that shows and presses one `QAction`, with its shortcut as a hint."""

    def __init__(
        self, action: QAction, parent: QWidget, *, big: bool = False, stacked: bool = False
    ) -> None:
        """`stacked`: the shortcut on a second line, for buttons that share a row."""
        super().__init__(parent)
        self._action = action
        self._stacked = stacked
        self.setFont(scaled_font(parent.font(), 1.3 if big else 1.15, QFont.Weight.DemiBold))
        self.setMinimumHeight(60 if stacked else 56)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # A click must not take the keyboard focus, or Space would press the last
        # button clicked instead of pausing; Tab still reaches every button.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.clicked.connect(action.trigger)
        action.changed.connect(self._follow)
        self._follow()

    @property
    def action(self) -> QAction:
        return self._action

    def _follow(self) -> None:
        action = self._action
        hint = shortcut_hint(action)
        # The key under the words: six buttons in a row fit a 900 px window.
        separator = "\n" if self._stacked else "  "
        self.setText(f"{action.text()}{separator}({hint})" if hint else action.text())
        self.setAccessibleName(action.text())
        self.setEnabled(action.isEnabled())


class HoldPage(QWidget):
    rated = Signal(int)

    def __init__(self, actions: SessionActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area_label = QLabel(self)
        self.area_label.setFont(scaled_font(self.font(), 2.3, QFont.Weight.Bold))
        self.step_label = QLabel(self)
        self.step_label.setFont(scaled_font(self.font(), 1.3))
        when = ActionButton(actions[Action.WHEN_TO_STOP], self)
        when.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        when.setFont(scaled_font(self.font(), 1.15))
        pain = ActionButton(actions[Action.STOP_PAIN], self, big=True)
        pain.setObjectName("sharpPain")
        pain.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        set_sheet(
            pain,
            f"QPushButton#sharpPain {{ background: {STOP_RED}; color: white;"
            " border: 2px solid #8e0000; border-radius: 8px; padding: 8px 20px; }"
            " QPushButton#sharpPain:focus { border: 3px solid palette(highlight); }"
            " QPushButton#sharpPain:pressed { background: #8e0000; }",
        )
        self._buttons: dict[tuple[str, Action], ActionButton] = {
            ("header", Action.WHEN_TO_STOP): when,
            ("header", Action.STOP_PAIN): pain,
        }
        self._header_buttons = QWidget(self)
        buttons_row = QHBoxLayout(self._header_buttons)
        buttons_row.setContentsMargins(0, 0, 0, 0)
        buttons_row.setSpacing(12)
        buttons_row.addWidget(when, 0, Qt.AlignmentFlag.AlignTop)
        buttons_row.addWidget(pain, 0, Qt.AlignmentFlag.AlignTop)
        # The name and the step on the left, the two buttons on the right; on a
        # narrow window (150 % text at 900 px) the name takes the whole first
        # line and the buttons sit beside the step (see _reflow).
        self._header = QGridLayout()
        self._header.setHorizontalSpacing(12)
        self._header.setVerticalSpacing(2)
        self._header.setColumnStretch(0, 1)
        self._header_arrangement: _Header | None = None
        self._arrange_header(_Header.BESIDE_TITLES)

        self.ring = CountdownRing(self)
        # Smaller than on its own: on a short window the little map shares its column.
        self.ring.setMinimumSize(MIDDLE_LEAST, MIDDLE_LEAST)
        # What it asks for, too: more would make a short page scroll.
        self.ring.set_preferred_side(150)
        self.tool_card = ToolCard(self)
        self.coach_label = QLabel(self)
        self.coach_label.setObjectName("coachLine")
        self.coach_label.setWordWrap(True)
        # Large; a long line (the top of the ladder, in large text on a short
        # window) in a smaller size, so that it is always read whole.
        self._coach_fonts = tuple(
            scaled_font(self.font(), scale, QFont.Weight.DemiBold) for scale in _COACH_SCALES
        )
        self.coach_label.setFont(self._coach_fonts[0])
        self.coach_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.coach_label.hide()
        self.picker = TendernessPicker(self, large=True)
        self.picker.rated.connect(self.rated)
        # Where on the body, at a glance: the map from the home screen, showing
        # only. Under the ring, at a size set by the page's size alone, so it
        # keeps its place and size whatever the state of the hold.
        self.spot_map = BodyMap(self)
        self.spot_map.set_interactive(False)
        # Its least size until the page knows its own (see _size_spot_map): the
        # map's own wish would make the page ask for more than a window has.
        self.spot_map.setFixedSize(SPOT_MAP_SMALLEST, SPOT_MAP_SMALLEST)
        # The ring above the map, or beside it where the middle is short.
        ring_column = self._ring_column = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        ring_column.setSpacing(6)
        # Grows with the window, up to the room the map leaves it (see
        # _size_spot_map); what is left over goes below the map.
        ring_column.addWidget(self.ring, 1)
        # At the column's left edge, which no state moves (a scroll bar may
        # take some width from the right), right under the ring: a tall card
        # beside them must not push the map down below the middle's fold.
        ring_column.addWidget(self.spot_map, 0, Qt.AlignmentFlag.AlignLeft)
        ring_column.addStretch(0)
        # The card may be taller than the room a short window (large text)
        # leaves it: it scrolls on its own, under the coach's line.
        self.card_scroll = QScrollArea(self)
        self.card_scroll.setWidget(self.tool_card)
        self.card_scroll.setAccessibleName(translate("HoldPage", "How to do this step"))
        self.card_scroll.setWidgetResizable(True)
        self.card_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.card_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.card_scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.card_scroll.setMinimumHeight(0)
        self.card_scroll.viewport().setAutoFillBackground(False)
        # The coach's line above the card, outside its scroll: what is said
        # now is always seen whole (its size fitted to the room, see
        # _fit_coach), and the card it speaks of follows under it.
        side = QVBoxLayout()
        side.setSpacing(6)
        side.addWidget(self.coach_label)
        side.addWidget(self.card_scroll, 1)
        # Takes the room once the hold has ended and the card is put away, so
        # that the middle still takes what the rest of the page leaves.
        side.addStretch(0)
        # The ring beside the card, or above it on a narrow window.
        self._middle = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._middle.setSpacing(28)
        self._middle.addLayout(ring_column, 5)
        self._middle.addLayout(side, 6)
        self._side_column = side
        # The width the coach's line has beside the ring (see _size_spot_map).
        self._side_width = 1

        # What can be done while a hold is ready or running.
        self.controls = ReflowRow(self)
        for action in _CONTROLS:
            big = action is Action.START_PAUSE
            button = ActionButton(actions[action], self.controls, big=big, stacked=True)
            self.controls.add(button)
            self._buttons["controls", action] = button

        # What is asked once a hold has ended (or could not be saved).
        self.question = QFrame(self)
        self.question.setObjectName("holdEnded")
        # The end of a hold is marked by words, the ring's colour and this frame.
        set_sheet(self.question, _FRAME.format(colour=DONE_GREEN))
        self._frame_colour = DONE_GREEN
        self.question_label = QLabel(self.question)
        # Large; a long question (a hold not saved) in a smaller size where the
        # large one would need more than two lines (see _fit_question).
        self._question_fonts = (
            scaled_font(self.font(), 1.6, QFont.Weight.Bold),
            scaled_font(self.font(), 1.2, QFont.Weight.Bold),
        )
        self.question_label.setFont(self._question_fonts[0])
        self.question_label.setWordWrap(True)
        self.answers = ReflowRow(self.question)
        for action in _ANSWERS:
            button = ActionButton(actions[action], self.answers, big=True)
            self.answers.add(button)
            self._buttons["answers", action] = button
        question = self._question_layout = QVBoxLayout(self.question)
        question.setContentsMargins(18, 8, 18, 10)
        question.addWidget(self.question_label)
        question.addWidget(self.answers)
        # Nothing has ended before the first hold: hidden, so that the answers do
        # not widen the window before a session has even begun.
        self.question.hide()
        for (group, _), button in self._buttons.items():
            if group == "answers":
                button.hide()

        self.note_label = QLabel(self)
        self.note_label.setFont(scaled_font(self.font(), 1.05))
        # The milestone line a screen reader is told about; also shown, quietly.
        self.live_label = QLabel(self)
        self.live_label.setAccessibleName(translate("HoldPage", "Session announcements"))
        footer = QHBoxLayout()
        footer.addWidget(self.live_label, 1)
        footer.addWidget(self.note_label)

        # Tight vertical spacing: the whole page fits a 900x600 window.
        layout = self._page_layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 6, 32, 4)
        layout.setSpacing(6)
        layout.addLayout(self._header)
        layout.addLayout(self._middle, 1)
        # The rating is asked in every state: outside the middle, which may
        # scroll, so it is never below a fold.
        layout.addWidget(self.picker)
        layout.addWidget(self.question)
        layout.addWidget(self.controls)
        layout.addLayout(footer)
        # What the page shows now, to tell a tick from a change of anything else.
        self._shown: Display | None = None

    def button(self, action: Action) -> ActionButton | None:
        """The button on screen now for `action`, if it is shown."""
        for (_, shown), button in self._buttons.items():
            if shown is action and button.isVisibleTo(self):
                return button
        return None

    def show_display(self, display: Display) -> None:
        previous, self._shown = self._shown, display
        ring_phase = _RING_PHASE.get(display.phase, RingPhase.DONE)
        self.ring.set_state(
            RingState(
                display.clock_seconds, display.planned_seconds, ring_phase, display.clock_caption
            )
        )
        if display.phase not in (Phase.TIME_UP, Phase.SAVE_FAILED):
            self.ring.stop_pulse()
        # A tap on the picker shows at once, before the engine answers: follow
        # the engine's rating even when nothing else moved.
        if self.picker.value != display.tenderness:
            self.picker.set_value(display.tenderness)
        if previous is not None and only_the_clock_moved(previous, display):
            return
        self._show_the_rest(display)

    def _show_the_rest(self, display: Display) -> None:
        step = display.step
        spot = step.spot
        area = area_of(spot.area)
        self.area_label.setText(spot.name)
        if display.kind is SessionKind.SCAN:
            step_text = translate("HoldPage", "Daily scan · Step {number} of {count}")
        else:
            step_text = translate("HoldPage", "Step {number} of {count}")
        self.step_label.setText(
            step_text.format(number=display.step_number, count=display.step_count)
        )
        # The scan checks both sides of an area together: point at both.
        shown = [Spot(spot.area, side) for side in area.sides] if spot.side is Side.BOTH else [spot]
        working_on = translate("HoldPage", "Working on: {spot}").format(spot=spot.name)
        if self.spot_map.accessibleName() != working_on:
            self.spot_map.set_highlighted(shown)
            self.spot_map.setAccessibleName(working_on)
        # Still before the card changes its position, so a new one does not
        # start playing during a hold.
        self.tool_card.picture.set_still(display.phase is Phase.HOLDING)
        self.tool_card.show_tool(area, display.tool)
        self.coach_label.setText(display.status)
        self.coach_label.setVisible(bool(display.status))
        self.question_label.setText(display.question)
        self.note_label.setText(display.note)
        self.live_label.setText(display.announcement)
        ended = display.ended
        colour = STOP_RED if display.phase is Phase.SAVE_FAILED else DONE_GREEN
        if colour != self._frame_colour:
            self._frame_colour = colour
            set_sheet(self.question, _FRAME.format(colour=colour))
        self.controls.setVisible(not ended)
        self.question.setVisible(ended)
        # Once the hold has ended the question takes the tool card's room: the
        # card comes back with "+1 min", and the page still fits 900x600.
        self.tool_card.setVisible(not ended)
        self.card_scroll.setVisible(not ended)
        for (group, action), button in self._buttons.items():
            if group == "header":
                continue
            here = (group == "answers") == ended
            button.setVisible(here and action in display.offered)
        self.controls.regrid()
        self.answers.regrid()
        self.picker.set_prompt(display.rate_prompt)
        # Greyed while nothing takes a rating (a hold not saved), as the keys are.
        self.picker.setEnabled(display.rating_open)
        # A longer name or step line may no longer fit beside the buttons.
        self._reflow()

    def _arrange_header(self, arrangement: _Header) -> None:
        if arrangement is self._header_arrangement:
            return
        self._header_arrangement = arrangement
        header = self._header
        for widget in (self.area_label, self.step_label, self._header_buttons):
            header.removeWidget(widget)
        top = Qt.AlignmentFlag.AlignTop
        right = Qt.AlignmentFlag.AlignRight
        if arrangement is _Header.BESIDE_TITLES:
            header.addWidget(self.area_label, 0, 0)
            header.addWidget(self.step_label, 1, 0)
            header.addWidget(self._header_buttons, 0, 1, 2, 1, top)
        elif arrangement is _Header.BESIDE_STEP:
            header.addWidget(self.area_label, 0, 0, 1, 2)
            header.addWidget(self.step_label, 1, 0, top)
            header.addWidget(self._header_buttons, 1, 1, top)
        else:
            header.addWidget(self.area_label, 0, 0, 1, 2)
            header.addWidget(self.step_label, 1, 0, 1, 2)
            header.addWidget(self._header_buttons, 2, 0, 1, 2, right)

    def middle_room(self, room: int) -> int:
        """The height the middle has in the state that leaves it least: the
        page less the header, the rating, the taller of the controls and the
        question, and the footer. From the size and fonts alone."""
        layout = self._page_layout
        margins = layout.contentsMargins()
        # The header as tall as it gets, the buttons on a line of their own,
        # whatever the name of this spot.
        header = (
            self.area_label.fontMetrics().lineSpacing()
            + self.step_label.fontMetrics().lineSpacing()
            + self._header_buttons.sizeHint().height()
            + 2 * self._header.verticalSpacing()
        )
        picker = self.picker.sizeHint().height()
        controls = self.controls.sizeHint().height()
        question_margins = self._question_layout.contentsMargins()
        # The question on up to two lines over one row of big buttons.
        question = (
            2 * QFontMetrics(self._question_fonts[0]).lineSpacing()
            + _BIG_BUTTON_HEIGHT
            + question_margins.top()
            + question_margins.bottom()
            + 3 * layout.spacing()
        )
        footer = max(self.note_label.sizeHint().height(), self.live_label.sizeHint().height())
        used = header + picker + max(controls, question) + footer + 4 * layout.spacing()
        return self.height() - margins.top() - margins.bottom() - used

    def least_height(self) -> int:
        """The least height the page works in now: the rest of the page as its
        layout needs it, and a middle of the ring's least side (where the map
        shrinks to sit beside it) or the coach's line, if taller. Never from
        the height the page has now: a page laid out on a large window must
        not ask a smaller one for the room its larger map took there."""
        page = self._page_layout.minimumSize().height()
        middle = self._middle.minimumSize().height()
        coach = 0
        if not self.coach_label.isHidden():
            coach = self.coach_label.heightForWidth(max(1, self._side_width))
        return page - middle + max(MIDDLE_LEAST, coach)

    def _fit_question(self, room: int) -> None:
        """The question in the large size when it fits two lines, else smaller:
        the page leaves the question two lines (see `middle_room`)."""
        margins = self._question_layout.contentsMargins()
        width = max(1, room - margins.left() - margins.right() - 6)
        large, small = self._question_fonts
        lines = QFontMetrics(large).boundingRect(
            QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, self.question_label.text()
        )
        wanted = small if lines.height() > 2 * QFontMetrics(large).lineSpacing() else large
        if self.question_label.font() != wanted:
            self.question_label.setFont(wanted)

    def _fit_coach(self, room: int) -> None:
        """The coach's line in the largest size that takes no more than its
        share of the middle at the width it has; else in the card's size,
        which the middle always has room for (see `middle_room`)."""
        width = max(1, self._side_width - 4)
        middle = self.middle_room(room)
        text = self.coach_label.text()
        wanted = self._coach_fonts[-1]
        for font in self._coach_fonts:
            height = (
                QFontMetrics(font)
                .boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text)
                .height()
            )
            if height <= middle * _COACH_SHARE:
                wanted = font
                break
        if self.coach_label.font() != wanted:
            self.coach_label.setFont(wanted)

    def _size_spot_map(self, room: int, narrow: bool) -> None:
        """The map's side: a quarter of the page's height, at most what the
        middle has room for; beside the ring where the two do not fit one
        above the other. The map paints itself to whatever size it gets."""
        middle = self.middle_room(room)
        side = max(SPOT_MAP_SMALLEST, min(SPOT_MAP_LARGEST, self.height() // 4))
        spacing = self._ring_column.spacing()
        top = Qt.AlignmentFlag.AlignTop
        if narrow:
            # Ring and map side by side above the card, at the ring's own
            # size: the card under them keeps the rest of the height.
            middle = max(side, RING_BESIDE_MAP)
        if not narrow and middle >= RING_SMALLEST + spacing + side:
            self._ring_column.setDirection(QBoxLayout.Direction.TopToBottom)
            self._ring_column.setAlignment(self.ring, Qt.AlignmentFlag(0))
            # Above the map, never pushing it below the middle's fold.
            self.ring.setMaximumHeight(max(RING_SMALLEST, middle - spacing - side))
            self._ring_column.setStretchFactor(self.ring, 1)
            self.ring.setMaximumWidth(QWIDGETSIZE_MAX)
            self._ring_column.setAlignment(self.spot_map, Qt.AlignmentFlag.AlignLeft)
            # The card reads well from about 34 characters a line: 6 parts in 11.
            self._middle.setStretchFactor(self._ring_column, 5)
            self._middle.setStretchFactor(self._side_column, 6)
            self._side_width = (room - self._middle.spacing()) * 6 // 11
        else:
            self._ring_column.setDirection(QBoxLayout.Direction.LeftToRight)
            self._ring_column.setAlignment(self.ring, top)
            # Its own width, so the map beside it keeps its place when a
            # scroll bar takes some of the column.
            self._ring_column.setStretchFactor(self.ring, 0)
            self.ring.setMaximumWidth(max(MIDDLE_LEAST, min(RING_BESIDE_MAP, middle)))
            self._ring_column.setAlignment(self.spot_map, top | Qt.AlignmentFlag.AlignLeft)
            side = max(MIDDLE_LEAST, min(side, middle))
            # No taller than the middle either, or its foot would be cut.
            self.ring.setMaximumHeight(max(MIDDLE_LEAST, middle))
            ring = max(MIDDLE_LEAST, min(RING_BESIDE_MAP, middle))
            if narrow:
                self._side_width = room
            else:
                # Ring and map take their own width; the coach's line and the
                # card all the rest, so that a long line takes fewer of the
                # middle's few rows.
                self._middle.setStretchFactor(self._ring_column, 0)
                self._middle.setStretchFactor(self._side_column, 1)
                self._side_width = room - self._middle.spacing() - (ring + spacing + side)
        self.spot_map.setFixedSize(side, side)
        # Its words ("Front", "Back", the side marks) in proportion to its
        # size, so they never run into each other on a small map.
        font = QFont(self.font())
        font.setPixelSize(max(8, min(QFontInfo(self.font()).pixelSize(), side // 11)))
        if self.spot_map.font() != font:
            self.spot_map.setFont(font)

    def hasHeightForWidth(self) -> bool:
        # The page fits any height from `least_height` up (its parts wrap for
        # the width it has): a scroll area round the window's pages must not
        # size it from its wrapped lines' preferred heights.
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self) -> None:
        """Arrange the page for its size: the map's size, the header's and the
        middle's direction. Depends on the size and the font alone, never on
        the state of the hold, so nothing jumps when a hold ends."""
        width, height = self.width(), self.height()
        margins = self._page_layout.contentsMargins()
        room = width - margins.left() - margins.right()
        buttons = self._header_buttons.sizeHint().width() + 24
        name, step = (
            label.fontMetrics().horizontalAdvance(label.text())
            for label in (self.area_label, self.step_label)
        )
        if max(name, step) + buttons <= room:
            self._arrange_header(_Header.BESIDE_TITLES)
        elif step + buttons <= room:
            self._arrange_header(_Header.BESIDE_STEP)
        else:
            self._arrange_header(_Header.OWN_LINE)
        # The card reads well from about 34 average characters a line: where
        # the window leaves it less beside the ring, the ring goes above it.
        card = (room - self._middle.spacing()) * 6 // 11
        # A short window keeps them side by side: stacked, the card would be
        # scrolled out of sight.
        narrow = card < self.fontMetrics().averageCharWidth() * 34 * 1.45 and height > width * 0.75
        self._middle.setDirection(
            QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        )
        self._fit_question(room)
        self._size_spot_map(room, narrow)
        self._fit_coach(room)
        # Its own least height rather than its layout's, which follows the
        # map's size of the moment (see `least_height`).
        least = self.least_height()
        if self.minimumHeight() != least:
            self.setMinimumHeight(least)
        # The window's layout learns the page's new minimum now, not at some
        # later change.
        self.updateGeometry()
