"""The voice coach in the window: offered once at the first session, turned on
from the offer, applied at once from Settings, silent by default."""

from __future__ import annotations

import dataclasses
import threading
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication
from PySide6.QtTextToSpeech import QTextToSpeech

from tests.ui.session_rig import calf_and_shoulder
from tests.ui.window_rig import make_window, with_history
from unknot.core.voice_amount import Amount
from unknot.settings import Settings
from unknot.ui.voice.voice_coach import Speech, VoiceCoach
from unknot.ui.voice.voice_offer import VoiceOffer
from unknot.ui.window.main_window import MainWindow


def offer_of(window: MainWindow) -> VoiceOffer | None:
    """The offer now shown; a call, so a check before does not narrow it."""
    return window.voice_offer


def is_on(coach: VoiceCoach) -> bool:
    """Whether the voice is on now; a call, for the same reason."""
    return coach.on


CHECKED = Settings(safety_confirmed_on=date(2026, 3, 1), sound_on=False)


def test_the_first_session_offers_the_voice_once_and_yes_turns_it_on(
    qtbot: QtBot, tmp_path: Path
) -> None:
    rig = make_window(qtbot, tmp_path, CHECKED)
    window = rig.window
    with with_history(rig):
        coach = window.voice_coach
        assert coach is not None and not is_on(coach)
        bar = window.statusBar()
        room_before = bar.sizeHint().height()
        window.start_session(calf_and_shoulder())
        # Offered once the speech thread has found a working voice.
        qtbot.waitUntil(lambda: offer_of(window) is not None, timeout=5000)
        offer = window.voice_offer
        assert offer is not None and offer.isVisibleTo(window)
        # The engine was made to find a voice; with the voice off it is let go
        # (a speech service connection wakes its threads every second).
        assert coach.speech.engine is None
        assert coach.speech.voices()
        # The session keeps the keys: the offer takes no focus.
        assert window.session_screen is not None
        assert window.session_screen.hasFocus() or not offer.yes_button.hasFocus()
        assert rig.saved().voice_offered and not rig.saved().voice_on
        offer.yes_button.click()
        assert offer_of(window) is None
        assert rig.saved().voice_on and window.settings.voice_on and is_on(coach)
        # Told briefly, and the offer's room is given back.
        assert bar.currentMessage() == "The voice is on. You can change it in Settings."
        assert offer.parent() is None and offer not in bar.findChildren(VoiceOffer)
        assert bar.sizeHint().height() <= room_before
        heard: list[str] = []
        coach.speech.spoke.connect(heard.append)
        window.session_screen.abandon()
        # A second session is not offered the voice again, and is heard.
        window.start_session(calf_and_shoulder())
        assert offer_of(window) is None
        assert heard and heard[0].startswith("Left calf")


def test_not_now_keeps_the_voice_off_and_does_not_ask_again(qtbot: QtBot, tmp_path: Path) -> None:
    rig = make_window(qtbot, tmp_path, CHECKED)
    window = rig.window
    with with_history(rig):
        window.start_session(calf_and_shoulder())
        qtbot.waitUntil(lambda: offer_of(window) is not None, timeout=5000)
        offer = window.voice_offer
        assert offer is not None
        offer.no_button.click()
        assert offer_of(window) is None
        assert rig.saved().voice_offered and not rig.saved().voice_on
        assert window.session_screen is not None
        window.session_screen.abandon()
        window.start_session(calf_and_shoulder())
        assert offer_of(window) is None


def test_settings_changed_mid_session_apply_to_the_voice_at_once(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = dataclasses.replace(CHECKED, voice_on=True, voice_offered=True)
    rig = make_window(qtbot, tmp_path, settings)
    window = rig.window
    with with_history(rig):
        window.start_session(calf_and_shoulder())
        coach = window.voice_coach
        assert coach is not None and is_on(coach)
        window.change_settings(
            dataclasses.replace(settings, voice_amount=Amount.MINIMAL, voice_on=False)
        )
        assert not is_on(coach)
        assert coach._cues is not None and coach._cues.amount is Amount.MINIMAL


def test_no_offer_where_no_voice_can_work(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An engine that is not there: the offer is never shown (and stays owed
    for a later session, when a voice may have been installed)."""
    monkeypatch.setenv("UNKNOT_SPEECH_ENGINE", "no-such-engine")
    rig = make_window(qtbot, tmp_path, CHECKED)
    window = rig.window
    with with_history(rig):
        coach = window.voice_coach
        assert coach is not None
        window.start_session(calf_and_shoulder())
        qtbot.waitUntil(lambda: coach.speech.problem() is not None, timeout=5000)
        assert offer_of(window) is None
        assert not rig.saved().voice_offered


def test_the_offer_waits_for_the_engine_without_holding_up_the_session(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """An engine slow to start: the session runs at once; the offer comes only
    when the engine has answered."""
    gate = threading.Event()

    def slow_engine(name: str) -> QTextToSpeech:
        gate.wait(10)
        return QTextToSpeech(name)

    rig = make_window(qtbot, tmp_path, CHECKED)
    window = rig.window
    with with_history(rig):
        coach = window.voice_coach
        assert coach is not None
        coach.speech = Speech("mock", coach, factory=slow_engine)
        window.start_session(calf_and_shoulder())
        screen = window.session_screen
        assert screen is not None and screen.is_running()
        QCoreApplication.processEvents()
        assert offer_of(window) is None
        gate.set()
        qtbot.waitUntil(lambda: offer_of(window) is not None, timeout=5000)
