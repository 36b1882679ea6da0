"""Which shared libraries and Qt plugins the app really maps into memory.

    python benchmarks/loaded_libraries.py [--hold-seconds N]

Starts the app from the source install on a throw-away history, runs a one-spot
session to its end (so the chime plays, when there is a sound card), opens the
progress view, and prints every `.so` file in /proc/self/maps, grouped by where
it came from (Qt from the wheel, Qt's plugins, Python, the system). This is
what packaging/unknot.spec was trimmed against: a library or plugin the bundle
carries and this list never shows is a candidate to leave out. Run it under the
platform you care about (xcb under Xvfb, wayland); the platform plugin differs.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def mapped_libraries() -> list[str]:
    """The paths of the shared objects mapped into this process, sorted."""
    paths = set()
    for line in Path("/proc/self/maps").read_text().splitlines():
        fields = line.split(maxsplit=5)
        if len(fields) == 6 and ".so" in fields[5]:
            paths.add(fields[5].removesuffix(" (deleted)"))
    return sorted(paths)


def group(path: str) -> str:
    if "/PySide6/Qt/plugins/" in path:
        return "Qt plugins"
    if "/PySide6/" in path or "/shiboken6/" in path:
        return "Qt and its bindings (the wheels)"
    if "site-packages" in path or "/lib-dynload/" in path or "libpython" in path:
        return "Python and its packages"
    return "the system"


def run_session(app: QApplication, root: Path, hold_seconds: int) -> None:
    from unknot.app import create_window, open_history
    from unknot.core.areas import AreaId, Side, area
    from unknot.core.plans import Plan, Spot, Step
    from unknot.core.records import SessionKind
    from unknot.launch_options import LaunchOptions

    options = LaunchOptions(data_dir=root / "data", config_dir=root / "config")
    window = create_window(options)
    window.show()
    app.processEvents()
    if open_history(window, options) is None:
        raise SystemExit("the history did not open")
    window.apply_settings(
        dataclasses.replace(window.settings, safety_confirmed_on=window.local_today())
    )
    spot = Spot(AreaId.CALVES, Side.LEFT)
    step = Step(spot, area(AreaId.CALVES).starting_tool, hold_seconds)
    window.start_session(Plan(SessionKind.FOCUS, (step,)))
    screen = window.session_screen
    assert screen is not None
    screen.toggle_pause()
    until = time.monotonic() + hold_seconds + 2
    while time.monotonic() < until:
        app.processEvents()
        time.sleep(0.01)
    # The chime, whether or not a sound card answered, then the progress view.
    screen.chime.prepare()
    screen.chime.play(80)
    screen.abandon()
    window.show_progress()
    until = time.monotonic() + 30
    while window.progress.progress is None and time.monotonic() < until:
        app.processEvents()
        time.sleep(0.01)
    QTimer.singleShot(500, app.quit)
    app.exec()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--hold-seconds", type=int, default=2)
    options = parser.parse_args()
    from unknot.app import create_application

    app = create_application()
    with tempfile.TemporaryDirectory() as folder:
        run_session(app, Path(folder), options.hold_seconds)
    by_group: dict[str, list[str]] = {}
    for path in mapped_libraries():
        by_group.setdefault(group(path), []).append(path)
    for name, paths in sorted(by_group.items()):
        print(f"{name}:")
        for path in paths:
            print(f"  {path}")
    print(f"platform: {app.platformName()}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
