"""Text a person reads and may copy, but never types into.

A label selectable by keyboard draws a blinking text cursor once it has the
focus, which says "type here" where nothing can be typed. These labels are
selectable with the mouse (to copy a path), still take the keyboard focus, so
Tab reaches them and a screen reader reads them, and show no cursor.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

READ_ONLY_FLAGS = (
    Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
)


def make_read_only(label: QLabel) -> QLabel:
    """Set `label` up as read-only text (see the module) and hand it back."""
    label.setTextInteractionFlags(READ_ONLY_FLAGS)
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return label
