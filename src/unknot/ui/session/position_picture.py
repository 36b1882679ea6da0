"""The picture of a position: a person placed for an area and a tool, drawn from
`assets/positions/<area>-<tool>.svg` (made by make_positions.py) in the colours
of the current palette, as the body map is.

Each shape in the file carries a role (body, hair, support, tennis, arrow...);
the file's own colours are ignored, so light and dark follow the palette and the
colours live in one place, `_Colours` below. A person's layer is painted in two
passes, outline then fill, so its pieces (torso, limbs, head) join into one
silhouette without seams.

A position with two frames moves gently between them (setting up, then leaning
in), point by point, holding each for a while; it plays twice when it is shown
(or clicked) and then rests on the last frame, the position that is held, so a
hold stays still. It keeps still from the start when the person turned movement
off in the settings, when the desktop asks for less motion (where Qt can tell),
and while the picture is hidden.
"""

from __future__ import annotations

import functools
import math
import os
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRectF, QSize, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QHideEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QShowEvent,
    QTransform,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from unknot.core.areas import AREAS, AreaId, Tool
from unknot.core.positions import PositionPicture, position_of
from unknot.core.translation import translate
from unknot.ui.home.body_map_renderer import path_from_svg
from unknot.ui.shared.assets import asset_path
from unknot.ui.shared.practice_colours import mix

# The tools' own colours, the same in both palettes (a tennis ball is yellow).
TENNIS = QColor(204, 222, 62)
LACROSSE = QColor(238, 132, 42)
ROLLER = QColor(66, 128, 214)
SEAM = QColor(250, 250, 245)

_SVG = "{http://www.w3.org/2000/svg}"


@dataclass(frozen=True)
class ArtLayer:
    name: str
    kind: str  # support, person, tool or arrow
    tone: str  # near or far for a person, else empty
    shapes: tuple[tuple[str, QPainterPath], ...]


@dataclass(frozen=True)
class PositionArt:
    """One position's drawing: its view size in drawing units, its frames (each
    a tuple of layers from back to front) and `bounds`, the part worth showing:
    the person, the tool and the arrow in every frame, with a margin, so a
    person lying down fills the width rather than a strip of it."""

    size: QSizeF
    frames: tuple[tuple[ArtLayer, ...], ...]
    bounds: QRectF


def load_art(path: os.PathLike[str] | str) -> PositionArt:
    """Reads a drawing made by make_positions.py; raises ValueError for a file
    without frames or whose frames do not hold the same shapes (they could not
    move into each other), OSError when it cannot be read."""
    root = ET.parse(path).getroot()
    _, _, width, height = (float(v) for v in root.attrib["viewBox"].split())
    frames = []
    for group in root.findall(f"{_SVG}g"):
        if group.get("class") != "frame":
            continue
        layers = []
        for layer in group.findall(f"{_SVG}g"):
            shapes = tuple(
                (element.attrib["data-role"], path_from_svg(element.attrib["d"]))
                for element in layer.findall(f"{_SVG}path")
            )
            layers.append(
                ArtLayer(
                    layer.attrib["data-name"],
                    layer.attrib["data-layer"],
                    layer.get("data-tone", ""),
                    shapes,
                )
            )
        frames.append(tuple(layers))
    if not frames:
        raise ValueError(f"{path} holds no frames")
    first = _outline_of(frames[0])
    if any(_outline_of(frame) != first for frame in frames[1:]):
        raise ValueError(f"{path}: its frames do not hold the same shapes")
    view = QRectF(0.0, 0.0, width, height)
    bounds = QRectF()
    for frame in frames:
        for _, shape in shown_shapes(frame, view):
            bounds = bounds.united(shape.boundingRect())
    bounds = bounds.adjusted(-_MARGIN, -_MARGIN, _MARGIN, _MARGIN).intersected(view)
    crop = root.get("data-crop")
    if crop is not None:
        # The drawing names the part that matters (hands at the head).
        x, y, w, h = (float(v) for v in crop.split())
        bounds = QRectF(x, y, w, h).intersected(view)
    if bounds.isEmpty():
        bounds = view
    return PositionArt(QSizeF(width, height), tuple(frames), bounds)


