"""The person's settings, kept in a readable `settings.json` in the config folder.

A settings file is something people open in an editor, so loading forgives: each
value that is missing, of the wrong kind or out of range falls back to its
default on its own, and a file that is not JSON at all falls back to all
defaults. Either way the person is told once, in plain words, and the old file is
kept beside the new one (`settings.bad-YYYYmmdd-HHMMSS.json`) so nothing they
typed is lost.

The file looks like this (every key optional)::

    {
      "version": 1,
      "hold_seconds": 120,          # 120-300
      "weekly_goal": 5,             # practice days a week, 1-7
      "week_start": null,           # ISO weekday 1 (Monday) - 7 (Sunday); null: from the locale
      "day_start": "00:00",         # sessions before this time count for the day before
      "sound_on": true,
      "volume": 80,                 # 0-100
      "auto_advance": false,
      "reminder_time": null,        # "HH:MM", or null for no reminder
      "show_in_tray": true,
      "start_minimised": false,
      "safety_confirmed_on": null,  # "YYYY-MM-DD": when the safety check was last answered
      "safety_conditions": [],      # what the person ticked there: "clot", "open_wound", ...
      "avoided_areas": [],          # areas to keep pressure off: "calves", "feet", ...
      "tools": ["tennis_ball", "lacrosse_ball"],  # what the person has; hands always
      "language": "system",         # "system", "en" or "de"; applies at the next start
      "voice_on": false,            # the spoken coach; off until the person turns it on
      "voice_offered": false,       # true once the voice was offered (at the first session)
      "voice_amount": "normal",     # "minimal", "normal" or "every_minute"
      "voice_name": null,           # a voice of the speech engine by name; null: its default
      "voice_rate": 0,              # -10 (slower) to 10 (faster)
      "voice_volume": 80,           # 0-100
      "window": null                # [x, y, width, height] of the window when it last closed
    }
"""

from __future__ import annotations

import contextlib
import errno
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from unknot.core import practice_calendar
from unknot.core.areas import DEFAULT_TOOLS, OWNABLE_TOOLS, AreaId, Tool
from unknot.core.clock import Clock
from unknot.core.practice_calendar import PracticeCalendar
from unknot.core.safety import Condition
from unknot.core.translation import QT_TRANSLATE_NOOP, translate
from unknot.core.voice_amount import Amount
from unknot.files import make_private_dir, read_regular_file, write_atomically

SETTINGS_FILE = "settings.json"
SETTINGS_VERSION = 1

MIN_HOLD_SECONDS = 120
MAX_HOLD_SECONDS = 300

# The window's language: "system" follows the system's locale (see ui/shared/language.py).
LANGUAGES = ("system", "en", "de")


@dataclass(frozen=True)
class Settings:
    hold_seconds: int = 120
    weekly_goal: int = 5
    # ISO weekday, 1 = Monday ... 7 = Sunday; None follows the locale.
    week_start: int | None = None
    # Sessions before this time count for the day before (night owls).
    day_start: time = time(0, 0)
    sound_on: bool = True
    volume: int = 80
    auto_advance: bool = False
    # The pictures of positions move gently between setting up and leaning in;
    # off keeps them still (also for anyone who finds movement unsettling).
    move_pictures: bool = True
    reminder_time: time | None = None
    show_in_tray: bool = True
    start_minimised: bool = False
    # The date the safety check was last answered, whatever the answer was.
    safety_confirmed_on: date | None = None
    # The conditions the person said apply to them, in the order of the check.
    safety_conditions: tuple[Condition, ...] = ()
    # Areas the person marked to keep pressure off (a wound, a bruise...); the
    # conditions may rule out more (see unknot.core.safety.areas_to_avoid).
    avoided_areas: tuple[AreaId, ...] = ()
    # The tools the person has, in the order of OWNABLE_TOOLS; hands are always
    # there. Plans, ladders and the scan use only these.
    tools: tuple[Tool, ...] = tuple(tool for tool in OWNABLE_TOOLS if tool in DEFAULT_TOOLS)
    # The window's language, one of LANGUAGES.
    language: str = "system"
    # The spoken coach: off until the person turns it on; offered once, at the
    # first session. No voice name means the speech engine's default voice.
    voice_on: bool = False
    voice_offered: bool = False
    voice_amount: Amount = Amount.NORMAL
    voice_name: str | None = None
    voice_rate: int = 0
    voice_volume: int = 80
    # Where the main window was when it last closed, (x, y, width, height) in the
    # desktop's device-independent pixels; None until then. Clamped to the
    # screens present when it is used (see unknot.ui.window.window_place).
    window: tuple[int, int, int, int] | None = None

    def __post_init__(self) -> None:
        # A Settings value in memory is always a valid one; only files forgive.
        for name, spec in _SPECS.items():
            spec.check(getattr(self, name))


