"""Settings: a readable file that forgives mistakes one value at a time."""

from __future__ import annotations

import dataclasses
import json
import stat
from datetime import date, datetime, time
from pathlib import Path

import pytest

from unknot import settings as settings_module
from unknot.core.areas import AreaId
from unknot.core.safety import Condition
from unknot.core.voice_amount import Amount
from unknot.settings import (
    Settings,
    load_settings,
    resolve_week_start,
    save_settings,
    settings_path,
)

NOW = datetime(2026, 3, 4, 21, 5, 9)


def _write(config: Path, content: str | bytes) -> Path:
    config.mkdir(parents=True, exist_ok=True)
    path = settings_path(config)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def _custom() -> Settings:
    return Settings(
        hold_seconds=180,
        weekly_goal=3,
        week_start=7,
        day_start=time(4, 30),
        sound_on=False,
        volume=35,
        auto_advance=True,
        move_pictures=False,
        reminder_time=time(19, 0),
        show_in_tray=False,
        start_minimised=True,
        safety_confirmed_on=date(2026, 1, 2),
        safety_conditions=(Condition.OPEN_WOUND, Condition.CLOT),
        avoided_areas=(AreaId.ARMS, AreaId.FEET),
        language="de",
        voice_on=True,
        voice_offered=True,
        voice_amount=Amount.EVERY_MINUTE,
        voice_name="Anne",
        voice_rate=-3,
        voice_volume=60,
    )


def test_no_file_means_defaults_and_nothing_written(tmp_path: Path) -> None:
    loaded = load_settings(tmp_path / "config")
    assert loaded.settings == Settings()
    assert loaded.problems == []
    assert loaded.bad_copy is None
    assert not (tmp_path / "config").exists()


def test_the_defaults() -> None:
    default = Settings()
    assert (default.hold_seconds, default.weekly_goal, default.week_start) == (120, 5, None)
    assert default.day_start == time(0, 0)
    assert (default.sound_on, default.volume, default.auto_advance) == (True, 80, False)
    assert default.reminder_time is None
    assert (default.show_in_tray, default.start_minimised) == (True, False)
    assert default.safety_confirmed_on is None
    assert default.move_pictures is True


def test_the_voice_is_off_until_turned_on_and_not_yet_offered() -> None:
    default = Settings()
    assert (default.voice_on, default.voice_offered) == (False, False)
    assert (default.voice_amount, default.voice_name) == (Amount.NORMAL, None)


@pytest.mark.parametrize(
    ("name", "bad"),
    [
        ("voice_amount", "loud"),
        ("voice_amount", 2),
        ("voice_name", ""),
        ("voice_name", "Bob\n"),
        ("voice_name", "x" * 201),
        ("voice_rate", 11),
        ("voice_rate", 0.5),
        ("voice_volume", -1),
        ("voice_on", "yes"),
    ],
)
def test_a_bad_voice_value_falls_back_on_its_own(tmp_path: Path, name: str, bad: object) -> None:
    settings_path(tmp_path).write_text(
        json.dumps({"voice_on": True, "voice_rate": 4, name: bad}), encoding="utf-8"
    )
    loaded = load_settings(tmp_path, repair=False)
    assert getattr(loaded.settings, name) == getattr(Settings(), name)
    kept = {"voice_on": True, "voice_rate": 4}
    kept.pop(name, None)
    for other, value in kept.items():
        assert getattr(loaded.settings, other) == value
    assert len(loaded.problems) == 1


def test_every_setting_is_checked_and_written() -> None:
    names = {f.name for f in dataclasses.fields(Settings)}
    assert names == set(settings_module._SPECS)


def test_save_then_load_gives_the_same_settings(tmp_path: Path) -> None:
    config = tmp_path / "config"
    save_settings(config, _custom())
    loaded = load_settings(config)
    assert loaded.settings == _custom()
    assert loaded.problems == []


def test_the_file_is_readable_json(tmp_path: Path) -> None:
    save_settings(tmp_path, _custom())
    data = json.loads(settings_path(tmp_path).read_text(encoding="utf-8"))
    assert data == {
        "version": 1,
        "hold_seconds": 180,
        "weekly_goal": 3,
        "week_start": 7,
        "day_start": "04:30",
        "sound_on": False,
        "volume": 35,
        "auto_advance": True,
        "move_pictures": False,
        "reminder_time": "19:00",
        "show_in_tray": False,
        "start_minimised": True,
        "safety_confirmed_on": "2026-01-02",
        "safety_conditions": ["open_wound", "clot"],
        "avoided_areas": ["arms", "feet"],
        "tools": ["tennis_ball", "lacrosse_ball"],
        "language": "de",
        "voice_on": True,
        "voice_offered": True,
        "voice_amount": "every_minute",
        "voice_name": "Anne",
        "voice_rate": -3,
        "voice_volume": 60,
        "window": None,
    }