def shown_shapes(frame: Sequence[ArtLayer], view: QRectF) -> list[tuple[str, QPainterPath]]:
    """The shapes a picture must show whole: the person, the tool, the arrow
    and what they sit, lean or lie on (a chair, a table). The floor and the wall
    run across the whole view and are shown only where the rest is."""
    shapes = []
    for art_layer in frame:
        for role, shape in art_layer.shapes:
            box = shape.boundingRect()
            across = box.width() >= view.width() * 0.9 or box.height() >= view.height() * 0.9
            if art_layer.kind != "support" or not across:
                shapes.append((role, shape))
    return shapes


# Room around the person in a cropped picture, in drawing units (cm).
_MARGIN = 9.0


def _outline_of(frame: Sequence[ArtLayer]) -> list[tuple[str, str, int]]:
    return sorted(
        (layer.name, role, path.elementCount()) for layer in frame for role, path in layer.shapes
    )


@functools.cache
def art_for(area: AreaId, tool: Tool) -> PositionArt:
    """The drawing of this area's position with this tool, read once."""
    return load_art(asset_path(position_of(area, tool).asset))


def blend(art: PositionArt, step: float) -> tuple[ArtLayer, ...]:
    """The drawing `step` of the way (0..1) from its first frame to its last,
    every point moved in a straight line; layers follow the nearer frame's order."""
    first, last = art.frames[0], art.frames[-1]
    if len(art.frames) == 1 or step <= 0.0:
        return first
    if step >= 1.0:
        return last
    by_name = {layer.name: layer for layer in last}
    order = first if step < 0.5 else last
    start_by_name = {layer.name: layer for layer in first}
    layers = []
    for layer in order:
        start, end = start_by_name[layer.name], by_name[layer.name]
        shapes = []
        for (role, a), (_, b) in zip(start.shapes, end.shapes, strict=True):
            path = QPainterPath(a)
            for i in range(a.elementCount()):
                ea, eb = a.elementAt(i), b.elementAt(i)
                path.setElementPositionAt(
                    i, ea.x + (eb.x - ea.x) * step, ea.y + (eb.y - ea.y) * step
                )
            shapes.append((role, path))
        layers.append(ArtLayer(layer.name, layer.kind, layer.tone, tuple(shapes)))
    return tuple(layers)


@dataclass(frozen=True)
class _Colours:
    near: QColor
    far: QColor
    outline: QColor
    hair: QColor
    support: QColor
    support_edge: QColor
    arrow: QColor
    arrow_edge: QColor

    @classmethod
    def of(cls, palette: QPalette) -> _Colours:
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        dark = window.lightnessF() < 0.5
        return cls(
            # The body map's figure tone, a little firmer so a small picture reads.
            near=mix(window, text, 0.16 if dark else 0.1),
            far=mix(window, text, 0.3 if dark else 0.24),
            outline=mix(window, text, 0.62),
            hair=mix(window, text, 0.5),
            support=mix(window, text, 0.07 if dark else 0.06),
            support_edge=mix(window, text, 0.38),
            arrow=palette.color(QPalette.ColorRole.Highlight),
            arrow_edge=window,
        )


def paint_position(
    painter: QPainter, rect: QRectF, art: PositionArt, palette: QPalette, step: float = 1.0
) -> None:
    """Paints the drawing's `bounds` centred in `rect`, as large as fits,
    `step` of the way from its first frame to its last."""
    shown = art.bounds
    if rect.width() <= 0 or rect.height() <= 0:
        return
    scale = min(rect.width() / shown.width(), rect.height() / shown.height())
    transform = QTransform()
    transform.translate(
        rect.center().x() - shown.width() * scale / 2,
        rect.center().y() - shown.height() * scale / 2,
    )
    transform.scale(scale, scale)
    transform.translate(-shown.left(), -shown.top())
    colours = _Colours.of(palette)
    line = max(1.0, 0.7 * scale)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # The floor and the wall run on past the crop; cut them at its edge.
    painter.setClipRect(transform.mapRect(shown), Qt.ClipOperation.IntersectClip)
    for layer in blend(art, step):
        shapes = [(role, transform.map(path)) for role, path in layer.shapes]
        if layer.kind == "person":
            _paint_person(painter, shapes, colours, layer.tone, line)
        else:
            for role, path in shapes:
                _paint_shape(painter, role, path, colours, line)
    painter.restore()


