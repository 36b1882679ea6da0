"""The row at the top of the window that switches between the body map and the
progress view, like tabs; View > Body map (Ctrl+1) and View > Progress (Ctrl+2)
do the same from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QToolBar, QToolButton, QWidget

from unknot.core.translation import translate


class PageBar(QToolBar):
    home_requested = Signal()
    progress_requested = Signal()

    HOME = "home"
    PROGRESS = "progress"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("PageBar", "Pages"), parent)
        self.setObjectName("pageBar")
        self.setAccessibleName(translate("PageBar", "Pages"))
        self.setMovable(False)
        self.setFloatable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toggleViewAction().setEnabled(False)
        group = QActionGroup(self)
        # During a session neither page is shown, so neither stays checked.
        group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        self.home_action = self._page(
            translate("PageBar", "Body map"),
            translate("PageBar", "Show the body map and today's plan"),
            group,
        )
        self.progress_action = self._page(
            translate("PageBar", "Progress"),
            translate("PageBar", "Show your streaks and progress"),
            group,
        )
        self.home_action.triggered.connect(self.home_requested)
        self.progress_action.triggered.connect(self.progress_requested)
        self.show_page(self.HOME)

    def _page(self, text: str, tip: str, group: QActionGroup) -> QAction:
        action = QAction(text, self)
        action.setCheckable(True)
        action.setToolTip(tip)
        group.addAction(action)
        self.addAction(action)
        button = self.widgetForAction(action)
        if isinstance(button, QToolButton):
            # Reachable with Tab like any other control.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setAccessibleName(text)
            button.setAccessibleDescription(tip)
        return action

    def show_page(self, page: str | None) -> None:
        """Check the button of the page on show (None: neither, as in a session)."""
        self.home_action.setChecked(page == self.HOME)
        self.progress_action.setChecked(page == self.PROGRESS)
