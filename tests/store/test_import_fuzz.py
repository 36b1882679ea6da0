"""Bad input is refused at the door: a backup bent every which way either imports
and reads back exactly, or is refused with one plain line naming the field.

Nothing the importer accepts may fail when it is written (an integer of 4,300
digits, half a character in a note), and nothing it refuses may come out as
anything but an ExchangeError.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests.records import hold, session
from tests.store.helpers import scratch_folder
from unknot import cli
from unknot.core.areas import AreaId, Side, Tool
from unknot.core.plans import Routine, Selection, Spot
from unknot.core.records import SessionKind
from unknot.store import History, HistoryError
from unknot.store.data_files import backup_json_text
from unknot.store.exchange import (
    ExchangeError,
    ParsedHistory,
    history_from_json,
    history_from_text,
    to_csv,
    to_json_text,
)

START = datetime(2026, 3, 1, 7, 30, tzinfo=UTC)
HUGE = 10**4299  # 4,300 digits: the longest integer Python reads from text by default


def valid_backup() -> dict[str, Any]:
    """A backup as the window writes it, with every kind of field filled in."""
    first = session(
        "3f2a9c51d0e84b7f9a6c2e1d5b4a8f70",
        START,
        note="after the run",
        holds=(
            hold(START, tools_tried=(Tool.FOAM_ROLLER, Tool.LACROSSE_BALL, Tool.FOAM_ROLLER)),
            hold(
                START + timedelta(minutes=3),
                area=AreaId.HEAD,
                side=None,
                tools_tried=(Tool.HANDS,),
                tenderness_after=None,
                released=True,
            ),
        ),
    )
    second = session("9b1e77c4a2f04d0c8e3b6a5f1d2c9e08", START + timedelta(days=1))
    routine = Routine(
        "desk neck",
        (Selection(Spot(AreaId.NECK, Side.LEFT), 5), Selection(Spot(AreaId.JAW, Side.BOTH))),
    )
    text = backup_json_text([first, second], [date(2026, 3, 2), date(2026, 3, 5)], [routine])
    data: dict[str, Any] = json.loads(text)
    return data


# --- the fuzz -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Raw:
    """JSON text put in the file as it is: what json.dumps will not write (an
    integer of more than 4,300 digits, NaN, nesting deeper than it goes)."""

    text: str


_huge_integers = st.builds(
    lambda digits, first, negative: ("-" if negative else "") + str(first) + "0" * (digits - 1),
    st.integers(17, 5000),
    st.integers(1, 9),
    st.booleans(),
).map(Raw)
_raw = st.one_of(
    _huge_integers,
    st.sampled_from(["NaN", "Infinity", "-Infinity", "1e400", "-0.0", "1E-400", "-0", "0.5e1"]).map(
        Raw
    ),
    st.integers(1, 3000).map(lambda depth: Raw("[" * depth + "]" * depth)),
)
# Values that look right, to get past the first checks into the later ones.
_plausible = st.sampled_from(
    [
        "hands",
        "tennis_ball",
        "left",
        "both",
        "neck",
        "scan",
        "stopped_pain",
        "2026-03-29",
        "1969-12-31",
        "2026-03-29T01:30:00+01:00",
        "2026-03-29T01:30:00+05:30:15",
        "2026-03-29T01:30:00+05:30:15.5",
        "2026-03-29T01:30:00-14:01",
        "2201-01-01T00:00:00+00:00",
        "America",
        "Europe/Berlin",
        "posix/Europe/Berlin",
        "",
        " ",
        "=1+1",
        "\x00",
        "\ud800",
        "x\udfff",
        "\u2028",
        "müde",
        "🏃",
    ]
)
_leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(-10, 4000),
    st.sampled_from([1, -1]).map(lambda sign: sign * HUGE),
    st.integers(200, 5000).map(lambda length: "a" * length),
    st.floats(allow_nan=False, allow_infinity=False),
    st.floats(-1, 4000),
    st.text(max_size=12),
    st.text(st.characters(categories=["Cs", "Cc", "Zl", "Zp"]), max_size=4),
    _plausible,
    _raw,
)
_values = st.recursive(
    _leaves,
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(st.text(max_size=6) | _plausible, children, max_size=3)
    ),
    max_leaves=8,
)


def paths(data: object, where: str = "") -> Iterator[tuple[str, object, object]]:
    """(place, parent, key) of every value in the document, the root included
    (its parent None); places are written the way problems name them."""
    if isinstance(data, dict):
        for key, value in data.items():
            place = f"{where}.{key}" if where else key
            yield place, data, key
            yield from paths(value, place)
    elif isinstance(data, list):
        for index, value in enumerate(data):
            place = f"{where}[{index}]"
            yield place, data, index
            yield from paths(value, place)


@dataclass(frozen=True)
class Change:
    how: str  # "replace", "remove", "add"
    pick: int
    value: object


_changes = st.lists(
    st.builds(
        Change, st.sampled_from(["replace", "replace", "remove", "add"]), st.integers(0), _values
    ),
    min_size=1,
    max_size=3,
)


def bend(data: dict[str, Any], changes: list[Change]) -> list[str]:
    """Apply `changes` to `data` in place; returns the places changed."""
    changed = []
    for change in changes:
        places = list(paths(data))
        place, parent, key = places[change.pick % len(places)]
        if change.how == "replace":
            parent[key] = change.value  # type: ignore[index]
        elif change.how == "remove":
            del parent[key]  # type: ignore[attr-defined]
        elif isinstance(parent, list):
            parent.append(change.value)
            place = re.sub(r"\[\d+\]$", f"[{len(parent) - 1}]", place)
        else:
            assert isinstance(parent, dict)
            parent["extra"] = change.value
        changed.append(place)
    return changed


def file_text(data: object, ensure_ascii: bool) -> str:
    raws: dict[str, str] = {}

    def swap(value: object) -> object:
        if isinstance(value, Raw):
            token = f"@raw{len(raws)}@"
            raws[token] = value.text
            return token
        if isinstance(value, dict):
            return {key: swap(item) for key, item in value.items()}
        if isinstance(value, list):
            return [swap(item) for item in value]
        return value

    text = json.dumps(swap(data), ensure_ascii=ensure_ascii, allow_nan=True)
    for token, raw in raws.items():
        text = text.replace(json.dumps(token), raw)
    return text


# A problem starts with the place of the field, as a reader would write it.
_PLACE = re.compile(r"(?P<head>[a-z_]+(\[\d+\])?)(\.[a-z_]+(\[\d+\])?)*: \S")


def assert_refused_clearly(error: ExchangeError, changed: list[str]) -> None:
    message = str(error)
    assert len(message.splitlines()) == 1, message
    message.encode("utf-8")  # printable as it is, no half characters
    assert len(message) < 400, message
    assert "unexpected" not in message and "Traceback" not in message
    for problem in error.problems:
        if problem.startswith("the file "):
            continue  # not JSON, not UTF-8, not an object: the file, not a field
        match = _PLACE.match(problem)
        assert match is not None, f"no field named in {problem!r}"
        # Names a field where the file was bent: in the same session, hold list,
        # routine or rest day list, or the object that holds what was bent.
        heads = [place.split(".")[0] for place in changed]
        head = match["head"]
        assert any(head.startswith(h) or h.startswith(head) for h in heads if h), (problem, changed)


def assert_writes_and_reads_back(parsed: ParsedHistory) -> None:
    expected = to_json_text(parsed.sessions, parsed.rest_days, parsed.routines)
    to_csv(parsed.sessions)
    with scratch_folder() as scratch, History.open(Path(scratch)) as history:
        # Anything the importer took, the store takes as it is.
        history.import_history(parsed.sessions, parsed.rest_days, parsed.routines)
        stored = history.sessions()
        exported = to_json_text(stored, history.rest_days(), history.routines())
    # An import never creates a running session (an outcome of null is taken as
    # interrupted), so the round trip is stable.
    assert all(record.outcome is not None for record in parsed.sessions)
    assert all(record.outcome is not None for record in stored)
    assert exported == expected
    again = history_from_text(exported)
    assert to_json_text(again.sessions, again.rest_days, again.routines) == exported


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(changes=_changes, ensure_ascii=st.booleans(), as_bytes=st.booleans())
def test_a_bent_backup_imports_exactly_or_is_refused_naming_the_field(
    changes: list[Change], ensure_ascii: bool, as_bytes: bool
) -> None:
    data = valid_backup()
    changed = bend(data, changes)
    text = file_text(data, ensure_ascii)
    # Half characters cannot be written as UTF-8: a file holding them is not UTF-8.
    payload = text.encode("utf-8", "surrogatepass") if as_bytes else text
    try:
        parsed = history_from_text(payload)
    except ExchangeError as error:
        event("refused")
        assert_refused_clearly(error, changed)
    else:
        event("imported")
        assert_writes_and_reads_back(parsed)


def test_the_backup_the_fuzz_starts_from_imports() -> None:
    assert_writes_and_reads_back(history_from_json(valid_backup()))


# --- the cases that passed the checks and failed when written -------------------------------


def _hold0(data: dict[str, Any]) -> dict[str, Any]:
    hold_data: dict[str, Any] = data["sessions"][0]["holds"][0]
    return hold_data


NUMBER_FIELDS = [
    ("sessions[0].holds[0].planned_seconds", lambda d, v: _hold0(d).update(planned_seconds=v)),
    ("sessions[0].holds[0].held_seconds", lambda d, v: _hold0(d).update(held_seconds=v)),
    ("sessions[0].holds[0].tenderness_before", lambda d, v: _hold0(d).update(tenderness_before=v)),
    ("sessions[0].holds[0].tenderness_after", lambda d, v: _hold0(d).update(tenderness_after=v)),
    (
        "routines[0].spots[0].tenderness",
        lambda d, v: d["routines"][0]["spots"][0].update(tenderness=v),
    ),
]


@pytest.mark.parametrize("number", [HUGE, -HUGE, Raw("9" * 5000)], ids=["4300", "-4300", "5000"])
@pytest.mark.parametrize(("place", "put"), NUMBER_FIELDS, ids=[p for p, _ in NUMBER_FIELDS])
def test_a_number_thousands_of_digits_long_is_refused_naming_its_field(
    place: str, put: Any, number: object
) -> None:
    data = valid_backup()
    put(data, number)
    with pytest.raises(ExchangeError) as caught:
        history_from_text(file_text(data, ensure_ascii=True))
    message = str(caught.value)
    assert message.startswith(f"{place}: ")
    assert "digits" in message and len(message) < 200


@pytest.mark.parametrize("version", [HUGE, Raw("7" * 5000), 2**40])
def test_a_format_version_far_beyond_this_one_was_written_by_a_newer_unknot(
    version: object,
) -> None:
    data = valid_backup()
    data["version"] = version
    with pytest.raises(ExchangeError) as caught:
        history_from_text(file_text(data, ensure_ascii=True))
    message = str(caught.value)
    assert message.startswith("version: this history was written by a newer Unknot")
    assert len(message) < 250


@pytest.mark.parametrize(
    ("place", "put"),
    [
        ("sessions[0].note", lambda d: d["sessions"][0].update(note="tired \ud800 today")),
        ("routines[0].name", lambda d: d["routines"][0].update(name="desk \udfff")),
    ],
)
def test_half_a_character_in_a_note_or_a_routine_name_is_refused_naming_the_field(
    place: str, put: Any
) -> None:
    data = valid_backup()
    put(data)
    # As a file: the JSON escape "\ud800" is how half a character gets into one.
    with pytest.raises(ExchangeError) as caught:
        history_from_text(json.dumps(data).encode("ascii"))
    message = str(caught.value)
    assert message.startswith(f"{place}: character ")
    assert "half of a character" in message
    message.encode("utf-8")


@pytest.mark.parametrize(
    ("place", "put"),
    [
        ("sessions[0].note", lambda d: d["sessions"][0].update(note="tired\x00today")),
        ("routines[0].name", lambda d: d["routines"][0].update(name="desk\x00")),
    ],
)
def test_a_nul_character_in_a_note_or_a_routine_name_is_refused_naming_the_field(
    place: str, put: Any
) -> None:
    data = valid_backup()
    put(data)
    with pytest.raises(ExchangeError) as caught:
        history_from_text(json.dumps(data))
    message = str(caught.value)
    assert message.startswith(f"{place}: character ")
    assert "NUL character" in message


@pytest.mark.parametrize("where", ["session", "hold"])
def test_an_end_before_the_start_is_refused_naming_the_field(where: str) -> None:
    data = valid_backup()
    target = data["sessions"][0] if where == "session" else _hold0(data)
    target["ended_at"] = "2000-01-01T00:00:00+00:00"
    with pytest.raises(ExchangeError) as caught:
        history_from_text(json.dumps(data))
    place = "sessions[0]" if where == "session" else "sessions[0].holds[0]"
    assert str(caught.value).startswith(f"{place}.ended_at: 2000-01-01T00:00:00+00:00 is before ")


def test_an_open_session_is_imported_as_interrupted_where_its_last_hold_ended() -> None:
    data = valid_backup()
    first = data["sessions"][0]
    first["outcome"] = None
    first["ended_at"] = None
    parsed = history_from_text(json.dumps(data))
    got = parsed.sessions[0]
    assert got.outcome is not None and got.outcome.value == "interrupted"
    assert got.ended_at == got.holds[-1].ended_at
    assert_writes_and_reads_back(parsed)


def test_the_store_refuses_what_it_cannot_keep_in_words(history: History) -> None:
    session_id = history.begin_session(SessionKind.FOCUS, START, "Europe/Berlin")
    history.set_session_note(session_id, "kept")
    with pytest.raises(HistoryError, match=r"^The note cannot be saved: character 7 is half"):
        history.set_session_note(session_id, "tired \ud800")
    with pytest.raises(HistoryError, match="longer than 10000 characters"):
        history.set_session_note(session_id, "x" * 10_001)
    with pytest.raises(HistoryError, match=r"^The routine's name cannot be saved: character 6"):
        history.save_routine(Routine("desk \udfff", (Selection(Spot(AreaId.NECK, Side.LEFT)),)))
    too_long = hold(START, planned_seconds=HUGE)
    with pytest.raises(HistoryError, match=r"planned time .* not a number of about 4300 digits"):
        history.record_hold(session_id, too_long)
    with pytest.raises(HistoryError, match="held time"):
        history.record_hold(session_id, hold(START, held_seconds=HUGE, ended_at=START))
    record = history.session(session_id)
    assert record is not None
    assert record.note == "kept" and record.holds == ()
    assert history.routines() == []


def test_the_command_line_refuses_such_a_backup_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = valid_backup()
    data["sessions"][0]["note"] = "\ud800"
    data["routines"][0]["spots"][0]["tenderness"] = HUGE
    backup = tmp_path / "backup.json"
    backup.write_text(json.dumps(data), encoding="ascii")

    status = cli.main(["import", str(backup), "--data-dir", str(tmp_path / "data")])

    captured = capsys.readouterr()
    assert status == cli.EXIT_FAILED
    assert captured.out == ""
    (line,) = captured.err.splitlines()
    assert line.startswith(f"unknot: error: {backup}: sessions[0].note: character 1 is half")
    assert "(and 1 more problem)" in line and "nothing was imported" in line
    assert "unexpected" not in line


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_the_command_line_refuses_a_pipe_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pipe = tmp_path / "backup.json"
    os.mkfifo(pipe)  # nobody writes to it: opening it would wait forever

    status = cli.main(["import", str(pipe), "--data-dir", str(tmp_path / "data")])

    (line,) = capsys.readouterr().err.splitlines()
    assert status == cli.EXIT_FAILED
    assert line == f"unknot: error: cannot read {pipe}: it is a named pipe, not a regular file"
    assert not (tmp_path / "data").exists()
