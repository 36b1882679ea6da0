"""The JSON backup format and the CSV export, on plain records (no database)."""

from __future__ import annotations

import copy
import csv
import dataclasses
import io
import json
import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unknot.core.areas import AREAS, AreaId, Side, Tool
from unknot.core.cues import MAX_CUE_LENGTH, Cue
from unknot.core.plans import Routine, Selection, Spot
from unknot.core.records import HoldRecord, Outcome, SessionKind, SessionRecord, tool_history
from unknot.store.exchange import (
    CSV_BOM,
    CSV_COLUMNS,
    ExchangeError,
    ParsedHistory,
    csv_cell,
    history_from_json,
    history_from_text,
    to_csv,
    to_json,
    to_json_text,
)

BERLIN_WINTER = timezone(timedelta(hours=1))
NEW_YORK_SUMMER = timezone(timedelta(hours=-4))


def _hold(
    start: datetime,
    area: AreaId = AreaId.CALVES,
    side: Side | None = Side.LEFT,
    tools: tuple[Tool, ...] = (Tool.FOAM_ROLLER,),
    held: float = 118.4,
    **changes: Any,
) -> HoldRecord:
    values: dict[str, Any] = {
        "area": area,
        "side": side,
        "tool": tools[-1],
        "tools_tried": tools,
        "planned_seconds": 120,
        "held_seconds": held,
        "released": False,
        "tenderness_before": 6,
        "tenderness_after": 3,
        "started_at": start,
        "ended_at": start + timedelta(seconds=held + 2),
    }
    values.update(changes)
    return HoldRecord(**values)


def _sessions() -> list[SessionRecord]:
    first_start = datetime(2026, 1, 5, 7, 30, tzinfo=BERLIN_WINTER)
    second_start = datetime(2026, 7, 3, 23, 50, 12, 250000, tzinfo=NEW_YORK_SUMMER)
    return [
        # Given newest first: the export puts them in order.
        SessionRecord(
            id="b" * 32,
            kind=SessionKind.SCAN,
            outcome=Outcome.STOPPED_PAIN,
            started_at=second_start,
            time_zone="America/New_York",
            local_date=date(2026, 7, 3),
            ended_at=None,
            note='=HYPERLINK("http://example.invalid")',
            holds=(
                _hold(second_start, AreaId.HEAD, Side.BOTH, (Tool.HANDS,), 20.0),
                _hold(
                    second_start + timedelta(minutes=1),
                    AreaId.NECK,
                    None,
                    (Tool.HANDS, Tool.TENNIS_BALL),
                    12.75,
                    released=True,
                    tenderness_before=None,
                    tenderness_after=None,
                ),
            ),
        ),
        SessionRecord(
            id="a" * 32,
            kind=SessionKind.FOCUS,
            outcome=Outcome.COMPLETED,
            started_at=first_start,
            time_zone="Europe/Berlin",
            local_date=date(2026, 1, 5),
            ended_at=first_start + timedelta(minutes=11),
            note="after the run, «ça va»",
            holds=(_hold(first_start + timedelta(seconds=30)),),
        ),
        SessionRecord(
            id="c-3",
            kind=SessionKind.FOCUS,
            outcome=Outcome.INTERRUPTED,
            started_at=datetime(2026, 7, 4, 8, 0, tzinfo=UTC),
            time_zone="UTC",
            local_date=date(2026, 7, 4),
        ),
    ]


def _routines() -> list[Routine]:
    return [
        Routine("evening", (Selection(Spot(AreaId.FEET, Side.RIGHT)),)),
        Routine(
            "desk neck",
            (
                Selection(Spot(AreaId.NECK, Side.LEFT), 5),
                Selection(Spot(AreaId.SHOULDERS, Side.BOTH)),
            ),
        ),
    ]


REST_DAYS = [date(2026, 1, 9), date(2026, 1, 7)]


def _document() -> dict[str, Any]:
    return to_json(_sessions(), REST_DAYS, _routines())


def _by_id(sessions: tuple[SessionRecord, ...] | list[SessionRecord]) -> dict[str, SessionRecord]:
    return {s.id: s for s in sessions}


# --- the written form -------------------------------------------------------------------


