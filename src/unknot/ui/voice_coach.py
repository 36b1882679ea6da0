"""The voice coach's speaking: Qt's text-to-speech behind `core.voice_cues`.

What to say and when is decided in core (`VoiceCues`, a view of the session
engine); this module only finds a speech engine, hands it the words and wakes
the session engine at the voice's next time cue. This module comes with the
history (like the session screen) and QtTextToSpeech only when a voice is first
needed (a session with the voice on, Settings, the test button), never on the
way to the first paint.

Where there is no speech engine or no voice (Linux without speech-dispatcher),
nothing is spoken and nothing fails: `VoiceCoach.problem()` says why, in words
for Settings, with what to install.
"""

from __future__ import annotations

import math
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt, QTimer, Signal

from unknot.core.clock import Clock
from unknot.core.translation import translate
from unknot.core.voice_amount import Amount
from unknot.core.voice_cues import VoiceCues

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech, QVoice

    from unknot.core.session_engine import Display, SessionEngine
    from unknot.settings import Settings

# Qt's test engine: never offered to the person.
MOCK_ENGINE = "mock"
# Names the speech engine to use (e.g. "speechd", "flite"); unset, the first
# real one there is. The tests set Qt's "mock".
ENGINE_VARIABLE = "UNKNOT_SPEECH_ENGINE"


def chosen_engine() -> str | None:
    return os.environ.get(ENGINE_VARIABLE) or None


# Settings keep the rate as a whole number; Qt takes -1.0 to 1.0.
RATE_STEPS = 10


def install_hint(platform: str = sys.platform) -> str:
    """What to install for a voice on `platform` (as `sys.platform` names it),
    in one sentence."""
    if platform.startswith("linux"):
        return translate(
            "Voice",
            "To hear the coach, install speech-dispatcher and a voice such as espeak-ng "
            "(for example: sudo apt install speech-dispatcher espeak-ng), then start "
            "Unknot again.",
        )
    if platform == "darwin":
        return translate(
            "Voice",
            "To hear the coach, add a voice under System Settings, Accessibility, Spoken "
            "Content, then start Unknot again.",
        )
    return translate(
        "Voice",
        "To hear the coach, add a voice under Settings, Time and language, Speech, then "
        "start Unknot again.",
    )


def speech_engines_exist() -> bool:
    """True when some speech engine is installed (without starting one)."""
    if chosen_engine() is not None:
        return True
    from PySide6.QtTextToSpeech import QTextToSpeech

    return any(engine != MOCK_ENGINE for engine in QTextToSpeech.availableEngines())


class Speech(QObject):
    """One speech engine, made on first use. Words handed over in one turn of
    the event loop are said one after the other; words from a later turn cut
    off whatever is still being said, so the voice is never behind the screen."""

    # Each text handed to the engine, as it is handed over.
    spoke = Signal(str)

    def __init__(self, engine_name: str | None = None, parent: QObject | None = None) -> None:
        """`engine_name`: a QtTextToSpeech engine ("mock" in tests); None takes
        the first real one there is."""
        super().__init__(parent)
        self._engine_name = engine_name
        self._tts: QTextToSpeech | None = None
        self._problem: str | None = None
        self._made = False
        self._in_turn = False
        self._settings: tuple[str | None, int, int] = (None, 0, 80)
        self._applied: tuple[str | None, int, int] | None = None
        self._default_voice: QVoice | None = None

    # -- the engine ------------------------------------------------------------------

    def prepare(self) -> None:
        """Make the engine now (it can take a second: speech-dispatcher may have
        to start), so that the first cue does not wait for it."""
        self._engine()

    def problem(self) -> str | None:
        """Why there is no voice and what to install, or None when there is one."""
        self._engine()
        return self._problem

    @property
    def engine(self) -> QTextToSpeech | None:
        """The engine, if one could be made."""
        return self._engine()

    def _engine(self) -> QTextToSpeech | None:
        if self._made:
            return self._tts
        self._made = True
        from PySide6.QtTextToSpeech import QTextToSpeech

        installed = QTextToSpeech.availableEngines()
        name = self._engine_name or chosen_engine()
        if name is None:
            real = [engine for engine in installed if engine != MOCK_ENGINE]
            name = real[0] if real else None
        if name is None or name not in installed:
            self._problem = " ".join(
                (
                    translate("Voice", "No speech engine was found, so the coach is silent."),
                    install_hint(),
                )
            )
            return None
        tts = QTextToSpeech(name, self)
        if tts.state() is QTextToSpeech.State.Error:
            reason = tts.errorString() or translate("Voice", "no reason given")
            self._problem = " ".join(
                (
                    translate("Voice", "The speech engine did not start ({reason}).").format(
                        reason=reason
                    ),
                    install_hint(),
                )
            )
            tts.deleteLater()
            return None
        if not tts.availableVoices():
            self._problem = " ".join(
                (translate("Voice", "The speech engine has no voice installed."), install_hint())
            )
            tts.deleteLater()
            return None
        self._tts = tts
        self._default_voice = tts.voice()
        return tts

    def voices(self) -> list[str]:
        """The names of the voices in the person's language (all of them when
        none is); empty without an engine."""
        tts = self._engine()
        if tts is None:
            return []
        voices = tts.availableVoices()
        # An engine may list hundreds (espeak-ng has a voice for each language
        # and variant): those for the person's language first, when it has any.
        language = QLocale().language()
        theirs = [voice for voice in voices if voice.locale().language() == language]
        names = [voice.name() for voice in theirs or voices]
        return list(dict.fromkeys(names))

    # -- speaking ----------------------------------------------------------------------

    def set_voice(self, name: str | None, rate: int, volume: int) -> None:
        """The voice by name (None: the engine's default), its rate from -10 to
        10 and its volume from 0 to 100, for everything said from now on."""
        self._settings = (name, rate, volume)

    def say(self, text: str) -> None:
        tts = self._engine()
        if tts is None or not text:
            return
        self._configure(tts, self._settings)
        if self._in_turn:
            tts.enqueue(text)
        else:
            # A new moment: what is still being said is over.
            tts.say(text)
            self._in_turn = True
            QTimer.singleShot(0, self._end_turn)
        self.spoke.emit(text)

    def stop(self) -> None:
        tts = self._tts
        if tts is not None:
            tts.stop()

    def test(self, name: str | None, rate: int, volume: int) -> None:
        """Say a sample in the voice given, without changing the coach's own."""
        tts = self._engine()
        if tts is None:
            return
        self._configure(tts, (name, rate, volume))
        tts.say(translate("Voice", "This is how your coach sounds. Halfway. One minute left."))

    def _configure(self, tts: QTextToSpeech, wanted: tuple[str | None, int, int]) -> None:
        if wanted == self._applied:
            return
        self._applied = wanted
        name, rate, volume = wanted
        voice = _voice_named(tts, name)
        # No name: the voice the engine chose for the person's language, not
        # the first of its list (which may be any language at all).
        chosen = voice if voice is not None else self._default_voice
        if chosen is not None:
            tts.setVoice(chosen)
        tts.setRate(max(-1.0, min(1.0, rate / RATE_STEPS)))
        tts.setVolume(max(0.0, min(1.0, volume / 100)))

    def _end_turn(self) -> None:
        self._in_turn = False


