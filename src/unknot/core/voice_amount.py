"""How much the voice coach says: its own small module, so the settings can
name it at start-up without loading the session engine."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from unknot.core.translation import QT_TRANSLATE_NOOP, translate


class Amount(StrEnum):
    """How much the voice says."""

    # The start and the end of each spot, and a stop or the end of the session.
    MINIMAL = "minimal"
    # Also halfway, ten seconds left, pauses, tool changes and extra time.
    NORMAL = "normal"
    # Also the time left at each whole minute.
    EVERY_MINUTE = "every_minute"

    @property
    def label(self) -> str:
        return translate("Voice", _AMOUNT_LABELS[self])


_AMOUNT_LABELS: Mapping[Amount, str] = {
    Amount.MINIMAL: QT_TRANSLATE_NOOP("Voice", "Minimal: start and end of each spot"),
    Amount.NORMAL: QT_TRANSLATE_NOOP("Voice", "Normal: also halfway and the last ten seconds"),
    Amount.EVERY_MINUTE: QT_TRANSLATE_NOOP("Voice", "Every minute: also the time left"),
}
