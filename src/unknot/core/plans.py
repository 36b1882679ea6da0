"""Session plans: the ordered spots of a session, each with a tool and a hold.

A focus plan comes from the spots the person picked; the daily scan is a fixed
five-minute pass over the whole body in an order that needs few changes of position.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from unknot.core.areas import AREAS, DEFAULT_TOOLS, AreaId, Position, Side, Tool, area
from unknot.core.records import HoldRecord, SessionKind, check_tenderness

# A clinician's guidance for home use is two to five minutes on one spot.
MIN_HOLD_SECONDS = 120
MAX_HOLD_SECONDS = 300
DEFAULT_HOLD_SECONDS = 120
EXTEND_SECONDS = 60

# In a scan, a rating at or above this puts the spot on the focus list.
FOCUS_THRESHOLD = 5

# Seated first, then the wall, then the floor: one trip down, no getting up again.
_POSITION_ORDER = (Position.SEATED, Position.WALL, Position.FLOOR)

# Head to feet; also the scan's order, which goes seated, wall, floor, then sits
# down again for the feet.
_SCAN_ORDER = (
    AreaId.JAW,
    AreaId.HEAD,
    AreaId.NECK,
    # Forearms on the table before standing up for the wall.
    AreaId.ARMS,
    AreaId.SHOULDERS,
    AreaId.LOWER_BACK,
    AreaId.HIPS,
    AreaId.QUADS,
    AreaId.CALVES,
    AreaId.FEET,
)


def check_hold_seconds(seconds: int) -> int:
    if isinstance(seconds, bool) or not isinstance(seconds, int):
        raise ValueError(f"a hold is a whole number of seconds, not {seconds!r}")
    if not MIN_HOLD_SECONDS <= seconds <= MAX_HOLD_SECONDS:
        raise ValueError(
            f"a hold lasts {MIN_HOLD_SECONDS // 60} to {MAX_HOLD_SECONDS // 60} minutes, "
            f"not {seconds} s"
        )
    return seconds


@dataclass(frozen=True, order=True)
class Spot:
    """One place on the body: an area on one side (or both, for the head)."""

    area: AreaId
    side: Side

    def __post_init__(self) -> None:
        # BOTH is allowed everywhere: the jaw is often worked on both sides at
        # once, and the scan checks both sides of each area together.
        if self.side is not Side.BOTH and self.side not in area(self.area).sides:
            raise ValueError(f"{self.area} has no side {self.side}")

    @property
    def name(self) -> str:
        return area(self.area).spot_name(self.side)


@dataclass(frozen=True)
class Selection:
    """A spot the person picked, with how tender it feels (0-10) if they said."""

    spot: Spot
    tenderness: int | None = None

    def __post_init__(self) -> None:
        check_tenderness(self.tenderness)


@dataclass(frozen=True)
class Step:
    spot: Spot
    tool: Tool
    planned_seconds: int
    tenderness_before: int | None = None


@dataclass(frozen=True)
class Plan:
    kind: SessionKind
    steps: tuple[Step, ...]

    @property
    def total_seconds(self) -> int:
        return sum(step.planned_seconds for step in self.steps)


@dataclass(frozen=True)
class Routine:
    """A plan the person saved under a name ("desk neck") to start in one click."""

    name: str
    selections: tuple[Selection, ...]

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("a routine needs a name")
        if not self.selections:
            raise ValueError("a routine needs at least one spot")


def all_spots() -> tuple[Spot, ...]:
    return tuple(Spot(a.id, side) for a in AREAS.values() for side in a.sides)


def order_by_position(spots: Iterable[Spot]) -> list[Spot]:
    """Spots in an order that needs few changes of position: seated, wall, floor,
    then head to feet, left before right."""

    def key(spot: Spot) -> tuple[int, int, int]:
        a = area(spot.area)
        side_rank = (Side.BOTH, Side.LEFT, Side.RIGHT).index(spot.side)
        return (_POSITION_ORDER.index(a.position), _SCAN_ORDER.index(a.id), side_rank)

    return sorted(spots, key=key)


def focus_plan(
    selections: Sequence[Selection],
    hold_seconds: int = DEFAULT_HOLD_SECONDS,
    tools: Iterable[Tool] = DEFAULT_TOOLS,
) -> Plan:
    """A plan over the picked spots in the order given (the person may have
    reordered them); each starts on the gentlest of `tools` (hands always)
    that its area uses."""
    owned = frozenset(tools)
    check_hold_seconds(hold_seconds)
    seen: set[Spot] = set()
    steps: list[Step] = []
    for selection in selections:
        if selection.spot in seen:
            raise ValueError(f"{selection.spot.name} is in the plan twice")
        seen.add(selection.spot)
        steps.append(
            Step(
                spot=selection.spot,
                tool=area(selection.spot.area).with_tools(owned).starting_tool,
                planned_seconds=hold_seconds,
                tenderness_before=selection.tenderness,
            )
        )
    return Plan(SessionKind.FOCUS, tuple(steps))


def scan_plan(tools: Iterable[Tool] = DEFAULT_TOOLS) -> Plan:
    """The daily whole-body check: about five minutes, one short stop per area,
    both sides together, each on the gentlest of `tools` its area uses. Seated,
    then at the wall, then on the floor, and seated again for the feet."""
    owned = frozenset(tools)
    steps = tuple(
        Step(
            spot=Spot(a, Side.BOTH),
            tool=area(a).with_tools(owned).starting_tool,
            planned_seconds=area(a).scan_seconds,
        )
        for a in _SCAN_ORDER
    )
    return Plan(SessionKind.SCAN, steps)


def scan_ratings(holds: Iterable[HoldRecord]) -> dict[AreaId, int]:
    """The rating each area got in a scan (the highest, if rated twice)."""
    ratings: dict[AreaId, int] = {}
    for hold in holds:
        if hold.tenderness_before is not None:
            ratings[hold.area] = max(hold.tenderness_before, ratings.get(hold.area, 0))
    return ratings


def focus_offer(
    holds: Sequence[HoldRecord], hold_seconds: int, tools: Iterable[Tool] = DEFAULT_TOOLS
) -> Plan | None:
    """After a scan: a focus plan over the areas rated at FOCUS_THRESHOLD or more,
    both sides of paired areas, in an order with few changes of position; None
    when no area was that tender."""
    tender = {a: r for a, r in scan_ratings(holds).items() if r >= FOCUS_THRESHOLD}
    spots = order_by_position(Spot(a, side) for a in tender for side in area(a).sides)
    if not spots:
        return None
    return focus_plan([Selection(spot, tender[spot.area]) for spot in spots], hold_seconds, tools)


def with_tools(plan: Plan, tools: Iterable[Tool]) -> Plan:
    """The same plan for a person who has `tools`: each step starts on the
    gentlest of them its area uses (hands always)."""
    owned = frozenset(tools)
    return dataclasses.replace(
        plan,
        steps=tuple(
            dataclasses.replace(step, tool=area(step.spot.area).with_tools(owned).starting_tool)
            for step in plan.steps
        ),
    )
