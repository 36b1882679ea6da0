"""The saved routines as a list model: one list, by name ignoring case, that the
home screen's routine buttons (and any other view) show.

Setting the same routines again changes nothing and tells no view, so a change
from elsewhere in the history does not rebuild the buttons.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from unknot.core.plans import Routine

# The Routine itself, for views that start or delete it.
ROUTINE_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


def _ordered(routines: Sequence[Routine]) -> list[Routine]:
    return sorted(routines, key=lambda r: (r.name.casefold(), r.name))


class RoutinesModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._routines: list[Routine] = []

    # -- reading ------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._routines)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._routines):
            return None
        routine = self._routines[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return routine.name
        if role == ROUTINE_ROLE:
            return routine
        return None

    def routines(self) -> list[Routine]:
        return list(self._routines)

    def find(self, name: str) -> Routine | None:
        return next((r for r in self._routines if r.name == name), None)

    # -- changing -----------------------------------------------------------------

    def set_routines(self, routines: Sequence[Routine]) -> bool:
        """Show `routines`; returns whether anything changed."""
        ordered = _ordered(routines)
        if ordered == self._routines:
            return False
        self.beginResetModel()
        self._routines = ordered
        self.endResetModel()
        return True

    def put(self, routine: Routine) -> None:
        """Add `routine`, replacing one of the same name, in its place by name."""
        self.remove(routine.name)
        row = _ordered([*self._routines, routine]).index(routine)
        self.beginInsertRows(QModelIndex(), row, row)
        self._routines.insert(row, routine)
        self.endInsertRows()

    def remove(self, name: str) -> bool:
        """Forget the routine called `name`; returns whether there was one."""
        for row, routine in enumerate(self._routines):
            if routine.name == name:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._routines[row]
                self.endRemoveRows()
                return True
        return False
