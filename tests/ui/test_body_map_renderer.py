"""The body map's drawing and hit-testing, without a window."""

from __future__ import annotations

import importlib.util
import itertools
import sys
from collections import Counter, deque
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication

from tests.ui.body_map_helpers import interior_point, just_outside
from tests.ui.rendering import dark_palette, in_language, light_palette
from unknot.core import translation
from unknot.core.areas import AREAS, AreaId, Side
from unknot.core.plans import Spot, all_spots
from unknot.ui.home.body_map_renderer import (
    BodyMapRenderer,
    MapState,
    Move,
    View,
    covers,
    load_figure,
    path_from_svg,
)
from unknot.ui.shared.assets import asset_path, assets_dir

# Where a person points at each area (the list): shoulders, lower back,
# hips and calves from behind; quads and jaw from the front; the rest on both.
EXPECTED_VIEWS = {
    AreaId.HEAD: {View.FRONT, View.BACK},
    AreaId.JAW: {View.FRONT},
    AreaId.NECK: {View.FRONT, View.BACK},
    AreaId.SHOULDERS: {View.BACK},
    AreaId.ARMS: {View.FRONT, View.BACK},
    AreaId.LOWER_BACK: {View.BACK},
    AreaId.HIPS: {View.BACK},
    AreaId.QUADS: {View.FRONT},
    AreaId.CALVES: {View.BACK},
    AreaId.FEET: {View.FRONT, View.BACK},
}


@pytest.fixture
def renderer(qapp: QApplication) -> BodyMapRenderer:
    renderer = BodyMapRenderer()
    renderer.layout(QRectF(0, 0, 900, 1000), [View.FRONT, View.BACK], QFont())
    return renderer


def test_every_spot_of_the_method_is_on_the_map(renderer: BodyMapRenderer) -> None:
    assert sorted(renderer.spots()) == sorted(all_spots())
    for area_id, views in EXPECTED_VIEWS.items():
        for side in AREAS[area_id].sides:
            shown = {r.view for r in renderer.regions_of(Spot(area_id, side))}
            assert shown == views, (area_id, side)


def test_region_ids_name_view_area_and_side(renderer: BodyMapRenderer) -> None:
    ids = {r.id for r in renderer.regions}
    assert {"front-head", "front-quads-left", "back-calves-right", "back-lower-back-left"} <= ids
    for region in renderer.regions:
        area_part = region.spot.area.value.replace("_", "-")
        suffix = "" if region.spot.side is Side.BOTH else f"-{region.spot.side.value}"
        assert region.id == f"{region.view.value}-{area_part}{suffix}"


def test_the_persons_left_is_on_the_viewers_right_in_front_only(
    renderer: BodyMapRenderer,
) -> None:
    for region in renderer.regions:
        if region.spot.side is Side.BOTH:
            continue
        x = interior_point(region.path).x()
        persons_left_on_right = (region.spot.side is Side.LEFT) == (x > 100)
        assert persons_left_on_right == (region.view is View.FRONT), region.id


def test_regions_lie_inside_the_figure_and_never_overlap(renderer: BodyMapRenderer) -> None:
    for figure in renderer.figures:
        for region in figure.regions:
            assert figure.outline.contains(interior_point(region.path)), region.id
        box = figure.outline.boundingRect()
        for i, j in itertools.product(range(60), range(150)):
            point = QPointF(box.left() + box.width() * i / 60, box.top() + box.height() * j / 150)
            holders = [r.id for r in figure.regions if r.path.contains(point)]
            assert len(holders) <= 1, (point, holders)
            if holders:
                assert figure.outline.contains(point), (point, holders)


def test_label_points_sit_inside_their_regions(renderer: BodyMapRenderer) -> None:
    for region in renderer.regions:
        assert region.path.contains(region.label_at), region.id
        placed = renderer.label_point(region.id)
        assert placed is not None
        assert renderer.region_path(region.id).contains(placed)