@dataclass(frozen=True)
class FileStamp:
    """What the settings file held when Unknot last read or wrote it: its
    bytes (a few hundred; no digest, whose library would slow the start),
    None for no file; `readable` False for one that could not be read. A file
    whose stamp is no longer this was changed outside."""

    content: bytes | None
    readable: bool = True


# No settings file there.
ABSENT = FileStamp(None)


def file_stamp(config_dir: Path) -> FileStamp:
    """The settings file's stamp as it is now."""
    try:
        raw = _read(settings_path(config_dir))
    except FileNotFoundError:
        return ABSENT
    except OSError:
        return FileStamp(None, readable=False)
    return FileStamp(raw)


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    # Plain-words messages for the person, empty when the file was fine.
    problems: list[str] = field(default_factory=list)
    # Where a copy of a bad file was kept, if one was made.
    bad_copy: Path | None = None
    # The file as read (or as repaired): what `save_settings` expects to find.
    stamp: FileStamp = ABSENT


def settings_path(config_dir: Path) -> Path:
    return config_dir / SETTINGS_FILE


def load_settings(
    config_dir: Path, *, repair: bool = True, now: datetime | None = None
) -> LoadedSettings:
    """Read the settings, falling back to defaults value by value.

    With `repair` (the app's start-up), a bad file is copied aside and replaced by
    the corrected settings, so the person hears about it once and not at every
    start. Without it (the command line, which only reads) the file is left alone.
    """
    path = settings_path(config_dir)
    try:
        raw = _read(path)
    except FileNotFoundError:
        return LoadedSettings(Settings())
    except OSError as error:
        # Nothing to copy and nothing safe to overwrite: leave the file to the person.
        # (A change of settings moves it aside first; see save_settings.)
        reason = error.strerror or type(error).__name__
        return LoadedSettings(
            Settings(),
            [
                translate(
                    "Settings",
                    "Your settings could not be read ({reason}), so the defaults are used for now.",
                ).format(reason=reason)
            ],
            stamp=FileStamp(None, readable=False),
        )

    settings, problems = _parse(raw)
    read_as = FileStamp(raw)
    if not problems or not repair:
        return LoadedSettings(settings, problems, stamp=read_as)

    bad_copy = _keep_copy(config_dir, raw, now or datetime.now())
    if bad_copy is None:
        problems.append(translate("Settings", "A copy of the old settings file could not be kept."))
        # Overwriting the only copy would lose what the person typed.
        return LoadedSettings(settings, problems, stamp=read_as)
    problems.append(
        translate("Settings", "The old settings file was kept as {file}.").format(
            file=bad_copy.name
        )
    )
    # If this fails they are told again next time, which is right: it is still bad.
    with contextlib.suppress(OSError):
        _write(config_dir, settings)
    return LoadedSettings(settings, problems, bad_copy, file_stamp(config_dir))


@dataclass(frozen=True)
class SavedSettings:
    # Where the file that was there before was kept, when it was unreadable or
    # invalid (one the person may have typed by hand): never overwritten unseen.
    bad_copy: Path | None = None
    # A sentence for the person saying so, or None when there was nothing to say.
    notice: str | None = None
    # The file as written: what the next save expects to find.
    stamp: FileStamp = ABSENT


