"""The history as a file a person can keep: the JSON backup format and a CSV export.

Both work on the plain values the store hands out (`SessionRecord`, `HoldRecord`,
`Routine`), so nothing here needs the database.

The JSON backup format, version 1
=================================

One UTF-8 JSON object::

    {
      "format": "unknot-history",
      "version": 1,
      "rest_days": ["2026-01-10", ...],           # optional: days marked as rest
      "sessions": [
        {
          "id": "3f2a9c...",                        # unique in the file; any letters,
                                                    # digits, "-", "_" or "." (1-64)
          "started_at": "2026-01-05T07:30:00+01:00",  # ISO 8601 with the UTC offset
          "time_zone": "Europe/Berlin",               # IANA zone it was recorded in
          "local_date": "2026-01-05",    # optional: the date of started_at, as written
          "kind": "focus",               # "focus" | "scan"
          "outcome": "completed",        # "completed" | "stopped_pain" | "interrupted"
          "ended_at": "2026-01-05T07:41:10+01:00",    # optional, or null
          "note": "after the run",       # optional, or null
          "holds": [
            {
              "area": "calves",          # head jaw neck shoulders arms lower_back
                                         # hips quads calves feet
              "side": "left",            # "left" | "right" | "both" | null
              "tool": "foam_roller",     # hands tennis_ball lacrosse_ball foam_roller
              "tools_tried": ["foam_roller"],  # optional: the tools on the spot, in order
              "planned_seconds": 120,    # whole seconds, 1-3600
              "held_seconds": 118.4,     # seconds actually held, pauses excluded, 0-3600
              "released": false,         # ended early because the spot let go
              "tenderness_before": 6,    # 0-10, or null when not rated
              "tenderness_after": 3,     # 0-10, or null
              "started_at": "2026-01-05T07:31:02+01:00",
              "ended_at": "2026-01-05T07:33:01+01:00"  # optional: started_at + held_seconds
            }
          ]
        }
      ],
      "routines": [                      # optional: saved plans
        {"name": "desk neck",
         "spots": [{"area": "neck", "side": "left", "tenderness": 5}]}
      ],
      "cues": [                          # optional: the person's own cue per position
        {"area": "calves", "tool": "foam_roller", "text": "the wall by the door"}
      ]
    }

Rules a reader can rely on:

- Sessions are written oldest first, rest days and routines in order; the same
  history always gives the same bytes, so two backups can be compared with `diff`.
- `local_date`, when present, must be the calendar date of `started_at` as written
  (before any day-start hour); when absent it is taken from `started_at`.
- `tools_tried` lists the tools that were on the body, in order: a tool the
  person went back to is listed again, and the last one is `tool` (left out, it
  is just `tool`). A list that ends on another tool, as Unknot 0.1 wrote after
  "Too much", is read with `tool` added at its end, and a tool listed twice in a
  row is read once.
- An `outcome` of null (the session was still running when the file was written)
  is imported as "interrupted", ending at its `ended_at` or else where its last
  hold ended (where it started, with no holds), as the history closes a session
  whose app stopped; a restore of a `.sqlite3` copy does the same. So an import
  never creates a running session, and export -> import -> export is stable.
- An `ended_at` (of a session or a hold) before its `started_at` is refused; so
  is a NUL character in any text, like half of a character (a lone surrogate).
- Keys not listed here are ignored, so later versions can add fields within
  version 1. A file with a higher `version` is refused rather than half-read.
- Years 1970-2200 and offsets up to 14 hours are accepted; `time_zone` must be
  a zone in the IANA database; `side` "left"/"right" only on areas that have two
  sides; a routine names each spot once, and routine names are unique.
- A cue's `tool` must be on the ladder of its `area`, each position has one cue
  at most, and its `text` is one line of 1-120 characters with no control
  characters (spaces at either end are trimmed when it is read). Files
  written before cues existed have no `cues` and import as they did.
- A note holds at most 10,000 characters and a routine's name at most 200, and
  text must be whole characters (a lone UTF-16 surrogate such as "\\ud800" is
  refused): the store keeps the same limits, so what is read can be written.

Import checks the whole file before anything is written and names every problem
with where it is, for example ``sessions[3].holds[0].tool: unknown tool "golf_ball"``.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any, TypeVar, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from unknot.core.areas import AreaId, Side, Tool, area
from unknot.core.cues import MAX_CUE_LENGTH, Cue, CueError, check_position, clean_cue
from unknot.core.formats import count_text
from unknot.core.plans import Routine, Selection, Spot
from unknot.core.records import (
    MAX_NOTE_LENGTH,
    MAX_RECORDED_SECONDS,
    MAX_ROUTINE_NAME_LENGTH,
    TENDERNESS_MAX,
    TENDERNESS_MIN,
    HoldRecord,
    Outcome,
    SessionKind,
    SessionRecord,
    check_text,
    closed_as_interrupted,
    tool_history,
)
from unknot.store.migrations import SQLITE_MAGIC

FORMAT_NAME = "unknot-history"
FORMAT_VERSION = 1

# The store keeps to the same limits (see unknot.core.records), so whatever it
# holds, its backup reads back.
MAX_HOLD_SECONDS = MAX_RECORDED_SECONDS
EARLIEST_YEAR = 1970
LATEST_YEAR = 2200
MAX_OFFSET = timedelta(hours=14)

_T = TypeVar("_T")
_E = TypeVar("_E", bound=StrEnum)


class ExchangeError(ValueError):
    """A file that cannot be imported. `problems` lists every one found, each
    starting with where it is; str() is the first, with a count of the rest."""

    def __init__(self, problems: Sequence[str]) -> None:
        if not problems:
            raise ValueError("an ExchangeError needs at least one problem")
        self.problems = tuple(problems)
        more = len(problems) - 1
        suffix = f" (and {count_text(more, 'more problem')})" if more else ""
        super().__init__(problems[0] + suffix)


@dataclass(frozen=True)
class ParsedHistory:
    sessions: tuple[SessionRecord, ...]
    rest_days: tuple[date, ...]
    routines: tuple[Routine, ...] = ()
    cues: tuple[Cue, ...] = ()


# --- writing -----------------------------------------------------------------------


def to_json(
    sessions: Iterable[SessionRecord],
    rest_days: Iterable[date],
    routines: Iterable[Routine] = (),
    cues: Iterable[Cue] = (),
) -> dict[str, Any]:
    """The history as a JSON-ready object in the backup format. A session still
    running (or left open by a crash) is written as a restore would store it,
    interrupted (`closed_as_interrupted`), so export → import → export is stable."""
    ordered = sorted(map(closed_as_interrupted, sessions), key=lambda s: (s.started_at, s.id))
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "rest_days": [day.isoformat() for day in sorted(set(rest_days))],
        "sessions": [_session_to_json(session) for session in ordered],
        "routines": [
            _routine_to_json(r) for r in sorted(routines, key=lambda r: (r.name.casefold(), r.name))
        ],
        "cues": [
            {"area": cue.area.value, "tool": cue.tool.value, "text": cue.text}
            for cue in sorted(cues, key=_cue_order)
        ],
    }


def _cue_order(cue: Cue) -> tuple[int, int]:
    # Areas and tools as they are listed (the body from head to feet), so the
    # same cues always give the same bytes.
    return list(AreaId).index(cue.area), list(Tool).index(cue.tool)


def to_json_text(
    sessions: Iterable[SessionRecord],
    rest_days: Iterable[date],
    routines: Iterable[Routine] = (),
    cues: Iterable[Cue] = (),
) -> str:
    """The backup file's text: stable, indented, UTF-8 ready, ending in a newline."""
    body = to_json(sessions, rest_days, routines, cues)
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n"


