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

from unknot.core.formats import count_text
from unknot.core.progress import spot_name
from unknot.core.records import HoldRecord, SessionKind, SessionRecord
from unknot.ui.session_summary import duration_text, hold_status, tenderness_text
from unknot.ui.sessions_model import outcome_text, when_text

HOLD_HEADERS = ("Spot", "Tool", "Held", "Planned", "Tenderness (before → after)", "How it ended")


def hold_cells(hold: HoldRecord) -> tuple[str, ...]:
    tools = " then ".join(tool.label for tool in hold.tools_tried or (hold.tool,))
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
        kind = "Daily scan" if session.kind is SessionKind.SCAN else "Focus session"
        title = f"{kind} on {when_text(session)}"
        self.setWindowTitle(title)
        self.setAccessibleName(title)

        heading = QLabel(
            f"<b>{title}</b><br>{outcome_text(session)} · "
            f"{duration_text(session.hold_seconds)} held over "
            f"{count_text(len(session.holds), 'hold')}",
            self,
        )
        heading.setTextFormat(Qt.TextFormat.RichText)

        self.table = QTableWidget(len(session.holds), len(HOLD_HEADERS), self)
        self.table.setHorizontalHeaderLabels(HOLD_HEADERS)
        self.table.setAccessibleName("Holds of this session")
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
            note = QLabel(f"Note: {session.note}", self)
            note.setWordWrap(True)
            note.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 360)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
