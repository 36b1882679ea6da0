"""The voice coach's speaking: Qt's text-to-speech behind `core.voice_cues`.

What to say and when is decided in core (`VoiceCues`, a view of the session
engine); this module only finds a speech engine, hands it the words and wakes
the session engine at the voice's next time cue. This module comes with the
history (like the session screen) and QtTextToSpeech only when a voice is first
needed (a session with the voice on, Settings, the test button), never on the
way to the first paint.

The engine lives on a thread of its own and is only ever talked to through
queued signals: making it can take seconds (speech-dispatcher may have to
start) or never end (a speech service that accepts the connection and then
hangs), and neither may hold up the window, a session's timer or a save. What
it finds (its voices, or why there is none) comes back as signals.

Where there is no speech engine or no voice (Linux without speech-dispatcher),
nothing is spoken and nothing fails: `Speech.problem()` says why, in words for
Settings, with what to do.
"""

from __future__ import annotations

import atexit
import contextlib
import enum
import math
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, QObject, Qt, QThread, QTimer, Signal, Slot

from unknot.core.clock import Clock, SystemClock
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
# How long the speech service has to answer before Settings says it does not
# (it keeps trying: a voice found later is still used).
ANSWER_LIMIT_MS = 10_000
# About how many characters a voice says a second at its usual speed (some
# 160 words a minute); the test sample's deadline is made from it.
USUAL_CHARACTERS_PER_SECOND = 14.0
# Time for the engine to begin, on top of twice the sample's expected length.
SAMPLE_MARGIN_SECONDS = 5.0
# speech-dispatcher's answer to a first question, and its own start-up.
PROBE_SECONDS = 3.0
SPAWN_SECONDS = 10.0


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


class Trouble(enum.Enum):
    """Why there is no voice."""

    # No speech engine (or no speech service) on this computer.
    NOT_INSTALLED = "not installed"
    # Installed, but it did not start or does not answer.
    NOT_ANSWERING = "not answering"
    # The engine runs but has no voice.
    NO_VOICE = "no voice"


def trouble_text(trouble: Trouble, reason: str = "", platform: str = sys.platform) -> str:
    """The sentences Settings shows for `trouble`, with what to do; the engine's
    own `reason` (often English) follows in parentheses when there is one."""
    if trouble is Trouble.NOT_INSTALLED:
        text = " ".join(
            (
                translate("Voice", "No speech engine was found, so the coach is silent."),
                install_hint(platform),
            )
        )
    elif trouble is Trouble.NO_VOICE:
        text = " ".join(
            (
                translate("Voice", "The speech engine has no voice installed."),
                install_hint(platform),
            )
        )
    elif platform.startswith("linux"):
        text = translate(
            "Voice",
            "Speech-dispatcher is installed but does not answer, so the coach is silent. "
            "Log out and in again to restart it, then start Unknot again.",
        )
    else:
        text = translate(
            "Voice",
            "The system's speech service does not answer, so the coach is silent. "
            "Restart the computer, then start Unknot again.",
        )
    return f"{text} ({reason})" if reason else text


# More voices than this, none of them known to be in the person's language, are
# not a choice but a list to get lost in: only the system's usual voice is offered.
MAX_VOICES_OF_ANY_LANGUAGE = 20


def voices_for(voices: Iterable[tuple[str, str]], language: str) -> list[str]:
    """The names to offer from `voices` (name, language code such as "de"; ""
    when the engine does not say): those in `language`, else the English ones,
    else all if they are few; each name once, in the engine's order. An engine
    may list hundreds (espeak-ng has a voice for each language and variant),
    most of no use to the person."""
    listed = list(voices)
    for wanted in (language, "en"):
        # A voice the engine gives no language for is taken by its name, which
        # for espeak-ng through speech-dispatcher is the language's English
        # name: "English (Great Britain)", "German+Anika".
        called = QLocale.languageToString(QLocale(wanted).language())
        theirs = [
            name
            for name, code in listed
            if code == wanted or (not code and name.startswith(called))
        ]
        if theirs:
            # espeak-ng lists each voice again with each of its variants
            # ("English (America)+Adam"): the plain voices are the choice.
            plain = [name for name in theirs if "+" not in name]
            return list(dict.fromkeys(plain or theirs))
    every = list(dict.fromkeys(name for name, _code in listed))
    return every if len(every) <= MAX_VOICES_OF_ANY_LANGUAGE else []


