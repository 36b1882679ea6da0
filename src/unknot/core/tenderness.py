"""Tenderness over time and practice week by week, as plain values for the charts
and the report for a clinician.

A day's ratings of a spot
    From `practice_log.spot_ratings`: the rating before is that of the first
    hold of the day rated before (how the spot felt before that day's
    pressure, as `core.progress` counts it), the rating after that of the last
    hold rated after (how it was left).

The easing line
    The method counts a spot as easing when its rating drops by 2 points or by
    half. Measured from where the spot started (the average of the first half
    of its rated days, as the trend counts), the line is the highest rating
    that is still easing: max(start - 2, start / 2). A start of 7 draws it at
    5; a start of 3 at 1.5.

Consistency
    Per week, the practice days against the weekly goal, less the week's rest
    days (as the streaks count the week), and the minutes held.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from unknot.core.areas import AreaId, Side
from unknot.core.formats import minutes_held
from unknot.core.practice_log import HoldRating
from unknot.core.progress import (
    EASING_POINTS,
    Trend,
    halves,
    spot_name,
    trend_of,
)
from unknot.core.streaks import WeekPractice as WeekPractice
from unknot.core.streaks import weeks_of_practice as weeks_of_practice
from unknot.core.translation import QT_TRANSLATE_NOOP, translate

Spot = tuple[AreaId, Side | None]


class Span(Enum):
    """How far back a tenderness chart looks: (days, name)."""

    WEEKS_6 = (42, QT_TRANSLATE_NOOP("Tenderness", "6 weeks"))
    MONTHS_3 = (91, QT_TRANSLATE_NOOP("Tenderness", "3 months"))
    YEAR = (365, QT_TRANSLATE_NOOP("Tenderness", "A year"))

    @property
    def days(self) -> int:
        return self.value[0]

    @property
    def label(self) -> str:
        return translate("Tenderness", self.value[1])

    def first_day(self, today: date, started: date | None = None) -> date:
        """The first day shown when the chart ends on `today`: never before
        `started`, the practice date of the first session (no chart covers
        time before it), and today itself when there is none yet."""
        first = today - timedelta(days=self.days - 1)
        if started is not None and started > first:
            return min(started, today)
        return first


@dataclass(frozen=True)
class DayRating:
    """A spot on one practice date: tenderness 0-10 before the day's first
    hold rated before, and after its last hold rated after; None when not
    rated that way that day."""

    day: date
    before: int | None
    after: int | None


@dataclass(frozen=True)
class SpotStory:
    """A spot's ratings over a period, and what they say."""

    spot: Spot
    first: date
    last: date
    days: tuple[DayRating, ...]
    # Days with any hold of the spot (rated or not), within the period.
    practice_days: frozenset[date]
    # Averages of the first and second half of the ratings before; None with fewer than two.
    earlier: float | None
    later: float | None
    trend: Trend | None

    @property
    def name(self) -> str:
        return spot_name(*self.spot)

    @property
    def easing_line(self) -> float | None:
        """The highest rating that counts as easing from where the spot began."""
        return None if self.earlier is None else easing_line(self.earlier)

    @property
    def rated_days(self) -> int:
        return sum(1 for day in self.days if day.before is not None)


def easing_line(start: float) -> float:
    """max(start - 2, start / 2): a later rating at or under it has eased."""
    return max(start - EASING_POINTS, start / 2)


def day_ratings(by_day: Mapping[date, Sequence[HoldRating]]) -> tuple[DayRating, ...]:
    """One `DayRating` per date of `spot_ratings`' answer for one spot, oldest first."""
    found = []
    for day in sorted(by_day):
        holds = by_day[day]
        before = next((h.before for h in holds if h.before is not None), None)
        after = next((h.after for h in reversed(holds) if h.after is not None), None)
        found.append(DayRating(day, before, after))
    return tuple(found)


def spot_story(
    spot: Spot,
    by_day: Mapping[date, Sequence[HoldRating]],
    first: date,
    last: date,
    practice_days: frozenset[date] = frozenset(),
) -> SpotStory:
    """The story of `spot` from `first` to `last`, from its rated holds by day."""
    days = tuple(d for d in day_ratings(by_day) if first <= d.day <= last)
    befores = [float(d.before) for d in days if d.before is not None]
    split = halves(befores)
    earlier, later = split if split is not None else (None, None)
    trend = None if split is None else trend_of(*split)
    worked = frozenset(d for d in practice_days if first <= d <= last) | {d.day for d in days}
    return SpotStory(spot, first, last, days, frozenset(worked), earlier, later, trend)


