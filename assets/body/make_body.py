"""Writes front.svg and back.svg, the body map's figure and regions, from the
geometry below. Edit the numbers here and run this file; never edit the SVGs.

The figure is one smooth outline through hand-placed points (half a body,
mirrored), so it reads as a person rather than a stack of boxes. Every region is
built from pieces of that same outline plus short cut lines across a limb, so
regions share their edges exactly with the figure and with each other: no gaps,
no overlaps, and hit-testing on the paths is exact.

Units: one view is 200 wide and 484 high, the body's midline at x = 100, the
top of the head at y = 12, the soles near y = 478 (about 2.65 units per cm for
a person of 175 cm).

Standard library only: `python assets/body/make_body.py` regenerates both files.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

Point = tuple[float, float]
# A cubic Bezier piece: start, two control points, end.
Cubic = tuple[Point, Point, Point, Point]

WIDTH = 200.0
HEIGHT = 484.0
MID = WIDTH / 2
# Half the width of the gap left along the midline between a left and a right
# region (the spine, the centre of the face), so the two never touch.
GAP = 1.0
# How far the control points reach along a segment; a third is a plain
# Catmull-Rom curve, a little more rounds the limbs.
REACH = 0.36


@dataclass(frozen=True)
class Key:
    x: float
    y: float
    name: str | None = None
    # A corner keeps a kink (armpit, crotch, between thumb and fingers).
    corner: bool = False

    @property
    def point(self) -> Point:
        return (self.x, self.y)


def _outline_right(view: str) -> list[Key]:
    """The viewer's right half of the silhouette, from the top of the head down
    the outside of the arm, round the hand, up to the armpit, down the torso and
    the outside of the leg, round the foot and up the inside of the leg to the
    crotch."""
    head = [
        Key(MID, 12.0, "top"),
        Key(112.5, 14.8),
        Key(119.8, 23.0),
        Key(122.0, 34.0, "temple"),
        Key(122.3, 40.0),
        # The ear, a small bump that makes the head read as a head.
        Key(124.6, 43.5),
        Key(124.6, 50.0),
        Key(122.2, 55.0, "ear_low"),
        Key(119.0, 60.5),
        Key(114.4, 66.5, "jaw", corner=True),
    ]
    neck_and_arm = [
        Key(111.2, 72.0),
        Key(111.6, 80.0),
        Key(114.2, 86.0, "neck_base"),
        Key(126.0, 89.8),
        Key(141.0, 93.6),
        Key(151.0, 98.0, "shoulder"),
        Key(157.8, 105.5, "deltoid"),
        Key(162.0, 121.0),
        Key(163.6, 145.0),
        Key(165.0, 180.0, "elbow_out"),
        Key(169.3, 203.0),
        Key(171.6, 228.0),
        Key(172.8, 249.0, "wrist_out"),
        # The hand, palm forward, thumb to the outside and a little apart.
        Key(176.4, 256.0),
        Key(180.0, 263.0),
        Key(182.2, 271.0),
        Key(181.6, 278.0),
        Key(179.2, 279.0),
        Key(177.0, 274.4),
        Key(175.6, 271.6, corner=True),
        Key(176.6, 282.0),
        Key(175.4, 293.0),
        Key(171.2, 302.4),
        Key(165.8, 302.2),
        Key(161.4, 293.0),
        Key(158.6, 278.0),
        Key(158.4, 262.0),
        Key(159.0, 251.0, "wrist_in"),
        Key(156.4, 228.0),
        Key(153.4, 205.0),
        Key(149.6, 184.0, "elbow_in"),
        Key(145.6, 158.0),
        Key(141.2, 129.0, "armpit", corner=True),
    ]
    torso = [
        Key(140.6, 148.0, "blade_low"),
        Key(137.8, 166.0, "rib_low"),
        Key(134.9, 182.0),
        Key(137.4, 198.0, "crest"),
        Key(142.2, 218.0),
        Key(144.0, 238.0, "hip"),
        Key(143.2, 258.0, "fold_out"),
        Key(140.2, 285.0),
        Key(133.6, 330.0, "above_knee_out"),
        Key(131.6, 343.0),
        Key(132.4, 357.0, "calf_top_out"),
        Key(134.0, 380.0),
        Key(130.4, 408.0),
        Key(125.6, 432.0, "calf_low_out"),
        Key(124.4, 450.0, "ankle_out"),
    ]
    if view == "front":
        # From the front the foot points at the viewer: the toes spread wider
        # than the ankle and reach lowest.
        foot = [
            Key(127.4, 458.0),
            Key(130.2, 466.0),
            Key(129.8, 472.4),
            Key(124.6, 476.8),
            Key(117.0, 478.2),
            Key(111.4, 476.6),
            Key(108.8, 470.0),
            Key(109.2, 461.0),
        ]
    else:
        # From behind only the heel shows: narrower and rounder.
        foot = [
            Key(126.4, 462.0),
            Key(125.0, 472.0),
            Key(118.0, 476.6),
            Key(111.4, 473.0),
            Key(109.6, 463.0),
        ]
    leg_inside = [
        Key(110.4, 450.0, "ankle_in"),
        Key(109.6, 432.0, "calf_low_in"),
        Key(106.6, 404.0),
        Key(105.8, 378.0),
        Key(106.8, 357.0, "calf_top_in"),
        Key(106.8, 343.0),
        Key(106.6, 330.0, "above_knee_in"),
        Key(104.6, 298.0),
        Key(MID + GAP, 263.0, "crotch", corner=True),
    ]
    return head + neck_and_arm + torso + foot + leg_inside


def mirror_point(p: Point) -> Point:
    return (WIDTH - p[0], p[1])


def mirror(curve: Sequence[Cubic]) -> list[Cubic]:
    return [
        (mirror_point(a), mirror_point(b), mirror_point(c), mirror_point(d)) for a, b, c, d in curve
    ]


def reverse(curve: Sequence[Cubic]) -> list[Cubic]:
    return [(d, c, b, a) for a, b, c, d in reversed(curve)]


def _unit(dx: float, dy: float) -> Point:
    length = math.hypot(dx, dy)
    return (dx / length, dy / length) if length else (0.0, 0.0)


def _sub(a: Point, b: Point) -> Point:
    return (a[0] - b[0], a[1] - b[1])


def _smooth(points: Sequence[Point], corners: Sequence[bool], closed: bool) -> list[Cubic]:
    """Cubic pieces through the points. Each control point reaches a fixed
    share of its own segment's length, so unevenly spaced points do not make
    the curve overshoot."""
    n = len(points)

    def tangents(i: int) -> tuple[Point, Point]:
        here = points[i]
        has_prev = closed or i > 0
        has_next = closed or i < n - 1
        prev = points[(i - 1) % n] if has_prev else here
        nxt = points[(i + 1) % n] if has_next else here
        incoming = _unit(*_sub(here, prev)) if has_prev else _unit(*_sub(nxt, here))
        outgoing = _unit(*_sub(nxt, here)) if has_next else incoming
        if corners[i]:
            return incoming, outgoing
        through = _unit(*_sub(nxt, prev))
        return through, through

    pieces: list[Cubic] = []
    for i in range(n if closed else n - 1):
        j = (i + 1) % n
        a, b = points[i], points[j]
        reach = math.dist(a, b) * REACH
        out_a = tangents(i)[1]
        in_b = tangents(j)[0]
        c1 = (a[0] + out_a[0] * reach, a[1] + out_a[1] * reach)
        c2 = (b[0] - in_b[0] * reach, b[1] - in_b[1] * reach)
        pieces.append((a, c1, c2, b))
    return pieces


def spline(*points: Point) -> list[Cubic]:
    """A smooth open curve through the points (a cut across a limb)."""
    return _smooth(points, [False] * len(points), closed=False)


def line(a: Point, b: Point) -> list[Cubic]:
    third = ((b[0] - a[0]) / 3, (b[1] - a[1]) / 3)
    return [(a, (a[0] + third[0], a[1] + third[1]), (b[0] - third[0], b[1] - third[1]), b)]


class Outline:
    """The whole silhouette of one view, and pieces of its right half by name."""

    def __init__(self, view: str) -> None:
        right = _outline_right(view)
        # Down the right side, across the crotch, up the mirrored left side.
        left = [Key(WIDTH - k.x, k.y, None, k.corner) for k in reversed(right[1:])]
        keys = right + left
        self._right_count = len(right)
        self._names = {k.name: i for i, k in enumerate(right) if k.name}
        self.pieces = _smooth([k.point for k in keys], [k.corner for k in keys], closed=True)
        self.points = {k.name: k.point for k in right if k.name}

    def run(self, start: str, end: str) -> list[Cubic]:
        """The outline from one named point to another along the right half,
        in either direction."""
        i, j = self._names[start], self._names[end]
        if i <= j:
            return list(self.pieces[i:j])
        return reverse(self.pieces[j:i])

    def __getitem__(self, name: str) -> Point:
        return self.points[name]


@dataclass(frozen=True)
class Region:
    area: str
    # "both" or the side of the body on the viewer's right half of the view.
    paired: bool
    # Rows order the keyboard's up and down through the view.
    row: int
    curve: list[Cubic]


def closed(*parts: Iterable[Cubic]) -> list[Cubic]:
    curve = [piece for part in parts for piece in part]
    for (_, _, _, end), (start, _, _, _) in zip(curve, curve[1:] + curve[:1], strict=True):
        if math.dist(end, start) > 1e-6:
            raise ValueError(f"the region's outline breaks between {end} and {start}")
    return curve


def front_regions(o: Outline) -> list[Region]:
    # Where the cheek meets the ear: above it the head, below it the jaw.
    cheek_mid = (MID + GAP, 56.5)
    chin = (MID + GAP, 73.5)
    jawline = spline(o["jaw"], (108.0, 71.4), chin)
    cheek_line = spline(o["ear_low"], (110.0, 56.8), cheek_mid)
    # The head is worked as one piece, so its two halves make one region: the
    # right half, a short step across the midline, the mirrored left half.
    head = closed(
        o.run("top", "ear_low"),
        cheek_line,
        line(cheek_mid, mirror_point(cheek_mid)),
        reverse(mirror(cheek_line)),
        reverse(mirror(o.run("top", "ear_low"))),
    )
    jaw = closed(
        reverse(cheek_line),
        o.run("ear_low", "jaw"),
        jawline,
        line(chin, cheek_mid),
    )
    # Seen from the front, the neck's spot is the top of the shoulder where it
    # meets the neck (pressed against a wall corner), not the throat: the front
    # and sides of the throat are what the neck's card says to keep away from,
    # so no region covers them.
    neck = closed(
        o.run("neck_base", "shoulder"),
        spline(o["shoulder"], (138.0, 101.6), (124.0, 99.0), (115.0, 95.0)),
        line((115.0, 95.0), o["neck_base"]),
    )
    # The arm from just below the shoulder's cap to the wrist; the cut from the
    # armpit up to the outside of the shoulder follows the front of the deltoid.
    arm = closed(
        o.run("deltoid", "wrist_out"),
        line(o["wrist_out"], o["wrist_in"]),
        o.run("wrist_in", "armpit"),
        spline(o["armpit"], (148.2, 113.0), o["deltoid"]),
    )
    # From the fold of the hip down to just above the kneecap.
    quad = closed(
        spline(o["crotch"], (121.0, 256.0), o["hip"]),
        o.run("hip", "above_knee_out"),
        spline(o["above_knee_out"], (120.0, 332.6), o["above_knee_in"]),
        o.run("above_knee_in", "crotch"),
    )
    foot = closed(
        o.run("ankle_out", "ankle_in"),
        spline(o["ankle_in"], (117.4, 448.4), o["ankle_out"]),
    )
    return [
        Region("head", paired=False, row=0, curve=head),
        Region("jaw", paired=True, row=1, curve=jaw),
        Region("neck", paired=True, row=2, curve=neck),
        Region("arms", paired=True, row=3, curve=arm),
        Region("quads", paired=True, row=4, curve=quad),
        Region("feet", paired=True, row=5, curve=foot),
    ]


def back_regions(o: Outline) -> list[Region]:
    # The base of the skull: above it the head, below it the neck.
    skull_mid = (MID + GAP, 69.0)
    skull_base = spline(o["jaw"], (108.0, 68.6), skull_mid)
    head = closed(
        o.run("top", "jaw"),
        skull_base,
        line(skull_mid, mirror_point(skull_mid)),
        reverse(mirror(skull_base)),
        reverse(mirror(o.run("top", "jaw"))),
    )
    neck_base_mid = (MID + GAP, 91.0)
    neck_base = spline(o["neck_base"], (107.0, 89.6), neck_base_mid)
    neck = closed(
        reverse(skull_base),
        o.run("jaw", "neck_base"),
        neck_base,
        line(neck_base_mid, skull_mid),
    )
    deltoid_cut = spline(o["armpit"], (148.2, 113.0), o["deltoid"])
    # The upper back between the spine and the shoulder blade, up to the top of
    # the shoulder; it ends at the blade's lower tip.
    blade_mid = (MID + GAP, 150.0)
    shoulder = closed(
        reverse(neck_base),
        o.run("neck_base", "deltoid"),
        reverse(deltoid_cut),
        o.run("armpit", "blade_low"),
        spline(o["blade_low"], (124.0, 154.6), blade_mid),
        line(blade_mid, neck_base_mid),
    )
    arm = closed(
        o.run("deltoid", "wrist_out"),
        line(o["wrist_out"], o["wrist_in"]),
        o.run("wrist_in", "armpit"),
        deltoid_cut,
    )
    # Beside the spine, from the lowest rib to the top of the pelvis.
    rib_mid = (MID + GAP, 170.0)
    crest_mid = (MID + GAP, 204.0)
    crest = spline(crest_mid, (120.0, 203.4), o["crest"])
    lower_back = closed(
        spline(rib_mid, (120.0, 167.0), o["rib_low"]),
        o.run("rib_low", "crest"),
        reverse(crest),
        line(crest_mid, rib_mid),
    )
    # The buttock, from the pelvis down to its fold.
    hip = closed(
        crest,
        o.run("crest", "fold_out"),
        spline(o["fold_out"], (133.0, 271.0), (118.0, 275.0), o["crotch"]),
        line(o["crotch"], crest_mid),
    )
    # Below the back of the knee to where the calf narrows into the tendon.
    calf = closed(
        o.run("calf_top_out", "calf_low_out"),
        spline(o["calf_low_out"], (117.6, 433.2), o["calf_low_in"]),
        o.run("calf_low_in", "calf_top_in"),
        spline(o["calf_top_in"], (119.6, 355.0), o["calf_top_out"]),
    )
    foot = closed(
        o.run("ankle_out", "ankle_in"),
        spline(o["ankle_in"], (117.4, 448.4), o["ankle_out"]),
    )
    return [
        Region("head", paired=False, row=0, curve=head),
        Region("neck", paired=True, row=1, curve=neck),
        Region("shoulders", paired=True, row=2, curve=shoulder),
        Region("arms", paired=True, row=3, curve=arm),
        Region("lower_back", paired=True, row=3, curve=lower_back),
        Region("hips", paired=True, row=4, curve=hip),
        Region("calves", paired=True, row=5, curve=calf),
        Region("feet", paired=True, row=6, curve=foot),
    ]


def front_details(o: Outline) -> list[list[Cubic]]:
    """Faint lines that make the figure read as a body: collarbones, the
    navel, the kneecaps."""
    collarbone = spline((104.0, 94.0), (116.0, 95.6), (133.0, 94.6))
    kneecap = spline((113.0, 346.0), (119.4, 351.4), (126.0, 346.0))
    navel = spline((MID - 1.2, 190.0), (MID, 192.2), (MID + 1.2, 190.0))
    return [collarbone, mirror(collarbone), kneecap, mirror(kneecap), navel]


def back_details(o: Outline) -> list[list[Cubic]]:
    """The spine's line and the crease behind each knee."""
    spine = line((MID, 150.0), (MID, 170.0))
    knee = spline((110.0, 344.0), (119.0, 346.6), (128.0, 344.0))
    elbow = spline((152.0, 184.0), (157.0, 186.0), (162.0, 183.0))
    return [spine, knee, mirror(knee), elbow, mirror(elbow)]


