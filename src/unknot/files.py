"""Writing a person's files so that a crash never leaves half of one.

Settings, exports and backups hold health data: they are written to a temporary
file beside the target, flushed to disk, then renamed over it, and readable by
the owner only.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700


def write_atomically(path: Path, data: str | bytes, mode: int = PRIVATE_FILE_MODE) -> None:
    """Replace `path` with `data` in one step: readers see the old file or the new
    one, never a mix. Text is written as UTF-8 with the newlines given."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    directory = path.parent
    # mkstemp creates the file 0600 from the start, so the data is never readable
    # by others, not even for the moment before chmod.
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(payload)
            file.flush()
            os.fsync(file.fileno())
        temporary.chmod(mode)
        temporary.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    sync_directory(directory)


def make_private_dir(path: Path) -> None:
    """Create `path` (and its parents) if needed; a folder this creates is 0700."""
    if path.is_dir():
        return
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    # mkdir's mode is filtered by the umask; say it again.
    path.chmod(PRIVATE_DIR_MODE)


def sync_directory(directory: Path) -> None:
    """Flush `directory` itself to disk, so a rename or new file in it lasts a crash."""
    # Windows cannot open a folder for this, and does not need to.
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
