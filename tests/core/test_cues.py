"""The person's own cues: one clean line per position, or none."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unknot.core.areas import AREAS, AreaId, Tool
from unknot.core.cues import MAX_CUE_LENGTH, Cue, CueError, check_position, clean_cue, sorted_cues

_BREAKING = ("Cc", "Cs", "Zl", "Zp")


@given(st.text(max_size=MAX_CUE_LENGTH + 20))
def test_any_text_is_kept_clean_or_refused_with_a_sentence(text: str) -> None:
    try:
        cleaned = clean_cue(text)
    except CueError as error:
        message = str(error)
        assert message.endswith(".") and "\n" not in message
        trimmed = text.strip()
        assert len(trimmed) > MAX_CUE_LENGTH or any(
            unicodedata.category(c) in _BREAKING for c in trimmed
        )
        return
    if cleaned is None:
        assert not text.strip()
        return
    assert cleaned == text.strip() == cleaned.strip()
    assert 1 <= len(cleaned) <= MAX_CUE_LENGTH
    assert not any(unicodedata.category(c) in _BREAKING for c in cleaned)
    assert clean_cue(cleaned) == cleaned  # cleaning twice changes nothing


@pytest.mark.parametrize(
    "text", ["l\nleft", "l\tleft", "l\x00", "a\u2028b", "a\u2029b", "a\x85b", "a\ud800", "a\x1bb"]
)
def test_control_characters_and_line_breaks_are_refused(text: str) -> None:
    with pytest.raises(CueError, match="one line of plain text; character 2 "):
        clean_cue(text)


def test_too_long_says_the_limit_and_the_length() -> None:
    with pytest.raises(CueError, match=f"at most {MAX_CUE_LENGTH} characters long; this one has"):
        clean_cue("x" * (MAX_CUE_LENGTH + 1))
    assert clean_cue("  " + "x" * MAX_CUE_LENGTH + "  ") == "x" * MAX_CUE_LENGTH


def test_blank_is_no_cue() -> None:
    assert clean_cue("") is None
    assert clean_cue("   \u3000 ") is None


def test_a_cue_belongs_to_a_position_on_the_ladder() -> None:
    for area in AREAS.values():
        for tool in Tool:
            if tool in area.ladder:
                check_position(area.id, tool)
            else:
                with pytest.raises(CueError, match="has no position with this tool"):
                    Cue(area.id, tool, "x")


def test_a_cue_holds_only_clean_text() -> None:
    with pytest.raises(CueError):
        Cue(AreaId.NECK, Tool.HANDS, " padded ")


def test_cues_are_sorted_from_head_to_feet() -> None:
    cues = {
        (AreaId.FEET, Tool.TENNIS_BALL): "sofa",
        (AreaId.NECK, Tool.TENNIS_BALL): "wall",
        (AreaId.NECK, Tool.HANDS): "lean",
    }
    assert [(c.area, c.tool) for c in sorted_cues(cues)] == [
        (AreaId.NECK, Tool.HANDS),
        (AreaId.NECK, Tool.TENNIS_BALL),
        (AreaId.FEET, Tool.TENNIS_BALL),
    ]