def _session_to_json(session: SessionRecord) -> dict[str, Any]:
    return {
        "id": session.id,
        "started_at": session.started_at.isoformat(),
        "time_zone": session.time_zone,
        "local_date": session.local_date.isoformat(),
        "kind": session.kind.value,
        "outcome": None if session.outcome is None else session.outcome.value,
        "ended_at": None if session.ended_at is None else session.ended_at.isoformat(),
        "note": session.note,
        "holds": [_hold_to_json(hold) for hold in session.holds],
    }


def _hold_to_json(hold: HoldRecord) -> dict[str, Any]:
    return {
        "area": hold.area.value,
        "side": None if hold.side is None else hold.side.value,
        "tool": hold.tool.value,
        "tools_tried": [tool.value for tool in hold.tools_tried],
        "planned_seconds": hold.planned_seconds,
        "held_seconds": float(hold.held_seconds),
        "released": hold.released,
        "tenderness_before": hold.tenderness_before,
        "tenderness_after": hold.tenderness_after,
        "started_at": hold.started_at.isoformat(),
        "ended_at": hold.ended_at.isoformat(),
    }


def _routine_to_json(routine: Routine) -> dict[str, Any]:
    return {
        "name": routine.name,
        "spots": [
            {
                "area": selection.spot.area.value,
                "side": selection.spot.side.value,
                "tenderness": selection.tenderness,
            }
            for selection in routine.selections
        ],
    }


