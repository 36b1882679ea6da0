"""The notice that a file was kept aside, shown at every start until acknowledged.

When the history file could not be read, or a file beside it could not be used
(a damaged log, or one of another file), the store puts it aside under a name
that says so and never deletes it (see `unknot.store.kept_aside`). This dialog
says so in plain words: what happened, that nothing was deleted, where the kept
file is (with buttons to open its folder and to copy its path), and offers the
newest backup copy that reads back whole, restored with the usual merge through
the history service.

"Remind me next time" closes it and it comes back at the next start; "I have
read this" records the files as acknowledged. Restoring does not acknowledge:
the person may still want to look at the kept file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from unknot.core.translation import QT_TRANSLATE_NOOP, translate
from unknot.ui.history.data_actions import contents_text, report_text
from unknot.ui.shared.dates import day_label, time_of_day
from unknot.ui.shared.dialog_size import fit_height
from unknot.ui.window.about_dialog import open_folder

if TYPE_CHECKING:
    from unknot.store.daily_backups import VerifiedBackup
    from unknot.store.history import ImportReport
    from unknot.store.kept_aside import KeptAside

# Marked for the translation files, translated where shown.
NOTHING_DELETED = QT_TRANSLATE_NOOP(
    "KeptAsideNotice",
    "Nothing was deleted. The kept file stays where it is, exactly as it was found, "
    "until you remove it yourself.",
)
NOTHING_DELETED_MANY = QT_TRANSLATE_NOOP(
    "KeptAsideNotice",
    "Nothing was deleted. The kept files stay where they are, exactly as they were "
    "found, until you remove them yourself.",
)
# Wider than this, lines of text get too long to read comfortably.
MAX_WIDTH = 820
NO_BACKUP = QT_TRANSLATE_NOOP(
    "KeptAsideNotice",
    "There is no daily backup copy that reads back whole (Unknot makes one after each "
    "session), so there is none to offer. If you saved a backup file yourself, "
    "File ▸ Restore from file… adds it.",
)
RESTORE_NOTE = QT_TRANSLATE_NOOP(
    "KeptAsideNotice",
    "Restoring adds the sessions your history does not have; nothing in it is "
    "overwritten or deleted.",
)


@dataclass(frozen=True)
class KeptFile:
    """What the notice says about one kept-aside file."""

    name: str
    damaged: bool
    set_aside_at: datetime
    path: Path


def kept_files(found: Sequence[KeptAside]) -> list[KeptFile]:
    from unknot.store.kept_aside import Kind

    return [
        KeptFile(kept.name, kept.kind is Kind.DAMAGED, kept.set_aside_at, kept.path)
        for kept in found
    ]


def when_text(moment: datetime) -> str:
    return translate("KeptAsideNotice", "{day} at {time}").format(
        day=day_label(moment.date()), time=time_of_day(moment)
    )


def what_happened(kept: KeptFile) -> str:
    when = when_text(kept.set_aside_at)
    if kept.damaged:
        return translate(
            "KeptAsideNotice",
            "On {when} Unknot could not read your history file, so it put the file "
            "aside and started a new, empty history. Your earlier sessions are not "
            "shown until you restore a backup.",
        ).format(when=when)
    return translate(
        "KeptAsideNotice",
        "On {when} Unknot found a file beside your history that it could not use: a "
        "log that is damaged or that belongs to another file. It put that file aside "
        "and opened your history without it. If sessions from your last days are "
        "missing, they may be in that file: keep it, and restore a backup.",
    ).format(when=when)


def offer_text(offer: VerifiedBackup) -> str:
    made = translate(
        "KeptAsideNotice",
        "Your newest backup copy that reads back whole was made on {when} and holds {contents}.",
    ).format(when=when_text(offer.made_at), contents=contents_text(offer.history))
    return f"{made}\n\n{translate('KeptAsideNotice', RESTORE_NOTE)}"


class KeptAsideNotice(QDialog):
    """The notice for `files`, oldest first, offering `offer` (or saying there is
    none). `restore` merges the offer into the history and returns the report, or
    raises SaveError; `acknowledge` records the files' names (raises OSError)."""

    # The path a "Copy path" button put on the clipboard.
    path_copied = Signal(str)
    # The folder an "Open folder" button asked the desktop to open, and whether it could.
    folder_opened = Signal(str, bool)
    # After a restore that went through.
    restored = Signal(object)

    def __init__(
        self,
        files: Sequence[KeptFile],
        offer: VerifiedBackup | None,
        restore: Callable[[VerifiedBackup], ImportReport],
        acknowledge: Callable[[Sequence[str]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._files = list(files)
        self._offer = offer
        self._restore = restore
        self._acknowledge = acknowledge
        self.setWindowTitle(
            translate("KeptAsideNotice", "A file was kept aside")
            if len(files) == 1
            else translate("KeptAsideNotice", "Files were kept aside")
        )
        self.setMinimumWidth(560)
        self.setMaximumWidth(MAX_WIDTH)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        heading = QLabel(
            translate("KeptAsideNotice", "Unknot put a file aside")
            if len(files) == 1
            else translate("KeptAsideNotice", "Unknot put %n files aside", None, len(files)),
            self,
        )
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setAccessibleName(heading.text())
        layout.addWidget(heading)

        self.path_fields: list[QLineEdit] = []
        self.open_buttons: list[QPushButton] = []
        self.copy_buttons: list[QPushButton] = []
        files_box = QWidget(self)
        files_layout = QVBoxLayout(files_box)
        files_layout.setContentsMargins(0, 0, 0, 0)
        files_layout.setSpacing(12)
        for number, kept in enumerate(self._files, start=1):
            files_layout.addWidget(self._file_section(files_box, kept, number))
        files_layout.addStretch(1)
        if len(self._files) > 2:
            # Several at once (rare): they scroll rather than push the buttons off screen.
            scroll = QScrollArea(self)
            scroll.setWidget(files_box)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setMinimumHeight(260)
            layout.addWidget(scroll, 1)
        else:
            layout.addWidget(files_box)

        self.deleted_label = self._text(
            translate("KeptAsideNotice", NOTHING_DELETED)
            if len(files) == 1
            else translate("KeptAsideNotice", NOTHING_DELETED_MANY)
        )
        layout.addWidget(self.deleted_label)
        layout.addWidget(self._rule())

        self.offer_label = self._text(
            offer_text(offer) if offer is not None else translate("KeptAsideNotice", NO_BACKUP)
        )
        self.offer_label.setAccessibleName(translate("KeptAsideNotice", "The backup offered"))
        layout.addWidget(self.offer_label)
        self.restore_button = QPushButton(
            translate("KeptAsideNotice", "&Restore this backup"), self
        )
        self.restore_button.setAccessibleName(
            translate("KeptAsideNotice", "Restore the backup offered")
        )
        self.restore_button.setVisible(offer is not None)
        self.restore_button.clicked.connect(self.restore_offer)
        self.result_label = self._text("")
        self.result_label.setAccessibleName(translate("KeptAsideNotice", "What the restore did"))
        self.result_label.hide()
        restore_row = QHBoxLayout()
        restore_row.addWidget(self.restore_button)
        restore_row.addStretch(1)
        layout.addLayout(restore_row)
        layout.addWidget(self.result_label)
        layout.addStretch(1)

        self.later_button = QPushButton(translate("KeptAsideNotice", "Remind me &next time"), self)
        self.later_button.setAccessibleName(
            translate("KeptAsideNotice", "Close, and tell me again at the next start")
        )
        self.later_button.clicked.connect(self.reject)
        self.read_button = QPushButton(translate("KeptAsideNotice", "I have &read this"), self)
        self.read_button.setAccessibleName(
            translate("KeptAsideNotice", "I have read this; do not tell me again")
        )
        self.read_button.setDefault(True)
        self.read_button.clicked.connect(self.acknowledge_and_close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.read_button)
        layout.addLayout(buttons)
        fit_height(self, 680)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The answer, not the first path field: Enter reads as "I have read this".
        self.read_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def files(self) -> list[KeptFile]:
        return list(self._files)

    @property
    def offer(self) -> VerifiedBackup | None:
        return self._offer

    # -- actions ----------------------------------------------------------------

    @Slot()
    def restore_offer(self) -> ImportReport | None:
        """Merge the offered backup into the history and say what it added."""
        from unknot.ui.history.history_service import SaveError

        offer = self._offer
        if offer is None:
            return None
        try:
            report = self._restore(offer)
        except SaveError as error:
            self._show_result(
                translate(
                    "KeptAsideNotice", "Nothing was restored: {reason}\nYour history is unchanged."
                ).format(reason=error)
            )
            return None
        self.restore_button.setEnabled(False)
        self._show_result(
            translate("KeptAsideNotice", "Restored from {file}.").format(file=offer.path.name)
            + f"\n{report_text(report)}"
        )
        self.restored.emit(report)
        return report

    @Slot()
    def acknowledge_and_close(self) -> None:
        try:
            self._acknowledge([kept.name for kept in self._files])
        except OSError as error:
            # Stays open: closing would hide the only place this is said.
            reason = error.strerror or str(error)
            self._show_result(
                translate(
                    "KeptAsideNotice",
                    "Unknot could not note that you have read this ({reason}), so it will "
                    "tell you again at the next start.",
                ).format(reason=reason)
            )
            return
        self.accept()

    def copy_path(self, index: int) -> None:
        path = str(self._files[index].path)
        QGuiApplication.clipboard().setText(path)
        self.path_copied.emit(path)

    def open_folder_of(self, index: int) -> bool:
        folder = self._files[index].path.parent
        opened = open_folder(folder)
        self.folder_opened.emit(str(folder), opened)
        return opened

    # -- inside -----------------------------------------------------------------

    def _file_section(self, parent: QWidget, kept: KeptFile, number: int) -> QWidget:
        section = QWidget(parent)
        column = QVBoxLayout(section)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._text(what_happened(kept), section))
        column.addSpacing(4)
        where = QLabel(
            translate("KeptAsideNotice", "The kept file:")
            if kept.damaged
            else translate("KeptAsideNotice", "The file put aside:"),
            section,
        )
        column.addWidget(where)
        # A line edit, not a label: a long path without spaces scrolls there
        # instead of being cut off, and it can be selected by keyboard.
        field = QLineEdit(str(kept.path), section)
        field.setReadOnly(True)
        field.setCursorPosition(0)
        field.setAccessibleName(
            translate("KeptAsideNotice", "Path of kept file {number}").format(number=number)
        )
        where.setBuddy(field)
        self.path_fields.append(field)
        column.addWidget(field)
        row = QHBoxLayout()
        open_button = QPushButton(
            translate("KeptAsideNotice", "&Open its folder")
            if number == 1
            else translate("KeptAsideNotice", "Open its folder"),
            section,
        )
        open_button.setAccessibleName(
            translate("KeptAsideNotice", "Open the folder of kept file {number}").format(
                number=number
            )
        )
        open_button.clicked.connect(lambda _checked=False, i=number - 1: self.open_folder_of(i))
        copy_button = QPushButton(
            translate("KeptAsideNotice", "&Copy the path")
            if number == 1
            else translate("KeptAsideNotice", "Copy the path"),
            section,
        )
        copy_button.setAccessibleName(
            translate("KeptAsideNotice", "Copy the path of kept file {number}").format(
                number=number
            )
        )
        copy_button.clicked.connect(lambda _checked=False, i=number - 1: self.copy_path(i))
        self.open_buttons.append(open_button)
        self.copy_buttons.append(copy_button)
        row.addWidget(open_button)
        row.addWidget(copy_button)
        row.addStretch(1)
        column.addLayout(row)
        return section

    def _text(self, text: str, parent: QWidget | None = None) -> QLabel:
        label = QLabel(text, parent or self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _rule(self) -> QFrame:
        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        return rule

    def _show_result(self, text: str) -> None:
        self.result_label.setText(text)
        self.result_label.show()
        fit_height(self, max(self.width(), 680))


def find_notice_content(
    data_dir: Path,
) -> tuple[list[KeptFile], VerifiedBackup | None]:
    """The kept-aside files not yet acknowledged in `data_dir`, oldest first, and
    the backup to offer: the newest that reads back whole, made before the newest
    of those files was put aside if there is one. No files, no offer."""
    from unknot.store.daily_backups import newest_verified_backup
    from unknot.store.kept_aside import not_acknowledged

    found = not_acknowledged(data_dir)
    if not found:
        return [], None
    return kept_files(found), newest_verified_backup(data_dir, before=found[-1].set_aside_at)


def acknowledger(data_dir: Path) -> Callable[[Sequence[str]], None]:
    def acknowledge(names: Sequence[str]) -> None:
        from unknot.store.kept_aside import acknowledge as record

        record(data_dir, names)

    return acknowledge
