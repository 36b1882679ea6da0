"""The history as files a person keeps: a JSON backup, a CSV table, and restoring.

"Back up to file" writes the JSON backup format of `unknot.store.exchange` with
a `note` saying that it holds health data (readers ignore keys they do not
know, so the file imports as before); "Export CSV" writes the CSV table, which
starts with a UTF-8 byte-order mark (so spreadsheets read accents right) and
whose cells never start a spreadsheet formula. Both are written atomically (a crash
leaves the old file or the new one) and readable by the owner only.

"Restore from file" (and `unknot restore`) reads a JSON backup, or one of the
automatic copies in the backups folder or any other copy of a history file
(with its `-wal` when that belongs to it), checks all of it, and only then
merges it into the history in one transaction: sessions and routines already
there are skipped, nothing is overwritten, and an invalid file changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from unknot.core.cues import Cue, sorted_cues
from unknot.core.plans import Routine
from unknot.core.records import SessionRecord
from unknot.files import read_regular_file, write_atomically
from unknot.store.errors import DamagedHistoryError, HistoryError, NewerSchemaError
from unknot.store.exchange import ExchangeError, ParsedHistory, history_from_text, to_csv, to_json
from unknot.store.history import History, ImportReport
from unknot.store.migrations import SQLITE_MAGIC
from unknot.store.side_files import WAL_SUFFIX, read_history_files, side_file

HEALTH_DATA_NOTE = (
    "This file holds health data from Unknot: your sessions, the spots you worked "
    "on and how tender they were. Keep it somewhere private."
)


def backup_json_text(
    sessions: Iterable[SessionRecord],
    rest_days: Iterable[date],
    routines: Iterable[Routine] = (),
    cues: Iterable[Cue] = (),
) -> str:
    """The JSON backup format with a note on what the file holds, right after
    the format and version so it is the first thing a reader sees."""
    body = to_json(sessions, rest_days, routines, cues)
    data = {"format": body.pop("format"), "version": body.pop("version")}
    data["note"] = HEALTH_DATA_NOTE
    data.update(body)
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def back_up_to_file(
    path: Path,
    sessions: Iterable[SessionRecord],
    rest_days: Iterable[date],
    routines: Iterable[Routine] = (),
    cues: Iterable[Cue] = (),
) -> None:
    write_atomically(path, backup_json_text(sessions, rest_days, routines, cues))


def export_csv(path: Path, sessions: Iterable[SessionRecord]) -> None:
    # to_csv gives CRLF rows after a byte-order mark, as spreadsheets expect, with
    # every cell that could start a formula escaped.
    write_atomically(path, to_csv(sessions))


# Years of daily sessions make a backup of a few megabytes; a file far larger is
# not one, and reading it whole would only use up the memory.
MAX_BACKUP_BYTES = 256 * 1024 * 1024


def read_backup_file(path: Path) -> ParsedHistory:
    """A JSON backup or an automatic copy, checked whole. Raises ExchangeError
    (what is wrong with the file, with places) or OSError (it cannot be read;
    `unknot.files.NotARegularFileError`, at once and unread, for a named pipe, a
    device or a file of more than MAX_BACKUP_BYTES)."""
    raw = read_regular_file(path, MAX_BACKUP_BYTES)
    if raw.startswith(SQLITE_MAGIC):
        return _read_copy(path)
    return history_from_text(raw)


def restore_from_file(history: History, path: Path) -> ImportReport:
    """Check the file, then merge it into `history` in one transaction."""
    parsed = read_backup_file(path)
    return history.import_history(parsed.sessions, parsed.rest_days, parsed.routines, parsed.cues)


def holds_nothing(parsed: ParsedHistory) -> bool:
    return not (parsed.sessions or parsed.rest_days or parsed.routines or parsed.cues)


def nothing_to_restore(path: Path) -> str:
    """Why restoring the file at `path`, which holds no sessions, rest days or
    routines, restores nothing, in one line naming it once. Such a restore is
    nearly always a copy of `history.sqlite3` taken without its log, and "0
    sessions added" would hide that. The advice fits what is beside the copy: no
    log (copy it too), or a log that was left out because it is damaged or
    another file's (copying it again would change nothing)."""
    try:
        with path.open("rb") as file:
            is_copy = file.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        is_copy = False
    if not is_copy:
        return f"{path} holds no sessions; nothing was restored."
    log = side_file(path, WAL_SUFFIX)
    try:
        left_out = log in read_history_files(path).foreign
    except HistoryError:
        left_out = False  # the log cannot be judged: say only what is sure
    said = f"{path} holds no sessions; nothing was restored."
    if left_out:
        return (
            f"{said} The log beside it, {log.name}, was left out because it is damaged "
            "or another file's: copy history.sqlite3 and history.sqlite3-wal again, "
            "together, from the original folder and restore that copy."
        )
    if _exists(log):
        return said  # its own log was read: the history it copies is empty
    return (
        f"{said} A copy of history.sqlite3 taken while Unknot was running keeps its "
        "newest sessions in history.sqlite3-wal beside the original: copy that file "
        f"too, as {log.name} next to the copy, and restore again."
    )


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:
        return False


def _read_copy(path: Path) -> ParsedHistory:
    # Read into memory with the side files that belong to it (a copy of a folder
    # taken while the app ran has its newest sessions in its -wal); the store's
    # checks and migrations run on that private copy, and the file picked and
    # everything beside it stay untouched.
    # The messages leave out the file's name: whoever shows them names it, once.
    try:
        history = History.open_snapshot(path)
    except DamagedHistoryError as error:
        raise ExchangeError([f"the copy is damaged ({error.damage})"]) from None
    except NewerSchemaError as error:
        found = str(error.found_version) if error.found_version else "past 2147483647"
        raise ExchangeError(
            [
                f"the copy was written by a newer version of Unknot (history format {found}; "
                f"this version reads up to {error.known_version}); update Unknot to restore it"
            ]
        ) from None
    except HistoryError as error:
        raise ExchangeError([_without_path(str(error), path)]) from None
    try:
        return ParsedHistory(
            tuple(history.sessions()),
            tuple(sorted(history.rest_days())),
            tuple(history.routines()),
            tuple(sorted_cues(history.cues())),
        )
    finally:
        history.close()


def _without_path(message: str, path: Path) -> str:
    # The store's messages start with the file they are about, and may go on with
    # advice for the history in the data folder (after "; "), not for a copy.
    for named in (str(path.resolve()), str(path.absolute()), str(path)):
        message = message.replace(named, "the copy")
    message = message.replace("The history the copy", "the copy").split("; ")[0].rstrip(".")
    return message[:1].lower() + message[1:]
