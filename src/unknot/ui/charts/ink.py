"""The colours a chart is drawn in: from the window's palette, or black on
white for print.

Nothing rests on colour alone, so a chart reads in black and white: the
rating before a hold is a solid line with filled dots, the rating after a
dashed line with hollow squares, the easing line dotted, a week that met its
goal a filled bar with a tick and one that did not a hollow bar.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from unknot.ui.shared import practice_colours as colours


@dataclass(frozen=True)
class ChartInk:
    background: QColor
    text: QColor
    muted: QColor
    grid: QColor
    before: QColor
    after: QColor
    practice: QColor
    easing: QColor
    focus: QColor

    @staticmethod
    def of(palette: QPalette) -> ChartInk:
        """The chart colours of the window's palette (light or dark)."""
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        dark = window.lightnessF() < 0.5
        return ChartInk(
            background=window,
            text=text,
            muted=colours.muted(palette),
            grid=colours.faint(palette, 0.16),
            before=QColor("#e0894a") if dark else QColor("#b4531a"),
            after=QColor(colours.PRACTICE).lighter(115) if dark else QColor("#1f7a45"),
            practice=colours.PRACTICE,
            easing=colours.mix(window, text, 0.7),
            focus=palette.color(QPalette.ColorRole.Highlight),
        )

    @staticmethod
    def printed() -> ChartInk:
        """Black and greys on white: for the report, which may be printed
        without colour."""
        return ChartInk(
            background=QColor("#ffffff"),
            text=QColor("#000000"),
            muted=QColor("#555555"),
            grid=QColor("#cccccc"),
            before=QColor("#000000"),
            after=QColor("#444444"),
            practice=QColor("#777777"),
            easing=QColor("#000000"),
            focus=QColor("#000000"),
        )