def speaking_locale(current: QLocale, available: Iterable[QLocale], language: str) -> QLocale:
    """The engine locale to speak in: `current` when it is in `language` (a
    code such as "de"), else the first of `available` in that language, else
    the first in English, else `current`."""
    if current.bcp47Name().split("-")[0] == language and current.language() not in (
        QLocale.Language.C,
        QLocale.Language.AnyLanguage,
    ):
        return current
    offered = list(available)
    for wanted in (language, "en"):
        for locale in offered:
            if voice_language(locale) == wanted:
                return locale
    return current


def voice_language(locale: QLocale) -> str:
    """A voice's language code ("de"), or "" when the engine gave none: Qt
    reports such a voice in the C locale, whose code would read as English."""
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return ""
    return locale.bcp47Name().split("-")[0]


def window_language() -> str:
    """The window's language code ("en", "de"): the voices offered follow it,
    not the system locale (which is C in many a terminal)."""
    from unknot.ui.shared.language import current_language

    return current_language()


# -- speech-dispatcher, asked before Qt connects to it ----------------------------------
#
# Qt's speechd engine connects (and, when the service is not running, starts it)
# inside its constructor, holding Python's lock the whole time: a service that
# accepts the connection and then hangs would freeze every thread. So the
# service is started and asked a first question here, with time limits, and the
# engine is made only once it has answered.


def speechd_socket(environ: Mapping[str, str] | None = None) -> Path | str:
    """Where speech-dispatcher listens: a socket path, "host:port" for a TCP
    address, as SPEECHD_ADDRESS or the default place names it."""
    env = os.environ if environ is None else environ
    address = env.get("SPEECHD_ADDRESS", "")
    if address.startswith("unix_socket:"):
        return Path(address.split(":", 1)[1])
    if address.startswith("inet_socket:"):
        rest = address.split(":", 1)[1]
        return rest if ":" in rest else f"{rest}:6560"
    runtime = env.get("XDG_RUNTIME_DIR")
    base = Path(runtime) if runtime else Path.home() / ".cache"
    return base / "speech-dispatcher" / "speechd.sock"


class Answer(enum.Enum):
    """How speech-dispatcher met a first question."""

    ANSWERED = "answered"
    # Took the connection but said nothing in time: hung.
    SILENT = "silent"
    # Nobody listens there (not running).
    ABSENT = "absent"


def speechd_answers(where: Path | str, seconds: float | None = None) -> Answer:
    """Whether speech-dispatcher at `where` answers a question within
    `seconds` (PROBE_SECONDS when not given)."""
    limit = PROBE_SECONDS if seconds is None else seconds
    family = socket.AF_UNIX if isinstance(where, Path) else socket.AF_INET
    target: str | tuple[str, int]
    try:
        if isinstance(where, Path):
            target = str(where)
        else:
            host, _, port = where.rpartition(":")
            target = (host, int(port))
        with socket.socket(family, socket.SOCK_STREAM) as connection:
            connection.settimeout(limit)
            connection.connect(target)
            try:
                connection.sendall(b"HELP\r\n")
                answered = bool(connection.recv(256))
            except OSError:
                return Answer.SILENT
            with contextlib.suppress(OSError):
                connection.sendall(b"QUIT\r\n")
            return Answer.ANSWERED if answered else Answer.SILENT
    except (OSError, ValueError):
        return Answer.ABSENT


