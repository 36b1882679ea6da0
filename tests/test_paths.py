"""Where files live: overrides first, then the environment, then platformdirs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

from unknot import paths


def test_an_override_beats_the_environment(tmp_path: Path) -> None:
    assert paths.data_dir(tmp_path / "mine") == tmp_path / "mine"
    assert paths.config_dir(tmp_path / "conf") == tmp_path / "conf"


def test_the_environment_beats_platformdirs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("UNKNOT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("UNKNOT_CONFIG_DIR", str(tmp_path / "config"))
    assert paths.data_dir() == tmp_path / "data"
    assert paths.config_dir() == tmp_path / "config"


def test_without_either_the_platform_folders_are_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("UNKNOT_DATA_DIR")
    monkeypatch.setenv("UNKNOT_CONFIG_DIR", "  ")  # blank counts as unset
    assert paths.data_dir() == Path(platformdirs.user_data_dir("unknot", appauthor=False))
    assert paths.config_dir() == Path(platformdirs.user_config_dir("unknot", appauthor=False))


def test_relative_and_home_paths_become_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert paths.data_dir(Path("here")) == tmp_path / "here"
    assert paths.config_dir(Path("~/conf")) == tmp_path / "home" / "conf"


def test_nothing_is_created(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UNKNOT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("UNKNOT_CONFIG_DIR", str(tmp_path / "config"))
    paths.data_dir()
    paths.config_dir()
    assert list(tmp_path.iterdir()) == []


def test_importing_paths_creates_nothing(tmp_path: Path) -> None:
    env = {
        "UNKNOT_DATA_DIR": str(tmp_path / "data"),
        "UNKNOT_CONFIG_DIR": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "xdg"),
        "XDG_CONFIG_HOME": str(tmp_path / "xdg"),
        "HOME": str(tmp_path),
    }
    subprocess.run(
        [sys.executable, "-c", "import unknot.paths, unknot.settings"],
        env=env,
        check=True,
    )
    assert list(tmp_path.iterdir()) == []