CSV_COLUMNS = (
    "session_id",
    "session_started_at",
    "time_zone",
    "local_date",
    "kind",
    "outcome",
    "session_ended_at",
    "note",
    "hold_number",
    "area",
    "side",
    "tool",
    "tools_tried",
    "planned_seconds",
    "held_seconds",
    "released",
    "tenderness_before",
    "tenderness_after",
    "hold_started_at",
    "hold_ended_at",
)

# Spreadsheet programs read a CSV file without a byte-order mark in the
# system's legacy code page, so "müde" shows as "mÃ¼de"; with it, as UTF-8.
CSV_BOM = "\ufeff"

# A spreadsheet runs a cell that starts with one of these as a formula (or a DDE
# command), also after spaces or line breaks it skips, and some read the
# full-width and small forms (typed with an East Asian input method) the same way.
_FORMULA_TRIGGERS = frozenset("=+-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b")
# A cell starting with these is escaped whatever follows: some programs take them
# for a cell or line break and read on from what comes after.
_ESCAPED_STARTS = ("\t", "\r")


def to_csv(sessions: Iterable[SessionRecord]) -> str:
    """One row per hold with its session's columns, oldest first; a session with
    no holds gets one row with the hold columns empty. Starts with a UTF-8
    byte-order mark (`CSV_BOM`) so spreadsheets read it as UTF-8; rows end in
    CRLF. Safe to open in a spreadsheet: no cell can start a formula. A session
    still running is written as interrupted, as in the JSON backup."""
    out = io.StringIO()
    out.write(CSV_BOM)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for session in sorted(map(closed_as_interrupted, sessions), key=lambda s: (s.started_at, s.id)):
        session_cells = [
            session.id,
            session.started_at.isoformat(),
            session.time_zone,
            session.local_date.isoformat(),
            session.kind.value,
            "" if session.outcome is None else session.outcome.value,
            "" if session.ended_at is None else session.ended_at.isoformat(),
            session.note or "",
        ]
        if not session.holds:
            writer.writerow(
                [csv_cell(cell) for cell in session_cells]
                + [""] * (len(CSV_COLUMNS) - len(session_cells))
            )
        for number, hold in enumerate(session.holds, start=1):
            hold_cells = [
                str(number),
                hold.area.value,
                "" if hold.side is None else hold.side.value,
                hold.tool.value,
                " > ".join(tool.value for tool in hold.tools_tried),
                str(hold.planned_seconds),
                f"{hold.held_seconds:.1f}",
                "true" if hold.released else "false",
                _optional_number(hold.tenderness_before),
                _optional_number(hold.tenderness_after),
                hold.started_at.isoformat(),
                hold.ended_at.isoformat(),
            ]
            writer.writerow([csv_cell(cell) for cell in session_cells + hold_cells])
    return out.getvalue()


def csv_cell(text: str) -> str:
    """`text` made safe for a spreadsheet cell: a leading apostrophe (which a
    spreadsheet shows as plain text and hides) when it could start a formula."""
    if text.startswith(_ESCAPED_STARTS):
        return "'" + text
    for character in text:
        if _skipped_before_a_formula(character):
            continue
        return "'" + text if character in _FORMULA_TRIGGERS else text
    return text


def _skipped_before_a_formula(character: str) -> bool:
    # Spaces and line breaks of every kind, control and invisible format
    # characters (zero-width space, byte-order mark): a spreadsheet may drop
    # them and read what follows as the start of the cell.
    return character.isspace() or unicodedata.category(character) in ("Cc", "Cf")


def _optional_number(value: int | None) -> str:
    return "" if value is None else str(value)


# --- reading -----------------------------------------------------------------------


