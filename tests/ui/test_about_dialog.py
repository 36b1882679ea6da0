"""Help ▸ About and Help ▸ Where is my data?: the paths, the note, and a local
folder handed to the desktop."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMenu

from tests.ui.window_rig import make_window
from unknot import __version__
from unknot.ui.about_dialog import SHORT_NOTE, AboutDialog, DataLocationDialog, open_folder
from unknot.ui.main_window import MainWindow


class UrlCatcher(QObject):
    """Stands in for the file manager: records what the desktop was asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


@pytest.fixture
def catcher() -> Iterator[UrlCatcher]:
    handler = UrlCatcher()
    # PySide6 takes the slot's name as str at run time, though its stubs say bytes.
    QDesktopServices.setUrlHandler("file", handler, "open")  # type: ignore[arg-type]
    yield handler
    QDesktopServices.unsetUrlHandler("file")


def test_about_names_the_version_the_note_and_the_files(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = AboutDialog(tmp_path / "data", tmp_path / "config")
    qtbot.add_widget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.note)))
    assert __version__ in texts
    assert dialog.note.text() == SHORT_NOTE
    assert "not medical advice" in SHORT_NOTE
    assert str(tmp_path / "data" / "history.sqlite3") in dialog.data_label.text()
    assert str(tmp_path / "config" / "settings.json") in dialog.data_label.text()
    assert "sends nothing anywhere" in dialog.data_label.text()


def test_open_data_folder_hands_a_local_folder_to_the_desktop(
    qtbot: QtBot, tmp_path: Path, catcher: UrlCatcher
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    dialog = AboutDialog(data, tmp_path / "config")
    qtbot.add_widget(dialog)
    opened: list[tuple[str, bool]] = []
    dialog.folder_opened.connect(lambda folder, ok: opened.append((folder, ok)))
    assert dialog.open_button.isEnabled()
    dialog.open_button.click()
    (url,) = catcher.opened
    assert url.isLocalFile()
    assert url.scheme() == "file"
    assert Path(url.toLocalFile()) == data
    assert opened == [(str(data), True)]


def test_a_folder_not_made_yet_is_not_opened(
    qtbot: QtBot, tmp_path: Path, catcher: UrlCatcher
) -> None:
    dialog = DataLocationDialog(tmp_path / "nothing yet", tmp_path / "config")
    qtbot.add_widget(dialog)
    assert not dialog.open_button.isEnabled()
    assert "first saved" in dialog.open_button.toolTip()
    assert not open_folder(tmp_path / "nothing yet")
    assert catcher.opened == []


def _help_entries(window: MainWindow) -> list[str]:
    (entry,) = [a for a in window.menuBar().actions() if a.text() == "&Help"]
    menu = entry.menu()
    assert isinstance(menu, QMenu)
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_the_menus_a_desktop_user_expects(qtbot: QtBot, tmp_path: Path) -> None:
    rig = make_window(qtbot, tmp_path)
    titles = [a.text() for a in rig.window.menuBar().actions()]
    assert titles[:2] == ["&File", "&Edit"]
    assert "&View" in titles
    assert titles[-1] == "&Help"
    assert _help_entries(rig.window) == [
        "When to stop",
        "Safety check…",
        "Where is my data?",
        "About Unknot",
    ]


def test_help_opens_about_and_where_my_data_is(qtbot: QtBot, tmp_path: Path) -> None:
    rig = make_window(qtbot, tmp_path)
    rig.window.show_about()
    assert isinstance(rig.window.open_dialog, AboutDialog)
    rig.window.show_data_location()
    # One at a time: the new one replaces the old.
    assert isinstance(rig.window.open_dialog, DataLocationDialog)
    assert str(rig.data_dir) in rig.window.open_dialog.data_label.text()


def test_closing_the_window_closes_its_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    rig = make_window(qtbot, tmp_path)
    rig.window.show()
    rig.window.show_about()
    dialog = rig.window.open_dialog
    assert dialog is not None
    rig.window.close()
    assert rig.window.open_dialog is None
