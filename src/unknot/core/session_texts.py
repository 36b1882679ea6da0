"""What a guided session says, in one place so the wording can be read and
reviewed as a whole. Short sentences: they are read (or heard) from the floor.

Plain strings only: the session engine hands them to every view, the screen
and the tray now and a spoken coach later.

Every text is in the person's language (unknot.core.translation). The fixed
sentences keep their names (`texts.PAUSED`) but are looked up when read, through
the module's `__getattr__`, so the language installed at start-up applies.
"""

from __future__ import annotations

from unknot.core.areas import Area, Position, Tool
from unknot.core.formats import clock_text as clock_text
from unknot.core.formats import seconds_held as seconds_held
from unknot.core.translation import QT_TRANSLATE_NOOP, in_sentence, translate

EASE_OFF_AT = 8

_CONTEXT = "SessionTexts"


def _tool(tool: Tool) -> str:
    return in_sentence(tool.label)


def _area(area: Area) -> str:
    return in_sentence(area.title)


def switch_up(tool: Tool, *, running: bool = True) -> str:
    """`running`: the hold's clock runs (not paused), worth saying so."""
    if not running:
        return translate("SessionTexts", "Switch to the {tool}.").format(tool=_tool(tool))
    return translate("SessionTexts", "Switch to the {tool}. The clock keeps running.").format(
        tool=_tool(tool)
    )


def top_of_ladder(area: Area, tool: Tool) -> str:
    return translate(
        "SessionTexts",
        "The {tool} is as firm as it gets for the {area}. More pressure is not the goal: "
        "stay on the spot, breathe out slowly and let time do the work.",
    ).format(tool=_tool(tool), area=_area(area))


def start_with(tool: Tool) -> str:
    """A tool chosen before the hold starts: nothing has touched the body yet."""
    return translate("SessionTexts", "Start with the {tool} then.").format(tool=_tool(tool))


def switch_down(tool: Tool) -> str:
    return translate(
        "SessionTexts",
        "Switch to the {tool}, or lean in less. Four to six out of ten is plenty.",
    ).format(tool=_tool(tool))


def bottom_of_ladder() -> str:
    return translate(
        "SessionTexts",
        "Take some of your weight off the spot. Four to six out of ten is plenty.",
    )


def gentlest_to_start(tool: Tool) -> str:
    """ "Too much" before the hold starts on the gentlest tool: nothing is on the
    spot yet, so the advice is how to begin."""
    return translate(
        "SessionTexts",
        "The {tool} is the gentlest tool you have for this spot: start with it and lean in "
        "lightly.",
    ).format(tool=_tool(tool))


def firmest_to_start(area: Area, tool: Tool) -> str:
    """ "Need more pressure" before the hold starts on the firmest tool."""
    return translate(
        "SessionTexts",
        "The {tool} is as firm as it gets for the {area}: start with it and let time do the work.",
    ).format(tool=_tool(tool), area=_area(area))


def ease_off_before() -> str:
    return translate(
        "SessionTexts",
        "That is a lot. Start gentler: less body weight or a softer tool. "
        "Four to six out of ten is plenty.",
    )


def ease_off_after() -> str:
    return translate(
        "SessionTexts",
        "That is a lot. Next time use less pressure on this spot. "
        "Four to six out of ten is plenty.",
    )


def ease_off_scan() -> str:
    return translate(
        "SessionTexts", "That is a lot. Go gently on this area today, or leave it for now."
    )