def test_the_document_has_the_documented_shape() -> None:
    data = _document()
    assert list(data) == ["format", "version", "rest_days", "sessions", "routines", "cues"]
    assert data["cues"] == []
    assert (data["format"], data["version"]) == ("unknot-history", 1)
    assert data["rest_days"] == ["2026-01-07", "2026-01-09"]
    assert [s["id"] for s in data["sessions"]] == ["a" * 32, "b" * 32, "c-3"]
    first = data["sessions"][0]
    assert first == {
        "id": "a" * 32,
        "started_at": "2026-01-05T07:30:00+01:00",
        "time_zone": "Europe/Berlin",
        "local_date": "2026-01-05",
        "kind": "focus",
        "outcome": "completed",
        "ended_at": "2026-01-05T07:41:00+01:00",
        "note": "after the run, «ça va»",
        "holds": [
            {
                "area": "calves",
                "side": "left",
                "tool": "foam_roller",
                "tools_tried": ["foam_roller"],
                "planned_seconds": 120,
                "held_seconds": 118.4,
                "released": False,
                "tenderness_before": 6,
                "tenderness_after": 3,
                "started_at": "2026-01-05T07:30:30+01:00",
                "ended_at": "2026-01-05T07:32:30.400000+01:00",
            }
        ],
    }
    assert data["sessions"][1]["started_at"] == "2026-07-03T23:50:12.250000-04:00"
    assert data["routines"] == [
        {
            "name": "desk neck",
            "spots": [
                {"area": "neck", "side": "left", "tenderness": 5},
                {"area": "shoulders", "side": "both", "tenderness": None},
            ],
        },
        {"name": "evening", "spots": [{"area": "feet", "side": "right", "tenderness": None}]},
    ]


def test_the_text_is_stable_readable_utf8() -> None:
    text = to_json_text(_sessions(), REST_DAYS, _routines())
    assert text.endswith("}\n")
    assert "«ça va»" in text  # not \u escapes
    assert text == to_json_text(list(reversed(_sessions())), REST_DAYS[::-1], _routines()[::-1])


def test_read_back_gives_the_same_records() -> None:
    parsed = history_from_json(_document())
    assert _by_id(parsed.sessions) == _by_id(_sessions())
    assert sorted(parsed.rest_days) == sorted(REST_DAYS)
    assert sorted(parsed.routines, key=lambda r: r.name) == sorted(
        _routines(), key=lambda r: r.name
    )
    # Offsets survive, not just instants.
    by_id = _by_id(parsed.sessions)
    assert by_id["b" * 32].started_at.utcoffset() == timedelta(hours=-4)


def test_export_read_export_is_byte_identical() -> None:
    text = to_json_text(_sessions(), REST_DAYS, _routines(), CUES)
    parsed = history_from_text(text.encode("utf-8"))
    assert to_json_text(parsed.sessions, parsed.rest_days, parsed.routines, parsed.cues) == text


CUES = [
    Cue(AreaId.CALVES, Tool.FOAM_ROLLER, "the wall by the door"),
    Cue(AreaId.NECK, Tool.HANDS, "lean a bit to the left «doucement» 🙂"),
]


def test_cues_are_written_in_the_order_of_the_body_and_read_back() -> None:
    data = to_json(_sessions(), REST_DAYS, _routines(), CUES)
    assert data["cues"] == [
        {"area": "neck", "tool": "hands", "text": "lean a bit to the left «doucement» 🙂"},
        {"area": "calves", "tool": "foam_roller", "text": "the wall by the door"},
    ]
    assert set(history_from_json(data).cues) == set(CUES)


def test_a_file_without_cues_still_imports() -> None:
    data = _minimal()
    assert "cues" not in data
    assert history_from_json(data).cues == ()


def test_a_cue_is_read_trimmed() -> None:
    data = _minimal()
    data["cues"] = [{"area": "feet", "tool": "tennis_ball", "text": "  by the sofa "}]
    assert history_from_json(data).cues == (Cue(AreaId.FEET, Tool.TENNIS_BALL, "by the sofa"),)


