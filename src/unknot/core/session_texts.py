"""What a guided session says, in one place so the wording can be read and
reviewed as a whole. Short sentences: they are read (or heard) from the floor.

Plain strings only: the session engine hands them to every view, the screen
and the tray now and a spoken coach later.
"""

from __future__ import annotations

from unknot.core.areas import Area, Position, Tool
from unknot.core.formats import clock_text as clock_text
from unknot.core.formats import seconds_held as seconds_held

EASE_OFF_AT = 8


ENOUGH = "Four to six out of ten is plenty."


def switch_up(tool: Tool, *, running: bool = True) -> str:
    """`running`: the hold's clock runs (not paused), worth saying so."""
    if not running:
        return f"Switch to the {tool.label.lower()}."
    return f"Switch to the {tool.label.lower()}. The clock keeps running."


def top_of_ladder(area: Area, tool: Tool) -> str:
    return (
        f"The {tool.label.lower()} is as firm as it gets for the {area.name.lower()}. "
        "More pressure is not the goal: stay on the spot, breathe out slowly and let "
        "time do the work."
    )


def start_with(tool: Tool) -> str:
    """A tool chosen before the hold starts: nothing has touched the body yet."""
    return f"Start with the {tool.label.lower()} then."


def switch_down(tool: Tool) -> str:
    return f"Switch to the {tool.label.lower()}, or lean in less. {ENOUGH}"


def bottom_of_ladder() -> str:
    return f"Take some of your weight off the spot. {ENOUGH}"


def gentlest_to_start(tool: Tool) -> str:
    """ "Too much" before the hold starts on the gentlest tool: nothing is on the
    spot yet, so the advice is how to begin."""
    return (
        f"The {tool.label.lower()} is the gentlest tool you have for this spot: "
        "start with it and lean in lightly."
    )


def firmest_to_start(area: Area, tool: Tool) -> str:
    """ "Need more pressure" before the hold starts on the firmest tool."""
    return (
        f"The {tool.label.lower()} is as firm as it gets for the {area.name.lower()}: "
        "start with it and let time do the work."
    )


def ease_off_before() -> str:
    return f"That is a lot. Start gentler: less body weight or a softer tool. {ENOUGH}"


def ease_off_after() -> str:
    return f"That is a lot. Next time use less pressure on this spot. {ENOUGH}"


def ease_off_scan() -> str:
    return "That is a lot. Go gently on this area today, or leave it for now."


EXTEND_LIMIT = "Five minutes is the most for one spot."
SLEPT = "Paused: the computer was asleep. Press Space when you are back on the spot."
PAUSED = "Paused. Press Space to carry on."
# Anything said while a hold is paused ends with how to carry on.
PAUSED_HINT = "Paused: press Space to carry on."
READY_FOCUS = "Get into position, then press Space to start."
# Anything said before a hold starts ends with how to start it.
START_HINT = "Press Space to start."
READY_SCAN = "A quick check: notice how tender each area is. Press Space to start."
SCAN_RATE = "How tender is this area? Tap a number."
SCAN_COACH = "Gentle pressure is enough: you are only checking how it feels."
TIME_UP_QUESTION = "Time is up. Did it release?"
TIME_UP_SCAN = "Time is up. How tender was it? Tap a number, or go on without."
RELEASED = "Released. Well done."
EXTENDED = "One more minute on this spot."
STOPPED = "Stopped. Take the pressure off."
RATE_BEFORE = "How tender is it? (optional)"
RATE_AFTER = "How tender is it now? (optional)"
SAVE_FAILED = "This hold could not be saved: {reason}"

SORENESS = (
    "Mild soreness for a day or two is normal, like after a workout. "
    "Sharp or lasting pain is not: stop and ask a professional."
)

PAIN_TITLE = "Stopped. Take the pressure off."
PAIN_ADVICE = (
    "Come off the tool and sit or lie comfortably. Do not go back to that spot today.",
    "If the pain does not ease within a day or so, see a doctor or physiotherapist.",
    "Get help sooner if it comes with numbness, pins and needles, weakness, dizziness, "
    "a headache that gets worse, or a pulse under the ball.",
    "A calf that is swollen, warm or red on one side needs checking before any more "
    "pressure. Chest pain or trouble breathing: call emergency services.",
)
# A pain stop keeps the part of the hold it cut short too, not only finished holds.
PAIN_SAVED = "What you held is saved, up to the moment you stopped."

ABANDON_TITLE = "Leave the session?"
ABANDON_KEEPS_FINISHED = "Closing keeps the holds you finished; leave?"
ABANDON_KEEPS_RUNNING = (
    "Closing keeps the holds you finished and the time on this spot so far; leave?"
)

# Where the next area is worked, said when the person has to change position.
MOVE_TO: dict[Position, str] = {
    Position.SEATED: "Next, sit down. Press Space when you are settled.",
    Position.WALL: (
        "Next, at a wall: stand up and take your ball. Press Space when you are in place."
    ),
    Position.FLOOR: "Next, on the floor: get down onto a mat. Press Space when you are in place.",
}

SAVE_BLOCKED = "This hold is not saved yet: {reason}."
SAVE_BLOCKED_HINT = (
    "It is kept here and tried again on its own. Try now, or go on without saving it."
)
FINISH_BLOCKED = "The end of this session is not saved yet: {reason}."
NOT_SAVED = "Not everything could be saved: {reason}. Unknot keeps trying while it is open."

# The ring's caption under the time it shows.
CAPTION_READY = "ready"
CAPTION_LEFT = "left"
CAPTION_PAUSED = "paused"
CAPTION_TIME_UP = "time is up"
CAPTION_HELD = "held"
# While a hold is not saved; while the session's end is not (the hold is).
CAPTION_NOT_SAVED = "hold not saved"
CAPTION_END_NOT_SAVED = "end not saved"

# The end of a session.
# Outcome.label in a sentence: the same name everywhere.
TITLE_PAIN = "Stopped for pain"
TITLE_EARLY = "Session interrupted"
TITLE_NOTHING_HELD = "Nothing held this time"
TITLE_SCAN = "Daily scan done"
TITLE_FOCUS = "Session done. Well done."
NOTHING_HELD = (
    "No spot was held for more than a few seconds, so this does not count as practice. "
    "Even two minutes on one spot does."
)
PAIN_SUMMARY = (
    "Stopped for pain. Do not go back to that spot today. If the pain does not ease "
    "within a day or so, or comes with numbness, weakness or dizziness, see a "
    "doctor or physiotherapist."
)


# Each announcement is heard once, at its moment, and its words then stay on the
# screen's quiet line. What stays names no time left: the ring shows that, and
# a figure on the line would be wrong a second later.


def hold_started(name: str, length: str) -> str:
    return f"{name}: hold started, {length}."


def hold_started_shown(name: str) -> str:
    return f"{name}: hold started."


def extended(left: str) -> str:
    return f"One more minute. {left} left."


def halfway(left: str) -> str:
    return f"Halfway. {left} left."


HALFWAY_SHOWN = "Halfway there."
TEN_LEFT = "Ten seconds left."
TEN_LEFT_SHOWN = "Nearly time: stay on the spot."


def time_up(name: str) -> str:
    return f"Time is up on the {name.lower()}."


def time_up_notice(name: str) -> str:
    return f"{name}: time is up."


SESSION_DONE = "Session done."
SCAN_DONE = "Scan done."
