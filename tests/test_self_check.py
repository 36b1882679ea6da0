"""`unknot --self-check` from the source install: it passes end to end in a
few seconds without touching the person's folders, and every way it can fail
ends in one plain line. tests/test_bundle.py runs it on the built bundle."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from unknot import self_check
from unknot.cli import main

# Real seconds the whole check may take here; it needs about five.
TIMEOUT = 90


def run_as_a_person(
    command: list[str], home: Path, extra_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`command` with a home of its own and no data or settings folder given,
    so a check that strayed into the person's folders would leave files there;
    `extra_env` is added to its environment."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "UNKNOT_", "QT_QPA_"))
    }
    tmp = home / "tmp"
    tmp.mkdir(parents=True)
    env.update(HOME=str(home), TMPDIR=str(tmp), **(extra_env or {}))
    return subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )


def assert_passed(result: subprocess.CompletedProcess[str], home: Path) -> None:
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith("ok: ") for line in lines), result.stdout
    said = result.stdout
    for check in ("window opened", "safety check", "hold ran out", "history holds"):
        assert check in said
    assert "ok: the history holds the session with its hold of 120 s" in lines
    assert "Traceback" not in result.stderr
    # Nothing of Unknot's left behind, in the home or the temporary folder (the
    # sound system's client keeps its own files in both, as for any program).
    assert [path for path in home.rglob("*") if "unknot" in path.name.lower()] == []


@pytest.mark.slow
def test_the_self_check_passes_from_the_source_install(tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = run_as_a_person([sys.executable, "-m", "unknot", "--self-check"], home)
    assert_passed(result, home)


@pytest.mark.slow
def test_a_platform_qt_cannot_open_is_one_line_and_leaves_nothing(tmp_path: Path) -> None:
    # X11 asked for where there is no display: Qt ends the process itself.
    home = tmp_path / "home"
    env = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": "", "WAYLAND_DISPLAY": ""}
    result = run_as_a_person([sys.executable, "-m", "unknot", "--self-check"], home, env)
    assert result.returncode != 0
    (line,) = result.stderr.splitlines()
    assert line.startswith("self-check failed: opening the window: "), line
    assert "could not connect to display" in line
    assert [path for path in home.rglob("*") if "unknot" in path.name.lower()] == []


def test_a_missing_asset_is_one_line_naming_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(self_check, "REQUIRED_ASSETS", ("body/front.svg", "body/side.svg"))
    out, err = io.StringIO(), io.StringIO()
    assert self_check.run(out, err) == self_check.EXIT_FAILED
    assert out.getvalue() == ""
    (line,) = err.getvalue().splitlines()
    assert line.startswith("self-check failed: asset 'body/side.svg' is missing")


def test_a_history_that_does_not_open_fails_that_check(
    monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    import unknot.app

    monkeypatch.setattr(unknot.app, "open_history", lambda window, options: None)
    out, err = io.StringIO(), io.StringIO()
    assert self_check.run(out, err) == self_check.EXIT_FAILED
    assert "ok: the main window opened (offscreen)" in out.getvalue().splitlines()
    assert err.getvalue() == (
        "self-check failed: the history in the temporary folder did not open\n"
    )


def test_an_error_nobody_expected_is_one_line_saying_where(
    monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    import unknot.app

    def broken(window: object, options: object) -> None:
        raise RuntimeError("the disk\nwent away")

    monkeypatch.setattr(unknot.app, "open_history", broken)
    out, err = io.StringIO(), io.StringIO()
    assert self_check.run(out, err) == self_check.EXIT_FAILED
    assert err.getvalue() == (
        "self-check failed: opening the history: RuntimeError: the disk went away\n"
    )


def test_the_temporary_folder_goes_even_when_a_check_fails(
    monkeypatch: pytest.MonkeyPatch, qapp: object, tmp_path: Path
) -> None:
    import tempfile

    import unknot.app

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(unknot.app, "open_history", lambda window, options: None)
    assert self_check.run(io.StringIO(), io.StringIO()) == self_check.EXIT_FAILED
    assert list(tmp_path.iterdir()) == []


def test_it_takes_no_command_and_no_demo(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--self-check", "stats"], ["--self-check", "--demo"]):
        assert main(argv) == 2
        assert "--self-check runs on its own" in capsys.readouterr().err


def test_a_hold_that_never_ends_fails_in_one_line_without_waiting_on_a_question(
    monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    """A step that fails mid-session leaves the session without the question
    closing a window asks (no one is there to answer it), and a clock that
    hardly moves, like a machine too busy, fails the step once its time is up."""
    monkeypatch.setattr(self_check, "SPEED", 1e-6)
    monkeypatch.setattr(self_check, "STEP_TIMEOUT", 1.0)
    out, err = io.StringIO(), io.StringIO()
    assert self_check.run(out, err) == self_check.EXIT_FAILED
    assert err.getvalue() == (
        "self-check failed: the hold: waited 1 s for the hold's time to run out\n"
    )