def history_from_text(raw: str | bytes) -> ParsedHistory:
    """Parse and check a backup file's contents; raises ExchangeError for text
    that is not JSON as well as for JSON that is not a valid history."""
    if isinstance(raw, bytes):
        if raw.startswith(SQLITE_MAGIC):
            raise ExchangeError(
                [
                    "this is a copy of a history file, not a JSON backup; bring it back "
                    "with `unknot restore` (or File ▸ Restore from file…)"
                ]
            )
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ExchangeError(
                [f"the file is not UTF-8 text (byte {error.start} cannot be read)"]
            ) from None
    try:
        data = json.loads(raw, parse_constant=_refuse_constant, parse_int=_parse_int)
    except json.JSONDecodeError as error:
        if _looks_like_csv_table(raw):
            raise ExchangeError(
                [
                    "this is a CSV table, made for spreadsheets; only a JSON backup (or a "
                    ".sqlite3 copy of the history, with `unknot restore`) can be brought back"
                ]
            ) from None
        raise ExchangeError(
            [f"the file is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"]
        ) from None
    except ValueError as error:  # NaN / Infinity, or an integer too long to convert
        raise ExchangeError([f"the file is not valid JSON ({error})"]) from None
    except RecursionError:
        raise ExchangeError(["the file is not valid JSON (nested too deeply)"]) from None
    return history_from_json(data)


def _looks_like_csv_table(text: str) -> bool:
    """Whether `text` starts like a CSV table: Unknot's own (its header row) or any
    other with a few comma- or semicolon-separated cells on its first line."""
    first = text.lstrip(CSV_BOM).split("\n", 1)[0].strip()
    if first.startswith(",".join(CSV_COLUMNS[:3])):
        return True
    return not first.startswith(("{", "[")) and max(first.count(","), first.count(";")) >= 2


def _refuse_constant(name: str) -> object:
    raise ValueError(f"{name} is not a number JSON allows")


# Longer integers stand in as `_LongNumber`: no field takes one, and Python
# refuses to read integers over 4300 digits at all, which would leave the
# problem without the name of its field.
_MAX_INTEGER_DIGITS = 100


@dataclass(frozen=True)
class _LongNumber:
    """An integer in the file too long to be anything Unknot keeps."""

    digits: int
    negative: bool

    def __str__(self) -> str:
        sign = "a negative number" if self.negative else "a number"
        return f"{sign} {self.digits} digits long"


def _parse_int(text: str) -> int | _LongNumber:
    digits = len(text.lstrip("-"))
    if digits > _MAX_INTEGER_DIGITS:
        return _LongNumber(digits, text.startswith("-"))
    return int(text)


def history_from_json(data: object) -> ParsedHistory:
    """Check a decoded backup completely and return its values.

    Raises ExchangeError listing every problem found; nothing is returned (so
    nothing can be written) unless the whole file is valid.
    """
    problems: list[str] = []
    if not isinstance(data, dict):
        raise ExchangeError(
            [f"the file holds {_kind_of(data)}, not an Unknot history (a JSON object)"]
        )
    _check_format(data, problems)
    if problems:
        # A different or newer format: its other fields would only add noise.
        raise ExchangeError(problems)

    top = _Fields(data, "", problems)
    raw_rest_days: list[object] = top.optional("rest_days", _list, [])
    raw_sessions = top.required("sessions", _list)
    raw_routines: list[object] = top.optional("routines", _list, [])
    raw_cues: list[object] = top.optional("cues", _list, [])

    rest_days = _rest_days(raw_rest_days or [], problems)
    sessions = _sessions(raw_sessions or [], problems)
    routines = _routines(raw_routines or [], problems)
    cues = _cues(raw_cues or [], problems)
    if problems:
        raise ExchangeError(problems)
    return ParsedHistory(tuple(sessions), tuple(rest_days), tuple(routines), tuple(cues))


