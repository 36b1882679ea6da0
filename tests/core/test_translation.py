"""The translation door: texts read as written without a backend, English plurals
resolve "(s)", and an installed backend sees every call."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unknot.core.translation import QT_TRANSLATE_NOOP, install_backend, translate


@pytest.fixture(autouse=True)
def _no_backend() -> Iterator[None]:
    install_backend(None)
    yield
    install_backend(None)


def test_a_text_without_a_backend_reads_as_written() -> None:
    assert translate("Home", "Start session") == "Start session"
    assert QT_TRANSLATE_NOOP("Areas", "Left calf") == "Left calf"


@pytest.mark.parametrize(
    ("n", "expected"), [(0, "0 days"), (1, "1 day"), (2, "2 days"), (1204, "1204 days")]
)
def test_english_plurals_resolve_the_s_ending(n: int, expected: str) -> None:
    assert translate("Streaks", "%n day(s)", None, n) == expected


def test_a_localised_count_has_its_thousands_separator() -> None:
    assert translate("Stats", "%Ln session(s)", None, 1204) == "1,204 sessions"


@given(st.integers(min_value=0, max_value=10**6))
def test_no_count_leaves_a_marker_behind(n: int) -> None:
    text = translate("Stats", "%n hold(s) in %Ln session(s)", None, n)
    assert "%" not in text and "(s)" not in text


def test_an_installed_backend_translates_and_keeps_its_own_plural_forms() -> None:
    calls: list[tuple[str, str, str | None, int]] = []

    def german(context: str, source: str, disambiguation: str | None, n: int) -> str:
        calls.append((context, source, disambiguation, n))
        return {"%n day(s)": f"{n} Tage" if n != 1 else "1 Tag"}.get(source, source)

    install_backend(german)
    assert translate("Streaks", "%n day(s)", None, 3) == "3 Tage"
    assert translate("Streaks", "%n day(s)", None, 1) == "1 Tag"
    assert calls[0] == ("Streaks", "%n day(s)", None, 3)
    install_backend(None)
    assert translate("Streaks", "%n day(s)", None, 3) == "3 days"
