"""The command line, run in-process through `main()` and, for start-up and error
paths, as a real `python -m unknot` process."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
import types
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from unknot import __version__
from unknot.cli import main
from unknot.core.areas import AreaId, Side, Tool
from unknot.core.clock import FakeClock
from unknot.core.plans import Routine, Selection, Spot
from unknot.core.records import HoldRecord, Outcome, SessionKind
from unknot.launch_options import LaunchOptions
from unknot.settings import Settings, save_settings
from unknot.store.exchange import to_json
from unknot.store.history import History, NewerSchemaError

# Wednesday 14 January 2026, mid-morning in London.
NOW = datetime(2026, 1, 14, 10, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(now=NOW, zone="Europe/London")


@pytest.fixture
def config_dir() -> Path:
    folder = Path(os.environ["UNKNOT_CONFIG_DIR"])
    # Weeks from Monday whatever the machine's locale, a goal of three days.
    save_settings(folder, Settings(weekly_goal=3, week_start=1))
    return folder


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def _hold(start: datetime, seconds: float, area: AreaId = AreaId.CALVES) -> HoldRecord:
    return HoldRecord(
        area=area,
        side=Side.LEFT,
        tool=Tool.FOAM_ROLLER if area is AreaId.CALVES else Tool.TENNIS_BALL,
        tools_tried=(Tool.FOAM_ROLLER,) if area is AreaId.CALVES else (Tool.TENNIS_BALL,),
        planned_seconds=120,
        held_seconds=seconds,
        released=False,
        tenderness_before=5,
        tenderness_after=3,
        started_at=start,
        ended_at=start + timedelta(seconds=seconds),
    )


def _record(
    history: History,
    start: datetime,
    seconds: list[float],
    outcome: Outcome = Outcome.COMPLETED,
    zone: str = "Europe/London",
) -> str:
    session_id = history.begin_session(SessionKind.FOCUS, start, zone)
    moment = start
    for held in seconds:
        history.record_hold(session_id, _hold(moment, held))
        moment += timedelta(seconds=held + 5)
    history.finish_session(session_id, outcome, moment)
    return session_id


def seed(folder: Path) -> None:
    """Practice Mon 5 - Fri 9 January, rest on the weekend, practice Mon 12 and
    Tue 13; a too-short try on 2 January and an interrupted session with no holds."""
    with History.open(folder) as history:
        _record(history, datetime(2026, 1, 2, 18, 0, tzinfo=UTC), [30.0])
        for day in (5, 6, 7, 8, 9, 12):
            _record(history, datetime(2026, 1, day, 7, 30, tzinfo=UTC), [120.0, 95.5])
        # 21:00 in New York is 02:00 on the 14th in London; it counts where it was
        # recorded: Tuesday the 13th.
        new_york = timezone(timedelta(hours=-5))
        _record(
            history,
            datetime(2026, 1, 13, 21, 0, tzinfo=new_york),
            [61.0],
            outcome=Outcome.STOPPED_PAIN,
            zone="America/New_York",
        )
        _record(history, datetime(2026, 1, 13, 8, 0, tzinfo=UTC), [], Outcome.INTERRUPTED)
        history.set_rest_day(date(2026, 1, 10), rest=True)
        history.set_rest_day(date(2026, 1, 11), rest=True)
        history.save_routine(Routine("desk neck", (Selection(Spot(AreaId.NECK, Side.LEFT), 4),)))


@pytest.fixture
def seeded(data_dir: Path, config_dir: Path) -> Path:
    seed(data_dir)
    return data_dir


def _run(
    capsys: pytest.CaptureFixture[str], *argv: str | Path, clock: FakeClock | None = None
) -> tuple[int, str, str]:
    status = main([str(arg) for arg in argv], clock=clock)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _stats(capsys: pytest.CaptureFixture[str], folder: Path, clock: FakeClock) -> dict[str, Any]:
    status, out, err = _run(capsys, "stats", "--json", "--data-dir", folder, clock=clock)
    assert status == 0
    assert "error" not in err
    result: dict[str, Any] = json.loads(out)
    return result


def _export(capsys: pytest.CaptureFixture[str], folder: Path, form: str = "json") -> str:
    status, out, err = _run(capsys, "--data-dir", folder, "export", "--format", form)
    assert (status, err) == (0, "")
    return out


def _one_error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert lines[0].startswith("unknot: ")
    return lines[0]


# --- help and version ---------------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "--version") == (0, f"unknot {__version__}\n", "")


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "--help")
    assert status == 0
    for word in (
        "stats",
        "export",
        "import",
        "restore",
        "check",
        "--data-dir",
        "--demo",
        "--version",
    ):
        assert word in out


@pytest.mark.parametrize("command", ["stats", "export", "import", "restore", "check"])
def test_each_command_has_help(capsys: pytest.CaptureFixture[str], command: str) -> None:
    status, out, _ = _run(capsys, command, "--help")
    assert status == 0
    assert "--data-dir" in out


# --- stats -----------------------------------------------------------------------------------


def test_stats_json(capsys: pytest.CaptureFixture[str], seeded: Path, clock: FakeClock) -> None:
    assert _stats(capsys, seeded, clock) == {
        # 5-9 practice, 10-11 rest, 12 and 13 practice; today (14th) still open.
        "day_streak": 7,
        "best_day_streak": 7,
        # Last week met the goal; this week (two days of three) is still open.
        "week_streak": 1,
        "best_week_streak": 1,
        "weekly_goal": 3,
        "week_start": 1,
        "day_start": "00:00",
        "this_week_days": 2,
        # The session of the 13th has no hold: it counts for nothing.
        "total_sessions": 8,
        # Whole seconds per hold, as each hold's clock showed it.
        "total_hold_seconds": 30 + 6 * 215 + 61,
        "today": "2026-01-14",
    }


def test_stats_keys_are_exactly_the_documented_ones(
    capsys: pytest.CaptureFixture[str], seeded: Path, clock: FakeClock
) -> None:
    stats = _stats(capsys, seeded, clock)
    assert list(stats) == [
        "day_streak",
        "best_day_streak",
        "week_streak",
        "best_week_streak",
        "weekly_goal",
        "week_start",
        "day_start",
        "this_week_days",
        "total_sessions",
        "total_hold_seconds",
        "today",
    ]


@pytest.mark.parametrize("command", [["stats"], ["stats", "--json"], ["export"]])
def test_looking_at_a_missing_history_creates_nothing(
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    config_dir: Path,
    clock: FakeClock,
    command: list[str],
) -> None:
    status, out, err = _run(capsys, *command, "--data-dir", data_dir, clock=clock)
    assert status == 0
    assert err == f"unknot: note: there is no history in {data_dir} yet\n"
    assert not data_dir.exists()
    if command == ["stats", "--json"]:
        stats = json.loads(out)
        assert (stats["total_sessions"], stats["total_hold_seconds"]) == (0, 0.0)
        assert (stats["day_streak"], stats["today"]) == (0, "2026-01-14")
    if command == ["export"]:
        assert json.loads(out)["sessions"] == []


def test_stats_today_is_the_local_date_after_the_day_start(
    capsys: pytest.CaptureFixture[str], seeded: Path, config_dir: Path
) -> None:
    save_settings(config_dir, Settings(weekly_goal=3, week_start=1, day_start=time(3, 0)))
    # 02:00 in London on Thursday the 15th is still Wednesday the 14th.
    late = FakeClock(now=datetime(2026, 1, 15, 2, 0, tzinfo=UTC), zone="Europe/London")
    stats = _stats(capsys, seeded, late)
    assert stats["today"] == "2026-01-14"
    assert stats["day_start"] == "03:00"
    assert stats["day_streak"] == 7


def test_stats_today_is_in_the_system_zone(
    capsys: pytest.CaptureFixture[str], data_dir: Path, config_dir: Path
) -> None:
    # 03:00 UTC on the 14th is still the evening of the 13th in New York.
    evening = FakeClock(now=datetime(2026, 1, 14, 3, 0, tzinfo=UTC), zone="America/New_York")
    assert _stats(capsys, data_dir, evening)["today"] == "2026-01-13"


def test_stats_follow_the_weekly_goal_and_week_start(
    capsys: pytest.CaptureFixture[str], seeded: Path, config_dir: Path, clock: FakeClock
) -> None:
    save_settings(config_dir, Settings(weekly_goal=7, week_start=7))
    stats = _stats(capsys, seeded, clock)
    assert (stats["weekly_goal"], stats["week_start"]) == (7, 7)
    # Weeks from Sunday: Sun 11 (rest), Mon 12, Tue 13 so far.
    assert stats["this_week_days"] == 2


def test_stats_week_start_from_the_locale(
    capsys: pytest.CaptureFixture[str], data_dir: Path, config_dir: Path, clock: FakeClock
) -> None:
    from unknot.settings import resolve_week_start

    save_settings(config_dir, Settings())
    assert _stats(capsys, data_dir, clock)["week_start"] == resolve_week_start(Settings())


def test_stats_table_is_short_and_readable(
    capsys: pytest.CaptureFixture[str], seeded: Path, clock: FakeClock
) -> None:
    status, out, err = _run(capsys, "stats", "--data-dir", seeded, clock=clock)
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "Day streak      7 days (best 7)",
        "Week streak     1 week (best 1)",
        "This week       2 of 3 practice days",
        "Weekly goal     3 days a week",
        "Weeks start on  Monday",
        "Days start at   00:00",
        "Sessions        8",
        "Time held       23 min 01 s",
        "Today           2026-01-14",
    ]


def test_stats_mention_bad_settings_but_leave_them_alone(
    capsys: pytest.CaptureFixture[str], data_dir: Path, config_dir: Path, clock: FakeClock
) -> None:
    settings_file = config_dir / "settings.json"
    settings_file.write_text('{"weekly_goal": 12}', encoding="utf-8")
    status, out, err = _run(capsys, "stats", "--json", "--data-dir", data_dir, clock=clock)
    assert status == 0
    assert json.loads(out)["weekly_goal"] == 5
    assert err.startswith("unknot: note: The weekly goal in your settings was 12")
    assert settings_file.read_text(encoding="utf-8") == '{"weekly_goal": 12}'
    assert sorted(p.name for p in config_dir.iterdir()) == ["settings.json"]


def test_data_dir_goes_before_or_after_the_command(
    capsys: pytest.CaptureFixture[str], seeded: Path, clock: FakeClock
) -> None:
    before = _run(capsys, "--data-dir", seeded, "stats", "--json", clock=clock)
    after = _run(capsys, "stats", "--json", "--data-dir", seeded, clock=clock)
    assert before == after
    assert json.loads(before[1])["total_sessions"] == 8


def test_the_environment_names_the_data_folder(
    capsys: pytest.CaptureFixture[str],
    seeded: Path,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("UNKNOT_DATA_DIR", str(seeded))
    status, out, _ = _run(capsys, "stats", "--json", clock=clock)
    assert status == 0
    assert json.loads(out)["total_sessions"] == 8


# --- export ----------------------------------------------------------------------------------


def test_export_json_to_stdout(capsys: pytest.CaptureFixture[str], seeded: Path) -> None:
    data = json.loads(_export(capsys, seeded))
    assert (data["format"], data["version"]) == ("unknot-history", 1)
    assert len(data["sessions"]) == 9
    assert data["rest_days"] == ["2026-01-10", "2026-01-11"]
    assert data["routines"][0]["name"] == "desk neck"
    new_york = [s for s in data["sessions"] if s["time_zone"] == "America/New_York"]
    assert new_york[0]["started_at"] == "2026-01-13T21:00:00-05:00"
    assert new_york[0]["local_date"] == "2026-01-13"


def test_json_is_the_default_format(capsys: pytest.CaptureFixture[str], seeded: Path) -> None:
    status, out, _ = _run(capsys, "export", "--data-dir", seeded)
    assert status == 0
    assert out == _export(capsys, seeded)


def test_export_csv(capsys: pytest.CaptureFixture[str], seeded: Path) -> None:
    out = _export(capsys, seeded, "csv")
    lines = out.split("\r\n")
    # The byte-order mark first, as in the file the window writes.
    assert lines[0].startswith("\ufeffsession_id,session_started_at,time_zone,local_date,kind")
    # 14 holds, one row for the session without holds, the header, and the end.
    assert len(lines) == 1 + 14 + 1 + 1


def test_export_to_a_private_file(
    capsys: pytest.CaptureFixture[str], seeded: Path, tmp_path: Path
) -> None:
    target = tmp_path / "backup.json"
    status, out, err = _run(capsys, "export", "--data-dir", seeded, "-o", target)
    assert (status, err) == (0, "")
    assert "health data" in out
    assert str(target) in out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_text(encoding="utf-8") == _export(capsys, seeded)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_export_replaces_an_existing_file(
    capsys: pytest.CaptureFixture[str], seeded: Path, tmp_path: Path
) -> None:
    target = tmp_path / "history.csv"
    target.write_text("old", encoding="utf-8")
    status, _, _ = _run(capsys, "export", "--format", "csv", "-o", target, "--data-dir", seeded)
    assert status == 0
    assert target.read_bytes().decode("utf-8") == _export(capsys, seeded, "csv")


@pytest.mark.parametrize(
    ("command", "name"),
    [
        (("export",), "backup.json"),
        (("export", "--format", "csv"), "t.csv"),
        (("report",), "r.pdf"),
    ],
)
def test_every_file_named_with_o_in_a_missing_folder_or_a_folder_is_a_wrong_argument(
    capsys: pytest.CaptureFixture[str],
    seeded: Path,
    tmp_path: Path,
    command: tuple[str, ...],
    name: str,
) -> None:
    """Every command that writes a file says the same of a place it cannot
    write, in one line with exit status 2, before it reads anything."""
    before = sorted(tmp_path.rglob("*"))
    target = tmp_path / "no" / "such" / "folder" / name
    status, out, err = _run(capsys, *command, "--data-dir", seeded, "-o", target)
    assert (status, out) == (2, "")
    assert _one_error_line(err) == (
        f"unknot: error: cannot write {target}: {target.parent} does not exist"
    )
    status, out, err = _run(capsys, *command, "--data-dir", seeded, "-o", tmp_path)
    assert (status, out) == (2, "")
    assert (
        _one_error_line(err)
        == f"unknot: error: cannot write {tmp_path}: it is a folder, not a file"
    )
    assert sorted(tmp_path.rglob("*")) == before


# --- import ----------------------------------------------------------------------------------


def _backup(capsys: pytest.CaptureFixture[str], seeded: Path, tmp_path: Path) -> Path:
    path = tmp_path / "backup.json"
    assert _run(capsys, "export", "--data-dir", seeded, "-o", path)[0] == 0
    return path


def test_round_trip_gives_the_same_stats_and_the_same_export(
    capsys: pytest.CaptureFixture[str], seeded: Path, tmp_path: Path, clock: FakeClock
) -> None:
    backup = _backup(capsys, seeded, tmp_path)
    fresh = tmp_path / "fresh"

    status, out, err = _run(capsys, "import", backup, "--data-dir", fresh)

    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "Sessions added: 9 (14 holds)",
        "Sessions already in the history, skipped: 0",
        "Rest days added: 2",
        "Routines added: 1",
    ]
    assert _stats(capsys, fresh, clock) == _stats(capsys, seeded, clock)
    assert _export(capsys, fresh) == backup.read_text(encoding="utf-8")
    assert _export(capsys, fresh, "csv") == _export(capsys, seeded, "csv")


def test_importing_twice_skips_everything_the_second_time(
    capsys: pytest.CaptureFixture[str], seeded: Path, tmp_path: Path
) -> None:
    backup = _backup(capsys, seeded, tmp_path)
    before = _export(capsys, seeded)

    status, out, err = _run(capsys, "--data-dir", seeded, "import", backup)

    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "Sessions added: 0 (0 holds)",
        "Sessions already in the history, skipped: 9",
        "Rest days added: 0",
        "Routines added: 0",
        "Routines skipped because one of the same name is already saved: 1",
    ]
    assert _export(capsys, seeded) == before


def test_import_merges_new_sessions_into_an_existing_history(
    capsys: pytest.CaptureFixture[str], seeded: Path, tmp_path: Path, clock: FakeClock
) -> None:
    other = tmp_path / "other"
    with History.open(other) as history:
        _record(history, datetime(2026, 1, 14, 7, 0, tzinfo=UTC), [100.0])
        history.set_rest_day(date(2026, 1, 10), rest=True)
    backup = tmp_path / "other.json"
    assert _run(capsys, "export", "--data-dir", other, "-o", backup)[0] == 0

    status, out, _ = _run(capsys, "import", backup, "--data-dir", seeded)

    assert status == 0
    assert out.splitlines()[:3] == [
        "Sessions added: 1 (1 hold)",
        "Sessions already in the history, skipped: 0",
        "Rest days added: 0",
    ]
    stats = _stats(capsys, seeded, clock)
    assert (stats["total_sessions"], stats["day_streak"], stats["this_week_days"]) == (9, 8, 3)


def _valid_document(capsys: pytest.CaptureFixture[str], seeded: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_export(capsys, seeded))
    return data


def _invalid_files() -> Iterator[tuple[str, Any]]:
    """(name, change) pairs: each change spoils a valid export in one way."""

    def session(index: int, key: str, value: object) -> Any:
        return lambda data: data["sessions"][index].__setitem__(key, value)

    def hold(key: str, value: object) -> Any:
        return lambda data: data["sessions"][1]["holds"][0].__setitem__(key, value)

    yield "unknown tool", hold("tool", "golf_ball")
    yield "tenderness out of range", hold("tenderness_after", 11)
    yield "negative seconds", hold("held_seconds", -3)
    yield "unknown zone", session(2, "time_zone", "Atlantis/Capital")
    yield "start without offset", session(3, "started_at", "2026-01-06T07:30:00")
    yield "wrong local date", session(3, "local_date", "2026-01-08")
    yield "newer version", lambda data: data.__setitem__("version", 2)
    yield "other format", lambda data: data.__setitem__("format", "something-else")
    yield "duplicate id", lambda data: data["sessions"].append(data["sessions"][0])
    # The last session is valid: an error at the end must stop the whole file.
    yield "bad last session", session(-1, "kind", "yoga")


@pytest.mark.parametrize(("name", "change"), list(_invalid_files()))
def test_an_invalid_file_changes_nothing(
    capsys: pytest.CaptureFixture[str], seeded: Path, tmp_path: Path, name: str, change: Any
) -> None:
    data = _valid_document(capsys, seeded)
    # New ids, so a valid file would add every session.
    for index, session in enumerate(data["sessions"]):
        session["id"] = f"new{index}"
    data["rest_days"].append("2026-01-03")
    change(data)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    before = _export(capsys, seeded)

    status, out, err = _run(capsys, "import", bad, "--data-dir", seeded)

    assert status == 1
    assert out == ""
    line = _one_error_line(err)
    assert str(bad) in line
    assert line.endswith("nothing was imported")
    assert _export(capsys, seeded) == before


def test_the_message_names_the_problem_and_where(
    capsys: pytest.CaptureFixture[str], seeded: Path, tmp_path: Path
) -> None:
    data = _valid_document(capsys, seeded)
    data["sessions"][3]["holds"][0]["tool"] = "golf_ball"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    _, _, err = _run(capsys, "import", bad, "--data-dir", seeded)
    assert 'sessions[3].holds[0].tool: unknown tool "golf_ball"' in _one_error_line(err)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is not valid JSON"),
        (b"{not json", "is not valid JSON"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "is not UTF-8 text"),
        (b"[]", "not an Unknot history"),
    ],
)
def test_files_that_are_not_backups(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes, expected: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    fresh = tmp_path / "fresh"
    status, out, err = _run(capsys, "import", bad, "--data-dir", fresh)
    assert (status, out) == (1, "")
    assert expected in _one_error_line(err)
    # Nothing was opened, let alone created.
    assert not fresh.exists()


def test_a_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _, err = _run(capsys, "import", tmp_path / "nope.json")
    assert status == 1
    assert _one_error_line(err) == (
        f"unknot: error: cannot read {tmp_path / 'nope.json'}: no such file or folder"
    )


def test_a_folder_instead_of_a_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _, err = _run(capsys, "import", tmp_path)
    assert status == 1
    assert "it is a folder, not a file" in _one_error_line(err)


# --- errors: one line, never a traceback --------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["bogus"],
        ["export", "--format", "xml"],
        ["import"],
        ["stats", "--jsn"],
        ["--data-dir"],
        ["--data-dir", "", "stats"],
        ["--demo", "stats"],
        ["import", "a.json", "b.json"],
    ],
)
def test_bad_arguments_exit_2_with_usage(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    status, out, err = _run(capsys, *argv)
    assert status == 2
    assert out == ""
    assert "Traceback" not in err
    assert err.splitlines()[-1].startswith("unknot")
    assert "error:" in err.splitlines()[-1]


def test_a_history_from_a_newer_unknot_is_refused_and_left_alone(
    capsys: pytest.CaptureFixture[str], seeded: Path, tmp_path: Path, clock: FakeClock
) -> None:
    database = seeded / "history.sqlite3"
    with sqlite3.connect(database) as connection:
        connection.execute("PRAGMA user_version = 999")
    connection.close()
    before = database.read_bytes()
    backup = tmp_path / "backup.json"
    backup.write_text(json.dumps(to_json([], [date(2026, 1, 1)])), encoding="utf-8")

    for argv in (["stats"], ["export"], ["export", "--format", "csv"], ["import", backup]):
        status, out, err = _run(capsys, *argv, "--data-dir", seeded, clock=clock)
        assert (status, out) == (1, "")
        assert "newer version of Unknot" in _one_error_line(err)
    assert database.read_bytes() == before


def test_a_history_error_is_one_line(
    capsys: pytest.CaptureFixture[str],
    seeded: Path,
    monkeypatch: pytest.MonkeyPatch,
    clock: FakeClock,
) -> None:
    def refuse(cls: type[History], path: Path) -> History:
        raise NewerSchemaError(path, 9, 1)

    monkeypatch.setattr(History, "open_snapshot", classmethod(refuse))
    status, out, err = _run(capsys, "stats", "--data-dir", seeded, clock=clock)
    assert (status, out) == (1, "")
    assert "newer version of Unknot" in _one_error_line(err)


def test_a_data_folder_that_is_a_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, clock: FakeClock
) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x", encoding="utf-8")
    status, out, err = _run(capsys, "stats", "--data-dir", not_a_folder, clock=clock)
    assert (status, out) == (1, "")
    _one_error_line(err)


def test_an_os_error_is_one_line(
    capsys: pytest.CaptureFixture[str],
    seeded: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def full(cls: type[History], path: Path) -> History:
        raise OSError(28, "No space left on device", str(path.parent))

    monkeypatch.setattr(History, "open_snapshot", classmethod(full))
    status, _, err = _run(capsys, "export", "--data-dir", seeded)
    assert status == 1
    assert _one_error_line(err) == f"unknot: error: the disk is full ({seeded})"


def test_an_unexpected_error_is_still_one_line(
    capsys: pytest.CaptureFixture[str], seeded: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: History) -> int:
        raise RuntimeError("something\nwent wrong")

    monkeypatch.setattr(History, "session_count", broken)
    status, _, err = _run(capsys, "stats", "--data-dir", seeded)
    assert status == 1
    assert _one_error_line(err) == (
        "unknot: error: unexpected problem (RuntimeError: something went wrong)"
    )


# --- the window ------------------------------------------------------------------------------


def test_no_command_opens_the_window(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    launched: list[LaunchOptions] = []

    def run_gui(options: LaunchOptions) -> int:
        launched.append(options)
        return 0

    fake_app = types.ModuleType("unknot.app")
    fake_app.run_gui = run_gui  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "unknot.app", fake_app)

    assert main(["--data-dir", str(tmp_path / "d"), "--demo"]) == 0
    assert main([]) == 0
    assert launched == [
        LaunchOptions(
            data_dir=tmp_path / "d",
            config_dir=Path(os.environ["UNKNOT_CONFIG_DIR"]),
            demo=True,
        ),
        LaunchOptions(
            data_dir=Path(os.environ["UNKNOT_DATA_DIR"]),
            config_dir=Path(os.environ["UNKNOT_CONFIG_DIR"]),
            demo=False,
        ),
    ]


def test_without_a_window_module_the_message_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "unknot.app", None)
    status, _, err = _run(capsys)
    assert status == 1
    _one_error_line(err)


# --- as a real process -------------------------------------------------------------------------


def _python(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        check=False,
    )


def test_version_as_a_process_loads_neither_sqlalchemy_nor_qt() -> None:
    done = _python("-m", "unknot", "--version")
    assert (done.returncode, done.stdout, done.stderr) == (0, f"unknot {__version__}\n", "")

    code = (
        "import sys\n"
        "from unknot.cli import main\n"
        "for argv in (['--version'], ['--help'], ['stats', '--help']):\n"
        "    assert main(argv) == 0\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'PySide6'})\n"
        "print(heavy, file=sys.stderr)\n"
    )
    done = _python("-c", code)
    assert done.returncode == 0, done.stderr
    assert done.stderr == "[]\n"


def test_an_error_as_a_process_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "unknot-history", "version": 1, "sessions": 3}', "utf-8")
    data = str(tmp_path / "data")
    for args in (
        ["import", str(bad), "--data-dir", data],
        ["import", str(tmp_path / "missing.json"), "--data-dir", data],
        ["stats", "--data-dir", str(bad)],
    ):
        done = _python("-m", "unknot", *args)
        assert done.returncode == 1, done.stderr
        assert done.stdout == ""
        assert "Traceback" not in done.stderr
        assert len(done.stderr.splitlines()) == 1, done.stderr


def test_export_piped_into_a_closed_reader(tmp_path: Path) -> None:
    seed(tmp_path / "data")
    reader = subprocess.Popen(
        [sys.executable, "-m", "unknot", "export", "--format", "csv"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "UNKNOT_DATA_DIR": str(tmp_path / "data")},
    )
    assert reader.stdout is not None
    reader.stdout.close()  # like `| head -0`
    _, err = reader.communicate()
    assert b"Traceback" not in err


def test_stats_export_and_import_as_a_process_never_load_qt(tmp_path: Path) -> None:
    # With no week start chosen, the locale's is looked up: without Qt.
    seed(tmp_path / "data")
    backup = tmp_path / "backup.json"
    code = (
        "import sys\n"
        "from unknot.cli import main\n"
        f"data, fresh, backup = {str(tmp_path / 'data')!r}, {str(tmp_path / 'fresh')!r}, "
        f"{str(backup)!r}\n"
        "assert main(['stats', '--data-dir', data]) == 0\n"
        "assert main(['stats', '--json', '--data-dir', data]) == 0\n"
        "assert main(['--data-dir', data, 'export', '--output', backup]) == 0\n"
        "assert main(['import', backup, '--data-dir', fresh]) == 0\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(qt, file=sys.stderr)\n"
    )
    done = _python("-c", code, env={"LANG": "en_US.UTF-8", "LC_ALL": ""})
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[-1] == "[]"


def test_export_and_import_carry_the_cues_and_stats_ignore_them(
    capsys: pytest.CaptureFixture[str], seeded: Path, tmp_path: Path, clock: FakeClock
) -> None:
    from unknot.core.areas import AreaId, Tool
    from unknot.store.history import History

    stats_before = _stats(capsys, seeded, clock)
    with History.open(seeded) as history:
        history.set_cue(AreaId.CALVES, Tool.FOAM_ROLLER, "the wall by the door")
    assert _stats(capsys, seeded, clock) == stats_before
    backup = _backup(capsys, seeded, tmp_path)
    assert json.loads(backup.read_text(encoding="utf-8"))["cues"] == [
        {"area": "calves", "tool": "foam_roller", "text": "the wall by the door"}
    ]
    fresh = tmp_path / "fresh"

    status, out, err = _run(capsys, "import", backup, "--data-dir", fresh)

    assert (status, err) == (0, "")
    assert "Cues added: 1" in out.splitlines()
    assert _export(capsys, fresh) == backup.read_text(encoding="utf-8")
    status, out, err = _run(capsys, "import", backup, "--data-dir", fresh)
    assert "Cues skipped because the history already has one for that position: 1" in out


def test_a_damaged_cue_in_an_import_is_one_clear_line(
    capsys: pytest.CaptureFixture[str], seeded: Path, tmp_path: Path
) -> None:
    backup = _backup(capsys, seeded, tmp_path)
    data = json.loads(backup.read_text(encoding="utf-8"))
    data["cues"] = [{"area": "neck", "tool": "hands", "text": "lean\nleft"}]
    backup.write_text(json.dumps(data), encoding="utf-8")

    status, out, err = _run(capsys, "import", backup, "--data-dir", tmp_path / "fresh")

    assert status != 0
    assert out == ""
    assert "Traceback" not in err
    assert "cues[0].text:" in err and "a cue is one line; nothing was imported" in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("command", "needed"),
    [
        ("stats", []),
        ("export", []),
        ("import", ["backup.json"]),
        ("restore", ["backup.json"]),
        ("check", []),
        ("report", ["-o", "report.pdf"]),
    ],
)
def test_an_unknown_option_is_told_with_the_command_s_own_usage(
    command: str, needed: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    assert main([command, *needed, "--bogus", "--data-dir", str(folder)]) == 2
    err = capsys.readouterr().err
    assert f"usage: unknot {command}" in err
    assert f"unknot {command}: error: unrecognized arguments: --bogus" in err
    assert "Traceback" not in err
    assert list(tmp_path.iterdir()) == []  # nothing made, nothing read
