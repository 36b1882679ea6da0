"""Opening the progress view on ten years of history, against a bare PySide6 window.

    python benchmarks/progress_view.py [--runs N]

Builds a ten-year history (benchmarks/make_history.py) in a temporary folder,
then measures, as medians of N runs:

- the bare window: a fresh process with a QApplication and a QWidget, from
  launch to its first paint (the yardstick, measured in the same run);
- reading the whole history into memory: what the view's cache does once, on a
  worker thread, after the history opens;
- the data work of opening the view: `build_progress` over the history in
  memory (streaks, weeks, calendar, every spot, the nudge);
- opening the view: that plus filling every widget and model;
- catching up after a hold is saved: the cache's read of the last days, and the
  view worked out again.

Results are printed in milliseconds and as ratios to the bare window, so they
mean the same on a fast and a slow machine. Nothing here is a pass/fail check.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from make_history import DEFAULT_LAST_DAY, make_history  # type: ignore[import-not-found]

BARE_WINDOW = textwrap.dedent(
    """
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                print("painted", flush=True)
                QTimer.singleShot(0, QApplication.instance().quit)
            return False

    app = QApplication([])
    window = QWidget()
    window.resize(1200, 780)
    spy = FirstPaint()
    window.installEventFilter(spy)
    window.show()
    app.exec()
    """
)


def bare_window_seconds() -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    began = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", BARE_WINDOW],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    painted: float | None = None
    for line in child.stdout:
        if line.startswith("painted") and painted is None:
            painted = time.perf_counter() - began
    child.wait()
    if painted is None:
        raise SystemExit(f"the bare window never painted (exit {child.returncode})")
    return painted


def median_seconds(work: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        began = time.perf_counter()
        work()
        samples.append(time.perf_counter() - began)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs

    from PySide6.QtWidgets import QApplication

    from unknot.core.areas import AreaId, Side, Tool
    from unknot.core.history_change import ChangedBy, HistoryChange
    from unknot.core.progress import build_progress
    from unknot.core.records import HoldRecord, Outcome, SessionKind
    from unknot.core.streaks import StreakSettings
    from unknot.store import History
    from unknot.ui.history.history_service import HistoryService
    from unknot.ui.progress.progress_view import ProgressView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    today = DEFAULT_LAST_DAY + timedelta(days=1)
    settings = StreakSettings()

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "data"
        made = make_history(folder)
        print(
            f"history: {made.sessions:,} sessions, {made.holds:,} holds over ten years "
            f"({made.path.stat().st_size / 1024 / 1024:.1f} MiB)"
        )
        bare_window_seconds()  # warm the file cache so the first sample is not an outlier
        bare = statistics.median(bare_window_seconds() for _ in range(runs))

        with History.open(folder) as history:
            service = HistoryService(history)
            full_read = median_seconds(lambda: (history.sessions(), history.rest_days()), runs)
            sessions = history.sessions()
            rest_days = history.rest_days()
            data_work = median_seconds(
                lambda: build_progress(sessions, rest_days, today, settings), runs
            )

            view = ProgressView(lambda: settings, lambda: today, threaded=False)
            view.resize(1200, 1000)
            view.attach(service)
            view.show()
            app.processEvents()
            opening = median_seconds(view.refresh, runs)

            session_id = service.begin_session(
                SessionKind.FOCUS, datetime(2026, 3, 11, 7, tzinfo=UTC), "UTC"
            )
            start = datetime(2026, 3, 11, 7, 1, tzinfo=UTC)
            service.record_hold(
                session_id,
                HoldRecord(
                    area=AreaId.CALVES,
                    side=Side.LEFT,
                    tool=Tool.FOAM_ROLLER,
                    tools_tried=(Tool.FOAM_ROLLER,),
                    planned_seconds=120,
                    held_seconds=120.0,
                    released=False,
                    tenderness_before=5,
                    tenderness_after=3,
                    started_at=start,
                    ended_at=start + timedelta(seconds=120),
                ),
            )
            service.finish_session(session_id, Outcome.COMPLETED, start + timedelta(minutes=3))

            def hold_saved() -> None:
                # What follows every saved hold: the read model reads the session
                # the change names, and the view shown works out its figures again.
                service.changed.emit(
                    HistoryChange(ChangedBy.SESSION, sessions_updated=(session_id,))
                )

            catch_up = median_seconds(hold_saved, runs)
            progress = view.progress
            assert progress is not None and progress.session_count == made.sessions + 1
            view.deleteLater()
            app.processEvents()

    def row(label: str, seconds: float) -> str:
        return f"{label:<52}{seconds * 1000:8.1f} ms   ratio {seconds / bare:5.2f}"

    print(f"runs: {runs} of each, medians; the view's today: {today.isoformat()}")
    print(row("bare PySide6 window, launch to first paint:", bare))
    print(row("read the whole history (once, on a worker thread):", full_read))
    print(row("data work of opening the view (build_progress):", data_work))
    print(row("opening the view (data work + every widget):", opening))
    print(row("after a hold is saved (read its session + view):", catch_up))


if __name__ == "__main__":
    main()
