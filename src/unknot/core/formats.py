"""Every duration, count and plural the person reads, in one place.

Standard library only, so the command line and the window say "3 days" and
"4 min 30 s" the same way, and a translation has one module to start from.
"""

from __future__ import annotations

import math

from unknot.core.translation import translate


def count_text(number: int, word: str, plural: str | None = None) -> str:
    """ "1 day", "3 days", "1,204 sessions"; `plural` for a word that does not
    take an s ("1 body", "2 bodies")."""
    many = plural if plural is not None else f"{word}s"
    return f"{number:,} {word if number == 1 else many}"


def seconds_held(seconds: float) -> int:
    """Time held in whole seconds, rounded down: the one rounding for time held,
    on the clock after a hold and in every summary, so that neither ever claims
    a second that was not held (127.9 s is "02:07" and "2 min 7 s")."""
    return max(0, math.floor(seconds + 1e-9))


def minutes_held(seconds: float) -> int:
    """Whole minutes held, for a figure shown in minutes ("3 min", a chart's
    bar, a table's column): the seconds held (`seconds_held`) rounded down to
    the minute, so that every place counting minutes shows the same number
    for the same time (2 min 46 s is 2 everywhere, 32 s is 0)."""
    return seconds_held(seconds) // 60


def duration_text(seconds: float) -> str:
    """A hold or a session, to the second held (`seconds_held`): "4 min 30 s",
    "45 s", "2 min"."""
    whole = seconds_held(seconds)
    minutes, rest = divmod(whole, 60)
    if minutes and rest:
        return translate("Formats", "{minutes} min {seconds} s").format(
            minutes=minutes, seconds=rest
        )
    if minutes:
        return translate("Formats", "{minutes} min").format(minutes=minutes)
    return translate("Formats", "{seconds} s").format(seconds=rest)


def total_duration_text(seconds: float) -> str:
    """A total that may run to hours, in a table's fixed shape: "12 h 05 min 07 s",
    "4 min 05 s", "45 s"; whole seconds held, rounded down like every time held.
    Always to the second, hours too: a total shown beside its parts is their sum
    to the second (`records.whole_seconds_held`), and a total cut to the minute
    would stop adding up once the parts run to hours."""
    whole = seconds_held(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return translate("Formats", "%Ln h {minutes} min {seconds} s", None, hours).format(
            minutes=f"{minutes:02d}", seconds=f"{secs:02d}"
        )
    if minutes:
        return translate("Formats", "{minutes} min {seconds} s").format(
            minutes=minutes, seconds=f"{secs:02d}"
        )
    return translate("Formats", "{seconds} s").format(seconds=secs)


def spoken_duration_text(seconds: int) -> str:
    """For a screen reader: "2 minutes", "1 minute 30 seconds", "40 seconds"."""
    minutes, rest = divmod(seconds, 60)
    if minutes and rest:
        return translate("Formats", "%n minute(s) {seconds}", None, minutes).format(
            seconds=translate("Formats", "%n second(s)", None, rest)
        )
    if minutes:
        return translate("Formats", "%n minute(s)", None, minutes)
    return translate("Formats", "%n second(s)", None, rest)


def clock_text(seconds: float) -> str:
    """mm:ss, rounded up: "00:01" shows until the last second is over."""
    whole = max(0, math.ceil(seconds - 1e-9))
    return f"{whole // 60:02d}:{whole % 60:02d}"
