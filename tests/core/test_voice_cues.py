"""The voice coach's decisions, without Qt: which words for which moment of a
session, at which amount, on a fake clock. The engine is the real one; the
speaker only writes down what it is handed."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.test_session_engine import MemorySaver, NotingView
from unknot.core.areas import AreaId, Side
from unknot.core.clock import FakeClock
from unknot.core.plans import Plan, Selection, Spot, focus_plan, scan_plan
from unknot.core.session_engine import Action, Phase, SessionEngine
from unknot.core.translation import install_backend
from unknot.core.voice_amount import Amount
from unknot.core.voice_cues import SPOKEN, Moment, VoiceCues, spoken_length


class RecordingSpeaker:
    def __init__(self) -> None:
        self.said: list[str] = []
        self.stops = 0

    def say(self, text: str) -> None:
        self.said.append(text)

    def stop(self) -> None:
        self.stops += 1


@dataclasses.dataclass
class VoiceRig:
    engine: SessionEngine
    clock: FakeClock
    speaker: RecordingSpeaker
    voice: VoiceCues

    def run(self, seconds: float) -> None:
        """Let time pass, waking the engine only when it or the voice asks (as
        the window's timers do with the screen off)."""
        end = self.clock.monotonic() + seconds
        while True:
            wakes = [w for w in (self.engine.next_wake(), self.voice.next_wake()) if w is not None]
            if not wakes or min(wakes) > end:
                break
            self.clock.advance(max(0.0, min(wakes) - self.clock.monotonic()))
            self.engine.wake()
        self.clock.advance(end - self.clock.monotonic())
        self.engine.wake()

    def do(self, *actions: Action) -> None:
        for action in actions:
            assert self.engine.do(action), f"{action} refused in {self.engine.phase}"

    def heard(self) -> list[str]:
        said, self.speaker.said = self.speaker.said, []
        return said


def make(plan: Plan, amount: Amount = Amount.NORMAL, *, auto_advance: bool = False) -> VoiceRig:
    clock = FakeClock(datetime(2026, 3, 2, 17, 0, tzinfo=UTC), zone="Europe/Berlin")
    engine = SessionEngine(plan, clock, MemorySaver(), NotingView(), auto_advance=auto_advance)
    engine.begin()
    speaker = RecordingSpeaker()
    voice = VoiceCues(clock, speaker, amount)
    engine.add_view(voice)
    return VoiceRig(engine, clock, speaker, voice)


def calf_then_shoulder(seconds: int = 120) -> Plan:
    # The calf is worked seated, the shoulder at a wall: a change of position.
    return focus_plan(
        [Selection(Spot(AreaId.CALVES, Side.LEFT)), Selection(Spot(AreaId.SHOULDERS, Side.RIGHT))],
        seconds,
    )


CALF = "Left calf, with the tennis ball, 3 minutes. Start when you are in place."
SHOULDER = (
    "Time to stand at a wall with your ball. "
    "Right shoulder, with the tennis ball, 3 minutes. Start when you are in place."
)
STARTED = "Hold started. Breathe out slowly."
TIME_UP = "Time is up. Did it release?"


def walk_a_session(rig: VoiceRig) -> None:
    """Two spots: a tool change on the first, a pause on the second, then done."""
    rig.do(Action.START_PAUSE)
    rig.run(20)
    rig.do(Action.MORE_PRESSURE)
    rig.run(200)
    rig.do(Action.NEXT, Action.START_PAUSE)
    rig.run(50)
    rig.do(Action.START_PAUSE, Action.START_PAUSE)
    rig.run(200)
    rig.do(Action.NEXT)


def test_a_scripted_session_is_heard_in_order_at_the_normal_amount() -> None:
    rig = make(calf_then_shoulder(180))
    walk_a_session(rig)
    assert rig.heard() == [
        CALF,
        STARTED,
        "Switch to the lacrosse ball.",
        "Halfway. 1 minute 30 seconds left.",
        "Ten seconds left.",
        TIME_UP,
        SHOULDER,
        STARTED,
        "Paused.",
        "Carrying on.",
        "Halfway. 1 minute 30 seconds left.",
        "Ten seconds left.",
        TIME_UP,
        "Session done. Well done.",
    ]


def test_minimal_says_only_the_start_and_end_of_each_spot() -> None:
    rig = make(calf_then_shoulder(180), Amount.MINIMAL)
    walk_a_session(rig)
    assert rig.heard() == [
        CALF,
        STARTED,
        TIME_UP,
        SHOULDER,
        STARTED,
        TIME_UP,
        "Session done. Well done.",
    ]


def test_every_minute_adds_the_time_left_at_each_whole_minute() -> None:
    rig = make(calf_then_shoulder(180), Amount.EVERY_MINUTE)
    rig.do(Action.START_PAUSE)
    rig.run(200)
    assert rig.heard() == [
        CALF,
        STARTED,
        "2 minutes left.",
        "Halfway. 1 minute 30 seconds left.",
        "1 minute left.",
        "Ten seconds left.",
        TIME_UP,
    ]


def test_each_time_cue_is_said_on_its_deadline_with_the_screen_off() -> None:
    """Woken only when the engine or the voice asks, the voice speaks each cue
    at the very moment the engine's clock reaches it, never before."""
    rig = make(calf_then_shoulder(180), Amount.EVERY_MINUTE)
    rig.do(Action.START_PAUSE)
    rig.heard()
    moments: list[tuple[str, float]] = []
    while rig.engine.display().clock_seconds > 10 + 1e-6:
        wakes = [w for w in (rig.engine.next_wake(), rig.voice.next_wake()) if w is not None]
        rig.clock.advance(min(wakes) - rig.clock.monotonic())
        rig.engine.wake()
        moments.extend((text, rig.engine.display().clock_seconds) for text in rig.heard())
    assert [(text, round(left, 6)) for text, left in moments] == [
        ("2 minutes left.", 120),
        ("Halfway. 1 minute 30 seconds left.", 90),
        ("1 minute left.", 60),
        ("Ten seconds left.", 10),
    ]


def test_cues_that_fell_due_together_say_only_the_latest() -> None:
    rig = make(calf_then_shoulder(210), Amount.EVERY_MINUTE)
    rig.do(Action.START_PAUSE)
    rig.run(89)
    assert rig.heard()[-1] == "3 minutes left."
    # A busy machine: one wake-up after both "2 minutes left" (120 s left) and
    # halfway (105 s), within the hold timer's sleep gap so the hold still runs.
    rig.clock.advance(29)
    rig.engine.wake()
    assert rig.heard() == ["Halfway. 1 minute 32 seconds left."]
    rig.run(60)
    assert rig.heard() == ["1 minute left."]


def test_a_changed_amount_applies_at_once() -> None:
    rig = make(calf_then_shoulder(180), Amount.MINIMAL)
    rig.do(Action.START_PAUSE)
    rig.run(30)
    rig.voice.amount = Amount.EVERY_MINUTE
    rig.run(170)
    assert rig.heard() == [
        CALF,
        STARTED,
        "2 minutes left.",
        "Halfway. 1 minute 30 seconds left.",
        "1 minute left.",
        "Ten seconds left.",
        TIME_UP,
    ]


def test_one_more_minute_brings_back_only_the_cues_still_ahead() -> None:
    rig = make(calf_then_shoulder(120), Amount.EVERY_MINUTE)
    rig.do(Action.START_PAUSE)
    rig.run(130)
    rig.heard()
    rig.do(Action.EXTEND)
    rig.run(70)
    assert rig.heard() == ["One more minute. 1 minute left.", "Ten seconds left.", TIME_UP]


def test_a_sharp_pain_stop_is_said_and_then_nothing_more() -> None:
    rig = make(calf_then_shoulder(180), Amount.EVERY_MINUTE)
    rig.do(Action.START_PAUSE)
    rig.run(30)
    rig.heard()
    rig.do(Action.STOP_PAIN)
    assert rig.heard() == ["Stopped. Take the pressure off, and leave that spot alone today."]
    assert rig.voice.over and rig.voice.next_wake() is None
    rig.run(600)
    rig.engine.show_summary()
    assert rig.heard() == []


def test_leaving_mid_session_stops_the_voice_at_once() -> None:
    rig = make(calf_then_shoulder(180))
    rig.do(Action.START_PAUSE)
    rig.heard()
    rig.engine.abandon()
    assert rig.speaker.stops == 1
    rig.run(600)
    assert rig.heard() == [] and rig.voice.next_wake() is None


def test_the_daily_scan_says_each_area_and_each_change_of_position() -> None:
    rig = make(scan_plan())
    rig.do(Action.START_PAUSE)
    while rig.engine.is_running:
        # Each area rated while it runs; the engine moves on at its time up.
        rig.engine.rate(3)
        rig.run(45)
        if rig.engine.phase is Phase.READY:
            rig.do(Action.START_PAUSE)
    heard = rig.heard()
    positions = [text for text in heard if text.startswith("Time to ")]
    assert [text.split(".")[0] for text in positions] == [
        "Time to stand at a wall with your ball",
        "Time to get down on the floor",
        "Time to sit down",
    ]
    for step in scan_plan().steps:
        assert any(step.spot.name in text for text in heard), step.spot.name
    assert heard[-1] == "Scan done. Well done."
    # Each area is said once, when it comes.
    named = [text for text in heard if not text.startswith(("Time is up", "Started", "Scan"))]
    assert len(named) == len(set(named)) == len(scan_plan().steps)


def test_each_amount_says_everything_the_smaller_one_does() -> None:
    assert SPOKEN[Amount.MINIMAL] < SPOKEN[Amount.NORMAL] < SPOKEN[Amount.EVERY_MINUTE]
    assert {Moment.STOPPED, Moment.FINISHED, Moment.TIME_UP} <= SPOKEN[Amount.MINIMAL]


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (120, "2 minutes"),
        (90, "1 minute 30 seconds"),
        (60, "1 minute"),
        (1, "1 second"),
        (40, "40 seconds"),
    ],
)
def test_lengths_are_said_in_whole_words(seconds: int, words: str) -> None:
    assert spoken_length(seconds) == words


