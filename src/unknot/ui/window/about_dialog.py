"""Help ▸ About and Help ▸ Where is my data?

Both say where the person's files are and open that folder in the file manager:
a local folder handed to the desktop, never a web address. The About box also
repeats, in two sentences, that the app is a guide and not medical advice.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unknot import __version__
from unknot.core.translation import QT_TRANSLATE_NOOP, translate
from unknot.paths import HISTORY_FILE_NAME
from unknot.settings import SETTINGS_FILE
from unknot.ui.shared.assets import asset_path
from unknot.ui.shared.dialog_size import fit_height
from unknot.ui.shared.read_only_text import make_read_only

# Marked for the translation files, translated where shown.
SHORT_NOTE = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "Unknot is a guide for looking after yourself, not medical advice. When "
    "something worries you, ask a doctor or physiotherapist.",
)

STAYS_HERE = QT_TRANSLATE_NOOP(
    "AboutDialog", "Everything stays on this computer: Unknot sends nothing anywhere."
)


def open_folder(folder: Path) -> bool:
    """Show `folder` in the desktop's file manager. False when it does not exist
    yet or the desktop could not open it."""
    if not folder.is_dir():
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def data_html(data_dir: Path, config_dir: Path) -> str:
    # Here, not with the module: `html` brings its table of 2,000 entities, and
    # the window imports this module at start for `open_folder`.
    from html import escape

    def row(label: str, path: Path) -> str:
        return (
            f"<tr><td style='padding-right:12px'>{escape(label)}</td>"
            f"<td><tt>{escape(str(path))}</tt></td></tr>"
        )

    return (
        "<table cellspacing='0' cellpadding='2'>"
        + row(translate("AboutDialog", "Your history:"), data_dir / HISTORY_FILE_NAME)
        + row(translate("AboutDialog", "Your settings:"), config_dir / SETTINGS_FILE)
        + "</table>"
        + f"<p>{escape(translate('AboutDialog', STAYS_HERE))}</p>"
    )


class _DataDialog(QDialog):
    """Shared by both dialogs: the data section and the "Open data folder" button."""

    # The folder the button asked the desktop to open, and whether it could.
    folder_opened = Signal(str, bool)

    def __init__(self, data_dir: Path, config_dir: Path, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self.data_label = QLabel(data_html(data_dir, config_dir), self)
        self.data_label.setTextFormat(Qt.TextFormat.RichText)
        self.data_label.setWordWrap(True)
        self.data_label.setAccessibleName(translate("AboutDialog", "Where your data is"))
        make_read_only(self.data_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            translate("AboutDialog", "Close")
        )
        self.open_button = QPushButton(translate("AboutDialog", "&Open data folder"), self)
        self.open_button.setAccessibleName(translate("AboutDialog", "Open data folder"))
        self.open_button.clicked.connect(self.open_data_folder)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        # Said where no file manager opens the folder: what happened, and the
        # path to copy into one by hand.
        self.not_opened_label = make_read_only(QLabel(self))
        self.not_opened_label.setWordWrap(True)
        self.not_opened_label.setAccessibleName(translate("AboutDialog", "Folder not opened"))
        self.not_opened_label.hide()
        self.open_button.setEnabled(data_dir.is_dir())
        if not data_dir.is_dir():
            self.open_button.setToolTip(
                translate("AboutDialog", "The folder is made when the history is first saved.")
            )

    @Slot()
    def open_data_folder(self) -> None:
        opened = open_folder(self._data_dir)
        if not opened:
            self.not_opened_label.setText(
                translate(
                    "AboutDialog",
                    "No file manager opened the data folder. Its path, to copy: {path}",
                ).format(path=self._data_dir)
            )
            self.not_opened_label.show()
            fit_height(self, self.width())
        self.folder_opened.emit(str(self._data_dir), opened)


class AboutDialog(_DataDialog):
    def __init__(self, data_dir: Path, config_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(data_dir, config_dir, parent)
        self.setWindowTitle(translate("AboutDialog", "About Unknot"))
        self.setAccessibleName(translate("AboutDialog", "About Unknot"))
        self.setMinimumWidth(520)

        icon = QLabel(self)
        icon.setPixmap(QIcon(str(asset_path("icons/unknot.svg"))).pixmap(64, 64))
        icon.setAccessibleName(translate("AboutDialog", "Unknot icon"))
        title = QLabel(f"<b style='font-size:16pt'>Unknot</b>&nbsp;&nbsp;{__version__}", self)
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setAccessibleName(
            translate("AboutDialog", "Unknot version {version}").format(version=__version__)
        )
        what = QLabel(
            translate("AboutDialog", "A coach for self myofascial release at home."), self
        )
        what.setWordWrap(True)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(title)
        heading.addWidget(what)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        self.note = QLabel(translate("AboutDialog", SHORT_NOTE), self)
        self.note.setWordWrap(True)
        self.note.setAccessibleName(translate("AboutDialog", "Not medical advice"))
        licence = QLabel(
            translate(
                "AboutDialog",
                "Free software under the GNU General Public License, version 3 or later.",
            )
        )
        licence.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.data_label)
        layout.addWidget(self.not_opened_label)
        layout.addWidget(licence)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        fit_height(self)


class DataLocationDialog(_DataDialog):
    def __init__(self, data_dir: Path, config_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(data_dir, config_dir, parent)
        self.setWindowTitle(translate("AboutDialog", "Where is my data?"))
        self.setAccessibleName(translate("AboutDialog", "Where is my data?"))
        self.setMinimumWidth(520)
        backups = QLabel(
            translate(
                "AboutDialog",
                "Backups and exports go wherever you save them. A backup is the one file "
                "to keep if you move to another computer.",
            ),
            self,
        )
        backups.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.data_label)
        layout.addWidget(self.not_opened_label)
        layout.addWidget(backups)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        fit_height(self)