_ladder_positions = st.sampled_from(
    [(area.id, tool) for area in AREAS.values() for tool in area.ladder]
)
_cue_texts = st.text(
    st.characters(exclude_categories=["Cs", "Cc", "Zl", "Zp"]), min_size=1, max_size=MAX_CUE_LENGTH
).filter(lambda text: text == text.strip() and text != "")


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(_ladder_positions, _cue_texts, max_size=6))
def test_any_cues_survive_the_round_trip(cues: dict[tuple[AreaId, Tool], str]) -> None:
    written = [Cue(area, tool, text) for (area, tool), text in cues.items()]
    text = to_json_text([], [], [], written)
    parsed = history_from_text(text.encode("utf-8"))
    assert set(parsed.cues) == set(written)
    assert to_json_text([], [], [], parsed.cues) == text


_instants = st.datetimes(
    min_value=datetime(1971, 1, 1),
    max_value=datetime(2199, 12, 31),
    timezones=st.sampled_from(
        [UTC, BERLIN_WINTER, NEW_YORK_SUMMER, timezone(timedelta(hours=5, minutes=45))]
    ),
)


@st.composite
def _hold_records(draw: st.DrawFn) -> HoldRecord:
    area = draw(st.sampled_from(list(AreaId)))
    sides: list[Side | None] = [None, Side.BOTH]
    if area not in (AreaId.HEAD,):
        sides += [Side.LEFT, Side.RIGHT]
    used = draw(st.lists(st.sampled_from(list(Tool)), min_size=1, max_size=4))
    tools = tool_history(used[:-1], used[-1])
    tenderness = st.none() | st.integers(0, 10)
    started_at, ended_at = sorted([draw(_instants), draw(_instants)])
    return HoldRecord(
        area=area,
        side=draw(st.sampled_from(sides)),
        tool=tools[-1],
        tools_tried=tools,
        planned_seconds=draw(st.integers(1, 3600)),
        held_seconds=draw(st.floats(0, 3600, allow_nan=False)),
        released=draw(st.booleans()),
        tenderness_before=draw(tenderness),
        tenderness_after=draw(tenderness),
        started_at=started_at,
        ended_at=ended_at,
    )


@st.composite
def _session_records(draw: st.DrawFn) -> SessionRecord:
    start = draw(_instants)
    end = draw(st.none() | _instants)
    return SessionRecord(
        id=draw(st.from_regex(r"[A-Za-z0-9._-]{1,64}", fullmatch=True)),
        kind=draw(st.sampled_from(list(SessionKind))),
        outcome=draw(st.sampled_from(list(Outcome))),
        started_at=start,
        time_zone=draw(st.sampled_from(["UTC", "Europe/Berlin", "Asia/Kathmandu"])),
        local_date=start.date(),
        ended_at=None if end is None else max(start, end),
        # Any note the history can hold: whole characters (no lone surrogate, which
        # check_text refuses before a note is saved) and no NUL.
        note=draw(
            st.none()
            | st.text(
                st.characters(exclude_characters="\x00", exclude_categories=["Cs"]),
                max_size=30,
            )
        ),
        holds=tuple(draw(st.lists(_hold_records(), max_size=3))),
    )


@settings(max_examples=60, deadline=None)
@given(
    st.lists(_session_records(), max_size=4, unique_by=lambda s: s.id),
    st.sets(st.dates(min_value=date(1970, 1, 1), max_value=date(2200, 12, 31)), max_size=4),
)
def test_any_history_survives_the_round_trip(
    sessions: list[SessionRecord], rest_days: set[date]
) -> None:
    text = to_json_text(sessions, rest_days)
    parsed = history_from_text(text)
    assert _by_id(parsed.sessions) == _by_id(sessions)
    assert set(parsed.rest_days) == rest_days
    assert to_json_text(parsed.sessions, parsed.rest_days) == text


# --- reading what people and older versions write ------------------------------------------


def _minimal() -> dict[str, Any]:
    return {
        "format": "unknot-history",
        "version": 1,
        "rest_days": [],
        "sessions": [
            {
                "id": "s1",
                "started_at": "2026-03-29T01:30:00+01:00",
                "time_zone": "Europe/Berlin",
                "kind": "focus",
                "outcome": "completed",
                "holds": [
                    {
                        "area": "jaw",
                        "side": "both",
                        "tool": "hands",
                        "planned_seconds": 120,
                        "held_seconds": 90,
                        "released": True,
                        "tenderness_before": 4,
                        "tenderness_after": None,
                        "started_at": "2026-03-29T01:31:00+01:00",
                    }
                ],
            }
        ],
    }


