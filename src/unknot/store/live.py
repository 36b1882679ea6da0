"""Which open sessions are still running somewhere.

A session row without an outcome is either running (the window is open and the
person is holding a spot) or was left by a process that died. The running
process holds an operating-system lock on a small file for that session; the OS
drops the lock when the process ends in any way, SIGKILL and power loss included.
So at the next open, a session whose lock can be taken was left by a crash, and
one whose lock cannot is live in another process (the command line run while the
window is open) and is left alone.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from unknot.files import PRIVATE_FILE_MODE

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        # flock, not lockf: flock locks belong to the open file, so a second History
        # in the same process sees the first one's lock too.
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


def _make_private(fd: int) -> None:
    # os.open's mode passes through the umask; set it outright.
    if sys.platform != "win32":
        os.fchmod(fd, PRIVATE_FILE_MODE)


def _still_named(path: Path, fd: int) -> bool:
    if sys.platform == "win32":
        return True  # an open file cannot be removed there
    try:
        named = path.stat()
    except FileNotFoundError:
        return False
    opened = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (opened.st_dev, opened.st_ino)


def lock_path(data_dir: Path, session_id: str) -> Path:
    return data_dir / f"history.session-{session_id}.lock"


class SessionLock:
    """An exclusive lock on one session's lock file, held until released."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def try_acquire(cls, path: Path) -> SessionLock | None:
        """The lock, or None when another open file (in this process or another)
        holds it."""
        while True:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE_MODE)
            try:
                _make_private(fd)
                if not _try_lock(fd):
                    os.close(fd)
                    return None
                if _still_named(path, fd):
                    return cls(path, fd)
            except BaseException:
                os.close(fd)
                raise
            # Someone released and removed the file between our open and our lock:
            # the lock is on a file without a name, which no one else would see.
            os.close(fd)

    def release(self) -> None:
        """Give up the lock and remove the file. The file goes first: whoever then
        opens that name gets a new file, so no one can be left holding a lock on
        a name that no longer exists while someone else locks the new one."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        if sys.platform == "win32":
            # Windows cannot remove a file that is open.
            os.close(fd)
            with contextlib.suppress(OSError):
                self.path.unlink()
            return
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
        os.close(fd)
