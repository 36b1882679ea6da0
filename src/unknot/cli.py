"""The `unknot` command: the window by default, and a few sub-commands.

    unknot [--data-dir DIR] [--demo]            open the app
    unknot stats [--json]                       streaks and totals
    unknot export [--format json|csv] [-o FILE] the history as a backup or a table
    unknot import FILE.json                     merge a backup into the history

`--data-dir DIR` goes before or after the sub-command. Only argparse and the
standard library load before the arguments are known: `--help` and `--version`
never pay for SQLAlchemy or Qt, and the window's start-up is the app's business.

Every failure a person can cause (a bad argument, a missing or invalid file, a
history from a newer Unknot, a full disk) ends with one line on stderr and a
non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from unknot import __version__

if TYPE_CHECKING:
    from unknot.core.clock import Clock
    from unknot.core.plans import Routine
    from unknot.core.records import SessionRecord
    from unknot.settings import Settings
    from unknot.store.history import History

PROG = "unknot"

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


@dataclass(frozen=True)
class LaunchOptions:
    """What the window needs from the command line."""

    data_dir: Path
    config_dir: Path
    # Start on a throw-away history filled with example sessions; the real one
    # is never opened.
    demo: bool = False


class CommandError(Exception):
    """A problem to report in one line, with the exit status to leave with."""

    def __init__(self, message: str, status: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.status = status


def main(argv: Sequence[str] | None = None, *, clock: Clock | None = None) -> int:
    """Run the command line; returns the exit status. `clock` replaces the system
    clock (tests pin "today" with it)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.demo and args.command is not None:
            parser.error("--demo opens the app with example data; it takes no command")
    except SystemExit as exit_:
        # --help, --version and usage errors: argparse has already printed.
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE

    if args.command is None:
        return _launch_window(args)

    command: Callable[[argparse.Namespace, Clock | None], int] = args.run
    try:
        return command(args, clock)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `unknot export | head`: the reader left, which is not an error worth a word.
        _silence_stdout()
        return EXIT_FAILED
    except Exception as error:  # see _describe: one line, never a traceback
        _report(_describe(error))
        return error.status if isinstance(error, CommandError) else EXIT_FAILED


def build_parser() -> argparse.ArgumentParser:
    # --data-dir sits on the main parser and on every sub-command so it can come
    # before or after the sub-command; SUPPRESS keeps an absent one from
    # overwriting a present one.
    shared = argparse.ArgumentParser(add_help=False)
    shared.add_argument(
        "--data-dir",
        type=_folder,
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="use the history in DIR instead of the usual data folder "
        "(also: the UNKNOT_DATA_DIR environment variable)",
    )

    parser = argparse.ArgumentParser(
        prog=PROG,
        parents=[shared],
        description="Unknot coaches self myofascial release: pick the tight spots, hold "
        "each one, keep the streak. Without a command it opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the app on a temporary history filled with example sessions; "
        "your own history is not touched",
    )
    parser.set_defaults(command=None)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    stats = commands.add_parser(
        "stats",
        parents=[shared],
        help="show streaks and totals",
        description="Show day and week streaks, this week's practice days and totals.",
    )
    stats.add_argument("--json", action="store_true", help="print one JSON object")
    stats.set_defaults(command="stats", run=_stats)

    export = commands.add_parser(
        "export",
        parents=[shared],
        help="write the history as a JSON backup or a CSV table",
        description="Write the whole history as a JSON backup (which `unknot import` reads "
        "back) or as a CSV table with one row per hold. The file holds health data.",
    )
    export.add_argument(
        "--format", choices=("json", "csv"), default="json", help="json (default) or csv"
    )
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="write to FILE (readable by you only) instead of standard output",
    )
    export.set_defaults(command="export", run=_export)

    import_ = commands.add_parser(
        "import",
        parents=[shared],
        help="merge a JSON backup into the history",
        description="Check a JSON backup completely, then add its sessions, rest days and "
        "routines in one step. Sessions already in the history are skipped; an invalid "
        "file changes nothing.",
    )
    import_.add_argument("file", type=Path, metavar="FILE.json", help="a JSON backup")
    import_.set_defaults(command="import", run=_import)
    return parser


def _folder(text: str) -> Path:
    if not text.strip():
        raise argparse.ArgumentTypeError("the folder name is empty")
    return Path(text)


# --- the window ------------------------------------------------------------------------


