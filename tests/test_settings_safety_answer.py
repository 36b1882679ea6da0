"""A safety answer that cannot be read is no answer: the check is asked again."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unknot.core.areas import AreaId
from unknot.core.safety import Condition, check_due
from unknot.settings import LoadedSettings, load_settings, settings_path

NOW = datetime(2026, 3, 4, 21, 5, 9)
TODAY = NOW.date()

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)


def _is_valid(value: object, kind: type[Condition] | type[AreaId]) -> bool:
    names = {member.value for member in kind}
    return isinstance(value, list) and all(isinstance(v, str) and v in names for v in value)


def _load(tmp_path: Path, content: dict[str, object]) -> LoadedSettings:
    settings_path(tmp_path).write_text(json.dumps(content), encoding="utf-8")
    return load_settings(tmp_path, now=NOW, repair=False)


@settings(max_examples=60, deadline=None)
@given(
    key=st.sampled_from(["safety_conditions", "avoided_areas"]),
    junk=_JSON,
)
def test_a_garbled_safety_answer_makes_the_check_due(
    tmp_path_factory: pytest.TempPathFactory, key: str, junk: object
) -> None:
    kind = Condition if key == "safety_conditions" else AreaId
    if _is_valid(junk, kind):
        return
    folder = tmp_path_factory.mktemp("config")
    loaded = _load(folder, {"safety_confirmed_on": "2026-03-01", key: junk, "volume": 10})
    assert loaded.settings.safety_confirmed_on is None
    assert check_due(loaded.settings.safety_confirmed_on, TODAY)
    assert loaded.settings.volume == 10  # the rest of the file still counts
    assert len(loaded.problems) == 1
    assert "asked again" in loaded.problems[0]
    assert "back to" not in loaded.problems[0]


def test_the_reported_case_asks_again(tmp_path: Path) -> None:
    loaded = _load(tmp_path, {"safety_confirmed_on": "2026-03-01", "safety_conditions": {"a": 1}})
    assert check_due(loaded.settings.safety_confirmed_on, TODAY)
    assert "asked again" in loaded.problems[0]


def test_a_readable_answer_keeps_its_date(tmp_path: Path) -> None:
    loaded = _load(
        tmp_path,
        {"safety_confirmed_on": "2026-03-01", "safety_conditions": ["clot"], "avoided_areas": []},
    )
    assert loaded.settings.safety_confirmed_on == date(2026, 3, 1)
    assert loaded.settings.safety_conditions == (Condition.CLOT,)
    assert loaded.problems == []
