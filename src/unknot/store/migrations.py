"""The history file's schema, one numbered step at a time.

`PRAGMA user_version` holds the number of steps a file has been through: 0 for a
new, empty file. Opening runs the missing steps in order, all in one transaction
with the new number, so a crash leaves the file at the old version or the new one.

A step is frozen once released: a file written by that release must keep
migrating the same way forever. Change the schema by appending a step (and
adding `tests/store/fixtures/history-vN.sqlite3` made by the release before it),
never by editing one. The CHECK lists below are literal for that reason; they are
not generated from the enums, which may grow.

SQLite cannot ALTER a CHECK constraint: a step that needs to (a new tool, say)
rebuilds the table as https://sqlite.org/lang_altertable.html#otheralter
describes, with foreign keys switched off around the transaction.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection

from unknot.store.errors import HistoryError, NewerSchemaError

# Written into the file header (PRAGMA application_id) so the file says whose it is;
# "UnKt" in ASCII.
APPLICATION_ID = 0x556E4B74

# Where SQLite keeps these two in the 100-byte file header.
_USER_VERSION_OFFSET = 60
_APPLICATION_ID_OFFSET = 68
SQLITE_HEADER_SIZE = 100
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Migration:
    """The step from version `version - 1` to `version`."""

    version: int
    description: str
    statements: tuple[str, ...]


_V1_SESSIONS = """
CREATE TABLE sessions (
    id TEXT NOT NULL,
    kind TEXT NOT NULL,
    outcome TEXT,
    started_at_utc TEXT NOT NULL,
    started_offset_seconds INTEGER NOT NULL,
    time_zone TEXT NOT NULL,
    local_date DATE NOT NULL,
    ended_at_utc TEXT,
    ended_offset_seconds INTEGER,
    note TEXT,
    PRIMARY KEY (id),
    CONSTRAINT ck_sessions_kind CHECK (kind IN ('focus', 'scan')),
    CONSTRAINT ck_sessions_outcome
        CHECK (outcome IS NULL OR outcome IN ('completed', 'stopped_pain', 'interrupted')),
    CONSTRAINT ck_sessions_started_offset
        CHECK (started_offset_seconds BETWEEN -86399 AND 86399),
    CONSTRAINT ck_sessions_ended
        CHECK ((ended_at_utc IS NULL) = (ended_offset_seconds IS NULL)),
    CONSTRAINT ck_sessions_ended_offset
        CHECK (ended_offset_seconds IS NULL OR ended_offset_seconds BETWEEN -86399 AND 86399),
    CONSTRAINT ck_sessions_time_zone CHECK (length(time_zone) > 0)
)
"""

_V1_HOLDS = """
CREATE TABLE holds (
    id INTEGER NOT NULL,
    session_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    area TEXT NOT NULL,
    side TEXT,
    tool TEXT NOT NULL,
    tools_tried TEXT NOT NULL,
    planned_seconds INTEGER NOT NULL,
    held_seconds FLOAT NOT NULL,
    released BOOLEAN NOT NULL,
    tenderness_before INTEGER,
    tenderness_after INTEGER,
    started_at_utc TEXT NOT NULL,
    started_offset_seconds INTEGER NOT NULL,
    ended_at_utc TEXT NOT NULL,
    ended_offset_seconds INTEGER NOT NULL,
    time_zone TEXT NOT NULL,
    local_date DATE NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_holds_session_position UNIQUE (session_id, position),
    CONSTRAINT ck_holds_position CHECK (position >= 0),
    CONSTRAINT ck_holds_area CHECK (area IN ('head', 'jaw', 'neck', 'shoulders', 'arms',
        'lower_back', 'hips', 'quads', 'calves', 'feet')),
    CONSTRAINT ck_holds_side CHECK (side IS NULL OR side IN ('left', 'right', 'both')),
    CONSTRAINT ck_holds_tool
        CHECK (tool IN ('hands', 'tennis_ball', 'lacrosse_ball', 'foam_roller')),
    CONSTRAINT ck_holds_planned_seconds CHECK (planned_seconds > 0),
    CONSTRAINT ck_holds_held_seconds CHECK (held_seconds >= 0),
    CONSTRAINT ck_holds_released CHECK (released IN (0, 1)),
    CONSTRAINT ck_holds_tenderness_before
        CHECK (tenderness_before IS NULL OR tenderness_before BETWEEN 0 AND 10),
    CONSTRAINT ck_holds_tenderness_after
        CHECK (tenderness_after IS NULL OR tenderness_after BETWEEN 0 AND 10),
    CONSTRAINT ck_holds_started_offset CHECK (started_offset_seconds BETWEEN -86399 AND 86399),
    CONSTRAINT ck_holds_ended_offset CHECK (ended_offset_seconds BETWEEN -86399 AND 86399),
    CONSTRAINT ck_holds_time_zone CHECK (length(time_zone) > 0),
    FOREIGN KEY (session_id) REFERENCES sessions (id) ON DELETE CASCADE
)
"""

_V1_REST_DAYS = """
CREATE TABLE rest_days (
    day DATE NOT NULL,
    PRIMARY KEY (day)
)
"""

_V1_ROUTINES = """
CREATE TABLE routines (
    name TEXT NOT NULL,
    PRIMARY KEY (name),
    CONSTRAINT ck_routines_name CHECK (length(trim(name)) > 0)
)
"""

_V1_ROUTINE_SPOTS = """
CREATE TABLE routine_spots (
    routine_name TEXT NOT NULL,
    position INTEGER NOT NULL,
    area TEXT NOT NULL,
    side TEXT NOT NULL,
    tenderness INTEGER,
    PRIMARY KEY (routine_name, position),
    CONSTRAINT ck_routine_spots_position CHECK (position >= 0),
    CONSTRAINT ck_routine_spots_area CHECK (area IN ('head', 'jaw', 'neck', 'shoulders',
        'arms', 'lower_back', 'hips', 'quads', 'calves', 'feet')),
    CONSTRAINT ck_routine_spots_side CHECK (side IN ('left', 'right', 'both')),
    CONSTRAINT ck_routine_spots_tenderness
        CHECK (tenderness IS NULL OR tenderness BETWEEN 0 AND 10),
    FOREIGN KEY (routine_name) REFERENCES routines (name) ON DELETE CASCADE ON UPDATE CASCADE
)
"""

# The history's identity: a random id given when the table is made, and a count
# every write transaction raises (see `BUMP_COMMITS`). Each commit therefore
# rewrites this one row, so a write-ahead log beside the file can be checked
# against it: a log of this file carries this id in every commit, and its first
# commit follows the count in the file (see `unknot.store.side_files`). One row,
# kept on the table's own root page by the CHECK.
_V2_IDENTITY = """
CREATE TABLE history_identity (
    slot INTEGER NOT NULL,
    id TEXT NOT NULL,
    commits INTEGER NOT NULL,
    PRIMARY KEY (slot),
    CONSTRAINT ck_history_identity_slot CHECK (slot = 1),
    CONSTRAINT ck_history_identity_id CHECK (length(id) = 32)
)
"""

# A person's own cue for one position (an area and a tool): one line of their
# words, trimmed, at most 120 characters (unknot.core.cues checks the rest).
_V3_CUES = """
CREATE TABLE cues (
    area TEXT NOT NULL,
    tool TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (area, tool),
    CONSTRAINT ck_cues_area CHECK (area IN ('head', 'jaw', 'neck', 'shoulders', 'arms',
        'lower_back', 'hips', 'quads', 'calves', 'feet')),
    CONSTRAINT ck_cues_tool
        CHECK (tool IN ('hands', 'tennis_ball', 'lacrosse_ball', 'foam_roller')),
    CONSTRAINT ck_cues_text CHECK (length(text) BETWEEN 1 AND 120 AND text = trim(text))
)
"""

IDENTITY_TABLE = "history_identity"
BUMP_COMMITS = "UPDATE history_identity SET commits = commits + 1"
COMMITS = "SELECT commits FROM history_identity WHERE slot = 1"

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        version=1,
        description="sessions, holds, rest days and saved routines",
        statements=(
            _V1_SESSIONS,
            "CREATE INDEX ix_sessions_started_at_utc ON sessions (started_at_utc)",
            "CREATE INDEX ix_sessions_local_date ON sessions (local_date)",
            _V1_HOLDS,
            "CREATE INDEX ix_holds_local_date ON holds (local_date)",
            _V1_REST_DAYS,
            _V1_ROUTINES,
            _V1_ROUTINE_SPOTS,
        ),
    ),
    Migration(
        version=2,
        description="the history's own identity, to tell its side files from others",
        statements=(
            _V2_IDENTITY,
            "INSERT INTO history_identity (slot, id, commits) "
            "VALUES (1, lower(hex(randomblob(16))), 0)",
        ),
    ),
    Migration(
        version=3,
        description="a person's own cue for each position",
        statements=(_V3_CUES,),
    ),
)

# The version this release writes. Code asks `current_version()` instead, so a
# test can append a step and see a file upgraded.
SCHEMA_VERSION = MIGRATIONS[-1].version


@dataclass(frozen=True)
class FileHeader:
    user_version: int
    application_id: int


def read_header(path: Path) -> FileHeader | None:
    """The schema version and application id straight from the file's first bytes,
    without SQLite opening (and so possibly changing) anything. None when the file
    does not start like a SQLite database."""
    with path.open("rb") as file:
        return parse_header(file.read(SQLITE_HEADER_SIZE))


def parse_header(header: bytes) -> FileHeader | None:
    """`read_header` for the first bytes of a file already read."""
    if len(header) < SQLITE_HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        return None
    # Fields every SQLite file has the same way; if they are off, nothing else in
    # the header can be trusted either.
    (page_size,) = struct.unpack_from(">H", header, 16)
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1) or header[21:24] != b"\x40\x20\x20":
        return None
    (user_version,) = struct.unpack_from(">i", header, _USER_VERSION_OFFSET)
    (application_id,) = struct.unpack_from(">i", header, _APPLICATION_ID_OFFSET)
    return FileHeader(user_version=user_version, application_id=application_id)


def current_version() -> int:
    """The version this code writes: the number of the last step."""
    return MIGRATIONS[-1].version


def check_not_newer(path: Path, version: int) -> None:
    """Raise NewerSchemaError for a version past this release's. SQLite keeps the
    version signed: a negative one was written as a number past 2**31."""
    if version < 0 or version > current_version():
        raise NewerSchemaError(path, version, current_version())


def check_version(path: Path, version: int, application_id: int, tables: int) -> None:
    """`check_not_newer`, and a version 0 in a file that already holds `tables`
    tables: SQLite stores 0 when asked for a version past 2**31, so in a file
    marked as Unknot's that is a newer Unknot's file (NewerSchemaError); in any
    other it is another program's database (HistoryError). Either way no step
    may run on it."""
    check_not_newer(path, version)
    if version == 0 and tables:
        if application_id == APPLICATION_ID:
            raise NewerSchemaError(path, version, current_version())
        raise HistoryError(
            f"{path} is a database of another program, not an Unknot history; "
            f"move it away or choose another data folder."
        )


def migrate(connection: Connection, path: Path) -> tuple[int, int]:
    """Bring the file up to the current version inside the caller's write
    transaction; returns the versions (before, after). Raises NewerSchemaError,
    having written nothing, for a file from a newer release."""
    before = _pragma_int(connection, "user_version")
    tables = connection.exec_driver_sql(
        "SELECT count(*) FROM sqlite_schema WHERE type = 'table'"
    ).scalar_one()
    check_version(path, before, _pragma_int(connection, "application_id"), int(tables))
    for step in MIGRATIONS:
        if step.version <= before:
            continue
        for statement in step.statements:
            connection.exec_driver_sql(statement)
        # PRAGMA takes no bound parameters; both values are ints from this module.
        connection.exec_driver_sql(f"PRAGMA user_version = {int(step.version)}")
    if before == 0:
        connection.exec_driver_sql(f"PRAGMA application_id = {int(APPLICATION_ID)}")
    return before, max(before, current_version())


def _pragma_int(connection: Connection, name: str) -> int:
    value = connection.exec_driver_sql(f"PRAGMA {name}").scalar_one()
    return int(value)
