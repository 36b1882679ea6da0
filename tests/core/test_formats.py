"""One module words every duration, count and plural; nothing else spells its own."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from unknot.core.formats import (
    clock_text,
    count_text,
    duration_text,
    spoken_duration_text,
    total_duration_text,
)

SOURCE = Path(__file__).resolve().parents[2] / "src" / "unknot"


@given(st.integers(0, 10**7), st.sampled_from(["day", "hold", "session"]))
def test_a_count_is_singular_only_for_one(number: int, word: str) -> None:
    text = count_text(number, word)
    assert text.replace(",", "").startswith(f"{number} ")
    assert text.endswith(word if number == 1 else f"{word}s")


@given(st.integers(0, 10 * 3600))
def test_durations_read_back_to_the_second(seconds: int) -> None:
    def back(text: str) -> int:
        units = {"h": 3600, "min": 60, "s": 1}
        found = re.findall(r"([\d,]+) (h|min|s)\b", text)
        assert " ".join(f"{n} {u}" for n, u in found) == text, text
        return sum(int(n.replace(",", "")) * units[u] for n, u in found)

    assert back(duration_text(seconds)) == seconds
    # A total is given to the second, hours too, so that it adds up with its parts.
    assert back(total_duration_text(seconds)) == seconds
    spoken = spoken_duration_text(seconds)
    minutes, rest = divmod(seconds, 60)
    assert ("minute" in spoken) == bool(minutes)
    assert ("second" in spoken) == bool(rest or not minutes)
    assert clock_text(seconds) == f"{minutes:02d}:{rest:02d}"


def test_no_other_module_spells_a_plural_of_its_own() -> None:
    """A plural picked by hand ("s" if n != 1, "day" if n == 1 else "days")
    belongs in unknot.core.formats (or the translation door's "(s)")."""
    found = []
    for path in SOURCE.rglob("*.py"):
        if path.name in {"formats.py", "translation.py"}:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.IfExp):
                continue
            test = node.test
            if not (
                isinstance(test, ast.Compare)
                and len(test.comparators) == 1
                and isinstance(test.comparators[0], ast.Constant)
                and test.comparators[0].value == 1
            ):
                continue
            words = [
                value.value
                for value in (node.body, node.orelse)
                if isinstance(value, ast.Constant) and isinstance(value.value, str)
            ]
            if len(words) == 2 and {words[0] + "s", words[1] + "s"} & set(words):
                found.append(f"{path.relative_to(SOURCE)}:{node.lineno}")
            if "s" in words and "" in words:
                found.append(f"{path.relative_to(SOURCE)}:{node.lineno}")
    assert found == []