def _fmt(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def path_data(curve: Sequence[Cubic], close: bool = True) -> str:
    start = curve[0][0]
    parts = [f"M{_fmt(start[0])} {_fmt(start[1])}"]
    for _, c1, c2, end in curve:
        parts.append("C" + " ".join(_fmt(v) for v in (c1[0], c1[1], c2[0], c2[1], end[0], end[1])))
    if close:
        parts.append("Z")
    return "".join(parts)


def _flatten(curve: Sequence[Cubic], steps: int = 16) -> list[Point]:
    points: list[Point] = []
    for a, b, c, d in curve:
        for k in range(steps):
            t = k / steps
            u = 1 - t
            points.append(
                (
                    u**3 * a[0] + 3 * u * u * t * b[0] + 3 * u * t * t * c[0] + t**3 * d[0],
                    u**3 * a[1] + 3 * u * u * t * b[1] + 3 * u * t * t * c[1] + t**3 * d[1],
                )
            )
    return points


Edge = tuple[Point, Point]


def _edges(polygon: Sequence[Point]) -> list[Edge]:
    return list(zip(polygon, [*polygon[1:], polygon[0]], strict=True))


def _inside(edges: Sequence[Edge], p: Point) -> bool:
    inside = False
    for (x1, y1), (x2, y2) in edges:
        if (y1 > p[1]) != (y2 > p[1]):
            x = x1 + (p[1] - y1) * (x2 - x1) / (y2 - y1)
            if x > p[0]:
                inside = not inside
    return inside


def _edge_distance(edges: Sequence[Edge], p: Point) -> float:
    best = math.inf
    for a, b in edges:
        abx, aby = b[0] - a[0], b[1] - a[1]
        length2 = abx * abx + aby * aby
        along = (p[0] - a[0]) * abx + (p[1] - a[1]) * aby
        t = 0.0 if not length2 else max(0.0, min(1.0, along / length2))
        best = min(best, math.hypot(p[0] - a[0] - t * abx, p[1] - a[1] - t * aby))
    return best


def label_point(curve: Sequence[Cubic]) -> Point:
    """The inside point farthest from the region's edge, where its tenderness
    badge sits: a coarse grid, then two finer ones around the best so far."""
    polygon = _flatten(curve, steps=8)
    edges = _edges(polygon)
    xs = [p[0] for p in polygon]
    ys = [p[1] for p in polygon]
    left, top = min(xs), min(ys)
    width, height = max(xs) - left, max(ys) - top
    best, best_distance = (left + width / 2, top + height / 2), -1.0
    steps = 16
    for _ in range(3):
        for i in range(1, steps):
            for j in range(1, steps):
                p = (left + width * i / steps, top + height * j / steps)
                if _inside(edges, p):
                    distance = _edge_distance(edges, p)
                    if distance > best_distance:
                        best, best_distance = p, distance
        # Zoom in on two grid cells around the best point.
        width, height = 4 * width / steps, 4 * height / steps
        left, top = best[0] - width / 2, best[1] - height / 2
        steps = 8
    return best


# Person's side of the regions drawn on the viewer's right half. Seen from the
# front, the person's left is on the viewer's right, as in an anatomy chart.
_RIGHT_HALF_SIDE = {"front": "left", "back": "right"}
_OTHER = {"left": "right", "right": "left"}

_TITLES = {"front": "Body seen from the front", "back": "Body seen from the back"}


def svg(view: str) -> str:
    outline = Outline(view)
    regions = front_regions(outline) if view == "front" else back_regions(outline)
    details = front_details(outline) if view == "front" else back_details(outline)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<!-- Made for Unknot by assets/body/make_body.py; edit that file, not this one. -->",
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_fmt(WIDTH)} {_fmt(HEIGHT)}"'
        f' width="{_fmt(WIDTH)}" height="{_fmt(HEIGHT)}">',
        f"  <title>{_TITLES[view]}</title>",
        f'  <path id="{view}-figure" fill="#e3e6ea" stroke="#59616b" stroke-width="1.1"'
        f' stroke-linejoin="round" d="{path_data(outline.pieces)}"/>',
        f'  <g id="{view}-details" fill="none" stroke="#8b939c" stroke-width="0.7"'
        ' stroke-linecap="round">',
    ]
    lines += [f'    <path d="{path_data(d, close=False)}"/>' for d in details]
    lines += [
        "  </g>",
        f'  <g id="{view}-regions" fill="#2f6fd6" fill-opacity="0.06" stroke="#2f6fd6"'
        ' stroke-opacity="0.45" stroke-width="0.6">',
    ]
    for region in regions:
        if region.paired:
            near = _RIGHT_HALF_SIDE[view]
            halves = [(near, region.curve), (_OTHER[near], mirror(region.curve))]
        else:
            halves = [("both", region.curve)]
        for side, curve in halves:
            name = region.area.replace("_", "-")
            region_id = f"{view}-{name}" if side == "both" else f"{view}-{name}-{side}"
            x, y = label_point(curve)
            lines.append(
                f'    <path id="{region_id}" data-area="{region.area}" data-side="{side}"'
                f' data-row="{region.row}" data-label="{_fmt(x)} {_fmt(y)}"'
                f' d="{path_data(curve)}"/>'
            )
    lines += ["  </g>", "</svg>", ""]
    return "\n".join(lines)


def main(argv: Sequence[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    for view in ("front", "back"):
        (folder / f"{view}.svg").write_text(svg(view), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