def test_each_region_is_hit_at_an_interior_point_and_missed_just_outside(
    renderer: BodyMapRenderer,
) -> None:
    for region in renderer.regions:
        path = renderer.region_path(region.id)
        inside = interior_point(path)
        hit = renderer.region_at(inside)
        assert hit is region
        for step in (QPointF(1, 0), QPointF(-1, 0), QPointF(0, 1), QPointF(0, -1)):
            outside = just_outside(path, inside, step)
            other = renderer.region_at(outside)
            assert other is None or other is not region, (region.id, step)


def test_hit_testing_uses_the_shape_not_the_bounding_box(renderer: BodyMapRenderer) -> None:
    # The corner of the arm's bounding box lies outside the arm itself.
    for region_id in ("front-arms-left", "back-hips-right", "front-head"):
        path = renderer.region_path(region_id)
        box = path.boundingRect()
        corners = (box.topLeft(), box.topRight(), box.bottomLeft(), box.bottomRight())
        inner = [c + (box.center() - c) * 0.04 for c in corners]
        missed = [p for p in inner if renderer.region_at(p) is not renderer.region(region_id)]
        assert missed, region_id


def test_empty_space_hits_nothing(renderer: BodyMapRenderer) -> None:
    assert renderer.region_at(QPointF(2, 2)) is None
    assert renderer.region_at(QPointF(450, 995)) is None
    # Between the legs of the front figure.
    feet = renderer.region_rect("front-feet-left").united(renderer.region_rect("front-feet-right"))
    assert renderer.region_at(QPointF(feet.center().x(), feet.top() - 30)) is None


def test_only_the_laid_out_views_are_hit(qapp: QApplication) -> None:
    renderer = BodyMapRenderer()
    renderer.layout(QRectF(0, 0, 300, 700), [View.BACK], QFont())
    assert renderer.shown_views() == [View.BACK]
    assert not renderer.is_shown("front-head")
    for region in renderer.regions:
        path = renderer.region_path(region.id)
        if region.view is View.FRONT:
            assert path.isEmpty()
        else:
            assert renderer.region_at(interior_point(path)) is region


def test_keyboard_moves_follow_the_body(renderer: BodyMapRenderer) -> None:
    def go(region_id: str, *moves: Move) -> str:
        for move in moves:
            region_id = renderer.neighbour(region_id, move).id
        return region_id

    assert go("front-head", Move.UP) == "front-head"
    assert go("front-head", Move.DOWN) in {"front-jaw-left", "front-jaw-right"}
    assert go("front-jaw-right", Move.DOWN) == "front-neck-right"
    # Across the body: the person's right is on the viewer's left in front.
    assert go("front-quads-right", Move.RIGHT) == "front-quads-left"
    # Past the edge into the back view, entering from its near side.
    assert go("front-quads-left", Move.RIGHT).startswith("back-")
    assert go("back-shoulders-left", Move.LEFT).startswith("front-")
    assert go("back-calves-left", Move.DOWN) == "back-feet-left"
    assert go("back-feet-right", Move.DOWN) == "back-feet-right"
    assert go("back-feet-right", Move.FIRST) == "front-head"
    assert go("front-head", Move.LAST) == renderer.keyboard_order()[-1].id


def test_every_region_is_reachable_by_the_arrow_keys(renderer: BodyMapRenderer) -> None:
    seen = {"front-head"}
    queue = deque(seen)
    while queue:
        here = queue.popleft()
        for move in (Move.UP, Move.DOWN, Move.LEFT, Move.RIGHT):
            there = renderer.neighbour(here, move).id
            if there not in seen:
                seen.add(there)
                queue.append(there)
    assert seen == {r.id for r in renderer.regions}


def _render(renderer: BodyMapRenderer, palette: QPalette, state: MapState) -> QImage:
    image = QImage(900, 1000, QImage.Format.Format_ARGB32)
    image.fill(palette.color(QPalette.ColorRole.Window))
    painter = QPainter(image)
    renderer.paint(painter, palette, state)
    painter.end()
    return image


