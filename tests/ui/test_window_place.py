"""The main window opens on a screen that is there and fits it: first at the
size it likes where that fits, later where it was, clamped to the screens now
present. Screens are faked as their available areas."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication

from tests.ui.window_rig import make_window
from unknot.settings import Settings, load_settings
from unknot.ui.window import window_place
from unknot.ui.window.window_place import (
    PREFERRED_SIZE,
    SMALLEST_SIZE,
    first_place,
    kept_place,
    room_on,
)

# A 1366x768 laptop with a 32 px panel at the bottom.
LAPTOP = QRect(0, 0, 1366, 736)
# A 1400x900 screen at QT_SCALE_FACTOR=1.5, in device-independent pixels.
SCALED = QRect(0, 0, 933, 600)
WIDE = QRect(1366, 0, 2560, 1400)

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


def inside(place: QRect, available: QRect) -> bool:
    return room_on(available).contains(place)


@pytest.mark.parametrize("available", [LAPTOP, SCALED, QRect(0, 0, 1920, 1050), WIDE])
def test_the_first_window_fits_the_available_area(available: QRect) -> None:
    place = first_place(available)
    assert inside(place, available)
    room = room_on(available).size()
    assert place.size() == PREFERRED_SIZE.boundedTo(room)


def test_a_large_screen_gets_the_preferred_size_centred() -> None:
    place = first_place(WIDE)
    assert place.size() == PREFERRED_SIZE
    assert abs(place.center().x() - room_on(WIDE).center().x()) <= 1


def test_at_150_percent_the_window_is_smaller_than_its_usual_minimum() -> None:
    place = first_place(SCALED)
    assert place.height() < SMALLEST_SIZE.height()
    assert window_place.smallest_size(SCALED).height() == place.height()


def test_a_window_saved_on_an_unplugged_monitor_comes_back() -> None:
    saved = QRect(WIDE.x() + 200, 100, 1600, 1000)
    place = kept_place(saved, [LAPTOP], LAPTOP)
    assert inside(place, LAPTOP)


def test_a_window_still_on_its_screen_stays_where_it_was() -> None:
    saved = QRect(WIDE.x() + 200, 100, 1000, 700)
    assert kept_place(saved, [LAPTOP, WIDE], LAPTOP) == saved


rects = st.builds(
    QRect,
    st.integers(-5000, 5000),
    st.integers(-5000, 5000),
    st.integers(1, 4000),
    st.integers(1, 3000),
)


@given(saved=rects, screens=st.lists(rects, min_size=1, max_size=3))
def test_any_saved_place_opens_inside_a_screen(saved: QRect, screens: list[QRect]) -> None:
    place = kept_place(saved, screens, screens[0])
    assert any(inside(place, each) for each in screens)
    assert place.width() >= 1 and place.height() >= 1


class FakeScreen:
    def __init__(self, available: QRect) -> None:
        self._available = available

    def availableGeometry(self) -> QRect:
        return self._available


def fake_screens(monkeypatch: pytest.MonkeyPatch, *available: QRect) -> None:
    screens = [FakeScreen(each) for each in available]
    monkeypatch.setattr(QGuiApplication, "primaryScreen", staticmethod(lambda: screens[0]))
    monkeypatch.setattr(QGuiApplication, "screens", staticmethod(lambda: screens))

    def screen_at(point: QPoint) -> FakeScreen | None:
        return next((s for s in screens if s.availableGeometry().contains(point)), None)

    monkeypatch.setattr(QGuiApplication, "screenAt", staticmethod(screen_at))


def test_the_window_opens_within_a_laptop_screen(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_screens(monkeypatch, LAPTOP)
    window = make_window(qtbot, tmp_path).window
    assert inside(window.geometry(), LAPTOP)
    assert window.minimumSize() == SMALLEST_SIZE


def test_at_150_percent_the_window_and_its_minimum_fit(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_screens(monkeypatch, SCALED)
    window = make_window(qtbot, tmp_path).window
    assert inside(window.geometry(), SCALED)
    assert window.minimumSize().height() <= room_on(SCALED).height()


def test_the_place_is_remembered_and_clamped_next_time(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_screens(monkeypatch, LAPTOP, WIDE)
    rig = make_window(qtbot, tmp_path, settings=Settings(sound_on=False))
    rig.window.setGeometry(QRect(WIDE.x() + 100, 200, 1500, 1000))
    rig.window.remember_place()
    saved = load_settings(rig.config_dir).settings
    assert saved.window == (WIDE.x() + 100, 200, 1500, 1000)
    assert saved.sound_on is False

    again = make_window(qtbot, tmp_path / "again", settings=saved).window
    assert again.geometry() == QRect(WIDE.x() + 100, 200, 1500, 1000)

    # The wide monitor is gone: the window comes back onto the laptop.
    fake_screens(monkeypatch, LAPTOP)
    back = make_window(qtbot, tmp_path / "back", settings=saved).window
    assert back.geometry() == first_place(LAPTOP)

    # Half on the laptop: kept there, shrunk to fit and moved inside.
    half = dataclasses.replace(saved, window=(700, 300, 1500, 1000))
    moved = make_window(qtbot, tmp_path / "moved", settings=half).window
    assert inside(moved.geometry(), LAPTOP)
    assert moved.size() == QSize(1500, 1000).boundedTo(room_on(LAPTOP).size())
