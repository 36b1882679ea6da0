"""The voice coach on Qt's own mock speech engine, following a real session screen
on a fake clock: the exact words handed to the engine, in order; nothing after a
stop; nothing twice; the amounts; the settings; and one test on a real engine
where the machine has one."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import shutil
import socket
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtTextToSpeech import QTextToSpeech

from tests.ui.session_rig import Rig, calf_and_shoulder, session_rig
from unknot.core.session_engine import Action
from unknot.core.voice_amount import Amount
from unknot.settings import Settings
from unknot.ui.settings.settings_dialog import SettingsDialog
from unknot.ui.voice import voice_coach
from unknot.ui.voice.voice_coach import (
    MAX_VOICES_OF_ANY_LANGUAGE,
    Speech,
    Trouble,
    VoiceCoach,
    install_hint,
    make_engine,
    shut_down_speech,
    speaking_locale,
    speechd_socket,
    speechd_trouble,
    trouble_text,
    voice_language,
    voices_for,
    window_language,
)

Key = Qt.Key

CALF = "Left calf, with the tennis ball, 2 minutes. Start when you are in place."
SHOULDER = (
    "Time to stand at a wall with your ball. "
    "Right shoulder, with the tennis ball, 2 minutes. Start when you are in place."
)
STARTED = "Hold started. Breathe out slowly."
TIME_UP = "Time is up. Did it release?"
STOPPED = "Stopped. Take the pressure off, and leave that spot alone today."


@dataclasses.dataclass
class Voiced:
    rig: Rig
    coach: VoiceCoach
    heard: list[str]
    qtbot: QtBot

    def take(self) -> list[str]:
        said, self.heard[:] = list(self.heard), []
        return said

    @property
    def tts(self) -> QTextToSpeech:
        """The engine, once its thread has made it."""
        speech = self.coach.speech
        self.qtbot.waitUntil(lambda: speech.engine is not None, timeout=5000)
        engine = speech.engine
        assert engine is not None
        return engine

    def settle(self, state: QTextToSpeech.State) -> None:
        """Wait (bounded, on the event loop) until the engine's thread has
        brought it to `state`."""
        tts = self.tts
        self.qtbot.waitUntil(lambda: tts.state() is state, timeout=5000)

    def set_voice(self, **changes: object) -> None:
        settings = dataclasses.replace(self.rig.settings, **changes)  # type: ignore[arg-type]
        self.rig.settings = settings
        self.coach.apply(settings)


@pytest.fixture
def voiced(qtbot: QtBot, tmp_path: Path) -> Iterator[Voiced]:
    with session_rig(tmp_path / "data", voice_on=True) as rig:
        qtbot.addWidget(rig.screen)
        coach = VoiceCoach(rig.clock, engine_name="mock")
        coach.apply(rig.settings)
        screen = rig.screen
        screen.engine_started.connect(lambda engine: coach.follow(engine, screen.tick))
        heard: list[str] = []
        coach.speech.spoke.connect(heard.append)
        yield Voiced(rig, coach, heard, qtbot)
        coach.speech.stop()
        coach.speech.close()
        coach.deleteLater()
        assert shut_down_speech(5000)


def test_a_scripted_session_is_heard_in_order_and_reaches_the_engine(voiced: Voiced) -> None:
    rig = voiced.rig
    rig.screen.start(calf_and_shoulder())
    assert voiced.take() == [CALF]
    voiced.settle(QTextToSpeech.State.Speaking)
    rig.key(Key.Key_Space)
    rig.run(30)
    rig.act(Action.MORE_PRESSURE)
    rig.run(90)
    assert voiced.take() == [
        STARTED,
        "Switch to the lacrosse ball.",
        "Halfway. 1 minute left.",
        "Ten seconds left.",
        TIME_UP,
    ]
    rig.key(Key.Key_N)
    rig.key(Key.Key_Space)
    rig.run(120)
    rig.key(Key.Key_N)
    assert voiced.take() == [
        SHOULDER,
        STARTED,
        "Halfway. 1 minute left.",
        "Ten seconds left.",
        TIME_UP,
        "Session done. Well done.",
    ]
    # Over: time passing brings no word and no wake-up.
    rig.run(300)
    assert voiced.take() == []
    assert not voiced.coach._timer.isActive()


def test_nothing_is_said_after_a_sharp_pain_stop(voiced: Voiced) -> None:
    rig = voiced.rig
    voiced.set_voice(voice_amount=Amount.EVERY_MINUTE)
    rig.screen.start(calf_and_shoulder())
    rig.key(Key.Key_Space)
    rig.run(20)
    voiced.take()
    rig.act(Action.STOP_PAIN)
    assert voiced.take() == [STOPPED]
    rig.run(600)
    rig.screen.pain_page.summary_requested.emit()
    assert voiced.take() == []


def test_leaving_mid_session_silences_the_engine_at_once(voiced: Voiced) -> None:
    rig = voiced.rig
    rig.screen.start(calf_and_shoulder())
    rig.key(Key.Key_Space)
    voiced.settle(QTextToSpeech.State.Speaking)
    rig.screen.abandon()
    voiced.settle(QTextToSpeech.State.Ready)
    rig.run(300)
    assert voiced.take() == [CALF, STARTED]


def test_minimal_and_every_minute(voiced: Voiced) -> None:
    rig = voiced.rig
    voiced.set_voice(voice_amount=Amount.MINIMAL)
    rig.screen.start(calf_and_shoulder(180))
    rig.key(Key.Key_Space)
    rig.run(30)
    rig.act(Action.MORE_PRESSURE)
    rig.run(150)
    minimal = voiced.take()
    assert minimal == [CALF.replace("2 minutes", "3 minutes"), STARTED, TIME_UP]

    voiced.set_voice(voice_amount=Amount.EVERY_MINUTE)
    rig.key(Key.Key_N)
    rig.key(Key.Key_Space)
    rig.run(180)
    assert voiced.take()[1:] == [
        STARTED,
        "2 minutes left.",
        "Halfway. 1 minute 30 seconds left.",
        "1 minute left.",
        "Ten seconds left.",
        TIME_UP,
    ]


def test_the_voice_wakes_the_session_at_its_own_cues_with_the_screen_hidden(
    voiced: Voiced,
) -> None:
    """Hidden, the screen wakes only at the engine's own times; the per-minute
    cue is the voice's, and its timer wakes the engine right then."""
    rig = voiced.rig
    voiced.set_voice(voice_amount=Amount.EVERY_MINUTE)
    rig.screen.start(calf_and_shoulder(180))
    rig.key(Key.Key_Space)
    voiced.take()
    timer = voiced.coach._timer
    assert timer.isActive()
    # The first cue is "2 minutes left", sixty seconds on.
    assert 59_000 <= timer.remainingTime() <= 60_000
    rig.clock.advance(30)
    rig.screen.tick()
    rig.clock.advance(30)
    timer.stop()
    voiced.coach._wake()
    assert voiced.take() == ["2 minutes left."]
    assert rig.shown().clock_seconds == pytest.approx(120)


