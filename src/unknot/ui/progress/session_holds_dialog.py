"""One session opened from the list: each hold with its tool, time and ratings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unknot.core.progress import spot_name
from unknot.core.records import HoldRecord, SessionKind, SessionRecord
from unknot.core.translation import QT_TRANSLATE_NOOP, translate
from unknot.ui.progress.sessions_model import outcome_text, when_text
from unknot.ui.session.session_summary import duration_text, hold_status, tenderness_text
from unknot.ui.shared.breakable import breakable

HOLD_HEADERS = (
    QT_TRANSLATE_NOOP("SessionHoldsDialog", "Spot"),
    QT_TRANSLATE_NOOP("SessionHoldsDialog", "Tool"),
    QT_TRANSLATE_NOOP("SessionHoldsDialog", "Held"),
    QT_TRANSLATE_NOOP("SessionHoldsDialog", "Planned"),
    QT_TRANSLATE_NOOP("SessionHoldsDialog", "Tenderness (before → after)"),
    QT_TRANSLATE_NOOP("SessionHoldsDialog", "How it ended"),
)


def hold_cells(hold: HoldRecord) -> tuple[str, ...]:
    tools = translate("SessionHoldsDialog", " then ").join(
        tool.label for tool in hold.tools_tried or (hold.tool,)
    )
    return (
        spot_name(hold.area, hold.side),
        tools,
        duration_text(hold.held_seconds),
        duration_text(hold.planned_seconds),
        tenderness_text(hold.tenderness_before, hold.tenderness_after),
        hold_status(hold),
    )


class SessionHoldsDialog(QDialog):
    def __init__(self, session: SessionRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        if session.kind is SessionKind.SCAN:
            title = translate("SessionHoldsDialog", "Daily scan on {when}")
        else:
            title = translate("SessionHoldsDialog", "Focus session on {when}")
        title = title.format(when=when_text(session))
        self.setWindowTitle(title)
        self.setAccessibleName(title)

        heading = QLabel(
            f"<b>{title}</b><br>{outcome_text(session)} · "
            + translate(
                "SessionHoldsDialog", "{held} held over %n hold(s)", None, len(session.holds)
            ).format(held=duration_text(session.hold_seconds)),
            self,
        )
        heading.setTextFormat(Qt.TextFormat.RichText)

        self.table = QTableWidget(len(session.holds), len(HOLD_HEADERS), self)
        self.table.setHorizontalHeaderLabels(
            [translate("SessionHoldsDialog", header) for header in HOLD_HEADERS]
        )
        self.table.setAccessibleName(translate("SessionHoldsDialog", "Holds of this session"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, hold in enumerate(session.holds):
            for column, text in enumerate(hold_cells(hold)):
                self.table.setItem(row, column, QTableWidgetItem(text))

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table)
        if session.note:
            shown = translate("SessionHoldsDialog", "Note: {note}").format(note=session.note)
            # Wraps anywhere: a long run with no space must not widen the dialog.
            note = QLabel(breakable(shown), self)
            note.setAccessibleName(shown)
            note.setWordWrap(True)
            note.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 360)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
