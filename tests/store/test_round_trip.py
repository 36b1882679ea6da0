"""What goes into the history comes back exactly: every field, every offset."""

from __future__ import annotations

import copy
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.records import hold
from tests.store.helpers import KOLKATA, ST_JOHNS_WINTER, assert_same_instants_and_offsets
from unknot.core.areas import AreaId, Side, Tool
from unknot.core.clock import FakeClock
from unknot.core.records import HoldRecord, Outcome, SessionKind, SessionRecord, tool_history
from unknot.store import History, HistoryError


def test_a_new_session_is_running_and_dated_where_it_started(history: History) -> None:
    # 00:30 in Kolkata is still the day before in UTC.
    started = datetime(2026, 1, 5, 0, 30, tzinfo=KOLKATA)
    session_id = history.begin_session(SessionKind.SCAN, started, "Asia/Kolkata")

    record = history.session(session_id)

    assert record == SessionRecord(
        id=session_id,
        kind=SessionKind.SCAN,
        outcome=None,
        started_at=started,
        time_zone="Asia/Kolkata",
        local_date=date(2026, 1, 5),
    )
    assert record.started_at.utcoffset() == timedelta(hours=5, minutes=30)
    assert len(session_id) == 32
    assert history.session_count() == 1


def test_every_field_of_a_hold_comes_back(history: History) -> None:
    started = datetime(2026, 1, 5, 7, 30, tzinfo=ST_JOHNS_WINTER)
    session_id = history.begin_session(SessionKind.FOCUS, started, "America/St_Johns")
    holds = (
        hold(
            started + timedelta(seconds=12.345678),
            area=AreaId.NECK,
            side=Side.RIGHT,
            tools_tried=(Tool.HANDS, Tool.TENNIS_BALL, Tool.HANDS),
            planned_seconds=300,
            held_seconds=287.123456789,
            released=True,
            tenderness_before=0,
            tenderness_after=10,
        ),
        hold(
            started + timedelta(minutes=6),
            area=AreaId.HEAD,
            side=None,
            tools_tried=(Tool.HANDS,),
            planned_seconds=20,
            held_seconds=0.0,
            tenderness_before=None,
            tenderness_after=None,
        ),
        hold(started + timedelta(minutes=7), side=Side.BOTH, held_seconds=120),
    )
    for each in holds:
        history.record_hold(session_id, each)

    record = history.session(session_id)

    assert record is not None
    assert_same_instants_and_offsets(record.holds, holds)
    assert sum(h.held_seconds for h in record.holds) == pytest.approx(287.123456789 + 120)
    # Time held as every total counts it: whole seconds per hold.
    assert record.hold_seconds == 287 + 120
    assert isinstance(record.holds[2].held_seconds, float)


def test_finishing_keeps_the_end_in_its_own_offset(history: History) -> None:
    # Berlin goes from +01:00 to +02:00 at 02:00 on 29 March 2026, mid-session.
    berlin = ZoneInfo("Europe/Berlin")
    started = datetime(2026, 3, 29, 1, 50, tzinfo=berlin)
    hold_start = datetime(2026, 3, 29, 1, 58, tzinfo=berlin)
    # Add in UTC: adding to a zoned datetime moves its wall clock, not the instant.
    hold_end = (hold_start.astimezone(UTC) + timedelta(minutes=3)).astimezone(berlin)
    ended = datetime(2026, 3, 29, 3, 10, tzinfo=berlin)
    session_id = history.begin_session(SessionKind.FOCUS, started, "Europe/Berlin")
    across = hold(hold_start, ended_at=hold_end, held_seconds=180.0)
    history.record_hold(session_id, across)
    history.finish_session(session_id, Outcome.STOPPED_PAIN, ended)

    record = history.session(session_id)

    assert record is not None
    assert record.outcome is Outcome.STOPPED_PAIN
    assert record.started_at.isoformat() == "2026-03-29T01:50:00+01:00"
    assert record.ended_at is not None
    assert record.ended_at.isoformat() == "2026-03-29T03:10:00+02:00"
    assert record.holds[0].started_at.isoformat() == "2026-03-29T01:58:00+01:00"
    assert record.holds[0].ended_at.isoformat() == "2026-03-29T03:01:00+02:00"
    assert record.local_start == datetime(2026, 3, 29, 1, 50)


