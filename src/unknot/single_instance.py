"""One Unknot per person and data folder.

The first instance takes a lock file in the data folder (QLockFile) and then
listens on a local socket. A second start finds the lock taken, connects to the
socket, asks the first to bring its window to the front, and exits.

Three rules keep this safe:
- A lock whose process has died (a crash, SIGKILL, a power cut) is stale:
  QLockFile sees that its process is gone and lets the next start take it. No
  timeout is involved, so a long-running instance is never mistaken for a dead one.
- Process ids are reused, so a live process under the recorded id is not proof
  of a running Unknot. The owner must be Unknot: it answers on the socket, or
  its command line is Unknot's. A lock recorded by this very process (a sandbox
  hands out the same small ids after every start), by another program, or one
  that cannot be read at all, is stale too. Removing it goes through QLockFile,
  which takes the system's lock on the file first, so the lock of a process
  that really holds it is never removed, whatever its command line.
- The socket of a live instance is never removed. An old socket file is cleared
  only by the process that holds the lock, and a live instance would hold it.

The lock file is the owner's only (0600), like every file Unknot writes.

The socket's name comes from the user and the data folder, so two people on one
machine, or one person with a second data folder (`--data-dir`), do not meet.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum, StrEnum
from pathlib import Path

from PySide6.QtCore import QCryptographicHash, QLockFile, QObject, QSysInfo, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from unknot.files import PRIVATE_FILE_MODE, make_private_dir

LOCK_FILE_NAME = "unknot.instance.lock"

# What a second start says and hears back, one line each.
_RAISE = b"raise"
_DONE = b"ok"

# How long a second start keeps trying to reach a first that holds the lock but
# is not listening yet (it has just started, or is busy starting).
CONNECT_PATIENCE_S = 5.0
_REPLY_MS = 3000
# QLockFile writes its whole file within a moment of creating it, so a lock file
# this old that still cannot be read was left half-written (a crash, a full disk).
UNREADABLE_LOCK_GRACE_S = 10.0
# What Unknot's own process is called on a command line: the installed command,
# the packaged program, or the package run with `python -m unknot`.
_PROGRAM_NAMES = frozenset({"unknot", "unknot.exe", "unknot-script.py", "unknot-script.pyw"})
# Python's options that take the next argument as their value.
_PYTHON_OPTIONS_WITH_VALUE = frozenset({"-X", "-W", "--check-hash-based-pycs"})


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
        return _first(lock, name)
    if lock.error() != QLockFile.LockError.LockFailedError:
        # Permission or unknown trouble with the file, not another instance.
        return Claim(Outcome.NO_LOCK)
    # A lock that plainly is not a running Unknot's is taken over at once, so a
    # reused process id costs the start no waiting.
    if _owner(lock) is Owner.NOT_UNKNOT and _take_over(lock):
        return _first(lock, name)
    if _ask_to_raise(name, patience_s):
        return Claim(Outcome.HANDED_OVER)
    # The first may have quit while we knocked: try once more to be first. A lock
    # file still unreadable after all that waiting is not being written either.
    if lock.tryLock(0) or (_owner(lock, waited=True) is Owner.NOT_UNKNOT and _take_over(lock)):
        return _first(lock, name)
    return Claim(Outcome.NOT_ANSWERING)


def _first(lock: QLockFile, name: str) -> Claim:
    # QLockFile creates the file 0666 less the umask; it says nothing private,
    # but every file Unknot writes is the owner's only.
    with contextlib.suppress(OSError):
        Path(lock.fileName()).chmod(PRIVATE_FILE_MODE)
    return Claim(Outcome.FIRST, InstanceGuard(lock, name))


def _take_over(lock: QLockFile) -> bool:
    """Remove a stale lock and take it. QLockFile removes the file only when it can
    take the system's lock on it, which a process still holding it would prevent."""
    lock.removeStaleLockFile()
    return lock.tryLock(0)


class Owner(Enum):
    """Who the lock file says holds the lock, as far as this machine can tell."""

    # A running Unknot, or a process we cannot look at (another machine, no /proc,
    # no permission): the lock stands.
    UNKNOT = "unknot"
    # This very process, a process that is not Unknot, or a lock file that cannot
    # be read: the lock is stale.
    NOT_UNKNOT = "not_unknot"


def _owner(lock: QLockFile, *, waited: bool = False) -> Owner:
    pid, host, _program = lock.getLockInfo()
    if pid <= 0:
        # Unreadable: QLockFile is still writing it, or it was left half-written.
        if waited or _age_s(Path(lock.fileName())) > UNREADABLE_LOCK_GRACE_S:
            return Owner.NOT_UNKNOT
        return Owner.UNKNOT
    if host and host != QSysInfo.machineHostName():
        # Another machine sharing the folder: its process ids mean nothing here.
        return Owner.UNKNOT
    if pid == os.getpid():
        # Recorded by an earlier process that had our id; we do not hold it.
        return Owner.NOT_UNKNOT
    command = process_command_line(pid)
    if command is None or is_unknot_command(command):
        return Owner.UNKNOT
    return Owner.NOT_UNKNOT


def _age_s(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return 0.0


def process_command_line(pid: int) -> list[str] | None:
    """The arguments process `pid` was started with, [] when no such process runs
    (or it has none, as a kernel thread), None when this system does not say
    (no /proc, or the process is another user's and hidden)."""
    proc = Path("/proc")
    if not (proc / "self" / "cmdline").exists():
        return None
    try:
        raw = (proc / str(pid) / "cmdline").read_bytes()
    except (FileNotFoundError, ProcessLookupError):
        return []
    except OSError:
        return None
    return [os.fsdecode(part) for part in raw.split(b"\0") if part]


def is_unknot_command(command: Sequence[str]) -> bool:
    """Whether a command line starts Unknot: the `unknot` command or packaged
    program, `python .../unknot`, or `python -m unknot`."""
    if not command:
        return False
    if _program_name(command[0]) in _PROGRAM_NAMES:
        return True
    arguments = iter(command[1:])
    for argument in arguments:
        if argument == "-m":
            return _is_unknot_module(next(arguments, ""))
        if argument.startswith("-m"):
            return _is_unknot_module(argument[2:])
        if argument in ("-c", "-"):
            return False
        if argument in _PYTHON_OPTIONS_WITH_VALUE:
            next(arguments, None)
            continue
        if argument.startswith("-"):
            continue
        # The script the interpreter runs.
        path = argument.replace("\\", "/")
        return _program_name(path) in _PROGRAM_NAMES or path.endswith("/unknot/__main__.py")
    return False


def _program_name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1].lower()


def _is_unknot_module(module: str) -> bool:
    return module == "unknot" or module.startswith("unknot.")


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
