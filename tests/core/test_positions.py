"""Every tool on every ladder has a position, and every position a drawing that
the committed script makes exactly as committed."""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from unknot.core.areas import AREAS, AreaId, Tool
from unknot.core.positions import (
    HOW_TO_FIND,
    POSITIONS,
    Posture,
    Support,
    ladder_positions,
    position_of,
)

FOLDER = Path(__file__).resolve().parents[2] / "assets" / "positions"
_SVG = "{http://www.w3.org/2000/svg}"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_positions", FOLDER / "make_positions.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # Dataclasses look their module up by name while the class is made.
    sys.modules["make_positions"] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules["make_positions"]
    return module


def test_every_rung_of_every_ladder_has_a_position_and_nothing_else_does() -> None:
    on_ladders = {(area.id, tool) for area in AREAS.values() for tool in area.ladder}
    assert set(POSITIONS) == on_ladders
    for (area_id, tool), picture in POSITIONS.items():
        assert (picture.area, picture.tool) == (area_id, tool)


def test_ladder_positions_follow_the_ladder() -> None:
    for area in AREAS.values():
        assert [p.tool for p in ladder_positions(area.id)] == list(area.ladder)


def test_a_tool_off_the_ladder_has_no_position() -> None:
    with pytest.raises(KeyError, match="not on the head ladder"):
        position_of(AreaId.HEAD, Tool.LACROSSE_BALL)
    with pytest.raises(ValueError):
        position_of("elbow", Tool.HANDS)
    assert position_of("calves", "tennis_ball").name == "calves-tennis_ball"


@pytest.mark.parametrize("key", sorted(POSITIONS), ids=lambda key: f"{key[0]}-{key[1]}")
def test_each_position_has_its_drawing_with_its_frames(key: tuple[AreaId, Tool]) -> None:
    picture = POSITIONS[key]
    path = FOLDER.parent / picture.asset
    assert path.is_file()
    root = ET.parse(path).getroot()
    frames = [g for g in root.findall(f"{_SVG}g") if g.get("class") == "frame"]
    assert len(frames) == picture.frames
    roles = {p.get("data-role") for p in frames[0].iter(f"{_SVG}path")}
    # A person, what they press against, the tool (hands are the person's own)
    # and the arrow of the pressure.
    assert {"body", "support", "arrow"} <= roles
    tool_role = {
        Tool.TENNIS_BALL: "tennis",
        Tool.LACROSSE_BALL: "lacrosse",
        Tool.FOAM_ROLLER: "roller",
        Tool.HANDS: "body",
    }[picture.tool]
    assert tool_role in roles
    assert picture.caption.endswith(".") and len(picture.caption) < 160


def test_postures_agree_with_what_is_pressed_against() -> None:
    for picture in POSITIONS.values():
        if picture.posture is Posture.STANDING:
            assert picture.support is Support.WALL
        if picture.posture in (Posture.FACE_UP, Posture.FACE_DOWN, Posture.SEATED_ON_FLOOR):
            assert picture.support is Support.FLOOR


def test_every_area_says_how_to_find_its_spot() -> None:
    assert set(HOW_TO_FIND) == set(AREAS)
    assert all(text.endswith(".") for text in HOW_TO_FIND.values())


def test_the_committed_drawings_are_what_the_script_makes(tmp_path: Path) -> None:
    script = _script()
    assert script.main(["make_positions.py", str(tmp_path)]) == 0
    made = sorted(p.name for p in tmp_path.glob("*.svg"))
    assert made == sorted(p.name for p in FOLDER.glob("*.svg"))
    assert made == sorted(f"{p.name}.svg" for p in POSITIONS.values())
    for name in made:
        assert (tmp_path / name).read_text("utf-8") == (FOLDER / name).read_text("utf-8"), name


def test_the_script_refuses_frames_that_cannot_move_into_each_other(tmp_path: Path) -> None:
    script = _script()
    one = script.floor()
    two = script.floor()
    two.shapes.append(script.Shape("support", [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0)]))
    setattr(script, "POSITIONS", {"broken": lambda: [[one], [two]]})  # noqa: B010
    with pytest.raises(SystemExit, match="do not hold the same shapes"):
        script.main(["make_positions.py", str(tmp_path)])
