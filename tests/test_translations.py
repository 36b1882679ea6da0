"""The shipped translations are complete and match the sources: a message added,
changed or dropped in the code without `python -m unknot.translations.update`
fails here, as does an unfinished entry, a translation whose placeholders differ
from its source, or a .qm that was not compiled from the .ts beside it."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from unknot.core.areas import AREAS, Side
from unknot.core.areas import SPOT_NAMES as LISTED_SPOT_NAMES
from unknot.translations import update

LANGUAGES = update.LANGUAGES
# German (and English) have two plural forms: one, and everything else.
PLURAL_FORMS = {"de": 2}
_PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%L?n")


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    if forms:
        return [form.text or "" for form in forms]
    return [translation.text or ""]


@pytest.fixture(scope="module", params=LANGUAGES)
def language(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def shipped(language: str) -> dict[update.Key, ET.Element]:
    return update.messages(update.read(update.ts_path(language)))


@pytest.fixture(scope="module")
def extracted(language: str, tmp_path_factory: pytest.TempPathFactory) -> set[update.Key]:
    folder = tmp_path_factory.mktemp(f"extract-{language}")
    return set(update.messages(update.extract(folder / "fresh.ts", language)))


def test_the_ts_file_holds_exactly_the_messages_of_the_sources(
    shipped: dict[update.Key, ET.Element], extracted: set[update.Key]
) -> None:
    missing = sorted(extracted - set(shipped))
    obsolete = sorted(set(shipped) - extracted)
    assert missing == [], "run python -m unknot.translations.update and translate these"
    assert obsolete == [], "run python -m unknot.translations.update to drop these"


def test_every_literal_translate_call_is_in_the_extraction(extracted: set[update.Key]) -> None:
    # lupdate's Python parser skips some calls; the update fills them in from the
    # syntax trees. This keeps that fix-up honest.
    assert set(update.source_keys()) <= extracted


def test_every_message_is_translated(language: str, shipped: dict[update.Key, ET.Element]) -> None:
    unfinished = []
    for key, message in shipped.items():
        translation = message.find("translation")
        assert translation is not None, key
        texts = _translations(message)
        if translation.get("type") is not None or not all(text.strip() for text in texts):
            unfinished.append(key)
        if message.get("numerus") == "yes":
            assert len(texts) == PLURAL_FORMS[language], key
    assert unfinished == []


def test_messages_with_a_count_are_plurals(shipped: dict[update.Key, ET.Element]) -> None:
    for (context, source, comment), message in shipped.items():
        assert (message.get("numerus") == "yes") == update.is_plural(source), (context, source)
        del comment


def test_translations_keep_the_placeholders_of_their_source(
    shipped: dict[update.Key, ET.Element],
) -> None:
    wrong = []
    for key, message in shipped.items():
        wanted = sorted(_PLACEHOLDER.findall(key[1]))
        for text in _translations(message):
            if sorted(_PLACEHOLDER.findall(text)) != wanted:
                wrong.append((key[0], key[1], text))
    assert wrong == []


def test_translations_keep_one_mnemonic_where_the_source_has_one(
    shipped: dict[update.Key, ET.Element],
) -> None:
    for key, message in shipped.items():
        if re.search(r"&\w", key[1]):
            for text in _translations(message):
                assert len(re.findall(r"&\w", text)) == 1, (key, text)


def test_the_grammar_switch_is_a_known_word(shipped: dict[update.Key, ET.Element]) -> None:
    switches = [message for key, message in shipped.items() if key[0] == "Grammar"]
    assert switches
    for message in switches:
        assert _translations(message)[0] in ("lower", "keep")


def test_the_qm_file_is_compiled_from_the_ts_file(language: str, tmp_path: Path) -> None:
    compiled = tmp_path / "compiled.qm"
    update.compile_qm(update.ts_path(language), compiled)
    assert update.qm_path(language).read_bytes() == compiled.read_bytes(), (
        "run python -m unknot.translations.update"
    )


def test_every_spot_name_is_listed_for_the_translation_files() -> None:
    built = {
        a.spot_source(side) for a in AREAS.values() for side in a.sides if side is not Side.BOTH
    }
    assert built == set(LISTED_SPOT_NAMES)
    # A spot worked on both sides at once is called by its area's name.
    for each in AREAS.values():
        assert each.spot_name(Side.BOTH) == each.title


def _evaluated(node: ast.AST) -> list[ast.AST]:
    """`node` and what evaluating it evaluates, lambdas' bodies left out."""
    found = [node]
    for child in ast.iter_child_nodes(node):
        if not isinstance(child, ast.Lambda):
            found += _evaluated(child)
    return found


