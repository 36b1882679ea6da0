"""`python -m unknot` and the `unknot` launcher: see unknot.cli."""

from __future__ import annotations

from unknot.cli import main

__all__ = ["main"]

if __name__ == "__main__":
    raise SystemExit(main())
