"""Where the main window opens: on a screen that is there, never larger than it.

A fixed first size runs off a 1366x768 laptop, and more so at 150 % scaling
(`QT_SCALE_FACTOR=1.5` makes 1200x780 into 1800x1170 device pixels). So the
first window takes the size it likes where that fits the screen's available
area (the desktop less its panels), and less where it does not; a window
remembered from the last run is kept where it was when that place is still on
a screen, and pulled back onto the nearest one when it is not (a monitor
unplugged, a smaller resolution).

Everything here is in device-independent pixels, as `QScreen.availableGeometry`
gives them; the functions take plain rectangles so tests can hand in any
screens.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QWidget

# The size the window likes on a screen with room for it.
PREFERRED_SIZE = QSize(1200, 780)
# The smallest size every screen is laid out for.
SMALLEST_SIZE = QSize(900, 600)
# Room for the title bar and the borders the window manager adds round the
# window's own area, which is what the geometry below sets.
FRAME_WIDTH = 16
FRAME_HEIGHT = 40


def room_on(available: QRect) -> QRect:
    """The part of a screen's available area the window's inside may fill (all
    of it on a screen too small to leave room for a frame)."""
    room = available.adjusted(
        FRAME_WIDTH // 2, FRAME_HEIGHT - FRAME_WIDTH // 2, -(FRAME_WIDTH // 2), -(FRAME_WIDTH // 2)
    )
    return available if room.isEmpty() else room


def smallest_size(available: QRect) -> QSize:
    """The window's minimum size on this screen: the size the screens are laid
    out for, or the whole room where a screen is smaller than that."""
    room = room_on(available)
    return QSize(
        max(1, min(SMALLEST_SIZE.width(), room.width())),
        max(1, min(SMALLEST_SIZE.height(), room.height())),
    )


def first_place(available: QRect) -> QRect:
    """The window's first geometry: the preferred size, shrunk to fit, centred
    in the available area of the screen."""
    room = room_on(available)
    size = PREFERRED_SIZE.boundedTo(room.size()).expandedTo(smallest_size(available))
    x = room.x() + (room.width() - size.width()) // 2
    y = room.y() + (room.height() - size.height()) // 2
    return QRect(QPoint(x, y), size)


def kept_place(saved: QRect, screens: Sequence[QRect], primary: QRect) -> QRect:
    """Where a window saved at `saved` opens now, given the available areas of
    the screens present (`primary` among them, used when none is near).

    The screen holding the most of the saved window keeps it; it is shrunk to
    fit that screen's room and moved inside it. A window on no screen at all
    opens where a first window would."""
    if saved.isEmpty():
        return first_place(primary)
    best: QRect | None = None
    best_area = 0
    for available in screens:
        overlap = available.intersected(saved)
        area = overlap.width() * overlap.height() if not overlap.isEmpty() else 0
        if area > best_area:
            best, best_area = available, area
    if best is None:
        return first_place(primary)
    room = room_on(best)
    size = saved.size().boundedTo(room.size()).expandedTo(smallest_size(best))
    x = min(max(saved.x(), room.left()), room.right() + 1 - size.width())
    y = min(max(saved.y(), room.top()), room.bottom() + 1 - size.height())
    return QRect(QPoint(max(x, room.left()), max(y, room.top())), size)


def place_for(saved: tuple[int, int, int, int] | None) -> tuple[QRect, QSize]:
    """The geometry and minimum size for the main window on the screens present,
    from the place saved in the settings (None on a first run)."""
    # None when no screen is connected, whatever the type hints say.
    screen: QScreen | None = QGuiApplication.primaryScreen()
    if screen is None:
        # No screen at all (a headless start): the preferred size, nowhere special.
        return QRect(QPoint(0, 0), PREFERRED_SIZE), SMALLEST_SIZE
    primary = screen.availableGeometry()
    if saved is None:
        place = first_place(primary)
    else:
        screens = [each.availableGeometry() for each in QGuiApplication.screens()]
        place = kept_place(QRect(*saved), screens, primary)
    on = QGuiApplication.screenAt(place.center()) or screen
    return place, smallest_size(on.availableGeometry())


class PageScroll(QScrollArea):
    """The window's pages in a scroll area. Where the window is as large as
    the pages need, it does not scroll and shows nothing of itself; where a
    screen leaves the window less (1366x768 at 150 % is 910x512), the pages
    keep the least size they fit in and scroll, rather than being squeezed
    and their words cut.

    It sizes the pages itself: a resizable QScrollArea takes a page's
    height-for-width (the height its wrapped lines would like) as the least
    it may have, and would scroll a page that fits."""

    def __init__(self, pages: QWidget, smallest: QSize, parent: QWidget | None = None) -> None:
        """`smallest`: the window's minimum (`smallest_size`). Only where that is
        less than the size the pages are made for may they scroll; elsewhere
        they take the window's room, as they would with no scroll area round
        them."""
        super().__init__(parent)
        self._pages = pages
        self._may_scroll = smallest != smallest.expandedTo(SMALLEST_SIZE)
        self.setObjectName("pageScroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(False)
        # No stop of its own for Tab or a click: the controls of the pages
        # keep the focus (the view follows it to whichever is focused).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(pages)
        # A new size of the view, or a page that now needs more or less.
        self.viewport().installEventFilter(self)
        pages.installEventFilter(self)
        if isinstance(pages, QStackedWidget):
            # Another page on show may need more or less.
            pages.currentChanged.connect(self.fit_pages)

    def least_size(self) -> QSize:
        """The least size the pages are laid out in: that of the page on show
        (where they are a stack), or what was set on them. Not the stack's
        own, the largest of every page: a short window would scroll a page
        that fits it, opening part-way down (the session's header, with the
        sharp-pain stop, out of sight)."""
        pages = self._pages
        shown = pages.currentWidget() if isinstance(pages, QStackedWidget) else None
        if shown is None:
            return pages.minimumSizeHint().expandedTo(pages.minimumSize())
        least = shown.minimumSizeHint().expandedTo(shown.minimumSize())
        return least.expandedTo(pages.minimumSize())

    def fit_pages(self) -> None:
        size = self.viewport().size()
        if self._may_scroll:
            size = size.expandedTo(self.least_size())
        if self._pages.size() != size:
            self._pages.resize(size)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.viewport() and kind in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.fit_pages()
        elif watched is self._pages and kind in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            # Whatever else sized them (a minimum of their own grown), the room
            # decides.
            self.fit_pages()
        return super().eventFilter(watched, event)


def saved_place(geometry: QRect) -> tuple[int, int, int, int]:
    """The settings' form of a window geometry."""
    return (geometry.x(), geometry.y(), max(1, geometry.width()), max(1, geometry.height()))
