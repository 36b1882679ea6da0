"""Every recorded session as a table, newest first.

The rows are the store's `SessionRecord`s as they are; `SESSION_ROLE` hands a
row's record to whoever opens it (the holds dialog). Dates and times are the
wall clock where the session happened, as the person lived it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt

from unknot.core.progress import spot_name
from unknot.core.records import SessionKind, SessionRecord
from unknot.core.translation import QT_TRANSLATE_NOOP, translate
from unknot.ui.progress.row_table_model import Index, RowTableModel
from unknot.ui.session.session_summary import duration_text
from unknot.ui.shared.dates import day_and_time

COL_WHEN = 0
COL_KIND = 1
COL_SPOTS = 2
COL_HELD = 3
COL_OUTCOME = 4
COL_NOTE = 5
COLUMN_COUNT = 6

HEADERS = (
    QT_TRANSLATE_NOOP("SessionsModel", "When"),
    QT_TRANSLATE_NOOP("SessionsModel", "Kind"),
    QT_TRANSLATE_NOOP("SessionsModel", "Spots"),
    QT_TRANSLATE_NOOP("SessionsModel", "Time held"),
    QT_TRANSLATE_NOOP("SessionsModel", "How it ended"),
    QT_TRANSLATE_NOOP("SessionsModel", "Note"),
)

SESSION_ROLE = Qt.ItemDataRole.UserRole + 1
SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 2
# The column's value for sorting or checks: a datetime, a number of seconds.
SORT_ROLE = Qt.ItemDataRole.UserRole + 3


def when_text(session: SessionRecord) -> str:
    """ "Mon 5 Jan 2026, 07:30", in the wall time where it was recorded."""
    return day_and_time(session.local_start)


def kind_text(session: SessionRecord) -> str:
    if session.kind is SessionKind.SCAN:
        return translate("SessionsModel", "Daily scan")
    return translate("SessionsModel", "Focus")


def spots_text(session: SessionRecord, shown: int = 3) -> str:
    if session.kind is SessionKind.SCAN:
        return translate("SessionsModel", "%n area(s) checked", None, len(session.holds))
    names = list(dict.fromkeys(spot_name(hold.area, hold.side) for hold in session.holds))
    if not names:
        return translate("SessionsModel", "no holds")
    more = len(names) - shown
    text = ", ".join(names[:shown])
    if more > 0:
        return translate("SessionsModel", "{spots} and %n more", None, more).format(spots=text)
    return text


def outcome_text(session: SessionRecord) -> str:
    if session.outcome is None:
        return translate("SessionsModel", "Still running")
    return session.outcome.label


class SessionsModel(RowTableModel[SessionRecord]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMN_COUNT, parent)

    def set_sessions(self, oldest_first: Sequence[SessionRecord]) -> None:
        self._set_rows(list(reversed(oldest_first)))

    def session_at(self, row: int) -> SessionRecord:
        return self._rows[row]

    def row_of(self, session_id: str) -> int | None:
        for row, session in enumerate(self._rows):
            if session.id == session_id:
                return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        shown = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
        if shown and orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMN_COUNT:
            return translate("SessionsModel", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        session = self._row_at(index)
        if session is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(session, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_SPOTS and session.kind is SessionKind.FOCUS:
                return spots_text(session, shown=len(session.holds))
            if column == COL_NOTE and session.note:
                return session.note
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_HELD:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SESSION_ROLE:
            return session
        if role == SESSION_ID_ROLE:
            return session.id
        if role == SORT_ROLE:
            return self._sort_value(session, column)
        return None

    def _text(self, session: SessionRecord, column: int) -> str:
        if column == COL_WHEN:
            return when_text(session)
        if column == COL_KIND:
            return kind_text(session)
        if column == COL_SPOTS:
            return spots_text(session)
        if column == COL_HELD:
            return duration_text(session.hold_seconds)
        if column == COL_OUTCOME:
            return outcome_text(session)
        return session.note or ""

    def _sort_value(self, session: SessionRecord, column: int) -> Any:
        if column == COL_WHEN:
            return session.started_at
        if column == COL_HELD:
            return session.hold_seconds
        return self._text(session, column)
