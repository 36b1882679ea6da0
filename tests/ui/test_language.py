"""The window's language: which one the setting picks, and that picking German
turns core's texts, Qt's own buttons and the locale's dates German, and that the
window built then shows German."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from unknot.core import session_texts as texts
from unknot.core.areas import AreaId, Position, Side, Tool, area
from unknot.core.formats import duration_text, spoken_duration_text
from unknot.core.translation import translate
from unknot.settings import Settings
from unknot.ui.home.home_screen import streak_text
from unknot.ui.settings.settings_dialog import SettingsDialog
from unknot.ui.shared.dates import day_label
from unknot.ui.shared.language import AppliedLanguage, apply_language, resolve_language


@pytest.fixture
def german(qapp: QApplication) -> Iterator[AppliedLanguage]:
    before = QLocale()
    applied = apply_language("de")
    yield applied
    applied.remove()
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("choice", "system", "expected"),
    [
        ("system", "de_DE", "de"),
        ("system", "de_AT", "de"),
        ("system", "en_GB", "en"),
        ("system", "fr_FR", "en"),
        ("en", "de_DE", "en"),
        ("de", "en_US", "de"),
    ],
)
def test_the_setting_picks_the_language(choice: str, system: str, expected: str) -> None:
    assert resolve_language(choice, QLocale(system)) == expected


def test_an_unknown_choice_is_refused() -> None:
    with pytest.raises(ValueError, match="not a language choice"):
        resolve_language("fr")


def test_german_reaches_core_texts_plurals_and_names(german: AppliedLanguage) -> None:
    assert german.code == "de"
    assert len(german.translators) >= 1
    assert texts.PAUSED == "Pausiert. Drück die Leertaste, um weiterzumachen."
    assert area(AreaId.CALVES).spot_name(Side.LEFT) == "Linke Wade"
    assert Tool.FOAM_ROLLER.label == "Faszienrolle"
    # German nouns keep their capitals inside a sentence.
    assert texts.switch_up(Tool.FOAM_ROLLER, running=False) == "Nächstes Hilfsmittel: Faszienrolle."
    assert spoken_duration_text(60) == "1 Minute"
    assert spoken_duration_text(150) == "2 Minuten 30 Sekunden"
    assert duration_text(270) == "4 min 30 s"
    assert streak_text(1, 2, 5) == "1 Tag in Folge · 2 von 5 Tagen diese Woche"


def test_german_dates_come_from_the_locale(german: AppliedLanguage) -> None:
    del german
    assert QLocale().language() == QLocale.Language.German
    assert day_label(date(2026, 1, 5)) == "Montag, 5. Januar 2026"


def test_qt_own_texts_follow_when_qt_ships_them(german: AppliedLanguage) -> None:
    # Qt's translation of its own "Cancel" is present when qtbase_de.qm is.
    cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    assert cancel in ("Abbrechen", "Cancel")
    if len(german.translators) == 2:
        assert cancel == "Abbrechen"


def test_removing_the_language_goes_back_to_english(german: AppliedLanguage) -> None:
    german.remove()
    assert texts.PAUSED == "Paused. Press Space to carry on."
    assert translate("Spots", "Left calf") == "Left calf"


def test_the_settings_dialog_offers_the_language_and_keeps_it(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings(language="de"), tray_available=True)
    qtbot.addWidget(dialog)
    assert [dialog.language_combo.itemData(i) for i in range(dialog.language_combo.count())] == [
        "system",
        "en",
        "de",
    ]
    assert dialog.settings().language == "de"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    assert dialog.settings().language == "en"
    assert dialog.language_combo.accessibleName() == "Language"


def test_a_window_built_in_german_shows_german(german: AppliedLanguage, qtbot: QtBot) -> None:
    del german
    dialog = SettingsDialog(Settings(), tray_available=True)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Einstellungen"
    assert dialog.goal_spin.suffix() == " Tage pro Woche"


def test_every_german_text_that_says_press_space_names_the_key(german: AppliedLanguage) -> None:
    # The engine adds "press Space to start" unless the text already names the
    # key; a text that does, in words the engine cannot see, is said twice.
    del german
    for position in Position:
        assert texts.names_space(texts.move_to(position))
    for name in ("SLEPT", "PAUSED", "PAUSED_HINT", "READY_FOCUS", "START_HINT", "READY_SCAN"):
        assert texts.names_space(getattr(texts, name)), name
