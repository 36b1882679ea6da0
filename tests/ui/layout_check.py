"""What a person would see as broken in a laid-out window, found from the widgets.

- text cut: a label or button narrower than its text (a label that does not wrap
  wider than it is, a wrapping label needing more lines than it has room for, a
  button whose words do not fit between its edges);
- overlap: two visible widgets side by side in one parent drawn over each other;
- cut at the edge: a widget reaching out of its parent (outside a scroll area);
- a table that scrolls sideways.

Each finding is one line naming the widget by its class, object name and text.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QLabel,
    QLayout,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QToolButton,
    QWidget,
)

# Pixels of slack before a difference counts: rounding in the style's sums.
SLACK = 2
# Room a push button keeps between its words and its edges (frame and margin
# each side, as the styles draw them).
BUTTON_PADDING = 8


def name_of(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text().replace("\n", " ")[:40]
    name = widget.objectName() or widget.accessibleName()
    return f"{type(widget).__name__}({name!r}, {text!r})"


def _visible_children(widget: QWidget) -> list[QWidget]:
    return [
        child
        for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if child.isVisible() and not child.isWindow()
    ]


def text_problem(widget: QWidget) -> str | None:
    """Why `widget`'s text does not fit it, or None when it does."""
    if isinstance(widget, QLabel):
        if not widget.text():
            return None
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + SLACK:
                return f"needs {needed} px of height, has {widget.height()}"
            return None
        needed = widget.minimumSizeHint().width()
        if needed > widget.width() + SLACK:
            return f"needs {needed} px of width, has {widget.width()}"
        return None
    if isinstance(widget, (QCheckBox, QRadioButton)):
        hint = widget.sizeHint()
        if hint.width() > widget.width() + SLACK:
            return f"needs {hint.width()} px of width, has {widget.width()}"
        return None
    if isinstance(widget, (QPushButton, QToolButton)) and widget.text():
        metrics = widget.fontMetrics()
        lines = widget.text().replace("&&", "&").split("\n")
        width = max(metrics.horizontalAdvance(line.replace("&", "")) for line in lines)
        icon = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
        needed_width = width + icon + BUTTON_PADDING
        needed_height = metrics.height() * len(lines)
        if needed_width > widget.width() + SLACK:
            return f"needs {needed_width} px of width, has {widget.width()}"
        if needed_height > widget.height() + SLACK:
            return f"needs {needed_height} px of height, has {widget.height()}"
    return None


def scrolls(area: QAbstractScrollArea) -> bool:
    """True when a scroll area has more to show than it does: only then may
    what it holds reach past its edges (the window's page scroll, which
    scrolls only on a small screen, forgives nothing while all shows)."""
    return area.verticalScrollBar().maximum() > 0 or area.horizontalScrollBar().maximum() > 0


def _in_scroll_area(widget: QWidget, root: QWidget | None = None) -> bool:
    """In a scroll area that scrolls, below `root` (the part looked at)."""
    parent = widget.parentWidget()
    while parent is not None and widget is not root:
        if isinstance(parent, QAbstractScrollArea) and scrolls(parent):
            return True
        if parent is root:
            break
        parent = parent.parentWidget()
    return False


def hidden_part(widget: QWidget, root: QWidget) -> str | None:
    """Why `widget` is not seen whole in `root` without scrolling: cut by the
    visible part of a scroll area it sits in, or by `root`'s edge. None when
    all of it shows."""
    where = QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            view = parent.viewport()
            shown = QRect(view.mapTo(root, QPoint(0, 0)), view.size())
            if not shown.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(where):
                return (
                    f"{name_of(widget)} at {where.getRect()} is cut by the visible part "
                    f"{shown.getRect()} of {name_of(parent)}"
                )
        parent = parent.parentWidget()
    if not root.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(where):
        return f"{name_of(widget)} at {where.getRect()} reaches out of the window"
    return None


def seen_whole(page: QWidget, root: QWidget, *, may_scroll: QWidget) -> list[str]:
    """Every visible widget on `page` outside `may_scroll` (the one part of
    the page allowed to scroll) shown whole in `root` without scrolling, its
    text fitting it, even where it sits in a scroll area: the checks above
    forgive a scroll area's content, which the person may scroll to, but a
    line that must be read now (the coach's) may not hide in one."""
    found: list[str] = []
    pending = _visible_children(page)
    while pending:
        widget = pending.pop()
        if widget is may_scroll:
            continue
        hidden = hidden_part(widget, root)
        if hidden is not None:
            found.append(f"not seen whole: {hidden}")
        if isinstance(widget, QAbstractScrollArea) and widget is not may_scroll:
            found.append(f"scrolls: {name_of(widget)}: only {name_of(may_scroll)} may")
        problem = text_problem(widget)
        if problem is not None:
            found.append(f"text cut: {name_of(widget)} {problem}")
        pending.extend(_visible_children(widget))
    return found


