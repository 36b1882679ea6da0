"""The chime: a sound file made by a script in the repository, played when it can be."""

from __future__ import annotations

import subprocess
import sys
import wave
from array import array
from collections.abc import Callable
from pathlib import Path

import pytest

from unknot.ui.chime import Chime, chime_path, read_pcm

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


def test_the_chime_goes_to_the_sound_card_as_the_samples_of_its_file() -> None:
    path = chime_path()
    assert path is not None
    params, samples = _samples(path)
    pcm = read_pcm(path)
    assert (pcm.sample_rate, pcm.channels) == (params.framerate, params.nchannels)
    little_endian = array("h", pcm.samples)
    if sys.byteorder == "big":
        little_endian.byteswap()
    assert little_endian == samples


def _write_wave(path: Path, width: int, frames: bytes, channels: int = 1) -> None:
    with wave.open(str(path), "wb") as sound:
        sound.setnchannels(channels)
        sound.setsampwidth(width)
        sound.setframerate(44_100)
        sound.writeframes(frames)


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda p: p.write_bytes(b"RIFF\0\0\0\0WAVEjunk"), id="damaged"),
        pytest.param(lambda p: p.write_bytes(b""), id="empty"),
        pytest.param(lambda p: p.write_text("not a sound"), id="text"),
        pytest.param(lambda p: _write_wave(p, 1, b"\x80" * 400), id="8-bit"),
        pytest.param(lambda p: _write_wave(p, 3, b"\0" * 600), id="24-bit"),
        pytest.param(lambda p: _write_wave(p, 2, b""), id="no samples"),
        pytest.param(lambda p: _write_wave(p, 2, b"\0" * 600, channels=3), id="3 channels"),
        pytest.param(lambda p: p.mkdir(), id="a folder"),
    ],
)
def test_a_sound_file_the_chime_cannot_play_means_silence_not_an_error(
    tmp_path: Path, make: Callable[[Path], object]
) -> None:
    path = tmp_path / "chime.wav"
    make(path)
    with pytest.raises((ValueError, OSError)):
        read_pcm(path)
    chime = Chime(path)
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
