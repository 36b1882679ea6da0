"""The whole journey through assistive technology, with real processes.

The real app (`python -m unknot`, a fresh data folder) runs under a virtual X
server on a private D-Bus session bus with Qt's AT-SPI bridge switched on. A
separate process (tests/atspi_journey_client.py, the system's python3 with
pyatspi) picks two spots on the body map by AT-SPI action and selection, rates
them through a spot's value and its Increase action, starts a session, asks for
more pressure, releases both spots, finishes and quits, pressing every button
through its AT-SPI action. The history is then read back
with `unknot export`.

Needs Linux with Xvfb, dbus-daemon, at-spi2-core and python3-pyatspi (`.ci/run`
installs them); skipped, saying which is missing, where they are not.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest

from unknot.core.records import skipped

ROOT = Path(__file__).resolve().parent.parent
CLIENT = ROOT / "tests" / "atspi_journey_client.py"
# pyatspi is a Debian package for the system's own Python, not on PyPI.
SYSTEM_PYTHON = Path("/usr/bin/python3")
BUS_LAUNCHERS = (
    Path("/usr/libexec/at-spi-bus-launcher"),
    Path("/usr/lib/at-spi2-core/at-spi-bus-launcher"),
    Path("/usr/lib/at-spi2/at-spi-bus-launcher"),
)
# Each wait is bounded; these only stop a hung child from hanging the suite.
START_SECONDS = 30.0
JOURNEY_SECONDS = 180.0

pytestmark = pytest.mark.slow


def _missing() -> str | None:
    """Why the journey cannot run here, or None when it can."""
    if not sys.platform.startswith("linux"):
        return "AT-SPI is the Linux accessibility bus"
    for program, package in (("Xvfb", "xvfb"), ("dbus-daemon", "dbus")):
        if shutil.which(program) is None:
            return f"{program} is not installed (Debian package {package})"
    if not any(launcher.exists() for launcher in BUS_LAUNCHERS):
        return "the AT-SPI bus launcher is not installed (Debian package at-spi2-core)"
    if not SYSTEM_PYTHON.exists():
        return f"{SYSTEM_PYTHON} (the system's Python, which has pyatspi) is not there"
    found = subprocess.run(
        [str(SYSTEM_PYTHON), "-c", "import pyatspi"],
        capture_output=True,
        check=False,
        env={"PATH": os.environ.get("PATH", "")},
    )
    if found.returncode != 0:
        return "pyatspi is not installed for the system's python3 (Debian package python3-pyatspi)"
    return None


def _read_line(stream: int, what: str, seconds: float) -> str:
    """One line a child writes on `stream` (a pipe's file descriptor)."""
    deadline = time.monotonic() + seconds
    line = b""
    while not line.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([stream], [], [], left)[0]:
            raise AssertionError(f"gave up after {seconds:.0f} s waiting for {what}")
        chunk = os.read(stream, 1)
        if not chunk:
            raise AssertionError(f"{what}: the program ended without saying")
        line += chunk
    return line.decode().strip()


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def _started(command: list[str], env: dict[str, str], what: str) -> Iterator[str]:
    """Start a server that writes where to reach it on a pipe; yield that line."""
    read_end, write_end = os.pipe()
    process = subprocess.Popen(
        [part.replace("{fd}", str(write_end)) for part in command],
        env=env,
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        yield _read_line(read_end, what, START_SECONDS)
    finally:
        os.close(read_end)
        _stop(process)


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[dict[str, str]]:
    """The environment of a private desktop: an X server and a session bus, each
    gone when the test ends (the AT-SPI bus goes with the session bus)."""
    why = _missing()
    if why is not None:
        pytest.skip(f"the AT-SPI journey needs a Linux desktop bus: {why}")
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path / "home"),
        # The AT-SPI bus puts its socket here: this test's own, not the user's.
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_CONFIG_HOME": str(tmp_path / "home" / "config"),
        "XDG_DATA_HOME": str(tmp_path / "home" / "data"),
        "LANG": "C.UTF-8",
        "LANGUAGE": "en",
        "PYTHONUNBUFFERED": "1",
    }
    with ExitStack() as stack:
        display = stack.enter_context(
            _started(
                ["Xvfb", "-displayfd", "{fd}", "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
                env,
                "the X server's display number",
            )
        )
        env["DISPLAY"] = f":{display}"
        env["DBUS_SESSION_BUS_ADDRESS"] = stack.enter_context(
            _started(
                ["dbus-daemon", "--session", "--nofork", "--print-address={fd}"],
                env,
                "the session bus address",
            )
        )
        yield env


def test_a_whole_session_through_assistive_technology(
    desktop: dict[str, str], tmp_path: Path
) -> None:
    data_dir, config_dir = tmp_path / "data", tmp_path / "config"
    app_env = dict(
        desktop,
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        QT_QPA_PLATFORM="xcb",
        UNKNOT_DATA_DIR=str(data_dir),
        UNKNOT_CONFIG_DIR=str(config_dir),
    )
    # A file, not a pipe: Qt's bridge may say a lot, and a full pipe would stall the app.
    log = tmp_path / "app.log"
    with log.open("wb") as output:
        app = subprocess.Popen(
            [sys.executable, "-m", "unknot"],
            cwd=ROOT,
            env=app_env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        client = subprocess.run(
            [str(SYSTEM_PYTHON), str(CLIENT), str(app.pid)],
            env=desktop,
            capture_output=True,
            text=True,
            timeout=JOURNEY_SECONDS,
            check=False,
        )
        assert client.returncode == 0, client.stdout + client.stderr
        assert client.stdout.split("\n")[-2] == "quit", client.stdout
        # Quitting from the menu ends the app on its own, and cleanly.
        assert app.wait(timeout=START_SECONDS) == 0
    finally:
        _stop(app)
    said = log.read_text(errors="replace")
    assert "Traceback" not in said, said

    exported = subprocess.run(
        [sys.executable, "-m", "unknot", "export", "--data-dir", str(data_dir)],
        cwd=ROOT,
        env=dict(os.environ, UNKNOT_CONFIG_DIR=str(config_dir)),
        capture_output=True,
        text=True,
        timeout=START_SECONDS,
        check=True,
    )
    (session,) = json.loads(exported.stdout)["sessions"]
    holds = session["holds"]
    # The plan runs head to feet, whatever order the spots were picked in.
    assert [(h["area"], h["side"]) for h in holds] == [("shoulders", "right"), ("calves", "left")]
    assert all(h["released"] for h in holds)
    # "Need more pressure" on the first spot moved on to a firmer tool.
    assert len(holds[0]["tools_tried"]) == 2 and holds[0]["tool"] == holds[0]["tools_tried"][1]
    assert len(holds[1]["tools_tried"]) == 1
    # The ratings given through the value and the Increase action are the "before"s.
    assert [h["tenderness_before"] for h in holds] == [6, 1]
    # Holds this short count as practice only past the engine's own threshold.
    counted = any(not skipped(h["held_seconds"]) for h in holds)
    assert session["outcome"] == ("completed" if counted else "interrupted")