def test_the_second_of_two_equal_wall_times_stays_the_second(history: History) -> None:
    # 02:30 happens twice in Berlin on 25 October 2026; fold=1 is the later one.
    first = datetime(2026, 10, 25, 2, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    second = first.replace(fold=1)
    first_id = history.begin_session(SessionKind.SCAN, first, "Europe/Berlin")
    second_id = history.begin_session(SessionKind.SCAN, second, "Europe/Berlin")

    got = [record.id for record in history.sessions()]

    assert got == [first_id, second_id]
    assert history.sessions()[1].started_at.isoformat() == "2026-10-25T02:30:00+01:00"


def test_a_session_started_by_the_clock_reads_back_in_the_local_offset(
    history: History,
) -> None:
    clock = FakeClock(datetime(2026, 7, 1, 22, 45, tzinfo=UTC), zone="Australia/Lord_Howe")
    started = clock.now().astimezone(clock.zone())
    session_id = history.begin_session(SessionKind.FOCUS, started, "Australia/Lord_Howe")

    record = history.session(session_id)

    assert record is not None
    assert record.started_at.isoformat() == "2026-07-02T09:15:00+10:30"
    assert record.local_date == date(2026, 7, 2)


def test_notes_are_saved_and_cleared(history: History) -> None:
    session_id = history.begin_session(
        SessionKind.FOCUS, datetime(2026, 1, 5, 8, 0, tzinfo=UTC), "UTC"
    )
    history.set_session_note(session_id, "after the run: calves 🏃\nsecond line")
    record = history.session(session_id)
    assert record is not None
    assert record.note == "after the run: calves 🏃\nsecond line"

    history.set_session_note(session_id, None)
    record = history.session(session_id)
    assert record is not None
    assert record.note is None


def test_sessions_come_oldest_first_and_since_a_local_date(history: History) -> None:
    # Started in order in UTC, but the first one's local date is the latest.
    early_but_late_date = datetime(2026, 1, 6, 1, 0, tzinfo=timezone(timedelta(hours=14)))
    middle = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)
    last = datetime(2026, 1, 5, 8, 0, tzinfo=timezone(timedelta(hours=-10)))
    ids = [
        history.begin_session(SessionKind.FOCUS, moment, "Etc/GMT")
        for moment in (early_but_late_date, middle, last)
    ]

    assert [record.id for record in history.sessions()] == ids
    assert [record.id for record in history.sessions(since=date(2026, 1, 6))] == [ids[0]]
    assert history.sessions(since=date(2026, 1, 7)) == []


def test_totals_count_every_session_and_every_second(history: History) -> None:
    assert history.session_count() == 0
    assert history.total_hold_seconds() == 0.0
    start = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    first = history.begin_session(SessionKind.FOCUS, start, "UTC")
    second = history.begin_session(SessionKind.SCAN, start + timedelta(hours=1), "UTC")
    history.record_hold(first, hold(start, held_seconds=100.5))
    history.record_hold(first, hold(start, held_seconds=20.25))
    history.record_hold(second, hold(start, held_seconds=30.0))
    history.finish_session(second, Outcome.INTERRUPTED, start + timedelta(hours=2))

    assert history.session_count() == 2
    assert history.total_hold_seconds() == pytest.approx(150.75)


def test_what_was_written_is_there_after_reopening(data_dir: Path) -> None:
    start = datetime(2026, 1, 5, 8, 0, tzinfo=KOLKATA)
    with History.open(data_dir) as history:
        session_id = history.begin_session(SessionKind.FOCUS, start, "Asia/Kolkata")
        history.record_hold(session_id, hold(start))
        history.finish_session(session_id, Outcome.COMPLETED, start + timedelta(minutes=5))
        before = history.sessions()

    with History.open(data_dir) as history:
        after = history.sessions()

    assert history.interrupted_closed == 0
    for got, expected in zip(after, before, strict=True):
        assert_same_instants_and_offsets(got, expected)


