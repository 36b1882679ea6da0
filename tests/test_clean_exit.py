"""Quitting never crashes the process, whatever is still running on a worker.

The daily backup starts when a session ends; a person who ends a session and
quits at once used to leave the copy running while Python and Qt tore their
objects down, and the process died of a segmentation fault at exit (in about a
third of such quits on a ten-year history). Each test runs a real process and
checks its exit code.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Only a guard against a child that hangs; a healthy run takes a second or two.
WATCHDOG_SECONDS = 120

pytestmark = pytest.mark.slow


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    return env


def run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-X", "faulthandler", *args],
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=WATCHDOG_SECONDS,
        check=False,
    )


# The work blocks until the application is quitting, so it is certainly still
# running when quit() is called; it must have ended before exec() returns.
WORK_AT_QUIT = """
import threading
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from unknot.ui.shared.background import Task, Worker

app = QApplication([])
quitting = threading.Event()
ended = threading.Event()
app.aboutToQuit.connect(quitting.set)  # before the worker's own handler

def work():
    quitting.wait()
    # Something for the interpreter to do after the release, as a copy has.
    sum(i * i for i in range(200_000))
    ended.set()
    return "done"

worker = Worker()
task = Task(work)
worker.start(task)
QTimer.singleShot(0, app.quit)
status = app.exec()
print("ended before exec returned" if ended.is_set() else "still running after exec")
later = []
late = Task(lambda: "late")
late.succeeded.connect(later.append)
worker.start(late)
print("late work ran at once" if later == ["late"] else "late work left on a thread")
raise SystemExit(status)
"""


def test_work_still_running_at_quit_ends_before_exec_returns() -> None:
    result = run(["-c", WORK_AT_QUIT])
    assert result.returncode == 0, result.stderr
    assert "ended before exec returned" in result.stdout
    assert "late work ran at once" in result.stdout


@pytest.fixture(scope="module")
def year_of_history(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("year")
    made = run([str(ROOT / "benchmarks" / "make_history.py"), str(root / "data"), "--years", "1"])
    assert made.returncode == 0, made.stderr
    return root


@pytest.mark.parametrize("start", range(4))
def test_quitting_right_after_a_session_exits_cleanly(year_of_history: Path, start: int) -> None:
    # The benchmark's session scenario: the window and its history opened as
    # the app opens them, a session started, ended (so the daily backup
    # starts on its worker) and the app quit at once.
    result = run(
        [
            str(ROOT / "benchmarks" / "scenarios.py"),
            "unknot-session",
            str(year_of_history),
            "--settle",
            "0",
        ]
    )
    assert result.returncode != -signal.SIGSEGV, result.stderr
    assert result.returncode == 0, result.stderr
