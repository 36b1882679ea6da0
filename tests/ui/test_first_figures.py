"""The streak line from the history read without the store, before the store
has loaded: the same line the store's count then shows, so nothing jumps."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.records import hold
from tests.ui.window_rig import START, make_window, with_history
from unknot.app import show_first_figures
from unknot.core.records import Outcome, SessionKind
from unknot.launch_options import LaunchOptions
from unknot.store import History


def _practised(data_dir: Path, days: int) -> None:
    with History.open(data_dir) as history:
        for day in range(days):
            started = START - timedelta(days=day)
            session_id = history.begin_session(SessionKind.FOCUS, started, "Europe/Berlin")
            history.record_hold(session_id, hold(started, held_seconds=300))
            history.finish_session(session_id, Outcome.COMPLETED, started + timedelta(hours=1))
        history.set_rest_day((START - timedelta(days=days)).date(), True)


@pytest.mark.parametrize("days", [0, 1, 9])
def test_the_first_line_is_the_line_the_store_shows(
    qtbot: QtBot, tmp_path: Path, days: int
) -> None:
    rig = make_window(qtbot, tmp_path)
    _practised(rig.data_dir, days)
    window = rig.window
    options = LaunchOptions(data_dir=rig.data_dir, config_dir=rig.config_dir)
    before = window.home.streak_label.text()
    assert show_first_figures(window, options)
    first = window.home.streak_label.text()
    assert first != before
    assert window.glance is not None
    quick = window.glance
    shown: list[str] = []
    window.streaks_shown.connect(lambda: shown.append(window.home.streak_label.text()))
    with with_history(rig):
        window.wait_for_streaks()
        qtbot.waitUntil(lambda: bool(shown))
        assert shown[-1] == first
        assert window.glance == quick


def test_no_first_line_without_a_safe_file(qtbot: QtBot, tmp_path: Path) -> None:
    rig = make_window(qtbot, tmp_path)
    options = LaunchOptions(data_dir=rig.data_dir, config_dir=rig.config_dir)
    before = rig.window.home.streak_label.text()
    assert not show_first_figures(rig.window, options)
    window_text = rig.window.home.streak_label.text()
    assert window_text == before
    assert rig.window.glance is None
    assert not rig.data_dir.exists()
