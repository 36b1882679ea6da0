"""The report for a clinician as PDF pages, painted with Qt's own PDF writer
(`QPdfWriter` and `QPainter`): no other dependency.

Pages are A4, or Letter where the locale measures in US units (and in
Canada), in the person's language (texts through `translate`, dates through
QLocale). Everything is black, greys and white, with shapes and words that
do not rest on colour, so it reads when printed in black and white. The
charts are the progress view's own renderers in their printed ink.

`report_pdf` returns the bytes (it needs a QGuiApplication); `write_report`
writes them to the one path the person named, 0600, in one step.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from unknot.core.formats import minutes_held, total_duration_text
from unknot.core.progress import spot_name
from unknot.core.report import ReportData
from unknot.core.safety import condition_info
from unknot.core.tenderness import consistency_sentence, relief_sentence, trend_sentence
from unknot.core.translation import translate
from unknot.ui.charts.consistency_renderer import paint_consistency
from unknot.ui.charts.ink import ChartInk
from unknot.ui.charts.tenderness_renderer import paint_tenderness, paint_tenderness_legend
from unknot.ui.shared.dates import day_and_time, decimal, long_date

# Dots per inch of the page's coordinates: the charts' pens are sized for a
# screen, and look the same at this resolution.
RESOLUTION = 120
MARGIN_MM = 16.0
BODY_POINTS = 10.0
# Territories that use Letter paper besides those QLocale reports in US units.
_LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.Venezuela,
    }
)


def page_size_for(locale: QLocale) -> QPageSize:
    """Letter where the locale uses it, else A4."""
    if (
        locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
        or locale.territory() in _LETTER_TERRITORIES
    ):
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


class _Pages:
    """A cursor running down the pages: text wraps, blocks that do not fit
    start a new page, every page gets the footer."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, footer: str) -> None:
        self.writer = writer
        self.painter = painter
        self.footer = footer
        self.page = 1
        rect = writer.pageLayout().paintRectPixels(writer.resolution())
        self.width = float(rect.width())
        self.height = float(rect.height())
        self.body = QFont(painter.font())
        self.body.setPointSizeF(BODY_POINTS)
        self.small = QFont(self.body)
        self.small.setPointSizeF(BODY_POINTS * 0.85)
        self.bold = QFont(self.body)
        self.bold.setBold(True)
        self.heading_font = QFont(self.body)
        self.heading_font.setPointSizeF(BODY_POINTS * 1.35)
        self.heading_font.setBold(True)
        self.title_font = QFont(self.body)
        self.title_font.setPointSizeF(BODY_POINTS * 1.9)
        self.title_font.setBold(True)
        painter.setFont(self.body)
        self.y = 0.0
        self._paint_footer()

    @property
    def bottom(self) -> float:
        return self.height - QFontMetricsF(self.small).height() * 2

    def need(self, height: float) -> None:
        if self.y + height > self.bottom and self.y > 0:
            self.writer.newPage()
            self.page += 1
            self.y = 0.0
            self._paint_footer()

    def _paint_footer(self) -> None:
        painter = self.painter
        painter.save()
        painter.setFont(self.small)
        painter.setPen(QPen(Qt.GlobalColor.black))
        metrics = QFontMetricsF(self.small)
        y = self.height - metrics.descent()
        painter.drawText(QPointF(0, y), self.footer)
        page = translate("Report", "page {number}").format(number=self.page)
        painter.drawText(QPointF(self.width - metrics.horizontalAdvance(page), y), page)
        painter.restore()

    def text_height(
        self,
        text: str,
        font: QFont,
        width: float | None = None,
        flags: int = int(Qt.TextFlag.TextWordWrap),
    ) -> float:
        metrics = QFontMetricsF(font)
        rect = metrics.boundingRect(QRectF(0, 0, width or self.width, 1e6), flags, text)
        return rect.height()

    def text(
        self, text: str, font: QFont | None = None, *, indent: float = 0, after: float = 6
    ) -> None:
        font = font or self.body
        width = self.width - indent
        height = self.text_height(text, font, width)
        self.need(height)
        self.painter.save()
        self.painter.setFont(font)
        self.painter.setPen(QPen(Qt.GlobalColor.black))
        self.painter.drawText(
            QRectF(indent, self.y, width, height), int(Qt.TextFlag.TextWordWrap), text
        )
        self.painter.restore()
        self.y += height + after

    def heading(self, text: str) -> None:
        # A heading never ends a page on its own: room for it and two lines.
        self.need(self.text_height(text, self.heading_font) + QFontMetricsF(self.body).height() * 3)
        self.y += 8
        self.text(text, self.heading_font, after=6)

    def table(
        self, header: Sequence[str], rows: Sequence[Sequence[str]], shares: Sequence[float]
    ) -> None:
        """A table over the page's width, each column about its share of it,
        widened to its longest word ("Haltephasen" is no "Holds"); where the
        words together are wider than the page, the table's type gets smaller
        until they fit, so no word is ever cut at a column's edge."""
        table = [list(header), *[list(r) for r in rows]]
        body, bold = QFont(self.body), QFont(self.bold)
        widths = column_widths(table, shares, self.width, body, bold)
        while widths is None and body.pointSizeF() > BODY_POINTS * 0.5:
            body.setPointSizeF(body.pointSizeF() * 0.92)
            bold.setPointSizeF(body.pointSizeF())
            widths = column_widths(table, shares, self.width, body, bold)
        flags = int(Qt.TextFlag.TextWordWrap)
        if widths is None:  # still too wide at half size: words may break anywhere
            widths = [self.width * share for share in shares]
            flags |= int(Qt.TextFlag.TextWrapAnywhere)
        metrics = QFontMetricsF(body)
        for index, row in enumerate(table):
            font = bold if index == 0 else body
            height = max(
                self.text_height(cell, font, w - CELL_GAP, flags)
                for cell, w in zip(row, widths, strict=True)
            )
            self.need(height + 6)
            self.painter.save()
            self.painter.setFont(font)
            self.painter.setPen(QPen(Qt.GlobalColor.black))
            x = 0.0
            for cell, width in zip(row, widths, strict=True):
                self.painter.drawText(QRectF(x, self.y + 3, width - CELL_GAP, height), flags, cell)
                x += width
            self.painter.setPen(QPen(Qt.GlobalColor.gray, 1 if index else 1.6))
            line_y = self.y + height + 5
            self.painter.drawLine(QPointF(0, line_y), QPointF(self.width, line_y))
            self.painter.restore()
            self.y += height + 6
        self.y += metrics.height() * 0.5


