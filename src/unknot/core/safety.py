"""When pressing on a muscle is not for now: the safety check, as data.

The list is what a clinician would review, so it lives in one place, in plain
sentences. Some conditions sit in one part of the body: a possible clot is in the
leg, a wound or a bruise is wherever it is. Those mark areas to keep pressure off;
the others ask the person to talk to a clinician before they start at all.

The answer is asked for again a year after it was given, because health changes
and a check answered once and never again says little.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from unknot.core.areas import AreaId
from unknot.core.plans import Plan
from unknot.core.translation import QT_TRANSLATE_NOOP

# The check comes back this many months after it was last answered.
RECHECK_MONTHS = 12


class Condition(StrEnum):
    BLOOD_THINNERS = "blood_thinners"
    TUMOUR = "tumour"
    METABOLIC = "metabolic"
    OPEN_WOUND = "open_wound"
    WEAK_OR_BROKEN_BONE = "weak_or_broken_bone"
    CLOT = "clot"
    INFLAMMATION = "inflammation"
    FEVER = "fever"
    BONE_INFECTION = "bone_infection"
    OSTEOPOROSIS = "osteoporosis"
    RECENT_SURGERY = "recent_surgery"
    LARGE_BRUISE = "large_bruise"
    REDUCED_FEELING = "reduced_feeling"
    PREGNANCY = "pregnancy"


@dataclass(frozen=True)
class ConditionInfo:
    condition: Condition
    # The line beside the tick box, short enough to read at a glance.
    label: str
    # What to do until a clinician has said it is fine.
    advice: str
    # Areas that always get no pressure with this condition.
    keep_off: frozenset[AreaId] = frozenset()
    # It sits in one place the person can point to on the body map.
    in_one_place: bool = False


# The whole leg, foot included: rolling the sole presses on the same veins, and
# "no pressure on your legs" must not leave a part of them on the map.
_LEGS = frozenset({AreaId.QUADS, AreaId.CALVES, AreaId.FEET})

CONDITIONS: tuple[ConditionInfo, ...] = (
    ConditionInfo(
        Condition.BLOOD_THINNERS,
        QT_TRANSLATE_NOOP("Safety", "You take blood thinners (anticoagulants)"),
        QT_TRANSLATE_NOOP(
            "Safety", "Firm pressure can cause bleeding under the skin. Ask before you start."
        ),
    ),
    ConditionInfo(
        Condition.TUMOUR,
        QT_TRANSLATE_NOOP("Safety", "You have a tumour, or are being checked for one"),
        QT_TRANSLATE_NOOP("Safety", "Ask your care team whether pressure work is right for you."),
    ),
    ConditionInfo(
        Condition.METABOLIC,
        QT_TRANSLATE_NOOP(
            "Safety", "You have a metabolic condition (for example diabetes or a thyroid disorder)"
        ),
        QT_TRANSLATE_NOOP("Safety", "Ask whether it changes how much pressure is safe for you."),
    ),
    ConditionInfo(
        Condition.OPEN_WOUND,
        QT_TRANSLATE_NOOP("Safety", "You have an open wound or broken skin"),
        QT_TRANSLATE_NOOP("Safety", "Keep every tool off it until it has healed."),
        in_one_place=True,
    ),
    ConditionInfo(
        Condition.WEAK_OR_BROKEN_BONE,
        QT_TRANSLATE_NOOP(
            "Safety", "You have a broken bone, a fracture that is healing, or weak bones"
        ),
        QT_TRANSLATE_NOOP("Safety", "No pressure on or near it until it is healed and cleared."),
        in_one_place=True,
    ),
    ConditionInfo(
        Condition.CLOT,
        QT_TRANSLATE_NOOP(
            "Safety", "You have, or might have, a blood clot in a vein (deep vein thrombosis)"
        ),
        QT_TRANSLATE_NOOP(
            "Safety", "No pressure on your legs: pressing could move a clot. Get it checked first."
        ),
        keep_off=_LEGS,
    ),
    ConditionInfo(
        Condition.INFLAMMATION,
        QT_TRANSLATE_NOOP("Safety", "A part of you is inflamed or infected: hot, swollen or red"),
        QT_TRANSLATE_NOOP("Safety", "Leave that part alone until it has settled."),
        in_one_place=True,
    ),
    ConditionInfo(
        Condition.FEVER,
        QT_TRANSLATE_NOOP("Safety", "You have a fever"),
        QT_TRANSLATE_NOOP("Safety", "Rest today and wait until it has gone."),
    ),
    ConditionInfo(
        Condition.BONE_INFECTION,
        QT_TRANSLATE_NOOP("Safety", "You have an infection in a bone"),
        QT_TRANSLATE_NOOP(
            "Safety", "No pressure anywhere near it; ask your doctor before you start."
        ),
        in_one_place=True,
    ),
    ConditionInfo(
        Condition.OSTEOPOROSIS,
        QT_TRANSLATE_NOOP("Safety", "You have osteoporosis (thinning bones)"),
        QT_TRANSLATE_NOOP("Safety", "Ask how much pressure your bones can take before you start."),
    ),
    ConditionInfo(
        Condition.RECENT_SURGERY,
        QT_TRANSLATE_NOOP("Safety", "You had surgery recently, or still have stitches"),
        QT_TRANSLATE_NOOP("Safety", "Keep off the area until your surgeon says it has healed."),
        in_one_place=True,
    ),
    ConditionInfo(
        Condition.LARGE_BRUISE,
        QT_TRANSLATE_NOOP("Safety", "You have a large bruise"),
        QT_TRANSLATE_NOOP("Safety", "Keep off it until it has faded."),
        in_one_place=True,
    ),
    ConditionInfo(
        Condition.REDUCED_FEELING,
        QT_TRANSLATE_NOOP(
            "Safety", "You have less feeling somewhere (for example from nerve damage or diabetes)"
        ),
        QT_TRANSLATE_NOOP(
            "Safety", "Where you cannot feel well you cannot judge the pressure: keep off there."
        ),
        in_one_place=True,
    ),
    ConditionInfo(
        Condition.PREGNANCY,
        QT_TRANSLATE_NOOP("Safety", "You are pregnant"),
        QT_TRANSLATE_NOOP("Safety", "Ask your midwife or doctor first."),
    ),
)

_BY_CONDITION: Mapping[Condition, ConditionInfo] = {info.condition: info for info in CONDITIONS}


def condition_info(condition: Condition) -> ConditionInfo:
    return _BY_CONDITION[condition]


def fixed_areas(conditions: Iterable[Condition]) -> frozenset[AreaId]:
    """The areas the conditions themselves rule out, wherever the person points."""
    return frozenset().union(*(condition_info(c).keep_off for c in conditions))


def areas_to_avoid(
    conditions: Iterable[Condition], chosen: Iterable[AreaId] = ()
) -> frozenset[AreaId]:
    """Everything to keep pressure off: the conditions' own areas and the ones the
    person marked. Areas marked without a condition that sits in one place are
    kept too: the person knows their body better than this list does."""
    return fixed_areas(conditions) | frozenset(chosen)


def asks_where(conditions: Iterable[Condition]) -> bool:
    """Whether any of the conditions sits in a place only the person can point to."""
    return any(condition_info(c).in_one_place for c in conditions)


def areas_in_plan(plan: Plan, avoided: Iterable[AreaId]) -> tuple[AreaId, ...]:
    """The avoided areas a plan would press on, in the plan's order."""
    wanted = frozenset(avoided)
    found: list[AreaId] = []
    for step in plan.steps:
        if step.spot.area in wanted and step.spot.area not in found:
            found.append(step.spot.area)
    return tuple(found)


def without_areas(plan: Plan, avoided: Iterable[AreaId]) -> Plan:
    """The plan with every step on an avoided area left out (both sides)."""
    wanted = frozenset(avoided)
    return replace(plan, steps=tuple(s for s in plan.steps if s.spot.area not in wanted))


def next_check_on(answered_on: date) -> date:
    """The day the check is due again: the same date a year later (1 March for
    an answer given on 29 February)."""
    months = answered_on.month - 1 + RECHECK_MONTHS
    year, month = answered_on.year + months // 12, months % 12 + 1
    try:
        return answered_on.replace(year=year, month=month)
    except ValueError:
        # That month is shorter: the first day of the month after.
        first_of_month = date(year, month, 1)
        return (first_of_month + timedelta(days=31)).replace(day=1)


def check_due(answered_on: date | None, today: date) -> bool:
    """Whether to show the safety check: never answered, or answered a year ago.

    An answer dated well after today (a clock that was wrong then) is not trusted
    to keep the check away for longer than a year: it is due as well. One day of
    slack lets a trip west across time zones pass without asking again.
    """
    if answered_on is None or answered_on > today + timedelta(days=1):
        return True
    return today >= next_check_on(answered_on)
