"""Finding the files the store kept aside, and remembering which the person has read."""

from __future__ import annotations

import stat
import tempfile
from datetime import datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from unknot.store.kept_aside import (
    ACKNOWLEDGED_FILE_NAME,
    Kind,
    acknowledge,
    acknowledged,
    find_kept_aside,
    not_acknowledged,
)

DAMAGED = "history.damaged-20260302-091500.sqlite3"
FOREIGN = "history.foreign-20260301-200000.sqlite3"


def touch(folder: Path, *names: str) -> None:
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / name).write_bytes(b"kept")


def test_a_damaged_file_and_its_side_files_are_one(tmp_path: Path) -> None:
    touch(tmp_path, DAMAGED, DAMAGED + "-wal", DAMAGED + "-shm", FOREIGN + "-wal")
    found = find_kept_aside(tmp_path)
    assert [kept.name for kept in found] == [FOREIGN, DAMAGED]  # oldest first
    foreign, damaged = found
    assert foreign.kind is Kind.FOREIGN
    assert foreign.path == tmp_path / (FOREIGN + "-wal")
    assert foreign.set_aside_at == datetime(2026, 3, 1, 20, 0, 0)
    assert damaged.kind is Kind.DAMAGED
    # The main file first: it is the one a person would look at.
    assert damaged.files == (
        tmp_path / DAMAGED,
        tmp_path / (DAMAGED + "-wal"),
        tmp_path / (DAMAGED + "-shm"),
    )


def test_a_log_kept_without_its_database_is_shown(tmp_path: Path) -> None:
    touch(tmp_path, DAMAGED + "-shm", DAMAGED + "-wal")
    (kept,) = find_kept_aside(tmp_path)
    assert kept.path == tmp_path / (DAMAGED + "-wal")


def test_only_our_names_are_found(tmp_path: Path) -> None:
    touch(
        tmp_path,
        "history.sqlite3",
        "history.sqlite3-wal",
        "history.damaged-20261399-091500.sqlite3",  # not a date
        "history.damaged-20260302-0915.sqlite3",
        "history.damaged-20260302-091500.sqlite3.bak",
        "history.foreign-20260302-091500.sqlite3-log",
        "history.before-upgrade-v1-20260101-120000.sqlite3",
        "notes.txt",
        ACKNOWLEDGED_FILE_NAME,
    )
    # A side file's name on a folder is not ours; a folder that stood in the
    # history's place is kept aside under the damaged name, and found.
    (tmp_path / "history.foreign-20260303-091500.sqlite3-wal").mkdir()
    assert find_kept_aside(tmp_path) == []
    (tmp_path / "history.damaged-20260303-091500.sqlite3").mkdir()
    assert [kept.name for kept in find_kept_aside(tmp_path)] == [
        "history.damaged-20260303-091500.sqlite3"
    ]
    assert find_kept_aside(tmp_path / "missing") == []


def test_counters_keep_the_order_they_were_made_in(tmp_path: Path) -> None:
    names = [
        "history.damaged-20260302-091500.sqlite3",
        "history.damaged-20260302-091500-2.sqlite3",
        "history.damaged-20260302-091500-10.sqlite3",
    ]
    touch(tmp_path, *reversed(names))
    assert [kept.name for kept in find_kept_aside(tmp_path)] == names


def test_acknowledged_files_are_remembered_privately(tmp_path: Path) -> None:
    touch(tmp_path, DAMAGED, FOREIGN + "-wal")
    assert [kept.name for kept in not_acknowledged(tmp_path)] == [FOREIGN, DAMAGED]
    acknowledge(tmp_path, [DAMAGED])
    record = tmp_path / ACKNOWLEDGED_FILE_NAME
    assert stat.S_IMODE(record.stat().st_mode) == 0o600
    assert [kept.name for kept in not_acknowledged(tmp_path)] == [FOREIGN]
    acknowledge(tmp_path, [FOREIGN])
    assert not_acknowledged(tmp_path) == []
    assert acknowledged(tmp_path) == {DAMAGED, FOREIGN}
    # A file the person removed is forgotten at the next acknowledgement.
    (tmp_path / DAMAGED).unlink()
    acknowledge(tmp_path, [])
    assert acknowledged(tmp_path) == {FOREIGN}
    # A new file put aside later is told, even with the others read.
    later = "history.damaged-20260310-080000.sqlite3"
    touch(tmp_path, later)
    assert [kept.name for kept in not_acknowledged(tmp_path)] == [later]


def test_an_unreadable_record_means_tell_again(tmp_path: Path) -> None:
    touch(tmp_path, DAMAGED)
    record = tmp_path / ACKNOWLEDGED_FILE_NAME
    for text in ("{", "[]", '{"acknowledged": "x"}', '{"acknowledged": [1, null]}'):
        record.write_text(text, encoding="utf-8")
        assert [kept.name for kept in not_acknowledged(tmp_path)] == [DAMAGED]
    record.write_bytes(b"\xff\xfe")
    assert [kept.name for kept in not_acknowledged(tmp_path)] == [DAMAGED]


_stamps = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31)).map(
    lambda moment: moment.replace(microsecond=0)
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(list(Kind)),
            _stamps,
            st.integers(min_value=1, max_value=12),
            st.sets(st.sampled_from(["", "-wal", "-shm", "-journal"]), min_size=1),
        ),
        max_size=6,
    )
)
def test_every_file_put_aside_is_found_once(
    made: list[tuple[Kind, datetime, int, set[str]]],
) -> None:
    # Whatever the store put aside, in whatever combination: each group is found
    # once, with every one of its files, at the time in its name.
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        expected: dict[str, tuple[Kind, datetime, set[Path]]] = {}
        for kind, stamp, counter, sides in made:
            if kind is Kind.FOREIGN:
                sides = sides - {""} or {"-wal"}
            suffix = "" if counter == 1 else f"-{counter}"
            name = f"history.{kind.value}-{stamp:%Y%m%d-%H%M%S}{suffix}.sqlite3"
            files = expected.setdefault(name, (kind, stamp, set()))[2]
            for side in sides:
                touch(folder, name + side)
                files.add(folder / (name + side))
        found = find_kept_aside(folder)
        assert len(found) == len(expected)
        for kept in found:
            kind, stamp, files = expected[kept.name]
            assert (kept.kind, kept.set_aside_at, set(kept.files)) == (kind, stamp, files)
        times = [kept.set_aside_at for kept in found]
        assert times == sorted(times)