def test_with_the_voice_off_nothing_is_said_and_no_engine_is_made(voiced: Voiced) -> None:
    rig = voiced.rig
    voiced.set_voice(voice_on=False)
    fresh = VoiceCoach(rig.clock, engine_name="mock")
    fresh.apply(rig.settings)
    rig.screen.engine_started.connect(lambda engine: fresh.follow(engine, rig.screen.tick))
    rig.screen.start(calf_and_shoulder())
    rig.key(Key.Key_Space)
    rig.run(130)
    assert voiced.take() == []
    assert fresh.speech.engine is None and fresh.speech._thread is None


def test_turned_off_mid_session_it_stops_at_once_and_on_again_it_picks_up(
    voiced: Voiced,
) -> None:
    rig = voiced.rig
    rig.screen.start(calf_and_shoulder())
    rig.key(Key.Key_Space)
    voiced.set_voice(voice_on=False)
    voiced.settle(QTextToSpeech.State.Ready)
    rig.run(70)
    voiced.set_voice(voice_on=True)
    rig.run(50)
    # Nothing from the quiet part is said late; the rest comes on time.
    assert voiced.take() == [CALF, STARTED, "Ten seconds left.", TIME_UP]


def test_the_speed_volume_and_voice_go_to_the_engine(voiced: Voiced) -> None:
    voiced.set_voice(voice_name="Anne", voice_rate=5, voice_volume=30)
    voiced.rig.screen.start(calf_and_shoulder())
    tts = voiced.tts
    voiced.qtbot.waitUntil(lambda: tts.voice().name() == "Anne", timeout=5000)
    assert tts.rate() == pytest.approx(0.5)
    assert tts.volume() == pytest.approx(0.3)


