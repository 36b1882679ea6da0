"""The chime at the end of a hold.

QtMultimedia is loaded only when the sound is first wanted: it costs start-up
time, and on a machine without it (or without any audio device) the session
must carry on in silence, with the visible cue alone.

QSoundEffect needs none of QtMultimedia's media back ends: without the FFmpeg
plug-in Qt says "Only QMediaDevices, QAudioDevice, QSoundEffect, QAudioSink,
and QAudioSource are available" and the chime still plays, so the packaged app
leaves FFmpeg (about 20 MB, with Qt Quick behind it) out. Where the plug-in is
installed (the PySide6 wheels) Qt loads it at first use all the same.
Measured through a PulseAudio null sink: QSoundEffect played every cue whole;
a QBuffer pulled by QAudioSink stalled after a quarter second on most cues.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl

from unknot.ui.shared.assets import asset_path

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect

CHIME_ASSET = "sounds/chime.wav"


def chime_path() -> Path | None:
    """The chime's file, or None when it is missing (the session stays silent)."""
    try:
        return asset_path(CHIME_ASSET)
    except FileNotFoundError:
        return None


class Chime(QObject):
    def __init__(self, source: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source if source is not None else chime_path()
        self._effect: QSoundEffect | None = None
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
        effect = self._load()
        if effect is None or volume <= 0:
            return False
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect, QtAudio

        if effect.status() is QSoundEffect.Status.Error:
            self._go_silent()
            return False
        # Checked on every cue: headphones may have been plugged in since.
        if not QMediaDevices.audioOutputs():
            return False
        # The slider is meant to feel even; the sound card wants a linear gain.
        effect.setVolume(
            QtAudio.convertVolume(
                min(volume, 100) / 100,
                QtAudio.VolumeScale.LogarithmicVolumeScale,
                QtAudio.VolumeScale.LinearVolumeScale,
            )
        )
        effect.play()
        return True

    def _load(self) -> QSoundEffect | None:
        if self._silent:
            return None
        if self._effect is not None:
            return self._effect
        if self._source is None or not self._source.is_file():
            self._go_silent()
            return None
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:
            self._go_silent()
            return None
        effect = QSoundEffect(self)
        effect.statusChanged.connect(self._on_status_changed)
        effect.setSource(QUrl.fromLocalFile(str(self._source)))
        self._effect = effect
        return effect

    def _on_status_changed(self) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        if self._effect is not None and self._effect.status() is QSoundEffect.Status.Error:
            self._go_silent()

    def _go_silent(self) -> None:
        self._silent = True
        if self._effect is not None:
            self._effect.deleteLater()
            self._effect = None
