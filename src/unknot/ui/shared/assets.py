"""The one way to find a file under `assets/`: the body figure, icons, sounds.

In a source checkout (also when installed editable) the folder sits at the top of
the repository; a wheel carries a copy inside the package (`unknot/assets`, put
there by setup.py); in a PyInstaller bundle it is unpacked under `sys._MEIPASS`.
"""

from __future__ import annotations

import sys
from pathlib import Path

# src/unknot/ui/shared/assets.py -> unknot/assets in an installed wheel.
_PACKAGE_ASSETS = Path(__file__).resolve().parents[2] / "assets"
# src/unknot/ui/shared/assets.py -> the repository's top level.
_CHECKOUT_ASSETS = Path(__file__).resolve().parents[4] / "assets"


def assets_dir() -> Path:
    """The folder holding the app's assets."""
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = [Path(bundle) / "assets"] if bundle else []
    candidates += [_PACKAGE_ASSETS, _CHECKOUT_ASSETS]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        "Unknot's assets folder is missing; looked in " + ", ".join(map(str, candidates))
    )


def asset_path(name: str) -> Path:
    """The path of one asset, `name` relative to the assets folder
    ("body/front.svg"); raises FileNotFoundError when it is not there."""
    path = assets_dir() / name
    if not path.is_file():
        raise FileNotFoundError(f"asset {name!r} is missing: {path}")
    return path
