"""Start-up: paint the window first, then open the history.

Importing SQLAlchemy costs a few hundred milliseconds, more than a bare Qt window
takes to appear, so the store is imported from the event loop once the window is
on screen. The body map is usable at once; the history arrives a moment later.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from unknot import __version__
from unknot.core.clock import Clock
from unknot.core.translation import translate
from unknot.demo_mode import DemoFolders
from unknot.diagnostics import current_log, start_log, stop_log
from unknot.launch_options import LaunchOptions
from unknot.localzone import follow_system_zone, local_zone, system_clock
from unknot.settings import load_settings
from unknot.single_instance import InstanceGuard, Outcome, claim
from unknot.ui.shared.assets import asset_path
from unknot.ui.shared.language import AppliedLanguage, apply_language
from unknot.ui.window.error_dialog import ExceptionHook
from unknot.ui.window.main_window import MainWindow
from unknot.ui.window.quit_signals import QuitSignals

if TYPE_CHECKING:
    from unknot.ui.history.history_service import HistoryService

APP_ID = "io.github.unknot.Unknot"

_log = logging.getLogger("unknot.app")

# The translators in use; kept here so they live as long as the application.
_language: AppliedLanguage | None = None


def use_language(choice: str) -> AppliedLanguage:
    """Install the language of the setting `choice` ("system", "en", "de") for
    every text made from now on; the one it replaces is removed."""
    global _language
    if _language is not None:
        _language.remove()
    _language = apply_language(choice)
    return _language


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("unknot")
    app.setApplicationDisplayName("Unknot")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("unknot")
    # Lets the desktop match windows to the .desktop entry (icon, grouping).
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(asset_path("icons/unknot.svg"))))
    return app


def create_window(options: LaunchOptions, clock: Clock | None = None) -> MainWindow:
    loaded = load_settings(options.config_dir)
    # Before any widget is made: each writes its texts when it is built.
    use_language(loaded.settings.language)
    follow_zone = None
    if clock is None:
        system = system_clock()
        clock = system
        # The window follows the system's zone while it runs (a trip, a change
        # in the system settings): "today" moves with it.
        follow_zone = lambda: follow_system_zone(system)  # noqa: E731
    window = MainWindow(
        clock=clock,
        settings=loaded.settings,
        settings_stamp=loaded.stamp,
        config_dir=options.config_dir,
        data_dir=options.data_dir,
        follow_zone=follow_zone,
    )
    if loaded.problems:
        # Shown after the window is up, so the message has a parent to sit on.
        QTimer.singleShot(0, lambda: window.tell_settings_problems(loaded.problems))
    return window


def show_first_figures(window: MainWindow, options: LaunchOptions) -> bool:
    """The home screen's streak line from the file read without the store,
    when that is certainly safe (unknot.quick_read); True if it was shown.
    The store's own count follows once it has opened the history."""
    if options.demo:
        return False  # the demo's folder is filled when the history opens
    from unknot.quick_read import read_sums_quickly

    sums = read_sums_quickly(options.data_dir)
    if sums is None:
        return False
    window.show_first_figures(sums.sessions, sums.rest_days)
    return True


def open_history(window: MainWindow, options: LaunchOptions) -> HistoryService | None:
    """Open (or create) the history and hand it to the window. Every problem is
    told in plain words; the app stays open so nothing on screen is lost."""
    from unknot.store import History, HistoryError
    from unknot.store.errors import HistoryReadOnlyError
    from unknot.ui.history.history_service import HistoryService

    try:
        if options.demo:
            from unknot.demo_mode import fill_demo_folder

            fill_demo_folder(options.data_dir, window.today(), local_zone().key)
        history = History.open(options.data_dir)
    except HistoryReadOnlyError as error:
        # A folder this user may read but not write: the history is shown as
        # it stands, and nothing that would write can be started.
        _log.warning("the history could not be opened for writing (%s)", type(error).__name__)
        return _open_read_only(window, options, str(error))
    except HistoryError as error:
        _log.warning("the history could not be opened (%s)", type(error).__name__)
        window.history_unavailable(str(error))
        return None
    except OSError as error:
        _log.warning("the history folder could not be used (%s)", type(error).__name__)
        window.history_unavailable(
            translate("App", "The history folder {folder} cannot be used: {reason}").format(
                folder=options.data_dir, reason=error
            )
        )
        return None
    _log.info("history opened")
    if history.set_aside is not None or history.side_files_set_aside:
        _log.warning("files beside or of the history were set aside")
    service = HistoryService(history)
    window.attach_history(service)
    # A file put aside now or at an earlier start (or by `unknot check --repair`)
    # is told until the person acknowledges it.
    window.tell_kept_aside()
    window.tell_interrupted(history.interrupted_closed)
    return service


