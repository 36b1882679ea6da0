"""The progress view: "am I keeping it up, and is it helping?" at a glance.

From the top: the streaks and this week's seven days; a gentle suggestion when a
spot is not easing (the rule is in `unknot.core.progress`); a year of practice
as a calendar, where rest days are marked and unmarked; minutes held per week;
and, in two tabs, every spot's numbers and every session, each opening its
holds. The Data row exports, backs up and restores.

Everything shown comes from `unknot.core.progress.progress_of` over the full
records of the window's one read model (`PracticeLogModel`), which follows the
history service's typed changes; the view never reads the history itself.
While the view is hidden it only notes that it is out of date and catches up
when it is shown again; nothing polls.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from unknot.core.progress import (
    GOAL_WEEKS,
    RECENT_DAYS,
    Nudge,
    Progress,
    progress_of,
    sessions_by_day,
)
from unknot.core.records import SessionRecord
from unknot.core.streaks import StreakSettings
from unknot.core.translation import QT_TRANSLATE_NOOP, translate
from unknot.ui.charts.chart_widgets import ConsistencyChart
from unknot.ui.charts.tenderness_panel import TendernessPanel
from unknot.ui.history.history_service import HistoryService, SaveError
from unknot.ui.history.practice_log_model import PracticeLogModel
from unknot.ui.progress.calendar_heatmap import CalendarHeatmap
from unknot.ui.progress.session_holds_dialog import SessionHoldsDialog
from unknot.ui.progress.sessions_model import (
    COL_NOTE,
    COL_SPOTS,
    SessionsModel,
    kind_text,
    spots_text,
)
from unknot.ui.progress.spot_stats_model import COL_TREND, SPOT_ROLE, SpotStatsModel
from unknot.ui.progress.week_chart import WeekChart
from unknot.ui.progress.week_strip import WeekStrip
from unknot.ui.session.session_summary import duration_text
from unknot.ui.shared import practice_colours as colours
from unknot.ui.shared.dates import day_label, short_date, time_of_day
from unknot.ui.shared.text_ink import room_for_accents

NUDGE_TITLE = QT_TRANSLATE_NOOP("ProgressView", "Worth having looked at")
# A warm amber: a suggestion, not the red of the pain stop.
# An amber with 3:1 contrast on light and dark windows alike.
NUDGE_COLOUR = QColor("#b7791f")
EMPTY_HISTORY = QT_TRANSLATE_NOOP(
    "ProgressView", "Your first session will show up here: the calendar, the weeks and every spot."
)
# The weeks of the consistency chart: the last six months (from the first session on).
CONSISTENCY_WEEKS = GOAL_WEEKS
LOADING = QT_TRANSLATE_NOOP("ProgressView", "Reading your history…")


def nudge_line(nudge: Nudge) -> str:
    earlier, later = round(nudge.earlier_average), round(nudge.later_average)
    if earlier == later:
        text = translate(
            "ProgressView",
            "{spot}: rated on %n day(s) between {first} and {last}, still about {later}.",
            None,
            nudge.days,
        )
    else:
        text = translate(
            "ProgressView",
            "{spot}: rated on %n day(s) between {first} and {last}, about {earlier} at first, "
            "{later} lately.",
            None,
            nudge.days,
        )
    return text.format(
        spot=nudge.name,
        first=short_date(nudge.first_day),
        last=short_date(nudge.last_day),
        earlier=earlier,
        later=later,
    )


def nudge_text(nudges: Sequence[Nudge]) -> str:
    """Plain text: what did not ease, and a gentle word on what to do."""
    if not nudges:
        return ""
    lines = "\n".join(f"• {nudge_line(nudge)}" for nudge in nudges)
    if len(nudges) == 1:
        lead = translate(
            "ProgressView", "This spot has not eased over the last weeks of steady work:"
        )
    else:
        lead = translate(
            "ProgressView", "These spots have not eased over the last weeks of steady work:"
        )
    advice = translate(
        "ProgressView",
        "When a spot stays this tender after a couple of weeks, it may be time to see a "
        "physiotherapist or doctor, who can find out what is behind it.",
    )
    return f"{lead}\n{lines}\n{advice}"


def day_details(day: date, sessions: Sequence[SessionRecord], rest: bool, today: date) -> str:
    """A day in words: its date, its sessions and whether it is a rest day.
    `sessions` are those that count as practice; the day's time held is the sum
    of theirs as shown."""
    if day == today:
        head = translate("ProgressView", "{day} (today)").format(day=day_label(day))
    else:
        head = day_label(day)
    parts = [head]
    if sessions:
        held = sum(session.hold_seconds for session in sessions)
        parts.append(
            translate("ProgressView", "%n session(s), {held} held", None, len(sessions)).format(
                held=duration_text(held)
            )
        )
        for session in sessions:
            parts.append(
                translate("ProgressView", "{time} {kind}: {spots} ({held})").format(
                    time=time_of_day(session.local_start),
                    kind=kind_text(session),
                    spots=spots_text(session),
                    held=duration_text(session.hold_seconds),
                )
            )
    elif day <= today:
        parts.append(translate("ProgressView", "no practice"))
    if rest:
        parts.append(translate("ProgressView", "marked as a rest day"))
    return "\n".join(parts)


class _Tile(QFrame):
    """A big number with a line under it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(name)
        self.value = QLabel("-", self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(name, self)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def show_value(self, value: str, caption: str) -> None:
        self.value.setText(value)
        self.caption.setText(caption)
        self.setAccessibleDescription(f"{value}, {caption}")


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.15)
    font.setBold(True)
    label.setFont(font)
    return label