def test_the_test_button_speaks_with_the_dialog_values_word_by_word(qtbot: QtBot) -> None:
    speech = Speech("mock")
    coach_settings = Settings(voice_on=True, voice_rate=0)
    dialog = SettingsDialog(coach_settings, tray_available=True, voice=_coach_with(speech))
    qtbot.addWidget(dialog)
    group = dialog.voice_group
    qtbot.waitUntil(lambda: speech.known, timeout=5000)
    assert [group.voice_combo.itemData(i) for i in range(group.voice_combo.count())] == [
        None,
        "Bob",
        "Anne",
    ]
    group.voice_combo.setCurrentIndex(group.voice_combo.findData("Anne"))
    # The fastest rate: the mock engine says a word each 50 ms.
    group.rate_slider.setValue(10)
    words: list[str] = []
    tts = speech.engine
    assert tts is not None
    tts.sayingWord.connect(lambda word, _id, _start, _length: words.append(word))
    told: list[str] = []
    speech.test_state.connect(lambda state, _text: told.append(state))
    group.test_button.click()
    # What is happening is shown: speaking, then done.
    qtbot.waitUntil(lambda: told == ["speaking"], timeout=5000)
    assert group.problem_label.text() == "Speaking…" and not group.problem_label.isHidden()
    qtbot.waitUntil(lambda: told == ["speaking", "done"], timeout=5000)
    assert group.problem_label.text().startswith("Done.")
    assert " ".join(words) == "This is how your coach sounds Halfway One minute left"
    assert tts.voice().name() == "Anne"
    # Heard, not applied: the dialog's settings change only on OK or Apply.
    assert dialog.settings().voice_name == "Anne"


def _coach_with(speech: Speech) -> VoiceCoach:
    from unknot.core.clock import FakeClock

    coach = VoiceCoach(FakeClock(), engine_name="mock")
    coach.speech = speech
    return coach


def test_the_settings_round_trip_through_the_voice_controls(qtbot: QtBot) -> None:
    wanted = Settings(
        voice_on=True, voice_amount=Amount.MINIMAL, voice_name="Bob", voice_rate=-4, voice_volume=55
    )
    dialog = SettingsDialog(wanted, tray_available=True, voice=_coach_with(Speech("mock")))
    qtbot.addWidget(dialog)
    assert dialog.settings() == wanted
    dialog.voice_group.on_check.setChecked(False)
    assert not dialog.voice_group.amount_combo.isEnabled()
    assert dialog.voice_group.test_button.isEnabled()
    assert dialog.settings() == dataclasses.replace(wanted, voice_on=False)


def test_a_voice_no_longer_installed_is_kept_as_chosen(qtbot: QtBot) -> None:
    wanted = Settings(voice_name="Gone")
    dialog = SettingsDialog(wanted, tray_available=True, voice=_coach_with(Speech("mock")))
    qtbot.addWidget(dialog)
    assert dialog.settings().voice_name == "Gone"


def test_without_a_speech_engine_settings_say_why_and_what_to_install(qtbot: QtBot) -> None:
    speech = Speech("no-such-engine")
    dialog = SettingsDialog(Settings(), tray_available=True, voice=_coach_with(speech))
    qtbot.addWidget(dialog)
    group = dialog.voice_group
    qtbot.waitUntil(lambda: group.problem is not None, timeout=5000)
    assert group.problem is not None
    assert install_hint() in group.problem_label.text()
    assert not group.problem_label.isHidden()
    assert not group.on_check.isEnabled() and not group.test_button.isEnabled()
    # Nothing fails when a session speaks to it: the coach is silent.
    speech.say("Hello.")
    speech.stop()


