"""SQLAlchemy costs a few hundred milliseconds to import, so only the store
imports it, and nothing outside the store imports the store when it is itself
imported: the window is painted first and the history loaded after."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import unknot

PACKAGE = Path(unknot.__file__).parent
STORE = PACKAGE / "store"


def _import_time_imports(statements: list[ast.stmt]) -> Iterator[str]:
    """Modules imported when the module runs: not in functions, nor under
    `if TYPE_CHECKING:`."""
    for node in statements:
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.If):
            if not (isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"):
                yield from _import_time_imports(node.body)
            yield from _import_time_imports(node.orelse)
        elif isinstance(node, ast.Try):
            for block in (node.body, node.orelse, node.finalbody):
                yield from _import_time_imports(block)
            for handler in node.handlers:
                yield from _import_time_imports(handler.body)
        elif isinstance(node, ast.ClassDef | ast.With):
            yield from _import_time_imports(node.body)


def test_only_the_store_imports_sqlalchemy_or_the_store_at_import_time() -> None:
    for path in sorted(PACKAGE.rglob("*.py")):
        if STORE in path.parents:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for name in _import_time_imports(tree.body):
            assert name.split(".")[0] != "sqlalchemy", f"{path.name} imports {name}"
            assert not name.startswith("unknot.store"), f"{path.name} imports {name}"


def test_the_store_modules_load_sqlalchemy_and_nothing_of_qt() -> None:
    code = (
        "import sys\n"
        "import unknot.store\n"
        "print('sqlalchemy' in sys.modules)\n"
        "print([m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert out[:2] == ["True", "[]"]
