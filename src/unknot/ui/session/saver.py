"""The session engine's `Saver`, written through the history service.

The engine lives in core and knows nothing of the service's `SaveError`; this
adapter turns one into the other, so a failed write reaches the engine as the
`SaveFailedError` it turns into its "not saved" phase.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from unknot.core.records import HoldRecord, Outcome, SessionKind
from unknot.core.session_engine import SaveFailedError
from unknot.ui.history.history_service import HistoryService, SaveError

_T = TypeVar("_T")


class HistorySaver:
    def __init__(self, service: HistoryService) -> None:
        self._service = service

    def begin_session(self, kind: SessionKind, started_at: datetime, time_zone: str) -> str:
        return _saving(lambda: self._service.begin_session(kind, started_at, time_zone))

    def record_hold(self, session_id: str, hold: HoldRecord) -> int:
        return _saving(lambda: self._service.record_hold(session_id, hold))

    def replace_hold(self, hold_id: int, hold: HoldRecord) -> None:
        _saving(lambda: self._service.replace_hold(hold_id, hold))

    def finish_session(self, session_id: str, outcome: Outcome, ended_at: datetime) -> None:
        _saving(lambda: self._service.finish_session(session_id, outcome, ended_at))


def _saving(write: Callable[[], _T]) -> _T:
    try:
        return write()
    except SaveError as error:
        raise SaveFailedError(str(error)) from error
