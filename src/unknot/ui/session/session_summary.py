"""The end of a session: what was done, the streak it added to, and a note.

It shows a `SessionRecord` as the store returned it, so what the person reads
is what was saved. It writes nothing itself: a changed note goes out as
`note_edited` and the session screen saves it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from unknot.core.areas import AreaId, Tool, area
from unknot.core.formats import duration_text as duration_text
from unknot.core.plans import FOCUS_THRESHOLD, Plan, scan_ratings
from unknot.core.records import HoldRecord, Outcome, SessionKind, SessionRecord, skipped
from unknot.core.session_engine import hold_result, summary_words
from unknot.core.streaks import Streaks
from unknot.core.translation import translate
from unknot.ui.session.tool_card import scaled_font
from unknot.ui.shared.reflow_row import ReflowRow


def tools_used(holds: Iterable[HoldRecord]) -> list[Tool]:
    """Every tool the session touched, in the order they first came up."""
    seen: list[Tool] = []
    for hold in holds:
        for tool in hold.tools_tried or (hold.tool,):
            if tool not in seen:
                seen.append(tool)
    return seen


def tenderness_text(before: int | None, after: int | None) -> str:
    def show(value: int | None) -> str:
        return "-" if value is None else str(value)

    if before is None and after is None:
        return translate("SessionSummary", "not rated")
    return f"{show(before)} → {show(after)}"


def hold_status(hold: HoldRecord, *, stopped_for_pain: bool = False) -> str:
    return hold_result(hold, stopped_for_pain=stopped_for_pain)


def counted(record: SessionRecord) -> bool:
    """Whether the session counts as practice: the one rule, `records.counts_as_practice`."""
    return record.counts


def title_for(record: SessionRecord) -> str:
    outcome = record.outcome or Outcome.INTERRUPTED
    return summary_words(outcome, record.kind, counted(record))[0]


class _Tile(QFrame):
    """A big number with a caption under it."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value_label = QLabel(self)
        self.value_label.setFont(scaled_font(self.font(), 2.0, QFont.Weight.Bold))
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption_label = QLabel(caption, self)
        self.caption_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption_label.setFont(scaled_font(self.font(), 1.05))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)

    def set_value(self, value: str, caption: str | None = None) -> None:
        self.value_label.setText(value)
        if caption is not None:
            self.caption_label.setText(caption)
        self.setAccessibleName(f"{self.caption_label.text()}: {value}")


