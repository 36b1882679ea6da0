"""What the offscreen renderers share: the light and the dark palette, the Qt
application they draw in, and a widget grabbed to a PNG."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale, QSize
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from unknot.ui.shared.language import apply_language

# Where the README's pictures live.
SCREENSHOTS = Path(__file__).resolve().parents[2] / "assets" / "screenshots"


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    return style.standardPalette()


def dark_palette() -> QPalette:
    """A dark palette as a desktop in dark mode hands Qt, disabled colours
    included."""
    palette = QPalette()
    active = {
        QPalette.ColorRole.Window: "#232427",
        QPalette.ColorRole.WindowText: "#e6e7ea",
        QPalette.ColorRole.Base: "#1a1b1e",
        QPalette.ColorRole.AlternateBase: "#26272b",
        QPalette.ColorRole.Text: "#e6e7ea",
        QPalette.ColorRole.Button: "#303136",
        QPalette.ColorRole.ButtonText: "#e6e7ea",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: "#5b9cf0",
        QPalette.ColorRole.HighlightedText: "#0e0f11",
        QPalette.ColorRole.ToolTipBase: "#303136",
        QPalette.ColorRole.ToolTipText: "#e6e7ea",
        QPalette.ColorRole.PlaceholderText: "#8c8f96",
        QPalette.ColorRole.Link: "#7fb2f5",
        QPalette.ColorRole.Light: "#45464c",
        QPalette.ColorRole.Midlight: "#3a3b40",
        QPalette.ColorRole.Mid: "#2a2b2f",
        QPalette.ColorRole.Dark: "#18191b",
        QPalette.ColorRole.Shadow: "#0b0b0c",
    }
    for role, colour in active.items():
        palette.setColor(role, QColor(colour))
    disabled = {
        QPalette.ColorRole.WindowText: "#76787e",
        QPalette.ColorRole.Text: "#76787e",
        QPalette.ColorRole.ButtonText: "#76787e",
        QPalette.ColorRole.Button: "#2a2b2f",
        QPalette.ColorRole.Highlight: "#3d4350",
        QPalette.ColorRole.HighlightedText: "#9a9ca2",
    }
    for role, colour in disabled.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def palettes() -> tuple[tuple[str, QPalette], ...]:
    """Each shade's name, as the pictures are named, with its palette."""
    return (("light", light_palette()), ("dark", dark_palette()))


def fusion_app(argv: list[str]) -> QApplication:
    """The running application, or a new one, in the Fusion style the pictures use."""
    app = QApplication.instance() or QApplication(argv[:1])
    assert isinstance(app, QApplication)
    app.setStyle(QStyleFactory.create("Fusion"))
    return app


@contextmanager
def fusion_pictures(folder: Path) -> Iterator[QApplication]:
    """The application in the Fusion style for a run of pictures into `folder`
    (made if missing); its style and palette are put back afterwards, so tests
    that render in the same process are not affected."""
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    original_style = app.style().name()
    original = app.palette()
    app.setStyle("Fusion")
    folder.mkdir(parents=True, exist_ok=True)
    try:
        yield app
    finally:
        app.setStyle(original_style)
        app.setPalette(original)


@contextmanager
def in_language(code: str | None) -> Iterator[None]:
    """Build and render in the language `code` ("de", "en"; None: as the process
    already is): its translators, locale and core texts, taken out afterwards."""
    if code is None:
        yield
        return
    before = QLocale()
    applied = apply_language(code)
    try:
        yield
    finally:
        applied.remove()
        QLocale.setDefault(before)


def picture_options(argv: list[str]) -> tuple[list[str], str | None, QSize | None]:
    """`--language de` and `--size 900x600` taken out of `argv`: the rest, the
    language and the size. Raises ValueError for a size not written WxH."""
    rest: list[str] = []
    language: str | None = None
    size: QSize | None = None
    words = iter(argv)
    for word in words:
        if word == "--language":
            language = next(words)
        elif word == "--size":
            width, height = next(words).split("x")
            size = QSize(int(width), int(height))
        else:
            rest.append(word)
    return rest, language, size


def render_main(argv: list[str], render: Callable[..., list[Path]]) -> int:
    """`python <renderer> [folder] [--language de] [--size 900x600]`: render into
    the folder, or the README's, in that language and size, and print each
    picture's path."""
    fusion_app(argv)
    args, language, size = picture_options(argv)
    folder = Path(args[1]) if len(args) > 1 else SCREENSHOTS
    with in_language(language):
        pictures = render(folder) if size is None else render(folder, size)
    for path in pictures:
        print(path)
    return 0


def save_grab(widget: QWidget, target: Path) -> Path:
    if not widget.grab().save(str(target)):
        raise OSError(f"could not write {target}")
    return target


def render_widget(
    widget: QWidget, palette: QPalette, target: Path, clear_focus: bool = False
) -> Path:
    """Show `widget` in `palette` and save it to `target`; the application's palette
    is put back afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old = app.palette()
    app.setPalette(palette)
    try:
        widget.setPalette(palette)
        widget.show()
        app.processEvents()
        focused = app.focusWidget()
        if clear_focus and focused is not None:
            # The picture shows the page as it opens, not a keyboard focus frame.
            focused.clearFocus()
        return save_grab(widget, target)
    finally:
        widget.hide()
        app.setPalette(old)
