"""Writing a person's files so that a crash never leaves half of one.

Settings, exports and backups hold health data: they are written to a temporary
file beside the target, flushed to disk, then renamed over it, and readable by
the owner only.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
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


class PlainFileError(OSError):
    """A refusal of Unknot's own, whose `strerror` is already plain words."""


class NotARegularFileError(PlainFileError):
    """A path names something other than a regular file where one was needed (a
    named pipe, a device, a socket), or a file too big to read."""


class FolderNotWritableError(PlainFileError):
    """A file could be written, but not replaced in one step, because its folder
    may not be written: it is left as it was rather than half-overwritten."""


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at `path` (symlinks followed), read at once.

    Anything else is refused before a byte is read, so that a named pipe with no
    writer or `/dev/zero` cannot hang or fill memory: IsADirectoryError for a
    folder, NotARegularFileError for a pipe, device or socket and for a file of
    more than `limit` bytes (also one that grows past it while being read).
    Other OSErrors (missing, permission) as the system raises them."""
    # O_NONBLOCK: opening a named pipe would otherwise wait for a writer. It
    # changes nothing for a regular file.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        status = os.fstat(fd)
        if stat.S_ISDIR(status.st_mode):
            raise IsADirectoryError(errno.EISDIR, "it is a folder, not a file", str(path))
        if not stat.S_ISREG(status.st_mode):
            raise NotARegularFileError(
                errno.EINVAL, f"it is {_kind_of(status.st_mode)}, not a regular file", str(path)
            )
        too_big = NotARegularFileError(
            errno.EFBIG, f"it is larger than {_size(limit)}, more than Unknot reads", str(path)
        )
        if status.st_size > limit:
            raise too_big
        chunks: list[bytes] = []
        read = 0
        while chunk := os.read(fd, min(1 << 20, limit + 1 - read)):
            chunks.append(chunk)
            read += len(chunk)
            if read > limit:
                raise too_big
        return b"".join(chunks)
    finally:
        os.close(fd)


def write_to_path(path: Path, data: str | bytes) -> bool:
    """Write `data` (text as UTF-8) to `path`, whatever kind of place the system
    names by it; returns True when the result is a regular file.

    - a new or existing regular file is replaced in one step, 0600 (see
      `write_atomically`); through a symlink, its target is replaced and the
      link kept;
    - this process's own open descriptors (`/dev/stdout`, `/dev/stderr`,
      `/dev/fd/N`, `/proc/self/fd/N`) are written where they point, at their
      current position, as a shell redirection would;
    - anything else that can be opened for writing (a device such as
      `/dev/null`, a named pipe) gets a plain write, since it cannot be replaced.

    Raises FileNotFoundError when the folder does not exist (its `filename` is the
    folder), IsADirectoryError for a folder, FolderNotWritableError for a file in a
    folder that may not be written, and whatever the system raises for a target it
    refuses (PermissionError, a full disk's OSError).
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    descriptor = own_descriptor(path)
    if descriptor is not None:
        _write_all(descriptor, payload)
        return False
    try:
        status = path.stat()
    except FileNotFoundError:
        folder = path.parent
        if not folder.is_dir():
            raise FileNotFoundError(
                errno.ENOENT, "the folder does not exist", str(folder)
            ) from None
        write_atomically(path, payload)
        return True
    if stat.S_ISDIR(status.st_mode):
        raise IsADirectoryError(errno.EISDIR, "it is a folder, not a file", str(path))
    if stat.S_ISREG(status.st_mode):
        target = Path(os.path.realpath(path))
        try:
            write_atomically(target, payload)
        except PermissionError:
            # Writing over the file in place could leave half of it after a
            # crash or on a full disk; the old file is worth more than that.
            if _may_write(target) and not _may_write(target.parent):
                raise FolderNotWritableError(
                    errno.EACCES,
                    "its folder may not be written, so it cannot be replaced safely",
                    str(path),
                ) from None
            raise
        return True
    fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOCTTY", 0))
    try:
        _write_all(fd, payload)
    finally:
        os.close(fd)
    return False


def _may_write(path: Path) -> bool:
    # Judged with the effective ids, as the kernel does.
    effective = os.access in os.supports_effective_ids
    return os.access(path, os.W_OK, effective_ids=effective)


_OWN_DESCRIPTOR = re.compile(r"/(?:dev/fd|proc/self/fd)/(\d+)")
_STANDARD_NAMES = {"/dev/stdout": 1, "/dev/stderr": 2}


def own_descriptor(path: Path) -> int | None:
    """The descriptor number when `path` names one of this process's own open
    descriptors (`/dev/stdout`, `/dev/fd/1`, `/proc/self/fd/1`), else None."""
    if os.name != "posix":
        return None
    text = os.path.normpath(str(path))
    if text in _STANDARD_NAMES:
        return _STANDARD_NAMES[text]
    match = _OWN_DESCRIPTOR.fullmatch(text) or re.fullmatch(rf"/proc/{os.getpid()}/fd/(\d+)", text)
    return int(match[1]) if match else None


def _write_all(fd: int, payload: bytes) -> None:
    view = memoryview(payload)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _kind_of(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def _size(limit: int) -> str:
    mib = limit / (1 << 20)
    return f"{mib:g} MiB" if mib >= 1 else f"{limit} bytes"