class SessionSummary(QWidget):
    back_requested = Signal()
    focus_requested = Signal()
    # The note as the person left it (stripped; may be empty).
    note_edited = Signal(str)
    # The technique guide, open at the first area of the session shown.
    techniques_requested = Signal(object)  # AreaId | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._offer: Plan | None = None
        self._first_area: AreaId | None = None
        self._saved_note = ""

        self.title_label = QLabel(self)
        self.title_label.setFont(scaled_font(self.font(), 2.0, QFont.Weight.Bold))
        self.spots_tile = _Tile(translate("SessionSummary", "spots"), self)
        self.time_tile = _Tile(translate("SessionSummary", "held"), self)
        self.streak_tile = _Tile(translate("SessionSummary", "day streak"), self)
        self.week_tile = _Tile(translate("SessionSummary", "this week"), self)
        # Four in a row, or two and two where large text leaves no room for four.
        tiles = ReflowRow(self, spacing=12, equal=True)
        for tile in (self.spots_tile, self.time_tile, self.streak_tile, self.week_tile):
            tiles.add(tile)

        self.tools_label = QLabel(self)
        self.tools_label.setWordWrap(True)
        self.tools_label.setFont(scaled_font(self.font(), 1.15))
        # Rebuilt for every session: one grid of labels, replaced whole.
        self._table_box = QWidget(self)
        self._table_slot = QVBoxLayout()
        self._table_slot.setContentsMargins(0, 0, 0, 0)
        self._table_slot.addWidget(self._table_box)

        self.soreness_label = QLabel(self)
        self.soreness_label.setWordWrap(True)
        self.soreness_label.setFont(scaled_font(self.font(), 1.1))

        self.offer_frame = QFrame(self)
        self.offer_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.offer_label = QLabel(self.offer_frame)
        self.offer_label.setWordWrap(True)
        self.offer_label.setFont(scaled_font(self.font(), 1.15))
        self.focus_button = QPushButton(
            translate("SessionSummary", "Start focus session (F)"), self.offer_frame
        )
        self.focus_button.setMinimumHeight(44)
        self.focus_button.setFont(scaled_font(self.font(), 1.15, QFont.Weight.DemiBold))
        self.focus_button.clicked.connect(self.focus_requested)
        offer = QHBoxLayout(self.offer_frame)
        offer.setContentsMargins(16, 12, 16, 12)
        offer.addWidget(self.offer_label, 1)
        offer.addWidget(self.focus_button)

        note_title = QLabel(translate("SessionSummary", "A note for this session (optional)"), self)
        note_title.setFont(scaled_font(self.font(), 1.1, QFont.Weight.DemiBold))
        self.note_edit = QLineEdit(self)
        # No maxLength: a line edit cuts what is pasted beyond it without a
        # word; the history takes notes up to `core.records.MAX_NOTE_LENGTH`
        # and says so of a longer one.
        self.note_edit.setPlaceholderText(
            translate("SessionSummary", "e.g. slept badly, after gardening")
        )
        self.note_edit.setAccessibleName(translate("SessionSummary", "Session note"))
        self.note_edit.setFont(scaled_font(self.font(), 1.15))
        self.note_edit.setMinimumHeight(38)
        self.note_edit.editingFinished.connect(self.commit_note)
        note_title.setBuddy(self.note_edit)
        self.note_status = QLabel(self)

        content = QWidget(self)
        body = QVBoxLayout(content)
        body.setContentsMargins(32, 24, 32, 16)
        body.setSpacing(14)
        body.addWidget(self.title_label)
        body.addWidget(tiles)
        body.addWidget(self.tools_label)
        body.addLayout(self._table_slot)
        body.addWidget(self.offer_frame)
        body.addWidget(self.soreness_label)
        body.addWidget(note_title)
        body.addWidget(self.note_edit)
        body.addWidget(self.note_status)
        body.addStretch(1)
        scroll = QScrollArea(self)
        # It takes the focus to scroll by keyboard, so it needs a name to be read by.
        scroll.setAccessibleName(translate("SessionSummary", "Session summary"))
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.back_button = QPushButton(translate("SessionSummary", "Back to body map (Esc)"), self)
        self.back_button.setMinimumHeight(48)
        self.back_button.setFont(scaled_font(self.font(), 1.2, QFont.Weight.DemiBold))
        self.back_button.clicked.connect(self._on_back)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(32, 8, 32, 20)
        self.how_button = QPushButton(translate("Summary", "How to do it: techniques"), self)
        self.how_button.setMinimumHeight(48)
        self.how_button.setFont(scaled_font(self.font(), 1.2))
        self.how_button.clicked.connect(lambda: self.techniques_requested.emit(self._first_area))
        bottom.addStretch(1)
        bottom.addWidget(self.how_button)
        bottom.addWidget(self.back_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

    @property
    def offer(self) -> Plan | None:
        return self._offer

    def show_session(
        self,
        record: SessionRecord,
        streaks: Streaks | None,
        offer: Plan | None = None,
        *,
        unsaved: str = "",
        short_of_a_day: float | None = None,
    ) -> None:
        """`unsaved`: a line saying what could not be saved, if anything;
        `short_of_a_day`: the seconds held today when they do not yet make it a
        practice day (None when today already counts)."""
        self._offer = offer
        self._first_area = record.holds[0].area if record.holds else None
        self._saved_note = record.note or ""
        outcome = record.outcome or Outcome.INTERRUPTED
        title, closing = summary_words(outcome, record.kind, counted(record))
        self.title_label.setText(title)
        holds = record.holds
        worked = [hold for hold in holds if not skipped(hold.held_seconds)]
        # The tile shows the number big and the word under it, in its plural form.
        if record.kind is SessionKind.SCAN:
            noun = translate("SessionSummary", "area(s)", None, len(worked))
        else:
            noun = translate("SessionSummary", "spot(s)", None, len(worked))
        self.spots_tile.set_value(str(len(worked)), noun)
        self.time_tile.set_value(
            duration_text(record.hold_seconds), translate("SessionSummary", "held")
        )
        if streaks is None:
            self.streak_tile.set_value("-")
            self.week_tile.set_value("-")
        else:
            self.streak_tile.set_value(
                translate("SessionSummary", "%n day(s)", None, streaks.day_streak),
                translate("SessionSummary", "day streak"),
            )
            self.week_tile.set_value(
                translate("SessionSummary", "{done} of {needed}").format(
                    done=streaks.this_week_days, needed=streaks.this_week_needed
                ),
                translate("SessionSummary", "days this week"),
            )
        tools = ", ".join(tool.label for tool in tools_used(worked)) or translate(
            "SessionSummary", "none"
        )
        self.tools_label.setText(
            translate("SessionSummary", "Tools used: {tools}").format(tools=tools)
        )
        self._fill_table(record)
        self._show_offer(record)
        if short_of_a_day is not None and counted(record):
            # Else "Well done" beside a streak of 0 days reads like a mistake.
            closing += "\n\n" + translate(
                "SessionSummary",
                "A day counts for your streak from one minute held; today has {held} so far.",
            ).format(held=duration_text(short_of_a_day))
        # The pain advice after a pain stop, never the soreness note.
        self.soreness_label.setText(f"{unsaved}\n\n{closing}" if unsaved else closing)
        self.note_edit.setText(self._saved_note)
        self.note_status.setText("")

    def show_note_saved(self, note: str) -> None:
        self._saved_note = note
        self.note_status.setText(
            translate("SessionSummary", "Note saved.")
            if note
            else translate("SessionSummary", "Note removed.")
        )

    def show_note_failed(self, reason: str) -> None:
        self.note_status.setText(
            translate("SessionSummary", "The note could not be saved: {reason}").format(
                reason=reason
            )
        )

    def commit_note(self) -> None:
        """Send the note on if it changed since it was last saved."""
        note = self.note_edit.text().strip()
        if note != self._saved_note:
            self.note_edited.emit(note)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back_button.click()
        elif event.key() == Qt.Key.Key_F and self.offer_frame.isVisibleTo(self):
            self.focus_button.click()
        else:
            super().keyPressEvent(event)

    def _on_back(self) -> None:
        self.commit_note()
        self.back_requested.emit()

    def _fill_table(self, record: SessionRecord) -> None:
        old = self._table_box
        self._table_slot.removeWidget(old)
        old.hide()
        old.deleteLater()
        box = QWidget(self)
        box.setAccessibleName(translate("SessionSummary", "Holds in this session"))
        table = QGridLayout(box)
        table.setContentsMargins(0, 4, 0, 4)
        table.setHorizontalSpacing(20)
        table.setVerticalSpacing(6)
        scan = record.kind is SessionKind.SCAN
        headers = (
            (
                translate("SessionSummary", "Area"),
                translate("SessionSummary", "Held"),
                translate("SessionSummary", "Tenderness"),
            )
            if scan
            else (
                translate("SessionSummary", "Spot"),
                translate("SessionSummary", "Tools"),
                translate("SessionSummary", "Held"),
                translate("SessionSummary", "Tenderness before → after"),
                translate("SessionSummary", "Result"),
            )
        )
        # No holds, no table: a row of headings over nothing says nothing.
        for column, header in enumerate(headers if record.holds else ()):
            self._cell(table, 0, column, header, bold=True)
        # The last hold of a pain stop is the one the stop ended, if it was cut short.
        last = record.holds[-1] if record.holds else None
        stopped = (
            record.outcome is Outcome.STOPPED_PAIN
            and last is not None
            and not last.released
            and last.held_seconds < last.planned_seconds
        )
        for row, hold in enumerate(record.holds, start=1):
            spot = area(hold.area).spot_name(hold.side) if hold.side else area(hold.area).title
            if scan:
                rating = (
                    translate("SessionSummary", "not rated")
                    if hold.tenderness_before is None
                    else str(hold.tenderness_before)
                )
                cells: tuple[str, ...] = (spot, duration_text(hold.held_seconds), rating)
            else:
                tools = " → ".join(tool.label for tool in hold.tools_tried or (hold.tool,))
                cells = (
                    spot,
                    tools,
                    duration_text(hold.held_seconds),
                    tenderness_text(hold.tenderness_before, hold.tenderness_after),
                    hold_status(hold, stopped_for_pain=stopped and row == len(record.holds)),
                )
            for column, text in enumerate(cells):
                self._cell(table, row, column, text)
        # The width shared out by how much each column holds: wrapped labels
        # would otherwise all be squeezed to their narrowest.
        for column in range(len(headers)):
            longest = 1
            for row in range(table.rowCount()):
                item = table.itemAtPosition(row, column)
                label = item.widget() if item is not None else None
                if isinstance(label, QLabel):
                    longest = max(longest, len(label.text()))
            table.setColumnStretch(column, longest)
        self._table_slot.addWidget(box)
        self._table_box = box

    def _cell(
        self, table: QGridLayout, row: int, column: int, text: str, *, bold: bool = False
    ) -> None:
        label = QLabel(text)
        weight = QFont.Weight.DemiBold if bold else None
        label.setFont(scaled_font(self.font(), 1.15, weight))
        # A narrow window (or large text) wraps a long heading or list of
        # tools onto a second line rather than cutting the table at the edge.
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        table.addWidget(label, row, column)

    def _show_offer(self, record: SessionRecord) -> None:
        if record.kind is not SessionKind.SCAN or record.outcome is not Outcome.COMPLETED:
            self.offer_frame.hide()
            return
        self.offer_frame.show()
        offer = self._offer
        if offer is None:
            self.offer_label.setText(
                translate(
                    "SessionSummary",
                    "No area reached {threshold} out of 10 today. Pick any spot on the "
                    "body map if you want to spend longer on it.",
                ).format(threshold=FOCUS_THRESHOLD)
            )
            self.focus_button.hide()
            return
        ratings = scan_ratings(record.holds)
        names = ", ".join(
            f"{area(a).title} {ratings[a]}/10"
            for a in dict.fromkeys(step.spot.area for step in offer.steps)
        )
        minutes = math.ceil(offer.total_seconds / 60)
        self.offer_label.setText(
            translate(
                "SessionSummary",
                "Worth more time today: {areas}. A focus session on them, %n spot(s), "
                "takes about {minutes} min.",
                None,
                len(offer.steps),
            ).format(areas=names, minutes=minutes)
        )
        self.focus_button.show()
