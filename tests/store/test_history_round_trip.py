"""Everything Unknot writes reads back: the whole road, not each side alone.

Random plans are walked through the real session engine (core) with random
presses of whatever it allows at each moment, time passing, the machine
sleeping and ratings, each hold saved through the engine's own `Saver` into a
real history in a temporary folder. The history is then exported (JSON backup
and CSV), the backup restored into a fresh folder and exported again: the same
bytes, the same sessions and holds, the same streaks and progress. A daily
`.sqlite3` copy restores to the same history too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TypeVar

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests.store.helpers import assert_same_instants_and_offsets, scratch_folder
from unknot.core.areas import AREAS, AreaId, Tool
from unknot.core.clock import FakeClock
from unknot.core.cues import MAX_CUE_LENGTH, sorted_cues
from unknot.core.hold_timer import SLEEP_GAP_SECONDS
from unknot.core.plans import (
    MAX_HOLD_SECONDS,
    MIN_HOLD_SECONDS,
    Plan,
    Routine,
    Selection,
    all_spots,
    focus_plan,
    scan_plan,
)
from unknot.core.progress import Progress, build_progress
from unknot.core.records import (
    HoldRecord,
    Outcome,
    SessionKind,
    SessionRecord,
    check_tool_history,
)
from unknot.core.session_engine import (
    IN_SESSION,
    Action,
    Cue,
    Display,
    Phase,
    SaveFailedError,
    SessionEngine,
)
from unknot.core.streaks import StreakSettings, today_for
from unknot.store import History, HistoryError
from unknot.store.daily_backups import back_up_daily
from unknot.store.data_files import back_up_to_file, restore_from_file
from unknot.store.exchange import history_from_text, to_csv, to_json_text

ZONES = ("Europe/Berlin", "Asia/Kolkata", "America/St_Johns", "Pacific/Chatham", "UTC")

# Besides what the engine allows: time passing, the machine sleeping, a rating.
WAIT, TIME_UP, SLEEP, RATE = "wait", "time up", "machine sleeps", "rate"
# What is drawn in each phase beside the engine's own actions, weighted so that
# holds run out, get rated and wait about as often as buttons are pressed.
_BESIDES: dict[Phase, tuple[str, ...]] = {
    Phase.READY: (WAIT, RATE),
    Phase.HOLDING: (TIME_UP, TIME_UP, SLEEP, WAIT, RATE),
    Phase.PAUSED: (WAIT, RATE),
    Phase.TIME_UP: (RATE, RATE, WAIT),
    Phase.RELEASED: (RATE, WAIT),
}
# The engine's actions never drawn by number: "sharp pain" is drawn rarely (one
# draw in PAIN_ONE_IN), so that sessions complete as often as they stop; "when to
# stop" only opens advice; the save actions need a fault (see test_session_faults).
_NOT_DRAWN = frozenset(
    {Action.STOP_PAIN, Action.WHEN_TO_STOP, Action.RETRY_SAVE, Action.GO_ON_UNSAVED}
)
PAIN_ONE_IN = 100
# The start is drawn more often, or few holds would ever begin.
_START_WEIGHT = 3

NOTES = (
    st.none()
    | st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=20)
    | st.sampled_from(["müde", "=SUM(A1)", " -1", "\uff1d1+1", "line one\nline two", "🏃 calves"])
)

_T = TypeVar("_T")


@dataclass
class RecordedSession:
    """What the engine handed the store in one session, hold by hold."""

    session_id: str
    holds: list[HoldRecord] = field(default_factory=list)


class StoreSaver:
    """The engine's `Saver` over the real store, as ui/session/saver.py is over
    the history service: a refused write reaches the engine as SaveFailedError.

    Every hold written is checked as it goes in: its tool history follows the
    rule, and it lists the tools that were on the body, in order."""

    def __init__(self, history: History, tools_on_body: Callable[[], tuple[Tool, ...]]) -> None:
        self.history = history
        self._tools_on_body = tools_on_body
        self._sessions: dict[str, list[int]] = {}
        self._holds: dict[int, HoldRecord] = {}

    def begin_session(self, kind: SessionKind, started_at: datetime, time_zone: str) -> str:
        session_id = _saving(lambda: self.history.begin_session(kind, started_at, time_zone))
        self._sessions[session_id] = []
        return session_id

    def record_hold(self, session_id: str, hold: HoldRecord) -> int:
        self._check(hold)
        hold_id = _saving(lambda: self.history.record_hold(session_id, hold))
        self._sessions[session_id].append(hold_id)
        self._holds[hold_id] = hold
        return hold_id

    def replace_hold(self, hold_id: int, hold: HoldRecord) -> None:
        self._check(hold)
        _saving(lambda: self.history.replace_hold(hold_id, hold))
        self._holds[hold_id] = hold

    def finish_session(self, session_id: str, outcome: Outcome, ended_at: datetime) -> None:
        _saving(lambda: self.history.finish_session(session_id, outcome, ended_at))

    def recorded(self, session_id: str) -> RecordedSession:
        holds = [self._holds[hold_id] for hold_id in self._sessions[session_id]]
        return RecordedSession(session_id, holds)

    def _check(self, hold: HoldRecord) -> None:
        check_tool_history(hold.tools_tried, hold.tool)
        assert hold.tools_tried == (self._tools_on_body() or (hold.tool,))


def _saving(write: Callable[[], _T]) -> _T:
    try:
        return write()
    except HistoryError as error:
        raise SaveFailedError(str(error)) from error


class QuietView:
    """A view that shows nothing: the test reads the engine itself."""

    def show(self, display: Display) -> None:
        pass

    def announce(self, text: str, *, urgent: bool) -> None:
        pass

    def cue(self, cue: Cue) -> None:
        pass


Press = tuple[int | Action | str, int]


def walk(
    history: History,
    clock: FakeClock,
    plan: Plan,
    presses: Iterable[Press],
    note: str | None,
    *,
    auto_advance: bool = False,
) -> RecordedSession:
    """Press buttons on a session of `plan`: each press is (choice, amount), the
    choice an action or one of WAIT, TIME_UP, SLEEP, RATE, or a number picking
    one of those on offer; the amount the seconds to wait or the rating to give.
    Whatever is under way at the end is left the way closing the window leaves
    it (interrupted, time kept)."""
    # The tools on the body during the hold under way, in order, as the person
    # would tell them: the one the hold started with, then each change.
    on_body: list[Tool] = []
    saver = StoreSaver(history, lambda: tuple(on_body))
    engine = SessionEngine(
        plan, clock, saver, QuietView(), auto_advance=auto_advance, tools=set(Tool)
    )
    engine.begin()

    def time_passes(seconds: float) -> None:
        """As the screen's timer does: woken at each `next_wake`, or later."""
        while seconds > 0:
            due = engine.next_wake()
            step = seconds if due is None else min(seconds, max(due - clock.monotonic(), 0.001))
            clock.advance(step)
            seconds -= step
            engine.wake()

    for choice, amount in presses:
        phase = engine.phase
        if phase not in IN_SESSION:
            break
        spot, tool = engine.index, engine.display().tool
        drawn = sorted(engine.allowed() - _NOT_DRAWN)
        if Action.START_PAUSE in drawn and phase is Phase.READY:
            drawn += [Action.START_PAUSE] * _START_WEIGHT
        offered: list[Action | str] = [*drawn, *_BESIDES[phase]]
        if isinstance(choice, int):
            what = Action.STOP_PAIN if choice % PAIN_ONE_IN == 0 else offered[choice % len(offered)]
        else:
            assert choice in (*offered, Action.STOP_PAIN), f"{choice} is not offered in {phase}"
            what = choice
        if isinstance(what, Action):
            assert engine.do(what), f"{what} was allowed in {phase}"
        elif what == RATE:
            engine.rate(amount % 11)
        elif what == WAIT:
            time_passes(amount)
        elif what == TIME_UP:
            time_passes(engine.timer.remaining_seconds())
        elif what == SLEEP:
            clock.sleep_machine(SLEEP_GAP_SECONDS + amount)
            engine.wake()
            assert engine.phase is Phase.PAUSED, "a sleeping machine pauses the hold"
        # Follow the tools on the body: a new spot starts afresh; a hold begins
        # with the tool shown; a change while it runs is one more tool tried.
        shown = engine.display()
        if engine.index != spot or shown.phase is Phase.READY:
            on_body.clear()
        running = shown.phase in (Phase.HOLDING, Phase.PAUSED)
        if running and (not on_body or shown.tool != tool):
            on_body.append(shown.tool)
        # Nothing the person did waits to be saved, and nothing failed.
        assert engine.phase is not Phase.SAVE_FAILED
        if engine.session_id is not None:
            written = saver.recorded(engine.session_id).holds
            assert written == list(engine.records)

    if engine.phase is Phase.STOPPED:
        engine.show_summary()
    elif engine.is_running:
        engine.abandon()
    assert engine.summary().unsaved == ""
    session_id = engine.session_id
    assert session_id is not None
    if note is not None:
        history.set_session_note(session_id, note)
    recorded = saver.recorded(session_id)
    assert recorded.holds == list(engine.records)
    return recorded


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    if draw(st.integers(0, 5)) == 0:
        return scan_plan()
    spots = draw(st.lists(st.sampled_from(all_spots()), min_size=1, max_size=3, unique=True))
    tenderness = st.none() | st.integers(0, 10)
    selections = [Selection(spot, draw(tenderness)) for spot in spots]
    return focus_plan(selections, draw(st.integers(MIN_HOLD_SECONDS, MAX_HOLD_SECONDS)))


