"""Dates and times as the window shows them, through QLocale: the names of days
and months come from the window's language (ui/shared/language.py sets the default
locale), and the order of the parts from a pattern each translation may change
("Monday 5 January 2026" in English, "Montag, 5. Januar 2026" in German)."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from unknot.core.translation import translate


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def weekday_name(iso_weekday: int) -> str:
    """1 (Monday) - 7 (Sunday) by its full name: "Monday"."""
    return QLocale().dayName(iso_weekday, QLocale.FormatType.LongFormat)


def weekday_short(iso_weekday: int) -> str:
    """1 (Monday) - 7 (Sunday) short: "Mon"."""
    return QLocale().dayName(iso_weekday, QLocale.FormatType.ShortFormat)


def month_short(month: int) -> str:
    """1 - 12 short: "Jan"."""
    return QLocale().monthName(month, QLocale.FormatType.ShortFormat)


def day_label(day: date) -> str:
    """ "Monday, 5 January 2026": the locale's own long date."""
    return QLocale().toString(_qdate(day), QLocale.FormatType.LongFormat)


def long_date(day: date) -> str:
    """ "5 January 2026", "5. Januar 2026": the locale's own long date without
    its weekday (no language writes "05 January")."""
    locale = QLocale()
    return locale.toString(
        _qdate(day), without_weekday(locale.dateFormat(QLocale.FormatType.LongFormat))
    )


def without_weekday(pattern: str) -> str:
    """A Qt date pattern with its weekday name ("dddd" or "ddd") and the
    punctuation after it taken out: "dddd, d. MMMM yyyy" -> "d. MMMM yyyy"."""
    return re.sub(r"d{3,4}[,\s]*", "", pattern).strip(" ,")


def short_date(day: date) -> str:
    """ "5 Jan"."""
    return QLocale().toString(
        _qdate(day), translate("Dates", "d MMM", "Qt date format: a short day")
    )


def day_and_time(moment: datetime) -> str:
    """ "Mon 5 Jan 2026, 07:30", in the wall time of `moment`."""
    pattern = translate("Dates", "ddd d MMM yyyy, HH:mm", "Qt date format: a day and a time")
    shown = QDateTime(_qdate(moment.date()), QTime(moment.hour, moment.minute))
    return QLocale().toString(shown, pattern)


def time_of_day(moment: datetime) -> str:
    """ "07:30": the 24-hour clock Unknot shows everywhere."""
    return QLocale().toString(QTime(moment.hour, moment.minute), "HH:mm")


def number(value: int) -> str:
    """A whole number with the locale's grouping: "1,204" / "1.204"."""
    return QLocale().toString(value)


def decimal(value: float) -> str:
    """A rating or an average to one decimal place in the locale's way, with
    no trailing zero: "3.5" / "3,5", "4". Every decimal the window or the
    report shows goes through here (or `QLocale` directly with "f"), never
    through Python's own formatting, which always writes a point."""
    rounded = round(value, 1)
    if rounded == int(rounded):
        return QLocale().toString(int(rounded))
    return QLocale().toString(rounded, "f", 1)
