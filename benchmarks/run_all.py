"""Every benchmark in one run, as one table of ratios to a bare PySide6 window.

    python benchmarks/run_all.py [--runs N] [--window SECONDS] [--holds N] [--quick]

A bare PySide6 QMainWindow (benchmarks/scenarios.py) is started the same way in
the same run, alternating with Unknot, and every figure is given as a ratio to
it, so the table means the same on a faster or slower machine:

- launch to first paint, to the streak line shown (read without the store when
  that is safe, see unknot.quick_read) and to the history open and shown (empty
  history and the ten-year history of benchmarks/make_history.py), as ratios to
  the bare window's launch to first paint;
- peak memory on the home, session and progress screens, as ratios to the bare
  window and to the bare window after `import sqlalchemy.orm`;
- CPU time and context switches of every thread of the process, from
  /proc/PID/stat and /proc/PID/task/*/status, over a sampling window (default
  20 s, `--window`): on the home screen idle against the bare window idle, and
  during a hold against a bare window updating a label once a second;
- the end cue's lateness after the deadline (p50, p99 and the drift, the
  least-squares slope over the holds in order) over `--holds` short holds in a
  row with both cores kept busy by two spinning processes;
- window-thread time per saved hold, per tenderness tap (the saved hold
  replaced by the rated one) and of one CSV export from the File menu, and the
  hold's commit time (median, p99), on the ten-year history with the
  durability settings of the file;
- the progress computation on ten years, and writing and reading back the
  ten-year backup file.

Needs a display: with no DISPLAY it starts its own Xvfb (the real xcb platform);
`--offscreen` uses Qt's offscreen platform instead. Children run with bytecode
caches in a temporary folder (as an installed app has them), warmed by one
unmeasured start each. Nothing here is a pass/fail check; `--quick` runs tiny
parameters to check the harness itself. The default run takes about five
minutes on a 2-core machine.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCENARIOS = HERE / "scenarios.py"
TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class Child:
    """One measured process: its events, relative to its launch where timed."""

    events: dict[str, list[float]] = field(default_factory=dict)

    def first(self, name: str) -> float:
        return self.events[name][0]


def child_env(cache: Path, platform_name: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(cache), "QT_QPA_PLATFORM": platform_name}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_child(env: dict[str, str], *args: str, timeout: float = 120) -> Child:
    began = time.monotonic()
    done = subprocess.run(
        [sys.executable, str(SCENARIOS), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    child = Child()
    for line in done.stdout.splitlines():
        name, _, value = line.partition(" ")
        number = float(value) if value else 0.0
        if name in ("paint", "glance", "history", "shown"):
            number -= began
        child.events.setdefault(name, []).append(number)
    return child


# -- sampling /proc ------------------------------------------------------------------


@dataclass(frozen=True)
class Usage:
    cpu_ticks: float
    cpu_exact: float
    switches: dict[int, int]


def usage(pid: int) -> Usage:
    """CPU time and context switches of every thread of `pid`.

    CPU is the larger of two readings: utime + stime from /proc/PID/stat
    (whole process, threads that ended included, but counted in clock ticks of
    10 ms) and the sum of each living thread's run time in nanoseconds from
    /proc/PID/task/*/schedstat (exact, but a thread that ended is gone)."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2 :].split()
    ticks = (int(fields[11]) + int(fields[12])) / TICKS
    run_ns = 0
    switches: dict[int, int] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            text = (task / "status").read_text()
            run_ns += int((task / "schedstat").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            continue  # the thread ended while we looked
        count = 0
        for line in text.splitlines():
            if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                count += int(line.split()[1])
        switches[int(task.name)] = count
    return Usage(ticks, run_ns / 1e9, switches)


@dataclass(frozen=True)
class Sample:
    cpu_percent: float
    switches_per_second: float
    threads: int


def sample(env: dict[str, str], window: float, *args: str) -> Sample:
    """Start a scenario, wait for `ready`, and measure it over `window` seconds."""
    process = subprocess.Popen(
        [sys.executable, str(SCENARIOS), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("ready"):
                break
        else:
            raise SystemExit(f"{' '.join(args)} never got ready ({process.wait()})")
        before = usage(process.pid)
        began = time.monotonic()
        time.sleep(window)
        after = usage(process.pid)
        elapsed = time.monotonic() - began
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
        if process.stdout is not None:
            process.stdout.close()
    # Threads born during the window count from zero.
    switched = sum(n - before.switches.get(tid, 0) for tid, n in after.switches.items())
    # The exact reading, unless threads that ended took more than it shows.
    cpu = after.cpu_exact - before.cpu_exact
    if after.cpu_ticks - before.cpu_ticks > cpu + 2 / TICKS:
        cpu = after.cpu_ticks - before.cpu_ticks
    return Sample(
        100 * cpu / elapsed,
        switched / elapsed,
        len(after.switches),
    )


@contextmanager
def busy_cores(count: int) -> Iterator[None]:
    spinners = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(count)]
    try:
        yield
    finally:
        for spinner in spinners:
            spinner.kill()
            spinner.wait()


@contextmanager
def display(offscreen: bool) -> Iterator[str]:
    """The Qt platform to use; starts a private Xvfb when there is no DISPLAY."""
    if offscreen:
        yield "offscreen"
        return
    if os.environ.get("DISPLAY"):
        yield "xcb"
        return
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise SystemExit("no DISPLAY and no Xvfb: install Xvfb or pass --offscreen")
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    os.environ["DISPLAY"] = f":{number}"
    try:
        yield "xcb"
    finally:
        del os.environ["DISPLAY"]
        server.terminate()
        server.wait()


# -- the table ------------------------------------------------------------------------


def percentile(values: Sequence[float], share: float) -> float:
    ordered = sorted(values)
    rank = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[rank]


def drift(lateness: Sequence[float]) -> float:
    """How much later each hold's cue comes than the one before, on average:
    the slope of a least-squares line through the holds in order (ms a hold).
    Zero for one hold; a timer that counted ticks would show a steady rise."""
    if len(lateness) < 2:
        return 0.0
    return statistics.linear_regression(range(len(lateness)), lateness).slope


@dataclass
class Row:
    what: str
    bare: str
    unknot: str
    ratio: str
    target: str


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def mib(kib: float) -> str:
    return f"{kib / 1024:.0f} MiB"


def print_table(rows: list[Row]) -> None:
    header = Row("what", "bare window", "Unknot", "ratio", "target")
    cells = [header, *rows]
    widths = [max(len(getattr(r, f)) for r in cells) for f in ("what", "bare", "unknot", "ratio")]
    for n, row in enumerate(cells):
        parts = [row.what, row.bare, row.unknot, row.ratio]
        print(
            "| "
            + " | ".join(p.ljust(w) for p, w in zip(parts, widths, strict=True))
            + f" | {row.target} |"
        )
        if n == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|---|")


# -- the run --------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5, help="starts of each kind (default 5)")
    parser.add_argument(
        "--window", type=float, default=20.0, help="CPU sampling window in seconds (default 20)"
    )
    parser.add_argument("--samples", type=int, default=2, help="sampling windows of each kind")
    parser.add_argument("--holds", type=int, default=10, help="holds in a row for the end cue")
    parser.add_argument("--hold-seconds", type=int, default=3)
    parser.add_argument("--writes", type=int, default=15, help="saved holds on ten years")
    parser.add_argument("--years", type=int, default=10, help="years of the large history")
    parser.add_argument("--offscreen", action="store_true", help="Qt offscreen, not Xvfb")
    parser.add_argument("--quick", action="store_true", help="tiny parameters: checks the harness")
    options = parser.parse_args(argv)
    if options.quick:
        options.runs, options.window, options.samples = 1, 0.5, 1
        options.holds, options.hold_seconds, options.writes, options.years = 1, 1, 1, 1

    sys.path.insert(0, str(HERE))
    from make_history import make_history  # type: ignore[import-not-found]

    started = time.monotonic()
    with tempfile.TemporaryDirectory() as scratch, display(options.offscreen) as platform_name:
        folder = Path(scratch)
        env = child_env(folder / "pycache", platform_name)
        empty, large = folder / "empty", folder / "large"
        made = make_history(large / "data", years=options.years)
        print(
            f"large history: {made.sessions:,} sessions, {made.holds:,} holds "
            f"over {options.years} years",
            flush=True,
        )
        # Warm the bytecode caches and the file cache; not measured.
        run_child(env, "bare-paint")
        run_child(env, "unknot-start", str(empty))

        rows: list[Row] = []
        starts: dict[str, list[Child]] = {"bare": [], "empty": [], "large": [], "sqla": []}
        for _ in range(options.runs):
            starts["bare"].append(run_child(env, "bare-paint"))
            starts["empty"].append(run_child(env, "unknot-start", str(empty)))
            starts["sqla"].append(run_child(env, "bare-sqlalchemy"))
            starts["large"].append(run_child(env, "unknot-start", str(large)))

        def median(kind: str, event: str) -> float:
            return statistics.median(c.first(event) for c in starts[kind])

        bare_paint = median("bare", "paint")
        bare_rss = median("bare", "rss")
        sqla_rss = median("sqla", "rss")
        years = f"{options.years} years"
        for label, kind in (("empty history", "empty"), (years, "large")):
            paint, shown = median(kind, "paint"), median(kind, "history")
            rows.append(
                Row(
                    f"launch to first paint, {label}",
                    ms(bare_paint),
                    ms(paint),
                    f"{paint / bare_paint:.2f}",
                    "≤ 1.25",
                )
            )
            # The streak line read without the store (unknot.quick_read), when
            # the file allowed it in every start; else as the history shown.
            glance = statistics.median(
                c.first("glance" if "glance" in c.events else "history") for c in starts[kind]
            )
            rows.append(
                Row(
                    f"launch to streak line shown, {label}",
                    ms(bare_paint),
                    ms(glance),
                    f"{glance / bare_paint:.2f}",
                    "≤ 2",
                )
            )
            rows.append(
                Row(
                    f"launch to history shown, {label}",
                    ms(bare_paint),
                    ms(shown),
                    f"{shown / bare_paint:.2f}",
                    "≤ 2",
                )
            )
        floor = median("sqla", "history")
        rows.append(
            Row(
                "bare window, then import sqlalchemy.orm (the floor under history shown)",
                ms(bare_paint),
                ms(floor),
                f"{floor / bare_paint:.2f}",
                "(yardstick)",
            )
        )
        print(f"starts done in {time.monotonic() - started:.0f} s", flush=True)

        screens: dict[str, list[float]] = {"home": [], "session": [], "progress": []}
        progress_shown: list[float] = []
        for _ in range(max(1, options.runs // 2)):
            for screen in screens:
                child = run_child(env, f"unknot-{screen}", str(large))
                screens[screen].append(child.first("rss"))
                if screen == "progress":
                    progress_shown.append(child.first("shown"))
        for screen, values in screens.items():
            peak = statistics.median(values)
            rows.append(
                Row(
                    f"peak memory, {screen} screen ({years})",
                    f"{mib(bare_rss)}; +SQLAlchemy {mib(sqla_rss)}",
                    mib(peak),
                    f"{peak / bare_rss:.2f}; {peak / sqla_rss:.2f}",
                    "≤ 1.15 bare + SQLAlchemy" if screen == "home" else "(measured)",
                )
            )
        shown = statistics.median(progress_shown)
        rows.append(
            Row(
                f"launch to progress shown ({years})",
                ms(bare_paint),
                ms(shown),
                f"{shown / bare_paint:.2f}",
                "(measured)",
            )
        )
        print(f"screens done in {time.monotonic() - started:.0f} s", flush=True)

        pairs = (
            ("idle, home screen", "bare-idle", "unknot-idle", "keep ≈ bare"),
            ("during a hold", "bare-label", "unknot-hold", "≤ 0.1 % CPU, ≤ 5 switches/s"),
        )
        for label, bare_kind, unknot_kind, target in pairs:
            bare_samples: list[Sample] = []
            unknot_samples: list[Sample] = []
            for _ in range(options.samples):
                bare_samples.append(sample(env, options.window, bare_kind))
                unknot_samples.append(sample(env, options.window, unknot_kind, str(empty)))
            for what, unit in (("CPU", "%"), ("context switches", "/s")):
                b, u = (
                    statistics.median(
                        s.cpu_percent if unit == "%" else s.switches_per_second for s in samples
                    )
                    for samples in (bare_samples, unknot_samples)
                )
                rows.append(
                    Row(
                        f"{what} {label} ({options.window:g} s, all threads)",
                        f"{b:.3f} {unit}" if unit == "%" else f"{b:.1f} {unit}",
                        f"{u:.3f} {unit}" if unit == "%" else f"{u:.1f} {unit}",
                        f"{u / b:.2f}" if b > 0 else "-",
                        target,
                    )
                )
        print(f"sampling done in {time.monotonic() - started:.0f} s", flush=True)

        with busy_cores(2):
            cues = run_child(
                env,
                "unknot-cues",
                str(empty),
                "--holds",
                str(options.holds),
                "--hold-seconds",
                str(options.hold_seconds),
            ).events["cue"]
        print("end cues after the deadline, ms: " + ", ".join(f"{c:.1f}" for c in cues))
        rows.append(
            Row(
                f"end cue after the deadline, {len(cues)} holds, both cores busy",
                "-",
                f"p50 {statistics.median(cues):.1f} ms, p99 {percentile(cues, 0.99):.1f} ms, "
                f"drift {drift(cues):+.2f} ms a hold",
                "-",
                "p99 ≤ 50 ms, no drift",
            )
        )

        writes = run_child(env, "unknot-writes", str(large), "--writes", str(options.writes))
        per_write = statistics.median(writes.events["write"])
        idle = statistics.median(writes.events["idle"])
        commits = [c / 1000 for c in writes.events["commit"]]
        rows.append(
            Row(
                f"window-thread time per saved hold ({years})",
                ms(bare_paint),
                f"{per_write - idle:.1f} ms ({per_write:.1f} less {idle:.1f} idle)",
                f"{(per_write - idle) / 1000 / bare_paint:.3f}",
                "≤ 10 ms",
            )
        )
        tap = statistics.median(writes.events["tap"]) - idle
        rows.append(
            Row(
                f"window-thread time per tenderness tap ({years})",
                ms(bare_paint),
                f"{tap:.1f} ms (less {idle:.1f} idle)",
                f"{tap / 1000 / bare_paint:.3f}",
                "≤ 10 ms",
            )
        )
        export = writes.first("export") - writes.first("export_idle")
        rows.append(
            Row(
                f"window-thread time of an export to CSV ({years})",
                ms(bare_paint),
                f"{export:.0f} ms",
                f"{export / 1000 / bare_paint:.3f}",
                "(measured)",
            )
        )
        durability = durability_of(large / "data")
        rows.append(
            Row(
                f"hold commit ({years}; {durability})",
                ms(bare_paint),
                f"median {statistics.median(commits) * 1000:.1f} ms, "
                f"p99 {percentile(commits, 0.99) * 1000:.1f} ms",
                f"{statistics.median(commits) / bare_paint:.3f}",
                "(measured)",
            )
        )
        print(f"cues and writes done in {time.monotonic() - started:.0f} s", flush=True)

        rows.extend(data_work(large / "data", folder / "restored", bare_paint, options.runs, years))

    print()
    print(
        f"{date.today().isoformat()}, {platform.node() or 'this machine'}: "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{pyside_version()}, {platform_name}; runs {options.runs}, "
        f"sampling {options.samples} x {options.window:g} s; medians; "
        f"took {time.monotonic() - started:.0f} s"
    )
    print_table(rows)
    return 0


def durability_of(data_dir: Path) -> str:
    from sqlalchemy import text

    from unknot.store import History

    with History.open(data_dir) as history:
        engine = history._engine
        with engine.connect() as connection:
            journal = connection.execute(text("PRAGMA journal_mode")).scalar()
            sync = connection.execute(text("PRAGMA synchronous")).scalar()
    names = {0: "OFF", 1: "NORMAL", 2: "FULL", 3: "EXTRA"}
    return f"journal {journal}, synchronous {names.get(int(sync or 0), sync)}"


def data_work(
    data_dir: Path, restored: Path, bare_paint: float, runs: int, years: str
) -> list[Row]:
    """Progress on ten years, and the backup file written and read back."""
    from unknot.core.progress import build_progress
    from unknot.core.streaks import StreakSettings
    from unknot.store import History
    from unknot.store.data_files import back_up_to_file, read_backup_file

    def timed(work: object) -> float:
        assert callable(work)
        samples = []
        for _ in range(max(1, runs)):
            began = time.perf_counter()
            work()
            samples.append(time.perf_counter() - began)
        return statistics.median(samples)

    backup = restored.parent / "backup.json"
    with History.open(data_dir) as history:
        sessions, rest_days = history.sessions(), history.rest_days()
        today = max(s.started_at for s in sessions).astimezone(UTC).date() if sessions else None
        day = today or datetime.now(UTC).date()
        progress = timed(lambda: build_progress(sessions, rest_days, day, StreakSettings()))

        def export() -> None:
            back_up_to_file(backup, history.sessions(), history.rest_days(), history.routines())

        exported = timed(export)

    count = [0]

    def import_() -> None:
        count[0] += 1
        parsed = read_backup_file(backup)
        with History.open(restored / str(count[0])) as fresh:
            fresh.import_history(parsed.sessions, parsed.rest_days, parsed.routines)

    imported = timed(import_)
    size = backup.stat().st_size / 1024 / 1024
    return [
        Row(
            f"progress computation (build_progress, {years})",
            ms(bare_paint),
            ms(progress),
            f"{progress / bare_paint:.2f}",
            "(measured)",
        ),
        Row(
            f"export: read {years} and write the backup ({size:.1f} MiB)",
            ms(bare_paint),
            ms(exported),
            f"{exported / bare_paint:.2f}",
            "(measured)",
        ),
        Row(
            "import: read the backup into an empty history",
            ms(bare_paint),
            ms(imported),
            f"{imported / bare_paint:.2f}",
            "(measured)",
        ),
    ]


def pyside_version() -> str:
    try:
        import PySide6

        return f"PySide6 {PySide6.__version__}"
    except ImportError:  # pragma: no cover - the app needs it anyway
        return "PySide6 ?"


if __name__ == "__main__":
    raise SystemExit(main())
