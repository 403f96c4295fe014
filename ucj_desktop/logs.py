"""Logging setup. Log lines never carry personal data: codes, ids and counts only."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from io import TextIOWrapper
from pathlib import Path

import platformdirs


class _QuietFileHandler(logging.handlers.RotatingFileHandler):
    """A rotated log file whose own failures (a full disk) lose the line, not the command:
    logging's default prints a traceback on the officer's console instead.

    The folder and the file are made by the first line logged (``delay``): a command that
    fails without logging anything (``ucj init`` with a bad office code) leaves no ``logs/``.
    """

    def _open(self) -> TextIOWrapper:
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

    def handleError(self, record: logging.LogRecord) -> None:
        if not isinstance(sys.exc_info()[1], OSError):  # a bug in a log call still shows
            super().handleError(record)

    def close(self) -> None:
        try:
            super().close()
        except OSError:  # the last lines could not be flushed: the disk is full
            self.stream = None


def setup_logging(data_dir: Path | None, level: int = logging.INFO) -> None:
    """Log to ``DATA_DIR/logs/ucj.log`` (rotated); before a store exists, to the user log folder."""
    root = logging.getLogger("ucj_desktop")
    if root.handlers:
        return
    root.setLevel(level)
    root.propagate = False
    log_dir = (
        data_dir / "logs"
        if data_dir is not None
        else Path(platformdirs.user_log_dir("UCJDesktop", "PemkotBekasi"))
    )
    # A folder that cannot be made (read-only) loses the lines, never stops the app.
    handler = _QuietFileHandler(
        log_dir / "ucj.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
