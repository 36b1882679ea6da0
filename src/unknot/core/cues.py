"""A person's own cue for one position: a short line in their own words ("lean a
bit to the left", "the wall by the door") shown with an area and tool every time
they come up.

One cue per (area, tool) on that area's ladder. The text is one line, trimmed,
at most `MAX_CUE_LENGTH` characters, with no control characters: what it holds
must read the same on the card, in the guide and in a backup. Blank text means
no cue. The store and the backup format keep to the same rules by calling
`clean_cue`, so whatever one of them holds the others can keep.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from unknot.core.areas import AREAS, AreaId, Tool
from unknot.core.translation import translate

# Short enough to read from the floor in one glance.
MAX_CUE_LENGTH = 120

# Control characters, and the separators that break a line as they do.
_BREAKING = frozenset({"Cc", "Cs", "Zl", "Zp"})


class CueError(ValueError):
    """Text that cannot be kept as a cue; str() is one sentence for the person."""


@dataclass(frozen=True)
class Cue:
    """The person's own words for the position of `tool` on `area`. Raises
    CueError when `text` is not a clean cue (see `clean_cue`) or the tool is not
    on the area's ladder."""

    area: AreaId
    tool: Tool
    text: str

    def __post_init__(self) -> None:
        check_position(self.area, self.tool)
        if clean_cue(self.text) != self.text:
            raise CueError(translate("Cues", "A cue is one line of text without spaces around it."))


def check_position(area: AreaId, tool: Tool) -> None:
    """Raise CueError unless `tool` is on the ladder of `area` (a position there is)."""
    if tool not in AREAS[area].ladder:
        raise CueError(
            translate(
                "Cues", "{area} has no position with this tool ({tool}), so it cannot have a cue."
            ).format(tool=tool.label, area=translate("Areas", AREAS[area].name))
        )


def clean_cue(text: str) -> str | None:
    """`text` trimmed of spaces at both ends; None when nothing is left (no cue).

    Raises CueError, with a sentence saying what to change, for text longer than
    `MAX_CUE_LENGTH` characters once trimmed, or holding a control character
    (a tab, a line break, a NUL) or half of a character (a lone surrogate).
    """
    if not isinstance(text, str):
        raise CueError(translate("Cues", "A cue must be text."))
    trimmed = text.strip()
    for index, character in enumerate(trimmed):
        if unicodedata.category(character) in _BREAKING:
            raise CueError(
                translate(
                    "Cues",
                    "A cue is one line of plain text; character {position} is a control "
                    "character or a line break. Remove it and save again.",
                ).format(position=index + 1)
            )
    if len(trimmed) > MAX_CUE_LENGTH:
        raise CueError(
            translate(
                "Cues",
                "A cue can be at most %n character(s) long; this one has {count}. "
                "Shorten it and save again.",
                None,
                MAX_CUE_LENGTH,
            ).format(count=len(trimmed))
        )
    return trimmed or None


def sorted_cues(cues: dict[tuple[AreaId, Tool], str]) -> list[Cue]:
    """The cues in a fixed order (areas as listed, then tools as listed), so a
    backup of the same cues is always the same bytes."""
    areas = list(AreaId)
    tools = list(Tool)
    return [
        Cue(area, tool, text)
        for (area, tool), text in sorted(
            cues.items(), key=lambda item: (areas.index(item[0][0]), tools.index(item[0][1]))
        )
    ]
