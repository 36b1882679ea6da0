"""`unknot --demo` never touches the real history: it runs on a temporary folder
of example data that is gone when the app quits."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from tests.records import session
from tests.store.helpers import digest
from unknot.demo_mode import DEMO_MARKER, DemoFolders, fill_demo_folder, is_demo_folder
from unknot.launch_options import LaunchOptions
from unknot.settings import SETTINGS_FILE
from unknot.store import History

TODAY = date(2026, 3, 11)


def real_folders(root: Path) -> LaunchOptions:
    """A person's data and settings: a history with one session, a settings file."""
    data, config = root / "real-data", root / "real-config"
    with History.open(data) as history:
        history.import_history([session("mine", datetime(2026, 3, 1, 8, tzinfo=UTC))], [])
    config.mkdir()
    (config / SETTINGS_FILE).write_text(json.dumps({"version": 1, "week_start": 7}))
    return LaunchOptions(data_dir=data, config_dir=config, demo=True)


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): digest(path)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_the_demo_fills_its_own_folder_only(tmp_path: Path) -> None:
    real = real_folders(tmp_path)
    before = snapshot(tmp_path)
    demo = DemoFolders.create(real)
    try:
        options = demo.options()
        assert options.demo
        assert real.data_dir not in options.data_dir.parents
        assert options.data_dir.parent == demo.root
        assert is_demo_folder(options.data_dir)
        added = fill_demo_folder(options.data_dir, TODAY, "Europe/Berlin")
        assert added > 50
        # Once filled, a second call adds nothing.
        assert fill_demo_folder(options.data_dir, TODAY, "Europe/Berlin") == 0
        with History.open(options.data_dir) as history:
            assert history.session("mine") is None
            assert max(s.local_date for s in history.sessions()) < TODAY
        # The person's settings came along; their folder did not change.
        assert json.loads((options.config_dir / SETTINGS_FILE).read_text())["week_start"] == 7
        assert snapshot(tmp_path) == before
    finally:
        demo.remove()
    assert not demo.root.exists()


def test_demo_data_is_refused_anywhere_else(tmp_path: Path) -> None:
    real = real_folders(tmp_path)
    before = snapshot(tmp_path)
    with pytest.raises(ValueError, match="not a demo folder"):
        fill_demo_folder(real.data_dir, TODAY, "UTC")
    assert snapshot(tmp_path) == before
    assert not (tmp_path / DEMO_MARKER).exists()


def test_the_demo_folder_is_private(tmp_path: Path) -> None:
    demo = DemoFolders.create(LaunchOptions(tmp_path / "d", tmp_path / "c", demo=True))
    try:
        assert demo.root.stat().st_mode & 0o777 == 0o700
        for name in ("data", "config"):
            assert (demo.root / name).stat().st_mode & 0o777 == 0o700
    finally:
        demo.remove()


_RUN_DEMO = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from unknot import app as app_module
    from unknot.cli import main

    opened = app_module.open_history

    def open_then_quit(window, options):
        service = opened(window, options)
        print("data", options.data_dir, flush=True)
        print("sessions", service.session_count() if service else -1, flush=True)
        print("title", window.windowTitle(), flush=True)
        QTimer.singleShot(0, QApplication.instance().quit)
        return service

    app_module.open_history = open_then_quit
    sys.exit(main(["--demo"]))
    """
)


@pytest.mark.slow
def test_unknot_demo_leaves_the_real_folders_alone(tmp_path: Path) -> None:
    real = real_folders(tmp_path)
    before = snapshot(tmp_path)
    env = {
        **os.environ,
        "UNKNOT_DATA_DIR": str(real.data_dir),
        "UNKNOT_CONFIG_DIR": str(real.config_dir),
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run(
        [sys.executable, "-c", _RUN_DEMO],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    demo_data = Path(lines["data"])
    assert int(lines["sessions"]) > 50
    assert "demo" in lines["title"]
    assert real.data_dir != demo_data and real.data_dir not in demo_data.parents
    # Removed on exit, and the person's folders exactly as they were.
    assert not demo_data.parent.exists()
    assert snapshot(tmp_path) == before
