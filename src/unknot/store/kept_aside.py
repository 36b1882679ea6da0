"""Files the store has kept aside in the data folder, and which of them the person
has been told about.

Two kinds of file are put aside, never deleted (see `unknot.store.damaged`):

- a history file that could not be read, renamed with its side files to
  `history.damaged-YYYYmmdd-HHMMSS[-N].sqlite3` (and `…sqlite3-wal`, `-shm`,
  `-journal` beside it; when only a log was left, only the log);
- a side file that did not belong to the history, renamed to
  `history.foreign-YYYYmmdd-HHMMSS[-N].sqlite3-wal` (or `-shm`, `-journal`).

The stamp is the local time the file was put aside. Files of one stamp belong
together and are told as one. Which ones the person has acknowledged is kept
by name in `kept-aside-acknowledged.json` in the data folder (0600), so the
window keeps telling about the others at every start.

Plain functions on the file system: nothing here opens a database.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path

from unknot.files import write_atomically
from unknot.paths import HISTORY_FILE_NAME

ACKNOWLEDGED_FILE_NAME = "kept-aside-acknowledged.json"

_STEM = Path(HISTORY_FILE_NAME).stem
_SUFFIX = Path(HISTORY_FILE_NAME).suffix
_KEPT_NAME = re.compile(
    rf"{re.escape(_STEM)}\.(?P<kind>damaged|foreign)-(?P<stamp>\d{{8}}-\d{{6}})"
    rf"(?:-(?P<counter>\d+))?{re.escape(_SUFFIX)}(?P<side>-wal|-shm|-journal)?"
)
# The file a person would look at first, when a group has several.
_SHOWN_FIRST = ("", "-wal", "-journal", "-shm")


class Kind(Enum):
    # The history file itself could not be read.
    DAMAGED = "damaged"
    # A -wal, -shm or -journal file beside the history belonged to another file.
    FOREIGN = "foreign"


@dataclass(frozen=True)
class KeptAside:
    """One file put aside, with the side files put aside with it.

    `name` is the main file's name (`history.damaged-….sqlite3`), also for a
    foreign side file, whose main file never exists; it is what an
    acknowledgement records. `files` are the files present, the one to show
    first first; `set_aside_at` is the local time in the name.
    """

    name: str
    kind: Kind
    set_aside_at: datetime
    files: tuple[Path, ...]

    @property
    def path(self) -> Path:
        """The file to show the person."""
        return self.files[0]


def find_kept_aside(data_dir: Path) -> list[KeptAside]:
    """The kept-aside files in `data_dir`, oldest first. Names that only look like
    ours (a stamp that is not a real time, a folder) are left out; a missing
    folder has none."""
    groups: dict[str, tuple[Kind, datetime, dict[str, Path]]] = {}
    try:
        entries = list(data_dir.iterdir())
    except OSError:
        # No folder, or one that cannot be listed: nothing to tell from it.
        return []
    for entry in entries:
        match = _KEPT_NAME.fullmatch(entry.name)
        # A folder that stood in the history's place is kept aside like a file.
        if match is None or not (entry.is_file() or (entry.is_dir() and not match["side"])):
            continue
        try:
            stamp = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        except ValueError:
            continue
        side = match["side"] or ""
        name = entry.name.removesuffix(side)
        kind = Kind(match["kind"])
        groups.setdefault(name, (kind, stamp, {}))[2][side] = entry
    found = [
        KeptAside(
            name,
            kind,
            stamp,
            tuple(files[side] for side in _SHOWN_FIRST if side in files),
        )
        for name, (kind, stamp, files) in groups.items()
    ]
    return sorted(found, key=lambda kept: (kept.set_aside_at, _counter(kept.name), kept.name))


def acknowledged(data_dir: Path) -> frozenset[str]:
    """The names the person has acknowledged. A missing or unreadable record
    counts as none: the worst that does is to tell again."""
    try:
        data = json.loads((data_dir / ACKNOWLEDGED_FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return frozenset()
    names = data.get("acknowledged") if isinstance(data, dict) else None
    if not isinstance(names, list):
        return frozenset()
    return frozenset(name for name in names if isinstance(name, str))


def not_acknowledged(data_dir: Path) -> list[KeptAside]:
    """The kept-aside files the person has not yet acknowledged, oldest first."""
    seen = acknowledged(data_dir)
    return [kept for kept in find_kept_aside(data_dir) if kept.name not in seen]


def acknowledge(data_dir: Path, names: Iterable[str]) -> None:
    """Record `names` as acknowledged, with those recorded before (of files still
    there); written atomically, readable by the owner only. Raises OSError."""
    present = {kept.name for kept in find_kept_aside(data_dir)}
    keep = (acknowledged(data_dir) & present) | set(names)
    text = json.dumps({"acknowledged": sorted(keep)}, indent=2) + "\n"
    write_atomically(data_dir / ACKNOWLEDGED_FILE_NAME, text)


def set_aside_times(data_dir: Path) -> list[datetime]:
    """When each kept-aside file still in `data_dir` was put aside (local time)."""
    return [kept.set_aside_at for kept in find_kept_aside(data_dir)]


def _counter(name: str) -> int:
    match = _KEPT_NAME.fullmatch(name)
    return int(match["counter"]) if match is not None and match["counter"] else 1
