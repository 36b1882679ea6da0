"""A session screen on a real history in a temporary folder, driven by a fake clock."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from unknot.core.areas import AreaId, Side
from unknot.core.clock import FakeClock
from unknot.core.plans import Plan, Selection, Spot, focus_plan
from unknot.core.records import SessionRecord
from unknot.core.session_engine import Action, Display, Phase
from unknot.settings import Settings
from unknot.store import History
from unknot.ui.history.history_service import HistoryService
from unknot.ui.history.practice_log_model import PracticeLogModel
from unknot.ui.session.chime import Chime
from unknot.ui.session.session_screen import SessionScreen

NO_MODIFIER = Qt.KeyboardModifier.NoModifier


class RecordingChime(Chime):
    """Plays nothing; remembers each cue's volume."""

    def __init__(self) -> None:
        super().__init__(source=None)
        self.played: list[int] = []
        self.prepared = 0

    def prepare(self) -> None:
        self.prepared += 1

    def play(self, volume: int) -> bool:
        self.played.append(volume)
        return True


@dataclasses.dataclass
class Rig:
    screen: SessionScreen
    clock: FakeClock
    history: History
    service: HistoryService
    chime: RecordingChime
    settings: Settings
    announcements: list[str]
    notices: list[str]

    def run(self, seconds: float, step: float = 1.0) -> None:
        """Let time pass as the event loop would see it: a tick every `step`."""
        left = seconds
        while left > 1e-9:
            moved = min(step, left)
            self.clock.advance(moved)
            self.screen.tick()
            left -= moved

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
        QTest.keyClick(self.screen, key, modifier)

    def phase(self) -> Phase:
        # A call, not the property: each check reads the screen afresh.
        return self.screen.phase

    def shown(self) -> Display:
        """What the engine displays now."""
        engine = self.screen.engine
        assert engine is not None
        return engine.display()

    def act(self, action: Action) -> None:
        """Press the action as a button, the menu or the tray would."""
        self.screen.session_actions[action].trigger()

    def saved(self) -> SessionRecord:
        session_id = self.screen.session_id
        assert session_id is not None
        record = self.history.session(session_id)
        assert record is not None
        return record

    def set_settings(self, **changes: object) -> None:
        self.settings = dataclasses.replace(self.settings, **changes)  # type: ignore[arg-type]


@contextmanager
def session_rig(data_dir: Path, *, with_log: bool = False, **settings: object) -> Iterator[Rig]:
    clock = FakeClock(datetime(2026, 3, 2, 17, 0, tzinfo=UTC), zone="Europe/Berlin")
    history = History.open(data_dir)
    service = HistoryService(history)
    chime = RecordingChime()
    rig_settings = dataclasses.replace(Settings(sound_on=False), **settings)  # type: ignore[arg-type]
    holder: list[Rig] = []
    # The window's read model, read at once (no worker), when asked for.
    log = PracticeLogModel(service, threaded=False) if with_log else None
    if log is not None:
        log.load()
    screen = SessionScreen(
        service, clock, lambda: holder[0].settings, chime=chime, practice_log=log
    )
    rig = Rig(screen, clock, history, service, chime, rig_settings, [], [])
    holder.append(rig)
    screen.announced.connect(rig.announcements.append)
    screen.notifier.notified.connect(lambda _way, text: rig.notices.append(text))
    try:
        yield rig
    finally:
        screen.close()
        screen.deleteLater()
        history.close()


def calf_and_shoulder(hold_seconds: int = 120) -> Plan:
    return focus_plan(
        [
            Selection(Spot(AreaId.CALVES, Side.LEFT), 6),
            Selection(Spot(AreaId.SHOULDERS, Side.RIGHT), 4),
        ],
        hold_seconds,
    )
