"""A row of buttons that breaks into more rows when the window is too narrow.

Six session buttons in a row fit 1200 px at the usual text size; at 900 px and
150 % text they would be cut at both ends ("ed more pressure"). This row puts
its visible widgets in as many equal columns as their widest one allows and
starts another row for the rest, and tells its layout the height that takes
(as its fixed height), so the page makes room instead of squeezing the words.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QWidget


class ReflowRow(QWidget):
    def __init__(
        self, parent: QWidget | None = None, *, spacing: int = 10, equal: bool = False
    ) -> None:
        """`equal`: in one row too, equal widths (tiles) rather than each as
        wide as its words ask (buttons)."""
        super().__init__(parent)
        self._equal = equal
        self._items: list[QWidget] = []
        self._columns = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(spacing)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def add(self, widget: QWidget) -> None:
        widget.setParent(self)
        self._items.append(widget)
        self.regrid()

    def _shown(self) -> list[QWidget]:
        return [item for item in self._items if not item.isHidden()]

    def _cell_width(self) -> int:
        return max((item.sizeHint().width() for item in self._shown()), default=0)

    def columns_for(self, width: int) -> int:
        """All the shown widgets in one row where their own widths fit `width`;
        otherwise as many columns of the widest one as fit."""
        items = self._shown()
        shown = len(items)
        if shown == 0:
            return 1
        gap = self._grid.spacing()
        if sum(item.sizeHint().width() for item in items) + gap * (shown - 1) <= width:
            return shown
        cell = self._cell_width()
        fit = max(1, (width + gap) // max(1, cell + gap))
        return min(shown, fit)

    def _row_height(self) -> int:
        return max(
            (item.sizeHint().expandedTo(item.minimumSize()).height() for item in self._shown()),
            default=0,
        )

    def height_for(self, width: int) -> int:
        shown = len(self._shown())
        if shown == 0:
            return 0
        rows = math.ceil(shown / self.columns_for(width))
        return rows * self._row_height() + (rows - 1) * self._grid.spacing()

    def sizeHint(self) -> QSize:
        shown = len(self._shown())
        gap = self._grid.spacing()
        width = shown * self._cell_width() + max(0, shown - 1) * gap
        return QSize(width, self.height_for(self.width() or width))

    def minimumSizeHint(self) -> QSize:
        return QSize(self._cell_width(), self.height_for(self.width() or self._cell_width()))

    def regrid(self) -> None:
        """Lay the shown widgets out again for the width the row has now; call
        after showing or hiding one."""
        # Not yet laid out (a child's first width is a made-up 100 px): one row
        # for now, or the many rows of that width would make the window taller
        # than the screen before it is even shown; resizeEvent regrids.
        laid_out = self.isVisible() and self.width() > 0
        width = self.width() if laid_out else self.sizeHint().width()
        columns = self.columns_for(width)
        for item in self._items:
            self._grid.removeWidget(item)
        for index, item in enumerate(self._shown()):
            self._grid.addWidget(item, index // columns, index % columns)
        shown = self._shown()
        one_row = columns == len(shown)
        for column in range(max(columns, self._columns, len(self._items))):
            # One row: each as wide as its words ask, the rest shared out;
            # more rows: equal columns, so the buttons line up.
            stretch = 0
            if column < columns:
                stretch = shown[column].sizeHint().width() if one_row and not self._equal else 1
            self._grid.setColumnStretch(column, stretch)
        self._columns = columns
        # The height the rows take at this width; set as a fixed height, which
        # every layout honours (height-for-width is not passed up reliably).
        self.setFixedHeight(self.height_for(width))
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.columns_for(self.width()) != self._columns:
            self.regrid()
