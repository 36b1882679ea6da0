"""The processes `run_all.py` measures, one scenario per process.

    python benchmarks/scenarios.py SCENARIO [ROOT] [options]

Each scenario starts the way its name says, prints one line per event as
`EVENT VALUE` on standard output (times from `time.monotonic()`, which is the
same clock in every process on Linux, so the parent can subtract its own launch
time) and either quits or, for the sampled scenarios, prints `ready` and waits
to be ended by the parent. ROOT holds `data/` (the history) and `config/`.

Bare scenarios are the yardstick: a PySide6 QMainWindow of the same size, shown
the same way, with nothing of Unknot's.
"""

from __future__ import annotations

import argparse
import dataclasses
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

if TYPE_CHECKING:
    from unknot.core.plans import Plan

WIDTH, HEIGHT = 1200, 780


def say(event: str, value: object = "") -> None:
    print(f"{event} {value}".rstrip(), flush=True)


def peak_kib() -> int:
    """The process's peak resident memory. VmHWM, not ru_maxrss: Linux carries
    ru_maxrss over from the parent that started the process, so a child of a
    large benchmark process would report the parent's size."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


class FirstPaint(QObject):
    """Calls `then` once, on the event loop, after the watched window first paints."""

    def __init__(self, then: Callable[[], None]) -> None:
        super().__init__()
        self._then = then
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            say("paint", time.monotonic())
            QTimer.singleShot(0, self._then)
        return False


def settle(app: QApplication, seconds: float) -> None:
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        app.processEvents()
        time.sleep(0.01)


# -- the bare window ---------------------------------------------------------------


def bare(kind: str) -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(WIDTH, HEIGHT)
    label = QLabel("00:00", window)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    window.setCentralWidget(label)

    def painted() -> None:
        if kind == "bare-sqlalchemy":
            import sqlalchemy.orm  # noqa: F401

            say("history", time.monotonic())

        say("rss", peak_kib())
        if kind in ("bare-paint", "bare-sqlalchemy"):
            app.quit()
            return
        if kind == "bare-label":
            # The yardstick for a hold: a label updated once a second.
            ticks = [0]
            timer = QTimer(window)
            timer.setTimerType(Qt.TimerType.PreciseTimer)

            def tick() -> None:
                ticks[0] += 1
                label.setText(f"{ticks[0] // 60:02d}:{ticks[0] % 60:02d}")

            timer.timeout.connect(tick)
            timer.start(1000)
        QTimer.singleShot(500, lambda: say("ready"))

    spy = FirstPaint(painted)
    window.installEventFilter(spy)
    window.show()
    return app.exec()


# -- Unknot -------------------------------------------------------------------------


def unknot(kind: str, root: Path, options: argparse.Namespace) -> int:
    from unknot.app import create_application, create_window, open_history, show_first_figures
    from unknot.launch_options import LaunchOptions

    launch = LaunchOptions(data_dir=root / "data", config_dir=root / "config")
    app = create_application()
    window = create_window(launch)

    def painted() -> None:
        # As `run_gui` does: the streak line read without the store when that
        # is safe, painted; then the history opened from the event loop.
        if show_first_figures(window, launch):
            app.processEvents()
            say("glance", time.monotonic())
        service = open_history(window, launch)
        if service is None:
            raise SystemExit("the history did not open")
        # Shown: the streak line too, which is worked out on a worker thread.
        window.wait_for_streaks()
        app.processEvents()
        say("history", time.monotonic())
        QTimer.singleShot(0, lambda: after_history(kind, app, window, options))

    spy = FirstPaint(painted)
    window.installEventFilter(spy)
    window.show()
    return app.exec()


def confirmed(window: object) -> None:
    """Answer the safety check, so a session may start, and the voice coach's
    offer: the hold measured is an everyday one, not a first session's, whose
    one-off offer (a speech engine asked whether a voice works, the offer
    laid out in the status bar) would fall inside the sampling window."""
    from unknot.ui.window.main_window import MainWindow

    assert isinstance(window, MainWindow)
    settings = dataclasses.replace(
        window.settings, safety_confirmed_on=window.local_today(), voice_offered=True
    )
    window.apply_settings(settings)


def one_step_plan(seconds: int) -> Plan:
    from unknot.core.areas import AreaId, Side, area
    from unknot.core.plans import Plan, Spot, Step
    from unknot.core.records import SessionKind

    spot = Spot(AreaId.CALVES, Side.LEFT)
    return Plan(SessionKind.FOCUS, (Step(spot, area(AreaId.CALVES).starting_tool, seconds),))


def after_history(
    kind: str, app: QApplication, window: QWidget, options: argparse.Namespace
) -> None:
    from unknot.ui.window.main_window import MainWindow

    assert isinstance(window, MainWindow)
    if kind == "unknot-start":
        say("rss", peak_kib())
        app.quit()
    elif kind == "unknot-home":
        settle(app, options.settle)
        say("rss", peak_kib())
        app.quit()
    elif kind == "unknot-progress":
        window.show_progress()
        progress = window.progress
        until = time.monotonic() + 60
        while progress.progress is None and time.monotonic() < until:
            app.processEvents()
            time.sleep(0.005)
        say("shown", time.monotonic())
        settle(app, options.settle)
        say("rss", peak_kib())
        app.quit()
    elif kind in ("unknot-session", "unknot-hold"):
        confirmed(window)
        window.start_session(one_step_plan(300))
        screen = window.session_screen
        assert screen is not None
        screen.toggle_pause()
        settle(app, options.settle)
        say("rss", peak_kib())
        if kind == "unknot-session":
            # Closing during a hold would ask first.
            screen.abandon()
            app.quit()
        else:
            say("ready")
    elif kind == "unknot-idle":
        settle(app, options.settle)
        say("ready")
    elif kind == "unknot-cues":
        end_cues(app, window, options.holds, options.hold_seconds)
    elif kind == "unknot-writes":
        writes(app, window, options.writes)
    else:
        raise SystemExit(f"unknown scenario {kind}")


def end_cues(app: QApplication, window: QWidget, holds: int, seconds: int) -> None:
    """Holds in a row; for each, how late the end cue came after the deadline."""
    from unknot.ui.window.main_window import MainWindow

    assert isinstance(window, MainWindow)
    confirmed(window)
    screen = window.session_screen
    assert screen is not None
    cue: list[float] = []

    # The status changes to "time up" in the same turn of the event loop as the
    # chime, the pulse and the notice: that moment is the end cue.
    def status_changed(_status: str) -> None:
        if screen.phase.value == "time_up" and not cue:
            cue.append(time.monotonic())

    screen.status_changed.connect(status_changed)
    for _ in range(holds):
        cue.clear()
        window.start_session(one_step_plan(seconds))
        began = time.monotonic()
        screen.toggle_pause()
        deadline = began + seconds
        while not cue and time.monotonic() < deadline + 10:
            app.processEvents(QEventLoopFlags.WaitForMoreEvents)
        if not cue:
            raise SystemExit("no end cue within ten seconds of the deadline")
        say("cue", (cue[0] - deadline) * 1000)
        screen.abandon()
        app.processEvents()
    app.quit()


def writes(app: QApplication, window: QWidget, count: int) -> None:
    """Window-thread time per saved hold, with the progress page opened once
    (the read model then holds every record and follows every write) and the
    home screen shown."""
    from datetime import UTC, datetime, timedelta

    from unknot.core.areas import AreaId, Side, Tool
    from unknot.core.records import HoldRecord, Outcome, SessionKind
    from unknot.ui.window.main_window import MainWindow

    assert isinstance(window, MainWindow)
    service = window.service
    assert service is not None
    window.show_progress()
    progress = window.progress
    while progress.progress is None:
        app.processEvents()
        time.sleep(0.005)
    window.show_home()
    settle(app, 0.5)
    start = datetime.now(UTC).replace(microsecond=0)
    session_id = service.begin_session(SessionKind.FOCUS, start, "UTC")
    for n in range(count):
        began = start + timedelta(minutes=3 * n)
        hold = HoldRecord(
            area=AreaId.CALVES,
            side=Side.LEFT,
            tool=Tool.TENNIS_BALL,
            tools_tried=(Tool.TENNIS_BALL,),
            planned_seconds=120,
            held_seconds=120.0,
            released=False,
            tenderness_before=5,
            tenderness_after=3,
            started_at=began,
            ended_at=began + timedelta(seconds=120),
        )
        cpu = time.thread_time()
        wall = time.perf_counter()
        hold_id = service.record_hold(session_id, hold)
        commit = time.perf_counter() - wall
        # Everything the write sets off on the window thread: the read model
        # reading the session it names, the home line and the tray (their
        # counting runs on a worker).
        settle(app, 0.4)
        say("write", (time.thread_time() - cpu) * 1000)
        say("commit", commit * 1000)
        idle = time.thread_time()
        settle(app, 0.4)
        say("idle", (time.thread_time() - idle) * 1000)
        # A tenderness tap after the hold: the saved record replaced by the rated one.
        cpu = time.thread_time()
        service.replace_hold(hold_id, dataclasses.replace(hold, tenderness_after=2))
        settle(app, 0.4)
        say("tap", (time.thread_time() - cpu) * 1000)
    service.finish_session(session_id, Outcome.COMPLETED, start + timedelta(hours=2))
    # An export of the whole history, from the window as the File menu runs it,
    # once everything above has been taken in.
    settle(app, 1.0)
    actions = window.data_actions
    target = Path(tempfile.mkdtemp()) / "export.csv"
    actions.choose_save = lambda *_: target
    actions.confirm = lambda *_: True
    actions.tell = lambda _message: None
    cpu = time.thread_time()
    actions.export_csv()
    settle(app, 0.4)
    say("export", (time.thread_time() - cpu) * 1000)
    idle = time.thread_time()
    settle(app, 0.4)
    say("export_idle", (time.thread_time() - idle) * 1000)
    app.quit()


class QEventLoopFlags:
    from PySide6.QtCore import QEventLoop

    WaitForMoreEvents = QEventLoop.ProcessEventsFlag.WaitForMoreEvents


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("scenario")
    parser.add_argument("root", type=Path, nargs="?")
    parser.add_argument("--settle", type=float, default=1.0)
    parser.add_argument("--holds", type=int, default=10)
    parser.add_argument("--hold-seconds", type=int, default=3)
    parser.add_argument("--writes", type=int, default=10)
    options = parser.parse_args()
    if options.scenario.startswith("bare"):
        return bare(options.scenario)
    if options.root is None:
        parser.error("Unknot scenarios need ROOT")
    return unknot(options.scenario, options.root, options)


if __name__ == "__main__":
    raise SystemExit(main())
