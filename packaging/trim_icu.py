"""Makes a smaller ICU data library for the bundle: `trim_icu.py LIBICUDATA OUTPUT`.

Qt Core is linked against ICU, whose data library (libicudata.so.NN, 32 MB) holds
every locale's names of languages, regions, currencies and units, number
spell-outs, transliterators, line-break dictionaries and legacy text encodings.
Qt asks ICU only for collation (QCollator), case mapping in a locale
(QLocale::toUpper), time-zone names and the locale fallbacks those need; it
formats dates and numbers from its own tables. This script copies the data
package (ICU's "common data" format: a header, a table of contents of item
names and offsets, then the items) without the item groups below, and links it
into a shared library exporting the same `icudtNN_dat` symbol, so Qt's own
libicuuc loads it unchanged. Needs a C compiler (`cc`) for the link.

tests/test_bundle.py runs collation, case mapping, zone names and dates through
Qt with the trimmed library and with the wheel's, and expects the same answers.
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

# Item groups Qt never asks ICU for, by name under the package's folder.
LEFT_OUT_FOLDERS = ("brkitr", "curr", "lang", "rbnf", "region", "translit", "unit")
# Legacy encodings (QStringConverter for Shift-JIS and the like; every file
# Unknot reads or writes is UTF-8, which Qt converts itself) and character names.
LEFT_OUT_SUFFIXES = (".cnv",)
LEFT_OUT_NAMES = ("unames.icu",)

_ALIGN = 16


def _elf_symbol(library: bytes, name: bytes) -> tuple[int, int]:
    """File offset and size of a defined symbol in a 64-bit little-endian ELF."""
    if library[:4] != b"\x7fELF" or library[4] != 2 or library[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF library")
    (shoff,) = struct.unpack_from("<Q", library, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", library, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", library, shoff + i * shentsize) for i in range(shnum)
    ]
    for section in sections:
        if section[1] != 11:  # SHT_DYNSYM
            continue
        strings = sections[section[6]]
        for offset in range(section[4], section[4] + section[5], section[9]):
            st_name, _info, _other, shndx, value, size = struct.unpack_from(
                "<IBBHQQ", library, offset
            )
            start = strings[4] + st_name
            if library[start : library.index(b"\0", start)] == name and shndx != 0:
                holder = sections[shndx]
                return holder[4] + (value - holder[3]), size
    raise ValueError(f"no symbol {name.decode()} in the library")


def _left_out(item: str) -> bool:
    parts = item.split("/")
    return (
        (len(parts) > 2 and parts[1] in LEFT_OUT_FOLDERS)
        or item.endswith(LEFT_OUT_SUFFIXES)
        or parts[-1] in LEFT_OUT_NAMES
    )


def trimmed_package(package: bytes) -> tuple[bytes, list[str]]:
    """The common-data `package` without the left-out items, and their names."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", package, 0)
    if (magic1, magic2) != (0xDA, 0x27):
        raise ValueError("not an ICU data package")
    if package[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    body = package[header_size:]
    (count,) = struct.unpack_from("<I", body, 0)
    entries = []
    for index in range(count):
        name_at, data_at = struct.unpack_from("<II", body, 4 + 8 * index)
        name = body[name_at : body.index(b"\0", name_at)].decode("ascii")
        entries.append((name, data_at))
    ends = [*sorted(data_at for _, data_at in entries), len(body)]
    end_of = {start: ends[i + 1] for i, start in enumerate(ends[:-1])}
    kept = [(name, body[at : end_of[at]]) for name, at in entries if not _left_out(name)]
    dropped = [name for name, _ in entries if _left_out(name)]

    # The same layout as ICU's own: the table, the names, then the items, each
    # item aligned to 16 bytes. The names stay in the original (sorted) order,
    # which ICU's lookup by binary search needs.
    table_size = 4 + 8 * len(kept)
    names = b""
    name_offsets = []
    for name, _ in kept:
        name_offsets.append(table_size + len(names))
        names += name.encode("ascii") + b"\0"
    data_start = -(-(table_size + len(names)) // _ALIGN) * _ALIGN
    blob = bytearray()
    data_offsets = []
    for _, data in kept:
        data_offsets.append(data_start + len(blob))
        blob += data
        blob += b"\0" * (-len(blob) % _ALIGN)
    table = struct.pack("<I", len(kept)) + b"".join(
        struct.pack("<II", name_offset, data_offset)
        for name_offset, data_offset in zip(name_offsets, data_offsets, strict=True)
    )
    padding = b"\0" * (data_start - len(table) - len(names))
    return package[:header_size] + table + names + padding + bytes(blob), dropped


def trim(library: Path, output: Path) -> list[str]:
    """Writes the trimmed copy of `library` to `output`; returns the dropped items."""
    match = re.match(r"libicudata\.so\.(\d+)", library.name)
    if match is None:
        raise ValueError(f"{library.name} is not named like ICU's data library")
    symbol = f"icudt{match.group(1)}_dat"
    raw = library.read_bytes()
    start, size = _elf_symbol(raw, symbol.encode())
    package, dropped = trimmed_package(raw[start : start + size])
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "icudata.dat"
        data.write_bytes(package)
        source = Path(folder) / "icudata.s"
        source.write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n"
            f"\t.type {symbol}, @object\n"
            f"\t.size {symbol}, {len(package)}\n"
            "\t.balign 16\n"
            f"{symbol}:\n"
            f'\t.incbin "{data}"\n'
            '\t.section .note.GNU-stack,"",@progbits\n'
        )
        subprocess.run(
            [
                "cc",
                "-shared",
                "-nostdlib",
                f"-Wl,-soname,{library.name}",
                "-o",
                str(output),
                str(source),
            ],
            check=True,
        )
    return dropped


def main(argv: list[str]) -> int:
    library, output = Path(argv[0]), Path(argv[1])
    dropped = trim(library, output)
    before, after = library.stat().st_size, output.stat().st_size
    print(
        f"{library.name}: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB "
        f"({len(dropped)} items left out)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