def _check_format(data: Mapping[str, object], problems: list[str]) -> None:
    name = data.get("format")
    if name != FORMAT_NAME:
        shown = "missing" if name is None else f"{_shown(name)}"
        problems.append(
            f'format: this is not an Unknot history (format is {shown}, not "{FORMAT_NAME}")'
        )
        return
    version = data.get("version")
    whole = isinstance(version, int) and not isinstance(version, bool)
    if isinstance(version, _LongNumber):
        # Only its sign matters: far beyond this version, or far below 1.
        newer = not version.negative
    else:
        newer = whole and cast(int, version) > FORMAT_VERSION
    if newer:
        which = (
            f"a format version {version.digits} digits long"
            if isinstance(version, _LongNumber)
            else f"format version {_shown(version)}"
        )
        problems.append(
            f"version: this history was written by a newer Unknot ({which}); "
            f"this one reads version {FORMAT_VERSION} and older, so please update Unknot"
        )
    elif isinstance(version, _LongNumber) or (whole and cast(int, version) < 1):
        problems.append(f"version: {_shown(version)} is not a version of the format")
    elif not whole:
        problems.append(f"version: expected a whole number, found {_shown(version)}")


class _FieldError(ValueError):
    """A field value that cannot be used; str() says why, without the place."""


class _Fields:
    """Reads one JSON object's fields, recording each problem with its place and
    carrying on, so one pass reports everything that is wrong."""

    def __init__(self, data: Mapping[str, object], where: str, problems: list[str]) -> None:
        self._data = data
        self._where = where
        self._problems = problems
        self.failed = False

    def place(self, key: str) -> str:
        return f"{self._where}.{key}" if self._where else key

    def fail(self, key: str, message: str) -> None:
        self.failed = True
        self._problems.append(f"{self.place(key)}: {message}")

    def required(self, key: str, parse: Callable[[object], _T]) -> _T:
        if key not in self._data:
            self.fail(key, "missing")
            # Only read when nothing failed, which `failed` now rules out.
            return cast(_T, None)
        return self._parse(key, parse)

    def optional(self, key: str, parse: Callable[[object], _T], default: _T) -> _T:
        if key not in self._data or self._data[key] is None:
            return default
        return self._parse(key, parse)

    def _parse(self, key: str, parse: Callable[[object], _T]) -> _T:
        try:
            return parse(self._data[key])
        except _FieldError as error:
            self.fail(key, str(error))
            return cast(_T, None)


def _rest_days(raw: list[object], problems: list[str]) -> list[date]:
    days: list[date] = []
    seen: dict[date, int] = {}
    for index, item in enumerate(raw):
        where = f"rest_days[{index}]"
        try:
            day = _date(item)
        except _FieldError as error:
            problems.append(f"{where}: {error}")
            continue
        if day in seen:
            problems.append(
                f"{where}: {day.isoformat()} is listed twice (also rest_days[{seen[day]}])"
            )
            continue
        seen[day] = index
        days.append(day)
    return days


def _sessions(raw: list[object], problems: list[str]) -> list[SessionRecord]:
    sessions: list[SessionRecord] = []
    ids: dict[str, int] = {}
    for index, item in enumerate(raw):
        where = f"sessions[{index}]"
        if not isinstance(item, dict):
            problems.append(f"{where}: expected an object, found {_kind_of(item)}")
            continue
        session = _session(item, where, problems)
        if session is None:
            continue
        if session.id in ids:
            problems.append(
                f"{where}.id: {_shown(session.id)} is also the id of sessions[{ids[session.id]}]"
            )
            continue
        ids[session.id] = index
        sessions.append(session)
    return sessions


def _session(data: Mapping[str, object], where: str, problems: list[str]) -> SessionRecord | None:
    fields = _Fields(data, where, problems)
    session_id = fields.required("id", _identifier)
    started_at = fields.required("started_at", _instant)
    time_zone = fields.required("time_zone", _zone)
    local_date = fields.optional("local_date", _date, None)
    kind = fields.required("kind", _choice(SessionKind, "session kind"))
    outcome = fields.required("outcome", _nullable(_choice(Outcome, "outcome")))
    ended_at = fields.optional("ended_at", _instant, None)
    note = fields.optional("note", _note, None)
    raw_holds = fields.required("holds", _list)

    holds: list[HoldRecord] = []
    for index, item in enumerate(raw_holds or []):
        hold_where = f"{where}.holds[{index}]"
        if not isinstance(item, dict):
            fields.failed = True
            problems.append(f"{hold_where}: expected an object, found {_kind_of(item)}")
            continue
        hold = _hold(item, hold_where, problems)
        if hold is None:
            fields.failed = True
        else:
            holds.append(hold)

    if started_at is not None and local_date is not None and local_date != started_at.date():
        fields.fail(
            "local_date",
            f"{local_date.isoformat()} is not the date of started_at "
            f"({started_at.date().isoformat()})",
        )
    _check_order(fields, started_at, ended_at)
    if fields.failed:
        return None
    # Whoever was recording it is not writing to this file: it ended there.
    return closed_as_interrupted(
        SessionRecord(
            id=session_id,
            kind=kind,
            outcome=outcome,
            started_at=started_at,
            time_zone=time_zone,
            local_date=started_at.date(),
            ended_at=ended_at,
            note=note,
            holds=tuple(holds),
        )
    )


