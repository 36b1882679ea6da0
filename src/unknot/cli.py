"""The `unknot` command: the window by default, and a few sub-commands.

    unknot [--data-dir DIR] [--demo]            open the app
    unknot --self-check                         open the window offscreen on a
                                                temporary folder, run a short
                                                session, read it back
    unknot stats [--json]                       streaks and totals
    unknot export [--format json|csv] [-o FILE] the history as a backup or a table
    unknot import FILE.json                     merge a backup into the history
    unknot restore FILE                         merge a JSON backup or a .sqlite3
                                                copy (with its -wal) into the history
    unknot report [--from DATE] [--to DATE] -o FILE.pdf
                                                a report for a physiotherapist (PDF)
    unknot check [--repair]                     is the history sound? with --repair,
                                                keep a damaged file or foreign side
                                                files aside and start afresh

`stats`, `export` and `check` only read: they never create, move or change a
file, work on a read-only data folder, and on a damaged history exit non-zero
saying what to do. `check` exits 0 when the history is sound (or absent or
empty), 3 when it is damaged, 4 when side files beside it are not its own, 5
when a newer Unknot wrote it. `import`, `restore` and `check --repair` write:
like the window, they keep a damaged file aside under a new name (never
deleting it) and say where. `restore` of a file that holds nothing (no
sessions, rest days or routines) restores nothing and exits 1, saying so:
usually a copy of `history.sqlite3` taken without its `-wal`.

`--data-dir DIR` goes before or after the sub-command. Only argparse and the
standard library load before the arguments are known: `--help` and `--version`
never pay for SQLAlchemy or Qt, and the window's start-up is the app's business.

Every failure a person can cause (a bad argument, a missing or invalid file, a
history from a newer Unknot, a full disk) ends with one line on stderr and a
non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import json
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from unknot import __version__
from unknot.core.formats import count_text, total_duration_text
from unknot.launch_options import LaunchOptions

if TYPE_CHECKING:
    from unknot.core.clock import Clock
    from unknot.core.cues import Cue
    from unknot.core.plans import Routine
    from unknot.core.practice_log import PracticeLog
    from unknot.core.records import SessionRecord
    from unknot.core.streaks import StreakSettings
    from unknot.settings import Settings
    from unknot.store.history import History, ImportReport

PROG = "unknot"

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
# `unknot check`: what it found.
EXIT_DAMAGED = 3
EXIT_SIDE_FILES = 4
EXIT_NEWER = 5

# The largest file `import` reads: far above any real backup (years of daily
# practice are a few MiB), far below what would exhaust memory.
MAX_IMPORT_BYTES = 256 * 1024 * 1024


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
        args, extra = parser.parse_known_args(argv)
        if extra:
            # Said by the command's own parser, so the usage shown is the command's.
            _parser_of(parser, args.command).error("unrecognized arguments: " + " ".join(extra))
        if args.demo and args.command is not None:
            parser.error("--demo opens the app with example data; it takes no command")
        if args.self_check and (args.command is not None or args.demo):
            parser.error("--self-check runs on its own; it takes no command and no --demo")
    except SystemExit as exit_:
        # --help, --version and usage errors: argparse has already printed.
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE

    if args.self_check:
        return _self_check()
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


def _parser_of(parser: argparse.ArgumentParser, command: str | None) -> argparse.ArgumentParser:
    """The parser of `command` (the top-level one when there is none)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) and command in action.choices:
            chosen: argparse.ArgumentParser = action.choices[command]
            return chosen
    return parser


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
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check this installation: open the window offscreen on a temporary folder "
        "(your own history is not touched), run a short session on a faster clock, read "
        "it back, and print one line per check; exit status 0 when all pass",
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

    restore = commands.add_parser(
        "restore",
        parents=[shared],
        help="merge a JSON backup or a copy of a history file into the history",
        description="Bring sessions back from a JSON backup (from `unknot export` or the "
        "window) or from a copy of a history file, such as the automatic copies in the "
        "backups folder; a copy's -wal beside it is read too when it belongs to it. "
        "Everything is checked first, then added in one step: sessions already in the "
        "history are skipped, nothing is overwritten. Use this rather than putting a "
        "copy in the place of history.sqlite3.",
    )
    restore.add_argument("file", type=Path, metavar="FILE", help="a JSON backup or a .sqlite3 copy")
    restore.set_defaults(command="restore", run=_restore)

    check = commands.add_parser(
        "check",
        parents=[shared],
        help="check the history file; --repair keeps a damaged one aside",
        description="Check the history without changing anything: sound, damaged (and "
        "why), side files beside it that are not its own, or written by a newer Unknot. "
        "Exit status: 0 sound, 3 damaged, 4 foreign side files, 5 newer. With --repair, "
        "a damaged file is kept aside under a new name and a new history started, side "
        "files that are not its own are kept aside, and the newest verified backup to "
        "restore is named.",
    )
    check.add_argument(
        "--repair",
        action="store_true",
        help="keep a damaged file or foreign side files aside (renamed, never deleted) "
        "and start afresh",
    )
    check.set_defaults(command="check", run=_check)

    report = commands.add_parser(
        "report",
        parents=[shared],
        help="write a report for a physiotherapist as a PDF",
        description="Write a few pages for a physiotherapist or doctor: how often and how "
        "long you practised, which spots with which tools, how tender each spot was over "
        "time, sessions stopped for sharp pain, your notes and the safety check's answers. "
        "The period is the last three months unless --from or --to say otherwise. The file "
        "holds health data and is readable by you only.",
    )
    # The days are checked by the command, not by argparse, so a wrong one is
    # told in one line (see _report_days).
    report.add_argument("--from", dest="first", metavar="DATE", help="first day, as YYYY-MM-DD")
    report.add_argument(
        "--to", dest="last", metavar="DATE", help="last day, as YYYY-MM-DD (today at the latest)"
    )
    report.add_argument(
        "-o", "--output", type=Path, metavar="FILE.pdf", required=True, help="the PDF to write"
    )
    report.set_defaults(command="report", run=_report_pdf)
    return parser


