"""The home screen: the body map, and beside it today's plan.

The person points at what feels tight, rates it if they like, puts the spots in
the order they want and starts. The screen builds the plan with the core and
hands it on through `start_requested`. Today's plan is one `PlanModel`; the
body map and the plan list are two views of it, so there is nothing to keep in
step between them. Streaks and saved routines come in
through setters and go out through signals, so nothing here opens the store.
"""

from __future__ import annotations

import contextlib
import itertools
import math
from collections.abc import Iterable, Sequence

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QIcon,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from unknot.core.areas import DEFAULT_TOOLS, Tool
from unknot.core.formats import duration_text
from unknot.core.plans import (
    DEFAULT_HOLD_SECONDS,
    Plan,
    Routine,
    Selection,
    Spot,
)
from unknot.core.translation import QT_TRANSLATE_NOOP, in_sentence, translate
from unknot.ui.home.body_map import BodyMap
from unknot.ui.home.plan_model import PlanModel, PlanRole
from unknot.ui.home.routine_name import ask_routine_name
from unknot.ui.home.routines_model import RoutinesModel
from unknot.ui.home.tenderness_picker import TendernessPicker
from unknot.ui.shared.assets import asset_path
from unknot.ui.shared.breakable import ElidingButton
from unknot.ui.shared.text_ink import ink_ascent, line_room

# Marked for the translation files, translated where shown.
EMPTY_PLAN = QT_TRANSLATE_NOOP(
    "HomeScreen", "Click where it feels tight on the body to plan today's session."
)
RATE_PROMPT = QT_TRANSLATE_NOOP(
    "HomeScreen", "How tender is your {spot}? Tap a number, or type it on the map."
)
ROUTINES_EMPTY = QT_TRANSLATE_NOOP(
    "HomeScreen", "Save a plan you use often to start it in one click."
)
RATE_IDLE = QT_TRANSLATE_NOOP(
    "HomeScreen", "Pick a spot on the body, then rate how tender it feels (0-10)."
)


def streak_text(day_streak: int, week_days: int, weekly_goal: int) -> str:
    if day_streak <= 0:
        days = translate("HomeScreen", "No day streak yet")
    else:
        days = translate("HomeScreen", "%n day(s) in a row", None, day_streak)
    if week_days >= weekly_goal:
        week = translate("HomeScreen", "{done} of %n day(s) this week, goal met", None, weekly_goal)
    else:
        week = translate("HomeScreen", "{done} of %n day(s) this week", None, weekly_goal)
    return f"{days} · {week.format(done=week_days)}"


def _scaled(font: QFont, factor: float, bold: bool = False) -> QFont:
    result = QFont(font)
    if result.pointSizeF() > 0:
        result.setPointSizeF(result.pointSizeF() * factor)
    result.setBold(bold)
    return result


