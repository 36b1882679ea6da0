"""Every damaged or foreign file of the matrix, met by the window at start: no
traceback, no silent change, the original kept byte for byte, the person told in
words and the newest verified backup offered.

The cases are the command line's (`tests/store/damage_cases.py`), so a case added
there is tried here too.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QMessageBox

from tests.store.damage_cases import BACKUP_NAME, CASES, HISTORY, SESSIONS, DamageCase, Kind
from tests.store.damage_cases import folder_digest as digest_of
from tests.ui.window_rig import make_window
from unknot.app import open_history
from unknot.launch_options import LaunchOptions
from unknot.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


def _contents(path: Path) -> str:
    """A file's bytes, or a folder's whole tree, as one digest."""
    if path.is_dir():
        return repr(sorted(digest_of(path).items()))
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _start(
    qtbot: QtBot, root: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[MainWindow, bool, list[str]]:
    """The window on `root`'s data folder, the history opened as a start opens it;
    returns the window, whether a history is attached, and what a message box said
    (a modal box would wait for a click)."""
    rig = make_window(qtbot, root)
    options = LaunchOptions(data_dir=rig.data_dir, config_dir=rig.config_dir)
    opened = open_history(rig.window, options) is not None
    told: list[str] = []
    box = rig.window.notices.showing
    if isinstance(box, QMessageBox):
        told.append(f"{box.windowTitle()}\n{box.text()}")
    return rig.window, opened, told


@pytest.mark.parametrize("case", CASES, ids=str)
def test_the_window_keeps_tells_and_offers_the_backup(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: DamageCase
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o700)
    case.build(data_dir)
    before = {name: _contents(data_dir / name) for name in digest_of(data_dir)}
    whole_before = digest_of(data_dir)

    window, opened, told = _start(qtbot, tmp_path, monkeypatch)

    if case.kind is Kind.NEWER:
        # Refused and left exactly as it was, so the newer Unknot can still read it.
        assert not opened
        (message,) = told
        assert "newer version of Unknot" in message
        assert digest_of(data_dir) == whole_before
        return

    assert opened and window.service is not None
    assert told == []
    notice = window.kept_aside_notice
    assert notice is not None, "the person must be told"
    assert notice.offer is not None and notice.offer.path.name == BACKUP_NAME
    assert len(notice.offer.history.sessions) == SESSIONS
    (kept,) = notice.files
    assert kept.path.exists()
    # Readable by its owner only, like everything in the data folder.
    assert kept.path.stat().st_mode & 0o777 == (0o700 if kept.path.is_dir() else 0o600)
    if case.kind is Kind.DAMAGED:
        # The damaged file itself is what was kept, byte for byte, and a new
        # history took its place.
        assert kept.damaged
        assert _contents(kept.path) == before[HISTORY]
        assert window.service.session_count() == 0
    else:
        assert case.kind is Kind.FOREIGN_SIDE_FILE
        # The history kept every session; the side file is kept as it was.
        assert not kept.damaged
        suffix = "-" + kept.path.name.rsplit("-", 1)[1]
        assert _contents(kept.path) == before[HISTORY + suffix]
        assert window.service.session_count() >= SESSIONS
    # Restoring the offered backup brings every session back.
    notice.restore_button.click()
    assert window.service.session_count() >= SESSIONS
