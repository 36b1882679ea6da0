"""The window never overwrites a settings file edited by hand while it is
open: at quit the person's version stays as it is, and a change made in
Settings keeps it aside and says so in words."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QMessageBox, QWidget

from tests.ui.window_rig import make_window
from unknot.settings import Settings, load_settings, settings_path


@pytest.mark.parametrize("by_hand", [b'{"volume": 55, "weekly_goal": 4}\n', b"{half a thought"])
def test_a_file_edited_by_hand_survives_the_quit_and_is_kept_at_the_next_change(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, by_hand: bytes
) -> None:
    told: list[str] = []

    def information(_parent: QWidget, _title: str, text: str) -> QMessageBox.StandardButton:
        told.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", information)
    rig = make_window(qtbot, tmp_path)
    window = rig.window
    window.change_settings(Settings(volume=10))
    assert told == []
    path = settings_path(rig.config_dir)
    path.write_bytes(by_hand)

    # Quitting remembers the window's place, but not over the person's file.
    window.setGeometry(QRect(100, 100, 1000, 700))
    window.remember_place()
    assert path.read_bytes() == by_hand
    assert sorted(p.name for p in rig.config_dir.iterdir()) == ["settings.json"]

    # A change in Settings: theirs is kept aside whole, and they are told where.
    window.change_settings(dataclasses.replace(window.settings, volume=20))
    kept = [p for p in rig.config_dir.iterdir() if p != path]
    assert [p.read_bytes() for p in kept] == [by_hand]
    assert len(told) == 1 and kept[0].name in told[0]
    assert load_settings(rig.config_dir).settings.volume == 20
    # Written by the window itself: the next save says nothing more.
    window.setGeometry(QRect(120, 100, 1000, 700))
    window.remember_place()
    window.change_settings(dataclasses.replace(window.settings, volume=30))
    assert len(told) == 1
    assert [p for p in rig.config_dir.iterdir() if p != path] == kept
