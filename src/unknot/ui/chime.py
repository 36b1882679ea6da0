"""The chime at the end of a hold.

The sound file is read once into plain PCM samples (the `wave` module) and
handed to the sound card through QAudioSink. QSoundEffect would do the same,
but asks QtMultimedia's media back end for it, which loads the FFmpeg libraries
(about 20 MB, with Qt Quick behind them) for one short bell; QAudioSink talks
to the system's sound server directly, so the packaged app leaves FFmpeg out.

QtMultimedia is loaded only when the sound is first wanted: it costs start-up
time, and on a machine without it (or without any audio device) the session
must carry on in silence, with the visible cue alone.
"""

from __future__ import annotations

import sys
import wave
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject

from unknot.ui.assets import asset_path

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSink

CHIME_ASSET = "sounds/chime.wav"


def chime_path() -> Path | None:
    """The chime's file, or None when it is missing (the session stays silent)."""
    try:
        return asset_path(CHIME_ASSET)
    except FileNotFoundError:
        return None


@dataclass(frozen=True)
class Pcm:
    """Uncompressed sound: signed 16-bit little-endian samples, interleaved."""

    sample_rate: int
    channels: int
    samples: bytes


def read_pcm(path: Path) -> Pcm:
    """The samples of a 16-bit PCM WAV file; ValueError when the file is not one
    (another sample width, compressed, damaged), OSError when it cannot be read."""
    try:
        with wave.open(str(path), "rb") as sound:
            params = sound.getparams()
            frames = sound.readframes(params.nframes)
    except (wave.Error, EOFError) as error:
        raise ValueError(f"{path.name} is not a PCM WAV file: {error}") from error
    if params.sampwidth != 2:
        raise ValueError(f"{path.name} has {8 * params.sampwidth}-bit samples, not 16-bit")
    if not 1 <= params.nchannels <= 2 or params.framerate <= 0 or not frames:
        raise ValueError(f"{path.name} holds no sound a chime can play")
    if sys.byteorder == "big":
        swapped = array("h", frames)
        swapped.byteswap()
        frames = swapped.tobytes()
    return Pcm(params.framerate, params.nchannels, frames)


class Chime(QObject):
    def __init__(self, source: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source if source is not None else chime_path()
        self._pcm: Pcm | None = None
        self._sink: QAudioSink | None = None
        self._device_id = b""
        self._buffer = QBuffer(self)
        # Set for good once sound turns out to be impossible here.
        self._silent = False

    @property
    def silent(self) -> bool:
        """True once the chime has found it cannot play on this machine."""
        return self._silent

    def prepare(self) -> None:
        """Load the sound ahead of the first cue, so it is not late."""
        self._load()

    def play(self, volume: int) -> bool:
        """Play at `volume` (0-100); False when nothing could be played."""
        pcm = self._load()
        if pcm is None or volume <= 0:
            return False
        from PySide6.QtMultimedia import QMediaDevices, QtAudio

        # Checked on every cue: headphones may have been plugged in since.
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            return False
        sink = self._sink_for(device, pcm)
        if sink is None:
            return False
        # The slider is meant to feel even; the sound card wants a linear gain.
        sink.setVolume(
            QtAudio.convertVolume(
                min(volume, 100) / 100,
                QtAudio.VolumeScale.LogarithmicVolumeScale,
                QtAudio.VolumeScale.LinearVolumeScale,
            )
        )
        # A cue while the last one still rings starts the bell again.
        sink.stop()
        self._buffer.close()
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        sink.start(self._buffer)
        return sink.error() is QtAudio.Error.NoError

    def _sink_for(self, device: QAudioDevice, pcm: Pcm) -> QAudioSink | None:
        from PySide6.QtMultimedia import QAudioSink

        device_id = bytes(device.id().data())
        if self._sink is not None and device_id == self._device_id:
            return self._sink
        audio_format = _format_of(pcm)
        if not device.isFormatSupported(audio_format):
            return None
        if self._sink is not None:
            self._sink.stop()
            self._sink.deleteLater()
        self._sink = QAudioSink(device, audio_format, self)
        self._device_id = device_id
        return self._sink

    def _load(self) -> Pcm | None:
        if self._silent:
            return None
        if self._pcm is not None:
            return self._pcm
        if self._source is None:
            self._silent = True
            return None
        try:
            pcm = read_pcm(self._source)
            import PySide6.QtMultimedia  # noqa: F401 (absent on a trimmed Qt: silence)
        except (OSError, ValueError, ImportError):
            self._silent = True
            return None
        self._pcm = pcm
        self._buffer.setData(QByteArray(pcm.samples))
        return pcm


def _format_of(pcm: Pcm) -> QAudioFormat:
    from PySide6.QtMultimedia import QAudioFormat

    audio_format = QAudioFormat()
    audio_format.setSampleRate(pcm.sample_rate)
    audio_format.setChannelCount(pcm.channels)
    audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return audio_format
