"""The person at the other end of the accessibility bus: drives a running Unknot
over AT-SPI, as Orca or a voice-control tool would, from its own process.

Run by tests/test_atspi_journey.py with the system's python3 (pyatspi is
Debian's `python3-pyatspi`, not on PyPI), never imported by the suite. Argument:
the app's process id. Each step it finishes is printed on a line; a step that
cannot be done ends the run with the reason on stderr and exit status 1.

No step waits for a fixed time: each waits until what it needs is there, up to a
deadline, waking whenever the app reports a change on the bus.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any, TypeVar

import gi  # type: ignore[import-not-found]

gi.require_version("Atspi", "2.0")
import pyatspi  # type: ignore[import-not-found]  # noqa: E402
from gi.repository import Atspi, GLib  # type: ignore[import-not-found]  # noqa: E402

# Generous: a loaded two-core machine starts Qt in a few seconds.
STEP_SECONDS = 30.0
# While nothing is reported on the bus, look again this often.
RECHECK_MS = 100

T = TypeVar("T")
Accessible = Any


class JourneyError(Exception):
    pass


class Bus:
    """The app as the bus shows it, and waiting for it to change."""

    def __init__(self, pid: int) -> None:
        self._pid = pid
        self._loop = GLib.MainLoop()
        self._tick: int | None = None
        self.app: Accessible = None
        # The kinds of event the app has sent, in order.
        self.heard: list[str] = []
        # Any of these from the app ends a wait early, to look again at once.
        pyatspi.Registry.registerEventListener(
            self._changed,
            "object:state-changed",
            "object:children-changed",
            "object:property-change",
            # Qt sends a new value only to a listener that names it.
            "object:property-change:accessible-value",
            "object:selection-changed",
            "window",
        )

    def _changed(self, event: Any) -> None:
        self.heard.append(event.type)
        if self._loop.is_running():
            self._loop.quit()

    def _quit_loop(self) -> bool:
        self._tick = None
        self._loop.quit()
        return False

    def _pause(self) -> None:
        # Until the app reports a change or the recheck tick, whichever first.
        self._tick = GLib.timeout_add(RECHECK_MS, self._quit_loop)
        self._loop.run()
        if self._tick is not None:
            GLib.source_remove(self._tick)
            self._tick = None

    def wait_for(
        self, what: str, probe: Callable[[], T | None], seconds: float = STEP_SECONDS
    ) -> T:
        deadline = time.monotonic() + seconds
        while True:
            try:
                found = probe()
            except (LookupError, RuntimeError, GLib.Error):
                # The tree changed under the look (a page swapped): look again.
                found = None
            if found is not None and found is not False:
                return found
            if time.monotonic() > deadline:
                raise JourneyError(f"gave up after {seconds:.0f} s waiting for {what}")
            self._pause()

    def find_app(self) -> Accessible:
        def probe() -> Accessible:
            desktop = pyatspi.Registry.getDesktop(0)
            for index in range(desktop.childCount):
                app = desktop.getChildAtIndex(index)
                if app is not None and app.get_process_id() == self._pid:
                    return app
            return None

        self.app = self.wait_for("the app on the accessibility bus", probe)
        # Ask the app every time: a cached state can lag behind a page change.
        self.app.set_cache_mask(Atspi.Cache.NONE)
        return self.app

    def find(self, name: str, role: str | None = None) -> Accessible:
        """The showing element with this accessible name (and role), or None."""
        return _find_showing(self.app, lambda a: a.name == name and _role_is(a, role))

    def find_starting(self, prefix: str, role: str) -> Accessible:
        return _find_showing(self.app, lambda a: a.name.startswith(prefix) and _role_is(a, role))

    def wait_enabled(
        self, name: str, role: str = "push button", prefix: bool = False
    ) -> Accessible:
        def probe() -> Accessible:
            found = self.find_starting(name, role) if prefix else self.find(name, role)
            return found if found is not None and _has(found, pyatspi.STATE_ENABLED) else None

        return self.wait_for(f'"{name}" ({role}) to be there and enabled', probe)


def _role_is(accessible: Accessible, role: str | None) -> bool:
    return role is None or accessible.getRoleName() == role


def _has(accessible: Accessible, state: Any) -> bool:
    return bool(accessible.getState().contains(state))


def _find_showing(root: Accessible, matches: Callable[[Accessible], bool]) -> Accessible:
    # Depth first through what is on screen; hidden pages are not searched.
    for index in range(root.childCount):
        child = root.getChildAtIndex(index)
        if child is None or not _has(child, pyatspi.STATE_SHOWING):
            continue
        if matches(child):
            return child
        found = _find_showing(child, matches)
        if found is not None:
            return found
    return None


def _heard(bus: Bus, kind: str) -> bool:
    return any(kind in heard for heard in bus.heard)


def do_action(accessible: Accessible, action: str) -> None:
    actions = accessible.queryAction()
    names = [actions.getName(i) for i in range(actions.nActions)]
    if action not in names:
        raise JourneyError(f"{accessible.name!r} offers {names}, not {action}")
    if not actions.doAction(names.index(action)):
        raise JourneyError(f"{accessible.name!r} refused {action}")


def spot(body_map: Accessible, name: str) -> tuple[int, Accessible]:
    for index in range(body_map.childCount):
        child = body_map.getChildAtIndex(index)
        if child.name == name:
            return index, child
    raise JourneyError(f"the body map has no spot named {name}")


# The app's WORKED_SECONDS (5 s), with a margin for the bus's own delay.
HOLD_COUNTS_AFTER = 5.5


def hold(bus: Bus, more_pressure: bool) -> None:
    """Start the hold, perhaps ask for more pressure, and say it released."""
    do_action(bus.wait_enabled("Start"), "Press")
    bus.wait_enabled("Pause")
    # The real app on the real clock: a hold ended within five seconds is a
    # skipped hold and saves nothing, so this one runs past that first.
    counts_from = time.monotonic() + HOLD_COUNTS_AFTER
    bus.wait_for("the hold to count", lambda: time.monotonic() >= counts_from)
    if more_pressure:
        before = bus.wait_for("the tool card", lambda: bus.find_starting("Tool:", "panel")).name

        def firmer() -> bool:
            tool = bus.find_starting("Tool:", "panel")
            return tool is not None and tool.name != before

        do_action(bus.wait_enabled("Need more pressure"), "Press")
        bus.wait_for("a firmer tool", firmer)
        say("more pressure")
    do_action(bus.wait_enabled("Released", prefix=True), "Press")


def journey(bus: Bus) -> None:
    bus.find_app()
    say("found the app")
    body_map = bus.wait_for("the body map", lambda: bus.find("Body map", "list"))

    # One spot by its own Toggle action, one through the map's selection.
    _, calf = spot(body_map, "Left calf")
    do_action(calf, "Toggle")
    bus.wait_for("the left calf picked", lambda: _has(calf, pyatspi.STATE_SELECTED))
    do_action(calf, "Increase")
    bus.wait_for("the left calf rated 1", lambda: calf.description.endswith("tenderness 1"))
    shoulder_index, shoulder = spot(body_map, "Right shoulder")
    if not body_map.querySelection().selectChild(shoulder_index):
        raise JourneyError("the map refused to select the right shoulder")
    bus.wait_for("the right shoulder picked", lambda: _has(shoulder, pyatspi.STATE_SELECTED))
    # Its tenderness through the value, as a voice command "set value 6" would.
    shoulder.queryValue().currentValue = 6.0
    bus.wait_for(
        "the right shoulder rated 6",
        lambda: shoulder.description.endswith("tenderness 6"),
    )
    # A screen reader hears of each pick on the list itself, and of a new rating.
    bus.wait_for("the map to tell its selection changed", lambda: _heard(bus, "selection-changed"))
    bus.wait_for("the spot to tell its value changed", lambda: _heard(bus, "accessible-value"))
    selection = body_map.querySelection()
    picked = sorted(selection.getSelectedChild(i).name for i in range(selection.nSelectedChildren))
    if picked != ["Left calf", "Right shoulder"]:
        raise JourneyError(f"the map's selection is {picked}")
    say("picked two spots")

    do_action(bus.wait_enabled("Start session"), "Press")
    # The first session asks the safety questions first, then starts from home.
    first = bus.wait_for(
        "the safety check or the session",
        lambda: bus.find("Safety check", "dialog") or bus.find("Guided session"),
    )
    if first.name == "Safety check":
        do_action(bus.wait_enabled("None of this applies to me"), "Press")
        bus.wait_for("the safety check to close", lambda: bus.find("Safety check") is None)
        do_action(bus.wait_enabled("Start session"), "Press")
        bus.wait_for("the session screen", lambda: bus.find("Guided session"))
    say("session started")

    # The plan runs head to feet: the shoulder first, where the tool is changed.
    hold(bus, more_pressure=True)
    say("released 1")
    do_action(bus.wait_enabled("Next", prefix=True), "Press")
    bus.wait_for("the second spot", lambda: bus.find_starting("Step 2", "label"))
    hold(bus, more_pressure=False)
    say("released 2")
    do_action(bus.wait_enabled("Finish"), "Press")
    bus.wait_enabled("Back to body map", prefix=True)
    say("finished")

    file_menu = bus.wait_for("the File menu", lambda: bus.find("File", "menu item"))
    quit_item = pyatspi.findDescendant(file_menu, lambda a: a.name == "Quit")
    if quit_item is None:
        raise JourneyError("the File menu has no Quit")
    do_action(quit_item, "Press")
    say("quit")


def on_screen(root: Accessible, depth: int = 0) -> list[str]:
    """What shows, one element a line, to tell what the app showed when a step failed."""
    lines = []
    for index in range(root.childCount):
        child = root.getChildAtIndex(index)
        if child is None or not _has(child, pyatspi.STATE_SHOWING):
            continue
        if child.getRoleName() != "list item":
            enabled = "" if _has(child, pyatspi.STATE_ENABLED) else " (disabled)"
            lines.append(f"{'  ' * depth}{child.getRoleName()} {child.name!r}{enabled}")
        lines += on_screen(child, depth + 1)
    return lines


def say(step: str) -> None:
    print(step, flush=True)


def main(argv: list[str]) -> int:
    bus = Bus(int(argv[1]))
    try:
        journey(bus)
    except JourneyError as error:
        print(error, file=sys.stderr, flush=True)
        if bus.app is not None:
            print("On screen:", *on_screen(bus.app), sep="\n", file=sys.stderr, flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
