"""The system zone for the real clock, and what happens when it cannot be found."""

from __future__ import annotations

import warnings
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from unknot import localzone


def test_a_known_name_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tzlocal.get_localzone_name", lambda: "Europe/Berlin")
    assert localzone.local_zone_name() == "Europe/Berlin"
    assert localzone.local_zone() == ZoneInfo("Europe/Berlin")
    assert localzone.system_clock().zone() == ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize("name", [None, "", "CEST", "Not/A_Zone"])
def test_an_unusable_name_falls_back_to_the_current_offset(
    monkeypatch: pytest.MonkeyPatch, name: str | None
) -> None:
    monkeypatch.setattr("tzlocal.get_localzone_name", lambda: name)
    assert localzone.local_zone_name() is None
    zone = localzone.local_zone()
    # Whatever the machine's offset, the fallback is a zone zoneinfo knows.
    assert isinstance(zone, ZoneInfo)


def test_a_warning_from_tzlocal_means_it_guessed(monkeypatch: pytest.MonkeyPatch) -> None:
    def guess() -> str:
        warnings.warn("Can not find any timezone configuration, defaulting to UTC.", stacklevel=1)
        return "UTC"

    monkeypatch.setattr("tzlocal.get_localzone_name", guess)
    assert localzone.local_zone_name() is None


def test_an_error_from_tzlocal_is_not_fatal(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> str:
        raise LookupError("no zone")

    monkeypatch.setattr("tzlocal.get_localzone_name", broken)
    assert localzone.local_zone_name() is None


@pytest.mark.parametrize(
    ("offset", "name"),
    [
        (0, "UTC"),
        (3600, "Etc/GMT-1"),
        (-5 * 3600, "Etc/GMT+5"),
        (14 * 3600, "Etc/GMT-14"),
        (-12 * 3600, "Etc/GMT+12"),
        (5 * 3600 + 1800, "UTC"),  # no Etc zone for half hours
        (15 * 3600, "UTC"),
    ],
)
def test_fixed_offset_zones_count_the_other_way_round(offset: int, name: str) -> None:
    assert localzone.fixed_offset_zone_name(offset) == name
    if name != "UTC":
        there = datetime(2026, 1, 5, tzinfo=UTC).astimezone(ZoneInfo(name))
        assert there.utcoffset() == timedelta(seconds=offset)
