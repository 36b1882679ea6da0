"""Minutes held are counted one way wherever they are shown: the week chart's
bars and sentences, the calendar, the consistency chart and the report all
round the seconds held down to the whole minute (`formats.minutes_held`), so
2 min 46 s is "2" on every screen; the by-area table shows the time to the
second, like the total beside it."""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import unknot
from unknot.core.areas import AreaId, Side
from unknot.core.formats import minutes_held, total_duration_text
from unknot.core.progress import SpotStats, WeekTotal
from unknot.core.tenderness import WeekPractice, consistency_sentence
from unknot.ui.charts.consistency_renderer import week_sentence
from unknot.ui.progress.spot_stats_model import COL_HELD, SpotStatsModel
from unknot.ui.progress.week_chart import bar_caption, week_text

SOURCE = Path(unknot.__file__).resolve().parent
# Seconds held: whole, with fractions, and just under and over a minute.
HELD = st.one_of(
    st.floats(min_value=0, max_value=50_000, allow_nan=False),
    st.integers(min_value=0, max_value=600).map(lambda m: m * 60 + 0.0),
    st.integers(min_value=1, max_value=600).map(lambda m: m * 60 - 0.4),
)


def test_minutes_held_rounds_down_the_seconds_held() -> None:
    assert minutes_held(32) == 0
    assert minutes_held(166) == 2
    assert minutes_held(179.9) == 2
    assert minutes_held(180) == 3


@given(HELD)
def test_the_week_chart_shows_the_minutes_held(seconds: float) -> None:
    week = WeekTotal(date(2026, 3, 2), seconds, 3)
    shown = str(minutes_held(seconds))
    assert bar_caption(week) == shown
    for in_progress in (True, False):
        assert re.search(rf"\b{shown} min\b", week_text(week, in_progress=in_progress))


@given(HELD)
def test_the_consistency_chart_and_sentence_show_the_minutes_held(seconds: float) -> None:
    week = WeekPractice(date(2026, 3, 2), 2, 4, seconds, False)
    shown = str(minutes_held(seconds))
    assert re.search(rf"\b{shown} min\b", week_sentence(week))
    assert re.search(rf"\b{shown} min\b", consistency_sentence([week]))


@given(HELD)
def test_the_table_by_area_shows_the_time_held_to_the_second(seconds: float) -> None:
    stats = SpotStats(
        AreaId.CALVES,
        Side.LEFT,
        1,
        seconds,
        date(2026, 3, 2),
        date(2026, 3, 2),
        None,
        None,
        None,
        None,
        0,
        None,
        None,
        None,
        None,
        None,
    )
    model = SpotStatsModel()
    model.set_stats([stats])
    assert model.data(model.index(0, COL_HELD)) == total_duration_text(seconds)


def _rounded_minutes(call: ast.Call) -> bool:
    """round(x.minutes), round(seconds / 60), math.ceil(... / 60) and the like."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if name not in {"round", "floor", "ceil", "int", "trunc"} or not call.args:
        return False
    text = ast.unparse(call.args[0])
    return "minutes" in text or re.search(r"/\s*60\b", text) is not None


# Minutes that are not minutes held: how long a suggested session would take,
# the time left or planned as the voice says it, a chart's top grid line.
NOT_HELD = {
    ("session_summary.py", "offer.total_seconds"),
    ("voice_cues.py", "left / 60"),
    ("voice_cues.py", "planned / 60"),
    ("consistency_renderer.py", "highest / 60"),
    ("week_chart.py", "top / 4 / 60"),
}


def test_no_screen_rounds_minutes_its_own_way() -> None:
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        if path.name == "formats.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _rounded_minutes(node):
                text = ast.unparse(node)
                if any(path.name == file and part in text for file, part in NOT_HELD):
                    continue
                found.append(f"{path.relative_to(SOURCE)}:{node.lineno} {text}")
    assert found == []
