"""What can go wrong with the history file, in words a person can act on."""

from __future__ import annotations

from pathlib import Path


class HistoryError(Exception):
    """Any problem with the history a person must be told about; str() is one
    plain line."""


class NewerSchemaError(HistoryError):
    """The file was written by a newer Unknot. It is refused and left exactly as it
    was, so the newer version can still read it."""

    def __init__(self, path: Path, found_version: int, known_version: int) -> None:
        self.path = path
        self.found_version = found_version
        self.known_version = known_version
        super().__init__(
            f"{path} was written by a newer version of Unknot (history format "
            f"{found_version}; this version reads up to {known_version}). Update Unknot "
            f"to open it; the file has not been changed."
        )