DecimalText = Callable[[float], str]
"""Writes a rating to one decimal place the way the reader's language does
("3.5", "3,5"); the window passes the locale's, so that core, standard library
only, never writes a decimal point itself."""


def plain_decimal(value: float) -> str:
    """A rating to one place with a decimal point and no trailing ".0" ("3.5",
    "4"): the `DecimalText` for English-only texts such as the command line."""
    rounded = round(value, 1)
    return f"{rounded:g}"


def trend_sentence(story: SpotStory, decimal: DecimalText) -> str:
    """The chart in words, for screen readers and the report; `decimal` writes
    the averages and the easing line."""
    rated = story.rated_days
    name = story.name
    if rated == 0:
        return translate("Tenderness", "{spot}: no rating before a hold in this period.").format(
            spot=name
        )
    if story.earlier is None or story.later is None or story.trend is None:
        only = next(d.before for d in story.days if d.before is not None)
        return translate(
            "Tenderness", "{spot}: rated on one day only, {rating} of 10 before the hold."
        ).format(spot=name, rating=only)
    earlier, later = decimal(story.earlier), decimal(story.later)
    if story.trend is Trend.IMPROVING:
        text = translate(
            "Tenderness",
            "{spot}: easing. Rated on %n day(s); before the holds about {earlier} of 10 at "
            "first and {later} lately, a drop of 2 points or by half.",
            None,
            rated,
        )
    elif story.trend is Trend.WORSE:
        text = translate(
            "Tenderness",
            "{spot}: more tender. Rated on %n day(s); before the holds about {earlier} of 10 "
            "at first and {later} lately.",
            None,
            rated,
        )
    else:
        text = translate(
            "Tenderness",
            "{spot}: not easing yet. Rated on %n day(s); before the holds about {earlier} of "
            "10 at first and {later} lately; easing needs {line} or lower.",
            None,
            rated,
        )
    line = story.easing_line
    return text.format(
        spot=name,
        earlier=earlier,
        later=later,
        line=decimal(line) if line is not None else "",
    )


def relief_sentence(story: SpotStory, decimal: DecimalText) -> str:
    """How much a day's holds eased the spot, on average, in words; `decimal`
    writes the points."""
    pairs = [
        (d.before, d.after) for d in story.days if d.before is not None and d.after is not None
    ]
    if not pairs:
        return ""
    drop = round(sum(b - a for b, a in pairs) / len(pairs), 1)
    if drop == 0:
        return translate(
            "Tenderness",
            "On %n day(s) rated before and after, the holds left it about as tender as before.",
            None,
            len(pairs),
        )
    rated = translate("Tenderness", "Rated before and after on %n day(s).", None, len(pairs))
    # The points are a decimal written by `decimal` ("1.5", "1,5"); the count picks the
    # plural form: "1 point", "1.5 points".
    plural = 1 if abs(drop) == 1 else 2
    if drop > 0:
        change = translate(
            "Tenderness", "On average the holds brought it down by {points} point(s).", None, plural
        )
    else:
        change = translate(
            "Tenderness",
            "On average it was {points} point(s) more tender after the holds.",
            None,
            plural,
        )
    return f"{rated} {change.format(points=decimal(abs(drop)))}"


def stories(
    ratings: Mapping[Spot, Mapping[date, Sequence[HoldRating]]],
    first: date,
    last: date,
    worked: Mapping[Spot, frozenset[date]] | None = None,
) -> tuple[SpotStory, ...]:
    """Every rated spot's story, the most worked first (most rated days, then
    the spot's order by area)."""
    found = [
        spot_story(spot, by_day, first, last, (worked or {}).get(spot, frozenset()))
        for spot, by_day in ratings.items()
    ]
    found = [story for story in found if story.days]
    order = {area: index for index, area in enumerate(AreaId)}
    found.sort(
        key=lambda s: (
            -len(s.days),
            order[s.spot[0]],
            "" if s.spot[1] is None else s.spot[1].value,
        )
    )
    return tuple(found)


# -- consistency ---------------------------------------------------------------------------


def consistency_sentence(weeks: Sequence[WeekPractice]) -> str:
    """The weeks in words: how many full weeks met the goal, and the minutes."""
    full = [week for week in weeks if not week.in_progress]
    met = sum(1 for week in full if week.goal_met)
    minutes = minutes_held(sum(week.seconds for week in full) / len(full)) if full else 0
    return translate(
        "Tenderness",
        "The goal was met in {met} of %n full week(s); about {minutes} min held a week.",
        None,
        len(full),
    ).format(met=met, minutes=minutes)
