"""Every decimal a person reads is written the way their language writes it.

The progress page (its painted charts, labels, tables, tooltips and the words
for screen readers) and the report are produced in German from the demo
history, whose averages of ratings have fractions, and no text may hold a
decimal point between digits ("3.6", "0.5"); the German "3,6" must be there,
so the check cannot pass by showing no decimal at all. A static check keeps
Python's own float formatting (`:.1f`, `:g`), which always writes a point, out
of the window's and core's texts.
"""

from __future__ import annotations

import ast
import re
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QAbstractItemModel, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLabel, QWidget

import unknot
from tests.ui.render_progress import demo_view
from tests.ui.render_report import TODAY, demo_report
from tests.ui.rendering import in_language
from unknot.core.tenderness import Span
from unknot.ui.charts.tenderness_panel import TendernessPanel
from unknot.ui.report.report_pdf import report_pdf

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

POINT = re.compile(r"\d\.\d")
COMMA = re.compile(r"\d,\d")
SOURCE = Path(unknot.__file__).resolve().parent


@pytest.fixture
def painted(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every text a QPainter draws while the test runs, in German."""
    texts: list[str] = []
    original = QPainter.drawText

    def recording(self: QPainter, *args: Any) -> Any:
        texts.extend(arg for arg in args if isinstance(arg, str))
        return original(self, *args)

    with in_language("de"):
        monkeypatch.setattr(QPainter, "drawText", recording)
        yield texts


def _model_texts(model: QAbstractItemModel) -> list[str]:
    roles = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.AccessibleDescriptionRole,
    )
    found = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role in roles:
                value = model.data(model.index(row, column), role)
                if isinstance(value, str):
                    found.append(value)
    for column in range(model.columnCount()):
        for role in roles:
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                found.append(value)
    return found


def _widget_texts(root: QWidget) -> list[str]:
    """What every widget under `root` shows or tells a screen reader."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        found += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append(widget.text())
        if isinstance(widget, QComboBox):
            found += [widget.itemText(index) for index in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found += _model_texts(widget.model())
        alternative = getattr(widget, "text_alternative", None)
        if callable(alternative):
            found.append(str(alternative()))
    return found


def _with_points(texts: list[str]) -> list[str]:
    return [text for text in texts if POINT.search(text)]


def test_the_progress_page_writes_decimals_the_german_way(qtbot: QtBot, painted: list[str]) -> None:
    with (
        tempfile.TemporaryDirectory() as scratch,
        demo_view(Path(scratch) / "data", size=QSize(1200, 2400)) as view,
    ):
        view.show()
        qtbot.waitExposed(view)
        texts: list[str] = []
        panels = view.findChildren(TendernessPanel)
        assert panels
        for span in Span:
            for panel in panels:
                panel.set_span(span)
                # Every spot shown large in turn: each has its own sentence and easing line.
                for index in range(panel.spot_box.count()):
                    panel.spot_box.setCurrentIndex(index)
                    panel.grab()
                    texts += _widget_texts(panel)
        for widget in [view, *view.findChildren(QWidget)]:
            if widget.isVisible():
                widget.grab()
        texts += _widget_texts(view)
    texts += painted
    assert not _with_points(texts), _with_points(texts)
    assert any(COMMA.search(text) for text in texts), "no decimal was shown at all"


def test_the_report_writes_decimals_the_german_way(
    qapp: object, painted: list[str], tmp_path: Path
) -> None:
    data = demo_report(tmp_path / "data", safety_answered_on=date(2025, 9, 1), safety_conditions=())
    assert report_pdf(data, made_on=TODAY)
    assert not _with_points(painted), _with_points(painted)
    assert any(COMMA.search(text) for text in painted), "no decimal was shown at all"


# -- Python's float formatting kept out of shown texts ----------------------------------------

# A format spec that writes a float with Python's decimal point: ".1f", "g", ".2%".
_FLOAT_SPEC = re.compile(r"^(?:.?[<>=^])?[-+ ]?#?0?\d*[,_]?(?:\.\d+)?[eEfFgG%]$")
# The one place allowed to: the English-only decimal for the command line.
ALLOWED = {("core/tenderness.py", "plain_decimal")}


def _float_formats(tree: ast.AST) -> Iterator[tuple[str, int]]:
    """(enclosing function, line) of every f-string field or str.format
    template that formats a float with Python's point."""
    scopes: list[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]] = [
        (node.name, node)
        for node in ast.walk(tree)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
    ]

    def scope_of(line: int) -> str:
        inside = [
            (name, node)
            for name, node in scopes
            if node.lineno <= line <= (node.end_lineno or node.lineno)
        ]
        return inside[-1][0] if inside else ""

    for node in ast.walk(tree):
        if isinstance(node, ast.FormattedValue) and isinstance(node.format_spec, ast.JoinedStr):
            spec = "".join(
                part.value
                for part in node.format_spec.values
                if isinstance(part, ast.Constant) and isinstance(part.value, str)
            )
            if _FLOAT_SPEC.match(spec):
                yield scope_of(node.lineno), node.lineno
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            for spec in re.findall(r"\{(?:[A-Za-z_][\w.]*|\d*)(?:![rsa])?:([^{}]*)\}", node.value):
                if _FLOAT_SPEC.match(spec):
                    yield scope_of(node.lineno), node.lineno


def test_no_shown_text_formats_a_float_with_a_point() -> None:
    found = []
    for folder in ("ui", "core"):
        for path in sorted((SOURCE / folder).rglob("*.py")):
            name = path.relative_to(SOURCE).as_posix()
            for scope, line in _float_formats(ast.parse(path.read_text(encoding="utf-8"))):
                if (name, scope) not in ALLOWED:
                    found.append(f"{name}:{line} in {scope or 'the module'}")
    assert not found, "format decimals with ui.shared.dates.decimal (QLocale): " + ", ".join(found)


def test_the_static_check_finds_a_float_format() -> None:
    sample = ast.parse(
        "def line(x):\n"
        "    a = f'easing at {x:.1f} or lower'\n"
        "    b = '{rating:g} of 10'.format(rating=x)\n"
        "    c = f'{x:02d} and {x!r}'\n"
    )
    assert [line for _, line in _float_formats(sample)] == [2, 3]
