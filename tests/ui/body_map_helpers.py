"""Points inside and just outside a region's exact shape, found by scanning
the path itself rather than trusting the label points in the SVG."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath


def interior_point(path: QPainterPath, margin: float = 2.0) -> QPointF:
    """A point inside the path with `margin` of room on every side, as near the
    middle of such points as the scan finds."""
    box = path.boundingRect()
    steps = 24
    inside: list[QPointF] = []
    for i in range(1, steps):
        for j in range(1, steps):
            point = QPointF(
                box.left() + box.width() * i / steps, box.top() + box.height() * j / steps
            )
            around = [
                point + QPointF(dx, dy)
                for dx, dy in ((margin, 0), (-margin, 0), (0, margin), (0, -margin))
            ]
            if path.contains(point) and all(path.contains(p) for p in around):
                inside.append(point)
    if not inside:
        raise AssertionError(f"no roomy point inside a path of {box}")
    cx = sum(p.x() for p in inside) / len(inside)
    cy = sum(p.y() for p in inside) / len(inside)
    return min(inside, key=lambda p: (p.x() - cx) ** 2 + (p.y() - cy) ** 2)


def just_outside(path: QPainterPath, start: QPointF, step: QPointF, beyond: float = 1.5) -> QPointF:
    """Walk from an inside point in the direction of `step` until the path is
    left, then `beyond` further: a point a hair outside the region's edge."""
    point = QPointF(start)
    length = (step.x() ** 2 + step.y() ** 2) ** 0.5
    unit = QPointF(step.x() / length, step.y() / length)
    for _ in range(10_000):
        if not path.contains(point):
            return point + unit * beyond
        point += unit * 0.25
    raise AssertionError("never left the path")