def _paint_person(
    painter: QPainter,
    shapes: list[tuple[str, QPainterPath]],
    colours: _Colours,
    tone: str,
    line: float,
) -> None:
    fill = colours.far if tone == "far" else colours.near
    bodies = [path for role, path in shapes if role == "body"]
    # Outline first, twice as wide as it shows, then the fill over all of it:
    # the pieces join into one silhouette.
    pen = QPen(colours.outline, line * 2.4)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(colours.outline)
    for path in bodies:
        painter.drawPath(path)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    for path in bodies:
        painter.drawPath(path)
    for role, path in shapes:
        if role == "hair":
            painter.setBrush(colours.hair)
            painter.drawPath(path)
        elif role == "eye":
            painter.setBrush(colours.outline)
            painter.drawPath(path)


def _paint_shape(
    painter: QPainter, role: str, path: QPainterPath, colours: _Colours, line: float
) -> None:
    pen = QPen(colours.outline, line)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    brush: QColor | None = None
    if role == "support":
        pen.setColor(colours.support_edge)
        brush = colours.support
    elif role == "tennis":
        brush = TENNIS
    elif role == "seam":
        pen = QPen(SEAM, line * 1.3)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    elif role == "lacrosse":
        brush = LACROSSE
    elif role == "shine":
        pen = QPen(Qt.PenStyle.NoPen)
        brush = QColor(255, 255, 255, 170)
    elif role == "roller":
        brush = ROLLER
    elif role == "roller-end":
        brush = ROLLER.lighter(130)
    elif role == "arrow":
        pen = QPen(colours.arrow_edge, line * 1.2)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        brush = colours.arrow
    painter.setPen(pen)
    if brush is None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
    else:
        painter.setBrush(brush)
    painter.drawPath(path)


# -- movement -------------------------------------------------------------------


def desktop_reduces_motion() -> bool:
    """Whether the desktop asked for fewer animations, where Qt passes that on:
    its general UI-effects switch follows the system's animation setting on
    Windows and on KDE Plasma. Elsewhere Qt reports effects off whatever the
    setting, so it says nothing and is not taken as a request."""
    app = QApplication.instance()
    if app is None:
        return False
    desktop = os.environ.get("XDG_CURRENT_DESKTOP", "").upper()
    if QGuiApplication.platformName() == "windows" or "KDE" in desktop:
        return not QApplication.isEffectEnabled(Qt.UIEffect.UI_General)
    return False