@pytest.mark.parametrize(
    ("platform", "names"),
    [("linux", "speech-dispatcher"), ("darwin", "System Settings"), ("win32", "Speech")],
)
def test_each_platform_is_told_what_it_needs(platform: str, names: str) -> None:
    assert names in install_hint(platform)


def _real_engine_missing() -> str | None:
    if shutil.which("speech-dispatcher") is None or shutil.which("espeak-ng") is None:
        return "speech-dispatcher and espeak-ng are not installed here"
    if "speechd" not in QTextToSpeech.availableEngines():
        return "Qt has no speech-dispatcher plug-in on this platform"
    return None


# Run in a child process: a speech service that misbehaves can block Qt's
# engine while it connects, and a test must fail, not hang.
_REAL_CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtTextToSpeech import QTextToSpeech
    from unknot.ui.voice.voice_coach import Speech, shut_down_speech

    app = QCoreApplication([])
    speech = Speech("speechd")
    speech.found.connect(app.quit)
    speech.failed.connect(app.quit)
    speech.prepare()
    app.exec()
    problem = speech.problem()
    if problem is not None:
        sys.exit("no voice: " + problem)
    if not speech.voices():
        sys.exit("no voices listed")
    tts = speech.engine
    errors = []
    tts.errorOccurred.connect(lambda _reason, text: errors.append(text))
    speech.say("Ten seconds left.")
    QTimer.singleShot(500, app.quit)
    app.exec()
    speech.stop()
    QTimer.singleShot(200, app.quit)
    app.exec()
    if errors or tts.state() is QTextToSpeech.State.Error:
        sys.exit("the engine refused the words: " + "; ".join(errors))
    speech.close()
    if not shut_down_speech(5000):
        sys.exit("the speech thread did not end")
    print("spoken")
    """
)


@pytest.mark.skipif(_real_engine_missing() is not None, reason=str(_real_engine_missing()))
def test_a_real_engine_takes_the_words(tmp_path: Path) -> None:
    """speech-dispatcher with espeak-ng: the engine starts, lists voices and
    takes a cue without an error. The test runs its own speech service on a
    private socket (a machine without sound plays nothing, but accepts it)."""
    socket = tmp_path / "speechd.sock"
    # Its own home and runtime folders too: speech-dispatcher keeps a pid file
    # there and refuses to start beside another instance (one an earlier test,
    # or the desktop, started), even on another socket.
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    private = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    server = subprocess.Popen(
        [
            "speech-dispatcher",
            "--run-single",
            "--communication-method",
            "unix_socket",
            "--socket-path",
            str(socket),
            "--timeout",
            "20",
            "--log-dir",
            str(tmp_path),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=private,
    )
    try:
        for _ in range(200):
            if socket.exists():
                break
            with contextlib.suppress(subprocess.TimeoutExpired):
                server.wait(timeout=0.05)
            assert server.poll() is None, "speech-dispatcher did not start"
        assert socket.exists(), "speech-dispatcher did not open its socket"
        env = {
            **os.environ,
            "SPEECHD_ADDRESS": f"unix_socket:{socket}",
            "QT_QPA_PLATFORM": "offscreen",
        }
        env.pop("UNKNOT_SPEECH_ENGINE", None)
        done = subprocess.run(
            [sys.executable, "-c", _REAL_CHILD],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == "spoken"
    finally:
        server.kill()
        server.wait(timeout=10)


def test_back_to_the_usual_voice_is_the_engine_s_own_choice(voiced: Voiced) -> None:
    voiced.rig.screen.start(calf_and_shoulder())
    tts = voiced.tts
    voiced.settle(QTextToSpeech.State.Speaking)
    usual = tts.voice().name()
    other = next(v.name() for v in tts.availableVoices() if v.name() != usual)
    voiced.set_voice(voice_name=other)
    voiced.rig.key(Key.Key_Space)
    voiced.qtbot.waitUntil(lambda: tts.voice().name() == other, timeout=5000)
    voiced.set_voice(voice_name=None)
    voiced.rig.key(Key.Key_Space)
    voiced.qtbot.waitUntil(lambda: tts.voice().name() == usual, timeout=5000)


# -- an engine that is slow, hung or missing -------------------------------------------


def test_settings_open_at_once_while_the_engine_is_still_being_made(qtbot: QtBot) -> None:
    """The engine is made on its own thread: Settings says it is looking, works
    without voices, and fills them in when they come."""
    gate = threading.Event()

    def slow_engine(name: str) -> QTextToSpeech:
        gate.wait(10)
        return QTextToSpeech(name)

    speech = Speech("mock", factory=slow_engine)
    wanted = Settings(voice_on=True, voice_name="Anne")
    dialog = SettingsDialog(wanted, tray_available=True, voice=_coach_with(speech))
    qtbot.addWidget(dialog)
    group = dialog.voice_group
    assert group.problem_label.text() == "Looking for voices…"
    assert group.on_check.isEnabled() and group.voice_combo.isEnabled()
    # A session's words meanwhile are handed over, never waited on.
    speech.say("Hold started.")
    assert dialog.settings() == wanted
    gate.set()
    qtbot.waitUntil(lambda: speech.known, timeout=5000)
    assert group.problem_label.isHidden()
    names = [group.voice_combo.itemData(i) for i in range(group.voice_combo.count())]
    assert names == [None, "Anne", "Bob"] or names == [None, "Bob", "Anne"]
    assert group.voice_combo.currentData() == "Anne"
    speech.close()
    assert shut_down_speech(5000)


def test_an_engine_that_never_answers_is_told_after_a_while(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No answer within the limit: Settings says the service does not answer
    (not that it is missing); the window never waited for it."""
    gate = threading.Event()
    monkeypatch.setattr(voice_coach, "ANSWER_LIMIT_MS", 50)

    def hung(name: str) -> QTextToSpeech:
        gate.wait(10)
        return QTextToSpeech(name)

    speech = Speech("mock", factory=hung)
    dialog = SettingsDialog(Settings(), tray_available=True, voice=_coach_with(speech))
    qtbot.addWidget(dialog)
    group = dialog.voice_group
    dialog.show()
    qtbot.waitUntil(lambda: group.problem is not None, timeout=5000)
    assert group.problem == trouble_text(Trouble.NOT_ANSWERING)
    label = group.problem_label
    assert label.text() == group.problem
    # Arrived after the dialog was laid out, and still shown whole.
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()), timeout=5000)
    # It answers after all: the voices and the controls come back.
    gate.set()
    qtbot.waitUntil(lambda: group.problem is None, timeout=5000)
    assert group.voice_combo.count() == 3 and group.test_button.isEnabled()
    speech.close()
    assert shut_down_speech(5000)


