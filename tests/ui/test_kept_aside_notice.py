"""The window tells about a kept-aside file at every start until the person says
they have read it, offers the newest backup copy that reads back whole, and
restores it with the usual merge."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QGuiApplication

from tests.records import session
from tests.ui.window_rig import make_window
from unknot.app import open_history
from unknot.launch_options import LaunchOptions
from unknot.paths import HISTORY_FILE_NAME
from unknot.store import History
from unknot.store.backup_files import backup_name, backups_dir
from unknot.store.daily_backups import back_up_daily
from unknot.store.kept_aside import ACKNOWLEDGED_FILE_NAME, find_kept_aside
from unknot.ui.window import kept_aside_notice
from unknot.ui.window.kept_aside_notice import KeptAsideNotice
from unknot.ui.window.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")

SESSIONS = 3


def _not_a_database(path: Path) -> None:
    path.write_text("These are my notes, not a database.\n" * 200, encoding="utf-8")


def _zeroed_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:100] = bytes(100)
    path.write_bytes(bytes(data))


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 7])


def _page_overwritten(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 4096] = b"\xa5" * 4096
    path.write_bytes(bytes(data))


DAMAGES: dict[str, Callable[[Path], None]] = {
    "text file": _not_a_database,
    "zeroed header": _zeroed_header,
    "truncated": _truncated,
    "overwritten page": _page_overwritten,
}


def set_made(path: Path, moment: datetime) -> None:
    os.utime(path, (moment.timestamp(), moment.timestamp()))


def history_with_backups(data_dir: Path) -> Path:
    """A history of SESSIONS sessions, a good daily copy made an hour ago and a
    newer one that is damaged; returns the good one."""
    with History.open(data_dir) as history:
        start = datetime(2026, 2, 20, 7, 30, tzinfo=UTC)
        history.import_history(
            [session(f"s{i}", start + timedelta(days=i)) for i in range(SESSIONS)],
            [date(2026, 2, 21)],
        )
    made = back_up_daily(data_dir, date(2026, 3, 1)).made
    assert made is not None
    now = datetime.now(UTC)
    set_made(made, now - timedelta(hours=2))
    newer = backups_dir(data_dir) / backup_name(date(2026, 3, 2))
    data = made.read_bytes()
    newer.write_bytes(data[:100] + b"\x00" * (len(data) - 100))
    set_made(newer, now - timedelta(hours=1))
    return made


def start(qtbot: QtBot, root: Path) -> MainWindow:
    """What a start does: the window on `root`'s data folder, then the history
    opened and attached."""
    rig = make_window(qtbot, root)
    options = LaunchOptions(data_dir=rig.data_dir, config_dir=rig.config_dir)
    assert open_history(rig.window, options) is not None
    return rig.window


def quit_app(window: MainWindow) -> None:
    """What quitting does to the history: the file is closed (a damaged file is
    only put aside when no process has it open)."""
    assert window.service is not None
    window.service.close()


def notice_of(window: MainWindow) -> KeptAsideNotice:
    notice = window.kept_aside_notice
    assert notice is not None
    return notice


def shown_text(notice: KeptAsideNotice) -> str:
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in notice.findChildren(QLabel) if label.isVisible())


@pytest.fixture(autouse=True)
def no_file_manager(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    opened: list[Path] = []

    def record(folder: Path) -> bool:
        opened.append(folder)
        return True

    monkeypatch.setattr(kept_aside_notice, "open_folder", record)
    return opened


@pytest.mark.parametrize("damage", DAMAGES)
def test_a_damaged_history_is_told_until_read_and_its_backup_restored(
    qtbot: QtBot, tmp_path: Path, damage: str, no_file_manager: list[Path]
) -> None:
    data_dir = tmp_path / "data"
    good = history_with_backups(data_dir)
    history_file = data_dir / HISTORY_FILE_NAME
    DAMAGES[damage](history_file)
    damaged_bytes = history_file.read_bytes()

    window = start(qtbot, tmp_path)
    notice = notice_of(window)
    (kept,) = find_kept_aside(data_dir)
    # Named in full, kept byte for byte, and said in words.
    assert notice.path_fields[0].text() == str(kept.path)
    assert kept.path.read_bytes() == damaged_bytes
    text = shown_text(notice)
    assert "could not read your history file" in text
    assert "Nothing was deleted" in text
    # The newest copy that reads back whole, not the newer damaged one.
    assert notice.offer is not None and notice.offer.path == good
    assert f"{SESSIONS} sessions" in notice.offer_label.text()

    notice.copy_buttons[0].click()
    assert QGuiApplication.clipboard().text() == str(kept.path)
    notice.open_buttons[0].click()
    assert no_file_manager == [data_dir]

    service = window.service
    assert service is not None and service.session_count() == 0
    with qtbot.waitSignal(notice.restored):
        notice.restore_button.click()
    assert service.session_count() == SESSIONS
    assert "Sessions added: 3" in notice.result_label.text()
    assert not notice.restore_button.isEnabled()

    notice.read_button.click()
    assert window.kept_aside_notice is None
    assert (data_dir / ACKNOWLEDGED_FILE_NAME).is_file()
    # Not told again, and the kept file is still there as it was.
    again = start(qtbot, tmp_path)
    assert again.kept_aside_notice is None
    assert kept.path.read_bytes() == damaged_bytes


def test_a_foreign_log_is_told_and_the_history_is_not_lost(qtbot: QtBot, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    good = history_with_backups(data_dir)
    # As the store leaves a -wal that did not belong to the history.
    foreign = data_dir / f"history.foreign-{datetime.now():%Y%m%d-%H%M%S}.sqlite3-wal"
    foreign.write_bytes(b"a log of another database")
    window = start(qtbot, tmp_path)
    notice = notice_of(window)
    assert notice.path_fields[0].text() == str(foreign)
    text = shown_text(notice)
    assert "could not use" in text and "keep it" in text
    assert notice.offer is not None and notice.offer.path == good
    service = window.service
    assert service is not None and service.session_count() == SESSIONS
    # Restoring what is already there adds nothing and breaks nothing.
    notice.restore_button.click()
    assert service.session_count() == SESSIONS
    assert "Sessions added: 0" in notice.result_label.text()
    notice.read_button.click()
    assert start(qtbot, tmp_path).kept_aside_notice is None


def test_until_it_is_read_it_is_told_at_every_start(qtbot: QtBot, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    history_with_backups(data_dir)
    _not_a_database(data_dir / HISTORY_FILE_NAME)
    for _ in range(3):
        window = start(qtbot, tmp_path)
        notice = notice_of(window)
        assert len(notice.files) == 1
        notice.later_button.click()  # "Remind me next time"
        quit_app(window)
    assert not (data_dir / ACKNOWLEDGED_FILE_NAME).exists()
    # A second damage after the first was read: only the new one is told.
    window = start(qtbot, tmp_path)
    notice_of(window).read_button.click()
    quit_app(window)
    _not_a_database(data_dir / HISTORY_FILE_NAME)
    later = notice_of(start(qtbot, tmp_path))
    assert len(find_kept_aside(data_dir)) == 2
    assert [kept.name for kept in later.files] == [find_kept_aside(data_dir)[-1].name]


def test_without_a_readable_backup_it_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    _not_a_database(data_dir / HISTORY_FILE_NAME)
    notice = notice_of(start(qtbot, tmp_path))
    assert notice.offer is None
    assert not notice.restore_button.isVisible()
    assert "Restore from file" in notice.offer_label.text()


def test_an_acknowledgement_that_cannot_be_written_is_said(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    _not_a_database(data_dir / HISTORY_FILE_NAME)
    window = start(qtbot, tmp_path)
    notice = notice_of(window)

    def refuse(folder: Path, names: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("unknot.store.kept_aside.acknowledge", refuse)
    notice.read_button.click()
    assert window.kept_aside_notice is notice
    assert "tell you again" in notice.result_label.text()


def test_no_kept_file_no_notice(qtbot: QtBot, tmp_path: Path) -> None:
    history_with_backups(tmp_path / "data")
    assert start(qtbot, tmp_path).kept_aside_notice is None


@pytest.mark.parametrize("sample", ["damaged", "both", "no-backup"])
def test_the_notice_fits_its_text_at_the_smallest_window(qtbot: QtBot, sample: str) -> None:
    from PySide6.QtWidgets import QLabel, QPushButton

    from tests.ui.render_kept_aside import SAMPLES

    notice = SAMPLES[sample]()
    qtbot.add_widget(notice)
    notice.show()
    # Its own size leaves room for a title bar inside the smallest window.
    assert notice.height() <= 560 and notice.width() <= 900
    for size in (notice.size(), QSize(900, 600), QSize(1200, 780)):
        notice.resize(size)
        QCoreApplication.processEvents()
        for label in notice.findChildren(QLabel):
            if label.isVisible() and label.wordWrap():
                assert label.height() >= label.heightForWidth(label.width()), label.text()
        for button in notice.findChildren(QPushButton):
            if button.isVisible():
                assert button.width() >= button.sizeHint().width(), button.text()
                assert button.accessibleName(), button.text()
                assert notice.rect().contains(button.geometry().bottomRight())


def test_the_notice_renders_in_both_palettes(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    from tests.ui.render_kept_aside import SAMPLES, SIZES, render

    written = render(tmp_path)
    assert len(written) == len(SAMPLES) * len(SIZES) * 2
    for path in written:
        image = QImage(str(path))
        assert not image.isNull() and image.width() >= 560, path
    dark = QImage(str(tmp_path / "kept-aside-damaged-900x600-dark.png"))
    assert dark.pixelColor(4, 4).lightness() < 80


def test_a_backups_folder_that_cannot_be_read_offers_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "backups").write_bytes(b"a file where the folder should be")
    _not_a_database(data_dir / HISTORY_FILE_NAME)
    notice = notice_of(start(qtbot, tmp_path))
    assert notice.offer is None
    assert (data_dir / "backups").read_bytes() == b"a file where the folder should be"
