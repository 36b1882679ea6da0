"""One Unknot per data folder, with real processes.

The first instance is the real app (`run_gui`), run offscreen by this module
with two lines of reporting added: "listening" once it answers second starts and
"activated" each time one asks for the window. Second starts are the real
command, `python -m unknot`, which must hand over and exit 0.
"""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import pytest

from PySide6.QtCore import QSysInfo
from PySide6.QtWidgets import QApplication

from unknot import single_instance
from unknot.single_instance import (
    LOCK_FILE_NAME,
    UNREADABLE_LOCK_GRACE_S,
    Claim,
    Outcome,
    claim,
    is_unknot_command,
    lock_path,
    process_command_line,
    server_name,
)

ROOT = Path(__file__).resolve().parent.parent
# Only guards against a hang; a healthy run takes a second or two.
WATCHDOG_SECONDS = 90

pytestmark = pytest.mark.slow


# -- the children -------------------------------------------------------------------


def first_main(data_dir: Path, config_dir: Path) -> int:
    """The real app, reporting when it listens and when it is asked to come forward."""
    from unknot.app import run_gui
    from unknot.launch_options import LaunchOptions
    from unknot.single_instance import InstanceGuard
    from unknot.ui.window.main_window import MainWindow

    listen = InstanceGuard.listen

    def listen_and_say(self: InstanceGuard) -> bool:
        listening = listen(self)
        print("listening" if listening else "not listening", flush=True)
        return listening

    bring_to_front = MainWindow.bring_to_front

    def bring_and_say(self: MainWindow, token: str = "") -> None:
        bring_to_front(self, token)
        print(f"activated {token}".strip(), flush=True)

    InstanceGuard.listen = listen_and_say  # type: ignore[method-assign]
    MainWindow.bring_to_front = bring_and_say  # type: ignore[method-assign]
    return run_gui(LaunchOptions(data_dir=data_dir, config_dir=config_dir))


def holder_main(data_dir: Path) -> int:
    """Takes the lock and never answers: a first instance that hangs."""
    from PySide6.QtCore import QCoreApplication

    from unknot.single_instance import claim

    app = QCoreApplication([])
    claimed = claim(data_dir)
    print(claimed.outcome.value, flush=True)
    sys.stdin.readline()
    del app
    return 0


def knock_main(data_dir: Path) -> int:
    from PySide6.QtCore import QCoreApplication

    from unknot.single_instance import claim

    app = QCoreApplication([])
    claimed = claim(data_dir, patience_s=0.5)
    print(claimed.outcome.value, flush=True)
    if claimed.guard is not None:
        claimed.guard.release()
    del app
    return 0


# -- helpers ------------------------------------------------------------------------


