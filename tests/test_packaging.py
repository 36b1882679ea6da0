"""What a person installs: the wheel, the desktop files, the system packages.

The PyInstaller bundle itself is checked in tests/test_bundle.py.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from xml.etree import ElementTree

import pytest

import unknot
from unknot.app import APP_ID

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
README = (ROOT / "README.md").read_text(encoding="utf-8")


def load_script(path: Path) -> ModuleType:
    """A script of the repository (setup.py, packaging/*.py) as a module."""
    spec = importlib.util.spec_from_file_location(f"_script_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def shipped_assets() -> list[Path]:
    """The files under assets/ the wheel and the bundle carry (setup.py's rule)."""
    found: Callable[[], list[Path]] = load_script(ROOT / "setup.py").shipped_assets
    return found()


def package_list(name: str) -> list[str]:
    text = (LINUX / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


# -- the wheel ---------------------------------------------------------------------


def test_the_asset_rule_takes_every_folder_but_the_screenshots() -> None:
    shipped = shipped_assets()
    folders = {path.parts[0] for path in shipped}
    on_disk = {path.name for path in (ROOT / "assets").iterdir() if path.is_dir()}
    assert folders == on_disk - {"screenshots"}
    assert Path("sounds/chime.wav") in shipped and Path("body/front.svg") in shipped
    assert not [path for path in shipped if path.suffix == ".py"]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel `pip install .` would install, built from this checkout."""
    folder = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(folder), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = folder.glob("unknot-*.whl")
    return built


@pytest.mark.slow
def test_the_wheel_carries_every_asset_and_the_translations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    carried = {Path(name).relative_to("unknot/assets") for name in names if "/assets/" in name}
    assert carried == set(shipped_assets())
    translations = sorted((ROOT / "src" / "unknot" / "translations").glob("*.qm"))
    for qm in translations:
        assert f"unknot/translations/{qm.name}" in names
    assert not [name for name in names if "screenshots" in name]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The sdist and the wheel `python -m build` makes (the wheel built from the
    sdist, so whatever the sdist lacks, the wheel lacks too)."""
    folder = tmp_path_factory.mktemp("built")
    # Asked from outside the checkout: its build/ folder (PyInstaller's work, the
    # layout pictures) would pass for the package.
    found = subprocess.run(
        [sys.executable, "-c", "import build.__main__"], cwd=folder, capture_output=True
    )
    if found.returncode != 0:
        pytest.skip("the build package is not installed: pip install -e '.[package]'")
    subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(folder), str(ROOT)],
        check=True,
        capture_output=True,
        # Not from the checkout, whose build/ folder (PyInstaller's work, the
        # layout pictures) would be found as the `build` module.
        cwd=folder,
    )
    (sdist,) = folder.glob("unknot-*.tar.gz")
    (wheel,) = folder.glob("unknot-*.whl")
    return sdist, wheel


@pytest.mark.slow
def test_python_m_build_makes_an_sdist_and_a_wheel_carrying_the_assets(
    built: tuple[Path, Path],
) -> None:
    sdist, wheel = built
    top = Path(f"unknot-{unknot.__version__}")
    with tarfile.open(sdist) as archive:
        names = {Path(name) for name in archive.getnames()}
    carried = {
        name.relative_to(top / "assets") for name in names if name.is_relative_to(top / "assets")
    }
    assert set(shipped_assets()) <= carried
    for qm in sorted((ROOT / "src" / "unknot" / "translations").glob("*.qm")):
        assert top / "src" / "unknot" / "translations" / qm.name in names
    # setup.py, which copies assets/ into the wheel, and its rule's home.
    assert top / "setup.py" in names and top / "MANIFEST.in" in names

    in_wheel = set(zipfile.ZipFile(wheel).namelist())
    wheel_assets = {
        Path(name).relative_to("unknot/assets") for name in in_wheel if "/assets/" in name
    }
    assert wheel_assets == set(shipped_assets())
    assert "unknot/self_check.py" in in_wheel


@pytest.mark.slow
def test_a_plain_install_of_the_wheel_starts_the_app(wheel: Path, tmp_path: Path) -> None:
    # A fresh environment with only the wheel installed in it; Qt, SQLAlchemy and
    # the rest are borrowed from this one by path (a .pth line), which makes no
    # editable install of Unknot visible there.
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    purelib = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    (purelib / "borrowed.pth").write_text(sysconfig.get_path("purelib") + "\n")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "-q",
            "--no-deps",
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    where = subprocess.run(
        [str(python), "-c", "import unknot.ui.shared.assets as a; print(a.assets_dir())"],
        cwd=tmp_path,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    assert Path(where).is_relative_to(venv), where

    launcher = venv / "bin" / "unknot"
    version = subprocess.run(
        [str(launcher), "--version"], check=True, capture_output=True, text=True
    )
    assert version.stdout.strip() == f"unknot {unknot.__version__}"
    startup = load_script(ROOT / "benchmarks" / "bundle_startup.py")
    assert startup.first_paint([str(launcher)], tmp_path / "home") > 0


# -- the desktop files -------------------------------------------------------------


def _validator(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed here (.ci/run installs it)")
    return found


def test_the_desktop_entry_validates() -> None:
    result = subprocess.run(
        [_validator("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout + result.stderr


def test_the_metainfo_validates() -> None:
    result = subprocess.run(
        [_validator("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_desktop_entry_names_the_app_as_the_window_does() -> None:
    entry = dict(line.split("=", 1) for line in DESKTOP.read_text().splitlines() if "=" in line)
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "unknot"


def test_the_metainfo_shows_the_readmes_screenshots_and_every_release() -> None:
    root = ElementTree.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    images = [image.text or "" for image in root.iter("image")]
    assert images
    for url in images:
        name = url.rsplit("/", 1)[-1]
        assert f"assets/screenshots/{name}" in README, url
        assert (ROOT / "assets" / "screenshots" / name).is_file(), url
    assert len(root.findall("screenshots/screenshot[@type='default']")) == 1
    releases = root.findall("releases/release")
    assert releases[0].get("version") == unknot.__version__
    for release in releases:
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", release.get("date") or ""), release.attrib
        assert (release.findtext("description/p") or "").strip(), release.attrib
    rating = root.find("content_rating")
    assert rating is not None and rating.get("type") == "oars-1.1"


# -- the system packages -----------------------------------------------------------


def _readme_command(manager: str) -> list[str]:
    """The packages of the README's `sudo MANAGER install ...` line."""
    match = re.search(rf"sudo {manager} install ([^`]+)`", README)
    assert match is not None, f"the README has no `sudo {manager} install` line"
    return match.group(1).split()


def test_the_readme_lists_the_packages_ci_installs() -> None:
    debian = package_list("debian-packages.txt")
    # python3-venv: the quick start's `python3 -m venv` on a system Python.
    assert _readme_command("apt-get") == [*debian, "python3-venv"]
    assert _readme_command("dnf") == package_list("fedora-packages.txt")
    ci = (ROOT / ".ci" / "run").read_text()
    assert "packaging/linux/debian-packages.txt" in ci
    # Installed from the file, not from a second list that could drift.
    assert not [name for name in debian if re.search(rf"\s{re.escape(name)}\s", ci)]


def test_the_trimmed_icu_data_answers_qt_as_the_full_one(tmp_path: Path) -> None:
    if shutil.which("cc") is None:
        pytest.skip("no C compiler here to link the trimmed ICU data (.ci/run installs gcc)")
    import PySide6

    wheel_icu = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    trimmed = tmp_path / wheel_icu.name
    dropped = load_script(ROOT / "packaging" / "trim_icu.py").trim(wheel_icu, trimmed)
    assert dropped and trimmed.stat().st_size < wheel_icu.stat().st_size / 2
    assert icu_answers(trimmed) == icu_answers(None)


# Dotless and dotted i are the point: Turkish case mapping goes through ICU.
ICU_QUESTIONS = """
from PySide6.QtCore import QCollator, QDate, QDateTime, QLocale, QTime, QTimeZone
words = ["Äpfel", "apfel", "Zebra", "örn", "ost", "\u0131i", "\u0130stanbul", "çay", "cz"]
maps = [line for line in open("/proc/self/maps") if "libicudata" in line]
print(maps[0].split()[-1] if maps else "no ICU data mapped")
for name in ("de_DE", "sv_SE", "tr_TR", "en_US", "ja_JP", "fr_FR", "es_ES", "cs_CZ", "ar_EG"):
    locale = QLocale(name)
    collator = QCollator(locale)
    print(sorted(words, key=collator.sortKey))
    print(locale.toUpper("istanbul \u0131i"), locale.toLower("ISTANBUL \u0130"))
    when = QDateTime(QDate(2026, 11, 30), QTime(10, 0), QTimeZone(b"Europe/Berlin"))
    print(locale.toString(when, QLocale.FormatType.LongFormat), locale.toString(1234567.891))
    zone = QTimeZone(b"America/New_York")
    for kind in (QTimeZone.NameType.LongName, QTimeZone.NameType.ShortName):
        print(zone.displayName(QTimeZone.TimeType.StandardTime, kind, locale))
"""


def icu_answers(library: Path | None) -> list[str]:
    """What Qt answers through ICU, with `library` in place of the wheel's ICU
    data (None: the wheel's own); the first line names the data mapped."""
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    if library is not None:
        env["LD_PRELOAD"] = str(library)
    result = subprocess.run(
        [sys.executable, "-c", ICU_QUESTIONS], capture_output=True, text=True, env=env, check=True
    )
    lines = result.stdout.splitlines()
    mapped = lines[0]
    assert (library is None) or mapped == str(library), mapped
    return lines[1:]
