"""The PyInstaller bundle and its archive, as packaging/build.sh leaves them in dist/.

Skipped, with the reason, when no bundle was built here; `.ci/run` builds it
first, so CI always checks it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

import unknot
from unknot.app import APP_ID

from .test_cli import seed
from .test_packaging import ROOT, load_script, shipped_assets
from .test_self_check import assert_passed, run_as_a_person

DIST = ROOT / "dist"
BUNDLE = DIST / "unknot"
INTERNAL = BUNDLE / "_internal"
ARCHIVE = DIST / f"unknot-{unknot.__version__}-linux-x86_64.tar.gz"
# The bundle may be at most this share of a naive PyInstaller bundle of a bare
# PySide6 window built from the same wheels in the same run.
SIZE_BOUND = 0.6

pytestmark = pytest.mark.skipif(
    not (BUNDLE / "unknot").is_file(),
    reason="no bundle in dist/unknot: run packaging/build.sh (.ci/run does)",
)


def test_the_bundle_is_at_most_six_tenths_of_a_naive_bare_window() -> None:
    sizes_file = DIST / "bundle-sizes.json"
    assert sizes_file.is_file(), "packaging/build.sh writes the naive bundle's size here"
    naive = json.loads(sizes_file.read_text())["naive_bare_window"]
    ours = load_script(ROOT / "packaging" / "bundle_size.py").folder_bytes(BUNDLE)
    assert ours <= SIZE_BOUND * naive, (
        f"the bundle is {ours / 1e6:.1f} MB, {ours / naive:.2f} of the naive "
        f"{naive / 1e6:.1f} MB; the bound is {SIZE_BOUND}"
    )


def _bundled(pattern: str) -> list[str]:
    return sorted(str(path.relative_to(INTERNAL)) for path in INTERNAL.rglob(pattern))


@pytest.mark.parametrize(
    "pattern",
    [
        "libav*",  # FFmpeg: the chime's QSoundEffect needs no media back end
        "libsw*",
        "*ffmpeg*",
        "libQt6Quick*",
        "libQt6Qml*",
        "libQt6Pdf*",
        "libQt6WebEngine*",
        "libQt6VirtualKeyboard*",
        "libcrypto*",
        "libstdc++*",  # the system's: a second, older copy breaks its GL drivers
        "libxcb*",
        "screenshots",
        "make_*.py",
    ],
)
def test_what_the_app_never_loads_stays_out(pattern: str) -> None:
    assert _bundled(pattern) == []


def test_what_the_app_and_the_coming_voice_need_is_in() -> None:
    for needed in (
        "PySide6/Qt/lib/libQt6Multimedia.so.6",
        "PySide6/Qt/lib/libQt6TextToSpeech.so.6",
        "PySide6/QtTextToSpeech.abi3.so",
        "PySide6/Qt/plugins/texttospeech/libqtexttospeech_speechd.so",
        "PySide6/Qt/plugins/texttospeech/libqtexttospeech_mock.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    ):
        assert (INTERNAL / needed).is_file(), needed
    carried = {
        path.relative_to(INTERNAL / "assets")
        for path in (INTERNAL / "assets").rglob("*")
        if path.is_file()
    }
    assert carried == set(shipped_assets())


def test_every_library_the_bundle_links_is_in_it_or_in_the_listed_system_packages() -> None:
    # Meaningful on a machine with only the README's packages installed (CI): a
    # library found nowhere means the list misses a package. Two plugins serve
    # only machines that bring their own library: the GTK theme (GTK desktops)
    # and speechd (with the speech-dispatcher service, for spoken cues).
    optional = {"libqgtk3.so", "libqtexttospeech_speechd.so"}
    if shutil.which("ldd") is None:
        pytest.skip("no ldd here")
    search = f"{INTERNAL}:{INTERNAL / 'PySide6' / 'Qt' / 'lib'}"
    missing = []
    for path in INTERNAL.rglob("*.so*"):
        if path.is_symlink() or not path.is_file() or path.name in optional:
            continue
        result = subprocess.run(
            ["ldd", str(path)],
            capture_output=True,
            text=True,
            env={**os.environ, "LD_LIBRARY_PATH": search},
        )
        missing += [
            f"{path.name}: {line.strip()}"
            for line in result.stdout.splitlines()
            if "not found" in line
        ]
    assert missing == []


def test_the_bundle_starts_and_paints_its_window(tmp_path: Path) -> None:
    version = subprocess.run(
        [str(BUNDLE / "unknot"), "--version"], capture_output=True, text=True, check=True
    )
    assert version.stdout.strip() == f"unknot {unknot.__version__}"
    startup = load_script(ROOT / "benchmarks" / "bundle_startup.py")
    assert startup.first_paint([str(BUNDLE / "unknot")], tmp_path) > 0


def test_the_bundle_reads_and_writes_a_history_as_the_source_does(tmp_path: Path) -> None:
    # SQLAlchemy, its SQLite dialect and the store's modules are imported late
    # (after the first paint); a module the analysis missed shows up here.
    seed(tmp_path / "data")

    def both(*args: str) -> tuple[str, str]:
        commands = ([str(BUNDLE / "unknot")], [sys.executable, "-m", "unknot"])
        outputs = [
            subprocess.run(
                [*command, *args, "--data-dir", str(tmp_path / "data")],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            for command in commands
        ]
        return outputs[0], outputs[1]

    bundled, source = both("stats", "--json")
    assert json.loads(bundled) == json.loads(source)
    assert json.loads(bundled)["total_sessions"] > 0
    bundled, source = both("export", "--format", "json")
    assert bundled == source
    backup = tmp_path / "backup.json"
    backup.write_text(bundled)
    imported = subprocess.run(
        [str(BUNDLE / "unknot"), "import", str(backup), "--data-dir", str(tmp_path / "copy")],
        capture_output=True,
        text=True,
    )
    assert imported.returncode == 0, imported.stderr
    exported = subprocess.run(
        [str(BUNDLE / "unknot"), "export", "--data-dir", str(tmp_path / "copy")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert exported.stdout == bundled


@pytest.fixture
def unpacked(tmp_path: Path) -> Path:
    if not ARCHIVE.is_file():
        pytest.fail(f"packaging/build.sh makes {ARCHIVE.name} beside the bundle")
    with tarfile.open(ARCHIVE) as archive:
        archive.extractall(tmp_path / "unpacked", filter="tar")
    return tmp_path / "unpacked" / f"unknot-{unknot.__version__}"


def _home_env(home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    return {**env, "HOME": str(home), "PATH": f"{home}/.local/bin:/usr/bin:/bin"}


def test_the_unpacked_archive_passes_its_self_check(unpacked: Path, tmp_path: Path) -> None:
    # As .ci/run does after the build: the bundle as a person unpacks it, run
    # from elsewhere, with a home of its own that must stay free of Unknot's files.
    home = tmp_path / "home"
    result = run_as_a_person([str(unpacked / "unknot" / "unknot"), "--self-check"], home)
    assert_passed(result, home)


def test_the_archive_installs_under_home_and_uninstalls_leaving_the_history(
    unpacked: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    history = home / ".local" / "share" / "unknot"
    history.mkdir(parents=True)
    (history / "history.sqlite3").write_bytes(b"the person's history")
    (home / ".config" / "unknot").mkdir(parents=True)
    (home / ".config" / "unknot" / "settings.json").write_text("{}")
    env = _home_env(home)
    before = set(home.rglob("*"))

    subprocess.run([str(unpacked / "install.sh")], env=env, check=True, capture_output=True)
    share = home / ".local" / "share"
    entry = share / "applications" / f"{APP_ID}.desktop"
    launcher = home / ".local" / "bin" / "unknot"
    assert f"Exec={launcher}\n" in entry.read_text()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    icons = share / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file(), size
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True)
        assert checked.returncode == 0, checked.stdout
    version = subprocess.run(
        ["unknot", "--version"], env=env, capture_output=True, text=True, check=True
    )
    assert version.stdout.strip() == f"unknot {unknot.__version__}"
    # Installing again replaces the app in place.
    subprocess.run([str(unpacked / "install.sh")], env=env, check=True, capture_output=True)

    subprocess.run([str(unpacked / "uninstall.sh")], env=env, check=True, capture_output=True)
    left = set(home.rglob("*"))
    # Only folders install.sh made may stay behind (empty, or holding folders).
    stray = [path for path in left - before if not path.is_dir()]
    assert stray == []
    assert (history / "history.sqlite3").read_bytes() == b"the person's history"
    assert (home / ".config" / "unknot" / "settings.json").read_text() == "{}"