def _env(config_dir: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", UNKNOT_CONFIG_DIR=str(config_dir))
    env.update(extra)
    return env


@contextmanager
def _child(args: list[str], env: dict[str, str], log: Path) -> Iterator[subprocess.Popen[str]]:
    with log.open("w") as errors:
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.test_single_instance", *args],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
        watchdog = threading.Timer(WATCHDOG_SECONDS, child.kill)
        watchdog.start()
        try:
            yield child
        finally:
            watchdog.cancel()
            child.kill()
            child.communicate()


def _line(stream: IO[str] | None) -> str:
    assert stream is not None
    return stream.readline().strip()


def _start_again(
    data_dir: Path, config_dir: Path, **extra: str
) -> subprocess.CompletedProcess[str]:
    """The real second start: `unknot --data-dir DIR`."""
    return subprocess.run(
        [sys.executable, "-m", "unknot", "--data-dir", str(data_dir)],
        cwd=ROOT,
        env=_env(config_dir, **extra),
        capture_output=True,
        text=True,
        timeout=WATCHDOG_SECONDS,
        check=False,
    )


# -- the tests ----------------------------------------------------------------------


def test_a_second_start_brings_the_first_forward_and_exits(tmp_path: Path) -> None:
    data, config = tmp_path / "data", tmp_path / "config"
    args = ["first", str(data), str(config)]
    with _child(args, _env(config), tmp_path / "first.log") as first:
        assert _line(first.stdout) == "listening", (tmp_path / "first.log").read_text()

        second = _start_again(data, config, XDG_ACTIVATION_TOKEN="token-123")
        assert second.returncode == 0, second.stderr
        assert _line(first.stdout) == "activated token-123"

        # The live instance's socket is still there for the next start.
        third = _start_again(data, config, XDG_ACTIVATION_TOKEN="")
        assert third.returncode == 0, third.stderr
        assert _line(first.stdout) == "activated"
        assert first.poll() is None

        # The running instance keeps the log; starts that hand over add nothing to it.
        log = data / "unknot.log"
        assert stat.S_IMODE(log.stat().st_mode) == 0o600
        assert log.read_text(encoding="utf-8").count(" started (Python ") == 1


def test_a_killed_first_instance_does_not_block_the_next_start(tmp_path: Path) -> None:
    data, config = tmp_path / "data", tmp_path / "config"
    args = ["first", str(data), str(config)]
    with _child(args, _env(config), tmp_path / "killed.log") as first:
        assert _line(first.stdout) == "listening", (tmp_path / "killed.log").read_text()
        # SIGKILL: no clean-up runs, the lock file and the socket stay behind.
        first.kill()
        first.wait()
    assert (data / LOCK_FILE_NAME).exists()

    with _child(args, _env(config), tmp_path / "next.log") as after:
        assert _line(after.stdout) == "listening", (tmp_path / "next.log").read_text()
        again = _start_again(data, config, XDG_ACTIVATION_TOKEN="")
        assert again.returncode == 0, again.stderr
        assert _line(after.stdout) == "activated"


def test_a_first_that_does_not_answer_is_reported_not_removed(tmp_path: Path) -> None:
    data, config = tmp_path / "data", tmp_path / "config"
    with _child(["holder", str(data)], _env(config), tmp_path / "holder.log") as holder:
        assert _line(holder.stdout) == "first"
        with _child(["knock", str(data)], _env(config), tmp_path / "knock.log") as knock:
            assert _line(knock.stdout) == "not_answering"
        # The holder's lock is untouched.
        assert (data / LOCK_FILE_NAME).exists()
        assert holder.poll() is None


def test_other_data_folders_run_side_by_side(tmp_path: Path) -> None:
    config = tmp_path / "config"
    one, two = tmp_path / "one", tmp_path / "two"
    with (
        _child(["holder", str(one)], _env(config), tmp_path / "one.log") as first,
        _child(["holder", str(two)], _env(config), tmp_path / "two.log") as second,
    ):
        assert _line(first.stdout) == "first"
        assert _line(second.stdout) == "first"


def test_the_socket_name_comes_from_the_user_and_the_folder(tmp_path: Path) -> None:
    name = server_name(tmp_path / "data", user="sam")
    assert Path(name).name.startswith("unknot-sam-")
    assert name == server_name(tmp_path / "data", user="sam")
    assert name != server_name(tmp_path / "other", user="sam")
    assert name != server_name(tmp_path / "data", user="alex")
    # Odd characters in a user name never reach the socket path.
    assert "/" not in Path(server_name(tmp_path, user="a/b c")).name
    assert len(server_name(tmp_path / ("x" * 300), user="y" * 200)) < 104


# -- whose lock is it? ------------------------------------------------------------------
#
# These claim in this process, against lock files left the way real machines leave
# them. A child that waits on its stdin stands for a live process: no sleeping.


# QLockFile records the program's file name and, where it can, compares it with the
# running process's: the interpreter Unknot runs under, so that check passes.
PYTHON = Path(os.path.realpath(sys.executable)).name


def _write_lock(data_dir: Path, pid: int, program: str = PYTHON) -> Path:
    """A lock file as QLockFile writes it: pid, program, host, machine id, boot id."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = lock_path(data_dir)
    lines = [
        str(pid).encode(),
        program.encode(),
        QSysInfo.machineHostName().encode(),
        bytes(QSysInfo.machineUniqueId().data()),
        bytes(QSysInfo.bootUniqueId().data()),
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


@contextmanager
def _waiting(command: list[str]) -> Iterator[subprocess.Popen[bytes]]:
    """A live process that does nothing until its stdin closes."""
    child = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    watchdog = threading.Timer(WATCHDOG_SECONDS, child.kill)
    watchdog.start()
    try:
        yield child
    finally:
        watchdog.cancel()
        child.communicate()


_WAIT_ON_STDIN = "import sys; sys.stdin.read()"


@pytest.fixture
def no_knocking(monkeypatch: pytest.MonkeyPatch) -> None:
    """A lock that is plainly not a running Unknot's is taken at once: the start
    never waits for an answer on the socket."""

    def knock(name: str, patience_s: float) -> bool:
        raise AssertionError("asked a stale lock's owner to answer")

    monkeypatch.setattr(single_instance, "_ask_to_raise", knock)


def _claimed_first(data_dir: Path, claimed: Claim) -> None:
    try:
        assert claimed.outcome is Outcome.FIRST
        path = lock_path(data_dir)
        assert path.read_bytes().split(b"\n")[0] == str(os.getpid()).encode()
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        if claimed.guard is not None:
            claimed.guard.release()


needs_proc = pytest.mark.skipif(
    process_command_line(os.getpid()) is None, reason="needs /proc to read command lines"
)


@needs_proc
def test_a_reused_pid_of_another_program_does_not_block(
    tmp_path: Path, qapp: QApplication, no_knocking: None
) -> None:
    # The same interpreter as Unknot's, so QLockFile itself takes it for the owner.
    with _waiting([sys.executable, "-c", _WAIT_ON_STDIN]) as other:
        _write_lock(tmp_path, other.pid)
        _claimed_first(tmp_path, claim(tmp_path))
        assert other.poll() is None


def test_a_dead_pid_does_not_block(tmp_path: Path, qapp: QApplication, no_knocking: None) -> None:
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    _write_lock(tmp_path, ended.pid)
    _claimed_first(tmp_path, claim(tmp_path))


def test_a_lock_recorded_under_our_own_pid_is_stale(
    tmp_path: Path, qapp: QApplication, no_knocking: None
) -> None:
    # In a sandbox the app gets the same small pid after every start.
    _write_lock(tmp_path, os.getpid())
    _claimed_first(tmp_path, claim(tmp_path))


@pytest.mark.parametrize("content", [b"", b"garbage\n", b"\xff\xfe\n\x00", b"-5\nx\n"])
def test_an_old_unreadable_lock_file_does_not_block(
    tmp_path: Path, qapp: QApplication, no_knocking: None, content: bytes
) -> None:
    path = lock_path(tmp_path)
    path.write_bytes(content)
    old = path.stat().st_mtime - UNREADABLE_LOCK_GRACE_S - 60
    os.utime(path, (old, old))
    _claimed_first(tmp_path, claim(tmp_path))


def test_a_fresh_unreadable_lock_file_is_taken_after_one_knock(
    tmp_path: Path, qapp: QApplication
) -> None:
    # Fresh, it may be a first instance this very moment writing its lock: knock,
    # then take it.
    lock_path(tmp_path).write_bytes(b"")
    _claimed_first(tmp_path, claim(tmp_path, patience_s=0))


@needs_proc
def test_a_live_unknot_that_does_not_answer_keeps_its_lock(
    tmp_path: Path, qapp: QApplication
) -> None:
    program = tmp_path / "bin" / "unknot"
    program.parent.mkdir()
    program.write_text(_WAIT_ON_STDIN + "\n")
    data = tmp_path / "data"
    with _waiting([sys.executable, str(program)]) as unknot:
        assert is_unknot_command(process_command_line(unknot.pid) or [])
        written = _write_lock(data, unknot.pid).read_bytes()
        claimed = claim(data, patience_s=0)
        assert claimed.outcome is Outcome.NOT_ANSWERING
        assert lock_path(data).read_bytes() == written


def test_a_lock_held_in_this_process_is_never_removed(tmp_path: Path, qapp: QApplication) -> None:
    # Our own pid says "stale", but the system's lock on the file says "held":
    # removing goes through that lock, so nothing is taken from a live holder.
    first = claim(tmp_path)
    assert first.outcome is Outcome.FIRST and first.guard is not None
    try:
        held = lock_path(tmp_path).read_bytes()
        assert claim(tmp_path, patience_s=0).outcome is Outcome.NOT_ANSWERING
        assert lock_path(tmp_path).read_bytes() == held
    finally:
        first.guard.release()
    assert not lock_path(tmp_path).exists()


@pytest.mark.parametrize(
    "command",
    [
        ["/home/sam/.local/bin/unknot"],
        ["/opt/Unknot/unknot", "--data-dir", "/tmp/x"],
        ["C:\\Program Files\\Unknot\\unknot.exe"],
        ["/usr/bin/python3", "/home/sam/.venv/bin/unknot"],
        ["python3", "-u", "-X", "dev", "/usr/bin/unknot", "--demo"],
        ["python3", "-m", "unknot"],
        ["python3", "-I", "-munknot", "--data-dir", "d"],
        ["python3", "-m", "unknot.cli"],
        ["python3", "/src/unknot/src/unknot/__main__.py"],
    ],
)
def test_unknot_command_lines(command: list[str]) -> None:
    assert is_unknot_command(command)


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["sleep", "100"],
        ["/usr/bin/python3", "-c", "import unknot"],
        ["python3", "-m", "unknotted"],
        ["python3", "-m", "pytest", "unknot"],
        ["python3", "-X", "unknot", "other.py"],
        ["python3", "/home/sam/unknot-notes.py"],
        ["vim", "/home/sam/notes.txt"],
        ["bash", "-c", "unknot"],
    ],
)
def test_other_command_lines(command: list[str]) -> None:
    assert not is_unknot_command(command)


@needs_proc
def test_a_process_that_is_gone_has_no_command_line() -> None:
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    assert process_command_line(ended.pid) == []
    assert process_command_line(os.getpid()) == [
        os.fsdecode(part) for part in Path("/proc/self/cmdline").read_bytes().split(b"\0") if part
    ]


if __name__ == "__main__":
    role, *rest = sys.argv[1:]
    if role == "first":
        raise SystemExit(first_main(Path(rest[0]), Path(rest[1])))
    if role == "holder":
        raise SystemExit(holder_main(Path(rest[0])))
    raise SystemExit(knock_main(Path(rest[0])))


def test_the_socket_name_stays_the_same_across_versions(tmp_path: Path) -> None:
    # A newer start must find an older window still running on the same folder:
    # the digest is the first 16 hex digits of the folder's SHA-256.
    folder = tmp_path / "dätä"
    digest = hashlib.sha256(str(folder.absolute()).encode("utf-8")).hexdigest()[:16]
    assert Path(server_name(folder, user="sam")).name == f"unknot-sam-{digest}"