def _open_read_only(
    window: MainWindow, options: LaunchOptions, refused: str
) -> HistoryService | None:
    """The history read into memory from a folder that cannot be written; when
    it cannot even be read, the window says why `refused` and the reading failed."""
    from unknot.paths import HISTORY_FILE_NAME
    from unknot.store import HistoryError
    from unknot.ui.history.history_service import HistoryService

    try:
        service = HistoryService.open_read_only(options.data_dir / HISTORY_FILE_NAME)
    except HistoryError as error:
        _log.warning("the history could not be read either (%s)", type(error).__name__)
        window.history_unavailable(
            f"{refused}\n\n"
            + translate("App", "It cannot be read either: {reason}").format(reason=error)
        )
        return None
    _log.info("history opened read-only")
    window.attach_history(service)
    return service


def run_gui(options: LaunchOptions) -> int:
    app = create_application()
    # The system's language until the settings are read (a message about a
    # stuck instance comes before that).
    use_language("system")
    # --demo: a throw-away folder of example data, never the real one.
    demo = DemoFolders.create(options) if options.demo else None
    if demo is not None:
        options = demo.options()
    guard: InstanceGuard | None = None
    if not options.demo:
        # A throw-away demo history may run beside the real app; the real one
        # runs once per data folder.
        claimed = claim(options.data_dir)
        if claimed.outcome is Outcome.HANDED_OVER:
            return 0
        if claimed.outcome is Outcome.NOT_ANSWERING:
            QMessageBox.warning(
                None,
                translate("App", "Unknot is already running"),
                translate(
                    "App",
                    "Unknot is already open with this history but is not answering. "
                    "If it stays stuck, close it (or end it in your system monitor) "
                    "and start Unknot again.",
                ),
            )
            return 1
        guard = claimed.guard
    # Only the instance that runs keeps the log: two writers would rotate it apart.
    hook = start_diagnostics(options)
    window = create_window(options)
    if demo is not None:
        window.setWindowTitle(
            translate("App", "Unknot: demo with example sessions, nothing is kept")
        )
    if guard is not None:
        guard.activation_requested.connect(window.bring_to_front)
        guard.listen()
    # `kill`, a logout or Ctrl+C: quit as File > Quit does, so what follows
    # exec() cleans up (the demo folder, the single-instance socket).
    quit_signals = QuitSignals()
    quit_signals.received.connect(window.quit_for_signal)
    window.show_at_start()

    def after_first_paint() -> None:
        # The streak line first when the file can be read without the store;
        # the store (a few hundred milliseconds to load) after it has painted.
        show_first_figures(window, options)
        QTimer.singleShot(0, lambda: open_history(window, options))
        # After the history: the dialog opens over a window that is ready.
        QTimer.singleShot(0, window.offer_safety_check_if_due)

    QTimer.singleShot(0, after_first_paint)
    status = 1
    try:
        status = app.exec()
        return status
    finally:
        _log.info("Unknot closed")
        if demo is None:
            window.remember_place()
        quit_signals.uninstall()
        if window.service is not None:
            window.service.close()
        hook.uninstall()
        stop_log()
        if guard is not None:
            guard.release()
        if demo is not None:
            demo.remove()
        end_speech(status)


# How long a speech thread may take to end at quit (it ends at once unless
# its speech service hangs).
SPEECH_GRACE_MS = 1000


def end_speech(status: int) -> None:
    """End the voice coach's speech thread; when it is stuck in a speech service
    that does not answer, end the process with `status` now (everything is
    saved and closed by then), before its clean-up destroys the running thread,
    which would abort."""
    speech = sys.modules.get("unknot.ui.voice.voice_coach")
    if speech is None or speech.shut_down_speech(SPEECH_GRACE_MS):
        return
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


def start_diagnostics(options: LaunchOptions) -> ExceptionHook:
    """The log in the data folder, and the hook that turns an exception nobody
    caught (in a slot, in a thread) into a logged line and a plain dialog."""
    start_log(options.data_dir)
    _log.info(
        "Unknot %s started (Python %s, PySide6 %s, %s)",
        __version__,
        platform.python_version(),
        pyside_version,
        platform.platform(terse=True),
    )
    hook = ExceptionHook(current_log)
    hook.install()
    return hook
