"""The ten body areas of the method, the tools, and what to do with each.

Everything here is data a physiotherapist could review line by line: the order of
a tool ladder is the order in which pressure grows, and each instruction is short
enough to read from the floor.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from unknot.core.translation import QT_TRANSLATE_NOOP, translate


class Tool(StrEnum):
    HANDS = "hands"
    TENNIS_BALL = "tennis_ball"
    LACROSSE_BALL = "lacrosse_ball"
    FOAM_ROLLER = "foam_roller"

    @property
    def label(self) -> str:
        """The tool's name in the person's language."""
        return translate("Tools", _TOOL_LABELS[self])


_TOOL_LABELS: Mapping[Tool, str] = {
    Tool.HANDS: QT_TRANSLATE_NOOP("Tools", "Hands"),
    Tool.TENNIS_BALL: QT_TRANSLATE_NOOP("Tools", "Tennis ball"),
    Tool.LACROSSE_BALL: QT_TRANSLATE_NOOP("Tools", "Lacrosse ball"),
    Tool.FOAM_ROLLER: QT_TRANSLATE_NOOP("Tools", "Foam roller"),
}


# The tools a person may or may not have, in the order Settings lists them.
# Hands are always there.
OWNABLE_TOOLS = (Tool.TENNIS_BALL, Tool.LACROSSE_BALL, Tool.FOAM_ROLLER)
# The method's whole kit: a tennis ball and a lacrosse ball.
DEFAULT_TOOLS = frozenset({Tool.TENNIS_BALL, Tool.LACROSSE_BALL})


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"
    # Areas worked as one piece (the head) are stored with this side.
    BOTH = "both"

    @property
    def label(self) -> str:
        """ "Left", "Right", "Both" in the person's language."""
        return translate("Areas", _SIDE_LABELS[self])


_SIDE_LABELS: Mapping[Side, str] = {
    Side.LEFT: QT_TRANSLATE_NOOP("Areas", "Left"),
    Side.RIGHT: QT_TRANSLATE_NOOP("Areas", "Right"),
    Side.BOTH: QT_TRANSLATE_NOOP("Areas", "Both"),
}


class AreaId(StrEnum):
    HEAD = "head"
    JAW = "jaw"
    NECK = "neck"
    SHOULDERS = "shoulders"
    ARMS = "arms"
    LOWER_BACK = "lower_back"
    HIPS = "hips"
    QUADS = "quads"
    CALVES = "calves"
    FEET = "feet"


class Position(StrEnum):
    """Where the body is while working an area; plans group by it so the person
    changes position as rarely as possible."""

    SEATED = "seated"
    WALL = "wall"
    FLOOR = "floor"


@dataclass(frozen=True)
class Area:
    id: AreaId
    name: str
    # Singular name for one side: "calf" in "Left calf".
    side_name: str
    paired: bool
    # Gentlest first. The first tool is where every hold starts.
    ladder: tuple[Tool, ...]
    instructions: Mapping[Tool, str]
    keep_away_from: str
    position: Position
    scan_seconds: int

    @property
    def sides(self) -> tuple[Side, ...]:
        return (Side.LEFT, Side.RIGHT) if self.paired else (Side.BOTH,)

    @property
    def starting_tool(self) -> Tool:
        return self.ladder[0]

    @property
    def title(self) -> str:
        """The area's name in the person's language ("Calves"); `name` is the
        English source."""
        return translate("Areas", self.name)

    @property
    def keep_away_text(self) -> str:
        """`keep_away_from` in the person's language."""
        return translate("Areas", self.keep_away_from)

    def instruction(self, tool: Tool) -> str:
        """What to do with `tool` here, in the person's language."""
        return translate("Areas", self.instructions[tool])

    def stronger_tool(self, tool: Tool) -> Tool | None:
        """The next tool up the ladder, or None at the top."""
        index = self.ladder.index(tool)
        return self.ladder[index + 1] if index + 1 < len(self.ladder) else None

    def gentler_tool(self, tool: Tool) -> Tool | None:
        """The next tool down the ladder, or None at the bottom."""
        index = self.ladder.index(tool)
        return self.ladder[index - 1] if index > 0 else None

    def ladder_for(self, tools: Iterable[Tool]) -> tuple[Tool, ...]:
        """The ladder with only the tools the person has (hands always). An area
        none of whose tools they have keeps its whole ladder, so a session can
        still say what the spot needs."""
        owned = {Tool.HANDS, *tools}
        ladder = tuple(tool for tool in self.ladder if tool in owned)
        return ladder or self.ladder

    def with_tools(self, tools: Iterable[Tool]) -> Area:
        """This area as a person with `tools` works it: the same, on their ladder."""
        ladder = self.ladder_for(tools)
        return self if ladder == self.ladder else dataclasses.replace(self, ladder=ladder)

    def spot_name(self, side: Side) -> str:
        """What a person calls one spot, in their language: "Left calf", "Head".
        Each whole name is one text to translate (SPOT_NAMES): a language may
        not build it from a side and a part the way English does. An area worked
        as one piece (Side.BOTH) is called by the area's name."""
        if side is Side.BOTH:
            return self.title
        return translate("Spots", self.spot_source(side))

    def spot_source(self, side: Side) -> str:
        """The English spot name, the source `spot_name` translates."""
        if side is Side.BOTH:
            return self.name
        return f"{_SIDE_LABELS[side]} {self.side_name}"