def save_settings(
    config_dir: Path,
    settings: Settings,
    *,
    read_as: FileStamp | None = None,
    now: datetime | None = None,
) -> SavedSettings:
    """Write the settings in one step (never half a file), readable by the owner only.

    `read_as` is the file as the caller last read or wrote it (`LoadedSettings.
    stamp`, `SavedSettings.stamp`); the window always passes it. None only
    where nothing else can have written the file (a new folder, a test's
    seed). A file that is no longer as read (edited by hand
    while Unknot ran, say), or that cannot be read or is not valid settings, is
    first kept aside as `settings.bad-YYYYmmdd-HHMMSS.json`, 0600, never
    deleted; the result says where, in words for the person. Raises OSError
    when the file cannot be written, or when the old file could not be kept
    aside (then nothing is overwritten)."""
    make_private_dir(config_dir)
    when = now or datetime.now()
    found = file_stamp(config_dir)
    changed = read_as is not None and found != read_as and found != ABSENT
    kept = _keep_file(config_dir, when) if changed else _keep_bad_file(config_dir, when)
    _write(config_dir, settings)
    stamp = file_stamp(config_dir)
    if kept is None:
        return SavedSettings(stamp=stamp)
    if changed:
        notice = translate(
            "Settings",
            "Your settings file was changed outside Unknot after Unknot read it. That "
            "version was kept as {file}, and the settings you chose here were saved.",
        ).format(file=kept.name)
    else:
        notice = translate(
            "Settings",
            "The settings file held something Unknot could not use, so it was kept as "
            "{file} before your new settings were saved.",
        ).format(file=kept.name)
    return SavedSettings(kept, notice, stamp)


def _write(config_dir: Path, settings: Settings) -> None:
    make_private_dir(config_dir)
    text = json.dumps(settings_to_json(settings), indent=2) + "\n"
    write_atomically(settings_path(config_dir), text)


def _keep_bad_file(config_dir: Path, now: datetime) -> Path | None:
    """Keep the current settings file aside if it is unreadable or invalid; returns
    where, or None when there is no file or it is fine."""
    return _keep_file(config_dir, now, only_bad=True)


def _keep_file(config_dir: Path, now: datetime, *, only_bad: bool = False) -> Path | None:
    """Keep the current settings file aside (with `only_bad`, only one that is
    unreadable or invalid); returns where, or None when nothing was kept."""
    path = settings_path(config_dir)
    try:
        raw = _read(path)
    except FileNotFoundError:
        return None
    except OSError:
        # It cannot be read (a folder, a pipe, no permission...), so it cannot be
        # copied: move it aside whole, which needs no reading.
        moved = _free_name(config_dir, now)
        if moved is None:
            raise _not_kept() from None
        try:
            path.rename(moved)
        except OSError as error:
            raise _not_kept() from error
        with contextlib.suppress(OSError):
            moved.chmod(0o600 if not moved.is_dir() else 0o700)
        return moved
    if only_bad and not _parse(raw)[1]:
        return None
    kept = _keep_copy(config_dir, raw, now)
    if kept is None:
        raise _not_kept()
    return kept


def _not_kept() -> OSError:
    return OSError(
        errno.EIO, "the old settings file could not be kept aside, so it was left as it was"
    )


def settings_to_json(settings: Settings) -> dict[str, Any]:
    values = asdict(settings)
    return {"version": SETTINGS_VERSION} | {
        name: _SPECS[name].dump(values[name]) for name in _SPECS
    }


def resolve_week_start(settings: Settings) -> int:
    """The ISO weekday weeks start on: the setting, else the locale's (read
    without Qt, so the command line never loads it). ValueError outside 1-7."""
    return practice_calendar.resolve_week_start(settings.week_start)


def calendar_of(settings: Settings, clock: Clock) -> PracticeCalendar:
    """The practice calendar these settings make on `clock`."""
    return PracticeCalendar(
        clock,
        weekly_goal=settings.weekly_goal,
        week_start=settings.week_start,
        day_start=settings.day_start,
    )


# --- reading values -------------------------------------------------------------


class _InvalidError(ValueError):
    """A value from the file that cannot be used; str() says what was expected."""


@dataclass(frozen=True)
class _Spec:
    label: str
    expected: str
    parse: Callable[[object], Any]
    dump: Callable[[Any], object]
    describe_default: Callable[[Any], str]

    def check(self, value: object) -> None:
        # The parser takes JSON values; feed it the JSON form of a Python value.
        try:
            self.parse(self.dump(value))
        except (_InvalidError, TypeError, AttributeError) as error:
            raise ValueError(f"{self.label}: {value!r} is not {self.expected_text()}") from error

    def expected_text(self) -> str:
        """What the file may hold here, in the person's language."""
        return translate("Settings", self.expected).format(
            low=MIN_HOLD_SECONDS, high=MAX_HOLD_SECONDS
        )


