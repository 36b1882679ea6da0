"""A result from a worker thread reaches only what is still there.

A lambda connected to a Task's signal keeps its window alive in Python while Qt
deletes the widgets under it: a count or a file finished at quit then calls into
deleted labels. Bound slots of the owner are dropped by Qt with the owner.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "src" / "unknot" / "ui"


def test_no_lambda_waits_for_a_worker_s_result() -> None:
    found = []
    for path in UI.rglob("*.py"):
        if path.name == "background.py":  # the pool's own bookkeeping
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "connect"
                and isinstance(node.func.value, ast.Attribute)
                and node.func.value.attr in {"succeeded", "failed"}
                and isinstance(node.func.value.value, ast.Name)
                and node.func.value.value.id == "task"
            ):
                continue
            if any(isinstance(argument, ast.Lambda) for argument in node.args):
                found.append(f"{path.relative_to(UI)}:{node.lineno}")
    assert found == []
