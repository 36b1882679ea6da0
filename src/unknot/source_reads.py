"""Spares the process PySide6's reading of every module's source at import.

PySide6 (seen in 6.11) replaces `__import__` to support its opt-in
`from __feature__ import snake_case, true_property`. After every import it
asks whether the new module's source mentions "PySide6"
(`shibokensupport.feature._mod_uses_pyside`, through `inspect.getsource`), so
it reads each `.py` file the process imports and leaves it in `linecache`.
Measured in Unknot's window on a ten-year history: 490 files, about 20 MiB of
Python strings held for nothing (5 MiB of them before the first paint), and
the reading on the path to the first paint and to the history open.

Unknot selects no feature, so PySide's answer changes nothing for it: the name
of each module about to be imported is put in PySide's table first (0, "uses
PySide, no feature", for Unknot's own modules; -1, "ignore", for the others,
which is what PySide decides for a module that does not use it), and PySide
then skips the read. The modules imported before PySide are named too, at the
first import after it: an `import os` anywhere would otherwise read `os.py`.
Where PySide has no such table (another version), nothing is done.
"""

from __future__ import annotations

import sys
from collections.abc import MutableMapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.machinery import ModuleSpec
    from types import ModuleType

# Where PySide keeps its table (also published as PySide6.support.feature).
_FEATURE_MODULE = "shibokensupport.feature"
# PySide's values: 0 for a module that uses PySide with no feature selected,
# -1 for a module it leaves out of feature switching.
_USES_PYSIDE = 0
_IGNORED = -1


def _feature_table() -> MutableMapping[str, int] | None:
    feature = sys.modules.get(_FEATURE_MODULE)
    table = getattr(feature, "pyside_feature_dict", None)
    return table if isinstance(table, dict) else None


def _name(table: MutableMapping[str, int], module_name: str) -> None:
    if module_name not in table:
        ours = module_name == "unknot" or module_name.startswith("unknot.")
        table[module_name] = _USES_PYSIDE if ours else _IGNORED


class NamedBeforeImport:
    """A finder that finds nothing: it only names the module in PySide's table
    before the real finders load it. (Not derived from importlib.abc's class:
    importing that module cost the command line 90 ms.)"""

    def __init__(self) -> None:
        self._named_earlier = False

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: ModuleType | None = None,
    ) -> ModuleSpec | None:
        table = _feature_table()
        if table is None:
            return None
        if not self._named_earlier:
            self._named_earlier = True
            for earlier in list(sys.modules):
                _name(table, earlier)
        _name(table, fullname)
        return None


def spare_source_reads() -> None:
    """Put the finder first on `sys.meta_path`, once. Harmless before PySide
    is imported and where it is never imported (the command line)."""
    if not any(isinstance(finder, NamedBeforeImport) for finder in sys.meta_path):
        sys.meta_path.insert(0, NamedBeforeImport())
