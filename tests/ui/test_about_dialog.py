"""Help ▸ About and Help ▸ Where is my data?: the paths, the note, and a local
folder handed to the desktop."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMenu

from tests.ui.window_rig import make_window
from unknot import __version__
from unknot.ui.window.about_dialog import SHORT_NOTE, AboutDialog, DataLocationDialog, open_folder
from unknot.ui.window.main_window import MainWindow


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


@pytest.mark.qt_log_ignore("propagateSizeHints")
@pytest.mark.parametrize("dialog_type", [AboutDialog, DataLocationDialog])
def test_where_no_file_manager_opens_the_folder_the_dialog_says_so_with_the_path(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dialog_type: type[AboutDialog]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    # A desktop with no file manager: the desktop services say no.
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: False))
    dialog = dialog_type(data, tmp_path / "config")
    qtbot.add_widget(dialog)
    dialog.show()
    assert not dialog.not_opened_label.isVisible()
    dialog.open_button.click()
    assert dialog.not_opened_label.isVisible()
    assert "No file manager" in dialog.not_opened_label.text()
    assert str(data) in dialog.not_opened_label.text()
    # A path to copy: selectable.
    flags = dialog.not_opened_label.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse


def test_read_only_texts_take_the_focus_but_show_no_text_cursor(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from unknot.ui.safety.when_to_stop import WhenToStopDialog
    from unknot.ui.window.error_dialog import ErrorDialog

    when, about = WhenToStopDialog(), AboutDialog(tmp_path, tmp_path)
    where, error = (
        DataLocationDialog(tmp_path, tmp_path),
        ErrorDialog("Traceback ...", tmp_path / "unknot.log"),
    )
    for dialog in (when, about, where, error):
        qtbot.add_widget(dialog)
    labels = [when.text, about.data_label, where.data_label, error.log_label]
    for label in labels:
        flags = label.textInteractionFlags()
        # Selectable by keyboard is what draws a blinking cursor.
        assert not flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
        assert not flags & Qt.TextInteractionFlag.TextEditable
        assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
        # Tab still reaches it, so a screen reader reads it.
        assert label.focusPolicy() == Qt.FocusPolicy.StrongFocus


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_dialogs_open_centred_on_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    from datetime import date

    from unknot.settings import Settings

    rig = make_window(qtbot, tmp_path, settings=Settings(safety_confirmed_on=date(2026, 3, 1)))
    window = rig.window
    window.setGeometry(300, 200, 1000, 700)
    window.show()
    for opener in (window.show_about, window.show_data_location, window.show_settings):
        opener()
        dialog = window.open_dialog
        assert dialog is not None
        centre, middle = dialog.geometry().center(), window.geometry().center()
        assert abs(centre.x() - middle.x()) <= 1 and abs(centre.y() - middle.y()) <= 1
        dialog.close()
    screen = window.show_safety_check()
    centre, middle = screen.geometry().center(), window.geometry().center()
    assert abs(centre.x() - middle.x()) <= 1 and abs(centre.y() - middle.y()) <= 1