# Room between a column's text and the next column.
CELL_GAP = 8.0


def column_widths(
    table: Sequence[Sequence[str]],
    shares: Sequence[float],
    width: float,
    body: QFont,
    bold: QFont,
) -> list[float] | None:
    """Each column's width (summing to `width`) for `table`, its first row the
    header in `bold`: its `share` of the width, but never narrower than its
    longest word plus `CELL_GAP`; the room a wider column needs is taken from
    those with room to spare. None when the longest words alone do not fit."""
    header_metrics, body_metrics = QFontMetricsF(bold), QFontMetricsF(body)
    needs = [0.0] * len(shares)
    for index, row in enumerate(table):
        metrics = header_metrics if index == 0 else body_metrics
        for column, cell in enumerate(row):
            for word in cell.split():
                needs[column] = max(needs[column], metrics.horizontalAdvance(word) + CELL_GAP + 1)
    if sum(needs) > width:
        return None
    widths = [max(need, width * share) for need, share in zip(needs, shares, strict=True)]
    over = sum(widths) - width
    spare = [w - need for w, need in zip(widths, needs, strict=True)]
    total_spare = sum(spare)
    if over > 0 and total_spare > 0:
        widths = [w - over * room / total_spare for w, room in zip(widths, spare, strict=True)]
    return widths