def _check_order(fields: _Fields, started_at: datetime | None, ended_at: datetime | None) -> None:
    if started_at is not None and ended_at is not None and ended_at < started_at:
        fields.fail(
            "ended_at",
            f"{ended_at.isoformat()} is before started_at ({started_at.isoformat()})",
        )


def _hold(data: Mapping[str, object], where: str, problems: list[str]) -> HoldRecord | None:
    fields = _Fields(data, where, problems)
    area_id = fields.required("area", _choice(AreaId, "area"))
    side = fields.required("side", _nullable(_choice(Side, "side")))
    tool = fields.required("tool", _choice(Tool, "tool"))
    tools_tried = fields.optional("tools_tried", _tools, None)
    planned = fields.required("planned_seconds", _whole_seconds)
    held = fields.required("held_seconds", _seconds)
    released = fields.required("released", _boolean)
    before = fields.required("tenderness_before", _tenderness)
    after = fields.required("tenderness_after", _tenderness)
    started_at = fields.required("started_at", _instant)
    ended_at = fields.optional("ended_at", _instant, None)

    if area_id is not None and side in (Side.LEFT, Side.RIGHT) and not area(area_id).paired:
        fields.fail(
            "side", f'{_shown(side.value)} is not a side of the {area_id.value}: use "both" or null'
        )
    _check_order(fields, started_at, ended_at)
    if fields.failed:
        return None
    return HoldRecord(
        area=area_id,
        side=side,
        tool=tool,
        # Backups written by 0.1 may end the list on another tool than "tool":
        # read as it happened rather than refused.
        tools_tried=tool_history(tools_tried or (), tool),
        planned_seconds=planned,
        held_seconds=held,
        released=released,
        tenderness_before=before,
        tenderness_after=after,
        started_at=started_at,
        ended_at=ended_at if ended_at is not None else started_at + timedelta(seconds=held),
    )


def _routines(raw: list[object], problems: list[str]) -> list[Routine]:
    routines: list[Routine] = []
    names: dict[str, int] = {}
    for index, item in enumerate(raw):
        where = f"routines[{index}]"
        if not isinstance(item, dict):
            problems.append(f"{where}: expected an object, found {_kind_of(item)}")
            continue
        fields = _Fields(item, where, problems)
        name = fields.required("name", _routine_name)
        raw_spots = fields.required("spots", _list)
        selections: list[Selection] = []
        seen: dict[Spot, int] = {}
        for spot_index, raw_spot in enumerate(raw_spots or []):
            spot_where = f"{where}.spots[{spot_index}]"
            selection = _selection(raw_spot, spot_where, problems)
            if selection is None:
                fields.failed = True
            elif selection.spot in seen:
                fields.failed = True
                problems.append(
                    f"{spot_where}: {selection.spot.name} is already "
                    f"{where}.spots[{seen[selection.spot]}]"
                )
            else:
                seen[selection.spot] = spot_index
                selections.append(selection)
        if raw_spots is not None and not raw_spots:
            fields.fail("spots", "a routine needs at least one spot")
        if name is not None and name in names:
            fields.fail("name", f"{_shown(name)} is also the name of routines[{names[name]}]")
        if fields.failed:
            continue
        names[name] = index
        routines.append(Routine(name, tuple(selections)))
    return routines


