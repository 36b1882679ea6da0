"""Files a person keeps: the JSON backup with its health-data note, the CSV
table with its escaping, and restoring either kind of backup into a history."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.records import hold, session
from tests.store.helpers import assert_same_instants_and_offsets, digest
from unknot.core.areas import AreaId, Side
from unknot.core.plans import Routine, Selection, Spot
from unknot.core.records import SessionRecord
from unknot.files import NotARegularFileError
from unknot.store import History
from unknot.store.daily_backups import back_up_daily
from unknot.store.data_files import (
    HEALTH_DATA_NOTE,
    MAX_BACKUP_BYTES,
    back_up_to_file,
    backup_json_text,
    export_csv,
    read_backup_file,
    restore_from_file,
)
from unknot.store.exchange import ExchangeError, history_from_text

START = datetime(2026, 3, 1, 7, 30, tzinfo=UTC)
ROUTINE = Routine("desk neck", (Selection(Spot(AreaId.NECK, Side.LEFT), 5),))


def sample(count: int = 4) -> list[SessionRecord]:
    return [session(f"s{i}", START + timedelta(days=i)) for i in range(count)]


def test_a_backup_file_says_it_holds_health_data_and_still_imports(tmp_path: Path) -> None:
    sessions = sample()
    target = tmp_path / "backup.json"
    back_up_to_file(target, sessions, [date(2026, 3, 2)], [ROUTINE])
    data = json.loads(target.read_text(encoding="utf-8"))
    assert list(data)[:3] == ["format", "version", "note"]
    assert data["note"] == HEALTH_DATA_NOTE
    assert "health data" in data["note"]
    parsed = history_from_text(target.read_bytes())
    assert_same_instants_and_offsets(list(parsed.sessions), sessions)
    assert parsed.rest_days == (date(2026, 3, 2),)
    assert parsed.routines == (ROUTINE,)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_the_same_history_gives_the_same_backup_bytes() -> None:
    sessions = sample()
    assert backup_json_text(sessions, []) == backup_json_text(list(reversed(sessions)), [])


def test_a_backup_replaces_a_file_in_one_step(tmp_path: Path) -> None:
    target = tmp_path / "backup.json"
    target.write_text("an older backup")
    target.chmod(0o644)
    back_up_to_file(target, sample(), [])
    assert json.loads(target.read_text())["format"] == "unknot-history"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["backup.json"]


def test_csv_cells_that_would_start_a_formula_are_escaped(tmp_path: Path) -> None:
    risky = [
        session("plain", START, note='=HYPERLINK("http://x")'),
        session("p2", START + timedelta(days=1), note="+1 and more"),
        session("p3", START + timedelta(days=2), note="-sore-"),
        session("p4", START + timedelta(days=3), note="@SUM(A1)"),
        session("p5", START + timedelta(days=4), note="fine, = later"),
    ]
    target = tmp_path / "table.csv"
    export_csv(target, risky)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    raw = target.read_bytes()
    assert b"\r\n" in raw
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    notes = [row["note"] for row in rows]
    assert notes == [
        '\'=HYPERLINK("http://x")',
        "'+1 and more",
        "'-sore-",
        "'@SUM(A1)",
        "fine, = later",
    ]
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@")), cell


def test_restoring_merges_and_reports(history: History, tmp_path: Path) -> None:
    everything = sample(6)
    history.import_history(everything[:2], [])
    target = tmp_path / "backup.json"
    back_up_to_file(target, everything, [date(2026, 3, 3)], [ROUTINE])
    report = restore_from_file(history, target)
    assert (report.sessions_added, report.sessions_skipped) == (4, 2)
    assert report.holds_added == 4
    assert (report.rest_days_added, report.routines_added) == (1, 1)
    assert [s.id for s in history.sessions()] == [s.id for s in everything]
    # Restoring again adds nothing.
    again = restore_from_file(history, target)
    assert (again.sessions_added, again.sessions_skipped, again.rest_days_added) == (0, 6, 0)


def test_an_invalid_backup_changes_nothing(history: History, tmp_path: Path) -> None:
    history.import_history(sample(2), [])
    before = history.sessions()
    data = json.loads(backup_json_text(sample(5), []))
    data["sessions"][3]["holds"][0]["tool"] = "golf_ball"
    target = tmp_path / "bad.json"
    target.write_text(json.dumps(data))
    with pytest.raises(ExchangeError) as caught:
        restore_from_file(history, target)
    (problem,) = caught.value.problems
    assert problem.startswith('sessions[3].holds[0].tool: unknown tool "golf_ball"')
    assert history.sessions() == before


def test_a_file_that_is_not_a_backup_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("my notes")
    with pytest.raises(ExchangeError, match="not valid JSON"):
        read_backup_file(target)
    with pytest.raises(FileNotFoundError):
        read_backup_file(tmp_path / "missing.json")


def test_an_automatic_copy_restores_into_another_history(tmp_path: Path) -> None:
    source_dir = tmp_path / "old-machine"
    with History.open(source_dir) as source:
        source.import_history(sample(5), [date(2026, 3, 4)], [ROUTINE])
        made = back_up_daily(source_dir, date(2026, 3, 11)).made
        expected = source.sessions()
    assert made is not None
    copy_digest = digest(made)
    with History.open(tmp_path / "new-machine") as target:
        report = restore_from_file(target, made)
        assert report.sessions_added == 5
        assert_same_instants_and_offsets(target.sessions(), expected)
        assert target.rest_days() == {date(2026, 3, 4)}
        assert target.routines() == [ROUTINE]
    # The copy picked is read, never changed.
    assert digest(made) == copy_digest
    assert [p.name for p in made.parent.iterdir()] == [made.name]


def test_a_damaged_copy_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "history-2026-03-11.sqlite3"
    fake.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    with pytest.raises(ExchangeError):
        read_backup_file(fake)


def test_a_backup_keeps_holds_whole(tmp_path: Path) -> None:
    detailed = session(
        "d",
        START,
        holds=(
            hold(START + timedelta(seconds=30), area=AreaId.HEAD, side=Side.BOTH),
            hold(START + timedelta(seconds=200), tenderness_before=None, tenderness_after=None),
        ),
        note="two holds",
    )
    target = tmp_path / "b.json"
    back_up_to_file(target, [detailed], [])
    assert_same_instants_and_offsets(list(read_backup_file(target).sessions), [detailed])


def test_a_backup_from_0_1_with_a_tool_gone_back_to_restores_as_it_happened(
    history: History, tmp_path: Path
) -> None:
    # What 0.1 wrote after "Need more pressure" then "Too much": the list ends on
    # the tool they went up to, "tool" is the one they came back to.
    target = tmp_path / "backup-0.1.json"
    back_up_to_file(target, sample(1), [])
    data = json.loads(target.read_text(encoding="utf-8"))
    written = data["sessions"][0]["holds"][0]
    written.update(tool="tennis_ball", tools_tried=["tennis_ball", "lacrosse_ball"])
    target.write_text(json.dumps(data), encoding="utf-8")

    report = restore_from_file(history, target)

    assert report.sessions_added == 1
    (restored,) = history.sessions()
    assert [tool.value for tool in restored.holds[0].tools_tried] == [
        "tennis_ball",
        "lacrosse_ball",
        "tennis_ball",
    ]
    # And its own backup restores again, as it is.
    again = tmp_path / "again.json"
    back_up_to_file(again, history.sessions(), [])
    assert read_backup_file(again).sessions == tuple(history.sessions())


def _pipe(tmp_path: Path) -> Path:
    pipe = tmp_path / "backup.json"
    os.mkfifo(pipe)
    return pipe


def _huge(tmp_path: Path) -> Path:
    # Sparse: as large as it says, without taking the disk.
    big = tmp_path / "backup.json"
    with big.open("wb") as file:
        file.truncate(MAX_BACKUP_BYTES + 1)
    return big


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
@pytest.mark.parametrize(
    ("make", "expected"),
    [
        # Opening a pipe would wait for a writer forever; it is never opened.
        (_pipe, "it is a named pipe, not a regular file"),
        (lambda _: Path(os.devnull), "it is a device, not a regular file"),
        (lambda _: Path("/dev/zero"), "it is a device, not a regular file"),
        (_huge, "it is larger than 256 MiB, more than Unknot reads"),
    ],
    ids=["pipe", "null", "zero", "huge"],
)
def test_only_a_regular_file_of_a_sane_size_is_read(
    history: History, tmp_path: Path, make: Any, expected: str
) -> None:
    path = make(tmp_path)
    with pytest.raises(NotARegularFileError) as caught:
        restore_from_file(history, path)
    assert caught.value.strerror == expected
    assert history.session_count() == 0
    with pytest.raises(IsADirectoryError):
        read_backup_file(tmp_path)