def _whole_number(low: int, high: int) -> Callable[[object], int]:
    def parse(value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise _InvalidError
        return value

    return parse


def _optional(parse: Callable[[object], Any]) -> Callable[[object], Any]:
    return lambda value: None if value is None else parse(value)


def _boolean(value: object) -> bool:
    if not isinstance(value, bool):
        raise _InvalidError
    return value


_CLOCK_TIME = re.compile(r"(\d\d):(\d\d)")
_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")


def _clock_time(value: object) -> time:
    if not isinstance(value, str) or not (match := _CLOCK_TIME.fullmatch(value)):
        raise _InvalidError
    hours, minutes = int(match[1]), int(match[2])
    if hours > 23 or minutes > 59:
        raise _InvalidError
    return time(hours, minutes)


def _dump_time(value: time | None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, time) or value.second or value.microsecond or value.tzinfo:
        raise _InvalidError
    return f"{value.hour:02d}:{value.minute:02d}"


def _calendar_date(value: object) -> date:
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise _InvalidError
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise _InvalidError from error


def _dump_date(value: date | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime) or not isinstance(value, date):
        raise _InvalidError
    return value.isoformat()


def _members(kind: type[Condition] | type[AreaId]) -> Callable[[object], tuple[Any, ...]]:
    """A JSON list of names, read as a tuple in the enum's order without repeats,
    so two files that say the same thing give equal settings."""
    order = list(kind)

    def parse(value: object) -> tuple[Any, ...]:
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise _InvalidError
        try:
            members = {kind(item) for item in value}
        except ValueError as error:
            raise _InvalidError from error
        return tuple(sorted(members, key=order.index))

    return parse


def _dump_members(value: tuple[Any, ...]) -> list[str]:
    if not isinstance(value, tuple):
        raise _InvalidError
    if not value:
        return []
    if all(type(item) is Condition for item in value):
        order: list[Any] = list(Condition)
    elif all(type(item) is AreaId for item in value):
        order = list(AreaId)
    else:
        raise _InvalidError
    # In memory only the canonical form is valid, so equal settings compare equal.
    if list(value) != sorted(set(value), key=order.index):
        raise _InvalidError
    return [item.value for item in value]


def _listed(items: tuple[Any, ...]) -> str:
    return ", ".join(item.value for item in items) if items else translate("Settings", "none")


def _one_of(choices: tuple[str, ...]) -> Callable[[object], str]:
    def parse(value: object) -> str:
        if not isinstance(value, str) or value not in choices:
            raise _InvalidError
        return value

    return parse


def _same(value: object) -> object:
    return value


def _minutes(seconds: int) -> str:
    if seconds % 60 == 0:
        return translate("Settings", "%n minute(s)", None, seconds // 60)
    return translate("Settings", "%n second(s)", None, seconds)


def _on_off(value: bool) -> str:
    return translate("Settings", "on") if value else translate("Settings", "off")


_WEEKDAYS = (
    QT_TRANSLATE_NOOP("Settings", "Monday"),
    QT_TRANSLATE_NOOP("Settings", "Tuesday"),
    QT_TRANSLATE_NOOP("Settings", "Wednesday"),
    QT_TRANSLATE_NOOP("Settings", "Thursday"),
    QT_TRANSLATE_NOOP("Settings", "Friday"),
    QT_TRANSLATE_NOOP("Settings", "Saturday"),
    QT_TRANSLATE_NOOP("Settings", "Sunday"),
)


def _parse_tools(value: object) -> tuple[Tool, ...]:
    """A JSON list of tool names, read in the order Settings lists them, without
    repeats; hands are not listed (everyone has them)."""
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise _InvalidError
    if not set(value) <= {tool.value for tool in OWNABLE_TOOLS}:
        raise _InvalidError
    return tuple(tool for tool in OWNABLE_TOOLS if tool.value in value)


def _dump_tools(value: object) -> list[str]:
    if not isinstance(value, tuple) or not all(isinstance(item, Tool) for item in value):
        raise _InvalidError
    if value != _parse_tools([item.value for item in value]):
        raise _InvalidError
    return [tool.value for tool in value]


# Far beyond any desktop, small enough that no sum of them overflows Qt's int.
_FARTHEST = 1_000_000


def _window_place(value: object) -> tuple[int, int, int, int]:
    if not isinstance(value, list) or len(value) != 4:
        raise _InvalidError
    x, y = (_whole_number(-_FARTHEST, _FARTHEST)(item) for item in value[:2])
    width, height = (_whole_number(1, _FARTHEST)(item) for item in value[2:])
    return (x, y, width, height)


def _dump_window_place(value: object) -> list[int] | None:
    if value is None:
        return None
    if not isinstance(value, tuple):
        raise _InvalidError
    return list(value)


_SPECS: Mapping[str, _Spec] = {
    "hold_seconds": _Spec(
        QT_TRANSLATE_NOOP("Settings", "default hold"),
        QT_TRANSLATE_NOOP("Settings", "a whole number of seconds from {low} to {high}"),
        _whole_number(MIN_HOLD_SECONDS, MAX_HOLD_SECONDS),
        _same,
        _minutes,
    ),
    "weekly_goal": _Spec(
        QT_TRANSLATE_NOOP("Settings", "weekly goal"),
        QT_TRANSLATE_NOOP("Settings", "a number of days from 1 to 7"),
        _whole_number(1, 7),
        _same,
        lambda days: translate("Settings", "%n day(s) a week", None, days),
    ),
    "week_start": _Spec(
        QT_TRANSLATE_NOOP("Settings", "first day of the week"),
        QT_TRANSLATE_NOOP(
            "Settings", "a weekday from 1 (Monday) to 7 (Sunday), or null to follow the system"
        ),
        _optional(_whole_number(1, 7)),
        _same,
        lambda day: (
            translate("Settings", "the system's")
            if day is None
            else translate("Settings", _WEEKDAYS[day - 1])
        ),
    ),
    "day_start": _Spec(
        QT_TRANSLATE_NOOP("Settings", "day start"),
        QT_TRANSLATE_NOOP("Settings", 'a time of day written "HH:MM"'),
        _clock_time,
        _dump_time,
        lambda value: _dump_time(value) or "",
    ),
    "sound_on": _Spec(
        QT_TRANSLATE_NOOP("Settings", "sound"),
        QT_TRANSLATE_NOOP("Settings", "true or false"),
        _boolean,
        _same,
        _on_off,
    ),
    "volume": _Spec(
        QT_TRANSLATE_NOOP("Settings", "volume"),
        QT_TRANSLATE_NOOP("Settings", "a whole number from 0 to 100"),
        _whole_number(0, 100),
        _same,
        str,
    ),
    "auto_advance": _Spec(
        QT_TRANSLATE_NOOP("Settings", "moving on to the next spot by itself"),
        QT_TRANSLATE_NOOP("Settings", "true or false"),
        _boolean,
        _same,
        _on_off,
    ),
    "move_pictures": _Spec("moving position pictures", "true or false", _boolean, _same, _on_off),
    "reminder_time": _Spec(
        QT_TRANSLATE_NOOP("Settings", "reminder time"),
        QT_TRANSLATE_NOOP("Settings", 'a time of day written "HH:MM", or null for no reminder'),
        _optional(_clock_time),
        _dump_time,
        lambda value: (
            translate("Settings", "no reminder") if value is None else (_dump_time(value) or "")
        ),
    ),
    "show_in_tray": _Spec(
        QT_TRANSLATE_NOOP("Settings", "tray icon"),
        QT_TRANSLATE_NOOP("Settings", "true or false"),
        _boolean,
        _same,
        _on_off,
    ),
    "start_minimised": _Spec(
        QT_TRANSLATE_NOOP("Settings", "starting minimised"),
        QT_TRANSLATE_NOOP("Settings", "true or false"),
        _boolean,
        _same,
        _on_off,
    ),
    "safety_confirmed_on": _Spec(
        QT_TRANSLATE_NOOP("Settings", "date of the safety check"),
        QT_TRANSLATE_NOOP("Settings", 'a date written "YYYY-MM-DD", or null'),
        _optional(_calendar_date),
        _dump_date,
        lambda value: translate("Settings", "not yet done") if value is None else value.isoformat(),
    ),
    "safety_conditions": _Spec(
        QT_TRANSLATE_NOOP("Settings", "safety check answer"),
        QT_TRANSLATE_NOOP("Settings", "a list of the conditions the safety check names"),
        _members(Condition),
        _dump_members,
        _listed,
    ),
    "avoided_areas": _Spec(
        QT_TRANSLATE_NOOP("Settings", "list of areas to keep pressure off"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "a list of body areas (head, jaw, neck, shoulders, arms, lower_back, hips, "
            "quads, calves, feet)",
        ),
        _members(AreaId),
        _dump_members,
        _listed,
    ),
    "tools": _Spec(
        QT_TRANSLATE_NOOP("Settings", "list of your tools"),
        QT_TRANSLATE_NOOP("Settings", "a list of tools (tennis_ball, lacrosse_ball, foam_roller)"),
        _parse_tools,
        _dump_tools,
        _listed,
    ),
    "language": _Spec(
        QT_TRANSLATE_NOOP("Settings", "language"),
        QT_TRANSLATE_NOOP("Settings", '"system", "en" or "de"'),
        _one_of(LANGUAGES),
        _same,
        lambda value: translate("Settings", "the system's") if value == "system" else str(value),
    ),
}


def _voice_amount(value: object) -> Amount:
    if not isinstance(value, str):
        raise _InvalidError
    try:
        return Amount(value)
    except ValueError as error:
        raise _InvalidError from error


def _dump_amount(value: object) -> str:
    if not isinstance(value, Amount):
        raise _InvalidError
    return value.value


# Voice names are short ("English (Great Britain)", "Bob"); a longer one or one
# with control characters is not a name a speech engine gave.
MAX_VOICE_NAME = 200


def _voice_name(value: object) -> str:
    if not isinstance(value, str) or not 0 < len(value) <= MAX_VOICE_NAME:
        raise _InvalidError
    if not value.isprintable() or value != value.strip():
        raise _InvalidError
    return value


_SPECS = {
    **_SPECS,
    "voice_on": _Spec(
        QT_TRANSLATE_NOOP("Settings", "spoken coach"),
        QT_TRANSLATE_NOOP("Settings", "true or false"),
        _boolean,
        _same,
        _on_off,
    ),
    "voice_offered": _Spec(
        QT_TRANSLATE_NOOP("Settings", "note that the spoken coach was offered"),
        QT_TRANSLATE_NOOP("Settings", "true or false"),
        _boolean,
        _same,
        _on_off,
    ),
    "voice_amount": _Spec(
        QT_TRANSLATE_NOOP("Settings", "amount the coach says"),
        QT_TRANSLATE_NOOP("Settings", '"minimal", "normal" or "every_minute"'),
        _voice_amount,
        _dump_amount,
        lambda value: value.value,
    ),
    "voice_name": _Spec(
        QT_TRANSLATE_NOOP("Settings", "coach's voice"),
        QT_TRANSLATE_NOOP("Settings", "the name of a voice, or null for the default one"),
        _optional(_voice_name),
        _same,
        lambda value: translate("Settings", "the default voice") if value is None else value,
    ),
    "voice_rate": _Spec(
        QT_TRANSLATE_NOOP("Settings", "speed of the coach's voice"),
        QT_TRANSLATE_NOOP("Settings", "a whole number from -10 to 10"),
        _whole_number(-10, 10),
        _same,
        str,
    ),
    "voice_volume": _Spec(
        QT_TRANSLATE_NOOP("Settings", "volume of the coach's voice"),
        QT_TRANSLATE_NOOP("Settings", "a whole number from 0 to 100"),
        _whole_number(0, 100),
        _same,
        str,
    ),
    "window": _Spec(
        QT_TRANSLATE_NOOP("Settings", "window place"),
        QT_TRANSLATE_NOOP(
            "Settings", "a list of four whole numbers (x, y, width, height), or null"
        ),
        _optional(_window_place),
        _dump_window_place,
        lambda value: (
            translate("Settings", "the size that fits the screen")
            if value is None
            else str(list(value))
        ),
    ),
}


# Settings are a few hundred bytes; anything much larger is not a settings file,
# and reading it whole at start-up would only slow the window down.
MAX_SETTINGS_BYTES = 1 << 20

# Python refuses to turn longer digit strings into int (CVE-2020-10735); no
# setting needs more than a few digits anyway.
_MAX_DIGITS = 100


class _HugeNumber:
    """A whole number in the file too long to be read as one: never a valid value."""

    def __init__(self, digits: str) -> None:
        self.length = len(digits.lstrip("-"))


def _whole_or_huge(digits: str) -> int | _HugeNumber:
    return int(digits) if len(digits) <= _MAX_DIGITS else _HugeNumber(digits)


def _read(path: Path) -> bytes:
    """The file's bytes; a named pipe, a device or a huge file is refused (as
    OSError) instead of hanging the start or filling memory."""
    return read_regular_file(path, MAX_SETTINGS_BYTES)


def _parse(raw: bytes) -> tuple[Settings, list[str]]:
    try:
        data = json.loads(raw.decode("utf-8-sig"), parse_int=_whole_or_huge)
    except (UnicodeDecodeError, ValueError, RecursionError):
        # ValueError covers json.JSONDecodeError and numbers Python refuses.
        data = None
    if not isinstance(data, dict):
        return Settings(), [
            translate(
                "Settings",
                "Your settings file was damaged and could not be read, so all settings "
                "are back to their defaults.",
            )
        ]

    defaults = Settings()
    values: dict[str, Any] = {}
    problems: list[str] = []
    for name, spec in _SPECS.items():
        if name not in data:
            continue  # a file from an older version: the default is the right answer
        try:
            values[name] = spec.parse(data[name])
        except _InvalidError:
            if name in _SAFETY_ANSWER:
                problems.append(_safety_answer_problem(spec, data[name]))
                continue
            default = getattr(defaults, name)
            problems.append(
                translate(
                    "Settings",
                    "The {setting} in your settings was {value}, which is not {expected}; "
                    "it is back to {default}.",
                ).format(
                    setting=translate("Settings", spec.label),
                    value=_shown(data[name]),
                    expected=spec.expected_text(),
                    default=spec.describe_default(default),
                )
            )
    if any(name in data and name not in values for name in _SAFETY_ANSWER):
        # Part of the safety answer cannot be read, so what the person answered
        # is unknown: falling back to "nothing applies" would let sessions press
        # where they said not to. Without a date the check is asked again.
        values.pop("safety_confirmed_on", None)
    return Settings(**values), problems


# The settings that hold the person's answer to the safety check. A garbled one
# is never replaced by a default: the answer is unknown, so the check is due.
_SAFETY_ANSWER = ("safety_conditions", "avoided_areas")


def _safety_answer_problem(spec: _Spec, value: object) -> str:
    return translate(
        "Settings",
        "The {setting} in your settings was {value}, which is not {expected}. Your answer "
        "is unknown, so the safety check will be asked again before your next session.",
    ).format(
        setting=translate("Settings", spec.label),
        value=_shown(value),
        expected=spec.expected_text(),
    )


def _shown(value: object) -> str:
    """A short quote of a value from the file, safe to show and print: one line,
    no lone surrogates, never more than 40 characters."""
    if isinstance(value, _HugeNumber):
        return translate("Settings", "a number of %n digit(s)", None, value.length)
    try:
        text = json.dumps(value, ensure_ascii=False, default=lambda _: "...")
    except (ValueError, RecursionError):
        text = "a list" if isinstance(value, list) else "an object"
    # A lone surrogate (valid JSON, "\ud800") cannot be printed or shown as is.
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text if len(text) <= 40 else text[:37] + "..."


def _keep_copy(config_dir: Path, raw: bytes, now: datetime) -> Path | None:
    candidate = _free_name(config_dir, now)
    if candidate is None:
        return None
    try:
        write_atomically(candidate, raw)
    except OSError:
        return None
    return candidate


def _free_name(config_dir: Path, now: datetime) -> Path | None:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    for attempt in range(1, 100):
        suffix = "" if attempt == 1 else f"-{attempt}"
        candidate = config_dir / f"settings.bad-{stamp}{suffix}.json"
        if not candidate.exists() and not candidate.is_symlink():
            return candidate
    return None
