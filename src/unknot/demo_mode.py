"""`unknot --demo`: the app on a throw-away history full of example sessions.

Everything the demo writes lives in a new private temporary folder (a data
folder and a settings folder inside it), removed when the app quits. The real
history is never opened: the demo's launch options point at the temporary
folder, and filling refuses any folder this module did not make. The person's
settings file, if there is one, is copied in (read, never written) so the demo
counts weeks the way they do.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from unknot.files import PRIVATE_DIR_MODE
from unknot.launch_options import LaunchOptions
from unknot.settings import settings_path

# Written into the temporary folder; only a data folder beside it is filled.
DEMO_MARKER = "unknot-demo"


@dataclass(frozen=True)
class DemoFolders:
    root: Path

    @classmethod
    def create(cls, real: LaunchOptions) -> DemoFolders:
        # mkdtemp makes the folder 0700 whatever the umask.
        root = Path(tempfile.mkdtemp(prefix="unknot-demo-"))
        (root / DEMO_MARKER).write_text("A throw-away Unknot demo; safe to delete.\n")
        for name in ("data", "config"):
            (root / name).mkdir(mode=PRIVATE_DIR_MODE)
        source = settings_path(real.config_dir)
        with contextlib.suppress(OSError):
            shutil.copyfile(source, settings_path(root / "config"))
        return cls(root)

    def options(self) -> LaunchOptions:
        return LaunchOptions(
            data_dir=self.root / "data", config_dir=self.root / "config", demo=True
        )

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def is_demo_folder(data_dir: Path) -> bool:
    return (data_dir.parent / DEMO_MARKER).is_file()


def fill_demo_folder(data_dir: Path, today: date, zone: str) -> int:
    """Write a few months of example history ending yesterday into the demo's
    data folder, once; returns the sessions added. Refuses any other folder."""
    if not is_demo_folder(data_dir):
        raise ValueError(f"{data_dir} is not a demo folder; demo data goes nowhere else")
    # The store loads SQLAlchemy: only now, after the window is up.
    from unknot.store import History
    from unknot.store.demo import fill_demo_history

    with History.open(data_dir) as history:
        if history.session_count():
            return 0
        report = fill_demo_history(history, today - timedelta(days=1), zone=zone)
    return report.sessions_added
