"""Dates read as the person's locale writes them, and only ui/shared/dates.py
formats them: "1. September 2026", never "01. September" from a pattern
written by hand."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from PySide6.QtCore import QLocale

from unknot.translations import update
from unknot.ui.shared.dates import day_label, long_date, without_weekday

SOURCES = Path(__file__).resolve().parents[2] / "src" / "unknot"
# A Qt date pattern's fields: a padded day beside a month's name is the fault.
_PADDED_DAY_BY_NAME = re.compile(r"(?<![d'])dd(?!d).*MMM|MMM.*(?<![d'])dd(?!d)")
_DATE_FIELDS = re.compile(r"\b(?:d{1,4}|M{1,4}|y{2,4})\b")


@pytest.fixture
def locale_of() -> Iterator[Callable[[str], None]]:
    before = QLocale()

    def set_locale(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield set_locale
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("name", "long", "whole"),
    [
        ("de_DE", "1. September 2026", "Dienstag, 1. September 2026"),
        ("en_GB", "1 September 2026", "Tuesday, 1 September 2026"),
        ("en_US", "September 1, 2026", "Tuesday, September 1, 2026"),
    ],
)
def test_long_dates_are_the_locales_own(
    locale_of: Callable[[str], None], name: str, long: str, whole: str
) -> None:
    locale_of(name)
    assert long_date(date(2026, 9, 1)) == long
    assert day_label(date(2026, 9, 1)) == whole


def test_the_weekday_comes_out_of_every_locales_long_format() -> None:
    for name in ("de_DE", "en_GB", "en_US", "fr_FR", "es_ES", "nl_NL", "C"):
        pattern = without_weekday(QLocale(name).dateFormat(QLocale.FormatType.LongFormat))
        assert "ddd" not in pattern and pattern.strip(" ,") == pattern, (name, pattern)
        assert "d" in pattern and "MMMM" in pattern and "y" in pattern, (name, pattern)


def _date_patterns() -> list[tuple[str, str]]:
    """Every date pattern the translations hold: (language, pattern), the
    English sources included."""
    found = []
    for language in update.LANGUAGES:
        for key, message in update.messages(update.read(update.ts_path(language))).items():
            if key[0] != "Dates":
                continue
            translation = message.find("translation")
            assert translation is not None
            found += [("en", key[1]), (language, translation.text or "")]
    return found


def test_no_pattern_pads_a_day_beside_its_months_name() -> None:
    patterns = _date_patterns()
    assert patterns
    assert [p for p in patterns if _PADDED_DAY_BY_NAME.search(p[1])] == []


def test_dates_are_formatted_only_in_the_one_date_helper() -> None:
    """Outside ui/shared/dates.py no Qt date pattern is passed to toString and no
    strftime writes a day, month or weekday for the person to read (file
    names' time stamps are no dates in sentences, and are left alone)."""
    found = []
    for path in sorted(SOURCES.rglob("*.py")):
        if path.name == "dates.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            texts = [
                a.value
                for a in node.args
                if isinstance(a, ast.Constant) and isinstance(a.value, str)
            ]
            if node.func.attr == "toString" and any(_DATE_FIELDS.search(t) for t in texts):
                found.append(f"{path.relative_to(SOURCES)}:{node.lineno}")
            stamp = bool(texts) and re.fullmatch(r"%Y%m%d-%H%M%S|%H:%M", texts[0]) is not None
            if (
                node.func.attr == "strftime"
                and any(re.search(r"%[aAbBdejmU]", t) for t in texts)
                and not stamp
            ):
                found.append(f"{path.relative_to(SOURCES)}:{node.lineno}")
    assert found == []


def test_the_padded_day_check_catches_the_old_pattern() -> None:
    assert _PADDED_DAY_BY_NAME.search("dd. MMMM yyyy")
    assert _PADDED_DAY_BY_NAME.search("dd MMMM yyyy")
    assert not _PADDED_DAY_BY_NAME.search("d. MMMM yyyy")
    assert not _PADDED_DAY_BY_NAME.search("dddd, d. MMMM yyyy")
    assert not _PADDED_DAY_BY_NAME.search("dd.MM.yy")
