"""What one write changed in the practice history, so listeners update from it
instead of reading the history again.

Every write through the UI's history service returns and announces one
`HistoryChange`. A change from outside the app (an `unknot import` or a
restore run while the window is open) cannot say what it touched, so it is
`everything`: listeners read the history afresh.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class ChangedBy(StrEnum):
    """Who started a change."""

    SESSION = "session"  # a guided session as it happens: its start, holds, end
    PERSON = "person"  # an edit: a note, a rest day, a routine, a setting
    RESTORE = "restore"  # a backup merged in from the app
    OUTSIDE = "outside"  # another process: the command line, another copy


@dataclass(frozen=True)
class HistoryChange:
    """Ids and dates only; each tuple lists what one write touched.

    `holds` are the ids of holds saved or replaced; `notes` the sessions whose
    note changed; `rest_days` the dates marked or unmarked. `everything` means
    the write could have touched anything (a restore, a change from outside).
    """

    changed_by: ChangedBy
    sessions_added: tuple[str, ...] = ()
    sessions_updated: tuple[str, ...] = ()
    holds: tuple[int, ...] = ()
    rest_days: tuple[date, ...] = ()
    routines: bool = False
    notes: tuple[str, ...] = ()
    settings: bool = False
    # The person's own cues (one per area and tool) changed.
    cues: bool = False
    everything: bool = False

    @property
    def from_outside(self) -> bool:
        """Whether another process made it: nothing in this app saw it happen."""
        return self.changed_by is ChangedBy.OUTSIDE

    @property
    def touches_sessions(self) -> bool:
        """Whether sessions or holds may differ, so figures made from them may move."""
        return self.everything or bool(self.sessions_added or self.sessions_updated or self.holds)

    @property
    def touches_practice(self) -> bool:
        """Whether streaks, weeks or per-spot figures may move (notes and routines
        never move them)."""
        return self.touches_sessions or bool(self.rest_days)

    @property
    def touches_routines(self) -> bool:
        return self.everything or self.routines

    @property
    def touches_cues(self) -> bool:
        """Whether the person's own cues may differ (never streaks or figures)."""
        return self.everything or self.cues


def outside_change() -> HistoryChange:
    """The change another process made, seen only as a new commit count."""
    return HistoryChange(ChangedBy.OUTSIDE, everything=True)