def test_optional_fields_are_derived() -> None:
    parsed = history_from_json(_minimal())
    (session,) = parsed.sessions
    assert session.local_date == date(2026, 3, 29)
    assert session.ended_at is None
    assert session.note is None
    (hold,) = session.holds
    assert hold.tools_tried == (Tool.HANDS,)
    assert hold.held_seconds == 90.0
    assert isinstance(hold.held_seconds, float)
    assert hold.ended_at == datetime(2026, 3, 29, 1, 32, 30, tzinfo=BERLIN_WINTER)
    assert parsed.routines == ()


@pytest.mark.parametrize(
    ("tools_tried", "read"),
    [
        # Unknot 0.1 wrote this after "Need more pressure" then "Too much".
        (["hands", "tennis_ball"], (Tool.HANDS, Tool.TENNIS_BALL, Tool.HANDS)),
        (["tennis_ball"], (Tool.TENNIS_BALL, Tool.HANDS)),
        (["hands", "hands"], (Tool.HANDS,)),
        (["tennis_ball", "hands"], (Tool.TENNIS_BALL, Tool.HANDS)),
    ],
)
def test_tools_tried_that_do_not_end_with_the_tool_are_read_as_they_happened(
    tools_tried: list[str], read: tuple[Tool, ...]
) -> None:
    data = _minimal()
    _hold0(data)["tools_tried"] = tools_tried
    (session,) = history_from_json(data).sessions
    (hold,) = session.holds
    assert hold.tool is Tool.HANDS
    assert hold.tools_tried == read
    # What is read is written as read, and reads back the same.
    text = to_json_text(history_from_json(data).sessions, ())
    assert to_json_text(history_from_text(text).sessions, ()) == text


def test_rest_days_may_be_left_out() -> None:
    data = _minimal()
    del data["rest_days"]
    assert history_from_json(data).rest_days == ()


def test_extra_fields_are_welcome() -> None:
    data = _minimal()
    data["app"] = "unknot 0.9"
    data["sessions"][0]["mood"] = "good"
    data["sessions"][0]["holds"][0]["pressure"] = "firm"
    assert len(history_from_json(data).sessions) == 1


def test_a_running_session_comes_in_as_interrupted() -> None:
    data = _minimal()
    data["sessions"][0]["outcome"] = None
    assert history_from_json(data).sessions[0].outcome is Outcome.INTERRUPTED


def test_utc_written_with_z_is_understood() -> None:
    data = _minimal()
    data["sessions"][0]["started_at"] = "2026-03-29T00:30:00Z"
    assert history_from_json(data).sessions[0].started_at.utcoffset() == timedelta(0)


def test_an_empty_history_is_valid() -> None:
    empty = to_json([], [])
    assert history_from_json(empty) == ParsedHistory((), (), ())


# --- refusing what is wrong, saying where --------------------------------------------------

_Change = Callable[[dict[str, Any]], object]


def _session0(data: dict[str, Any]) -> dict[str, Any]:
    session: dict[str, Any] = data["sessions"][0]
    return session


def _hold0(data: dict[str, Any]) -> dict[str, Any]:
    hold: dict[str, Any] = data["sessions"][0]["holds"][0]
    return hold


def _set(getter: Callable[[dict[str, Any]], dict[str, Any]], key: str, value: object) -> _Change:
    return lambda data: getter(data).__setitem__(key, value)


def _drop(getter: Callable[[dict[str, Any]], dict[str, Any]], key: str) -> _Change:
    return lambda data: getter(data).pop(key)


def _top(data: dict[str, Any]) -> dict[str, Any]:
    return data


def _second_session(data: dict[str, Any]) -> None:
    data["sessions"].append(copy.deepcopy(data["sessions"][0]))


