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
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from unknot.core.areas import Area, Tool
from unknot.ui.position_picture import LACROSSE as _LACROSSE
from unknot.ui.position_picture import ROLLER as _ROLLER
from unknot.ui.position_picture import SEAM as _SEAM
from unknot.ui.position_picture import TENNIS as _TENNIS
from unknot.ui.position_picture import PositionPictureWidget

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
    PICTURE_MIN_HEIGHT = 120
    PICTURE_MAX_HEIGHT = 260

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("toolCard")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.icon = ToolIcon(self)
        self.name_label = QLabel(self)
        self.name_label.setFont(scaled_font(self.font(), 1.7, QFont.Weight.Bold))
        self.instruction_label = QLabel(self)
        self.instruction_label.setWordWrap(True)
        self.instruction_label.setFont(scaled_font(self.font(), 1.45))
        self.keep_away_label = QLabel(self)
        self.keep_away_label.setWordWrap(True)
        self.keep_away_label.setFont(scaled_font(self.font(), 1.2))
        self.name_label.setWordWrap(True)
        self.name_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        # The position, as wide as the card allows: what a person on the floor
        # looks at. Its height follows the card's width (see _fit_height).
        self.picture = PositionPictureWidget(self, minimum_width=200)

        tool = QVBoxLayout()
        tool.setSpacing(6)
        tool.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignHCenter)
        tool.addWidget(self.name_label)
        tool.addStretch(1)
        head = QHBoxLayout()
        head.setSpacing(16)
        head.addWidget(self.picture, 1)
        head.addLayout(tool)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 16)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addWidget(self.instruction_label)
        layout.addWidget(self.keep_away_label)
        # Wrapped labels ask for more height than they use; keep the lines together.
        layout.addStretch(1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A nested layout does not pass wrapped labels' height-for-width up, so a
        # short window would squeeze the lines into each other; ask for it here.
        super().resizeEvent(event)
        self._fit_height()

    def show_tool(self, area: Area, tool: Tool) -> None:
        self.icon.set_tool(tool)
        self.picture.set_position(area.id, tool)
        self.name_label.setText(tool.label)
        self.instruction_label.setText(area.instruction(tool))
        self.keep_away_label.setText(f"Keep away from {area.keep_away_from}.")
        self.setAccessibleName(f"Tool: {tool.label}")
        self._fit_height()

    def _fit_height(self) -> None:
        # A third of the card's width, within bounds: large enough to read from
        # the floor, small enough to leave the coach and the rating their room.
        picture_height = max(
            self.PICTURE_MIN_HEIGHT, min(self.PICTURE_MAX_HEIGHT, round(self.width() * 0.3))
        )
        self.picture.setFixedHeight(picture_height)
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            self.setMinimumHeight(layout.heightForWidth(self.width()))