def test_save_is_private(tmp_path: Path) -> None:
    config = tmp_path / "new" / "config"
    save_settings(config, Settings())
    assert stat.S_IMODE(config.stat().st_mode) == 0o700
    assert stat.S_IMODE(settings_path(config).stat().st_mode) == 0o600


def test_save_replaces_the_file_in_one_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_settings(tmp_path, _custom())
    before = settings_path(tmp_path).read_bytes()

    def refuse(self: Path, target: Path) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "replace", refuse)
    with pytest.raises(OSError, match="No space"):
        save_settings(tmp_path, Settings())
    # The old file is whole and no temporary file is left behind.
    assert settings_path(tmp_path).read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]


def test_a_damaged_file_falls_back_to_defaults_and_is_kept(tmp_path: Path) -> None:
    damaged = b'{"hold_seconds": 180, "weekly_go\x00\xff'
    _write(tmp_path, damaged)

    loaded = load_settings(tmp_path, now=NOW)

    assert loaded.settings == Settings()
    assert loaded.bad_copy == tmp_path / "settings.bad-20260304-210509.json"
    assert loaded.bad_copy.read_bytes() == damaged
    assert stat.S_IMODE(loaded.bad_copy.stat().st_mode) == 0o600
    assert "damaged" in loaded.problems[0]
    assert "settings.bad-20260304-210509.json" in loaded.problems[-1]
    # Told once: the file now holds the defaults and loads cleanly.
    again = load_settings(tmp_path, now=NOW)
    assert again.problems == []
    assert again.settings == Settings()


@pytest.mark.parametrize("content", ["", "[1, 2]", '"text"', "null", "{", "\ufeff"])
def test_anything_but_an_object_falls_back_to_all_defaults(tmp_path: Path, content: str) -> None:
    _write(tmp_path, content)
    loaded = load_settings(tmp_path, now=NOW)
    assert loaded.settings == Settings()
    assert len(loaded.problems) == 2
    assert loaded.bad_copy is not None


def test_bad_values_fall_back_one_by_one(tmp_path: Path) -> None:
    _write(
        tmp_path,
        json.dumps(
            {
                "hold_seconds": 900,  # too long
                "weekly_goal": 3,  # fine
                "week_start": 0,  # out of range
                "day_start": "25:00",  # not a time
                "sound_on": "yes",  # wrong kind
                "volume": 35,  # fine
                "auto_advance": 1,  # a number is not true/false
                "reminder_time": "07:45",  # fine
                "show_in_tray": None,  # null is not allowed here
                "safety_confirmed_on": "2026-02-30",  # no such date
                "colour": "teal",  # unknown keys are ignored
            }
        ),
    )
    loaded = load_settings(tmp_path, now=NOW)
    assert loaded.settings == Settings(weekly_goal=3, volume=35, reminder_time=time(7, 45))
    # One message per bad value, then where the copy went.
    assert len(loaded.problems) == 8
    assert loaded.problems[0] == (
        "The default hold in your settings was 900, which is not a whole number of "
        "seconds from 120 to 300; it is back to 2 minutes."
    )
    joined = "\n".join(loaded.problems)
    for label in ("first day of the week", "day start", "sound", "tray icon", "safety"):
        assert label in joined
    assert loaded.bad_copy is not None
    repaired = json.loads(settings_path(tmp_path).read_text(encoding="utf-8"))
    assert repaired["weekly_goal"] == 3
    assert repaired["hold_seconds"] == 120


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("hold_seconds", 119),
        ("hold_seconds", 301),
        ("hold_seconds", 150.0),
        ("hold_seconds", True),
        ("weekly_goal", 8),
        ("week_start", 8),
        ("day_start", "7:00"),
        ("day_start", "07:60"),
        ("day_start", None),
        ("volume", -1),
        ("volume", 101),
        ("reminder_time", ""),
        ("safety_confirmed_on", "2026-1-2"),
        ("start_minimised", "false"),
        ("safety_conditions", ["clot", "gout"]),
        ("safety_conditions", "clot"),
        ("safety_conditions", [1]),
        ("avoided_areas", ["calves", "elbow"]),
        ("avoided_areas", None),
    ],
)
def test_each_out_of_range_value_is_refused(tmp_path: Path, key: str, value: object) -> None:
    good: dict[str, object] = {"volume": 10} if key != "volume" else {"weekly_goal": 2}
    _write(tmp_path, json.dumps({key: value} | good))
    loaded = load_settings(tmp_path, now=NOW)
    assert getattr(loaded.settings, key) == getattr(Settings(), key)
    assert loaded.settings == Settings(**good)  # type: ignore[arg-type]
    assert len(loaded.problems) == 2