_press = st.tuples(st.integers(1, 10_000), st.integers(1, 200))
_actions = st.lists(_press, min_size=12, max_size=50)
_sessions = st.lists(
    st.tuples(
        plans(),
        _actions,
        NOTES,
        st.sampled_from(ZONES),
        # Hours to the next session: the same day, the next, or days later.
        st.integers(0, 80),
        # "Start the next spot on its own" in the settings.
        st.booleans(),
    ),
    min_size=1,
    max_size=3,
)
_routines = st.lists(
    st.builds(
        Routine,
        name=st.text(
            st.characters(exclude_categories=["Cs", "Cc"]), min_size=1, max_size=12
        ).filter(str.strip),
        selections=st.lists(
            st.builds(Selection, st.sampled_from(all_spots()), st.none() | st.integers(0, 10)),
            min_size=1,
            max_size=3,
            unique_by=lambda selection: selection.spot,
        ).map(tuple),
    ),
    max_size=2,
    unique_by=lambda routine: routine.name,
)
# What a person types: spaces around it are trimmed when it is saved.
_cues = st.dictionaries(
    st.sampled_from([(area.id, tool) for area in AREAS.values() for tool in area.ladder]),
    st.text(
        st.characters(exclude_categories=["Cs", "Cc", "Zl", "Zp"]),
        min_size=1,
        max_size=MAX_CUE_LENGTH,
    ).filter(str.strip)
    | st.sampled_from(["  lean a bit to the left ", "wall by the door", "=1+1", "🙂"]),
    max_size=4,
)
_rules = st.builds(
    StreakSettings,
    weekly_goal=st.integers(1, 7),
    week_start=st.integers(1, 7),
    day_start=st.sampled_from([time(0, 0), time(3, 0), time(5, 30)]),
)


