"""Render the guided session offscreen in a light and a dark palette.

    python -m tests.ui.render_session_screens [folder] [--all]

writes session-{light,dark}.png (a hold under way, at 900x600, the smallest
window) and summary-{light,dark}.png
(default folder: assets/screenshots); `--all` renders every state of a session
(ready, holding, paused, paused at the top of the ladder, time up, released,
not saved, the end not saved, one more minute, one more minute while paused,
halfway, "too much" before the start, the scan waiting for a change of position,
the pain advice, the summary, a summary of nothing held, a hold with the
person's own cue, its editor open) at 900x600 and 1200x780, to look at. The
session runs on a fake clock against a real history in a temporary folder, so
the summary's streak is computed as in the app.
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
from tests.ui.rendering import (
    SCREENSHOTS,
    fusion_app,
    in_language,
    palettes,
    picture_options,
    save_grab,
)
from unknot.core.areas import AreaId, Side, Tool
from unknot.core.clock import FakeClock
from unknot.core.plans import Plan, Selection, Spot, focus_plan, scan_plan
from unknot.core.records import Outcome, SessionKind
from unknot.core.session_engine import Action
from unknot.settings import Settings
from unknot.store import History
from unknot.ui.history.history_service import HistoryService, SaveError
from unknot.ui.session.session_screen import SessionScreen

SIZE = QSize(1200, 760)
# The smallest window the app supports, and a laptop's.
SIZES = (QSize(900, 600), QSize(1200, 780))
MAIN_STATES = ("session", "summary")
ALL_STATES = (
    "session-ready",
    "session",
    "session-paused",
    "session-top-of-ladder",
    "session-time-up",
    "session-released",
    "session-not-saved",
    "session-end-not-saved",
    "session-extended",
    "session-extended-paused",
    "session-halfway",
    "session-ready-too-much",
    "scan-moving",
    "session-pain",
    "summary",
    "summary-pain",
    "summary-nothing-held",
    "session-cue",
    "session-cue-editing",
)


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
def _session_screen(
    palette: QPalette, size: QSize = SIZE
) -> Iterator[tuple[SessionScreen, FakeClock]]:
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
            screen.resize(size)
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


def _act(screen: SessionScreen, action: Action) -> None:
    screen.session_actions[action].trigger()


def _to_ready(screen: SessionScreen, clock: FakeClock) -> None:
    screen.start(_plan_three())
    screen.toggle_pause()
    _run(screen, clock, 120)
    screen.hold_page.picker.pick(3)
    _act(screen, Action.NEXT)


def _to_mid_hold(screen: SessionScreen, clock: FakeClock) -> None:
    _to_ready(screen, clock)
    screen.toggle_pause()
    _run(screen, clock, 35)
    _act(screen, Action.MORE_PRESSURE)
    _run(screen, clock, 12)


def _to_paused(screen: SessionScreen, clock: FakeClock) -> None:
    _to_mid_hold(screen, clock)
    screen.toggle_pause()


def _to_time_up(screen: SessionScreen, clock: FakeClock) -> None:
    _to_mid_hold(screen, clock)
    _run(screen, clock, 73)
    screen.hold_page.picker.pick(2)


def _to_top_of_ladder(screen: SessionScreen, clock: FakeClock) -> None:
    """Paused at the firmest tool, asking for more: the coach's longest line."""
    _to_paused(screen, clock)
    for _ in range(3):
        _act(screen, Action.MORE_PRESSURE)


def _to_released(screen: SessionScreen, clock: FakeClock) -> None:
    _to_mid_hold(screen, clock)
    _act(screen, Action.RELEASED)


def _to_not_saved(screen: SessionScreen, clock: FakeClock) -> None:
    _to_mid_hold(screen, clock)

    def refuse(*_args: object) -> int:
        raise SaveError("the disk is full")

    service = screen._service
    setattr(service, "record_hold", refuse)  # noqa: B010 - a stand-in for a full disk
    _act(screen, Action.RELEASED)


def _to_end_not_saved(screen: SessionScreen, clock: FakeClock) -> None:
    # The last spot's hold is saved; closing the session is what fails.
    screen.start(focus_plan([Selection(Spot(AreaId.CALVES, Side.LEFT), 6)]))
    screen.toggle_pause()
    _run(screen, clock, 8)
    _act(screen, Action.RELEASED)

    def refuse(*_args: object) -> None:
        raise SaveError("The disk is full.")

    service = screen._service
    setattr(service, "finish_session", refuse)  # noqa: B010 - a stand-in for a full disk
    _act(screen, Action.NEXT)


def _to_extended(screen: SessionScreen, clock: FakeClock) -> None:
    _to_mid_hold(screen, clock)
    _act(screen, Action.EXTEND)
    _act(screen, Action.EXTEND)