def report_pdf(data: ReportData, *, made_on: date, locale: QLocale | None = None) -> bytes:
    """The report as PDF bytes; needs a QGuiApplication."""
    locale = locale or QLocale()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(translate("Report", "Self-massage practice: a report for a clinician"))
    writer.setCreator("Unknot")
    writer.setPageLayout(
        QPageLayout(
            page_size_for(locale),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter(writer)
    period = translate("Report", "{first} to {last}").format(
        first=long_date(data.first), last=long_date(data.last)
    )
    pages = _Pages(
        writer,
        painter,
        translate("Report", "Unknot practice report, {period}").format(period=period),
    )
    _write(pages, data, made_on, period)
    painter.end()
    buffer.close()
    return bytes(QByteArray(buffer.data()).data())


def write_report(path: Path, data: ReportData, *, made_on: date) -> bool:
    """Write the report to `path` only: a regular file is replaced in one
    step and readable by its owner only (see `files.write_to_path`, whose
    errors it raises). Returns True for a regular file."""
    from unknot.files import write_to_path

    return write_to_path(path, report_pdf(data, made_on=made_on))


def _write(pages: _Pages, data: ReportData, made_on: date, period: str) -> None:
    pages.text(
        translate("Report", "Self-massage practice: a report for a clinician"), pages.title_font
    )
    pages.text(
        translate("Report", "Period: {period}. Made on {today} with Unknot.").format(
            period=period, today=long_date(made_on)
        )
    )
    pages.text(
        translate(
            "Report",
            "This report holds health data: share it only with the people you choose.",
        ),
        pages.bold,
        after=10,
    )

    pages.heading(translate("Report", "How often and how long"))
    if data.counted_from is None:
        pages.text(translate("Report", "No session was recorded by the end of this period."))
    else:
        if data.counted_from > data.first:
            pages.text(
                translate(
                    "Report",
                    "The first session was on {day}: the days of the period before it are "
                    "not counted.",
                ).format(day=long_date(data.counted_from))
            )
        minutes = minutes_held(data.total_seconds / data.practice_days) if data.practice_days else 0
        sessions = translate("Report", "%n session(s) in this period.", None, data.sessions)
        practised = translate(
            "Report",
            "Practised on {days} of %n day(s); {held} held in all, about {minutes} min on a "
            "practice day.",
            None,
            data.days_in_period,
        ).format(
            days=data.practice_days, held=total_duration_text(data.total_seconds), minutes=minutes
        )
        goal = translate(
            "Report", "The goal was %n practice day(s) a week.", None, data.weekly_goal
        )
        pages.text(f"{sessions} {practised} {goal}")
    if data.weeks:
        height = 190.0
        pages.need(height)
        paint_consistency(
            pages.painter, data.weeks, QRectF(0, pages.y, pages.width, height), ChartInk.printed()
        )
        pages.y += height + 6
        pages.text(
            translate(
                "Report",
                "Left: practice days each week; the short bar across is the week's goal; a "
                "filled, ticked bar met it; a hatched bar is the week in progress. Right: "
                "minutes held each week.",
            ),
            pages.small,
        )
        pages.text(consistency_sentence(data.weeks))

    pages.heading(translate("Report", "Spots and tools"))
    if data.spots:
        pages.table(
            (
                translate("Report", "Spot"),
                translate("Report", "Holds"),
                translate("Report", "Time held"),
                translate("Report", "Days"),
                translate("Report", "Tools"),
            ),
            [
                (
                    work.name,
                    str(work.holds),
                    total_duration_text(work.seconds),
                    str(len(work.days)),
                    ", ".join(tool.label for tool in work.tools),
                )
                for work in data.spots
            ],
            (0.28, 0.09, 0.2, 0.08, 0.35),
        )
    else:
        pages.text(translate("Report", "No holds in this period."))

    pages.heading(translate("Report", "Safety check"))
    if data.safety_answered_on is None:
        pages.text(translate("Report", "The safety check has not been answered."))
    else:
        answered = long_date(data.safety_answered_on)
        if data.safety_conditions:
            pages.text(
                translate("Report", "Answered on {day}. Ticked as applying:").format(day=answered)
            )
            for condition in data.safety_conditions:
                label = translate("Safety", condition_info(condition).label)
                pages.text(f"• {label}", indent=12, after=3)
            pages.y += 4
        else:
            pages.text(
                translate(
                    "Report", "Answered on {day}: none of the listed conditions applies."
                ).format(day=answered)
            )

    pages.heading(translate("Report", "Sessions stopped for sharp pain"))
    if not data.pain_stops:
        pages.text(translate("Report", "None in this period."))
    for stop in data.pain_stops:
        where = spot_name(*stop.spots[-1]) if stop.spots else translate("Report", "before a hold")
        pages.text(
            translate("Report", "{when}: stopped at {spot}.").format(
                when=day_and_time(stop.started_at), spot=where
            ),
            indent=12,
            after=3,
        )

    pages.heading(translate("Report", "Tenderness over time"))
    if not data.stories:
        pages.text(translate("Report", "No spot was rated in this period."))
    else:
        pages.text(
            translate(
                "Report",
                "Tenderness 0-10, rated before the day's first hold of a spot and after its "
                "last. The method counts a spot as easing when its rating drops by 2 points "
                "or by half.",
            )
        )
        # The key stays on the page of the first chart.
        pages.need(QFontMetricsF(pages.small).height() * 2 + 200)
        pages.painter.save()
        pages.painter.setFont(pages.small)
        height = paint_tenderness_legend(
            pages.painter,
            QPointF(0, pages.y + QFontMetricsF(pages.small).ascent()),
            ChartInk.printed(),
            pages.width,
        )
        pages.painter.restore()
        pages.y += height + 8
    for story in data.stories:
        chart = 170.0
        words = trend_sentence(story, decimal)
        relief = relief_sentence(story, decimal)
        text = f"{words} {relief}".strip()
        pages.need(chart + pages.text_height(text, pages.body) + 16)
        pages.painter.save()
        pages.painter.setFont(pages.small)
        paint_tenderness(
            pages.painter, story, QRectF(0, pages.y, pages.width, chart), ChartInk.printed()
        )
        pages.painter.restore()
        pages.y += chart + 4
        pages.text(text, after=14)

    pages.heading(translate("Report", "Notes"))
    if not data.notes:
        pages.text(translate("Report", "No notes in this period."))
    for note in data.notes:
        pages.text(day_and_time(note.started_at), pages.bold, after=2)
        pages.text(note.text, indent=12, after=8)
