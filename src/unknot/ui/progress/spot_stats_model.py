"""Per area and side: how often, how long, how tender, and which way it is going.

One row per spot in `core.progress.SpotStats`, head to feet. "Both" is an area
worked or rated as one piece: the head, the jaw on both sides together, and every
area in the daily scan, which rates both sides at once. The trend
column says it in words as well as an arrow, and its tooltip gives the numbers
behind it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt

from unknot.core.areas import Side, area
from unknot.core.formats import total_duration_text
from unknot.core.progress import RECENT_DAYS, SpotStats, Trend
from unknot.core.translation import QT_TRANSLATE_NOOP, translate
from unknot.ui.progress.row_table_model import Index, RowTableModel

COL_SPOT = 0
COL_SIDE = 1
COL_SESSIONS = 2
COL_HELD = 3
COL_LAST = 4
COL_AVERAGE = 5
COL_TREND = 6
COLUMN_COUNT = 7

# Marked for the translation files, translated where shown.
HEADERS = (
    QT_TRANSLATE_NOOP("SpotStatsModel", "Area"),
    QT_TRANSLATE_NOOP("SpotStatsModel", "Side"),
    QT_TRANSLATE_NOOP("SpotStatsModel", "Sessions"),
    QT_TRANSLATE_NOOP("SpotStatsModel", "Time held"),
    QT_TRANSLATE_NOOP("SpotStatsModel", "Last rating"),
    QT_TRANSLATE_NOOP("SpotStatsModel", "Average"),
    QT_TRANSLATE_NOOP("SpotStatsModel", "Trend"),
)
HEADER_TIPS = (
    QT_TRANSLATE_NOOP("SpotStatsModel", "The area of the body"),
    QT_TRANSLATE_NOOP("SpotStatsModel", "Left, right, or both sides at once"),
    QT_TRANSLATE_NOOP("SpotStatsModel", "Sessions with at least one hold on it"),
    QT_TRANSLATE_NOOP("SpotStatsModel", "Time held on it in all, to the second"),
    QT_TRANSLATE_NOOP(
        "SpotStatsModel", "Tenderness before → after its most recent rated hold (0-10)"
    ),
    QT_TRANSLATE_NOOP("SpotStatsModel", "Average tenderness before → after its holds (0-10)"),
    QT_TRANSLATE_NOOP(
        "SpotStatsModel",
        "Over the last six weeks: the rating before the first hold of each day, "
        "earlier days against later ones",
    ),
)

SPOT_ROLE = Qt.ItemDataRole.UserRole + 1

TREND_WORDS = {
    Trend.IMPROVING: QT_TRANSLATE_NOOP("SpotStatsModel", "↓ easing"),
    Trend.FLAT: QT_TRANSLATE_NOOP("SpotStatsModel", "→ about the same"),
    Trend.WORSE: QT_TRANSLATE_NOOP("SpotStatsModel", "↑ more tender"),
}
NO_TREND = QT_TRANSLATE_NOOP("SpotStatsModel", "not enough ratings")

_SIDE_WORDS = {
    Side.LEFT: QT_TRANSLATE_NOOP("SpotStatsModel", "left"),
    Side.RIGHT: QT_TRANSLATE_NOOP("SpotStatsModel", "right"),
    Side.BOTH: QT_TRANSLATE_NOOP("SpotStatsModel", "both"),
    None: "-",
}


def rating_pair(before: float | None, after: float | None, *, decimals: int = 0) -> str:
    def show(value: float | None) -> str:
        if value is None:
            return "-"
        return QLocale().toString(float(value), "f", decimals)

    if before is None and after is None:
        return translate("SpotStatsModel", "not rated")
    return f"{show(before)} → {show(after)}"


def trend_text(stats: SpotStats) -> str:
    return translate(
        "SpotStatsModel", NO_TREND if stats.trend is None else TREND_WORDS[stats.trend]
    )


def trend_explanation(stats: SpotStats) -> str:
    if stats.trend is None or stats.earlier_average is None or stats.later_average is None:
        return translate(
            "SpotStatsModel",
            "Fewer than two days with a rating before a hold in the last %n week(s), so there "
            "is no trend yet.",
            None,
            RECENT_DAYS // 7,
        )
    return translate(
        "SpotStatsModel",
        "Rated on %n day(s) in the last {weeks}: about {earlier} on the earlier days and "
        "{later} on the later ones (the rating before the first hold of each day).",
        None,
        stats.recent_days,
    ).format(
        weeks=translate("SpotStatsModel", "%n week(s)", None, RECENT_DAYS // 7),
        earlier=QLocale().toString(stats.earlier_average, "f", 1),
        later=QLocale().toString(stats.later_average, "f", 1),
    )


class SpotStatsModel(RowTableModel[SpotStats]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMN_COUNT, parent)

    def set_stats(self, stats: Sequence[SpotStats]) -> None:
        self._set_rows(list(stats))

    def stats_at(self, row: int) -> SpotStats:
        return self._rows[row]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return translate("SpotStatsModel", HEADERS[section])
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return translate("SpotStatsModel", HEADER_TIPS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        stats = self._row_at(index)
        if stats is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(stats, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TREND:
            return trend_explanation(stats)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            COL_SESSIONS,
            COL_HELD,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SPOT_ROLE:
            return stats
        return None

    def _text(self, stats: SpotStats, column: int) -> str:
        if column == COL_SPOT:
            return area(stats.area).title
        if column == COL_SIDE:
            return translate("SpotStatsModel", _SIDE_WORDS[stats.side])
        if column == COL_SESSIONS:
            return str(stats.sessions)
        if column == COL_HELD:
            # To the second, like the total on the page: whole minutes would
            # show 2 / 0 / 0 for holds that add up to 2 min 21 s.
            return total_duration_text(stats.total_seconds)
        if column == COL_LAST:
            return rating_pair(stats.last_before, stats.last_after)
        if column == COL_AVERAGE:
            return rating_pair(stats.average_before, stats.average_after, decimals=1)
        return trend_text(stats)
