"""Every screen of the app laid out at the sizes and text sizes it must fit,
checked by `layout_check` and drawn to PNG for a person to look at.

    python -m tests.ui.layout_rig [folder]

renders into `build/layout/` (git-ignored) by default; the layout test does the
same into that folder and fails on any finding. Pictures are named
`<screen>-<width>x<height>-<text>.png`, text 100 or 150 (%).
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

# On the tests' 1920x1080 offscreen desktop, as the layout test sees it (Qt's
# own offscreen screen is smaller than the window's least size).
os.environ.setdefault(
    "QT_QPA_PLATFORM",
    f"offscreen:configfile={Path(__file__).resolve().parents[1] / 'offscreen_screen.json'}",
)

from PySide6.QtCore import QElapsedTimer, QEventLoop, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QStackedWidget, QWidget

from tests.ui import layout_check
from tests.ui.render_session_screens import STEPS
from tests.ui.rendering import fusion_pictures, light_palette, save_grab
from unknot.core.areas import AREAS, AreaId, Side
from unknot.core.clock import FakeClock
from unknot.core.cues import MAX_CUE_LENGTH
from unknot.core.plans import Routine, Selection, Spot
from unknot.settings import Settings
from unknot.store import History
from unknot.store.demo import fill_demo_history
from unknot.ui.history.history_service import HistoryService
from unknot.ui.safety.when_to_stop import WhenToStopDialog
from unknot.ui.window.main_window import MainWindow

LAYOUT_FOLDER = Path(__file__).resolve().parents[2] / "build" / "layout"
SIZES = (QSize(900, 600), QSize(1200, 780), QSize(1920, 1080))
TEXT_SCALES = (1.0, 1.5)
# The session states looked at; each is a fresh session on the same history.
SESSION_STATES = tuple(STEPS)
# The technique guide's areas looked at: seated, standing at the wall, on the floor.
GUIDE_AREAS = (AreaId.HEAD, AreaId.SHOULDERS, AreaId.QUADS)


@dataclasses.dataclass
class Finding:
    picture: str
    problem: str

    def __str__(self) -> str:
        return f"{self.picture}: {self.problem}"


@contextlib.contextmanager
def text_scaled(app: QApplication, scale: float) -> Iterator[None]:
    """The application's font at `scale` times its size, for widgets made inside."""
    original = app.font()
    font = QFont(original)
    font.setPointSizeF(original.pointSizeF() * scale)
    app.setFont(font)
    try:
        yield
    finally:
        app.setFont(original)


# The person's own words at their longest and with no space to wrap at: a cue
# (at most 120 characters), a session note and a routine's name. Shown, they
# must wrap or be cut with "…", never widen a page.
LONG_CUE = ("Leanabitfurthertotheleftandbreatheoutslowly" * 3)[:MAX_CUE_LENGTH]
LONG_NOTE = "Aftergardeningallafternoonmyrightshoulderfeltstiff" * 3
LONG_ROUTINE = "Morningdeskneckandshoulderroutinebeforework" * 2


def add_long_words(service: HistoryService) -> None:
    """A long unbroken cue for every area and tool, a note on the last session
    and a routine with a long name."""
    for area in AREAS.values():
        for tool in area.ladder:
            service.set_cue(area.id, tool, LONG_CUE)
    sessions = service.sessions()
    if sessions:
        service.set_session_note(sessions[-1].id, LONG_NOTE)
    service.save_routine(Routine(LONG_ROUTINE, (Selection(Spot(AreaId.CALVES, Side.LEFT)),)))


