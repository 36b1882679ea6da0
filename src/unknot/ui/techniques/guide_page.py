"""The technique guide: every area, to browse without starting a session.

On the left the ten areas; on the right the chosen one: how to find the spot,
each tool of its ladder in order (gentlest first) with the picture of its
position and the words for it, what to keep away from, and one button per spot
to practise it now.

"Practise now" starts a session of that one spot straight away (through the
window's usual start, so the safety check and the areas to keep off still
apply): the person came here to learn how, and the quickest way to try is to
do it while the picture is fresh. A plan being built on the home screen is left
as it is.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from unknot.core.areas import AREAS, DEFAULT_TOOLS, Area, AreaId, Tool
from unknot.core.plans import Spot
from unknot.core.positions import HOW_TO_FIND, position_of
from unknot.core.translation import translate
from unknot.ui.session.cue_line import CueLine, CueSource
from unknot.ui.session.position_picture import PositionPictureWidget, art_for
from unknot.ui.session.tool_card import ToolIcon, scaled_font

# The size a guide picture is shown at: wide enough for a person lying down.
PICTURE_WIDTH = 300
PICTURE_HEIGHT = 170
# A standing person (at the wall) is taller than wide: given this much height,
# so the figure is not drawn small in a wide, low box.
TALL_PICTURE_HEIGHT = 300


def picture_height(area: AreaId, tool: Tool) -> int:
    """The height of the guide's picture of this position at PICTURE_WIDTH:
    as the drawing's shape asks, from PICTURE_HEIGHT to TALL_PICTURE_HEIGHT."""
    bounds = art_for(area, tool).bounds
    wanted = round(PICTURE_WIDTH * bounds.height() / max(1.0, bounds.width()))
    return max(PICTURE_HEIGHT, min(TALL_PICTURE_HEIGHT, wanted))