def _launch_window(args: argparse.Namespace) -> int:
    from unknot import paths

    options = LaunchOptions(
        data_dir=paths.data_dir(getattr(args, "data_dir", None)),
        config_dir=paths.config_dir(),
        demo=args.demo,
    )
    try:
        # By name: the window's module (and Qt behind it) is loaded only here.
        app = importlib.import_module("unknot.app")
    except ImportError as error:
        if error.name == "unknot.app":
            _report("this installation has no app window; the sub-commands still work")
        else:
            _report(f"cannot start the app window: {error}")
        return EXIT_FAILED
    run_gui: Callable[[LaunchOptions], int | None] = app.run_gui
    status = run_gui(options)
    return status if isinstance(status, int) else EXIT_OK


# --- stats ----------------------------------------------------------------------------


def _stats(args: argparse.Namespace, clock: Clock | None) -> int:
    from unknot.core.streaks import (
        StreakSettings,
        compute_streaks,
        practice_days,
        seconds_by_day,
        today_for,
        travel_bridges,
    )
    from unknot.settings import resolve_week_start

    settings = _load_settings()
    if clock is None:
        from unknot.localzone import system_clock

        clock = system_clock()

    history = _read_history(args)
    sessions = history.sessions
    rules = StreakSettings(
        weekly_goal=settings.weekly_goal,
        week_start=resolve_week_start(settings),
        day_start=settings.day_start,
    )
    today = today_for(clock.now(), clock.zone(), rules.day_start)
    days = practice_days(seconds_by_day(sessions, rules.day_start))
    starts = (session.started_at for session in sessions)
    bridged = travel_bridges(starts, days, history.rest_days, rules.day_start)
    streaks = compute_streaks(days, history.rest_days, today, rules, bridged=bridged)

    summary: dict[str, Any] = {
        "day_streak": streaks.day_streak,
        "best_day_streak": streaks.best_day_streak,
        "week_streak": streaks.week_streak,
        "best_week_streak": streaks.best_week_streak,
        "weekly_goal": streaks.weekly_goal,
        "week_start": streaks.week_start,
        "day_start": rules.day_start.strftime("%H:%M"),
        "this_week_days": streaks.this_week_days,
        "total_sessions": history.session_count,
        "total_hold_seconds": round(history.total_hold_seconds, 1),
        "today": today.isoformat(),
    }
    if args.json:
        _write_out(json.dumps(summary, indent=2) + "\n")
    else:
        _write_out(_stats_table(summary, streaks.this_week_needed))
    return EXIT_OK


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _stats_table(summary: dict[str, Any], this_week_needed: int) -> str:
    rows = [
        (
            "Day streak",
            f"{_count(summary['day_streak'], 'day')} (best {summary['best_day_streak']})",
        ),
        (
            "Week streak",
            f"{_count(summary['week_streak'], 'week')} (best {summary['best_week_streak']})",
        ),
        ("This week", f"{summary['this_week_days']} of {this_week_needed} practice days"),
        ("Weekly goal", f"{_count(summary['weekly_goal'], 'day')} a week"),
        ("Weeks start on", _WEEKDAYS[summary["week_start"] - 1]),
        ("Days start at", summary["day_start"]),
        ("Sessions", str(summary["total_sessions"])),
        ("Time held", _duration(summary["total_hold_seconds"])),
        ("Today", summary["today"]),
    ]
    width = max(len(label) for label, _ in rows)
    return "".join(f"{label:<{width}}  {value}\n" for label, value in rows)


def _count(number: int, unit: str) -> str:
    return f"{number} {unit}" if number == 1 else f"{number} {unit}s"


def _duration(seconds: float) -> str:
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes:02d} min"
    if minutes:
        return f"{minutes} min {secs:02d} s"
    return f"{secs} s"


def _load_settings() -> Settings:
    from unknot import paths
    from unknot.settings import load_settings

    # Read-only: the app is the one that repairs a bad file and tells the person.
    loaded = load_settings(paths.config_dir(), repair=False)
    for problem in loaded.problems:
        _report(problem, prefix="note")
    return loaded.settings


# --- export and import ----------------------------------------------------------------


def _export(args: argparse.Namespace, clock: Clock | None) -> int:
    from unknot.store.exchange import to_csv, to_json_text

    history = _read_history(args)
    sessions = history.sessions
    if args.format == "csv":
        text = to_csv(sessions)
    else:
        text = to_json_text(sessions, history.rest_days, history.routines)

    output: Path | None = args.output
    if output is None or str(output) == "-":
        _write_out(text)
        return EXIT_OK

    from unknot.files import write_atomically

    try:
        write_atomically(output, text)
    except OSError as error:
        raise CommandError(f"cannot write {output}: {_reason(error)}") from None
    _write_out(
        f"Wrote {_count(len(sessions), 'session')} to {output}. "
        "It holds health data: keep it somewhere private.\n"
    )
    return EXIT_OK


