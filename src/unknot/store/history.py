"""The history: every session and hold, rest days and saved routines, in one file.

Everything written is committed before the call returns, so a hold that ended is
on disk even if the process is killed the next moment. Everything read comes
back as the plain records of `unknot.core`, never as database rows.
"""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from uuid import uuid4

from sqlalchemy import ColumnElement, Engine, delete, func, select, text, true
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, selectinload

from unknot.core.areas import AreaId, Tool
from unknot.core.cues import Cue, check_position, clean_cue
from unknot.core.plans import Routine
from unknot.core.records import (
    HoldRecord,
    Outcome,
    SessionKind,
    SessionRecord,
    closed_as_interrupted,
)
from unknot.paths import HISTORY_FILE_NAME
from unknot.store import convert, side_files
from unknot.store.backup import backup_before_upgrade
from unknot.store.damaged import Verdict, inspect_files, set_aside
from unknot.store.database import (
    create_history_engine,
    create_image_engine,
    create_private_file,
    make_files_private,
    make_private_dir,
    writer,
)
from unknot.store.errors import (
    DamagedHistoryError,
    HistoryBusyError,
    HistoryError,
    NewerSchemaError,
    classify,
)
from unknot.store.live import SessionLock, lock_path
from unknot.store.migrations import (
    BUMP_COMMITS,
    COMMITS,
    check_not_newer,
    current_version,
    migrate,
    read_header,
)
from unknot.store.models import CueRow, HoldRow, RestDayRow, RoutineRow, SessionRow
from unknot.store.side_files import (
    HistoryFiles,
    read_history_files,
    set_aside_side_files,
)

__all__ = [
    "DamagedHistoryError",
    "History",
    "HistoryBusyError",
    "HistoryError",
    "ImportReport",
    "NewerSchemaError",
]

# Rows an import hands to SQLite at a time; all of them still commit together.
IMPORT_FLUSH_EVERY = 200

_LOCK_FILE = re.compile(r"history\.session-(?P<id>.+)\.lock")


@dataclass(frozen=True)
class ImportReport:
    sessions_added: int
    sessions_skipped: int
    holds_added: int
    rest_days_added: int
    routines_added: int
    # Routines whose name was already taken: the saved one is kept.
    routines_skipped: int = 0
    # Of the sessions skipped, those whose holds, outcome, end or note differ from
    # the history's (a later copy of a session restored before): still not written
    # over, but worth saying.
    sessions_differing: int = 0
    # The person's own cues: added, and skipped because the history already
    # has one for that position (the saved one is kept).
    cues_added: int = 0
    cues_skipped: int = 0


