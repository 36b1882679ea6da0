"""The one door every sentence the person reads goes through.

Standard library only, so core, the command line and the window all call the same
`translate(context, source, disambiguation, n)`, shaped like Qt's
`QCoreApplication.translate` so that `pyside6-lupdate` finds every call and
`.ts` files can be made from the sources (see `unknot/translations/README.md`).

Without a backend (the command line, core's tests) a text reads as written, in
English. The window installs Qt's translator as the backend (`ui/shared/language.py`), so
the same call returns German when the person reads German.

Plurals: a source with `%n` takes a count `n`. English plurals are written "(s)"
in the source ("%n day(s)"); a translation gives its own plural forms, and for
English the "(s)" is resolved here: "1 day", "3 days". `%Ln` is the count with the
thousands separator ("1,204 sessions").

Tables of names (areas, tools) mark their strings with `QT_TRANSLATE_NOOP` so
lupdate finds them, and translate them where they are shown:
`translate("Areas", area.name)`.
"""

from __future__ import annotations

from collections.abc import Callable

# (context, source, disambiguation, n) -> the translated text, with %n filled in.
Backend = Callable[[str, str, "str | None", int], str]


def _as_written(context: str, source: str, disambiguation: str | None, n: int) -> str:
    del context, disambiguation
    if n < 0:
        return source
    return source.replace("%Ln", f"{n:,}").replace("%n", str(n))


_backend: Backend = _as_written


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`source` in the person's language; `n` >= 0 fills `%n` / `%Ln` and picks
    the plural form. Never raises: an untranslated text reads as written."""
    text = _backend(context, source, disambiguation, n)
    if n >= 0 and "(s)" in text:
        # An English text (the source, or an English translation without its
        # own plural forms): "(s)" is the plural ending.
        text = text.replace("(s)", ("s", "")[n == 1])
    return text


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate looks for
    """Marks `source` for the translation files without translating it now: for
    tables built at import time, translated where they are shown."""
    del context
    return source


def in_sentence(name: str) -> str:
    """A name ("Tennis ball", "Left calf") as it reads inside a sentence: English
    lowercases it ("Switch to the tennis ball."); a language whose nouns keep
    their capitals (German) says so by translating the switch below as "keep"."""
    rule = translate(
        "Grammar",
        "lower",
        "Names inside a sentence: 'lower' lowercases their first letter (English), "
        "'keep' keeps them as they are (German nouns).",
    )
    if rule == "keep" or not name:
        return name
    return name[0].lower() + name[1:]


def install_backend(backend: Backend | None) -> None:
    """Route every `translate` call through `backend` (None: as written). The
    window calls this once at start-up with Qt's translator."""
    global _backend
    _backend = backend if backend is not None else _as_written
