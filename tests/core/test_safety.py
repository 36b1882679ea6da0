"""The safety check as data: every condition named, local ones mark areas, a
yearly re-check."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from unknot.core.areas import AreaId, Side
from unknot.core.plans import Selection, Spot, focus_plan, scan_plan
from unknot.core.safety import (
    CONDITIONS,
    Condition,
    areas_in_plan,
    areas_to_avoid,
    asks_where,
    check_due,
    condition_info,
    fixed_areas,
    next_check_on,
    without_areas,
)


def test_every_condition_has_one_entry_with_words() -> None:
    assert [info.condition for info in CONDITIONS] == list(Condition)
    for info in CONDITIONS:
        assert info.label
        assert info.advice.endswith(".")
        assert condition_info(info.condition) is info


def test_the_source_list_is_all_there() -> None:
    labels = " ".join(info.label.lower() for info in CONDITIONS)
    for words in (
        "blood thinners",
        "tumour",
        "metabolic",
        "open wound",
        "broken bone",
        "weak bones",
        "deep vein thrombosis",
        "inflamed or infected",
        "fever",
        "infection in a bone",
        "osteoporosis",
        "surgery",
        "stitches",
        "bruise",
        "less feeling",
        "pregnant",
    ):
        assert words in labels


def test_a_possible_clot_keeps_pressure_off_the_legs() -> None:
    # The whole leg: thighs, calves and feet (the sole is rolled on a ball too).
    legs = {AreaId.QUADS, AreaId.CALVES, AreaId.FEET}
    assert fixed_areas([Condition.CLOT]) == legs
    assert areas_to_avoid([Condition.CLOT]) == legs


def test_conditions_of_the_whole_body_mark_no_area() -> None:
    whole_body = [Condition.FEVER, Condition.PREGNANCY, Condition.BLOOD_THINNERS]
    assert areas_to_avoid(whole_body) == frozenset()
    assert not asks_where(whole_body)


def test_conditions_in_one_place_ask_where_and_keep_what_was_marked() -> None:
    assert asks_where([Condition.FEVER, Condition.LARGE_BRUISE])
    assert areas_to_avoid([Condition.LARGE_BRUISE], [AreaId.ARMS]) == {AreaId.ARMS}
    assert areas_to_avoid([Condition.CLOT], [AreaId.FEET]) == {
        AreaId.CALVES,
        AreaId.QUADS,
        AreaId.FEET,
    }


def test_never_answered_is_due() -> None:
    assert check_due(None, date(2026, 3, 1))


def test_due_again_after_twelve_months() -> None:
    answered = date(2026, 3, 14)
    assert next_check_on(answered) == date(2027, 3, 14)
    assert not check_due(answered, answered)
    assert not check_due(answered, date(2027, 3, 13))
    assert check_due(answered, date(2027, 3, 14))
    assert check_due(answered, date(2031, 1, 1))


def test_an_answer_on_a_leap_day_is_due_on_the_first_of_march() -> None:
    assert next_check_on(date(2028, 2, 29)) == date(2029, 3, 1)


def test_an_answer_from_the_future_is_not_trusted() -> None:
    today = date(2026, 6, 1)
    # A day ahead: a trip west across time zones.
    assert not check_due(today + timedelta(days=1), today)
    assert check_due(today + timedelta(days=30), today)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(9000, 12, 31)))
def test_the_next_check_is_always_about_a_year_later(answered: date) -> None:
    gap = (next_check_on(answered) - answered).days
    assert gap in (365, 366)
    assert not check_due(answered, next_check_on(answered) - timedelta(days=1))
    assert check_due(answered, next_check_on(answered))


def test_a_plan_that_presses_on_avoided_areas_says_which() -> None:
    plan = focus_plan(
        [
            Selection(Spot(AreaId.CALVES, Side.LEFT)),
            Selection(Spot(AreaId.NECK, Side.RIGHT)),
            Selection(Spot(AreaId.CALVES, Side.RIGHT)),
            Selection(Spot(AreaId.QUADS, Side.LEFT)),
        ]
    )
    legs = areas_to_avoid([Condition.CLOT])
    assert areas_in_plan(plan, legs) == (AreaId.CALVES, AreaId.QUADS)
    kept = without_areas(plan, legs)
    assert [step.spot for step in kept.steps] == [Spot(AreaId.NECK, Side.RIGHT)]
    assert kept.kind == plan.kind


def test_the_scan_leaves_out_avoided_areas_on_both_sides() -> None:
    scan = without_areas(scan_plan(), [AreaId.FEET])
    assert len(scan.steps) == len(scan_plan().steps) - 1
    assert AreaId.FEET not in {step.spot.area for step in scan.steps}
    assert areas_in_plan(scan_plan(), []) == ()