def _folder(text: str) -> Path:
    if not text.strip():
        raise argparse.ArgumentTypeError("the folder name is empty")
    return Path(text)


# --- the window ------------------------------------------------------------------------


# --- report -----------------------------------------------------------------------------


def _report_day(text: str | None, flag: str, today: date) -> date | None:
    """The day given to `flag` (--from, --to), None when not given; CommandError
    (usage) in one line when it is not a date written YYYY-MM-DD."""
    if text is None:
        return None
    written = text.strip()
    try:
        # Only the one shape the message names: fromisoformat takes others too.
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", written) is None:
            raise ValueError(written)
        return date.fromisoformat(written)
    except ValueError:
        raise CommandError(
            f"{flag} {text!r} is not a date: write the day as YYYY-MM-DD (year, month, "
            f"day), such as {flag} {today.isoformat()}",
            EXIT_USAGE,
        ) from None


def _report_days(args: argparse.Namespace, today: date) -> tuple[date, date]:
    """The report's first and last day from --from and --to (three months up to
    today when not given); CommandError (usage) in one line when they cannot be."""
    from unknot.core.report import PeriodProblem, default_period, period_problem

    given_first = _report_day(args.first, "--from", today)
    given_last = _report_day(args.last, "--to", today)
    first, last = default_period(today, given_first, given_last)
    problem = period_problem(first, last, today)
    if problem is PeriodProblem.LAST_AFTER_TODAY:
        message = (
            f"--to {last} is after today ({today}): a report covers days up to today. "
            f"Give --to a day on or before {today}, as YYYY-MM-DD, or leave --to out "
            "to end the report today"
        )
    elif problem is PeriodProblem.FIRST_AFTER_TODAY:
        message = (
            f"--from {first} is after today ({today}): a report covers days up to today. "
            f"Give --from a day on or before {today}, as YYYY-MM-DD"
        )
    elif problem is PeriodProblem.FIRST_AFTER_LAST:
        message = (
            f"--from {first} is after --to {last}: the first day comes first. Give "
            f"--from a day on or before {last}, as YYYY-MM-DD"
        )
    else:
        return first, last
    raise CommandError(message, EXIT_USAGE)


def _check_output_place(output: Path) -> None:
    """A file named with `-o` must be a file in a folder that exists: said as a
    wrong argument (exit status 2) before anything is read, by every command
    that writes one."""
    if output.is_dir():
        raise CommandError(f"cannot write {output}: it is a folder, not a file", EXIT_USAGE)
    if not output.parent.is_dir():
        what = "is a file, not a folder" if output.parent.exists() else "does not exist"
        raise CommandError(f"cannot write {output}: {output.parent} {what}", EXIT_USAGE)


