from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from unknot.store import History


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def history(data_dir: Path) -> Iterator[History]:
    opened = History.open(data_dir)
    yield opened
    opened.close()
