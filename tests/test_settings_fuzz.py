"""Whatever a settings file holds, loading never fails and gives valid settings;
a file that cannot be used is kept aside before a change overwrites it."""

from __future__ import annotations

import dataclasses
import json
import os
import stat
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.faults import answers_at_once
from unknot import settings as settings_module
from unknot.settings import Settings, load_settings, save_settings, settings_path

NOW = datetime(2026, 3, 4, 21, 5, 9)
FIELDS = [field.name for field in dataclasses.fields(Settings)]


class Raw:
    """JSON text put into the file as it is: numbers Python will not print
    (4,300 digits and more), NaN, Infinity."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return f"Raw({self.text[:20]!r}...)"


def to_text(value: object) -> str:
    """`value` as JSON text, with Raw pieces copied in unchanged."""
    if isinstance(value, Raw):
        return value.text
    if isinstance(value, dict):
        items = (f"{json.dumps(key)}: {to_text(item)}" for key, item in value.items())
        return "{" + ", ".join(items) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(to_text(item) for item in value) + "]"
    # Strings with lone surrogates come out as "\ud800" escapes, as a file has them.
    return json.dumps(value)


# Built from a repeated digit: drawing 4,300 random digits makes the test slow
# without finding anything more.
huge_numbers = st.builds(
    lambda sign, digit, length, tail: Raw(sign + digit * length + tail),
    st.sampled_from(["", "-"]),
    st.sampled_from("123456789"),
    st.integers(min_value=4290, max_value=5000),
    st.text("0123456789", max_size=12),
)
odd_numbers = st.sampled_from(
    [Raw("NaN"), Raw("Infinity"), Raw("-Infinity"), Raw("1e308"), Raw("1e999"), Raw("-0")]
)
scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-10, max_value=400)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()  # lone surrogates included
    | st.sampled_from(["12:30", "24:00", "07:5", "2026-02-30", "2026-01-01", "clot", "feet"])
    | huge_numbers
    | odd_numbers
)
json_values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=12,
)
documents = st.fixed_dictionaries(
    {}, optional=dict.fromkeys([*FIELDS, "version", "unknown"], json_values)
)


def _valid(value: Settings) -> None:
    # The constructor checks every value; a settings object that was built is valid.
    Settings(**{name: getattr(value, name) for name in FIELDS})


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(document=documents)
# -0 is JSON for 0, a volume or a voice speed like any other.
@example(document={"volume": Raw("-0"), "voice_rate": Raw("-0")})
def test_any_file_loads_into_valid_settings_value_by_value(
    tmp_path_factory: pytest.TempPathFactory, document: dict[str, Any]
) -> None:
    config = tmp_path_factory.mktemp("config")
    text = to_text(document)
    settings_path(config).write_text(text, encoding="utf-8", errors="surrogatepass")

    loaded = load_settings(config, now=NOW)

    _valid(loaded.settings)
    defaults = Settings()
    for name in FIELDS:
        if name not in document:
            assert getattr(loaded.settings, name) == getattr(defaults, name)
    for problem in loaded.problems:
        assert "\n" not in problem
        problem.encode("utf-8")  # no lone surrogate: it can be shown and printed
        assert len(problem) < 400
    changed = [name for name in FIELDS if name in document and _refused(name, document)]
    # Each refused value is named once; nothing else is said about a readable file.
    named = [p for p in loaded.problems if " in your settings was " in p]
    assert len(named) == len(changed)
    if loaded.problems:
        assert loaded.bad_copy is not None
        assert loaded.bad_copy.read_text(encoding="utf-8", errors="surrogatepass") == text
    # After the repair the file loads cleanly into the same settings.
    again = load_settings(config, now=NOW)
    assert (again.settings, again.problems) == (loaded.settings, [])


def _refused(name: str, document: dict[str, Any]) -> bool:
    """Whether the file's value for `name` is not one the settings accept, asked of
    Settings itself (through a file holding only that valid-looking value)."""
    value = document[name]
    if isinstance(value, Raw):
        # Raw JSON such as -0 is a number like any other (0); NaN and the
        # infinities read as floats, which no setting takes, and a number
        # of thousands of digits is not read at all.
        try:
            value = json.loads(value.text)
        except ValueError:
            return True
    elif _holds_raw(value):
        return True
    try:
        settings_module._SPECS[name].parse(json.loads(json.dumps(value)))
    except ValueError:
        return True
    return False


def _holds_raw(value: object) -> bool:
    if isinstance(value, Raw):
        return True
    if isinstance(value, list):
        return any(_holds_raw(item) for item in value)
    if isinstance(value, dict):
        return any(_holds_raw(item) for item in value.values())
    return False


@pytest.mark.parametrize("name", ["hold_seconds", "weekly_goal", "week_start", "volume"])
def test_a_number_of_4300_digits_falls_back_for_that_value_only(tmp_path: Path, name: str) -> None:
    huge = "9" * 4300
    settings_path(tmp_path).write_text(
        f'{{"{name}": {huge}, "sound_on": false, "weekly_goal_x": 1}}', encoding="utf-8"
    )
    loaded = load_settings(tmp_path, now=NOW)
    assert getattr(loaded.settings, name) == getattr(Settings(), name)
    assert loaded.settings.sound_on is False
    assert "a number of 4300 digits" in loaded.problems[0]


# --- a change never overwrites a file the person could still want ---------------------


def _kept(config: Path) -> list[Path]:
    return sorted(config.glob("settings.bad-*.json"))


@pytest.mark.parametrize(
    "content",
    [b'{"volume": 80, "weekly_goal": 12}', b"{not json", b'{"volume": 1' + b"0" * 5000 + b"}"],
)
def test_a_change_keeps_an_invalid_file_aside_first(tmp_path: Path, content: bytes) -> None:
    # Written by hand while Unknot ran: the start-up repair never saw it.
    settings_path(tmp_path).write_bytes(content)
    saved = save_settings(tmp_path, Settings(volume=30), now=NOW)
    assert saved.bad_copy == tmp_path / "settings.bad-20260304-210509.json"
    assert saved.bad_copy.read_bytes() == content
    assert stat.S_IMODE(saved.bad_copy.stat().st_mode) == 0o600
    assert saved.notice is not None
    assert "settings.bad-20260304-210509.json" in saved.notice
    assert load_settings(tmp_path).settings == Settings(volume=30)
    # Later changes keep the copy: it is never deleted.
    assert save_settings(tmp_path, Settings(volume=40), now=NOW).bad_copy is None
    assert _kept(tmp_path) == [saved.bad_copy]


def test_a_change_over_a_good_file_says_nothing(tmp_path: Path) -> None:
    save_settings(tmp_path, Settings(volume=10))
    saved = save_settings(tmp_path, Settings(volume=20))
    assert saved.bad_copy is None and saved.notice is None
    assert _kept(tmp_path) == []


def test_an_unreadable_file_is_moved_aside_whole(tmp_path: Path) -> None:
    # A folder, which cannot be read or copied, stands in for any unreadable file.
    folder = settings_path(tmp_path)
    folder.mkdir()
    (folder / "inside").write_text("kept", encoding="utf-8")
    saved = save_settings(tmp_path, Settings(volume=30), now=NOW)
    assert saved.bad_copy is not None
    assert (saved.bad_copy / "inside").read_text(encoding="utf-8") == "kept"
    assert load_settings(tmp_path).settings == Settings(volume=30)


def test_a_named_pipe_neither_hangs_the_start_nor_is_lost(tmp_path: Path) -> None:
    os.mkfifo(settings_path(tmp_path))
    with answers_at_once():
        loaded = load_settings(tmp_path, now=NOW)
        assert loaded.settings == Settings()
        assert "named pipe" in loaded.problems[0]
        saved = save_settings(tmp_path, Settings(volume=30), now=NOW)
    assert saved.bad_copy is not None
    assert stat.S_ISFIFO(saved.bad_copy.stat().st_mode)
    assert load_settings(tmp_path).settings == Settings(volume=30)


def test_when_the_old_file_cannot_be_kept_it_is_not_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings_path(tmp_path).write_text("{broken", encoding="utf-8")
    monkeypatch.setattr(settings_module, "_free_name", lambda folder, now: None)
    with pytest.raises(OSError, match="could not be kept aside"):
        save_settings(tmp_path, Settings(volume=30), now=NOW)
    assert settings_path(tmp_path).read_text(encoding="utf-8") == "{broken"