def _reads_a_text(node: ast.AST) -> bool:
    """Whether evaluating `node` calls translate() or reads a session text (a
    lambda inside it runs later, when it is called)."""
    for inner in _evaluated(node):
        if isinstance(inner, ast.Call) and getattr(inner.func, "id", None) == "translate":
            return True
        if (
            isinstance(inner, ast.Attribute)
            and isinstance(inner.value, ast.Name)
            and inner.value.id == "texts"
            and inner.attr.isupper()
            and inner.attr != "EASE_OFF_AT"
        ):
            return True
    return False


def test_no_text_is_translated_at_import_time() -> None:
    """A text translated when its module is imported (a module or class
    constant, a default argument) stays in the language of that moment: the
    window's language is chosen later, at start-up. Such tables are marked with
    QT_TRANSLATE_NOOP and translated where they are shown."""
    found = []
    for path in update.sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                defaults = [*node.args.defaults, *(d for d in node.args.kw_defaults if d)]
                found += [f"{path.name}:{d.lineno}" for d in defaults if _reads_a_text(d)]
        bodies = [tree.body] + [n.body for n in tree.body if isinstance(n, ast.ClassDef)]
        for body in bodies:
            for statement in body:
                if isinstance(statement, ast.Assign | ast.AnnAssign) and _reads_a_text(statement):
                    found.append(f"{path.name}:{statement.lineno}")
    assert found == []


# Nouns a number is counted in, as the English sources write them.
_COUNTED = (
    "day|days|week|weeks|month|months|point|points|minute|minutes|hour|hours|second|seconds"
    "|session|sessions|spot|spots|character|characters|time|times|step|steps|practice day"
    "|practice days|rest day|rest days|backup|backups|copy|copies|routine|routines|cue|cues"
)
_NUMBER_BEFORE_NOUN = re.compile(r"\{(\w+)\} (?:" + _COUNTED + r")\b(?!\(s\))")


def test_every_counted_noun_is_a_plural_message(shipped: dict[update.Key, ET.Element]) -> None:
    """A number put into a text with `.format()` right before the noun it counts
    ("on {days} practice days", "{points} points") reads "an 1 Übungstagen",
    "1 Punkte" in German: the noun's form has to follow the count, so the count
    is the message's `%n` (with its plural forms in every translation), or the
    noun is written "(s)" in a plural message whose `n` is that number."""
    unplural = [
        (context, source)
        for (context, source, _comment) in shipped
        for _name in _NUMBER_BEFORE_NOUN.findall(source)
    ]
    assert unplural == []


def test_the_counted_nouns_check_catches_a_number_before_its_noun() -> None:
    assert _NUMBER_BEFORE_NOUN.search("on {days} practice days out of {period_days} days")
    assert _NUMBER_BEFORE_NOUN.search("by {points} points on average")
    assert not _NUMBER_BEFORE_NOUN.search("{done} of %n day(s) this week")
    assert not _NUMBER_BEFORE_NOUN.search("{minutes} min held")
    assert not _NUMBER_BEFORE_NOUN.search("by {points} point(s) on average")


def test_an_ellipsis_follows_its_word(shipped: dict[update.Key, ET.Element]) -> None:
    """ "…" says a dialog follows ("Report for a physiotherapist…"); written
    apart from its word ("Physiotherapie …") it reads as text cut short. Every
    translation keeps the source's ellipses, each right after its word."""
    wrong = []
    for key, message in shipped.items():
        for text in _translations(message):
            if text.count("…") != key[1].count("…") or re.search(r"\s…", text):
                wrong.append((key[0], key[1], text))
    assert wrong == []
