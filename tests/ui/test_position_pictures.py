"""The pictures of positions: each loads and paints in both palettes at the
sizes the app uses, moves only when movement is allowed, and follows the tool
on the session's card."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QRectF, Qt, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtTest import QTest

from tests.ui.rendering import dark_palette, light_palette
from tests.ui.window_rig import make_window
from unknot.core.areas import AREAS, AreaId, Tool
from unknot.core.positions import POSITIONS
from unknot.settings import Settings
from unknot.ui.session import position_picture
from unknot.ui.session.position_picture import (
    PLAY_SECONDS,
    PositionPictureWidget,
    art_for,
    blend,
    motion,
    next_change_ms,
    paint_position,
    step_at,
)
from unknot.ui.session.tool_card import ToolCard

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")

PALETTES = {"light": light_palette(), "dark": dark_palette()}
# The guide's size, the card's at 900x600, a full screen's and a thumbnail.
SIZES = ((300, 170), (360, 150), (720, 300), (90, 60))


@pytest.fixture
def moving(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Movement allowed by the person and by the desktop."""
    monkeypatch.setattr(position_picture, "desktop_reduces_motion", lambda: False)
    motion().set_allowed(True)
    yield
    motion().set_allowed(False)


def _painted(key: tuple[AreaId, Tool], palette: QPalette, size: tuple[int, int]) -> QImage:
    image = QImage(*size, QImage.Format.Format_ARGB32)
    image.fill(palette.color(QPalette.ColorRole.Window))
    painter = QPainter(image)
    paint_position(painter, QRectF(0, 0, *size), art_for(*key), palette)
    painter.end()
    return image


