"""Sizing dialogs that hold wrapped text.

Qt sizes a new top-level window from its size hint, which for word-wrapped
labels assumes a narrow, tall shape; the dialog then opens with a band of empty
space or with lines cut off. Asking the layout for the height at the width the
dialog really has gives the right size.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QDialog, QWidget


def fit_height(dialog: QDialog, width: int | None = None) -> None:
    """Resize `dialog` to `width` (default: its minimum width, or its hint) and
    exactly the height its content needs there."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    target = width or max(dialog.minimumWidth(), dialog.sizeHint().width())
    height = layout.totalHeightForWidth(target) if layout.hasHeightForWidth() else -1
    if height <= 0:
        height = dialog.sizeHint().height()
    dialog.resize(target, max(height, dialog.minimumSizeHint().height()))


def centre_on(dialog: QWidget, window: QWidget) -> None:
    """Put `dialog` in the middle of `window` (window managers differ in where
    they put a new dialog), kept on the screen the window is on."""
    if not dialog.testAttribute(Qt.WidgetAttribute.WA_Resized):
        dialog.adjustSize()
    place = QRect(QPoint(0, 0), dialog.size())
    place.moveCenter(window.geometry().center())
    screen = window.screen()
    if screen is not None:
        room = screen.availableGeometry()
        place.moveLeft(max(room.left(), min(place.left(), room.right() + 1 - place.width())))
        place.moveTop(max(room.top(), min(place.top(), room.bottom() + 1 - place.height())))
    dialog.move(place.topLeft())