def _import(args: argparse.Namespace, clock: Clock | None) -> int:
    from unknot.store.exchange import ExchangeError, history_from_text

    path: Path = args.file
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise CommandError(f"cannot read {path}: {_reason(error)}") from None
    try:
        parsed = history_from_text(raw)
    except ExchangeError as error:
        raise CommandError(f"{path}: {error}; nothing was imported") from None

    with _open_history(args) as history:
        report = history.import_history(parsed.sessions, parsed.rest_days, parsed.routines)

    lines = [
        f"Sessions added: {report.sessions_added} ({_count(report.holds_added, 'hold')})",
        f"Sessions already in the history, skipped: {report.sessions_skipped}",
        f"Rest days added: {report.rest_days_added}",
        f"Routines added: {report.routines_added}",
    ]
    if report.routines_skipped:
        lines.append(
            "Routines skipped because one of the same name is already saved: "
            f"{report.routines_skipped}"
        )
    _write_out("".join(line + "\n" for line in lines))
    return EXIT_OK


@dataclass(frozen=True)
class _Snapshot:
    sessions: list[SessionRecord]
    rest_days: frozenset[date]
    routines: list[Routine]
    session_count: int
    total_hold_seconds: float


def _read_history(args: argparse.Namespace) -> _Snapshot:
    """Everything `stats` and `export` show. A folder without a history is read as
    an empty one and left as it was: looking must not create files, least of all
    in a folder named by a typo."""
    from unknot import paths

    folder = paths.data_dir(getattr(args, "data_dir", None))
    if folder.exists() and not folder.is_dir():
        raise CommandError(f"{folder} is a file, not a data folder")
    if not (folder / paths.HISTORY_FILE_NAME).exists():
        _report(f"there is no history in {folder} yet", prefix="note")
        return _Snapshot([], frozenset(), [], 0, 0.0)
    with _open_history(args) as history:
        return _Snapshot(
            sessions=history.sessions(),
            rest_days=history.rest_days(),
            routines=history.routines(),
            session_count=history.session_count(),
            total_hold_seconds=history.total_hold_seconds(),
        )


def _open_history(args: argparse.Namespace) -> History:
    """Open (or create) the store, loading SQLAlchemy only now; use it in a `with`
    block."""
    from unknot import paths
    from unknot.store.history import History

    history = History.open(paths.data_dir(getattr(args, "data_dir", None)))
    if history.set_aside is not None:
        _report(
            f"the history file was damaged; it was kept as {history.set_aside} "
            "and a new, empty history was started",
            prefix="warning",
        )
    return history


# --- output and errors ----------------------------------------------------------------


def _write_out(text: str) -> None:
    stream = sys.stdout
    if stream is None:  # a windowed launcher on Windows has no console
        return
    # UTF-8 whatever the console's code page, and the CSV's CRLF kept as written.
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        stream.write(text)
        stream.flush()
        return
    stream.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def _report(message: str, *, prefix: str = "error") -> None:
    if sys.stderr is None:
        return
    line = " ".join(message.split())  # always one line, whatever the message held
    print(f"{PROG}: {prefix}: {line}", file=sys.stderr)


def _describe(error: BaseException) -> str:
    if isinstance(error, CommandError):
        return str(error)
    if isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        return f"{_reason(error)}{where}"
    # Whatever raised a HistoryError has loaded the store already; looking the
    # class up here keeps the store out of the start-up path.
    for module_name in ("unknot.store.errors", "unknot.store.history"):
        history_error = getattr(sys.modules.get(module_name), "HistoryError", None)
        if isinstance(history_error, type) and isinstance(error, history_error):
            return str(error)
    # A bug, not something the person did; still one line, but say what it was.
    return f"unexpected problem ({type(error).__name__}: {error})"


def _reason(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "no such file or folder"
    if isinstance(error, IsADirectoryError):
        return "it is a folder, not a file"
    if isinstance(error, PermissionError):
        return "permission denied"
    return error.strerror or str(error) or type(error).__name__


def _silence_stdout() -> None:
    # Python flushes stdout again at exit and would print a second BrokenPipeError.
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):
        pass