_ACTIONS = st.sampled_from(list(Action))


@settings(max_examples=60, deadline=None)
@given(
    steps=st.lists(
        st.one_of(_ACTIONS, st.floats(min_value=0.5, max_value=70)), min_size=1, max_size=25
    ),
    amount=st.sampled_from(list(Amount)),
)
def test_the_voice_never_runs_ahead_never_repeats_a_cue_and_falls_silent_at_the_end(
    steps: list[Action | float], amount: Amount
) -> None:
    rig = make(calf_then_shoulder(150), amount)
    over_at: int | None = None
    heard = 0
    for step in steps:
        if isinstance(step, float):
            rig.run(step)
        else:
            rig.engine.do(step)
        display = rig.engine.display()
        for text in rig.speaker.said[heard:]:
            # A time cue is true when said: the clock shows no more than it says
            # (checked on what this step said; a later "+1 min" rightly adds time).
            if text == "Ten seconds left.":
                assert display.clock_seconds <= 10 + 1e-6
        heard = len(rig.speaker.said)
        if over_at is None and not rig.engine.is_running:
            over_at = len(rig.speaker.said)
    said = rig.speaker.said
    if over_at is not None:
        assert len(said) <= over_at
    for first, second in itertools.pairwise(said):
        if first.startswith(("Halfway", "Ten seconds")):
            assert first != second


def test_every_word_the_voice_says_comes_through_the_translation_door() -> None:
    """With a backend that brackets each translated text, every phrase heard is
    one whole bracketed sentence: nothing is spoken that a translation cannot
    reach, and no sentence is glued from pieces outside the door."""

    def bracketed(context: str, source: str, disambiguation: str | None, n: int) -> str:
        del disambiguation
        text = source.replace("%n", str(n)) if n >= 0 else source
        return f"[{text}]" if context == "Voice" else text

    install_backend(bracketed)
    try:
        for amount in Amount:
            rig = make(calf_then_shoulder(180), amount)
            walk_a_session(rig)
            scan = make(scan_plan(), amount)
            scan.do(Action.START_PAUSE)
            scan.run(25)
            heard = [*rig.heard(), *scan.heard()]
            assert heard
            for text in heard:
                assert text.startswith("[") and text.endswith("]"), text
    finally:
        install_backend(None)
