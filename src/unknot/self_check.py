"""`unknot --self-check`: does this installation work, end to end?

Opens the main window offscreen on a new temporary data and settings folder
(never the person's own), answers the first-run safety check, picks a spot,
runs a session whose two-minute hold ends in a few real seconds on a clock
run faster, lets the hold end and be saved, leaves the session, reads the
history back through the store, checks the assets load, and removes the
folder. Made for a built bundle (CI runs it on the unpacked archive) as much
as for a source install.

Each check passed prints one line, "ok: ...", on stdout; the first that fails
prints one line, "self-check failed: ...", on stderr and the exit status is 1.
Never a traceback: an error nobody expected is told as that check's failure.
The texts are a diagnostic, in English.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import threading
import time
import wave
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TextIO

from unknot.core.clock import ScaledClock, SystemClock
from unknot.files import PRIVATE_DIR_MODE
from unknot.launch_options import LaunchOptions
from unknot.settings import ABSENT, Settings, save_settings

EXIT_OK = 0
EXIT_FAILED = 1

# How much faster the session's clock runs: a two-minute hold in three seconds.
# The hold timer takes a gap of 30 s between two looks as the machine having
# slept, so the session is looked at every POLL_MS: 4 s on the fast clock.
SPEED = 40.0
POLL_MS = 100
# Real seconds any one step may take before the check gives up on it (a cold
# start of a bundle from a slow disk included).
STEP_TIMEOUT = 30.0
# Real seconds the whole check may take: past them it says where it was and ends,
# whatever holds it up (it never waits for ever).
OVERALL_TIMEOUT = 180.0

# Files the window cannot do without, under assets/.
REQUIRED_ASSETS = ("body/front.svg", "body/back.svg", "icons/unknot.svg")


class SelfCheckError(Exception):
    """A check that did not pass; the message says which and why, in one line."""


def run(out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run every check; returns the exit status (0 all passed, 1 one failed).
    `out` and `err` default to the standard streams."""
    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    # A display is not needed, and none is touched unless one is asked for.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    check = _SelfCheck(out, err)
    watchdog = threading.Timer(OVERALL_TIMEOUT, check.give_up)
    watchdog.daemon = True
    watchdog.start()
    try:
        check.run()
    except SelfCheckError as failure:
        _say(err, f"self-check failed: {failure}")
        return EXIT_FAILED
    except Exception as error:  # the promise: one line, never a traceback
        _say(err, f"self-check failed: {check.step}: {_one_line(error)}")
        return EXIT_FAILED
    finally:
        watchdog.cancel()
    return EXIT_OK


def _say(stream: TextIO, line: str) -> None:
    stream.write(line + "\n")
    stream.flush()


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