def _label(text: str, parent: QWidget, factor: float = 1.0, bold: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    weight = QFont.Weight.Bold if bold else None
    if factor != 1.0 or bold:
        label.setFont(scaled_font(parent.font(), factor, weight))
    return label


class ToolStep(QFrame):
    """One rung of an area's ladder: the picture, the tool and what to do."""

    def __init__(self, area: Area, tool: Tool, rung: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.tool = tool
        self.picture = PositionPictureWidget(self, minimum_width=PICTURE_WIDTH)
        self.picture.setFixedSize(PICTURE_WIDTH, picture_height(area.id, tool))
        self.picture.set_position(area.id, tool)
        icon = ToolIcon(self)
        icon.set_tool(tool)
        icon.setFixedSize(44, 44)
        title = _label(
            translate("Techniques", "{rung}. {tool}").format(
                rung=rung, tool=translate("Tools", tool.label)
            ),
            self,
            1.2,
            bold=True,
        )
        self.instruction = _label(translate("Areas", area.instruction(tool)), self, 1.05)
        caption = _label(translate("Positions", position_of(area.id, tool).caption), self, 0.95)
        # What the picture shows, said in words: quieter than the instruction.
        quiet = caption.font()
        quiet.setItalic(True)
        caption.setFont(quiet)
        head = QHBoxLayout()
        head.setSpacing(10)
        head.addWidget(icon)
        head.addWidget(title, 1)
        words = QVBoxLayout()
        words.setSpacing(6)
        words.addLayout(head)
        words.addWidget(self.instruction)
        words.addWidget(caption)
        # The person's own words for this position, as the session's card shows them.
        self.cue_line = CueLine(self)
        words.addWidget(self.cue_line)
        words.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 10, 12, 10)
        row.setSpacing(16)
        row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(words, 1)
        self._area_id = area.id

    def set_cue_source(self, source: CueSource | None) -> None:
        self.cue_line.set_source(source)
        self.cue_line.show_position(self._area_id, self.tool)


class AreaGuide(QWidget):
    """Everything about one area."""

    practise_requested = Signal(object)  # Spot

    def __init__(
        self, area: Area, parent: QWidget | None = None, *, tools: Iterable[Tool] = DEFAULT_TOOLS
    ) -> None:
        """`tools`: what the person has (Settings > Your tools); the ladder shown
        is theirs, the one a session of this area starts on."""
        super().__init__(parent)
        self.area = area
        name = translate("Areas", area.name)
        title = _label(name, self, 1.7, bold=True)
        title.setAccessibleName(name)
        find_heading = _label(translate("Techniques", "How to find the spot"), self, 1.1, True)
        find = _label(translate("Positions", HOW_TO_FIND[area.id]), self, 1.05)
        ladder_heading = _label(
            translate("Techniques", "Tools, gentlest first"), self, 1.1, bold=True
        )
        ladder = area.ladder_for(tools)
        self.steps = [ToolStep(area, tool, rung, self) for rung, tool in enumerate(ladder, start=1)]
        # Said once, quietly: the rungs left out because the person lacks the tool.
        missing = [tool for tool in area.ladder if tool not in ladder]
        self.missing_label: QLabel | None = None
        if missing:
            self.missing_label = _label(
                translate(
                    "Techniques",
                    "Not shown: {tools}, which you do not have (Settings > Your tools).",
                ).format(tools=", ".join(translate("Tools", tool.label) for tool in missing)),
                self,
                0.95,
            )
        away_heading = _label(translate("Techniques", "Take care"), self, 1.1, bold=True)
        away = _label(
            translate("Techniques", "Keep away from {what}.").format(
                what=translate("Areas", area.keep_away_from)
            ),
            self,
            1.05,
        )

        self.practise_buttons: dict[Spot, QPushButton] = {}
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        for side in area.sides:
            spot = Spot(area.id, side)
            spot_name = translate("Areas", area.spot_name(side))
            button = QPushButton(
                translate("Techniques", "Practise now: {spot}").format(spot=spot_name), self
            )
            button.setMinimumHeight(40)
            button.setAccessibleName(
                translate("Techniques", "Start a session for the {spot} now").format(
                    spot=spot_name.lower()
                )
            )
            button.clicked.connect(lambda _checked=False, s=spot: self.practise_requested.emit(s))
            self.practise_buttons[spot] = button
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addLayout(buttons)
        layout.addSpacing(4)
        layout.addWidget(find_heading)
        layout.addWidget(find)
        layout.addSpacing(4)
        layout.addWidget(ladder_heading)
        for step in self.steps:
            layout.addWidget(step)
        if self.missing_label is not None:
            layout.addWidget(self.missing_label)
        layout.addSpacing(4)
        layout.addWidget(away_heading)
        layout.addWidget(away)
        layout.addStretch(1)

    def set_cue_source(self, source: CueSource | None) -> None:
        """Where the person's own cues are kept; each position shows its own."""
        for step in self.steps:
            step.set_cue_source(source)


class TechniquesPage(QWidget):
    """The guide's page in the window: the list of areas and the chosen one."""

    practise_requested = Signal(object)  # Spot
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("techniquesPage")
        heading = _label(translate("Techniques", "Techniques"), self, 1.5, bold=True)
        self.back_button = QPushButton(translate("Techniques", "Back to body map (Esc)"), self)
        self.back_button.setMinimumHeight(36)
        self.back_button.clicked.connect(self.back_requested)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.back_button)

        self.area_list = QListWidget(self)
        self.area_list.setAccessibleName(translate("Techniques", "Areas"))
        self.area_list.setFont(scaled_font(self.font(), 1.1))
        self.area_list.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        for area in AREAS.values():
            item = QListWidgetItem(translate("Areas", area.name), self.area_list)
            item.setData(Qt.ItemDataRole.UserRole, area.id.value)
        width = self.area_list.sizeHintForColumn(0) + 2 * self.area_list.frameWidth() + 28
        self.area_list.setFixedWidth(max(150, width))

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setAccessibleName(translate("Techniques", "How to work the area"))
        self._guide: AreaGuide | None = None
        self._cue_source: CueSource | None = None
        self._tools: frozenset[Tool] = DEFAULT_TOOLS

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.area_list)
        body.addWidget(self.scroll_area, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(body, 1)

        self.area_list.currentRowChanged.connect(self._show_row)
        self.area_list.setCurrentRow(0)

    @property
    def guide(self) -> AreaGuide:
        """The guide of the area now shown."""
        assert self._guide is not None
        return self._guide

    def set_cue_source(self, source: CueSource | None) -> None:
        """Where the person's own cues are kept (the history service)."""
        self._cue_source = source
        if self._guide is not None:
            self._guide.set_cue_source(source)

    def set_tools(self, tools: Iterable[Tool]) -> None:
        """The tools the person has: each area's ladder is shown as theirs."""
        owned = frozenset(tools)
        if owned != self._tools:
            self._tools = owned
            self._show_row(self.area_list.currentRow())

    def areas_listed(self) -> list[AreaId]:
        return [
            AreaId(self.area_list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.area_list.count())
        ]

    def show_area(self, area_id: AreaId) -> None:
        """Shows this area's guide and puts the list's focus on it."""
        self.area_list.setCurrentRow(self.areas_listed().index(area_id))

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        area = AREAS[self.areas_listed()[row]]
        guide = AreaGuide(area, tools=self._tools)
        guide.practise_requested.connect(self.practise_requested)
        guide.set_cue_source(self._cue_source)
        old = self.scroll_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll_area.setWidget(guide)
        self._guide = guide
        self.scroll_area.verticalScrollBar().setValue(0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
