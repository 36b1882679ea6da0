"""Start-up cost of Unknot against a bare PySide6 window started in the same run.

Each measurement is a fresh process, timed from launch to the first paint of its
window; Unknot is also timed to the moment its history is open and shown. The
results are printed as ratios to the bare window, so they mean the same on a fast
and a slow machine. Run: `python benchmarks/startup.py [--runs N]`.
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
from dataclasses import dataclass

_FIRST_PAINT = textwrap.dedent(
    """
    import resource, sys
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def __init__(self, then):
            super().__init__()
            self.then = then
            self.done = False

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not self.done:
                self.done = True
                print("painted", flush=True)
                QTimer.singleShot(0, self.then)
            return False

    def finish():
        rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"rss {rss_kib}", flush=True)
        QApplication.instance().quit()
    """
)

BARE = _FIRST_PAINT + textwrap.dedent(
    """
    from PySide6.QtWidgets import QApplication, QWidget
    app = QApplication([])
    window = QWidget()
    window.resize(1200, 780)
    spy = FirstPaint(finish)
    window.installEventFilter(spy)
    window.show()
    app.exec()
    """
)

UNKNOT = _FIRST_PAINT + textwrap.dedent(
    """
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from unknot.app import create_application, create_window, open_history
    from unknot.launch_options import LaunchOptions

    root = Path(sys.argv[1])
    options = LaunchOptions(data_dir=root / "data", config_dir=root / "config")
    app = create_application()
    window = create_window(options)

    def load_history():
        open_history(window, options)
        print("history", flush=True)
        finish()

    spy = FirstPaint(load_history)
    window.installEventFilter(spy)
    window.show()
    app.exec()
    """
)


@dataclass
class Run:
    painted: float
    history: float | None
    rss_mib: float


def measure(code: str, *args: str) -> Run:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    began = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    painted = history = None
    rss = 0.0
    for line in child.stdout:
        now = time.perf_counter() - began
        if line.startswith("painted"):
            painted = now
        elif line.startswith("history"):
            history = now
        elif line.startswith("rss"):
            rss = int(line.split()[1]) / 1024
    child.wait()
    if painted is None:
        raise SystemExit(f"the child never painted (exit {child.returncode})")
    return Run(painted, history, rss)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs

    bare: list[Run] = []
    unknot: list[Run] = []
    with tempfile.TemporaryDirectory() as folder:
        measure(BARE)  # warm the file cache so the first sample is not an outlier
        for _ in range(runs):
            # Interleaved, so a busy moment on the machine hits both alike.
            bare.append(measure(BARE))
            unknot.append(measure(UNKNOT, folder))

    def median(values: list[float]) -> float:
        return statistics.median(values)

    bare_paint = median([r.painted for r in bare])
    unknot_paint = median([r.painted for r in unknot])
    unknot_ready = median([r.history for r in unknot if r.history is not None])
    bare_rss = median([r.rss_mib for r in bare])
    unknot_rss = median([r.rss_mib for r in unknot])
    print(f"runs: {runs} of each, medians")
    print(f"bare PySide6 window, first paint: {bare_paint * 1000:7.0f} ms   {bare_rss:6.1f} MiB")
    print(
        f"Unknot, first paint:              {unknot_paint * 1000:7.0f} ms"
        f"   ratio {unknot_paint / bare_paint:4.2f}"
    )
    print(
        f"Unknot, history open:             {unknot_ready * 1000:7.0f} ms"
        f"   ratio {unknot_ready / bare_paint:4.2f}"
    )
    print(
        f"Unknot, peak memory:              {unknot_rss:7.1f} MiB"
        f"  ratio {unknot_rss / bare_rss:4.2f}"
    )


if __name__ == "__main__":
    main()
