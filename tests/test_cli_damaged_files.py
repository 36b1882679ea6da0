"""Every damaged history and every side file that is not the history's own,
through the command line: no traceback, no silent change, the original kept
byte for byte, the person told in words, the newest verified backup named.

The cases are built by `tests.store.damage_cases`; adding one there adds it to
every test here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.store.damage_cases import (
    BACKUP_NAME,
    CASES,
    HISTORY,
    SESSIONS,
    DamageCase,
    Kind,
    folder_digest,
)
from unknot.cli import EXIT_DAMAGED, EXIT_NEWER, EXIT_OK, EXIT_SIDE_FILES, main

EXPECTED_CHECK_STATUS = {
    Kind.DAMAGED: EXIT_DAMAGED,
    Kind.FOREIGN_SIDE_FILE: EXIT_SIDE_FILES,
    Kind.NEWER: EXIT_NEWER,
}
DAMAGED_NAME = re.compile(r"history\.damaged-\d{8}-\d{6}(-\d+)?\.sqlite3")
FOREIGN_NAME = re.compile(r"history\.foreign-\d{8}-\d{6}(-\d+)?\.sqlite3(-wal|-shm|-journal)")


def _run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    status = main([str(arg) for arg in argv])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert "unexpected problem" not in captured.err
    return status, captured.out, captured.err


@pytest.fixture(params=CASES, ids=str)
def case(request: pytest.FixtureRequest) -> DamageCase:
    found: DamageCase = request.param
    return found


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def _side_files(data_dir: Path) -> dict[str, bytes]:
    return {
        side.name: side.read_bytes()
        for suffix in ("-wal", "-shm", "-journal")
        if (side := data_dir / f"{HISTORY}{suffix}").is_file()
    }


def test_reading_commands_change_nothing_and_say_what_is_wrong(
    capsys: pytest.CaptureFixture[str], case: DamageCase, data_dir: Path, tmp_path: Path
) -> None:
    case.build(data_dir)
    good_backup = tmp_path / "last-good.json"
    good_backup.write_text('{"format": "unknot-history"}\n', encoding="utf-8")
    before = folder_digest(data_dir)

    for argv in (
        ["stats"],
        ["stats", "--json"],
        ["export"],
        ["export", "--format", "csv"],
        ["export", "-o", good_backup],
    ):
        status, out, err = _run(capsys, *argv, "--data-dir", data_dir)
        if case.kind is Kind.DAMAGED:
            assert status == 1, argv
            assert out == ""
            assert "damaged" in err
            assert "unknot check --repair" in err
            assert str(data_dir / HISTORY) in err
        elif case.kind is Kind.NEWER:
            assert (status, out) == (1, ""), argv
            assert "newer version of Unknot" in err
        else:
            assert case.kind is Kind.FOREIGN_SIDE_FILE
            assert status == 0, (argv, err)
            # The history's own sessions, told that a file beside it was left out.
            assert "was left out (a " in err
            assert "check --repair" in err
        assert len(err.splitlines()) <= 2, err
        assert folder_digest(data_dir) == before, argv

    if case.kind is Kind.FOREIGN_SIDE_FILE:
        status, out, _ = _run(capsys, "stats", "--json", "--data-dir", data_dir)
        assert json.loads(out)["total_sessions"] == SESSIONS
        status, out, _ = _run(capsys, "export", "--data-dir", data_dir)
        assert len(json.loads(out)["sessions"]) == SESSIONS
    else:
        # Never an empty export in place of the last good backup.
        assert good_backup.read_text(encoding="utf-8") == '{"format": "unknot-history"}\n'

    status, out, err = _run(capsys, "check", "--data-dir", data_dir)
    assert status == EXPECTED_CHECK_STATUS[case.kind], (out, err)
    if case.kind is Kind.NEWER:
        assert "newer version of Unknot" in err
    else:
        assert BACKUP_NAME in out
        assert "check --repair" in out
    assert folder_digest(data_dir) == before


def test_repair_keeps_every_byte_and_names_the_newest_backup(
    capsys: pytest.CaptureFixture[str], case: DamageCase, data_dir: Path
) -> None:
    case.build(data_dir)
    before = folder_digest(data_dir)
    original = data_dir / HISTORY
    original_bytes = original.read_bytes() if original.is_file() else None
    sides = _side_files(data_dir)

    status, out, err = _run(capsys, "check", "--repair", "--data-dir", data_dir)

    if case.kind is Kind.NEWER:
        assert status == EXIT_NEWER
        assert "newer version of Unknot" in err
        assert folder_digest(data_dir) == before
        return
    assert status == EXIT_OK, err
    assert BACKUP_NAME in out
    if case.kind is Kind.DAMAGED:
        (kept,) = [p for p in data_dir.iterdir() if DAMAGED_NAME.fullmatch(p.name)]
        assert str(kept) in out
        if original_bytes is None:
            assert kept.is_dir()
            assert (kept / "note.txt").read_text(encoding="utf-8") == "not a history"
        else:
            assert kept.read_bytes() == original_bytes
    else:
        kept_sides = {
            p.name.rsplit(".sqlite3", 1)[1]: p.read_bytes()
            for p in data_dir.iterdir()
            if FOREIGN_NAME.fullmatch(p.name)
        }
        assert kept_sides
        for suffix, content in kept_sides.items():
            assert sides[f"{HISTORY}{suffix}"] == content
        assert all(f"as {data_dir}" in line for line in out.splitlines()[: len(kept_sides)])
    # Afterwards the history opens and says nothing more.
    status, out, err = _run(capsys, "check", "--data-dir", data_dir)
    assert status == EXIT_OK, out
    status, out, _ = _run(capsys, "stats", "--json", "--data-dir", data_dir)
    expected = SESSIONS if case.kind is Kind.FOREIGN_SIDE_FILE else 0
    assert json.loads(out)["total_sessions"] == expected


def test_restore_brings_the_backup_back_and_keeps_the_original(
    capsys: pytest.CaptureFixture[str], case: DamageCase, data_dir: Path
) -> None:
    case.build(data_dir)
    before = folder_digest(data_dir)
    original = data_dir / HISTORY
    original_bytes = original.read_bytes() if original.is_file() else None
    backup = data_dir / "backups" / BACKUP_NAME

    status, out, err = _run(capsys, "restore", backup, "--data-dir", data_dir)

    if case.kind is Kind.NEWER:
        assert status == 1
        assert "newer version of Unknot" in err
        assert folder_digest(data_dir) == before
        return
    assert status == EXIT_OK, err
    if case.kind is Kind.DAMAGED:
        assert "was kept, unchanged, as" in err
        (kept,) = [p for p in data_dir.iterdir() if DAMAGED_NAME.fullmatch(p.name)]
        assert original_bytes is None or kept.read_bytes() == original_bytes
    if case.kind is Kind.FOREIGN_SIDE_FILE:
        assert "could not be used (damaged, or another file's); it was kept aside as" in err
    status, out, _ = _run(capsys, "stats", "--json", "--data-dir", data_dir)
    assert json.loads(out)["total_sessions"] == SESSIONS


@pytest.mark.parametrize(
    "offset", [28, 40, None], ids=["header checksum", "frame header", "random"]
)
def test_a_young_history_with_a_damaged_log_is_never_read_as_empty(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, offset: int | None
) -> None:
    # Young: the file is still its first page and every session is in the log.
    import random
    import shutil

    from tests.store.damage_cases import add_sessions, crash_copy, running

    with running(tmp_path / "app") as history:
        add_sessions(history, 3)
        crash_copy(history.path, tmp_path / "data", ("", "-wal", "-shm"))
    data_dir = tmp_path / "data"
    wal = data_dir / f"{HISTORY}-wal"
    good = wal.read_bytes()
    if offset is None:
        damaged = random.Random(4).randbytes(40 * 1024)
    else:
        damaged = good[:offset] + bytes([good[offset] ^ 0x10]) + good[offset + 1 :]
    wal.write_bytes(damaged)
    shutil.copytree(data_dir, tmp_path / "before")
    before = folder_digest(data_dir)

    status, out, err = _run(capsys, "--data-dir", data_dir, "check")
    assert status == EXIT_SIDE_FILES
    assert "(history format 0)" not in out
    assert "holds 0 sessions" in out
    assert "damaged write-ahead log" in out + err
    assert folder_digest(data_dir) == before

    status, out, err = _run(capsys, "--data-dir", data_dir, "check", "--repair")
    kept = [p for p in data_dir.iterdir() if FOREIGN_NAME.fullmatch(p.name)]
    assert any(p.name.endswith("-wal") and p.read_bytes() == damaged for p in kept)
    assert not wal.exists()
