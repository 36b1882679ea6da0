"""The voice coach on Qt's own mock speech engine, following a real session screen
on a fake clock: the exact words handed to the engine, in order; nothing after a
stop; nothing twice; the amounts; the settings; and one test on a real engine
where the machine has one."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtTextToSpeech import QTextToSpeech

from tests.ui.session_rig import Rig, calf_and_shoulder, session_rig
from unknot.core.session_engine import Action
from unknot.core.voice_amount import Amount
from unknot.settings import Settings
from unknot.ui.settings_dialog import SettingsDialog
from unknot.ui.voice_coach import Speech, VoiceCoach, install_hint

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

    def take(self) -> list[str]:
        said, self.heard[:] = list(self.heard), []
        return said

    @property
    def tts(self) -> QTextToSpeech:
        engine = self.coach.speech.engine
        assert engine is not None
        return engine

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
        yield Voiced(rig, coach, heard)
        coach.speech.stop()
        coach.deleteLater()


def test_a_scripted_session_is_heard_in_order_and_reaches_the_engine(voiced: Voiced) -> None:
    rig = voiced.rig
    rig.screen.start(calf_and_shoulder())
    assert voiced.take() == [CALF]
    assert voiced.tts.state() is QTextToSpeech.State.Speaking
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
    assert voiced.tts.state() is QTextToSpeech.State.Speaking
    rig.screen.abandon()
    assert voiced.tts.state() is QTextToSpeech.State.Ready
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
    assert fresh.speech._tts is None and not fresh.speech._made


def test_turned_off_mid_session_it_stops_at_once_and_on_again_it_picks_up(
    voiced: Voiced,
) -> None:
    rig = voiced.rig
    rig.screen.start(calf_and_shoulder())
    rig.key(Key.Key_Space)
    voiced.set_voice(voice_on=False)
    assert voiced.tts.state() is QTextToSpeech.State.Ready
    rig.run(70)
    voiced.set_voice(voice_on=True)
    rig.run(50)
    # Nothing from the quiet part is said late; the rest comes on time.
    assert voiced.take() == [CALF, STARTED, "Ten seconds left.", TIME_UP]


def test_the_speed_volume_and_voice_go_to_the_engine(voiced: Voiced) -> None:
    voiced.set_voice(voice_name="Anne", voice_rate=5, voice_volume=30)
    voiced.rig.screen.start(calf_and_shoulder())
    tts = voiced.tts
    assert tts.voice().name() == "Anne"
    assert tts.rate() == pytest.approx(0.5)
    assert tts.volume() == pytest.approx(0.3)


def test_the_test_button_speaks_with_the_dialog_values_word_by_word(qtbot: QtBot) -> None:
    speech = Speech("mock")
    coach_settings = Settings(voice_on=True, voice_rate=0)
    dialog = SettingsDialog(coach_settings, tray_available=True, voice=_coach_with(speech))
    qtbot.addWidget(dialog)
    group = dialog.voice_group
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
    group.test_button.click()
    qtbot.waitUntil(lambda: tts.state() is QTextToSpeech.State.Ready, timeout=5000)
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
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtTextToSpeech import QTextToSpeech
    from unknot.ui.voice_coach import Speech

    app = QCoreApplication([])
    speech = Speech("speechd")
    problem = speech.problem()
    if problem is not None:
        sys.exit("no voice: " + problem)
    if not speech.voices():
        sys.exit("no voices listed")
    tts = speech.engine
    errors = []
    tts.errorOccurred.connect(lambda _reason, text: errors.append(text))
    speech.say("Ten seconds left.")
    app.processEvents()
    speech.stop()
    app.processEvents()
    if errors or tts.state() is QTextToSpeech.State.Error:
        sys.exit("the engine refused the words: " + "; ".join(errors))
    print("spoken")
    """
)


@pytest.mark.skipif(_real_engine_missing() is not None, reason=str(_real_engine_missing()))
def test_a_real_engine_takes_the_words(tmp_path: Path) -> None:
    """speech-dispatcher with espeak-ng: the engine starts, lists voices and
    takes a cue without an error. The test runs its own speech service on a
    private socket (a machine without sound plays nothing, but accepts it)."""
    socket = tmp_path / "speechd.sock"
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
    usual = tts.voice().name()
    other = next(v.name() for v in tts.availableVoices() if v.name() != usual)
    voiced.set_voice(voice_name=other)
    voiced.rig.key(Key.Key_Space)
    assert tts.voice().name() == other
    voiced.set_voice(voice_name=None)
    voiced.rig.key(Key.Key_Space)
    assert tts.voice().name() == usual