INVALID: list[tuple[str, _Change, str]] = [
    ("no sessions", _drop(_top, "sessions"), "sessions: missing"),
    ("sessions not a list", _set(_top, "sessions", {}), "sessions: expected a list"),
    ("rest day not a date", _set(_top, "rest_days", ["monday"]), "rest_days[0]: expected a date"),
    ("rest day impossible", _set(_top, "rest_days", ["2026-02-30"]), "not a date on the calendar"),
    ("rest day twice", _set(_top, "rest_days", ["2026-01-01", "2026-01-01"]), "listed twice"),
    ("rest day in 1900", _set(_top, "rest_days", ["1900-01-01"]), "not between 1970 and 2200"),
    ("session not an object", _set(_top, "sessions", [3]), "sessions[0]: expected an object"),
    ("id missing", _drop(_session0, "id"), "sessions[0].id: missing"),
    ("id a number", _set(_session0, "id", 7), "sessions[0].id: expected a text id"),
    ("id with a slash", _set(_session0, "id", "a/b"), "is not an id"),
    ("id twice", _second_session, 'sessions[1].id: "s1" is also the id of sessions[0]'),
    ("start without offset", _set(_session0, "started_at", "2026-03-29T01:30:00"), "no UTC offset"),
    ("start not a time", _set(_session0, "started_at", "yesterday"), "not an ISO 8601"),
    ("start far offset", _set(_session0, "started_at", "2026-03-29T01:30:00+15:00"), "14 hours"),
    ("start in 3000", _set(_session0, "started_at", "3000-01-01T00:00:00+00:00"), "2200"),
    ("zone unknown", _set(_session0, "time_zone", "Mars/Olympus"), 'unknown time zone "Mars/'),
    ("zone a path", _set(_session0, "time_zone", "../etc/passwd"), "unknown time zone"),
    (
        "local date disagrees",
        _set(_session0, "local_date", "2026-03-28"),
        "sessions[0].local_date: 2026-03-28 is not the date of started_at (2026-03-29)",
    ),
    ("kind unknown", _set(_session0, "kind", "yoga"), "sessions[0].kind: unknown session kind"),
    ("outcome unknown", _set(_session0, "outcome", "done"), "sessions[0].outcome: unknown outcome"),
    ("outcome missing", _drop(_session0, "outcome"), "sessions[0].outcome: missing"),
    ("end not a time", _set(_session0, "ended_at", 5), "sessions[0].ended_at: expected a date"),
    ("note not text", _set(_session0, "note", ["x"]), "sessions[0].note: expected text"),
    ("note too long", _set(_session0, "note", "x" * 10_001), "longer than 10000"),
    ("holds missing", _drop(_session0, "holds"), "sessions[0].holds: missing"),
    (
        "hold not an object",
        _set(_session0, "holds", ["calves"]),
        "sessions[0].holds[0]: expected an object",
    ),
    (
        "tool unknown",
        _set(_hold0, "tool", "golf_ball"),
        'sessions[0].holds[0].tool: unknown tool "golf_ball"',
    ),
    ("area unknown", _set(_hold0, "area", "elbow"), 'holds[0].area: unknown area "elbow"'),
    ("side unknown", _set(_hold0, "side", "middle"), "holds[0].side: unknown side"),
    (
        "side of the head",
        lambda data: _hold0(data).update({"area": "head", "side": "left"}),
        'sessions[0].holds[0].side: "left" is not a side of the head',
    ),
    ("side missing", _drop(_hold0, "side"), "holds[0].side: missing"),
    ("tools tried empty", _set(_hold0, "tools_tried", []), "tools_tried: the list is empty"),
    ("tools tried unknown", _set(_hold0, "tools_tried", ["hands", "rock"]), "item 1: unknown"),
    ("planned zero", _set(_hold0, "planned_seconds", 0), "not from 1 to 3600"),
    ("planned fraction", _set(_hold0, "planned_seconds", 120.5), "whole number of seconds"),
    ("planned text", _set(_hold0, "planned_seconds", "120"), "expected a number"),
    ("held negative", _set(_hold0, "held_seconds", -1), "held_seconds: -1 is not from 0"),
    ("held huge", _set(_hold0, "held_seconds", 1e9), "is not from 0 to 3600"),
    ("held infinite", _set(_hold0, "held_seconds", float("inf")), "finite"),
    ("held true", _set(_hold0, "held_seconds", True), "expected a number, found true"),
    ("released text", _set(_hold0, "released", "no"), "released: expected true or false"),
    ("tenderness 11", _set(_hold0, "tenderness_before", 11), "tenderness_before: 11 is not"),
    ("tenderness -1", _set(_hold0, "tenderness_after", -1), "tenderness_after: -1 is not"),
    ("tenderness 2.5", _set(_hold0, "tenderness_after", 2.5), "whole number from 0 to 10"),
    ("tenderness missing", _drop(_hold0, "tenderness_before"), "tenderness_before: missing"),
    ("hold start missing", _drop(_hold0, "started_at"), "holds[0].started_at: missing"),
    ("hold end naive", _set(_hold0, "ended_at", "2026-03-29T01:40:00"), "no UTC offset"),
    ("routines not a list", _set(_top, "routines", "desk"), "routines: expected a list"),
    (
        "routine without spots",
        _set(_top, "routines", [{"name": "x", "spots": []}]),
        "routines[0].spots: a routine needs at least one spot",
    ),
    (
        "routine without a name",
        _set(_top, "routines", [{"name": " ", "spots": [{"area": "feet", "side": "left"}]}]),
        "routines[0].name: a routine needs a name",
    ),
    (
        "routine spot twice",
        _set(
            _top,
            "routines",
            [{"name": "x", "spots": [{"area": "feet", "side": "left"}] * 2}],
        ),
        "routines[0].spots[1]: Left foot is already routines[0].spots[0]",
    ),
    (
        "routine side of the head",
        _set(_top, "routines", [{"name": "x", "spots": [{"area": "head", "side": "left"}]}]),
        'routines[0].spots[0].side: "left" is not a side of the head',
    ),
    (
        "routine named twice",
        _set(
            _top,
            "routines",
            [{"name": "x", "spots": [{"area": "feet", "side": "left"}]}] * 2,
        ),
        'routines[1].name: "x" is also the name of routines[0]',
    ),
]


