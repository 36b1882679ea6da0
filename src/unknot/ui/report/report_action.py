"""File ▸ Report for a physiotherapist…: choose the period, choose where, and
the PDF is written there (only there, readable by the person only).

The history comes from the window's one read model (from memory when it holds
the full records, else read now); the settings give the week, the goal and the
safety check's answers. The dialogs are replaceable (`choose_period`,
`choose_save`, `tell`) so tests drive it without a person.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from unknot.core.report import DEFAULT_REPORT_DAYS, PeriodProblem, period_problem
from unknot.core.streaks import StreakSettings
from unknot.core.translation import QT_TRANSLATE_NOOP, translate
from unknot.settings import Settings
from unknot.ui.history.practice_log_model import PracticeLogModel
from unknot.ui.shared.dialog_size import fit_height

# The period offered at first: about three months up to today.
DEFAULT_DAYS = DEFAULT_REPORT_DAYS


@dataclass(frozen=True)
class Told:
    title: str
    text: str
    problem: bool = False


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


# Characters no file name may hold on Linux, Windows or macOS, and the
# controls: each becomes a hyphen.
_NOT_IN_NAMES = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')


def report_file_name(first: date, last: date) -> str:
    """The name offered for the report of `first`..`last`, in the person's
    language ("unknot-report-2026-02-01-2026-03-11.pdf", "unknot-bericht-...")
    and safe as a file name everywhere: no separators, reserved characters,
    controls, leading dots or spaces; English where a translation leaves
    nothing."""
    stem = translate(
        "ReportAction",
        "unknot-report-{first}-{last}",
        "The report's file name, without .pdf: lower case, hyphens, no spaces",
    ).format(first=first.isoformat(), last=last.isoformat())
    stem = _NOT_IN_NAMES.sub("-", stem).strip(" .")
    if not stem:
        stem = f"unknot-report-{first.isoformat()}-{last.isoformat()}"
    return f"{stem}.pdf"


def period_text(problem: PeriodProblem, first: date, last: date, today: date) -> str:
    """What is wrong with the days chosen, and what to type instead, in one line."""
    if problem is PeriodProblem.LAST_AFTER_TODAY:
        text = translate(
            "ReportAction",
            "The last day, {last}, is after today: a report covers days up to today. "
            "Type {today} or an earlier day, as YYYY-MM-DD.",
        )
    elif problem is PeriodProblem.FIRST_AFTER_TODAY:
        text = translate(
            "ReportAction",
            "The first day, {first}, is after today: a report covers days up to today. "
            "Type {today} or an earlier day, as YYYY-MM-DD.",
        )
    else:
        text = translate(
            "ReportAction",
            "The first day, {first}, is after the last day, {last}. Type a first day on "
            "or before {last}, as YYYY-MM-DD.",
        )
    return text.format(first=first.isoformat(), last=last.isoformat(), today=today.isoformat())


_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def typed_day(text: str) -> date | None:
    """The day `text` names when it is a real date written YYYY-MM-DD (spaces
    around allowed), else None: "2026-02-30" and "2026-2-3" name no day, and are
    never turned into a near one."""
    text = text.strip()
    if not _ISO_DAY.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


class DayField(QWidget):
    """A day typed as YYYY-MM-DD, exactly as typed, with a calendar to pick one.

    Unlike QDateEdit, which turns an impossible day into a near one (2026-02-30
    became 2026-02-03), the text is never changed: `day()` is None until it
    names a real day, and the dialog says so.
    """

    changed = Signal()

    def __init__(
        self, day: date, name: str, calendar_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.line_edit = QLineEdit(day.isoformat(), self)
        self.line_edit.setAccessibleName(name)
        self.line_edit.setPlaceholderText(translate("ReportAction", "YYYY-MM-DD"))
        self.line_edit.textChanged.connect(self.changed)
        row.addWidget(self.line_edit, 1)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setAccessibleName(translate("ReportAction", "Calendar"))
        self.calendar.activated.connect(self._picked)
        self.calendar.clicked.connect(self._picked)
        self._menu = QMenu(self)
        shown = QWidgetAction(self._menu)
        shown.setDefaultWidget(self.calendar)
        self._menu.addAction(shown)
        self._menu.aboutToShow.connect(self._show_typed_day)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("\u2026")
        self.calendar_button.setAccessibleName(calendar_name)
        self.calendar_button.setToolTip(calendar_name)
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar_button.setMenu(self._menu)
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        row.addWidget(self.calendar_button)
        self.setFocusProxy(self.line_edit)

    def text(self) -> str:
        return self.line_edit.text()

    def day(self) -> date | None:
        return typed_day(self.line_edit.text())

    def set_day(self, day: date) -> None:
        self.line_edit.setText(day.isoformat())

    def _show_typed_day(self) -> None:
        day = self.day()
        if day is not None:
            self.calendar.setSelectedDate(_qdate(day))

    def _picked(self, day: QDate) -> None:
        self.set_day(_pydate(day))
        self._menu.close()


def typing_problem(first_text: str, last_text: str) -> str:
    """What is wrong with the days as typed, when one names no real day ("" when
    both do)."""
    for text, empty, wrong in (
        (
            first_text,
            QT_TRANSLATE_NOOP("ReportAction", "Type the first day, as YYYY-MM-DD."),
            QT_TRANSLATE_NOOP(
                "ReportAction",
                "The first day, \u201c{typed}\u201d, is not a day of the calendar. Type it as "
                "YYYY-MM-DD, such as 2026-03-01.",
            ),
        ),
        (
            last_text,
            QT_TRANSLATE_NOOP("ReportAction", "Type the last day, as YYYY-MM-DD."),
            QT_TRANSLATE_NOOP(
                "ReportAction",
                "The last day, \u201c{typed}\u201d, is not a day of the calendar. Type it as "
                "YYYY-MM-DD, such as 2026-03-31.",
            ),
        ),
    ):
        if typed_day(text) is None:
            if not text.strip():
                return translate("ReportAction", empty)
            shown = text.strip()
            shown = shown if len(shown) <= 24 else shown[:23] + "\u2026"
            return translate("ReportAction", wrong).format(typed=shown)
    return ""


class PeriodDialog(QDialog):
    """Asks for the first and last day of the report."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.setWindowTitle(translate("ReportAction", "Report for a physiotherapist"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "ReportAction",
                "A few pages to take to a physiotherapist or doctor: how often you "
                "practised, the spots and tools, how tender each spot was, sessions stopped "
                "for pain, your notes and your safety check answers.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.intro = intro
        layout.addWidget(intro)
        form = QFormLayout()
        # Typed as `unknot report` takes the days and never changed: a wrong one
        # is told in words below.
        self.first = DayField(
            today - timedelta(days=DEFAULT_DAYS - 1),
            translate("ReportAction", "First day of the report, as YYYY-MM-DD"),
            translate("ReportAction", "Pick the first day on a calendar"),
            self,
        )
        self.last = DayField(
            today,
            translate("ReportAction", "Last day of the report, as YYYY-MM-DD"),
            translate("ReportAction", "Pick the last day on a calendar"),
            self,
        )
        first_label = QLabel(translate("ReportAction", "&From (YYYY-MM-DD):"), self)
        first_label.setBuddy(self.first.line_edit)
        last_label = QLabel(translate("ReportAction", "&To (YYYY-MM-DD):"), self)
        last_label.setBuddy(self.last.line_edit)
        form.addRow(first_label, self.first)
        form.addRow(last_label, self.last)
        layout.addLayout(form)
        self.problem = QLabel("", self)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(translate("ReportAction", "What is wrong with the days"))
        self.problem.hide()
        layout.addWidget(self.problem)
        # Room for what is wrong with the days in two or three lines, not a column.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        self.ok = ok
        self.ok.setText(translate("ReportAction", "&Choose where to save…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.first.changed.connect(self._check)
        self.last.changed.connect(self._check)
        self._check()

    def period(self) -> tuple[date, date] | None:
        """The days as typed, or None while either names no real day."""
        first, last = self.first.day(), self.last.day()
        return None if first is None or last is None else (first, last)

    def problem_text(self) -> str:
        """What is wrong with the days as they stand ("" when nothing)."""
        period = self.period()
        if period is None:
            return typing_problem(self.first.text(), self.last.text())
        first, last = period
        problem = period_problem(first, last, self._today)
        return "" if problem is None else period_text(problem, first, last, self._today)

    def _check(self) -> None:
        text = self.problem_text()
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.problem.setAccessibleDescription(text)
        self.ok.setEnabled(not text)
        if self.isVisible():
            # Grown (or shrunk back) to what it holds now: the lines of what is
            # wrong took their room from the words above them.
            fit_height(self, self.width())

    def accept(self) -> None:
        if not self.problem_text():
            super().accept()


class ReportAction(QObject):
    # The report's path once written, None when not.
    written = Signal(object)

    def __init__(
        self,
        window: QWidget,
        settings: Callable[[], Settings],
        streak_settings: Callable[[], StreakSettings],
        today: Callable[[], date],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._streak_settings = streak_settings
        self._today = today
        self._model: PracticeLogModel | None = None
        self.folder = Path.home()
        self.choose_period: Callable[[date], tuple[date, date] | None] = self._ask_period
        self.choose_save: Callable[[Path], Path | None] = self._ask_save
        self.tell: Callable[[Told], None] = self._show

    def attach(self, model: PracticeLogModel) -> None:
        self._model = model

    def run(self) -> Path | None:
        """Ask for the period and the file, then write the report there."""
        model = self._model
        if model is None:
            self.tell(
                Told(
                    translate("ReportAction", "One moment"),
                    translate(
                        "ReportAction", "Your history is still opening; try again in a moment."
                    ),
                )
            )
            return None
        today = self._today()
        period = self.choose_period(today)
        if period is None:
            return None
        first, last = period
        problem = period_problem(first, last, today)
        if problem is not None:
            self.tell(
                Told(
                    translate("ReportAction", "Not made"),
                    period_text(problem, first, last, today),
                    True,
                )
            )
            return None
        suggested = self.folder / report_file_name(first, last)
        path = self.choose_save(suggested)
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(f"{path.name}.pdf")
        settings = self._settings()
        rules = self._streak_settings()
        # The report's figures and its drawing are loaded when a report is
        # made, not with the window's menu.
        from unknot.core.report import report_for
        from unknot.ui.report.report_pdf import write_report

        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            held = model.whole_history()
            data = report_for(
                held.sessions,
                held.rest_days,
                first,
                last,
                today=today,
                rules=rules,
                safety=settings,
            )
            write_report(path, data, made_on=today)
        except Exception as error:  # a read or a write that failed: said in words
            QApplication.restoreOverrideCursor()
            reason = (error.strerror if isinstance(error, OSError) else None) or str(error)
            self.tell(
                Told(
                    translate("ReportAction", "Not saved"),
                    translate(
                        "ReportAction", "The report could not be written to {file}: {reason}"
                    ).format(file=path, reason=reason),
                    True,
                )
            )
            self.written.emit(None)
            return None
        QApplication.restoreOverrideCursor()
        self.folder = path.parent
        self.tell(
            Told(
                translate("ReportAction", "Saved"),
                translate(
                    "ReportAction",
                    "The report is saved to:\n{file}\n\nIt holds health data: share it only "
                    "with the people you choose.",
                ).format(file=path),
            )
        )
        self.written.emit(path)
        return path

    # -- the real dialogs -------------------------------------------------------------

    def _ask_period(self, today: date) -> tuple[date, date] | None:
        dialog = PeriodDialog(today, self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.period()  # never None once accepted

    def _ask_save(self, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self._window,
            translate("ReportAction", "Save the report (it will hold health data)"),
            str(suggested),
            translate("ReportAction", "PDF documents (*.pdf)"),
        )
        return Path(name) if name else None

    def _show(self, told: Told) -> None:
        if told.problem:
            QMessageBox.warning(self._window, told.title, told.text)
        else:
            QMessageBox.information(self._window, told.title, told.text)
