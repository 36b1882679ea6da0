"""What the window is started with, apart from the command line that parses it.

Its own module so that `unknot.cli` (which starts the app), `unknot.app` and
`unknot.demo_mode` (which use the options) import no circle.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class LaunchOptions:
    """What the window needs from the command line."""

    data_dir: Path
    config_dir: Path
    # Start on a throw-away history filled with example sessions; the real one
    # is never opened.
    demo: bool = False
