"""Launch to first paint: the PyInstaller bundle against the source install, same run.

    python benchmarks/bundle_startup.py [--runs N] [--bundle dist/unknot/unknot]

Both are started as a person starts them (`dist/unknot/unknot`, and `python -m
unknot` from the virtual environment, with its bytecode cached as an installed
app has it), each on a fresh empty history, interleaved so a busy moment on the
machine hits both alike. The bundle cannot run a measuring script, so the first
paint is read from outside, the same way for both: Qt's own painting log
(`QT_LOGGING_RULES=qt.widgets.painting=true`) says when the window's first frame
is flushed to the screen. The process is then ended with SIGTERM, which the app
answers by closing as usual. Under Xvfb when DISPLAY is set, else offscreen.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "unknot" / "unknot"
# Qt writes this when a top-level window's backing store goes to the screen.
FLUSHED = "Flushing QRegion"


class NeverPaintedError(RuntimeError):
    """The process ended, or took too long, before its window was painted."""


def first_paint(
    command: Sequence[str], root: Path, env: dict[str, str] | None = None, timeout: float = 60
) -> float:
    """Seconds from launching `command` (an Unknot start, history and settings in
    `root`) to its window's first frame on screen; the process is then ended
    with SIGTERM and must exit 0. Raises NeverPaintedError."""
    environment = {
        **(env if env is not None else os.environ),
        "QT_LOGGING_RULES": "qt.widgets.painting=true",
        "UNKNOT_DATA_DIR": str(root / "data"),
        "UNKNOT_CONFIG_DIR": str(root / "config"),
    }
    environment.setdefault(
        "QT_QPA_PLATFORM", "offscreen" if "DISPLAY" not in environment else "xcb"
    )
    began = time.monotonic()
    child = subprocess.Popen(
        list(command),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )
    assert child.stderr is not None
    painted = None
    seen: list[str] = []
    try:
        for line in child.stderr:
            if FLUSHED in line:
                painted = time.monotonic() - began
                break
            if "qt.widgets.painting" not in line:
                seen.append(line.rstrip())
            if time.monotonic() - began > timeout:
                break
    finally:
        if child.poll() is None:
            child.send_signal(signal.SIGTERM)
        # Drain what is left, so the child never blocks on a full pipe.
        rest, _ = child.communicate(timeout=timeout)
    if painted is None:
        told = "\n".join(seen + [line for line in rest.splitlines() if "painting" not in line])
        raise NeverPaintedError(f"{' '.join(command)} exited {child.returncode} unpainted:\n{told}")
    if child.returncode != 0:
        raise NeverPaintedError(f"{' '.join(command)} exited {child.returncode} after painting")
    return painted


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", type=Path, default=BUNDLE)
    options = parser.parse_args(argv)
    if not options.bundle.is_file():
        print(f"no bundle at {options.bundle}: run packaging/build.sh first", file=sys.stderr)
        return 2
    source = [sys.executable, "-m", "unknot"]
    bundle = [str(options.bundle)]
    times: dict[str, list[float]] = {"source": [], "bundle": []}
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "PYTHONPYCACHEPREFIX": str(Path(folder) / "pycache")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        # One unmeasured start of each: bytecode cached, files in the page cache.
        first_paint(source, Path(folder) / "warm-source", env)
        first_paint(bundle, Path(folder) / "warm-bundle", env)
        for run in range(options.runs):
            for kind, command in (("source", source), ("bundle", bundle)):
                root = Path(folder) / f"{kind}-{run}"
                times[kind].append(first_paint(command, root, env))
    source_ms = statistics.median(times["source"]) * 1000
    bundle_ms = statistics.median(times["bundle"]) * 1000
    platform = env.get("QT_QPA_PLATFORM") or ("xcb" if "DISPLAY" in env else "offscreen")
    print(f"launch to first paint, {options.runs} starts of each, medians ({platform}):")
    print(f"  source install (python -m unknot): {source_ms:6.0f} ms")
    print(f"  bundle (dist/unknot/unknot):       {bundle_ms:6.0f} ms")
    print(f"  bundle / source:                   {bundle_ms / source_ms:6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