@dataclass(frozen=True)
class Exported:
    json: str
    csv: str
    sessions: list[SessionRecord]
    progress: Progress
    session_count: int
    total_hold_seconds: float
    session_starts: list[tuple[datetime, list[float]]]


def export(history: History, today: date, rules: StreakSettings) -> Exported:
    sessions = history.sessions()
    rest_days = history.rest_days()
    return Exported(
        json=to_json_text(sessions, rest_days, history.routines(), sorted_cues(history.cues())),
        csv=to_csv(sessions),
        sessions=sessions,
        progress=build_progress(sessions, rest_days, today, rules),
        session_count=history.session_count(),
        total_hold_seconds=history.total_hold_seconds(),
        session_starts=history.session_starts(),
    )


def assert_same_history(got: Exported, expected: Exported) -> None:
    assert got.json == expected.json
    assert got.csv == expected.csv
    assert_same_instants_and_offsets(got.sessions, expected.sessions)
    assert got.progress == expected.progress
    assert got.session_count == expected.session_count
    assert got.total_hold_seconds == expected.total_hold_seconds
    assert_same_instants_and_offsets(got.session_starts, expected.session_starts)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    sessions=_sessions,
    routines=_routines,
    rest_days=st.sets(st.integers(-3, 10), max_size=3),
    rules=_rules,
    cues=_cues,
)
def test_what_a_session_records_exports_restores_and_exports_the_same(
    sessions: list[tuple[Plan, list[Press], str | None, str, int, bool]],
    routines: list[Routine],
    cues: dict[tuple[AreaId, Tool], str],
    rest_days: set[int],
    rules: StreakSettings,
) -> None:
    clock = FakeClock(datetime(2026, 3, 28, 18, 45, tzinfo=UTC), zone=ZONES[0])
    with scratch_folder() as scratch:
        root = Path(scratch)
        with History.open(root / "used") as history:
            recorded: list[RecordedSession] = []
            for plan, actions, note, zone, hours_later, auto in sessions:
                clock.set_zone(zone)
                recorded.append(walk(history, clock, plan, actions, note, auto_advance=auto))
                outcome = history.sessions()[-1].outcome
                event(f"{plan.kind}: {outcome}")
                clock.advance(hours_later * 3600 + 17)
            first_day = recorded_dates(history)[0]
            for offset in rest_days:
                history.set_rest_day(first_day + timedelta(days=offset), True)
            for routine in routines:
                history.save_routine(routine)
            for (area, tool), text in cues.items():
                history.set_cue(area, tool, text)
            kept = history.cues()
            assert kept == {key: text.strip() for key, text in cues.items()}
            today = today_for(clock.now(), clock.zone(), rules.day_start)

            # The store holds what the session handed out, hold by hold.
            stored = {record.id: record for record in history.sessions()}
            for each in recorded:
                event(f"holds saved: {len(each.holds)}")
                for hold in each.holds:
                    event(f"tools tried: {len(hold.tools_tried)}")
                assert_same_instants_and_offsets(stored[each.session_id].holds, tuple(each.holds))
            used = export(history, today, rules)
            back_up_to_file(
                root / "backup.json",
                used.sessions,
                history.rest_days(),
                routines,
                sorted_cues(kept),
            )
            daily_copy = back_up_daily(root / "used", today).made
        assert daily_copy is not None

        # File > Restore and `unknot import` of the backup, into a fresh folder.
        assert history_from_text(used.json).sessions == tuple(used.sessions)
        with History.open(root / "restored") as restored:
            restore_from_file(restored, root / "backup.json")
            again = export(restored, today, rules)
            assert restored.cues() == kept
        assert_same_history(again, used)

        # The daily copy, restored the same way.
        with History.open(root / "from-copy") as from_copy:
            restore_from_file(from_copy, daily_copy)
            from_daily = export(from_copy, today, rules)
            assert from_copy.cues() == kept
        assert_same_history(from_daily, used)