class _SelfCheck:
    def __init__(self, out: TextIO, err: TextIO) -> None:
        self._out = out
        self._err = err
        # Qt's first warning: what went before a fatal error (no display).
        self._first_warning = ""
        # The temporary folder, while there is one.
        self._root: Path | None = None
        # What is being checked now, for a failure nobody expected.
        self.step = "starting"
        # The first exception raised inside Qt's event loop (a slot, a timer).
        self._loop_error: BaseException | None = None

    def give_up(self) -> None:
        """Called on a thread of its own when the whole check has taken longer
        than OVERALL_TIMEOUT: whatever holds the window (a dialog no one can
        answer, a call that never returns), say so in one line and end."""
        _say(
            self._err,
            f"self-check failed: {self.step}: no answer after {OVERALL_TIMEOUT:g} s",
        )
        if self._root is not None:
            shutil.rmtree(self._root, ignore_errors=True)
        os._exit(EXIT_FAILED)

    def ok(self, line: str) -> None:
        _say(self._out, f"ok: {line}")

    def run(self) -> None:
        self.step = "the assets"
        self._check_asset_files()
        self.step = "making a temporary folder"
        root = self._root = Path(tempfile.mkdtemp(prefix="unknot-self-check-"))
        try:
            options = LaunchOptions(data_dir=root / "data", config_dir=root / "config")
            for folder in (options.data_dir, options.config_dir):
                folder.mkdir(mode=PRIVATE_DIR_MODE)
            # The voice coach is not offered: looking for a speech service is
            # not this check's business, and it is slow where one has to start.
            save_settings(options.config_dir, Settings(voice_offered=True), read_as=ABSENT)
            self.ok(f"a temporary data folder {root}")
            with self._catching_loop_errors():
                held = self._run_session(options)
            self._read_back(options.data_dir, held)
        finally:
            shutil.rmtree(root, ignore_errors=True)
            self._root = None
        if root.exists():
            raise SelfCheckError(f"the temporary folder {root} could not be removed")
        self.ok("the temporary folder is removed")

    # -- the files ----------------------------------------------------------------------

    def _check_asset_files(self) -> None:
        from unknot.ui.session.chime import CHIME_ASSET
        from unknot.ui.shared.assets import asset_path

        for name in (*REQUIRED_ASSETS, CHIME_ASSET):
            try:
                asset_path(name)
            except FileNotFoundError as error:
                raise SelfCheckError(str(error)) from None
        chime = asset_path(CHIME_ASSET)
        try:
            with wave.open(str(chime), "rb") as sound:
                frames, rate = sound.getnframes(), sound.getframerate()
        except (OSError, EOFError, wave.Error) as error:
            raise SelfCheckError(f"the chime {chime} cannot be read: {error}") from None
        if frames == 0 or rate == 0:
            raise SelfCheckError(f"the chime {chime} holds no sound")
        self.ok(f"the assets are in place, the chime is {frames / rate:.2f} s of sound")

    def _check_assets_load(self) -> None:
        """The pictures render, and Qt's sound player takes the chime where
        there is a sound device (without one, it refuses any sound)."""
        from PySide6.QtCore import QUrl
        from PySide6.QtMultimedia import QAudioFormat, QMediaDevices, QSoundEffect
        from PySide6.QtSvg import QSvgRenderer

        from unknot.ui.session.chime import CHIME_ASSET
        from unknot.ui.shared.assets import asset_path, assets_dir

        pictures = [asset_path(name) for name in REQUIRED_ASSETS]
        pictures += sorted((assets_dir() / "positions").glob("*.svg"))
        for picture in pictures:
            if not QSvgRenderer(str(picture)).isValid():
                raise SelfCheckError(f"the picture {picture} does not load")
        self.ok(f"{len(pictures)} pictures render")

        chime = asset_path(CHIME_ASSET)
        with wave.open(str(chime), "rb") as sound:
            rate, channels, width = sound.getframerate(), sound.getnchannels(), sound.getsampwidth()
        sample = {1: QAudioFormat.SampleFormat.UInt8, 2: QAudioFormat.SampleFormat.Int16}
        if width not in sample:
            raise SelfCheckError(f"the chime has {8 * width}-bit samples; Qt plays 8 or 16")
        wanted = QAudioFormat()
        wanted.setSampleRate(rate)
        wanted.setChannelCount(channels)
        wanted.setSampleFormat(sample[width])
        if not wanted.isValid():
            raise SelfCheckError(
                f"the chime's format ({rate} Hz, {channels} channels) is not valid"
            )
        if not QMediaDevices.audioOutputs():
            self.ok(f"the chime is {8 * width}-bit {rate} Hz sound; no sound device to play it on")
            return
        effect = QSoundEffect()
        effect.setSource(QUrl.fromLocalFile(str(chime)))
        loading = (QSoundEffect.Status.Null, QSoundEffect.Status.Loading)
        self._wait_for(lambda: effect.status() not in loading, "the chime to load")
        if effect.status() is not QSoundEffect.Status.Ready:
            raise SelfCheckError("Qt's sound player cannot load the chime")
        effect.deleteLater()
        self.ok("the chime loads in Qt's sound player")

    # -- the window ---------------------------------------------------------------------

    def _run_session(self, options: LaunchOptions) -> float:
        """Open the window, answer the safety check, hold one spot until the
        time is up, leave the session and close; returns the seconds held as
        the session counted them."""
        self.step = "opening the window"
        from PySide6.QtCore import QTimer

        from unknot.app import create_application, create_window, open_history
        from unknot.core.areas import AreaId, Side
        from unknot.core.plans import MIN_HOLD_SECONDS, Spot
        from unknot.core.session_engine import Action, Phase
        from unknot.localzone import local_zone
        from unknot.ui.safety.safety_screen import SafetyScreen

        app = create_application([sys.argv[0] if sys.argv else "unknot"])
        self._check_assets_load()
        clock = ScaledClock(SystemClock(local_zone()), SPEED)
        window = create_window(options, clock=clock)
        try:
            window.show_at_start()
            self._wait_for(window.isVisible, "the window to show")
            self.ok(f"the main window opened ({app.platformName()})")

            self.step = "opening the history"
            service = open_history(window, options)
            if service is None or window.service is None:
                raise SelfCheckError("the history in the temporary folder did not open")
            self.ok("the history opened")

            self.step = "the safety check"
            if not window.offer_safety_check_if_due():
                raise SelfCheckError("the first-run safety check was not offered")
            self._wait_for(
                lambda: isinstance(window.open_dialog, SafetyScreen), "the safety check to show"
            )
            safety = window.open_dialog
            assert isinstance(safety, SafetyScreen)
            safety.none_button.click()
            if window.settings.safety_confirmed_on is None:
                raise SelfCheckError("the answer to the safety check was not kept")
            self.ok("the safety check was answered")

            self.step = "starting a session"
            spot = Spot(AreaId.CALVES, Side.LEFT)
            home = window.home
            home.body_map.set_selected(spot, True)
            home.set_hold_seconds(MIN_HOLD_SECONDS)
            if [selection.spot for selection in home.plan_selections()] != [spot]:
                raise SelfCheckError(f"picking {spot.name} did not put it in the plan")
            home.start_button.click()
            screen = window.session_screen
            if screen is None or screen.engine is None or not screen.is_running():
                raise SelfCheckError(f"the session on {spot.name} did not start")
            engine = screen.engine

            def phase() -> Phase:
                # Read afresh each time: the session moves on in the event loop.
                return engine.phase

            screen.session_actions[Action.START_PAUSE].trigger()
            if phase() is not Phase.HOLDING:
                raise SelfCheckError(f"the hold did not start (the session is {phase()})")
            self.ok(f"a session on {spot.name} started, its clock {SPEED:g} times faster")

            self.step = "the hold"
            began = time.monotonic()
            poll = QTimer()
            poll.setInterval(POLL_MS)
            poll.timeout.connect(screen.tick)

            def resume_after_a_stall() -> None:
                # On the fast clock a busy machine's stall of a second or two
                # looks like the machine sleeping, which pauses a hold: carry on.
                if phase() is Phase.PAUSED:
                    screen.session_actions[Action.START_PAUSE].trigger()

            poll.timeout.connect(resume_after_a_stall)
            poll.start()
            try:
                self._wait_for(
                    lambda: phase() not in (Phase.HOLDING, Phase.PAUSED),
                    "the hold's time to run out",
                )
            finally:
                poll.stop()
            if phase() is not Phase.TIME_UP:
                raise SelfCheckError(f"the hold ended as {phase()}, not with its time up")
            if not engine.records:
                raise SelfCheckError("the hold was not saved when its time was up")
            held = engine.records[-1].held_seconds
            self.ok(
                f"the {MIN_HOLD_SECONDS} s hold ran out and was saved, "
                f"after {time.monotonic() - began:.1f} real seconds"
            )

            self.step = "ending the session"
            screen.session_actions[Action.MOVE_ON].trigger()
            self._wait_for(lambda: phase() is Phase.SUMMARY, "the session's summary")
            screen.summary.back_button.click()
            if screen.is_running() or window.session_screen is None:
                raise SelfCheckError("the session did not end")
            window.wait_for_streaks(int(STEP_TIMEOUT * 1000))
            self.ok("the session ended and its summary was shown")
            self.step = "closing the window"
        finally:
            running = window.session_screen
            if running is not None and running.is_running():
                # A step failed mid-session: leave it without the question
                # closing would ask, which no one is there to answer.
                running.abandon()
            window.close()
            window.wait_for_streaks(int(STEP_TIMEOUT * 1000))
            if window.service is not None:
                window.service.close()
            window.deleteLater()
            app.processEvents()
        self.ok("the window closed")
        return held

    # -- the history --------------------------------------------------------------------

    def _read_back(self, data_dir: Path, held: float) -> None:
        self.step = "reading the history back"
        from unknot.core.plans import MIN_HOLD_SECONDS
        from unknot.core.records import Outcome
        from unknot.store import History

        with History.open(data_dir) as history:
            sessions = history.sessions()
        if len(sessions) != 1:
            raise SelfCheckError(f"the history holds {len(sessions)} sessions, not the one run")
        (session,) = sessions
        if session.outcome is not Outcome.COMPLETED:
            raise SelfCheckError(f"the session was saved as {session.outcome}, not completed")
        if len(session.holds) != 1:
            raise SelfCheckError(f"the session holds {len(session.holds)} holds, not one")
        (hold,) = session.holds
        # Saved at the deadline: the planned length exactly, on the session's clock.
        if hold.planned_seconds != MIN_HOLD_SECONDS or abs(hold.held_seconds - held) > 0.001:
            raise SelfCheckError(
                f"the hold was saved as {hold.held_seconds:g} s of {hold.planned_seconds} s, "
                f"not {held:g} s of {MIN_HOLD_SECONDS} s"
            )
        if abs(hold.held_seconds - MIN_HOLD_SECONDS) > 0.001:
            raise SelfCheckError(
                f"the hold lasted {hold.held_seconds:g} s, not {MIN_HOLD_SECONDS} s"
            )
        self.ok(f"the history holds the session with its hold of {hold.held_seconds:g} s")

    # -- waiting --------------------------------------------------------------------------

    def _wait_for(self, done: Callable[[], bool], what: str) -> None:
        """Run Qt's event loop until `done()`; SelfCheckError after STEP_TIMEOUT
        real seconds, or when something in the loop raised."""
        from PySide6.QtCore import QEventLoop, QTimer

        deadline = time.monotonic() + STEP_TIMEOUT
        while True:
            if self._loop_error is not None:
                raise SelfCheckError(
                    f"{self.step}: an error in the window: {_one_line(self._loop_error)}"
                )
            if done():
                return
            if time.monotonic() >= deadline:
                raise SelfCheckError(f"{self.step}: waited {STEP_TIMEOUT:g} s for {what}")
            loop = QEventLoop()
            QTimer.singleShot(20, loop.quit)
            loop.exec()

    @contextmanager
    def _catching_loop_errors(self) -> Iterator[None]:
        """Qt hands an exception raised in a slot to sys.excepthook and goes on;
        here it is kept and becomes the failure of the step under way. Qt's own
        warnings (no sound card, no PipeWire) are not this check's business and
        are kept off the output; a fatal error (no display for the platform
        asked for) ends the process as Qt says, so its line is written first."""
        from PySide6.QtCore import QtMsgType, qInstallMessageHandler

        def keep(
            kind: type[BaseException], error: BaseException, trace: TracebackType | None
        ) -> None:
            if self._loop_error is None:
                self._loop_error = error

        def quiet(kind: QtMsgType, context: object, message: str) -> None:
            first_line = message.strip().splitlines()[0] if message.strip() else ""
            if kind is not QtMsgType.QtFatalMsg:
                self._first_warning = self._first_warning or first_line
                return
            before = f" (Qt said first: {self._first_warning})" if self._first_warning else ""
            _say(self._err, f"self-check failed: {self.step}: {first_line}{before}")
            # Qt ends the process once this returns: no finally runs after it.
            if self._root is not None:
                shutil.rmtree(self._root, ignore_errors=True)

        previous_hook = sys.excepthook
        sys.excepthook = keep
        previous_handler = qInstallMessageHandler(quiet)
        try:
            yield
        finally:
            qInstallMessageHandler(previous_handler)
            sys.excepthook = previous_hook
