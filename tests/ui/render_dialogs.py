"""Render the safety check, the settings dialog and the About box offscreen, in a
light and a dark palette.

    python tests/ui/render_dialogs.py [folder]

writes safety-light.png, safety-dark.png, safety-advice-*.png, settings-*.png and
about-*.png (default folder: assets/screenshots). The tests render the same
dialogs into a temporary folder.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import date, time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if not __package__:
    # Run as `python tests/ui/render_dialogs.py`: `tests` is found from the checkout.
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QDialog

from tests.ui.rendering import fusion_pictures, palettes, render_main, save_grab
from unknot.core.areas import AreaId
from unknot.core.clock import FakeClock
from unknot.core.safety import Condition
from unknot.settings import Settings
from unknot.ui.safety.safety_screen import Occasion, SafetyScreen
from unknot.ui.settings.settings_dialog import SettingsDialog
from unknot.ui.voice.voice_coach import VoiceCoach
from unknot.ui.window.about_dialog import AboutDialog

TODAY = date(2026, 3, 2)
SAMPLE_DATA = Path("/home/sam/.local/share/unknot")
SAMPLE_CONFIG = Path("/home/sam/.config/unknot")


def sample_safety() -> SafetyScreen:
    return SafetyScreen(TODAY, Occasion.FIRST_RUN)


def sample_safety_advice() -> SafetyScreen:
    screen = SafetyScreen(TODAY, Occasion.FIRST_RUN, marked_areas=[AreaId.ARMS])
    for condition in (Condition.CLOT, Condition.LARGE_BRUISE):
        screen.condition_boxes[condition].setChecked(True)
    screen.show_advice()
    return screen


def sample_settings() -> SettingsDialog:
    settings = Settings(
        hold_seconds=150,
        weekly_goal=4,
        day_start=time(3, 0),
        reminder_time=time(19, 30),
        voice_on=True,
    )
    # Qt's mock speech engine: the same voices on every machine.
    coach = VoiceCoach(FakeClock(), engine_name="mock")
    dialog = SettingsDialog(settings, tray_available=True, voice=coach)
    coach.setParent(dialog)
    # The voices come from the speech thread: pictured once they are listed.
    speech = coach.speech
    if not speech.known:
        waiting = QEventLoop()
        speech.found.connect(waiting.quit)
        speech.failed.connect(waiting.quit)
        QTimer.singleShot(5000, waiting.quit)
        waiting.exec()
    return dialog


def sample_about() -> AboutDialog:
    dialog = AboutDialog(SAMPLE_DATA, SAMPLE_CONFIG)
    # The sample folder does not exist here; a person's does.
    dialog.open_button.setEnabled(True)
    return dialog


SAMPLES: dict[str, Callable[[], QDialog]] = {
    "safety": sample_safety,
    "safety-advice": sample_safety_advice,
    "settings": sample_settings,
    "about": sample_about,
}


def render(folder: Path) -> list[Path]:
    written: list[Path] = []
    with fusion_pictures(folder) as app:
        for shade, palette in palettes():
            app.setPalette(palette)
            for name, make in SAMPLES.items():
                dialog = make()
                dialog.setPalette(palette)
                dialog.show()
                written.append(save_grab(dialog, folder / f"{name}-{shade}.png"))
                dialog.close()
                dialog.deleteLater()
    return written


if __name__ == "__main__":
    sys.exit(render_main(sys.argv, render))
