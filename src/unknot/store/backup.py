"""A copy of the history taken before its schema is upgraded.

Upgrading rewrites tables; if a step were ever wrong, the copy is how a person
gets their history back. It is a plain SQLite file, made with SQLite's own
backup so it is consistent even while another process writes.
"""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import datetime
from pathlib import Path

from unknot.store.database import create_private_file
from unknot.store.errors import HistoryError


def backup_before_upgrade(path: Path, version: int, now: datetime) -> Path:
    """Copy the database at `path` (schema `version`) to
    `history.before-upgrade-v<version>-YYYYmmdd-HHMMSS.sqlite3` beside it."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    for attempt in range(1, 1000):
        counter = "" if attempt == 1 else f"-{attempt}"
        target = path.with_name(
            f"{path.stem}.before-upgrade-v{version}-{stamp}{counter}{path.suffix}"
        )
        if not target.exists():
            break
    else:
        raise HistoryError(f"Could not find a free name for a copy of {path}.")
    create_private_file(target)
    try:
        source = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        try:
            copy = sqlite3.connect(target, isolation_level=None)
            try:
                source.backup(copy)
                # One self-contained file, not a database that wants a log beside it.
                copy.execute("PRAGMA journal_mode = DELETE")
            finally:
                copy.close()
        finally:
            source.close()
    except sqlite3.Error as error:
        with contextlib.suppress(OSError):
            target.unlink()
        raise HistoryError(
            f"Could not copy {path} before upgrading it, so it was not upgraded: {error}"
        ) from error
    return target