def _share_unlike(image: QImage, background: QColor) -> float:
    step = max(1, image.width() // 60)
    seen = differ = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen += 1
            differ += image.pixelColor(x, y).rgb() != background.rgb()
    return differ / seen


@pytest.mark.parametrize("palette_name", sorted(PALETTES))
@pytest.mark.parametrize("key", sorted(POSITIONS), ids=lambda key: f"{key[0]}-{key[1]}")
def test_every_position_paints_a_picture_in_both_palettes(
    qtbot: QtBot, key: tuple[AreaId, Tool], palette_name: str
) -> None:
    del qtbot  # for the application
    palette = PALETTES[palette_name]
    warnings: list[str] = []

    def listen(kind: QtMsgType, _context: object, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg:
            warnings.append(message)

    previous = qInstallMessageHandler(listen)
    try:
        for size in SIZES:
            image = _painted(key, palette, size)
            share = _share_unlike(image, palette.color(QPalette.ColorRole.Window))
            # A person and their props, not an empty frame nor a filled box.
            assert 0.04 < share < 0.9, (size, share)
    finally:
        qInstallMessageHandler(previous)
    assert warnings == []


def test_the_figure_follows_the_palette(qtbot: QtBot) -> None:
    del qtbot
    key = (AreaId.CALVES, Tool.TENNIS_BALL)
    light = _painted(key, PALETTES["light"], (300, 170))
    dark = _painted(key, PALETTES["dark"], (300, 170))
    assert light != dark
    # The tool keeps its own colour in both.
    yellow = position_picture.TENNIS.rgb()
    for image in (light, dark):
        assert any(
            image.pixelColor(x, y).rgb() == yellow
            for y in range(image.height())
            for x in range(0, image.width(), 2)
        )


def test_frames_move_point_by_point(qtbot: QtBot) -> None:
    del qtbot
    art = art_for(AreaId.SHOULDERS, Tool.TENNIS_BALL)
    assert len(art.frames) == 2
    assert blend(art, 0.0) is art.frames[0]
    assert blend(art, 1.0) is art.frames[-1]
    middle = blend(art, 0.5)
    first = {layer.name: layer for layer in art.frames[0]}
    last = {layer.name: layer for layer in art.frames[-1]}
    moved = 0
    for layer in middle:
        for (_, path), (_, a), (_, b) in zip(
            layer.shapes, first[layer.name].shapes, last[layer.name].shapes, strict=True
        ):
            for i in range(path.elementCount()):
                halfway = (a.elementAt(i).x + b.elementAt(i).x) / 2
                assert path.elementAt(i).x == pytest.approx(halfway)
            moved += a != b
    assert moved > 0


@given(st.floats(min_value=0, max_value=10_000, allow_nan=False))
def test_the_movement_stays_between_its_frames(seconds: float) -> None:
    assert 0.0 <= step_at(seconds) <= 1.0


def test_the_movement_holds_each_end_before_moving() -> None:
    assert step_at(0.0) == 0.0
    assert step_at(1.0) == 0.0
    assert step_at(5.0) == 1.0
    assert 0.0 < step_at(2.9) < 1.0


@given(st.floats(min_value=0, max_value=PLAY_SECONDS, allow_nan=False))
def test_nothing_changes_before_the_next_wake(seconds: float) -> None:
    """Between one wake and the next the picture does not move (in a hold) or
    moves one frame's worth (while moving): a hold wakes nothing 25 times a
    second."""
    wait = next_change_ms(seconds)
    assert wait >= 40
    later = seconds + wait / 1000 - 1e-6
    if wait > 40 and later < PLAY_SECONDS:
        assert step_at(later) == pytest.approx(step_at(seconds), abs=1e-3)


def test_it_plays_twice_then_rests_on_the_held_position(qtbot: QtBot, moving: None) -> None:
    del moving
    now = [100.0]
    widget = PositionPictureWidget(seconds=lambda: now[0])
    qtbot.add_widget(widget)
    widget.set_position(AreaId.HIPS, Tool.TENNIS_BALL)
    widget.show()
    assert widget.is_moving() and widget.step == 0.0
    seen = set()
    while now[0] < 100.0 + PLAY_SECONDS + 1:
        now[0] += 0.1
        widget.tick()
        seen.add(round(widget.step, 1))
    assert {0.0, 0.5, 1.0} <= seen
    assert not widget.is_moving()
    assert widget.step == 1.0
    # A click plays it again.
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
    assert widget.is_moving() and widget.step == 0.0


def test_a_picture_moves_when_allowed_and_stops_when_the_person_turns_it_off(
    qtbot: QtBot, moving: None
) -> None:
    del moving
    widget = PositionPictureWidget()
    qtbot.add_widget(widget)
    widget.set_position(AreaId.CALVES, Tool.TENNIS_BALL)
    widget.show()
    assert widget.is_moving()
    motion().set_allowed(False)
    assert not widget.is_moving()
    # Still, it shows the position that is held.
    assert widget.step == 1.0
    motion().set_allowed(True)
    assert widget.is_moving()
    widget.hide()
    assert not widget.is_moving()


def test_a_picture_keeps_still_when_the_desktop_asks_for_less_motion(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, moving: None
) -> None:
    del moving
    monkeypatch.setattr(position_picture, "desktop_reduces_motion", lambda: True)
    widget = PositionPictureWidget()
    qtbot.add_widget(widget)
    widget.set_position(AreaId.QUADS, Tool.FOAM_ROLLER)
    widget.show()
    assert not widget.is_moving()
    assert widget.step == 1.0


def test_a_still_position_never_moves(qtbot: QtBot, moving: None) -> None:
    del moving
    widget = PositionPictureWidget()
    qtbot.add_widget(widget)
    widget.set_position(AreaId.HEAD, Tool.HANDS)
    widget.show()
    assert not widget.is_moving()


def test_the_picture_is_named_by_what_it_shows(qtbot: QtBot) -> None:
    widget = PositionPictureWidget()
    qtbot.add_widget(widget)
    widget.set_position(AreaId.NECK, Tool.TENNIS_BALL)
    assert "two tennis balls under the base of the skull" in widget.accessibleName()
    assert widget.accessibleDescription() == AREAS[AreaId.NECK].instruction(Tool.TENNIS_BALL)


def _tool_shown(card: ToolCard) -> Tool:
    """The tool of the card's picture; a call, so a check before does not narrow it."""
    shown = card.picture.picture
    assert shown is not None
    return shown.tool


def test_the_card_changes_its_picture_with_the_tool(qtbot: QtBot) -> None:
    card = ToolCard()
    qtbot.add_widget(card)
    card.resize(540, 400)
    card.show()
    calves = AREAS[AreaId.CALVES]
    card.show_tool(calves, Tool.TENNIS_BALL)
    before = card.picture.grab().toImage()
    assert _tool_shown(card) is Tool.TENNIS_BALL
    stronger = calves.stronger_tool(Tool.TENNIS_BALL)
    assert stronger is Tool.LACROSSE_BALL
    card.show_tool(calves, stronger)
    assert _tool_shown(card) is Tool.LACROSSE_BALL
    assert card.picture.grab().toImage() != before
    # Large enough to read from the floor.
    assert card.picture.height() >= ToolCard.PICTURE_MIN_HEIGHT


def test_the_setting_turns_movement_off_and_on(qtbot: QtBot, tmp_path: Path) -> None:
    rig = make_window(qtbot, tmp_path, settings=Settings(move_pictures=False))
    assert not motion().person_allows()
    rig.window.apply_settings(Settings(move_pictures=True))
    assert motion().person_allows()
    rig.window.apply_settings(Settings(move_pictures=False))
    assert not motion().allows_motion()


def test_the_session_card_follows_more_pressure_and_too_much(tmp_path: Path) -> None:
    from tests.ui.session_rig import calf_and_shoulder, session_rig
    from unknot.core.session_engine import Action

    with session_rig(tmp_path) as rig:
        rig.screen.start(calf_and_shoulder())
        card = rig.screen.hold_page.tool_card
        tools = [_tool_shown(card)]
        rig.act(Action.MORE_PRESSURE)
        tools.append(_tool_shown(card))
        rig.act(Action.TOO_MUCH)
        tools.append(_tool_shown(card))
        assert tools == [Tool.TENNIS_BALL, Tool.LACROSSE_BALL, Tool.TENNIS_BALL]
        assert tools[-1] is rig.shown().tool


def test_a_still_picture_neither_plays_nor_wakes(qtbot: QtBot, moving: None) -> None:
    del moving
    widget = PositionPictureWidget(seconds=lambda: 100.0)
    qtbot.add_widget(widget)
    widget.set_position(AreaId.HIPS, Tool.TENNIS_BALL)
    widget.show()
    assert widget.is_moving()
    widget.set_still(True)
    assert not widget.is_moving() and widget.step == 1.0
    # Nothing a person or the window does makes it move while still.
    for wake in (
        widget.play,
        lambda: QTest.mouseClick(widget, Qt.MouseButton.LeftButton),
        widget.hide,
        widget.show,
        lambda: widget.set_position(AreaId.CALVES, Tool.TENNIS_BALL),
        lambda: motion().set_allowed(True),
        widget.tick,
    ):
        wake()
        assert not widget.is_moving() and widget.step == 1.0
        timer = widget.findChild(QTimer)
        assert timer is not None and not timer.isActive()
    widget.set_still(False)
    assert not widget.is_moving(), "allowed again, it does not start by itself"
    widget.play()
    assert widget.is_moving()


def test_the_session_card_keeps_still_while_a_hold_counts_down(
    tmp_path: Path, moving: None
) -> None:
    from tests.ui.session_rig import calf_and_shoulder, session_rig
    from unknot.core.session_engine import Action, Phase

    del moving
    with session_rig(tmp_path) as rig:
        screen = rig.screen
        screen.resize(1000, 700)
        screen.show()
        screen.start(calf_and_shoulder())
        picture = screen.hold_page.tool_card.picture
        # Getting into position: the picture shows how.
        assert picture.is_moving()
        rig.act(Action.START_PAUSE)
        assert rig.phase() is Phase.HOLDING
        assert not picture.is_moving()
        # Nor when the tool changes or the window comes back during the hold.
        rig.act(Action.MORE_PRESSURE)
        rig.run(2)
        screen.hide()
        screen.show()
        assert rig.phase() is Phase.HOLDING
        assert not picture.is_moving()
        rig.act(Action.START_PAUSE)
        assert rig.phase() is Phase.PAUSED
        picture.play()
        assert picture.is_moving()


def test_every_picture_shows_the_whole_person_and_their_support() -> None:
    """No crop cuts the person (feet, head, hands), the tool, the arrow or the
    chair or table they use: every frame's shapes lie inside what is shown."""
    from PySide6.QtCore import QRectF

    from unknot.core.areas import AREAS
    from unknot.ui.session.position_picture import art_for, shown_shapes

    for area in AREAS.values():
        for tool in area.ladder:
            art = art_for(area.id, tool)
            view = QRectF(0, 0, art.size.width(), art.size.height())
            for frame in art.frames:
                for role, shape in shown_shapes(frame, view):
                    box = shape.boundingRect().intersected(view)
                    assert art.bounds.adjusted(-0.5, -0.5, 0.5, 0.5).contains(box), (
                        area.id,
                        tool,
                        role,
                    )
