"""Render the kept-aside notice offscreen, at its own size and stretched to the
smallest and the usual window size, in a light and a dark palette.

    python tests/ui/render_kept_aside.py [folder]

writes kept-aside-<sample>-<size>-<shade>.png (default folder:
assets/screenshots). The tests render the same into a temporary folder.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if not __package__:
    # Run as `python tests/ui/render_kept_aside.py`: `tests` is found from the checkout.
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QSize

from tests.records import session
from tests.ui.rendering import fusion_pictures, palettes, render_main, save_grab
from unknot.store.daily_backups import VerifiedBackup
from unknot.store.exchange import ParsedHistory
from unknot.ui.window.kept_aside_notice import KeptAsideNotice, KeptFile

SAMPLE_DATA = Path("/home/samantha-alexandra/.local/share/unknot")
SIZES: dict[str, QSize | None] = {
    "own": None,
    "900x600": QSize(900, 600),
    "1200x780": QSize(1200, 780),
}


def sample_offer() -> VerifiedBackup:
    start = datetime(2026, 1, 12, 7, 30, tzinfo=UTC)
    sessions = tuple(session(f"s{i}", start + timedelta(days=i)) for i in range(41))
    history = ParsedHistory(sessions, (date(2026, 1, 18),), ())
    return VerifiedBackup(
        SAMPLE_DATA / "backups" / "history-2026-03-01.sqlite3",
        history,
        datetime(2026, 3, 1, 20, 14),
    )


def damaged_file() -> KeptFile:
    name = "history.damaged-20260302-091502.sqlite3"
    return KeptFile(name, True, datetime(2026, 3, 2, 9, 15, 2), SAMPLE_DATA / name)


def foreign_file() -> KeptFile:
    name = "history.foreign-20260302-091502-2.sqlite3"
    return KeptFile(name, False, datetime(2026, 3, 2, 9, 15, 2), SAMPLE_DATA / f"{name}-wal")


def notice(files: Sequence[KeptFile], offer: VerifiedBackup | None) -> KeptAsideNotice:
    def restore(backup: VerifiedBackup) -> object:
        raise AssertionError("a picture restores nothing")

    return KeptAsideNotice(files, offer, restore, lambda names: None)  # type: ignore[arg-type]


SAMPLES: dict[str, Callable[[], KeptAsideNotice]] = {
    "damaged": lambda: notice([damaged_file()], sample_offer()),
    "both": lambda: notice([damaged_file(), foreign_file()], sample_offer()),
    "no-backup": lambda: notice([damaged_file()], None),
}


def render(folder: Path) -> list[Path]:
    written: list[Path] = []
    with fusion_pictures(folder) as app:
        for shade, palette in palettes():
            app.setPalette(palette)
            for name, make in SAMPLES.items():
                for size_name, size in SIZES.items():
                    dialog = make()
                    dialog.setPalette(palette)
                    if size is not None:
                        dialog.resize(size)
                    dialog.show()
                    app.processEvents()
                    target = folder / f"kept-aside-{name}-{size_name}-{shade}.png"
                    written.append(save_grab(dialog, target))
                    dialog.close()
                    dialog.deleteLater()
    return written


if __name__ == "__main__":
    sys.exit(render_main(sys.argv, render))
