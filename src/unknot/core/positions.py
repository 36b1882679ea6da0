"""Which position goes with which area and tool: how the body is placed, what
it presses against, and what the picture of it shows.

One entry for every tool on every area's ladder (the full ladders, before a
person's own tools trim them). The drawings themselves are made by
`assets/positions/make_positions.py`, one file per entry, named by `name`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from unknot.core.areas import AREAS, AreaId, Tool
from unknot.core.translation import QT_TRANSLATE_NOOP


class Posture(StrEnum):
    """How the body is placed, seen from the side."""

    SEATED = "seated"
    SEATED_ON_FLOOR = "seated_on_floor"
    STANDING = "standing"
    FACE_UP = "face_up"
    FACE_DOWN = "face_down"


class Support(StrEnum):
    """What the body or the tool presses against."""

    CHAIR = "chair"
    TABLE = "table"
    WALL = "wall"
    FLOOR = "floor"


@dataclass(frozen=True)
class PositionPicture:
    area: AreaId
    tool: Tool
    posture: Posture
    support: Support
    # 2 when the picture moves from setting up to leaning in; 1 when it is still.
    frames: int
    # What the picture shows, in a sentence: its text alternative (English
    # source; translate with the "Positions" context where it is shown).
    caption: str

    @property
    def name(self) -> str:
        """The drawing's file name without its folder or suffix: "calves-tennis_ball"."""
        return f"{self.area.value}-{self.tool.value}"

    @property
    def asset(self) -> str:
        """The drawing's path under the assets folder."""
        return f"positions/{self.name}.svg"


def _picture(
    area: AreaId, tool: Tool, posture: Posture, support: Support, frames: int, caption: str
) -> PositionPicture:
    return PositionPicture(area, tool, posture, support, frames, caption)


_S, _F, _W = Posture.SEATED, Posture.SEATED_ON_FLOOR, Posture.STANDING
_UP, _DOWN = Posture.FACE_UP, Posture.FACE_DOWN
_H, _T, _L, _R = Tool.HANDS, Tool.TENNIS_BALL, Tool.LACROSSE_BALL, Tool.FOAM_ROLLER

POSITIONS: Mapping[tuple[AreaId, Tool], PositionPicture] = {
    (picture.area, picture.tool): picture
    for picture in (
        _picture(
            AreaId.HEAD,
            _H,
            _S,
            Support.CHAIR,
            1,
            QT_TRANSLATE_NOOP(
                "Positions", "Sitting upright on a chair, fingertips pressing on the temple."
            ),
        ),
        _picture(
            AreaId.JAW,
            _H,
            _S,
            Support.CHAIR,
            1,
            QT_TRANSLATE_NOOP(
                "Positions", "Sitting on a chair, two fingers pressing into the cheek muscle."
            ),
        ),
        _picture(
            AreaId.NECK,
            _H,
            _S,
            Support.CHAIR,
            2,
            QT_TRANSLATE_NOOP(
                "Positions",
                "Sitting on a chair, thumbs under the back of the skull; the head tips "
                "forward and grows heavy.",
            ),
        ),
        _picture(
            AreaId.NECK,
            _T,
            _UP,
            Support.FLOOR,
            2,
            QT_TRANSLATE_NOOP(
                "Positions",
                "Lying on the back, knees up, two tennis balls under the base of the skull; "
                "the head sinks onto them.",
            ),
        ),
        _picture(
            AreaId.SHOULDERS,
            _T,
            _W,
            Support.WALL,
            2,
            QT_TRANSLATE_NOOP(
                "Positions",
                "Standing with the back to a wall, a tennis ball between the wall and the "
                "shoulder blade; the knees bend to roll it onto the spot.",
            ),
        ),
        _picture(
            AreaId.SHOULDERS,
            _L,
            _UP,
            Support.FLOOR,
            2,
            QT_TRANSLATE_NOOP(
                "Positions",
                "Lying on the back, knees up, a lacrosse ball under the shoulder blade; "
                "the body's weight settles onto it.",
            ),
        ),
        _picture(
            AreaId.ARMS,
            _H,
            _S,
            Support.TABLE,
            1,
            QT_TRANSLATE_NOOP(
                "Positions",
                "Sitting at a table, one forearm resting on it, the other hand's thumb "
                "pressing just below the elbow.",
            ),
        ),
        _picture(
            AreaId.ARMS,
            _T,
            _S,
            Support.TABLE,
            2,
            QT_TRANSLATE_NOOP(
                "Positions",
                "Sitting at a table, the forearm on a tennis ball just below the elbow; "
                "the body leans in.",
            ),
        ),
        _picture(
            AreaId.ARMS,
            _L,
            _S,
            Support.TABLE,
            2,
            QT_TRANSLATE_NOOP(
                "Positions",
                "Sitting at a table, the forearm on a lacrosse ball just below the elbow; "
                "the body leans in gently.",
            ),
        ),
        _picture(
            AreaId.LOWER_BACK,
            _T,
            _W,
            Support.WALL,
            2,
            QT_TRANSLATE_NOOP(
                "Positions",
                "Standing with the back to a wall, a tennis ball beside the spine above "
                "the pelvis; the body leans back into it.",
            ),
        ),
        _picture(
            AreaId.LOWER_BACK,
            _L,
            _W,
            Support.WALL,
            2,
            QT_TRANSLATE_NOOP(
                "Positions",
                "Standing with the back to a wall, a lacrosse ball beside the spine above "
                "the pelvis; the body leans back into it.",
            ),
        ),
        _picture(
            AreaId.HIPS,
            _T,
            _F,
            Support.FLOOR,
            2,
            QT_TRANSLATE_NOOP(
                "Positions",
                "Sitting on the floor on a tennis ball under one buttock, hands behind; "
                "that ankle crosses over the other knee.",
            ),
        ),
        _picture(
            AreaId.HIPS,
            _L,
            _F,
            Support.FLOOR,
            2,
            QT_TRANSLATE_NOOP(
                "Positions",
                "Sitting on the floor on a lacrosse ball under one buttock, hands behind; "
                "that ankle crosses over the other knee.",
            ),
        ),
        _picture(
            AreaId.QUADS,
            _R,
            _DOWN,
            Support.FLOOR,
            2,
            QT_TRANSLATE_NOOP(
                "Positions",
                "Lying face down on the forearms, a foam roller under the front of the "
                "thigh; the hips sink onto it.",
            ),
        ),
        _picture(
            AreaId.QUADS,
            _T,
            _DOWN,
            Support.FLOOR,
            2,
            QT_TRANSLATE_NOOP(
                "Positions",
                "Lying face down on the forearms, a tennis ball under the front of the "
                "thigh; the hips sink onto it.",
            ),
        ),
        _picture(
            AreaId.QUADS,
            _L,
            _DOWN,
            Support.FLOOR,
            2,
            QT_TRANSLATE_NOOP(
                "Positions",
                "Lying face down on the forearms, a lacrosse ball under the front of the "
                "thigh; the hips sink onto it slowly.",
            ),
        ),
        _picture(
            AreaId.CALVES,
            _R,
            _F,
            Support.FLOOR,
            2,
            QT_TRANSLATE_NOOP(
                "Positions",
                "Sitting on the floor, hands behind, a foam roller under the calf; the "
                "other leg crosses on top for more pressure.",
            ),
        ),
        _picture(
            AreaId.CALVES,
            _T,
            _F,
            Support.FLOOR,
            2,
            QT_TRANSLATE_NOOP(
                "Positions",
                "Sitting on the floor, hands behind, a tennis ball under the calf; the "
                "other leg crosses on top for more pressure.",
            ),
        ),
        _picture(
            AreaId.CALVES,
            _L,
            _F,
            Support.FLOOR,
            2,
            QT_TRANSLATE_NOOP(
                "Positions",
                "Sitting on the floor, hands behind, a lacrosse ball under the calf; the "
                "other leg crosses on top for more pressure.",
            ),
        ),
        _picture(
            AreaId.FEET,
            _T,
            _S,
            Support.CHAIR,
            2,
            QT_TRANSLATE_NOOP(
                "Positions",
                "Sitting on a chair, a tennis ball under the arch of the foot; the hands "
                "on the knee press down a little.",
            ),
        ),
        _picture(
            AreaId.FEET,
            _L,
            _S,
            Support.CHAIR,
            2,
            QT_TRANSLATE_NOOP(
                "Positions",
                "Sitting on a chair, a lacrosse ball under the arch of the foot; the hands "
                "on the knee press down a little.",
            ),
        ),
    )
}


