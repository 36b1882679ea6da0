"""The UI's one door to the history: writes commit, then `changed` fires."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from tests.records import hold
from unknot.core.areas import AreaId, Side
from unknot.core.plans import Routine, Selection, Spot
from unknot.core.records import HoldRecord, Outcome, SessionKind
from unknot.core.streaks import StreakSettings
from unknot.store import History
from unknot.ui.history.history_service import HistoryService, SaveError

BERLIN = ZoneInfo("Europe/Berlin")
START = datetime(2026, 3, 2, 18, 0, tzinfo=BERLIN)


def a_hold(held: float = 120.0, *, after: int | None = None) -> HoldRecord:
    return hold(START, held_seconds=held, released=after is not None, tenderness_after=after)


@pytest.fixture
def service(tmp_path: Path) -> Iterator[HistoryService]:
    history = History.open(tmp_path / "data")
    yield HistoryService(history)
    history.close()


def test_every_write_is_readable_when_the_signal_fires(service: HistoryService) -> None:
    seen: list[int] = []

    def on_changed() -> None:
        sessions = service.sessions()
        seen.append(sum(len(s.holds) for s in sessions))

    service.changed.connect(on_changed)
    session_id = service.begin_session(SessionKind.FOCUS, START, "Europe/Berlin")
    hold_id = service.record_hold(session_id, a_hold())
    service.replace_hold(hold_id, a_hold(after=2))
    service.finish_session(session_id, Outcome.COMPLETED, START + timedelta(minutes=3))
    service.set_session_note(session_id, "after gardening")
    assert seen == [0, 1, 1, 1, 1]
    saved = service.session(session_id)
    assert saved is not None
    assert saved.note == "after gardening" and saved.outcome is Outcome.COMPLETED
    assert saved.holds[0].tenderness_after == 2
    assert service.session_count() == 1
    assert service.total_hold_seconds() == 120


def test_rest_days_and_routines_go_through_the_same_door(
    service: HistoryService, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(service.changed):
        service.set_rest_day(date(2026, 3, 3), True)
    assert service.rest_days() == frozenset({date(2026, 3, 3)})
    routine = Routine("desk neck", (Selection(Spot(AreaId.NECK, Side.LEFT), 5),))
    with qtbot.waitSignal(service.changed):
        service.save_routine(routine)
    assert [r.name for r in service.routines()] == ["desk neck"]
    with qtbot.waitSignal(service.changed):
        service.delete_routine("desk neck")
    assert service.routines() == []


def test_a_refused_write_says_why_and_changes_nothing(service: HistoryService) -> None:
    fired: list[None] = []
    service.changed.connect(lambda: fired.append(None))
    with pytest.raises(SaveError) as raised:
        service.finish_session("no-such-session", Outcome.COMPLETED, START)
    assert "no-such-session" in str(raised.value)
    assert "\n" not in str(raised.value)
    assert fired == []


def test_streaks_come_from_the_whole_history(service: HistoryService) -> None:
    from unknot.ui.history.practice_log_model import read_glance

    for day in range(3):
        started = START + timedelta(days=day)
        session_id = service.begin_session(SessionKind.FOCUS, started, "Europe/Berlin")
        template = a_hold()
        service.record_hold(
            session_id,
            HoldRecord(**{**template.__dict__, "started_at": started, "ended_at": started}),
        )
        service.finish_session(session_id, Outcome.COMPLETED, started)
    streaks = read_glance(service, date(2026, 3, 4), StreakSettings(weekly_goal=3)).streaks
    assert streaks.day_streak == 3
    assert streaks.this_week_days == 3
    assert streaks.week_streak == 1


def test_a_restore_merges_and_tells_every_view(service: HistoryService, tmp_path: Path) -> None:
    from unknot.store.exchange import history_from_text, to_json_text

    source = History.open(tmp_path / "other")
    session_id = source.begin_session(SessionKind.FOCUS, START, "Europe/Berlin")
    source.record_hold(session_id, a_hold())
    source.finish_session(session_id, Outcome.COMPLETED, START + timedelta(minutes=3))
    parsed = history_from_text(to_json_text(source.sessions(), source.rest_days(), []))
    source.close()
    fired: list[bool] = []
    service.changed.connect(lambda: fired.append(True))

    report = service.import_history(parsed)
    again = service.import_history(parsed)

    assert (report.sessions_added, again.sessions_skipped) == (1, 1)
    assert fired == [True, True]
    assert [s.id for s in service.sessions()] == [session_id]


def test_half_a_character_from_the_note_box_or_a_routine_name_is_refused_in_words(
    service: HistoryService,
) -> None:
    session_id = service.begin_session(SessionKind.FOCUS, START, "Europe/Berlin")
    service.set_session_note(session_id, "müde")
    with pytest.raises(SaveError, match=r"^The note cannot be saved: character 5 is half"):
        service.set_session_note(session_id, "müde\ud800")
    with pytest.raises(SaveError, match=r"^The routine's name cannot be saved: character 1"):
        service.save_routine(Routine("\udc00 neck", (Selection(Spot(AreaId.NECK, Side.LEFT)),)))
    saved = service.session(session_id)
    assert saved is not None and saved.note == "müde"
    assert service.routines() == []


def test_every_write_returns_and_announces_what_it_changed(service: HistoryService) -> None:
    from unknot.core.history_change import ChangedBy, HistoryChange
    from unknot.store.exchange import ParsedHistory

    heard: list[HistoryChange] = []
    service.changed.connect(heard.append)
    session_id = service.begin_session(SessionKind.FOCUS, START, "Europe/Berlin")
    hold_id = service.record_hold(session_id, a_hold())
    returned = [
        service.replace_hold(hold_id, a_hold(after=2)),
        service.finish_session(session_id, Outcome.COMPLETED, START + timedelta(minutes=3)),
        service.set_session_note(session_id, "after gardening"),
        service.set_rest_day(date(2026, 3, 3), True),
        service.save_routine(Routine("Calves", (Selection(Spot(AreaId.CALVES, Side.LEFT)),))),
        service.delete_routine("Calves"),
    ]
    service.import_history(ParsedHistory((), ()))
    assert heard[2:-1] == returned
    assert heard == [
        HistoryChange(ChangedBy.SESSION, sessions_added=(session_id,)),
        HistoryChange(ChangedBy.SESSION, sessions_updated=(session_id,), holds=(hold_id,)),
        HistoryChange(ChangedBy.SESSION, holds=(hold_id,)),
        HistoryChange(ChangedBy.SESSION, sessions_updated=(session_id,)),
        HistoryChange(ChangedBy.PERSON, notes=(session_id,)),
        HistoryChange(ChangedBy.PERSON, rest_days=(date(2026, 3, 3),)),
        HistoryChange(ChangedBy.PERSON, routines=True),
        HistoryChange(ChangedBy.PERSON, routines=True),
        HistoryChange(ChangedBy.RESTORE, everything=True),
    ]
    # Notes and routines move no figure; holds and rest days do.
    assert [change.touches_practice for change in heard] == [
        True, True, True, True, False, True, False, False, True
    ]  # fmt: skip
    assert not any(change.from_outside for change in heard)
    # None of those was another program's: nothing is seen from outside.
    assert service.check_outside() is None


def test_a_commit_by_another_program_is_seen_once(service: HistoryService, tmp_path: Path) -> None:
    from unknot.core.history_change import ChangedBy

    heard: list[object] = []
    service.changed.connect(heard.append)
    assert service.check_outside() is None
    with History.open(tmp_path / "data") as other:
        other.set_rest_day(date(2026, 3, 4), True)
    change = service.check_outside()
    assert change is not None and change.from_outside and change.everything
    assert change.changed_by is ChangedBy.OUTSIDE
    assert heard == [change]
    assert service.check_outside() is None
    # Our own write after theirs is ours alone.
    service.set_rest_day(date(2026, 3, 5), True)
    assert service.check_outside() is None