def _cue(**changes: object) -> _Change:
    entry: dict[str, object] = {"area": "neck", "tool": "hands", "text": "lean left"}
    entry.update(changes)
    return lambda data: data.update(cues=[entry])


INVALID += [
    ("cues not a list", _set(_top, "cues", "lean"), "cues: expected a list"),
    ("cue not an object", _set(_top, "cues", ["lean"]), "cues[0]: expected an object"),
    ("cue area unknown", _cue(area="elbow"), 'cues[0].area: unknown area "elbow"'),
    ("cue tool unknown", _cue(tool="rock"), 'cues[0].tool: unknown tool "rock"'),
    ("cue tool off ladder", _cue(tool="foam_roller"), 'cues[0].tool: "foam_roller" is not'),
    (
        "cue text missing",
        lambda d: d.update(cues=[{"area": "neck", "tool": "hands"}]),
        "text: missing",
    ),
    ("cue text number", _cue(text=5), "cues[0].text: expected text"),
    ("cue text blank", _cue(text="   "), "cues[0].text: a cue needs some text"),
    ("cue text long", _cue(text="x" * (MAX_CUE_LENGTH + 1)), "121 characters, more than the 120"),
    ("cue line break", _cue(text="lean\nleft"), "control character or a line break"),
    ("cue NUL", _cue(text="lean\x00"), "control character"),
    ("cue half a character", _cue(text="lean \ud800"), "control character"),
    (
        "cue twice",
        _set(_top, "cues", [{"area": "neck", "tool": "hands", "text": "a"}] * 2),
        "cues[1].tool: the neck with the hands already has a cue (cues[0])",
    ),
]


@pytest.mark.parametrize(
    ("change", "expected"), [(c, e) for _, c, e in INVALID], ids=[n for n, _, _ in INVALID]
)
def test_each_problem_is_named_with_its_place(change: _Change, expected: str) -> None:
    data = _minimal()
    change(data)
    with pytest.raises(ExchangeError) as caught:
        history_from_json(data)
    assert expected in str(caught.value)
    assert len(caught.value.problems) == 1, caught.value.problems


