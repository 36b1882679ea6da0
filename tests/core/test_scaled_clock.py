"""The faster clock of `unknot --self-check`: both clocks keep the factor's
pace from the moment it is made, and only the base's monotonic clock drives it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unknot.core.clock import FakeClock, ScaledClock

START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


@given(
    factor=st.floats(min_value=0.01, max_value=1000),
    steps=st.lists(st.floats(min_value=0, max_value=3600), max_size=20),
)
def test_both_clocks_run_factor_times_faster(factor: float, steps: list[float]) -> None:
    base = FakeClock(START, monotonic=500.0)
    clock = ScaledClock(base, factor)
    for step in steps:
        base.advance(step)
    elapsed = (base.monotonic() - 500.0) * factor
    assert clock.monotonic() == pytest.approx(500.0 + elapsed)
    assert (clock.now() - START).total_seconds() == pytest.approx(elapsed, abs=1e-5)
    assert clock.factor == factor


def test_a_wall_clock_change_does_not_move_it() -> None:
    base = FakeClock(START)
    clock = ScaledClock(base, 40)
    base.advance(1)
    base.set_wall(START - timedelta(days=3))
    assert clock.now() == START + timedelta(seconds=40)
    assert clock.monotonic() == 1040.0


def test_the_zone_is_the_base_clocks() -> None:
    base = FakeClock(START, zone="Europe/Berlin")
    clock = ScaledClock(base, 2)
    base.set_zone("Asia/Tokyo")
    assert clock.zone().key == "Asia/Tokyo"


@pytest.mark.parametrize("factor", [0, -1, float("nan")])
def test_a_clock_that_stands_or_runs_back_is_refused(factor: float) -> None:
    with pytest.raises(ValueError, match="positive"):
        ScaledClock(FakeClock(), factor)
