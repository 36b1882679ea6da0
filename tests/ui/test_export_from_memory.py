"""An export or a backup from the window uses the history held in memory when it
is the committed one, and reads the file when it may be behind."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.records import session
from tests.ui.window_rig import START, make_window, with_history
from unknot.store.data_files import export_csv
from unknot.store.exchange import ParsedHistory
from unknot.ui.history_service import HistoryService

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


def test_an_export_uses_the_current_history_in_memory(qtbot: QtBot, tmp_path: Path) -> None:
    rig = make_window(qtbot, tmp_path)
    window = rig.window
    reads: list[object] = []
    real_sessions = HistoryService.sessions

    def counted(self: HistoryService, since: object = None) -> object:
        # Whole reads on the window's thread: the cache's own are on its worker.
        if since is None and threading.current_thread() is threading.main_thread():
            reads.append(since)
        return real_sessions(self, since)  # type: ignore[arg-type]

    with with_history(rig):
        service = window.service
        assert service is not None
        service.import_history(
            ParsedHistory((session("a", START), session("b", START.replace(day=3))), ())
        )
        window.show()
        window.show_progress()
        cache = window.progress.cache
        assert cache is not None
        cache.wait()
        qtbot.waitUntil(lambda: cache.current)
        answers = iter([tmp_path / "one.csv", tmp_path / "two.csv"])
        actions = window.data_actions
        actions.choose_save = lambda *_: next(answers)
        actions.confirm = lambda *_: True
        told: list[object] = []
        actions.tell = told.append
        HistoryService.sessions = counted  # type: ignore[method-assign,assignment]
        try:
            assert actions.export_csv() == tmp_path / "one.csv"
            assert reads == []
            # A write not merged yet: the memory may be behind, so the file is read.
            service.import_history(ParsedHistory((session("c", START.replace(day=4)),), ()))
            assert not cache.current
            assert actions.export_csv() == tmp_path / "two.csv"
            assert reads == [None]
        finally:
            HistoryService.sessions = real_sessions  # type: ignore[method-assign]
        cache.wait()
        qtbot.waitUntil(lambda: cache.current)
    expected = tmp_path / "expected.csv"
    export_csv(expected, list(cache.sessions))
    assert (tmp_path / "two.csv").read_bytes() == expected.read_bytes()
    assert len(cache.sessions) == 3