def test_every_problem_is_found_in_one_pass() -> None:
    data = _minimal()
    _hold0(data)["tool"] = "golf_ball"
    _hold0(data)["tenderness_after"] = 12
    _session0(data)["kind"] = "yoga"
    data["rest_days"] = ["soon"]
    with pytest.raises(ExchangeError) as caught:
        history_from_json(data)
    assert len(caught.value.problems) == 4
    assert str(caught.value).endswith("(and 3 more problems)")
    assert str(caught.value).startswith("rest_days[0]:")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ([], "the file holds a list, not an Unknot history"),
        ("x", 'the file holds the text "x"'),
        ({}, "format: this is not an Unknot history (format is missing"),
        ({"format": "other-app", "version": 1}, 'format is "other-app"'),
        (
            {"format": "unknot-history", "version": 2, "sessions": "whatever"},
            "written by a newer Unknot (format version 2)",
        ),
        ({"format": "unknot-history", "version": "1"}, "version: expected a whole number"),
        ({"format": "unknot-history", "version": 0}, "version: 0 is not a version"),
    ],
)
def test_other_files_are_refused_clearly(data: object, expected: str) -> None:
    with pytest.raises(ExchangeError, match=re.escape(expected)):
        history_from_json(data)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"\xff\xfe{}", "not UTF-8 text"),
        (b"", "not valid JSON (line 1, column 1"),
        (b'{"format": ', "not valid JSON"),
        (b'{"a": NaN}', "NaN is not a number JSON allows"),
        (b"[" * 100_000, "not valid JSON"),
    ],
)
def test_text_that_is_not_json_is_refused(raw: bytes, expected: str) -> None:
    with pytest.raises(ExchangeError, match=re.escape(expected)):
        history_from_text(raw)


def test_a_byte_order_mark_is_fine() -> None:
    text = "\ufeff" + json.dumps(_minimal())
    assert len(history_from_text(text.encode("utf-8")).sessions) == 1


# --- CSV ----------------------------------------------------------------------------------


def _rows(text: str) -> list[dict[str, str]]:
    assert text.startswith(CSV_BOM)
    return list(csv.DictReader(io.StringIO(text.removeprefix(CSV_BOM), newline="")))


def test_csv_has_a_row_per_hold_with_its_session() -> None:
    text = to_csv(_sessions())
    assert text.splitlines()[0] == CSV_BOM + ",".join(CSV_COLUMNS)
    rows = _rows(text)
    assert [(r["session_id"], r["hold_number"]) for r in rows] == [
        ("a" * 32, "1"),
        ("b" * 32, "1"),
        ("b" * 32, "2"),
        ("c-3", ""),  # a session without holds still shows up
    ]
    first = rows[0]
    assert first["session_started_at"] == "2026-01-05T07:30:00+01:00"
    assert first["area"] == "calves"
    assert first["held_seconds"] == "118.4"
    assert first["released"] == "false"
    assert rows[2]["tools_tried"] == "hands > tennis_ball"
    assert rows[2]["side"] == ""
    assert rows[2]["tenderness_before"] == ""
    assert rows[3]["outcome"] == "interrupted"
    assert text.endswith("\r\n")


def test_csv_never_starts_a_formula() -> None:
    rows = _rows(to_csv(_sessions()))
    assert rows[1]["note"] == '\'=HYPERLINK("http://example.invalid")'
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("a=1", "a=1"),
        ("", ""),
        ("2026-01-05", "2026-01-05"),
        # After spaces and line breaks a spreadsheet may skip.
        (" =1+1", "' =1+1"),
        ("\n=1+1", "'\n=1+1"),
        ("  \n -1", "'  \n -1"),
        ("\u3000@SUM(A1)", "'\u3000@SUM(A1)"),
        ("\u200b=1", "'\u200b=1"),
        ("\ufeff+1", "'\ufeff+1"),
        # Full-width and small forms.
        ("\uff1d1+1", "'\uff1d1+1"),
        ("\uff0b1", "'\uff0b1"),
        ("\uff0d1", "'\uff0d1"),
        ("\uff20SUM(A1)", "'\uff20SUM(A1)"),
        ("\ufe661", "'\ufe661"),
        # A tab or carriage return first, whatever follows.
        ("\tplain", "'\tplain"),
        ("\rplain", "'\rplain"),
        # Harmless: the trigger is not first.
        (" plain", " plain"),
        ("sore = better", "sore = better"),
        ("\n", "\n"),
    ],
)
def test_csv_cell_escaping(text: str, expected: str) -> None:
    assert csv_cell(text) == expected


