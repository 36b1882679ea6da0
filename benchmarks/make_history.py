"""Make a history file of ten years of daily use, for the benchmarks.

    python benchmarks/make_history.py FOLDER [--years N] [--last-day YYYY-MM-DD]

writes FOLDER/history.sqlite3 (about 3,650 sessions and 20,000 holds for ten
years) with the seeded demo generator of `unknot.store.demo`, so every run makes
the same file. FOLDER must not hold a history yet.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from unknot.paths import HISTORY_FILE_NAME
from unknot.store import History
from unknot.store.demo import make_demo_history

# Daily use: practice on most days, a second session now and then.
PRACTICE_CHANCE = 0.93
DEFAULT_LAST_DAY = date(2026, 3, 10)


@dataclass(frozen=True)
class Made:
    path: Path
    sessions: int
    holds: int
    rest_days: int
    seconds: float


def make_history(folder: Path, years: int = 10, last_day: date = DEFAULT_LAST_DAY) -> Made:
    if (folder / HISTORY_FILE_NAME).exists():
        raise SystemExit(f"{folder} already holds a history; pick an empty folder")
    began = time.perf_counter()
    demo = make_demo_history(last_day, days=365 * years, practice_chance=PRACTICE_CHANCE)
    with History.open(folder) as history:
        history.import_history(demo.sessions, demo.rest_days, demo.routines)
    return Made(
        folder / HISTORY_FILE_NAME,
        len(demo.sessions),
        demo.hold_count,
        len(demo.rest_days),
        time.perf_counter() - began,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--last-day", type=date.fromisoformat, default=DEFAULT_LAST_DAY)
    args = parser.parse_args()
    made = make_history(args.folder, args.years, args.last_day)
    size = made.path.stat().st_size / 1024 / 1024
    print(
        f"{made.path}: {made.sessions:,} sessions, {made.holds:,} holds, "
        f"{made.rest_days:,} rest days, {size:.1f} MiB, made in {made.seconds:.1f} s"
    )


if __name__ == "__main__":
    main()
