"""Today's plan as one list model: the spots in order, how tender each is, and
the areas to keep off.

The body map and the plan list are both views of this model: whatever edits the
plan (a click or a key on the map, a drag or Alt+Up/Down in the list, a rating,
a routine) edits the model, and each view follows its signals. Nothing else
holds the plan, so nothing has to be kept in step.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QDataStream,
    QIODevice,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from unknot.core.areas import DEFAULT_TOOLS, Tool, area
from unknot.core.formats import duration_text
from unknot.core.plans import (
    DEFAULT_HOLD_SECONDS,
    Plan,
    Selection,
    Spot,
    check_hold_seconds,
    focus_plan,
    order_by_position,
)
from unknot.core.records import check_tenderness
from unknot.core.translation import translate

# What a drag inside the plan list carries: the rows it moves.
PLAN_ROWS_MIME = "application/x-unknot-plan-rows"

_Index = QModelIndex | QPersistentModelIndex


class PlanRole(IntEnum):
    SPOT = Qt.ItemDataRole.UserRole
    NAME = Qt.ItemDataRole.UserRole + 1
    DETAIL = Qt.ItemDataRole.UserRole + 2
    NUMBER = Qt.ItemDataRole.UserRole + 3
    TENDERNESS = Qt.ItemDataRole.UserRole + 4
    TOOL = Qt.ItemDataRole.UserRole + 5
    HOLD_SECONDS = Qt.ItemDataRole.UserRole + 6
    AVOIDED = Qt.ItemDataRole.UserRole + 7


class PlanModel(QAbstractListModel):
    """One row per picked spot, in the order the session visits them.

    The order follows the body (fewest changes of position) until the person
    reorders the plan or loads a routine; from then on it is theirs, and a spot
    picked later joins at the end. Ratings are 0-10 or None (not rated).
    """

    # The areas to keep off changed (they are not rows, so no row signal says so).
    avoided_changed = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        hold_seconds: int = DEFAULT_HOLD_SECONDS,
        tools: Iterable[Tool] = DEFAULT_TOOLS,
    ) -> None:
        super().__init__(parent)
        self._spots: list[Spot] = []
        self._tenderness: dict[Spot, int | None] = {}
        self._avoided: frozenset[Spot] = frozenset()
        self._reordered = False
        self._hold_seconds = check_hold_seconds(hold_seconds)
        self._tools: frozenset[Tool] = frozenset(tools)

    # -- reading ------------------------------------------------------------------

    def spots(self) -> list[Spot]:
        return list(self._spots)

    def selections(self) -> list[Selection]:
        """The picked spots in the plan's order, with their ratings."""
        return [Selection(spot, self._tenderness[spot]) for spot in self._spots]

    def plan(self) -> Plan:
        return focus_plan(self.selections(), self._hold_seconds, self._tools)

    def contains(self, spot: Spot) -> bool:
        return spot in self._tenderness

    def tenderness(self, spot: Spot) -> int | None:
        return self._tenderness.get(spot)

    def row_of(self, spot: Spot) -> int:
        """The spot's row, or -1 when it is not in the plan."""
        return self._spots.index(spot) if spot in self._tenderness else -1

    def spot_at(self, row: int) -> Spot:
        return self._spots[row]

    def avoided(self) -> frozenset[Spot]:
        return self._avoided

    def hold_seconds(self) -> int:
        return self._hold_seconds

    def tools(self) -> frozenset[Tool]:
        return self._tools

    # -- editing ------------------------------------------------------------------

    def set_selected(self, spot: Spot, selected: bool) -> None:
        if selected == (spot in self._tenderness):
            return
        if selected:
            self._insert(spot, None)
        else:
            self._remove(spot)

    def set_tenderness(self, spot: Spot, tenderness: int | None) -> None:
        """Rate a spot (adding it if it was not in the plan); None clears the
        rating. Raises ValueError outside 0-10."""
        check_tenderness(tenderness)
        if spot not in self._tenderness:
            self._insert(spot, tenderness)
            return
        if self._tenderness[spot] == tenderness:
            return
        self._tenderness[spot] = tenderness
        index = self.index(self._spots.index(spot))
        self.dataChanged.emit(index, index)

    def set_selections(self, selections: Iterable[Selection]) -> None:
        """Make the plan these spots in this order (a routine, say): the order
        is then the person's."""
        wanted: dict[Spot, int | None] = {}
        for selection in selections:
            check_tenderness(selection.tenderness)
            wanted.setdefault(selection.spot, selection.tenderness)
        if wanted == self._tenderness and list(wanted) == self._spots:
            return
        self.beginResetModel()
        self._spots = list(wanted)
        self._tenderness = wanted
        self._reordered = bool(wanted)
        self.endResetModel()

    def clear(self) -> None:
        self.set_selections([])

    def move(self, row: int, target: int) -> bool:
        """Move one row so that it ends at row `target`; False when either is
        out of range or they are the same."""
        count = len(self._spots)
        if not (0 <= row < count and 0 <= target < count) or row == target:
            return False
        # Qt counts the destination before the move: one further when moving down.
        return self.moveRows(QModelIndex(), row, 1, QModelIndex(), target + (target > row))

    def set_avoided(self, spots: Iterable[Spot]) -> None:
        """The areas that should get no pressure today."""
        avoided = frozenset(spots)
        if avoided == self._avoided:
            return
        self._avoided = avoided
        self._all_rows_changed()
        self.avoided_changed.emit()

    def set_hold_seconds(self, seconds: int) -> None:
        """Raises ValueError for a hold the method does not allow."""
        self._hold_seconds = check_hold_seconds(seconds)
        self._all_rows_changed()

    def set_tools(self, tools: Iterable[Tool]) -> None:
        self._tools = frozenset(tools)
        self._all_rows_changed()

    def _insert(self, spot: Spot, tenderness: int | None) -> None:
        if self._reordered:
            row = len(self._spots)
        else:
            row = order_by_position([*self._spots, spot]).index(spot)
        self.beginInsertRows(QModelIndex(), row, row)
        self._spots.insert(row, spot)
        self._tenderness[spot] = tenderness
        self.endInsertRows()
        self._renumber(row + 1)

    def _remove(self, spot: Spot) -> None:
        row = self._spots.index(spot)
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._spots[row]
        del self._tenderness[spot]
        if not self._spots:
            # An empty plan starts over in the body's order.
            self._reordered = False
        self.endRemoveRows()
        self._renumber(row)

    def _renumber(self, first: int) -> None:
        # Each row's number (and so its spoken text) shows its place.
        if first < len(self._spots):
            self.dataChanged.emit(
                self.index(first),
                self.index(len(self._spots) - 1),
                [PlanRole.NUMBER, Qt.ItemDataRole.AccessibleTextRole],
            )

    def _all_rows_changed(self) -> None:
        if self._spots:
            self.dataChanged.emit(self.index(0), self.index(len(self._spots) - 1))

    # -- the list model -----------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._spots)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._spots):
            return None
        spot = self._spots[index.row()]
        number = index.row() + 1
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{spot.name}: {self._detail(spot)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # What a screen reader reads for the row: its place, too. (The
            # place stays out of the display text, which a row keeps while
            # rows come and go around it.)
            return f"{number}. {spot.name}: {self._detail(spot)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            worked = area(spot.area).with_tools(self._tools)
            return worked.instruction(worked.starting_tool)
        if role == PlanRole.SPOT:
            return spot
        if role == PlanRole.NAME:
            return spot.name
        if role == PlanRole.DETAIL:
            return self._detail(spot)
        if role == PlanRole.NUMBER:
            return number
        if role == PlanRole.TENDERNESS:
            return self._tenderness[spot]
        if role == PlanRole.TOOL:
            return self._tool(spot)
        if role == PlanRole.HOLD_SECONDS:
            return self._hold_seconds
        if role == PlanRole.AVOIDED:
            return spot in self._avoided
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        for role in PlanRole:
            names[int(role)] = QByteArray(role.name.lower().encode())
        return names

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            # Rows are dropped between rows, never onto one.
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def moveRows(
        self,
        source_parent: _Index,
        source_row: int,
        count: int,
        destination_parent: _Index,
        destination_child: int,
    ) -> bool:
        size = len(self._spots)
        if (
            source_parent.isValid()
            or destination_parent.isValid()
            or count < 1
            or source_row < 0
            or source_row + count > size
            or not 0 <= destination_child <= size
            or source_row <= destination_child <= source_row + count
        ):
            return False
        if not self.beginMoveRows(
            QModelIndex(), source_row, source_row + count - 1, QModelIndex(), destination_child
        ):
            return False
        moving = self._spots[source_row : source_row + count]
        rest = self._spots[:source_row] + self._spots[source_row + count :]
        at = destination_child if destination_child < source_row else destination_child - count
        self._spots = rest[:at] + moving + rest[at:]
        self._reordered = True
        self.endMoveRows()
        self._renumber(0)
        return True

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [PLAN_ROWS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        payload = QByteArray()
        stream = QDataStream(payload, QIODevice.OpenModeFlag.WriteOnly)
        rows = sorted({i.row() for i in indexes if i.isValid()})
        stream.writeInt32(len(rows))
        for row in rows:
            stream.writeInt32(row)
        mime = QMimeData()
        mime.setData(PLAN_ROWS_MIME, payload)
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        return (
            action == Qt.DropAction.MoveAction
            and data.hasFormat(PLAN_ROWS_MIME)
            and not parent.isValid()
        )

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        """Move the dragged rows to `row` (-1: the end). Rows are only ever
        moved, never copied: a plan has each spot once."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        stream = QDataStream(data.data(PLAN_ROWS_MIME), QIODevice.OpenModeFlag.ReadOnly)
        count = stream.readInt32()
        rows = [stream.readInt32() for _ in range(max(0, min(count, len(self._spots))))]
        if not rows or any(not 0 <= r < len(self._spots) for r in rows):
            return False
        target = len(self._spots) if row < 0 else min(row, len(self._spots))
        moving = [self._spots[r] for r in rows]
        # One move per row keeps each a plain, checkable moveRows.
        for spot in moving:
            source = self._spots.index(spot)
            if source != target and source + 1 != target:
                self.moveRows(QModelIndex(), source, 1, QModelIndex(), target)
            source = self._spots.index(spot)
            target = source + 1
        # The rows are moved already: the dragging view must not remove them.
        return False

    # -- the row's words ----------------------------------------------------------

    def _tool(self, spot: Spot) -> Tool:
        return area(spot.area).with_tools(self._tools).starting_tool

    def _detail(self, spot: Spot) -> str:
        rating = self._tenderness[spot]
        if rating is None:
            text = translate("PlanModel", "{tool} · hold {length} · not rated")
        else:
            text = translate("PlanModel", "{tool} · hold {length} · tenderness {rating}")
        return text.format(
            tool=self._tool(spot).label, length=duration_text(self._hold_seconds), rating=rating
        )
