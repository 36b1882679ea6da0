"""Every control a keyboard or a screen reader can land on has a name.

Walks the widgets of every screen (home, each state of a session, the summary,
progress, the main window with its menus and page bar) and of every dialog, and
fails on a focusable widget whose accessible name, as the bridge reports it, is
empty. Qt gives most controls a name from their text (a button's caption, a
field's buddy label); a widget with none of its own needs `setAccessibleName`.
Painted pictures (the charts, the calendar, the body map) also need a
description that says in words what they show.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSize
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

from tests.records import session
from tests.ui.render_dialogs import SAMPLES as DIALOGS
from tests.ui.render_error_dialog import sample_error
from tests.ui.render_kept_aside import SAMPLES as KEPT_ASIDE
from tests.ui.render_progress import demo_view
from tests.ui.render_screens import sample_home
from tests.ui.render_session_screens import STEPS as SESSION_STATES
from tests.ui.render_session_screens import _session_screen
from tests.ui.window_rig import make_window, with_history
from unknot.ui.home.body_map import BodyMap
from unknot.ui.progress.calendar_heatmap import CalendarHeatmap
from unknot.ui.progress.session_holds_dialog import SessionHoldsDialog
from unknot.ui.progress.week_chart import WeekChart
from unknot.ui.safety.when_to_stop import WhenToStopDialog
from unknot.ui.shared.dates import day_label
from unknot.ui.window.about_dialog import DataLocationDialog

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "does not support grabbing"
)

# Controls whose own field is a part of them: the control is what is read.
COMPOUND = (QAbstractSpinBox, QComboBox)
# Painted widgets that show something to look at: they need words for it too.
PICTURES = (BodyMap, CalendarHeatmap, WeekChart)


def unnamed_controls(root: QWidget) -> list[str]:
    """Each focusable widget shown in `root` with no accessible name, described
    by its class and object name, and its parents, to find it by."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or isinstance(widget.parentWidget(), COMPOUND):
            continue
        state = interface.state()
        if not state.focusable or state.invisible:
            continue
        if not interface.text(QAccessible.Text.Name).strip():
            missing.append(_where(widget))
    return missing


def undescribed_pictures(root: QWidget) -> list[str]:
    return [
        _where(widget)
        for widget in root.findChildren(QWidget)
        if isinstance(widget, PICTURES)
        and widget.isVisibleTo(root)
        and not widget.accessibleDescription().strip()
    ]


def _where(widget: QWidget) -> str:
    chain = []
    current: QWidget | None = widget
    while current is not None:
        chain.append(f"{type(current).__name__}({current.objectName()!r})")
        current = current.parentWidget()
    return " in ".join(chain)


def _check(root: QWidget) -> None:
    QApplication.processEvents()
    assert unnamed_controls(root) == []
    assert undescribed_pictures(root) == []


def test_the_check_finds_a_control_without_a_name(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    named, unnamed, icon_only = QPushButton("Start", root), QLineEdit(root), QPushButton(root)
    for widget in (named, unnamed, icon_only):
        layout.addWidget(widget)
    root.show()
    assert len(unnamed_controls(root)) == 2
    unnamed.setAccessibleName("Session note")
    icon_only.setAccessibleName("Close")
    assert unnamed_controls(root) == []


def test_the_home_screen(qtbot: QtBot) -> None:
    screen = sample_home()
    qtbot.addWidget(screen)
    screen.show()
    _check(screen)


@pytest.mark.parametrize("state", sorted(SESSION_STATES))
def test_every_state_of_a_session(qtbot: QtBot, state: str) -> None:
    with _session_screen(QApplication.palette(), QSize(1200, 780)) as (screen, clock):
        SESSION_STATES[state](screen, clock)
        _check(screen)


def test_the_progress_view(qtbot: QtBot, tmp_path: Path) -> None:
    with demo_view(tmp_path / "data") as view:
        view.show()
        _check(view)


def test_the_main_window_on_each_page(qtbot: QtBot, tmp_path: Path) -> None:
    rig = make_window(qtbot, tmp_path)
    with with_history(rig):
        window = rig.window
        window.show()
        _check(window)
        window.show_progress()
        _check(window)


def _dialogs() -> Iterator[tuple[str, Callable[[], QWidget]]]:
    yield from DIALOGS.items()
    yield from (("kept-aside-" + name, make) for name, make in KEPT_ASIDE.items())
    yield "error", sample_error
    yield "when-to-stop", WhenToStopDialog
    yield "data-location", lambda: DataLocationDialog(Path("/tmp/d"), Path("/tmp/c"))
    yield (
        "session-holds",
        lambda: SessionHoldsDialog(session("s1", datetime(2026, 3, 2, 8, 0, tzinfo=UTC))),
    )


@pytest.mark.parametrize(("name", "make"), list(_dialogs()), ids=[n for n, _ in _dialogs()])
def test_every_dialog(qtbot: QtBot, name: str, make: Callable[[], QWidget]) -> None:
    dialog = make()
    qtbot.addWidget(dialog)
    dialog.show()
    _check(dialog)


TODAY = date(2026, 3, 11)


@settings(max_examples=30, deadline=None)
@given(
    practised=st.dictionaries(
        st.integers(min_value=-420, max_value=20), st.floats(min_value=0, max_value=7200)
    ),
    rest=st.frozensets(st.integers(min_value=-420, max_value=20)),
)
def test_the_calendar_counts_in_words_the_days_it_shows(
    qapp: QApplication, practised: dict[int, float], rest: frozenset[int]
) -> None:
    calendar = CalendarHeatmap()
    try:
        seconds = {TODAY + timedelta(days=offset): held for offset, held in practised.items()}
        rest_days = frozenset(TODAY + timedelta(days=offset) for offset in rest)
        calendar.set_data(TODAY, 1, seconds, rest_days)
        first, last = calendar.layout_now().first_day, calendar.last_day
        days = sum(1 for day, held in seconds.items() if held > 0 and first <= day <= last)
        rests = sum(1 for day in rest_days if first <= day <= last)
        description = calendar.accessibleDescription()
        plural = "" if days == 1 else "s"
        assert f" {days} day{plural} with practice in these twelve months." in description
        assert description.endswith(f" {rests} rest day{'' if rests == 1 else 's'}.")
        # The day the keyboard is on comes first.
        assert description.startswith(day_label(calendar.current_day))
    finally:
        calendar.deleteLater()


def test_a_map_that_only_shows_says_so(qtbot: QtBot) -> None:
    body_map = BodyMap()
    qtbot.addWidget(body_map)
    picking = body_map.accessibleDescription()
    assert picking.startswith("Pick the spots")
    body_map.set_interactive(False)
    body_map.set_interactive(False)
    assert body_map.accessibleDescription().startswith("Shows where")
    body_map.set_interactive(True)
    assert body_map.accessibleDescription() == picking
