"""The schema is versioned: older files are brought up to date, newer ones refused
and left exactly as they were."""

from __future__ import annotations

import re
import shutil
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, inspect

from tests.store.damage_cases import CASES, DamageCase, Kind
from tests.store.fixtures.make_fixtures import (
    EXPECTED_CUES,
    EXPECTED_REST_DAYS,
    EXPECTED_ROUTINES,
    EXPECTED_SESSIONS,
    FIXTURES,
)
from tests.store.helpers import assert_same_instants_and_offsets, digest
from unknot.core.areas import AreaId, Tool
from unknot.store import History, HistoryError, NewerSchemaError, migrations
from unknot.store.database import create_history_engine, writer
from unknot.store.migrations import (
    APPLICATION_ID,
    MIGRATIONS,
    SCHEMA_VERSION,
    Migration,
    migrate,
    read_header,
)
from unknot.store.models import Base

# The file the release before this one wrote at the newest version.
LATEST_FIXTURE = FIXTURES / f"history-v{SCHEMA_VERSION}.sqlite3"


def _put(fixture: Path, data_dir: Path) -> Path:
    data_dir.mkdir()
    target = data_dir / "history.sqlite3"
    shutil.copyfile(fixture, target)
    return target


def test_the_steps_are_numbered_one_by_one() -> None:
    assert [step.version for step in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert len(MIGRATIONS) == SCHEMA_VERSION


def test_every_version_has_a_fixture_file() -> None:
    for version in range(1, SCHEMA_VERSION + 1):
        assert (FIXTURES / f"history-v{version}.sqlite3").is_file(), version


def test_a_version_1_file_reads_back_completely(data_dir: Path) -> None:
    fixture = FIXTURES / "history-v1.sqlite3"
    before = digest(fixture)
    _put(fixture, data_dir)

    with History.open(data_dir) as history:
        sessions = history.sessions()
        rest_days = history.rest_days()
        routines = history.routines()
        count = history.session_count()
        total = history.total_hold_seconds()

    assert history.found_version == 1
    assert history.set_aside is None
    # The fixture has one session that was still running when it was written.
    assert history.interrupted_closed == 1
    assert_same_instants_and_offsets(sessions, list(EXPECTED_SESSIONS))
    assert rest_days == EXPECTED_REST_DAYS
    assert routines == sorted(EXPECTED_ROUTINES, key=lambda r: r.name.casefold())
    assert count == len(EXPECTED_SESSIONS)
    assert total == pytest.approx(sum(h.held_seconds for s in EXPECTED_SESSIONS for h in s.holds))
    assert digest(fixture) == before  # only the copy was opened
    raw = sqlite3.connect(data_dir / "history.sqlite3")
    try:
        assert raw.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
        # Version 2 gave the file its own identity, counted up by every write.
        ((identity, commits),) = raw.execute("SELECT id, commits FROM history_identity")
        assert re.fullmatch("[0-9a-f]{32}", identity)
        assert commits >= 1
    finally:
        raw.close()


@pytest.mark.parametrize("version", [1, 2])
def test_a_file_from_before_cues_upgrades_without_any_and_takes_one(
    data_dir: Path, version: int
) -> None:
    path = _put(FIXTURES / f"history-v{version}.sqlite3", data_dir)

    with History.open(data_dir) as history:
        assert history.found_version == version
        assert history.cues() == {}
        history.set_cue(AreaId.NECK, Tool.HANDS, " lean a bit to the left ")
        sessions = history.sessions()

    assert_same_instants_and_offsets(sessions, list(EXPECTED_SESSIONS))
    assert _user_version(path) == SCHEMA_VERSION
    with History.open(data_dir) as history:
        assert history.cues() == {(AreaId.NECK, Tool.HANDS): "lean a bit to the left"}


def test_a_version_3_file_reads_its_cues_back(data_dir: Path) -> None:
    _put(FIXTURES / "history-v3.sqlite3", data_dir)
    with History.open(data_dir) as history:
        assert history.cues() == EXPECTED_CUES
        assert_same_instants_and_offsets(history.sessions(), list(EXPECTED_SESSIONS))


def test_the_cues_table_refuses_what_core_refuses(tmp_path: Path) -> None:
    with History.open(tmp_path / "h") as history:
        path = history.path
    raw = sqlite3.connect(path)
    try:
        for area, tool, text in (
            ("elbow", "hands", "x"),
            ("neck", "rock", "x"),
            ("neck", "hands", ""),
            ("neck", "hands", " x"),
            ("neck", "hands", "x" * 121),
        ):
            with pytest.raises(sqlite3.IntegrityError):
                raw.execute(
                    "INSERT INTO cues (area, tool, text) VALUES (?, ?, ?)", (area, tool, text)
                )
    finally:
        raw.close()


def test_each_history_gets_its_own_identity(tmp_path: Path) -> None:
    ids = set()
    for name in ("a", "b"):
        _put(FIXTURES / "history-v1.sqlite3", tmp_path / name)
        with History.open(tmp_path / name):
            pass
        raw = sqlite3.connect(tmp_path / name / "history.sqlite3")
        try:
            ids.add(raw.execute("SELECT id FROM history_identity").fetchone()[0])
        finally:
            raw.close()
    assert len(ids) == 2


def test_every_write_counts_itself(data_dir: Path) -> None:
    def commits() -> int:
        raw = sqlite3.connect(data_dir / "history.sqlite3")
        try:
            return int(raw.execute("SELECT commits FROM history_identity").fetchone()[0])
        finally:
            raw.close()

    with History.open(data_dir) as history:
        before = commits()
        history.set_rest_day(date(2026, 1, 2), True)
        history.set_rest_day(date(2026, 1, 2), True)  # changes nothing, still a commit
        history.sessions()  # reading is not
        assert commits() == before + 2


def _schema(engine_url_or_path: Path) -> dict[str, Any]:
    engine = create_engine(f"sqlite:///{engine_url_or_path}")
    try:
        inspector = inspect(engine)
        schema: dict[str, Any] = {}
        for table in sorted(inspector.get_table_names()):
            schema[table] = {
                "columns": [
                    (c["name"], str(c["type"]), c["nullable"], c["default"])
                    for c in inspector.get_columns(table)
                ],
                "primary_key": inspector.get_pk_constraint(table)["constrained_columns"],
                "foreign_keys": sorted(
                    (
                        tuple(fk["constrained_columns"]),
                        fk["referred_table"],
                        tuple(fk["referred_columns"]),
                        tuple(sorted(fk.get("options", {}).items())),
                    )
                    for fk in inspector.get_foreign_keys(table)
                ),
                "indexes": sorted(
                    (i["name"], tuple(str(c) for c in i["column_names"]), bool(i["unique"]))
                    for i in inspector.get_indexes(table)
                ),
                "unique": sorted(
                    (u["name"], tuple(u["column_names"]))
                    for u in inspector.get_unique_constraints(table)
                ),
                "checks": sorted(
                    (c["name"], " ".join(c["sqltext"].split()))
                    for c in inspector.get_check_constraints(table)
                ),
            }
        return schema
    finally:
        engine.dispose()


def test_the_migrated_schema_is_the_one_the_models_describe(tmp_path: Path) -> None:
    with History.open(tmp_path / "migrated"):
        pass
    from_models = tmp_path / "models.sqlite3"
    engine = create_engine(f"sqlite:///{from_models}")
    Base.metadata.create_all(engine)
    engine.dispose()

    migrated = _schema(tmp_path / "migrated" / "history.sqlite3")
    described = _schema(from_models)

    assert migrated.keys() == described.keys()
    for table in described:
        assert migrated[table] == described[table], table


# --- newer files ---------------------------------------------------------------------


def _newer_file(data_dir: Path) -> Path:
    with History.open(data_dir) as history:
        path = history.path
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.commit()
    raw.close()
    return path


def test_a_file_from_a_newer_version_is_refused_and_untouched(data_dir: Path) -> None:
    path = _newer_file(data_dir)
    before = digest(path)
    listing = sorted(p.name for p in data_dir.iterdir())

    with pytest.raises(NewerSchemaError) as refused:
        History.open(data_dir)

    assert digest(path) == before
    assert sorted(p.name for p in data_dir.iterdir()) == listing
    assert refused.value.found_version == SCHEMA_VERSION + 1
    assert refused.value.known_version == SCHEMA_VERSION
    message = str(refused.value)
    assert "\n" not in message
    assert "newer version of Unknot" in message
    assert "has not been changed" in message
    assert isinstance(refused.value, HistoryError)


def test_a_newer_version_still_in_the_write_ahead_log_is_refused_too(tmp_path: Path) -> None:
    # A newer release migrated the file and was killed before the log was copied
    # into the database: the header still says the old version.
    source = tmp_path / "source"
    with History.open(source) as history:
        path = history.path
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA wal_autocheckpoint = 0")
    # Written as Unknot writes: the identity row counts the transaction.
    raw.execute("BEGIN IMMEDIATE")
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.execute("UPDATE history_identity SET commits = commits + 1")
    raw.execute("COMMIT")
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{path}{suffix}", data_dir / f"history.sqlite3{suffix}")
    raw.close()
    copies = [data_dir / "history.sqlite3", data_dir / "history.sqlite3-wal"]
    before = [digest(copy) for copy in copies]
    header = read_header(copies[0])
    assert header is not None
    assert header.user_version == SCHEMA_VERSION

    with pytest.raises(NewerSchemaError):
        History.open(data_dir)

    assert [digest(copy) for copy in copies] == before
    assert not list(data_dir.glob("history.damaged*"))


# --- running the steps ---------------------------------------------------------------


def test_a_new_file_goes_through_every_step_at_once(tmp_path: Path) -> None:
    engine = create_history_engine(tmp_path / "new.sqlite3")
    try:
        with writer(engine).begin() as connection:
            assert migrate(connection, tmp_path / "new.sqlite3") == (0, SCHEMA_VERSION)
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA user_version").scalar() == SCHEMA_VERSION
            assert connection.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
    finally:
        engine.dispose()


def _with_step(monkeypatch: pytest.MonkeyPatch, *statements: str) -> Migration:
    step = Migration(
        version=SCHEMA_VERSION + 1, description="a step for the test", statements=statements
    )
    monkeypatch.setattr(migrations, "MIGRATIONS", (*MIGRATIONS, step))
    return step


def _columns(path: Path, table: str) -> list[str]:
    raw = sqlite3.connect(path)
    try:
        return [row[1] for row in raw.execute(f"PRAGMA table_info({table})")]
    finally:
        raw.close()


def _user_version(path: Path) -> int:
    raw = sqlite3.connect(path)
    try:
        return int(raw.execute("PRAGMA user_version").fetchone()[0])
    finally:
        raw.close()


def test_an_older_file_is_copied_then_upgraded(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _put(LATEST_FIXTURE, data_dir)
    step = _with_step(monkeypatch, "ALTER TABLE sessions ADD COLUMN mood TEXT")

    with History.open(data_dir) as history:
        sessions = history.sessions()

    assert history.found_version == SCHEMA_VERSION
    assert _user_version(path) == step.version
    assert "mood" in _columns(path, "sessions")
    assert len(sessions) == len(EXPECTED_SESSIONS)
    backup = history.backup
    assert backup is not None
    assert re.fullmatch(
        rf"history\.before-upgrade-v{SCHEMA_VERSION}-\d{{8}}-\d{{6}}\.sqlite3", backup.name
    )
    assert backup.stat().st_mode & 0o777 == 0o600
    assert not backup.with_name(backup.name + "-wal").exists()
    # The copy is the file as it was: the old version, the old tables, every row.
    assert _user_version(backup) == SCHEMA_VERSION
    assert "mood" not in _columns(backup, "sessions")
    restored = data_dir.parent / "restored"
    restored.mkdir()
    shutil.copyfile(backup, restored / "history.sqlite3")
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS)
    with History.open(restored) as history:
        assert_same_instants_and_offsets(history.sessions(), list(EXPECTED_SESSIONS))
        assert history.routines() == sorted(EXPECTED_ROUTINES, key=lambda r: r.name.casefold())


def test_a_step_that_fails_leaves_the_file_as_it_was(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _put(LATEST_FIXTURE, data_dir)
    _with_step(
        monkeypatch,
        "CREATE TABLE half_done (x INTEGER)",
        "ALTER TABLE sessions ADD COLUMN mood TEXT",
        "THIS IS NOT SQL",
    )

    with pytest.raises(HistoryError, match="syntax error"):
        History.open(data_dir)

    assert _user_version(path) == SCHEMA_VERSION
    assert "mood" not in _columns(path, "sessions")
    raw = sqlite3.connect(path)
    try:
        tables = [row[0] for row in raw.execute("SELECT name FROM sqlite_master")]
        # The session left open in the fixture is still open: nothing ran.
        assert raw.execute("SELECT count(*) FROM sessions WHERE outcome IS NULL").fetchone() == (1,)
    finally:
        raw.close()
    assert "half_done" not in tables


def test_a_current_file_is_not_copied(data_dir: Path) -> None:
    with History.open(data_dir):
        pass
    with History.open(data_dir) as history:
        assert history.backup is None
    assert not list(data_dir.glob("*before-upgrade*"))


def test_the_version_check_needs_no_sqlite_for_a_clean_newer_file(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _newer_file(data_dir)

    def no_sqlite(*args: object, **kwargs: object) -> None:
        raise AssertionError("SQLite opened a file it should have refused from its header")

    monkeypatch.setattr(sqlite3, "connect", no_sqlite)
    with pytest.raises(NewerSchemaError, match=re.escape(str(path))):
        History.open(data_dir)


@pytest.mark.parametrize(
    "case",
    [case for case in CASES if case.kind is Kind.NEWER],
    ids=str,
)
def test_a_version_far_beyond_this_one_is_a_newer_unknots_file(
    tmp_path: Path, case: DamageCase
) -> None:
    # Past 2**31 SQLite reads the number back negative, or stores 0 when asked
    # through PRAGMA; neither may run a step on the file ("table already exists").
    data_dir = tmp_path / "data"
    case.build(data_dir)
    path = data_dir / "history.sqlite3"
    before = digest(path)

    with pytest.raises(NewerSchemaError) as refused:
        History.open(data_dir)
    with pytest.raises(NewerSchemaError) as refused_reading:
        History.open_snapshot(path)
    for message in (str(refused.value), str(refused_reading.value)):
        assert "newer version of Unknot" in message
        assert "already exists" not in message
    assert digest(path) == before
    assert sorted(p.name for p in data_dir.iterdir()) == ["backups", "history.sqlite3"]


def test_a_version_0_file_of_another_program_is_not_migrated(data_dir: Path) -> None:
    data_dir.mkdir()
    path = data_dir / "history.sqlite3"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE sessions (anything TEXT)")
    raw.commit()
    raw.close()
    before = digest(path)

    with pytest.raises(HistoryError, match="another program"):
        History.open(data_dir)
    assert digest(path) == before
