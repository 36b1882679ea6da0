"""A small log in the data folder, for finding out what went wrong.

The log keeps what Unknot did, never what the person told it: ids and counts
(a session id, a hold's number, how many sessions a restore added), versions,
and where an error happened. No spot, tool, tenderness, note, routine name or
date of practice is written, and an error's message is left out too, because a
message may quote the value that was refused. The full traceback, message
included, goes only where the person sees it first (the error dialog's "Copy
details").

It rotates at `LOG_MAX_BYTES` and keeps one older file, so it never grows past
about half a megabyte. Both files are the owner's only (0600).
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import time
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from unknot.files import PRIVATE_FILE_MODE, make_private_dir

LOG_FILE_NAME = "unknot.log"
LOG_MAX_BYTES = 256 * 1024
# unknot.log and unknot.log.1.
LOG_BACKUPS = 1
# Every logger of the app is a child of this one.
LOGGER_NAME = "unknot"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_path(data_dir: Path) -> Path:
    return data_dir / LOG_FILE_NAME


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log whose files are created 0600, not 0666 less the umask."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, PRIVATE_FILE_MODE)
        # A file left by an older version (or copied in) may be wider.
        with contextlib.suppress(OSError):
            os.fchmod(fd, PRIVATE_FILE_MODE)
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)


def start_log(data_dir: Path) -> Path | None:
    """Write the app's log to `data_dir`/unknot.log from now on; returns its path,
    or None when the folder cannot take a file (the app runs without a log)."""
    stop_log()
    path = log_path(data_dir)
    try:
        make_private_dir(data_dir)
        handler = PrivateRotatingFileHandler(
            path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError:
        return None
    formatter = logging.Formatter(_FORMAT, datefmt="%Y-%m-%dT%H:%M:%SZ")
    # UTC: the log says when, not where.
    formatter.converter = time.gmtime
    handler.setFormatter(formatter)
    logger = logging.getLogger(LOGGER_NAME)
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return path


def stop_log() -> None:
    """Close the log file, if one is open (at exit, and between tests)."""
    logger = logging.getLogger(LOGGER_NAME)
    for handler in list(logger.handlers):
        if isinstance(handler, PrivateRotatingFileHandler):
            logger.removeHandler(handler)
            handler.close()


def current_log() -> Path | None:
    """The file the log is being written to, if any."""
    for handler in logging.getLogger(LOGGER_NAME).handlers:
        if isinstance(handler, PrivateRotatingFileHandler):
            return Path(handler.baseFilename)
    return None


def full_details(
    kind: type[BaseException], error: BaseException, where: TracebackType | None
) -> str:
    """The whole traceback, message included: what "Copy details" hands over."""
    return "".join(traceback.format_exception(kind, error, where))


def outline(kind: type[BaseException], error: BaseException, where: TracebackType | None) -> str:
    """Where an error happened, for the log: each exception's type and the frames
    it passed through (file, line, function, source line), without its message,
    which may hold a value the person entered."""
    parts: list[str] = []
    seen: set[int] = set()
    current: traceback.TracebackException | None = traceback.TracebackException(
        kind, error, where, compact=True
    )
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        parts.append(f"{_type_name(current)}\n")
        parts.extend(current.stack.format())
        cause = current.__cause__ or current.__context__
        if cause is not None:
            parts.append("which happened while handling or because of:\n")
        current = cause
    return "".join(parts).rstrip("\n")


def _type_name(error: traceback.TracebackException) -> str:
    # exc_type_str from Python 3.13, where exc_type is deprecated.
    name = getattr(error, "exc_type_str", None)
    if isinstance(name, str):
        return name
    kind = error.exc_type
    return kind.__qualname__ if kind is not None else "Error"
