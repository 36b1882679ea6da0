"""A settings file changed outside Unknot since Unknot read it (edited by hand
while the window was open) is never overwritten unseen: the version found is
kept aside whole, never deleted, and the person is told in words where."""

from __future__ import annotations

import ast
import json
import shutil
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unknot.settings import ABSENT, Settings, file_stamp, save_settings, settings_path

NOW = datetime(2026, 3, 4, 21, 5, 9)
SOURCES = Path(__file__).resolve().parents[1] / "src" / "unknot"

# What can happen to the file between Unknot's read and its next write.
outside_edits = st.one_of(
    st.just(None),  # nothing
    st.just(b""),  # emptied
    st.integers(0, 100).map(lambda v: json.dumps({"volume": v}).encode()),  # valid, by hand
    st.binary(max_size=200),  # anything at all
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edit=outside_edits, deleted=st.booleans())
def test_an_outside_change_is_kept_aside_and_told(
    tmp_path_factory: pytest.TempPathFactory, edit: bytes | None, deleted: bool
) -> None:
    folder = tmp_path_factory.mktemp("config")
    first = save_settings(folder, Settings(volume=10), read_as=ABSENT, now=NOW)
    assert first.stamp == file_stamp(folder) and first.notice is None
    path = settings_path(folder)
    ours = path.read_bytes()
    if deleted:
        path.unlink()
    elif edit is not None:
        path.write_bytes(edit)
    saved = save_settings(folder, Settings(volume=20), read_as=first.stamp, now=NOW)
    kept = sorted(p for p in folder.iterdir() if p != path)
    changed = not deleted and edit is not None and edit != ours
    if changed:
        assert edit is not None
        assert [p.read_bytes() for p in kept] == [edit]
        assert saved.bad_copy == kept[0]
        assert saved.notice is not None and kept[0].name in saved.notice
    else:
        assert kept == [] and saved.notice is None
    assert json.loads(path.read_bytes())["volume"] == 20
    assert saved.stamp == file_stamp(folder)
    shutil.rmtree(folder)


def test_a_change_by_hand_is_told_as_such(tmp_path: Path) -> None:
    first = save_settings(tmp_path, Settings(volume=10), read_as=ABSENT, now=NOW)
    settings_path(tmp_path).write_text('{"volume": 55}', encoding="utf-8")
    saved = save_settings(tmp_path, Settings(volume=20), read_as=first.stamp, now=NOW)
    assert saved.notice is not None
    assert saved.notice.startswith("Your settings file was changed outside Unknot")
    assert saved.bad_copy is not None and saved.bad_copy.read_text() == '{"volume": 55}'


# Every place Unknot writes a file, and why an outside change cannot be lost
# there. A new writer fails the test below until it is added here, with its
# check for an outside change where the file is one that can change outside.
WRITERS = {
    # settings.json: compared with the stamp of its last read before writing.
    "settings.py:_write": "called only after save_settings compared the stamp, or at start-up",
    "settings.py:_keep_copy": "a new file under a free name (a kept-aside copy)",
    # The history's own side files and copies: new names, or Unknot's own marks.
    "store/kept_aside.py": "Unknot's note that a kept-aside file was seen; not edited by hand",
    "store/data_files.py": "an export to the path the person chose in a dialog that asks before "
    "replacing",
    "cli.py": "the report or export path the person named on the command line",
    "ui/report/report_pdf.py": "the report path the person chose in a dialog that asks before "
    "replacing",
    "files.py": "the writing helpers themselves",
    "translations/update.py": "a developer's tool for the translation files",
    "demo_mode.py": "a marker in a throw-away demo folder Unknot made",
}
_WRITES = {"write_atomically", "write_to_path", "write_text", "write_bytes"}


def test_every_file_unknot_writes_is_accounted_for() -> None:
    unknown = []
    for path in sorted(SOURCES.rglob("*.py")):
        relative = str(path.relative_to(SOURCES))
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef):
                continue
            for node in ast.walk(function):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute | ast.Name)
                    and (getattr(node.func, "attr", None) or getattr(node.func, "id", None))
                    in _WRITES
                    and f"{relative}:{function.name}" not in WRITERS
                    and relative not in WRITERS
                ):
                    unknown.append(f"{relative}:{function.name}:{node.lineno}")
    assert sorted(set(unknown)) == []


def test_the_window_says_what_it_read_whenever_it_saves_settings() -> None:
    """Every save_settings call in the program passes `read_as`: the file as
    it last read or wrote it, so an outside change is seen."""
    calls = []
    for path in sorted(SOURCES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "save_settings":
                named = {keyword.arg for keyword in node.keywords}
                calls.append((path.name, node.lineno, "read_as" in named))
    assert calls
    assert [call for call in calls if not call[2]] == []


def test_settings_are_written_only_by_save_settings_and_the_start_up_repair() -> None:
    tree = ast.parse((SOURCES / "settings.py").read_text(encoding="utf-8"))
    callers = {
        function.name
        for function in ast.walk(tree)
        if isinstance(function, ast.FunctionDef)
        for node in ast.walk(function)
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "_write"
    }
    assert callers == {"save_settings", "load_settings"}