# What a spreadsheet may skip before reading a formula, and what starts one: the
# property below holds for any text built from them.
_SKIPPED = st.sampled_from(
    [" ", "\n", "\r", "\t", "\x0b", "\xa0", "\u3000", "\u200b", "\ufeff", "\x00"]
)
_TRIGGERS = "=+-@\uff1d\uff0b\uff0d\uff20"
_SKIPPABLE = re.compile(r"[\s\x00-\x1f\x7f-\x9f\u200b-\u200f\u2060-\u2064\ufeff]*")


def _safe(cell: str) -> bool:
    """No formula can start: escaped, or nothing but text at the start."""
    if cell.startswith("'"):
        return True
    if cell.startswith(("\t", "\r")):
        return False
    rest = cell[_SKIPPABLE.match(cell).end() :]  # type: ignore[union-attr]
    return not rest.startswith(tuple(_TRIGGERS))


@given(
    st.text()
    | st.builds(
        lambda skipped, trigger, rest: "".join(skipped) + trigger + rest,
        st.lists(_SKIPPED, max_size=4),
        st.sampled_from(_TRIGGERS),
        st.text(max_size=8),
    )
)
def test_csv_cell_escapes_exactly_what_could_start_a_formula(text: str) -> None:
    cell = csv_cell(text)
    # Only ever an apostrophe in front, so the text itself is never changed.
    assert cell in (text, "'" + text)
    assert _safe(cell)
    if text.startswith("'"):
        assert cell == text


@settings(max_examples=50, deadline=None)
@given(st.lists(st.text(max_size=12), min_size=1, max_size=4))
def test_no_cell_of_the_csv_can_start_a_formula(notes: list[str]) -> None:
    sessions = [
        dataclasses.replace(record, note=note)
        for record, note in zip(_sessions(), notes, strict=False)
    ]
    for row in _rows(to_csv(sessions)):
        for value in row.values():
            assert _safe(value), value


def test_csv_starts_with_a_byte_order_mark_so_spreadsheets_read_utf_8() -> None:
    sessions = [dataclasses.replace(_sessions()[0], note="müde, 😴")]
    raw = to_csv(sessions).encode("utf-8")
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert [row["session_id"] for row in rows] == ["b" * 32] * len(sessions[0].holds)
    assert {row["note"] for row in rows} == {"müde, 😴"}


def test_csv_notes_with_commas_and_newlines_stay_in_their_cell() -> None:
    sessions = _sessions()
    sessions[1] = dataclasses.replace(sessions[1], note='line one, "quoted"\nline two')
    rows = _rows(to_csv(sessions))
    assert rows[0]["note"] == 'line one, "quoted"\nline two'
    assert len(rows) == 4


def test_a_session_still_running_is_written_as_a_restore_would_keep_it() -> None:
    """A session without an outcome (running now, or left open by a crash and not
    yet closed) is written interrupted, ending with its last hold, so export,
    import and export again give the same file."""
    from tests.records import session

    start = datetime(2026, 3, 2, 7, 30, tzinfo=BERLIN_WINTER)
    running = session("open", start, outcome=None, ended_at=None)
    first = to_json_text([running], [])
    data = json.loads(first)
    (written,) = data["sessions"]
    assert written["outcome"] == "interrupted"
    assert written["ended_at"] == running.holds[-1].ended_at.isoformat()
    parsed = history_from_text(first)
    assert to_json_text(parsed.sessions, parsed.rest_days) == first
    assert to_csv(parsed.sessions) == to_csv([running])


def test_a_copy_of_a_history_file_is_named_as_such_not_as_bad_json() -> None:
    with pytest.raises(ExchangeError) as refused:
        history_from_text(b"SQLite format 3\x00" + bytes(200))
    assert "copy of a history file" in str(refused.value)
    assert "unknot restore" in str(refused.value)
