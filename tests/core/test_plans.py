"""Plans: picked spots become steps; the scan is five minutes in few positions."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unknot.core.areas import (
    AREAS,
    DEFAULT_TOOLS,
    OWNABLE_TOOLS,
    AreaId,
    Position,
    Side,
    Tool,
    area,
)
from unknot.core.plans import (
    DEFAULT_HOLD_SECONDS,
    Routine,
    Selection,
    Spot,
    all_spots,
    check_hold_seconds,
    focus_plan,
    order_by_position,
    scan_plan,
    with_tools,
)
from unknot.core.records import SessionKind


def test_ten_areas_and_their_sides() -> None:
    assert [a.value for a in AREAS] == [
        "head", "jaw", "neck", "shoulders", "arms",
        "lower_back", "hips", "quads", "calves", "feet",
    ]  # fmt: skip
    assert area(AreaId.HEAD).sides == (Side.BOTH,)
    assert all(a.sides == (Side.LEFT, Side.RIGHT) for a in AREAS.values() if a.id != "head")
    assert len(all_spots()) == 19


def test_every_tool_on_a_ladder_has_an_instruction() -> None:
    for a in AREAS.values():
        assert set(a.instructions) == set(a.ladder), a.id
        assert all(len(text) < 200 for text in a.instructions.values())
        assert a.keep_away_from


def test_tennis_ball_comes_before_lacrosse_ball_everywhere() -> None:
    for a in AREAS.values():
        if Tool.LACROSSE_BALL in a.ladder and Tool.TENNIS_BALL in a.ladder:
            assert a.ladder.index(Tool.TENNIS_BALL) < a.ladder.index(Tool.LACROSSE_BALL)
        assert a.ladder[-1] is not Tool.HANDS or len(a.ladder) == 1


def test_spot_names_read_naturally() -> None:
    assert Spot(AreaId.CALVES, Side.LEFT).name == "Left calf"
    assert Spot(AreaId.HEAD, Side.BOTH).name == "Head"
    with pytest.raises(ValueError):
        Spot(AreaId.HEAD, Side.LEFT)


def test_a_focus_plan_keeps_the_order_and_starts_gentle() -> None:
    picks = [
        Selection(Spot(AreaId.CALVES, Side.LEFT), 6),
        Selection(Spot(AreaId.SHOULDERS, Side.RIGHT), 4),
    ]
    plan = focus_plan(picks)
    assert plan.kind is SessionKind.FOCUS
    assert [(s.spot, s.tool, s.tenderness_before) for s in plan.steps] == [
        (Spot(AreaId.CALVES, Side.LEFT), Tool.TENNIS_BALL, 6),
        (Spot(AreaId.SHOULDERS, Side.RIGHT), Tool.TENNIS_BALL, 4),
    ]
    # Someone with a foam roller starts the calf on it.
    rolled = focus_plan(picks, tools={Tool.TENNIS_BALL, Tool.FOAM_ROLLER})
    assert [s.tool for s in rolled.steps] == [Tool.FOAM_ROLLER, Tool.TENNIS_BALL]
    assert plan.total_seconds == 2 * DEFAULT_HOLD_SECONDS
    assert focus_plan(picks, hold_seconds=300).total_seconds == 600


@pytest.mark.parametrize("seconds", [119, 301, 0, -5])
def test_holds_are_two_to_five_minutes(seconds: int) -> None:
    with pytest.raises(ValueError, match="2 to 5 minutes"):
        check_hold_seconds(seconds)
    with pytest.raises(ValueError):
        focus_plan([Selection(Spot(AreaId.FEET, Side.LEFT))], hold_seconds=seconds)


def test_a_spot_cannot_be_planned_twice() -> None:
    pick = Selection(Spot(AreaId.FEET, Side.LEFT))
    with pytest.raises(ValueError, match="twice"):
        focus_plan([pick, pick])


def test_tenderness_is_zero_to_ten() -> None:
    with pytest.raises(ValueError):
        Selection(Spot(AreaId.FEET, Side.LEFT), 11)
    with pytest.raises(ValueError):
        Selection(Spot(AreaId.FEET, Side.LEFT), -1)


def test_the_scan_is_five_minutes_over_every_area() -> None:
    plan = scan_plan()
    assert plan.kind is SessionKind.SCAN
    assert plan.total_seconds == 300
    assert {s.spot.area for s in plan.steps} == set(AREAS)
    positions = [area(s.spot.area).position for s in plan.steps]
    changes = sum(1 for a, b in itertools.pairwise(positions) if a != b)
    assert changes == 3  # seated, wall, floor, seated again for the feet


def test_ordering_by_position_changes_position_at_most_twice() -> None:
    ordered = order_by_position(reversed(all_spots()))
    positions = [area(s.area).position for s in ordered]
    assert positions == sorted(
        positions, key=[Position.SEATED, Position.WALL, Position.FLOOR].index
    )


def test_a_routine_needs_a_name_and_a_spot() -> None:
    pick = (Selection(Spot(AreaId.NECK, Side.LEFT), 5),)
    assert Routine("desk neck", pick).name == "desk neck"
    with pytest.raises(ValueError):
        Routine("  ", pick)
    with pytest.raises(ValueError):
        Routine("empty", ())


_OWNABLE = st.sets(st.sampled_from(OWNABLE_TOOLS))


@given(tools=_OWNABLE)
def test_ladders_use_only_the_tools_the_person_has(tools: set[Tool]) -> None:
    """For every area and every kit: hands always count; a ball never comes
    after the lacrosse ball; nothing the person lacks, unless they lack all."""
    for a in AREAS.values():
        ladder = a.ladder_for(tools)
        owned = {Tool.HANDS, *tools}
        if any(tool in owned for tool in a.ladder):
            assert set(ladder) <= owned
        else:
            assert ladder == a.ladder
        assert list(ladder) == [tool for tool in a.ladder if tool in ladder]
        worked = a.with_tools(tools)
        for tool in ladder:
            stronger = worked.stronger_tool(tool)
            assert stronger is None or stronger in ladder
    plan = scan_plan(tools)
    for step in plan.steps:
        assert step.tool in area(step.spot.area).ladder_for(tools)


def test_the_method_kit_is_a_tennis_ball_then_a_lacrosse_ball() -> None:
    """Wherever a ball can go, the two balls the method asks for are the whole
    ladder: no area asks someone with only them for a third tool."""
    for a in AREAS.values():
        ladder = a.ladder_for(DEFAULT_TOOLS)
        assert Tool.FOAM_ROLLER not in ladder, a.id
        if Tool.TENNIS_BALL in ladder:
            balls = [tool for tool in ladder if tool is not Tool.HANDS]
            assert balls[0] is Tool.TENNIS_BALL, a.id
    calves = area(AreaId.CALVES)
    assert calves.stronger_tool(Tool.TENNIS_BALL) is Tool.LACROSSE_BALL
    assert calves.ladder_for({Tool.FOAM_ROLLER, *DEFAULT_TOOLS})[0] is Tool.FOAM_ROLLER


def test_a_plan_follows_the_tools_the_person_has() -> None:
    plan = focus_plan([Selection(Spot(AreaId.QUADS, Side.LEFT))])
    assert plan.steps[0].tool is Tool.TENNIS_BALL
    assert with_tools(plan, {Tool.FOAM_ROLLER}).steps[0].tool is Tool.FOAM_ROLLER
    assert with_tools(plan, set()).steps[0].tool is Tool.FOAM_ROLLER  # nothing: the whole ladder
