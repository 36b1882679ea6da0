"""The tool card: which tool, a simple picture of it, a picture of the position
(large enough to read from the floor), how to place it for this area and what to
keep away from.

The pictures are painted rather than loaded so they follow the palette and stay
sharp at any size; `paint_tool` draws one on any painter.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QTransform,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from unknot.core.areas import Area, Tool
from unknot.core.translation import translate
from unknot.ui.session.cue_line import CueLine, CueSource
from unknot.ui.session.position_picture import LACROSSE as _LACROSSE
from unknot.ui.session.position_picture import ROLLER as _ROLLER
from unknot.ui.session.position_picture import SEAM as _SEAM
from unknot.ui.session.position_picture import TENNIS as _TENNIS
from unknot.ui.session.position_picture import PositionPictureWidget

_SKIN = QColor(232, 190, 150)


def paint_tool(painter: QPainter, rect: QRectF, tool: Tool, palette: QPalette) -> None:
    """A plain drawing of the tool, centred in `rect`."""
    side = min(rect.width(), rect.height())
    if side <= 0:
        return
    box = QRectF(0, 0, side, side)
    box.moveCenter(rect.center())
    outline = QColor(palette.color(QPalette.ColorRole.WindowText))
    outline.setAlphaF(0.75)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(outline, max(1.0, side * 0.025)))
    if tool is Tool.TENNIS_BALL:
        _paint_tennis_ball(painter, box, side)
    elif tool is Tool.LACROSSE_BALL:
        _paint_lacrosse_ball(painter, box, side)
    elif tool is Tool.FOAM_ROLLER:
        _paint_roller(painter, box, side, outline)
    else:
        _paint_hand(painter, box, side)
    painter.restore()


def _ball(box: QRectF, side: float, scale: float) -> QRectF:
    ball = QRectF(0, 0, side * scale, side * scale)
    ball.moveCenter(box.center())
    return ball


def _paint_tennis_ball(painter: QPainter, box: QRectF, side: float) -> None:
    ball = _ball(box, side, 0.78)
    painter.setBrush(_TENNIS)
    painter.drawEllipse(ball)
    # The two curved seams, as on a real ball.
    pen = painter.pen()
    painter.save()
    clip = QPainterPath()
    clip.addEllipse(ball)
    painter.setClipPath(clip)
    painter.setPen(QPen(_SEAM, side * 0.04))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    r = ball.width()
    painter.drawEllipse(QRectF(ball.left() - r * 0.55, ball.top() + r * 0.1, r * 0.8, r * 0.8))
    painter.drawEllipse(QRectF(ball.right() - r * 0.25, ball.top() + r * 0.1, r * 0.8, r * 0.8))
    painter.restore()
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(ball)


def _paint_lacrosse_ball(painter: QPainter, box: QRectF, side: float) -> None:
    ball = _ball(box, side, 0.66)
    painter.setBrush(_LACROSSE)
    painter.drawEllipse(ball)
    # A small highlight: a hard, smooth ball.
    shine = QRectF(0, 0, ball.width() * 0.26, ball.height() * 0.18)
    shine.moveCenter(QPointF(ball.left() + ball.width() * 0.34, ball.top() + ball.height() * 0.26))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 255, 255, 150))
    painter.drawEllipse(shine)


def _paint_roller(painter: QPainter, box: QRectF, side: float, outline: QColor) -> None:
    height = side * 0.36
    length = side * 0.86
    body = QRectF(0, 0, length, height)
    body.moveCenter(box.center())
    cap = height * 0.36
    painter.setBrush(_ROLLER)
    path = QPainterPath()
    path.moveTo(body.left() + cap / 2, body.top())
    path.lineTo(body.right() - cap / 2, body.top())
    path.arcTo(QRectF(body.right() - cap, body.top(), cap, height), 90, -180)
    path.lineTo(body.left() + cap / 2, body.bottom())
    path.arcTo(QRectF(body.left(), body.top(), cap, height), 270, -180)
    painter.drawPath(path)
    # The foam's ridges, then the end face that shows it is a cylinder.
    ridge = QColor(outline)
    ridge.setAlphaF(0.35)
    painter.setPen(QPen(ridge, max(1.0, side * 0.018)))
    for step in range(1, 6):
        x = body.left() + cap / 2 + (length - cap * 1.5) * step / 6
        painter.drawLine(
            QPointF(x, body.top() + height * 0.12), QPointF(x, body.bottom() - height * 0.12)
        )
    painter.setPen(QPen(outline, max(1.0, side * 0.025)))
    painter.setBrush(_ROLLER.lighter(125))
    painter.drawEllipse(QRectF(body.right() - cap, body.top(), cap, height))


def _paint_hand(painter: QPainter, box: QRectF, side: float) -> None:
    unit = side / 10
    left = box.left() + unit * 2.6
    top = box.top() + unit * 0.5
    radius = unit * 0.65
    hand = QPainterPath()
    # Winding fill: overlapping pieces join into one hand instead of cutting holes.
    hand.setFillRule(Qt.FillRule.WindingFill)
    # Four fingers (the middle ones longest) and the palm, as one outline.
    for offset, start, length in (
        (0.0, 1.2, 4.0),
        (1.4, 0.4, 4.6),
        (2.8, 0.6, 4.4),
        (4.2, 1.5, 3.6),
    ):
        finger = QRectF(left + offset * unit, top + start * unit, unit * 1.3, length * unit)
        hand.addRoundedRect(finger, radius, radius)
    hand.addRoundedRect(
        QRectF(left - unit * 0.1, top + unit * 3.4, unit * 5.7, unit * 5.2), unit * 1.6, unit * 1.6
    )
    thumb = QPainterPath()
    thumb.addRoundedRect(QRectF(-unit * 0.7, -unit * 3.2, unit * 1.4, unit * 3.6), radius, radius)
    turn = QTransform()
    turn.translate(left + unit * 0.4, top + unit * 6.8)
    turn.rotate(-42)
    painter.setBrush(_SKIN)
    painter.drawPath(hand.united(turn.map(thumb)).simplified())


class ToolIcon(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tool = Tool.HANDS
        self.setFixedSize(88, 88)

    @property
    def tool(self) -> Tool:
        return self._tool

    def set_tool(self, tool: Tool) -> None:
        if tool is not self._tool:
            self._tool = tool
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(88, 88)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_tool(painter, QRectF(self.rect()).adjusted(4, 4, -4, -4), self._tool, self.palette())
        painter.end()


def scaled_font(base: QFont, factor: float, weight: QFont.Weight | None = None) -> QFont:
    font = QFont(base)
    size = base.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    else:
        font.setPixelSize(round(base.pixelSize() * factor))
    if weight is not None:
        font.setWeight(weight)
    return font


class ToolCard(QFrame):
    PICTURE_MIN_HEIGHT = 84
    ICON_SIZE = 48
    PICTURE_MAX_HEIGHT = 260
    TALL_MIN_HEIGHT = 150
    TALL_MAX_HEIGHT = 320
    # A picture narrower than this (width / height) stands beside the words,
    # when the card is at least TALL_FROM_WIDTH wide: on a narrower card the
    # words beside it would wrap onto more lines than the picture saves.
    TALL_BELOW = 1.05
    TALL_FROM_WIDTH = 580

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("toolCard")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.icon = ToolIcon(self)
        # The position's picture shows the tool too; its own drawing need not
        # be as large as when it was the card's only picture (and a short
        # window needs the height for the words).
        self.icon.setFixedSize(self.ICON_SIZE, self.ICON_SIZE)
        self.name_label = QLabel(self)
        self.name_label.setFont(scaled_font(self.font(), 1.7, QFont.Weight.Bold))
        self.instruction_label = QLabel(self)
        self.instruction_label.setWordWrap(True)
        self.instruction_label.setFont(scaled_font(self.font(), 1.45))
        self.keep_away_label = QLabel(self)
        self.keep_away_label.setWordWrap(True)
        self.keep_away_label.setFont(scaled_font(self.font(), 1.2))
        self.name_label.setWordWrap(True)
        # The position: what a person on the floor looks at. A picture wider
        # than tall (lying down) spans the card above the words; a tall one
        # (standing at a wall) stands beside them. Its size follows the card's
        # width (see _fit_height).
        self.picture = PositionPictureWidget(self, minimum_width=140)
        self._tall: bool | None = None
        self._tool_is_tall = False

        self._tool_box = QWidget(self)
        self._tool_row = QBoxLayout(QBoxLayout.Direction.TopToBottom, self._tool_box)
        self._tool_row.setContentsMargins(0, 0, 0, 0)
        self._tool_row.setSpacing(8)
        # The icon and the "Your cue…" button side by side: the button takes no
        # height of its own, which a 900x600 window has none to spare.
        self._icon_row = QHBoxLayout()
        self._icon_row.setSpacing(8)
        self._icon_row.addWidget(self.icon)
        self._tool_row.addLayout(self._icon_row)
        self._tool_row.setAlignment(self._icon_row, Qt.AlignmentFlag.AlignHCenter)
        self._tool_row.addWidget(self.name_label, 1)
        # The words, one under the other; beside a tall picture the tool's name
        # heads them.
        self._words = QWidget(self)
        self._words_column = QVBoxLayout(self._words)
        self._words_column.setContentsMargins(0, 0, 0, 0)
        self._words_column.setSpacing(10)
        self._words_column.addWidget(self.instruction_label)
        self._words_column.addWidget(self.keep_away_label)
        # The person's own words for this position, when they keep cues.
        self.cue_line = CueLine(self._words, scale=1.2, button_host=self._tool_box)

        self.cue_line.reshaped.connect(self._fit_height)
        self._words_column.addWidget(self.cue_line)
        self._words_column.addStretch(1)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(18, 14, 18, 16)
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(10)
        self._arrange(tall=False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A nested layout does not pass wrapped labels' height-for-width up, so a
        # short window would squeeze the lines into each other; ask for it here.
        super().resizeEvent(event)
        if self._tall != self._tall_fits():
            self._arrange(tall=self._tall_fits())
        else:
            self._fit_height()

    def _tall_fits(self) -> bool:
        return self._tool_is_tall and self.width() >= self.TALL_FROM_WIDTH

    def set_cue_source(self, source: CueSource | None) -> None:
        """Where the person's own cues are kept (the history service); without
        one the card shows no cue and no button for it."""
        self.cue_line.set_source(source)

    def show_tool(self, area: Area, tool: Tool) -> None:
        self.icon.set_tool(tool)
        self.cue_line.show_position(area.id, tool)
        self.picture.set_position(area.id, tool)
        self._tool_is_tall = self.picture.aspect() < self.TALL_BELOW
        self._arrange(tall=self._tall_fits())
        self.name_label.setText(tool.label)
        self.instruction_label.setText(area.instruction(tool))
        self.keep_away_label.setText(
            translate("ToolCard", "Keep away from {places}.").format(places=area.keep_away_text)
        )
        self.setAccessibleName(translate("ToolCard", "Tool: {tool}").format(tool=tool.label))
        self._fit_height()

    def _arrange(self, *, tall: bool) -> None:
        if tall == self._tall:
            return
        self._tall = tall
        grid = self._grid
        for widget in (self.picture, self._tool_box, self._words):
            grid.removeWidget(widget)
        self._words_column.removeWidget(self._tool_box)
        # Beside the icon over a wide picture; after the tool's name in the row
        # that heads the words beside a tall one.
        cue_button = self.cue_line.edit_button
        self._icon_row.removeWidget(cue_button)
        self._tool_row.removeWidget(cue_button)
        if tall:
            self._tool_row.addWidget(cue_button, 0, Qt.AlignmentFlag.AlignVCenter)
        else:
            self._icon_row.addWidget(cue_button, 0, Qt.AlignmentFlag.AlignVCenter)
        top = Qt.AlignmentFlag.AlignTop
        if tall:
            grid.addWidget(self.picture, 0, 0, top)
            self._words_column.insertWidget(0, self._tool_box)
            grid.addWidget(self._words, 0, 1)
            self._tool_row.setDirection(QBoxLayout.Direction.LeftToRight)
            self.name_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            grid.setColumnStretch(0, 0)
            grid.setColumnStretch(1, 1)
        else:
            grid.addWidget(self.picture, 0, 0)
            grid.addWidget(self._tool_box, 0, 1)
            grid.addWidget(self._words, 1, 0, 1, 2)
            self._tool_row.setDirection(QBoxLayout.Direction.TopToBottom)
            self.name_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 0)
        grid.setRowStretch(2, 1)
        self._fit_height()

    @property
    def tall(self) -> bool:
        """Whether the picture stands beside the words (a tall position)."""
        return bool(self._tall)

    def _fit_height(self) -> None:
        # Large enough to read from the floor: a third of the card's width for
        # a wide picture, a third of the width across and taller than wide for
        # a tall one. A short window takes height from the picture (down to its
        # minimum) before the words, the coach or the rating lose any.
        width = self.width()
        picture = self.picture
        if self._tall:
            side = max(150, min(260, round(width * 0.34)))
            picture.setFixedWidth(side)
            wanted = max(self.TALL_MIN_HEIGHT, min(self.TALL_MAX_HEIGHT, round(side * 1.3)))
            least = self.TALL_MIN_HEIGHT
        else:
            picture.setMinimumWidth(140)
            picture.setMaximumWidth(16777215)
            wanted = max(self.PICTURE_MIN_HEIGHT, min(self.PICTURE_MAX_HEIGHT, round(width * 0.3)))
            least = self.PICTURE_MIN_HEIGHT
        picture.setMinimumHeight(least)
        picture.setMaximumHeight(wanted)
        picture.set_preferred_height(wanted)
        self.setMinimumHeight(self._least_height(width, least, picture.minimumWidth()))

    def _least_height(self, width: int, picture: int, picture_width: int) -> int:
        """The card's height with the picture at `picture` pixels and every line
        of the words in full; the words' box is told its own least height, as a
        nested layout does not pass wrapped labels' height-for-width up."""
        grid = self._grid
        margins = grid.contentsMargins()
        inner = width - margins.left() - margins.right()
        gap = grid.verticalSpacing()
        spacing = self._words_column.spacing()
        tool = self._tool_box.sizeHint().height()
        column = inner - grid.horizontalSpacing() - picture_width if self._tall else inner
        words = (
            self.instruction_label.heightForWidth(column)
            + spacing
            + self.keep_away_label.heightForWidth(column)
        )
        cue = self.cue_line.least_height(column)
        if cue:
            words += spacing + cue
        if self._tall:
            words += tool + spacing
            self._words.setMinimumHeight(words)
            body = max(picture, words)
        else:
            self._words.setMinimumHeight(words)
            body = max(picture, tool) + gap + words
        return body + margins.top() + margins.bottom()