@pytest.mark.parametrize(
    "bad",
    [
        datetime(2026, 1, 5, 8, 0),  # no offset
        datetime(1, 1, 1, 0, 0, tzinfo=KOLKATA),  # before year 1 in UTC
    ],
)
def test_a_time_the_store_cannot_keep_is_refused(history: History, bad: datetime) -> None:
    with pytest.raises(HistoryError):
        history.begin_session(SessionKind.FOCUS, bad, "UTC")
    assert history.session_count() == 0


def test_bad_holds_are_refused_and_nothing_is_written(history: History) -> None:
    start = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    session_id = history.begin_session(SessionKind.FOCUS, start, "UTC")
    good = hold(start)
    bad_holds = [
        hold(start, tenderness_before=11),
        hold(start, tenderness_after=-1),
        hold(start, held_seconds=-1.0),
        hold(start, held_seconds=float("nan"), ended_at=start),
        hold(start, planned_seconds=0),
        HoldRecord(**{**good.__dict__, "area": "elbow"}),
        HoldRecord(**{**good.__dict__, "tool": "golf_ball", "tools_tried": ("golf_ball",)}),
        HoldRecord(**{**good.__dict__, "side": "middle"}),
        HoldRecord(**{**good.__dict__, "ended_at": datetime(2026, 1, 5, 8, 2)}),
    ]
    for bad in bad_holds:
        with pytest.raises(HistoryError):
            history.record_hold(session_id, bad)

    record = history.session(session_id)
    assert record is not None
    assert record.holds == ()


def test_unknown_sessions_are_named_in_the_error(history: History) -> None:
    now = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    with pytest.raises(HistoryError, match="no session nope"):
        history.record_hold("nope", hold(now))
    with pytest.raises(HistoryError, match="no session nope"):
        history.finish_session("nope", Outcome.COMPLETED, now)
    with pytest.raises(HistoryError, match="no session nope"):
        history.set_session_note("nope", "x")
    assert history.session("nope") is None


def test_a_closed_history_says_so(data_dir: Path) -> None:
    history = History.open(data_dir)
    history.close()
    history.close()  # twice is harmless
    with pytest.raises(HistoryError, match="closed"):
        history.sessions()


# --- any hold, any zone --------------------------------------------------------------

_instants = st.datetimes(
    min_value=datetime(1970, 1, 2),
    max_value=datetime(2200, 12, 30),
    timezones=st.timezones(),
    allow_imaginary=False,
)

_tools = st.lists(st.sampled_from(Tool), min_size=1, max_size=5).map(
    lambda used: (used[-1], tool_history(used[:-1], used[-1]))
)

_holds = st.builds(
    lambda tools, **fields: HoldRecord(tool=tools[0], tools_tried=tools[1], **fields),
    tools=_tools,
    area=st.sampled_from(AreaId),
    side=st.none() | st.sampled_from(Side),
    planned_seconds=st.integers(1, 3600),
    held_seconds=st.floats(0, 3600, allow_nan=False),
    released=st.booleans(),
    tenderness_before=st.none() | st.integers(0, 10),
    tenderness_after=st.none() | st.integers(0, 10),
    started_at=_instants,
    ended_at=_instants,
)


@pytest.fixture(scope="module")
def shared_history(tmp_path_factory: pytest.TempPathFactory) -> Iterator[History]:
    # One file for all examples: hypothesis runs each many times in one test.
    with History.open(tmp_path_factory.mktemp("shared") / "data") as history:
        yield history


@settings(max_examples=150, deadline=None)
@given(started_at=_instants, holds=st.lists(_holds, max_size=4))
def test_any_session_round_trips(
    shared_history: History, started_at: datetime, holds: list[HoldRecord]
) -> None:
    zone = str(started_at.tzinfo)
    session_id = shared_history.begin_session(SessionKind.FOCUS, started_at, zone)
    for each in holds:
        shared_history.record_hold(session_id, each)

    record = shared_history.session(session_id)

    assert record is not None
    assert record.local_date == started_at.date()
    assert record.started_at.isoformat() == started_at.isoformat()
    assert_same_instants_and_offsets(record.holds, tuple(holds))