def test_missing_keys_quietly_take_their_defaults(tmp_path: Path) -> None:
    _write(tmp_path, '{"weekly_goal": 4}')
    loaded = load_settings(tmp_path)
    assert loaded.settings == Settings(weekly_goal=4)
    assert loaded.problems == []
    assert loaded.bad_copy is None


def test_without_repair_nothing_is_written(tmp_path: Path) -> None:
    path = _write(tmp_path, '{"weekly_goal": 40}')
    loaded = load_settings(tmp_path, repair=False)
    assert loaded.settings == Settings()
    assert len(loaded.problems) == 1
    assert loaded.bad_copy is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]
    assert path.read_text(encoding="utf-8") == '{"weekly_goal": 40}'


def test_copies_made_in_the_same_second_do_not_overwrite_each_other(tmp_path: Path) -> None:
    _write(tmp_path, "first")
    first = load_settings(tmp_path, now=NOW).bad_copy
    _write(tmp_path, "second")
    second = load_settings(tmp_path, now=NOW).bad_copy
    assert first is not None
    assert second is not None
    assert first != second
    assert (first.read_text(), second.read_text()) == ("first", "second")


def test_an_unreadable_file_gives_defaults_and_is_left_alone(tmp_path: Path) -> None:
    settings_path(tmp_path).mkdir()  # a folder where the file should be
    loaded = load_settings(tmp_path)
    assert loaded.settings == Settings()
    assert len(loaded.problems) == 1
    assert "could not be read" in loaded.problems[0]
    assert loaded.bad_copy is None
    assert settings_path(tmp_path).is_dir()


def test_a_byte_order_mark_is_fine(tmp_path: Path) -> None:
    _write(tmp_path, '\ufeff{"volume": 10}')
    assert load_settings(tmp_path).settings == Settings(volume=10)


@pytest.mark.parametrize(
    "change",
    [
        {"hold_seconds": 60},
        {"weekly_goal": 0},
        {"week_start": 9},
        {"day_start": time(3, 0, 30)},
        {"volume": 120},
        {"sound_on": 1},
        {"reminder_time": "19:00"},
        {"safety_confirmed_on": datetime(2026, 1, 1)},
        {"safety_conditions": [Condition.CLOT]},
        {"safety_conditions": ("clot",)},
        {"safety_conditions": (Condition.PREGNANCY, Condition.CLOT)},
        {"safety_conditions": (Condition.CLOT, Condition.CLOT)},
        {"safety_conditions": (AreaId.CALVES,)},
        {"avoided_areas": (AreaId.FEET, Condition.CLOT)},
    ],
)
def test_settings_in_memory_are_always_valid(change: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        Settings(**change)  # type: ignore[arg-type]


def test_week_start_from_the_setting_or_the_locale() -> None:
    from PySide6.QtCore import QLocale

    assert resolve_week_start(Settings(week_start=3)) == 3
    from_locale = resolve_week_start(Settings())
    assert from_locale == QLocale.system().firstDayOfWeek().value
    assert 1 <= from_locale <= 7


def test_lists_read_in_a_fixed_order_without_repeats(tmp_path: Path) -> None:
    _write(
        tmp_path,
        json.dumps(
            {
                "safety_conditions": ["pregnancy", "clot", "pregnancy"],
                "avoided_areas": ["feet", "head"],
            }
        ),
    )
    loaded = load_settings(tmp_path)
    assert loaded.problems == []
    assert loaded.settings.safety_conditions == (Condition.CLOT, Condition.PREGNANCY)
    assert loaded.settings.avoided_areas == (AreaId.HEAD, AreaId.FEET)


def test_your_tools_read_back_in_order_and_refuse_what_is_not_a_tool(tmp_path: Path) -> None:
    from unknot.core.areas import Tool

    mine = Settings(tools=(Tool.LACROSSE_BALL, Tool.FOAM_ROLLER))
    save_settings(tmp_path, mine)
    assert load_settings(tmp_path).settings == mine
    settings_path(tmp_path).write_text('{"tools": ["foam_roller", "tennis_ball", "hands"]}')
    loaded = load_settings(tmp_path, repair=False)
    assert loaded.settings.tools == Settings().tools
    assert "list of your tools" in loaded.problems[0]
    with pytest.raises(ValueError):
        Settings(tools=(Tool.FOAM_ROLLER, Tool.TENNIS_BALL))  # not in the canonical order


@pytest.mark.parametrize("value", ["fr", "", "DE", 1, None, ["de"]])
def test_an_unknown_language_falls_back_to_following_the_system(
    tmp_path: Path, value: object
) -> None:
    settings_path(tmp_path).write_text(json.dumps({"language": value}), encoding="utf-8")
    loaded = load_settings(tmp_path)
    assert loaded.settings.language == "system"
    assert "The language in your settings" in loaded.problems[0]
