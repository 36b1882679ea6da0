"""Style sheets that follow the desktop's palette while the app runs.

A widget with a style sheet is polished once, with the palette of that moment:
`palette(highlight)` in the sheet, and the palettes the sheet's style gives the
widget and its children, stay as they were when the desktop later switches
between light and dark (the tenderness buttons kept white faces in a dark
window). Such widgets no longer hear of a new application palette themselves,
so one watcher on the application applies every sheet set through `set_sheet`
again after each change of the application's palette.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

# A fixed sheet, or one made from the palette in force.
Sheet = str | Callable[[QPalette], str]


class _SheetWatcher(QObject):
    """Watches the application for a new palette; re-styles the registered
    widgets once the change has gone round (a burst of changes, once)."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._widgets: weakref.WeakKeyDictionary[QWidget, Sheet] = weakref.WeakKeyDictionary()
        self._due = False
        app.installEventFilter(self)

    def add(self, widget: QWidget, sheet: Sheet) -> None:
        self._widgets[widget] = sheet

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.parent()
            and event.type() == QEvent.Type.ApplicationPaletteChange
            and not self._due
        ):
            self._due = True
            QTimer.singleShot(0, self.apply_again)
        return False

    def apply_again(self) -> None:
        self._due = False
        for widget, sheet in list(self._widgets.items()):
            if shiboken6.isValid(widget):
                _restyle(widget, sheet)


def _text(sheet: Sheet, widget: QWidget) -> str:
    return sheet if isinstance(sheet, str) else sheet(QApplication.palette(widget))


def _restyle(widget: QWidget, sheet: Sheet) -> None:
    widget.setStyleSheet("")
    # The sheet's style gave the widget and its children palettes of their
    # own, which a new application palette does not replace: let them inherit
    # again, then style them afresh.
    for each in (widget, *widget.findChildren(QWidget)):
        each.setPalette(QPalette())
    widget.setStyleSheet(_text(sheet, widget))


_watcher: _SheetWatcher | None = None


def set_sheet(widget: QWidget, sheet: Sheet) -> None:
    """Give `widget` the style sheet `sheet` (or the one it makes from the
    application's palette), kept in step with the palette."""
    global _watcher
    app = QCoreApplication.instance()
    if app is not None and (_watcher is None or not shiboken6.isValid(_watcher)):
        _watcher = _SheetWatcher(app)
    if _watcher is not None:
        _watcher.add(widget, sheet)
    widget.setStyleSheet(_text(sheet, widget))
