"""Render the progress view with demo data offscreen, in a light and a dark palette.

    python -m tests.ui.render_progress [folder]

writes progress-light.png and progress-dark.png (default folder:
assets/screenshots), the pictures the README shows. The tests use the same
functions to render into a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize

from tests.ui.rendering import palettes, render_main, render_widget
from unknot.core.streaks import StreakSettings
from unknot.store import History
from unknot.store.demo import fill_demo_history
from unknot.ui.history.history_service import HistoryService
from unknot.ui.progress.progress_view import ProgressView

README_SIZE = QSize(1200, 1080)
# A Wednesday, so this week shows days practised, today and days to come.
TODAY = date(2026, 3, 11)


@contextmanager
def demo_view(
    folder: Path, today: date = TODAY, size: QSize = README_SIZE
) -> Iterator[ProgressView]:
    """A progress view on a demo history ending yesterday, already filled in."""
    history = History.open(folder)
    try:
        fill_demo_history(history, today - timedelta(days=1))
        history.set_rest_day(today - timedelta(days=2), True)
        service = HistoryService(history)
        view = ProgressView(StreakSettings, lambda: today, threaded=False)
        view.resize(size)
        # Where the copies are on a typical Linux desktop, not the scratch folder.
        view.attach(service, Path("/home/you/.local/share/unknot/backups"))
        try:
            yield view
        finally:
            view.deleteLater()
            service.deleteLater()
    finally:
        history.close()


def render_pair(folder: Path, size: QSize = README_SIZE) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with (
        tempfile.TemporaryDirectory() as scratch,
        demo_view(Path(scratch) / "data", size=size) as view,
    ):
        for name, palette in palettes():
            target = folder / f"progress-{name}.png"
            written.append(render_widget(view, palette, target, clear_focus=True))
    return written


if __name__ == "__main__":
    sys.exit(render_main(sys.argv, render_pair))