class ProgressView(QWidget):
    export_csv_requested = Signal()
    back_up_requested = Signal()
    restore_requested = Signal()
    # After every refresh, with what is shown.
    refreshed = Signal(object)

    def __init__(
        self,
        streak_settings: Callable[[], StreakSettings],
        today: Callable[[], date],
        parent: QWidget | None = None,
        *,
        threaded: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("ProgressView", "Progress"))
        self._streak_settings = streak_settings
        self._today = today
        self._threaded = threaded
        self._service: HistoryService | None = None
        self.model: PracticeLogModel | None = None
        self._progress: Progress | None = None
        self._by_day: dict[date, list[SessionRecord]] = {}
        self._dirty = True
        self._build()

    # -- wiring -------------------------------------------------------------------------

    def attach(
        self,
        service: HistoryService,
        backups_folder: Path | None = None,
        model: PracticeLogModel | None = None,
    ) -> None:
        """Show the history as `model` holds it (the window's read model; a
        model of its own when none is given), asking it for the full records;
        the view fills in once it has them."""
        self._service = service
        if model is None:
            model = PracticeLogModel(service, self, threaded=self._threaded)
        model.changed.connect(self._history_changed)
        model.load_failed.connect(self._load_failed)
        self.model = model
        if backups_folder is not None:
            self.backups_note.setText(
                translate(
                    "ProgressView",
                    "A checked copy of your history is also kept each day you practise, "
                    "in {folder}",
                ).format(folder=backups_folder)
            )
        self.status.setText(translate("ProgressView", LOADING))
        model.hold_records()
        if model.records_current:
            # Held already (an export asked for them first): no read to wait for.
            self._history_changed()

    @property
    def progress(self) -> Progress | None:
        return self._progress

    @property
    def is_current(self) -> bool:
        return not self._dirty

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        content = QWidget(self)
        content.setAccessibleName(translate("ProgressView", "Progress"))
        layout = QVBoxLayout(content)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(14)

        title_row = QHBoxLayout()
        title = _heading(translate("ProgressView", "Your progress"), content)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        title.setFont(font)
        title_row.addWidget(title)
        title_row.addStretch(1)
        self.status = QLabel("", content)
        self.status.setAccessibleName(translate("ProgressView", "Progress status"))
        title_row.addWidget(self.status)
        layout.addLayout(title_row)

        # Streaks and this week.
        tiles = QHBoxLayout()
        tiles.setSpacing(12)
        self.day_tile = _Tile(translate("ProgressView", "Day streak"), content)
        self.week_tile = _Tile(translate("ProgressView", "Week streak"), content)
        tiles.addWidget(self.day_tile, 1)
        tiles.addWidget(self.week_tile, 1)
        week_box = QFrame(content)
        week_box.setFrameShape(QFrame.Shape.StyledPanel)
        week_box.setAccessibleName(translate("ProgressView", "This week"))
        week_layout = QVBoxLayout(week_box)
        week_layout.setContentsMargins(14, 8, 14, 8)
        week_layout.setSpacing(4)
        self.week_strip = WeekStrip(week_box)
        self.week_line = QLabel("", week_box)
        self.week_line.setAccessibleName(translate("ProgressView", "Practice days this week"))
        week_layout.addWidget(self.week_strip, 0, Qt.AlignmentFlag.AlignLeft)
        week_layout.addWidget(self.week_line)
        tiles.addWidget(week_box, 2)
        layout.addLayout(tiles)

        # The nudge: only there when it has something to say.
        self.nudge = QFrame(content)
        self.nudge.setObjectName("progressNudge")
        self.nudge.setFrameShape(QFrame.Shape.StyledPanel)
        self.nudge.setAccessibleName(translate("ProgressView", NUDGE_TITLE))
        nudge_layout = QVBoxLayout(self.nudge)
        nudge_layout.setContentsMargins(14, 10, 14, 10)
        nudge_layout.addWidget(_heading(translate("ProgressView", NUDGE_TITLE), self.nudge))
        self.nudge_label = QLabel("", self.nudge)
        self.nudge_label.setWordWrap(True)
        self.nudge_label.setTextFormat(Qt.TextFormat.PlainText)
        self.nudge_label.setAccessibleName(translate("ProgressView", NUDGE_TITLE))
        nudge_layout.addWidget(self.nudge_label)
        self.nudge.hide()
        layout.addWidget(self.nudge)

        # The calendar.
        layout.addWidget(_heading(translate("ProgressView", "The last twelve months"), content))
        self.calendar = CalendarHeatmap(content)
        self.calendar.set_describer(self.describe_day)
        self.calendar.rest_day_requested.connect(self.set_rest_day)
        self.calendar.current_day_changed.connect(self._show_day)
        self.calendar.day_activated.connect(self.show_sessions_of)
        layout.addWidget(self.calendar)
        self.day_label = QLabel("", content)
        self.day_label.setAccessibleName(translate("ProgressView", "The chosen day"))
        self.day_label.setTextFormat(Qt.TextFormat.PlainText)
        self.day_label.setWordWrap(True)
        self.day_label.setMinimumHeight(self.day_label.fontMetrics().height() * 3)
        self.day_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.day_label)

        # Weeks, and the two tables.
        # The chart beside the tables, or above them where both do not fit
        # (large text on a narrow window); see resizeEvent.
        lower = self._lower = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        lower.setSpacing(16)
        chart_box = QVBoxLayout()
        chart_box.addWidget(_heading(translate("ProgressView", "Minutes held per week"), content))
        self.chart = WeekChart(content)
        chart_box.addWidget(self.chart, 1)
        lower.addLayout(chart_box, 2)

        self.tabs = QTabWidget(content)
        self.tabs.setAccessibleName(translate("ProgressView", "Areas and sessions"))
        self.spot_model = SpotStatsModel(self)
        self.spot_table = self._table(
            self.spot_model, translate("ProgressView", "Every area and side")
        )
        header = self.spot_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TREND, QHeaderView.ResizeMode.Stretch)
        self.tabs.addTab(self.spot_table, translate("ProgressView", "By area"))

        self.sessions_model = SessionsModel(self)
        sessions_page = QWidget(self.tabs)
        sessions_layout = QVBoxLayout(sessions_page)
        sessions_layout.setContentsMargins(0, 0, 0, 0)
        self.sessions_table = self._table(
            self.sessions_model, translate("ProgressView", "Every session, newest first")
        )
        header = self.sessions_table.horizontalHeader()
        # The short columns as wide as what they hold, the spots and the note
        # sharing the rest, the last section filling it exactly: the table
        # does not scroll sideways.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SPOTS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(True)
        # A scroll bar for the last pixel of a rounding is not worth its line.
        self.sessions_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sessions_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.sessions_table.activated.connect(self._open_index)
        sessions_layout.addWidget(self.sessions_table)
        open_row = QHBoxLayout()
        self.open_button = QPushButton(translate("ProgressView", "Show &holds"), sessions_page)
        self.open_button.setAccessibleName(
            translate("ProgressView", "Show the holds of the chosen session")
        )
        self.open_button.clicked.connect(self.open_current_session)
        hint = QLabel(
            translate(
                "ProgressView", "Double-click a session, or press Enter on it, to see its holds."
            ),
            sessions_page,
        )
        open_row.addWidget(hint, 1)
        open_row.addWidget(self.open_button)
        sessions_layout.addLayout(open_row)
        self.tabs.addTab(sessions_page, translate("ProgressView", "Sessions"))
        # New rows may widen the columns: arrange the page again.
        self.sessions_model.modelReset.connect(self._reflow)
        lower.addWidget(self.tabs, 3)
        layout.addLayout(lower, 1)
        self._build_story(content, layout)

        # Data.
        data = QHBoxLayout()
        data.addWidget(_heading(translate("ProgressView", "Data"), content))
        self.export_button = QPushButton(translate("ProgressView", "Export &CSV…"), content)
        self.export_button.setAccessibleName(
            translate("ProgressView", "Export the history as a CSV table")
        )
        self.export_button.clicked.connect(self.export_csv_requested)
        self.backup_button = QPushButton(translate("ProgressView", "&Back up to file…"), content)
        self.backup_button.setAccessibleName(
            translate("ProgressView", "Back up the history to a file")
        )
        self.backup_button.clicked.connect(self.back_up_requested)
        self.restore_button = QPushButton(translate("ProgressView", "&Restore from file…"), content)
        self.restore_button.setAccessibleName(
            translate("ProgressView", "Restore sessions from a backup file")
        )
        self.restore_button.clicked.connect(self.restore_requested)
        for button in (self.export_button, self.backup_button, self.restore_button):
            data.addWidget(button)
        data.addStretch(1)
        layout.addLayout(data)
        self.backups_note = QLabel("", content)
        self.backups_note.setWordWrap(True)
        self.backups_note.setAccessibleName(
            translate("ProgressView", "Where the daily backups are")
        )
        self.backups_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.backups_note)

        scroll = QScrollArea(self)
        # It takes the focus to scroll by keyboard, so it needs a name to be read by.
        scroll.setAccessibleName(translate("Progress", "Progress"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self._style_nudge()
        # German lines start with "Ü" ("Übungstagen"): room for its dots.
        for label in content.findChildren(QLabel):
            room_for_accents(label)
        self.setTabOrder(self.calendar, self.chart)
        self.setTabOrder(self.chart, self.tabs)

    def _build_story(self, content: QWidget, layout: QVBoxLayout) -> None:
        """Tenderness over time per spot, and practice days against the goal."""
        layout.addWidget(_heading(translate("ProgressView", "How each spot is going"), content))
        self.tenderness = TendernessPanel(content)
        layout.addWidget(self.tenderness)
        # A row of the per-spot table opens that spot's chart (Enter or a double click).
        self.spot_table.activated.connect(self._show_spot_chart)
        layout.addWidget(
            _heading(translate("ProgressView", "Keeping it up, week by week"), content)
        )
        self.consistency = ConsistencyChart(content)
        layout.addWidget(self.consistency)
        self.consistency_words = QLabel("", content)
        self.consistency_words.setWordWrap(True)
        self.consistency_words.setAccessibleName(
            translate("ProgressView", "Keeping it up, in words")
        )
        layout.addWidget(self.consistency_words)

    @Slot(QModelIndex)
    def _show_spot_chart(self, index: QModelIndex | QPersistentModelIndex) -> None:
        stats = self.spot_model.data(self.spot_model.index(index.row(), 0), SPOT_ROLE)
        if stats is not None:
            self.tenderness.show_spot((stats.area, stats.side))

    def _style_nudge(self) -> None:
        # A soft tint with a bar down the left: noticed, not alarming.
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        tint = colours.mix(window, NUDGE_COLOUR, 0.12).name()
        self.nudge.setStyleSheet(
            "QFrame#progressNudge { "
            f"background: {tint}; border: none; border-left: 4px solid {NUDGE_COLOUR.name()}; "
            "border-radius: 4px; }"
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self) -> None:
        """The chart beside the tables where both fit with every column of
        the sessions shown, else above them."""
        lower = self._lower
        header = self.sessions_table.horizontalHeader()
        stretched = (COL_SPOTS, COL_NOTE)
        columns = (
            sum(
                header.sectionSize(column)
                for column in range(header.count())
                if column not in stretched
            )
            + len(stretched) * header.fontMetrics().averageCharWidth() * 14
        )
        table = self.sessions_table
        # Its frame and its scroll bar beside the columns, as the style draws them.
        around = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width() + 12
        tables = max(self.tabs.minimumSizeHint().width(), columns + around)
        needed = (
            self.chart.minimumSizeHint().width()
            + tables * 5 // 3  # the tables have three parts of five
            + lower.spacing()
            + 80  # the page's margins and a scroll bar
        )
        direction = (
            QBoxLayout.Direction.LeftToRight
            if needed <= self.width()
            else QBoxLayout.Direction.TopToBottom
        )
        if lower.direction() != direction:
            lower.setDirection(direction)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._style_nudge()
        super().changeEvent(event)

    def _table(self, model: SpotStatsModel | SessionsModel, name: str) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        table.setMinimumHeight(240)
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        return table

    # -- showing ----------------------------------------------------------------------------

    @Slot()
    def _history_changed(self) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def day_changed(self) -> None:
        """A new day began: "today", this week and the nudges move with it; the
        page works it out now if it is shown, else when it is next shown."""
        self._history_changed()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        progress = self._progress
        if self._dirty or (progress is not None and progress.today != self._today()):
            self.refresh()

    def refresh(self) -> None:
        """Work out everything shown from the history in memory and show it."""
        model = self.model
        if model is None or model.log.records is None:
            return  # the records are being read: `changed` brings them
        settings = self._streak_settings()
        today = self._today()
        log = model.log
        # Every list and figure shows the sessions that count as practice only.
        sessions = log.practice_oldest_first()
        progress = progress_of(log, today, settings)
        self._by_day = sessions_by_day(sessions, settings.day_start)
        self._progress = progress
        self._dirty = False
        self._show(progress, sessions)
        self.refreshed.emit(progress)

    def _show(self, progress: Progress, sessions: Sequence[SessionRecord]) -> None:
        streaks = progress.streaks
        self.status.setText("" if sessions else translate("ProgressView", EMPTY_HISTORY))
        self.day_tile.show_value(
            translate("ProgressView", "%n day(s)", None, streaks.day_streak),
            translate(
                "ProgressView",
                "practising in a row · best %n day(s)",
                None,
                streaks.best_day_streak,
            ),
        )
        self.week_tile.show_value(
            translate("ProgressView", "%n week(s)", None, streaks.week_streak),
            translate(
                "ProgressView", "{goal} · best %n week(s)", None, streaks.best_week_streak
            ).format(
                goal=translate(
                    "ProgressView", "reaching your goal of %n day(s)", None, streaks.weekly_goal
                )
            ),
        )
        self.week_strip.set_marks(progress.this_week)
        needed = streaks.this_week_needed
        if needed == 0:
            week = translate("ProgressView", "A week of rest: nothing to reach.")
        elif streaks.this_week_days >= needed:
            week = translate(
                "ProgressView", "{done} of %n day(s): this week's goal is reached.", None, needed
            ).format(done=streaks.this_week_days)
        else:
            week = translate(
                "ProgressView", "{done} of %n practice day(s) so far this week.", None, needed
            ).format(done=streaks.this_week_days)
        self.week_line.setText(week)

        text = nudge_text(progress.nudges)
        self.nudge_label.setText(text)
        self.nudge.setVisible(bool(text))
        self.nudge_label.setAccessibleDescription(text)

        self.calendar.set_data(
            progress.today,
            progress.settings.week_start,
            progress.seconds_by_day,
            progress.rest_days,
        )
        self._show_day(self.calendar.current_day)
        self.chart.set_weeks(progress.weeks)
        self.spot_model.set_stats(progress.spots)
        self.spot_table.setToolTip(
            translate(
                "ProgressView",
                "Trend: the rating before the first hold of each day, earlier days against "
                "later ones, over the last %n week(s).",
                None,
                RECENT_DAYS // 7,
            )
        )
        self._set_sessions(sessions)
        self._show_story(progress, sessions)

    def _show_story(self, progress: Progress, sessions: Sequence[SessionRecord]) -> None:
        settings = progress.settings
        self.tenderness.set_history(
            sessions, progress.practice_days, progress.today, settings.day_start, progress.first_day
        )
        self.consistency.set_weeks(progress.goal_weeks)
        self.consistency_words.setText(self.consistency.text_alternative())

    def _set_sessions(self, sessions: Sequence[SessionRecord]) -> None:
        chosen = self.current_session()
        self.sessions_model.set_sessions(sessions)
        row = None if chosen is None else self.sessions_model.row_of(chosen.id)
        if row is not None:
            self.sessions_table.selectRow(row)
        self.open_button.setEnabled(bool(sessions))

    def describe_day(self, day: date) -> str:
        rest = self._progress is not None and day in self._progress.rest_days
        today = self._progress.today if self._progress is not None else self._today()
        return day_details(day, self._by_day.get(day, []), rest, today)

    @Slot(object)
    def _show_day(self, day: object) -> None:
        if isinstance(day, date):
            text = self.describe_day(day)
            self.day_label.setText(text.replace("\n", " · ", 1).replace("\n", "; "))

    @Slot(str)
    def _load_failed(self, reason: str) -> None:
        self.status.setText(
            translate("ProgressView", "Your history could not be read: {reason}").format(
                reason=reason
            )
        )

    # -- acting -----------------------------------------------------------------------------

    @Slot(object, bool)
    def set_rest_day(self, day: object, rest: bool) -> None:
        service = self._service
        if service is None or not isinstance(day, date):
            return
        try:
            service.set_rest_day(day, rest)
        except SaveError as error:
            QMessageBox.critical(self, translate("ProgressView", "Not saved"), str(error))

    def current_session(self) -> SessionRecord | None:
        index = self.sessions_table.currentIndex()
        if not index.isValid():
            return None
        return self.sessions_model.session_at(index.row())

    @Slot()
    def open_current_session(self) -> SessionHoldsDialog | None:
        session = self.current_session()
        if session is None:
            return None
        return self.open_session(session)

    def open_session(self, session: SessionRecord) -> SessionHoldsDialog:
        dialog = SessionHoldsDialog(session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @Slot(QModelIndex)
    def _open_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid():
            self.open_session(self.sessions_model.session_at(index.row()))

    @Slot(object)
    def show_sessions_of(self, day: object) -> None:
        """Go to the list of sessions with the day's newest one chosen."""
        if not isinstance(day, date):
            return
        found = self._by_day.get(day)
        self.tabs.setCurrentIndex(1)
        if found:
            row = self.sessions_model.row_of(found[-1].id)
            if row is not None:
                self.sessions_table.selectRow(row)
                self.sessions_table.scrollTo(self.sessions_model.index(row, 0))
        self.sessions_table.setFocus(Qt.FocusReason.OtherFocusReason)