class LayoutRun:
    """One text scale: a main window on a demo history, shown at each size."""

    def __init__(self, folder: Path, scale: float, root: Path) -> None:
        self.folder = folder
        self.tag = f"{round(scale * 100)}"
        self.findings: list[Finding] = []
        self.pictures: list[Path] = []
        # The little map's left edge and size at each window size, from the first state.
        self.spot_maps: dict[tuple[int, int], tuple[int, int, int]] = {}
        today = date(2026, 3, 11)
        from datetime import UTC, datetime

        self.clock = FakeClock(datetime(2026, 3, 11, 17, 0, tzinfo=UTC), zone="Europe/Berlin")
        settings = Settings(sound_on=False, safety_confirmed_on=today)
        self.window = MainWindow(
            clock=self.clock,
            settings=settings,
            config_dir=root / "config",
            data_dir=root / "data",
        )
        self.history = History.open(root / "data")
        fill_demo_history(self.history, today - timedelta(days=1))
        self.service = HistoryService(self.history)
        add_long_words(self.service)
        self.window.attach_history(self.service)
        self.window.wait_for_streaks()

    def close(self) -> None:
        screen = self.window.session_screen
        if screen is not None and screen.is_running():
            screen.abandon()
        self.window.wait_for_streaks()
        self.window.hide()
        self.window.deleteLater()
        self.history.close()

    def look(self, widget: QWidget, name: str, size: QSize | None = None) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        if size is not None:
            widget.resize(size)
        widget.show()
        # Twice: a scroll bar that shows up narrows its view, which lays the
        # view out again in an event of its own.
        app.processEvents()
        app.processEvents()
        label = f"{name}-{widget.width()}x{widget.height()}-{self.tag}"
        for problem in layout_check.problems(widget):
            self.findings.append(Finding(label, problem))
        self.pictures.append(save_grab(widget, self.folder / f"{label}.png"))

    def each_size(self, name: str) -> None:
        for size in SIZES:
            self.look(self.window, name, size)
            self.check_spot_map(name, size)

    def check_spot_map(self, name: str, size: QSize) -> None:
        """The little map is shown on every page of a hold, in one place at one
        size for a window size, whatever the state."""
        screen = self.window.session_screen
        if screen is None or not screen.hold_page.isVisible():
            return
        page = screen.hold_page
        label = f"{name}-{size.width()}x{size.height()}-{self.tag}"
        if not page.spot_map.isVisible():
            self.findings.append(Finding(label, "the little body map is not shown"))
            return
        # Everything on the page but the card, which alone may scroll, is seen
        # whole without scrolling and its words fit: what the coach says, the
        # question, the rating, every button, the ring and the map.
        for problem in layout_check.seen_whole(page, self.window, may_scroll=page.card_scroll):
            self.findings.append(Finding(label, problem))
        where = page.spot_map.mapTo(page, page.spot_map.rect().topLeft())
        shown = (where.x(), page.spot_map.width(), page.spot_map.height())
        first = self.spot_maps.setdefault((size.width(), size.height()), shown)
        if shown != first:
            self.findings.append(
                Finding(label, f"the little body map moved or changed size: {shown} != {first}")
            )

    def pages(self) -> None:
        self.window.show_home()
        self.each_size("home")
        # A plan of four spots: the list, its Move up/Move down/Remove row.
        plan = [
            Selection(Spot(AreaId.CALVES, Side.LEFT), 6),
            Selection(Spot(AreaId.SHOULDERS, Side.RIGHT), 4),
            Selection(Spot(AreaId.NECK, Side.LEFT), 5),
            Selection(Spot(AreaId.FEET, Side.RIGHT), 3),
        ]
        self.window.home.plan_model.set_selections(plan)
        self.window.home.set_current_row(0)
        self.each_size("home-plan")
        self.window.home.clear_plan()
        self.window.show_progress()
        progress = self.window.progress
        _wait_until(lambda: progress.progress is not None)
        self.each_size("progress")
        progress.tabs.setCurrentIndex(progress.tabs.count() - 1)
        self.each_size("progress-sessions")
        progress.tabs.setCurrentIndex(0)
        # The guide at a seated area and at one worked on the floor or at the wall.
        for area in GUIDE_AREAS:
            self.window.show_techniques(area)
            self.each_size(f"techniques-{area.value}")
        self.window.show_home()

    def session_states(self, states: tuple[str, ...] = SESSION_STATES) -> None:
        screen = self.window.session_screen
        assert screen is not None
        pages = self.window.pages
        assert isinstance(pages, QStackedWidget)
        for state in states:
            STEPS[state](screen, self.clock)
            pages.setCurrentWidget(screen)
            self.each_size(state)
            if screen.is_running():
                screen.abandon()
            # The not-saved states stand in a full disk on the service: take it away.
            for name in ("record_hold", "finish_session"):
                self.service.__dict__.pop(name, None)
            self.window.show_home()

    def dialogs(self) -> None:
        window = self.window

        def when_to_stop() -> QDialog:
            # The app opens this one with exec(); shown here without waiting.
            dialog = WhenToStopDialog(window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()
            return dialog

        def opened(opener: Callable[[], object]) -> Callable[[], QDialog]:
            def open_it() -> QDialog:
                opener()
                dialog = window.open_dialog
                assert dialog is not None
                return dialog

            return open_it

        openers: dict[str, Callable[[], QDialog]] = {
            "settings": opened(window.show_settings),
            "safety": opened(window.show_safety_check),
            "about": opened(window.show_about),
            "data-location": opened(window.show_data_location),
            "when-to-stop": when_to_stop,
        }
        window.resize(SIZES[0])
        window.show()
        for name, opener in openers.items():
            dialog = opener()
            QApplication.processEvents()
            self.look(dialog, name)
            dialog.close()
            QApplication.processEvents()


def _wait_until(ready: Callable[[], bool], milliseconds: int = 10_000) -> None:
    """Let the event loop run (a worker reads the history) until `ready`."""
    timer = QElapsedTimer()
    timer.start()
    while not ready():
        if timer.hasExpired(milliseconds):
            raise TimeoutError("the page did not finish reading the history")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


def run_all(
    folder: Path = LAYOUT_FOLDER,
    scales: tuple[float, ...] = TEXT_SCALES,
    states: tuple[str, ...] = SESSION_STATES,
) -> tuple[list[Finding], list[Path]]:
    """Every screen at every size and text scale, in the light palette; the
    findings and the pictures written."""
    findings: list[Finding] = []
    pictures: list[Path] = []
    with fusion_pictures(folder) as app:
        original = app.palette()
        app.setPalette(light_palette())
        try:
            for scale in scales:
                with text_scaled(app, scale), tempfile.TemporaryDirectory() as scratch:
                    run = LayoutRun(folder, scale, Path(scratch))
                    try:
                        run.pages()
                        run.session_states(states)
                        run.dialogs()
                    finally:
                        run.close()
                    findings += run.findings
                    pictures += run.pictures
        finally:
            app.setPalette(original)
    return findings, pictures


def main(argv: list[str]) -> int:
    """[folder] [--text 100|150]: all text scales unless one is named."""
    QApplication.instance() or QApplication(argv[:1])
    arguments = list(argv[1:])
    scales: tuple[float, ...] = TEXT_SCALES
    if "--text" in arguments:
        at = arguments.index("--text")
        scales = (int(arguments[at + 1]) / 100,)
        del arguments[at : at + 2]
    folder = Path(arguments[0]) if arguments else LAYOUT_FOLDER
    findings, pictures = run_all(folder, scales)
    for finding in findings:
        print(finding)
    print(f"{len(pictures)} pictures in {folder}, {len(findings)} findings")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
