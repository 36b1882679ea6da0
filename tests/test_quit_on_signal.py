"""SIGTERM, SIGINT and SIGHUP end the window as File > Quit does: the demo's
throw-away folder is removed, the single-instance socket and lock are gone, and
a session that was running is closed as interrupted with its holds kept.

The app runs in a child process, offscreen; it says when it is ready, the test
sends the signal and waits (bounded) for it to exit.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
from datetime import date
from pathlib import Path

import pytest

from unknot.core.records import Outcome
from unknot.settings import Settings, save_settings
from unknot.single_instance import LOCK_FILE_NAME
from unknot.store import History

ROOT = Path(__file__).resolve().parent.parent
# Only a guard against a child that hangs; a healthy run takes a second or two.
WATCHDOG_SECONDS = 120

pytestmark = pytest.mark.slow

# Runs the real start-up; once the history is open (and, asked for, a daily scan
# has started), it says where its data is.
_CHILD = textwrap.dedent(
    """
    import sys
    from unknot import app as app_module
    from unknot.cli import main

    opened = app_module.open_history
    start = sys.argv[1] == "session"

    def open_and_say(window, options):
        service = opened(window, options)
        if start:
            window.start_scan()
            screen = window.session_screen
            print("running" if screen.is_running() else "not running", flush=True)
        print("ready", options.data_dir, flush=True)
        return service

    app_module.open_history = open_and_say
    sys.exit(main(sys.argv[2:]))
    """
)


def _run_until_signal(tmp_path: Path, number: int, *, session: bool) -> tuple[list[str], int, str]:
    """The child's lines up to "ready", its exit status and its stderr."""
    runtime = tmp_path / "run"
    temp = tmp_path / "tmp"
    for folder in (runtime, temp):
        folder.mkdir(mode=0o700)
    env = {
        **os.environ,
        "UNKNOT_DATA_DIR": str(tmp_path / "data"),
        "UNKNOT_CONFIG_DIR": str(tmp_path / "config"),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(runtime),
        "TMPDIR": str(temp),
    }
    if session:
        # The safety check answered today, so the scan starts at once.
        save_settings(tmp_path / "config", Settings(safety_confirmed_on=date.today()))
    args = ["session"] if session else ["demo", "--demo"]
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    watchdog = threading.Timer(WATCHDOG_SECONDS, child.kill)
    watchdog.start()
    lines: list[str] = []
    try:
        assert child.stdout is not None
        while not lines or not lines[-1].startswith("ready"):
            line = child.stdout.readline()
            if not line:
                break
            lines.append(line.strip())
        child.send_signal(number)
        _, errors = child.communicate(timeout=WATCHDOG_SECONDS)
    finally:
        watchdog.cancel()
        if child.poll() is None:
            child.kill()
            child.communicate()
    return lines, child.returncode, errors


def _sockets(tmp_path: Path) -> list[Path]:
    """Unknot's single-instance sockets left in the runtime folder (other
    libraries, sound among them, keep their own things there)."""
    return [path for path in (tmp_path / "run").iterdir() if path.name.startswith("unknot-")]


@pytest.mark.parametrize(
    "number", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP], ids=lambda n: n.name
)
def test_a_signal_quits_the_demo_and_leaves_nothing_behind(
    tmp_path: Path, number: signal.Signals
) -> None:
    lines, status, errors = _run_until_signal(tmp_path, number, session=False)
    assert lines and lines[-1].startswith("ready"), errors
    demo_data = Path(lines[-1].split(" ", 1)[1])
    assert (tmp_path / "tmp") in demo_data.parents
    assert status == 0, errors
    assert "Traceback" not in errors
    assert list((tmp_path / "tmp").iterdir()) == []
    assert _sockets(tmp_path) == []


def test_a_signal_closes_a_running_session_and_the_socket(tmp_path: Path) -> None:
    lines, status, errors = _run_until_signal(tmp_path, signal.SIGTERM, session=True)
    assert lines[:1] == ["running"], errors
    assert status == 0, errors
    assert "Traceback" not in errors
    # No socket left for the next start to find, no lock held.
    assert _sockets(tmp_path) == []
    data = tmp_path / "data"
    assert not (data / LOCK_FILE_NAME).exists()
    with History.open(data) as history:
        # Closed by the quit itself, not left for the next open to close.
        assert history.interrupted_closed == 0
        (session,) = history.sessions()
        assert session.outcome is Outcome.INTERRUPTED
