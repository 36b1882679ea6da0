"""The names of the automatic copies of the history in the backups folder, and
finding them: a module of its own, without the rest of the store, so that the
check for a damaged file (`unknot.store.damaged`) can tell whether copies exist
without importing `unknot.store.daily_backups`, which reads copies through the
store that uses that check."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

BACKUP_DIR_NAME = "backups"

_BACKUP_NAME = re.compile(r"history-(\d{4}-\d{2}-\d{2})\.sqlite3")
# A day's copy from before a kept-aside file, moved out of the day's name so the
# day's later sessions can be copied (see unknot.store.daily_backups).
PINNED_NAME = re.compile(r"history-(\d{4}-\d{2}-\d{2})-before-(\d{8}-\d{6})(?:-\d+)?\.sqlite3")
STAMP = "%Y%m%d-%H%M%S"


def backups_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR_NAME


def backup_name(day: date) -> str:
    return f"history-{day.isoformat()}.sqlite3"


def list_backups(folder: Path) -> dict[date, Path]:
    """The automatic copies in `folder` by the day in their name; other files,
    and names that are not a real date, are not ours and are left out. No
    folder (or a file in its place) has none; other OSErrors are raised."""
    found: dict[date, Path] = {}
    try:
        entries = list(folder.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return found
    for entry in entries:
        match = _BACKUP_NAME.fullmatch(entry.name)
        if match is None or not entry.is_file():
            continue
        try:
            found[date.fromisoformat(match[1])] = entry
        except ValueError:
            continue
    return found


def list_pinned_backups(folder: Path) -> list[Path]:
    """The copies in `folder` renamed to keep them from before a kept-aside
    file (`history-YYYY-MM-DD-before-YYYYmmdd-HHMMSS.sqlite3`), by name. No folder
    has none; other OSErrors are raised."""
    try:
        entries = list(folder.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    found: list[Path] = []
    for entry in entries:
        match = PINNED_NAME.fullmatch(entry.name)
        if match is None or not entry.is_file():
            continue
        try:
            date.fromisoformat(match[1])
            datetime.strptime(match[2], STAMP)
        except ValueError:
            continue
        found.append(entry)
    return sorted(found)
