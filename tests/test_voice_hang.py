"""A speech service that never answers holds up nothing: with an engine whose
making blocks forever, Settings opens at once and says it is looking for
voices, a session runs (its timer ticking, the window answering) and is saved,
and quitting ends the process promptly with status 0 and no abort.

The app runs in a child process (offscreen) whose engine factory blocks
forever; the child measures how long the window's event loop is held up while
it works, and the test waits, bounded, for it to exit.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import textwrap
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from unknot.core.records import Outcome
from unknot.settings import Settings, save_settings
from unknot.store import History

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow

_CHILD = textwrap.dedent(
    """
    import sys, threading, time
    from PySide6.QtCore import QCoreApplication, Qt, QTimer
    from PySide6.QtTest import QTest
    from unknot import app as app_module
    from unknot.cli import main
    from unknot.ui.voice import voice_coach

    def never(name):
        print("engine asked", file=sys.stderr, flush=True)
        threading.Event().wait()

    if sys.argv[1] == "fake":
        voice_coach.make_engine = never
    opened = app_module.open_history
    gaps = []

    def beat(last=[time.monotonic()]):
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now

    def open_and_go(window, options):
        service = opened(window, options)
        heart = QTimer(window)
        heart.timeout.connect(beat)
        heart.start(20)
        began = time.monotonic()
        window.show_settings()
        dialog = window.open_dialog
        print("settings", round(time.monotonic() - began, 3), flush=True)
        print("label", dialog.voice_group.problem_label.text(), flush=True)
        dialog.reject()
        began = time.monotonic()
        window.start_scan()
        screen = window.session_screen
        print("running" if screen.is_running() else "not running", flush=True)
        QTest.keyClick(screen, Qt.Key.Key_Space)
        shown = screen.engine.display().clock_seconds if screen.engine else None

        def finish():
            moved = abs(screen.engine.display().clock_seconds - shown)
            print("ticked", round(moved, 3), flush=True)
            print("gap", round(max(gaps[1:]), 3), flush=True)
            window.quit_for_signal(15)

        QTimer.singleShot(1500, finish)
        return service

    app_module.open_history = open_and_go
    sys.exit(main(sys.argv[2:]))
    """
)


def _speechd_missing() -> bool:
    from PySide6.QtTextToSpeech import QTextToSpeech

    return "speechd" not in QTextToSpeech.availableEngines()


@pytest.mark.parametrize("hang", ["fake", "socket"])
def test_a_speech_engine_that_never_answers_holds_up_nothing(tmp_path: Path, hang: str) -> None:
    """`fake`: an engine whose making blocks forever. `socket`: Qt's real
    speech-dispatcher engine and a speech service that takes the connection and
    never answers (as one stuck closing its espeak-ng module does)."""
    if hang == "socket" and _speechd_missing():
        pytest.skip("Qt has no speech-dispatcher plug-in here")
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {
        **os.environ,
        "UNKNOT_DATA_DIR": str(tmp_path / "data"),
        "UNKNOT_CONFIG_DIR": str(tmp_path / "config"),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(runtime),
        "UNKNOT_SPEECH_ENGINE": "mock" if hang == "fake" else "speechd",
    }
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    taken: list[socket.socket] = []
    if hang == "socket":
        path = runtime / "speechd.sock"
        server.bind(str(path))
        server.listen(8)
        threading.Thread(target=_take_connections, args=(server, taken, 8), daemon=True).start()
        env["SPEECHD_ADDRESS"] = f"unix_socket:{path}"
    save_settings(
        tmp_path / "config",
        Settings(
            safety_confirmed_on=date.today(), voice_on=True, voice_offered=True, sound_on=False
        ),
    )
    began = time.monotonic()
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, hang],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        server.close()
        for connection in taken:
            connection.close()
    took = time.monotonic() - began
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    assert done.returncode == 0, done.stderr
    assert "QThread" not in done.stderr and "Traceback" not in done.stderr, done.stderr
    if hang == "fake":
        assert "engine asked" in done.stderr, done.stderr
    assert float(lines["settings"]) < 1.0, done.stdout
    assert lines["label"] == "Looking for voices…", done.stdout
    assert "running" in done.stdout.splitlines(), done.stdout
    # The hold's clock went on, and the window's loop was never held up long.
    assert 1.0 <= float(lines["ticked"]) < 5.0, done.stdout
    assert float(lines["gap"]) < 0.5, done.stdout
    # Ended promptly: start-up, 1.5 s of session and a second's grace at most.
    assert took < 20, done.stdout
    with History.open(tmp_path / "data") as history:
        (session,) = history.sessions()
        assert session.outcome is Outcome.INTERRUPTED


def _take_connections(server: socket.socket, taken: list[socket.socket], count: int) -> None:
    """A speech service that takes connections and never answers; ends
    quietly when the test closes it."""
    with contextlib.suppress(OSError):
        for _ in range(count):
            taken.append(server.accept()[0])