def recorded_dates(history: History) -> list[date]:
    return [record.local_date for record in history.sessions()]


def test_more_pressure_then_too_much_before_the_start_round_trips(tmp_path: Path) -> None:
    """The sequence that made 0.1 refuse its own backups, as one plain example."""
    clock = FakeClock(datetime(2026, 3, 28, 18, 45, tzinfo=UTC), zone="Europe/Berlin")
    plan = focus_plan([Selection(all_spots()[-1], 5)])
    presses: list[Press] = [(Action.MORE_PRESSURE, 1), (Action.TOO_MUCH, 1)]
    presses += [(Action.START_PAUSE, 1), (Action.MORE_PRESSURE, 1), (WAIT, 30)]
    presses += [(Action.TOO_MUCH, 1), (TIME_UP, 1), (Action.NEXT, 1)]
    with History.open(tmp_path / "used") as history:
        recorded = walk(history, clock, plan, presses, "müde")
        text = to_json_text(history.sessions(), (), ())
    (hold,) = recorded.holds
    assert hold.tools_tried[0] == hold.tools_tried[-1] == hold.tool
    assert len(hold.tools_tried) == 3
    with History.open(tmp_path / "restored") as restored:
        parsed = history_from_text(text)
        restored.import_history(parsed.sessions, parsed.rest_days)
        assert to_json_text(restored.sessions(), (), ()) == text


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    holds=st.integers(0, 3),
    zone=st.sampled_from(ZONES),
    ended_before=st.booleans(),
    note=st.none() | st.just("half way"),
)
def test_a_copy_taken_mid_session_restores_as_interrupted_and_round_trips(
    holds: int, zone: str, ended_before: bool, note: str | None
) -> None:
    """An import or a restore never creates a running session: the session a copy
    caught under way is stored as interrupted, ending where the history ends one
    whose app stopped, so export -> import -> export gives the same files."""
    import shutil

    from tests.records import hold

    clock = FakeClock(datetime(2026, 3, 28, 18, 45, tzinfo=UTC), zone=zone)
    with scratch_folder() as scratch:
        root = Path(scratch)
        with History.open(root / "used") as history:
            if ended_before:
                done = history.begin_session(SessionKind.SCAN, clock.now(), zone)
                history.finish_session(done, Outcome.COMPLETED, clock.now() + timedelta(minutes=4))
                clock.advance(3600)
            started = clock.now()
            running = history.begin_session(SessionKind.FOCUS, started, zone)
            for minute in range(holds):
                history.record_hold(running, hold(started + timedelta(minutes=3 * minute)))
            if note is not None:
                history.set_session_note(running, note)
            # Only the files, copied while the session runs.
            (root / "copy").mkdir()
            for suffix in ("", "-wal"):
                shutil.copyfile(
                    f"{history.path}{suffix}", root / "copy" / f"history.sqlite3{suffix}"
                )
            abandoned = history.session(running)
        assert abandoned is not None and abandoned.outcome is None

        with History.open(root / "restored") as restored:
            restore_from_file(restored, root / "copy" / "history.sqlite3")
            first = restored.sessions()
            first_json = to_json_text(first, restored.rest_days(), ())
        assert all(record.outcome is not None for record in first)
        (got,) = [record for record in first if record.id == running]
        assert got.outcome is Outcome.INTERRUPTED
        assert got.ended_at == (abandoned.holds[-1].ended_at if holds else started)
        assert got.holds == abandoned.holds and got.note == note

        with History.open(root / "imported") as imported:
            parsed = history_from_text(first_json)
            imported.import_history(parsed.sessions, parsed.rest_days)
            assert to_json_text(imported.sessions(), imported.rest_days(), ()) == first_json
            assert to_csv(imported.sessions()) == to_csv(first)
