"""The report fits its texts in every language: no word of a table's header
or cell runs into the next column or off the page (a cut "Haltephasen" is a
word whose box reaches into its neighbour's), and the name offered for the
file is in the person's language and safe as a file name."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.ui.render_report import TODAY, demo_report
from tests.ui.rendering import in_language
from unknot.core import translation
from unknot.core.report import ReportData
from unknot.core.translation import translate
from unknot.ui.report.report_action import report_file_name
from unknot.ui.report.report_pdf import MARGIN_MM, report_pdf

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)

_POINTS_PER_MM = 72 / 25.4


@pytest.fixture(autouse=True)
def _one_application(qapp: object) -> None:
    """Qt's PDF writer paints in the window's QApplication."""


@pytest.fixture(scope="module")
def demo_data(tmp_path_factory: pytest.TempPathFactory) -> ReportData:
    """Six weeks of the demo history: every spot and tool, long names."""
    return demo_report(
        tmp_path_factory.mktemp("report") / "data", safety_answered_on=date(2025, 9, 1)
    )


Box = tuple[float, float, float, float, str]


def _words(pdf: Path) -> tuple[list[list[Box]], float]:
    """Each page's words as (left, top, right, bottom, text), and the page's width."""
    done = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    xhtml = re.sub(r"<!DOCTYPE[^>]*>", "", done.stdout)
    root = ET.fromstring(xhtml)
    pages, width = [], 0.0
    for page in root.iter("{http://www.w3.org/1999/xhtml}page"):
        width = float(page.get("width", "0"))
        pages.append(
            [
                (
                    float(word.get("xMin", "0")),
                    float(word.get("yMin", "0")),
                    float(word.get("xMax", "0")),
                    float(word.get("yMax", "0")),
                    word.text or "",
                )
                for word in page.iter("{http://www.w3.org/1999/xhtml}word")
            ]
        )
    return pages, width


def _run_into_each_other(words: list[Box]) -> list[tuple[str, str]]:
    found = []
    for index, (left, top, right, bottom, text) in enumerate(words):
        for other in words[index + 1 :]:
            same_line = min(bottom, other[3]) - max(top, other[1]) > 0.5 * (bottom - top)
            if same_line and min(right, other[2]) - max(left, other[0]) > 0.5:
                found.append((text, other[4]))
    return found


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_word_of_the_report_is_cut(language: str, demo_data: ReportData, tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    with in_language(language):
        pdf.write_bytes(report_pdf(demo_data, made_on=TODAY))
    pages, width = _words(pdf)
    assert pages
    right_edge = width - MARGIN_MM * _POINTS_PER_MM + 1
    for number, words in enumerate(pages, 1):
        assert _run_into_each_other(words) == [], f"page {number}"
        assert [w[4] for w in words if w[2] > right_edge] == [], f"page {number}"
    # Each header's words whole: a column too narrow for "Zeit" breaks it apart.
    every_word = {w[4] for page in pages for w in page}
    with in_language(language):
        headers = [
            translate("Report", source)
            for source in ("Spot", "Holds", "Time held", "Days", "Tools")
        ]
    assert [w for h in headers for w in h.split() if w not in every_word] == []
    text = " ".join(w[4] for page in pages for w in page)
    if language == "de":
        assert "Haltephasen" in text
        # The locale's long date: no padded day.
        assert "1. September 2025" in text and "01." not in text


def test_the_overlap_check_sees_words_in_each_others_way() -> None:
    words: list[Box] = [(10, 100, 80, 112, "Haltephasen"), (70, 100, 120, 112, "Gehaltene")]
    assert _run_into_each_other(words) == [("Haltephasen", "Gehaltene")]
    apart: list[Box] = [(10, 100, 60, 112, "Stelle"), (70, 100, 120, 112, "Tage")]
    assert _run_into_each_other(apart) == []


def test_the_offered_file_name_is_in_the_persons_language() -> None:
    first, last = date(2026, 2, 1), date(2026, 3, 11)
    assert report_file_name(first, last) == "unknot-report-2026-02-01-2026-03-11.pdf"
    with in_language("de"):
        assert report_file_name(first, last) == "unknot-bericht-2026-02-01-2026-03-11.pdf"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_the_offered_file_name_is_safe_whatever_the_translation(words: str) -> None:
    def translated(context: str, source: str, disambiguation: str | None, n: int) -> str:
        return (
            words.replace("{", "(").replace("}", ")") + "{first}" if "{first}" in source else source
        )

    translation.install_backend(translated)
    try:
        name = report_file_name(date(2026, 2, 1), date(2026, 3, 11))
    finally:
        translation.install_backend(None)
    assert name.endswith(".pdf") and len(name) > len(".pdf")
    assert not re.search(r'[\x00-\x1f\x7f/\\:*?"<>|]', name)
    assert not name.startswith((".", " "))
    assert "2026-02-01" in name
