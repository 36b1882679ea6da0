"""One read model of the practice history serves every view of the window: the
home line, the session summary, the progress page, the tray, exports and
backups. A write reaches all of them through its one typed change, with no
view reading the history for itself; an export from a model that holds the
records reads nothing; and no second cache can come back unnoticed."""

from __future__ import annotations

import ast
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from tests.records import hold, session
from tests.ui.window_rig import START, make_window, with_history
from unknot.core.records import Outcome, SessionKind
from unknot.settings import Settings
from unknot.store.data_files import export_csv
from unknot.store.exchange import ParsedHistory
from unknot.store.migrations import COMMITS
from unknot.ui.desktop import tray as tray_module
from unknot.ui.history.history_service import HistoryService
from unknot.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "systemTrayWindowChanged"
)

UI = Path(__file__).resolve().parents[2] / "src" / "unknot" / "ui"
THE_MODEL = "practice_log_model.py"
# The history service's reads of sessions and of what is made from them.
SESSION_READS = frozenset(
    {
        "sessions",
        "session",
        "sessions_named",
        "session_sums",
        "session_starts",
        "session_count",
        "total_hold_seconds",
    }
)
ANSWERED = Settings(safety_confirmed_on=date(2026, 3, 1), sound_on=False, show_in_tray=True)


@contextmanager
def counted_queries(service: HistoryService) -> Iterator[list[str]]:
    """Every SQL statement the history runs meanwhile, on any thread, but the
    write counter's one-row read, by which the window notices another program's
    writes whenever it looks (a timer may fire during any test)."""
    engine = service._history._engine
    statements: list[str] = []

    def seen(*args: Any) -> None:
        if str(args[2]) != COMMITS:
            statements.append(str(args[2]))

    event.listen(engine, "before_cursor_execute", seen)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", seen)


def _wait_for_records(qtbot: QtBot, window: MainWindow) -> None:
    window.show_progress()
    model = window.practice_log
    assert model is not None
    qtbot.waitUntil(lambda: model.records_current, timeout=10_000)
    qtbot.waitUntil(lambda: window.progress.progress is not None, timeout=10_000)
    window.wait_for_streaks()


def test_a_write_reaches_every_view_from_one_change(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tray_module, "tray_available", lambda: True)
    rig = make_window(qtbot, tmp_path, settings=ANSWERED)
    window = rig.window
    with with_history(rig):
        service = window.service
        assert service is not None
        service.import_history(ParsedHistory((session("before", START - timedelta(days=1)),), ()))
        window.show()
        _wait_for_records(qtbot, window)
        model, tray, view = window.practice_log, window.tray, window.progress
        assert model is not None and tray is not None
        assert view.model is model  # the page shows the window's model, not one of its own
        qtbot.waitUntil(lambda: tray.practice_lines()[:1] == ("Not practised yet today",))
        assert tray.practice_lines()[1].startswith("1 day in a row")

        whole_reads: list[str] = []
        for name in ("sessions", "session_sums"):
            real = getattr(HistoryService, name)

            def spy(self: HistoryService, *args: Any, _real: Any = real, _name: str = name) -> Any:
                # Without ids: the whole history.
                if not args or args[0] is None:
                    whole_reads.append(_name)
                return _real(self, *args)

            monkeypatch.setattr(HistoryService, name, spy)
        changes: list[object] = []
        service.changed.connect(changes.append)

        # One write: a session of today with its first hold, in the session's
        # own steps (begin, hold, end), each one change.
        session_id = service.begin_session(SessionKind.FOCUS, START, "Europe/Berlin")
        with counted_queries(service) as statements:
            service.record_hold(session_id, hold(START + timedelta(seconds=5), held_seconds=150))
        # The write's own reads, then what its change reads: the session it
        # named, by its id. Nothing reads a whole table.
        reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
        assert reads and all("WHERE" in s.upper() for s in reads), reads
        assert sum("sessions.id IN" in s for s in reads) == 2  # its holds and itself
        service.finish_session(session_id, Outcome.COMPLETED, START + timedelta(minutes=3))
        window.wait_for_streaks()
        qtbot.waitUntil(lambda: window.home.streak_label.text().startswith("2 days in a row"))
        assert len(changes) == 3 and whole_reads == []

        # The home line, the tray, the summary, the progress page and an export
        # all show it, from the one model.
        assert tray.practice_lines()[0] == "Practised today: 2 min 30 s held"
        assert tray.practice_lines()[1].startswith("2 days in a row")
        assert "Practised today" in tray.tooltip()
        screen = window.session_screen
        assert screen is not None
        assert screen._glance().streaks.day_streak == 2
        progress = view.progress
        assert progress is not None
        assert progress.session_count == 2 and progress.streaks.day_streak == 2
        assert view.sessions_model.session_at(0).id == session_id
        held = model.whole_history()
        assert [s.id for s in held.sessions] == ["before", session_id]
        assert held.sessions[-1].outcome is Outcome.COMPLETED
        assert whole_reads == []