class History:
    """The history file of one data folder. Open it with `History.open`."""

    path: Path
    set_aside: Path | None
    # Why the file that was set aside was judged damaged, in SQLite's words.
    damage: str | None
    interrupted_closed: int
    # The schema version the file had before this open migrated it (0: new file).
    found_version: int
    # The copy taken before this open upgraded the file's schema, if it did.
    backup: Path | None
    # Side files (-wal, -shm, -journal) that did not belong to the history and
    # were renamed by this open to history.foreign-YYYYmmdd-HHMMSS[-N].sqlite3-wal
    # (resp. -shm, -journal); empty when there were none.
    side_files_set_aside: tuple[Path, ...]
    # Opened with `open_snapshot`: side files that do not belong and were left
    # out (and left where they are), and why, one reason per file.
    side_files_left_out: tuple[Path, ...]
    side_file_reasons: tuple[str, ...]
    # True for a history opened with `open_snapshot`: it reads a private copy
    # in memory, and writing to it raises HistoryError.
    read_only: bool

    def __init__(self, path: Path, engine: Engine) -> None:
        """Use `History.open`, which checks, repairs and migrates the file first."""
        self.path = path
        self.set_aside = None
        self.damage = None
        self.interrupted_closed = 0
        self.found_version = 0
        self.backup = None
        self.side_files_set_aside = ()
        self.side_files_left_out = ()
        self.side_file_reasons = ()
        self.read_only = False
        self._engine = engine
        self._writer = writer(engine)
        self._live: dict[str, SessionLock] = {}
        self._closed = False

    @classmethod
    def open(cls, data_dir: Path) -> History:
        """Create `data_dir` (0700) if needed and open or create `history.sqlite3`
        (0600) in it, migrated to the current schema.

        Side files (-wal, -shm, -journal) that do not belong to this very file
        (see `unknot.store.side_files`) are renamed to
        `history.foreign-YYYYmmdd-HHMMSS[-N].sqlite3-wal` (resp. -shm, -journal)
        before SQLite sees them; `side_files_set_aside` lists where they went.
        Sessions left open by a process that died are closed as interrupted,
        keeping their holds. A damaged file is renamed to
        `history.damaged-YYYYmmdd-HHMMSS[-N].sqlite3` (never deleted) and a new one
        is started; `set_aside` then says where it went and `damage` why. A file
        from a newer Unknot raises NewerSchemaError and is left untouched. An
        older one is copied (`backup`) before it is upgraded. Raises HistoryError
        (HistoryBusyError when another program keeps the file changing).
        """
        # Absolute, so lock files are still found if the working folder changes.
        data_dir = data_dir.absolute()
        make_private_dir(data_dir)
        path = data_dir / HISTORY_FILE_NAME
        moved_to: Path | None = None
        damage: str | None = None
        side_moved: tuple[Path, ...] = ()
        with _translated(path, "open"):
            # A newer release's file is refused before anything beside it moves.
            if path.is_file() and (header := read_header(path)) is not None:
                check_not_newer(path, header.user_version)
            found, verdict = _judge(path, None)
            if found.foreign:
                side_moved = set_aside_side_files(path, found.foreign, datetime.now())
            if verdict.damage is not None:
                damage = verdict.damage
                moved_to = set_aside(path, datetime.now())
            backup: Path | None = None
            if verdict.damage is None and 0 < verdict.user_version < current_version():
                backup = backup_before_upgrade(path, verdict.user_version, datetime.now())
            create_private_file(path)
            # Before SQLite opens it: the WAL and shared-memory files it creates
            # take the database's mode.
            make_files_private(path)
            engine = create_history_engine(path)
        try:
            with _translated(path, "open"), writer(engine).begin() as connection:
                found_version, _ = migrate(connection, path)
                connection.exec_driver_sql(BUMP_COMMITS)
            if found_version < current_version():
                # A new or upgraded file: write its schema and identity into the
                # file itself, not only into its log. Until then any Unknot log
                # would fit it, and a copy of the file alone would hold nothing.
                with _translated(path, "open"), engine.connect() as connection:
                    connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            make_files_private(path)
            history = cls(path, engine)
            history.set_aside = moved_to
            history.damage = damage
            history.found_version = found_version
            history.backup = backup
            history.side_files_set_aside = side_moved
            history.interrupted_closed = history._close_interrupted()
        except BaseException:
            engine.dispose()
            raise
        return history

    @classmethod
    def open_snapshot(cls, path: Path, steady_wait: float | None = None) -> History:
        """Open the history file at `path` for reading only, without changing,
        moving or creating any file or folder: its bytes (with the side files
        that belong to it) are read into a private copy in memory, which is
        migrated there if it is older. Works on a read-only folder or a full disk.

        A missing or empty file reads as an empty history. Side files that do not
        belong are left out and left where they are (`side_files_left_out`, with
        `side_file_reasons`). Raises DamagedHistoryError for a damaged file,
        NewerSchemaError for one from a newer Unknot, HistoryBusyError when
        another program keeps it changing (or holds it mid-write) for
        `steady_wait` seconds (default `side_files.STEADY_WAIT_SECONDS`), and
        HistoryError when it cannot be read (permission denied, say).
        """
        path = path.absolute()
        with _translated(path, "read"):
            found, verdict = _judge(path, steady_wait)
            if verdict.damage is not None:
                raise DamagedHistoryError(path, verdict.damage)
            engine = create_image_engine(found.image)
        try:
            with _translated(path, "read"), writer(engine).begin() as connection:
                found_version, _ = migrate(connection, path)
            history = cls(path, engine)
            history.found_version = found_version
            history.side_files_left_out = found.foreign
            history.side_file_reasons = found.reasons
            history.read_only = True
        except BaseException:
            engine.dispose()
            raise
        return history

    def close(self) -> None:
        """Close the file. A session still running stays open in it, and is closed
        as interrupted by the next open."""
        if self._closed:
            return
        self._closed = True
        self._engine.dispose()
        for lock in self._live.values():
            lock.release()
        self._live.clear()

    def __enter__(self) -> History:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # --- writing a session as it happens -------------------------------------------

    def begin_session(self, kind: SessionKind, started_at: datetime, time_zone: str) -> str:
        """Write a new, running session and return its id. `started_at` is aware,
        in the local offset; the session's local date is its date there."""
        session_id = uuid4().hex
        row = convert.new_session_row(session_id, kind, started_at, time_zone)
        # Locked before the row is visible, so no other process can take it for
        # one left by a crash.
        with _translated(self.path, "start a session in"):
            lock = SessionLock.try_acquire(lock_path(self.path.parent, session_id))
        if lock is None:
            raise HistoryError(f"Session {session_id} is already running.")
        try:
            with self._write("start a session in") as session:
                session.add(row)
        except BaseException:
            lock.release()
            raise
        self._live[session_id] = lock
        return session_id

    def record_hold(self, session_id: str, hold: HoldRecord) -> int:
        """Append a finished hold to a session; it is on disk when this returns.
        Returns the hold's id, for `replace_hold`."""
        with self._write("save the hold in") as session:
            time_zone = session.scalar(
                select(SessionRow.time_zone).where(SessionRow.id == session_id)
            )
            if time_zone is None:
                raise HistoryError(f"There is no session {session_id} to add a hold to.")
            position = session.scalar(
                select(func.coalesce(func.max(HoldRow.position) + 1, 0)).where(
                    HoldRow.session_id == session_id
                )
            )
            row = convert.hold_row(hold, int(position or 0), time_zone)
            row.session_id = session_id
            session.add(row)
            session.flush()
            return row.id

    def replace_hold(self, hold_id: int, hold: HoldRecord) -> None:
        """Put a corrected record in place of a hold saved earlier (one saved the
        moment its time ran out, say, before the person rated it), keeping its
        session and its place there."""
        with self._write("update the hold in") as session:
            row = session.get(HoldRow, hold_id)
            if row is None:
                raise HistoryError(f"There is no hold {hold_id} to update.")
            convert.update_hold_row(row, hold)

    def finish_session(self, session_id: str, outcome: Outcome, ended_at: datetime) -> None:
        outcome_value = convert.outcome_value(outcome)
        with self._write("finish the session in") as session:
            row = session.get(SessionRow, session_id)
            if row is None:
                raise HistoryError(f"There is no session {session_id} to finish.")
            row.outcome = outcome_value
            convert.set_ended(row, ended_at)
        lock = self._live.pop(session_id, None)
        if lock is not None:
            lock.release()

    def set_session_note(self, session_id: str, note: str | None) -> None:
        """Raises HistoryError for a note that cannot be kept (too long, or
        holding half a character), saying why; the old note stays."""
        note = convert.check_note(note)
        with self._write("save the note in") as session:
            row = session.get(SessionRow, session_id)
            if row is None:
                raise HistoryError(f"There is no session {session_id} to add a note to.")
            row.note = note

    # --- reading ---------------------------------------------------------------------

    def sessions(self, since: date | None = None) -> list[SessionRecord]:
        """Sessions with their holds, oldest first; with `since`, only those whose
        local date is that day or later."""
        condition = true() if since is None else SessionRow.local_date >= _day(since)
        with self._read() as session:
            return _read_sessions(session, condition)

    def session(self, session_id: str) -> SessionRecord | None:
        with self._read() as session:
            found = _read_sessions(session, SessionRow.id == session_id)
        return found[0] if found else None

    def sessions_named(
        self, session_ids: Iterable[str], hold_ids: Iterable[int] = ()
    ) -> list[SessionRecord]:
        """The sessions `session_ids` and those owning `hold_ids`, whole and oldest
        first, read at one moment: what one write touched. Unknown ids are left out."""
        wanted = set(session_ids)
        holds = list(hold_ids)
        with self._read() as session:
            if holds:
                wanted.update(
                    session.scalars(select(HoldRow.session_id).where(HoldRow.id.in_(holds)))
                )
            if not wanted:
                return []
            return _read_sessions(session, SessionRow.id.in_(wanted))

    def session_starts(self) -> list[tuple[datetime, list[float]]]:
        """Each session's local start with the seconds of its holds, oldest first:
        all the streaks need, read without building every record."""
        with self._read() as session:
            sessions = session.execute(
                select(
                    SessionRow.id, SessionRow.started_at_utc, SessionRow.started_offset_seconds
                ).order_by(SessionRow.started_at_utc, SessionRow.id)
            ).all()
            seconds: dict[str, list[float]] = {}
            for session_id, held in session.execute(
                select(HoldRow.session_id, HoldRow.held_seconds)
            ):
                seconds.setdefault(session_id, []).append(held)
        return [
            (convert.in_offset(started, offset), seconds.get(session_id, []))
            for session_id, started, offset in sessions
        ]

    def session_sums(
        self, session_ids: Iterable[str] | None = None, hold_ids: Iterable[int] = ()
    ) -> dict[str, tuple[datetime, list[float]]]:
        """Session id -> (local start, seconds of each hold in order) for every
        session, or, when `session_ids` is given, only for those sessions and the
        ones owning `hold_ids`; ids not in the history are left out."""
        with self._read() as session:
            query = select(
                SessionRow.id, SessionRow.started_at_utc, SessionRow.started_offset_seconds
            )
            if session_ids is not None:
                wanted = set(session_ids)
                holds = list(hold_ids)
                if holds:
                    owners = session.scalars(
                        select(HoldRow.session_id).where(HoldRow.id.in_(holds))
                    )
                    wanted.update(owners)
                if not wanted:
                    return {}
                query = query.where(SessionRow.id.in_(wanted))
            starts = session.execute(query).all()
            held_query = select(HoldRow.session_id, HoldRow.held_seconds).order_by(
                HoldRow.session_id, HoldRow.position
            )
            if session_ids is not None:
                held_query = held_query.where(HoldRow.session_id.in_([row[0] for row in starts]))
            seconds: dict[str, list[float]] = {}
            for session_id, held in session.execute(held_query):
                seconds.setdefault(session_id, []).append(held)
        return {
            session_id: (convert.in_offset(started, offset), seconds.get(session_id, []))
            for session_id, started, offset in starts
        }

    def session_count(self) -> int:
        """Every recorded session, whatever its outcome."""
        with self._read() as session:
            return int(session.scalar(select(func.count()).select_from(SessionRow)) or 0)

    def total_hold_seconds(self) -> float:
        with self._read() as session:
            total = session.scalar(select(func.coalesce(func.sum(HoldRow.held_seconds), 0.0)))
            return float(total or 0.0)

    # --- rest days ---------------------------------------------------------------------

    def commits(self) -> int:
        """How many write transactions this history has committed, by any
        process: a cheap way to tell that someone else wrote."""
        with self._read() as session:
            return int(session.scalar(text(COMMITS)) or 0)

    def rest_days(self) -> frozenset[date]:
        with self._read() as session:
            return frozenset(session.scalars(select(RestDayRow.day)))

    def set_rest_day(self, day: date, rest: bool) -> None:
        """Mark `day` as a rest day, or unmark it; doing either twice is harmless."""
        day = _day(day)
        with self._write("save the rest day in") as session:
            exists = session.get(RestDayRow, day) is not None
            if rest and not exists:
                session.add(RestDayRow(day=day))
            elif not rest and exists:
                session.execute(delete(RestDayRow).where(RestDayRow.day == day))

    # --- saved routines ----------------------------------------------------------------

    def routines(self) -> list[Routine]:
        """Saved routines, by name (ignoring case)."""
        statement = select(RoutineRow).options(selectinload(RoutineRow.spots))
        with self._read() as session:
            routines = [convert.routine_record(row) for row in session.scalars(statement)]
        return sorted(routines, key=lambda routine: (routine.name.casefold(), routine.name))

    def save_routine(self, routine: Routine) -> None:
        """Save `routine`, replacing one saved under the same name."""
        row = convert.routine_row(routine)
        with self._write("save the routine in") as session:
            session.execute(delete(RoutineRow).where(RoutineRow.name == routine.name))
            session.add(row)

    def delete_routine(self, name: str) -> None:
        """Forget the routine of that name; nothing happens if there is none."""
        with self._write("delete the routine from") as session:
            session.execute(delete(RoutineRow).where(RoutineRow.name == name))

    # --- the person's own cues ------------------------------------------------------------

    def cues(self) -> dict[tuple[AreaId, Tool], str]:
        """Every cue the person wrote, by (area, tool)."""
        with self._read() as session:
            return {
                (AreaId(row.area), Tool(row.tool)): row.text
                for row in session.scalars(select(CueRow))
            }

    def set_cue(self, area: AreaId, tool: Tool, text: str | None) -> None:
        """Save the cue for the position of `tool` on `area`, replacing the one
        there; None or blank text removes it. Raises unknot.core.cues.CueError
        (before anything is written) for text `clean_cue` refuses or a tool not
        on the area's ladder."""
        check_position(area, tool)
        cleaned = None if text is None else clean_cue(text)
        with self._write("save the cue in") as session:
            row = session.get(CueRow, (area.value, tool.value))
            if cleaned is None:
                if row is not None:
                    session.delete(row)
            elif row is None:
                session.add(CueRow(area=area.value, tool=tool.value, text=cleaned))
            else:
                row.text = cleaned

    # --- bulk ---------------------------------------------------------------------------

    def import_history(
        self,
        sessions: Sequence[SessionRecord],
        rest_days: Iterable[date],
        routines: Sequence[Routine] = (),
        cues: Sequence[Cue] = (),
    ) -> ImportReport:
        """Add sessions, rest days, routines and cues in one transaction: all of
        it is written, or (on any error) none of it. Sessions whose id is already
        here, routines whose name is, and cues for a position that already has
        one are skipped (what the person has is never written over); so is a
        repeated id in `sessions`."""
        sessions_added = sessions_skipped = holds_added = 0
        rest_days_added = routines_added = routines_skipped = 0
        cues_added = cues_skipped = 0
        with self._write("import into") as session:
            known_ids = set(session.scalars(select(SessionRow.id)))
            added_ids: set[str] = set()
            skipped: dict[str, SessionRecord] = {}
            for record in sessions:
                if record.id in known_ids:
                    sessions_skipped += 1
                    if record.id not in added_ids:
                        skipped.setdefault(record.id, record)
                    continue
                # Whoever recorded an open session is not writing to this history.
                session.add(convert.session_row(closed_as_interrupted(record)))
                known_ids.add(record.id)
                added_ids.add(record.id)
                sessions_added += 1
                holds_added += len(record.holds)
                if sessions_added % IMPORT_FLUSH_EVERY == 0:
                    session.flush()
            known_days = set(session.scalars(select(RestDayRow.day)))
            for day in rest_days:
                day = _day(day)
                if day not in known_days:
                    session.add(RestDayRow(day=day))
                    known_days.add(day)
                    rest_days_added += 1
            known_names = set(session.scalars(select(RoutineRow.name)))
            for routine in routines:
                if routine.name in known_names:
                    routines_skipped += 1
                    continue
                session.add(convert.routine_row(routine))
                known_names.add(routine.name)
                routines_added += 1
            known_cues = {
                (row[0], row[1]) for row in session.execute(select(CueRow.area, CueRow.tool))
            }
            for cue in cues:
                key = (cue.area.value, cue.tool.value)
                if key in known_cues:
                    cues_skipped += 1
                    continue
                session.add(CueRow(area=key[0], tool=key[1], text=cue.text))
                known_cues.add(key)
                cues_added += 1
            sessions_differing = _count_differing(session, skipped)
        return ImportReport(
            sessions_added=sessions_added,
            sessions_skipped=sessions_skipped,
            holds_added=holds_added,
            rest_days_added=rest_days_added,
            routines_added=routines_added,
            routines_skipped=routines_skipped,
            sessions_differing=sessions_differing,
            cues_added=cues_added,
            cues_skipped=cues_skipped,
        )

    # --- internals ------------------------------------------------------------------------

    def _close_interrupted(self) -> int:
        """Close every open session whose process is gone as interrupted, ending it
        where its last hold ended (or where it started, if it has none)."""
        taken: list[SessionLock] = []
        closed = 0
        try:
            with self._write("close interrupted sessions in") as session:
                open_rows = session.scalars(
                    select(SessionRow).where(SessionRow.outcome.is_(None))
                ).all()
                for row in open_rows:
                    lock = SessionLock.try_acquire(lock_path(self.path.parent, row.id))
                    if lock is None:
                        continue  # running in another process
                    taken.append(lock)
                    last = session.execute(
                        select(HoldRow.ended_at_utc, HoldRow.ended_offset_seconds)
                        .where(HoldRow.session_id == row.id)
                        .order_by(HoldRow.position.desc())
                        .limit(1)
                    ).one_or_none()
                    row.outcome = Outcome.INTERRUPTED.value
                    if last is None:
                        row.ended_at_utc = row.started_at_utc
                        row.ended_offset_seconds = row.started_offset_seconds
                    else:
                        row.ended_at_utc, row.ended_offset_seconds = last
                    closed += 1
        finally:
            for lock in taken:
                lock.release()
        self._remove_stale_locks()
        return closed

    def _remove_stale_locks(self) -> None:
        # A process killed between finishing a session and removing its lock file
        # leaves the file behind; nobody holds it, so it can go.
        for file in self.path.parent.glob("history.session-*.lock"):
            match = _LOCK_FILE.fullmatch(file.name)
            if match is None or match["id"] in self._live:
                continue
            with contextlib.suppress(OSError):
                lock = SessionLock.try_acquire(file)
                if lock is not None:
                    lock.release()

    @contextlib.contextmanager
    def _read(self) -> Iterator[Session]:
        self._check_open()
        with (
            _translated(self.path, "read"),
            Session(self._engine) as session,
            session.begin(),
        ):
            yield session

    @contextlib.contextmanager
    def _write(self, doing: str) -> Iterator[Session]:
        self._check_open()
        if self.read_only:
            raise HistoryError(
                f"Could not {doing} the history {self.path}: it was opened for reading only."
            )
        with (
            _translated(self.path, doing),
            Session(self._writer) as session,
            session.begin(),
        ):
            yield session
            # Every commit rewrites the identity row, which is how a write-ahead
            # log of this file is told from any other (unknot.store.side_files).
            session.execute(text(BUMP_COMMITS))

    def _check_open(self) -> None:
        if self._closed:
            raise HistoryError(f"The history {self.path} has been closed.")


