"""The person's own cue for one position, shown and edited in one line.

Used on the session's tool card and beside each position in the technique
guide. It reads and writes through a `CueSource` (the history service): the
rules for the text live in `unknot.core.cues`, and a refused text is shown
under the editor in the words the service gives.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unknot.core.areas import AREAS, AreaId, Tool
from unknot.core.history_change import HistoryChange
from unknot.core.translation import in_sentence, translate
from unknot.ui.shared.breakable import breakable


class CueSource(Protocol):
    """Where cues are kept: `ui.history.history_service.HistoryService`."""

    def cue(self, area: AreaId, tool: Tool) -> str | None: ...

    def set_cue(self, area: AreaId, tool: Tool, text: str | None) -> HistoryChange: ...


class CueLine(QWidget):
    """The cue (when there is one) and a "Your cue…" button that opens a
    one-line editor: Enter or Save keeps it, Escape or Cancel leaves it as it
    was, Remove deletes it. Hidden entirely until a source is set."""

    # After a save or a removal; the text now kept (None: no cue).
    saved = Signal(object)
    # Its height may have changed (the editor opened or closed, a problem shown).
    reshaped = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        scale: float = 1.0,
        button_host: QWidget | None = None,
    ) -> None:
        """`button_host`: a widget that places `edit_button` itself (the tool
        card puts it beside the tool's icon, where it costs no height); by
        default it stands beside the cue."""
        super().__init__(parent)
        self._button_outside = button_host is not None
        self._source: CueSource | None = None
        self._area: AreaId | None = None
        self._tool: Tool | None = None
        self._text: str | None = None

        self.text_label = QLabel(self)
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.font())
        if scale != 1.0 and font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * scale)
        font.setItalic(True)
        self.text_label.setFont(font)
        self.edit_button = QPushButton(
            translate("CueLine", "Your cue…"), button_host if button_host is not None else self
        )
        self.edit_button.clicked.connect(self.open_editor)

        self.editor = QLineEdit(self)
        # No maxLength: a line edit cuts what is typed or pasted beyond it
        # without a word; a cue too long is refused on saving, saying so
        # (`core.cues.clean_cue`), and the text stays to be shortened.
        self.editor.setPlaceholderText(translate("CueLine", "For example: lean a bit to the left"))
        self.editor.returnPressed.connect(self.save)
        self.save_button = QPushButton(translate("CueLine", "Save"), self)
        self.save_button.clicked.connect(self.save)
        self.remove_button = QPushButton(translate("CueLine", "Remove"), self)
        self.remove_button.setAccessibleName(translate("CueLine", "Remove your cue"))
        self.remove_button.clicked.connect(self.remove)
        self.cancel_button = QPushButton(translate("CueLine", "Cancel"), self)
        self.cancel_button.setAccessibleName(translate("CueLine", "Close the cue editor unchanged"))
        self.cancel_button.clicked.connect(self.close_editor)
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setObjectName("cueProblem")
        self.problem_label.hide()

        shown = QHBoxLayout()
        shown.setContentsMargins(0, 0, 0, 0)
        shown.setSpacing(10)
        shown.addWidget(self.text_label, 1)
        # Its own width, not the line's: beside the cue, or alone at the left.
        if not self._button_outside:
            shown.addWidget(
                self.edit_button, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
            )
        self._editing = QWidget(self)
        editing = QHBoxLayout(self._editing)
        editing.setContentsMargins(0, 0, 0, 0)
        editing.setSpacing(6)
        editing.addWidget(self.editor, 1)
        for button in (self.save_button, self.remove_button, self.cancel_button):
            editing.addWidget(button)
        self._editing.hide()
        # Enter presses a focused button: in a session Space is the pause key.
        for button in (self.edit_button, self.save_button, self.remove_button, self.cancel_button):
            button.setAutoDefault(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addLayout(shown)
        column.addWidget(self._editing)
        column.addWidget(self.problem_label)
        self._show_parts(False)

    # -- what it shows ---------------------------------------------------------

    @property
    def text(self) -> str | None:
        """The cue shown now (None: no cue)."""
        return self._text

    @property
    def editing(self) -> bool:
        return not self._editing.isHidden()

    def set_source(self, source: CueSource | None) -> None:
        """Where cues are read and saved; a source with a `changed` signal (the
        history service) also brings in cues changed elsewhere."""
        self._source = source
        changed = getattr(source, "changed", None)
        if changed is not None:
            changed.connect(self._on_changed)
        self.refresh()

    def show_position(self, area: AreaId, tool: Tool) -> None:
        """Show the cue for `tool` on `area`; an open editor closes unchanged."""
        if (area, tool) != (self._area, self._tool):
            self._area, self._tool = area, tool
            self.close_editor()
        self.refresh()

    def refresh(self) -> None:
        source, area, tool = self._source, self._area, self._tool
        if source is None or area is None or tool is None:
            self._show_parts(False)
            self._reshaped()
            return
        self._text = source.cue(area, tool)
        position = self._position_name()
        if self._text is None:
            self.text_label.hide()
            self.edit_button.setText(translate("CueLine", "Your cue…"))
            self.edit_button.setAccessibleName(
                translate("CueLine", "Add your own cue for {position}").format(position=position)
            )
        else:
            shown = translate("CueLine", "Your cue: {cue}").format(cue=self._text)
            # Wraps anywhere: a long run with no space must not widen the page.
            self.text_label.setText(breakable(shown))
            self.text_label.setAccessibleName(shown)
            self.text_label.show()
            self.edit_button.setText(translate("CueLine", "Edit cue…"))
            self.edit_button.setAccessibleName(
                translate("CueLine", "Edit your own cue for {position}").format(position=position)
            )
        self.editor.setAccessibleName(
            translate("CueLine", "Your cue for {position}").format(position=position)
        )
        self.remove_button.setEnabled(self._text is not None)
        self._show_parts(True)
        self._reshaped()

    def _show_parts(self, available: bool) -> None:
        # With the button elsewhere, this line shows only what there is to show:
        # a cue, the editor or a problem; no empty row.
        editing = not self._editing.isHidden()
        self.edit_button.setVisible(available and not editing)
        if self._button_outside:
            problem = not self.problem_label.isHidden()
            self.setVisible(available and (self._text is not None or editing or problem))
        else:
            self.setVisible(available)

    def _reshaped(self) -> None:
        self.updateGeometry()
        self.reshaped.emit()

    def least_height(self, width: int) -> int:
        """The height this needs at `width` pixels with every line in full: a
        wrapped label does not pass its height up through nested layouts."""
        if self.isHidden():
            return 0
        button = self.edit_button.sizeHint()
        inside = not self._button_outside and not self.edit_button.isHidden()
        height = button.height() if inside else 0
        if not self.text_label.isHidden():
            beside = button.width() + 10 if inside else 0
            height = max(height, self.text_label.heightForWidth(max(1, width - beside)))
        if self.editing:
            height += 4 + self._editing.sizeHint().height()
        if not self.problem_label.isHidden():
            height += 4 + self.problem_label.heightForWidth(max(1, width))
        return height

    # -- editing ---------------------------------------------------------------

    def open_editor(self) -> None:
        self.editor.setText(self._text or "")
        self.problem_label.hide()
        self._editing.show()
        self._show_parts(True)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editor.selectAll()
        self._reshaped()

    def close_editor(self) -> None:
        had_focus = self._editing.isAncestorOf(self.focusWidget()) if self.focusWidget() else False
        self._editing.hide()
        self.problem_label.hide()
        self._show_parts(self._source is not None and self._area is not None)
        if had_focus:
            self.edit_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._reshaped()

    def save(self) -> None:
        self._keep(self.editor.text())

    def remove(self) -> None:
        self._keep(None)

    def _keep(self, text: str | None) -> None:
        from unknot.ui.history.history_service import SaveError

        source, area, tool = self._source, self._area, self._tool
        if source is None or area is None or tool is None:
            return
        try:
            source.set_cue(area, tool, text)
        except SaveError as error:
            self.problem_label.setText(str(error))
            self.problem_label.show()
            self._show_parts(True)
            self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
            self._reshaped()
            return
        self.refresh()
        self.close_editor()
        self.saved.emit(self._text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape closes the editor here rather than leaving the page.
        if event.key() == Qt.Key.Key_Escape and self.editing:
            self.close_editor()
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_changed(self, change: object) -> None:
        if isinstance(change, HistoryChange) and change.touches_cues and not self.editing:
            self.refresh()

    def _position_name(self) -> str:
        assert self._area is not None and self._tool is not None
        return translate("CueLine", "the {tool} on the {area}").format(
            tool=in_sentence(self._tool.label),
            area=in_sentence(translate("Areas", AREAS[self._area].name)),
        )
