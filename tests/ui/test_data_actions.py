"""Export CSV, Back up to file and Restore from file, with the dialogs answered
by the test: what is written, what the person is told, what is left alone."""

from __future__ import annotations

import json
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QWidget

from tests.records import session
from unknot.core.records import SessionKind
from unknot.store import History, ImportReport
from unknot.store.data_files import back_up_to_file
from unknot.ui.history.data_actions import HEALTH_DATA_WARNING, DataActions, Message, report_text
from unknot.ui.history.history_service import HistoryService

START = datetime(2026, 3, 1, 7, 0, tzinfo=UTC)


@dataclass
class Rig:
    actions: DataActions
    history: History
    service: HistoryService
    answers: list[Path | None] = field(default_factory=list)
    told: list[Message] = field(default_factory=list)
    asked: list[tuple[str, str]] = field(default_factory=list)
    confirm_with: bool = True


@pytest.fixture
def rig(qtbot: QtBot, tmp_path: Path) -> Iterator[Rig]:
    history = History.open(tmp_path / "data")
    history.import_history(
        [session(f"s{i}", START + timedelta(days=i), note=None) for i in range(3)]
        + [session("risky", START + timedelta(days=4), note="=cmd|' /C calc'!A0")],
        [date(2026, 3, 4)],
    )
    window = QWidget()
    qtbot.add_widget(window)
    actions = DataActions(window, threaded=False)
    service = HistoryService(history)
    made = Rig(actions, history, service)

    def answer(*_: object) -> Path | None:
        return made.answers.pop(0)

    def confirm(title: str, text: str) -> bool:
        made.asked.append((title, text))
        return made.confirm_with

    actions.choose_save = answer
    actions.choose_open = answer
    actions.confirm = confirm
    actions.tell = made.told.append

    actions.attach(service, today=lambda: date(2026, 3, 11))
    yield made
    history.close()


def test_export_csv_writes_a_private_file_and_says_it_holds_health_data(
    rig: Rig, tmp_path: Path
) -> None:
    rig.answers.append(tmp_path / "my table")  # no suffix typed
    written = rig.actions.export_csv()
    assert written == tmp_path / "my table.csv"
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    text = written.read_text(encoding="utf-8")
    assert text.startswith("\ufeffsession_id,")
    assert "'=cmd|' /C calc'!A0" in text
    (message,) = rig.told
    assert not message.problem
    assert HEALTH_DATA_WARNING in message.text
    assert "4 sessions exported" in message.text
    assert rig.actions.folder == tmp_path


def test_the_save_dialog_names_health_data_and_suggests_a_dated_name(rig: Rig) -> None:
    seen: list[tuple[str, Path, str]] = []

    def look(caption: str, suggested: Path, file_filter: str) -> Path | None:
        seen.append((caption, suggested, file_filter))
        return None

    rig.actions.choose_save = look
    assert rig.actions.back_up_to_file() is None
    ((caption, suggested, file_filter),) = seen
    assert "health data" in caption
    assert suggested.name == "unknot-history-2026-03-11.json"
    assert "*.json" in file_filter
    assert rig.told == []


def test_back_up_to_file_then_restore_elsewhere(rig: Rig, tmp_path: Path, qtbot: QtBot) -> None:
    target = tmp_path / "backup.json"
    rig.answers.append(target)
    assert rig.actions.back_up_to_file() == target
    data = json.loads(target.read_text(encoding="utf-8"))
    assert "health data" in data["note"]
    assert len(data["sessions"]) == 4

    # A fresh history on another machine restores it.
    with History.open(tmp_path / "other") as other:
        other_service = HistoryService(other)
        window = QWidget()
        qtbot.add_widget(window)
        actions = DataActions(window, threaded=False)
        told: list[Message] = []
        actions.tell = told.append
        actions.choose_open = lambda *_: target
        actions.confirm = lambda title, text: True

        actions.attach(other_service)
        report = actions.restore_from_file()
        assert report is not None and report.sessions_added == 4
        assert [s.id for s in other.sessions()] == [s.id for s in rig.history.sessions()]
        assert other.rest_days() == {date(2026, 3, 4)}
        assert told[-1].title == "Restored"


def test_restore_asks_first_and_reports_what_it_did(rig: Rig, tmp_path: Path, qtbot: QtBot) -> None:
    source = tmp_path / "old.json"
    extra = [session("new", START + timedelta(days=9))]
    back_up_to_file(source, [*rig.history.sessions(), *extra], [date(2026, 3, 8)])
    rig.answers.append(source)
    with qtbot.waitSignal(rig.service.changed), qtbot.waitSignal(rig.actions.restored):
        report = rig.actions.restore_from_file()
    assert report is not None
    assert (report.sessions_added, report.sessions_skipped, report.rest_days_added) == (1, 4, 1)
    ((title, question),) = rig.asked
    assert title == "Restore from file"
    assert "5 sessions (5 holds) from 2026-03-01 to 2026-03-10" in question
    assert "nothing is overwritten" in question
    assert rig.told[-1].title == "Restored"
    assert "Sessions added: 1 (1 hold)" in rig.told[-1].text
    assert "left as they were: 4" in rig.told[-1].text


