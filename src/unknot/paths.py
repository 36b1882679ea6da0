"""Where Unknot keeps its files.

Only names are worked out here; nothing is created on import or on call, so
`unknot --help` never leaves an empty folder behind. The store creates the data
folder (0700) when it first opens the history; settings create the config folder
when they are first saved.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "unknot"
DATA_DIR_VARIABLE = "UNKNOT_DATA_DIR"
CONFIG_DIR_VARIABLE = "UNKNOT_CONFIG_DIR"
# The history database inside the data folder.
HISTORY_FILE_NAME = "history.sqlite3"


def data_dir(override: Path | None = None) -> Path:
    """The folder of the history database and its backups: `override` (from
    `--data-dir`), else `$UNKNOT_DATA_DIR`, else the platform's user data folder."""
    return _chosen(override, DATA_DIR_VARIABLE) or Path(
        platformdirs.user_data_dir(APP_NAME, appauthor=False)
    )


def config_dir(override: Path | None = None) -> Path:
    """The folder of `settings.json`: `override`, else `$UNKNOT_CONFIG_DIR`, else
    the platform's user config folder."""
    return _chosen(override, CONFIG_DIR_VARIABLE) or Path(
        platformdirs.user_config_dir(APP_NAME, appauthor=False)
    )


def _chosen(override: Path | None, variable: str) -> Path | None:
    if override is not None:
        return override.expanduser().absolute()
    # An empty variable is how a shell "unsets" one for a single command; treat it
    # as absent rather than as the current folder.
    value = os.environ.get(variable, "").strip()
    if value:
        return Path(value).expanduser().absolute()
    return None
