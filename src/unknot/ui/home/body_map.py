"""The body map: pick the spots that feel tight by pointing at them.

A thin widget over `BodyMapRenderer` and a view of today's plan (`PlanModel`):
it forwards painting, turns mouse and keys into edits of the plan (spots picked,
tenderness ratings), follows the plan's signals to repaint and to tell the world,
and never reads or writes the history.

Mouse: hover names a region, a click picks or drops it, a right click opens a
quick 0-10 tenderness menu. Keyboard: arrows move between regions (up and down
the body, left and right across it and on to the other view), Space or Enter
picks, 0-9 rate (1 then 0 makes 10), + and - step, Backspace clears the rating,
the menu key opens the tenderness menu.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleSelectionInterface,
    QAccessibleStateChangeEvent,
    QAccessibleValueChangeEvent,
    QAccessibleValueInterface,
    QActionGroup,
    QContextMenuEvent,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAccessibleWidget,
    QButtonGroup,
    QHBoxLayout,
    QMenu,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QWidget,
)
from shiboken6 import VoidPtr, getCppPointer

from unknot.core.plans import Selection, Spot
from unknot.core.records import TENDERNESS_MAX, TENDERNESS_MIN, check_tenderness
from unknot.core.translation import in_sentence, translate
from unknot.ui.home.body_map_renderer import BodyMapRenderer, MapState, Move, Region, View, covers
from unknot.ui.home.plan_model import PlanModel

# Below this share of the size one view would get alone, the two views side by
# side become too small to point at: show one with a switch instead.
_NARROW_SHARE = 0.72
_PADDING = 6

_MOVES = {
    Qt.Key.Key_Up: Move.UP,
    Qt.Key.Key_Down: Move.DOWN,
    Qt.Key.Key_Left: Move.LEFT,
    Qt.Key.Key_Right: Move.RIGHT,
    Qt.Key.Key_Home: Move.FIRST,
    Qt.Key.Key_End: Move.LAST,
}
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}
_KEYBOARD_REASONS = (
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
)


def describe(spot: Spot, selected: bool, tenderness: int | None) -> str:
    """What a screen reader says for a region: "Left calf, selected, tenderness 6"."""
    if not selected:
        return translate("BodyMap", "{spot}, not selected").format(spot=spot.name)
    if tenderness is None:
        return translate("BodyMap", "{spot}, selected, tenderness not rated").format(spot=spot.name)
    return translate("BodyMap", "{spot}, selected, tenderness {value}").format(
        spot=spot.name, value=tenderness
    )


class BodyMap(QWidget):
    """Front and back views of a body; each region a spot to pick and rate."""

    # Any change to which spots are picked or how tender they are.
    selection_changed = Signal()
    # One spot picked or dropped (by the person or by the program).
    region_toggled = Signal(object)
    # The spot the keyboard and the tenderness keys act on; None before any.
    current_changed = Signal(object)
    # "How to work this spot" from the spot's menu: the technique guide.
    technique_requested = Signal(object)  # Spot

    def __init__(
        self,
        parent: QWidget | None = None,
        renderer: BodyMapRenderer | None = None,
        model: PlanModel | None = None,
    ):
        super().__init__(parent)
        _install_accessibility()
        self._renderer = renderer or BodyMapRenderer()
        # The plan this map views; a map of its own when none is given.
        self._model = model if model is not None else PlanModel(self)
        # What the map last showed of the plan, to tell what a change changed.
        self._shown_plan: dict[Spot, int | None] = {}
        for signal in (
            self._model.dataChanged,
            self._model.rowsInserted,
            self._model.rowsRemoved,
            self._model.modelReset,
        ):
            signal.connect(self._plan_changed)
        self._model.avoided_changed.connect(self.update)
        self._plan_changed()
        self._hovered: str | None = None
        self._focused: str | None = None
        self._pressed: str | None = None
        self._focus_visible = False
        self._last_digit: int | None = None
        self._highlighted: frozenset[Spot] = frozenset()
        self._interactive = True
        # The description for picking, kept while the map only shows.
        self._picking_words: str | None = None
        self._single_view = View.FRONT
        self._narrow = False

        self.setObjectName("body_map")
        self.setAccessibleName(translate("BodyMap", "Body map"))
        self.setAccessibleDescription(
            translate(
                "BodyMap",
                "Pick the spots that feel tight. Arrow keys move between spots, Space picks "
                "one, the numbers 0 to 10 say how tender it is. In the front view the "
                "person's left side is on your right, as in a mirror.",
            )
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

        self._switch = _ViewSwitch(self)
        self._switch.view_chosen.connect(self.show_view)
        self._switch.hide()

    # -- the picked spots -------------------------------------------------------

    def model(self) -> PlanModel:
        """The plan this map shows and edits."""
        return self._model

    def selections(self) -> list[Selection]:
        """The picked spots in the plan's order."""
        return self._model.selections()

    def set_selections(self, selections: Iterable[Selection]) -> None:
        """Make the plan these spots; ValueError for a spot the map has no region for."""
        wanted = list(selections)
        known = set(self._renderer.spots())
        unknown = [s.spot for s in wanted if s.spot not in known]
        if unknown:
            raise ValueError(f"the map has no region for {unknown[0].name}")
        self._model.set_selections(wanted)

    def is_selected(self, spot: Spot) -> bool:
        return self._model.contains(spot)

    def tenderness(self, spot: Spot) -> int | None:
        return self._model.tenderness(spot)

    def set_selected(self, spot: Spot, selected: bool) -> None:
        self._model.set_selected(spot, selected)

    def toggle(self, spot: Spot) -> None:
        self.set_selected(spot, not self._model.contains(spot))

    def set_tenderness(self, spot: Spot, tenderness: int | None) -> None:
        """Rate a spot (picking it if it was not picked); None clears the rating."""
        check_tenderness(tenderness)
        self._model.set_tenderness(spot, tenderness)

    def step_tenderness(self, spot: Spot, step: int) -> None:
        """One step up (+1) or down (-1) the 0-10 scale, picking the spot; an
        unrated spot steps up to 1 or down to 0."""
        rating = self._model.tenderness(spot)
        value = (rating or 0) + step if rating is not None or step > 0 else 0
        self.set_tenderness(spot, max(TENDERNESS_MIN, min(TENDERNESS_MAX, value)))

    def clear(self) -> None:
        self._model.clear()

    def _plan_changed(self) -> None:
        # The plan's signals say where; what changed for the map is told
        # against what it showed last, so every kind of edit is told alike.
        now = {s.spot: s.tenderness for s in self._model.selections()}
        before, self._shown_plan = self._shown_plan, now
        if now == before:
            return
        for spot in sorted(set(now) ^ set(before)):
            self.region_toggled.emit(spot)
            self._announce_state(spot)
            self._announce_selection(spot, spot in now)
        for spot in sorted(set(now) & set(before)):
            if now[spot] != before[spot]:
                self._announce_state(spot)
                self._announce_value(spot, now[spot])
        self.update()
        self.selection_changed.emit()

    # -- what else the map shows ------------------------------------------------

    def set_highlighted(self, spots: Iterable[Spot]) -> None:
        """Point at spots without picking them (the spot being worked on)."""
        self._highlighted = frozenset(spots)
        self._relayout()

    def set_avoided(self, spots: Iterable[Spot]) -> None:
        """Mark spots that should get no pressure (they are part of the plan)."""
        self._model.set_avoided(spots)

    def set_interactive(self, interactive: bool) -> None:
        """A map that only shows (the session screen's) takes no clicks or keys."""
        self._interactive = interactive
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if interactive else Qt.FocusPolicy.NoFocus)
        # A map that only shows has nothing to pick: it says what it shows instead.
        if not interactive and self._picking_words is None:
            self._picking_words = self.accessibleDescription()
            self.setAccessibleDescription(
                translate("BodyMap", "Shows where on the body the spot being worked on is.")
            )
        elif interactive and self._picking_words is not None:
            self.setAccessibleDescription(self._picking_words)
            self._picking_words = None
        self._set_hovered(None)

    def is_editable(self) -> bool:
        """True when the person can pick and rate spots here (not a map that only shows)."""
        return self._interactive and self.isEnabled()

    def focus_spot(self, spot: Spot) -> None:
        """Give the map the keyboard focus, on this spot (as the arrow keys would)."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self._focus_visible = True
        self.set_current_spot(spot)

    def current_spot(self) -> Spot | None:
        """The spot under the keyboard focus, which the number keys rate."""
        return self._renderer.region(self._focused).spot if self._focused else None

    def set_current_spot(self, spot: Spot) -> None:
        """Move the keyboard focus to a spot (in the view that shows it)."""
        regions = self._renderer.regions_of(spot)
        if not regions:
            raise ValueError(f"the map has no region for {spot.name}")
        shown = [r for r in regions if self._renderer.is_shown(r.id)]
        self._focus_region((shown or regions)[0])

    # -- views ------------------------------------------------------------------

    @property
    def renderer(self) -> BodyMapRenderer:
        return self._renderer

    def is_narrow(self) -> bool:
        """True when only one view fits and the front/back switch shows."""
        return self._narrow

    def shown_views(self) -> list[View]:
        return self._renderer.shown_views()

    def show_view(self, view: View) -> None:
        """The view shown while the map is too narrow for both."""
        if view == self._single_view:
            return
        self._single_view = view
        self._switch.set_view(view)
        self._relayout()

    def region_center(self, region_id: str) -> QPointF:
        """A point well inside the region as laid out now (for tests and popups)."""
        point = self._renderer.label_point(region_id)
        return point if point is not None else QPointF()

    def sizeHint(self) -> QSize:
        return QSize(460, 540)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 320)

    # -- painting and layout ----------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        state = MapState(
            selected=dict(self._shown_plan),
            hovered=self._hovered,
            focused=self._focused,
            show_focus=self.hasFocus() and self._focus_visible,
            highlighted=self._highlighted,
            avoided=self._model.avoided(),
        )
        self._renderer.paint(painter, self.palette(), state)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._relayout()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._relayout()
        super().changeEvent(event)

    def _relayout(self) -> None:
        area = QRectF(self.rect().adjusted(_PADDING, _PADDING, -_PADDING, -_PADDING))
        both = [View.FRONT, View.BACK]
        self._renderer.layout(area, both, self.font())
        both_scale = self._scale()
        switch_height = self._switch.sizeHint().height() + _PADDING
        single = area.adjusted(0, switch_height, 0, 0)
        self._renderer.layout(single, [self._single_view], self.font())
        single_scale = self._scale()
        self._narrow = both_scale < _NARROW_SHARE * single_scale
        if self._narrow and not self._interactive:
            # A map that only shows has no switch: it shows where the action is.
            view = self._view_of_highlight()
            self._switch.hide()
            self._renderer.layout(area, [view], self.font())
        elif self._narrow:
            hint = self._switch.sizeHint()
            self._switch.setGeometry(
                QRect(
                    round(area.center().x() - hint.width() / 2),
                    round(area.top()),
                    hint.width(),
                    hint.height(),
                )
            )
            self._switch.show()
        else:
            self._switch.hide()
            self._renderer.layout(area, both, self.font())
        if self._hovered and not self._renderer.is_shown(self._hovered):
            self._hovered = None
        self.update()

    def _view_of_highlight(self) -> View:
        for region in self._renderer.regions:
            if covers(self._highlighted, region.spot):
                return region.view
        return self._single_view

    def _scale(self) -> float:
        # The on-screen height of a shown figure per unit of its own height.
        regions = [r for r in self._renderer.regions if self._renderer.is_shown(r.id)]
        if not regions:
            return 0.0
        region = regions[0]
        return self._renderer.region_rect(region.id).height() / max(
            region.path.boundingRect().height(), 1e-9
        )

    # -- mouse ------------------------------------------------------------------

    def region_at(self, point: QPointF | QPoint) -> Region | None:
        return self._renderer.region_at(QPointF(point))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._interactive:
            region = self.region_at(event.position())
            self._set_hovered(region.id if region else None)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._set_hovered(None)
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self._interactive or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        region = self.region_at(event.position())
        self._pressed = region.id if region else None
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if not self._interactive or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        region = self.region_at(event.position())
        pressed, self._pressed = self._pressed, None
        if region is not None and region.id == pressed:
            # A pointer user sees where they clicked; no focus ring needed.
            self._focus_visible = False
            self._focus_region(region)
            self.toggle(region.spot)
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if not self._interactive:
            return
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            region = self.region_at(event.pos())
            at = event.globalPos()
        else:
            region = self._renderer.region(self._focused) if self._focused else None
            at = self.mapToGlobal(self.region_center(region.id).toPoint()) if region else QPoint()
        if region is None:
            return
        self._focus_region(region)
        menu = self.tenderness_menu(region.spot)
        # Gone once closed; an action picked in it has run by then.
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(at)

    def tenderness_menu(self, spot: Spot) -> QMenu:
        """The quick picker: 0-10 for this spot, plus clearing or dropping it."""
        menu = QMenu(self)
        menu.setTitle(spot.name)
        menu.setAccessibleName(
            translate("BodyMap", "How tender is the {spot}?").format(spot=in_sentence(spot.name))
        )
        heading = menu.addAction(translate("BodyMap", "{spot}: how tender?").format(spot=spot.name))
        heading.setEnabled(False)
        group = QActionGroup(menu)
        current = self._model.tenderness(spot)
        picked = self._model.contains(spot)
        for value in range(TENDERNESS_MIN, TENDERNESS_MAX + 1):
            label = {
                0: translate("BodyMap", "0  not tender"),
                5: translate("BodyMap", "5  clearly tender"),
                10: translate("BodyMap", "10  the worst"),
            }
            action = menu.addAction(label.get(value, str(value)))
            action.setCheckable(True)
            action.setChecked(picked and current == value)
            action.setData(value)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, v=value: self.set_tenderness(spot, v))
        menu.addSeparator()
        how = menu.addAction(translate("BodyMap", "How to work this spot…"))
        how.triggered.connect(lambda: self.technique_requested.emit(spot))
        menu.addSeparator()
        if picked:
            clear = menu.addAction(translate("BodyMap", "Not rated"))
            clear.triggered.connect(lambda: self.set_tenderness(spot, None))
            drop = menu.addAction(translate("BodyMap", "Remove from today's plan"))
            drop.triggered.connect(lambda: self.set_selected(spot, False))
        else:
            add = menu.addAction(translate("BodyMap", "Add to today's plan"))
            add.triggered.connect(lambda: self.set_selected(spot, True))
        return menu

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            region = self.region_at(event.pos()) if self._interactive else None
            if region is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(
                    event.globalPos(),
                    self.tooltip_text(region.spot),
                    self,
                    self._renderer.region_rect(region.id).toAlignedRect(),
                )
            return True
        return super().event(event)

    def tooltip_text(self, spot: Spot) -> str:
        if not self._model.contains(spot):
            return translate("BodyMap", "{spot}: click to add").format(spot=spot.name)
        rating = self._model.tenderness(spot)
        if rating is None:
            text = translate(
                "BodyMap", "{spot} (not rated yet): right-click to rate, click to remove"
            )
        else:
            text = translate(
                "BodyMap", "{spot} (tenderness {value}): right-click to rate, click to remove"
            )
        return text.format(spot=spot.name, value=rating)

    def _set_hovered(self, region_id: str | None) -> None:
        if region_id == self._hovered:
            return
        self._hovered = region_id
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if region_id else Qt.CursorShape.ArrowCursor
        )
        self.update()

    # -- keyboard ---------------------------------------------------------------

    def focusInEvent(self, event: QFocusEvent) -> None:
        # The ring shows when the keyboard brought focus here, not when the
        # window opened or a click landed.
        if event.reason() in _KEYBOARD_REASONS:
            self._focus_visible = True
            if self._focused is None or not self._renderer.is_shown(self._focused):
                self._focus_region(self._first_shown())
        super().focusInEvent(event)
        self.update()

    def _first_shown(self) -> Region:
        order = self._renderer.keyboard_order()
        return next((r for r in order if self._renderer.is_shown(r.id)), order[0])

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if not self._interactive or modifiers not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.ShiftModifier,
        ):
            super().keyPressEvent(event)
            return
        digit = _DIGITS.get(key)
        last_digit, self._last_digit = self._last_digit, None
        if key in _MOVES:
            self._focus_visible = True
            if self._focused is None:
                self._focus_region(self._first_shown())
            else:
                self._focus_region(self._renderer.neighbour(self._focused, _MOVES[key]))
        elif self._focused is None:
            super().keyPressEvent(event)
            return
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select):
            self._focus_visible = True
            self.toggle(self._renderer.region(self._focused).spot)
        elif digit is not None:
            spot = self._renderer.region(self._focused).spot
            # "1" then "0" typed one after the other means 10.
            value = (
                10
                if digit == 0 and last_digit == 1 and self._model.tenderness(spot) == 1
                else digit
            )
            self._last_digit = digit
            self.set_tenderness(spot, value)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
            spot = self._renderer.region(self._focused).spot
            self.step_tenderness(spot, -1 if key == Qt.Key.Key_Minus else 1)
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            spot = self._renderer.region(self._focused).spot
            if self._model.contains(spot):
                self.set_tenderness(spot, None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _focus_region(self, region: Region) -> None:
        old_spot = self.current_spot()
        self._focused = region.id
        if self._narrow and region.view != self._single_view:
            self.show_view(region.view)
        self.update()
        if old_spot != region.spot:
            self.current_changed.emit(region.spot)
        self._announce_focus(region.spot)

    # -- accessibility ----------------------------------------------------------

    def accessible_spots(self) -> list[Spot]:
        """The accessible children, one per spot, head to feet."""
        return self._renderer.spots()

    def accessible_rect(self, spot: Spot) -> QRect:
        for region in self._renderer.regions_of(spot):
            if self._renderer.is_shown(region.id):
                rect = self._renderer.region_rect(region.id).toAlignedRect()
                return QRect(self.mapToGlobal(rect.topLeft()), rect.size())
        return QRect()

    def is_shown_spot(self, spot: Spot) -> bool:
        return any(self._renderer.is_shown(r.id) for r in self._renderer.regions_of(spot))

    def _announce_focus(self, spot: Spot) -> None:
        if QAccessible.isActive() and self.hasFocus():
            event = QAccessibleEvent(self, QAccessible.Event.Focus)
            event.setChild(self.accessible_spots().index(spot))
            QAccessible.updateAccessibility(event)

    def _announce_selection(self, spot: Spot, picked: bool) -> None:
        # The map's own selection changed too (AT-SPI: selection-changed on the list).
        if QAccessible.isActive():
            kind = QAccessible.Event.SelectionAdd if picked else QAccessible.Event.SelectionRemove
            event = QAccessibleEvent(self, kind)
            event.setChild(self.accessible_spots().index(spot))
            QAccessible.updateAccessibility(event)

    def _announce_value(self, spot: Spot, tenderness: int | None) -> None:
        if QAccessible.isActive():
            event = QAccessibleValueChangeEvent(self, tenderness)
            event.setChild(self.accessible_spots().index(spot))
            QAccessible.updateAccessibility(event)

    def _announce_state(self, spot: Spot) -> None:
        if QAccessible.isActive():
            changed = QAccessible.State()
            changed.selected = True
            event = QAccessibleStateChangeEvent(self, changed)
            event.setChild(self.accessible_spots().index(spot))
            QAccessible.updateAccessibility(event)


class _ViewSwitch(QWidget):
    """Front / Back, shown when the map is too narrow for both views."""

    view_chosen = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._group = QButtonGroup(self)
        self._buttons: dict[View, QToolButton] = {}
        for view in View:
            button = QToolButton(self)
            button.setText(view.label)
            button.setCheckable(True)
            button.setAccessibleName(
                translate("BodyMap", "Show the body from the front")
                if view is View.FRONT
                else translate("BodyMap", "Show the body from the back")
            )
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setChecked(view is View.FRONT)
            button.clicked.connect(lambda _checked=False, v=view: self.view_chosen.emit(v))
            self._group.addButton(button)
            layout.addWidget(button)
            self._buttons[view] = button

    def set_view(self, view: View) -> None:
        self._buttons[view].setChecked(True)

    def button(self, view: View) -> QToolButton:
        return self._buttons[view]


# -- accessibility: each spot an accessible child of the map ------------------
#
# Qt asks an accessible for its action, value and selection parts through the
# virtual `interface_cast`, which hands back a raw pointer to that part. A Python
# class that inherits an interface class holds one C++ object per base, and
# `shiboken6.getCppPointer` lists their addresses in the order of the bases, so
# `_part` gives Qt the address of the part it asked for. Qt then calls that
# part's virtuals, which land in the Python methods below.


def _part(interface: QAccessibleInterface, base: type) -> VoidPtr:
    """The address of the part of `interface` built from `base` (one of its bases)."""
    bases = type(interface).__bases__
    index = next(i for i, b in enumerate(bases) if issubclass(b, base))
    return VoidPtr(getCppPointer(interface)[index])


def _no_part() -> VoidPtr:
    return VoidPtr(0)


# Qt takes a null interface or object where there is none; the stubs do not
# say so, hence the override ignores below.
class _SpotAccessible(QAccessibleInterface, QAccessibleActionInterface, QAccessibleValueInterface):
    """One spot: named and described, picked or dropped by its Toggle action or
    by the map's selection, rated (0-10) through its value."""

    def __init__(self, owner: _BodyMapAccessible, spot: Spot) -> None:
        QAccessibleInterface.__init__(self)
        QAccessibleActionInterface.__init__(self)
        QAccessibleValueInterface.__init__(self)
        self._owner = owner
        self._spot = spot

    @property
    def spot(self) -> Spot:
        return self._spot

    def _map(self) -> BodyMap:
        return self._owner.body_map()

    def interface_cast(self, kind: QAccessible.InterfaceType) -> VoidPtr:  # type: ignore[override]
        if kind == QAccessible.InterfaceType.ActionInterface:
            return _part(self, QAccessibleActionInterface)
        if kind == QAccessible.InterfaceType.ValueInterface and self._map().is_editable():
            return _part(self, QAccessibleValueInterface)
        return _no_part()

    def isValid(self) -> bool:
        # Qt deletes the map's accessible with the map; a spot the bridge still
        # holds then answers that it is gone.
        return shiboken6.isValid(self._owner) and self._owner.isValid()

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def parent(self) -> QAccessibleInterface:
        return self._owner

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def text(self, kind: QAccessible.Text) -> str:
        body_map = self._map()
        selected = body_map.is_selected(self._spot)
        rating = body_map.tenderness(self._spot)
        if kind == QAccessible.Text.Name:
            return self._spot.name
        if kind == QAccessible.Text.Description:
            return describe(self._spot, selected, rating)
        if kind == QAccessible.Text.Value:
            if not selected:
                return ""
            return "tenderness not rated" if rating is None else f"tenderness {rating}"
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        pass

    def rect(self) -> QRect:
        return self._map().accessible_rect(self._spot)

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        body_map = self._map()
        state = QAccessible.State()
        editable = body_map.is_editable()
        state.selectable = editable
        state.focusable = editable
        state.selected = body_map.is_selected(self._spot)
        state.focused = body_map.hasFocus() and body_map.current_spot() == self._spot
        state.invisible = not body_map.is_shown_spot(self._spot)
        return state

    # -- actions: Toggle picks or drops, SetFocus puts the keyboard on the spot

    def actionNames(self) -> list[str]:
        if not self._map().is_editable():
            return []
        # Increase and Decrease are listed here rather than left to Qt, which steps
        # only a value it can read, and an unrated spot has none.
        return [
            QAccessibleActionInterface.toggleAction(),
            QAccessibleActionInterface.setFocusAction(),
            QAccessibleActionInterface.increaseAction(),
            QAccessibleActionInterface.decreaseAction(),
        ]

    def localizedActionDescription(self, name: str) -> str:
        # The spot names itself; the description says what the action does to it.
        if name == QAccessibleActionInterface.toggleAction():
            if self._map().is_selected(self._spot):
                return translate("BodyMap", "Remove from today's plan")
            return translate("BodyMap", "Add to today's plan")
        if name == QAccessibleActionInterface.setFocusAction():
            return translate("BodyMap", "Put the keyboard on this spot")
        if name == QAccessibleActionInterface.increaseAction():
            return translate("BodyMap", "One step more tender")
        if name == QAccessibleActionInterface.decreaseAction():
            return translate("BodyMap", "One step less tender")
        return ""

    def keyBindingsForAction(self, name: str) -> list[str]:
        return ["Space"] if name == QAccessibleActionInterface.toggleAction() else []

    def doAction(self, name: str) -> None:
        body_map = self._map()
        if not body_map.is_editable():
            return
        if name == QAccessibleActionInterface.toggleAction():
            body_map.toggle(self._spot)
        elif name == QAccessibleActionInterface.setFocusAction():
            body_map.focus_spot(self._spot)
        elif name == QAccessibleActionInterface.increaseAction():
            body_map.step_tenderness(self._spot, 1)
        elif name == QAccessibleActionInterface.decreaseAction():
            body_map.step_tenderness(self._spot, -1)

    # -- value: the tenderness, 0-10; setting it picks the spot -----------------

    def currentValue(self) -> int | None:
        # No number while the spot is not rated: its text value says so in words.
        return self._map().tenderness(self._spot)

    def setCurrentValue(self, value: Any) -> None:
        # A number from the bus; anything else (or not a finite number) changes nothing.
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return
        if not math.isfinite(value) or not self._map().is_editable():
            return
        rating = max(TENDERNESS_MIN, min(TENDERNESS_MAX, round(value)))
        self._map().set_tenderness(self._spot, rating)

    def minimumValue(self) -> int:
        return TENDERNESS_MIN

    def maximumValue(self) -> int:
        return TENDERNESS_MAX

    def minimumStepSize(self) -> int:
        return 1