def test_a_copy_that_holds_nothing_is_said_and_not_restored(rig: Rig, tmp_path: Path) -> None:
    # Only history.sqlite3 copied while a young history ran: its sessions are in
    # the log that was left behind.
    import shutil

    source = tmp_path / "app"
    with History.open(source) as running:
        running.begin_session(SessionKind.FOCUS, START, "UTC")
        (tmp_path / "copy").mkdir()
        shutil.copyfile(running.path, tmp_path / "copy" / "history.sqlite3")
    rig.answers.append(tmp_path / "copy" / "history.sqlite3")
    before = rig.history.sessions()
    assert rig.actions.restore_from_file() is None
    assert rig.asked == []
    assert rig.told[-1].title == "Nothing to restore"
    assert "holds no sessions" in rig.told[-1].text
    assert "history.sqlite3-wal" in rig.told[-1].text
    assert rig.history.sessions() == before


def test_restore_can_be_called_off(rig: Rig, tmp_path: Path) -> None:
    source = tmp_path / "old.json"
    back_up_to_file(source, [session("new", START + timedelta(days=9))], [])
    rig.answers.append(source)
    rig.confirm_with = False
    assert rig.actions.restore_from_file() is None
    assert rig.history.session("new") is None
    assert rig.told == []


def test_an_invalid_file_is_explained_and_changes_nothing(rig: Rig, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    data = {"format": "unknot-history", "version": 1, "sessions": [{}, {}]}
    bad.write_text(json.dumps(data))
    before = rig.history.sessions()
    rig.answers.append(bad)
    assert rig.actions.restore_from_file() is None
    (message,) = rig.told
    assert message.problem
    assert message.title == "This file cannot be restored"
    assert "sessions[0].id: missing" in message.text
    assert "• and 4 more problems" in message.text  # twelve, eight of them listed
    assert message.text.endswith("Nothing was changed.")
    assert rig.asked == []
    assert rig.history.sessions() == before


def test_a_file_that_cannot_be_read_is_told(rig: Rig, tmp_path: Path) -> None:
    rig.answers.append(tmp_path / "gone.json")
    assert rig.actions.restore_from_file() is None
    assert rig.told[0].title == "This file cannot be read"


def test_a_folder_that_cannot_be_written_is_told(rig: Rig, tmp_path: Path) -> None:
    rig.answers.append(tmp_path / "missing-folder" / "table.csv")
    assert rig.actions.export_csv() is None
    (message,) = rig.told
    assert message.problem and message.title == "Not saved"


def test_nothing_happens_before_the_history_is_open(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.add_widget(window)
    actions = DataActions(window, threaded=False)
    told: list[Message] = []
    actions.tell = told.append
    assert not actions.ready
    assert actions.export_csv() is None
    assert actions.back_up_to_file() is None
    assert actions.restore_from_file() is None
    assert [m.title for m in told] == ["One moment"] * 3


@pytest.mark.parametrize(
    ("differing", "said"),
    [
        (0, None),
        (
            1,
            "1 of them differs from yours (other holds, another ending or note); "
            "yours was kept as it is.",
        ),
        (
            2,
            "2 of them differ from yours (other holds, another ending or note); "
            "yours were kept as they are.",
        ),
    ],
)
def test_the_restore_report_says_when_skipped_sessions_differ(
    differing: int, said: str | None
) -> None:
    report = ImportReport(
        sessions_added=0,
        sessions_skipped=3,
        holds_added=0,
        rest_days_added=0,
        routines_added=0,
        sessions_differing=differing,
    )

    lines = report_text(report).splitlines()

    assert "Sessions already in your history, left as they were: 3" in lines
    assert [line for line in lines if "differ" in line] == ([] if said is None else [said])


def test_a_backup_from_the_window_carries_the_cues_and_a_restore_says_so(
    rig: Rig, tmp_path: Path, qtbot: QtBot
) -> None:
    from unknot.core.areas import AreaId, Tool

    rig.service.set_cue(AreaId.FEET, Tool.TENNIS_BALL, "by the sofa")
    target = tmp_path / "backup.json"
    rig.answers.append(target)
    assert rig.actions.back_up_to_file() == target
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["cues"] == [{"area": "feet", "tool": "tennis_ball", "text": "by the sofa"}]

    with History.open(tmp_path / "other") as other:
        window = QWidget()
        qtbot.add_widget(window)
        actions = DataActions(window)
        told: list[Message] = []
        asked: list[str] = []
        actions.tell = told.append
        actions.choose_open = lambda *_: target

        def confirm(title: str, text: str) -> bool:
            asked.append(text)
            return True

        actions.confirm = confirm
        actions.attach(HistoryService(other))

        report = actions.restore_from_file()

        assert report is not None and report.cues_added == 1
        assert other.cues() == {(AreaId.FEET, Tool.TENNIS_BALL): "by the sofa"}
        assert "1 cue of your own" in asked[0]
        assert "Your own cues added: 1" in told[-1].text


def test_the_file_dialogs_open_in_a_folder_that_exists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QStandardPaths

    from unknot.ui.history import data_actions

    missing = tmp_path / "Documents"
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(missing))
    monkeypatch.setenv("HOME", str(tmp_path))
    assert data_actions._documents() == Path.home()
    missing.mkdir()
    assert data_actions._documents() == missing
