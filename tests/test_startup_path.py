"""What is loaded on the way to the first paint, and what waits until it is used.

The window paints before the store is imported, the progress page is built when
first asked for, the session engine and its pages come with the first session,
QtMultimedia (with its FFmpeg back end, about 20 MB) is loaded when a chime is
first wanted, and OpenSSL (through hashlib) not before the first paint. Checked
in a fresh process, where `sys.modules` tells exactly what was
imported; this test measures no time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

_CHILD = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QEvent, QObject, QTimer

    def loaded(stage):
        names = sorted(
            name for name in sys.modules
            if name.startswith(("sqlalchemy", "unknot", "PySide6", "_hashlib"))
        )
        print(json.dumps({"stage": stage, "modules": names}), flush=True)

    from unknot.app import create_application, create_window, open_history
    from unknot.launch_options import LaunchOptions

    root = Path(sys.argv[1])
    options = LaunchOptions(data_dir=root / "data", config_dir=root / "config")
    app = create_application()
    window = create_window(options)

    def after_paint():
        loaded("first paint")
        open_history(window, options)
        app.processEvents()
        loaded("history open")
        window.show_progress()
        loaded("progress shown")
        from unknot.ui.session.chime import Chime

        chime = Chime(parent=window)
        loaded("chime made")
        chime.play(80)
        loaded("chime played")
        window.progress.model.wait()
        app.quit()

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not self.done:
                self.done = True
                QTimer.singleShot(0, after_paint)
            return False

    spy = FirstPaint()
    window.installEventFilter(spy)
    window.show()
    app.exec()
    """
)


def _stages(tmp_path: Path) -> dict[str, set[str]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    stages = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    return {stage["stage"]: set(stage["modules"]) for stage in stages}


def test_each_part_is_loaded_when_first_used(tmp_path: Path) -> None:
    stages = _stages(tmp_path)
    painted = stages["first paint"]
    assert not {name for name in painted if name.startswith("sqlalchemy")}
    # hashlib's OpenSSL back end: 3.7 MB for one digest of the data folder's name.
    assert "_hashlib" not in painted
    for waiting in (
        "unknot.store",
        "unknot.ui.session.session_screen",
        "unknot.ui.progress.progress_view",
        "unknot.ui.session.countdown_ring",
        "unknot.ui.safety.safety_screen",
        # The session engine, its timer and the summary page come with the
        # first session: the home screen and the tray know them only by name.
        "unknot.core.session_engine",
        "unknot.core.hold_timer",
        "unknot.ui.session.session_summary",
        "unknot.ui.session.tool_card",
        "PySide6.QtMultimedia",
        # Speech is loaded when a voice is first wanted, not for the first paint.
        "PySide6.QtTextToSpeech",
    ):
        assert waiting not in painted, waiting

    # The history is open: the store is loaded, the progress page and the
    # chime's multimedia still wait.
    history = stages["history open"]
    assert "unknot.store" in history
    assert "unknot.ui.progress.progress_view" not in history
    assert "PySide6.QtMultimedia" not in history
    # The session screen and the voice coach are made when a session or
    # Settings first needs them; no speech engine is loaded either.
    assert "unknot.ui.session.session_screen" not in history
    assert "unknot.ui.voice.voice_coach" not in history
    assert "PySide6.QtTextToSpeech" not in history
    # Nor the report's drawing.
    assert "unknot.ui.report.report_pdf" not in history

    assert "unknot.ui.progress.progress_view" in stages["progress shown"]
    assert "PySide6.QtMultimedia" not in stages["chime made"]
    assert "PySide6.QtMultimedia" in stages["chime played"]
