"""Offsets and small checks shared by the store's tests."""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import fields, is_dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

KOLKATA = timezone(timedelta(hours=5, minutes=30))
ST_JOHNS_WINTER = timezone(timedelta(hours=-3, minutes=-30))


def assert_same_instants_and_offsets(got: object, expected: object) -> None:
    """Equal records, with every datetime the same instant in the same offset.

    `==` is not enough: it ignores the offset, and (PEP 495) it calls a time in a
    repeated hour unequal to any time in another zone, even the same instant.
    """
    if isinstance(expected, datetime):
        assert isinstance(got, datetime)
        assert got.astimezone(UTC) == expected.astimezone(UTC)
        assert got.utcoffset() == expected.utcoffset()
        assert got.isoformat() == expected.isoformat()
    elif isinstance(expected, tuple | list):
        assert isinstance(got, tuple | list)
        assert len(got) == len(expected)
        for got_item, expected_item in zip(got, expected, strict=True):
            assert_same_instants_and_offsets(got_item, expected_item)
    elif is_dataclass(expected):
        assert type(got) is type(expected)
        for field in fields(expected):
            assert_same_instants_and_offsets(
                getattr(got, field.name), getattr(expected, field.name)
            )
    else:
        assert got == expected
        assert type(got) is type(expected) or isinstance(expected, int | float)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def scratch_folder() -> tempfile.TemporaryDirectory[str]:
    """A temporary folder for one example of a property test (pytest's tmp_path
    is one per test call, and hypothesis runs many examples in one). In memory
    where the system offers it: every saved hold is a commit that waits for the
    disk, and these tests are about what is written, not how fast a disk is."""
    memory = Path("/dev/shm")
    where = memory if memory.is_dir() and os.access(memory, os.W_OK) else None
    return tempfile.TemporaryDirectory(prefix="unknot-test-", dir=where)
