"""Writes one SVG per position (an area and a tool on its ladder): a person, seen
from the side, in the position the instruction describes, with the tool where it
goes, the floor, wall, chair or table it presses against, and an arrow for the
direction of pressure or of the body's weight. Edit the poses here and run this
file; never edit the SVGs.

The person is built the same way in every picture, so they all look alike: a
skeleton of joints (posed by angles and by reaching a hand or a foot to a target,
as a puppeteer would), and over it soft outlines for the head, the torso and
each limb, tapered like the body map's figure. Limbs on the far side of the body
are their own layer, drawn first and a shade darker, so the near arm and leg
read in front of them.

A position that is easier to understand moving has two frames (setting up, then
leaning in). Both frames hold the same shapes in the same order with the same
number of points, so the app can move smoothly from one to the other by
interpolating the points.

The SVGs carry light colours so they show in any viewer, but the app ignores
them: it paints each shape by its `data-role` in the colours of the current
palette (see unknot/ui/session/position_picture.py).

Units: centimetres of a person about 170 cm tall; the view is 240 wide and 190
high, the floor at y = 184. Poses are written with y pointing up from the
floor and flipped on the way out.

Standard library only: `python assets/positions/make_positions.py` regenerates
every file.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

Point = tuple[float, float]

WIDTH = 240.0
HEIGHT = 190.0
FLOOR = 184.0
REACH = 0.36

# Body measures (cm): lengths along the bones and half widths of the outlines.
TORSO = 50.0
NECK = 7.0
HEAD_R = 10.0
UPPER_ARM = 29.0
FOREARM = 25.0
HAND = 11.0
THIGH = 43.0
SHIN = 42.0
# The tools, a little larger than life so they read at the size of the card.
TENNIS_R = 5.6
LACROSSE_R = 4.9
ROLLER_R = 8.0


# -- plane geometry (y up) ----------------------------------------------------


def add(a: Point, b: Point) -> Point:
    return (a[0] + b[0], a[1] + b[1])


def sub(a: Point, b: Point) -> Point:
    return (a[0] - b[0], a[1] - b[1])


def mul(a: Point, k: float) -> Point:
    return (a[0] * k, a[1] * k)


def length(a: Point) -> float:
    return math.hypot(a[0], a[1])


def unit(angle: float) -> Point:
    """The unit vector at `angle` degrees, counter-clockwise from +x."""
    radians = math.radians(angle)
    return (math.cos(radians), math.sin(radians))


def angle_of(a: Point) -> float:
    return math.degrees(math.atan2(a[1], a[0]))


def normalised(a: Point) -> Point:
    size = length(a)
    return (a[0] / size, a[1] / size)


def left_of(a: Point) -> Point:
    """`a` turned a quarter counter-clockwise."""
    return (-a[1], a[0])


def reach(start: Point, target: Point, first: float, second: float, bend: int) -> Point:
    """The middle joint (elbow, knee) of a two-bone limb from `start` that
    reaches `target`; `bend` +1 or -1 says on which side the joint points. A
    target out of reach is met as nearly as the limb allows."""
    span = sub(target, start)
    distance = min(length(span), first + second - 1e-6)
    distance = max(distance, abs(first - second) + 1e-6)
    along = (first * first - second * second + distance * distance) / (2 * distance)
    across = math.sqrt(max(first * first - along * along, 0.0))
    direction = normalised(span)
    return add(add(start, mul(direction, along)), mul(left_of(direction), across * bend))


# -- outlines -------------------------------------------------------------------


def smooth_closed(points: Sequence[Point]) -> list[tuple[Point, Point, Point, Point]]:
    """A closed Catmull-Rom curve through `points` as cubic pieces."""
    count = len(points)
    pieces = []
    for i in range(count):
        p0, p1, p2, p3 = (points[(i + k) % count] for k in (-1, 0, 1, 2))
        c1 = add(p1, mul(sub(p2, p0), REACH / 2))
        c2 = sub(p2, mul(sub(p3, p1), REACH / 2))
        pieces.append((p1, c1, c2, p2))
    return pieces


def circle_points(centre: Point, radius: float, count: int = 8, start: float = 0.0) -> list[Point]:
    return [add(centre, mul(unit(start + 360.0 * i / count), radius)) for i in range(count)]


@dataclass(frozen=True)
class Node:
    """A point along a limb and the limb's half width there, on its left and
    right (seen walking from the first node to the last)."""

    at: Point
    left: float
    right: float | None = None

    @property
    def right_width(self) -> float:
        return self.left if self.right is None else self.right


def limb(nodes: Sequence[Node]) -> list[Point]:
    """The outline of a tapered limb through `nodes`, with round ends."""
    directions = []
    for i in range(len(nodes)):
        before = nodes[max(i - 1, 0)].at
        after = nodes[min(i + 1, len(nodes) - 1)].at
        directions.append(normalised(sub(after, before)))
    lefts = [
        add(node.at, mul(left_of(d), node.left)) for node, d in zip(nodes, directions, strict=True)
    ]
    rights = [
        sub(node.at, mul(left_of(d), node.right_width))
        for node, d in zip(nodes, directions, strict=True)
    ]
    end, start = nodes[-1], nodes[0]
    end_r = (end.left + end.right_width) / 2
    start_r = (start.left + start.right_width) / 2
    end_angle = angle_of(directions[-1])
    start_angle = angle_of(directions[0]) + 180.0
    end_cap = [add(end.at, mul(unit(end_angle + a), end_r)) for a in (55.0, 0.0, -55.0)]
    start_cap = [add(start.at, mul(unit(start_angle + a), start_r)) for a in (55.0, 0.0, -55.0)]
    return lefts + end_cap + rights[::-1] + start_cap


# -- the scene ----------------------------------------------------------------------


@dataclass
class Shape:
    role: str
    points: list[Point]
    closed: bool = True
    smooth: bool = True


@dataclass
class Layer:
    kind: str  # support, person, tool, arrow
    tone: str = ""  # near or far, for a person's layers
    shapes: list[Shape] = field(default_factory=list)
    # Names the layer across frames (a leg that crosses over the other moves
    # in front of it, so frames may order their layers differently).
    name: str = ""


Scene = list[Layer]


@dataclass(frozen=True)
class Pose:
    """A person seen from the side. `hip` is the hip joint; angles in degrees
    counter-clockwise from +x. The torso's front faces a quarter turn clockwise
    from `torso`, so a person standing up (torso 90) faces +x."""

    hip: Point
    torso: float
    head: float
    # Targets: where each wrist and ankle is (None: hanging, by angle).
    near_wrist: Point
    far_wrist: Point
    near_ankle: Point
    far_ankle: Point
    near_hand: float = -90.0
    far_hand: float = -90.0
    near_foot: float = 0.0
    far_foot: float = 0.0
    elbow_bend: int = 1
    far_elbow_bend: int | None = None
    knee_bend: int = 1
    far_knee_bend: int | None = None
    # Foreshortened thighs (a knee turned towards the viewer).
    near_thigh: float = THIGH
    far_thigh: float = THIGH
    # A knee placed by hand, for a leg seen end-on (crossed over the other).
    near_knee: Point | None = None
    # An elbow placed by hand, for an arm seen end-on (raised out to the side).
    near_elbow: Point | None = None

    def axis(self) -> Point:
        return unit(self.torso)

    def front(self) -> Point:
        return mul(left_of(self.axis()), -1.0)

    def on_torso(self, along: float, forward: float) -> Point:
        return add(add(self.hip, mul(self.axis(), along)), mul(self.front(), forward))

    @property
    def shoulder(self) -> Point:
        return self.on_torso(43.0, -1.0)

    @property
    def neck_base(self) -> Point:
        return self.on_torso(TORSO, 0.0)

    @property
    def head_centre(self) -> Point:
        return add(self.neck_base, mul(unit(self.head), NECK + HEAD_R * 0.7))

    @property
    def face(self) -> Point:
        """The direction the face looks."""
        return mul(left_of(unit(self.head)), -1.0)


def torso_outline(pose: Pose) -> list[Point]:
    """Side view of the torso from the seat to the base of the neck: buttock,
    the hollow of the lower back, the rounded upper back, then the chest and
    the belly down to the groin."""
    return [
        pose.on_torso(u, v)
        for u, v in (
            (-9.0, -5.0),
            (-3.0, -12.0),
            (7.0, -12.5),
            (17.0, -9.0),
            (29.0, -9.8),
            (40.0, -11.5),
            (48.0, -8.5),
            (TORSO + 3.0, -4.5),
            (TORSO + 3.0, 4.0),
            (46.0, 9.0),
            (37.0, 11.0),
            (27.0, 9.0),
            (15.0, 9.2),
            (4.0, 10.0),
            (-6.0, 6.0),
        )
    ]


def head_shapes(pose: Pose) -> list[Shape]:
    centre = pose.head_centre
    up = unit(pose.head)
    face = pose.face
    neck = limb(
        [
            Node(add(pose.neck_base, mul(up, -2.0)), 5.6),
            Node(add(centre, mul(up, -HEAD_R * 0.4)), 4.8),
        ]
    )
    skull = circle_points(centre, HEAD_R, 10, pose.head)
    jaw = limb(
        [
            Node(add(add(centre, mul(face, 1.5)), mul(up, -1.0)), 6.5),
            Node(add(add(centre, mul(face, 6.0)), mul(up, -6.5)), 3.5),
        ]
    )
    nose = limb(
        [
            Node(add(add(centre, mul(face, HEAD_R - 1.0)), mul(up, 0.5)), 1.6),
            Node(add(add(centre, mul(face, HEAD_R + 1.8)), mul(up, -2.0)), 1.1),
        ]
    )
    # Hair over the crown and the back of the head: which way the person faces
    # is clear even at the size of a thumbnail.
    hair = [
        add(centre, mul(unit(angle_of(face) + a), HEAD_R + 0.8)) for a in (35, 75, 115, 155, 195)
    ] + [
        add(centre, mul(unit(angle_of(face) + a), HEAD_R * r))
        for a, r in ((170, 0.72), (125, 0.6), (80, 0.66))
    ]
    eye = circle_points(add(add(centre, mul(face, HEAD_R * 0.55)), mul(up, 1.2)), 1.2, 6)
    return [
        Shape("body", neck),
        Shape("body", skull),
        Shape("body", jaw),
        Shape("body", nose),
        Shape("hair", hair),
        Shape("eye", eye),
    ]


def arm_shapes(
    pose: Pose, wrist: Point, hand_angle: float, bend: int, elbow: Point | None = None
) -> list[Shape]:
    shoulder = pose.shoulder
    if elbow is None:
        elbow = reach(shoulder, wrist, UPPER_ARM, FOREARM, bend)
        wrist = add(elbow, mul(normalised(sub(wrist, elbow)), FOREARM))
    tip = add(wrist, mul(unit(hand_angle), HAND))
    arm = limb(
        [
            Node(shoulder, 5.6),
            Node(add(shoulder, mul(sub(elbow, shoulder), 0.45)), 4.6, 4.8),
            Node(elbow, 3.7),
            Node(add(elbow, mul(sub(wrist, elbow), 0.35)), 4.0),
            Node(wrist, 2.5),
        ]
    )
    hand = limb(
        [
            Node(add(wrist, mul(unit(hand_angle), -1.0)), 2.6),
            Node(add(wrist, mul(unit(hand_angle), HAND * 0.45)), 3.3),
            Node(tip, 2.1),
        ]
    )
    return [Shape("body", arm), Shape("body", hand)]


def leg_shapes(
    pose: Pose,
    ankle: Point,
    foot_angle: float,
    bend: int,
    thigh: float,
    with_hip: bool,
    knee: Point | None = None,
) -> list[Shape]:
    hip = pose.hip
    if knee is None:
        knee = reach(hip, ankle, thigh, SHIN, bend)
        ankle = add(knee, mul(normalised(sub(ankle, knee)), SHIN))
    shin_length = length(sub(ankle, knee))
    shin_dir = normalised(sub(ankle, knee))
    # The calf bulges behind the shin: on the side the knee does not bend to.
    calf_side = 1 if bend > 0 else -1
    calf = add(knee, mul(shin_dir, shin_length * 0.3))
    calf_left, calf_right = (6.0, 4.4) if calf_side > 0 else (4.4, 6.0)
    leg = limb(
        [
            Node(hip, 8.6 if with_hip else 7.4),
            Node(add(hip, mul(sub(knee, hip), 0.5)), 7.0),
            Node(knee, 5.2),
            Node(calf, calf_left, calf_right),
            Node(add(knee, mul(shin_dir, shin_length * 0.75)), 3.4),
            Node(ankle, 3.0),
        ]
    )
    along = unit(foot_angle)
    sole = mul(left_of(along), -1.0)
    foot = limb(
        [
            Node(add(add(ankle, mul(along, -3.6)), mul(sole, 3.2)), 3.0),
            Node(add(add(ankle, mul(along, 5.0)), mul(sole, 2.4)), 3.8, 3.0),
            Node(add(add(ankle, mul(along, 16.0)), mul(sole, 4.0)), 2.0),
        ]
    )
    return [Shape("body", leg), Shape("body", foot)]


def person(
    pose: Pose,
    order: Sequence[str] = ("far_leg", "far_arm", "body", "near_arm"),
    far_leg_tone: str = "far",
    far_arm_tone: str = "far",
) -> Scene:
    """The person as layers, back to front; `order` may move a limb (a crossed
    leg, an arm across the body) in front of another, and a far leg on top
    is drawn in the near tone so it does not read as a shadow."""
    far_bend = pose.far_elbow_bend if pose.far_elbow_bend is not None else pose.elbow_bend
    far_knee = pose.far_knee_bend if pose.far_knee_bend is not None else pose.knee_bend
    near_leg = leg_shapes(
        pose,
        pose.near_ankle,
        pose.near_foot,
        pose.knee_bend,
        pose.near_thigh,
        True,
        pose.near_knee,
    )
    parts = {
        "far_leg": Layer(
            "person",
            far_leg_tone,
            leg_shapes(pose, pose.far_ankle, pose.far_foot, far_knee, pose.far_thigh, False),
        ),
        "far_arm": Layer(
            "person", far_arm_tone, arm_shapes(pose, pose.far_wrist, pose.far_hand, far_bend)
        ),
        "near_leg": Layer("person", "near", near_leg),
        "body": Layer(
            "person", "near", [Shape("body", torso_outline(pose)), *near_leg, *head_shapes(pose)]
        ),
        "torso": Layer("person", "near", [Shape("body", torso_outline(pose)), *head_shapes(pose)]),
        "near_arm": Layer(
            "person",
            "near",
            arm_shapes(pose, pose.near_wrist, pose.near_hand, pose.elbow_bend, pose.near_elbow),
        ),
    }
    for name, layer in parts.items():
        layer.name = name
    return [parts[name] for name in order]


# -- things around the person -------------------------------------------------------


def rect(left: float, bottom: float, width: float, height: float) -> list[Point]:
    return [
        (left, bottom),
        (left + width, bottom),
        (left + width, bottom + height),
        (left, bottom + height),
    ]


def floor() -> Layer:
    return Layer(
        "support",
        shapes=[
            Shape("support", rect(-4.0, -8.0, WIDTH + 8.0, 8.0), smooth=False),
        ],
    )


def wall(surface: float) -> Layer:
    return Layer(
        "support",
        shapes=[Shape("support", rect(surface - 12.0, -8.0, 12.0, HEIGHT + 8.0), smooth=False)],
    )


def chair(front: float, seat: float = 45.0, depth: float = 34.0, facing: int = 1) -> Layer:
    """A plain chair seen from the side, its seat's front edge at `front`,
    facing +x (facing=1) or -x."""
    back_x = front - depth * facing
    lo, hi = sorted((back_x, front))
    shapes = [
        Shape("support", rect(lo, seat - 4.0, hi - lo, 4.0), smooth=False),
        Shape(
            "support",
            rect(front - 3.0 * facing - 1.5, 0.0, 3.0, seat - 4.0),
            smooth=False,
        ),
        Shape(
            "support",
            rect(back_x + (0.0 if facing > 0 else -3.0), 0.0, 3.0, seat + 44.0),
            smooth=False,
        ),
    ]
    return Layer("support", shapes=shapes)


def table(near: float, far: float, top: float = 74.0) -> Layer:
    lo, hi = sorted((near, far))
    return Layer(
        "support",
        shapes=[
            Shape("support", rect(lo, top - 4.0, hi - lo, 4.0), smooth=False),
            Shape("support", rect(hi - 8.0, 0.0, 3.5, top - 4.0), smooth=False),
        ],
    )


def tennis_ball(centre: Point, tilt: float = 20.0) -> Layer:
    seam = [
        add(centre, mul(unit(tilt + a), r))
        for a, r in (
            (-70, TENNIS_R * 0.95),
            (-35, TENNIS_R * 0.45),
            (0, TENNIS_R * 0.3),
            (35, TENNIS_R * 0.45),
            (70, TENNIS_R * 0.95),
        )
    ]
    return Layer(
        "tool",
        shapes=[
            Shape("tennis", circle_points(centre, TENNIS_R)),
            Shape("seam", seam, closed=False),
        ],
    )


def lacrosse_ball(centre: Point) -> Layer:
    shine = circle_points(add(centre, (-1.6, 1.8)), 1.2, 6)
    return Layer(
        "tool",
        shapes=[Shape("lacrosse", circle_points(centre, LACROSSE_R)), Shape("shine", shine)],
    )


def roller(centre: Point) -> Layer:
    return Layer(
        "tool",
        shapes=[
            Shape("roller", circle_points(centre, ROLLER_R, 12)),
            Shape("roller-end", circle_points(centre, ROLLER_R * 0.45, 8)),
        ],
    )


def ball(tool: str, centre: Point) -> Layer:
    if tool == "tennis_ball":
        return tennis_ball(centre)
    if tool == "lacrosse_ball":
        return lacrosse_ball(centre)
    return roller(centre)


def radius_of(tool: str) -> float:
    return {"tennis_ball": TENNIS_R, "lacrosse_ball": LACROSSE_R, "foam_roller": ROLLER_R}[tool]


def arrow(start: Point, end: Point, width: float = 3.4) -> Layer:
    """A solid arrow from `start` to its tip at `end`."""
    direction = normalised(sub(end, start))
    side = left_of(direction)
    head = min(9.0, length(sub(end, start)) * 0.55)
    neck = sub(end, mul(direction, head))
    half = width / 2
    points = [
        add(start, mul(side, half)),
        add(neck, mul(side, half)),
        add(neck, mul(side, half * 2.8)),
        end,
        sub(neck, mul(side, half * 2.8)),
        sub(neck, mul(side, half)),
        sub(start, mul(side, half)),
    ]
    return Layer("arrow", shapes=[Shape("arrow", points, smooth=False)])


# -- the positions ------------------------------------------------------------------

SEAT = 45.0


def seated(
    *,
    lean: float = 92.0,
    head: float = 90.0,
    near_wrist: Point,
    far_wrist: Point | None = None,
    near_hand: float = 0.0,
    far_hand: float | None = None,
    near_ankle: Point = (143.0, 8.0),
    far_ankle: Point | None = None,
    elbow_bend: int = 1,
    far_elbow_bend: int | None = None,
    hip: Point = (104.0, SEAT + 6.0),
) -> Pose:
    return Pose(
        hip=hip,
        torso=lean,
        head=head,
        near_wrist=near_wrist,
        far_wrist=far_wrist if far_wrist is not None else add(near_wrist, (-2.0, 1.0)),
        near_ankle=near_ankle,
        far_ankle=far_ankle if far_ankle is not None else add(near_ankle, (-3.0, 0.0)),
        near_hand=near_hand,
        far_hand=far_hand if far_hand is not None else near_hand,
        elbow_bend=elbow_bend,
        far_elbow_bend=far_elbow_bend,
        knee_bend=1,
    )


def on_chair(pose: Pose) -> Scene:
    return [floor(), chair(pose.hip[0] + 14.0), *person(pose)]


def _hand_to_head(spot: Point, lean: float, head: float) -> list[Scene]:
    """Seated, the near hand raised to a spot on the head with the elbow out to
    the side: seen from the side the upper arm is short, pointing at the viewer,
    and the forearm rises to the spot without crossing the face."""
    probe = seated(near_wrist=(0, 0), head=head, lean=lean)
    target = add(add(probe.head_centre, mul(probe.face, spot[0])), mul(unit(probe.head), spot[1]))
    wrist = add(target, (-1.0, -11.0))
    pose = Pose(
        **{
            **probe.__dict__,
            "near_wrist": wrist,
            "near_hand": 84.0,
            "near_elbow": add(probe.shoulder, (12.0, 1.0)),
            # The other hand rests on the thigh.
            "far_wrist": add(probe.hip, (30.0, 4.0)),
            "far_hand": -10.0,
            "far_elbow_bend": 1,
        }
    )
    return [[*on_chair(pose), arrow(add(target, (15.0, 7.0)), add(target, (4.5, 1.5)))]]


def head_hands() -> list[Scene]:
    return _hand_to_head((2.5, 2.5), 92.0, 90.0)


def jaw_hands() -> list[Scene]:
    return _hand_to_head((5.5, -4.0), 92.0, 92.0)


def neck_hands() -> list[Scene]:
    frames = []
    for head in (92.0, 80.0):
        pose = seated(near_wrist=(0, 0), head=head)
        nape = add(add(pose.head_centre, mul(pose.face, -6.0)), mul(unit(head), -8.0))
        pose = seated(
            near_wrist=add(nape, (-3.0, -9.0)),
            near_hand=80.0,
            head=head,
            elbow_bend=1,
            far_wrist=add(nape, (-1.0, -8.0)),
        )
        frames.append([*on_chair(pose), arrow(add(nape, (-14.0, -10.0)), add(nape, (-4.0, -2.0)))])
    return frames


def neck_tennis() -> list[Scene]:
    """Lying on the back, knees up, two balls in a sock under the base of the
    skull; the second frame lets the head sink back onto them."""
    frames = []
    for tilt, sink in ((150.0, 0.0), (160.0, 1.0)):
        pose = Pose(
            hip=(140.0, 12.5),
            torso=178.0,
            head=tilt,
            near_wrist=(150.0, 4.0),
            far_wrist=(147.0, 4.5),
            near_ankle=(186.0, 8.0),
            far_ankle=(183.0, 8.0),
            near_hand=0.0,
            far_hand=0.0,
            elbow_bend=1,
            knee_bend=1,
        )
        centre = pose.head_centre
        ball_at = (centre[0] + 4.0, TENNIS_R)
        frames.append(
            [
                floor(),
                tennis_ball(add(ball_at, (-3.0, 0.0))),
                tennis_ball(ball_at),
                *person(pose),
                arrow(add(centre, (1.0, 30.0 - 2.0 * sink)), add(centre, (1.0, 15.0))),
            ]
        )
    return frames


def at_wall(tool: str, height: float) -> list[Scene]:
    """Standing with the back to a wall, the ball pinned between them at
    `height` along the torso; the second frame bends the knees a little, which
    rolls the ball up the back."""
    frames = []
    wall_x = 74.0
    r = radius_of(tool)
    for drop, lean, up in ((0.0, 96.0, 0.0), (8.0, 98.0, 5.0)):
        probe = Pose(
            hip=(0.0, 0.0),
            torso=lean,
            head=92.0,
            near_wrist=(0, 0),
            far_wrist=(0, 0),
            near_ankle=(0, 0),
            far_ankle=(0, 0),
        )
        back = probe.on_torso(height + up, -10.5)
        hip = (wall_x + 2 * r - back[0], 92.0 - drop)
        pose = Pose(
            hip=hip,
            torso=lean,
            head=93.0,
            near_wrist=add(hip, (7.0, -20.0)),
            far_wrist=add(hip, (4.0, -21.0)),
            near_ankle=(hip[0] + 24.0, 8.0),
            far_ankle=(hip[0] + 20.0, 8.0),
            near_hand=-82.0,
            far_hand=-86.0,
            elbow_bend=1,
            knee_bend=1,
        )
        ball_at = (wall_x + r, hip[1] + back[1])
        frames.append(
            [
                floor(),
                wall(wall_x),
                *person(pose),
                ball(tool, ball_at),
                # In front of the chest, pointing back: lean into the wall.
                arrow(add(ball_at, (2 * r + 40.0, 4.0)), add(ball_at, (2 * r + 22.0, 4.0))),
            ]
        )
    return frames


def shoulders_on_floor(tool: str) -> list[Scene]:
    """Lying face up over the ball under the shoulder blade, knees up; the
    second frame lets the upper back settle onto it."""
    r = radius_of(tool)
    frames = []
    for sink in (0.0, 1.0):
        lift = r * (1.7 - 0.4 * sink)
        hip = (132.0, 12.5)
        # Shoulders above the hips: the torso points left and a little up.
        torso = 180.0 - math.degrees(math.atan2(lift, 40.0))
        probe = Pose(
            hip=hip,
            torso=torso,
            head=172.0 - 8.0 * sink,
            near_wrist=(0, 0),
            far_wrist=(0, 0),
            near_ankle=(hip[0] + 46.0, 8.0),
            far_ankle=(hip[0] + 43.0, 8.0),
        )
        # Arms folded over the chest draw the blades apart (and keep the
        # ball in sight).
        pose = Pose(
            **{
                **probe.__dict__,
                "near_wrist": probe.on_torso(30.0, 16.0),
                "far_wrist": probe.on_torso(33.0, 15.0),
                "near_hand": torso + 20.0,
                "far_hand": torso + 20.0,
                "elbow_bend": 1,
                "knee_bend": 1,
            }
        )
        blade = pose.on_torso(36.0, -12.0)
        frames.append(
            [
                floor(),
                ball(tool, (blade[0], r)),
                *person(pose),
                arrow(add(blade, (0.0, 44.0)), add(blade, (0.0, 27.0))),
            ]
        )
    return frames


def at_table(tool: str | None) -> list[Scene]:
    """Seated at a table, the forearm resting on the tool just below the elbow;
    the second frame leans in."""
    frames = []
    top = 74.0
    for lean in (92.0, 104.0) if tool else (96.0,):
        hip = (76.0, SEAT + 6.0)
        probe = seated(
            near_wrist=(0, 0), lean=90.0 - (lean - 90.0), hip=hip, head=88.0 - (lean - 92.0) * 0.5
        )
        # Lean forward (towards +x): the torso tilts clockwise from upright.
        pose = probe
        shoulder = pose.shoulder
        r = radius_of(tool) if tool else 0.0
        elbow_y = top + (2 * r if tool else 0.0) + 4.0
        elbow = (shoulder[0] + 10.0, elbow_y)
        if length(sub(elbow, shoulder)) > UPPER_ARM:
            elbow = add(shoulder, mul(normalised(sub(elbow, shoulder)), UPPER_ARM))
        wrist = (elbow[0] + FOREARM - 1.0, top + 4.0)
        pose = seated(
            near_wrist=wrist,
            lean=pose.torso,
            head=pose.head,
            hip=hip,
            near_hand=-8.0,
            far_wrist=add(wrist, (-8.0, 2.0)) if tool else add(elbow, (3.0, 5.0)),
            far_hand=0.0 if tool else -60.0,
            elbow_bend=-1,
            near_ankle=(hip[0] + 40.0, 8.0),
        )
        scene = [floor(), chair(hip[0] + 14.0), table(hip[0] + 28.0, hip[0] + 120.0, top)]
        if tool:
            # The ball a hand's width below the elbow, under the forearm.
            elbow_at = reach(pose.shoulder, wrist, UPPER_ARM, FOREARM, -1)
            spot = add(elbow_at, mul(normalised(sub(wrist, elbow_at)), 8.0))
            scene += [
                *person(pose, ("far_leg", "far_arm", "body")),
                ball(tool, (spot[0], top + r)),
                *person(pose, ("near_arm",)),
                arrow(add(spot, (0.0, 26.0)), add(spot, (0.0, 8.0))),
            ]
        else:
            thumb = add(wrist, (-15.0, 3.0))
            scene += [
                *person(pose, ("far_leg", "body", "near_arm")),
                *person(pose, ("far_arm",), far_arm_tone="near"),
                arrow(add(thumb, (0.0, 24.0)), add(thumb, (0.0, 8.0))),
            ]
        frames.append(scene)
    return frames


def hips_on_floor(tool: str) -> list[Scene]:
    """Sitting on the floor on the ball under one buttock, hands behind; the
    second frame crosses that ankle over the other knee."""
    r = radius_of(tool)
    frames = []
    for crossed in (False, True):
        hip = (98.0, 10.0 + r * 1.3)
        far_ankle = (hip[0] + 46.0, 7.0)
        pose = Pose(
            hip=hip,
            torso=110.0,
            head=96.0,
            near_wrist=(hip[0] - 30.0, 5.0),
            far_wrist=(hip[0] - 27.0, 5.0),
            near_hand=180.0,
            far_hand=180.0,
            far_ankle=far_ankle,
            near_ankle=add(far_ankle, (4.0, 0.0)),
            elbow_bend=1,
            knee_bend=1,
        )
        far_knee = reach(hip, far_ankle, THIGH, SHIN, 1)
        if crossed:
            # The knee drops out towards the viewer; the shin runs up across
            # the body to rest the ankle just past the other knee.
            pose = Pose(
                **{
                    **pose.__dict__,
                    "near_knee": add(hip, (22.0, 4.0)),
                    "near_ankle": add(far_knee, (3.0, 6.0)),
                    "near_foot": 40.0,
                }
            )
        under = pose.on_torso(-3.0, -5.0)
        order = ("far_leg", "far_arm", "torso", "near_leg", "near_arm")
        frames.append(
            [
                floor(),
                *person(pose, order[:3]),
                ball(tool, (under[0], r)),
                *person(pose, order[3:]),
                arrow(add(under, (-4.0, 34.0)), add(under, (-2.0, 16.0))),
            ]
        )
    return frames


def quads_face_down(tool: str) -> list[Scene]:
    """Face down on the forearms, the tool under the front of the thigh; the
    second frame lets the hips sink onto it."""
    r = radius_of(tool)
    frames = []
    for sink in (0.0, 1.0):
        hip_y = 2 * r + 9.0 + 4.0 * (1.0 - sink)
        hip = (98.0, hip_y)
        torso = math.degrees(math.atan2(31.0 - hip_y, TORSO))
        pose = Pose(
            hip=hip,
            torso=torso,
            head=torso + 12.0,
            near_wrist=(hip[0] + 70.0, 3.5),
            far_wrist=(hip[0] + 67.0, 3.5),
            near_hand=0.0,
            far_hand=0.0,
            near_ankle=(hip[0] - 84.0, 9.0),
            far_ankle=(hip[0] - 83.0, 7.0),
            near_foot=-80.0,
            far_foot=-80.0,
            elbow_bend=-1,
            knee_bend=-1,
        )
        knee = reach(hip, pose.near_ankle, THIGH, SHIN, -1)
        spot = add(hip, mul(sub(knee, hip), 0.5))
        frames.append(
            [
                floor(),
                *person(pose, ("far_leg", "far_arm", "body")),
                ball(tool, (spot[0], r)),
                *person(pose, ("near_arm",)),
                arrow(add(spot, (0.0, 34.0)), add(spot, (0.0, 16.0))),
            ]
        )
    return frames


def calves_on_floor(tool: str) -> list[Scene]:
    """Sitting on the floor, legs long, the tool under the calf; the second frame
    crosses the other leg on top for more pressure."""
    r = radius_of(tool)
    frames = []
    for crossed in (False, True):
        hip = (66.0, 12.0)
        # The heel off the floor: the calf rests on the tool, not the foot.
        near_ankle = (hip[0] + 84.0, 2 * r + 9.0)
        pose = Pose(
            hip=hip,
            torso=108.0,
            head=95.0,
            near_wrist=(hip[0] - 22.0, 5.0),
            far_wrist=(hip[0] - 19.0, 5.0),
            near_hand=180.0,
            far_hand=180.0,
            near_ankle=near_ankle,
            far_ankle=(hip[0] + 86.0, 7.0),
            near_foot=75.0,
            far_foot=75.0,
            elbow_bend=1,
            knee_bend=-1,
        )
        knee = reach(hip, near_ankle, THIGH, SHIN, -1)
        spot = add(knee, mul(sub(near_ankle, knee), 0.45))
        if crossed:
            pose = Pose(
                **{
                    **pose.__dict__,
                    "far_ankle": add(near_ankle, (2.0, 10.0)),
                    "far_knee_bend": -1,
                }
            )
            scene = [
                floor(),
                *person(pose, ("far_arm",)),
                ball(tool, (spot[0], r)),
                *person(pose, ("body", "far_leg", "near_arm"), far_leg_tone="near"),
            ]
        else:
            scene = [
                floor(),
                *person(pose, ("far_leg", "far_arm")),
                ball(tool, (spot[0], r)),
                *person(pose, ("body", "near_arm")),
            ]
        frames.append([*scene, arrow(add(spot, (0.0, 40.0)), add(spot, (0.0, 20.0)))])
    return frames


def feet_on_chair(tool: str) -> list[Scene]:
    """Seated, the ball under the arch of the foot; the second frame leans in,
    hands on the knee."""
    r = radius_of(tool)
    frames = []
    for lean in (94.0, 82.0):
        hip = (94.0, SEAT + 6.0)
        ankle = (hip[0] + 40.0, 2 * r + 5.5)
        knee = reach(hip, ankle, THIGH, SHIN, 1)
        pose = seated(
            near_wrist=add(knee, (-3.0, 5.0)),
            far_wrist=add(knee, (-6.0, 4.0)),
            near_hand=-30.0,
            hip=hip,
            lean=lean,
            head=lean - 2.0,
            near_ankle=ankle,
            far_ankle=(hip[0] + 34.0, 8.0),
        )
        arch = add(ankle, (6.0, 0.0))
        frames.append(
            [
                floor(),
                chair(hip[0] + 14.0),
                *person(pose, ("far_leg", "far_arm")),
                ball(tool, (arch[0], r)),
                *person(pose, ("body", "near_arm")),
                arrow(add(knee, (2.0, 34.0)), add(knee, (2.0, 12.0))),
            ]
        )
    return frames


POSITIONS = {
    "head-hands": head_hands,
    "jaw-hands": jaw_hands,
    "neck-hands": neck_hands,
    "neck-tennis_ball": neck_tennis,
    "shoulders-tennis_ball": lambda: at_wall("tennis_ball", 36.0),
    "shoulders-lacrosse_ball": lambda: shoulders_on_floor("lacrosse_ball"),
    "arms-hands": lambda: at_table(None),
    "arms-tennis_ball": lambda: at_table("tennis_ball"),
    "arms-lacrosse_ball": lambda: at_table("lacrosse_ball"),
    "lower_back-tennis_ball": lambda: at_wall("tennis_ball", 16.0),
    "lower_back-lacrosse_ball": lambda: at_wall("lacrosse_ball", 16.0),
    "hips-tennis_ball": lambda: hips_on_floor("tennis_ball"),
    "hips-lacrosse_ball": lambda: hips_on_floor("lacrosse_ball"),
    "quads-foam_roller": lambda: quads_face_down("foam_roller"),
    "quads-tennis_ball": lambda: quads_face_down("tennis_ball"),
    "quads-lacrosse_ball": lambda: quads_face_down("lacrosse_ball"),
    "calves-foam_roller": lambda: calves_on_floor("foam_roller"),
    "calves-tennis_ball": lambda: calves_on_floor("tennis_ball"),
    "calves-lacrosse_ball": lambda: calves_on_floor("lacrosse_ball"),
    "feet-tennis_ball": lambda: feet_on_chair("tennis_ball"),
    "feet-lacrosse_ball": lambda: feet_on_chair("lacrosse_ball"),
}


# A part of the view to show instead of the whole person, (x, y, width, height)
# in pose units, y up from the floor to the crop's bottom edge. None now: a crop
# must keep the whole person and what they sit, lean or lie on in view (feet,
# floor, the chair's legs), or the picture no longer shows the position; the
# app shows the person, the support, the tool and the arrow with a margin.
CROPS: dict[str, tuple[float, float, float, float]] = {}


# -- writing ------------------------------------------------------------------------

# Light colours for viewers outside the app; the app recolours by role.
_PREVIEW = {
    "support": ("#d5d9de", "#59616b"),
    "body": ("#e3e6ea", "#59616b"),
    "hair": ("#8a929c", "none"),
    "eye": ("#59616b", "none"),
    "tennis": ("#ccde3e", "#59616b"),
    "seam": ("none", "#fafaf5"),
    "lacrosse": ("#ee842a", "#59616b"),
    "shine": ("#ffffff", "none"),
    "roller": ("#4280d6", "#59616b"),
    "roller-end": ("#6a9ce0", "#59616b"),
    "arrow": ("#3072c4", "#ffffff"),
}


def _flip(point: Point) -> Point:
    return (point[0], FLOOR - point[1])


def _number(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _path_data(shape: Shape) -> str:
    points = [_flip(p) for p in shape.points]
    if shape.smooth and shape.closed:
        pieces = smooth_closed(points)
        parts = [f"M{_number(points[0][0])} {_number(points[0][1])}"]
        for _, c1, c2, end in pieces:
            parts.append(
                "C" + " ".join(_number(v) for v in (c1[0], c1[1], c2[0], c2[1], end[0], end[1]))
            )
        return "".join(parts) + "Z"
    if shape.smooth:
        # An open curve through the points (a seam): quadratic through midpoints.
        parts = [f"M{_number(points[0][0])} {_number(points[0][1])}"]
        for i in range(1, len(points) - 1):
            mid = mul(add(points[i], points[i + 1]), 0.5)
            end = points[i + 1] if i == len(points) - 2 else mid
            parts.append(
                "Q" + " ".join(_number(v) for v in (points[i][0], points[i][1], end[0], end[1]))
            )
        return "".join(parts)
    data = "M" + "L".join(f"{_number(x)} {_number(y)}" for x, y in points)
    return data + ("Z" if shape.closed else "")


def svg(name: str, frames: Sequence[Scene]) -> str:
    crop = ""
    if name in CROPS:
        x, y, w, h = CROPS[name]
        shown = " ".join(_number(v) for v in (x, FLOOR - y - h, w, h))
        crop = f' data-crop="{shown}"'
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<!-- Made for Unknot by assets/positions/make_positions.py;"
        " edit that file, not this one. -->",
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_number(WIDTH)} {_number(HEIGHT)}"'
        f' width="{_number(WIDTH)}" height="{_number(HEIGHT)}"{crop}>',
        f"  <title>{name}</title>",
    ]
    for index, scene in enumerate(frames, start=1):
        # Only the first frame shows in a plain viewer.
        hidden = "" if index == 1 else ' display="none"'
        lines.append(f'  <g id="frame-{index}" class="frame"{hidden}>')
        for layer in scene:
            tone = f' data-tone="{layer.tone}"' if layer.tone else ""
            names = f'id="{layer.name}-{index}" data-name="{layer.name}"'
            lines.append(f'    <g {names} data-layer="{layer.kind}"{tone}>')
            for shape in layer.shapes:
                fill, stroke = _PREVIEW[shape.role]
                if layer.tone == "far" and shape.role == "body":
                    fill = "#c9cdd3"
                lines.append(
                    f'      <path data-role="{shape.role}" fill="{fill}" stroke="{stroke}"'
                    f' stroke-width="0.9" stroke-linejoin="round" d="{_path_data(shape)}"/>'
                )
            lines.append("    </g>")
        lines.append("  </g>")
    lines.append("</svg>")
    return "\n".join(lines) + "\n"


def _named(scene: Scene) -> Scene:
    """Every layer with a name, unique in its frame: people's layers by their
    part, the others by kind and order."""
    seen: dict[str, int] = {}
    for layer in scene:
        if not layer.name:
            seen[layer.kind] = seen.get(layer.kind, 0) + 1
            layer.name = f"{layer.kind}-{seen[layer.kind]}"
    return scene


def _shape_counts(scene: Scene) -> list[tuple[str, str, str, int]]:
    return sorted(
        (layer.name, layer.kind, shape.role, len(shape.points))
        for layer in scene
        for shape in layer.shapes
    )


def main(argv: Sequence[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    for name, build in POSITIONS.items():
        frames = [_named(scene) for scene in build()]
        first = _shape_counts(frames[0])
        for frame in frames[1:]:
            # The app moves between frames point by point.
            if _shape_counts(frame) != first:
                raise SystemExit(f"{name}: its frames do not hold the same shapes")
        (folder / f"{name}.svg").write_text(svg(name, frames), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