class HomeScreen(QWidget):
    start_requested = Signal(object)  # Plan
    scan_requested = Signal()
    routine_saved = Signal(object)  # Routine
    routine_deleted = Signal(str)
    # The technique guide, open at an area (None: the first one).
    techniques_requested = Signal(object)  # AreaId | None

    def __init__(
        self, parent: QWidget | None = None, hold_seconds: int = DEFAULT_HOLD_SECONDS
    ) -> None:
        super().__init__(parent)
        # Today's plan: the body map and the plan list both view it. Each
        # spot's plan starts on the gentlest of the tools the person has.
        self.plan_model = PlanModel(self, hold_seconds, DEFAULT_TOOLS)
        # The saved routines: the buttons below are one view of this model.
        self.routines_model = RoutinesModel(self)
        self.routines_model.modelReset.connect(self._rebuild_routines)
        self.routines_model.rowsInserted.connect(self._rebuild_routines)
        self.routines_model.rowsRemoved.connect(self._rebuild_routines)

        self.setObjectName("home_screen")
        self.setWindowTitle(translate("HomeScreen", "Unknot"))
        with contextlib.suppress(FileNotFoundError):
            self.setWindowIcon(QIcon(str(asset_path("icons/unknot.svg"))))
        # Within what a 900x600 window leaves under its menu and page bars,
        # with text half as large again.
        self.setMinimumSize(QSize(760, 480))

        self._build_map_side()
        self._build_plan_side()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(18)
        layout.addLayout(self._map_side, 3)
        layout.addWidget(self._plan_panel, 2)
        self._set_tab_order()

        self._add_shortcuts()
        for signal in (
            self.plan_model.rowsInserted,
            self.plan_model.rowsRemoved,
            self.plan_model.rowsMoved,
            self.plan_model.modelReset,
            self.plan_model.dataChanged,
        ):
            signal.connect(self._plan_changed)
        self.body_map.current_changed.connect(self._current_spot_changed)
        self._plan_changed()

    # -- building ---------------------------------------------------------------

    def _build_map_side(self) -> None:
        self.title = QLabel(translate("HomeScreen", "Where does it feel tight?"), self)
        self.title.setFont(_scaled(self.font(), 1.35, bold=True))
        self.title.setAccessibleName(translate("HomeScreen", "Where does it feel tight?"))
        self.body_map = BodyMap(self, model=self.plan_model)
        self.picker = TendernessPicker(self)
        self.picker.rated.connect(self._rated)
        self._map_side = QVBoxLayout()
        self._map_side.setSpacing(8)
        self._map_side.addWidget(self.title)
        self._map_side.addWidget(self.body_map, 1)
        self._map_side.addWidget(self.picker)

    def _build_plan_side(self) -> None:
        panel = QFrame(self)
        panel.setObjectName("plan_panel")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        panel.setMinimumWidth(300)
        panel.setMaximumWidth(460)
        self._plan_panel = panel
        # What does not fit a short window (large text, a scaled screen)
        # scrolls, rather than the plan's list being squeezed under its own
        # buttons.
        contents = QWidget()
        contents.setAutoFillBackground(False)
        self.plan_scroll = QScrollArea(panel)
        self.plan_scroll.setWidgetResizable(True)
        self.plan_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.plan_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.plan_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plan_scroll.viewport().setAutoFillBackground(False)
        self.plan_scroll.setWidget(contents)
        outer = QVBoxLayout(panel)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.plan_scroll)
        column = QVBoxLayout(contents)
        column.setContentsMargins(14, 12, 14, 12)
        column.setSpacing(8)

        self.streak_label = QLabel(panel)
        self.streak_label.setObjectName("streak_line")
        self.streak_label.setWordWrap(True)
        self.streak_label.hide()
        column.addWidget(self.streak_label)

        heading = QLabel(translate("HomeScreen", "Today's plan"), panel)
        heading.setFont(_scaled(self.font(), 1.2, bold=True))
        column.addWidget(heading)

        self.plan_list = QListView(panel)
        self.plan_list.setObjectName("plan_list")
        self.plan_list.setAccessibleName(translate("HomeScreen", "Today's plan"))
        self.plan_list.setAccessibleDescription(
            translate(
                "HomeScreen",
                "The spots in the order the session visits them. Alt+Up and Alt+Down move "
                "the chosen spot; Delete removes it.",
            )
        )
        self.plan_list.setModel(self.plan_model)
        self.plan_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.plan_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.plan_list.setDragEnabled(True)
        self.plan_list.setAcceptDrops(True)
        self.plan_list.setDropIndicatorShown(True)
        self.plan_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.plan_list.setItemDelegate(_PlanRowDelegate(self.plan_list))
        self.plan_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.plan_list.selectionModel().currentChanged.connect(self._plan_row_chosen)
        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.plan_list)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_current)

        self.empty_label = QLabel(translate("HomeScreen", EMPTY_PLAN), panel)
        self.empty_label.setObjectName("empty_plan")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMargin(12)
        self._plan_stack = QStackedWidget(panel)
        self._plan_stack.addWidget(self.empty_label)
        self._plan_stack.addWidget(self.plan_list)
        self._plan_stack.setMinimumHeight(110)
        column.addWidget(self._plan_stack, 1)

        self._moves = QWidget(panel)
        moves = QHBoxLayout(self._moves)
        moves.setContentsMargins(0, 0, 0, 0)
        moves.setSpacing(6)
        self.up_button = QPushButton(translate("HomeScreen", "Move up"), self._moves)
        self.up_button.setToolTip(translate("HomeScreen", "Move the chosen spot earlier (Alt+Up)"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(translate("HomeScreen", "Move down"), self._moves)
        self.down_button.setToolTip(
            translate("HomeScreen", "Move the chosen spot later (Alt+Down)")
        )
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button = QPushButton(translate("HomeScreen", "Remove"), self._moves)
        self.remove_button.setToolTip(
            translate("HomeScreen", "Take the chosen spot out of the plan (Delete)")
        )
        self.remove_button.clicked.connect(self.remove_current)
        for button in (self.up_button, self.down_button, self.remove_button):
            moves.addWidget(button)
        column.addWidget(self._moves)
        self.how_button = QPushButton(translate("Home", "How to do it…"), panel)
        self.how_button.setToolTip(
            translate("Home", "Pictures and steps for the chosen spot's area (Ctrl+3)")
        )
        self.how_button.clicked.connect(self._ask_techniques)
        column.addWidget(self.how_button)

        self.total_label = QLabel(panel)
        self.total_label.setObjectName("plan_total")
        column.addWidget(self.total_label)

        self.start_button = QPushButton(translate("HomeScreen", "Start session"), panel)
        self.start_button.setObjectName("start_session")
        self.start_button.setDefault(True)
        self.start_button.setFont(_scaled(self.font(), 1.1, bold=True))
        self.start_button.setMinimumHeight(38)
        self.start_button.setToolTip(
            translate("HomeScreen", "Start with the first spot of the plan (Ctrl+Enter)")
        )
        self.start_button.clicked.connect(self._start)
        column.addWidget(self.start_button)

        self.scan_button = QPushButton(translate("HomeScreen", "Daily 5-minute scan"), panel)
        self.scan_button.setObjectName("daily_scan")
        self.scan_button.setToolTip(
            translate(
                "HomeScreen", "A short stop on every area to find what needs time today (Ctrl+D)"
            )
        )
        self.scan_button.clicked.connect(self.scan_requested)
        column.addWidget(self.scan_button)

        column.addWidget(_rule(panel))
        routines_heading = QLabel(translate("HomeScreen", "Saved routines"), panel)
        routines_heading.setFont(_scaled(self.font(), 1.0, bold=True))
        column.addWidget(routines_heading)
        self._routine_box = QWidget()
        self._routine_rows = QVBoxLayout(self._routine_box)
        self._routine_rows.setContentsMargins(0, 0, 0, 0)
        self._routine_rows.setSpacing(4)
        self.routine_scroll = QScrollArea(panel)
        self.routine_scroll.setWidget(self._routine_box)
        self.routine_scroll.setWidgetResizable(True)
        self.routine_scroll.setFrameShape(QFrame.Shape.NoFrame)
        # The buttons inside take the focus; the scrolling frame need not.
        self.routine_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.routine_scroll.setMaximumHeight(120)
        self.routine_scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        column.addWidget(self.routine_scroll)
        self.save_routine_button = QPushButton(translate("HomeScreen", "Save as routine…"), panel)
        self.save_routine_button.setToolTip(
            translate("HomeScreen", "Keep this plan under a name to start it in one click")
        )
        self.save_routine_button.clicked.connect(self.save_routine)
        column.addWidget(self.save_routine_button)
        self._routine_buttons: list[tuple[QPushButton, QToolButton]] = []
        self._rebuild_routines()
        # As wide as the contents need beside a scroll bar: it scrolls down,
        # never sideways.
        bar = self.plan_scroll.verticalScrollBar().sizeHint().width()
        needed = contents.minimumSizeHint().width() + bar
        self.plan_scroll.setMinimumWidth(needed)
        panel.setMinimumWidth(max(300, needed + 2 * panel.frameWidth()))

    def _add_shortcuts(self) -> None:
        # Shortcuts act at once (a button's own shortcut clicks after a short
        # animation) and only while the home screen holds the focus.
        keys = {
            "Alt+Up": lambda: self.move_current(-1),
            "Alt+Down": lambda: self.move_current(1),
            "Ctrl+Return": self._start,
            "Ctrl+Enter": self._start,
            "Ctrl+D": self.scan_requested.emit,
        }
        for key, action in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.body_map,
            self.picker,
            self.plan_list,
            self.up_button,
            self.down_button,
            self.remove_button,
            self.start_button,
            self.scan_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- the plan -----------------------------------------------------------------

    def plan_selections(self) -> list[Selection]:
        """The picked spots in the plan's order, with their ratings."""
        return self.plan_model.selections()

    def plan(self) -> Plan:
        return self.plan_model.plan()

    def hold_seconds(self) -> int:
        return self.plan_model.hold_seconds()

    def set_tools(self, tools: Iterable[Tool]) -> None:
        self.plan_model.set_tools(tools)

    def set_hold_seconds(self, seconds: int) -> None:
        """Raises ValueError for a hold the method does not allow."""
        self.plan_model.set_hold_seconds(seconds)
        self._plan_changed()

    def clear_plan(self) -> None:
        self.plan_model.clear()

    def load_routine(self, name: str) -> bool:
        """Make today's plan the routine's spots in its order; False when there
        is no routine of that name."""
        routine = self.routines_model.find(name)
        if routine is None:
            return False
        self.plan_model.set_selections(routine.selections)
        return True

    def _ask_techniques(self) -> None:
        row = self.current_row()
        area = self.plan_model.spot_at(row).area if row >= 0 else None
        self.techniques_requested.emit(area)

    def current_row(self) -> int:
        """The plan list's chosen row, or -1."""
        index = self.plan_list.currentIndex()
        return index.row() if index.isValid() else -1

    def set_current_row(self, row: int) -> None:
        """Choose a row of the plan list; the map moves to its spot."""
        index = self.plan_model.index(row)
        self.plan_list.setCurrentIndex(index)
        if index.isValid():
            self._follow_row(index)

    def move_current(self, step: int) -> None:
        """Move the chosen spot earlier (-1) or later (+1) in the plan."""
        row = self.current_row()
        if row >= 0 and self.plan_model.move(row, row + step):
            # The list keeps the moved row chosen; its buttons follow the row.
            self._refresh_move_buttons()

    def remove_current(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        self.plan_model.set_selected(self.plan_model.spot_at(row), False)
        count = self.plan_model.rowCount()
        if count:
            # The next spot takes the removed one's place, on the map too.
            self.set_current_row(min(row, count - 1))

    def _plan_changed(self) -> None:
        count = self.plan_model.rowCount()
        has_plan = count > 0
        self._plan_stack.setCurrentWidget(self.plan_list if has_plan else self.empty_label)
        self._moves.setVisible(has_plan)
        self.total_label.setVisible(has_plan)
        if has_plan:
            total = duration_text(self.plan_model.hold_seconds() * count)
            self.total_label.setText(
                translate("HomeScreen", "%n spot(s) · {total} of holding", None, count).format(
                    total=total
                )
            )
        else:
            self.total_label.setText("")
        self.total_label.setAccessibleName(self.total_label.text())
        self.start_button.setEnabled(has_plan)
        self.save_routine_button.setEnabled(has_plan)
        # A spot just picked on the map is the one the list shows chosen; a
        # spot just dropped there leaves no row chosen (unless the person is
        # working in the list, where the next row takes its place).
        spot = self.body_map.current_spot()
        if (spot is None or not self.plan_model.contains(spot)) and not self.plan_list.hasFocus():
            self.plan_list.setCurrentIndex(QModelIndex())
        self._current_spot_changed(spot)

    def _refresh_move_buttons(self) -> None:
        row = self.current_row()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.plan_model.rowCount() - 1)
        self.remove_button.setEnabled(row >= 0)

    def _plan_row_chosen(self, index: QModelIndex) -> None:
        self._refresh_move_buttons()
        # A row the person chooses in the list moves the map (and so the
        # rating) to its spot; a row the list moves to on its own, as when the
        # chosen spot is dropped from the map, does not.
        if index.isValid() and self.plan_list.hasFocus():
            self._follow_row(index)

    def _follow_row(self, index: QModelIndex) -> None:
        spot = index.data(PlanRole.SPOT)
        if spot != self.body_map.current_spot():
            self.body_map.set_current_spot(spot)

    # -- rating -------------------------------------------------------------------

    def _current_spot_changed(self, spot: Spot | None) -> None:
        # The list's chosen row follows the spot picked or walked to on the map;
        # choosing the row it already has changes nothing.
        row = -1 if spot is None else self.plan_model.row_of(spot)
        if row >= 0 and row != self.current_row():
            self.set_current_row(row)
        self._refresh_move_buttons()
        self._refresh_picker()

    def _rated_spot(self) -> Spot | None:
        spot = self.body_map.current_spot()
        return spot if spot is not None and self.plan_model.contains(spot) else None

    def _refresh_picker(self) -> None:
        spot = self._rated_spot()
        if spot is None:
            self.picker.set_prompt(translate("HomeScreen", RATE_IDLE))
            self.picker.set_value(None)
            self.picker.setEnabled(False)
            return
        self.picker.setEnabled(True)
        self.picker.set_prompt(
            translate("HomeScreen", RATE_PROMPT).format(spot=in_sentence(spot.name))
        )
        self.picker.set_value(self.plan_model.tenderness(spot))

    def _rated(self, value: int) -> None:
        spot = self._rated_spot()
        if spot is not None:
            self.plan_model.set_tenderness(spot, value)

    # -- starting -------------------------------------------------------------------

    def _start(self) -> None:
        if self.plan_model.rowCount():
            self.start_requested.emit(self.plan())

    # -- streak -----------------------------------------------------------------------

    def set_streak_line(self, day_streak: int, week_days: int, weekly_goal: int) -> None:
        text = streak_text(day_streak, week_days, weekly_goal)
        self.streak_label.setText(text)
        self.streak_label.setAccessibleName(text)
        self.streak_label.show()

    # -- routines ---------------------------------------------------------------------

    def routines(self) -> list[Routine]:
        return self.routines_model.routines()

    def set_routines(self, routines: Sequence[Routine]) -> None:
        """Show the saved routines; the same ones again rebuild nothing."""
        self.routines_model.set_routines(routines)

    def routine_buttons(self, name: str) -> tuple[QPushButton, QToolButton]:
        """The start and delete buttons of one saved routine."""
        for start, delete in self._routine_buttons:
            if start.property("routine") == name:
                return start, delete
        raise KeyError(name)

    def start_routine(self, name: str) -> None:
        """Load the routine as today's plan and start it."""
        if self.load_routine(name):
            self.start_requested.emit(self.plan())

    def delete_routine(self, name: str) -> None:
        """Ask for the routine to go; the list follows the history (set_routines)."""
        self.routine_deleted.emit(name)

    def save_routine(self) -> None:
        """Ask for a name and keep the plan's spots under it (ratings are for
        today only, so they are not kept)."""
        if not self.plan_model.rowCount():
            return
        name = ask_routine_name(self)
        if name is None:
            return
        if self.routines_model.find(name) is not None:
            answer = QMessageBox.question(
                self,
                translate("HomeScreen", "Replace routine"),
                translate(
                    "HomeScreen",
                    "There is already a routine called \u201c{name}\u201d. Replace it with this "
                    "plan?",
                ).format(name=name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        routine = Routine(name, tuple(Selection(spot) for spot in self.plan_model.spots()))
        # The list changes when the history says it did (set_routines), so a
        # routine the history refuses is never shown as saved.
        self.routine_saved.emit(routine)

    def _rebuild_routines(self) -> None:
        while self._routine_rows.count():
            child = self._routine_rows.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._routine_buttons = []
        routines = self.routines_model.routines()
        if not routines:
            hint = QLabel(translate("HomeScreen", ROUTINES_EMPTY), self._routine_box)
            hint.setWordWrap(True)
            hint.setObjectName("routines_empty")
            self._routine_rows.addWidget(hint)
            hint.show()
        for routine in routines:
            row = QWidget(self._routine_box)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(4)
            spots = ", ".join(s.spot.name for s in routine.selections)
            # A text triangle follows the palette; the style's play icon is black.
            # Cut with "…" where a long name does not fit, never widening the page.
            start = ElidingButton(f"\u25b6  {routine.name}", row)
            start.setProperty("routine", routine.name)
            start.setAccessibleName(
                translate("HomeScreen", "Start routine {name}").format(name=routine.name)
            )
            start.setToolTip(translate("HomeScreen", "Start now: {spots}").format(spots=spots))
            start.clicked.connect(lambda _checked=False, n=routine.name: self.start_routine(n))
            delete = QToolButton(row)
            delete.setText("\u2715")
            delete.setAccessibleName(
                translate("HomeScreen", "Delete routine {name}").format(name=routine.name)
            )
            delete.setToolTip(
                translate("HomeScreen", "Delete the routine \u201c{name}\u201d").format(
                    name=routine.name
                )
            )
            delete.clicked.connect(lambda _checked=False, n=routine.name: self.delete_routine(n))
            line.addWidget(start, 1)
            line.addWidget(delete)
            self._routine_rows.addWidget(row)
            row.show()
            self._routine_buttons.append((start, delete))
        self._routine_rows.addStretch(1)


class _PlanRowDelegate(QStyledItemDelegate):
    """A plan row: its number in a circle, the spot's name, and a quieter line
    with the tool, the hold and the rating."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(200, _line(option.font) * 2 + 16)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        rect: QRect = opt.rect
        palette: QPalette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        quiet = QColor(text)
        # Faded on the window's base, as the desktop writes a selected row on
        # its highlight: the quieter line would not read at 4.5:1 there.
        quiet.setAlphaF(1.0 if selected else 0.72)
        font = QFont(opt.font)
        metrics = QFontMetrics(font)
        metrics_f = QFontMetricsF(font)
        line = _line(font)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        diameter = line + 6
        circle = QRectF(rect.left() + 8, rect.center().y() - diameter / 2, diameter, diameter)
        painter.setPen(QPen(text, 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(circle)
        painter.setFont(font)
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, str(index.data(PlanRole.NUMBER)))

        left = round(circle.right()) + 10
        width = rect.right() - left - 6
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        top = rect.top() + 7
        name = QFontMetrics(bold).elidedText(
            str(index.data(PlanRole.NAME)), Qt.TextElideMode.ElideRight, width
        )
        # At baselines, a line apart: the tallest accent of each line stays in its row.
        rise = ink_ascent(QFontMetricsF(bold))
        painter.drawText(QPointF(left, top + rise), name)
        painter.setFont(font)
        painter.setPen(quiet)
        detail = metrics.elidedText(
            str(index.data(PlanRole.DETAIL)), Qt.TextElideMode.ElideRight, width
        )
        painter.drawText(QPointF(left, top + line + ink_ascent(metrics_f)), detail)
        painter.restore()


def _line(font: QFont) -> int:
    """The height of one line of a plan's row, its accents included."""
    return math.ceil(line_room(QFontMetricsF(font)))


def _rule(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
