"""PySide's reading of every imported module's source is spared (unknot.source_reads)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from unknot import source_reads
from unknot.source_reads import NamedBeforeImport, spare_source_reads

SRC = Path(source_reads.__file__).resolve().parent

# The window's way in, then the store, as a start does; what linecache holds
# afterwards, and what PySide's table says of Unknot's modules.
_PROBE = """
import json, linecache, sys
import unknot
import PySide6.QtWidgets
import unknot.app
import unknot.store
import unknot.ui.history.history_service
from PySide6.support import feature
print(json.dumps({
    "read": sorted(name for name in linecache.cache if not name.startswith("<")),
    "named": {n: v for n, v in feature.pyside_feature_dict.items() if n.startswith("unknot")},
}))
"""


def test_starting_the_window_and_the_store_reads_no_module_source() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        check=True,
    )
    found = json.loads(done.stdout.splitlines()[-1])
    # Without the finder PySide read about 490 files here, Unknot's and
    # SQLAlchemy's among them; only a few of the standard library's, imported
    # before PySide and named at the first import after it, may still be read.
    ours_or_sqlalchemy = [
        name for name in found["read"] if name.startswith(str(SRC)) or "sqlalchemy" in name
    ]
    assert ours_or_sqlalchemy == []
    assert len(found["read"]) < 60
    assert found["named"]["unknot.app"] == 0
    assert set(found["named"].values()) == {0}


def test_the_finder_finds_nothing_and_does_nothing_without_pyside(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delitem(sys.modules, "shibokensupport.feature", raising=False)
    finder = NamedBeforeImport()
    assert finder.find_spec("some.module", None) is None


def test_a_name_already_in_pysides_table_is_left_as_pyside_set_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    table = {"chosen": 3}
    monkeypatch.setitem(
        sys.modules, "shibokensupport.feature", SimpleNamespace(pyside_feature_dict=table)
    )
    finder = NamedBeforeImport()
    assert finder.find_spec("chosen", None) is None
    assert finder.find_spec("unknot.new", None) is None
    assert finder.find_spec("other.new", None) is None
    assert table["chosen"] == 3
    assert table["unknot.new"] == 0
    assert table["other.new"] == -1
    # What was imported before is named too, once.
    assert table["json"] == -1


def test_the_finder_is_put_in_place_once() -> None:
    spare_source_reads()
    spare_source_reads()
    assert sum(isinstance(finder, NamedBeforeImport) for finder in sys.meta_path) == 1


def test_no_module_of_unknot_selects_a_pyside_feature() -> None:
    """The finder tells PySide that Unknot's modules select no feature (what
    `from __feature__ import snake_case` would change): that must stay true."""
    users = [
        path
        for path in SRC.rglob("*.py")
        if "__feature__" in path.read_text(encoding="utf-8") and path.name != "source_reads.py"
    ]
    assert users == []