AREAS: Mapping[AreaId, Area] = {
    area.id: area
    for area in (
        Area(
            id=AreaId.HEAD,
            name=QT_TRANSLATE_NOOP("Areas", "Head"),
            side_name="head",
            paired=False,
            ladder=(Tool.HANDS,),
            instructions={
                Tool.HANDS: (
                    QT_TRANSLATE_NOOP(
                        "Areas",
                        "Rest your fingertips on your temples, or under the bony ridge at "
                        "the back of your skull, and lean gently into the tender point.",
                    )
                ),
            },
            keep_away_from=QT_TRANSLATE_NOOP("Areas", "the eyes and ears"),
            position=Position.SEATED,
            scan_seconds=20,
        ),
        Area(
            id=AreaId.JAW,
            name=QT_TRANSLATE_NOOP("Areas", "Jaw"),
            side_name="jaw",
            paired=True,
            ladder=(Tool.HANDS,),
            instructions={
                Tool.HANDS: (
                    QT_TRANSLATE_NOOP(
                        "Areas",
                        "Clench once to find the cheek muscle, relax, then press it with "
                        "two fingers anywhere from the cheekbone down to the angle of the jaw.",
                    )
                ),
            },
            keep_away_from=QT_TRANSLATE_NOOP("Areas", "the joint just in front of the ear"),
            position=Position.SEATED,
            scan_seconds=20,
        ),
        Area(
            id=AreaId.NECK,
            name=QT_TRANSLATE_NOOP("Areas", "Neck"),
            side_name="side of the neck",
            paired=True,
            ladder=(Tool.HANDS, Tool.TENNIS_BALL),
            instructions={
                Tool.HANDS: (
                    QT_TRANSLATE_NOOP(
                        "Areas",
                        "Press your thumbs into the muscle beside the spine, just under the "
                        "skull, and let your head grow heavy.",
                    )
                ),
                Tool.TENNIS_BALL: (
                    QT_TRANSLATE_NOOP(
                        "Areas",
                        "Lie on your back with two tennis balls in a sock under the base of "
                        "your skull, one each side of the spine, and let your head sink.",
                    )
                ),
            },
            keep_away_from=QT_TRANSLATE_NOOP(
                "Areas", "the front and sides of the throat and the bony middle line"
            ),
            position=Position.SEATED,
            scan_seconds=30,
        ),
        Area(
            id=AreaId.SHOULDERS,
            name=QT_TRANSLATE_NOOP("Areas", "Shoulders"),
            side_name="shoulder",
            paired=True,
            ladder=(Tool.TENNIS_BALL, Tool.LACROSSE_BALL),
            instructions={
                Tool.TENNIS_BALL: (
                    QT_TRANSLATE_NOOP(
                        "Areas",
                        "Stand with your back to a wall and pin the ball between your spine "
                        "and shoulder blade; bend your knees to move it onto the tender spot.",
                    )
                ),
                Tool.LACROSSE_BALL: (
                    QT_TRANSLATE_NOOP(
                        "Areas",
                        "Use the lacrosse ball the same way against the wall, or lie on the "
                        "floor over it to let your body weight do the work.",
                    )
                ),
            },
            keep_away_from=QT_TRANSLATE_NOOP(
                "Areas", "the spine, the blade's edge, the collarbone and the armpit"
            ),
            position=Position.WALL,
            scan_seconds=40,
        ),
        Area(
            id=AreaId.ARMS,
            name=QT_TRANSLATE_NOOP("Areas", "Arms"),
            side_name="arm",
            paired=True,
            ladder=(Tool.HANDS, Tool.TENNIS_BALL, Tool.LACROSSE_BALL),
            instructions={
                Tool.HANDS: (
                    QT_TRANSLATE_NOOP(
                        "Areas",
                        "Squeeze the thick forearm muscle a hand's width below the elbow with "
                        "the other thumb and hold.",
                    )
                ),
                Tool.TENNIS_BALL: (
                    QT_TRANSLATE_NOOP(
                        "Areas",
                        "Put the ball on a table and lean your forearm into it, just below "
                        "the elbow.",
                    )
                ),
                Tool.LACROSSE_BALL: (
                    QT_TRANSLATE_NOOP(
                        "Areas",
                        "Swap in the lacrosse ball on the table and lean in a little less at "
                        "first; it is much firmer.",
                    )
                ),
            },
            keep_away_from=QT_TRANSLATE_NOOP(
                "Areas", "the points of the elbow and the nerve on its inner side"
            ),
            position=Position.SEATED,
            scan_seconds=30,
        ),
        Area(
            id=AreaId.LOWER_BACK,
            name=QT_TRANSLATE_NOOP("Areas", "Lower back"),
            side_name="lower back",
            paired=True,
            ladder=(Tool.TENNIS_BALL, Tool.LACROSSE_BALL),
            instructions={
                Tool.TENNIS_BALL: (
                    QT_TRANSLATE_NOOP(
                        "Areas",
                        "Lean against a wall with the ball beside your spine, between the "
                        "lowest rib and the top of the pelvis.",
                    )
                ),
                Tool.LACROSSE_BALL: (
                    QT_TRANSLATE_NOOP(
                        "Areas",
                        "Use the lacrosse ball in the same place against the wall; keep it "
                        "off the spine.",
                    )
                ),
            },
            keep_away_from=QT_TRANSLATE_NOOP("Areas", "the spine itself"),
            position=Position.WALL,
            scan_seconds=30,
        ),
        Area(
            id=AreaId.HIPS,
            name=QT_TRANSLATE_NOOP("Areas", "Hips"),
            side_name="hip",
            paired=True,
            ladder=(Tool.TENNIS_BALL, Tool.LACROSSE_BALL),
            instructions={
                Tool.TENNIS_BALL: (
                    QT_TRANSLATE_NOOP(
                        "Areas",
                        "Sit or lie on the ball under your buttock; crossing that ankle over "
                        "the other knee opens the deep muscle.",
                    )
                ),
                Tool.LACROSSE_BALL: (
                    QT_TRANSLATE_NOOP(
                        "Areas",
                        "Deep spots often need the lacrosse ball: same position, lower your "
                        "weight onto it slowly.",
                    )
                ),
            },
            keep_away_from=QT_TRANSLATE_NOOP("Areas", "bony points; move off if you feel a pulse"),
            position=Position.FLOOR,
            scan_seconds=40,
        ),
        Area(
            id=AreaId.QUADS,
            name=QT_TRANSLATE_NOOP("Areas", "Thighs (quads)"),
            side_name="thigh",
            paired=True,
            ladder=(Tool.FOAM_ROLLER, Tool.TENNIS_BALL, Tool.LACROSSE_BALL),
            instructions={
                Tool.FOAM_ROLLER: (
                    QT_TRANSLATE_NOOP(
                        "Areas",
                        "Lie face down with the roller under the front of your thigh, between "
                        "knee and hip; turn the leg in or out to find the tight line.",
                    )
                ),
                Tool.TENNIS_BALL: (
                    QT_TRANSLATE_NOOP(
                        "Areas",
                        "Face down, or sitting on the edge of a hard chair, put the tennis "
                        "ball under the tender spot of the thigh and rest on it.",
                    )
                ),
                Tool.LACROSSE_BALL: (
                    QT_TRANSLATE_NOOP(
                        "Areas",
                        "Swap in the lacrosse ball under that spot and let your weight settle "
                        "gradually.",
                    )
                ),
            },
            keep_away_from=QT_TRANSLATE_NOOP("Areas", "the kneecap and the knee"),
            position=Position.FLOOR,
            scan_seconds=30,
        ),
        Area(
            id=AreaId.CALVES,
            name=QT_TRANSLATE_NOOP("Areas", "Calves"),
            side_name="calf",
            paired=True,
            # The foam roller only for people who have one (see ladder_for).
            ladder=(Tool.FOAM_ROLLER, Tool.TENNIS_BALL, Tool.LACROSSE_BALL),
            instructions={
                Tool.FOAM_ROLLER: (
                    QT_TRANSLATE_NOOP(
                        "Areas",
                        "Sit with the roller under your calf; cross the other leg on top "
                        "when you want more pressure.",
                    )
                ),
                Tool.TENNIS_BALL: (
                    QT_TRANSLATE_NOOP(
                        "Areas",
                        "Sit on the floor with the tennis ball under the calf and let the "
                        "leg rest on it; cross the other leg on top for more pressure.",
                    )
                ),
                Tool.LACROSSE_BALL: (
                    QT_TRANSLATE_NOOP(
                        "Areas",
                        "Sit with the lacrosse ball under the tender spot of the calf and "
                        "let the leg rest on it.",
                    )
                ),
            },
            keep_away_from=QT_TRANSLATE_NOOP(
                "Areas", "the back of the knee, and any calf that is swollen, warm or red"
            ),
            position=Position.FLOOR,
            scan_seconds=30,
        ),
        Area(
            id=AreaId.FEET,
            name=QT_TRANSLATE_NOOP("Areas", "Feet"),
            side_name="foot",
            paired=True,
            ladder=(Tool.TENNIS_BALL, Tool.LACROSSE_BALL),
            instructions={
                Tool.TENNIS_BALL: (
                    QT_TRANSLATE_NOOP(
                        "Areas",
                        "Sit down and put the ball under your foot; work from heel to toes "
                        "and across the arch, stopping on the tender spot.",
                    )
                ),
                Tool.LACROSSE_BALL: (
                    QT_TRANSLATE_NOOP(
                        "Areas",
                        "Still seated, use the lacrosse ball under the arch and press down "
                        "only as much as feels useful.",
                    )
                ),
            },
            keep_away_from=QT_TRANSLATE_NOOP(
                "Areas", "standing on the ball: stay seated to control the pressure"
            ),
            position=Position.SEATED,
            scan_seconds=30,
        ),
    )
}


