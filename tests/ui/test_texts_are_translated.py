"""Every word the window shows goes through translate(): a string literal handed
to a Qt call that shows text (a label, a button, a tooltip, an accessible name, a
message box, a painted caption) must sit inside a translate() call, or come from
a table marked with QT_TRANSLATE_NOOP and translated where shown."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import unknot.ui

UI = Path(unknot.ui.__file__).resolve().parent

# Calls whose arguments the person reads.
SHOWN = {
    "setText",
    "setWindowTitle",
    "setAccessibleName",
    "setAccessibleDescription",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setTitle",
    "setInformativeText",
    "setDetailedText",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
    "setHorizontalHeaderLabels",
    "showMessage",
    "drawText",
    "addTab",
    "addRow",
    "addAction",
    "addItem",
    "addMenu",
    "addButton",
    "information",
    "warning",
    "question",
    "critical",
    "getText",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QToolButton",
    "QMenu",
    "Message",
    "set_prompt",
    "set_value",
    "show_value",
}
# Not words to translate: the product's name, markup, keys, units.
_NOT_WORDS = re.compile(r"<[^>]*>|&nbsp;|\bUnknot\b|%|\{[a-z_]*\}")
# Each language is offered by its own name, the same in every language.
ENDONYMS = {"English", "Deutsch"}


def _words(text: str) -> bool:
    return re.search(r"[A-Za-z]{2}", _NOT_WORDS.sub("", text)) is not None


def _untranslated(node: ast.AST) -> list[str]:
    """Literals with words in `node`, not counting what a translate() call (or
    its .format()) takes."""
    if isinstance(node, ast.Call) and getattr(node.func, "id", None) in (
        "translate",
        "QT_TRANSLATE_NOOP",
    ):
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if _words(node.value) and node.value not in ENDONYMS else []
    found: list[str] = []
    for child in ast.iter_child_nodes(node):
        found += _untranslated(child)
    return found


def test_every_shown_literal_goes_through_translate() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name not in SHOWN:
                continue
            if isinstance(func, ast.Attribute) and getattr(func.value, "id", None) == "_log":
                continue
            # addItem(text, data): the data is not shown.
            shown = node.args[:1] if name == "addItem" else node.args
            for argument in shown:
                found += [f"{path.name}:{node.lineno} {text!r}" for text in _untranslated(argument)]
    assert found == []