def position_of(area: AreaId | str, tool: Tool | str) -> PositionPicture:
    """The position for this area and tool; raises KeyError for a tool that is
    not on the area's ladder (ValueError for an unknown area or tool name)."""
    key = (AreaId(area), Tool(tool))
    if key not in POSITIONS:
        raise KeyError(f"{key[1].value} is not on the {key[0].value} ladder")
    return POSITIONS[key]


def ladder_positions(area: AreaId | str) -> tuple[PositionPicture, ...]:
    """The positions of an area's whole ladder, gentlest tool first."""
    found = AREAS[AreaId(area)]
    return tuple(POSITIONS[(found.id, tool)] for tool in found.ladder)


# How to find the spot worth working in each area, in a sentence (from the
# method's facts; translate with the "Positions" context where shown).
HOW_TO_FIND: Mapping[AreaId, str] = {
    AreaId.HEAD: QT_TRANSLATE_NOOP(
        "Positions",
        "Feel the temples, and the hollow under the bony ridge where the skull meets "
        "the neck at the back; stay on the point that is most tender.",
    ),
    AreaId.JAW: QT_TRANSLATE_NOOP(
        "Positions",
        "Clench your teeth once: the muscle that bulges between the cheekbone and the "
        "corner of the jaw is the one to press.",
    ),
    AreaId.NECK: QT_TRANSLATE_NOOP(
        "Positions",
        "Behind, beside the spine, just under the skull; or on top of the shoulder "
        "where it meets the neck.",
    ),
    AreaId.SHOULDERS: QT_TRANSLATE_NOOP(
        "Positions",
        "Between the spine and the shoulder blade, over the back of the blade, or just "
        "under the collarbone.",
    ),
    AreaId.ARMS: QT_TRANSLATE_NOOP(
        "Positions",
        "The thick muscle of the forearm, about a hand's width below the elbow.",
    ),
    AreaId.LOWER_BACK: QT_TRANSLATE_NOOP(
        "Positions",
        "The band of muscle beside the spine, between the lowest rib and the top of the pelvis.",
    ),
    AreaId.HIPS: QT_TRANSLATE_NOOP(
        "Positions",
        "The middle of the buttock, found more easily with that ankle crossed over "
        "the other knee; also the outer front of the hip.",
    ),
    AreaId.QUADS: QT_TRANSLATE_NOOP(
        "Positions",
        "The front of the thigh between the knee and the hip; turning the leg in or "
        "out brings a tight line under the tool.",
    ),
    AreaId.CALVES: QT_TRANSLATE_NOOP(
        "Positions",
        "The back of the lower leg, between the back of the knee and the heel.",
    ),
    AreaId.FEET: QT_TRANSLATE_NOOP(
        "Positions",
        "The sole, from the heel to the ball of the foot and across the arch.",
    ),
}