# Every one-sided spot's whole name, for the translation files; a test checks
# that it lists exactly the names Area.spot_source builds for a side.
SPOT_NAMES = (
    QT_TRANSLATE_NOOP("Spots", "Left jaw"),
    QT_TRANSLATE_NOOP("Spots", "Right jaw"),
    QT_TRANSLATE_NOOP("Spots", "Left side of the neck"),
    QT_TRANSLATE_NOOP("Spots", "Right side of the neck"),
    QT_TRANSLATE_NOOP("Spots", "Left shoulder"),
    QT_TRANSLATE_NOOP("Spots", "Right shoulder"),
    QT_TRANSLATE_NOOP("Spots", "Left arm"),
    QT_TRANSLATE_NOOP("Spots", "Right arm"),
    QT_TRANSLATE_NOOP("Spots", "Left lower back"),
    QT_TRANSLATE_NOOP("Spots", "Right lower back"),
    QT_TRANSLATE_NOOP("Spots", "Left hip"),
    QT_TRANSLATE_NOOP("Spots", "Right hip"),
    QT_TRANSLATE_NOOP("Spots", "Left thigh"),
    QT_TRANSLATE_NOOP("Spots", "Right thigh"),
    QT_TRANSLATE_NOOP("Spots", "Left calf"),
    QT_TRANSLATE_NOOP("Spots", "Right calf"),
    QT_TRANSLATE_NOOP("Spots", "Left foot"),
    QT_TRANSLATE_NOOP("Spots", "Right foot"),
)


def area(area_id: AreaId | str) -> Area:
    """The area with this id; raises ValueError for an unknown one."""
    return AREAS[AreaId(area_id)]