def _judge(path: Path, steady_wait: float | None) -> tuple[HistoryFiles, Verdict]:
    """The files at `path` and what they are. A file another program has open
    and that reads as damaged is most likely being written at that moment (in a
    rollback journal's way): it is read again for up to `steady_wait` seconds,
    then HistoryBusyError says so; it is never taken for damage."""
    if steady_wait is None:
        steady_wait = side_files.STEADY_WAIT_SECONDS
    deadline = time.monotonic() + steady_wait
    while True:
        found = read_history_files(path, steady_wait)
        verdict = inspect_files(found)
        if verdict.damage is None or not found.in_use:
            return found, verdict
        if time.monotonic() >= deadline:
            raise HistoryBusyError(path, "read")
        time.sleep(0.05)


def _read_sessions(session: Session, condition: ColumnElement[bool]) -> list[SessionRecord]:
    """The sessions that meet `condition`, oldest first, with their holds. Runs in
    the caller's transaction, so sessions and holds are read at one moment."""
    holds: dict[str, list[HoldRecord]] = {}
    hold_rows = session.execute(
        select(*convert.HOLD_COLUMNS)
        .join(SessionRow, HoldRow.session_id == SessionRow.id)
        .where(condition)
        .order_by(HoldRow.session_id, HoldRow.position)
    )
    for row in hold_rows:
        holds.setdefault(row.session_id, []).append(convert.hold_record(row))
    session_rows = session.execute(
        select(*convert.SESSION_COLUMNS)
        .where(condition)
        .order_by(SessionRow.started_at_utc, SessionRow.id)
    )
    return [convert.session_record(row, tuple(holds.get(row.id, ()))) for row in session_rows]


