"""The UI reaches the history (its records, its files for the person, its
format) only through ui/history/history_service.py. Read from the source: an import
inside a function counts too; names imported for the type checker alone do not.

The data folder's housekeeping (the daily copies beside the history, files
kept aside) is not the history's content and stays with its own store modules.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "src" / "unknot" / "ui"
THE_DOOR = "history_service.py"
# The history's content and the files made from it.
HISTORY_MODULES = (
    "unknot.store",
    "unknot.store.history",
    "unknot.store.exchange",
    "unknot.store.data_files",
    "unknot.store.database",
    "unknot.store.models",
    "unknot.store.convert",
    "unknot.store.migrations",
    "unknot.store.live",
)


def _type_checking_lines(tree: ast.Module) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for inner in node.body:
                lines.update(range(inner.lineno, (inner.end_lineno or inner.lineno) + 1))
    return lines


def test_only_the_history_service_imports_the_history() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == THE_DOOR:
            continue
        tree = ast.parse(path.read_text("utf-8"))
        typing_only = _type_checking_lines(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Import | ast.ImportFrom) or node.lineno in typing_only:
                continue
            names: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):  # pragma: no branch
                names = [alias.name for alias in node.names]
            found += [
                f"{path.relative_to(UI)}:{node.lineno} {name}"
                for name in names
                if name in HISTORY_MODULES
            ]
    assert found == []
