"""The body map's drawing and hit-testing, in a plain class with no widget.

The figure and its regions come from `assets/body/front.svg` and `back.svg`: one
outline per view and one path per region, tagged with the area and the person's
side. The renderer places the views in a rectangle, paints them for a `MapState`
in the colours of the current palette, and answers which region lies under a
point with `QPainterPath.contains`, on the region's exact shape.

Selection is shown three ways at once (fill, hatching and a thick outline) so it
never rests on colour alone.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QTransform,
)

from unknot.core.areas import AreaId, Side
from unknot.core.plans import Spot
from unknot.core.translation import translate
from unknot.ui.shared.assets import asset_path
from unknot.ui.shared.practice_colours import mix


class View(StrEnum):
    FRONT = "front"
    BACK = "back"

    @property
    def label(self) -> str:
        """ "Front", "Back" in the window's language."""
        if self is View.FRONT:
            return translate("BodyMap", "Front")
        return translate("BodyMap", "Back")


class Move(Enum):
    """A keyboard step between regions."""

    UP = "up"
    DOWN = "down"
    LEFT = "left"
    RIGHT = "right"
    FIRST = "first"
    LAST = "last"


@dataclass(frozen=True, eq=False)
class Region:
    """One clickable shape: a spot as seen in one view."""

    id: str
    view: View
    spot: Spot
    # Keyboard rows, top to bottom within a view.
    row: int
    # In the figure's own units (the SVG's viewBox).
    path: QPainterPath
    label_at: QPointF

    @property
    def name(self) -> str:
        return self.spot.name


@dataclass(frozen=True, eq=False)
class Figure:
    view: View
    size: QSizeF
    outline: QPainterPath
    details: QPainterPath
    regions: tuple[Region, ...]


@dataclass(frozen=True)
class MapState:
    """What to show. `selected` maps each picked spot to its tenderness (None
    when not rated)."""

    selected: Mapping[Spot, int | None] = field(default_factory=dict)
    hovered: str | None = None
    # The region the keyboard is on; drawn only while the map has focus.
    focused: str | None = None
    show_focus: bool = False
    # Spots to point out without selecting them (the one being worked on).
    highlighted: frozenset[Spot] = frozenset()
    # Spots to keep pressure away from.
    avoided: frozenset[Spot] = frozenset()


def covers(spots: Iterable[Spot], spot: Spot) -> bool:
    """Whether the set names this spot, either itself or as both sides of its
    area (the scan works both sides together)."""
    wanted = set(spots)
    return spot in wanted or Spot(spot.area, Side.BOTH) in wanted


def _fitting(font: QFont, texts: Sequence[str], room: float) -> QFont:
    """`font`, made smaller (not under 6 px) until each of `texts` is at
    most `room` pixels wide in it."""
    fitted = QFont(font)
    pixels = QFontInfo(fitted).pixelSize()
    while pixels > 6 and max(
        (QFontMetricsF(fitted).horizontalAdvance(text) + 2 for text in texts), default=0.0
    ) > max(room, 1.0):
        pixels -= 1
        fitted.setPixelSize(pixels)
    return fitted


# -- reading the SVG -----------------------------------------------------------