class _BodyMapAccessible(QAccessibleWidget, QAccessibleSelectionInterface):
    """The map: a list of spots whose selection is the set of spots picked."""

    def __init__(self, body_map: BodyMap) -> None:
        QAccessibleWidget.__init__(self, body_map, QAccessible.Role.List, body_map.accessibleName())
        QAccessibleSelectionInterface.__init__(self)
        self._body_map = body_map
        self._children = {spot: _SpotAccessible(self, spot) for spot in body_map.accessible_spots()}
        self._order = list(self._children)

    def body_map(self) -> BodyMap:
        return self._body_map

    def interface_cast(self, kind: QAccessible.InterfaceType) -> VoidPtr:  # type: ignore[override]
        if kind == QAccessible.InterfaceType.SelectionInterface:
            return _part(self, QAccessibleSelectionInterface)
        return VoidPtr(QAccessibleWidget.interface_cast(self, kind))

    def childCount(self) -> int:
        return len(self._order)

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        if 0 <= index < len(self._order):
            return self._children[self._order[index]]
        return None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        for index, spot in enumerate(self._order):
            if self._children[spot] is child:
                return index
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        local = self._body_map.mapFromGlobal(QPoint(x, y))
        region = self._body_map.region_at(local)
        return self._children.get(region.spot) if region else None

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        spot = self._body_map.current_spot()
        if spot is None or not self._body_map.hasFocus():
            return None
        return self._children.get(spot)

    def state(self) -> QAccessible.State:
        state = super().state()
        state.multiSelectable = self._body_map.is_editable()
        return state

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Description:
            return self._body_map.accessibleDescription()
        return super().text(kind)

    # -- selection: the spots picked, in the map's order ------------------------

    def _spot_of(self, child: QAccessibleInterface | None) -> Spot | None:
        if isinstance(child, _SpotAccessible) and child.parent() is self:
            return child.spot
        return None

    def _picked(self) -> list[Spot]:
        return [spot for spot in self._order if self._body_map.is_selected(spot)]

    def selectedItemCount(self) -> int:
        return len(self._picked())

    def selectedItems(self) -> list[QAccessibleInterface]:
        return [self._children[spot] for spot in self._picked()]

    def selectedItem(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        picked = self._picked()
        return self._children[picked[index]] if 0 <= index < len(picked) else None

    def isSelected(self, child: QAccessibleInterface) -> bool:
        spot = self._spot_of(child)
        return spot is not None and self._body_map.is_selected(spot)

    def select(self, child: QAccessibleInterface) -> bool:
        spot = self._spot_of(child)
        if spot is None or not self._body_map.is_editable():
            return False
        self._body_map.set_selected(spot, True)
        return True

    def unselect(self, child: QAccessibleInterface) -> bool:
        spot = self._spot_of(child)
        if spot is None or not self._body_map.is_editable():
            return False
        self._body_map.set_selected(spot, False)
        return True

    def selectAll(self) -> bool:
        if not self._body_map.is_editable():
            return False
        for spot in self._order:
            self._body_map.set_selected(spot, True)
        return True

    def clear(self) -> bool:
        if not self._body_map.is_editable():
            return False
        self._body_map.clear()
        return True


def _accessible_for(key: str, target: QObject) -> QAccessibleInterface | None:
    if isinstance(target, BodyMap):
        return _BodyMapAccessible(target)
    return None


_installed = False


def _install_accessibility() -> None:
    global _installed
    if not _installed:
        QAccessible.installFactory(_accessible_for)
        _installed = True