def test_an_export_from_the_loaded_model_reads_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rig = make_window(qtbot, tmp_path)
    window = rig.window
    with with_history(rig):
        service = window.service
        assert service is not None
        service.import_history(
            ParsedHistory((session("a", START), session("b", START.replace(day=3))), ())
        )
        window.show()
        _wait_for_records(qtbot, window)
        model = window.practice_log
        assert model is not None
        answers = iter([tmp_path / "one.csv", tmp_path / "two.json", tmp_path / "three.csv"])
        actions = window.data_actions
        actions.choose_save = lambda *_: next(answers)
        actions.tell = lambda _message: None
        written_on: list[threading.Thread] = []
        real_export = HistoryService.export_csv

        def spied(self: HistoryService, path: Path, sessions: Any) -> None:
            written_on.append(threading.current_thread())
            real_export(self, path, sessions)

        monkeypatch.setattr(HistoryService, "export_csv", spied)
        with (
            counted_queries(service) as statements,
            qtbot.waitSignal(actions.written, timeout=10_000) as done,
        ):
            assert actions.export_csv() == tmp_path / "one.csv"
        assert statements == []
        assert done.args == [tmp_path / "one.csv"] and (tmp_path / "one.csv").stat().st_size
        # Formatting ten years into a file is the worker's, not the window's.
        assert written_on and threading.main_thread() not in written_on
        with (
            counted_queries(service) as statements,
            qtbot.waitSignal(actions.written, timeout=10_000),
        ):
            assert actions.back_up_to_file() == tmp_path / "two.json"
        # A backup file also lists the saved routines and the person's own cues,
        # which the model does not hold: a few rows each, nothing of the sessions.
        selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
        assert selects and all("FROM routines" in s or "FROM cues" in s for s in selects), selects

        # A restore could have changed anything: until the model has read it
        # again, an export reads the file (on this thread) rather than memory.
        service.import_history(ParsedHistory((session("c", START.replace(day=4)),), ()))
        assert not model.records_current
        with (
            counted_queries(service) as statements,
            qtbot.waitSignal(actions.written, timeout=10_000),
        ):
            assert actions.export_csv() == tmp_path / "three.csv"
        assert any("FROM sessions" in s for s in statements)
        model.wait()
        qtbot.waitUntil(lambda: model.records_current, timeout=10_000)
        expected = tmp_path / "expected.csv"
        export_csv(expected, list(model.log.oldest_first()))
        assert (tmp_path / "three.csv").read_bytes() == expected.read_bytes()
        assert model.log.records is not None and len(model.log.records) == 3


def test_the_tray_moves_to_the_new_day(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tray_module, "tray_available", lambda: True)
    rig = make_window(qtbot, tmp_path, settings=ANSWERED)
    window = rig.window
    with with_history(rig):
        service = window.service
        assert service is not None
        session_id = service.begin_session(SessionKind.FOCUS, START, "Europe/Berlin")
        service.record_hold(session_id, hold(START + timedelta(seconds=5), held_seconds=90))
        service.finish_session(session_id, Outcome.COMPLETED, START + timedelta(minutes=2))
        window.wait_for_streaks()
        tray = window.tray
        assert tray is not None
        qtbot.waitUntil(lambda: tray.practice_lines()[:1] == ("Practised today: 1 min 30 s held",))
        # The next morning, with no write in between: the day watch moves it.
        rig.clock.advance(24 * 3600)
        window.day_watch.check()
        window.wait_for_streaks()
        qtbot.waitUntil(lambda: tray.practice_lines()[:1] == ("Not practised yet today",))
        assert tray.practice_lines()[1].startswith("1 day in a row")


