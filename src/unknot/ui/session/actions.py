"""One `QAction` per thing the person can do in a session.

The buttons, the keys, the window's Session menu and the tray all use these
same actions; their text and enabled state come from the engine's display, and
a button's shortcut hint comes from its action's shortcut in the platform's
own format. Two actions share a key only where the engine never allows both at
once (N is "Released" while a hold runs and "Next" after it), so a key always
means one thing.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence

from unknot.core.records import SessionKind
from unknot.core.session_engine import Action, Display
from unknot.core.translation import QT_TRANSLATE_NOOP, translate

_KEYS: dict[Action, tuple[str, ...]] = {
    Action.START_PAUSE: ("Space",),
    Action.MORE_PRESSURE: ("P",),
    Action.TOO_MUCH: ("T",),
    Action.EXTEND: ("M",),
    Action.RELEASED: ("N",),
    Action.SKIP: ("S",),
    Action.NEXT: ("N",),
    Action.MOVE_ON: ("S",),
    Action.STOP_PAIN: ("Ctrl+X",),
    Action.WHEN_TO_STOP: ("W",),
    Action.RETRY_SAVE: ("R",),
    Action.GO_ON_UNSAVED: ("G",),
}
# In a scan "skip" is "next area": N, the key that moves on everywhere else.
_SCAN_SKIP_KEYS = ("N", "S")

# The words when no session runs (a menu still lists them, disabled).
_IDLE_TEXT: dict[Action, str] = {
    Action.START_PAUSE: QT_TRANSLATE_NOOP("SessionActions", "Start"),
    Action.MORE_PRESSURE: QT_TRANSLATE_NOOP("SessionActions", "Need more pressure"),
    Action.TOO_MUCH: QT_TRANSLATE_NOOP("SessionActions", "Too much"),
    Action.EXTEND: QT_TRANSLATE_NOOP("SessionActions", "+1 min"),
    Action.RELEASED: QT_TRANSLATE_NOOP("SessionActions", "Released"),
    Action.SKIP: QT_TRANSLATE_NOOP("SessionActions", "Skip"),
    Action.NEXT: QT_TRANSLATE_NOOP("SessionActions", "Next"),
    Action.MOVE_ON: QT_TRANSLATE_NOOP("SessionActions", "Not yet, move on"),
    Action.STOP_PAIN: QT_TRANSLATE_NOOP("SessionActions", "Sharp pain: stop"),
    Action.WHEN_TO_STOP: QT_TRANSLATE_NOOP("SessionActions", "When to stop"),
    Action.RETRY_SAVE: QT_TRANSLATE_NOOP("SessionActions", "Try saving again"),
    Action.GO_ON_UNSAVED: QT_TRANSLATE_NOOP("SessionActions", "Go on without saving"),
}

# `show` has not run yet: whatever it is given is set.
_NOTHING_YET = object()

# What is listed in the window's Session menu and in the tray, in order.
MENU_ACTIONS = (
    Action.START_PAUSE,
    Action.MORE_PRESSURE,
    Action.TOO_MUCH,
    Action.EXTEND,
    Action.RELEASED,
    Action.SKIP,
    Action.NEXT,
    Action.MOVE_ON,
    Action.STOP_PAIN,
    Action.WHEN_TO_STOP,
)


def shortcut_hint(action: QAction) -> str:
    """ "Space", "Ctrl+X" (or "⌘X" on a Mac): the first shortcut, as the
    platform writes it."""
    shortcuts = action.shortcuts()
    if not shortcuts:
        return ""
    return shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText)


class SessionActions(QObject):
    # An action the person took, by any route.
    triggered = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions: dict[Action, QAction] = {}
        for action in Action:
            qaction = QAction(translate("SessionActions", _IDLE_TEXT[action]), self)
            qaction.setObjectName(f"session_{action.value}")
            qaction.setShortcuts([QKeySequence(key) for key in _KEYS[action]])
            # Only while the session screen (or its window) has the focus.
            qaction.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            qaction.setEnabled(False)
            qaction.triggered.connect(lambda _checked=False, a=action: self.triggered.emit(a))
            self._actions[action] = qaction
        # What `show` last set: the kind, the words and the enabled actions.
        self._showing: object = _NOTHING_YET

    def __getitem__(self, action: Action) -> QAction:
        return self._actions[action]

    def all(self) -> list[QAction]:
        return list(self._actions.values())

    def show(self, display: Display | None) -> None:
        """Text and enabled state from the engine; None when no session runs.
        A display that words and enables everything as the last one did (a
        tick of the clock) changes nothing: each action that is set anew tells
        its buttons and menu entries, even when its words stay the same."""
        wanted = None if display is None else (display.kind, display.labels, display.enabled)
        if self._showing is not _NOTHING_YET and wanted == self._showing:
            return
        self._showing = wanted
        for action, qaction in self._actions.items():
            if display is None:
                qaction.setText(translate("SessionActions", _IDLE_TEXT[action]))
                qaction.setEnabled(False)
                continue
            qaction.setText(
                display.labels.get(action, translate("SessionActions", _IDLE_TEXT[action]))
            )
            qaction.setEnabled(action in display.enabled)
        scan = display is not None and display.kind is SessionKind.SCAN
        keys = _SCAN_SKIP_KEYS if scan else _KEYS[Action.SKIP]
        self._actions[Action.SKIP].setShortcuts([QKeySequence(key) for key in keys])

    def for_key(self, sequence: QKeySequence) -> QAction | None:
        """The enabled action that `sequence` means now, if any."""
        exact = QKeySequence.SequenceMatch.ExactMatch
        for qaction in self._actions.values():
            if not qaction.isEnabled():
                continue
            if any(key.matches(sequence) == exact for key in qaction.shortcuts()):
                return qaction
        return None