def _report_pdf(args: argparse.Namespace, clock: Clock | None) -> int:
    from unknot.core.report import report_for
    from unknot.settings import calendar_of

    output: Path = args.output
    _check_output_place(output)
    settings = _load_settings()
    if clock is None:
        from unknot.localzone import system_clock

        clock = system_clock()
    calendar = calendar_of(settings, clock)
    rules = calendar.streak_settings()
    today = calendar.today()
    first, last = _report_days(args, today)
    history = _read_history(args)
    data = report_for(
        history.sessions,
        history.rest_days,
        first,
        last,
        today=today,
        rules=rules,
        safety=settings,
    )
    pdf = _paint_report(data, today, settings.language)

    from unknot.files import write_to_path

    if sys.stdout is not None:
        sys.stdout.flush()
    try:
        regular = write_to_path(output, pdf)
    except OSError as error:
        raise CommandError(f"cannot write {output}: {_write_reason(error, output)}") from None
    if regular:
        _write_out(
            f"Wrote a report of {first} to {last} to {output}. "
            "It holds health data: share it only with the people you choose.\n"
        )
    return EXIT_OK


def _paint_report(data: Any, today: date, language: str) -> bytes:
    """The report's PDF, painted by Qt without a window: the offscreen
    platform unless one is set, and the person's language."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from unknot.ui.report.report_pdf import report_pdf
    from unknot.ui.shared.language import apply_language

    app = QGuiApplication.instance() or QGuiApplication([PROG])
    applied = apply_language(language)
    try:
        return report_pdf(data, made_on=today)
    finally:
        applied.remove()
        del app


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


def _self_check() -> int:
    try:
        # By name, as the window: Qt loads only for the check.
        check = importlib.import_module("unknot.self_check")
    except ImportError as error:
        _report(f"self-check failed: cannot load it: {error}")
        return EXIT_FAILED
    run: Callable[[], int] = check.run
    try:
        return run()
    except KeyboardInterrupt:
        # Its temporary folder is removed on the way out.
        return EXIT_INTERRUPTED


# --- stats ----------------------------------------------------------------------------


def _stats(args: argparse.Namespace, clock: Clock | None) -> int:
    from unknot.core.practice_log import PracticeLog
    from unknot.settings import calendar_of

    settings = _load_settings()
    if clock is None:
        from unknot.localzone import system_clock

        clock = system_clock()

    history = _read_history(args)
    sessions = history.sessions
    calendar = calendar_of(settings, clock)
    rules = calendar.streak_settings()
    today = calendar.today()
    # The window's read model, built from the file: the same figures by the same functions.
    log = PracticeLog.of_records(sessions, history.rest_days)
    summary = stats_summary(log, today, rules)
    if args.json:
        _write_out(json.dumps(summary, indent=2) + "\n")
    else:
        _write_out(_stats_table(summary, log.streaks(today, rules).this_week_needed))
    return EXIT_OK


def stats_summary(log: PracticeLog, today: date, rules: StreakSettings) -> dict[str, Any]:
    """What `unknot stats --json` prints, from the read model: the sessions that
    count as practice and their whole seconds held, the streaks as they stand."""
    streaks = log.streaks(today, rules)
    return {
        "day_streak": streaks.day_streak,
        "best_day_streak": streaks.best_day_streak,
        "week_streak": streaks.week_streak,
        "best_week_streak": streaks.best_week_streak,
        "weekly_goal": streaks.weekly_goal,
        "week_start": streaks.week_start,
        "day_start": rules.day_start.strftime("%H:%M"),
        "this_week_days": streaks.this_week_days,
        "total_sessions": log.session_count,
        "total_hold_seconds": log.total_seconds,
        "today": today.isoformat(),
    }


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
    return count_text(number, unit)


def _duration(seconds: float) -> str:
    return total_duration_text(seconds)


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

    output: Path | None = args.output
    if output is not None and str(output) != "-":
        _check_output_place(output)
    history = _read_history(args)
    sessions = history.sessions
    if args.format == "csv":
        text = to_csv(sessions)
    else:
        text = to_json_text(sessions, history.rest_days, history.routines, history.cues)

    if output is None or str(output) == "-":
        _write_out(text)
        return EXIT_OK

    from unknot.files import own_descriptor, write_to_path

    if own_descriptor(output) == 1:  # /dev/stdout and its other names
        _write_out(text)
        return EXIT_OK
    if sys.stdout is not None:
        sys.stdout.flush()  # whatever was printed stays before what is written
    if history.is_empty and _has_content(output):
        raise CommandError(
            f"the history is empty, so {output} was left as it was rather than replaced "
            "by an empty export (it may be your last good backup); choose another file "
            "name or remove it first"
        )
    try:
        regular = write_to_path(output, text)
    except OSError as error:
        raise CommandError(f"cannot write {output}: {_write_reason(error, output)}") from None
    if not regular:
        return EXIT_OK  # a device or a pipe: the data is the whole output
    _write_out(
        f"Wrote {_count(len(sessions), 'session')} to {output}. "
        "It holds health data: keep it somewhere private.\n"
    )
    return EXIT_OK


def _import(args: argparse.Namespace, clock: Clock | None) -> int:
    from unknot.files import read_regular_file
    from unknot.store.exchange import ExchangeError, history_from_text

    path: Path = args.file
    try:
        raw = read_regular_file(path, MAX_IMPORT_BYTES)
    except OSError as error:
        raise CommandError(f"cannot read {path}: {_reason(error)}") from None
    try:
        parsed = history_from_text(raw)
    except ExchangeError as error:
        raise CommandError(f"{path}: {error}; nothing was imported") from None

    with _open_history(args) as history:
        report = history.import_history(
            parsed.sessions, parsed.rest_days, parsed.routines, parsed.cues
        )

    _write_out(_merge_text(report))
    return EXIT_OK


def _merge_text(report: ImportReport, first: str | None = None) -> str:
    """What an import or a restore added and skipped, a line each."""
    lines = [] if first is None else [first]
    lines += [
        f"Sessions added: {report.sessions_added} ({_count(report.holds_added, 'hold')})",
        f"Sessions already in the history, skipped: {report.sessions_skipped}",
    ]
    if report.sessions_differing:
        lines.append(_differing_text(report.sessions_differing))
    lines += [
        f"Rest days added: {report.rest_days_added}",
        f"Routines added: {report.routines_added}",
    ]
    if report.routines_skipped:
        lines.append(
            "Routines skipped because one of the same name is already saved: "
            f"{report.routines_skipped}"
        )
    if report.cues_added or report.cues_skipped:
        lines.append(f"Cues added: {report.cues_added}")
    if report.cues_skipped:
        lines.append(
            "Cues skipped because the history already has one for that position: "
            f"{report.cues_skipped}"
        )
    return "".join(line + "\n" for line in lines)


def _differing_text(differing: int) -> str:
    # Nothing in the history is written over, but a later copy of a session (more
    # holds, its real ending) must not be dropped without a word.
    if differing == 1:
        return (
            "1 of the skipped sessions differs from the one in the history "
            "(other holds, another ending or note); the history's was kept as it is."
        )
    return (
        f"{differing} of the skipped sessions differ from those in the history "
        "(other holds, another ending or note); the history's were kept as they are."
    )


@dataclass(frozen=True)
class _Snapshot:
    sessions: list[SessionRecord]
    rest_days: frozenset[date]
    routines: list[Routine]
    session_count: int
    total_hold_seconds: float
    # The person's own cues, last so older callers' order stays.
    cues: list[Cue] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.sessions or self.rest_days or self.routines or self.cues)


def _read_history(args: argparse.Namespace) -> _Snapshot:
    """Everything `stats` and `export` show, read without creating, moving or
    changing any file: a folder without a history reads as an empty one (looking
    must not create files, least of all in a folder named by a typo), and a
    damaged history is an error that says what to do."""
    from unknot import paths
    from unknot.store.history import History

    folder = paths.data_dir(getattr(args, "data_dir", None))
    if folder.exists() and not folder.is_dir():
        raise CommandError(f"{folder} is a file, not a data folder")
    path = folder / paths.HISTORY_FILE_NAME
    if not path.exists() and not path.is_symlink():
        _report(f"there is no history in {folder} yet", prefix="note")
        return _Snapshot([], frozenset(), [], 0, 0.0)
    with History.open_snapshot(path) as history:
        _note_empty_file(path)
        _note_side_files_left_out(history)
        return _Snapshot(
            sessions=history.sessions(),
            rest_days=history.rest_days(),
            routines=history.routines(),
            session_count=history.session_count(),
            total_hold_seconds=history.total_hold_seconds(),
            cues=_sorted_cues(history.cues()),
        )


def _sorted_cues(cues: dict[Any, str]) -> list[Cue]:
    from unknot.core.cues import sorted_cues

    return sorted_cues(cues)


def _note_empty_file(path: Path) -> None:
    if path.is_file() and path.stat().st_size == 0:
        _report(
            f"the history file {path} is empty (0 bytes): nothing is recorded in it. "
            "If sessions are missing, `unknot check` names your newest backup.",
            prefix="note",
        )


def _note_side_files_left_out(history: History) -> None:
    for side, reason in zip(history.side_files_left_out, history.side_file_reasons, strict=True):
        _report(
            f"{side} was left out ({reason}); it was not read and stays where it "
            "is. `unknot check --repair` keeps it aside under another name.",
            prefix="note",
        )


def _has_content(path: Path) -> bool:
    try:
        return path.is_file() and path.stat().st_size > 0
    except OSError:
        return False


def _open_history(args: argparse.Namespace) -> History:
    """Open (or create) the store for writing, loading SQLAlchemy only now; use it
    in a `with` block. What the open kept aside is said on stderr."""
    from unknot import paths
    from unknot.store.history import History

    history = History.open(paths.data_dir(getattr(args, "data_dir", None)))
    if history.set_aside is not None:
        _report(
            f"the history file was damaged ({history.damage}); it was kept, unchanged, "
            f"as {history.set_aside} and a new, empty history was started",
            prefix="warning",
        )
    for kept in history.side_files_set_aside:
        _report(
            f"a file beside the history could not be used (damaged, or another file's); "
            f"it was kept aside as {kept}",
            prefix="warning",
        )
    return history


# --- restore and check -----------------------------------------------------------------


def _restore(args: argparse.Namespace, clock: Clock | None) -> int:
    from unknot.store.data_files import holds_nothing, nothing_to_restore, read_backup_file
    from unknot.store.exchange import ExchangeError
    from unknot.store.migrations import SQLITE_MAGIC

    path: Path = args.file
    try:
        # Refuses a pipe, a device or an oversized file at once, unread.
        parsed = read_backup_file(path)
        with path.open("rb") as file:
            if file.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC:
                _note_copy_side_files(path)
    except OSError as error:
        raise CommandError(f"cannot read {path}: {_reason(error)}") from None
    except ExchangeError as error:
        raise CommandError(f"{path}: {error}; nothing was restored") from None
    if holds_nothing(parsed):
        raise CommandError(nothing_to_restore(path)) from None

    with _open_history(args) as history:
        report = history.import_history(
            parsed.sessions, parsed.rest_days, parsed.routines, parsed.cues
        )
        where = history.path
    _write_out(_merge_text(report, first=f"Restored from {path} into {where}."))
    return EXIT_OK


def _note_copy_side_files(path: Path) -> None:
    from unknot.store.errors import HistoryError
    from unknot.store.side_files import read_history_files

    try:
        found = read_history_files(path)
    except HistoryError:
        return  # reading the copy itself says what is wrong
    for side, reason in zip(found.foreign, found.reasons, strict=True):
        _report(
            f"{side} beside the copy was left out ({reason}); it was not read",
            prefix="note",
        )


def _check(args: argparse.Namespace, clock: Clock | None) -> int:
    from unknot import paths
    from unknot.store.damaged import inspect_files
    from unknot.store.errors import NewerSchemaError
    from unknot.store.side_files import read_history_files

    folder = paths.data_dir(getattr(args, "data_dir", None))
    if folder.exists() and not folder.is_dir():
        raise CommandError(f"{folder} is a file, not a data folder")
    path = folder / paths.HISTORY_FILE_NAME
    if not path.exists() and not path.is_symlink():
        _write_out(f"There is no history in {folder} yet; nothing to check.\n")
        return EXIT_OK
    try:
        found = read_history_files(path)
        verdict = inspect_files(found)
    except NewerSchemaError as error:
        raise CommandError(str(error), EXIT_NEWER) from None

    if args.repair:
        return _repair(args, folder, bool(found.foreign), verdict.damage)

    lines: list[str] = []
    status = EXIT_OK
    if verdict.damage is not None:
        status = EXIT_DAMAGED
        lines.append(
            f"The history {path} is damaged: {verdict.damage}. Nothing was changed. "
            "`unknot check --repair` keeps it aside under another name and starts a new "
            "history (the window does the same when it opens)."
        )
    elif not verdict.exists:
        lines.append(f"The history file {path} is empty (0 bytes): nothing is recorded in it.")
    elif not verdict.has_tables:
        # Sound as a file, but not yet a history: calling it sound would hide
        # that sessions may be missing (in a log left out, or never copied).
        lines.append(f"The history file {path} holds no Unknot history yet (it has no tables).")
    else:
        held = _count(_sessions_in(found.image), "session")
        lines.append(
            f"The history {path} is sound (history format {verdict.user_version}) and holds {held}."
        )
    for side, reason in zip(found.foreign, found.reasons, strict=True):
        if status == EXIT_OK:
            status = EXIT_SIDE_FILES
        lines.append(
            f"{side.name} beside it is not used ({reason}). "
            "`unknot check --repair` keeps it aside under another name."
        )
    if status != EXIT_OK or not verdict.exists or not verdict.has_tables:
        lines.append(_backup_advice(folder))
    _write_out("".join(line + "\n" for line in lines))
    return status


def _sessions_in(image: bytes) -> int:
    """How many sessions the history read into `image` holds, said so that a
    sound file whose sessions are all in a log left out (or never copied) is not
    mistaken for the whole history."""
    from unknot.store.side_files import memory_connection

    connection = memory_connection(image)
    try:
        (count,) = connection.execute("SELECT count(*) FROM sessions").fetchone()
    finally:
        connection.close()
    return int(count)


def _repair(args: argparse.Namespace, folder: Path, foreign: bool, damage: str | None) -> int:
    if damage is None and not foreign:
        path = folder / "history.sqlite3"
        if path.is_file() and path.stat().st_size == 0:
            _write_out(
                f"The history file {path} is empty (0 bytes); there is nothing to keep "
                f"aside.\n{_backup_advice(folder)}\n"
            )
        else:
            _write_out(f"The history {path} is sound; nothing to repair.\n")
        return EXIT_OK
    from unknot.store.history import History

    lines: list[str] = []
    with History.open(folder) as history:
        if history.set_aside is not None:
            lines.append(
                f"The damaged history ({history.damage}) was kept, unchanged, as "
                f"{history.set_aside}. A new, empty history was started in {history.path}."
            )
        for kept in history.side_files_set_aside:
            lines.append(
                "A file beside the history that could not be used (damaged, or another "
                f"file's) was kept as {kept}."
            )
        if history.set_aside is None:
            lines.append(f"The history {history.path} itself is sound; it was kept in use.")
    lines.append(_backup_advice(folder))
    _write_out("".join(line + "\n" for line in lines))
    return EXIT_OK


def _backup_advice(folder: Path) -> str:
    from unknot.store.daily_backups import newest_verified_backup

    verified = newest_verified_backup(folder)
    if verified is None:
        return (
            f"No verified automatic backup was found in {folder / 'backups'}. A JSON "
            "backup you exported can be brought back with `unknot restore FILE`."
        )
    newest = verified.path
    return (
        f"Your newest verified backup is {newest}; bring its sessions back with "
        f"`unknot restore {newest}` (or File > Restore in the window)."
    )


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
    # Unknot's own refusals (unknot.files) already say it in plain words.
    plain = getattr(sys.modules.get("unknot.files"), "PlainFileError", None)
    if isinstance(plain, type) and isinstance(error, plain) and error.strerror:
        return error.strerror
    if isinstance(error, FileNotFoundError):
        return "no such file or folder"
    if isinstance(error, IsADirectoryError):
        return "it is a folder, not a file"
    if isinstance(error, PermissionError):
        return "permission denied"
    if error.errno in _PLAIN_ERRNO:
        return _PLAIN_ERRNO[error.errno]
    return error.strerror or str(error) or type(error).__name__


_PLAIN_ERRNO = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the file system is read-only",
}


def _write_reason(error: OSError, output: Path) -> str:
    """Why `export -o` could not write: the folder is named when it is missing."""
    if isinstance(error, FileNotFoundError) and error.filename == str(output.parent):
        return f"the folder {output.parent} does not exist"
    return _reason(error)


def _silence_stdout() -> None:
    # Python flushes stdout again at exit and would print a second BrokenPipeError.
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):
        pass