def _colours_in(image: QImage, renderer: BodyMapRenderer, region_id: str) -> list[QColor]:
    """The pixels well inside a region (clear of its antialiased edge)."""
    path = renderer.region_path(region_id)
    box = path.boundingRect()
    pixels = []
    for i, j in itertools.product(range(40), range(40)):
        point = QPointF(box.left() + box.width() * i / 40, box.top() + box.height() * j / 40)
        around = (point + QPointF(dx, dy) for dx, dy in ((3, 0), (-3, 0), (0, 3), (0, -3)))
        if path.contains(point) and all(path.contains(p) for p in around):
            pixels.append(QColor(image.pixel(point.toPoint())))
    return pixels


def _commonest_share(pixels: list[QColor]) -> float:
    counts = Counter(p.rgb() for p in pixels)
    return counts.most_common(1)[0][1] / len(pixels)


@pytest.mark.parametrize("palette_of", [light_palette, dark_palette])
def test_selection_shows_by_hatching_not_colour_alone(
    renderer: BodyMapRenderer, palette_of: Callable[[], QPalette]
) -> None:
    palette = palette_of()
    calf = Spot(AreaId.CALVES, Side.LEFT)
    plain = _render(renderer, palette, MapState())
    picked = _render(renderer, palette, MapState(selected={calf: 6}))
    before = _colours_in(plain, renderer, "back-calves-left")
    after = _colours_in(picked, renderer, "back-calves-left")
    assert _commonest_share(before) > 0.9
    # Fill and hatch lines: no one colour dominates, and they differ in
    # lightness, so the pattern shows without colour vision.
    assert _commonest_share(after) < 0.9
    lightness = sorted(p.lightnessF() for p in after)
    assert lightness[-1] - lightness[0] > 0.2
    assert Counter(p.rgb() for p in before).most_common(1) != Counter(
        p.rgb() for p in after
    ).most_common(1)
    # The other calf is untouched.
    assert [p.rgb() for p in _colours_in(picked, renderer, "back-calves-right")] == [
        p.rgb() for p in _colours_in(plain, renderer, "back-calves-right")
    ]


def test_painting_every_state_in_both_palettes(renderer: BodyMapRenderer) -> None:
    state = MapState(
        selected={Spot(AreaId.HEAD, Side.BOTH): 10, Spot(AreaId.JAW, Side.RIGHT): None},
        hovered="front-quads-left",
        focused="back-hips-left",
        show_focus=True,
        highlighted=frozenset({Spot(AreaId.FEET, Side.BOTH)}),
        avoided=frozenset({Spot(AreaId.CALVES, Side.RIGHT)}),
    )
    for palette in (light_palette(), dark_palette()):
        image = _render(renderer, palette, state)
        assert not image.isNull()
        assert len(_colours_in(image, renderer, "back-feet-left")) >= 1


def test_a_both_sides_spot_covers_each_side() -> None:
    both = {Spot(AreaId.NECK, Side.BOTH)}
    assert covers(both, Spot(AreaId.NECK, Side.LEFT))
    assert covers(both, Spot(AreaId.NECK, Side.RIGHT))
    assert not covers(both, Spot(AreaId.JAW, Side.LEFT))


def test_svg_path_data_in_all_its_forms(qapp: QApplication) -> None:
    path = path_from_svg("M10 10 h20 v20 H10 Z m5 5 l2 0 0 2 q1 1 2 2 c1 0 1 1 0 1 z")
    assert path.boundingRect() == QRectF(10, 10, 20, 20)
    assert path.contains(QPointF(12, 12))
    assert path_from_svg("M0,0L1e1,0L10,10z").contains(QPointF(7, 2))
    with pytest.raises(ValueError, match="ends early"):
        path_from_svg("M0 0 C1 1 2")
    with pytest.raises(ValueError, match="start with a command"):
        path_from_svg("10 10")


def test_the_figure_loads_from_the_assets_folder(qapp: QApplication) -> None:
    assert asset_path("body/front.svg").parent == assets_dir() / "body"
    with pytest.raises(FileNotFoundError):
        asset_path("body/missing.svg")
    front = load_figure(View.FRONT)
    assert not front.outline.isEmpty()
    assert not front.details.isEmpty()