def test_a_hold_saved_early_can_be_completed_in_place(data_dir: Path) -> None:
    start = datetime(2026, 1, 5, 8, 0, tzinfo=KOLKATA)
    with History.open(data_dir) as history:
        session_id = history.begin_session(SessionKind.FOCUS, start, "Asia/Kolkata")
        first = history.record_hold(session_id, hold(start, tenderness_after=None))
        second = history.record_hold(session_id, hold(start + timedelta(minutes=3)))
        rated = hold(
            start,
            area=AreaId.FEET,
            tools_tried=(Tool.TENNIS_BALL, Tool.LACROSSE_BALL),
            held_seconds=121.5,
            released=True,
            tenderness_after=2,
        )
        history.replace_hold(first, rated)
        assert first != second

    with History.open(data_dir) as history:
        record = history.session(session_id)
    assert record is not None
    assert_same_instants_and_offsets(record.holds, (rated, hold(start + timedelta(minutes=3))))


def test_replacing_checks_like_recording(history: History) -> None:
    start = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    session_id = history.begin_session(SessionKind.FOCUS, start, "UTC")
    hold_id = history.record_hold(session_id, hold(start))

    with pytest.raises(HistoryError, match="no hold 999"):
        history.replace_hold(999, hold(start))
    with pytest.raises(HistoryError):
        history.replace_hold(hold_id, hold(start, tenderness_after=11))

    record = history.session(session_id)
    assert record is not None
    assert record.holds == (hold(start),)


def test_a_bad_kind_or_outcome_is_a_history_error(history: History) -> None:
    start = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    with pytest.raises(HistoryError, match="session kind"):
        history.begin_session("yoga", start, "UTC")  # type: ignore[arg-type]
    session_id = history.begin_session(SessionKind.FOCUS, start, "UTC")
    with pytest.raises(HistoryError, match="outcome"):
        history.finish_session(session_id, "done", start)  # type: ignore[arg-type]
    with pytest.raises(HistoryError, match="time zone"):
        history.begin_session(SessionKind.FOCUS, start, " ")


def test_a_folder_with_awkward_characters_works(tmp_path: Path) -> None:
    data_dir = tmp_path / "my data #1 ?50% ünï"
    start = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    with History.open(data_dir) as history:
        session_id = history.begin_session(SessionKind.FOCUS, start, "UTC")
    with History.open(data_dir) as history:
        assert history.interrupted_closed == 1
        assert [s.id for s in history.sessions()] == [session_id]
    assert (data_dir / "history.sqlite3").is_file()


def test_a_hold_that_went_back_to_its_tool_in_a_0_1_file_reads_as_it_happened(
    data_dir: Path,
) -> None:
    # Unknot 0.1 listed each tool once: tennis ball, lacrosse ball, back to the
    # tennis ball was written "tennis_ball,lacrosse_ball" with the tool the tennis ball.
    start = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    with History.open(data_dir) as history:
        session_id = history.begin_session(SessionKind.FOCUS, start, "UTC")
        history.record_hold(session_id, hold(start, area=AreaId.FEET))
    with sqlite3.connect(data_dir / "history.sqlite3") as connection:
        connection.execute(
            "UPDATE holds SET tool = 'tennis_ball', tools_tried = ?", ("tennis_ball,lacrosse_ball",)
        )
    connection.close()

    with History.open(data_dir) as history:
        record = history.session(session_id)

    assert record is not None
    (read,) = record.holds
    assert read.tool is Tool.TENNIS_BALL
    assert read.tools_tried == (Tool.TENNIS_BALL, Tool.LACROSSE_BALL, Tool.TENNIS_BALL)


def test_a_hold_whose_tools_do_not_add_up_is_refused(history: History) -> None:
    start = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    session_id = history.begin_session(SessionKind.FOCUS, start, "UTC")
    good = hold(start)
    # Built around the record's own check, as a caller bypassing it would.
    bad = copy.copy(good)
    object.__setattr__(bad, "tools_tried", (Tool.TENNIS_BALL,))
    with pytest.raises(HistoryError, match="tools do not add up"):
        history.record_hold(session_id, bad)
