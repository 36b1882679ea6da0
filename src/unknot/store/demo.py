"""Example history: a few months (or years) of a person who keeps at it.

`unknot --demo` fills a throw-away history with this so a new user sees every
view populated, and the benchmarks build ten years of it. The same seed and the
same dates always give the same records.

The person it draws: most days a session, morning or evening, sometimes a
late one past midnight; a daily scan on about a third of the days; focus holds
on the spots that bother them, which mostly ease over the weeks and flare up
again now and then. One spot (the left side of the neck) never eases, so the
progress view has a suggestion to show. Sundays off are sometimes marked as
rest days, and there is a holiday without practice.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from unknot.core.areas import AreaId, Side, Tool, area
from unknot.core.plans import Routine, Selection, Spot, order_by_position, scan_plan
from unknot.core.records import HoldRecord, Outcome, SessionKind, SessionRecord

if TYPE_CHECKING:
    from unknot.store.history import History, ImportReport

DEMO_SEED = 20260105
DEMO_DAYS = 150
DEMO_ZONE = "Europe/Berlin"


@dataclass(frozen=True)
class _Trouble:
    spot: Spot
    # Tenderness when it flares up, and where it settles once it has eased.
    flare: float
    settled: float
    # Days for the gap between the two to shrink by about two thirds.
    easing_days: float
    # A flare-up this many days before the last day, so the recent weeks show
    # a spot easing (or one getting worse) in any history long enough.
    flares_days_before_end: int | None = None


_TROUBLES = (
    _Trouble(Spot(AreaId.SHOULDERS, Side.RIGHT), 7, 2.5, 16, flares_days_before_end=38),
    _Trouble(Spot(AreaId.NECK, Side.LEFT), 6, 6, 1),  # never eases
    _Trouble(Spot(AreaId.CALVES, Side.LEFT), 6, 2, 10, flares_days_before_end=40),
    _Trouble(Spot(AreaId.LOWER_BACK, Side.RIGHT), 5, 3, 30),
    _Trouble(Spot(AreaId.HIPS, Side.LEFT), 4, 1.5, 30, flares_days_before_end=10),
    _Trouble(Spot(AreaId.FEET, Side.RIGHT), 4, 1, 10),
    _Trouble(Spot(AreaId.QUADS, Side.LEFT), 4, 2, 12),
    _Trouble(Spot(AreaId.JAW, Side.BOTH), 3, 1, 10),
)

_NOTES = (
    "after the run",
    "stiff from the desk",
    "slept badly",
    "long drive yesterday",
    "felt good today",
    "short one before work",
)

_ROUTINES = (
    Routine(
        "desk neck",
        (
            Selection(Spot(AreaId.NECK, Side.LEFT)),
            Selection(Spot(AreaId.NECK, Side.RIGHT)),
            Selection(Spot(AreaId.SHOULDERS, Side.RIGHT)),
        ),
    ),
    Routine(
        "after a run",
        (
            Selection(Spot(AreaId.CALVES, Side.LEFT)),
            Selection(Spot(AreaId.CALVES, Side.RIGHT)),
            Selection(Spot(AreaId.QUADS, Side.LEFT)),
        ),
    ),
)


@dataclass(frozen=True)
class DemoHistory:
    sessions: tuple[SessionRecord, ...]
    rest_days: tuple[date, ...]
    routines: tuple[Routine, ...]

    @property
    def hold_count(self) -> int:
        return sum(len(session.holds) for session in self.sessions)


def make_demo_history(
    last_day: date,
    *,
    days: int = DEMO_DAYS,
    zone: str = DEMO_ZONE,
    seed: int = DEMO_SEED,
    practice_chance: float = 0.85,
    second_session_chance: float = 0.18,
    holiday: bool = True,
) -> DemoHistory:
    """`days` days of history ending with `last_day`, oldest first."""
    if days < 1:
        raise ValueError("a demo history needs at least one day")
    # Random flare-ups only in long histories: a short demo should read clearly.
    maker = _Maker(random.Random(seed), ZoneInfo(zone), zone, days, random_flares=days > 365)
    first_day = last_day - timedelta(days=days - 1)
    holiday_days = _holiday(first_day, days, maker.rng) if holiday else frozenset()
    sessions: list[SessionRecord] = []
    rest_days: list[date] = []
    for offset in range(days):
        day = first_day + timedelta(days=offset)
        maker.move_flares(offset)
        chance = practice_chance * (0.75 if day.isoweekday() >= 6 else 1.0)
        if day in holiday_days or maker.rng.random() >= chance:
            if day.isoweekday() == 7 and maker.rng.random() < 0.5:
                rest_days.append(day)
            continue
        first = maker.session(day, offset, first_of_day=True)
        sessions.append(first)
        if maker.rng.random() < second_session_chance:
            sessions.append(maker.session(day, offset, first_of_day=False, after=first))
    sessions.sort(key=lambda s: (s.started_at, s.id))
    return DemoHistory(tuple(sessions), tuple(rest_days), _ROUTINES)


def fill_demo_history(
    history: History,
    last_day: date,
    *,
    days: int = DEMO_DAYS,
    zone: str = DEMO_ZONE,
    seed: int = DEMO_SEED,
) -> ImportReport:
    """Write a demo history (see `make_demo_history`) into `history`."""
    demo = make_demo_history(last_day, days=days, zone=zone, seed=seed)
    return history.import_history(demo.sessions, demo.rest_days, demo.routines)


def _holiday(first_day: date, days: int, rng: random.Random) -> frozenset[date]:
    # A week away somewhere in the middle third, or none in a short history.
    if days < 45:
        return frozenset()
    start = first_day + timedelta(days=days // 3 + rng.randrange(max(1, days // 3)))
    return frozenset(start + timedelta(days=i) for i in range(rng.randrange(4, 8)))


class _Maker:
    def __init__(
        self, rng: random.Random, zone: ZoneInfo, zone_name: str, days: int, *, random_flares: bool
    ) -> None:
        self.rng = rng
        self.days = days
        self.random_flares = random_flares
        self.zone = zone
        self.zone_name = zone_name
        # Day offset of each trouble's last flare-up.
        self.flared_at = [0 for _ in _TROUBLES]
        self.count = 0

    def move_flares(self, offset: int) -> None:
        for index, trouble in enumerate(_TROUBLES):
            scheduled = trouble.flares_days_before_end
            on_schedule = scheduled is not None and offset == self.days - 1 - scheduled
            # Otherwise about one flare-up per trouble every four months.
            by_chance = self.random_flares and offset > 0 and self.rng.random() < 1 / 120
            if on_schedule or by_chance:
                self.flared_at[index] = offset

    def level(self, index: int, offset: int) -> float:
        trouble = _TROUBLES[index]
        since = offset - self.flared_at[index]
        gap = trouble.flare - trouble.settled
        return trouble.settled + gap * math.exp(-since / trouble.easing_days)

    def rating(self, level: float) -> int:
        return max(0, min(10, round(level + self.rng.gauss(0, 0.6))))

    def session(
        self,
        day: date,
        offset: int,
        *,
        first_of_day: bool,
        after: SessionRecord | None = None,
    ) -> SessionRecord:
        rng = self.rng
        self.count += 1
        start = self._start_time(day, after)
        scan = first_of_day and rng.random() < 0.35
        holds = self._scan(start, offset) if scan else self._focus(start, offset)
        outcome = Outcome.COMPLETED
        roll = rng.random()
        if roll < 0.03 and len(holds) > 1:
            holds = holds[: rng.randrange(1, len(holds))]
            outcome = Outcome.INTERRUPTED
        elif roll < 0.04 and not scan:
            holds = holds[:1]
            outcome = Outcome.STOPPED_PAIN
        ended_at = holds[-1].ended_at + timedelta(seconds=rng.randrange(5, 40))
        note = rng.choice(_NOTES) if rng.random() < 0.08 else None
        return SessionRecord(
            id=f"demo-{day.isoformat()}-{self.count:05d}",
            kind=SessionKind.SCAN if scan else SessionKind.FOCUS,
            outcome=outcome,
            started_at=start,
            time_zone=self.zone_name,
            local_date=start.date(),
            ended_at=ended_at,
            note=note,
            holds=tuple(holds),
        )

    def _start_time(self, day: date, after: SessionRecord | None) -> datetime:
        rng = self.rng
        if after is not None:
            last = after.holds[-1].ended_at if after.holds else after.started_at
            local = last.astimezone(self.zone).replace(tzinfo=None)
            local += timedelta(minutes=rng.randrange(40, 300))
            if local.date() != day:
                local = datetime.combine(day, time(23, 10))
        else:
            roll = rng.random()
            if roll < 0.55:
                clock = time(7, rng.randrange(0, 60), rng.randrange(60))
            elif roll < 0.95:
                clock = time(rng.randrange(19, 22), rng.randrange(0, 60), rng.randrange(60))
            else:
                clock = time(12, rng.randrange(0, 60), rng.randrange(60))
            local = datetime.combine(day, clock)
        # Zone-aware, then as a fixed offset: what the store keeps.
        aware = local.replace(tzinfo=self.zone)
        offset = aware.utcoffset()
        assert offset is not None
        return aware.astimezone(timezone(offset))

    def _scan(self, start: datetime, offset: int) -> list[HoldRecord]:
        rng = self.rng
        holds: list[HoldRecord] = []
        moment = start + timedelta(seconds=rng.randrange(5, 20))
        for step in scan_plan().steps:
            level = 1.0
            for index, trouble in enumerate(_TROUBLES):
                if trouble.spot.area is step.spot.area:
                    level = max(level, self.level(index, offset))
            held = step.planned_seconds + rng.uniform(-1.5, 0.5)
            rated = rng.random() < 0.95
            holds.append(
                self._hold(
                    step.spot,
                    step.tool,
                    (step.tool,),
                    step.planned_seconds,
                    held,
                    moment,
                    before=self.rating(level) if rated else None,
                    after=None,
                    released=False,
                )
            )
            moment = holds[-1].ended_at + timedelta(seconds=rng.uniform(3, 12))
        return holds

    def _focus(self, start: datetime, offset: int) -> list[HoldRecord]:
        rng = self.rng
        levels = [self.level(index, offset) for index in range(len(_TROUBLES))]
        count = rng.randrange(2, 6)
        weights = [level**2 for level in levels]
        chosen: list[int] = []
        while len(chosen) < count:
            index = rng.choices(range(len(_TROUBLES)), weights=weights)[0]
            if index not in chosen:
                chosen.append(index)
        by_spot = {_TROUBLES[index].spot: index for index in chosen}
        planned = 180 if rng.random() < 0.25 else 120
        holds: list[HoldRecord] = []
        moment = start + timedelta(seconds=rng.randrange(10, 40))
        for spot in order_by_position(by_spot):
            index = by_spot[spot]
            tools = self._tools(spot, offset)
            released = rng.random() < 0.2
            held = planned * rng.uniform(0.55, 0.95) if released else planned + rng.uniform(-1, 1)
            rated = rng.random() < 0.9
            before = self.rating(levels[index]) if rated else None
            after = None
            if before is not None and rng.random() < 0.9:
                after = max(0, before - rng.choice((0, 1, 1, 2, 2, 3)))
            holds.append(
                self._hold(
                    spot,
                    tools[-1],
                    tools,
                    planned,
                    held,
                    moment,
                    before=before,
                    after=after,
                    released=released,
                )
            )
            moment = holds[-1].ended_at + timedelta(seconds=rng.uniform(15, 45))
        return holds

    def _tools(self, spot: Spot, offset: int) -> tuple[Tool, ...]:
        ladder = area(spot.area).ladder
        # A few weeks in, some spots have moved one step up the ladder.
        if len(ladder) > 1 and offset > 21 and self.rng.random() < 0.5:
            if self.rng.random() < 0.3:
                return ladder[0], ladder[1]
            return (ladder[1],)
        return (ladder[0],)

    def _hold(
        self,
        spot: Spot,
        tool: Tool,
        tools: tuple[Tool, ...],
        planned: int,
        held: float,
        moment: datetime,
        *,
        before: int | None,
        after: int | None,
        released: bool,
    ) -> HoldRecord:
        held = round(max(0.0, held), 1)
        return HoldRecord(
            area=spot.area,
            side=spot.side,
            tool=tool,
            tools_tried=tools,
            planned_seconds=planned,
            held_seconds=held,
            released=released,
            tenderness_before=before,
            tenderness_after=after,
            started_at=moment,
            ended_at=moment + timedelta(seconds=held),
        )
