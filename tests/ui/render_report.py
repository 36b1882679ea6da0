"""Write the report for a clinician for the demo history and render its first
page to PNG with `pdftoppm` (poppler-utils).

    python -m tests.ui.render_report [folder]

writes report-page-1.png (default folder: assets/screenshots), the page the
README shows.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale
from PySide6.QtGui import QGuiApplication

from tests.ui.rendering import SCREENSHOTS
from unknot.core.report import ReportData, report_of
from unknot.core.safety import Condition
from unknot.store import History
from unknot.store.demo import fill_demo_history
from unknot.ui.report.report_pdf import report_pdf

TODAY = date(2026, 3, 11)


def demo_report(
    data_dir: Path,
    *,
    safety_answered_on: date = date(2025, 11, 2),
    safety_conditions: tuple[Condition, ...] = (Condition.BLOOD_THINNERS,),
) -> ReportData:
    """The report of six weeks of the demo history (every spot and tool, long
    names), written into a new history at `data_dir` first."""
    with History.open(data_dir) as history:
        fill_demo_history(history, TODAY - timedelta(days=1))
        sessions, rest_days = history.sessions(), history.rest_days()
    return report_of(
        sessions,
        rest_days,
        TODAY - timedelta(days=41),
        TODAY,
        today=TODAY,
        day_start=time(0, 0),
        week_start=1,
        weekly_goal=5,
        safety_answered_on=safety_answered_on,
        safety_conditions=safety_conditions,
    )


def render(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        data = demo_report(Path(scratch) / "data")
        pdf = Path(scratch) / "report.pdf"
        pdf.write_bytes(report_pdf(data, made_on=TODAY))
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "70",
                "-f",
                "1",
                "-l",
                "1",
                "-png",
                str(pdf),
                str(folder / "report-page"),
            ],
            check=True,
        )
    return sorted(folder.glob("report-page-*.png"))


def main(argv: list[str]) -> int:
    _app = QGuiApplication.instance() or QGuiApplication(argv[:1])
    # English dates on A4, whatever the machine's locale.
    QLocale.setDefault(QLocale("en_GB"))
    folder = Path(argv[1]) if len(argv) > 1 else SCREENSHOTS
    for path in render(folder):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