_SVG = "{http://www.w3.org/2000/svg}"
_TOKEN = re.compile(r"[MmLlHhVvCcQqZz]|-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def path_from_svg(data: str) -> QPainterPath:
    """A QPainterPath from SVG path data (M, L, H, V, C, Q and Z, absolute or
    relative: what the figure's generator and most editors write)."""
    tokens = _TOKEN.findall(data)
    path = QPainterPath()
    x = y = start_x = start_y = 0.0
    command = ""
    i = 0

    def numbers(count: int) -> list[float]:
        nonlocal i
        values = [float(t) for t in tokens[i : i + count]]
        if len(values) != count or any(t.isalpha() for t in tokens[i : i + count]):
            raise ValueError(f"path data ends early after {command!r}")
        i += count
        return values

    while i < len(tokens):
        if tokens[i].isalpha():
            command = tokens[i]
            i += 1
        elif not command:
            raise ValueError("path data must start with a command")
        relative = command.islower()
        dx, dy = (x, y) if relative else (0.0, 0.0)
        kind = command.upper()
        if kind == "Z":
            path.closeSubpath()
            x, y = start_x, start_y
            continue
        if kind == "M":
            px, py = numbers(2)
            x, y = px + dx, py + dy
            start_x, start_y = x, y
            path.moveTo(x, y)
            # Further pairs after a move are lines.
            command = "l" if relative else "L"
        elif kind == "L":
            px, py = numbers(2)
            x, y = px + dx, py + dy
            path.lineTo(x, y)
        elif kind == "H":
            (px,) = numbers(1)
            x = px + dx
            path.lineTo(x, y)
        elif kind == "V":
            (py,) = numbers(1)
            y = py + (y if relative else 0.0)
            path.lineTo(x, y)
        elif kind == "C":
            x1, y1, x2, y2, px, py = numbers(6)
            path.cubicTo(x1 + dx, y1 + dy, x2 + dx, y2 + dy, px + dx, py + dy)
            x, y = px + dx, py + dy
        elif kind == "Q":
            x1, y1, px, py = numbers(4)
            path.quadTo(x1 + dx, y1 + dy, px + dx, py + dy)
            x, y = px + dx, py + dy
        else:  # pragma: no cover - the token pattern admits no other letter
            raise ValueError(f"unsupported path command {command!r}")
    return path


def load_figure(view: View, svg: Path | None = None) -> Figure:
    root = ET.parse(svg or asset_path(f"body/{view.value}.svg")).getroot()
    _, _, width, height = (float(v) for v in root.attrib["viewBox"].split())
    outline: QPainterPath | None = None
    details = QPainterPath()
    regions: list[Region] = []
    for group in root.iter(f"{_SVG}g"):
        if group.get("id") == f"{view.value}-details":
            for element in group.iter(f"{_SVG}path"):
                details.addPath(path_from_svg(element.attrib["d"]))
    for element in root.iter(f"{_SVG}path"):
        if element.get("id") == f"{view.value}-figure":
            outline = path_from_svg(element.attrib["d"])
        elif "data-area" in element.attrib:
            label_x, label_y = (float(v) for v in element.attrib["data-label"].split())
            regions.append(
                Region(
                    id=element.attrib["id"],
                    view=view,
                    spot=Spot(
                        AreaId(element.attrib["data-area"]), Side(element.attrib["data-side"])
                    ),
                    row=int(element.attrib["data-row"]),
                    path=path_from_svg(element.attrib["d"]),
                    label_at=QPointF(label_x, label_y),
                )
            )
    if outline is None:
        raise ValueError(f"{svg} has no {view.value}-figure outline")
    return Figure(view, QSizeF(width, height), outline, details, tuple(regions))


# -- colours -------------------------------------------------------------------


def _alpha(color: QColor, alpha: float) -> QColor:
    result = QColor(color)
    result.setAlphaF(alpha)
    return result


# Reads as "careful" on light and dark backgrounds alike.
_CAUTION = QColor(214, 84, 56)


@dataclass(frozen=True)
class _Colours:
    figure: QColor
    outline: QColor
    detail: QColor
    border: QColor
    label: QColor
    accent: QColor
    on_accent: QColor
    focus: QColor
    focus_halo: QColor

    @classmethod
    def of(cls, palette: QPalette) -> _Colours:
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        dark = window.lightnessF() < 0.5
        return cls(
            figure=mix(window, text, 0.13 if dark else 0.085),
            outline=mix(window, text, 0.55),
            detail=mix(window, text, 0.3),
            border=mix(window, text, 0.27 if dark else 0.22),
            label=mix(window, text, 0.7),
            accent=palette.color(QPalette.ColorRole.Highlight),
            on_accent=palette.color(QPalette.ColorRole.HighlightedText),
            focus=text,
            focus_halo=window,
        )


# -- the renderer --------------------------------------------------------------

# Space between the two views, in figure units.
_VIEW_GAP = 24.0
# Where the small L and R marks sit, in figure units (the empty corners beside
# the head).
_MARK_INSET = 10.0
_MARK_Y = 40.0


@dataclass(frozen=True, eq=False)
class _Placed:
    figure: Figure
    transform: QTransform
    scale: float
    title_rect: QRectF
    outline: QPainterPath
    details: QPainterPath
    # The title as it fits its box: the view's label, cut short with "…"
    # only when even the smallest title font is too wide for it.
    title: str


class BodyMapRenderer:
    def __init__(self, figures: Sequence[Figure] | None = None) -> None:
        self.figures: tuple[Figure, ...] = tuple(
            figures if figures is not None else (load_figure(View.FRONT), load_figure(View.BACK))
        )
        self.regions: tuple[Region, ...] = tuple(r for f in self.figures for r in f.regions)
        self._by_id = {region.id: region for region in self.regions}
        self._placed: list[_Placed] = []
        self._paths: dict[str, QPainterPath] = {}
        self._title_font = QFont()
        self._mark_font = QFont()
        self._rows = self._keyboard_rows()

    # -- geometry --------------------------------------------------------------

    def region(self, region_id: str) -> Region:
        return self._by_id[region_id]

    def regions_of(self, spot: Spot) -> list[Region]:
        return [r for r in self.regions if r.spot == spot]

    def spots(self) -> list[Spot]:
        """Every spot on the map, each once, head to feet."""
        seen: dict[Spot, None] = {}
        for region in sorted(self.regions, key=_body_order):
            seen.setdefault(region.spot)
        return list(seen)

    def layout(self, rect: QRectF, views: Sequence[View], font: QFont) -> None:
        """Place the given views side by side in `rect`, with a title line above
        each; everything after this works in the rectangle's coordinates."""
        self._title_font = QFont(font)
        self._title_font.setBold(True)
        title_height = QFontMetricsF(self._title_font).height() * 1.7
        figures = [f for f in self.figures if f.view in views]
        self._placed = []
        self._paths = {}
        if not figures or rect.width() <= 0 or rect.height() <= title_height:
            return
        gaps = len(figures) - 1
        figures_width = sum(f.size.width() for f in figures)
        unit_height = max(f.size.height() for f in figures)
        high = (rect.height() - title_height) / unit_height
        scale = min(rect.width() / (figures_width + _VIEW_GAP * gaps), high)
        # The gap between two views, in pixels: at least room for the two side
        # marks facing each other ("L L" between a front and a back view), so a
        # small map does not run them into one another.
        # The marks no larger than a sixth of a figure's width, so a figure's
        # own L and R stay apart on a small map.
        mark_font = QFont(self._title_font)
        mark_font.setBold(False)
        narrowest = min(f.size.width() for f in figures) * scale
        pixels = QFontInfo(mark_font).pixelSize()
        mark_font.setPixelSize(max(5, min(pixels, int(narrowest / 6))))
        self._mark_font = mark_font
        marks = QFontMetricsF(mark_font).horizontalAdvance("M") * 2.5
        gap = max(_VIEW_GAP * scale, marks - 2 * _MARK_INSET * scale)
        if gaps:
            scale = max(0.0, min(scale, (rect.width() - gap * gaps) / figures_width))
            gap = max(_VIEW_GAP * scale, marks - 2 * _MARK_INSET * scale)
        unit_width = figures_width * scale + gap * gaps
        left = rect.x() + (rect.width() - unit_width) / 2
        top = rect.y() + (rect.height() - title_height - unit_height * scale) / 2
        # A title may be wider than its figure on a small map ("Hinten"): it
        # reaches into half the gap on each side (never past the map's edge),
        # and the title font shrinks until the widest title fits that room,
        # measured in its own font.
        reach = max(0.0, min(gap / 2, left - rect.x()))
        room = min(f.size.width() for f in figures) * scale + 2 * reach
        self._title_font = _fitting(self._title_font, [f.view.label for f in figures], room)
        titles = QFontMetricsF(self._title_font)
        for figure in figures:
            transform = QTransform()
            transform.translate(left, top + title_height)
            transform.scale(scale, scale)
            wide = figure.size.width() * scale
            needed = max(wide, titles.horizontalAdvance(figure.view.label) + 2)
            needed = min(needed, wide + 2 * reach)
            title = QRectF(left + (wide - needed) / 2, top, needed, title_height)
            words = titles.elidedText(figure.view.label, Qt.TextElideMode.ElideRight, needed - 2)
            self._placed.append(
                _Placed(
                    figure,
                    transform,
                    scale,
                    title,
                    transform.map(figure.outline),
                    transform.map(figure.details),
                    words,
                )
            )
            for region in figure.regions:
                self._paths[region.id] = transform.map(region.path)
            left += figure.size.width() * scale + gap

    def shown_views(self) -> list[View]:
        return [p.figure.view for p in self._placed]

    def is_shown(self, region_id: str) -> bool:
        return region_id in self._paths

    def region_at(self, point: QPointF) -> Region | None:
        """The region whose exact shape holds the point, if any."""
        for region_id, path in self._paths.items():
            if path.contains(point):
                return self._by_id[region_id]
        return None

    def region_path(self, region_id: str) -> QPainterPath:
        """The region as laid out (empty when its view is not shown)."""
        return QPainterPath(self._paths.get(region_id, QPainterPath()))

    def region_rect(self, region_id: str) -> QRectF:
        return self.region_path(region_id).boundingRect()

    def label_point(self, region_id: str) -> QPointF | None:
        region = self._by_id[region_id]
        for placed in self._placed:
            if placed.figure.view is region.view:
                return placed.transform.map(region.label_at)
        return None

    # -- keyboard --------------------------------------------------------------

    def _keyboard_rows(self) -> dict[View, list[list[Region]]]:
        rows: dict[View, list[list[Region]]] = {}
        for figure in self.figures:
            numbers = sorted({r.row for r in figure.regions})
            rows[figure.view] = [
                sorted((r for r in figure.regions if r.row == n), key=lambda r: r.label_at.x())
                for n in numbers
            ]
        return rows

    def keyboard_order(self) -> list[Region]:
        """Every region in reading order: front then back, top to bottom, left to
        right as seen on screen."""
        return [r for f in self.figures for row in self._rows[f.view] for r in row]

    def neighbour(self, region_id: str, move: Move) -> Region:
        """Where an arrow key goes from this region: up and down along the body,
        left and right across it, and on across to the other view at the edge.
        Stays put where there is nowhere to go."""
        order = self.keyboard_order()
        if move is Move.FIRST:
            return order[0]
        if move is Move.LAST:
            return order[-1]
        here = self._by_id[region_id]
        rows = self._rows[here.view]
        row_index = next(i for i, row in enumerate(rows) if here in row)
        row = rows[row_index]
        if move in (Move.UP, Move.DOWN):
            target = row_index + (1 if move is Move.DOWN else -1)
            if not 0 <= target < len(rows):
                return here
            return min(rows[target], key=lambda r: abs(r.label_at.x() - here.label_at.x()))
        step = 1 if move is Move.RIGHT else -1
        position = row.index(here) + step
        if 0 <= position < len(row):
            return row[position]
        views = [f.view for f in self.figures]
        other = views.index(here.view) + step
        if not 0 <= other < len(views):
            return here
        # Into the other view at the same height, entering from the near edge.
        other_rows = self._rows[views[other]]

        def height_gap(candidate: list[Region]) -> float:
            mean = sum(r.label_at.y() for r in candidate) / len(candidate)
            return abs(mean - here.label_at.y())

        nearest = min(other_rows, key=height_gap)
        return nearest[0] if step > 0 else nearest[-1]

    # -- painting --------------------------------------------------------------

    def paint(self, painter: QPainter, palette: QPalette, state: MapState) -> None:
        colours = _Colours.of(palette)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for placed in self._placed:
            self._paint_figure(painter, colours, placed)
            regions = placed.figure.regions
            for region in regions:
                self._paint_region(painter, colours, region, state)
            self._paint_marks(painter, colours, placed)
            for region in regions:
                rating = state.selected.get(region.spot)
                if region.spot in state.selected and rating is not None:
                    self._paint_badge(painter, colours, region, placed, rating)
        if state.show_focus and state.focused in self._paths:
            self._paint_focus(painter, colours, self._paths[state.focused])
        painter.restore()

    def _paint_figure(self, painter: QPainter, colours: _Colours, placed: _Placed) -> None:
        painter.setPen(QPen(colours.outline, max(1.0, 1.2 * placed.scale)))
        painter.setBrush(colours.figure)
        painter.drawPath(placed.outline)
        detail_pen = QPen(colours.detail, max(0.8, 0.8 * placed.scale))
        detail_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(detail_pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(placed.details)
        painter.setPen(colours.label)
        painter.setFont(self._title_font)
        painter.drawText(placed.title_rect, Qt.AlignmentFlag.AlignCenter, placed.title)

    def title_boxes(self) -> list[tuple[str, QRectF, QFont]]:
        """Each view's title as drawn ("Front", "Back"), the box it is centred in
        and the font it is drawn with, in the layout's coordinates."""
        return [
            (placed.title, placed.title_rect, QFont(self._title_font)) for placed in self._placed
        ]

    def mark_boxes(self) -> list[tuple[str, QRectF]]:
        """The L and R marks of every view shown and the box each one's glyph
        fills, in the layout's coordinates."""
        metrics = QFontMetricsF(self._mark_font)
        boxes = []
        for placed in self._placed:
            view = placed.figure.view
            left_mark, right_mark = ("R", "L") if view is View.FRONT else ("L", "R")
            width = placed.figure.size.width()
            for mark, x in ((left_mark, _MARK_INSET), (right_mark, width - _MARK_INSET)):
                center = placed.transform.map(QPointF(x, _MARK_Y))
                wide, high = metrics.horizontalAdvance(mark), metrics.height()
                boxes.append(
                    (mark, QRectF(center.x() - wide / 2, center.y() - high / 2, wide, high))
                )
        return boxes

    def _paint_marks(self, painter: QPainter, colours: _Colours, placed: _Placed) -> None:
        """L and R beside the head: the front view is a mirror of the person
        looking at it, the back view is not."""
        painter.setFont(self._mark_font)
        painter.setPen(colours.label)
        index = self._placed.index(placed)
        for mark, box in self.mark_boxes()[2 * index : 2 * index + 2]:
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, mark)

    def _paint_region(
        self, painter: QPainter, colours: _Colours, region: Region, state: MapState
    ) -> None:
        path = self._paths[region.id]
        selected = region.spot in state.selected
        highlighted = covers(state.highlighted, region.spot)
        hovered = state.hovered == region.id
        avoided = covers(state.avoided, region.spot)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if selected or highlighted:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_alpha(colours.accent, 0.72 if highlighted else 0.5))
            painter.drawPath(path)
            if selected:
                # Hatching as well as colour, for people who do not see the fill.
                painter.setBrush(
                    QBrush(_alpha(colours.on_accent, 0.75), Qt.BrushStyle.BDiagPattern)
                )
                painter.drawPath(path)
        elif hovered:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_alpha(colours.accent, 0.2))
            painter.drawPath(path)
        if avoided:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(_alpha(_CAUTION, 0.8), Qt.BrushStyle.DiagCrossPattern))
            painter.drawPath(path)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if selected or highlighted:
            pen = QPen(colours.accent, 2.4)
        elif hovered:
            pen = QPen(colours.accent, 1.6)
        elif avoided:
            pen = QPen(_CAUTION, 1.6, Qt.PenStyle.DashLine)
        else:
            pen = QPen(colours.border, 1.0)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPath(path)

    def _paint_badge(
        self,
        painter: QPainter,
        colours: _Colours,
        region: Region,
        placed: _Placed,
        rating: int,
    ) -> None:
        center = placed.transform.map(region.label_at)
        radius = min(13.0, max(8.5, 8.5 * placed.scale))
        painter.setPen(QPen(colours.focus_halo, 1.5))
        painter.setBrush(colours.accent)
        painter.drawEllipse(center, radius, radius)
        font = QFont(self._title_font)
        font.setPixelSize(max(9, round(radius * (1.05 if rating < 10 else 0.9))))
        painter.setFont(font)
        painter.setPen(colours.on_accent)
        box = QRectF(center.x() - radius, center.y() - radius, 2 * radius, 2 * radius)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(rating))

    def _paint_focus(self, painter: QPainter, colours: _Colours, path: QPainterPath) -> None:
        # A light halo under a dark dashed line (or the reverse in a dark
        # palette) stays visible over any fill.
        painter.setBrush(Qt.BrushStyle.NoBrush)
        halo = QPen(colours.focus_halo, 4.5)
        halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(halo)
        painter.drawPath(path)
        ring = QPen(colours.focus, 2.0, Qt.PenStyle.DashLine)
        ring.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(ring)
        painter.drawPath(path)


def _body_order(region: Region) -> tuple[int, int]:
    areas = list(AreaId)
    sides = (Side.BOTH, Side.LEFT, Side.RIGHT)
    return (areas.index(region.spot.area), sides.index(region.spot.side))
