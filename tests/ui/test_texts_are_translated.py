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
    "drawStaticText",
    "drawItemText",
    "QStaticText",
    "setPlainText",
    "addText",
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


def _assigned(scope: ast.AST) -> dict[str, list[ast.expr]]:
    """What each plain name in `scope` is set to: a painted label is often put
    in a variable first (`label = "now" if ... else ...`, then drawText(label))."""
    values: dict[str, list[ast.expr]] = {}
    for node in ast.walk(scope):
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        else:
            continue
        for target in targets:
            if isinstance(target, ast.Name) and node.value is not None:
                values.setdefault(target.id, []).append(node.value)
    return values


def _shown_calls(tree: ast.AST) -> list[tuple[ast.Call, dict[str, list[ast.expr]]]]:
    """Every call in `tree`, with the names set in the function around it."""
    calls = []
    for function in ast.walk(tree):
        if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        names = _assigned(function)
        calls += [(node, names) for node in ast.walk(function) if isinstance(node, ast.Call)]
    return calls


def test_every_shown_literal_goes_through_translate() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        module_calls: list[tuple[ast.Call, dict[str, list[ast.expr]]]] = [
            (node, {}) for node in ast.walk(tree) if isinstance(node, ast.Call)
        ]
        seen: set[tuple[int, int]] = set()
        calls: list[tuple[ast.Call, dict[str, list[ast.expr]]]] = _shown_calls(tree) + module_calls
        for node, names in calls:
            if (node.lineno, node.col_offset) in seen:
                continue
            seen.add((node.lineno, node.col_offset))
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name not in SHOWN:
                continue
            if isinstance(func, ast.Attribute) and getattr(func.value, "id", None) == "_log":
                continue
            # addItem(text, data): the data is not shown.
            shown = node.args[:1] if name == "addItem" else node.args
            for argument in shown:
                # A name handed on: what it was set to in the same function.
                values = names.get(argument.id, []) if isinstance(argument, ast.Name) else []
                for value in [argument, *values]:
                    found += [
                        f"{path.name}:{node.lineno} {text!r}" for text in _untranslated(value)
                    ]
    assert found == []


def test_a_painted_literal_set_aside_in_a_name_is_found(tmp_path: Path) -> None:
    source = (
        "def paint(painter, week, in_progress):\n"
        "    label = 'now' if in_progress else week\n"
        "    painter.drawText(0, 0, label)\n"
    )
    calls = _shown_calls(ast.parse(source))
    texts = [
        text
        for node, names in calls
        if getattr(node.func, "attr", None) == "drawText"
        for value in names.get("label", [])
        for text in _untranslated(value)
    ]
    assert texts == ["now"]
