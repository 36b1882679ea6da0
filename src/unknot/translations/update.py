"""Regenerate the .ts files from the sources and compile them to .qm.

    python -m unknot.translations.update          # extract, merge, compile
    python -m unknot.translations.update --check  # only say what is missing

Extraction is `pyside6-lupdate` over every module of `unknot` into a fresh file,
then three fix-ups lupdate does not do for `translate()` calls written in Python:
calls it skips (its Python parser drops a call whose count is an expression
such as `len(holds)`) are added from the modules' syntax trees; a source with
`%n` (or an English "(s)" ending) is marked as a plural (numerus) message; and
the existing translations are merged back by (context, source, comment). Messages no longer
in the sources are dropped (and listed), new ones are added unfinished.
Compiling is `pyside6-lrelease`. Needs the PySide6 tools (in the virtual
environment with the test extras); the app itself never runs this.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent
LANGUAGES = ("de",)

Key = tuple[str, str, str]  # context, source, comment


def ts_path(language: str) -> Path:
    return HERE / f"unknot_{language}.ts"


def qm_path(language: str) -> Path:
    return HERE / f"unknot_{language}.qm"


def tool(name: str) -> str:
    """The path of a PySide6 tool (pyside6-lupdate, pyside6-lrelease): beside
    this Python first, then on PATH. Raises FileNotFoundError."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} is not installed (pip install PySide6)")
    return found


def sources() -> list[Path]:
    return sorted(
        path for path in PACKAGE.rglob("*.py") if HERE not in path.parents and path.parent != HERE
    )


def _key(context: str, message: ET.Element) -> Key:
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def read(path: Path) -> ET.Element:
    """The root <TS> element of a .ts file."""
    return ET.parse(path).getroot()


def messages(root: ET.Element) -> dict[Key, ET.Element]:
    found: dict[Key, ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[_key(name, message)] = message
    return found


def literal_calls(path: Path) -> list[Key]:
    """Every `translate("Context", "source"[, "comment"])` and
    `QT_TRANSLATE_NOOP("Context", "source")` in `path` whose texts are literals,
    in the order they appear."""
    found: list[tuple[int, int, Key]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
            continue
        if node.func.id not in ("translate", "QT_TRANSLATE_NOOP"):
            continue
        texts = [
            arg.value if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else None
            for arg in node.args[:3]
        ]
        if len(texts) < 2 or texts[0] is None or texts[1] is None:
            continue
        comment = texts[2] if len(texts) > 2 and texts[2] is not None else ""
        found.append((node.lineno, node.col_offset, (texts[0], texts[1], comment)))
    return [key for _line, _column, key in sorted(found)]


def source_keys() -> list[Key]:
    """The messages of every module, by the syntax trees, in source order."""
    keys: dict[Key, None] = {}
    for path in sources():
        keys.update(dict.fromkeys(literal_calls(path)))
    return list(keys)


def _add_missed(root: ET.Element) -> None:
    have = messages(root)
    contexts = {context.findtext("name") or "": context for context in root.iter("context")}
    for key in source_keys():
        if key in have:
            continue
        name, source, comment = key
        context = contexts.get(name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
            contexts[name] = context
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        if comment:
            ET.SubElement(message, "comment").text = comment
        ET.SubElement(message, "translation").set("type", "unfinished")


def is_plural(source: str) -> bool:
    """A message with a count: `%n`/`%Ln` in it, or an English plural ending
    "(s)" chosen by the count (a caption beside a number shown apart)."""
    return "%n" in source or "%Ln" in source or "(s)" in source


def extract(target: Path, language: str) -> ET.Element:
    """A fresh .ts of every message in the sources, untranslated, with `%n`
    messages marked as plurals; written to `target` and returned."""
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *map(str, sources()),
            "-locations",
            "none",
            "-no-obsolete",
            "-target-language",
            language,
            "-source-language",
            "en",
            "-ts",
            str(target),
        ],
        check=True,
        capture_output=True,
    )
    root = read(target)
    _add_missed(root)
    for message in root.iter("message"):
        if is_plural(message.findtext("source") or ""):
            message.set("numerus", "yes")
            translation = message.find("translation")
            if translation is not None and translation.find("numerusform") is None:
                translation.text = None
                ET.SubElement(translation, "numerusform")
    return root


def merge(fresh: ET.Element, old: ET.Element | None) -> list[Key]:
    """Copy the translations of `old` into `fresh` where the message is the same;
    the keys of `old` that are gone from the sources are returned."""
    if old is None:
        return []
    before = messages(old)
    now = messages(fresh)
    for key, message in now.items():
        previous = before.get(key)
        if previous is None:
            continue
        translation = previous.find("translation")
        if translation is None:
            continue
        for unfinished in message.findall("translation"):
            message.remove(unfinished)
        message.append(translation)
    return [key for key in before if key not in now]


def write(root: ET.Element, target: Path) -> None:
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    target.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


@dataclass
class Unfinished:
    missing: list[Key]
    obsolete: list[Key]


def update(language: str, *, check_only: bool = False) -> Unfinished:
    target = ts_path(language)
    old = read(target) if target.exists() else None
    with tempfile.TemporaryDirectory() as folder:
        fresh = extract(Path(folder) / target.name, language)
    obsolete = merge(fresh, old)
    missing = [
        key
        for key, message in messages(fresh).items()
        if (translation := message.find("translation")) is None
        or translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not "".join(translation.itertext()).strip()
    ]
    if not check_only:
        write(fresh, target)
        compile_qm(target, qm_path(language))
    return Unfinished(missing, obsolete)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m unknot.translations.update")
    parser.add_argument("--check", action="store_true", help="change nothing, say what is missing")
    args = parser.parse_args(argv)
    status = 0
    for language in LANGUAGES:
        result = update(language, check_only=args.check)
        for context, source, _comment in result.missing:
            print(f"{language}: not translated yet [{context}] {source!r}")
        for context, source, _comment in result.obsolete:
            print(f"{language}: no longer in the sources, dropped [{context}] {source!r}")
        if result.missing or (args.check and result.obsolete):
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