# The fixed sentences, by the name the engine and the views use; read through
# __getattr__ below, so each is translated when it is said.
_FIXED: dict[str, str] = {
    "ENOUGH": QT_TRANSLATE_NOOP("SessionTexts", "Four to six out of ten is plenty."),
    "EXTEND_LIMIT": QT_TRANSLATE_NOOP("SessionTexts", "Five minutes is the most for one spot."),
    "SLEPT": QT_TRANSLATE_NOOP(
        "SessionTexts",
        "Paused: the computer was asleep. Press Space when you are back on the spot.",
    ),
    "PAUSED": QT_TRANSLATE_NOOP("SessionTexts", "Paused. Press Space to carry on."),
    # Anything said while a hold is paused ends with how to carry on.
    "PAUSED_HINT": QT_TRANSLATE_NOOP("SessionTexts", "Paused: press Space to carry on."),
    "READY_FOCUS": QT_TRANSLATE_NOOP(
        "SessionTexts", "Get into position, then press Space to start."
    ),
    # Anything said before a hold starts ends with how to start it.
    "START_HINT": QT_TRANSLATE_NOOP("SessionTexts", "Press Space to start."),
    "READY_SCAN": QT_TRANSLATE_NOOP(
        "SessionTexts", "A quick check: notice how tender each area is. Press Space to start."
    ),
    "SCAN_RATE": QT_TRANSLATE_NOOP("SessionTexts", "How tender is this area? Tap a number."),
    "SCAN_COACH": QT_TRANSLATE_NOOP(
        "SessionTexts", "Gentle pressure is enough: you are only checking how it feels."
    ),
    "TIME_UP_QUESTION": QT_TRANSLATE_NOOP("SessionTexts", "Time is up. Did it release?"),
    "TIME_UP_SCAN": QT_TRANSLATE_NOOP(
        "SessionTexts", "Time is up. How tender was it? Tap a number, or go on without."
    ),
    "RELEASED": QT_TRANSLATE_NOOP("SessionTexts", "Released. Well done."),
    "EXTENDED": QT_TRANSLATE_NOOP("SessionTexts", "One more minute on this spot."),
    "STOPPED": QT_TRANSLATE_NOOP("SessionTexts", "Stopped. Take the pressure off."),
    "RATE_BEFORE": QT_TRANSLATE_NOOP("SessionTexts", "How tender is it? (optional)"),
    "RATE_AFTER": QT_TRANSLATE_NOOP("SessionTexts", "How tender is it now? (optional)"),
    "SAVE_FAILED": QT_TRANSLATE_NOOP("SessionTexts", "This hold could not be saved: {reason}"),
    "SORENESS": QT_TRANSLATE_NOOP(
        "SessionTexts",
        "Mild soreness for a day or two is normal, like after a workout. "
        "Sharp or lasting pain is not: stop and ask a professional.",
    ),
    "PAIN_TITLE": QT_TRANSLATE_NOOP("SessionTexts", "Stopped. Take the pressure off."),
    # A pain stop keeps the part of the hold it cut short too, not only finished holds.
    "PAIN_SAVED": QT_TRANSLATE_NOOP(
        "SessionTexts", "What you held is saved, up to the moment you stopped."
    ),
    "ABANDON_TITLE": QT_TRANSLATE_NOOP("SessionTexts", "Leave the session?"),
    "ABANDON_KEEPS_FINISHED": QT_TRANSLATE_NOOP(
        "SessionTexts", "Closing keeps the holds you finished; leave?"
    ),
    "ABANDON_NOTHING_HELD": QT_TRANSLATE_NOOP(
        "SessionTexts", "Nothing has been held in this session yet; leave it?"
    ),
    "ABANDON_KEEPS_RUNNING": QT_TRANSLATE_NOOP(
        "SessionTexts",
        "Closing keeps the holds you finished and the time on this spot so far; leave?",
    ),
    "SAVE_BLOCKED": QT_TRANSLATE_NOOP("SessionTexts", "This hold is not saved yet: {reason}."),
    "SAVE_BLOCKED_HINT": QT_TRANSLATE_NOOP(
        "SessionTexts",
        "It is kept here and tried again on its own. Try now, or go on without saving it.",
    ),
    "FINISH_BLOCKED": QT_TRANSLATE_NOOP(
        "SessionTexts", "The end of this session is not saved yet: {reason}."
    ),
    "NOT_SAVED": QT_TRANSLATE_NOOP(
        "SessionTexts",
        "Not everything could be saved: {reason}. Unknot keeps trying while it is open.",
    ),
    # The ring's caption under the time it shows.
    "CAPTION_READY": QT_TRANSLATE_NOOP("SessionTexts", "ready"),
    "CAPTION_LEFT": QT_TRANSLATE_NOOP("SessionTexts", "left"),
    "CAPTION_PAUSED": QT_TRANSLATE_NOOP("SessionTexts", "paused"),
    "CAPTION_TIME_UP": QT_TRANSLATE_NOOP("SessionTexts", "time is up"),
    "CAPTION_HELD": QT_TRANSLATE_NOOP("SessionTexts", "held"),
    # While a hold is not saved; while the session's end is not (the hold is).
    "CAPTION_NOT_SAVED": QT_TRANSLATE_NOOP("SessionTexts", "hold not saved"),
    "CAPTION_END_NOT_SAVED": QT_TRANSLATE_NOOP("SessionTexts", "end not saved"),
    # The end of a session. Outcome.label in a sentence: the same name everywhere.
    "TITLE_PAIN": QT_TRANSLATE_NOOP("SessionTexts", "Stopped for pain"),
    "TITLE_EARLY": QT_TRANSLATE_NOOP("SessionTexts", "Session interrupted"),
    "TITLE_NOTHING_HELD": QT_TRANSLATE_NOOP("SessionTexts", "Nothing held this time"),
    "TITLE_SCAN": QT_TRANSLATE_NOOP("SessionTexts", "Daily scan done"),
    "TITLE_FOCUS": QT_TRANSLATE_NOOP("SessionTexts", "Session done. Well done."),
    "NOTHING_HELD": QT_TRANSLATE_NOOP(
        "SessionTexts",
        "No spot was held for more than a few seconds, so this does not count as practice. "
        "Even two minutes on one spot does.",
    ),
    "PAIN_SUMMARY": QT_TRANSLATE_NOOP(
        "SessionTexts",
        "Stopped for pain. Do not go back to that spot today. If the pain does not ease "
        "within a day or so, or comes with numbness, weakness or dizziness, see a "
        "doctor or physiotherapist.",
    ),
    "HALFWAY_SHOWN": QT_TRANSLATE_NOOP("SessionTexts", "Halfway there."),
    "TEN_LEFT": QT_TRANSLATE_NOOP("SessionTexts", "Ten seconds left."),
    "TEN_LEFT_SHOWN": QT_TRANSLATE_NOOP("SessionTexts", "Nearly time: stay on the spot."),
    "SESSION_DONE": QT_TRANSLATE_NOOP("SessionTexts", "Session done."),
    "SCAN_DONE": QT_TRANSLATE_NOOP("SessionTexts", "Scan done."),
}


