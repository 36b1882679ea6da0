"""The history store: one SQLite file holding every session, hold, rest day and
saved routine. It hands out the plain records of `unknot.core`, never rows.

Importing this loads SQLAlchemy, which costs a few hundred milliseconds: the
window is shown first, and this is imported after.
"""

from unknot.store.history import (
    DamagedHistoryError,
    History,
    HistoryBusyError,
    HistoryError,
    ImportReport,
    NewerSchemaError,
)

__all__ = [
    "DamagedHistoryError",
    "History",
    "HistoryBusyError",
    "HistoryError",
    "ImportReport",
    "NewerSchemaError",
]
