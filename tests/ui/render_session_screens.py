"""Render the guided session offscreen in a light and a dark palette.

    python -m tests.ui.render_session_screens [folder] [--all]

writes session-{light,dark}.png (a hold under way) and summary-{light,dark}.png
(default folder: assets/screenshots); `--all` adds the time-up question and the
sharp-pain advice. The session runs on a fake clock against a real history in a
temporary folder, so the summary's streak is computed as in the app.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from tests.records import hold
from tests.ui.rendering import SCREENSHOTS, fusion_app, palettes, save_grab
from unknot.core.areas import AreaId, Side, Tool
from unknot.core.clock import FakeClock
from unknot.core.plans import Plan, Selection, Spot, focus_plan
from unknot.core.records import Outcome, SessionKind
from unknot.settings import Settings
from unknot.store import History
from unknot.ui.history_service import HistoryService
from unknot.ui.session_screen import SessionScreen

SIZE = QSize(1200, 760)
MAIN_STATES = ("session", "summary")
ALL_STATES = ("session", "session-time-up", "session-pain", "summary")


def _seed(service: HistoryService, clock: FakeClock) -> None:
    """Three earlier evenings of practice, so the streak has something to show."""
    zone = clock.zone()
    for days_ago in (3, 2, 1):
        started = (clock.now() - timedelta(days=days_ago)).astimezone(zone)
        session_id = service.begin_session(SessionKind.FOCUS, started, zone.key)
        service.record_hold(
            session_id,
            hold(
                started,
                area=AreaId.NECK,
                tools_tried=(Tool.HANDS,),
                held_seconds=120.0,
                released=True,
                tenderness_before=5,
                tenderness_after=3,
            ),
        )
        service.finish_session(session_id, Outcome.COMPLETED, started + timedelta(minutes=2))


@contextmanager
def _session_screen(palette: QPalette) -> Iterator[tuple[SessionScreen, FakeClock]]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old = app.palette()
    app.setPalette(palette)
    with tempfile.TemporaryDirectory() as folder:
        history = History.open(Path(folder) / "data")
        try:
            clock = FakeClock(datetime(2026, 3, 5, 17, 30, tzinfo=UTC), zone="Europe/Berlin")
            service = HistoryService(history)
            _seed(service, clock)
            settings = Settings(sound_on=False)
            screen = SessionScreen(service, clock, lambda: settings)
            screen.setPalette(palette)
            screen.resize(SIZE)
            screen.show()
            try:
                yield screen, clock
            finally:
                screen.hide()
                screen.deleteLater()
        finally:
            history.close()
            app.setPalette(old)


def _run(screen: SessionScreen, clock: FakeClock, seconds: int) -> None:
    for _ in range(seconds):
        clock.advance(1)
        screen.tick()


def _plan_three() -> Plan:
    return focus_plan(
        [
            Selection(Spot(AreaId.CALVES, Side.LEFT), 6),
            Selection(Spot(AreaId.SHOULDERS, Side.RIGHT), 4),
            Selection(Spot(AreaId.HIPS, Side.LEFT), 5),
        ]
    )


def _to_mid_hold(screen: SessionScreen, clock: FakeClock) -> None:
    screen.start(_plan_three())
    screen.toggle_pause()
    _run(screen, clock, 120)
    screen.picker.pick(3)
    screen.yes_button.click()
    screen.toggle_pause()
    _run(screen, clock, 35)
    screen.more_button.click()
    _run(screen, clock, 12)


def _to_time_up(screen: SessionScreen, clock: FakeClock) -> None:
    _to_mid_hold(screen, clock)
    _run(screen, clock, 73)
    screen.picker.pick(2)


def _to_pain(screen: SessionScreen, clock: FakeClock) -> None:
    _to_mid_hold(screen, clock)
    screen.pain_button.click()


def _to_summary(screen: SessionScreen, clock: FakeClock) -> None:
    _to_time_up(screen, clock)
    screen.yes_button.click()
    screen.toggle_pause()
    _run(screen, clock, 95)
    screen.release_button.click()
    screen.picker.pick(3)
    screen.next_button.click()
    screen.summary.note_edit.setText("after gardening")
    screen.summary.commit_note()


_STEPS: dict[str, Callable[[SessionScreen, FakeClock], None]] = {
    "session": _to_mid_hold,
    "session-time-up": _to_time_up,
    "session-pain": _to_pain,
    "summary": _to_summary,
}


def render_state(state: str, palette: QPalette, target: Path) -> Path:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    with _session_screen(palette) as (screen, clock):
        _STEPS[state](screen, clock)
        app.processEvents()
        return save_grab(screen, target)


def render_all(folder: Path, states: tuple[str, ...] = MAIN_STATES) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for state in states:
        for name, palette in palettes():
            written.append(render_state(state, palette, folder / f"{state}-{name}.png"))
    return written


def main(argv: list[str]) -> int:
    fusion_app(argv)
    args = [arg for arg in argv[1:] if arg != "--all"]
    states = ALL_STATES if "--all" in argv else MAIN_STATES
    folder = Path(args[0]) if args else SCREENSHOTS
    for path in render_all(folder, states):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
