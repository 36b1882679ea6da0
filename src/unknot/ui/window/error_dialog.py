"""What the person sees when something in Unknot fails unexpectedly.

An exception in a Qt slot does not stop the app; without a hook Python prints it
to a terminal nobody sees and the screen simply does not do what was asked. The
hook installed at start-up writes where it happened to the log (no message: see
unknot.diagnostics) and shows a plain dialog: what happened, that the history is
safe, what to do, a "Copy details" button for the traceback, and where the log
is. It never touches the history: every hold is already saved when it ends, and
the session on screen carries on.

The dialog is shown from the event loop, never from inside the hook: the hook
may run in the middle of a slot, or in another thread.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unknot.core.translation import QT_TRANSLATE_NOOP, translate
from unknot.diagnostics import full_details, outline
from unknot.ui.shared.dialog_size import fit_height
from unknot.ui.shared.read_only_text import make_read_only

# Marked for the translation files, translated where shown.
TITLE = QT_TRANSLATE_NOOP("ErrorDialog", "Something went wrong")
HEADING = QT_TRANSLATE_NOOP("ErrorDialog", "Something went wrong in Unknot.")
SAFE = QT_TRANSLATE_NOOP(
    "ErrorDialog",
    "Your history is safe: every hold was saved the moment it ended, and this did "
    "not change anything in it. You can close this message and carry on.",
)
WHAT_TO_DO = QT_TRANSLATE_NOOP(
    "ErrorDialog",
    "If it keeps happening, close Unknot and start it again. To help get it fixed, "
    "copy the details and send them with a few words about what you were doing. "
    "Read them first: they may quote something that was on the screen.",
)
COPY = QT_TRANSLATE_NOOP("ErrorDialog", "&Copy details")
COPIED = QT_TRANSLATE_NOOP("ErrorDialog", "Details copied")
NO_LOG = QT_TRANSLATE_NOOP(
    "ErrorDialog", "There is no log this time: the data folder could not take one."
)

_log = logging.getLogger("unknot.errors")


def log_text(log_file: Path | None) -> str:
    if log_file is None:
        return translate("ErrorDialog", NO_LOG)
    return translate(
        "ErrorDialog",
        "Unknot keeps a log of what it did, without your notes or ratings, in:\n{file}",
    ).format(file=log_file)


def repeat_text(times: int) -> str:
    return translate(
        "ErrorDialog", "It has happened %n time(s) since this message opened.", None, times
    )


class ErrorDialog(QDialog):
    """Says that something failed and hands over the details on request."""

    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._details = [details]
        self.setWindowTitle(translate("ErrorDialog", TITLE))
        self.setAccessibleName(translate("ErrorDialog", TITLE))
        self.setMinimumWidth(480)

        heading = QLabel(translate("ErrorDialog", HEADING), self)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        heading.setWordWrap(True)
        self.safe_label = QLabel(translate("ErrorDialog", SAFE), self)
        self.safe_label.setWordWrap(True)
        self.advice_label = QLabel(translate("ErrorDialog", WHAT_TO_DO), self)
        self.advice_label.setWordWrap(True)
        self.log_label = QLabel(log_text(log_file), self)
        self.log_label.setWordWrap(True)
        self.log_label.setAccessibleName(translate("ErrorDialog", "Where the log is"))
        make_read_only(self.log_label)
        self.repeat_label = QLabel("", self)
        self.repeat_label.setWordWrap(True)
        self.repeat_label.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(translate("ErrorDialog", "Close"))
        close.setDefault(True)
        self.copy_button = QPushButton(translate("ErrorDialog", COPY), self)
        self.copy_button.setAccessibleName(translate("ErrorDialog", "Copy details"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_details)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(self.safe_label)
        layout.addWidget(self.advice_label)
        layout.addWidget(self.log_label)
        layout.addWidget(self.repeat_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        fit_height(self, 560)
        # Enter or Escape closes it; the path stays selectable with Tab.
        close.setFocus()

    @property
    def details(self) -> str:
        """Every traceback since the dialog opened, oldest first."""
        return "\n".join(self._details)

    def add(self, details: str) -> None:
        """Another failure while the dialog is open: one dialog, counted."""
        self._details.append(details)
        self.repeat_label.setText(repeat_text(len(self._details)))
        self.repeat_label.show()
        fit_height(self, self.width())

    @Slot()
    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(translate("ErrorDialog", COPIED))
        self.copy_button.setAccessibleName(translate("ErrorDialog", COPIED))


class ExceptionHook(QObject):
    """sys.excepthook and threading.excepthook for the app: log, then show one
    ErrorDialog. `install` replaces both hooks; `uninstall` puts the old ones back."""

    # The full details of a failure; connected queued, so the dialog always opens
    # from the event loop of the GUI thread.
    failed = Signal(str)

    def __init__(
        self,
        log_file: Callable[[], Path | None],
        parent_window: Callable[[], QWidget | None] = QApplication.activeWindow,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._log_file = log_file
        self._parent_window = parent_window
        self._saved: tuple[object, object] | None = None
        self.dialog: ErrorDialog | None = None
        self.failed.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        if self._saved is None:
            self._saved = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        if self._saved is not None:
            sys.excepthook, threading.excepthook = self._saved  # type: ignore[assignment]
            self._saved = None

    def handle(
        self, kind: type[BaseException], error: BaseException, where: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, where)
            return
        self._report(kind, error, where, "")

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        error = args.exc_value if args.exc_value is not None else args.exc_type()
        name = args.thread.name if args.thread is not None else "a thread"
        self._report(args.exc_type, error, args.exc_traceback, f" in {name}")

    def _report(
        self,
        kind: type[BaseException],
        error: BaseException,
        where: TracebackType | None,
        place: str,
    ) -> None:
        _log.error("unexpected error%s:\n%s", place, outline(kind, error, where))
        details = full_details(kind, error, where)
        if sys.stderr is not None:
            # For whoever started Unknot from a terminal; nobody else sees this.
            sys.stderr.write(details)
        self.failed.emit(details)

    @Slot(str)
    def _show(self, details: str) -> None:
        try:
            if self.dialog is not None and self.dialog.isVisible():
                self.dialog.add(details)
                return
            dialog = ErrorDialog(details, self._log_file(), self._parent_window())
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(self._forget)
            self.dialog = dialog
            # A new window opens on top; it only needs the keyboard.
            dialog.show()
            dialog.activateWindow()
        except Exception as error:
            # Raising here would call the hook, which would try this again, forever.
            _log.error(
                "the error dialog failed:\n%s", outline(type(error), error, error.__traceback__)
            )

    @Slot()
    def _forget(self) -> None:
        self.dialog = None
