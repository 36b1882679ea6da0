"""Builds the wheel with the app's `assets/` folder inside the `unknot` package.

`assets/` stays at the top of the repository (the scripts that make the body
figure and the chime live beside what they make); a wheel puts a copy of it
at `unknot/assets/`, every subfolder included, so a folder added later ships
without a change here. Only what the app never reads at run time stays out:
the README's screenshots and the scripts that generate assets. PyInstaller's
spec (packaging/unknot.spec) applies the same rule; a test compares the two.
Everything else about the project is in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
ASSETS = ROOT / "assets"
# Folders and files under assets/ that the app never loads.
LEFT_OUT_FOLDERS = ("screenshots",)
LEFT_OUT_SUFFIXES = (".py", ".pyc")


def shipped_assets() -> list[Path]:
    """Every file under assets/ the app may load, relative to assets/."""
    shipped = []
    for path in sorted(ASSETS.rglob("*")):
        relative = path.relative_to(ASSETS)
        if not path.is_file() or relative.parts[0] in LEFT_OUT_FOLDERS:
            continue
        if "__pycache__" in relative.parts or path.suffix in LEFT_OUT_SUFFIXES:
            continue
        shipped.append(relative)
    return shipped


class BuildWithAssets(build_py):
    def run(self) -> None:
        super().run()
        # An editable install reads assets/ where it is (src/unknot/ui/shared/assets.py).
        if getattr(self, "editable_mode", False) or not ASSETS.is_dir():
            return
        target = Path(self.build_lib) / "unknot" / "assets"
        for relative in shipped_assets():
            (target / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(ASSETS / relative, target / relative)


# Guarded, so tests can import shipped_assets() without running a build.
if __name__ == "__main__":
    setup(cmdclass={"build_py": BuildWithAssets})
