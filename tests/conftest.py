"""Shared fixtures: Qt runs offscreen, and no test touches the real data folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Without a display Qt aborts unless told to draw offscreen; set before any Qt import.
# The offscreen screen is a common 1920x1080 desktop (its default, 800x800, is
# smaller than the window's minimum size, and the window fits itself to it).
_SCREEN = Path(__file__).resolve().parent / "offscreen_screen.json"
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")


@pytest.fixture(autouse=True)
def isolated_data_dirs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Point every per-user folder at a temporary one, so a test can never read or
    write the person's real history or settings."""
    root = tmp_path_factory.mktemp("home")
    saved = {key: os.environ.get(key) for key in _REDIRECTED}
    os.environ["UNKNOT_DATA_DIR"] = str(root / "data")
    os.environ["UNKNOT_CONFIG_DIR"] = str(root / "config")
    os.environ["XDG_DATA_HOME"] = str(root / "xdg-data")
    os.environ["XDG_CONFIG_HOME"] = str(root / "xdg-config")
    os.environ["XDG_STATE_HOME"] = str(root / "xdg-state")
    # Qt's mock speech engine: no window of a test starts a real speech service.
    os.environ["UNKNOT_SPEECH_ENGINE"] = "mock"
    yield root
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


_REDIRECTED = (
    "UNKNOT_DATA_DIR",
    "UNKNOT_CONFIG_DIR",
    "XDG_DATA_HOME",
    "XDG_CONFIG_HOME",
    "XDG_STATE_HOME",
    "UNKNOT_SPEECH_ENGINE",
)
