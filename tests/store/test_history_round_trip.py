"""Everything Unknot writes reads back: the whole road, not each side alone.

Random plans are walked through the real guided session (core) with random
presses of every button, each hold saved the way the session screen saves it,
into a real history in a temporary folder. The history is then exported (JSON
backup and CSV), the backup restored into a fresh folder and exported again:
the same bytes, the same sessions and holds, the same streaks and progress. A
daily `.sqlite3` copy restores to the same history too.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests.store.helpers import assert_same_instants_and_offsets, scratch_folder
from unknot.core.clock import FakeClock
from unknot.core.guided_session import GuidedSession
from unknot.core.hold_timer import SLEEP_GAP_SECONDS, HoldEnd, HoldState
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
from unknot.core.records import HoldRecord, Outcome, SessionRecord
from unknot.core.streaks import StreakSettings, today_for
from unknot.store import History
from unknot.store.daily_backups import back_up_daily
from unknot.store.data_files import back_up_to_file, restore_from_file
from unknot.store.exchange import history_from_text, to_csv, to_json_text

ZONES = ("Europe/Berlin", "Asia/Kolkata", "America/St_Johns", "Pacific/Chatham", "UTC")

# The buttons the session screen offers in each state of the hold, and time
# passing. "Sharp pain" is always there but drawn rarely (see `walk`), so that
# sessions complete as often as they stop.
_LADDER = ("more pressure", "too much") * 2
_ON_THE_WAY = (*_LADDER, "+1 min", "skip", "tenderness before", "wait")
BUTTONS = {
    "ready": ("start",) * 4 + _ON_THE_WAY,
    "holding": ("pause", "released", "time up", "time up", "machine sleeps", *_ON_THE_WAY),
    "paused": ("resume", "resume", "released", *_ON_THE_WAY),
    # Time is up and saved; the question "did it release?" is open.
    "time up": ("+1 min", "released", "next", "tenderness after"),
    # The hold is answered; on to the next spot.
    "answered": ("next", "next", "tenderness after"),
}
PAIN_ONE_IN = 40

NOTES = (
    st.none()
    | st.text(st.characters(exclude_categories=["Cs"]), max_size=20)
    | st.sampled_from(["müde", "=SUM(A1)", " -1", "\uff1d1+1", "line one\nline two", "🏃 calves"])
)


@dataclass
class RecordedSession:
    """What the person did in one session, as the store should hold it."""

    session_id: str
    holds: list[HoldRecord] = field(default_factory=list)


class Recorder:
    """Saves a guided session the way the session screen does: a session row at
    the start, each hold the moment it ends (the moment its time is up, corrected
    in place once answered), the outcome at the end."""

    def __init__(self, history: History, session: GuidedSession) -> None:
        self.history = history
        self.session = session
        session_id = history.begin_session(session.kind, session.started_at, session.time_zone)
        self.recorded = RecordedSession(session_id)
        self._hold_id: int | None = None

    def save(self, record: HoldRecord) -> None:
        if self._hold_id is None:
            self._hold_id = self.history.record_hold(self.recorded.session_id, record)
            self.recorded.holds.append(record)
        else:
            self.history.replace_hold(self._hold_id, record)
            self.recorded.holds[-1] = record

    @property
    def saved(self) -> HoldRecord | None:
        return self.recorded.holds[-1] if self._hold_id is not None else None

    def next_spot(self) -> None:
        self._hold_id = None

    def finish(self, outcome: Outcome, at: datetime) -> None:
        self.history.finish_session(self.recorded.session_id, outcome, at)


def walk(
    history: History,
    clock: FakeClock,
    plan: Plan,
    presses: Iterable[tuple[int | str, int]],
    note: str | None,
) -> RecordedSession:
    """Press buttons on a session of `plan`: each press is (button, amount), the
    button named or drawn as a number picking one of those on offer, the amount
    the seconds to wait or the rating to give. Whatever is under way at the end is
    left the way closing the window leaves it (interrupted, time kept)."""
    session = GuidedSession(plan, clock)
    recorder = Recorder(history, session)

    def closed() -> bool:
        return len(session.records) > session.index

    def time_passes(seconds: float) -> None:
        while seconds > 0:
            step = min(seconds, SLEEP_GAP_SECONDS - 1)
            clock.advance(step)
            seconds -= step
            if session.timer.poll() is HoldState.DONE and not closed():
                # Time is up: saved at once, before anyone answers.
                recorder.save(session.pending_record())
                return

    def advance() -> None:
        recorder.next_spot()
        if not session.next_step():
            recorder.finish(Outcome.COMPLETED, clock.now())

    for choice, amount in presses:
        if session.is_over:
            break
        timer = session.timer
        state = timer.state
        if closed():
            where = "answered"
        elif state is HoldState.DONE:
            where = "time up"
        else:
            where = state.value
        # Whatever is drawn is a button that is there: no draw is wasted.
        buttons = BUTTONS[where]
        if isinstance(choice, str):
            assert choice in (*buttons, "sharp pain"), f"{choice} is not offered when {where}"
            action = choice
        elif choice % PAIN_ONE_IN == 0:
            action = "sharp pain"
        else:
            action = buttons[choice % len(buttons)]
        if action == "start":
            timer.start()
        elif action == "pause":
            timer.pause()
        elif action == "resume":
            timer.resume()
        elif action == "more pressure":
            timer.more_pressure()
        elif action == "too much":
            timer.too_much()
        elif action == "+1 min":
            timer.extend()
        elif action == "released":
            after = recorder.saved.tenderness_after if recorder.saved else None
            recorder.save(session.end_hold(released=True, tenderness_after=after))
        elif action == "skip":
            skipped = session.end_hold(released=False)
            if state is not HoldState.READY:
                recorder.save(skipped)
            advance()
        elif action == "time up":
            time_passes(timer.remaining_seconds())
        elif action == "wait":
            time_passes(amount)
        elif action == "machine sleeps":
            clock.sleep_machine(SLEEP_GAP_SECONDS + amount)
            timer.poll()
        elif action == "tenderness before":
            session.set_tenderness_before(amount % 11)
        elif action == "tenderness after" and recorder.saved is not None:
            recorder.save(dataclasses.replace(recorder.saved, tenderness_after=amount % 11))
        elif action == "next":
            if not closed():
                after = recorder.saved.tenderness_after if recorder.saved else None
                recorder.save(session.end_hold(released=False, tenderness_after=after))
            advance()
        elif action == "sharp pain":
            stopped = session.stop_for_pain()
            if stopped is not None:
                recorder.save(stopped)
            recorder.finish(Outcome.STOPPED_PAIN, clock.now())

    if not session.is_over:
        timer = session.timer
        under_way = not closed() and timer.state is not HoldState.READY
        if under_way and (timer.end is HoldEnd.TIME_UP or timer.held_seconds() >= 1):
            recorder.save(session.end_hold(released=False))
        recorder.finish(Outcome.INTERRUPTED, clock.now())
    if note is not None:
        history.set_session_note(recorder.recorded.session_id, note)
    return recorder.recorded


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
        json=to_json_text(sessions, rest_days, history.routines()),
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
)
def test_what_a_session_records_exports_restores_and_exports_the_same(
    sessions: list[tuple[Plan, list[tuple[int, int]], str | None, str, int]],
    routines: list[Routine],
    rest_days: set[int],
    rules: StreakSettings,
) -> None:
    clock = FakeClock(datetime(2026, 3, 28, 18, 45, tzinfo=UTC), zone=ZONES[0])
    with scratch_folder() as scratch:
        root = Path(scratch)
        with History.open(root / "used") as history:
            recorded: list[RecordedSession] = []
            for plan, actions, note, zone, hours_later in sessions:
                clock.set_zone(zone)
                recorded.append(walk(history, clock, plan, actions, note))
                outcome = history.sessions()[-1].outcome
                event(f"{plan.kind}: {outcome}")
                clock.advance(hours_later * 3600 + 17)
            first_day = recorded_dates(history)[0]
            for offset in rest_days:
                history.set_rest_day(first_day + timedelta(days=offset), True)
            for routine in routines:
                history.save_routine(routine)
            today = today_for(clock.now(), clock.zone(), rules.day_start)

            # The store holds what the session handed out, hold by hold.
            stored = {record.id: record for record in history.sessions()}
            for each in recorded:
                event(f"holds saved: {len(each.holds)}")
                for hold in each.holds:
                    event(f"tools tried: {len(hold.tools_tried)}")
                assert_same_instants_and_offsets(stored[each.session_id].holds, tuple(each.holds))
            used = export(history, today, rules)
            back_up_to_file(root / "backup.json", used.sessions, history.rest_days(), routines)
            daily_copy = back_up_daily(root / "used", today).made
        assert daily_copy is not None

        # File > Restore and `unknot import` of the backup, into a fresh folder.
        assert history_from_text(used.json).sessions == tuple(used.sessions)
        with History.open(root / "restored") as restored:
            restore_from_file(restored, root / "backup.json")
            again = export(restored, today, rules)
        assert_same_history(again, used)

        # The daily copy, restored the same way.
        with History.open(root / "from-copy") as from_copy:
            restore_from_file(from_copy, daily_copy)
            from_daily = export(from_copy, today, rules)
        assert_same_history(from_daily, used)


def recorded_dates(history: History) -> list[date]:
    return [record.local_date for record in history.sessions()]


def test_more_pressure_then_too_much_before_the_start_round_trips(tmp_path: Path) -> None:
    """The sequence that made 0.1 refuse its own backups, as one plain example."""
    clock = FakeClock(datetime(2026, 3, 28, 18, 45, tzinfo=UTC), zone="Europe/Berlin")
    plan = focus_plan([Selection(all_spots()[-1], 5)])
    presses: list[tuple[int | str, int]] = [("more pressure", 1), ("too much", 1)]
    presses += [("start", 1), ("more pressure", 1), ("wait", 30), ("too much", 1)]
    presses += [("time up", 1), ("released", 1)]
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
