"""A history changed by another program shows in the open window: within a
moment when the file is watched, and the next time the window is shown."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.records import session
from tests.ui.window_rig import START, make_window, with_history
from unknot.core.history_change import HistoryChange
from unknot.store.exchange import to_json_text

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


def a_backup(folder: Path, days: int) -> Path:
    path = folder / "backup.json"
    sessions = tuple(
        session(f"outside{day}", START - timedelta(days=day), time_zone="Europe/Berlin")
        for day in range(days)
    )
    path.write_text(to_json_text(sessions, ()), encoding="utf-8")
    return path


def unknot_import(backup: Path, data_dir: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "unknot", "import", str(backup), "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_an_outside_import_shows_in_the_open_window(qtbot: QtBot, tmp_path: Path) -> None:
    rig = make_window(qtbot, tmp_path)
    window = rig.window
    with with_history(rig):
        window.show()
        qtbot.waitUntil(lambda: "No day streak" in window.home.streak_label.text())
        window.show_progress()
        progress = window.progress
        model = progress.model
        assert model is not None
        model.wait()
        qtbot.waitUntil(lambda: progress.progress is not None)
        service = window.service
        assert service is not None
        heard: list[HistoryChange] = []
        service.changed.connect(heard.append)

        unknot_import(a_backup(tmp_path, 3), rig.data_dir)

        # The file watch sees it: no click, no restart.
        qtbot.waitUntil(lambda: any(change.from_outside for change in heard), timeout=10_000)
        qtbot.waitUntil(
            lambda: window.home.streak_label.text().startswith("3 days in a row"), timeout=10_000
        )
        qtbot.waitUntil(
            lambda: model.log.records is not None and len(model.log.records) == 3, timeout=10_000
        )
        qtbot.waitUntil(
            lambda: progress.progress is not None and progress.progress.streaks.day_streak == 3,
            timeout=10_000,
        )


def test_an_outside_change_shows_when_the_window_is_shown_again(
    qtbot: QtBot, tmp_path: Path
) -> None:
    rig = make_window(qtbot, tmp_path)
    window = rig.window
    with with_history(rig):
        window.show()
        qtbot.waitUntil(lambda: "No day streak" in window.home.streak_label.text())
        window.hide()
        # As if the watch had missed it: its timer never fires.
        watch = window.outside_watch
        assert watch is not None
        watch.settle_timer.timeout.disconnect()
        unknot_import(a_backup(tmp_path, 2), rig.data_dir)
        qtbot.wait(50)
        assert "No day streak" in window.home.streak_label.text()
        window.show()
        qtbot.waitUntil(
            lambda: window.home.streak_label.text().startswith("2 days in a row"), timeout=10_000
        )
