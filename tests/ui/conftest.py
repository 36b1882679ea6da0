"""Fixtures for the window's tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from unknot.ui.session.position_picture import motion


@pytest.fixture(autouse=True)
def still_pictures() -> Iterator[None]:
    """Position pictures keep still unless a test lets them move: their movement
    runs on the wall clock, and a repaint in the middle of a test that counts
    repaints would make it depend on how fast the machine is."""
    switch = motion()
    switch.set_allowed(False)
    yield
    switch.set_allowed(False)