def _voice_named(tts: QTextToSpeech, name: str | None) -> QVoice | None:
    """The engine's voice called `name`; None for no name or a voice no longer
    there (the engine's own choice is used then)."""
    if name is not None:
        for voice in tts.availableVoices():
            if voice.name() == name:
                return voice
    return None


class VoiceCoach(QObject):
    """The window's voice: follows each session the screen starts, speaks when
    the person has turned it on, and stops the moment the session does."""

    def __init__(
        self,
        clock: Clock,
        parent: QObject | None = None,
        *,
        engine_name: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.speech = Speech(engine_name, self)
        self._on = False
        self._amount = Amount.NORMAL
        self._cues: VoiceCues | None = None
        self._wake_engine: Callable[[], None] = lambda: None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._wake)

    @property
    def on(self) -> bool:
        return self._on

    def apply(self, settings: Settings) -> None:
        """Put the voice settings in force now, mid-session too."""
        self._amount = settings.voice_amount
        self.speech.set_voice(settings.voice_name, settings.voice_rate, settings.voice_volume)
        was_on, self._on = self._on, settings.voice_on
        if self._cues is not None:
            self._cues.amount = settings.voice_amount
        if was_on and not self._on:
            self.speech.stop()
            self._timer.stop()
        elif self._on and self._cues is not None and not self._cues.over:
            QTimer.singleShot(0, self.speech.prepare)
            self._schedule()

    def follow(self, engine: SessionEngine, wake: Callable[[], None]) -> None:
        """Speak for the session `engine` runs; `wake` brings the engine up to
        date (the screen's tick), called at each time cue the voice has."""
        self._timer.stop()
        if self._on:
            # Made now, while the person gets into position, not at a cue.
            self.speech.prepare()
        self._wake_engine = wake
        cues = _TimedCues(self._clock, _Gate(self), self._amount, self._schedule)
        self._cues = cues
        engine.add_view(cues)

    def problem(self) -> str | None:
        return self.speech.problem()

    def _schedule(self) -> None:
        cues = self._cues
        wake = cues.next_wake() if cues is not None and self._on else None
        if wake is None:
            self._timer.stop()
            return
        delay = max(0.0, wake - self._clock.monotonic())
        self._timer.start(max(1, math.ceil(delay * 1000)))

    def _wake(self) -> None:
        # The engine is woken, not the voice: it speaks only what the engine
        # shows, when it shows it.
        self._wake_engine()


class _Gate:
    """The speaker the cues talk to: silent while the voice is off."""

    def __init__(self, coach: VoiceCoach) -> None:
        self._coach = coach

    def say(self, text: str) -> None:
        if self._coach.on:
            self._coach.speech.say(text)

    def stop(self) -> None:
        self._coach.speech.stop()


class _TimedCues(VoiceCues):
    """The cues, re-planning the coach's timer after each display."""

    def __init__(
        self, clock: Clock, speaker: _Gate, amount: Amount, replan: Callable[[], None]
    ) -> None:
        super().__init__(clock, speaker, amount)
        self._replan = replan

    def show(self, display: Display) -> None:
        super().show(display)
        self._replan()
