"""The settings dialog: it shows any valid settings and gives them back unchanged,
offers only valid values, and the window saves and applies at once, also after
a damaged settings file."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QMenu,
    QMessageBox,
    QSlider,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from tests.ui.window_rig import START, make_window
from unknot.app import create_window
from unknot.core.areas import OWNABLE_TOOLS, AreaId, Tool
from unknot.core.clock import FakeClock
from unknot.core.safety import Condition
from unknot.launch_options import LaunchOptions
from unknot.settings import MAX_HOLD_SECONDS, MIN_HOLD_SECONDS, Settings, load_settings
from unknot.ui.settings.settings_dialog import SettingsDialog
from unknot.ui.window.main_window import MainWindow

Button = QDialogButtonBox.StandardButton

clock_times = st.builds(time, st.integers(0, 23), st.integers(0, 59))
any_settings = st.builds(
    Settings,
    hold_seconds=st.integers(MIN_HOLD_SECONDS, MAX_HOLD_SECONDS),
    weekly_goal=st.integers(1, 7),
    week_start=st.none() | st.integers(1, 7),
    day_start=clock_times,
    sound_on=st.booleans(),
    volume=st.integers(0, 100),
    auto_advance=st.booleans(),
    reminder_time=st.none() | clock_times,
    show_in_tray=st.booleans(),
    start_minimised=st.booleans(),
    safety_confirmed_on=st.none() | st.dates(date(2020, 1, 1), date(2030, 1, 1)),
    safety_conditions=st.sampled_from([(), (Condition.CLOT,)]),
    avoided_areas=st.sampled_from([(), (AreaId.FEET,)]),
    tools=st.sets(st.sampled_from(OWNABLE_TOOLS)).map(
        lambda chosen: tuple(tool for tool in OWNABLE_TOOLS if tool in chosen)
    ),
)


def _dialog(qtbot: QtBot, value: Settings, tray: bool = True) -> SettingsDialog:
    dialog = SettingsDialog(value, tray_available=tray)
    qtbot.add_widget(dialog)
    return dialog


@settings(max_examples=80, deadline=None)
@given(value=any_settings)
def test_any_valid_settings_come_back_unchanged(qapp: QApplication, value: Settings) -> None:
    dialog = SettingsDialog(value, tray_available=True)
    try:
        assert dialog.settings() == value
    finally:
        dialog.deleteLater()


def test_only_valid_values_are_offered(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, Settings())
    holds = [dialog.hold_combo.itemData(i) for i in range(dialog.hold_combo.count())]
    assert holds == [120, 150, 180, 210, 240, 270, 300]
    assert [dialog.hold_combo.itemText(i) for i in (0, 1, 6)] == ["2 min", "2 min 30 s", "5 min"]
    assert (dialog.goal_spin.minimum(), dialog.goal_spin.maximum()) == (1, 7)
    assert (dialog.volume_slider.minimum(), dialog.volume_slider.maximum()) == (0, 100)
    weeks = [dialog.week_combo.itemData(i) for i in range(dialog.week_combo.count())]
    assert weeks == [None, 1, 2, 3, 4, 5, 6, 7]
    assert dialog.week_combo.itemText(0).startswith("As the system says")


def test_a_hold_typed_into_the_file_by_hand_is_offered_as_it_is(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, Settings(hold_seconds=135))
    assert dialog.hold_combo.currentText() == "2 min 15 s"
    assert dialog.settings().hold_seconds == 135


def test_words_follow_the_values(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, Settings(weekly_goal=1, sound_on=False))
    assert dialog.goal_spin.text() == "1 day a week"
    dialog.goal_spin.setValue(3)
    assert dialog.goal_spin.text() == "3 days a week"
    assert not dialog.volume_slider.isEnabled()
    dialog.sound_check.setChecked(True)
    assert dialog.volume_slider.isEnabled()
    assert not dialog.reminder_edit.isEnabled()
    dialog.reminder_check.setChecked(True)
    assert dialog.reminder_edit.isEnabled()
    # Switched on for the first time, the reminder suggests the evening.
    assert dialog.settings().reminder_time == time(19, 0)


def test_without_a_tray_it_says_what_start_minimised_does(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, Settings(), tray=False)
    assert "no system tray" in dialog.tray_hint.text()


def test_apply_and_ok_send_changes_and_cancel_sends_nothing(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, Settings())
    sent: list[Settings] = []
    dialog.applied.connect(sent.append)
    dialog.buttons.button(Button.Apply).click()
    assert sent == []  # nothing changed yet

    dialog.goal_spin.setValue(3)
    dialog.buttons.button(Button.Apply).click()
    assert sent == [Settings(weekly_goal=3)]
    dialog.buttons.button(Button.Ok).click()
    assert sent == [Settings(weekly_goal=3)]  # OK with nothing new sends nothing more
    assert dialog.result() == SettingsDialog.DialogCode.Accepted

    other = _dialog(qtbot, Settings())
    other.applied.connect(sent.append)
    other.goal_spin.setValue(6)
    other.buttons.button(Button.Cancel).click()
    assert sent == [Settings(weekly_goal=3)]


def test_restore_defaults_keeps_the_safety_answer(qtbot: QtBot) -> None:
    answered = Settings(
        hold_seconds=240,
        volume=20,
        safety_confirmed_on=date(2026, 1, 5),
        safety_conditions=(Condition.CLOT,),
    )
    dialog = _dialog(qtbot, answered)
    dialog.buttons.button(Button.RestoreDefaults).click()
    assert dialog.settings() == Settings(
        safety_confirmed_on=date(2026, 1, 5), safety_conditions=(Condition.CLOT,)
    )


def test_every_control_has_a_name(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, Settings())
    kinds: tuple[type[QWidget], ...] = (QCheckBox, QComboBox, QSpinBox, QTimeEdit, QSlider)
    for kind in kinds:
        for widget in dialog.findChildren(kind):
            assert widget.accessibleName(), widget


# -- in the window ------------------------------------------------------------------


def _menu_action(window: MainWindow, menu_title: str, text: str) -> None:
    (entry,) = [a for a in window.menuBar().actions() if a.text() == menu_title]
    menu = entry.menu()
    assert isinstance(menu, QMenu)
    (action,) = [a for a in menu.actions() if a.text().replace("&", "").startswith(text)]
    action.trigger()


def test_edit_settings_has_the_usual_shortcut(qtbot: QtBot, tmp_path: Path) -> None:
    rig = make_window(qtbot, tmp_path)
    (entry,) = [a for a in rig.window.menuBar().actions() if a.text() == "&Edit"]
    menu = entry.menu()
    assert isinstance(menu, QMenu)
    (action,) = menu.actions()
    assert action.shortcut().toString() == "Ctrl+,"


def test_changes_are_saved_and_apply_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    rig = make_window(qtbot, tmp_path)
    window = rig.window
    applied: list[Settings] = []
    window.settings_applied.connect(applied.append)
    _menu_action(window, "&Edit", "Settings")
    dialog = window.open_dialog
    assert isinstance(dialog, SettingsDialog)

    dialog.hold_combo.setCurrentIndex(dialog.hold_combo.findData(180))
    dialog.reminder_check.setChecked(True)
    dialog.goal_spin.setValue(4)
    dialog.buttons.button(Button.Ok).click()

    wanted = Settings(hold_seconds=180, weekly_goal=4, reminder_time=time(19, 0))
    assert rig.saved() == wanted
    assert window.settings == wanted
    assert applied == [wanted]
    assert window.home.hold_seconds() == 180
    # 19:00 in Berlin is 18:00 UTC.
    deadline = window.reminder.deadline()
    assert deadline is not None
    assert deadline.isoformat() == "2026-03-02T18:00:00+00:00"
    assert window.open_dialog is None


def test_a_damaged_file_is_told_once_and_then_saved_whole(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.json").write_text(
        json.dumps({"hold_seconds": 9000, "weekly_goal": 3, "reminder_time": "25:99"}),
        encoding="utf-8",
    )
    told: list[list[str]] = []
    monkeypatch.setattr(MainWindow, "tell_settings_problems", lambda self, p: told.append(list(p)))
    options = LaunchOptions(data_dir=tmp_path / "data", config_dir=config)
    window = create_window(options, clock=FakeClock(START, zone="Europe/Berlin"))
    qtbot.add_widget(window)
    qtbot.waitUntil(lambda: bool(told))
    (problems,) = told
    assert any("default hold" in line for line in problems)
    assert any("reminder time" in line for line in problems)
    (bad_copy,) = config.glob("settings.bad-*.json")
    assert "9000" in bad_copy.read_text(encoding="utf-8")
    assert window.settings == Settings(weekly_goal=3)

    _menu_action(window, "&Edit", "Settings")
    dialog = window.open_dialog
    assert isinstance(dialog, SettingsDialog)
    assert dialog.settings() == Settings(weekly_goal=3)
    dialog.volume_slider.setValue(40)
    dialog.buttons.button(Button.Ok).click()

    again = load_settings(config)
    assert again.problems == []
    assert again.settings == Settings(weekly_goal=3, volume=40)


def test_settings_that_cannot_be_saved_still_apply(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *rest: warnings.append(text)
    )
    window = MainWindow(
        clock=FakeClock(START, zone="Europe/Berlin"),
        settings=Settings(),
        config_dir=blocked / "config",
        data_dir=tmp_path / "data",
    )
    qtbot.add_widget(window)
    window.change_settings(Settings(hold_seconds=300))
    assert window.home.hold_seconds() == 300
    assert len(warnings) == 1
    assert "could not be saved" in warnings[0]


def test_your_tools_are_ticked_and_read_back(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, Settings())
    boxes = dialog.tool_checks
    assert [tool for tool, box in boxes.items() if box.isChecked()] == [
        Tool.TENNIS_BALL,
        Tool.LACROSSE_BALL,
    ]
    boxes[Tool.FOAM_ROLLER].setChecked(True)
    boxes[Tool.TENNIS_BALL].setChecked(False)
    assert dialog.settings().tools == (Tool.LACROSSE_BALL, Tool.FOAM_ROLLER)