class MotionSwitch(QObject):
    """The person's choice, app-wide: whether position pictures move."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._person_allows = True

    def set_allowed(self, allowed: bool) -> None:
        """What the settings say (the "Move the position pictures" box)."""
        if allowed != self._person_allows:
            self._person_allows = allowed
            self.changed.emit()

    def person_allows(self) -> bool:
        return self._person_allows

    def allows_motion(self) -> bool:
        return self._person_allows and not desktop_reduces_motion()


_switch: MotionSwitch | None = None


def motion() -> MotionSwitch:
    """The one switch every picture listens to."""
    global _switch
    if _switch is None:
        _switch = MotionSwitch()
    return _switch


# One cycle: hold the set-up, move in, hold the lean, move back (seconds).
_HOLD_START, _MOVE, _HOLD_END = 2.2, 1.4, 3.0
_CYCLE = _HOLD_START + _MOVE + _HOLD_END + _MOVE
# Played this many times, then it rests on the position that is held: enough to
# see how to get into it; the hold itself stays still (and the machine quiet).
PLAYS = 2
PLAY_SECONDS = _CYCLE * (PLAYS - 1) + _HOLD_START + _MOVE
# A frame every 40 ms while moving; nothing at all while holding.
_TICK_MS = 40


def step_at(seconds: float) -> float:
    """Where in the movement (0 set up .. 1 leaning in) a picture is `seconds`
    after it started playing: a slow ease between long holds, resting on 1
    once it has played PLAYS times."""
    if seconds >= PLAY_SECONDS or seconds < 0:
        return 1.0
    t = seconds % _CYCLE
    if t < _HOLD_START:
        return 0.0
    t -= _HOLD_START
    if t < _MOVE:
        return (1 - math.cos(math.pi * t / _MOVE)) / 2
    t -= _MOVE
    if t < _HOLD_END:
        return 1.0
    t -= _HOLD_END
    return (1 + math.cos(math.pi * t / _MOVE)) / 2


def next_change_ms(seconds: float) -> int:
    """How long after `seconds` the picture next changes: a frame's time while
    it moves, the rest of a hold while it holds (at least one frame)."""
    t = seconds % _CYCLE
    for end, moving in (
        (_HOLD_START, False),
        (_HOLD_START + _MOVE, True),
        (_HOLD_START + _MOVE + _HOLD_END, False),
        (_CYCLE, True),
    ):
        if t < end:
            return _TICK_MS if moving else max(_TICK_MS, math.ceil((end - t) * 1000))
    return _TICK_MS


class PositionPictureWidget(QWidget):
    """A position's picture, as large as its space allows at the drawing's
    proportions. Its accessible name is what the picture shows; a click plays
    its movement again. `seconds` is the clock the movement runs on."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        minimum_width: int = 160,
        seconds: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._picture: PositionPicture | None = None
        self._art: PositionArt | None = None
        self._step = 1.0
        self._seconds = seconds
        # When the movement started playing; None while still.
        self._started: float | None = None
        # While a hold counts down the picture keeps still: the hold is what
        # matters then, and a frame every 40 ms would wake the machine.
        self._still = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.tick)
        self._minimum_width = minimum_width
        self._preferred_height = round(max(minimum_width, 300) * 0.6)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumSize(minimum_width, round(minimum_width * 0.6))
        motion().changed.connect(self._follow_motion)

    @property
    def picture(self) -> PositionPicture | None:
        return self._picture

    @property
    def step(self) -> float:
        """Where the picture is between its frames (1: the held position)."""
        return self._step

    def aspect(self) -> float:
        """Width over height of what the picture shows (1.0 before a position)."""
        if self._art is None:
            return 1.0
        return self._art.bounds.width() / self._art.bounds.height()

    def is_moving(self) -> bool:
        """Whether the movement is playing (holds between moves included)."""
        return self._started is not None

    def set_position(self, area: AreaId, tool: Tool) -> None:
        """Shows the position of `area` with `tool` and plays its movement;
        raises KeyError for a tool not on the area's ladder."""
        picture = position_of(area, tool)
        if picture == self._picture:
            return
        self._picture = picture
        self._art = art_for(picture.area, picture.tool)
        caption = translate("Positions", picture.caption)
        self.setAccessibleName(
            translate("Positions", "Position: {caption}").format(caption=caption)
        )
        self.setAccessibleDescription(translate("Areas", AREAS[area].instruction(tool)))
        self.setToolTip(caption)
        self.play()
        self.update()

    def play(self) -> None:
        """Plays the movement from the start, if it may move; else shows the
        held position."""
        self._started = None
        self._follow_motion()

    def set_still(self, still: bool) -> None:
        """Keeps the picture on the held position, not moving even when shown or
        clicked, while `still` (during a hold); moving is allowed again after,
        without playing by itself."""
        if still == self._still:
            return
        self._still = still
        if still:
            self._rest()

    def _should_move(self) -> bool:
        return (
            not self._still
            and self._art is not None
            and len(self._art.frames) > 1
            and self.isVisible()
            and motion().allows_motion()
        )

    def _follow_motion(self) -> None:
        if self._should_move():
            if self._started is None:
                self._started = self._seconds()
            self.tick()
        else:
            self._rest()

    def _rest(self) -> None:
        self._timer.stop()
        self._started = None
        if self._step != 1.0:
            self._step = 1.0
            self.update()

    def tick(self) -> None:
        """Moves the picture on to where its clock says, and wakes again when
        it next changes; at the end of the play it rests."""
        started = self._started
        if started is None or not self._should_move():
            self._rest()
            return
        elapsed = self._seconds() - started
        if elapsed >= PLAY_SECONDS:
            self._rest()
            return
        step = step_at(elapsed)
        if step != self._step:
            self._step = step
            self.update()
        self._timer.start(next_change_ms(elapsed))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.play()
        event.accept()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.play()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._rest()

    def set_preferred_height(self, height: int) -> None:
        """The height the picture asks for; it takes less (down to its minimum)
        when the window is short."""
        if height != self._preferred_height:
            self._preferred_height = height
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        return QSize(max(self._minimum_width, 300), self._preferred_height)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._art is None:
            return
        painter = QPainter(self)
        paint_position(painter, QRectF(self.rect()), self._art, self.palette(), self._step)
        painter.end()