def speechd_trouble() -> tuple[Trouble, str] | None:
    """None when speech-dispatcher answers (started here when it was not
    running); else why not. Blocks for seconds at most: call off the window's
    thread."""
    where = speechd_socket()
    first = speechd_answers(where)
    if first is Answer.ANSWERED:
        return None
    if first is Answer.SILENT:
        return Trouble.NOT_ANSWERING, ""
    program = shutil.which("speech-dispatcher")
    if program is None:
        return Trouble.NOT_INSTALLED, ""
    command = [program, "--spawn"]
    if isinstance(where, Path):
        command += ["--communication-method", "unix_socket", "--socket-path", str(where)]
    try:
        subprocess.run(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=SPAWN_SECONDS,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as error:
        return Trouble.NOT_ANSWERING, str(error)
    if speechd_answers(where) is Answer.ANSWERED:
        return None
    return Trouble.NOT_ANSWERING, ""


def make_engine(name: str) -> QTextToSpeech:
    """Qt's engine `name`; may block for as long as the speech service takes."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    return QTextToSpeech(name)


def speech_engines_exist() -> bool:
    """True when some speech engine is installed (without starting one)."""
    if chosen_engine() is not None:
        return True
    from PySide6.QtTextToSpeech import QTextToSpeech

    return any(engine != MOCK_ENGINE for engine in QTextToSpeech.availableEngines())


# The settings a text is said with: voice name (None: the engine's choice),
# rate -10..10, volume 0..100.
VoiceSettings = tuple[str | None, int, int]


class _Engine(QObject):
    """The engine's side, on the speech thread: everything that touches
    QTextToSpeech runs here, one request after the other."""

    # The voices to offer, once the engine is made.
    found = Signal(list)
    # Trouble's value and the engine's own reason.
    failed = Signal(str, str)
    # The test sample: "speaking", "done", or "failed" with a reason.
    test_state = Signal(str, str)

    def __init__(
        self, name: str | None, language: str, factory: Callable[[str], QTextToSpeech]
    ) -> None:
        super().__init__()
        self._name = name
        self._language = language
        self._factory = factory
        self.tts: QTextToSpeech | None = None
        self._default_voice: QVoice | None = None
        self._applied: VoiceSettings | None = None
        self._testing = False

    @Slot()
    def start(self) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        installed = QTextToSpeech.availableEngines()
        name = self._name
        if name is None:
            real = [engine for engine in installed if engine != MOCK_ENGINE]
            name = real[0] if real else None
        if name is None or name not in installed:
            self.failed.emit(Trouble.NOT_INSTALLED.value, "")
            return
        if name == "speechd":
            trouble = speechd_trouble()
            if trouble is not None:
                self.failed.emit(trouble[0].value, trouble[1])
                return
        tts = self._factory(name)
        tts.setParent(self)
        if tts.state() is QTextToSpeech.State.Error:
            self.failed.emit(Trouble.NOT_ANSWERING.value, tts.errorString())
            tts.deleteLater()
            return
        # An engine lists the voices of its current locale, which follows the
        # system's (C in many a terminal, where it lists no usable voice): ask
        # for the window's language first where the engine has it.
        spoken = speaking_locale(tts.locale(), tts.availableLocales(), self._language)
        if spoken != tts.locale():
            tts.setLocale(spoken)
        voices = tts.availableVoices()
        if not voices:
            self.failed.emit(Trouble.NO_VOICE.value, "")
            tts.deleteLater()
            return
        self.tts = tts
        self._default_voice = tts.voice()
        tts.stateChanged.connect(self._state_changed)
        listed = ((voice.name(), voice_language(QLocale(voice.locale()))) for voice in voices)
        self.found.emit(voices_for(listed, self._language))

    @Slot(str, bool, object)
    def say(self, text: str, enqueue: bool, wanted: VoiceSettings) -> None:
        tts = self.tts
        if tts is None:
            return
        self._testing = False
        self._configure(tts, wanted)
        if enqueue:
            tts.enqueue(text)
        else:
            tts.say(text)

    @Slot()
    def stop(self) -> None:
        if self.tts is not None:
            self.tts.stop()

    @Slot(str, object)
    def test(self, text: str, wanted: VoiceSettings) -> None:
        tts = self.tts
        if tts is None:
            return
        self._configure(tts, wanted)
        self._testing = True
        tts.say(text)

    def _state_changed(self, state: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if not self._testing or self.tts is None:
            return
        if state is QTextToSpeech.State.Speaking:
            self.test_state.emit("speaking", "")
        elif state is QTextToSpeech.State.Ready:
            self._testing = False
            self.test_state.emit("done", "")
        elif state is QTextToSpeech.State.Error:
            self._testing = False
            self.test_state.emit("failed", self.tts.errorString())

    def _configure(self, tts: QTextToSpeech, wanted: VoiceSettings) -> None:
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


# Every speech thread made, until it has ended: a QThread destroyed while it
# runs aborts the process, so none is left to Python's clean-up.
_threads: list[QThread] = []
# The engines of threads let go while they run, each kept until its thread has
# ended and deleted it: dropping the last reference to one before (on any
# thread) would delete an object living on the speech thread.
_let_go: dict[QThread, QObject] = {}


def shut_down_speech(milliseconds: int = 1000) -> bool:
    """Ask every speech thread to end and wait up to `milliseconds` for each;
    False when one is still stuck in its engine (the caller then ends the
    process without destroying it)."""
    ended = True
    for thread in list(_threads):
        thread.quit()
        if thread.wait(milliseconds):
            _threads.remove(thread)
        else:
            ended = False
    return ended


# A thread still stuck here is the caller's to handle (app.py ends the process).
atexit.register(shut_down_speech)


def sample_limit(text: str, rate: int) -> float:
    """Seconds after which a sample of `text` said at `rate` (-10 slowest,
    half the usual speed, to 10 fastest, twice it) has surely ended: twice its
    expected length, and `SAMPLE_MARGIN_SECONDS` for the engine to begin."""
    speed: float = 2.0 ** (max(-RATE_STEPS, min(RATE_STEPS, rate)) / RATE_STEPS)
    return 2 * len(text) / (USUAL_CHARACTERS_PER_SECOND * speed) + SAMPLE_MARGIN_SECONDS


class Speech(QObject):
    """One speech engine, made on its own thread on first use. Words handed
    over in one turn of the event loop are said one after the other; words from
    a later turn cut off whatever is still being said, so the voice is never
    behind the screen. Nothing here waits for the engine."""

    # Each text handed to the engine, as it is handed over.
    spoke = Signal(str)
    # The engine answered (voices() is filled) or cannot work (problem() says why).
    found = Signal()
    failed = Signal(str)
    # The test sample: "speaking", "done", "failed" or "unheard" (its end was
    # never reported), and the words to show.
    test_state = Signal(str, str)

    _start = Signal()
    _say = Signal(str, bool, object)
    _stop = Signal()
    _test = Signal(str, object)

    def __init__(
        self,
        engine_name: str | None = None,
        parent: QObject | None = None,
        *,
        factory: Callable[[str], QTextToSpeech] | None = None,
        clock: Clock | None = None,
    ) -> None:
        """`engine_name`: a QtTextToSpeech engine ("mock" in tests); None takes
        the first real one there is. `factory` makes the engine from its name
        (on the speech thread); `make_engine` when not given. `clock` times the
        test sample's deadline (the system's when not given)."""
        super().__init__(parent)
        # Only its monotonic time is read: the zone does not matter.
        self._clock: Clock = clock if clock is not None else SystemClock(ZoneInfo("UTC"))
        # The test sample being said: its words and speed, and when it has
        # surely ended (monotonic seconds); None when no sample is under way.
        self._sample: tuple[str, int] = ("", 0)
        self._sample_deadline: float | None = None
        self._sample_timer = QTimer(self)
        self._sample_timer.setSingleShot(True)
        self._sample_timer.timeout.connect(self.check_sample_deadline)
        self._engine_name = engine_name
        self._factory = factory
        self._worker: _Engine | None = None
        self._thread: QThread | None = None
        self._problem: str | None = None
        self._voices: list[str] | None = None
        self._in_turn = False
        self._settings: VoiceSettings = (None, 0, 80)
        self._answer_timer = QTimer(self)
        self._answer_timer.setSingleShot(True)
        self._answer_timer.timeout.connect(self._not_answering)

    # -- the engine ------------------------------------------------------------------

    def prepare(self) -> None:
        """Start making the engine on its thread (it can take seconds:
        speech-dispatcher may have to start); returns at once."""
        if self._thread is not None:
            return
        name = self._engine_name or chosen_engine()
        worker = _Engine(name, window_language(), self._factory or make_engine)
        thread = QThread()
        thread.setObjectName("speech")
        worker.moveToThread(thread)
        thread.finished.connect(worker.deleteLater)
        worker.found.connect(self._found)
        worker.failed.connect(self._failed)
        worker.test_state.connect(self._tested)
        self._start.connect(worker.start)
        self._say.connect(worker.say)
        self._stop.connect(worker.stop)
        self._test.connect(worker.test)
        # Gone with its window: the thread ends when its engine is free.
        self.destroyed.connect(thread.quit)
        self._worker, self._thread = worker, thread
        _threads.append(thread)
        thread.start()
        self._answer_timer.start(ANSWER_LIMIT_MS)
        self._start.emit()

    def close(self) -> None:
        """End the speech thread once its engine is free; returns at once."""
        if self._thread is not None:
            self._thread.quit()

    def release(self) -> None:
        """Let the engine go while nothing is to be spoken (its answer, the
        voices or the problem, is kept); the next `prepare` makes it again. An
        engine connected to speech-dispatcher keeps two threads waking about
        once a second (measured during a hold: 0.2 ms a second and one or two
        context switches), for a voice that is off. Not while a sample plays."""
        thread, worker = self._thread, self._worker
        if thread is None or worker is None or self._sample_deadline is not None:
            return
        self._answer_timer.stop()
        for signal in (self._start, self._say, self._stop, self._test):
            signal.disconnect()
        for ended in [kept for kept in _let_go if kept.isFinished()]:
            del _let_go[ended]
        _let_go[thread] = worker
        thread.quit()
        self._thread = None
        self._worker = None

    @property
    def known(self) -> bool:
        """True once the engine answered or is known not to work."""
        return self._voices is not None or self._problem is not None

    def problem(self) -> str | None:
        """Why there is no voice and what to do, or None (a voice, or not known yet)."""
        return self._problem

    @property
    def engine(self) -> QTextToSpeech | None:
        """The engine once made (it lives on the speech thread: the tests look
        at it, nothing else may call it)."""
        return self._worker.tts if self._worker is not None else None

    def voices(self) -> list[str]:
        """The names of the voices in the window's language (English, else all,
        when it has none); empty until the engine has answered, and without one."""
        return list(self._voices or [])

    @Slot(list)
    def _found(self, voices: list[str]) -> None:
        self._answer_timer.stop()
        self._voices = voices
        self._problem = None
        self.found.emit()

    @Slot(str, str)
    def _failed(self, trouble: str, reason: str) -> None:
        self._answer_timer.stop()
        self._problem = trouble_text(Trouble(trouble), reason)
        self.failed.emit(self._problem)

    @Slot()
    def _not_answering(self) -> None:
        if not self.known:
            self._failed(Trouble.NOT_ANSWERING.value, "")

    @Slot(str, str)
    def _tested(self, state: str, reason: str) -> None:
        if state == "speaking":
            # Its length counts from here, where the engine began.
            self._expect_sample_end(0.0)
        else:
            self._sample_deadline = None
            self._sample_timer.stop()
        if state == "speaking":
            text = translate("Voice", "Speaking…")
        elif state == "done":
            text = translate(
                "Voice",
                "Done. Heard nothing? Check that your computer's sound is on and loud enough.",
            )
        else:
            text = translate("Voice", "The voice could not speak.")
            text = f"{text} ({reason})" if reason else text
        self.test_state.emit(state, text)

    # -- speaking ----------------------------------------------------------------------

    def set_voice(self, name: str | None, rate: int, volume: int) -> None:
        """The voice by name (None: the engine's default), its rate from -10 to
        10 and its volume from 0 to 100, for everything said from now on."""
        self._settings = (name, rate, volume)

    def say(self, text: str) -> None:
        if self._problem is not None or not text:
            return
        self.prepare()
        enqueue = self._in_turn
        if not self._in_turn:
            # A new moment: what is still being said is over.
            self._in_turn = True
            QTimer.singleShot(0, self._end_turn)
        self._say.emit(text, enqueue, self._settings)
        self.spoke.emit(text)

    def stop(self) -> None:
        if self._thread is not None:
            self._stop.emit()

    def test(self, name: str | None, rate: int, volume: int) -> None:
        """Say a sample in the voice given, without changing the coach's own;
        `test_state` tells how it goes."""
        if self._problem is not None:
            self.test_state.emit("failed", self._problem)
            return
        self.prepare()
        waiting = self._voices is None
        if waiting:
            self.test_state.emit(
                "waiting", translate("Voice", "Looking for voices… The sample follows.")
            )
        sample = translate("Voice", "This is how your coach sounds. Halfway. One minute left.")
        self._sample = (sample, rate)
        # A service without a sound device may never say the sample ended (nor
        # began): past this deadline the line says so instead of "Speaking…".
        self._expect_sample_end(ANSWER_LIMIT_MS / 1000 if waiting else 0.0)
        self._test.emit(sample, (name, rate, volume))

    def _expect_sample_end(self, extra: float) -> None:
        limit = sample_limit(*self._sample) + extra
        self._sample_deadline = self._clock.monotonic() + limit
        self._sample_timer.start(math.ceil(limit * 1000))

    @Slot()
    def check_sample_deadline(self) -> None:
        """Past the test sample's deadline with no end reported: say so, and
        the line is ready for another try. Called by its timer; the timer may
        run early against the clock, so the clock decides."""
        deadline = self._sample_deadline
        if deadline is None:
            return
        left = deadline - self._clock.monotonic()
        if left > 0:
            self._sample_timer.start(math.ceil(left * 1000))
            return
        self._sample_deadline = None
        self.test_state.emit(
            "unheard",
            translate(
                "Voice",
                "The speech service never said that the sample ended, so no sound may have "
                "played. Check that your computer's sound is on, then try again.",
            ),
        )

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
        self.speech = Speech(engine_name, self, clock=clock)
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
