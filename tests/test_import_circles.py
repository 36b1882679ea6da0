"""The wiring modules import no circle: the command line starts the app, the app
and the demo use the launch options, and none of them imports back. Read from
the source, every import counted wherever it sits (inside a function too, and
`importlib.import_module("unknot...")`), since a lazy import closes a circle
all the same."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "unknot"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, known: set[str]) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            names = [node.args[0].value]
        found |= {name for name in names if name in known}
    return found


def test_the_top_level_modules_import_no_circle() -> None:
    paths = {_module_name(path): path for path in PACKAGE.rglob("*.py")}
    known = set(paths)
    top = {name for name, path in paths.items() if path.parent == PACKAGE}
    graph = {name: _imports(paths[name], known) & top for name in top}

    def reach(start: str) -> set[str]:
        seen: set[str] = set()
        todo = list(graph[start])
        while todo:
            name = todo.pop()
            if name not in seen:
                seen.add(name)
                todo.extend(graph.get(name, ()))
        return seen

    circles = sorted(name for name in top if name in reach(name))
    assert circles == []
    # The edge that used to close the circle, kept the right way round.
    assert "unknot.app" in graph["unknot.cli"]
    assert "unknot.cli" not in graph["unknot.app"] | graph["unknot.demo_mode"]
