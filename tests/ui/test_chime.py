"""The chime: a sound file made by a script in the repository, played when it can be."""

from __future__ import annotations

import subprocess
import sys
import wave
from array import array
from pathlib import Path

import pytest

from unknot.ui.session.chime import Chime, chime_path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "assets" / "sounds" / "make_chime.py"


def _samples(path: Path) -> tuple[wave._wave_params, array[int]]:
    with wave.open(str(path), "rb") as sound:
        params = sound.getparams()
        frames = array("h", sound.readframes(params.nframes))
    if sys.byteorder == "big":
        frames.byteswap()
    return params, frames


def test_the_committed_chime_is_what_the_script_makes(tmp_path: Path) -> None:
    made = tmp_path / "chime.wav"
    subprocess.run([sys.executable, str(SCRIPT), str(made)], check=True, capture_output=True)
    committed = chime_path()
    assert committed is not None
    want_params, want = _samples(committed)
    got_params, got = _samples(made)
    assert got_params == want_params
    # Floating point may differ in the last bit between maths libraries.
    assert max(abs(a - b) for a, b in zip(got, want, strict=True)) <= 1


def test_the_chime_is_short_soft_and_clean_at_both_ends() -> None:
    path = chime_path()
    assert path is not None
    params, samples = _samples(path)
    assert params.nchannels == 1 and params.sampwidth == 2
    assert 0.8 <= params.nframes / params.framerate <= 1.5
    peak = max(abs(s) for s in samples)
    assert 0.2 * 32767 < peak < 0.6 * 32767
    assert abs(samples[0]) < 200 and abs(samples[-1]) < 50


def test_a_missing_sound_file_means_silence_not_an_error(tmp_path: Path) -> None:
    chime = Chime(tmp_path / "nowhere.wav")
    chime.prepare()
    assert not chime.play(80)
    assert chime.silent


# Loading QtMultimedia on a machine without PipeWire, VA-API or a sound server
# logs what it could not find; that is the case under test.
@pytest.mark.qt_log_ignore(r"Couldn't (load|resolve)", "PulseAudio", "QSoundEffect")
def test_playing_never_fails_even_without_an_audio_device(qtbot: object) -> None:
    chime = Chime()
    chime.prepare()
    assert not chime.play(0)
    # Whether it sounds depends on the machine; it must never raise.
    assert isinstance(chime.play(80), bool)
