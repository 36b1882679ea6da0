"""A hold's tool history: one rule for what the timer writes and what is read back."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unknot.core.areas import AreaId, Side, Tool
from unknot.core.records import (
    HoldRecord,
    ToolHistoryError,
    check_tool_history,
    tool_history,
    with_tool,
)

TENNIS, LACROSSE, ROLLER = Tool.TENNIS_BALL, Tool.LACROSSE_BALL, Tool.FOAM_ROLLER
_NOON = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)


def record(tool: Tool, tools_tried: tuple[Tool, ...]) -> HoldRecord:
    return HoldRecord(
        area=AreaId.FEET,
        side=Side.LEFT,
        tool=tool,
        tools_tried=tools_tried,
        planned_seconds=120,
        held_seconds=60.0,
        released=False,
        tenderness_before=None,
        tenderness_after=None,
        started_at=_NOON,
        ended_at=_NOON,
    )


def test_going_back_to_a_tool_lists_it_again() -> None:
    assert with_tool((TENNIS,), LACROSSE) == (TENNIS, LACROSSE)
    assert with_tool((TENNIS, LACROSSE), TENNIS) == (TENNIS, LACROSSE, TENNIS)
    assert with_tool((TENNIS, LACROSSE), LACROSSE) == (TENNIS, LACROSSE)
    assert with_tool((), ROLLER) == (ROLLER,)


@pytest.mark.parametrize(
    ("written", "tool", "read"),
    [
        # What 0.1 wrote after "Need more pressure" then "Too much".
        ((TENNIS, LACROSSE), TENNIS, (TENNIS, LACROSSE, TENNIS)),
        ((TENNIS, LACROSSE), LACROSSE, (TENNIS, LACROSSE)),
        ((), TENNIS, (TENNIS,)),
        ((TENNIS, TENNIS, LACROSSE, LACROSSE), LACROSSE, (TENNIS, LACROSSE)),
    ],
)
def test_a_history_written_elsewhere_is_read_as_it_happened(
    written: tuple[Tool, ...], tool: Tool, read: tuple[Tool, ...]
) -> None:
    assert tool_history(written, tool) == read
    assert record(tool, tool_history(written, tool)).tools_tried == read


@pytest.mark.parametrize(
    ("tool", "tools_tried", "message"),
    [
        (TENNIS, (TENNIS, LACROSSE), "last tool tried is lacrosse_ball"),
        (TENNIS, (), "at least tennis_ball"),
        (TENNIS, (TENNIS, TENNIS), "twice in a row"),
        (TENNIS, [TENNIS], "at least"),
    ],
)
def test_a_record_that_breaks_the_rule_cannot_be_made(
    tool: Tool, tools_tried: tuple[Tool, ...], message: str
) -> None:
    with pytest.raises(ToolHistoryError, match=message):
        record(tool, tools_tried)


@given(written=st.lists(st.sampled_from(Tool), max_size=8), tool=st.sampled_from(Tool))
def test_reading_any_history_gives_one_the_rule_accepts_and_keeps(
    written: list[Tool], tool: Tool
) -> None:
    read = tool_history(written, tool)
    check_tool_history(read, tool)
    # Reading what was read changes nothing: an export of an import is stable.
    assert tool_history(read, tool) == read
    # Nothing that was on the body is lost, only repeats in a row.
    once = tuple(each for i, each in enumerate(written) if i == 0 or written[i - 1] != each)
    assert read == (once if once[-1:] == (tool,) else (*once, tool))