def accent_problem(widget: QWidget) -> str | None:
    """A label whose first line starts so high that the marks over its
    capitals ("Ü", "É") fall above the label and are cut: Qt sizes a label by
    the font's ascent, and DejaVu Sans draws accents a pixel above it."""
    if not isinstance(widget, QLabel) or widget.textFormat() == Qt.TextFormat.RichText:
        return None
    text = widget.text()
    if not text or (widget.textFormat() == Qt.TextFormat.AutoText and "<" in text):
        return None
    first = text.split("\n")[0][:40] if widget.wordWrap() else text.split("\n")[0]
    if not any(_has_mark_above(letter) for letter in first):
        return None
    metrics = QFontMetricsF(widget.font())
    room = QRectF(widget.contentsRect()).adjusted(
        widget.margin(), widget.margin(), -widget.margin(), -widget.margin()
    )
    flags = int(widget.alignment().value)
    if widget.wordWrap():
        flags |= int(Qt.TextFlag.TextWordWrap.value)
    laid = metrics.boundingRect(room, flags, text)
    ink_top = laid.top() + metrics.ascent() + metrics.tightBoundingRect(first).top()
    if ink_top < -0.5:
        return f"accents cut: {name_of(widget)} {first!r} starts {-ink_top:.1f} px above it"
    return None


def _has_mark_above(letter: str) -> bool:
    parts = unicodedata.decomposition(letter).split()
    return letter.isupper() and len(parts) > 1 and not parts[0].startswith("<")


def problems(root: QWidget) -> list[str]:
    """Every visible fault in `root` and below, one line each."""
    found: list[str] = []
    _walk(root, found, root)
    return found


def _walk(widget: QWidget, found: list[str], root: QWidget) -> None:
    accents = accent_problem(widget)
    if accents is not None:
        found.append(accents)
    problem = text_problem(widget)
    if problem is not None and not _in_scroll_area(widget, root):
        found.append(f"text cut: {name_of(widget)} {problem}")
    if isinstance(widget, QTableView):
        length = widget.horizontalHeader().length()
        if length > widget.viewport().width() + SLACK:
            found.append(
                f"columns cut: {name_of(widget)} needs {length} px, shows "
                f"{widget.viewport().width()}"
            )
    inner = widget.widget() if isinstance(widget, QScrollArea) else None
    if isinstance(widget, QScrollArea) and inner is not None:
        content, room = inner.width(), widget.viewport().width()
        if content > room + SLACK and not widget.horizontalScrollBar().isVisible():
            found.append(f"cut sideways: {name_of(widget)} shows {room} px of {content}")
    if isinstance(widget, QAbstractScrollArea):
        bar = widget.horizontalScrollBar()
        if bar.isVisible() and bar.maximum() > 0:
            found.append(f"scrolls sideways: {name_of(widget)} by {bar.maximum()} px")
    children = _visible_children(widget)
    if not isinstance(widget, QAbstractScrollArea) and not _in_scroll_area(widget, root):
        inside = QRect(0, 0, widget.width(), widget.height()).adjusted(-SLACK, -SLACK, SLACK, SLACK)
        for child in children:
            if not inside.contains(child.geometry()):
                found.append(
                    f"cut at the edge: {name_of(child)} at {child.geometry().getRect()} "
                    f"in {name_of(widget)} of {widget.width()}x{widget.height()}"
                )
    laid_out = [child for child in children if _placed_by_layout(widget, child)]
    for index, first in enumerate(laid_out):
        for second in laid_out[index + 1 :]:
            overlap = first.geometry().intersected(second.geometry())
            if overlap.width() > SLACK and overlap.height() > SLACK:
                found.append(f"overlap: {name_of(first)} and {name_of(second)}")
    for child in children:
        _walk(child, found, root)


def _placed_by_layout(parent: QWidget, child: QWidget) -> bool:
    """Widgets a layout places side by side; one laid over another on purpose
    (a badge over a map, a scroll bar over its view) is not."""
    layout = parent.layout()
    return (isinstance(layout, QLayout) and layout.indexOf(child) >= 0) or _in_nested_layout(
        parent, child
    )


def _in_nested_layout(parent: QWidget, child: QWidget) -> bool:
    layout = parent.layout()
    if not isinstance(layout, QLayout):
        return False
    pending = [layout]
    while pending:
        current = pending.pop()
        for index in range(current.count()):
            item = current.itemAt(index)
            if item is None:
                continue
            if item.widget() is child:
                return True
            nested = item.layout()
            if nested is not None:
                pending.append(nested)
    return False