# Ids asked about in one query, well under SQLite's limit on bound values.
_IDS_PER_QUERY = 500


def _count_differing(session: Session, skipped: dict[str, SessionRecord]) -> int:
    """How many of the `skipped` sessions (by id, as the import brought them)
    differ from the history's session of the same id in holds, outcome, end or
    note. A copy of an open session is compared as the import would store it."""
    ids = list(skipped)
    differing = 0
    for start in range(0, len(ids), _IDS_PER_QUERY):
        chunk = ids[start : start + _IDS_PER_QUERY]
        for mine in _read_sessions(session, SessionRow.id.in_(chunk)):
            theirs = closed_as_interrupted(skipped[mine.id])
            if (mine.holds, mine.outcome, mine.ended_at, mine.note) != (
                theirs.holds,
                theirs.outcome,
                theirs.ended_at,
                theirs.note,
            ):
                differing += 1
    return differing


@contextlib.contextmanager
def _translated(path: Path, doing: str) -> Iterator[None]:
    """Database and file errors as a HistoryError a person can read: a full disk,
    a read-only folder and another writer as their own classes, anything else in
    plain words where there are any (`unknot.store.errors.classify`)."""
    try:
        yield
    except HistoryError:
        raise
    except SQLAlchemyError as error:
        # A full disk, a read-only folder or another writer gets its own class.
        raise classify(getattr(error, "orig", None) or error, path, doing) from error
    except OSError as error:
        raise classify(error, path, doing) from error


def _day(value: date) -> date:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise HistoryError(f"A rest day must be a date, not {value!r}.")
    return value
