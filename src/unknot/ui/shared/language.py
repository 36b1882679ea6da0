"""The window's language: which one, and Qt's translators for it.

The person picks "Follow system", English or Deutsch in Settings. The choice is
made once at start-up, before any widget is built, because every widget writes
its texts when it is made: a change in Settings applies at the next start.

What `apply_language` does for a language other than English:
- loads Unknot's own `unknot_<lang>.qm` (shipped in `unknot/translations`) and
  Qt's `qtbase_<lang>.qm` (the texts of Qt's own buttons and dialogs) into
  QTranslators installed on the application;
- makes that language's QLocale the default, so dates, times, numbers and
  weekday names in the window follow it;
- routes `unknot.core.translation.translate` through
  `QCoreApplication.translate`, so core's texts arrive in it too.
English (or a system language Unknot has no translation for) uses the
built-in texts and the system's locale.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from unknot.core.translation import install_backend
from unknot.settings import LANGUAGES

_log = logging.getLogger("unknot.language")

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "translations"

# The languages Unknot ships a translation for, besides its own English.
TRANSLATED = ("de",)


def resolve_language(choice: str, system: QLocale | None = None) -> str:
    """The language code to use for the setting `choice` ("system", "en", "de"):
    "system" follows the system's locale when Unknot speaks it, else English.
    Raises ValueError for a choice not in settings.LANGUAGES."""
    if choice not in LANGUAGES:
        raise ValueError(f"not a language choice: {choice!r}")
    if choice != "system":
        return choice
    locale = system if system is not None else QLocale.system()
    for language in locale.uiLanguages():
        code = language.replace("_", "-").split("-")[0].lower()
        if code == "en" or code in TRANSLATED:
            return code
    return "en"


@dataclass
class AppliedLanguage:
    """What `apply_language` installed; `remove()` takes it out again."""

    code: str
    translators: list[QTranslator] = field(default_factory=list)

    def remove(self) -> None:
        global _current
        if _current == self.code:
            _current = None
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()
        install_backend(None)


def _qt_backend(context: str, source: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, source, disambiguation, n)


# The language last applied; None before any.
_current: str | None = None


def current_language() -> str:
    """The window's language code ("en", "de"): the one last applied, else the
    one the system's locale would give."""
    return _current if _current is not None else resolve_language("system")


def apply_language(choice: str, system: QLocale | None = None) -> AppliedLanguage:
    """Install the translators and locale for the setting `choice`; needs a
    QCoreApplication. A missing .qm file is logged and the texts stay English:
    the window still works."""
    global _current
    code = resolve_language(choice, system)
    _current = code
    applied = AppliedLanguage(code)
    if code == "en":
        # English texts, and the system's own formats for dates and numbers
        # (an English reader in Germany keeps 24-hour clocks and dd.MM.).
        QLocale.setDefault(system if system is not None else QLocale.system())
        install_backend(None)
        return applied
    locale = QLocale(code)
    QLocale.setDefault(locale)
    own = QTranslator()
    if own.load(locale, "unknot", "_", str(TRANSLATIONS_DIR)):
        QCoreApplication.installTranslator(own)
        applied.translators.append(own)
    else:
        _log.warning("no translation file for %s; the texts stay English", code)
    qt_own = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(locale, "qtbase", "_", qt_dir):
        QCoreApplication.installTranslator(qt_own)
        applied.translators.append(qt_own)
    install_backend(_qt_backend)
    return applied