def _generator() -> ModuleType:
    script = Path(assets_dir()) / "body" / "make_body.py"
    spec = importlib.util.spec_from_file_location("make_body", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # Dataclasses look their module up by name while the class is built.
    sys.modules["make_body"] = module
    spec.loader.exec_module(module)
    return module


def test_the_svg_files_match_their_generator() -> None:
    make_body = _generator()
    for view in ("front", "back"):
        on_disk = asset_path(f"body/{view}.svg").read_text(encoding="utf-8")
        assert make_body.svg(view) == on_disk, f"run assets/body/make_body.py ({view})"


def test_a_piecewise_outline_must_close() -> None:
    make_body = _generator()
    with pytest.raises(ValueError, match="breaks"):
        make_body.closed(make_body.line((0.0, 0.0), (1.0, 0.0)))


@pytest.mark.parametrize("pixels", [8, 11, 16, 24])
def test_side_marks_never_run_into_each_other(renderer: BodyMapRenderer, pixels: int) -> None:
    """On a small map (the session's) as on a large one, with small and large
    text: the L and R marks of each view and between the two views stay apart."""
    font = QFont()
    font.setPixelSize(pixels)
    for side in range(80, 560, 12):
        renderer.layout(QRectF(0, 0, side, side), [View.FRONT, View.BACK], font)
        boxes = [box for _, box in renderer.mark_boxes()]
        assert len(boxes) == 4
        for first, second in itertools.combinations(boxes, 2):
            assert not first.adjusted(-1, 0, 1, 0).intersects(second), (side, pixels)


def _fake_long(context: str, source: str, disambiguation: str | None, n: int) -> str:
    """Long words for the two titles, as a translation might have them."""
    return {"Front": "Vorderansicht", "Back": "Rückenansicht"}.get(source, source)


@pytest.mark.parametrize("language", ["en", "de", "long"])
def test_the_view_titles_fit_their_boxes_in_every_language(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    """ "Hinten" was cut to "Hinter" on the session's small map: each title,
    as painted, is no wider in its own font than the box it is centred in,
    the box stays on the map and the two titles stay apart."""
    from unknot.ui.home.body_map import BodyMap

    drawn: list[tuple[str, QRectF, float, QRectF]] = []
    original = QPainter.drawText

    def recording(painter: QPainter, *args: object) -> object:
        if len(args) == 3 and isinstance(args[0], QRectF) and isinstance(args[2], str):
            box, text = args[0], args[2]
            device = painter.device()
            whole = QRectF(0, 0, device.width(), device.height())
            advance = QFontMetricsF(painter.font()).horizontalAdvance(text)
            drawn.append((text, painter.transform().mapRect(box), advance, whole))
        return original(painter, *args)  # type: ignore[call-overload]

    with in_language("de" if language == "de" else "en"):
        kept = translation._backend
        if language == "long":
            translation.install_backend(_fake_long)
        try:
            titles = {View.FRONT.label, View.BACK.label}
            monkeypatch.setattr(QPainter, "drawText", recording)
            body_map = BodyMap()
            for side in (90, 100, 120, 160, 220, 300):
                for pixels in (9, 12, 16):
                    font = QFont()
                    font.setPixelSize(pixels)
                    body_map.setFont(font)
                    body_map.resize(side, side)
                    drawn.clear()
                    body_map.grab()
                    # A title too long even for the smallest font is cut with "…".
                    shown = [d for d in drawn if d[0] in titles or d[0].endswith("…")]
                    if language != "long":
                        assert {d[0] for d in shown} == titles, (side, pixels)
                    assert len(shown) == 2, (side, pixels)
                    for text, box, advance, whole in shown:
                        assert advance <= box.width(), (text, side, pixels, advance, box)
                        assert whole.adjusted(-0.5, -0.5, 0.5, 0.5).contains(box), (text, side)
                    assert not shown[0][1].intersects(shown[1][1]), (side, pixels)
            body_map.deleteLater()
        finally:
            translation.install_backend(kept)