def _session_reads(path: Path) -> list[str]:
    """Calls of the history service's session reads in one ui module (the UI
    holds the service under names that say so: tests/ui/test_one_door.py)."""
    found = []
    tree = ast.parse(path.read_text("utf-8"))
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in SESSION_READS
            # On the history service (`service.`, `self._service.`), the only door.
            and "service" in ast.unparse(node.func.value).lower()
        ):
            found.append(f"{path.relative_to(UI)}:{node.lineno} {ast.unparse(node.func)}")
    return found


def test_only_the_read_model_reads_sessions() -> None:
    """A second cache would read sessions for itself: every read of sessions in
    the window goes through the one read model's module."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name in (THE_MODEL, "history_service.py"):
            continue
        found += _session_reads(path)
    assert found == []
    # And the check sees the reads where they are.
    assert _session_reads(UI / "history" / THE_MODEL)


def test_only_one_class_in_the_window_holds_a_practice_log() -> None:
    """The records in memory live in one class: no other ui module keeps a
    PracticeLog or builds one."""
    holders = []
    for path in sorted(UI.rglob("*.py")):
        text = path.read_text("utf-8")
        if path.name != THE_MODEL and ("PracticeLog(" in text or "PracticeLog.of" in text):
            holders.append(path.name)
    assert holders == []
    tree = ast.parse((UI / "history" / THE_MODEL).read_text("utf-8"))
    classes = [node.name for node in tree.body if isinstance(node, ast.ClassDef)]
    assert [name for name in classes if name != "HeldHistory"] == ["PracticeLogModel"]


def test_only_the_newest_count_reaches_the_home_line_and_the_tray(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A count asked for before a new day began may arrive after it: it is out
    of date then, and shown nowhere."""
    rig = make_window(qtbot, tmp_path, settings=ANSWERED)
    window = rig.window
    with with_history(rig):
        service = window.service
        assert service is not None
        session_id = service.begin_session(SessionKind.FOCUS, START, "Europe/Berlin")
        service.record_hold(session_id, hold(START + timedelta(seconds=5), held_seconds=90))
        window.wait_for_streaks()
        qtbot.waitUntil(lambda: window.glance is not None and window.glance.practised_today)
        shown: list[bool] = []
        window.streaks_shown.connect(lambda: shown.append(window.glance is not None))
        # Counted for Monday, then the day turns before that count is delivered.
        window.refresh_from_history()
        rig.clock.advance(24 * 3600)
        window.day_watch.check()
        window.wait_for_streaks()
        qtbot.waitUntil(lambda: bool(shown))
        qtbot.wait(50)
        assert shown == [True]
        glance = window.glance
        assert glance is not None and not glance.practised_today
        assert window.home.streak_label.text().startswith("1 day in a row")


def test_an_export_before_the_records_are_held_reads_them_off_the_window_thread(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rig = make_window(qtbot, tmp_path)
    window = rig.window
    with with_history(rig):
        service = window.service
        model = window.practice_log
        assert service is not None and model is not None
        service.import_history(ParsedHistory((session("a", START),), ()))
        window.wait_for_streaks()
        qtbot.waitUntil(lambda: model.current)
        assert model.log.records is None  # the progress page was never opened
        read_on: list[threading.Thread] = []
        real = HistoryService.sessions

        def spied(self: HistoryService, since: Any = None) -> Any:
            read_on.append(threading.current_thread())
            return real(self, since)

        monkeypatch.setattr(HistoryService, "sessions", spied)
        actions = window.data_actions
        actions.choose_save = lambda *_: tmp_path / "one.csv"
        told: list[Any] = []
        actions.tell = told.append
        with qtbot.waitSignal(actions.written, timeout=10_000) as done:
            actions.export_csv()
        assert done.args == [tmp_path / "one.csv"]
        assert read_on and threading.main_thread() not in read_on
        assert "1 session exported" in told[-1].text

        # A read that fails is told as a read, and nothing is written.
        def broken(self: HistoryService, since: Any = None) -> Any:
            raise OSError("disk I/O error")

        monkeypatch.setattr(HistoryService, "sessions", broken)
        actions.choose_save = lambda *_: tmp_path / "two.csv"
        with qtbot.waitSignal(actions.written, timeout=10_000) as done:
            actions.export_csv()
        assert done.args == [None] and not (tmp_path / "two.csv").exists()
        assert told[-1].problem and "could not be read" in told[-1].text
        assert "disk I/O error" in told[-1].text