def _cues(raw: list[object], problems: list[str]) -> list[Cue]:
    cues: list[Cue] = []
    seen: dict[tuple[AreaId, Tool], int] = {}
    for index, item in enumerate(raw):
        where = f"cues[{index}]"
        if not isinstance(item, dict):
            problems.append(f"{where}: expected an object, found {_kind_of(item)}")
            continue
        fields = _Fields(item, where, problems)
        area_id = fields.required("area", _choice(AreaId, "area"))
        tool = fields.required("tool", _choice(Tool, "tool"))
        text = fields.required("text", _cue_text)
        if fields.failed:
            continue
        try:
            check_position(area_id, tool)
        except CueError:
            fields.fail("tool", f"{_shown(tool.value)} is not on the ladder of the {area_id.value}")
            continue
        key = (area_id, tool)
        if key in seen:
            fields.fail(
                "tool",
                f"the {area_id.value} with the {tool.value} already has a cue (cues[{seen[key]}])",
            )
            continue
        seen[key] = index
        cues.append(Cue(area_id, tool, text))
    return cues


def _cue_text(value: object) -> str:
    if not isinstance(value, str):
        raise _FieldError(f"expected text, found {_kind_of(value)}")
    try:
        cleaned = clean_cue(value)
    except CueError:
        if len(value.strip()) > MAX_CUE_LENGTH:
            raise _FieldError(
                f"{len(value.strip())} characters, more than the {MAX_CUE_LENGTH} a cue can hold"
            ) from None
        raise _FieldError(
            f"{_shown(value)} holds a control character or a line break; a cue is one line"
        ) from None
    if cleaned is None:
        raise _FieldError("a cue needs some text; leave the entry out instead")
    # Read trimmed, as the store keeps it; so a file edited by hand still reads.
    return cleaned


def _selection(raw: object, where: str, problems: list[str]) -> Selection | None:
    if not isinstance(raw, dict):
        problems.append(f"{where}: expected an object, found {_kind_of(raw)}")
        return None
    fields = _Fields(raw, where, problems)
    area_id = fields.required("area", _choice(AreaId, "area"))
    side = fields.required("side", _choice(Side, "side"))
    tenderness = fields.optional("tenderness", _tenderness, None)
    if fields.failed:
        return None
    try:
        spot = Spot(area_id, side)
    except ValueError:
        fields.fail(
            "side", f'{_shown(side.value)} is not a side of the {area_id.value}: use "both"'
        )
        return None
    return Selection(spot, tenderness)


# --- single values -------------------------------------------------------------------

_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")
_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")


def _list(value: object) -> list[object]:
    if not isinstance(value, list):
        raise _FieldError(f"expected a list, found {_kind_of(value)}")
    return value


def _identifier(value: object) -> str:
    if not isinstance(value, str):
        raise _FieldError(f"expected a text id, found {_kind_of(value)}")
    if not _ID.fullmatch(value):
        raise _FieldError(f"{_shown(value)} is not an id (1-64 letters, digits, '-', '_' or '.')")
    return value


def _date(value: object) -> date:
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise _FieldError(f'expected a date written "YYYY-MM-DD", found {_shown(value)}')
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise _FieldError(f"{_shown(value)} is not a date on the calendar") from None
    if not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
        raise _FieldError(f"{_shown(value)} is not between {EARLIEST_YEAR} and {LATEST_YEAR}")
    return day


def _instant(value: object) -> datetime:
    if not isinstance(value, str):
        raise _FieldError(f"expected a date and time (ISO 8601), found {_kind_of(value)}")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise _FieldError(f"{_shown(value)} is not an ISO 8601 date and time") from None
    offset = moment.utcoffset()
    if offset is None:
        raise _FieldError(
            f"{_shown(value)} has no UTC offset (write it like 2026-01-05T07:30:00+01:00)"
        )
    if abs(offset) > MAX_OFFSET:
        raise _FieldError(f"{_shown(value)} has a UTC offset of more than 14 hours")
    if offset % timedelta(seconds=1):
        # The store keeps offsets in whole seconds, as every zone has them.
        raise _FieldError(f"{_shown(value)} has a UTC offset with a fraction of a second")
    if not EARLIEST_YEAR <= moment.year <= LATEST_YEAR:
        raise _FieldError(f"{_shown(value)} is not between {EARLIEST_YEAR} and {LATEST_YEAR}")
    return moment


_MAX_ZONE_NAME_LENGTH = 200


def _zone(value: object) -> str:
    if not isinstance(value, str):
        raise _FieldError(f"expected an IANA time zone name, found {_kind_of(value)}")
    try:
        check_text(value, _MAX_ZONE_NAME_LENGTH)
        ZoneInfo(value)
    # OSError: a name that is a folder of the zone database ("America"), or too
    # long for a file name.
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise _FieldError(f"unknown time zone {_shown(value)}") from None
    return value


