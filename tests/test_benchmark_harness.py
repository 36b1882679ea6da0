"""The benchmark harness runs: its /proc readings and a child of each kind.

Only that it works, with tiny parameters; the figures themselves are never
checked here (benchmarks measure, tests check behaviour).
"""

from __future__ import annotations

import importlib.util
import os
import sys
import threading
from pathlib import Path
from types import ModuleType

import pytest

_HERE = Path(__file__).resolve().parent.parent / "benchmarks"


def _harness() -> ModuleType:
    spec = importlib.util.spec_from_file_location("run_all", _HERE / "run_all.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("run_all", module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads Linux /proc")
def test_usage_counts_every_thread_of_a_process() -> None:
    harness = _harness()
    ready = threading.Event()
    done = threading.Event()

    def wait() -> None:
        ready.set()
        done.wait(5)

    worker = threading.Thread(target=wait)
    worker.start()
    ready.wait(5)
    try:
        reading = harness.usage(os.getpid())
    finally:
        done.set()
        worker.join()
    assert os.getpid() in reading.switches
    assert worker.native_id in reading.switches
    assert reading.cpu_exact > 0


def test_percentiles_pick_from_the_samples() -> None:
    harness = _harness()
    values = [5.0, 1.0, 3.0, 2.0, 4.0]
    assert harness.percentile(values, 0.5) == 3.0
    assert harness.percentile(values, 0.99) == 5.0
    assert harness.percentile(values, 0.0) == 1.0


def test_drift_is_the_trend_over_the_holds_not_the_noise() -> None:
    harness = _harness()
    assert harness.drift([20.0]) == 0.0
    assert harness.drift([20.0, 30.0, 20.0, 30.0, 20.0, 30.0]) < 1.0
    assert abs(harness.drift([10.0, 15.0, 20.0, 25.0]) - 5.0) < 1e-9


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads Linux /proc")
def test_a_bare_window_and_unknot_start_and_are_sampled(tmp_path: Path) -> None:
    harness = _harness()
    env = harness.child_env(tmp_path / "pycache", "offscreen")
    started = harness.run_child(env, "unknot-start", str(tmp_path / "root"))
    # Timed from launch: painted first, the history after.
    assert 0 < started.first("paint") <= started.first("history")
    assert started.first("rss") > 0
    idle = harness.sample(env, 0.2, "bare-idle")
    assert idle.threads >= 1
    assert idle.cpu_percent >= 0 and idle.switches_per_second >= 0