@pytest.mark.skipif(
    "speechd" not in QTextToSpeech.availableEngines(),
    reason="Qt has no speech-dispatcher plug-in here",
)
def test_a_speech_dispatcher_that_accepts_and_hangs_is_told_not_waited_for(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The case seen in the field: the socket takes the connection and the
    service never answers. Qt's engine would block its caller forever (and hold
    Python's lock); it is not made, and Settings says what to do."""
    path = tmp_path / "speechd.sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(4)
    taken: list[socket.socket] = []
    listening = threading.Thread(target=_take_connections, args=(server, taken, 4), daemon=True)
    listening.start()
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{path}")
    monkeypatch.setattr(voice_coach, "PROBE_SECONDS", 0.2)
    made: list[str] = []

    def counted(name: str) -> QTextToSpeech:
        made.append(name)
        return make_engine(name)

    speech = Speech("speechd", factory=counted)
    speech.prepare()
    qtbot.waitUntil(lambda: speech.problem() is not None, timeout=5000)
    assert speech.problem() == trouble_text(Trouble.NOT_ANSWERING)
    assert made == []
    speech.close()
    assert shut_down_speech(5000)
    server.close()
    for connection in taken:
        connection.close()


def test_no_speech_service_and_none_to_start_is_not_installed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{tmp_path / 'none.sock'}")
    monkeypatch.setenv("PATH", str(tmp_path))
    assert speechd_trouble() == (Trouble.NOT_INSTALLED, "")


def test_the_socket_follows_speechd_address_and_the_runtime_folder() -> None:
    assert speechd_socket({"SPEECHD_ADDRESS": "unix_socket:/x/s.sock"}) == Path("/x/s.sock")
    assert speechd_socket({"SPEECHD_ADDRESS": "inet_socket:localhost"}) == "localhost:6560"
    assert speechd_socket({"XDG_RUNTIME_DIR": "/run/user/7"}) == Path(
        "/run/user/7/speech-dispatcher/speechd.sock"
    )


@pytest.mark.parametrize("platform", ["linux", "darwin", "win32"])
def test_each_trouble_says_something_different_and_stands_without_the_reason(
    platform: str,
) -> None:
    texts = {trouble: trouble_text(trouble, "", platform) for trouble in Trouble}
    assert len(set(texts.values())) == len(Trouble)
    # Installed but not answering: no advice to install it.
    assert install_hint(platform) not in texts[Trouble.NOT_ANSWERING]
    assert install_hint(platform) in texts[Trouble.NOT_INSTALLED]
    for trouble, text in texts.items():
        assert text.endswith(".")
        assert trouble_text(trouble, "Connection failed", platform) == (
            f"{text} (Connection failed)"
        )


def test_in_german_every_trouble_is_told_in_german(qtbot: QtBot) -> None:
    from unknot.ui.shared.language import apply_language

    english = {trouble: trouble_text(trouble, "", "linux") for trouble in Trouble}
    german = apply_language("de")
    try:
        for trouble in Trouble:
            text = trouble_text(trouble, "", "linux")
            assert text != english[trouble]
            assert "coach is silent" not in text and "installed" not in text
    finally:
        german.remove()


# -- which voices are offered ----------------------------------------------------------

_LANGUAGES = st.sampled_from(["en", "de", "fr", "no", "fi", "zh"])


@given(st.lists(st.tuples(st.sampled_from("ABCDEFGH"), _LANGUAGES)), _LANGUAGES)
def test_the_voices_offered_are_the_window_s_language_else_english_else_all(
    voices: list[tuple[str, str]], language: str
) -> None:
    offered = voices_for(voices, language)
    assert len(offered) == len(set(offered))
    for wanted in (language, "en"):
        theirs = {name for name, code in voices if code == wanted}
        if theirs:
            assert set(offered) == theirs
            return
    every = {name for name, _code in voices}
    assert set(offered) == (every if len(every) <= MAX_VOICES_OF_ANY_LANGUAGE else set())


def test_the_engine_speaks_the_window_s_language_where_it_has_it() -> None:
    from PySide6.QtCore import QLocale

    available = [QLocale("ht_HT"), QLocale("en_GB"), QLocale("de_DE"), QLocale("en_US")]
    assert speaking_locale(QLocale.c(), available, "de") == QLocale("de_DE")
    assert speaking_locale(QLocale.c(), available, "fi") == QLocale("en_GB")
    assert speaking_locale(QLocale("de_AT"), available, "de") == QLocale("de_AT")
    assert speaking_locale(QLocale.c(), [QLocale("ht_HT")], "de") == QLocale.c()


def test_a_voice_without_a_language_is_not_taken_for_english() -> None:
    from PySide6.QtCore import QLocale

    assert voice_language(QLocale.c()) == ""
    assert voice_language(QLocale("de_DE")) == "de"
    unknown = [(f"voice {n}", "") for n in range(1500)]
    assert voices_for(unknown, "en") == []
    assert voices_for(unknown[:3], "en") == ["voice 0", "voice 1", "voice 2"]
    # espeak-ng through speech-dispatcher: no languages, but languages' names.
    espeak = [
        ("Bishnupriya Manipuri", ""),
        ("English (Great Britain)", ""),
        ("English (America)+Adam", ""),
        ("German", ""),
        ("German+Anika", ""),
        *unknown,
    ]
    assert voices_for(espeak, "de") == ["German"]
    assert voices_for(espeak, "fr") == ["English (Great Britain)"]
    assert voices_for([("German+Anika", "")], "de") == ["German+Anika"]


def test_the_voices_follow_the_window_language_not_the_system_locale(qtbot: QtBot) -> None:
    """Under LANG=C the system locale is "C": the window's language decides."""
    from PySide6.QtCore import QLocale

    from unknot.ui.shared.language import apply_language

    espeak = [(f"voice {n}", code) for n, code in enumerate(["af", "de", "en", "de", "fr"] * 300)]
    saved = QLocale()
    QLocale.setDefault(QLocale.c())
    try:
        assert window_language() == "en" or window_language() in ("de",)
        german = apply_language("de")
        try:
            assert window_language() == "de"
            offered = voices_for(espeak, window_language())
            assert len(offered) == 600 and all(int(n.split()[1]) % 5 in (1, 3) for n in offered)
        finally:
            german.remove()
    finally:
        QLocale.setDefault(saved)


def _take_connections(server: socket.socket, taken: list[socket.socket], count: int) -> None:
    """A speech service that takes connections and never answers; ends
    quietly when the test closes it."""
    with contextlib.suppress(OSError):
        for _ in range(count):
            taken.append(server.accept()[0])


class _NeverEnds(QTextToSpeech):
    """A speech service without a sound device: it takes the words and says it
    is speaking, and never that it is done."""

    def say(self, text: str) -> None:
        self.stateChanged.emit(QTextToSpeech.State.Speaking)


class _NeverBegins(QTextToSpeech):
    """A service that takes the words and says nothing at all."""

    def say(self, text: str) -> None:
        pass


@pytest.mark.parametrize("engine", [_NeverEnds, _NeverBegins])
@pytest.mark.parametrize("rate", [-10, 0, 10])
def test_a_sample_whose_end_is_never_reported_is_told_after_its_deadline(
    qtbot: QtBot, engine: type[QTextToSpeech], rate: int
) -> None:
    """ "Test voice" never stays at "Speaking…": past the sample's deadline on
    the monotonic clock (from its length and speed, with a margin) the line
    says the end was not reported, and the button is ready again."""
    from unknot.core.clock import FakeClock

    clock = FakeClock()
    speech = Speech("mock", factory=engine, clock=clock)
    dialog = SettingsDialog(Settings(), tray_available=True, voice=_coach_with(speech))
    qtbot.addWidget(dialog)
    group = dialog.voice_group
    qtbot.waitUntil(lambda: speech.known, timeout=5000)
    group.rate_slider.setValue(rate)
    told: list[str] = []
    speech.test_state.connect(lambda state, _text: told.append(state))
    group.test_button.click()
    if engine is _NeverEnds:
        qtbot.waitUntil(lambda: told == ["speaking"], timeout=5000)
        assert group.problem_label.text() == "Speaking…"
    sample = "This is how your coach sounds. Halfway. One minute left."
    limit = voice_coach.sample_limit(sample, rate)
    # Slower speech is given longer; never less than the sample takes said slowly.
    assert limit > len(sample) / voice_coach.USUAL_CHARACTERS_PER_SECOND * 2 ** (rate / 10)
    clock.advance(limit - 0.5)
    speech.check_sample_deadline()
    assert "unheard" not in told
    clock.advance(1.0)
    speech.check_sample_deadline()
    assert told[-1] == "unheard"
    text = group.problem_label.text()
    assert "never said that the sample ended" in text and "no sound may have played" in text
    assert not group.problem_label.isHidden() and group.test_button.isEnabled()
    # Told once; a second look changes nothing.
    speech.check_sample_deadline()
    assert told.count("unheard") == 1
    speech.close()
    assert shut_down_speech(5000)


def test_a_sample_that_ends_cancels_its_deadline(qtbot: QtBot) -> None:
    from unknot.core.clock import FakeClock

    clock = FakeClock()
    speech = Speech("mock", clock=clock)
    dialog = SettingsDialog(Settings(), tray_available=True, voice=_coach_with(speech))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: speech.known, timeout=5000)
    dialog.voice_group.rate_slider.setValue(10)
    told: list[str] = []
    speech.test_state.connect(lambda state, _text: told.append(state))
    dialog.voice_group.test_button.click()
    qtbot.waitUntil(lambda: told[-1:] == ["done"], timeout=5000)
    clock.advance(3600)
    speech.check_sample_deadline()
    assert told[-1] == "done"
    speech.close()
    assert shut_down_speech(5000)