def _choice(kind: type[_E], label: str) -> Callable[[object], _E]:
    def parse(value: object) -> _E:
        if not isinstance(value, str):
            raise _FieldError(f"expected a {label} name, found {_kind_of(value)}")
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(member.value for member in kind)
            raise _FieldError(f"unknown {label} {_shown(value)} (one of: {allowed})") from None

    return parse


def _nullable(parse: Callable[[object], _T]) -> Callable[[object], _T | None]:
    return lambda value: None if value is None else parse(value)


def _tools(value: object) -> tuple[Tool, ...]:
    items = _list(value)
    if not items:
        raise _FieldError("the list is empty; leave it out, or list at least the tool used")
    parse = _choice(Tool, "tool")
    tools: list[Tool] = []
    for index, item in enumerate(items):
        try:
            tools.append(parse(item))
        except _FieldError as error:
            raise _FieldError(f"item {index}: {error}") from None
    return tuple(tools)


def _number(value: object) -> float:
    if isinstance(value, _LongNumber):
        raise _FieldError(f"{value} is far out of range")
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _FieldError(f"expected a number, found {_kind_of(value)}")
    # Integers are compared as they are: one too large for a float would overflow.
    if isinstance(value, float) and not math.isfinite(value):
        raise _FieldError("expected a finite number")
    return value


def _whole_seconds(value: object) -> int:
    number = _number(value)
    if not isinstance(number, int):
        raise _FieldError(f"expected a whole number of seconds, found {_shown(value)}")
    if not 1 <= number <= MAX_HOLD_SECONDS:
        raise _FieldError(f"{number} is not from 1 to {MAX_HOLD_SECONDS} seconds")
    return number


def _seconds(value: object) -> float:
    number = _number(value)
    if not 0 <= number <= MAX_HOLD_SECONDS:
        raise _FieldError(f"{_shown(value)} is not from 0 to {MAX_HOLD_SECONDS} seconds")
    # + 0.0 turns -0.0 into 0.0, which is what the store gives back.
    return float(number) + 0.0


def _boolean(value: object) -> bool:
    if not isinstance(value, bool):
        raise _FieldError(f"expected true or false, found {_shown(value)}")
    return value


def _tenderness(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise _FieldError(f"expected a whole number from 0 to 10 or null, found {_shown(value)}")
    if not TENDERNESS_MIN <= value <= TENDERNESS_MAX:
        raise _FieldError(f"{value} is not from {TENDERNESS_MIN} to {TENDERNESS_MAX}")
    return value


def _note(value: object) -> str:
    if not isinstance(value, str):
        raise _FieldError(f"expected text or null, found {_kind_of(value)}")
    return _text(value, MAX_NOTE_LENGTH)


def _routine_name(value: object) -> str:
    if not isinstance(value, str):
        raise _FieldError(f"expected text, found {_kind_of(value)}")
    if not value.strip():
        raise _FieldError("a routine needs a name")
    return _text(value, MAX_ROUTINE_NAME_LENGTH)


def _text(value: str, max_length: int) -> str:
    """Text the store can keep: the same check it makes when it writes."""
    try:
        return check_text(value, max_length)
    except ValueError as error:
        raise _FieldError(str(error)) from None


def _kind_of(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f"the text {_shown(value)}"
    if isinstance(value, int | float):
        return f"the number {_shown(value)}"
    if isinstance(value, _LongNumber):
        return str(value)
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


# Characters that would break a message's one line or cannot be printed at all:
# shown as JSON escapes, as they may well be written in the file.
_UNPRINTABLE = re.compile(r"[\ud800-\udfff\x85\u2028\u2029]")


def _shown(value: object) -> str:
    """A value as it would appear in the file, on one line and cut short."""
    if isinstance(value, list | dict):
        # Not printed: it may be nested deeper than printing can go.
        return _kind_of(value)
    if isinstance(value, _LongNumber):
        return str(value)
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 200:
        # Printing an integer of thousands of digits is slow, or refused outright.
        return f"a number about {int(value.bit_length() * math.log10(2)) + 1} digits long"
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = type(value).__name__
    text = _UNPRINTABLE.sub(lambda match: f"\\u{ord(match[0]):04x}", text)
    return text if len(text) <= 60 else text[:57] + "..."