def __getattr__(name: str) -> str:
    """`texts.PAUSED` and the other fixed sentences, in the person's language."""
    try:
        return translate(_CONTEXT, _FIXED[name])
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None


def names_space(text: str) -> bool:
    """Whether `text` already says which key to press (Space), in any language:
    the engine then adds no hint of its own."""
    key = translate("SessionTexts", "Space", "The Space key as the texts above name it")
    return key.lower() in text.lower()


def pain_advice() -> tuple[str, ...]:
    """What to do after a sharp pain, one paragraph each."""
    return (
        translate(
            "SessionTexts",
            "Come off the tool and sit or lie comfortably. Do not go back to that spot today.",
        ),
        translate(
            "SessionTexts",
            "If the pain does not ease within a day or so, see a doctor or physiotherapist.",
        ),
        translate(
            "SessionTexts",
            "Get help sooner if it comes with numbness, pins and needles, weakness, dizziness, "
            "a headache that gets worse, or a pulse under the ball.",
        ),
        translate(
            "SessionTexts",
            "A calf that is swollen, warm or red on one side needs checking before any more "
            "pressure. Chest pain or trouble breathing: call emergency services.",
        ),
    )


def move_to(position: Position) -> str:
    """Where the next area is worked, said when the person has to change position."""
    if position is Position.SEATED:
        return translate("SessionTexts", "Next, sit down. Press Space when you are settled.")
    if position is Position.WALL:
        return translate(
            "SessionTexts",
            "Next, at a wall: stand up and take your ball. Press Space when you are in place.",
        )
    return translate(
        "SessionTexts",
        "Next, on the floor: get down onto a mat. Press Space when you are in place.",
    )


# Each announcement is heard once, at its moment, and its words then stay on the
# screen's quiet line. What stays names no time left: the ring shows that, and
# a figure on the line would be wrong a second later.


def hold_started(name: str, length: str) -> str:
    return translate("SessionTexts", "{name}: hold started, {length}.").format(
        name=name, length=length
    )


def hold_started_shown(name: str) -> str:
    return translate("SessionTexts", "{name}: hold started.").format(name=name)


def extended(left: str) -> str:
    return translate("SessionTexts", "One more minute. {left} left.").format(left=left)


def halfway(left: str) -> str:
    return translate("SessionTexts", "Halfway. {left} left.").format(left=left)


def time_up(name: str) -> str:
    return translate("SessionTexts", "Time is up on the {spot}.").format(spot=in_sentence(name))


def time_up_notice(name: str) -> str:
    return translate("SessionTexts", "{name}: time is up.").format(name=name)