def _to_extended_paused(screen: SessionScreen, clock: FakeClock) -> None:
    _to_paused(screen, clock)
    _act(screen, Action.EXTEND)


def _to_halfway(screen: SessionScreen, clock: FakeClock) -> None:
    _to_ready(screen, clock)
    screen.toggle_pause()
    _run(screen, clock, 63)


def _to_ready_too_much(screen: SessionScreen, clock: FakeClock) -> None:
    _to_ready(screen, clock)
    _act(screen, Action.TOO_MUCH)


def _to_scan_moving(screen: SessionScreen, clock: FakeClock) -> None:
    screen.start(scan_plan())
    screen.toggle_pause()
    # Jaw, head, neck and forearms seated; then the wall.
    for seconds in (20, 20, 30, 30):
        _run(screen, clock, 2)
        screen.hold_page.picker.pick(3)
        _run(screen, clock, seconds - 2)


def _to_pain(screen: SessionScreen, clock: FakeClock) -> None:
    _to_mid_hold(screen, clock)
    _act(screen, Action.STOP_PAIN)


def _to_pain_summary(screen: SessionScreen, clock: FakeClock) -> None:
    _to_pain(screen, clock)
    screen.pain_page.summary_button.click()


def _to_summary(screen: SessionScreen, clock: FakeClock) -> None:
    _to_time_up(screen, clock)
    _act(screen, Action.NEXT)
    screen.toggle_pause()
    _run(screen, clock, 95)
    _act(screen, Action.RELEASED)
    screen.hold_page.picker.pick(3)
    _act(screen, Action.NEXT)
    screen.summary.note_edit.setText("after gardening")
    screen.summary.commit_note()


def _to_nothing_held(screen: SessionScreen, clock: FakeClock) -> None:
    screen.start(_plan_three())
    for _ in range(3):
        _act(screen, Action.SKIP)


def _to_cue(screen: SessionScreen, clock: FakeClock) -> None:
    """Mid hold, with the person's own cue for this position saved from the card."""
    _to_mid_hold(screen, clock)
    line = screen.hold_page.tool_card.cue_line
    line.open_editor()
    line.editor.setText("The wall by the door; lean a little to the left and breathe out")
    line.save()


def _to_cue_editing(screen: SessionScreen, clock: FakeClock) -> None:
    """The card's one-line editor open over a saved cue."""
    _to_cue(screen, clock)
    screen.hold_page.tool_card.cue_line.open_editor()


STEPS: dict[str, Callable[[SessionScreen, FakeClock], None]] = {
    "session-ready": _to_ready,
    "session": _to_mid_hold,
    "session-paused": _to_paused,
    "session-top-of-ladder": _to_top_of_ladder,
    "session-time-up": _to_time_up,
    "session-released": _to_released,
    "session-not-saved": _to_not_saved,
    "session-end-not-saved": _to_end_not_saved,
    "session-extended": _to_extended,
    "session-extended-paused": _to_extended_paused,
    "session-halfway": _to_halfway,
    "session-ready-too-much": _to_ready_too_much,
    "scan-moving": _to_scan_moving,
    "session-pain": _to_pain,
    "summary": _to_summary,
    "summary-pain": _to_pain_summary,
    "summary-nothing-held": _to_nothing_held,
    "session-cue": _to_cue,
    "session-cue-editing": _to_cue_editing,
}


def render_state(state: str, palette: QPalette, target: Path, size: QSize = SIZE) -> Path:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    with _session_screen(palette, size) as (screen, clock):
        STEPS[state](screen, clock)
        app.processEvents()
        return save_grab(screen, target)


def render_all(
    folder: Path, states: tuple[str, ...] = MAIN_STATES, sizes: tuple[QSize, ...] = (SIZE,)
) -> list[Path]:
    """Each state in each palette; with more than one size, the size is in the
    file's name (state-900x600-light.png)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for state in states:
        for size in sizes:
            label = f"-{size.width()}x{size.height()}" if len(sizes) > 1 else ""
            for name, palette in palettes():
                target = folder / f"{state}{label}-{name}.png"
                written.append(render_state(state, palette, target, size))
    return written


def main(argv: list[str]) -> int:
    """[folder] [--all] [--language de] [--size 900x600]"""
    fusion_app(argv)
    words, language, size = picture_options(argv)
    args = [arg for arg in words[1:] if arg != "--all"]
    every = "--all" in argv
    states = ALL_STATES if every else MAIN_STATES
    folder = Path(args[0]) if args else SCREENSHOTS
    with in_language(language):
        if every or size is not None:
            written = render_all(folder, states, (size,) if size is not None else SIZES)
        else:
            # The README shows a hold at the smallest window the app supports.
            written = render_all(folder, ("session",), (SIZES[0],))
            written += render_all(folder, ("summary",), (SIZE,))
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
