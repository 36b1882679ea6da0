"""The person's own cues live in the history file: one per position, saved at
once, never written over by a restore."""

from __future__ import annotations

from pathlib import Path

import pytest

from unknot.core.areas import AreaId, Tool
from unknot.core.cues import Cue, CueError
from unknot.store import History


def test_a_cue_is_saved_replaced_and_removed(history: History) -> None:
    history.set_cue(AreaId.NECK, Tool.HANDS, "  lean a bit to the left ")
    assert history.cues() == {(AreaId.NECK, Tool.HANDS): "lean a bit to the left"}

    history.set_cue(AreaId.NECK, Tool.HANDS, "lean right")
    history.set_cue(AreaId.CALVES, Tool.FOAM_ROLLER, "wall by the door")
    assert history.cues() == {
        (AreaId.NECK, Tool.HANDS): "lean right",
        (AreaId.CALVES, Tool.FOAM_ROLLER): "wall by the door",
    }

    history.set_cue(AreaId.NECK, Tool.HANDS, None)
    history.set_cue(AreaId.CALVES, Tool.FOAM_ROLLER, "   ")
    history.set_cue(AreaId.FEET, Tool.TENNIS_BALL, None)  # nothing there: harmless
    assert history.cues() == {}


@pytest.mark.parametrize(
    ("area", "tool", "text"),
    [
        (AreaId.NECK, Tool.HANDS, "x" * 121),
        (AreaId.NECK, Tool.HANDS, "lean\nleft"),
        (AreaId.NECK, Tool.FOAM_ROLLER, "no such position"),
    ],
)
def test_a_refused_cue_writes_nothing(
    history: History, area: AreaId, tool: Tool, text: str
) -> None:
    history.set_cue(AreaId.NECK, Tool.HANDS, "kept")
    commits = history.commits()
    with pytest.raises(CueError):
        history.set_cue(area, tool, text)
    assert history.commits() == commits
    assert history.cues() == {(AreaId.NECK, Tool.HANDS): "kept"}


def test_cues_survive_reopening(data_dir: Path) -> None:
    with History.open(data_dir) as history:
        history.set_cue(AreaId.FEET, Tool.TENNIS_BALL, "by the sofa")
    with History.open(data_dir) as history:
        assert history.cues() == {(AreaId.FEET, Tool.TENNIS_BALL): "by the sofa"}


def test_a_restore_adds_cues_but_never_writes_over_one(history: History) -> None:
    history.set_cue(AreaId.NECK, Tool.HANDS, "mine")
    report = history.import_history(
        [],
        [],
        [],
        [
            Cue(AreaId.NECK, Tool.HANDS, "from the backup"),
            Cue(AreaId.FEET, Tool.TENNIS_BALL, "by the sofa"),
        ],
    )
    assert (report.cues_added, report.cues_skipped) == (1, 1)
    assert history.cues() == {
        (AreaId.NECK, Tool.HANDS): "mine",
        (AreaId.FEET, Tool.TENNIS_BALL): "by the sofa",
    }
