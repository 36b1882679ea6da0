"""One Unknot per person and data folder.

The first instance takes a lock file in the data folder (QLockFile) and then
listens on a local socket. A second start finds the lock taken, connects to the
socket, asks the first to bring its window to the front, and exits.

Two rules keep this safe:
- A lock whose process has died (a crash, SIGKILL, a power cut) is stale:
  QLockFile sees that its process is gone and lets the next start take it. No
  timeout is involved, so a long-running instance is never mistaken for a dead one.
- The socket of a live instance is never removed. An old socket file is cleared
  only by the process that holds the lock, and a live instance would hold it.

The socket's name comes from the user and the data folder, so two people on one
machine, or one person with a second data folder (`--data-dir`), do not meet.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import sys
import time
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCryptographicHash, QLockFile, QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from unknot.files import make_private_dir

LOCK_FILE_NAME = "unknot.instance.lock"

# What a second start says and hears back, one line each.
_RAISE = b"raise"
_DONE = b"ok"

# How long a second start keeps trying to reach a first that holds the lock but
# is not listening yet (it has just started, or is busy starting).
CONNECT_PATIENCE_S = 5.0
_REPLY_MS = 3000


def user_name() -> str:
    try:
        name = getpass.getuser()
    except (KeyError, OSError):
        name = ""
    if not name and hasattr(os, "getuid"):
        name = str(os.getuid())
    return name or "user"


def server_name(data_dir: Path, user: str | None = None) -> str:
    """The local socket's name: the user and a digest of the data folder. Short,
    because a Unix socket path may not be longer than about 100 bytes."""
    folder = str(data_dir.expanduser().absolute())
    # Qt's SHA-256, not hashlib's: this runs before the first paint, and hashlib
    # loads OpenSSL's libcrypto (about 3.7 MB, a few ms) for this one digest.
    raw = QCryptographicHash.hash(
        folder.encode("utf-8", "surrogatepass"), QCryptographicHash.Algorithm.Sha256
    )
    digest = bytes(raw.toHex().data()).decode("ascii")[:16]
    who = "".join(c for c in (user or user_name()) if c.isalnum() or c in "-_")[:24]
    name = f"unknot-{who}-{digest}"
    if sys.platform == "win32":
        return name  # a named pipe, private to the session
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    # The per-user runtime folder (0700) where there is one; Qt's temp folder otherwise.
    if runtime and Path(runtime).is_dir() and len(runtime) + len(name) < 100:
        return str(Path(runtime) / name)
    return name


def lock_path(data_dir: Path) -> Path:
    return data_dir / LOCK_FILE_NAME


class Outcome(StrEnum):
    FIRST = "first"
    HANDED_OVER = "handed_over"
    # Another instance holds the lock but did not answer.
    NOT_ANSWERING = "not_answering"
    # No lock could be made (an unwritable folder): run without the guard.
    NO_LOCK = "no_lock"


@dataclass
class Claim:
    outcome: Outcome
    guard: InstanceGuard | None = None


class InstanceGuard(QObject):
    """Held by the first instance for as long as it runs."""

    # A second start asked for the window; the text is its activation token
    # (XDG_ACTIVATION_TOKEN or DESKTOP_STARTUP_ID), empty when it had none.
    activation_requested = Signal(str)

    def __init__(self, lock: QLockFile, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = lock
        self._name = name
        self._server: QLocalServer | None = None

    @property
    def name(self) -> str:
        return self._name

    def listen(self) -> bool:
        """Start answering second starts. False when the socket could not be made
        (the app still runs; a second start then reports it is not answering)."""
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # Safe only because the lock is ours: a live instance would hold it, so
        # whatever socket file is there was left by one that died.
        QLocalServer.removeServer(self._name)
        if not server.listen(self._name):
            server.deleteLater()
            return False
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def is_listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    @Slot()
    def _accept(self) -> None:
        server = self._server
        if server is None:
            return
        while server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.setParent(self)
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.canReadLine():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            line = bytes(socket.readLine().data()).rstrip(b"\r\n")
            command, _, token = line.partition(b" ")
            if command != _RAISE:
                continue
            self.activation_requested.emit(token.decode("utf-8", "replace"))
            socket.write(_DONE + b"\n")
            socket.flush()
            socket.disconnectFromServer()


def claim(data_dir: Path, *, patience_s: float = CONNECT_PATIENCE_S) -> Claim:
    """Become the running instance, or hand over to the one that is.

    Call it before the window is built: a second start should cost little and
    show nothing.
    """
    try:
        make_private_dir(data_dir)
    except OSError:
        return Claim(Outcome.NO_LOCK)
    name = server_name(data_dir)
    lock = QLockFile(str(lock_path(data_dir)))
    # Zero: never stale by age, only when its process is gone.
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        return Claim(Outcome.FIRST, InstanceGuard(lock, name))
    if lock.error() != QLockFile.LockError.LockFailedError:
        # Permission or unknown trouble with the file, not another instance.
        return Claim(Outcome.NO_LOCK)
    if _ask_to_raise(name, patience_s):
        return Claim(Outcome.HANDED_OVER)
    # The first may have quit while we knocked: try once more to be first.
    if lock.tryLock(0):
        return Claim(Outcome.FIRST, InstanceGuard(lock, name))
    return Claim(Outcome.NOT_ANSWERING)


def _activation_token() -> str:
    for variable in ("XDG_ACTIVATION_TOKEN", "DESKTOP_STARTUP_ID"):
        value = os.environ.get(variable, "").strip()
        if value and " " not in value and "\n" not in value:
            return value
    return ""


def _ask_to_raise(name: str, patience_s: float) -> bool:
    deadline = time.monotonic() + patience_s
    while True:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(500):
            token = _activation_token().encode("utf-8")
            socket.write(_RAISE + (b" " + token if token else b"") + b"\n")
            socket.flush()
            socket.waitForBytesWritten(_REPLY_MS)
            answered = False
            while socket.waitForReadyRead(_REPLY_MS):
                if socket.canReadLine():
                    answered = bytes(socket.readLine().data()).strip() == _DONE
                    break
            with contextlib.suppress(RuntimeError):
                socket.abort()
            if answered:
                return True
        if time.monotonic() >= deadline:
            return False
        # The first instance holds the lock but is not listening yet.
        time.sleep(0.1)
