"""The report for a clinician: written for a known history by `unknot report`
and from the window, its text read back with `pdftotext` and its pages
rendered with `pdftoppm` (poppler-utils)."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import unicodedata
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QLocale
from PySide6.QtGui import QImage, QPageSize
from PySide6.QtWidgets import QWidget

from tests.records import hold, session
from unknot.cli import main
from unknot.core.areas import AreaId, Side, Tool
from unknot.core.clock import FakeClock
from unknot.core.records import Outcome, SessionRecord
from unknot.core.safety import Condition
from unknot.core.streaks import StreakSettings
from unknot.settings import Settings, save_settings
from unknot.store import History
from unknot.ui.history.history_service import HistoryService
from unknot.ui.history.practice_log_model import PracticeLogModel
from unknot.ui.report.report_action import ReportAction, Told
from unknot.ui.report.report_pdf import page_size_for

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

POPPLER = shutil.which("pdftotext") is not None and shutil.which("pdftoppm") is not None
needs_poppler = pytest.mark.skipif(
    not POPPLER, reason="pdftotext and pdftoppm (poppler-utils) are not installed"
)

# Wednesday 11 March 2026, mid-morning in London.
NOW = datetime(2026, 3, 11, 10, 0, tzinfo=UTC)
FIRST = date(2026, 2, 2)


def _history() -> list[SessionRecord]:
    """Four weeks of neck work easing from 7 to 3, a calf twice, one session
    stopped for sharp pain on 12 February with a note."""
    found = []
    ratings = [7, 7, 6, 6, 5, 5, 4, 4, 3, 3, 3, 3]
    for index, before in enumerate(ratings):
        day = FIRST + timedelta(days=2 * index)
        start = datetime(day.year, day.month, day.day, 8, tzinfo=UTC)
        found.append(
            session(
                f"neck{index}",
                start,
                holds=(
                    hold(
                        start,
                        area=AreaId.NECK,
                        side=Side.LEFT,
                        tools_tried=(Tool.HANDS, Tool.TENNIS_BALL),
                        held_seconds=180.0,
                        tenderness_before=before,
                        tenderness_after=max(0, before - 2),
                    ),
                ),
                note="Stiff after a long drive." if index == 1 else None,
            )
        )
    stop = datetime(2026, 2, 12, 19, 30, tzinfo=UTC)
    found.append(
        session(
            "pain",
            stop,
            outcome=Outcome.STOPPED_PAIN,
            note="Sharp pain behind the knee, stopped at once.",
            holds=(hold(stop, area=AreaId.CALVES, side=Side.RIGHT, held_seconds=40.0),),
        )
    )
    return found


@pytest.fixture(autouse=True)
def _one_application(qapp: object) -> None:
    """The window's QApplication first: `unknot report` then paints in it,
    as it would in any running Qt application, instead of making its own."""


@pytest.fixture
def seeded(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    with History.open(folder) as history:
        history.import_history(_history(), [date(2026, 2, 8)], [])
    save_settings(
        Path(os.environ["UNKNOT_CONFIG_DIR"]),
        Settings(
            weekly_goal=3,
            week_start=1,
            language="en",
            safety_confirmed_on=date(2026, 1, 30),
            safety_conditions=(Condition.BLOOD_THINNERS,),
        ),
    )
    return folder


def _report(folder: Path, *argv: str) -> int:
    return main(
        ["report", "--data-dir", str(folder), *argv], clock=FakeClock(now=NOW, zone="Europe/London")
    )


def _text(pdf: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    # NFKC undoes the ligatures the PDF's fonts use ("ﬀ" for "ff").
    return " ".join(unicodedata.normalize("NFKC", done.stdout).split())


def _pages(pdf: Path, folder: Path) -> list[Path]:
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", str(pdf), str(folder / "page")],
        capture_output=True,
        check=True,
    )
    return sorted(folder.glob("page-*.png"))


@needs_poppler
def test_the_report_tells_the_story_of_the_period(
    seeded: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "for the physio.pdf"
    assert _report(seeded, "--from", "2026-02-01", "--to", "2026-03-01", "-o", str(pdf)) == 0
    out = capsys.readouterr().out
    assert "health data" in out
    # Written only there, readable by its owner only, and nothing left beside it.
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "for the physio.pdf"]

    text = _text(pdf)
    for expected in (
        "a report for a clinician",
        "1 February 2026 to 1 March 2026",
        "This report holds health data",
        # How often and how long: 13 sessions, 12 practice days (the pain stop is 40 s),
        # counted from the first session on 2 February, not from the period's first day.
        "The first session was on 2 February 2026",
        "13 sessions in this period. Practised on 12 of 28 days",
        "The goal was 3 practice days a week",
        # Spots with their tools.
        "Left side of the neck 12 36 min 00 s 12 Hands, Tennis ball",
        "Right calf 1 40 s 1 Foam roller",
        # The safety check's answers with its date.
        "Answered on 30 January 2026",
        "You take blood thinners",
        # The pain stop with its date.
        "Thu 12 Feb 2026, 19:30: stopped at Right calf",
        # Tenderness per spot, in words, with the method's threshold.
        "Left side of the neck: easing",
        "drops by 2 points or by half",
        # The notes.
        "Stiff after a long drive.",
        "Sharp pain behind the knee, stopped at once.",
    ):
        assert expected in text, expected

    pages = _pages(pdf, tmp_path)
    assert 2 <= len(pages) <= 6
    for page in pages:
        image = QImage(str(page))
        assert not image.isNull()
        # A4 at 50 dpi: 8.27 x 11.69 inches.
        assert (image.width(), image.height()) == (414, 585)
        # Black and white: every pixel is grey, and the page is not blank.
        dark = 0
        for y in range(0, image.height(), 3):
            for x in range(0, image.width(), 3):
                colour = image.pixelColor(x, y)
                assert abs(colour.red() - colour.green()) <= 8, (page.name, x, y)
                assert abs(colour.green() - colour.blue()) <= 8, (page.name, x, y)
                dark += colour.lightness() < 128
        assert dark > 50, page.name


@needs_poppler
def test_an_empty_period_still_makes_a_readable_report(
    seeded: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "empty.pdf"
    assert _report(seeded, "--from", "2025-01-01", "--to", "2025-01-31", "-o", str(pdf)) == 0
    text = _text(pdf)
    # A period before the first session: no figure counts days nobody could practise.
    assert "No session was recorded by the end of this period." in text
    assert "of 31 days" not in text
    assert "No spot was rated in this period." in text
    assert "None in this period." in text
    assert "No notes in this period." in text


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--from", "2026-02-30", "-o", "{dir}/r.pdf"], "not a date"),
        (["--to", "yesterday", "-o", "{dir}/r.pdf"], "not a date"),
        (["--from", "2026-03-02", "--to", "2026-03-01", "-o", "{dir}/r.pdf"], "is after --to"),
        (["--from", "2026-3-1", "-o", "{dir}/r.pdf"], "as YYYY-MM-DD"),
        (["--to", "2026-03-12", "-o", "{dir}/r.pdf"], "is after today (2026-03-11)"),
        (["--from", "2026-04-01", "-o", "{dir}/r.pdf"], "is after today (2026-03-11)"),
        (["-o", "{dir}/no such folder/r.pdf"], "does not exist"),
        (["-o", "{dir}"], "it is a folder"),
        (["-o", "{dir}/data/history.sqlite3/r.pdf"], "is a file, not a folder"),
        ([], "required"),
    ],
)
def test_bad_dates_and_paths_get_one_clear_line_and_no_file(
    seeded: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    words: str,
) -> None:
    before = sorted(tmp_path.rglob("*"))
    status = _report(seeded, *[arg.format(dir=tmp_path) for arg in argv])
    err = capsys.readouterr().err
    assert status == 2
    assert words in err
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1].startswith("unknot")
    if "--from" in argv or "--to" in argv:
        # A day's problem is one line that names what to type.
        assert len(err.strip().splitlines()) == 1, err
        assert "YYYY-MM-DD" in err
    assert sorted(tmp_path.rglob("*")) == before


def test_a_refused_write_is_one_line(
    seeded: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    target = locked / "r.pdf"
    try:
        if os.access(locked, os.W_OK):
            # Running as a user who may write anywhere: sysfs refuses new files even then.
            if not Path("/sys/kernel").is_dir():
                pytest.skip("no folder here refuses this user a new file")
            target = Path("/sys/unknot-report.pdf")
        assert _report(seeded, "-o", str(target)) == 1
    finally:
        locked.chmod(0o700)
    err = capsys.readouterr().err
    assert "cannot write" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert list(locked.iterdir()) == []
    assert not target.exists()


def test_paper_follows_the_locale() -> None:
    letter = QPageSize.PageSizeId.Letter
    a4 = QPageSize.PageSizeId.A4
    assert page_size_for(QLocale("en_US")).id() == letter
    assert page_size_for(QLocale("en_CA")).id() == letter
    assert page_size_for(QLocale("de_DE")).id() == a4
    assert page_size_for(QLocale("en_GB")).id() == a4


@needs_poppler
def test_the_window_writes_the_report_where_the_person_chose(
    qtbot: QtBot, seeded: Path, tmp_path: Path
) -> None:
    history = History.open(seeded)
    try:
        service = HistoryService(history)
        model = PracticeLogModel(service, threaded=False)
        model.load()
        window = QWidget()
        qtbot.addWidget(window)
        settings = Settings(
            weekly_goal=3,
            week_start=1,
            safety_confirmed_on=date(2026, 1, 30),
            safety_conditions=(Condition.BLOOD_THINNERS,),
        )
        action = ReportAction(
            window, lambda: settings, lambda: StreakSettings(3, 1), lambda: date(2026, 3, 11)
        )
        told: list[Told] = []
        action.tell = told.append
        action.choose_period = lambda today: (date(2026, 2, 1), today)
        chosen = tmp_path / "report"
        action.choose_save = lambda suggested: chosen
        # Before the history is attached, it asks to wait and writes nothing.
        assert action.run() is None
        assert told[-1].title == "One moment"
        action.attach(model)
        written = action.run()
        assert written == tmp_path / "report.pdf"
        assert stat.S_IMODE(written.stat().st_mode) == 0o600
        assert "health data" in told[-1].text and not told[-1].problem
        text = _text(written)
        assert "1 February 2026 to 11 March 2026" in text
        assert "Thu 12 Feb 2026, 19:30: stopped at Right calf" in text
        # A place that cannot be written: told in words, nothing written.
        action.choose_save = lambda suggested: tmp_path / "missing" / "r.pdf"
        assert action.run() is None
        refused = told[-1]
        assert refused.problem
        assert "could not be written" in refused.text
        service.deleteLater()
    finally:
        history.close()


@needs_poppler
def test_as_a_process_without_a_display(seeded: Path, tmp_path: Path) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    pdf = tmp_path / "r.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "unknot", "report", "--data-dir", str(seeded), "-o", str(pdf)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "a report for a clinician" in _text(pdf)


@pytest.mark.parametrize(
    ("first", "last", "words"),
    [
        (date(2026, 3, 1), date(2026, 3, 12), "The last day, 2026-03-12, is after today"),
        (date(2026, 3, 20), date(2026, 3, 11), "The first day, 2026-03-20, is after today"),
        (date(2026, 3, 5), date(2026, 3, 2), "is after the last day, 2026-03-02"),
    ],
)
def test_the_dialog_says_what_is_wrong_with_the_days_and_what_to_type(
    qtbot: QtBot, first: date, last: date, words: str
) -> None:
    from unknot.ui.report.report_action import PeriodDialog

    today = date(2026, 3, 11)
    dialog = PeriodDialog(today)
    qtbot.addWidget(dialog)
    dialog.first.set_day(first)
    dialog.last.set_day(last)
    assert dialog.period() == (first, last)
    text = dialog.problem.text()
    assert words in text and "YYYY-MM-DD" in text and "\n" not in text
    assert not dialog.problem.isHidden() and not dialog.ok.isEnabled()
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    # Put right, the words go and the button comes back.
    dialog.first.set_day(date(2026, 3, 1))
    dialog.last.set_day(today)
    assert dialog.problem.isHidden() and dialog.ok.isEnabled()


def test_the_window_refuses_a_period_in_the_future_in_words(qtbot: QtBot, tmp_path: Path) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    today = date(2026, 3, 11)
    action = ReportAction(window, Settings, lambda: StreakSettings(3, 1), lambda: today)
    told: list[Told] = []
    action.tell = told.append
    action.attach(object())  # type: ignore[arg-type]  # never read: the days are wrong
    action.choose_period = lambda today: (date(2026, 3, 1), date(2026, 4, 1))
    action.choose_save = lambda suggested: pytest.fail("asked where to save")
    assert action.run() is None
    assert told[-1].problem and "after today" in told[-1].text and "YYYY-MM-DD" in told[-1].text
    assert list(tmp_path.iterdir()) == []
