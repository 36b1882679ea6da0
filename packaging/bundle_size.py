"""Prints the sizes of two bundle folders as JSON: `python bundle_size.py OURS NAIVE`.

The size is the sum of the regular files' sizes in bytes (links count nothing),
the same for both, so the ratio means the same on any file system.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def folder_bytes(folder: Path) -> int:
    """The bytes of every regular file under `folder`, links not followed."""
    return sum(
        path.lstat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def main(argv: list[str]) -> int:
    ours, naive = (Path(argument) for argument in argv)
    sizes = {"unknot": folder_bytes(ours), "naive_bare_window": folder_bytes(naive)}
    sizes["ratio"] = round(sizes["unknot"] / sizes["naive_bare_window"], 3)
    print(json.dumps(sizes, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
