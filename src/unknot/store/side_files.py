"""The files SQLite keeps beside the history, and whether they belong to it.

SQLite replays a write-ahead log (`-wal`) or rolls back a journal (`-journal`)
found beside a database without asking whose it is. A log left by another
history, by an unrelated SQLite file, or by the history before a copy was put
in its place would silently change what the history holds. So before SQLite
opens the file, the history and its side files are read here into memory (never
written) and judged:

- A `-wal` that SQLite would read only in part, or not at all, while it holds
  committed frames (a header or a frame in the middle that does not hold, see
  `wal_damage`) is damaged: replaying what holds would silently drop the
  rest, and the next write would overwrite it. It is kept aside like a log
  that does not belong. What a crash or a checkpoint leaves (an empty log, a
  half-written last frame, frames of an older generation behind the valid
  ones, a `-shm`) is normal and used.
- A `-wal` belongs when it is a log SQLite would replay (its header and frame
  checksums hold) with the history's page size, every commit in it rewrites
  the history's identity row (`unknot.store.migrations`, table
  `history_identity`), with the history's id, and its first commit follows the
  commit count in the file while its last is not behind it. Unknot raises that
  count in every write, so a log of this very file always passes, and one of a
  copy (a stale log) or of another file does not. A file from before the
  identity existed can only be checked for soundness with the log replayed.
- A `-journal` with content never belongs: Unknot writes in write-ahead mode,
  and rolling back another file's journal would write its pages into this one.
- A `-shm` is an index of the `-wal` that SQLite rebuilds; it goes with a log
  that does not belong and is otherwise left alone.

Side files that do not belong are renamed, never deleted, to
`history.foreign-YYYYmmdd-HHMMSS[-N].sqlite3-wal` (resp. `-shm`, `-journal`).
The history as SQLite would read it from the files that belong (`image`) is
what the damage check and read-only opening use, so reading never needs the
folder to be writable.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import struct
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from unknot.files import PRIVATE_DIR_MODE, PRIVATE_FILE_MODE
from unknot.store.errors import HistoryBusyError, HistoryError, plain_reason
from unknot.store.migrations import IDENTITY_TABLE, SQLITE_HEADER_SIZE, SQLITE_MAGIC

WAL_SUFFIX = "-wal"
SHM_SUFFIX = "-shm"
JOURNAL_SUFFIX = "-journal"

# How long reading waits for files that keep changing under it (another program
# writing) before it says the history is busy.
STEADY_WAIT_SECONDS = 5.0

_WAL_MAGIC_LITTLE = 0x377F0682
_WAL_MAGIC_BIG = 0x377F0683
_WAL_VERSION = 3007000
_WAL_HEADER_SIZE = 32
_FRAME_HEADER_SIZE = 24
_MASK = 0xFFFFFFFF


@dataclass(frozen=True)
class WalFrame:
    page_number: int
    # Where the page's bytes start in the log.
    offset: int


@dataclass(frozen=True)
class WalCommit:
    frames: tuple[WalFrame, ...]
    # The database's size in pages once this commit is applied.
    database_pages: int


@dataclass(frozen=True)
class WalLog:
    """The part of a write-ahead log SQLite would replay: its committed frames,
    up to the first frame whose salt or checksum does not hold."""

    page_size: int
    commits: tuple[WalCommit, ...]
    # Frames whose salts and checksums hold, committed or not.
    valid_frames: int = 0
    # The header's two salts, as stored: every frame of this generation repeats them.
    salts: bytes = b""


def read_wal(data: bytes) -> WalLog | None:
    """Parse a write-ahead log the way SQLite recovers one
    (https://sqlite.org/fileformat2.html#walformat). None when the header is not
    a valid log header; a log with a valid header and no whole commit has no
    commits."""
    if len(data) < _WAL_HEADER_SIZE:
        return None
    magic, version, raw_page_size, _sequence, salt1, salt2, check1, check2 = struct.unpack_from(
        ">8I", data
    )
    if magic not in (_WAL_MAGIC_LITTLE, _WAL_MAGIC_BIG) or version != _WAL_VERSION:
        return None
    page_size = (raw_page_size & 0xFE00) + ((raw_page_size & 0x0001) << 16)
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        return None
    big_endian = magic == _WAL_MAGIC_BIG
    sums = _checksum(data[:24], 0, 0, big_endian)
    if sums != (check1, check2):
        return None
    commits: list[WalCommit] = []
    pending: list[WalFrame] = []
    offset = _WAL_HEADER_SIZE
    frame_size = _FRAME_HEADER_SIZE + page_size
    while offset + frame_size <= len(data):
        page_number, database_pages, f_salt1, f_salt2, f_check1, f_check2 = struct.unpack_from(
            ">6I", data, offset
        )
        if page_number == 0 or (f_salt1, f_salt2) != (salt1, salt2):
            break
        page_start = offset + _FRAME_HEADER_SIZE
        sums = _checksum(data[offset : offset + 8], *sums, big_endian)
        sums = _checksum(data[page_start : page_start + page_size], *sums, big_endian)
        if sums != (f_check1, f_check2):
            break
        pending.append(WalFrame(page_number, page_start))
        if database_pages:
            commits.append(WalCommit(tuple(pending), database_pages))
            pending = []
        offset += frame_size
    valid = (offset - _WAL_HEADER_SIZE) // frame_size
    return WalLog(page_size, tuple(commits), valid, data[16:24])


def wal_damage(wal: bytes, shm: bytes | None = None) -> str | None:
    """Why SQLite would silently leave out committed frames of the log `wal`, in
    plain words; None when what it leaves out can only be the unfinished tail of
    a crash or frames of an older generation.

    SQLite replays a log up to its first frame whose salt or checksum does not
    hold, and ignores a log whose header does not hold. Normal files of a crash
    or a checkpoint are: no log, an empty one, a header alone, a last frame cut
    short or half written (never committed), and after a restart of the log,
    frames of an older generation (other salts) behind the valid ones. Anything
    else is damage: a header that does not hold, or a frame that does not
    hold followed by frames of the same generation, or fewer valid frames than
    the log's index (`shm`, when it matches the log) counts as committed."""
    if not wal:
        return None
    log = read_wal(wal)
    if log is None:
        return (
            "a damaged write-ahead log: its header does not check out, so SQLite would "
            "ignore every session in it"
        )
    frame_size = _FRAME_HEADER_SIZE + log.page_size
    offset = _WAL_HEADER_SIZE + (log.valid_frames + 1) * frame_size
    while offset + frame_size <= len(wal):
        if wal[offset + 8 : offset + 16] == log.salts:
            return (
                "a damaged write-ahead log: a frame in the middle does not check out, so "
                "SQLite would silently drop the sessions after it"
            )
        offset += frame_size
    committed = _index_committed_frames(shm, log) if shm else None
    if committed is not None and committed > log.valid_frames:
        return (
            "a damaged write-ahead log: a committed frame does not check out, so SQLite "
            "would silently drop its newest sessions"
        )
    return None


# The header SQLite keeps at the start of the `-shm` index, twice, in the
# machine's byte order: version, unused, change counter, is-init, big-endian
# checksums, page size, last committed frame, pages, frame checksums, salts,
# and the header's own checksum (https://sqlite.org/walformat.html).
_INDEX_HEADER = struct.Struct("=3I2BH2I2I8s2I")


def _index_committed_frames(shm: bytes, log: WalLog) -> int | None:
    """The number of frames the log's index says were committed, when the index
    is whole and of this very generation of the log; otherwise None (SQLite
    rebuilds it then, and it says nothing)."""
    size = _INDEX_HEADER.size
    if len(shm) < 2 * size or shm[:size] != shm[size : 2 * size]:
        return None
    fields = _INDEX_HEADER.unpack_from(shm)
    is_init, raw_page_size, committed, salts = fields[3], fields[5], fields[6], fields[10]
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    if not is_init or salts != log.salts or page_size != log.page_size:
        return None
    return int(committed)


def _checksum(data: bytes, s0: int, s1: int, big_endian: bool) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for index in range(0, len(words), 2):
        s0 = (s0 + words[index] + s1) & _MASK
        s1 = (s1 + words[index + 1] + s0) & _MASK
    return s0, s1


def apply_wal(database: bytes, log: WalLog, wal: bytes, commits: int | None = None) -> bytes:
    """The database as it reads after the first `commits` commits of the log (all
    of them by default), as one self-contained file in rollback-journal mode."""
    chosen = log.commits if commits is None else log.commits[:commits]
    image = bytearray(database)
    size = log.page_size
    for commit in chosen:
        for frame in commit.frames:
            start = (frame.page_number - 1) * size
            if len(image) < start + size:
                image.extend(bytes(start + size - len(image)))
            image[start : start + size] = wal[frame.offset : frame.offset + size]
        del image[commit.database_pages * size :]
    return _rollback_mode(bytes(image))


def _rollback_mode(image: bytes) -> bytes:
    # Bytes 18 and 19 say which journal the file uses (2: write-ahead log); an
    # image read from memory cannot have a log, so it must say 1.
    if len(image) >= SQLITE_HEADER_SIZE and image[18:20] != b"\x01\x01":
        return image[:18] + b"\x01\x01" + image[20:]
    return image


def memory_connection(image: bytes) -> sqlite3.Connection:
    """A private, in-memory SQLite database holding `image`; nothing on disk is
    opened. May be used from another thread (SQLAlchemy's pool)."""
    connection = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
    if image:
        try:
            connection.deserialize(_rollback_mode(image))
        except BaseException:
            connection.close()
            raise
    return connection


@dataclass(frozen=True)
class Identity:
    id: str
    commits: int
    # The table's page in the file: every commit of one of its logs rewrites it.
    page: int


def read_identity(image: bytes) -> Identity | None:
    """The history's identity from a database image; None when the file has none
    (made before it existed) or cannot be read as a database."""
    try:
        connection = memory_connection(image)
    except sqlite3.Error:
        return None
    try:
        found = connection.execute(
            "SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = ?",
            (IDENTITY_TABLE,),
        ).fetchone()
        if found is None:
            return None
        row = connection.execute(
            f"SELECT id, commits FROM {IDENTITY_TABLE} WHERE slot = 1"
        ).fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    if row is None or not isinstance(row[0], str) or not isinstance(row[1], int):
        return None
    return Identity(id=row[0], commits=row[1], page=int(found[0]))


def _sound(image: bytes) -> bool:
    try:
        connection = memory_connection(image)
    except sqlite3.Error:
        return False
    try:
        # The full check: pages a wrong log leaves unreferenced ("never used")
        # pass the quick one.
        return [str(row[0]) for row in connection.execute("PRAGMA integrity_check")] == ["ok"]
    except sqlite3.Error:
        return False
    finally:
        connection.close()


def wal_belongs(database: bytes, wal: bytes) -> str | None:
    """None when the log `wal` belongs to the database `database` (or SQLite
    would replay nothing from it); otherwise why not, in plain words."""
    log = read_wal(wal)
    if log is None or not log.commits:
        # SQLite replays nothing from it and overwrites it at the next write.
        return None
    if len(database) < SQLITE_HEADER_SIZE:
        return "a write-ahead log without its database"
    (raw_page_size,) = struct.unpack_from(">H", database, 16)
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    if log.page_size != page_size:
        return "a write-ahead log of another database, with pages of another size"
    replayed = apply_wal(database, log, wal)
    # SQLite rewrites the size in the first page whenever a commit changes the
    # file's size, so after a log of this file the two agree; a log laid over
    # another file's first page leaves pages the header does not count.
    if int.from_bytes(replayed[28:32], "big") * page_size != len(replayed):
        return "a write-ahead log that does not fit this database"
    own = read_identity(database)
    if own is None:
        # A file from before the identity, or a new one whose first commits are
        # all still in the log: the log can only be judged by what replaying it
        # gives, and if it brings an identity, it must be the one the file gets
        # first (made by the step that upgrades it, count 1), not a later state.
        first = read_identity(apply_wal(database, log, wal, commits=1))
        last = read_identity(replayed)
        if first is not None and first.commits > 1:
            return "a stale write-ahead log, from a newer state of a copy of this history"
        if first is not None and last is not None and first.id != last.id:
            return "a write-ahead log of another Unknot history"
        if not _sound(replayed):
            return "a write-ahead log that does not fit this database"
        return None
    for commit in log.commits:
        if not any(frame.page_number == own.page for frame in commit.frames):
            return "a write-ahead log written by another program or for another file"
    first = read_identity(apply_wal(database, log, wal, commits=1))
    last = read_identity(replayed)
    if first is None or last is None or {first.id, last.id} != {own.id}:
        return "a write-ahead log of another Unknot history"
    if first.commits > own.commits + 1 or last.commits < own.commits:
        return "a stale write-ahead log, from an older or newer state of this history"
    if not _sound(replayed):
        return "a write-ahead log that does not fit this database"
    return None


@dataclass(frozen=True)
class HistoryFiles:
    """The history file and its side files as found, judged.

    `image` is the database as SQLite would read it from the files that belong
    (the log replayed), empty when there is no file; `foreign` lists the side
    files that do not belong, with `reasons` saying why, one per file."""

    path: Path
    image: bytes
    is_folder: bool = False
    # Another connection (here or in another process) has the file open.
    in_use: bool = False
    foreign: tuple[Path, ...] = ()
    reasons: tuple[str, ...] = field(default=())

    def describe_foreign(self) -> str:
        """One line naming each side file left out and why."""
        return "; ".join(
            f"{path.name} ({reason})"
            for path, reason in zip(self.foreign, self.reasons, strict=True)
        )


def side_file(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def read_history_files(
    path: Path,
    steady_wait: float | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> HistoryFiles:
    """Read and judge the history at `path` and its side files, changing nothing.

    Another program writing at that moment can change the files between two
    reads, or hold it in the middle of a write (a rollback journal beside a file
    in use); they are read again until two rounds agree and no write is under
    way, for up to `steady_wait` seconds (default STEADY_WAIT_SECONDS), then
    HistoryBusyError is raised. Raises HistoryError when a file
    cannot be read (in plain words: permission denied, say)."""
    if steady_wait is None:
        steady_wait = STEADY_WAIT_SECONDS
    deadline = clock() + steady_wait
    while True:
        before = _stamps(path)
        found = _read_once(path)
        if found is not None and _stamps(path) == before:
            return found
        if clock() >= deadline:
            raise HistoryBusyError(path, "read")
        time.sleep(0.05)


def _stamps(path: Path) -> tuple[tuple[int, int, int] | None, ...]:
    stamps: list[tuple[int, int, int] | None] = []
    for file in (path, *(side_file(path, s) for s in (WAL_SUFFIX, JOURNAL_SUFFIX))):
        try:
            info = file.stat()
        except FileNotFoundError:
            stamps.append(None)
        except OSError as error:
            raise HistoryError(f"Could not read {file}: {plain_reason(error)}") from error
        else:
            stamps.append((info.st_ino, info.st_size, info.st_mtime_ns))
    return tuple(stamps)


def _read_bytes(file: Path) -> bytes | None:
    try:
        return file.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise HistoryError(f"Could not read {file}: {plain_reason(error)}") from error


def in_use(path: Path) -> bool:
    """Whether some process (this one included) holds a lock on the database at
    `path` or on its shared-memory index, as SQLite does while it has the file
    open. Its side files are then in use by SQLite, which is their owner's say
    and not ours. Read from /proc/locks without opening either file (opening
    and closing a file drops this process's own POSIX locks on it); False where
    there is no /proc/locks."""
    try:
        lines = Path("/proc/locks").read_text(encoding="ascii", errors="replace").splitlines()
    except OSError:
        return False
    wanted: set[tuple[int, int, int]] = set()
    for file in (path, side_file(path, SHM_SUFFIX)):
        try:
            info = file.stat()
        except OSError:
            continue
        wanted.add((os.major(info.st_dev), os.minor(info.st_dev), info.st_ino))
    if not wanted:
        return False
    for line in lines:
        fields = line.split()
        if "->" in fields:
            fields.remove("->")
        if len(fields) < 6:
            continue
        parts = fields[5].split(":")
        if len(parts) != 3:
            continue
        try:
            where = (int(parts[0], 16), int(parts[1], 16), int(parts[2]))
        except ValueError:
            continue
        if where in wanted:
            return True
    return False


def _read_once(path: Path) -> HistoryFiles | None:
    """The files judged, or None while a write is under way in them."""
    if path.is_dir():
        return HistoryFiles(path=path, image=b"", is_folder=True)
    wal_path = side_file(path, WAL_SUFFIX)
    journal_path = side_file(path, JOURNAL_SUFFIX)
    live = in_use(path)
    database = _read_bytes(path) or b""
    wal = _read_bytes(wal_path)
    journal = _read_bytes(journal_path)
    foreign: list[Path] = []
    reasons: list[str] = []
    image = database
    if live:
        # SQLite has the file open: its side files are the ones it uses, and
        # moving them would pull them from under it. Read what is committed.
        if journal:
            # Written in place with a rollback journal: the file holds a write
            # half done until the journal goes.
            return None
        if wal and _looks_like_database(database):
            log = read_wal(wal)
            if log is not None and log.commits and wal_belongs(database, wal) is None:
                image = apply_wal(database, log, wal)
        return HistoryFiles(path=path, image=image, in_use=True)
    shm_path = side_file(path, SHM_SUFFIX)
    if journal:
        foreign.append(journal_path)
        reasons.append(
            "a rollback journal; Unknot never writes one, so rolling it back could write "
            "another file's pages into the history"
        )
    if wal:
        if not _looks_like_database(database):
            # A damaged or missing main file: the log cannot be judged against it
            # (a damaged file keeps its log beside it when it is set aside).
            why = "a write-ahead log without its database" if not database else None
        else:
            # A log SQLite would read only in part is set aside whole: replaying
            # what holds would silently drop the rest.
            why = wal_damage(wal, _read_bytes(shm_path)) or wal_belongs(database, wal)
        if why is not None:
            foreign.append(wal_path)
            reasons.append(why)
            if shm_path.exists():
                foreign.append(shm_path)
                reasons.append("the index of that write-ahead log")
        elif _looks_like_database(database):
            log = read_wal(wal)
            if log is not None and log.commits:
                image = apply_wal(database, log, wal)
    return HistoryFiles(path=path, image=image, foreign=tuple(foreign), reasons=tuple(reasons))


def _looks_like_database(data: bytes) -> bool:
    return len(data) >= SQLITE_HEADER_SIZE and data.startswith(SQLITE_MAGIC)


def foreign_name(path: Path, suffix: str, stamp: str, counter: int) -> Path:
    """`history.foreign-YYYYmmdd-HHMMSS[-N].sqlite3<suffix>` beside `path`."""
    tail = "" if counter == 1 else f"-{counter}"
    return path.with_name(f"{path.stem}.foreign-{stamp}{tail}{path.suffix}{suffix}")


def set_aside_side_files(path: Path, files: tuple[Path, ...], now: datetime) -> tuple[Path, ...]:
    """Rename the side files `files` of the history at `path` to foreign names
    (one counter for all of them, so those of one moment stay together); returns
    where they went, in the same order. Never overwrites anything."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    suffixes = [file.name.removeprefix(path.name) for file in files]
    for counter in range(1, 1000):
        targets = [foreign_name(path, suffix, stamp, counter) for suffix in suffixes]
        if not any(target.exists() for target in targets):
            break
    else:
        raise HistoryError(f"Could not find a free name to keep the side files of {path} aside.")
    moved: list[Path] = []
    for file, target in zip(files, targets, strict=True):
        try:
            file.rename(target)
        except FileNotFoundError:
            continue
        except OSError as error:
            raise HistoryError(
                f"{file} does not belong to the history and could not be moved aside: "
                f"{plain_reason(error)}"
            ) from error
        keep_private(target)
        moved.append(target)
    return tuple(moved)


def keep_private(kept: Path) -> None:
    """A kept-aside file (0600) or folder (0700) readable by its owner only, like
    everything else in the data folder, whatever mode it was found with. Only the
    mode changes, never the contents; a mode that cannot be set is left as it was."""
    with contextlib.suppress(OSError):
        kept.chmod(PRIVATE_DIR_MODE if kept.is_dir() else PRIVATE_FILE_MODE)
